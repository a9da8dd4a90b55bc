"""A colour per author, the same in every session (as Word colours reviewers)."""

from __future__ import annotations

import zlib

KLEUREN = ("#1f5fbf", "#b5179e", "#2a9d8f", "#c0392b", "#8e6c00", "#6a4c93", "#d35400")


def auteur_kleur(auteur: str | None) -> str:
    return KLEUREN[zlib.crc32((auteur or "").encode("utf-8")) % len(KLEUREN)]
