"""Incidents as plain rows, each value as the incident frame holds it, for writers that
need no frame.

A row maps every field of ``geo.incident.FIELDS``, in that order, to a Python value of
the field's column type in ``to_geodataframe``'s frame: ``int`` or None for the integer
fields, a finite ``float`` or None for the real ones, ``date`` or None for dates, and
``str`` (never None) for text. ``rows_of_incidents`` builds them from incident records
without pandas, so that a run of a few reports writes GeoJSON, JSON Lines or CSV without
importing it; ``rows_of_frame`` reads the same rows out of a frame. The text writers
work on rows, and the tests check that both give the same rows and the same bytes.

>>> from geo.incident import Incident
>>> row = next(rows_of_incidents([Incident("a", "Battles", latitude=40, fatalities=None)]))
>>> row["latitude"], row["fatalities"], row["actor1"]
(40.0, None, '')
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Final, SupportsFloat, SupportsInt, cast

from geo.incident import DATE_FIELDS, FIELDS, FLOAT_FIELDS, INTEGER_FIELDS

if TYPE_CHECKING:
    import pandas as pd

    from geo.incident import Incident

IncidentRow = dict[str, object]


def _integer(value: object) -> int | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return int(cast(SupportsInt, value))


def _real(value: object) -> float | None:
    if value is None:
        return None
    number = float(cast(SupportsFloat, value))
    return None if math.isnan(number) else number


def _day(value: object) -> date | None:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value
    return None


def _text(value: object) -> str:
    return "" if value is None else str(value)


_TYPED: Final[dict[str, Callable[[object], object]]] = {
    name: (
        _integer
        if name in INTEGER_FIELDS
        else _real
        if name in FLOAT_FIELDS
        else _day
        if name in DATE_FIELDS
        else _text
    )
    for name in FIELDS
}


def rows_of_incidents(incidents: Iterable[Incident]) -> Iterator[IncidentRow]:
    """Each incident as a row typed as ``to_geodataframe`` types its columns."""
    typed = tuple(_TYPED.items())
    for incident in incidents:
        yield {name: to_type(getattr(incident, name)) for name, to_type in typed}


def rows_of_frame(frame: pd.DataFrame) -> Iterator[IncidentRow]:
    """Each row of a typed incident frame (``normalise_frame``'s) as a plain row."""
    for record in frame[list(FIELDS)].to_dict(orient="records"):
        yield {str(name): _plain(value) for name, value in record.items()}


def _plain(value: object) -> object:
    import pandas as pd

    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        return _plain(value.item())  # numpy scalar → Python
    return value


def has_only_finite_numbers(incidents: Iterable[Incident]) -> bool:
    """Whether no real field holds an infinity (GDAL writes those its own way).

    >>> from geo.incident import Incident
    >>> has_only_finite_numbers([Incident("a", "Riots", uncertainty_m=float("inf"))])
    False
    """
    for incident in incidents:
        for name in FLOAT_FIELDS:
            value = getattr(incident, name)
            if value is not None and math.isinf(value):
                return False
    return True
