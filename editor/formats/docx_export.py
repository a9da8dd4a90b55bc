"""The formal besluit as a Word document (python-docx), clean or with native revision marks.

Real styles (Title, Heading 1/2, List Paragraph), A4, language nl-NL, core properties and custom
properties for the OR consent date, vaststelling, inwerkingtreding and the text's fingerprint.
With revisions, the open tracked changes become w:ins / w:del with author and date (a wholly
inserted or deleted paragraph also marks its paragraph mark) and the comments Word comments.
"""

from __future__ import annotations

import itertools
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

from ..model.datums import format_datum
from ..model.document import Artikel, Policy
from ..model.numbering import lid_nummer, onderdeel_letter, sub_label
from ..model.verwijzingen import Verwijzingsindex
from ..revisions.instemming import vingerafdruk
from .besluit_tekst import (
    beslispunten, citeertitel_formule, gezien, heeft_citeertitel, heeft_inwerkingtreding, inwerkingtreding_formule,
    orgaan_regel,
)
from .text_export import vaststellingsformule

CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"


class _Schrijver:
    def __init__(self, policy: Policy, revisies: bool) -> None:
        self.policy, self.revisies = policy, revisies
        self.doc = Document()
        self.index = Verwijzingsindex(policy)
        self.ids = itertools.count(1)
        self.commentaren = {o.blok_id: o for o in policy.opmerkingen} if revisies else {}
        _opmaak(self.doc)

    # -- paragraphs --------------------------------------------------------------------------
    def alinea(self, tekst: str, stijl: str | None = None, inspringing: float = 0.0):
        p = self.doc.add_paragraph(tekst, style=stijl)
        if inspringing:
            p.paragraph_format.left_indent = Cm(inspringing)
        return p

    def bouw(self) -> Document:
        self.doc.add_paragraph(self.policy.titel, style="Title")
        self._aanhef()
        if self.policy.inleiding:
            self._sectie(self.policy.inleiding.kop, [a.tekst for a in self.policy.inleiding.alineas])
        self._artikelen()
        if self.policy.slotwoord:
            self._sectie(self.policy.slotwoord.kop, [a.tekst for a in self.policy.slotwoord.alineas])
        self._ondertekening()
        for sectie in self.policy.toelichting:
            self._sectie(sectie.kop or "Toelichting", [a.tekst for a in sectie.alineas], niveau=1)
        return self.doc

    def _aanhef(self) -> None:
        orgaan, aanhef = orgaan_regel(self.policy), self.policy.aanhef
        if orgaan is None and not aanhef.beslispunten:
            return
        if orgaan:
            self.alinea(orgaan)
        for item in gezien(self.policy):
            self.alinea(f"gezien {item}")
        for kop, lijst in (("gelet op:", aanhef.gelet_op), ("overwegende dat:", aanhef.overwegingen)):
            if lijst:
                self.alinea(kop)
                for a in lijst:
                    self.alinea(f"– {a.tekst}", "List Paragraph", 0.6)
        self.alinea("b e s l u i t :")
        for tekst in [a.tekst for a in aanhef.beslispunten] or beslispunten(self.policy):
            self.alinea(f"– {tekst}", "List Paragraph", 0.6)

    def _artikelen(self) -> None:
        artikelen = list(self.policy.artikelen)
        for nummer, artikel in enumerate(artikelen, start=1):
            self._artikel(nummer, artikel)
        extra = len(artikelen)
        if not heeft_inwerkingtreding(self.policy):
            extra += 1
            self.doc.add_paragraph(f"Artikel {extra}. Inwerkingtreding", style="Heading 2")
            self.alinea(inwerkingtreding_formule(self.policy))
        if not heeft_citeertitel(self.policy):
            extra += 1
            self.doc.add_paragraph(f"Artikel {extra}. Citeertitel", style="Heading 2")
            self.alinea(citeertitel_formule(self.policy))

    def _artikel(self, nummer: int, artikel: Artikel) -> None:
        kop = self.doc.add_paragraph(f"Artikel {nummer}. {artikel.kop}".rstrip(), style="Heading 2")
        self._blok_markering(kop, artikel.id)
        for i, lid in enumerate(artikel.leden):
            lid_nr = lid_nummer(artikel, i)
            p = self.doc.add_paragraph(style="List Paragraph" if lid_nr else None)
            if lid_nr:
                p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(0.75), Cm(-0.75)
                p.add_run(f"{lid_nr}.\t")
            self._tekst(p, lid.id, lid.tekst)
            self._blok_markering(p, lid.id)
            for j, onderdeel in enumerate(lid.onderdelen):
                q = self.alinea(f"{onderdeel_letter(j)}. ", "List Paragraph", 1.5)
                self._tekst(q, onderdeel.id, onderdeel.tekst)
                for k, sub in enumerate(onderdeel.subonderdelen):
                    self.alinea(f"{sub_label(k)} {self.index.weergave(sub.tekst)}", "List Paragraph", 2.25)

    def _tekst(self, p, blok_id: str, tekst: str) -> None:
        segmenten = self.policy.revisies.get(blok_id) if self.revisies else None
        runs = [p.add_run(self.index.weergave(tekst))] if not segmenten else self._segmenten(p, segmenten)
        opmerking = self.commentaren.get(blok_id)
        if opmerking is not None and runs:
            tekst = opmerking.tekst + "".join(f"\n{a.auteur}: {a.tekst}" for a in opmerking.antwoorden)
            self.doc.add_comment(runs, text=tekst, author=opmerking.auteur, initials=_initialen(opmerking.auteur))

    def _segmenten(self, p, segmenten) -> list:
        runs = []
        for s in segmenten:
            tekst = self.index.weergave(s.tekst)
            if s.soort == "equal":
                runs.append(p.add_run(tekst))
            elif s.soort == "insert" and not s.del_id:
                runs.append(self._revisie(p, "w:ins", tekst, s.auteur, s.tijd))
            else:   # a deletion, or an insertion another author deleted: shown as that deletion
                auteur, tijd = (s.del_auteur, s.del_tijd) if s.del_id else (s.auteur, s.tijd)
                runs.append(self._revisie(p, "w:del", tekst, auteur, tijd))
        return runs

    def _revisie(self, p, tag: str, tekst: str, auteur: str | None, tijd: str | None):
        run = p.add_run(tekst)
        if tag == "w:del":
            for t in run._r.findall(qn("w:t")):
                t.tag = qn("w:delText")
        wrapper = self._revisie_element(tag, auteur, tijd)
        run._r.addprevious(wrapper)
        wrapper.append(run._r)
        return run

    def _revisie_element(self, tag: str, auteur: str | None, tijd: str | None):
        element = OxmlElement(tag)
        element.set(qn("w:id"), str(next(self.ids)))
        element.set(qn("w:author"), auteur or "Onbekend")
        element.set(qn("w:date"), _w_datum(tijd))
        return element

    def _blok_markering(self, p, blok_id: str) -> None:
        """A wholly inserted or deleted paragraph also marks its paragraph mark."""
        segment = self.policy.blokrevisies.get(blok_id) if self.revisies else None
        if segment is None:
            return
        ppr = p._p.get_or_add_pPr()
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            ppr.append(rpr)
        rpr.append(self._revisie_element("w:ins" if segment.soort == "insert" else "w:del", segment.auteur, segment.tijd))

    def _sectie(self, kop: str, alineas: list[str], niveau: int = 2) -> None:
        if kop:
            self.doc.add_paragraph(kop, style=f"Heading {niveau}")
        for tekst in alineas:
            self.alinea(tekst)

    def _ondertekening(self) -> None:
        formule = vaststellingsformule(self.policy.metadata)
        if formule is None:
            return
        self.alinea("")
        self.alinea(formule)
        for o in self.policy.metadata.ondertekening:
            self.alinea("")
            self.alinea(f"De {o.functie},")
            self.alinea(o.naam)


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
    """A4, margins, Dutch as the language of the text."""
    sectie = doc.sections[0]
    sectie.page_width, sectie.page_height = Cm(21.0), Cm(29.7)
    for marge in ("left_margin", "right_margin"):
        setattr(sectie, marge, Cm(2.5))
    normaal = doc.styles["Normal"]
    normaal.font.name, normaal.font.size = "Calibri", Pt(11)
    rpr = normaal.element.get_or_add_rPr()
    taal = OxmlElement("w:lang")
    taal.set(qn("w:val"), "nl-NL")
    rpr.append(taal)
    if "List Paragraph" not in [s.name for s in doc.styles]:
        doc.styles.add_style("List Paragraph", WD_STYLE_TYPE.PARAGRAPH)


def _eigenschappen(doc, policy: Policy) -> None:
    kern = doc.core_properties
    kern.title, kern.subject = policy.titel, policy.citeertitel or policy.titel
    kern.author = policy.metadata.organisatie or "Beleidsstudio"
    kern.language = "nl-NL"
    meta = policy.metadata
    waarden = {
        "OR-instemming": format_datum(meta.or_instemming.datum) if meta.or_instemming.datum else "",
        "Vaststelling": format_datum(meta.vaststelling.datum) if meta.vaststelling.datum else "",
        "Inwerkingtreding": inwerkingtreding_formule(policy),
        "Vingerafdruk": vingerafdruk(policy),
    }
    _custom_properties(doc, waarden)


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


def schrijf_besluit(policy: Policy, pad: Path, revisies: bool = False) -> None:
    """The besluit as .docx: clean (current text) or with the open changes as Word revisions."""
    schrijver = _Schrijver(policy, revisies)
    doc = schrijver.bouw()
    _eigenschappen(doc, policy)
    doc.save(str(pad))
