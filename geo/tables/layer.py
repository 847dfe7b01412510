"""A GIS layer's rows built as columns: each distinct cell value parsed once.

A layer that another tool wrote usually has its own points and repeats its values (5,000
place names over 100k rows, a few event types, dates). Building an ``Incident`` per row
(:func:`geo.tables.build.build_incident`) costs tens of microseconds a row; here each
column is factorised, each distinct value goes through the same parsers once, and the
incident columns are gathered by code. The result is the frame that the row-by-row
build would give, row for row.

Only the common case is taken: every feature has a point in range, the points are not
to be checked against the gazetteer, no coordinate column is named, and every distinct
cell parses. Anything else (a bad cell to report with its line, a row to place by name)
returns None, and the caller builds the rows one by one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from geo.incident import (
    DATE_FIELDS,
    FIELDS,
    FLOAT_FIELDS,
    INTEGER_FIELDS,
    Incident,
    incident_id_for,
    uncertainty_m_for,
)
from geo.tables.build import RowContext, _parse_precision, canonical_event_type
from geo.tables.rows import LayerCells, RawTable
from geo.tables.values import parse_count, parse_date, text_of
from geo.taxonomy import event_type_of

if TYPE_CHECKING:
    import geopandas as gpd
    import numpy as np

T = TypeVar("T")
_DEFAULTS = Incident(id="", event_type="").to_record()


class _Declined(Exception):
    """A cell that the row-by-row build must report: this path steps aside."""


class _Columns:
    """The layer's columns, each factorised once, read through ``context.columns``."""

    def __init__(self, layer: LayerCells, context: RowContext) -> None:
        self.layer = layer
        self.context = context
        self._factorised: dict[str, tuple[np.ndarray, list[object]]] = {}

    def _codes(self, name: str) -> tuple[np.ndarray, list[object]] | None:
        import pandas as pd

        column = self.context.columns.get(name)
        if column is None:
            return None
        if column not in self._factorised:
            codes, uniques = pd.factorize(self.layer.frame[column], use_na_sentinel=True)
            values = uniques.tolist() if hasattr(uniques, "tolist") else list(uniques)
            self._factorised[column] = (codes, [*values, None])  # code -1: the last, None
        return self._factorised[column]

    def each(self, name: str, convert: Callable[[object], T]) -> tuple[list[T], np.ndarray] | None:
        """``convert`` of each distinct cell of field ``name`` and each row's code into
        that list; None when no column holds the field."""
        found = self._codes(name)
        if found is None:
            return None
        codes, values = found
        return [convert(value) for value in values], codes

    def parsed(self, name: str, parse: Callable[[object], T | None]) -> np.ndarray | None:
        """Each row's parsed value of field ``name`` (object array); None without a column.

        Raises ``_Declined`` when a cell does not parse: its error names its row."""
        import numpy as np

        def checked(value: object) -> T | None:
            try:
                return parse(value)
            except ValueError:
                raise _Declined from None

        found = self.each(name, checked)
        if found is None:
            return None
        values, codes = found
        table = np.empty(len(values), dtype=object)
        table[:] = values
        rows: np.ndarray = table[codes]
        return rows

    def text(self, name: str) -> np.ndarray:
        """Each row's text of field ``name`` ("" without a column)."""
        import numpy as np

        found = self.parsed(name, text_of)
        return np.full(len(self.layer), "", dtype=object) if found is None else found


def build_layer_frame(raw: RawTable, *, context: RowContext) -> gpd.GeoDataFrame | None:
    """The incidents of a layer's rows as a frame, or None to build them row by row."""
    import numpy as np

    layer = raw.layer
    if layer is None or raw.errors or not len(layer):
        return None
    if context.check_places and context.resolver is not None:
        return None
    if "latitude" in context.columns or "longitude" in context.columns:
        return None
    lon, lat = layer.lon, layer.lat
    in_range = layer.present & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
    if not in_range.all():  # NaN fails too: such rows need a message or a place name
        return None
    columns = _Columns(layer, context)
    try:
        return _build(columns, context=context)
    except _Declined:
        return None


def _build(columns: _Columns, *, context: RowContext) -> gpd.GeoDataFrame:
    import numpy as np

    layer = columns.layer
    n = len(layer)
    out: dict[str, Any] = {}
    when = columns.parsed("date", parse_date)
    out["event_type"], out["sub_event_type"] = _event_types(columns)
    country = columns.parsed("country", lambda v: _country(v, context=context))
    time_precision = columns.parsed("time_precision", _parse_precision)
    precision = columns.parsed("geo_precision", _parse_precision)
    ids = columns.text("id")
    missing_id = np.flatnonzero(ids == "")
    for row in missing_id.tolist():  # numbered as the row-by-row build numbers them
        ids[row] = incident_id_for(context.source, row + 1, row + 1)
    out["id"] = ids
    if when is not None:
        out["event_date"] = np.array([w.day if w else None for w in when], dtype=object)
        from_date = np.array([w.time_precision if w else None for w in when], dtype=object)
    else:
        from_date = np.full(n, None, dtype=object)
    out["time_precision"] = _first_of(time_precision, from_date)
    for name in ("actor1", "actor2", "assoc_actors", "admin1", "admin2", "source_url", "notes"):
        out[name] = columns.text(name)
    out["location"] = columns.text("place")
    source_text = columns.text("source")
    out["source"] = np.where(source_text == "", context.source, source_text)
    for name in ("fatalities", "injured"):
        found = columns.parsed(name, parse_count)
        out[name] = found if found is not None else np.full(n, None, dtype=object)
    out["country"] = np.full(n, "", dtype=object) if country is None else _or_empty(country)
    out["latitude"], out["longitude"] = layer.lat, layer.lon
    by_shape = np.where(layer.is_area, 3, 1).astype(object)
    geo_precision = _first_of(precision, by_shape)
    out["geo_precision"] = geo_precision
    radius = {code: uncertainty_m_for(code) for code in set(geo_precision.tolist())}
    out["uncertainty_m"] = np.array([radius[code] for code in geo_precision], dtype="float64")
    out["place_reason"] = np.full(n, "coordinates from the table", dtype=object)
    return _frame(out, n=n)


def _event_types(columns: _Columns) -> tuple[np.ndarray, np.ndarray]:
    """Each row's (event_type, sub_event_type) as ``build_incident`` decides them."""
    import numpy as np
    import pandas as pd

    type_codes, type_values = pd.factorize(columns.text("event_type"))
    sub_codes, sub_values = pd.factorize(columns.text("sub_event_type"))
    pairs, firsts = _pairs(type_codes, sub_codes, len(sub_values))
    decided = []
    for first in firsts.tolist():
        type_text, sub_text = type_values[type_codes[first]], sub_values[sub_codes[first]]
        event_type, sub_event_type = canonical_event_type(type_text)
        if sub_text:
            sub_event_type = sub_text
            event_type = event_type or (event_type_of(sub_text) or "")
        decided.append((event_type, sub_event_type))
    table = np.empty((len(decided), 2), dtype=object)
    table[:] = decided if decided else np.empty((0, 2), dtype=object)
    return table[pairs, 0], table[pairs, 1]


def _pairs(first: np.ndarray, second: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's code among the distinct (first, second) pairs, and a row of each pair."""
    import numpy as np

    keys = first.astype("int64") * (width + 1) + second.astype("int64")
    _, rows, codes = np.unique(keys, return_index=True, return_inverse=True)
    return codes.reshape(-1), rows


def _country(value: object, *, context: RowContext) -> str | None:
    raw = text_of(value)
    if not raw:
        return None
    code = context.countries.to_alpha2(raw)
    if code is None:
        raise ValueError(f"unknown country {raw!r}")
    return code


def _first_of(first: np.ndarray | None, then: np.ndarray) -> np.ndarray:
    """``first or then`` per row (a missing or zero first value gives way)."""
    import numpy as np

    if first is None:
        return then
    keep = np.array([bool(v) for v in first], dtype=bool)
    return np.where(keep, first, then)


def _or_empty(values: np.ndarray) -> np.ndarray:
    import numpy as np

    return np.array(["" if v is None else v for v in values], dtype=object)


def _frame(columns: dict[str, Any], *, n: int) -> gpd.GeoDataFrame:
    """The frame ``to_geodataframe`` builds, typed the same, from whole columns."""
    import geopandas as gpd
    import numpy as np
    import pandas as pd
    import shapely

    data: dict[str, pd.Series] = {}
    for name in FIELDS:
        default = np.full(n, _DEFAULTS[name], dtype=object)
        values = columns.get(name, default)
        if name in INTEGER_FIELDS:
            data[name] = pd.Series(pd.array(list(values), dtype="Int64"))
        elif name in FLOAT_FIELDS:
            data[name] = pd.Series(values, dtype="float64")
        elif name in DATE_FIELDS:
            data[name] = pd.Series(np.asarray(values, dtype=object), dtype=object)
        else:
            data[name] = pd.Series(np.asarray(values, dtype=object)).astype("str")
    frame = pd.DataFrame(data)
    lon = frame["longitude"].to_numpy()
    lat = frame["latitude"].to_numpy()
    return gpd.GeoDataFrame(frame, geometry=shapely.points(lon, lat), crs="EPSG:4326")
