"""The page around a regulation as the official sites publish it, read apart from the regulation.

A CVDR page (lokaleregelgeving.overheid.nl) starts with "Wetstechnische informatie": a table of
Citeertitel, Vastgesteld door, Datum inwerkingtreding, Datum ondertekening, Bron bekendmaking, as a
browser copies it (one row per line, cells split by tabs, or each cell on its own line), then
"Tekst van de regeling", "Intitulé" and the text. Municipal bekendmakingen carry "Publicatiedatum:".
The page lines are not part of the regulation: their values become metadata, the lines themselves
go to the import report, so that no word is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model.datums import DATUM_PATROON, find_datum, parse_datum

KENMERKEN = re.compile(
    r"^(?:intitul[ée]|wetstechnische informatie|tekst van de regeling|publicatiedatum:?|skip navigatie.*|gepubliceerd op .*)$",
    re.IGNORECASE)
PAGINA_RE = re.compile(
    r"^(?:ziet u een fout in deze regeling.*|permanente link|naar de actuele versie van de regeling"
    r"|naar de door u bekeken versie|https?://\S+|regeling vervallen per .*|geldend van .*|geldig (?:sinds|tot) .*"
    r"|[•\-]?\s*geldig sinds .*|intitul[ée]|tekst van de regeling|artikelen|wetstechnische informatie"
    r"|gegevens van de regeling|inhoud regeling|print deze versie:?|publicatiedatum:?|originele publicatie downloaden:?"
    r"|download het pdf bestand|type bekendmaking:?|ga naar de inhoud|onderstaand de tekst van het volledige reglement:?"
    r"|start van deze pagina|skip navigatie.*|overheid\.nl - de wegwijzer.*|de wegwijzer naar informatie en diensten.*"
    r"|tekstgrootte|\+|jaargang \d{4}|nr\. \d+|gepubliceerd op .*)$",
    re.IGNORECASE,
)
VELDEN = (
    "Officiële naam regeling", "Organisatietype", "Organisatie", "Citeertitel", "Vastgesteld door",
    "Eigen onderwerp", "Onderwerp",
)
SECTIES = (
    "Opmerkingen met betrekking tot de regeling",
    "Wettelijke grondslag(en) of bevoegdheid waarop de regeling is gebaseerd",
    "Regelgeving die op deze regeling is gebaseerd (gedelegeerde regelgeving)",
    "Overzicht van in de tekst verwerkte wijzigingen",
)
KOLOMMEN = (
    "Datum inwerkingtreding", "Terugwerkende kracht tot en met", "Datum uitwerkingtreding", "Betreft",
    "Datum ondertekening", "Bron bekendmaking", "Kenmerk voorstel",
)
CIJFERDATUM = r"\d{1,2}-\d{1,2}-\d{4}"
GELDEND_RE = re.compile(
    rf"^(?:[•\-]\s*)?(?:geldend van|geldig sinds|deze regeling is geldig sinds)\s+({CIJFERDATUM}|{DATUM_PATROON})"
    rf"(?:.*?terugwerkende kracht vanaf ({CIJFERDATUM}))?", re.IGNORECASE)
GEPUBLICEERD_RE = re.compile(rf"^gepubliceerd op ({DATUM_PATROON})", re.IGNORECASE)
VERVALLEN_RE = re.compile(rf"^regeling vervallen per ({CIJFERDATUM})", re.IGNORECASE)
KOPVELD_RE = re.compile(
    rf"^(?P<veld>datum inwerkingtreding|datum vaststelling|datum ondertekening|vastgesteld door)\s*:\s*(?P<waarde>.+)$",
    re.IGNORECASE,
)


@dataclass
class Publicatie:
    """What the page around the regulation says, and the lines that are the page, not the text."""

    regels: list[str]                                   # the lines of the regulation itself
    pagina: list[str] = field(default_factory=list)     # page lines, for the import report
    velden: dict[str, str] = field(default_factory=dict)
    titel: str | None = None

    def datum(self, veld: str) -> str | None:
        waarde = self.velden.get(veld)
        return find_datum(waarde) if waarde else None


def lees_publicatie(regels: list[str]) -> Publicatie:
    """Split a published page into the regulation's lines and the page's (nothing changes without a page)."""
    kop = [r.strip() for r in regels[:80]]
    if not any(KENMERKEN.match(r) for r in kop if r):
        return Publicatie(list(regels))
    pub = Publicatie([])
    start = _begin_tekst(regels)
    for regel in regels[:start]:
        _lees_paginaregel(regel, pub)
    _lees_wijzigingen(regels[:start], pub)
    rest = regels[start:]
    titel_index = next((i for i, r in enumerate(rest) if r.strip()), None)
    if titel_index is not None:
        pub.titel = rest[titel_index].strip()
        for i, regel in enumerate(rest):
            if i > titel_index and regel.strip() == pub.titel:
                pub.pagina.append(regel.strip())          # the title repeated by the page
            elif PAGINA_RE.match(regel.strip()) and regel.strip():
                _lees_paginaregel(regel, pub)
            else:
                pub.regels.append(regel)
    return pub


def _begin_tekst(regels: list[str]) -> int:
    """Index of the regulation's title: after "Intitulé", else after the last page line at the top."""
    for i, regel in enumerate(regels):
        if re.match(r"^intitul[ée]$", regel.strip(), re.IGNORECASE):
            return i + 1
    laatste = 0
    for i, regel in enumerate(regels[:60]):
        tekst = regel.strip()
        if tekst and (PAGINA_RE.match(tekst) or _is_publicatiewaarde(regels, i)):
            laatste = i + 1
    return laatste


def _is_publicatiewaarde(regels: list[str], i: int) -> bool:
    """The value under "Publicatiedatum:" or "Type bekendmaking:"."""
    vorige = next((r.strip() for r in reversed(regels[:i]) if r.strip()), "")
    return vorige.lower().rstrip(":") in ("publicatiedatum", "type bekendmaking")


def _lees_paginaregel(regel: str, pub: Publicatie) -> None:
    tekst = regel.strip()
    if not tekst:
        return
    pub.pagina.append(tekst)
    if m := GELDEND_RE.match(tekst):
        pub.velden.setdefault("Geldend van", m.group(1))
        if m.group(2):
            pub.velden.setdefault("Terugwerkende kracht tot en met", m.group(2))
    elif m := GEPUBLICEERD_RE.match(tekst):
        pub.velden.setdefault("Publicatiedatum", m.group(1))
    elif m := VERVALLEN_RE.match(tekst):
        pub.velden["Vervallen per"] = m.group(1)
    elif m := KOPVELD_RE.match(tekst):
        pub.velden.setdefault(m["veld"].capitalize(), m["waarde"].strip())
    elif re.fullmatch(rf"\w+dag\s+{DATUM_PATROON}", tekst, re.IGNORECASE):
        pub.velden.setdefault("Publicatiedatum", tekst)
    else:
        for veld in VELDEN:
            if tekst.lower().startswith(veld.lower()):
                waarde = tekst[len(veld):].strip(" \t:")
                if waarde:
                    pub.velden.setdefault(veld, waarde)
                break


def _lees_wijzigingen(regels: list[str], pub: Publicatie) -> None:
    """The first row of "Overzicht van in de tekst verwerkte wijzigingen" (the version on the page)."""
    schoon = [r.strip() for r in regels]
    try:
        begin = schoon.index(SECTIES[3]) + 1
    except ValueError:
        return
    cellen = [r for r in schoon[begin:] if r and r not in KOLOMMEN and "\t".join(KOLOMMEN[:2]) not in r]
    if cellen and "\t" in cellen[0]:
        kolommen = next((r.split("\t") for r in schoon[begin:] if r.startswith(KOLOMMEN[0])), list(KOLOMMEN))
        for naam, waarde in zip(kolommen, cellen[0].split("\t")):
            if waarde.strip():
                pub.velden.setdefault(naam.strip(), waarde.strip())
        return
    _lees_losse_cellen(cellen, pub)


def _lees_losse_cellen(cellen: list[str], pub: Publicatie) -> None:
    """Cells that the page ran together: "05-04-2019nieuwe regeling", then the signing date, then the source."""
    if not cellen or not (m := re.match(rf"^((?:{CIJFERDATUM})+)(.*)$", cellen[0])):
        return
    datums = re.findall(CIJFERDATUM, m.group(1))
    pub.velden.setdefault("Datum inwerkingtreding", datums[0])
    if len(datums) > 1:
        pub.velden.setdefault("Datum uitwerkingtreding", datums[1])
    if m.group(2).strip():
        pub.velden.setdefault("Betreft", m.group(2).strip())
    for i, cel in enumerate(cellen[1:], start=1):
        if re.fullmatch(CIJFERDATUM, cel):
            pub.velden.setdefault("Datum ondertekening", cel)
            if i + 1 < len(cellen):
                pub.velden.setdefault("Bron bekendmaking", cellen[i + 1])
            return


def cijferdatum(waarde: str | None) -> str | None:
    return parse_datum(waarde) if waarde else None
