"""Word out and in: the besluit, redlines with native revisions, import of reviewed files."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from editor.errors import BestandFout
from editor.formats.docx_export import schrijf_besluit
from editor.formats.docx_import import importeer_docx
from editor.formats.slotbepalingen import slotartikelen
from editor.formats.pdf import converteer, soffice
from editor.formats.text_export import render_text
from editor.model.metadata import InstemmingStatus, Rechtsvorm
from editor.model.opmerkingen import Opmerking
from editor.bewerken import Context, bewerk_tekst
from editor.revisions.lijst import alle_wijzigingen


def bewerk(policy, tekst_id: str, nieuw: str, auteur: str, tijd: str) -> None:
    bewerk_tekst(policy, Context(auteur, True, tijd=tijd), tekst_id, nieuw)
from editor.samples import load_sample

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
libreoffice = pytest.mark.skipif(soffice() is None, reason="LibreOffice is installed by .ci/run")


def met_wijzigingen():
    policy = load_sample("werksaam")
    lid = policy.artikelen[3].leden[1]
    bewerk(policy, lid.id, lid.tekst.replace("vertrouwelijke informatie", "vertrouwelijke of persoonsgebonden informatie"),
           "Mr. J. de Vries", "2026-03-01T10:00:00+00:00")
    bewerk(policy, policy.artikelen[1].leden[0].id, "WerkSaam ondersteunt sociale media.", "OR (A. Jansen)",
           "2026-03-02T09:30:00+00:00")
    policy.opmerkingen.append(Opmerking(lid.id, "OR (A. Jansen)", "2026-03-02T11:00:00", "Is dit niet te ruim?"))
    return policy


def test_besluit_structure(tmp_path: Path) -> None:
    pad = tmp_path / "werksaam.docx"
    schrijf_besluit(load_sample("werksaam"), pad)
    doc = Document(str(pad))
    teksten = [(p.style.name, p.text) for p in doc.paragraphs if p.text]
    assert teksten[0] == ("Title", "Sociale media code WerkSaam Westfriesland")
    assert teksten[1][1] == "Het dagelijks bestuur van WerkSaam Westfriesland;"
    assert teksten[2][1] == "gezien de instemming van de ondernemingsraad van 28 april 2015;"
    # "Artikel 4." and "2." are Word list numbers (word/numbering.xml), not typed text: tests/formats/test_word_nummering.py
    assert ("Heading 2", "Sociale media op de werkvloer") in teksten
    assert ("List Paragraph", "Het is medewerkers toegestaan om kennis en informatie te delen, mits het geen vertrouwelijke "
            "informatie betreft en het de belangen van WerkSaam niet schaadt.") in teksten
    assert [t for _, t in teksten[-4:]] == ["De voorzitter,", "A.J. de Jong", "De directeur,", "M.J. Dölle"]
    assert "b e s l u i t :" in [t for _, t in teksten]
    sectie = doc.sections[0]
    assert (round(sectie.page_width.cm, 1), round(sectie.page_height.cm, 1)) == (21.0, 29.7)
    assert doc.core_properties.title == "Sociale media code WerkSaam Westfriesland"
    with zipfile.ZipFile(pad) as z:
        custom = z.read("docProps/custom.xml").decode()
        styles = z.read("word/styles.xml").decode()
    assert "28 april 2015" in custom and "13 april 2017" in custom and re.search(r"Vingerafdruk.*[0-9a-f]{64}", custom)
    assert 'w:val="nl-NL"' in styles


def test_generated_inwerkingtreding_and_citeertitel_for_a_bv(tmp_path: Path) -> None:
    policy = load_sample("policy-bv")
    policy.metadata.or_instemming.status, policy.metadata.or_instemming.datum = InstemmingStatus.VERLEEND, "2026-02-10"
    policy.metadata.inwerkingtreding.terugwerkend_tot = "2026-02-15"
    policy.citeertitel = "Gedragscode sociale media Policy BV"
    pad = tmp_path / "bv.docx"
    schrijf_besluit(policy, pad)
    teksten = [p.text for p in Document(str(pad)).paragraphs]
    assert policy.metadata.rechtsvorm is Rechtsvorm.BV and "De directie van Policy BV," in teksten
    assert "gezien de instemming van de ondernemingsraad van 10 februari 2026;" in teksten
    assert "Inwerkingtreding" in teksten and "Citeertitel" in teksten       # "Artikel 4." is Word's list number
    gelezen = importeer_docx(pad)      # the generated artikelen come back as the metadata they were written from
    assert [a.kop for a in gelezen.artikelen] == [a.kop for a in policy.artikelen]
    assert [kop for kop, _ in slotartikelen(gelezen)] == ["Inwerkingtreding", "Citeertitel"]
    assert ("Deze regeling treedt in werking met ingang van de dag na die van de bekendmaking en werkt terug tot en met "
            "15 februari 2026.") in teksten
    assert "Deze regeling wordt aangehaald als: Gedragscode sociale media Policy BV." in teksten


def revisies(pad: Path) -> list[tuple[str, str, str]]:
    with zipfile.ZipFile(pad) as z:
        wortel = etree.fromstring(z.read("word/document.xml"))
    return [(etree.QName(e).localname, e.get(f"{W}author"), "".join(t.text or "" for t in e.iter(f"{W}t", f"{W}delText")))
            for e in wortel.iter(f"{W}ins", f"{W}del")]


def test_redline_has_native_revisions_and_comments(tmp_path: Path) -> None:
    pad = tmp_path / "redline.docx"
    schrijf_besluit(met_wijzigingen(), pad, revisies=True)
    assert revisies(pad) == [("del", "OR (A. Jansen)", "het belang van "),
                             ("ins", "Mr. J. de Vries", "of persoonsgebonden ")]
    with zipfile.ZipFile(pad) as z:
        assert "Is dit niet te ruim?" in z.read("word/comments.xml").decode()
    schoon = tmp_path / "schoon.docx"
    schrijf_besluit(met_wijzigingen(), schoon)
    assert revisies(schoon) == []


def test_redline_reimports_with_authors_and_dates(tmp_path: Path) -> None:
    pad = tmp_path / "redline.docx"
    schrijf_besluit(met_wijzigingen(), pad, revisies=True)
    terug = importeer_docx(pad)
    assert [len(a.leden) for a in terug.artikelen] == [1, 2, 6, 9, 3, 8, 2, 1]
    assert [(w.soort, w.auteur, w.datum, w.artikel, w.lid, w.tekst) for w in alle_wijzigingen(terug)] == [
        ("delete", "OR (A. Jansen)", "2026-03-02T09:30:00Z", 2, 1, "het belang van "),
        ("insert", "Mr. J. de Vries", "2026-03-01T10:00:00Z", 4, 2, "of persoonsgebonden ")]
    assert [(o.auteur, o.tekst) for o in terug.opmerkingen] == [("OR (A. Jansen)", "Is dit niet te ruim?")]
    assert terug.metadata.or_instemming.datum == "2015-04-28" and terug.metadata.vaststelling.datum == "2017-04-13"


@pytest.mark.parametrize("inhoud, woord", [
    (b"geen zip", "geen geldig Word-bestand"),
    ("doctype", "DOCTYPE"),
    ("kapot", "ongeldige XML"),
    ("bom", "zip-bom"),
])
def test_hostile_files_are_refused(tmp_path: Path, inhoud, woord: str) -> None:
    pad = tmp_path / "x.docx"
    if inhoud == "doctype":
        _zip(pad, {"word/document.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'})
    elif inhoud == "kapot":
        _zip(pad, {"word/document.xml": b"<w:document><w:body>"})
    elif inhoud == "bom":
        _zip(pad, {"word/document.xml": b"\0" * (210 * 1024 * 1024)})
    else:
        pad.write_bytes(inhoud)
    with pytest.raises(BestandFout, match=woord):
        importeer_docx(pad)


def _zip(pad: Path, delen: dict[str, bytes]) -> None:
    with zipfile.ZipFile(pad, "w", zipfile.ZIP_DEFLATED) as z:
        for naam, data in delen.items():
            z.writestr(naam, data)


@libreoffice
def test_libreoffice_finds_the_tracked_changes_and_comments(tmp_path: Path) -> None:
    pad = tmp_path / "redline.docx"
    policy = met_wijzigingen()
    schrijf_besluit(policy, pad, revisies=True)
    odt = converteer(pad, tmp_path / "redline.odt", "odt")
    with zipfile.ZipFile(odt) as z:
        inhoud = z.read("content.xml").decode()
    assert inhoud.count("<text:changed-region") == len(alle_wijzigingen(policy)) == 2
    assert len(re.findall(r"<office:annotation[ >]", inhoud)) == 1 and "Is dit niet te ruim?" in inhoud
    assert "OR (A. Jansen)" in inhoud and "Mr. J. de Vries" in inhoud


@libreoffice
def test_besluit_as_pdf(tmp_path: Path) -> None:
    pad = tmp_path / "werksaam.docx"
    schrijf_besluit(load_sample("werksaam"), pad)
    pdf = converteer(pad, tmp_path / "werksaam.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 10_000


ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2">
<office:body><office:text>
<text:tracked-changes>
 <text:changed-region text:id="ct1"><text:insertion><office:change-info><dc:creator>Anna OR</dc:creator>
  <dc:date>2026-03-05T14:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
 <text:changed-region text:id="ct2"><text:deletion><office:change-info><dc:creator>Bert Jurist</dc:creator>
  <dc:date>2026-03-06T09:15:00</dc:date></office:change-info><text:p>vitaal </text:p></text:deletion></text:changed-region>
</text:tracked-changes>
<text:h text:outline-level="1">Gedragscode</text:h>
<text:h text:outline-level="2">Artikel 1. Uitgangspunten</text:h>
<text:p>De organisatie ondersteunt het <text:change text:change-id="ct2"/>belang van sociale media<text:change-start text:change-id="ct1"/> en van privacy<text:change-end text:change-id="ct1"/>.</text:p>
</office:text></office:body></office:document-content>"""


@libreoffice
def test_import_a_docx_that_libreoffice_wrote_with_tracked_changes(tmp_path: Path) -> None:
    odt = tmp_path / "review.odt"
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                   'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                   '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
        z.writestr("content.xml", ODT_CONTENT)
    docx = converteer(odt, tmp_path / "review.docx", "docx")
    policy = importeer_docx(docx)
    assert [a.kop for a in policy.artikelen] == ["Uitgangspunten"]
    wijzigingen = {(w.soort, w.auteur, w.tekst) for w in alle_wijzigingen(policy)}
    assert ("insert", "Anna OR", " en van privacy") in wijzigingen
    assert ("delete", "Bert Jurist", "vitaal ") in wijzigingen
    assert policy.artikelen[0].leden[0].tekst == "De organisatie ondersteunt het belang van sociale media en van privacy."


GOLDEN = Path(__file__).parent / "golden"


def genormaliseerd(pad: Path) -> str:
    """document.xml pretty-printed, with revision dates left out (they are timestamps)."""
    with zipfile.ZipFile(pad) as z:
        wortel = etree.fromstring(z.read("word/document.xml"))
    for element in wortel.iter():
        element.attrib.pop(f"{W}date", None)
    return etree.tostring(wortel, pretty_print=True, encoding="unicode")


@pytest.mark.parametrize("naam, revisies", [("werksaam_besluit", False), ("werksaam_redline", True)])
def test_golden_document_xml(tmp_path: Path, naam: str, revisies: bool) -> None:
    pad = tmp_path / f"{naam}.docx"
    schrijf_besluit(met_wijzigingen(), pad, revisies=revisies)
    golden = GOLDEN / f"{naam}.xml"
    if os.environ.get("BELEIDSSTUDIO_GOLDEN_BIJWERKEN"):
        golden.write_text(genormaliseerd(pad), encoding="utf-8")
    assert genormaliseerd(pad) == golden.read_text(encoding="utf-8")
