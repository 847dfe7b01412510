"""The part of an area that a compass word names: "northern Nigeria", "eastern Daraa".

An incident that only "northern Nigeria" places belongs in the middle of Nigeria's north,
not in the middle of Nigeria (some 200 km south of it). The part is the half of the
area's extent on that side, or the quarter for a diagonal ("north-eastern"): the way an
analyst reads such a phrase on a map.
"""

from __future__ import annotations

import re
from typing import Final

from gazetteer.compiled_patterns import lazy_compile

# (south, west, north, east) in degrees.
Box = tuple[float, float, float, float]

SIDES: Final = ("north", "south", "east", "west")

# A compass word just before a name: "northern", "north-east", "Northeastern", "southwest".
# Fixed alternatives, anchored at the end: linear on any text.
# "the eastern countryside of Deir Ezzor", as Syrian monitors write it: the same part.
# "a village in the eastern part of Gegharkunik province": the part, written out.
_TOWARD_BEFORE_RE: Final = lazy_compile(
    r"\b(north|south)?[- ]?(east|west)?(?:ern)?\s+((?:countryside|part|parts|areas?|"
    r"outskirts)\s+of\s+(?:the\s+)?)?\Z",
    re.IGNORECASE,
)


def toward_before(text: str, start: int) -> str | None:
    """The compass direction written just before ``text[start:]`` ("northeast"), or None.

    >>> toward_before("attacks across northern Nigeria", 24)
    'north'
    >>> toward_before("clashes in North-Eastern Nigeria", 25)
    'northeast'
    >>> toward_before("villages in southwest Niger", 22)
    'southwest'
    >>> toward_before("in western Aleppo province", 11)
    'west'
    >>> toward_before("fighting in Nigeria", 12) is None
    True
    >>> toward_before("in the northern Balkh province", 16) is None
    True
    >>> toward_before("in the eastern countryside of Deir Ezzor", 30)
    'east'
    >>> toward_before("a village in the eastern part of Gegharkunik province", 33)
    'east'
    """
    match = _TOWARD_BEFORE_RE.search(text, max(0, start - 40), start)
    if match is None or match.end() != start or not (match.group(1) or match.group(2)):
        return None
    if not match.group(3) and text[max(0, match.start() - 4) : match.start()].casefold() == "the ":
        return None  # "the northern Balkh province": where the province lies, all of it
    return ((match.group(1) or "") + (match.group(2) or "")).casefold()


# "a strike on the country's south", "in the northern part of the country": the part of
# the country the report is about, named without its name.
_COUNTRY_PART_RE: Final = lazy_compile(
    r"\bthe\s+country['’]s\s+(north|south)?[- ]?(east|west)?(?:ern)?\b"
    r"|\b(north|south)?[- ]?(east|west)?(?:ern)?\s+(?:part|parts|region)\s+of\s+the\s+country\b",
    re.IGNORECASE,
)


def country_part(text: str, start: int, end: int) -> str | None:
    """The part of "the country" that ``text[start:end]`` names ("southeast"), or None.

    >>> country_part("an Israeli strike on the country's south", 0, 40)
    'south'
    >>> country_part("clashes in the north-eastern part of the country", 0, 48)
    'northeast'
    >>> country_part("the country's president said", 0, 28) is None
    True
    """
    for match in _COUNTRY_PART_RE.finditer(text, start, end):
        # Groups 1-2: "the country's south"; 3-4: "the southern part of the country".
        ns, ew = match.group(1, 2) if match.group(1) or match.group(2) else match.group(3, 4)
        if ns or ew:
            return ((ns or "") + (ew or "")).casefold()
    return None


def part_of(box: Box, toward: str) -> Box:
    """The half of ``box`` on the ``toward`` side, or its quarter for a diagonal.

    >>> part_of((4.0, 2.0, 14.0, 14.0), "north")
    (9.0, 2.0, 14.0, 14.0)
    >>> part_of((4.0, 2.0, 14.0, 14.0), "southwest")
    (4.0, 2.0, 9.0, 8.0)
    """
    south, west, north, east = box
    middle_lat, middle_lon = (south + north) / 2, (west + east) / 2
    if toward.startswith("north"):
        south = middle_lat
    elif toward.startswith("south"):
        north = middle_lat
    if toward.endswith("east"):
        west = middle_lon
    elif toward.endswith("west"):
        east = middle_lon
    return (south, west, north, east)


def centre_of(box: Box) -> tuple[float, float]:
    """(lat, lon) of the box's centre, rounded to about a metre.

    >>> centre_of((9.0, 2.0, 14.0, 14.0))
    (11.5, 8.0)
    """
    south, west, north, east = box
    return (round((south + north) / 2, 5), round((west + east) / 2, 5))
