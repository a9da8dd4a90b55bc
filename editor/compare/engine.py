"""Comparing two policies: aligned rows with a word-level redline inside each pair."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from editor.onderwerpen import classificeer

from ..model.document import Policy
from .align import Paar, lijn_uit
from .blocks import Blok, blokken, organisatienamen
from .tokens import inhoudswoorden, normaal
from .worddiff import Op, WoordDiff

SOORTEN = ("same", "changed", "moved", "left_only", "right_only")


@dataclass(frozen=True)
class CompareOptions:
    organisatie_als_plaatshouder: bool = True


@dataclass
class Rij:
    soort: str                 # one of SOORTEN
    links: Blok | None
    rechts: Blok | None
    ops: list[Op]
    score: float = 0.0

    @property
    def is_verschil(self) -> bool:
        return self.soort != "same"


@dataclass
class CompareResult:
    links_titel: str
    rechts_titel: str
    rijen: list[Rij] = field(default_factory=list)

    def stats(self) -> dict[str, int]:
        tellingen = {soort: 0 for soort in SOORTEN}
        for rij in self.rijen:
            tellingen[rij.soort] += 1
        tellingen["verschillen"] = sum(1 for r in self.rijen if r.is_verschil)
        tellingen["woorden_weg"] = sum(_woorden(op[1]) for r in self.rijen for op in r.ops if op[0] == "-")
        tellingen["woorden_bij"] = sum(_woorden(op[1]) for r in self.rijen for op in r.ops if op[0] == "+")
        return tellingen


def _woorden(tekst: str) -> int:
    return len(tekst.split())


def compare_policies(links: Policy, rechts: Policy, opties: CompareOptions = CompareOptions(),
                     voortgang: Callable[[int, int], None] | None = None) -> CompareResult:
    namen = organisatienamen(links) | organisatienamen(rechts) if opties.organisatie_als_plaatshouder else set()
    result = compare_blocks(blokken(links), blokken(rechts), frozenset(namen), voortgang)
    result.links_titel, result.rechts_titel = links.titel, rechts.titel
    return result


def compare_blocks(links: list[Blok], rechts: list[Blok], namen: frozenset[str] = frozenset(),
                   voortgang: Callable[[int, int], None] | None = None) -> CompareResult:
    sleutels_l, sleutels_r = [normaal(b.tekst, namen) for b in links], [normaal(b.tekst, namen) for b in rechts]
    paren = lijn_uit(sleutels_l, sleutels_r, _Woorden(links, namen, sleutels_l), _Woorden(rechts, namen, sleutels_r))
    result = CompareResult("", "")
    result.rijen = _rijen(links, rechts, paren, namen, voortgang)
    return result


class _Woorden:
    """Content words per block, computed only for the blocks that need a similarity."""

    def __init__(self, blokken_: list[Blok], namen: frozenset[str], sleutels: list[str]) -> None:
        self._blokken, self._namen, self._sleutels = blokken_, namen, sleutels
        self._cache: dict[int, frozenset[str]] = {}
        self._ruw: dict[int, frozenset[str]] = {}

    def tekst(self, index: int) -> str:
        return self._blokken[index].tekst

    def topics(self, index: int) -> frozenset[str]:
        return _topics(self._blokken[index].tekst, self._blokken[index].kop)

    def ruw(self, index: int) -> frozenset[str]:
        """All words of the normalised text: cheap, for the check at the expected position."""
        woorden = self._ruw.get(index)
        if woorden is None:
            woorden = self._ruw[index] = frozenset(self._sleutels[index].split())
        return woorden

    def __getitem__(self, index: int) -> frozenset[str]:
        woorden = self._cache.get(index)
        if woorden is None:
            woorden = self._cache[index] = inhoudswoorden(self._blokken[index].tekst, self._namen)
        return woorden


@lru_cache(maxsize=4096)
def _topics(tekst: str, kop: str) -> frozenset[str]:
    return frozenset(k.topic for k in classificeer(tekst, kop))


def _rijen(links, rechts, paren: list[Paar], namen, voortgang) -> list[Rij]:
    """Rows in left order; right-only blocks stand where they stand on the right."""
    differ = WoordDiff(namen)
    per_links = {p.links: p for p in paren}
    gekoppeld_r = {p.rechts for p in paren}
    rijen: list[Rij] = []
    j = 0
    for i, blok in enumerate(links):
        paar = per_links.get(i)
        if paar is None:
            rijen.append(Rij("left_only", blok, None, [("-", blok.tekst)]))
        elif paar.verplaatst:
            rijen.append(_paar_rij(blok, rechts[paar.rechts], paar, differ, "moved"))
        else:
            j = _alleen_rechts(rechts, gekoppeld_r, j, paar.rechts, rijen)
            rijen.append(_paar_rij(blok, rechts[paar.rechts], paar, differ, None))
            j = paar.rechts + 1
        if voortgang and i % 50 == 0:
            voortgang(i, len(links))
    _alleen_rechts(rechts, gekoppeld_r, j, len(rechts), rijen)
    return rijen


def _alleen_rechts(rechts, gekoppeld_r, van: int, tot: int, rijen: list[Rij]) -> int:
    for k in range(van, tot):
        if k not in gekoppeld_r:
            rijen.append(Rij("right_only", None, rechts[k], [("+", rechts[k].tekst)]))
    return max(van, tot)


def _paar_rij(links: Blok, rechts: Blok, paar: Paar, differ: WoordDiff, soort: str | None) -> Rij:
    ops = differ.ops(links.tekst, rechts.tekst)
    if soort is None:
        soort = "same" if all(op[0] == "=" for op in ops) else "changed"
    return Rij(soort, links, rechts, ops, paar.score)
