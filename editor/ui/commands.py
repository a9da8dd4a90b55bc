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
from ..revisions import tracking
from ..store.project import nu

TEKST_ID = 1001


class Werkruimte(Protocol):
    policy: Policy
    bijhouden: bool
    auteur: str

    def structuur_gewijzigd(self, selecteer: str | None) -> None: ...

    def tekst_gewijzigd(self, soort: str, blok_id: str, van_editor: bool) -> None: ...


class TekstCommand(QUndoCommand):
    """The text of one block; consecutive edits of the same block merge.

    With tracking on (lid and onderdeel texts), the edit becomes insertions and deletions of the
    author; undo and redo restore the block's text and segments from snapshots.
    """

    def __init__(self, ruimte: Werkruimte, soort: str, blok_id: str, oud: str, nieuw: str) -> None:
        super().__init__(tr("Tekst wijzigen"))
        self.ruimte, self.soort, self.blok_id = ruimte, soort, blok_id
        self.oud, self.nieuw = oud, nieuw
        self.bijgehouden = ruimte.bijhouden and soort in ("lid", "onderdeel")
        self.voor = _blokstaat(ruimte.policy, blok_id) if self.bijgehouden else None
        self.na: tuple | None = None
        self._gedaan = False

    def redo(self) -> None:
        van_editor = not self._gedaan          # the first redo comes from the editor, which shows the text already
        self._gedaan = True
        if not self.bijgehouden:
            bloktekst.schrijf(self.ruimte.policy, self.soort, self.blok_id, self.nieuw)
        elif self.na is None:
            rauw = bloktekst.rauw(self.ruimte.policy, self.soort, self.nieuw)
            tracking.bewerk(self.ruimte.policy, self.blok_id, rauw, self.ruimte.auteur, nu())
            self.na = _blokstaat(self.ruimte.policy, self.blok_id)
        else:
            _herstel_blok(self.ruimte.policy, self.blok_id, self.na)
        self.ruimte.tekst_gewijzigd(self.soort, self.blok_id, van_editor)

    def undo(self) -> None:
        if self.bijgehouden:
            _herstel_blok(self.ruimte.policy, self.blok_id, self.voor)
        else:
            bloktekst.schrijf(self.ruimte.policy, self.soort, self.blok_id, self.oud)
        self.ruimte.tekst_gewijzigd(self.soort, self.blok_id, False)

    def id(self) -> int:
        return TEKST_ID

    def mergeWith(self, ander: QUndoCommand) -> bool:
        if not isinstance(ander, TekstCommand) or (ander.soort, ander.blok_id, ander.bijgehouden) != \
                (self.soort, self.blok_id, self.bijgehouden):
            return False
        self.nieuw, self.na = ander.nieuw, ander.na
        return True


def _blokstaat(policy: Policy, blok_id: str) -> tuple:
    blok = tracking.tekstblokken(policy)[blok_id]
    return blok.tekst, copy.deepcopy(policy.revisies.get(blok_id)), policy.volgende_wijziging


def _herstel_blok(policy: Policy, blok_id: str, staat: tuple) -> None:
    tekst, segmenten, volgende = staat
    tracking.tekstblokken(policy)[blok_id].tekst = tekst
    if segmenten is None:
        policy.revisies.pop(blok_id, None)
    else:
        policy.revisies[blok_id] = copy.deepcopy(segmenten)
    policy.volgende_wijziging = volgende


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


DELEN = ("titel", "citeertitel", "aanhef", "inleiding", "hoofdstukken", "artikelen", "slotwoord", "toelichting", "metadata",
         "revisies", "blokrevisies", "opmerkingen", "volgende_wijziging", "laatste_versie")


def _staat(policy: Policy) -> tuple:
    return copy.deepcopy(tuple(getattr(policy, deel) for deel in DELEN))


def _herstel(policy: Policy, staat: tuple) -> None:
    """Back to a snapshot; the OR's consent record is not undone with the text (it is a fact)."""
    instemming = policy.metadata.or_instemming, policy.metadata.instemming_historie
    for deel, waarde in zip(DELEN, copy.deepcopy(staat)):
        setattr(policy, deel, waarde)
    policy.metadata.or_instemming, policy.metadata.instemming_historie = instemming
