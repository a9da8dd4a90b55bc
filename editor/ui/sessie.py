"""The open project: its file, the lock, autosave within two seconds, read-only when someone else has it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..errors import BeleidsstudioFout
from ..i18n import tr
from ..model.document import Policy
from ..store import ProjectBestand
from ..store.lock import Houder, geef_lock_vrij, neem_lock

AUTOSAVE_MS = 1000   # edits reach the file within this plus one transaction: well under 2 s


class ProjectSessie(QObject):
    melding = Signal(str)       # one line for the user
    opgeslagen = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: ProjectBestand | None = None
        self.houder: Houder | None = None         # who holds the file when we are read-only
        self.autosave_aan = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)
        self._policy: Policy | None = None

    @property
    def pad(self) -> Path | None:
        return self.project.pad if self.project else None

    @property
    def alleen_lezen(self) -> bool:
        return self.houder is not None

    def open(self, pad: Path) -> Policy:
        """Open a project (raises BeleidsstudioFout); read-only when another process holds the lock."""
        project = ProjectBestand.open(pad)
        try:
            policy = project.load()
        except BeleidsstudioFout:
            project.close()
            raise
        self.sluit()
        self.project, self.houder = project, neem_lock(pad)
        self.autosave_aan = self.houder is None
        self._policy = policy
        return policy

    def maak(self, pad: Path, policy: Policy) -> None:
        """Save as a new project file (never over a file that is not a project: checked by the caller)."""
        project = ProjectBestand.create(pad, policy)
        self.sluit()
        self.project, self.houder, self.autosave_aan = project, neem_lock(pad), True
        self._policy = policy

    def volg(self, policy: Policy) -> None:
        """The policy the autosave writes (a sample or import has no file: nothing to write)."""
        if self.project is None:
            self._policy = None
        else:
            self._policy = policy

    def gewijzigd(self) -> None:
        """Schedule a save one second after the first unsaved edit; more typing does not push it back."""
        if self.project is not None and self.autosave_aan and not self.alleen_lezen and not self.timer.isActive():
            self.timer.start()

    def autosave(self) -> bool:
        return self._schrijf() if self.autosave_aan else False

    def opslaan(self) -> bool:
        return self._schrijf()

    def _schrijf(self) -> bool:
        if self.project is None or self._policy is None or self.alleen_lezen:
            return False
        try:
            self.project.save(self._policy)
        except BeleidsstudioFout as fout:
            self.autosave_aan = False
            self.melding.emit(str(fout) + " " + tr("Automatisch opslaan is gestopt; gebruik Opslaan als."))
            return False
        self.opgeslagen.emit()
        return True

    def sluit(self) -> None:
        self.timer.stop()
        if self.project is not None:
            if self.houder is None:
                geef_lock_vrij(self.project.pad)
            self.project.close()
        self.project, self.houder, self._policy = None, None, None
