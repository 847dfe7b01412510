"""The incident frame's column types, and conversions that every format shares.

Readers hand back frames whose columns have the types that ``to_geodataframe`` gives
(nullable ``Int64``, ``float64``, ``date`` objects or None, ``str``); writers build an
Arrow table with the matching Arrow types, so that GDAL creates INTEGER, REAL, DATE and
TEXT fields instead of guessing them from Python objects.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Final

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import shapely

from geo.incident import DATE_FIELDS, FIELDS, FLOAT_FIELDS, INTEGER_FIELDS, TEXT_FIELDS

if TYPE_CHECKING:
    import geopandas as gpd

log = logging.getLogger(__name__)

GEOMETRY_COLUMN: Final = "geometry"
CRS: Final = "EPSG:4326"


def arrow_type_of(name: str) -> pa.DataType:
    """Return the Arrow type of incident column ``name``.

    >>> str(arrow_type_of("fatalities")), str(arrow_type_of("event_date"))
    ('int64', 'date32[day]')
    """
    if name in INTEGER_FIELDS:
        return pa.int64()
    if name in FLOAT_FIELDS:
        return pa.float64()
    if name in DATE_FIELDS:
        return pa.date32()
    return pa.string()


def normalise_frame(frame: pd.DataFrame) -> gpd.GeoDataFrame:
    """Return ``frame`` as an incident GeoDataFrame: every field, typed, in FIELDS order.

    Missing columns get their empty value; columns that are not incident fields are
    dropped with a warning. Where the geometry is missing but latitude and longitude are
    known, a point is built from them (lon, lat order, as shapely wants).
    """
    import geopandas as gpd

    out = pd.DataFrame(index=pd.RangeIndex(len(frame)))
    source = frame.reset_index(drop=True)
    extra = [c for c in source.columns if c not in FIELDS and c != _geometry_name(source)]
    if extra:
        log.warning("dropping columns that are not incident fields: %s", ", ".join(extra))
    for name in FIELDS:
        column = source[name] if name in source.columns else _empty(name, len(source))
        out[name] = _typed(column, name=name)
    geometry = _geometry_of(source, typed=out)
    # copy=False: given a plain DataFrame, geopandas copies every column by default (150
    # MB at a million rows, and the peak of a merge); ``out`` is this function's own.
    return gpd.GeoDataFrame(out, geometry=geometry, crs=CRS, copy=False)


def _geometry_name(frame: pd.DataFrame) -> str | None:
    import geopandas as gpd

    if isinstance(frame, gpd.GeoDataFrame) and frame._geometry_column_name in frame.columns:
        return str(frame._geometry_column_name)
    return GEOMETRY_COLUMN if GEOMETRY_COLUMN in frame.columns else None


def _empty(name: str, rows: int) -> pd.Series:
    """Field ``name`` unknown in every row, already typed (a field a reader left out)."""
    index = pd.RangeIndex(rows)
    if name in INTEGER_FIELDS:
        return pd.Series(pd.NA, index=index, dtype="Int64")
    if name in FLOAT_FIELDS:
        return pd.Series(np.nan, index=index, dtype="float64")
    if name in DATE_FIELDS:
        return pd.Series(np.full(rows, None, dtype=object), index=index)
    return pd.Series("", index=index, dtype="str")


def _typed(column: pd.Series, *, name: str) -> pd.Series:
    # Frames that are already typed (the usual case) pass through without a copy.
    if name in INTEGER_FIELDS:
        if str(column.dtype) == "Int64":
            return column
        if column.dtype.kind in "fiu":  # numbers already: Arrow's int64 with a null is float64
            return column.astype("Float64").astype("Int64")
        numbers = pd.to_numeric(column.replace("", None), errors="raise")
        return numbers.astype("Float64").astype("Int64")
    if name in FLOAT_FIELDS:
        if column.dtype == "float64":
            return column
        return pd.to_numeric(column.replace("", None), errors="raise").astype("float64")
    if name in DATE_FIELDS:
        if column.dtype == object and pd.api.types.infer_dtype(column, skipna=True) in (
            "date",
            "empty",
        ):
            return column.where(column.notna(), None)
        stamps = pd.to_datetime(column.replace("", None), errors="raise", format="ISO8601")
        dates = stamps.dt.date.astype("object")
        return dates.where(stamps.notna(), None)
    assert name in TEXT_FIELDS
    if isinstance(column.dtype, pd.StringDtype) and not column.hasnans:
        return column
    return column.astype("object").where(column.notna(), "").astype("str")


def _geometry_of(source: pd.DataFrame, *, typed: pd.DataFrame) -> np.ndarray:
    name = _geometry_name(source)
    if name is not None:
        geometry = np.asarray(source[name].to_numpy(), dtype=object)
        missing = shapely.is_missing(geometry) | shapely.is_empty(geometry)
        geometry[missing] = None
    else:
        geometry = np.full(len(typed), None, dtype=object)
        missing = np.ones(len(typed), dtype=bool)
    lon = typed["longitude"].to_numpy()
    lat = typed["latitude"].to_numpy()
    # ``missing``, not ``geometry == None``: comparing a million objects cost 0.1 s.
    fill = missing & ~(np.isnan(lon) | np.isnan(lat))
    if fill.any():
        geometry[fill] = shapely.points(lon[fill], lat[fill])
    return geometry


def to_arrow_table(frame: gpd.GeoDataFrame) -> pa.Table:
    """Return ``frame``'s incident columns plus a WKB ``geometry`` column as an Arrow table."""
    arrays: list[pa.Array] = []
    schema_fields: list[pa.Field] = []
    for name in FIELDS:
        kind = arrow_type_of(name)
        column = frame[name]
        if name in DATE_FIELDS:
            values = column.to_numpy(dtype=object)
            arrays.append(pa.array(values, type=kind, from_pandas=True))
        elif name in TEXT_FIELDS:
            # GDAL's strings end at NUL, so a NUL would cut the text short: mark it instead.
            text = pc.replace_substring(
                pa.array(column, type=kind, from_pandas=True), "\x00", "\ufffd"
            )
            arrays.append(text)
        else:
            arrays.append(pa.array(column, type=kind, from_pandas=True))
        schema_fields.append(pa.field(name, kind))
    wkb = shapely.to_wkb(np.asarray(frame.geometry.to_numpy(), dtype=object), flavor="iso")
    arrays.append(pa.array(wkb, type=pa.binary()))
    schema_fields.append(
        pa.field(GEOMETRY_COLUMN, pa.binary(), metadata={"ARROW:extension:name": "geoarrow.wkb"})
    )
    return pa.Table.from_arrays(arrays, schema=pa.schema(schema_fields))
