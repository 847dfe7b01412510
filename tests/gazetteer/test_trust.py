"""Regions, other scripts and trust: the names reports use resolve right, or not at all."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from gazetteer.distance import distance_km
from gazetteer.index import GazetteerIndex
from gazetteer.sources.curated import REGIONS_FILE, default_curated_dir

# Query -> (lat, lon of the GeoNames point or the region's centre, km allowed). A region
# is right anywhere within its own extent; a city within 25 km of its GeoNames point.
EXPECTED_LATLON_KM = {
    "Darfur": (13.0, 25.0, 396.0),
    "Donbas": (48.0, 38.0, 160.0),
    "Sinai": (29.5, 33.83, 190.0),
    "Lake Chad": (13.0, 14.0, 90.0),
    "East Ghouta": (33.54, 36.44, 11.0),  # not Damascus (7 km west) nor Douma
    "Idlib": (35.93062, 36.63393, 25.0),  # GeoNames 169389
    "Mosul": (36.335, 43.11889, 25.0),  # GeoNames 99072
    "الموصل": (36.335, 43.11889, 25.0),
    "الخرطوم": (15.55177, 32.53241, 25.0),  # GeoNames 379252
    "Kharkov": (49.98177, 36.25475, 25.0),  # GeoNames 706483
    "El-Fasher": (13.62793, 25.34936, 25.0),  # GeoNames 379555
    "Kufra": (24.1989, 23.29093, 25.0),  # the town, GeoNames 88962 (Al Jawf)
    "Federal Capital Territory": (9.05785, 7.49508, 25.0),  # GeoNames 2352776, not Washington
}
# Each query's continent: an answer elsewhere is the failure this issue is about.
CONTINENT_BOX_LONLAT = {
    "Africa": (-20.0, -36.0, 52.0, 38.0),
    "Europe or the Middle East": (20.0, 28.0, 60.0, 56.0),
}


def run_incimap(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from geo.cli.main import main; main()", *args, "--home", str(home)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_geocode_regions_and_scripts_must_show(gazetteer_home: Path) -> None:
    result = run_incimap("geocode", *EXPECTED_LATLON_KM, "--json", home=gazetteer_home)
    answers = json.loads(result.stdout)
    assert [a["query"] if a else None for a in answers] == list(EXPECTED_LATLON_KM)
    for query, answer in zip(EXPECTED_LATLON_KM, answers, strict=True):
        lat, lon, allowed_km = EXPECTED_LATLON_KM[query]
        assert answer is not None, f"{query}: {result.stderr}"
        km = distance_km(lat, lon, answer["lat"], answer["lon"])
        assert km <= allowed_km, (query, answer["name"], answer["country"], km)
        assert any(
            box[0] <= answer["lon"] <= box[2] and box[1] <= answer["lat"] <= box[3]
            for box in CONTINENT_BOX_LONLAT.values()
        ), (query, answer["name"])
    assert result.returncode == 0, result.stderr


def test_regions_have_an_extent(gazetteer_index: GazetteerIndex) -> None:
    for name, (_lat, _lon, allowed_km) in EXPECTED_LATLON_KM.items():
        if allowed_km <= 25.0:
            continue
        place = gazetteer_index.resolve(name).place
        assert place is not None and place.place_id.startswith("curated:"), name
        radius_m = gazetteer_index.radius_m(place.place_id)
        assert radius_m is not None and radius_m / 1000 == pytest.approx(allowed_km), name
        assert place.feature_class != "P"  # precision 3, not a settlement


def test_every_curated_region_states_its_source_and_extent() -> None:
    path = default_curated_dir() / REGIONS_FILE
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 20
    for row in rows:
        assert row["source"].startswith("Wikipedia"), row["slug"]
        assert float(row["radius_m"]) >= 10_000, row["slug"]
        assert row["feature_class"] in {"L", "T", "H"}, row["slug"]


def test_darfur_is_the_region_not_oregon(gazetteer_index: GazetteerIndex) -> None:
    darfur = gazetteer_index.resolve("Darfur")
    assert darfur.place is not None and darfur.place.country == "SD"
    # A misspelling no index row bears: nothing, rather than Dufur, Oregon.
    misspelt = gazetteer_index.resolve("Darfurr")
    assert misspelt.place is None or misspelt.place.country == "SD"


@pytest.mark.parametrize(
    ("query", "place_id"),
    [
        ("Kharkov", "geonames:706483"),
        ("Харків", "geonames:706483"),
        ("Харьков", "geonames:706483"),
        ("Al-Mawsil", "geonames:99072"),
        ("موصل", "geonames:99072"),
        ("Fasher", "geonames:379555"),
        ("Al Fashir", "geonames:379555"),
        ("El-Fasher", "geonames:379555"),
        ("الفاشر", "geonames:379555"),
        # GeoNames writes the article as Arabic says it ("Abu ad Duhur"), news as "al".
        ("Abu al-Duhur", "geonames:174611"),
        ("al-Shaykh Miskin", "geonames:164328"),
        ("ካርቱም", "geonames:379252"),  # Khartoum in Amharic
    ],
)
def test_other_scripts_and_transliterations(
    gazetteer_index: GazetteerIndex, query: str, place_id: str
) -> None:
    resolution = gazetteer_index.resolve(query)
    assert resolution.place is not None, resolution.reason
    assert resolution.place.place_id == place_id
    assert resolution.candidates[0].match_kind != "fuzzy"


def test_a_fuzzy_match_on_another_continent_says_so(gazetteer_index: GazetteerIndex) -> None:
    # 'Kyivv' is a close spelling of Kyiv, in Europe; a Congolese context refuses it.
    resolution = gazetteer_index.resolve("Kyivv", country="CD")
    assert resolution.place is None
    assert "another continent" in resolution.reason, resolution.reason


def test_a_correction_is_used_in_the_next_run(gazetteer_home_copy: Path, tmp_path: Path) -> None:
    # Before: 'Kawuri' is no place, and 'Baga' is the best-known namesake (Guinea-Bissau
    # or Nigeria, whichever ranks first). The analyst corrects both in a CSV.
    corrections = tmp_path / "corrections.csv"
    corrections.write_text(
        "name,lat,lon,country,alt_names\nKawuri,11.88,13.37,NG,\nBaga,13.11,13.83,NG,Baga town\n",
        encoding="utf-8",
    )
    before = json.loads(run_incimap("geocode", "Kawuri", "--json", home=gazetteer_home_copy).stdout)
    assert before == [None]
    imported = run_incimap("gazetteer", "import", str(corrections), home=gazetteer_home_copy)
    assert imported.returncode == 0, imported.stderr
    after = json.loads(
        run_incimap("geocode", "Kawuri", "Baga", "--json", home=gazetteer_home_copy).stdout
    )
    for answer, (lat, lon) in zip(after, [(11.88, 13.37), (13.11, 13.83)], strict=True):
        assert answer["place_id"].startswith("user:")
        assert distance_km(lat, lon, answer["lat"], answer["lon"]) < 1.0
        assert "your own" in answer["reason"]
    added = run_incimap("gazetteer", "add", "Ngala Camp", "12.34", "14.18", "--country", "NG",
                        home=gazetteer_home_copy)  # fmt: skip
    assert added.returncode == 0, added.stderr
    stats = run_incimap("gazetteer", "stats", home=gazetteer_home_copy).stdout
    assert "user_places_added: 3" in stats
    assert "downloaded_countries: 0" in stats
    # The spotter of the next run is built from these keys (a Geoparser over the whole
    # index takes half a minute to build; the keys are what it reads).
    with GazetteerIndex.open(gazetteer_home_copy, build=False) as index:
        keys = dict(index.name_keys())
        assert "kawuri" in keys and "baga town" in keys
        assert [p.place_id for p in index.candidates_for_key("kawuri")] == ["user:kawuri"]
