"""Write and read incident datasets: GeoJSON, GeoPackage, CSV, KML, GeoParquet, FlatGeobuf,
JSON Lines.

The format comes from ``format=`` or from the path's suffix (``FORMAT_BY_SUFFIX``); an
unknown one raises ``UnknownFormatError`` listing the valid names. Every write is
atomic (a temporary file in the target's folder, then a rename) and refuses to replace
an existing file unless ``overwrite=True``. ``"-"`` writes to stdout.

>>> format_for("out/incidents.GPKG").name
'gpkg'
>>> format_for("-").name
'geojson'
"""

from __future__ import annotations

import errno
import functools
import importlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, Protocol

from geo.errors import IncimapError, InputFormatError, UnknownFormatError
from geo.export.atomic import (
    STDOUT,
    atomic_path,
    check_writable,
    is_special_file,
    special_file_path,
    stdout_path,
)

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

    from geo.export.rows import IncidentRow
    from geo.incident import Incident

__all__ = [
    "FORMATS",
    "FORMAT_BY_SUFFIX",
    "ExportFormat",
    "check_latlon",
    "format_for",
    "read_incidents",
    "write_incident_records",
    "write_incidents",
]


class IncidentWriter(Protocol):
    """Writes an incident frame to a new file at ``path``."""

    def __call__(self, frame: gpd.GeoDataFrame, /, *, path: Path) -> None:
        """Write ``frame``."""


class RowWriter(Protocol):
    """Writes incident rows (:mod:`geo.export.rows`) to a new file at ``path``, with the
    same bytes as the format's frame writer gives for the same incidents."""

    def __call__(self, rows: Iterator[IncidentRow], /, *, path: Path) -> None:
        """Write ``rows``."""


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One file format: its name, its suffixes, its writer and its reader.

    ``read_layer`` (GIS formats) reads the file's features as they are, any columns:
    the input registry (:mod:`geo.inputs`) reads a GIS file once with it and then
    tells incimap's own incidents from someone else's table by the columns.
    ``write_rows`` (text formats) writes plain incident rows without a frame, so that
    ``extract`` of a few reports needs neither pandas nor GDAL.
    """

    name: str
    suffixes: tuple[str, ...]
    write: IncidentWriter
    read: Callable[[Path], gpd.GeoDataFrame]
    description: str
    read_layer: Callable[[Path], gpd.GeoDataFrame] | None = None
    write_rows: RowWriter | None = None


# Up to here the row writers (~40 µs an incident) cost less than importing GDAL and
# pandas and writing through them; beyond, the frame's C writers win.
ROWS_AT_MOST: Final = 20_000


def _later(module: str, name: str) -> Any:
    """``geo.export.<module>.<name>``, imported when it is first called.

    The writers and readers pull in GDAL, pandas and pyarrow (about 1 s of CPU and 100
    MiB): a command that only asks which format a path is, or writes a few incidents as
    text, does not pay for them.
    """

    def call(*args: object, **kwargs: object) -> object:
        return getattr(importlib.import_module(f"geo.export.{module}"), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


FORMATS: Final = MappingProxyType(
    {
        f.name: f
        for f in (
            ExportFormat(
                "geojson",
                (".geojson", ".json"),
                _later("geojson", "write_geojson"),
                _later("geojson", "read_geojson"),
                "GeoJSON (RFC 7946)",
                _later("geojson", "read_geojson_layer"),
                _later("geojson", "write_geojson_rows"),
            ),
            ExportFormat(
                "gpkg",
                (".gpkg",),
                _later("gpkg", "write_gpkg"),
                _later("gpkg", "read_gpkg"),
                "GeoPackage 1.3 with uncertainty areas and a QGIS style",
                _later("gpkg", "read_gpkg_layer"),
            ),
            ExportFormat(
                "csv",
                (".csv",),
                _later("csv", "write_csv"),
                _later("csv", "read_csv"),
                "CSV in ACLED's column order",
                write_rows=_later("csv", "write_csv_rows"),
            ),
            ExportFormat(
                "kml",
                (".kml",),
                _later("kml", "write_kml"),
                _later("kml", "read_kml"),
                "KML, a folder per event type",
                _later("kml", "read_kml_layer"),
            ),
            ExportFormat(
                "parquet",
                (".parquet", ".geoparquet"),
                _later("arrow", "write_geoparquet"),
                _later("arrow", "read_geoparquet"),
                "GeoParquet 1.0",
                _later("arrow", "read_geoparquet_layer"),
            ),
            ExportFormat(
                "fgb",
                (".fgb",),
                _later("arrow", "write_flatgeobuf"),
                _later("arrow", "read_flatgeobuf"),
                "FlatGeobuf",
                _later("arrow", "read_flatgeobuf_layer"),
            ),
            ExportFormat(
                "jsonl",
                (".jsonl", ".ndjson"),
                _later("jsonl", "write_jsonl"),
                _later("jsonl", "read_jsonl"),
                "JSON Lines, one incident per line",
                write_rows=_later("jsonl", "write_jsonl_rows"),
            ),
        )
    }
)
FORMAT_BY_SUFFIX: Final = MappingProxyType(
    {suffix: f for f in FORMATS.values() for suffix in f.suffixes}
)


def format_for(path: str | Path, *, format: str | None = None) -> ExportFormat:
    """Return the format named by ``format``, or else by ``path``'s suffix.

    ``"-"`` (stdout) defaults to GeoJSON. Raises ``UnknownFormatError`` naming the
    valid formats and suffixes.
    """
    if format is not None:
        chosen = FORMATS.get(format.lower().lstrip("."))
        if chosen is None:
            raise UnknownFormatError(
                f"unknown format {format!r}; valid formats: {', '.join(FORMATS)}"
            )
        return chosen
    suffix = Path(path).suffix.lower()
    if str(path) == STDOUT or (not suffix and is_special_file(Path(path))):
        return FORMATS["geojson"]  # stdout, /dev/null: GeoJSON unless told otherwise
    chosen = FORMAT_BY_SUFFIX.get(suffix)
    if chosen is None:
        raise UnknownFormatError(
            f"{path}: cannot tell the format from the suffix {suffix or '(none)'!r}; "
            f"valid suffixes: {', '.join(FORMAT_BY_SUFFIX)} (or pass a format: "
            f"{', '.join(FORMATS)})"
        )
    return chosen


def write_incidents(
    frame: pd.DataFrame,
    path_or_dash: str | Path,
    *,
    format: str | None = None,
    overwrite: bool = False,
) -> None:
    """Write an incident frame to ``path_or_dash`` (``"-"``: stdout) in one format.

    ``frame`` is what ``geo.incident.to_geodataframe`` or ``read_incidents`` returns;
    its columns are brought to the incident schema first.
    """
    from geo.export.schema import normalise_frame

    chosen = format_for(path_or_dash, format=format)
    incidents = normalise_frame(frame)
    _write(
        chosen,
        path_or_dash,
        len(incidents),
        overwrite=overwrite,
        write=functools.partial(chosen.write, incidents),
    )


def write_incident_records(
    incidents: Sequence[Incident],
    path_or_dash: str | Path,
    *,
    format: str | None = None,
    overwrite: bool = False,
) -> None:
    """Write incidents to ``path_or_dash`` as ``write_incidents`` writes their frame.

    The same bytes, but GeoJSON, JSON Lines and CSV are written from the records
    themselves, without pandas, GeoPandas or GDAL (about 1 s of CPU and 100 MiB at
    start-up); the other formats, more than ``ROWS_AT_MOST`` incidents, and incidents
    holding a value the row writers do not take (an infinite number) go through the
    frame.
    """
    from geo.export.rows import has_only_finite_numbers, rows_of_incidents

    chosen = format_for(path_or_dash, format=format)
    write_rows = chosen.write_rows
    if (
        write_rows is None
        or len(incidents) > ROWS_AT_MOST
        or not has_only_finite_numbers(incidents)
    ):
        from geo.incident import to_geodataframe

        write_incidents(
            to_geodataframe(incidents), path_or_dash, format=format, overwrite=overwrite
        )
        return

    def write(*, path: Path) -> None:
        assert write_rows is not None
        write_rows(rows_of_incidents(incidents), path=path)

    _write(chosen, path_or_dash, len(incidents), overwrite=overwrite, write=write)


def _write(
    chosen: ExportFormat,
    path_or_dash: str | Path,
    count: int,
    *,
    overwrite: bool,
    write: Callable[..., None],
) -> None:
    """Run ``write(path=...)`` onto stdout, a device, or atomically onto a file."""
    if str(path_or_dash) == STDOUT:
        with stdout_path(chosen.suffixes[0]) as temporary:
            write(path=temporary)
        return
    path = Path(path_or_dash)
    if is_special_file(path):
        with special_file_path(path, suffix=chosen.suffixes[0]) as temporary:
            write(path=temporary)
        return
    check_writable(path, overwrite=overwrite)  # before the work, not only after it
    with atomic_path(
        path, overwrite=overwrite, verify=functools.partial(_check_complete, chosen, count)
    ) as temporary:
        write(path=temporary)


def _check_complete(chosen: ExportFormat, count: int, temporary: Path) -> None:
    """Raise ENOSPC unless ``temporary`` reads back with ``count`` incidents."""
    try:
        written = len(chosen.read(temporary))
    except (IncimapError, OSError, RuntimeError) as err:
        raise OSError(errno.ENOSPC, f"the written file is incomplete ({err})") from err
    if written != count:
        raise OSError(errno.ENOSPC, f"{written} of {count} incidents were written")


def read_incidents(path: str | Path, *, format: str | None = None) -> gpd.GeoDataFrame:
    """Read an incident file that ``write_incidents`` wrote back into a typed frame.

    Raises ``InputFormatError`` naming the file (and the row and field, for a point out
    of range) when the file cannot be read or holds an impossible coordinate: such a
    file was not written by incimap, or was edited since.
    """
    chosen = format_for(path, format=format)
    try:
        frame = chosen.read(Path(path))
    except IncimapError:
        raise
    except Exception as err:  # GDAL, pyarrow and the XML parser each raise their own
        raise InputFormatError(f"cannot read incidents: {err}", path=str(path)) from err
    check_latlon(frame, path=str(path))
    return frame


def check_latlon(frame: gpd.GeoDataFrame, *, path: str) -> None:
    """Raise ``InputFormatError`` naming the file and incident of a point out of range."""
    import numpy as np

    for field, limit in (("latitude", 90.0), ("longitude", 180.0)):
        if field not in frame.columns:
            continue
        values = frame[field].to_numpy(dtype="float64", na_value=np.nan)
        # Null is "no place"; anything else must be a finite degree value in range.
        bad = ~np.isnan(values) & ~(np.abs(values) <= limit)
        if bad.any():
            row = int(np.flatnonzero(bad)[0])
            raise InputFormatError(
                f"{field} out of range in incident {row + 1}: {values[row]}",
                path=path,
                field=field,
            )
