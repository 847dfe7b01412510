"""Cell values of incident tables: dates, counts, coordinates, as people type them.

Each parser raises ``ValueError`` with a message that says what it expected; the table
reader turns that into an ``InputFormatError`` naming the file, line and column.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

# Cells that mean "not known" in spreadsheets; they become an empty value, not an error.
UNKNOWN_MARKS: Final = frozenset({"", "-", "?", "n/a", "na", "unknown", "none", "null", "nan"})
_TEXT_DATE_FORMATS: Final = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%d.%m.%Y")
_SLASHED: Final = re.compile(r"^(\d{1,4})[/-](\d{1,2})[/-](\d{1,4})$")


@dataclass(frozen=True, slots=True)
class DateValue:
    """A parsed date and ACLED's time precision of it (1 day, 3 month)."""

    day: date
    time_precision: int


def is_unknown(value: object) -> bool:
    """Return whether a cell is empty or says "unknown".

    >>> is_unknown(" N/A "), is_unknown(float("nan")), is_unknown(0)
    (True, True, False)
    """
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.strip().casefold() in UNKNOWN_MARKS


def text_of(value: object) -> str:
    """Return a cell as stripped text; unknown cells give "".

    >>> text_of(3.0), text_of("  Hadrut "), text_of(None)
    ('3', 'Hadrut', '')
    """
    if is_unknown(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_count(value: object) -> int | None:
    """Parse a count of people: a whole number ≥ 0, or None when unknown.

    >>> parse_count("12"), parse_count(3.0), parse_count(""), parse_count("1,204")
    (12, 3, None, 1204)
    """
    if is_unknown(value):
        return None
    text = str(value).strip().replace(",", "").replace("\u202f", "").replace(" ", "")
    try:
        number = float(text)
    except ValueError:
        raise ValueError(f"expected a whole number of people, got {value!r}") from None
    if not number.is_integer() or number < 0:
        raise ValueError(f"expected a whole number ≥ 0, got {value!r}")
    return int(number)


def parse_degrees(value: object, *, limit: float) -> float | None:
    """Parse a decimal-degree coordinate within ±``limit``; None when empty.

    >>> parse_degrees("40.33", limit=90), parse_degrees("", limit=90)
    (40.33, None)
    """
    if is_unknown(value):
        return None
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        raise ValueError(f"expected decimal degrees, got {value!r}") from None
    if not -limit <= number <= limit:
        raise ValueError(f"expected degrees between -{limit:g} and {limit:g}, got {value!r}")
    return number


def parse_date(value: object) -> DateValue | None:
    """Parse a date cell: ISO, ACLED's "21 November 2020", unambiguous d/m/y, or a month.

    >>> parse_date("2020-11-21")
    DateValue(day=datetime.date(2020, 11, 21), time_precision=1)
    >>> parse_date("21 November 2020").day, parse_date("2023-09").time_precision
    (datetime.date(2020, 11, 21), 3)
    """
    if is_unknown(value):
        return None
    if isinstance(value, datetime):
        return DateValue(value.date(), 1)
    if isinstance(value, date):
        return DateValue(value, 1)
    text = str(value).strip()
    month = re.fullmatch(r"(\d{4})-(\d{1,2})", text)
    if month:
        return DateValue(_checked((int(month[1]), int(month[2]), 1), value=value), 3)
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?", text)
    if iso:
        return DateValue(_checked((int(iso[1]), int(iso[2]), int(iso[3])), value=value), 1)
    for pattern in _TEXT_DATE_FORMATS:
        try:
            return DateValue(datetime.strptime(text, pattern).date(), 1)
        except ValueError:
            continue
    slashed = _SLASHED.fullmatch(text)
    if slashed:
        numbers = (int(slashed[1]), int(slashed[2]), int(slashed[3]))
        return DateValue(_from_slashed(numbers, value=value), 1)
    raise ValueError(f"expected a date such as 2020-11-21 or 21 November 2020, got {value!r}")


def _from_slashed(numbers: tuple[int, int, int], *, value: object) -> date:
    first, second, third = numbers
    if first > 31:  # 2020/11/21
        return _checked((first, second, third), value=value)
    if first > 12 >= second:  # 21/11/2020
        return _checked((third, second, first), value=value)
    if second > 12 >= first:  # 11/21/2020
        return _checked((third, first, second), value=value)
    raise ValueError(f"ambiguous day and month in {value!r}; write it as YYYY-MM-DD")


def _checked(year_month_day: tuple[int, int, int], *, value: object) -> date:
    try:
        return date(*year_month_day)
    except ValueError:
        raise ValueError(f"no such date: {value!r}") from None
