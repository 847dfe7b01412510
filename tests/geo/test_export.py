"""Every export format through the same checks: round trip, empty input, nulls, unicode."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pandas as pd
import pyogrio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.errors import IncimapError, OutputExistsError, UnknownFormatError
from geo.export import FORMATS, format_for, read_incidents, write_incidents
from geo.export.kml import xml_safe
from geo.incident import FIELDS, FLOAT_FIELDS, INTEGER_FIELDS, Incident, to_geodataframe
from geo.inputs import looks_like_incidents
from tests.geo.export_cases import HOSTILE, sample_frame

GDAL_FORMATS = ("geojson", "gpkg", "csv", "kml", "fgb")


@pytest.fixture(params=sorted(FORMATS))
def format_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def path_for(folder: Path, name: str) -> Path:
    return folder / f"incidents{FORMATS[name].suffixes[0]}"


def assert_same_records(expected: pd.DataFrame, actual: pd.DataFrame) -> None:
    expected = expected.sort_values("id", ignore_index=True)
    actual = actual.sort_values("id", ignore_index=True)
    assert list(actual.columns) == [*FIELDS, "geometry"]
    assert len(actual) == len(expected)
    for name in FIELDS:
        assert actual[name].dtype == expected[name].dtype, name
        if name in FLOAT_FIELDS:
            pd.testing.assert_series_equal(actual[name], expected[name], check_exact=False)
        else:
            assert actual[name].tolist() == expected[name].tolist(), name
    for want, got in zip(expected.geometry, actual.geometry, strict=True):
        if want is None:
            assert got is None
        else:
            assert math.isclose(got.x, want.x, abs_tol=1e-6)
            assert math.isclose(got.y, want.y, abs_tol=1e-6)


def test_round_trip_keeps_every_record(tmp_path: Path, format_name: str) -> None:
    frame = sample_frame()
    path = path_for(tmp_path, format_name)
    write_incidents(frame, path)
    assert_same_records(frame, read_incidents(path))
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no temporary left


def test_round_trip_of_empty_input(tmp_path: Path, format_name: str) -> None:
    path = path_for(tmp_path, format_name)
    write_incidents(to_geodataframe([]), path)
    back = read_incidents(path)
    assert len(back) == 0
    assert list(back.columns) == [*FIELDS, "geometry"]


def test_unknown_counts_stay_unknown(tmp_path: Path, format_name: str) -> None:
    path = path_for(tmp_path, format_name)
    write_incidents(sample_frame(), path)
    back = read_incidents(path).set_index("id")
    assert back.loc["clash-2", "fatalities"] == 0
    assert pd.isna(back.loc["region-3", "fatalities"])
    assert back.loc["lost-4", "geometry"] is None
    assert back.loc["lost-4", "flags"] == "unresolved"
    for name in INTEGER_FIELDS:
        assert str(back[name].dtype) == "Int64"


@pytest.mark.parametrize("name", GDAL_FORMATS)
def test_pyogrio_reads_what_we_wrote(tmp_path: Path, name: str) -> None:
    path = path_for(tmp_path, name)
    write_incidents(sample_frame(), path)
    layers = [layer for layer, _ in pyogrio.list_layers(path)]
    frames = [pyogrio.read_dataframe(path, layer=layer) for layer in layers]
    if name == "gpkg":
        frames = frames[:1]  # the incidents layer; the others are checked below
    rows = pd.concat(frames, ignore_index=True)
    id_column = {"kml": "id2", "csv": "event_id_cnty"}.get(name, "id")  # see kml.py, csv.py
    ids = rows[id_column].astype(str)
    assert sorted(ids) == sorted(sample_frame()["id"])
    assert "Ստեփանակերտ" in rows["location"].tolist()


def test_geojson_follows_rfc_7946(tmp_path: Path) -> None:
    path = tmp_path / "out.geojson"
    write_incidents(sample_frame(), path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert "crs" not in document
    features = {f["id"]: f for f in document["features"]}
    mine = features["mine-1"]
    assert mine["geometry"]["coordinates"] == [46.731111, 40.333611]  # lon, lat, 6 decimals
    assert mine["properties"]["event_date"] == "2020-11-21"
    assert mine["properties"]["fatalities"] == 1
    assert features["region-3"]["properties"]["fatalities"] is None
    assert features["region-3"]["properties"]["event_date"] is None
    assert features["lost-4"]["geometry"] is None
    assert features["clash-2"]["properties"]["notes"] == HOSTILE


def test_dash_writes_geojson_to_stdout(capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    write_incidents(sample_frame(), "-")
    document = json.loads(capfdbinary.readouterr().out)
    assert document["type"] == "FeatureCollection"
    assert len(document["features"]) == 5


def test_dash_with_a_format_writes_that_format(capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    write_incidents(sample_frame(), "-", format="csv")
    header = capfdbinary.readouterr().out.decode().splitlines()[0]
    assert header.startswith("event_id_cnty,event_date,year,")


def test_unknown_suffix_lists_the_valid_formats(tmp_path: Path) -> None:
    with pytest.raises(UnknownFormatError) as caught:
        write_incidents(sample_frame(), tmp_path / "out.shp")
    message = str(caught.value)
    assert ".shp" in message
    for name in FORMATS:
        assert name in message
    assert not list(tmp_path.iterdir())


def test_unknown_format_name_lists_the_valid_formats() -> None:
    with pytest.raises(UnknownFormatError, match="valid formats: geojson, gpkg, csv, kml"):
        format_for("out.geojson", format="shapefile")
    assert format_for("out.txt", format="KML").name == "kml"


def test_existing_file_is_kept_without_overwrite(tmp_path: Path, format_name: str) -> None:
    path = path_for(tmp_path, format_name)
    path.write_bytes(b"precious")
    with pytest.raises(OutputExistsError, match="overwrite"):
        write_incidents(sample_frame(), path)
    assert path.read_bytes() == b"precious"
    assert isinstance(OutputExistsError("x"), IncimapError | FileExistsError)
    write_incidents(sample_frame(), path, overwrite=True)
    assert len(read_incidents(path)) == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "out.geojson"
    path.write_text("old", encoding="utf-8")
    broken = sample_frame()
    broken["fatalities"] = broken["fatalities"].astype("object")
    broken.loc[0, "fatalities"] = "many"  # cannot become an integer
    with pytest.raises(ValueError):
        write_incidents(broken, path, overwrite=True)
    assert path.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["out.geojson"]


@pytest.mark.parametrize("name", ["kml", "csv"])
def test_hostile_text_survives_as_text(tmp_path: Path, name: str) -> None:
    path = path_for(tmp_path, name)
    write_incidents(sample_frame(), path)
    back = read_incidents(path).set_index("id")
    assert back.loc["clash-2", "notes"] == HOSTILE
    assert back.loc["clash-2", "evidence"] == HOSTILE


def test_kml_has_a_folder_per_event_type_and_no_injected_markup(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    path = tmp_path / "out.kml"
    write_incidents(sample_frame(), path)
    root = ET.parse(path).getroot()
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    folders = [f.findtext("k:name", "", ns) for f in root.iterfind(".//k:Folder", ns)]
    assert sorted(folders) == sorted(
        {
            "Explosions/Remote violence",
            "Battles",
            "Strategic developments",
            "Violence against civilians",
            "Unknown type",
        }
    )
    assert not [e for e in root.iter() if e.tag.endswith("script")]
    assert "<script>" not in path.read_text(encoding="utf-8")


def test_csv_starts_with_acled_columns_then_ours(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_incidents(sample_frame(), path)
    table = pd.read_csv(path, dtype="str", keep_default_na=False)
    acled = ["event_id_cnty", "event_date", "year", "time_precision", "event_type"]
    assert list(table.columns[:5]) == acled
    order = list(table.columns)
    assert order.index("fatalities") < order.index("injured") < order.index("evidence")
    assert order[order.index("injured") : order.index("injured") + 5] == [
        "injured",
        "evidence",
        "confidence",
        "uncertainty_m",
        "source_url",
    ]
    row = table.set_index("event_id_cnty").loc["mine-1"]
    # The same code as every other format (issue 13); the name follows in its own column.
    assert (row["country"], row["iso"], row["country_name"]) == ("AZ", "31", "Azerbaijan")
    assert row["year"] == "2020"
    assert table.set_index("event_id_cnty").loc["region-3", "fatalities"] == ""


def test_geoparquet_metadata_says_wkb_points(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "out.parquet"
    write_incidents(sample_frame(), path)
    schema = pq.read_schema(path)
    geo = json.loads(schema.metadata[b"geo"])
    assert geo["primary_column"] == "geometry"
    assert geo["columns"]["geometry"]["encoding"] == "WKB"
    assert geo["columns"]["geometry"]["geometry_types"] == ["Point"]
    assert str(schema.field("event_date").type) == "date32[day]"
    assert str(schema.field("fatalities").type) == "int64"


def expected_text(name: str, text: str) -> str:
    """What each format promises to give back (see the kml and schema modules)."""
    if name == "csv":
        return text
    if name == "kml":
        return xml_safe(text)  # XML cannot hold C0 controls; our own KML is read as written
    if name == "jsonl":
        return text
    return text.replace("\x00", "\ufffd")  # GDAL's strings end at NUL


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(st.characters(exclude_categories=["Cs"]), max_size=40))
def test_any_text_round_trips(tmp_path: Path, format_name: str, text: str) -> None:
    path = path_for(tmp_path, format_name)
    frame = to_geodataframe(
        [
            Incident(
                id="t",
                event_type="Riots",
                location=text,
                notes=text + "<]]>",
                latitude=1.0,
                longitude=2.0,
            )
        ]
    )
    write_incidents(frame, path, overwrite=True)
    back = read_incidents(path)
    assert back.loc[0, "location"] == expected_text(format_name, text)
    assert back.loc[0, "notes"] == expected_text(format_name, text + "<]]>")


def test_flatgeobuf_with_every_row_placed_gets_an_index_and_leaves_nothing(tmp_path: Path) -> None:
    placed = sample_frame().dropna(subset=["latitude"])
    path = tmp_path / "placed.fgb"
    write_incidents(placed, path)
    assert os.listdir(tmp_path) == ["placed.fgb"]
    assert pyogrio.read_info(path)["capabilities"]["fast_spatial_filter"]
    assert sorted(read_incidents(path)["id"]) == sorted(placed["id"])


def test_our_files_are_told_apart_from_tables(tmp_path: Path, format_name: str) -> None:
    ours = path_for(tmp_path, format_name)
    write_incidents(sample_frame(), ours)
    assert looks_like_incidents(ours)
    table = tmp_path / "table.csv"
    table.write_text("place,date\nHadrut,2020-12-12\n", encoding="utf-8")
    assert not looks_like_incidents(table)
    foreign = tmp_path / "foreign.geojson"
    foreign.write_text(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", '
        '"properties": {"name": "a"}, "geometry": {"type": "Point", "coordinates": [1, 2]}}]}',
        encoding="utf-8",
    )
    assert not looks_like_incidents(foreign)


def test_a_missing_output_folder_is_created(tmp_path: Path, format_name: str) -> None:
    path = path_for(tmp_path / "new" / "folder", format_name)
    write_incidents(sample_frame(), path)
    assert_same_records(sample_frame(), read_incidents(path))


@pytest.mark.parametrize("text", ["0\n", "0", "007", "1e5", " 3 ", "\r"])
def test_kml_keeps_text_that_looks_like_a_number_as_written(tmp_path: Path, text: str) -> None:
    # Found by test_any_text_round_trips ("0\n" came back changed): pinned here.
    path = tmp_path / "out.kml"
    frame = to_geodataframe(
        [Incident(id="t", event_type="Riots", location=text, latitude=1.0, longitude=2.0)]
    )
    write_incidents(frame, path)
    assert read_incidents(path).loc[0, "location"] == text


def test_jsonl_keeps_control_characters_of_its_own_incidents(tmp_path: Path) -> None:
    # Found by test_any_text_round_trips ("\x1f"): our own values come back as written.
    path = tmp_path / "out.jsonl"
    frame = to_geodataframe([Incident(id="t", event_type="Riots", location="\x1f")])
    write_incidents(frame, path)
    assert read_incidents(path).loc[0, "location"] == "\x1f"
