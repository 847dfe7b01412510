"""The build mechanics: atomic replace, locking, rebuild on change, what survives a rebuild.

These tests build small indexes (a handful of real GeoNames rows passed as
``read_base``) so that each build takes milliseconds; the full build runs once per
session in the ``gazetteer_home`` fixture.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gazetteer.build import build_index, read_fingerprint, source_fingerprint, with_seat_names
from gazetteer.errors import GazetteerError, IndexCorruptError
from gazetteer.home import index_path_for
from gazetteer.index import GazetteerIndex
from gazetteer.place import Place
from gazetteer.sources import PlaceRecord

SMALL_BASE_CODE = """
from gazetteer.place import Place
from gazetteer.sources import PlaceRecord

def small_base():
    return [
        PlaceRecord(Place("geonames:587084", "Baku", 40.37767, 49.89201, "P", "PPL", "AZ",
                          population=2351300, source="GeoNames 587084"),
                    (("Baku", "name"), ("Baki", "alternate"))),
        PlaceRecord(Place("geonames:146970", "Khankendi", 39.8177, 46.7528, "P", "PPL", "AZ",
                          population=2100, source="GeoNames 146970"),
                    (("Khankendi", "name"), ("Xankendi", "alternate"))),
    ]
"""
namespace: dict[str, object] = {}
exec(SMALL_BASE_CODE, namespace)  # one definition for this process and the subprocesses
small_base = namespace["small_base"]


@pytest.fixture
def curated(tmp_path: Path) -> Path:
    folder = tmp_path / "curated"
    folder.mkdir()
    (folder / "places.csv").write_text(
        "slug,name,lat,lon,feature_class,feature_code,country,admin1,admin2,population,"
        "radius_m,alt_names,historic_names,source\n"
        "suqovusan,Suqovuşan,40.33139,46.72944,P,PPL,AZ,Tərtər,,404,,,Madagiz,test row\n",
        encoding="utf-8",
    )
    (folder / "names.csv").write_text(
        "place_id,name,kind,source\ngeonames:146970,Stepanakert,historic,test row\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture
def home(tmp_path: Path, curated: Path) -> Path:
    folder = tmp_path / "home"
    report = build_index(folder, curated_dir=curated, read_base=small_base)  # type: ignore[arg-type]
    assert report.built and report.places == 3
    return folder


def test_small_index_answers(home: Path, curated: Path) -> None:
    with GazetteerIndex.open(home, curated_dir=curated, build=False) as index:
        place = index.resolve("Stepanakert").place
        assert place is not None and place.place_id == "geonames:146970"
        madagiz = index.resolve("Madagiz").place
        assert madagiz is not None and madagiz.place_id == "curated:suqovusan"


def test_second_build_is_a_no_op_and_force_rebuilds(home: Path, curated: Path) -> None:
    again = build_index(home, curated_dir=curated, read_base=small_base)  # type: ignore[arg-type]
    assert not again.built
    forced = build_index(home, curated_dir=curated, force=True, read_base=small_base)  # type: ignore[arg-type]
    assert forced.built


def test_changed_curated_file_makes_the_index_stale(home: Path, curated: Path) -> None:
    with (curated / "places.csv").open("a", encoding="utf-8") as out:
        out.write("hadrut,Hadrut,39.51667,47.03,P,PPL,AZ,,,3800,,,,test row\n")
    assert read_fingerprint(index_path_for(home)) != source_fingerprint(curated)
    with pytest.raises(GazetteerError, match="out of date"):
        GazetteerIndex.open(home, curated_dir=curated, build=False)
    assert build_index(home, curated_dir=curated, read_base=small_base).built  # type: ignore[arg-type]
    with GazetteerIndex.open(home, curated_dir=curated, build=False) as index:
        assert index.get("curated:hadrut") is not None


def test_failed_build_leaves_the_old_index_and_no_temp_file(home: Path, curated: Path) -> None:
    path = index_path_for(home)
    before = path.read_bytes()
    (curated / "names.csv").write_text(
        "place_id,name,kind,source\ngeonames:1,Nowhere,historic,points at no place\n",
        encoding="utf-8",
    )
    with pytest.raises(GazetteerError, match="geonames:1"):
        build_index(home, curated_dir=curated, read_base=small_base)  # type: ignore[arg-type]
    assert path.read_bytes() == before
    assert list(home.glob("*.tmp-*")) == []


def test_killed_build_leaves_the_old_index(home: Path, curated: Path) -> None:
    path = index_path_for(home)
    fingerprint = read_fingerprint(path)
    # The child dies by SIGKILL after writing the temporary file, before the rename.
    code = SMALL_BASE_CODE + (
        "import os, signal\nfrom pathlib import Path\nimport gazetteer.build as b\n"
        "b.reapply_user_rows = lambda conn: os.kill(os.getpid(), signal.SIGKILL)\n"
        f"b.build_index(Path({str(home)!r}), curated_dir=Path({str(curated)!r}), "
        "force=True, read_base=small_base)\n"
    )
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert child.returncode == -9
    assert len(list(home.glob("*.tmp-*"))) == 1  # the half-written file, never renamed
    assert read_fingerprint(path) == fingerprint
    with GazetteerIndex.open(home, curated_dir=curated, build=False) as index:
        assert index.resolve("Baku").place is not None
    build_index(home, curated_dir=curated, force=True, read_base=small_base)  # type: ignore[arg-type]
    assert list(home.glob("*.tmp-*")) == []  # the next builder cleans up


def test_cache_and_user_rows_survive_a_rebuild(home: Path, curated: Path) -> None:
    with GazetteerIndex.open(home, curated_dir=curated, build=False) as index:
        index.add_records(
            [
                PlaceRecord(
                    Place("user:zorqaya", "Zorqaya", 40.21, 46.6, "P", country="AZ"),
                    (("Zorqaya", "name"), ("Zorkaya", "alternate")),
                )
            ],
            origin="test",
        )
        conn = index.connection
        conn.execute("CREATE TABLE geocode_cache_probe (query TEXT PRIMARY KEY, answer TEXT)")
        conn.execute("CREATE INDEX geocode_cache_probe_answer ON geocode_cache_probe (answer)")
        conn.execute("INSERT INTO geocode_cache_probe VALUES ('madagiz', '{\"lat\": 40.33}')")
    assert build_index(home, curated_dir=curated, force=True, read_base=small_base).built  # type: ignore[arg-type]
    assert not Path(str(index_path_for(home)) + "-wal").exists() or (
        Path(str(index_path_for(home)) + "-wal").stat().st_size == 0
    )
    with GazetteerIndex.open(home, curated_dir=curated, build=False) as index:
        place = index.resolve("Zorkaya").place
        assert place is not None and place.place_id == "user:zorqaya"
        # So is the name's skeleton: another romanisation still finds it.
        place = index.resolve("Sorqaya", country="AZ").place
        assert place is not None and place.place_id == "user:zorqaya"
        rows = index.connection.execute("SELECT query, answer FROM geocode_cache_probe").fetchall()
        assert rows == [("madagiz", '{"lat": 40.33}')]
        indexes = index.connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'geocode_cache_probe'"
        ).fetchall()
        assert ("geocode_cache_probe_answer",) in indexes
        assert index.stats()["user_places"] == 1


def test_cache_only_file_is_built_into_and_keeps_its_cache(tmp_path: Path, curated: Path) -> None:
    folder = tmp_path / "cache-first"
    folder.mkdir()
    with sqlite3.connect(index_path_for(folder)) as conn:
        conn.execute("CREATE TABLE geocode_cache (key TEXT PRIMARY KEY, value TEXT)")
        conn.execute("INSERT INTO geocode_cache VALUES ('k', 'v')")
    conn.close()
    assert read_fingerprint(index_path_for(folder)) is None
    build_index(folder, curated_dir=curated, read_base=small_base)  # type: ignore[arg-type]
    with GazetteerIndex.open(folder, curated_dir=curated, build=False) as index:
        assert index.connection.execute("SELECT * FROM geocode_cache").fetchall() == [("k", "v")]


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_corrupt_index_is_a_clear_error(
    home: Path, curated: Path, damage: str, tmp_path: Path
) -> None:
    path = index_path_for(home)
    if damage == "garbage":
        path.write_bytes(b"this is not a database\n" * 100)
    else:
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    with pytest.raises(IndexCorruptError, match="incimap gazetteer build --force"):
        GazetteerIndex.open(home, curated_dir=curated)
    result = subprocess.run(
        [sys.executable, "-c", "from geo.cli.main import main; main()",
         "geocode", "Baku", "--home", str(home)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "build --force" in result.stderr and "Traceback" not in result.stderr
    assert build_index(home, curated_dir=curated, force=True, read_base=small_base).built  # type: ignore[arg-type]
    with GazetteerIndex.open(home, curated_dir=curated, build=False) as index:
        assert index.resolve("Baku").place is not None


def test_concurrent_builders_build_once(tmp_path: Path, curated: Path) -> None:
    folder = tmp_path / "race"
    code = SMALL_BASE_CODE + (
        "from pathlib import Path\nfrom gazetteer.build import build_index\n"
        f"r = build_index(Path({str(folder)!r}), curated_dir=Path({str(curated)!r}), "
        "read_base=small_base)\nprint(r.built)\n"
    )
    children = [
        subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    outputs = [child.communicate()[0].strip() for child in children]
    assert all(child.returncode == 0 for child in children)
    assert sorted(outputs) == ["False", "False", "True"]


def test_home_path_with_uri_characters(tmp_path: Path, curated: Path) -> None:
    folder = tmp_path / "odd ?name #1 %20"
    build_index(folder, curated_dir=curated, read_base=small_base)  # type: ignore[arg-type]
    assert read_fingerprint(index_path_for(folder)) == source_fingerprint(curated)
    # Nothing was created next to the folder by a misparsed URI.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["curated", "odd ?name #1 %20"]
    with GazetteerIndex.open(folder, curated_dir=curated, build=False) as index:
        assert index.resolve("Xankendi").place is not None


def test_historic_names_are_read_through_their_own_index(home: Path, curated: Path) -> None:
    with GazetteerIndex.open(home, curated_dir=curated, build=False) as index:
        plan = index.connection.execute(
            "EXPLAIN QUERY PLAN SELECT key, place_id FROM names WHERE kind = 'historic'"
        ).fetchall()
    assert "names_historic" in str(plan)


def test_a_province_named_after_its_seat_takes_the_seat_s_names() -> None:
    city = PlaceRecord(
        Place("geonames:1", "Al Ḩudaydah", 14.8, 42.95, "P", "PPLA", "YE", population=700000,
              source="t"),
        (("Al Ḩudaydah", "name"), ("Hodeidah", "alternate"), ("Hudaydah", "alternate")),
    )  # fmt: skip
    province = PlaceRecord(
        Place("geonames:2", "Al Ḩudaydah", 14.8, 42.95, "A", "ADM1", "YE", source="t"),
        (("Al Ḩudaydah", "name"), ("Hudaydah", "alternate")),
    )
    district = PlaceRecord(
        Place("geonames:3", "Al Ḩudaydah", 14.8, 42.95, "A", "ADM2", "YE", source="t"),
        (("Al Ḩudaydah", "name"),),
    )
    other = PlaceRecord(
        Place("geonames:4", "Tihama", 14.8, 42.95, "A", "ADM1", "YE", source="t"),
        (("Tihama", "name"),),
    )
    # "Tihama" is also a province's own name: no name of the city's for another province.
    city = PlaceRecord(city.place, (*city.names, ("Tihama", "alternate")))
    seats = {"geonames:2": 1, "geonames:3": 1, "geonames:4": 1}
    enriched = with_seat_names([province, district, other], [city], seat_by_area=seats)
    # The spelling reports use is added once; the names it had stay first.
    assert enriched[0].names == (
        ("Al Ḩudaydah", "name"),
        ("Hudaydah", "alternate"),
        ("Hodeidah", "alternate"),
    )
    # A district keeps its own names (GeoNames gives towns odd ones), and so does a
    # province named after no town.
    assert enriched[1] is district
    assert enriched[2] is other


def test_a_district_is_drawn_at_the_town_it_is_named_after() -> None:
    from gazetteer.sources.admin_source import seat_of

    members = [
        (45318, 1.94, 30.04, 1, "Mongbwalu"),
        (41409, 1.92, 30.50, 2, "Djugu"),
        (9000, 2.10, 30.30, 3, "Fataki"),
    ]
    assert seat_of("Djugu", members)[3] == 2
    # Named after no member town: its largest.
    assert seat_of("Bahema Nord", members)[3] == 1
