"""Revisions written as Word writes them, and read back from the XML structure."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from editor.bewerken import Context, bewerk_tekst, verschuif, verwijder
from editor.formats.docx_export import schrijf_besluit
from editor.formats.docx_import import importeer_docx
from editor.model.document import Artikel, Lid, Policy
from editor.revisions.lijst import alle_wijzigingen
from editor.samples import load_sample

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def _document(pad: Path):
    with zipfile.ZipFile(pad) as z:
        return etree.fromstring(z.read("word/document.xml"))


def _code() -> Policy:
    return Policy("Code", artikelen=[Artikel("Eerste", [Lid("Een twee drie."), Lid("Vier vijf."), Lid("Zes.")])])


def test_an_insertion_deleted_by_another_author_is_a_del_inside_the_ins(tmp_path: Path) -> None:
    policy = _code()
    lid = policy.artikelen[0].leden[0]
    bewerk_tekst(policy, Context("Anna", bijhouden=True), lid.id, "Een twee nieuw woord drie.")
    bewerk_tekst(policy, Context("Bert", bijhouden=True), lid.id, "Een twee nieuw drie.")
    pad = tmp_path / "code.docx"
    schrijf_besluit(policy, pad, revisies=True)
    genest = _document(pad).xpath("//w:ins/w:del", namespaces=NS)
    assert len(genest) == 1
    assert genest[0].getparent().get(f"{{{W}}}author") == "Anna" and genest[0].get(f"{{{W}}}author") == "Bert"
    assert "".join(genest[0].itertext()) == "woord "
    terug = importeer_docx(pad)
    segment = next(s for s in terug.revisies[terug.artikelen[0].leden[0].id] if s.del_id)
    assert (segment.tekst, segment.auteur, segment.del_auteur) == ("woord ", "Anna", "Bert")
    assert sorted((w.auteur, w.soort) for w in alle_wijzigingen(terug)) == \
           sorted((w.auteur, w.soort) for w in alle_wijzigingen(policy))


def test_a_moved_lid_is_movefrom_and_moveto_and_comes_back_as_a_move(tmp_path: Path) -> None:
    policy = _code()
    verschuif(policy, Context("Cees", bijhouden=True), policy.artikelen[0].leden[2].id, -1)
    pad = tmp_path / "code.docx"
    schrijf_besluit(policy, pad, revisies=True)
    document = _document(pad)
    van = document.xpath("//w:moveFromRangeStart/@w:name", namespaces=NS)
    naar = document.xpath("//w:moveToRangeStart/@w:name", namespaces=NS)
    assert van and van == naar
    assert document.xpath("//w:moveFrom//w:t", namespaces=NS) and document.xpath("//w:moveTo//w:t", namespaces=NS)
    # the paragraph marks go with the move as a deletion and an insertion by the mover (LibreOffice 7.4 does
    # not take w:moveFrom / w:moveTo on a mark), on the mark before the paragraph where LibreOffice needs it
    assert document.xpath("//w:pPr/w:rPr/w:del[@w:author='Cees']", namespaces=NS)
    assert document.xpath("//w:pPr/w:rPr/w:ins[@w:author='Cees']", namespaces=NS)
    terug = importeer_docx(pad)
    assert [l.tekst for l in terug.artikelen[0].leden] == ["Een twee drie.", "Zes.", "Vier vijf."]
    assert [(s.soort, s.wijziging.auteur) for s in terug.spoken] == [("verplaatst", "Cees")]


def test_a_deleted_lid_comes_back_as_a_pending_deletion(tmp_path: Path) -> None:
    policy = _code()
    verwijder(policy, Context("Anna", bijhouden=True), policy.artikelen[0].leden[1].id)
    pad = tmp_path / "code.docx"
    schrijf_besluit(policy, pad, revisies=True)
    terug = importeer_docx(pad)
    assert [l.tekst for l in terug.artikelen[0].leden] == ["Een twee drie.", "Zes."]
    assert [(s.soort, s.wijziging.auteur, s.lid.tekst) for s in terug.spoken] == [("verwijderd", "Anna", "Vier vijf.")]


def test_a_reference_renumbered_by_a_deletion_is_that_deletions_revision(tmp_path: Path) -> None:
    policy = load_sample("werksaam")       # artikel 4, lid 4 refers to "artikel 5, derde lid"
    doel = policy.artikelen[4]
    verwijder(policy, Context("Bert", bijhouden=True), doel.leden[0].id)
    pad = tmp_path / "werksaam.docx"
    schrijf_besluit(policy, pad, revisies=True)
    document = _document(pad)
    weg = [("".join(e.itertext()), e.get(f"{{{W}}}author")) for e in document.iter(f"{{{W}}}del")]
    erbij = [("".join(e.itertext()), e.get(f"{{{W}}}author")) for e in document.iter(f"{{{W}}}ins")]
    assert ("derde", "Bert") in weg and ("tweede", "Bert") in erbij


def test_a_comment_thread_and_its_anchor_come_back(tmp_path: Path) -> None:
    from editor.bewerken import beantwoord, voeg_opmerking_toe, wissel_opgelost

    policy = _code()
    lid = policy.artikelen[0].leden[1]
    voeg_opmerking_toe(policy, Context("Anna", bijhouden=True), lid.id, "Waarom vijf?")
    opmerking = policy.opmerkingen[0]
    beantwoord(policy, Context("Bert", bijhouden=True), opmerking.id, "Omdat vier te weinig is.")
    wissel_opgelost(policy, opmerking.id)
    pad = tmp_path / "code.docx"
    schrijf_besluit(policy, pad, revisies=True)
    terug = importeer_docx(pad)
    assert len(terug.opmerkingen) == 1
    o = terug.opmerkingen[0]
    assert (o.auteur, o.tekst, o.blok_id, o.opgelost) == ("Anna", "Waarom vijf?", terug.artikelen[0].leden[1].id, True)
    assert [(a.auteur, a.tekst) for a in o.antwoorden] == [("Bert", "Omdat vier te weinig is.")]
