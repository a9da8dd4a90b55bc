"""Mutation fuzzing of the importers and the store, and the hostile files (bombs).

Each mutated file must end in a result or in a clear, expected message (BeleidsstudioFout), never in
another exception or a hang over five seconds; a refused project file must be left byte-identical.
"""

from __future__ import annotations

import io
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from editor.errors import BeleidsstudioFout  # noqa: E402

SOORTEN = ("txt", "md", "docx", "beleid", "json")
MAX_SECONDEN = 5


class Hang(Exception):
    pass


@dataclass
class Uitkomst:
    tellingen: Counter = field(default_factory=Counter)      # (soort, "resultaat"|"melding")
    fouten: list[str] = field(default_factory=list)           # unexpected exceptions, hangs, changed files
    langste_s: float = 0.0

    @property
    def totaal(self) -> int:
        return sum(self.tellingen.values())


def basisbestanden(map_: Path) -> dict[str, list[bytes]]:
    from clauses.library import exporteer, modelclausules
    from editor.formats.docx_export import schrijf_besluit
    from editor.paths import resource_dir
    from editor.bewerken import Context, bewerk_tekst
    from editor.samples import load_sample
    from editor.store import ProjectBestand

    samples = resource_dir() / "samples"
    policy = load_sample("werksaam")
    bewerk_tekst(policy, Context("OR", True, tijd="2026-03-02T09:30:00"), policy.artikelen[1].leden[0].id,
                 "WerkSaam ondersteunt sociale media.")
    schrijf_besluit(policy, map_ / "r.docx", revisies=True)
    schrijf_besluit(load_sample("policy-bv"), map_ / "s.docx")
    ProjectBestand.create(map_ / "p.beleid", policy).close()
    exporteer(modelclausules()[:5], map_ / "c.json")
    return {
        "txt": [p.read_bytes() for p in samples.glob("*.txt")],
        "md": [p.read_bytes() for p in samples.glob("*.md")],
        "docx": [(map_ / n).read_bytes() for n in ("r.docx", "s.docx")],
        "beleid": [(map_ / "p.beleid").read_bytes()],
        "json": [(map_ / "c.json").read_bytes(), (resource_dir() / "clauses" / "modelclausules.json").read_bytes()],
    }


def muteer_bytes(data: bytes, rng: random.Random, ander: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        keuze = rng.randrange(6)
        plek = rng.randrange(max(1, len(data)))
        if keuze == 0 and data:
            for _ in range(rng.randint(1, 16)):
                data[rng.randrange(max(1, len(data)))] = rng.randrange(256)
        elif keuze == 1:
            del data[plek:plek + rng.randint(1, 512)]
        elif keuze == 2:
            data[plek:plek] = data[plek:plek + rng.randint(1, 512)] * rng.randint(1, 4)
        elif keuze == 3:
            data[plek:plek] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
        elif keuze == 4:
            data = data[:plek]
        else:
            data[plek:plek] = ander[rng.randrange(max(1, len(ander))):][:rng.randint(1, 2048)]
    return bytes(data)


def muteer_docx(data: bytes, rng: random.Random, ander: bytes) -> bytes:
    """Half the time a part inside the zip (its XML broken or bent), half the time the zip itself."""
    if rng.random() < 0.5:
        return muteer_bytes(data, rng, ander)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        delen = {i.filename: z.read(i) for i in z.infolist()}
    doel = rng.choice([n for n in delen if n.endswith(".xml")])
    delen[doel] = muteer_bytes(delen[doel], rng, delen[doel])
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as z:
        for naam, inhoud in delen.items():
            z.writestr(naam, inhoud)
    return uit.getvalue()


def verwerk(pad: Path, soort: str) -> str:
    from clauses.library import _lees_set
    from editor.formats.docx_import import importeer_docx
    from editor.formats.importer import importeer_bestand
    from editor.store import ProjectBestand

    try:
        if soort in ("txt", "md"):
            importeer_bestand(pad)
        elif soort == "docx":
            importeer_docx(pad)
        elif soort == "beleid":
            with ProjectBestand.open(pad) as project:
                project.load()
                project.versions()
        else:
            _lees_set(pad.read_bytes(), "eigen")
    except BeleidsstudioFout:
        return "melding"
    return "resultaat"


def _alarm(_signum, _frame):
    raise Hang()


def draai(aantal: int, zaad: int = 20261121) -> Uitkomst:
    rng = random.Random(zaad)
    uitkomst = Uitkomst()
    signal.signal(signal.SIGALRM, _alarm)
    with tempfile.TemporaryDirectory() as tmp:
        map_ = Path(tmp)
        basis = basisbestanden(map_)
        for n in range(aantal):
            soort = SOORTEN[n % len(SOORTEN)]
            bron, ander = rng.choice(basis[soort]), rng.choice(basis[rng.choice(SOORTEN)])
            data = muteer_docx(bron, rng, ander) if soort == "docx" else muteer_bytes(bron, rng, ander)
            pad = map_ / f"f{n}.{soort}"
            pad.write_bytes(data)
            _een(pad, soort, data, uitkomst)
            pad.unlink(missing_ok=True)
    signal.setitimer(signal.ITIMER_REAL, 0)
    return uitkomst


def _een(pad: Path, soort: str, data: bytes, uitkomst: Uitkomst) -> None:
    start = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, MAX_SECONDEN)
    try:
        uitkomst.tellingen[(soort, verwerk(pad, soort))] += 1
    except Hang:
        uitkomst.fouten.append(f"{soort}: hang over {MAX_SECONDEN} s")
    except Exception as exc:  # noqa: BLE001 - this is what the fuzzer looks for
        uitkomst.fouten.append(f"{soort}: {type(exc).__name__}: {exc}"[:300])
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    uitkomst.langste_s = max(uitkomst.langste_s, time.perf_counter() - start)
    if soort == "beleid" and pad.exists() and pad.read_bytes() != data:
        uitkomst.fouten.append("beleid: a refused or read project file was changed")


# -- bombs: each opened in a process of its own, timed and measured -------------------------------

def maak_bommen(map_: Path) -> dict[str, Path]:
    lach = '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i else "&lol;" * 10}">' for i in range(9)) + \
        ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol8;</w:t></w:r></w:p></w:body></w:document>'
    extern = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
              '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
              '<w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>')
    bommen = {"xml-bom.docx": lach.encode(), "externe-entiteit.docx": extern.encode()}
    paden = {}
    for naam, xml in bommen.items():
        paden[naam] = map_ / naam
        with zipfile.ZipFile(paden[naam], "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("word/document.xml", xml)
    paden["zip-bom.docx"] = map_ / "zip-bom.docx"
    with zipfile.ZipFile(paden["zip-bom.docx"], "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            for _ in range(1024):
                f.write(b"\0" * (1024 * 1024))          # 1 GiB of zeros, about 1 MB packed
    paden["alinea-100mb.txt"] = map_ / "alinea-100mb.txt"
    with open(paden["alinea-100mb.txt"], "wb") as f:
        f.write(b"Artikel 1. Kop\n\n")
        for _ in range(100):
            f.write(b"woord " * (1024 * 1024 // 6))
    return paden


def meet_bom(pad: Path) -> tuple[float, float, str]:
    """Seconds and peak MB of `main.py import BOMB`, and its one-line message."""
    code = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
            "r = subprocess.run([sys.executable, sys.argv[1], 'import', sys.argv[2], '-o', sys.argv[3]], capture_output=True, text=True); "
            "print(time.perf_counter() - t); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024); "
            "print(r.returncode); print(r.stderr.strip())")
    uit = subprocess.run([sys.executable, "-c", code, str(ROOT / "main.py"), str(pad), str(pad.with_suffix(".beleid"))],
                         capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, BELEIDSSTUDIO_LANG="nl")).stdout.splitlines()
    return float(uit[0]), float(uit[1]), f"exit {uit[2]}: {uit[3] if len(uit) > 3 else ''}"
