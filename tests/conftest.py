"""Every test runs with its own config and data folders, in Dutch, offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def eigen_mappen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BELEIDSSTUDIO_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BELEIDSSTUDIO_DATA_DIR", str(tmp_path / "data"))
    from editor.i18n import zet_taal

    zet_taal("nl")
    yield
    zet_taal("nl")
