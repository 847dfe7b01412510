"""The user's own places: a CSV table or a GeoJSON file of points.

CSV needs a header with ``name``, ``lat`` and ``lon`` (``latitude``/``longitude``
also work); ``country``, ``feature_class``, ``population``, ``alt_names`` (separated by
``|`` or ``;``) and ``id`` are optional. GeoJSON needs Point features with a ``name``
property and the same optional properties. Ids are ``user:<id or slug of the name>``,
so importing the same file twice updates the rows instead of doubling them.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Final

from gazetteer.errors import InputFormatError
from gazetteer.place import Place
from gazetteer.sources import PlaceRecord
from gazetteer.sources.geonames_dump import is_utf8, not_utf8_error

LAT_FIELDS: Final = ("lat", "latitude")
LON_FIELDS: Final = ("lon", "lng", "long", "longitude")


def slug_of(text: str) -> str:
    """A stable id part for a name.

    >>> slug_of("Qaraqaya Ridge (north)")
    'qaraqaya-ridge-north'
    """
    from gazetteer.normalize import fold_text

    return re.sub(r"\s+", "-", fold_text(text)) or "place"


class _Slugs:
    """Hands out ``user:`` ids, numbering repeats of a name within one file."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def place_id_for(self, explicit: str, name: str) -> str:
        base = slug_of(explicit or name)
        count = self._seen.get(base, 0) + 1
        self._seen[base] = count
        return f"user:{base}" if count == 1 else f"user:{base}-{count}"


def _record(
    props: Mapping[str, Any],
    *,
    lat: float,
    lon: float,
    place_id: str,
    origin: str,
) -> PlaceRecord:
    name = str(props["name"]).strip()
    alt_value = props.get("alt_names") or ""
    # A GeoJSON property may be a list already; a CSV cell separates names with | or ;.
    parts = alt_value if isinstance(alt_value, list) else re.split(r"[|;]", str(alt_value))
    alternates = [str(alt).strip() for alt in parts if str(alt).strip()]
    country = str(props.get("country") or "").strip().upper() or None
    place = Place(
        place_id=place_id,
        name=name,
        lat=lat,
        lon=lon,
        feature_class=str(props.get("feature_class") or "P").strip().upper(),
        feature_code=str(props.get("feature_code") or "").strip(),
        country=country,
        admin1=str(props.get("admin1") or "").strip() or None,
        population=int(props.get("population") or 0),
        source=f"user: {origin}",
    )
    return PlaceRecord(
        place=place, names=((name, "name"), *((alt, "alternate") for alt in alternates))
    )


def _checked_latlon(
    lat_value: object, lon_value: object, *, path: Path, line: int | None, field: tuple[str, str]
) -> tuple[float, float] | InputFormatError:
    try:
        lat = float(lat_value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return InputFormatError(
            f"expected a latitude, got {lat_value!r}", path=str(path), line=line, field=field[0]
        )
    try:
        lon = float(lon_value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return InputFormatError(
            f"expected a longitude, got {lon_value!r}", path=str(path), line=line, field=field[1]
        )
    if not -90 <= lat <= 90:
        return InputFormatError(
            f"latitude out of range: {lat}", path=str(path), line=line, field=field[0]
        )
    if not -180 <= lon <= 180:
        return InputFormatError(
            f"longitude out of range: {lon}", path=str(path), line=line, field=field[1]
        )
    return lat, lon


def read_csv(path: Path) -> Iterator[PlaceRecord | InputFormatError]:
    """Read the user's CSV of places; bad rows become errors, good rows records."""
    slugs = _Slugs()
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
        reader = csv.DictReader(handle)
        try:
            fieldnames = reader.fieldnames
        except csv.Error as err:
            yield InputFormatError(f"unreadable header: {err}", path=str(path), line=1)
            return
        header = {(f or "").strip().lower(): f for f in fieldnames or []}
        lat_field = next((header[f] for f in LAT_FIELDS if f in header), None)
        lon_field = next((header[f] for f in LON_FIELDS if f in header), None)
        if "name" not in header or lat_field is None or lon_field is None:
            yield InputFormatError(
                f"expected a header with name, lat and lon; got {reader.fieldnames}",
                path=str(path),
                line=1,
                field="header",
            )
            return
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as err:
                # A cell past the csv module's size limit: this row only, then go on.
                yield InputFormatError(
                    f"unreadable row: {err}", path=str(path), line=reader.line_num, field="row"
                )
                continue
            line = reader.line_num
            if not is_utf8("".join(str(value) for value in row.values())):
                yield not_utf8_error(path, line)
                continue
            # DictReader files surplus cells under the key None, as a list: not a field.
            props = {
                k.strip().lower(): (v or "").strip()
                for k, v in row.items()
                if isinstance(k, str) and not isinstance(v, list)
            }
            if not props.get("name"):
                yield InputFormatError("empty name", path=str(path), line=line, field="name")
                continue
            latlon = _checked_latlon(
                row[lat_field], row[lon_field], path=path, line=line, field=(lat_field, lon_field)
            )
            if isinstance(latlon, InputFormatError):
                yield latlon
                continue
            population = props.get("population") or "0"
            if not population.isdigit():
                yield InputFormatError(
                    f"expected a whole number, got {population!r}",
                    path=str(path),
                    line=line,
                    field="population",
                )
                continue
            yield _record(
                props,
                lat=latlon[0],
                lon=latlon[1],
                place_id=slugs.place_id_for(props.get("id", ""), props["name"]),
                origin=path.name,
            )


def read_geojson(path: Path) -> Iterator[PlaceRecord | InputFormatError]:
    """Read a GeoJSON FeatureCollection of named Points.

    JSON has no useful line numbers per feature, so errors name the feature's index
    in the ``field`` (``features[3].geometry``).
    """
    try:
        with path.open(encoding="utf-8") as handle:
            document = json.load(handle)
    except json.JSONDecodeError as err:
        yield InputFormatError(f"not JSON: {err.msg}", path=str(path), line=err.lineno)
        return
    except UnicodeDecodeError:
        yield InputFormatError("not valid UTF-8 (save the file as UTF-8)", path=str(path))
        return
    features = document.get("features") if isinstance(document, dict) else None
    if not isinstance(features, list):
        yield InputFormatError("expected a FeatureCollection", path=str(path), field="features")
        return
    slugs = _Slugs()
    for number, feature in enumerate(features):
        where = f"features[{number}]"
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        if not isinstance(geometry, dict) or geometry.get("type") != "Point":
            kind = geometry.get("type") if isinstance(geometry, dict) else geometry
            yield InputFormatError(
                f"expected a Point geometry, got {kind!r}",
                path=str(path),
                field=f"{where}.geometry",
            )
            continue
        coordinates = geometry.get("coordinates")
        if not isinstance(coordinates, list) or len(coordinates) < 2:
            yield InputFormatError(
                f"expected [lon, lat], got {coordinates!r}",
                path=str(path),
                field=f"{where}.geometry.coordinates",
            )
            continue
        props = feature.get("properties") or {}
        if not isinstance(props, dict) or not str(props.get("name") or "").strip():
            yield InputFormatError("missing name", path=str(path), field=f"{where}.properties.name")
            continue
        # GeoJSON is lon, lat; this is the one place where the order flips.
        latlon = _checked_latlon(
            coordinates[1],
            coordinates[0],
            path=path,
            line=None,
            field=(f"{where}.geometry.coordinates[1]", f"{where}.geometry.coordinates[0]"),
        )
        if isinstance(latlon, InputFormatError):
            yield latlon
            continue
        try:
            int(props.get("population") or 0)
        except (TypeError, ValueError):
            yield InputFormatError(
                f"expected a whole number, got {props.get('population')!r}",
                path=str(path),
                field=f"{where}.properties.population",
            )
            continue
        yield _record(
            props,
            lat=latlon[0],
            lon=latlon[1],
            place_id=slugs.place_id_for(str(props.get("id") or ""), str(props["name"])),
            origin=path.name,
        )
