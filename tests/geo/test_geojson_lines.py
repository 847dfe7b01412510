"""GeoJSON read by Arrow (geo.tables.geojson_lines) gives what GDAL gives, or steps aside."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

from geo.export import write_incidents
from geo.incident import Incident, to_geodataframe
from geo.tables.geojson_lines import read_feature_lines
from geo.tables.rows import read_gis_layer


def assert_same_as_gdal(path: Path) -> gpd.GeoDataFrame:
    ours = read_feature_lines(path)
    assert ours is not None, "the fast reader stepped aside from a file GDAL wrote"
    gdal = pyogrio.read_dataframe(path, use_arrow=True)
    assert list(ours.columns) == list(gdal.columns)
    assert len(ours) == len(gdal)
    for name in gdal.columns:
        if name == gdal.geometry.name:
            both_missing = ours.geometry.isna().to_numpy() & gdal.geometry.isna().to_numpy()
            same = shapely.equals(ours.geometry.to_numpy(), gdal.geometry.to_numpy())
            assert (same | both_missing).all(), name
            continue
        mine, theirs = ours[name].astype(object), gdal[name].astype(object)
        missing = pd.isna(mine).to_numpy() & pd.isna(theirs).to_numpy()
        equal = (mine.to_numpy() == theirs.to_numpy()) | missing
        assert equal.all(), (name, mine[~equal].head(3).tolist(), theirs[~equal].head(3).tolist())
    return ours


def test_incimap_geojson_reads_as_gdal_reads_it(tmp_path: Path) -> None:
    incidents = [
        Incident(
            id=f"r{k}",
            event_type="Battles",
            event_date=date(2024, 5, 1 + k % 28),
            fatalities=None if k % 3 else k,
            location=["Tbilisi", "Sokhumi </script>", 'Hadrut, "old" town'][k % 3],
            latitude=41.0 + k / 1000,
            longitude=44.0 + k / 1000,
            evidence=f"Report {k}: ünïcödé — {'x' * (k % 50)}",
        )
        for k in range(200)
    ] + [Incident(id="nowhere", event_type="Riots", location="Atlantis")]
    path = tmp_path / "own.geojson"
    write_incidents(to_geodataframe(incidents), path)
    frame = assert_same_as_gdal(path)
    assert frame["id"].tolist()[:2] == ["r0", "r1"]
    assert frame.geometry.isna().sum() == 1  # the incident without a place


@pytest.mark.parametrize("sample_bytes", [1 << 20, 3000, 10])
def test_a_foreign_layer_keeps_its_types_nulls_and_dates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample_bytes: int
) -> None:
    # A small sample sees only nulls for "deaths": the rest of the file types them.
    monkeypatch.setattr("geo.tables.geojson_lines._SAMPLE_BYTES", sample_bytes)
    rng = np.random.default_rng(3)
    n = 500
    deaths = rng.integers(0, 9, n).astype("float64")
    deaths[: n // 2] = np.nan  # null for the whole first part, numbers later
    layer = gpd.GeoDataFrame(
        {
            "town": [f"Site {k % 40}" for k in range(n)],
            "date": [f"2023-0{1 + k % 9}-1{k % 10}" for k in range(n)],
            "when": [f"2023-01-01T0{k % 10}:30:00" for k in range(n)],
            "deaths": deaths,
            "count": rng.integers(0, 5, n),
            "nothing": [None] * n,
        },
        geometry=shapely.points(rng.uniform(40, 50, n), rng.uniform(30, 40, n)),
        crs="EPSG:4326",
    )
    path = tmp_path / "foreign.geojson"
    pyogrio.write_dataframe(layer, path, driver="GeoJSON")
    frame = assert_same_as_gdal(path)
    assert frame["date"].iloc[0] == date(2023, 1, 10)


@pytest.mark.parametrize(
    "case",
    ["polygon", "pretty", "projected", "nested", "one line"],
)
def test_other_files_step_aside_for_gdal(tmp_path: Path, case: str) -> None:
    point = {"type": "Point", "coordinates": [44.8, 41.7]}
    features = [
        {"type": "Feature", "properties": {"town": "Tbilisi"}, "geometry": point},
        {"type": "Feature", "properties": {"town": "Gori"}, "geometry": point},
    ]
    collection: dict[str, object] = {"type": "FeatureCollection", "features": features}
    if case == "polygon":
        square = shapely.geometry.mapping(shapely.box(44, 41, 45, 42))
        features[1]["geometry"] = json.loads(json.dumps(square))
    elif case == "projected":
        collection = {
            "type": "FeatureCollection",
            "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}},
            "features": features,
        }
    elif case == "nested":
        features[0]["properties"] = {"town": {"name": "Tbilisi"}}
    path = tmp_path / "x.geojson"
    if case == "pretty":
        path.write_text(json.dumps(collection, indent=2))
    elif case == "one line":
        path.write_text(json.dumps(collection))
    else:
        lines = ",\n".join(json.dumps(f) for f in features)
        head = json.dumps({k: v for k, v in collection.items() if k != "features"})[:-1]
        path.write_text(f'{head}, "features": [\n{lines}\n]\n}}\n')
    assert read_feature_lines(path) is None
    # The layer is read all the same, by GDAL.
    assert len(read_gis_layer(path)) == 2


@pytest.mark.parametrize("separator", ["},\r\n", "} ,\n", "}, \n", "}\t,\r\n"])
def test_other_separators_between_features_read_the_same(tmp_path: Path, separator: str) -> None:
    incidents = [
        Incident(
            id=f"r{k}",
            event_type="Battles",
            location='a },\n-free text, with "}," inside' if k % 2 else "Tbilisi",
            latitude=41.0 + k / 1000,
            longitude=44.0 + k / 1000,
        )
        for k in range(50)
    ]
    plain = tmp_path / "plain.geojson"
    write_incidents(to_geodataframe(incidents), plain)
    text = plain.read_bytes()
    assert text.count(b"},\n") >= 49  # GDAL's layout, which the test then varies
    varied = tmp_path / "varied.geojson"
    varied.write_bytes(text.replace(b"},\n", separator.encode()))
    expected, frame = read_feature_lines(plain), read_feature_lines(varied)
    assert expected is not None and frame is not None
    pd.testing.assert_frame_equal(pd.DataFrame(frame), pd.DataFrame(expected))


@pytest.mark.parametrize("parts", [2, 3, 4])
def test_a_file_parsed_in_parts_reads_as_in_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parts: int
) -> None:
    import geo.tables.geojson_lines as lines

    incidents = [
        Incident(
            id=f"p{k}",
            event_type=["Battles", "Riots"][k % 2],
            event_date=date(2024, 1, 1 + k % 28),
            location=f"Place {k} — ünïcödé",
            latitude=40.0 + k / 997,
            longitude=45.0 - k / 991,
            evidence=f"Report {k}: {'y' * (k % 40)}",
        )
        for k in range(301)
    ]
    path = tmp_path / "parts.geojson"
    write_incidents(to_geodataframe(incidents), path)
    columns = ["id", "event_type", "event_date", "location", "evidence"]
    whole = read_feature_lines(path, columns=columns)
    monkeypatch.setattr(lines, "_PARALLEL_BYTES", 1)  # any file is cut
    monkeypatch.setattr(lines.os, "cpu_count", lambda: parts)
    start, stop = lines._layout(path) or (0, 0)
    assert len(lines._parts(path, start=start, stop=stop)) == parts
    cut = read_feature_lines(path, columns=columns)
    assert whole is not None and cut is not None
    pd.testing.assert_frame_equal(pd.DataFrame(cut), pd.DataFrame(whole))
    assert cut["id"].tolist() == [f"p{k}" for k in range(301)]  # in the file's order


def _own_geojson(tmp_path: Path, n: int = 40) -> Path:
    incidents = [
        Incident(
            id=f"b{k}",
            event_type="Battles",
            location=f"Place {k}",
            latitude=41.0 + k / 1000,
            longitude=44.0 + k / 1000,
            evidence=f"Report {k}",
        )
        for k in range(n)
    ]
    path = tmp_path / "own.geojson"
    write_incidents(to_geodataframe(incidents), path)
    return path


def test_text_that_is_not_utf8_is_refused_naming_the_file_and_column(tmp_path: Path) -> None:
    """Arrow's streaming JSON reader passes a string's bytes through unchecked (its
    whole-file reader checks them): read_gis_layer checks the fast reader's frame too."""
    from geo.errors import InputFormatError

    path = _own_geojson(tmp_path)
    path.write_bytes(path.read_bytes().replace(b"Report 17", b"Report \xff17", 1))
    columns = ["id", "event_type", "location", "evidence"]
    with pytest.raises(InputFormatError) as caught:
        read_gis_layer(path, columns=columns)
    assert "evidence" in str(caught.value) and "UTF-8" in str(caught.value)
    assert str(path) in str(caught.value)


def test_a_malformed_feature_line_is_an_error_naming_the_file_and_line(tmp_path: Path) -> None:
    from geo.errors import InputFormatError

    path = _own_geojson(tmp_path)
    lines = path.read_bytes().split(b"\n")
    bad = next(k for k, line in enumerate(lines) if b'"id": "b9"' in line)
    lines[bad] = lines[bad].replace(b'"event_type": "', b'"event_type": ', 1)
    path.write_bytes(b"\n".join(lines))
    assert read_feature_lines(path, columns=["id", "event_type"]) is None  # to GDAL
    with pytest.raises(InputFormatError) as caught:
        read_gis_layer(path, columns=["id", "event_type"])
    message = str(caught.value)
    assert str(path) in message and f"line {bad + 1}" in message, message


def test_a_layer_in_crs84_as_geopandas_writes_it_is_read_fast(tmp_path: Path) -> None:
    """A frame read from a GeoParquet file is in OGC:CRS84, which GDAL writes into the
    GeoJSON by its URN: still longitude/latitude in WGS84, so not one for GDAL's reader."""
    n = 300
    rng = np.random.default_rng(5)
    layer = gpd.GeoDataFrame(
        {"town": [f"Site {k % 17}" for k in range(n)], "deaths": rng.integers(0, 9, n) * 1.0},
        geometry=shapely.points(rng.uniform(40, 50, n), rng.uniform(30, 40, n)),
        crs="OGC:CRS84",
    )
    path = tmp_path / "crs84.geojson"
    layer.to_file(path, driver="GeoJSON")
    assert b'"urn:ogc:def:crs:OGC::CRS84"' in path.read_bytes()[:500]
    frame = assert_same_as_gdal(path)
    assert len(frame) == n


def test_a_bbox_per_feature_as_gdal_writes_it_is_read_fast(tmp_path: Path) -> None:
    """GDAL's WRITE_BBOX puts each feature's extent beside its geometry: not a field."""
    path = _own_geojson(tmp_path, n=60)
    written = tmp_path / "bbox.geojson"
    pyogrio.write_dataframe(
        pyogrio.read_dataframe(path), written, driver="GeoJSON", layer_options={"WRITE_BBOX": "YES"}
    )
    lines = written.read_bytes().split(b"\n")
    assert b'"bbox": [' in next(line for line in lines if line.startswith(b'{ "type": "Feature"'))
    frame = assert_same_as_gdal(written)  # every field (Arrow infers the bbox, dropped)
    assert "bbox" not in frame.columns and len(frame) == 60
    some = read_feature_lines(written, columns=["id", "location"])  # the bbox ignored
    assert some is not None and some["location"].tolist() == frame["location"].tolist()
