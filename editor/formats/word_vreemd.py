"""What other programs put around runs in word/document.xml, taken away before the importer walks a
paragraph, so that the runs and the revision marks inside are read as if they stood in the paragraph.

- w:hyperlink, w:smartTag, w:customXml, w:dir, w:bdo: unwrapped (their runs, revisions, comment ranges
  and bookmarks take their place; the link target, tag or direction is not part of a policy's text);
- w:sdt content controls, inline or around paragraphs, rows or cells: replaced by their w:sdtContent;
- w:fldSimple: replaced by its result runs; a complex field (w:fldChar begin/separate/end) keeps its result
  runs and loses the runs of its instruction (w:instrText, w:delInstrText: "REF _Ref12 \\h" is no text);
- mc:AlternateContent keeps one choice: a text box written twice (DrawingML and VML fallback) would
  otherwise give its paragraphs twice.
The revision marks (w:ins, w:del, w:moveFrom, w:moveTo) stay where they are, around or inside the
unwrapped parts, so a revision inside a hyperlink, field, smart tag or content control is read as one.
"""

from __future__ import annotations

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
OMHULSELS = {"hyperlink", "smartTag", "customXml", "dir", "bdo", "fldSimple"}
EIGENSCHAPPEN = {"smartTagPr", "customXmlPr", "fldData"}      # settings of a wrapper, not its content
INSTRUCTIE = {"instrText", "delInstrText"}
RUN_DELEN = {"rPr", "fldChar", "instrText", "delInstrText", "lastRenderedPageBreak"}


def _w(naam: str) -> str:
    return f"{{{W}}}{naam}"


def normaliseer(document) -> int:
    """Unwrap the foreign constructs in the tree of word/document.xml, in place; returns how many."""
    aantal = _kies_alternatief(document)
    for element in [e for e in document.iter() if _omhulsel(e)]:
        _pak_uit(element)
        aantal += 1
    for run in [r for r in document.iter(_w("r")) if _instructie(r)]:
        run.getparent().remove(run)
        aantal += 1
    return aantal


def _omhulsel(element) -> bool:
    if not isinstance(element.tag, str) or not element.tag.startswith(f"{{{W}}}"):
        return False
    return etree.QName(element).localname in OMHULSELS | {"sdt"}


def _pak_uit(element) -> None:
    """The element's content in its place, in order."""
    ouder = element.getparent()
    if ouder is None:
        return
    if etree.QName(element).localname == "sdt":
        inhoud = element.find(_w("sdtContent"))
        kinderen = list(inhoud) if inhoud is not None else []
    else:
        kinderen = [k for k in element if not (isinstance(k.tag, str) and etree.QName(k).localname in EIGENSCHAPPEN)]
    plek = ouder.index(element)
    for n, kind in enumerate(kinderen):
        ouder.insert(plek + n, kind)
    ouder.remove(element)


def _instructie(run) -> bool:
    """A run that holds a field's instruction and nothing shown."""
    delen = [etree.QName(k).localname for k in run if isinstance(k.tag, str)]
    return any(d in INSTRUCTIE for d in delen) and all(d in RUN_DELEN for d in delen)


def _kies_alternatief(document) -> int:
    """Each mc:AlternateContent becomes the content of its first mc:Choice (or its mc:Fallback)."""
    aantal = 0
    for alternatief in list(document.iter(f"{{{MC}}}AlternateContent")):
        ouder = alternatief.getparent()
        if ouder is None:
            continue
        keuze = alternatief.find(f"{{{MC}}}Choice")
        if keuze is None:
            keuze = alternatief.find(f"{{{MC}}}Fallback")
        plek = ouder.index(alternatief)
        for n, kind in enumerate(list(keuze) if keuze is not None else []):
            ouder.insert(plek + n, kind)
        ouder.remove(alternatief)
        aantal += 1
    return aantal
