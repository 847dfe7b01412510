"""The row writers (no frame, no GDAL) write the bytes the frame writers write.

``extract`` of a few reports writes GeoJSON, JSON Lines and CSV from its incident
records (``write_incident_records``); everything else writes a frame
(``write_incidents``, GDAL for GeoJSON, pandas for CSV). Each test writes the same
incidents both ways and compares the files byte for byte: hostile text, every kind of
null, real numbers and coordinates where GDAL's rounding shows, real incidents
extracted from the samples. A change on either side fails here.
"""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import pyogrio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.export import FORMATS, read_incidents, write_incident_records, write_incidents
from geo.export.rows import rows_of_frame, rows_of_incidents
from geo.incident import FIELDS, Incident, to_geodataframe
from geo.pipeline import load_incidents
from tests.geo.export_cases import HOSTILE, sample_incidents

ROW_FORMATS = tuple(sorted(name for name, f in FORMATS.items() if f.write_rows is not None))
SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"


def test_the_text_formats_have_row_writers() -> None:
    assert ROW_FORMATS == ("csv", "geojson", "jsonl")


def write_both(incidents: list[Incident], folder: Path, name: str) -> tuple[bytes, bytes]:
    """(frame writer's bytes, row writer's bytes) of the same incidents."""
    suffix = FORMATS[name].suffixes[0]
    by_frame, by_rows = folder / f"frame{suffix}", folder / f"rows{suffix}"
    by_frame.unlink(missing_ok=True)
    by_rows.unlink(missing_ok=True)
    write_incidents(to_geodataframe(incidents), by_frame)
    write_incident_records(incidents, by_rows)
    return by_frame.read_bytes(), by_rows.read_bytes()


def assert_same_bytes(incidents: list[Incident], folder: Path, name: str) -> None:
    frame_bytes, row_bytes = write_both(incidents, folder, name)
    if frame_bytes != row_bytes:  # name the first line that differs
        for number, (want, got) in enumerate(
            zip(frame_bytes.splitlines(), row_bytes.splitlines(), strict=False), start=1
        ):
            assert got == want, f"{name}, line {number}"
    assert row_bytes == frame_bytes


@pytest.mark.parametrize("name", ROW_FORMATS)
def test_sample_incidents_give_the_same_bytes(tmp_path: Path, name: str) -> None:
    incidents = sample_incidents()
    assert_same_bytes(incidents, tmp_path, name)
    hostile = HOSTILE.split("'")[0].encode()  # the text as far as the first escape
    assert hostile in write_both(incidents, tmp_path, name)[1]


@pytest.mark.parametrize("name", ROW_FORMATS)
def test_no_incidents_give_the_same_bytes(tmp_path: Path, name: str) -> None:
    assert_same_bytes([], tmp_path, name)


# Coordinates where GDAL's six decimals round, drop a trailing run of 0s, or round a
# run of 9s up; reals where it trims binary noise (0.1 + 0.2) or cannot (1e-07).
EDGE_COORDINATES = (
    0.0, -0.0, 180.0, -180.0, 90.0, -90.0, 46.7311111, -179.9999995, 179.9999994,
    100.000001, -100.0000004, 10.0000005, 123.4999999, -33.9200004, 1e-9, -1e-300,
    12.3456785, 45.9999991,
)  # fmt: skip
EDGE_REALS = (
    0.1 + 0.2, 1 / 3, 1e-07, 2000.0, 0.802, 36.20124, 1e16, 1e15, 123456789.123456789,
    5e-324, 1.7976931348623157e308, -0.0, 12_345.000000011, 0.30000000000000004,
)  # fmt: skip


@pytest.mark.parametrize("name", ROW_FORMATS)
def test_edge_numbers_give_the_same_bytes(tmp_path: Path, name: str) -> None:
    incidents = [
        Incident(
            id=f"edge-{n}",
            event_type="Battles",
            latitude=max(-90.0, min(90.0, lon / 2)),
            longitude=lon,
            uncertainty_m=real,
            confidence=-real,
        )
        for n, (lon, real) in enumerate(zip(EDGE_COORDINATES, EDGE_REALS * 2, strict=False))
    ]
    assert_same_bytes(incidents, tmp_path, name)


texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
maybe_int = st.none() | st.integers(min_value=-(2**53), max_value=2**53)
maybe_real = st.none() | st.floats(allow_nan=True, allow_infinity=False, width=64)
maybe_day = st.none() | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
points = st.none() | st.tuples(
    st.floats(min_value=-180, max_value=180), st.floats(min_value=-90, max_value=90)
)


@st.composite
def incidents(draw: st.DrawFn) -> Incident:
    lonlat = draw(points)
    return Incident(
        id=draw(texts),
        event_type=draw(texts),
        event_date=draw(maybe_day),
        time_precision=draw(maybe_int),
        actor1=draw(texts),
        fatalities=draw(maybe_int),
        injured=draw(maybe_int),
        location=draw(texts),
        country=draw(st.sampled_from(["", "AZ", "SY", "ZZ"])),
        longitude=None if lonlat is None else lonlat[0],
        latitude=None if lonlat is None else lonlat[1],
        uncertainty_m=draw(maybe_real),
        confidence=draw(maybe_real),
        source_date=draw(maybe_day),
        evidence=draw(texts),
        evidence_start=draw(maybe_int),
        notes=draw(texts),
        n_sources=draw(st.integers(min_value=1, max_value=9)),
    )


@pytest.mark.parametrize("name", ROW_FORMATS)
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(drawn=st.lists(incidents(), max_size=6))
def test_any_incidents_give_the_same_bytes(
    tmp_path: Path, name: str, drawn: list[Incident]
) -> None:
    assert_same_bytes(drawn, tmp_path, name)


def test_rows_of_incidents_are_the_rows_of_their_frame() -> None:
    incidents = sample_incidents()
    from_records = list(rows_of_incidents(incidents))
    from_frame = list(rows_of_frame(to_geodataframe(incidents)))
    assert from_records == from_frame
    assert [list(row) for row in from_records] == [list(FIELDS)] * len(incidents)


def test_an_infinite_real_goes_through_the_frame(tmp_path: Path) -> None:
    incidents = [Incident("inf", "Riots", uncertainty_m=math.inf, latitude=1.0, longitude=2.0)]
    assert_same_bytes(incidents, tmp_path, "geojson")


@pytest.fixture(scope="module")
def sample_reports_incidents(gazetteer_index: object) -> list[Incident]:
    """Incidents extracted from the reports in data/samples (not its table)."""
    reports = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html", ".jsonl"))
    result = load_incidents(reports, index=gazetteer_index)  # type: ignore[arg-type]
    assert result.incidents is not None and len(result.incidents) >= 5
    return list(result.incidents)


@pytest.mark.parametrize("name", ROW_FORMATS)
def test_extracted_incidents_give_the_same_bytes(
    tmp_path: Path, name: str, sample_reports_incidents: list[Incident]
) -> None:
    assert_same_bytes(sample_reports_incidents, tmp_path, name)


def test_gdal_reads_the_rows_geojson_back(
    tmp_path: Path, sample_reports_incidents: list[Incident]
) -> None:
    path = tmp_path / "rows.geojson"
    write_incident_records(sample_reports_incidents, path)
    info = pyogrio.read_info(path)
    assert (info["features"], info["geometry_type"]) == (len(sample_reports_incidents), "Point")
    back = read_incidents(path)
    assert back["id"].tolist() == [i.id for i in sample_reports_incidents]
    assert back["evidence"].tolist() == [i.evidence for i in sample_reports_incidents]
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    assert [f["geometry"]["coordinates"] for f in features] == [
        [round(i.longitude, 6), round(i.latitude, 6)]  # type: ignore[arg-type]
        for i in sample_reports_incidents
    ]


def test_extract_of_one_report_writes_what_the_frame_path_writes(
    tmp_path: Path, gazetteer_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI's own path (one report, stdout and files) against the frame writers."""
    from click.testing import CliRunner

    from geo.cli.main import cli, register_commands

    register_commands()
    monkeypatch.setenv("INCIMAP_HOME", str(gazetteer_home))
    report = SAMPLES / "border_shelling.txt"
    runner = CliRunner()
    shown = runner.invoke(cli, ["extract", str(report), "-o", "-"])
    assert shown.exit_code == 0, shown.output
    written = {}
    for name in ROW_FORMATS:
        out = tmp_path / f"out{FORMATS[name].suffixes[0]}"
        done = runner.invoke(cli, ["extract", str(report), "-o", str(out)])
        assert done.exit_code == 0, done.output
        written[name] = out.read_bytes()
    frame = read_incidents(tmp_path / "out.jsonl")  # the incidents, typed
    for name in ROW_FORMATS:
        expected = tmp_path / f"frame{FORMATS[name].suffixes[0]}"
        write_incidents(frame, expected)
        assert written[name] == expected.read_bytes(), name
    assert shown.stdout_bytes == written["geojson"]
