"""Incident tables in: recognised columns, ACLED exports, bad rows, unresolved places."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from shapely import Polygon

from gazetteer.errors import InputFormatError
from gazetteer.index import GazetteerIndex
from gazetteer.place import Place, Resolution
from geo.cli.export_cmd import export
from geo.export import read_incidents, write_incidents
from geo.tables import TableColumns, read_table
from geo.tables.values import parse_date

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "samples" / "incidents_table.csv"

ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
    "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
    "source,source_scale,notes,fatalities,tags,timestamp"
)


def acled_row(event_id: str, day: str, location: str, lat: float, lon: float, **extra: str) -> str:
    cells = {
        "event_id_cnty": event_id,
        "event_date": day,
        "year": day[-4:],
        "time_precision": extra.get("time_precision", "1"),
        "disorder_type": "Political violence",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Remote explosive/landmine/IED",
        "actor1": "Unidentified Armed Group",
        "iso": "31",
        "region": "Caucasus and Central Asia",
        "country": "Azerbaijan",
        "location": location,
        "latitude": str(lat),
        "longitude": str(lon),
        "geo_precision": extra.get("geo_precision", "1"),
        "source": "Test wire",
        "notes": extra.get("notes", "A test row written for incimap."),
        "fatalities": extra.get("fatalities", "0"),
    }
    return ",".join(cells.get(name, "") for name in ACLED_HEADER.split(","))


class RecordingResolver:
    """A tiny gazetteer: two places, and a log of the questions it was asked."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str | None]] = []
        self.places = {
            "hadrut": Place("t:1", "Hadrut", 39.51667, 47.03, "P", "PPL", "AZ", "Xocavənd"),
            "karabakh": Place("t:2", "Karabakh", 39.85, 46.72, "L", "RGN", "AZ"),
        }

    def resolve(self, name: str, *, country: str | None = None) -> Resolution:
        self.calls.append((name, country))
        place = self.places.get(name.casefold())
        return Resolution(name, place, 0.9 if place else 0.0, "test gazetteer")


@pytest.fixture
def place_index(gazetteer_index: GazetteerIndex) -> GazetteerIndex:
    """The real offline index, built once per session (tests/conftest.py)."""
    return gazetteer_index


def write_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_sample_table_resolves_through_the_real_gazetteer(place_index: GazetteerIndex) -> None:
    result = read_table(SAMPLE, resolver=place_index)
    summary = result.summary
    assert (summary.kind, summary.read, summary.resolved, summary.failed) == ("table", 11, 11, 0)
    assert summary.errors == ()
    frame = result.frame.set_index("location")
    assert frame.loc["Madagiz", "place_name"] == "Suqovuşan"
    assert frame.loc["Madagiz", "fatalities"] == 1
    assert pd.isna(frame.loc["Hadrut", "fatalities"])
    assert frame.loc["Sotk", "fatalities"] == 0
    assert frame.loc["Goris", "country"] == "AM"  # the country column, as a name, gave context
    assert frame.loc["Stepanakert", "event_type"] == "Explosions/Remote violence"
    assert frame.loc["Kharkiv", "country"] == "UA"


def test_madagiz_geojson_coordinates_are_lon_lat(
    place_index: GazetteerIndex, tmp_path: Path
) -> None:
    result = read_table(SAMPLE, resolver=place_index)
    out = tmp_path / "sample.geojson"
    write_incidents(result.frame, out)
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    madagiz = next(f for f in features if f["properties"]["location"] == "Madagiz")
    lon, lat = madagiz["geometry"]["coordinates"]
    assert (str(lon)[:4], str(lat)[:4]) == ("46.7", "40.3")


def test_acled_export_keeps_its_points_and_flags_far_ones(
    place_index: GazetteerIndex, tmp_path: Path
) -> None:
    rows = [
        ACLED_HEADER,
        acled_row("AZE1", "21 November 2020", "Madagiz", 40.3314, 46.7294, geo_precision="2"),
        # Tbilisi's point under Hadrut's name: about 260 km off.
        acled_row("AZE2", "2020-12-12", "Hadrut", 41.6914, 44.8341, time_precision="2"),
        acled_row("AZE3", "2020-12-13", "Nowhereville-sur-Mer", 40.0, 47.0, fatalities="3"),
    ]
    path = write_text(tmp_path / "acled.csv", "\n".join(rows) + "\n")
    result = read_table(path, resolver=place_index, check_places=True)
    assert result.summary.kind == "acled"
    assert (result.summary.resolved, result.summary.far_from_location) == (3, 1)
    frame = result.frame.set_index("id")
    assert (frame.loc["AZE1", "latitude"], frame.loc["AZE1", "longitude"]) == (40.3314, 46.7294)
    assert frame.loc["AZE1", "geo_precision"] == 2  # kept as ACLED coded it
    assert frame.loc["AZE1", "uncertainty_m"] == 10_000.0
    assert frame.loc["AZE1", "event_date"] == date(2020, 11, 21)
    assert frame.loc["AZE1", "place_name"] == "Suqovuşan"
    assert frame.loc["AZE1", "flags"] == ""
    assert frame.loc["AZE1", "fatalities"] == 0  # ACLED's 0 is a reported zero
    assert frame.loc["AZE1", "country"] == "AZ"
    assert frame.loc["AZE2", "flags"] == "far_from_location"
    assert frame.loc["AZE2", "time_precision"] == 2
    assert "km" in frame.loc["AZE2", "place_reason"]
    assert (frame.loc["AZE2", "latitude"], frame.loc["AZE2", "longitude"]) == (41.6914, 44.8341)
    assert frame.loc["AZE3", "flags"] == ""  # not in the gazetteer: nothing to compare with


def test_far_km_is_a_setting(tmp_path: Path) -> None:
    rows = [ACLED_HEADER, acled_row("AZE9", "2020-12-12", "Hadrut", 39.60, 47.03)]  # ~9 km
    path = write_text(tmp_path / "acled.csv", "\n".join(rows) + "\n")
    near = read_table(path, resolver=RecordingResolver(), check_places=True)
    strict = read_table(path, resolver=RecordingResolver(), far_km=5, check_places=True)
    assert near.frame.loc[0, "flags"] == ""
    assert strict.frame.loc[0, "flags"] == "far_from_location"


def test_unresolved_rows_are_kept_counted_and_written(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "t.csv",
        "place,date,killed\nHadrut,2020-12-12,2\nAtlantis,2020-12-13,1\n,2020-12-14,\n",
    )
    result = read_table(path, resolver=RecordingResolver())
    assert (result.summary.read, result.summary.resolved, result.summary.unresolved) == (3, 1, 2)
    assert result.frame["flags"].tolist() == ["", "unresolved", "unresolved"]
    assert result.frame.geometry.isna().tolist() == [False, True, True]
    out = tmp_path / "out.gpkg"
    write_incidents(result.frame, out)
    back = read_incidents(out).set_index("location")
    assert back.loc["Atlantis", "geometry"] is None
    assert back.loc["Atlantis", "fatalities"] == 1


def test_bad_cells_are_reported_with_line_and_column(tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "t.csv",
        'place,date,deaths,notes\nHadrut,2020-12-12,many,ok\nHadrut,2020-02-31,1,"two\nlines"\n'
        "Hadrut,2020-12-14,1,fine,surplus\nHadrut,03/04/2021,4,last\n",
    )
    result = read_table(path, resolver=RecordingResolver())
    messages = [str(e) for e in result.summary.errors]
    assert len(messages) == 4
    assert any(m.startswith(f"{path}:2: ") and "'deaths'" in m and "many" in m for m in messages)
    assert any(m.startswith(f"{path}:3: ") and "'date'" in m for m in messages)
    assert any(m.startswith(f"{path}:5: ") and "surplus" not in m for m in messages)  # line 5
    assert any(m.startswith(f"{path}:6: ") and "ambiguous" in m for m in messages)
    assert (result.summary.read, result.summary.failed, result.summary.malformed) == (4, 1, 3)
    assert len(result.frame) == 3  # the split-less row is skipped; the others go on
    assert result.frame["flags"].tolist() == ["malformed"] * 3
    assert pd.isna(result.frame.loc[0, "fatalities"])
    assert result.frame.loc[1, "notes"] == "two\nlines"
    assert all(isinstance(e, InputFormatError) and e.line for e in result.summary.errors)


def test_named_columns_and_country_context(tmp_path: Path) -> None:
    path = write_text(tmp_path / "t.csv", "Town;Land;What;Dead\nHadrut;Azerbaijan;armed clash;0\n")
    resolver = RecordingResolver()
    columns = TableColumns(place="Town", country="land", event_type="What", fatalities="Dead")
    result = read_table(path, resolver=resolver, columns=columns)
    row = result.frame.iloc[0]
    assert resolver.calls == [("Hadrut", "AZ")]
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")
    assert (row["fatalities"], row["geo_precision"], row["place_id"]) == (0, 1, "t:1")


def test_a_named_column_that_is_missing_lists_the_header(tmp_path: Path) -> None:
    path = write_text(tmp_path / "t.csv", "town,when\nHadrut,2020-01-01\n")
    with pytest.raises(InputFormatError, match=r"no column 'place_name'.*town, when"):
        read_table(path, resolver=None, columns=TableColumns(place="place_name"))


def test_each_place_is_resolved_once_per_table(tmp_path: Path) -> None:
    path = write_text(tmp_path / "t.csv", "place\nHadrut\nhadrut\nHadrut\n")
    resolver = RecordingResolver()
    result = read_table(path, resolver=resolver)
    assert len(resolver.calls) == 1
    assert result.summary.resolved == 3


def test_spreadsheet_rows_are_read_with_their_row_numbers(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Location", "Event date", "Fatalities", "Country"])
    sheet.append(["Hadrut", datetime(2020, 12, 12), 2.0, "AZ"])
    sheet.append(["Hadrut", "soon", 1, "AZ"])
    path = tmp_path / "t.xlsx"
    book.save(path)
    result = read_table(path, resolver=RecordingResolver())
    assert result.frame["event_date"].tolist() == [date(2020, 12, 12), None]
    assert result.frame["fatalities"].tolist() == [2, 1]
    [error] = result.summary.errors
    assert (error.line, error.field) == (3, "Event date")


TRIANGLE_LONLAT = [[46, 39], [47, 39], [47, 40], [46, 39]]


def test_geojson_table_keeps_its_own_geometry(tmp_path: Path) -> None:
    features = [
        {"type": "Feature", "properties": {"name": "camp", "killed": 1},
         "geometry": {"type": "Point", "coordinates": [46.5, 39.6]}},
        {"type": "Feature", "properties": {"name": "valley", "killed": None},
         "geometry": {"type": "Polygon", "coordinates": [TRIANGLE_LONLAT]}},
        {"type": "Feature", "properties": {"name": "Hadrut", "killed": 0}, "geometry": None},
    ]  # fmt: skip
    path = write_text(
        tmp_path / "t.geojson", json.dumps({"type": "FeatureCollection", "features": features})
    )
    result = read_table(path, resolver=RecordingResolver(), columns=TableColumns(place="name"))
    frame = result.frame.set_index("location")
    assert (frame.loc["camp", "longitude"], frame.loc["camp", "latitude"]) == (46.5, 39.6)
    assert frame.loc["camp", "geo_precision"] == 1
    assert frame.loc["valley", "geo_precision"] == 3  # an area: a point inside it, imprecise
    assert frame.loc["valley", "geometry"].within(Polygon(TRIANGLE_LONLAT))
    assert frame.loc["Hadrut", "place_id"] == "t:1"  # no geometry: placed by name
    assert result.summary.resolved == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-11-21", (date(2020, 11, 21), 1)),
        ("21 Nov 2020", (date(2020, 11, 21), 1)),
        ("November 21, 2020", (date(2020, 11, 21), 1)),
        ("21/11/2020", (date(2020, 11, 21), 1)),
        ("11/21/2020", (date(2020, 11, 21), 1)),
        ("21.11.2020", (date(2020, 11, 21), 1)),
        ("2020-11", (date(2020, 11, 1), 3)),
        ("2020-11-21T08:30:00", (date(2020, 11, 21), 1)),
    ],
)
def test_dates_as_people_write_them(text: str, expected: tuple[date, int]) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert (parsed.day, parsed.time_precision) == expected


@pytest.mark.parametrize("text", ["03/04/2021", "2021-13-01", "yesterday", "31.02.2020"])
def test_dates_that_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_cli_converts_a_table_and_refuses_to_overwrite(
    place_index: GazetteerIndex, tmp_path: Path
) -> None:
    home = str(place_index.path.parent)
    out = tmp_path / "sample.gpkg"
    runner = CliRunner()
    done = runner.invoke(export, [str(SAMPLE), "-o", str(out), "--home", home])
    assert done.exit_code == 0, done.output
    assert "11 rows read, 11 resolved" in done.output
    assert len(read_incidents(out)) == 11
    again = subprocess.run(
        [
            sys.executable,
            "-c",
            "from geo.cli.main import main; main()",
            "export",
            str(out),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 1
    assert "exists" in again.stderr and "--overwrite" in again.stderr


def test_cli_converts_incidents_to_stdout_and_rejects_unknown_formats(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    write_incidents(read_table(SAMPLE, resolver=RecordingResolver()).frame, source)
    runner = CliRunner()
    done = runner.invoke(export, [str(source), "-o", "-"])
    assert done.exit_code == 0, done.output
    assert len(json.loads(done.stdout)["features"]) == 11
    bad = runner.invoke(export, [str(source), "-o", str(tmp_path / "x.out"), "--format", "shp"])
    assert bad.exit_code == 2
    assert "valid formats: geojson, gpkg, csv, kml, parquet, fgb" in bad.output


def test_cli_reads_named_columns_and_reports_bad_rows(
    place_index: GazetteerIndex, tmp_path: Path
) -> None:
    source = write_text(
        tmp_path / "mine.csv",
        "Ort,Tag,Land,Tote\nHadrut,2020-12-12,AZ,2\nGoris,2022-09-13,AM,viele\n"
        "Nowhereville-sur-Mer,2022-09-14,,1\n",
    )
    out = tmp_path / "mine.kml"
    done = CliRunner().invoke(
        export,
        [
            str(source),
            "-o",
            str(out),
            "--home",
            str(place_index.path.parent),
            "--place-column",
            "Ort",
            "--date-column",
            "Tag",
            "--country-column",
            "Land",
            "--fatalities-column",
            "Tote",
        ],
    )
    assert done.exit_code == 0, done.output
    assert "3 rows read, 2 resolved, 1 unresolved, 0 failed, 1 malformed" in done.output
    back = read_incidents(out).set_index("location")
    assert back.loc["Hadrut", "fatalities"] == 2
    assert back.loc["Goris", "country"] == "AM"
    assert back.loc["Goris", "flags"] == "malformed"
    assert back.loc["Nowhereville-sur-Mer", "flags"] == "unresolved"
    assert back.loc["Nowhereville-sur-Mer", "geometry"] is None


@pytest.mark.parametrize("suffix", [".gpkg", ".fgb"])
def test_gis_tables_in_other_crs_are_read_in_wgs84(tmp_path: Path, suffix: str) -> None:
    import geopandas as gpd

    lonlat = gpd.GeoDataFrame(
        {"site": ["camp", "Hadrut"], "wounded": [3, None]},
        geometry=gpd.points_from_xy([46.5, 47.03], [39.6, 39.51667]),
        crs="EPSG:4326",
    )
    path = tmp_path / f"sites{suffix}"
    lonlat.to_crs("EPSG:3857").to_file(path)  # metres: the reader must bring it back
    result = read_table(
        path, resolver=RecordingResolver(), columns=TableColumns(place="site"), check_places=True
    )
    frame = result.frame.set_index("location")
    assert frame.loc["camp", "longitude"] == pytest.approx(46.5)
    assert frame.loc["camp", "latitude"] == pytest.approx(39.6)
    assert frame.loc["camp", "injured"] == 3
    assert pd.isna(frame.loc["Hadrut", "injured"])
    assert frame.loc["Hadrut", "place_id"] == "t:1"  # its own point, checked: 0 km away
    assert result.summary.far_from_location == 0


def test_a_region_gets_precision_3_and_its_own_radius(
    place_index: GazetteerIndex, tmp_path: Path
) -> None:
    path = write_text(tmp_path / "t.csv", "place,date\nNagorno-Karabakh,2020-11-10\n")
    result = read_table(path, resolver=place_index)
    row = result.frame.iloc[0]
    assert row["geo_precision"] == 3
    place_id = row["place_id"]
    radius_m = place_index.radius_m(place_id)
    assert radius_m is not None and radius_m > 10_000
    assert row["uncertainty_m"] == radius_m  # the region's extent, not the generic 50 km
    out = tmp_path / "region.gpkg"
    write_incidents(result.frame, out)
    import pyogrio

    area = pyogrio.read_dataframe(out, layer="uncertainty")
    assert area["uncertainty_m"].tolist() == [radius_m]


def test_own_points_are_kept_and_checked_only_when_asked_once_per_location(
    tmp_path: Path,
) -> None:
    # Issue 13: a 100k-row GIS table was checked row by row against the gazetteer.
    import geopandas as gpd

    names = ["Hadrut", "Karabakh", "Hadrut", "Hadrut", "Karabakh", "nowhere"]
    layer = gpd.GeoDataFrame(
        {"town": names},
        geometry=gpd.points_from_xy([47.03] * 6, [39.51667] * 6),
        crs="EPSG:4326",
    )
    path = tmp_path / "sites.geojson"
    layer.to_file(path, driver="GeoJSON")
    quiet = RecordingResolver()
    kept = read_table(path, resolver=quiet)
    assert quiet.calls == []  # its own points: the gazetteer is not asked
    assert kept.frame["latitude"].tolist() == pytest.approx([39.51667] * 6)
    asked = RecordingResolver()
    checked = read_table(path, resolver=asked, check_places=True, far_km=5)
    assert sorted(asked.calls) == [("Hadrut", None), ("Karabakh", None), ("nowhere", None)]
    assert checked.frame["place_id"].tolist()[:2] == ["t:1", ""]  # Karabakh: far away
    assert checked.summary.far_from_location == 2


def test_a_table_row_gets_the_same_precision_as_a_report_would() -> None:
    # Issue 13: one precision_of for reports and tables (an ADM3 area is 2 in both).
    from gazetteer.place import Place
    from geo.extract import location
    from geo.incident import precision_of
    from geo.tables import build

    assert location.precision_of is precision_of is build.precision_of
    assert precision_of(Place("a", "Area", 40.0, 46.0, "A", "ADM3")) == 2
