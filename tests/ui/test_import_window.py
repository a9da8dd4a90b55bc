"""Real regulations in through the window (issue 15): the import report, and one door for documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from editor.formats.docx_export import schrijf_besluit
from editor.samples import load_sample
from tests.conftest import ROOT
from tests.helpers.dialogen import kies_bestand

REAL = ROOT / "tests" / "data" / "real"


def test_opening_a_published_text_shows_what_was_not_placed(qtbot, venster, tmp_path: Path) -> None:
    assert venster.open_path(REAL / "ez_beleidsregels_privacy_internet_email_2002.txt")
    assert venster.policy.titel == "Beleidsregels privacy Internet- en e-mailgebruik EZ"
    rapport = venster.importrapport
    assert isinstance(rapport, QMessageBox) and rapport.isVisible()
    assert rapport.text().startswith("Niet in de tekst geplaatst (1 regel;")
    assert rapport.detailedText() == "'s-Gravenhage"           # the place of signing: no field holds it
    venster.grab().save(str(tmp_path / "venster.png"))
    rapport.grab().save(str(tmp_path / "rapport.png"))
    rapport.close()
    assert venster.open_path(REAL / "werksaam_2017.txt") and venster.importrapport is None   # every line placed


def test_open_dialog_offers_every_kind_the_table_reads(qtbot, venster, monkeypatch) -> None:
    gezien: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                        lambda _o, _t, _d, filters: (gezien.append(filters), ("", ""))[1])
    venster.kies_en_open()
    assert gezien and all(s in gezien[0] for s in ("*.beleid", "*.docx", "*.txt", "*.md"))


def test_compare_chooser_reads_a_docx_as_the_command_line_does(qtbot, venster, tmp_path: Path) -> None:
    docx = tmp_path / "werksaam.docx"
    schrijf_besluit(load_sample("werksaam"), docx)
    view = venster.vergelijk_view
    kies_bestand(docx)
    view._voeg_bestand_toe()
    assert view.rechts.currentText() == "werksaam.docx"
    policy = view.rechts.currentData()()
    assert policy.titel == "Sociale media code WerkSaam Westfriesland" and len(policy.artikelen) == 8
