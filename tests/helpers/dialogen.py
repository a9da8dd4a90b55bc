"""Answering a real modal dialog from a test: a timer finds it once it is shown and clicks a button."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def beantwoord(knop: str, naam: str = "", gezien: list[str] | None = None) -> None:
    """Click the button whose text is `knop` on the next message box (objectName `naam` when given).

    The box's text goes into `gezien`, so the test can check what the user was told.
    """
    def probeer() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible() and (not naam or w.objectName() == naam):
                if gezien is not None:
                    gezien.append(w.text() + "\n" + w.informativeText())
                next(b for b in w.buttons() if b.text() == knop).click()
                return
        QTimer.singleShot(20, probeer)

    QTimer.singleShot(0, probeer)
