"""A tracked Tab / Shift+Tab (indent_lid, outdent_onderdeel) in the Word round trip: written as Word writes a
changed list level (w:pPrChange with the old w:numPr, no moveFrom/moveTo), read back as the same change, and
accepted and rejected by LibreOffice to our own texts (word_niveau.py)."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from benchmarks.word_roundtrip import _lo_verschil, libreoffice
from editor.bewerken import Context, spring_in, spring_uit
from editor.formats.docx_export import schrijf_besluit
from editor.formats.docx_import import importeer_docx
from editor.formats.text_export import render_text
from editor.model.document import Artikel, Lid, Onderdeel, Policy
from editor.revisions.beslissen import accepteer, verwerp
from editor.revisions.lijst import alle_wijzigingen
from tests.helpers.libreoffice import heeft_uno
from tests.helpers.word_vergelijk import verschillen

W = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def _beleid() -> Policy:
    policy = Policy("Regeling sociale media")
    policy.artikelen = [Artikel("Gebruik", [
        Lid("Eerste lid over berichten."),
        Lid("Tweede lid met onderdelen:", [Onderdeel("een eerste onderdeel;"), Onderdeel("een tweede onderdeel.")]),
        Lid("Derde lid met een onderdeel:", [Onderdeel("zijn eigen onderdeel.")]),
        Lid("Vierde lid over het slot.")])]
    return policy


def _ingesprongen() -> Policy:
    policy = _beleid()
    spring_in(policy, Context("Anna de Vries", bijhouden=True), policy.artikelen[0].leden[2].id)
    return policy


def _eerste_onderdeel() -> Policy:
    """The lid before has no onderdelen: the indented lid is the first of a new list."""
    policy = _beleid()
    spring_in(policy, Context("Anna de Vries", bijhouden=True), policy.artikelen[0].leden[1].id)
    return policy


def _tekens() -> Policy:
    """Leden with a sign ("*", a Word bullet list): one indented to be the first onderdeel of the lid before it."""
    policy = _beleid()
    for lid in policy.artikelen[0].leden:
        lid.label = "*"
    policy.artikelen[0].leden[2].onderdelen[0].label = "*"      # a bullet list made after the new onderdelen list
    spring_in(policy, Context("Anna de Vries", bijhouden=True), policy.artikelen[0].leden[1].id)
    return policy


def _uitgesprongen() -> Policy:
    policy = _beleid()
    spring_uit(policy, Context("Bert Jansen", bijhouden=True), policy.artikelen[0].leden[1].onderdelen[0].id)
    return policy


def _alles(policy: Policy, beslis) -> list[str]:
    kopie = copy.deepcopy(policy)
    beslis(kopie, {w.id for w in alle_wijzigingen(kopie)})
    return render_text(kopie).splitlines()


@pytest.mark.parametrize("maak, soort", [(_ingesprongen, "indent_lid"), (_eerste_onderdeel, "indent_lid"),
                                         (_tekens, "indent_lid"), (_uitgesprongen, "outdent_onderdeel")])
def test_a_change_of_level_is_a_paragraph_property_change_and_reads_back_as_itself(tmp_path, maak, soort) -> None:
    policy = maak()
    pad = tmp_path / "redline.docx"
    schrijf_besluit(policy, pad, revisies=True)
    document = etree.fromstring(zipfile.ZipFile(pad).read("word/document.xml"))
    assert not document.xpath("//w:moveFrom | //w:moveTo", namespaces=W)      # no block leaves its place
    oude = document.xpath("//w:pPr/w:pPrChange/w:pPr/w:numPr/w:numId/@w:val", namespaces=W)
    assert oude, "the old list of the paragraphs whose level changed"
    nummering = etree.fromstring(zipfile.ZipFile(pad).read("word/numbering.xml"))
    abstract = nummering.xpath("//w:abstractNum/@w:abstractNumId", namespaces=W)
    assert len(abstract) == len(set(abstract))      # a list of its own never takes a bullet list's id

    terug = importeer_docx(pad)
    assert [w.soort for w in alle_wijzigingen(terug)] == [soort]
    assert verschillen(policy, terug) == []       # kind, author, date, text, artikel and lid
    for beslis in (accepteer, verwerp):
        assert _alles(terug, beslis) == _alles(policy, beslis)


@pytest.mark.skipif(not heeft_uno(), reason="python3-uno and LibreOffice are installed by .ci/run")
def test_libreoffice_accepts_and_rejects_a_change_of_level_to_our_texts(tmp_path) -> None:
    taken = []
    for naam, maak in (("in", _ingesprongen), ("eerste", _eerste_onderdeel), ("tekens", _tekens), ("uit", _uitgesprongen)):
        policy = maak()
        redline, acc, rej = (tmp_path / f"{naam}-{d}.docx" for d in ("redline", "acc", "rej"))
        schrijf_besluit(policy, redline, revisies=True)
        for pad, beslis in ((acc, accepteer), (rej, verwerp)):
            kopie = copy.deepcopy(policy)
            beslis(kopie, {w.id for w in alle_wijzigingen(kopie)})
            schrijf_besluit(kopie, pad)
        taken.append({"in": str(redline), "accepteer": str(tmp_path / f"{naam}-lo-acc.docx"),
                      "verwerp": str(tmp_path / f"{naam}-lo-rej.docx"), "alineas": [str(acc), str(rej)]})
    for taak, lo in zip(taken, libreoffice(taken)):
        assert not lo.get("fout")
        alineas = lo["alineas"]
        assert _lo_verschil(alineas[taak["alineas"][0]], alineas["accepteer"]) == []
        assert _lo_verschil(alineas[taak["alineas"][1]], alineas["verwerp"]) == []       # "3." back, "a." again
        for pad, verwacht in ((taak["accepteer"], taak["alineas"][0]), (taak["verwerp"], taak["alineas"][1])):
            assert render_text(importeer_docx(Path(pad))) == render_text(importeer_docx(Path(verwacht)))


def test_an_old_place_anchor_of_the_same_role_is_no_change_of_level() -> None:
    """LibreOffice's Reject All leaves a moved lid's old-place anchor ("_bs_lv_") in the lid's own paragraph: that
    lid is no lid whose level changed (it kept the label of before a change of level, '3.' for its '*')."""
    from editor.formats.docx_import import Alinea, _kies_anker
    from editor.model.segment import Segment

    alinea = Alinea(segmenten=[Segment("Aansprakelijkheid.")])
    alinea.kandidaten = [[("l", "lid1", True), "1", 0, 1], [("l", "lid1", False), "2", 1, 1]]
    _kies_anker(alinea)
    assert alinea.anker == ("l", "lid1", False) and alinea.tweede is None

    alinea = Alinea(segmenten=[Segment("Ingesprongen lid.")])
    alinea.kandidaten = [[("o", "lid2", False), "1", 0, 1], [("l", "lid2", True), "2", 0, 1]]
    _kies_anker(alinea)
    assert alinea.anker == ("o", "lid2", False) and alinea.tweede == ("l", "lid2", True)
