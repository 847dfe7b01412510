"""build_map and write_map without a browser: the HTML they produce and their errors."""

from __future__ import annotations

import base64
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import folium
import pytest

from maps.build import build_map, write_map
from maps.columns import PopupField
from maps.layers import PALETTE, to_layer_data
from maps.points import PointLayer
from maps.popup_pack import read_popup
from maps.symbols import SYMBOLS
from tests.maps.frames import HOSTILE_TEXT, HOSTILE_TITLE, category_frame, far_apart_frame

FIELDS = (PopupField("text", "Text"), PopupField("url", "Link", kind="link"))


def render(frame, **options) -> str:
    options.setdefault("layer_column", "kind")
    return build_map(frame, **options).get_root().render()


def test_offline_html_loads_nothing_from_elsewhere() -> None:
    html = render(category_frame({"A": 3}), offline=True, title="t")
    assert not re.search(r"<script[^>]*\bsrc=", html)
    assert not re.search(r"<link[^>]*\bhref=", html)
    assert "cdn." not in html.lower()
    assert "tile.openstreetmap.org" not in html
    assert "I.Clusters = L.Layer.extend" in html  # our clustering is inlined, and used
    assert "new L.Incimap.Clusters(" in html


def test_online_html_adds_only_the_osm_tile_layer() -> None:
    html = render(category_frame({"A": 3}), offline=False)
    assert "tile.openstreetmap.org" in html
    assert not re.search(r"<script[^>]*\bsrc=", html)


def test_folium_class_defaults_are_not_changed() -> None:
    before_js, before_css = list(folium.Map.default_js), list(folium.Map.default_css)
    render(category_frame({"A": 1}))
    assert folium.Map.default_js == before_js
    assert folium.Map.default_css == before_css
    plain = folium.Map().get_root().render()
    assert "bootstrap" in plain  # a plain folium map is untouched by ours


class TagCollector(HTMLParser):
    """Records start tags, and the text of each JSON data block, as a browser parses them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.json_blocks: list[str] = []
        self._in_json = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_json = tag == "script" and ("type", "application/json") in attrs

    def handle_data(self, data: str) -> None:
        if self._in_json:
            self.json_blocks.append(data)
            self._in_json = False


def test_hostile_text_cannot_close_a_script_element() -> None:
    html = render(far_apart_frame(), title=HOSTILE_TITLE, popup_fields=FIELDS, offline=True)
    parser = TagCollector()
    parser.feed(html)
    assert "img" not in parser.tags
    # Each data block is whole JSON: report text did not end it early.
    decoded = [json.loads(block) for block in parser.json_blocks]
    popups = [read_popup(block) for block in parser.json_blocks if "fields" in json.loads(block)]
    assert len(popups) == len([block for block in decoded if "fields" in block]) > 0
    texts = [value for popup in popups for value in popup["fields"][0]["col"]]
    assert HOSTILE_TEXT in texts
    assert "<script>window.pwned" not in html


def test_layers_follow_the_colour_order_then_size() -> None:
    frame = category_frame({"small": 1, "big": 5, "named": 2, "mid": 3})
    layers = to_layer_data(frame, layer_column="kind", colours={"named": "#123456"})
    assert [layer.name for layer in layers] == ["named", "big", "mid", "small"]
    assert [layer.colour for layer in layers] == ["#123456", *PALETTE[:3]]
    assert [len(layer.lat) for layer in layers] == [2, 5, 3, 1]


def test_rows_without_geometry_are_left_out_and_missing_category_named() -> None:
    frame = category_frame({"A": 4})
    frame.loc[0, "geometry"] = None
    frame.loc[1, "kind"] = None
    layers = to_layer_data(frame, layer_column="kind", colours={})
    assert {layer.name: len(layer.lat) for layer in layers} == {"A": 2, "(none)": 1}


def test_projected_frames_are_drawn_in_degrees() -> None:
    frame = far_apart_frame().to_crs("EPSG:3857")
    layers = to_layer_data(frame, layer_column="kind", colours={})
    alpha = next(layer for layer in layers if layer.name == "Alpha")
    assert alpha.lat[0] == pytest.approx(50.0, abs=1e-5)
    assert alpha.lon[0] == pytest.approx(10.0, abs=1e-5)


def test_polygons_become_a_point_and_an_area() -> None:
    layers = to_layer_data(far_apart_frame(), layer_column="kind", colours={})
    beta = next(layer for layer in layers if layer.name == "Beta")
    assert list(beta.shapes) == [1]
    assert beta.shapes[1]["type"] == "Polygon"  # type: ignore[index]
    assert -5.0 < beta.lon[1] < -3.0 and 35.0 < beta.lat[1] < 37.0


def test_days_count_from_1970_and_keep_gaps() -> None:
    frame = category_frame({"A": 5})
    (layer,) = to_layer_data(frame, layer_column="kind", time_column="when", colours={})
    assert layer.day is not None
    assert layer.day[0] == (frame["when"][0] - __import__("datetime").date(1970, 1, 1)).days
    assert layer.day[4] is None


def test_unknown_columns_are_named_in_the_error() -> None:
    with pytest.raises(KeyError, match="nope"):
        build_map(category_frame({"A": 1}), layer_column="kind", time_column="nope")


@pytest.mark.parametrize("colour", ["red", "#12345", "#123456;background:url(x)", ""])
def test_colours_that_are_not_hex_are_refused(colour: str) -> None:
    with pytest.raises(ValueError, match="rrggbb"):
        build_map(category_frame({"A": 1}), layer_column="kind", colours={"A": colour})


def test_popup_field_kind_is_checked() -> None:
    with pytest.raises(ValueError, match="kind"):
        PopupField("text", "Text", kind="html")


def test_write_map_is_atomic_and_refuses_to_overwrite(tmp_path: Path) -> None:
    fmap = build_map(category_frame({"A": 2}), layer_column="kind", offline=True)
    out = write_map(fmap, tmp_path / "map.html")
    first = out.read_text(encoding="utf-8")
    assert first.startswith("<!DOCTYPE html>")
    with pytest.raises(FileExistsError):
        write_map(fmap, out)
    assert out.read_text(encoding="utf-8") == first
    write_map(fmap, out, overwrite=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"]


def test_write_map_creates_a_missing_output_folder(tmp_path: Path) -> None:
    fmap = build_map(category_frame({"A": 2}), layer_column="kind", offline=True)
    out = write_map(fmap, tmp_path / "new" / "map.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_empty_frame_still_builds_a_map() -> None:
    frame = category_frame({"A": 1}).iloc[0:0]
    html = render(frame, time_column="when", offline=True)
    assert "L.Incimap.Title" in html
    assert "new L.Incimap.Points(" not in html
    assert "new L.Incimap.Points(" in render(category_frame({"A": 1}))


def test_template_syntax_in_report_text_is_not_run() -> None:
    # branca re-parses macro output as Jinja; ours must not, or "{{ ... }}" would run.
    frame = category_frame({"A": 2})
    frame["text"] = ["{{ 7 * 7 }}", "{% if true %}x{% endif %}"]
    frame["kind"] = "{{ 8 * 8 }}"
    html = render(frame, title="{{ 6 * 7 }}", popup_fields=FIELDS, offline=True)
    assert "{{ 6 * 7 }}" in html
    assert "{{ 8 * 8 }}" in html  # the layer's name, as JSON text in the page
    parser = TagCollector()
    parser.feed(html)
    (popup,) = [read_popup(b) for b in parser.json_blocks if "fields" in json.loads(b)]
    assert popup["fields"][0]["col"] == ["{{ 7 * 7 }}", "{% if true %}x{% endif %}"]


def test_large_popup_data_is_packed_and_round_trips() -> None:
    frame = category_frame({"A": 300})
    plain = PointLayer(to_layer_data(frame, layer_column="kind", colours={})[0])
    layer = to_layer_data(frame, layer_column="kind", popup_fields=FIELDS, colours={})[0]
    packed = read_popup(layer.to_popup_json(pack_above_bytes=1_000))
    assert packed["packed"]
    unpacked = read_popup(layer.to_popup_json())
    assert not unpacked["packed"]
    assert {**packed, "packed": False} == unpacked
    assert unpacked["fields"][0]["label"] == "Text"
    assert unpacked["fields"][0]["col"] == frame["text"].tolist()
    assert "gzip" not in json.loads(plain.popup_json)  # small: left unpacked


def test_each_category_gets_its_own_symbol_in_legend_order() -> None:
    names = {f"k{n}": len(SYMBOLS) + 1 - n for n in range(len(SYMBOLS))}  # sizes set the order
    layers = to_layer_data(category_frame(names), layer_column="kind", colours={})
    assert [layer.symbol for layer in layers] == list(SYMBOLS)
    chosen = to_layer_data(
        category_frame({"a": 2, "b": 1}), layer_column="kind", colours={}, symbols={"b": "star"}
    )
    assert [layer.symbol for layer in chosen] == ["circle", "star"]


def test_every_symbol_is_drawn_by_the_page() -> None:
    script = (Path(__file__).parents[2] / "maps" / "static" / "symbols.js").read_text()
    for symbol in SYMBOLS:
        assert f'"{symbol}":' in script


def test_unknown_symbols_are_refused() -> None:
    with pytest.raises(ValueError, match="symbol"):
        build_map(category_frame({"A": 1}), layer_column="kind", symbols={"A": "<svg onload=x>"})


def test_ids_travel_with_the_popup_data_only() -> None:
    frame = category_frame({"A": 3})
    frame["id"] = ["x1", "x2", "x3"]
    (layer,) = to_layer_data(frame, layer_column="kind", id_column="id", colours={})
    assert read_popup(layer.to_popup_json())["ids"] == ["x1", "x2", "x3"]
    assert "x1" not in layer.to_core_json(popup_id=None)


def _untyped(column: dict[str, object]) -> list[object]:
    """What the page's L.Incimap.typedColumn reads from a typed column."""
    import numpy as np

    kinds = {"int8": "<i1", "int16": "<i2", "int32": "<i4"}
    ints = np.frombuffer(base64.b64decode(str(column["b64"])), dtype=kinds[str(column["typed"])])
    if "scale" in column:
        return (ints.astype("float64") / float(column["scale"])).tolist()  # type: ignore[arg-type]
    values: list[object] = ints.tolist()
    return [None if v == column.get("null") else v for v in values]


def test_numbers_travel_as_bytes_that_read_back_exactly() -> None:
    frame = category_frame({"A": 5})
    frame["place"] = ["x", "y", "x", None, "x"]
    (layer,) = to_layer_data(
        frame,
        layer_column="kind",
        time_column="when",
        popup_fields=(PopupField("place", "Place"),),
        colours={},
    )
    core = json.loads(layer.to_core_json(popup_id=None))
    # Fixed-point degrees divide back to the very doubles the rounded coordinates are.
    assert _untyped(core["lat"]) == [float(v) for v in layer.lat]
    assert _untyped(core["lon"]) == [float(v) for v in layer.lon]
    assert layer.day is not None
    assert _untyped(core["day"]) == list(layer.day)
    assert core["day"]["null"] not in list(layer.day)  # the gap stays a gap
    (field,) = json.loads(layer.to_popup_json())["fields"]
    assert set(field["col"]) == {"d", "c"}  # each distinct text once, a code per row
    assert field["col"]["d"]["n"] == 2
    assert read_popup(layer.to_popup_json())["fields"][0]["col"] == ["x", "y", "x", None, "x"]


@pytest.mark.parametrize("value", [30.90877, -179.99999, 0.1, 44.53205, 1e-5])
def test_fixed_point_degrees_are_the_json_doubles(value: float) -> None:
    from maps.columns import typed_column

    typed = typed_column([round(value, 5)], scale=100_000)
    assert _untyped(typed) == [json.loads(json.dumps(round(value, 5)))]


def test_popup_data_follow_the_script_that_draws_the_map() -> None:
    html = render(category_frame({"A": 3, "B": 2}), popup_fields=FIELDS)
    script = html.index("new L.Incimap.Clusters(")  # the map's own script
    cores = [
        m.start() for m in re.finditer(r'<script type="application/json" id="\w+_data">', html)
    ]
    popups = [
        m.start() for m in re.finditer(r'<script type="application/json" id="\w+_popup">', html)
    ]
    assert len(popups) == 2 and len(cores) >= 2
    # The map is drawn from the core data before the browser reads the popup texts.
    assert max(cores) < script < min(popups)
    assert html.rstrip().endswith("</html>")


@pytest.mark.parametrize("storage", ["object", "arrow"])
def test_texts_that_hardly_repeat_travel_row_by_row_and_read_back(storage: str) -> None:
    import numpy as np
    import pandas as pd

    from maps.columns import decoded, encode_codes, factorise

    n = 60_000  # above the size where a column is sampled instead of hashed whole
    values: list[str | None] = [f"report {k}: Ağdam 🚩" if k % 7 else "" for k in range(n)]
    values[5] = values[9] = None
    series = pd.Series(values, dtype=object if storage == "object" else "string[pyarrow]")
    column = factorise(series)
    assert column.codes is None  # no hash of every text: each row its own
    rows = np.arange(3, n, 2)
    encoded = encode_codes(column, rows)
    expected = [values[k] for k in rows.tolist()]
    assert decoded(encoded) == expected
    layer = to_layer_data(
        gpd_points(n, text=series), layer_column="kind", popup_fields=FIELDS[:1], colours={}
    )[0]
    assert read_popup(layer.to_popup_json(pack_above_bytes=1_000))["fields"][0]["col"] == values


def gpd_points(n: int, *, text: object) -> object:
    import geopandas as gpd

    return gpd.GeoDataFrame(
        {"kind": ["A"] * n, "text": text},
        geometry=gpd.points_from_xy([20.0] * n, [45.0] * n),
        crs="EPSG:4326",
    )


@pytest.mark.parametrize(
    "texts",
    [["", ""], ["a", "é", "", "🚩 x"], [], ["\x00", "\uffff", "ÿ"]],
    ids=["empty", "wide", "none", "edge-code-points"],
)
def test_texts_end_with_a_byte_utf8_never_uses_and_read_back(texts: list[str]) -> None:
    import pyarrow as pa

    from maps.popup_pack import to_popup_pack

    column = {"v": pa.array(["skipped", *texts], pa.large_string()).slice(1)}
    for pack_above in (None, 0):
        popup = read_popup(
            to_popup_pack(heading=None, ids=column, fields=[], pack_above_bytes=pack_above)
        )
        assert popup["ids"] == texts
