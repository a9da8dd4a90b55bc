"""Every sample policy parsed from its seed: structure, chosen leden and metadata."""

from __future__ import annotations

import pytest

from editor.model.document import Policy
from editor.model.metadata import InstemmingStatus, InwerkingtredingRegel, Rechtsvorm
from editor.samples import load_sample, sample_ids, samples
from tests.conftest import SEEDS

LEDEN_PER_ARTIKEL = {
    "werksaam": [1, 2, 6, 9, 3, 8, 2, 1],
    "policy-bv": [4, 10, 3],
    "het-bedrijf": [1, 2, 2],
    "arag-richtlijnen": [7],
    "ai-gpt-4.1-nano": [1, 5, 3, 3, 1, 3, 1],
    "ai-deepseek-chat": [4, 4, 3, 3],
}


def lid(policy: Policy, artikel: int, nummer: int) -> str:
    return policy.artikelen[artikel - 1].leden[nummer - 1].tekst


def test_six_samples_with_their_source() -> None:
    assert sorted(sample_ids()) == sorted(LEDEN_PER_ARTIKEL)
    for info in samples():
        assert info.bron, info.id


@pytest.mark.parametrize("sample_id", list(LEDEN_PER_ARTIKEL))
def test_artikelen_and_leden(sample_id: str) -> None:
    policy = load_sample(sample_id)
    assert [len(a.leden) for a in policy.artikelen] == LEDEN_PER_ARTIKEL[sample_id]


@pytest.mark.parametrize("sample_id", list(LEDEN_PER_ARTIKEL))
def test_sample_text_is_taken_from_its_seed(sample_id: str) -> None:
    """The sample files are verbatim slices of the seeds (except the ARAG summary's own framing)."""
    if not SEEDS.exists():
        pytest.skip("shared/seeds is not beside this checkout")
    from editor.paths import resource_dir

    info = next(s for s in samples() if s.id == sample_id)
    seed = (SEEDS / info.seed).read_text(encoding="utf-8")
    tekst = (resource_dir() / "samples" / info.bestand).read_text(encoding="utf-8")
    if sample_id == "arag-richtlijnen":
        regels = [r[2:] for r in tekst.splitlines() if r.startswith("- ")]
        assert len(regels) == 7 and all(r in seed for r in regels)
    else:
        assert tekst in seed


def test_werksaam_structure() -> None:
    policy = load_sample("werksaam")
    assert policy.titel == "Sociale media code WerkSaam Westfriesland"
    assert [a.kop for a in policy.artikelen][:2] == ["Reikwijdte", "Uitgangspunten"]
    assert not policy.artikelen[0].leden_genummerd     # one body: unnumbered (None: numbered once a lid joins)
    vijfde = lid(policy, 4, 5)
    assert vijfde.startswith("Medewerkers met een representatieve functie")
    # the page break inside this lid is repaired into one sentence
    assert "met de officiële standpunten van WerkSaam. WerkSaam benadrukt" in vijfde
    assert vijfde.endswith("hiervan bewust dienen te zijn.")
    assert lid(policy, 4, 9).startswith("Bij twijfel of een publicatie")
    assert lid(policy, 6, 8).endswith("voordat een bericht geplaatst wordt.")


def test_werksaam_aanhef() -> None:
    aanhef = load_sample("werksaam").aanhef
    assert aanhef.orgaan == "Het dagelijks bestuur van WerkSaam Westfriesland"
    assert [a.tekst for a in aanhef.gelet_op] == ["artikel 23 van de gemeenschappelijke regeling WerkSaam Westfriesland;"]
    assert len(aanhef.overwegingen) == 5
    assert aanhef.overwegingen[0].tekst.startswith("sociale media zoals LinkedIn")
    assert [a.tekst.split()[0:3] for a in aanhef.beslispunten] == [["vast", "te", "stellen"], ["in", "te", "trekken"]]


def test_werksaam_metadata() -> None:
    policy = load_sample("werksaam")
    meta = policy.metadata
    assert meta.organisatie == "WerkSaam Westfriesland"
    assert meta.rechtsvorm is Rechtsvorm.GEMEENSCHAPPELIJKE_REGELING
    assert (meta.or_instemming.status, meta.or_instemming.datum) == (InstemmingStatus.VERLEEND, "2015-04-28")
    assert (meta.vaststelling.datum, meta.vaststelling.orgaan) == ("2017-04-13", "het dagelijks bestuur")
    assert meta.inwerkingtreding.regel is InwerkingtredingRegel.DAG_NA_BEKENDMAKING
    assert meta.inwerkingtreding.terugwerkend_tot == "2015-01-01"
    assert [(i.titel, i.datum) for i in meta.intrekking] == [("Sociale media code van Op/maat", "2014-07")]
    assert [(o.functie, o.naam) for o in meta.ondertekening] == [("voorzitter", "A.J. de Jong"), ("directeur", "M.J. Dölle")]
    assert policy.citeertitel == "Sociale media code WerkSaam Westfriesland"


def test_policy_bv() -> None:
    policy = load_sample("policy-bv")
    assert policy.titel == "Voorbeeld gedragscode sociale media"   # "Menu" is page chrome
    assert [a.kop for a in policy.artikelen] == [
        "Algemene uitgangspunten", "Sociale media op de werkvloer", "Sociale media in privé situaties"]
    assert policy.inleiding.kop == "Preambule"
    assert policy.inleiding.alineas[0].tekst.startswith("Sociale media zoals Linkedin")
    assert lid(policy, 2, 2).startswith("Het is werknemer toegestaan om kennis en informatie te delen")
    assert lid(policy, 2, 8).startswith("De werkgever dient bij zijn/haar eigen expertise")  # the source's slip, kept
    assert lid(policy, 3, 3).endswith("gepubliceerde stukken. “")
    assert policy.metadata.organisatie == "Policy BV" and policy.metadata.rechtsvorm is Rechtsvorm.BV
    assert policy.metadata.or_instemming.status is None and policy.aanhef.orgaan is None


def test_het_bedrijf_markdown() -> None:
    policy = load_sample("het-bedrijf")
    assert policy.titel.endswith("medewerkers van [Het Bedrijf]")
    assert [h.kop for h in policy.hoofdstukken] == ["Richtlijnen voor het gebruik van sociale media"]
    assert policy.artikelen[0].hoofdstuk_id is None
    assert {a.hoofdstuk_id for a in policy.artikelen[1:]} == {policy.hoofdstukken[0].id}
    gebruik = policy.artikelen[1]
    assert gebruik.leden[1].tekst.endswith("Enkele voorbeelden van werkgerelateerde zaken zijn:")
    assert [o.tekst for o in gebruik.leden[1].onderdelen][0] == "Gebruik van sociale media voor werving en selectie."
    assert len(gebruik.leden[1].onderdelen) == 4
    assert lid(policy, 3, 2).endswith("Wees daarom voorzichtig en verstandig.")
    assert policy.metadata.organisatie is None


def test_arag_summary_is_framed_as_summary() -> None:
    policy = load_sample("arag-richtlijnen")
    assert "samenvatting" in policy.titel
    assert "niet het sjabloon zelf" in policy.inleiding.alineas[0].tekst
    assert lid(policy, 1, 7).startswith("Wanneer de werkgever twijfelt")
    assert policy.toelichting[0].kop == "Toelichting"


def test_gpt_draft() -> None:
    policy = load_sample("ai-gpt-4.1-nano")
    assert policy.titel == "Sociaal mediabeleid voor [Naam organisatie]"
    assert [a.kop for a in policy.artikelen][0] == "Doel en reikwijdte"
    assert policy.artikelen[6].kop == "Contactinformatie"
    assert policy.inleiding.kop == "Inleiding" and policy.slotwoord.kop == "Conclusie"
    assert lid(policy, 5, 1).startswith("Overtredingen van dit beleid kunnen leiden tot disciplinaire maatregelen")
    assert not policy.artikelen[4].leden_genummerd and policy.artikelen[1].leden_genummerd is True


def test_deepseek_draft() -> None:
    policy = load_sample("ai-deepseek-chat")
    assert "**" not in "".join(policy.teksten())   # Markdown bold markers repaired
    assert policy.artikelen[0].kop == "Algemene Uitgangspunten voor Alle Sociale Media"
    assert lid(policy, 1, 1).startswith("Eigen verantwoordelijkheid: Je bent persoonlijk verantwoordelijk")
    persoonsgegevens = policy.artikelen[1].leden[2]
    assert persoonsgegevens.tekst == "Het onrechtmatig delen van persoonsgegevens is een ernstige overtreding."
    assert [o.tekst.split(":")[0] for o in persoonsgegevens.onderdelen] == ["Collega's", "Interne zaken", "Geen inloggegevens"]
    assert lid(policy, 4, 2).startswith("Crisiscommunicatie:")
    assert policy.slotwoord.kop == "Slotwoord"
    assert any(a.tekst.startswith("Handtekening Medewerker:") for a in policy.slotwoord.alineas)
    assert policy.toelichting[0].kop == "Advies voor Implementatie"
    assert len(policy.toelichting[0].alineas) == 4
