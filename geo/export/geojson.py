"""GeoJSON as RFC 7946 says: WGS84 lon/lat, no ``crs`` member, 6 decimals, ISO dates.

GDAL's GeoJSON driver writes it from an Arrow table whose types it keeps, so an unknown
count is written ``null`` (never 0) and a date is a ``YYYY-MM-DD`` string. The incident
``id`` becomes the Feature's ``id`` member, where web maps look for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

import pyogrio

from geo.export.schema import CRS, GEOMETRY_COLUMN, normalise_frame, to_arrow_table

if TYPE_CHECKING:
    import geopandas as gpd

LAYER_OPTIONS: Final = {
    "RFC7946": "YES",
    "COORDINATE_PRECISION": "6",
    "WRITE_NAME": "NO",
    "ID_FIELD": "id",
}


def write_geojson(frame: gpd.GeoDataFrame, *, path: Path) -> None:
    """Write ``frame`` (an incident frame) to a new GeoJSON file at ``path``."""
    pyogrio.write_arrow(
        to_arrow_table(frame),
        path,
        layer="incidents",
        driver="GeoJSON",
        geometry_name=GEOMETRY_COLUMN,
        geometry_type="Point",
        crs=CRS,
        layer_options=dict(LAYER_OPTIONS),
    )


def read_geojson_layer(path: Path) -> gpd.GeoDataFrame:
    """Read a GeoJSON file's features as they are (any columns)."""
    return pyogrio.read_dataframe(path, use_arrow=True)


def read_geojson(path: Path) -> gpd.GeoDataFrame:
    """Read an incident GeoJSON file back into a typed incident frame."""
    return normalise_frame(read_geojson_layer(path))
