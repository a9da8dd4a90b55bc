"""The list of open changes: one entry per change, text changes and structural changes alike.

A structural change (an inserted or deleted block, a move, a split, a merge) is one entry,
whatever texts and places it covers. Its kind says what it is: "insert_lid", "delete_artikel",
"move", "split_lid", "merge_lid" …; a change inside a text is "insert" or "delete".
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import structuur
from ..model.document import Policy
from ..model.numbering import lid_nummer
from ..model.segment import DELETE, EQUAL, Segment
from .tracking import MOVE


@dataclass(frozen=True)
class Wijziging:
    id: int
    soort: str                   # "insert", "delete", "move", or "<insert|delete|split|merge>_<deel>"
    auteur: str | None
    datum: str | None
    blok_id: str
    artikel: int | None
    lid: int | None
    tekst: str
    versie: str | None = None
    deel: str = "tekst"          # what changed: "tekst", or the kind of block (lid, artikel, onderdeel, …)


DIEPTE = {"artikel": 0, "hoofdstuk": 0, "sectie": 0, "lid": 1, "alinea": 1, "onderdeel": 2, "subonderdeel": 3}


def alle_wijzigingen(policy: Policy) -> list[Wijziging]:
    plekken = _plekken(policy)
    soorten = {cid: soort for cid, _, soort in structuur.containers(policy)} if policy.spoken else {}
    uit = [_structureel(policy, wijziging, kandidaten, plekken, soorten)
           for wijziging, kandidaten in _structurele_delen(policy).items()]
    for tekst_id, segmenten in _alle_segmenten(policy):
        artikel, lid = plekken.get(tekst_id, (None, None))
        for s in segmenten:
            if s.soort != EQUAL and str(s.id) not in policy.wijzigingsoorten:
                uit.append(Wijziging(s.id, s.soort, s.auteur, s.tijd, tekst_id, artikel, lid, s.tekst, s.versie))
            if s.del_id and str(s.del_id) not in policy.wijzigingsoorten:
                uit.append(Wijziging(s.del_id, DELETE, s.del_auteur, s.del_tijd, tekst_id, artikel, lid, s.tekst, s.versie))
    return _een_per_wijziging(uit)


def _structurele_delen(policy: Policy) -> dict[int, list[tuple[str, Segment, object, object]]]:
    """Change id -> (block id, its mark, the block, its spook) of every block it covers."""
    delen: dict[int, list] = {}
    for blok_id, merk in policy.blokrevisies.items():
        delen.setdefault(merk.id, []).append((blok_id, merk, structuur.blok(policy, blok_id), None))
    for spook in policy.spoken:
        blok = spook.blok if spook.blok is not None else structuur.blok(policy, spook.blok_id)
        delen.setdefault(spook.wijziging.id, []).append((spook.blok_id, spook.wijziging, blok, spook))
    for tekst_id, segmenten in policy.revisies.items():      # a split or merge with only its text left
        for s in segmenten:
            if s.soort != EQUAL and str(s.id) in policy.wijzigingsoorten and s.id not in delen:
                delen[s.id] = [(tekst_id, s, structuur.blok(policy, tekst_id), None)]
            if s.del_id and str(s.del_id) in policy.wijzigingsoorten and s.del_id not in delen:
                merk = Segment("", DELETE, s.del_auteur, s.del_tijd, s.del_id, s.versie)
                delen[s.del_id] = [(tekst_id, merk, structuur.blok(policy, tekst_id), None)]
    return delen


def _structureel(policy: Policy, wijziging: int, kandidaten: list, plekken, soorten: dict[str, str]) -> Wijziging:
    """One entry for a structural change, named by the outermost block it covers (where it stood: a lid
    indented to an onderdeel is named before the onderdelen that followed it)."""
    def diepte(k) -> int:
        if k[2] is None:
            return 9
        soort = soorten.get(k[3].container) if k[3] is not None else None
        return DIEPTE.get(soort or structuur.soort_van(k[2]), 1)

    blok_id, merk, blok, spook = min(kandidaten, key=diepte)
    soort = policy.wijzigingsoorten.get(str(wijziging), f"{merk.soort}_blok")
    deel = structuur.soort_van(blok) if soort == MOVE and blok is not None else soort.partition("_")[2] or "blok"
    artikel, lid = plekken.get(blok_id, (None, None))
    if artikel is None and spook is not None:
        artikel, lid = plekken.get(spook.container, (None, None))
    return Wijziging(wijziging, soort, merk.auteur, merk.tijd, blok_id, artikel, lid, _tekst(blok), merk.versie, deel)


def _tekst(blok) -> str:
    if blok is None:
        return ""
    teksten = [structuur.lees(o, a) for _, o, a in structuur.teksten_in(blok)]
    return " ".join(t for t in teksten if t)


def _alle_segmenten(policy: Policy):
    """The segments of every text with changes (the list is put in document order at the end)."""
    return list(policy.revisies.items())


def _een_per_wijziging(wijzigingen: list[Wijziging]) -> list[Wijziging]:
    """A text change that spans two texts (rare) is listed once, with its longest text."""
    per_id: dict[tuple[int, str], Wijziging] = {}
    for w in wijzigingen:
        sleutel = (w.id, w.soort)
        vorige = per_id.get(sleutel)
        if vorige is None or (w.deel == "tekst" and len(w.tekst) > len(vorige.tekst)):
            per_id[sleutel] = w
    return sorted(per_id.values(), key=_volgorde)


def _volgorde(w: Wijziging) -> tuple:
    """Document order (artikel, lid), then the order they were made: what "next change" walks through."""
    return (w.artikel if w.artikel is not None else -1, w.lid or 0, w.id)


def _plekken(policy: Policy) -> dict[str, tuple[int, int | None]]:
    """Block id -> (artikel number, lid number) as shown now."""
    plekken: dict[str, tuple[int, int | None]] = {}
    for a, artikel in enumerate(policy.artikelen, start=1):
        plekken[artikel.id] = (a, None)
        for i, lid in enumerate(artikel.leden):
            plek = (a, lid_nummer(artikel, i))
            plekken[lid.id] = plek
            for onderdeel in lid.onderdelen:
                plekken[onderdeel.id] = plek
                for sub in onderdeel.subonderdelen:
                    plekken[sub.id] = plek
    return plekken


def kies(policy: Policy, ids: set[int] | None = None, auteur: str | None = None) -> set[int]:
    """The ids of the changes meant: all, the given ones, or all of one author."""
    wijzigingen = alle_wijzigingen(policy)
    if auteur is not None:
        return {w.id for w in wijzigingen if w.auteur == auteur}
    alle = {w.id for w in wijzigingen}
    return alle if ids is None else ids & alle


__all__ = ["MOVE", "Wijziging", "alle_wijzigingen", "kies"]
