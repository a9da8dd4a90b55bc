"""The window's side of the operations: one QUndoCommand per operation, wrapping its journal one to one.

The operation has already run when its command is pushed (the first redo only refreshes the views);
undo and redo replay the journal, which restores exactly what the operation touched. Typing in one
text merges into one command, so Ctrl+Z takes back a block's typing at once. The commands hold no
widget: after a language switch the rebuilt widgets find the same history.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..bewerken import BewerkingFout, Context, Uitkomst
from ..errors import BeleidsstudioFout
from ..model.document import Policy

TYPEN_ID = 1001


class BewerkingCommand(QUndoCommand):
    def __init__(self, bewerker: Bewerker, uitkomst: Uitkomst, typen: tuple | None = None) -> None:
        super().__init__(uitkomst.naam)
        self.bewerker, self.uitkomst, self.typen = bewerker, uitkomst, typen
        self._eerste = True

    def redo(self) -> None:
        if not self._eerste:
            self.uitkomst.doe_opnieuw()
        self.bewerker.gewijzigd.emit(self.uitkomst, self._eerste and self.typen is not None)
        self._eerste = False

    def undo(self) -> None:
        self.uitkomst.maak_ongedaan()
        self.bewerker.gewijzigd.emit(self.uitkomst, False)

    def id(self) -> int:
        return TYPEN_ID if self.typen is not None else -1

    def mergeWith(self, ander: QUndoCommand) -> bool:
        if not isinstance(ander, BewerkingCommand) or ander.typen is None or ander.typen != self.typen:
            return False
        self.uitkomst.voeg_achter(ander.uitkomst)
        return True


class Bewerker(QObject):
    """Runs the operations for the window: with the user's context, onto the undo stack, one signal after."""

    gewijzigd = Signal(object, bool)      # the Uitkomst, and whether the editor shows its text already
    fout = Signal(str)

    def __init__(self, stapel: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stapel = stapel
        self.policy = Policy("")
        self.auteur = ""
        self.bijhouden = False
        self.rol = "opsteller"
        self.alleen_lezen = False

    def context(self) -> Context:
        return Context(self.auteur, self.bijhouden, self.rol)

    def voer_uit(self, operatie: Callable[..., Uitkomst | None], *args, typen: tuple | None = None) -> Uitkomst | None:
        """Run an operation on the open policy; it goes on the undo stack. None when nothing changed."""
        if self.alleen_lezen:
            return None
        uitkomst = self._probeer(operatie, *args)
        if uitkomst is None or not uitkomst.iets:
            return None
        self.stapel.push(BewerkingCommand(self, uitkomst, typen))
        return uitkomst

    def leg_vast(self, operatie: Callable[..., Uitkomst | None], *args) -> Uitkomst | None:
        """Run an operation that records a fact (a version, the OR's consent): not on the undo stack."""
        uitkomst = self._probeer(operatie, *args)
        if uitkomst is not None:
            self.gewijzigd.emit(uitkomst, False)
        return uitkomst

    def _probeer(self, operatie, *args) -> Uitkomst | None:
        try:
            return operatie(self.policy, self.context(), *args) if _wil_context(operatie) else operatie(self.policy, *args)
        except (BewerkingFout, BeleidsstudioFout) as fout:
            self.fout.emit(str(fout))
            return None


def _wil_context(operatie) -> bool:
    """Most operations take (policy, context, …); a few take no context (versions, metadata, consent request)."""
    import inspect

    parameters = list(inspect.signature(operatie).parameters)
    return len(parameters) > 1 and parameters[1] == "ctx"
