"""A small share of benchmarks/word_roundtrip.py: random two- and three-author sessions exported as
redlines; LibreOffice (through UNO) counts their changes, accepts and rejects all; the results are compared
in LibreOffice itself and after our import."""

from __future__ import annotations


import pytest

from benchmarks.word_roundtrip import rond
from tests.helpers.libreoffice import heeft_uno


@pytest.mark.skipif(not heeft_uno(), reason="python3-uno and LibreOffice are installed by .ci/run")
def test_libreoffice_shows_every_change_and_accepts_and_rejects_to_our_texts() -> None:
    telling = rond(4, 6)
    assert telling["export"] == telling["libreoffice"] == 0
    assert telling["authors"] == 0      # LibreOffice's change authors are the model's
    assert telling["count"] == 0        # every change shown whole, by its author, and no other (word_telling)
    assert telling["lo-accept"] == 0    # Accept All in LibreOffice: our accepted text, style, list number and words
    assert telling["lo-reject"] == 0    # Reject All: the original text, "Artikel 3." and "2." included
    assert telling["accept"] == 0       # Accept All saved by LibreOffice and imported: our accept-all text
