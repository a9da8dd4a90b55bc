"""A lock beside an open project: who has it open, so a second instance opens it read-only.

The lock is `.~lock.NAME#` in the same folder (as LibreOffice names its own), holding JSON with
host, user, process id and time. A lock left by a process on this host that no longer runs is
stale and taken over; one from another host is respected.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class Houder:
    gebruiker: str
    host: str
    pid: int
    tijd: str

    @classmethod
    def ik(cls) -> Houder:
        return cls(_gebruiker(), socket.gethostname(), os.getpid(), datetime.now().isoformat(timespec="seconds"))

    def leeft(self) -> bool:
        """Whether the holder may still have the file open (always assumed for another host)."""
        if self.host != socket.gethostname():
            return True
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True


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
    except (OSError, ValueError, KeyError, TypeError):
        return None


def neem_lock(pad: Path) -> Houder | None:
    """Take the lock; returns None when taken, or who holds it (then open read-only)."""
    ik = Houder.ik()
    for _ in range(2):
        try:
            fd = os.open(lock_pad(pad), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            houder = lees_houder(pad)
            if houder is not None and houder.leeft() and houder.pid != ik.pid:
                return houder
            lock_pad(pad).unlink(missing_ok=True)   # stale, unreadable or our own: take it over
            continue
        except OSError:
            return None   # a read-only folder: nobody can write there, so there is nothing to protect
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(asdict(ik), f)
        return None
    return lees_houder(pad)


def geef_lock_vrij(pad: Path) -> None:
    houder = lees_houder(pad)
    if houder is not None and houder.pid == os.getpid() and houder.host == socket.gethostname():
        lock_pad(pad).unlink(missing_ok=True)
