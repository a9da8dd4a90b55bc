"""Alignment of the samples' clauses, moves, and the rebuilt inputs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.compare import compare_blocks, compare_policies
from editor.compare.blocks import Blok, blokken
from editor.compare.report import als_json, controleer
from editor.samples import load_sample, sample_ids


def paren(a: str, b: str) -> dict[str, tuple[str, str]]:
    """Left block -> (its row's first right block, the row's kind)."""
    result = compare_policies(load_sample(a), load_sample(b))
    return {blok.ref: (r.rechts.ref, r.soort) for r in result.rijen if r.links and r.rechts for blok in r.links_blokken}


@pytest.mark.parametrize("links, rechts, soort", [
    ("artikel 2, lid 2", "artikel 4, lid 2", "changed"),   # named in the issue
    ("artikel 3, lid 3", "artikel 5, lid 3", "changed"),   # the disclaimer, named in the issue
    ("artikel 1, lid 1", "artikel 2, lid 1", "changed"),
    ("artikel 1, lid 2", "artikel 2, lid 2", "changed"),
    ("artikel 2, lid 3", "artikel 4, lid 3", "changed"),
    ("artikel 2, lid 4", "artikel 4, lid 4", "changed"),
    ("artikel 2, lid 5", "artikel 4, lid 5", "changed"),
    ("artikel 2, lid 6", "artikel 4, lid 6", "changed"),
    ("artikel 2, lid 8", "artikel 4, lid 7", "changed"),
    ("artikel 2, lid 9", "artikel 4, lid 8", "changed"),
    ("artikel 2, lid 10", "artikel 4, lid 9", "changed"),
    ("artikel 3, lid 1", "artikel 5, lid 1", "changed"),
])
def test_policy_bv_against_werksaam(links: str, rechts: str, soort: str) -> None:
    assert paren("policy-bv", "werksaam")[links] == (rechts, soort)


def test_alignments_across_other_samples() -> None:
    assert paren("policy-bv", "arag-richtlijnen")["artikel 2, lid 9"][0] == "artikel 1, lid 6"   # ontsporen
    assert paren("werksaam", "arag-richtlijnen")["artikel 4, lid 8"][0] == "artikel 1, lid 6"
    assert paren("ai-gpt-4.1-nano", "ai-deepseek-chat")["artikel 5"][0] == "artikel 3, lid 2"   # sancties


def test_unmatched_blocks_are_one_sided() -> None:
    result = compare_policies(load_sample("policy-bv"), load_sample("werksaam"))
    alleen_rechts = {r.rechts.ref for r in result.rijen if r.soort == "right_only"}
    assert {"artikel 3, lid 4", "artikel 8", "gezien 1"} <= alleen_rechts      # auteursrecht, citeertitel, OR
    alleen_links = {r.links.ref for r in result.rijen if r.soort == "left_only"}
    assert "artikel 2, lid 1" in alleen_links                                  # werktijd: WerkSaam has none
    # Policy BV has the "vermelden" point twice; WerkSaam once, with its identification in 6.1 as well
    assert {paren("policy-bv", "werksaam")[r][0] for r in ("artikel 2, lid 7", "artikel 3, lid 2")} == \
        {"artikel 5, lid 2", "artikel 6, lid 1"}


def test_a_policy_against_itself_is_all_same() -> None:
    result = compare_policies(load_sample("werksaam"), load_sample("werksaam"))
    assert {r.soort for r in result.rijen} == {"same"} and result.stats()["verschillen"] == 0


def test_moved_artikel_keeps_its_word_diff() -> None:
    links = [Blok(str(i), f"Lid {i} over onderwerp nummer{i} met eigen woorden{i}.", "lid", i, 1) for i in range(8)]
    rechts = [links[i] for i in (0, 1, 5, 2, 3, 4, 6, 7)]
    rechts[2] = Blok("x", "Lid 5 over onderwerp nummer5 met andere woorden5.", "lid", 3, 1)
    result = compare_blocks(links, rechts)
    verplaatst = [r for r in result.rijen if r.soort == "moved"]
    assert [(r.links.id, r.rechts.id) for r in verplaatst] == [("5", "x")]
    assert ("-", "eigen") in verplaatst[0].ops and ("+", "andere") in verplaatst[0].ops


def test_organisation_names_option() -> None:
    met = compare_policies(load_sample("werksaam"), load_sample("policy-bv"))
    rij = next(r for r in met.rijen if r.links and r.links.ref == "artikel 4, lid 6")
    assert rij.soort == "changed" and ("-", "medewerker") in rij.ops
    from editor.compare import CompareOptions
    zonder = compare_policies(load_sample("werksaam"), load_sample("policy-bv"), CompareOptions(False))
    rij = next(r for r in zonder.rijen if r.links and r.links.ref == "artikel 4, lid 2")
    assert ("+", "Policy BV") in rij.ops or any(op[0] == "+" and "Policy BV" in op[1] for op in rij.ops)


@pytest.mark.parametrize("a", sample_ids())
def test_every_pair_rebuilds_its_inputs(a: str) -> None:
    for b in sample_ids():
        result = compare_policies(load_sample(a), load_sample(b))
        assert controleer(result)
        links = [blok.id for r in result.rijen for blok in r.links_blokken]
        rechts = [blok.id for r in result.rijen for blok in r.rechts_blokken]
        assert sorted(links) == sorted(x.id for x in blokken(load_sample(a)))     # every block once
        assert sorted(rechts) == sorted(x.id for x in blokken(load_sample(b)))


def test_json_shape() -> None:
    data = als_json(compare_policies(load_sample("policy-bv"), load_sample("werksaam")))
    assert set(data) >= {"rows", "stats"}
    rij = next(r for r in data["rows"] if r["left"] and r["left"]["ref"] == "artikel 2, lid 2")
    assert rij["kind"] == "changed"
    assert (rij["left"]["artikel"], rij["left"]["lid"], rij["right"]["artikel"], rij["right"]["lid"]) == (2, 2, 4, 2)
    assert all(op[0] in "=-+" for op in rij["ops"]) and ["-", "werknemer"] in rij["ops"]
    assert {r["kind"] for r in data["rows"]} <= {"same", "changed", "moved", "left_only", "right_only"}
    assert data["stats"]["changed"] == sum(1 for r in data["rows"] if r["kind"] == "changed")


zinnen = st.lists(st.sampled_from(["De medewerker meldt", "het incident", "bij twijfel", "Policy BV", "privé", "."]),
                  min_size=1, max_size=8).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(zinnen, max_size=12), st.lists(zinnen, max_size=12))
def test_rebuilt_texts_are_the_inputs(links: list[str], rechts: list[str]) -> None:
    bl = [Blok(f"l{i}", t, "lid", 1, i + 1) for i, t in enumerate(links)]
    br = [Blok(f"r{i}", t, "lid", 1, i + 1) for i, t in enumerate(rechts)]
    result = compare_blocks(bl, br, frozenset({"Policy BV"}))
    assert controleer(result)
    assert [r.links.id for r in result.rijen if r.links] == [b.id for b in bl]
    assert sorted(r.rechts.id for r in result.rijen if r.rechts) == sorted(b.id for b in br)


@settings(max_examples=60, deadline=None)
@given(st.lists(zinnen, max_size=12), st.lists(zinnen, max_size=12))
def test_with_splits_every_block_is_in_one_row_and_rebuilt(links: list[str], rechts: list[str]) -> None:
    bl = [Blok(f"l{i}", t, "lid", 1, i + 1) for i, t in enumerate(links)]
    br = [Blok(f"r{i}", t, "lid", 1, i + 1) for i, t in enumerate(rechts)]
    result = compare_blocks(bl, br, frozenset({"Policy BV"}), splitsingen=True)
    assert controleer(result)
    assert sorted(b.id for r in result.rijen for b in r.links_blokken) == sorted(b.id for b in bl)
    assert sorted(b.id for r in result.rijen for b in r.rechts_blokken) == sorted(b.id for b in br)
    assert all(len(r.ook_redenen) == len(r.links_ook) + len(r.rechts_ook) for r in result.rijen)
    assert all(not (r.links_ook and r.rechts_ook) for r in result.rijen)      # never many-to-many
