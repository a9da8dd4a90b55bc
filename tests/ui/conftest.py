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
def venster(qtbot, meldingen):
    from editor.ui.app import maak_venster

    w = maak_venster()
    qtbot.addWidget(w)
    w.show()
    return w


def panelen_bij(qtbot, venster) -> None:
    """After typing, the panes beside the text follow a moment later: wait for them."""
    qtbot.waitUntil(lambda: not venster._panelen_wacht.isActive(), timeout=3000)
