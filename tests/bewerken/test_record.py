"""The record of changes, under random sessions of 30 operations by two or three authors, with tracking
on, off, and forced by the works council's role (issue 11's invariants)."""

from __future__ import annotations

import copy
from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor import bewerken
from editor.formats.importer import lees_tekst
from editor.formats.text_export import render_text
from editor.model.serialize import to_dict
from editor.revisions import beslissen
from editor.revisions.lijst import alle_wijzigingen
from editor.samples import load_sample, sample_ids
from tests.helpers.sessies import STRUCTUREEL, Kiezer, context, kies_stap, leest_eenduidig, voer_uit

STAPPEN = 30
TIJD = "2026-11-23T10:00:00+00:00"     # one moment for both runs: their records compare whole


@lru_cache(maxsize=None)
def _voorbeeld(sample_id: str):
    """A sample as the window and the command line open it: its fields in step with its text."""
    policy = load_sample(sample_id)
    bewerken.herlees(policy, bewerken.Uitkomst(""))
    return policy


def voorbeeld(sample_id: str):
    return copy.deepcopy(_voorbeeld(sample_id))


def alles(policy, aanvaarden: bool):
    kopie = copy.deepcopy(policy)
    ids = {w.id for w in alle_wijzigingen(kopie)}
    (beslissen.accepteer if aanvaarden else beslissen.verwerp)(kopie, ids)
    assert alle_wijzigingen(kopie) == [] and not kopie.spoken and not kopie.blokrevisies and not kopie.revisies
    return kopie


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(st.data(), st.sampled_from(sample_ids()), st.sampled_from(["aan", "uit", "or"]), st.integers(2, 3))
def test_random_sessions_keep_the_record_true(data, sample_id, modus, aantal_auteurs) -> None:
    kiezer = Kiezer(lambda n: data.draw(st.integers(0, n - 1)) if n > 1 else 0)
    auteurs = ["A", "B", "C"][:aantal_auteurs]
    start = voorbeeld(sample_id)
    policy, los, herlezen = voorbeeld(sample_id), voorbeeld(sample_id), voorbeeld(sample_id)
    uitkomsten = []
    for _ in range(STAPPEN):
        stap = kies_stap(policy, kiezer, kiezer.kies(auteurs))
        voor = {w.id for w in alle_wijzigingen(policy)}
        intrekbaar = _kan_intrekken(policy, stap)
        uitkomsten.append(voer_uit(policy, stap, context(stap, modus, TIJD)))
        voer_uit(los, stap, context(stap, "uit", TIJD))                        # the same sequence, tracking off
        if modus != "uit" and stap.soort in STRUCTUREEL and uitkomsten[-1] is not None:
            nieuw = {w.id for w in alle_wijzigingen(policy)} - voor
            assert len(nieuw) == 1 or (intrekbaar and not nieuw), stap
        if not leest_eenduidig(policy):          # the plain text's one ambiguity: replay from here on is moot
            herlezen = None
        if herlezen is not None:
            bewerken.reviseer(herlezen, lees_tekst(render_text(policy)), context(stap, modus, TIJD))
            assert render_text(herlezen) == render_text(policy), stap
    assert render_text(alles(policy, True)) == render_text(los)
    if herlezen is not None:
        assert render_text(alles(herlezen, True)) == render_text(alles(policy, True))
    if modus != "uit":          # rejecting restores the text; the metadata are facts, not changes
        verworpen = alles(policy, False)
        verworpen.metadata, verworpen.citeertitel = start.metadata, start.citeertitel
        assert render_text(verworpen) == render_text(start)
    for uitkomst in reversed(uitkomsten):
        if uitkomst is not None:
            uitkomst.maak_ongedaan()
    assert to_dict(policy) == to_dict(start)


def _kan_intrekken(policy, stap) -> bool:
    """A step that may take a pending change back instead of adding one: deleting a block whose own insertion
    is pending withdraws it; moving a moved block back to where it was takes the move back; merging into a
    pending insertion. Every other structural step is exactly one new change."""
    from editor.model import structuur
    from tests.helpers.sessies import _blok

    if stap.soort not in ("verwijder", "verschuif", "sleep", "voeg_samen"):
        return False
    blok = _blok(policy, stap.adres)
    ids = {b.id for b in structuur.in_blok(blok)}
    plaats = structuur.plaats(policy, blok.id)
    if stap.soort == "voeg_samen" and plaats.positie + 1 < len(plaats.lijst):
        ids |= {b.id for b in structuur.in_blok(plaats.lijst[plaats.positie + 1])}
    return bool(ids & set(policy.blokrevisies)) or any(s.blok_id in ids for s in policy.spoken)
