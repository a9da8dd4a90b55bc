"""Tracked changes as Word models them: the text of a block is a list of segments.

A segment is equal text, or an insertion or deletion with author, time and change id. An insertion
that another author deleted stays, marked deleted by that author (Word's double markup), so each of
the two changes can be accepted or rejected on its own. The current text is the equal and inserted
text that is not deleted; the original text is the equal and deleted text. An edit is given as the
old and the new current text (what the editing widget shows); the difference is applied to the
segments: typed text becomes an insertion of the author, removed equal text a deletion of the
author, removed text of the author's own insertion disappears.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..compare.worddiff import Op, word_ops
from ..model.segment import DELETE, EQUAL, INSERT, Segment
from ..model.verwijzingen import MARKER

__all__ = ["DELETE", "EQUAL", "INSERT", "Segment"]


def huidig(segmenten: list[Segment]) -> str:
    return "".join(s.tekst for s in segmenten if s.zichtbaar)


def origineel(segmenten: list[Segment]) -> str:
    return "".join(s.tekst for s in segmenten if s.soort != INSERT)


def wijzigingen(segmenten: list[Segment]) -> list[Segment]:
    return [s for s in segmenten if s.soort != EQUAL]


def zonder_begin(segmenten: list[Segment], aantal: int) -> list[Segment]:
    """The segments without their first `aantal` characters of current text (a typed label the import took
    off); deleted text among them stays."""
    uit = []
    for s in segmenten:
        if aantal and s.zichtbaar:
            knip = min(aantal, len(s.tekst))
            aantal -= knip
            s = replace(s, tekst=s.tekst[knip:])
        uit.append(s)
    return uit


def wijziging_ids(segmenten: list[Segment]) -> set[int]:
    return {s.id for s in segmenten if s.soort != EQUAL} | {s.del_id for s in segmenten if s.del_id}


def pas_toe(segmenten: list[Segment], nieuw: str, auteur: str, tijd: str, volgend_id, versie: str | None = None) -> list[Segment]:
    """The segments after the current text became `nieuw`; `volgend_id()` gives each new change its id."""
    oud = huidig(segmenten)
    if oud == nieuw:
        return list(segmenten)
    lezer = _Lezer(segmenten)
    uit: list[Segment] = []
    for op in _ops(oud, nieuw):
        if op[0] == "=":
            uit += lezer.neem(len(op[1]))
        elif op[0] == "-":
            wijziging_id = volgend_id()
            for stuk in lezer.neem(len(op[1])):
                if stuk.soort == EQUAL:
                    uit.append(Segment(stuk.tekst, DELETE, auteur, tijd, wijziging_id, versie))
                elif stuk.soort == INSERT and stuk.auteur != auteur and not stuk.del_id:
                    uit.append(replace(stuk, del_id=wijziging_id, del_auteur=auteur, del_tijd=tijd))
                elif not stuk.zichtbaar:
                    uit.append(stuk)
                # one's own insertion deleted again is withdrawn: it disappears
        else:
            uit += lezer.deleties_hier()
            uit.append(Segment(op[1], INSERT, auteur, tijd, volgend_id(), versie))
    uit += lezer.rest()
    return voeg_samen(_doorlopend_typen(uit, auteur))


def _ops(oud: str, nieuw: str) -> list[Op]:
    """The word diff, with each cross-reference marker ({ref:ID}) as one indivisible token: a change never
    cuts a marker in two, so every segment holds whole references."""
    tekens: dict[str, str] = {}

    def teken(m: re.Match) -> str:
        return tekens.setdefault(m.group(0), chr(0xF0000 + len(tekens)))     # a private-use character

    a, b = MARKER.sub(teken, oud), MARKER.sub(teken, nieuw)
    if not tekens:
        return word_ops(oud, nieuw)
    terug = {t: marker for marker, t in tekens.items()}
    patroon = re.compile("|".join(map(re.escape, terug)))
    return [(op[0], patroon.sub(lambda m: terug[m.group(0)], op[1]), *op[2:]) for op in word_ops(a, b)]


_NIEMAND = "\x00"


def pas_toe_onbijgehouden(segmenten: list[Segment], nieuw: str) -> list[Segment]:
    """The current text became `nieuw` with tracking off: typed text is plain text, removed text is gone
    (pending insertions too); the pending changes elsewhere in the text stay."""
    uit = []
    for s in pas_toe(segmenten, nieuw, _NIEMAND, "", lambda: 0):
        if s.del_auteur == _NIEMAND or (s.soort == DELETE and s.auteur == _NIEMAND):
            continue
        uit.append(Segment(s.tekst) if s.soort == INSERT and s.auteur == _NIEMAND else s)
    return voeg_samen(uit)


def _doorlopend_typen(segmenten: list[Segment], auteur: str) -> list[Segment]:
    """Insertions (or deletions) of the author that touch are one change, as continuous typing is in Word."""
    uit: list[Segment] = []
    for s in segmenten:
        vorige = uit[-1] if uit else None
        if (vorige is not None and s.soort != EQUAL and s.soort == vorige.soort and s.auteur == vorige.auteur == auteur
                and s.versie == vorige.versie and not s.del_id and not vorige.del_id):
            uit[-1] = replace(vorige, tekst=vorige.tekst + s.tekst, id=min(vorige.id, s.id))
        else:
            uit.append(s)
    return uit


class _Lezer:
    """Walks the segments along the current text; deletions are passed on where they stand."""

    def __init__(self, segmenten: list[Segment]) -> None:
        self.segmenten = list(segmenten)
        self.i = 0
        self.offset = 0

    def neem(self, lengte: int) -> list[Segment]:
        uit: list[Segment] = []
        while lengte > 0:
            segment = self.segmenten[self.i]
            if not segment.zichtbaar:
                uit.append(segment)
                self.i += 1
                continue
            beschikbaar = len(segment.tekst) - self.offset
            stuk = min(beschikbaar, lengte)
            uit.append(replace(segment, tekst=segment.tekst[self.offset:self.offset + stuk]))
            lengte -= stuk
            self.offset += stuk
            if self.offset == len(segment.tekst):
                self.i, self.offset = self.i + 1, 0
        return uit

    def deleties_hier(self) -> list[Segment]:
        """Deletions standing at this point come before an insertion made here (as Word orders them)."""
        uit = []
        while self.offset == 0 and self.i < len(self.segmenten) and not self.segmenten[self.i].zichtbaar:
            uit.append(self.segmenten[self.i])
            self.i += 1
        return uit

    def rest(self) -> list[Segment]:
        uit = []
        if self.i < len(self.segmenten) and self.offset:
            segment = self.segmenten[self.i]
            uit.append(replace(segment, tekst=segment.tekst[self.offset:]))
            self.i += 1
        return uit + self.segmenten[self.i:]


def accepteer(segmenten: list[Segment], ids: set[int] | None = None) -> list[Segment]:
    """Accept the given changes (all when ids is None): insertions become text, deletions go."""
    uit = []
    for s in segmenten:
        s = _accepteer_deletie_van_insertie(s, ids)
        if s is None or s.soort == EQUAL or not _gekozen(s.id, ids):
            if s is not None:
                uit.append(s)
        elif s.soort == INSERT:
            uit.append(Segment(s.tekst) if not s.del_id else
                       Segment(s.tekst, DELETE, s.del_auteur, s.del_tijd, s.del_id, s.versie))
    return voeg_samen(uit)


def _gekozen(wijziging_id: int, ids: set[int] | None) -> bool:
    return ids is None or wijziging_id in ids


def _accepteer_deletie_van_insertie(s: Segment, ids: set[int] | None) -> Segment | None:
    """Accepting the deletion of a pending insertion takes the inserted text away altogether."""
    if s.del_id and _gekozen(s.del_id, ids):
        return None
    return s


def verwerp(segmenten: list[Segment], ids: set[int] | None = None) -> list[Segment]:
    """Reject the given changes (all when ids is None): insertions go, deletions become text again."""
    uit = []
    for s in segmenten:
        if s.del_id and _gekozen(s.del_id, ids):
            s = replace(s, del_id=0, del_auteur=None, del_tijd=None)   # the insertion stands again
        if s.soort == EQUAL or not _gekozen(s.id, ids):
            uit.append(s)
        elif s.soort == DELETE:
            uit.append(Segment(s.tekst))
    return voeg_samen(uit)


def voeg_samen(segmenten: list[Segment]) -> list[Segment]:
    """Neighbours of the same change (or both equal) become one segment; empty ones go."""
    uit: list[Segment] = []
    for s in segmenten:
        if not s.tekst:
            continue
        vorige = uit[-1] if uit else None
        if vorige and (vorige.soort, vorige.id, vorige.auteur, vorige.del_id) == (s.soort, s.id, s.auteur, s.del_id):
            uit[-1] = replace(vorige, tekst=vorige.tekst + s.tekst)
        else:
            uit.append(s)
    return uit


def als_wijzigingen(oud: str, nieuw: str, auteur: str, tijd: str, volgend_id, versie: str | None = None) -> list[Segment]:
    """The difference between two texts as tracked changes (for revise and for comparing versions)."""
    return pas_toe([Segment(oud)] if oud else [], nieuw, auteur, tijd, volgend_id, versie)
