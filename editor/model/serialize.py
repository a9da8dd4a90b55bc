"""Dataclasses to and from plain dicts (JSON), for the project file and the command line."""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from typing import Any, TypeVar


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
