"""Structural edits of a policy: each is one method, so an undo command can call it and its inverse.

Numbers are never stored, so after any of these the numbering is continuous again and
cross-references ({ref:ID}) render the new numbers by themselves.
"""

from __future__ import annotations

from .document import Artikel, Lid, Policy
from .ids import new_id
from .placeholders import vul_in, waarden


def voeg_artikel_in(policy: Policy, positie: int, artikel: Artikel) -> None:
    """Insert at position (0-based); the artikel joins the hoofdstuk of its neighbour before it."""
    if positie > 0 and artikel.hoofdstuk_id is None:
        artikel.hoofdstuk_id = policy.artikelen[positie - 1].hoofdstuk_id
    policy.artikelen.insert(positie, artikel)


def verwijder_artikel(policy: Policy, positie: int) -> Artikel:
    return policy.artikelen.pop(positie)


def verplaats_artikel(policy: Policy, van: int, naar: int) -> None:
    """Move an artikel; it takes the hoofdstuk of the place it lands in."""
    artikel = policy.artikelen.pop(van)
    policy.artikelen.insert(naar, artikel)
    buur = policy.artikelen[naar - 1] if naar > 0 else (policy.artikelen[1] if len(policy.artikelen) > 1 else None)
    artikel.hoofdstuk_id = buur.hoofdstuk_id if buur else artikel.hoofdstuk_id


def voeg_lid_in(artikel: Artikel, positie: int, lid: Lid) -> None:
    artikel.leden.insert(positie, lid)
    if len(artikel.leden) > 1:
        artikel.leden_genummerd = True


def verwijder_lid(artikel: Artikel, positie: int) -> Lid:
    return artikel.leden.pop(positie)


def verplaats_lid(van_artikel: Artikel, van: int, naar_artikel: Artikel, naar: int) -> None:
    lid = van_artikel.leden.pop(van)
    voeg_lid_in(naar_artikel, naar, lid)


def splits_lid(artikel: Artikel, positie: int, teken: int) -> Lid:
    """Split a lid's text at a character position; the onderdelen stay with the second part."""
    lid = artikel.leden[positie]
    tweede = Lid(lid.tekst[teken:].lstrip(), lid.onderdelen)
    lid.tekst, lid.onderdelen = lid.tekst[:teken].rstrip(), []
    voeg_lid_in(artikel, positie + 1, tweede)
    return tweede


def voeg_leden_samen(artikel: Artikel, positie: int) -> Lid:
    """Join a lid with the next; the first keeps its id (references to it stay valid)."""
    lid, volgende = artikel.leden[positie], artikel.leden.pop(positie + 1)
    lid.tekst = f"{lid.tekst} {volgende.tekst}".strip()
    lid.onderdelen += volgende.onderdelen
    return volgende


def splits_artikel(policy: Policy, positie: int, lid_positie: int, kop: str = "") -> Artikel:
    """The leden from lid_positie on become a new artikel right after this one."""
    artikel = policy.artikelen[positie]
    nieuw = Artikel(kop, artikel.leden[lid_positie:], artikel.leden_genummerd, artikel.hoofdstuk_id)
    del artikel.leden[lid_positie:]
    policy.artikelen.insert(positie + 1, nieuw)
    return nieuw


def voeg_artikelen_samen(policy: Policy, positie: int) -> Artikel:
    """The next artikel's leden join this one (which keeps its id and heading)."""
    artikel, volgende = policy.artikelen[positie], policy.artikelen.pop(positie + 1)
    artikel.leden += volgende.leden
    artikel.leden_genummerd = len(artikel.leden) > 1 or artikel.leden_genummerd
    return volgende


def clausule_als_artikel(policy: Policy, titel: str, leden: list[str]) -> Artikel:
    """A clause as a new artikel, its placeholders filled from the metadata."""
    gevuld = [vul_in(tekst, waarden(policy.metadata)) for tekst in leden]
    return Artikel(titel, [Lid(tekst, id=new_id()) for tekst in gevuld], leden_genummerd=len(gevuld) > 1)


def clausule_als_leden(policy: Policy, leden: list[str]) -> list[Lid]:
    """A clause as new leden (to insert into an existing artikel), placeholders filled."""
    return [Lid(vul_in(tekst, waarden(policy.metadata))) for tekst in leden]


def plaats_van(policy: Policy, blok_id: str) -> tuple[int | None, int | None]:
    """(artikel position, lid position) of a block: an artikel gives (a, None), a lid or onderdeel (a, l)."""
    for a, artikel in enumerate(policy.artikelen):
        if artikel.id == blok_id:
            return a, None
        for l, lid in enumerate(artikel.leden):
            if lid.id == blok_id or any(o.id == blok_id for o in lid.onderdelen):
                return a, l
    return None, None


def verwijder_onderdeel(policy: Policy, onderdeel_id: str) -> None:
    for _, lid in policy.leden():
        lid.onderdelen = [o for o in lid.onderdelen if o.id != onderdeel_id]
