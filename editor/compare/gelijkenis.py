"""How alike two clauses are in what they regulate, and why: tf-idf over terms, item by item, with topics.

Each block is weighed against the blocks of both documents being compared (tf-idf: a term that
few blocks use weighs more). A block with lettered items (a., b., ...) is also compared item by
item, so one item that matches a clause elsewhere is not diluted by the others. The topic taxonomy
adds a little when two blocks share a topic and takes a little when both have topics but none in
common. The result for a pair is a score and its reason: the concepts, words, topics and items shared.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from editor.onderwerpen import classificeer

from ..i18n import taal, tr
from .blocks import Blok
from .termen import CONCEPT, termen, thesaurus
from .tokens import naam_patroon

CONCEPT_GEWICHT = 1.3     # a shared concept weighs more than a shared stem of the same rarity
ONDERWERP_BONUS = 0.10
ONDERWERP_MALUS = 0.15
SOORT_MALUS = 0.05
MIN_WOORDEN = 2
ZIN = "§"                 # the "letter" of a sentence unit: never shown as an item
ZINSGRENS = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")
MIN_ZIN = 5
HEEL_VOORKEUR = 0.15      # the reason names the whole clauses unless an item or sentence matches this much better
ONDERDEEL = re.compile(r"^([a-z]|\d+°)[.)]?\s", re.MULTILINE)


@dataclass(frozen=True)
class Reden:
    """Why two blocks were paired, in a lawyer's words."""
    soort: str                                  # "gelijk", "plaats" (the expected place, mostly the same text), "inhoud"
    score: float = 0.0
    concepten: tuple[str, ...] = ()             # thesaurus concept ids both regulate
    woorden: tuple[str, ...] = ()               # words (or their stems) both use
    onderwerpen: tuple[str, ...] = ()           # topics of the taxonomy both cover
    onderdeel_links: str | None = None          # the lettered item that matched, when one did
    onderdeel_rechts: str | None = None
    deel_van: bool = False                      # one of several blocks that together match the other side

    def tekst(self) -> str:
        if self.soort == "gelijk":
            return tr("gelijke tekst")
        delen = []
        if self.soort == "plaats":
            delen.append(tr("op de verwachte plaats, grotendeels dezelfde tekst"))
        if self.deel_van:
            delen.append(tr("deel van een gesplitste bepaling"))
        if self.concepten:
            delen.append(tr("begrippen: {lijst}").format(lijst=", ".join(concept_naam(c) for c in self.concepten)))
        if self.woorden:
            delen.append(tr("woorden: {lijst}").format(lijst=", ".join(self.woorden)))
        for zijde, letter in ((tr("links"), self.onderdeel_links), (tr("rechts"), self.onderdeel_rechts)):
            if letter:
                delen.append(tr("onderdeel {letter} {zijde}").format(letter=letter, zijde=zijde))
        return "; ".join(delen)

    def als_json(self) -> dict:
        return {"kind": self.soort, "score": round(self.score, 3), "concepts": list(self.concepten),
                "words": list(self.woorden), "topics": list(self.onderwerpen),
                "left_item": self.onderdeel_links, "right_item": self.onderdeel_rechts,
                "part_of_split": self.deel_van, "text": self.tekst()}


def concept_naam(cid: str) -> str:
    concept = thesaurus().concepten[cid]
    return concept.naam_en if taal() == "en" and concept.naam_en else concept.naam


@dataclass
class _Eenheid:
    blok: int
    letter: str | None          # None: the whole block
    telling: Counter[str]
    vormen: dict[str, str]


@dataclass
class Gelijkenis:
    """Scores between the blocks of two sides, computed once for a set of candidate blocks."""
    links: list[Blok]
    rechts: list[Blok]
    namen: frozenset[str] = frozenset()
    idx_l: list[int] = field(default_factory=list)
    idx_r: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        patroon = naam_patroon(self.namen)
        self._eenheden_l = [e for i in self.idx_l for e in _eenheden(i, self.links[i], patroon)]
        self._eenheden_r = [e for j in self.idx_r for e in _eenheden(j, self.rechts[j], patroon)]
        self._idf = _idf(self._eenheden_l + self._eenheden_r)
        self._via: dict[tuple[int, int], tuple[int, int]] = {}
        self.scores = self._bereken()

    def _bereken(self):
        termen_ = {t: k for k, t in enumerate(self._idf)}
        a, b = self._matrix(self._eenheden_l, termen_), self._matrix(self._eenheden_r, termen_)
        e = a @ b.T if a.size and b.size else np.zeros((len(a), len(b)))
        self._pos_l = {i: k for k, i in enumerate(self.idx_l)}
        self._pos_r = {j: k for k, j in enumerate(self.idx_r)}
        blok_l = np.array([self._pos_l[u.blok] for u in self._eenheden_l], dtype=int)
        blok_r = np.array([self._pos_r[v.blok] for v in self._eenheden_r], dtype=int)
        correctie = self._onderwerp_correcties()
        correctie[[not _inhoudrijk(u) for u in self._eenheden_l if u.letter is None], :] = -1.0
        correctie[:, [not _inhoudrijk(v) for v in self._eenheden_r if v.letter is None]] = -1.0
        # the units of a block stand together, whole block first: the best unit pair per block pair
        scores = np.maximum.reduceat(np.maximum.reduceat(e, _begin(blok_l), axis=0), _begin(blok_r), axis=1)
        self._e, self._blok_l, self._blok_r = e, blok_l, blok_r
        self.eenheid_scores = self._toewijsbaar(e, blok_l, blok_r, correctie)
        return scores + correctie

    def _toewijsbaar(self, e: np.ndarray, blok_l: np.ndarray, blok_r: np.ndarray, correctie: np.ndarray) -> np.ndarray:
        """Scores between the units an assignment pairs: the lettered items of a block that has them,
        else the whole block. An item scores as well as its block does, or better when it matches alone."""
        met_items_l = {u.blok for u in self._eenheden_l if u.letter}
        met_items_r = {v.blok for v in self._eenheden_r if v.letter}
        self.toewijs_l = [k for k, u in enumerate(self._eenheden_l) if (u.letter is None) != (u.blok in met_items_l)]
        self.toewijs_r = [k for k, v in enumerate(self._eenheden_r) if (v.letter is None) != (v.blok in met_items_r)]
        heel_van_l = {u.blok: k for k, u in enumerate(self._eenheden_l) if u.letter is None}
        heel_van_r = {v.blok: k for k, v in enumerate(self._eenheden_r) if v.letter is None}
        hl = np.array([heel_van_l[self._eenheden_l[k].blok] for k in self.toewijs_l], dtype=int)
        hr = np.array([heel_van_r[self._eenheden_r[k].blok] for k in self.toewijs_r], dtype=int)
        tl, tr_ = np.array(self.toewijs_l, dtype=int), np.array(self.toewijs_r, dtype=int)
        uit = np.maximum.reduce([e[np.ix_(tl, tr_)], e[np.ix_(hl, tr_)], e[np.ix_(tl, hr)], e[np.ix_(hl, hr)]])
        self.toewijs_blok_l = [self._eenheden_l[k].blok for k in self.toewijs_l]
        self.toewijs_blok_r = [self._eenheden_r[k].blok for k in self.toewijs_r]
        return uit + correctie[np.ix_(blok_l[tl], blok_r[tr_])]

    def _matrix(self, eenheden: list[_Eenheid], termen_: dict[str, int]) -> np.ndarray:
        m = np.zeros((len(eenheden), len(termen_)))
        for r, e in enumerate(eenheden):
            for term, n in e.telling.items():
                gewicht = (1 + math.log(n)) * self._idf[term]
                m[r, termen_[term]] = gewicht * (CONCEPT_GEWICHT if term.startswith(CONCEPT) else 1.0)
            norm = np.linalg.norm(m[r])
            if norm:
                m[r] /= norm
        return m

    def _onderwerp_correcties(self) -> np.ndarray:
        """Topics shared add, topics apart take; a rule pairs a little less readily with a recital,
        preamble or explanation than with a rule."""
        top_l = [_topics(self.links[i].tekst, self.links[i].kop) for i in self.idx_l]
        top_r = [_topics(self.rechts[j].tekst, self.rechts[j].kop) for j in self.idx_r]
        regel_l = np.array([self.links[i].deel == "lid" for i in self.idx_l])
        regel_r = np.array([self.rechts[j].deel == "lid" for j in self.idx_r])
        uit = np.where(regel_l[:, None] == regel_r[None, :], 0.0, -SOORT_MALUS)
        for k, a in enumerate(top_l):
            for m, b in enumerate(top_r):
                if a & b:
                    uit[k, m] += ONDERWERP_BONUS
                elif a and b:
                    uit[k, m] -= ONDERWERP_MALUS
        return uit

    def score(self, i: int, j: int) -> float:
        """0..1: the tf-idf likeness of the best units, corrected by topic and kind."""
        return min(1.0, max(0.0, float(self.scores[self._pos_l[i], self._pos_r[j]])))

    def reden(self, i: int, j: int, deel_van: bool = False, via: tuple[int, int] | None = None) -> Reden:
        """Why i and j pair. `via`: the assignable units (positions in toewijs_l / toewijs_r) the
        assignment paired (remembered for the pair); a lettered item among them is named in the reason."""
        via = self._via.setdefault((i, j), via) if via is not None else self._via.get((i, j))
        binnen = (self._blok_l == self._pos_l[i])[:, None] & (self._blok_r == self._pos_r[j])[None, :]
        u, v = (int(x) for x in np.unravel_index(np.argmax(np.where(binnen, self._e, -np.inf)), self._e.shape))
        heel_u, heel_v = np.argmax(binnen.any(axis=1)), np.argmax(binnen.any(axis=0))    # the whole blocks come first
        if via is not None and (_item(self._eenheden_l[self.toewijs_l[via[0]]].letter)
                                or _item(self._eenheden_r[self.toewijs_r[via[1]]].letter)):
            u, v = self.toewijs_l[via[0]], self.toewijs_r[via[1]]
        elif self._e[heel_u, heel_v] >= self._e[u, v] - HEEL_VOORKEUR:
            u, v = int(heel_u), int(heel_v)              # explain by the whole clauses unless a part is clearly closer
        el, er = self._eenheden_l[u], self._eenheden_r[v]
        gedeeld = sorted(set(el.telling) & set(er.telling), key=lambda t: -self._idf[t])
        concepten = tuple(t[1:] for t in gedeeld if t.startswith(CONCEPT))[:5]
        woorden = tuple(dict.fromkeys(el.vormen[t] for t in gedeeld if not t.startswith(CONCEPT)))[:6]
        onderwerpen = tuple(sorted(_topics(self.links[i].tekst, self.links[i].kop)
                                   & _topics(self.rechts[j].tekst, self.rechts[j].kop)))
        return Reden("inhoud", self.score(i, j), concepten, woorden, onderwerpen, _item(el.letter), _item(er.letter),
                     deel_van)


def _begin(blokken: np.ndarray) -> np.ndarray:
    """Where each block's units start in a list of units grouped by block."""
    return np.flatnonzero(np.r_[True, blokken[1:] != blokken[:-1]])


def _inhoudrijk(eenheid: _Eenheid) -> bool:
    """A block with fewer than MIN_WOORDEN content words ("Naam: _____", "Datum: _____") pairs only when equal."""
    return sum(1 for t in eenheid.telling if not t.startswith(CONCEPT)) >= MIN_WOORDEN


def _eenheden(index: int, blok: Blok, patroon) -> list[_Eenheid]:
    telling, vormen = termen(blok.tekst, patroon)
    uit = [_Eenheid(index, None, telling, vormen)]
    items = _onderdelen(blok.tekst)
    if len(items) < 2:
        items = [(f"{ZIN}{k + 1}", zin) for k, zin in enumerate(_zinnen(blok.tekst))]
    if len(items) >= 2:
        for letter, tekst in items:
            t, v = termen(tekst, patroon)
            uit.append(_Eenheid(index, letter, t, v))
    return uit


def _item(letter: str | None) -> str | None:
    return None if letter is None or letter.startswith(ZIN) else letter


def _zinnen(tekst: str) -> list[str]:
    """The sentences of a block without items, when it has at least two that say something."""
    zinnen = [z for z in ZINSGRENS.split(tekst) if len(z.split()) >= MIN_ZIN]
    return zinnen if len(zinnen) >= 2 else []


def _onderdelen(tekst: str) -> list[tuple[str, str]]:
    """The lettered items of a block: ("a", its text), ..."""
    treffers = list(ONDERDEEL.finditer(tekst))
    return [(m.group(1), tekst[m.end(): treffers[k + 1].start() if k + 1 < len(treffers) else len(tekst)])
            for k, m in enumerate(treffers)]


def _idf(eenheden: list[_Eenheid]) -> dict[str, float]:
    """Smoothed inverse document frequency over whole blocks (items do not count twice)."""
    hele = [e for e in eenheden if e.letter is None]
    df: Counter[str] = Counter()
    for e in hele:
        df.update(e.telling.keys())
    for e in eenheden:
        for term in e.telling:
            df.setdefault(term, 1)
    n = len(hele) or 1
    return {t: math.log(1 + n / d) for t, d in df.items()}


@lru_cache(maxsize=8192)
def _topics(tekst: str, kop: str) -> frozenset[str]:
    return frozenset(k.topic for k in classificeer(tekst, kop))
