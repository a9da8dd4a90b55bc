"""Hostile and broken input in figures: 10,000 mutated files through the importers and the store, and the bombs.

Run: .venv/bin/python benchmarks/fuzz_bench.py [--files N]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.helpers.fuzz import draai, maak_bommen, meet_bom  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=10_000)
    aantal = parser.parse_args().files
    start = time.perf_counter()
    uitkomst = draai(aantal)
    duur = time.perf_counter() - start
    piek = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{uitkomst.totaal} mutated files in {duur:.0f} s: {len(uitkomst.fouten)} uncaught exceptions or hangs "
          f"(target 0); slowest {uitkomst.langste_s * 1000:.0f} ms (limit 5 s); peak {piek:.0f} MB")
    for (soort, afloop), n in sorted(uitkomst.tellingen.items()):
        print(f"  {soort:7} {afloop:10} {n}")
    for fout in uitkomst.fouten[:10]:
        print("  !", fout)
    bommen = {}
    with tempfile.TemporaryDirectory() as tmp:
        for naam, pad in maak_bommen(Path(tmp)).items():
            seconden, mb, bericht = meet_bom(pad)
            bommen[naam] = {"s": round(seconden, 2), "peak_mb": round(mb), "refused": bericht.startswith("exit 2")}
            print(f"{naam:24} {seconden:5.2f} s  {mb:5.0f} MB  {bericht}  (target < 2 s, < 300 MB)")
    print(json.dumps({"files": uitkomst.totaal, "failures": len(uitkomst.fouten), "slowest_ms": round(uitkomst.langste_s * 1000),
                      "bombs": bommen}))


if __name__ == "__main__":
    main()
