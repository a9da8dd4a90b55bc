"""The gap analysis: the library's clauses offered for a topic a draft lacks, best first."""

from __future__ import annotations

import pytest

from clauses.gaten import voor_blok, voor_onderwerp
from clauses.library import laad_bibliotheek
from editor.compare.blocks import Blok, blokken
from editor.samples import load_sample


def test_an_empty_cell_offers_model_clauses_first() -> None:
    voorstellen = voor_onderwerp(laad_bibliotheek(), "sancties")
    ids = [v.clausule.id for v in voorstellen]
    assert ids[:2] == ["model:sancties-gematigd", "model:sancties-streng"] or \
        set(ids[:2]) == {"model:sancties-gematigd", "model:sancties-streng"}
    assert all("sancties" in v.clausule.topics for v in voorstellen)
    assert {"werksaam:3.6", "ai-gpt-4.1-nano:5.1"} & set(ids)             # the samples' own sanction clauses too
    with pytest.raises(ValueError):
        voor_onderwerp(laad_bibliotheek(), "geen-onderwerp")


def test_a_missing_clause_is_answered_with_the_most_alike() -> None:
    """WerkSaam's copyright clause, missing in Policy BV: the library's copyright clauses, with why."""
    blok = next(b for b in blokken(load_sample("werksaam")) if b.ref == "artikel 3, lid 4")
    voorstellen = voor_blok(laad_bibliotheek(), blok)
    assert voorstellen[0].clausule.id == "model:auteursrecht"
    assert "auteursrecht" in voorstellen[0].reden
    assert "werksaam:3.4" not in [v.clausule.id for v in voorstellen]    # not the clause itself
    assert [v.score for v in voorstellen] == sorted((v.score for v in voorstellen), reverse=True)


def test_a_clause_like_nothing_in_the_library_gets_no_offer() -> None:
    assert voor_blok(laad_bibliotheek(), Blok("x", "Het weer is mooi vandaag.", "lid")) == []
    assert voor_blok(laad_bibliotheek(), Blok("x", "", "lid")) == []
