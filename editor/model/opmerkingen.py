"""Comments on a block or a piece of its text, with replies and a resolved mark."""

from __future__ import annotations

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
