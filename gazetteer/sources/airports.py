"""Airports and air bases from the ``airportsdata`` package (ICAO's list, MIT licence).

Reports name airports and air bases where fighting or strikes hit them ("a raid on an
army base near Aden Adde International Airport", "rockets hit Al Asad Air Base"), often
without the town, and GeoNames' cities500 has none of them. The index takes the airports
with an IATA code (those with scheduled flights, about 8,000) and every military one,
each known only by names that hold an airport word: its own name, and its core with
"airport", "airbase", "air base" or "airfield" ("Abu al-Duhur airbase"). The core alone
is often a person's name ("Hamid Karzai", "Bassel Al-Assad") and is never a name here.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path
from typing import Final

from gazetteer.errors import GazetteerError
from gazetteer.place import Place
from gazetteer.sources import PlaceRecord

AIRPORTS_FILE: Final = "airports.csv"
AIRPORT_CODE: Final = "AIRP"  # GeoNames' feature codes: airport, airbase
AIRBASE_CODE: Final = "AIRB"

_MILITARY_RE: Final = re.compile(
    r"\b(?:Air Base|Airbase|Air Force Base|Air Force Station|Air Station|Military|"
    r"Naval Air|Army Air(?:field)?)\b",
    re.IGNORECASE,
)
# What ends an airport's name; what is left is its core ("Aden Adde").
_KIND_RE: Final = re.compile(
    r"\s*\b(?:International Airport|Regional Airport|Airport|Air Base|Airbase|Airfield|"
    r"Air Field|Airstrip|Aerodrome|Air Force Base|Military Airport)\s*$",
    re.IGNORECASE,
)
_AIRPORT_WORDS: Final = ("airport", "international airport", "airfield")
_AIRBASE_WORDS: Final = ("airbase", "air base", "airfield", "military airport")


def airportsdata_file() -> Path:
    """The installed ``airportsdata`` table, found without importing the package."""
    spec = importlib.util.find_spec("airportsdata")
    if spec is None or spec.origin is None:
        raise GazetteerError("the 'airportsdata' package is not installed")
    return Path(spec.origin).parent / AIRPORTS_FILE


def airport_names(name: str, *, military: bool) -> tuple[str, ...]:
    """The names an airport is known by: its own, and its core with each airport word.

    >>> airport_names("Aden Adde International Airport", military=False)
    ('Aden Adde International Airport', 'Aden Adde airport', 'Aden Adde airfield')
    >>> airport_names("Al Asad Air Base", military=True)[:3]
    ('Al Asad Air Base', 'Al Asad airbase', 'Al Asad airfield')
    """
    core = _KIND_RE.sub("", name).strip(" -,")
    names = [name]
    if core and core != name and len(core) > 2:
        for word in _AIRBASE_WORDS if military else _AIRPORT_WORDS:
            alternate = f"{core} {word}"
            if alternate.casefold() != name.casefold():
                names.append(alternate)
    return tuple(names)


def read_airports(path: Path | None = None) -> list[PlaceRecord]:
    """The airports with an IATA code and the military ones, as places (feature class S)."""
    table = path or airportsdata_file()
    records = []
    with table.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = (row.get("name") or "").strip()
            icao = (row.get("icao") or "").strip()
            military = bool(_MILITARY_RE.search(name))
            if not name or not icao or not (row.get("iata") or military):
                continue
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (TypeError, ValueError):
                continue  # a row without a point places nothing
            place = Place(
                place_id=f"airport:{icao}",
                name=name,
                lat=lat,
                lon=lon,
                feature_class="S",
                feature_code=AIRBASE_CODE if military else AIRPORT_CODE,
                country=(row.get("country") or "").strip().upper() or None,
                source=f"airportsdata {icao}",
            )
            names = airport_names(name, military=military)
            records.append(
                PlaceRecord(
                    place=place,
                    names=((names[0], "name"), *((n, "alternate") for n in names[1:])),
                )
            )
    return records
