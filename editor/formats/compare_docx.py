"""A comparison as a Word document: a side-by-side table, deletions red and struck through,
insertions blue and underlined, moved rows shaded."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ..atomair import schrijf_atomair
from ..compare.engine import CompareResult, Rij
from ..compare.report import samenvatting, soort_naam, waarom
from ..compare.worddiff import Op
from ..i18n import tr

ROOD = RGBColor(0xC0, 0x39, 0x2B)
BLAUW = RGBColor(0x1F, 0x5F, 0xBF)
GRIJS = RGBColor(0x66, 0x66, 0x66)
VERPLAATST = "EFE7FF"


def schrijf_vergelijking(result: CompareResult, pad: Path) -> None:
    from .word_sjabloon import maak_af, open_sjabloon, standaard_sjabloon

    document = open_sjabloon()
    _liggend_a4(document)
    document.add_heading(tr("Vergelijking"), level=1)
    document.add_paragraph(samenvatting(result))
    tabel = document.add_table(rows=1, cols=2)
    tabel.style = "Table Grid"
    for cel, (zijde, titel) in zip(tabel.rows[0].cells, ((tr("Links"), result.links_titel), (tr("Rechts"), result.rechts_titel))):
        cel.paragraphs[0].add_run(f"{zijde}: {titel}").bold = True
    _herhaal_als_kop(tabel.rows[0])
    for rij in result.rijen:
        _rij(tabel.add_row().cells, rij)
    titel = f"{tr('Vergelijking')}: {result.links_titel} — {result.rechts_titel}"
    maak_af(document, titel=titel, citeertitel=titel, organisatie=None, concept=False, sjabloon=standaard_sjabloon())
    schrijf_atomair(pad, lambda tijdelijk: document.save(str(tijdelijk)))   # old report or new, never half


def _herhaal_als_kop(rij) -> None:
    """The header row repeats on every page (w:tblHeader) and is never split."""
    eigenschappen = rij._tr.get_or_add_trPr()
    for tag in ("w:tblHeader", "w:cantSplit"):
        element = OxmlElement(tag)
        element.set(qn("w:val"), "true")
        eigenschappen.append(element)


def _liggend_a4(document) -> None:
    sectie = document.sections[0]
    sectie.orientation = WD_ORIENT.LANDSCAPE
    sectie.page_width, sectie.page_height = Cm(29.7), Cm(21.0)
    for marge in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sectie, marge, Cm(1.5))


def _rij(cellen, rij: Rij) -> None:
    for cel, zijde in ((cellen[0], "l"), (cellen[1], "r")):
        kop = cel.paragraphs[0].add_run(f"{rij.ref(zijde) or '—'} · {soort_naam(rij.soort)}")
        kop.font.size, kop.font.color.rgb = Pt(8), GRIJS
        if zijde == "l" and rij.reden is not None:
            reden = cel.paragraphs[0].add_run(" · " + tr("waarom: {reden}").format(reden=waarom(rij)))
            reden.font.size, reden.font.color.rgb = Pt(8), GRIJS
        alinea = cel.add_paragraph()
        for op in rij.ops:
            _run(alinea, op, zijde)
        if rij.soort == "moved":
            _arceer(cel, VERPLAATST)


def _run(alinea, op: Op, zijde: str) -> None:
    if op[0] == "=":
        alinea.add_run(op[2] if zijde == "r" and len(op) == 3 else op[1])
    elif op[0] == "-" and zijde == "l":
        run = alinea.add_run(op[1])
        run.font.strike, run.font.color.rgb = True, ROOD
    elif op[0] == "+" and zijde == "r":
        run = alinea.add_run(op[1])
        run.font.underline, run.font.color.rgb = True, BLAUW


def _arceer(cel, kleur: str) -> None:
    schaduw = OxmlElement("w:shd")
    schaduw.set(qn("w:val"), "clear")
    schaduw.set(qn("w:color"), "auto")
    schaduw.set(qn("w:fill"), kleur)
    cel._tc.get_or_add_tcPr().append(schaduw)
