"""The clause library: bundled clauses, search, the user's own clauses, sharing as JSON."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from clauses.library import (
    Clausule, bewaar_eigen, eigen_clausules, eigen_pad, exporteer, importeer, laad_bibliotheek,
    modelclausules, naar_plaatshouder, nieuw_eigen_id, verwijder_eigen, voorbeeldclausules,
)
from editor.onderwerpen import TOPIC_IDS
from editor.compare.blocks import blokken
from editor.errors import BestandFout
from editor.samples import load_sample, sample_ids


def test_every_lid_of_the_six_samples_is_a_clause() -> None:
    verwacht = sum(1 for s in sample_ids() for b in blokken(load_sample(s)) if b.deel == "lid")
    clausules = voorbeeldclausules()
    assert len(clausules) == verwacht == 92
    assert {c.bron for c in clausules} == set(sample_ids())
    werksaam = {c.id: c for c in clausules if c.bron == "werksaam"}
    assert werksaam["werksaam:3.4"].topics == ("auteursrecht",)
    assert werksaam["werksaam:3.1"].tekst.startswith("Sociale media identiteiten")
    assert "de naam {organisatie} bevatten" in werksaam["werksaam:3.1"].tekst   # the source's name is a placeholder


def test_at_least_sixty_with_variants_and_model_clauses() -> None:
    bibliotheek = laad_bibliotheek()
    assert len(bibliotheek.clausules) >= 60
    modellen = modelclausules()
    assert {"monitoring", "sancties", "crisis", "evaluatie", "reikwijdte"} <= {t for c in modellen for t in c.topics}
    varianten = {(c.titel, c.variant) for c in modellen if c.variant}
    assert ("Sancties in stappen", "streng") in varianten and ("Sancties in stappen", "gematigd") in varianten
    monitoring = next(c for c in modellen if c.id == "model:monitoring-streng")
    assert "artikel 27, eerste lid, onder k en l" in monitoring.tekst and "proportionaliteit" in monitoring.tekst
    assert all(set(c.topics) <= set(TOPIC_IDS) for c in bibliotheek.clausules)
    assert len({c.id for c in bibliotheek.clausules}) == len(bibliotheek.clausules)


def test_search_ignores_case_and_diacritics() -> None:
    bibliotheek = laad_bibliotheek()
    assert [c.id for c in bibliotheek.zoek("PRIVÉ situaties")] == [c.id for c in bibliotheek.zoek("prive situaties")]
    assert "policy-bv:3.1" in [c.id for c in bibliotheek.zoek("privé situaties")]
    assert [c.id for c in bibliotheek.zoek("bronvermelding", topic="auteursrecht", bron="werksaam")] == ["werksaam:3.4"]
    assert all("sancties" in c.topics for c in bibliotheek.zoek("", topic="sancties"))
    assert bibliotheek.zoek("geen-woord-dat-bestaat") == []


def test_organisation_names_become_placeholders() -> None:
    assert naar_plaatshouder("Policy BV en WerkSaam-publicaties van WerkSaam.", {"Policy BV", "WerkSaam"}) == \
        "{organisatie} en WerkSaam-publicaties van {organisatie}."


def test_own_clauses_saved_edited_deleted(tmp_path: Path) -> None:
    eerste = bewaar_eigen(Clausule(nieuw_eigen_id(), "Onze regel", ("Wij posten niet na 22.00 uur.",), ("werktijd",), "eigen"))
    assert eerste.id == "eigen:1" and str(eigen_pad().parent) == os.environ["BELEIDSSTUDIO_DATA_DIR"]
    bewaar_eigen(Clausule("eigen:1", "Onze regel", ("Wij posten niet na 23.00 uur.",), ("werktijd",), "eigen"))
    assert [c.tekst for c in eigen_clausules()] == ["Wij posten niet na 23.00 uur."]
    assert laad_bibliotheek().zoek("23.00", bron="eigen")[0].id == "eigen:1"
    assert verwijder_eigen("eigen:1") and eigen_clausules() == []


def test_export_and_import_a_clause_set(tmp_path: Path) -> None:
    bewaar_eigen(Clausule("eigen:1", "A", ("Tekst a.",), (), "eigen"))
    bestand = tmp_path / "team.json"
    exporteer(eigen_clausules(), bestand)
    verwijder_eigen("eigen:1")
    assert [c.id for c in importeer(bestand)] == ["eigen:1"]
    assert json.loads(bestand.read_text(encoding="utf-8"))["clausules"][0]["tekst"] == "Tekst a."
    assert [c.titel for c in eigen_clausules()] == ["A"]


@pytest.mark.parametrize("inhoud", [b"{niet json", b'{"clausules": 5}', b'[{"id": "x"}]', b"\xff\xfe"])
def test_a_bad_clause_set_is_refused_and_changes_nothing(tmp_path: Path, inhoud: bytes) -> None:
    bewaar_eigen(Clausule("eigen:1", "A", ("Tekst a.",), (), "eigen"))
    voor = eigen_pad().read_bytes()
    bestand = tmp_path / "slecht.json"
    bestand.write_bytes(inhoud)
    with pytest.raises(BestandFout, match="Geen geldige clausuleset"):
        importeer(bestand)
    assert eigen_pad().read_bytes() == voor


def test_every_bundled_clause_has_a_topic() -> None:
    clausules = laad_bibliotheek().clausules
    assert len(clausules) >= 112 and all(c.topics for c in clausules), [c.id for c in clausules if not c.topics]
    # an introductory sentence takes its artikel's heading's topics
    assert set(next(c for c in clausules if c.id == "ai-deepseek-chat:2.1").topics) == {"privacy", "reputatie"}
