"""A .docx from Word or LibreOffice as a policy, with its tracked changes and comments.

python-docx's paragraph.text leaves out revision text, so the XML is read directly: text in w:t
and w:delText, revisions in w:ins, w:del, w:moveTo and w:moveFrom with their author and date,
comments in word/comments.xml anchored by w:commentRangeStart. The paragraphs become lines for
the text importer (headings by style, list paragraphs numbered as Word shows them). The archive is
checked first: too large, too many files, a DOCTYPE or entity declaration, or malformed XML is
refused with one clear line.
"""

from __future__ import annotations

import re
import sys

import zipfile
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from ..errors import BestandFout
from ..i18n import tr
from ..model.document import Bron, Policy
from ..model.segment import DELETE, INSERT, Segment
from ..model import structuur
from ..model.journaal import Journaal
from ..revisions.segments import huidig, origineel, voeg_samen, zonder_begin
from ..revisions.tracking import verwijder
from .text_import import parse_text
from .word_ankers import bouw, heeft_ankers, lees_anker, lees_gegevens
from .word_niveau import kies_rol
from .word_nummering import Lijsten
from . import word_opmerkingen as opmerkingen
from .word_revisies import ONDERDEEL, lees_wijzigingen
from .word_verhuizingen import bereid_verhuizingen, koppel_verhuizingen
from .word_vreemd import normaliseer, oude_rollen, oude_vorm, twee_blokken
from .word_verdwenen import als_segmenten, lees_verdwenen

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
MAX_INGEPAKT = 50 * 1024 * 1024
MAX_UITGEPAKT = 200 * 1024 * 1024
MAX_BESTANDEN = 2000
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


def _w(naam: str) -> str:
    return f"{{{W}}}{naam}"


@dataclass
class Alinea:
    segmenten: list[Segment] = field(default_factory=list)
    stijl: str = ""
    lijst: bool = False
    num_id: str | None = None       # w:numPr: the list and level Word numbers the paragraph in
    ilvl: int = 0
    opmerkingen: list[str] = field(default_factory=list)
    weg: Segment | None = None      # the paragraph itself deleted (its mark and all its text): by whom
    weggezet: bool = False          # ... moved away from here (w:moveFrom): the old place of a move
    hierheen: Segment | None = None     # the paragraph moved here (its mark in w:moveTo): by whom
    ingevoegd: Segment | None = None    # the paragraph mark inserted (w:pPr/w:rPr/w:ins): by whom
    anker: tuple[str, str, bool] | None = None      # our bookmark: role, block id, old place (word_ankers)
    voor: list[Segment] = field(default_factory=list)    # before the anchor: a typed label
    begin: dict[str, int] = field(default_factory=dict)  # comment id -> where its range starts in the text
    knip: int = 0
    gesplitst: Segment | None = None    # its mark inserted between it and a plain paragraph: a split, by whom
    splitsing: Segment | None = None    # ... the second part of that split
    samengevoegd: Segment | None = None     # its mark deleted between it and a paragraph that stays: a merge
    samenvoeging: Segment | None = None     # ... the paragraph joined to it
    kandidaten: list = field(default_factory=list)      # our bookmarks in it: (anchor, empty range, where)
    naar_ids: set[int] = field(default_factory=set)     # the ids of the text in w:moveTo (moved here, not inserted)
    van_ids: set[int] = field(default_factory=set)      # ... in w:moveFrom (moved away)
    weg_gevouwen: bool = False          # folded into the paragraph before it (word_merken) or left out of it
    verdwenen: list = field(default_factory=list)   # anchors of blocks left out (role, id, where): word_verdwenen
    merk_weg: Segment | None = None     # its own mark deleted (w:del or w:moveFrom in w:pPr/w:rPr)
    merk_nieuw: Segment | None = None   # its own mark inserted (w:ins or w:moveTo)
    van_bereik: Segment | None = None   # a moveFromRangeStart in it (an old place, perhaps of an empty text)
    vorm: Segment | None = None         # its old form kept as a change (w:pPrChange): by whom (word_niveau)
    tweede: tuple[str, str, bool] | None = None     # the anchor of the block's other role (a changed level)
    oude_rol: bool = False              # ... and the paragraph shows that old role (after Reject All)
    links: int | None = None            # its own left indentation (w:ind w:left), in twips
    naar_bereik: Segment | None = None
    vreemde_vorm: tuple | None = None   # w:pPrChange: the list (numId, ilvl) and style before, the change (word_vreemd)
    vreemde_rol: tuple | None = None    # another program's level change: the role before, the change (word_vreemd)
    lijstlabel: tuple | None = None     # (format, label) Word shows before it from its list

    @property
    def tekst(self) -> str:
        alles = self.voor + self.segmenten
        return origineel(alles) if self.weg is not None else huidig(alles)


def importeer_docx(pad: Path) -> Policy:
    delen = _lees_archief(pad)
    document = _xml(delen, "word/document.xml", pad)
    normaliseer(document)          # hyperlinks, fields, smart tags, content controls: their runs in place
    stijlen = _stijlnamen(delen, pad)
    paren, soorten = lees_wijzigingen(_xml(delen, ONDERDEEL[1:], pad) if ONDERDEEL[1:] in delen else None)
    ids = _Ids(paren)
    alineas = _alineas(document, stijlen, ids, _verdwenen(delen))
    if not paren:                   # another program's revisions: a paragraph may hold two blocks' texts
        alineas = twee_blokken(alineas)
    _hele_alineas(alineas)
    lijsten = Lijsten(_xml(delen, "word/numbering.xml", pad) if "word/numbering.xml" in delen else None)
    for alinea in alineas:
        kies_rol(alinea, lijsten.formaat)
    geankerd = heeft_ankers(alineas)
    if geankerd and not paren:      # another program's changes of level (ours: word_niveau)
        oude_rollen(alineas, lijsten)
    verhuizingen = set() if geankerd else bereid_verhuizingen(alineas)
    regels = _als_regels(alineas, lijsten)
    policy = parse_text("\n".join(regels) + "\n", markdown=True,
                        bron=Bron(tr("Geïmporteerd uit {bestand}").format(bestand=pad.name), pad.name))
    if geankerd:        # our own file: the structure from the blocks' ids and roles
        policy.wijzigingsoorten.update(soorten)
        bouw(policy, alineas, lees_gegevens(delen, PARSER), _meld, eigen=bool(paren))
    else:
        koppel_verhuizingen(policy, alineas, verhuizingen)
        _koppel_koppen(policy, alineas)
        _koppel_revisies(policy, [a for a in alineas if not (a.weg is not None and a.weg.id in verhuizingen)])
    bekend = {str(s.id) for seg in policy.revisies.values() for s in seg} | {str(s.wijziging.id) for s in policy.spoken} \
        | {str(m.id) for m in policy.blokrevisies.values()}
    policy.wijzigingsoorten = {c: n for c, n in policy.wijzigingsoorten.items() if c in bekend or c not in soorten}
    policy.wijzigingsoorten.update({c: n for c, n in soorten.items() if c in bekend})
    uitgebreid = _xml(delen, "word/commentsExtended.xml", pad) if "word/commentsExtended.xml" in delen else None
    opmerkingen.koppel(policy, alineas, opmerkingen.lees(
        _xml(delen, "word/comments.xml", pad) if "word/comments.xml" in delen else None, uitgebreid), ids.citaten,
        _blokken_per_anker(alineas) if geankerd else None, draden=uitgebreid is not None)
    return policy


def _meld(regel: str) -> None:
    """What the import cannot place: one line on stderr (the command line shows it; the window logs it)."""
    print(regel, file=sys.stderr)


def _blokken_per_anker(alineas: list[Alinea]) -> dict[int, str]:
    """Paragraph index -> the id of the block whose anchor it carries."""
    return {n: a.anker[1] for n, a in enumerate(alineas) if a.anker is not None and a.anker[0] != "x"}


# -- the archive, safely ------------------------------------------------------------------------

def _lees_archief(pad: Path) -> dict[str, bytes]:
    try:
        if pad.stat().st_size > MAX_INGEPAKT:
            raise BestandFout(tr("{bestand} is te groot om te importeren.").format(bestand=pad.name))
        with zipfile.ZipFile(pad) as archief:
            leden = archief.infolist()
            if len(leden) > MAX_BESTANDEN or sum(i.file_size for i in leden) > MAX_UITGEPAKT:
                raise BestandFout(tr("{bestand} pakt uit tot meer dan is toegestaan (zip-bom?).").format(bestand=pad.name))
            nodig = {"word/document.xml", "word/styles.xml", "word/comments.xml", "word/numbering.xml",
                     "word/commentsExtended.xml", ONDERDEEL[1:], "docProps/custom.xml"}
            return {i.filename: _lees_beperkt(archief, i) for i in leden if i.filename in nodig}
    except FileNotFoundError:
        raise BestandFout(tr("Bestand niet gevonden: {bestand}").format(bestand=pad)) from None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError, ValueError):
        raise BestandFout(tr("{bestand} is geen geldig Word-bestand.").format(bestand=pad.name)) from None


def _lees_beperkt(archief: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with archief.open(info) as f:
        data = f.read(MAX_UITGEPAKT + 1)
    if len(data) > MAX_UITGEPAKT:
        raise BestandFout(tr("Een onderdeel van het Word-bestand is te groot."))
    return data


def _xml(delen: dict[str, bytes], naam: str, pad: Path):
    data = delen.get(naam)
    if data is None:
        raise BestandFout(tr("{bestand} is geen geldig Word-bestand.").format(bestand=pad.name))
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data:
        raise BestandFout(tr("{bestand} bevat een DOCTYPE of entiteiten en wordt om veiligheidsredenen geweigerd.")
                          .format(bestand=pad.name))
    try:
        return etree.fromstring(data, PARSER)
    except etree.XMLSyntaxError:
        raise BestandFout(tr("{bestand} is beschadigd (ongeldige XML).").format(bestand=pad.name)) from None


def _stijlnamen(delen: dict[str, bytes], pad: Path) -> dict[str, str]:
    if "word/styles.xml" not in delen:
        return {}
    stijlen = _xml(delen, "word/styles.xml", pad)
    return {s.get(_w("styleId")): (s.find("w:name", NS).get(_w("val")) if s.find("w:name", NS) is not None else "")
            for s in stijlen.iterfind("w:style", NS)}


# -- paragraphs with their revisions ------------------------------------------------------------

class _Ids:
    """The change of a Word revision: from our own part (same w:id and author), else its w:id."""

    def __init__(self, paren: dict[str, tuple[int, str]]) -> None:
        self.paren = paren
        self.open: dict[str, list[str]] = {}        # comment ranges being read: their text so far
        self.citaten: dict[str, str] = {}
        self.vrij = 1 + max([c for c, _ in paren.values()], default=0) if paren else 1

    def __call__(self, element) -> int:
        paar = self.paren.get(element.get(_w("id")))
        if paar is not None and paar[1] == element.get(_w("author")):
            return paar[0]
        try:
            return int(element.get(_w("id"))) + self.vrij
        except (TypeError, ValueError):
            return 0


def _alineas(document, stijlen: dict[str, str], ids: _Ids, verdwenen: dict | None = None) -> list[Alinea]:
    lichaam = document.find("w:body", NS)
    groepen = [_alinea(p, stijlen, ids) for p in lichaam.iter(_w("p"))] if lichaam is not None else []
    if not any(a.merk_weg or a.merk_nieuw or any(s.soort != "equal" for s in a.segmenten) for g in groepen for a in g):
        verdwenen = None        # Accept or Reject All took the blocks left out along (their anchors stay)
    return [a for groep in groepen for a in _met_verdwenen(groep, verdwenen or {})]


def _verdwenen(delen: dict[str, bytes]) -> dict:
    """What the redline left out (word_verdwenen), from the facts as written."""
    gegevens = lees_gegevens(delen, PARSER)
    data = gegevens.data if gegevens is not None else {}
    return data.get("nu", data).get("verdwenen") or {}


def _met_verdwenen(groep: list[Alinea], verdwenen: dict) -> list[Alinea]:
    """A paragraph (with those folded into it) and the blocks left out of it (word_verdwenen): each a paragraph
    deleted whole, right after it (after the folded ones when its anchor stands after theirs)."""
    eerste, uit = groep[0], list(groep)
    for rol, blok_id, plek in eerste.verdwenen:
        if blok_id not in verdwenen:
            continue
        deel = Alinea(segmenten=als_segmenten(verdwenen[blok_id]), weg_gevouwen=True)
        deel.anker = (rol, blok_id, False)
        deel.merk_weg = Segment("", DELETE, deel.segmenten[0].del_auteur, deel.segmenten[0].del_tijd,
                                deel.segmenten[0].del_id)
        uit.insert(1 if plek <= len(eerste.voor) + len(eerste.segmenten) else len(uit), deel)
    return uit


def _alinea(p, stijlen: dict[str, str], ids: _Ids) -> list[Alinea]:
    """The paragraph, and after it those folded into it (word_merken)."""
    alinea = Alinea()
    stijl = p.find("w:pPr/w:pStyle", NS)
    alinea.stijl = stijlen.get(stijl.get(_w("val")), stijl.get(_w("val"))) if stijl is not None else ""
    numpr = p.find("w:pPr/w:numPr", NS)
    alinea.lijst = numpr is not None
    if numpr is not None:
        alinea.num_id = numpr.find("w:numId", NS).get(_w("val")) if numpr.find("w:numId", NS) is not None else None
        ilvl = numpr.find("w:ilvl", NS)
        alinea.ilvl = int(ilvl.get(_w("val"), "0")) if ilvl is not None else 0
    vorm = p.find("w:pPr/w:pPrChange", NS)
    if vorm is not None:
        alinea.vorm = Segment("", INSERT, vorm.get(_w("author")), vorm.get(_w("date")), ids(vorm))
    links = p.find("w:pPr/w:ind", NS)
    if links is not None and (links.get(_w("left")) or links.get(_w("start")) or "").lstrip("-").isdigit():
        alinea.links = int(links.get(_w("left")) or links.get(_w("start")))
    alinea.vreemde_vorm = oude_vorm(p, lambda merk: Segment("", INSERT, merk.get(_w("author")), merk.get(_w("date")),
                                                          ids(merk)), stijlen)
    for kind in p:
        _inhoud(kind, alinea, None, ids)
    ingevouwen = _vouw_uit(alinea)
    _kies_anker(alinea)
    alinea.segmenten = voeg_samen(alinea.segmenten)
    for tag in ("del", "moveFrom", "ins", "moveTo"):
        merk = p.find(f"w:pPr/w:rPr/w:{tag}", NS)
        if merk is not None:
            segment = Segment("", DELETE if tag in ("del", "moveFrom") else INSERT, merk.get(_w("author")),
                              merk.get(_w("date")), ids(merk))
            if segment.soort == DELETE:
                alinea.merk_weg = alinea.merk_weg or segment
            else:
                alinea.merk_nieuw = alinea.merk_nieuw or segment
    return [alinea] + ingevouwen


def _vouw_uit(alinea: Alinea) -> list[Alinea]:
    """Paragraphs in neither text (inserted or moved here by one author, deleted by another) are folded into
    the paragraph before them (word_merken): after this paragraph's own anchor, each with its anchor and
    nothing of the current text. They come apart again, each a paragraph deleted whole."""
    kandidaten = [k for k in alinea.kandidaten if k[3] is not None and k[2] < k[3]]
    if len(kandidaten) < 2 or kandidaten[0][3] > kandidaten[1][2]:
        return []
    uit, eind = [], len(alinea.segmenten)
    for vorige, k in reversed(list(zip(kandidaten, kandidaten[1:]))):
        stukken = alinea.segmenten[vorige[3]:eind]
        if not stukken or any(s.zichtbaar for s in stukken) or vorige[3] > k[2]:
            break
        eerste = stukken[0]
        deel = Alinea(segmenten=alinea.segmenten[k[2]:eind], voor=alinea.segmenten[vorige[3]:k[2]],
                      kandidaten=[[k[0], k[1], 0, k[3] - k[2], _weg(k)]])
        deel.merk_weg = Segment("", DELETE, eerste.del_auteur, eerste.del_tijd, eerste.del_id)
        deel.weg_gevouwen = True
        _kies_anker(deel)
        deel.voor = alinea.segmenten[vorige[3]:k[2]]
        deel.segmenten = voeg_samen(deel.segmenten)
        alinea.segmenten, eind = alinea.segmenten[:vorige[3]], vorige[3]
        alinea.kandidaten = [x for x in alinea.kandidaten if x is not k]
        uit.insert(0, deel)
    return uit


def _hele_alineas(alineas: list[Alinea]) -> None:
    """Which paragraphs are deleted, moved or inserted whole. A whole paragraph's revision is on its own mark
    or, as Word writes a paragraph typed after another, on the mark before it: so a paragraph all of whose
    text is deleted (moved away) or inserted (moved here), with its own or the previous mark revised, is
    one whole; its change is its text's. A mark inserted between two paragraphs of plain text is a split,
    which is not kept as a change (one line says so)."""
    vorige = None
    for n, a in enumerate(alineas):
        weg_merk = a.merk_weg or (vorige.merk_weg if vorige else None)
        nieuw_merk = a.merk_nieuw or (vorige.merk_nieuw if vorige else None)
        alle = [s for s in a.voor + a.segmenten if s.tekst.strip()]
        zichtbaar = [s for s in alle if s.zichtbaar]
        if not zichtbaar and not alle and a.naar_bereik is not None and a.merk_nieuw is not None:
            a.hierheen = Segment("", INSERT, a.naar_bereik.auteur, a.naar_bereik.tijd, a.naar_bereik.id)
        elif not zichtbaar and (alle or a.van_bereik) and (weg_merk is not None or a.van_bereik is not None):
            bron = next((s for s in alle if s.id in a.van_ids), None) or (      # an old place: the move's
                _verwijdering(alle, (a.merk_weg, vorige.merk_weg if vorige else None)) if alle else a.van_bereik)
            a.weg = Segment("", DELETE, bron.del_auteur or bron.auteur, bron.del_tijd or bron.tijd, bron.del_id or bron.id)
            a.weggezet = any(s.id in a.van_ids for s in alle) or (not alle and a.van_bereik is not None)
        elif zichtbaar and all(s.soort == INSERT for s in zichtbaar):
            verplaatst = [s for s in zichtbaar if s.id in a.naar_ids]
            if verplaatst:          # (a range start alone may be the next paragraph's, written on this mark)
                a.hierheen = Segment("", INSERT, verplaatst[0].auteur, verplaatst[0].tijd, verplaatst[0].id)
            elif nieuw_merk is not None:        # by its text's insertion, not by its typed label's
                bron = next((s for s in a.segmenten if s.zichtbaar and s.tekst.strip()), zichtbaar[0])
                a.ingevoegd = Segment("", INSERT, bron.auteur, bron.tijd, bron.id)
        elif a.naar_ids and any(s.id in a.naar_ids for s in zichtbaar):
            bron = next(s for s in zichtbaar if s.id in a.naar_ids)
            a.hierheen = Segment("", INSERT, bron.auteur, bron.tijd, bron.id)
        if a.merk_nieuw is not None and zichtbaar and not all(s.soort == INSERT for s in zichtbaar):
            volgende = next((b for b in alineas[n + 1:] if not b.weg_gevouwen), None)   # not a folded one
            nieuw = [s for s in (volgende.voor + volgende.segmenten if volgende else []) if s.zichtbaar and s.tekst.strip()]
            if volgende is not None and nieuw and not all(s.soort == INSERT for s in nieuw):
                a.gesplitst, volgende.splitsing = a.merk_nieuw, a.merk_nieuw     # a split: word_bouw
            elif not nieuw:
                _meld(tr("Een in Word gesplitste alinea is ingelezen als twee alinea's, zonder wijziging: {tekst}")
                      .format(tekst=huidig(a.segmenten).strip()[:60]))
        if a.merk_weg is not None and a.weg is None and zichtbaar and n + 1 < len(alineas):
            volgende = alineas[n + 1]
            blijvend = [s for s in volgende.voor + volgende.segmenten if s.zichtbaar and s.tekst.strip()]
            if blijvend and any(s.soort != INSERT for s in blijvend):
                a.samengevoegd, volgende.samenvoeging = a.merk_weg, a.merk_weg      # a merge: word_bouw
        vorige = vorige if a.weg_gevouwen else a        # a folded paragraph has no mark of its own


def _verwijdering(alle: list[Segment], merken: tuple) -> Segment:
    """The deletion of a paragraph deleted whole, among the deletions in it (earlier edits inside it by others
    stay theirs): the one its mark (or the mark before it) carries, else the one with the most text."""
    ids = {m.id for m in merken if m is not None}
    per_id: dict[int, list[Segment]] = {}
    for s in alle:
        per_id.setdefault(s.del_id or s.id, []).append(s)
    kandidaten = [i for i in per_id if i in ids] or list(per_id)
    beste = max(kandidaten, key=lambda i: sum(len(s.tekst) for s in per_id[i]))
    return per_id[beste][0]


def _inhoud(element, alinea: Alinea, revisie: Segment | None, ids: _Ids) -> None:
    tag = etree.QName(element).localname
    if tag in ("ins", "moveTo", "del", "moveFrom"):
        soort = INSERT if tag in ("ins", "moveTo") else DELETE
        segment = Segment("", soort, element.get(_w("author")), element.get(_w("date")), ids(element))
        if revisie is not None and revisie.soort == INSERT and soort == DELETE:    # A's insertion that B deleted
            segment = Segment("", INSERT, revisie.auteur, revisie.tijd, revisie.id, del_id=segment.id,
                              del_auteur=segment.auteur, del_tijd=segment.tijd)
        if tag == "moveTo":
            alinea.naar_ids.add(segment.id)
        elif tag == "moveFrom":
            alinea.van_ids.add(segment.id)
        for kind in element:
            _inhoud(kind, alinea, segment, ids)
    elif tag == "r":
        tekst = "".join(_run_tekst(element))
        if tekst:
            alinea.segmenten.append(Segment(tekst) if revisie is None else replace(revisie, tekst=tekst))
            if revisie is None or revisie.zichtbaar:
                for stukken in ids.open.values():
                    stukken.append(tekst)
    elif tag == "bookmarkStart" and (weg := lees_verdwenen(element)) is not None:
        alinea.verdwenen.append((*weg, len(alinea.segmenten)))
    elif tag == "bookmarkStart" and (anker := lees_anker(element)) is not None:
        alinea.kandidaten.append([anker, element.get(_w("id")), len(alinea.segmenten), None,
                                  revisie if revisie is not None and revisie.soort == DELETE else None])
    elif tag == "bookmarkEnd":
        for kandidaat in alinea.kandidaten:
            if kandidaat[1] == element.get(_w("id")) and kandidaat[3] is None:
                kandidaat[3] = len(alinea.segmenten)
    elif tag in ("moveFromRangeStart", "moveToRangeStart"):
        segment = Segment("", DELETE if tag.startswith("moveFrom") else INSERT, element.get(_w("author")),
                          element.get(_w("date")), ids(element))
        if tag.startswith("moveFrom"):
            alinea.van_bereik = alinea.van_bereik or segment
        else:
            alinea.naar_bereik = alinea.naar_bereik or segment
    elif tag == "commentRangeStart":
        alinea.opmerkingen.append(element.get(_w("id")))
        alinea.begin[element.get(_w("id"))] = sum(len(s.tekst) for s in alinea.segmenten if s.zichtbaar)
        ids.open[element.get(_w("id"))] = []
    elif tag == "commentRangeEnd" and element.get(_w("id")) in ids.open:
        ids.citaten[element.get(_w("id"))] = "".join(ids.open.pop(element.get(_w("id"))))
    elif tag in ("hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple"):
        for kind in element:
            _inhoud(kind, alinea, revisie, ids)


def _weg(kandidaat: list) -> Segment | None:
    """The deletion an anchor candidate stands in (its fifth field), if any."""
    return kandidaat[4] if len(kandidaat) > 4 else None


def _kies_anker(alinea: Alinea) -> None:
    """The paragraph's own anchor: LibreOffice's Accept All leaves the anchors of removed paragraphs, with
    an empty range, before the anchor of the next one; those go. What stands before the anchor (a typed
    label) is kept apart, and comment starts count from the anchor."""
    kandidaten = [k for n, k in enumerate(alinea.kandidaten) if not (k[2] == k[3] and n + 1 < len(alinea.kandidaten))]
    eigen = [k for k in kandidaten if not k[0][2]]
    alinea.tweede = next((k[0] for k in kandidaten if k[0][2] and eigen and k[0][1] == eigen[0][0][1]
                          and k[0][0] != eigen[0][0][0]), None)     # another role: a change of level
    kandidaten = eigen or kandidaten      # an old place's anchor left behind; one of the same block: word_niveau
    kandidaten = [k for k in kandidaten if _weg(k) is None] or kandidaten      # a deleted one: the paragraph's old role
    if not kandidaten:
        return
    anker, _, plek, einde = kandidaten[0][:4]
    if len(kandidaten) == 1 and plek == einde == len(alinea.segmenten) and plek and \
            all(s.soort == "equal" for s in alinea.segmenten):
        plek = 0        # LibreOffice's Reject All put the anchor of a paragraph without a typed label after its text
    plek = max([plek] + [k[2] for k in alinea.kandidaten if _weg(k) is not None and k[0][1] == anker[1]
                         and k[0][0] != anker[0]])      # the old role's anchor: its label is before it too
    alinea.anker, alinea.voor, alinea.segmenten = anker, alinea.segmenten[:plek], alinea.segmenten[plek:]
    voor = sum(len(s.tekst) for s in alinea.voor if s.zichtbaar)
    alinea.begin = {i: b - voor for i, b in alinea.begin.items()}


def _run_tekst(run):
    for kind in run:
        tag = etree.QName(kind).localname
        if tag in ("t", "delText"):
            yield kind.text or ""
        elif tag == "tab":
            yield "\t"
        elif tag in ("br", "cr"):
            yield " "


def _als_regels(alineas: list[Alinea], lijsten: Lijsten | None = None) -> list[str]:
    """Lines for the text importer: headings by style, list paragraphs with the label Word shows (leden at
    the margin, letters and "1°" indented as the readable text has them)."""
    regels, nummer = [], 0
    lijsten = lijsten or Lijsten(None)
    for alinea in alineas:
        tekst = alinea.tekst.strip()
        stijl = alinea.stijl.lower()
        label = lijsten.label(alinea.num_id, alinea.ilvl) if alinea.lijst else None
        alinea.lijstlabel = label
        if not tekst:
            regels.append("")
            continue
        if stijl in ("title", "titel"):
            regels += [f"# {tekst}", ""]
        elif stijl.startswith(("heading", "kop")):
            niveau = "".join(c for c in stijl if c.isdigit()) or "2"
            kop = f"{label[1]} {tekst}" if label else tekst
            regels += [f"{'#' * (int(niveau) + 1)} {kop}", ""]
            nummer = 0
        elif label is not None:
            regels.append(_lijstregel(label, alinea.ilvl, tekst))
        elif alinea.lijst and alinea.num_id is None:
            nummer += 1
            regels.append(f"{nummer}. {tekst}")
        else:
            regels.append(tekst)
            if tekst.endswith(","):      # a Word paragraph ends here ("De directie van X," above "gelet op:"),
                regels.append("")        # not a line that the text importer may join to the next
    return regels


def _lijstregel(label: tuple[str, str], ilvl: int, tekst: str) -> str:
    formaat, getoond = label
    diepte = 2 if getoond.endswith("°") else 1 if formaat in ("lowerLetter", "upperLetter") else ilvl
    return f"{'   ' * diepte}{getoond} {tekst}"


def _koppel_revisies(policy: Policy, alineas: list[Alinea]) -> None:
    """Each block takes the revisions of the paragraph whose current text it has (after its number); a
    paragraph deleted whole is a pending deletion of its block."""
    _koppel_verwijderde(policy, [a for a in alineas if a.weg is not None])
    met_revisies = [a for a in alineas if a.weg is None and any(s.soort != "equal" for s in a.segmenten)]
    if not met_revisies:
        return
    for blok_id, blok in policy.tekstblokken().items():
        for alinea in met_revisies:
            segmenten = _zonder_voorvoegsel(alinea.segmenten, alinea.tekst, blok.tekst)
            if segmenten is not None:
                policy.revisies[blok_id] = segmenten
                blok.tekst = huidig(segmenten)
                met_revisies.remove(alinea)
                break
    policy.volgende_wijziging = 1 + max([s.id for seg in policy.revisies.values() for s in seg] +
                                        [s.wijziging.id for s in policy.spoken], default=0)


def _koppel_koppen(policy: Policy, alineas: list[Alinea]) -> None:
    """The title's revisions, and each artikel heading's (Heading 2 paragraphs and artikelen in order)."""
    titel = next((a for a in alineas if a.stijl.lower() in ("title", "titel")), None)
    if titel is not None and any(s.soort != "equal" for s in titel.segmenten):
        policy.revisies["titel"] = titel.segmenten
        policy.titel = huidig(titel.segmenten).strip()
    koppen = [a for a in alineas if a.stijl.lower() in ("heading 2", "kop 2") and a.weg is None]
    for alinea, artikel in zip(koppen, policy.artikelen):
        if any(s.soort != "equal" for s in alinea.segmenten) and alinea.tekst.strip().endswith(artikel.kop):
            segmenten = _zonder_voorvoegsel(alinea.segmenten, alinea.tekst, artikel.kop)
            if segmenten is not None:
                policy.revisies[artikel.id] = segmenten


def _koppel_verwijderde(policy: Policy, weg: list[Alinea]) -> None:
    """A block whose paragraph was deleted whole leaves the text, as a pending deletion by that author."""
    journaal = Journaal()
    for alinea in weg:
        kern = alinea.tekst.strip()
        blok_id = next((i for i, b in policy.tekstblokken().items() if b.tekst and kern.endswith(b.tekst)), None)
        if blok_id is None or structuur.plaats(policy, blok_id) is None:
            continue
        merk = alinea.weg
        verwijder(policy, journaal, blok_id, merk.auteur or "", merk.tijd or "", True, merk.id or None)


def _zonder_voorvoegsel(segmenten: list[Segment], tekst: str, blok_tekst: str) -> list[Segment] | None:
    """The segments without a leading "1. " or "- " that the import took off, if the rest is the block's text."""
    kern = tekst.strip()
    if not blok_tekst and not re.fullmatch(r"(?:\d{1,3}|[a-z]{1,2})[.)]|[-•]", kern):
        return None          # an empty block takes only a paragraph that is its label alone ("6." with its text deleted)
    if not kern.endswith(blok_tekst):
        return None
    weg = len(tekst) - len(tekst.lstrip()) + len(kern) - len(blok_tekst) if blok_tekst else len(tekst)
    uit = voeg_samen(zonder_begin(segmenten, weg))
    return uit if huidig(uit).rstrip() == blok_tekst else None
