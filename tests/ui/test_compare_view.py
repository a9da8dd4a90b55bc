"""The compare and coverage views, driven as a user would (offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from editor.ui.compare_model import RIJ_ROL
from editor.ui.main_window import MainWindow



def vergelijk(qtbot, w: MainWindow, links: str, rechts: str):
    view = w.vergelijk_view
    view.kies(links, rechts)
    with qtbot.waitSignal(view.klaar, timeout=10_000):
        qtbot.mouseClick(view.vergelijk_knop, Qt.MouseButton.LeftButton)
    return view


def rij(view, nummer: int):
    return view.model.index(nummer, 0).data(RIJ_ROL)


def test_compare_two_samples_and_step_through(qtbot, venster: MainWindow) -> None:
    venster.tabs.setCurrentIndex(1)
    view = vergelijk(qtbot, venster, "policy-bv", "werksaam")
    assert view.telling.text() == "46 verschillen (0 verplaatst)"
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Voorbeeld gedragscode sociale media"
    rijen = [rij(view, i) for i in range(view.model.rowCount())]
    paar = next(r for r in rijen if r.links and r.links.ref == "artikel 2, lid 2")
    assert paar.rechts.ref == "artikel 4, lid 2"
    html = view.model.index(rijen.index(paar), 0).data()
    assert "line-through" in html and "werknemer" in html
    assert "underline" in view.model.index(rijen.index(paar), 1).data()
    # next / previous difference, by button and by key
    qtbot.mouseClick(view.volgende_knop, Qt.MouseButton.LeftButton)
    eerste = view.tabel.currentIndex().row()
    assert rij(view, eerste).is_verschil
    qtbot.keyClick(view.tabel, Qt.Key.Key_F8)
    tweede = view.tabel.currentIndex().row()
    assert tweede > eerste and rij(view, tweede).is_verschil
    qtbot.keyClick(view.tabel, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert view.tabel.currentIndex().row() == eerste


def test_filter_only_differences(qtbot, venster: MainWindow) -> None:
    view = vergelijk(qtbot, venster, "werksaam", "werksaam")
    assert view.model.rowCount() == 1 + 1 + 5 + 2 + 32   # gezien, gelet op, overwegingen, beslispunten, leden
    assert view.telling.text().startswith("0 verschillen")
    view.alleen.setChecked(True)
    assert view.model.rowCount() == 0
    assert view.ga_naar_verschil(1) is False
    venster.policy.artikelen[3].leden[1].tekst += " Dit is nieuw."   # the open document, one lid edited
    vergelijk(qtbot, venster, "Geopend document", "werksaam")
    assert view.model.rowCount() == 1 and view.telling.text() == "1 verschil (0 verplaatst)"
    assert rij(view, 0).ops[-1] == ("-", " Dit is nieuw.")
    view.alleen.setChecked(False)
    assert view.model.rowCount() == 41


def test_compare_with_an_added_file_and_the_open_document(qtbot, venster: MainWindow, tmp_path: Path, monkeypatch) -> None:
    concept = tmp_path / "concept.md"
    concept.write_text("# Concept\n\n## Werkvloer\n\n- Het is medewerkers toegestaan om kennis en informatie te delen, "
                       "mits het geen vertrouwelijke informatie betreft.\n- Tweede regel.\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(concept), ""))
    view = venster.vergelijk_view
    qtbot.mouseClick(view.bestand_knop, Qt.MouseButton.LeftButton)
    assert view.rechts.currentText() == "concept.md"
    view.links.setCurrentIndex(view.links.findText("Geopend document"))   # the WerkSaam sample the window shows
    with qtbot.waitSignal(view.klaar, timeout=10_000):
        view.vergelijk()
    paren = [(rij(view, i).links.ref, rij(view, i).rechts.ref) for i in range(view.model.rowCount())
             if rij(view, i).links and rij(view, i).rechts]
    assert ("artikel 4, lid 2", "artikel 1, lid 1") in paren


def test_coverage_view(qtbot, venster: MainWindow) -> None:
    venster.tabs.setCurrentIndex(2)
    view = venster.dekking_view
    qtbot.mouseClick(view.knop, Qt.MouseButton.LeftButton)
    assert view.matrix.columnCount() == 6 and view.matrix.rowCount() == 16
    kolom = [view.matrix.horizontalHeaderItem(k).text() for k in range(6)].index("werksaam")
    rij_auteursrecht = [view.matrix.verticalHeaderItem(r).text() for r in range(16)].index(
        "Auteursrecht en intellectueel eigendom")
    assert view.matrix.item(rij_auteursrecht, kolom).text() == "✓ 1"
    view.matrix.cellClicked.emit(rij_auteursrecht, kolom)
    tekst = view.clausules.toPlainText()
    assert "artikel 3, lid 4" in tekst and "bronvermelding" in tekst
    kolom_bv = [view.matrix.horizontalHeaderItem(k).text() for k in range(6)].index("policy-bv")
    assert view.matrix.item(rij_auteursrecht, kolom_bv).text() == "—"


def test_coverage_needs_two_documents(qtbot, venster: MainWindow) -> None:
    view = venster.dekking_view
    meldingen = []
    view.fout.connect(meldingen.append)
    for i in range(view.documenten.count()):
        view.documenten.item(i).setCheckState(Qt.CheckState.Unchecked)
    view.documenten.item(1).setCheckState(Qt.CheckState.Checked)
    view.bereken()
    assert meldingen == ["Kies ten minste twee documenten."]


def test_screenshots_of_both_views(qtbot, venster: MainWindow, tmp_path: Path) -> None:
    vergelijk(qtbot, venster, "policy-bv", "werksaam")
    venster.tabs.setCurrentIndex(1)
    assert venster.grab().save(str(tmp_path / "vergelijken.png"))
    venster.tabs.setCurrentIndex(2)
    venster.dekking_view.bereken()
    assert venster.grab().save(str(tmp_path / "dekking.png"))
    assert not venster.dock.isVisible()
