"""The comparison measured against the hand-made answer keys (tests/data): the issue's targets.

benchmarks/alignment_quality.py prints the same figures per pair, with the wrong and missed pairs.
"""

from __future__ import annotations

from tests.helpers.sleutel import meet_dekking, meet_paren, totaal


def test_alignment_meets_the_targets_on_the_key() -> None:
    uitslagen = meet_paren()
    assert len(uitslagen) == 15
    precisie, recall, f1 = totaal(uitslagen)
    assert precisie >= 0.90, precisie
    assert f1 >= 0.85, f1
    zwak = {u.paar: round(u.f1, 2) for u in uitslagen if u.f1 < 0.75}
    assert not zwak, zwak


def test_coverage_classification_meets_the_target() -> None:
    goed, aantal, fout = meet_dekking()
    assert aantal >= 119
    assert goed / aantal >= 0.90, fout
