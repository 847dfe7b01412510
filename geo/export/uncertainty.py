"""Uncertainty areas: a circle of ``uncertainty_m`` around each point of precision 2 or 3.

The circles are computed on the sphere with the great-circle destination formula, all
rows at once with numpy. That is what a buffer in a local azimuthal projection gives
(within metres at these radii), without one projection per point.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import shapely

EARTH_RADIUS_M: Final = 6_371_008.8


def circles_lonlat(
    lon: np.ndarray, lat: np.ndarray, *, radius_m: np.ndarray, vertices: int = 48
) -> np.ndarray:
    """Return one shapely Polygon (lon/lat) per centre: a circle of ``radius_m`` metres.

    >>> [circle] = circles_lonlat(np.array([0.0]), np.array([0.0]), radius_m=np.array([10_000.0]))
    >>> round(circle.bounds[3], 4)  # 10 km north of the equator
    0.0899
    """
    lat_rad = np.radians(np.asarray(lat, dtype="float64"))[:, None]
    lon_rad = np.radians(np.asarray(lon, dtype="float64"))[:, None]
    angular = (np.asarray(radius_m, dtype="float64") / EARTH_RADIUS_M)[:, None]
    bearing = np.linspace(0.0, 2 * np.pi, vertices + 1)[None, :]  # last vertex closes the ring
    ring_lat = np.arcsin(
        np.sin(lat_rad) * np.cos(angular) + np.cos(lat_rad) * np.sin(angular) * np.cos(bearing)
    )
    ring_lon = lon_rad + np.arctan2(
        np.sin(bearing) * np.sin(angular) * np.cos(lat_rad),
        np.cos(angular) - np.sin(lat_rad) * np.sin(ring_lat),
    )
    ring_lon = (np.degrees(ring_lon) + 540.0) % 360.0 - 180.0
    ring_lonlat = np.stack([ring_lon, np.degrees(ring_lat)], axis=-1)
    ring_lonlat[:, -1, :] = ring_lonlat[:, 0, :]  # exact closure despite rounding
    return np.asarray(shapely.polygons(ring_lonlat), dtype=object)
