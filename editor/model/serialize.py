"""Dataclasses to and from plain dicts (JSON), for the project file and the command line."""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from typing import Any, TypeVar

from .document import Artikel, Lid, Policy
from .numbering import lid_nummer, onderdeel_letter
from .verwijzingen import Verwijzingsindex

T = TypeVar("T")


def to_dict(obj: Any) -> Any:
    """Every field, recursively; enums become their values."""
    if dataclasses.is_dataclass(obj):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [to_dict(x) for x in obj]
    if isinstance(obj, enum.Enum):
        return obj.value
    return obj


def from_dict(cls: type[T], data: Any) -> T:
    """The inverse of to_dict; unknown keys are ignored, missing ones take their defaults.

    Raises ValueError or TypeError when the data does not fit the class.
    """
    return _waarde(cls, data)


def _waarde(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _waarde(args[0], data)
    if origin is dict:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        _, waarde_type = typing.get_args(tp)
        return {str(k): _waarde(waarde_type, v) for k, v in data.items()}
    if origin is list:
        if not isinstance(data, list):
            raise TypeError(f"expected a list, got {type(data).__name__}")
        (item,) = typing.get_args(tp)
        return [_waarde(item, x) for x in data]
    if dataclasses.is_dataclass(tp):
        return _dataclass(tp, data)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp(data)
    if tp in (str, int, bool) and not isinstance(data, tp):
        raise TypeError(f"expected {tp.__name__}, got {type(data).__name__}")
    return data


def _dataclass(cls: Any, data: Any) -> Any:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object for {cls.__name__}")
    hints = typing.get_type_hints(cls)
    kwargs = {f.name: _waarde(hints[f.name], data[f.name]) for f in dataclasses.fields(cls) if f.name in data}
    return cls(**kwargs)


def policy_json(policy: Policy) -> dict[str, Any]:
    """The public JSON of `show --json`: numbers as shown, dates ISO 8601, absent values null."""
    aanhef = policy.aanhef
    index = Verwijzingsindex(policy)
    return {
        "id": policy.id,
        "titel": policy.titel,
        "citeertitel": policy.citeertitel,
        "aanhef": {
            "orgaan": aanhef.orgaan,
            "gezien": [a.tekst for a in aanhef.gezien],
            "gelet_op": [a.tekst for a in aanhef.gelet_op],
            "overwegingen": [a.tekst for a in aanhef.overwegingen],
            "beslispunten": [a.tekst for a in aanhef.beslispunten],
        },
        "inleiding": to_dict(policy.inleiding),
        "hoofdstukken": [
            {"id": h.id, "nummer": i + 1, "kop": h.kop, "artikelen": [a.id for a in policy.artikelen_van(h)]}
            for i, h in enumerate(policy.hoofdstukken)
        ],
        "artikelen": [_artikel_json(nummer, a, index) for nummer, a in enumerate(policy.artikelen, start=1)],
        "slotwoord": to_dict(policy.slotwoord),
        "toelichting": to_dict(policy.toelichting),
        "metadata": _metadata_json(policy),
        "bron": to_dict(policy.bron),
    }


def _artikel_json(nummer: int, artikel: Artikel, index: Verwijzingsindex) -> dict[str, Any]:
    return {
        "id": artikel.id,
        "nummer": nummer,
        "kop": artikel.kop,
        "leden": [_lid_json(artikel, i, lid, index) for i, lid in enumerate(artikel.leden)],
    }


def _lid_json(artikel: Artikel, positie: int, lid: Lid, index: Verwijzingsindex) -> dict[str, Any]:
    """Texts with their cross-references written out, as a reader sees them."""
    return {
        "id": lid.id,
        "nummer": lid_nummer(artikel, positie),
        "tekst": index.weergave(lid.tekst),
        "onderdelen": [
            {
                "id": o.id,
                "nummer": onderdeel_letter(j),
                "tekst": index.weergave(o.tekst),
                "subonderdelen": [{"id": s.id, "nummer": k + 1, "tekst": index.weergave(s.tekst)}
                                  for k, s in enumerate(o.subonderdelen)],
            }
            for j, o in enumerate(lid.onderdelen)
        ],
    }


def _metadata_json(policy: Policy) -> dict[str, Any]:
    """The metadata, with the OR consent's fingerprint and whether the text changed since."""
    from ..revisions.instemming import is_verouderd

    meta = to_dict(policy.metadata)
    meta["or_instemming"]["fingerprint"] = policy.metadata.or_instemming.vingerafdruk
    meta["or_instemming"]["verouderd"] = is_verouderd(policy)
    return meta
