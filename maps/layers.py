"""Split a GeoDataFrame into one ``LayerData`` per category: the columns the page needs."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Final

from maps.columns import PopupField, encode_series
from maps.points import COORDINATE_DIGITS, LayerData, check_colour
from maps.symbols import SYMBOLS

if TYPE_CHECKING:
    import geopandas as gpd
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
    import numpy as np
    import pandas as pd

    stamps = pd.to_datetime(series, errors="coerce", utc=True, format="mixed")
    days = (stamps.dt.tz_localize(None).dt.normalize() - pd.Timestamp(_EPOCH)).dt.days
    values = days.to_numpy(dtype="float64", na_value=np.nan)
    known = ~np.isnan(values)
    out = np.full(len(values), None, dtype=object)
    out[known] = values[known].astype("int64")
    return list(out.tolist())


def _to_radius(series: pd.Series) -> pd.Series:
    # Radii that are missing, not finite or not positive draw no circle.
    import numpy as np
    import pandas as pd

    values = pd.to_numeric(series, errors="coerce").astype("float64")
    return values.where(np.isfinite(values) & (values > 0))


def _to_shapes(geometry: gpd.GeoSeries) -> dict[int, object]:
    import shapely

    is_area = geometry.geom_type.isin(["Polygon", "MultiPolygon"]).to_numpy()
    return {
        int(row): json.loads(shapely.to_geojson(shape))
        for row, shape in zip(is_area.nonzero()[0], geometry.to_numpy()[is_area], strict=True)
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
) -> list[LayerData]:
    """Return one ``LayerData`` per category of ``layer_column``, in legend order.

    Categories missing from ``colours`` take the next colour of ``PALETTE``; those
    missing from ``symbols`` take the next of ``maps.symbols.SYMBOLS`` in legend order.
    """
    import numpy as np
    import pandas as pd
    import shapely

    symbols = symbols or {}
    names = [layer_column, time_column, heading_column, precision_column, radius_column, id_column]
    _require_columns(frame, [*names, *(f.column for f in popup_fields)])
    # Columns are taken row-subset by row-subset as each layer needs them, never the
    # whole frame copied: at a million rows each copy of the text columns costs 100s of MB.
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
    layers = []
    spare = 0
    for order, name in enumerate(_category_order(counts, colours)):
        colour = colours.get(name)
        if colour is None:
            colour, spare = PALETTE[spare % len(PALETTE)], spare + 1
        rows = np.flatnonzero(category == distinct.index(name))

        def part(column: str, rows: np.ndarray = rows) -> pd.Series:
            series: pd.Series = frame[column].iloc[rows].reset_index(drop=True)
            return series

        layers.append(
            LayerData(
                name=name,
                colour=check_colour(colour),
                symbol=symbols.get(name, SYMBOLS[order % len(SYMBOLS)]),
                lat=ys[rows].tolist(),
                lon=xs[rows].tolist(),
                day=to_days(part(time_column)) if time_column else None,
                precision=encode_series(part(precision_column)) if precision_column else None,
                radius_m=encode_series(_to_radius(part(radius_column))) if radius_column else None,
                heading=encode_series(part(heading_column)) if heading_column else None,
                fields=[(f.label, f.kind, encode_series(part(f.column))) for f in popup_fields],
                shapes=_to_shapes(geometry.iloc[rows]),
                ids=encode_series(part(id_column)) if id_column else None,
            )
        )
    return layers
