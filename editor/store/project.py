"""The project file: one .beleid file per policy, a SQLite database (the application-file use).

The header is checked before SQLite writes anything: a foreign file, a database of
another program, or one from a newer schema is refused and never touched. A new file
is written to a temporary file in the same folder and moved into place; an existing
project is saved in one transaction.

A file may have been crafted. The connection runs with trusted_schema=OFF and
cell_size_check=ON, schema objects other than our three tables are refused (no views, no
triggers), every row's types and sizes are checked in SQL before a value is read, and the JSON
is checked for size, depth and the type of every value (store/validatie.py) before it becomes
a Policy. Each refusal is one "beschadigd" line; the file is never written.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import tempfile
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..atomair import geen_rechten, schijf_vol, schijf_weigert, schrijffout
from ..errors import BeleidsstudioFout, ProjectFout
from ..i18n import tr
from ..model.document import Policy
from ..model.serialize import from_dict, to_dict
from . import validatie
from .validatie import MAX_JSON_BYTES, MAX_METADATA_BYTES, Ongeldig

APPLICATION_ID = 0x42534C44  # "BSLD"
SCHEMA_VERSIE = 1
SQLITE_KOP = b"SQLite format 3\x00"
MAX_WAARDE = 64 * 1024 * 1024        # SQLite refuses to hand us any single value larger than this
TABELLEN = {
    "info": [("sleutel", "TEXT"), ("waarde", "TEXT")],
    "document": [("id", "INTEGER"), ("inhoud", "TEXT"), ("metadata", "TEXT"), ("opgeslagen", "TEXT")],
    "versies": [("id", "INTEGER"), ("label", "TEXT"), ("auteur", "TEXT"), ("tijd", "TEXT"), ("inhoud", "TEXT"),
                ("metadata", "TEXT")],
}
# Rows whose types or sizes do not fit: queries that read record headers only.
_SLECHTE_SOORTEN = {
    "info": "SELECT count(*) FROM info WHERE typeof(sleutel) != 'text' OR typeof(waarde) != 'text'",
    "document": """SELECT count(*) FROM document WHERE typeof(id) != 'integer' OR typeof(inhoud) != 'text'
        OR typeof(metadata) != 'text' OR typeof(opgeslagen) != 'text'""",
    "versies": """SELECT count(*) FROM versies WHERE typeof(id) != 'integer' OR typeof(label) != 'text'
        OR typeof(auteur) != 'text' OR typeof(tijd) != 'text' OR typeof(inhoud) != 'text'
        OR typeof(metadata) != 'text'""",
}
_TE_GROOT = f"""SELECT (SELECT count(*) FROM document WHERE length(CAST(inhoud AS BLOB)) > {MAX_JSON_BYTES}
        OR length(CAST(metadata AS BLOB)) > {MAX_METADATA_BYTES})
    + (SELECT count(*) FROM versies WHERE length(CAST(inhoud AS BLOB)) > {MAX_JSON_BYTES}
        OR length(CAST(metadata AS BLOB)) > {MAX_METADATA_BYTES} OR length(CAST(label AS BLOB)) > 10000
        OR length(CAST(auteur AS BLOB)) > 10000 OR length(CAST(tijd AS BLOB)) > 100)"""

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
    _controleer_soort(pad)
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
    if kop[18:20] != b"\x01\x01":        # a WAL file: not one we wrote, and opening it would write beside it
        raise beschadigd(pad)
    versie = int.from_bytes(kop[60:64], "big")
    if versie > SCHEMA_VERSIE:
        raise ProjectFout(
            tr("{bestand} is gemaakt met een nieuwere versie van Beleidsstudio (schema {versie}); werk het programma bij.")
            .format(bestand=pad.name, versie=versie)
        )


def _controleer_soort(pad: Path) -> None:
    """A symbolic link, a folder, a pipe or a device is refused before anything reads it."""
    try:
        info = os.lstat(pad)
    except FileNotFoundError:
        raise ProjectFout(tr("Bestand niet gevonden: {bestand}").format(bestand=pad)) from None
    except OSError as exc:
        raise ProjectFout(tr("Kan {bestand} niet lezen: {reden}").format(bestand=pad, reden=exc.strerror)) from None
    if stat.S_ISLNK(info.st_mode):
        raise ProjectFout(tr("{bestand} is een symbolische koppeling; open het bestand zelf ({doel}).")
                          .format(bestand=pad.name, doel=os.path.realpath(pad)))
    if stat.S_ISDIR(info.st_mode):
        raise ProjectFout(tr("{bestand} is een map, geen bestand.").format(bestand=pad))
    if not stat.S_ISREG(info.st_mode):
        raise ProjectFout(tr("{bestand} is geen gewoon bestand.").format(bestand=pad.name))


def beschadigd(pad: Path, reden: str = "") -> ProjectFout:
    """The one line for a damaged or crafted project file, with what is wrong when we know it."""
    if not reden:
        return ProjectFout(tr("{bestand} is beschadigd en kan niet worden geopend.").format(bestand=pad.name))
    return ProjectFout(tr("{bestand} is beschadigd en kan niet worden geopend: {reden}.")
                       .format(bestand=pad.name, reden=reden))


def _ongeldig(pad: Path, fout: Ongeldig) -> ProjectFout:
    if fout.soort == "tekst":
        return ProjectFout(tr("{bestand} wordt niet geopend: {plek} bevat meer dan 1 MB tekst (de grens voor één tekst).")
                           .format(bestand=pad.name, plek=fout.plek))
    reden = {
        "groot": tr("het document is groter dan 8 MB"),
        "diep": tr("de gegevens zijn te diep genest"),
    }.get(fout.soort) or tr("een ontbrekende waarde of een waarde van de verkeerde soort ({plek})").format(plek=fout.plek or "document")
    return beschadigd(pad, reden)


class ProjectBestand:
    """An open project file. Use as a context manager or call close()."""

    def __init__(self, pad: Path, conn: sqlite3.Connection) -> None:
        self.pad = pad
        self._conn = conn
        self._stempel = stempel(pad)
        self._in_transactie = False

    # -- opening and creating --------------------------------------------------------
    @classmethod
    def open(cls, pad: Path) -> ProjectBestand:
        pad = Path(pad)
        controleer_kop(pad)
        conn = None
        try:
            conn = _verbind(pad)
            _controleer_inhoud(conn, pad)
        except (sqlite3.DatabaseError, UnicodeDecodeError, BeleidsstudioFout) as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, BeleidsstudioFout):
                raise
            raise beschadigd(pad) from None
        return cls(pad, conn)

    @classmethod
    def create(cls, pad: Path, policy: Policy) -> ProjectBestand:
        """Write a new project (through a temporary file in the same folder) and open it."""
        pad = Path(pad)
        if pad.is_symlink():
            raise ProjectFout(tr("{bestand} is een symbolische koppeling; kies een andere naam.").format(bestand=pad.name))
        map_ = pad.parent if str(pad.parent) else Path(".")
        tijdelijk = None
        try:
            fd, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=map_)   # mode 600
            os.close(fd)
            with _schrijfbaar(pad), closing(sqlite3.connect(tijdelijk)) as conn:
                _maak_schema(conn)
                with conn:
                    _schrijf(conn, policy)
            os.replace(tijdelijk, pad)
        except OSError as exc:
            raise schrijffout(pad, exc) from None
        finally:
            if tijdelijk is not None:
                Path(tijdelijk).unlink(missing_ok=True)
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
            raise beschadigd(self.pad) from None

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
        with self.transactie():
            _schrijf(self._conn, policy)

    @contextmanager
    def transactie(self):
        """Writes that belong together (a version and the document that names it) reach the file
        together or not at all; nested calls join the outer one."""
        if self._in_transactie:
            yield
            return
        self._controleer_ongewijzigd()
        self._in_transactie = True
        try:
            with _schrijfbaar(self.pad), self._conn:
                yield
        finally:
            self._in_transactie = False
        self._stempel = stempel(self.pad)

    def _controleer_ongewijzigd(self) -> None:
        if not self.veranderd_op_schijf():
            return
        if stempel(self.pad) is None:
            raise ProjectFout(tr("{bestand} is verwijderd of hernoemd terwijl het open was; er is niets geschreven. "
                                 "Gebruik Opslaan als.").format(bestand=self.pad.name))
        raise ProjectFout(tr("{bestand} is door een ander programma gewijzigd; er is niets overschreven.")
                          .format(bestand=self.pad.name))

    def veranderd_op_schijf(self) -> bool:
        """Whether the file was replaced or written by someone else since we last saw it."""
        return stempel(self.pad) != self._stempel

    # -- versions ---------------------------------------------------------------------
    def add_version(self, policy: Policy, label: str, auteur: str) -> Versie:
        inhoud, metadata = _json(policy)
        tijd = nu()
        with self.transactie():
            cur = self._conn.execute(
                "INSERT INTO versies (label, auteur, tijd, inhoud, metadata) VALUES (?, ?, ?, ?, ?)",
                (label, auteur, tijd, inhoud, metadata),
            )
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
    """Functions in a file's schema are not trusted; every cell's size is checked as it is read."""
    conn = sqlite3.connect(pad, isolation_level="DEFERRED")
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_WAARDE)
    return conn


@contextmanager
def _schrijfbaar(pad: Path):
    """SQLite's failures to write become one line naming the file and what to do."""
    try:
        yield
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code == sqlite3.SQLITE_FULL:
            raise schijf_vol(pad) from None
        if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH):
            raise geen_rechten(pad) from None
        if code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise schijf_weigert(pad) from None
        raise beschadigd(pad) from None


def _controleer_inhoud(conn: sqlite3.Connection, pad: Path) -> None:
    """Our three tables and nothing else (no views, no triggers), with our columns, rows of the right
    types and sizes, and pages SQLite itself finds sound. DatabaseError or ProjectFout otherwise."""
    objecten = conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    vreemd = [(soort, naam) for soort, naam, tabel in objecten
              if not (soort == "table" and naam in TABELLEN)
              and not (soort == "index" and naam.startswith("sqlite_autoindex_") and tabel in TABELLEN)]
    if vreemd:
        raise beschadigd(pad, tr("het bevat views, triggers of tabellen die Beleidsstudio niet maakt"))
    for tabel, kolommen in TABELLEN.items():
        gevonden = [(r[1], r[2].upper()) for r in conn.execute(f"PRAGMA table_info({tabel})")]
        if gevonden != kolommen:
            raise sqlite3.DatabaseError(tabel)
    if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise sqlite3.DatabaseError("quick_check")
    for tabel, sql in _SLECHTE_SOORTEN.items():
        if conn.execute(sql).fetchone()[0]:
            raise beschadigd(pad, tr("een rij met een ontbrekende waarde of een waarde van de verkeerde soort ({tabel})")
                             .format(tabel=tabel))
    if conn.execute(_TE_GROOT).fetchone()[0]:
        raise beschadigd(pad, tr("het document is groter dan 8 MB"))


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
    """Size and depth before parsing, every value's type before from_dict: one clear line, never a crash."""
    try:
        validatie.controleer_json(inhoud, MAX_JSON_BYTES)
        validatie.controleer_json(metadata, MAX_METADATA_BYTES)
        data = json.loads(inhoud)
        if not isinstance(data, dict):
            raise Ongeldig("soort")
        data["metadata"] = json.loads(metadata)
        validatie.controleer_waarde(Policy, data)
        return from_dict(Policy, data)
    except Ongeldig as fout:
        raise _ongeldig(pad, fout) from None
    except (ValueError, TypeError, KeyError, RecursionError):
        raise beschadigd(pad) from None
