"""Placeholders such as [Naam organisatie] or {organisatie} stand out in the editor."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextFormat

from ..model.placeholders import PATROON
from .spelling import SPELLING

ROL = QTextFormat.Property.UserProperty + 1     # the role of a piece of the document view (document_regels)
NIET_SPELLEN = {"weg", "van", "label", "verwijzing", "vast"}    # deleted text, labels, references, fixed words


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
            overslaan = self._niet_te_spellen()
            for start, lengte in SPELLING.fouten(tekst):      # red squiggles, as in Word
                if any(van < start + lengte and start < tot for van, tot in overslaan):
                    continue
                formaat = QTextCharFormat()
                formaat.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
                formaat.setUnderlineColor(QColor("#d00000"))
                self.setFormat(start, lengte, formaat)
        for m in PATROON.finditer(tekst):
            self.setFormat(m.start(), m.end() - m.start(), self.formaat)

    def _niet_te_spellen(self) -> list[tuple[int, int]]:
        """The ranges of the paragraph that are not the user's current text: a deleted word is not flagged
        (Word does not either), nor a label or a rendered reference."""
        blok, uit = self.currentBlock(), []
        for stuk in blok:
            fragment = stuk.fragment()
            if fragment.isValid() and fragment.charFormat().property(ROL) in NIET_SPELLEN:
                start = fragment.position() - blok.position()
                uit.append((start, start + fragment.length()))
        return uit
