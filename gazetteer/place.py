"""Value types that the gazetteer hands out: a place, a ranked candidate, a resolution."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. ``lat``/``lon`` are WGS84 degrees.

    ``feature_class`` follows GeoNames: ``P`` populated place, ``A`` administrative area
    or country, ``L`` region or area, ``H`` water, ``T`` terrain, ``S`` spot. The
    continent entries use ``L`` with ``feature_code`` ``CONT``.
    """

    place_id: str
    name: str
    lat: float
    lon: float
    feature_class: str
    feature_code: str = ""
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    population: int = 0
    source: str = ""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place that a query may name, with how it matched and why it ranks where it does."""

    place: Place
    score: float
    matched_name: str
    match_kind: str  # "name", "alternate", "historic", "fuzzy", "online"
    reason: str


@dataclass(frozen=True, slots=True)
class Resolution:
    """The answer to one query: a chosen place (or none) and the runners-up."""

    query: str
    place: Place | None
    confidence: float
    reason: str
    source: str = ""
    candidates: tuple[Candidate, ...] = field(default_factory=tuple)
