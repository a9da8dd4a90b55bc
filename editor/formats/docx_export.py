"""The formal besluit as a Word document (python-docx), clean or with native revision marks.

Real styles (Title, Heading 1/2, List Paragraph), A4, language nl-NL, core properties and custom
properties for the OR consent date, vaststelling, inwerkingtreding and the text's fingerprint.
With revisions, the open tracked changes become w:ins / w:del with author and date (a wholly
inserted or deleted paragraph also marks its paragraph mark) and the comments Word comments.
"""

from __future__ import annotations

import itertools
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from ..atomair import schrijf_atomair
from ..model.datums import format_datum
from ..model.document import Artikel, Policy
from ..model.placeholders import PATROON
from ..model.segment import Segment
from ..model.numbering import (artikel_label, hoofdstuk_label, lid_label, lid_nummer, onderdeel_letter,
                               subonderdeel_label)
from ..model.verwijzingen import Verwijzingsindex
from ..revisions.instemming import vingerafdruk
from ..revisions.segments import origineel
from .word_revisies import (AfgeleideTekst, met_spoken, schrijf_wijzigingen, stille_verplaatsingen, tussenplaatsen,
                            verschil_delen, voor_alles)
from .besluit_tekst import orgaan_regel
from .exportregels import instemming, is_vastgesteld, zonder_onterechte_instemming
from .slotbepalingen import ONDERTEKENAARS_PER_VORM, inwerkingtreding_tekst, slotartikelen
from .text_export import vaststellingsformule
from . import word_opmerkingen as opmerkingen
from .word_aanhef import schrijf_aanhef
from .word_ankers import Ankers, schrijf_gegevens
from .word_verdwenen import Verdwenen, stukken
from .word_merken import verschuif_merken
from .word_niveau import Niveaus
from .word_koppen import Koppen
from .word_nummering import ARTIKELEN, HOOFDSTUKKEN, LEDEN, ONDERDELEN, Nummering, is_opsomming, nummer
from .word_sjabloon import maak_af, open_sjabloon, standaard_sjabloon

CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"


class _Schrijver:
    def __init__(self, policy: Policy, revisies: bool, sjabloon: Path | None = None) -> None:
        self.policy, self.revisies = policy, revisies
        self.doc = open_sjabloon(sjabloon)
        self.index = Verwijzingsindex(policy)
        self.ids = itertools.count(1)
        self.commentaren: dict[str, list] = {}
        for o in policy.opmerkingen if revisies else []:
            self.commentaren.setdefault(o.blok_id, []).append(o)
        self.draden: list[tuple[str, str | None, bool]] = []     # commentsExtended: word_opmerkingen
        self.stil = stille_verplaatsingen(policy) if revisies else set()
        self.verplaatst = {s.blok_id: s for s in sorted(policy.spoken, key=lambda s: s.wijziging.id)     # the last
                           if s.soort == "verplaatst" and id(s) not in self.stil} if revisies else {}  # move of each
        self.stil |= tussenplaatsen(policy) if revisies else set()      # no old place where it stood between moves
        self.stijl_ids: dict[str, str] = {}
        _opmaak(self.doc)
        self.nummering = Nummering(self.doc)
        self._slot = self.doc.element.body.find(qn("w:sectPr"))
        self.afgeleid = AfgeleideTekst(policy) if revisies else None
        # the text before all open changes, for the order of old places, the hoofdstuk headings and derived text
        self.oud = voor_alles(policy) if revisies and (policy.spoken or policy.blokrevisies) else None
        self.wijzigingen: dict[str, tuple[int, str]] = {}     # w:id -> (change, author): word_revisies
        self.artikel_lijst: int | None = None
        self.hele: set = set()          # paragraphs inserted, deleted or moved whole: word_merken
        self.binnen_ingevoegd = None    # the insertion of the lid whose onderdelen are written
        self.hoofdstuk_lijst: int | None = None
        self.geerfd = False             # the block being written is deleted with its container, not itself
        self.ankers = Ankers()     # block ids and roles in the file (word_ankers)
        self.niveaus = Niveaus(self)    # changes of level as w:pPrChange, not as moves (word_niveau)
        if self.niveaus.spoken:
            self.stil |= self.niveaus.stil()
            self.verplaatst = {i: s for i, s in self.verplaatst.items() if id(s) not in self.stil}
        self.verdwenen = Verdwenen()    # text in neither text that LibreOffice cannot hold (word_verdwenen)

    # -- paragraphs --------------------------------------------------------------------------
    def paragraaf(self, tekst: str = "", stijl: str | None = None):
        """A paragraph in a style named as Word names it; the style id is looked up once (python-docx
        searches all of a template's styles for every paragraph, which made a 300-artikel export slow)."""
        element = OxmlElement("w:p")
        if self._slot is not None:       # python-docx's add_paragraph searched the body for sectPr each time
            self._slot.addprevious(element)
        else:
            self.doc.element.body.append(element)
        p = Paragraph(element, self.doc._body)
        if stijl:
            if stijl not in self.stijl_ids:
                self.stijl_ids[stijl] = self.doc.styles[stijl].style_id
            etree.SubElement(etree.SubElement(element, qn("w:pPr")), qn("w:pStyle")).set(qn("w:val"), self.stijl_ids[stijl])
        if tekst:
            _run(p, tekst)
        return p

    def alinea(self, tekst: str, stijl: str | None = None, inspringing: float = 0.0):
        p = self.paragraaf(tekst, stijl)
        if inspringing:
            p.paragraph_format.left_indent = Cm(inspringing)
        return p

    def bouw(self) -> Document:
        titel = self.paragraaf("", "Title")
        self.ankers.zet(titel, "t", "titel")
        self._tekst(titel, "titel", self.policy.titel)     # with its revisions
        self._aanhef()
        if self.policy.inleiding and not self._heeft_besluit():
            self._sectie(self.policy.inleiding.kop, [a.tekst for a in self.policy.inleiding.alineas],
                         sectie=self.policy.inleiding, rol="i")
        self._artikelen()
        if self.policy.slotwoord:
            self._sectie(self.policy.slotwoord.kop, [a.tekst for a in self.policy.slotwoord.alineas],
                         sectie=self.policy.slotwoord, rol="z")
        self._ondertekening()
        for sectie in self.policy.toelichting:
            self._sectie(sectie.kop or "Toelichting", [a.tekst for a in sectie.alineas], niveau=1, sectie=sectie, rol="t")
        self.ankers.sluit()
        verschuif_merken(self.doc.element.body, self.hele)
        if self.wijzigingen:
            schrijf_wijzigingen(self.doc, self.wijzigingen, self.policy.wijzigingsoorten)
        if self.draden:
            opmerkingen.schrijf_draden(self.doc, self.draden)
        return self.doc

    def _heeft_besluit(self) -> bool:
        return orgaan_regel(self.policy) is not None or bool(self.policy.aanhef.beslispunten)

    def _aanhef(self) -> None:
        if self._heeft_besluit():
            schrijf_aanhef(self)

    def _artikelen(self) -> None:
        artikelen = list(self.policy.artikelen)
        self.artikel_lijst = None if any(a.label for a in artikelen) else self.nummering.nieuwe_lijst(ARTIKELEN)
        nummer = 0
        rij = self._met_spoken("artikelen", artikelen)
        koppen = Koppen(self.policy, rij, self.oud)
        eigen = any(k.hoofdstuk.label for ks in koppen.per_plek.values() for k in ks)
        self.hoofdstuk_lijst = self.nummering.nieuwe_lijst(HOOFDSTUKKEN) if koppen.per_plek and not eigen else None
        for i, (artikel, spook) in enumerate(rij):
            for kop in koppen.voor(i):
                self._hoofdstuk(kop)
            nummer += spook is None
            self._artikel(nummer, artikel, spook)
        nu, voor = slotartikelen(self.policy), self._oude_slotartikelen()
        for k, (kop, tekst) in enumerate(nu):
            oud = voor[k][1] if voor is not None and len(voor) == len(nu) and voor[k][0] == kop else tekst
            kop_p, p = self._kop(f"Artikel {len(artikelen) + k + 1}.", kop), self.alinea("")
            self._afgeleide_tekst(p, oud, tekst)
            self.ankers.afgeleid([kop_p, p])

    def _oude_slotartikelen(self) -> list | None:
        """The slotartikelen before all open changes (the citeertitel follows the title)."""
        if not self.revisies:
            return None
        if self.oud is not None:
            return slotartikelen(self.oud)
        titel = self.policy.revisies.get("titel")
        if not titel:
            return None
        return slotartikelen(replace(self.policy, titel=origineel(titel).strip()))

    def _afgeleide_tekst(self, p, oud: str, nu: str) -> None:
        """Text written from the metadata or the title: where it reads otherwise than before all open changes,
        a revision by the author of the change that made it so (the title's, else the newest)."""
        if oud == nu:
            _run(p, nu)
            return
        w = self._afgeleid_door()
        for soort, stuk in verschil_delen(oud, nu):
            if soort != "equal" and w is not None:
                self._revisie(p, "w:del" if soort == "delete" else "w:ins", stuk, w.auteur, w.tijd, w.id)
            elif soort != "delete":
                _run(p, stuk)

    def _afgeleid_door(self):
        titel = [s for s in self.policy.revisies.get("titel", []) if s.soort != "equal"]
        if titel:
            return max(titel, key=lambda s: s.id)
        merken = [s for seg in self.policy.revisies.values() for s in seg if s.soort != "equal"] + \
            [s.wijziging for s in self.policy.spoken] + list(self.policy.blokrevisies.values())
        return max(merken, key=lambda s: s.id) if merken else None

    def _hoofdstuk(self, kop) -> None:
        """A hoofdstuk heading (Heading 1, "Hoofdstuk 2." from its own list, or the source's label typed),
        deleted or inserted whole where the heading stood or stands only before or after the changes."""
        p = self.paragraaf("", "Heading 1")
        self.ankers.afgeleid([p])       # the hoofdstukken are facts of the file (word_ankers), not blocks
        h = kop.hoofdstuk
        merk = None if kop.soort == "gelijk" or kop.wijziging is None else \
            ("w:del" if kop.soort == "weg" else "w:ins", kop.wijziging)
        if self.hoofdstuk_lijst is not None:
            nummer(p, self.hoofdstuk_lijst)
        else:
            self._label(p, f"{hoofdstuk_label(h, kop.nummer)} ", merk)
        if merk is None:
            self._tekst(p, h.id, h.kop)
        else:
            self._revisie(p, merk[0], h.kop, merk[1].auteur, merk[1].tijd, merk[1].id)
            self._markeer_alinea(p, merk[0], merk[1].auteur, merk[1].tijd, merk[1].id)

    def _kop(self, label: str, tekst: str):
        """An artikel heading: "Artikel 3." from the heading list (Word renumbers), or typed when the source
        has its own labels."""
        kop = self.paragraaf("", "Heading 2")
        if self.artikel_lijst is not None:
            nummer(kop, self.artikel_lijst)
        elif label:
            tekst = f"{label} {tekst}".rstrip()
        if tekst:
            kop.add_run(tekst)
        return kop

    def _met_spoken(self, container: str, lijst: list, weg=None, hierheen=None) -> list:
        """With revisions: also the deleted blocks and the old places of moved ones, where they stood (an
        inserted block moved since: its old place was never in the text). Inside the old place of a moved
        block (`weg` its move) what stood there: not what moved in since; inside its new place (`hierheen`)
        no old places of what moved out or was deleted (they stand at the old place, deleted there: Reject All
        brought them back twice, and a w:del inside a w:ins of one author LibreOffice 7.4 drops)."""
        if not self.revisies:
            return [(b, None) for b in lijst]
        rij = [(b, s) for b, s in met_spoken(self.policy, container, lijst, self.oud, self.stil)
               if s is None or not (s.soort == "verplaatst" and b.id in self.policy.blokrevisies)]
        if weg is not None and weg.soort == "verplaatst":
            return [(b, s) for b, s in rij if s is not None or b.id not in self.verplaatst]
        if hierheen is not None:
            return [(b, s) for b, s in rij if s is None]
        return rij

    def _artikel(self, nummer_: int, artikel: Artikel, spook=None) -> None:
        label = artikel_label(artikel, nummer_)
        if spook is not None:
            kop = self._kop("", "")
            self.ankers.zet(kop, "a", artikel.id, oud=spook.soort == "verplaatst")
            self._weg(kop, artikel.id, f"{label} {artikel.kop}" if self.artikel_lijst is None else artikel.kop, spook,
                      als_tekst=self.artikel_lijst is None)
        else:
            kop = self._kop("", "")
            tekst = artikel.kop if self.artikel_lijst is not None else f"{label} {artikel.kop}".rstrip()
            self.ankers.zet(kop, "a", artikel.id)
            self._tekst(kop, artikel.id, tekst, als_tekst=self.artikel_lijst is None)
            self._blok_markering(kop, artikel.id)
        hierheen = self.verplaatst.get(artikel.id) if spook is None else None
        leden = self._met_spoken(artikel.id, artikel.leden, spook, hierheen)
        lijst = self._lijst_voor(artikel, [lid for lid, _ in leden])
        self.niveaus.lijst(artikel.id, lijst)
        oude_lijst = self._oude_lijst(artikel, lijst, [lid for lid, _ in leden]) if spook is None else False
        i = 0
        for lid, lid_spook in leden:
            label = lid_label(artikel, i) if lid_spook is None and spook is None else None
            i += lid_spook is None
            weg = lid_spook or spook            # its own deletion or move first
            self.geerfd = lid_spook is None and spook is not None
            if oude_lijst is False:
                self._lid(lid, weg, lijst, label, hierheen)
            elif weg is not None:               # an old place: as the leden were numbered before the changes
                self._lid(lid, weg, oude_lijst, None, hierheen)
            else:
                self._lid(lid, weg, lijst, label, hierheen, vorm=(oude_lijst, self._door_leden(artikel)))

    def _oude_lijst(self, artikel: Artikel, lijst: int | None, leden: list):
        """When the leden were numbered before the open changes and are not now, or the other way round (one
        lid is not numbered): the old list (None: none), else False."""
        if self.oud is None or any(l.label for l in leden) or (lijst is None and lid_nummer(artikel, 0) is not None):
            return False
        oud = next((a for a in self.oud.artikelen if a.id == artikel.id), None)
        if oud is None or (lid_nummer(oud, 0) is not None) == (lijst is not None):
            return False
        return self.nummering.nieuwe_lijst(LEDEN) if lid_nummer(oud, 0) is not None else None

    def _door_leden(self, artikel: Artikel):
        """The newest change to an artikel's leden (what made them numbered or not)."""
        ids = {lid.id for lid in artikel.leden}
        merken = [m for i, m in self.policy.blokrevisies.items() if i in ids] + \
            [s.wijziging for s in self.policy.spoken if s.container == artikel.id]
        return max(merken, key=lambda m: m.id) if merken else None

    def _vorm_wijziging(self, p, oude_lijst: int | None, merk) -> None:
        """The paragraph's form before the open changes (w:pPrChange): LibreOffice's Reject All gives it back."""
        if merk is None:
            return
        wijziging = self._revisie_element("w:pPrChange", merk.auteur, merk.tijd, merk.id)
        oud = etree.SubElement(wijziging, qn("w:pPr"))
        if oude_lijst is not None:
            etree.SubElement(oud, qn("w:pStyle")).set(qn("w:val"), self.stijl_ids["List Paragraph"])
            numpr = etree.SubElement(oud, qn("w:numPr"))
            etree.SubElement(numpr, qn("w:ilvl")).set(qn("w:val"), "0")
            etree.SubElement(numpr, qn("w:numId")).set(qn("w:val"), str(oude_lijst))
        p._p.get_or_add_pPr().append(wijziging)

    def _lijst_voor(self, artikel: Artikel, leden: list) -> int | None:
        """A new leden list for a numbered artikel whose leden (those deleted or moved away included) carry no
        labels of their own."""
        if any(l.label for l in leden) or lid_nummer(artikel, 0) is None:
            return None
        return self.nummering.nieuwe_lijst(LEDEN, self.niveaus.eigen_lijst(artikel.id, leden))

    def _lid(self, lid, weg, lijst: int | None, label: str | None, hierheen, vorm=None) -> None:
        if weg is not None and lijst is None:       # the old place shows the lid's own label
            label = lid.label
        p = self.paragraaf("", "List Paragraph" if lijst or label else None)
        if self.stijl_ids.get("List Paragraph") is None:
            self.stijl_ids["List Paragraph"] = self.doc.styles["List Paragraph"].style_id
        if vorm is not None:
            self._vorm_wijziging(p, *vorm)
        if weg is None:
            self.niveaus.vorm(p, lid.id, f"{label}\t" if lijst is None and label and not is_opsomming(label) else None)
        if lijst is not None:
            nummer(p, lijst)
        elif is_opsomming(label):      # a bullet: the sign of a Word list, no typed text
            nummer(p, self.nummering.opsomming(label, 1))
        elif label:
            p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(0.75), Cm(-0.75)
            self._label(p, f"{label}\t", self._label_merk(lid.id, weg, hierheen))
        self.ankers.zet(p, "l", lid.id, oud=weg is not None and weg.soort == "verplaatst")
        if weg is None:
            self.niveaus.anker(p, lid.id, "l")
        if weg is not None:
            self._weg(p, lid.id, lid.tekst, weg, hierheen=hierheen)
        else:
            self._tekst(p, lid.id, lid.tekst, verplaatst=hierheen)
            self._blok_markering(p, lid.id)
        self._onderdelen(lid, weg, self.verplaatst.get(lid.id) or hierheen)

    def _merk(self, blok_id: str, weg, hierheen) -> tuple[str, object] | None:
        """The revision of a whole paragraph, for what is typed before its text (a label): deleted or moved
        away (the old place), moved here, or inserted."""
        if not self.revisies:
            return None
        if weg is not None:       # deleted; when it was inserted or moved here first: gone either way
            nieuw = None if weg.soort == "verplaatst" else self._ingevoegd(blok_id)
            verhuisd = self._verhuisd(blok_id) or hierheen
            if nieuw is None and verhuisd is not None and weg.soort != "verplaatst":
                nieuw = verhuisd.wijziging
            return "w:del", weg.wijziging, nieuw
        verplaatst = hierheen or self.verplaatst.get(blok_id)
        if verplaatst is not None:
            return "w:ins", verplaatst.wijziging
        ingevoegd = self._ingevoegd(blok_id)
        return ("w:ins", ingevoegd) if ingevoegd is not None else None

    def _label_merk(self, blok_id: str, weg, hierheen):
        """The revision of a typed label: the paragraph's, or for a block that changed level the change's
        insertion (unless the label reads as before)."""
        merk = self._merk(blok_id, weg, hierheen)
        if merk is None and weg is None and not self.niveaus.onveranderd_label(blok_id):
            merk = self.niveaus.merk(blok_id)
        return merk

    def _ingevoegd(self, blok_id: str):
        return self.policy.blokrevisies.get(blok_id) or self.binnen_ingevoegd

    def _label(self, p, tekst: str, merk) -> None:
        """A typed label goes with its paragraph: in the paragraph's revision when it has one."""
        if merk is None:
            _run(p, tekst)
        elif len(merk) > 2 and merk[2] is not None:
            if merk[2].auteur != merk[1].auteur:        # the same author's: left out (word_verdwenen)
                self._in_invoeging(p, tekst, merk[2], merk[1].auteur, merk[1].tijd, merk[1].id)
        else:
            self._revisie(p, merk[0], tekst, merk[1].auteur, merk[1].tijd, merk[1].id)

    def _onderdelen(self, lid, weg, hierheen=None) -> None:
        """The onderdelen of a lid (with those deleted or moved away, where they stood) and their sub-onderdelen;
        a block shown in another form than it has (a lid indented) may hold none."""
        onderdelen = self._met_spoken(lid.id, getattr(lid, "onderdelen", None) or [], weg, hierheen)
        if not onderdelen:
            return
        subs = [getattr(o, "subonderdelen", None) or [] for o, _ in onderdelen]
        eigen = any(o.label for o, _ in onderdelen) or any(s.label for lijst_ in subs for s in lijst_)
        lijst = None if eigen else self.nummering.nieuwe_lijst(ONDERDELEN, self.niveaus.eigen_lijst(lid.id, [o for o, _ in onderdelen]))
        self.niveaus.lijst(lid.id, lijst)
        binnen = self.binnen_ingevoegd
        self.binnen_ingevoegd = self._ingevoegd(lid.id) if weg is None else None
        j = 0
        for (onderdeel, o_spook), onder in zip(onderdelen, subs):
            eigen_weg = o_spook or weg
            self.geerfd = o_spook is None and weg is not None
            self._onderdeel(onderdeel, lijst, 0, onderdeel.label or f"{onderdeel_letter(j)}.", 1.5, eigen_weg, hierheen)
            j += o_spook is None
            for k, sub in enumerate(onder):
                if eigen_weg is not None and eigen_weg.soort == "verplaatst" and sub.id in self.verplaatst:
                    continue        # moved in since: not at the old place
                self._onderdeel(sub, lijst, 1, subonderdeel_label(onderdeel, k), 2.25, eigen_weg, hierheen)
        self.binnen_ingevoegd = binnen

    def _onderdeel(self, blok, lijst: int | None, niveau: int, label: str, inspringing: float, weg, hierheen) -> None:
        """An onderdeel or sub-onderdeel: in the list, or after its typed label, with the revisions of its paragraph."""
        q = self.paragraaf("", "List Paragraph")
        if weg is None:
            self.niveaus.vorm(q, blok.id, None if lijst is not None or is_opsomming(label) else f"{label} ")
        if lijst is not None:
            nummer(q, lijst, niveau)
        elif is_opsomming(label):
            nummer(q, self.nummering.opsomming(label, 2 + niveau))
        else:
            q.paragraph_format.left_indent = Cm(inspringing)
            self._label(q, f"{label} ", self._label_merk(blok.id, weg, hierheen))
        self.ankers.zet(q, "s" if niveau else "o", blok.id, oud=weg is not None and weg.soort == "verplaatst")
        if weg is None:
            self.niveaus.anker(q, blok.id, "s" if niveau else "o")
        if weg is not None:
            self._weg(q, blok.id, blok.tekst, weg, hierheen=hierheen)
        else:
            self._tekst(q, blok.id, blok.tekst, verplaatst=hierheen)
            self._blok_markering(q, blok.id)

    def _weg(self, p, blok_id: str, tekst: str, spook, als_tekst: bool = False, hierheen=None) -> None:
        """A block whose deletion (or move away) is pending: its text and its paragraph mark deleted, or for
        the old place of a moved block moved away (w:moveFrom in a named range). A block inserted by A that
        B deleted with its container is a w:del in A's w:ins, its mark both."""
        w = spook.wijziging
        segmenten = (None if als_tekst else self.policy.revisies.get(blok_id)) or [Segment(tekst)]
        weergave = self._oude_weergave()
        if spook.soort == "verplaatst":     # the old place: its text as it stood, all moved away; what another
            with self._verplaatsing(p, "moveFrom", spook):      # author deleted stands deleted at the new place,
                for s in segmenten:     # what the mover deleted here (LibreOffice 7.4 drops a w:del inside a w:ins
                    if s.soort == "equal" or (s.soort == "delete" and s.auteur != w.auteur):       # of one author)
                        self._revisie(p, "w:moveFrom", weergave(s.tekst), w.auteur, w.tijd, w.id)
                    elif s.soort == "delete":
                        self._revisie(p, "w:del", weergave(s.tekst), s.auteur, s.tijd, s.id)
            return
        ingevoegd = self._ingevoegd(blok_id) if self.revisies else None
        verhuisd = self._verhuisd(blok_id) or hierheen
        if ingevoegd is None and verhuisd is not None:      # moved here, then deleted (itself or with its
            ingevoegd = verhuisd.wijziging      # container): gone either way; no moveTo range (LibreOffice 7.4's
            # Reject All then lost the paragraphs around it)
        if ingevoegd is not None:       # inserted (moved here) by one author, deleted by another
            delen = stukken(segmenten, ingevoegd, w, self.index.weergave)     # each insertion its author's
            if not self.verdwenen.blok(p, blok_id, delen):      # all one author's: left out
                plek = 0
                for stuk, weg in delen:
                    eigen = stuk if weg is w else replace(stuk, del_id=weg.id, del_auteur=weg.auteur, del_tijd=weg.tijd)
                    if not self.verdwenen.laat_weg(blok_id, plek, eigen, weg.auteur):
                        self._in_invoeging(p, stuk.tekst, stuk, weg.auteur, weg.tijd, weg.id)
                        plek += len(stuk.tekst)
        else:       # the changes made in it before stay each author's (word_merken keeps LibreOffice right)
            plek = 0
            for s in segmenten:
                if self.verdwenen.laat_weg(blok_id, plek, s, s.del_auteur or w.auteur):
                    continue        # the author's own insertion, deleted by them: as Word, not written
                plek += len(weergave(s.tekst))
                if s.soort == "equal":
                    self._revisie(p, "w:del", weergave(s.tekst), w.auteur, w.tijd, w.id)
                elif s.soort == "delete":
                    self._revisie(p, "w:del", weergave(s.tekst), s.auteur, s.tijd, s.id)
                else:
                    self._in_invoeging(p, weergave(s.tekst), s, s.del_auteur or w.auteur, s.del_tijd or w.tijd,
                                       s.del_id or w.id)
        if ingevoegd is not None:
            self._markeer_alinea(p, "w:ins", ingevoegd.auteur, ingevoegd.tijd, ingevoegd.id)
        self._markeer_alinea(p, "w:del", w.auteur, w.tijd, w.id)

    def _verhuisd(self, blok_id: str):
        """The move that brought a deleted block (or one deleted with its container) where it stands, if any."""
        return self.verplaatst.get(blok_id) if self.revisies else None

    def _oude_weergave(self):
        """How references read before all open changes: the old place of a block shows its old numbers."""
        oud = self.afgeleid.oud if self.afgeleid is not None else None
        return oud.weergave if oud is not None else self.index.weergave

    def _in_invoeging(self, p, tekst: str, s, auteur, tijd, wijziging: int):
        """Text inserted (or moved here) by s.auteur and deleted by `auteur`: a w:del inside the w:ins
        (ECMA-376 §17.13.5)."""
        run = self._revisie(p, "w:del", tekst, auteur, tijd, wijziging)
        binnen = run._r.getparent()
        buiten = self._revisie_element("w:ins", s.auteur, s.tijd, s.id)
        binnen.addprevious(buiten)
        buiten.append(binnen)
        return run

    @contextmanager
    def _verplaatsing(self, p, soort: str, spook):
        """The range markers of a move around what is written inside, named after the change, and the
        paragraph mark moved too (ECMA-376 §17.13.5.22-25)."""
        auteur, tijd = spook.wijziging.auteur, spook.wijziging.tijd
        begin = self._revisie_element(f"w:{soort}RangeStart", auteur, tijd)    # a marker, not a change
        begin.set(qn("w:name"), f"verplaatsing{spook.wijziging.id}")
        p._p.append(begin)
        yield
        einde = OxmlElement(f"w:{soort}RangeEnd")
        einde.set(qn("w:id"), begin.get(qn("w:id")))
        p._p.append(einde)
        # LibreOffice 7.4 ignores a paragraph mark in w:moveTo (Reject All left the paragraph behind) and does not
        # always take one in w:moveFrom: the mark is an insertion or a deletion by the mover, the text stays
        # w:moveTo / w:moveFrom in the named range
        self._markeer_alinea(p, "w:ins" if soort == "moveTo" else "w:del", auteur, tijd, spook.wijziging.id)

    def _tekst(self, p, blok_id: str, tekst: str, verplaatst=None, als_tekst: bool = False) -> None:
        verplaatst = verplaatst or self.verplaatst.get(blok_id)
        if verplaatst is not None and self.revisies and self._ingevoegd(blok_id) is not None:
            verplaatst = None       # inserted, then moved: an insertion where it stands (it had no old place)
        if verplaatst is not None:     # the new place of a moved block: moved there by the mover
            with self._verplaatsing(p, "moveTo", verplaatst):
                runs = self._hierheen(p, blok_id, tekst, verplaatst)
            for opmerking in self.commentaren.get(blok_id, []) if runs else []:
                self._opmerking(opmerkingen.anker_runs(runs, opmerking), opmerking)
            return
        segmenten = self.policy.revisies.get(blok_id) if self.revisies and not als_tekst else None
        runs = self._gelijk(p, tekst) if not segmenten else self._segmenten(p, segmenten)
        for opmerking in self.commentaren.get(blok_id, []) if runs else []:
            self._opmerking(opmerkingen.anker_runs(runs, opmerking), opmerking)

    def _opmerking(self, runs: list, opmerking) -> None:
        """A Word comment, and each reply a comment of its own in the same thread (commentsExtended)."""
        ouder = None
        for auteur, tijd, tekst in [(opmerking.auteur, opmerking.tijd, opmerking.tekst)] + \
                [(a.auteur, a.tijd, a.tekst) for a in opmerking.antwoorden]:
            comment = self.doc.add_comment(runs, text=tekst, author=auteur, initials=_initialen(auteur))
            comment._comment_elm.set(qn("w:date"), _w_datum(tijd))
            eigen = opmerkingen.para_id(comment, len(self.draden))
            self.draden.append((eigen, ouder, opmerking.opgelost))
            ouder = ouder or eigen

    def _hierheen(self, p, blok_id: str, tekst: str, spook) -> list:
        """The new place of a moved block: its text in w:moveTo, what was inserted since as w:ins; what was
        deleted a w:del inside the mover's w:ins (moved, then deleted: gone either way; the old place has it
        all)."""
        segmenten, runs = self.policy.revisies.get(blok_id) or [Segment(tekst)], []
        w = spook.wijziging
        for s in segmenten:
            if s.soort == "equal":
                runs.append(self._revisie(p, "w:moveTo", self.index.weergave(s.tekst), w.auteur, w.tijd, w.id))
            elif s.zichtbaar:
                runs.append(self._revisie(p, "w:ins", self.index.weergave(s.tekst), s.auteur, s.tijd, s.id))
            elif s.soort == "insert":       # inserted and deleted since: both authors, here
                runs.append(self._in_invoeging(p, self.index.weergave(s.tekst), s, s.del_auteur, s.del_tijd, s.del_id))
            elif s.auteur != w.auteur:      # in a w:ins of the mover: LibreOffice 7.4 drops a w:del in a w:moveTo
                runs.append(self._in_invoeging(p, self.index.weergave(s.tekst), w, s.auteur, s.tijd, s.id))
        return runs

    def _gelijk(self, p, rauw: str, getoond: str | None = None) -> list:
        """Unchanged text; a reference renumbered by a structural change as that change's revision."""
        getoond = self.index.weergave(rauw) if getoond is None else getoond
        if self.afgeleid is None:
            return [_run(p, getoond)]
        w, runs = self.afgeleid.wijziging, []
        for soort, stuk in self.afgeleid.delen(rauw, getoond):
            if soort == "equal":
                runs.append(_run(p, stuk))
            else:
                runs.append(self._revisie(p, "w:del" if soort == "delete" else "w:ins", stuk, w.auteur, w.datum, w.id))
        return runs

    def _segmenten(self, p, segmenten) -> list:
        runs = []
        for s in segmenten:
            tekst = self.index.weergave(s.tekst)
            if s.soort == "equal":
                runs += self._gelijk(p, s.tekst, tekst)
            elif s.soort == "insert" and not s.del_id:
                runs.append(self._revisie(p, "w:ins", tekst, s.auteur, s.tijd, s.id))
            elif s.soort == "insert":   # inserted by A, deleted by B: a w:del inside the w:ins (ECMA-376 §17.13.5)
                runs.append(self._in_invoeging(p, tekst, s, s.del_auteur, s.del_tijd, s.del_id))
            else:
                runs.append(self._revisie(p, "w:del", tekst, s.auteur, s.tijd, s.id))
        return runs

    def _revisie(self, p, tag: str, tekst: str, auteur: str | None, tijd: str | None, wijziging: int = 0):
        run = _run(p, tekst, "w:delText" if tag == "w:del" else "w:t")
        wrapper = self._revisie_element(tag, auteur, tijd, wijziging)
        run._r.addprevious(wrapper)
        wrapper.append(run._r)
        return run

    def _revisie_element(self, tag: str, auteur: str | None, tijd: str | None, wijziging: int = 0):
        element = OxmlElement(tag)
        element.set(qn("w:id"), str(next(self.ids)))
        element.set(qn("w:author"), auteur or "Onbekend")
        if wijziging:
            self.wijzigingen[element.get(qn("w:id"))] = (wijziging, auteur or "Onbekend")
        element.set(qn("w:date"), _w_datum(tijd))
        return element

    def _blok_markering(self, p, blok_id: str) -> None:
        """A wholly inserted paragraph also marks its paragraph mark (so do the onderdelen of an inserted lid)."""
        segment = self._ingevoegd(blok_id) if self.revisies else None
        if segment is not None:
            self._markeer_alinea(p, "w:ins", segment.auteur, segment.tijd, segment.id)

    def _markeer_alinea(self, p, tag: str, auteur: str | None, tijd: str | None, wijziging: int = 0) -> None:
        ppr = p._p.get_or_add_pPr()
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            vorm = ppr.find(qn("w:pPrChange"))      # w:pPrChange comes last in w:pPr
            if vorm is not None:
                vorm.addprevious(rpr)
            else:
                ppr.append(rpr)
        if rpr.find(qn(tag)) is None:
            rpr.append(self._revisie_element(tag, auteur, tijd, wijziging))
            self.hele.add(p._p)

    def _sectie(self, kop: str, alineas: list[str], niveau: int = 2, sectie=None, rol: str = "") -> None:
        if kop:
            p = self.paragraaf("", f"Heading {niveau}")
            self.ankers.zet(p, f"{rol}k", sectie.id if sectie is not None else "")
            _run(p, kop)
        for n, tekst in enumerate(alineas):
            p = self.alinea("")
            self.ankers.zet(p, f"{rol}a", sectie.alineas[n].id if sectie is not None else "")
            if sectie is not None and (tekst or self.policy.revisies.get(sectie.alineas[n].id)):
                self._tekst(p, sectie.alineas[n].id, tekst)
            elif tekst:
                _run(p, tekst)

    def _ondertekening(self) -> None:
        voor = set(self.doc.element.body.iterchildren(qn("w:p")))
        _ondertekening(self.doc, self.policy)
        self.ankers.afgeleid([p for p in self.doc.element.body.iterchildren(qn("w:p")) if p not in voor])


_R, _T, _TAB, _RUIMTE = qn("w:r"), qn("w:t"), qn("w:tab"), "{http://www.w3.org/XML/1998/namespace}space"


def _run(p, tekst: str, tag: str = "w:t") -> Run:
    """A run of text appended to the paragraph, built with lxml directly (python-docx's add_run searched
    the run's children for every text and made a 3,500-revision redline take seconds)."""
    r = etree.SubElement(p._p, _R)
    for i, stuk in enumerate(tekst.split("\t")):
        if i:
            etree.SubElement(r, _TAB)
        if stuk:
            t = etree.SubElement(r, qn(tag))
            t.text = stuk
            if stuk != stuk.strip():
                t.set(_RUIMTE, "preserve")
    return Run(r, p)


def _initialen(naam: str) -> str:
    return "".join(d[0] for d in naam.split() if d[:1].isalpha()).upper()[:4] or "?"


def _w_datum(tijd: str | None) -> str:
    try:
        moment = datetime.fromisoformat(tijd) if tijd else datetime.now(timezone.utc)
    except ValueError:
        moment = datetime.now(timezone.utc)
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


def _opmaak(doc) -> None:
    """A4; the styles are the template's (ours or the organisation's); the styles the body uses exist."""
    sectie = doc.sections[0]
    sectie.page_width, sectie.page_height = Cm(21.0), Cm(29.7)
    namen = {s.name for s in doc.styles}
    for naam in ("List Paragraph", "Title", "Heading 1", "Heading 2", "Heading 3"):
        if naam not in namen:
            doc.styles.add_style(naam, WD_STYLE_TYPE.PARAGRAPH)


def _ondertekening(doc, policy: Policy) -> None:
    """The vaststelling and room for a wet signature above each signatory's name. Not yet vastgesteld:
    the formula with a date to fill in, and the signatories (or the organ's) with their names open."""
    meta = policy.metadata
    ondertekenaars = [(o.functie, "……………………………………" if PATROON.fullmatch(o.naam) else o.naam) for o in meta.ondertekening]
    formule = vaststellingsformule(meta)
    if not is_vastgesteld(policy):
        formule = "Aldus vastgesteld op ……………………………… ,"
        ondertekenaars = ondertekenaars or [(f, "……………………………………") for f in ONDERTEKENAARS_PER_VORM.get(meta.rechtsvorm, ())]
    if formule is None:
        return
    if doc.paragraphs:          # the last lid goes with the signatures: a signature page never stands alone
        doc.paragraphs[-1].paragraph_format.keep_with_next = True
    p = doc.add_paragraph(formule)
    p.paragraph_format.space_before, p.paragraph_format.keep_with_next = Pt(18), True
    for functie, naam in ondertekenaars:
        kop = doc.add_paragraph(f"{functie[:1].upper()}{functie[1:]},".replace(",,", ","))
        kop.paragraph_format.space_before, kop.paragraph_format.keep_with_next = Pt(18), True
        if not functie.lower().startswith(("de ", "het ")):
            kop.text = f"De {functie},"
        handtekening = doc.add_paragraph(naam)
        handtekening.paragraph_format.space_before = Pt(48)      # room for the signature
        handtekening.paragraph_format.keep_together = True



def eigenschappen(policy: Policy) -> dict[str, str]:
    """The custom properties, from the same values the text and the Gegevens pane show."""
    meta = policy.metadata
    iwt = meta.inwerkingtreding
    gegeven = instemming(policy).value == "gegeven"
    return {
        "Organisatie": meta.organisatie or "",
        "Citeertitel": policy.citeertitel or policy.titel,
        "Status": "vastgesteld" if is_vastgesteld(policy) else "concept",
        "OR-instemming": format_datum(meta.or_instemming.datum) if gegeven else "",
        "Vaststelling": _datum(meta.vaststelling.datum),
        "Bekendmaking": _datum(meta.bekendmaking.datum),
        "Inwerkingtreding": inwerkingtreding_tekst(policy),
        "Inwerkingtredingsdatum": _datum(iwt.datum),
        "Terugwerkende kracht": _datum(iwt.terugwerkend_tot),     # the date; the wording is the artikel's
        "Intrekking": "; ".join(f"{i.titel} ({_datum(i.datum)})" if i.datum else i.titel for i in meta.intrekking),
        "Vingerafdruk": vingerafdruk(policy),
    }


def _datum(iso: str | None) -> str:
    return format_datum(iso) if iso else ""


def _eigenschappen(doc, policy: Policy) -> None:
    _custom_properties(doc, eigenschappen(policy))


def _custom_properties(doc, waarden: dict[str, str]) -> None:
    """docProps/custom.xml: python-docx has no API for custom properties, so the part is written here."""
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
    vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    props = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i}" name="{escape(naam)}">'
        f"<vt:lpwstr>{escape(waarde)}</vt:lpwstr></property>"
        for i, (naam, waarde) in enumerate(waarden.items(), start=2)
    )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="{ns}" xmlns:vt="{vt}">{props}</Properties>'
    package = doc.part.package
    deel = Part(PackURI("/docProps/custom.xml"), CUSTOM_CT, xml.encode("utf-8"), package)
    package.relate_to(deel, RT.CUSTOM_PROPERTIES)


def schrijf_besluit(policy: Policy, pad: Path, revisies: bool = False, sjabloon: Path | None = None,
                   auteur: str | None = None) -> None:
    """The besluit as .docx: clean (current text) or with the open changes as Word revisions.

    `sjabloon` is the organisation's .dotx (None: ours). A consent that the record does not hold for
    this text before the vaststelling is not stated (exportregels); the caller decides about open changes."""
    bron, policy = policy, zonder_onterechte_instemming(policy)
    sjabloon = sjabloon or standaard_sjabloon()
    schrijver = _Schrijver(policy, revisies, sjabloon)
    schrijver.bron = bron       # the consent before the open changes is checked against that text (word_aanhef)
    doc = schrijver.bouw()
    _eigenschappen(doc, policy)
    maak_af(doc, titel=policy.titel, citeertitel=policy.citeertitel or policy.titel, organisatie=policy.metadata.organisatie,
            concept=not is_vastgesteld(policy), sjabloon=sjabloon, auteur=auteur)
    schrijf_gegevens(doc, policy, {"verdwenen": schrijver.verdwenen.data})   # the facts beside the paragraphs
    schrijf_atomair(pad, lambda tijdelijk: doc.save(str(tijdelijk)))
