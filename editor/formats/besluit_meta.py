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
OR_RE = re.compile(r"\b(?:[Oo]ndernemingsraad|ONDERNEMINGSRAAD|OR|DOR|COR|GOR|[Oo]nderdeelcommissie)\b")
INSTEMMING_WOORD_RE = re.compile(r"\b(?:instemming|ingestemd|instemmend|stemt in|stemde in)\b", re.IGNORECASE)
GEEN_BESLUIT_RE = re.compile(r"\b(?:nodig|vereist|behoeft|behoeven|vragen|gevraagd|aangevraagd|verzoek|voor te leggen)\b",
                             re.IGNORECASE)
INTREKKEN_RE = re.compile(rf"^in te trekken\s+(?P<titel>.+?)(?:\s+van\s+(?P<datum>{_D}))?\s*[.;]?$", re.IGNORECASE)
INGETROKKEN_RE = re.compile(
    rf"^(?P<titel>.+?)(?:\s+van\s+(?P<datum>{_D}))?\s+wordt\s+(?:\w+\s+)?ingetrokken", re.IGNORECASE
)
INTREKKING_VAN_RE = re.compile(
    rf"\b(?:tot|onder) intrekking van\s+(?P<titel>.+?)(?:\s+(?:van|d\.d\.)\s+(?P<datum>{_D}))?(?=\s*(?:[,;)]|\s-\s|$))",
    re.IGNORECASE,
)
VERVANGT_RE = re.compile(
    rf"\bvervangt\s+(?P<titel>(?:de|het)\s+.+?)(?:\s+(?:van|uit|d\.d\.)\s+(?P<datum>{_D}))?\s*[.;,]?$", re.IGNORECASE)
ZOALS_VASTGESTELD_RE = re.compile(rf"^\s*zoals\b[^;]*?vastgesteld\s+(?:in|op|d\.d\.)\s+(?P<datum>{_D})", re.IGNORECASE)
VASTGESTELD_RE = re.compile(
    rf"^aldus (?:vastgesteld|besloten)(?:\s+in de (?:openbare )?vergadering van\s+(?P<orgaan>.+?))?"
    rf"\s+(?:van|op|d\.d\.)\s+(?P<datum>{_D})\s*[,.]?$",
    re.IGNORECASE,
)
TITEL_BESLUIT_RE = re.compile(rf"^besluit van (?P<orgaan>.+?) van (?P<datum>{_D})\b", re.IGNORECASE)
TITEL_ORGAAN_RE = re.compile(r"^besluit van (?P<orgaan>.+?)\s+(?:houdende|tot|inzake|betreffende)\b", re.IGNORECASE)
ZIN_VASTGESTELD_RE = [
    re.compile(rf"in (?:hun|zijn|haar|de) vergadering van (?P<datum>{_D})\b.*\b(?:vastgesteld|besloten|ingestemd met|vast te stellen)",
               re.IGNORECASE),
    re.compile(rf"vastgesteld bij besluit van (?P<orgaan>.+?)\s+(?:d\.d\.|van|op)\s+(?P<datum>{_D})", re.IGNORECASE),
    re.compile(rf"^(?P<orgaan>(?:het|de)\s+.+?)\s+heeft\s+(?:op|in)\s+(?P<datum>{_D})\b.*\bvastgesteld", re.IGNORECASE),
    re.compile(rf"vastgesteld door (?P<orgaan>(?:de|het)\s+[^,.;]+?)(?:\s+(?:op|d\.d\.|van|in)\s+(?P<datum>{_D}))?(?:[,.;]|$)",
               re.IGNORECASE),
    re.compile(rf"\b(?:in|op|d\.d\.)\s+(?P<datum>{_D})\b.*\bvastgesteld\b", re.IGNORECASE),
    re.compile(rf"^datum vaststelling\s*:\s*(?P<datum>{_D})", re.IGNORECASE),
]
ONDERTEKENAAR_RE = re.compile(r"^(?:de|het)\s+(?P<functie>[^,]{2,60}),\s*(?P<naam>\S.*)$", re.IGNORECASE)
NAAM_RE = re.compile(
    r"^(?:(?:mr|dr|drs|ir|prof|ing)\.?\s+)*(?:[A-Z]\.\s?){1,5}\s*(?:(?:van|de|den|der|ter|te|in 't|'t)\s+)*"
    r"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?\s*[,.]?$"
)
LOSSE_DATUM_RE = re.compile(rf"^(?:(?P<plaats>[\w'’.\- ]{{2,30}}),\s*)?(?:de\s+)?(?P<datum>{_D})\s*[.,]?(?:\s+nr\.?\s*\S.*)?$",
                            re.IGNORECASE)
PLAATS_RE = re.compile(r"^(?:'s-|’s-)?[A-Z][\w'’\-]*(?:[ -][A-Z][\w'’\-]*){0,2}$")
CITEERTITEL_RE = re.compile(r"(?:wordt|worden) aangehaald als:?\s*[\"“'‘]?(?P<titel>.+?)[\"”'’]?\.?$", re.IGNORECASE)
TERUGWERKING_RE = re.compile(rf"werkt terug tot(?: en met)?\s+(?P<datum>{_D})", re.IGNORECASE)
DAG_NA_RE = re.compile(r"(?:op|met ingang van) de (?:\w+ )?dag na (?:die van |de datum van )?(?:de )?(?:bekendmaking|dagtekening)",
                       re.IGNORECASE)
BIJ_VASTSTELLING_RE = re.compile(r"(?:op|met ingang van) de dag (?:van|na) (?:de )?vaststelling", re.IGNORECASE)
VASTE_DATUM_RE = re.compile(rf"in werking (?:op|met ingang van)\s+(?P<datum>{_D})", re.IGNORECASE)
IWT_VELD_RE = re.compile(rf"^datum inwerkingtreding\s*:\s*(?P<datum>{_D})", re.IGNORECASE)
ORGANISATIE_RE = re.compile(r"\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}\s+(?:B\.V\.|BV|N\.V\.|NV))\b")
LEEG_VELD = {"n.v.t.", "nvt", "geen", "onbekend", "-"}


def lees_metadata(policy: Policy, slotregels: list[str], publicatie=None) -> None:
    """Fill policy.metadata (and the citeertitel) from what the text says; where it says nothing, the
    field stays empty (an old regulation's dates in an intrekking are not this one's)."""
    meta = policy.metadata
    velden = _velden(publicatie)
    _organisatie(policy, meta)
    _instemming(policy, meta)
    _intrekking(policy, meta)
    _inwerkingtreding(policy, meta, velden)
    lees_ondertekening(slotregels, meta)
    _vaststelling(policy, meta, velden)
    if velden.get("Publicatiedatum"):
        meta.bekendmaking.datum = meta.bekendmaking.datum or find_datum(velden["Publicatiedatum"])
    policy.citeertitel = _citeertitel(policy) or _veld(velden, "Citeertitel")


def _velden(publicatie) -> dict[str, str]:
    return dict(publicatie.velden) if publicatie is not None else {}


def _veld(velden: dict[str, str], naam: str) -> str | None:
    waarde = (velden.get(naam) or "").strip()
    return None if waarde.lower() in LEEG_VELD or not waarde else waarde


def aanhef_zinnen(policy: Policy) -> list[str]:
    """The sentences outside the artikelen where a besluit records its history: title, preamble, aanhef."""
    aanhef = policy.aanhef
    zinnen = [policy.titel]
    if policy.inleiding:
        zinnen += [a.tekst for a in policy.inleiding.alineas]
    zinnen += [a.tekst for a in aanhef.gezien + aanhef.gelet_op + aanhef.overwegingen + aanhef.beslispunten]
    return zinnen


def is_or_instemming(zin: str) -> bool:
    """Whether a sentence records the works council's consent (not its advice, not another body's)."""
    return bool(OR_RE.search(zin) and INSTEMMING_WOORD_RE.search(zin) and not GEEN_BESLUIT_RE.search(zin))


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
    """The OR's consent, wherever the aanhef or the preamble records it (also under "gelet op")."""
    for zin in aanhef_zinnen(policy)[1:] + [a.tekst for s in policy.toelichting for a in s.alineas]:
        if is_or_instemming(zin):
            meta.or_instemming.status = InstemmingStatus.VERLEEND
            datums = [parse_datum(m.group(0)) for m in re.finditer(_D, zin, re.IGNORECASE)]
            datums = [d for d in datums if d]
            meta.or_instemming.datum = datums[-1] if datums else None
            return


def _intrekking(policy: Policy, meta: Metadata) -> None:
    kandidaten = [policy.titel] + [a.tekst for a in policy.aanhef.beslispunten]
    kandidaten += [lid.tekst for _, lid in policy.leden()]
    for tekst in kandidaten:
        for titel, datum in _ingetrokken(tekst):
            titel = _zonder_lidwoord(titel)
            if titel and titel.lower() not in {i.titel.lower() for i in meta.intrekking}:
                meta.intrekking.append(Intrekking(titel, datum))


def _ingetrokken(tekst: str) -> list[tuple[str, str | None]]:
    """(title, date) of every regulation a sentence withdraws."""
    if m := INTREKKEN_RE.match(tekst) or INGETROKKEN_RE.match(tekst):
        return [(m["titel"], parse_datum(m["datum"]) if m["datum"] else None)]
    uit = []
    for m in list(INTREKKING_VAN_RE.finditer(tekst)) + list(VERVANGT_RE.finditer(tekst)):
        datum = parse_datum(m["datum"]) if m["datum"] else None
        if datum is None and (z := ZOALS_VASTGESTELD_RE.match(tekst[m.end():].lstrip(", "))):
            datum = parse_datum(z["datum"])
        uit.append((m["titel"].strip(" ,"), datum))
    return uit


def _zonder_lidwoord(titel: str) -> str:
    return re.sub(r"^(?:de|het)\s+(?:oude\s+)?", "", titel.strip(), flags=re.IGNORECASE)


def _inwerkingtreding(policy: Policy, meta: Metadata, velden: dict[str, str]) -> None:
    for _, lid in policy.leden():
        if "in werking" not in lid.tekst:
            continue
        meta.inwerkingtreding = _regel_uit(lid.tekst)
        break
    iwt = meta.inwerkingtreding
    datum = _veld(velden, "Datum inwerkingtreding") or _veld(velden, "Geldend van")
    for zin in aanhef_zinnen(policy):
        if m := IWT_VELD_RE.match(zin):
            datum = datum or m["datum"]
    if datum and not iwt.datum and (iwt_datum := parse_datum(datum) or find_datum(datum)):
        iwt.datum = iwt_datum
        iwt.regel = iwt.regel or InwerkingtredingRegel.VASTE_DATUM
    terug = _veld(velden, "Terugwerkende kracht tot en met")
    if terug and not iwt.terugwerkend_tot:
        iwt.terugwerkend_tot = parse_datum(terug) or find_datum(terug)


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


def _vaststelling(policy: Policy, meta: Metadata, velden: dict[str, str]) -> None:
    """Adoption from the title ("Besluit van … van 13 januari 2015"), a sentence of the preamble, or the
    page's "Vastgesteld door" and "Datum ondertekening" — never from a sentence about another regulation."""
    vaststelling = meta.vaststelling
    if m := TITEL_BESLUIT_RE.match(policy.titel):
        vaststelling.orgaan = vaststelling.orgaan or m["orgaan"].strip()
        vaststelling.datum = vaststelling.datum or parse_datum(m["datum"])
    elif m := TITEL_ORGAAN_RE.match(policy.titel):
        vaststelling.orgaan = vaststelling.orgaan or m["orgaan"].strip()
    for zin in _vaststellingszinnen(policy):
        if _over_iets_anders(zin):
            continue
        for patroon in ZIN_VASTGESTELD_RE:
            if m := patroon.search(zin):
                groepen = m.groupdict()
                if groepen.get("orgaan"):
                    vaststelling.orgaan = vaststelling.orgaan or groepen["orgaan"].strip()
                if groepen.get("datum"):
                    vaststelling.datum = vaststelling.datum or parse_datum(groepen["datum"])
                break
    vaststelling.orgaan = vaststelling.orgaan or _veld(velden, "Vastgesteld door")
    ondertekend = _veld(velden, "Datum ondertekening")
    vaststelling.datum = vaststelling.datum or (parse_datum(ondertekend) if ondertekend else None)


def _vaststellingszinnen(policy: Policy) -> list[str]:
    """Where a text says that it was adopted: the preamble, "gezien", the decision itself. Considerations
    ("overwegende dat GS op 11 november 2014 de Subsidieregeling … hebben vastgesteld") and legal grounds
    speak of other acts."""
    aanhef = policy.aanhef
    zinnen = [a.tekst for a in policy.inleiding.alineas] if policy.inleiding else []
    return zinnen + [a.tekst for a in aanhef.gezien + aanhef.beslispunten]


def _over_iets_anders(zin: str) -> bool:
    """A sentence about a withdrawn regulation or about the OR's own record is not this adoption."""
    return bool(re.search(r"intrekking|ingetrokken|vervangt|vervallen", zin, re.IGNORECASE) or OR_RE.search(zin))


def lees_ondertekening(slotregels: list[str], meta: Metadata) -> None:
    """The vaststelling and the signatories from the closing lines (they replace what was there).

    Reads "Aldus vastgesteld … van 13 april 2017," with "De voorzitter, A.J. de Jong", and the signing
    block of a ministry or a public body: place, date, then function and name in either order."""
    meta.ondertekening = []
    blokdatum, rest = None, []
    for regel in slotregels:
        if m := VASTGESTELD_RE.match(regel):
            meta.vaststelling.orgaan = m["orgaan"]
            meta.vaststelling.datum = parse_datum(m["datum"])
        elif m := ONDERTEKENAAR_RE.match(regel):
            naam, datum = _naam_en_datum(m["naam"].strip())
            meta.ondertekening.append(Ondertekenaar(m["functie"].strip(), naam, datum))
        elif m := LOSSE_DATUM_RE.match(regel.strip()):
            blokdatum = blokdatum or parse_datum(m["datum"])
        elif datum := (find_datum(regel) if not NAAM_RE.match(regel.strip()) else None):
            blokdatum = blokdatum or datum
        elif not (PLAATS_RE.match(regel.strip()) and not rest and not meta.ondertekening):
            rest.append(regel.strip())
    meta.ondertekening += _ondertekenaars(rest)
    if blokdatum:
        if meta.vaststelling.datum and meta.vaststelling.datum != blokdatum:
            for ondertekenaar in meta.ondertekening:
                ondertekenaar.datum = ondertekenaar.datum or blokdatum
        meta.vaststelling.datum = meta.vaststelling.datum or blokdatum


def _ondertekenaars(regels: list[str]) -> list[Ondertekenaar]:
    """Names and functions on lines of their own: "De / Minister van …, / A. Jorritsma" or "E. van den Brink /
    bestuursvoorzitter CAK"."""
    regels = [r for r in regels if r]
    if not any(NAAM_RE.match(r) for r in regels):
        return []
    uit: list[Ondertekenaar] = []
    naam_eerst = bool(NAAM_RE.match(regels[0]))
    functie: list[str] = []
    for regel in regels:
        if NAAM_RE.match(regel):
            if naam_eerst:
                uit.append(Ondertekenaar("", regel.rstrip(",. ")))
            else:
                uit.append(Ondertekenaar(_functie(functie), regel.rstrip(",. ")))
                functie = []
        elif naam_eerst and uit:
            uit[-1].functie = _functie([uit[-1].functie, regel])
        else:
            functie.append(regel)
    return uit


def _functie(regels: list[str]) -> str:
    tekst = " ".join(r for r in regels if r).strip()
    tekst = re.sub(r"^(?:de|het)\b\s*", "", tekst, flags=re.IGNORECASE)
    return tekst.strip(" ,.")


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
