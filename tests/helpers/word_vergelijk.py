"""The import check of the Word round trip, as the issue words it: our import of our own export keeps
every change (kind, author, date, text) and every comment with its anchor and thread.

`verschillen(model, terug, stil=set())` lists what differs (empty: nothing). Changes are compared as a
multiset of (kind, author, date to the second in UTC, shown text, artikel, lid); change ids are not
compared (Word renumbers them). Comments as (block text shown, anchor range, author, date, text,
resolved, replies). `stil` holds change ids the redline does not show (word_revisies.stille_verplaatsingen).
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone

from editor.model.document import Policy
from editor.model.verwijzingen import Verwijzingsindex
from editor.revisions.lijst import alle_wijzigingen


def seconde(tijd: str | None) -> str:
    """A time as Word writes it: UTC, to the second."""
    if not tijd:
        return ""
    try:
        moment = datetime.fromisoformat(tijd.replace("Z", "+00:00"))
    except ValueError:
        return tijd
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.replace(microsecond=0).isoformat()


def wijzigingen(policy: Policy, stil: set[int] = frozenset()) -> Counter:
    index = Verwijzingsindex(policy)
    return Counter((w.soort, w.auteur or "", seconde(w.datum), index.weergave(w.tekst or "").strip(), w.artikel, w.lid)
                   for w in alle_wijzigingen(policy) if w.id not in stil)


def opmerkingen(policy: Policy) -> Counter:
    index = Verwijzingsindex(policy)
    blokken = policy.tekstblokken()
    uit = Counter()
    for o in policy.opmerkingen:
        blok = blokken.get(o.blok_id)
        tekst = index.weergave(blok.tekst) if blok is not None else o.blok_id
        uit[(tekst, o.anker(tekst) if blok is not None else o.citaat, o.auteur, seconde(o.tijd), o.tekst, o.opgelost,
             tuple((a.auteur, seconde(a.tijd), a.tekst) for a in o.antwoorden))] += 1
    return uit


def verschillen(model: Policy, terug: Policy, stil: set[int] = frozenset()) -> list[str]:
    """One line per change or comment that is in one and not in the other."""
    uit = []
    for naam, a, b in (("change", wijzigingen(model, stil), wijzigingen(terug)),
                       ("comment", opmerkingen(model), opmerkingen(terug))):
        for sleutel in (a - b):
            uit.append(f"- {naam} {sleutel}")
        for sleutel in (b - a):
            uit.append(f"+ {naam} {sleutel}")
    return uit
