"""The compare and coverage views, driven as a user would (offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from editor.onderwerpen import TOPICS
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
    assert view.telling.text() == "35 verschillen (3 verplaatst)"
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
    assert view.matrix.columnCount() == 6 and view.matrix.rowCount() == len(TOPICS)
    kolom = [view.matrix.horizontalHeaderItem(k).text() for k in range(6)].index("werksaam")
    rij_auteursrecht = [view.matrix.verticalHeaderItem(r).text() for r in range(len(TOPICS))].index(
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


def test_each_pair_shows_its_reason(qtbot, venster: MainWindow) -> None:
    view = vergelijk(qtbot, venster, "policy-bv", "werksaam")
    assert view.model.headerData(2, Qt.Orientation.Horizontal) == "Waarom"
    rijen = [rij(view, i) for i in range(view.model.rowCount())]
    k = next(i for i, r in enumerate(rijen) if r.links and r.links.ref == "artikel 2, lid 3")
    waarom = view.model.index(k, 2).data()
    assert "toestemming" in waarom and "begrippen" in waarom
    # Policy BV's preamble is WerkSaam's five overwegingen: one row, every part with its reason
    k = next(i for i, r in enumerate(rijen) if r.links and r.links.ref == "inleiding 1")
    assert rijen[k].ref("r") == ", ".join(f"overweging {n}" for n in range(1, 6))
    assert "deel van een gesplitste bepaling" in view.model.index(k, 2).data()
    assert "overweging 5" in view.model.index(k, 1).data()


def test_the_english_interface_names_parts_in_english_and_keeps_terms_of_art(qtbot, venster: MainWindow) -> None:
    from editor.i18n import zet_taal

    venster.zet_taal("en")
    try:
        view = vergelijk(qtbot, venster, "policy-bv", "werksaam")
        rijen = [rij(view, i) for i in range(view.model.rowCount())]
        k = next(i for i, r in enumerate(rijen) if r.links and r.links.ref == "inleiding 1")
        assert "introduction 1 · " in view.model.index(k, 0).data() and "recital 5" in view.model.index(k, 1).data()
        assert "overweging" not in view.model.index(k, 1).data()
        paar = next(i for i, r in enumerate(rijen) if r.links and r.links.ref == "artikel 2, lid 2")
        assert "artikel 2, lid 2 · " in view.model.index(paar, 0).data()       # a term of art keeps its form
    finally:
        zet_taal("nl")


def test_an_empty_cell_offers_the_library_and_inserts_into_the_draft(qtbot, venster: MainWindow) -> None:
    """The open draft (WerkSaam) has no crisis clause: its empty cell offers the model clause first."""
    venster.tabs.setCurrentIndex(2)
    view = venster.dekking_view
    view.documenten.item(0).setCheckState(Qt.CheckState.Checked)          # the open document too
    qtbot.mouseClick(view.knop, Qt.MouseButton.LeftButton)
    kolom = [view.matrix.horizontalHeaderItem(k).text() for k in range(view.matrix.columnCount())].index("Geopend document")
    rij_crisis = [t.id for t in TOPICS].index("crisis")
    assert view.matrix.item(rij_crisis, kolom).text() == "—"
    view.matrix.cellClicked.emit(rij_crisis, kolom)
    assert view.gat.isVisible() and view.gat.lijst.count() >= 1
    gekozen = view.gat.gekozen()
    assert gekozen.id == "model:crisis"
    artikelen = len(venster.policy.artikelen)
    qtbot.mouseClick(view.gat.knop, Qt.MouseButton.LeftButton)
    assert len(venster.policy.artikelen) == artikelen + 1
    nieuw = next(a for a in venster.policy.artikelen if a.kop == gekozen.titel)
    assert [lid.tekst for lid in nieuw.leden][0].startswith("Bij een incident of crisis")
    assert "Ingevoegd" in view.gat.titel.text()
    venster.stapel.undo()                                                 # one undo step takes it out again
    assert len(venster.policy.artikelen) == artikelen


def test_a_right_only_row_offers_like_clauses(qtbot, venster: MainWindow, tmp_path: Path) -> None:
    venster.tabs.setCurrentIndex(1)
    view = vergelijk(qtbot, venster, "Geopend document", "ai-deepseek-chat")
    rijen = [rij(view, i) for i in range(view.model.rowCount())]
    # WerkSaam has no evaluation clause; DeepSeek's advice to evaluate yearly is right only
    k = next(i for i, r in enumerate(rijen) if r.soort == "right_only" and r.rechts.ref == "toelichting 4")
    assert "ontbreekt links" in view.model.index(k, 2).data()
    view.tabel.setCurrentIndex(view.model.index(k, 0))
    assert view.gat.isVisible() and "toelichting 4" in view.gat.titel.text()
    ids = [view.gat.lijst.item(i).data(Qt.ItemDataRole.UserRole + 3).id for i in range(view.gat.lijst.count())]
    assert set(ids[:2]) == {"model:evaluatie", "ai-gpt-4.1-nano:6.1"}     # the evaluation clauses, most alike
    venster.resize(1024, 700)
    assert venster.grab().save(str(tmp_path / "gat.png"))
    artikelen = len(venster.policy.artikelen)
    assert view.gat.voeg_in() and len(venster.policy.artikelen) == artikelen + 1
    view.tabel.setCurrentIndex(view.model.index(next(i for i, r in enumerate(rijen) if r.soort == "changed"), 0))
    assert not view.gat.isVisible()


def test_with_tracking_on_the_inserted_clause_is_a_tracked_insertion(qtbot, venster: MainWindow) -> None:
    venster.review.actie_bijhouden.setChecked(True)
    venster.tabs.setCurrentIndex(2)
    view = venster.dekking_view
    view.documenten.item(0).setCheckState(Qt.CheckState.Checked)
    view.bereken()
    kolom = [view.matrix.horizontalHeaderItem(k).text() for k in range(view.matrix.columnCount())].index("Geopend document")
    view.matrix.cellClicked.emit([t.id for t in TOPICS].index("evaluatie"), kolom)
    assert view.gat.voeg_in()
    nieuw = next(a for a in venster.policy.artikelen if a.kop == view.gat.gekozen().titel)
    assert nieuw.id in venster.policy.blokrevisies and venster.policy.blokrevisies[nieuw.id].soort == "insert"
