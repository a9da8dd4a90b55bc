"""How well the comparison finds the clauses that regulate the same thing, against a hand-made key.

For all 15 pairs of the six samples: precision, recall and F1 of the block pairs the comparison
finds, against tests/data/alignment_key.json (a found pair is right when the key calls it a match
or a partial overlap; recall counts the matches). Then the coverage classification of every block
against tests/data/coverage_key.json (a block is right when its topics are exactly the key's).
Targets: overall F1 >= 0.85, every pair >= 0.75, precision >= 0.9, coverage >= 90 %.
The last line is one JSON object.

Run: .venv/bin/python benchmarks/alignment_quality.py [--details]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.helpers.sleutel import meet_dekking, meet_paren, totaal  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--details", action="store_true", help="list the wrong and the missed pairs")
    details = parser.parse_args().details
    uitslagen = meet_paren()
    print(f"{'pair':<40} {'found':>5} {'wrong':>5} {'matches':>9} {'P':>5} {'R':>5} {'F1':>5}")
    for u in uitslagen:
        gevonden_zeker = len(u.gevonden & u.zeker)
        print(f"{u.paar:<40} {len(u.gevonden):>5} {len(u.fout):>5} {gevonden_zeker:>4}/{len(u.zeker):<4} "
              f"{u.precisie:5.2f} {u.recall:5.2f} {u.f1:5.2f}")
        if details:
            for a, b in sorted(u.fout):
                print(f"    wrong:  {a}  <->  {b}")
            for a, b in sorted(u.gemist):
                print(f"    missed: {a}  <->  {b}")
    p, r, f1 = totaal(uitslagen)
    slechtste = min(u.f1 for u in uitslagen)
    print(f"{'overall':<40} {'':>5} {'':>5} {'':>9} {p:5.2f} {r:5.2f} {f1:5.2f}   (targets: F1 >= 0.85, "
          f"every pair >= 0.75 (lowest {slechtste:.2f}), precision >= 0.90)")
    goed, aantal, fout = meet_dekking()
    print(f"coverage classification: {goed} of {aantal} blocks right ({100 * goed / aantal:.1f} %, target >= 90 %)")
    if details:
        for sample, ref, verwacht, gevonden in fout:
            print(f"    {sample} {ref}: key {verwacht}, found {gevonden}")
    print(json.dumps({"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3),
                      "lowest_pair_f1": round(slechtste, 3), "coverage_accuracy": round(goed / aantal, 3),
                      "pairs": {u.paar: round(u.f1, 3) for u in uitslagen}}))


if __name__ == "__main__":
    main()
