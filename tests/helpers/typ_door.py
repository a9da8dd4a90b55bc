"""Helper for the crash test: the real window opens a project and types into artikel 1, lid 1,
one character every 100 ms, printing "T <n> <monotonic time>" after each, until killed.
With --gemengd it also saves explicitly and saves versions between keystrokes."""

import os
import string
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from editor.ui.main_window import MainWindow  # noqa: E402

TEKENS = string.ascii_lowercase * 4


def main() -> None:
    app = QApplication([])
    venster = MainWindow()
    venster.show()
    if not venster.open_path(Path(sys.argv[1])):
        sys.exit(3)
    ruimte = venster.werkruimte
    ruimte.selecteer(ruimte.policy.artikelen[0].leden[0].id)
    ruimte.document.moveCursor(ruimte.document.textCursor().MoveOperation.StartOfBlock)
    teller = iter(range(len(TEKENS)))

    gemengd = "--gemengd" in sys.argv      # also explicit saves and saved versions between the keystrokes

    def typ() -> None:
        n = next(teller, None)
        if n is None:
            return
        QTest.keyClicks(ruimte.document, TEKENS[n])
        print(f"T {n} {time.monotonic():.3f}", flush=True)
        if gemengd and n % 7 == 3:
            venster.opslaan()
        if gemengd and n % 11 == 5:
            venster.review.bewaar_versie(f"versie {n}")

    timer = QTimer()
    timer.timeout.connect(typ)
    timer.start(100)
    app.exec()


if __name__ == "__main__":
    main()
