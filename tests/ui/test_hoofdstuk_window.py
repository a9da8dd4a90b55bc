"""Hoofdstukken and onderdelen from the Bewerken menu, tracked in the works council's role (issue 11)."""

from __future__ import annotations

from editor.revisions.lijst import alle_wijzigingen
from editor.ui.main_window import MainWindow


def actie(w: MainWindow, begin: str):
    return next(a for a in w.structuur_acties if a.text().replace("&", "").startswith(begin))


def test_new_hoofdstuk_and_onderdeel_are_one_change_each(qtbot, venster: MainWindow) -> None:
    venster.review.actie_or.setChecked(True)
    ruimte, policy = venster.werkruimte, venster.werkruimte.policy
    ruimte.selecteer(policy.artikelen[3].id)
    actie(venster, "Nieuw hoofdstuk").trigger()
    assert [h.kop for h in policy.hoofdstukken] == ["Nieuw hoofdstuk"]
    assert {a.hoofdstuk_id for a in policy.artikelen[3:]} == {policy.hoofdstukken[0].id}
    assert [w.soort for w in alle_wijzigingen(policy)] == ["insert_hoofdstuk"]
    ruimte.selecteer(policy.artikelen[1].leden[0].id)
    actie(venster, "Nieuw onderdeel").trigger()
    assert len(policy.artikelen[1].leden[0].onderdelen) == 1
    assert sorted(w.soort for w in alle_wijzigingen(policy)) == ["insert_hoofdstuk", "insert_onderdeel"]
    venster.actie_undo.trigger()
    venster.actie_undo.trigger()
    assert not policy.hoofdstukken and not policy.artikelen[1].leden[0].onderdelen and not alle_wijzigingen(policy)
