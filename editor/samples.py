"""The six bundled sample policies, loadable by id, each with its source."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from .errors import BestandFout
from .formats.importer import lees_tekst
from .i18n import tr
from .model.document import Bron, Policy
from .paths import resource_dir


@dataclass(frozen=True)
class SampleInfo:
    id: str
    bestand: str
    bron: str
    seed: str


def sample_ids() -> list[str]:
    return list(_manifest())


def samples() -> list[SampleInfo]:
    return [SampleInfo(id_, **info) for id_, info in _manifest().items()]


def load_sample(sample_id: str) -> Policy:
    info = _manifest().get(sample_id)
    if info is None:
        raise BestandFout(
            tr("Onbekend voorbeeld: {id} (kies uit: {ids})").format(id=sample_id, ids=", ".join(sample_ids()))
        )
    pad = resource_dir() / "samples" / info["bestand"]
    tekst = pad.read_text(encoding="utf-8")
    bron = Bron(info["bron"], info["seed"])
    return lees_tekst(tekst, markdown=pad.suffix == ".md", bron=bron)


@lru_cache(maxsize=1)
def _manifest() -> dict[str, dict[str, str]]:
    return json.loads((resource_dir() / "samples" / "samples.json").read_text(encoding="utf-8"))
