"""A small share of benchmarks/word_roundtrip.py: random two- and three-author sessions exported as
redlines, accepted by LibreOffice through UNO and imported back."""

from __future__ import annotations

import subprocess

import pytest

from benchmarks.word_roundtrip import rond


def _uno() -> bool:
    try:
        return subprocess.run(["/usr/bin/python3", "-c", "import uno"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.mark.skipif(not _uno(), reason="python3-uno and LibreOffice are installed by .ci/run")
def test_libreoffice_accept_all_gives_our_accept_all_text_with_its_numbering() -> None:
    telling = rond(4, 6)
    assert telling["libreoffice"] == 0
    assert telling["accept"] == 0       # word for word, "Artikel 3." and "2." included (Word list numbering)
