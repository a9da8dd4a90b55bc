"""The texts of a formal besluit that follow from the metadata: the orgaan per legal form, the
"gezien" of the OR's consent, and the standard inwerkingtreding and citeertitel formulas."""

from __future__ import annotations

from ..model.datums import format_datum
from ..model.document import Policy
from ..model.metadata import InstemmingStatus, InwerkingtredingRegel, Rechtsvorm

ORGAAN_PER_VORM = {
    Rechtsvorm.BV: ("De directie van {org}", ","), Rechtsvorm.NV: ("De directie van {org}", ","),
    Rechtsvorm.STICHTING: ("Het bestuur van {org}", ","), Rechtsvorm.VERENIGING: ("Het bestuur van {org}", ","),
    Rechtsvorm.GEMEENTE: ("Het college van burgemeester en wethouders van {org}", ";"),
    Rechtsvorm.GEMEENSCHAPPELIJKE_REGELING: ("Het dagelijks bestuur van {org}", ";"),
}


def orgaan_regel(policy: Policy) -> str | None:
    """"De directie van Policy BV," / "Het dagelijks bestuur van WerkSaam Westfriesland;"."""
    meta = policy.metadata
    sjabloon, teken = ORGAAN_PER_VORM.get(meta.rechtsvorm, ("De directie van {org}", ","))
    if policy.aanhef.orgaan:
        return policy.aanhef.orgaan + teken
    if meta.organisatie:
        return sjabloon.format(org=meta.organisatie) + teken
    return None


def gezien(policy: Policy) -> list[str]:
    """The gezien items: the OR's consent from its record, then the others the document has."""
    regel = instemming_regel(policy)
    if regel is not None:
        return [regel] + [a.tekst for a in policy.aanhef.gezien if "instemming" not in a.tekst.lower()]
    return [a.tekst for a in policy.aanhef.gezien]


def instemming_regel(policy: Policy) -> str | None:
    """"de instemming van de ondernemingsraad van 10 april 2026;" when the record holds the consent, else None."""
    instemming = policy.metadata.or_instemming
    if instemming.status in (InstemmingStatus.VERLEEND, InstemmingStatus.ONDER_VOORWAARDEN) and instemming.datum:
        return f"de instemming van de ondernemingsraad van {format_datum(instemming.datum)};"
    return None


def inwerkingtreding_formule(policy: Policy) -> str:
    iwt = policy.metadata.inwerkingtreding
    if iwt.regel is InwerkingtredingRegel.VASTE_DATUM and iwt.datum:
        zin = f"Deze regeling treedt in werking met ingang van {format_datum(iwt.datum)}"
    elif iwt.regel is InwerkingtredingRegel.BIJ_VASTSTELLING:
        zin = "Deze regeling treedt in werking met ingang van de dag van vaststelling"
    else:
        zin = "Deze regeling treedt in werking met ingang van de dag na die van de bekendmaking"
    if iwt.terugwerkend_tot:
        zin += f" en werkt terug tot en met {format_datum(iwt.terugwerkend_tot)}"
    return zin + "."


def citeertitel_formule(policy: Policy) -> str:
    return f"Deze regeling wordt aangehaald als: {policy.citeertitel or policy.titel}."


def heeft_inwerkingtreding(policy: Policy) -> bool:
    return any("in werking" in lid.tekst for _, lid in policy.leden())


def heeft_citeertitel(policy: Policy) -> bool:
    return any("aangehaald als" in lid.tekst for _, lid in policy.leden())


def beslispunten(policy: Policy) -> list[str]:
    """Generated when the document has none: vast te stellen …; in te trekken … van [datum]."""
    punten = [f"vast te stellen de volgende {policy.titel};"]
    for intrekking in policy.metadata.intrekking:
        datum = f" van {format_datum(intrekking.datum)}" if intrekking.datum else ""
        punten.append(f"in te trekken de {intrekking.titel}{datum};")
    punten[-1] = punten[-1][:-1] + "."
    return punten
