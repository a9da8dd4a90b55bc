"""Matching Dutch legal paraphrase: filler words, lemmas and concepts, splits, lettered items, reasons."""

from __future__ import annotations

from editor.compare import compare_policies
from editor.compare.blocks import Blok
from editor.compare.engine import compare_blocks
from editor.compare.report import als_json
from editor.compare.termen import CONCEPT, delen, stam, termen
from editor.compare.tokens import inhoudswoorden, naam_patroon
from editor.samples import load_sample


def gedeeld(a: str, b: str) -> set[str]:
    return set(termen(a)[0]) & set(termen(b)[0])


def test_filler_words_go_before_stemming_and_the_organisation_never_counts() -> None:
    telling, _ = termen("zowel persoonlijk als zakelijk, indien de eigen sociale media van Policy BV",
                        naam_patroon(frozenset({"Policy BV"})))
    woorden = {t for t in telling if not t.startswith(CONCEPT)}
    assert woorden == {"persoonlijk", "zakelijk"}                   # no "social", "zowel", "eigen", "indien", "policy"
    assert termen("[Naam organisatie] en {organisatie}")[0] == {}
    assert inhoudswoorden("Sociale media zowel eigen indien WerkSaam", frozenset({"WerkSaam"})) == frozenset()


def test_paraphrase_named_in_the_issue_shares_terms() -> None:
    assert CONCEPT + "respect" in gedeeld("Plaats geen content die discrimineert.", "Discriminatie is verboden.")
    assert CONCEPT + "respect" in gedeeld("Respecteer collega's.", "Houd een respectvolle toon aan.")
    assert CONCEPT + "evaluatie" in gedeeld("Het beleid wordt periodiek geëvalueerd.", "Plan een jaarlijkse evaluatie.")
    assert CONCEPT + "sancties" in gedeeld("De leidinggevende zal passende maatregelen nemen.",
                                           "Dit kan leiden tot disciplinaire maatregelen, waaronder ontslag.")
    assert {CONCEPT + "toestemming", CONCEPT + "derden"} <= gedeeld(
        "informatie publiceren over leveranciers, klanten of partners zonder hun schriftelijke toestemming",
        "geen vertrouwelijke gegevens van collega's, klanten of derden delen zonder toestemming")


def test_a_compound_counts_with_its_parts() -> None:
    assert stam("privacy") in gedeeld("privacygevoelige informatie", "de privacy van collega's")
    assert stam("expertise") in gedeeld("buiten zijn expertisegebied", "bij de eigen expertise blijven")
    assert delen("vertrouwelijk") == () and delen("discrimineren") == ()       # a derivation is no compound


def paren(a: str, b: str) -> set[tuple[str, str]]:
    return {(x.ref, y.ref) for x, y in compare_policies(load_sample(a), load_sample(b)).paren()}


def test_the_pairs_the_issue_found_wrong_or_missed() -> None:
    gpt = paren("werksaam", "ai-gpt-4.1-nano")
    assert ("artikel 1", "artikel 1") in gpt                          # scope with scope
    assert ("artikel 4, lid 1", "artikel 1") not in gpt               # "zowel ... als" is no reason
    assert ("artikel 3, lid 6", "artikel 5") in gpt                   # passende ↔ disciplinaire maatregelen
    assert ("artikel 4, lid 9", "artikel 3, lid 3") in gpt            # bij twijfel
    deepseek = paren("werksaam", "ai-deepseek-chat")
    assert {("artikel 3, lid 6", "artikel 3, lid 2"), ("artikel 5, lid 3", "artikel 1, lid 2")} <= deepseek
    assert ("artikel 2, lid 2", "artikel 3, lid 1") in paren("policy-bv", "het-bedrijf")   # vertrouwelijk


def test_one_block_split_into_several_is_one_row() -> None:
    result = compare_policies(load_sample("policy-bv"), load_sample("werksaam"))
    rij = next(r for r in result.rijen if r.links and r.links.ref == "inleiding 1")
    assert [b.ref for b in rij.rechts_blokken] == [f"overweging {n}" for n in range(1, 6)]
    assert rij.rechts_tekst.count("\n") == 4 and len(rij.ook_redenen) == 4
    assert all(r.deel_van for r in rij.ook_redenen)


def test_lettered_items_are_matched_inside_a_block() -> None:
    """DeepSeek's personal-data block has items a-c; GPT regulates a (personal data) and b (confidential)."""
    result = compare_policies(load_sample("ai-gpt-4.1-nano"), load_sample("ai-deepseek-chat"))
    rij = next(r for r in result.rijen if r.rechts and r.rechts.ref == "artikel 2, alinea 3")
    assert {b.ref for b in rij.links_blokken} == {"artikel 2, lid 4", "artikel 3, lid 1"}
    onderdelen = {rij.reden.onderdeel_rechts} | {r.onderdeel_rechts for r in rij.ook_redenen}
    assert "b" in onderdelen                       # the confidentiality item, named in the reason


def test_every_pair_carries_its_reason_in_json() -> None:
    data = als_json(compare_policies(load_sample("werksaam"), load_sample("ai-gpt-4.1-nano")))
    gepaard = [r for r in data["rows"] if r["left"] and r["right"]]
    assert gepaard and all(r["why"] and r["why"]["text"] for r in gepaard)
    sancties = next(r for r in gepaard if r["left"]["ref"] == "artikel 3, lid 6")
    assert "sancties" in sancties["why"]["concepts"] and "sancties" in sancties["why"]["topics"]
    assert all(r["why"] is None for r in data["rows"] if not (r["left"] and r["right"]))


def test_signature_lines_pair_only_when_equal() -> None:
    links = [Blok("a", "Degenen die namens de organisatie het beleid uitdragen, bepalen dat zelf.", "lid", 1, 1)]
    rechts = [Blok("b", "Namens [Naam Organisatie]: _____", "slotwoord"), Blok("c", "Datum: _____", "slotwoord")]
    assert all(r.soort in ("left_only", "right_only") for r in compare_blocks(links, rechts, splitsingen=True).rijen)


def test_without_splits_every_row_is_one_to_one() -> None:
    """Version comparison (revise) asks for no splits: one block on each side at most."""
    from editor.compare.blocks import blokken
    links, rechts = blokken(load_sample("policy-bv")), blokken(load_sample("werksaam"))
    assert not any(r.links_ook or r.rechts_ook for r in compare_blocks(links, rechts).rijen)
