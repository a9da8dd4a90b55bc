"""Stable block ids: they never change when numbering changes."""

from __future__ import annotations

import hashlib
import uuid


def new_id() -> str:
    """A fresh id for a block created by the user."""
    return uuid.uuid4().hex[:12]


class DeterministicIds:
    """Ids derived from a seed text, so importing the same text twice gives the same ids.

    Ids must only be unique within one document; a counter makes them so.
    """

    def __init__(self, seed: str) -> None:
        self._seed = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16]
        self._counter = 0

    def __call__(self) -> str:
        self._counter += 1
        raw = f"{self._seed}:{self._counter}".encode("ascii")
        return hashlib.sha256(raw).hexdigest()[:12]
