"""Words that every match of a pattern holds: a substring test that spares the search.

Most rule patterns are long alternations that Python's engine tries at every position of
a sentence (50–100 µs for the background or date pattern), and most sentences hold none
of the words they need. :func:`required_words` reads a pattern's parse tree and returns
a set of lower-case strings such that every match contains at least one of them;
:class:`Gate` tests a text for them (one Aho-Corasick pass over its lower-cased copy,
about a microsecond a sentence) before the search runs. The words are worked out from
the pattern itself, so a change of the rules changes the gate with it.

Why the test is exact: in a text without the four non-ASCII characters that Python's
case-insensitive matching equates with ASCII letters (``İ ı ſ K``), a literal ASCII
character of the pattern matches only itself or its other case, which ``str.lower``
maps to the same character. Texts with one of the four are searched without the test.

>>> sorted(required_words(r"\\b(?:war|conflict)\\b[^.]{0,40}\\bhas killed", re.IGNORECASE))
['has killed']
>>> sorted(required_words(r"\\b(?:shell(?:ed|ing)|mortars?)\\b", re.IGNORECASE))
['mortar', 'shell']
>>> required_words(r"\\b[A-Z]\\w+", 0) is None
True
"""

from __future__ import annotations

import re
from typing import Any, Final

import ahocorasick_rs

try:  # CPython's parser; on any other Python nothing is gated
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _parser = None

# Non-ASCII characters that re.IGNORECASE equates with ASCII letters (İ and ı with i,
# ſ with s, the Kelvin sign with k): tests/geo/extract/test_prefilter.py checks the list
# against the engine over all of Unicode.
CASE_TWINS: Final = "\u0130\u0131\u017f\u212a"
# A gate whose words are shorter than this passes nearly every sentence: not worth a test.
MIN_WORD: Final = 3
# A gate that may test more words than this costs about what it spares.
MAX_WORDS: Final = 200
# A clause keeps its most selective sets only: the rest seldom decide.
MAX_SETS: Final = 3


def required_words(pattern: str, flags: int) -> frozenset[str] | None:
    """Lower-case strings of which every match of ``pattern`` holds one; None if unknown.

    The simplest form of the gate: one set of words (see :func:`required_clauses`).
    """
    clauses = required_clauses(pattern, flags)
    if clauses is None or len(clauses) != 1:
        return None if clauses is None else frozenset().union(*(c[0] for c in clauses))
    return max(clauses[0], key=_selectivity)


def required_clauses(pattern: str, flags: int) -> list[list[frozenset[str]]] | None:
    """Every match of ``pattern`` fits one clause; a clause's every set has a word in it.

    A pattern that is an alternation gives a clause per branch; every other pattern one
    clause. Sets of common words only are left out (they hold in every sentence); None
    when some branch needs no word at all.
    """
    if _parser is None:  # pragma: no cover
        return None
    try:
        tree = list(_parser.parse(pattern, flags))
    except (re.error, RecursionError):  # pragma: no cover - the caller's compile says why
        return None
    while len(tree) == 1 and tree[0][0] is _c.SUBPATTERN:
        tree = list(tree[0][1][-1])
    if tree and (tree[0][0] is _c.LITERAL or (tree[0][0] is _c.AT and tree[0][1] in _STARTS)):
        return None  # the engine skips to the first literal, or tries one place: fast
    branches = tree[0][1][1] if len(tree) == 1 and tree[0][0] is _c.BRANCH else [tree]
    clauses = []
    for branch in branches:
        clause = sorted(
            (words for words in _all_needed(branch) if _selectivity(words)[0] >= MIN_WORD),
            key=_selectivity,
            reverse=True,
        )[:MAX_SETS]
        if not clause:
            return None
        if clause not in clauses:  # two branches that need the same words need them once
            clauses.append(clause)
    return clauses


def _all_needed(sequence: Any) -> list[frozenset[str]]:
    """Sets of strings that a match of a sequence of nodes holds one of, each."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, argument in sequence:
        if op is _c.LITERAL and argument < 128:
            run.append(chr(argument).lower())
            continue
        end_run()
        inner: frozenset[str] | None = None
        if op is _c.BRANCH:
            branches = [_needed(branch) for branch in argument[1]]
            if all(branch is not None for branch in branches):
                inner = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op is _c.SUBPATTERN:
            inner = _needed(argument[-1])
        elif op is _c.ATOMIC_GROUP:
            inner = _needed(argument)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and argument[0] >= 1:
            inner = _needed(argument[2])
        # Anything else (a class, a lookaround, an anchor, a back-reference) needs no
        # word of its own and ends the run of literals: what it matches is unknown.
        if inner:
            candidates.append(inner)
    end_run()
    return candidates


def _needed(sequence: Any) -> frozenset[str] | None:
    """Of the sets a sequence of nodes needs, the most selective one."""
    return max(_all_needed(sequence), key=_selectivity, default=None)


_STARTS: Final = (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING) if _parser is not None else ()

# Words in nearly every sentence: a set holding one of them tests nothing.
COMMON: Final = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had",
    "has", "have", "he", "in", "is", "it", "its", "of", "on", "or", "said", "that", "the",
    "their", "them", "they", "this", "to", "was", "were", "which", "who", "will", "with",
))  # fmt: skip


def _selectivity(words: frozenset[str]) -> tuple[int, int]:
    # Longer words are rarer, common words hold anywhere; fewer words test faster.
    return (min(0 if w.strip() in COMMON else len(w.strip()) for w in words), -len(words))


def start_words(pattern: str, flags: int) -> frozenset[str] | None:
    """Lower-case strings of which every match of ``pattern`` starts with one; None if
    unknown (a match may start with a class, a repetition, nothing at all).

    >>> sorted(start_words(r"\\b(?:near|(?:north|south) of)\\s+$", re.IGNORECASE))
    ['near', 'north', 'south']
    >>> start_words(r"\\b\\d+ (?:killed|dead)", re.IGNORECASE) is None
    True
    """
    if _parser is None:  # pragma: no cover
        return None
    try:
        tree = _parser.parse(pattern, flags)
    except (re.error, RecursionError):  # pragma: no cover - the caller's compile says why
        return None
    return _starts(list(tree))


def skips_ahead(pattern: str, flags: int) -> bool:
    """Whether the engine finds where a match may start by itself: a pattern that starts
    with a literal character (it skips to it) or at the text's beginning (one place)."""
    if _parser is None:  # pragma: no cover
        return True
    try:
        tree = list(_parser.parse(pattern, flags))
    except (re.error, RecursionError):  # pragma: no cover
        return True
    while len(tree) == 1 and tree[0][0] is _c.SUBPATTERN:
        tree = list(tree[0][1][-1])
    return bool(tree) and (
        tree[0][0] is _c.LITERAL or (tree[0][0] is _c.AT and tree[0][1] in _STARTS)
    )


def _starts(sequence: Any) -> frozenset[str] | None:
    """The literal runs that a match of a sequence of nodes may start with."""
    for at, (op, argument) in enumerate(sequence):
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width ("\\b", a look-behind): the match starts at the next node
        if op is _c.LITERAL:
            run = []
            for next_op, char in sequence[at:]:
                if next_op is not _c.LITERAL or char >= 128:
                    break
                run.append(chr(char).lower())
            if not run:
                return None
            head, rest = "".join(run), sequence[at + len(run) :]
            # "k(?:ill|ilt)": the engine's own prefix factoring (and a trie of words) leaves
            # a letter or two before a group; what follows it makes the words longer.
            tails = _starts(rest) if rest and rest[0][0] is not _c.LITERAL else None
            if tails is None or len(tails) > MAX_WORDS:
                return frozenset({head})
            return frozenset(head + tail for tail in tails)
        if op is _c.SUBPATTERN:
            return _starts(list(argument[-1]))
        if op is _c.BRANCH:
            branches = [_starts(list(branch)) for branch in argument[1]]
            if any(branch is None for branch in branches):
                return None
            return frozenset().union(*branches)  # type: ignore[arg-type]
        return None
    return None  # only zero-width nodes, or none: an empty match


class StartScan:
    """Where a match of a pattern may start in a text: where one of its start words does.

    Positions in the lower-cased copy are positions in the text (the copy is only made
    when lower-casing keeps every offset, see :func:`lowered`).
    """

    __slots__ = ("_automaton",)

    def __init__(self, words: frozenset[str]) -> None:
        self._automaton = ahocorasick_rs.AhoCorasick(sorted(words))

    def positions(self, lowered: str) -> list[int]:
        """The sorted offsets in ``lowered`` where a start word begins."""
        found = self._automaton.find_matches_as_indexes(lowered, overlapping=True)
        return sorted({start for _, start, _ in found})


class Gate:
    """A text test that is False only where a pattern cannot match."""

    __slots__ = ("_automaton", "_rest_of_clauses", "_single")

    def __init__(self, clauses: list[list[frozenset[str]]]) -> None:
        words = sorted(set().union(*(w for clause in clauses for w in clause)))
        number = {word: n for n, word in enumerate(words)}
        # One pass of an automaton of all the words finds those the text holds; a found
        # word opens the clauses whose first set holds it, whose other sets are then a
        # set test each.
        self._automaton = ahocorasick_rs.AhoCorasick(words)
        opened: list[list[tuple[frozenset[int], ...]]] = [[] for _ in words]
        for first, *rest in clauses:
            numbered = tuple(frozenset(number[w] for w in other) for other in rest)
            for word in first:
                opened[number[word]].append(numbered)
        self._rest_of_clauses = tuple(tuple(each) for each in opened)
        # Clauses of one set each: any word found opens one, and a pass that stops at
        # the first word found says as much as one that finds them all.
        self._single = all(len(clause) == 1 for clause in clauses)

    @classmethod
    def of(cls, pattern: str, flags: int) -> Gate | None:
        """The gate of a pattern, or None when its words would not spare enough."""
        clauses = required_clauses(pattern, flags)
        if clauses is None or sum(len(words) for c in clauses for words in c) > MAX_WORDS:
            return None
        return cls(clauses)

    def may_match(self, text: str) -> bool:
        """False only when no match of the pattern can be found in ``text``."""
        last = _last
        lowered = last[1] if last[0] is text else _lowered(text)
        if lowered is None:
            return True
        if self._single:
            return bool(self._automaton.find_matches_as_indexes(lowered))
        found = self._automaton.find_matches_as_indexes(lowered, overlapping=True)
        if not found:
            return False
        held = {number for number, _, _ in found}
        for number in held:
            for rest in self._rest_of_clauses[number]:
                for words in rest:
                    if held.isdisjoint(words):
                        break
                else:
                    return True  # every set of the clause has a word in the text
        return False


# The last text lowered, and its lower-cased copy (None: it holds a case twin). The rules
# test one sentence with many patterns in a row; one tuple, replaced whole, is thread-safe.
_last: tuple[str, str | None] = ("", "")


def lowered(text: str) -> str | None:
    """``text.lower()``, None when it holds a case twin (then a gate tests nothing); the
    last text's copy is kept, so the patterns tried on one text in a row share it."""
    return _lowered(text)


def _lowered(text: str) -> str | None:
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    lowered: str | None = text.lower()
    if not text.isascii() and any(twin in text for twin in CASE_TWINS):
        lowered = None
    _last = (text, lowered)
    return lowered


__all__ = [
    "CASE_TWINS",
    "Gate",
    "StartScan",
    "lowered",
    "required_clauses",
    "required_words",
    "skips_ahead",
    "start_words",
]
