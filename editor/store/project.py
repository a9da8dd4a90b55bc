"""The project file: one .beleid file per policy, a SQLite database (the application-file use).

The header is checked before SQLite writes anything: a foreign file, a database of
another program, or one from a newer schema is refused and never touched. A new file
is written to a temporary file in the same folder and moved into place; an existing
project is saved in one transaction.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..errors import ProjectFout
from ..i18n import tr
from ..model.document import Policy
from ..model.serialize import from_dict, to_dict

APPLICATION_ID = 0x42534C44  # "BSLD"
SCHEMA_VERSIE = 1
SQLITE_KOP = b"SQLite format 3\x00"

SCHEMA = """
CREATE TABLE info (sleutel TEXT PRIMARY KEY, waarde TEXT NOT NULL);
CREATE TABLE document (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    inhoud TEXT NOT NULL,
    metadata TEXT NOT NULL,
    opgeslagen TEXT NOT NULL
);
CREATE TABLE versies (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    auteur TEXT NOT NULL,
    tijd TEXT NOT NULL,
    inhoud TEXT NOT NULL,
    metadata TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class Versie:
    id: int
    label: str
    auteur: str
    tijd: str


def nu() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def controleer_kop(pad: Path) -> None:
    """Refuse, without opening it in SQLite, a file that is not a project of this schema or older."""
    try:
        with open(pad, "rb") as f:
            kop = f.read(100)
    except FileNotFoundError:
        raise ProjectFout(tr("Bestand niet gevonden: {bestand}").format(bestand=pad)) from None
    except IsADirectoryError:
        raise ProjectFout(tr("{bestand} is een map, geen bestand.").format(bestand=pad)) from None
    except OSError as exc:
        raise ProjectFout(tr("Kan {bestand} niet lezen: {reden}").format(bestand=pad, reden=exc.strerror)) from None
    if len(kop) < 100 or not kop.startswith(SQLITE_KOP):
        raise ProjectFout(tr("{bestand} is geen Beleidsstudio-project.").format(bestand=pad.name))
    if int.from_bytes(kop[68:72], "big") != APPLICATION_ID:
        raise ProjectFout(tr("{bestand} is een database van een ander programma, geen Beleidsstudio-project.").format(bestand=pad.name))
    versie = int.from_bytes(kop[60:64], "big")
    if versie > SCHEMA_VERSIE:
        raise ProjectFout(
            tr("{bestand} is gemaakt met een nieuwere versie van Beleidsstudio (schema {versie}); werk het programma bij.")
            .format(bestand=pad.name, versie=versie)
        )


class ProjectBestand:
    """An open project file. Use as a context manager or call close()."""

    def __init__(self, pad: Path, conn: sqlite3.Connection) -> None:
        self.pad = pad
        self._conn = conn
        self._stempel = stempel(pad)

    # -- opening and creating --------------------------------------------------------
    @classmethod
    def open(cls, pad: Path) -> ProjectBestand:
        pad = Path(pad)
        controleer_kop(pad)
        conn = None
        try:
            conn = _verbind(pad)
            _controleer_inhoud(conn)
        except (sqlite3.DatabaseError, UnicodeDecodeError):
            if conn is not None:
                conn.close()
            raise ProjectFout(tr("{bestand} is beschadigd en kan niet worden geopend.").format(bestand=pad.name)) from None
        return cls(pad, conn)

    @classmethod
    def create(cls, pad: Path, policy: Policy) -> ProjectBestand:
        """Write a new project (through a temporary file in the same folder) and open it."""
        pad = Path(pad)
        map_ = pad.parent if str(pad.parent) else Path(".")
        fd, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=map_)
        os.close(fd)
        try:
            with closing(sqlite3.connect(tijdelijk)) as conn:
                _maak_schema(conn)
                with conn:
                    _schrijf(conn, policy)
            os.replace(tijdelijk, pad)
        except BaseException:
            Path(tijdelijk).unlink(missing_ok=True)
            raise
        return cls.open(pad)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ProjectBestand:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the document -------------------------------------------------------------------
    def _lees(self, sql: str, *parameters) -> list:
        """A query whose failure means a damaged file (SQLite or its text unreadable): one clear message."""
        try:
            return self._conn.execute(sql, parameters).fetchall()
        except (sqlite3.DatabaseError, UnicodeDecodeError):
            raise ProjectFout(tr("{bestand} is beschadigd en kan niet worden geopend.").format(bestand=self.pad.name)) from None

    def load(self) -> Policy:
        rijen = self._lees("SELECT inhoud, metadata FROM document WHERE id = 1")
        rij = rijen[0] if rijen else None
        if rij is None:
            raise ProjectFout(tr("{bestand} bevat geen beleidstekst.").format(bestand=self.pad.name))
        return _policy_uit(rij[0], rij[1], self.pad)

    def save(self, policy: Policy) -> None:
        """One transaction: the file holds either the old or the new document, never half.

        Refused when another program changed the file since we last read or wrote it.
        """
        if self.veranderd_op_schijf():
            raise ProjectFout(tr("{bestand} is door een ander programma gewijzigd; er is niets overschreven.")
                              .format(bestand=self.pad.name))
        with self._conn:
            _schrijf(self._conn, policy)
        self._stempel = stempel(self.pad)

    def veranderd_op_schijf(self) -> bool:
        """Whether the file was replaced or written by someone else since we last saw it."""
        return stempel(self.pad) != self._stempel

    # -- versions ---------------------------------------------------------------------
    def add_version(self, policy: Policy, label: str, auteur: str) -> Versie:
        inhoud, metadata = _json(policy)
        tijd = nu()
        with self._conn:
            cur = self._conn.execute(
                "INSERT INTO versies (label, auteur, tijd, inhoud, metadata) VALUES (?, ?, ?, ?, ?)",
                (label, auteur, tijd, inhoud, metadata),
            )
        self._stempel = stempel(self.pad)
        return Versie(cur.lastrowid, label, auteur, tijd)

    def versions(self) -> list[Versie]:
        return [Versie(*rij) for rij in self._lees("SELECT id, label, auteur, tijd FROM versies ORDER BY id")]

    def load_version(self, versie_id: int) -> Policy:
        rijen = self._lees("SELECT inhoud, metadata FROM versies WHERE id = ?", versie_id)
        rij = rijen[0] if rijen else None
        if rij is None:
            raise ProjectFout(tr("Versie {id} bestaat niet in {bestand}.").format(id=versie_id, bestand=self.pad.name))
        return _policy_uit(rij[0], rij[1], self.pad)


def stempel(pad: Path) -> tuple[int, int] | None:
    """The file's identity and SQLite's change counter (header bytes 24-27, raised by every commit)."""
    try:
        with open(pad, "rb") as f:
            kop = f.read(28)
            return os.fstat(f.fileno()).st_ino, int.from_bytes(kop[24:28], "big")
    except OSError:
        return None


def _verbind(pad: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(pad, isolation_level="DEFERRED")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _controleer_inhoud(conn: sqlite3.Connection) -> None:
    """A damaged database or one without our tables counts as damaged (DatabaseError)."""
    if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise sqlite3.DatabaseError("quick_check")
    tabellen = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"info", "document", "versies"} <= tabellen:
        raise sqlite3.DatabaseError("tables")


def _maak_schema(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSIE}")
    conn.executescript(SCHEMA)
    with conn:
        conn.execute("INSERT INTO info VALUES ('aangemaakt', ?)", (nu(),))


def _json(policy: Policy) -> tuple[str, str]:
    inhoud = to_dict(policy)
    metadata = inhoud.pop("metadata")
    return json.dumps(inhoud, ensure_ascii=False), json.dumps(metadata, ensure_ascii=False)


def _schrijf(conn: sqlite3.Connection, policy: Policy) -> None:
    inhoud, metadata = _json(policy)
    conn.execute(
        "INSERT INTO document (id, inhoud, metadata, opgeslagen) VALUES (1, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET inhoud = excluded.inhoud, metadata = excluded.metadata, "
        "opgeslagen = excluded.opgeslagen",
        (inhoud, metadata, nu()),
    )


def _policy_uit(inhoud: str, metadata: str, pad: Path) -> Policy:
    try:
        data = json.loads(inhoud)
        data["metadata"] = json.loads(metadata)
        return from_dict(Policy, data)
    except (ValueError, TypeError, KeyError):
        raise ProjectFout(tr("{bestand} is beschadigd en kan niet worden geopend.").format(bestand=pad.name)) from None
