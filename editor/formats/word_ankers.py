"""Block ids and roles carried in our own Word files, so that their import is exact.

Each block's paragraph holds a hidden bookmark `_bs_<rol>_<id>` (Word hides names starting with "_";
Word and LibreOffice both keep bookmarks through open, edit, save and accept/reject). The bookmark
starts after a typed label ("3." and a tab) and ends with the paragraph, so what it holds is the block's
own text. Roles: see ROLLEN. The old place of a moved block carries the role with "v" (van) after it.

What the paragraphs cannot say (the metadata, the hoofdstukken, source labels, the raw form of cross-
references) goes in a custom document property as JSON (docProps/custom.xml: Word and LibreOffice keep
it; LibreOffice drops customXml items). Without it the import takes these from the text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from lxml import etree

from ..model.document import Hoofdstuk

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAAM = re.compile(r"_bs_([a-z]{1,3})_([A-Za-z0-9]{1,32})$")
ID = re.compile(r"[A-Za-z0-9]{1,32}")
EIGENSCHAP = "Beleidsstudio-structuur"
CP = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"

# role -> (kind of block, container): the container is "artikel"/"lid"/"onderdeel" for nested blocks
ROLLEN = {
    "t": "titel", "r": "orgaan", "g": "aanhef.gezien", "p": "aanhef.gelet_op", "w": "aanhef.overwegingen",
    "b": "aanhef.beslispunten", "a": "artikel", "l": "lid", "o": "onderdeel", "s": "subonderdeel",
    "ik": "inleiding", "ia": "inleiding.alinea", "zk": "slotwoord", "za": "slotwoord.alinea",
    "tk": "toelichting", "ta": "toelichting.alinea",
    "h": "hoofdstuk",       # a hoofdstuk heading: the artikelen after it are its own
    "x": "afgeleid",        # written from the metadata (slotartikelen, ondertekening, "b e s l u i t :"): no block
}


def _w(naam: str) -> str:
    return f"{{{W}}}{naam}"


class Ankers:
    """The writing side: a bookmark per block paragraph, closed at the end of each paragraph."""

    def __init__(self) -> None:
        self.open: list[tuple[object, str]] = []
        self.volgend = 1
        self.namen: set[str] = set()

    def zet(self, p, rol: str, blok_id: str, oud: bool = False) -> None:
        """Start the bookmark here (after what the paragraph holds so far: its typed label). Without an id
        the paragraph is derived from the metadata (role "x")."""
        if not blok_id:
            rol, blok_id = "x", str(self.volgend)
        naam = f"_bs_{rol}{'v' if oud else ''}_{blok_id}"
        if not ID.fullmatch(blok_id) or naam in self.namen:
            return
        element = getattr(p, "_p", p)
        begin = etree.SubElement(element, _w("bookmarkStart"))
        begin.set(_w("id"), str(self.volgend))
        begin.set(_w("name"), naam)
        self.namen.add(naam)
        self.open.append((element, str(self.volgend)))
        self.volgend += 1

    def afgeleid(self, alineas) -> None:
        """Paragraphs written from the metadata."""
        for p in alineas:
            self.zet(p, "x", "")

    def sluit(self) -> None:
        """Close every bookmark at the end of its paragraph (after its text and comment marks)."""
        for element, nummer in self.open:
            etree.SubElement(element, _w("bookmarkEnd")).set(_w("id"), nummer)
        self.open = []


def lees_anker(bookmark) -> tuple[str, str, bool] | None:
    """(role, block id, old place of a move) of a bookmarkStart of ours, or None."""
    m = NAAM.match(bookmark.get(_w("name")) or "")
    if m is None:
        return None
    rol, oud = m.group(1), False
    if rol not in ROLLEN and rol.endswith("v") and rol[:-1] in ROLLEN:
        rol, oud = rol[:-1], True
    return (rol, m.group(2), oud) if rol in ROLLEN else None


# -- what the paragraphs cannot say -----------------------------------------------------------------

@dataclass
class Gegevens:
    """The facts of the policy beside its paragraphs, as the export knew them."""

    data: dict

    def kies(self, sleutel: str, herzien: bool) -> bool:
        """Keep the facts of the state the file is in: as written (also Accept All's) unless it has no
        revisions left and exactly the blocks of the text before the changes (Reject All): then the
        hoofdstukken of that text and no raw texts. False: the file is not as it was written."""
        standen = self.data
        if "nu" not in standen:
            return "metadata" in standen
        if herzien or sleutel != standen.get("terug_sleutel") or sleutel == standen.get("nu_sleutel"):
            self.data = standen["nu"]
            return sleutel == standen.get("nu_sleutel") or herzien
        nu, terug = standen["nu"], standen.get("terug", {})
        artikelen = {i: dict(f, h=terug.get("hoofdstuk_van", {}).get(i, f.get("h"))) for i, f in nu.get("artikelen", {}).items()}
        self.data = dict(nu, artikelen=artikelen, rauw={}, hoofdstukken=terug.get("hoofdstukken", nu.get("hoofdstukken", [])))
        return False

    def artikel(self, blok_id: str) -> dict:
        return self.data.get("artikelen", {}).get(blok_id, {})

    def label(self, blok_id: str) -> str | None:
        return self.data.get("labels", {}).get(blok_id)

    def oude_labels(self) -> dict[str, str]:
        """Block id -> its own label before a change of its level (word_niveau)."""
        return self.data.get("oude_labels", {})

    def rauw(self, blok_id: str) -> list[list] | None:
        return self.data.get("rauw", {}).get(blok_id)


def gegevens(policy) -> dict:
    """The JSON of the facts: metadata, citeertitel, orgaan, hoofdstukken, artikel facts, own labels, and
    the raw texts (with {ref:...}) and segments of blocks holding cross-references."""
    from ..model.serialize import to_dict

    labels = {}
    rauw = {}
    for blok_id, blok in policy.tekstblokken().items():
        if getattr(blok, "label", None) is not None:
            labels[blok_id] = blok.label
        if "{ref:" in (blok.tekst or ""):
            segmenten = policy.revisies.get(blok_id)
            rauw[blok_id] = [[s.soort, s.tekst, s.id, s.del_id] for s in segmenten] if segmenten else \
                [["equal", blok.tekst, 0, 0]]
    artikelen = {a.id: {"h": a.hoofdstuk_id, "label": a.label, "genummerd": a.leden_genummerd, "kop": a.kop}
                 for a in policy.artikelen}
    _feiten_van_spoken(policy, labels, artikelen)
    return {
        "id": policy.id, "citeertitel": policy.citeertitel, "orgaan": policy.aanhef.orgaan,
        "gezien": [[a.id, a.tekst] for a in policy.aanhef.gezien],
        "metadata": to_dict(policy.metadata),
        "hoofdstukken": [[h.id, h.kop, h.label] for h in policy.hoofdstukken],
        "artikelen": artikelen,
        "secties": {s.id: s.kop for s in policy.secties()},
        "labels": labels, "rauw": rauw,
        "oude_labels": {s.blok_id: s.label for s in policy.spoken if s.label is not None},     # word_niveau
        "lege": _lege_hoofdstukken(policy),      # word_bouw
    }


def _lege_hoofdstukken(policy) -> list[list]:
    """Inserted hoofdstukken that hold no artikel (a later new hoofdstuk took them all): no heading in the
    text, so their pending insertion (id, author, time, change) is a fact of the file."""
    vol = {a.hoofdstuk_id for a in policy.artikelen}
    return [[h.id, w.auteur, w.tijd, w.id] for h in policy.hoofdstukken
            if h.id not in vol and (w := policy.blokrevisies.get(h.id)) is not None]


def _feiten_van_spoken(policy, labels: dict, artikelen: dict) -> None:
    """The labels and artikel facts of blocks whose deletion is pending: their paragraphs stand in the
    redline too, and Reject All brings them back as they were ("-" before a deleted lid, not "1.")."""
    from ..model.structuur import in_blok

    for spook in policy.spoken:
        if spook.soort != "verwijderd" or spook.blok is None:
            continue
        for blok in in_blok(spook.blok):
            if getattr(blok, "label", None) is not None:
                labels.setdefault(blok.id, blok.label)
        if spook.artikel is not None and spook.artikel.id not in artikelen:
            a = spook.artikel
            artikelen[a.id] = {"h": spook.hoofdstuk_id, "label": a.label, "genummerd": a.leden_genummerd, "kop": a.kop}


def structuur_sleutel(ids) -> str:
    """A short fingerprint of which artikelen, leden and onderdelen a text has (its anchors)."""
    import hashlib

    return hashlib.sha1(" ".join(sorted(ids)).encode()).hexdigest()[:16]


def _blok_ids(policy) -> list[str]:
    uit = []
    for artikel in policy.artikelen:
        uit.append(artikel.id)
        for lid in artikel.leden:
            uit.append(lid.id)
            for onderdeel in lid.onderdelen:
                uit += [onderdeel.id] + [s.id for s in onderdeel.subonderdelen]
    return uit


def standen(policy) -> dict:
    """The facts of the text as written (also what Accept All gives), and what Reject All gives of what
    the paragraphs cannot say: which blocks it has (a fingerprint) and its hoofdstukken. A file saved after
    Reject All in Word or LibreOffice still carries this property (Reject All leaves the metadata as it is)."""
    from ..model import structuur
    from ..revisions.tracking import VERWIJDERD

    nu = _blok_ids(policy)
    ingevoegd = set(policy.blokrevisies)
    weg = [b.id for s in policy.spoken if s.soort == VERWIJDERD and s.blok is not None
           for b in structuur.in_blok(s.blok) if not isinstance(b, Hoofdstuk)]
    terug = [i for i in nu if i not in ingevoegd] + weg
    hoofdstukken = [[h.id, h.kop, h.label] for h in policy.hoofdstukken if h.id not in ingevoegd] + \
        [[s.blok.id, s.blok.kop, s.blok.label] for s in policy.spoken if isinstance(s.blok, Hoofdstuk)]
    oude = {s.blok_id: s.hoofdstuk_id for s in policy.spoken if s.soort != VERWIJDERD and s.container == "artikelen"}
    return {"nu": gegevens(policy), "nu_sleutel": structuur_sleutel(nu), "terug_sleutel": structuur_sleutel(terug),
            "terug": {"hoofdstukken": hoofdstukken, "hoofdstuk_van": oude}}


def schrijf_gegevens(doc, policy, extra: dict | None = None) -> None:
    """The facts as a custom document property (docProps/custom.xml, which Word and LibreOffice keep); `extra`
    goes with the facts of the text as written."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    deel = next((r.target_part for r in doc.part.package.rels.values() if r.reltype == RT.CUSTOM_PROPERTIES), None)
    if deel is None:
        return
    wortel = etree.fromstring(deel.blob)
    pid = 1 + max([int(p.get("pid", "1")) for p in wortel], default=1)
    eigenschap = etree.SubElement(wortel, f"{{{CP}}}property", fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}",
                                  pid=str(pid), name=EIGENSCHAP)
    feiten = standen(policy)
    feiten["nu"].update({k: v for k, v in (extra or {}).items() if v})
    etree.SubElement(eigenschap, f"{{{VT}}}lpwstr").text = json.dumps(feiten, ensure_ascii=False)
    deel._blob = etree.tostring(wortel, xml_declaration=True, encoding="UTF-8", standalone=True)


def lees_gegevens(delen: dict[str, bytes], parser) -> Gegevens | None:
    """The facts from our custom property, or None (a file others wrote)."""
    data = delen.get("docProps/custom.xml")
    if not data or EIGENSCHAP.encode() not in data:
        return None
    try:
        wortel = etree.fromstring(data, parser)
        for eigenschap in wortel:
            if eigenschap.get("name") == EIGENSCHAP:
                return Gegevens(json.loads("".join(eigenschap.itertext()) or "{}"))       # standen(); see kies
    except (etree.XMLSyntaxError, ValueError):
        return None
    return None


# -- the reading side: the policy built from the paragraphs' ids and roles ----------------------------

DIEPTE = {"a": 0, "l": 1, "o": 2, "s": 3}
LABEL = re.compile(r"\s*(?:Artikel|Art\.)\s+[0-9A-Za-z.:]+\s*")


def heeft_ankers(alineas: list) -> bool:
    return any(a.anker is not None and a.anker[0] in DIEPTE for a in alineas)


def bouw(policy, alineas: list, gegevens: Gegevens | None, melding, eigen: bool = True) -> None:
    """Replace the structure the text rules made by the one the anchors name: the same blocks with the
    same ids, each with the revisions of its own paragraph; deleted paragraphs pending deletions, moved
    ones pending moves. `melding(line)` reports what cannot be placed."""
    from .word_bouw import Bouw

    bouwer = Bouw(policy, gegevens, melding)
    bouwer.vreemd = not eigen and any(a.weg is not None or a.hierheen is not None or a.ingevoegd is not None
                                      or a.merk_weg is not None or a.merk_nieuw is not None or a.vorm is not None
                                      or any(s.soort != "equal" for s in a.segmenten) for a in alineas)
    bouwer.lees(alineas)
