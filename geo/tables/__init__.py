"""Incident tables in: CSV, XLSX, GeoJSON or GeoPackage rows joined to the gazetteer.

``read_table`` recognises ACLED exports by their header and keeps their coordinates and
precision codes (the gazetteer only checks them); other tables name their columns with
``TableColumns`` or use common header names. Every row is accounted for in the
``TableSummary``: resolved, unresolved (kept without a point), or failed (reported and
skipped because it could not be split into cells).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gazetteer.errors import InputFormatError
from geo.export.countries import load_country_codes
from geo.incident import Incident, to_geodataframe
from geo.tables.build import PlaceResolver, RowContext, build_incident
from geo.tables.columns import ACLED_COLUMNS, TableColumns, is_acled_header, match_columns
from geo.tables.rows import TABLE_SUFFIXES, read_raw_table

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
FAR_FROM_LOCATION_KM = 50.0


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
) -> TableResult:
    """Read an incident table and place each row through ``resolver``.

    Raises ``InputFormatError`` only when the file as a whole cannot be read (or a named
    column is missing); problems with single rows go to ``summary.errors``.
    """
    path = Path(path)
    raw = read_raw_table(path)
    acled = columns is None and is_acled_header(raw.header)
    given = ACLED_COLUMNS if acled else (columns or TableColumns())
    matched = match_columns(raw.header, given=given, path=str(path))
    context = RowContext(
        path=str(path),
        source=path.name,
        columns=matched,
        resolver=resolver,
        countries=load_country_codes(),
        far_km=far_km,
    )
    errors = list(raw.errors)
    incidents: list[Incident] = []
    for row in raw.rows:
        built = build_incident(row, context=context)
        incidents.append(built.incident)
        errors.extend(built.errors)
    for error in errors:
        log.warning("%s", error)
    flags = [set(i.flags.split(",")) for i in incidents]
    summary = TableSummary(
        kind="acled" if acled else "table",
        read=len(raw.rows) + len(raw.errors),
        resolved=sum(1 for i in incidents if i.latitude is not None),
        unresolved=sum(1 for f in flags if "unresolved" in f),
        failed=len(raw.errors),
        malformed=sum(1 for f in flags if "malformed" in f),
        far_from_location=sum(1 for f in flags if "far_from_location" in f),
        errors=tuple(errors),
    )
    return TableResult(frame=to_geodataframe(incidents), summary=summary)
