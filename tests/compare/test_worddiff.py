"""Word-level redlines: whole words, Word-like grouping, exact rebuild (a hypothesis property)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.compare.worddiff import links_van, rechts_van, word_ops

NAMEN = frozenset({"Policy BV", "WerkSaam", "[Naam organisatie]"})


def test_a_substitution_reads_like_word() -> None:
    assert word_ops("de oude code", "de nieuwe code") == [("=", "de "), ("-", "oude"), ("+", "nieuwe"), ("=", " code")]


def test_a_change_never_splits_a_word() -> None:
    ops = word_ops("medewerkers gebruiken", "werkers gebruiken")
    assert ops == [("-", "medewerkers"), ("+", "werkers"), ("=", " gebruiken")]


def test_appending_a_sentence() -> None:
    assert word_ops("niet schaadt.", "niet schaadt. Extra zin.") == [("=", "niet schaadt."), ("+", " Extra zin.")]


def test_small_equalities_between_changes_are_merged() -> None:
    ops = word_ops("een twee drie vier vijf", "een zes zeven acht vijf")
    assert ops == [("=", "een "), ("-", "twee drie vier"), ("+", "zes zeven acht"), ("=", " vijf")]


def test_policy_bv_against_werksaam_redline() -> None:
    links = ("Het is werknemer toegestaan om kennis en informatie te delen, mits het geen vertrouwelijke of "
             "merkgebonden informatie betreft en het Policy BV niet schaadt.")
    rechts = ("Het is medewerkers toegestaan om kennis en informatie te delen, mits het geen vertrouwelijke "
              "informatie betreft en het de belangen van WerkSaam niet schaadt.")
    ops = word_ops(links, rechts, NAMEN)
    assert [op for op in ops if op[0] != "="] == [
        ("-", "werknemer"), ("+", "medewerkers"), ("-", "of merkgebonden "), ("+", "de belangen van ")]
    assert ("=", "Policy BV", "WerkSaam") in ops   # the organisation names are one placeholder


def test_names_as_differences_when_asked() -> None:
    ops = word_ops("Policy BV schaadt.", "WerkSaam schaadt.")
    assert ops == [("-", "Policy BV"), ("+", "WerkSaam"), ("=", " schaadt.")]


tekst = st.lists(
    st.sampled_from(["de", "medewerker", "privé", "WerkSaam", "Policy BV", ",", ".", " ", "  ", "\n", "ééé",
                     "login-ID's", "zijn/haar", "[Naam organisatie]", "a1", "x"]),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(tekst, tekst)
def test_ops_rebuild_both_texts_exactly(links: str, rechts: str) -> None:
    for namen in (frozenset(), NAMEN):
        ops = word_ops(links, rechts, namen)
        assert links_van(ops) == links
        assert rechts_van(ops) == rechts


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_any_unicode_rebuilds(links: str, rechts: str) -> None:
    ops = word_ops(links, rechts, NAMEN)
    assert (links_van(ops), rechts_van(ops)) == (links, rechts)
