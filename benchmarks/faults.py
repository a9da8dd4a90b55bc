"""Faults in figures (issue 17), each with the old way of writing as the peer where there is one:

1. kills during an export to an existing .docx: broken files and temporary files left, atomic
   (editor/atomair.py) against python-docx saving straight over the target (how it was before);
2. a full disk (a tmpfs filled up, or RLIMIT_FSIZE where mounting is not allowed) during save,
   autosave, version, consent and every export: broken files and clear one-line messages;
3. a read-only folder: the same commands;
4. the project file removed or renamed while open;
5. two instances and a stale lock;
6. the command line writing while the window has unsaved edits.

Run: .venv/bin/python benchmarks/faults.py [--kills 200] [--peer-kills 50]   (the last line is JSON)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_GEBRUIKER = Path(tempfile.mkdtemp(prefix="faults-gebruiker-"))
os.environ.update(BELEIDSSTUDIO_CONFIG_DIR=str(_GEBRUIKER / "config"), BELEIDSSTUDIO_DATA_DIR=str(_GEBRUIKER / "data"),
                  BELEIDSSTUDIO_LANG="nl")

from editor.samples import load_sample  # noqa: E402
from editor.store import ProjectBestand  # noqa: E402
from editor.store.lock import lock_pad, neem_lock  # noqa: E402

FIGUREN: dict[str, object] = {}

# -- 1. kills during an export ----------------------------------------------------------------------

EXPORTEUR = r"""
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
if sys.argv[3] == "direct":          # the peer: python-docx saving straight over the target, as before issue 17
    import editor.atomair
    editor.atomair.schrijf_atomair = lambda pad, schrijver, modus=None: schrijver(pad)
from editor.formats.docx_export import schrijf_besluit
from editor.samples import load_sample
policy = load_sample("werksaam")
doel = Path(sys.argv[2])
schrijf_besluit(policy, doel)
print("klaar", flush=True)
while True:
    schrijf_besluit(policy, doel)
"""


def docx_heel(pad: Path) -> bool:
    try:
        with zipfile.ZipFile(pad) as z:
            return z.testzip() is None and "word/document.xml" in z.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def kills_tijdens_export(aantal: int, manier: str, rng: random.Random) -> dict:
    map_ = Path(tempfile.mkdtemp(prefix=f"kills-{manier}-"))
    doel = map_ / "besluit.docx"
    from editor.formats.docx_export import schrijf_besluit

    schrijf_besluit(load_sample("werksaam"), doel)
    kapot = over = 0
    begin = time.perf_counter()
    for _ in range(aantal):
        proces = subprocess.Popen([sys.executable, "-c", EXPORTEUR, str(ROOT), str(doel), manier],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        proces.stdout.readline()                      # one export done: the next ones are the loop
        time.sleep(rng.uniform(0, 0.4))
        proces.send_signal(signal.SIGKILL)
        proces.wait()
        proces.stdout.close()
        kapot += not docx_heel(doel)
        over += len([p for p in map_.iterdir() if p.name != "besluit.docx"])
        for p in map_.iterdir():                      # each kill starts from a sound old file
            if p.name != "besluit.docx":
                p.unlink()
        if not docx_heel(doel):
            schrijf_besluit(load_sample("werksaam"), doel)
    shutil.rmtree(map_)
    return {"kills": aantal, "broken": kapot, "temporary_files_left": over,
            "seconds": round(time.perf_counter() - begin, 1)}


# -- helpers for the command line and folders -------------------------------------------------------

def cli(*args: str, limiet: int | None = None) -> subprocess.CompletedProcess[str]:
    def voor() -> None:
        if limiet is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limiet, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))

    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=300, preexec_fn=voor, env=dict(os.environ))


def afdruk(map_: Path, behalve: tuple[str, ...] = ()) -> dict[str, str]:
    """Each file's hash; for a project, the hash of its rows (a rolled-back transaction may leave
    other bytes in pages on SQLite's free list, which SQLite does not journal: content unchanged)."""
    return {p.name: _rijen(p) if p.suffix == ".beleid" else hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(map_.iterdir()) if p.is_file() and p.name not in behalve}


def _rijen(pad: Path) -> str:
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{pad}?mode=ro", uri=True)
        try:
            rijen = [conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in ("info", "document", "versies")]
            return hashlib.sha256(repr(rijen).encode()).hexdigest()
        finally:
            conn.close()
    except sqlite3.Error:
        return hashlib.sha256(pad.read_bytes()).hexdigest()


def helder(result: subprocess.CompletedProcess[str], bestand: str, woorden: tuple[str, ...]) -> bool:
    """Status 2, one line on stderr naming the file and what happened, no traceback."""
    regels = result.stderr.strip().splitlines()
    return (result.returncode == 2 and len(regels) == 1 and bestand in regels[0]
            and any(w in regels[0] for w in woorden) and "Traceback" not in result.stderr)


def kan_mounten() -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    proef = Path(tempfile.mkdtemp(prefix="mount-proef-"))
    ok = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(proef)], capture_output=True).returncode == 0
    if ok:
        subprocess.run(["umount", str(proef)], check=False)
    proef.rmdir()
    return ok


@contextmanager
def tmpfs(grootte: str) -> Iterator[Path]:
    map_ = Path(tempfile.mkdtemp(prefix="tmpfs-"))
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={grootte}", "tmpfs", str(map_)], check=True)
    try:
        yield map_
    finally:
        if subprocess.run(["umount", str(map_)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(map_)], check=False)
        map_.rmdir()


def vul_tot(map_: Path, vrij: int) -> None:
    """Fill the filesystem of `map_` until `vrij` bytes are left."""
    st = os.statvfs(map_)
    over = st.f_bavail * st.f_frsize - vrij
    with open(map_ / "vulling", "ab") as f:
        blok = b"\0" * 65536
        while over > 0:
            try:
                over -= f.write(blok[:min(len(blok), over)])
                f.flush()
            except OSError:
                break


def voorbereiden(map_: Path) -> dict[str, Path]:
    """A project with an open change, an older export, a text to import or revise from."""
    pad = map_ / "beleid.beleid"
    ProjectBestand.create(pad, load_sample("werksaam")).close()
    tekst = cli("show", "werksaam").stdout
    (map_ / "bewerkt.txt").write_text(tekst.replace("sociale media", "social media"), encoding="utf-8")
    assert cli("revise", str(pad), "--from-text", str(map_ / "bewerkt.txt"), "--author", "OR").returncode == 0
    for naam in ("besluit.docx", "besluit.pdf", "rapport.html", "rapport.docx"):
        (map_ / naam).write_bytes(b"het vorige bestand")
    return {"project": pad, "tekst": map_ / "bewerkt.txt"}


def opdrachten(map_: Path, d: dict[str, Path]) -> list[tuple[str, tuple[str, ...], str]]:
    p = str(d["project"])
    return [
        ("new", ("new", "--sample", "policy-bv", "-o", str(map_ / "nieuw.beleid")), "nieuw.beleid"),
        ("import", ("import", str(d["tekst"]), "-o", str(map_ / "import.beleid")), "import.beleid"),
        ("save (revise)", ("revise", p, "--from-text", str(d["tekst"]), "--author", "Jurist"), "beleid.beleid"),
        ("accept", ("accept", p, "--all"), "beleid.beleid"),
        ("version", ("version", p, "--label", "v2"), "beleid.beleid"),
        ("consent", ("consent", p, "--request"), "beleid.beleid"),
        ("export docx", ("export", p, "-o", str(map_ / "besluit.docx"), "--force", "--accept-open"), "besluit.docx"),
        ("export redline docx", ("export", p, "-o", str(map_ / "besluit.docx"), "--force", "--redline"), "besluit.docx"),
        ("export pdf", ("export", p, "-o", str(map_ / "besluit.pdf"), "--force", "--accept-open"), "besluit.pdf"),
        ("compare html", ("compare", p, "policy-bv", "-o", str(map_ / "rapport.html"), "--force"), "rapport.html"),
        ("compare docx", ("compare", p, "policy-bv", "-o", str(map_ / "rapport.docx"), "--force"), "rapport.docx"),
    ]


def autosave_in_venster(pad: Path) -> tuple[bool, str, bool]:
    """The window's autosave (ProjectSessie) after an edit: (refused, its message, edit kept in memory)."""
    from editor.ui.sessie import ProjectSessie

    sessie = ProjectSessie()
    meldingen: list[str] = []
    sessie.melding.connect(meldingen.append)
    policy = sessie.open(pad)
    policy.artikelen[0].leden[0].tekst = "Getypt tijdens de storing. " + policy.artikelen[0].leden[0].tekst
    sessie.volg(policy)
    sessie.gewijzigd()
    geweigerd = not sessie.autosave()
    bewaard = policy.artikelen[0].leden[0].tekst.startswith("Getypt")
    sessie.onopgeslagen = False        # the window would ask Opslaan als here (tests/ui/test_faults_window.py)
    sessie.sluit()
    return geweigerd, (meldingen[0] if meldingen else ""), bewaard


def geldig(pad: Path) -> bool:
    """A written file is whole: a project opens and loads, a .docx is a sound zip, a PDF ends with %%EOF."""
    try:
        if pad.suffix == ".beleid":
            with ProjectBestand.open(pad) as project:
                project.load()
            return True
        if pad.suffix == ".docx":
            return docx_heel(pad)
        if pad.suffix == ".pdf":
            data = pad.read_bytes()
            return data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]
        return pad.stat().st_size > 0
    except Exception:  # noqa: BLE001 - anything unreadable counts as broken
        return False


def meet_storing(naam: str, map_: Path, d: dict[str, Path], woorden: tuple[str, ...], limiet: int | None = None) -> dict:
    """Every command under the fault. A refusal must leave every file as it was (no half file, no
    temporary file) and say so in one clear line; a command that still fits must write a whole file."""
    uit = {"operations": 0, "refused": 0, "succeeded": 0, "broken": 0, "clear_messages": 0, "unclear": []}

    def tel(label: str, gelukt: bool, veranderd: bool, doel: Path, helder_: bool, tekst: str) -> None:
        uit["operations"] += 1
        if gelukt:
            uit["succeeded"] += 1
            uit["broken"] += not geldig(doel)
            return
        uit["refused"] += 1
        uit["broken"] += veranderd
        uit["clear_messages"] += helder_
        if not helder_:
            uit["unclear"].append(f"{label}: {tekst[:160]}")

    for label, args, bestand in opdrachten(map_, d):
        voor = afdruk(map_, ("vulling",))
        result = cli(*args, limiet=limiet)
        tel(label, result.returncode == 0, afdruk(map_, ("vulling",)) != voor, map_ / bestand,
            helder(result, bestand, woorden), f"{result.returncode} {result.stderr.strip()}")
    if limiet is None:
        voor = afdruk(map_, ("vulling",))
        geweigerd, melding, bewaard = autosave_in_venster(d["project"])
        helder_ = bewaard and "beleid.beleid" in melding and any(w in melding for w in woorden)
        tel("autosave", not geweigerd, afdruk(map_, ("vulling",)) != voor, d["project"], helder_, melding)
    print(f"{naam}: {uit['operations']} operations ({uit['refused']} refused, {uit['succeeded']} still fitted), "
          f"{uit['broken']} broken files, {uit['clear_messages']}/{uit['refused']} refusals with a clear one-line message",
          flush=True)
    for regel in uit["unclear"]:
        print(f"   unclear: {regel}")
    return uit


VOL = ("schijf", "Schrijffout")
RECHTEN = ("schrijfrechten",)


def volle_schijf(mounten: bool) -> dict:
    if not mounten:
        map_ = Path(tempfile.mkdtemp(prefix="vol-"))
        d = voorbereiden(map_)
        uit = meet_storing("full disk (RLIMIT_FSIZE 4 KB)", map_, d, VOL, limiet=4096)
        shutil.rmtree(map_)
        return {"method": "RLIMIT_FSIZE", **uit}
    resultaten = {"method": "tmpfs"}
    for vrij in (0, 16 * 1024):
        with tmpfs("8m") as map_:
            d = voorbereiden(map_)
            vul_tot(map_, vrij)
            resultaten[f"free_{vrij // 1024}k"] = meet_storing(f"full disk (tmpfs, {vrij // 1024} KB free)", map_, d, VOL)
    return resultaten


def alleen_lezen(mounten: bool) -> dict:
    if mounten:
        with tmpfs("8m") as map_:
            d = voorbereiden(map_)
            subprocess.run(["mount", "-o", "remount,ro", str(map_)], check=True)
            return {"method": "read-only tmpfs", **meet_storing("read-only folder (ro mount)", map_, d, RECHTEN)}
    map_ = Path(tempfile.mkdtemp(prefix="ro-"))
    d = voorbereiden(map_)
    for p in map_.iterdir():
        p.chmod(0o444)
    map_.chmod(0o555)
    try:
        return {"method": "chmod", **meet_storing("read-only folder (chmod)", map_, d, RECHTEN)}
    finally:
        map_.chmod(0o755)
        shutil.rmtree(map_)


# -- 4. removed or renamed while open ------------------------------------------------------------------

def weg_terwijl_open() -> dict:
    from editor.ui.sessie import ProjectSessie

    uit = {"cases": 0, "written_elsewhere": 0, "clear_messages": 0, "copies_saved": 0}
    for wat in ("hernoemd", "verwijderd", "vervangen"):
        map_ = Path(tempfile.mkdtemp(prefix="weg-"))
        pad = map_ / "beleid.beleid"
        ProjectBestand.create(pad, load_sample("werksaam")).close()
        sessie = ProjectSessie()
        meldingen: list[str] = []
        sessie.melding.connect(meldingen.append)
        policy = sessie.open(pad)
        policy.titel = "Getypt terwijl het bestand wegging"
        sessie.volg(policy)
        sessie.gewijzigd()
        if wat == "hernoemd":
            os.replace(pad, map_ / "elders.beleid")
        elif wat == "verwijderd":
            pad.unlink()
        else:
            ProjectBestand.create(map_ / "ander.beleid", load_sample("policy-bv")).close()
            os.replace(map_ / "ander.beleid", pad)
        voor = afdruk(map_, (lock_pad(pad).name,))
        geweigerd = not sessie.autosave()
        uit["cases"] += 1
        uit["written_elsewhere"] += afdruk(map_, (lock_pad(pad).name,)) != voor
        uit["clear_messages"] += geweigerd and len(meldingen) == 1 and "beleid.beleid" in meldingen[0]
        uit["copies_saved"] += sessie.bewaar_kopie(map_ / "kopie.beleid")
        sessie.onopgeslagen = False
        sessie.sluit()
        shutil.rmtree(map_)
    print(f"removed/renamed/replaced while open: {uit['cases']} cases, {uit['written_elsewhere']} files written "
          f"behind the user's back, {uit['clear_messages']}/{uit['cases']} clear messages, "
          f"{uit['copies_saved']}/{uit['cases']} saved with Opslaan als", flush=True)
    return uit


# -- 5. two instances and a stale lock --------------------------------------------------------------

def locks() -> dict:
    map_ = Path(tempfile.mkdtemp(prefix="lock-"))
    pad = map_ / "beleid.beleid"
    ProjectBestand.create(pad, load_sample("werksaam")).close()
    eerste = subprocess.Popen([sys.executable, "-c", "import sys, time; sys.path.insert(0, sys.argv[1]);"
                               "from pathlib import Path; from editor.store.lock import neem_lock;"
                               "neem_lock(Path(sys.argv[2])); print('open', flush=True); time.sleep(60)",
                               str(ROOT), str(pad)], stdout=subprocess.PIPE, text=True)
    eerste.stdout.readline()
    voor = pad.read_bytes()
    tweede = neem_lock(pad, overnemen=True)
    tweede_alleen_lezen = tweede is not None and not tweede.verlaten()
    cli_geweigerd = cli("version", str(pad), "--label", "x", "--take-over-lock").returncode == 2
    ongewijzigd = pad.read_bytes() == voor
    eerste.kill()
    eerste.wait()
    verlaten = neem_lock(pad)
    gevraagd = verlaten is not None and verlaten.verlaten()
    cli_zonder = cli("version", str(pad), "--label", "x").returncode == 2
    cli_met = cli("version", str(pad), "--label", "x", "--take-over-lock").returncode == 0
    lock_pad(pad).write_text(json.dumps({"gebruiker": "jan", "host": "laptop-jan", "pid": 4242,
                                         "tijd": "2024-01-01T09:00:00"}))
    oud = neem_lock(pad)
    ander_host = oud is not None and oud.verlaten()
    vraag = oud.vraag() if oud else ""
    overgenomen = neem_lock(pad, overnemen=True) is None and json.loads(lock_pad(pad).read_text())["host"] == socket.gethostname()
    lock_pad(pad).unlink()
    shutil.rmtree(map_)
    uit = {"second_instance_read_only": tweede_alleen_lezen, "cli_refused_while_open": cli_geweigerd,
           "file_unchanged": ongewijzigd, "dead_process_offered": gevraagd, "cli_without_flag_refused": cli_zonder,
           "cli_take_over_lock_works": cli_met, "other_host_year_old_offered": ander_host,
           "taken_over_on_request": overgenomen, "question": vraag}
    goed = sum(v is True for v in uit.values())
    print(f"two instances and a stale lock: {goed}/8 checks hold; question: \"{vraag}\"", flush=True)
    return uit


# -- 6. the command line writing while the window has unsaved edits ----------------------------------

def cli_tegen_venster() -> dict:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from editor.settings import Voorkeuren, bewaar_voorkeuren
    from editor.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    bewaar_voorkeuren(Voorkeuren(auteur="Mr. A. Tester", initialen="AT"))
    map_ = Path(tempfile.mkdtemp(prefix="venster-"))
    pad = map_ / "beleid.beleid"
    ProjectBestand.create(pad, load_sample("werksaam")).close()
    venster = MainWindow()
    venster.show()
    venster.open_path(pad)
    ruimte = venster.werkruimte
    ruimte.selecteer(ruimte.policy.artikelen[0].leden[0].id)
    QTest.keyClicks(ruimte.editor, "Ongeschreven: ")
    onopgeslagen = venster.sessie.onopgeslagen
    voor = pad.read_bytes()
    opdrachten_ = [("version", str(pad), "--label", "cli"), ("consent", str(pad), "--request"),
                   ("accept", str(pad), "--all"), ("new", "--sample", "werksaam", "-o", str(pad), "--force")]
    geweigerd = sum(cli(*a).returncode == 2 for a in opdrachten_)
    ongewijzigd = pad.read_bytes() == voor
    deadline = time.monotonic() + 3
    while venster.sessie.onopgeslagen and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    with ProjectBestand.open(pad) as project:
        bewaard = project.load().artikelen[0].leden[0].tekst.startswith("Ongeschreven: ")
    venster.close()
    na_sluiten = cli("version", str(pad), "--label", "na het sluiten").returncode == 0
    shutil.rmtree(map_)
    uit = {"window_had_unsaved_edits": onopgeslagen, "cli_writes_refused": f"{geweigerd}/{len(opdrachten_)}",
           "file_untouched_meanwhile": ongewijzigd, "window_edits_saved_after": bewaard, "edits_lost": 0 if bewaard else 1,
           "cli_works_after_close": na_sluiten}
    print(f"command line while the window has unsaved edits: {geweigerd}/{len(opdrachten_)} writes refused, "
          f"{uit['edits_lost']} edits lost, the CLI writes once the window closed: {na_sluiten}", flush=True)
    return uit


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--peer-kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--no-mount", action="store_true", help="RLIMIT_FSIZE and chmod instead of tmpfs mounts")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])      # the session's timers need an application  # noqa: F841
    mounten = not args.no_mount and kan_mounten()
    atomair_ = kills_tijdens_export(args.kills, "atomair", rng)
    print(f"kills during export: {atomair_['kills']} kills, {atomair_['broken']} broken files, "
          f"{atomair_['temporary_files_left']} temporary files left ({atomair_['seconds']} s)", flush=True)
    direct = kills_tijdens_export(args.peer_kills, "direct", rng)
    print(f"   peer, python-docx saving over the target: {direct['kills']} kills, {direct['broken']} broken files "
          f"({100 * direct['broken'] / max(1, direct['kills']):.0f}%)", flush=True)
    FIGUREN["export_kills"] = {"atomic": atomair_, "direct_peer": direct}
    FIGUREN["full_disk"] = volle_schijf(mounten)
    FIGUREN["read_only_folder"] = alleen_lezen(mounten)
    FIGUREN["removed_while_open"] = weg_terwijl_open()
    FIGUREN["locks"] = locks()
    FIGUREN["cli_while_window_unsaved"] = cli_tegen_venster()
    shutil.rmtree(_GEBRUIKER, ignore_errors=True)
    print(json.dumps(FIGUREN, ensure_ascii=False))


if __name__ == "__main__":
    main()
