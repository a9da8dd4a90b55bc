"""A cross-reference inserted into the text of a lid or onderdeel (Ctrl+K, the picker), as LEOS does.

It is stored as the model stores every reference, a {ref:ID} marker (model/verwijzingen.py), so it is
written out as "artikel 3, tweede lid" and renumbers itself when its target moves. The insertion goes
the way typing goes (bewerk_tekst): tracked, it is one insertion of the author.
"""

from __future__ import annotations

from ..i18n import tr
from ..model import structuur
from ..model.document import Policy
from ..model.verwijzingen import MARKER, Verwijzingsindex, marker
from .context import Context, Uitkomst
from .review import BewerkingFout
from .tekst import bewerk_tekst

MET_TEKST = ("lid", "onderdeel", "subonderdeel")
DOELEN = ("artikel", "lid", "onderdeel")


def voeg_verwijzing_in(policy: Policy, ctx: Context, blok_id: str, positie: int, doel_id: str) -> Uitkomst:
    """A reference to the artikel, lid or onderdeel `doel_id` at offset `positie` of the text of `blok_id` as it
    is shown (bewerken.lees_blok); a space is put between it and a word it would touch."""
    plaats = structuur.plaats(policy, blok_id)
    if plaats is None or plaats.soort not in MET_TEKST:
        raise BewerkingFout(tr("Een verwijzing kan alleen in de tekst van een lid of onderdeel staan."))
    doel = structuur.plaats(policy, doel_id)
    if doel is None or doel.soort not in DOELEN:
        raise BewerkingFout(tr("Er kan alleen naar een artikel, lid of onderdeel van deze regeling worden verwezen."))
    if doel_id == blok_id:
        raise BewerkingFout(tr("Een lid kan niet naar zichzelf verwijzen."))
    blok = plaats.lijst[plaats.positie]
    index = Verwijzingsindex(policy)
    if not 0 <= positie <= len(index.weergave(blok.tekst)):
        raise BewerkingFout(tr("Die plek ligt buiten de tekst."))
    rauw = blok.tekst
    r = rauwe_positie(index, rauw, positie)
    voor, na = rauw[:r], rauw[r:]
    invoeging = (" " if voor and not voor[-1].isspace() and voor[-1] not in "([" else "") + marker(doel_id)
    invoeging += " " if na and (na[0].isalnum() or na[0] in "{([") else ""
    u = bewerk_tekst(policy, ctx, blok_id, voor + invoeging + na, tr("Verwijzing invoegen"))
    u.selectie = blok_id
    return u


def rauwe_positie(index: Verwijzingsindex, rauw: str, positie: int) -> int:
    """The offset in the stored text (markers) of an offset in the shown text (references written out); an
    offset inside a written-out reference goes to its nearer end."""
    getoond = vorig = 0
    for m in MARKER.finditer(rauw):
        stuk = m.start() - vorig
        if positie <= getoond + stuk:
            return vorig + positie - getoond
        getoond += stuk
        lengte = len(index.weergave(m.group(0)))
        if positie < getoond + lengte:
            return m.end() if positie - getoond > lengte / 2 else m.start()
        getoond += lengte
        vorig = m.end()
    return vorig + positie - getoond


def verwijzing_tekst(policy: Policy, doel_id: str) -> str:
    """How a reference to a block reads now ("artikel 3, tweede lid")."""
    return Verwijzingsindex(policy).weergave(marker(doel_id))


__all__ = ["rauwe_positie", "verwijzing_tekst", "voeg_verwijzing_in"]
