"""Where things live: bundled resources, and the user's folders (platformdirs).

The user's folders can be pointed elsewhere with environment variables, so tests
and portable installs run in folders of their own.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP = "Beleidsstudio"


def resource_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def config_dir() -> Path:
    return _dir("BELEIDSSTUDIO_CONFIG_DIR", platformdirs.user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    return _dir("BELEIDSSTUDIO_DATA_DIR", platformdirs.user_data_dir(APP, appauthor=False))


def _dir(variabele: str, standaard: str) -> Path:
    return Path(os.environ.get(variabele) or standaard)
