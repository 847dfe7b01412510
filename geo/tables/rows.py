"""Raw rows of CSV, XLSX, GeoJSON and GeoPackage tables, each with its line number.

Line numbers are what a user sees: the CSV line where the record starts (quoted cells
may span lines), the spreadsheet row, or the feature's position for GIS files.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import shapely

from gazetteer.errors import InputFormatError

SPREADSHEET_SUFFIXES: Final = (".xlsx", ".xlsm")
GIS_SUFFIXES: Final = (".geojson", ".json", ".gpkg", ".fgb")
TABLE_SUFFIXES: Final = (".csv", ".tsv", ".txt", *SPREADSHEET_SUFFIXES, *GIS_SUFFIXES)


@dataclass(frozen=True, slots=True)
class RawRow:
    """One data row: its line, its cells by header name, and its own point if it has one."""

    line: int
    cells: dict[str, object]
    lonlat: tuple[float, float] | None = None
    is_area: bool = False  # the geometry was a line or an area, not a point


@dataclass(frozen=True, slots=True)
class RawTable:
    """A header, the rows under it, and the rows that could not be split into cells."""

    header: tuple[str, ...]
    rows: tuple[RawRow, ...]
    errors: tuple[InputFormatError, ...] = ()


def read_raw_table(path: Path) -> RawTable:
    """Read any supported table; raises ``InputFormatError`` for an unsupported suffix."""
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        return _read_xlsx(path)
    if suffix in GIS_SUFFIXES:
        return _read_gis(path)
    if suffix in (".csv", ".tsv", ".txt"):
        return _read_csv(path)
    raise InputFormatError(
        f"cannot read a table from {suffix or 'a file without suffix'}; "
        f"valid suffixes: {', '.join(TABLE_SUFFIXES)}",
        path=str(path),
    )


def _decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputFormatError("cannot tell the text encoding", path=str(path)) from None
        return str(best)


def _read_csv(path: Path) -> RawTable:
    text = _decode(path)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:8192], delimiters=",;\t|"
        )
    except csv.Error:
        dialect = csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
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


def _read_xlsx(path: Path) -> RawTable:
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


def _read_gis(path: Path) -> RawTable:
    import pyogrio

    try:
        frame = pyogrio.read_dataframe(path)
    except Exception as err:  # pyogrio raises its own DataSourceError and friends
        raise InputFormatError(f"GDAL cannot read it: {err}", path=str(path)) from err
    if frame.crs is not None and not frame.crs.equals("EPSG:4326") and len(frame):
        frame = frame.to_crs("EPSG:4326")
    header = tuple(str(c) for c in frame.columns if c != frame.geometry.name)
    rows = []
    for number, (record, geometry) in enumerate(
        zip(frame[list(header)].to_dict("records"), frame.geometry, strict=True), start=1
    ):
        lonlat = None
        is_area = False
        if geometry is not None and not geometry.is_empty:
            point = geometry if geometry.geom_type == "Point" else geometry.representative_point()
            is_area = point is not geometry
            lonlat = (float(shapely.get_x(point)), float(shapely.get_y(point)))
        rows.append(RawRow(number, {str(k): v for k, v in record.items()}, lonlat, is_area))
    return RawTable(header, tuple(rows))
