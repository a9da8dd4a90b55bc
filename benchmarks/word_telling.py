"""How LibreOffice's changes are counted against the model's: by range, author and change id.

LibreOffice joins neighbouring ranges of one author, type and minute into one change (and keeps a text and
a paragraph mark apart when it takes the text for moved), while a change of ours may span several ranges
(a move is a deletion and an insertion). So the check maps instead of counting: the revisions written in
our redline are read back from the file in reading order, each with its change id (the w:id -> change
part, word_revisies), its type, author and text, and every LibreOffice change must be a run of them with
its type and author and exactly their text. Counted: model changes no LibreOffice change covers whole, and
LibreOffice changes that are no run of ours. Both 0 means LibreOffice shows every change, by its author,
and nothing else.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from editor.formats.word_revisies import ONDERDEEL, lees_wijzigingen

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SOORT = {"ins": "Insert", "moveTo": "Insert", "del": "Delete", "moveFrom": "Delete"}


def _w(naam: str) -> str:
    return f"{{{W}}}{naam}"


def revisies(pad: Path) -> list[tuple]:
    """(type, author, under, text, change ids) of every revised piece of our redline, in reading order."""
    with zipfile.ZipFile(pad) as archief:
        document = etree.fromstring(archief.read("word/document.xml"))
        paren, _ = lees_wijzigingen(etree.fromstring(archief.read(ONDERDEEL[1:]))
                                    if ONDERDEEL[1:] in archief.namelist() else None)
    uit: list[tuple] = []
    for p in document.iter(_w("p")):
        vorm = p.find(f"{_w('pPr')}/{_w('pPrChange')}")
        if vorm is not None:        # the paragraph's form changed: LibreOffice's ParagraphFormat, over its text
            runs = list(p.iter(_w("r")))
            uit.append(("ParagraphFormat", vorm.get(_w("author")), None, "".join(_run_tekst(r) for r in runs),
                        {_wijziging(vorm, paren)}, "".join(_run_tekst(r) for r in runs if not _verwijderd(r))))
            # (LibreOffice's range over it may also leave deleted text out: seed 9)
        for kind in p:
            _stukken(kind, None, uit, paren)
        merken = p.find(f"{_w('pPr')}/{_w('rPr')}")
        if merken is not None:
            gevonden = [m for m in merken if etree.QName(m).localname in SOORT]
            if gevonden:
                onder = gevonden[0] if len(gevonden) > 1 else None
                boven = gevonden[-1]
                uit.append(_stuk(boven, onder, "\n", paren))
    return uit


def _verwijderd(run) -> bool:
    return any(etree.QName(o).localname in ("del", "moveFrom") for o in run.iterancestors())


def _stuk(element, onder, tekst: str, paren) -> tuple:
    ids = {_wijziging(element, paren)} | ({_wijziging(onder, paren)} if onder is not None else set())
    onder_soort = (SOORT[etree.QName(onder).localname], onder.get(_w("author"))) if onder is not None else None
    return (SOORT[etree.QName(element).localname], element.get(_w("author")), onder_soort, tekst, ids)


def _wijziging(element, paren) -> int:
    paar = paren.get(element.get(_w("id")))
    return paar[0] if paar else -1


def _stukken(element, buiten, uit: list, paren) -> None:
    naam = etree.QName(element).localname
    if naam in SOORT:
        if buiten is not None:          # a deletion inside an insertion
            for kind in element:
                tekst = _run_tekst(kind)
                if tekst:
                    uit.append(_stuk(element, buiten, tekst, paren))
            return
        for kind in element:
            _stukken(kind, element, uit, paren)
    elif naam == "r" and buiten is not None:
        tekst = _run_tekst(element)
        if tekst:
            uit.append(_stuk(buiten, None, tekst, paren))
    elif naam in ("hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple"):
        for kind in element:
            _stukken(kind, buiten, uit, paren)


def _run_tekst(run) -> str:
    delen = []
    for kind in run.iter():
        naam = etree.QName(kind).localname
        if naam in ("t", "delText"):
            delen.append(kind.text or "")
        elif naam == "tab":
            delen.append("\t")
    return "".join(delen)


def koppel(ons: list[tuple], lo: list[list]) -> tuple[set[int], list[str]]:
    """(the change ids LibreOffice shows whole, LibreOffice's changes that are no run of ours)."""
    gezien: dict[int, int] = {}
    totaal: dict[int, int] = {}
    for stuk in ons:
        for c in stuk[4]:
            totaal[c] = totaal.get(c, 0) + 1
    vreemd, i = [], 0
    gesplitst: dict[tuple, str] = {}
    vormen = [stuk for stuk in ons if stuk[0] == "ParagraphFormat"]
    met_vormen = bool(vormen)
    ons = [stuk for stuk in ons if stuk[0] != "ParagraphFormat"]
    for wijziging in lo:
        soort, auteur, tekst = wijziging[0], wijziging[1], wijziging[2] or ""
        if soort == "ParagraphFormat":      # over a paragraph's text, wherever LibreOffice lists it
            _vorm(vormen, auteur, tekst, gezien, vreemd)
            continue
        onder = tuple(wijziging[3:5]) if len(wijziging) >= 5 and wijziging[3] else None
        gevonden = _zoek(ons, i, (soort, auteur, onder), tekst)
        if gevonden is None and (soort, auteur) in gesplitst:       # the rest of a range split by a paragraph's form
            tekst = gesplitst.pop((soort, auteur)) + tekst
            gevonden = _zoek(ons, i, (soort, auteur, onder), tekst)
        if gevonden is None and met_vormen:
            gesplitst[(soort, auteur)] = tekst
            continue
        if gevonden is None:
            vreemd.append(f"{soort} {auteur}: {tekst[:60]!r}")
            continue
        begin, eind = gevonden
        for stuk in ons[begin:eind]:
            for c in stuk[4]:
                gezien[c] = gezien.get(c, 0) + 1
        i = eind
    vreemd += [f"{soort} {auteur}: {tekst[:60]!r}" for (soort, auteur), tekst in gesplitst.items()]
    return {c for c, n in gezien.items() if n == totaal[c]}, vreemd


def _vorm(vormen: list, auteur: str, tekst: str, gezien: dict, vreemd: list) -> None:
    """A ParagraphFormat change of LibreOffice: a paragraph's form change of ours by that author over that text, or
    over the next part of it (LibreOffice splits it where a text revision inside the paragraph begins); the
    change is seen once all of the paragraph's text is covered."""
    for n, stuk in enumerate(vormen):
        overs = [rest[plek + len(tekst):] for rest in stuk[3:4] + stuk[5:6]       # its text, or without what
                 if (plek := rest.find(tekst) if tekst else -1) >= 0 and not rest[:plek].strip(" \t")]  # is deleted
        if stuk[1] != auteur or not overs:
            continue
        over = min(overs, key=lambda o: len(o.strip(" \t")))
        if over.strip(" \t"):
            vormen[n] = stuk[:3] + (over,) + stuk[4:5]
        else:
            vormen.pop(n)
            for c in stuk[4]:
                gezien[c] = gezien.get(c, 0) + 1
        return
    vreemd.append(f"ParagraphFormat {auteur}: {tekst[:60]!r}")



def _zoek(ons: list[tuple], i: int, sleutel: tuple, tekst: str) -> tuple[int, int] | None:
    """The first run of our pieces from i on with this type and author (and the change under it, when
    LibreOffice names one) whose text is exactly LibreOffice's."""
    for begin in range(i, len(ons)):
        samen, eind = "", begin
        while eind < len(ons) and (ons[eind][0], ons[eind][1]) == sleutel[:2] and \
                (sleutel[2] is None or ons[eind][2] == sleutel[2]) and \
                tekst.startswith(samen + ons[eind][3]):
            samen += ons[eind][3]
            eind += 1
            if samen == tekst:
                return begin, eind
    return None
