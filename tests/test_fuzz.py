"""Hostile and broken input: a fuzzing run (the full 10,000 are in benchmarks/fuzz_bench.py) and the bombs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.fuzz import SOORTEN, draai, maak_bommen, meet_bom


def test_mutated_files_end_in_a_result_or_a_clear_message() -> None:
    uitkomst = draai(600)
    assert uitkomst.fouten == []
    assert uitkomst.totaal == 600 and uitkomst.langste_s < 5
    for soort in SOORTEN:      # the mutations reach both outcomes: they are not all trivially refused
        assert uitkomst.tellingen[(soort, "melding")] + uitkomst.tellingen[(soort, "resultaat")] == 120


@pytest.fixture(scope="module")
def bommen(tmp_path_factory) -> dict[str, Path]:
    return maak_bommen(tmp_path_factory.mktemp("bommen"))


@pytest.mark.parametrize("naam, woord", [("xml-bom.docx", "DOCTYPE"), ("externe-entiteit.docx", "DOCTYPE"),
                                         ("zip-bom.docx", "zip-bom"), ("alinea-100mb.txt", "te groot")])
def test_bombs_are_refused_quickly_and_cheaply(bommen, naam: str, woord: str) -> None:
    seconden, piek_mb, bericht = meet_bom(bommen[naam])
    assert bericht.startswith("exit 2:") and woord in bericht and "\n" not in bericht
    assert seconden < 2 and piek_mb < 300
