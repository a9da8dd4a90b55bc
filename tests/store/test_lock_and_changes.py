"""A second opener sees who has the file; a file changed by another program is never overwritten."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from editor.errors import ProjectFout
from editor.samples import load_sample
from editor.store import ProjectBestand
from editor.store.lock import geef_lock_vrij, lock_pad, neem_lock


def test_lock_taken_and_released(tmp_path: Path) -> None:
    pad = tmp_path / "a.beleid"
    ProjectBestand.create(pad, load_sample("werksaam")).close()
    assert neem_lock(pad) is None and lock_pad(pad).exists()
    assert json.loads(lock_pad(pad).read_text())["pid"] == os.getpid()
    geef_lock_vrij(pad)
    assert not lock_pad(pad).exists()


def test_a_live_holder_is_reported(tmp_path: Path) -> None:
    pad = tmp_path / "a.beleid"
    ander = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock_pad(pad).write_text(json.dumps({"gebruiker": "jan", "host": os.uname().nodename, "pid": ander.pid,
                                             "tijd": "2026-11-21T10:00:00"}))
        houder = neem_lock(pad)
        assert houder is not None and (houder.gebruiker, houder.pid) == ("jan", ander.pid)
        assert json.loads(lock_pad(pad).read_text())["gebruiker"] == "jan"    # not taken over
    finally:
        ander.kill()
        ander.wait()
    assert neem_lock(pad).verlaten()                                           # now abandoned: offered …
    assert neem_lock(pad, overnemen=True) is None                              # … and taken over on request
    assert json.loads(lock_pad(pad).read_text())["pid"] == os.getpid()


def test_another_programs_change_is_never_overwritten(tmp_path: Path) -> None:
    pad = tmp_path / "a.beleid"
    policy = load_sample("werksaam")
    with ProjectBestand.create(pad, policy) as project:
        policy.titel = "Eigen wijziging"
        project.save(policy)
        assert not project.veranderd_op_schijf()
        with sqlite3.connect(pad) as ander:                  # another program writes the file
            ander.execute("UPDATE info SET waarde = 'x' WHERE sleutel = 'aangemaakt'")
        ander.close()
        assert project.veranderd_op_schijf()
        voor = pad.read_bytes()
        policy.titel = "Zou overschrijven"
        with pytest.raises(ProjectFout, match="ander programma"):
            project.save(policy)
        assert pad.read_bytes() == voor


def test_a_replaced_file_is_noticed(tmp_path: Path) -> None:
    pad = tmp_path / "a.beleid"
    with ProjectBestand.create(pad, load_sample("werksaam")) as project:
        ProjectBestand.create(tmp_path / "b.beleid", load_sample("policy-bv")).close()
        os.replace(tmp_path / "b.beleid", pad)
        assert project.veranderd_op_schijf()
