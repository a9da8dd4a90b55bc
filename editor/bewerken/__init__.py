"""The operations: every change the window or the command line makes to a policy, one function each.

Each takes the policy and a Context (author, tracking, role), applies itself, records itself as
tracked changes when tracking is on (the works council's role forces it), and returns an Uitkomst:
what it touched and the journal that undoes exactly that.
"""

from . import blokken as _blokken
from . import inspringen as _inspringen
from . import review as _review
from . import revise as _revise
from . import tekst as _tekst
from . import verwijzen as _verwijzen
from .afstemmen import Verslag
from .blokken import artikel_van
from .context import OR_ROL, Context, Uitkomst, nu
from .review import BewerkingFout
from .gegevens import herlees, leest_na, zet_gegeven
from .tekst import BEWERKBAAR, lees_blok

# The operations that change text or structure read the fields the text states again afterwards.
nieuw_artikel = leest_na(_blokken.nieuw_artikel)
nieuw_lid = leest_na(_blokken.nieuw_lid)
nieuw_onderdeel = leest_na(_blokken.nieuw_onderdeel)
nieuw_hoofdstuk = leest_na(_blokken.nieuw_hoofdstuk)
verwijder = leest_na(_blokken.verwijder)
verplaats = leest_na(_blokken.verplaats)
verschuif = leest_na(_blokken.verschuif)
sleep = leest_na(_blokken.sleep)
splits_lid = leest_na(_blokken.splits_lid)
splits_artikel = leest_na(_blokken.splits_artikel)
voeg_samen = leest_na(_blokken.voeg_samen)
voeg_clausule_in = leest_na(_blokken.voeg_clausule_in)
spring_in = leest_na(_inspringen.spring_in)
spring_uit = leest_na(_inspringen.spring_uit)
voeg_verwijzing_in = leest_na(_verwijzen.voeg_verwijzing_in)
verwijzing_tekst = _verwijzen.verwijzing_tekst
bewerk_blok = leest_na(_tekst.bewerk_blok)
bewerk_tekst = leest_na(_tekst.bewerk_tekst)
vul_plaatshouders_in = leest_na(_tekst.vul_plaatshouders_in)
accepteer = leest_na(_review.accepteer)
verwerp = leest_na(_review.verwerp)
reviseer = leest_na(_revise.reviseer)
beantwoord = leest_na(_review.beantwoord)
bewaar_versie = leest_na(_review.bewaar_versie)
leg_besluit_vast = leest_na(_review.leg_besluit_vast)
vraag_instemming = leest_na(_review.vraag_instemming)
voeg_opmerking_toe = leest_na(_review.voeg_opmerking_toe)
wissel_opgelost = leest_na(_review.wissel_opgelost)
zet_metadata = leest_na(_review.zet_metadata)

__all__ = [
    "BEWERKBAAR", "OR_ROL", "BewerkingFout", "Context", "Uitkomst", "Verslag", "accepteer", "artikel_van",
    "beantwoord", "bewaar_versie", "herlees", "zet_gegeven", "bewerk_blok", "bewerk_tekst", "lees_blok", "leg_besluit_vast", "nieuw_artikel",
    "nieuw_hoofdstuk", "nieuw_lid", "nieuw_onderdeel", "nu", "reviseer", "sleep", "splits_artikel", "splits_lid", "spring_in",
    "spring_uit", "verplaats", "verschuif", "verwerp", "verwijder", "verwijzing_tekst", "voeg_clausule_in", "voeg_opmerking_toe",
    "voeg_samen", "voeg_verwijzing_in", "vraag_instemming",
    "vul_plaatshouders_in", "wissel_opgelost", "zet_metadata",
]
