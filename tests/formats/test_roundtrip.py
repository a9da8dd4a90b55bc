"""The readable text that `show` prints imports back to the same structure and metadata."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.formats.importer import lees_tekst
from editor.formats.text_export import render_text
from editor.model.document import Aanhef, Alinea, Artikel, Hoofdstuk, Lid, Onderdeel, Policy, Sectie
from editor.model.metadata import InstemmingStatus, Metadata, OrInstemming
from editor.formats.policy_json import policy_json
from editor.samples import load_sample, sample_ids


def zonder_ids(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: zonder_ids(v) for k, v in data.items() if k not in ("id", "bron")}
    if isinstance(data, list):
        return [zonder_ids(x) for x in data]
    return data


def structuur(policy: Policy) -> Any:
    data = zonder_ids(policy_json(policy))
    for hoofdstuk, origineel in zip(data["hoofdstukken"], policy.hoofdstukken):
        hoofdstuk["artikelen"] = [policy.artikel_nummer(a) for a in policy.artikelen_van(origineel)]
    return data


@pytest.mark.parametrize("sample_id", sample_ids())
def test_samples_round_trip(sample_id: str) -> None:
    policy = load_sample(sample_id)
    terug = lees_tekst(render_text(policy))
    assert structuur(terug) == structuur(policy)


def test_metadata_not_in_the_text_travels_in_a_gegevens_block() -> None:
    policy = load_sample("policy-bv")
    policy.metadata.or_instemming = OrInstemming(InstemmingStatus.AANGEVRAAGD, "2026-03-01", "OR-vergadering 12")
    policy.metadata.bekendmaking.datum = "2026-04-01"
    tekst = render_text(policy)
    assert 'or_instemming.status: "aangevraagd"' in tekst
    assert "Gegevens" in tekst and 'bekendmaking.datum: "2026-04-01"' in tekst
    assert structuur(lees_tekst(tekst)) == structuur(policy)


# -- generated policies ------------------------------------------------------------------

woord = st.sampled_from(
    ["medewerker", "sociale", "media", "privé", "gebruikt", "reputatie", "Ærø", "één", "werkgever", "niet", "[Naam organisatie]"]
)
zin = st.lists(woord, min_size=3, max_size=12).map(lambda w: w[0].capitalize() + " " + " ".join(w[1:]) + ".")
kop = st.lists(st.sampled_from(["Privé", "Werkvloer", "Sancties", "Melden", "Slot"]), min_size=1, max_size=3).map(" ".join)


@st.composite
def artikelen(draw: st.DrawFn) -> Artikel:
    leden = draw(st.lists(zin, min_size=1, max_size=4))
    genummerd = len(leden) > 1 or draw(st.booleans())
    artikel = Artikel(draw(kop), leden_genummerd=genummerd)
    for tekst in leden:
        onderdelen = draw(st.lists(zin, max_size=3))
        lid = Lid(tekst[:-1] + ":" if onderdelen else tekst)
        lid.onderdelen = [Onderdeel(o, [Alinea(s) for s in draw(st.lists(zin, max_size=2))]) for o in onderdelen]
        artikel.leden.append(lid)
    return artikel


@st.composite
def policies(draw: st.DrawFn) -> Policy:
    policy = Policy(titel=draw(kop) + " code")
    if draw(st.booleans()):
        policy.aanhef = Aanhef("De directie van Voorbeeld BV", gelet_op=[Alinea(draw(zin))],
                               overwegingen=[Alinea(z) for z in draw(st.lists(zin, min_size=1, max_size=3))],
                               beslispunten=[Alinea("vast te stellen de volgende code.")])
    if draw(st.booleans()):
        policy.inleiding = Sectie("Inleiding", [Alinea(draw(zin))])
    policy.artikelen = draw(st.lists(artikelen(), min_size=1, max_size=6))
    if draw(st.booleans()):
        hoofdstuk = Hoofdstuk("Algemene bepalingen")
        policy.hoofdstukken = [hoofdstuk]
        for artikel in policy.artikelen:
            artikel.hoofdstuk_id = hoofdstuk.id
    if draw(st.booleans()):
        policy.toelichting = [Sectie("Toelichting", [Alinea(z) for z in draw(st.lists(zin, min_size=1, max_size=3))])]
    policy.metadata = Metadata(organisatie=draw(st.sampled_from([None, "Voorbeeld BV", "Stichting Één"])))
    return policy


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(policies())
def test_generated_policies_round_trip(policy: Policy) -> None:
    assert structuur(lees_tekst(render_text(policy))) == structuur(policy)
