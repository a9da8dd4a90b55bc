"""The operations: every change the window or the command line makes to a policy, one function each.

Each takes the policy and a Context (author, tracking, role), applies itself, records itself as
tracked changes when tracking is on (the works council's role forces it), and returns an Uitkomst:
what it touched and the journal that undoes exactly that.
"""

from .afstemmen import Verslag
from .blokken import (
    artikel_van, nieuw_artikel, nieuw_lid, nieuw_onderdeel, sleep, splits_artikel, splits_lid, verplaats, verschuif,
    verwijder, voeg_clausule_in, voeg_samen,
)
from .context import OR_ROL, Context, Uitkomst, nu
from .review import (
    BewerkingFout, accepteer, beantwoord, bewaar_versie, leg_besluit_vast, vraag_instemming, verwerp,
    voeg_opmerking_toe, wissel_opgelost, zet_metadata,
)
from .revise import reviseer
from .tekst import BEWERKBAAR, bewerk_blok, bewerk_tekst, lees_blok, vul_plaatshouders_in

__all__ = [
    "BEWERKBAAR", "OR_ROL", "BewerkingFout", "Context", "Uitkomst", "Verslag", "accepteer", "artikel_van",
    "beantwoord", "bewaar_versie", "bewerk_blok", "bewerk_tekst", "lees_blok", "leg_besluit_vast", "nieuw_artikel",
    "nieuw_lid", "nieuw_onderdeel", "nu", "reviseer", "sleep", "splits_artikel", "splits_lid", "verplaats",
    "verschuif", "verwerp", "verwijder", "voeg_clausule_in", "voeg_opmerking_toe", "voeg_samen", "vraag_instemming",
    "vul_plaatshouders_in", "wissel_opgelost", "zet_metadata",
]
