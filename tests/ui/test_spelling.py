"""Issue 14: Dutch spelling in the editor (OpenTaal nl_NL through chunspell): red squiggles, suggestions and
"Toevoegen aan woordenlijst" in the context menu, a personal word list in the data folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QMenu

from editor.ui.spelling import SPELLING, woordenlijst_pad

pytestmark = pytest.mark.skipif(not SPELLING.beschikbaar, reason="hunspell-nl (nl_NL) or chunspell is missing")


def onderstreept(editor, woord: str) -> bool:
    blok = editor.document().begin()
    while blok.isValid():
        start = blok.text().find(woord)
        if start >= 0:
            for bereik in blok.layout().formats():
                if bereik.start <= start < bereik.start + bereik.length:
                    return bereik.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
        blok = blok.next()
    return False


def test_leidinggevendenden_is_flagged_with_the_right_suggestion_first(qtbot, venster) -> None:
    ruimte = venster.werkruimte
    policy = ruimte.policy
    lid = policy.artikelen[3].leden[4]                   # the WerkSaam sample's own typo
    assert "leidinggevendenden" in lid.tekst
    ruimte.selecteer(lid.id)
    assert "leidinggevendenden" in ruimte.document.toPlainText(), ruimte.document.toPlainText()
    qtbot.waitUntil(lambda: onderstreept(ruimte.document, "leidinggevendenden"), timeout=5000)
    assert not onderstreept(ruimte.document, "WerkSaam")               # the organisation's name
    assert SPELLING.suggesties("leidinggevendenden")[0] == "leidinggevenden"
    editor = ruimte.document
    plek = editor.cursorRect(editor.document().find("leidinggevendenden")).center()
    gezien: list[str] = []

    def kies() -> None:
        menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
        gezien.extend(a.text() for a in menu.actions())
        next(a for a in menu.actions() if a.text() == "leidinggevenden").trigger()
        menu.close()

    QTimer.singleShot(100, kies)
    editor.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, plek, editor.mapToGlobal(plek)))
    assert gezien[0] == "leidinggevenden" and "Toevoegen aan woordenlijst" in gezien
    assert "leidinggevendenden" not in lid.tekst and "leidinggevenden" in lid.tekst   # through the operation
    assert venster.actie_undo.isEnabled()


def test_toevoegen_aan_woordenlijst_keeps_the_word_in_the_data_folder(qtbot, venster) -> None:
    editor = venster.werkruimte.document
    assert SPELLING.is_fout("socialemediabeleidje")
    editor.voeg_toe_aan_woordenlijst("socialemediabeleidje")
    assert not SPELLING.is_fout("socialemediabeleidje")
    assert "socialemediabeleidje" in woordenlijst_pad().read_text(encoding="utf-8").split()


def test_a_deleted_word_is_not_flagged(qtbot, venster) -> None:
    """Deleted text shown struck through is no longer the user's text: no squiggle (as in Word)."""
    from editor import bewerken

    ruimte = venster.werkruimte
    lid = ruimte.policy.artikelen[3].leden[4]
    ruimte.selecteer(lid.id)
    qtbot.waitUntil(lambda: onderstreept(ruimte.document, "leidinggevendenden"), timeout=5000)
    venster.review.actie_bijhouden.setChecked(True)
    getoond = bewerken.lees_blok(ruimte.policy, "lid", lid.id)
    venster.bewerker.voer_uit(bewerken.bewerk_blok, "lid", lid.id, getoond.replace("leidinggevendenden ", "", 1))
    QApplication.processEvents()
    assert "leidinggevendenden" in ruimte.document.toPlainText()          # shown struck through
    assert not onderstreept(ruimte.document, "leidinggevendenden")
