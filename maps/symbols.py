"""Point symbols: each category gets a shape as well as a colour, so a map still reads in
greyscale and for colour-blind readers. ``symbols.js`` draws each name as SVG."""

from __future__ import annotations

from typing import Final

# Distinct outlines first: the first six (ACLED's six types) differ by silhouette alone.
SYMBOLS: Final = (
    "circle", "square", "triangle", "diamond", "star", "cross",
    "triangle-down", "hexagon", "x",
)  # fmt: skip


def check_symbol(symbol: str) -> str:
    """Return ``symbol`` if ``symbols.js`` knows it; it names a shape, nothing else.

    >>> check_symbol("star")
    'star'
    """
    if symbol not in SYMBOLS:
        raise ValueError(f"symbol must be one of {SYMBOLS}, got {symbol!r}")
    return symbol
