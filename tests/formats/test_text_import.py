"""Shapes and artefacts that the importer must recognise beyond the samples."""

from editor.formats.importer import lees_tekst
from editor.formats.lines import herstel_paginabreuk
from editor.model.metadata import InwerkingtredingRegel, Rechtsvorm

BESLUIT = """Gedragscode sociale media Zorggroep Noord

De raad van bestuur van Stichting Zorggroep Noord,

gezien de instemming van de ondernemingsraad van 3-11-2021;

gelet op artikel 27, eerste lid, onder k, van de Wet op de ondernemingsraden;

besluit:

vast te stellen de volgende regeling:

Hoofdstuk 1. Algemeen

Artikel 1. Begrippen

In deze regeling wordt verstaan onder:
a. medewerker: ieder die werkzaamheden verricht;
b. sociale media: online platforms, waaronder:
1° LinkedIn;
2° Facebook.

Hoofdstuk 2. Slot

Artikel 2. Inwerkingtreding

Deze regeling treedt in werking met ingang van 1 januari 2022.

Aldus vastgesteld op 15-12-2021,

De voorzitter, J. Jansen
"""


def test_besluit_with_hoofdstukken_onderdelen_and_subitems() -> None:
    policy = lees_tekst(BESLUIT)
    assert [h.kop for h in policy.hoofdstukken] == ["Algemeen", "Slot"]
    begrippen = policy.artikelen[0].leden[0]
    assert begrippen.tekst == "In deze regeling wordt verstaan onder:"
    assert [o.tekst for o in begrippen.onderdelen][0] == "medewerker: ieder die werkzaamheden verricht;"
    assert [s.tekst for s in begrippen.onderdelen[1].subonderdelen] == ["LinkedIn;", "Facebook."]
    meta = policy.metadata
    assert meta.organisatie == "Stichting Zorggroep Noord" and meta.rechtsvorm is Rechtsvorm.STICHTING
    assert meta.or_instemming.datum == "2021-11-03"
    assert [a.tekst for a in policy.aanhef.gelet_op][0].startswith("artikel 27, eerste lid")
    assert meta.inwerkingtreding.regel is InwerkingtredingRegel.VASTE_DATUM
    assert meta.inwerkingtreding.datum == "2022-01-01"
    assert meta.vaststelling.datum == "2021-12-15"
    assert [(o.functie, o.naam) for o in meta.ondertekening] == [("voorzitter", "J. Jansen")]


def test_page_break_inside_a_sentence() -> None:
    regels = ["5. verward met de officiële", "", "-", "- standpunten van WerkSaam.", "6. Volgende."]
    assert herstel_paginabreuk(regels) == ["5. verward met de officiële standpunten van WerkSaam.", "6. Volgende."]


def test_a_real_list_is_not_a_page_break() -> None:
    regels = ["overwegende dat:", "-", "- sociale media belangrijk zijn;"]
    assert herstel_paginabreuk(regels) == regels


def test_soft_wrapped_lines_are_one_lid() -> None:
    policy = lees_tekst("Titel\n\nArtikel 1. Kop\n\n1. Een zin die doorloopt\nop de volgende regel.\n2. Tweede lid.\n")
    assert [l.tekst for l in policy.artikelen[0].leden] == ["Een zin die doorloopt op de volgende regel.", "Tweede lid."]


def test_gemeente_orgaan() -> None:
    tekst = "Regeling\n\nHet college van burgemeester en wethouders van de gemeente Hoorn;\n\nArtikel 1. X\n\nTekst.\n"
    meta = lees_tekst(tekst).metadata
    assert (meta.organisatie, meta.rechtsvorm) == ("gemeente Hoorn", Rechtsvorm.GEMEENTE)


def test_empty_text_gives_empty_policy() -> None:
    policy = lees_tekst("")
    assert policy.titel == "" and policy.artikelen == []
