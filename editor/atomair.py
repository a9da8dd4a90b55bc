"""Writing a user's file safely: a temporary file in the same folder, flushed, fsynced and renamed
over the target. A kill at any moment leaves the old file or the new one, never half of one, and
no temporary file lying about once the writer returns or raises.

A failure to write (a full disk, a read-only folder) becomes one BestandFout that names the file
and what to do; the old file is then untouched.

mkstemp creates its file with mode 600. An export ends with the mode a new file normally gets
(0666 less the umask), or the mode of the file it replaces; private files (settings, the user's
clauses, projects, the failure log) pass `modus=PRIVE`.
"""

from __future__ import annotations

import errno
import glob
import os
import socket
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from .errors import BestandFout
from .i18n import tr

PRIVE = 0o600
_VOL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_GEEN_RECHTEN = {errno.EROFS, errno.EACCES, errno.EPERM}


class SchrijfFout(BestandFout, OSError):
    """A file that could not be written: one translated line. Also an OSError, so code that
    catches OSError around a write keeps catching it."""


@contextmanager
def tijdelijk_naast(pad: Path, achtervoegsel: str = "", modus: int | None = None) -> Iterator[Path]:
    """A path in the target's folder to write to; on success it replaces the target atomically.

    Where Linux allows it the file has no name while it is written (O_TMPFILE, reached as
    /proc/self/fd/N) and gets one only at the end, so even a kill (SIGKILL, a power cut) leaves no
    temporary file behind. A writer that needs a real file name with a suffix (LibreOffice names
    its output by it) passes `achtervoegsel`; then the file is named `.NAME.HOST-PID.xxxx.tmpSUFFIX`,
    and a later write removes such files of processes on this host that no longer run.
    Raises SchrijfFout (the target untouched) when the folder cannot take the file.
    """
    pad = Path(pad)
    map_ = pad.parent if str(pad.parent) else Path(".")
    fd = None if achtervoegsel else _naamloos(map_)
    tijdelijk: Path | None = None
    try:
        if fd is None:
            _ruim_op(map_, pad.name)
            handvat, naam = tempfile.mkstemp(prefix=f".{pad.name}.{_wie()}.", suffix=f".tmp{achtervoegsel}", dir=map_)
            os.close(handvat)
            tijdelijk = Path(naam)
            yield tijdelijk
            _fsync(tijdelijk)
            os.chmod(tijdelijk, _modus_voor(pad, modus))
        else:
            yield Path(f"/proc/self/fd/{fd}")
            os.fsync(fd)
            os.fchmod(fd, _modus_voor(pad, modus))
            tijdelijk = map_ / f".{pad.name}.{_wie()}.{os.urandom(4).hex()}.tmp"
            _geef_naam(fd, map_, tijdelijk.name)      # a name only now, for the rename
        os.replace(tijdelijk, pad)
        _fsync_map(map_)
    except OSError as exc:
        raise schrijffout(pad, exc) from None
    finally:
        if fd is not None:
            os.close(fd)
        if tijdelijk is not None:
            tijdelijk.unlink(missing_ok=True)


def _naamloos(map_: Path) -> int | None:
    """An unnamed file in `map_` (Linux O_TMPFILE), or None where the system or filesystem has none."""
    vlag = getattr(os, "O_TMPFILE", 0)
    if not vlag or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(map_, vlag | os.O_RDWR, 0o600)
    except OSError:
        return None


def _geef_naam(fd: int, map_: Path, naam: str) -> None:
    """linkat(AT_FDCWD, "/proc/self/fd/N", map_, naam, AT_SYMLINK_FOLLOW): a directory fd makes
    Python call linkat (plain link() would try to link the /proc symlink itself)."""
    map_fd = os.open(map_, os.O_RDONLY)
    try:
        os.link(f"/proc/self/fd/{fd}", naam, dst_dir_fd=map_fd, follow_symlinks=True)
    finally:
        os.close(map_fd)


def _wie() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def _ruim_op(map_: Path, naam: str) -> None:
    """Temporary files of earlier writes to `naam` by processes on this host that were killed."""
    host = socket.gethostname()
    try:
        kandidaten = list(map_.glob(f".{glob.escape(naam)}.{glob.escape(host)}-*.tmp*"))
    except OSError:
        return
    for kandidaat in kandidaten:
        pid = kandidaat.name[len(f".{naam}.{host}-"):].split(".", 1)[0]
        if pid.isdigit() and not _draait(int(pid)):
            kandidaat.unlink(missing_ok=True)


def _draait(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def schrijf_atomair(pad: Path, schrijver: Callable[[Path], None], modus: int | None = None) -> None:
    """`schrijver(tijdelijk_pad)` writes the whole file (opening the path it is given, whose name may
    have no suffix); then it takes the place of `pad`."""
    with tijdelijk_naast(pad, "", modus) as tijdelijk:
        schrijver(tijdelijk)


def schrijf_tekst(pad: Path, tekst: str, modus: int | None = None) -> None:
    schrijf_atomair(pad, lambda t: t.write_text(tekst, encoding="utf-8"), modus)


def schrijf_bytes(pad: Path, data: bytes, modus: int | None = None) -> None:
    schrijf_atomair(pad, lambda t: t.write_bytes(data), modus)


# -- what the user is told -------------------------------------------------------------------

def schijf_vol(pad: Path) -> SchrijfFout:
    return SchrijfFout(tr("De schijf is vol: {bestand} is niet geschreven en het vorige bestand is ongewijzigd. "
                          "Maak ruimte vrij of sla op in een andere map.").format(bestand=pad))


def geen_rechten(pad: Path) -> SchrijfFout:
    return SchrijfFout(tr("Geen schrijfrechten: {bestand} is niet geschreven (alleen-lezen map of bestand). "
                          "Sla op in een andere map.").format(bestand=pad))


def schijf_weigert(pad: Path) -> SchrijfFout:
    """An I/O error while writing (a full disk under a size limit, a failing or removed drive)."""
    return SchrijfFout(tr("Schrijffout: {bestand} is niet opgeslagen en het vorige bestand is ongewijzigd. "
                          "Controleer of de schijf vol is, of sla op in een andere map.").format(bestand=pad))


def schrijffout(pad: Path, exc: OSError) -> SchrijfFout:
    """One line for an OSError met while writing `pad`: which file, and what the user can do."""
    if isinstance(exc, SchrijfFout):
        return exc
    if exc.errno in _VOL:
        return schijf_vol(pad)
    if exc.errno in _GEEN_RECHTEN:
        return geen_rechten(pad)
    if exc.errno == errno.ENOENT:
        return SchrijfFout(tr("De map van {bestand} bestaat niet (meer); sla op in een andere map.").format(bestand=pad))
    return SchrijfFout(tr("Kan {bestand} niet schrijven: {reden}. Sla op in een andere map.")
                       .format(bestand=pad, reden=exc.strerror or type(exc).__name__))


# -- modes and syncing -----------------------------------------------------------------------

def _modus_voor(pad: Path, modus: int | None) -> int:
    if modus is not None:
        return modus
    try:
        return os.stat(pad).st_mode & 0o777      # replacing a file keeps its mode
    except OSError:
        return 0o666 & ~umask()


def umask() -> int:
    """The process's umask (read without changing it where /proc allows; threads may run)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for regel in f:
                if regel.startswith("Umask:"):
                    return int(regel.split()[1], 8)
    except (OSError, ValueError):
        pass
    oud = os.umask(0o022)
    os.umask(oud)
    return oud


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
