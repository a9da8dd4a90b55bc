"""Work in no file (an edited sample, an import, a questionnaire draft) reaches a recovery file in the data
folder a moment after each edit; a clean exit, a save or another document removes it; the next start
offers what a crashed or killed window left behind.

One file per process (naamloos-<pid>.beleid), written as a whole through a temporary file and a rename
(ProjectBestand.create), so a kill mid-write leaves the previous copy. A project file has its own
recovery copy in sessie.py; these files are only for work that has no file at all.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import BeleidsstudioFout
from ..i18n import tr
from ..model.document import Policy
from ..store import ProjectBestand
from .sessie import herstel_map

HERSTEL_MS = 1500
VOORVOEGSEL = "naamloos-"


def eigen_pad() -> Path:
    return herstel_map() / f"{VOORVOEGSEL}{os.getpid()}.beleid"


def _leeft(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True         # someone else's process (PermissionError), or a platform that cannot tell
    return True


def achtergelaten() -> list[Path]:
    """Recovery files whose window is gone, newest first."""
    if not herstel_map().is_dir():
        return []
    gevonden = []
    for pad in herstel_map().glob(f"{VOORVOEGSEL}*.beleid"):
        pid = pad.stem.removeprefix(VOORVOEGSEL)
        if pid.isdigit() and int(pid) != os.getpid() and not _leeft(int(pid)):
            gevonden.append(pad)
    return sorted(gevonden, key=lambda p: p.stat().st_mtime, reverse=True)


class Herstel(QObject):
    """Belongs to the main window: `venster.onopgeslagen_werk()` and `venster.pad` decide what is written."""

    def __init__(self, venster) -> None:
        super().__init__(venster)
        self.venster = venster
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(HERSTEL_MS)
        self.timer.timeout.connect(self.schrijf)

    def gewijzigd(self) -> None:
        """After an edit: written a moment later (more typing does not push it back)."""
        if self.venster.pad is None and not self.timer.isActive():
            self.timer.start()

    def schrijf(self) -> bool:
        venster = self.venster
        if venster.pad is not None or not venster.onopgeslagen_werk():
            self.vergeet()
            return False
        try:
            herstel_map().mkdir(parents=True, exist_ok=True)
            ProjectBestand.create(eigen_pad(), venster.policy).close()
        except (BeleidsstudioFout, OSError):
            return False        # a convenience: the work is still in the window
        return True

    def vergeet(self) -> None:
        self.timer.stop()
        eigen_pad().unlink(missing_ok=True)


def vraag_herstel(ouder: QWidget | None) -> bool:
    vraag = QMessageBox(ouder)
    vraag.setObjectName("herstelvraag")
    vraag.setIcon(QMessageBox.Icon.Question)
    vraag.setWindowTitle(tr("Werk herstellen"))
    vraag.setText(tr("Beleidsstudio is de vorige keer niet goed afgesloten."))
    vraag.setInformativeText(tr("Werk dat nog niet in een bestand stond, is bewaard. Wilt u het herstellen?"))
    ja = vraag.addButton(tr("Herstellen"), QMessageBox.ButtonRole.AcceptRole)
    vraag.addButton(tr("Weggooien"), QMessageBox.ButtonRole.DestructiveRole)
    vraag.setDefaultButton(ja)
    vraag.setEscapeButton(ja)       # Escape never throws the work away
    vraag.exec()
    return vraag.clickedButton() is ja


def bied_aan(venster) -> Policy | None:
    """At start: the newest recovery file a gone window left, offered back as unsaved work; the files go
    once the user chose (a restored draft is written again under this window's name)."""
    bestanden = achtergelaten()
    if not bestanden:
        return None
    policy = None
    if vraag_herstel(venster):
        try:
            with ProjectBestand.open(bestanden[0]) as project:
                policy = project.load()
        except BeleidsstudioFout as fout:
            venster.meld_fout(str(fout))
            return None
        venster.toon(policy)
        venster.markeer_als_concept()
        venster.herstel.schrijf()
    for pad in bestanden:
        pad.unlink(missing_ok=True)
    return policy
