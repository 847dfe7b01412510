"""A layer's popup columns as one block of bytes and a small JSON header that points into it.

Report text is most of a large map. Written as JSON, every text cost a Python string, an
escaping pass and a JSON encoding (seconds at a million incidents); here the texts of a
column travel as the UTF-8 bytes that Arrow already holds, with their offsets, and the
codes as little-endian integers. The header names each column's parts by byte position
(``{"utf8": at, "n": count, "len": bytes}`` for texts, each ended by 0xFF, ``{"typed": "int16",
"at": at, "n": count}`` for codes); values that are not text stay JSON lists.

The block goes in the page as base64, gzipped above a size (``{"gzip": ...}``, unpacked by
the browser's ``DecompressionStream``), else plain (``{"bin": ...}``). Base64 holds no
``<`` or ``&``: no report text can close the element that carries it, and the page puts
each text in a popup with ``textContent``. :func:`read_popup` reads it back as the page does.
"""

from __future__ import annotations

import base64
import gzip
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from maps.assets import to_safe_json
from maps.columns import is_arrow_text

if TYPE_CHECKING:
    import numpy as np
    import pyarrow as pa

# Each part starts at a multiple of 4 bytes: the page views codes and offsets in place
# as Int16Array and Int32Array, which must be aligned.
_ALIGN: Final = 4
_CODE_TYPES: Final = (("int8", "<i1"), ("int16", "<i2"), ("int32", "<i4"))
_INT32_MAX: Final = 2**31 - 1
_END: Final = 0xFF  # ends each text: no UTF-8 byte is 0xFF


class _Block:
    """The bytes of one layer's popup data, appended part by part."""

    def __init__(self) -> None:
        self.parts: list[bytes | memoryview] = []
        self.size = 0

    def add(self, data: bytes | memoryview) -> int:
        """Append ``data`` (after padding to the alignment); return where it starts."""
        padding = -self.size % _ALIGN
        if padding:
            self.parts.append(bytes(padding))
            self.size += padding
        at = self.size
        self.parts.append(data)
        self.size += len(data)
        return at

    def to_bytes(self) -> bytes:
        return b"".join(self.parts)


def _texts(block: _Block, texts: pa.Array) -> dict[str, int]:
    """Texts (no nulls) as their UTF-8 bytes, each followed by the byte 0xFF.

    0xFF never occurs in UTF-8, so it ends a text without escaping, and the page finds
    the texts' starts itself (offsets would add 4 bytes a text, which compress badly:
    4 MB more page at a million incidents).
    """
    import numpy as np
    import pyarrow as pa

    if texts.null_count:
        raise ValueError("text parts hold no nulls: empty rows are code -1")
    if not pa.types.is_large_string(texts.type):
        texts = texts.cast(pa.large_string())
    _, offset_buffer, data_buffer = texts.buffers()
    n = len(texts)
    offsets = np.frombuffer(offset_buffer, dtype="<i8", count=texts.offset + n + 1)[texts.offset :]
    start, end = int(offsets[0]), int(offsets[-1])
    data = np.frombuffer(data_buffer or b"", dtype=np.uint8)[start:end]
    ends = (offsets[1:] - start) + np.arange(n)  # where each text's 0xFF goes
    out = np.full(end - start + n, _END, dtype=np.uint8)
    is_text = np.ones(len(out), dtype=bool)
    is_text[ends] = False
    out[is_text] = data
    if len(out) > _INT32_MAX:
        raise ValueError(f"a popup column holds {len(out)} bytes of text; at most 2 GB")
    return {"utf8": block.add(out.tobytes()), "n": n, "len": len(out)}


def _codes(block: _Block, codes: np.ndarray) -> dict[str, Any]:
    """Codes (-1 for an empty row) as the smallest integers that hold them."""
    import numpy as np

    high = int(codes.max()) if len(codes) else 0
    name, dtype = next(kind for kind in _CODE_TYPES if high <= np.iinfo(kind[1]).max)
    at = block.add(np.asarray(codes).astype(dtype).tobytes())
    return {"typed": name, "at": at, "n": len(codes)}


def _values(block: _Block, values: Any) -> Any:
    return _texts(block, values) if is_arrow_text(values) else values


def _column(block: _Block, column: dict[str, Any] | None) -> dict[str, Any] | None:
    if column is None:
        return None
    if "c" in column:
        return {"d": _values(block, column["d"]), "c": _codes(block, column["c"])}
    return {"v": _values(block, column["v"])}


@dataclass(frozen=True, slots=True)
class PopupPack:
    """A layer's popup columns packed: the JSON header, and the block it points into."""

    header: dict[str, Any]
    data: bytes

    def to_json(self, *, pack_above_bytes: int | None) -> str:
        """The pack as the page holds it (safe JSON), the block gzipped when it is larger
        than ``pack_above_bytes`` (None: never). Most of the time is zlib's, which runs
        without Python's lock: ``maps.build`` calls this on a thread."""
        if pack_above_bytes is not None and len(self.data) > pack_above_bytes:
            packed = gzip.compress(self.data, compresslevel=1, mtime=0)
            return to_safe_json({"gzip": base64.b64encode(packed).decode("ascii"), **self.header})
        return to_safe_json({"bin": base64.b64encode(self.data).decode("ascii"), **self.header})


def pack_popups(
    *,
    heading: dict[str, Any] | None,
    ids: dict[str, Any] | None,
    fields: list[tuple[str, str, dict[str, Any]]],
) -> PopupPack:
    """The popup columns (``maps.columns.encode_codes``) as a header and a block."""
    block = _Block()
    header = {
        "heading": _column(block, heading),
        "ids": _column(block, ids),
        "fields": [
            {"label": label, "kind": kind, "col": _column(block, col)}
            for label, kind, col in fields
        ],
    }
    return PopupPack(header, block.to_bytes())


def to_popup_pack(
    *,
    heading: dict[str, Any] | None,
    ids: dict[str, Any] | None,
    fields: list[tuple[str, str, dict[str, Any]]],
    pack_above_bytes: int | None,
) -> str:
    """The popup columns (``maps.columns.encode_codes``) as safe JSON: header and block."""
    packed = pack_popups(heading=heading, ids=ids, fields=fields)
    return packed.to_json(pack_above_bytes=pack_above_bytes)


def read_popup(text: str) -> dict[str, Any]:
    """The popup data as the page reads them: ``heading``, ``ids`` and each field's
    ``col`` become one value per row (None for an empty row), texts decoded."""
    import json

    import numpy as np

    raw = json.loads(text)
    data = (
        gzip.decompress(base64.b64decode(raw["gzip"]))
        if "gzip" in raw
        else base64.b64decode(raw["bin"])
    )

    def values(part: Any) -> list[Any]:
        if not isinstance(part, dict):
            return list(part)
        utf8 = data[part["utf8"] : part["utf8"] + part["len"]]
        texts = utf8.split(bytes([_END]))
        if len(texts) != part["n"] + 1 or texts[-1]:
            raise ValueError(f"expected {part['n']} texts, each ended by 0xFF")
        return [text.decode("utf-8") for text in texts[:-1]]

    def column(col: dict[str, Any] | None) -> list[Any] | None:
        if col is None:
            return None
        if "c" not in col:
            return values(col["v"])
        uniques = values(col["d"])
        kind = dict(_CODE_TYPES)[col["c"]["typed"]]
        codes = np.frombuffer(data, dtype=kind, count=col["c"]["n"], offset=col["c"]["at"])
        return [None if code < 0 else uniques[code] for code in codes.tolist()]

    return {
        "packed": "gzip" in raw,
        "heading": column(raw["heading"]),
        "ids": column(raw["ids"]),
        "fields": [
            {"label": f["label"], "kind": f["kind"], "col": column(f["col"])} for f in raw["fields"]
        ],
    }


def read_page_popups(html: str) -> list[dict[str, Any]]:
    """Every layer's popup data in a written page (``read_popup`` of each block)."""
    import re

    blocks = re.findall(r'<script type="application/json" id="\w+_popup">([^<]*)</script>', html)
    return [read_popup(block) for block in blocks]


def popup_values(html: str) -> set[Any]:
    """Every value any popup of a written page can show (headings, ids and fields)."""
    found: set[Any] = set()
    for popup in read_page_popups(html):
        for column in (popup["heading"], popup["ids"], *(f["col"] for f in popup["fields"])):
            found.update(column or ())
    return found
