"""The editable text of each kind of block, read and written back (for the editor and its undo).

A lid or onderdeel is edited with its references written out; written back, "artikel 5, derde
lid" that names a block of this policy becomes a reference again. The aanhef, a section and the
vaststelling with its signatures are edited as text and read back by the importer's rules.
"""

from __future__ import annotations

from .document import Alinea, Policy
from .verwijzingen import Verwijzingsindex, herken_in_tekst

BEWERKBAAR = ("lid", "onderdeel", "artikel", "hoofdstuk", "sectie", "aanhef", "ondertekening")


def lees(policy: Policy, soort: str, blok_id: str) -> str:
    if soort in ("lid", "onderdeel"):
        return Verwijzingsindex(policy).weergave(_tekstblok(policy, blok_id).tekst)
    if soort == "artikel":
        return next(a.kop for a in policy.artikelen if a.id == blok_id)
    if soort == "hoofdstuk":
        return policy.hoofdstuk(blok_id).kop
    if soort == "sectie":
        return "\n\n".join(a.tekst for a in _sectie(policy, blok_id).alineas)
    if soort == "aanhef":
        from ..formats.text_export import aanhef_regels

        return "\n".join(aanhef_regels(policy)).strip()
    if soort == "ondertekening":
        from ..formats.text_export import ondertekening_regels

        return "\n".join(ondertekening_regels(policy.metadata)).strip()
    raise KeyError(soort)


def schrijf(policy: Policy, soort: str, blok_id: str, tekst: str) -> None:
    if soort in ("lid", "onderdeel"):
        _tekstblok(policy, blok_id).tekst = herken_in_tekst(Verwijzingsindex(policy), tekst)
    elif soort == "artikel":
        next(a for a in policy.artikelen if a.id == blok_id).kop = tekst.strip()
    elif soort == "hoofdstuk":
        policy.hoofdstuk(blok_id).kop = tekst.strip()
    elif soort == "sectie":
        _schrijf_sectie(policy, blok_id, tekst)
    elif soort == "aanhef":
        from ..formats.text_import import parse_text

        policy.aanhef = parse_text(f"{policy.titel or 'Titel'}\n\n{tekst}\n").aanhef
    elif soort == "ondertekening":
        from ..formats.besluit_meta import lees_ondertekening

        lees_ondertekening([r for r in tekst.splitlines() if r.strip()], policy.metadata)
    else:
        raise KeyError(soort)


def rauw(policy: Policy, soort: str, tekst: str) -> str:
    """The stored form of an edited lid or onderdeel text: references linked again."""
    return herken_in_tekst(Verwijzingsindex(policy), tekst) if soort in ("lid", "onderdeel") else tekst


def _tekstblok(policy: Policy, blok_id: str):
    for artikel in policy.artikelen:
        for lid in artikel.leden:
            if lid.id == blok_id:
                return lid
            for onderdeel in lid.onderdelen:
                if onderdeel.id == blok_id:
                    return onderdeel
    raise KeyError(blok_id)


def _sectie(policy: Policy, blok_id: str):
    return next(s for s in policy.secties() if s.id == blok_id)


def _schrijf_sectie(policy: Policy, blok_id: str, tekst: str) -> None:
    """Paragraphs are separated by a blank line; existing paragraphs keep their ids by position."""
    sectie = _sectie(policy, blok_id)
    alineas = [a.strip() for a in tekst.split("\n\n") if a.strip()]
    oud = sectie.alineas
    sectie.alineas = [
        Alinea(t, oud[i].id) if i < len(oud) else Alinea(t) for i, t in enumerate(alineas)
    ]
