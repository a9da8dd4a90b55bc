"""The .beleid project file: round trips, versions, and refusals that leave files untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from editor.errors import ProjectFout
from editor.model.document import Aanhef, Alinea, Artikel, Bron, Hoofdstuk, Lid, Onderdeel, Policy, Sectie
from editor.model.metadata import (
    Bekendmaking, InstemmingStatus, Intrekking, Inwerkingtreding, InwerkingtredingRegel, Metadata,
    Ondertekenaar, OrInstemming, Rechtsvorm, Vaststelling,
)
from editor.model.serialize import to_dict
from editor.samples import load_sample
from editor.store import ProjectBestand
from editor.store.project import APPLICATION_ID, SCHEMA_VERSIE


def volle_policy() -> Policy:
    """Every field set, with text outside Latin-1."""
    hoofdstuk = Hoofdstuk("Algemene bepalingen — ‘ß’ ✓")
    return Policy(
        titel="Gedragscode sociale media Ærø 🌍",
        citeertitel="Gedragscode Ærø",
        aanhef=Aanhef("De directie van Ærø BV", [Alinea("de instemming van de OR van 1 maart 2026;")],
                      [Alinea("artikel 27 WOR;")], [Alinea("het goed is;")], [Alinea("vast te stellen;")]),
        inleiding=Sectie("Preambule", [Alinea("Één inleiding.")]),
        hoofdstukken=[hoofdstuk],
        artikelen=[Artikel("Privé", [Lid("Lid één:", [Onderdeel("onderdeel", [Alinea("sub 1°")])])],
                           leden_genummerd=False, hoofdstuk_id=hoofdstuk.id)],
        slotwoord=Sectie("Slotwoord", [Alinea("Tot slot.")]),
        toelichting=[Sectie("Toelichting", [Alinea("Uitleg 中文.")])],
        metadata=Metadata(
            organisatie="Ærø BV", rechtsvorm=Rechtsvorm.BV,
            or_instemming=OrInstemming(InstemmingStatus.ONDER_VOORWAARDEN, "2026-03-01", "OR 12", "na evaluatie", "ab" * 32),
            vaststelling=Vaststelling("2026-03-15", "de directie", "DT 7"),
            bekendmaking=Bekendmaking("2026-03-20"),
            inwerkingtreding=Inwerkingtreding(InwerkingtredingRegel.VASTE_DATUM, "2026-04-01", "2026-01-01"),
            intrekking=[Intrekking("Oude code", "2014-07")],
            ondertekening=[Ondertekenaar("directeur", "Å. Dölle")],
        ),
        bron=Bron("eigen", "x.txt"),
    )


def test_every_field_round_trips(tmp_path: Path) -> None:
    policy = volle_policy()
    with ProjectBestand.create(tmp_path / "a.beleid", policy) as project:
        terug = project.load()
    assert to_dict(terug) == to_dict(policy)
    assert terug.metadata.rechtsvorm is Rechtsvorm.BV


def test_save_replaces_the_document_in_place(tmp_path: Path) -> None:
    pad = tmp_path / "w.beleid"
    policy = load_sample("werksaam")
    ProjectBestand.create(pad, policy).close()
    policy.artikelen[0].leden[0].tekst = "Gewijzigd."
    with ProjectBestand.open(pad) as project:
        project.save(policy)
    with ProjectBestand.open(pad) as project:
        assert project.load().artikelen[0].leden[0].tekst == "Gewijzigd."


def test_thousand_artikelen(tmp_path: Path) -> None:
    policy = Policy(titel="Groot")
    policy.artikelen = [Artikel(f"Kop {i}", [Lid(f"Lid {i}.{j} met tekst ëü.") for j in range(3)]) for i in range(1000)]
    with ProjectBestand.create(tmp_path / "groot.beleid", policy) as project:
        terug = project.load()
    assert len(terug.artikelen) == 1000 and terug.artikelen[999].leden[2].tekst == "Lid 999.2 met tekst ëü."
    assert to_dict(terug) == to_dict(policy)


def test_versions_keep_snapshot_author_time_label(tmp_path: Path) -> None:
    policy = load_sample("policy-bv")
    with ProjectBestand.create(tmp_path / "v.beleid", policy) as project:
        eerste = project.add_version(policy, "Concept voor OR, 1 maart", "Mr. J. de Vries")
        policy.artikelen[0].kop = "Nieuwe kop"
        project.save(policy)
        project.add_version(policy, "Na OR", "OR")
        versies = project.versions()
        assert [(v.label, v.auteur) for v in versies] == [("Concept voor OR, 1 maart", "Mr. J. de Vries"), ("Na OR", "OR")]
        assert versies[0].tijd == eerste.tijd and "T" in eerste.tijd
        assert project.load_version(eerste.id).artikelen[0].kop == "Algemene uitgangspunten"
        assert project.load().artikelen[0].kop == "Nieuwe kop"
        with pytest.raises(ProjectFout):
            project.load_version(99)


def _weiger(pad: Path, woord: str) -> None:
    voor = pad.read_bytes()
    with pytest.raises(ProjectFout) as fout:
        ProjectBestand.open(pad)
    assert woord in str(fout.value)
    assert pad.read_bytes() == voor, "a refused file must stay byte-identical"


def test_text_file_is_not_a_project(tmp_path: Path) -> None:
    pad = tmp_path / "tekst.beleid"
    pad.write_text("Artikel 1. Dit is geen project\n" * 10)
    _weiger(pad, "geen Beleidsstudio-project")


def test_empty_file_is_not_a_project(tmp_path: Path) -> None:
    pad = tmp_path / "leeg.beleid"
    pad.write_bytes(b"")
    _weiger(pad, "geen Beleidsstudio-project")


def test_other_programs_database_is_refused(tmp_path: Path) -> None:
    pad = tmp_path / "ander.beleid"
    with sqlite3.connect(pad) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (1)")
    conn.close()
    _weiger(pad, "ander programma")


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    pad = tmp_path / "nieuw.beleid"
    ProjectBestand.create(pad, load_sample("werksaam")).close()
    with sqlite3.connect(pad) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSIE + 1}")
    conn.close()
    _weiger(pad, "nieuwere versie")


def test_corrupt_project_is_refused(tmp_path: Path) -> None:
    pad = tmp_path / "kapot.beleid"
    ProjectBestand.create(pad, load_sample("werksaam")).close()
    data = bytearray(pad.read_bytes())
    assert int.from_bytes(data[68:72], "big") == APPLICATION_ID
    for i in range(100, len(data), 7):  # keep the header, damage every page
        data[i] ^= 0x5A
    pad.write_bytes(bytes(data))
    _weiger(pad, "beschadigd")


def test_project_with_damaged_json_is_refused(tmp_path: Path) -> None:
    pad = tmp_path / "json.beleid"
    ProjectBestand.create(pad, load_sample("werksaam")).close()
    with sqlite3.connect(pad) as conn:
        conn.execute("UPDATE document SET inhoud = '{\"titel\": 5}'")
    conn.close()
    with ProjectBestand.open(pad) as project, pytest.raises(ProjectFout, match="beschadigd"):
        project.load()


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectFout, match="niet gevonden"):
        ProjectBestand.open(tmp_path / "weg.beleid")


def test_create_leaves_no_temporary_files(tmp_path: Path) -> None:
    ProjectBestand.create(tmp_path / "a.beleid", load_sample("werksaam")).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.beleid"]


def test_project_without_its_tables_is_refused(tmp_path: Path) -> None:
    pad = tmp_path / "leeg.beleid"
    ProjectBestand.create(pad, load_sample("werksaam")).close()
    with sqlite3.connect(pad) as conn:
        conn.execute("DROP TABLE versies")
    conn.close()
    _weiger(pad, "beschadigd")
