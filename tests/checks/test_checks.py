"""The drafting checks on the samples: real findings only."""

from __future__ import annotations

import copy

from editor.checks import controleer
from editor.model.metadata import InstemmingStatus
from editor.model.verwijzingen import marker
from editor.samples import load_sample

# Only WerkSaam is legally defective (it applies before the OR consented); the others are concepts,
# whose open points are notes and warnings, not fouten (issue 13 item 2, issue 15).
VERWACHT = {
    "werksaam": {"terugwerking-voor-instemming"},
    "policy-bv": set(),
    "arag-richtlijnen": set(),
    "het-bedrijf": set(),
    "ai-gpt-4.1-nano": set(),
    "ai-deepseek-chat": set(),
}


def fouten(policy) -> set[str]:
    return {b.code for b in controleer(policy) if b.ernst == "fout"}


def test_samples_give_only_the_fouten_they_really_have() -> None:
    for sample_id, verwacht in VERWACHT.items():
        assert fouten(load_sample(sample_id)) == verwacht, sample_id


def test_werksaam_retroactive_date_before_consent() -> None:
    bevinding = next(b for b in controleer(load_sample("werksaam")) if b.code == "terugwerking-voor-instemming")
    assert bevinding.bericht == "De code werkt terug tot 1 januari 2015, vóór de instemming van de OR op 28 april 2015."
    assert bevinding.blok == load_sample("werksaam").artikelen[6].leden[0].id


def test_timing_of_vaststelling_consent_and_inwerkingtreding() -> None:
    policy = load_sample("werksaam")
    policy.metadata.inwerkingtreding.terugwerkend_tot = None
    assert fouten(policy) == set()
    policy.metadata.vaststelling.datum = "2015-03-01"                       # before the consent of 28 April 2015
    assert fouten(policy) == {"wor-volgorde"}
    policy.metadata.or_instemming.status = None
    policy.aanhef.gezien.clear()                                             # no consent recorded anywhere
    assert {(b.code, b.ernst) for b in controleer(policy) if b.code == "wor-instemming"} == {("wor-instemming", "waarschuwing")}


def test_aanhef_references_and_stale_consent() -> None:
    policy = load_sample("werksaam")
    policy.metadata.inwerkingtreding.terugwerkend_tot = None
    gelet = copy.deepcopy(policy.aanhef.gezien[0])
    policy.aanhef.gelet_op.append(gelet)
    policy.artikelen[0].leden[0].tekst += f" Zie {marker('deadbeef0000')} en lid 2."
    codes = {b.code for b in controleer(policy)}
    assert {"instemming-onder-gelet-op", "verwijzing-verbroken", "verwijzing-vorm"} <= codes
    from editor.revisions.instemming import leg_besluit_vast
    schoon = load_sample("policy-bv")
    leg_besluit_vast(schoon, "verleend", "2026-03-01", "t")
    assert schoon.metadata.or_instemming.status is InstemmingStatus.VERLEEND
    schoon.artikelen[0].leden[0].tekst = "Anders."
    assert "instemming-verouderd" in fouten(schoon)


def test_signing_date_differing_from_vaststelling() -> None:
    from editor.formats.importer import lees_tekst
    from editor.formats.text_export import render_text

    tekst = render_text(load_sample("werksaam")).replace("De directeur, M.J. Dölle",
                                                         "De directeur, M.J. Dölle (getekend 20 april 2017)")
    policy = lees_tekst(tekst)
    assert [(o.naam, o.datum) for o in policy.metadata.ondertekening] == [("A.J. de Jong", None), ("M.J. Dölle", "2017-04-20")]
    bevinding = next(b for b in controleer(policy) if b.code == "ondertekening-datum")
    assert bevinding.bericht == "M.J. Dölle tekende op 20 april 2017, niet op de dag van vaststelling (13 april 2017)."
    assert "(getekend 20 april 2017)" in render_text(policy)


def test_a_concept_gets_notes_not_fouten() -> None:
    concept = load_sample("policy-bv")
    ernst = {b.code: b.ernst for b in controleer(concept)}
    assert ernst["vaststelling"] == "opmerking"
    concept.metadata.vaststelling.datum = "2026-01-05"
    assert "vaststelling" not in {b.code for b in controleer(concept)}
