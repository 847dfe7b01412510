"""Compact column arrays: how a layer's data travels from a GeoDataFrame to the page.

A column is ``{"v": [values]}``, or ``{"d": [uniques], "c": [codes]}`` when its values
repeat (types, places, sources), with code -1 for an empty value. One array per column,
never one object per point, keeps the HTML small and the browser's parsing fast.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    import pandas as pd

POPUP_KINDS: Final = ("text", "link", "links")


@dataclass(frozen=True, slots=True)
class PopupField:
    """One row of a popup: the frame's ``column``, shown as ``label``.

    ``kind="link"`` shows http(s) URLs as links; any other scheme stays plain text.
    ``kind="links"`` does the same for each line of a value (a list of sources).
    """

    column: str
    label: str
    kind: str = "text"

    def __post_init__(self) -> None:
        if self.kind not in POPUP_KINDS:
            raise ValueError(f"popup field kind must be one of {POPUP_KINDS}, got {self.kind!r}")


def to_json_value(value: object) -> str | int | float | bool | None:
    """Turn one cell into a JSON scalar; every kind of "missing" becomes None.

    >>> to_json_value(float("nan")) is None
    True
    >>> to_json_value(date(2020, 9, 27))
    '2020-09-27'
    """
    if value is None or isinstance(value, bool | str | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    import pandas as pd

    if value is pd.NaT or value is pd.NA:
        return None
    if hasattr(value, "item"):  # numpy scalars
        return to_json_value(value.item())
    return str(value)


def encode_values(values: Sequence[object]) -> dict[str, list[Any]]:
    """Encode a column, as a dictionary plus codes when at most half its values are unique.

    >>> encode_values(["a", "b", "a", None])
    {'d': ['a', 'b'], 'c': [0, 1, 0, -1]}
    >>> encode_values([1.5, 2.5])
    {'v': [1.5, 2.5]}
    """
    cells = [to_json_value(value) for value in values]
    index: dict[object, int] = {}
    codes = [-1 if cell is None else index.setdefault(cell, len(index)) for cell in cells]
    if len(index) * 2 <= len(cells):
        return {"d": list(index), "c": codes}
    return {"v": list(cells)}


def encode_series(series: pd.Series) -> dict[str, list[Any]]:
    """Encode a pandas column like ``encode_values``, converting each distinct value once.

    >>> import pandas as pd
    >>> encode_series(pd.Series(["a", None, "a", "a"]))
    {'d': ['a'], 'c': [0, -1, 0, 0]}
    """
    import numpy as np
    import pandas as pd

    # Factorised in its own dtype: Arrow-backed text is hashed in C, and only the
    # distinct values become Python objects (astype("object") first cost seconds at 1M).
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    if pd.api.types.infer_dtype(uniques, skipna=False) == "string":
        values: list[Any] = list(uniques)  # text needs no conversion: skip the per-value call
    else:
        values = [to_json_value(value) for value in uniques]
    if None in values:  # a value that is "missing" only after conversion, e.g. inf
        return encode_values(series.astype("object").tolist())
    if len(values) * 2 <= len(codes):
        return {"d": values, "c": codes.tolist()}
    table = np.empty(len(values) + 1, dtype=object)  # the last slot, None, is code -1
    table[:-1] = values
    return {"v": table[codes].tolist()}


def to_rounded_list(values: Sequence[float], *, digits: int) -> list[float]:
    """Round coordinates for the page: 5 digits of a degree is about a metre.

    >>> to_rounded_list([1.234567, 2.0], digits=5)
    [1.23457, 2.0]
    """
    return [round(float(value), digits) for value in values]
