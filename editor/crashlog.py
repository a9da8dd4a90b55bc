"""Unexpected errors go, with their traceback, to a log in the user's data folder."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from .paths import data_dir


def schrijf(exc: BaseException) -> Path:
    pad = data_dir() / "fouten.log"
    try:
        pad.parent.mkdir(parents=True, exist_ok=True)
        with pad.open("a", encoding="utf-8") as f:
            f.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            f.write("".join(traceback.format_exception(exc)))
    except OSError:
        pass
    return pad
