"""The command line as a user runs it: real processes, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS


def run(*args: str, taal: str = "nl", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, BELEIDSSTUDIO_LANG=taal)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=60)


def assert_one_line_error(result: subprocess.CompletedProcess[str], woord: str) -> None:
    assert result.returncode == 2
    assert result.stdout == ""
    regels = result.stderr.strip().splitlines()
    assert len(regels) == 1, result.stderr
    assert woord in regels[0] and "Traceback" not in result.stderr


def test_samples_one_line_each() -> None:
    result = run("samples")
    assert result.returncode == 0
    regels = [r.split("\t") for r in result.stdout.strip().splitlines()]
    per_id = {r[0]: r for r in regels}
    assert len(regels) == 6 and all(len(r) == 4 for r in regels)
    assert per_id["werksaam"][1] == "Sociale media code WerkSaam Westfriesland"
    assert per_id["werksaam"][3] == "8" and per_id["policy-bv"][3] == "3"
    assert "ARAG" in per_id["arag-richtlijnen"][2] and "niet het sjabloon zelf" in per_id["arag-richtlijnen"][2]


def test_show_json_shape() -> None:
    data = json.loads(run("show", "werksaam", "--json").stdout)
    assert set(data) >= {"id", "titel", "citeertitel", "aanhef", "artikelen", "metadata"}
    assert set(data["aanhef"]) == {"orgaan", "gezien", "gelet_op", "overwegingen", "beslispunten"}
    artikel4 = data["artikelen"][3]
    assert (artikel4["nummer"], artikel4["kop"], len(artikel4["leden"])) == (4, "Sociale media op de werkvloer", 9)
    assert set(artikel4["leden"][0]) == {"id", "nummer", "tekst", "onderdelen"}
    assert data["artikelen"][0]["leden"][0]["nummer"] is None
    meta = data["metadata"]
    assert meta["or_instemming"]["status"] == "verleend" and meta["or_instemming"]["datum"] == "2015-04-28"
    assert meta["vaststelling"]["datum"] == "2017-04-13"
    assert meta["inwerkingtreding"] == {"regel": "dag_na_bekendmaking", "datum": None, "terugwerkend_tot": "2015-01-01"}
    assert meta["intrekking"] == [{"titel": "Sociale media code van Op/maat", "datum": "2014-07"}]
    assert meta["ondertekening"][1] == {"functie": "directeur", "naam": "M.J. Dölle", "datum": None}
    assert meta["bekendmaking"] == {"datum": None}


def test_show_text_reimports_from_a_file(tmp_path: Path) -> None:
    tekst = run("show", "policy-bv").stdout
    assert tekst.startswith("Voorbeeld gedragscode sociale media\n")
    assert "Artikel 2. Sociale media op de werkvloer" in tekst
    (tmp_path / "bv.txt").write_text(tekst, encoding="utf-8")
    origineel = json.loads(run("show", "policy-bv", "--json").stdout)
    terug = json.loads(run("show", str(tmp_path / "bv.txt"), "--json").stdout)
    assert [len(a["leden"]) for a in terug["artikelen"]] == [4, 10, 3]
    assert terug["metadata"] == origineel["metadata"]


def test_new_and_import_then_show(tmp_path: Path) -> None:
    nieuw = tmp_path / "w.beleid"
    assert run("new", "--sample", "werksaam", "-o", str(nieuw)).returncode == 0
    assert json.loads(run("show", str(nieuw), "--json").stdout)["citeertitel"] == "Sociale media code WerkSaam Westfriesland"
    bron = tmp_path / "concept.md"
    bron.write_text("# Concept\n\n## Privé\n\n- Eén regel.\n- Tweede regel.\n", encoding="utf-8")
    assert run("import", str(bron), "-o", str(tmp_path / "c.beleid")).returncode == 0
    data = json.loads(run("show", str(tmp_path / "c.beleid"), "--json").stdout)
    assert [l["tekst"] for l in data["artikelen"][0]["leden"]] == ["Eén regel.", "Tweede regel."]


@pytest.mark.skipif(not SEEDS.exists(), reason="shared/seeds is not beside this checkout")
def test_import_a_raw_seed(tmp_path: Path) -> None:
    doel = tmp_path / "bv.beleid"
    assert run("import", str(SEEDS / "000_3994c517bb49c556.txt"), "-o", str(doel)).returncode == 0
    data = json.loads(run("show", str(doel), "--json").stdout)
    assert [len(a["leden"]) for a in data["artikelen"]] == [4, 10, 3]


def test_unknown_sample() -> None:
    assert_one_line_error(run("show", "geen-voorbeeld"), "geen-voorbeeld")
    assert_one_line_error(run("new", "--sample", "xyz", "-o", "/tmp/nooit.beleid"), "xyz")


def test_missing_file(tmp_path: Path) -> None:
    assert_one_line_error(run("show", "/nergens/beleid.beleid"), "niet gevonden")
    assert_one_line_error(run("import", "/nergens/a.txt", "-o", str(tmp_path / "x.beleid")), "niet gevonden")


def test_foreign_file_is_refused_and_untouched(tmp_path: Path) -> None:
    vreemd = tmp_path / "vreemd.beleid"
    vreemd.write_bytes(b"PK\x03\x04 een zip, geen project" * 20)
    assert_one_line_error(run("show", str(vreemd)), "geen Beleidsstudio-project")
    # --force never overwrites something that is not a project
    assert_one_line_error(run("new", "--sample", "werksaam", "-o", str(vreemd), "--force"), "geen Beleidsstudio-project")
    assert vreemd.read_bytes() == b"PK\x03\x04 een zip, geen project" * 20


def test_existing_output_is_not_overwritten(tmp_path: Path) -> None:
    doel = tmp_path / "a.beleid"
    assert run("new", "--sample", "policy-bv", "-o", str(doel)).returncode == 0
    voor = doel.read_bytes()
    assert_one_line_error(run("new", "--sample", "werksaam", "-o", str(doel)), "bestaat al")
    assert doel.read_bytes() == voor
    assert run("new", "--sample", "werksaam", "-o", str(doel), "--force").returncode == 0
    assert json.loads(run("show", str(doel), "--json").stdout)["titel"].startswith("Sociale media code")


def test_binary_and_wrong_kind_of_input(tmp_path: Path) -> None:
    binair = tmp_path / "plaatje.txt"
    binair.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert_one_line_error(run("import", str(binair), "-o", str(tmp_path / "p.beleid")), "geen tekstbestand")
    assert not (tmp_path / "p.beleid").exists()
    tekst = tmp_path / "goed.txt"
    tekst.write_text("Titel\n\nArtikel 1. Kop\n\nTekst.\n", encoding="utf-8")
    assert_one_line_error(run("import", str(tekst), "-o", str(tmp_path / "p.docx")), ".beleid")
    assert not (tmp_path / "p.docx").exists()


def test_usage_error_is_one_line() -> None:
    assert_one_line_error(run("bogus"), "bogus")
    assert_one_line_error(run("new", "--sample", "werksaam"), "-o")


def test_messages_follow_the_command_lines_language(tmp_path: Path) -> None:
    result = run("show", str(tmp_path / "weg.beleid"), taal="en")
    assert_one_line_error(result, "File not found")


def test_window_without_display_says_so_in_one_line() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["BELEIDSSTUDIO_LANG"] = "nl"
    result = subprocess.run([sys.executable, str(ROOT / "main.py")], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "Geen beeldscherm" in result.stderr


def test_compare_text_and_json() -> None:
    tekst = run("compare", "policy-bv", "werksaam").stdout
    assert "gewijzigd: artikel 2, lid 2 | artikel 4, lid 2" in tekst
    assert "[-werknemer-]{+medewerkers+}" in tekst
    data = json.loads(run("compare", "policy-bv", "werksaam", "--json").stdout)
    rij = next(r for r in data["rows"] if r["left"] and r["left"]["ref"] == "artikel 3, lid 3")
    assert (rij["kind"], rij["right"]["artikel"], rij["right"]["lid"]) == ("changed", 5, 3)


def test_compare_reports(tmp_path: Path) -> None:
    from docx import Document

    html_pad, docx_pad = tmp_path / "r.html", tmp_path / "r.docx"
    assert run("compare", "policy-bv", "werksaam", "-o", str(html_pad)).returncode == 0
    html = html_pad.read_text(encoding="utf-8")
    assert "<del>werknemer</del>" in html and "<ins>medewerkers</ins>" in html
    assert run("compare", "policy-bv", "werksaam", "-o", str(docx_pad)).returncode == 0
    tabel = Document(str(docx_pad)).tables[0]
    doorgestreept = [r.text for rij in tabel.rows for cel in rij.cells for p in cel.paragraphs for r in p.runs if r.font.strike]
    onderstreept = [r.text for rij in tabel.rows for cel in rij.cells for p in cel.paragraphs for r in p.runs if r.font.underline]
    assert "werknemer" in doorgestreept and "medewerkers" in onderstreept
    assert_one_line_error(run("compare", "policy-bv", "werksaam", "-o", str(html_pad)), "bestaat al")
    assert_one_line_error(run("compare", "policy-bv", "werksaam", "-o", str(tmp_path / "r.pdf")), ".docx")


def test_coverage_command() -> None:
    data = json.loads(run("coverage", "policy-bv", "werksaam", "ai-deepseek-chat", "--json").stdout)
    assert data["documents"] == ["policy-bv", "werksaam", "ai-deepseek-chat"]
    assert data["cells"]["auteursrecht"]["werksaam"] == ["artikel 3, lid 4"]
    assert data["cells"]["auteursrecht"]["policy-bv"] == []
    tekst = run("coverage", "policy-bv", "werksaam").stdout
    assert "policy-bv mist: privacy, auteursrecht" in tekst
    assert_one_line_error(run("coverage", "policy-bv", "geen-voorbeeld"), "geen-voorbeeld")


def test_clauses_command() -> None:
    data = json.loads(run("clauses", "--search", "Privé", "--topic", "persoonlijke_titel", "--json").stdout)
    assert data and all("persoonlijke_titel" in c["topics"] for c in data)
    assert set(data[0]) >= {"id", "titel", "tekst", "topics", "bron", "variant"}
    regels = run("clauses", "--source", "modelclausule", "--topic", "sancties").stdout.splitlines()
    assert [r.split("\t")[0] for r in regels] == ["model:sancties-gematigd", "model:sancties-streng"]
    assert "[streng]" in regels[1]
    assert_one_line_error(run("clauses", "--topic", "geen"), "geen")
    assert_one_line_error(run("clauses", "--source", "nergens"), "nergens")
