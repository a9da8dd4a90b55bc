"""The window on real widgets (offscreen): tree, text pane, metadata, menu Bestand."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from editor.i18n import zet_taal
from editor.ui.main_window import MainWindow
from editor.ui.tree_model import BLOK_ROL
from tests.helpers.document import tekst_hier




def artikel_items(w: MainWindow) -> list:
    model = w.werkruimte.tree_model
    items = []
    for rij in range(model.rowCount()):
        item = model.item(rij)
        if item.data(BLOK_ROL)[0] == "artikel":
            items.append(item)
    return items


def test_opens_with_werksaam_and_its_artikelen_in_the_tree(venster: MainWindow) -> None:
    items = artikel_items(venster)
    assert [i.text() for i in items][:2] == ["Artikel 1. Reikwijdte", "Artikel 2. Uitgangspunten"]
    assert len(items) == 8
    assert items[3].rowCount() == 9
    assert items[3].child(4).text().startswith("5. Medewerkers met een representatieve functie")
    assert venster.windowTitle().startswith("Sociale media code WerkSaam Westfriesland")
    assert "Artikel 1. Reikwijdte" in venster.werkruimte.document.toPlainText()
    eerste = venster.werkruimte.policy.artikelen[0].leden[0].id
    assert venster.werkruimte.huidig == ("lid", eerste)                 # the cursor is in the first artikel


def test_selecting_a_lid_shows_its_text(venster: MainWindow) -> None:
    lid = artikel_items(venster)[3].child(4)
    venster.werkruimte.tree.setCurrentIndex(lid.index())
    assert "Artikel 4. Sociale media op de werkvloer" in venster.werkruimte.document.toPlainText()
    tekst = tekst_hier(venster.werkruimte)                           # the cursor went into that lid
    assert "de officiële standpunten van WerkSaam" in tekst
    assert venster.werkruimte.document.textCursor().block().text().startswith("5.\t")


def test_metadata_is_visible(venster: MainWindow) -> None:
    waarden = {k: venster.metadata.tekst(k) for k in venster.metadata.waarden}
    assert waarden["or_instemming"] == "verleend, 28 april 2015"
    assert waarden["vaststelling"] == "13 april 2017" and waarden["vaststelling_orgaan"] == "het dagelijks bestuur"
    assert "werkt terug tot 1 januari 2015" in waarden["inwerkingtreding"]
    assert waarden["rechtsvorm"] == "gemeenschappelijke regeling"
    assert venster.dock.isVisible()


def test_new_from_sample_menu(venster: MainWindow) -> None:
    acties = venster.menu_voorbeelden.actions()
    assert len(acties) == 6
    next(a for a in acties if a.data() == "policy-bv").trigger()
    assert [i.text() for i in artikel_items(venster)] == [
        "Artikel 1. Algemene uitgangspunten", "Artikel 2. Sociale media op de werkvloer",
        "Artikel 3. Sociale media in privé situaties"]
    assert [i.rowCount() for i in artikel_items(venster)] == [4, 10, 3]


def test_save_as_then_open_and_recent_files(venster: MainWindow, tmp_path: Path, monkeypatch) -> None:
    doel = tmp_path / "werksaam"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(doel), ""))
    assert venster.opslaan() is True            # no file yet: Opslaan asks where
    opgeslagen = tmp_path / "werksaam.beleid"
    assert opgeslagen.exists() and not venster.isWindowModified()
    venster.open_sample("policy-bv")
    assert venster.open_path(opgeslagen)
    assert len(artikel_items(venster)) == 8 and venster.pad == opgeslagen
    venster._vul_recent()
    assert [a.text() for a in venster.menu_recent.actions()] == [str(opgeslagen.resolve())]
    opnieuw = MainWindow()                      # recent files survive a restart
    assert opnieuw.staat.recente_bestanden == [str(opgeslagen.resolve())]
    opnieuw.close()


def test_foreign_file_is_never_overwritten(venster: MainWindow, meldingen: list[str], tmp_path: Path) -> None:
    vreemd = tmp_path / "notities.beleid"
    vreemd.write_text("mijn eigen notities\n" * 20)
    assert venster.save_to(vreemd) is False
    assert vreemd.read_text() == "mijn eigen notities\n" * 20
    assert meldingen == ["notities.beleid is geen Beleidsstudio-project."]


def test_opening_a_bad_file_keeps_the_open_policy(venster: MainWindow, meldingen: list[str], tmp_path: Path) -> None:
    kapot = tmp_path / "kapot.beleid"
    kapot.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert venster.open_path(kapot) is False
    assert len(meldingen) == 1 and "kapot.beleid" in meldingen[0]
    assert len(artikel_items(venster)) == 8


def test_importing_markdown_in_the_window(venster: MainWindow, tmp_path: Path) -> None:
    bron = tmp_path / "concept.md"
    bron.write_text("# Concept\n\n## Privé\n\n- Eén.\n- Twee.\n", encoding="utf-8")
    assert venster.open_path(bron)
    assert [i.text() for i in artikel_items(venster)] == ["Artikel 1. Privé"]
    assert venster.pad is None and venster.isWindowModified()


def test_english_interface(qtbot) -> None:
    zet_taal("en")
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_sample("werksaam")
    assert w.menu_bestand.title() == "&File"
    assert artikel_items(w)[0].text() == "Article 1. Reikwijdte"
    assert w.metadata.waarden["or_instemming"].text() == "given, 28 April 2015"


def test_screenshot_renders(venster: MainWindow, tmp_path: Path) -> None:
    venster.resize(1024, 700)           # the offscreen screen is 800 px: the window no longer forces more
    beeld = venster.grab()
    assert (beeld.width(), beeld.height()) == (1024, 700)
    assert beeld.save(str(tmp_path / "venster.png"))
