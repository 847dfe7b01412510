"""When the best candidate of a lookup may be an answer, and how sure it may be.

Ranking (:mod:`gazetteer.rank`) orders candidates; this module decides whether the
winner is an answer at all. Two rules, each with a reason the user reads:

- A fuzzy match alone is never an answer without a hint to check it against (a
  country, a box or a point), and with one it must fit the hint; even then its
  confidence is at most :data:`FUZZY_MAX_CONFIDENCE`: enough for a close spelling in
  the report's own country ("Nassiriya" in an Iraqi report) to be used, never a
  confident answer ("Darfur" is not Dufur, Oregon).
- A place whose every candidate lies outside the country the caller gives is
  rejected, not halved ("a town in central Mali" is not its namesake in Portugal).
  Countries, continents and places without a country (Lake Chad, the Sahel) are
  exempt: a report about Mali may name Niger or the Sahel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from gazetteer.distance import distance_km
from gazetteer.place import Candidate, Place, Resolution
from gazetteer.rank import Hints, confidence_of

FUZZY_MAX_CONFIDENCE: Final = 0.6  # usable in the right country, never a confident answer
FUZZY_NEAR_KM: Final = 300.0  # how far from a given point a close spelling may be
# Places that contain countries or belong to none: never "in the wrong country".
_BROAD_CODES: Final = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR", "CONT"})
CONTINENT_NAMES: Final = {
    "AF": "Africa",
    "AS": "Asia",
    "EU": "Europe",
    "NA": "North America",
    "OC": "Oceania",
    "SA": "South America",
    "AN": "Antarctica",
}

ContinentOf = Callable[[str], str | None]
"""ISO alpha-2 country code -> GeoNames continent code ("AF"), or None if unknown."""


def fits_hints(place: Place, *, hints: Hints) -> bool:
    """Whether ``place`` agrees with every hint the caller gave.

    >>> sudan = Hints(country="SD")
    >>> fits_hints(Place("x", "Nyala", 12.05, 24.88, "P", country="SD"), hints=sudan)
    True
    >>> fits_hints(Place("x", "Dufur", 45.45, -121.13, "P", country="US"), hints=sudan)
    False
    """
    if hints.country and place.country and place.country != hints.country:
        return False
    if hints.bbox_lonlat:
        min_lon, min_lat, max_lon, max_lat = hints.bbox_lonlat
        if not (min_lon <= place.lon <= max_lon and min_lat <= place.lat <= max_lat):
            return False
    if hints.near_latlon:
        km = distance_km(hints.near_latlon[0], hints.near_latlon[1], place.lat, place.lon)
        if km > FUZZY_NEAR_KM:
            return False
    return True


def _where(place: Place, continent_of: ContinentOf) -> str:
    parts = [part for part in (place.admin1, place.country) if part]
    continent = continent_of(place.country) if place.country else None
    if continent in CONTINENT_NAMES:
        parts.append(CONTINENT_NAMES[continent])
    return ", ".join(parts) or "no country"


def _hint_words(hints: Hints, continent_of: ContinentOf) -> str:
    words = []
    if hints.country:
        continent = continent_of(hints.country)
        named = CONTINENT_NAMES.get(continent or "")
        words.append(hints.country + (f" ({named})" if named else ""))
    if hints.bbox_lonlat:
        words.append("the bounding box")
    if hints.near_latlon:
        words.append(f"{FUZZY_NEAR_KM:.0f} km of the given point")
    return " and ".join(words)


def _other_continent(place: Place, hints: Hints, continent_of: ContinentOf) -> bool:
    if not (hints.country and place.country):
        return False
    wanted, found = continent_of(hints.country), continent_of(place.country)
    return wanted is not None and found is not None and wanted != found


def settle_fuzzy(
    query: str,
    ranked: Sequence[Candidate],
    *,
    hints: Hints,
    similarity_of: Callable[[Candidate], float],
    continent_of: ContinentOf,
) -> Resolution:
    """The answer when only fuzzy matches were found: one that fits the hints, or none."""
    best = ranked[0]
    has_context = bool(hints.country or hints.bbox_lonlat or hints.near_latlon)
    if not has_context:
        return Resolution(
            query=query,
            place=None,
            confidence=0.0,
            reason=(
                f"no place named {query!r}; the closest spelling is {best.matched_name!r} "
                f"({_where(best.place, continent_of)}), but a fuzzy match alone is no answer "
                "without a country, box or point to check it against"
            ),
            source="offline",
            candidates=tuple(ranked),
        )
    fitting = [candidate for candidate in ranked if fits_hints(candidate.place, hints=hints)]
    if not fitting:
        other = (
            "on another continent than"
            if _other_continent(best.place, hints, continent_of)
            else "outside"
        )
        return Resolution(
            query=query,
            place=None,
            confidence=0.0,
            reason=(
                f"no place named {query!r}; the closest spelling, {best.matched_name!r} "
                f"({_where(best.place, continent_of)}), is {other} "
                f"{_hint_words(hints, continent_of)}: a fuzzy match is not taken there"
            ),
            source="offline",
            candidates=tuple(ranked),
        )
    chosen = fitting[0]
    confidence = min(FUZZY_MAX_CONFIDENCE, confidence_of(fitting, similarity=similarity_of(chosen)))
    return Resolution(
        query=query,
        place=chosen.place,
        confidence=round(confidence, 3),
        reason=(
            f"{chosen.reason}; a fuzzy match only, in {_hint_words(hints, continent_of)}: "
            f"confidence at most {FUZZY_MAX_CONFIDENCE}"
        ),
        source="offline",
        candidates=tuple(fitting),
    )


def rejects_country(ranked: Sequence[Candidate], *, country: str | None) -> bool:
    """Whether every candidate lies in a country other than ``country`` (and may not).

    >>> lisbon = Candidate(Place("a", "Sé", 38.7, -9.1, "P", country="PT"), 1.2, "Sé", "name", "")
    >>> rejects_country([lisbon], country="ML"), rejects_country([lisbon], country="PT")
    (True, False)
    """
    if not country or not ranked:
        return False
    best = ranked[0].place
    if best.country is None or best.country == country or best.feature_code in _BROAD_CODES:
        return False
    return not any(candidate.place.country in (country, None) for candidate in ranked)


def country_rejection(
    query: str, ranked: Sequence[Candidate], *, country: str, continent_of: ContinentOf
) -> Resolution:
    """The empty answer for a name whose places all contradict ``country``, and why."""
    places = sorted({candidate.place.country or "" for candidate in ranked})
    best = ranked[0].place
    other = _other_continent(best, Hints(country=country), continent_of)
    return Resolution(
        query=query,
        place=None,
        confidence=0.0,
        reason=(
            f"no place named {query!r} in {country}; the places of that name are in "
            f"{', '.join(places)}{' (another continent)' if other else ''}, which the "
            f"context ({country}) contradicts; best was {best.name} ({_where(best, continent_of)})"
        ),
        source="offline",
        candidates=tuple(ranked),
    )
