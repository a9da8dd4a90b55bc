"""Recording an edited copy of the readable text as tracked changes (python main.py revise)."""

from __future__ import annotations

from dataclasses import dataclass

from ..compare import compare_blocks
from ..compare.blocks import Blok
from ..model import bewerkingen
from ..model.document import Lid, Policy
from ..model.segment import DELETE, INSERT, Segment
from ..model.verwijzingen import Verwijzingsindex, herken_in_tekst
from .tracking import bewerk, markeer_blok, tekstblokken


@dataclass
class Verslag:
    gewijzigd: int = 0
    ingevoegd: int = 0
    verwijderd: int = 0


def reviseer(policy: Policy, bewerkt: Policy, auteur: str, tijd: str) -> Verslag:
    """The differences from `policy` to `bewerkt`, recorded in `policy` as changes by `auteur`."""
    verslag = Verslag()
    eigen, ander = _blokken(policy), _blokken(bewerkt)
    index = Verwijzingsindex(policy)
    gekoppeld: dict[str, str] = {}
    for rij in compare_blocks(eigen, ander).rijen:
        if rij.links and rij.rechts:
            gekoppeld[rij.rechts.id] = rij.links.id
            if rij.links.tekst != rij.rechts.tekst:
                bewerk(policy, rij.links.id, herken_in_tekst(index, rij.rechts.tekst), auteur, tijd)
                verslag.gewijzigd += 1
        elif rij.links and rij.links.deel == "lid":
            _verwijder(policy, rij.links.id, auteur, tijd)
            verslag.verwijderd += 1
    for blok in ander:
        if blok.deel == "lid" and blok.id not in gekoppeld:
            _voeg_in(policy, bewerkt, blok, gekoppeld, herken_in_tekst(index, blok.tekst), auteur, tijd)
            verslag.ingevoegd += 1
    return verslag


def _blokken(policy: Policy) -> list[Blok]:
    """Every tracked text with its own text (not joined with its onderdelen), references written out."""
    index = Verwijzingsindex(policy)
    leden = {lid.id for _, lid in policy.leden()}
    return [Blok(blok_id, index.weergave(blok.tekst), "lid" if blok_id in leden else "tekst")
            for blok_id, blok in tekstblokken(policy).items()]


def _verwijder(policy: Policy, lid_id: str, auteur: str, tijd: str) -> None:
    lid = tekstblokken(policy)[lid_id]
    wijziging = markeer_blok(policy, lid_id, DELETE, auteur, tijd)
    policy.revisies[lid_id] = [Segment(lid.tekst, DELETE, auteur, tijd, wijziging, policy.laatste_versie)]
    lid.tekst = ""


def _voeg_in(policy: Policy, bewerkt: Policy, blok: Blok, gekoppeld: dict[str, str], tekst: str,
             auteur: str, tijd: str) -> None:
    """A new lid goes after the lid that precedes it in the edited text, or at the end of its artikel."""
    a, l = bewerkingen.plaats_van(bewerkt, blok.id)
    vorige = bewerkt.artikelen[a].leden[l - 1].id if l else None
    doel_a, doel_l = bewerkingen.plaats_van(policy, gekoppeld.get(vorige, "")) if vorige else (None, None)
    if doel_a is None:
        doel_a, doel_l = min(a, len(policy.artikelen) - 1), -1
    lid = Lid(tekst)
    bewerkingen.voeg_lid_in(policy.artikelen[doel_a], (doel_l if doel_l is not None else -1) + 1, lid)
    wijziging = markeer_blok(policy, lid.id, INSERT, auteur, tijd)
    policy.revisies[lid.id] = [Segment(tekst, INSERT, auteur, tijd, wijziging, policy.laatste_versie)]
