"""A keystroke in a 300-artikel document: model update, tree label and autosave scheduling, against a
keystroke in a bare QPlainTextEdit in the same run. Last line: JSON with keystroke_p95_ms.

Run: .venv/bin/python benchmarks/typing_bench.py [--keys N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from editor.model.document import Artikel, Lid, Policy  # noqa: E402
from editor.store import ProjectBestand  # noqa: E402


def groot_beleid(artikelen: int) -> Policy:
    policy = Policy("Groot handboek sociale media")
    tekst = "De medewerker is verantwoordelijk voor wat hij of zij op sociale media publiceert over {n}."
    policy.artikelen = [Artikel(f"Onderwerp {a}", [Lid(tekst.format(n=f"{a}.{l}")) for l in range(4)])
                        for a in range(artikelen)]
    return policy


def p95(tijden: list[float]) -> float:
    return statistics.quantiles(tijden, n=20)[-1] * 1000


def toetsen(widget, aantal: int) -> list[float]:
    tijden = []
    for i in range(aantal):
        start = time.perf_counter()
        QTest.keyClick(widget, Qt.Key.Key_A if i % 2 else Qt.Key.Key_E)
        tijden.append(time.perf_counter() - start)
    return tijden


def groot_venster(tmp: str):
    """The window, its user folders in `tmp`, with a 300-artikel project open."""
    os.environ["BELEIDSSTUDIO_CONFIG_DIR"] = os.environ["BELEIDSSTUDIO_DATA_DIR"] = tmp
    from editor.ui.main_window import MainWindow

    pad = Path(tmp) / "groot.beleid"
    ProjectBestand.create(pad, groot_beleid(300)).close()
    venster = MainWindow()
    venster.show()
    venster.open_path(pad)
    return venster


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keys", type=int, default=400)
    aantal = parser.parse_args().keys
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        venster = groot_venster(tmp)
        ruimte = venster.werkruimte
        ruimte.selecteer(ruimte.policy.artikelen[150].leden[2].id)
        ruimte.editor.setFocus()
        ons = toetsen(ruimte.editor, aantal)
        start = time.perf_counter()
        venster.sessie.autosave()
        autosave_ms = (time.perf_counter() - start) * 1000
        kaal_editor = QPlainTextEdit()
        kaal_editor.show()
        kaal = toetsen(kaal_editor, aantal)
        venster.close()
    del app
    print(f"keystroke in a 300-artikel document: p95 {p95(ons):.2f} ms (target < 16 ms), median "
          f"{statistics.median(ons) * 1000:.2f} ms; bare QPlainTextEdit p95 {p95(kaal):.2f} ms; "
          f"one autosave of the document {autosave_ms:.1f} ms (on a timer, not per keystroke)")
    print(json.dumps({"keystroke_p95_ms": round(p95(ons), 2), "bare_editor_p95_ms": round(p95(kaal), 2),
                      "ratio_vs_bare_editor": round(p95(ons) / p95(kaal), 2), "autosave_ms": round(autosave_ms, 1),
                      "keys": aantal}))


if __name__ == "__main__":
    main()
