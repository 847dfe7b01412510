"""Guarantee 1: every reader survives hostile files.

One suite runs every reader (STYLE 6: one test suite for every backend) on files that
hypothesis builds from a valid sample of the reader's format: random bytes, the sample
cut short, NUL bytes spliced in, the sample in UTF-16 or Latin-1, and coordinates of
NaN, inf, latitude 91 or a longitude in the latitude's place. A reader may refuse the
whole file or a row only with our ``InputFormatError`` (or another ``IncimapError``)
that names the file; anything else that escapes is a bug. What it does return must
carry no impossible coordinate. A separate test feeds each reader a 10 MB line.
"""

from __future__ import annotations

import contextlib
import math
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazetteer.errors import IncimapError, InputFormatError
from gazetteer.sources import PlaceRecord, geonames_dump, user_file
from geo.report_inputs import read_reports
from geo.tables import read_table

# Stand-ins for the coordinates of a sample; hostile values replace them.
LAT, LON = "39.8266", "46.7656"
HOSTILE_NUMBERS = ("nan", "NaN", "inf", "-inf", "91", "-90.0001", "181", "1e309", "", "4 6")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a reader gave back: latitudes it accepted and the errors it reported."""

    lats: tuple[float, ...]
    lons: tuple[float, ...]
    errors: tuple[str, ...]


def _records(items: Iterable[object]) -> Outcome:
    lats: list[float] = []
    lons: list[float] = []
    errors: list[str] = []
    for item in items:
        if isinstance(item, InputFormatError):
            errors.append(str(item))
        elif isinstance(item, PlaceRecord):
            lats.append(item.place.lat)
            lons.append(item.place.lon)
    return Outcome(tuple(lats), tuple(lons), tuple(errors))


def _reports(path: Path) -> Outcome:
    result = read_reports([path])
    summary = result.summary
    assert summary.read + summary.skipped + summary.failed == summary.inputs == 1
    return Outcome((), (), summary.problems)


def _table(path: Path) -> Outcome:
    result = read_table(path, resolver=None)
    frame = result.frame
    lats = tuple(float(v) for v in frame["latitude"].dropna())
    lons = tuple(float(v) for v in frame["longitude"].dropna())
    return Outcome(lats, lons, tuple(str(e) for e in result.summary.errors))


def _incident_file(path: Path) -> Outcome:
    """Read as ``load_incidents`` does: an incimap export back as incidents, else a table."""
    from geo.export import read_incidents
    from geo.inputs import looks_like_incidents

    if not looks_like_incidents(path):
        return _table(path)
    frame = read_incidents(path)
    lats = tuple(float(v) for v in frame["latitude"].dropna())
    lons = tuple(float(v) for v in frame["longitude"].dropna())
    return Outcome(lats, lons, ())


@dataclass(frozen=True, slots=True)
class Reader:
    """A reader under test, the suffix it expects, and a valid sample of its format."""

    suffix: str
    sample: str
    read: Callable[[Path], Outcome]


GEONAMES_LINE = (
    "587084\tStepanakert\tStepanakert\tKhankendi,Xankandi\t{lat}\t{lon}\tP\tPPLA\tAZ\t\t"
    "XK\t\t\t\t53000\t\t813\tAsia/Baku\t2023-01-01\n"
)
READERS: dict[str, Reader] = {
    "report-text": Reader(
        ".txt", "Shelling hit Martuni on 3 May 2023.\nTwo people were injured.\n", _reports
    ),
    "report-markdown": Reader(".md", "# Strike near Goris\n\nA drone hit a car.\n", _reports),
    "report-html": Reader(
        ".html", "<html><title>Clash</title><body><p>Fighting near Lachin.</p></body>", _reports
    ),
    "report-jsonl": Reader(
        ".jsonl",
        '{"title": "Blast", "text": "A blast hit Tartar.", "url": "https://example.org/a"}\n'
        '{"text": "Shots near Goris.", "date": "2023-05-03"}\n',
        _reports,
    ),
    "table-csv": Reader(
        ".csv",
        "event_date,event_type,location,latitude,longitude,fatalities\n"
        "2023-05-03,Battles,Martuni,{lat},{lon},2\n",
        _table,
    ),
    "table-geojson": Reader(
        ".geojson",
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": '
        '{"type": "Point", "coordinates": [{lon}, {lat}]}, "properties": '
        '{"event_date": "2023-05-03", "event_type": "Battles", "location": "Martuni"}}]}',
        _table,
    ),
    "gazetteer-geonames": Reader(
        ".txt",
        GEONAMES_LINE,
        lambda path: _records(geonames_dump.read_geonames(path)),
    ),
    "gazetteer-alternates": Reader(
        ".txt",
        "1\t587084\taz\tXankəndi\t1\t\t\t\t\t\n",
        lambda path: _records(geonames_dump.read_alternates(path)),
    ),
    "gazetteer-admin1": Reader(
        ".txt",
        "AZ.XK\tXankandi\tXankandi\t587085\n",
        lambda path: _records(geonames_dump.read_admin1_codes(path)),
    ),
    "gazetteer-user-csv": Reader(
        ".csv",
        "name,lat,lon,country\nSuqovuşan,{lat},{lon},AZ\n",
        lambda path: _records(user_file.read_csv(path)),
    ),
    "gazetteer-user-geojson": Reader(
        ".geojson",
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": '
        '{"type": "Point", "coordinates": [{lon}, {lat}]}, "properties": {"name": "Madagiz"}}]}',
        lambda path: _records(user_file.read_geojson(path)),
    ),
}


INCIDENT_CSV_HEADER = (
    "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
    "assoc_actor_1,actor2,iso,country,admin1,admin2,location,latitude,longitude,geo_precision,"
    "source,notes,fatalities,injured,evidence,confidence,uncertainty_m,source_url,country_code,"
    "place_id,place_name,place_reason,source_date,evidence_start,evidence_end,flags\n"
)
INCIDENT_PROPERTIES = (
    '"event_type": "Battles", "sub_event_type": "", "event_date": "2023-05-03", '
    '"time_precision": null, "actor1": "", "actor2": "", "assoc_actors": "", '
    '"fatalities": 2, "injured": null, "location": "Martuni", "place_id": "", '
    '"place_name": "", "country": "", "admin1": "", "admin2": "", "latitude": {lat}, '
    '"longitude": {lon}, "geo_precision": 1, "uncertainty_m": null, "place_reason": "", '
    '"source": "", "source_url": "", "source_date": null, "evidence": "", '
    '"evidence_start": null, "evidence_end": null, "confidence": null, "notes": "", "flags": ""'
)
# Files that incimap itself wrote (an export read back by 'incimap map' or 'export').
INCIDENT_FILES: dict[str, Reader] = {
    "incidents-csv": Reader(
        ".csv",
        INCIDENT_CSV_HEADER
        + "a1,2023-05-03,2023,,Battles,,,,,,,,,Martuni,{lat},{lon},1,,,2,,,,,,,,,,,,,\n",
        _table,
    ),
    "incidents-geojson": Reader(
        ".geojson",
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "id": "a1", '
        '"properties": {' + INCIDENT_PROPERTIES + '}, "geometry": {"type": "Point", '
        '"coordinates": [{lon}, {lat}]}}]}',
        _incident_file,
    ),
}
READERS.update(INCIDENT_FILES)


def _fill(sample: str, *, lat: str, lon: str) -> str:
    return sample.replace("{lat}", lat).replace("{lon}", lon)


@st.composite
def hostile_files(draw: st.DrawFn, sample: str) -> bytes:
    """A file made from ``sample`` by one or two hostile edits."""
    lat = draw(st.sampled_from((LAT, *HOSTILE_NUMBERS, LON)))
    lon = draw(st.sampled_from((LON, *HOSTILE_NUMBERS, LAT)))
    text = _fill(sample, lat=lat, lon=lon)
    how = draw(st.sampled_from(("random", "cut", "nul", "utf-16", "latin-1", "splice", "as-is")))
    if how == "random":
        return draw(st.binary(max_size=600))
    data = text.encode("utf-8")
    if how == "cut":
        return data[: draw(st.integers(0, len(data)))]
    if how == "nul":
        at = draw(st.integers(0, len(data)))
        return data[:at] + b"\x00" * draw(st.integers(1, 4)) + data[at:]
    if how == "utf-16":
        return text.encode("utf-16")
    if how == "latin-1":
        return text.encode("latin-1", errors="replace") + "Şuşa".encode("cp1254")
    if how == "splice":
        at = draw(st.integers(0, len(data)))
        return data[:at] + draw(st.binary(min_size=1, max_size=40)) + data[at:]
    return data


def _check(outcome: Outcome, *, path: Path) -> None:
    for error in outcome.errors:
        assert path.name in error, f"error does not name the file: {error}"
    for lat in outcome.lats:
        assert math.isfinite(lat) and -90 <= lat <= 90, lat
    for lon in outcome.lons:
        assert math.isfinite(lon) and -180 <= lon <= 180, lon


def _read_hostile(reader: Reader, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"hostile input{reader.suffix}"
        path.write_bytes(data)
        try:
            outcome = reader.read(path)
        except IncimapError as err:
            # Refusing the whole file is allowed, with a message that names it.
            assert path.name in str(err), f"error does not name the file: {err}"
            return
        _check(outcome, path=path)


@pytest.mark.parametrize("name", sorted(READERS))
def test_every_reader_survives_hostile_files(name: str) -> None:
    reader = READERS[name]

    @settings(
        max_examples=40,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(data=hostile_files(reader.sample))
    def run(data: bytes) -> None:
        _read_hostile(reader, data)

    run()


@pytest.mark.parametrize("name", sorted(n for n, r in READERS.items() if "{lat}" in r.sample))
@pytest.mark.parametrize("number", HOSTILE_NUMBERS)
def test_impossible_coordinates_never_come_back_as_places(name: str, number: str) -> None:
    reader = READERS[name]
    for lat, lon in ((number, LON), (LAT, number), (LON.replace("46", "146"), LAT)):
        _read_hostile(reader, _fill(reader.sample, lat=lat, lon=lon).encode())


@pytest.mark.parametrize("name", sorted(READERS))
def test_a_10_mb_line_is_read_or_refused_by_name(name: str) -> None:
    reader = READERS[name]
    sample = _fill(reader.sample, lat=LAT, lon=LON)
    huge = "x" * (10 * 1024 * 1024)
    # In the middle of the first line: a name, a cell, a JSON string, or a word.
    cut = sample.find("Martuni") if "Martuni" in sample else len(sample) // 2
    _read_hostile(reader, (sample[:cut] + huge + sample[cut:]).encode())


def test_a_bad_file_in_a_folder_does_not_stop_the_good_ones(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(READERS["report-text"].sample, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "broken.jsonl").write_bytes(b'{"text": "cut sho')
    (tmp_path / "nul.md").write_bytes(b"Shelling\x00 near\x00 Goris\n")
    result = read_reports([tmp_path])
    summary = result.summary
    assert summary.inputs == 4
    assert summary.read + summary.skipped + summary.failed == summary.inputs
    assert any(report.source == str(good) for report in result.reports)
    assert any("broken.jsonl" in problem for problem in summary.problems)


# --- binary tables: spreadsheets and GeoPackages ------------------------------------------


def _xlsx_bytes(*, lat: object, lon: object) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["event_date", "event_type", "location", "latitude", "longitude"])
    sheet.append(["2023-05-03", "Battles", "Martuni", lat, lon])
    sheet.append(["2023-05-04", "Battles", "<script>alert(1)</script>\u202e", 39.8, 46.7])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.xlsx"
        workbook.save(path)
        return path.read_bytes()


def _gpkg_bytes(*, lat: float, lon: float) -> bytes:
    import geopandas as gpd
    from shapely.geometry import Point

    frame = gpd.GeoDataFrame(
        {"event_date": ["2023-05-03"], "event_type": ["Battles"], "location": ["Martuni"]},
        geometry=[Point(lon, lat)],
        crs="EPSG:4326",
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.gpkg"
        frame.to_file(path, driver="GPKG", engine="pyogrio")
        return path.read_bytes()


BINARY_SAMPLES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "xlsx": (".xlsx", lambda: _xlsx_bytes(lat=39.8266, lon=46.7656)),
    "gpkg": (".gpkg", lambda: _gpkg_bytes(lat=39.8266, lon=46.7656)),
}


@st.composite
def damaged(draw: st.DrawFn, sample: bytes) -> bytes:
    """``sample`` cut short, with random bytes spliced in, or replaced by random bytes."""
    how = draw(st.sampled_from(("cut", "splice", "random")))
    if how == "random":
        return draw(st.binary(max_size=4096))
    at = draw(st.integers(0, len(sample)))
    if how == "cut":
        return sample[:at]
    return sample[:at] + draw(st.binary(min_size=1, max_size=64)) + sample[at + 64 :]


@pytest.mark.parametrize("name", sorted(BINARY_SAMPLES))
def test_spreadsheets_and_geopackages_survive_damage(name: str) -> None:
    suffix, make = BINARY_SAMPLES[name]
    reader = Reader(suffix, "", _table)

    @settings(max_examples=25, deadline=None, derandomize=True)
    @given(data=damaged(make()))
    def run(data: bytes) -> None:
        _read_hostile(reader, data)

    run()


@pytest.mark.parametrize("number", HOSTILE_NUMBERS)
def test_spreadsheet_cells_with_impossible_coordinates(number: str) -> None:
    value: object = number
    with contextlib.suppress(ValueError):
        value = float(number)  # a numeric cell, as Excel would store it
    if isinstance(value, float) and not math.isfinite(value):
        value = number  # openpyxl cannot store NaN or inf as numbers: a text cell
    _read_hostile(Reader(".xlsx", "", _table), _xlsx_bytes(lat=value, lon=46.7656))
    _read_hostile(Reader(".xlsx", "", _table), _xlsx_bytes(lat=39.8266, lon=value))


@pytest.mark.parametrize("latlon", [(91.0, 46.7), (39.8, 181.0), (-91.0, 0.0)])
def test_geopackage_points_out_of_range_are_refused(latlon: tuple[float, float]) -> None:
    lat, lon = latlon
    _read_hostile(Reader(".gpkg", "", _table), _gpkg_bytes(lat=lat, lon=lon))


def test_a_geojson_text_that_is_not_utf8_is_refused_with_the_file_named() -> None:
    # Found by the hostile-files property above (a byte 0x80 before a place name): GDAL
    # passed the bytes through and the Arrow column failed deep inside the table reader.
    sample = _fill(READERS["incidents-geojson"].sample, lat=LAT, lon=LON)
    data = sample.encode().replace(b'"Martuni', b'"\x80Martuni', 1)
    assert b"\x80Martuni" in data
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bad bytes.geojson"
        path.write_bytes(data)
        with pytest.raises(IncimapError, match="not UTF-8") as caught:
            READERS["incidents-geojson"].read(path)
        assert path.name in str(caught.value)
