"""Issue 14: the spell-check finds the Dutch dictionary the installer bundles first, then the system's
(Debian hunspell-nl). The bundle itself is built and started by .ci/run, which checks the line below."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from editor.ui import spelling

SYSTEEM = Path("/usr/share/hunspell")


@pytest.fixture
def bundel(tmp_path: Path, monkeypatch) -> Path:
    """A PyInstaller bundle's folder (sys._MEIPASS) with the dictionary where the spec puts it."""
    map_ = tmp_path / "resources" / "hunspell"
    map_.mkdir(parents=True)
    for naam in ("nl.dic", "nl.aff"):
        shutil.copyfile(SYSTEEM / naam, map_ / naam)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    return map_


@pytest.mark.skipif(not (SYSTEEM / "nl.dic").exists(), reason="hunspell-nl is not installed (.ci/run installs it)")
def test_the_bundled_dictionary_comes_first(bundel: Path) -> None:
    assert spelling.woordenboek() == (bundel, "nl")
    controle = spelling.Spelling()
    controle.start()
    assert controle.beschikbaar and controle.is_fout("leidinggevendenden") and not controle.is_fout("leidinggevenden")
    assert controle.suggesties("leidinggevendenden")[0] == "leidinggevenden"


@pytest.mark.skipif(not (SYSTEEM / "nl_NL.dic").exists(), reason="hunspell-nl is not installed (.ci/run installs it)")
def test_without_a_bundle_the_systems_dictionary(monkeypatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert spelling.woordenboek() == (SYSTEEM, "nl_NL")


def test_no_dictionary_anywhere_flags_nothing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(spelling, "mappen", lambda: [tmp_path])
    controle = spelling.Spelling()
    assert spelling.woordenboek() is None and not controle.beschikbaar and not controle.is_fout("leidinggevendenden")
