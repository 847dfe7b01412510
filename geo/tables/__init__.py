"""Incident tables in: CSV, XLSX, GeoJSON or GeoPackage rows joined to the gazetteer.

``read_table`` recognises ACLED exports by their header and keeps their coordinates and
precision codes (the gazetteer only checks them); other tables name their columns with
``TableColumns`` or use common header names. Every row is accounted for in the
``TableSummary``: resolved, unresolved (kept without a point), or failed (reported and
skipped because it could not be split into cells).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from geo.errors import InputFormatError
from geo.export.countries import load_country_codes
from geo.incident import FAR_FROM_LOCATION_KM, Incident, to_geodataframe
from geo.tables.build import PlaceResolver, RowContext, build_incident
from geo.tables.columns import (
    ACLED_COLUMNS,
    TableColumns,
    fold_header,
    is_acled_header,
    match_columns,
)
from geo.tables.layer import build_layer_frame
from geo.tables.rows import TABLE_SUFFIXES, RawTable, read_raw_table

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = [
    "TABLE_SUFFIXES",
    "PlaceResolver",
    "TableColumns",
    "TableResult",
    "TableSummary",
    "read_table",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TableSummary:
    """What happened to the rows of one table."""

    kind: str  # "acled" or "table"
    read: int  # data rows seen (blank rows are not counted)
    resolved: int  # rows with a point
    unresolved: int  # rows kept without a point
    failed: int  # rows skipped because they could not be split into cells
    malformed: int  # rows kept with one or more bad cells left empty
    far_from_location: int  # rows whose point is far from their named location
    errors: tuple[InputFormatError, ...]

    def describe(self) -> str:
        """One line for humans.

        >>> TableSummary("table", 3, 1, 1, 1, 0, 0, ()).describe()[:52]
        'table: 3 rows read, 1 resolved, 1 unresolved, 1 fail'
        """
        return (
            f"{self.kind}: {self.read} rows read, {self.resolved} resolved, "
            f"{self.unresolved} unresolved, {self.failed} failed, {self.malformed} malformed, "
            f"{self.far_from_location} far from their location"
        )


@dataclass(frozen=True, slots=True)
class TableResult:
    """The incidents of a table, as a GeoDataFrame, and what happened to its rows."""

    frame: gpd.GeoDataFrame
    summary: TableSummary


def read_table(
    path: str | Path,
    *,
    resolver: PlaceResolver | None,
    columns: TableColumns | None = None,
    far_km: float = FAR_FROM_LOCATION_KM,
    check_places: bool = False,
    raw: RawTable | None = None,
) -> TableResult:
    """Read an incident table and place each row through ``resolver``.

    Rows with their own point (coordinate columns, a GIS geometry) keep it; with
    ``check_places`` each distinct location is also looked up once and rows farther
    than ``far_km`` from it are flagged. ``raw`` is the table when it was read already
    (see :mod:`geo.inputs`). Raises ``InputFormatError`` only when the file as a whole
    cannot be read, a named column is missing, or no column names a place and the rows
    have no points; problems with single rows go to ``summary.errors``.
    """
    path = Path(path)
    raw = read_raw_table(path) if raw is None else raw
    acled = columns is None and is_acled_header(raw.header)
    given = _present(ACLED_COLUMNS, raw.header) if acled else (columns or TableColumns())
    matched = match_columns(raw.header, given=given, path=str(path))
    _check_placeable(raw, columns=matched, path=str(path))
    context = RowContext(
        path=str(path),
        source=path.name,
        columns=matched,
        resolver=resolver,
        countries=load_country_codes(),
        far_km=far_km,
        check_places=check_places,
    )
    fast = build_layer_frame(raw, context=context)
    if fast is not None:
        return TableResult(
            frame=fast,
            summary=TableSummary(
                kind="acled" if acled else "table",
                read=len(raw),
                resolved=len(raw),
                unresolved=0,
                failed=0,
                malformed=0,
                far_from_location=0,
                errors=(),
            ),
        )
    rows = raw.all_rows()
    errors = list(raw.errors)
    incidents: list[Incident] = []
    for row in rows:
        built = build_incident(row, context=context)
        incidents.append(built.incident)
        errors.extend(built.errors)
    for error in errors:
        log.debug("%s", error)  # the caller says them, once
    flags = [set(i.flags.split(",")) for i in incidents]
    summary = TableSummary(
        kind="acled" if acled else "table",
        read=len(rows) + len(raw.errors),
        resolved=sum(1 for i in incidents if i.latitude is not None),
        unresolved=sum(1 for f in flags if "unresolved" in f),
        failed=len(raw.errors),
        malformed=sum(1 for f in flags if "malformed" in f),
        far_from_location=sum(1 for f in flags if "far_from_location" in f),
        errors=tuple(errors),
    )
    return TableResult(frame=to_geodataframe(incidents), summary=summary)


def _check_placeable(raw: RawTable, *, columns: Mapping[str, str], path: str) -> None:
    """Refuse a table whose rows cannot be placed at all, with a hint to name the column."""
    if "place" in columns or {"latitude", "longitude"} <= set(columns) or not len(raw):
        return
    if raw.layer is not None and raw.layer.present[:100].any():
        return
    if any(row.lonlat is not None for row in raw.rows[:100]):
        return
    header = ", ".join(cell for cell in raw.header if cell) or "(empty)"
    raise InputFormatError(
        f"no column of place names or coordinates found among: {header}; "
        "name it with --place-column NAME (or --lat-column and --lon-column)",
        path=path,
        line=1,
    )


def _present(columns: TableColumns, header: tuple[str, ...]) -> TableColumns:
    """ACLED's columns that this export has: exports may leave some out (``country``)."""
    from dataclasses import fields, replace

    folded = {fold_header(cell) for cell in header}
    missing = {
        spec.name: None
        for spec in fields(columns)
        if getattr(columns, spec.name) is not None
        and fold_header(getattr(columns, spec.name)) not in folded
    }
    return replace(columns, **missing)
