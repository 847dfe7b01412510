"""GeoJSON as RFC 7946 says: WGS84 lon/lat, no ``crs`` member, 6 decimals, ISO dates.

GDAL's GeoJSON driver writes it from an Arrow table whose types it keeps, so an unknown
count is written ``null`` (never 0) and a date is a ``YYYY-MM-DD`` string. The incident
``id`` becomes the Feature's ``id`` member, where web maps look for it.

A few incidents (``extract one.txt -o -``) are written by ``write_geojson_rows`` instead,
from plain rows and without GDAL, pandas or pyarrow, which cost more than the whole
extraction of one report. It writes the bytes GDAL writes: the same layout, strings
escaped as json-c escapes them, reals with GDAL's significant figures and coordinates
with its 6 decimals and rounding (``_gdal_real``, ``_gdal_coordinate``); the tests
write the same incidents both ways and compare the bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import TYPE_CHECKING, Final

from geo.export.rows import IncidentRow
from geo.incident import DATE_FIELDS, FIELDS, FLOAT_FIELDS, INTEGER_FIELDS

if TYPE_CHECKING:
    import geopandas as gpd

COORDINATE_DECIMALS: Final = 6
LAYER_OPTIONS: Final = {
    "RFC7946": "YES",
    "COORDINATE_PRECISION": str(COORDINATE_DECIMALS),
    "WRITE_NAME": "NO",
    "ID_FIELD": "id",
}


def write_geojson(frame: gpd.GeoDataFrame, *, path: Path) -> None:
    """Write ``frame`` (an incident frame) to a new GeoJSON file at ``path``."""
    import pyogrio

    from geo.export.schema import CRS, GEOMETRY_COLUMN, to_arrow_table

    pyogrio.write_arrow(
        to_arrow_table(frame),
        path,
        layer="incidents",
        driver="GeoJSON",
        geometry_name=GEOMETRY_COLUMN,
        geometry_type="Point",
        crs=CRS,
        layer_options=dict(LAYER_OPTIONS),
    )


def read_geojson_layer(path: Path, *, columns: Sequence[str] | None = None) -> gpd.GeoDataFrame:
    """Read a GeoJSON file's features as they are (any columns); ``columns``: only those
    of these properties that it has."""
    import pyogrio

    return pyogrio.read_dataframe(
        path, use_arrow=True, columns=None if columns is None else list(columns)
    )


def read_geojson(path: Path) -> gpd.GeoDataFrame:
    """Read an incident GeoJSON file back into a typed incident frame."""
    from geo.export.schema import normalise_frame

    return normalise_frame(read_geojson_layer(path))


_HEADER: Final = (
    '{\n"type": "FeatureCollection",\n'
    f'"xy_coordinate_resolution": {10.0**-COORDINATE_DECIMALS:g},\n'
    '"features": [\n'
)


def write_geojson_rows(rows: Iterable[IncidentRow], *, path: Path) -> None:
    """Write incident rows (:mod:`geo.export.rows`) to a new GeoJSON file at ``path``,
    byte for byte as ``write_geojson`` writes the same incidents.

    Every real value must be finite (``geo.export.write_incident_records`` checks).
    """
    with path.open("w", encoding="utf-8", newline="\n") as stream:
        stream.write(_HEADER)
        first = True
        for row in rows:
            if not first:
                stream.write(",\n")
            stream.write(_feature(row))
            first = False
        stream.write("\n]\n}\n")


def _feature(row: IncidentRow) -> str:
    properties = ", ".join(
        f"{key}: null" if (value := row[name]) is None else f"{key}: {write(value)}"
        for name, key, write in _PROPERTY_WRITERS
    )
    lon, lat = row["longitude"], row["latitude"]
    if isinstance(lon, float) and isinstance(lat, float):
        point = f"[ {_gdal_coordinate(lon)}, {_gdal_coordinate(lat)} ]"  # lon, lat
        geometry = f'{{ "type": "Point", "coordinates": {point} }}'
    else:
        geometry = "null"
    return (
        f'{{ "type": "Feature", "id": {_string(str(row["id"]))}, '
        f'"properties": {{ {properties} }}, "geometry": {geometry} }}'
    )


def _string(text: object) -> str:
    # json-c (GDAL's writer, with slashes left alone) escapes what Python's json does.
    # GDAL's strings end at NUL, so the frame path marks a NUL (to_arrow_table): so
    # does this one.
    # encode_basestring is what json.dumps(ensure_ascii=False) calls for a str.
    return encode_basestring(str(text).replace("\x00", "\ufffd"))


def _integer(value: object) -> str:
    return str(value)


def _day(value: object) -> str:
    assert isinstance(value, date)
    return f'"{value.isoformat()}"'


def _real(value: object) -> str:
    assert isinstance(value, float)
    return _gdal_real(value)


def _gdal_real(value: float) -> str:
    """A real attribute as GDAL writes it: 17 significant digits, or down to 14 when
    that drops a run of 9s or 0s that is only binary noise; ``.0`` on a whole number.

    >>> _gdal_real(36.20124), _gdal_real(2000.0), _gdal_real(1e-07), _gdal_real(0.802)
    ('36.20124', '2000.0', '9.9999999999999995e-08', '0.802')
    """
    text = f"{value:.17g}"
    if _has_noise(text):
        for digits in (16, 15, 14):
            shorter = f"{value:.{digits}g}"
            if "." in shorter and not _has_noise(shorter):
                text = shorter
                break
    if "." not in text and "e" not in text:
        text += ".0"
    return text


def _has_noise(text: str) -> bool:
    dot = text.find(".")
    return dot >= 0 and ("999999" in text[dot:] or "000000" in text[dot:])


def _gdal_coordinate(value: float) -> str:
    """A coordinate as GDAL writes it: 6 decimals, GDAL's rounding of a trailing run
    of 0s or 9s, trailing zeros dropped but one.

    >>> _gdal_coordinate(44.1129), _gdal_coordinate(-179.9999995), _gdal_coordinate(40.0)
    ('44.1129', '-180.0', '40.0')
    """
    return _without_trailing_zeros(_round_noise(f"{value:.{COORDINATE_DECIMALS}f}"))


def _round_noise(text: str) -> str:
    # GDAL's "intelliround" (ogrutils.cpp) of a fixed-point text longer than 10
    # characters: when the 2nd to 6th characters from the end are all 0s, the last one
    # goes; when they are all 9s, the last six go and the rest is rounded up. (Its two
    # other rules need more than six decimals, which we never write.)
    if len(text) <= 10 or "." not in text[:-6]:
        return text
    noise = text[-6:-1]
    if noise == "00000":
        return text[:-1]
    if noise == "99999":
        return _round_up(text[:-6])
    return text


def _round_up(text: str) -> str:
    """Add one in the last digit of a decimal text (GDAL's ``roundup``)."""
    negative = text.startswith("-")
    digits = list(text[1:] if negative else text)
    for position in range(len(digits) - 1, -1, -1):
        if digits[position] == ".":
            continue
        if digits[position] != "9":
            digits[position] = chr(ord(digits[position]) + 1)
            break
        digits[position] = "0"
        if position == 0:
            digits.insert(0, "1")
    return ("-" if negative else "") + "".join(digits)


def _without_trailing_zeros(text: str) -> str:
    if "." not in text:
        return text
    text = text.rstrip("0")
    return text + "0" if text.endswith(".") else text


_PROPERTY_WRITERS: Final[tuple[tuple[str, str, Callable[[object], str]], ...]] = tuple(
    (
        name,
        _string(name),
        _real
        if name in FLOAT_FIELDS
        else _integer
        if name in INTEGER_FIELDS
        else _day
        if name in DATE_FIELDS
        else _string,
    )
    for name in FIELDS
    if name != LAYER_OPTIONS["ID_FIELD"]
)
