"""Driving the document view as a user does: put the cursor in a block's text (as a click there does),
type at its end, select its whole text and paste a new one over it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def tekst_hier(ruimte) -> str:
    """The current text of the line under the cursor (without its label)."""
    plek = ruimte.document.regel_van()
    return plek[1].getoond if plek else ""


def naar_einde(ruimte, blok_id: str) -> None:
    ruimte.ga_naar(blok_id)
    ruimte.ga_naar(blok_id, len(tekst_hier(ruimte)))


def typ_aan_einde(qtbot, ruimte, blok_id: str, tekst: str) -> None:
    naar_einde(ruimte, blok_id)
    qtbot.keyClicks(ruimte.document, tekst)


def vervang_tekst(qtbot, ruimte, blok_id: str, nieuw: str) -> None:
    """Select the block's whole text and paste `nieuw` over it (Ctrl+V)."""
    ruimte.ga_naar(blok_id)
    ruimte.ga_naar(blok_id, 0, len(tekst_hier(ruimte)))
    QApplication.clipboard().setText(nieuw)
    qtbot.keyClick(ruimte.document, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def fragmenten(document, blok_id: str) -> list[tuple[str, object]]:
    """(text, char format) of each piece of a block's line in the document view."""
    blok = document.document().findBlockByNumber(document.zoek(blok_id))
    uit, it = [], blok.begin()
    while not it.atEnd():
        uit.append((it.fragment().text(), it.fragment().charFormat()))
        it += 1
    return uit
