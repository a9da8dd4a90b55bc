"""Moves in a Word file (w:moveFrom / w:moveTo) read back as moves: the block stands at its new place
and its old place is a pending move (a Spook "verplaatst", editor/revisions/tracking.verplaats), by the
author who moved it.

The paragraphs are tied to the blocks the text importer made of them in reading order, not by looking
for a text. A move whose old place is a heading (a moved artikel), or whose paragraphs cannot be tied
to blocks, prints one line and stays a deletion at the old place and an insertion at the new one.
"""

from __future__ import annotations

import sys
from dataclasses import replace

from ..i18n import tr
from ..model import structuur
from ..model.document import Policy
from ..model.journaal import Journaal
from ..model.segment import EQUAL, INSERT
from ..revisions.tracking import verplaats, verwijder


def _kop(alinea) -> bool:
    return alinea.stijl.lower().startswith(("heading", "kop", "title", "titel"))


def bereid_verhuizingen(alineas: list) -> set[int]:
    """The moves to read as moves (old and new place, neither a heading); their moved text is no insertion."""
    van = {}
    naar = {}
    for alinea in alineas:
        if alinea.weggezet:
            van.setdefault(alinea.weg.id, alinea)
        if alinea.hierheen is not None:
            naar.setdefault(alinea.hierheen.id, alinea)
    verhuizingen = {i for i in van if i in naar and not _kop(van[i]) and not _kop(naar[i])}
    for alinea in alineas:
        if alinea.hierheen is not None and alinea.hierheen.id in verhuizingen:
            alinea.segmenten = [replace(s, soort=EQUAL, auteur=None, tijd=None, id=0)
                                if s.soort == INSERT and s.id == alinea.hierheen.id else s for s in alinea.segmenten]
    for i in set(van) - verhuizingen:
        print(tr("Verplaatsing {nummer} in het Word-bestand is ingelezen als verwijdering en invoeging.").format(nummer=i),
              file=sys.stderr)
    return verhuizingen


def blokken_per_alinea(policy: Policy, alineas: list) -> dict[int, str]:
    """Paragraph index -> id of the block made of it: blocks and paragraphs both in reading order."""
    blokken = list(policy.tekstblokken().items())
    uit, i = {}, 0
    for n, alinea in enumerate(alineas):
        kern = alinea.tekst.strip()
        for k in range(i, min(i + 3, len(blokken))):     # a block without a paragraph of its own is passed over
            tekst = blokken[k][1].tekst.strip()
            if kern and tekst and kern.endswith(tekst):
                uit[n], i = blokken[k][0], k + 1
                break
    return uit


def koppel_verhuizingen(policy: Policy, alineas: list, verhuizingen: set[int]) -> None:
    if not verhuizingen:
        return
    blokken = blokken_per_alinea(policy, alineas)
    journaal = Journaal()
    for wijziging in sorted(verhuizingen):
        van = next((n for n, a in enumerate(alineas) if a.weggezet and a.weg.id == wijziging), None)
        naar = next((n for n, a in enumerate(alineas) if a.hierheen is not None and a.hierheen.id == wijziging), None)
        oud, nieuw = blokken.get(van), blokken.get(naar)
        if oud is None or nieuw is None or oud == nieuw:
            print(tr("Verplaatsing {nummer} in het Word-bestand is ingelezen als verwijdering en invoeging.")
                  .format(nummer=wijziging), file=sys.stderr)
            continue
        _verhuis(policy, journaal, oud, nieuw, alineas[van].weg)


def _verhuis(policy: Policy, journaal: Journaal, oud: str, nieuw: str, merk) -> None:
    """The block read at the old place goes to where the new place's copy stands, as a pending move; it
    takes that copy's text (edited after the move perhaps)."""
    oud_blok, nieuw_blok = structuur.blok(policy, oud), structuur.blok(policy, nieuw)
    hier, daar = structuur.plaats(policy, oud), structuur.plaats(policy, nieuw)
    if hier is None or daar is None or hier.soort != daar.soort:
        print(tr("Verplaatsing {nummer} in het Word-bestand is ingelezen als verwijdering en invoeging.")
              .format(nummer=merk.id), file=sys.stderr)
        return
    _neem_tekst_over(oud_blok, nieuw_blok)
    verwijder(policy, journaal, nieuw, "", "", False)
    positie = daar.positie - (1 if hier.container == daar.container and hier.positie < daar.positie else 0)
    verplaats(policy, journaal, oud, daar.container, positie, merk.auteur or "", merk.tijd or "", True, merk.id or None)


def _neem_tekst_over(oud_blok, nieuw_blok) -> None:
    for a, b in zip(structuur.in_blok(oud_blok), structuur.in_blok(nieuw_blok)):
        if hasattr(a, "tekst") and hasattr(b, "tekst"):
            a.tekst = b.tekst
