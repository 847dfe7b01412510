"""Hostile input never crashes a reader: every line becomes a record or a named error."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer.errors import InputFormatError
from gazetteer.sources import Admin1Code, NameRecord, PlaceRecord
from gazetteer.sources.geonames_dump import read_admin1_codes, read_alternates, read_geonames
from gazetteer.sources.user_file import read_csv, read_geojson

cell = st.text(
    alphabet=st.characters(blacklist_characters="\t\r\n", blacklist_categories=("Cs",)),
    max_size=12,
)
line = st.lists(cell, min_size=1, max_size=21).map("\t".join)


def read_all(reader: object, text: str, suffix: str) -> list[object]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_text(text, encoding="utf-8")
        return list(reader(path))  # type: ignore[operator]


@settings(max_examples=60, deadline=None)
@given(st.lists(line, max_size=8))
def test_dump_readers_turn_every_line_into_a_record_or_an_error(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    non_blank = [n for n, text_line in enumerate(lines, start=1) if text_line.strip()]
    for reader in (read_geonames, read_alternates, read_admin1_codes):
        items = read_all(reader, text, ".txt")
        errors = [item for item in items if isinstance(item, InputFormatError)]
        assert all(
            isinstance(item, PlaceRecord | NameRecord | Admin1Code | InputFormatError)
            for item in items
        )
        assert all(error.line in non_blank and error.field for error in errors)
        assert len(items) <= len(non_blank)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(cell, min_size=1, max_size=5), max_size=6))
def test_csv_reader_never_raises(rows: list[list[str]]) -> None:
    body = "\n".join(",".join(json.dumps(value) for value in row) for row in rows)
    items = read_all(read_csv, "name,lat,lon,population\n" + body + "\n", ".csv")
    for item in items:
        if isinstance(item, PlaceRecord):
            assert -90 <= item.place.lat <= 90 and -180 <= item.place.lon <= 180
            assert item.place.name
        else:
            assert isinstance(item, InputFormatError) and item.line and item.field


@settings(max_examples=60, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.floats(allow_nan=False) | st.text(max_size=8),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
        max_leaves=12,
    )
)
def test_geojson_reader_never_raises(document: object) -> None:
    items = read_all(read_geojson, json.dumps(document), ".geojson")
    assert all(isinstance(item, PlaceRecord | InputFormatError) for item in items)


def test_bytes_that_are_not_utf8_are_a_named_error_per_line(tmp_path: Path) -> None:
    good = "\t".join(["AZ.57", "Tərtər", "Tartar", "409420"]).encode()
    path = tmp_path / "admin1CodesASCII.txt"
    path.write_bytes(good + b"\n" + b"AZ.58\tT\xe9rt\xe9r\tTerter\t1\n" + good + b"\n")
    items = list(read_admin1_codes(path))
    assert [type(item).__name__ for item in items] == [
        "Admin1Code",
        "InputFormatError",
        "Admin1Code",
    ]
    error = items[1]
    assert isinstance(error, InputFormatError) and (error.line, error.field) == (2, "encoding")
    csv_path = tmp_path / "latin1.csv"
    csv_path.write_bytes(b"name,lat,lon\nZorqaya,40.2,46.6\nT\xe9rt\xe9r,40.3,46.9\n")
    kinds = [type(item).__name__ for item in read_csv(csv_path)]
    assert kinds == ["PlaceRecord", "InputFormatError"]
    json_path = tmp_path / "latin1.geojson"
    json_path.write_bytes(b'{"type": "FeatureCollection", "features": [], "x": "\xe9"}')
    assert [type(item).__name__ for item in read_geojson(json_path)] == ["InputFormatError"]
