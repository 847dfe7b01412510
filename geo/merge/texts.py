"""Texts for many incidents at once: Arrow string columns joined, quoted and grouped.

The merge writes a few texts per merged incident (its sources as JSON, its URLs, its
reasons, its count rules). Built one incident at a time in Python they cost most of a
million-row merge; here each is a handful of Arrow kernels over whole columns. Every
function gives exactly the text its Python counterpart (named in its docstring) gives.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

if TYPE_CHECKING:
    import pandas as pd

TEXT: Final = pa.large_string()
_encode_string: Callable[[str], str] = json.encoder.encode_basestring  # type: ignore[attr-defined]

Part: TypeAlias = pa.Array | pa.ChunkedArray | str


def text_array(values: pd.Series | Sequence[str] | pa.Array | pa.ChunkedArray) -> pa.Array:
    """``values`` (a text column, a list of str, an Arrow array) as one large_string array."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    elif not isinstance(values, pa.Array):
        values = pa.array(values.array if hasattr(values, "array") else list(values), type=TEXT)
        if isinstance(values, pa.ChunkedArray):
            values = values.combine_chunks()
    return values if values.type == TEXT else values.cast(TEXT)


def concat(*parts: Part) -> pa.Array:
    """Element by element, the parts one after the other (str parts are the same for all).

    >>> concat(pa.array(["a", "b"]), "-", pa.array(["x", "y"])).to_pylist()
    ['a-x', 'b-y']
    """
    arrays = [
        pa.scalar(part, TEXT) if isinstance(part, str) else text_array(part) for part in parts
    ]
    joined = pc.binary_join_element_wise(*arrays, pa.scalar("", TEXT))
    return text_array(joined)


def choose(condition: np.ndarray, if_true: Part, if_false: Part) -> pa.Array:
    """Element by element, ``if_true`` where ``condition`` holds, else ``if_false``."""
    left = pa.scalar(if_true, TEXT) if isinstance(if_true, str) else text_array(if_true)
    right = pa.scalar(if_false, TEXT) if isinstance(if_false, str) else text_array(if_false)
    return text_array(pc.if_else(pa.array(condition, type=pa.bool_()), left, right))


def constant(text: str, n: int) -> pa.Array:
    """``n`` times ``text``."""
    return text_array(pa.repeat(pa.scalar(text, TEXT), n))


def numbers(values: np.ndarray) -> pa.Array:
    """Integers as ``str(int)`` writes them."""
    return text_array(pc.cast(pa.array(values.astype("int64")), TEXT))


def join_groups(values: pa.Array, lengths: np.ndarray, separator: str) -> pa.Array:
    """Per group (consecutive, of ``lengths``), ``separator.join`` of its values ("" if none).

    >>> join_groups(pa.array(["a", "b", "c"]), np.array([2, 0, 1]), "; ").to_pylist()
    ['a; b', '', 'c']
    """
    offsets = np.concatenate([[0], np.cumsum(lengths, dtype="int64")])
    lists = pa.LargeListArray.from_arrays(pa.array(offsets, type=pa.int64()), text_array(values))
    return text_array(pc.binary_join(lists, pa.scalar(separator, TEXT)))


def json_strings(values: pa.Array) -> pa.Array:
    """Each text as ``json.dumps(text, ensure_ascii=False)`` writes it.

    >>> json_strings(pa.array(['plain', 'say "hi"\\n'])).to_pylist()
    ['"plain"', '"say \\\\"hi\\\\"\\\\n"']
    """
    return concat('"', json_inner(values), '"')


def json_inner(values: pa.Array) -> pa.Array:
    """Each text as ``json.dumps(text, ensure_ascii=False)`` writes it, without the quotes."""
    values = text_array(values)
    needs = _needs_escape(values)
    if not len(needs):
        return values
    # The few texts with quotes or control characters are escaped by json itself.
    escaped = pa.array(
        [_encode_string(t)[1:-1] for t in values.take(pa.array(needs)).to_pylist()], type=TEXT
    )
    mask = np.zeros(len(values), dtype=bool)
    mask[needs] = True
    return text_array(pc.replace_with_mask(values, pa.array(mask), escaped))


def _needs_escape(values: pa.Array) -> np.ndarray:
    """The texts (ascending) holding a quote, a backslash or a control character.

    Read off the bytes of the whole column at once: in UTF-8 these bytes stand only
    for themselves (every byte of a longer character is 0x80 or above).
    """
    if values.null_count:
        values = pc.fill_null(values, "")
    offsets = np.frombuffer(values.buffers()[1], dtype=np.int64)[
        values.offset : values.offset + len(values) + 1
    ]
    if not len(values) or offsets[-1] == offsets[0]:
        return np.zeros(0, dtype="int64")
    data = np.frombuffer(values.buffers()[2], dtype=np.uint8)[offsets[0] : offsets[-1]]
    bad = np.flatnonzero((data < 0x20) | (data == 0x22) | (data == 0x5C)) + offsets[0]
    if not len(bad):
        return np.zeros(0, dtype="int64")
    rows: np.ndarray = np.unique(np.searchsorted(offsets, bad, side="right") - 1)
    return rows


def codes(values: pa.Array) -> np.ndarray:
    """A code per text, the same for equal texts (numbered in order of first appearance)."""
    encoded = pc.dictionary_encode(text_array(values))
    found: np.ndarray = encoded.indices.to_numpy(zero_copy_only=False).astype("int64")
    return found


def uniques(values: pa.Array) -> list[str]:
    """The distinct texts, in order of first appearance (what :func:`codes` numbers)."""
    found: list[str] = pc.unique(text_array(values)).to_pylist()
    return found


def json_or_null(values: pa.Array, known: np.ndarray) -> pa.Array:
    """JSON for each value: its text where ``known``, else ``null``."""
    return choose(known, values, "null")


def formatted(values: np.ndarray, spec: str) -> pa.Array:
    """``format(value, spec)`` of each number (distinct values formatted once)."""
    uniques, codes = np.unique(values, return_inverse=True)
    texts = pa.array([format(float(value), spec) for value in uniques.tolist()], type=TEXT)
    return text_array(texts.take(pa.array(codes.reshape(-1))))


def one_decimal(values: np.ndarray) -> pa.Array:
    """``format(value, ".1f")`` of each number, in integer arithmetic where that is exact.

    Rounding ``value * 10`` to an integer agrees with Python's correctly rounded
    ``format`` unless the product lies within a hair of a half (its error is far below
    that hair at these magnitudes); those values, negative ones and non-finite ones are
    formatted by Python.

    >>> one_decimal(np.array([0.25, 0.35, 1.05, 12.34, 0.0, 7.96, np.nan])).to_pylist()
    ['0.2', '0.3', '1.1', '12.3', '0.0', '8.0', 'nan']
    """
    scaled = values * 10.0
    with np.errstate(invalid="ignore"):
        plain = (
            np.isfinite(scaled)
            & ~np.signbit(values)
            & (scaled < 1e9)
            & (np.abs(scaled - np.floor(scaled) - 0.5) > 1e-6)
        )
    tenths = np.where(plain, np.floor(np.where(plain, scaled, 0.0) + 0.5), 0).astype("int64")
    text = concat(numbers(tenths // 10), ".", numbers(tenths % 10))
    if plain.all():
        return text
    odd = np.flatnonzero(~plain)
    fixed = pa.array([format(float(v), ".1f") for v in values[odd].tolist()], type=TEXT)
    mask = pa.array(~plain, type=pa.bool_())
    return text_array(pc.replace_with_mask(text, mask, fixed))


def python_texts(
    *columns: Sequence[Any] | np.ndarray | pa.Array, as_text: Callable[..., str]
) -> pa.Array:
    """``as_text(*values)`` of each row of ``columns``, computed once per distinct row.

    For texts with few distinct values (dates, counts, radii): Python formats each once.

    >>> python_texts(np.array([3, 1, 3]), ["a", "b", "a"], as_text=lambda n, s: s * n).to_pylist()
    ['aaa', 'b', 'aaa']
    """
    import pandas as pd

    key = np.zeros(len(columns[0]), dtype="int64")
    per_column: list[list[Any]] = []
    for column in columns:
        if isinstance(column, pa.Array | pa.ChunkedArray):
            found, distinct = codes(column), uniques(column)
        else:
            array = column if isinstance(column, np.ndarray) else np.asarray(column, dtype=object)
            found, values = pd.factorize(array, use_na_sentinel=False)
            distinct = values.tolist()
        key = key * max(len(distinct), 1) + found
        per_column.append(distinct)
    rows, keys = pd.factorize(key)
    words = []
    for combined in keys.tolist():
        picked = []
        for distinct in reversed(per_column):
            combined, at = divmod(combined, max(len(distinct), 1))
            picked.append(distinct[at])
        words.append(as_text(*reversed(picked)))
    return text_array(pa.array(words, type=TEXT).take(pa.array(rows)))


def keep(values: pa.Array, mask: np.ndarray) -> pa.Array:
    """``values`` where ``mask`` holds."""
    return text_array(values.filter(pa.array(mask, type=pa.bool_())))


def pa_lengths(values: pa.Array) -> np.ndarray:
    """The length in bytes of each text."""
    lengths: np.ndarray = pc.binary_length(values).to_numpy(zero_copy_only=False)
    return lengths


def take(values: pa.Array, indices: np.ndarray) -> pa.Array:
    """``values`` at ``indices``."""
    return text_array(values.take(pa.array(indices, type=pa.int64())))


__all__ = [
    "TEXT",
    "choose",
    "codes",
    "concat",
    "constant",
    "formatted",
    "join_groups",
    "json_inner",
    "json_or_null",
    "json_strings",
    "keep",
    "numbers",
    "one_decimal",
    "pa_lengths",
    "python_texts",
    "take",
    "text_array",
    "uniques",
]
