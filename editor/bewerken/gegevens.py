"""Metadata in step with the text, as operations.

The text is the source of what it states (inwerkingtreding, terugwerkende kracht, intrekking,
citeertitel, the short name): after every operation that changes text or structure, the fields are
read again from the artikelen, through the journal, so undo restores them with the text. Editing such
a field rewrites its artikel in the Aanwijzingen's standard formula: one tracked change when tracking
is on, one undo step always.
"""

from __future__ import annotations

import copy

from ..formats.slotbepalingen import lees_uit_tekst, plan_voor_veld
from ..i18n import tr
from ..model.document import Policy
from ..model.serialize import to_dict
from ..revisions import tracking
from .context import Context, Uitkomst
from .review import BewerkingFout


def herlees(policy: Policy, u: Uitkomst) -> None:
    """The fields the text states, read again from it; what differs is set through the journal."""
    meta = policy.metadata
    velden = ((meta, "inwerkingtreding"), (meta, "intrekking"), (meta, "korte_naam"), (policy, "citeertitel"))
    voor = [(obj, naam, getattr(obj, naam)) for obj, naam in velden]
    afdruk = [to_dict(w) for _, _, w in voor]
    lees_uit_tekst(policy)
    na = [getattr(obj, naam) for obj, naam in velden]
    for (obj, naam, oud), nieuw in zip(voor, na):
        setattr(obj, naam, oud)                 # back, then through the journal where it differs
    for (obj, naam, _), oud_afdruk, nieuw in zip(voor, afdruk, na):
        if to_dict(nieuw) != oud_afdruk:
            u.journaal.zet(obj, naam, nieuw)
            u.metadata = True


def zet_gegeven(policy: Policy, ctx: Context, veld: str, waarde) -> Uitkomst:
    """One field of the Gegevens pane; a field the text states rewrites its artikel (one change)."""
    if ctx.is_or:
        raise BewerkingFout(tr("De ondernemingsraad wijzigt de gegevens niet; stel een wijziging in de tekst voor."))
    try:
        plan = plan_voor_veld(policy, veld, waarde)
    except ValueError:
        raise BewerkingFout(tr("Onbekend gegeven: {veld}").format(veld=veld)) from None
    u = Uitkomst(tr("Gegevens wijzigen"), metadata=True)
    wijziging = None
    for tekst_id, tekst in plan.teksten.items():
        if wijziging is None and ctx.gevolgd:       # the whole rewrite is one change
            wijziging = tracking.nieuw_id(policy, u.journaal)
            tracking._registreer(policy, u.journaal, wijziging, "replace_tekst")
        u.nieuwe_wijzigingen |= tracking.bewerk(policy, u.journaal, tekst_id, tekst, ctx.auteur, ctx.moment(),
                                                ctx.gevolgd, wijziging)
        u.teksten.add(tekst_id)
        u.revisies = u.revisies or ctx.gevolgd
    u.journaal.zet(policy, "metadata", copy.deepcopy(plan.metadata))
    u.journaal.zet(policy, "citeertitel", plan.citeertitel)
    if (plan.orgaan or "") != (policy.aanhef.orgaan or ""):
        u.nieuwe_wijzigingen |= tracking.bewerk(policy, u.journaal, "orgaan", plan.orgaan or "", ctx.auteur,
                                                ctx.moment(), ctx.gevolgd)
    herlees(policy, u)
    return u


def leest_na(operatie):
    """An operation after which the fields the text states are read again (see herlees)."""
    import functools

    @functools.wraps(operatie)
    def met_herlezen(policy: Policy, *args, **kwargs):
        uitkomst = operatie(policy, *args, **kwargs)
        eerste = uitkomst[0] if isinstance(uitkomst, tuple) else uitkomst
        if eerste is not None:
            herlees(policy, eerste)
        return uitkomst
    return met_herlezen
