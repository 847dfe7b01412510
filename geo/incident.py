"""The incident record: its fields, their types, and its conversion to a GeoDataFrame.

Field names follow ACLED's codebook so that analysts recognise them; ``injured``,
``evidence*``, ``confidence``, ``uncertainty_m``, the ``place_*`` fields and those of
reports merged into one incident (``n_sources``, ``source_urls``, ``sources``,
``merge_reason``, ``count_rule``: see :mod:`geo.merge`) are ours.
Unknown counts are ``None``, never 0.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import geopandas as gpd

    from gazetteer.place import Place

# A point farther than this from the place its row names is flagged "far_from_location"
# (a table's own points, checked with --check-places).
FAR_FROM_LOCATION_KM: Final = 50.0

# Radius implied by each geo_precision, used when the place gives no better figure.
# 1: the named settlement itself; 2: near it or part of a small area; 3: a region.
PRECISION_RADIUS_M: Final = {1: 2_000.0, 2: 10_000.0, 3: 50_000.0}


def uncertainty_m_for(geo_precision: int | None, *, region_radius_m: float | None = None) -> float:
    """Return the uncertainty radius in metres for a precision code.

    >>> uncertainty_m_for(2)
    10000.0
    >>> uncertainty_m_for(3, region_radius_m=75_000)
    75000.0
    """
    if geo_precision == 3 and region_radius_m:
        return float(region_radius_m)
    return PRECISION_RADIUS_M.get(geo_precision or 3, PRECISION_RADIUS_M[3])


# Features as exact as a town's point: an airport, an airbase (the index's airports).
_SITE_CODES: Final = frozenset(("AIRP", "AIRB"))


# Natural features as large as a province: the index holds only curated ones (Sinai, the
# Nuba Mountains, Lake Chad, each tens of km across), never a hill or a pond.
REGION_SIZED_CODES: Final = frozenset(("PEN", "MTS", "PLN", "PLAT", "DSRT", "LK", "SEA", "GULF"))


def precision_of(place: Place | None, *, near: bool = False, vague: bool = False) -> int:
    """ACLED's geo_precision for a gazetteer place and the way the input names it.

    The one rule for reports and tables alike: a settlement or an airport is 1 (2 when
    the report says "near" it or is vague), a district (second level or below) 2, a
    province, a region, a country or a region-sized feature (a peninsula, a mountain range)
    3, any other feature 2.

    >>> from gazetteer.place import Place
    >>> precision_of(Place("x", "Madagiz", 40.3, 46.7, "P"), near=True)
    2
    >>> precision_of(Place("r", "Nagorno-Karabakh", 39.8, 46.7, "L", "RGN"), vague=True)
    3
    >>> precision_of(Place("a", "Aden Adde International Airport", 2.0, 45.3, "S", "AIRP"))
    1
    """
    if place is None:
        return 3
    if place.feature_class == "P" or place.feature_code in _SITE_CODES:
        return 2 if near or vague else 1
    if place.feature_class in ("A", "L") or place.feature_code in REGION_SIZED_CODES:
        if place.feature_code in ("ADM2", "ADM3", "ADM4", "ADM5"):
            return 2
        return 3
    return 2


def place_fields(place: Place | None) -> dict[str, object]:
    """The incident fields that a gazetteer place fills (empty ones for no place).

    >>> from gazetteer.place import Place
    >>> place_fields(Place("gn:1", "Tartar", 40.34, 46.93, "P", country="AZ"))["country"]
    'AZ'
    """
    if place is None:
        return {
            "place_id": "", "place_name": "", "country": "", "admin1": "", "admin2": "",
            "latitude": None, "longitude": None,
        }  # fmt: skip
    return {
        "place_id": place.place_id,
        "place_name": place.name,
        "country": place.country or "",
        "admin1": place.admin1 or "",
        "admin2": place.admin2 or "",
        "latitude": place.lat,
        "longitude": place.lon,
    }


def incident_id_for(source: str, start: int, end: int) -> str:
    """A stable id: the same source and evidence span always give the same id.

    >>> incident_id_for("a.txt", 0, 10) == incident_id_for("a.txt", 0, 10)
    True
    """
    digest = hashlib.sha1(f"{source}\0{start}\0{end}".encode(), usedforsecurity=False)
    return digest.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Incident:
    """One incident, as DESIGN.md's record describes it."""

    id: str
    event_type: str
    sub_event_type: str = ""
    event_date: date | None = None
    time_precision: int | None = None  # 1 day, 2 week, 3 month
    actor1: str = ""
    actor2: str = ""
    assoc_actors: str = ""
    fatalities: int | None = None
    injured: int | None = None
    location: str = ""  # as written in the report
    place_id: str = ""
    place_name: str = ""
    country: str = ""  # ISO 3166-1 alpha-2
    admin1: str = ""
    admin2: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None  # 1 settlement, 2 near it, 3 region
    uncertainty_m: float | None = None
    place_reason: str = ""
    source: str = ""
    source_url: str = ""
    source_date: date | None = None
    evidence: str = ""
    evidence_start: int | None = None
    evidence_end: int | None = None
    confidence: float | None = None
    notes: str = ""
    flags: str = ""  # comma-separated: "unresolved", "far_from_location", ...
    # Across reports (geo.merge): how many reports state this incident, their URLs
    # (space-separated: a URL has no space), every source as a JSON list, why the
    # reports were merged, and which rule chose the counts.
    n_sources: int = 1
    source_urls: str = ""
    sources: str = ""
    merge_reason: str = ""
    count_rule: str = ""

    def to_record(self) -> dict[str, object]:
        """Return the fields as a plain dict (dates stay ``date`` objects).

        Every field is a scalar, so a shallow copy is the whole record: ``asdict``'s deep
        copy cost 2 ms a row and most of the time of reading a 100k-row table.
        """
        return {name: getattr(self, name) for name in FIELDS}


FIELDS: Final = tuple(f.name for f in fields(Incident))

# pandas dtypes of each column; nullable integers keep "unknown" apart from 0.
INTEGER_FIELDS: Final = (
    "time_precision",
    "fatalities",
    "injured",
    "geo_precision",
    "evidence_start",
    "evidence_end",
    "n_sources",
)
FLOAT_FIELDS: Final = ("latitude", "longitude", "uncertainty_m", "confidence")
DATE_FIELDS: Final = ("event_date", "source_date")
TEXT_FIELDS: Final = tuple(
    name for name in FIELDS if name not in (*INTEGER_FIELDS, *FLOAT_FIELDS, *DATE_FIELDS)
)


def to_geodataframe(incidents: Iterable[Incident]) -> gpd.GeoDataFrame:
    """Build a GeoDataFrame (EPSG:4326) with one row per incident and typed columns.

    Incidents without coordinates get an empty (None) geometry; they are kept.
    """
    import geopandas as gpd
    import numpy as np
    import pandas as pd
    from shapely import points

    records = [incident.to_record() for incident in incidents]
    frame = pd.DataFrame.from_records(records, columns=list(FIELDS))
    for name in INTEGER_FIELDS:
        frame[name] = frame[name].astype("Int64")
    for name in FLOAT_FIELDS:
        frame[name] = frame[name].astype("float64")
    for name in DATE_FIELDS:
        frame[name] = pd.to_datetime(frame[name], errors="coerce").dt.date
        frame[name] = frame[name].astype("object").where(frame[name].notna(), None)
    for name in TEXT_FIELDS:
        frame[name] = frame[name].fillna("").astype("str")
    lon = frame["longitude"].to_numpy()
    lat = frame["latitude"].to_numpy()
    has_point = ~(pd.isna(frame["longitude"]) | pd.isna(frame["latitude"])).to_numpy()
    geometry = np.asarray(points(lon, lat), dtype=object)  # shapely takes lon, lat
    geometry[~has_point] = None
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")
