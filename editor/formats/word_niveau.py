"""A change of level (Tab / Shift+Tab: indent_lid, outdent_onderdeel) in a Word redline, as Word writes it.

In the model such a change is moves under one change id (bewerken/inspringen.py), but no block leaves
its place in the text: only its level and its list change. Word writes a list item whose level changed
as a paragraph property change: w:pPr/w:pPrChange holds the old w:pStyle and w:numPr (or the old
indentation); Accept keeps the new level, Reject gives back the old one, and list numbering
renumbers by itself. So each block of such a change keeps one paragraph, its form before the change in
w:pPrChange by the change's author; a typed label that differs is deleted and inserted by that author;
and a block whose role changed (a lid that became an onderdeel) carries the anchor of its old role
beside its own (`_bs_lv_<id>` beside `_bs_o_<id>`, word_ankers). The import rebuilds the same change
from that (`herbouw`), and after LibreOffice's Accept or Reject All reads the block in the form its
paragraph shows (`kies_rol`).

A change is written this way only when its blocks were moved by it alone (no later deletion or move of
them) and stand in no lid or artikel moved since (written at two places: LibreOffice's Accept All kept the
old role's anchor there and lost the new one); an inserted block may be one. Otherwise it stays
moveFrom/moveTo, and so does a block indented and outdented again: two changes of the model, but a
paragraph holds one w:pPrChange. A list that a block changed level in gets an abstract list of its own
(word_nummering): LibreOffice counted a paragraph put back into a list instance that shares its abstract
list with others as a list of its own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from docx.oxml.ns import qn
from docx.shared import Cm
from lxml import etree

from ..model import structuur
from ..model.document import Artikel, Lid, Policy
from ..model.journaal import Journaal
from ..model.numbering import lid_nummer, onderdeel_letter, sub_label
from ..revisions.tracking import VERPLAATST, verplaats
from .word_nummering import is_opsomming
from .word_revisies import stille_verplaatsingen

NIVEAU = {"indent_lid", "outdent_onderdeel"}
INSPRINGING = {"l": 0.75, "o": 1.5, "s": 2.25}


def niveau_spoken(policy: Policy) -> dict[str, object]:
    """Block id -> the spook of the level change that moved it, for the changes written as one: each of its
    blocks moved by it alone (an inserted block too: Reject All removes it anyway)."""
    per_wijziging: dict[int, list] = {}
    for spook in policy.spoken:
        if spook.soort == VERPLAATST and policy.wijzigingsoorten.get(str(spook.wijziging.id)) in NIVEAU:
            per_wijziging.setdefault(spook.wijziging.id, []).append(spook)
    keer = Counter(s.blok_id for s in policy.spoken)
    stil = stille_verplaatsingen(policy)
    verhuisd = {s.blok_id for s in policy.spoken if s.soort == VERPLAATST and id(s) not in stil
                and policy.wijzigingsoorten.get(str(s.wijziging.id)) not in NIVEAU}
    uit = {}
    for spoken in per_wijziging.values():
        if all(keer[s.blok_id] == 1 and structuur.blok(policy, s.blok_id) is not None
               and not _in_verhuisd(policy, s.blok_id, verhuisd) for s in spoken):
            uit.update({s.blok_id: s for s in spoken})
    return uit


def _in_verhuisd(policy: Policy, blok_id: str, verhuisd: set[str]) -> bool:
    """Whether the block stands in a block that moved (written at its old and its new place)."""
    plaats = structuur.plaats(policy, blok_id)
    while plaats is not None and plaats.container in {a.id for a in policy.artikelen} | {
            b.id for a in policy.artikelen for b in a.leden}:
        if plaats.container in verhuisd:
            return True
        plaats = structuur.plaats(policy, plaats.container)
    return False


@dataclass
class OudeVorm:
    """A block as it stood before its change of level: its role, the list its level is numbered in (the
    container of a lid or onderdeel, the lid of a sub-onderdeel), its index there and its own label."""

    rol: str
    lijst: str
    index: int
    label: str | None
    wijziging: object


def oude_vormen(policy: Policy, spoken: dict[str, object]) -> dict[str, OudeVorm]:
    """Block id -> its form before the change of level that moved it, from the change's spoken: for a Tab the lid
    (its spook's container an artikel it still stands in) and the onderdelen it had; for a Shift+Tab the
    onderdeel (now a lid, after the lid it came from) with the onderdelen after it in that lid, and its own
    sub-items. A change whose blocks stand otherwise (moved with their artikel since) is left out."""
    per_wijziging: dict[int, list] = {}
    for spook in spoken.values():
        per_wijziging.setdefault(spook.wijziging.id, []).append(spook)
    uit: dict[str, OudeVorm] = {}
    for rij in per_wijziging.values():
        vormen = _inspringing(policy, rij) if policy.wijzigingsoorten.get(str(rij[0].wijziging.id)) == "indent_lid" \
            else _uitspringing(policy, rij, spoken)
        if vormen is not None and all(s.blok_id in vormen for s in rij):
            uit.update(vormen)
    return uit


def _inspringing(policy: Policy, rij: list) -> dict[str, OudeVorm] | None:
    w = rij[0].wijziging
    blok = next((s for s in rij if isinstance(structuur.blok(policy, s.container), Artikel)), None)
    plaats = structuur.plaats(policy, blok.blok_id) if blok is not None else None
    if plaats is None or plaats.soort != "onderdeel" or \
            structuur.plaats(policy, plaats.container).container != blok.container:
        return None         # the lid it went into stands in another artikel now (moved, or merged: written as moves)
    uit = {blok.blok_id: OudeVorm("l", blok.container, blok.positie, blok.label, w)}
    volgers = [s for s in rij if s.container == blok.blok_id]
    for i, s in enumerate(volgers):
        if structuur.plaats(policy, s.blok_id).container != plaats.container:
            return None
        uit[s.blok_id] = OudeVorm("o", blok.blok_id, i, structuur.blok(policy, s.blok_id).label, w)
    return uit


def _uitspringing(policy: Policy, rij: list, spoken: dict) -> dict[str, OudeVorm] | None:
    w = rij[0].wijziging
    blok = next((s for s in rij if isinstance(structuur.blok(policy, s.blok_id), Lid)), None)
    plaats = structuur.plaats(policy, blok.blok_id) if blok is not None else None
    lid = structuur.plaats(policy, blok.container) if blok is not None else None
    if plaats is None or lid is None or lid.container != plaats.container or lid.positie >= plaats.positie:
        return None
    uit = {blok.blok_id: OudeVorm("o", blok.container, blok.positie, blok.label, w)}
    volgers = [s for s in rij if s is not blok]
    for i, s in enumerate(volgers):
        if structuur.plaats(policy, s.blok_id).container != blok.blok_id:
            return None
        label = structuur.blok(policy, s.blok_id).label
        uit[s.blok_id] = OudeVorm("o", blok.container, blok.positie + 1 + i, label, w)
    eigen = [o for o in structuur.blok(policy, blok.blok_id).onderdelen
             if o.id not in spoken and o.id not in policy.blokrevisies]
    for i, o in enumerate(eigen):
        uit[o.id] = OudeVorm("s", blok.container, i, o.label, w)
    return uit


class Niveaus:
    """The writing side, for one export: which blocks changed level, and their old form."""

    def __init__(self, schrijver) -> None:
        self.s = schrijver
        spoken = niveau_spoken(schrijver.policy) if schrijver.revisies else {}
        self.oud = oude_vormen(schrijver.policy, spoken)
        self.spoken = {blok_id: s for blok_id, s in spoken.items() if blok_id in self.oud}
        self.wijziging = {blok_id: vorm.wijziging for blok_id, vorm in self.oud.items()}
        self.lijsten: dict[str, int | None] = {}   # container id -> the list its blocks are numbered in here
        self.oude_lijsten: dict[str, int] = {}
        self.gelijk = False

    def stil(self) -> set[int]:
        """The spoken not written as moves (python ids, as the export's `stil`)."""
        return {id(s) for s in self.spoken.values()}

    def eigen_lijst(self, container_id: str, blokken: list) -> bool:
        """Whether the list of a container's blocks needs an abstract list of its own: when a block in it changed
        level, or was in it before (LibreOffice counts a paragraph a w:pPrChange puts back into a list instance that
        shares its abstract list with others, or whose first item it was, as a list of its own)."""
        return any(b.id in self.wijziging for b in blokken) or any(v.lijst == container_id for v in self.oud.values())

    def lijst(self, container_id: str, num_id: int | None) -> None:
        """The list the blocks of a container are numbered in (None: typed labels)."""
        self.lijsten[container_id] = num_id

    def merk(self, blok_id: str):
        """("w:ins", change) for the new typed label of a block that changed level, else None."""
        w = self.wijziging.get(blok_id)
        return ("w:ins", w) if w is not None else None

    def vorm(self, p, blok_id: str, nu_getypt: str | None) -> None:
        """The paragraph's old form (w:pPrChange) and its old typed label deleted, before its new label;
        `nu_getypt` is the label typed now (None: a Word list)."""
        oud = self.oud.get(blok_id)
        self.gelijk = False
        if oud is None:
            return
        ppr = p._p.get_or_add_pPr()
        if ppr.find(qn("w:pPrChange")) is not None:
            return
        w = oud.wijziging
        num_id, ilvl, label = self._oude_lijst(oud)
        wijziging = self.s._revisie_element("w:pPrChange", w.auteur, w.tijd, w.id)
        vorig = etree.SubElement(wijziging, qn("w:pPr"))
        if num_id is not None or label:
            etree.SubElement(vorig, qn("w:pStyle")).set(qn("w:val"), self.s.stijl_ids["List Paragraph"])
        if num_id is not None:
            numpr = etree.SubElement(vorig, qn("w:numPr"))
            etree.SubElement(numpr, qn("w:ilvl")).set(qn("w:val"), str(ilvl))
            etree.SubElement(numpr, qn("w:numId")).set(qn("w:val"), str(num_id))
        elif label:
            ind = etree.SubElement(vorig, qn("w:ind"))
            ind.set(qn("w:left"), str(Cm(INSPRINGING[oud.rol]).twips))
            if oud.rol == "l":
                ind.set(qn("w:hanging"), str(Cm(0.75).twips))
        ppr.append(wijziging)
        oud_getypt = None if num_id is not None or not label else label + ("\t" if oud.rol == "l" else " ")
        if oud_getypt and oud_getypt != nu_getypt:
            self.s._revisie(p, "w:del", oud_getypt, w.auteur, w.tijd, w.id)
        self.gelijk = oud_getypt is not None and oud_getypt == nu_getypt

    def onveranderd_label(self, blok_id: str) -> bool:
        """The typed label reads as it did: written plain, not deleted and inserted."""
        return blok_id in self.wijziging and self.gelijk

    def anker(self, p, blok_id: str, rol_nu: str) -> None:
        """The anchor of the block's old role beside its own, when its role changed."""
        oud = self.oud.get(blok_id)
        if oud is not None and oud.rol != rol_nu:
            self.s.ankers.zet(p, oud.rol, blok_id, oud=True)

    def _oude_lijst(self, oud: OudeVorm) -> tuple[int | None, int, str | None]:
        """(list, level, typed label) of the block at its old place: in the list its container has here (one
        of its own when the container has none now), or typed when that container's labels are typed."""
        getypt = oud.lijst in self.lijsten and self.lijsten[oud.lijst] is None
        if is_opsomming(oud.label):      # a bullet: the sign's own list at its depth (word_nummering)
            return self.s.nummering.opsomming(oud.label, {"l": 1, "o": 2, "s": 3}[oud.rol]), 0, None
        if oud.rol == "l":
            artikel = structuur.blok(self.s.policy, oud.lijst)
            nummer = lid_nummer(artikel, 0) is not None if artikel is not None else False
            label = oud.label or (f"{oud.index + 1}." if nummer else None)
            return (None, 0, label) if getypt or oud.label else (self.lijsten.get(oud.lijst), 0, None)
        if getypt or oud.label:
            label = oud.label or (f"{onderdeel_letter(oud.index)}." if oud.rol == "o" else sub_label(oud.index))
            return None, 0, label
        num_id = self.lijsten.get(oud.lijst) or self.oude_lijsten.get(oud.lijst)
        if num_id is None:
            num_id = self.oude_lijsten[oud.lijst] = self.s.nummering.nieuwe_lijst("onderdelen", True)
        return num_id, 0 if oud.rol == "o" else 1, None


# -- the reading side ------------------------------------------------------------------------------------

def kies_rol(alinea, formaat) -> None:
    """A paragraph with the anchors of two roles and no pending change of level (LibreOffice's Accept or Reject
    All): the role whose form it shows. `formaat(num_id, ilvl)` gives the list's (format, text)."""
    tweede = alinea.tweede
    if tweede is None or alinea.vorm is not None or alinea.anker is None:
        return
    rol = _rol_van_vorm(alinea, formaat)
    if rol == tweede[0]:
        alinea.anker, alinea.tweede = (tweede[0], tweede[1], False), (alinea.anker[0], alinea.anker[1], True)
        alinea.oude_rol = True


def _rol_van_vorm(alinea, formaat) -> str | None:
    if alinea.lijst:
        gevonden = formaat(alinea.num_id, alinea.ilvl)
        if gevonden is None:
            return None
        soort, tekst, links = gevonden
        if soort == "bullet":           # a sign: the level is the list's indentation
            links = alinea.links if alinea.links is not None else links
            return {1: "l", 2: "o", 3: "s"}.get(round(links / Cm(0.75).twips)) if links is not None else None
        if alinea.ilvl >= 1 or "°" in tekst:
            return "s"
        return "o" if "Letter" in soort else "l"
    if alinea.links is None:        # no list, no indentation: a lid of an artikel whose leden have no numbers
        return "l"
    diepte = round(alinea.links / Cm(0.75).twips)
    return {1: "l", 2: "o", 3: "s"}.get(diepte)


def herbouw(policy: Policy, alineas: list, soorten: dict[str, str], oude_labels: dict[str, str]) -> None:
    """Each pending change of level read from the paragraphs (w:pPrChange of an indent_lid or outdent_onderdeel
    of ours) made again on the structure the anchors built, which is the text after it: the blocks go back
    to their old form and places, then move as the operation moved them, under the same change.
    `oude_labels`: block id -> its own label before the change (the facts, word_ankers)."""
    per_wijziging: dict[int, list] = {}
    for alinea in alineas:
        if alinea.vorm is not None and alinea.anker is not None and soorten.get(str(alinea.vorm.id)) in NIVEAU:
            per_wijziging.setdefault(alinea.vorm.id, []).append(alinea)
    journaal = Journaal()
    for wijziging, rij in per_wijziging.items():
        soort = soorten[str(wijziging)]
        eerste = next((a for a in rij if a.tweede is not None), None)
        if eerste is None:
            continue
        label = oude_labels.get(eerste.anker[1])
        volgers = [a.anker[1] for a in rij if a is not eerste and a.anker[0] == "o" and a.tweede is None]
        if soort == "indent_lid" and eerste.anker[0] == "o" and eerste.tweede[0] == "l":
            _spring_in(policy, journaal, eerste, label, volgers)
        elif soort == "outdent_onderdeel" and eerste.anker[0] == "l" and eerste.tweede[0] == "o":
            _spring_uit(policy, journaal, eerste, label, volgers)


def _spring_in(policy: Policy, j: Journaal, alinea, oud_label: str | None, volgers: list[str]) -> None:
    """The lid that became the last onderdeel of the lid before it, its onderdelen after it."""
    blok_id, merk = alinea.anker[1], alinea.vorm
    plaats = structuur.plaats(policy, blok_id)
    if plaats is None or plaats.soort != "onderdeel":
        return
    lid = structuur.blok(policy, plaats.container)
    artikel = structuur.plaats(policy, lid.id)
    blokken = [b for b in lid.onderdelen if b.id in volgers]
    nieuw_label = plaats.lijst[plaats.positie].label
    blok = plaats.lijst.pop(plaats.positie)
    for b in blokken:
        lid.onderdelen.remove(b)
    oud = structuur.in_vorm(blok, "lid", oud_label)
    artikel.lijst.insert(artikel.positie + 1, oud)
    oud.onderdelen.extend(blokken)
    for b in blokken:       # as spring_in: the onderdelen first, then the lid itself in its new form
        verplaats(policy, j, b.id, lid.id, len(lid.onderdelen), merk.auteur or "", merk.tijd or "", True, merk.id)
    _in_vorm_verplaatst(policy, j, oud, "onderdeel", nieuw_label, lid.id, len(lid.onderdelen) - len(blokken), merk)


def _spring_uit(policy: Policy, j: Journaal, alinea, oud_label: str | None, volgers: list[str]) -> None:
    """The onderdeel that became a lid right after its lid, the onderdelen after it in that lid its own."""
    blok_id, merk = alinea.anker[1], alinea.vorm
    plaats = structuur.plaats(policy, blok_id)
    if plaats is None or plaats.soort != "lid" or plaats.positie == 0:
        return
    lid = plaats.lijst[plaats.positie - 1]
    blok = plaats.lijst.pop(plaats.positie)
    blokken = [b for b in blok.onderdelen if b.id in volgers]
    eigen = [b for b in blok.onderdelen if b.id not in volgers]
    nieuw_label = blok.label
    blok.onderdelen = eigen
    oud = structuur.in_vorm(blok, "onderdeel", oud_label)
    lid.onderdelen.extend([oud] + blokken)
    nieuw = _in_vorm_verplaatst(policy, j, oud, "lid", nieuw_label, plaats.container, plaats.positie, merk)
    for b in blokken:
        verplaats(policy, j, b.id, nieuw.id, len(nieuw.onderdelen), merk.auteur or "", merk.tijd or "", True, merk.id)


def _in_vorm_verplaatst(policy: Policy, j: Journaal, blok, soort: str, label, container: str, positie: int, merk):
    """As inspringen._verplaats_in_vorm: the block takes its new form where it stands, then moves (a tracked move
    that remembers its old label)."""
    plaats = structuur.plaats(policy, blok.id)
    nieuw = structuur.in_vorm(blok, soort, label)
    plaats.lijst[plaats.positie] = nieuw
    verplaats(policy, j, blok.id, container, positie, merk.auteur or "", merk.tijd or "", True, merk.id)
    spook = next((s for s in reversed(policy.spoken) if s.blok_id == blok.id and s.wijziging.id == merk.id), None)
    if spook is not None:
        spook.label = blok.label
    return nieuw


__all__ = ["NIVEAU", "Niveaus", "herbouw", "kies_rol", "niveau_spoken"]
