"""Report text built to make rules backtrack, and normal text to compare it with.

Shared by ``tests/reliability/test_linear_rules.py`` and ``bench/adversarial_bench.py``.
Every text is written here (none is copied from real reports); the same size and seed
give the same text.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from types import MappingProxyType
from typing import Final

PLACES: Final = ("Tartar", "Goris", "Ganja", "Barda", "Kapan", "Gyumri", "Gori", "Batumi")
MONTHS: Final = ("January", "March", "May", "July", "September", "November")

# Issue 15, defect 1: 14 such tokens took 41 s, 20 did not finish in 120 s.
HYPHEN_REPRODUCER: Final = (
    "Two soldiers "
    + " ".join(["x-x-x-x-x-x-x-x-x-x-x-x-x-x"] * 20)
    + " (reports say) were killed in shelling in Martuni on 3 May 2023."
)


def _paragraph(rng: random.Random) -> str:
    place = rng.choice(PLACES)
    day = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2023"
    count = rng.choice(("two", "three", "five", "12", "at least 7"))
    lead = rng.choice(
        (
            f"On {day}, artillery shelling hit {place}, killing {count} civilians and "
            "wounding several others.",
            f"Protesters gathered in the centre of {place} on {day} to demand the release "
            "of detained activists.",
            f"Gunmen attacked a police post near {place} on {day}; {count} officers were "
            "killed, officials said.",
        )
    )
    return (
        f"{lead} Local officials said the situation remained tense and that schools would "
        "stay closed for the rest of the week. Aid groups have asked for access to the area, "
        "where thousands of families have been displaced."
    )


def normal_text(size: int, *, seed: int = 7) -> str:
    """Paragraphs of ordinary incident reporting, about ``size`` characters in all."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    while total < size:
        paragraphs.append(_paragraph(rng))
        total += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs) + "\n"


def _repeat(unit: str, size: int, *, lead: str = "", tail: str = "") -> str:
    count = max(1, (size - len(lead) - len(tail)) // len(unit))
    return lead + unit * count + tail


def hyphenated(size: int) -> str:
    """One long sentence of hyphen-joined tokens before a parenthesis (defect 1's shape)."""
    return _repeat(
        "x-x-x-x-x-x-x-x-x-x-x-x-x-x ",
        size,
        lead="Two soldiers ",
        tail="(reports say) were killed in shelling in Martuni on 3 May 2023.",
    )


def digits(size: int) -> str:
    """Runs of digits, numbers with thousands separators and ranges, then a toll word."""
    return _repeat("12 3,000 4-5 1990s 2023 ", size, lead="Officials said ", tail="were killed.")


def commas(size: int) -> str:
    """A list that never ends: commas, 'and', 'including', then a casualty."""
    return _repeat(", including his wife, and ", size, lead="Shelling killed him", tail=".")


def capitalised(size: int) -> str:
    """Capitalised words with no end: what names of places, actors and titles look like."""
    return _repeat("Abc Def Ghi Of The ", size, lead="Forces of ", tail="attacked Goris.")


def triggers(size: int) -> str:
    """Event and casualty words over and over, in one sentence."""
    return _repeat(
        "killed wounded shelling attack clashes protest toll ",
        size,
        lead="Reports of ",
        tail="in Tartar.",
    )


def digit_list(size: int) -> str:
    """Digits joined by commas with no end, then a word that is no count's, before the
    shorthand for killed in action (each digit after a comma starts a word)."""
    return _repeat("1,", size, lead="Ambush: ", tail="x KIA, 2 WIA.")


def fractions(size: int) -> str:
    """Fractions with no end (each once searched the text before it for "on")."""
    return _repeat("1/2 ", size, lead="On ", tail="gunmen killed two in Tartar.")


def weekdays(size: int) -> str:
    """Day names with no end (each date phrase once looked at the whole text)."""
    return _repeat("Monday ", size, lead="On ", tail="gunmen killed two in Tartar.")


FAMILIES: Final[MappingProxyType[str, Callable[[int], str]]] = MappingProxyType(
    {
        "hyphenated tokens": hyphenated,
        "digits": digits,
        "commas": commas,
        "capitalised words": capitalised,
        "repeated triggers": triggers,
        "comma-joined digits": digit_list,
        "fractions": fractions,
        "weekdays": weekdays,
    }
)
