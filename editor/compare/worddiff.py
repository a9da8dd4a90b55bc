"""Word-level diff of two texts, cleaned up so that it reads like Word's redline.

Tokens (see tokens.py) are mapped to single characters, the way diff-match-patch's line mode
works. Common prefix and suffix are cut off on the raw strings first, never inside a word, so
that only the changed middle is tokenised: most clause pairs differ in a few words. The middle
gets a minimal diff (rapidfuzz's LCS opcodes; diff-match-patch with Diff_Timeout = 0 and
anchors for very long texts, never a time-out that would silently return "delete all, insert
all"). diff-match-patch's diff_cleanupSemantic then merges small equalities between changes;
its character-level "lossless" shifting is switched off, as it knows nothing of our tokens.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Union

from diff_match_patch import diff_match_patch
from rapidfuzz.distance import Indel

from .lis import langste_stijgende
from .tokens import ORG_SLEUTEL, tokenizer

# ("=", text) or ("=", left, right) where the two differ only by organisation name; ("-", text); ("+", text)
Op = Union[tuple[str, str], tuple[str, str, str]]
EERSTE_TEKEN = 0x100
KLEIN = 16  # token strings this short go to diff-match-patch without anchors
RAPIDFUZZ_MAX = 4_000_000  # len(a) * len(b) up to which rapidfuzz diffs directly (a few MB)


def _dmp() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    dmp.diff_cleanupSemanticLossless = lambda diffs: None
    return dmp


_DMP = _dmp()


class WoordDiff:
    """Word-level diffs for one comparison: the token table is shared by all its clause pairs."""

    def __init__(self, namen: frozenset[str] = frozenset()) -> None:
        self.namen = namen
        self.patroon = tokenizer(namen)
        self.tabel = _Tekentabel()

    def ops(self, links: str, rechts: str) -> list[Op]:
        """The operations that turn `links` into `rechts`; joining them rebuilds both exactly."""
        if links == rechts:
            return [("=", links)] if links else []
        begin = _gemeenschappelijk_begin(links, rechts)
        eind = _gemeenschappelijk_eind(links[begin:], rechts[begin:])
        ops: list[Op] = [("=", links[:begin])] if begin else []
        ops += self._midden(links[begin:len(links) - eind], rechts[begin:len(rechts) - eind])
        if eind:
            ops.append(("=", links[len(links) - eind:]))
        return _voeg_samen(ops)

    def _midden(self, a: str, b: str) -> list[Op]:
        if not a or not b:
            return [("-", a)] if a else [("+", b)]
        tokens_a, tokens_b = self.patroon.findall(a), self.patroon.findall(b)
        vertaal = self.tabel.__getitem__
        tekens_a = "".join(map(vertaal, _sleutels(tokens_a, self.namen)))
        tekens_b = "".join(map(vertaal, _sleutels(tokens_b, self.namen)))
        diffs = _diff_tekens(tekens_a, tekens_b)
        if len(diffs) > 2:
            _DMP.diff_cleanupSemantic(diffs)
        return _verfijn(_decodeer(diffs, tokens_a, tokens_b))


def word_ops(links: str, rechts: str, namen: frozenset[str] = frozenset()) -> list[Op]:
    """The operations that turn `links` into `rechts` (see WoordDiff)."""
    return WoordDiff(namen).ops(links, rechts)


WOORD_BEGIN = re.compile(r"\w+")


def _gemeenschappelijk_begin(a: str, b: str) -> int:
    """Length of the common prefix, shortened to the start of a word it would cut in two."""
    n = _DMP.diff_commonPrefix(a, b)
    if 0 < n and (n < len(a) and _woordteken(a[n]) or n < len(b) and _woordteken(b[n])):
        while n > 0 and _woordteken(a[n - 1]):
            n -= 1
    return n


def _gemeenschappelijk_eind(a: str, b: str) -> int:
    """Length of the common suffix, shortened to the end of a word it would cut in two."""
    n = _DMP.diff_commonSuffix(a, b)
    begin_a, begin_b = len(a) - n, len(b) - n
    if 0 < n and (begin_a > 0 and _woordteken(a[begin_a - 1]) or begin_b > 0 and _woordteken(b[begin_b - 1])):
        if m := WOORD_BEGIN.match(a, begin_a):
            return n - (m.end() - begin_a)
    return n


def _woordteken(c: str) -> bool:
    return c.isalnum() or c == "_"


def _diff_tekens(a: str, b: str) -> list[tuple[int, str]]:
    """A minimal diff of two token strings, in diff-match-patch's form.

    Clause-sized strings go to rapidfuzz's LCS opcodes (C++, about ten times faster than
    diff-match-patch's bisection here). Its memory grows with len(a) * len(b), so long strings
    are first cut at tokens found once in each (as in patience diff) and the gaps diffed
    with diff-match-patch.
    """
    if len(a) * len(b) <= RAPIDFUZZ_MAX:
        return _lcs_diff(a, b)
    return _verankerde_diff(a, b)


def _lcs_diff(a: str, b: str) -> list[tuple[int, str]]:
    diffs: list[tuple[int, str]] = []
    for soort, i1, i2, j1, j2 in Indel.opcodes(a, b):
        if soort == "equal":
            diffs.append((0, a[i1:i2]))
            continue
        if i2 > i1:
            diffs.append((-1, a[i1:i2]))
        if j2 > j1:
            diffs.append((1, b[j1:j2]))
    return diffs


def _verankerde_diff(a: str, b: str) -> list[tuple[int, str]]:
    if len(a) + len(b) <= KLEIN:
        return _DMP.diff_main(a, b, False)
    ankers = _unieke_ankers(a, b)
    if not ankers:
        return _DMP.diff_main(a, b, False)
    diffs: list[tuple[int, str]] = []
    i = j = 0
    for ai, bj in ankers:
        if ai > i or bj > j:
            _voeg_toe(diffs, _gat(a[i:ai], b[j:bj]))
        if diffs and diffs[-1][0] == 0:
            diffs[-1] = (0, diffs[-1][1] + a[ai])
        else:
            diffs.append((0, a[ai]))
        i, j = ai + 1, bj + 1
    _voeg_toe(diffs, _gat(a[i:], b[j:]))
    return diffs


def _voeg_toe(diffs: list[tuple[int, str]], nieuw: list[tuple[int, str]]) -> None:
    """Append, joining neighbours of the same kind (the form diff_cleanupMerge would give)."""
    for soort, tekst in nieuw:
        if diffs and diffs[-1][0] == soort:
            diffs[-1] = (soort, diffs[-1][1] + tekst)
        else:
            diffs.append((soort, tekst))


def _gat(x: str, y: str) -> list[tuple[int, str]]:
    if not x:
        return [(1, y)] if y else []
    if not y:
        return [(-1, x)]
    return _DMP.diff_main(x, y, False)


def _unieke_ankers(a: str, b: str) -> list[tuple[int, int]]:
    """Positions of tokens that occur once in a and once in b, on a longest common order."""
    telling_a, telling_b = Counter(a), Counter(b)
    uniek = {t for t, n in telling_a.items() if n == 1 and telling_b.get(t) == 1}
    if not uniek:
        return []
    positie_b = {t: j for j, t in enumerate(b) if t in uniek}
    paren = [(i, positie_b[t]) for i, t in enumerate(a) if t in uniek]
    return [paren[k] for k in langste_stijgende([j for _, j in paren])]


class _Tekentabel(dict):
    """Token key -> one character, a new character for each new key."""

    def __missing__(self, sleutel: str) -> str:
        teken = self[sleutel] = chr(EERSTE_TEKEN + len(self))
        return teken


def _sleutels(tokens: list[str], namen: frozenset[str]) -> list[str]:
    """An organisation name's key is the placeholder plus its white space, so names compare equal."""
    if not namen:
        return tokens
    uit = []
    for token in tokens:
        kern = token.rstrip()
        uit.append(ORG_SLEUTEL + token[len(kern):] if kern in namen else token)
    return uit


def _decodeer(diffs, tokens_a, tokens_b) -> list[Op]:
    ops: list[Op] = []
    i = j = 0
    for soort, tekens in diffs:
        n = len(tekens)
        if soort == 0:
            links = "".join(tokens_a[i:i + n])
            rechts = "".join(tokens_b[j:j + n])
            ops.append(("=", links) if links == rechts else ("=", links, rechts))
            i, j = i + n, j + n
        elif soort < 0:
            ops.append(("-", "".join(tokens_a[i:i + n])))
            i += n
        else:
            ops.append(("+", "".join(tokens_b[j:j + n])))
            j += n
    return ops


def _verfijn(ops: list[Op]) -> list[Op]:
    """A deletion next to an insertion keeps their common start and end as equal text.

    Tokens carry their white space, so "schaadt." and "schaadt. Extra" differ as tokens; the
    shared "schaadt." is equal text all the same. Cuts never split a word.
    """
    uit: list[Op] = []
    i = 0
    while i < len(ops):
        if i + 1 < len(ops) and {ops[i][0], ops[i + 1][0]} == {"-", "+"}:
            weg, bij = (ops[i][1], ops[i + 1][1]) if ops[i][0] == "-" else (ops[i + 1][1], ops[i][1])
            uit += _verfijn_paar(weg, bij)
            i += 2
        else:
            uit.append(ops[i])
            i += 1
    return uit


def _verfijn_paar(weg: str, bij: str) -> list[Op]:
    begin = _gemeenschappelijk_begin(weg, bij)
    eind = _gemeenschappelijk_eind(weg[begin:], bij[begin:])
    ops: list[Op] = [("=", weg[:begin]), ("-", weg[begin:len(weg) - eind]), ("+", bij[begin:len(bij) - eind])]
    ops.append(("=", weg[len(weg) - eind:]))
    return [op for op in ops if op[1]]


def _voeg_samen(ops: list[Op]) -> list[Op]:
    """Adjacent operations of the same kind become one (plain equalities only)."""
    uit: list[Op] = []
    for op in ops:
        if not op[1] and len(op) == 2:
            continue
        vorige = uit[-1] if uit else None
        if vorige and vorige[0] == op[0] and len(vorige) == 2 and len(op) == 2:
            uit[-1] = (op[0], vorige[1] + op[1])
        else:
            uit.append(op)
    return uit


def links_van(ops: list[Op]) -> str:
    return "".join(op[1] for op in ops if op[0] in "=-")


def rechts_van(ops: list[Op]) -> str:
    return "".join((op[2] if len(op) == 3 else op[1]) for op in ops if op[0] in "=+")
