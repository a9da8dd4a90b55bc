"""Redlines made by another program: the Docxodus compare engine (python-redlines, a .NET OOXML compare
engine from the test extras) redlines two of our clean exports, and we import its file.

Each pair is a policy before and after a random session of text and structure edits with tracking off
(the steps of tests/helpers/sessies.py, on every sample in turn), plus one made by hand on WerkSaam: a
word edited in the lid that holds a cross-reference, a deleted lid, an inserted lid. Both states are
exported clean (schrijf_besluit without revisions); the engine redlines them. Printed, as mismatch counts
over the pairs:
  accept      our import of the engine's file, all changes accepted, differs from the second text
  reject      ... all changes rejected, differs from the first text
  lo-accept   LibreOffice's Accept All on the engine's file (tools/lo_uno.py), imported, differs from the second
  lo-reject   LibreOffice's Reject All, imported, differs from the first
  lo-seen-accept / lo-seen-reject   the same without our import: the paragraphs LibreOffice shows after its
              Accept All (list label and text) differ from those it shows of the second clean export (Reject
              All: the first); these are the engine's and LibreOffice's share
  authors     an imported change has another author than the engine's
  import      the import failed with an error
("the first/second text" is render_text of our import of the clean export, numbering included.)
Then the changes: the engine's own count, LibreOffice's count of its tracked changes, and the changes our
import lists (informative: the three count at different grains), and the time per redline; the same on a
300-artikel policy (the engine's time and our import's).

Last, a review recorded in LibreOffice through UNO (tools/lo_review.py) on WerkSaam's clean export: Anna
de Vries edits a word in the lid with the cross-reference, deletes a whole lid and types a new one; Bert
Jansen moves a lid, edits a word inside a hyperlink and comments on a phrase, and Anna replies. Printed:
what is missing from our import (each change's kind and author, each comment on its phrase, the thread),
and the Accept All / Reject All mismatches of our import and of LibreOffice itself against the same edits
made with our own operations.

    .venv/bin/python benchmarks/vreemde_redlines.py [--paren 30] [--stappen 6] [--toon 3] [--zonder-lo]
                                                   [--bewaar DIR]
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.word_roundtrip import libreoffice, tekst, verschil  # noqa: E402
from editor import bewerken  # noqa: E402
from editor.bewerken import Context  # noqa: E402
from editor.formats.docx_export import schrijf_besluit  # noqa: E402
from editor.formats.docx_import import importeer_docx  # noqa: E402
from editor.formats.slotbepalingen import lees_uit_tekst  # noqa: E402
from editor.formats.text_export import render_text  # noqa: E402
from editor.model.document import Policy  # noqa: E402
from editor.revisions.beslissen import accepteer, verwerp  # noqa: E402
from editor.revisions.lijst import alle_wijzigingen  # noqa: E402
from editor.samples import load_sample, sample_ids  # noqa: E402
from tests.helpers.sessies import GEWICHTEN, STRUCTUREEL, Kiezer, _maak, context, voer_uit  # noqa: E402

AUTEUR = "Docxodus"
SOORTEN = ("accept", "reject", "lo-accept", "lo-reject", "lo-seen-accept", "lo-seen-reject", "authors", "import")
LO_REVIEW = Path(__file__).resolve().parent.parent / "tools" / "lo_review.py"
ANNA, BERT = "Anna de Vries", "Bert Jansen"
NIEUW_LID = "Een medewerker die twijfelt, vraagt het team communicatie om advies."
LINK = "goedkeuring van de communicatieadviseur"
REVIEW = [
    {"auteur": BERT, "doe": "koppeling", "zoek": "de communicatieadviseur", "binnen": LINK,
     "url": "https://werksaam.nl/communicatie"},
    {"auteur": ANNA, "doe": "vervang", "zoek": "persoonlijke titel", "door": "eigen titel"},
    {"auteur": ANNA, "doe": "verwijder_alinea", "zoek": "WerkSaam ondersteunt het belang"},
    {"auteur": ANNA, "doe": "nieuwe_alinea", "na": "expertise te blijven", "tekst": NIEUW_LID},
    {"auteur": BERT, "doe": "verplaats_alinea", "zoek": "Elke medewerker respecteert",
     "voor": "zich niet aan deze code"},
    {"auteur": BERT, "doe": "vervang", "zoek": "communicatieadviseur", "binnen": LINK, "door": "afdeling communicatie"},
    {"auteur": BERT, "doe": "opmerking", "zoek": "kernwaarden", "tekst": "Welke kernwaarden bedoelen we?"},
    {"auteur": ANNA, "doe": "opmerking", "zoek": "kernwaarden", "tekst": "Die van het jaarplan."},
]
VERWACHT = {("insert", ANNA), ("delete", ANNA), ("delete_lid", ANNA), ("insert_lid", ANNA), ("move", BERT),
            ("insert", BERT), ("delete", BERT)}


def engine_redline(voor: Path, na: Path, doel: Path) -> int:
    """The engine's redline of two .docx files into `doel`; returns the number of revisions it reports."""
    from python_redlines import DocxodusEngine

    data, uitvoer, _ = DocxodusEngine().run_redline(AUTEUR, original=voor, modified=na)
    doel.write_bytes(data)
    gevonden = re.search(r"(\d+) revision", uitvoer or "")
    return int(gevonden.group(1)) if gevonden else -1


def schoon(policy: Policy) -> Policy:
    """The policy without comments, with the fields its text states read from it (as every operation does
    afterwards, so a sample and its edited copy differ only by the session)."""
    policy = copy.deepcopy(policy)
    policy.opmerkingen = []
    lees_uit_tekst(policy)
    return policy


def hand_paar() -> tuple[Policy, Policy]:
    """WerkSaam, and WerkSaam with a word edited in the lid holding the cross-reference (artikel 4, lid 4),
    lid 1 of artikel 2 deleted and a lid inserted after lid 2 of artikel 6."""
    voor = schoon(load_sample("werksaam"))
    na = copy.deepcopy(voor)
    ctx = Context("Jurist", bijhouden=False)
    lid = na.artikelen[3].leden[3]
    assert "{ref:" in lid.tekst and "persoonlijke titel" in lid.tekst
    bewerken.bewerk_tekst(na, ctx, lid.id, lid.tekst.replace("persoonlijke titel", "eigen titel"))
    bewerken.verwijder(na, ctx, na.artikelen[1].leden[0].id)
    bewerken.nieuw_lid(na, ctx, na.artikelen[5].leden[1].id,
                       "Een medewerker die twijfelt, vraagt het team communicatie om advies voordat hij publiceert.")
    return voor, na


def bewerk(policy: Policy, kiezer: Kiezer, stappen: int) -> None:
    """A random session of text and structure edits (the session generator's steps and weights, without
    the steps that change no text: versions, consent, comments, metadata)."""
    soorten = [s for s, g in GEWICHTEN.items() if s in STRUCTUREEL | {"tekst"} for _ in range(g)]
    for _ in range(stappen):
        stap = next((s for s in (_maak(kiezer.kies(soorten), policy, kiezer, "A") for _ in range(20)) if s), None)
        if stap is not None:
            voer_uit(policy, stap, context(stap, "uit"))


def willekeurig_paar(policy: Policy, zaad: int, stappen: int) -> tuple[Policy, Policy]:
    voor = schoon(policy)
    na = copy.deepcopy(voor)
    bewerk(na, Kiezer.uit_zaad(zaad), stappen)
    return voor, schoon(na)


@dataclass
class Paar:
    """Two clean exports, the engine's redline of them, and what importing it gives."""

    naam: str
    voor: Policy
    na: Policy
    map_: Path
    engine: int = 0
    seconden: float = 0.0
    gevonden: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        stam = self.map_ / re.sub(r"\W", "_", self.naam)
        self.pad_voor, self.pad_na = Path(f"{stam}-voor.docx"), Path(f"{stam}-na.docx")
        self.redline, self.lo_acc, self.lo_rej = (Path(f"{stam}-{d}.docx") for d in ("redline", "lo-acc", "lo-rej"))
        schrijf_besluit(self.voor, self.pad_voor)
        schrijf_besluit(self.na, self.pad_na)
        self.eerste, self.tweede = tekst(self.pad_voor), tekst(self.pad_na)
        start = time.perf_counter()
        self.engine = engine_redline(self.pad_voor, self.pad_na, self.redline)
        self.seconden = time.perf_counter() - start

    def taak(self) -> dict:
        return {"in": str(self.redline), "accepteer": str(self.lo_acc), "verwerp": str(self.lo_rej),
                "alineas": [str(self.pad_voor), str(self.pad_na)]}

    def toets(self, lo: dict | None) -> dict[str, list[str]]:
        """The mismatches of this pair by kind (empty lists: none); also sets self.wijzigingen and self.lo."""
        uit = {k: [] for k in SOORTEN}
        self.wijzigingen, self.lo = -1, -1
        try:
            terug = importeer_docx(self.redline)
        except Exception as fout:       # the harness reports every failure and goes on
            uit["import"] = [f"{type(fout).__name__}: {fout}"]
            return uit
        lijst = alle_wijzigingen(terug)
        self.wijzigingen = len(lijst)
        uit["authors"] = sorted({f"author {w.auteur!r}" for w in lijst if w.auteur != AUTEUR})
        uit["accept"] = _beslist(terug, accepteer, self.tweede)
        uit["reject"] = _beslist(terug, verwerp, self.eerste)
        if lo is not None:
            if lo.get("fout"):
                uit["lo-accept"] = uit["lo-reject"] = [f"LibreOffice: {lo['fout']}"]
                return uit
            self.lo = sum(1 for w in lo["wijzigingen"] if w[0] in ("Insert", "Delete"))
            uit["lo-accept"] = _verschil_van(self.tweede, self.lo_acc)
            uit["lo-reject"] = _verschil_van(self.eerste, self.lo_rej)
            gezien = lo.get("alineas") or {}
            if gezien.get("accepteer") is not None:
                uit["lo-seen-accept"] = verschil(_getoond(gezien.get(str(self.pad_na))), _getoond(gezien["accepteer"]))
                uit["lo-seen-reject"] = verschil(_getoond(gezien.get(str(self.pad_voor))), _getoond(gezien["verwerp"]))
        return uit


def _beslist(policy: Policy, beslis, verwacht: list[str]) -> list[str]:
    """The diff of the policy with all its changes accepted or rejected against the expected text (an error
    on the way is a mismatch too)."""
    kopie = copy.deepcopy(policy)
    try:
        beslis(kopie, {w.id for w in alle_wijzigingen(kopie)})
        return verschil(verwacht, render_text(kopie).splitlines())
    except Exception as fout:       # the harness reports every failure and goes on
        return [f"{beslis.__name__} or render_text failed: {type(fout).__name__}: {fout}"]


def _getoond(alineas: list | None) -> list[str]:
    """LibreOffice's paragraphs as a reader sees them: list label and text, empty ones left out."""
    return [f"{label} {tekst}".strip() for _, label, tekst in alineas or [] if f"{label}{tekst}".strip()]


def _alleen_nummers(regels: list[str]) -> bool:
    """Whether a diff of shown paragraphs differs only in list labels ("3." for "1.", "Artikel 4." for none)."""
    kaal = re.compile(r"^(?:Artikel \d+\.|\d+\.|[a-z]\.|\d+°)\s*")
    weg = sorted(kaal.sub("", r[1:]) for r in regels if r.startswith("-"))
    bij = sorted(kaal.sub("", r[1:]) for r in regels if r.startswith("+"))
    return weg == bij


def _verschil_van(verwacht: list[str], pad: Path) -> list[str]:
    try:
        return verschil(verwacht, tekst(pad))
    except Exception as fout:
        return [f"import of LibreOffice's file: {type(fout).__name__}: {fout}"]


def paren(aantal: int, stappen: int, map_: Path) -> list[Paar]:
    """The hand-made pair first, then `aantal - 1` random sessions over all samples in turn."""
    bronnen = [(s, load_sample(s)) for s in sample_ids()]
    uit = [Paar("hand:werksaam", *hand_paar(), map_)]
    for zaad in range(aantal - 1):
        naam, policy = bronnen[zaad % len(bronnen)]
        uit.append(Paar(f"{naam}#{zaad}", *willekeurig_paar(policy, zaad, stappen), map_))
    return uit


def rond(aantal: int, stappen: int, met_lo: bool = True, toon: int = 0,
         bewaar: Path | None = None) -> tuple[dict[str, int], list[Paar]]:
    """Run the harness; returns the number of pairs with a mismatch per kind, and the pairs. With `bewaar`,
    the files stay in that folder."""
    with tempfile.TemporaryDirectory() as tijdelijk:
        map_ = Path(bewaar or tijdelijk)
        map_.mkdir(parents=True, exist_ok=True)
        lijst = paren(aantal, stappen, map_)
        lo = libreoffice([p.taak() for p in lijst]) if met_lo else [None] * len(lijst)
        telling: Counter[str] = Counter()
        for paar, uitkomst in zip(lijst, lo):
            paar.gevonden = paar.toets(uitkomst)
            for soort, fouten in paar.gevonden.items():
                telling[soort] += bool(fouten)
                if fouten and toon:
                    print(f"  {paar.naam} {soort}: " + " | ".join(fouten[:toon])[:400])
    return {k: telling.get(k, 0) for k in SOORTEN}, lijst


def zelfde_review(policy: Policy) -> None:
    """The review's edits made with our own operations (tracking off): what Accept All must give."""
    ctx = Context("Jurist", bijhouden=False)
    lid = policy.artikelen[3].leden[3]
    bewerken.bewerk_tekst(policy, ctx, lid.id, lid.tekst.replace("persoonlijke titel", "eigen titel"))
    bewerken.verwijder(policy, ctx, policy.artikelen[1].leden[0].id)
    bewerken.nieuw_lid(policy, ctx, policy.artikelen[3].leden[6].id, NIEUW_LID)
    bewerken.verschuif(policy, ctx, policy.artikelen[2].leden[3].id, 1)
    lid = policy.artikelen[2].leden[0]
    bewerken.bewerk_tekst(policy, ctx, lid.id, lid.tekst.replace(LINK, "goedkeuring van de afdeling communicatie"))


def lo_review(map_: Path) -> dict:
    """WerkSaam's clean export reviewed in LibreOffice (map_/review.docx), beside the clean exports of the
    text before (schoon.docx) and after the same edits (bewerkt.docx); returns lo_review.py's result."""
    import json
    import subprocess

    origineel = schoon(load_sample("werksaam"))
    bewerkt = copy.deepcopy(origineel)
    zelfde_review(bewerkt)
    schrijf_besluit(origineel, map_ / "schoon.docx")
    schrijf_besluit(bewerkt, map_ / "bewerkt.docx")
    taak = {"in": str(map_ / "schoon.docx"), "uit": str(map_ / "review.docx"), "stappen": REVIEW}
    uit = subprocess.run(["/usr/bin/python3", str(LO_REVIEW)], input=json.dumps(taak), capture_output=True, text=True,
                         timeout=180)
    if uit.returncode != 0 or not uit.stdout.strip():
        raise RuntimeError(uit.stderr.strip().splitlines()[-1] if uit.stderr.strip() else "lo_review.py failed")
    return json.loads(uit.stdout)


def toets_review(map_: Path, lo_uno: dict | None = None) -> dict[str, list[str]]:
    """What our import of map_/review.docx misses, by kind (empty lists: nothing)."""
    terug = importeer_docx(map_ / "review.docx")
    lijst = alle_wijzigingen(terug)
    gevonden = {(w.soort, w.auteur) for w in lijst}
    alle = sorted([(o.auteur, o.tekst) for o in terug.opmerkingen] +
                  [(a.auteur, a.tekst) for o in terug.opmerkingen for a in o.antwoorden])
    draden = [(o.auteur, o.tekst, tuple((a.auteur, a.tekst) for a in o.antwoorden)) for o in terug.opmerkingen]
    aan, af = copy.deepcopy(terug), copy.deepcopy(terug)
    accepteer(aan, {w.id for w in lijst})
    verwerp(af, {w.id for w in lijst})
    uit = {
        "changes": [f"{s} by {a}" for s, a in sorted(VERWACHT - gevonden)],
        "comments": [f"{o.auteur}: {o.tekst!r} on {o.citaat!r}" for o in terug.opmerkingen if o.citaat != "kernwaarden"]
        + ([] if alle == [(ANNA, "Die van het jaarplan."), (BERT, "Welke kernwaarden bedoelen we?")] else [str(alle)]),
        "thread": [] if draden == [(BERT, "Welke kernwaarden bedoelen we?", ((ANNA, "Die van het jaarplan."),))]
        else [str(draden)],
        "accept": verschil(tekst(map_ / "bewerkt.docx"), render_text(aan).splitlines()),
        "reject": verschil(tekst(map_ / "schoon.docx"), render_text(af).splitlines()),
    }
    if lo_uno is not None:
        uit["lo-accept"] = _verschil_van(tekst(map_ / "bewerkt.docx"), map_ / "lo-acc.docx")
        uit["lo-reject"] = _verschil_van(tekst(map_ / "schoon.docx"), map_ / "lo-rej.docx")
    return uit


def review_figuren(toon: int) -> None:
    with tempfile.TemporaryDirectory() as map_:
        map_ = Path(map_)
        lo = lo_review(map_)
        if lo.get("fout"):
            print(f"LibreOffice review: {lo['fout']}")
            return
        [uno] = libreoffice([{"in": str(map_ / "review.docx"), "accepteer": str(map_ / "lo-acc.docx"),
                              "verwerp": str(map_ / "lo-rej.docx")}])
        auteurs = Counter(f"{w[0]} {w[1]}" for w in lo["wijzigingen"])
        terug = alle_wijzigingen(importeer_docx(map_ / "review.docx"))
        print(f"LibreOffice review (2 authors): LibreOffice records {len(lo['wijzigingen'])} changes and "
              f"{len(lo['opmerkingen'])} comments, we import {len(terug)} changes")
        print(f"  LibreOffice: {', '.join(f'{n}x {k}' for k, n in sorted(auteurs.items()))}")
        print(f"  imported:    {', '.join(sorted(f'{w.soort} {w.auteur}' for w in terug))}")
        for soort, fouten in toets_review(map_, uno).items():
            uitslag = "ok" if not fouten else "MISMATCH: " + " | ".join(fouten[:max(toon, 2)])[:300]
            print(f"  review {soort:<10} {uitslag}")


def groot_figuren(stappen: int) -> None:
    """The engine and our import on a 300-artikel policy before and after a random session."""
    from benchmarks.typing_bench import groot_beleid

    with tempfile.TemporaryDirectory() as map_:
        paar = Paar("groot-300", *willekeurig_paar(groot_beleid(300), 7, stappen * 5), Path(map_))
        start = time.perf_counter()
        terug = importeer_docx(paar.redline)
        invoer = time.perf_counter() - start
        gevonden = paar.toets(None)
        woorden = sum(len(r.split()) for r in paar.tweede)
    print(f"300 artikelen ({woorden} words), {stappen * 5} random edits: engine {paar.seconden:.1f} s "
          f"({paar.engine} revisions), our import {invoer:.2f} s ({len(alle_wijzigingen(terug))} changes);")
    print(f"  accept {'MISMATCH' if gevonden['accept'] else 'ok'} ({len(gevonden['accept'])} lines), "
          f"reject {'MISMATCH' if gevonden['reject'] else 'ok'} ({len(gevonden['reject'])} lines)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paren", type=int, default=30)
    parser.add_argument("--stappen", type=int, default=6)
    parser.add_argument("--toon", type=int, default=0, help="print the first N differences of each mismatch")
    parser.add_argument("--zonder-lo", action="store_true", help="leave LibreOffice out")
    parser.add_argument("--bewaar", type=Path, help="keep the files in this folder")
    args = parser.parse_args()
    start = time.perf_counter()
    telling, lijst = rond(args.paren, args.stappen, not args.zonder_lo, args.toon, args.bewaar)
    print(f"{args.paren} pairs (1 by hand, {args.paren - 1} random sessions of {args.stappen} steps on "
          f"{len(sample_ids())} samples), redlined by Docxodus ({time.perf_counter() - start:.0f} s)")
    for soort, aantal in telling.items():
        print(f"  mismatches {soort:<10} {aantal:>4} / {len(lijst)}")
    if not args.zonder_lo:
        for soort in ("accept", "reject"):
            alleen = sum(1 for p in lijst if p.gevonden.get(soort) and not p.gevonden.get(f"lo-seen-{soort}"))
            nummers = sum(1 for p in lijst if p.gevonden.get(f"lo-seen-{soort}")
                          and _alleen_nummers(p.gevonden[f"lo-seen-{soort}"]))
            print(f"  {soort} mismatches the import's alone (LibreOffice shows its {soort.title()} All right): "
                  f"{alleen} / {telling[soort]}")
            print(f"  lo-seen-{soort} mismatches in list labels only: {nummers} / {telling[f'lo-seen-{soort}']}")
    print(f"  changes: engine {sum(p.engine for p in lijst)}, LibreOffice {sum(max(p.lo, 0) for p in lijst)}, "
          f"imported {sum(max(p.wijzigingen, 0) for p in lijst)}; "
          f"pairs where LibreOffice counts changes and we import none: "
          f"{sum(1 for p in lijst if p.lo > 0 and p.wijzigingen == 0)}")
    tijden = sorted(p.seconden for p in lijst)
    print(f"  engine: {tijden[len(tijden) // 2]:.2f} s median, {tijden[-1]:.2f} s max per redline")
    groot_figuren(args.stappen)
    if not args.zonder_lo:
        review_figuren(args.toon)


if __name__ == "__main__":
    main()
