"""Answering a real modal dialog from a test: a timer finds it once it is shown and acts on it."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMessageBox, QWidget


def wacht_op(soort: type, naam: str, actie: Callable[[QWidget], None]) -> None:
    """Once a visible top-level widget of `soort` (objectName `naam` when given) appears, run `actie` on it."""
    def probeer() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, soort) and w.isVisible() and (not naam or w.objectName() == naam):
                actie(w)
                return
        QTimer.singleShot(20, probeer)

    QTimer.singleShot(0, probeer)


def beantwoord(knop: str, naam: str = "", gezien: list[str] | None = None, scherm: Path | None = None) -> None:
    """Click the button whose text is `knop` on the next message box; its text and buttons go into
    `gezien`, a picture of it into `scherm`."""
    def klik(vraag: QMessageBox) -> None:
        if scherm is not None:
            scherm.parent.mkdir(parents=True, exist_ok=True)
            vraag.grab().save(str(scherm))
        if gezien is not None:
            gezien.append(vraag.text() + "\n" + vraag.informativeText() + "\n" + " | ".join(b.text() for b in vraag.buttons()))
        next(b for b in vraag.buttons() if b.text() == knop).click()

    wacht_op(QMessageBox, naam, klik)


def kies_bestand(pad: Path) -> None:
    """Answer the next file dialog with `pad`."""
    def kies(dialoog: QFileDialog) -> None:
        dialoog.setDirectory(str(pad.parent))
        dialoog.findChild(QLineEdit, "fileNameEdit").setText(pad.name)     # as if typed
        dialoog.accept()

    wacht_op(QFileDialog, "", kies)


def sluit_dialoog(naam: str, ervoor: Callable[[QDialog], None] = lambda d: None) -> None:
    def sluit(dialoog: QDialog) -> None:
        ervoor(dialoog)
        dialoog.reject()

    wacht_op(QDialog, naam, sluit)
