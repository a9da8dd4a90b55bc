"""A policy built from the block ids and roles our own Word files carry (word_ankers), paragraph by
paragraph: every revision belongs to the block of the paragraph it stands in, never to a block found by
its text. A paragraph deleted whole is a pending deletion of its block, the old place of a move a
pending move; a paragraph without an anchor (added in Word) becomes a block like the one before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..i18n import tr
from ..model import structuur
from ..model.document import Alinea, Artikel, Hoofdstuk, Lid, Onderdeel, Sectie
from ..model.journaal import Journaal
from ..model.metadata import InstemmingStatus, Metadata
from ..model.segment import DELETE, EQUAL, INSERT, Segment
from ..model.serialize import from_dict
from ..model.verwijzingen import Verwijzingsindex
from ..revisions.segments import huidig, origineel, pas_toe, voeg_samen, zonder_begin
from ..revisions.tracking import verplaats, verwijder
from .word_ankers import DIEPTE, LABEL, structuur_sleutel
from .word_niveau import herbouw
from .word_verdwenen import zet_terug
from .word_vreemd import wissel_niveau

HOOFDSTUK_LABEL = re.compile(r"^\s*(?:Hoofdstuk|Paragraaf|§)\s*[0-9A-Za-z.:]*\s*")
AANHEF = {"g": "gezien", "p": "gelet_op", "w": "overwegingen", "b": "beslispunten"}
SECTIES = {"ik": "i", "zk": "z", "tk": "t"}
KLASSE = {"a": Artikel, "l": Lid, "o": Onderdeel, "s": Alinea}


class Bouw:
    def __init__(self, policy, gegevens, melding) -> None:
        self.policy, self.gegevens, self.melding = policy, gegevens, melding
        self.artikel = self.lid = self.onderdeel = None
        self.secties: dict[str, Sectie] = {}
        self.oud: dict[str, object] = {}        # block id -> the stand-in at the old place of its move
        self.oud_diepte: int | None = None      # inside the old place of a moved block: its depth
        self.oud_pad: dict[int, str] = {}       # ... the id of the last block read there at each depth
        self.genest: list[tuple[str, str, str | None, Segment]] = []    # moves of blocks inside it: id,
        #                                                                 container, the block before it, by whom
        self.genest_weg: list[tuple[str, str, str | None]] = []         # ... and blocks deleted there
        self.weg: list[tuple[str, Segment]] = []
        self.verhuisd: dict[str, Segment] = {}
        self.later: dict[str, Segment] = {}     # block id -> the later move that put it where it stands now
        self.vreemd = False          # revisions in the file that are not ours (no change record of ours)
        self.blokken: dict[str, tuple[object, object]] = {}      # id -> (block, paragraph)
        self.laatste: tuple[str, object] | None = None
        self.gezien: set[str] = set()
        self.zoals_geschreven = True
        self.herzien = True         # the file holds revisions (not clean, nor after Accept/Reject All)
        self.hoofdstukken_gelezen = False   # hoofdstuk headings anchored in the text: they, not the facts
        self.hoofdstuk_id: str | None = None     # False: the file was changed after export (Accept/Reject All, edits)
        self.hoofdstuk_oud: str | None = None    # the hoofdstuk here once every change is rejected
        self.hoofdstuk_merk: Segment | None = None     # the heading's change that makes the two differ
        self.wissels: list[tuple[str, str | None, Segment]] = []   # artikel id, its hoofdstuk before, by whom
        self.niveaus: list[tuple[str, str, Segment, object]] = []   # another program's level changes (word_vreemd)
        self.samen: list[tuple[str, str, Segment]] = []    # merges: first block, second block, the change
        self.ervoor: dict[str, object] = {}     # old place of a move -> the block of its kind before it
        self.verhuis_id = 0         # the last change id given to an edit a move did not mark

    # -- the walk ---------------------------------------------------------------------------------
    def lees(self, alineas: list) -> None:
        p = self.policy
        p.artikelen, p.hoofdstukken, p.toelichting = [], [], []
        p.inleiding = p.slotwoord = None
        for lijst in AANHEF.values():
            setattr(p.aanhef, lijst, [])
        self.herzien = any(a.weg is not None or a.hierheen is not None or a.ingevoegd is not None or a.vorm is not None
                           or any(s.soort != EQUAL for s in a.segmenten) for a in alineas)
        if self.gegevens is not None:
            self.zoals_geschreven = self.gegevens.kies(structuur_sleutel(a.anker[1] for a in alineas if a.anker is not None
                                                 and a.anker[0] in DIEPTE and not a.anker[2]), self.herzien)
        self._feiten()
        self._verhuizingen(alineas)
        for alinea in alineas:
            self._alinea(alinea)
        self._gezien()
        herbouw(self.policy, alineas, self.policy.wijzigingsoorten,
                self.gegevens.oude_labels() if self.gegevens is not None else {})
        hoofdstukken = {h.id for h in self.policy.hoofdstukken}
        for artikel in self.policy.artikelen:
            if artikel.hoofdstuk_id not in hoofdstukken:
                artikel.hoofdstuk_id = None
        self._in_volgorde()
        self._revisies()
        self._lege_hoofdstukken()
        self._rauw()

    def _feiten(self) -> None:
        g = self.gegevens.data if self.gegevens is not None else None
        if not g:
            return
        p = self.policy
        p.hoofdstukken = [Hoofdstuk(kop, id=i, label=label) for i, kop, label in g.get("hoofdstukken", [])]
        if "metadata" not in g:         # the file is not in the state it was written in: metadata from its text
            return
        p.id = g.get("id") or p.id
        p.citeertitel = g.get("citeertitel")
        p.aanhef.orgaan = g.get("orgaan")
        try:
            gelezen = p.metadata.or_instemming
            p.metadata = from_dict(Metadata, g.get("metadata") or {})
            if not self.zoals_geschreven or (not self.herzien and _vermeld(gelezen) != _vermeld(p.metadata.or_instemming)):
                p.metadata.or_instemming.status, p.metadata.or_instemming.datum = gelezen.status, gelezen.datum
                # the consent as the text states it: the export states it only when the record holds it for the
                # text as written, so Reject All of changes in the text alone can take it away or bring it back
        except (TypeError, ValueError, KeyError):
            self.melding(tr("De gegevens in het Word-bestand zijn onleesbaar; ze zijn uit de tekst gelezen."))

    def _alinea(self, alinea) -> None:
        anker = alinea.anker
        if anker is None:
            self._zonder_anker(alinea)
            return
        rol, blok_id, oud = anker
        if alinea.vreemde_rol is not None and not oud:     # built in its old form; the level changes after the walk
            self.niveaus.append((blok_id, rol, alinea.vreemde_rol[1], alinea))
            rol = alinea.vreemde_rol[0]
        if oud and not alinea.segmenten and not alinea.weggezet:
            return              # the old place of a move, emptied by Accept All in LibreOffice
        oud = oud and alinea.weggezet and alinea.weg is not None     # after Reject All it is the block itself
        if blok_id in self.gezien and not oud:
            self._zonder_anker(alinea)        # a copy of a paragraph (LibreOffice splits or copies bookmarks)
            return
        binnen = rol in DIEPTE and self.oud_diepte is not None and DIEPTE[rol] > self.oud_diepte
        if binnen and oud:
            self._binnen_oud(rol, blok_id, alinea)      # inside a block whose old place this is
            return
        if binnen and alinea.weg is not None:           # ... deleted there: it goes where its container goes
            self._binnen_oud(rol, blok_id, alinea, weg=True)
        if rol in ("l", "o", "s") and not alinea.segmenten and not self.zoals_geschreven:
            return                            # what Accept/Reject All in LibreOffice leaves of a removed paragraph
        if not (binnen and alinea.weg is not None):
            self.oud_diepte = None
        if not oud:
            self.gezien.add(blok_id)
        if alinea.weg is not None and not alinea.weggezet:     # deleted whole: its text as it stood then
            alinea.segmenten = voor_verwijdering(alinea.segmenten, alinea.weg)
        tekst = (origineel(alinea.segmenten) if alinea.weggezet else huidig(alinea.segmenten)).strip()
        if rol == "x" and alinea.stijl.lower() in ("heading 1", "kop 1") and tekst:
            self._hoofdstuk(self._hoofdstuk_id(tekst, alinea), False, tekst, alinea)   # written as derived
        elif rol == "x":
            self.laatste = None
        elif rol == "t":
            self.policy.titel = tekst
            self._blok("titel", self.policy, alinea)
        elif rol == "r":        # written with a comma or semicolon after it
            self._orgaan(tekst, alinea)
        elif rol in AANHEF:
            self._aanhef(rol, blok_id, tekst, alinea)
        elif rol in SECTIES or rol[:1] + "k" in SECTIES:
            self._sectie(rol, blok_id, tekst, alinea)
        elif rol in DIEPTE:
            self._structuur(rol, blok_id, oud, tekst, alinea)
        elif rol == "h":
            self._hoofdstuk(blok_id, oud, tekst, alinea)

    def _orgaan(self, tekst: str, alinea) -> None:
        """The orgaan of the aanhef: from the text when the export wrote it from the aanhef (the facts' orgaan,
        or no facts), with its revisions (the comma or semicolon after it is the export's)."""
        if self.gegevens is not None and "metadata" in self.gegevens.data and not self.policy.aanhef.orgaan:
            return          # written from the metadata ("De directie van …")
        self.policy.aanhef.orgaan = tekst.rstrip(",;")
        if alinea.weg is None and any(s.soort != EQUAL for s in alinea.segmenten):
            laatste = alinea.segmenten[-1]
            if laatste.soort == EQUAL and laatste.tekst.rstrip()[-1:] in (",", ";"):
                alinea.segmenten[-1] = replace(laatste, tekst=laatste.tekst.rstrip()[:-1])
            self._blok("orgaan", self.policy.aanhef, alinea)

    def _hoofdstuk(self, blok_id: str, oud: bool, tekst: str, alinea) -> None:
        """A hoofdstuk heading of ours: the hoofdstukken come from the text, not the facts, once one is
        anchored (a deleted heading's artikelen belong to the hoofdstuk before it)."""
        if not self.hoofdstukken_gelezen:
            self.policy.hoofdstukken, self.hoofdstukken_gelezen = [], True
        self.laatste = None
        if oud:
            return
        kop = HOOFDSTUK_LABEL.sub("", tekst, count=1).strip() if not alinea.lijst else tekst
        bestaand = next((h for h in self.policy.hoofdstukken if h.id == blok_id), None)
        if alinea.weg is not None and not self.vreemd:
            return          # ours: a heading written deleted here stands elsewhere (word_koppen), no change of its own
        if alinea.weg is not None:      # a deleted heading: a pending deletion; the artikelen after it leave it
            if bestaand is None:
                bestaand = Hoofdstuk(kop, id=blok_id, label=self.gegevens.label(blok_id) if self.gegevens else None)
                self.policy.hoofdstukken.append(bestaand)
                self._blok(blok_id, bestaand, alinea)
            self.hoofdstuk_oud, self.hoofdstuk_merk = blok_id, alinea.weg
            return
        if bestaand is None:
            label = self.gegevens.label(blok_id) if self.gegevens is not None else None
            bestaand = Hoofdstuk(kop, id=blok_id, label=label)
            self.policy.hoofdstukken.append(bestaand)
            soort = self.policy.wijzigingsoorten.get(str(alinea.ingevoegd.id)) if alinea.ingevoegd else None
            if alinea.ingevoegd is not None and soort in (None, "insert_hoofdstuk"):    # an inserted heading: a
                self.blokken[blok_id] = (bestaand, alinea)      # pending insertion of the hoofdstuk (not a heading
                # that stands elsewhere because another change took its first artikel away: word_koppen)
            elif alinea.ingevoegd is None and any(s.soort != EQUAL for s in alinea.segmenten):   # its text edited:
                rauw = huidig(alinea.segmenten)                                                   # those revisions
                alinea.knip = len(rauw) - len(rauw.lstrip()) + max(tekst.find(kop), 0)     # after a typed label
                self.blokken[blok_id] = (bestaand, alinea)
        if alinea.ingevoegd is not None:
            self.hoofdstuk_merk = alinea.ingevoegd
        else:
            self.hoofdstuk_oud, self.hoofdstuk_merk = blok_id, None
        self.hoofdstuk_id = blok_id

    def _hoofdstuk_id(self, tekst: str, alinea) -> str:
        """The id of a hoofdstuk heading written without its own: the facts' hoofdstuk of that heading."""
        kop = HOOFDSTUK_LABEL.sub("", tekst, count=1).strip() if not alinea.lijst else tekst
        feiten = self.gegevens.data.get("hoofdstukken", []) if self.gegevens is not None else []
        bekend = {h.id for h in self.policy.hoofdstukken} if self.hoofdstukken_gelezen else set()
        return next((i for i, k, _ in feiten if k == kop and i not in bekend), None) or Hoofdstuk(kop).id

    def _blok(self, blok_id: str, blok, alinea) -> None:
        self.blokken[blok_id] = (blok, alinea)
        if alinea.weg is not None and not alinea.weggezet:
            self.weg.append((blok_id, alinea.weg))

    def _aanhef(self, rol: str, blok_id: str, tekst: str, alinea) -> None:
        blok = Alinea(tekst, id=blok_id)
        getattr(self.policy.aanhef, AANHEF[rol]).append(blok)
        self._blok(blok_id, blok, alinea)
        self.laatste = (f"aanhef.{AANHEF[rol]}", Alinea)

    def _sectie(self, rol: str, blok_id: str, tekst: str, alinea) -> None:
        soort = rol[0]
        if rol.endswith("k"):
            sectie = Sectie(tekst, id=blok_id)
            if soort == "i":
                self.policy.inleiding = sectie
            elif soort == "z":
                self.policy.slotwoord = sectie
            else:
                self.policy.toelichting.append(sectie)
            self.secties[soort] = sectie
            self._blok(blok_id, sectie, alinea)
            self.laatste = None
            return
        sectie = self.secties.get(soort)
        if sectie is None:        # its heading is gone (deleted or lost): the paragraph joins the inleiding
            sectie = self.secties[soort] = self._inleiding() if soort == "i" else self._sectie_zonder_kop(soort)
        blok = Alinea(tekst, id=blok_id)
        sectie.alineas.append(blok)
        self._blok(blok_id, blok, alinea)
        self.laatste = (sectie.id, Alinea)

    def _structuur(self, rol: str, blok_id: str, oud: bool, tekst: str, alinea) -> None:
        if rol == "a":
            tekst = self._kop(blok_id, tekst, alinea)
        blok = KLASSE[rol](tekst, id=("oud-" + blok_id) if oud else blok_id)
        label = self.gegevens.label(blok_id) if self.gegevens is not None else None
        if alinea.oude_rol and self.gegevens is not None:        # back in its form before a change of level
            label = self.gegevens.oude_labels().get(blok_id)
        if label is not None and hasattr(blok, "label"):
            blok.label = label
        ervoor = {"a": self.artikel, "l": self.lid, "o": self.onderdeel}.get(rol)   # where what follows goes
        if not self._plaats(rol, blok):
            blok, oud = self._elders(blok, tekst), False
        elif rol == "a" and self.hoofdstukken_gelezen:
            self._hoofdstuk_van(blok, oud, alinea)
        if alinea.hierheen is not None:
            self.ervoor["naar-" + blok_id] = ervoor
        if oud:
            self.oud[blok_id] = blok
            self.ervoor[blok_id] = ervoor
            self.verhuisd[blok_id] = alinea.weg
            self.oud_diepte, self.oud_pad = DIEPTE[rol], {DIEPTE[rol]: blok_id}
            return
        self._blok(blok_id, blok, alinea)

    def _binnen_oud(self, rol: str, blok_id: str, alinea, weg: bool = False) -> None:
        """A block at the old place of a moved block it stood in: moved away by a move of its own (not its
        container's), that move is read too (its old place: after the block before it there); deleted
        there (`weg`), it goes back into its container after the block before it."""
        diepte = DIEPTE[rol]
        container = self.oud_pad.get(diepte - 1)
        na = self.oud_pad.get(diepte)
        self.oud_pad = {d: i for d, i in self.oud_pad.items() if d < diepte} | {diepte: blok_id}
        if weg:
            if container is not None:
                self.genest_weg.append((blok_id, container, na))
            return
        eigen = alinea.weg is not None and self.verhuisd.get(self.oud_pad[self.oud_diepte]) is not None and \
            alinea.weg.id != self.verhuisd[self.oud_pad[self.oud_diepte]].id
        if container is not None and eigen:
            self.genest.append((blok_id, container, na, alinea.weg))

    def _hoofdstuk_van(self, artikel, oud: bool, alinea) -> None:
        """An artikel's hoofdstuk where the two states differ (a heading inserted or deleted before it): the
        old place of a move and a deleted artikel stand in the hoofdstuk of the text before the changes; an
        artikel that stays joins the new one by the heading's change (as our own operations record it)."""
        if not self.vreemd or self.hoofdstuk_oud == self.hoofdstuk_id or alinea.ingevoegd is not None \
                or alinea.hierheen is not None:
            return
        if oud or alinea.weg is not None:
            artikel.hoofdstuk_id = self.hoofdstuk_oud
        elif self.hoofdstuk_merk is not None:
            self.wissels.append((artikel.id, self.hoofdstuk_oud, self.hoofdstuk_merk))

    def _elders(self, blok, tekst: str):
        """A lid or onderdeel with nothing above it to belong to (its artikel or lid is gone): a lid of the
        current artikel, else a paragraph of the inleiding, with one line saying so."""
        self.melding(tr("Alinea op een onverwachte plaats in het Word-bestand ingelezen als tekst bij wat ervoor staat: {tekst}")
                     .format(tekst=tekst[:60]))
        if self.artikel is not None:
            lid = Lid(tekst, id=blok.id)
            self._plaats("l", lid)
            return lid
        alinea = Alinea(tekst, id=blok.id)
        self._inleiding().alineas.append(alinea)
        self.laatste = (self.policy.inleiding.id, Alinea)
        return alinea

    def _kop(self, blok_id: str, tekst: str, alinea) -> str:
        """An artikel heading without Word numbering has its label typed: "Artikel 3. Kop"."""
        feiten = self.gegevens.artikel(blok_id) if self.gegevens is not None else {}
        if alinea.lijst:
            return tekst
        m = LABEL.match(tekst)
        if m is None:
            return tekst
        alinea.knip = m.end()
        return tekst[m.end():].strip() if feiten.get("kop") is None or feiten.get("kop") != tekst else tekst

    def _plaats(self, rol: str, blok) -> bool:
        if rol == "a":
            self.policy.artikelen.append(blok)
            feiten = self.gegevens.artikel(blok.id) if self.gegevens is not None else {}
            if feiten:
                blok.hoofdstuk_id, blok.label, blok.leden_genummerd = feiten.get("h"), feiten.get("label"), feiten.get("genummerd")
            else:
                blok.leden_genummerd = None
            if self.hoofdstukken_gelezen:
                blok.hoofdstuk_id = self.hoofdstuk_id
            self.artikel, self.lid, self.onderdeel = blok, None, None
            self.laatste = ("artikel", Artikel)
            return True
        ouder = {"l": self.artikel, "o": self.lid, "s": self.onderdeel}[rol]
        if ouder is None:
            return False
        {"l": getattr(ouder, "leden", None), "o": getattr(ouder, "onderdelen", None),
         "s": getattr(ouder, "subonderdelen", None)}[rol].append(blok)
        if rol == "l":
            self.lid, self.onderdeel = blok, None
        elif rol == "o":
            self.onderdeel = blok
        self.laatste = (rol, type(blok))
        return True

    def _zonder_anker(self, alinea) -> None:
        """A paragraph added in Word (or whose anchor another tool lost): an artikel when it is a Heading 2,
        else a block of the kind before it; where nothing comes before, a lid of the current artikel or a
        paragraph of the inleiding, with one line saying so. No text is left out."""
        tekst = huidig(alinea.segmenten).strip() if alinea.weg is None else ""
        if not tekst and not any(s.soort != EQUAL for s in alinea.segmenten):
            return
        if alinea.stijl.lower() in ("heading 2", "kop 2") and tekst:
            blok = Artikel(LABEL.sub("", tekst, count=1).strip() if LABEL.match(tekst) else tekst)
            self._plaats("a", blok)
            self._blok(blok.id, blok, alinea)
            return
        if self.laatste is None:
            self.melding(tr("Alinea zonder plaats in de structuur ingelezen als tekst bij wat ervoor staat: {tekst}")
                         .format(tekst=tekst[:60]))
            self.laatste = ("artikel", Artikel) if self.artikel is not None else (self._inleiding().id, Alinea)
        plek, klasse = self.laatste
        if plek == "artikel" or klasse is Artikel:
            rol = "l"
        elif plek in ("l", "o", "s"):
            rol = plek
        else:
            blok = Alinea(tekst)
            structuur.container(self.policy, plek).append(blok)
            self._blok(blok.id, blok, alinea)
            return
        blok = KLASSE[rol](tekst)
        if alinea.lijstlabel is not None and alinea.lijstlabel[0] == "bullet" and hasattr(blok, "label"):
            blok.label = structuur.teken_label(alinea.lijstlabel[1])      # a sign Word shows, as the text has it
        if self._plaats(rol, blok):
            self._blok(blok.id, blok, alinea)

    def _sectie_zonder_kop(self, soort: str) -> Sectie:
        sectie = Sectie("")
        if soort == "z" and self.policy.slotwoord is None:
            self.policy.slotwoord = sectie
        else:
            self.policy.toelichting.append(sectie)
        return sectie

    def _inleiding(self) -> Sectie:
        if self.policy.inleiding is None:
            self.policy.inleiding = Sectie("")
        return self.policy.inleiding

    # -- before the walk: what other writers mark differently ---------------------------------------
    def _verhuizingen(self, alineas: list) -> None:
        """Pair the old and new places of moves: by our anchor, else in order per author (LibreOffice writes
        no range names). The old place carries the block's anchor as a move's; the new place's moved text is
        no insertion. An old place without a new one is a deletion."""
        van = [a for a in alineas if a.weggezet and a.weg is not None]
        naar = [a for a in alineas if a.hierheen is not None]
        paren = []
        for a in van:
            b = next((b for b in naar if a.anker is not None and b.anker is not None and b.anker[1] == a.anker[1]), None)
            if b is not None:
                naar.remove(b)
            b = b or _verhuisd_en_weg(alineas, a)
            if b is not None:
                paren.append((a, b))
                if b.hierheen.id != a.weg.id:       # moved twice: the place between is not in the file
                    self.later[a.anker[1]] = b.hierheen
        for a in [a for a in van if all(a is not x for x, _ in paren)]:
            b = next((b for b in naar if b.hierheen.auteur == a.weg.auteur), None)
            if b is None or a.anker is None:
                a.weggezet = False
                self.melding(tr("Verplaatsing {nummer} in het Word-bestand is ingelezen als verwijdering en invoeging.")
                             .format(nummer=a.weg.id))
                continue
            paren.append((a, b))
            naar.remove(b)
        for a, b in paren:
            b.anker = (a.anker[0], a.anker[1], False) if a.anker is not None else b.anker
            a.anker = (a.anker[0], a.anker[1], True) if a.anker is not None else None
            verplaatst = b.naar_ids | {b.hierheen.id, a.weg.id}
            b.segmenten = [_verhuisd(s) if s.soort == INSERT and s.id in verplaatst else s for s in b.segmenten]
            if any(s.soort == DELETE and s.id != a.weg.id for s in a.segmenten):      # (a.weg: the move's)
                b.segmenten = _met_oude_verwijderingen(a.segmenten, b.segmenten, a.weg.id) or b.segmenten
            if b.ingevoegd is not None and b.ingevoegd.id in verplaatst:
                b.ingevoegd = None
            if self.vreemd:
                self._verzwegen_bewerking(a, b, alineas)

    def _verzwegen_bewerking(self, van, naar, alineas: list) -> None:
        """A block moved and edited, written (by a compare engine) as its old text at the old place and its
        new text at the new place, the edit unmarked: the edit becomes the mover's revisions of the block, so
        Reject All gives the old text back. Only where the new place holds no marked revision of its own."""
        oud, nieuw = origineel(van.segmenten).strip(), huidig(naar.segmenten).strip()
        if oud == nieuw or not oud or any(s.soort != EQUAL for s in naar.segmenten):
            return
        volgend = [max([s.id for a in alineas for s in a.voor + a.segmenten] + [s.del_id for a in alineas for s in a.segmenten]
                       + [m.id for a in alineas for m in (a.weg, a.ingevoegd, a.hierheen, a.merk_weg, a.merk_nieuw)
                          if m is not None] + [self.verhuis_id], default=0)]

        def nieuw_id() -> int:
            volgend[0] += 1
            self.verhuis_id = volgend[0]
            return volgend[0]

        merk = van.weg
        naar.segmenten = pas_toe([Segment(oud)], nieuw, merk.auteur or "", merk.tijd or "", nieuw_id)

    # -- after the walk: moves, deletions, revisions ---------------------------------------------------
    def _gezien(self) -> None:
        """The gezien items the export replaced by the OR consent from the record come from the facts."""
        g = self.gegevens.data.get("gezien") if self.gegevens is not None else None
        if g is None:
            return
        geschreven = {a.id: a for a in self.policy.aanhef.gezien}
        if not _vermeld(self.policy.metadata.or_instemming):      # the export leaves a consent it does not
            g = [(i, t) for i, t in g if "instemming" not in t.lower()]     # state out (exportregels)
        bekend = {i for i, _ in g}
        self.policy.aanhef.gezien = [geschreven.get(i) or Alinea(t, id=i) for i, t in g] + \
            [a for i, a in geschreven.items() if i not in bekend]

    # -----------------------------------------------
    def _in_volgorde(self) -> None:
        """The changes of structure, recorded in the order of their change ids (moves, a heading's artikelen,
        levels, merges, deletions): Reject All takes them back newest first, so each is recorded on the state
        the changes before it leave, whatever order another program numbered them in. Old places of moves
        that other changes followed are named by their block's id afterwards."""
        journaal = Journaal()
        if not self.vreemd:         # our own file: moves in reading order, then deletions innermost first
            self._eigen_volgorde(journaal)
            return
        stappen = [(self.verhuisd[b].id, lambda b=b, s=s: self._verhuis(b, s, journaal)) for b, s in self.oud.items()]
        stappen += [(m.id, lambda w=w: self._wissel(*w, journaal)) for w in self.wissels for m in [w[2]]]
        stappen += [(n[2].id, lambda n=n: self._niveau(*n, journaal)) for n in self.niveaus]
        weg = {i for i, _ in self.weg}
        stappen += [(m.id, lambda b=b, m=m: self._samengevoegd(b, m, weg, journaal)) for b, m in self.weg]
        stappen += [(m.id, lambda b=b, m=m: self._verwijder(b, m, journaal)) for b, m in self.weg]
        self.samen = self._samengevoegde_paren() if self.vreemd else []
        stappen += [(m.id, lambda e=e, t=t, m=m: self._voeg_samen(e, t, m, journaal)) for e, t, m in self.samen]
        stappen += [(a.ingevoegd.id, lambda b=b, a=a: self._gesplitst(b, a.ingevoegd, journaal))
                    for b, (blok, a) in self.blokken.items() if isinstance(blok, Artikel) and a.ingevoegd is not None
                    and self.vreemd]
        for _, stap in sorted(stappen, key=lambda s: s[0] or 0):
            stap()
        self._genest_alle(journaal)
        oud = {"oud-" + b for b in self.oud}
        for spook in self.policy.spoken:
            if spook.na in oud:
                spook.na = spook.na.removeprefix("oud-")

    def _eigen_volgorde(self, journaal: Journaal) -> None:
        for blok_id, stand_in in self.oud.items():
            self._verhuis(blok_id, stand_in, journaal)
        self._genest_alle(journaal)
        weg = {i for i, _ in self.weg}
        for blok_id, merk in self.weg:
            self._samengevoegd(blok_id, merk, weg, journaal)
        for blok_id, merk in self._eigen_verwijderingen():
            self._verwijder(blok_id, merk, journaal)

    def _genest_alle(self, journaal: Journaal) -> None:
        for blok_id, container, na in self.genest_weg:
            self._terug(blok_id, container, na)
        for blok_id, container, na, merk in self.genest:
            self._genest(journaal, blok_id, container, na, merk)

    def _terug(self, blok_id: str, container: str, na: str | None) -> None:
        """A block deleted inside a moved block, read at the old place, into the moved block after `na`."""
        hier, lijst = structuur.plaats(self.policy, blok_id), structuur.container(self.policy, container)
        if hier is None or lijst is None or hier.lijst is lijst:
            return
        blok = hier.lijst.pop(hier.positie)
        lijst.insert(next((k + 1 for k, b in enumerate(lijst) if b.id == na), 0) if na else 0, blok)

    def _genest(self, journaal: Journaal, blok_id: str, container: str, na: str | None, merk: Segment) -> None:
        """A block moved out of (or within) a block that moved too: back after `na` in its old container, then
        moved to where it stands now, by its own mover."""
        daar, lijst = structuur.plaats(self.policy, blok_id), structuur.container(self.policy, container)
        if daar is None or lijst is None:
            return
        blok = daar.lijst.pop(daar.positie)
        voor = daar.lijst[daar.positie - 1].id if daar.positie else None
        lijst.insert(next((k + 1 for k, b in enumerate(lijst) if b.id == na), 0) if na else 0, blok)
        doel = [b for b in structuur.container(self.policy, daar.container) or [] if b is not blok]
        positie = next((k + 1 for k, b in enumerate(doel) if b.id == voor), 0) if voor else 0
        verplaats(self.policy, journaal, blok_id, daar.container, positie, merk.auteur or "", merk.tijd or "",
                  True, merk.id or None)

    def _later(self, blok_id: str) -> None:
        """A block moved twice keeps both moves; the place it stood between them is not in the file, so the
        later move's old place is the first one's (rejecting only the later move puts it back there)."""
        later = self.later.get(blok_id)
        eerste = next((s for s in reversed(self.policy.spoken) if s.blok_id == blok_id), None)
        if later is None or eerste is None or eerste.soort != "verplaatst":
            return
        self.policy.spoken.append(replace(eerste, wijziging=replace(eerste.wijziging, auteur=later.auteur,
                                                                     tijd=later.tijd, id=later.id)))

    def _verhuis(self, blok_id: str, stand_in, journaal: Journaal) -> None:
        hier = structuur.plaats(self.policy, stand_in.id)
        merk = self.verhuisd[blok_id]
        if hier is None:
            return
        hier.lijst.pop(hier.positie)
        daar = structuur.plaats(self.policy, blok_id)
        if daar is None:
            self.melding(tr("Verplaatsing {nummer} in het Word-bestand heeft geen nieuwe plaats; de oude plaats is weggelaten.")
                         .format(nummer=merk.id))
            return
        blok = daar.lijst[daar.positie]
        terug = self._niet_mee(blok, self.ervoor.get("naar-" + blok_id)) if self.vreemd else []
        nieuw_hoofdstuk = getattr(blok, "hoofdstuk_id", ...)
        na = daar.lijst[daar.positie - 1].id if daar.positie else None
        daar.lijst.pop(daar.positie)
        positie_oud = hier.positie - (1 if daar.lijst is hier.lijst and daar.positie < hier.positie else 0)
        hier.lijst.insert(positie_oud, blok)
        if isinstance(blok, Artikel):       # at the old place, in the hoofdstuk it stood in there
            blok.hoofdstuk_id = stand_in.hoofdstuk_id
        if self.vreemd:     # (another program's moves: a heading moved over blocks that stay)
            self._kinderen_terug(stand_in, blok, self.ervoor.get(blok_id), merk, journaal)
        doel = structuur.container(self.policy, daar.container)
        if doel is None:
            return
        zonder = [b for b in doel if b is not blok]
        positie = next((i + 1 for i, b in enumerate(zonder) if b.id == na), 0) if na else 0
        verplaats(self.policy, journaal, blok_id, daar.container, positie, merk.auteur or "", merk.tijd or "",
                  True, merk.id or None, hoofdstuk_id=nieuw_hoofdstuk)
        for kind, plek in terug:
            verplaats(self.policy, journaal, kind.id, blok_id, plek, merk.auteur or "", merk.tijd or "", True,
                      merk.id or None)
        self._later(blok_id)

    def _lege_hoofdstukken(self) -> None:
        """Inserted hoofdstukken without artikelen have no heading in the text: their pending insertion comes
        from the facts, in the file as written only (after Accept or Reject All in Word it is gone)."""
        herzien = self.policy.revisies or self.policy.blokrevisies or self.policy.spoken   # (not after Accept All)
        lege = self.gegevens.data.get("lege", []) if self.gegevens is not None and self.zoals_geschreven \
            and herzien else []
        volgorde = [i for i, _, _ in self.gegevens.data.get("hoofdstukken", [])] if lege else []
        koppen = {i: (kop, label) for i, kop, label in self.gegevens.data.get("hoofdstukken", [])} if lege else {}
        for blok_id, auteur, tijd, wijziging in lege:
            if blok_id not in koppen or any(h.id == blok_id for h in self.policy.hoofdstukken):
                continue
            eerder = set(volgorde[:volgorde.index(blok_id)])
            positie = sum(1 for h in self.policy.hoofdstukken if h.id in eerder)
            kop, label = koppen[blok_id]
            self.policy.hoofdstukken.insert(positie, Hoofdstuk(kop, id=blok_id, label=label))
            self.policy.blokrevisies[blok_id] = Segment("", INSERT, auteur, tijd, wijziging)
            self.policy.wijzigingsoorten.setdefault(str(wijziging), "insert_hoofdstuk")

    def _niet_mee(self, blok, ervoor) -> list[tuple[object, int]]:
        """Children after the new place of a moved block that were there before (another program moved a
        heading up over them): before the changes they ended the block of that kind before the new place.
        They go there now, and come back by moves of the same change; returns them with their places."""
        eigen, doel = _kinderen(blok), _kinderen(ervoor) if ervoor is not None and ervoor is not blok else None
        if not eigen or doel is None or ervoor.id in self.policy.blokrevisies:
            return []
        terug = [(k, n) for n, k in enumerate(eigen) if k.id in self.blokken and self._gebleven(self.blokken[k.id][1])]
        for kind, _ in terug:
            eigen.remove(kind)
            doel.append(kind)
        return terug

    def _gebleven(self, alinea) -> bool:
        """A paragraph that is neither moved here, inserted nor deleted."""
        return alinea.hierheen is None and alinea.ingevoegd is None and alinea.weg is None \
            and not _alles_ingevoegd(alinea.segmenten)

    def _kinderen_terug(self, stand_in, blok, ervoor, merk: Segment, journaal: Journaal) -> None:
        """Blocks after the old place of a moved block that did not move with it (another program moved a
        heading down over them): with the changes they end the block of that kind before the old place (the
        one the text shows them in), before the changes they were the moved block's first children: moves of
        the same change. Inserted ones are only where the changes put them; without a block before, or when
        that is the moved block itself, they stay in it."""
        kinderen = _kinderen(stand_in) or []
        eigen, doel = _kinderen(blok), _kinderen(ervoor) if ervoor is not None and ervoor is not blok else None
        if not kinderen or eigen is None:
            return
        nieuw = [k for k in kinderen if k.id in self.blokken and (self.blokken[k.id][1].ingevoegd is not None
                                                                    or _alles_ingevoegd(self.blokken[k.id][1].segmenten))]
        (doel if doel is not None else eigen).extend(nieuw)
        blijvend = [k for k in kinderen if k not in nieuw]
        eigen[0:0] = blijvend
        if doel is None:
            return
        for kind in blijvend:
            verplaats(self.policy, journaal, kind.id, ervoor.id, len(doel) - len(nieuw), merk.auteur or "",
                      merk.tijd or "", True, merk.id or None)

    def _niveau(self, blok_id: str, rol: str, merk: Segment, alinea, journaal: Journaal) -> None:
        """Another program's change of level; the new label is the one typed before the anchor (none: the
        list numbers it)."""
        label = huidig(alinea.voor).strip() or None
        if wissel_niveau(self.policy, journaal, blok_id, rol, merk, label):
            blok = structuur.blok(self.policy, blok_id)
            self.blokken[blok_id] = (blok, self.blokken[blok_id][1]) if blok_id in self.blokken else (blok, alinea)

    def _wissel(self, artikel_id: str, oud: str | None, merk: Segment, journaal: Journaal) -> None:
        """An artikel a heading's insertion or deletion takes into another hoofdstuk: a move in place, part of
        the heading's change."""
        bestaand = {h.id for h in self.policy.hoofdstukken} | {s.blok_id for s in self.policy.spoken}
        plaats = structuur.plaats(self.policy, artikel_id)
        if plaats is None or oud not in bestaand | {None}:
            return
        artikel = plaats.lijst[plaats.positie]
        nu, artikel.hoofdstuk_id = artikel.hoofdstuk_id, oud
        soort = "delete_hoofdstuk" if any(m is merk for _, m in self.weg) else "insert_hoofdstuk"
        self.policy.wijzigingsoorten.setdefault(str(merk.id), soort)
        verplaats(self.policy, journaal, artikel_id, plaats.container, plaats.positie, merk.auteur or "",
                  merk.tijd or "", True, merk.id or None, hoofdstuk_id=nu)

    def _gesplitst(self, artikel_id: str, merk: Segment, journaal: Journaal) -> None:
        """An artikel heading inserted above leden that were there before: a split (the leden leave the artikel
        before it on acceptance and come back on rejection), as other tools write it."""
        artikel = next((a for a in self.policy.artikelen if a.id == artikel_id), None)
        k = self.policy.artikelen.index(artikel) if artikel is not None else 0
        blijvend = [l for l in artikel.leden if l.id in self.blokken and self.blokken[l.id][1].ingevoegd is None
                    and not _alles_ingevoegd(self.blokken[l.id][1].segmenten)] if artikel is not None else []
        ingevoegd = {i for i, (b, a) in self.blokken.items() if a.ingevoegd is not None}
        vorige = next((a for a in reversed(self.policy.artikelen[:k]) if a.id not in ingevoegd), None)
        if not blijvend or vorige is None:
            return
        plekken = {l.id: artikel.leden.index(l) for l in blijvend}
        for lid in blijvend:
            artikel.leden.remove(lid)
            vorige.leden.append(lid)
        self.policy.wijzigingsoorten.setdefault(str(merk.id), "split_artikel")
        for lid in blijvend:
            verplaats(self.policy, journaal, lid.id, artikel_id, min(plekken[lid.id], len(artikel.leden)),
                      merk.auteur or "", merk.tijd or "", True, merk.id or None)

    def _eigen_verwijderingen(self) -> list[tuple[str, Segment]]:
        """The deletions to make, innermost first: a lid deleted by a change of its own before its artikel was
        deleted (or merged away) by another is a pending deletion inside it; one deleted with it is not."""
        merken = dict(self.weg)
        uit = []
        for n, (blok_id, merk) in enumerate(self.weg):
            keten, plaats = [], structuur.plaats(self.policy, blok_id)
            while plaats is not None:          # its containers, up to the artikel
                keten.append(plaats.container)
                plaats = structuur.plaats(self.policy, plaats.container)
            if any(merken.get(o) is not None and merken[o].id == merk.id for o in keten):
                continue            # deleted with its container
            uit.append((-len(keten), n, blok_id, merk))
        return [(blok_id, merk) for _, _, blok_id, merk in sorted(uit)]

    def _verwijder(self, blok_id: str, merk: Segment, journaal: Journaal) -> None:
        if blok_id in ("titel", "orgaan") or structuur.plaats(self.policy, blok_id) is None:
            return
        verwijder(self.policy, journaal, blok_id, merk.auteur or "", merk.tijd or "", True, merk.id or None)

    def _samengevoegd(self, blok_id: str, merk: Segment, weg: set[str], journaal: Journaal) -> None:
        """An artikel heading deleted whole above leden that stay: a merge (the leden go to the artikel before
        it on acceptance, and back on rejection), as other tools write it."""
        artikel = next((a for a in self.policy.artikelen if a.id == blok_id), None)
        blijvend = [l for l in artikel.leden if l.id not in weg] if artikel is not None else []
        k = self.policy.artikelen.index(artikel) if blijvend else 0
        vorige = next((a for a in reversed(self.policy.artikelen[:k]) if a.id not in weg), None)
        if not blijvend or vorige is None:
            return
        self.policy.wijzigingsoorten.setdefault(str(merk.id), "merge_artikel")
        for lid in blijvend:
            verplaats(self.policy, journaal, lid.id, vorige.id, len(vorige.leden), merk.auteur or "", merk.tijd or "",
                      True, merk.id or None)

    def _revisies(self) -> None:
        ingevoegd: dict[str, Segment] = {}
        plaatsen = structuur.plaatsen(self.policy)
        for blok_id, (blok, alinea) in self.blokken.items():
            if alinea.weg is not None:      # a pending deletion keeps the edits made inside it before
                segmenten = self._verdwenen(blok_id, blok, _knip(alinea)) if not alinea.weggezet else []
                if any(s.soort != EQUAL for s in segmenten):
                    self.policy.revisies[blok_id] = segmenten
                merk = _ingevoegd_verwijderd(alinea)
                if merk is not None:
                    self.policy.blokrevisies[blok_id] = merk
                    self.policy.wijzigingsoorten.setdefault(str(merk.id), f"insert_{plaatsen[blok_id].soort}"
                                                            if blok_id in plaatsen else "insert")
                continue
            segmenten = _knip(alinea)
            if any(s.soort != EQUAL for s in segmenten):
                self.policy.revisies[blok_id] = segmenten
            plaats = plaatsen.get(blok_id)
            merk = alinea.ingevoegd or _geheel_ingevoegd(segmenten, ingevoegd.get(plaats.container if plaats else None))
            if merk is not None and plaats is not None:
                ingevoegd[blok_id] = merk
                self.policy.blokrevisies[blok_id] = replace(merk, tekst="", soort=INSERT)
                if segmenten and all(s.soort == INSERT and not s.del_id for s in segmenten):     # one change: the
                    segmenten = [replace(s, id=merk.id, auteur=merk.auteur, tijd=merk.tijd) for s in segmenten]  # block
                    self.policy.revisies[blok_id] = segmenten
                self.policy.wijzigingsoorten.setdefault(str(merk.id), f"insert_{plaats.soort}")
        self._splitsingen(plaatsen)
        self._samenvoegingen()
        self.policy.volgende_wijziging = 1 + max(
            [s.id for seg in self.policy.revisies.values() for s in seg] + [s.del_id for seg in self.policy.revisies.values() for s in seg]
            + [s.wijziging.id for s in self.policy.spoken] + [m.id for m in self.policy.blokrevisies.values()], default=0)

    def _verdwenen(self, blok_id: str, blok, segmenten: list[Segment]) -> list[Segment]:
        """A deleted block's segments with what its author had inserted in it put back (word_verdwenen)."""
        weg = (self.gegevens.data.get("verdwenen") or {}).get(blok_id) if self.gegevens is not None else None
        if not weg:
            return segmenten
        segmenten = zet_terug(segmenten, weg)
        setattr(blok, structuur.tekst_attribuut(blok), huidig(segmenten).strip())
        return segmenten

    def _samengevoegde_paren(self) -> list[tuple[str, str, Segment]]:
        """Paragraph marks deleted between two paragraphs that both keep text (Delete at the end of a lid in
        Word, or a compare engine's merge): (first block, second block, the change), blocks of one kind
        (the second's children go to the first)."""
        per_alinea = {id(alinea): blok_id for blok_id, (blok, alinea) in self.blokken.items()}
        uit = []
        for blok_id, (blok, alinea) in self.blokken.items():
            merk = alinea.samengevoegd
            tweede = next((per_alinea[id(a)] for b, a in self.blokken.values() if a.samenvoeging is merk), None) \
                if merk is not None else None
            if tweede is not None and type(self.blokken[tweede][0]) is type(blok) and isinstance(blok, (Lid, Onderdeel)):
                uit.append((blok_id, tweede, merk))
        return uit

    def _voeg_samen(self, eerste: str, tweede: str, merk: Segment, journaal: Journaal) -> None:
        """The structure of a merge: the second block's children move to the end of the first, the second is
        deleted; one change (its text in _samenvoegingen)."""
        blok = structuur.blok(self.policy, tweede)
        if blok is None or structuur.blok(self.policy, eerste) is None:
            return
        self.policy.wijzigingsoorten.setdefault(str(merk.id), f"merge_{type(blok).__name__.lower()}")
        doel = _kinderen(structuur.blok(self.policy, eerste))
        for kind in list(_kinderen(blok) or []):
            if doel is not None:
                verplaats(self.policy, journaal, kind.id, eerste, len(doel), merk.auteur or "", merk.tijd or "", True,
                          merk.id or None)
        self._verwijder(tweede, merk, journaal)

    def _samenvoegingen(self) -> None:
        """A pending merge, one change: the first block gains the second's text as an insertion (the second
        is deleted by the same change, in _in_volgorde)."""
        for blok_id, tweede, merk in self.samen:
            blok = self.blokken[blok_id][0]
            eerste = self.policy.revisies.get(blok_id) or [Segment(blok.tekst)]
            rest = [s for s in self.policy.revisies.get(tweede) or [Segment(self.blokken[tweede][0].tekst)] if s.zichtbaar]
            bij = [replace(s, soort=INSERT, auteur=merk.auteur, tijd=merk.tijd, id=merk.id) if s.soort == EQUAL else s
                   for s in rest]
            spatie = [] if huidig(eerste)[-1:].isspace() or huidig(rest)[:1].isspace() else \
                [Segment(" ", INSERT, merk.auteur, merk.tijd, merk.id)]
            self.policy.revisies[blok_id] = voeg_samen(eerste + spatie + bij)
            blok.tekst = huidig(self.policy.revisies[blok_id])

    def _splitsingen(self, plaatsen) -> None:
        """A paragraph mark inserted between two paragraphs of plain text (a compare engine's, or Word's when
        Enter is pressed inside a lid): a pending split, one change. The first part's text loses the second
        as a deletion; the second part is an inserted block with its text inserted."""
        per_alinea = {id(alinea): (blok_id, blok) for blok_id, (blok, alinea) in self.blokken.items()}
        for blok_id, (blok, alinea) in list(self.blokken.items()):
            merk = alinea.gesplitst
            tweede = next((per_alinea[id(a)] for b, a in self.blokken.values() if a.splitsing is merk), None) \
                if merk is not None else None
            if tweede is None or plaatsen.get(blok_id) is None or plaatsen.get(tweede[0]) is None \
                    or plaatsen[blok_id].soort != plaatsen[tweede[0]].soort or tweede[0] in self.policy.blokrevisies:
                continue
            wijziging = replace(merk, tekst="", soort=INSERT)
            eerste = self.policy.revisies.get(blok_id) or [Segment(blok.tekst)]
            rest = self.policy.revisies.get(tweede[0]) or [Segment(tweede[1].tekst)]
            weg = [replace(s, soort=DELETE, auteur=merk.auteur, tijd=merk.tijd, id=merk.id) if s.soort == EQUAL else s
                   for s in rest if s.soort != INSERT or s.del_id]       # the second part's own edits stay its own
            spatie = [] if origineel(weg)[:1].isspace() or origineel(eerste)[-1:].isspace() else \
                [Segment(" ", DELETE, merk.auteur, merk.tijd, merk.id)]
            self.policy.revisies[blok_id] = voeg_samen(eerste + spatie + weg)
            self.policy.revisies[tweede[0]] = [replace(s, soort=INSERT, auteur=merk.auteur, tijd=merk.tijd, id=merk.id)
                                               if s.soort == EQUAL else s for s in rest]
            self.policy.blokrevisies[tweede[0]] = wijziging
            self.policy.wijzigingsoorten.setdefault(str(merk.id), f"split_{plaatsen[blok_id].soort}")

    def _rauw(self) -> None:
        """Texts with cross-references back in their raw form ({ref:id}) where the file shows what the
        export wrote: the same text and the same changes (the derived renumbering marks aside)."""
        if self.gegevens is None or not self.gegevens.data.get("rauw"):
            return
        index = Verwijzingsindex(self.policy)
        soorten = self.policy.wijzigingsoorten
        for blok_id, rauw in self.gegevens.data["rauw"].items():
            blok = structuur.blok(self.policy, blok_id)
            if blok is None:
                continue
            segmenten = [Segment(t, s, id=c, del_id=d) for s, t, c, d in rauw]
            gelezen = self.policy.revisies.get(blok_id, [Segment(blok.tekst)])
            if index.weergave(huidig(segmenten)) != huidig(gelezen):
                continue
            eigen = [(s.soort, s.id) for s in gelezen if s.soort != EQUAL and not _afgeleid(s.id, soorten)]
            if eigen != [(s.soort, s.id) for s in segmenten if s.soort != EQUAL]:
                continue
            echte = {s.id: s for s in gelezen if s.soort != EQUAL}
            nieuw = [replace(echte[s.id], tekst=s.tekst) if s.id in echte else s for s in segmenten]
            blok.tekst = huidig(nieuw)
            if any(s.soort != EQUAL for s in nieuw):
                self.policy.revisies[blok_id] = nieuw
            else:
                self.policy.revisies.pop(blok_id, None)


TEKSTSOORTEN = {"insert", "delete", "replace", "replace_tekst"}


def _vermeld(instemming) -> bool:
    """Whether the export states this consent as given (besluit_tekst.instemming_regel)."""
    return instemming.status in (InstemmingStatus.VERLEEND, InstemmingStatus.ONDER_VOORWAARDEN) and bool(instemming.datum)


def _afgeleid(wijziging: int, soorten: dict[str, str]) -> bool:
    soort = soorten.get(str(wijziging))
    return soort is not None and soort not in TEKSTSOORTEN


def voor_verwijdering(segmenten: list[Segment], weg: Segment) -> list[Segment]:
    """A paragraph deleted whole as it stood before that deletion: the text the deletion took is plain text
    again, an insertion it took (a w:del inside the w:ins) an insertion; what others deleted or inserted
    before stays theirs (ECMA-376 §17.13.5)."""
    uit = []
    for s in segmenten:
        if s.soort == DELETE and s.id == weg.id:
            uit.append(Segment(s.tekst))
        elif s.soort == INSERT and s.del_id == weg.id:
            uit.append(replace(s, del_id=0, del_auteur=None, del_tijd=None))
        else:
            uit.append(s)
    return voeg_samen(uit)


def _verhuisd_en_weg(alineas: list, van):
    """The new place of a move deleted since (its text in the mover's w:ins, deleted by another: gone either
    way), by the old place's anchor; it is then marked as moved here."""
    if van.anker is None:
        return None
    for b in alineas:
        if b.weg is not None and not b.weggezet and b.anker is not None and b.anker[1] == van.anker[1]:
            stuk = next((s for s in b.voor + b.segmenten if s.del_id and s.id == van.weg.id), None)
            if stuk is not None:
                b.hierheen = Segment("", INSERT, stuk.auteur, stuk.tijd, stuk.id)
                return b
    return None


def _met_oude_verwijderingen(oud: list[Segment], nieuw: list[Segment], verhuizing: int) -> list[Segment] | None:
    """The new place's segments with the deletions the mover made before moving (they stand at the old place
    only, between the moved text) where they stood in it; None when the two places do not line up."""
    uit, rest, j = [], None, 0
    for s in oud:
        if s.soort != DELETE or s.id != verhuizing:
            uit.append(s)                   # deleted there, not moved
            continue
        tekst = s.tekst
        while tekst:
            if rest is None:
                while j < len(nieuw) and nieuw[j].soort == INSERT:      # inserted since: not in the old text
                    uit.append(nieuw[j])
                    j += 1
                if j == len(nieuw):
                    return None
                rest, j = nieuw[j], j + 1
            k = min(len(rest.tekst), len(tekst))
            if rest.tekst[:k] != tekst[:k]:
                return None
            uit.append(replace(rest, tekst=tekst[:k]))
            rest = replace(rest, tekst=rest.tekst[k:]) if len(rest.tekst) > k else None
            tekst = tekst[k:]
    return voeg_samen(uit + ([rest] if rest is not None else []) + nieuw[j:])


def _verhuisd(s: Segment) -> Segment:
    """Text in w:moveTo: moved, so no insertion; deleted since (a w:del inside it), a deletion by its author."""
    if s.del_id:
        return Segment(s.tekst, DELETE, s.del_auteur, s.del_tijd, s.del_id)
    return replace(s, soort=EQUAL, auteur=None, tijd=None, id=0)


def _ingevoegd_verwijderd(alinea) -> Segment | None:
    """A block inserted by one change and deleted by another (its paragraph folded into the one before it,
    word_merken): the insertion, which stays pending with the deletion."""
    if not alinea.weg_gevouwen:
        return None
    tekst = [s for s in alinea.segmenten if s.tekst.strip()]
    if not tekst or any(s.soort != INSERT for s in tekst):
        return None
    lengte: dict[int, int] = {}
    for s in tekst:
        lengte[s.id] = lengte.get(s.id, 0) + len(s.tekst)
    eerste = next(s for s in tekst if s.id == max(lengte, key=lengte.get))     # its own text, not what was typed in it
    return Segment("", INSERT, eerste.auteur, eerste.tijd, eerste.id)



def _kinderen(blok) -> list | None:
    """The list of a block's children (an artikel's leden, a lid's onderdelen, an onderdeel's sub-items)."""
    for naam in ("leden", "onderdelen", "subonderdelen"):
        if isinstance(getattr(blok, naam, None), list):
            return getattr(blok, naam)
    return None


def _alles_ingevoegd(segmenten: list[Segment]) -> bool:
    return all(s.soort == INSERT for s in segmenten if s.zichtbaar and s.tekst.strip())


def _knip(alinea) -> list[Segment]:
    """The paragraph's segments without a typed artikel label cut off its heading."""
    segmenten = zonder_begin(alinea.segmenten, getattr(alinea, "knip", 0))
    segmenten = [s for s in voeg_samen(segmenten) if s.tekst]
    if segmenten and segmenten[0].soort == EQUAL:
        segmenten[0] = replace(segmenten[0], tekst=segmenten[0].tekst.lstrip())
    if segmenten and segmenten[-1].soort == EQUAL:
        segmenten[-1] = replace(segmenten[-1], tekst=segmenten[-1].tekst.rstrip())
    return [s for s in segmenten if s.tekst]


def _geheel_ingevoegd(segmenten: list[Segment], ouder: Segment | None) -> Segment | None:
    """A block inside an inserted block, all its text inserted by the same change."""
    if ouder is None:
        return None
    return ouder if all(s.soort == INSERT and s.id == ouder.id for s in segmenten) else None

