"""The questionnaire walked page by page to the opened draft."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from editor.ui.app import maak_venster
from editor.ui.wizard_dialog import VragenlijstWizard


def test_walk_the_wizard_to_the_opened_draft(qtbot, monkeypatch, tmp_path: Path, opslaanvragen) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    venster = maak_venster()
    qtbot.addWidget(venster)
    venster.show()
    wizard = VragenlijstWizard(venster)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()       # a name is required
    qtbot.keyClicks(wizard.naam, "Zorggroep Noord")
    wizard.rechtsvorm.setCurrentIndex(wizard.rechtsvorm.findData("stichting"))
    wizard.medewerkers.setValue(320)
    schermen = [wizard.grab()]
    wizard.next()
    wizard.sector.setCurrentIndex(wizard.sector.findData("zorg"))
    wizard.zorgen["privacy"].setChecked(True)
    wizard.zorgen["crisis"].setChecked(True)
    schermen.append(wizard.grab())
    wizard.next()
    wizard.aanspreekpunt.setCurrentIndex(wizard.aanspreekpunt.findData("hr"))
    schermen.append(wizard.grab())
    wizard.next()
    gevolgen = wizard.currentPage().tekst.toPlainText()
    assert "Met 320 medewerkers is een ondernemingsraad verplicht" in gevolgen and "WOR art. 27" in gevolgen
    schermen.append(wizard.grab())
    wizard.next()
    concept = wizard.currentPage().tekst.toPlainText()
    assert "Gedragscode sociale media Zorggroep Noord" in concept and "Waarom: De sector: zorg." in concept
    assert "Artikel 1. Reikwijdte" in concept and "\n1. Deze code is van toepassing" in concept
    assert re.search(r"\nArtikel \d+\. Citeertitel\n", concept) and "U noemde" not in concept
    schermen.append(wizard.grab())
    for i, scherm in enumerate(schermen, start=1):
        assert scherm.save(str(tmp_path / f"pagina{i}.png"))
    monkeypatch.setattr(VragenlijstWizard, "exec", lambda self: 1)
    monkeypatch.setattr(VragenlijstWizard, "__init__", lambda self, parent=None: None)
    monkeypatch.setattr(VragenlijstWizard, "concept", wizard.concept, raising=False)
    assert venster.vragenlijst()
    policy = venster.werkruimte.policy
    assert policy.aanhef.orgaan == "Het bestuur van Zorggroep Noord"
    assert any(a.kop == "Crisis- en incidentcommunicatie" for a in policy.artikelen)
    assert venster.isWindowModified() and venster.pad is None
    meldingen = [venster.review.controles.lijst.item(i).text() for i in range(venster.review.controles.lijst.count())]
    assert any("OR" in m and "ingestemd" in m for m in meldingen), meldingen
