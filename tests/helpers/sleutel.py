"""Measuring the comparison against the hand-made answer keys in tests/data.

Alignment: a found pair is right when the key calls it a match or a partial overlap (precision);
recall counts the key's matches found (partials are optional, as "possible" links in alignment
scoring). Coverage: a block is right when its topics are exactly the key's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from editor.compare import compare_policies
from editor.compare.coverage import dekking
from editor.samples import load_sample, sample_ids

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass
class Uitslag:
    paar: str
    gevonden: set[tuple[str, str]]
    zeker: set[tuple[str, str]]
    mogelijk: set[tuple[str, str]]

    @property
    def goed(self) -> int:
        return len(self.gevonden & (self.zeker | self.mogelijk))

    @property
    def precisie(self) -> float:
        return self.goed / len(self.gevonden) if self.gevonden else 1.0

    @property
    def recall(self) -> float:
        return len(self.gevonden & self.zeker) / len(self.zeker) if self.zeker else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precisie, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fout(self) -> set[tuple[str, str]]:
        return self.gevonden - self.zeker - self.mogelijk

    @property
    def gemist(self) -> set[tuple[str, str]]:
        return self.zeker - self.gevonden


def sleutel() -> dict:
    return json.loads((DATA / "alignment_key.json").read_text(encoding="utf-8"))["pairs"]


def meet_paren() -> list[Uitslag]:
    uit = []
    for naam, key in sleutel().items():
        links, rechts = naam.split("|")
        result = compare_policies(load_sample(links), load_sample(rechts))
        gevonden = {(a.ref, b.ref) for a, b in result.paren()}
        uit.append(Uitslag(naam, gevonden, {tuple(p) for p in key["match"]}, {tuple(p) for p in key["partial"]}))
    return uit


def totaal(uitslagen: list[Uitslag]) -> tuple[float, float, float]:
    gevonden = sum(len(u.gevonden) for u in uitslagen)
    goed = sum(u.goed for u in uitslagen)
    zeker = sum(len(u.zeker) for u in uitslagen)
    gevonden_zeker = sum(len(u.gevonden & u.zeker) for u in uitslagen)
    p = goed / gevonden if gevonden else 1.0
    r = gevonden_zeker / zeker if zeker else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def meet_dekking() -> tuple[int, int, list[tuple[str, str, list[str], list[str]]]]:
    """(blocks right, blocks, the wrong ones as (sample, ref, expected, found))."""
    key = json.loads((DATA / "coverage_key.json").read_text(encoding="utf-8"))["blocks"]
    d = dekking({s: load_sample(s) for s in sample_ids()})
    goed, totaal_, fout = 0, 0, []
    for sample, blokken in key.items():
        gevonden: dict[str, set[str]] = {}
        for topic, cellen in d.cellen.items():
            for blok in cellen[sample]:
                gevonden.setdefault(blok.ref, set()).add(topic)
        for ref, verwacht in blokken.items():
            totaal_ += 1
            if set(verwacht) == gevonden.get(ref, set()):
                goed += 1
            else:
                fout.append((sample, ref, sorted(verwacht), sorted(gevonden.get(ref, set()))))
    return goed, totaal_, fout
