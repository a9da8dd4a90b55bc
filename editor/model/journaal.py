"""The undo log of the model: every change an operation makes goes through a Journaal, which
applies it and remembers how to take it back.

A journal holds only the primitive changes of one operation (an attribute set, an item put into
or taken out of a list or a dict) with the values they replaced: undo restores exactly what the
operation touched, nothing else, and an entry stays small (no copies of the policy).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_WEG = object()     # a dict key that was absent


@dataclass(frozen=True)
class _Stap:
    soort: str          # "zet", "in", "uit", "sleutel"
    doel: Any           # the object, list or dict changed
    sleutel: Any        # attribute name, list index or dict key
    oud: Any
    nieuw: Any


class Journaal:
    """Apply primitive changes and keep them, in order, for undo and redo."""

    def __init__(self) -> None:
        self.stappen: list[_Stap] = []

    def __bool__(self) -> bool:
        return bool(self.stappen)

    # -- the primitives -------------------------------------------------------------------
    def zet(self, obj: Any, naam: str, waarde: Any) -> None:
        oud = getattr(obj, naam)
        if oud is waarde or (type(oud) is type(waarde) and isinstance(oud, (str, int, bool)) and oud == waarde):
            return
        setattr(obj, naam, waarde)
        self.stappen.append(_Stap("zet", obj, naam, oud, waarde))

    def voeg_in(self, lijst: list, positie: int, item: Any) -> None:
        positie = max(0, min(positie, len(lijst)))
        lijst.insert(positie, item)
        self.stappen.append(_Stap("in", lijst, positie, None, item))

    def haal_uit(self, lijst: list, positie: int) -> Any:
        item = lijst.pop(positie)
        self.stappen.append(_Stap("uit", lijst, positie, item, None))
        return item

    def verwijder(self, lijst: list, item: Any) -> None:
        """Take out the item that is this very object (not an equal one)."""
        self.haal_uit(lijst, next(i for i, x in enumerate(lijst) if x is item))

    def zet_sleutel(self, tabel: dict, sleutel: Any, waarde: Any) -> None:
        oud = tabel.get(sleutel, _WEG)
        if oud is waarde:
            return
        tabel[sleutel] = waarde
        self.stappen.append(_Stap("sleutel", tabel, sleutel, oud, waarde))

    def wis_sleutel(self, tabel: dict, sleutel: Any) -> None:
        if sleutel not in tabel:
            return
        oud = tabel.pop(sleutel)
        self.stappen.append(_Stap("sleutel", tabel, sleutel, oud, _WEG))

    # -- undo and redo ----------------------------------------------------------------------
    def maak_ongedaan(self) -> None:
        for stap in reversed(self.stappen):
            _pas_toe(stap, terug=True)

    def doe_opnieuw(self) -> None:
        for stap in self.stappen:
            _pas_toe(stap, terug=False)

    def voeg_achter(self, ander: Journaal) -> None:
        """The steps of a later operation join this one (typing in one block is one undo step)."""
        self.stappen += ander.stappen


def _pas_toe(stap: _Stap, terug: bool) -> None:
    if stap.soort == "zet":
        setattr(stap.doel, stap.sleutel, stap.oud if terug else stap.nieuw)
    elif stap.soort == "sleutel":
        waarde = stap.oud if terug else stap.nieuw
        if waarde is _WEG:
            stap.doel.pop(stap.sleutel, None)
        else:
            stap.doel[stap.sleutel] = waarde
    elif (stap.soort == "in") != terug:
        stap.doel.insert(stap.sleutel, stap.nieuw if stap.soort == "in" else stap.oud)
    else:
        stap.doel.pop(stap.sleutel)
