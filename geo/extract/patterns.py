"""Regular expressions compiled on first use, not at import.

The extraction rules hold about 190 regular expressions, some with long word lists;
compiling them all costs about a tenth of a second at every start, and a report needs
about half of them (a protest report never asks whether a mine was defused). A pattern
made by :func:`lazy_compile` compiles on its first use and then puts the compiled
pattern's methods on itself, so later calls go straight to them: no cost per call.

A pattern whose every match holds one of a few words (:mod:`geo.extract.prefilter`)
gets searching methods that first test the text for them, about a microsecond, and
search only when one is there: most sentences hold none of a rule's words, and the
search would try the whole alternation at every position (up to 100 µs a sentence).
A call with a start or end position searches at once (the test reads the whole text).
The words are worked out after a pattern's first :data:`GATE_AFTER` searches: reading
the pattern again costs about what 15 searches spare, and a one-report run uses most
patterns a few times only.

>>> pattern = lazy_compile(r"\\bshell(?:ed|ing)\\b", re.IGNORECASE)
>>> pattern.search("Artillery SHELLING hit Tartar").group(0)
'SHELLING'
>>> pattern.pattern
'\\\\bshell(?:ed|ing)\\\\b'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final, cast

from gazetteer.compiled_patterns import LazyPattern
from geo.extract.prefilter import Gate, StartScan, lowered, skips_ahead, start_words

# Searches of a pattern before its gate is worked out (see the module's docstring).
GATE_AFTER: Final = 50
# A pattern without a gate is scanned from its start words only if all are this long.
MIN_START_WORD: Final = 2

# The searching methods that a gate may answer, and their answer when it is closed.
_GATED: Final = {
    "search": lambda: None,
    "match": lambda: None,
    "fullmatch": lambda: None,
    "findall": list,
    "finditer": lambda: iter(()),
}


def _gated(method: Any, gate: Gate, nothing: Any) -> Any:
    may_match = gate.may_match

    def gated(string: str, *positions: Any, **named: Any) -> Any:
        if positions or named or type(string) is not str or may_match(string):
            return method(string, *positions, **named)
        return nothing()

    return gated


class _LazyPattern(LazyPattern):
    """The gazetteer's lazy pattern, whose searches count until the gate is worked out."""

    def _install(self, compiled: re.Pattern[str]) -> None:
        super()._install(compiled)
        left = [GATE_AFTER]  # searches until the gate is worked out
        for attribute in _GATED:
            setattr(self, attribute, self._counting(getattr(compiled, attribute), left, compiled))

    def _counting(self, method: Any, left: list[int], compiled: re.Pattern[str]) -> Any:
        def counting(*arguments: Any, **named: Any) -> Any:
            left[0] -= 1
            if left[0] == 0:
                self._settle(compiled)
            return method(*arguments, **named)

        return counting

    def _settle(self, compiled: re.Pattern[str]) -> None:
        """Put the gated searching methods on the pattern, or the compiled ones."""
        gate = Gate.of(*self._source)
        for attribute, nothing in _GATED.items():
            method = getattr(compiled, attribute)
            setattr(self, attribute, method if gate is None else _gated(method, gate, nothing))
        words = start_words(*self._source)
        if words is not None and (
            gate is not None
            # Without a gate (a branch needs no long word), still scanned unless the
            # engine skips ahead by itself or a start word of one letter is everywhere.
            or (min(map(len, words)) >= MIN_START_WORD and not skips_ahead(*self._source))
        ):
            scan = StartScan(words)
            self.search = _scanning_search(compiled, gate, scan)  # type: ignore[method-assign]
            self.finditer = _scanning_finditer(compiled, gate, scan)  # type: ignore[method-assign]


# A pattern that passed its gate is searched from every position of the text: the engine
# tries each branch of a long alternation at each one (Python's engine skips ahead only to
# a literal first character). When every match starts with one of a few words, the
# pattern is tried only where one of them starts, each try as ``match`` at that offset,
# which sees the same text around it (look-behinds, word boundaries) as the search did.


def _scanning_search(compiled: re.Pattern[str], gate: Gate | None, scan: StartScan) -> Any:
    search, match = compiled.search, compiled.match
    may_match = _open if gate is None else gate.may_match

    def scanning_search(string: str, *positions: Any, **named: Any) -> Any:
        if positions or named or type(string) is not str:
            return search(string, *positions, **named)
        if not may_match(string):
            return None
        copy = lowered(string)
        if copy is None:
            return search(string)
        for start in scan.positions(copy):
            found = match(string, start)
            if found is not None:
                return found
        return None

    return scanning_search


def _open(string: str) -> bool:
    return True  # no gate: every text may match


def _scanning_finditer(compiled: re.Pattern[str], gate: Gate | None, scan: StartScan) -> Any:
    finditer, match = compiled.finditer, compiled.match
    may_match = _open if gate is None else gate.may_match

    def scanning_finditer(string: str, *positions: Any, **named: Any) -> Any:
        if positions or named or type(string) is not str:
            return finditer(string, *positions, **named)
        if not may_match(string):
            return iter(())
        copy = lowered(string)
        if copy is None:
            return finditer(string)
        return _matches_at(match, string, scan.positions(copy))

    return scanning_finditer


def _matches_at(match: Any, string: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What ``finditer`` gives, tried at ``starts`` only (every match is non-empty)."""
    end = 0
    for start in starts:
        if start < end:
            continue  # inside the last match: finditer goes on from its end
        found = match(string, start)
        if found is not None:
            end = found.end()
            yield found


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on first use; typed as the compiled pattern."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
