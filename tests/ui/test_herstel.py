"""Issue 14: work in no file (an edited sample) survives a killed process: the next start offers it back."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from editor.ui import herstel
from tests.helpers.dialogen import beantwoord

KIND = textwrap.dedent('''
    import os, signal
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from editor import bewerken as b
    from editor.ui.herstel import eigen_pad
    from editor.ui.main_window import MainWindow
    w = MainWindow()
    w.open_sample("werksaam")
    lid = w.bewerker.policy.artikelen[0].leden[0]
    w.bewerker.voer_uit(b.bewerk_blok, "lid", lid.id, "Getypt voor de crash. " + b.lees_blok(w.bewerker.policy, "lid", lid.id))
    def kijk():
        if eigen_pad().exists():
            os.kill(os.getpid(), signal.SIGKILL)      # as the power going, the task manager, a crash
    t = QTimer()
    t.timeout.connect(kijk)
    t.start(50)
    app.exec()
''')


def test_an_edited_sample_is_offered_back_after_a_killed_process(qtbot, meldingen, opslaanvragen) -> None:
    kind = subprocess.run([sys.executable, "-c", KIND], env=dict(os.environ), timeout=60, capture_output=True)
    assert kind.returncode == -9, kind.stderr.decode()[-2000:]
    assert len(herstel.achtergelaten()) == 1
    from editor.ui.app import maak_venster

    gezien: list[str] = []
    beantwoord("Herstellen", "herstelvraag", gezien)
    venster = maak_venster()
    qtbot.addWidget(venster)
    assert "niet goed afgesloten" in gezien[0]
    assert venster.werkruimte.policy.artikelen[0].leden[0].tekst.startswith("Getypt voor de crash. ")
    assert venster.pad is None and venster.isWindowModified()
    assert herstel.achtergelaten() == [] and herstel.eigen_pad().exists()     # kept again, under this window
    assert venster.close() and opslaanvragen                                  # quitting still asks
    assert not herstel.eigen_pad().exists()


def test_weggooien_removes_the_recovery_file(qtbot, meldingen, opslaanvragen) -> None:
    kind = subprocess.run([sys.executable, "-c", KIND], env=dict(os.environ), timeout=60, capture_output=True)
    assert kind.returncode == -9
    from editor.ui.app import maak_venster

    beantwoord("Weggooien", "herstelvraag")
    venster = maak_venster()
    qtbot.addWidget(venster)
    assert not venster.werkruimte.policy.artikelen[0].leden[0].tekst.startswith("Getypt")
    assert herstel.achtergelaten() == [] and not venster.isWindowModified()
