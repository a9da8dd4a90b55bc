"""Where a comment stands and in what order comments are read: the rules the comments list in the window and
the `comments` command share (a place as a lawyer cites it, "Artikel 3, tweede lid, onder b"; the exact
range of the phrase in its block's shown text; reading order)."""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import taal, tr
from ..model import structuur
from ..model.document import Policy
from ..model.numbering import onderdeel_letter, rangtelwoord
from ..model.opmerkingen import Opmerking
from ..model.verwijzingen import Plek, Verwijzingsindex, weergave
from .tekst import BEWERKBAAR, lees_blok


def plek_naam(plek: Plek | None) -> str:
    """Where a block stands, as a lawyer cites it: "Artikel 3, tweede lid, onder b" ("Article 3(2)(b)")."""
    if plek is None:
        return tr("Buiten de artikelen")
    tekst = tr("Artikel {artikel}").format(artikel=plek.artikel)
    if plek.lid is not None:
        rang = rangtelwoord(plek.lid) if taal() == "nl" else str(plek.lid)     # "tweede lid"; "(2)"
        tekst += tr(", {rangtelwoord} lid").format(rangtelwoord=rang)
    if plek.onderdeel is not None:
        tekst += tr(", onder {letter}").format(letter=onderdeel_letter(plek.onderdeel))
    if plek.sub is not None:
        tekst += tr(", onder {nummer}°").format(nummer=plek.sub + 1)
    return tekst


def eigen_delen(policy: Policy) -> dict[str, str]:
    """The parts the document view edits as one text, by the id it gives them: kind for lees_blok."""
    return {"titel": "titel", policy.id: "aanhef", f"{policy.id}:slot": "ondertekening"}


def documentvolgorde(policy: Policy) -> dict[str, int]:
    """Block id -> its rank in reading order (title, aanhef, artikelen with what they hold, ondertekening,
    toelichting)."""
    ids = ["titel", policy.id] + [b.id for _, lijst, soort in structuur.containers(policy) if soort == "alinea"
                                  for b in lijst]
    for hoofdstuk in policy.hoofdstukken:
        ids.append(hoofdstuk.id)
    for artikel in policy.artikelen:
        ids += [b.id for b in structuur.in_blok(artikel)]
    ids.append(f"{policy.id}:slot")
    for sectie in policy.toelichting:
        ids += [b.id for b in structuur.in_blok(sectie)]
    return {blok_id: i for i, blok_id in enumerate(dict.fromkeys(ids))}


def plaats_naam(policy: Policy, blok_id: str, plekken: dict[str, Plek]) -> str:
    """Where a comment sits: a place in the artikelen, else the part of the besluit."""
    if blok_id in plekken:
        return plek_naam(plekken[blok_id])
    delen = {"titel": tr("Titel"), policy.id: tr("Aanhef"), f"{policy.id}:slot": tr("Vaststelling en ondertekening")}
    if blok_id in delen:
        return delen[blok_id]
    plaats = structuur.plaats(policy, blok_id)
    if plaats is not None and plaats.soort == "hoofdstuk":
        return tr("Hoofdstuk {nummer}").format(nummer=plaats.positie + 1)
    if plaats is not None and plaats.container.startswith("aanhef."):
        return tr("Aanhef")
    return tr("Toelichting") if plaats is not None else tr("Buiten de artikelen")


def anker(policy: Policy, opmerking: Opmerking) -> tuple[int, int] | None:
    """The comment's range in its block's shown text (None: the whole block, or its phrase is gone)."""
    if not opmerking.citaat:
        return None
    if opmerking.blok_id in eigen_delen(policy):
        return opmerking.anker(lees_blok(policy, eigen_delen(policy)[opmerking.blok_id], opmerking.blok_id))
    plaats = structuur.plaats(policy, opmerking.blok_id)
    if plaats is None:
        return None
    if plaats.soort in BEWERKBAAR:
        tekst = lees_blok(policy, plaats.soort, opmerking.blok_id)
    else:                                   # a sub-item, an aanhef line: its own text
        obj, attribuut = structuur.tekstplaats(policy, opmerking.blok_id) or (None, "")
        tekst = weergave(policy, structuur.lees(obj, attribuut)) if obj is not None else ""
    return opmerking.anker(tekst)


@dataclass(frozen=True)
class GeplaatsteOpmerking:
    opmerking: Opmerking
    plaats: str                         # "Artikel 3, tweede lid" or the part; "Tekst verwijderd" when its block is gone
    bereik: tuple[int, int] | None      # the phrase's range in its block's shown text (None: whole block, or gone)


def opmerkingen_in_volgorde(policy: Policy) -> list[GeplaatsteOpmerking]:
    """The comments in reading order (by block, then by where the phrase starts), each with its place."""
    volgorde = documentvolgorde(policy)
    plekken = Verwijzingsindex(policy).plekken
    uit = []
    for o in sorted(policy.opmerkingen, key=lambda o: (volgorde.get(o.blok_id, len(volgorde)), o.begin or 0)):
        plaats = plaats_naam(policy, o.blok_id, plekken) if o.blok_id in volgorde else tr("Tekst verwijderd")
        uit.append(GeplaatsteOpmerking(o, plaats, anker(policy, o) if o.blok_id in volgorde else None))
    return uit
