"""Uncertainty areas: a circle of ``uncertainty_m`` around each point of precision 2 or 3.

The circles are computed on the sphere with the great-circle destination formula, all
rows at once with numpy. That is what a buffer in a local azimuthal projection gives
(within metres at these radii), without one projection per point. The polygons go
straight to WKB bytes: every circle has the same number of vertices, so each WKB record
has the same layout and numpy writes them all at once, with no shapely object per row.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import pyarrow as pa

EARTH_RADIUS_M: Final = 6_371_008.8
VERTICES: Final = 32


def circles_lonlat(
    centre_lonlat: np.ndarray, *, radius_m: np.ndarray, vertices: int = VERTICES
) -> np.ndarray:
    """Return closed rings, shape (rows, vertices + 1, 2), lon/lat, of ``radius_m`` metres.

    ``centre_lonlat`` has shape (rows, 2).

    >>> ring = circles_lonlat(np.array([[0.0, 0.0]]), radius_m=np.array([10_000.0]))
    >>> ring.shape, round(float(ring[0, :, 1].max()), 4)  # 10 km north of the equator
    ((1, 33, 2), 0.0899)
    """
    centres = np.asarray(centre_lonlat, dtype="float64").reshape(-1, 2)
    lon_rad = np.radians(centres[:, 0])[:, None]
    lat_rad = np.radians(centres[:, 1])[:, None]
    angular = (np.asarray(radius_m, dtype="float64") / EARTH_RADIUS_M)[:, None]
    bearing = np.linspace(0.0, 2 * np.pi, vertices + 1)[None, :]
    sin_lat, cos_lat = np.sin(lat_rad), np.cos(lat_rad)
    sin_ang, cos_ang = np.sin(angular), np.cos(angular)
    sin_ring_lat = sin_lat * cos_ang + cos_lat * sin_ang * np.cos(bearing)
    ring_lat = np.arcsin(sin_ring_lat)
    # sin(ring_lat) is reused rather than recomputed: this is the hot loop at 1M rows.
    ring_lon = lon_rad + np.arctan2(
        np.sin(bearing) * sin_ang * cos_lat, cos_ang - sin_lat * sin_ring_lat
    )
    ring_lonlat = np.empty((len(lat_rad), vertices + 1, 2), dtype="<f8")
    ring_lonlat[:, :, 0] = (np.degrees(ring_lon) + 540.0) % 360.0 - 180.0
    ring_lonlat[:, :, 1] = np.degrees(ring_lat)
    ring_lonlat[:, -1, :] = ring_lonlat[:, 0, :]  # exact closure despite rounding
    return ring_lonlat


def to_polygon_wkb(ring_lonlat: np.ndarray) -> pa.Array:
    """Return one little-endian WKB Polygon per ring as an Arrow binary array.

    >>> import shapely
    >>> ring = np.array([[[0, 0], [1, 0], [1, 1], [0, 0]]], dtype="f8")
    >>> shapely.from_wkb(to_polygon_wkb(ring)[0].as_py()).area
    0.5
    """
    rows, points = ring_lonlat.shape[:2]
    layout = np.dtype(
        [
            ("order", "u1"),
            ("kind", "<u4"),
            ("rings", "<u4"),
            ("points", "<u4"),
            ("lonlat", "<f8", (points, 2)),
        ],
        align=False,
    )
    records = np.empty(rows, dtype=layout)
    records["order"] = 1  # little endian
    records["kind"] = 3  # Polygon
    records["rings"] = 1
    records["points"] = points
    records["lonlat"] = ring_lonlat
    offsets = np.arange(rows + 1, dtype="int64") * layout.itemsize
    return pa.LargeBinaryArray.from_buffers(
        pa.large_binary(), rows, [None, pa.py_buffer(offsets), pa.py_buffer(records)]
    )
