"""Tracked changes, the changes pane, the reviewer role and the OR consent in the window."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog, QMessageBox

from editor import bewerken
from editor.revisions.instemming import is_verouderd
from editor.revisions.lijst import alle_wijzigingen
from editor.settings import Voorkeuren, bewaar_voorkeuren, laad_voorkeuren
from editor.ui.app import maak_venster
from editor.ui.main_window import MainWindow
from editor.ui.review import BesluitDialoog
from tests.ui.conftest import panelen_bij
from tests.helpers.document import fragmenten



def typ_aan_het_eind(qtbot, w: MainWindow, lid_id: str, tekst: str) -> None:
    """The cursor at the end of the lid in the document view, then typing."""
    ruimte = w.werkruimte
    eind = len(bewerken.lees_blok(ruimte.policy, "lid", lid_id))
    ruimte.ga_naar(lid_id, eind, eind)
    qtbot.keyClicks(ruimte.document, tekst)
    panelen_bij(qtbot, w)


def test_typing_with_tracking_on_shows_the_marks(qtbot, venster: MainWindow) -> None:
    ruimte = venster.werkruimte
    venster.review.actie_bijhouden.setChecked(True)
    lid = ruimte.policy.artikelen[1].leden[0]
    typ_aan_het_eind(qtbot, venster, lid.id, " Ook intern.")
    segmenten = ruimte.policy.revisies[lid.id]
    assert [(s.soort, s.tekst, s.auteur) for s in segmenten][-1] == ("insert", " Ook intern.", "Mr. A. Tester")
    assert next(f for t, f in fragmenten(ruimte.document, lid.id) if t == " Ook intern.").fontUnderline()
    # deleting words of the original marks them deleted; the document strikes them through
    tekst = bewerken.lees_blok(ruimte.policy, "lid", lid.id)
    begin = tekst.index("het belang van ")
    ruimte.ga_naar(lid.id, begin, begin + len("het belang van "))
    qtbot.keyClick(ruimte.document, Qt.Key.Key_Delete)
    panelen_bij(qtbot, venster)
    assert any(s.soort == "delete" and s.tekst == "het belang van " for s in ruimte.policy.revisies[lid.id])
    assert next(f for t, f in fragmenten(ruimte.document, lid.id) if t == "het belang van ").fontStrikeOut()
    rijen = [venster.review.wijzigingen.lijst.item(i).text() for i in range(venster.review.wijzigingen.lijst.count())]
    assert len(rijen) == 2 and "Mr. A. Tester" in rijen[0] and "artikel 2, lid 1" in rijen[0]
    while lid.id in ruimte.policy.revisies:
        venster.actie_undo.trigger()
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


def test_a_tracked_tab_is_one_change_named_in_words(qtbot, venster: MainWindow) -> None:
    ruimte = venster.werkruimte
    venster.review.actie_bijhouden.setChecked(True)
    lid = ruimte.policy.artikelen[2].leden[3]
    assert ruimte.ga_naar(lid.id, 0)
    qtbot.keyClick(ruimte.document, Qt.Key.Key_Tab)
    assert ruimte.policy.artikelen[2].leden[2].onderdelen[-1].id == lid.id
    panelen_bij(qtbot, venster)
    regels = [venster.review.wijzigingen.lijst.item(i).text() for i in range(venster.review.wijzigingen.lijst.count())]
    assert len(regels) == 1 and regels[0].startswith("→ ingesprongen lid · "), regels


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


def kies_frase(venster: MainWindow, blok_id: str, frase: str, keer: int = 1) -> int:
    """Select the `keer`-th occurrence of `frase` in the block, as the user drags over it; its offset."""
    ruimte = venster.werkruimte
    if callable(getattr(ruimte, "ga_naar", None)):
        tekst = bewerken.lees_blok(ruimte.policy, "lid", blok_id)
        begin = -1
        for _ in range(keer):
            begin = tekst.index(frase, begin + 1)
        ruimte.ga_naar(blok_id, begin, begin + len(frase))
        return begin
    ruimte.selecteer(blok_id)
    tekst, begin = ruimte.editor.toPlainText(), -1
    for _ in range(keer):
        begin = tekst.index(frase, begin + 1)
    cursor = ruimte.editor.textCursor()
    cursor.setPosition(begin)
    cursor.setPosition(begin + len(frase), QTextCursor.MoveMode.KeepAnchor)
    ruimte.editor.setTextCursor(cursor)
    return begin


def test_a_comment_on_a_selected_phrase_is_anchored_and_listed_with_its_place(qtbot, venster: MainWindow,
                                                                              monkeypatch) -> None:
    ruimte, paneel = venster.werkruimte, venster.review.opmerkingen
    lid = ruimte.policy.artikelen[2].leden[1]                    # artikel 3, tweede lid: "WerkSaam" twice
    begin = kies_frase(venster, lid.id, "WerkSaam", keer=2)
    vragen: list[str] = []
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda _o, _t, vraag, *a, **k: vragen.append(vraag) or ("Welke huisstijl?", True))
    venster.review.nieuwe_opmerking()
    assert vragen[0].endswith("Opmerking bij dit lid:") and "“WerkSaam”" in vragen[0]
    opmerking = ruimte.policy.opmerkingen[0]
    assert (opmerking.blok_id, opmerking.citaat, opmerking.begin) == (lid.id, "WerkSaam", begin)
    tekst = bewerken.lees_blok(ruimte.policy, "lid", lid.id)
    assert opmerking.anker(tekst) == (begin, begin + 8) and begin > tekst.index("WerkSaam")   # the second one
    regels = paneel.lijst.item(0).text().split("\n")
    assert regels[0] == "Artikel 3, tweede lid" and regels[1] == "“WerkSaam”" and regels[3] == "Welke huisstijl?"
    assert regels[2].startswith("Mr. A. Tester · ") and re.search(r"\d{1,2} [a-z]+ \d{4} \d{2}:\d{2}$", regels[2])
    # a reply shows its own time, indented under the comment
    paneel.lijst.setCurrentRow(0)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("De nieuwe, van 2024.", True))
    opmerking_id = opmerking.id
    paneel.beantwoord.emit(opmerking_id)
    regels = paneel.lijst.item(0).text().split("\n")
    assert re.fullmatch(r"    ↳ Mr\. A\. Tester · \d{1,2} [a-z]+ \d{4} \d{2}:\d{2}", regels[4])
    assert regels[5] == "      De nieuwe, van 2024."
    paneel.opgelost.emit(opmerking_id)
    assert ruimte.policy.opmerkingen[0].opgelost and paneel.lijst.item(0).text().startswith("Artikel 3, tweede lid · opgelost")


def test_clicking_a_comment_selects_its_phrase_and_the_cursor_chooses_the_comment(qtbot, venster: MainWindow,
                                                                                  monkeypatch) -> None:
    ruimte, paneel, review = venster.werkruimte, venster.review.opmerkingen, venster.review
    venster.review.docks[1].raise_()                              # the Opmerkingen pane in front
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Opmerking.", True))
    eerste, tweede = ruimte.policy.artikelen[2].leden[1], ruimte.policy.artikelen[1].leden[0]
    kies_frase(venster, eerste.id, "corporate identiteit")
    review.nieuwe_opmerking()
    kies_frase(venster, tweede.id, "sociale media")
    review.nieuwe_opmerking()
    # reading order: artikel 2 before artikel 3, whatever order they were written in
    assert [paneel.lijst.item(i).text().split("\n")[0] for i in range(2)] == ["Artikel 2, eerste lid", "Artikel 3, tweede lid"]
    paneel.lijst.setCurrentRow(1)
    keuze = review.gekozen()
    assert keuze[1] == eerste.id and keuze[2] == "corporate identiteit"
    kies_frase(venster, tweede.id, "belang")                      # the cursor in artikel 2: its comment is current
    assert paneel.lijst.currentRow() == 0


def test_comments_outside_the_artikelen_name_their_part_and_keep_reading_order(qtbot, venster: MainWindow) -> None:
    ruimte, paneel = venster.werkruimte, venster.review.opmerkingen
    policy = ruimte.policy
    lid = policy.artikelen[0].leden[0]
    for blok_id, citaat in ((lid.id, "iedere persoon"), (f"{policy.id}:slot", ""), ("titel", "WerkSaam"),
                            (policy.id, "")):
        tekst = bewerken.lees_blok(policy, {"titel": "titel", policy.id: "aanhef"}.get(blok_id, "lid" if blok_id == lid.id
                                                                                     else "ondertekening"), blok_id)
        begin = tekst.index(citaat) if citaat else None
        venster.bewerker.voer_uit(bewerken.voeg_opmerking_toe, blok_id, "Opmerking.", citaat, begin)
    koppen = [paneel.lijst.item(i).text().split("\n")[0] for i in range(paneel.lijst.count())]
    assert koppen == ["Titel", "Aanhef", "Artikel 1", "Vaststelling en ondertekening"]
    paneel.lijst.setCurrentRow(0)                                  # the title's phrase is selected
    assert venster.review.gekozen()[:3] == ("titel", "titel", "WerkSaam")


def test_the_comment_list_scrolls_along_with_the_document(qtbot, venster: MainWindow) -> None:
    """A side list aligned with the text: scrolling the document brings the comments of what is in sight
    to the top of the list."""
    ruimte, paneel = venster.werkruimte, venster.review.opmerkingen
    venster.resize(1024, 700)
    venster.review.docks[1].raise_()
    for artikel in ruimte.policy.artikelen:
        for lid in {artikel.leden[0].id: artikel.leden[0], artikel.leden[-1].id: artikel.leden[-1]}.values():
            venster.bewerker.voer_uit(bewerken.voeg_opmerking_toe, lid.id, "Opmerking bij " + artikel.kop, "", None)
    qtbot.waitUntil(lambda: paneel.lijst.verticalScrollBar().maximum() > 0)
    document = ruimte.document
    derde = ruimte.policy.artikelen[2]
    blok = document.document().findBlockByNumber(document.zoek(derde.leden[0].id))
    document.verticalScrollBar().setValue(int(document.document().documentLayout().blockBoundingRect(blok).top()))
    boven = paneel.lijst.itemAt(QPoint(8, 8))
    assert boven is not None and boven.text().startswith("Artikel 3, eerste lid\n")
    document.verticalScrollBar().setValue(0)                        # the title at the top: the first comment
    assert paneel.lijst.itemAt(QPoint(8, 8)).text().startswith("Artikel 1\n")


def test_the_place_of_a_comment_is_named_as_a_lawyer_cites_it() -> None:
    from editor.i18n import zet_taal
    from editor.model.verwijzingen import Plek
    from editor.bewerken.opmerkingen import plek_naam

    assert plek_naam(Plek(3, 2, 1)) == "Artikel 3, tweede lid, onder b"
    assert plek_naam(Plek(1, None, 0, 1)) == "Artikel 1, onder a, onder 2°"
    assert plek_naam(None) == "Buiten de artikelen"
    zet_taal("en")
    try:
        assert plek_naam(Plek(3, 2, 1)) == "Article 3(2)(b)"
    finally:
        zet_taal("nl")


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
    assert venster.werkruimte.document.textCursor().block().text().split("\t")[-1].startswith("Deze code treedt in werking")


def test_export_from_the_window_and_open_a_docx(qtbot, venster: MainWindow, tmp_path: Path) -> None:
    from docx import Document

    pad = tmp_path / "besluit.docx"
    assert venster.exporteer("docx", False, pad)
    assert Document(str(pad)).paragraphs[0].text == "Sociale media code WerkSaam Westfriesland"
    venster.open_sample("policy-bv")
    assert venster.open_path(pad)
    assert [a.kop for a in venster.werkruimte.policy.artikelen][0] == "Reikwijdte"
