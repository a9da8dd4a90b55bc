"""Where the hoofdstuk headings stand in a redline, in the text before all open changes and now.

A hoofdstuk heading stands before the first artikel of its hoofdstuk (as the readable text has it; a
hoofdstuk without artikelen shows no heading). An artikel moved into another hoofdstuk stays where it
stands among the artikelen, so what changes is where the headings stand: the heading that stood before it
is deleted there and, when its hoofdstuk still has artikelen, inserted before the next one. Which heading
stands before which artikel is worked out for the state before all changes (Reject All) and for the
current state, over the artikelen as the redline shows them (deleted ones and old places of moves
included); a heading in both states at one spot is plain, one in a single state is a deletion or an
insertion by the change that moved the artikel beside it, inserted or deleted the hoofdstuk.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.document import Hoofdstuk, Policy, Spook
from ..model.segment import Segment


@dataclass
class Kop:
    hoofdstuk: Hoofdstuk
    nummer: int                   # its number in the state it stands in
    soort: str                    # "gelijk", "weg" (only before all changes), "nieuw" (only now)
    wijziging: Segment | None     # who deleted or inserted it


class Koppen:
    """The hoofdstuk headings before each artikel of the redline: `voor(i)` for the i-th entry."""

    def __init__(self, policy: Policy, rij: list[tuple], oud: Policy | None) -> None:
        """`oud`: the policy with all changes rejected (None: a clean export)."""
        self.per_plek: dict[int, list[Kop]] = {}
        if not (policy.hoofdstukken or any(s.hoofdstuk is not None for s in policy.spoken)):
            return
        oud = oud or policy
        nu_h = {h.id: h for h in policy.hoofdstukken}
        oud_h = {h.id: h for h in oud.hoofdstukken}
        oud_van = {a.id: a.hoofdstuk_id for a in oud.artikelen}
        in_oud, in_nu = [], []
        for artikel, spook in rij:
            nieuw_hier = spook is None and (artikel.id in policy.blokrevisies or _hierheen(policy, artikel.id))
            in_oud.append(oud_van.get(artikel.id) if (spook is not None or not nieuw_hier) else False)
            in_nu.append(artikel.hoofdstuk_id if spook is None else False)
        koppen_oud = _koppen(in_oud, oud_h, [h.id for h in oud.hoofdstukken])
        koppen_nu = _koppen(in_nu, nu_h, [h.id for h in policy.hoofdstukken])
        for i in range(len(rij)):
            oud_kop, nu_kop = koppen_oud.get(i), koppen_nu.get(i)
            if oud_kop and nu_kop and oud_kop[0].id == nu_kop[0].id:
                self.per_plek[i] = [Kop(nu_kop[0], nu_kop[1], "gelijk", None)]
                continue
            lijst = []
            if oud_kop:
                lijst.append(Kop(oud_kop[0], oud_kop[1], "weg", _wie(policy, rij, i, oud_kop[0].id)))
            if nu_kop:
                lijst.append(Kop(nu_kop[0], nu_kop[1], "nieuw", _wie(policy, rij, i, nu_kop[0].id)))
            if lijst:
                self.per_plek[i] = lijst

    def voor(self, i: int) -> list[Kop]:
        return self.per_plek.get(i, [])


def _hierheen(policy: Policy, artikel_id: str) -> bool:
    """The new place of a moved artikel (a move that also changed its place among the artikelen)."""
    return any(s.soort == "verplaatst" and s.blok_id == artikel_id and not _op_zijn_plek(policy, s) for s in policy.spoken)


def _op_zijn_plek(policy: Policy, spook: Spook) -> bool:
    lijst = policy.artikelen if spook.container == "artikelen" else None
    if lijst is None:
        return False
    k = next((i for i, a in enumerate(lijst) if a.id == spook.blok_id), None)
    return k is not None and k == spook.positie and (lijst[k - 1].id if k else None) == spook.na


def _koppen(hoofdstukken: list, per_id: dict, volgorde: list[str]) -> dict[int, tuple[Hoofdstuk, int]]:
    """Entry index -> (hoofdstuk, its number) for the entries a heading stands before, in one state
    (False: the entry is not in that state)."""
    uit, vorige = {}, None
    for i, hoofdstuk_id in enumerate(hoofdstukken):
        if hoofdstuk_id is False:
            continue
        if hoofdstuk_id and hoofdstuk_id != vorige and hoofdstuk_id in per_id:
            uit[i] = (per_id[hoofdstuk_id], volgorde.index(hoofdstuk_id) + 1)
        vorige = hoofdstuk_id
    return uit


def _wie(policy: Policy, rij: list[tuple], i: int, hoofdstuk_id: str) -> Segment | None:
    """The change a heading's deletion or insertion belongs to: the hoofdstuk's own insertion or deletion,
    else the move of the artikel at or just before that spot, else the newest structural change."""
    if hoofdstuk_id in policy.blokrevisies:
        return policy.blokrevisies[hoofdstuk_id]
    eigen = next((s for s in policy.spoken if s.blok_id == hoofdstuk_id), None)
    if eigen is not None:
        return eigen.wijziging
    for j in (i, i - 1, i + 1):
        if 0 <= j < len(rij):
            artikel, spook = rij[j]
            verhuizing = spook or next((s for s in policy.spoken if s.blok_id == artikel.id), None)
            if verhuizing is not None:
                return verhuizing.wijziging
    merken = [s.wijziging for s in policy.spoken] + list(policy.blokrevisies.values())
    return max(merken, key=lambda m: m.id) if merken else None
