"""Metadata of a policy: organisation, OR consent, vaststelling, inwerkingtreding, signatories.

Dates are ISO 8601 text (see datums.py); absent values are None.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Rechtsvorm(StrEnum):
    BV = "bv"
    NV = "nv"
    STICHTING = "stichting"
    VERENIGING = "vereniging"
    GEMEENTE = "gemeente"
    GEMEENSCHAPPELIJKE_REGELING = "gemeenschappelijke_regeling"
    ANDERS = "anders"


class InstemmingStatus(StrEnum):
    AANGEVRAAGD = "aangevraagd"
    VERLEEND = "verleend"
    GEWEIGERD = "geweigerd"
    ONDER_VOORWAARDEN = "onder_voorwaarden"


class InwerkingtredingRegel(StrEnum):
    DAG_NA_BEKENDMAKING = "dag_na_bekendmaking"
    VASTE_DATUM = "vaste_datum"
    BIJ_VASTSTELLING = "bij_vaststelling"


@dataclass
class OrInstemming:
    """The works council's consent (WOR art. 27) as far as it is known."""

    status: InstemmingStatus | None = None
    datum: str | None = None
    vergadering: str | None = None
    notities: str | None = None
    vingerafdruk: str | None = None


@dataclass
class InstemmingStap:
    """One step in the history of the OR's consent: a request or a decision."""

    soort: str                      # "aanvraag" or "besluit"
    tijd: str
    status: InstemmingStatus | None = None
    datum: str | None = None
    vergadering: str | None = None
    notities: str | None = None
    vingerafdruk: str | None = None
    versie: str | None = None


@dataclass
class Vaststelling:
    datum: str | None = None
    orgaan: str | None = None
    vergadering: str | None = None


@dataclass
class Bekendmaking:
    datum: str | None = None


@dataclass
class Inwerkingtreding:
    regel: InwerkingtredingRegel | None = None
    datum: str | None = None
    terugwerkend_tot: str | None = None


@dataclass
class Intrekking:
    """A code this policy withdraws."""

    titel: str
    datum: str | None = None


@dataclass
class Ondertekenaar:
    functie: str
    naam: str
    datum: str | None = None     # when this signatory signed, if it differs from the vaststelling


@dataclass
class Metadata:
    organisatie: str | None = None
    korte_naam: str | None = None         # "(hierna: WerkSaam)"
    rechtsvorm: Rechtsvorm | None = None
    medewerkers: int | None = None       # from 50 on an OR is mandatory (WOR art. 2)
    or_instemming: OrInstemming = field(default_factory=OrInstemming)
    vaststelling: Vaststelling = field(default_factory=Vaststelling)
    bekendmaking: Bekendmaking = field(default_factory=Bekendmaking)
    inwerkingtreding: Inwerkingtreding = field(default_factory=Inwerkingtreding)
    intrekking: list[Intrekking] = field(default_factory=list)
    ondertekening: list[Ondertekenaar] = field(default_factory=list)
    instemming_historie: list[InstemmingStap] = field(default_factory=list)
    # notes for the drafter (the questionnaire's reasons): kept in the project, never printed in the besluit
    toelichting_opsteller: list[str] = field(default_factory=list)
