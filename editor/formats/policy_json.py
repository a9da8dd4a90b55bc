"""The public JSON of `show --json`: the policy as a reader sees it (numbers as shown, references
written out, dates ISO 8601, absent values null)."""

from __future__ import annotations

from typing import Any

from ..model.document import Artikel, Lid, Policy
from ..model.numbering import lid_nummer, onderdeel_letter
from ..model.serialize import to_dict
from ..model.verwijzingen import Verwijzingsindex
from ..revisions.instemming import is_verouderd


def policy_json(policy: Policy) -> dict[str, Any]:
    """The public JSON of `show --json`: numbers as shown, dates ISO 8601, absent values null."""
    aanhef = policy.aanhef
    index = Verwijzingsindex(policy)
    return {
        "id": policy.id,
        "titel": policy.titel,
        "citeertitel": policy.citeertitel,
        "aanhef": {
            "orgaan": aanhef.orgaan,
            "gezien": [a.tekst for a in aanhef.gezien],
            "gelet_op": [a.tekst for a in aanhef.gelet_op],
            "overwegingen": [a.tekst for a in aanhef.overwegingen],
            "beslispunten": [a.tekst for a in aanhef.beslispunten],
        },
        "inleiding": to_dict(policy.inleiding),
        "hoofdstukken": [
            {"id": h.id, "nummer": i + 1, "kop": h.kop, "artikelen": [a.id for a in policy.artikelen_van(h)]}
            for i, h in enumerate(policy.hoofdstukken)
        ],
        "artikelen": [_artikel_json(nummer, a, index) for nummer, a in enumerate(policy.artikelen, start=1)],
        "slotwoord": to_dict(policy.slotwoord),
        "toelichting": to_dict(policy.toelichting),
        "metadata": _metadata_json(policy),
        "bron": to_dict(policy.bron),
    }


def _artikel_json(nummer: int, artikel: Artikel, index: Verwijzingsindex) -> dict[str, Any]:
    return {
        "id": artikel.id,
        "nummer": nummer,
        "kop": artikel.kop,
        "leden": [_lid_json(artikel, i, lid, index) for i, lid in enumerate(artikel.leden)],
    }


def _lid_json(artikel: Artikel, positie: int, lid: Lid, index: Verwijzingsindex) -> dict[str, Any]:
    """Texts with their cross-references written out, as a reader sees them."""
    return {
        "id": lid.id,
        "nummer": lid_nummer(artikel, positie),
        "tekst": index.weergave(lid.tekst),
        "onderdelen": [
            {
                "id": o.id,
                "nummer": onderdeel_letter(j),
                "tekst": index.weergave(o.tekst),
                "subonderdelen": [{"id": s.id, "nummer": k + 1, "tekst": index.weergave(s.tekst)}
                                  for k, s in enumerate(o.subonderdelen)],
            }
            for j, o in enumerate(lid.onderdelen)
        ],
    }


def _metadata_json(policy: Policy) -> dict[str, Any]:
    """The metadata, with the OR consent's fingerprint and whether the text changed since."""
    meta = to_dict(policy.metadata)
    meta["or_instemming"]["fingerprint"] = policy.metadata.or_instemming.vingerafdruk
    meta["or_instemming"]["verouderd"] = is_verouderd(policy)
    return meta
