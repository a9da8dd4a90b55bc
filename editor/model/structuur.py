"""The policy as lists of blocks (containers) and texts (places), each by a stable id.

Every structural edit is an insertion into, a removal from or a move between these lists, and
every text edit changes one place: so the operations, the tracked changes and the undo log need
no case per kind of block.

Container ids: "artikelen", "hoofdstukken", "toelichting", "aanhef.gezien" (and the other aanhef
lists), and the id of the artikel, lid, onderdeel or sectie whose blocks the list holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from .document import Aanhef, Alinea, Artikel, Hoofdstuk, Lid, Onderdeel, Policy, Sectie

AANHEF_LIJSTEN = ("gezien", "gelet_op", "overwegingen", "beslispunten")


@dataclass(frozen=True)
class Plaats:
    """Where a block stands: its container, the list itself, its index and its kind."""

    container: str
    lijst: list
    positie: int
    soort: str


def containers(policy: Policy) -> Iterator[tuple[str, list, str]]:
    """(container id, list, kind of its blocks) for every list of blocks, in document order."""
    for naam in AANHEF_LIJSTEN:
        yield f"aanhef.{naam}", getattr(policy.aanhef, naam), "alinea"
    for sectie in policy.secties():
        yield sectie.id, sectie.alineas, "alinea"
    yield "toelichting", policy.toelichting, "sectie"
    yield "hoofdstukken", policy.hoofdstukken, "hoofdstuk"
    yield "artikelen", policy.artikelen, "artikel"
    for artikel in policy.artikelen:
        yield from _containers_in(artikel)


def _containers_in(blok: Any) -> Iterator[tuple[str, list, str]]:
    if isinstance(blok, Artikel):
        yield blok.id, blok.leden, "lid"
        for lid in blok.leden:
            yield from _containers_in(lid)
    elif isinstance(blok, Lid):
        yield blok.id, blok.onderdelen, "onderdeel"
        for onderdeel in blok.onderdelen:
            yield from _containers_in(onderdeel)
    elif isinstance(blok, Onderdeel):
        yield blok.id, blok.subonderdelen, "subonderdeel"
    elif isinstance(blok, Sectie):
        yield blok.id, blok.alineas, "alinea"


def container(policy: Policy, container_id: str) -> list | None:
    return next((lijst for cid, lijst, _ in containers(policy) if cid == container_id), None)


def plaatsen(policy: Policy) -> dict[str, Plaats]:
    """Block id -> where it stands, for every block in the current structure."""
    uit: dict[str, Plaats] = {}
    for cid, lijst, soort in containers(policy):
        for i, blok in enumerate(lijst):
            uit[blok.id] = Plaats(cid, lijst, i, soort)
    return uit


def plaats(policy: Policy, blok_id: str) -> Plaats | None:
    return plaatsen(policy).get(blok_id)


def blok(policy: Policy, blok_id: str) -> Any | None:
    p = plaats(policy, blok_id)
    return p.lijst[p.positie] if p else None


def soort_van(blok_: Any, container_soort: str | None = None) -> str:
    """The kind of a block: artikel, lid, onderdeel, subonderdeel, alinea, hoofdstuk, sectie."""
    if container_soort:
        return container_soort
    return {Artikel: "artikel", Lid: "lid", Onderdeel: "onderdeel", Hoofdstuk: "hoofdstuk",
            Sectie: "sectie"}.get(type(blok_), "alinea")


def in_blok(blok_: Any) -> Iterator[Any]:
    """The block and every block inside it, in document order."""
    yield blok_
    for _, lijst, _ in _containers_in(blok_):
        yield from lijst


# -- texts -----------------------------------------------------------------------------------

def tekst_attribuut(blok_: Any) -> str:
    """The attribute that holds a block's own text: a heading for artikel, hoofdstuk and sectie."""
    return "kop" if isinstance(blok_, (Artikel, Hoofdstuk, Sectie)) else "tekst"


def teksten_in(blok_: Any) -> Iterator[tuple[str, Any, str]]:
    """(id, object, attribute) of every text in a block, its own first."""
    for b in in_blok(blok_):
        yield b.id, b, tekst_attribuut(b)


def tekstplaatsen(policy: Policy) -> dict[str, tuple[Any, str]]:
    """Text id -> (object, attribute) for every text that can be edited and tracked."""
    uit: dict[str, tuple[Any, str]] = {"titel": (policy, "titel"), "orgaan": (policy.aanhef, "orgaan")}
    for sectie in policy.secties():
        uit[sectie.id] = (sectie, "kop")
    for _, lijst, _ in containers(policy):
        for b in lijst:
            uit[b.id] = (b, tekst_attribuut(b))
    return uit


def tekstplaats(policy: Policy, tekst_id: str) -> tuple[Any, str] | None:
    """(object, attribute) of one text, found without building the whole table (a keystroke needs one)."""
    if tekst_id in ("titel", "orgaan"):
        return (policy, "titel") if tekst_id == "titel" else (policy.aanhef, "orgaan")
    for artikel in policy.artikelen:
        if artikel.id == tekst_id:
            return artikel, "kop"
        for lid in artikel.leden:
            if lid.id == tekst_id:
                return lid, "tekst"
            for onderdeel in lid.onderdelen:
                if onderdeel.id == tekst_id:
                    return onderdeel, "tekst"
                for sub in onderdeel.subonderdelen:
                    if sub.id == tekst_id:
                        return sub, "tekst"
    return tekstplaatsen(policy).get(tekst_id)


def lees(obj: Any, attribuut: str) -> str:
    return getattr(obj, attribuut) or ""


def container_soort(policy: Policy, container_id: str) -> str | None:
    """The kind of the blocks a list holds ("lid" for an artikel's id, "onderdeel" for a lid's id, …)."""
    return next((soort for cid, _, soort in containers(policy) if cid == container_id), None)


_VORMEN = {"lid": Lid, "onderdeel": Onderdeel, "subonderdeel": Alinea}
_LAGER = {"lid": "onderdeel", "onderdeel": "subonderdeel"}


def in_vorm(blok_: Any, soort: str | None, label: str | None = None) -> Any:
    """The block as a block of the kind `soort` (a lid indented to an onderdeel, an onderdeel back to a lid, a
    sub-item): a new object with the same id and text, and `label` as its own label; what it holds goes along one
    level lower (a sub-item holds nothing). The block itself when it is of that kind already, or for other kinds."""
    klasse = _VORMEN.get(soort or "")
    if klasse is None or type(blok_) is klasse or type(blok_) not in _VORMEN.values():
        return blok_
    inhoud = getattr(blok_, "onderdelen", None) or getattr(blok_, "subonderdelen", None) or []
    if soort == "subonderdeel":
        return Alinea(blok_.tekst, blok_.id, label)
    lager = [in_vorm(deel, _LAGER[soort], teken_label(deel.label)) for deel in inhoud]
    return klasse(blok_.tekst, lager, id=blok_.id, label=label)


def teken_label(label: str | None) -> str | None:
    """A label that is only a sign ("-", "*") fits every level; a number or letter ("2.", "c.") does not."""
    return label if label and not any(c.isalnum() for c in label) else None


def nieuw_leeg(soort: str, tekst: str = "") -> Any:
    """A new block of a kind, with a text."""
    if soort == "artikel":
        return Artikel(tekst, [Lid("")], leden_genummerd=False)
    return {"lid": Lid, "onderdeel": Onderdeel, "hoofdstuk": Hoofdstuk}.get(soort, Alinea)(tekst)


__all__ = ["AANHEF_LIJSTEN", "Aanhef", "Plaats", "blok", "container", "container_soort", "containers", "in_blok", "in_vorm", "lees",
           "nieuw_leeg", "plaats", "plaatsen", "soort_van", "teken_label", "tekst_attribuut", "tekstplaatsen", "teksten_in"]
