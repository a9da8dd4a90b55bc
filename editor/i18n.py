"""Translation: every string a user sees goes through tr().

Dutch is the interface's first language, so the source strings are Dutch; the English
translation is a Qt Linguist file (resources/translations/*.ts, committed), compiled to .qm by the
install step (`make`). tr() asks a QTranslator loaded with that .qm (QtCore only, no application
object needed), so the command line, the core and the window share one mechanism. In a checkout
whose .qm is missing or older than its .ts, the .ts is read directly instead.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import lru_cache

from .paths import resource_dir

TALEN = ("nl", "en")
_taal = "nl"


def tr(tekst: str, context: str = "Beleidsstudio") -> str:
    """The text in the current language (the Dutch source when no translation is known)."""
    if _taal == "nl":
        return tekst
    vertaler = qt_vertaler(_taal)
    if vertaler is not None:
        return vertaler.translate(context, tekst) or tekst
    return _vertalingen(_taal).get((context, tekst)) or _vertalingen(_taal).get(("", tekst)) or tekst


def qm_pad(taal_: str):
    return resource_dir() / "translations" / f"beleidsstudio_{taal_}.qm"


@lru_cache(maxsize=None)
def qt_vertaler(taal_: str):
    """A QTranslator with the compiled .qm, or None when there is no up-to-date one."""
    qm, ts = qm_pad(taal_), resource_dir() / "translations" / f"beleidsstudio_{taal_}.ts"
    if not qm.exists() or (ts.exists() and ts.stat().st_mtime > qm.stat().st_mtime):
        return None
    from PySide6.QtCore import QTranslator

    vertaler = QTranslator()
    return vertaler if vertaler.load(str(qm)) else None


def aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    """"1 fout", "2 fouten" ("1 error", "2 errors"): the caller passes both forms through tr(), each with {n}
    (0 takes the plural in both languages)."""
    return (enkelvoud if n == 1 else meervoud).format(n=n)


def N_(tekst: str) -> str:
    """Marks a string in a constant table for translation; tr() translates it where it is shown."""
    return tekst


def zet_taal(taal: str) -> None:
    global _taal
    _taal = taal if taal in TALEN else "nl"


def taal() -> str:
    return _taal


def taal_van_omgeving() -> str:
    """The message language of the command line: BELEIDSSTUDIO_LANG, else the locale (C is English)."""
    if eigen := os.environ.get("BELEIDSSTUDIO_LANG"):
        return eigen[:2].lower()
    for variabele in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        waarde = os.environ.get(variabele)
        if waarde:
            return "nl" if waarde.lower().startswith("nl") else "en"
    return "en"


@lru_cache(maxsize=None)
def _vertalingen(taal_: str) -> dict[tuple[str, str], str]:
    pad = resource_dir() / "translations" / f"beleidsstudio_{taal_}.ts"
    if not pad.exists():
        return {}
    vertalingen: dict[tuple[str, str], str] = {}
    for context in ET.parse(pad).getroot().iter("context"):
        naam = context.findtext("name") or ""
        for bericht in context.iter("message"):
            bron, vertaling = bericht.findtext("source"), bericht.find("translation")
            if bron and vertaling is not None and vertaling.text and vertaling.get("type") != "unfinished":
                vertalingen[(naam, bron)] = vertaling.text
                vertalingen.setdefault(("", bron), vertaling.text)
    return vertalingen
