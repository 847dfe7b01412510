"""Raw rows of CSV, XLSX and GIS tables (GeoJSON, GeoPackage, ...), each with its line.

Line numbers are what a user sees: the CSV line where the record starts (quoted cells
may span lines), the spreadsheet row, or the feature's position for GIS files. Which
file is which kind of table is decided once, in :mod:`geo.inputs`; a GIS layer that it
has read already is turned into rows by :func:`raw_table_of_layer`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from geo.errors import InputFormatError
from geo.text import clean_text, decode_bytes

if TYPE_CHECKING:
    import geopandas as gpd
    import numpy as np
    import pandas as pd

SPREADSHEET_SUFFIXES: Final = (".xlsx", ".xlsm")
GIS_SUFFIXES: Final = (".geojson", ".json", ".gpkg", ".fgb", ".kml", ".parquet", ".geoparquet")
TEXT_TABLE_SUFFIXES: Final = (".csv", ".tsv", ".txt")
TABLE_SUFFIXES: Final = (*TEXT_TABLE_SUFFIXES, *SPREADSHEET_SUFFIXES, *GIS_SUFFIXES)


@dataclass(frozen=True, slots=True)
class RawRow:
    """One data row: its line, its cells by header name, and its own point if it has one."""

    line: int
    cells: dict[str, object]
    lonlat: tuple[float, float] | None = None
    is_area: bool = False  # the geometry was a line or an area, not a point


@dataclass(frozen=True, slots=True)
class LayerCells:
    """A GIS layer's cells as columns, and each feature's point (lon, lat; NaN for none).

    Kept as columns so that a reader can treat each distinct value once
    (:mod:`geo.tables.layer`); :meth:`rows` gives the same cells row by row.
    """

    frame: pd.DataFrame  # the attribute columns, named as the header
    lon: np.ndarray
    lat: np.ndarray
    present: np.ndarray  # the feature has a geometry
    is_area: np.ndarray  # ... which was a line or an area, not a point

    def __len__(self) -> int:
        return len(self.lon)

    def rows(self) -> tuple[RawRow, ...]:
        """One ``RawRow`` per feature, numbered from 1."""
        frame = self.frame
        records = frame.to_dict("records") if len(frame.columns) else [{}] * len(self)
        return tuple(
            RawRow(
                number,
                {str(k): v for k, v in record.items()},
                (float(self.lon[number - 1]), float(self.lat[number - 1])) if has else None,
                bool(area),
            )
            for number, (record, has, area) in enumerate(
                zip(records, self.present, self.is_area, strict=True), start=1
            )
        )


@dataclass(frozen=True, slots=True)
class RawTable:
    """A header, the rows under it, and the rows that could not be split into cells.

    A GIS layer's table holds its cells as columns (``layer``) and no ``rows``;
    :meth:`all_rows` gives them row by row whatever the source.
    """

    header: tuple[str, ...]
    rows: tuple[RawRow, ...]
    errors: tuple[InputFormatError, ...] = ()
    layer: LayerCells | None = None

    def all_rows(self) -> tuple[RawRow, ...]:
        """The data rows, built from the layer's columns when the table has them."""
        return self.layer.rows() if self.layer is not None else self.rows

    def __len__(self) -> int:
        """How many data rows the table has."""
        return len(self.layer) if self.layer is not None else len(self.rows)


def read_raw_table(path: Path) -> RawTable:
    """Read any supported table; raises ``InputFormatError`` for an unsupported suffix."""
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        return read_xlsx_rows(path)
    if suffix in GIS_SUFFIXES:
        return raw_table_of_layer(read_gis_layer(path))
    if suffix in TEXT_TABLE_SUFFIXES:
        return read_csv_rows(path, text=decode_table(path))
    raise InputFormatError(
        f"cannot read a table from {suffix or 'a file without suffix'}; "
        f"valid suffixes: {', '.join(TABLE_SUFFIXES)}",
        path=str(path),
    )


def decode_table(path: Path) -> str:
    """A text table's content, decoded (Windows-1252 when it is not UTF-8) and cleaned."""
    text = decode_bytes(path.read_bytes())
    if text is None:
        raise InputFormatError("binary content, not a text table", path=str(path))
    return clean_text(text).text


def read_csv_header(text: str, *, suffix: str) -> tuple[str, ...]:
    """The header cells of a CSV or TSV table's text (its first non-blank record)."""
    reader = csv.reader(io.StringIO(text[:65536], newline=""), _dialect_of(text, suffix=suffix))
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                return tuple(cell.strip() for cell in record)
    except csv.Error:
        return ()
    return ()


def _dialect_of(text: str, *, suffix: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        return csv.excel_tab if suffix == ".tsv" else csv.excel


def read_csv_rows(path: Path, *, text: str) -> RawTable:
    """The rows of a CSV or TSV table whose decoded ``text`` is given."""
    reader = csv.reader(
        io.StringIO(text, newline=""), _dialect_of(text, suffix=path.suffix.lower())
    )
    header: tuple[str, ...] | None = None
    rows: list[RawRow] = []
    errors: list[InputFormatError] = []
    start = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            # A cell past the csv module's size limit (or a NUL): this row only.
            errors.append(
                InputFormatError(f"unreadable row: {err}", path=str(path), line=start, field="row")
            )
            start = reader.line_num + 1
            continue
        line, start = start, reader.line_num + 1
        if not any(cell.strip() for cell in record):
            continue
        if header is None:
            header = tuple(cell.strip() for cell in record)
            continue
        if len(record) > len(header):
            errors.append(
                InputFormatError(
                    f"{len(record)} cells under a header of {len(header)}; row skipped "
                    "(is a comma missing its quotes?)",
                    path=str(path),
                    line=line,
                    field=f"column {len(header) + 1}",
                )
            )
            continue
        rows.append(RawRow(line, dict(zip(header, record, strict=False))))
    return RawTable(header or (), tuple(rows), tuple(errors))


def read_xlsx_rows(path: Path) -> RawTable:
    """The rows of a spreadsheet's first sheet."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many kinds for a broken file
        raise InputFormatError(f"not a readable spreadsheet: {err}", path=str(path)) from err
    try:
        sheet = workbook.worksheets[0]
        header: tuple[str, ...] | None = None
        rows: list[RawRow] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if all(v is None or str(v).strip() == "" for v in values):
                continue
            if header is None:
                header = tuple("" if v is None else str(v).strip() for v in values)
                continue
            rows.append(RawRow(number, dict(zip(header, values, strict=False))))
        return RawTable(header or (), tuple(rows))
    finally:
        workbook.close()


def read_gis_layer(path: Path, *, columns: Sequence[str] | None = None) -> gpd.GeoDataFrame:
    """Read a GIS file's features (any columns), through its format's layer reader.

    A GeoJSON of points laid out one feature per line (as GDAL writes it) is read by
    :mod:`geo.tables.geojson_lines` instead, in one pass and several times faster.
    ``columns``: only those of these attributes that the file has, for a GeoJSON, a
    GeoPackage or a GeoParquet file (the other formats are read whole).
    """
    import pyogrio

    from geo.export import FORMAT_BY_SUFFIX
    from geo.tables.geojson_lines import read_feature_lines

    suffix = path.suffix.lower()
    chosen = FORMAT_BY_SUFFIX.get(suffix)
    try:
        is_geojson = suffix in (".geojson", ".json")
        fast = read_feature_lines(path, columns=columns) if is_geojson else None
        if fast is not None:
            frame: gpd.GeoDataFrame = fast
        elif columns is not None and (is_geojson or suffix == ".gpkg"):
            frame = _read_some_columns(path, columns)
        elif columns is not None and chosen is not None and chosen.name == "parquet":
            from geo.export.arrow import read_geoparquet_layer

            frame = read_geoparquet_layer(path, columns=columns)
        elif chosen is not None and chosen.read_layer is not None:
            frame = chosen.read_layer(path)
        else:
            frame = pyogrio.read_dataframe(path)
    except Exception as err:  # GDAL, pyarrow and the XML parser each raise their own
        raise InputFormatError(f"cannot read it as a GIS file: {err}", path=str(path)) from err
    _check_text_is_utf8(frame, path=path)
    return frame


def _read_some_columns(path: Path, columns: Sequence[str]) -> gpd.GeoDataFrame:
    # Names the file lacks are left out by pyogrio.
    from geo.export.geojson import read_geojson_layer
    from geo.export.gpkg import read_gpkg_layer

    if path.suffix.lower() == ".gpkg":
        return read_gpkg_layer(path, columns=columns)
    return read_geojson_layer(path, columns=columns)


def gis_field_names(path: Path) -> frozenset[str] | None:
    """The attribute names of a GeoPackage's or a GeoParquet file's layer (its schema)
    or of a GeoJSON in GDAL's layout (its first features), without reading the
    features; None for any
    other file, or one that cannot be read so far (reading it then says why)."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".gpkg":
            from geo.export.gpkg import gpkg_field_names

            return gpkg_field_names(path)
        if suffix in (".geojson", ".json"):
            from geo.tables.geojson_lines import feature_line_names

            return feature_line_names(path)
        if suffix in (".parquet", ".geoparquet"):
            from geo.export.arrow import geoparquet_field_names

            return geoparquet_field_names(path)
    except Exception:  # GDAL, pyarrow and OSError alike: reading the file then says why
        return None
    return None


def _check_text_is_utf8(frame: gpd.GeoDataFrame, *, path: Path) -> None:
    """Refuse a layer whose Arrow text columns hold bytes that are not UTF-8.

    GDAL passes a GeoJSON string's bytes through unchecked; the Arrow column then fails
    only when a cell is read, deep inside whatever reads it. Arrow checks the whole
    column in C, without converting a cell.
    """
    import pyarrow as pa

    for column in frame.columns:
        values = frame[column].array
        if not hasattr(values, "__arrow_array__"):
            continue
        try:
            arrow = pa.array(values)
            if pa.types.is_string(arrow.type) or pa.types.is_large_string(arrow.type):
                arrow.validate(full=True)
        except (pa.ArrowInvalid, UnicodeDecodeError) as err:
            raise InputFormatError(
                f"column {column!r} holds text that is not UTF-8 ({err})", path=str(path)
            ) from err


def raw_table_of_layer(frame: gpd.GeoDataFrame) -> RawTable:
    """The table of a GIS layer: its attribute columns and each feature's own point.

    A line or an area stands as its representative point (``is_area``), in WGS84.
    """
    import numpy as np
    import pandas as pd
    import shapely  # only GIS layers need them: a run of reports does not import them

    if frame.crs is not None and not frame.crs.equals("EPSG:4326") and len(frame):
        frame = frame.to_crs("EPSG:4326")
    name = frame.geometry.name
    header = tuple(str(c) for c in frame.columns if c != name)
    geometry = np.asarray(frame.geometry.to_numpy(), dtype=object)
    present = ~(shapely.is_missing(geometry) | shapely.is_empty(geometry))
    is_point = present & (shapely.get_type_id(geometry) == 0)
    points = geometry.copy()
    areas = present & ~is_point
    if areas.any():
        points[areas] = shapely.point_on_surface(geometry[areas])
    xs = np.full(len(frame), np.nan)
    ys = np.full(len(frame), np.nan)
    xs[present] = shapely.get_x(points[present])
    ys[present] = shapely.get_y(points[present])
    cells = pd.DataFrame(frame[[c for c in frame.columns if c != name]])
    cells.columns = list(header)
    return RawTable(header, (), layer=LayerCells(cells, xs, ys, present, areas))
