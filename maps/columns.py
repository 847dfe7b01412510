"""Compact column arrays: how a layer's data travels from a GeoDataFrame to the page.

A column is ``{"v": [values]}``, or ``{"d": [uniques], "c": [codes]}`` when its values
repeat (types, places, sources), with code -1 for an empty value. One array per column,
never one object per point, keeps the HTML small and the browser's parsing fast.

Numbers (coordinates, days, codes) travel as bytes, not JSON text: ``{"typed": "int32",
"b64": ...}`` (little-endian, the smallest integer type that holds them), with
``"scale"`` when the integers are fixed-point (degrees x 10^5) and ``"null"`` naming the
value that stands for a missing one. At a million points, JSON text cost seconds to
write and hundreds of milliseconds to parse; the page decodes bytes in milliseconds
(``L.Incimap.typedColumn``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd
    import pyarrow as pa

POPUP_KINDS: Final = ("text", "link", "links")
# The integer types the page knows (JS typed arrays), smallest first.
_TYPED: Final = (("int8", "<i1"), ("int16", "<i2"), ("int32", "<i4"))


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
    and then cut per layer by :func:`encode_codes`.

    Text values stay one Arrow string array (``values``), never a Python string each:
    the page receives their UTF-8 bytes (see ``maps.popup_pack``). ``codes`` is None for
    text that hardly repeats (evidence, ids): each row is then its own value, and no
    hash of a million strings is made only to find them all distinct.
    """

    codes: np.ndarray | None
    values: list[Any] | pa.Array
    # The values as an object array with None last (code -1): a layer's values are then
    # one take, not a Python lookup per row (not for Arrow text, which is taken by Arrow).
    table: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        import numpy as np

        table = np.empty(0 if is_arrow_text(self.values) else len(self.values) + 1, dtype=object)
        if len(table):
            table[:-1] = self.values
        object.__setattr__(self, "table", table)


def is_arrow_text(values: object) -> bool:
    """Whether ``values`` is an Arrow array of text (written to the page as UTF-8 bytes)."""
    import pyarrow as pa

    return isinstance(values, pa.Array) and (
        pa.types.is_string(values.type) or pa.types.is_large_string(values.type)
    )


def to_arrow_text(values: object) -> pa.Array:
    """Text values (an Arrow-backed pandas array, or Python strings) as one Arrow array."""
    import numpy as np
    import pyarrow as pa

    if hasattr(values, "__arrow_array__"):
        array = pa.array(values)
    else:
        array = pa.array(np.asarray(values, dtype=object), type=pa.large_string())
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    return array.cast(pa.large_string()) if not pa.types.is_large_string(array.type) else array


# Text columns longer than this are first sampled: if most of a sample's values are
# distinct, every row is its own value (no hash of the whole column).
_SAMPLED_ABOVE: Final = 50_000
_SAMPLE: Final = 10_000


def _mostly_distinct(series: pd.Series) -> bool:
    step = max(1, len(series) // _SAMPLE)
    sample = series.iloc[::step]
    return bool(sample.nunique(dropna=True) * 2 > len(sample))


def factorise(series: pd.Series) -> Factorised:
    """Factorise ``series`` and convert each distinct value once (see ``to_json_value``).

    Values that are "missing" only after conversion (inf, NaT) take code -1, and values
    that convert alike (a date and its ISO text) share one code. Text stays Arrow text.
    """
    import numpy as np
    import pandas as pd

    if (
        len(series) > _SAMPLED_ABOVE
        and pd.api.types.is_string_dtype(series.dtype)
        and not isinstance(series.dtype, pd.CategoricalDtype)
        and _mostly_distinct(series)
    ):
        import pyarrow as pa

        try:  # text all through (an object column may hold something else further on)
            return Factorised(None, to_arrow_text(series.array))
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            pass
    # Factorised in its own dtype: Arrow-backed text is hashed in C, and only the
    # distinct values become Python objects (astype("object") first cost seconds at 1M).
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    if pd.api.types.infer_dtype(uniques, skipna=False) == "string":
        # Distinct texts stay distinct and none is missing: no per-value call.
        return Factorised(np.asarray(codes, dtype="int64"), to_arrow_text(uniques))
    converted = [to_json_value(value) for value in np.asarray(uniques, dtype=object)]
    index: dict[object, int] = {}
    remap = np.empty(len(converted) + 1, dtype="int64")
    remap[-1] = -1  # code -1 stays -1
    for position, value in enumerate(converted):
        remap[position] = -1 if value is None else index.setdefault(value, len(index))
    values = list(index)
    if values and all(isinstance(value, str) for value in values):
        return Factorised(remap[codes], to_arrow_text(values))
    return Factorised(remap[codes], values)


def factorize_codes(codes: np.ndarray, *, size: int) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize(codes)`` for whole numbers in ``[0, size)``: each renumbered in order
    of first appearance, and the numbers in that order.

    Without a hash table when ``size`` is small next to ``len(codes)``: the first row
    of each number, then a rank per number (2-4 times faster than pandas' hashing, and
    the page's columns are factorised some hundred times per map).

    >>> import numpy as np
    >>> local, used = factorize_codes(np.array([5, 2, 5, 0]), size=6)
    >>> local.tolist(), used.tolist()
    ([0, 1, 0, 2], [5, 2, 0])
    """
    import numpy as np
    import pandas as pd

    n = len(codes)
    if size > 4 * n + 1024:
        local, used = pd.factorize(codes)
        return np.asarray(local, dtype="int64"), np.asarray(used, dtype="int64")
    first = np.full(size, n, dtype="int64")
    np.minimum.at(first, codes, np.arange(n, dtype="int64"))
    present = np.flatnonzero(first < n)
    order: np.ndarray = present[np.argsort(first[present], kind="stable")]
    rank = np.empty(size, dtype="int64")
    rank[order] = np.arange(len(order), dtype="int64")
    renumbered: np.ndarray = rank[codes]
    return renumbered, order


def encode_codes(column: Factorised, rows: np.ndarray | None = None) -> dict[str, Any]:
    """Encode the ``rows`` of a factorised column like ``encode_values`` (all rows: None).

    The arrays stay numpy or Arrow arrays; ``maps.assets.to_safe_json`` and
    ``maps.popup_pack`` write them.
    """
    import numpy as np
    import pyarrow as pa

    values = column.values
    if column.codes is None:  # each row its own text
        assert isinstance(values, pa.Array)
        return _text_rows(values if rows is None else values.take(pa.array(rows)))
    codes = column.codes if rows is None else column.codes[rows]
    known = codes >= 0
    local = np.full(len(codes), -1, dtype="int64")
    used: np.ndarray = np.empty(0, dtype="int64")
    if known.any():  # renumbered in order of first appearance, as encode_values does
        local[known], used = factorize_codes(codes[known], size=len(values))
    if isinstance(values, pa.Array):
        if len(used) * 2 <= len(codes):
            return {"d": values.take(pa.array(used)), "c": local}
        return _text_rows(values.take(pa.array(codes, mask=codes < 0)))
    table = column.table  # the last slot, None, is code -1
    if len(used) * 2 <= len(codes):
        return {"d": table[used].tolist(), "c": local}
    return {"v": table[codes]}


def _text_rows(texts: pa.Array) -> dict[str, Any]:
    """One text per row; with empty rows, the texts that are there and a code per row."""
    import numpy as np

    if not texts.null_count:
        return {"v": texts}
    valid = texts.is_valid().to_numpy(zero_copy_only=False)
    return {"d": texts.filter(valid), "c": np.where(valid, np.cumsum(valid) - 1, -1)}


def decoded(column: dict[str, Any] | None) -> list[Any] | None:
    """The values the page reads from an encoded column, one per row (None: empty).

    >>> decoded(encode_series(__import__("pandas").Series(["a", None, "a"])))
    ['a', None, 'a']
    """
    import numpy as np

    if column is None:
        return None

    def listed(values: Any) -> list[Any]:
        return list(values.to_pylist() if hasattr(values, "to_pylist") else values)

    if "c" in column:
        uniques = listed(column["d"])
        return [None if code < 0 else uniques[code] for code in np.asarray(column["c"]).tolist()]
    return listed(column["v"])


def encode_series(series: pd.Series) -> dict[str, Any]:
    """Encode a pandas column like ``encode_values``, converting each distinct value once.

    >>> import pandas as pd
    >>> encoded = encode_series(pd.Series(["a", None, "a", "a"]))
    >>> encoded["d"].to_pylist(), encoded["c"].tolist()
    (['a'], [0, -1, 0, 0])
    """
    return encode_codes(factorise(series))


def to_rounded_list(values: Sequence[float], *, digits: int) -> list[float]:
    """Round coordinates for the page: 5 digits of a degree is about a metre.

    >>> to_rounded_list([1.234567, 2.0], digits=5)
    [1.23457, 2.0]
    """
    return [round(float(value), digits) for value in values]


def typed_column(
    values: Sequence[float | None] | np.ndarray, *, scale: int | None = None
) -> dict[str, Any]:
    """Integers (or ``None``), or numbers with ``scale`` (``round(value * scale)`` must be
    their exact value: coordinates rounded to 5 digits, scale 10^5), as page bytes.

    The page reads ``value / scale``, which is the same double as the JSON text of the
    rounded value: both are the correctly rounded quotient of one integer by ``scale``.

    >>> typed_column([1, None, -1])
    {'typed': 'int8', 'b64': 'Af7/', 'null': -2}
    >>> typed_column([30.90877], scale=100_000)["typed"]
    'int32'
    """
    import base64

    import numpy as np

    array = np.asarray(values)
    if scale is not None:
        integers = np.rint(array.astype("float64") * scale).astype("int64")
        missing = None
    elif array.dtype == object:
        missing = np.array([value is None for value in array.tolist()], dtype=bool)
        integers = np.where(missing, 0, array).astype("int64")
    else:
        integers = array.astype("int64")
        missing = None
    has_missing = missing is not None and bool(missing.any())
    low = int(integers.min()) if len(integers) else 0
    high = int(integers.max()) if len(integers) else 0
    sentinel = low - 1 if has_missing else None
    if sentinel is not None:
        low = sentinel
    fitting = [
        kind for kind in _TYPED if np.iinfo(kind[1]).min <= low <= high <= np.iinfo(kind[1]).max
    ]
    if not fitting:
        raise ValueError(f"values from {low} to {high} do not fit in 32 bits")
    name, dtype = fitting[0]
    if sentinel is not None:
        assert missing is not None
        integers[missing] = sentinel
    out: dict[str, Any] = {
        "typed": name,
        "b64": base64.b64encode(integers.astype(dtype).tobytes()).decode("ascii"),
    }
    if scale is not None:
        out["scale"] = scale
    if sentinel is not None:
        out["null"] = sentinel
    return out


def typed_codes(column: dict[str, Any] | None) -> dict[str, Any] | None:
    """An encoded column (``encode_codes``) with its codes as page bytes."""
    if column is None or "c" not in column:
        return column
    return {**column, "c": typed_column(column["c"])}
