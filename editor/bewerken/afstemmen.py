"""Make a policy's structure and text equal to a target's, as operations: the structural diff behind
`revise --from-text`, and behind editing the aanhef or a section as one text in the window.

Three passes. Alignment: the blocks of each list are paired with the target's by their text
(equal runs first, then the most similar in between); a block left over on both sides with the
same text, anywhere, is a move. Placement, top down: blocks that keep their order stay, the others
move, new blocks are inserted (inside a new block as part of its one change). Then what has no
counterpart is deleted, and every paired text that differs is edited. The same operations as the
window's, so tracking, undo and the list of changes work alike.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from rapidfuzz.fuzz import ratio

from ..compare.lis import langste_stijgende
from ..model import structuur
from ..model.document import Alinea, Artikel, Hoofdstuk, Lid, Onderdeel, Policy, Sectie
from ..model.numbering import lid_nummer
from ..model.serialize import to_dict
from ..model.verwijzingen import Verwijzingsindex, herken_in_tekst
from ..revisions import tracking
from .context import Context, Uitkomst

DREMPEL = 0.5           # least similarity for two texts to count as one block, edited
MAX_PAREN = 250_000     # above this many cells, a gap is paired by position


@dataclass
class Verslag:
    gewijzigd: int = 0
    ingevoegd: int = 0
    verwijderd: int = 0
    verplaatst: int = 0


ALLES = frozenset({"titel", "aanhef", "secties", "artikelen", "metadata"})


class Afstemmer:
    def __init__(self, policy: Policy, doel: Policy, ctx: Context, u: Uitkomst, delen=ALLES,
                 lijsten: list[tuple[list, list, str]] | None = None, op_id: bool = False) -> None:
        """`lijsten`, when given, are the only (policy list, target list, container id) to make equal.
        `op_id`: the target is another version of this policy, its blocks paired by their stable ids."""
        self.policy, self.doel, self.ctx, self.u, self.delen = policy, doel, ctx, u, delen
        self._vaste_lijsten = lijsten
        self.op_id = op_id
        self.koppeling: dict[str, str] = {}          # target block id -> policy block id
        self.wijziging_van: dict[str, int | None] = {}   # policy id of a new block -> its change id
        self.verslag = Verslag()
        self.doel_index = Verwijzingsindex(doel)
        self._getoond = Verwijzingsindex(policy)
        self._lege_secties: dict[str, Sectie] = {}

    # -- the whole ------------------------------------------------------------------------
    def stem_af(self) -> Verslag:
        lijsten = self._lijsten()
        if self.op_id:
            eigen = {b.id for _, lijst, _ in structuur.containers(self.policy) for b in lijst}
            self.koppeling.update({b.id: b.id for _, lijst, _ in structuur.containers(self.doel) for b in lijst
                                   if b.id in eigen})
        else:
            for oud, nieuw, _ in lijsten:
                self._koppel_lijst(oud, nieuw)
            self._koppel_verplaatste(lijsten)
        for _, nieuw, container in lijsten:
            self._plaats(container, nieuw)
        self._verwijder_rest(lijsten)
        self._teksten()
        if "metadata" in self.delen:
            self._metadata()
        return self.verslag

    def _lijsten(self) -> list[tuple[list, list, str]]:
        """(policy list, target list, container id) of the top lists in scope."""
        if self._vaste_lijsten is not None:
            return self._vaste_lijsten
        p, d = self.policy, self.doel
        uit = []
        if "aanhef" in self.delen:
            uit += [(getattr(p.aanhef, n), getattr(d.aanhef, n), f"aanhef.{n}") for n in structuur.AANHEF_LIJSTEN]
        if "secties" in self.delen:
            uit += [(p.toelichting, d.toelichting, "toelichting")]
            uit += [self._sectie(naam) for naam in ("inleiding", "slotwoord") if getattr(d, naam) or getattr(p, naam)]
        if "artikelen" in self.delen:
            uit += [(p.hoofdstukken, d.hoofdstukken, "hoofdstukken"), (p.artikelen, d.artikelen, "artikelen")]
        return uit

    def _sectie(self, naam: str) -> tuple[list, list, str]:
        """The inleiding or slotwoord: one section on each side (made empty where it is missing)."""
        eigen, doel = getattr(self.policy, naam), getattr(self.doel, naam)
        if eigen is None:
            eigen = Sectie("", [])
            self.u.journaal.zet(self.policy, naam, eigen)
        if doel is None:
            doel = Sectie("", [])
            self._lege_secties[doel.id] = doel
        self.koppeling[doel.id] = eigen.id
        return eigen.alineas, doel.alineas, eigen.id

    # -- alignment ------------------------------------------------------------------------------
    def _koppel_lijst(self, oud: list, nieuw: list) -> None:
        for i, j in koppel([self._sig(b, self._getoond) for b in oud], [self._sig(b, self.doel_index) for b in nieuw]):
            self.koppeling[nieuw[j].id] = oud[i].id
            for sub_oud, sub_nieuw in zip(_lijsten_in(oud[i]), _lijsten_in(nieuw[j])):
                self._koppel_lijst(sub_oud, sub_nieuw)

    def _koppel_verplaatste(self, lijsten) -> None:
        """Blocks without a partner on both sides, with the same text: moves."""
        gekoppeld = set(self.koppeling.values())
        over_oud: dict[tuple[str, str], list] = {}
        for oud, _, _ in lijsten:
            for blok in _alle(oud):
                if blok.id not in gekoppeld:
                    over_oud.setdefault((type(blok).__name__, self._sig(blok, self._getoond)), []).append(blok)
        for _, nieuw, _ in lijsten:
            for blok in _alle(nieuw):
                if blok.id in self.koppeling:
                    continue
                kandidaten = over_oud.get((type(blok).__name__, self._sig(blok, self.doel_index)))
                if kandidaten:
                    oud = kandidaten.pop(0)
                    self.koppeling[blok.id] = oud.id
                    for sub_oud, sub_nieuw in zip(_lijsten_in(oud), _lijsten_in(blok)):
                        self._koppel_lijst(sub_oud, sub_nieuw)

    def _sig(self, blok: Any, index: Verwijzingsindex) -> str:
        teksten = [index.weergave(structuur.lees(o, a)) for _, o, a in structuur.teksten_in(blok)]
        return "\n".join(teksten)

    # -- placement ------------------------------------------------------------------------------
    def _plaats(self, container: str, nieuw: list) -> None:
        lijst = structuur.container(self.policy, container)
        stabiel = self._stabiel(lijst, nieuw)
        vorige: str | None = None
        for blok in nieuw:
            eigen = self.koppeling.get(blok.id)
            if eigen is None or eigen not in stabiel:
                eigen = self._zet_op_zijn_plaats(container, blok, eigen, vorige)
            vorige = eigen
        for blok in nieuw:
            for sub_container, sub_nieuw in _containers_van(self.koppeling[blok.id], blok):
                self._plaats(sub_container, sub_nieuw)

    def _stabiel(self, lijst: list, nieuw: list) -> set[str]:
        posities = {b.id: i for i, b in enumerate(lijst)}
        reeks = [(self.koppeling[b.id], posities[self.koppeling[b.id]]) for b in nieuw
                 if self.koppeling.get(b.id) in posities]
        return {reeks[k][0] for k in langste_stijgende([p for _, p in reeks])}

    def _zet_op_zijn_plaats(self, container: str, blok: Any, eigen: str | None, vorige: str | None) -> str:
        lijst = structuur.container(self.policy, container)
        zonder = [b.id for b in lijst if b.id != eigen]
        positie = zonder.index(vorige) + 1 if vorige in zonder else 0
        j, ctx = self.u.journaal, self.ctx
        if eigen is not None:
            nummer = tracking.verplaats(self.policy, j, eigen, container, positie, ctx.auteur, ctx.moment(),
                                        ctx.gevolgd, hoofdstuk_id=self._hoofdstuk(blok))
            self._noteer(nummer)
            self.verslag.verplaatst += 1
            return eigen
        schil = _schil(blok)
        if self.op_id:
            schil.id = blok.id
        if isinstance(schil, Artikel):
            schil.hoofdstuk_id = self._hoofdstuk(blok)
        vast = self.wijziging_van.get(container)
        nummer = tracking.voeg_in(self.policy, j, container, positie, schil, ctx.auteur, ctx.moment(), ctx.gevolgd,
                                  vast)
        self._noteer(nummer)
        self.wijziging_van[schil.id] = vast or nummer
        self.koppeling[blok.id] = schil.id
        self.verslag.ingevoegd += container not in self.wijziging_van
        return schil.id

    def _hoofdstuk(self, blok: Any):
        if not isinstance(blok, Artikel):
            return ...
        return self.koppeling.get(blok.hoofdstuk_id) if blok.hoofdstuk_id else None

    def _noteer(self, nummer: int | None) -> None:
        if nummer:
            self.u.nieuwe_wijzigingen.add(nummer)

    # -- deletion, texts, attributes ---------------------------------------------------------------
    def _verwijder_rest(self, lijsten) -> None:
        gekoppeld = set(self.koppeling.values())
        for _, _, container in lijsten:
            self._verwijder_in(structuur.container(self.policy, container), gekoppeld)

    def _verwijder_in(self, lijst: list, gekoppeld: set[str]) -> None:
        for blok in list(lijst):
            if blok.id in gekoppeld:
                for sub in _lijsten_in(blok):
                    self._verwijder_in(sub, gekoppeld)
                continue
            ctx = self.ctx
            self._noteer(tracking.verwijder(self.policy, self.u.journaal, blok.id, ctx.auteur, ctx.moment(),
                                            ctx.gevolgd))
            self.verslag.verwijderd += 1

    def _teksten(self) -> None:
        index = Verwijzingsindex(self.policy)
        plaatsen = structuur.tekstplaatsen(self.policy)
        if "titel" in self.delen:
            self._tekst(index, "titel", self.doel.titel, plaatsen)
        if "aanhef" in self.delen:
            self._tekst(index, "orgaan", self.doel.aanhef.orgaan or "", plaatsen)
        doel_plaatsen = structuur.tekstplaatsen(self.doel) | self._doel_teksten()
        for doel_id, eigen_id in self.koppeling.items():
            obj, attribuut = doel_plaatsen.get(doel_id) or (self._lege_secties[doel_id], "kop")
            self._tekst(index, eigen_id, self.doel_index.weergave(structuur.lees(obj, attribuut)), plaatsen,
                        herken=isinstance(obj, (Lid, Onderdeel)))
            self._attributen(obj, structuur.blok(self.policy, eigen_id))

    def _doel_teksten(self) -> dict[str, tuple[Any, str]]:
        """The texts of the target lists given by the caller (which need not be in the target policy)."""
        uit: dict[str, tuple[Any, str]] = {}
        for _, nieuw, _ in self._vaste_lijsten or []:
            for blok in _alle(nieuw):
                uit[blok.id] = (blok, structuur.tekst_attribuut(blok))
        return uit

    def _tekst(self, index: Verwijzingsindex, tekst_id: str, getoond: str, plaatsen, herken: bool = False) -> None:
        obj, attribuut = plaatsen[tekst_id]
        if index.weergave(structuur.lees(obj, attribuut)) == getoond:
            return
        rauw = herken_in_tekst(index, getoond) if herken else getoond
        vast = self.wijziging_van.get(tekst_id)
        ctx = self.ctx
        self.u.nieuwe_wijzigingen |= tracking.bewerk(self.policy, self.u.journaal, tekst_id, rauw, ctx.auteur,
                                                     ctx.moment(), ctx.gevolgd, vast)
        self.u.teksten.add(tekst_id)
        self.verslag.gewijzigd += tekst_id not in self.wijziging_van

    def _attributen(self, doel: Any, eigen: Any) -> None:
        """What the text says besides words: the source's own label, an artikel's numbering and hoofdstuk."""
        if eigen is not None and getattr(doel, "label", None) != getattr(eigen, "label", None):
            self.u.journaal.zet(eigen, "label", doel.label)
        if not (isinstance(doel, Artikel) and isinstance(eigen, Artikel)):
            return
        if doel.leden and eigen.leden and (lid_nummer(doel, 0) is None) != (lid_nummer(eigen, 0) is None):
            self.u.journaal.zet(eigen, "leden_genummerd", doel.leden_genummerd)
        hoofdstuk = self._hoofdstuk(doel)
        if hoofdstuk != eigen.hoofdstuk_id:       # another hoofdstuk, in place: a move of the artikel
            ctx = self.ctx
            self._noteer(tracking.verplaats(self.policy, self.u.journaal, eigen.id, "artikelen",
                                            self.policy.artikelen.index(eigen), ctx.auteur, ctx.moment(),
                                            ctx.gevolgd, hoofdstuk_id=hoofdstuk))

    def _metadata(self) -> None:
        if to_dict(self.doel.metadata) != to_dict(self.policy.metadata):
            self.u.journaal.zet(self.policy, "metadata", copy.deepcopy(self.doel.metadata))
            self.u.metadata = True
        if self.doel.citeertitel != self.policy.citeertitel:
            self.u.journaal.zet(self.policy, "citeertitel", self.doel.citeertitel)
            self.u.metadata = True


# -- pairing two lists of texts ----------------------------------------------------------------------

def koppel(oud: list[str], nieuw: list[str]) -> list[tuple[int, int]]:
    """Pairs (i, j) in order: equal texts first, then the most similar texts in the gaps between."""
    paren: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, oud, nieuw, autojunk=False).get_opcodes():
        if tag == "equal":
            paren += [(i1 + k, j1 + k) for k in range(i2 - i1)]
        elif tag == "replace":
            paren += [(i1 + i, j1 + j) for i, j in _gelijkend(oud[i1:i2], nieuw[j1:j2])]
    return paren


def _gelijkend(oud: list[str], nieuw: list[str]) -> list[tuple[int, int]]:
    """The ordered pairing with the greatest total similarity, counting only pairs above DREMPEL."""
    m, n = len(oud), len(nieuw)
    if m * n > MAX_PAREN:
        return [(k, k) for k in range(min(m, n)) if ratio(oud[k], nieuw[k]) / 100 >= DREMPEL]
    score = [[0.0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            gelijk = ratio(oud[i], nieuw[j]) / 100
            paar = score[i + 1][j + 1] + gelijk if gelijk >= DREMPEL else -1.0
            score[i][j] = max(paar, score[i + 1][j], score[i][j + 1])
    paren, i, j = [], 0, 0
    while i < m and j < n:
        gelijk = ratio(oud[i], nieuw[j]) / 100
        if gelijk >= DREMPEL and score[i][j] == score[i + 1][j + 1] + gelijk:
            paren.append((i, j))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            i += 1
        else:
            j += 1
    return paren


# -- blocks ------------------------------------------------------------------------------------------

def _lijsten_in(blok: Any) -> list[list]:
    if isinstance(blok, Artikel):
        return [blok.leden]
    if isinstance(blok, Lid):
        return [blok.onderdelen]
    if isinstance(blok, Onderdeel):
        return [blok.subonderdelen]
    if isinstance(blok, Sectie):
        return [blok.alineas]
    return []


def _containers_van(eigen_id: str, doel_blok: Any) -> list[tuple[str, list]]:
    return [(eigen_id, lijst) for lijst in _lijsten_in(doel_blok)]


def _alle(lijst: list):
    for blok in lijst:
        yield blok
        for sub in _lijsten_in(blok):
            yield from _alle(sub)


def _schil(blok: Any) -> Any:
    """An empty block of the same kind: its texts follow in the text pass, its blocks in placement."""
    if isinstance(blok, Artikel):
        return Artikel("", [], blok.leden_genummerd)
    if isinstance(blok, Sectie):
        return Sectie("", [])
    return {Lid: Lid, Onderdeel: Onderdeel, Hoofdstuk: Hoofdstuk}.get(type(blok), Alinea)("")
