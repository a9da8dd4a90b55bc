"""The compare report prints as a document (issue 13, item 5): header row repeated, page numbers,
Dutch labels, A4, and in HTML the text columns get the width."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from docx import Document

from editor.compare import compare_policies
from editor.compare.report import als_html
from editor.formats.compare_docx import schrijf_vergelijking
from editor.i18n import zet_taal
from editor.samples import load_sample


def resultaat():
    zet_taal("nl")
    return compare_policies(load_sample("policy-bv"), load_sample("werksaam"))


def test_word_report_repeats_its_header_and_numbers_its_pages(tmp_path: Path) -> None:
    pad = tmp_path / "r.docx"
    schrijf_vergelijking(resultaat(), pad)
    doc = Document(str(pad))
    tabel = doc.tables[0]
    kop = tabel.rows[0]._tr
    assert kop.find(".//{*}tblHeader") is not None and kop.find(".//{*}cantSplit") is not None
    assert tabel.rows[0].cells[0].text == "Links: Voorbeeld gedragscode sociale media"
    assert tabel.rows[0].cells[1].text == "Rechts: Sociale media code WerkSaam Westfriesland"
    sectie = doc.sections[0]
    assert (round(sectie.page_width.cm, 1), round(sectie.page_height.cm, 1)) == (29.7, 21.0)       # A4 landscape
    assert "PAGE" in sectie.footer._element.xml and "NUMPAGES" in sectie.footer._element.xml
    with zipfile.ZipFile(pad) as z:
        assert re.search(r'compatibilityMode"[^>]*w:val="15"', z.read("word/settings.xml").decode())
        assert not any(b"python-docx" in z.read(n) or b"Macintosh" in z.read(n) for n in z.namelist())
    assert doc.core_properties.language == "nl-NL"


def test_html_report_gives_the_text_columns_the_width() -> None:
    html = als_html(resultaat())
    assert '<colgroup><col class="ref"><col><col class="ref"><col></colgroup>' in html
    assert "col.ref { width: 9em; }" in html and "table-layout: fixed" in html
    assert re.search(r"<thead><tr><th>Plaats</th><th>Links: Voorbeeld gedragscode", html)
    assert "@page { size: A4 landscape" in html and 'counter(page) " van " counter(pages)' in html
    assert '<html lang="nl">' in html
