"""Moves in the Word round trip: a moved block is w:moveFrom at its old place and w:moveTo at its new one,
what was deleted in it stands where LibreOffice accepts and rejects it right, and our import reads every
change back as it was made (a move stays a move, not a deletion and an insertion)."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from benchmarks.word_roundtrip import libreoffice, tekst
from benchmarks.word_telling import koppel, revisies
from editor.bewerken import Context, bewerk_tekst, verplaats, verschuif, verwijder
from editor.formats.docx_export import schrijf_besluit
from editor.formats.docx_import import importeer_docx
from editor.model.document import Artikel, Lid, Policy
from editor.revisions.beslissen import accepteer, verwerp
from editor.revisions.lijst import alle_wijzigingen
from tests.helpers.libreoffice import heeft_uno
from tests.helpers.word_vergelijk import verschillen

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def _code() -> Policy:
    return Policy("Code", artikelen=[
        Artikel("Eerste", [Lid("Een twee drie vier."), Lid("Vijf zes zeven."), Lid("Acht negen tien.")]),
        Artikel("Tweede", [Lid("Elf twaalf dertien."), Lid("Veertien vijftien.")])])


def _ctx(auteur: str) -> Context:
    return Context(auteur, bijhouden=True)


def _verschoven_dan_bewerkt(verwijderaar: str) -> Policy:
    policy = _code()
    lid = policy.artikelen[0].leden[2]
    verschuif(policy, _ctx("Bert"), lid.id, -1)
    bewerk_tekst(policy, _ctx(verwijderaar), lid.id, "Acht tien.")
    return policy


def _verschoven_dan_verwijderd() -> Policy:
    policy = _code()
    lid = policy.artikelen[0].leden[2]
    verschuif(policy, _ctx("Anna"), lid.id, -1)
    verwijder(policy, _ctx("Bert"), lid.id)
    return policy


def _verschoven_in_verwijderd_artikel() -> Policy:
    policy = _code()
    tweede = policy.artikelen[1]
    verschuif(policy, _ctx("Anna"), tweede.leden[0].id, 1)
    verwijder(policy, _ctx("Bert"), tweede.id)
    return policy


def _twee_keer_verplaatst() -> Policy:
    policy = _code()
    lid = policy.artikelen[0].leden[0]
    verplaats(policy, _ctx("Anna"), lid.id, policy.artikelen[1].id, 2)
    verplaats(policy, _ctx("Bert"), lid.id, policy.artikelen[1].id, 0)
    return policy


GEVALLEN = {
    "deleted in it by another": lambda: _verschoven_dan_bewerkt("Anna"),
    "deleted in it by the mover": lambda: _verschoven_dan_bewerkt("Bert"),
    "moved then deleted": _verschoven_dan_verwijderd,
    "moved in an artikel deleted since": _verschoven_in_verwijderd_artikel,
    "moved twice": _twee_keer_verplaatst,
}


def _document(pad: Path):
    with zipfile.ZipFile(pad) as z:
        return etree.fromstring(z.read("word/document.xml"))


@pytest.mark.parametrize("geval", sorted(GEVALLEN))
def test_our_import_keeps_every_change_of_a_moved_block_as_a_move(geval: str, tmp_path: Path, capsys) -> None:
    policy = GEVALLEN[geval]()
    assert any(w.soort == "move" for w in alle_wijzigingen(policy))
    pad = tmp_path / "code.docx"
    schrijf_besluit(policy, pad, revisies=True)
    terug = importeer_docx(pad)
    assert verschillen(policy, terug) == []          # kind, author, date, text and place of every change
    assert "Verplaatsing" not in capsys.readouterr().err


def test_text_deleted_in_a_moved_lid_by_another_author_is_a_del_inside_the_movers_ins(tmp_path: Path) -> None:
    pad = tmp_path / "code.docx"
    schrijf_besluit(_verschoven_dan_bewerkt("Anna"), pad, revisies=True)
    document = _document(pad)
    genest = document.xpath("//w:ins[@w:author='Bert']/w:del[@w:author='Anna']", namespaces=NS)
    assert ["".join(d.itertext()) for d in genest] == ["negen "]
    # the old place holds the text as it stood, all of it moved away by the mover
    assert "".join(document.xpath("//w:moveFrom//w:t/text()", namespaces=NS)) == "Acht negen tien."


def test_a_block_moved_twice_has_one_old_place(tmp_path: Path) -> None:
    pad = tmp_path / "code.docx"
    schrijf_besluit(_twee_keer_verplaatst(), pad, revisies=True)
    document = _document(pad)
    assert document.xpath("//w:moveFrom//w:t/text()", namespaces=NS) == ["Een twee drie vier."]
    assert document.xpath("//w:moveTo//w:t/text()", namespaces=NS) == ["Een twee drie vier."]


@pytest.mark.skipif(not heeft_uno(), reason="python3-uno and LibreOffice are installed by .ci/run")
def test_libreoffice_shows_accepts_and_rejects_the_moves_as_we_do(tmp_path: Path) -> None:
    taken, verwacht = [], []
    for n, naam in enumerate(sorted(GEVALLEN)):
        policy = GEVALLEN[naam]()
        ids = {w.id for w in alle_wijzigingen(policy)}
        geaccepteerd, verworpen = copy.deepcopy(policy), copy.deepcopy(policy)
        accepteer(geaccepteerd, set(ids))
        verwerp(verworpen, set(ids))
        pad, acc, rej = (tmp_path / f"{n}-{d}.docx" for d in ("redline", "acc", "rej"))
        schrijf_besluit(policy, pad, revisies=True)
        schrijf_besluit(geaccepteerd, acc)
        schrijf_besluit(verworpen, rej)
        taken.append({"in": str(pad), "accepteer": str(tmp_path / f"{n}-lo-acc.docx"),
                      "verwerp": str(tmp_path / f"{n}-lo-rej.docx")})
        verwacht.append((naam, policy, ids, tekst(acc), tekst(rej)))
    for taak, lo, (naam, policy, ids, acc, rej) in zip(taken, libreoffice(taken), verwacht):
        assert not lo.get("fout"), naam
        gezien, vreemd = koppel(revisies(Path(taak["in"])), lo["wijzigingen"])
        assert (ids - gezien, vreemd) == (set(), []), naam      # every change shown whole, by its author
        assert tekst(Path(taak["accepteer"])) == acc, naam
        assert tekst(Path(taak["verwerp"])) == rej, naam


def _lid_uit_verplaatst_artikel() -> Policy:
    """Anna moves artikel 2 before artikel 1; Bert then moves its first lid into artikel 1 and Anna deletes
    its second lid."""
    policy = _code()
    tweede = policy.artikelen[1]
    verplaats(policy, _ctx("Anna"), tweede.id, "artikelen", 0)
    verplaats(policy, _ctx("Bert"), tweede.leden[0].id, policy.artikelen[1].id, 1)
    verwijder(policy, _ctx("Anna"), tweede.leden[0].id)
    return policy


GEVALLEN["moved out of a moved artikel, one deleted in it"] = _lid_uit_verplaatst_artikel


def test_the_old_places_inside_a_moved_artikel_stand_at_its_old_place_only(tmp_path: Path) -> None:
    pad = tmp_path / "code.docx"
    schrijf_besluit(_lid_uit_verplaatst_artikel(), pad, revisies=True)
    document = _document(pad)
    # the lid Bert moved out: moved away once (at the artikel's old place), moved here once; the lid Anna
    # deleted: deleted once, at the artikel's old place, not again at its new place (Reject All brought both
    # back twice, and LibreOffice 7.4 drops a w:del inside a w:ins of the same author)
    assert len(document.xpath("//w:moveFrom[.//w:t='Elf twaalf dertien.']", namespaces=NS)) == 1
    assert len(document.xpath("//w:moveTo[.//w:t='Elf twaalf dertien.']", namespaces=NS)) == 1
    assert len(document.xpath("//w:del[.//w:delText='Veertien vijftien.']", namespaces=NS)) == 1
    assert not document.xpath("//*[.//w:t='Veertien vijftien.']", namespaces=NS)


def test_an_inserted_hoofdstuk_left_without_artikelen_comes_back_as_its_insertion(tmp_path: Path) -> None:
    """A second new hoofdstuk at the same artikel takes all of the first one's artikelen: the first has no
    heading in the text (a hoofdstuk without artikelen shows none), and its insertion is a fact of the file."""
    from editor.bewerken import nieuw_hoofdstuk

    policy = _code()
    nieuw_hoofdstuk(policy, _ctx("Anna"), policy.artikelen[1].id, "Eerste nieuwe")
    nieuw_hoofdstuk(policy, _ctx("Bert"), policy.artikelen[1].id, "Tweede nieuwe")
    assert [w.soort for w in alle_wijzigingen(policy)].count("insert_hoofdstuk") == 2
    pad = tmp_path / "code.docx"
    schrijf_besluit(policy, pad, revisies=True)
    assert verschillen(policy, importeer_docx(pad)) == []
