"""A segment of tracked text (the algebra on segments is in editor/revisions)."""

from __future__ import annotations

from dataclasses import dataclass

EQUAL, INSERT, DELETE = "equal", "insert", "delete"


@dataclass(frozen=True)
class Segment:
    tekst: str
    soort: str = EQUAL
    auteur: str | None = None
    tijd: str | None = None
    id: int = 0                  # the change it belongs to (0 for equal text)
    versie: str | None = None    # the version the change was made after
    del_id: int = 0              # an insertion deleted by another author: that deletion's change
    del_auteur: str | None = None
    del_tijd: str | None = None

    @property
    def zichtbaar(self) -> bool:
        """Part of the current text."""
        return self.soort == EQUAL or (self.soort == INSERT and not self.del_id)
