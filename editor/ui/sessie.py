"""The open project: its file, the lock, autosave within two seconds, read-only when someone else has it.

When the file cannot be written (another program changed it, it became read-only, the disk is
full) autosave stops with one message, the edits stay in memory, and they go on reaching disk in
the window's recovery file (herstel.py: the same one as for work in no file, offered back after a
crash) while that is possible. Closing or
switching with such work always asks: Opslaan als, Niet bewaren, or (when closing) Annuleren.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ..errors import BeleidsstudioFout
from ..i18n import tr
from ..model.document import Policy
from ..store import ProjectBestand, controleer_kop
from ..store.lock import Houder, geef_lock_vrij, neem_lock
from . import herstel, onopgeslagen
from .herstel import herstel_map  # noqa: F401  (where the recovery files are: tests and older callers)
from .onopgeslagen import ANNULEREN, VERWERPEN

AUTOSAVE_MS = 1000   # edits reach the file within this plus one transaction: well under 2 s


class ProjectSessie(QObject):
    melding = Signal(str)       # one line for the user
    opgeslagen = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: ProjectBestand | None = None
        self.houder: Houder | None = None         # who holds the file when we are read-only
        self.autosave_aan = True
        self.onopgeslagen = False                 # edits since the last write that reached the file
        self.fout: str | None = None              # why the last write failed
        self.herstelkopie: Path | None = None
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

    def _venster(self) -> QWidget | None:
        ouder = self.parent()
        return ouder if isinstance(ouder, QWidget) else None

    # -- opening -------------------------------------------------------------------------------
    def open(self, pad: Path) -> Policy:
        """Open a project (raises BeleidsstudioFout); read-only when another process holds the lock.

        An abandoned lock (its program gone, or another computer's, older than a day) is offered
        for take-over first.
        """
        project = ProjectBestand.open(pad)
        try:
            policy = project.load()
        except BeleidsstudioFout:
            project.close()
            raise
        self.sluit()
        houder = neem_lock(pad)
        if houder is not None and houder.verlaten() and onopgeslagen.vraag_overname(self._venster(), houder):
            houder = neem_lock(pad, overnemen=True)
        self._begin(project, houder, policy)
        return policy

    def maak(self, pad: Path, policy: Policy) -> None:
        """Save as a new project file (never over a file that is not a project: checked by the caller)."""
        project = ProjectBestand.create(pad, policy)
        self.onopgeslagen = False             # the work is in the new file: nothing to ask about the old one
        self._vergeet_herstel()
        self.sluit()
        self._begin(project, neem_lock(pad), policy)

    def _begin(self, project: ProjectBestand, houder: Houder | None, policy: Policy) -> None:
        self.project, self.houder, self._policy = project, houder, policy
        self.autosave_aan, self.onopgeslagen, self.fout, self.herstelkopie = houder is None, False, None, None

    def volg(self, policy: Policy) -> None:
        """The policy the autosave writes (a sample or import has no file: nothing to write)."""
        if self.project is None:
            self._policy = None
        else:
            self._policy = policy

    # -- saving --------------------------------------------------------------------------------
    def gewijzigd(self) -> None:
        """Schedule a save one second after the first unsaved edit; more typing does not push it back."""
        if self.project is None or self.alleen_lezen:
            return
        self.onopgeslagen = True
        if not self.timer.isActive():
            self.timer.start()

    def autosave(self) -> bool:
        if self.autosave_aan:
            return self._schrijf()
        self._schrijf_herstelkopie()        # the file refuses: keep the edits on disk elsewhere
        return False

    def opslaan(self) -> bool:
        """An explicit save: tried again even after autosave stopped (space may have been freed)."""
        return self._schrijf()

    def _schrijf(self, melden: bool = True) -> bool:
        if self.project is None or self._policy is None or self.alleen_lezen:
            return False
        try:
            self.project.save(self._policy)
        except BeleidsstudioFout as fout:
            self._mislukt(str(fout), melden)
            return False
        self.autosave_aan, self.onopgeslagen, self.fout = True, False, None
        self._vergeet_herstel()
        self.opgeslagen.emit()
        return True

    def _mislukt(self, reden: str, melden: bool) -> None:
        eerste = self.autosave_aan
        self.autosave_aan, self.fout = False, reden
        self._schrijf_herstelkopie()
        if melden and eerste:
            bericht = reden + " " + tr("Automatisch opslaan is gestopt; uw wijzigingen blijven open. Gebruik Opslaan als.")
            if self.herstelkopie is not None:
                bericht += " " + tr("Een herstelkopie staat in {bestand}.").format(bestand=self.herstelkopie)
            self.melding.emit(bericht)

    def _schrijf_herstelkopie(self) -> None:
        """The edits as a project in the data folder (temporary file and rename); silent when that fails too."""
        if self._policy is None or self.pad is None or not self.onopgeslagen:
            return
        self.herstelkopie = herstel.bewaar(self._policy, self.pad)

    def _vergeet_herstel(self) -> None:
        if self.herstelkopie is not None:
            herstel.vergeet()
            self.herstelkopie = None

    # -- letting go ----------------------------------------------------------------------------
    def mag_loslaten(self, annuleren: bool = True) -> bool:
        """Whether the open work may go: saved now if it can be; otherwise the user chooses
        Opslaan als (a copy elsewhere), Niet bewaren, or Annuleren (False)."""
        self.timer.stop()
        if self.project is None or not self.onopgeslagen or self._schrijf(melden=False):
            return True
        while True:
            keuze = onopgeslagen.vraag_bij_verlies(self._venster(), self.pad.name, self.fout or "", annuleren)
            if keuze == ANNULEREN:
                return False
            if keuze == VERWERPEN or self.bewaar_kopie():
                self.onopgeslagen = False
                self._vergeet_herstel()
                return True

    def bewaar_kopie(self, pad: Path | None = None) -> bool:
        """The open work as a new project file (Opslaan als while the own file refuses); False when not written."""
        if pad is None:
            pad = onopgeslagen.kies_kopie(self._venster(), self.pad.with_suffix(".kopie.beleid"))
            if pad is None:
                return False
        try:
            if pad.exists():
                controleer_kop(pad)
            ProjectBestand.create(pad, self._policy).close()
        except BeleidsstudioFout as fout:
            self.melding.emit(str(fout))
            return False
        return True

    def sluit(self) -> None:
        """Close the project; work that cannot be saved is first offered for Opslaan als."""
        self.mag_loslaten(annuleren=False)
        if self.project is not None:
            if self.houder is None:
                geef_lock_vrij(self.project.pad)
            self.project.close()
        self.project, self.houder, self._policy, self.onopgeslagen = None, None, None, False
