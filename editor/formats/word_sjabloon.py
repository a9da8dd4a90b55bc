"""The document-level parts of an exported besluit: the template, the properties, the page furniture.

The body is written by docx_export; this module gives it a document to write into (our sober
regulation template in resources/sjablonen, or the organisation's own .dotx chosen in the
preferences, its styles kept and its body emptied) and finishes it: core and extended properties
that say Beleidsstudio made it now for this user, compatibilityMode 15 (no "[Compatibility Mode]"),
nl-NL as the document language, no proofState, "pagina X van Y" in the footer, the citeertitel in
the header from page 2 and "CONCEPT" in the header while the regulation is not vastgesteld.
"""

from __future__ import annotations

import getpass
import io
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from ..errors import BestandFout
from ..i18n import tr
from ..paths import resource_dir

DOCUMENT_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
APP_NAAM = "Beleidsstudio"
W14 = "http://schemas.microsoft.com/office/word"


def standaard_sjabloon() -> Path:
    return resource_dir() / "sjablonen" / "regeling.dotx"


def open_sjabloon(pad: Path | None = None):
    """A python-docx Document from a .dotx or .docx, its body emptied (section properties kept)."""
    pad = pad or standaard_sjabloon()
    try:
        with zipfile.ZipFile(pad) as bron:
            uit = io.BytesIO()
            with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel:
                for item in bron.infolist():
                    data = bron.read(item.filename)
                    if item.filename == "[Content_Types].xml":
                        data = data.replace(TEMPLATE_CT.encode(), DOCUMENT_CT.encode())
                    doel.writestr(item, data)
        doc = Document(io.BytesIO(uit.getvalue()))
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BestandFout(tr("Het Word-sjabloon {bestand} kan niet worden gelezen ({reden}).")
                          .format(bestand=pad.name, reden=type(exc).__name__)) from None
    body = doc.element.body
    for kind in list(body):
        if kind.tag != qn("w:sectPr"):
            body.remove(kind)
    return doc


def gebruiker() -> str:
    try:
        return getpass.getuser() or APP_NAAM
    except (KeyError, OSError):
        return APP_NAAM


# -- properties -------------------------------------------------------------------------------

def zet_kerneigenschappen(doc, titel: str, onderwerp: str, auteur: str, nu: datetime | None = None) -> None:
    """Created and modified now, author the user, nothing left over from the template."""
    nu = (nu or datetime.now(timezone.utc)).replace(microsecond=0)
    kern = doc.core_properties
    kern.title, kern.subject, kern.author, kern.last_modified_by = titel, onderwerp, auteur, auteur
    kern.created, kern.modified, kern.revision = nu, nu, 1
    kern.comments, kern.keywords, kern.category, kern.content_status = "", "", "", ""
    kern.identifier, kern.version = "", ""
    kern.language = "nl-NL"
    _verwijder_laatst_afgedrukt(kern)


def _verwijder_laatst_afgedrukt(kern) -> None:
    element = kern._element
    for naam in ("cp:lastPrinted",):
        for kind in element.findall(qn(naam)):
            element.remove(kind)


def zet_app_eigenschappen(doc, organisatie: str | None, sjabloon: str) -> None:
    """docProps/app.xml: the application is Beleidsstudio (never "Microsoft Macintosh Word")."""
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="{ns}">'
           f"<Template>{escape(sjabloon)}</Template><Application>{APP_NAAM}</Application>"
           f"<DocSecurity>0</DocSecurity><Company>{escape(organisatie or '')}</Company>"
           f"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc></Properties>")
    package = doc.part.package
    for rel in list(package.rels.values()):
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = xml.encode("utf-8")
            return
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    deel = Part(PackURI("/docProps/app.xml"), "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                xml.encode("utf-8"), package)
    package.relate_to(deel, RT.EXTENDED_PROPERTIES)


def verwijder_overblijfselen(doc) -> None:
    """Parts a template may carry that say where it came from: the thumbnail, customXml items."""
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rel_id]
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype == RT.CUSTOM_XML or rel.reltype.endswith("/stylesWithEffects"):
            del doc.part.rels[rel_id]


# -- settings and language ----------------------------------------------------------------------

def zet_instellingen(doc) -> None:
    """compatibilityMode 15, no proofState, Dutch theme language and number format, no rsids."""
    settings = doc.settings.element
    for tag in ("w:proofState", "w:rsids", "w:attachedTemplate"):
        for kind in settings.findall(qn(tag)):
            settings.remove(kind)
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        settings.append(compat)
    modus = next((c for c in compat.findall(qn("w:compatSetting")) if c.get(qn("w:name")) == "compatibilityMode"), None)
    if modus is None:
        modus = OxmlElement("w:compatSetting")
        modus.set(qn("w:name"), "compatibilityMode")
        modus.set(qn("w:uri"), W14)
        compat.append(modus)
    modus.set(qn("w:val"), "15")
    taal = settings.find(qn("w:themeFontLang"))
    if taal is not None:
        taal.set(qn("w:val"), "nl-NL")


def zet_taal(doc, taal: str = "nl-NL") -> None:
    """The document default language (docDefaults) and that of every style that names one."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    _zet_lang(rpr, taal)
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), taal)


def _zet_lang(rpr, taal: str) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), taal)
    lang.set(qn("w:eastAsia"), taal)
    lang.set(qn("w:bidi"), "ar-SA")


# -- header and footer --------------------------------------------------------------------------

def zet_koptekst_en_voettekst(doc, citeertitel: str, concept: bool) -> None:
    """Footer "pagina X van Y" on every page; header: the citeertitel from page 2, "CONCEPT" on every
    page while the regulation is not vastgesteld."""
    sectie = doc.sections[0]
    sectie.different_first_page_header_footer = True
    for voet in (sectie.footer, sectie.first_page_footer):
        voet.is_linked_to_previous = False
        _paginanummers(_nieuwe_alinea(voet, "Footer"))
    kop = _nieuwe_alinea(sectie.header, "Header")
    kop.add_run(citeertitel)
    if concept:
        kop.add_run("\tCONCEPT").bold = True          # the besluit is Dutch whatever the interface language
        eerste = _nieuwe_alinea(sectie.first_page_header, "Header")
        eerste.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        eerste.add_run("CONCEPT").bold = True
    _rechtse_tab(kop, sectie)


def _nieuwe_alinea(deel, stijl: str):
    """An empty paragraph of the header or footer: the template's own first empty one, or a new one."""
    deel.is_linked_to_previous = False
    alineas = deel.paragraphs
    p = alineas[-1] if alineas and not alineas[-1].text.strip() and len(alineas) == 1 else deel.add_paragraph()
    try:
        p.style = stijl
    except KeyError:
        p.paragraph_format.space_after = Pt(0)
    return p


def _rechtse_tab(p, sectie) -> None:
    """One right-aligned tab at the right margin; the style's own tabs (a centre tab) cleared."""
    from docx.enum.text import WD_TAB_ALIGNMENT

    breedte = sectie.page_width - sectie.left_margin - sectie.right_margin
    stijl = p.style
    while stijl is not None:
        for tab in stijl.paragraph_format.tab_stops:
            p.paragraph_format.tab_stops.add_tab_stop(tab.position, WD_TAB_ALIGNMENT.CLEAR)
        stijl = stijl.base_style
    p.paragraph_format.tab_stops.add_tab_stop(breedte, WD_TAB_ALIGNMENT.RIGHT)


def _paginanummers(p) -> None:
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("pagina ")
    _veld(p, "PAGE", "1")
    p.add_run(" van ")
    _veld(p, "NUMPAGES", "1")


def _veld(p, instructie: str, resultaat: str) -> None:
    """A complex field (begin, instrText, separate, the last result, end), as Word writes it."""
    for deel in ("begin", ("instr", instructie), "separate", ("tekst", resultaat), "end"):
        run = p.add_run()
        if deel in ("begin", "separate", "end"):
            teken = OxmlElement("w:fldChar")
            teken.set(qn("w:fldCharType"), deel)
            run._r.append(teken)
        elif deel[0] == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {deel[1]} \\* MERGEFORMAT "
            run._r.append(instr)
        else:
            run.text = deel[1]


def maak_af(doc, *, titel: str, citeertitel: str, organisatie: str | None, concept: bool, sjabloon: Path,
            auteur: str | None = None) -> None:
    """Everything document-level, after the body is written."""
    auteur = auteur or gebruiker()
    zet_kerneigenschappen(doc, titel, citeertitel, auteur)
    zet_app_eigenschappen(doc, organisatie, sjabloon.name)
    verwijder_overblijfselen(doc)
    zet_instellingen(doc)
    zet_taal(doc)
    zet_koptekst_en_voettekst(doc, citeertitel, concept)
