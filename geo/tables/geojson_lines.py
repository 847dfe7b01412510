"""GeoJSON of points written one feature per line, read in one pass by Arrow's JSON reader.

GDAL's GeoJSON driver parses a file twice (once to learn its fields, once to read them)
with a parser that manages about 12 MB/s: a 1M-incident GeoJSON (840 MB) cost 70 s of
CPU before anything was drawn. GDAL itself, and so geopandas, incimap and most tools
built on them, write a FeatureCollection with one feature per line::

    {
    "type": "FeatureCollection",
    "features": [
    { "type": "Feature", "properties": { ... }, "geometry": { "type": "Point", ... } },
    { "type": "Feature", ... }
    ]
    }

Those lines are newline-delimited JSON once the commas between them are dropped, which
``pyarrow.json`` parses in C++ (several times GDAL's speed) straight into columns.
:func:`read_feature_lines` reads such a file of points and returns what
``pyogrio.read_dataframe`` would (a column per property, a feature's text ``id`` as a
column, dates as dates); anything else (another layout, areas, nested values, another
CRS) returns None and the caller reads the file with GDAL.
"""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import geopandas as gpd
    import pyarrow as pa
    import pyarrow.json as pj

_HEAD_BYTES: Final = 1 << 20  # the members before "features" (a CRS, a name) fit in this
_TAIL_BYTES: Final = 4096
_CHUNK_BYTES: Final = 16 << 20
_SAMPLE_BYTES: Final = 1 << 20  # the first features, whose types the rest must have
# A file's feature lines are parsed in parts on threads above this size, at most so many.
_PARALLEL_BYTES: Final = 64 << 20
_MAX_PARTS: Final = 4
_FEATURES_RE: Final = re.compile(rb'"features"\s*:\s*\[[ \t\r]*\n')
_FOOTER_RE: Final = re.compile(rb"\n\s*\]\s*\}\s*\Z")
# No JSON string holds a raw newline, so "}," at the end of a line is always the comma
# between two features, never text.
_FEATURE_SEPARATOR: Final = re.compile(rb"\}[ \t\r]*,[ \t\r]*\n")
# What GDAL (and so geopandas) writes for longitude/latitude in WGS84, old and new: a
# GeoJSON that geopandas wrote names "urn:ogc:def:crs:OGC::CRS84", which was missing, and
# went to GDAL's reader (97 s of CPU for a million incidents).
_WGS84_NAMES: Final = frozenset(
    {
        "urn:ogc:def:crs:OGC:1.3:CRS84",
        "urn:ogc:def:crs:OGC::CRS84",
        "urn:ogc:def:crs:EPSG::4326",
        "EPSG:4326",
        "OGC:CRS84",
    }
)


class _Features(io.RawIOBase):
    """The file's feature lines between ``start`` and ``stop``, separators blanked, as a
    stream."""

    def __init__(self, path: Path, *, start: int, stop: int) -> None:
        super().__init__()
        self._file = path.open("rb")
        self._file.seek(start)
        self._left = stop - start
        self._pending: bytes | bytearray = b""
        self._offset = 0  # how much of _pending was handed out already
        self._carry = b""

    def readable(self) -> bool:
        return True

    def _refill(self) -> None:
        size = min(self._left, _CHUNK_BYTES)
        data = bytearray(len(self._carry) + size)
        data[: len(self._carry)] = self._carry
        got = self._file.readinto(memoryview(data)[len(self._carry) :])
        del data[len(self._carry) + got :]
        self._left = self._left - got if got else 0
        # Cut after the last newline, so a separator never straddles two chunks.
        cut = data.rfind(b"\n") + 1 if self._left else len(data)
        self._carry = bytes(data[cut:])
        del data[cut:]
        self._pending = _drop_separators(data)
        self._offset = 0

    def read(self, size: int = -1) -> memoryview:  # type: ignore[override]
        """The next ``size`` bytes, a view of the chunk (Arrow reads any buffer): a copy
        of each block cost 1.3 s of a 1M-incident file."""
        if self._offset >= len(self._pending) and (self._left or self._carry):
            self._refill()
        if size < 0:
            size = len(self._pending) - self._offset
        out = memoryview(self._pending)[self._offset : self._offset + size]
        self._offset += len(out)
        return out

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._file.close()
        super().close()


def _drop_separators(data: bytearray) -> bytes | bytearray:
    """``data``'s feature lines without the comma after each feature.

    GDAL ends each feature but the last with "},\\n": that comma becomes a space, in
    place (the lines are then newline-delimited JSON; a new text without the commas cost
    2.5 s of a 1M-incident file, and searching it again as long). The line ends are
    found with numpy. Any other line that still ends in a comma or a space (rarer
    spacings such as "},\\r\\n" or "} ,\\n") sends the chunk to the regular
    expression, which handles them more slowly: it stops at every "}".
    """
    import numpy as np

    codes = np.frombuffer(data, dtype=np.uint8)
    ends = np.flatnonzero(codes == ord("\n")) - 1  # the last byte of each line
    ends = ends[ends >= 0]
    after = ends[ends >= 1]
    commas = after[(codes[after] == ord(",")) & (codes[after - 1] == ord("}"))]
    codes[commas] = ord(" ")
    if np.isin(codes[ends], (ord(","), ord("\t"), ord("\r"))).any() or (
        (codes[ends] == ord(" ")).sum() > len(commas)
    ):
        return _FEATURE_SEPARATOR.sub(b"}\n", bytes(data))
    return data


def _layout(path: Path) -> tuple[int, int] | None:
    """The byte range of the feature lines, when the file has GDAL's layout and WGS84."""
    size = path.stat().st_size
    with path.open("rb") as file:
        head = file.read(_HEAD_BYTES)
        file.seek(max(0, size - _TAIL_BYTES))
        tail = file.read()
    found = _FEATURES_RE.search(head)
    footer = _FOOTER_RE.search(tail)
    if found is None or footer is None:
        return None
    try:  # the members before "features": a FeatureCollection, in WGS84
        members = json.loads(head[: found.start()].decode("utf-8") + '"features": []}')
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(members, dict) or members.get("type") != "FeatureCollection":
        return None
    crs = members.get("crs")
    if crs is not None:
        name = crs.get("properties", {}).get("name") if isinstance(crs, dict) else None
        if name not in _WGS84_NAMES:
            return None
    stop = max(0, size - _TAIL_BYTES) + footer.start() + 1
    return found.end(), stop


def feature_line_names(path: Path) -> frozenset[str] | None:
    """The properties of the first features (and ``id``, when it is text) of a GeoJSON
    in GDAL's one-per-line layout; None for any other file. Later features may have
    more."""
    import pyarrow as pa

    span = _layout(path)
    if span is None or span[1] <= span[0]:
        return None
    schema, _, order = _sampled_schema(path, start=span[0], stop=span[1])
    if schema is None:
        return None
    names = set(order)
    if "id" in schema.names and pa.types.is_string(schema.field("id").type):
        names.add("id")
    return frozenset(names)


def read_feature_lines(
    path: Path, *, columns: Sequence[str] | None = None
) -> gpd.GeoDataFrame | None:
    """The features of a GeoJSON file of points in GDAL's one-per-line layout; None when
    the file is laid out or made otherwise (the caller then asks GDAL).

    ``columns``: only these properties are parsed into columns (Arrow skips the others'
    values); one that the first features leave null takes its incident field's type
    (text for any other name), and a file whose values do not fit goes to GDAL.
    """
    import pyarrow as pa

    span = _layout(path)
    if span is None:
        return None
    start, stop = span
    if stop <= start:
        return None  # no feature: GDAL says what an empty layer holds
    try:
        schema, dates, order = _sampled_schema(path, start=start, stop=stop)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    if schema is None:
        return None
    if columns is not None:
        schema, dates, order = _projected(schema, dates, order, columns)
    tables = [_parsed(path, start=start, stop=stop, schema=schema, every_field=columns is None)]
    if tables[0] is None:
        return None
    # Handed over in a list the callee empties, so that the parsed columns are freed as
    # they are converted (see _to_frame).
    return _to_frame(tables, dates=dates, order=order)


def _parsed(
    path: Path, *, start: int, stop: int, schema: pa.Schema, every_field: bool
) -> pa.Table | None:
    """The feature lines parsed by Arrow into a table (None when Arrow cannot)."""
    import pyarrow as pa
    import pyarrow.json as pj

    # The system allocator gives freed blocks back, where Arrow's own pool keeps them.
    pool = pa.system_memory_pool()
    if not every_field:
        # Every column typed (ignoring the others): Arrow's streaming reader parses the
        # blocks as they come, where the whole-file reader of below reads ahead of its
        # parsing (a peak of 1.1 GB for a 1M-incident file, 0.7 GB so). One stream
        # parses on one core: the file is cut at feature lines into one part per core,
        # each part parsed by its own reader on a thread (Arrow parses without the
        # GIL), and the parts' tables joined in order.
        options = pj.ParseOptions(explicit_schema=schema, unexpected_field_behavior="ignore")
        parts = _parts(path, start=start, stop=stop)
        if len(parts) == 1:
            return _parsed_part(path, parts[0], options=options, pool=pool)
        from concurrent.futures import ThreadPoolExecutor

        def parse(part: tuple[int, int]) -> pa.Table | None:
            return _parsed_part(path, part, options=options, pool=pool)

        with ThreadPoolExecutor(max_workers=len(parts)) as threads:
            tables = list(threads.map(parse, parts))
        if any(table is None for table in tables):
            return None
        return pa.concat_tables(tables)
    # Columns of known type are converted block by block and their text freed; only
    # those the sample left open (all null there) are inferred over the whole file.
    # On one thread: with more, the reader reads ahead of its parsing (a peak of 1.8
    # GB for a 1M-incident file, 1.2 GB so) and spends more CPU than it saves wall.
    stream = _Features(path, start=start, stop=stop)
    try:
        options = pj.ParseOptions(explicit_schema=schema, unexpected_field_behavior="infer")
        return pj.read_json(
            stream,
            read_options=pj.ReadOptions(block_size=4 << 20, use_threads=False),
            parse_options=options,
            memory_pool=pool,
        )
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    finally:
        stream.close()


def _parts(path: Path, *, start: int, stop: int) -> list[tuple[int, int]]:
    """``[start, stop)`` cut after feature lines into one range per core (one range for
    a file under ``_PARALLEL_BYTES``)."""
    count = min(os.cpu_count() or 1, _MAX_PARTS)
    if count < 2 or stop - start < _PARALLEL_BYTES:
        return [(start, stop)]
    cuts = [start]
    with path.open("rb") as file:
        for k in range(1, count):
            file.seek(start + (stop - start) * k // count)
            line = file.readline()  # the rest of the line the cut fell in
            at = file.tell()
            if cuts[-1] < at < stop and line.endswith(b"\n"):
                cuts.append(at)
    return list(zip(cuts, [*cuts[1:], stop], strict=True))


def _parsed_part(
    path: Path, part: tuple[int, int], *, options: pj.ParseOptions, pool: pa.MemoryPool
) -> pa.Table | None:
    import pyarrow as pa
    import pyarrow.json as pj

    stream = _Features(path, start=part[0], stop=part[1])
    try:
        reader = pj.open_json(
            stream,
            read_options=pj.ReadOptions(block_size=4 << 20),
            parse_options=options,
            memory_pool=pool,
        )
        return reader.read_all()
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    finally:
        stream.close()


def _sampled_schema(
    path: Path, *, start: int, stop: int
) -> tuple[pa.Schema | None, set[str], list[str]]:
    """The types of the first features (the whole-file reader then checks them rather than
    inferring them), the properties that look like dates and the properties in the
    file's order; None for a sample that GDAL must read (areas, nested values)."""
    import pyarrow as pa
    import pyarrow.json as pj

    stream = _Features(path, start=start, stop=min(stop, start + _SAMPLE_BYTES))
    try:
        data = bytes(stream.read())
    finally:
        stream.close()
    if stop > start + _SAMPLE_BYTES:
        data = data[: data.rfind(b"\n") + 1]  # whole features only
    if not data.strip():
        return pa.schema([]), set(), []  # a feature longer than the sample: infer them all
    sample = pj.read_json(io.BytesIO(data)).schema
    fields = []
    dates: set[str] = set()
    order: list[str] = []
    for field in sample:
        kind = field.type
        if pa.types.is_null(kind):
            continue
        if field.name == "bbox" and _is_numbers(kind):
            continue  # GDAL's WRITE_BBOX: the extent of each feature, not a field: ignored
        if field.name == "geometry":
            names = (
                {kind.field(i).name for i in range(kind.num_fields)}
                if pa.types.is_struct(kind)
                else set()
            )
            coordinates = (
                kind.field("coordinates").type if names == {"type", "coordinates"} else None
            )
            if (
                coordinates is None
                or not pa.types.is_list(coordinates)
                or pa.types.is_nested(coordinates.value_type)
            ):
                return None, set(), []
            kind = pa.struct([("type", pa.string()), ("coordinates", pa.list_(pa.float64()))])
        elif field.name == "properties":
            if not pa.types.is_struct(kind):
                return None, set(), []
            properties = []
            for index in range(kind.num_fields):
                child = kind.field(index)
                order.append(child.name)
                if pa.types.is_nested(child.type):
                    return None, set(), []
                if pa.types.is_null(child.type):
                    continue
                if pa.types.is_timestamp(child.type):  # read as text, typed after
                    dates.add(child.name)
                    child = pa.field(child.name, pa.string())
                elif pa.types.is_integer(child.type):  # a later value may have a fraction
                    child = pa.field(child.name, pa.int64())
                properties.append(child)
            kind = pa.struct(properties)
        fields.append(pa.field(field.name, kind))
    return pa.schema(fields), dates, order


def _is_numbers(kind: pa.DataType) -> bool:
    import pyarrow as pa

    if not pa.types.is_list(kind):
        return False
    value = kind.value_type
    return bool(pa.types.is_floating(value) or pa.types.is_integer(value))


def _projected(
    schema: pa.Schema, dates: set[str], order: list[str], columns: Sequence[str]
) -> tuple[pa.Schema, set[str], list[str]]:
    """The sampled schema cut to the properties in ``columns``, each of them typed: a
    property the sample left null takes its incident field's type (text for another
    name), where the whole-file reader would have inferred one."""
    import pyarrow as pa

    from geo.export.schema import arrow_type_of
    from geo.incident import DATE_FIELDS

    wanted = dict.fromkeys(columns)
    kept: list[pa.Field] = []
    if "properties" in schema.names:
        sampled = schema.field("properties").type
        known = {sampled.field(i).name: sampled.field(i) for i in range(sampled.num_fields)}
        # A wanted property the sample lacks altogether may still come later (the top
        # level's text ``id`` is not a property).
        later = [n for n in wanted if n not in order and n not in ("id", "geometry", "type")]
        for name in [*order, *later]:
            if name not in wanted:
                continue
            if name in known:
                kept.append(known[name])
            elif name in DATE_FIELDS:  # text, typed after as a sampled date is
                kept.append(pa.field(name, pa.string()))
                dates = {*dates, name}
            else:
                kept.append(pa.field(name, arrow_type_of(name)))
    # Text as large_string, which pandas keeps as it is: a string column is copied
    # into one (0.8 s and a column's worth of memory at a million features).
    kept = [pa.field(f.name, pa.large_string()) if pa.types.is_string(f.type) else f for f in kept]
    fields = [f for f in schema if f.name != "properties"]
    fields.append(pa.field("properties", pa.struct(kept)))
    return pa.schema(fields), dates & set(wanted), [f.name for f in kept]


def _to_frame(
    tables: list[pa.Table], *, dates: set[str], order: list[str]
) -> gpd.GeoDataFrame | None:
    """The frame of the one table in ``tables``, which is taken from the list."""
    import geopandas as gpd
    import pyarrow as pa
    import pyarrow.compute as pc

    table = tables.pop()
    names = set(table.column_names)
    if not {"type", "geometry"} <= names or names - {
        "type",
        "id",
        "properties",
        "geometry",
        "bbox",
    }:
        return None
    if pc.any(pc.not_equal(table["type"], "Feature")).as_py() or table["type"].null_count:
        return None
    columns: dict[str, pa.ChunkedArray] = {}
    properties = values = column = None
    if "id" in names and pa.types.is_string(table["id"].type):
        columns["id"] = table["id"]  # GDAL keeps a text id as a field; a number is the FID
    if "properties" in names and not pa.types.is_null(table["properties"].type):
        properties = table["properties"]
        if not pa.types.is_struct(properties.type):
            return None
        for index in range(properties.type.num_fields):
            field = properties.type.field(index)
            values = pc.struct_field(properties, [index])
            column = _dated(values) if field.name in dates else _gdal_like(values)
            if column is None or field.name in ("geometry", *columns):
                return None
            columns[field.name] = column
    points = _points(table["geometry"])
    if points is None:
        return None
    # The properties in the file's order, as GDAL gives them (the explicit schema put the
    # sample's null ones last).
    rank = {name: position for position, name in enumerate(["id", *order])}
    columns = dict(sorted(columns.items(), key=lambda item: rank.get(item[0], len(rank))))
    # Nothing else holds the parsed columns now: self_destruct frees each one once it
    # is converted, so the table and the frame are never whole together.
    del table, properties, values, column
    parsed = pa.table(columns) if columns else None
    columns.clear()
    frame = parsed.to_pandas(self_destruct=True, split_blocks=True) if parsed else None
    del parsed
    geometry = gpd.GeoSeries(points, crs="EPSG:4326")
    if frame is None:
        return gpd.GeoDataFrame(geometry=geometry)
    return gpd.GeoDataFrame(frame, geometry=geometry, copy=False)  # not a copy of every column


def _dated(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """Text that looked like dates, typed as GDAL types it: Date when every value is a
    day, DateTime when every value is a time, else String."""
    import pyarrow as pa

    for kind in (pa.date32(), pa.timestamp("s")):
        try:
            return column.cast(kind)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            continue
    return column


def _gdal_like(column: pa.ChunkedArray) -> pa.ChunkedArray | None:
    """A property column typed as GDAL types it; None for a nested value GDAL would
    turn into JSON text."""
    import pyarrow as pa
    import pyarrow.compute as pc

    kind = column.type
    if pa.types.is_null(kind):
        return column.cast(pa.string())  # no value anywhere: GDAL says String
    if pa.types.is_timestamp(kind):
        # Arrow reads "2021-12-07" as a timestamp; GDAL, as a Date when no value has a time.
        days = column.cast(pa.date32())
        if pc.all(pc.equal(column, days.cast(kind))).as_py() in (True, None):
            return days
        return column
    if pa.types.is_nested(kind) or pa.types.is_binary(kind):
        return None
    return column


def _points(geometry: pa.ChunkedArray) -> object | None:
    """Shapely points of a geometry column of Points (None for a null geometry)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    import shapely

    n = len(geometry)
    if pa.types.is_null(geometry.type):
        return np.full(n, None, dtype=object)
    array = geometry.combine_chunks()
    if not pa.types.is_struct(array.type) or {
        array.type.field(i).name for i in range(array.type.num_fields)
    } != {"type", "coordinates"}:
        return None
    kinds = pc.struct_field(array, "type")
    coordinates = pc.struct_field(array, "coordinates")
    if not pa.types.is_list(coordinates.type):
        return None
    number = coordinates.type.value_type
    if not (pa.types.is_floating(number) or pa.types.is_integer(number)):
        return None
    present = pc.fill_null(pc.is_valid(array), False)
    if pc.any(pc.and_(present, pc.not_equal(pc.fill_null(kinds, ""), "Point"))).as_py():
        return None
    lengths = pc.fill_null(pc.list_value_length(coordinates), 0)
    if pc.any(pc.and_(present, pc.less(lengths, 2))).as_py():
        return None
    has = present.to_numpy(zero_copy_only=False)
    x = pc.list_element(coordinates, 0).cast(pa.float64()).to_numpy(zero_copy_only=False)
    y = pc.list_element(coordinates, 1).cast(pa.float64()).to_numpy(zero_copy_only=False)
    out = np.full(n, None, dtype=object)
    out[has] = shapely.points(x[has], y[has])
    return out
