"""Tracked changes over a whole policy: edits of blocks, structural insertions and deletions,
the list of changes, and accepting or rejecting them by id, by author or all."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import bewerkingen
from ..model.document import Policy
from ..model.numbering import lid_nummer
from ..model.segment import DELETE, INSERT, Segment
from .segments import accepteer as accepteer_segmenten
from .segments import huidig, pas_toe, verwerp as verwerp_segmenten, wijziging_ids


@dataclass(frozen=True)
class Wijziging:
    id: int
    soort: str                   # "insert" or "delete"
    auteur: str | None
    datum: str | None
    blok_id: str
    artikel: int | None
    lid: int | None
    tekst: str
    versie: str | None = None


def tekstblokken(policy: Policy) -> dict[str, object]:
    """Every block with a text that can be tracked, by id, in document order."""
    return policy.tekstblokken()


def volgend_id(policy: Policy):
    def geef() -> int:
        nummer = policy.volgende_wijziging
        policy.volgende_wijziging += 1
        return nummer
    return geef


def bewerk(policy: Policy, blok_id: str, nieuw: str, auteur: str, tijd: str) -> None:
    """The block's text becomes `nieuw`, the difference recorded as changes by the author."""
    blok = tekstblokken(policy)[blok_id]
    segmenten = policy.revisies.get(blok_id) or ([Segment(blok.tekst)] if blok.tekst else [])
    nieuwe = pas_toe(segmenten, nieuw, auteur, tijd, volgend_id(policy), policy.laatste_versie)
    blok.tekst = huidig(nieuwe)
    _bewaar(policy, blok_id, nieuwe)


def _bewaar(policy: Policy, blok_id: str, segmenten: list[Segment]) -> None:
    if any(s.soort != "equal" for s in segmenten):
        policy.revisies[blok_id] = segmenten
    else:
        policy.revisies.pop(blok_id, None)


def markeer_blok(policy: Policy, blok_id: str, soort: str, auteur: str, tijd: str) -> int:
    """A lid or artikel inserted or deleted with tracking on (it stays until accepted or rejected)."""
    wijziging_id = volgend_id(policy)()
    policy.blokrevisies[blok_id] = Segment("", soort, auteur, tijd, wijziging_id, policy.laatste_versie)
    return wijziging_id


def alle_wijzigingen(policy: Policy) -> list[Wijziging]:
    plekken = _plekken(policy)
    uit: list[Wijziging] = []
    for blok_id, segment in policy.blokrevisies.items():
        artikel, lid = plekken.get(blok_id, (None, None))
        uit.append(Wijziging(segment.id, segment.soort, segment.auteur, segment.tijd, blok_id, artikel, lid,
                             _blok_tekst(policy, blok_id), segment.versie))
    for blok_id in tekstblokken(policy):
        artikel, lid = plekken.get(blok_id, (None, None))
        for s in policy.revisies.get(blok_id, []):
            if s.soort != "equal":
                uit.append(Wijziging(s.id, s.soort, s.auteur, s.tijd, blok_id, artikel, lid, s.tekst, s.versie))
            if s.del_id:
                uit.append(Wijziging(s.del_id, DELETE, s.del_auteur, s.del_tijd, blok_id, artikel, lid, s.tekst, s.versie))
    return _een_per_wijziging(uit)


def _een_per_wijziging(wijzigingen: list[Wijziging]) -> list[Wijziging]:
    """A structural change and its text share an id: list it once, with its text."""
    per_sleutel: dict[tuple[int, str], Wijziging] = {}
    for w in wijzigingen:
        vorige = per_sleutel.get((w.id, w.blok_id))
        if vorige is None or len(w.tekst) > len(vorige.tekst):
            per_sleutel[(w.id, w.blok_id)] = w
    return sorted(per_sleutel.values(), key=lambda w: w.id)


def _plekken(policy: Policy) -> dict[str, tuple[int, int | None]]:
    plekken: dict[str, tuple[int, int | None]] = {}
    for a, artikel in enumerate(policy.artikelen, start=1):
        plekken[artikel.id] = (a, None)
        for i, lid in enumerate(artikel.leden):
            for blok_id in [lid.id] + [o.id for o in lid.onderdelen] + [s.id for o in lid.onderdelen for s in o.subonderdelen]:
                plekken[blok_id] = (a, lid_nummer(artikel, i))
    return plekken


def _blok_tekst(policy: Policy, blok_id: str) -> str:
    a, l = bewerkingen.plaats_van(policy, blok_id)
    if a is None:
        return ""
    artikel = policy.artikelen[a]
    return artikel.kop if l is None else artikel.leden[l].tekst


def kies(policy: Policy, ids: set[int] | None = None, auteur: str | None = None) -> set[int]:
    """The ids of the changes meant: all, the given ones, or all of one author."""
    wijzigingen = alle_wijzigingen(policy)
    if auteur is not None:
        return {w.id for w in wijzigingen if w.auteur == auteur}
    return {w.id for w in wijzigingen} if ids is None else ids & {w.id for w in wijzigingen}


def accepteer(policy: Policy, ids: set[int]) -> None:
    _verwerk(policy, ids, accepteer_segmenten, blok_weg_bij=DELETE)


def verwerp(policy: Policy, ids: set[int]) -> None:
    _verwerk(policy, ids, verwerp_segmenten, blok_weg_bij=INSERT)


def _verwerk(policy: Policy, ids: set[int], op_segmenten, blok_weg_bij: str) -> None:
    blokken = tekstblokken(policy)
    for blok_id, segmenten in list(policy.revisies.items()):
        if wijziging_ids(segmenten) & ids and blok_id in blokken:
            nieuw = op_segmenten(segmenten, ids)
            blokken[blok_id].tekst = huidig(nieuw)
            _bewaar(policy, blok_id, nieuw)
    for blok_id, segment in list(policy.blokrevisies.items()):
        if segment.id in ids:
            del policy.blokrevisies[blok_id]
            if segment.soort == blok_weg_bij:
                _verwijder_blok(policy, blok_id)


def _verwijder_blok(policy: Policy, blok_id: str) -> None:
    a, l = bewerkingen.plaats_van(policy, blok_id)
    if a is None:
        return
    if l is None:
        bewerkingen.verwijder_artikel(policy, a)
    else:
        bewerkingen.verwijder_lid(policy.artikelen[a], l)
    policy.revisies.pop(blok_id, None)
