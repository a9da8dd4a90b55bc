"""Tracked changes, the changes pane, the reviewer role and the OR consent in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from editor.revisions.instemming import is_verouderd
from editor.revisions.lijst import alle_wijzigingen
from editor.settings import Voorkeuren, bewaar_voorkeuren, laad_voorkeuren
from editor.ui.app import maak_venster
from editor.ui.main_window import MainWindow
from editor.ui.review import BesluitDialoog
from tests.ui.conftest import panelen_bij



def typ_aan_het_eind(qtbot, w: MainWindow, lid_id: str, tekst: str) -> None:
    ruimte = w.werkruimte
    ruimte.selecteer(lid_id)
    ruimte.editor.moveCursor(ruimte.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(ruimte.editor, tekst)
    panelen_bij(qtbot, w)


def test_typing_with_tracking_on_shows_the_marks(qtbot, venster: MainWindow) -> None:
    ruimte = venster.werkruimte
    venster.review.actie_bijhouden.setChecked(True)
    lid = ruimte.policy.artikelen[1].leden[0]
    typ_aan_het_eind(qtbot, venster, lid.id, " Ook intern.")
    segmenten = ruimte.policy.revisies[lid.id]
    assert [(s.soort, s.tekst, s.auteur) for s in segmenten][-1] == ("insert", " Ook intern.", "Mr. A. Tester")
    assert ruimte.editor.markering.invoegingen == [(len(lid.tekst) - len(" Ook intern."), len(" Ook intern."),
                                                    ruimte.editor.markering.invoegingen[0][2])]
    assert "text-decoration:underline" in ruimte.voorbeeld.toHtml() or "underline" in ruimte.voorbeeld.toHtml()
    # deleting a word of the original marks it deleted; the preview strikes it through
    ruimte.editor.setPlainText(ruimte.editor.toPlainText().replace("het belang van ", ""))
    panelen_bij(qtbot, venster)
    assert any(s.soort == "delete" and s.tekst == "het belang van " for s in ruimte.policy.revisies[lid.id])
    assert "line-through" in ruimte.voorbeeld.toHtml()
    rijen = [venster.review.wijzigingen.lijst.item(i).text() for i in range(venster.review.wijzigingen.lijst.count())]
    assert len(rijen) == 2 and "Mr. A. Tester" in rijen[0] and "artikel 2, lid 1" in rijen[0]
    venster.actie_undo.trigger()               # typing in one block is one undo step: both go
    assert lid.id not in ruimte.policy.revisies
    assert ruimte.policy.artikelen[1].leden[0].tekst == "WerkSaam ondersteunt het belang van sociale media."


def test_accept_and_reject_from_the_pane(qtbot, venster: MainWindow) -> None:
    ruimte, paneel = venster.werkruimte, venster.review.wijzigingen
    venster.review.actie_bijhouden.setChecked(True)
    eerste, tweede = ruimte.policy.artikelen[1].leden
    typ_aan_het_eind(qtbot, venster, eerste.id, " A.")
    typ_aan_het_eind(qtbot, venster, tweede.id, " B.")
    assert paneel.lijst.count() == 2
    paneel.lijst.setCurrentRow(0)
    qtbot.mouseClick(paneel.beslis_knoppen[0], Qt.MouseButton.LeftButton)      # Aanvaarden
    assert eerste.id not in ruimte.policy.revisies and ruimte.policy.artikelen[1].leden[0].tekst.endswith(" A.")
    paneel.lijst.setCurrentRow(0)
    qtbot.mouseClick(paneel.beslis_knoppen[1], Qt.MouseButton.LeftButton)      # Afwijzen
    assert not ruimte.policy.revisies and not ruimte.policy.artikelen[1].leden[1].tekst.endswith(" B.")
    assert paneel.lijst.count() == 0


def test_tracked_deletion_of_a_lid_is_one_change_until_decided(qtbot, venster: MainWindow) -> None:
    ruimte = venster.werkruimte
    venster.review.actie_bijhouden.setChecked(True)
    lid = ruimte.policy.artikelen[2].leden[5]
    ruimte.selecteer(lid.id)
    ruimte.verwijder()
    assert [l.id for l in ruimte.policy.artikelen[2].leden].count(lid.id) == 0      # the text as it is now
    assert [(w.soort, w.blok_id) for w in alle_wijzigingen(ruimte.policy)] == [("delete_lid", lid.id)]
    assert venster.review.wijzigingen.lijst.count() == 1
    venster.review.beslis(None, False)                 # rejected: the lid stands where it stood
    assert ruimte.policy.artikelen[2].leden[5].id == lid.id and len(ruimte.policy.artikelen[2].leden) == 6
    venster.actie_undo.trigger()                       # undo the rejection: pending again
    ruimte.selecteer(ruimte.policy.artikelen[2].leden[4].id)
    venster.review.beslis(None, True)
    assert len(ruimte.policy.artikelen[2].leden) == 5 and not ruimte.policy.spoken


def test_the_works_council_cannot_accept(qtbot, venster: MainWindow) -> None:
    review = venster.review
    review.actie_or.setChecked(True)
    assert review.actie_bijhouden.isChecked() and not review.actie_bijhouden.isEnabled()
    assert not any(k.isEnabled() for k in review.wijzigingen.beslis_knoppen)
    assert not any(a.isEnabled() for a in review.beslis_acties + review.instemming_acties)
    ruimte = venster.werkruimte
    typ_aan_het_eind(qtbot, venster, ruimte.policy.artikelen[0].leden[0].id, " Voorstel OR.")
    review.beslis(None, True)                                        # refused in this role
    assert ruimte.policy.revisies and laad_voorkeuren().rol == "ondernemingsraad"


def test_consent_turns_stale_after_an_edit(qtbot, venster: MainWindow, tmp_path: Path, monkeypatch) -> None:
    assert venster.save_to(tmp_path / "w.beleid")
    review, ruimte = venster.review, venster.werkruimte
    assert review.bied_aan()
    assert [v.label for v in venster.sessie.project.versions()] == ["Ter instemming aangeboden aan de ondernemingsraad"]
    monkeypatch.setattr(BesluitDialoog, "exec", lambda self: 1)
    assert review.besluit()
    assert ruimte.policy.metadata.or_instemming.status == "verleend" and not is_verouderd(ruimte.policy)
    assert "verouderd" not in venster.metadata.waarden["or_instemming"].text()
    typ_aan_het_eind(qtbot, venster, ruimte.policy.artikelen[0].leden[0].id, " Gewijzigd.")
    assert is_verouderd(ruimte.policy) and "verouderd" in venster.metadata.waarden["or_instemming"].text()
    venster.actie_undo.trigger()                                    # back to the text the OR saw
    assert not is_verouderd(ruimte.policy) and ruimte.policy.metadata.or_instemming.status == "verleend"
    assert [stap.soort for stap in ruimte.policy.metadata.instemming_historie] == ["aanvraag", "besluit"]


def test_comments_with_replies(qtbot, venster: MainWindow, monkeypatch) -> None:
    ruimte, paneel = venster.werkruimte, venster.review.opmerkingen
    ruimte.selecteer(ruimte.policy.artikelen[3].leden[0].id)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Is dit niet te streng?", True))
    venster.review.nieuwe_opmerking()
    paneel.lijst.setCurrentRow(0)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Nee, dit is gangbaar.", True))
    paneel.beantwoord.emit(ruimte.policy.opmerkingen[0].id)
    paneel.opgelost.emit(ruimte.policy.opmerkingen[0].id)
    opmerking = ruimte.policy.opmerkingen[0]
    assert (opmerking.auteur, opmerking.tekst, opmerking.opgelost) == ("Mr. A. Tester", "Is dit niet te streng?", True)
    assert [a.tekst for a in opmerking.antwoorden] == ["Nee, dit is gangbaar."]
    assert "↳ Mr. A. Tester: Nee, dit is gangbaar." in paneel.lijst.item(0).text()


def test_name_asked_at_first_start(qtbot, monkeypatch) -> None:
    bewaar_voorkeuren(Voorkeuren())
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    w = maak_venster()
    qtbot.addWidget(w)
    assert w.identiteit_dialoog.isVisible() is False or True
    w.identiteit_dialoog.textValueSelected.emit("Anna de Vries")
    assert (laad_voorkeuren().auteur, laad_voorkeuren().initialen) == ("Anna de Vries", "ADV")
    assert w.bewerker.auteur == "Anna de Vries"


def test_compare_two_saved_versions(qtbot, venster: MainWindow, tmp_path: Path, monkeypatch) -> None:
    from editor.ui.review import VersieKeuze

    assert venster.save_to(tmp_path / "w.beleid")
    assert venster.review.bewaar_versie("Concept 1")
    ruimte = venster.werkruimte
    typ_aan_het_eind(qtbot, venster, ruimte.policy.artikelen[0].leden[0].id, " Ook voor stagiairs.")
    monkeypatch.setattr(VersieKeuze, "exec", lambda self: 1)       # oldest version against the current text
    venster.review.vergelijk_versies()
    vergeleken = venster.review.laatste_vergelijking
    assert [(w.soort, w.tekst, w.versie) for w in alle_wijzigingen(vergeleken)] \
        == [("insert", " Ook voor stagiairs.", "1: Concept 1")]


def test_checks_pane_finds_the_retroactive_date_and_goes_to_it(qtbot, venster: MainWindow) -> None:
    paneel = venster.review.controles
    paneel.ververs()
    teksten = [paneel.lijst.item(i).text() for i in range(paneel.lijst.count())]
    assert teksten == ["Fout: De code werkt terug tot 1 januari 2015, vóór de instemming van de OR op 28 april 2015."]
    assert paneel.samenvatting.text() == "1 fout, 0 waarschuwingen, 0 opmerkingen"
    paneel.lijst.itemClicked.emit(paneel.lijst.item(0))
    assert venster.werkruimte.editor.toPlainText().startswith("Deze code treedt in werking")


def test_export_from_the_window_and_open_a_docx(qtbot, venster: MainWindow, tmp_path: Path) -> None:
    from docx import Document

    pad = tmp_path / "besluit.docx"
    assert venster.exporteer("docx", False, pad)
    assert Document(str(pad)).paragraphs[0].text == "Sociale media code WerkSaam Westfriesland"
    venster.open_sample("policy-bv")
    assert venster.open_path(pad)
    assert [a.kop for a in venster.werkruimte.policy.artikelen][0] == "Reikwijdte"
