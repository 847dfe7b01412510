"""Regular expressions compiled on first use, not at import.

The extraction rules hold about 190 regular expressions, some with long word lists;
compiling them all costs about a tenth of a second at every start, and a report needs
about half of them (a protest report never asks whether a mine was defused). A pattern
made by :func:`lazy_compile` compiles on its first use and then puts the compiled
pattern's methods on itself, so later calls go straight to them: no cost per call.

>>> pattern = lazy_compile(r"\\bshell(?:ed|ing)\\b", re.IGNORECASE)
>>> pattern.search("Artillery SHELLING hit Tartar").group(0)
'SHELLING'
>>> pattern.pattern
'\\\\bshell(?:ed|ing)\\\\b'
"""

from __future__ import annotations

import re
from typing import Any, Final, cast

from geo.compiled_patterns import compile_pattern

# What a compiled pattern offers: copied onto the lazy pattern at its first use.
_ATTRIBUTES: Final = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
    "scanner", "pattern", "flags", "groups", "groupindex",
)  # fmt: skip


class _LazyPattern:
    """A pattern's text and flags, compiled when one of its attributes is first read."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Called only for what the instance lacks: before the first use, every method.
        if name.startswith("_"):
            raise AttributeError(name)
        compiled = compile_pattern(*self._source)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        return (lazy_compile, self._source)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r}, {self._source[1]!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on first use; typed as the compiled pattern."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
