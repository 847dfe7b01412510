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
# What json.dumps(..., ensure_ascii=False) escapes in a string: quote, backslash, controls.
_NEEDS_ESCAPE: Final = r'[\x00-\x1f"\\]'
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
    values = text_array(values)
    quoted = concat('"', values, '"')
    needs = pc.match_substring_regex(values, _NEEDS_ESCAPE)
    if not pc.any(needs).as_py():
        return quoted
    # The few texts with quotes or control characters are escaped by json itself.
    where = np.flatnonzero(needs.to_numpy(zero_copy_only=False))
    escaped = pa.array([_encode_string(t) for t in values.take(where).to_pylist()], type=TEXT)
    return text_array(pc.replace_with_mask(quoted, needs, escaped))


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


def python_texts(values: Sequence[Any] | np.ndarray, as_text: Callable[[Any], str]) -> pa.Array:
    """``as_text`` of each value, computed once per distinct value."""
    import pandas as pd

    array = values if isinstance(values, np.ndarray) else np.asarray(values, dtype=object)
    codes, uniques = pd.factorize(array, use_na_sentinel=False)
    texts = pa.array([as_text(value) for value in uniques.tolist()], type=TEXT)
    return text_array(texts.take(pa.array(codes)))


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
    "concat",
    "constant",
    "formatted",
    "join_groups",
    "json_or_null",
    "json_strings",
    "keep",
    "numbers",
    "one_decimal",
    "pa_lengths",
    "python_texts",
    "take",
    "text_array",
]
