"""Undo commands: every structural edit is one command calling one model method (bewerkingen.py).

A structural command runs its model method on the first redo and remembers the artikelen before
and after (a copy), so that undo and redo restore exactly, new blocks keeping their ids. Text
edits of one block merge into one command, so Ctrl+Z takes back a block's typing at once.
"""

from __future__ import annotations

import copy
from typing import Callable, Protocol

from PySide6.QtGui import QUndoCommand

from ..i18n import tr
from ..model import bloktekst
from ..model.document import Policy

TEKST_ID = 1001


class Werkruimte(Protocol):
    policy: Policy

    def structuur_gewijzigd(self, selecteer: str | None) -> None: ...

    def tekst_gewijzigd(self, soort: str, blok_id: str, van_editor: bool) -> None: ...


class TekstCommand(QUndoCommand):
    """The text of one block; consecutive edits of the same block merge."""

    def __init__(self, ruimte: Werkruimte, soort: str, blok_id: str, oud: str, nieuw: str) -> None:
        super().__init__(tr("Tekst wijzigen"))
        self.ruimte, self.soort, self.blok_id = ruimte, soort, blok_id
        self.oud, self.nieuw = oud, nieuw
        self._eerste = True

    def redo(self) -> None:
        bloktekst.schrijf(self.ruimte.policy, self.soort, self.blok_id, self.nieuw)
        self.ruimte.tekst_gewijzigd(self.soort, self.blok_id, self._eerste)
        self._eerste = False

    def undo(self) -> None:
        bloktekst.schrijf(self.ruimte.policy, self.soort, self.blok_id, self.oud)
        self.ruimte.tekst_gewijzigd(self.soort, self.blok_id, False)

    def id(self) -> int:
        return TEKST_ID

    def mergeWith(self, ander: QUndoCommand) -> bool:
        if not isinstance(ander, TekstCommand) or (ander.soort, ander.blok_id) != (self.soort, self.blok_id):
            return False
        self.nieuw = ander.nieuw
        return True


class StructuurCommand(QUndoCommand):
    """One call of a model method that changes the structure (insert, delete, move, split, merge)."""

    def __init__(self, ruimte: Werkruimte, tekst: str, bewerking: Callable[[Policy], str | None]) -> None:
        super().__init__(tekst)
        self.ruimte, self.bewerking = ruimte, bewerking
        self.voor = _staat(ruimte.policy)
        self.na: tuple | None = None
        self.selectie: str | None = None

    def redo(self) -> None:
        if self.na is None:
            self.selectie = self.bewerking(self.ruimte.policy)
            self.na = _staat(self.ruimte.policy)
        else:
            _herstel(self.ruimte.policy, self.na)
        self.ruimte.structuur_gewijzigd(self.selectie)

    def undo(self) -> None:
        _herstel(self.ruimte.policy, self.voor)
        self.ruimte.structuur_gewijzigd(None)


DELEN = ("titel", "citeertitel", "aanhef", "inleiding", "hoofdstukken", "artikelen", "slotwoord", "toelichting", "metadata")


def _staat(policy: Policy) -> tuple:
    return copy.deepcopy(tuple(getattr(policy, deel) for deel in DELEN))


def _herstel(policy: Policy, staat: tuple) -> None:
    for deel, waarde in zip(DELEN, copy.deepcopy(staat)):
        setattr(policy, deel, waarde)
