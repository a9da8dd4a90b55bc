"""Comparing two policies: aligned rows with a word-level redline inside each pair."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..model.document import Policy
from .align import Paar, lijn_uit
from .gelijkenis import Reden
from .blocks import Blok, blokken, organisatienamen
from .tokens import inhoudswoorden, normaal
from .worddiff import Op, WoordDiff

SOORTEN = ("same", "changed", "moved", "left_only", "right_only")


@dataclass(frozen=True)
class CompareOptions:
    organisatie_als_plaatshouder: bool = True
    splitsingen: bool = True      # one block may match several on the other side (a split clause)


@dataclass
class Rij:
    soort: str                 # one of SOORTEN
    links: Blok | None
    rechts: Blok | None
    ops: list[Op]              # the redline of all the row's left blocks against all its right blocks
    score: float = 0.0
    reden: Reden | None = None                 # why the blocks were paired
    links_ook: tuple[Blok, ...] = ()           # further blocks of a split clause, left
    rechts_ook: tuple[Blok, ...] = ()          # and right
    ook_redenen: tuple[Reden, ...] = ()        # why each further block joined (left ones first)

    @property
    def is_verschil(self) -> bool:
        return self.soort != "same"

    @property
    def links_blokken(self) -> tuple[Blok, ...]:
        return ((self.links,) if self.links else ()) + self.links_ook

    @property
    def rechts_blokken(self) -> tuple[Blok, ...]:
        return ((self.rechts,) if self.rechts else ()) + self.rechts_ook

    @property
    def links_tekst(self) -> str:
        return SCHEIDING.join(b.tekst for b in self.links_blokken)

    @property
    def rechts_tekst(self) -> str:
        return SCHEIDING.join(b.tekst for b in self.rechts_blokken)

    def ref(self, zijde: str, getoond: bool = False) -> str:
        """How a lawyer names the row's blocks on one side ("l" or "r"): "overweging 2, overweging 3" (with
        `getoond`, in the interface's language: Blok.getoond)."""
        blokken_ = self.links_blokken if zijde == "l" else self.rechts_blokken
        return ", ".join(b.getoond if getoond else b.ref for b in blokken_)


SCHEIDING = "\n"   # between the texts of the blocks of a split clause


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
        tellingen["gesplitst"] = sum(1 for r in self.rijen if r.links_ook or r.rechts_ook)
        return tellingen

    def paren(self) -> list[tuple[Blok, Blok]]:
        """Every pair of a left and a right block the comparison put together."""
        return [(a, b) for r in self.rijen for a in r.links_blokken for b in r.rechts_blokken]


def _woorden(tekst: str) -> int:
    return len(tekst.split())


def compare_policies(links: Policy, rechts: Policy, opties: CompareOptions = CompareOptions(),
                     voortgang: Callable[[int, int], None] | None = None) -> CompareResult:
    """Two policies aligned clause by clause. Their organisation names never count as content; the
    redline shows them as one placeholder unless `opties` says otherwise."""
    namen = frozenset(organisatienamen(links) | organisatienamen(rechts))
    result = compare_blocks(blokken(links), blokken(rechts), namen if opties.organisatie_als_plaatshouder else frozenset(),
                            voortgang, opties.splitsingen, namen)
    result.links_titel, result.rechts_titel = links.titel, rechts.titel
    return result


def compare_blocks(links: list[Blok], rechts: list[Blok], namen: frozenset[str] = frozenset(),
                   voortgang: Callable[[int, int], None] | None = None, splitsingen: bool = False,
                   eigen_namen: frozenset[str] | None = None) -> CompareResult:
    """Blocks aligned and diffed; `namen` compare as one placeholder in the redline, `eigen_namen`
    (default: `namen`) never count as content. `splitsingen`: one block may pair with several."""
    eigen_namen = namen if eigen_namen is None else eigen_namen
    sleutels_l, sleutels_r = [normaal(b.tekst, namen) for b in links], [normaal(b.tekst, namen) for b in rechts]
    paren = lijn_uit(links, rechts, sleutels_l, sleutels_r, _Woorden(links, eigen_namen, sleutels_l),
                     _Woorden(rechts, eigen_namen, sleutels_r), eigen_namen, splitsingen)
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


def _rijen(links, rechts, paren: list[Paar], namen, voortgang) -> list[Rij]:
    """Rows in left order; right-only blocks stand where they stand on the right."""
    differ = WoordDiff(namen)
    per_links = {p.links: p for p in paren}
    in_paar_l = {i for p in paren for i in p.links_ook}
    gekoppeld_r = {p.rechts for p in paren} | {j for p in paren for j in p.rechts_ook}
    rijen: list[Rij] = []
    j = 0
    for i, blok in enumerate(links):
        paar = per_links.get(i)
        if paar is None:
            if i not in in_paar_l:
                rijen.append(Rij("left_only", blok, None, [("-", blok.tekst)]))
        elif paar.verplaatst:
            rijen.append(_paar_rij(links, rechts, paar, differ, "moved"))
        else:
            j = _alleen_rechts(rechts, gekoppeld_r, j, paar.rechts, rijen)
            rijen.append(_paar_rij(links, rechts, paar, differ, None))
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


def _paar_rij(links, rechts, paar: Paar, differ: WoordDiff, soort: str | None) -> Rij:
    if paar.links_ook or paar.rechts_ook:
        rij = Rij("changed", links[paar.links], rechts[paar.rechts], [], paar.score, paar.reden,
                  tuple(links[i] for i in paar.links_ook), tuple(rechts[j] for j in paar.rechts_ook),
                  tuple(paar.ook_redenen))
        rij.ops = differ.ops(rij.links_tekst, rij.rechts_tekst)
    else:
        rij = Rij("changed", links[paar.links], rechts[paar.rechts], [], paar.score, paar.reden)
        rij.ops = differ.ops(rij.links.tekst, rij.rechts.tekst)
    rij.soort = soort or ("same" if all(op[0] == "=" for op in rij.ops) else "changed")
    return rij
