"""The geo → maps adapter: an incident frame drawn as one layer per event type.

``maps`` knows nothing of incidents; this module tells it which column is the layer
(``event_type`` by default), which is the time, which fields the popup shows, which
colour each ACLED type takes, and where precision and its uncertainty radius live.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from geo.taxonomy import EVENT_TYPE_COLOURS
from maps.columns import PopupField, factorize_codes

if TYPE_CHECKING:
    import folium
    import geopandas as gpd
    import numpy as np
    import pandas as pd

PRECISION_TEXT: Final = {1: "the place itself", 2: "near the place", 3: "only the region"}
ATTRIBUTION: Final = "Places: GeoNames (CC BY 4.0)"

POPUP_FIELDS: Final = (
    PopupField("event_date", "Date"),
    PopupField("event_type", "Type"),
    PopupField("sub_event_type", "Sub-type"),
    PopupField("_place", "Place"),
    PopupField("_precision", "Precision"),
    PopupField("_killed", "Killed"),
    PopupField("_injured", "Injured"),
    PopupField("_actors", "Actors"),
    PopupField("evidence", "Evidence"),
    PopupField("source", "Source"),
    PopupField("source_url", "Link", kind="link"),
    # Issue 12: an incident merged from several reports lists them all.
    PopupField("_reports", "Reports"),
    PopupField("_sources", "Sources", kind="links"),
)


def _number(value: object) -> float | None:
    # NaN, pd.NA and None all mean "unknown" here.
    try:
        number = float(str(value))
    except ValueError:
        return None
    return None if number != number else number


def describe_precision(geo_precision: object, uncertainty_m: object) -> str:
    """Say in words how precise a location is, with its radius.

    >>> describe_precision(2, 10_000.0)
    'near the place (±10 km)'
    >>> describe_precision(None, None)
    'unknown'
    """
    code = _number(geo_precision)
    if code is None:
        return "unknown"
    text = PRECISION_TEXT.get(int(code), f"code {code:g}")
    radius_m = _number(uncertainty_m)
    if radius_m:
        text += f" (±{radius_m / 1000:,.0f} km)"
    return text


def describe_count(value: object) -> str:
    """A count as text; an unknown count reads "not reported", never 0.

    >>> describe_count(3), describe_count(None), describe_count(0)
    ('3', 'not reported', '0')
    """
    number = _number(value)
    return "not reported" if number is None else f"{number:g}"


def _describe_place(name: str, as_written: str) -> str:
    if not as_written or as_written == name:
        return name
    return f"{name or '?'} (reported as {as_written})"


def _memoised(function: Callable[..., str], *columns: pd.Series) -> pd.Categorical:
    """``function`` of each row's cells (None for a missing cell), called once per
    distinct combination of cells: few distinct inputs repeat over many rows.

    A categorical, not a million Python strings: pandas would convert those to Arrow text
    on assignment (1.3 s at a million rows), and the map only needs codes and texts.
    """
    import numpy as np
    import pandas as pd

    codes: list[np.ndarray] = []
    uniques: list[list[object]] = []
    for column in columns:
        column_codes, column_uniques = pd.factorize(column, use_na_sentinel=True)
        codes.append(column_codes)
        uniques.append(np.asarray(column_uniques, dtype=object).tolist())
    if not codes or len(codes[0]) == 0:
        return pd.Categorical([])
    # One int64 key per row: the columns' codes combined (-1, missing, becomes 0), and
    # renumbered only when the next column could make it large (numbers below a few
    # times the rows are renumbered without hashing: factorize_codes).
    rows = len(codes[0])
    key, size = np.zeros(rows, dtype="int64"), 1
    for column_codes, values in zip(codes, uniques, strict=True):
        width = len(values) + 1
        if size * width > max(4 * rows, 1 << 20):
            key, renumbered = factorize_codes(key, size=size)
            size = len(renumbered)
        key, size = key * width + (column_codes + 1), size * width
    inverse, distinct = factorize_codes(key, size=size)
    first = np.zeros(len(distinct), dtype="int64")  # the first row of each combination
    first[inverse[::-1]] = np.arange(len(inverse) - 1, -1, -1)
    texts = []
    for row in first.tolist():
        cells = (
            None if column_codes[row] < 0 else values[column_codes[row]]
            for column_codes, values in zip(codes, uniques, strict=True)
        )
        texts.append(function(*cells))
    # Two combinations may give one text: categories must be distinct.
    text_codes, categories = pd.factorize(np.array(texts, dtype=object))
    out: pd.Categorical = pd.Categorical.from_codes(
        text_codes[inverse], categories=pd.Index(categories)
    )
    return out


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _describe_sources(frame: gpd.GeoDataFrame) -> tuple[pd.Categorical, pd.Categorical]:
    """ "3 reports" and one line per source (its URL, else its name) for merged incidents."""
    import json

    import numpy as np
    import pandas as pd

    counts = frame["n_sources"].astype("Float64").fillna(1).to_numpy("float64")
    merged = np.flatnonzero(counts >= 2)  # only merged incidents say more
    reports: list[str] = []
    lines: list[str] = []
    for row, text in zip(
        merged.tolist(), frame["sources"].iloc[merged].to_numpy(dtype=object).tolist(), strict=True
    ):
        reports.append(f"{counts[row]:g} reports")
        try:
            sources = json.loads(text) if isinstance(text, str) and text else []
        except json.JSONDecodeError:
            sources = []
        entries = [s for s in sources if isinstance(s, dict)] if isinstance(sources, list) else []
        lines.append("\n".join(str(s.get("url") or s.get("source") or "") for s in entries))

    def spread(texts: list[str]) -> pd.Categorical:
        # "" for every row, the texts of the merged ones: no object per row (as _memoised).
        categories = pd.Index(list(dict.fromkeys(["", *texts])), dtype=object)
        codes = np.zeros(len(frame), dtype="int64")
        codes[merged] = categories.get_indexer(pd.Index(texts, dtype=object))
        out: pd.Categorical = pd.Categorical.from_codes(codes, categories=categories)
        return out

    return spread(reports), spread(lines)


def to_map_frame(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Add the derived popup columns (``_place``, ``_precision``, ``_killed``, ...)."""
    # A shallow copy: pandas copies on write, so the caller's frame is never changed and
    # its columns (hundreds of MB at a million rows) are not duplicated.
    out = frame.copy(deep=False)

    def place(name: object, as_written: object) -> str:
        return _describe_place(_text(name), _text(as_written))

    out["_place"] = _memoised(place, out["place_name"], out["location"])
    out["_precision"] = _memoised(describe_precision, out["geo_precision"], out["uncertainty_m"])
    out["_killed"] = _memoised(describe_count, out["fatalities"])
    out["_injured"] = _memoised(describe_count, out["injured"])
    out["_reports"], out["_sources"] = _describe_sources(out)
    out["_actors"] = _memoised(
        lambda *actors: "; ".join(filter(None, (_text(a) for a in actors))),
        out["actor1"],
        out["actor2"],
        out["assoc_actors"],
    )
    return out


# The fields the derived popup columns are made of (to_map_frame).
_DERIVED_FROM: Final = (
    "place_name",
    "location",
    "geo_precision",
    "uncertainty_m",
    "fatalities",
    "injured",
    "n_sources",
    "sources",
    "actor1",
    "actor2",
    "assoc_actors",
)


def drawn_fields(layer_by: str = "event_type") -> tuple[str, ...]:
    """The incident fields ``build_incident_map`` reads (the geometry aside): a caller
    that only draws can let the others go before drawing (hundreds of MB at 1M rows).

    >>> "notes" in drawn_fields(), "event_date" in drawn_fields()
    (False, True)
    >>> "country" in drawn_fields("country")
    True
    """
    shown = (f.column for f in POPUP_FIELDS if not f.column.startswith("_"))
    used = (layer_by, "event_type", "sub_event_type", "event_date", "id", *shown, *_DERIVED_FROM)
    return tuple(dict.fromkeys(used))


def build_incident_map(
    frame: gpd.GeoDataFrame,
    *,
    title: str = "Incidents",
    offline: bool = False,
    layer_by: str = "event_type",
    heat: bool = True,
) -> folium.Map:
    """Draw an incident frame (``geo.incident.FIELDS`` columns) with one layer per type."""
    from maps.build import build_map

    return build_map(
        to_map_frame(frame),
        layer_column=layer_by,
        time_column="event_date",
        popup_fields=POPUP_FIELDS,
        heading_column="sub_event_type" if layer_by == "event_type" else "event_type",
        precision_column="geo_precision",
        radius_column="uncertainty_m",
        id_column="id",
        title=title,
        colours=dict(EVENT_TYPE_COLOURS) if layer_by == "event_type" else {},
        attribution=ATTRIBUTION,
        offline=offline,
        heat=heat,
    )
