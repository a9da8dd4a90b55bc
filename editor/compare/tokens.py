"""Tokens for word-level diffs: a word (or punctuation mark) with the white space after it.

Attaching the white space halves the number of tokens, and a token boundary never falls inside a
word, so a change never splits one. Organisation names are single tokens that compare equal.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .termen import VULWOORDEN

WOORD = r"\w+(?:['’\-/]\w+)*"
ORG_SLEUTEL = "\x00org"


@lru_cache(maxsize=64)
def tokenizer(namen: frozenset[str]) -> re.Pattern[str]:
    """A pattern whose alternatives are the organisation names (longest first), words, marks."""
    org = "|".join(re.escape(n) for n in sorted(namen, key=len, reverse=True))
    org_deel = f"(?:{org})(?!\\w)\\s*|" if org else ""
    return re.compile(f"{org_deel}{WOORD}\\s*|[^\\w\\s]\\s*|\\s+")


@lru_cache(maxsize=64)
def naam_patroon(namen: frozenset[str]) -> re.Pattern[str] | None:
    if not namen:
        return None
    org = "|".join(re.escape(n) for n in sorted(namen, key=len, reverse=True))
    return re.compile(f"(?:{org})(?!\\w)")


def normaal(tekst: str, namen: frozenset[str]) -> str:
    """For exact matching: organisation names as one placeholder, case and white space folded."""
    patroon = naam_patroon(namen)
    if patroon is not None:
        tekst = patroon.sub(ORG_SLEUTEL, tekst)
    return " ".join(tekst.lower().split())


def inhoudswoorden(tekst: str, namen: frozenset[str]) -> frozenset[str]:
    """The content words of a text, for a quick similarity: filler words and the organisation's names
    are dropped first, then the rest is folded (no diacritics) and lightly stemmed."""
    patroon = naam_patroon(namen)
    if patroon is not None:
        tekst = patroon.sub(" ", tekst)
    kaal = tekst.lower()
    if not kaal.isascii():
        kaal = unicodedata.normalize("NFKD", kaal).encode("ascii", "ignore").decode("ascii")
    woorden = set(WOORD_RE.findall(kaal)) - VULWOORDEN
    return frozenset(_STAMMEN.get(w) or _stam_onthouden(w) for w in woorden)


WOORD_RE = re.compile(r"\w+")
_STAMMEN: dict[str, str] = {}


def _stam_onthouden(woord: str) -> str:
    stam = _STAMMEN[woord] = _stam(woord)
    return stam


# Words the samples use for the same thing.
SYNONIEMEN = {"privesituaties": "prive"}


def _stam(woord: str) -> str:
    """A light fold for similarity only: synonyms, a plural -s or -en, an inflected -e."""
    woord = SYNONIEMEN.get(woord, woord)
    if len(woord) > 5 and woord.endswith("en"):
        return woord[:-2]
    if len(woord) > 4 and woord.endswith("s"):
        return woord[:-1]
    if len(woord) > 6 and woord.endswith("e"):
        return woord[:-1]
    return woord


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))
