"""Blocks that disappear into others or are deleted after they were edited (merge_artikel, merge_lid,
delete_artikel, delete_lid) in the Word round trip: the changes made inside them before stay each
author's in the redline and come back on import."""

from __future__ import annotations

from pathlib import Path

from editor.bewerken import Context, bewerk_tekst, nieuw_artikel, verplaats, verwijder, voeg_samen
from editor.formats.docx_export import schrijf_besluit
from editor.formats.docx_import import importeer_docx
from editor.formats.word_revisies import stille_verplaatsingen
from editor.model.document import Artikel, Lid, Policy
from tests.helpers.word_vergelijk import verschillen

ANNA, BERT = Context("Anna", bijhouden=True), Context("Bert", bijhouden=True)


def _code() -> Policy:
    return Policy("Code", artikelen=[Artikel(f"Kop {a}", [Lid(f"Lid {a}.{n} tekst hier.") for n in range(2)])
                                     for a in range(3)])


def _terug(policy: Policy, pad: Path) -> list[str]:
    schrijf_besluit(policy, pad, revisies=True)
    return verschillen(policy, importeer_docx(pad), stille_verplaatsingen(policy))


def test_edits_inside_an_artikel_deleted_later_by_another_author_come_back_as_theirs(tmp_path: Path) -> None:
    policy = _code()
    bewerk_tekst(policy, ANNA, policy.artikelen[1].leden[0].id, "Lid 1.0 andere tekst hier erbij.")
    verwijder(policy, BERT, policy.artikelen[1].id)
    assert _terug(policy, tmp_path / "code.docx") == []


def test_a_deleted_lid_whose_text_starts_with_another_authors_deletion_is_the_deleters(tmp_path: Path) -> None:
    policy = _code()
    lid = policy.artikelen[0].leden[1]
    bewerk_tekst(policy, ANNA, lid.id, "0.1 tekst hier.")      # Anna's deletion stands first in the paragraph
    verwijder(policy, BERT, lid.id)
    assert _terug(policy, tmp_path / "code.docx") == []


def test_an_inserted_artikel_merged_away_by_another_author_comes_back_as_a_merge(tmp_path: Path) -> None:
    policy = _code()
    nieuw_artikel(policy, ANNA, policy.artikelen[0].leden[0].id, "Nieuwe kop", "Nieuw lid.")
    voeg_samen(policy, BERT, policy.artikelen[0].id)
    # the heading, in neither text, is folded into the paragraph before it (word_merken); its anchor is read apart
    assert _terug(policy, tmp_path / "code.docx") == []


def test_a_lid_moved_into_an_artikel_that_is_deleted_later_comes_back_moved_and_deleted(tmp_path: Path) -> None:
    policy = _code()
    verplaats(policy, ANNA, policy.artikelen[0].leden[0].id, policy.artikelen[1].id, 0)
    verwijder(policy, BERT, policy.artikelen[1].id)
    assert _terug(policy, tmp_path / "code.docx") == []
