"""Word comments read back whole: the exact piece of text they are anchored on (Opmerking.citaat), and
their threads from word/commentsExtended.xml (w15:paraIdParent: a reply to that comment; w15:done: the
thread is resolved). The export writes replies the same way (`schrijf_draden`).
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass

from lxml import etree

from ..model.document import Policy
from ..model.opmerkingen import Antwoord, Opmerking
from .word_verhuizingen import blokken_per_alinea

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
EXTENDED_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"


@dataclass
class Lezing:
    auteur: str
    tijd: str
    tekst: str
    para_id: str | None = None
    ouder: str | None = None        # the paraId of the comment this one answers
    klaar: bool = False


def lees(comments, extended) -> dict[str, Lezing]:
    """Comment id -> what it says, who wrote it and where it stands in its thread."""
    if comments is None:
        return {}
    draad = {}
    if extended is not None:
        for ex in extended.iter(f"{{{W15}}}commentEx"):
            draad[ex.get(f"{{{W15}}}paraId")] = (ex.get(f"{{{W15}}}paraIdParent"), ex.get(f"{{{W15}}}done") == "1")
    uit = {}
    for c in comments.iterfind(f"{{{W}}}comment"):
        alineas = list(c.iter(f"{{{W}}}p"))
        tekst = "\n".join("".join(t.text or "" for t in p.iter(f"{{{W}}}t")) for p in alineas).strip()
        para_id = alineas[-1].get(f"{{{W14}}}paraId") if alineas else None
        ouder, klaar = draad.get(para_id, (None, False))
        uit[c.get(f"{{{W}}}id")] = Lezing(c.get(f"{{{W}}}author") or "?", c.get(f"{{{W}}}date") or "", tekst,
                                           para_id, ouder, klaar)
    return uit


def koppel(policy: Policy, alineas: list, lezingen: dict[str, Lezing], citaten: dict[str, str],
           blokken: dict[int, str] | None = None, draden: bool = True) -> None:
    """Each comment on the block of the paragraph it starts in (by our anchors, else by reading order),
    with its exact anchor: the text of its range and where that starts in the block's shown text; a reply
    joins the comment it answers."""
    blokken = blokken if blokken is not None else blokken_per_alinea(policy, alineas)
    per_para: dict[str, Opmerking] = {}
    per_bereik: dict[tuple, Opmerking] = {}     # without commentsExtended (LibreOffice, Word 2007): a comment on
    antwoorden = []                             # the same range as an earlier one is its reply
    for n, alinea in enumerate(alineas):
        for opmerking_id in sorted(alinea.opmerkingen, key=lambda i: _volgorde(i, lezingen)):
            lezing = lezingen.get(opmerking_id)
            if lezing is None:
                continue
            if lezing.ouder:
                antwoorden.append(lezing)
                continue
            blok_id = blokken.get(n, policy.id)
            blok = policy.tekstblokken().get(blok_id)
            citaat, begin = _anker(citaten.get(opmerking_id, ""), alinea.begin.get(opmerking_id), _getoond(policy, blok))
            bereik = (n, alinea.begin.get(opmerking_id), citaten.get(opmerking_id, ""))
            if not draden and bereik in per_bereik:
                per_bereik[bereik].antwoorden.append(Antwoord(lezing.auteur, lezing.tijd, lezing.tekst))
                continue
            opmerking = Opmerking(blok_id, lezing.auteur, lezing.tijd, lezing.tekst, citaat=citaat, opgelost=lezing.klaar,
                                  begin=begin)
            policy.opmerkingen.append(opmerking)
            per_bereik.setdefault(bereik, opmerking)
            if lezing.para_id:
                per_para[lezing.para_id] = opmerking
    for lezing in antwoorden:
        ouder = per_para.get(lezing.ouder)
        if ouder is None:
            policy.opmerkingen.append(Opmerking(policy.id, lezing.auteur, lezing.tijd, lezing.tekst))
        else:
            ouder.antwoorden.append(Antwoord(lezing.auteur, lezing.tijd, lezing.tekst))
            ouder.opgelost = ouder.opgelost or lezing.klaar


def _volgorde(opmerking_id: str, lezingen: dict[str, Lezing]) -> tuple:
    """Comments in a paragraph oldest first, so that of two on one range the first is the comment."""
    lezing = lezingen.get(opmerking_id)
    return (lezing.tijd if lezing else "", int(opmerking_id) if opmerking_id.isdigit() else 0)


def _getoond(policy: Policy, blok) -> str | None:
    """The block's text as shown (cross-references written out), where the comment range was read."""
    if blok is None:
        return None
    from ..model.verwijzingen import Verwijzingsindex

    return Verwijzingsindex(policy).weergave(blok.tekst) if "{ref:" in blok.tekst else blok.tekst


def _anker(citaat: str, begin: int | None, tekst: str | None) -> tuple[str, int | None]:
    """The phrase and its start; the whole block ("" and None) when the range holds all of its text."""
    if tekst is not None and citaat.strip() == tekst.strip():
        return "", None
    if begin is not None and tekst is not None and tekst[begin:begin + len(citaat)] != citaat:
        gevonden = tekst.find(citaat)
        begin = gevonden if gevonden >= 0 else None
    return citaat, begin


# -- writing ------------------------------------------------------------------------------------------

def para_id(comment, nummer: int) -> str:
    """Give a comment's last paragraph a w14:paraId (8 hex digits below 0x80000000) and return it."""
    waarde = f"{0x10000000 + nummer:08X}"
    alineas = list(comment._comment_elm.iter(f"{{{W}}}p"))
    alineas[-1].set(f"{{{W14}}}paraId", waarde)
    return waarde


def schrijf_draden(doc, draden: list[tuple[str, str | None, bool]]) -> None:
    """word/commentsExtended.xml: (paraId, parent paraId, done) for every comment."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    regels = "".join(f'<w15:commentEx w15:paraId="{p}"' + (f' w15:paraIdParent="{o}"' if o else "")
                     + f' w15:done="{int(k)}"/>' for p, o, k in draden)
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx xmlns:w15="{W15}" '
           f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w15">{regels}</w15:commentsEx>')
    deel = Part(PackURI("/word/commentsExtended.xml"), EXTENDED_CT, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(deel, EXTENDED)


# -- the exact anchor of a comment in the runs of its block ---------------------------------------

_WT, _DEL, _TABT, _RPR = f"{{{W}}}t", f"{{{W}}}delText", f"{{{W}}}tab", f"{{{W}}}rPr"
_SPATIE = "{http://www.w3.org/XML/1998/namespace}space"


def anker_runs(runs: list, opmerking: Opmerking) -> list:
    """The runs a comment is anchored on: exactly its phrase (the runs split where it starts and ends), or all
    the block's runs when it is on the whole block or its phrase cannot be found in the current text.
    `runs` (python-docx Runs of one block's text, deleted ones included) is updated in place."""
    huidig = "".join(_tekst(r) for r in runs if _is_huidig(r))
    bereik = opmerking.anker(huidig)
    if bereik is None:
        return runs
    start, eind = bereik
    _grens(runs, start)
    _grens(runs, eind)
    gekozen, plek = [], 0
    for run in runs:
        if not _is_huidig(run):
            if gekozen:
                gekozen.append(run)         # deleted text inside the phrase stays inside the range
            continue
        lengte = len(_tekst(run))
        if lengte and start <= plek and plek + lengte <= eind:
            gekozen.append(run)
        plek += lengte
    while gekozen and not _is_huidig(gekozen[-1]):
        gekozen.pop()
    return gekozen or runs


def _is_huidig(run) -> bool:
    return run._r.find(_DEL) is None


def _tekst(run) -> str:
    return "".join("\t" if kind.tag == _TABT else (kind.text or "") for kind in run._r
                   if kind.tag in (_WT, _DEL, _TABT))


def _grens(runs: list, plek: int) -> None:
    """A run boundary at offset `plek` of the current text (a run that spans it is split in two)."""
    positie = 0
    for i, run in enumerate(runs):
        if not _is_huidig(run):
            continue
        lengte = len(_tekst(run))
        if positie < plek < positie + lengte:
            runs.insert(i + 1, _splits(run, plek - positie))
            return
        positie += lengte


def _splits(run, plek: int):
    """The run keeps its first `plek` characters; a copy after it (same properties, same revision) the rest."""
    tekst, tweede = _tekst(run), deepcopy(run._r)
    run._r.addnext(tweede)
    _vul(run._r, tekst[:plek])
    _vul(tweede, tekst[plek:])
    return type(run)(tweede, run._parent)


def _vul(r, tekst: str) -> None:
    for kind in [k for k in r if k.tag != _RPR]:
        r.remove(kind)
    for i, stuk in enumerate(tekst.split("\t")):
        if i:
            etree.SubElement(r, _TABT)
        if stuk:
            t = etree.SubElement(r, _WT)
            t.text = stuk
            if stuk != stuk.strip():
                t.set(_SPATIE, "preserve")
