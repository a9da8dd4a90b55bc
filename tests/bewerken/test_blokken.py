"""Structural operations keep numbering continuous; cross-references follow their target."""

from __future__ import annotations

from editor.formats.importer import lees_tekst
from editor.formats.text_export import render_text
from editor import bewerken as b
from editor.bewerken import Context
from editor.model.numbering import lid_nummer
from editor.model.verwijzingen import VERBROKEN, Verwijzingsindex, herken_verwijzingen, verbroken
from editor.formats.policy_json import policy_json
from editor.samples import load_sample


LOS = Context("Opsteller")


def tekst_van(policy, artikel: int, lid: int) -> str:
    return Verwijzingsindex(policy).weergave(policy.artikelen[artikel - 1].leden[lid - 1].tekst)


def test_werksaam_reference_is_recognised_as_a_link() -> None:
    policy = load_sample("werksaam")
    assert "{ref:" + policy.artikelen[4].leden[2].id + "}" in policy.artikelen[3].leden[3].tekst
    assert tekst_van(policy, 4, 4).endswith("(zie ook artikel 5, derde lid).")
    # a reference to another regulation stays plain text
    assert policy.aanhef.gelet_op[0].tekst == "artikel 23 van de gemeenschappelijke regeling WerkSaam Westfriesland;"


def test_reference_follows_a_moved_artikel() -> None:
    policy = load_sample("werksaam")
    b.verplaats(policy, LOS, policy.artikelen[4].id, "artikelen", 1)          # artikel 5 becomes artikel 2
    assert [a.kop for a in policy.artikelen][:3] == ["Reikwijdte", "Sociale media in privé situaties", "Uitgangspunten"]
    assert tekst_van(policy, 5, 4).endswith("(zie ook artikel 2, derde lid).")
    assert "zie ook artikel 2, derde lid" in render_text(policy)
    assert policy_json(policy)["artikelen"][1]["nummer"] == 2


def test_reference_to_a_deleted_lid_shows_as_broken() -> None:
    policy = load_sample("werksaam")
    doel = policy.artikelen[4].leden[2].id
    b.verwijder(policy, LOS, policy.artikelen[4].leden[2].id)
    assert tekst_van(policy, 4, 4).endswith(f"(zie ook {VERBROKEN}).")
    assert verbroken(policy) == [doel]


def test_insert_split_and_merge_leden() -> None:
    policy = load_sample("werksaam")
    artikel = policy.artikelen[0]
    assert artikel.leden_genummerd is None and lid_nummer(artikel, 0) is None     # one body: unnumbered
    b.nieuw_lid(policy, LOS, artikel.leden[0].id, "Tweede lid.")
    assert lid_nummer(artikel, 1) == 2 and len(artikel.leden) == 2
    b.splits_lid(policy, LOS, artikel.leden[0].id, artikel.leden[0].tekst.index("(hierna"))
    assert artikel.leden[0].tekst.endswith("WerkSaam Verloning") and artikel.leden[1].tekst.startswith("(hierna: WerkSaam).")
    eerste_id = artikel.leden[0].id
    b.voeg_samen(policy, LOS, eerste_id)
    assert artikel.leden[0].id == eerste_id and artikel.leden[0].tekst.endswith("(hierna: WerkSaam).")


def test_split_and_merge_artikelen_renumber() -> None:
    policy = load_sample("werksaam")
    b.splits_artikel(policy, LOS, policy.artikelen[3].leden[5].id, "Bewust publiceren")   # artikel 4, from lid 6 on
    assert [len(a.leden) for a in policy.artikelen][3:5] == [5, 4] and policy.artikelen[4].kop == "Bewust publiceren"
    assert tekst_van(policy, 4, 4).endswith("(zie ook artikel 6, derde lid).")   # the old artikel 5 is now 6
    b.voeg_samen(policy, LOS, policy.artikelen[3].id)
    assert len(policy.artikelen[3].leden) == 9 and tekst_van(policy, 4, 4).endswith("artikel 5, derde lid).")


def test_clause_inserted_with_placeholders_filled() -> None:
    policy = load_sample("policy-bv")
    b.voeg_clausule_in(policy, LOS, "Crisis", ["Bij een crisis spreekt alleen de woordvoerder namens {organisatie}."],
                       True, policy.artikelen[2].id)
    assert policy.artikelen[3].leden[0].tekst == "Bij een crisis spreekt alleen de woordvoerder namens Policy BV."
    b.voeg_clausule_in(policy, LOS, "", ["Medewerkers van [Naam organisatie] melden dit."], False,
                       policy.artikelen[0].leden[0].id)
    assert policy.artikelen[0].leden[1].tekst == "Medewerkers van Policy BV melden dit."
    assert len(policy.artikelen) == 4 and len(policy.artikelen[0].leden) == 5


def test_references_in_forms_of_the_aanwijzingen() -> None:
    policy = lees_tekst("Regeling\n\nArtikel 1. Begrippen\n\nIn deze regeling:\n   a. x;\n   b. y.\n\n"
                        "Artikel 2. Slot\n\n1. Zie artikel 1, onderdeel b.\n2. Zie artikel 2, lid 1 en artikel 9.\n")
    assert tekst_van(policy, 2, 1) == "Zie artikel 1, onderdeel b."
    assert "{ref:" in policy.artikelen[1].leden[0].tekst
    assert tekst_van(policy, 2, 2) == "Zie artikel 2, eerste lid en artikel 9."   # artikel 9 does not exist: text
    assert policy.artikelen[1].leden[1].tekst.endswith("en artikel 9.")
    assert herken_verwijzingen(policy) == 0     # nothing left to link
