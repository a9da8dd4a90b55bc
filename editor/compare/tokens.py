"""Tokens for word-level diffs: a word (or punctuation mark) with the white space after it.

Attaching the white space halves the number of tokens, and a token boundary never falls inside a
word, so a change never splits one. Organisation names are single tokens that compare equal.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WOORD = r"\w+(?:['’\-/]\w+)*"
ORG_SLEUTEL = "\x00org"
STOPWOORDEN = frozenset(
    "de het een en of van in op te om aan bij met voor door over als dat die dit deze is zijn wordt worden "
    "niet geen er ook zij hij je jij we wij u zich haar hun zijn/haar hij/zij mits tot naar dan maar wel "
    "kan kunnen moet mag mogen dient dienen heeft hebben was al alle elke ieder iedere of".split()
)


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
    """The content words of a text, for similarity: no stop words, no diacritics."""
    kaal = normaal(tekst, namen)
    if not kaal.isascii():
        kaal = unicodedata.normalize("NFKD", kaal).encode("ascii", "ignore").decode("ascii")
    woorden = set(WOORD_RE.findall(kaal))
    woorden -= STOPWOORDEN
    gestamd = {_STAMMEN.get(w) or _stam_onthouden(w) for w in woorden}
    return frozenset(gestamd - DOMEINWOORDEN)


# Words every social-media policy uses everywhere: they say nothing about which clause is which.
DOMEINWOORDEN = frozenset({"sociale", "media", "medewerker"})


WOORD_RE = re.compile(r"\x00org|\w+")
_STAMMEN: dict[str, str] = {}


def _stam_onthouden(woord: str) -> str:
    stam = _STAMMEN[woord] = _stam(woord)
    return stam


# Words the samples use for the same thing.
SYNONIEMEN = {"werknemer": "medewerker", "werknemers": "medewerker", "medewerkers": "medewerker",
              "privesituaties": "prive", "bedrijf": "\x00org", "organisatie": "\x00org"}


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
