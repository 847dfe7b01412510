"""A GIS layer's rows built as columns (geo.tables.layer) give the row-by-row incidents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from geo.tables import read_table
from geo.tables.rows import RawTable, raw_table_of_layer


def foreign_layer(n: int = 400, *, seed: int = 5) -> gpd.GeoDataFrame:
    rng = np.random.default_rng(seed)
    deaths = rng.integers(0, 9, n).astype("float64")
    deaths[rng.random(n) < 0.3] = np.nan
    kinds = np.array(
        ["Battles", "armed clash", "riots", "Shelling", "", "Peaceful protest"], dtype=object
    )
    return gpd.GeoDataFrame(
        {
            "town": [f"Site {k % 37}" if k % 11 else "" for k in range(n)],
            "date": [
                ["2023-05-04", "4 May 2023", "2023-06", None, "21/11/2020"][k % 5] for k in range(n)
            ],
            "type": kinds[rng.integers(0, len(kinds), n)],
            "sub_event_type": ["", "Armed clash", ""][0:1] * n,
            "deaths": deaths,
            "injured": rng.integers(0, 3, n),
            "country": [["Georgia", "AZ", "", "armenia"][k % 4] for k in range(n)],
            "source": [f"wire-{k % 3}" if k % 4 else None for k in range(n)],
            "geo_precision": [[1, 2, None][k % 3] for k in range(n)],
            "when": [date(2023, 1, 1 + k % 28) for k in range(n)],
        },
        geometry=[
            shapely.box(44, 41, 44.5, 41.5) if k % 13 == 0 else shapely.Point(44 + k / n, 41)
            for k in range(n)
        ],
        crs="EPSG:4326",
    )


def same_summary(one: object, other: object) -> None:
    from dataclasses import replace

    assert replace(one, errors=()) == replace(other, errors=())  # type: ignore[type-var]
    assert [str(e) for e in one.errors] == [str(e) for e in other.errors]  # type: ignore[attr-defined]


def both_ways(layer: gpd.GeoDataFrame, tmp_path: Path) -> tuple[object, object]:
    path = tmp_path / "layer.geojson"
    raw = raw_table_of_layer(layer)
    columns = raw.layer
    assert columns is not None
    fast = read_table(path, resolver=None, raw=raw)
    rows = read_table(path, resolver=None, raw=RawTable(raw.header, raw.all_rows()))
    return fast, rows


def test_columns_give_the_incidents_that_rows_give(tmp_path: Path) -> None:
    fast, rows = both_ways(foreign_layer(), tmp_path)
    pd.testing.assert_frame_equal(
        pd.DataFrame(fast.frame.drop(columns="geometry")),  # type: ignore[attr-defined]
        pd.DataFrame(rows.frame.drop(columns="geometry")),  # type: ignore[attr-defined]
    )
    assert shapely.equals(
        fast.frame.geometry.to_numpy(),  # type: ignore[attr-defined]
        rows.frame.geometry.to_numpy(),  # type: ignore[attr-defined]
    ).all()
    same_summary(fast.summary, rows.summary)  # type: ignore[attr-defined]
    frame = fast.frame  # type: ignore[attr-defined]
    assert set(frame["event_type"]) >= {"Battles", "Riots", "Shelling"}
    assert frame["sub_event_type"].tolist().count("Armed clash") > 0  # from "armed clash"
    assert frame["geo_precision"].iloc[26] == 3  # an area without a precision cell
    assert frame["geo_precision"].iloc[13] == 2  # its cell says 2


def test_the_columns_are_taken_for_such_a_layer(tmp_path: Path) -> None:
    from geo.export.countries import load_country_codes
    from geo.tables.build import RowContext
    from geo.tables.columns import TableColumns, match_columns
    from geo.tables.layer import build_layer_frame

    raw = raw_table_of_layer(foreign_layer())
    context = RowContext(
        path="layer.geojson",
        source="layer.geojson",
        columns=match_columns(raw.header, given=TableColumns(), path="layer.geojson"),
        resolver=None,
        countries=load_country_codes(),
        far_km=50.0,
    )
    assert build_layer_frame(raw, context=context) is not None


@pytest.mark.parametrize("defect", ["bad date", "bad count", "unknown country", "no point"])
def test_a_cell_to_report_is_reported_as_rows_report_it(tmp_path: Path, defect: str) -> None:
    layer = foreign_layer(60)
    if defect == "bad date":
        layer.loc[7, "date"] = "32 Foo 2023"
    elif defect == "bad count":
        layer.loc[7, "deaths"] = -3.0
    elif defect == "unknown country":
        layer.loc[7, "country"] = "Atlantis"
    else:
        layer.loc[7, "geometry"] = None
    fast, rows = both_ways(layer, tmp_path)
    same_summary(fast.summary, rows.summary)  # type: ignore[attr-defined]
    pd.testing.assert_frame_equal(
        pd.DataFrame(fast.frame.drop(columns="geometry")),  # type: ignore[attr-defined]
        pd.DataFrame(rows.frame.drop(columns="geometry")),  # type: ignore[attr-defined]
    )
    if defect != "no point":
        (error,) = fast.summary.errors  # type: ignore[attr-defined]
        assert error.line == 8
