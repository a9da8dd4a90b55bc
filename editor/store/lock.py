"""A lock beside an open project: who has it open, so a second instance opens it read-only.

The lock is `.~lock.NAME#` in the same folder (as LibreOffice names its own), holding JSON with
host, user, process id and time. A lock is *abandoned* when its process on this host no longer
runs, or when it comes from another host and is older than VERLOOPT_NA (a machine that crashed
and never came back). An abandoned lock is offered for take-over (the window asks, the command
line has --take-over-lock); a live one is respected: the file opens read-only.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..i18n import tr
from ..model.datums import toon_datum

VERLOOPT_NA = timedelta(hours=24)     # another host's lock older than this may be taken over


@dataclass(frozen=True)
class Houder:
    gebruiker: str
    host: str
    pid: int
    tijd: str

    @classmethod
    def ik(cls) -> Houder:
        return cls(_gebruiker(), socket.gethostname(), os.getpid(), datetime.now().isoformat(timespec="seconds"))

    def is_ik(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()

    def leeft(self) -> bool:
        """Whether the holder may still have the file open (always assumed for another host)."""
        if self.host != socket.gethostname():
            return True
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except (PermissionError, OverflowError):
            return True
        return True

    def verlaten(self, nu: datetime | None = None) -> bool:
        """A process on this host that is gone, or another host's lock older than VERLOOPT_NA."""
        if self.host == socket.gethostname():
            return not self.leeft()
        sinds = self.sinds()
        return sinds is None or (nu or datetime.now()) - sinds > VERLOOPT_NA

    def sinds(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.tijd).replace(tzinfo=None)
        except ValueError:
            return None

    def beschrijving(self) -> str:
        """"Geopend door jan op laptop-jan sinds 1 januari 2024"."""
        return tr("Geopend door {gebruiker} op {host} sinds {tijd}").format(
            gebruiker=self.gebruiker, host=self.host, tijd=self._sinds_tekst())

    def vraag(self) -> str:
        """The take-over question for an abandoned lock."""
        reden = (tr("Dat programma draait niet meer.") if self.host == socket.gethostname()
                 else tr("Die computer heeft het bestand al meer dan een dag niet vrijgegeven."))
        return f"{self.beschrijving()}. {reden} " + tr("Toch openen en overnemen?")

    def _sinds_tekst(self) -> str:
        sinds = self.sinds()
        if sinds is None:
            return self.tijd
        if sinds.date() == datetime.now().date():
            return tr("vandaag {tijd}").format(tijd=sinds.strftime("%H:%M"))
        return toon_datum(sinds.date().isoformat())


def _gebruiker() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def lock_pad(pad: Path) -> Path:
    return pad.with_name(f".~lock.{pad.name}#")


def lees_houder(pad: Path) -> Houder | None:
    try:
        data = json.loads(lock_pad(pad).read_text(encoding="utf-8"))
        return Houder(str(data["gebruiker"]), str(data["host"]), int(data["pid"]), str(data["tijd"]))
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None


def neem_lock(pad: Path, overnemen: bool = False) -> Houder | None:
    """Take the lock; returns None when taken, or who holds it (then open read-only).

    An unreadable lock or our own is replaced; an abandoned one only when `overnemen` is set
    (the user said so). A live holder is never displaced.
    """
    ik = Houder.ik()
    for _ in range(2):
        try:
            fd = os.open(lock_pad(pad), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            houder = lees_houder(pad)
            if houder is not None and not houder.is_ik() and not (overnemen and houder.verlaten()):
                return houder
            lock_pad(pad).unlink(missing_ok=True)
            continue
        except OSError:
            return None   # a read-only folder: nobody can write there, so there is nothing to protect
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(asdict(ik), f)
        except OSError:                 # a full disk: an empty lock would read as unreadable, so none at all
            lock_pad(pad).unlink(missing_ok=True)
        return None
    return lees_houder(pad)


def geef_lock_vrij(pad: Path) -> None:
    houder = lees_houder(pad)
    if houder is not None and houder.is_ik():
        lock_pad(pad).unlink(missing_ok=True)
