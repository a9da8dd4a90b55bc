"""Faults on the command line and in the store: a full disk (RLIMIT_FSIZE in a child process), a
read-only folder, a file removed while open, locks, file modes and the failure log."""

from __future__ import annotations

import json
import os
import resource
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterator

import pytest

from editor import atomair, crashlog
from editor.errors import BestandFout, ProjectFout
from editor.samples import load_sample
from editor.settings import Voorkeuren, bewaar_voorkeuren
from editor.store import ProjectBestand
from editor.store.lock import Houder, geef_lock_vrij, lock_pad, neem_lock
from tests.conftest import ROOT


def cli(*args: str, limiet: int | None = None) -> subprocess.CompletedProcess[str]:
    """main.py as a user runs it; `limiet` caps the size of any file it writes (a full disk)."""
    def voor() -> None:
        if limiet is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limiet, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))

    env = dict(os.environ, BELEIDSSTUDIO_LANG="nl")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env,
                          timeout=120, preexec_fn=voor)


def een_regel(result: subprocess.CompletedProcess[str], *woorden: str) -> str:
    regels = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(regels) == 1, result.stderr
    assert all(w in regels[0] for w in woorden) and "Onverwachte fout" not in regels[0], regels[0]
    return regels[0]


def map_inhoud(map_: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(map_.iterdir()) if p.is_file()}


# -- a full disk ------------------------------------------------------------------------------------

def test_every_writing_command_on_a_full_disk_answers_one_line_and_changes_nothing(tmp_path: Path) -> None:
    pad = tmp_path / "a.beleid"
    ProjectBestand.create(pad, load_sample("werksaam")).close()
    (tmp_path / "oud.docx").write_bytes(b"het vorige besluit")
    (tmp_path / "bewerkt.txt").write_text(cli("show", "werksaam").stdout.replace("sociale media", "social media"))
    voor = map_inhoud(tmp_path)
    vol = pad.stat().st_size        # nothing may grow: the disk is full
    opdrachten = [
        ("new", "--sample", "policy-bv", "-o", str(tmp_path / "nieuw.beleid")),
        ("import", str(tmp_path / "bewerkt.txt"), "-o", str(tmp_path / "import.beleid")),
        ("version", str(pad), "--label", "v1"),
        ("consent", str(pad), "--request"),
        ("revise", str(pad), "--from-text", str(tmp_path / "bewerkt.txt"), "--author", "OR"),
        ("export", str(pad), "-o", str(tmp_path / "oud.docx"), "--force"),
        ("compare", "werksaam", "policy-bv", "-o", str(tmp_path / "rapport.html")),
    ]
    for opdracht in opdrachten:
        limiet = vol if opdracht[0] in ("version", "consent", "revise") else 4096
        regel = een_regel(cli(*opdracht, limiet=limiet), tmp_path.name)
        assert "schijf" in regel, regel
        assert map_inhoud(tmp_path) == voor, opdracht          # no half file, no temporary file, old ones intact


def test_the_same_commands_work_when_there_is_room(tmp_path: Path) -> None:
    pad = tmp_path / "a.beleid"
    assert cli("new", "--sample", "werksaam", "-o", str(pad)).returncode == 0
    assert cli("version", str(pad), "--label", "v1").returncode == 0
    assert stat.S_IMODE(pad.stat().st_mode) == 0o600
    assert not lock_pad(pad).exists()


# -- a read-only folder -------------------------------------------------------------------------

@contextmanager
def alleen_lezen_map(vul) -> Iterator[Path]:
    """A folder nobody may write in: chmod for an ordinary user; for root (whom permissions do not
    bind) a small tmpfs remounted read-only, or the test is skipped where mounting is not allowed."""
    map_ = Path(tempfile.mkdtemp(prefix="alleen-lezen-"))
    gemount = False
    try:
        if os.geteuid() == 0:
            if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(map_)], capture_output=True).returncode:
                pytest.skip("root without permission to mount: no read-only folder to test in")
            gemount = True
        vul(map_)
        if gemount:
            subprocess.run(["mount", "-o", "remount,ro", str(map_)], check=True)
        else:
            for pad in map_.iterdir():
                pad.chmod(0o444)
            map_.chmod(0o555)
        yield map_
    finally:
        if gemount:
            subprocess.run(["umount", str(map_)], check=False)
        map_.chmod(0o755)
        shutil.rmtree(map_, ignore_errors=True)


def test_a_read_only_folder_answers_one_line() -> None:
    with alleen_lezen_map(lambda m: ProjectBestand.create(m / "a.beleid", load_sample("werksaam")).close()) as map_:
        voor = map_inhoud(map_)
        een_regel(cli("version", str(map_ / "a.beleid"), "--label", "v1"), "schrijfrechten", "a.beleid")
        een_regel(cli("new", "--sample", "werksaam", "-o", str(map_ / "b.beleid")), "schrijfrechten", "b.beleid")
        een_regel(cli("export", "werksaam", "-o", str(map_ / "b.docx")), "schrijfrechten", "b.docx")
        assert map_inhoud(map_) == voor


# -- removed while open, atomic writes, modes ---------------------------------------------------------

def test_a_file_removed_or_renamed_while_open_is_never_written_elsewhere(tmp_path: Path) -> None:
    pad = tmp_path / "a.beleid"
    policy = load_sample("werksaam")
    with ProjectBestand.create(pad, policy) as project:
        os.replace(pad, tmp_path / "elders.beleid")
        voor = (tmp_path / "elders.beleid").read_bytes()
        with pytest.raises(ProjectFout, match="verwijderd of hernoemd"):
            project.save(policy)
        with pytest.raises(ProjectFout, match="verwijderd of hernoemd"):
            project.add_version(policy, "v", "")
    assert (tmp_path / "elders.beleid").read_bytes() == voor and not pad.exists()


def test_a_writer_that_fails_halfway_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    doel = tmp_path / "besluit.docx"
    doel.write_bytes(b"oud")

    def half(tijdelijk: Path) -> None:
        tijdelijk.write_bytes(b"nieuw maar ")
        raise OSError(28, "No space left on device")

    with pytest.raises(BestandFout, match="De schijf is vol: .*besluit.docx"):
        atomair.schrijf_atomair(doel, half)
    assert doel.read_bytes() == b"oud" and [p.name for p in tmp_path.iterdir()] == ["besluit.docx"]


def test_exports_get_the_normal_mode_private_files_600(tmp_path: Path) -> None:
    oud = os.umask(0o022)
    try:
        atomair.schrijf_tekst(tmp_path / "rapport.html", "x")
        atomair.schrijf_tekst(tmp_path / "geheim.json", "x", atomair.PRIVE)
        (tmp_path / "gedeeld.docx").write_text("oud")
        (tmp_path / "gedeeld.docx").chmod(0o640)
        atomair.schrijf_tekst(tmp_path / "gedeeld.docx", "nieuw")
    finally:
        os.umask(oud)
    modus = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    assert modus == {"rapport.html": 0o644, "geheim.json": 0o600, "gedeeld.docx": 0o640}


def test_settings_and_own_clauses_are_private(tmp_path: Path) -> None:
    from clauses.library import Clausule, bewaar_eigen, eigen_pad
    from editor.paths import config_dir

    bewaar_voorkeuren(Voorkeuren(auteur="Mr. B"))
    bewaar_eigen(Clausule("eigen:1", "Titel", ("Tekst.",)))
    assert stat.S_IMODE((config_dir() / "voorkeuren.json").stat().st_mode) == 0o600
    assert stat.S_IMODE(eigen_pad().stat().st_mode) == 0o600


# -- the failure log -----------------------------------------------------------------------------------

def _fout_met_beleidstekst() -> Exception:
    try:
        raise ValueError("De medewerker mag geen vertrouwelijke informatie delen")
    except ValueError as exc:
        try:
            raise KeyError("artikel 4: geheime passage") from exc
        except KeyError as buiten:
            return buiten


def test_the_failure_log_is_private_and_holds_no_policy_text() -> None:
    pad = crashlog.log_pad()
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text("ouder logboek\n")
    pad.chmod(0o644)
    crashlog.schrijf(_fout_met_beleidstekst())
    tekst = pad.read_text()
    assert stat.S_IMODE(pad.stat().st_mode) == 0o600
    assert "builtins.KeyError" in tekst and "builtins.ValueError" in tekst and "_fout_met_beleidstekst" in tekst
    assert "vertrouwelijke" not in tekst and "geheime" not in tekst


def test_the_failure_log_is_rotated_at_1_mb() -> None:
    pad = crashlog.log_pad()
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text("x" * crashlog.MAX_BYTES)
    crashlog.schrijf(_fout_met_beleidstekst())
    assert pad.stat().st_size < 10_000 and pad.with_name("fouten.log.1").stat().st_size == crashlog.MAX_BYTES


# -- locks ---------------------------------------------------------------------------------------------

def schrijf_lock(pad: Path, host: str, pid: int, tijd: datetime) -> None:
    lock_pad(pad).write_text(json.dumps({"gebruiker": "jan", "host": host, "pid": pid,
                                         "tijd": tijd.isoformat(timespec="seconds")}))


def test_another_hosts_lock_is_abandoned_only_after_a_day(tmp_path: Path) -> None:
    pad = tmp_path / "a.beleid"
    schrijf_lock(pad, "laptop-jan", 4242, datetime.now() - timedelta(hours=3))
    houder = neem_lock(pad, overnemen=True)
    assert houder is not None and not houder.verlaten()                     # recent: respected even when asked
    schrijf_lock(pad, "laptop-jan", 4242, datetime(2024, 1, 1, 9, 0))
    houder = neem_lock(pad)
    assert houder.verlaten() and houder.vraag().startswith("Geopend door jan op laptop-jan sinds 1 januari 2024.")
    assert houder.vraag().endswith("Toch openen en overnemen?")
    assert neem_lock(pad, overnemen=True) is None and lees_pid(pad) == os.getpid()
    geef_lock_vrij(pad)
    assert not lock_pad(pad).exists()


def lees_pid(pad: Path) -> int:
    return json.loads(lock_pad(pad).read_text())["pid"]


def test_the_command_line_respects_a_live_lock_and_takes_over_an_abandoned_one(tmp_path: Path) -> None:
    pad = tmp_path / "a.beleid"
    ProjectBestand.create(pad, load_sample("werksaam")).close()
    voor = pad.read_bytes()
    venster = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        schrijf_lock(pad, socket.gethostname(), venster.pid, datetime.now())
        een_regel(cli("version", str(pad), "--label", "v", "--take-over-lock"), "Geopend door jan", "Sluit het daar eerst")
        assert pad.read_bytes() == voor
    finally:
        venster.kill()
        venster.wait()
    een_regel(cli("consent", str(pad), "--request"), "--take-over-lock")          # the process is gone: ask
    assert pad.read_bytes() == voor and lees_pid(pad) == venster.pid
    assert cli("consent", str(pad), "--request", "--take-over-lock").returncode == 0
    assert pad.read_bytes() != voor and not lock_pad(pad).exists()
    assert Houder("jan", "elders", 1, "kapot").verlaten()                        # an unreadable time counts as old
