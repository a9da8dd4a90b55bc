"""Metadata in step with the text: the slotbepalingen are read from the artikel, and a field edit
rewrites the artikel (one tracked change when tracking is on)."""

from __future__ import annotations

from editor.formats import slotbepalingen as slot
from editor.model.metadata import Intrekking, Inwerkingtreding, InwerkingtredingRegel
from editor.samples import load_sample


def test_editing_artikel_7_lid_1_updates_the_fields() -> None:
    policy = load_sample("werksaam")
    lid = slot.inwerkingtreding_lid(policy)
    assert policy.metadata.inwerkingtreding.terugwerkend_tot == "2015-01-01"
    lid.tekst = "Deze code treedt in werking op de dag na die van bekendmaking."
    assert slot.lees_uit_tekst(policy) >= {"inwerkingtreding"}
    assert policy.metadata.inwerkingtreding.terugwerkend_tot is None
    assert policy.metadata.inwerkingtreding.regel is InwerkingtredingRegel.DAG_NA_BEKENDMAKING
    lid.tekst = "Deze code treedt in werking met ingang van 1 januari 2027."
    slot.lees_uit_tekst(policy)
    assert policy.metadata.inwerkingtreding.regel is InwerkingtredingRegel.VASTE_DATUM
    assert policy.metadata.inwerkingtreding.datum == "2027-01-01"


def test_untracked_field_edit_and_the_other_sentence_of_the_lid_stays() -> None:
    policy = load_sample("werksaam")
    lid = slot.inwerkingtreding_lid(policy)
    lid.tekst += " De oude code wordt gelijktijdig ingetrokken."
    plan = slot.plan_voor_veld(policy, "inwerkingtreding", Inwerkingtreding(InwerkingtredingRegel.DAG_NA_BEKENDMAKING))
    slot.pas_plan_toe(policy, plan)
    assert lid.tekst.endswith("De oude code wordt gelijktijdig ingetrokken.")
    assert not policy.revisies


def test_citeertitel_and_intrekking_and_short_name() -> None:
    policy = load_sample("werksaam")
    slot.pas_plan_toe(policy, slot.plan_voor_veld(policy, "citeertitel", "Socialemediacode WerkSaam"))
    assert slot.citeertitel_lid(policy).tekst == "Deze code wordt aangehaald als: Socialemediacode WerkSaam."
    assert policy.citeertitel == "Socialemediacode WerkSaam"
    intrekking = [Intrekking("Internet- en e-mailprotocol", "2014-07-01")]
    slot.pas_plan_toe(policy, slot.plan_voor_veld(policy, "intrekking", intrekking))
    assert policy.aanhef.beslispunten[1].tekst == "in te trekken het Internet- en e-mailprotocol van 1 juli 2014."
    assert [i.titel for i in policy.metadata.intrekking] == ["Internet- en e-mailprotocol"]
    slot.pas_plan_toe(policy, slot.plan_voor_veld(policy, "korte_naam", "WS"))
    assert "(hierna: WS)" in policy.artikelen[0].leden[0].tekst
    assert policy.metadata.korte_naam == "WS"


def test_formulas_agree_with_the_term() -> None:
    iwt = Inwerkingtreding(InwerkingtredingRegel.DAG_NA_BEKENDMAKING, None, "2015-01-01")
    assert slot.inwerkingtreding_zin(iwt, "code") == ("Deze code treedt in werking met ingang van de dag na die van de "
                                                      "bekendmaking en werkt terug tot en met 1 januari 2015.")
    assert slot.citeertitel_zin("X", "protocol") == "Dit protocol wordt aangehaald als: X."
    assert slot.citeertitel_zin("X", "richtlijnen") == "Deze regeling wordt aangehaald als: X."
    assert slot.lidwoord("Internet- en e-mailprotocol") == "het"
    assert slot.lidwoord("Sociale media code van Op/maat") == "de"


# -- property: a field written in the formula reads back as the same field --------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

datums = st.dates(min_value=__import__("datetime").date(1990, 1, 1), max_value=__import__("datetime").date(2040, 12, 31)).map(
    lambda d: d.isoformat())
inwerkingtredingen = st.builds(
    lambda regel, datum, terug: Inwerkingtreding(regel, datum if regel is InwerkingtredingRegel.VASTE_DATUM else None, terug),
    st.sampled_from(list(InwerkingtredingRegel)), datums, st.none() | datums)


@settings(max_examples=200, deadline=None)
@given(inwerkingtredingen, st.sampled_from(["code", "regeling", "gedragscode", "protocol"]))
def test_formula_reads_back_as_the_field(iwt: Inwerkingtreding, term: str) -> None:
    assert slot.lees_inwerkingtreding(slot.inwerkingtreding_zin(iwt, term)) == iwt


@settings(max_examples=60, deadline=None)
@given(st.lists(inwerkingtredingen, min_size=1, max_size=4), st.sampled_from(["werksaam", "policy-bv"]))
def test_field_edits_and_text_stay_in_step(reeks: list[Inwerkingtreding], sample: str) -> None:
    """Whatever sequence of field edits: the field equals what the text states, and the text states it once."""
    policy = load_sample(sample)
    for iwt in reeks:
        slot.pas_plan_toe(policy, slot.plan_voor_veld(policy, "inwerkingtreding", iwt))
        lid = slot.inwerkingtreding_lid(policy)
        if lid is not None:
            assert slot.lees_inwerkingtreding(lid.tekst) == iwt
            assert lid.tekst.count("in werking") == 1
        assert policy.metadata.inwerkingtreding == iwt
        assert slot.lees_uit_tekst(policy) == set()          # nothing left to re-read: in step
