"""The longest strictly increasing run, used for moves (blocks) and anchors (tokens)."""

from __future__ import annotations

import bisect


def langste_stijgende(waarden: list[int]) -> list[int]:
    """Indices into `waarden` of a longest strictly increasing subsequence (patience sorting)."""
    staarten: list[int] = []
    staart_index: list[int] = []
    vorige: list[int] = [-1] * len(waarden)
    for index, waarde in enumerate(waarden):
        k = bisect.bisect_left(staarten, waarde)
        vorige[index] = staart_index[k - 1] if k > 0 else -1
        if k == len(staarten):
            staarten.append(waarde)
            staart_index.append(index)
        else:
            staarten[k] = waarde
            staart_index[k] = index
    run: list[int] = []
    index = staart_index[-1] if staart_index else -1
    while index >= 0:
        run.append(index)
        index = vorige[index]
    return run[::-1]
