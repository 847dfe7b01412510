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
from typing import Any, Final, cast

from gazetteer.compiled_patterns import LazyPattern
from geo.extract.prefilter import Gate

# Searches of a pattern before its gate is worked out (see the module's docstring).
GATE_AFTER: Final = 50

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


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on first use; typed as the compiled pattern."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
