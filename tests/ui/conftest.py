"""The window as the tests use it: real widgets, offscreen, warnings recorded instead of shown."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def meldingen(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    berichten: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _titel, tekst, *a: berichten.append(tekst))
    return berichten


@pytest.fixture
def opslaanvragen(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The Opslaan / Niet opslaan / Annuleren question, answered "Niet opslaan" and recorded (its own
    tests answer the real dialog)."""
    from editor.ui import onopgeslagen

    vragen: list[str] = []
    monkeypatch.setattr(onopgeslagen, "vraag_opslaan", lambda _ouder, naam: vragen.append(naam) or onopgeslagen.VERWERPEN)
    return vragen


@pytest.fixture
def verwijdervragen(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """"Artikel 4 … verwijderen?" answered Verwijderen and recorded (its own tests answer the real dialog)."""
    from editor.ui import workspace

    vragen: list[str] = []
    monkeypatch.setattr(workspace, "bevestig_verwijderen", lambda _ouder, vraag, _detail: vragen.append(vraag) or True)
    return vragen


@pytest.fixture
def venster(qtbot, meldingen, opslaanvragen, verwijdervragen, monkeypatch):
    from editor.ui.app import maak_venster

    w = maak_venster()      # not qtbot.addWidget: pytest-qt would close it before this fixture's teardown
    w.show()
    yield w
    from editor.ui import onopgeslagen, workspace

    onopgeslagen.vraag_opslaan = lambda *_: onopgeslagen.VERWERPEN    # a test may have put the real one back
    workspace.bevestig_verwijderen = lambda *_: True
    w.close()           # before monkeypatch restores the real questions: an edited sample asks
    w.deleteLater()


def panelen_bij(qtbot, venster) -> None:
    """After typing, the panes beside the text follow a moment later: wait for them."""
    qtbot.waitUntil(lambda: not venster._panelen_wacht.isActive(), timeout=3000)
