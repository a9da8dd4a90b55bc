"""Tab and Shift+Tab in the text, as Word's outline levels: a lid becomes the last onderdeel of the lid
before it, and an onderdeel becomes a lid right after its lid.

The block keeps its id (references to it follow it: "artikel 3, eerste lid, onderdeel c") and its
text; it is a new object of the other kind (structuur.in_vorm). What it held stays at its level in
the text: a lid's onderdelen follow it as onderdelen of the lid before it; the onderdelen after an
onderdeel that becomes a lid become its onderdelen (its own sub-items too, before them). Tracked, it
is one change: the moves of the block and of what follows it, under one change id, whose kind is
"indent_lid" or "outdent_onderdeel". Rejecting it puts every block back where it stood, the block
itself in its old form and with its old label (beslissen._zet_terug); accepting keeps the new
structure.
"""

from __future__ import annotations

from ..i18n import tr
from ..model import structuur
from ..model.document import Policy
from ..revisions import tracking
from .blokken import _verplaats, _wijziging
from .context import Context, Uitkomst
from .review import BewerkingFout

INSPRINGEN, UITSPRINGEN = "indent_lid", "outdent_onderdeel"


def spring_in(policy: Policy, ctx: Context, lid_id: str) -> Uitkomst:
    """Tab on a lid: it becomes the last onderdeel of the lid before it in its artikel; its own onderdelen
    follow it there. Refused for the first lid of an artikel and for a block that is not a lid."""
    plaats = structuur.plaats(policy, lid_id)
    if plaats is None or plaats.soort != "lid":
        raise BewerkingFout(tr("Alleen een lid kan inspringen; een onderdeel springt niet verder in."))
    if plaats.positie == 0:
        raise BewerkingFout(tr("Dit is het eerste lid van het artikel: er staat geen lid voor waarvan het een "
                               "onderdeel kan worden."))
    lid, vorige = plaats.lijst[plaats.positie], plaats.lijst[plaats.positie - 1]
    u = _uitkomst(tr("Inspringen"), lid_id)
    wijziging = _wijziging(policy, u, ctx, INSPRINGEN)
    volgers = list(lid.onderdelen)
    for onderdeel in volgers:
        _verplaats(policy, u, ctx, onderdeel.id, vorige.id, len(vorige.onderdelen), wijziging)
    label = _label_bij(vorige.onderdelen)
    _verplaats_in_vorm(policy, u, ctx, lid, "onderdeel", label, vorige.id,
                       len(vorige.onderdelen) - len(volgers), wijziging)
    return u


def spring_uit(policy: Policy, ctx: Context, onderdeel_id: str) -> Uitkomst:
    """Shift+Tab on an onderdeel: it becomes a lid right after its lid; its sub-items and the onderdelen after
    it in that lid become its onderdelen. Refused for a block that is not an onderdeel."""
    plaats = structuur.plaats(policy, onderdeel_id)
    if plaats is None or plaats.soort != "onderdeel":
        raise BewerkingFout(tr("Alleen een onderdeel kan uitspringen; een lid springt niet verder uit."))
    lid = structuur.blok(policy, plaats.container)
    artikel = structuur.plaats(policy, lid.id)
    onderdeel = plaats.lijst[plaats.positie]
    volgers = list(lid.onderdelen[plaats.positie + 1:])
    u = _uitkomst(tr("Uitspringen"), onderdeel_id)
    wijziging = _wijziging(policy, u, ctx, UITSPRINGEN)
    label = _label_bij(artikel.lijst)
    nieuw = _verplaats_in_vorm(policy, u, ctx, onderdeel, "lid", label, artikel.container, artikel.positie + 1,
                               wijziging)
    for volger in volgers:
        _verplaats(policy, u, ctx, volger.id, nieuw.id, len(nieuw.onderdelen), wijziging)
    return u


def _uitkomst(naam: str, selectie: str) -> Uitkomst:
    return Uitkomst(naam, structuur=True, revisies=True, selectie=selectie)


def _verplaats_in_vorm(policy: Policy, u: Uitkomst, ctx: Context, blok, soort: str, label: str | None,
                       container: str, positie: int, wijziging: int | None):
    """The block takes its new form where it stands, then moves (one tracked move, which remembers the label it
    had); returns the block in its new form."""
    plaats = structuur.plaats(policy, blok.id)
    nieuw = structuur.in_vorm(blok, soort, label)
    u.journaal.haal_uit(plaats.lijst, plaats.positie)
    u.journaal.voeg_in(plaats.lijst, plaats.positie, nieuw)
    nummer = tracking.verplaats(policy, u.journaal, blok.id, container, positie, ctx.auteur, ctx.moment(),
                                ctx.gevolgd, wijziging)
    spook = next((s for s in reversed(policy.spoken) if s.blok_id == blok.id and s.wijziging.id == nummer), None)
    if nummer is not None and spook is not None:
        u.journaal.zet(spook, "label", blok.label)
    return nieuw


def _label_bij(buren: list) -> str | None:
    """The label a block gets among its new neighbours: their sign ("-", "*") when they all share one, else
    none (the model's numbering). A number or letter of its own does not fit its new level."""
    labels = {b.label for b in buren}
    if len(labels) != 1:
        return None
    return structuur.teken_label(labels.pop())


__all__ = ["INSPRINGEN", "UITSPRINGEN", "spring_in", "spring_uit"]
