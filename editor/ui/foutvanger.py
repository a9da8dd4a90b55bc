"""No silent failure: an exception raised in a Qt slot (a menu action, a button, a timer) is written
to fouten.log (its type and frames, no policy text) and the user sees one Dutch line; the window stays."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ..crashlog import schrijf
from ..i18n import tr

_vorige = sys.excepthook


def installeer() -> None:
    """From now on uncaught exceptions in slots go to the log and to one line in a message box."""
    sys.excepthook = vang


def vang(soort, waarde, traceback) -> None:
    if issubclass(soort, (KeyboardInterrupt, SystemExit)):
        _vorige(soort, waarde, traceback)
        return
    if waarde.__traceback__ is None:
        waarde = waarde.with_traceback(traceback)
    pad = schrijf(waarde)
    meld(tr("Er ging iets mis; het werk is niet verloren. Details staan in {bestand}.").format(bestand=pad))


def meld(bericht: str) -> None:
    """The line, once the slot has returned (never a modal loop inside the failing slot)."""
    app = QApplication.instance()
    ouder = app.activeWindow() if app is not None else None
    QTimer.singleShot(0, lambda: QMessageBox.warning(ouder, tr("Beleidsstudio"), bericht))
