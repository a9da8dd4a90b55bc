"""Two versions compared as tracked changes; each change knows the version it came from."""

from __future__ import annotations

import copy

from editor import bewerken as b
from editor.bewerken import Context
from editor.revisions.beslissen import accepteer, verwerp
from editor.revisions.lijst import alle_wijzigingen, kies
from editor.revisions.segments import huidig, origineel
from editor.bewerken.versies import als_getrackte_wijzigingen
from editor.samples import load_sample


def twee_versies():
    oud = load_sample("werksaam")
    nieuw = copy.deepcopy(oud)
    nieuw.artikelen[1].leden[0].tekst = "WerkSaam ondersteunt het verantwoorde gebruik van sociale media."
    b.verwijder(nieuw, Context("x"), nieuw.artikelen[2].leden[5].id)
    b.nieuw_lid(nieuw, Context("x"), nieuw.artikelen[3].leden[8].id, "Medewerkers melden incidenten bij de communicatieadviseur.")
    return oud, nieuw


def test_versions_compared_as_changes() -> None:
    oud, nieuw = twee_versies()
    vergeleken = als_getrackte_wijzigingen(oud, nieuw, "Versie 2", "2026-03-02T10:00:00", "Versie 1")
    wijzigingen = alle_wijzigingen(vergeleken)
    assert {(w.soort, w.artikel, w.lid) for w in wijzigingen} == {
        ("delete", 2, 1), ("insert", 2, 1), ("delete_lid", 3, None), ("insert_lid", 4, 10)}
    assert {w.versie for w in wijzigingen} == {"Versie 1"} and {w.auteur for w in wijzigingen} == {"Versie 2"}
    segmenten = vergeleken.revisies[nieuw.artikelen[1].leden[0].id]
    assert origineel(segmenten) == "WerkSaam ondersteunt het belang van sociale media."
    assert huidig(segmenten) == "WerkSaam ondersteunt het verantwoorde gebruik van sociale media."


def test_reject_all_gives_the_old_version_and_accept_all_the_new() -> None:
    oud, nieuw = twee_versies()
    verworpen = als_getrackte_wijzigingen(oud, nieuw, "v2", "t", "v1")
    verwerp(verworpen, kies(verworpen))
    assert [[l.tekst for l in a.leden] for a in verworpen.artikelen] == [[l.tekst for l in a.leden] for a in oud.artikelen]
    aanvaard = als_getrackte_wijzigingen(oud, nieuw, "v2", "t", "v1")
    accepteer(aanvaard, kies(aanvaard))
    assert [[l.tekst for l in a.leden] for a in aanvaard.artikelen] == [[l.tekst for l in a.leden] for a in nieuw.artikelen]
