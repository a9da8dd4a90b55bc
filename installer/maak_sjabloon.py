"""Build resources/sjablonen/regeling.dotx: the sober regulation style of the exported besluit.

Run once when the style changes (`.venv/bin/python installer/maak_sjabloon.py`); the .dotx is
committed. Calibri 11 pt body (Carlito renders it with the same metrics), black headings, no
colours, no rules, A4 with 2.5 cm margins, Dutch as the language, compatibilityMode 15.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.formats.word_sjabloon import (  # noqa: E402
    DOCUMENT_CT, TEMPLATE_CT, verwijder_overblijfselen, zet_app_eigenschappen, zet_instellingen, zet_kerneigenschappen,
    zet_taal,
)

LETTER = "Calibri"
# style: (size pt, bold, space before pt, space after pt, keep with next)
KOPPEN = {"Title": (14, True, 0, 12, True), "Heading 1": (12, True, 18, 6, True), "Heading 2": (11, True, 12, 3, True),
          "Heading 3": (11, True, 6, 3, True)}


def _lettertype(stijl, grootte: float, vet: bool | None = None) -> None:
    font = stijl.font
    font.name, font.size, font.color.rgb = LETTER, Pt(grootte), RGBColor(0, 0, 0)
    if vet is not None:
        font.bold = vet
    rpr = stijl.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts is not None and fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]
    if fonts is not None:
        fonts.set(qn("w:cs"), LETTER)
    for kleur in rpr.findall(qn("w:color")):
        for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
            kleur.attrib.pop(qn(attr), None)


def _zonder_rand(stijl) -> None:
    ppr = stijl.element.get_or_add_pPr()
    for rand in ppr.findall(qn("w:pBdr")):
        ppr.remove(rand)
    for tag in ("w:spacing", "w:contextualSpacing"):
        for kind in stijl.element.get_or_add_rPr().findall(qn(tag)):
            stijl.element.get_or_add_rPr().remove(kind)


def _stijlen(doc) -> None:
    normaal = doc.styles["Normal"]
    _lettertype(normaal, 11)
    normaal.paragraph_format.space_after = Pt(6)
    normaal.paragraph_format.line_spacing = 1.1
    for naam, (grootte, vet, voor, na, houd) in KOPPEN.items():
        stijl = doc.styles[naam]
        _lettertype(stijl, grootte, vet)
        _zonder_rand(stijl)
        stijl.font.italic = False
        fmt = stijl.paragraph_format
        fmt.space_before, fmt.space_after, fmt.keep_with_next = Pt(voor), Pt(na), houd
    lijst = doc.styles["List Paragraph"]
    lijst.paragraph_format.space_after = Pt(3)
    for naam in ("Header", "Footer"):
        _lettertype(doc.styles[naam], 9)


def _pagina(doc) -> None:
    sectie = doc.sections[0]
    sectie.page_width, sectie.page_height = Cm(21.0), Cm(29.7)
    for marge in ("left_margin", "right_margin"):
        setattr(sectie, marge, Cm(2.5))
    sectie.top_margin, sectie.bottom_margin = Cm(2.5), Cm(2.2)
    sectie.header_distance, sectie.footer_distance = Cm(1.2), Cm(1.0)


def _thema_letters(doc) -> None:
    """The theme's Latin fonts become Calibri too, so nothing asks for Cambria or Calibri Light."""
    for rel in doc.part.rels.values():
        if rel.reltype.endswith("/theme"):
            deel = rel.target_part
            deel._blob = deel.blob.replace(b'typeface="Calibri Light"', b'typeface="Calibri"').replace(
                b'typeface="Cambria"', b'typeface="Calibri"')


def bouw(doel: Path) -> None:
    doc = Document()
    for p in list(doc.element.body):
        if p.tag != qn("w:sectPr"):
            doc.element.body.remove(p)
    _stijlen(doc)
    _pagina(doc)
    _thema_letters(doc)
    zet_kerneigenschappen(doc, "Regeling", "", "Beleidsstudio")
    zet_app_eigenschappen(doc, None, "")
    verwijder_overblijfselen(doc)
    zet_instellingen(doc)
    zet_taal(doc)
    decimaal = doc.settings.element.find(qn("w:decimalSymbol"))
    if decimaal is not None:
        decimaal.set(qn("w:val"), ",")
    scheiding = doc.settings.element.find(qn("w:listSeparator"))
    if scheiding is not None:
        scheiding.set(qn("w:val"), ";")
    buffer = io.BytesIO()
    doc.save(buffer)
    doel.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as bron, zipfile.ZipFile(doel, "w", zipfile.ZIP_DEFLATED) as uit:
        for item in bron.infolist():
            data = bron.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(DOCUMENT_CT.encode(), TEMPLATE_CT.encode())
            uit.writestr(item.filename, data)


if __name__ == "__main__":
    _ = OxmlElement     # keep the import for interactive use
    bouw(ROOT / "resources" / "sjablonen" / "regeling.dotx")
    print("resources/sjablonen/regeling.dotx")
