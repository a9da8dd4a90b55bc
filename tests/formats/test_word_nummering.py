"""Leden, onderdelen and artikel headings are Word list numbers (word/numbering.xml), read back as Word shows them."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

from editor.formats.docx_export import schrijf_besluit
from editor.formats.docx_import import importeer_docx
from editor.formats.text_export import render_text
from editor.formats.word_nummering import Lijsten
from editor.model.document import Artikel, Lid, Onderdeel, Policy
from editor.samples import load_sample

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _deel(pad: Path, naam: str):
    with zipfile.ZipFile(pad) as z:
        return etree.fromstring(z.read(naam))


def test_leden_and_onderdelen_are_list_numbers_restarting_per_artikel(tmp_path: Path) -> None:
    policy = Policy("Code", artikelen=[
        Artikel("Eerste", [Lid("Een."), Lid("Twee.", onderdelen=[Onderdeel("alfa;"), Onderdeel("beta.")])]),
        Artikel("Tweede", [Lid("Drie."), Lid("Vier.")])])
    pad = tmp_path / "code.docx"
    schrijf_besluit(policy, pad)
    nummering = _deel(pad, "word/numbering.xml")
    teksten = {lvl.find(f"{{{W}}}lvlText").get(f"{{{W}}}val"): lvl.find(f"{{{W}}}numFmt").get(f"{{{W}}}val")
               for lvl in nummering.iter(f"{{{W}}}lvl")}
    assert teksten["Artikel %1."] == "decimal" and teksten["%2°"] == "decimal"
    assert ("%1.", "lowerLetter") in [(lvl.find(f"{{{W}}}lvlText").get(f"{{{W}}}val"), lvl.find(f"{{{W}}}numFmt").get(f"{{{W}}}val"))
                                      for lvl in nummering.iter(f"{{{W}}}lvl")]
    document = _deel(pad, "word/document.xml")
    runs = [t.text for t in document.iter(f"{{{W}}}t")]
    assert not [t for t in runs if re.match(r"(\d+|[a-z])\.\s*$|Artikel \d", t)]     # no typed numbers
    gelezen = render_text(importeer_docx(pad))
    assert "Artikel 2. Tweede\n\n1. Drie.\n2. Vier." in gelezen
    assert "2. Twee.\n   a. alfa;\n   b. beta." in gelezen


def test_a_source_label_stays_typed_text(tmp_path: Path) -> None:
    policy = Policy("Code", artikelen=[Artikel("Eerste", [Lid("Een.", label="Lid A"), Lid("Twee.", label="Lid B")])])
    pad = tmp_path / "code.docx"
    schrijf_besluit(policy, pad)
    body = "".join(t.text for t in _deel(pad, "word/document.xml").iter(f"{{{W}}}t"))
    assert "Lid A" in body and "Lid B" in body


def test_instances_of_one_list_share_counters_and_a_start_override_restarts() -> None:
    """As LibreOffice saves lists: a w:num per paragraph, on one abstract list."""
    xml = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
           '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
           '<w:num w:numId="1"><w:abstractNumId w:val="8"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
           '<w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>'
           '<w:num w:numId="3"><w:abstractNumId w:val="8"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
           '</w:numbering>')
    lijsten = Lijsten(etree.fromstring(xml))
    assert [lijsten.label(n, 0)[1] for n in ("1", "2", "2", "3", "3")] == ["1.", "2.", "3.", "1.", "2."]


def test_every_sample_reads_back_with_its_numbering(tmp_path: Path) -> None:
    for naam in ("werksaam", "policy-bv"):
        policy = load_sample(naam)
        pad = tmp_path / f"{naam}.docx"
        schrijf_besluit(policy, pad)
        gelezen = importeer_docx(pad)
        assert [(a.kop, [(l.tekst, [o.tekst for o in l.onderdelen]) for l in a.leden]) for a in gelezen.artikelen[:2]] == \
               [(a.kop, [(gelezen_lid.tekst, [o.tekst for o in gelezen_lid.onderdelen]) for gelezen_lid in a.leden])
                for a in policy.artikelen[:2]]


def test_hoofdstukken_are_numbered_heading_1_and_a_new_one_is_an_insertion(tmp_path: Path) -> None:
    from editor.bewerken import Context, nieuw_hoofdstuk
    from editor.model.document import Hoofdstuk

    h1, h2 = Hoofdstuk("Algemeen"), Hoofdstuk("Gebruik")
    policy = Policy("Code", hoofdstukken=[h1, h2], artikelen=[
        Artikel("Eerste", [Lid("Een.")], hoofdstuk_id=h1.id), Artikel("Tweede", [Lid("Twee.")], hoofdstuk_id=h2.id),
        Artikel("Derde", [Lid("Drie.")], hoofdstuk_id=h2.id)])
    schoon = tmp_path / "schoon.docx"
    schrijf_besluit(policy, schoon)
    terug = importeer_docx(schoon)
    assert [h.kop for h in terug.hoofdstukken] == ["Algemeen", "Gebruik"]
    assert "Hoofdstuk 2. Gebruik" in render_text(terug)
    document = _deel(schoon, "word/document.xml")
    koppen = document.xpath("//w:p[w:pPr/w:pStyle/@w:val='Heading1']", namespaces={"w": W})
    assert ["".join(k.itertext()) for k in koppen] == ["Algemeen", "Gebruik"]
    assert all(k.find(f"{{{W}}}pPr/{{{W}}}numPr") is not None for k in koppen)     # "Hoofdstuk %1." from a list
    assert 'w:val="Hoofdstuk %1."' in etree.tostring(_deel(schoon, "word/numbering.xml")).decode()

    nieuw_hoofdstuk(policy, Context("Bert", bijhouden=True), policy.artikelen[2].id, "Slot")
    redline = tmp_path / "redline.docx"
    schrijf_besluit(policy, redline, revisies=True)
    document = _deel(redline, "word/document.xml")
    ingevoegd = document.xpath("//w:p[w:pPr/w:pStyle/@w:val='Heading1'][.//w:ins[@w:author='Bert']]", namespaces={"w": W})
    assert ["".join(k.itertext()) for k in ingevoegd] == ["Slot"]
