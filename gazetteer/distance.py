"""Great-circle distance and travel on the mean Earth sphere: the one place incimap
computes them.

A sphere (haversine) is within 0.5 % of the ellipsoid, far inside the uncertainty of
any place a report names, and needs no pyproj on the cold-start path.
"""

from __future__ import annotations

import math
from typing import Final

EARTH_RADIUS_KM: Final = 6371.0088  # IUGG mean radius


def distance_km(lat_a: float, lon_a: float, lat_b: float, lon_b: float) -> float:
    """Great-circle distance in km between two WGS84 points given as lat, lon.

    >>> round(distance_km(40.4093, 49.8671, 40.1811, 44.5136))  # Baku to Yerevan
    455
    >>> round(distance_km(39.8177, 46.7528, 39.76006, 46.74989), 1)  # Khankendi to Shusha
    6.4
    """
    phi_a, phi_b = math.radians(lat_a), math.radians(lat_b)
    d_phi = phi_b - phi_a
    d_lambda = math.radians(lon_b - lon_a)
    h = math.sin(d_phi / 2) ** 2 + math.cos(phi_a) * math.cos(phi_b) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


BEARINGS: Final = {
    "north": 0.0,
    "northeast": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "west": 270.0,
    "northwest": 315.0,
}


def destination(lat: float, lon: float, km: float, bearing_deg: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) along the initial bearing (degrees from north).

    >>> lat, lon = destination(40.0, 45.0, 111.2, 0.0)  # one degree north
    >>> round(lat, 2), round(lon, 2)
    (41.0, 45.0)
    >>> round(distance_km(40.0, 45.0, *destination(40.0, 45.0, 30.0, 225.0)), 1)
    30.0
    """
    delta = km / EARTH_RADIUS_KM
    theta = math.radians(bearing_deg)
    phi = math.radians(lat)
    phi_2 = math.asin(
        math.sin(phi) * math.cos(delta) + math.cos(phi) * math.sin(delta) * math.cos(theta)
    )
    lambda_2 = math.radians(lon) + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(phi),
        math.cos(delta) - math.sin(phi) * math.sin(phi_2),
    )
    lon_2 = (math.degrees(lambda_2) + 540.0) % 360.0 - 180.0
    return math.degrees(phi_2), lon_2
