"""The structure as a redline shows it: the current blocks with, where they stood, the blocks whose
deletion is pending and the old places of moved blocks (Word's deleted paragraphs and moveFrom)."""

from __future__ import annotations

from typing import Any

from ..model.document import Policy, Spook
from ..model.structuur import blok as blok_van
from ..model.structuur import container_soort, in_vorm
from .tracking import VERWIJDERD


def met_spoken(policy: Policy, container: str, lijst: list) -> list[tuple[Any, Spook | None]]:
    """(block, spook) in reading order: spook None for a current block; a deleted block, or the old place
    of a moved one (the block as it is now), with its spook."""
    uit: list[tuple[Any, Spook | None]] = [(b, None) for b in lijst]
    for spook in policy.spoken:
        if spook.container != container:
            continue
        blok = spook.blok if spook.soort == VERWIJDERD else blok_van(policy, spook.blok_id)
        if blok is None:
            continue
        uit.insert(_positie(uit, spook), (oude_vorm(policy, spook, blok), spook))
    return uit


def oude_vorm(policy: Policy, spook: Spook, blok: Any) -> Any:
    """The block as it stood at the place of its spook: a lid indented to an onderdeel shows there as the lid it
    was (a copy for showing; rejecting makes it so, see beslissen)."""
    return in_vorm(blok, container_soort(policy, spook.container), spook.label)


def _positie(uit: list[tuple[Any, Spook | None]], spook: Spook) -> int:
    if spook.na is None:
        return 0
    for i, (blok, ander) in enumerate(uit):
        if blok.id == spook.na and (ander is None or ander.soort == VERWIJDERD):
            return i + 1
    return min(spook.positie, len(uit))
