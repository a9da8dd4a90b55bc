"""The works council's consent tied to the exact text it saw (WOR art. 27 lid 1 onder k en l).

The fingerprint is the SHA-256 of the canonical normative text: the title and the artikelen with
their leden, onderdelen and written-out references, white space folded. The aanhef, the slot and
the toelichting are left out, since recording the consent and the vaststelling changes them.
"""

from __future__ import annotations

import hashlib

from ..model.document import Policy
from ..model.metadata import InstemmingStap, InstemmingStatus
from ..model.numbering import lid_nummer, onderdeel_letter
from ..model.verwijzingen import Verwijzingsindex

BESLISSINGEN = {"verleend": InstemmingStatus.VERLEEND, "geweigerd": InstemmingStatus.GEWEIGERD,
                "voorwaardelijk": InstemmingStatus.ONDER_VOORWAARDEN,
                "onder_voorwaarden": InstemmingStatus.ONDER_VOORWAARDEN}


def canonieke_tekst(policy: Policy) -> str:
    index = Verwijzingsindex(policy)
    regels = [policy.titel]
    for nummer, artikel in enumerate(policy.artikelen, start=1):
        regels.append(f"Artikel {nummer}. {artikel.kop}")
        for i, lid in enumerate(artikel.leden):
            regels.append(f"{lid_nummer(artikel, i) or ''} {index.weergave(lid.tekst)}")
            regels += [f"{onderdeel_letter(j)}. {index.weergave(o.tekst)}" for j, o in enumerate(lid.onderdelen)]
    return "\n".join(" ".join(r.split()) for r in regels)


def vingerafdruk(policy: Policy) -> str:
    return hashlib.sha256(canonieke_tekst(policy).encode("utf-8")).hexdigest()


def vraag_instemming(policy: Policy, tijd: str, versie: str | None) -> str:
    """Record the request: the fingerprint of the text as it is offered."""
    afdruk = vingerafdruk(policy)
    instemming = policy.metadata.or_instemming
    instemming.status, instemming.datum, instemming.vingerafdruk = InstemmingStatus.AANGEVRAAGD, None, afdruk
    policy.metadata.instemming_historie.append(InstemmingStap("aanvraag", tijd, InstemmingStatus.AANGEVRAAGD,
                                                              vingerafdruk=afdruk, versie=versie))
    return afdruk


def leg_besluit_vast(policy: Policy, beslissing: str, datum: str, tijd: str, vergadering: str | None = None,
                     notities: str | None = None) -> None:
    """The OR's decision on the text it was offered (or, without a request, on the text as it is)."""
    status = BESLISSINGEN[beslissing]
    instemming = policy.metadata.or_instemming
    afdruk = instemming.vingerafdruk if instemming.status is InstemmingStatus.AANGEVRAAGD else vingerafdruk(policy)
    instemming.status, instemming.datum, instemming.vergadering, instemming.notities = status, datum, vergadering, notities
    instemming.vingerafdruk = afdruk
    policy.metadata.instemming_historie.append(InstemmingStap("besluit", tijd, status, datum, vergadering, notities, afdruk))


def is_verouderd(policy: Policy) -> bool:
    """The text changed after it was offered to or decided on by the OR."""
    afdruk = policy.metadata.or_instemming.vingerafdruk
    return bool(afdruk) and afdruk != vingerafdruk(policy)
