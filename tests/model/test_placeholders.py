from editor.model.metadata import Metadata
from editor.model.placeholders import placeholders, placeholders_in, vul_in, waarden
from editor.samples import load_sample


def test_spellings_are_one_variable() -> None:
    gevonden = placeholders_in("[Naam organisatie] en [Het Bedrijf] en {organisatie} en [naam medewerker]")
    assert [p.variabele for p in gevonden] == ["organisatie", "organisatie", "organisatie", "naam_medewerker"]


def test_samples_placeholders() -> None:
    assert [p.tekst for p in placeholders(load_sample("het-bedrijf"))] == ["[Het Bedrijf]"]
    assert {p.variabele for p in placeholders(load_sample("ai-gpt-4.1-nano"))} == {"organisatie"}
    werksaam = {p.tekst for p in placeholders(load_sample("werksaam"))}
    assert werksaam == {"[Naam medewerker]", "[naam medewerker]"}


def test_filled_from_metadata_and_others_left() -> None:
    meta = Metadata(organisatie="Zorggroep Noord")
    tekst = "Medewerkers van [Naam organisatie] ondertekenen als [naam medewerker]."
    assert vul_in(tekst, waarden(meta)) == "Medewerkers van Zorggroep Noord ondertekenen als [naam medewerker]."
