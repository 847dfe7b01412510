"""What an online geocoder's answer must look like before anything reads or caches it.

A provider's JSON body is checked here, before geopy parses it and long before the cache
sees it: the shape of the body (a list for Nominatim, a feature collection for Photon, a
``geonames`` list for GeoNames), how many hits it holds, and each hit's coordinates
(numbers or numeric strings, finite, latitude within ±90 and longitude within ±180) and
the fields that :mod:`gazetteer.geocoders` reads (``address`` must be an object, names
must be text). geopy itself would turn ``"lon": "400"`` into 40.0 (it wraps longitudes)
and a missing ``lat`` into 0.0, so its parsed points cannot be trusted for this.

A body that fails raises :class:`MalformedAnswer` (a ``ValueError``), which the adapter
turns into geopy's parse error, and so into a fault that is retried and never cached.
The same per-hit checks run on rows read back from the cache, so a row that an older
version stored is refetched instead of crashing every later run.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final

# Nominatim caps ``limit`` at 40 and GeoNames' default page is 100 rows; an answer with
# more hits than this was not asked for by incimap.
MAX_HITS: Final = 100
# A Nominatim answer of 40 hits with address details is about 40 KB.
MAX_ANSWER_BYTES: Final = 1_048_576


@dataclass(frozen=True, slots=True)
class AnswerLimits:
    """Caps on one answer: its size in bytes and how many hits it may hold."""

    max_bytes: int = MAX_ANSWER_BYTES
    max_hits: int = MAX_HITS


DEFAULT_LIMITS: Final = AnswerLimits()


class MalformedAnswer(ValueError):
    """An answer is valid JSON but not of the provider's shape, or holds impossible values."""


def _coordinate(value: object, *, name: str, bound: float) -> float:
    """Return ``value`` as a finite float within ±``bound``, or raise.

    >>> _coordinate("40.5", name="lat", bound=90)
    40.5
    >>> _coordinate("400", name="lon", bound=180)
    Traceback (most recent call last):
    ...
    gazetteer.answers.MalformedAnswer: lon '400' is outside -180..180
    """
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise MalformedAnswer(f"{name}: expected a number, got {_shown(value)}")
    try:
        number = float(value)
    except ValueError:
        raise MalformedAnswer(f"{name}: expected a number, got {_shown(value)}") from None
    if not math.isfinite(number):
        raise MalformedAnswer(f"{name}: expected a finite number, got {_shown(value)}")
    if not -bound <= number <= bound:
        raise MalformedAnswer(f"{name} {_shown(value)} is outside {-bound:g}..{bound:g}")
    return number


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:40] + "…"


def _mapping(value: object, *, name: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise MalformedAnswer(f"{name}: expected an object, got {type(value).__name__}")
    return value


def _optional_mapping(item: Mapping[str, Any], key: str) -> None:
    if item.get(key) is not None:
        _mapping(item[key], name=key)


def _optional_text(item: Mapping[str, Any], *keys: str) -> None:
    for key in keys:
        value = item.get(key)
        if value is not None and not isinstance(value, str):
            raise MalformedAnswer(f"{key}: expected text, got {type(value).__name__}")


def _hits(value: object, *, name: str, limits: AnswerLimits) -> Sequence[Any]:
    if not isinstance(value, list):
        raise MalformedAnswer(f"{name}: expected a list, got {_kind(value)}")
    if len(value) > limits.max_hits:
        raise MalformedAnswer(f"{len(value)} hits, more than the cap of {limits.max_hits}")
    return value


def _kind(value: object) -> str:
    return "null" if value is None else type(value).__name__


def check_nominatim_hit(item: object) -> None:
    """Check one element of Nominatim's ``/search`` answer (or a cached one)."""
    hit = _mapping(item, name="hit")
    _coordinate(hit.get("lat"), name="lat", bound=90)
    _coordinate(hit.get("lon"), name="lon", bound=180)
    _optional_mapping(hit, "address")
    _optional_text(hit, "display_name", "name", "class", "category", "type", "osm_type")


def check_photon_hit(item: object) -> None:
    """Check one feature of Photon's ``/api`` answer (or a cached one)."""
    feature = _mapping(item, name="feature")
    geometry = _mapping(feature.get("geometry"), name="geometry")
    lonlat = geometry.get("coordinates")
    if not isinstance(lonlat, list) or len(lonlat) != 2:
        raise MalformedAnswer(f"coordinates: expected [lon, lat], got {_shown(lonlat)}")
    _coordinate(lonlat[0], name="lon", bound=180)
    _coordinate(lonlat[1], name="lat", bound=90)
    properties = _mapping(feature.get("properties", {}), name="properties")
    _optional_text(properties, "name", "osm_key", "osm_value", "countrycode", "state")


def check_geonames_hit(item: object) -> None:
    """Check one record of GeoNames' ``/searchJSON`` answer (or a cached one)."""
    record = _mapping(item, name="record")
    _coordinate(record.get("lat"), name="lat", bound=90)
    _coordinate(record.get("lng"), name="lng", bound=180)
    _optional_text(record, "name", "fcl", "fcode", "countryCode", "adminName1")


def _check_nominatim(body: object, limits: AnswerLimits) -> None:
    if isinstance(body, Mapping) and "error" in body:
        return  # geopy turns Nominatim's own error objects into its errors
    for item in _hits(body, name="answer", limits=limits):
        check_nominatim_hit(item)


def _check_photon(body: object, limits: AnswerLimits) -> None:
    collection = _mapping(body, name="answer")
    for item in _hits(collection.get("features"), name="features", limits=limits):
        check_photon_hit(item)


def _check_geonames(body: object, limits: AnswerLimits) -> None:
    document = _mapping(body, name="answer")
    if "status" in document:
        return  # GeoNames' error document; geopy raises the matching error
    for item in _hits(document.get("geonames"), name="geonames", limits=limits):
        check_geonames_hit(item)


def _check_generic(body: object, limits: AnswerLimits) -> None:
    # An unknown format: at least refuse nothing-at-all and lists past the hit cap; the
    # points geopy parses are checked for range afterwards.
    if body is None:
        raise MalformedAnswer("answer: expected a JSON document, got null")
    if isinstance(body, list):
        _hits(body, name="answer", limits=limits)


BodyCheck = Callable[[object, AnswerLimits], None]
HitCheck = Callable[[object], None]

_BODY_CHECKS: Final[Mapping[str, BodyCheck]] = MappingProxyType(
    {"nominatim": _check_nominatim, "photon": _check_photon, "geonames": _check_geonames}
)
_HIT_CHECKS: Final[Mapping[str, HitCheck]] = MappingProxyType(
    {
        "nominatim": check_nominatim_hit,
        "photon": check_photon_hit,
        "geonames": check_geonames_hit,
    }
)


def check_body(provider: str, body: object, *, limits: AnswerLimits) -> None:
    """Raise :class:`MalformedAnswer` unless ``body`` is a well-formed answer of ``provider``.

    >>> check_body("nominatim", [{"lat": "40.3", "lon": "46.7"}], limits=AnswerLimits())
    >>> check_body("nominatim", None, limits=AnswerLimits())
    Traceback (most recent call last):
    ...
    gazetteer.answers.MalformedAnswer: answer: expected a list, got null
    """
    _BODY_CHECKS.get(provider, _check_generic)(body, limits)


def check_hit(provider: str, raw: object) -> None:
    """Raise :class:`MalformedAnswer` unless ``raw`` is a well-formed hit of ``provider``."""
    found = _HIT_CHECKS.get(provider)
    if found is not None:
        found(raw)


def check_point(*, lat: float, lon: float, address: object) -> None:
    """Check a point as geopy parsed it: the last line of defence for unknown formats."""
    _coordinate(lat, name="lat", bound=90)
    _coordinate(lon, name="lon", bound=180)
    if address is not None and not isinstance(address, str):
        raise MalformedAnswer(f"address: expected text, got {type(address).__name__}")
