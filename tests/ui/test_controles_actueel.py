"""The Controles pane follows every kind of operation, consent actions included (issue 13, item 2):
after each one, the pane's findings are those of the policy as it is now."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QInputDialog

from editor.checks.regels import controleer
from editor.ui.main_window import MainWindow
from editor.ui.review import BesluitDialoog
from tests.ui.conftest import panelen_bij
from tests.helpers.document import vervang_tekst


def getoond(w: MainWindow) -> list[str]:
    paneel = w.review.controles
    paneel.ververs()                         # what the pane would show once its short delay has passed
    return [paneel.lijst.item(i).text() for i in range(paneel.lijst.count())]


def klopt(w: MainWindow) -> bool:
    assert w.review.controles.policy is w.bewerker.policy
    return len(getoond(w)) == len(controleer(w.bewerker.policy))


def test_the_checks_follow_every_operation_kind(qtbot, venster: MainWindow, tmp_path: Path, monkeypatch) -> None:
    assert venster.save_to(tmp_path / "w.beleid")
    venster.review.actie_bijhouden.setChecked(True)     # so that there are changes to accept
    ruimte, policy = venster.werkruimte, venster.werkruimte.policy
    geplande: list[object] = []
    monkeypatch.setattr(venster.review.controles, "plan", lambda p: geplande.append(p) or setattr(
        venster.review.controles, "policy", p))
    stappen = [
        lambda: vervang_tekst(qtbot, ruimte, policy.artikelen[1].leden[0].id, "Nieuwe tekst."),
        lambda: venster.structuur_acties[0].trigger(),                       # new artikel
        lambda: (ruimte.selecteer(policy.artikelen[3].leden[0].id), venster.structuur_acties[4].trigger()),
        lambda: (ruimte.selecteer(policy.artikelen[4].leden[1].id), venster.structuur_acties[6].trigger()),
        lambda: venster.bewerk_metadata("organisatie", "WerkSaam"),          # a Gegevens field
        lambda: venster.review.beslis(None, True),
        lambda: venster.actie_undo.trigger(),
        lambda: venster.review.bied_aan(),                                   # the consent request
        lambda: venster.review.besluit(),                                    # and the OR's decision
        lambda: venster.review.bewaar_versie("v1"),
    ]
    monkeypatch.setattr(BesluitDialoog, "exec", lambda self: 1)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("v1", True))
    for nummer, stap in enumerate(stappen):
        voor = len(geplande)
        stap()
        panelen_bij(qtbot, venster)         # after typing the panes follow a moment later
        assert len(geplande) > voor, nummer
        assert klopt(venster), nummer
