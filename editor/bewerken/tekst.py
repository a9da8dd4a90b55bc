"""The text of every kind of block, as the editor shows it and as an edit writes it back.

A lid or onderdeel is shown with its references written out; written back, "artikel 5, derde lid"
that names a block of this policy becomes a reference again. The aanhef and a section are edited as
one text: their items are paired with what was there, so an edit is tracked item by item. The
vaststelling with its signatures is edited as text and read back as metadata.
"""

from __future__ import annotations

import copy

from ..formats.besluit_meta import lees_ondertekening
from ..formats.text_export import aanhef_regels, ondertekening_regels
from ..formats.text_import import parse_text
from ..i18n import tr
from ..model import structuur
from ..model.document import Alinea, Policy
from ..model.placeholders import placeholders_in, vul_in
from ..model.verwijzingen import Verwijzingsindex, herken_in_tekst
from ..revisions import tracking
from .afstemmen import Afstemmer
from .context import Context, Uitkomst

BEWERKBAAR = ("lid", "onderdeel", "artikel", "hoofdstuk", "sectie", "aanhef", "ondertekening", "titel")
MET_VERWIJZINGEN = ("lid", "onderdeel")


def lees_blok(policy: Policy, soort: str, blok_id: str) -> str:
    """The text the editor shows for a block."""
    if soort in MET_VERWIJZINGEN:
        return Verwijzingsindex(policy).weergave(structuur.blok(policy, blok_id).tekst)
    if soort in ("artikel", "hoofdstuk"):
        return structuur.blok(policy, blok_id).kop
    if soort == "titel":
        return policy.titel
    if soort == "sectie":
        return "\n\n".join(a.tekst for a in _sectie(policy, blok_id).alineas)
    if soort == "aanhef":
        return "\n".join(aanhef_regels(policy)).strip()
    if soort == "ondertekening":
        return "\n".join(ondertekening_regels(policy.metadata)).strip()
    raise KeyError(soort)


def bewerk_blok(policy: Policy, ctx: Context, soort: str, blok_id: str, tekst: str) -> Uitkomst:
    """The block's text as typed in the editor becomes its text; tracked when tracking is on."""
    if soort == "sectie":
        return _bewerk_sectie(policy, ctx, blok_id, tekst)
    if soort == "aanhef":
        return _bewerk_aanhef(policy, ctx, tekst)
    if soort == "ondertekening":
        return _bewerk_ondertekening(policy, tekst)
    tekst_id = "titel" if soort == "titel" else blok_id
    rauw = herken_in_tekst(Verwijzingsindex(policy), tekst) if soort in MET_VERWIJZINGEN else tekst
    return bewerk_tekst(policy, ctx, tekst_id, rauw)


def bewerk_tekst(policy: Policy, ctx: Context, tekst_id: str, rauw: str, naam: str | None = None) -> Uitkomst:
    """One text (in its stored form, references as markers) becomes `rauw`."""
    u = Uitkomst(naam or tr("Tekst wijzigen"), teksten={tekst_id}, selectie=tekst_id)
    u.nieuwe_wijzigingen = tracking.bewerk(policy, u.journaal, tekst_id, rauw, ctx.auteur, ctx.moment(), ctx.gevolgd)
    u.revisies = ctx.gevolgd or tekst_id in policy.revisies
    return u


def _sectie(policy: Policy, blok_id: str):
    return next(s for s in policy.secties() if s.id == blok_id)


def _bewerk_sectie(policy: Policy, ctx: Context, blok_id: str, tekst: str) -> Uitkomst:
    """Paragraphs separated by a blank line; each is paired with the paragraph it was."""
    sectie = _sectie(policy, blok_id)
    nieuw = [Alinea(a.strip()) for a in tekst.split("\n\n") if a.strip()]
    u = Uitkomst(tr("Tekst wijzigen"), selectie=blok_id)
    Afstemmer(policy, policy, ctx, u, frozenset(), [(sectie.alineas, nieuw, sectie.id)]).stem_af()
    u.structuur = u.revisies = True
    return u


def _bewerk_aanhef(policy: Policy, ctx: Context, tekst: str) -> Uitkomst:
    """The aanhef read back by the importer's rules; its items paired with what they were."""
    nieuw = parse_text(f"{policy.titel or 'Titel'}\n\n{tekst}\n").aanhef
    u = Uitkomst(tr("Aanhef wijzigen"), selectie=policy.id)
    lijsten = [(getattr(policy.aanhef, n), getattr(nieuw, n), f"aanhef.{n}") for n in structuur.AANHEF_LIJSTEN]
    Afstemmer(policy, policy, ctx, u, frozenset(), lijsten).stem_af()
    if (nieuw.orgaan or "") != (policy.aanhef.orgaan or ""):
        u.nieuwe_wijzigingen |= tracking.bewerk(policy, u.journaal, "orgaan", nieuw.orgaan or "", ctx.auteur,
                                                ctx.moment(), ctx.gevolgd)
    u.structuur = u.revisies = True
    return u


def _bewerk_ondertekening(policy: Policy, tekst: str) -> Uitkomst:
    metadata = copy.deepcopy(policy.metadata)
    lees_ondertekening([r for r in tekst.splitlines() if r.strip()], metadata)
    u = Uitkomst(tr("Ondertekening wijzigen"), metadata=True)
    for veld in ("vaststelling", "ondertekening"):
        u.journaal.zet(policy.metadata, veld, getattr(metadata, veld))
    return u


def vul_plaatshouders_in(policy: Policy, ctx: Context, waarden: dict[str, str]) -> Uitkomst:
    """Record the organisation's name and fill it into every placeholder: one undo step."""
    u = Uitkomst(tr("Plaatshouders invullen"), metadata=True, revisies=ctx.gevolgd)
    if "organisatie" in waarden:
        u.journaal.zet(policy.metadata, "organisatie", waarden["organisatie"])
    if policy.citeertitel and placeholders_in(policy.citeertitel):
        u.journaal.zet(policy, "citeertitel", vul_in(policy.citeertitel, waarden))
    for tekst_id, (obj, attribuut) in structuur.tekstplaatsen(policy).items():
        tekst = structuur.lees(obj, attribuut)
        if placeholders_in(tekst) and (nieuw := vul_in(tekst, waarden)) != tekst:
            u.nieuwe_wijzigingen |= tracking.bewerk(policy, u.journaal, tekst_id, nieuw, ctx.auteur, ctx.moment(),
                                                    ctx.gevolgd)
            u.teksten.add(tekst_id)
    return u
