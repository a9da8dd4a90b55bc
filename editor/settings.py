"""Preferences and state, each a small JSON file in the user's config folder.

Preferences (language, the author's name) are apart from state that is merely
remembered (recent files, window geometry), so clearing one never loses the other.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from .atomair import PRIVE, schrijf_tekst
from .paths import config_dir

MAX_RECENT = 10


@dataclass
class Voorkeuren:
    taal: str = "nl"
    auteur: str = ""
    initialen: str = ""
    rol: str = "opsteller"      # or "ondernemingsraad": may propose and comment, not accept or reject
    word_sjabloon: str = ""     # the organisation's own .dotx for exports ("" = Beleidsstudio's regulation style)


@dataclass
class Staat:
    recente_bestanden: list[str] = field(default_factory=list)
    venster: str = ""  # base64 of QMainWindow.saveGeometry()
    laatste_map: str = ""  # where the last file dialog chose a file: the next one starts there

    def voeg_recent_toe(self, pad: Path) -> None:
        tekst = str(Path(pad).resolve())
        self.recente_bestanden = [tekst] + [p for p in self.recente_bestanden if p != tekst]
        del self.recente_bestanden[MAX_RECENT:]


def laad_voorkeuren() -> Voorkeuren:
    return _laad(Voorkeuren, config_dir() / "voorkeuren.json")


def bewaar_voorkeuren(voorkeuren: Voorkeuren) -> None:
    _bewaar(asdict(voorkeuren), config_dir() / "voorkeuren.json")


def laad_staat() -> Staat:
    return _laad(Staat, config_dir() / "staat.json")


def bewaar_staat(staat: Staat) -> None:
    _bewaar(asdict(staat), config_dir() / "staat.json")


def _laad(cls: Any, pad: Path) -> Any:
    """Defaults for a missing or damaged file, and for every value of the wrong type."""
    standaard = cls()
    try:
        data = json.loads(pad.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):   # a 100,000-deep array too
        return standaard
    if not isinstance(data, dict):
        return standaard
    waarden = {
        f.name: data[f.name]
        for f in fields(cls)
        if f.name in data and isinstance(data[f.name], type(getattr(standaard, f.name)))
    }
    return cls(**waarden)


def _bewaar(data: dict[str, Any], pad: Path) -> None:
    """Through a temporary file (a kill leaves the old preferences); mode 600; BestandFout when it cannot."""
    pad.parent.mkdir(parents=True, exist_ok=True)
    schrijf_tekst(pad, json.dumps(data, ensure_ascii=False, indent=2), PRIVE)
