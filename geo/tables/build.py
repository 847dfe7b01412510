"""Turn one raw table row into an ``Incident``: parse its cells, place it, flag it.

A bad cell is reported (file, line, column) and left empty; the row is kept and flagged
``malformed``. A row whose place cannot be found is kept without a point and flagged
``unresolved``. A row that has its own point keeps it; only when asked
(``check_places``, the CLI's ``--check-places``) is it checked against the gazetteer,
once per distinct location: more than ``far_km`` from where the gazetteer puts its
named location, it is flagged ``far_from_location``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol, TypeVar, runtime_checkable

from gazetteer.distance import distance_km
from gazetteer.place import Resolution
from geo.errors import InputFormatError
from geo.export.countries import CountryCodes
from geo.incident import Incident, incident_id_for, place_fields, precision_of, uncertainty_m_for
from geo.tables.rows import RawRow
from geo.tables.values import (
    DateValue,
    parse_count,
    parse_date,
    parse_degrees,
    text_of,
)
from geo.taxonomy import EVENT_TYPES, event_type_of

T = TypeVar("T")


class PlaceResolver(Protocol):
    """What the table reader needs from a gazetteer (``GazetteerIndex`` is one)."""

    def resolve(self, name: str, *, country: str | None = None) -> Resolution:
        """Return the best place for ``name`` (``place=None`` when there is none)."""
        ...


@runtime_checkable
class RegionRadii(Protocol):
    """A gazetteer that also knows how far a region reaches (``GazetteerIndex`` does)."""

    def radius_m(self, place_id: str) -> float | None:
        """Return the radius in metres that covers the place, or None if unknown."""
        ...


@dataclass(frozen=True, slots=True)
class RowContext:
    """What every row of one table shares; ``resolved`` memoises the gazetteer per table,
    so a location repeated on many rows is looked up once."""

    path: str
    source: str
    columns: Mapping[str, str]
    resolver: PlaceResolver | None
    countries: CountryCodes
    far_km: float
    check_places: bool = False
    resolved: dict[tuple[str, str], Resolution] = field(default_factory=dict)

    def resolve(self, name: str, *, country: str | None) -> Resolution:
        key = (name.casefold(), country or "")
        if key not in self.resolved:
            if self.resolver is None:
                self.resolved[key] = Resolution(name, None, 0.0, "no gazetteer was given")
            else:
                self.resolved[key] = self.resolver.resolve(name, country=country)
        return self.resolved[key]

    def uncertainty_m(self, precision: int | None, *, place_id: str) -> float:
        """The radius that ``precision`` implies; a region's own radius when it has one."""
        region_radius_m = None
        if precision == 3 and place_id and isinstance(self.resolver, RegionRadii):
            region_radius_m = self.resolver.radius_m(place_id)
        return uncertainty_m_for(precision, region_radius_m=region_radius_m)


@dataclass(frozen=True, slots=True)
class BuiltRow:
    """The incident of one row and the problems found in its cells."""

    incident: Incident
    errors: tuple[InputFormatError, ...]


def canonical_event_type(value: str) -> tuple[str, str]:
    """Return (event_type, sub_event_type) for a cell holding either of them.

    >>> canonical_event_type("armed clash")
    ('Battles', 'Armed clash')
    >>> canonical_event_type("riots")
    ('Riots', '')
    """
    folded = value.casefold()
    for event_type in EVENT_TYPES:
        if event_type.casefold() == folded:
            return event_type, ""
    for event_type in EVENT_TYPES:
        sub = next((s for s in _subs(event_type) if s.casefold() == folded), None)
        if sub is not None:
            return event_type, sub
    return value, ""


def _subs(event_type: str) -> tuple[str, ...]:
    from geo.taxonomy import SUB_EVENT_TYPES

    return SUB_EVENT_TYPES[event_type]


class _Cells:
    """Reads the cells of one row by field name and collects the errors."""

    def __init__(self, row: RawRow, *, context: RowContext) -> None:
        self.row = row
        self.context = context
        self.errors: list[InputFormatError] = []

    def text(self, name: str) -> str:
        column = self.context.columns.get(name)
        return text_of(self.row.cells.get(column)) if column else ""

    def parsed(self, name: str, *, parse: Callable[[object], T | None]) -> T | None:
        column = self.context.columns.get(name)
        if column is None:
            return None
        try:
            return parse(self.row.cells.get(column))
        except ValueError as err:
            self.errors.append(
                InputFormatError(str(err), path=self.context.path, line=self.row.line, field=column)
            )
            return None


def build_incident(row: RawRow, *, context: RowContext) -> BuiltRow:
    """Build the incident of ``row``; never raises for bad cells (see the module doc)."""
    cells = _Cells(row, context=context)
    when: DateValue | None = cells.parsed("date", parse=parse_date)
    event_type, sub_event_type = canonical_event_type(cells.text("event_type"))
    if cells.text("sub_event_type"):
        sub_event_type = cells.text("sub_event_type")
        event_type = event_type or (event_type_of(sub_event_type) or "")
    country = _country(cells)
    latitude = cells.parsed("latitude", parse=lambda v: parse_degrees(v, limit=90))
    longitude = cells.parsed("longitude", parse=lambda v: parse_degrees(v, limit=180))
    if (latitude is None or longitude is None) and row.lonlat is not None:
        lon, lat = row.lonlat
        # GDAL hands back whatever the file holds, NaN and latitude 91 included.
        if math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180:
            longitude, latitude = lon, lat
        else:
            cells.errors.append(
                InputFormatError(
                    f"point out of range (lon {lon}, lat {lat}); ignored",
                    path=context.path,
                    line=row.line,
                    field="geometry",
                )
            )
    precision = cells.parsed("geo_precision", parse=_parse_precision)
    time_precision = cells.parsed("time_precision", parse=_parse_precision)
    location = cells.text("place")
    values: dict[str, object] = {
        "id": cells.text("id") or incident_id_for(context.source, row.line, row.line),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "event_date": when.day if when else None,
        "time_precision": time_precision or (when.time_precision if when else None),
        "actor1": cells.text("actor1"),
        "actor2": cells.text("actor2"),
        "assoc_actors": cells.text("assoc_actors"),
        "fatalities": cells.parsed("fatalities", parse=parse_count),
        "injured": cells.parsed("injured", parse=parse_count),
        "location": location,
        "country": country or "",
        "admin1": cells.text("admin1"),
        "admin2": cells.text("admin2"),
        "source": cells.text("source") or context.source,
        "source_url": cells.text("source_url"),
        "notes": cells.text("notes"),
    }
    flags: list[str] = []
    if latitude is not None and longitude is not None:
        # The table's own point wins; the gazetteer only checks it.
        precision = precision or (3 if row.is_area else 1)
        values.update(latitude=latitude, longitude=longitude)
        checked = _check_point(
            location, country=country, latlon=(latitude, longitude), context=context, flags=flags
        )
        values.update(checked)
    elif location:
        resolution = context.resolve(location, country=country)
        values["place_reason"] = resolution.reason
        if resolution.place is None:
            flags.append("unresolved")
        else:
            precision = precision or precision_of(resolution.place)
            given_country = values["country"]
            values.update(place_fields(resolution.place), confidence=resolution.confidence)
            values["country"] = given_country or values["country"]
    else:
        flags.append("unresolved")
        values["place_reason"] = "the row names no place and has no coordinates"
    if values.get("latitude") is not None:
        values["geo_precision"] = precision
        place_id = str(values.get("place_id", ""))
        values["uncertainty_m"] = context.uncertainty_m(precision, place_id=place_id)
    if cells.errors:
        flags.append("malformed")
    values["flags"] = ",".join(flags)
    return BuiltRow(Incident(**values), tuple(cells.errors))  # type: ignore[arg-type]


def _country(cells: _Cells) -> str | None:
    raw = cells.text("country")
    if not raw:
        return None
    code = cells.context.countries.to_alpha2(raw)
    if code is None:
        column = cells.context.columns["country"]
        cells.errors.append(
            InputFormatError(
                f"unknown country {raw!r}; expected a name or an ISO code",
                path=cells.context.path,
                line=cells.row.line,
                field=column,
            )
        )
    return code


def _parse_precision(value: object) -> int | None:
    number = parse_count(value)
    if number is not None and number not in (1, 2, 3):
        raise ValueError(f"expected geo_precision 1, 2 or 3, got {value!r}")
    return number


def _check_point(
    location: str,
    *,
    country: str | None,
    latlon: tuple[float, float],
    context: RowContext,
    flags: list[str],
) -> dict[str, object]:
    if not location or context.resolver is None or not context.check_places:
        return {"place_reason": "coordinates from the table"}
    resolution = context.resolve(location, country=country)
    place = resolution.place
    if place is None:
        return {"place_reason": f"coordinates from the table; {resolution.reason}"}
    gap_km = distance_km(*latlon, place.lat, place.lon)
    if gap_km > context.far_km:
        flags.append("far_from_location")
        return {
            "place_reason": (
                f"coordinates from the table, {gap_km:.0f} km from the gazetteer's "
                f"{place.name} ({place.lat:.4f}, {place.lon:.4f}); more than "
                f"{context.far_km:g} km"
            )
        }
    return {
        "place_id": place.place_id,
        "place_name": place.name,
        "place_reason": f"coordinates from the table, {gap_km:.1f} km from {place.name}",
        "confidence": resolution.confidence,
    }
