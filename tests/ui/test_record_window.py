"""The record of changes in the real window (issue 11): every structural edit in the works council's role is one
change in the Wijzigingen pane; undo and redo by Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z from the text box and the outline;
"Versie bewaren…" saves a version; an exception in a slot gives one Dutch line and a log entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from editor.crashlog import log_pad
from editor.revisions.lijst import alle_wijzigingen
from editor.ui.main_window import MainWindow


def pane_rijen(w: MainWindow) -> list[str]:
    lijst = w.review.wijzigingen.lijst
    return [lijst.item(i).text() for i in range(lijst.count())]


def als_or(w: MainWindow) -> None:
    w.review.actie_or.setChecked(True)
    assert w.bewerker.context().gevolgd


def test_each_structural_edit_of_the_works_council_is_one_change(qtbot, venster: MainWindow) -> None:
    als_or(venster)
    ruimte, policy = venster.werkruimte, venster.werkruimte.policy
    stappen = []

    def na(naam: str) -> None:
        stappen.append((naam, len(alle_wijzigingen(policy)), len(pane_rijen(venster))))

    ruimte.selecteer(policy.artikelen[1].leden[0].id)
    clausule = venster.palet.bibliotheek.zoek("", None, None)[0]
    venster.palet.invoegen.emit(clausule, True)                  # palette insert, as an artikel
    na("palet")
    ruimte.selecteer(policy.artikelen[3].leden[1].id)
    qtbot.keyClick(ruimte.document, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)   # Alt+Down: move the lid
    na("alt-down")
    ruimte.tree.verplaats.emit("lid", policy.artikelen[3].leden[0].id, policy.artikelen[0].id)   # drag
    na("slepen")
    ruimte.selecteer(policy.artikelen[4].leden[0].id)
    ruimte.document.moveCursor(ruimte.document.textCursor().MoveOperation.StartOfLine)
    for _ in range(11):
        ruimte.document.moveCursor(ruimte.document.textCursor().MoveOperation.NextWord)
    qtbot.keyClick(ruimte.document, Qt.Key.Key_Return)              # Enter splits the lid
    na("splitsen")
    ruimte.selecteer(policy.artikelen[5].leden[0].id)
    venster.structuur_acties[6].trigger()                          # Samenvoegen met volgende
    na("samenvoegen")
    ruimte.selecteer(policy.artikelen[6].leden[1].id)
    venster.structuur_acties[2].trigger()                          # Verwijderen
    na("verwijderen")
    aantallen = [n for _, n, _ in stappen]
    assert aantallen == [1, 2, 3, 4, 5, 6], stappen
    assert [r for _, _, r in stappen] == aantallen                 # and the pane shows each, once
    soorten = [w.soort for w in sorted(alle_wijzigingen(policy), key=lambda w: w.id)]
    assert soorten == ["insert_artikel", "move", "move", "split_lid", "merge_lid", "delete_lid"]
    assert {w.auteur for w in alle_wijzigingen(policy)} == {"Mr. A. Tester"}


@pytest.mark.parametrize("redo", ["Ctrl+Y", "Ctrl+Shift+Z"])
def test_undo_and_redo_by_shortcut_from_the_text_box_and_the_outline(qtbot, venster: MainWindow, redo: str) -> None:
    ruimte = venster.werkruimte
    artikelen = len(ruimte.policy.artikelen)
    ruimte.selecteer(ruimte.policy.artikelen[1].id)
    venster.structuur_acties[2].trigger()                        # delete an artikel
    assert len(ruimte.policy.artikelen) == artikelen - 1
    ruimte.selecteer(ruimte.policy.artikelen[0].leden[0].id)
    ruimte.document.setFocus()
    qtbot.keyClicks(ruimte.document, "Nieuw ")
    for plek in (ruimte.document, ruimte.tree):                     # the text box, then the outline
        plek.setFocus()
        qtbot.keyClick(plek, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(plek, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert len(ruimte.policy.artikelen) == artikelen and not ruimte.policy.artikelen[0].leden[0].tekst.startswith("Nieuw")
        toets = Qt.Key.Key_Y if redo == "Ctrl+Y" else Qt.Key.Key_Z
        modifiers = Qt.KeyboardModifier.ControlModifier | (
            Qt.KeyboardModifier.ShiftModifier if redo == "Ctrl+Shift+Z" else Qt.KeyboardModifier.NoModifier)
        qtbot.keyClick(plek, toets, modifiers)
        qtbot.keyClick(plek, toets, modifiers)
        assert len(ruimte.policy.artikelen) == artikelen - 1
        assert ruimte.policy.artikelen[0].leden[0].tekst.startswith("Nieuw ")


def test_no_shortcut_is_ambiguous(venster: MainWindow) -> None:
    gezien: dict[str, str] = {}
    for actie in venster.findChildren(type(venster.actie_undo)):
        for toets in actie.shortcuts():
            naam = toets.toString()
            assert naam not in gezien or gezien[naam] == actie.text(), (naam, actie.text(), gezien.get(naam))
            gezien[naam] = actie.text()


def test_undo_of_an_edit_before_a_version_keeps_the_version_marker(qtbot, venster: MainWindow, tmp_path: Path,
                                                                    monkeypatch) -> None:
    ruimte = venster.werkruimte
    assert venster.save_to(tmp_path / "w.beleid")
    ruimte.selecteer(ruimte.policy.artikelen[0].leden[0].id)
    qtbot.keyClicks(ruimte.document, "Eerst ")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Versie 1", True))
    next(a for a in venster.review.versie_acties if "bewaren" in a.text()).trigger()     # from the menu
    assert [v.label for v in venster.sessie.project.versions()] == ["Versie 1"]
    assert ruimte.policy.laatste_versie == "Versie 1"
    venster.actie_undo.trigger()
    assert not ruimte.policy.artikelen[0].leden[0].tekst.startswith("Eerst ")
    assert ruimte.policy.laatste_versie == "Versie 1"


@pytest.mark.qt_no_exception_capture
def test_a_slot_that_raises_shows_one_dutch_line_and_writes_the_log(qtbot, venster: MainWindow, meldingen,
                                                                     monkeypatch) -> None:
    def kapot(*_args) -> None:
        raise RuntimeError("geheime beleidstekst die niet in het log mag")

    monkeypatch.setattr(venster.werkruimte, "nieuw_artikel", kapot)
    venster.structuur_acties[0].triggered.disconnect()
    venster.structuur_acties[0].triggered.connect(lambda: venster.werkruimte.nieuw_artikel())
    venster.structuur_acties[0].trigger()
    qtbot.waitUntil(lambda: bool(meldingen))
    assert meldingen == [f"Er ging iets mis; het werk is niet verloren. Details staan in {log_pad()}."]
    log = log_pad().read_text(encoding="utf-8")
    assert "RuntimeError" in log and "geheime" not in log and "in kapot" in log
    assert oct(log_pad().stat().st_mode & 0o777) == "0o600"
