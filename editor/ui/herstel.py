"""One recovery file per window for work that is not safely in a file, in the data folder: an edited
sample, an import or a questionnaire draft (no file yet), and the edits of a project whose own file
refuses them (changed by another program, read-only, a full disk: sessie.py stops autosaving and writes
them here). Written a moment after each edit, as a whole through a temporary file and a rename
(ProjectBestand.create), so a kill mid-write leaves the previous copy; removed by a save, another
document or a clean exit. The next start offers what a crashed or killed window left behind.

The file is herstel-<pid>.beleid; beside it herstel-<pid>.json names the project the edits belong to.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from ..atomair import schrijf_tekst
from ..errors import BeleidsstudioFout
from ..i18n import tr
from ..model.document import Policy
from ..paths import data_dir
from ..store import ProjectBestand

HERSTEL_MS = 1500
NAAM = re.compile(r"^(?:herstel|naamloos)-(\d+)\.beleid$")     # naamloos-: the name before one file served both


def herstel_map() -> Path:
    return data_dir() / "herstel"


def eigen_pad() -> Path:
    return herstel_map() / f"herstel-{os.getpid()}.beleid"


def _bron_pad(pad: Path) -> Path:
    return pad.with_suffix(".json")


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
    for pad in herstel_map().glob("*.beleid"):
        m = NAAM.match(pad.name)
        if m and int(m[1]) != os.getpid() and not _leeft(int(m[1])):
            gevonden.append(pad)
    return sorted(gevonden, key=lambda p: p.stat().st_mtime, reverse=True)


def bewaar(policy: Policy, bron: Path | None = None) -> Path | None:
    """The work into this window's recovery file (with the project it belongs to); None when that fails
    too (a convenience: the work is still in the window)."""
    pad = eigen_pad()
    try:
        herstel_map().mkdir(parents=True, exist_ok=True)
        ProjectBestand.create(pad, policy).close()
        if bron is not None:
            schrijf_tekst(_bron_pad(pad), json.dumps({"bron": str(bron)}))
        else:
            _bron_pad(pad).unlink(missing_ok=True)
    except (BeleidsstudioFout, OSError):
        return None
    return pad


def vergeet() -> None:
    """This window's recovery file goes (saved, discarded, or another document)."""
    for pad in (eigen_pad(), _bron_pad(eigen_pad())):
        pad.unlink(missing_ok=True)


def bron_van(pad: Path) -> str | None:
    """The project a recovery file's edits belong to (None: work that had no file)."""
    try:
        bron = json.loads(_bron_pad(pad).read_text(encoding="utf-8")).get("bron")
    except (OSError, ValueError, AttributeError):
        return None
    return bron if isinstance(bron, str) else None


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
        """Work in no file reaches the recovery file (a project's edits are the session's to write)."""
        venster = self.venster
        if venster.pad is not None:
            return False
        if not venster.onopgeslagen_werk():
            self.vergeet()
            return False
        return bewaar(venster.policy) is not None

    def vergeet(self) -> None:
        self.timer.stop()
        vergeet()


def vraag_herstel(ouder: QWidget | None, bron: str | None = None) -> bool:
    vraag = QMessageBox(ouder)
    vraag.setObjectName("herstelvraag")
    vraag.setIcon(QMessageBox.Icon.Question)
    vraag.setWindowTitle(tr("Werk herstellen"))
    vraag.setText(tr("Beleidsstudio is de vorige keer niet goed afgesloten."))
    if bron:
        vraag.setInformativeText(tr("Wijzigingen in {bestand} die niet in dat bestand konden worden opgeslagen, zijn "
                                    "bewaard. Wilt u ze herstellen? Sla ze daarna op met Opslaan als.")
                                 .format(bestand=Path(bron).name))
    else:
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
    if vraag_herstel(venster, bron_van(bestanden[0])):
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
        _bron_pad(pad).unlink(missing_ok=True)
    return policy
