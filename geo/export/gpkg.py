"""GeoPackage 1.3: layer ``incidents`` (points), layer ``uncertainty`` (areas), QGIS styles.

Fields keep their types (nullable INTEGER, REAL, DATE, TEXT) because GDAL writes them
from a typed Arrow table. The ``uncertainty`` layer holds a circle for each incident of
precision 2 or 3, the same areas the HTML map draws. Both layers carry a default QGIS
style, so QGIS shows them coloured by event type as soon as the file is opened.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

import numpy as np
import pyarrow as pa
import pyogrio
import shapely

from geo.export.qgis_style import LayerStyle, write_layer_styles
from geo.export.schema import CRS, GEOMETRY_COLUMN, normalise_frame, to_arrow_table
from geo.export.uncertainty import circles_lonlat, to_polygon_wkb
from geo.incident import PRECISION_RADIUS_M

if TYPE_CHECKING:
    import geopandas as gpd

INCIDENTS_LAYER: Final = "incidents"
UNCERTAINTY_LAYER: Final = "uncertainty"
GEOMETRY_FIELD: Final = "geom"  # the GeoPackage convention
DATASET_OPTIONS: Final = {"VERSION": "1.3"}


def write_gpkg(frame: gpd.GeoDataFrame, *, path: Path) -> None:
    """Write ``frame`` to a new GeoPackage at ``path`` with both layers and their styles."""
    common = {"driver": "GPKG", "geometry_name": GEOMETRY_COLUMN, "crs": CRS}
    pyogrio.write_arrow(
        to_arrow_table(frame),
        path,
        layer=INCIDENTS_LAYER,
        geometry_type="Point",
        dataset_options=dict(DATASET_OPTIONS),
        layer_options={"GEOMETRY_NAME": GEOMETRY_FIELD},
        **common,
    )
    pyogrio.write_arrow(
        uncertainty_table(frame),
        path,
        layer=UNCERTAINTY_LAYER,
        geometry_type="Polygon",
        append=True,
        layer_options={"GEOMETRY_NAME": GEOMETRY_FIELD},
        **common,
    )
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        write_layer_styles(
            connection,
            styles=(
                LayerStyle(table=INCIDENTS_LAYER, geometry_column=GEOMETRY_FIELD, symbol="marker"),
                LayerStyle(table=UNCERTAINTY_LAYER, geometry_column=GEOMETRY_FIELD, symbol="fill"),
            ),
        )


def uncertainty_table(frame: gpd.GeoDataFrame) -> pa.Table:
    """Return the uncertainty areas of ``frame`` as an Arrow table with WKB polygons."""
    precision = frame["geo_precision"]
    points = np.asarray(frame.geometry.to_numpy(), dtype=object)
    keep = precision.isin([2, 3]).fillna(False).to_numpy(dtype=bool)
    keep &= ~shapely.is_missing(points)
    chosen = frame.loc[keep, ["id", "event_type", "geo_precision", "uncertainty_m"]]
    default_m = chosen["geo_precision"].map(PRECISION_RADIUS_M).astype("float64")
    radius_m = chosen["uncertainty_m"].astype("float64").fillna(default_m).to_numpy()
    rings = circles_lonlat(shapely.get_coordinates(points[keep]), radius_m=radius_m)
    return pa.table(
        {
            "id": pa.array(chosen["id"].astype("str").to_numpy(dtype=object), type=pa.string()),
            "event_type": pa.array(
                chosen["event_type"].astype("str").to_numpy(dtype=object), type=pa.string()
            ),
            "geo_precision": pa.array(chosen["geo_precision"], type=pa.int64(), from_pandas=True),
            "uncertainty_m": pa.array(radius_m, type=pa.float64()),
            GEOMETRY_COLUMN: to_polygon_wkb(rings),
        }
    )


def _incidents_layer(path: Path) -> str | None:
    layers = {str(name) for name, _ in pyogrio.list_layers(path)}
    return INCIDENTS_LAYER if INCIDENTS_LAYER in layers else None


def read_gpkg_layer(path: Path, *, columns: Sequence[str] | None = None) -> gpd.GeoDataFrame:
    """Read the ``incidents`` layer of a GeoPackage (else its first layer) as it is;
    ``columns``: only those of these attributes that it has."""
    frame: gpd.GeoDataFrame = pyogrio.read_dataframe(
        path,
        layer=_incidents_layer(path),
        use_arrow=True,
        columns=None if columns is None else list(columns),
    )
    return _owning_its_text(frame)


def _owning_its_text(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """``frame`` with its Arrow text columns copied batch by batch into memory of their own.

    GDAL hands each batch of features to Arrow as one block that is freed only when
    every column of the batch is: a text column dropped alone (as the merge drops each
    column it has copied) freed nothing, so the merge of a million incidents held the
    read frame and its own result at once (about 300 MB above the goal). Copied one
    batch at a time, each block goes as soon as its batch is copied.
    """
    import pandas as pd
    import pyarrow as pa

    names = [
        str(name)
        for name in frame.columns
        if name != frame.geometry.name and hasattr(frame[name].array, "__arrow_array__")
    ]
    if not names:
        return frame
    order = list(frame.columns)
    dtypes = {name: frame[name].dtype for name in names}
    arrays = {name: pa.chunked_array(frame[name].array.__arrow_array__()) for name in names}
    kinds = {name: arrays[name].type for name in names}
    chunks = {name: list(arrays[name].chunks) for name in names}
    del arrays
    frame = frame.drop(columns=names)  # the batches are now held by ``chunks`` alone
    owned: dict[str, list[pa.Array]] = {name: [] for name in names}
    for k in range(max(len(parts) for parts in chunks.values())):
        for name in names:
            if k < len(chunks[name]):
                owned[name].append(pa.concat_arrays([chunks[name][k]]))
                chunks[name][k] = None  # type: ignore[call-overload]
    for name in names:
        column = pa.chunked_array(owned.pop(name), type=kinds[name])
        frame[name] = pd.Series(pd.array(column, dtype=dtypes[name]), index=frame.index)
    return frame[order]


def gpkg_field_names(path: Path) -> frozenset[str]:
    """The attribute names of the layer ``read_gpkg_layer`` reads, from its schema."""
    info = pyogrio.read_info(path, layer=_incidents_layer(path))
    return frozenset(str(name) for name in info["fields"])


def read_gpkg(path: Path) -> gpd.GeoDataFrame:
    """Read the ``incidents`` layer of a GeoPackage back into a typed incident frame."""
    return normalise_frame(read_gpkg_layer(path))
