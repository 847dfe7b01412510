"""Split a GeoDataFrame into one ``LayerData`` per category: the columns the page needs."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Final

from maps.columns import Factorised, PopupField, encode_codes, factorise
from maps.points import COORDINATE_DIGITS, LayerData, check_colour
from maps.symbols import SYMBOLS

if TYPE_CHECKING:
    import geopandas as gpd
    import numpy as np
    import pandas as pd

MISSING_CATEGORY: Final = "(none)"
# Colours for categories the caller gave none (Tableau 10, minus its greys).
PALETTE: Final = (
    "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F",
    "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F",
)  # fmt: skip
_EPOCH: Final = date(1970, 1, 1)


def _require_columns(frame: pd.DataFrame, names: Sequence[str | None]) -> None:
    missing = [name for name in names if name is not None and name not in frame.columns]
    if missing:
        raise KeyError(f"columns {missing} not in the frame; it has {list(frame.columns)}")


def to_days(series: pd.Series) -> list[int | None]:
    """Days since 1970-01-01 of each value (dates, datetimes or ISO strings); None if none.

    >>> import pandas as pd
    >>> to_days(pd.Series(["1970-01-02", None, "not a date"]))
    [1, None, None]
    """
    return list(days_array(series).tolist())


def days_array(series: pd.Series) -> np.ndarray:
    """``to_days`` as an object array (ints and None), parsing each distinct value once."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    distinct = _days_of(pd.Series(np.asarray(uniques, dtype=object)))
    table = np.empty(len(distinct) + 1, dtype=object)  # the last slot, None, is code -1
    table[:-1] = distinct
    out: np.ndarray = table[codes]
    return out


def _days_of(series: pd.Series) -> np.ndarray:
    import numpy as np
    import pandas as pd

    stamps = pd.to_datetime(series, errors="coerce", utc=True, format="mixed")
    days = (stamps.dt.tz_localize(None).dt.normalize() - pd.Timestamp(_EPOCH)).dt.days
    values = days.to_numpy(dtype="float64", na_value=np.nan)
    known = ~np.isnan(values)
    out = np.full(len(values), None, dtype=object)
    out[known] = values[known].astype("int64")
    return out


def _to_radius(series: pd.Series) -> pd.Series:
    # Radii that are missing, not finite or not positive draw no circle.
    import numpy as np
    import pandas as pd

    values = pd.to_numeric(series, errors="coerce").astype("float64")
    return values.where(np.isfinite(values) & (values > 0))


def _to_shapes(geometry: np.ndarray, is_area: np.ndarray) -> dict[int, object]:
    """Row (in ``geometry``) to GeoJSON of each area, drawn as its row's uncertainty."""
    import shapely

    rows = is_area.nonzero()[0]
    return {
        int(row): json.loads(text)
        for row, text in zip(
            rows.tolist(), shapely.to_geojson(geometry[rows]).tolist(), strict=True
        )
    }


def _category_order(counts: pd.Series, colours: Mapping[str, str]) -> list[str]:
    named = [name for name in colours if name in counts.index]
    rest = [name for name in counts.index if name not in colours]
    return named + sorted(rest, key=lambda name: (-int(counts[name]), name))


def to_layer_data(
    frame: gpd.GeoDataFrame,
    *,
    layer_column: str,
    time_column: str | None = None,
    popup_fields: Sequence[PopupField] = (),
    heading_column: str | None = None,
    precision_column: str | None = None,
    radius_column: str | None = None,
    id_column: str | None = None,
    colours: Mapping[str, str],
    symbols: Mapping[str, str] | None = None,
    on_layer: Callable[[LayerData], object] | None = None,
) -> list[LayerData]:
    """Return one ``LayerData`` per category of ``layer_column``, in legend order.

    Categories missing from ``colours`` take the next colour of ``PALETTE``; those
    missing from ``symbols`` take the next of ``maps.symbols.SYMBOLS`` in legend order.
    ``on_layer`` is called with each layer as soon as it is made (the next one is then
    cut while the caller works on it).
    """
    import numpy as np
    import pandas as pd
    import shapely

    symbols = symbols or {}
    names = [layer_column, time_column, heading_column, precision_column, radius_column, id_column]
    _require_columns(frame, [*names, *(f.column for f in popup_fields)])
    # Each column is factorised once and cut per layer as codes, never the whole frame
    # copied, and stays a numpy array until the page's JSON is written: at a million rows
    # each copy of the text columns, or a Python list per column, costs 100s of MB.
    geometry = frame.geometry
    if geometry.crs is not None and not geometry.crs.equals("EPSG:4326"):
        geometry = geometry.to_crs("EPSG:4326")
    valid = (geometry.notna() & ~geometry.is_empty).to_numpy()
    shapes = geometry.to_numpy()
    is_point = (shapely.get_type_id(shapes) == 0) & valid
    # A point on each area (representative_point's algorithm); points stay as they are.
    anchors = shapes.copy()
    if (valid & ~is_point).any():
        anchors[valid & ~is_point] = shapely.point_on_surface(shapes[valid & ~is_point])
    xs = np.round(shapely.get_x(anchors), COORDINATE_DIGITS)
    ys = np.round(shapely.get_y(anchors), COORDINATE_DIGITS)
    codes, uniques = pd.factorize(frame[layer_column], use_na_sentinel=True)
    category_names = [
        MISSING_CATEGORY if value is None or value == "" or value is pd.NA else str(value)
        for value in uniques.tolist()
    ]
    distinct = list(dict.fromkeys([*category_names, MISSING_CATEGORY]))
    name_index = np.array([distinct.index(name) for name in category_names] or [0], dtype="int64")
    category = np.where(codes < 0, distinct.index(MISSING_CATEGORY), name_index[codes])
    category[~valid] = -1
    tally = np.bincount(category[valid], minlength=len(distinct))
    counts = pd.Series({name: int(n) for name, n in zip(distinct, tally, strict=True) if n})
    is_area = np.isin(shapely.get_type_id(shapes), (3, 6)) & valid  # (Multi)Polygon
    columns: dict[str, Factorised] = {}

    def encoded(column: str, rows: np.ndarray, *, radius: bool = False) -> dict[str, object]:
        # Each column is factorised once for the whole frame, then cut per layer.
        if column not in columns:
            values = _to_radius(frame[column]) if radius else frame[column]
            columns[column] = factorise(values)
        return encode_codes(columns[column], rows)

    days = days_array(frame[time_column]) if time_column else None
    layers = []
    spare = 0
    for order, name in enumerate(_category_order(counts, colours)):
        colour = colours.get(name)
        if colour is None:
            colour, spare = PALETTE[spare % len(PALETTE)], spare + 1
        rows = np.flatnonzero(category == distinct.index(name))
        layers.append(
            LayerData(
                name=name,
                colour=check_colour(colour),
                symbol=symbols.get(name, SYMBOLS[order % len(SYMBOLS)]),
                lat=ys[rows],
                lon=xs[rows],
                day=days[rows] if days is not None else None,
                precision=encoded(precision_column, rows) if precision_column else None,
                radius_m=encoded(radius_column, rows, radius=True) if radius_column else None,
                heading=encoded(heading_column, rows) if heading_column else None,
                fields=[(f.label, f.kind, encoded(f.column, rows)) for f in popup_fields],
                shapes=_to_shapes(shapes[rows], is_area[rows]),
                ids=encoded(id_column, rows) if id_column else None,
            )
        )
        if on_layer is not None:
            on_layer(layers[-1])
    return layers
