"""The policy document, structured as Dutch regulations are (Aanwijzingen voor de regelgeving).

No Qt here: the command line, the store and the tests use these classes directly.
Numbers are never stored: they follow from the position of a block (see numbering.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from .ids import new_id
from .metadata import Metadata
from .opmerkingen import Opmerking
from .segment import Segment


@dataclass
class Alinea:
    """A piece of text with a stable id: an aanhef item, a paragraph, a sub-item (1°)."""

    tekst: str
    id: str = field(default_factory=new_id)
    label: str | None = None    # the source's own label ("-", "i.") where it differs from the model's


@dataclass
class Onderdeel:
    """An onderdeel of a lid (a., b., …), possibly with sub-items (1°, 2°, …)."""

    tekst: str
    subonderdelen: list[Alinea] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    label: str | None = None    # the source's own label ("i)", "c.") where it differs from the model's


@dataclass
class Lid:
    tekst: str
    onderdelen: list[Onderdeel] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    label: str | None = None    # the source's own label ("Lid 2", "-") where it differs from the model's


@dataclass
class Artikel:
    kop: str
    leden: list[Lid] = field(default_factory=list)
    leden_genummerd: bool | None = True      # None: numbered when there is more than one lid
    hoofdstuk_id: str | None = None
    id: str = field(default_factory=new_id)
    label: str | None = None    # the source's own heading label ("Artikel 1.1") where it differs


@dataclass
class Hoofdstuk:
    kop: str
    id: str = field(default_factory=new_id)
    label: str | None = None    # the source's own label ("§ 3.", "Paragraaf 2") where it differs


@dataclass
class Sectie:
    """A headed run of paragraphs outside the artikelen: preambule, slotwoord, toelichting."""

    kop: str
    alineas: list[Alinea] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass
class Aanhef:
    orgaan: str | None = None
    gezien: list[Alinea] = field(default_factory=list)
    gelet_op: list[Alinea] = field(default_factory=list)
    overwegingen: list[Alinea] = field(default_factory=list)
    beslispunten: list[Alinea] = field(default_factory=list)

    def is_besluit(self) -> bool:
        return bool(self.orgaan or self.beslispunten)


@dataclass
class Bron:
    """Where a sample or an imported policy came from."""

    omschrijving: str = ""
    bestand: str | None = None


@dataclass
class Spook:
    """Where a block stood before its pending deletion or move (Word's deleted paragraph, moveFrom).

    The current structure holds only what the text says now; a deleted block waits here, with its
    place, until its deletion is accepted (it goes) or rejected (it comes back). A moved block stands
    at its new place; its spook remembers the old one.
    """

    soort: str                      # "verwijderd" or "verplaatst"
    blok_id: str
    container: str                  # the id of the list it stood in (see structuur.py)
    na: str | None                  # the id of the block it followed there (None: first)
    positie: int                    # its index there, when `na` is gone
    wijziging: Segment              # the change: id, author, time, version
    hoofdstuk_id: str | None = None         # an artikel's hoofdstuk at the old place
    artikel: Artikel | None = None          # the deleted block itself (one of these five)
    lid: Lid | None = None
    onderdeel: Onderdeel | None = None
    alinea: Alinea | None = None
    hoofdstuk: Hoofdstuk | None = None
    label: str | None = None        # a block moved into another form (a lid indented): its own label here

    @property
    def blok(self):
        return self.artikel or self.lid or self.onderdeel or self.alinea or self.hoofdstuk


@dataclass
class Policy:
    titel: str
    citeertitel: str | None = None
    aanhef: Aanhef = field(default_factory=Aanhef)
    inleiding: Sectie | None = None
    hoofdstukken: list[Hoofdstuk] = field(default_factory=list)
    artikelen: list[Artikel] = field(default_factory=list)
    slotwoord: Sectie | None = None
    toelichting: list[Sectie] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)
    bron: Bron = field(default_factory=Bron)
    id: str = field(default_factory=new_id)
    # tracked changes: the segments of every text with changes, the inserted blocks, the places of deleted
    # and moved blocks, and the kind of each structural change (by change id)
    revisies: dict[str, list[Segment]] = field(default_factory=dict)
    blokrevisies: dict[str, Segment] = field(default_factory=dict)
    spoken: list[Spook] = field(default_factory=list)
    wijzigingsoorten: dict[str, str] = field(default_factory=dict)
    opmerkingen: list[Opmerking] = field(default_factory=list)
    volgende_wijziging: int = 1
    laatste_versie: str | None = None

    def artikel_nummer(self, artikel: Artikel) -> int:
        return self.artikelen.index(artikel) + 1

    def hoofdstuk(self, hoofdstuk_id: str | None) -> Hoofdstuk | None:
        return next((h for h in self.hoofdstukken if h.id == hoofdstuk_id), None)

    def artikelen_van(self, hoofdstuk: Hoofdstuk) -> list[Artikel]:
        return [a for a in self.artikelen if a.hoofdstuk_id == hoofdstuk.id]

    def leden(self) -> Iterator[tuple[Artikel, Lid]]:
        for artikel in self.artikelen:
            for lid in artikel.leden:
                yield artikel, lid

    def teksten(self) -> Iterator[str]:
        """Every piece of text in reading order (for placeholders, search, checks)."""
        yield self.titel
        yield from _aanhef_teksten(self.aanhef)
        for sectie in self.secties():
            yield sectie.kop
            yield from (a.tekst for a in sectie.alineas)
        for hoofdstuk in self.hoofdstukken:
            yield hoofdstuk.kop
        for artikel in self.artikelen:
            yield artikel.kop
            for lid in artikel.leden:
                yield from _lid_teksten(lid)

    def secties(self) -> list[Sectie]:
        """The headed sections outside the artikelen: inleiding, slotwoord, toelichting."""
        eigen = [s for s in (self.inleiding, self.slotwoord) if s is not None]
        return eigen + self.toelichting

    def tekstblokken(self) -> dict[str, Alinea | Lid | Onderdeel]:
        """Every block with a text of its own, by id, in document order: aanhef items, leden,
        onderdelen, sub-items, section paragraphs (what tracked changes and placeholders work on)."""
        blokken: dict[str, Alinea | Lid | Onderdeel] = {}
        aanhef = self.aanhef
        for alinea in aanhef.gezien + aanhef.gelet_op + aanhef.overwegingen + aanhef.beslispunten:
            blokken[alinea.id] = alinea
        for artikel in self.artikelen:
            for lid in artikel.leden:
                blokken[lid.id] = lid
                for onderdeel in lid.onderdelen:
                    blokken[onderdeel.id] = onderdeel
                    blokken.update((sub.id, sub) for sub in onderdeel.subonderdelen)
        for sectie in self.secties():
            blokken.update((alinea.id, alinea) for alinea in sectie.alineas)
        return blokken


def _aanhef_teksten(aanhef: Aanhef) -> Iterator[str]:
    if aanhef.orgaan:
        yield aanhef.orgaan
    for lijst in (aanhef.gezien, aanhef.gelet_op, aanhef.overwegingen, aanhef.beslispunten):
        yield from (a.tekst for a in lijst)


def _lid_teksten(lid: Lid) -> Iterator[str]:
    yield lid.tekst
    for onderdeel in lid.onderdelen:
        yield onderdeel.tekst
        yield from (s.tekst for s in onderdeel.subonderdelen)
