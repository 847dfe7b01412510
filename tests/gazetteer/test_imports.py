"""``GazetteerIndex.import_file`` and ``incimap gazetteer import``, one suite for every format.

The fixture files are written here, by hand, in each format's real layout (GeoNames'
readme for the dumps). The places are invented ("Zorqaya", "Velmirovo"), so that a hit
can only come from the import.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from gazetteer.errors import InputFormatError
from gazetteer.index import GazetteerIndex
from gazetteer.sources.formats import guess_format


def geonames_line(geonameid: int, name: str, lat: str, lon: str, *, alternates: str = "") -> str:
    cells = [
        str(geonameid), name, name.encode("ascii", "ignore").decode() or name, alternates,
        lat, lon, "P", "PPL", "AZ", "", "57", "", "", "", "350", "", "420", "Asia/Baku",
        "2024-03-01",
    ]  # fmt: skip
    return "\t".join(cells)


@dataclass(frozen=True)
class Case:
    """A file in one format: its good rows, one bad line, and what the import must show."""

    format: str
    filename: str
    text: str
    query: str  # a name that only the good rows provide
    place_id: str
    bad_line: int | None
    bad_field: str


CASES = [
    Case(
        format="geonames",
        filename="AZ.txt",
        text="\n".join(
            [
                geonames_line(
                    99000001, "Zorqaya", "40.2101", "46.6002", alternates="Zorkaya,Зоркая"
                ),
                geonames_line(99000002, "Velmirovo", "forty", "46.1"),  # bad latitude
                "99000003\tTooShort\t40.0",  # bad column count
                geonames_line(99000004, "Qəmərli Yurd", "40.0502", "46.3003"),
            ]
        )
        + "\n",
        query="Zorkaya",
        place_id="geonames:99000001",
        bad_line=2,
        bad_field="latitude",
    ),
    Case(
        format="alternates",
        filename="alternateNamesV2.txt",
        text="\t".join(["1", "146970", "en", "Khankendy Zorqa", "", "", "", "1", "", ""])
        + "\n"
        + "\t".join(["2", "notanumber", "en", "Broken", "", "", "", "", "", ""])
        + "\n"
        + "\t".join(
            ["3", "146970", "link", "https://en.wikipedia.org/wiki/X", "", "", "", "", "", ""]
        )
        + "\n",
        query="Khankendy Zorqa",
        place_id="geonames:146970",
        bad_line=2,
        bad_field="geonameid",
    ),
    Case(
        format="admin1",
        filename="admin1CodesASCII.txt",
        text="AZ.57\tTərtər Rayonu Zorqa\tTartar Rayonu Zorqa\t409420\nAZ57\tNo Dot\tNo Dot\t1\n",
        query="Tartar Rayonu Zorqa",
        place_id="geonames:409420",
        bad_line=2,
        bad_field="code",
    ),
    Case(
        format="csv",
        filename="my_places.csv",
        text="name,lat,lon,country,feature_class,population,alt_names\n"
        "Zorqaya Checkpoint,40.2101,46.6002,AZ,S,0,Zorkaya Checkpoint|Zorqaya KPP\n"
        "Velmirovo Crossing,91.5,46.1,AZ,S,0,\n"
        '"Qəmərli, Yurd",40.0502,46.3003,az,P,120,\n',
        query="Zorkaya Checkpoint",
        place_id="user:zorqaya-checkpoint",
        bad_line=3,
        bad_field="lat",
    ),
    Case(
        format="geojson",
        filename="my_places.geojson",
        text=json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "geometry": {"type": "Point", "coordinates": [46.6002, 40.2101]},
                        "properties": {
                            "name": "Zorqaya Checkpoint",
                            "country": "AZ",
                            "alt_names": ["Zorkaya Checkpoint", "Zorqaya KPP"],
                        },
                    },
                    {
                        "type": "Feature",
                        "geometry": {"type": "LineString", "coordinates": [[46, 40], [47, 41]]},
                        "properties": {"name": "Velmirovo Road"},
                    },
                    {
                        "type": "Feature",
                        "geometry": {"type": "Point", "coordinates": [46.3003, 40.0502]},
                        "properties": {"name": "Qəmərli Yurd", "population": 120},
                    },
                ],
            },
            ensure_ascii=False,
        ),
        query="Zorkaya Checkpoint",
        place_id="user:zorqaya-checkpoint",
        bad_line=None,
        bad_field="features[1].geometry",
    ),
]


@pytest.fixture(params=CASES, ids=[case.format for case in CASES])
def case(request: pytest.FixtureRequest) -> Case:
    return request.param  # type: ignore[no-any-return]


def write_case(case: Case, folder: Path, *, zipped: bool = False) -> Path:
    path = folder / case.filename
    path.write_text(case.text, encoding="utf-8")
    if not zipped:
        return path
    archive = folder / (Path(case.filename).stem + ".zip")
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("readme.txt", "hand-written test file\n")
        out.write(path, arcname=case.filename)
    path.unlink()
    return archive


def test_format_is_guessed_from_name(case: Case, tmp_path: Path) -> None:
    assert guess_format(write_case(case, tmp_path)) == case.format


def test_import_keeps_good_rows_and_names_the_bad_line(
    case: Case, gazetteer_home_copy: Path, tmp_path: Path
) -> None:
    path = write_case(case, tmp_path)
    with GazetteerIndex.open(gazetteer_home_copy, build=False) as index:
        before = index.lookup(case.query, fuzzy=False)
        assert case.place_id not in {c.place.place_id for c in before}
        report = index.import_file(path)
        assert report.format == case.format
        assert report.imported >= 1
        assert len(report.errors) >= 1
        first = report.errors[0]
        assert first.path == str(path)
        assert first.line == case.bad_line
        assert first.field == case.bad_field
        assert case.filename in str(first)
        resolution = index.resolve(case.query)
        assert resolution.place is not None
        assert resolution.place.place_id == case.place_id
        assert resolution.confidence > 0.5


def test_geonames_import_unicode_ascii_and_zip(gazetteer_home_copy: Path, tmp_path: Path) -> None:
    path = write_case(CASES[0], tmp_path, zipped=True)
    with GazetteerIndex.open(gazetteer_home_copy, build=False) as index:
        report = index.import_file(path)
        assert (report.format, report.imported, len(report.errors)) == ("geonames", 2, 2)
        place = index.get("geonames:99000004")
        assert place is not None and place.name == "Qəmərli Yurd"
        assert place.admin1 is None  # no admin1 codes imported yet
        assert index.resolve("Qemerli Yurd").place == place  # ascii/transliterated key
        assert index.resolve("Зоркая").place == index.get("geonames:99000001")


def test_admin1_codes_label_later_geonames_rows(gazetteer_home_copy: Path, tmp_path: Path) -> None:
    codes = tmp_path / "admin1CodesASCII.txt"
    codes.write_text("AZ.57\tTərtər\tTartar\t409420\n", encoding="utf-8")
    with GazetteerIndex.open(gazetteer_home_copy, build=False) as index:
        assert index.import_file(codes).imported == 1
        index.import_file(write_case(CASES[0], tmp_path))
        place = index.get("geonames:99000001")
        assert place is not None and place.admin1 == "Tərtər"


def test_reimport_updates_instead_of_doubling(gazetteer_home_copy: Path, tmp_path: Path) -> None:
    path = write_case(CASES[3], tmp_path)
    with GazetteerIndex.open(gazetteer_home_copy, build=False) as index:
        index.import_file(path)
        before = index.stats()
        index.import_file(path)
        assert index.stats() == before
        lowercase_country = index.get("user:qemerli-yurd")
        assert lowercase_country is not None and lowercase_country.country == "AZ"


def test_unknown_format_lists_the_valid_ones(gazetteer_home_copy: Path, tmp_path: Path) -> None:
    odd = tmp_path / "places.xyz"
    odd.write_text("whatever", encoding="utf-8")
    with GazetteerIndex.open(gazetteer_home_copy, build=False) as index:
        with pytest.raises(InputFormatError, match="geonames, alternates, admin1, csv, geojson"):
            index.import_file(odd)
        with pytest.raises(InputFormatError, match="expected one of"):
            index.import_file(odd, format="shapefile")


def test_csv_without_required_header_is_one_clear_error(
    gazetteer_home_copy: Path, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("title,y,x\nZorqaya,40,46\n", encoding="utf-8")
    with GazetteerIndex.open(gazetteer_home_copy, build=False) as index:
        report = index.import_file(path)
    assert report.imported == 0
    assert [(e.line, e.field) for e in report.errors] == [(1, "header")]


def test_cli_import_prints_summary_and_exits_1_on_bad_lines(
    gazetteer_home_copy: Path, tmp_path: Path
) -> None:
    path = write_case(CASES[3], tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", "from geo.cli.main import main; main()",
         "gazetteer", "import", str(path), "--home", str(gazetteer_home_copy)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "imported 2, skipped 1" in result.stdout
    assert f"{path}:3:" in result.stderr and "'lat'" in result.stderr
    assert "Traceback" not in result.stderr


def test_empty_file(case: Case, gazetteer_home_copy: Path, tmp_path: Path) -> None:
    path = tmp_path / case.filename
    path.write_text("", encoding="utf-8")
    with GazetteerIndex.open(gazetteer_home_copy, build=False) as index:
        before = index.stats()
        report = index.import_file(path, format=case.format)
        assert report.imported == 0
        assert index.stats() == before
    # A dump with no lines is simply empty; a table or document without a header is bad.
    expected_errors = 1 if case.format in ("csv", "geojson") else 0
    assert len(report.errors) == expected_errors
