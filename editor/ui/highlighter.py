"""Placeholders such as [Naam organisatie] or {organisatie} stand out in the editor."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from ..model.placeholders import PATROON
from .spelling import SPELLING


class PlaatshouderMarkering(QSyntaxHighlighter):
    """Placeholders get a yellow background; tracked insertions are underlined in their author's colour."""

    def __init__(self, document) -> None:
        super().__init__(document)
        self.formaat = QTextCharFormat()
        self.formaat.setBackground(QColor("#fde68a"))
        self.invoegingen: list[tuple[int, int, str]] = []    # (start, length, colour) in the editor's text
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
        begin = self.currentBlock().position()
        for start, lengte, kleur in self.invoegingen:
            van, tot = max(start, begin), min(start + lengte, begin + len(tekst))
            if van < tot:
                formaat = QTextCharFormat(self.format(van - begin))
                formaat.setForeground(QColor(kleur))
                formaat.setFontUnderline(True)
                self.setFormat(van - begin, tot - van, formaat)
