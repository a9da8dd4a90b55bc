"""The cross-reference picker (Ctrl+K) on real widgets: the tree, the filter with the focus, Enter, Escape,
and the reference it leads to through the operation."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from editor import bewerken
from editor.model.document import Artikel, Lid, Policy
from editor.ui.verwijzing_kiezer import VerwijzingKiezer, kies_verwijzing


def regeling() -> Policy:
    return Policy("Gedragscode sociale media", artikelen=[
        Artikel("Begrippen", [Lid("In deze regeling wordt verstaan onder medewerker: ieder die arbeid verricht.")],
                leden_genummerd=None),
        Artikel("Gebruik van sociale media", [Lid("Medewerkers zijn zelf verantwoordelijk."),
                                              Lid("Vertrouwelijke informatie wordt niet gedeeld."),
                                              Lid("De leidinggevende kan toestemming geven.")], leden_genummerd=None),
        Artikel("Slotbepaling", [Lid("Deze regeling treedt in werking op 1 januari 2027.")], leden_genummerd=None),
    ])


def zichtbaar(kiezer: VerwijzingKiezer) -> list[str]:
    uit = []
    for i in range(kiezer.boom.topLevelItemCount()):
        artikel = kiezer.boom.topLevelItem(i)
        if artikel.isHidden():
            continue
        uit.append(artikel.text(0))
        uit += ["  " + artikel.child(j).text(0) for j in range(artikel.childCount()) if not artikel.child(j).isHidden()]
    return uit


def test_the_tree_lists_artikelen_and_their_numbered_leden_and_the_filter_has_the_focus(qtbot) -> None:
    policy = regeling()
    kiezer = VerwijzingKiezer(policy, policy.artikelen[0].leden[0].id)
    qtbot.addWidget(kiezer)
    kiezer.show()
    qtbot.waitExposed(kiezer)
    assert zichtbaar(kiezer) == ["Artikel 1 Begrippen", "Artikel 2 Gebruik van sociale media", "  eerste lid",
                                 "  tweede lid", "  derde lid", "Artikel 3 Slotbepaling"]
    assert kiezer.focusWidget() is kiezer.filter      # what typing reaches when the dialog opens
    assert kiezer.gekozen() == policy.artikelen[0].id
    assert kiezer.voorbeeld.text() == "Wordt ingevoegd als: artikel 1"


def test_typing_filters_and_enter_takes_the_first_match(qtbot) -> None:
    policy = regeling()
    kiezer = VerwijzingKiezer(policy, policy.artikelen[0].leden[0].id)
    qtbot.addWidget(kiezer)
    kiezer.show()
    qtbot.keyClicks(kiezer.filter, "vertrouw")
    assert zichtbaar(kiezer) == ["Artikel 2 Gebruik van sociale media", "  tweede lid"]
    assert kiezer.voorbeeld.text() == "Wordt ingevoegd als: artikel 2, tweede lid"
    qtbot.keyClick(kiezer.filter, Qt.Key.Key_Return)
    assert kiezer.result() == VerwijzingKiezer.DialogCode.Accepted
    assert kiezer.gekozen() == policy.artikelen[1].leden[1].id


def test_a_number_finds_that_artikel_with_its_leden_and_arrow_keys_move_from_the_filter(qtbot) -> None:
    policy = regeling()
    kiezer = VerwijzingKiezer(policy, None)
    qtbot.addWidget(kiezer)
    kiezer.show()
    qtbot.keyClicks(kiezer.filter, "2")
    assert zichtbaar(kiezer) == ["Artikel 2 Gebruik van sociale media", "  eerste lid", "  tweede lid", "  derde lid"]
    qtbot.keyClick(kiezer.filter, Qt.Key.Key_Down)
    qtbot.keyClick(kiezer.filter, Qt.Key.Key_Down)
    assert kiezer.gekozen() == policy.artikelen[1].leden[1].id
    kiezer.filter.clear()
    qtbot.keyClicks(kiezer.filter, "soc med derde")
    assert zichtbaar(kiezer) == ["Artikel 2 Gebruik van sociale media", "  derde lid"]
    qtbot.keyClicks(kiezer.filter, " xyz")
    assert zichtbaar(kiezer) == [] and kiezer.gekozen() is None
    assert not kiezer.knoppen.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert kiezer.voorbeeld.text() == "Niets gevonden."
    qtbot.keyClick(kiezer.filter, Qt.Key.Key_Return)        # nothing to take: the dialog stays open
    assert kiezer.isVisible()


def test_the_block_itself_is_not_offered(qtbot) -> None:
    policy = regeling()
    kiezer = VerwijzingKiezer(policy, policy.artikelen[1].leden[2].id)
    qtbot.addWidget(kiezer)
    assert zichtbaar(kiezer)[1:5] == ["Artikel 2 Gebruik van sociale media", "  eerste lid", "  tweede lid",
                                      "Artikel 3 Slotbepaling"]


def _antwoord(qtbot, toetsen) -> None:
    """Type into the picker once it is open (kies_verwijzing runs it modally)."""
    def doe() -> None:
        kiezer = QApplication.activeModalWidget()
        assert isinstance(kiezer, VerwijzingKiezer)
        toetsen(kiezer)
    QTimer.singleShot(0, doe)


def test_kies_verwijzing_returns_the_id_and_the_operation_inserts_the_reference(qtbot) -> None:
    policy = regeling()
    lid = policy.artikelen[0].leden[0]

    def kies(kiezer) -> None:
        qtbot.keyClicks(kiezer.filter, "artikel 2 tweede")
        qtbot.keyClick(kiezer.filter, Qt.Key.Key_Return)
    _antwoord(qtbot, kies)
    doel = kies_verwijzing(None, policy, lid.id)
    assert doel == policy.artikelen[1].leden[1].id
    getoond = bewerken.lees_blok(policy, "lid", lid.id)
    positie = getoond.index("ieder")
    bewerken.voeg_verwijzing_in(policy, bewerken.Context("A", bijhouden=True), lid.id, positie, doel)
    assert bewerken.lees_blok(policy, "lid", lid.id) == (
        "In deze regeling wordt verstaan onder medewerker: artikel 2, tweede lid ieder die arbeid verricht.")


def test_escape_cancels(qtbot) -> None:
    policy = regeling()
    _antwoord(qtbot, lambda kiezer: qtbot.keyClick(kiezer.filter, Qt.Key.Key_Escape))
    assert kies_verwijzing(None, policy, policy.artikelen[0].leden[0].id) is None
