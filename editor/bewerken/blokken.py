"""Structural operations: new, delete, move, split and merge of artikelen, leden and onderdelen,
and clauses from the library. Each is one change when tracking is on, and one undo step.
"""

from __future__ import annotations

from ..i18n import tr
from ..model import structuur
from ..model.document import Artikel, Hoofdstuk, Lid, Onderdeel, Policy
from ..model.ids import new_id
from ..model.placeholders import vul_in, waarden
from ..model.verwijzingen import Verwijzingsindex, herken_in_tekst
from ..revisions import tracking
from .context import Context, Uitkomst


def _uitkomst(naam: str, selectie: str | None = None) -> Uitkomst:
    return Uitkomst(naam, structuur=True, revisies=True, selectie=selectie)


def _wijziging(policy: Policy, u: Uitkomst, ctx: Context, soort: str) -> int | None:
    """A change id for an operation that covers several steps, its kind registered first."""
    if not ctx.gevolgd:
        return None
    wijziging = tracking.nieuw_id(policy, u.journaal)
    tracking._registreer(policy, u.journaal, wijziging, soort)
    u.nieuwe_wijzigingen.add(wijziging)
    return wijziging


def _voeg_in(policy: Policy, u: Uitkomst, ctx: Context, container: str, positie: int, blok,
             vast_id: int | None = None) -> None:
    nummer = tracking.voeg_in(policy, u.journaal, container, positie, blok, ctx.auteur, ctx.moment(), ctx.gevolgd,
                              vast_id)
    if nummer:
        u.nieuwe_wijzigingen.add(nummer)


def _hoofdstuk_van_buur(policy: Policy, positie: int) -> str | None:
    buur = policy.artikelen[positie - 1] if positie > 0 else (policy.artikelen[0] if policy.artikelen else None)
    return buur.hoofdstuk_id if buur else None


# -- new blocks -------------------------------------------------------------------------------

def nieuw_artikel(policy: Policy, ctx: Context, na_id: str | None = None, kop: str = "", tekst: str = "") -> Uitkomst:
    """A new artikel with one lid (empty, or `tekst`), after the artikel holding `na_id` (or at the end)."""
    positie = _na_artikel(policy, na_id)
    artikel = Artikel(kop or tr("Nieuw artikel"), [Lid(tekst)], leden_genummerd=None,
                      hoofdstuk_id=_hoofdstuk_van_buur(policy, positie))
    u = _uitkomst(tr("Nieuw artikel"), artikel.leden[0].id)
    _voeg_in(policy, u, ctx, "artikelen", positie, artikel)
    return u


def _na_artikel(policy: Policy, na_id: str | None) -> int:
    if na_id is None:
        return len(policy.artikelen)
    artikel = artikel_van(policy, na_id)
    return policy.artikelen.index(artikel) + 1 if artikel else len(policy.artikelen)


def artikel_van(policy: Policy, blok_id: str) -> Artikel | None:
    """The artikel that is or holds a block."""
    for artikel in policy.artikelen:
        if any(deel.id == blok_id for deel in structuur.in_blok(artikel)):
            return artikel
    return None


def nieuw_lid(policy: Policy, ctx: Context, na_id: str, tekst: str = "") -> Uitkomst:
    """A new lid after the lid `na_id`, or at the end of the artikel `na_id`."""
    plaats = structuur.plaats(policy, na_id)
    if plaats is not None and plaats.soort == "lid":
        container, positie = plaats.container, plaats.positie + 1
    else:
        artikel = artikel_van(policy, na_id)
        container, positie = artikel.id, len(artikel.leden)
    lid = Lid(tekst)
    u = _uitkomst(tr("Nieuw lid"), lid.id)
    _voeg_in(policy, u, ctx, container, positie, lid)
    return u


def nieuw_onderdeel(policy: Policy, ctx: Context, lid_id: str, positie: int | None = None, tekst: str = "") -> Uitkomst:
    lid = structuur.blok(policy, lid_id)
    onderdeel = Onderdeel(tekst)
    u = _uitkomst(tr("Nieuw onderdeel"), onderdeel.id)
    _voeg_in(policy, u, ctx, lid_id, len(lid.onderdelen) if positie is None else positie, onderdeel)
    return u


def nieuw_hoofdstuk(policy: Policy, ctx: Context, vanaf_id: str, kop: str = "") -> Uitkomst:
    """A new hoofdstuk that starts at the artikel `vanaf_id` and holds it and the artikelen after it that
    shared its hoofdstuk; tracked, one change (the heading and the artikelen it takes in)."""
    artikel = artikel_van(policy, vanaf_id)
    hoofdstuk = Hoofdstuk(kop or tr("Nieuw hoofdstuk"))
    u = _uitkomst(tr("Nieuw hoofdstuk"), artikel.id)
    wijziging = _wijziging(policy, u, ctx, "insert_hoofdstuk")
    vorige = policy.hoofdstuk(artikel.hoofdstuk_id)
    positie = policy.hoofdstukken.index(vorige) + 1 if vorige else _hoofdstukken_voor(policy, artikel)
    _voeg_in(policy, u, ctx, "hoofdstukken", positie, hoofdstuk, wijziging)
    oud = artikel.hoofdstuk_id
    for volgend in policy.artikelen[policy.artikelen.index(artikel):]:
        if volgend.hoofdstuk_id != oud:
            break
        _naar_hoofdstuk(policy, u, ctx, volgend, hoofdstuk.id, wijziging)
    return u


def _hoofdstukken_voor(policy: Policy, artikel: Artikel) -> int:
    """How many hoofdstukken hold artikelen before this one (where a new one goes in their list)."""
    eerder = {a.hoofdstuk_id for a in policy.artikelen[:policy.artikelen.index(artikel)] if a.hoofdstuk_id}
    return sum(1 for h in policy.hoofdstukken if h.id in eerder)


def _naar_hoofdstuk(policy: Policy, u: Uitkomst, ctx: Context, artikel: Artikel, hoofdstuk_id: str | None,
                    wijziging: int | None) -> None:
    """An artikel joins another hoofdstuk where it stands: a move in place, part of one change."""
    positie = policy.artikelen.index(artikel)
    tracking.verplaats(policy, u.journaal, artikel.id, "artikelen", positie, ctx.auteur, ctx.moment(), ctx.gevolgd,
                       wijziging, hoofdstuk_id=hoofdstuk_id)


def verwijder_hoofdstuk(policy: Policy, ctx: Context, hoofdstuk_id: str) -> Uitkomst:
    """A hoofdstuk heading goes; its artikelen join the hoofdstuk before it (or none): one change."""
    hoofdstuk = policy.hoofdstuk(hoofdstuk_id)
    index = policy.hoofdstukken.index(hoofdstuk)
    eerder = next((a.hoofdstuk_id for a in reversed(policy.artikelen[:_eerste_van(policy, hoofdstuk_id)])), None)
    u = _uitkomst(tr("Hoofdstuk verwijderen"), policy.hoofdstukken[index - 1].id if index else None)
    wijziging = _wijziging(policy, u, ctx, "delete_hoofdstuk")
    for artikel in [a for a in policy.artikelen if a.hoofdstuk_id == hoofdstuk_id]:
        _naar_hoofdstuk(policy, u, ctx, artikel, eerder, wijziging)
    _verwijder(policy, u, ctx, hoofdstuk_id, wijziging)
    return u


def _eerste_van(policy: Policy, hoofdstuk_id: str) -> int:
    return next((i for i, a in enumerate(policy.artikelen) if a.hoofdstuk_id == hoofdstuk_id), len(policy.artikelen))


# -- delete and move ----------------------------------------------------------------------------

def verwijder(policy: Policy, ctx: Context, blok_id: str) -> Uitkomst:
    plaats = structuur.plaats(policy, blok_id)
    if plaats.soort == "hoofdstuk":
        return verwijder_hoofdstuk(policy, ctx, blok_id)
    naam = {"artikel": tr("Artikel verwijderen"), "lid": tr("Lid verwijderen"),
            "onderdeel": tr("Onderdeel verwijderen")}.get(plaats.soort, tr("Verwijderen"))
    buren = plaats.lijst[plaats.positie - 1: plaats.positie] or plaats.lijst[plaats.positie + 1: plaats.positie + 2]
    u = _uitkomst(naam, buren[0].id if buren else None)
    nummer = tracking.verwijder(policy, u.journaal, blok_id, ctx.auteur, ctx.moment(), ctx.gevolgd)
    if nummer:
        u.nieuwe_wijzigingen.add(nummer)
    return u


def verplaats(policy: Policy, ctx: Context, blok_id: str, naar_container: str, naar_positie: int,
              naam: str | None = None) -> Uitkomst:
    """Move a block to a place in a list (positions counted after it has left its old place)."""
    blok = structuur.blok(policy, blok_id)
    u = _uitkomst(naam or tr("Verplaatsen"), blok_id)
    hoofdstuk = ...
    if isinstance(blok, Artikel):
        zonder = [a for a in policy.artikelen if a is not blok]
        buur = zonder[naar_positie - 1] if naar_positie > 0 else (zonder[0] if zonder else None)
        hoofdstuk = buur.hoofdstuk_id if buur else blok.hoofdstuk_id
    nummer = tracking.verplaats(policy, u.journaal, blok_id, naar_container, naar_positie, ctx.auteur, ctx.moment(),
                                ctx.gevolgd, hoofdstuk_id=hoofdstuk)
    if nummer:
        u.nieuwe_wijzigingen.add(nummer)
    return u


def verschuif(policy: Policy, ctx: Context, blok_id: str, stap: int) -> Uitkomst | None:
    """One place up (-1) or down (+1) in its list; None at the edge."""
    plaats = structuur.plaats(policy, blok_id)
    if plaats is None or not 0 <= plaats.positie + stap < len(plaats.lijst):
        return None
    doel = plaats.positie + stap
    naam = tr("Artikel verplaatsen") if plaats.soort == "artikel" else tr("Lid verplaatsen")
    return verplaats(policy, ctx, blok_id, plaats.container, doel, naam)


def sleep(policy: Policy, ctx: Context, bron_id: str, doel_id: str) -> Uitkomst | None:
    """A block dragged onto another: an artikel takes the target artikel's place; a lid goes before the
    target lid, or to the end of the target artikel."""
    bron, doel = structuur.plaats(policy, bron_id), structuur.plaats(policy, doel_id)
    if bron is None or doel is None or bron_id == doel_id:
        return None
    if bron.soort == "artikel" and doel.soort == "artikel":
        return verplaats(policy, ctx, bron_id, "artikelen", doel.positie, tr("Artikel verplaatsen"))
    if bron.soort != "lid":
        return None
    if doel.soort == "artikel":
        container, positie = doel_id, len(structuur.blok(policy, doel_id).leden)
    elif doel.soort == "lid":
        container, positie = doel.container, doel.positie
    else:
        return None
    if container == bron.container and positie > bron.positie:
        positie -= 1
    if container == bron.container and positie == bron.positie:
        return None
    return verplaats(policy, ctx, bron_id, container, positie, tr("Lid verplaatsen"))


# -- split and merge ---------------------------------------------------------------------------

def splits_lid(policy: Policy, ctx: Context, lid_id: str, teken: int) -> Uitkomst:
    """Split a lid (or an onderdeel) at a character of its text as shown; what it holds goes with the second part."""
    plaats = structuur.plaats(policy, lid_id)
    blok = plaats.lijst[plaats.positie]
    index = Verwijzingsindex(policy)
    getoond = index.weergave(blok.tekst)
    eerste = herken_in_tekst(index, getoond[:teken].rstrip())
    tweede = Onderdeel("") if isinstance(blok, Onderdeel) else Lid("")
    u = _uitkomst(tr("Onderdeel splitsen") if isinstance(blok, Onderdeel) else tr("Lid splitsen"), tweede.id)
    wijziging = _wijziging(policy, u, ctx, f"split_{plaats.soort}")
    _bewerk(policy, u, ctx, lid_id, eerste, wijziging)
    _voeg_in(policy, u, ctx, plaats.container, plaats.positie + 1, tweede, wijziging)
    _bewerk(policy, u, ctx, tweede.id, herken_in_tekst(index, getoond[teken:].lstrip()), wijziging)
    _verhuis_inhoud(policy, u, ctx, blok, tweede, wijziging)
    return u


def voeg_samen(policy: Policy, ctx: Context, blok_id: str) -> Uitkomst | None:
    """Join a lid (or onderdeel) with the next one, or an artikel with the next artikel; the first keeps its id."""
    plaats = structuur.plaats(policy, blok_id)
    if plaats is None or plaats.positie + 1 >= len(plaats.lijst) or plaats.soort not in ("lid", "onderdeel", "artikel"):
        return None
    eerste, volgende = plaats.lijst[plaats.positie], plaats.lijst[plaats.positie + 1]
    if plaats.soort in ("lid", "onderdeel"):
        u = _uitkomst(tr("Leden samenvoegen") if plaats.soort == "lid" else tr("Onderdelen samenvoegen"), blok_id)
        wijziging = _wijziging(policy, u, ctx, f"merge_{plaats.soort}")
        _bewerk(policy, u, ctx, blok_id, f"{eerste.tekst} {volgende.tekst}".strip(), wijziging)
    else:
        u = _uitkomst(tr("Artikelen samenvoegen"), blok_id)
        wijziging = _wijziging(policy, u, ctx, "merge_artikel")
    _verhuis_inhoud(policy, u, ctx, volgende, eerste, wijziging)
    _verwijder(policy, u, ctx, volgende.id, wijziging)
    return u


def splits_artikel(policy: Policy, ctx: Context, lid_id: str, kop: str = "") -> Uitkomst | None:
    """The leden from `lid_id` on become a new artikel right after this one."""
    plaats = structuur.plaats(policy, lid_id)
    if plaats is None or plaats.soort != "lid" or plaats.positie == 0:
        return None
    artikel = structuur.blok(policy, plaats.container)
    nieuw = Artikel(kop or tr("Nieuw artikel"), [], artikel.leden_genummerd, artikel.hoofdstuk_id)
    u = _uitkomst(tr("Artikel splitsen"), nieuw.id)
    wijziging = _wijziging(policy, u, ctx, "split_artikel")
    _voeg_in(policy, u, ctx, "artikelen", policy.artikelen.index(artikel) + 1, nieuw, wijziging)
    for lid in artikel.leden[plaats.positie:]:
        _verplaats(policy, u, ctx, lid.id, nieuw.id, len(nieuw.leden), wijziging)
    return u


def _verhuis_inhoud(policy: Policy, u: Uitkomst, ctx: Context, van, naar, wijziging: int | None) -> None:
    """What one block holds (its leden, onderdelen or sub-items) moves to the end of another, in one change."""
    inhoud, doel = _inhoud(van), _inhoud(naar)
    for blok in list(inhoud):
        _verplaats(policy, u, ctx, blok.id, naar.id, len(doel), wijziging)


def _inhoud(blok) -> list:
    if isinstance(blok, Lid):
        return blok.onderdelen
    return blok.subonderdelen if isinstance(blok, Onderdeel) else blok.leden


def _verplaats(policy: Policy, u: Uitkomst, ctx: Context, blok_id: str, container: str, positie: int,
               wijziging: int | None) -> None:
    tracking.verplaats(policy, u.journaal, blok_id, container, positie, ctx.auteur, ctx.moment(), ctx.gevolgd,
                       wijziging)


def _verwijder(policy: Policy, u: Uitkomst, ctx: Context, blok_id: str, wijziging: int | None) -> None:
    tracking.verwijder(policy, u.journaal, blok_id, ctx.auteur, ctx.moment(), ctx.gevolgd, wijziging)


def _bewerk(policy: Policy, u: Uitkomst, ctx: Context, tekst_id: str, rauw: str, wijziging: int | None) -> None:
    u.nieuwe_wijzigingen |= tracking.bewerk(policy, u.journaal, tekst_id, rauw, ctx.auteur, ctx.moment(),
                                            ctx.gevolgd, wijziging)
    u.teksten.add(tekst_id)


# -- clauses ----------------------------------------------------------------------------------------

def voeg_clausule_in(policy: Policy, ctx: Context, titel: str, leden: list[str], als_artikel: bool,
                     na_id: str | None = None) -> Uitkomst:
    """A clause from the library as a new artikel after the one holding `na_id`, or as new leden after the
    lid `na_id` (or at the end of the artikel `na_id`); its placeholders filled from the metadata."""
    gevuld = [vul_in(tekst, waarden(policy.metadata)) for tekst in leden] or [""]
    artikel = artikel_van(policy, na_id) if na_id else None
    if als_artikel or artikel is None:
        nieuw = Artikel(titel, [Lid(t) for t in gevuld], leden_genummerd=None)
        positie = _na_artikel(policy, na_id)
        nieuw.hoofdstuk_id = _hoofdstuk_van_buur(policy, positie)
        u = _uitkomst(tr("Clausule invoegen"), nieuw.leden[0].id)
        _voeg_in(policy, u, ctx, "artikelen", positie, nieuw)
        return u
    plaats = structuur.plaats(policy, na_id)
    positie = plaats.positie + 1 if plaats.soort == "lid" else len(artikel.leden)
    nieuwe = [Lid(t, id=new_id()) for t in gevuld]
    u = _uitkomst(tr("Clausule invoegen"), nieuwe[0].id)
    wijziging = _wijziging(policy, u, ctx, "insert_lid")
    for k, lid in enumerate(nieuwe):
        _voeg_in(policy, u, ctx, artikel.id, positie + k, lid, wijziging)
    return u
