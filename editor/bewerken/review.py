"""Operations of the review: accept and reject, versions, the works council's consent, comments and
metadata. The consent request and decision are facts: they are operations (so the command line and
the window record them alike, and a test can take them back), but the window keeps them off its
undo stack, as it keeps the versions it saved in the file.
"""

from __future__ import annotations

from ..errors import BeleidsstudioFout
from ..i18n import tr
from ..model.document import Policy
from ..model.metadata import InstemmingStap, InstemmingStatus
from ..model.opmerkingen import Antwoord, Opmerking
from ..revisions import beslissen
from ..revisions.instemming import BESLISSINGEN, vingerafdruk
from ..revisions.lijst import kies
from .context import Context, Uitkomst


class BewerkingFout(BeleidsstudioFout):
    """An operation this user may not do, or that has nothing to work on."""


def accepteer(policy: Policy, ctx: Context, ids: set[int] | None = None, auteur: str | None = None) -> Uitkomst:
    return _beslis(policy, ctx, ids, auteur, True)


def verwerp(policy: Policy, ctx: Context, ids: set[int] | None = None, auteur: str | None = None) -> Uitkomst:
    return _beslis(policy, ctx, ids, auteur, False)


def _beslis(policy: Policy, ctx: Context, ids: set[int] | None, auteur: str | None, aanvaarden: bool) -> Uitkomst:
    if ctx.is_or:
        raise BewerkingFout(tr("De ondernemingsraad stelt wijzigingen voor; aanvaarden en afwijzen doet de opsteller."))
    gekozen = kies(policy, ids, auteur)
    if not gekozen:
        raise BewerkingFout(tr("Geen open wijzigingen gevonden die hierbij passen."))
    naam = tr("Wijzigingen aanvaarden") if aanvaarden else tr("Wijzigingen afwijzen")
    u = Uitkomst(naam, structuur=True, revisies=True, teksten=set())
    (beslissen.accepteer if aanvaarden else beslissen.verwerp)(policy, gekozen, u.journaal)
    u.nieuwe_wijzigingen = gekozen       # the changes decided on
    return u


def bewaar_versie(policy: Policy, label: str) -> Uitkomst:
    """The marker of the version the next changes are made after (the snapshot itself is the store's)."""
    u = Uitkomst(tr("Versie bewaren"), versie=True)
    u.journaal.zet(policy, "laatste_versie", label)
    return u


def vraag_instemming(policy: Policy, tijd: str, versie: str | None) -> Uitkomst:
    """Record the request: the fingerprint of the text as it is offered to the OR."""
    afdruk = vingerafdruk(policy)
    u = Uitkomst(tr("Ter instemming aanbieden"), instemming=True, metadata=True)
    instemming = policy.metadata.or_instemming
    for veld, waarde in (("status", InstemmingStatus.AANGEVRAAGD), ("datum", None), ("vingerafdruk", afdruk)):
        u.journaal.zet(instemming, veld, waarde)
    stap = InstemmingStap("aanvraag", tijd, InstemmingStatus.AANGEVRAAGD, vingerafdruk=afdruk, versie=versie)
    u.journaal.voeg_in(policy.metadata.instemming_historie, len(policy.metadata.instemming_historie), stap)
    return u


def leg_besluit_vast(policy: Policy, ctx: Context, beslissing: str, datum: str, vergadering: str | None = None,
                     notities: str | None = None) -> Uitkomst:
    """The OR's decision on the text it was offered (or, without a request, on the text as it is)."""
    if beslissing not in BESLISSINGEN:
        raise BewerkingFout(tr("Onbekend besluit: {besluit}").format(besluit=beslissing))
    status = BESLISSINGEN[beslissing]
    instemming = policy.metadata.or_instemming
    afdruk = instemming.vingerafdruk if instemming.status is InstemmingStatus.AANGEVRAAGD else vingerafdruk(policy)
    u = Uitkomst(tr("Besluit OR vastleggen"), instemming=True, metadata=True)
    for veld, waarde in (("status", status), ("datum", datum), ("vergadering", vergadering), ("notities", notities),
                         ("vingerafdruk", afdruk)):
        u.journaal.zet(instemming, veld, waarde)
    stap = InstemmingStap("besluit", ctx.moment(), status, datum, vergadering, notities, afdruk)
    u.journaal.voeg_in(policy.metadata.instemming_historie, len(policy.metadata.instemming_historie), stap)
    return u


def zet_metadata(policy: Policy, pad: str, waarde) -> Uitkomst:
    """One metadata field, named by its path ("vaststelling.datum", "organisatie")."""
    *delen, veld = pad.split(".")
    doel = policy.metadata
    for deel in delen:
        doel = getattr(doel, deel)
    if not hasattr(doel, veld):
        raise BewerkingFout(tr("Onbekend gegeven: {veld}").format(veld=pad))
    u = Uitkomst(tr("Gegevens wijzigen"), metadata=True)
    u.journaal.zet(doel, veld, waarde)
    return u


def voeg_opmerking_toe(policy: Policy, ctx: Context, blok_id: str, tekst: str, citaat: str = "",
                       begin: int | None = None) -> Uitkomst:
    opmerking = Opmerking(blok_id, ctx.auteur, ctx.moment(), tekst, citaat, begin=begin if citaat else None)
    u = Uitkomst(tr("Opmerking toevoegen"), opmerkingen=True, selectie=blok_id)
    u.journaal.voeg_in(policy.opmerkingen, len(policy.opmerkingen), opmerking)
    return u


def beantwoord(policy: Policy, ctx: Context, opmerking_id: str, tekst: str) -> Uitkomst:
    opmerking = _opmerking(policy, opmerking_id)
    u = Uitkomst(tr("Opmerking beantwoorden"), opmerkingen=True, selectie=opmerking.blok_id)
    u.journaal.voeg_in(opmerking.antwoorden, len(opmerking.antwoorden), Antwoord(ctx.auteur, ctx.moment(), tekst))
    return u


def wissel_opgelost(policy: Policy, opmerking_id: str) -> Uitkomst:
    opmerking = _opmerking(policy, opmerking_id)
    u = Uitkomst(tr("Opmerking opgelost"), opmerkingen=True, selectie=opmerking.blok_id)
    u.journaal.zet(opmerking, "opgelost", not opmerking.opgelost)
    return u


def _opmerking(policy: Policy, opmerking_id: str) -> Opmerking:
    opmerking = next((o for o in policy.opmerkingen if o.id == opmerking_id), None)
    if opmerking is None:
        raise BewerkingFout(tr("Die opmerking bestaat niet meer."))
    return opmerking
