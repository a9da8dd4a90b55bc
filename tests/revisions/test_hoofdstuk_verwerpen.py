"""A rejected hoofdstuk insertion that holds artikelen it did not move in (a Word redline of another program
inserts only the heading): its artikelen join the hoofdstuk before it, as when the heading leaves a Word file,
and the text renders (it crashed with "None is not in list")."""

from editor.formats.text_export import render_text
from editor.model.document import Hoofdstuk
from editor.model.segment import INSERT, Segment
from editor.revisions.beslissen import accepteer, verwerp
from editor.samples import load_sample


def _met_ingevoegde_kop():
    policy = load_sample("werksaam")
    eerste = Hoofdstuk("Algemeen")
    policy.hoofdstukken.append(eerste)
    for artikel in policy.artikelen:
        artikel.hoofdstuk_id = eerste.id
    nieuw = Hoofdstuk("Slotbepalingen")
    policy.hoofdstukken.append(nieuw)
    for artikel in policy.artikelen[6:]:
        artikel.hoofdstuk_id = nieuw.id
    policy.blokrevisies[nieuw.id] = Segment("", INSERT, "Docxodus", "2026-11-23T10:00:00Z", 9)
    policy.wijzigingsoorten["9"] = "insert_hoofdstuk"
    return policy, eerste, nieuw


def test_rejected_heading_gives_its_artikelen_to_the_hoofdstuk_before_it():
    policy, eerste, nieuw = _met_ingevoegde_kop()
    verwerp(policy, {9})
    assert [h.id for h in policy.hoofdstukken] == [eerste.id]
    assert {a.hoofdstuk_id for a in policy.artikelen} == {eerste.id}
    tekst = render_text(policy)
    assert "Slotbepalingen" not in tekst and tekst.count("Algemeen") == 1


def test_accepted_heading_keeps_its_artikelen():
    policy, eerste, nieuw = _met_ingevoegde_kop()
    accepteer(policy, {9})
    assert [a.hoofdstuk_id for a in policy.artikelen[6:]] == [nieuw.id] * (len(policy.artikelen) - 6)
    assert "Slotbepalingen" in render_text(policy)
