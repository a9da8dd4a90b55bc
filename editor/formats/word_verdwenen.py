"""Text an author inserted and later deleted with the block it stands in: in neither text, so not written.

The model keeps such text as two changes (the insertion, and the deletion of the block around it). Word
writes nothing for it: an author who deletes their own insertion takes it out. LibreOffice 7.4 cannot hold
it either: on import it joins an author's deletion with that author's own insertion under it
(DocumentRedlineManager::AppendRedline combines a Delete over an own Insert), so its Accept All kept the
text ("… niet schaadt.artikel 1"). So the redline leaves it out, as Word does, and the facts property
(word_ankers) keeps it: the block, where the text stood (characters of the block's written text before
it), the text and both changes, for our own import to put back.
"""

from __future__ import annotations

from dataclasses import replace

from ..model.segment import DELETE, EQUAL, INSERT, Segment
from .word_ankers import NAAM, ROLLEN, W

VERDWENEN = "n"         # after the role in an anchor's name ("niet geschreven"): the block is left out, its
#                        text in the facts (not "w" nor "v": "w" is a role, "v" an old place)
_BLADWIJZER, _NAAM = f"{{{W}}}bookmarkStart", f"{{{W}}}name"


class Verdwenen:
    """The writing side: what was left out, per block."""

    def __init__(self) -> None:
        self.data: dict[str, list] = {}

    def laat_weg(self, blok_id: str, plek: int, s: Segment, auteur: str | None) -> bool:
        """Whether the insertion `s`, deleted by `auteur` (with its block, or before), is that author's own:
        then it is kept here at `plek` instead of written."""
        if s.soort != INSERT or not s.auteur or s.auteur != auteur:
            return False
        self.data.setdefault(blok_id, []).append([plek, s.tekst, s.id, s.auteur, s.tijd, s.del_id, s.del_auteur,
                                                  s.del_tijd])
        return True


    def blok(self, p, blok_id: str, delen: list[tuple[Segment, Segment]]) -> bool:
        """Whether a block inserted (or moved here) and then deleted is all one author's (each insertion in it
        deleted by its own author; stukken): then its text is kept here, and its anchor marked as left out
        (VERDWENEN) so that the import knows its place."""
        if not delen or any(not s.auteur or s.auteur != weg.auteur for s, weg in delen):
            return False
        for bladwijzer in getattr(p, "_p", p).iter(_BLADWIJZER):
            m = NAAM.match(bladwijzer.get(_NAAM) or "")
            if m is not None and m.group(2) == blok_id:
                bladwijzer.set(_NAAM, f"_bs_{m.group(1)}{VERDWENEN}_{blok_id}")
        self.data[blok_id] = [[0, s.tekst, s.id, s.auteur, s.tijd, weg.id, weg.auteur, weg.tijd] for s, weg in delen]
        return True


def stukken(segmenten: list[Segment], ingevoegd: Segment, weg: Segment, weergave) -> list[tuple[Segment, Segment]]:
    """The text of a block inserted (or moved here) by `ingevoegd` and deleted by `weg`, as (insertion, its
    deletion) pieces: its own text the block's insertion; text inserted in it since each its own, deleted by
    `weg` or by whoever deleted it before. What was deleted before it was moved stands at the old place."""
    uit = []
    for s in segmenten:
        if s.soort == EQUAL:
            uit.append((replace(ingevoegd, tekst=weergave(s.tekst)), weg))
        elif s.soort == INSERT:
            eigen = Segment("", DELETE, s.del_auteur, s.del_tijd, s.del_id) if s.del_id else weg
            uit.append((replace(s, tekst=weergave(s.tekst), del_id=0, del_auteur=None, del_tijd=None), eigen))
    return [(s, w) for s, w in uit if s.tekst]


def lees_verdwenen(bladwijzer) -> tuple[str, str] | None:
    """(role, block id) of the anchor of a block left out of the redline, or None."""
    m = NAAM.match(bladwijzer.get(_NAAM) or "")
    if m is None or not m.group(1).endswith(VERDWENEN) or m.group(1)[:-1] not in ROLLEN:
        return None
    return m.group(1)[:-1], m.group(2)


def als_segmenten(verdwenen: list) -> list[Segment]:
    """A block left out of the redline: its text, inserted and deleted (each with its change)."""
    return [Segment(tekst, INSERT, auteur, tijd, wijziging, del_id=del_id, del_auteur=del_auteur, del_tijd=del_tijd)
            for _, tekst, wijziging, auteur, tijd, del_id, del_auteur, del_tijd in verdwenen]


def zet_terug(segmenten: list[Segment], verdwenen: list) -> list[Segment]:
    """The segments read from a deleted block's paragraph with the text left out of it back in its place."""
    uit = list(segmenten)
    for plek, tekst, wijziging, auteur, tijd, del_id, del_auteur, del_tijd in sorted(verdwenen, key=lambda v: -v[0]):
        stuk = Segment(tekst, INSERT, auteur, tijd, wijziging, del_id=del_id, del_auteur=del_auteur, del_tijd=del_tijd)
        uit = _voeg_in(uit, plek, stuk)
    return uit


def _voeg_in(segmenten: list[Segment], plek: int, stuk: Segment) -> list[Segment]:
    teller = 0
    for i, s in enumerate(segmenten):
        if teller + len(s.tekst) > plek and plek > teller:       # inside this segment: split it
            knip = plek - teller
            return segmenten[:i] + [replace(s, tekst=s.tekst[:knip]), stuk, replace(s, tekst=s.tekst[knip:])] + \
                segmenten[i + 1:]
        if teller >= plek:
            return segmenten[:i] + [stuk] + segmenten[i:]
        teller += len(s.tekst)
    return segmenten + [stuk]

