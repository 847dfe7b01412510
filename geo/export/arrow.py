"""GeoParquet (through pyarrow) and FlatGeobuf (through pyogrio and GDAL).

GDAL builds here carry no Parquet driver, so GeoParquet goes through geopandas'
pyarrow writer, which stores the GeoParquet ``geo`` metadata itself.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyogrio

from geo.export.schema import CRS, GEOMETRY_COLUMN, normalise_frame, to_arrow_table

if TYPE_CHECKING:
    import geopandas as gpd


def write_flatgeobuf(frame: gpd.GeoDataFrame, *, path: Path) -> None:
    """Write ``frame`` to a new FlatGeobuf file at ``path``.

    The file gets a spatial index unless a row has no point: FlatGeobuf's index cannot
    hold an empty geometry, and unresolved rows are kept, not dropped.
    """
    has_empty = bool(frame.geometry.isna().any())
    pyogrio.write_arrow(
        to_arrow_table(frame),
        path,
        layer="incidents",
        driver="FlatGeobuf",
        geometry_name=GEOMETRY_COLUMN,
        geometry_type="Point",
        crs=CRS,
        layer_options={"SPATIAL_INDEX": "NO" if has_empty else "YES"},
    )


def read_flatgeobuf_layer(path: Path) -> gpd.GeoDataFrame:
    """Read a FlatGeobuf file's features as they are (any columns)."""
    # GDAL 3.12's Arrow reader crashes on FlatGeobuf rows without geometry; read row by row.
    frame: gpd.GeoDataFrame = pyogrio.read_dataframe(path, use_arrow=False)
    return frame


def read_flatgeobuf(path: Path) -> gpd.GeoDataFrame:
    """Read an incident FlatGeobuf file back into a typed incident frame."""
    return normalise_frame(read_flatgeobuf_layer(path))


def write_geoparquet(frame: gpd.GeoDataFrame, *, path: Path) -> None:
    """Write ``frame`` to a new GeoParquet 1.0 file at ``path`` (WKB points, typed columns).

    The ``geo`` metadata names no ``crs``: GeoParquet then means OGC:CRS84, which is
    WGS84 in lon/lat order, what our points are.
    """
    import pyarrow.parquet as pq

    table = to_arrow_table(frame)
    geometries = frame.geometry
    bbox_lonlat = [float(v) for v in geometries.total_bounds] if geometries.notna().any() else []
    geo = {
        "version": "1.0.0",
        "primary_column": GEOMETRY_COLUMN,
        "columns": {
            GEOMETRY_COLUMN: {
                "encoding": "WKB",
                "geometry_types": ["Point"] if geometries.notna().any() else [],
                **({"bbox": bbox_lonlat} if bbox_lonlat else {}),
            }
        },
    }
    # The geoarrow field tag is for GDAL; GeoParquet readers look at "geo" instead.
    plain = table.schema.set(
        table.schema.get_field_index(GEOMETRY_COLUMN), pa.field(GEOMETRY_COLUMN, pa.binary())
    )
    table = table.cast(plain).replace_schema_metadata({"geo": json.dumps(geo)})
    pq.write_table(table, path)


def _geometry_name(schema: pa.Schema) -> str:
    meta = json.loads((schema.metadata or {}).get(b"geo", b"{}"))
    return str(meta.get("primary_column", GEOMETRY_COLUMN))


def geoparquet_field_names(path: Path) -> frozenset[str]:
    """The attribute names of a GeoParquet file, from its schema (no row is read)."""
    import pyarrow.parquet as pq

    schema = pq.read_schema(path)
    return frozenset(schema.names) - {_geometry_name(schema)}


def read_geoparquet_layer(path: Path, *, columns: Sequence[str] | None = None) -> gpd.GeoDataFrame:
    """Read a GeoParquet file as it is (any columns, or those of ``columns`` it has, and
    its geometry), in WGS84."""
    import geopandas as gpd
    import pyarrow.parquet as pq

    wanted = None
    if columns is not None:
        schema = pq.read_schema(path)
        geometry = _geometry_name(schema)
        wanted = [name for name in schema.names if name in columns or name == geometry]
    frame = gpd.read_parquet(path, columns=wanted)
    if frame.crs is None:
        return frame.set_crs(CRS)
    if frame.crs.equals(CRS, ignore_axis_order=True):
        # WGS84 already (or CRS84, its lon/lat twin, which geopandas reads alike): no
        # transform, which cost 2.5 s of CPU for a million points and gave the same.
        return frame.set_crs(CRS, allow_override=True)
    return frame.to_crs(CRS)


def read_geoparquet(path: Path) -> gpd.GeoDataFrame:
    """Read an incident GeoParquet file back into a typed incident frame."""
    return normalise_frame(read_geoparquet_layer(path))
