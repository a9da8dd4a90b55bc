"""Every test runs with its own config and data folders, in Dutch, offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def eigen_mappen(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The user's folders in a temporary folder of their own (not the test's tmp_path)."""
    gebruiker = tmp_path_factory.mktemp("gebruiker")
    monkeypatch.setenv("BELEIDSSTUDIO_CONFIG_DIR", str(gebruiker / "config"))
    monkeypatch.setenv("BELEIDSSTUDIO_DATA_DIR", str(gebruiker / "data"))
    from editor.i18n import zet_taal

    zet_taal("nl")
    yield
    zet_taal("nl")


@pytest.fixture(autouse=True)
def gebruiker(eigen_mappen) -> None:
    """A user who has been asked their name already (the first-start question has its own test)."""
    from editor.settings import Voorkeuren, bewaar_voorkeuren

    bewaar_voorkeuren(Voorkeuren(auteur="Mr. A. Tester", initialen="AT"))
