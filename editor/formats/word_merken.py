"""Which paragraph mark carries the revision of a wholly inserted, deleted or moved paragraph.

Word's own way for a deleted paragraph P is its text and its own mark deleted; for a paragraph typed after
Q it is Q's mark inserted and P's text inserted. Both mean the same when all is accepted or rejected, but
LibreOffice (7.4, measured with tools/lo_uno.py) only gets the first right when the text and the mark
are one LibreOffice change: it works through the changes from the end of the document, so a mark that is
a change of its own (another author, or text LibreOffice takes for moved, as the text of a move or a split
is) is handled first, and its paragraph then takes the next paragraph's text into its own style and list:
"Artikel 5. Inwerkingtreding" became lid "4.". With the mark before the text (Q's), the text goes first
and Q keeps its own style whatever the order.

So a run of whole paragraphs of one kind (removed on Accept All: deleted, moved away; removed on Reject
All: inserted, moved here) keeps its own marks when its last paragraph looks exactly like the paragraph
after the run (the same style, list and indentation: any order then gives the same result) and the run
after it does not need its last mark, and otherwise each revision goes to the mark before it, together
with the start of a move's range.
"""

from __future__ import annotations

from lxml import etree

from docx.oxml.ns import qn

WEG, NIEUW = (qn("w:del"), qn("w:moveFrom")), (qn("w:ins"), qn("w:moveTo"))
_P, _PPR, _RPR = qn("w:p"), qn("w:pPr"), qn("w:rPr")
_STARTS = {"van": qn("w:moveFromRangeStart"), "naar": qn("w:moveToRangeStart")}


def verschuif_merken(lichaam, hele: set) -> None:
    """Move the mark revisions of the whole paragraphs in `hele` (w:p elements) where LibreOffice needs it."""
    _vouw_in(lichaam, hele)
    alineas = [p for p in lichaam.iterchildren(_P)]
    reeksen, i = [], 0
    while i < len(alineas):
        soort = _soort(alineas[i], hele)
        if soort is None:
            i += 1
            continue
        j = i
        while j + 1 < len(alineas) and _soort(alineas[j + 1], hele) == soort:
            j += 1
        reeksen.append((i, j))
        i = j + 1
    schuiven, volgende_schuift = [], False
    for i, j in reversed(reeksen):      # a run right before one that moves its marks must free its last mark
        volgende = alineas[j + 1] if j + 1 < len(alineas) else None
        aansluitend = volgende_schuift and any(k == j + 1 for k, _ in reeksen)
        eigen = volgende is not None and not aansluitend and _uiterlijk(alineas[j]) == _uiterlijk(volgende) and \
            all(_een_wijziging(p) for p in alineas[i:j + 1])
        volgende_schuift = i > 0 and not eigen
        if volgende_schuift:
            schuiven.append((i, j))
    for i, j in reversed(schuiven):
        _schuif(alineas[i - 1:j + 1])


def _een_wijziging(p) -> bool:
    """Whether the paragraph's text is one LibreOffice change with its mark: one kind, one author, nothing
    nested (otherwise the order LibreOffice works in matters, and the mark goes before it)."""
    soorten = {(k.tag, k.get(qn("w:author"))) for k in p if k.tag in WEG + NIEUW}
    genest = any(kind.tag in WEG + NIEUW for k in p if k.tag in WEG + NIEUW for kind in k)
    return len(soorten) <= 1 and not genest


def _vouw_in(lichaam, hele: set) -> None:
    """A paragraph inserted by one author and deleted by another is in neither text: its runs (each a w:del
    inside a w:ins, both authors kept) go to the end of the paragraph before it. LibreOffice 7.4 takes only
    one revision of a paragraph mark that has both, and left an empty paragraph on Accept All or Reject All."""
    for p in [p for p in lichaam.iterchildren(_P) if p in hele]:
        merken = _merken(p)
        voor = p.getprevious()
        if not (any(m.tag in WEG for m in merken) and any(m.tag in NIEUW for m in merken)) or voor is None \
                or voor.tag != _P:
            continue
        for kind in [k for k in p if k.tag != _PPR]:
            voor.append(kind)
        lichaam.remove(p)
        hele.discard(p)


def _soort(p, hele: set) -> str | None:
    """"weg" when Accept All removes the paragraph (deleted or moved away; also inserted by one author and
    deleted by another: gone either way), "nieuw" when Reject All does."""
    if p not in hele:
        return None
    merken = _merken(p)
    if any(m.tag in WEG for m in merken):
        return "weg"
    return "nieuw" if merken else None


def _merken(p) -> list:
    rpr = p.find(f"{_PPR}/{_RPR}")
    return [] if rpr is None else [k for k in rpr if k.tag in WEG + NIEUW]


def _uiterlijk(p) -> bytes:
    """The paragraph's properties without its mark's: what it looks like."""
    ppr = p.find(_PPR)
    if ppr is None:
        return b""
    kopie = etree.fromstring(etree.tostring(ppr))
    for rpr in kopie.findall(_RPR):
        kopie.remove(rpr)
    return etree.tostring(kopie)


def _schuif(reeks: list) -> None:
    """reeks[0] is the paragraph before the run: the mark revisions of each paragraph move one paragraph up."""
    if _merken(reeks[0]):       # its mark has a revision of its own: leave the run as it is
        return
    alle = [_merken(p) for p in reeks[1:]]
    for voor, p, merken in zip(reeks, reeks[1:], alle):
        for merk in merken:
            rpr = merk.getparent()
            rpr.remove(merk)
            if len(rpr) == 0:
                rpr.getparent().remove(rpr)
            _rpr(voor).append(merk)
        for start in [k for k in p if k.tag in _STARTS.values()]:   # a move's range starts before the mark now
            p.remove(start)
            voor.append(start)


def _rpr(p):
    ppr = p.find(_PPR)
    if ppr is None:
        ppr = etree.SubElement(p, _PPR)
        p.insert(0, ppr)
    rpr = ppr.find(_RPR)
    if rpr is None:
        rpr = etree.SubElement(ppr, _RPR)
        wijziging = ppr.find(qn("w:pPrChange"))       # w:rPr comes before w:pPrChange
        if wijziging is not None:
            wijziging.addprevious(rpr)
    return rpr
