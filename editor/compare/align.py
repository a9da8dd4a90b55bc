"""Aligning the blocks of two policies whose structures differ.

1. Exact matches of the normalised text (organisation names as one placeholder).
2. The rest by similarity of content words (Dice), greedily, best pairs first. Small documents
   compare every pair; large ones look near the expected position first and compare every pair
   only among what is left (moved blocks, insertions and deletions).
3. Pairs that do not lie on the longest increasing run of right-hand positions are moves.
"""

from __future__ import annotations

import bisect
from collections import defaultdict, deque
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from .lis import langste_stijgende
from .tokens import dice

DREMPEL = 0.35          # the least similarity at which two blocks correspond
ONDERWERP_BONUS = 0.05  # shared topic (editor/onderwerpen.py)
ONDERWERP_MALUS = 0.10  # both classified, no topic in common
ZEKER_BEGIN_EIND = 0.5   # half the text shared as start and end at the expected position: the same clause
ZEKER = 0.7              # all words this similar at the expected position: no search needed
ALLE_PAREN_MAX = 40_000  # up to this many pairs every pair is scored
VENSTER = 6              # for larger documents: blocks either side of the expected position


_DMP = diff_match_patch()


@dataclass(frozen=True)
class Paar:
    links: int
    rechts: int
    score: float
    verplaatst: bool = False


def lijn_uit(sleutels_l: list[str], sleutels_r: list[str], woorden_l, woorden_r) -> list[Paar]:
    """Pairs of corresponding blocks, in left order, with moves marked.

    `woorden_l[i]` and `woorden_r[j]` give a block's content words (computed on demand).
    """
    paren = _exact(sleutels_l, sleutels_r)
    vrij_l = [i for i in range(len(sleutels_l)) if i not in paren]
    vrij_r = sorted(set(range(len(sleutels_r))) - set(paren.values()))
    scores = {i: 1.0 for i in paren}
    if len(vrij_l) * len(vrij_r) <= ALLE_PAREN_MAX:
        kandidaten = _alle_paren(vrij_l, vrij_r, woorden_l, woorden_r)
    else:
        kandidaten = _rond_de_verwachte_plek(vrij_l, vrij_r, paren, woorden_l, woorden_r, len(sleutels_r))
    _wijs_toe(kandidaten, paren, scores)
    rest_l = [i for i in vrij_l if i not in paren]
    rest_r = sorted(set(vrij_r) - set(paren.values()))
    if kandidaten and len(rest_l) * len(rest_r) <= ALLE_PAREN_MAX:
        _wijs_toe(_alle_paren(rest_l, rest_r, woorden_l, woorden_r), paren, scores)
    return _markeer_verplaatst(paren, scores)


def _exact(sleutels_l: list[str], sleutels_r: list[str]) -> dict[int, int]:
    per_sleutel: dict[str, deque[int]] = defaultdict(deque)
    for j, sleutel in enumerate(sleutels_r):
        per_sleutel[sleutel].append(j)
    paren = {}
    for i, sleutel in enumerate(sleutels_l):
        if per_sleutel.get(sleutel):
            paren[i] = per_sleutel[sleutel].popleft()
    return paren


def _alle_paren(vrij_l, vrij_r, woorden_l, woorden_r) -> list[tuple[float, int, int]]:
    uit = []
    for i in vrij_l:
        a = woorden_l[i]
        for j in vrij_r:
            score = dice(a, woorden_r[j])
            if score >= DREMPEL - ONDERWERP_BONUS:
                score += _onderwerp_correctie(woorden_l.topics(i), woorden_r.topics(j))
                if score >= DREMPEL:
                    uit.append((score, i, j))
    return uit


def _onderwerp_correctie(links: frozenset[str], rechts: frozenset[str]) -> float:
    """Clauses about the same topic are likelier the same clause; clauses about different ones less."""
    if links & rechts:
        return ONDERWERP_BONUS
    if links and rechts:
        return -ONDERWERP_MALUS
    return 0.0


def _rond_de_verwachte_plek(vrij_l, vrij_r, paren, woorden_l, woorden_r, n_r) -> list[tuple[float, int, int]]:
    """Walk the left blocks in order; each is expected just after the last pair found on the right."""
    vrij = set(vrij_l)
    anker_i, anker_j = -1, -1
    uit = []
    for i in range(max(vrij_l) + 1):
        if i in paren:
            anker_i, anker_j = i, paren[i]
            continue
        if i not in vrij:
            continue
        positie = bisect.bisect_left(vrij_r, anker_j + (i - anker_i))
        if positie < len(vrij_r):
            score = _snelle_gelijkenis(woorden_l, woorden_r, i, vrij_r[positie])
            if score >= ZEKER:
                uit.append((score, i, vrij_r[positie]))
                anker_i, anker_j = i, vrij_r[positie]
                continue
        uit += _in_venster(i, vrij_r[max(0, positie - VENSTER): positie + VENSTER], woorden_l, woorden_r)
    return uit


def _in_venster(i: int, kandidaten: list[int], woorden_l, woorden_r) -> list[tuple[float, int, int]]:
    uit = []
    for j in kandidaten:
        score = dice(woorden_l[i], woorden_r[j])
        if score >= DREMPEL:
            uit.append((score, i, j))
    return uit


def _snelle_gelijkenis(woorden_l, woorden_r, i: int, j: int) -> float:
    """An edited clause keeps most of its start and end: check that (cheap) before its words."""
    a, b = woorden_l.tekst(i), woorden_r.tekst(j)
    gedeeld = _DMP.diff_commonPrefix(a, b)
    gedeeld += _DMP.diff_commonSuffix(a[gedeeld:], b[gedeeld:])
    if 2 * gedeeld >= ZEKER_BEGIN_EIND * (len(a) + len(b)):
        return max(ZEKER, 2 * gedeeld / (len(a) + len(b)))
    return dice(woorden_l.ruw(i), woorden_r.ruw(j))


def _wijs_toe(kandidaten, paren: dict[int, int], scores: dict[int, float]) -> None:
    """Best pairs first; each block takes part in one pair at most. Ties go to the nearer position."""
    bezet = set(paren.values())
    for score, i, j in sorted(kandidaten, key=lambda k: (-k[0], abs(k[1] - k[2]), k[1])):
        if i not in paren and j not in bezet:
            paren[i] = j
            scores[i] = score
            bezet.add(j)


def _markeer_verplaatst(paren: dict[int, int], scores: dict[int, float]) -> list[Paar]:
    links = sorted(paren)
    op_volgorde = {links[k] for k in langste_stijgende([paren[i] for i in links])}
    return [Paar(i, paren[i], scores[i], i not in op_volgorde) for i in links]
