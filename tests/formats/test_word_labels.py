"""A block whose deletion is pending keeps its own label through our redline: Reject All of the import
brings the lid back as the source wrote it ("-", not "1.")."""

from __future__ import annotations

import copy

from editor import bewerken
from editor.formats.docx_export import schrijf_besluit
from editor.formats.docx_import import importeer_docx
from editor.formats.text_export import render_text
from editor.revisions import beslissen
from editor.revisions.lijst import alle_wijzigingen
from editor.samples import load_sample


def _verworpen(policy) -> str:
    kopie = copy.deepcopy(policy)
    beslissen.verwerp(kopie, {w.id for w in alle_wijzigingen(kopie)})
    return render_text(kopie)


def test_a_deleted_lid_comes_back_with_its_own_label(tmp_path) -> None:
    policy = load_sample("arag-richtlijnen")
    bewerken.herlees(policy, bewerken.Uitkomst(""))
    artikel = policy.artikelen[0]
    assert artikel.leden[0].label == "-"
    ctx = bewerken.Context("Anna de Vries", bijhouden=True)
    bewerken.verwijder(policy, ctx, artikel.leden[0].id)
    pad = tmp_path / "redline.docx"
    schrijf_besluit(policy, pad, revisies=True)
    terug = importeer_docx(pad)
    origineel = _verworpen(policy)
    assert "\n- De werknemer deelt online geen vertrouwelijke informatie" in origineel
    assert _verworpen(terug) == origineel
