"""Reading and writing back the editable text of every kind of block, through the operations."""

from editor.bewerken import Context, bewerk_blok
from editor.bewerken import lees_blok as lees
from editor.model.verwijzingen import MARKER
from editor.samples import load_sample

LOS = Context("Opsteller")


def schrijf(policy, soort: str, blok_id: str, tekst: str) -> None:
    bewerk_blok(policy, LOS, soort, blok_id, tekst)


def test_lid_text_with_its_reference() -> None:
    policy = load_sample("werksaam")
    lid = policy.artikelen[3].leden[3]
    tekst = lees(policy, "lid", lid.id)
    assert tekst.endswith("(zie ook artikel 5, derde lid).")
    schrijf(policy, "lid", lid.id, tekst.replace("derde lid", "tweede lid"))
    assert MARKER.search(lid.tekst).group(1) == policy.artikelen[4].leden[1].id


def test_aanhef_edited_as_text() -> None:
    policy = load_sample("werksaam")
    tekst = lees(policy, "aanhef", policy.id)
    assert tekst.startswith("Het dagelijks bestuur van WerkSaam Westfriesland;")
    schrijf(policy, "aanhef", policy.id, tekst.replace("gelet op:", "gelet op:\n\n- de Wet op de ondernemingsraden;"))
    assert [a.tekst for a in policy.aanhef.gelet_op][0] == "de Wet op de ondernemingsraden;"
    assert len(policy.aanhef.overwegingen) == 5 and policy.aanhef.orgaan.startswith("Het dagelijks bestuur")


def test_signatures_edited_as_text() -> None:
    policy = load_sample("werksaam")
    tekst = lees(policy, "ondertekening", policy.id)
    assert tekst.splitlines()[0] == "Aldus vastgesteld in de vergadering van het dagelijks bestuur van 13 april 2017,"
    schrijf(policy, "ondertekening", policy.id, tekst.replace("13 april 2017", "1 mei 2017").replace("M.J. Dölle", "P. de Vries"))
    assert policy.metadata.vaststelling.datum == "2017-05-01"
    assert [o.naam for o in policy.metadata.ondertekening] == ["A.J. de Jong", "P. de Vries"]


def test_section_paragraphs_keep_their_ids() -> None:
    policy = load_sample("ai-deepseek-chat")
    sectie = policy.toelichting[0]
    eerste = sectie.alineas[0].id
    schrijf(policy, "sectie", sectie.id, lees(policy, "sectie", sectie.id) + "\n\n5. Nieuw advies.")
    assert sectie.alineas[0].id == eerste and sectie.alineas[-1].tekst == "5. Nieuw advies." and len(sectie.alineas) == 5


def test_headings() -> None:
    policy = load_sample("het-bedrijf")
    schrijf(policy, "artikel", policy.artikelen[0].id, "Doel")
    schrijf(policy, "hoofdstuk", policy.hoofdstukken[0].id, "Richtlijnen")
    assert (policy.artikelen[0].kop, policy.hoofdstukken[0].kop) == ("Doel", "Richtlijnen")
