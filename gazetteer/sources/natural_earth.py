"""Where a country is, as a point: the middle of its largest land mass, from Natural Earth.

GeoNames' countries file gives no coordinates, so countries used to sit at their capital.
An incident that only a country places ("protests across Kenya") belongs in the middle of
the country, with its radius, not in Nairobi. The shapes are Natural Earth's 1:110m
countries (public domain) that the installed ``pyogrio`` ships in its test fixtures; they
are read in place, never copied into the repo.
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

    The point is the representative point of the country's largest polygon, so France
    is in France (not French Guiana) and a crescent-shaped country's point is on land.
    Natural Earth marks a few countries "-99" for ISO alpha-3 (France, Norway): the name
    key covers them. An absent file (a pyogrio without its fixtures) gives no centres,
    and countries stay at their capital.
    """
    import pyogrio
    from shapely import MultiPolygon

    shapefile = path or natural_earth_path()
    if not shapefile.exists():
        return {}
    frame = pyogrio.read_dataframe(shapefile, columns=["name", "iso_a3"])
    centres: dict[str, tuple[float, float]] = {}
    for name, iso3, geometry in zip(frame["name"], frame["iso_a3"], frame.geometry, strict=True):
        if geometry is None or geometry.is_empty:
            continue
        if isinstance(geometry, MultiPolygon):
            geometry = max(geometry.geoms, key=lambda part: part.area)
        point = geometry.representative_point()
        latlon = (round(point.y, 5), round(point.x, 5))  # shapely is x = lon, y = lat
        if iso3 and iso3 != "-99":
            centres[str(iso3)] = latlon
        centres[str(name)] = latlon
    return centres
