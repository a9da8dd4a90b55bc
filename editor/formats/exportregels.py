"""What an export may say: the guards shared by the window and the command line (no Qt).

A clean export with open tracked changes must be a choice (accept them in the export, or export
with them as revisions); the OR's consent is written as given only when the record holds it for
this text and before the vaststelling; a regulation that is not vastgesteld is a CONCEPT.
"""

from __future__ import annotations

import copy
from enum import StrEnum

from ..model.document import Policy
from ..model.metadata import InstemmingStatus
from ..revisions.instemming import is_verouderd


class Instemming(StrEnum):
    GEGEVEN = "gegeven"
    VEROUDERD = "verouderd"                 # the text changed after the OR saw it
    NA_VASTSTELLING = "na_vaststelling"     # dated after the vaststelling
    ONTBREEKT = "ontbreekt"                 # requested, refused, or not recorded


def open_wijziging_ids(policy: Policy) -> set[int]:
    """The ids of the open tracked changes (texts, inserted blocks, deleted and moved blocks)."""
    ids: set[int] = set()
    for segmenten in policy.revisies.values():
        for s in segmenten:
            if s.soort != "equal":
                ids.add(s.id)
            if s.del_id:
                ids.add(s.del_id)
    ids |= {s.id for s in policy.blokrevisies.values()}
    ids |= {spook.wijziging.id for spook in getattr(policy, "spoken", [])}
    return ids - {0}


def met_alles_aanvaard(policy: Policy) -> Policy:
    """A copy of the policy with every open change accepted (the policy itself stays as it is)."""
    from ..revisions.beslissen import accepteer

    kopie = copy.deepcopy(policy)
    ids = open_wijziging_ids(kopie)
    if ids:
        accepteer(kopie, ids)
    return kopie


def instemming(policy: Policy) -> Instemming:
    """Whether the OR's consent may be written as given."""
    meta = policy.metadata
    record = meta.or_instemming
    if record.status not in (InstemmingStatus.VERLEEND, InstemmingStatus.ONDER_VOORWAARDEN) or not record.datum:
        return Instemming.ONTBREEKT
    if is_verouderd(policy):
        return Instemming.VEROUDERD
    if meta.vaststelling.datum and record.datum > meta.vaststelling.datum:
        return Instemming.NA_VASTSTELLING
    return Instemming.GEGEVEN


def is_vastgesteld(policy: Policy) -> bool:
    return bool(policy.metadata.vaststelling.datum)


def zonder_onterechte_instemming(policy: Policy) -> Policy:
    """The policy as it may be exported: a consent that is not GEGEVEN is not stated as given, neither
    in the record nor in a "gezien" of the aanhef. Returns a copy when something had to go."""
    if instemming(policy) is Instemming.GEGEVEN:
        return policy
    kopie = copy.copy(policy)         # the texts stay shared: only the metadata and the aanhef change
    kopie.metadata, kopie.aanhef = copy.deepcopy(policy.metadata), copy.copy(policy.aanhef)
    kopie.metadata.or_instemming.status = None
    kopie.metadata.or_instemming.datum = None
    kopie.aanhef.gezien = [a for a in kopie.aanhef.gezien if "instemming" not in a.tekst.lower()]
    return kopie


def waarschuwingen(policy: Policy) -> list[str]:
    """What the export leaves out or marks, in one line each (the window asks before exporting)."""
    from ..i18n import tr

    uit = []
    stand = instemming(policy)
    if stand is Instemming.VEROUDERD:
        uit.append(tr("De instemming van de OR is verouderd (de tekst is daarna gewijzigd); het besluit vermeldt haar niet."))
    elif stand is Instemming.NA_VASTSTELLING:
        uit.append(tr("De instemming van de OR is gedateerd na de vaststelling; het besluit vermeldt haar niet."))
    if not is_vastgesteld(policy):
        uit.append(tr("De regeling is nog niet vastgesteld; de koptekst vermeldt CONCEPT."))
    return uit
