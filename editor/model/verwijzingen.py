"""Cross-references: stored as {ref:ID} markers in the text, rendered in the forms of the
Aanwijzingen voor de regelgeving ("artikel 5, derde lid", "artikel 8, onderdeel c"), so they
renumber themselves when the target moves and show as broken when it is gone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Policy
from .numbering import lid_nummer, onderdeel_index, onderdeel_letter, rangtelwoord, RANGTELWOORDEN

MARKER = re.compile(r"\{ref:([0-9a-f]{6,32})\}")
VERBROKEN = "[verbroken verwijzing]"


def marker(doel_id: str) -> str:
    return f"{{ref:{doel_id}}}"


@dataclass(frozen=True)
class Plek:
    """Where a block stands: numbers as shown."""

    artikel: int
    lid: int | None = None          # None: the artikel itself, or its single unnumbered lid
    onderdeel: int | None = None    # 0-based
    sub: int | None = None          # 0-based

    def als_tekst(self) -> str:
        delen = [f"artikel {self.artikel}"]
        if self.lid is not None:
            delen.append(f"{rangtelwoord(self.lid)} lid")
        if self.onderdeel is not None:
            delen.append(f"onderdeel {onderdeel_letter(self.onderdeel)}")
        tekst = ", ".join(delen)
        return tekst + (f", onder {self.sub + 1}°" if self.sub is not None else "")


class Verwijzingsindex:
    """Block id -> Plek for one state of a policy; build a new one after a structural edit.

    Built on first use: most texts hold no reference, and a keystroke must not pay for the index."""

    def __init__(self, policy: Policy) -> None:
        self._policy = policy
        self._plekken: dict[str, Plek] | None = None

    @property
    def plekken(self) -> dict[str, Plek]:
        if self._plekken is None:
            self._plekken = _plekken(self._policy)
        return self._plekken

    def weergave(self, tekst: str) -> str:
        """The text with every reference written out (or marked broken)."""
        if "{ref:" not in tekst:
            return tekst
        return MARKER.sub(lambda m: self._tekst(m.group(1)), tekst)

    def _tekst(self, doel_id: str) -> str:
        plek = self.plekken.get(doel_id)
        return plek.als_tekst() if plek else VERBROKEN

    def zoek(self, plek: Plek) -> str | None:
        """The id of the block at a place, if any."""
        return next((i for i, p in self.plekken.items() if p == plek), None)


def _plekken(policy: Policy) -> dict[str, Plek]:
    plekken: dict[str, Plek] = {}
    for nummer, artikel in enumerate(policy.artikelen, start=1):
        plekken[artikel.id] = Plek(nummer)
        for i, lid in enumerate(artikel.leden):
            lid_nr = lid_nummer(artikel, i)
            plekken[lid.id] = Plek(nummer, lid_nr)
            for j, onderdeel in enumerate(lid.onderdelen):
                plekken[onderdeel.id] = Plek(nummer, lid_nr, j)
                for k, sub in enumerate(onderdeel.subonderdelen):
                    plekken[sub.id] = Plek(nummer, lid_nr, j, k)
    return plekken


def weergave(policy: Policy, tekst: str) -> str:
    return Verwijzingsindex(policy).weergave(tekst) if "{ref:" in tekst else tekst


def verbroken(policy: Policy) -> list[str]:
    """Ids of referenced blocks that no longer exist."""
    index = Verwijzingsindex(policy)
    return [m.group(1) for t in policy.teksten() for m in MARKER.finditer(t) if m.group(1) not in index.plekken]


# -- recognising references in imported text ------------------------------------------------

_RANG = "|".join(RANGTELWOORDEN)
VERWIJZING_RE = re.compile(
    rf"\bartikel (?P<artikel>\d+)"
    rf"(?:,? (?:(?P<rang>{_RANG}) lid|lid (?P<lid>\d+)))?"
    rf"(?:,? onder(?:deel)? (?P<onderdeel>[a-z]{{1,2}})\b)?"
    rf"(?! van (?:de|het|der)\b)(?!\s*,\s*van (?:de|het|der)\b)(?!\w)(?![.,]\d)",
)


def herken_in_tekst(index: Verwijzingsindex, tekst: str) -> str:
    """One text with its references to this policy's artikelen turned into markers."""
    return VERWIJZING_RE.sub(lambda m: marker(doel) if (doel := index.zoek(_plek(m))) else m.group(0), tekst)


def herken_verwijzingen(policy: Policy) -> int:
    """Replace references in the text to artikelen of this policy by markers; returns how many."""
    index = Verwijzingsindex(policy)
    teller = 0

    def vervang(m: re.Match[str]) -> str:
        nonlocal teller
        doel = index.zoek(_plek(m))
        if doel is None:
            return m.group(0)
        teller += 1
        return marker(doel)

    for artikel in policy.artikelen:
        for lid in artikel.leden:
            lid.tekst = VERWIJZING_RE.sub(vervang, lid.tekst)
            for onderdeel in lid.onderdelen:
                onderdeel.tekst = VERWIJZING_RE.sub(vervang, onderdeel.tekst)
    return teller


def _plek(m: re.Match[str]) -> Plek:
    lid = None
    if m["rang"]:
        lid = RANGTELWOORDEN.index(m["rang"]) + 1
    elif m["lid"]:
        lid = int(m["lid"])
    onderdeel = onderdeel_index(m["onderdeel"]) if m["onderdeel"] else None
    return Plek(int(m["artikel"]), lid, onderdeel)
