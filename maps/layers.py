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

    symbols = symbols or {}
    names = [layer_column, time_column, heading_column, precision_column, radius_column, id_column]
    _require_columns(frame, [*names, *(f.column for f in popup_fields)])
    if frame.crs is not None and not frame.crs.equals("EPSG:4326"):
        frame = frame.to_crs("EPSG:4326")
    # Only the columns drawn or shown travel on: copying the rest per layer is wasted.
    wanted = dict.fromkeys([*names, *(f.column for f in popup_fields)])
    keep = [name for name in wanted if name is not None] + [frame.geometry.name]
    frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
    frame = frame[list(dict.fromkeys(keep))].reset_index(drop=True)
    categories = frame[layer_column].astype("object").where(frame[layer_column].notna(), None)
    categories = categories.map(lambda v: MISSING_CATEGORY if v in (None, "") else str(v))
    points = frame.geometry.copy()
    is_area = ~frame.geometry.geom_type.eq("Point")
    if is_area.any():  # a point on each area; points stay as they are (it is costly)
        points[is_area] = frame.geometry[is_area].representative_point()
    layers = []
    spare = 0
    for order, name in enumerate(_category_order(categories.value_counts(), colours)):
        colour = colours.get(name)
        if colour is None:
            colour, spare = PALETTE[spare % len(PALETTE)], spare + 1
        rows = np.flatnonzero((categories == name).to_numpy())
        part = frame.iloc[rows].reset_index(drop=True)
        layers.append(
            LayerData(
                name=name,
                colour=check_colour(colour),
                symbol=symbols.get(name, SYMBOLS[order % len(SYMBOLS)]),
                lat=np.round(points.y.to_numpy()[rows], COORDINATE_DIGITS).tolist(),
                lon=np.round(points.x.to_numpy()[rows], COORDINATE_DIGITS).tolist(),
                day=to_days(part[time_column]) if time_column else None,
                precision=encode_series(part[precision_column]) if precision_column else None,
                radius_m=encode_series(_to_radius(part[radius_column])) if radius_column else None,
                heading=encode_series(part[heading_column]) if heading_column else None,
                fields=[(f.label, f.kind, encode_series(part[f.column])) for f in popup_fields],
                shapes=_to_shapes(part.geometry),
                ids=encode_series(part[id_column]) if id_column else None,
            )
        )
    return layers
