"""Issue 14, never lose work: opening another document or quitting over unsaved work asks Opslaan / Niet
opslaan / Annuleren (the real dialog, each answer), the title's "*" and the status bar follow the real
state, focus goes where the user types next, deleting asks first and the view stays there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from editor.store import ProjectBestand
from editor.ui import onopgeslagen, workspace
from editor.ui.main_window import MainWindow
from editor.ui.placeholder_dialog import PlaatshouderDialoog
from tests.helpers.dialogen import beantwoord, kies_bestand

ECHTE_VRAAG = onopgeslagen.vraag_opslaan              # before the fixtures answer it
ECHT_BEVESTIGEN = workspace.bevestig_verwijderen
SCHERMEN = Path("/tmp/beleidsstudio-schermen")


def typ(qtbot, venster: MainWindow, tekst: str) -> None:
    ruimte = venster.werkruimte
    ruimte.selecteer(ruimte.policy.artikelen[0].leden[0].id)
    qtbot.keyClicks(ruimte.document, tekst)


def test_quitting_an_edited_sample_asks_and_each_answer_does_what_it_says(qtbot, venster, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(onopgeslagen, "vraag_opslaan", ECHTE_VRAAG)
    assert not venster.isWindowModified()               # a sample as opened: nothing to ask
    typ(qtbot, venster, "Getypt: ")
    assert venster.isWindowModified()
    gezien: list[str] = []
    beantwoord("Annuleren", "opslaan_vraag", gezien, SCHERMEN / "opslaan_vraag.png")
    assert not venster.close() and venster.isVisible()
    assert "Wilt u de wijzigingen in Sociale media code WerkSaam Westfriesland opslaan?" in gezien[0]
    assert set(gezien[0].rsplit("\n", 1)[1].split(" | ")) == {"Opslaan", "Niet opslaan", "Annuleren"}
    assert venster.werkruimte.policy.artikelen[0].leden[0].tekst.startswith("Getypt: ")
    beantwoord("Opslaan", "opslaan_vraag")
    kies_bestand(tmp_path / "bewaard.beleid")
    assert venster.close()
    with ProjectBestand.open(tmp_path / "bewaard.beleid") as project:
        assert project.load().artikelen[0].leden[0].tekst.startswith("Getypt: ")


def test_niet_opslaan_closes_and_writes_nothing(qtbot, venster, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(onopgeslagen, "vraag_opslaan", ECHTE_VRAAG)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked where")))
    typ(qtbot, venster, "Weg: ")
    beantwoord("Niet opslaan", "opslaan_vraag")
    assert venster.close() and not venster.isVisible()


def test_saving_cancelled_in_the_file_dialog_keeps_the_window(qtbot, venster, monkeypatch) -> None:
    monkeypatch.setattr(onopgeslagen, "vraag_opslaan", lambda *_: onopgeslagen.OPSLAAN)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    typ(qtbot, venster, "Getypt: ")
    assert not venster.close() and venster.isVisible()
    monkeypatch.setattr(onopgeslagen, "vraag_opslaan", lambda *_: onopgeslagen.VERWERPEN)


def test_opening_a_sample_the_questionnaire_or_a_file_over_edits_asks(qtbot, venster, opslaanvragen, monkeypatch) -> None:
    assert venster.open_sample("policy-bv") and opslaanvragen == []        # nothing typed: nothing asked
    typ(qtbot, venster, "Getypt: ")
    monkeypatch.setattr(onopgeslagen, "vraag_opslaan", lambda *_: onopgeslagen.ANNULEREN)
    geopend: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: geopend.append(a[2]) or ("", ""))
    assert not venster.open_sample("werksaam")
    assert not venster.vragenlijst()                                       # the wizard never opened
    venster.kies_en_open()
    venster.open_recent(Path("/bestaat/niet.beleid"))
    assert geopend == [] and venster.werkruimte.policy.artikelen[0].leden[0].tekst.startswith("Getypt: ")
    monkeypatch.setattr(onopgeslagen, "vraag_opslaan", lambda *_: onopgeslagen.VERWERPEN)
    assert venster.open_sample("werksaam") and not venster.isWindowModified()
    venster.kies_en_open()
    assert geopend and Path(geopend[0]).is_dir()             # the dialog starts in the documents folder


def test_a_questionnaire_draft_counts_as_unsaved_work(qtbot, venster, opslaanvragen) -> None:
    venster._concept = True                             # as vragenlijst() leaves its draft (tests/ui/test_wizard.py)
    venster._werk_ster_bij()
    assert venster.isWindowModified() and "Niet opgeslagen" in venster.statusbalk.opgeslagen.text()
    assert venster.open_sample("werksaam") and len(opslaanvragen) == 1


def test_the_star_and_the_status_bar_follow_the_autosave(qtbot, venster, tmp_path) -> None:
    assert venster.save_to(tmp_path / "w.beleid") and not venster.isWindowModified()
    typ(qtbot, venster, "Nieuw: ")
    assert venster.isWindowModified()
    qtbot.waitUntil(lambda: not venster.isWindowModified(), timeout=3000)   # the autosave wrote it
    assert venster.statusbalk.opgeslagen.text() == "Opgeslagen"
    assert "w.beleid" in venster.windowTitle()


def test_status_bar_counts_and_the_tracking_indicator(qtbot, venster) -> None:
    qtbot.waitUntil(lambda: venster.review.controles.fouten is not None, timeout=3000)
    tekst = venster.statusbalk.tellingen.text()
    assert tekst.startswith("8 artikelen · ") and " leden · 0 open wijzigingen · " in tekst
    assert tekst.endswith((" fout", " fouten"))
    assert venster.statusbalk.modus.text() == "Wijzigingen bijhouden: uit · Rol: opsteller"
    venster.review.actie_bijhouden.setChecked(True)
    assert venster.statusbalk.modus.text() == "Wijzigingen bijhouden: aan · Rol: opsteller"
    venster.structuur_acties[0].trigger()                          # Nieuw artikel, tracked
    qtbot.waitUntil(lambda: venster.statusbalk.tellingen.text().startswith("9 artikelen"), timeout=3000)
    assert "1 open wijziging · " in venster.statusbalk.tellingen.text()
    venster.review.actie_or.setChecked(True)
    assert venster.statusbalk.modus.text() == "Wijzigingen bijhouden: aan · Rol: ondernemingsraad"
    venster.review.actie_or.setChecked(False)


def test_new_artikel_puts_the_cursor_in_its_kop_and_enter_goes_on_to_its_lid(qtbot, venster) -> None:
    venster.activateWindow()
    ruimte = venster.werkruimte
    ruimte.selecteer(ruimte.policy.artikelen[2].id)
    ruimte.tree.setFocus()
    venster.structuur_acties[0].trigger()                          # Nieuw artikel
    qtbot.waitUntil(ruimte.document.hasFocus, timeout=2000)
    assert ruimte.document.textCursor().selectedText() == "Nieuw artikel"
    qtbot.keyClicks(ruimte.document, "Thuiswerken")
    assert ruimte.policy.artikelen[3].kop == "Thuiswerken"
    qtbot.keyClick(ruimte.document, Qt.Key.Key_Return)
    assert ruimte.huidig == ("lid", ruimte.policy.artikelen[3].leden[0].id) and ruimte.document.hasFocus()
    qtbot.keyClicks(ruimte.document, "Thuis geldt deze code ook.")
    assert ruimte.policy.artikelen[3].leden[0].tekst == "Thuis geldt deze code ook."


def test_deleting_an_artikel_asks_first_and_the_view_stays_there(qtbot, venster, monkeypatch) -> None:
    monkeypatch.setattr(workspace, "bevestig_verwijderen", ECHT_BEVESTIGEN)
    ruimte = venster.werkruimte
    vijfde = ruimte.policy.artikelen[4]
    ruimte.selecteer(vijfde.id)
    gezien: list[str] = []
    beantwoord("Annuleren", "verwijdervraag", gezien, SCHERMEN / "verwijdervraag.png")
    venster.structuur_acties[2].trigger()
    assert len(ruimte.policy.artikelen) == 8 and gezien[0].startswith("Artikel 5. ")
    assert "Het artikel en zijn 3 leden worden verwijderd." in gezien[0]
    beantwoord("Verwijderen", "verwijdervraag")
    venster.structuur_acties[2].trigger()
    assert len(ruimte.policy.artikelen) == 7 and vijfde not in ruimte.policy.artikelen
    assert ruimte.huidig == ("artikel", ruimte.policy.artikelen[3].id)       # artikel 4, not artikel 1


def test_an_empty_lid_goes_without_asking_one_with_text_asks(qtbot, venster, verwijdervragen) -> None:
    ruimte = venster.werkruimte
    ruimte.selecteer(ruimte.policy.artikelen[1].leden[0].id)
    venster.structuur_acties[1].trigger()                          # Nieuw lid: empty
    leeg = ruimte.huidig[1]
    venster.structuur_acties[2].trigger()
    assert verwijdervragen == [] and all(lid.id != leeg for lid in ruimte.policy.artikelen[1].leden)
    ruimte.selecteer(ruimte.policy.artikelen[1].leden[0].id)
    venster.structuur_acties[2].trigger()
    assert verwijdervragen == ["Dit lid verwijderen?"]


def test_placeholder_dialog_takes_the_typed_name_and_enter_is_ok(qtbot, venster) -> None:
    dialoog = PlaatshouderDialoog(venster.werkruimte.policy, venster)
    qtbot.addWidget(dialoog)
    dialoog.show()
    dialoog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialoog.organisatie, timeout=2000)
    qtbot.keyClicks(QApplication.focusWidget(), "Gemeente Hoorn")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialoog.result() == QDialog.DialogCode.Accepted and dialoog.organisatie.text().endswith("Gemeente Hoorn")
