"""Crafted .beleid files, as an attacker or a broken tool would make them: each is refused with
exit status 2 and one line, by a command that reads and by one that writes, and the file is
byte-identical afterwards (no lock, journal or temporary file left beside it either)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.errors import ProjectFout
from editor.model.serialize import to_dict
from editor.samples import load_sample
from editor.store import ProjectBestand
from editor.store.validatie import MAX_DIEPTE, json_diepte
from main import main as beleidsstudio
from tests.conftest import ROOT


def project(map_: Path, naam: str = "a.beleid") -> Path:
    pad = map_ / naam
    ProjectBestand.create(pad, load_sample("werksaam")).close()
    return pad


def sql(pad: Path, *opdrachten: str, parameters: tuple = ()) -> None:
    with sqlite3.connect(pad) as conn:
        for opdracht in opdrachten:
            conn.execute(opdracht, parameters if "?" in opdracht else ())
    conn.close()


def document(pad: Path) -> dict:
    with sqlite3.connect(pad) as conn:
        inhoud, metadata = conn.execute("SELECT inhoud, metadata FROM document").fetchone()
    conn.close()
    return {"inhoud": json.loads(inhoud), "metadata": json.loads(metadata)}


def zet_json(pad: Path, kolom: str, waarde) -> None:
    tekst = waarde if isinstance(waarde, str) else json.dumps(waarde)
    sql(pad, f"UPDATE document SET {kolom} = ?", parameters=(tekst,))


def lid_tekst(pad: Path, tekst) -> None:
    data = document(pad)["inhoud"]
    data["artikelen"][2]["leden"][1]["tekst"] = tekst
    zet_json(pad, "inhoud", data)


def metadata_veld(pad: Path, veld: str, waarde) -> None:
    data = document(pad)["metadata"]
    data[veld] = waarde
    zet_json(pad, "metadata", data)


def wal(pad: Path) -> None:
    data = bytearray(pad.read_bytes())
    data[18:20] = b"\x02\x02"
    pad.write_bytes(bytes(data))


def symlink(pad: Path) -> None:
    doel = pad.with_name("echt.beleid")
    os.replace(pad, doel)
    pad.symlink_to(doel)


GEVALLEN: dict[str, tuple[Callable[[Path], None], str]] = {
    "metadata is JSON null": (lambda p: zet_json(p, "metadata", "null"), "beschadigd"),
    "metadata is a string": (lambda p: zet_json(p, "metadata", '"x"'), "beschadigd"),
    "vaststelling is a number": (lambda p: metadata_veld(p, "vaststelling", 5), "beschadigd"),
    "inhoud is JSON null": (lambda p: zet_json(p, "inhoud", "null"), "beschadigd"),
    "artikelen is a number": (lambda p: zet_json(p, "inhoud", {**document(p)["inhoud"], "artikelen": 5}), "beschadigd"),
    "a lid's text is null": (lambda p: lid_tekst(p, None), "artikel 3, lid 2"),
    "a lid's text is a number": (lambda p: lid_tekst(p, 12), "artikel 3, lid 2"),
    "a lid is a boolean": (lambda p: zet_json(p, "inhoud", _lid_vervangen(document(p)["inhoud"], True)), "beschadigd"),
    "inhoud is a blob": (lambda p: sql(p, "UPDATE document SET inhoud = X'00FF'"), "beschadigd"),
    "metadata is an integer": (lambda p: sql(p, "UPDATE document SET metadata = 7"), "beschadigd"),
    "a version's label is a blob": (lambda p: sql(p, "INSERT INTO versies VALUES (1, X'00', '', '', '{}', '{}')"), "beschadigd"),
    "a 100,000-deep array": (lambda p: zet_json(p, "inhoud", "[" * 100_000 + "]" * 100_000), "te diep"),
    "a deep array in metadata": (lambda p: zet_json(p, "metadata", '{"a":' + "[" * 5_000 + "]" * 5_000 + "}"), "te diep"),
    "a view": (lambda p: sql(p, "CREATE VIEW v AS SELECT * FROM document"), "views"),
    "a trigger": (lambda p: sql(p, "CREATE TRIGGER t AFTER UPDATE ON document BEGIN DELETE FROM versies; END"),
                  "triggers"),
    "a trigger calling a function": (lambda p: sql(p, "CREATE TRIGGER t AFTER INSERT ON versies BEGIN "
                                                      "SELECT load_extension('x'); END"), "triggers"),
    "a table of its own": (lambda p: sql(p, "CREATE TABLE extra (x)"), "tabellen"),
    "an index of its own": (lambda p: sql(p, "CREATE INDEX i ON versies (label)"), "beschadigd"),
    "a column missing": (lambda p: sql(p, "ALTER TABLE versies DROP COLUMN metadata"), "beschadigd"),
    "a 2 MB lid": (lambda p: lid_tekst(p, "woord " * 350_000), "meer dan 1 MB"),
    "a 50 MB lid": (lambda p: lid_tekst(p, "x" * 50_000_000), "groter dan 8 MB"),
    "a WAL-mode header": (wal, "beschadigd"),
    "a symbolic link": (symlink, "symbolische koppeling"),
}


def _lid_vervangen(inhoud: dict, waarde) -> dict:
    inhoud["artikelen"][0]["leden"][0] = waarde
    return inhoud


def _run(args: list[str], capsys) -> tuple[int, str, str]:
    code = beleidsstudio(args)
    uit = capsys.readouterr()
    return code, uit.out, uit.err


def _inhoud_van_map(map_: Path) -> dict[str, bytes]:
    return {p.name: (p.read_bytes() if not p.is_symlink() else os.readlink(p).encode()) for p in sorted(map_.iterdir())}


@pytest.mark.parametrize("geval", list(GEVALLEN))
def test_a_crafted_file_is_refused_in_one_line_and_left_alone(geval: str, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("BELEIDSSTUDIO_LANG", "nl")
    pad = project(tmp_path)
    maak, woord = GEVALLEN[geval]
    maak(pad)
    voor = _inhoud_van_map(tmp_path)
    for args in (["show", str(pad)], ["version", str(pad), "--label", "v"], ["accept", str(pad), "--all"],
                 ["export", str(pad), "-o", str(tmp_path.parent / f"{tmp_path.name}.docx"), "--force"]):
        code, uit, fout = _run(args, capsys)
        regels = fout.strip().splitlines()
        assert (code, uit, len(regels)) == (2, "", 1), (args, fout)
        assert woord in regels[0] and "Onverwachte fout" not in regels[0], regels[0]
        assert _inhoud_van_map(tmp_path) == voor
    assert not (tmp_path.parent / f"{tmp_path.name}.docx").exists()


def test_a_crafted_file_through_the_real_command_line(tmp_path: Path) -> None:
    """The same as a user runs it: a process, English, status 2, one line, no traceback."""
    pad = project(tmp_path)
    zet_json(pad, "metadata", "null")
    voor = pad.read_bytes()
    env = dict(os.environ, BELEIDSSTUDIO_LANG="en")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "consent", str(pad), "--request"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "damaged" in result.stderr
    assert pad.read_bytes() == voor


def test_the_connection_distrusts_the_schema(tmp_path: Path) -> None:
    with ProjectBestand.open(project(tmp_path)) as geopend:
        conn = geopend._conn
        assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        assert conn.execute("PRAGMA cell_size_check").fetchone()[0] == 1


def test_json_depth_is_counted_without_parsing() -> None:
    assert json_diepte('{"a": "[[[[", "b": [[1], {"c": "\\"]]"}]}') == 3
    assert json_diepte("[" * 100_000 + "]" * 100_000) == 100_000
    assert json_diepte(json.dumps(to_dict(load_sample("werksaam")))) < MAX_DIEPTE // 3


# -- any value replaced anywhere: a Policy or one clear refusal, never another exception --------------------

JSON_WAARDEN = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda kind: st.lists(kind, max_size=3) | st.dictionaries(st.text(max_size=8), kind, max_size=3),
    max_leaves=8,
)


def _paden(data, prefix=()):
    yield prefix
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _paden(v, prefix + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _paden(v, prefix + (i,))


_BASIS = {"inhoud": to_dict(load_sample("policy-bv"))}
_BASIS["metadata"] = _BASIS["inhoud"].pop("metadata")
_ALLE_PADEN = [p for p in _paden(_BASIS) if len(p) >= 1]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plek=st.sampled_from(_ALLE_PADEN), waarde=JSON_WAARDEN)
def test_any_value_anywhere_loads_or_is_refused_clearly(tmp_path: Path, plek: tuple, waarde) -> None:
    data = json.loads(json.dumps(_BASIS))
    if len(plek) == 1:
        data[plek[0]] = waarde
    else:
        houder = data
        for stap in plek[:-1]:
            houder = houder[stap]
        houder[plek[-1]] = waarde
    pad = tmp_path / "h.beleid"
    pad.unlink(missing_ok=True)
    ProjectBestand.create(pad, load_sample("policy-bv")).close()
    sql(pad, "UPDATE document SET inhoud = ?, metadata = ?",
        parameters=(json.dumps(data["inhoud"]), json.dumps(data["metadata"])))
    voor = pad.read_bytes()
    try:
        with ProjectBestand.open(pad) as geopend:
            policy = geopend.load()
        policy.titel.strip(), [lid.tekst.strip() for _, lid in policy.leden()]   # what the views do first
    except ProjectFout as fout:
        assert "\n" not in str(fout) and "h.beleid" in str(fout)
    assert pad.read_bytes() == voor
