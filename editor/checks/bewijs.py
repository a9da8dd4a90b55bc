"""What the text and the metadata show, weighed before a check speaks: adoption, consent, dates.

"Niet vastgesteld" only when nothing shows adoption; "geen instemming" only when no consent is recorded
anywhere (metadata, aanhef, preamble, toelichting). Advice ("gehoord de OR", "positief advies") and
other bodies (MR, GO, DGO, a minister's approval) are not the works council's consent.
"""

from __future__ import annotations

import re

from ..formats.besluit_meta import aanhef_zinnen, is_or_instemming
from ..model.datums import DATUM_PATROON, parse_datum
from ..model.document import Alinea, Policy
from ..model.metadata import InstemmingStatus

__all__ = ["aanhef_datums_na", "instemming_vastgelegd", "is_or_instemming", "is_vastgesteld"]

VERLEEND = (InstemmingStatus.VERLEEND, InstemmingStatus.ONDER_VOORWAARDEN)


def is_vastgesteld(policy: Policy) -> bool:
    """Adopted, as far as anything shows: a date or organ of adoption, signatories, a publication, or a
    date from which the published regulation applies."""
    meta = policy.metadata
    return bool(meta.vaststelling.datum or meta.vaststelling.orgaan or meta.ondertekening
                or meta.bekendmaking.datum or meta.inwerkingtreding.datum)


def instemming_vastgelegd(policy: Policy) -> bool:
    """Whether the OR's consent is recorded anywhere: the metadata or a sentence of the besluit."""
    if policy.metadata.or_instemming.status in VERLEEND:
        return True
    toelichting = [a.tekst for s in policy.toelichting for a in s.alineas]
    return any(is_or_instemming(zin) for zin in aanhef_zinnen(policy)[1:] + toelichting)


def aanhef_datums_na(policy: Policy) -> list[tuple[Alinea, str]]:
    """Aanhef items that cite a date after the adoption (an approval "van 23 november 2014" in a besluit
    of 28 mei 2014). The OR's consent has its own check (wor-volgorde)."""
    vaststelling = policy.metadata.vaststelling.datum
    if not vaststelling or len(vaststelling) != 10:
        return []
    aanhef = policy.aanhef
    uit = []
    for alinea in aanhef.gezien + aanhef.gelet_op + aanhef.overwegingen:
        if is_or_instemming(alinea.tekst):
            continue
        for m in re.finditer(DATUM_PATROON, alinea.tekst, re.IGNORECASE):
            datum = parse_datum(m.group(0))
            if datum and len(datum) == 10 and datum > vaststelling:
                uit.append((alinea, datum))
                break
    return uit
