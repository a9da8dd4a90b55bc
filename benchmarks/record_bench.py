"""The record of changes on a 300-artikel policy with tracking on (issue 11):

- a keystroke in the window, the works council's role (tracking forced): p95 against a bare QPlainTextEdit
  (target <= 16 ms);
- the memory one undo entry keeps: the journal of a structural operation (a tracked deletion, a move, a
  split, a merge, a clause) against the whole-policy snapshot that the old undo stack kept per command,
  measured in the same run with tracemalloc (target <= 50 KB per entry);
- random sessions of 30 operations by three authors on every sample and on the 300-artikel policy, with the
  invariants of tests/bewerken/test_record.py checked, counted (failures must be 0).

Run: .venv/bin/python benchmarks/record_bench.py [--keys N] [--sessions N]. Last line: JSON.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from benchmarks.typing_bench import groot_beleid, groot_venster, p95, toetsen  # noqa: E402
from editor import bewerken  # noqa: E402
from editor.bewerken import Context  # noqa: E402
from editor.formats.text_export import render_text  # noqa: E402
from editor.model.serialize import to_dict  # noqa: E402
from editor.revisions import beslissen  # noqa: E402
from editor.revisions.lijst import alle_wijzigingen  # noqa: E402
from editor.samples import load_sample, sample_ids  # noqa: E402
from tests.helpers.sessies import Kiezer, context, kies_stap, leest_eenduidig, voer_uit  # noqa: E402

TIJD = "2026-11-23T10:00:00+00:00"       # one moment for the tracked and untracked runs: their records compare whole
DELEN = ("titel", "citeertitel", "aanhef", "inleiding", "hoofdstukken", "artikelen", "slotwoord", "toelichting",
         "metadata", "revisies", "blokrevisies", "spoken", "wijzigingsoorten", "opmerkingen", "volgende_wijziging",
         "laatste_versie")


def typen(aantal: int) -> dict:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        venster = groot_venster(tmp)
        venster.review.actie_or.setChecked(True)        # the works council: tracking forced
        ruimte = venster.werkruimte
        ruimte.selecteer(ruimte.policy.artikelen[150].leden[2].id)
        ruimte.editor.setFocus()
        ons = toetsen(ruimte.editor, aantal)
        gevolgd = len(alle_wijzigingen(ruimte.policy))
        kaal_editor = QPlainTextEdit()
        kaal_editor.show()
        kaal = toetsen(kaal_editor, aantal)
        venster.close()
    del app
    return {"keystroke_p95_ms": round(p95(ons), 2), "bare_editor_p95_ms": round(p95(kaal), 2),
            "ratio_vs_bare_editor": round(p95(ons) / p95(kaal), 2), "tracked_changes_after_typing": gevolgd}


def geheugen(functie) -> int:
    """Bytes still allocated after `functie()` ran, kept alive by what it returned."""
    tracemalloc.start()
    begin = tracemalloc.take_snapshot()
    bewaard = functie()
    einde = tracemalloc.take_snapshot()
    tracemalloc.stop()
    grootte = sum(s.size_diff for s in einde.compare_to(begin, "filename"))
    del bewaard
    return grootte


def undo_entries(opwarmen: bool = True) -> dict:
    """Each operation once on a copy first, so that caches the first call fills are not counted."""
    if opwarmen:
        undo_entries(False)
    ctx = Context("B", bijhouden=True, tijd="2026-11-23T10:00:00+00:00")
    policy = groot_beleid(300)
    operaties = {
        "delete_artikel": lambda: bewerken.verwijder(policy, ctx, policy.artikelen[10].id),
        "move_lid": lambda: bewerken.verschuif(policy, ctx, policy.artikelen[20].leden[1].id, 1),
        "split_lid": lambda: bewerken.splits_lid(policy, ctx, policy.artikelen[30].leden[0].id, 30),
        "merge_artikel": lambda: bewerken.voeg_samen(policy, ctx, policy.artikelen[40].id),
        "insert_clause": lambda: bewerken.voeg_clausule_in(policy, ctx, "Crisis", ["Een.", "Twee."], True,
                                                           policy.artikelen[50].id),
    }
    uit = {}
    for naam, operatie in operaties.items():
        journaal = geheugen(operatie)
        snapshot = geheugen(lambda: copy.deepcopy(tuple(getattr(policy, d) for d in DELEN)))
        uit[naam] = {"journal_bytes": journaal, "snapshot_bytes": snapshot}
    return uit


def sessies(aantal: int) -> dict:
    bronnen = {s: load_sample(s) for s in sample_ids()} | {"300 artikelen": groot_beleid(300)}
    for bron in bronnen.values():
        bewerken.herlees(bron, bewerken.Uitkomst(""))
    fouten, herlees_fouten, dubbelzinnig, totaal, start = 0, 0, 0, 0, time.perf_counter()
    for zaad in range(aantal):
        for naam, bron in bronnen.items():
            for modus in ("aan", "or"):
                totaal += 1
                fouten += not _sessie_klopt(bron, zaad, modus)
                if naam != "300 artikelen":
                    uitslag = _revise_klopt(bron, zaad, modus)
                    herlees_fouten += uitslag is False
                    dubbelzinnig += uitslag is None
    return {"sessions": totaal, "failures": fouten, "revise_sessions": totaal - 2 * aantal,
            "revise_failures": herlees_fouten, "revise_ambiguous_text": dubbelzinnig, "seconds": round(time.perf_counter() - start, 1)}


def _revise_klopt(bron, zaad: int, modus: str) -> bool:
    """The readable text after every step, replayed through revise on another copy, gives the same text."""
    from editor.formats.importer import lees_tekst

    kiezer = Kiezer.uit_zaad(zaad + 1000)
    policy, herlezen = copy.deepcopy(bron), copy.deepcopy(bron)
    for _ in range(30):
        stap = kies_stap(policy, kiezer, kiezer.kies(["A", "B", "C"]))
        voer_uit(policy, stap, context(stap, modus, TIJD))
        if not leest_eenduidig(policy):
            return None                 # the plain text's one ambiguity (README): not counted either way
        bewerken.reviseer(herlezen, lees_tekst(render_text(policy)), context(stap, modus, TIJD))
        if render_text(herlezen) != render_text(policy):
            return False
    return True


def _sessie_klopt(bron, zaad: int, modus: str) -> bool:
    kiezer = Kiezer.uit_zaad(zaad)
    start, policy, los = copy.deepcopy(bron), copy.deepcopy(bron), copy.deepcopy(bron)
    uitkomsten = []
    for _ in range(30):
        stap = kies_stap(policy, kiezer, kiezer.kies(["A", "B", "C"]))
        uitkomsten.append(voer_uit(policy, stap, context(stap, modus, TIJD)))
        voer_uit(los, stap, context(stap, "uit", TIJD))
    aanvaard, verworpen = copy.deepcopy(policy), copy.deepcopy(policy)
    beslissen.accepteer(aanvaard, {w.id for w in alle_wijzigingen(aanvaard)})
    beslissen.verwerp(verworpen, {w.id for w in alle_wijzigingen(verworpen)})
    verworpen.metadata, verworpen.citeertitel = start.metadata, start.citeertitel
    for uitkomst in reversed(uitkomsten):
        if uitkomst is not None:
            uitkomst.maak_ongedaan()
    return (render_text(aanvaard) == render_text(los) and render_text(verworpen) == render_text(start)
            and to_dict(policy) == to_dict(start))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keys", type=int, default=400)
    parser.add_argument("--sessions", type=int, default=10)
    args = parser.parse_args()
    resultaat = {"typing": typen(args.keys), "undo_entry": undo_entries(), "sessions": sessies(args.sessions)}
    t = resultaat["typing"]
    print(f"keystroke, 300 artikelen, works council's role (tracked): p95 {t['keystroke_p95_ms']} ms (target <= 16), "
          f"bare QPlainTextEdit {t['bare_editor_p95_ms']} ms, ratio {t['ratio_vs_bare_editor']}")
    for naam, m in resultaat["undo_entry"].items():
        print(f"undo entry {naam}: journal {m['journal_bytes'] / 1024:.1f} KB (target <= 50), whole-policy snapshot "
              f"{m['snapshot_bytes'] / 1024:.0f} KB, ratio {m['snapshot_bytes'] / max(1, m['journal_bytes']):.0f}x")
    s = resultaat["sessions"]
    print(f"random sessions (30 operations, 3 authors, tracking on and the works council's role): {s['sessions']} "
          f"sessions, {s['failures']} failures (accept all, reject all, undo); revise of the readable text after "
          f"every step: {s['revise_sessions']} sessions, {s['revise_failures']} failures, {s['revise_ambiguous_text']} "
          f"stopped at the plain text's one ambiguity; {s['seconds']} s")
    print(json.dumps(resultaat))


if __name__ == "__main__":
    main()
