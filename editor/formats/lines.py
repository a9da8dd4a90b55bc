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
    HOOFDSTUK = auto()    # "Hoofdstuk 2. Gebruik", "§ 3. Nevenwerkzaamheden", "Paragraaf 1 Algemeen"
    LID = auto()          # "Lid 2 Persoonlijke gegevens …" (a lid with its own heading)
    NUMMER = auto()       # "3. Het is medewerkers ..."
    LETTER = auto()       # "a. ...", "i) ..."
    SUB = auto()          # "1° ..."
    OPSOMMING = auto()    # "- ...", "* ...", "• ..."
    LABEL = auto()        # a label alone on its line ("1.", "• a.", "Lid 1"), its text follows
    TEKST = auto()


@dataclass
class Regel:
    soort: Soort
    tekst: str
    nummer: str | None = None   # the number or letter of an item or heading
    niveau: int = 0             # Markdown heading level; bold-only headings are 7
    label: str | None = None    # the label as the source wrote it ("i)", "§ 3.", "Lid 2", "-")
    inspringing: int = 0        # leading spaces: a bullet indented under a bullet is its sub-item

    def is_leeg(self) -> bool:
        return self.soort is Soort.LEEG


ARTIKEL_RE = re.compile(r"^(artikel\s+(\d+(?:\.\d+)*[a-z]?)\s*[.:\-–]?)\s*(.*)$", re.IGNORECASE)
HOOFDSTUK_RE = re.compile(
    r"^((?:hoofdstuk|paragraaf|afdeling)\s+(\d+(?:\.\d+)*|[IVXLC]+)\s*[.:\-–]?|§\s*(\d+(?:\.\d+)*)\s*[.:]?)\s*(.*)$",
    re.IGNORECASE,
)
ROMEINSE_KOP_RE = re.compile(r"^(([IVXLC]{1,5})\.)\s+([A-Z][A-Z\s,'\-]+\.?)$")   # "II. SAMENSTELLING EN ZITTINGSDUUR"
LID_RE = re.compile(r"^(lid\s+(\d+[a-z]?)[.:]?)(?:\s+(\S.*))?$", re.IGNORECASE)
NUMMER_RE = re.compile(r"^((\d{1,3})[.)])\s+(.*)$")
ROMEINS = r"(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)"
ROMEINS_PUNT_RE = re.compile(r"^(((?:I|II|III|IV|V|VI|VII|VIII|IX|X))\.)\s+([a-z].*)$")   # "II. de navolgende …"
LETTER_RE = re.compile(rf"^(({ROMEINS}|[a-z]{{1,2}})[.)])\s+(.*)$")
SUB_RE = re.compile(r"^((\d{1,2})°)\s*(.*)$")
OPSOMMING_RE = re.compile(r"^([-*•–—▪●])\s+(.*)$")
LOS_LABEL_RE = re.compile(
    rf"^(?:[•▪●]\s*)?(?:[-–]\s+)?(?P<label>\d{{1,3}}[.)]|{ROMEINS}[.)]|[a-z]{{1,2}}[.)]|[-–—•▪●])$"
    rf"|^[•▪●]\s*(?P<letter>[a-z])$|^(?P<lid>lid\s+\d+[a-z]?)$",
    re.IGNORECASE,
)
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
    regel = _classificeer(ruw, markdown)
    regel.inspringing = len(ruw.expandtabs(4)) - len(ruw.expandtabs(4).lstrip())
    return regel


def _classificeer(ruw: str, markdown: bool) -> Regel:
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
        return Regel(Soort.ARTIKEL, m.group(3).strip(), m.group(2), niveau, m.group(1))
    if m := HOOFDSTUK_RE.match(tekst):
        return Regel(Soort.HOOFDSTUK, m.group(4).strip(), m.group(2) or m.group(3), niveau, m.group(1).strip())
    if m := NUMMER_RE.match(tekst):
        return Regel(Soort.KOP, m.group(3).strip(), m.group(2), niveau, m.group(1))
    return Regel(Soort.KOP, tekst, None, niveau)


def _item(tekst: str) -> Regel:
    if (m := ARTIKEL_RE.match(tekst)) and _is_artikelkop(m.group(3)):
        return Regel(Soort.ARTIKEL, m.group(3).strip(), m.group(2), label=m.group(1))
    if (m := HOOFDSTUK_RE.match(tekst)) and _is_artikelkop(m.group(4) or "X"):
        return Regel(Soort.HOOFDSTUK, m.group(4).strip(), m.group(2) or m.group(3), label=m.group(1).strip())
    if m := ROMEINSE_KOP_RE.match(tekst):
        return Regel(Soort.HOOFDSTUK, m.group(3).strip(), m.group(2), label=m.group(1))
    if m := LOS_LABEL_RE.match(tekst):
        label = m.group("label") or m.group("letter") or m.group("lid")
        return Regel(Soort.LABEL, "", label.rstrip(".)"), label=label)
    if (m := LID_RE.match(tekst)) and (not m.group(3) or not m.group(3)[0].islower()):
        return Regel(Soort.LID, (m.group(3) or "").strip(), m.group(2), label=m.group(1))
    if m := ROMEINS_PUNT_RE.match(tekst):
        return Regel(Soort.NUMMER, m.group(3).strip(), m.group(2), label=m.group(1))
    for soort, patroon in ((Soort.NUMMER, NUMMER_RE), (Soort.LETTER, LETTER_RE), (Soort.SUB, SUB_RE)):
        if m := patroon.match(tekst):
            return Regel(soort, m.group(3).strip(), m.group(2), label=m.group(1))
    if m := OPSOMMING_RE.match(tekst):
        binnen = _item(m.group(2).strip())
        if binnen.soort in (Soort.NUMMER, Soort.LETTER) and m.group(1) in "•▪●":
            return binnen      # "• a. Gebruiker: …": the bullet only decorates the web page's list
        return Regel(Soort.OPSOMMING, m.group(2).strip(), label=m.group(1))
    return Regel(Soort.TEKST, tekst)


def _is_artikelkop(rest: str) -> bool:
    """'Artikel 4. Sociale media op de werkvloer' is a heading; 'artikel 23 van de wet;' is not. A long
    heading too, as `show` prints one ("Artikel 2. Specifieke richtlijnen ter bescherming van …"), as long as
    it reads as a title: capitalised, no sentence or list punctuation at its end."""
    rest = rest.strip().rstrip(".")
    if not rest:
        return True
    if rest[0].islower():
        return False
    return is_kopachtig(rest) or (len(rest) <= 200 and rest[-1] not in ";:,!?" and ". " not in rest)


def voeg_labels_samen(regels: list[Regel]) -> list[Regel]:
    """A label alone on its line ("1.", "• a.", "Lid 2") takes the text of the next line, as web pages
    and PDFs split them. A bullet alone before a numbered item is only list decoration and goes."""
    uit: list[Regel] = []
    i = 0
    while i < len(regels):
        regel = regels[i]
        if regel.soort is not Soort.LABEL:
            uit.append(regel)
            i += 1
            continue
        j = i + 1
        while j < len(regels) and regels[j].is_leeg():
            j += 1
        volgende = regels[j] if j < len(regels) else None
        if volgende is not None and (volgende.soort is Soort.TEKST or _hoort_bij_lijst(volgende, uit)):
            uit.append(_met_tekst(regel, _als_tekst(volgende)))
            i = j + 1
            continue
        if _is_opsommingsteken(regel.label) and volgende is not None and volgende.soort is not Soort.LEEG:
            i += 1      # "•" or "-" on its own before "1. …": decoration of the web page
            continue
        uit.append(_met_tekst(regel, ""))
        i += 1
    return uit


def _hoort_bij_lijst(volgende: Regel, uit: list[Regel]) -> bool:
    """"- 3." above "Artikel 156 Gemeentewet" in a list of grounds is an item, not a heading: a plain line
    (no Markdown heading mark) that reads like a heading, inside a list of numbered items."""
    vorige = next((r for r in reversed(uit) if not r.is_leeg()), None)
    return (volgende.soort in (Soort.ARTIKEL, Soort.HOOFDSTUK) and volgende.niveau == 0
            and vorige is not None and vorige.soort is Soort.NUMMER)


def _als_tekst(regel: Regel) -> str:
    if regel.soort in (Soort.ARTIKEL, Soort.HOOFDSTUK) and regel.label:
        return f"{regel.label} {regel.tekst}".strip()
    return regel.tekst


def _is_opsommingsteken(label: str | None) -> bool:
    return bool(label) and label in "-–—•▪●"


def _met_tekst(regel: Regel, tekst: str) -> Regel:
    label = regel.label or ""
    if _is_opsommingsteken(label):
        return Regel(Soort.OPSOMMING, tekst, label=label, inspringing=regel.inspringing)
    if label.lower().startswith("lid"):
        return Regel(Soort.LID, tekst, label.split()[-1], label=label, inspringing=regel.inspringing)
    soort = Soort.NUMMER if label[:1].isdigit() else Soort.LETTER
    return Regel(soort, tekst, regel.nummer, label=label, inspringing=regel.inspringing)


# -- PDF text run together: one long line holding the aanhef, artikelen and points ---------------

LANGE_REGEL = 300
AANHEF_IN_REGEL_RE = re.compile(
    r"(?<=[;:,])\s+(?=(?:gelet op|gezien|overwegende|gehoord|gelezen|b\s?e\s?s\s?l\s?u\s?i\s?t(?:\s?e\s?n)?\s*:))",
    re.IGNORECASE,
)
ROMEINSE_CIJFERS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
ORGAAN_IN_REGEL_RE = re.compile(
    r"\s(?=(?:Het|De)\s+(?:[Cc]ollege|[Rr]aad|[Mm]inister|[Dd]irectie|[Bb]estuur|[Dd]agelijks bestuur)\b[^;]*?[;,])")


def splits_doorlopende_regels(regels: list[str]) -> list[str]:
    """A long line that holds a whole besluit (PDF text) is split where the besluit itself starts a new
    part: an aanhef keyword after ";", the next "Artikel N", the next "I."/"II." of the decision, the
    next letter or number of a list after ":" or ";", a dash after a full stop. Only in sequence, so a
    reference to "artikel 3" in a sentence stays where it is."""
    uit: list[str] = []
    for regel in regels:
        if len(regel) <= LANGE_REGEL:
            uit.append(regel)
            continue
        delen = _splits(regel)
        inspringing = regel[:len(regel) - len(regel.lstrip())]
        uit += [inspringing + delen[0]] + delen[1:] if delen else []     # the first part keeps its indentation
    return uit


def _splits(regel: str) -> list[str]:
    delen = AANHEF_IN_REGEL_RE.split(regel)
    delen[:1] = ORGAAN_IN_REGEL_RE.split(delen[0], maxsplit=1)
    uit: list[str] = []
    artikel = [1]
    for deel in delen:
        for stuk in _splits_op_volgorde(deel, artikel):
            uit += _kop_los(stuk.strip())
    return [d.strip() for d in uit if d.strip()]


def _kop_los(stuk: str) -> list[str]:
    """"Artikel 1 Begripsbepalingen In dit besluit …": the heading ends where a sentence starts."""
    m = re.match(r"^(Artikel \d+)\s+(.*)$", stuk)
    if not m:
        return [stuk]
    woorden = m.group(2).split(" ")
    for i in range(1, min(len(woorden) - 1, 9)):
        if woorden[i][:1].isupper() and woorden[i + 1][:1].islower():
            return [f"{m.group(1)} {' '.join(woorden[:i])}", " ".join(woorden[i:])]
    return [stuk]


def _splits_op_volgorde(tekst: str, artikel: list[int]) -> list[str]:
    kandidaten = []
    for m in re.finditer(r"\s(?=Artikel (\d+)\s+[A-Z])", tekst):
        if int(m.group(1)) == artikel[0]:
            kandidaten.append(m.start())
            artikel[0] += 1
    kandidaten += _volgorde(tekst, r"(?<=[:;])\s(?=({R})\.\s)".replace("{R}", "|".join(ROMEINSE_CIJFERS)),
                            ROMEINSE_CIJFERS)
    kandidaten += _volgorde(tekst, r"(?<=[:;])\s(?=([a-z])\.\s)", [chr(c) for c in range(ord("a"), ord("z") + 1)])
    kandidaten += _volgorde(tekst, r"(?<=[:;])\s(?=(\d{1,2})\.\s)", [str(n) for n in range(1, 100)])
    kandidaten += [m.start() for m in re.finditer(r"(?<=\.)\s(?=- [A-Z])", tekst)]
    grenzen = sorted(set(kandidaten))
    return [tekst[a:b] for a, b in zip([0] + grenzen, grenzen + [len(tekst)])]


def _volgorde(tekst: str, patroon: str, reeks: list[str]) -> list[int]:
    """Split points of a list whose labels follow each other from the first ("a." then "b." …)."""
    uit, verwacht = [], 0
    for m in re.finditer(patroon, tekst):
        if verwacht < len(reeks) and m.group(1) == reeks[verwacht]:
            uit.append(m.start())
            verwacht += 1
    return uit
