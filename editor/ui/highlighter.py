"""Placeholders such as [Naam organisatie] or {organisatie} stand out in the editor."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from ..model.placeholders import PATROON
from .spelling import SPELLING


class PlaatshouderMarkering(QSyntaxHighlighter):
    """Red squiggles under misspelt words and a yellow background behind placeholders, over the document
    view's own formats (tracked changes are those formats: document_weergave.maak_formaat)."""

    def __init__(self, document) -> None:
        super().__init__(document)
        self.formaat = QTextCharFormat()
        self.formaat.setBackground(QColor("#fde68a"))
        self.spellen = True

    def highlightBlock(self, tekst: str) -> None:
        if self.spellen:
            for start, lengte in SPELLING.fouten(tekst):      # red squiggles, as in Word
                formaat = QTextCharFormat()
                formaat.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
                formaat.setUnderlineColor(QColor("#d00000"))
                self.setFormat(start, lengte, formaat)
        for m in PATROON.finditer(tekst):
            self.setFormat(m.start(), m.end() - m.start(), self.formaat)
