"""JSON Lines: one incident per line, every field by name, ``null`` for unknown values.

Dates are ``YYYY-MM-DD`` strings and numbers are JSON numbers; there is no geometry
member, since ``latitude`` and ``longitude`` say where the incident is. Reading gives
back the same typed frame as every other format.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from gazetteer.compiled_patterns import lazy_compile
from geo.errors import InputFormatError
from geo.export.rows import IncidentRow, rows_of_frame
from geo.incident import FIELDS

_SURROGATE_RE: Final = lazy_compile("[\ud800-\udfff]")

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd


def incident_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of an incident frame as JSON-ready dicts (no geometry; nulls stay null)."""
    return [to_json_row(row) for row in rows_of_frame(frame)]


def to_json_row(row: IncidentRow) -> dict[str, Any]:
    """A row (:mod:`geo.export.rows`) as JSON values: dates become ``YYYY-MM-DD``."""
    return {
        name: value.isoformat() if isinstance(value, date) else value for name, value in row.items()
    }


def write_jsonl(frame: gpd.GeoDataFrame, *, path: Path) -> None:
    """Write ``frame`` to a new JSON Lines file at ``path``, one incident per line."""
    write_jsonl_rows(rows_of_frame(frame), path=path)


def write_jsonl_rows(rows: Iterable[IncidentRow], *, path: Path) -> None:
    """Write incident rows to a new JSON Lines file at ``path``, one incident per line."""
    with path.open("w", encoding="utf-8", newline="\n") as stream:
        for row in rows:
            stream.write(json.dumps(to_json_row(row), ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> gpd.GeoDataFrame:
    """Read incidents that ``write_jsonl`` wrote back into a typed incident frame.

    Raises ``InputFormatError`` naming the file and line of a line that is not a JSON
    object.
    """
    import pandas as pd

    from geo.export.schema import normalise_frame

    records: list[dict[str, object]] = []
    with path.open(encoding="utf-8-sig", errors="replace") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputFormatError(
                    f"not valid JSON ({err.msg})", path=str(path), line=number
                ) from err
            if not isinstance(row, dict):
                raise InputFormatError("expected a JSON object", path=str(path), line=number)
            records.append({name: _cleaned(row.get(name)) for name in FIELDS})
    return normalise_frame(pd.DataFrame.from_records(records, columns=list(FIELDS)))


def _cleaned(value: object) -> object:
    # JSON may spell a lone surrogate (\udc00), which no file can hold: replace it. The
    # rest is kept as written: these are incimap's own values, cleaned when they entered.
    if isinstance(value, str) and _SURROGATE_RE.search(value):
        return _SURROGATE_RE.sub("\ufffd", value)
    return value
