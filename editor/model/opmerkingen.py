"""Comments on a block or a piece of its text, with replies and a resolved mark."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .ids import new_id


@dataclass
class Antwoord:
    auteur: str
    tijd: str
    tekst: str


@dataclass
class Opmerking:
    blok_id: str
    auteur: str
    tijd: str
    tekst: str
    citaat: str = ""            # the piece of text the comment is about ("" for the whole block)
    antwoorden: list[Antwoord] = field(default_factory=list)
    opgelost: bool = False
    id: str = field(default_factory=new_id)
    begin: int | None = None    # where the citaat starts in the block's text when written (None: its first occurrence)

    def anker(self, tekst: str) -> tuple[int, int] | None:
        """The exact range (start, end) of the citaat in the block's current text: the occurrence nearest to
        where it was anchored; None when the comment is on the whole block or its phrase is gone."""
        if not self.citaat:
            return None
        plekken = [m.start() for m in re.finditer(re.escape(self.citaat), tekst)]
        if not plekken:
            return None
        doel = self.begin if self.begin is not None else 0
        start = min(plekken, key=lambda p: (abs(p - doel), p))
        return start, start + len(self.citaat)
