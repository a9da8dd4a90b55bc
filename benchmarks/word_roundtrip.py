"""The Word round trip under random multi-author sessions, with LibreOffice as the Word client.

Each session (tests/helpers/sessies.py, two or three authors, tracking on) runs on a copy of a sample or
of a 300-artikel policy and is exported as a redline. LibreOffice (tools/lo_uno.py, through UNO with
/usr/bin/python3) counts its changes and saves it with all accepted and with all rejected. Printed, as
mismatch counts over the sessions:
  export    the redline could not be written
  authors   LibreOffice's change authors (an insertion under another's deletion included) are not the model's
  count     a change of the model that LibreOffice does not show whole, or a LibreOffice change that is no
            run of our revisions: LibreOffice's changes are mapped to ours by range, type and author
            (benchmarks/word_telling.py), as it joins neighbouring ranges of one author and minute
  lo-accept LibreOffice's Accept All differs, in LibreOffice itself (style, list label and text of every
            paragraph), from our clean export of the accepted text as LibreOffice shows it
  lo-reject the same for Reject All and the original text
  accept    LibreOffice's Accept All, saved and imported by us, differs from our accept-all text (clean export,
            imported): the export, LibreOffice and our import together
  reject    LibreOffice's Reject All, saved and imported, differs from the original text
  import    our import of our own redline lacks a change or has another: compared as kind, author, date (to
            the second), shown text, artikel and lid (tests/helpers/word_vergelijk.py)
  comments  our import of our own redline has other comments (author, text, replies, resolved)
(a move of an artikel into another hoofdstuk only shows as its hoofdstuk headings deleted and inserted)
Then the speed of a redline export and import of a 300-artikel policy with about 3,500 revisions.

    .venv/bin/python benchmarks/word_roundtrip.py [--sessies 100] [--stappen 8] [--toon 3]
        [--zaden 21,46]           only these sessions (by seed), to look at one mismatch again
        [--zonder-libreoffice]    only the checks of our own import (seconds instead of minutes)
"""

from __future__ import annotations

import argparse
import copy
import difflib
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.typing_bench import groot_beleid  # noqa: E402
from editor.formats.docx_export import schrijf_besluit  # noqa: E402
from editor.formats.docx_import import importeer_docx  # noqa: E402
from editor.formats.text_export import render_text  # noqa: E402
from editor.model.document import Policy  # noqa: E402
from editor.revisions.beslissen import accepteer, verwerp  # noqa: E402
from editor.revisions.lijst import alle_wijzigingen  # noqa: E402
from editor.samples import load_sample, sample_ids  # noqa: E402
from tests.helpers.sessies import Kiezer, sessie  # noqa: E402
from benchmarks.word_telling import koppel, revisies  # noqa: E402
from editor.formats.word_revisies import stille_verplaatsingen  # noqa: E402
from tests.helpers.word_vergelijk import verschillen  # noqa: E402

UNO = Path(__file__).resolve().parent.parent / "tools" / "lo_uno.py"
AUTEURS = ["Anna de Vries", "Bert Jansen", "Cees Bakker"]


def libreoffice(taken: list[dict]) -> list[dict]:
    """Run the UNO driver with Debian's Python on a list of jobs."""
    uit = subprocess.run(["/usr/bin/python3", str(UNO)], input=json.dumps(taken), capture_output=True, text=True,
                         timeout=60 + 20 * len(taken))
    if uit.returncode != 0:
        raise RuntimeError(uit.stderr.strip().splitlines()[-1] if uit.stderr.strip() else "lo_uno.py failed")
    return json.loads(uit.stdout)


def tekst(pad: Path) -> list[str]:
    return render_text(importeer_docx(pad)).splitlines()


def verschil(a: list[str], b: list[str]) -> list[str]:
    return [r for r in difflib.unified_diff(a, b, lineterm="", n=0) if r[:1] in "+-" and r[:3] not in ("+++", "---")]


class Sessie:
    """One random session on a copy of a policy, with the files it leads to."""

    def __init__(self, naam: str, policy: Policy, zaad: int, stappen: int, map_: Path) -> None:
        self.naam, self.zaad = f"{naam}#{zaad}", zaad
        self.policy = copy.deepcopy(policy)
        sessie(self.policy, Kiezer.uit_zaad(zaad), stappen, AUTEURS[:2 + zaad % 2], "aan")
        self.wijzigingen = alle_wijzigingen(self.policy)
        ids = {w.id for w in alle_wijzigingen(self.policy)}
        geaccepteerd, verworpen = copy.deepcopy(self.policy), copy.deepcopy(self.policy)
        accepteer(geaccepteerd, set(ids))
        verwerp(verworpen, set(ids))
        stam = map_ / f"{naam}-{zaad}"
        self.redline, self.acc, self.rej = (Path(f"{stam}-{d}.docx") for d in ("redline", "lo-acc", "lo-rej"))
        self.schoon_acc, self.schoon_rej = Path(f"{stam}-acc.docx"), Path(f"{stam}-rej.docx")
        schrijf_besluit(self.policy, self.redline, revisies=True)
        schrijf_besluit(geaccepteerd, self.schoon_acc)
        schrijf_besluit(verworpen, self.schoon_rej)
        self.verwacht_acc, self.verwacht_rej = tekst(self.schoon_acc), tekst(self.schoon_rej)

    def taak(self) -> dict:
        return {"in": str(self.redline), "accepteer": str(self.acc), "verwerp": str(self.rej),
                "alineas": [str(self.schoon_acc), str(self.schoon_rej)]}

    def eigen_import(self) -> dict[str, list[str]]:
        """The mismatches of our import of our own redline."""
        terug = importeer_docx(self.redline)
        return {"import": [r for r in verschillen(self.policy, terug, stille_verplaatsingen(self.policy))
                           if r[2:].startswith("change")],
                "comments": [] if _draden(terug) == _draden(self.policy) else [f"{_draden(terug)} != {_draden(self.policy)}"]}

    def toets(self, lo: dict | None) -> dict[str, list[str]]:
        """The mismatches of this session, by kind (empty lists: none); without LibreOffice (None) only those
        of our own import."""
        if lo is None:
            return self.eigen_import()
        if lo.get("fout"):
            return {"libreoffice": [lo["fout"]]}
        model_auteurs = {w.auteur for w in self.wijzigingen}
        lo_auteurs = lo_auteurs_van(lo["wijzigingen"])
        gezien, vreemd = koppel(revisies(self.redline), lo["wijzigingen"])
        model = {w.id for w in self.wijzigingen}
        alineas = lo.get("alineas", {})
        return {
            "authors": [] if lo_auteurs == model_auteurs else [f"{sorted(lo_auteurs)} != {sorted(model_auteurs)}"],
            "lo-accept": _lo_verschil(alineas.get(str(self.schoon_acc)), alineas.get("accepteer")),
            "lo-reject": _lo_verschil(alineas.get(str(self.schoon_rej)), alineas.get("verwerp")),
            "count": ([f"not shown whole by LibreOffice: changes {sorted(model - gezien)}"] if model - gezien else []) +
                     ([f"not ours: {', '.join(vreemd)}"] if vreemd else []) +
                     ([f"not in the model: changes {sorted(gezien - model)}"] if gezien - model else []),
            "accept": _verschil(self.verwacht_acc, self.acc),
            "reject": _verschil(self.verwacht_rej, self.rej),
        } | self.eigen_import()


def lo_auteurs_van(wijzigingen: list[list]) -> set[str]:
    """The authors LibreOffice shows: an insertion by A that B deleted is one change of B with A's under it."""
    return {w[1] for w in wijzigingen} | {w[4] for w in wijzigingen if len(w) >= 5 and w[4]}


def _lo_verschil(verwacht: list | None, kreeg: list | None) -> list[str]:
    """LibreOffice's own view (style, list label, text of every paragraph) of its Accept/Reject All against
    its view of our clean export of the accepted/rejected text."""
    if verwacht is None or kreeg is None:
        return ["LibreOffice gave no paragraphs"]
    return verschil(_regels(verwacht), _regels(kreeg))


def _regels(alineas: list) -> list[str]:
    return [f"{stijl}|{label}|{tekst}" for stijl, label, tekst in alineas if tekst.strip() or label]


def _verschil(verwacht: list[str], pad: Path) -> list[str]:
    try:
        return verschil(verwacht, tekst(pad))
    except Exception as fout:       # the import of LibreOffice's file failed: that is a mismatch, said once
        return [f"import: {type(fout).__name__}: {fout}"]


def _draden(policy: Policy) -> list:
    return sorted((o.auteur, o.tekst, o.opgelost, tuple((a.auteur, a.tekst) for a in o.antwoorden))
                  for o in policy.opmerkingen)


def sessies(zaden: list[int], stappen: int, map_: Path) -> tuple[list[Sessie], list[str]]:
    """The sessions, and a line for each whose export failed (counted as a mismatch of its own)."""
    bronnen = [(s, load_sample(s)) for s in sample_ids()] + [("groot-300", groot_beleid(300))]
    lijst, fouten = [], []
    for zaad in zaden:
        naam, policy = bronnen[zaad % len(bronnen)]
        try:
            lijst.append(Sessie(naam, policy, zaad, stappen, map_))
        except Exception as fout:       # a session the export cannot write is reported, the others still run
            fouten.append(f"{naam}#{zaad}: {type(fout).__name__}: {fout}")
    return lijst, fouten


def rond(aantal: int | list[int], stappen: int, toon: int = 0, met_libreoffice: bool = True) -> dict[str, int]:
    """Run the harness on `aantal` sessions (or on these seeds); returns the number of sessions with a
    mismatch, per kind."""
    zaden = list(range(aantal)) if isinstance(aantal, int) else aantal
    with tempfile.TemporaryDirectory() as map_:
        lijst, fouten = sessies(zaden, stappen, Path(map_))
        uitkomsten = libreoffice([s.taak() for s in lijst]) if met_libreoffice else [None] * len(lijst)
        telling: Counter[str] = Counter(export=len(fouten))
        for fout in fouten[:toon and len(fouten)]:
            print(f"  export: {fout}"[:400])
        for s, lo in zip(lijst, uitkomsten):
            for soort, fouten in s.toets(lo).items():
                telling[soort] += bool(fouten)
                if fouten and toon:
                    print(f"  {s.naam} {soort}: " + " | ".join(fouten[:toon])[:400])
    return {k: telling.get(k, 0) for k in ("export", "authors", "count", "lo-accept", "lo-reject", "accept", "reject",
                                           "import", "comments", "libreoffice")}


ZIN = ("De medewerker is verantwoordelijk voor wat hij of zij op sociale media publiceert over {n} en "
       "houdt zich daarbij aan de regels van deze code, ook buiten werktijd, "
       "mits het bericht de organisatie of collega's kan raken.")


def groot_redline_beleid() -> Policy:
    """300 artikelen of four leden (about 46,000 words), with about 3,500 revisions by three authors: every
    lid one word replaced, 550 of them a second (a replacement is a deletion and an insertion)."""
    from editor.bewerken import Context, bewerk_tekst
    from editor.model.document import Artikel, Lid

    policy = Policy("Groot handboek sociale media")
    policy.artikelen = [Artikel(f"Onderwerp {a}", [Lid(ZIN.format(n=f"{a}.{l}")) for l in range(4)]) for a in range(300)]
    for i, (_, lid) in enumerate(list(policy.leden())):
        for k in range(1 + (i % 24 < 11)):
            woorden = lid.tekst.split(" ")
            woorden[2 + 9 * k] = f"{woorden[2 + 9 * k]}x"
            bewerk_tekst(policy, Context(AUTEURS[(i + k) % 3], bijhouden=True), lid.id, " ".join(woorden))
    return policy


def peer_python_docx(policy: Policy, pad: Path) -> float:
    """The peer: python-docx building a redline of the same size (the same paragraphs, the same number of
    w:ins / w:del runs with author and date) and saving it."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    start = time.perf_counter()
    doc = Document()
    doc.add_heading(policy.titel, 0)
    kop, lijst = doc.styles["Heading 2"], doc.styles["List Paragraph"]      # looked up once, as we do
    n = 0
    for artikel in policy.artikelen:
        doc.add_paragraph(artikel.kop, style=kop)
        for lid in artikel.leden:
            p = doc.add_paragraph(style=lijst)
            for s in policy.revisies.get(lid.id) or []:
                r = p.add_run(s.tekst)
                if s.soort == "equal":
                    continue
                n += 1
                wrapper = OxmlElement("w:ins" if s.soort == "insert" else "w:del")
                for naam, waarde in (("w:id", str(n)), ("w:author", s.auteur or ""), ("w:date", "2026-01-01T00:00:00Z")):
                    wrapper.set(qn(naam), waarde)
                if s.soort == "delete":
                    r._r.find(qn("w:t")).tag = qn("w:delText")
                r._r.addprevious(wrapper)
                wrapper.append(r._r)
    doc.save(str(pad))
    return time.perf_counter() - start


def snelheid() -> tuple[int, int, float, float, float]:
    """Redline export and import of a 300-artikel policy with about 3,500 revisions, and the peer."""
    policy = groot_redline_beleid()
    revisies = sum(1 for seg in policy.revisies.values() for s in seg if s.soort != "equal")
    woorden = sum(len(t.split()) for t in policy.teksten())
    with tempfile.TemporaryDirectory() as map_:
        pad = Path(map_) / "groot.docx"
        start = time.perf_counter()
        schrijf_besluit(policy, pad, revisies=True)
        export = time.perf_counter() - start
        start = time.perf_counter()
        importeer_docx(pad)
        invoer = time.perf_counter() - start
        peer = peer_python_docx(policy, Path(map_) / "peer.docx")
    return woorden, revisies, export, invoer, peer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessies", type=int, default=100)
    parser.add_argument("--stappen", type=int, default=8)
    parser.add_argument("--toon", type=int, default=0, help="print the first N differences of each mismatch")
    parser.add_argument("--zaden", help="only the sessions of these seeds, as 21,46")
    parser.add_argument("--zonder-libreoffice", action="store_true", help="only the checks of our own import")
    args = parser.parse_args()
    start = time.perf_counter()
    zaden = [int(z) for z in args.zaden.split(",")] if args.zaden else args.sessies
    telling = rond(zaden, args.stappen, args.toon, not args.zonder_libreoffice)
    if args.zaden or args.zonder_libreoffice:
        print("  ".join(f"{k} {v}" for k, v in telling.items()))
        return
    print(f"{args.sessies} sessions of {args.stappen} steps on {len(sample_ids())} samples and a 300-artikel policy "
          f"({time.perf_counter() - start:.0f} s)")
    for soort, aantal in telling.items():
        print(f"  mismatches {soort:<12} {aantal:>4} / {args.sessies}")
    woorden, revisies, export, invoer, peer = snelheid()
    print(f"300 artikelen, {woorden} words, {revisies} revisions: redline export {export:.2f} s, import {invoer:.2f} s "
          f"(target <= 1 s each); python-docx builds a redline of that size in {peer:.2f} s "
          f"(export {export / peer:.1f}x, import {invoer / peer:.1f}x)")


if __name__ == "__main__":
    main()
