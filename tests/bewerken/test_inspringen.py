"""Tab and Shift+Tab (a lid becomes an onderdeel and back) and Ctrl+K (a cross-reference inserted): the exact
structure after each, after accepting, after rejecting and after undo; the refusals; references that follow the
block; the text read back by revise --from-text."""

from __future__ import annotations

import copy

import pytest

from editor import bewerken as b
from editor.bewerken import BewerkingFout, Context
from editor.formats.importer import lees_tekst
from editor.formats.text_export import render_text
from editor.model.document import Alinea, Artikel, Lid, Onderdeel, Policy
from editor.model.serialize import to_dict
from editor.model.verwijzingen import Verwijzingsindex, marker
from editor.revisions import beslissen
from editor.revisions.lijst import alle_wijzigingen
from editor.revisions.weergave import met_spoken

LOS, BIJ, OR = Context("A", tijd="2026-11-23T10:00:00+00:00"), Context("A", True, tijd="2026-11-23T10:00:00+00:00"), \
    Context("OR", rol=b.OR_ROL, tijd="2026-11-23T10:00:00+00:00")


def regeling() -> Policy:
    return Policy("Gedragscode sociale media", artikelen=[
        Artikel("Gebruik", [
            Lid("Medewerkers gebruiken sociale media zorgvuldig."),
            Lid("Het is niet toegestaan om:", [Onderdeel("vertrouwelijke informatie te delen;"),
                                              Onderdeel("collega's zonder toestemming te noemen;", [Alinea("op foto's,"),
                                                                                                     Alinea("in berichten.")]),
                                              Onderdeel("namens de werkgever te spreken.")]),
            Lid("De leidinggevende kan toestemming geven."),
        ]),
        Artikel("Verwijzing", [Lid("Zie artikel 1.")], leden_genummerd=None),
    ])


def vorm(policy: Policy) -> list:
    """Each artikel as its leden: (kind, text, label, [onderdelen as (kind, text, label, [sub-items])])."""
    def deel(blok) -> tuple:
        inhoud = getattr(blok, "onderdelen", None) or getattr(blok, "subonderdelen", None) or []
        return type(blok).__name__, blok.tekst, blok.label, [deel(d) for d in inhoud]
    return [[deel(lid) for lid in artikel.leden] for artikel in policy.artikelen]


def alles(policy: Policy, aanvaarden: bool) -> Policy:
    kopie = copy.deepcopy(policy)
    (beslissen.accepteer if aanvaarden else beslissen.verwerp)(kopie, {w.id for w in alle_wijzigingen(kopie)})
    assert not (kopie.spoken or kopie.blokrevisies or kopie.revisies or kopie.wijzigingsoorten)
    return kopie


def getoond(policy: Policy, blok_id: str) -> str:
    return b.lees_blok(policy, "lid", blok_id)


NA_INSPRINGEN = [
    ("Lid", "Medewerkers gebruiken sociale media zorgvuldig.", None, [
        ("Onderdeel", "Het is niet toegestaan om:", None, []),
        ("Onderdeel", "vertrouwelijke informatie te delen;", None, []),
        ("Onderdeel", "collega's zonder toestemming te noemen;", None, [("Alinea", "op foto's,", None, []),
                                                                     ("Alinea", "in berichten.", None, [])]),
        ("Onderdeel", "namens de werkgever te spreken.", None, [])]),
    ("Lid", "De leidinggevende kan toestemming geven.", None, []),
]


@pytest.mark.parametrize("ctx", [LOS, BIJ, OR], ids=["untracked", "tracked", "works council"])
def test_tab_makes_a_lid_the_last_onderdeel_of_the_lid_before_it_with_its_onderdelen_after_it(ctx) -> None:
    policy = regeling()
    start = copy.deepcopy(policy)
    lid_id = policy.artikelen[0].leden[1].id
    u = b.spring_in(policy, ctx, lid_id)
    assert vorm(policy)[0] == NA_INSPRINGEN
    assert policy.artikelen[0].leden[0].onderdelen[0].id == lid_id and u.selectie == lid_id and u.structuur
    wijzigingen = alle_wijzigingen(policy)
    if ctx is LOS:
        assert wijzigingen == [] and not policy.spoken
    else:
        assert [(w.soort, w.blok_id, w.auteur, w.tekst) for w in wijzigingen] == [
            ("indent_lid", lid_id, ctx.auteur, "Het is niet toegestaan om:")]
        assert u.nieuwe_wijzigingen == {wijzigingen[0].id}
        assert vorm(alles(policy, True)) == vorm(policy)
        assert to_dict(alles(policy, False).artikelen) == to_dict(start.artikelen)      # ids, kinds, labels
    u.maak_ongedaan()
    assert to_dict(policy) == to_dict(start)
    u.doe_opnieuw()
    assert vorm(policy)[0] == NA_INSPRINGEN


@pytest.mark.parametrize("ctx", [LOS, BIJ], ids=["untracked", "tracked"])
def test_shift_tab_makes_an_onderdeel_a_lid_after_its_lid_taking_its_sub_items_and_the_onderdelen_after_it(ctx):
    policy = regeling()
    start = copy.deepcopy(policy)
    onderdeel_id = policy.artikelen[0].leden[1].onderdelen[1].id
    u = b.spring_uit(policy, ctx, onderdeel_id)
    assert vorm(policy)[0] == [
        ("Lid", "Medewerkers gebruiken sociale media zorgvuldig.", None, []),
        ("Lid", "Het is niet toegestaan om:", None, [("Onderdeel", "vertrouwelijke informatie te delen;", None, [])]),
        ("Lid", "collega's zonder toestemming te noemen;", None, [
            ("Onderdeel", "op foto's,", None, []), ("Onderdeel", "in berichten.", None, []),
            ("Onderdeel", "namens de werkgever te spreken.", None, [])]),
        ("Lid", "De leidinggevende kan toestemming geven.", None, []),
    ]
    assert policy.artikelen[0].leden[2].id == onderdeel_id
    if ctx is BIJ:
        assert [(w.soort, w.blok_id) for w in alle_wijzigingen(policy)] == [("outdent_onderdeel", onderdeel_id)]
        assert vorm(alles(policy, True)) == vorm(policy)
        assert to_dict(alles(policy, False).artikelen) == to_dict(start.artikelen)
    u.maak_ongedaan()
    assert to_dict(policy) == to_dict(start)


def test_tab_then_shift_tab_gives_the_lid_back_and_each_is_its_own_change() -> None:
    policy = regeling()
    start = copy.deepcopy(policy)
    lid_id = policy.artikelen[0].leden[1].id
    b.spring_in(policy, BIJ, lid_id)
    b.spring_uit(policy, Context("B", True), lid_id)
    assert vorm(policy) == vorm(start) and policy.artikelen[0].leden[1].id == lid_id
    assert [(w.soort, w.auteur) for w in alle_wijzigingen(policy)] == [("indent_lid", "A"), ("outdent_onderdeel", "B")]
    assert to_dict(alles(policy, False).artikelen) == to_dict(start.artikelen)
    assert to_dict(alles(policy, True).artikelen) == to_dict(start.artikelen)
    tussen = copy.deepcopy(policy)          # rejecting only the outdent gives the indented state
    beslissen.verwerp(tussen, {alle_wijzigingen(tussen)[1].id})
    assert vorm(tussen)[0] == NA_INSPRINGEN


def test_rejecting_the_indent_keeps_another_authors_later_edit_of_its_text() -> None:
    policy = regeling()
    lid_id = policy.artikelen[0].leden[1].id
    b.spring_in(policy, BIJ, lid_id)
    b.bewerk_blok(policy, Context("B", True), "onderdeel", lid_id, "Het is nooit toegestaan om:")
    inspringen = next(w.id for w in alle_wijzigingen(policy) if w.soort == "indent_lid")
    beslissen.verwerp(policy, {inspringen})
    lid = policy.artikelen[0].leden[1]
    assert isinstance(lid, Lid) and lid.id == lid_id and [o.tekst for o in lid.onderdelen][0] == (
        "vertrouwelijke informatie te delen;")
    assert lid.tekst == "Het is nooit toegestaan om:"
    assert [(w.soort, w.auteur) for w in alle_wijzigingen(policy)] == [("delete", "B"), ("insert", "B")]
    assert alles(policy, False).artikelen[0].leden[1].tekst == "Het is niet toegestaan om:"


def test_references_follow_the_block_through_indent_accept_reject_and_undo() -> None:
    policy = regeling()
    lid = policy.artikelen[0].leden[1]
    onderdeel = lid.onderdelen[2]
    verwijzer = policy.artikelen[1].leden[0]
    verwijzer.tekst = f"Zie {marker(lid.id)} en {marker(onderdeel.id)}."
    assert getoond(policy, verwijzer.id) == "Zie artikel 1, tweede lid en artikel 1, tweede lid, onderdeel c."
    u = b.spring_in(policy, BIJ, lid.id)
    nu = "Zie artikel 1, eerste lid, onderdeel a en artikel 1, eerste lid, onderdeel d."
    assert getoond(policy, verwijzer.id) == nu
    assert getoond(alles(policy, True), verwijzer.id) == nu
    assert getoond(alles(policy, False), verwijzer.id) == (
        "Zie artikel 1, tweede lid en artikel 1, tweede lid, onderdeel c.")
    u.maak_ongedaan()
    assert getoond(policy, verwijzer.id) == "Zie artikel 1, tweede lid en artikel 1, tweede lid, onderdeel c."


def test_a_redline_shows_the_old_place_of_an_indented_lid_as_the_lid_it_was() -> None:
    policy = regeling()
    artikel = policy.artikelen[0]
    lid_id = artikel.leden[1].id
    b.spring_in(policy, BIJ, lid_id)
    rijen = met_spoken(policy, artikel.id, artikel.leden)
    assert [(type(blok).__name__, blok.tekst, spook is not None) for blok, spook in rijen] == [
        ("Lid", "Medewerkers gebruiken sociale media zorgvuldig.", False),
        ("Lid", "Het is niet toegestaan om:", True),
        ("Lid", "De leidinggevende kan toestemming geven.", False)]
    assert rijen[1][0].id == lid_id and rijen[1][1].soort == "verplaatst"


def test_labels_of_the_source_a_sign_fits_the_new_level_a_number_does_not_and_reject_gives_it_back() -> None:
    policy = regeling()
    lid = policy.artikelen[0].leden[1]
    for o, label in zip(lid.onderdelen, ("1.", "2.", "3.")):
        o.label = label
    start = copy.deepcopy(policy)
    b.spring_uit(policy, BIJ, lid.onderdelen[2].id)
    assert policy.artikelen[0].leden[2].label is None                # "3." is no lid's label
    assert to_dict(alles(policy, False).artikelen) == to_dict(start.artikelen)
    streep = regeling()
    for artikel_lid in streep.artikelen[0].leden:
        artikel_lid.label = "-"
    b.spring_in(streep, BIJ, streep.artikelen[0].leden[2].id)         # among onderdelen without a sign
    assert streep.artikelen[0].leden[1].onderdelen[-1].label is None
    b.spring_uit(streep, BIJ, streep.artikelen[0].leden[1].onderdelen[-1].id)    # back among "-" leden
    assert [l.label for l in streep.artikelen[0].leden] == ["-", "-", "-"]


def test_refusals_say_why_in_one_line_and_change_nothing() -> None:
    policy = regeling()
    start = to_dict(policy)
    artikel = policy.artikelen[0]
    gevallen = [
        (b.spring_in, artikel.leden[0].id, "Dit is het eerste lid van het artikel: er staat geen lid voor waarvan "
                                           "het een onderdeel kan worden."),
        (b.spring_in, artikel.leden[1].onderdelen[0].id, "Alleen een lid kan inspringen; een onderdeel springt niet "
                                                         "verder in."),
        (b.spring_uit, artikel.leden[1].id, "Alleen een onderdeel kan uitspringen; een lid springt niet verder uit."),
        (b.spring_uit, artikel.leden[1].onderdelen[1].subonderdelen[0].id,
         "Alleen een onderdeel kan uitspringen; een lid springt niet verder uit."),
        (b.spring_in, "onbekend", "Alleen een lid kan inspringen; een onderdeel springt niet verder in."),
    ]
    for operatie, blok_id, melding in gevallen:
        with pytest.raises(BewerkingFout) as fout:
            operatie(policy, BIJ, blok_id)
        assert str(fout.value) == melding and "\n" not in melding
    assert to_dict(policy) == start


def test_revise_from_text_reads_a_lid_turned_onderdeel() -> None:
    """The plain text with a lid written as an onderdeel reads back to the same text; revise records it as the
    lid deleted and an onderdeel inserted (it does not pair blocks of another kind)."""
    policy = regeling()
    bewerkt = copy.deepcopy(policy)
    b.spring_in(bewerkt, LOS, bewerkt.artikelen[0].leden[1].id)
    b.reviseer(policy, lees_tekst(render_text(bewerkt)), BIJ)
    assert render_text(policy) == render_text(bewerkt)
    assert render_text(alles(policy, False)) == render_text(regeling())
    assert {"delete_lid", "insert_onderdeel"} <= {w.soort for w in alle_wijzigingen(policy)}


# -- cross-references (Ctrl+K) -------------------------------------------------------------------

def test_a_reference_goes_in_at_the_offset_of_the_shown_text_with_spaces_and_is_one_tracked_insertion() -> None:
    policy = regeling()
    doel = policy.artikelen[0].leden[2].id
    lid = policy.artikelen[0].leden[0]
    start = copy.deepcopy(policy)
    u = b.voeg_verwijzing_in(policy, BIJ, lid.id, len("Medewerkers gebruiken"), doel)
    assert getoond(policy, lid.id) == "Medewerkers gebruiken artikel 1, derde lid sociale media zorgvuldig."
    assert lid.tekst == f"Medewerkers gebruiken {marker(doel)} sociale media zorgvuldig."
    assert [(w.soort, w.auteur, w.tekst) for w in alle_wijzigingen(policy)] == [("insert", "A", f" {marker(doel)}")] \
        or [(w.soort, w.auteur, w.tekst) for w in alle_wijzigingen(policy)] == [("insert", "A", f"{marker(doel)} ")]
    assert u.teksten == {lid.id} and u.selectie == lid.id
    assert getoond(alles(policy, False), lid.id) == "Medewerkers gebruiken sociale media zorgvuldig."
    u.maak_ongedaan()
    assert to_dict(policy) == to_dict(start)


def test_a_reference_renumbers_itself_and_one_after_another_keeps_both_whole() -> None:
    policy = regeling()
    lid = policy.artikelen[1].leden[0]
    b.voeg_verwijzing_in(policy, BIJ, lid.id, len("Zie artikel 1"), policy.artikelen[0].leden[2].id)
    assert getoond(policy, lid.id) == "Zie artikel 1 artikel 1, derde lid."
    tekst = getoond(policy, lid.id)
    b.voeg_verwijzing_in(policy, Context("B", True), lid.id, tekst.index("artikel 1, derde"), policy.artikelen[0].id)
    assert getoond(policy, lid.id) == "Zie artikel 1 artikel 1 artikel 1, derde lid."
    for segment in policy.revisies[lid.id]:        # no segment cuts a marker in two
        assert segment.tekst.count("{ref:") == segment.tekst.count("}")
    b.nieuw_artikel(policy, LOS, None, "Nieuw")
    b.verplaats(policy, LOS, policy.artikelen[2].id, "artikelen", 0)
    assert getoond(policy, lid.id) == "Zie artikel 1 artikel 2 artikel 2, derde lid."
    assert Verwijzingsindex(policy).weergave(lid.tekst).count("artikel 2") == 2


def test_an_offset_inside_a_written_out_reference_goes_to_its_nearer_end() -> None:
    policy = regeling()
    lid = policy.artikelen[1].leden[0]
    lid.tekst = f"Zie {marker(policy.artikelen[0].leden[1].id)}."        # "Zie artikel 1, tweede lid."
    b.voeg_verwijzing_in(policy, LOS, lid.id, len("Zie artikel 1, twee"), policy.artikelen[0].id)
    assert getoond(policy, lid.id) == "Zie artikel 1, tweede lid artikel 1."


def test_reference_refusals() -> None:
    policy = regeling()
    lid = policy.artikelen[0].leden[0]
    start = to_dict(policy)
    gevallen = [
        (lid.id, 0, "onbekend", "Er kan alleen naar een artikel, lid of onderdeel van deze regeling worden verwezen."),
        (lid.id, 999, policy.artikelen[1].id, "Die plek ligt buiten de tekst."),
        (lid.id, 0, lid.id, "Een lid kan niet naar zichzelf verwijzen."),
        (policy.artikelen[0].id, 0, lid.id, "Een verwijzing kan alleen in de tekst van een lid of onderdeel staan."),
    ]
    for blok_id, positie, doel, melding in gevallen:
        with pytest.raises(BewerkingFout, match=f"^{melding}$"):
            b.voeg_verwijzing_in(policy, BIJ, blok_id, positie, doel)
    assert to_dict(policy) == start


def test_a_reference_to_an_artikels_single_unnumbered_lid_is_one_to_the_artikel() -> None:
    """It reads "artikel 2" either way; stored as the artikel, it is what the same words typed or read back give."""
    policy = regeling()
    lid = policy.artikelen[0].leden[0]
    b.voeg_verwijzing_in(policy, LOS, lid.id, len(getoond(policy, lid.id)), policy.artikelen[1].leden[0].id)
    assert lid.tekst.endswith(f"zorgvuldig. {marker(policy.artikelen[1].id)}")
