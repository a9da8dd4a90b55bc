"""Help › Foutenlogboek tonen: where fouten.log is and what it holds (types and code lines, no policy text)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..crashlog import log_pad
from ..i18n import tr


class FoutenlogDialoog(QDialog):
    def __init__(self, ouder: QWidget | None = None) -> None:
        super().__init__(ouder)
        self.setObjectName("foutenlog")
        self.setWindowTitle(tr("Foutenlogboek"))
        pad = log_pad()
        uitleg = QLabel(tr("Onverwachte fouten worden vastgelegd in {bestand} (alleen voor u leesbaar). Het logboek "
                           "bevat de soort fout en de programmaregels, geen tekst uit uw beleid; stuur het gerust mee "
                           "met een foutmelding.").format(bestand=pad))
        uitleg.setWordWrap(True)
        uitleg.setTextInteractionFlags(uitleg.textInteractionFlags() | uitleg.textInteractionFlags().TextSelectableByMouse)
        self.inhoud = QPlainTextEdit(readOnly=True)
        try:
            self.inhoud.setPlainText(pad.read_text(encoding="utf-8", errors="replace")[-200_000:])
        except OSError:
            self.inhoud.setPlainText(tr("Er zijn nog geen fouten vastgelegd."))
        knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        map_knop = knoppen.addButton(tr("Map openen"), QDialogButtonBox.ButtonRole.ActionRole)
        map_knop.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(pad.parent))))
        knoppen.rejected.connect(self.reject)
        laag = QVBoxLayout(self)
        laag.addWidget(uitleg)
        laag.addWidget(self.inhoud)
        laag.addWidget(knoppen)
        self.resize(720, 420)


def toon_foutenlog(ouder: QWidget | None) -> None:
    FoutenlogDialoog(ouder).exec()
