"""Partitioned GeoParquet for big runs: ``incimap extract ... -o out/ --format parquet``.

Written with dask-geopandas, one file per partition plus GeoParquet metadata, into a
temporary folder next to ``out/`` that is renamed when complete, so a reader never sees
half a dataset. Read it back with ``dask_geopandas.read_parquet`` or
``geopandas.read_parquet`` on any of its files.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Final

from geo.errors import OutputExistsError

if TYPE_CHECKING:
    import geopandas as gpd

ROWS_PER_FILE: Final = 250_000


def is_folder_output(output: str) -> bool:
    """Whether ``-o`` names a folder: it ends with a separator or is an existing folder."""
    return output.endswith(("/", os.sep)) or Path(output).is_dir()


def write_partitioned_parquet(
    frame: gpd.GeoDataFrame, folder: Path, *, overwrite: bool, partitions: int | None = None
) -> int:
    """Write ``frame`` as partitioned GeoParquet into ``folder``; return the file count."""
    import dask_geopandas

    from geo.export.schema import normalise_frame

    if folder.exists() and not overwrite:
        raise OutputExistsError(f"{folder}: exists; pass --overwrite to replace it")
    typed = normalise_frame(frame)
    count = partitions or max(1, -(-len(typed) // ROWS_PER_FILE))
    folder.parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        data = dask_geopandas.from_geopandas(typed, npartitions=count, sort=False)
        data.to_parquet(temporary, write_index=False)
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(temporary, folder)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    return count


__all__ = ["is_folder_output", "write_partitioned_parquet"]
