"""Start-up: from process start to the window shown with the WerkSaam sample, against a bare PySide6
window (a QMainWindow with a text edit) started in the same run. Last line: JSON with startup_median_s.

Run: .venv/bin/python benchmarks/startup_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KAAL = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QTextEdit()); w.show()
QTimer.singleShot(0, lambda: (print("getoond", flush=True), app.quit()))
app.exec()
"""


def meet(opdracht: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proces = subprocess.Popen(opdracht, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    regel = proces.stdout.readline()
    verstreken = time.perf_counter() - start
    proces.wait()
    if regel.strip() != "getoond":
        raise SystemExit(f"no window from {opdracht}")
    return verstreken


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   BELEIDSSTUDIO_STOP_NA_TONEN="1", BELEIDSSTUDIO_CONFIG_DIR=tmp, BELEIDSSTUDIO_DATA_DIR=tmp)
        meet([sys.executable, "main.py"], env)          # warm the file cache once
        ons = [meet([sys.executable, "main.py"], env) for _ in range(runs)]
        kaal = [meet([sys.executable, "-c", KAAL], env) for _ in range(runs)]
    mediaan, mediaan_kaal = statistics.median(ons), statistics.median(kaal)
    print(f"start-up to the window with WerkSaam: median {mediaan:.3f} s (target < 0.5 s), "
          f"bare PySide6 window {mediaan_kaal:.3f} s, ratio {mediaan / mediaan_kaal:.2f}")
    print(json.dumps({"startup_median_s": round(mediaan, 3), "bare_qt_median_s": round(mediaan_kaal, 3),
                      "ratio_vs_bare_qt": round(mediaan / mediaan_kaal, 2), "runs": runs}))


if __name__ == "__main__":
    main()
