"""Topic coverage over many policies: a matrix topics x documents of the blocks covering each."""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.onderwerpen import TOPIC_IDS, Classificatie, classificeer

from ..model.document import Policy
from .blocks import Blok, blokken


@dataclass
class Dekking:
    documenten: list[str]
    cellen: dict[str, dict[str, list[Blok]]] = field(default_factory=dict)
    uitleg: dict[str, list[Classificatie]] = field(default_factory=dict)   # block id -> why

    def gedekt(self, topic: str, document: str) -> bool:
        return bool(self.cellen[topic][document])

    def ontbrekend(self, document: str) -> list[str]:
        return [t for t in TOPIC_IDS if not self.gedekt(t, document)]

    def as_json(self) -> dict:
        return {
            "topics": list(TOPIC_IDS),
            "documents": self.documenten,
            "cells": {t: {d: [b.ref for b in self.cellen[t][d]] for d in self.documenten} for t in TOPIC_IDS},
        }


def dekking(policies: dict[str, Policy]) -> Dekking:
    """Classify every block of every policy; documents keep the order given."""
    result = Dekking(list(policies))
    result.cellen = {t: {d: [] for d in policies} for t in TOPIC_IDS}
    for naam, policy in policies.items():
        for blok in blokken(policy):
            klassen = classificeer(blok.tekst, blok.kop)
            result.uitleg[blok.id] = klassen
            for klasse in klassen:
                result.cellen[klasse.topic][naam].append(blok)
    return result
