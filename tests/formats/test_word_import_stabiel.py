"""Our own Word files read back exactly (issue 12, items 3 and 4): a clean export imports to the same
structure and metadata as `show --json` shows (ids aside) for every sample and two questionnaire drafts;
the block ids travel in the file (hidden bookmarks) through LibreOffice's Accept All; a redline's changes
and comments come back with kind, author, date, text, anchor and thread."""

from __future__ import annotations

import copy
import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from editor.bewerken import Context, beantwoord, bewerk_tekst, verwijder, voeg_opmerking_toe, wissel_opgelost
from editor.formats.docx_export import schrijf_besluit
from editor.formats.docx_import import importeer_docx
from editor.formats.policy_json import policy_json
from editor.revisions.beslissen import accepteer
from editor.revisions.lijst import alle_wijzigingen
from editor.samples import load_sample, sample_ids
from editor.wizard import stel_samen, valideer
from tests.conftest import ROOT
from tests.helpers.word_vergelijk import verschillen
from tests.wizard.test_profielen import PROFIELEN
from tests.helpers.libreoffice import heeft_uno

CONCEPTEN = ("winkelketen", "gemeente")


def _zonder_ids(waarde):
    if isinstance(waarde, dict):
        return {k: _zonder_ids(v) for k, v in waarde.items() if k not in ("id", "bron")}
    if isinstance(waarde, list):
        return [_zonder_ids(v) for v in waarde]
    return waarde


def _beleid(naam: str):
    return stel_samen(valideer(PROFIELEN[naam])).policy if naam in CONCEPTEN else load_sample(naam)


@pytest.mark.parametrize("naam", [*sample_ids(), *CONCEPTEN])
def test_clean_export_then_import_gives_the_same_structure_and_metadata(tmp_path: Path, naam: str) -> None:
    policy = _beleid(naam)
    pad = tmp_path / f"{naam}.docx"
    schrijf_besluit(policy, pad)
    terug = importeer_docx(pad)
    assert _zonder_ids(policy_json(terug)) == _zonder_ids(policy_json(policy))
    assert [a.id for a in terug.artikelen] == [a.id for a in policy.artikelen]      # the ids travel too
    tweede = tmp_path / "tweede.docx"           # and a second round changes nothing (the aanhef is not doubled)
    schrijf_besluit(terug, tweede)
    assert _zonder_ids(policy_json(importeer_docx(tweede))) == _zonder_ids(policy_json(policy))


def test_a_redline_reads_back_with_every_change_comment_anchor_and_thread(tmp_path: Path) -> None:
    policy = load_sample("werksaam")
    anna, bert = Context("Anna de Vries", bijhouden=True), Context("Bert Jansen", bijhouden=True)
    lid = policy.artikelen[1].leden[0]
    bewerk_tekst(policy, anna, lid.id, lid.tekst.replace("sociale media", "sociale media en internet", 1))
    verwijder(policy, bert, policy.artikelen[2].leden[1].id)           # a wholly deleted lid: a pending deletion
    tweede, woord = next((l, w) for _, l in list(policy.leden())[4:] for w in l.tekst.split()
                         if len(w) > 5 and l.tekst.count(w) > 1 and "{ref:" not in l.tekst)
    bewerk_tekst(policy, anna, tweede.id, "Voorts: " + tweede.tekst)     # a tracked insertion before the phrase
    begin = tweede.tekst.index(woord, tweede.tekst.index(woord) + 1)    # its second occurrence
    voeg_opmerking_toe(policy, bert, tweede.id, "Welke bedoel je?", woord, begin)
    beantwoord(policy, anna, policy.opmerkingen[-1].id, "De tweede.")
    wissel_opgelost(policy, policy.opmerkingen[-1].id)
    pad = tmp_path / "redline.docx"
    schrijf_besluit(policy, pad, revisies=True)
    assert _tekst_in_bereik(pad) == [woord]              # the export anchors the comment on the phrase itself
    terug = importeer_docx(pad)
    assert verschillen(policy, terug) == []
    opmerking = terug.opmerkingen[-1]
    assert (opmerking.citaat, opmerking.begin, opmerking.opgelost) == (woord, begin, True)
    assert [(a.auteur, a.tekst) for a in opmerking.antwoorden] == [("Anna de Vries", "De tweede.")]
    weg = [s for s in terug.spoken if s.soort == "verwijderd"]
    assert [s.blok_id for s in weg] == [policy.spoken[0].blok_id]
    assert {w.soort for w in alle_wijzigingen(terug)} == {w.soort for w in alle_wijzigingen(policy)}


def _tekst_in_bereik(pad: Path) -> list[str]:
    """The text between each comment's range start and end in document.xml."""
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(pad) as z:
        wortel = etree.fromstring(z.read("word/document.xml"))
    uit: list[str] = []
    for start in wortel.iter(f"{w}commentRangeStart"):
        nummer, stukken, binnen = start.get(f"{w}id"), [], False
        for e in wortel.iter():
            if e is start:
                binnen = True
            elif e.tag == f"{w}commentRangeEnd" and e.get(f"{w}id") == nummer:
                break
            elif binnen and e.tag == f"{w}t":
                stukken.append(e.text or "")
        uit.append("".join(stukken))
    return sorted(set(uit))


@pytest.mark.skipif(not heeft_uno(), reason="python3-uno and LibreOffice are installed by .ci/run")
def test_the_block_ids_survive_libreoffice_accept_all(tmp_path: Path) -> None:
    policy = load_sample("policy-bv")
    ctx = Context("Anna de Vries", bijhouden=True)
    verwijder(policy, ctx, policy.artikelen[0].leden[1].id)
    lid = policy.artikelen[1].leden[0]
    bewerk_tekst(policy, ctx, lid.id, "Nieuw begin. " + lid.tekst)
    pad, geaccepteerd = tmp_path / "redline.docx", tmp_path / "lo-acc.docx"
    schrijf_besluit(policy, pad, revisies=True)
    taak = [{"in": str(pad), "accepteer": str(geaccepteerd)}]
    uit = subprocess.run(["/usr/bin/python3", str(ROOT / "tools" / "lo_uno.py")], input=json.dumps(taak),
                         capture_output=True, text=True, timeout=180)
    assert uit.returncode == 0 and json.loads(uit.stdout)[0]["fout"] is None
    verwacht = copy.deepcopy(policy)
    accepteer(verwacht, {w.id for w in alle_wijzigingen(verwacht)})
    terug = importeer_docx(geaccepteerd)
    assert [(l.id, l.tekst) for _, l in terug.leden()] == [(l.id, l.tekst) for _, l in verwacht.leden()]
    assert not terug.revisies and not terug.spoken
