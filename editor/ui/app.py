"""Starting the window: the application, the language, the WerkSaam sample."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from ..i18n import qt_vertaler, taal, zet_taal
from ..settings import laad_voorkeuren
from . import bestandsdialoog, foutvanger, herstel
from .main_window import MainWindow
from .review import vraag_identiteit

START_VOORBEELD = "werksaam"


def maak_venster() -> MainWindow:
    foutvanger.installeer()
    zet_taal(laad_voorkeuren().taal)
    installeer_vertalers()
    venster = MainWindow()
    venster.open_sample(START_VOORBEELD)
    herstel.bied_aan(venster)          # work a crashed or killed window left behind
    vraag_identiteit(venster, venster.review)
    return venster


_GEINSTALLEERD: list[QTranslator] = []


def installeer_vertalers() -> None:
    """Our .qm for QObject.tr too, and Qt's own translation so standard dialogs speak the same language."""
    app = QCoreApplication.instance()
    for vertaler in _GEINSTALLEERD:
        app.removeTranslator(vertaler)
    _GEINSTALLEERD.clear()
    qt_eigen = QTranslator()
    if qt_eigen.load(f"qtbase_{taal()}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _GEINSTALLEERD.append(qt_eigen)
    if taal() != "nl" and (eigen := qt_vertaler(taal())) is not None:
        _GEINSTALLEERD.append(eigen)
    for vertaler in _GEINSTALLEERD:
        app.installTranslator(vertaler)
    bestandsdialoog.installeer()


def _meld_woordenboek() -> None:
    """After "getoond": which Dutch dictionary the spell-check loads and its first suggestion for a misspelt
    word of the samples (the bundle's smoke test checks both: the bundled dictionary, through the binding)."""
    from .spelling import SPELLING, woordenboek

    gevonden = woordenboek()
    suggesties = SPELLING.suggesties("leidinggevendenden", 1)
    print(f"woordenboek: {gevonden[0] / gevonden[1] if gevonden else '-'}; "
          f"leidinggevendenden -> {suggesties[0] if suggesties else '-'}", flush=True)


def run() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Beleidsstudio")
    app.setOrganizationName("Beleidsstudio")
    venster = maak_venster()
    venster.show()
    if os.environ.get("BELEIDSSTUDIO_STOP_NA_TONEN"):   # for benchmarks/startup_bench.py and the bundle's smoke test
        QTimer.singleShot(0, lambda: (print("getoond", flush=True), _meld_woordenboek(), app.quit()))
    return app.exec()
