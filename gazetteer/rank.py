"""Score the places that a name may refer to, and say why.

A score adds up: how the name matched (primary, historic, alternate, fuzzy), what kind
of place it is (a country or a settlement before an admin area of the same name),
its population (log scale, so a city of millions does not drown every village), and
the caller's hints: a country, a bounding box, a point the place should be near.
The confidence of a resolution then asks whether the winner clearly beats the best
candidate *elsewhere* (more than ``SAME_PLACE_KM`` away): two rows for one town do not
make the answer ambiguous, two towns 300 km apart do.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from gazetteer.distance import distance_km
from gazetteer.place import Candidate, Place

MATCH_WEIGHT: Final = {"name": 1.0, "historic": 0.95, "ascii": 0.95, "alternate": 0.9}
FUZZY_WEIGHT: Final = 0.85  # times the similarity in [0, 1]
MIN_FUZZY_SIMILARITY: Final = 85.0  # rapidfuzz ratio below which a fuzzy hit is no answer
COUNTRY_BONUS: Final = 0.35
KIND_BONUS: Final = 0.25  # "Tartar District" prefers the district to the town
BBOX_BONUS: Final = 0.35
NEAR_BONUS: Final = 0.35
NEAR_SCALE_KM: Final = 100.0
SAME_PLACE_KM: Final = 25.0
# Rows someone chose on purpose outrank GeoNames' namesakes: a curated region or area
# ("Sinai", not a hamlet in Chiapas) a little, the user's own correction decisively,
# so that it is used in the next run.
CURATED_BONUS: Final = 0.3
USER_BONUS: Final = 1.0

_FEATURE_WEIGHT: Final = {
    ("A", "PCLI"): 0.3,
    ("L", "CONT"): 0.25,
    ("L", "RGN"): 0.2,
    ("A", "ADM1"): 0.12,
    ("A", "ADM2"): 0.08,
}
_CLASS_WEIGHT: Final = {"P": 0.2, "A": 0.1, "L": 0.15}
_FEATURE_LABEL: Final = {
    ("A", "PCLI"): "country",
    ("L", "CONT"): "continent",
    ("L", "RGN"): "region",
    ("A", "ADM1"): "first-level administrative area",
    ("A", "ADM2"): "second-level administrative area",
    ("S", "AIRP"): "airport",
    ("S", "AIRB"): "airbase",
}
_HOW: Final = {"name": "name of", "historic": "historic name of", "ascii": "ASCII name of"}
_CLASS_LABEL: Final = {
    "P": "populated place",
    "A": "administrative area",
    "L": "area",
    "H": "water body",
    "T": "terrain feature",
    "S": "spot",
    "V": "vegetation area",
    "R": "road",
    "U": "undersea feature",
}


@dataclass(frozen=True, slots=True)
class Hints:
    """What the caller knows about where the place should be."""

    country: str | None = None
    # min lon, min lat, max lon, max lat
    bbox_lonlat: tuple[float, float, float, float] | None = None
    near_latlon: tuple[float, float] | None = None
    kind_named: str | None = None  # "area" or "settlement", from words such as "district"


def describe_feature(place: Place) -> str:
    """A human label of the place's kind.

    >>> describe_feature(Place("x", "Baku", 40.4, 49.9, "P", "PPL"))
    'populated place'
    """
    label = _FEATURE_LABEL.get((place.feature_class, place.feature_code))
    return label or _CLASS_LABEL.get(place.feature_class, "place")


def score_candidate(
    place: Place,
    *,
    matched_name: str,
    match_kind: str,
    similarity: float = 100.0,
    hints: Hints = Hints(),  # a frozen value, so a shared default is safe
) -> Candidate:
    """Score one place for a query and explain the score in words."""
    base = base_candidate(
        place, matched_name=matched_name, match_kind=match_kind, similarity=similarity
    )
    return apply_hints(base, hints=hints)


def base_candidate(
    place: Place, *, matched_name: str, match_kind: str, similarity: float = 100.0
) -> Candidate:
    """The score and reason that depend only on the place and the match, not on hints.

    The index caches these per name key, so a repeated name costs no re-scoring.
    """
    if match_kind == "fuzzy":
        score = FUZZY_WEIGHT * similarity / 100.0
        how = f"fuzzy match ({similarity:.0f}%) of {matched_name!r}, a name of"
    else:
        score = MATCH_WEIGHT.get(match_kind, 0.9)
        how = _HOW.get(match_kind, "alternate name of")
    score += _FEATURE_WEIGHT.get(
        (place.feature_class, place.feature_code), _CLASS_WEIGHT.get(place.feature_class, 0.05)
    )
    score += 0.4 * min(1.0, math.log10(place.population + 1) / 7.0)
    chosen = ""
    if place.place_id.startswith("curated:"):
        score += CURATED_BONUS
        chosen = "curated "
    elif place.place_id.startswith("user:"):
        score += USER_BONUS
        chosen = "your own "
    where = ", ".join(part for part in (place.admin1, place.country) if part)
    reason = f"{how} {chosen}{place.name}" + (f" ({where})" if where else "")
    reason += f", {describe_feature(place)}"
    if place.population:
        reason += f", population {place.population:,}"
    return Candidate(
        place=place,
        score=round(score, 4),
        matched_name=matched_name,
        match_kind=match_kind,
        reason=reason,
    )


def has_hints(hints: Hints) -> bool:
    """Whether any hint is set."""
    return bool(hints.country or hints.bbox_lonlat or hints.near_latlon or hints.kind_named)


def apply_hints(candidate: Candidate, *, hints: Hints) -> Candidate:
    """Add the country, bounding-box and near-point terms to a base candidate."""
    if not has_hints(hints):
        return candidate
    place = candidate.place
    score = candidate.score
    notes = []
    if hints.country:
        if place.country == hints.country:
            score += COUNTRY_BONUS
            notes.append(f"in {hints.country} as asked")
        elif place.country:
            score -= COUNTRY_BONUS
            notes.append(f"not in {hints.country}")
    if hints.kind_named:
        is_area = place.feature_class in ("A", "L") and place.feature_code != "PCLI"
        is_settlement = place.feature_class == "P"
        if (hints.kind_named == "area" and is_area) or (
            hints.kind_named == "settlement" and is_settlement
        ):
            score += KIND_BONUS
            notes.append(
                f"the query names {'an' if hints.kind_named == 'area' else 'a'} {hints.kind_named}"
            )
    if hints.bbox_lonlat:
        min_lon, min_lat, max_lon, max_lat = hints.bbox_lonlat
        if min_lon <= place.lon <= max_lon and min_lat <= place.lat <= max_lat:
            score += BBOX_BONUS
            notes.append("inside the bounding box")
        else:
            score -= BBOX_BONUS
            notes.append("outside the bounding box")
    if hints.near_latlon:
        km = distance_km(hints.near_latlon[0], hints.near_latlon[1], place.lat, place.lon)
        score += NEAR_BONUS * (2 * math.exp(-km / NEAR_SCALE_KM) - 1)
        notes.append(f"{km:,.0f} km from the given point")
    reason = candidate.reason + ("; " + ", ".join(notes) if notes else "")
    return Candidate(
        place=place,
        score=round(score, 4),
        matched_name=candidate.matched_name,
        match_kind=candidate.match_kind,
        reason=reason,
    )


def rank_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """Best first; ties go to the larger population, then the id, so order is stable."""
    return sorted(candidates, key=lambda c: (-c.score, -c.place.population, c.place.place_id))


def confidence_of(ranked: list[Candidate], *, similarity: float = 100.0) -> float:
    """Confidence in [0, 1] that ``ranked[0]`` is the place meant.

    >>> a = Candidate(Place("a", "A", 40.0, 46.0, "P"), 1.6, "A", "name", "")
    >>> confidence_of([a])
    0.95
    >>> far = Candidate(Place("b", "A", 10.0, 10.0, "P"), 1.6, "A", "name", "")
    >>> confidence_of([a, far])  # a tie with a place far away: a coin toss
    0.475
    """
    if not ranked:
        return 0.0
    best = ranked[0]
    quality = MATCH_WEIGHT.get(best.match_kind, FUZZY_WEIGHT * similarity / 100.0)
    elsewhere = [
        c.score
        for c in ranked[1:]
        if distance_km(best.place.lat, best.place.lon, c.place.lat, c.place.lon) > SAME_PLACE_KM
    ]
    margin = best.score - max(elsewhere) if elsewhere else 1.0
    return round(max(0.0, min(1.0, quality * 0.95 * min(1.0, 0.5 + 2 * margin))), 3)
