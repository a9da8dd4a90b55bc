"""Six organisation profiles through the questionnaire: aanhef, topics, OR statements, checks."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from editor.checks import controleer
from editor.compare.coverage import dekking
from editor.wizard import WizardFout, stel_samen, valideer
from tests.test_cli import assert_one_line_error, run

BASIS = {"zorgen": [], "monitoring": False, "aanspreekpunt": "leidinggevende", "disclaimer": True, "vervangt": None}
PROFIELEN = {
    "winkelketen": BASIS | {"organisatie": "Modehuis Janssen BV", "rechtsvorm": "bv", "medewerkers": 120, "sector": "retail_horeca",
                            "zorgen": ["reputatie", "vertrouwelijk", "monitoring"], "monitoring": True,
                            "aanspreekpunt": "communicatieadviseur"},
    "kleine_stichting": BASIS | {"organisatie": "Stichting Buurtwerk", "rechtsvorm": "stichting", "medewerkers": 8,
                                 "sector": "anders", "disclaimer": False},
    "gemeente": BASIS | {"organisatie": "gemeente Hoorn", "rechtsvorm": "gemeente", "medewerkers": 600, "sector": "overheid",
                         "zorgen": ["woordvoering", "crisis"], "aanspreekpunt": "communicatieadviseur",
                         "vervangt": {"titel": "Social media protocol", "datum": "2016-05-10"}},
    "ziekenhuis": BASIS | {"organisatie": "Stichting Westfries Gasthuis", "rechtsvorm": "stichting", "medewerkers": 2400,
                           "sector": "zorg", "zorgen": ["privacy", "reputatie"], "aanspreekpunt": "hr"},
    "bank": BASIS | {"organisatie": "Noorderbank NV", "rechtsvorm": "nv", "medewerkers": 900,
                     "sector": "financiele_dienstverlening", "zorgen": ["vertrouwelijk", "crisis", "woordvoering"]},
    "school": BASIS | {"organisatie": "Vereniging Christelijk Onderwijs", "rechtsvorm": "vereniging", "medewerkers": 45,
                       "sector": "onderwijs", "zorgen": ["privacy"]},
}


def concept(naam: str):
    return stel_samen(valideer(PROFIELEN[naam]))


def topics(naam: str) -> set[str]:
    d = dekking({naam: concept(naam).policy})
    return {t for t in d.cellen if d.gedekt(t, naam)}


def fouten(naam: str) -> set[str]:
    return {b.code for b in controleer(concept(naam).policy) if b.ernst == "fout"}


@pytest.mark.parametrize("naam, orgaan", [
    ("winkelketen", "De directie van Modehuis Janssen BV"), ("kleine_stichting", "Het bestuur van Stichting Buurtwerk"),
    ("gemeente", "Het college van burgemeester en wethouders van de gemeente Hoorn"),
    ("ziekenhuis", "Het bestuur van Stichting Westfries Gasthuis"), ("bank", "De directie van Noorderbank NV"),
    ("school", "Het bestuur van Vereniging Christelijk Onderwijs"),
])
def test_aanhef_fits_the_legal_form(naam: str, orgaan: str) -> None:
    policy = concept(naam).policy
    assert policy.aanhef.orgaan == orgaan
    assert policy.aanhef.beslispunten[0].tekst.startswith("vast te stellen de volgende Gedragscode sociale media")


def test_topics_present_and_absent() -> None:
    assert {"monitoring", "vertrouwelijkheid", "ontsporing", "sancties", "inwerkingtreding", "citeertitel"} <= topics("winkelketen")
    assert "crisis" not in topics("winkelketen")
    assert "monitoring" not in topics("kleine_stichting") and "persoonlijke_titel" not in topics("kleine_stichting")
    assert {"crisis", "representatieve_functie"} <= topics("gemeente") and "monitoring" not in topics("gemeente")
    assert "privacy" in topics("ziekenhuis")
    ziekenhuis = "\n".join(l.tekst for a in concept("ziekenhuis").policy.artikelen for l in a.leden)
    assert "medisch beroepsgeheim" in ziekenhuis and "cliënt of patiënt" in ziekenhuis
    bank = "\n".join(l.tekst for a in concept("bank").policy.artikelen for l in a.leden)
    assert "koersgevoelige" in bank and "crisis" in topics("bank")
    gemeente = "\n".join(l.tekst for a in concept("gemeente").policy.artikelen for l in a.leden)
    assert "artikel 125a van de Ambtenarenwet 2017" in gemeente
    assert "leerlingen" in "\n".join(l.tekst for a in concept("school").policy.artikelen for l in a.leden)


def test_or_statements() -> None:
    assert concept("winkelketen").gevolgen[:2] == [
        "Met 120 medewerkers is een ondernemingsraad verplicht (WOR art. 2).",
        "Deze code raakt persoonsgegevens of controle van medewerkers: de OR moet instemmen voordat u haar vaststelt "
        "(WOR art. 27 lid 1 onder k en l)."]
    assert "AVG" in concept("winkelketen").gevolgen[2]
    assert concept("school").gevolgen == ["Met 45 medewerkers is een OR niet verplicht; er kan een personeelsvertegenwoordiging "
                                          "zijn (WOR art. 35c). Bespreek de code daarmee."]
    assert concept("kleine_stichting").gevolgen == ["Met 8 medewerkers is er geen ondernemingsraad of "
                                                    "personeelsvertegenwoordiging die moet instemmen."]


@pytest.mark.parametrize("naam, verwacht", [
    ("winkelketen", {"wor-instemming"}), ("ziekenhuis", {"wor-instemming"}), ("gemeente", set()), ("bank", set()),
    ("kleine_stichting", set()), ("school", set()),
])
def test_check_shows_only_what_a_fresh_draft_must(naam: str, verwacht: set[str]) -> None:
    """A fresh concept is not yet vastgesteld: that is its stage, not a fout. What it must still do is named."""
    assert fouten(naam) == set()
    assert {b.code for b in controleer(concept(naam).policy)} >= verwacht


def test_every_clause_says_why() -> None:
    c = concept("winkelketen")
    assert len(c.keuzes) >= len(c.policy.artikelen)
    waarom = {k.clausule_id: k.waarom for k in c.keuzes}
    assert "volgt openbare sociale media" in waarom["model:monitoring-gematigd"]
    assert not c.policy.toelichting          # the reasons are for the drafter, not for the besluit
    opsteller = c.policy.metadata.toelichting_opsteller
    assert any("communicatieadviseur" in r for r in opsteller) and opsteller[0].startswith("Artikel 1 (Reikwijdte): ")
    assert "[" not in c.policy.titel and "{" not in "".join(l.tekst for a in c.policy.artikelen for l in a.leden)


def test_the_same_answers_give_the_same_draft() -> None:
    from editor.formats.text_export import render_body
    assert render_body(concept("bank").policy) == render_body(concept("bank").policy)


@pytest.mark.parametrize("veld, waarde", [("rechtsvorm", "bvba"), ("medewerkers", -3), ("medewerkers", "veel"),
                                          ("sector", "landbouw"), ("zorgen", ["spam"]), ("monitoring", "ja"),
                                          ("organisatie", ""), ("vervangt", {"titel": "Oud"})])
def test_invalid_answers_name_the_field(veld: str, waarde) -> None:
    with pytest.raises(WizardFout, match=veld):
        valideer(PROFIELEN["bank"] | {veld: waarde})


def test_wizard_command(tmp_path: Path) -> None:
    antwoorden = tmp_path / "antwoorden.json"
    antwoorden.write_text(json.dumps(PROFIELEN["ziekenhuis"]), encoding="utf-8")
    doel = tmp_path / "concept.beleid"
    result = run("wizard", "--answers", str(antwoorden), "-o", str(doel))
    assert result.returncode == 0 and "ondernemingsraad verplicht" in result.stdout
    data = json.loads(run("show", str(doel), "--json").stdout)
    assert data["aanhef"]["orgaan"] == "Het bestuur van Stichting Westfries Gasthuis"
    assert data["metadata"]["rechtsvorm"] == "stichting"
    antwoorden.write_text(json.dumps(PROFIELEN["ziekenhuis"] | {"sector": "landbouw"}), encoding="utf-8")
    assert_one_line_error(run("wizard", "--answers", str(antwoorden), "-o", str(tmp_path / "x.beleid")), "sector")
    antwoorden.write_text("{kapot", encoding="utf-8")
    assert_one_line_error(run("wizard", "--answers", str(antwoorden), "-o", str(tmp_path / "x.beleid")), "JSON")


CONSENT_CLAIM = re.compile(r"(?:vastgesteld|ingestemd|gezien) (?:met|de) instemming|met instemming van de (?:OR|ondernemingsraad)",
                           re.IGNORECASE)


@pytest.mark.parametrize("naam", sorted(PROFIELEN))
def test_every_draft_is_fit_to_publish(naam: str, tmp_path: Path) -> None:
    from docx import Document

    from editor.formats.docx_export import schrijf_besluit
    from editor.formats.text_export import render_text

    policy = concept(naam).policy
    tekst = render_text(policy)
    assert "U noemde" not in tekst and not re.search(r"\b(?:[Uu] (?:noemde|gaf|koos|wilde)|[Uu]w)\b", tekst)
    assert not any(a.kop.lower().startswith("waarom") for a in policy.artikelen) and not policy.toelichting
    assert not CONSENT_CLAIM.search(tekst)
    termen = {m.lower() for m in re.findall(r"\b(?:[Dd]eze|[Dd]it) (code|regeling|gedragscode|richtlijn|reglement|protocol)\b", tekst)}
    assert termen == {"code"}, termen
    assert policy.metadata.ondertekening and all(o.naam == "[naam]" for o in policy.metadata.ondertekening)
    schrijf_besluit(policy, tmp_path / "c.docx")
    besluit = "\n".join(p.text for p in Document(str(tmp_path / "c.docx")).paragraphs)
    assert "Aldus vastgesteld op" in besluit and "Waarom" not in besluit
    assert not any(r.split(": ", 1)[1] in besluit for r in policy.metadata.toelichting_opsteller)


def test_grammar_of_names_and_titles() -> None:
    gemeente = stel_samen(valideer(PROFIELEN["gemeente"] | {
        "organisatie": "Gemeente Hoorn", "vervangt": {"titel": "Internet- en e-mailprotocol", "datum": "2014-07-01"}})).policy
    assert gemeente.aanhef.orgaan == "Het college van burgemeester en wethouders van de gemeente Hoorn"
    assert gemeente.aanhef.beslispunten[1].tekst == "in te trekken het Internet- en e-mailprotocol van 1 juli 2014."
    leden = [lid.tekst for _, lid in gemeente.leden()]
    assert "Het Internet- en e-mailprotocol van 1 juli 2014 wordt ingetrokken." in leden
    assert any(t.startswith("De gemeente Hoorn ") for t in leden) and not any("Gemeente Hoorn" in t for t in leden)
    assert [o.functie for o in gemeente.metadata.ondertekening] == ["secretaris", "burgemeester"]
