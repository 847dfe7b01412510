"""JSON Lines: one incident per line, every field by name, ``null`` for unknown values.

Dates are ``YYYY-MM-DD`` strings and numbers are JSON numbers; there is no geometry
member, since ``latitude`` and ``longitude`` say where the incident is. Reading gives
back the same typed frame as every other format.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import pandas as pd

from geo.errors import InputFormatError
from geo.export.schema import normalise_frame
from geo.incident import FIELDS

_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")

if TYPE_CHECKING:
    import geopandas as gpd


def incident_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of an incident frame as JSON-ready dicts (no geometry; nulls stay null)."""
    rows = []
    for record in frame[list(FIELDS)].to_dict(orient="records"):
        rows.append({str(name): _json_value(value) for name, value in record.items()})
    return rows


def _json_value(value: object) -> object:
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item"):
        return _json_value(value.item())  # numpy scalar → Python
    return value


def write_jsonl(frame: gpd.GeoDataFrame, *, path: Path) -> None:
    """Write ``frame`` to a new JSON Lines file at ``path``, one incident per line."""
    with path.open("w", encoding="utf-8", newline="\n") as stream:
        for row in incident_rows(frame):
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> gpd.GeoDataFrame:
    """Read incidents that ``write_jsonl`` wrote back into a typed incident frame.

    Raises ``InputFormatError`` naming the file and line of a line that is not a JSON
    object.
    """
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
