"""A finished Word document and a PDF that tell the truth (issue 13): properties, page furniture,
the template, the consent the record holds, and the export guards on the command line."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from docx import Document

from editor.formats import exportregels
from editor.formats import slotbepalingen as slot
from editor.formats.docx_export import eigenschappen, schrijf_besluit
from editor.formats.pdf import converteer, soffice
from editor.formats.word_sjabloon import open_sjabloon, standaard_sjabloon
from editor.model.metadata import InstemmingStatus
from editor.model.segment import INSERT, Segment
from editor.samples import load_sample
from editor.store import ProjectBestand
from editor.wizard import stel_samen, valideer
from tests.test_cli import run

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
libreoffice = pytest.mark.skipif(soffice() is None, reason="LibreOffice is installed by .ci/run")
ANTWOORDEN = {"organisatie": "Hoorn", "rechtsvorm": "gemeente", "medewerkers": 400, "sector": "overheid",
              "zorgen": ["privacy", "reputatie"], "monitoring": True, "aanspreekpunt": "communicatieadviseur",
              "disclaimer": True, "vervangt": {"titel": "Internet- en e-mailprotocol", "datum": "2014-07-01"}}


def met_open_wijziging(policy=None):
    policy = policy or load_sample("werksaam")
    lid = policy.artikelen[1].leden[0]
    policy.revisies[lid.id] = [Segment(lid.tekst), Segment(" Nieuw.", INSERT, "Jan", "2026-11-01T10:00:00+00:00", 1)]
    lid.tekst += " Nieuw."
    policy.volgende_wijziging = 2
    return policy


def exports(tmp_path: Path) -> dict[str, Path]:
    uit = {}
    for naam, policy, revisies in (("werksaam", load_sample("werksaam"), False), ("policy-bv", load_sample("policy-bv"), False),
                                   ("redline", met_open_wijziging(), True),
                                   ("vragenlijst", stel_samen(valideer(ANTWOORDEN)).policy, False)):
        uit[naam] = tmp_path / f"{naam}.docx"
        schrijf_besluit(policy, uit[naam], revisies=revisies, auteur="Mr. J. de Vries")
    return uit


def deel(pad: Path, naam: str) -> str:
    with zipfile.ZipFile(pad) as z:
        return z.read(naam).decode("utf-8")


def test_every_export_is_a_finished_document(tmp_path: Path) -> None:
    for naam, pad in exports(tmp_path).items():
        doc = Document(str(pad))
        kern = doc.core_properties
        assert kern.author == kern.last_modified_by == "Mr. J. de Vries", naam
        assert datetime.now(timezone.utc) - kern.created.replace(tzinfo=timezone.utc) < timedelta(minutes=5)
        assert kern.modified == kern.created and kern.revision == 1 and kern.language == "nl-NL"
        assert "<Application>Beleidsstudio</Application>" in deel(pad, "docProps/app.xml")
        instellingen = deel(pad, "word/settings.xml")
        assert re.search(r'w:name="compatibilityMode"[^>]*w:val="15"', instellingen), naam
        assert "proofState" not in instellingen
        stijlen = deel(pad, "word/styles.xml")
        assert re.search(r"<w:rPrDefault><w:rPr>.*?<w:lang w:val=\"nl-NL\"", stijlen, re.S), naam
        assert "en-US" not in stijlen
        voet = doc.sections[0].footer._element.xml
        assert "PAGE" in voet and "NUMPAGES" in voet and "pagina" in voet
        with zipfile.ZipFile(pad) as z:
            for item in z.namelist():
                data = z.read(item)
                assert b"python-docx" not in data and b"Macintosh" not in data, (naam, item)
            assert not any("thumbnail" in n or n.startswith("customXml") for n in z.namelist())


def test_header_citeertitel_from_page_two_and_concept(tmp_path: Path) -> None:
    paden = exports(tmp_path)
    werksaam = Document(str(paden["werksaam"])).sections[0]
    assert werksaam.different_first_page_header_footer
    assert "Sociale media code WerkSaam Westfriesland" in werksaam.header.paragraphs[0].text
    assert "CONCEPT" not in werksaam.header._element.xml + werksaam.first_page_header._element.xml
    concept = Document(str(paden["vragenlijst"])).sections[0]
    assert "CONCEPT" in concept.first_page_header._element.xml and "CONCEPT" in concept.header._element.xml


def test_sober_style_and_the_preamble_before_besluit(tmp_path: Path) -> None:
    doc = Document(str(exports(tmp_path)["policy-bv"]))
    titel = doc.styles["Title"]
    assert titel.font.size.pt == 14 and str(titel.font.color.rgb) == "000000"
    assert "pBdr" not in titel.element.xml
    assert doc.styles["Normal"].font.size.pt == 11
    assert all(str(doc.styles[k].font.color.rgb) == "000000" for k in ("Heading 1", "Heading 2"))
    teksten = [p.text for p in doc.paragraphs]
    assert teksten.index("Preambule") < teksten.index("b e s l u i t :")
    assert teksten[-1].startswith("………") and "Aldus vastgesteld op" in "".join(teksten)


def test_signature_space_under_each_signatory(tmp_path: Path) -> None:
    doc = Document(str(exports(tmp_path)["werksaam"]))
    namen = [p for p in doc.paragraphs if p.text in ("A.J. de Jong", "M.J. Dölle")]
    assert len(namen) == 2 and all(p.paragraph_format.space_before.pt >= 36 for p in namen)


def test_organisation_template_styles_are_used(tmp_path: Path) -> None:
    org = open_sjabloon()
    org.styles["Normal"].font.name = "Georgia"
    org.styles["Heading 2"].font.size = None
    org.sections[0].header.paragraphs[0].text = "Gemeente Hoorn — huisstijl"
    eigen = tmp_path / "huisstijl.dotx"
    org.save(str(eigen))
    pad = tmp_path / "org.docx"
    schrijf_besluit(load_sample("werksaam"), pad, sjabloon=eigen)
    doc = Document(str(pad))
    assert doc.styles["Normal"].font.name == "Georgia"
    assert "Gemeente Hoorn — huisstijl" in doc.sections[0].header._element.xml
    assert doc.paragraphs[0].text == "Sociale media code WerkSaam Westfriesland"
    assert "<Template>huisstijl.dotx</Template>" in deel(pad, "docProps/app.xml")
    assert standaard_sjabloon().is_file()


def test_custom_properties_follow_the_text(tmp_path: Path) -> None:
    policy = load_sample("werksaam")
    lid = slot.inwerkingtreding_lid(policy)
    assert eigenschappen(policy)["Inwerkingtreding"] == lid.tekst.split(" 2.")[0]
    assert eigenschappen(policy)["Terugwerkende kracht"] == "1 januari 2015"
    lid.tekst = "Deze code treedt in werking met ingang van 1 januari 2027."
    slot.lees_uit_tekst(policy)
    schrijf_besluit(policy, tmp_path / "w.docx")
    custom = deel(tmp_path / "w.docx", "docProps/custom.xml")
    assert "Deze code treedt in werking met ingang van 1 januari 2027." in custom
    assert "1 januari 2015" not in custom and "<vt:lpwstr>1 januari 2027</vt:lpwstr>" in custom


@pytest.mark.parametrize("soort", ["verouderd", "na_vaststelling"])
def test_a_consent_the_record_does_not_hold_is_never_written(tmp_path: Path, soort: str) -> None:
    policy = load_sample("werksaam")
    if soort == "verouderd":
        policy.metadata.or_instemming.vingerafdruk = "0" * 64
    else:
        policy.metadata.or_instemming.datum = "2017-05-01"
    assert exportregels.instemming(policy).value == soort
    schrijf_besluit(policy, tmp_path / "w.docx")
    tekst = "\n".join(p.text for p in Document(str(tmp_path / "w.docx")).paragraphs)
    assert "instemming" not in tekst
    assert "<vt:lpwstr>1 mei 2017</vt:lpwstr>" not in deel(tmp_path / "w.docx", "docProps/custom.xml")
    assert policy.metadata.or_instemming.status is InstemmingStatus.VERLEEND      # the record itself stays


def test_cli_refuses_a_clean_export_with_open_changes(tmp_path: Path) -> None:
    project = tmp_path / "w.beleid"
    ProjectBestand.create(project, met_open_wijziging()).close()
    geweigerd = run("export", str(project), "-o", str(tmp_path / "schoon.docx"))
    assert geweigerd.returncode == 2 and not (tmp_path / "schoon.docx").exists()
    assert len(geweigerd.stderr.strip().splitlines()) == 1 and "open wijzigingen in de tekst: 1;" in geweigerd.stderr
    aanvaard = run("export", str(project), "-o", str(tmp_path / "aanvaard.docx"), "--accept-open")
    assert aanvaard.returncode == 0, aanvaard.stderr
    document = deel(tmp_path / "aanvaard.docx", "word/document.xml")
    assert "Nieuw." in document and "<w:ins " not in document
    redline = run("export", str(project), "-o", str(tmp_path / "redline.docx"), "--redline")
    assert redline.returncode == 0 and "<w:ins " in deel(tmp_path / "redline.docx", "word/document.xml")
    streng = run("export", "werksaam", "-o", str(tmp_path / "streng.docx"), "--strict")     # terugwerking vóór instemming
    assert streng.returncode == 2 and "1 open fout;" in streng.stderr and not (tmp_path / "streng.docx").exists()


@libreoffice
@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils is installed by .ci/run")
def test_pdf_has_the_docx_typeface_tags_pdfa_and_dutch(tmp_path: Path) -> None:
    docx, pdf = tmp_path / "w.docx", tmp_path / "w.pdf"
    schrijf_besluit(load_sample("werksaam"), docx)
    converteer(docx, pdf)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"Carlito\s.*\byes\b", fonts), fonts
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"^Tagged:\s+yes", info, re.M)
    assert re.search(r"^Title:\s+Sociale media code WerkSaam Westfriesland", info, re.M)
    assert re.search(r"^Page size:.*\(A4\)", info, re.M)
    data = pdf.read_bytes()
    assert b"/Lang(nl-NL)" in data and b"<pdfaid:part>2</pdfaid:part>" in data


def test_cli_metadata_follows_an_edited_artikel_7(tmp_path: Path) -> None:
    import json

    project = tmp_path / "w.beleid"
    ProjectBestand.create(project, load_sample("werksaam")).close()
    tekst = run("show", str(project)).stdout
    oud = "1. Deze code treedt in werking op de dag na die van bekendmaking en werkt terug tot 1 januari 2015."
    assert oud in tekst
    (tmp_path / "bewerkt.txt").write_text(tekst.replace(oud, "1. Deze code treedt in werking met ingang van 1 januari 2027."),
                                          encoding="utf-8")
    assert run("revise", str(project), "--from-text", str(tmp_path / "bewerkt.txt"), "--author", "Jan").returncode == 0
    meta = json.loads(run("show", str(project), "--json").stdout)["metadata"]
    assert meta["inwerkingtreding"] == {"regel": "vaste_datum", "datum": "2027-01-01", "terugwerkend_tot": None}
    codes = {b["code"] for b in json.loads(run("check", str(project), "--json").stdout)}
    assert not any(c.startswith("terugwerking") for c in codes)
    assert run("export", str(project), "-o", str(tmp_path / "w.docx"), "--accept-open").returncode == 0
    custom = deel(tmp_path / "w.docx", "docProps/custom.xml")
    assert "met ingang van 1 januari 2027" in custom and "1 januari 2015" not in custom


def test_cli_meta_sets_a_field_as_one_tracked_change(tmp_path: Path) -> None:
    import json

    from tests.test_cli import assert_one_line_error

    project = tmp_path / "w.beleid"
    ProjectBestand.create(project, load_sample("werksaam")).close()
    getoond = run("meta", str(project)).stdout.splitlines()
    assert "terugwerkend_tot: 1 januari 2015" in getoond and "rechtsvorm: gemeenschappelijke_regeling" in getoond
    gezet = run("meta", str(project), "--set", "terugwerkend_tot=", "--author", "Jan", "--track")
    assert gezet.returncode == 0 and "terugwerkend_tot: " in gezet.stdout.splitlines()
    wijzigingen = json.loads(run("changes", str(project), "--json").stdout)
    assert {w["id"] for w in wijzigingen} == {1} and {w["artikel"] for w in wijzigingen} == {7}
    artikel7 = json.loads(run("show", str(project), "--json").stdout)["artikelen"][6]["leden"][0]["tekst"]
    assert artikel7 == "Deze code treedt in werking met ingang van de dag na die van de bekendmaking."
    assert_one_line_error(run("meta", str(project), "--set", "bekendmaking=gisteren"), "gisteren")
    assert_one_line_error(run("meta", str(project), "--set", "kleur=rood"), "kleur")
