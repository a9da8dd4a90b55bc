"""Placeholders such as [Naam organisatie], [Het Bedrijf] or {organisatie}: variables, not text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Policy
from .metadata import Metadata

PATROON = re.compile(r"\[([^\[\]\n]{2,40})\]|\{([a-z_]{2,40})\}")

# Spellings in the samples that mean the same variable.
VARIABELEN = {
    "naam organisatie": "organisatie",
    "het bedrijf": "organisatie",
    "organisatie": "organisatie",
    "naam werknemer": "naam_medewerker",
    "naam medewerker": "naam_medewerker",
    "naam_medewerker": "naam_medewerker",
}


@dataclass(frozen=True)
class Placeholder:
    tekst: str        # as written: "[Naam organisatie]"
    variabele: str    # normalised: "organisatie"


def placeholders_in(tekst: str) -> list[Placeholder]:
    return [Placeholder(m.group(0), _variabele(m)) for m in PATROON.finditer(tekst)]


def placeholders(policy: Policy) -> list[Placeholder]:
    """Every distinct placeholder of a policy, in order of first appearance."""
    gezien: dict[str, Placeholder] = {}
    for tekst in policy.teksten():
        for ph in placeholders_in(tekst):
            gezien.setdefault(ph.tekst, ph)
    return list(gezien.values())


def waarden(metadata: Metadata) -> dict[str, str]:
    """The variables that the metadata can fill."""
    return {"organisatie": metadata.organisatie} if metadata.organisatie else {}


def vul_in(tekst: str, waarden_: dict[str, str]) -> str:
    """Replace the placeholders whose variable has a value; leave the others as they are."""

    def vervang(m: re.Match[str]) -> str:
        return waarden_.get(_variabele(m), m.group(0))

    return PATROON.sub(vervang, tekst)


def _variabele(m: re.Match[str]) -> str:
    naam = (m.group(1) or m.group(2)).strip()
    return VARIABELEN.get(naam.lower(), naam.lower().replace(" ", "_"))


def vul_alles_in(policy: Policy, waarden_: dict[str, str]) -> int:
    """Fill the placeholders of every text of the policy; returns how many were filled."""
    teller = 0

    def vul(tekst: str) -> str:
        nonlocal teller
        nieuw = vul_in(tekst, waarden_)
        teller += len(placeholders_in(tekst)) - len(placeholders_in(nieuw))
        return nieuw

    policy.titel = vul(policy.titel)
    policy.citeertitel = vul(policy.citeertitel) if policy.citeertitel else policy.citeertitel
    for alinea in policy.tekstblokken().values():
        alinea.tekst = vul(alinea.tekst)
    for artikel in policy.artikelen:
        artikel.kop = vul(artikel.kop)
    return teller
