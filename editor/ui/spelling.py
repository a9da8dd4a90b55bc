"""Dutch spelling in the editor: the OpenTaal dictionary (Debian hunspell-nl, nl_NL) through chunspell, a
maintained binding of Hunspell; a personal word list (woordenlijst.txt in the data folder).

Not flagged: words in the personal list, words with a capital inside or digits (WerkSaam, AVG, art27),
and the organisation's names, which the window adds to the session's list. Without the dictionary or
the binding nothing is flagged and the context menu says nothing about spelling.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from ..atomair import schrijf_tekst
from ..paths import data_dir, resource_dir

WOORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
NAMEN = ("nl_NL", "nl")         # Debian's name and the name the installer bundles it under


def mappen() -> list[Path]:
    """Where the dictionary is looked for: the installer's copy first, then the system's (Debian hunspell-nl)."""
    return [resource_dir() / "hunspell", Path("/usr/share/hunspell")]


def woordenboek() -> tuple[Path, str] | None:
    """(folder, name) of the Dutch dictionary that will be loaded, or None when there is none."""
    return next(((m, n) for m in mappen() for n in NAMEN if (m / f"{n}.dic").exists() and (m / f"{n}.aff").exists()),
                None)


def woordenlijst_pad() -> Path:
    return data_dir() / "woordenlijst.txt"


class Spelling:
    def __init__(self) -> None:
        self._hunspell = None
        self._geladen = False
        self._slot = threading.Lock()
        self.eigen: set[str] = set()        # the personal list and this session's names
        self._uitslag: dict[str, bool] = {}

    def start(self) -> None:
        """Load the dictionary beside the window's start (0.8 s): nothing is flagged until it is there."""
        if not self._geladen:
            threading.Thread(target=self._laad, daemon=True).start()

    @property
    def klaar(self) -> bool:
        return self._geladen and not self._slot.locked()

    def _laad(self):
        with self._slot:
            if not self._geladen:
                self._hunspell = self._lees()
                self._geladen = True
        return self._hunspell

    def _lees(self):
        try:
            from hunspell import Hunspell
        except ImportError:
            return None
        gevonden = woordenboek()
        if gevonden is None:
            return None
        hunspell = Hunspell(gevonden[1], hunspell_data_dir=str(gevonden[0]))
        pad = woordenlijst_pad()
        if pad.exists():
            self.eigen |= {w.strip() for w in pad.read_text(encoding="utf-8").splitlines() if w.strip()}
        return hunspell

    @property
    def beschikbaar(self) -> bool:
        return self._laad() is not None

    def is_fout(self, woord: str) -> bool:
        uitslag = self._uitslag.get(woord)       # a keystroke checks its block's words again: one lookup each
        if uitslag is None:
            if not self.klaar or self._hunspell is None:
                return False
            uitslag = not (len(woord) < 2 or woord in self.eigen or not woord[1:].islower() and
                           any(c.isupper() for c in woord[1:]) or self._hunspell.spell(woord))
            self._uitslag[woord] = uitslag
        return uitslag

    def fouten(self, tekst: str) -> list[tuple[int, int]]:
        """(start, length) of every misspelt word in `tekst`."""
        return [(m.start(), m.end() - m.start()) for m in WOORD.finditer(tekst) if self.is_fout(m.group(0))]

    def suggesties(self, woord: str, hoeveel: int = 6) -> list[str]:
        h = self._laad()
        return list(h.suggest(woord))[:hoeveel] if h is not None else []

    def voeg_toe(self, woord: str) -> None:
        """Into the personal word list in the data folder (appended; one word a line)."""
        self.eigen.add(woord)
        self._uitslag.clear()
        pad = woordenlijst_pad()
        pad.parent.mkdir(parents=True, exist_ok=True)
        bestaand = pad.read_text(encoding="utf-8").splitlines() if pad.exists() else []
        schrijf_tekst(pad, "\n".join(sorted(set(bestaand) | {woord})) + "\n")

    def ken_namen(self, tekst: str) -> None:
        """The organisation's names (from the Gegevens) are never flagged."""
        self.eigen |= {m.group(0) for m in WOORD.finditer(tekst or "")}
        self._uitslag.clear()


SPELLING = Spelling()
