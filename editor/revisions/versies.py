"""Two versions of one policy compared as tracked changes (block ids are stable across versions)."""

from __future__ import annotations

import copy
import itertools

from ..model.document import Policy
from ..model.segment import DELETE, INSERT, Segment
from .segments import als_wijzigingen
from .tracking import tekstblokken


def als_getrackte_wijzigingen(oud: Policy, nieuw: Policy, auteur: str, tijd: str, versie: str | None) -> Policy:
    """The newer version with its differences from the older one as changes by `auteur`."""
    resultaat = copy.deepcopy(nieuw)
    resultaat.revisies, resultaat.blokrevisies = {}, {}
    teller = itertools.count(1)
    volgend = lambda: next(teller)  # noqa: E731
    oude_blokken = tekstblokken(oud)
    leden = {lid.id for _, lid in resultaat.leden()}
    for blok_id, blok in tekstblokken(resultaat).items():
        vorig = oude_blokken.get(blok_id)
        if vorig is None:
            wijziging = volgend()
            resultaat.revisies[blok_id] = [Segment(blok.tekst, INSERT, auteur, tijd, wijziging, versie)]
            if blok_id in leden:        # a new lid: rejecting it takes the lid away, not only its text
                resultaat.blokrevisies[blok_id] = Segment("", INSERT, auteur, tijd, wijziging, versie)
        elif vorig.tekst != blok.tekst:
            resultaat.revisies[blok_id] = als_wijzigingen(vorig.tekst, blok.tekst, auteur, tijd, volgend, versie)
    _verwijderde_leden(oud, resultaat, auteur, tijd, versie, volgend)
    resultaat.volgende_wijziging = next(teller)
    return resultaat


def _verwijderde_leden(oud: Policy, resultaat: Policy, auteur: str, tijd: str, versie: str | None, volgend) -> None:
    """A lid of the old version that is gone comes back where it stood, marked deleted."""
    nu = {a.id: a for a in resultaat.artikelen}
    nieuwe_ids = set(tekstblokken(resultaat))
    for artikel in oud.artikelen:
        if artikel.id not in nu:
            continue
        for positie, lid in enumerate(artikel.leden):
            if lid.id not in nieuwe_ids:
                weg = copy.deepcopy(lid)
                weg.tekst = ""      # a deleted lid has no current text; its text lives in the deletion
                nu[artikel.id].leden.insert(min(positie, len(nu[artikel.id].leden)), weg)
                wijziging = volgend()
                resultaat.blokrevisies[lid.id] = Segment("", DELETE, auteur, tijd, wijziging, versie)
                resultaat.revisies[lid.id] = [Segment(lid.tekst, DELETE, auteur, tijd, wijziging, versie)]
