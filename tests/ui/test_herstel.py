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


KIND_PROJECT = textwrap.dedent('''
    import os, signal, sqlite3, sys
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QMessageBox
    app = QApplication([])
    QMessageBox.warning = lambda *a: None                 # "autosave stopped": the user reads it
    from editor import bewerken as b
    from editor.ui.main_window import MainWindow
    w = MainWindow()
    w.open_sample("werksaam")
    pad = Path(sys.argv[1])
    assert w.save_to(pad)
    with sqlite3.connect(pad) as ander:                   # another program writes the file
        ander.execute("UPDATE info SET waarde = 'door een ander' WHERE sleutel = 'aangemaakt'")
    ander.close()
    lid = w.bewerker.policy.artikelen[0].leden[0]
    w.bewerker.voer_uit(b.bewerk_blok, "lid", lid.id, "Na het conflict. " + b.lees_blok(w.bewerker.policy, "lid", lid.id))
    assert not w.sessie.autosave() and w.sessie.herstelkopie is not None
    os.kill(os.getpid(), signal.SIGKILL)
''')


def test_a_projects_edits_its_file_refused_are_offered_back_after_a_killed_process(qtbot, meldingen, opslaanvragen,
                                                                                    tmp_path) -> None:
    """One recovery mechanism: the edits a project's own file refused are in the same recovery file as work
    in no file, and the next start offers them back, naming the project."""
    pad = tmp_path / "w.beleid"
    kind = subprocess.run([sys.executable, "-c", KIND_PROJECT, str(pad)], env=dict(os.environ), timeout=60,
                          capture_output=True)
    assert kind.returncode == -9, kind.stderr.decode()[-2000:]
    achter = herstel.achtergelaten()
    assert len(achter) == 1 and herstel.bron_van(achter[0]) == str(pad)
    assert sorted(p.name for p in herstel.herstel_map().iterdir()) == sorted([achter[0].name, achter[0].stem + ".json"])
    from editor.ui.app import maak_venster

    gezien: list[str] = []
    beantwoord("Herstellen", "herstelvraag", gezien)
    venster = maak_venster()
    qtbot.addWidget(venster)
    assert "w.beleid" in gezien[0] and "Opslaan als" in gezien[0]
    assert venster.werkruimte.policy.artikelen[0].leden[0].tekst.startswith("Na het conflict. ")
    assert venster.pad is None and venster.isWindowModified()                 # unsaved work, to be saved as
    assert herstel.achtergelaten() == [] and not herstel._bron_pad(achter[0]).exists()
    assert venster.close() and opslaanvragen and not herstel.eigen_pad().exists()
