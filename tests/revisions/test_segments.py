"""The segment algebra of tracked changes (hypothesis properties)."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.revisions.segments import (
    DELETE, INSERT, Segment, accepteer, als_wijzigingen, huidig, origineel, pas_toe, verwerp, wijziging_ids, wijzigingen,
)

woorden = st.lists(st.sampled_from(["de", "medewerker", "meldt", "privé", ",", ".", " ", "WerkSaam", "het", "incident"]),
                   max_size=25).map("".join)


def teller():
    tellen = itertools.count(1)
    return lambda: next(tellen)


def bewerkt(teksten: list[str], auteurs: list[str]) -> list[Segment]:
    """Successive edits of the first text into the others, by alternating authors."""
    volgend = teller()
    segmenten = [Segment(teksten[0])] if teksten[0] else []
    for k, tekst in enumerate(teksten[1:]):
        segmenten = pas_toe(segmenten, tekst, auteurs[k % len(auteurs)], f"2026-03-0{k % 9 + 1}T10:00:00", volgend)
    return segmenten


def test_typing_becomes_an_insertion_and_deleting_a_deletion() -> None:
    segmenten = pas_toe([Segment("de oude code geldt")], "de nieuwe code geldt", "Jan", "t", teller())
    assert [(s.soort, s.tekst, s.auteur) for s in segmenten] == [
        ("equal", "de ", None), ("delete", "oude", "Jan"), ("insert", "nieuwe", "Jan"), ("equal", " code geldt", None)]
    assert huidig(segmenten) == "de nieuwe code geldt" and origineel(segmenten) == "de oude code geldt"


def test_deleting_ones_own_insertion_removes_it() -> None:
    volgend = teller()
    segmenten = pas_toe([Segment("code geldt")], "code geldt altijd", "Jan", "t1", volgend)
    segmenten = pas_toe(segmenten, "code geldt", "Jan", "t2", volgend)
    assert segmenten == [Segment("code geldt")]


@settings(max_examples=300, deadline=None)
@given(st.lists(woorden, min_size=1, max_size=5))
def test_accept_all_gives_current_and_reject_all_the_original(teksten: list[str]) -> None:
    segmenten = bewerkt(teksten, ["Jan", "OR"])
    assert huidig(segmenten) == teksten[-1]
    assert origineel(segmenten) == teksten[0]
    assert huidig(accepteer(segmenten)) == teksten[-1] and not wijzigingen(accepteer(segmenten))
    assert origineel(accepteer(segmenten)) == teksten[-1] and origineel(verwerp(segmenten)) == teksten[0]
    assert huidig(verwerp(segmenten)) == teksten[0] and not wijzigingen(verwerp(segmenten))


@settings(max_examples=300, deadline=None)
@given(st.lists(woorden, min_size=2, max_size=4), st.data())
def test_accept_and_reject_commute_per_change(teksten: list[str], data) -> None:
    segmenten = bewerkt(teksten, ["Jan", "OR"])
    ids = sorted(wijziging_ids(segmenten))
    if len(ids) < 2:
        return
    a, r = data.draw(st.sampled_from(ids)), data.draw(st.sampled_from(ids))
    if a == r:
        return
    assert verwerp(accepteer(segmenten, {a}), {r}) == accepteer(verwerp(segmenten, {r}), {a})


@settings(max_examples=300, deadline=None)
@given(woorden, woorden, woorden)
def test_an_edit_applied_then_rejected_restores_the_text(begin: str, tussen: str, nieuw: str) -> None:
    volgend = teller()
    basis = [Segment(begin)] if begin else []
    eerste = pas_toe(basis, tussen, "Jan", "t1", volgend)
    assert huidig(verwerp(eerste, wijziging_ids(eerste))) == begin          # on plain text
    voor = wijziging_ids(eerste)
    tweede = pas_toe(eerste, nieuw, "OR", "t2", volgend)                     # on top of another author's changes
    assert huidig(verwerp(tweede, wijziging_ids(tweede) - voor)) == tussen


def test_another_authors_insertion_deleted_stays_as_double_markup() -> None:
    volgend = teller()
    segmenten = pas_toe([Segment("code geldt")], "code geldt altijd", "Jan", "t1", volgend)
    segmenten = pas_toe(segmenten, "code geldt", "OR", "t2", volgend)
    ingevoegd = next(s for s in segmenten if s.soort == INSERT)
    assert (ingevoegd.auteur, ingevoegd.del_auteur) == ("Jan", "OR") and huidig(segmenten) == "code geldt"
    assert huidig(verwerp(segmenten, {ingevoegd.del_id})) == "code geldt altijd"
    assert huidig(accepteer(segmenten, {ingevoegd.id})) == "code geldt"
    assert origineel(accepteer(segmenten, {ingevoegd.id})) == "code geldt altijd"


def test_versions_as_changes() -> None:
    segmenten = als_wijzigingen("Artikel over werktijd.", "Artikel over privé en werktijd.", "versie 2", "t", teller(), "v1")
    assert [(s.soort, s.tekst, s.versie) for s in segmenten if s.soort != "equal"] == [("insert", "privé en ", "v1")]
    assert segmenten[0].soort != DELETE
