"""Compare engine benchmark: figures and ratios against git's C word diff, measured in the same run.

Generates from a fixed seed a 50,000-word handbook pair from the samples' vocabulary (about 5 %
of words edited, four artikelen moved) and a 1,000-word pair; runs the engine, `git diff --no-index
--word-diff=porcelain` and (on the 1,000-word pair) difflib at word level; prints median times,
ratios, peak memory, change blocks and split words. The engine and git run by turns and the fastest
run of each counts (the machine is shared). The engine runs as the window and `compare` do, with
split clauses. The last line is one JSON object.

Run: .venv/bin/python benchmarks/compare_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor.compare import compare_blocks, compare_policies  # noqa: E402
from editor.compare.blocks import Blok, blokken  # noqa: E402
from editor.samples import load_sample, sample_ids  # noqa: E402

SEED = 20261121


def vocabulary() -> list[str]:
    woorden: list[str] = []
    for sample_id in sample_ids():
        for blok in blokken(load_sample(sample_id)):
            woorden += re.findall(r"\w+(?:['’\-/]\w+)*", blok.tekst)
    return woorden


def handbook(rng: random.Random, woorden: list[str], doel: int) -> list[list[str]]:
    """Artikelen of leden, each lid a sentence of 15-60 words."""
    artikelen, totaal = [], 0
    while totaal < doel:
        leden = []
        for _ in range(rng.randint(2, 8)):
            n = rng.randint(15, 60)
            zin = [rng.choice(woorden) for _ in range(n)]
            zin[0] = zin[0].capitalize()
            leden.append(" ".join(zin) + ".")
            totaal += n
        artikelen.append(leden)
    return artikelen


def edit(rng: random.Random, woorden: list[str], artikelen: list[list[str]], fractie: float, moves: int):
    nieuw = []
    for leden in artikelen:
        nieuwe_leden = []
        for lid in leden:
            uit = []
            for w in lid.split(" "):
                r = rng.random()
                if r < fractie / 3:
                    uit.append(rng.choice(woorden))          # replaced
                elif r < 2 * fractie / 3:
                    continue                                  # deleted
                elif r < fractie:
                    uit += [w, rng.choice(woorden)]           # inserted
                else:
                    uit.append(w)
            nieuwe_leden.append(" ".join(uit))
        nieuw.append(nieuwe_leden)
    for _ in range(moves):
        artikel = nieuw.pop(rng.randrange(len(nieuw)))
        nieuw.insert(rng.randrange(len(nieuw)), artikel)
    return nieuw


def als_blokken(artikelen: list[list[str]]) -> list[Blok]:
    return [Blok(f"{a}.{l}", tekst, "lid", a + 1, l + 1, l) for a, leden in enumerate(artikelen)
            for l, tekst in enumerate(leden)]


def als_tekst(artikelen: list[list[str]]) -> str:
    return "\n\n".join(f"Artikel {a + 1}.\n\n" + "\n\n".join(leden) for a, leden in enumerate(artikelen)) + "\n"


def mediaan(functie, runs: int) -> tuple[float, object]:
    tijden, uitkomst = [], None
    for _ in range(runs):
        start = time.perf_counter()
        uitkomst = functie()
        tijden.append(time.perf_counter() - start)
    return statistics.median(tijden), uitkomst


def om_en_om(a, b, runs: int) -> tuple[tuple[float, object], tuple[float, object]]:
    """The engine and its peer run by turns, and each one's fastest run counts: on a shared machine
    the load changes from second to second, and the fastest run is the least disturbed one."""
    tijden_a, tijden_b, uit_a, uit_b = [], [], None, None
    for _ in range(runs):
        start = time.perf_counter()
        uit_a = a()
        tijden_a.append(time.perf_counter() - start)
        start = time.perf_counter()
        uit_b = b()
        tijden_b.append(time.perf_counter() - start)
    return (min(tijden_a), uit_a), (min(tijden_b), uit_b)


def git_word_diff(a: Path, b: Path) -> str:
    return subprocess.run(["git", "diff", "--no-index", "--word-diff=porcelain", str(a), str(b)],
                          capture_output=True, text=True).stdout


def git_change_blocks(uitvoer: str) -> int:
    """Runs of -/+ lines between context lines in git's porcelain output."""
    blokken_, in_blok = 0, False
    for regel in uitvoer.splitlines():
        if regel.startswith(("-", "+")) and not regel.startswith(("---", "+++")):
            if not in_blok:
                blokken_ += 1
            in_blok = True
        elif regel.startswith(" ") or regel == "~":
            in_blok = regel == "~" and in_blok
    return blokken_


def engine_change_blocks(result) -> int:
    blokken_ = 0
    for rij in result.rijen:
        vorige_was_wijziging = False
        for op in rij.ops:
            wijziging = op[0] != "="
            if wijziging and not vorige_was_wijziging:
                blokken_ += 1
            vorige_was_wijziging = wijziging
    return blokken_


def split_words(result) -> int:
    """Edges of a change that fall between two word characters in the left or the right text."""
    gesplitst = 0
    for rij in result.rijen:
        for zijde, soort in ((0, "-"), (1, "+")):
            stukken = [(op[0], op[2] if zijde and len(op) == 3 else op[1]) for op in rij.ops if op[0] in ("=", soort)]
            for (s1, t1), (s2, t2) in zip(stukken, stukken[1:]):
                if s1 != s2 and t1[-1:].isalnum() and t2[:1].isalnum():
                    gesplitst += 1
    return gesplitst


def difflib_word_diff(a: str, b: str) -> int:
    matcher = difflib.SequenceMatcher(None, re.findall(r"\S+|\s+", a), re.findall(r"\S+|\s+", b), autojunk=False)
    return sum(1 for tag, *_ in matcher.get_opcodes() if tag != "equal")


def meet_paar(naam: str, a: list[list[str]], b: list[list[str]], runs: int, map_: Path, met_difflib: bool) -> dict:
    links, rechts = als_blokken(a), als_blokken(b)
    pad_a, pad_b = map_ / f"{naam}_a.txt", map_ / f"{naam}_b.txt"
    pad_a.write_text(als_tekst(a)), pad_b.write_text(als_tekst(b))
    (t_engine, result), (t_git, git_uit) = om_en_om(lambda: compare_blocks(links, rechts, splitsingen=True),
                                                    lambda: git_word_diff(pad_a, pad_b), runs)
    tracemalloc.start()
    compare_blocks(links, rechts, splitsingen=True)
    python_piek = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    piek = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # the whole process, libraries included
    figuren = {
        "words": sum(len(l.split()) for leden in a for l in leden),
        "engine_ms": round(t_engine * 1000, 1), "git_ms": round(t_git * 1000, 1),
        "ratio_vs_git": round(t_engine / t_git, 2), "peak_mb": round(piek, 1),
        "python_alloc_peak_mb": round(python_piek, 1),
        "engine_change_blocks": engine_change_blocks(result), "git_change_blocks": git_change_blocks(git_uit),
        "moved_rows": sum(1 for r in result.rijen if r.soort == "moved"), "split_words": split_words(result),
    }
    if met_difflib:
        t_difflib, opcodes = mediaan(lambda: difflib_word_diff(als_tekst(a), als_tekst(b)), runs)
        figuren |= {"difflib_ms": round(t_difflib * 1000, 1), "difflib_change_blocks": opcodes}
    return figuren


def samples_all_pairs_ms(runs: int) -> float:
    policies = [load_sample(s) for s in sample_ids()]

    def alle():
        for i in range(len(policies)):
            for j in range(i + 1, len(policies)):
                compare_policies(policies[i], policies[j])

    return round(min(mediaan(alle, 1)[0] for _ in range(runs)) * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    rng = random.Random(SEED)
    woorden = vocabulary()
    groot_a = handbook(rng, woorden, 50_000)
    groot_b = edit(rng, woorden, groot_a, 0.05, 4)
    klein_a = handbook(rng, woorden, 1_000)
    klein_b = edit(rng, woorden, klein_a, 0.05, 0)
    with tempfile.TemporaryDirectory() as tmp:
        groot = meet_paar("groot", groot_a, groot_b, runs, Path(tmp), False)
        klein = meet_paar("klein", klein_a, klein_b, runs, Path(tmp), True)
    paren = samples_all_pairs_ms(runs)
    print(f"50,000-word pair ({groot['words']} words): engine {groot['engine_ms']} ms, git {groot['git_ms']} ms, "
          f"ratio {groot['ratio_vs_git']} (target <= 5), peak {groot['peak_mb']} MB process RSS "
          f"({groot['python_alloc_peak_mb']} MB allocated by the engine; target < 200), "
          f"moved rows {groot['moved_rows']} (git: none), split words {groot['split_words']} (target 0)")
    print(f"1,000-word pair: engine {klein['engine_ms']} ms, {klein['engine_change_blocks']} change blocks; "
          f"git {klein['git_ms']} ms, {klein['git_change_blocks']} blocks; difflib {klein['difflib_ms']} ms, "
          f"{klein['difflib_change_blocks']} blocks (target: engine blocks <= git blocks)")
    print(f"all 15 pairs of the six samples: {paren} ms (target < 100)")
    print(json.dumps({
        "ratio_vs_git": groot["ratio_vs_git"], "peak_mb": groot["peak_mb"],
        "python_alloc_peak_mb": groot["python_alloc_peak_mb"], "split_words": groot["split_words"],
        "samples_all_pairs_ms": paren, "engine_ms_50k": groot["engine_ms"], "git_ms_50k": groot["git_ms"],
        "moved_rows_50k": groot["moved_rows"], "engine_change_blocks_1k": klein["engine_change_blocks"],
        "git_change_blocks_1k": klein["git_change_blocks"], "difflib_change_blocks_1k": klein["difflib_change_blocks"],
    }))


if __name__ == "__main__":
    main()
