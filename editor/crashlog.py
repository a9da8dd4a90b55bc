"""Unexpected errors go to fouten.log in the user's data folder: the exception's type and the
traceback's frames, never its message (that may quote the policy's text); mode 600; at 1 MB it
moves to fouten.log.1 (replacing the one before), so the two never hold more than about 2 MB.
"""

from __future__ import annotations

import os
import sys
import traceback
from datetime import datetime
from pathlib import Path

from .paths import data_dir

MAX_BYTES = 1024 * 1024
NAAM = "fouten.log"


def log_pad() -> Path:
    return data_dir() / NAAM


def schrijf(exc: BaseException) -> Path:
    pad = log_pad()
    try:
        pad.parent.mkdir(parents=True, exist_ok=True)
        _roteer(pad)
        fd = os.open(pad, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as f:
            os.fchmod(f.fileno(), 0o600)      # a log from an older version was 644
            f.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            f.write(verslag(exc))
    except OSError:
        pass
    return pad


def vang_onopvangbare() -> None:
    """An error Python cannot raise (a library's __del__ closing a file on a full disk) goes to the
    log, not as a traceback onto the user's terminal."""
    sys.unraisablehook = lambda info: schrijf(info.exc_value) if info.exc_value is not None else None


def verslag(exc: BaseException) -> str:
    """Type and frames of the exception and of its causes; file, line and function names only."""
    regels: list[str] = []
    gezien: set[int] = set()
    huidig: BaseException | None = exc
    while huidig is not None and id(huidig) not in gezien:
        gezien.add(id(huidig))
        regels.append(f"{type(huidig).__module__}.{type(huidig).__qualname__}\n")
        for frame in traceback.extract_tb(huidig.__traceback__):
            regels.append(f"  {frame.filename}:{frame.lineno} in {frame.name}\n")
        huidig = huidig.__cause__ or (None if huidig.__suppress_context__ else huidig.__context__)
        if huidig is not None:
            regels.append("veroorzaakt door / caused by:\n")
    return "".join(regels)


def _roteer(pad: Path) -> None:
    try:
        if pad.stat().st_size >= MAX_BYTES:
            os.replace(pad, pad.with_name(NAAM + ".1"))
    except FileNotFoundError:
        pass
