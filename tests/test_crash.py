"""Killed at any moment, the program loses at most the last two seconds of typing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from editor.samples import load_sample
from editor.store import ProjectBestand
from editor.store.lock import lees_houder, neem_lock
from tests.conftest import ROOT
from tests.helpers.typ_door import TEKENS


def test_sigkill_while_typing_keeps_all_but_the_last_two_seconds(tmp_path: Path) -> None:
    pad = tmp_path / "w.beleid"
    ProjectBestand.create(pad, load_sample("werksaam")).close()
    origineel = load_sample("werksaam").artikelen[0].leden[0].tekst
    proces = subprocess.Popen([sys.executable, str(ROOT / "tests" / "helpers" / "typ_door.py"), str(pad)],
                              stdout=subprocess.PIPE, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    getypt: list[tuple[int, float]] = []
    try:
        while len(getypt) < 35:                         # about 3.5 s of typing
            regel = proces.stdout.readline()
            assert regel, "the helper stopped before it was killed"
            _, n, tijd = regel.split()
            getypt.append((int(n), float(tijd)))
        os.kill(proces.pid, signal.SIGKILL)
        gedood = time.monotonic()
    finally:
        proces.kill()
        proces.wait()
    with ProjectBestand.open(pad) as project:            # readable, not half-written
        tekst = project.load().artikelen[0].leden[0].tekst
    assert tekst.endswith(origineel)
    bewaard = len(tekst) - len(origineel)
    assert tekst[:bewaard] == TEKENS[:bewaard]
    moet_er_zijn = sum(1 for _, tijd in getypt if tijd <= gedood - 2.0)
    assert bewaard >= moet_er_zijn, f"{bewaard} characters kept, {moet_er_zijn} typed more than 2 s before the kill"
    assert lees_houder(pad).pid == proces.pid            # the killed process's lock is left behind …
    assert neem_lock(pad).verlaten()                     # … abandoned: offered for take-over, not taken silently
    assert neem_lock(pad, overnemen=True) is None        # … and taken over when the user says so
