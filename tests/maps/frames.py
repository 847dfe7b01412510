"""Small GeoDataFrames built in code for the map tests (no fixture files)."""

from __future__ import annotations

from datetime import date, timedelta

import geopandas as gpd
from shapely import Point, box

HOSTILE_TITLE = "<img src=x onerror=window.pwned=1> & <script>window.pwned=2</script>"
HOSTILE_TEXT = "</script><script>window.pwned=3</script><img src=x onerror=alert(1)>"
HOSTILE_URL = "javascript:window.pwned=4"
# Bytes of one, two, three and four (outside the BMP: two UTF-16 units in the page).
WIDE_TEXT = "first <b>bold</b> in Ağdam, ŞƏKİ — 🚩"


def category_frame(counts: dict[str, int], *, start: date = date(2021, 3, 1)) -> gpd.GeoDataFrame:
    """``counts[name]`` rows per category, spread over a small area, one day apart.

    Every third row has precision 2 (radius 5 km), every fifth has no date.
    """
    rows = []
    k = 0
    for name, count in counts.items():
        for i in range(count):
            rows.append(
                {
                    "kind": name,
                    "when": None if k % 5 == 4 else start + timedelta(days=k),
                    "text": f"{name} number {i}",
                    "url": f"https://example.org/{name}/{i}",
                    "precision": 2 if k % 3 == 2 else 1,
                    "radius_m": 5_000.0 if k % 3 == 2 else 1_000.0,
                    "geometry": Point(20.0 + 0.01 * (k % 17), 45.0 + 0.01 * (k // 17)),
                }
            )
            k += 1
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def far_apart_frame() -> gpd.GeoDataFrame:
    """Three rows far apart (never clustered together), one of them a polygon region."""
    return gpd.GeoDataFrame(
        {
            "kind": ["Alpha", "Beta", "Beta"],
            "when": [date(2021, 1, 1), date(2021, 6, 1), date(2021, 12, 31)],
            "text": [WIDE_TEXT, HOSTILE_TEXT, "region"],
            "url": ["https://example.org/a?x=1&y=2", HOSTILE_URL, None],
            "precision": [1, 2, 3],
            "radius_m": [1_000.0, 10_000.0, 50_000.0],
            "geometry": [Point(10.0, 50.0), Point(30.0, 40.0), box(-5.0, 35.0, -3.0, 37.0)],
        },
        crs="EPSG:4326",
    )


def region_frame(counts: dict[str, int], *, seed: int = 14) -> gpd.GeoDataFrame:
    """``counts[name]`` rows per category scattered over one region (4° x 3°), some in
    dense towns and some alone, with dates over two years and a stable ``id``."""
    import numpy as np

    rng = np.random.default_rng(seed)
    total = sum(counts.values())
    towns_lon = rng.uniform(40.0, 44.0, 60)
    towns_lat = rng.uniform(33.0, 36.0, 60)
    town = rng.integers(0, 60, total)
    alone = rng.random(total) < 0.2
    lon = np.where(
        alone, rng.uniform(40.0, 44.0, total), towns_lon[town] + rng.normal(0, 0.03, total)
    )
    lat = np.where(
        alone, rng.uniform(33.0, 36.0, total), towns_lat[town] + rng.normal(0, 0.03, total)
    )
    kinds = [name for name, count in counts.items() for _ in range(count)]
    days = rng.integers(0, 730, total)
    return gpd.GeoDataFrame(
        {
            "kind": kinds,
            "id": [f"ev-{k}" for k in range(total)],
            "when": [date(2021, 1, 1) + timedelta(days=int(d)) for d in days],
            "text": [f"{kind} event {k}" for k, kind in enumerate(kinds)],
            "precision": [2 if k % 4 == 3 else 1 for k in range(total)],
            "radius_m": [5_000.0 if k % 4 == 3 else 1_000.0 for k in range(total)],
        },
        geometry=gpd.points_from_xy(lon, lat),
        crs="EPSG:4326",
    )
