"""What issue 14 added to the window, on a 300-artikel policy with two authors' tracked changes:
switching the four markup views of the preview (target <= 200 ms), a keystroke with tracking and the
Dutch spell-check on (target <= 16 ms p95) against a bare QPlainTextEdit in the same run, and the
spell-check of the whole text (cold, then cached) against splitting it into words.
Last line: JSON with the figures.

Run: .venv/bin/python benchmarks/window_bench.py [--keys N]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from benchmarks.typing_bench import groot_beleid, p95, toetsen  # noqa: E402
from editor import bewerken as b  # noqa: E402


def met_wijzigingen(policy) -> None:
    """Anna adds to the first lid of every tenth artikel, Bram deletes its second lid."""
    for n, artikel in enumerate(policy.artikelen[::10]):
        anna, bram = b.Context("Anna", bijhouden=True), b.Context("Bram", bijhouden=True)
        b.bewerk_blok(policy, anna, "lid", artikel.leden[0].id, artikel.leden[0].tekst + f" Ook thuis {n}.")
        b.verwijder(policy, bram, artikel.leden[1].id)


def wissel_weergaven(ruimte, keer: int) -> list[float]:
    tijden = []
    for i in range(keer):
        start = time.perf_counter()
        ruimte.markering.setCurrentIndex((ruimte.markering.currentIndex() + 1) % 4)
        QApplication.processEvents()
        tijden.append(time.perf_counter() - start)
    return tijden


def spelling(tekst: str) -> dict:
    import re

    from editor.ui.spelling import SPELLING

    if not SPELLING.beschikbaar:
        return {"spelling": "niet beschikbaar (hunspell-nl of chunspell ontbreekt)"}
    start = time.perf_counter()
    koud = len(SPELLING.fouten(tekst))
    t_koud = time.perf_counter() - start
    start = time.perf_counter()
    SPELLING.fouten(tekst)
    t_warm = time.perf_counter() - start
    start = time.perf_counter()
    woorden = len(re.findall(r"\w+", tekst))
    t_split = time.perf_counter() - start
    return {"woorden": woorden, "fouten": koud, "spelling_koud_ms": t_koud * 1000, "spelling_warm_ms": t_warm * 1000,
            "woorden_splitsen_ms": t_split * 1000, "warm_tegen_splitsen": t_warm / max(t_split, 1e-9)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keys", type=int, default=300)
    aantal = parser.parse_args().keys
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BELEIDSSTUDIO_CONFIG_DIR"] = os.environ["BELEIDSSTUDIO_DATA_DIR"] = tmp
        from editor.ui.main_window import MainWindow
        from editor.ui.spelling import SPELLING

        policy = groot_beleid(300)
        met_wijzigingen(policy)
        venster = MainWindow()
        venster.resize(1400, 860)
        venster.show()
        venster.toon(policy)
        SPELLING.beschikbaar        # the dictionary loaded (beside the start in the window)
        ruimte = venster.werkruimte
        ruimte.selecteer(policy.artikelen[150].id)
        wissel = wissel_weergaven(ruimte, 40)
        venster.review.actie_bijhouden.setChecked(True)
        ruimte.selecteer(policy.artikelen[150].leden[0].id)
        ruimte.document.moveCursor(ruimte.document.textCursor().MoveOperation.EndOfBlock)   # the end of that lid
        getypt = toetsen(ruimte.document, aantal)
        kaal = QPlainTextEdit()
        kaal.setPlainText(policy.artikelen[150].leden[0].tekst)
        kaal.show()
        peer = toetsen(kaal, aantal)
        tekst = "\n".join(lid.tekst for a in policy.artikelen for lid in a.leden)
        uitkomst = {"artikelen": len(policy.artikelen), "weergave_wisselen_p95_ms": p95(wissel),
                    "weergave_wisselen_max_ms": max(wissel) * 1000,
                    "toets_p95_ms": p95(getypt), "kale_editor_toets_p95_ms": p95(peer),
                    "toets_tegen_kaal": p95(getypt) / p95(peer), **spelling(tekst)}
        venster.stapel.setClean()
        venster._concept = False
        venster.close()
    for sleutel, waarde in uitkomst.items():
        print(f"{sleutel:28} {waarde:.2f}" if isinstance(waarde, float) else f"{sleutel:28} {waarde}")
    print(json.dumps(uitkomst))
    app.quit()


if __name__ == "__main__":
    main()
