"""Accepting and rejecting tracked changes, by id, through the model's undo log.

Rejecting goes from the newest change to the oldest, so each change is taken back in the state it
was made in: a lid moved and then its neighbour deleted comes back after that neighbour. Within
one change (a split or a merge covers texts, places and blocks) deleted blocks come back first,
then moved blocks go back, then texts, and inserted blocks go last.
"""

from __future__ import annotations

from typing import Any

from ..model import structuur
from ..model.document import Artikel, Hoofdstuk, Policy, Spook
from ..model.journaal import Journaal
from ..model.segment import EQUAL, INSERT
from .segments import accepteer as accepteer_segmenten
from .segments import huidig, verwerp as verwerp_segmenten, wijziging_ids
from .tracking import VERPLAATST, VERWIJDERD, _bewaar, _haal_weg, herveranker, vergeet


def accepteer(policy: Policy, ids: set[int], j: Journaal | None = None) -> None:
    j = j if j is not None else Journaal()
    for wijziging in sorted(ids):
        _spoken(policy, j, wijziging, VERPLAATST, _vergeet_spook)
        _teksten(policy, j, {wijziging}, accepteer_segmenten)
        for blok_id in _gemerkt(policy, wijziging):
            j.wis_sleutel(policy.blokrevisies, blok_id)
        _spoken(policy, j, wijziging, VERWIJDERD, _vergeet_verwijderd)
    _ruim_soorten_op(policy, j)


def verwerp(policy: Policy, ids: set[int], j: Journaal | None = None) -> None:
    j = j if j is not None else Journaal()
    for wijziging in sorted(ids, reverse=True):
        _spoken(policy, j, wijziging, VERWIJDERD, _zet_terug)
        _spoken(policy, j, wijziging, VERPLAATST, _zet_terug)
        _teksten(policy, j, {wijziging}, verwerp_segmenten)
        for blok_id in _gemerkt(policy, wijziging):
            _verwerp_invoeging(policy, j, blok_id)
    _ruim_soorten_op(policy, j)


# -- texts -----------------------------------------------------------------------------------

def alle_tekstplaatsen(policy: Policy) -> dict[str, tuple[Any, str]]:
    """Every text, in the current structure and inside the blocks whose deletion is pending."""
    plaatsen = structuur.tekstplaatsen(policy)
    for spook in policy.spoken:
        if spook.blok is not None:
            plaatsen.update((t, (o, a)) for t, o, a in structuur.teksten_in(spook.blok))
    return plaatsen


def _teksten(policy: Policy, j: Journaal, ids: set[int], op) -> None:
    plaatsen = alle_tekstplaatsen(policy)
    for tekst_id, segmenten in list(policy.revisies.items()):
        if wijziging_ids(segmenten) & ids and tekst_id in plaatsen:
            nieuw = op(segmenten, ids)
            obj, attribuut = plaatsen[tekst_id]
            tekst = huidig(nieuw)
            if getattr(obj, attribuut) is not None or tekst:     # an absent orgaan stays absent
                j.zet(obj, attribuut, tekst)
            _bewaar(policy, j, tekst_id, nieuw)


# -- blocks ------------------------------------------------------------------------------------

def _gemerkt(policy: Policy, wijziging: int) -> list[str]:
    return [blok_id for blok_id, s in policy.blokrevisies.items() if s.id == wijziging]


def _verwerp_invoeging(policy: Policy, j: Journaal, blok_id: str) -> None:
    """A rejected insertion takes the block away, wherever it stands now (or its spook)."""
    plaats = structuur.plaats(policy, blok_id)
    if plaats is not None:
        if isinstance(plaats.lijst[plaats.positie], Hoofdstuk):
            _naar_vorig_hoofdstuk(policy, j, plaats)
        _haal_weg(policy, j, plaats)
        return
    j.wis_sleutel(policy.blokrevisies, blok_id)
    for spook in [s for s in policy.spoken if s.blok is not None and
                  blok_id in {d.id for d in structuur.in_blok(s.blok)}]:
        _vergeet_verwijderd(policy, j, spook)


def _naar_vorig_hoofdstuk(policy: Policy, j: Journaal, plaats: structuur.Plaats) -> None:
    """Artikelen a rejected hoofdstuk still holds join the hoofdstuk before it, as they do when its heading
    is taken out of a Word file (our own insertion moved them in as part of its change, and they went back
    already; a redline of another program only inserts the heading)."""
    hoofdstuk = plaats.lijst[plaats.positie]
    vorig = plaats.lijst[plaats.positie - 1].id if plaats.positie > 0 else None
    for artikel in policy.artikelen:
        if artikel.hoofdstuk_id == hoofdstuk.id:
            j.zet(artikel, "hoofdstuk_id", vorig)


def _spoken(policy: Policy, j: Journaal, wijziging: int, soort: str, actie) -> None:
    for spook in [s for s in reversed(policy.spoken) if s.wijziging.id == wijziging and s.soort == soort]:
        actie(policy, j, spook)


def _vergeet_spook(policy: Policy, j: Journaal, spook: Spook) -> None:
    j.verwijder(policy.spoken, spook)


def _vergeet_verwijderd(policy: Policy, j: Journaal, spook: Spook) -> None:
    """An accepted deletion: the block and its record are gone; what followed it follows its predecessor."""
    if spook in policy.spoken:
        j.verwijder(policy.spoken, spook)
    if spook.blok is not None:
        vergeet(policy, j, spook.blok)
    herveranker(policy, j, spook.blok_id, spook.na, spook.positie)


def _zet_terug(policy: Policy, j: Journaal, spook: Spook) -> None:
    """A rejected deletion or move: the block stands where it stood again, in the form it had there (a lid
    indented to an onderdeel comes back a lid, with its own label)."""
    lijst = structuur.container(policy, spook.container)
    j.verwijder(policy.spoken, spook)
    if lijst is None:       # its container went (an accepted deletion): nothing to put back into
        return
    if spook.soort == VERWIJDERD:
        blok = spook.blok
    else:
        plaats = structuur.plaats(policy, spook.blok_id)
        if plaats is None:
            return
        blok = j.haal_uit(plaats.lijst, plaats.positie)
    blok = structuur.in_vorm(blok, structuur.container_soort(policy, spook.container), spook.label)
    j.voeg_in(lijst, _positie(lijst, spook), blok)
    if isinstance(blok, Artikel):
        j.zet(blok, "hoofdstuk_id", spook.hoofdstuk_id)


def _positie(lijst: list, spook: Spook) -> int:
    if spook.na is None:
        return 0
    index = next((i for i, b in enumerate(lijst) if b.id == spook.na), None)
    return index + 1 if index is not None else min(spook.positie, len(lijst))


def _ruim_soorten_op(policy: Policy, j: Journaal) -> None:
    """The kind of a structural change is forgotten with its last trace."""
    levend = {s.id for s in policy.blokrevisies.values()} | {s.wijziging.id for s in policy.spoken}
    for segmenten in policy.revisies.values():
        levend |= wijziging_ids(segmenten)
    for sleutel in [k for k in policy.wijzigingsoorten if int(k) not in levend]:
        j.wis_sleutel(policy.wijzigingsoorten, sleutel)


__all__ = ["EQUAL", "INSERT", "accepteer", "alle_tekstplaatsen", "verwerp"]
