"""One door for documents (issue 15): one table of suffixes for reading and for exporting."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.errors import BestandFout
from editor.formats import soorten
from editor.formats.soorten import ExportOpties, exporteer, lees_document
from editor.samples import load_sample


def test_every_readable_kind_reads_and_an_unknown_one_is_refused_in_one_line(tmp_path: Path) -> None:
    policy = load_sample("werksaam")
    for naam in ("w.docx", "w.txt", "w.md"):
        exporteer(policy, tmp_path / naam)
        terug = lees_document(tmp_path / naam)
        assert terug.titel == policy.titel and len(terug.artikelen) == len(policy.artikelen)
    (tmp_path / "w.odt").write_bytes(b"x")
    with pytest.raises(BestandFout, match=r"\.docx"):
        lees_document(tmp_path / "w.odt")
    with pytest.raises(BestandFout, match=r"\.docx"):
        exporteer(policy, tmp_path / "w.odt")
    assert all(s in soorten.open_filters() for s in ("*.beleid", "*.docx", "*.txt", "*.md"))


def test_an_interrupted_export_leaves_the_old_file_whole(tmp_path: Path, monkeypatch) -> None:
    doel = tmp_path / "besluit.docx"
    exporteer(load_sample("werksaam"), doel)
    oud = doel.read_bytes()

    def breekt_af(self, pad):          # python-docx writes part of the file, then the disk is full
        Path(pad).write_bytes(b"PK\x03\x04 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("docx.document.Document.save", breekt_af)
    with pytest.raises(Exception):
        exporteer(load_sample("policy-bv"), doel, ExportOpties())
    assert doel.read_bytes() == oud
    assert sorted(p.name for p in tmp_path.iterdir()) == ["besluit.docx"]
