"""A cross-reference inserted into the text of a lid or onderdeel (Ctrl+K, the picker), as LEOS does.

It is stored as the model stores every reference, a {ref:ID} marker (model/verwijzingen.py), so it is
written out as "artikel 3, tweede lid" and renumbers itself when its target moves. Untracked in a text
without pending changes it goes the way typing goes (bewerk_tekst); otherwise it is put into the text's
segments at its place as typing would put it, tracked as one insertion of the author.
"""

from __future__ import annotations

from ..i18n import tr
from ..model import structuur
from ..model.document import Policy
from ..model.segment import INSERT, Segment
from ..model.verwijzingen import MARKER, Verwijzingsindex, marker
from ..revisions import tracking
from ..revisions.segments import _doorlopend_typen, _Lezer, huidig, voeg_samen, wijziging_ids
from .context import Context, Uitkomst
from .review import BewerkingFout
from .tekst import bewerk_tekst

MET_TEKST = ("lid", "onderdeel", "subonderdeel")
DOELEN = ("artikel", "lid", "onderdeel")


def voeg_verwijzing_in(policy: Policy, ctx: Context, blok_id: str, positie: int, doel_id: str) -> Uitkomst:
    """A reference to the artikel, lid or onderdeel `doel_id` at offset `positie` of the text of `blok_id` as it
    is shown (bewerken.lees_blok); a space is put between it and a word it would touch. A block that has no
    number of its own (the single unnumbered lid of an artikel) is referred to as what the reference reads,
    its artikel, as a reference typed or read from a file would be."""
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
    doel_id = index.zoek(index.plekken[doel_id]) or doel_id    # the single unnumbered lid is named by its artikel
    if not 0 <= positie <= len(index.weergave(blok.tekst)):
        raise BewerkingFout(tr("Die plek ligt buiten de tekst."))
    rauw = blok.tekst
    r = rauwe_positie(index, rauw, positie)
    voor, na = rauw[:r], rauw[r:]
    invoeging = (" " if voor and not voor[-1].isspace() and voor[-1] not in "([" else "") + marker(doel_id)
    invoeging += " " if na and (na[0].isalnum() or na[0] in "{([") else ""
    segmenten = policy.revisies.get(blok_id)
    if not ctx.gevolgd and not segmenten:
        u = bewerk_tekst(policy, ctx, blok_id, voor + invoeging + na, tr("Verwijzing invoegen"))
        u.selectie = blok_id
        return u
    return _voeg_in_segmenten(policy, ctx, blok, segmenten or [Segment(rauw)], r, invoeging)


def _voeg_in_segmenten(policy: Policy, ctx: Context, blok, segmenten: list[Segment], r: int,
                       invoeging: str) -> Uitkomst:
    """The insertion put into the segments at its place, as typing there would (revisions.segments.pas_toe), but
    without a diff: a diff of two texts with markers can cut a marker between two segments ("{ref:" kept, the rest
    inserted) when the reference goes right before another one."""
    u = Uitkomst(tr("Verwijzing invoegen"), teksten={blok.id}, selectie=blok.id, revisies=True)
    if ctx.gevolgd:
        wijziging = tracking.nieuw_id(policy, u.journaal)
        nieuw = Segment(invoeging, INSERT, ctx.auteur, ctx.moment(), wijziging, policy.laatste_versie)
    else:
        nieuw = Segment(invoeging)
    lezer = _Lezer(segmenten)
    uit = voeg_samen(_doorlopend_typen(lezer.neem(r) + lezer.deleties_hier() + [nieuw] + lezer.rest(), ctx.auteur))
    u.journaal.zet(blok, "tekst", huidig(uit))
    tracking._bewaar(policy, u.journaal, blok.id, uit)
    u.nieuwe_wijzigingen = wijziging_ids(uit) - wijziging_ids(segmenten)
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
