"""The Gegevens pane in step with the text, and the export dialog's three choices (issue 13)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from editor.formats import slotbepalingen as slot
from editor.ui.export_dialoog import ExportDialoog
from editor.ui.main_window import MainWindow
from tests.ui.conftest import panelen_bij
from tests.helpers.document import typ_aan_einde, vervang_tekst


def wacht_op(soort: type, naam: str, actie) -> None:
    """Once a visible top-level widget of `soort` named `naam` appears, run `actie` on it (a real modal dialog)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def probeer() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, soort) and w.isVisible() and w.objectName() == naam:
                actie(w)
                return
        QTimer.singleShot(20, probeer)

    QTimer.singleShot(0, probeer)


@pytest.fixture
def werksaam(venster: MainWindow) -> MainWindow:
    venster.review.voorkeuren.auteur = "Mr. A. Tester"
    venster.open_sample("werksaam")
    venster.review.pas_rol_toe()
    return venster


def fouten(venster: MainWindow) -> list[str]:
    paneel = venster.review.controles
    paneel.ververs()
    return [paneel.lijst.item(i).text() for i in range(paneel.lijst.count())]


def wijzig_veld(venster: MainWindow, sleutel: str, tekst: str) -> None:
    invoer = venster.metadata.waarden[sleutel]
    assert isinstance(invoer, QLineEdit) and not invoer.isReadOnly()
    invoer.setText(tekst)
    invoer.editingFinished.emit()


def custom(venster: MainWindow, pad: Path) -> str:
    assert venster.exporteer("docx", False, pad)
    with zipfile.ZipFile(pad) as z:
        return z.read("docProps/custom.xml").decode()


def test_editing_artikel_7_lid_1_updates_pane_checks_and_properties(qtbot, werksaam: MainWindow, tmp_path: Path) -> None:
    ruimte = werksaam.werkruimte
    lid = slot.inwerkingtreding_lid(ruimte.policy)
    assert werksaam.metadata.tekst("terugwerkend_tot") == "1 januari 2015"
    assert any("werkt terug tot 1 januari 2015" in f for f in fouten(werksaam))
    vervang_tekst(qtbot, ruimte, lid.id, "Deze code treedt in werking met ingang van 1 januari 2027.")
    panelen_bij(qtbot, werksaam)
    assert werksaam.metadata.tekst("terugwerkend_tot") == ""
    assert werksaam.metadata.tekst("inwerkingtreding_datum") == "1 januari 2027"
    assert werksaam.metadata.tekst("inwerkingtreding_regel") == "op een vaste datum"
    assert not any("werkt terug" in f for f in fouten(werksaam))
    eigenschappen = custom(werksaam, tmp_path / "w.docx")
    assert "met ingang van 1 januari 2027" in eigenschappen and "1 januari 2015" not in eigenschappen


def test_editing_the_field_rewrites_the_artikel_as_one_tracked_change(qtbot, werksaam: MainWindow) -> None:
    ruimte, paneel = werksaam.werkruimte, werksaam.review.wijzigingen
    werksaam.review.actie_bijhouden.setChecked(True)
    lid = slot.inwerkingtreding_lid(ruimte.policy)
    voor = lid.tekst
    wijzig_veld(werksaam, "terugwerkend_tot", "")
    assert lid.tekst == "Deze code treedt in werking met ingang van de dag na die van de bekendmaking."
    assert ruimte.policy.metadata.inwerkingtreding.terugwerkend_tot is None
    assert paneel.lijst.count() == 1 and "artikel 7, lid 1" in paneel.lijst.item(0).text()
    assert {s.id for s in ruimte.policy.revisies[lid.id] if s.soort != "equal"} == {1}
    werksaam.actie_undo.trigger()                   # one step back: text, field and change
    assert lid.tekst == voor and lid.id not in ruimte.policy.revisies
    assert werksaam.metadata.tekst("terugwerkend_tot") == "1 januari 2015" and paneel.lijst.count() == 0
    werksaam.actie_redo.trigger()
    assert paneel.lijst.count() == 1
    wijzig_veld(werksaam, "citeertitel", "Socialemediacode WerkSaam")
    assert slot.citeertitel_lid(ruimte.policy).tekst == "Deze code wordt aangehaald als: Socialemediacode WerkSaam."


def test_every_field_is_editable_and_bad_input_is_one_line(qtbot, werksaam: MainWindow, meldingen: list[str]) -> None:
    policy = werksaam.werkruimte.policy
    for sleutel, tekst in (("organisatie", "WerkSaam WF"), ("korte_naam", "WS"), ("orgaan", "Het algemeen bestuur van WerkSaam WF"),
                           ("vaststelling", "20 april 2017"), ("vaststelling_orgaan", "het algemeen bestuur"),
                           ("bekendmaking", "21 april 2017"), ("inwerkingtreding_datum", "1 mei 2017"),
                           ("intrekking", "Internet- en e-mailprotocol (1 juli 2014)"),
                           ("ondertekening", "voorzitter: A.J. de Jong; secretaris: P. Pietersen")):
        wijzig_veld(werksaam, sleutel, tekst)
    meta = policy.metadata
    assert (meta.organisatie, meta.korte_naam, policy.aanhef.orgaan) == ("WerkSaam WF", "WS", "Het algemeen bestuur van WerkSaam WF")
    assert (meta.vaststelling.datum, meta.vaststelling.orgaan, meta.bekendmaking.datum) == ("2017-04-20", "het algemeen bestuur", "2017-04-21")
    assert meta.inwerkingtreding.datum == "2017-05-01" and "met ingang van 1 mei 2017" in slot.inwerkingtreding_lid(policy).tekst
    assert policy.aanhef.beslispunten[1].tekst == "in te trekken het Internet- en e-mailprotocol van 1 juli 2014."
    assert [o.naam for o in meta.ondertekening] == ["A.J. de Jong", "P. Pietersen"]
    keuze = werksaam.metadata.waarden["rechtsvorm"]
    keuze.setCurrentIndex(keuze.findData("stichting"))
    assert policy.metadata.rechtsvorm == "stichting"
    wijzig_veld(werksaam, "bekendmaking", "gisteren")
    assert meldingen == ["Bekendgemaakt op: geen datum (bijvoorbeeld 1 januari 2027 of 2027-01-01): gisteren"]
    assert policy.metadata.bekendmaking.datum == "2017-04-21" and werksaam.metadata.tekst("bekendmaking") == "21 april 2017"


def test_the_works_council_sees_the_fields_read_only(qtbot, werksaam: MainWindow) -> None:
    werksaam.review.actie_or.setChecked(True)
    werksaam.metadata.toon(werksaam.werkruimte.policy)
    assert werksaam.metadata.waarden["organisatie"].isReadOnly()
    assert not werksaam.metadata.waarden["rechtsvorm"].isEnabled()


def met_open_wijziging(venster: MainWindow, qtbot) -> None:
    venster.review.actie_bijhouden.setChecked(True)
    ruimte = venster.werkruimte
    lid = ruimte.policy.artikelen[1].leden[0]
    typ_aan_einde(qtbot, ruimte, lid.id, " Ook intern.")
    venster._ververs_panelen()          # the panes follow typing a moment later; now, for the test
    venster.review.actie_bijhouden.setChecked(False)


@pytest.mark.parametrize("knop, ins, bestaat", [("Aanvaarden in de export", False, True),
                                               ("Exporteren met wijzigingen", True, True), ("Annuleren", None, False)])
def test_export_dialog_three_choices(qtbot, werksaam: MainWindow, tmp_path: Path, knop: str, ins, bestaat: bool) -> None:
    met_open_wijziging(werksaam, qtbot)
    gezien: list[str] = []

    def antwoord(dialoog: ExportDialoog) -> None:
        gezien.append("\n".join(dialoog.lijst.item(i).text() for i in range(dialoog.lijst.count())))
        gezien.append(" | ".join(b.text() for b in dialoog.findChildren(type(dialoog.knop_annuleren))))
        next(b for b in dialoog.findChildren(type(dialoog.knop_annuleren)) if b.text() == knop).click()

    wacht_op(ExportDialoog, "exportdialoog", antwoord)
    pad = tmp_path / "w.docx"
    assert werksaam.exporteer("docx", False, pad) is bestaat
    assert "werkt terug tot 1 januari 2015" in gezien[0]                         # the open fouten are listed
    assert all(k in gezien[1] for k in ("Aanvaarden in de export", "Exporteren met wijzigingen", "Annuleren"))
    assert pad.exists() is bestaat
    if bestaat:
        with zipfile.ZipFile(pad) as z:
            document = z.read("word/document.xml").decode()
        assert "Ook intern." in document and ("<w:ins " in document) is ins
    assert werksaam.werkruimte.policy.revisies            # the project keeps its open change either way


def test_from_the_menu_the_dialog_names_a_stale_consent_and_the_template_is_used(qtbot, werksaam: MainWindow, tmp_path: Path,
                                                                                  monkeypatch) -> None:
    from docx import Document
    from PySide6.QtWidgets import QFileDialog

    from editor.formats.word_sjabloon import open_sjabloon

    huisstijl = open_sjabloon()
    huisstijl.styles["Normal"].font.name = "Georgia"
    huisstijl.save(str(tmp_path / "huisstijl.dotx"))
    werksaam.werkruimte.policy.metadata.or_instemming.vingerafdruk = "0" * 64        # the text changed since
    pad = tmp_path / "w.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pad), ""))
    gezien: list[str] = []

    def antwoord(dialoog: ExportDialoog) -> None:
        gezien.append("\n".join(label.text() for label in dialoog.findChildren(type(dialoog.sjabloon_label))))
        dialoog.zet_sjabloon(str(tmp_path / "huisstijl.dotx"))
        next(b for b in dialoog.findChildren(type(dialoog.knop_annuleren)) if b.text() == "Exporteren").click()

    wacht_op(ExportDialoog, "exportdialoog", antwoord)
    assert werksaam.exporteer("docx", False)
    assert "De instemming van de OR is verouderd" in gezien[0]
    doc = Document(str(pad))
    assert "instemming" not in "\n".join(p.text for p in doc.paragraphs)
    assert doc.styles["Normal"].font.name == "Georgia"
    assert werksaam.review.voorkeuren.word_sjabloon.endswith("huisstijl.dotx")      # remembered as a preference


def test_the_consent_is_recorded_from_the_pane(qtbot, werksaam: MainWindow, monkeypatch) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QPushButton

    from editor.ui.review import BesluitDialoog

    def exec_(dialoog: BesluitDialoog) -> int:
        dialoog.beslissing.setCurrentIndex(dialoog.beslissing.findData("geweigerd"))
        dialoog.datum.setDate(QDate(2017, 4, 1))
        return 1

    monkeypatch.setattr(BesluitDialoog, "exec", exec_)
    knop = next(k for k in werksaam.metadata.findChildren(QPushButton) if k.text() == "Besluit…")
    knop.click()
    assert werksaam.werkruimte.policy.metadata.or_instemming.status == "geweigerd"
    assert werksaam.metadata.tekst("or_instemming") == "geweigerd, 1 april 2017"


def test_the_drafters_notes_show_in_the_pane_not_in_the_besluit(qtbot, venster: MainWindow) -> None:
    from editor.wizard import stel_samen, valideer
    from tests.wizard.test_profielen import PROFIELEN

    concept = stel_samen(valideer(PROFIELEN["winkelketen"]))
    venster.toon(concept.policy)
    notities = venster.metadata.tekst("toelichting_opsteller")
    assert notities.startswith("Artikel 1 (Reikwijdte): ") and "volgt openbare sociale media" in notities
