"""CSV in ACLED's column order, for every ACLED column we fill, then our own columns.

``country`` holds the ISO alpha-2 code, as in every other format and in the incident
record (ACLED writes a name there); ACLED's numeric ``iso`` code is kept, and the
English name follows in ``country_name``. Text is written as it is (the csv module
quotes what needs quoting), so hostile text stays text. An unknown count is an empty cell, never 0.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

from geo.export.countries import load_country_codes
from geo.export.rows import IncidentRow
from geo.incident import FIELDS

if TYPE_CHECKING:
    import geopandas as gpd

# (CSV column, incident field). ACLED's columns first, in ACLED's order.
ACLED_COLUMNS: Final = (
    ("event_id_cnty", "id"),
    ("event_date", "event_date"),
    ("year", ""),
    ("time_precision", "time_precision"),
    ("event_type", "event_type"),
    ("sub_event_type", "sub_event_type"),
    ("actor1", "actor1"),
    ("assoc_actor_1", "assoc_actors"),
    ("actor2", "actor2"),
    ("iso", ""),
    ("country", "country"),
    ("admin1", "admin1"),
    ("admin2", "admin2"),
    ("location", "location"),
    ("latitude", "latitude"),
    ("longitude", "longitude"),
    ("geo_precision", "geo_precision"),
    ("source", "source"),
    ("notes", "notes"),
    ("fatalities", "fatalities"),
)
EXTRA_COLUMNS: Final = ("injured", "evidence", "confidence", "uncertainty_m", "source_url")
_ACLED_FIELDS: Final = {f for _, f in ACLED_COLUMNS if f}
REST_COLUMNS: Final = (
    "country_name",
    *(f for f in FIELDS if f not in _ACLED_FIELDS and f not in EXTRA_COLUMNS),
)
HEADER: Final = (*(c for c, _ in ACLED_COLUMNS), *EXTRA_COLUMNS, *REST_COLUMNS)
# The columns every version of our CSV has (the country columns changed once).
RECOGNISED: Final = tuple(c for c in HEADER if c not in ("country_name", "country_code"))


def write_csv(frame: gpd.GeoDataFrame, *, path: Path) -> None:
    """Write ``frame`` to a new UTF-8 CSV file at ``path``."""
    import pandas as pd

    codes = load_country_codes()
    table = pd.DataFrame(index=frame.index)
    dates = frame["event_date"]
    for column, name in ACLED_COLUMNS:
        if name:
            table[column] = frame[name]
    table["year"] = pd.array([d.year if d is not None else None for d in dates], dtype="Int64")
    table["iso"] = frame["country"].map(codes.numeric_by_alpha2).astype("Int64")
    for name in EXTRA_COLUMNS:
        table[name] = frame[name]
    table["country_name"] = frame["country"].map(codes.name_by_alpha2).fillna("")
    for name in REST_COLUMNS[1:]:
        table[name] = frame[name]
    table = table[list(HEADER)]
    with path.open("w", encoding="utf-8", newline="") as stream:
        # Floats keep full precision (repr), so a round trip gives the same numbers.
        table.to_csv(stream, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")


def write_csv_rows(rows: Iterable[IncidentRow], *, path: Path) -> None:
    """Write incident rows (:mod:`geo.export.rows`) to a new UTF-8 CSV file at ``path``.

    The same bytes as ``write_csv`` writes for the same incidents, without pandas: the
    csv module quotes as pandas has it quote, an unknown value is an empty cell, and a
    float is written as numpy writes it (the shortest text that reads back the same).
    """
    codes = load_country_codes()
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(HEADER)
        for row in rows:
            day = row["event_date"]
            country = str(row["country"])
            cells = {column: row[name] for column, name in ACLED_COLUMNS if name}
            cells["year"] = day.year if isinstance(day, date) else None
            cells["iso"] = codes.numeric_by_alpha2.get(country)
            cells["country_name"] = codes.name_by_alpha2.get(country, "")
            cells.update((name, row[name]) for name in (*EXTRA_COLUMNS, *REST_COLUMNS[1:]))
            writer.writerow([_cell(cells[column]) for column in HEADER])


def _cell(value: object) -> object:
    # repr is numpy's shortest round-trip text of a float64, with the same switch to an
    # exponent (below 1e-4, from 1e16): what pandas writes for a float column.
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return value


def read_csv(path: Path) -> gpd.GeoDataFrame:
    """Read a CSV that ``write_csv`` wrote back into a typed incident frame."""
    import pandas as pd

    from geo.export.schema import normalise_frame

    table = pd.read_csv(path, dtype="str", keep_default_na=False, encoding="utf-8")
    frame = pd.DataFrame(index=table.index)
    for column, name in ACLED_COLUMNS:
        if name and column in table.columns:
            frame[name] = table[column]
    for name in (*EXTRA_COLUMNS, *REST_COLUMNS[1:]):
        if name in table.columns:
            frame[name] = table[name]
    if "country_code" in table.columns:
        # Files written before 0.x kept the name in ``country`` and the code here.
        frame["country"] = table["country_code"]
    return normalise_frame(frame)


def is_incident_header(header: Sequence[str]) -> bool:
    """Return whether a CSV header is one that ``write_csv`` wrote (this or an older one).

    >>> is_incident_header(HEADER), is_incident_header(["event_date", "location"])
    (True, False)
    """
    return set(RECOGNISED) <= set(header)
