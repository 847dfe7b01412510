"""The Python API and ``incimap extract`` over the sample reports in data/samples."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest
from click.testing import CliRunner

from gazetteer.index import GazetteerIndex
from geo.cli.extract_cmd import extract
from geo.export import write_incidents
from geo.incident import FIELDS
from geo.pipeline import IncidentExtractor, load_incidents
from geo.report_inputs import read_reports
from tests.geo.extract.shared import shared_extractor

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
REPORT_SAMPLES = sorted(
    p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html", ".jsonl")
)


@pytest.fixture(scope="module")
def extractor(request, gazetteer_index: GazetteerIndex) -> IncidentExtractor:
    return shared_extractor(request, gazetteer_index)


def test_the_api_returns_a_typed_geodataframe(gazetteer_index, extractor, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a spreadsheet")
    table = SAMPLES / "incidents_table.csv"
    result = load_incidents(
        [*REPORT_SAMPLES, table, broken], index=gazetteer_index, extractor=extractor
    )
    frame = result.frame
    assert isinstance(frame, gpd.GeoDataFrame)
    assert frame.crs.to_epsg() == 4326
    assert list(frame.columns) == [*FIELDS, "geometry"]
    assert str(frame["fatalities"].dtype) == "Int64"  # unknown stays NA, never 0
    from_reports = frame[frame["evidence_start"].notna()]
    # The sample reports draw a handful of incidents of at least three types.
    assert len(from_reports) >= 5
    assert from_reports["event_type"].nunique() >= 3
    # The market brief states no incident.
    assert not frame["source"].str.endswith("wire_briefs.jsonl:3").any()
    for _, row in from_reports.iterrows():
        assert row.geometry.x == pytest.approx(row["longitude"])  # shapely is lon, lat
        assert row.geometry.y == pytest.approx(row["latitude"])
        assert row["place_reason"] and row["evidence"] and 0 < row["confidence"] <= 1
    # The table's rows come along, placed by the gazetteer.
    assert len(frame) > len(from_reports)
    s = result.summary
    assert (s.inputs, s.read, s.failed) == (len(REPORT_SAMPLES) + 2, len(REPORT_SAMPLES) + 1, 1)
    assert s.incidents == len(frame)
    assert any(problem.startswith(str(broken)) for problem in s.problems)


def test_evidence_offsets_index_into_the_report_text(gazetteer_index, extractor):
    reports = read_reports(REPORT_SAMPLES).reports
    incidents = [i for r in reports for i in extractor.incidents_of(r)]
    by_source = {r.source: r for r in reports}
    assert incidents
    for incident in incidents:
        text = by_source[incident.source].text
        assert text[incident.evidence_start : incident.evidence_end] == incident.evidence


def test_cli_writes_geojson_to_stdout_and_reports_bad_inputs(gazetteer_home, tmp_path):
    # A table and a missing report: the command runs without building a geoparser (the
    # reports' extraction is tested through the API above, on the shared one).
    runner = CliRunner()
    missing = tmp_path / "missing.txt"
    table = SAMPLES / "incidents_table.csv"
    result = runner.invoke(extract, [str(table), str(missing), "-o", "-"])
    assert result.exit_code == 1  # an input could not be read; the rest is still written
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert len(features) >= 5
    madagiz = next(f for f in features if f["properties"]["location"] == "Madagiz")
    lon, lat = madagiz["geometry"]["coordinates"]
    assert (round(lat, 1), round(lon, 1)) == (40.3, 46.7)  # GeoJSON order is lon, lat
    assert f"{missing}: cannot read" in result.stderr
    assert "incidents" in result.stderr


def test_jsonl_output_is_one_incident_per_line(gazetteer_index, extractor, tmp_path):
    # The jsonl export format, on the API's frame (one geoparser for the module).
    briefs = load_incidents(
        [SAMPLES / "wire_briefs.jsonl"], index=gazetteer_index, extractor=extractor
    )
    out = tmp_path / "briefs.jsonl"
    write_incidents(briefs.frame, out, overwrite=False)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["location"] for r in rows] == ["Kidal", "Jermuk", "Sotk"]
    # Injuries and no word of deaths: 0 dead, as ACLED codes it (and says so in notes).
    assert rows[1]["fatalities"] == 0 and rows[1]["injured"] == 2
    assert list(rows[0]) == list(FIELDS)
    assert rows[0]["source_url"] == "https://example.org/briefs/kidal"
    assert rows[0]["event_date"] == "2023-04-16"
    assert [p.name for p in tmp_path.iterdir()] == ["briefs.jsonl"]  # no temp file left


def test_cli_refuses_to_overwrite_before_doing_the_work(gazetteer_home, tmp_path):
    out = tmp_path / "out.geojson"
    out.write_text("keep me")
    completed = subprocess.run(
        [
            sys.executable,
            "-c",
            "from geo.cli.main import main; main()",
            "extract",
            str(SAMPLES),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "INCIMAP_HOME": str(gazetteer_home)},
        timeout=120,
    )
    assert completed.returncode == 1
    assert "exists" in completed.stderr and "--overwrite" in completed.stderr
    assert out.read_text() == "keep me"


def test_a_name_resolved_alone_is_not_looked_for_in_the_country_that_struck(
    gazetteer_index, extractor, tmp_path
):
    # The only country the report names is the one whose forces bombed: "Abu Kamal" must
    # be looked up on its own (Syria's Albu Kamal), not in the United States.
    report = tmp_path / "strike.txt"
    report.write_text(
        "date 2017-05-16\n\n16 May - A U.S.-led coalition bombing kills 42 civilians in "
        "Abu Kamal, including 11 children.\n",
        encoding="utf-8",
    )
    frame = load_incidents([report], index=gazetteer_index, extractor=extractor).frame
    assert list(frame["country"]) == ["SY"]
    assert list(frame["fatalities"]) == [42]


class _BrokenOnOneReport(IncidentExtractor):
    """The real extractor, but with a bug that one report's text sets off."""

    def incidents_of(self, report):
        if "TRIGGERS-A-BUG" in report.text:
            raise ValueError("min() arg is an empty sequence")
        return super().incidents_of(report)


def test_a_bug_on_one_report_costs_that_report_never_the_run(gazetteer_index, tmp_path):
    (tmp_path / "a.txt").write_text("Gunmen killed four villagers in Tartar on Sunday.\n")
    (tmp_path / "b.txt").write_text("TRIGGERS-A-BUG: shelling hit Goris on Monday.\n")
    (tmp_path / "c.txt").write_text("Shelling killed two civilians in Goris on Monday.\n")
    result = load_incidents(
        [tmp_path], index=gazetteer_index, extractor=_BrokenOnOneReport(gazetteer_index)
    )
    assert sorted(result.frame["location"]) == ["Goris", "Tartar"]
    assert result.summary.failed == 1
    (problem,) = result.summary.problems
    assert problem.startswith(str(tmp_path / "b.txt"))
    assert "ValueError" in problem and "skipped" in problem
