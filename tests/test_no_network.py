"""A whole session works with the network cut off: open, compare, edit, save, export."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def geen_netwerk(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    pogingen: list[str] = []

    def weiger(*args, **kwargs):
        pogingen.append(repr(args[:2]))
        raise OSError("network blocked in this test")

    monkeypatch.setattr(socket.socket, "connect", weiger)
    monkeypatch.setattr(socket.socket, "connect_ex", weiger)
    monkeypatch.setattr(socket, "create_connection", weiger)
    monkeypatch.setattr(socket, "getaddrinfo", weiger)
    return pogingen


def test_a_whole_session_without_network(qtbot, geen_netwerk, tmp_path: Path, monkeypatch) -> None:
    from docx import Document

    from editor.checks import controleer
    from editor.ui.app import maak_venster

    meldingen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, tekst, *a: meldingen.append(tekst))
    venster = maak_venster()
    qtbot.addWidget(venster)
    venster.show()
    assert venster.save_to(tmp_path / "w.beleid")                               # open + save
    assert venster.open_path(tmp_path / "w.beleid")
    view = venster.vergelijk_view                                              # compare
    view.kies("policy-bv", "werksaam")
    with qtbot.waitSignal(view.klaar, timeout=10_000):
        view.vergelijk()
    assert view.model.rowCount() > 30      # split clauses share a row (issue 16)
    ruimte = venster.werkruimte                                                # edit
    ruimte.selecteer(ruimte.policy.artikelen[0].leden[0].id)
    qtbot.keyClicks(ruimte.document, "Offline: ")
    venster.actie_undo.trigger()
    venster.actie_redo.trigger()
    assert ruimte.policy.artikelen[0].leden[0].tekst.startswith("Offline: ")
    assert venster.opslaan()
    assert venster.exporteer("docx", False, tmp_path / "besluit.docx")        # export
    assert Document(str(tmp_path / "besluit.docx")).paragraphs[0].text == "Sociale media code WerkSaam Westfriesland"
    assert controleer(ruimte.policy)
    QThreadPool.globalInstance().waitForDone()
    assert meldingen == [] and geen_netwerk == []
