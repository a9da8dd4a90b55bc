"""Word list numbering for leden, onderdelen and sub-onderdelen (word/numbering.xml).

A typed "3." before a lid is text: accepting the deletion of the lid leaves "3." behind, and the other
leden keep their old numbers. With real numbering (w:pPr/w:numPr pointing into numbering.xml) Word and
LibreOffice renumber by themselves when a lid is accepted, rejected or added. Two abstract lists: leden
(decimal "%1.") and onderdelen (lowerLetter "%1.", sub-onderdelen "%2°" at the second level). Every
artikel gets its own w:num for its leden and every lid its own for its onderdelen, each with a
startOverride, so each artikel starts at 1 and each lid at a.

The reading side (`Lijsten`) gives the label Word shows before a numbered paragraph, for any file.
"""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

ARTIKELEN, LEDEN, ONDERDELEN, HOOFDSTUKKEN = "artikelen", "leden", "onderdelen", "hoofdstukken"
INSPRINGING = 425          # twips: 0.75 cm per level
OPSOMMINGSTEKENS = "-*•–—▪●"      # a bullet a source types before a lid or an aanhef item ("- ", "* ")


def is_opsomming(label: str | None) -> bool:
    return bool(label) and len(label) == 1 and label in OPSOMMINGSTEKENS

_NIVEAUS = {
    ARTIKELEN: [("decimal", "Artikel %1.", 0)],
    HOOFDSTUKKEN: [("decimal", "Hoofdstuk %1.", 0)],
    LEDEN: [("decimal", "%1.", 1)],
    ONDERDELEN: [("lowerLetter", "%1.", 2), ("decimal", "%2°", 3)],
}


def _niveau(ilvl: int, formaat: str, tekst: str, diepte: int) -> str:
    """One level; diepte 0 is a heading's number ("Artikel 3." then a space, no indentation)."""
    links, hangend = INSPRINGING * diepte, INSPRINGING if diepte else 0
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{formaat}"/>'
            + ('<w:suff w:val="space"/>' if not diepte else "")
            + f'<w:lvlText w:val="{tekst}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{links}" w:hanging="{hangend}"/></w:pPr></w:lvl>')


class Nummering:
    """The two abstract lists added to a document's numbering part, and a new list instance on request."""

    def __init__(self, doc) -> None:
        self.wortel = doc.part.numbering_part.element
        abstract = [int(a.get(qn("w:abstractNumId"))) for a in self.wortel.findall(qn("w:abstractNum"))]
        nums = [int(n.get(qn("w:numId"))) for n in self.wortel.findall(qn("w:num"))]
        self.abstract: dict[str, int] = {}
        self.volgende = max(nums, default=0) + 1
        laatste = self.wortel.findall(qn("w:abstractNum"))
        plek = laatste[-1] if laatste else None
        for i, (soort, niveaus) in enumerate(_NIVEAUS.items(), start=max(abstract, default=-1) + 1):
            self.abstract[soort] = i
            xml = (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{i}"><w:multiLevelType w:val="hybridMultilevel"/>'
                   + "".join(_niveau(n, *v) for n, v in enumerate(niveaus)) + "</w:abstractNum>")
            element = parse_xml(xml)
            if plek is None:
                self.wortel.insert(0, element)
            else:
                plek.addnext(element)
            plek = element
        self.plek = plek
        self.volgend_abstract = max(self.abstract.values(), default=-1) + 1
        self.opsommingen: dict[tuple[str, int], int] = {}

    def opsomming(self, teken: str, diepte: int) -> int:
        """The bullet list of this sign at this depth (one for the whole document: bullets do not count), so
        that the sign is the list's label and no typed text: accepting or rejecting the paragraph's revisions
        then takes no "-" and tab along into the next paragraph, nor leaves one behind."""
        sleutel = (teken, diepte)
        if sleutel not in self.opsommingen:
            abstract_id, self.volgend_abstract = self.volgend_abstract, self.volgend_abstract + 1
            teken_xml = teken.replace("&", "&amp;").replace("<", "&lt;")
            element = parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="singleLevel"/>'
                f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{teken_xml}"/>'
                f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{INSPRINGING * diepte}" w:hanging="{INSPRINGING}"/></w:pPr>'
                '</w:lvl></w:abstractNum>')
            if self.plek is None:
                self.wortel.insert(0, element)
            else:
                self.plek.addnext(element)
            self.plek = element
            num_id, self.volgende = self.volgende, self.volgende + 1
            self.wortel.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                                         f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'))
            self.opsommingen[sleutel] = num_id
        return self.opsommingen[sleutel]

    def nieuwe_lijst(self, soort: str, eigen: bool = False) -> int:
        """A list instance that starts again at 1 (or a). `eigen`: of an abstract list of its own rather than by a
        startOverride, for a list whose first paragraph may change level (LibreOffice keeps a restart on that
        paragraph when a w:pPrChange puts it back in another list). The leden of an artikel and the onderdelen of a
        lid always are a list of their own: LibreOffice 7.4 also took a startOverride as a restart on the list's first
        paragraph, so with that lid's deletion accepted the next one went on from the artikel before ("3." for "1.")."""
        num_id = self.volgende
        self.volgende += 1
        abstract = self.abstract[soort]
        eigen = eigen or soort in (LEDEN, ONDERDELEN)
        if eigen:
            abstract = self._eigen_abstract(soort)
        overrides = "" if eigen else "".join(f'<w:lvlOverride w:ilvl="{n}"><w:startOverride w:val="1"/></w:lvlOverride>'
                                             for n in range(len(_NIVEAUS[soort])))
        self.wortel.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                                     f'<w:abstractNumId w:val="{abstract}"/>{overrides}</w:num>'))
        return num_id

    def _eigen_abstract(self, soort: str) -> int:
        """A copy of the abstract list of this kind, numbered like the bullet lists (one counter, after the others)."""
        nieuw, self.volgend_abstract = self.volgend_abstract, self.volgend_abstract + 1
        element = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{nieuw}">'
                            '<w:multiLevelType w:val="hybridMultilevel"/>' + "".join(_niveau(n, *v) for n, v in enumerate(_NIVEAUS[soort])) + "</w:abstractNum>")
        if self.plek is None:
            self.wortel.insert(0, element)
        else:
            self.plek.addnext(element)
        self.plek = element
        return nieuw


def nummer(p, num_id: int, ilvl: int = 0) -> None:
    """Put a paragraph in a list at a level (numPr comes right after the style in w:pPr)."""
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    stijl = ppr.find(qn("w:pStyle"))
    if stijl is not None:
        stijl.addnext(numpr)
    else:
        ppr.insert(0, numpr)


# -- reading: the label Word shows before a numbered paragraph ------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(naam: str) -> str:
    return f"{{{W}}}{naam}"


def _val(element, pad: str, standaard: str | None = None) -> str | None:
    gevonden = element.find(pad, {"w": W})
    return gevonden.get(_w("val")) if gevonden is not None else standaard


def _niveaus(element) -> dict[int, list]:
    uit = {}
    for lvl in element.iterfind("w:lvl", {"w": W}):
        ind = lvl.find("w:pPr/w:ind", {"w": W})
        links = (ind.get(_w("left")) or ind.get(_w("start")) or "") if ind is not None else ""
        uit[int(lvl.get(_w("ilvl"), "0"))] = [_val(lvl, "w:numFmt", "decimal"), _val(lvl, "w:lvlText", ""),
                                                int(_val(lvl, "w:start", "1") or 1),
                                                int(links) if links.lstrip("-").isdigit() else None]
    return uit


def _romeins(n: int) -> str:
    uit = ""
    for waarde, teken in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= waarde:
            uit, n = uit + teken, n - waarde
    return uit


def _getal(formaat: str, n: int) -> str:
    if formaat in ("lowerLetter", "upperLetter"):
        letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * ((n - 1) // 26 + 1)
        return letter.upper() if formaat == "upperLetter" else letter
    if formaat in ("lowerRoman", "upperRoman"):
        return _romeins(n).upper() if formaat == "upperRoman" else _romeins(n)
    return str(n)


class Lijsten:
    """The lists of a numbering.xml (None: a file without lists), counted in reading order as Word does:
    list instances (w:num) of one abstract list share its counters, and a startOverride restarts them at
    the instance's first paragraph (LibreOffice writes a w:num per paragraph this way)."""

    def __init__(self, wortel) -> None:
        self.nums: dict[str, tuple[str, dict[int, list], dict[int, int]]] = {}
        self.tellers: dict[str, dict[int, int]] = {}
        self.begonnen: set[str] = set()
        if wortel is None:
            return
        abstract = {a.get(_w("abstractNumId")): _niveaus(a) for a in wortel.iterfind("w:abstractNum", {"w": W})}
        for num in wortel.iterfind("w:num", {"w": W}):
            abstract_id = _val(num, "w:abstractNumId") or ""
            niveaus = {k: list(v) for k, v in abstract.get(abstract_id, {}).items()}
            herstart = {}
            for override in num.iterfind("w:lvlOverride", {"w": W}):
                ilvl = int(override.get(_w("ilvl"), "0"))
                niveaus.update(_niveaus(override))
                start = _val(override, "w:startOverride")
                if start is not None:
                    herstart[ilvl] = int(start)
            self.nums[num.get(_w("numId"))] = (abstract_id, niveaus, herstart)

    def formaat(self, num_id: str | None, ilvl: int) -> tuple[str, str, int | None] | None:
        """(format, level text, left indentation) of a list at a level, without counting; None when it has no
        such level."""
        niveaus = self.nums.get(num_id or "", ("", {}, {}))[1]
        return tuple(niveaus[ilvl][:2]) + (niveaus[ilvl][3] if len(niveaus[ilvl]) > 3 else None,) \
            if ilvl in niveaus else None

    def label(self, num_id: str | None, ilvl: int) -> tuple[str, str] | None:
        """(format, label) of the next paragraph in this list at this level; None when it shows none."""
        abstract_id, niveaus, herstart = self.nums.get(num_id or "", ("", {}, {}))
        if ilvl not in niveaus:
            return None
        tellers = self.tellers.setdefault(abstract_id, {})
        if num_id not in self.begonnen:
            self.begonnen.add(num_id)
            for niveau, start in herstart.items():
                tellers[niveau] = start - 1
        tellers[ilvl] = tellers.get(ilvl, niveaus[ilvl][2] - 1) + 1
        for dieper in [k for k in tellers if k > ilvl]:
            del tellers[dieper]
        formaat, tekst = niveaus[ilvl][:2]
        if formaat == "none":
            return None
        if formaat == "bullet":       # the sign itself when it is one a text would type, else a dash
            return formaat, tekst if is_opsomming(tekst) else "-"
        for n in range(9):
            if f"%{n + 1}" in tekst:
                waarde = tellers.get(n, niveaus.get(n, [None, None, 1])[2])
                tekst = tekst.replace(f"%{n + 1}", _getal(niveaus.get(n, ["decimal"])[0], waarde))
        return formaat, tekst
