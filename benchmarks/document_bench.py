"""The document view on a 300-artikel policy (1,500 paragraphs): time to open it, keystroke p95 with
tracking on, time to switch markup views, scroll frame time; each against a plain QTextEdit holding the
same text, measured in the same run. Last line: JSON.

Run: .venv/bin/python benchmarks/document_bench.py [--keys N]
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

from PySide6.QtWidgets import QApplication, QTextEdit  # noqa: E402

from benchmarks.typing_bench import groot_venster, p95, toetsen  # noqa: E402
from editor import bewerken as b  # noqa: E402
from editor.ui.document_regels import ALLE, EENVOUDIG, GEEN, ORIGINEEL, regels  # noqa: E402


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def opgemaakt(edit: QTextEdit, gebeurtenissen: bool = True) -> None:
    """Until the whole text is laid out and painted once (and, when asked, the event queue is empty: the
    window's panes then catch up too, which a view switch does not wait for)."""
    edit.document().documentLayout().documentSize()
    edit.viewport().repaint()
    if gebeurtenissen:
        QApplication.processEvents()


def open_tijd(ruimte) -> float:
    start = time.perf_counter()
    ruimte.document.toon(regels(ruimte.policy, ruimte.weergave))
    opgemaakt(ruimte.document)
    return ms(start)


def kaal_open(tekst: str) -> tuple[QTextEdit, float]:
    kaal = QTextEdit()
    kaal.resize(800, 600)
    kaal.show()
    start = time.perf_counter()
    kaal.setPlainText(tekst)
    opgemaakt(kaal)
    return kaal, ms(start)


def bestand_open_tijd(venster, pad: Path) -> float:
    """Opening the project file in the running window, as Bestand > Openen does: model, outline, document,
    panes; until the document is laid out."""
    start = time.perf_counter()
    venster.open_path(pad)
    opgemaakt(venster.werkruimte.document, False)
    return ms(start)


def splits_tijden(venster, keer: int = 5) -> tuple[list[float], list[float]]:
    """Enter in the middle of a lid (a structural operation: the outline and the touched lines redrawn),
    and its undo."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    ruimte, splits, terug = venster.werkruimte, [], []
    for i in range(keer):
        ruimte.ga_naar(ruimte.policy.artikelen[100 + i].leden[1].id, 20)
        start = time.perf_counter()
        QTest.keyClick(ruimte.document, Qt.Key.Key_Return)
        splits.append(ms(start))
        start = time.perf_counter()
        venster.actie_undo.trigger()
        terug.append(ms(start))
    return splits, terug


def wijzig(venster, aantal: int = 30) -> None:
    """Two authors' tracked changes in 30 artikelen, so every markup view has something to show."""
    venster.review.actie_bijhouden.setChecked(True)
    policy = venster.bewerker.policy
    for i in range(aantal):
        lid = policy.artikelen[i * 10].leden[1]
        venster.bewerker.auteur = "Anna" if i % 2 else "Bram"
        tekst = b.lees_blok(policy, "lid", lid.id)
        venster.bewerker.voer_uit(b.bewerk_blok, "lid", lid.id, tekst.replace("verantwoordelijk", "zelf verantwoordelijk"))


def wissel_tijden(ruimte, rondes: int = 3) -> list[float]:
    QApplication.processEvents()
    tijden = []
    for _ in range(rondes):
        for waarde in (EENVOUDIG, GEEN, ORIGINEEL, ALLE):
            start = time.perf_counter()
            ruimte.markering.setCurrentIndex(ruimte.markering.findData(waarde))
            opgemaakt(ruimte.document, False)
            tijden.append(ms(start))
    return tijden


def scroll_tijden(edit: QTextEdit, stappen: int = 60) -> list[float]:
    balk, tijden = edit.verticalScrollBar(), []
    balk.setValue(0)
    for i in range(stappen):
        start = time.perf_counter()
        balk.setValue(balk.value() + balk.pageStep() // 2)
        edit.viewport().repaint()
        tijden.append(time.perf_counter() - start)
    return tijden


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keys", type=int, default=300)
    aantal = parser.parse_args().keys
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        venster = groot_venster(tmp)
        venster.resize(1600, 1000)
        QApplication.processEvents()
        venster_ms = ms(start)
        ruimte = venster.werkruimte
        open_ms = min(open_tijd(ruimte) for _ in range(3))
        bestand_ms = min(bestand_open_tijd(venster, Path(tmp) / "groot.beleid") for _ in range(2))
        ruimte = venster.werkruimte
        kaal, kaal_open_ms = kaal_open(ruimte.document.toPlainText())
        kaal_open_ms = min([kaal_open_ms] + [kaal_open(ruimte.document.toPlainText())[1] for _ in range(2)])
        wijzig(venster)
        lid = ruimte.policy.artikelen[150].leden[2]
        voor = len(lid.tekst)
        ruimte.selecteer(lid.id)
        ruimte.document.setFocus()
        ons = toetsen(ruimte.document, aantal)
        assert len(lid.tekst) == voor + aantal, "every keystroke reached the policy"
        assert venster.bewerker.policy.revisies.get(lid.id), "tracked"
        kaal.setFocus()
        kaal_toetsen = toetsen(kaal, aantal)
        wissel = wissel_tijden(ruimte)
        splits, terug = splits_tijden(venster)
        scroll, kaal_scroll = scroll_tijden(ruimte.document), scroll_tijden(kaal)
        alineas = ruimte.document.document().blockCount()
        venster.close()
    del app
    uit = {"paragraphs": alineas, "window_with_policy_ms": round(venster_ms), "open_ms": round(open_ms),
           "plain_qtextedit_open_ms": round(kaal_open_ms), "open_file_in_window_ms": round(bestand_ms),
           "enter_split_median_ms": round(statistics.median(splits)), "undo_split_median_ms": round(statistics.median(terug)), "open_ratio": round(open_ms / kaal_open_ms, 2),
           "keystroke_p95_ms": round(p95(ons), 2), "plain_keystroke_p95_ms": round(p95(kaal_toetsen), 2),
           "keystroke_ratio": round(p95(ons) / p95(kaal_toetsen), 2),
           "switch_view_max_ms": round(max(wissel)), "switch_view_median_ms": round(statistics.median(wissel)),
           "scroll_frame_p95_ms": round(p95(scroll), 2), "plain_scroll_frame_p95_ms": round(p95(kaal_scroll), 2),
           "keys": aantal}
    print(f"300 artikelen ({alineas} paragraphs): open in the document view {open_ms:.0f} ms (target <= 1000; "
          f"plain QTextEdit.setPlainText {kaal_open_ms:.0f} ms, ratio {uit['open_ratio']}); window with the policy "
          f"{venster_ms:.0f} ms; Bestand > Openen of the file in the running window {bestand_ms:.0f} ms")
    print(f"keystroke with tracking on: p95 {p95(ons):.2f} ms (target <= 16), median {statistics.median(ons) * 1000:.2f} ms; "
          f"plain QTextEdit p95 {p95(kaal_toetsen):.2f} ms (ratio {uit['keystroke_ratio']})")
    print(f"Enter splits a lid (structural: outline and touched lines redrawn): median {statistics.median(splits):.0f} ms, "
          f"its undo {statistics.median(terug):.0f} ms")
    print(f"switch markup view: max {max(wissel):.0f} ms, median {statistics.median(wissel):.0f} ms (target <= 200)")
    print(f"scroll half a page and paint: p95 {p95(scroll):.2f} ms; plain QTextEdit p95 {p95(kaal_scroll):.2f} ms")
    print(json.dumps(uit))


if __name__ == "__main__":
    main()
