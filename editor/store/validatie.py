"""Checks on what a project file holds before it becomes a Policy: sizes, JSON depth, and the type
of every value, so a crafted or damaged file gives one "beschadigd" line instead of a crash later.

The limits are stated here and in the README: a document's JSON at most 8 MB, any single text
(a lid, a title) at most 1 MB, nesting at most 64 deep (a policy needs about 12).
"""

from __future__ import annotations

import dataclasses
import enum
import itertools
import re
import types
import typing
from typing import Any

MAX_JSON_BYTES = 8 * 1024 * 1024
MAX_METADATA_BYTES = 1024 * 1024
MAX_TEKST = 1_000_000            # characters in one text: a lid over about 1 MB is refused
MAX_DIEPTE = 64

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_GEEN_HAAK = re.compile(r"[^\[\]{}]+")
_STAP = {"[": 1, "{": 1, "]": -1, "}": -1}
_PLEK = {"artikelen": "artikel", "leden": "lid", "onderdelen": "onderdeel", "subonderdelen": "subonderdeel",
         "hoofdstukken": "hoofdstuk", "toelichting": "toelichting", "alineas": "alinea"}


class Ongeldig(ValueError):
    """The data does not fit the model; `plek` says where (for the message), `soort` what is wrong."""

    def __init__(self, soort: str, plek: str = "") -> None:
        super().__init__(soort, plek)
        self.soort, self.plek = soort, plek


def json_diepte(tekst: str) -> int:
    """How deeply the JSON nests, without parsing it: strings removed, brackets counted (C-speed regexes)."""
    haken = _GEEN_HAAK.sub("", _STRING.sub("", tekst))
    if not haken:
        return 0
    return max(itertools.accumulate(_STAP[h] for h in haken))


def controleer_json(tekst: str, max_bytes: int) -> None:
    """Size and depth before json.loads: a 100,000-deep array must not reach the parser."""
    if len(tekst) > max_bytes:
        raise Ongeldig("groot")
    if json_diepte(tekst) > MAX_DIEPTE:
        raise Ongeldig("diep")


def controleer_waarde(tp: Any, data: Any, plek: tuple = ()) -> None:
    """`data` (from json.loads) fits the type hint `tp` exactly: no null where a value is required,
    no number where text belongs, no text of more than MAX_TEKST characters."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return controleer_waarde(args[0], data, plek)
    if data is None:
        raise Ongeldig("soort", _plek(plek))
    if origin is list:
        _vereis(isinstance(data, list), plek)
        (item,) = typing.get_args(tp)
        for i, x in enumerate(data):
            controleer_waarde(item, x, plek + (i,))
    elif origin is dict:
        _vereis(isinstance(data, dict), plek)
        _, waarde_type = typing.get_args(tp)
        for k, v in data.items():
            controleer_waarde(waarde_type, v, plek + (k,))
    elif dataclasses.is_dataclass(tp):
        _dataclass(tp, data, plek)
    elif isinstance(tp, type) and issubclass(tp, enum.Enum):
        _vereis(data in {lid.value for lid in tp}, plek)
    elif tp is str:
        _vereis(isinstance(data, str), plek)
        if len(data) > MAX_TEKST:
            raise Ongeldig("tekst", _plek(plek))
    elif tp is bool:
        _vereis(isinstance(data, bool), plek)
    elif tp is int:
        _vereis(isinstance(data, int) and not isinstance(data, bool), plek)


def _dataclass(cls: Any, data: Any, plek: tuple) -> None:
    _vereis(isinstance(data, dict), plek)
    hints = _hints(cls)
    for veld in dataclasses.fields(cls):
        if veld.name in data:
            controleer_waarde(hints[veld.name], data[veld.name], plek + (veld.name,))
        elif veld.default is dataclasses.MISSING and veld.default_factory is dataclasses.MISSING:
            raise Ongeldig("soort", _plek(plek + (veld.name,)))


_HINTS: dict[Any, dict[str, Any]] = {}


def _hints(cls: Any) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _vereis(voorwaarde: bool, plek: tuple) -> None:
    if not voorwaarde:
        raise Ongeldig("soort", _plek(plek))


def _plek(plek: tuple) -> str:
    """artikelen[2].leden[0].tekst reads as "artikel 3, lid 1, tekst"."""
    delen: list[str] = []
    for i, stap in enumerate(plek):
        if isinstance(stap, int):
            continue
        volgend = plek[i + 1] if i + 1 < len(plek) else None
        naam = _PLEK.get(stap, stap) if isinstance(volgend, int) else stap
        delen.append(f"{naam} {volgend + 1}" if isinstance(volgend, int) else str(naam))
    return ", ".join(delen)
