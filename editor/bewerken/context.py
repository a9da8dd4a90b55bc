"""Who edits and how (Context), and what an operation changed (Uitkomst).

Every operation is `(policy, context, …) -> Uitkomst`: it applies itself, records itself as tracked
changes when tracking is on (the works council's role forces it), and returns what it touched and
the journal that takes exactly that back (Anki's operations return their changes the same way).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from ..model.document import Policy
from ..model.journaal import Journaal

OR_ROL = "ondernemingsraad"


def nu() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Context:
    auteur: str
    bijhouden: bool = False
    rol: str = "opsteller"
    tijd: str | None = None       # None: the time of each operation

    @property
    def gevolgd(self) -> bool:
        """Changes are tracked: tracking is on, or the works council edits (its role forces it)."""
        return self.bijhouden or self.rol == OR_ROL

    @property
    def is_or(self) -> bool:
        return self.rol == OR_ROL

    def moment(self) -> str:
        return self.tijd or nu()


@dataclass
class Uitkomst:
    """What an operation changed, so a window refreshes only that, and how to undo exactly it."""

    naam: str
    journaal: Journaal = field(default_factory=Journaal)
    teksten: set[str] = field(default_factory=set)       # ids of the texts whose words changed
    structuur: bool = False         # blocks inserted, deleted, moved: numbering may differ
    metadata: bool = False
    revisies: bool = False          # the list of tracked changes changed
    opmerkingen: bool = False
    versie: bool = False
    instemming: bool = False
    selectie: str | None = None     # the block to show after the operation
    nieuwe_wijzigingen: set[int] = field(default_factory=set)

    @property
    def iets(self) -> bool:
        return bool(self.journaal)

    def maak_ongedaan(self) -> None:
        self.journaal.maak_ongedaan()

    def doe_opnieuw(self) -> None:
        self.journaal.doe_opnieuw()

    def voeg_achter(self, later: Uitkomst) -> None:
        """A later operation of the same kind on the same text joins this one (one undo step)."""
        self.journaal.voeg_achter(later.journaal)
        self.teksten |= later.teksten
        for veld in ("structuur", "metadata", "revisies", "opmerkingen", "versie", "instemming"):
            setattr(self, veld, getattr(self, veld) or getattr(later, veld))
        self.nieuwe_wijzigingen |= later.nieuwe_wijzigingen
        self.selectie = later.selectie or self.selectie


def heeft_revisies(policy: Policy) -> bool:
    return bool(policy.revisies or policy.blokrevisies or policy.spoken)
