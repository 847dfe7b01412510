"""Airports and air bases from the airportsdata package (gazetteer.sources.airports)."""

from __future__ import annotations

from pathlib import Path

from gazetteer.index import GazetteerIndex
from gazetteer.sources.airports import read_airports

HEADER = '"icao","iata","name","city","subd","country","elevation","lat","lon","tz","lid"\n'


def test_scheduled_and_military_airports_are_read_and_strips_are_left(tmp_path: Path) -> None:
    table = tmp_path / "airports.csv"
    table.write_text(
        HEADER
        + '"XXAA","XAA","Kanta International Airport","Kanta","","ZZ",10,1.5,2.5,"",""\n'
        + '"XXAB","","Kanta Air Base","Kanta","","ZZ",10,1.6,2.6,"",""\n'
        + '"XXAC","","Lone Ranch Airstrip","","","ZZ",10,1.7,2.7,"",""\n'
        + '"XXAD","XAD","Broken Point Airport","","","ZZ",10,north,2.8,"",""\n',
        encoding="utf-8",
    )
    records = {r.place.place_id: r for r in read_airports(table)}
    # A private strip without an IATA code is no airport reports name; a row without a
    # point places nothing.
    assert set(records) == {"airport:XXAA", "airport:XXAB"}
    civil, military = records["airport:XXAA"], records["airport:XXAB"]
    assert (civil.place.feature_class, civil.place.feature_code) == ("S", "AIRP")
    assert military.place.feature_code == "AIRB" and military.place.country == "ZZ"
    assert (civil.place.lat, civil.place.lon) == (1.5, 2.5)
    names = {name for name, _kind in civil.names}
    assert {"Kanta International Airport", "Kanta airport"} <= names
    assert "Kanta airbase" in {name for name, _kind in military.names}
    # The core alone is often a person's name: never a name of the airport.
    assert "Kanta" not in names | {name for name, _kind in military.names}


def test_the_packaged_table_holds_the_airports_reports_name() -> None:
    records = {r.place.place_id: r.place for r in read_airports()}
    assert len(records) > 5000
    mogadishu = records["airport:HCMM"]
    assert mogadishu.name == "Aden Adde International Airport" and mogadishu.country == "SO"
    assert abs(mogadishu.lat - 2.014) < 0.05 and abs(mogadishu.lon - 45.305) < 0.05


def test_the_index_resolves_an_airport_and_an_airbase_by_name(
    gazetteer_index: GazetteerIndex,
) -> None:
    (best, *_rest) = gazetteer_index.lookup("Aden Adde International Airport")
    assert best.place.place_id == "airport:HCMM"
    (base, *_rest) = gazetteer_index.lookup("Al Asad airbase")
    assert base.place.country == "IQ" and base.place.feature_code == "AIRB"
