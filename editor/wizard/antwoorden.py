"""The answers of the questionnaire, validated field by field (a wrong one is named in the message)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import BeleidsstudioFout
from ..i18n import N_, tr
from ..model.datums import parse_datum

RECHTSVORMEN = ("bv", "nv", "stichting", "vereniging", "gemeente", "gemeenschappelijke_regeling", "anders")
SECTOREN = {
    "zorg": N_("zorg"), "onderwijs": N_("onderwijs"), "overheid": N_("overheid"),
    "financiele_dienstverlening": N_("financiële dienstverlening"), "retail_horeca": N_("retail en horeca"),
    "zakelijke_dienstverlening": N_("zakelijke dienstverlening"), "industrie": N_("industrie"), "anders": N_("anders"),
}
ZORGEN = {
    "privacy": N_("privacy van collega's en cliënten"), "reputatie": N_("reputatie"),
    "vertrouwelijk": N_("vertrouwelijke informatie"), "monitoring": N_("monitoring door de werkgever"),
    "woordvoering": N_("leidinggevenden en woordvoerders"), "crisis": N_("crisiscommunicatie"),
}
AANSPREEKPUNTEN = {"communicatieadviseur": N_("de communicatieadviseur"), "leidinggevende": N_("de leidinggevende"),
                   "hr": N_("de afdeling HR")}


class WizardFout(BeleidsstudioFout):
    """An answer that does not fit; the message names the field."""


@dataclass
class Antwoorden:
    organisatie: str
    rechtsvorm: str
    medewerkers: int
    sector: str
    zorgen: list[str] = field(default_factory=list)
    monitoring: bool = False
    aanspreekpunt: str = "leidinggevende"
    disclaimer: bool = True
    vervangt: dict | None = None     # {"titel": …, "datum": "YYYY-MM-DD" or "YYYY-MM"}


def valideer(data: object) -> Antwoorden:
    if not isinstance(data, dict):
        raise WizardFout(tr("De antwoorden moeten een JSON-object zijn."))
    return Antwoorden(
        organisatie=_tekst(data, "organisatie"),
        rechtsvorm=_keuze(data, "rechtsvorm", RECHTSVORMEN),
        medewerkers=_aantal(data, "medewerkers"),
        sector=_keuze(data, "sector", tuple(SECTOREN)),
        zorgen=_lijst(data, "zorgen", tuple(ZORGEN)),
        monitoring=_ja_nee(data, "monitoring"),
        aanspreekpunt=_keuze(data, "aanspreekpunt", tuple(AANSPREEKPUNTEN)),
        disclaimer=_ja_nee(data, "disclaimer"),
        vervangt=_vervangt(data),
    )


def _fout(veld: str, uitleg: str) -> WizardFout:
    return WizardFout(tr("Ongeldig antwoord voor \"{veld}\": {uitleg}").format(veld=veld, uitleg=uitleg))


def _tekst(data: dict, veld: str) -> str:
    waarde = data.get(veld)
    if not isinstance(waarde, str) or not waarde.strip():
        raise _fout(veld, tr("vul een naam in"))
    return waarde.strip()


def _keuze(data: dict, veld: str, mogelijk: tuple[str, ...]) -> str:
    waarde = data.get(veld)
    if waarde not in mogelijk:
        raise _fout(veld, tr("kies uit {mogelijk}").format(mogelijk=", ".join(mogelijk)))
    return waarde


def _aantal(data: dict, veld: str) -> int:
    waarde = data.get(veld)
    if isinstance(waarde, bool) or not isinstance(waarde, int) or waarde < 1:
        raise _fout(veld, tr("geef een heel getal van 1 of meer"))
    return waarde


def _lijst(data: dict, veld: str, mogelijk: tuple[str, ...]) -> list[str]:
    waarde = data.get(veld, [])
    if not isinstance(waarde, list) or any(z not in mogelijk for z in waarde):
        raise _fout(veld, tr("een lijst met waarden uit {mogelijk}").format(mogelijk=", ".join(mogelijk)))
    return list(dict.fromkeys(waarde))


def _ja_nee(data: dict, veld: str) -> bool:
    waarde = data.get(veld)
    if not isinstance(waarde, bool):
        raise _fout(veld, tr("true of false"))
    return waarde


def _vervangt(data: dict) -> dict | None:
    waarde = data.get("vervangt")
    if waarde is None:
        return None
    if not isinstance(waarde, dict) or not isinstance(waarde.get("titel"), str) or not waarde["titel"].strip():
        raise _fout("vervangt", tr("null, of een object met \"titel\" en \"datum\""))
    datum = parse_datum(str(waarde.get("datum", "")))
    if datum is None:
        raise _fout("vervangt.datum", tr("een datum als 2014-07-01 of juli 2014"))
    return {"titel": waarde["titel"].strip(), "datum": datum}
