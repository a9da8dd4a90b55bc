"""A tracked edit never cuts a cross-reference marker in two: every segment holds whole {ref:ID} markers, so
each change reads as whole references in a redline, the review list and Word."""

import re

from hypothesis import given, settings, strategies as st

from editor.model.verwijzingen import MARKER
from editor.revisions.segments import EQUAL, Segment, huidig, origineel, pas_toe

REFS = ["{ref:aaaaaa11}", "{ref:bbbbbb22}", "{ref:cccccc33}"]
STUK = st.one_of(st.sampled_from(REFS), st.sampled_from(["Zie ", "en ", "lid ", "artikel ", ", ", ". ", "ook "]))
TEKST = st.lists(STUK, max_size=8).map("".join)


def _heel(tekst: str) -> bool:
    """No marker's start or end without the rest of it."""
    zonder = MARKER.sub("", tekst)
    return "{ref:" not in zonder and not re.search(r"^[0-9a-f]{0,32}\}", zonder)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(TEKST, TEKST, TEKST)
def test_segments_hold_whole_markers(oud, tussen, nieuw):
    teller = iter(range(1, 10_000))
    segmenten = pas_toe([Segment(oud, EQUAL)], tussen, "Anna", "t1", lambda: next(teller))
    segmenten = pas_toe(segmenten, nieuw, "Bert", "t2", lambda: next(teller))
    assert huidig(segmenten) == nieuw and origineel(segmenten) == oud
    assert all(_heel(s.tekst) for s in segmenten), [(s.soort, s.tekst) for s in segmenten]


def test_reference_typed_before_another_is_one_insertion():
    oud = "Zie {ref:aaaaaa11} en verder."
    segmenten = pas_toe([Segment(oud, EQUAL)], "Zie {ref:bbbbbb22} {ref:aaaaaa11} en verder.", "A", "t", lambda: 7)
    assert [(s.soort, s.tekst) for s in segmenten] == [
        ("equal", "Zie "), ("insert", "{ref:bbbbbb22} "), ("equal", "{ref:aaaaaa11} en verder.")]
