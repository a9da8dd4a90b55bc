"""Accounting for every word of an import: what the policy holds, and the lines it could not place.

A word counts as kept when the policy's readable text (with its metadata) holds it as often as the
input does. Dates count in any notation ("06-11-2018" is "6 november 2018"). The lines of the input
whose words the policy cannot account for form the import report, which the window shows and
`import` prints.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model.datums import DATUM_PATROON, parse_datum
from ..model.document import Policy
from ..model.serialize import to_dict

WOORD_RE = re.compile(r"\w+", re.UNICODE)
DATUM_RE = re.compile(DATUM_PATROON, re.IGNORECASE)


def woorden(tekst: str) -> list[str]:
    """The words of a text, lower case, with every date as one ISO word."""
    def als_iso(m: re.Match[str]) -> str:
        iso = parse_datum(m.group(0))
        return f" {iso.replace('-', '_')} " if iso else m.group(0)
    return WOORD_RE.findall(DATUM_RE.sub(als_iso, tekst).lower())


def policy_woorden(policy: Policy) -> Counter[str]:
    """Every word the imported policy holds: its readable body and its metadata values."""
    from .text_export import render_body

    pool = Counter(woorden(render_body(policy)))
    pool.update(woorden(" ".join(_waarden(to_dict(policy.metadata)))))
    if policy.citeertitel:
        pool.update(woorden(policy.citeertitel))
    return pool


def _waarden(data: object) -> list[str]:
    if isinstance(data, dict):
        return [w for v in data.values() for w in _waarden(v)]
    if isinstance(data, list):
        return [w for v in data for w in _waarden(v)]
    return [str(data)] if isinstance(data, str) else []


def niet_geplaatst(invoer: str, policy: Policy, pagina: list[str] | None = None) -> list[str]:
    """The lines of the input whose words the policy does not hold (in input order).

    Lines that were the page around the regulation (pagina) are always reported: their values may be
    metadata now, but the lines themselves are not part of the text."""
    pool = policy_woorden(policy)
    pagina_set = {r.strip() for r in (pagina or [])}
    uit: list[str] = []
    for regel in invoer.splitlines():
        tekst = regel.strip()
        if not tekst:
            continue
        if tekst in pagina_set:
            uit.append(tekst)
            continue
        nodig = Counter(woorden(tekst))
        if all(pool[w] >= n for w, n in nodig.items()):
            pool.subtract(nodig)
        else:
            uit.append(tekst)
    return uit


def behouden(invoer: str, policy: Policy, rapport: list[str]) -> tuple[int, int]:
    """(words of the input kept in the policy or the report, words of the input) — the benchmark's figure."""
    nodig = Counter(woorden(invoer))
    pool = policy_woorden(policy) + Counter(woorden("\n".join(rapport)))
    kept = sum(min(n, pool[w]) for w, n in nodig.items())
    return kept, sum(nodig.values())
