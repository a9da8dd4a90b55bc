"""Writing a user's file safely: a temporary file in the same folder, flushed, fsynced and renamed
over the target. A kill at any moment leaves the old file or the new one, never half of one, and
no temporary file lying about once the writer returns or raises.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator


@contextmanager
def tijdelijk_naast(pad: Path, achtervoegsel: str = "") -> Iterator[Path]:
    """A path in the target's folder to write to; on success it replaces the target atomically.

    `achtervoegsel` keeps a suffix that a writer insists on (LibreOffice names its output by it).
    """
    pad = Path(pad)
    map_ = pad.parent if str(pad.parent) else Path(".")
    fd, naam = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=f".tmp{achtervoegsel}", dir=map_)
    os.close(fd)
    tijdelijk = Path(naam)
    try:
        yield tijdelijk
        _fsync(tijdelijk)
        os.replace(tijdelijk, pad)
        _fsync_map(map_)
    finally:
        tijdelijk.unlink(missing_ok=True)


def schrijf_atomair(pad: Path, schrijver: Callable[[Path], None]) -> None:
    """`schrijver(tijdelijk_pad)` writes the whole file; then it takes the place of `pad`."""
    with tijdelijk_naast(pad, Path(pad).suffix) as tijdelijk:
        schrijver(tijdelijk)


def schrijf_tekst(pad: Path, tekst: str) -> None:
    schrijf_atomair(pad, lambda t: t.write_text(tekst, encoding="utf-8"))


def schrijf_bytes(pad: Path, data: bytes) -> None:
    schrijf_atomair(pad, lambda t: t.write_bytes(data))


def _fsync(pad: Path) -> None:
    with open(pad, "rb+") as f:
        os.fsync(f.fileno())


def _fsync_map(map_: Path) -> None:
    """The rename itself reaches the disk (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(map_, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
