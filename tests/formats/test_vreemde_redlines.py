"""Redlines that other programs made: the Docxodus compare engine (python-redlines, a test extra), a review
recorded in LibreOffice through UNO (tools/lo_review.py), and the XML constructs other writers put around
revisions (hyperlinks, fields, smart tags, content controls: editor/formats/word_vreemd.py).
The larger harness is benchmarks/vreemde_redlines.py."""

from __future__ import annotations

import copy
import json
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from benchmarks.vreemde_redlines import (ANNA, AUTEUR, BERT, Paar, hand_paar, libreoffice, lo_review, toets_review,
                                         willekeurig_paar)
from editor.formats.docx_import import importeer_docx
from editor.formats.text_export import render_text
from editor.formats.word_vreemd import normaliseer
from editor.revisions.beslissen import accepteer, verwerp
from editor.revisions.lijst import alle_wijzigingen
from editor.samples import load_sample
from tests.helpers.libreoffice import heeft_uno


UNO = heeft_uno()
met_libreoffice = pytest.mark.skipif(not UNO, reason="python3-uno and LibreOffice are installed by .ci/run")


def beslis(policy, alles: str):
    """A copy with every change accepted ("accept") or rejected ("reject")."""
    kopie = copy.deepcopy(policy)
    (accepteer if alles == "accept" else verwerp)(kopie, {w.id for w in alle_wijzigingen(kopie)})
    return kopie


# -- the compare engine ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hand(tmp_path_factory) -> Paar:
    return Paar("hand", *hand_paar(), tmp_path_factory.mktemp("hand"))


def test_engine_redline_of_the_hand_made_pair_imports_with_each_change(hand: Paar) -> None:
    terug = importeer_docx(hand.redline)
    soorten = {(w.soort, w.tekst[:20]) for w in alle_wijzigingen(terug)}
    assert {("insert", "eigen"), ("delete", "persoonlijke")} <= soorten        # inside the lid with the reference
    assert ("delete_lid", "WerkSaam ondersteunt") in soorten
    assert any(s.startswith("insert") and t.startswith("Een medewerker die") for s, t in soorten)
    assert {w.auteur for w in alle_wijzigingen(terug)} == {AUTEUR}


@pytest.mark.parametrize("alles", ["accept", "reject"])
def test_engine_redline_of_the_hand_made_pair_accepts_and_rejects_to_the_two_texts(hand: Paar, alles: str) -> None:
    verwacht = hand.tweede if alles == "accept" else hand.eerste
    assert render_text(beslis(importeer_docx(hand.redline), alles)).splitlines() == verwacht


# het-bedrijf#5 (4 steps): Docxodus moves an artikel heading and two leden up over a lid that stays (w:del/w:ins
# marks, our anchor in both places), and a lid is inserted after the old place.
# Sessions of benchmarks/vreemde_redlines.py (6 steps) that each showed one way another program writes a change:
# a hoofdstuk heading deleted and another inserted around a moved artikel (het-bedrijf#2; werksaam#13 crashed on
# Reject All), a lid split by an inserted mark whose second part holds an edit and a lid indented by w:pPrChange
# alone (het-bedrijf#8), an onderdeel outdented with its old anchor deleted beside the new one inside an artikel
# that was merged away (ai-deepseek-chat#23), an artikel heading moved down over a lid that stays
# (ai-gpt-4.1-nano#28), the first file's document property with a new artikel (policy-bv#6), a paragraph mark
# deleted between two leden that stay (policy-bv#0), one paragraph holding a deleted hoofdstuk heading and an
# inserted onderdeel beside a merge whose second lid has onderdelen (het-bedrijf#26).
ZES = [("het-bedrijf", 2), ("werksaam", 13), ("het-bedrijf", 8), ("ai-deepseek-chat", 23), ("ai-gpt-4.1-nano", 28),
       ("policy-bv", 6), ("policy-bv", 0), ("het-bedrijf", 26)]


@pytest.mark.parametrize("bron, zaad, stappen", [("policy-bv", 3, 4), ("het-bedrijf", 5, 4)]
                         + [(b, z, 6) for b, z in ZES])
def test_engine_redline_of_a_random_session_accepts_and_rejects_to_the_two_texts(tmp_path: Path, bron: str,
                                                                                zaad: int, stappen: int) -> None:
    paar = Paar(f"{bron}#{zaad}", *willekeurig_paar(load_sample(bron), zaad, stappen), tmp_path)
    gevonden = paar.toets(None)
    assert paar.engine > 0 and paar.wijzigingen > 0
    assert gevonden["accept"] == [] and gevonden["reject"] == []


@met_libreoffice
def test_libreoffice_accepts_and_rejects_the_engine_redline_to_the_two_texts(hand: Paar) -> None:
    [lo] = libreoffice([hand.taak()])
    gevonden = hand.toets(lo)
    assert lo["fout"] is None and hand.lo > 0
    assert gevonden["lo-accept"] == [] and gevonden["lo-reject"] == []


# -- a review recorded in LibreOffice ------------------------------------------------------------------

@pytest.fixture(scope="module")
def review(tmp_path_factory) -> Path:
    """WerkSaam reviewed in LibreOffice by two authors (benchmarks/vreemde_redlines.py REVIEW), beside the clean
    exports of the text before and after the same edits made with our operations."""
    if not UNO:
        pytest.skip("python3-uno and LibreOffice are installed by .ci/run")
    map_ = tmp_path_factory.mktemp("review")
    lo = lo_review(map_)
    assert lo["fout"] is None, lo["fout"]
    (map_ / "lo.json").write_text(json.dumps(lo))
    return map_


def test_libreoffice_records_the_review_with_two_authors_and_accepts_and_rejects_it_to_the_two_texts(review) -> None:
    lo = json.loads((review / "lo.json").read_text())
    soorten = {(w[0], w[1]) for w in lo["wijzigingen"]}
    assert {("Insert", ANNA), ("Delete", ANNA), ("Insert", BERT), ("Delete", BERT)} <= soorten
    assert sorted(lo["opmerkingen"]) == [[ANNA, "Die van het jaarplan."], [BERT, "Welke kernwaarden bedoelen we?"]]
    with zipfile.ZipFile(review / "review.docx") as z:
        xml = z.read("word/document.xml").decode()
    assert re.search(f'<w:moveFrom w:id="[0-9]+" w:author="{BERT}"', xml) and "<w:moveTo " in xml   # a tracked move
    assert re.search(f'<w:hyperlink [^>]*>(?:(?!</w:hyperlink>).)*<w:del [^>]*w:author="{BERT}"', xml)   # inside a link
    [uno] = libreoffice([{"in": str(review / "review.docx"), "accepteer": str(review / "lo-acc.docx"),
                          "verwerp": str(review / "lo-rej.docx")}])
    gevonden = toets_review(review, uno)
    assert gevonden["lo-accept"] == [] and gevonden["lo-reject"] == []         # the review file itself is right


def test_libreoffice_review_imports_with_every_change_and_its_author(review) -> None:
    terug = importeer_docx(review / "review.docx")
    assert toets_review(review)["changes"] == []      # "persoonlijke" -> "eigen", deleted lid, new lid, move, link
    teksten = {(w.tekst, w.auteur) for w in alle_wijzigingen(terug)}
    assert {("persoonlijke titel", ANNA), ("eigen titel", ANNA)} <= teksten                 # the lid with the reference
    assert {("communicatieadviseur", BERT), ("afdeling communicatie", BERT)} <= teksten     # inside the hyperlink


def test_libreoffice_review_imports_the_comment_and_reply_on_their_phrase(review) -> None:
    terug = importeer_docx(review / "review.docx")
    gevonden = toets_review(review)
    assert gevonden["comments"] == []
    lid = terug.artikelen[5].leden[2]
    for opmerking in terug.opmerkingen:
        assert opmerking.blok_id == lid.id and lid.tekst[opmerking.begin:].startswith("kernwaarden")


def test_libreoffice_review_imports_the_reply_as_a_reply(review) -> None:
    # LibreOffice 7.4 writes no w15:paraIdParent: its reply is a second comment on the same range, dated later
    assert toets_review(review)["thread"] == []


@pytest.mark.parametrize("alles", ["accept", "reject"])
def test_libreoffice_review_accepts_and_rejects_to_the_edited_and_original_text(review, alles: str) -> None:
    assert toets_review(review)[alles] == []


# -- foreign XML around revisions -----------------------------------------------------------------------

NAMEN = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
STIJLEN = (f'<w:styles {NAMEN}><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
           '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>')
TYPES = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>')
DATUM = 'w:date="2026-05-04T10:00:00Z"'


def r(tekst: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{tekst}</w:t></w:r>'


def ins(tekst: str, n: int = 1) -> str:
    return f'<w:ins w:id="{n}" w:author="Ria Smit" {DATUM}>{r(tekst)}</w:ins>'


def dele(tekst: str, n: int = 2) -> str:
    run = f'<w:r><w:delText xml:space="preserve">{tekst}</w:delText></w:r>'
    return f'<w:del w:id="{n}" w:author="Ria Smit" {DATUM}>{run}</w:del>'


def veld(code: str, resultaat: str) -> str:
    """A complex field: begin, instruction, separate, result, end."""
    def teken(soort: str) -> str:
        return f'<w:r><w:fldChar w:fldCharType="{soort}"/></w:r>'
    return (teken("begin") + f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>' + teken("separate")
            + resultaat + teken("end"))


def maak_docx(pad: Path, lid: str, tweede: str | None = None) -> Path:
    """A small policy: title, one artikel, the lid under test (XML of its runs) and a second lid."""
    p = '<w:p>{}</w:p>'
    laatste = p.format(r("2. De medewerker meldt misbruik aan de leidinggevende."))
    lichaam = ('<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>' + r("Gedragscode sociale media") + '</w:p>'
               + '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>' + r("Artikel 1. Gebruik") + '</w:p>'
               + p.format(r("1. ") + lid)
               + (tweede if tweede is not None else laatste))
    with zipfile.ZipFile(pad, "w") as z:
        z.writestr("[Content_Types].xml", TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", f'<w:document {NAMEN}><w:body>{lichaam}</w:body></w:document>')
        z.writestr("word/styles.xml", STIJLEN)
    return pad


BEGIN, EIND = "De medewerker leest ", " zorgvuldig."
GEVALLEN = {
    "hyperlink around an insertion": (f'<w:hyperlink w:anchor="_Ref1">{r("de code")}{ins(" van WerkSaam")}'
                                      '</w:hyperlink>',
                                      "de code van WerkSaam", "de code"),
    "insertion around a hyperlink": (f'{r("de code")}<w:ins w:id="1" w:author="Ria Smit" {DATUM}>'
                                     f'<w:hyperlink r:id="rId9">{r(" van WerkSaam")}</w:hyperlink></w:ins>',
                                     "de code van WerkSaam", "de code"),
    "simple field holding a change": (f'<w:fldSimple w:instr=" REF _Ref2 \\h ">{dele("artikel 3")}{ins("artikel 4")}'
                                      '</w:fldSimple>', "artikel 4", "artikel 3"),
    "complex field holding a change": (veld(" REF _Ref3 \\h ", dele("het derde lid") + ins("het vierde lid")),
                                       "het vierde lid", "het derde lid"),
    "deleted complex field": (f'{r("de code")}<w:del w:id="5" w:author="Ria Smit" {DATUM}>'
                              '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                              '<w:r><w:delInstrText xml:space="preserve"> HYPERLINK "https://werksaam.nl" '
                              '</w:delInstrText></w:r>'
                              '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                              '<w:r><w:delText xml:space="preserve"> op intranet</w:delText></w:r>'
                              '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:del>', "de code", "de code op intranet"),
    "smart tag around a deletion": (f'{r("de code van ")}<w:smartTag w:uri="urn:schemas-microsoft-com:office:'
                                    'smarttags" w:element="PersonName"><w:smartTagPr><w:attr w:name="x" w:val="y"/>'
                                    f'</w:smartTagPr>{dele("Jan ")}{r("Jansen")}</w:smartTag>',
                                    "de code van Jansen", "de code van Jan Jansen"),
    "content control around an insertion": (f'{r("de code")}<w:sdt><w:sdtPr><w:alias w:val="Organisatie"/>'
                                            f'<w:tag w:val="org"/></w:sdtPr><w:sdtContent>{ins(" van WerkSaam")}'
                                            '</w:sdtContent></w:sdt>', "de code van WerkSaam", "de code"),
    "custom XML around a deletion": (f'{r("de code")}<w:customXml w:element="bepaling"><w:customXmlPr/>{dele(" niet")}'
                                     '</w:customXml>', "de code", "de code niet"),
}


@pytest.mark.parametrize("geval", list(GEVALLEN))
def test_a_revision_inside_a_foreign_construct_is_read(tmp_path: Path, geval: str) -> None:
    xml, aanvaard, verworpen = GEVALLEN[geval]
    policy = importeer_docx(maak_docx(tmp_path / "vreemd.docx", r(BEGIN) + xml + r(EIND)))
    wijzigingen = alle_wijzigingen(policy)
    assert wijzigingen and {w.auteur for w in wijzigingen} == {"Ria Smit"}
    assert all(w.datum.startswith("2026-05-04") for w in wijzigingen)
    assert beslis(policy, "accept").artikelen[0].leden[0].tekst == BEGIN + aanvaard + EIND
    assert beslis(policy, "reject").artikelen[0].leden[0].tekst == BEGIN + verworpen + EIND


def test_a_deleted_lid_inside_a_block_content_control_is_a_pending_deletion(tmp_path: Path) -> None:
    tekst = "De medewerker meldt misbruik aan de leidinggevende."
    tweede = (f'<w:sdt><w:sdtPr><w:tag w:val="lid2"/></w:sdtPr><w:sdtContent><w:p><w:pPr><w:rPr>'
              f'<w:del w:id="7" w:author="Ria Smit" {DATUM}/></w:rPr></w:pPr>{dele("2. " + tekst, 8)}</w:p>'
              '</w:sdtContent></w:sdt>')
    policy = importeer_docx(maak_docx(tmp_path / "blok.docx", r("Elk bericht is zorgvuldig."), tweede))
    assert [w.soort for w in alle_wijzigingen(policy)] == ["delete_lid"]
    assert [l.tekst for l in beslis(policy, "accept").artikelen[0].leden] == ["Elk bericht is zorgvuldig."]
    assert [l.tekst for l in beslis(policy, "reject").artikelen[0].leden] == ["Elk bericht is zorgvuldig.", tekst]


def test_normalising_keeps_runs_and_revision_marks_in_order_and_one_choice_of_alternate_content() -> None:
    document = etree.fromstring(
        f'<w:document {NAMEN}><w:body><w:p>{r("a")}<w:hyperlink w:anchor="x">{ins("b")}<w:smartTag w:element="t">'
        f'<w:smartTagPr/>{r("c")}</w:smartTag></w:hyperlink>{veld(" PAGE ", r("d"))}'
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p>' + r("vak") +
        '</w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p>' + r("vak") +
        '</w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p></w:body></w:document>')
    assert normaliseer(document) == 4          # hyperlink, smart tag, the field's instruction, alternate content
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    p = document.find(f"{w}body/{w}p")
    assert [etree.QName(k).localname for k in p][:3] == ["r", "ins", "r"]
    assert "".join(t.text for t in p.iter(f"{w}t")) == "abcdvak"
    assert not list(document.iter(f"{w}instrText")) and len(list(document.iter(f"{w}txbxContent"))) == 1
