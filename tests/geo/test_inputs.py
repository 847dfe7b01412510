"""The input registry: every kind incimap reads, written and read back through ``extract``,
``map`` and ``export`` (issue 13), with the same incidents, or an error naming the file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from geo.cli.main import cli, register_commands
from geo.errors import IncimapError
from geo.export import FORMATS, read_incidents, write_incidents
from geo.export.csv import ACLED_COLUMNS
from geo.inputs import INPUT_KINDS, Sniff, kind_of
from tests.geo.export_cases import sample_frame
from tests.geo.extract.shared import shared_extractor

REPORT = "Shelling hit Tartar on 3 May 2023, killing two civilians, officials said.\n"
COMPARED = ("event_type", "location", "fatalities", "injured", "event_date")


def _write_incidents(format_name: str) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / f"in{FORMATS[format_name].suffixes[0]}"
        write_incidents(sample_frame(), path)
        return path

    return write


def _write_report(kind: str) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        if kind == "reports-jsonl":
            path = folder / "in.jsonl"
            path.write_text(json.dumps({"text": REPORT, "date": "2023-05-04"}) + "\n")
        elif kind == "html":
            path = folder / "in.html"
            path.write_text(f"<html><body><p>{REPORT}</p></body></html>")
        else:
            path = folder / ("in.md" if kind == "markdown" else "in.txt")
            path.write_text(REPORT)
        return path

    return write


def _table_rows() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "event_id_cnty": ["T1", "T2"],
            "event_date": ["2023-05-03", "2023-05-04"],
            "event_type": ["Battles", "Riots"],
            "location": ["Tartar", "Madagiz"],
            "latitude": [40.3419, 40.3314],
            "longitude": [46.9306, 46.7294],
            "geo_precision": [1, 1],
            "fatalities": [2, 0],
        }
    )


def _write_table(kind: str) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        frame = _table_rows()
        if kind in ("table-csv", "table-xlsx"):
            # Not ACLED's header: a place column and no coordinates, placed by the gazetteer.
            frame = frame[["event_date", "event_type", "location", "fatalities"]]
            frame = frame.rename(columns={"location": "town", "event_type": "type"})
        if kind.endswith("xlsx"):
            path = folder / "in.xlsx"
            frame.to_excel(path, index=False)
        elif kind == "table-gis":
            import geopandas as gpd

            path = folder / "in.geojson"
            points = gpd.points_from_xy(frame["longitude"], frame["latitude"])
            layer = gpd.GeoDataFrame(
                frame[["event_date", "event_type", "location", "fatalities"]],
                geometry=points,
                crs="EPSG:4326",
            )
            layer.to_file(path, driver="GeoJSON")
        else:
            path = folder / "in.csv"
            frame.to_csv(path, index=False)
        return path

    return write


def writer_for(kind_name: str) -> Callable[[Path], Path]:
    if kind_name.startswith("incidents-"):
        return _write_incidents(kind_name.removeprefix("incidents-"))
    if kind_name in ("text", "markdown", "html", "reports-jsonl"):
        return _write_report(kind_name)
    return _write_table(kind_name)


KINDS = [kind.name for kind in INPUT_KINDS]
register_commands()


def test_every_kind_has_a_case_and_is_recognised(tmp_path: Path) -> None:
    for name in KINDS:
        folder = tmp_path / name
        folder.mkdir()
        path = writer_for(name)(folder)
        assert kind_of(Sniff(path), explicit=True).name == name  # type: ignore[union-attr]


@pytest.fixture
def fast_extractor(request, gazetteer_index, monkeypatch: pytest.MonkeyPatch) -> None:
    # The commands build their extractor on the first report; share the session's one.
    extractor = shared_extractor(request, gazetteer_index)
    monkeypatch.setattr("geo.pipeline.IncidentExtractor", lambda *a, **k: extractor)


def run(*argv: str) -> tuple[int, str]:
    """Run the CLI in-process; our errors end as ``main`` ends them (exit 1, one line)."""
    result = CliRunner().invoke(cli, list(argv))
    if isinstance(result.exception, IncimapError):
        return 1, result.stderr + f"incimap: error: {result.exception}"
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stderr


def _keyed(frame: pd.DataFrame) -> list[tuple[object, ...]]:
    rows = []
    for record in frame.to_dict("records"):
        lat = record["latitude"]
        rows.append(
            (
                *(None if pd.isna(record[n]) else record[n] for n in COMPARED),
                None if pd.isna(lat) else round(float(lat), 4),
            )
        )
    return sorted(rows, key=repr)


@pytest.mark.parametrize("kind_name", KINDS)
def test_each_kind_gives_the_same_incidents_through_extract_map_and_export(
    tmp_path: Path, kind_name: str, gazetteer_home: Path, fast_extractor: None
) -> None:
    source = writer_for(kind_name)(tmp_path)
    outputs = {}
    for command in ("extract", "export", "map"):
        out = tmp_path / f"{command}.geojson"
        argv = [command, str(source), "-o", str(out)]
        if command == "map":
            argv = ["map", str(source), "-o", str(tmp_path / "map.html"), "--geojson", str(out)]
        status, err = run(*argv)
        assert status == 0, err
        assert err.count(str(source)) <= 1  # one line per input, never repeated
        outputs[command] = _keyed(read_incidents(out))
    assert outputs["extract"] == outputs["export"] == outputs["map"]
    assert outputs["extract"]  # something was read
    if kind_name.startswith("incidents-"):
        assert outputs["extract"] == _keyed(sample_frame())  # incimap's own: as written


@pytest.mark.parametrize("kind_name", [k for k in KINDS if k != "text"])
def test_a_broken_file_of_each_kind_is_named_and_nothing_is_written(
    tmp_path: Path, kind_name: str, gazetteer_home: Path
) -> None:
    good = writer_for(kind_name)(tmp_path)
    broken = good.with_name("broken" + good.suffix)
    broken.write_bytes(b"\x00\x01\x02 not a file of this kind \xff\xfe" * 10)
    out = tmp_path / "out.geojson"
    status, err = run("extract", str(broken), "-o", str(out))
    assert status == 1
    assert str(broken) in err
    assert "Traceback" not in err
    assert not out.exists()


def test_csv_and_geojson_say_the_same_country(tmp_path: Path) -> None:
    write_incidents(sample_frame(), tmp_path / "a.csv")
    write_incidents(sample_frame(), tmp_path / "a.geojson")
    table = pd.read_csv(tmp_path / "a.csv", dtype=str, keep_default_na=False)
    features = json.loads((tmp_path / "a.geojson").read_text())["features"]
    assert list(table["country"]) == [f["properties"]["country"] for f in features]
    assert table.loc[0, "country"] == "AZ" and table.loc[0, "country_name"] == "Azerbaijan"
    assert ("country", "country") in ACLED_COLUMNS


@pytest.mark.parametrize("format_name", ["geojson", "gpkg"])
def test_a_layer_written_before_merged_reports_is_still_incimaps_own(
    tmp_path: Path, format_name: str
) -> None:
    # Files written before issue 12 lack the fields of merged reports: they must read back
    # as incidents (their points and fields as written), not as a foreign table.
    import pyogrio

    older = sample_frame().drop(
        columns=["n_sources", "source_urls", "sources", "merge_reason", "count_rule"]
    )
    path = tmp_path / f"old{FORMATS[format_name].suffixes[0]}"
    pyogrio.write_dataframe(older, path, driver="GeoJSON" if format_name == "geojson" else "GPKG")
    kind = kind_of(Sniff(path), explicit=True)
    assert kind is not None and kind.name == f"incidents-{format_name}"
    frame = kind.read(Sniff(path))  # type: ignore[union-attr]
    assert frame["location"].tolist() == sample_frame()["location"].tolist()
    assert (frame["n_sources"].isna() | (frame["n_sources"] == 1)).all()
