"""Placeholders such as [Naam organisatie] or {organisatie} stand out in the editor."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from ..model.placeholders import PATROON


class PlaatshouderMarkering(QSyntaxHighlighter):
    def __init__(self, document) -> None:
        super().__init__(document)
        self.formaat = QTextCharFormat()
        self.formaat.setBackground(QColor("#fde68a"))

    def highlightBlock(self, tekst: str) -> None:
        for m in PATROON.finditer(tekst):
            self.setFormat(m.start(), m.end() - m.start(), self.formaat)
