"""Starting the window: the application, the language, the WerkSaam sample."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ..i18n import zet_taal
from ..settings import laad_voorkeuren
from .main_window import MainWindow

START_VOORBEELD = "werksaam"


def maak_venster() -> MainWindow:
    zet_taal(laad_voorkeuren().taal)
    venster = MainWindow()
    venster.open_sample(START_VOORBEELD)
    return venster


def run() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Beleidsstudio")
    app.setOrganizationName("Beleidsstudio")
    venster = maak_venster()
    venster.show()
    return app.exec()
