"""Crash safety in figures: the program is killed with SIGKILL at random moments while it types, saves,
saves versions and autosaves; each time the file is reopened. Reports unreadable files (target 0) and
the most edit time lost (target <= 2 s): from the first keystroke missing in the file to the kill.

Run: .venv/bin/python benchmarks/crash_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.errors import BeleidsstudioFout  # noqa: E402
from editor.samples import load_sample  # noqa: E402
from editor.store import ProjectBestand  # noqa: E402
from tests.helpers.typ_door import TEKENS  # noqa: E402


def een_keer(map_: Path, rng: random.Random, n: int) -> tuple[bool, float]:
    """(readable, seconds of typing lost) for one kill."""
    pad = map_ / f"k{n}.beleid"
    ProjectBestand.create(pad, load_sample("werksaam")).close()
    origineel = load_sample("werksaam").artikelen[0].leden[0].tekst
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BELEIDSSTUDIO_CONFIG_DIR=str(map_ / "cfg"),
               BELEIDSSTUDIO_DATA_DIR=str(map_ / "data"))
    proces = subprocess.Popen([sys.executable, str(ROOT / "tests" / "helpers" / "typ_door.py"), str(pad), "--gemengd"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    getypt: list[float] = []
    moment = rng.uniform(0.05, 3.5)
    start = None
    while True:
        regel = proces.stdout.readline()
        if not regel:
            break
        getypt.append(float(regel.split()[2]))
        start = start or time.monotonic()
        if time.monotonic() - start >= moment:
            break
    os.kill(proces.pid, signal.SIGKILL)
    gedood = time.monotonic()
    proces.wait()
    try:
        with ProjectBestand.open(pad) as project:
            tekst = project.load().artikelen[0].leden[0].tekst
            project.versions()
    except BeleidsstudioFout:
        return False, float("inf")
    bewaard = len(tekst) - len(origineel)
    if tekst[bewaard:] != origineel or tekst[:bewaard] != TEKENS[:bewaard]:
        return False, float("inf")
    verloren = gedood - getypt[bewaard] if bewaard < len(getypt) else 0.0
    return True, verloren


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    runs = parser.parse_args().runs
    rng = random.Random(20261121)
    onleesbaar, verloren = 0, []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(runs):
            leesbaar, seconden = een_keer(Path(tmp), rng, n)
            onleesbaar += not leesbaar
            if leesbaar:
                verloren.append(seconden)
    meeste = max(verloren) if verloren else 0.0
    print(f"{runs} kills with SIGKILL while typing, saving and autosaving: {onleesbaar} unreadable files (target 0); "
          f"most edit time lost {meeste:.2f} s (target <= 2 s); median lost {sorted(verloren)[len(verloren) // 2]:.2f} s")
    print(json.dumps({"kills": runs, "unreadable": onleesbaar, "max_lost_s": round(meeste, 2)}))


if __name__ == "__main__":
    main()
