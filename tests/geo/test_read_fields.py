"""Reading only the fields a command uses (``LoadOptions.fields``), as ``incimap map``
does: the fields asked for come back as a whole read gives them, the others empty, and
the map drawn from such a read is the page a whole read draws."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyarrow as pa
import pyogrio
import pytest
from click.testing import CliRunner

from geo.cli.main import cli, register_commands
from geo.cli.map_cmd import fields_to_read
from geo.export import write_incidents
from geo.export.schema import normalise_frame
from geo.incident import FIELDS
from geo.inputs import Sniff, kind_of
from geo.mapping import drawn_fields
from geo.merge import READ_FIELDS, merge_for_output
from geo.pipeline import LoadOptions, load_incidents
from tests.geo.export_cases import sample_frame

register_commands()

# Fields the map leaves out, each of them filled in the sample (their values must not
# come back from a read that leaves them out).
LEFT_OUT = ("notes", "admin1", "place_reason", "evidence_start")


def _written(tmp_path: Path, layout: str) -> Path:
    frame = sample_frame()
    assert all(frame[name].astype(str).ne("").any() for name in LEFT_OUT)
    if layout in ("gpkg", "parquet"):
        path = tmp_path / f"in.{layout}"
        write_incidents(frame, path)
    else:
        path = tmp_path / "in.geojson"
        write_incidents(frame, path)
        if layout == "geojson-one-line":  # not GDAL's layout: GDAL reads it
            path.write_text(re.sub(r"\s*\n\s*", " ", path.read_text("utf-8")), "utf-8")
    return path


def _read(path: Path, fields: frozenset[str] | None) -> gpd.GeoDataFrame:
    result = load_incidents([path], options=LoadOptions(fields=fields))
    assert result.summary.failed == 0, result.summary.problems
    return result.frame


@pytest.mark.parametrize("layout", ["geojson", "geojson-one-line", "gpkg", "parquet"])
def test_the_fields_asked_for_come_back_as_a_whole_read_gives_them(
    tmp_path: Path, layout: str
) -> None:
    path = _written(tmp_path, layout)
    fields = fields_to_read("event_type", merge=True)
    assert not fields & set(LEFT_OUT)
    kind = kind_of(Sniff(path, fields=fields), explicit=True)
    assert kind is not None and kind.role == "incidents"
    whole, some = _read(path, None), _read(path, fields)
    assert list(some.columns) == list(whole.columns)  # every field, typed the same
    assert some.dtypes.astype(str).equals(whole.dtypes.astype(str))
    for name in sorted(fields):
        pd.testing.assert_series_equal(some[name], whole[name], check_names=False)
    assert some.geometry.equals(whole.geometry)
    if layout == "geojson-one-line":
        return  # recognising it took the whole layer (GDAL's read), which then serves
    empty = normalise_frame(pd.DataFrame(index=range(len(whole))))
    for name in FIELDS:
        if name not in fields:
            pd.testing.assert_series_equal(some[name], empty[name], check_names=False)


def test_a_file_that_is_not_incimaps_is_still_a_table(tmp_path: Path) -> None:
    path = tmp_path / "other.geojson"
    pyogrio.write_dataframe(
        gpd.GeoDataFrame(
            {"place": ["Ganja"]}, geometry=gpd.points_from_xy([46.36], [40.68]), crs="EPSG:4326"
        ),
        path,
    )
    kind = kind_of(Sniff(path, fields=fields_to_read("event_type", merge=True)), explicit=True)
    assert kind is not None and kind.role == "table"


def test_the_merge_reads_nothing_beyond_its_fields() -> None:
    # Two sources of each incident: the merge links them; emptying every field it does
    # not declare must change none of the fields it does.
    first = sample_frame()
    second = first.assign(id=first["id"] + "-b", source="other-wire.txt", fatalities=3)
    both = normalise_frame(pd.concat([first, second], ignore_index=True))
    emptied = both.copy()
    blank = normalise_frame(pd.DataFrame(index=range(len(both))))
    for name in FIELDS:
        if name not in READ_FIELDS:
            emptied[name] = blank[name]
    merged, said = merge_for_output(both, merge=True)
    merged_emptied, _ = merge_for_output(emptied, merge=True)
    assert "merged" in said and len(merged) < len(both)
    for name in READ_FIELDS:
        pd.testing.assert_series_equal(merged_emptied[name], merged[name], check_names=False)


@pytest.mark.parametrize("merge", [True, False])
def test_a_merge_that_keeps_some_fields_gives_them_as_a_whole_merge_does(merge: bool) -> None:
    first = sample_frame()
    second = first.assign(id=first["id"] + "-b", source="other-wire.txt", fatalities=3)
    both = normalise_frame(pd.concat([first, second], ignore_index=True))
    whole, said = merge_for_output(both.copy(), merge=merge)
    keep = drawn_fields("event_type")
    some, said_too = merge_for_output(both, merge=merge, keep=keep)
    assert said == said_too and ("merged" in said) == merge
    assert list(some.columns) == [c for c in whole.columns if c in keep or c == "geometry"]
    assert "confidence" not in some.columns and "sources" in some.columns
    pd.testing.assert_frame_equal(pd.DataFrame(some), pd.DataFrame(whole[list(some.columns)]))


def _page(path: Path) -> str:
    # folium names its elements with random hex: number them in order of appearance.
    names: dict[str, str] = {}
    text = path.read_text("utf-8")
    return re.sub(r"[0-9a-f]{32}", lambda m: names.setdefault(m[0], f"n{len(names)}"), text)


@pytest.mark.parametrize("layout", ["geojson", "gpkg", "parquet"])
def test_the_map_of_a_partial_read_is_the_page_of_a_whole_one(tmp_path: Path, layout: str) -> None:
    path = _written(tmp_path, layout)
    runner = CliRunner()
    # --geojson keeps every field, so that run reads the whole file.
    everything = ["--geojson", str(tmp_path / "all.geojson")]
    for name, extra in (("some.html", []), ("whole.html", everything)):
        done = runner.invoke(
            cli,
            ["map", str(path), "-o", str(tmp_path / name), "--offline", *extra],
            catch_exceptions=False,
        )
        assert done.exit_code == 0, done.output
    assert _page(tmp_path / "some.html") == _page(tmp_path / "whole.html")


def test_a_geopackage_reads_as_gdal_gives_it_each_text_column_on_its_own(tmp_path: Path) -> None:
    from geo.export.gpkg import read_gpkg_layer

    path = _written(tmp_path, "gpkg")
    ours = read_gpkg_layer(path, columns=["id", "evidence", "fatalities"])
    gdal = pyogrio.read_dataframe(path, use_arrow=True, columns=["id", "evidence", "fatalities"])
    pd.testing.assert_frame_equal(pd.DataFrame(ours), pd.DataFrame(gdal))
    # Each text column's memory is its own (Arrow's pool), not the batch GDAL handed
    # over, which only goes with its last column: dropping one column frees it, as the
    # merge drops each column it has copied.
    size = ours["evidence"].array.__arrow_array__().nbytes
    held = pa.total_allocated_bytes()
    del ours["evidence"]
    gc.collect()
    assert held - pa.total_allocated_bytes() >= size > 0
