"""Aligning the blocks of two policies whose structures differ.

1. Exact matches of the normalised text (organisation names as one placeholder).
2. Small documents (up to ALLE_PAREN_MAX pairs left): every pair is scored for what it regulates
   (gelijkenis.py: lemmas, stems, compound parts, thesaurus concepts, tf-idf, items, topics), and
   the pairs are an optimal assignment (scipy's linear_sum_assignment) of the highest total score.
   A small bonus for keeping the order decides between equal choices; a moved clause still wins
   where it fits better.
3. Large documents look near the expected position first (a cheap check of start and end, then the
   content words of a few blocks either side) and score every pair only among what is left.
4. When asked (`splitsingen`), a block left without a partner joins the pair of the block it
   matches best, when that fits well: one block split into several (Policy BV's preamble is
   WerkSaam's five overwegingen), or a lettered item of a block matched on its own.
5. Pairs that do not lie on the longest increasing run of right-hand positions are moves.
"""

from __future__ import annotations

import bisect
from collections import defaultdict, deque
from dataclasses import dataclass, field

import numpy as np
from diff_match_patch import diff_match_patch

from .blocks import Blok
from .gelijkenis import Gelijkenis, Reden
from .lis import langste_stijgende
from .tokens import dice

DREMPEL = 0.22           # the least score at which two blocks regulate the same thing
DREMPEL_DEEL = 0.25      # the least score at which a block left over joins a pair (a split block)
DREMPEL_VER = 0.5        # a further part of a split that is no neighbour of the others must match this well
BUREN = 2                # parts of a split stand at most this many blocks apart
ORDE_BONUS = 0.10        # for keeping the order, between otherwise equal choices
WOORD_DREMPEL = 0.35     # content words in common (Dice) for a pair near the expected position
ZEKER_BEGIN_EIND = 0.5   # half the text shared as start and end at the expected position: the same clause
ZEKER = 0.7              # all words this similar at the expected position: no search needed
ALLE_PAREN_MAX = 40_000  # up to this many pairs every pair is scored
VENSTER = 6              # for larger documents: blocks either side of the expected position

_DMP = diff_match_patch()
GELIJK = Reden("gelijk", 1.0)
OP_DE_PLAATS = Reden("plaats")     # found at the expected place with most of its text: the row's score says how much


@dataclass(slots=True)
class Paar:
    links: int
    rechts: int
    score: float
    reden: Reden = GELIJK
    verplaatst: bool = False
    links_ook: list[int] = field(default_factory=list)     # further blocks of a split, left
    rechts_ook: list[int] = field(default_factory=list)    # and right
    ook_redenen: list[Reden] = field(default_factory=list)  # why each further block joined, in that order


def lijn_uit(links: list[Blok], rechts: list[Blok], sleutels_l: list[str], sleutels_r: list[str],
             woorden_l, woorden_r, namen: frozenset[str] = frozenset(), splitsingen: bool = False) -> list[Paar]:
    """Pairs of corresponding blocks, in left order, with moves marked.

    `woorden_l[i]` and `woorden_r[j]` give a block's content words (computed on demand), for the
    search near the expected position in large documents.
    """
    paren = {i: Paar(i, j, 1.0) for i, j in _exact(sleutels_l, sleutels_r).items()}
    vrij_l, vrij_r = _vrij(len(links), len(rechts), paren)
    if vrij_l and vrij_r:
        groot = len(vrij_l) * len(vrij_r) > ALLE_PAREN_MAX
        _wijs_gretig_toe(_rond_de_verwachte_plek(vrij_l, vrij_r, paren, woorden_l, woorden_r, groot), paren)
        vrij_l, vrij_r = _vrij(len(links), len(rechts), paren)
    gelijkenis = None
    if vrij_l and vrij_r and len(vrij_l) * len(vrij_r) <= ALLE_PAREN_MAX:
        gelijkenis = Gelijkenis(links, rechts, namen, vrij_l, vrij_r)
        _wijs_optimaal_toe(gelijkenis, paren, len(links), len(rechts), splitsingen)
        if splitsingen:
            _voeg_splitsingen_toe(gelijkenis, paren)
            paren = {p.links: p for p in (_op_volgorde(p, gelijkenis) for p in paren.values())}
    return _markeer_verplaatst(paren)


def _op_volgorde(paar: Paar, gelijkenis: Gelijkenis) -> Paar:
    """A split's blocks in the order of their document, the first of each side leading the row."""
    if not paar.links_ook and not paar.rechts_ook:
        return paar
    links, rechts = sorted([paar.links, *paar.links_ook]), sorted([paar.rechts, *paar.rechts_ook])
    if (links[0], rechts[0]) == (paar.links, paar.rechts):
        redenen = dict(zip([("l", i) for i in paar.links_ook] + [("r", j) for j in paar.rechts_ook], paar.ook_redenen))
        nieuw = Paar(paar.links, paar.rechts, paar.score, paar.reden)
    else:
        redenen = {}
        nieuw = Paar(links[0], rechts[0], gelijkenis.score(links[0], rechts[0]), gelijkenis.reden(links[0], rechts[0]))
    nieuw.links_ook, nieuw.rechts_ook = links[1:], rechts[1:]
    nieuw.ook_redenen = [redenen.get(("l", i)) or gelijkenis.reden(i, rechts[0], deel_van=True) for i in links[1:]] + \
                        [redenen.get(("r", j)) or gelijkenis.reden(links[0], j, deel_van=True) for j in rechts[1:]]
    return nieuw


def _vrij(n_l: int, n_r: int, paren: dict[int, Paar]) -> tuple[list[int], list[int]]:
    bezet = {p.rechts for p in paren.values()}
    return [i for i in range(n_l) if i not in paren], [j for j in range(n_r) if j not in bezet]


def _exact(sleutels_l: list[str], sleutels_r: list[str]) -> dict[int, int]:
    per_sleutel: dict[str, deque[int]] = defaultdict(deque)
    for j, sleutel in enumerate(sleutels_r):
        per_sleutel[sleutel].append(j)
    paren = {}
    for i, sleutel in enumerate(sleutels_l):
        if per_sleutel.get(sleutel):
            paren[i] = per_sleutel[sleutel].popleft()
    return paren


# -- every pair: an optimal assignment ------------------------------------------------------------

def _wijs_optimaal_toe(gelijkenis: Gelijkenis, paren: dict[int, Paar], n_l: int, n_r: int,
                      splitsingen: bool) -> None:
    """The assignment pairs units: the lettered items of a block that has them, else whole blocks.

    Two items of one block paired with two different blocks make one row with a split (when
    `splitsingen`); without splits only the best of them counts.
    """
    from scipy.optimize import linear_sum_assignment   # imported when needed: it takes a moment

    scores = gelijkenis.eenheid_scores
    plek_l = np.array(gelijkenis.toewijs_blok_l) / max(1, n_l - 1)
    plek_r = np.array(gelijkenis.toewijs_blok_r) / max(1, n_r - 1)
    orde = 1.0 - np.abs(plek_l[:, None] - plek_r[None, :])
    # what a pair adds is how far it clears the threshold: a marginal pair never displaces a clear one
    winst = np.where(scores >= DREMPEL, scores - DREMPEL + ORDE_BONUS * orde, 0.0)
    gekozen = [(float(scores[k, m]), gelijkenis.toewijs_blok_l[k], gelijkenis.toewijs_blok_r[m], (int(k), int(m)))
               for k, m in zip(*linear_sum_assignment(winst, maximize=True)) if scores[k, m] >= DREMPEL]
    rij_l: dict[int, Paar] = dict(paren)                   # block -> the pair it is in, extra parts too
    rij_r = {p.rechts: p for p in paren.values()}
    for score, i, j, via in sorted(gekozen, reverse=True):
        if i not in rij_l and j not in rij_r:
            paren[i] = rij_l[i] = rij_r[j] = Paar(i, j, gelijkenis.score(i, j), gelijkenis.reden(i, j, via=via))
        elif splitsingen and i in rij_l and j not in rij_r:
            if _voeg_deel_toe(rij_l[i], j, "r", score, gelijkenis, via):
                rij_r[j] = rij_l[i]
        elif splitsingen and j in rij_r and i not in rij_l:
            if _voeg_deel_toe(rij_r[j], i, "l", score, gelijkenis, via):
                rij_l[i] = rij_r[j]


def _voeg_deel_toe(paar: Paar, blok: int, zijde: str, score: float, gelijkenis: Gelijkenis,
                   via: tuple[int, int] | None = None) -> bool:
    """A further block joins a pair as part of a split clause: the parts of a split stand together,
    so it must be a neighbour of the pair's blocks on its side, unless it matches very well."""
    if paar.links_ook if zijde == "r" else paar.rechts_ook:
        return False                                   # no many-to-many
    eigen = [paar.links, *paar.links_ook] if zijde == "l" else [paar.rechts, *paar.rechts_ook]
    if score < DREMPEL_VER and min(abs(blok - k) for k in eigen) > BUREN:
        return False
    (paar.links_ook if zijde == "l" else paar.rechts_ook).append(blok)
    i, j = (blok, paar.rechts) if zijde == "l" else (paar.links, blok)
    paar.ook_redenen.append(gelijkenis.reden(i, j, deel_van=True, via=via))
    return True


def _voeg_splitsingen_toe(gelijkenis: Gelijkenis, paren: dict[int, Paar]) -> None:
    """A block left over joins the pair of the block it matches best on the other side, if well enough."""
    per_rechts = {p.rechts: p for p in paren.values()}
    bezet_l = set(paren) | {i for p in paren.values() for i in p.links_ook}
    bezet_r = set(per_rechts) | {j for p in paren.values() for j in p.rechts_ook}
    scores = gelijkenis.scores
    for k, i in enumerate(gelijkenis.idx_l):
        m = int(np.argmax(scores[k]))
        j = gelijkenis.idx_r[m]
        if i not in bezet_l and scores[k, m] >= DREMPEL_DEEL and j in per_rechts:
            _voeg_deel_toe(per_rechts[j], i, "l", float(scores[k, m]), gelijkenis)
    for m, j in enumerate(gelijkenis.idx_r):
        k = int(np.argmax(scores[:, m]))
        i = gelijkenis.idx_l[k]
        if j not in bezet_r and scores[k, m] >= DREMPEL_DEEL and i in paren:
            _voeg_deel_toe(paren[i], j, "r", float(scores[k, m]), gelijkenis)


# -- large documents: near the expected position first ------------------------------------------

def _rond_de_verwachte_plek(vrij_l, vrij_r, paren, woorden_l, woorden_r, venster: bool) -> list[tuple[float, int, int]]:
    """Walk the left blocks in order; each is expected just after the last pair found on the right.

    A block that keeps most of its start and end there is taken at once (cheap, and an edited clause
    does); with `venster`, for large documents, a few blocks either side are compared by their words.
    """
    vrij = set(vrij_l)
    anker_i, anker_j = -1, -1
    uit = []
    for i in range(max(vrij_l) + 1):
        if i in paren:
            anker_i, anker_j = i, paren[i].rechts
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
        if venster:
            uit += _in_venster(i, vrij_r[max(0, positie - VENSTER): positie + VENSTER], woorden_l, woorden_r)
    return uit


def _in_venster(i: int, kandidaten: list[int], woorden_l, woorden_r) -> list[tuple[float, int, int]]:
    uit = []
    for j in kandidaten:
        score = dice(woorden_l[i], woorden_r[j])
        if score >= WOORD_DREMPEL:
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


def _wijs_gretig_toe(kandidaten, paren: dict[int, Paar]) -> None:
    """Best pairs first; each block takes part in one pair at most. Ties go to the nearer position."""
    bezet = {p.rechts for p in paren.values()}
    for score, i, j in sorted(kandidaten, key=lambda k: (-k[0], abs(k[1] - k[2]), k[1])):
        if i not in paren and j not in bezet:
            paren[i] = Paar(i, j, score, OP_DE_PLAATS)
            bezet.add(j)


def _markeer_verplaatst(paren: dict[int, Paar]) -> list[Paar]:
    links = sorted(paren)
    op_volgorde = {links[k] for k in langste_stijgende([paren[i].rechts for i in links])}
    for i in links:
        paren[i].verplaatst = i not in op_volgorde
    return [paren[i] for i in links]
