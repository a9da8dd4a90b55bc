"""Issue 15's patterns 1-10, each on a short excerpt of a real regulation (tests/data/real)."""

from __future__ import annotations

import json

import pytest

from editor.checks import controleer
from editor.formats.text_import import lees_import
from editor.formats.woorden import behouden
from tests.conftest import ROOT

REAL = ROOT / "tests" / "data" / "real"


def lees(naam: str):
    return lees_import((REAL / naam).read_text(encoding="utf-8"))


def test_1_vaststelling_from_signing_block_title_and_sentence() -> None:
    ez = lees("ez_beleidsregels_privacy_internet_email_2002.txt").policy.metadata
    assert ez.vaststelling.datum == "2002-04-10"                                 # 's-Gravenhage / 10 april 2002
    cak = lees("cak_gedragscode_2015.txt").policy.metadata
    assert (cak.vaststelling.datum, cak.vaststelling.orgaan) == ("2015-01-13", "het CAK")   # "Besluit van het CAK van …"
    brunssum = lees("brunssum_cvdr603699_2017.txt").policy.metadata
    assert brunssum.vaststelling.datum == "2017-11-14"                           # "heeft op 14 november 2017 … vastgesteld"


def test_2_orgaan_without_the_samples_punctuation() -> None:
    assert lees("cak_gedragscode_2015.txt").policy.aanhef.orgaan == "Het CAK"
    assert lees("assen_cvdr623074_2018.txt").policy.aanhef.orgaan.endswith("gemeente Assen")   # no "," or ";"


def test_3_text_without_artikel_lines_keeps_its_aanhef() -> None:
    policy = lees("odgroningen_2015.txt").policy
    assert [a.tekst for a in policy.aanhef.beslispunten] == ["Vast te stellen de Gedragscode Internet- en e-mail gebruik."]
    assert policy.metadata.or_instemming.status == "verleend"
    assert [a.kop for a in policy.artikelen] == ["Werkingssfeer", "Uitgangspunten"]


def test_4_and_5_cvdr_page_title_and_wetstechnische_informatie() -> None:
    policy = lees("dronten_cvdr89405_2014.txt").policy
    assert policy.titel == "E-mail protocol digitaal berichtenverkeer gemeente Dronten"
    assert policy.citeertitel == "E-mail protocol digitaal berichtenverkeer gemeente Dronten"
    meta = policy.metadata
    assert (meta.inwerkingtreding.datum, meta.vaststelling.datum) == ("2014-02-21", "2014-01-28")
    assert meta.vaststelling.orgaan == "college van burgemeester en wethouders"


def test_6_consent_forms_and_advice_told_apart() -> None:
    assert lees("nissewaard_cvdr623377_2016.txt").policy.metadata.or_instemming.datum == "2016-05-26"
    assert lees("ez_beleidsregels_privacy_internet_email_2002.txt").policy.metadata.or_instemming.datum == "2001-12-18"
    az = lees("az_gedragscode_integriteit_2009.txt").policy          # "Gehoord de Ondernemingsraad": advice
    assert az.metadata.or_instemming.status is None
    assert {b.code for b in controleer(lees("beek_cvdr630118_2020.txt").policy)} >= {"instemming-onder-gelet-op"}


def test_7_signing_block_is_not_a_lid() -> None:
    policy = lees("ez_beleidsregels_privacy_internet_email_2002.txt").policy
    assert len(policy.artikelen[-1].leden) == 1
    assert [(o.functie, o.naam) for o in policy.metadata.ondertekening] == [("Minister van Economische Zaken", "A.Jorritsma-Lebbink")]


def test_8_source_numbering_kept() -> None:
    ez = lees("ez_beleidsregels_privacy_internet_email_2002.txt").policy
    definities = ez.artikelen[0].leden[0]
    assert len(definities.onderdelen) == 12 and len(definities.onderdelen[1].subonderdelen) == 21   # a-l, dashes under b
    cak = lees("cak_gedragscode_2015.txt").policy
    assert [o.label for o in cak.artikelen[2].leden[5].onderdelen] == ["i)", "ii)", "iii)"]
    az = lees("az_gedragscode_integriteit_2009.txt").policy
    assert len(az.artikelen[0].leden) == 1 and az.artikelen[0].leden[0].onderdelen[0].label == "1."   # lone "1."


def test_9_paragraaf_and_lid_headings() -> None:
    az = lees("az_gedragscode_integriteit_2009.txt").policy
    assert [h.label for h in az.hoofdstukken][:2] == ["§ 1.", "§ 2."] and len(az.hoofdstukken) == 15
    lingewaard = lees("lingewaard_cvdr628060_2019.txt").policy
    assert [lid.label for lid in lingewaard.artikelen[1].leden] == ["Lid 1", "Lid 2", "Lid 3"]
    assert "Lid" not in " ".join(b.bericht for b in controleer(lingewaard) if b.code == "verwijzing-vorm")


def test_10_withdrawal_forms() -> None:
    den_haag = lees("denhaag_cvdr46166_2006.txt").policy.metadata
    assert [(i.titel, i.datum) for i in den_haag.intrekking] == [("Privacyreglement", "2003-04")]
    assert den_haag.vaststelling.datum is None                   # the old regulation's date is not this one's


@pytest.mark.parametrize("naam", sorted(p.name for p in REAL.glob("*.txt")))
def test_every_word_kept_and_no_false_fout(naam: str) -> None:
    tekst = (REAL / naam).read_text(encoding="utf-8")
    resultaat = lees_import(tekst)
    kept, totaal = behouden(tekst, resultaat.policy, resultaat.niet_geplaatst)
    assert kept == totaal
    sleutel = json.loads((REAL / "antwoorden.json").read_text(encoding="utf-8"))[naam]
    fouten = {b.code for b in controleer(resultaat.policy) if b.ernst == "fout"}
    assert fouten <= set(sleutel["gebreken"])
    assert set(sleutel["gebreken"]) <= {b.code for b in controleer(resultaat.policy)}
    if "artikelen" in sleutel:
        assert [len(a.leden) for a in resultaat.policy.artikelen] == sleutel["artikelen"]


# -- the forms the issue quotes from texts outside the corpus, in a minimal frame -----------------

def _besluit(aanhef: str, slot: str = "", lid: str = "Deze regeling treedt in werking op 1 juni 2009.") -> str:
    return (f"Regeling gebruik internet en e-mail\n\nDe directie van Voorbeeld BV,\n\n{aanhef}\n\nbesluit:\n\n"
            f"vast te stellen de volgende regeling.\n\nArtikel 1. Slot\n\n{lid}\n\n{slot}")


def test_1_more_vaststelling_forms() -> None:
    assert lees_import(_besluit("gelet op artikel 7:660 BW;", "Nijverdal, 24 maart 2009 Nr. 2009/0117")
                       ).policy.metadata.vaststelling.datum == "2009-03-24"
    tekst = "Gedragscode\n\nDeze gedragscode is vastgesteld door de Raad van Bestuur op 12 maart 2013.\n\nArtikel 1. Doel\n\nTekst.\n"
    vaststelling = lees_import(tekst).policy.metadata.vaststelling
    assert (vaststelling.orgaan, vaststelling.datum) == ("de Raad van Bestuur", "2013-03-12")
    tekst = "Richtlijn\n\nDe directie heeft deze richtlijn in maart 2013 na overleg vastgesteld.\n\nArtikel 1. Doel\n\nTekst.\n"
    assert lees_import(tekst).policy.metadata.vaststelling.datum == "2013-03"


@pytest.mark.parametrize(("zin", "datum"), [
    ("gezien de instemming van de ondernemingsraad d.d. 10 mei 2007;", "2007-05-10"),
    ("gezien het instemmend besluit d.d. 20 maart 2006 van de ondernemingsraad;", "2006-03-20"),
    ("gelet op de instemming van de OR op 22 januari 2014;", "2014-01-22"),
])
def test_6_more_consent_forms(zin: str, datum: str) -> None:
    instemming = lees_import(_besluit(zin)).policy.metadata.or_instemming
    assert (instemming.status, instemming.datum) == ("verleend", datum)


@pytest.mark.parametrize("zin", [
    "gezien het positief advies van de ondernemingsraad van 3 maart 2015;",
    "gehoord de ondernemingsraad;",
    "gezien de instemming van de medezeggenschapsraad van 3 maart 2015;",
    "gelet op de goedkeuring van de Minister van Economische Zaken van 23 november 2014;",
    "overwegende dat voor deze regeling de instemming van de ondernemingsraad nodig is;",
])
def test_6_advice_and_other_bodies_are_not_consent(zin: str) -> None:
    assert lees_import(_besluit(zin)).policy.metadata.or_instemming.status is None


def test_10_more_withdrawal_forms() -> None:
    titel = "Regeling sociale media 2016 tot intrekking van de Regeling internetgebruik 2003\n\nArtikel 1. Doel\n\nTekst.\n"
    assert [i.titel for i in lees_import(titel).policy.metadata.intrekking] == ["Regeling internetgebruik 2003"]
    vervangt = _besluit("gelet op artikel 7:660 BW;", lid="Deze regeling vervangt de Regeling e-mailgebruik van 1 april 2003.")
    assert [(i.titel, i.datum) for i in lees_import(vervangt).policy.metadata.intrekking] == [
        ("Regeling e-mailgebruik", "2003-04-01")]


def test_pdf_text_with_the_whole_besluit_on_one_line() -> None:
    policy = lees("waalwijk_pdf_2011.txt").policy
    aanhef = policy.aanhef
    assert aanhef.orgaan.startswith("Het College, de Burgemeester en de Raad van Waalwijk")
    assert [a.label for a in aanhef.beslispunten] == ["I.", "II."]
    assert aanhef.gelet_op and aanhef.overwegingen
    artikel = policy.artikelen[0]
    assert artikel.kop == "Begripsbepalingen"
    onderdeel = artikel.leden[0].onderdelen[0]
    assert onderdeel.tekst.startswith("elektronische berichten;") and onderdeel.subonderdelen[0].label == "-"
