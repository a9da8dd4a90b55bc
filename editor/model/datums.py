"""Dutch dates in words and in figures, kept as ISO 8601 text.

A full date is "2015-04-28"; a month without a day ("juli 2014") is "2014-07".
"""

from __future__ import annotations

import datetime as dt
import re

from ..i18n import taal

MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
_MAAND = "|".join(MAANDEN)
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

# The order matters: a full date in words before a month and year.
DATUM_PATROON = (
    rf"(?:\d{{1,2}}\s+(?:{_MAAND})\s+\d{{4}}"
    rf"|\d{{1,2}}-\d{{1,2}}-\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|(?:{_MAAND})\s+\d{{4}})"
)
_WOORDEN = re.compile(rf"^(\d{{1,2}})\s+({_MAAND})\s+(\d{{4}})$", re.IGNORECASE)
_CIJFERS = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MAAND_JAAR = re.compile(rf"^({_MAAND})\s+(\d{{4}})$", re.IGNORECASE)
_ISO_MAAND = re.compile(r"^(\d{4})-(\d{2})$")


def parse_datum(text: str) -> str | None:
    """ISO text for a Dutch date (or one in English words, as the English interface shows it), or None
    when the text is no valid date."""
    text = " ".join(_maand_in_het_nederlands(w) for w in text.strip().split())
    if m := _WOORDEN.match(text):
        return _iso(int(m[3]), MAANDEN.index(m[2].lower()) + 1, int(m[1]))
    if m := _CIJFERS.match(text):
        return _iso(int(m[3]), int(m[2]), int(m[1]))
    if m := _ISO.match(text):
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    if m := _MAAND_JAAR.match(text):
        return f"{int(m[2]):04d}-{MAANDEN.index(m[1].lower()) + 1:02d}"
    return None


def _maand_in_het_nederlands(woord: str) -> str:
    """ "January" -> "januari"; any other word as it is."""
    engels = [m.lower() for m in MONTHS]
    return MAANDEN[engels.index(woord.lower())] if woord.lower() in engels else woord


def find_datum(text: str) -> str | None:
    """The first date in a running text, as ISO text."""
    for m in re.finditer(DATUM_PATROON, text, re.IGNORECASE):
        if iso := parse_datum(m.group(0)):
            return iso
    return None


def format_datum(iso: str) -> str:
    """ "2015-04-28" -> "28 april 2015"; "2014-07" -> "juli 2014"."""
    if m := _ISO.match(iso):
        return f"{int(m[3])} {MAANDEN[int(m[2]) - 1]} {int(m[1])}"
    if m := _ISO_MAAND.match(iso):
        return f"{MAANDEN[int(m[2]) - 1]} {int(m[1])}"
    raise ValueError(f"no ISO date: {iso!r}")


def toon_datum(iso: str | None) -> str:
    """A date as the interface shows it, in its language: "13 april 2017", "13 April 2017"; "—" for none.
    (The document's own text is Dutch whatever the interface: it uses format_datum.)"""
    if not iso:
        return "—"
    nederlands = format_datum(iso)
    if taal() != "en":
        return nederlands
    for maand, month in zip(MAANDEN, MONTHS):
        if maand in nederlands.split():
            return nederlands.replace(maand, month)
    return nederlands


def toon_tijd(moment: str | None) -> str:
    """A moment (ISO 8601, as the record keeps it, UTC) in local time: "13 april 2017 14:05"."""
    if not moment:
        return "—"
    try:
        tijd = dt.datetime.fromisoformat(moment)
    except ValueError:
        return moment
    if tijd.tzinfo is not None:
        tijd = tijd.astimezone()
    return f"{toon_datum(tijd.date().isoformat())} {tijd:%H:%M}"


def is_iso_datum(text: str) -> bool:
    if m := _ISO.match(text):
        return _iso(int(m[1]), int(m[2]), int(m[3])) is not None
    if m := _ISO_MAAND.match(text):
        return 1 <= int(m[2]) <= 12
    return False


def _iso(jaar: int, maand: int, dag: int) -> str | None:
    try:
        return dt.date(jaar, maand, dag).isoformat()
    except ValueError:
        return None
