"""Cleaning and classifying the lines of a plain-text or Markdown policy.

The shapes are those of the sample policies: "Artikel N. Kop", numbered leden,
Markdown headings and bullets, bold-only lines used as headings, and the artefacts
of text copied from web pages and PDFs (a page break "-" inside a sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, auto


class Soort(Enum):
    LEEG = auto()
    KOP = auto()          # a heading: Markdown, bold-only or plain (see is_kopachtig)
    ARTIKEL = auto()      # "Artikel 4. Sociale media op de werkvloer"
    HOOFDSTUK = auto()    # "Hoofdstuk 2. Gebruik"
    NUMMER = auto()       # "3. Het is medewerkers ..."
    LETTER = auto()       # "a. ..."
    SUB = auto()          # "1° ..."
    OPSOMMING = auto()    # "- ...", "* ...", "• ..."
    TEKST = auto()


@dataclass
class Regel:
    soort: Soort
    tekst: str
    nummer: str | None = None   # the number or letter of an item or heading
    niveau: int = 0             # Markdown heading level; bold-only headings are 7

    def is_leeg(self) -> bool:
        return self.soort is Soort.LEEG


ARTIKEL_RE = re.compile(r"^artikel\s+(\d+[a-z]?)\s*[.:\-–]?\s*(.*)$", re.IGNORECASE)
HOOFDSTUK_RE = re.compile(r"^hoofdstuk\s+(\d+|[IVXLC]+)\s*[.:\-–]?\s*(.*)$", re.IGNORECASE)
NUMMER_RE = re.compile(r"^(\d{1,3})[.)]\s+(.*)$")
LETTER_RE = re.compile(r"^([a-z]{1,2})[.)]\s+(.*)$")
SUB_RE = re.compile(r"^(\d{1,2})°\s*(.*)$")
OPSOMMING_RE = re.compile(r"^[-*•–]\s+(.*)$")
MD_KOP_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
VET_RE = re.compile(r"^\*\*(.+?)\*\*$|^__(.+?)__$")
VET_MARKERING_RE = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
SCHEIDING_RE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")
AFSLUITING = ".;:,!?_"


def is_kopachtig(tekst: str) -> bool:
    """Whether a plain line reads like a heading: short, capitalised, no closing punctuation."""
    tekst = tekst.strip()
    if not tekst or len(tekst) > 80 or len(tekst.split()) > 10:
        return False
    return tekst[-1] not in AFSLUITING and (tekst[0].isupper() or tekst[0].isdigit())


def zonder_vet(tekst: str) -> str:
    """Markdown bold markers are source artefacts: keep the words, drop the stars."""
    return VET_MARKERING_RE.sub(lambda m: m.group(1) or m.group(2), tekst)


def is_markdown(tekst: str) -> bool:
    return bool(re.search(r"^#{1,6}\s|^\s*\*\*[^*]+\*\*\s*$", tekst, re.MULTILINE))


def herstel_paginabreuk(regels: list[str]) -> list[str]:
    """Join a sentence that a page break cut in two: 'de officiële', '-', '- standpunten …'."""
    uit: list[str] = []
    i = 0
    while i < len(regels):
        j = _na_paginabreuk(regels, i)
        if j is not None and uit and _loopt_door(uit[-1]):
            uit[-1] = uit[-1].rstrip() + " " + regels[j].strip()[2:].strip()
            i = j + 1
            continue
        uit.append(regels[i])
        i += 1
    return uit


def _na_paginabreuk(regels: list[str], i: int) -> int | None:
    """Index of the continued line when a page-break marker starts at i."""
    k = i
    while k < len(regels) and not regels[k].strip():
        k += 1
    if k >= len(regels) or regels[k].strip() != "-":
        return None
    k += 1
    if k < len(regels) and re.match(r"^-\s+[a-zà-ÿ]", regels[k].strip()):
        return k
    return None


def _loopt_door(regel: str) -> bool:
    stripped = regel.rstrip()
    return bool(stripped) and stripped[-1] not in ".;:!?"


def classificeer(ruw: str, markdown: bool) -> Regel:
    tekst = ruw.strip()
    if not tekst or SCHEIDING_RE.match(tekst):
        return Regel(Soort.LEEG, "")
    if markdown and (m := MD_KOP_RE.match(tekst)):
        return _kop(zonder_vet(m.group(2)), len(m.group(1)))
    if markdown and (m := VET_RE.match(tekst)) and _is_vette_kop(m.group(1) or m.group(2)):
        return _kop(m.group(1) or m.group(2), 7)
    return _item(zonder_vet(tekst) if markdown else tekst)


def _is_vette_kop(tekst: str) -> bool:
    tekst = tekst.strip()
    return len(tekst.split()) <= 12 and not tekst.endswith(".")


def _kop(tekst: str, niveau: int) -> Regel:
    tekst = tekst.strip().rstrip(":").strip()
    if m := ARTIKEL_RE.match(tekst):
        return Regel(Soort.ARTIKEL, m.group(2).strip(), m.group(1), niveau)
    if m := HOOFDSTUK_RE.match(tekst):
        return Regel(Soort.HOOFDSTUK, m.group(2).strip(), m.group(1), niveau)
    if m := NUMMER_RE.match(tekst):
        return Regel(Soort.KOP, m.group(2).strip(), m.group(1), niveau)
    return Regel(Soort.KOP, tekst, None, niveau)


def _item(tekst: str) -> Regel:
    if (m := ARTIKEL_RE.match(tekst)) and _is_artikelkop(m.group(2)):
        return Regel(Soort.ARTIKEL, m.group(2).strip(), m.group(1))
    if (m := HOOFDSTUK_RE.match(tekst)) and is_kopachtig(m.group(2) or "X"):
        return Regel(Soort.HOOFDSTUK, m.group(2).strip(), m.group(1))
    for soort, patroon in ((Soort.NUMMER, NUMMER_RE), (Soort.LETTER, LETTER_RE), (Soort.SUB, SUB_RE)):
        if m := patroon.match(tekst):
            return Regel(soort, m.group(2).strip(), m.group(1))
    if m := OPSOMMING_RE.match(tekst):
        return Regel(Soort.OPSOMMING, m.group(1).strip())
    return Regel(Soort.TEKST, tekst)


def _is_artikelkop(rest: str) -> bool:
    """'Artikel 4. Sociale media op de werkvloer' is a heading; 'artikel 23 van de wet;' is not."""
    rest = rest.strip()
    return not rest or (is_kopachtig(rest) and not rest[0].islower())
