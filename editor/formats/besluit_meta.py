"""Reading a besluit's metadata from its text.

The orgaan from the aanhef, the OR's consent from "gezien de instemming van de OR …
van 28 april 2015", the withdrawn code, the vaststelling from "Aldus vastgesteld …
van 13 april 2017", the inwerkingtreding rule with "werkt terug tot …", the
citeertitel and the signatories.
"""

from __future__ import annotations

import re

from ..model.datums import DATUM_PATROON, find_datum, parse_datum
from ..model.document import Policy
from ..model.metadata import (
    InstemmingStatus,
    Intrekking,
    Inwerkingtreding,
    InwerkingtredingRegel,
    Metadata,
    Ondertekenaar,
    Rechtsvorm,
)

_D = DATUM_PATROON
ROL_RE = re.compile(
    r"^(?:de|het)\s+(?P<rol>dagelijks bestuur|algemeen bestuur|raad van bestuur|bestuur|directie"
    r"|college van burgemeester en wethouders|raad van toezicht|directeur|raad)\s+van\s+(?:de\s+)?(?P<naam>.+)$",
    re.IGNORECASE,
)
INSTEMMING_RE = re.compile(
    rf"instemming van de (?:OR|ondernemingsraad)\b.*?\b(?:van|d\.d\.|op)\s+(?P<datum>{_D})", re.IGNORECASE
)
INTREKKEN_RE = re.compile(rf"^in te trekken\s+(?P<titel>.+?)(?:\s+van\s+(?P<datum>{_D}))?\s*[.;]?$", re.IGNORECASE)
INGETROKKEN_RE = re.compile(
    rf"^(?P<titel>.+?)(?:\s+van\s+(?P<datum>{_D}))?\s+wordt\s+(?:\w+\s+)?ingetrokken", re.IGNORECASE
)
VASTGESTELD_RE = re.compile(
    rf"^aldus vastgesteld(?:\s+in de (?:openbare )?vergadering van\s+(?P<orgaan>.+?))?"
    rf"\s+(?:van|op|d\.d\.)\s+(?P<datum>{_D})\s*[,.]?$",
    re.IGNORECASE,
)
ONDERTEKENAAR_RE = re.compile(r"^(?:de|het)\s+(?P<functie>[^,]{2,60}),\s*(?P<naam>\S.*)$", re.IGNORECASE)
CITEERTITEL_RE = re.compile(r"(?:wordt|worden) aangehaald als:?\s*[\"“]?(?P<titel>.+?)[\"”]?\.?$", re.IGNORECASE)
TERUGWERKING_RE = re.compile(rf"werkt terug tot(?: en met)?\s+(?P<datum>{_D})", re.IGNORECASE)
DAG_NA_RE = re.compile(r"(?:op|met ingang van) de dag na (?:die van |de datum van )?(?:de )?bekendmaking", re.IGNORECASE)
BIJ_VASTSTELLING_RE = re.compile(r"(?:op|met ingang van) de dag (?:van|na) (?:de )?vaststelling", re.IGNORECASE)
VASTE_DATUM_RE = re.compile(rf"in werking (?:op|met ingang van)\s+(?P<datum>{_D})", re.IGNORECASE)
ORGANISATIE_RE = re.compile(r"\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}\s+(?:B\.V\.|BV|N\.V\.|NV))\b")


def lees_metadata(policy: Policy, slotregels: list[str]) -> None:
    """Fill policy.metadata (and the citeertitel) from what the text says."""
    meta = policy.metadata
    _organisatie(policy, meta)
    _instemming(policy, meta)
    _intrekking(policy, meta)
    _inwerkingtreding(policy, meta)
    lees_ondertekening(slotregels, meta)
    policy.citeertitel = _citeertitel(policy)


def _organisatie(policy: Policy, meta: Metadata) -> None:
    orgaan = policy.aanhef.orgaan
    if orgaan and (m := ROL_RE.match(orgaan)):
        meta.organisatie = m["naam"].strip()
        meta.rechtsvorm = rechtsvorm_van(meta.organisatie, m["rol"])
        return
    for tekst in policy.teksten():
        if m := ORGANISATIE_RE.search(tekst):
            meta.organisatie = m.group(1)
            meta.rechtsvorm = rechtsvorm_van(meta.organisatie, "")
            return


def rechtsvorm_van(naam: str, rol: str) -> Rechtsvorm | None:
    """The legal form that the name or the orgaan gives away."""
    naam_l, rol_l = naam.lower(), rol.lower()
    if re.search(r"\b(?:b\.v\.|bv)$", naam_l):
        return Rechtsvorm.BV
    if re.search(r"\b(?:n\.v\.|nv)$", naam_l):
        return Rechtsvorm.NV
    if naam_l.startswith("stichting"):
        return Rechtsvorm.STICHTING
    if naam_l.startswith("vereniging"):
        return Rechtsvorm.VERENIGING
    if "burgemeester" in rol_l or naam_l.startswith("gemeente"):
        return Rechtsvorm.GEMEENTE
    if rol_l in ("dagelijks bestuur", "algemeen bestuur"):
        return Rechtsvorm.GEMEENSCHAPPELIJKE_REGELING
    return None


def _instemming(policy: Policy, meta: Metadata) -> None:
    for alinea in policy.aanhef.gezien:
        if m := INSTEMMING_RE.search(alinea.tekst):
            meta.or_instemming.status = InstemmingStatus.VERLEEND
            meta.or_instemming.datum = parse_datum(m["datum"])
            return


def _intrekking(policy: Policy, meta: Metadata) -> None:
    kandidaten = [a.tekst for a in policy.aanhef.beslispunten]
    kandidaten += [lid.tekst for _, lid in policy.leden()]
    for tekst in kandidaten:
        m = INTREKKEN_RE.match(tekst) or INGETROKKEN_RE.match(tekst)
        if m is None:
            continue
        titel = _zonder_lidwoord(m["titel"])
        if titel.lower() not in {i.titel.lower() for i in meta.intrekking}:
            datum = parse_datum(m["datum"]) if m["datum"] else None
            meta.intrekking.append(Intrekking(titel, datum))


def _zonder_lidwoord(titel: str) -> str:
    return re.sub(r"^(?:de|het)\s+(?:oude\s+)?", "", titel.strip(), flags=re.IGNORECASE)


def _inwerkingtreding(policy: Policy, meta: Metadata) -> None:
    for _, lid in policy.leden():
        if "in werking" not in lid.tekst:
            continue
        meta.inwerkingtreding = _regel_uit(lid.tekst)
        return


def _regel_uit(tekst: str) -> Inwerkingtreding:
    iwt = Inwerkingtreding()
    if DAG_NA_RE.search(tekst):
        iwt.regel = InwerkingtredingRegel.DAG_NA_BEKENDMAKING
    elif BIJ_VASTSTELLING_RE.search(tekst):
        iwt.regel = InwerkingtredingRegel.BIJ_VASTSTELLING
    elif m := VASTE_DATUM_RE.search(tekst):
        iwt.regel = InwerkingtredingRegel.VASTE_DATUM
        iwt.datum = parse_datum(m["datum"])
    if m := TERUGWERKING_RE.search(tekst):
        iwt.terugwerkend_tot = parse_datum(m["datum"])
    return iwt


def lees_ondertekening(slotregels: list[str], meta: Metadata) -> None:
    """The vaststelling and the signatories from the closing lines (they replace what was there)."""
    meta.ondertekening = []
    for regel in slotregels:
        if m := VASTGESTELD_RE.match(regel):
            meta.vaststelling.orgaan = m["orgaan"]
            meta.vaststelling.datum = parse_datum(m["datum"])
        elif m := ONDERTEKENAAR_RE.match(regel):
            naam, datum = _naam_en_datum(m["naam"].strip())
            meta.ondertekening.append(Ondertekenaar(m["functie"].strip(), naam, datum))
        elif datum := find_datum(regel):
            meta.vaststelling.datum = meta.vaststelling.datum or datum


def _naam_en_datum(tekst: str) -> tuple[str, str | None]:
    """"A.J. de Jong (getekend 20 april 2017)" -> the name and the date it was signed."""
    m = re.match(rf"^(?P<naam>.+?)\s*\((?:getekend|ondertekend)?\s*(?:op\s+)?(?P<datum>{_D})\)$", tekst, re.IGNORECASE)
    if m:
        return m["naam"].strip(), parse_datum(m["datum"])
    return tekst, None


def _citeertitel(policy: Policy) -> str | None:
    for _, lid in policy.leden():
        if m := CITEERTITEL_RE.search(lid.tekst):
            return m["titel"].strip()
    return policy.citeertitel
