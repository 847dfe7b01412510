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
    import numpy as np
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


@dataclass(frozen=True, slots=True)
class Factorised:
    """A whole column as codes into its distinct JSON values (-1: empty), computed once
    and then cut per layer by :func:`encode_codes`."""

    codes: np.ndarray
    values: list[Any]


def factorise(series: pd.Series) -> Factorised:
    """Factorise ``series`` and convert each distinct value once (see ``to_json_value``).

    Values that are "missing" only after conversion (inf, NaT) take code -1, and values
    that convert alike (a date and its ISO text) share one code.
    """
    import numpy as np
    import pandas as pd

    # Factorised in its own dtype: Arrow-backed text is hashed in C, and only the
    # distinct values become Python objects (astype("object") first cost seconds at 1M).
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    if pd.api.types.infer_dtype(uniques, skipna=False) == "string":
        # Distinct texts stay distinct and none is missing: no per-value call.
        return Factorised(
            np.asarray(codes, dtype="int64"), np.asarray(uniques, dtype=object).tolist()
        )
    converted = [to_json_value(value) for value in np.asarray(uniques, dtype=object)]
    index: dict[object, int] = {}
    remap = np.empty(len(converted) + 1, dtype="int64")
    remap[-1] = -1  # code -1 stays -1
    for position, value in enumerate(converted):
        remap[position] = -1 if value is None else index.setdefault(value, len(index))
    return Factorised(remap[codes], list(index))


def encode_codes(column: Factorised, rows: np.ndarray | None = None) -> dict[str, Any]:
    """Encode the ``rows`` of a factorised column like ``encode_values`` (all rows: None).

    The arrays stay numpy arrays; ``maps.assets.to_safe_json`` writes them.
    """
    import numpy as np
    import pandas as pd

    codes = column.codes if rows is None else column.codes[rows]
    known = codes >= 0
    local = np.full(len(codes), -1, dtype="int64")
    used: np.ndarray = np.empty(0, dtype="int64")
    if known.any():  # renumbered in order of first appearance, as encode_values does
        local[known], used = pd.factorize(codes[known])
    values = [column.values[code] for code in used.tolist()]
    if len(values) * 2 <= len(codes):
        return {"d": values, "c": local}
    table = np.empty(len(values) + 1, dtype=object)  # the last slot, None, is code -1
    table[:-1] = values
    return {"v": table[local]}


def encode_series(series: pd.Series) -> dict[str, Any]:
    """Encode a pandas column like ``encode_values``, converting each distinct value once.

    >>> import pandas as pd
    >>> encoded = encode_series(pd.Series(["a", None, "a", "a"]))
    >>> encoded["d"], encoded["c"].tolist()
    (['a'], [0, -1, 0, 0])
    """
    return encode_codes(factorise(series))


def to_rounded_list(values: Sequence[float], *, digits: int) -> list[float]:
    """Round coordinates for the page: 5 digits of a degree is about a metre.

    >>> to_rounded_list([1.234567, 2.0], digits=5)
    [1.23457, 2.0]
    """
    return [round(float(value), digits) for value in values]
