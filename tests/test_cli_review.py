"""Scripted review on the command line: revise, changes, accept, reject, versions, consent."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import assert_one_line_error, run


def bewerkt_project(tmp_path: Path) -> Path:
    pad = tmp_path / "w.beleid"
    assert run("new", "--sample", "werksaam", "-o", str(pad)).returncode == 0
    tekst = run("show", str(pad)).stdout
    tekst = tekst.replace("WerkSaam ondersteunt het belang van sociale media.",
                          "WerkSaam ondersteunt het belang van sociale media en van privacy.")
    tekst = tekst.replace("\n6. Indien medewerkers zich niet aan deze code houden", "\nXX")
    tekst = "\n".join(r for r in tekst.splitlines() if not r.startswith("XX")) + "\n"
    (tmp_path / "bewerkt.txt").write_text(tekst, encoding="utf-8")
    result = run("revise", str(pad), "--from-text", str(tmp_path / "bewerkt.txt"), "--author", "OR")
    assert result.returncode == 0 and "1 gewijzigd, 0 ingevoegd, 1 verwijderd, 0 verplaatst door OR" in result.stdout
    return pad


def wijzigingen(pad: Path) -> list[dict]:
    return json.loads(run("changes", str(pad), "--json").stdout)


def test_revise_records_the_edited_text_as_changes(tmp_path: Path) -> None:
    pad = bewerkt_project(tmp_path)
    lijst = wijzigingen(pad)
    assert [(w["soort"], w["auteur"], w["artikel"], w["lid"], w["tekst"]) for w in lijst] == [
        ("insert", "OR", 2, 1, " en van privacy"),
        ("delete_lid", "OR", 3, None, "Indien medewerkers zich niet aan deze code houden, wordt de leidinggevende op de "
                                      "hoogte gesteld en deze zal passende maatregelen nemen.")]
    assert set(lijst[0]) >= {"id", "soort", "deel", "auteur", "datum", "artikel", "lid", "tekst"}
    assert lijst[1]["deel"] == "lid"


def test_accept_and_reject(tmp_path: Path) -> None:
    pad = bewerkt_project(tmp_path)
    invoeging, verwijdering = wijzigingen(pad)
    assert run("reject", str(pad), "--id", str(verwijdering["id"])).returncode == 0
    data = json.loads(run("show", str(pad), "--json").stdout)
    assert len(data["artikelen"][2]["leden"]) == 6 and data["artikelen"][2]["leden"][5]["tekst"].startswith("Indien")
    assert run("accept", str(pad), "--author", "OR").returncode == 0
    data = json.loads(run("show", str(pad), "--json").stdout)
    assert data["artikelen"][1]["leden"][0]["tekst"] == "WerkSaam ondersteunt het belang van sociale media en van privacy."
    assert wijzigingen(pad) == []
    assert_one_line_error(run("accept", str(pad), "--all"), "Geen open wijzigingen")


def test_accept_all_deletes_the_lid(tmp_path: Path) -> None:
    pad = bewerkt_project(tmp_path)
    assert run("accept", str(pad), "--all").returncode == 0
    data = json.loads(run("show", str(pad), "--json").stdout)
    assert len(data["artikelen"][2]["leden"]) == 5


def test_versions_and_consent_that_turns_stale(tmp_path: Path) -> None:
    pad = tmp_path / "w.beleid"
    run("new", "--sample", "policy-bv", "-o", str(pad))
    assert run("version", str(pad), "--label", "Concept voor OR, 1 maart", "--author", "Jan").returncode == 0
    assert run("consent", str(pad), "--request").returncode == 0
    versies = json.loads(run("versions", str(pad), "--json").stdout)
    assert [v["label"] for v in versies] == ["Concept voor OR, 1 maart", "Ter instemming aangeboden aan de ondernemingsraad"]
    assert run("consent", str(pad), "--decision", "verleend", "--date", "2026-03-12", "--meeting", "OR 2026-3").returncode == 0
    instemming = json.loads(run("show", str(pad), "--json").stdout)["metadata"]["or_instemming"]
    assert (instemming["status"], instemming["datum"], instemming["verouderd"]) == ("verleend", "2026-03-12", False)
    assert len(instemming["fingerprint"]) == 64
    tekst = run("show", str(pad)).stdout.replace("vitaal belang", "groot belang")
    (tmp_path / "na.txt").write_text(tekst, encoding="utf-8")
    run("revise", str(pad), "--from-text", str(tmp_path / "na.txt"), "--author", "Jan")
    assert json.loads(run("show", str(pad), "--json").stdout)["metadata"]["or_instemming"]["verouderd"] is True
    assert_one_line_error(run("consent", str(pad), "--decision", "verleend"), "--date")
    assert_one_line_error(run("changes", "werksaam"), ".beleid")


def test_check_command_and_exit_status() -> None:
    result = run("check", "werksaam", "--json")
    assert result.returncode == 1
    assert [(b["code"], b["ernst"]) for b in json.loads(result.stdout)] == [("terugwerking-voor-instemming", "fout")]
    bevindingen = json.loads(run("check", "ai-gpt-4.1-nano", "--json").stdout)
    assert {"wor-instemming", "plaatshouder", "vaststelling"} <= {b["code"] for b in bevindingen}
    assert set(bevindingen[0]) == {"code", "ernst", "bericht", "blok", "hint"}


def test_export_and_import_docx(tmp_path: Path) -> None:
    from docx import Document

    pad = bewerkt_project(tmp_path)
    redline, schoon = tmp_path / "r.docx", tmp_path / "s.docx"
    assert run("export", str(pad), "-o", str(redline), "--redline").returncode == 0
    assert run("export", str(pad), "-o", str(schoon), "--clean").returncode == 2      # open changes need a choice
    assert run("export", str(pad), "-o", str(schoon), "--clean", "--accept-open").returncode == 0
    assert any(p.text.startswith("Het is medewerkers") and p._p.pPr.numPr is not None     # "2." is a Word list number
               for p in Document(str(schoon)).paragraphs)
    assert run("import", str(redline), "-o", str(tmp_path / "terug.beleid")).returncode == 0
    terug = json.loads(run("changes", str(tmp_path / "terug.beleid"), "--json").stdout)
    assert [(w["soort"], w["auteur"], w["tekst"]) for w in terug] == [("insert", "OR", " en van privacy"),
        ("delete_lid", "OR", "Indien medewerkers zich niet aan deze code houden, wordt de leidinggevende op de "
                             "hoogte gesteld en deze zal passende maatregelen nemen.")]
    assert run("version", str(pad), "--label", "v1").returncode == 0
    assert run("export", str(pad), "-o", str(tmp_path / "tegen.docx"), "--redline", "--against", "v1").returncode == 0
    assert_one_line_error(run("export", str(pad), "-o", str(tmp_path / "x.docx"), "--redline", "--against", "v9"), "v9")
    assert_one_line_error(run("export", "werksaam", "-o", str(tmp_path / "x.odt")), ".docx")


def test_comments_of_a_reviewed_word_file_are_listed_with_place_phrase_and_reply(tmp_path: Path) -> None:
    """A comment and its reply travel through a redline .docx and back in; `comments` lists them as the
    window's comments list does: place as a lawyer cites it, the phrase, author, time, text, the reply."""
    from editor.bewerken import Context
    from editor.bewerken.review import beantwoord, voeg_opmerking_toe
    from editor.store import ProjectBestand

    pad = bewerkt_project(tmp_path)
    with ProjectBestand.open(pad) as project:
        policy = project.load()
        lid = policy.artikelen[3].leden[1]
        begin = lid.tekst.index("vertrouwelijke informatie")
        uitkomst = voeg_opmerking_toe(policy, Context("Olga Raad"), lid.id, "Ook persoonsgegevens?",
                                      "vertrouwelijke informatie", begin)
        beantwoord(policy, Context("Jurist"), policy.opmerkingen[-1].id, "Ja, apart artikel.")
        project.save(policy)
    assert uitkomst.opmerkingen
    docx, terug = tmp_path / "review.docx", tmp_path / "terug.beleid"
    assert run("export", str(pad), "--redline", "-o", str(docx)).returncode == 0
    assert run("import", str(docx), "-o", str(terug)).returncode == 0
    lijst = json.loads(run("comments", str(terug), "--json").stdout)
    assert [(o["plaats"], o["citaat"], o["auteur"], o["tekst"], [(a["auteur"], a["tekst"]) for a in o["antwoorden"]])
            for o in lijst] == [("Artikel 4, tweede lid", "vertrouwelijke informatie", "Olga Raad", "Ook persoonsgegevens?",
                                 [("Jurist", "Ja, apart artikel.")])]
    assert lijst[0]["bereik"] == [begin, begin + len("vertrouwelijke informatie")]
    tekst = run("comments", str(terug), taal="en").stdout.splitlines()
    assert tekst[0] == "Article 4(2)\t“vertrouwelijke informatie”"
    assert tekst[2].startswith("\t↳ Jurist\t") and tekst[2].endswith("\tJa, apart artikel.")


def test_a_lid_deleted_in_the_text_without_renumbering_the_rest_leaves_the_numbering_whole(tmp_path: Path) -> None:
    """Counsel deletes lid 3 of artikel 3 in the readable text and leaves "4." "5." "6." as they were: the
    remaining leden are 3, 4 and 5 (Word numbering in the export), not typed labels "4." to "6."."""
    pad = tmp_path / "w.beleid"
    assert run("new", "--sample", "werksaam", "-o", str(pad)).returncode == 0
    regels = [r for r in run("show", str(pad)).stdout.splitlines() if not r.startswith("3. Het is van belang")]
    (tmp_path / "bewerkt.txt").write_text("\n".join(regels) + "\n", encoding="utf-8")
    assert run("revise", str(pad), "--from-text", str(tmp_path / "bewerkt.txt"), "--author", "Jurist").returncode == 0
    tekst = run("show", str(pad)).stdout
    artikel3 = tekst.split("Artikel 3. Beleid sociale media\n\n")[1].split("\n\n")[0].splitlines()
    assert [r.split(" ")[0] for r in artikel3] == ["1.", "2.", "3.", "4.", "5."]
    assert artikel3[2].startswith("3. Elke medewerker respecteert")
    leden = json.loads(run("show", str(pad), "--json").stdout)["artikelen"][2]["leden"]
    assert [lid["nummer"] for lid in leden] == [1, 2, 3, 4, 5]
    assert [(w["soort"], w["artikel"]) for w in wijzigingen(pad)] == [("delete_lid", 3)]
