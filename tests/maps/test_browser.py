"""The maps opened in real headless Chromium: requests, layers, popups, filters, safety;
clusters across categories, symbols, the time slider, permalinks and the tile fallback."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from maps.build import build_map, write_map
from maps.columns import PopupField
from tests.chromium import wait_ready
from tests.maps.frames import (
    HOSTILE_TEXT,
    HOSTILE_TITLE,
    HOSTILE_URL,
    WIDE_TEXT,
    category_frame,
    far_apart_frame,
    region_frame,
)

pytestmark = pytest.mark.browser

FIELDS = (PopupField("text", "Text"), PopupField("url", "Link", kind="link"))
COUNTS = {"Alpha": 40, "Beta": 25, "Gamma <i>x</i>": 7}

CTL = "window[document.querySelector('.folium-map').id].incimap"


def js(page, expression: str):
    """Evaluate ``expression`` with ``ctl`` bound to the map's incimap controller."""
    return page.evaluate(f"() => {{ const ctl = {CTL}; return {expression}; }}")


@pytest.fixture
def save():
    def saver(frame, tmp_path: Path, **options) -> Path:
        options.setdefault("layer_column", "kind")
        options.setdefault("offline", True)
        return write_map(build_map(frame, **options), tmp_path / "map.html", overwrite=True)

    return saver


@pytest.fixture
def category_map(tmp_path: Path, save) -> Path:
    return save(
        category_frame(COUNTS),
        tmp_path,
        time_column="when",
        popup_fields=FIELDS,
        heading_column="kind",
        precision_column="precision",
        radius_column="radius_m",
        title="Categories",
    )


def shown_text(page) -> str:
    return page.locator(".incimap-count").inner_text()


def test_offline_map_initialises_with_no_external_request(open_map, category_map) -> None:
    opened = open_map(category_map)
    assert opened.external_requests() == []
    assert opened.errors == []
    assert js(opened.page, "ctl.map.getZoom() >= 0")
    counts = js(opened.page, "ctl.layers.map(p => [p.data.name, p.drawnCount()])")
    assert dict(counts) == COUNTS
    total = sum(COUNTS.values())
    assert shown_text(opened.page) == f"{total} of {total} shown"


def test_legend_lists_each_layer_with_its_count(open_map, category_map) -> None:
    page = open_map(category_map).page
    names = page.locator(".incimap-legend-name").all_inner_texts()
    counts = page.locator(".incimap-legend-count").all_inner_texts()
    assert dict(zip(names, counts, strict=True)) == {k: str(v) for k, v in COUNTS.items()}
    # The <i> in a category name stays text in the legend and the layer control.
    assert page.locator(".incimap-legend i, .leaflet-control-layers i").count() == 0
    assert "Gamma <i>x</i>" in page.locator(".leaflet-control-layers").inner_text()


def test_unchecking_a_layer_hides_its_markers(open_map, category_map) -> None:
    page = open_map(category_map).page
    label = page.locator(".leaflet-control-layers-overlays label", has_text="Beta")
    label.locator("input").uncheck()
    assert js(page, "ctl.map.hasLayer(ctl.layers[1].group)") is False
    assert js(page, "ctl.map.hasLayer(ctl.layers[0].group)") is True
    shown = COUNTS["Alpha"] + COUNTS["Gamma <i>x</i>"]
    assert shown_text(page) == f"{shown} of {sum(COUNTS.values())} shown"
    assert js(page, "ctl.layers.map(p => p.drawnCount())") == [COUNTS["Alpha"], 0, 7]
    titles = page.locator(".incimap-ring").evaluate_all("nodes => nodes.map(n => n.title)")
    assert titles and not any("Beta" in title for title in titles)
    assert "incimap-off" in (
        page.locator(".incimap-legend-row").nth(1).get_attribute("class") or ""
    )
    label.locator("input").check()
    assert shown_text(page).startswith(f"{sum(COUNTS.values())} of")


def test_time_filter_keeps_the_chosen_days(open_map, tmp_path: Path, save) -> None:
    frame = category_frame(COUNTS)
    path = save(frame, tmp_path, time_column="when")
    page = open_map(path).page
    first = date(2021, 3, 20)
    expected = int((frame["when"].dropna() >= first).sum())
    day = (first - date(1970, 1, 1)).days
    page.evaluate(
        """day => {
            const input = document.querySelectorAll('.incimap-time input')[0];
            input.value = String(day);
            input.dispatchEvent(new Event('input'));
            input.dispatchEvent(new Event('change'));
        }""",
        day,
    )
    wait_ready(page)
    assert shown_text(page) == f"{expected} of {len(frame)} shown"
    assert "From: 2021-03-20" in page.locator(".incimap-time").inner_text()
    assert "undated" in page.locator(".incimap-time").inner_text()


def test_hiding_uncertain_points_and_drawing_their_areas(open_map, category_map) -> None:
    page = open_map(category_map).page
    frame = category_frame(COUNTS)
    uncertain = int((frame["precision"] >= 2).sum())
    assert js(page, "ctl.uncertainty.count()") == uncertain
    page.locator(".incimap-uncertain-toggle input").check()
    wait_ready(page)
    shown = len(frame) - uncertain
    assert shown_text(page) == f"{shown} of {len(frame)} shown"
    assert js(page, "ctl.uncertainty.count()") == 0


def test_heat_layer_is_off_until_switched_on(open_map, category_map) -> None:
    page = open_map(category_map).page
    assert page.locator("canvas.incimap-heat").count() == 0
    page.locator(".leaflet-control-layers-overlays label", has_text="Heat map").locator(
        "input"
    ).check()
    assert page.locator("canvas.incimap-heat").count() == 1
    assert js(page, "ctl.heat.cells") > 0
    painted = page.evaluate(
        """() => {
            const c = document.querySelector('canvas.incimap-heat');
            const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0;
            for (let i = 3; i < px.length; i += 4) { if (px[i] > 0) n++; }
            return n;
        }"""
    )
    assert painted > 0


def click_point(page, name: str, row: int) -> None:
    """Zoom to one point of the layer called ``name`` and click it."""
    index = js(page, f"ctl.layers.findIndex(p => p.data.name === {json.dumps(name)})")
    js(
        page,
        f"void ctl.map.setView([ctl.layers[{index}].data.lat[{row}], "
        f"ctl.layers[{index}].data.lon[{row}]], 12, {{animate: false}})",
    )
    # Wait until the engine draws the point itself, then for the canvas to repaint.
    page.wait_for_function(f"() => {CTL}.layers[{index}].isDrawn({row})")
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    xy = js(
        page,
        f"(() => {{ const p = ctl.layers[{index}];"
        f" const pt = ctl.map.latLngToContainerPoint([p.data.lat[{row}], p.data.lon[{row}]]);"
        " const box = ctl.map.getContainer().getBoundingClientRect();"
        " return [box.left + pt.x, box.top + pt.y]; })()",
    )
    page.mouse.click(xy[0], xy[1])
    page.locator(".leaflet-popup-content").wait_for(timeout=5_000)


def test_popup_shows_the_fields_and_a_safe_link(open_map, tmp_path: Path, save) -> None:
    path = save(far_apart_frame(), tmp_path, popup_fields=FIELDS, heading_column="kind")
    page = open_map(path).page
    click_point(page, "Alpha", 0)
    popup = page.locator(".leaflet-popup-content")
    assert popup.locator(".incimap-popup-heading").inner_text() == "Alpha"
    assert WIDE_TEXT in popup.inner_text()  # the UTF-8 bytes decoded whole
    assert popup.locator("b").count() == 0
    link = popup.locator("a")
    assert link.get_attribute("href") == "https://example.org/a?x=1&y=2"
    assert link.get_attribute("rel") == "noopener noreferrer"


def test_packed_popup_data_opens_the_same_popup(open_map, tmp_path: Path, save) -> None:
    path = save(
        far_apart_frame(), tmp_path, popup_fields=FIELDS, heading_column="kind", pack_popups_above=0
    )
    assert '{"gzip":' in path.read_text(encoding="utf-8")
    page = open_map(path).page
    click_point(page, "Alpha", 0)
    popup = page.locator(".leaflet-popup-content")
    assert popup.locator(".incimap-popup-heading").inner_text() == "Alpha"
    assert WIDE_TEXT in popup.inner_text()  # the UTF-8 bytes decoded whole


def test_hostile_title_and_text_show_as_text_and_run_nothing(
    open_map, tmp_path: Path, save
) -> None:
    frame = far_apart_frame()
    frame["kind"] = ["Alpha", HOSTILE_TITLE, HOSTILE_TITLE]
    path = save(frame, tmp_path, popup_fields=FIELDS, title=HOSTILE_TITLE, time_column="when")
    opened = open_map(path)
    page = opened.page
    assert page.locator(".incimap-title").first.inner_text() == HOSTILE_TITLE
    assert HOSTILE_TITLE in page.locator(".leaflet-control-layers").inner_text()
    click_point(page, HOSTILE_TITLE, 0)  # the row whose text and link are hostile
    popup = page.locator(".leaflet-popup-content")
    assert HOSTILE_TEXT in popup.inner_text()
    assert HOSTILE_URL in popup.inner_text()
    assert popup.locator("a").count() == 0  # a javascript: URL never becomes a link
    assert page.locator("img[src=x]").count() == 0
    page.wait_for_timeout(50)
    assert page.evaluate("() => typeof window.pwned") == "undefined"
    assert opened.dialogs == []
    assert opened.errors == []


def test_region_shape_is_drawn_as_uncertainty(open_map, tmp_path: Path, save) -> None:
    path = save(far_apart_frame(), tmp_path, precision_column="precision", radius_column="radius_m")
    page = open_map(path).page
    js(page, "void ctl.map.fitWorld()")
    page.wait_for_timeout(50)
    kinds = js(
        page,
        "ctl.uncertainty.group.getLayers().map(l => l instanceof L.GeoJSON ? 'shape' : 'circle')",
    )
    assert sorted(kinds) == ["circle", "shape"]


def test_online_map_asks_only_for_osm_tiles(open_map, tmp_path: Path, save) -> None:
    path = save(category_frame({"A": 3}), tmp_path, offline=False)
    opened = open_map(path)  # the network is blocked: tiles fail, the map still works
    external = opened.external_requests()
    assert external, "an online map should ask for tiles"
    assert all(url.startswith("https://tile.openstreetmap.org/") for url in external)
    assert shown_text(opened.page) == "3 of 3 shown"


def test_empty_map_opens(open_map, tmp_path: Path, save) -> None:
    frame = category_frame({"A": 1}).iloc[0:0]
    opened = open_map(save(frame, tmp_path, time_column="when"))
    assert shown_text(opened.page) == "0 of 0 shown"
    assert opened.errors == []


def test_bubble_of_one_spot_lists_its_points(open_map, tmp_path: Path, save) -> None:
    frame = far_apart_frame().iloc[[0, 0, 0]].reset_index(drop=True)
    frame["text"] = ["first", "second", "third"]
    frame["kind"] = ["Alpha", "Beta", "Alpha"]  # one bubble lists both categories
    page = open_map(save(frame, tmp_path, popup_fields=FIELDS)).page
    bubble = page.locator(".incimap-cluster")
    assert bubble.inner_text() == "3"
    bubble.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "1 of 3" in popup.inner_text()
    seen = {popup.locator("td").first.inner_text()}
    for _ in range(2):
        popup.locator("button", has_text="›").click()
        seen.add(popup.locator("td").first.inner_text())
    assert seen == {"first", "second", "third"}


def test_bubble_of_spread_points_zooms_in(open_map, tmp_path: Path, save) -> None:
    frame = category_frame({"A": 30})  # a 0.17° x 0.02° patch: one bubble from afar
    page = open_map(save(frame, tmp_path)).page
    js(page, "void ctl.map.setView([45.01, 20.08], 6, {animate: false})")
    bubble = page.locator(".incimap-cluster")
    assert bubble.count() == 1 and bubble.inner_text() == "30"
    bubble.click()
    page.wait_for_function(f"() => {CTL}.map.getZoom() > 6")
    assert js(page, "ctl.layers[0].drawnCount()") == 30  # nothing lost on the way in


# --- one clustering across categories -------------------------------------------------

REGION_COUNTS = {"Battles": 3_000, "Explosions": 2_500, "Riots": 1_500, "Protests": 1_200,
                 "Violence against civilians": 900, "Strategic developments": 400}  # fmt: skip


@pytest.fixture
def region_map(tmp_path: Path, save) -> Path:
    return save(
        region_frame(REGION_COUNTS),
        tmp_path,
        time_column="when",
        popup_fields=FIELDS[:1],
        precision_column="precision",
        radius_column="radius_m",
        id_column="id",
    )


ICONS = """() => Array.from(document.querySelectorAll('.incimap-cluster, .incimap-point'))
    .map(n => { const r = n.getBoundingClientRect();
                const ring = n.querySelector('.incimap-ring');
                return [r.left, r.top, r.right, r.bottom, ring ? +ring.dataset.count : 1]; })"""


def drawn_icons(page) -> list[list[float]]:
    return page.evaluate(ICONS)


def overlapping(icons: list[list[float]]) -> list[tuple[int, int]]:
    """Pairs of icons whose bounding boxes share some area."""
    pairs = []
    for a, (l1, t1, r1, b1, _) in enumerate(icons):
        for b, (l2, t2, r2, b2, _) in enumerate(icons[a + 1 :], start=a + 1):
            if min(r1, r2) - max(l1, l2) > 0 and min(b1, b2) - max(t1, t2) > 0:
                pairs.append((a, b))
    return pairs


def shown_number(page) -> int:
    return int(shown_text(page).split(" of ")[0].replace(",", ""))


def set_zoom(page, zoom: int) -> None:
    js(page, f"void ctl.map.setView([34.5, 42.0], {zoom}, {{animate: false}})")
    page.wait_for_function(f"() => {CTL}.clusters.zoom === {zoom}")


def test_clusters_of_all_types_never_overlap(open_map, region_map) -> None:
    page = open_map(region_map).page
    overview = js(page, "ctl.map.getZoom()")
    total = sum(REGION_COUNTS.values())
    for zoom in (overview, overview + 2, overview + 3):
        set_zoom(page, zoom)
        icons = drawn_icons(page)
        assert len(icons) > 10, f"zoom {zoom}: too few icons to test"
        assert overlapping(icons) == [], f"zoom {zoom}"
        assert sum(icon[4] for icon in icons) <= total
    # One clustering: a bubble holds several categories, its ring shows their shares.
    rings = page.locator(".incimap-ring").evaluate_all("ns => ns.map(n => n.style.background)")
    assert any(ring.count("rgb(") >= 3 for ring in rings)


def test_cluster_totals_add_up_to_the_shown_count(open_map, region_map) -> None:
    page = open_map(region_map).page
    total = sum(REGION_COUNTS.values())
    assert shown_number(page) == total
    assert sum(icon[4] for icon in drawn_icons(page)) == total

    # A type off in the layer control: the totals drop by exactly its count.
    box = page.locator(".leaflet-control-layers-overlays label", has_text="Explosions")
    box.locator("input").uncheck()
    assert sum(icon[4] for icon in drawn_icons(page)) == total - REGION_COUNTS["Explosions"]
    assert shown_number(page) == total - REGION_COUNTS["Explosions"]
    # ... and another off from the legend, which the layer control follows.
    page.locator(".incimap-legend-row", has_text="Riots").click()
    expected = total - REGION_COUNTS["Explosions"] - REGION_COUNTS["Riots"]
    assert sum(icon[4] for icon in drawn_icons(page)) == expected
    assert shown_number(page) == expected
    riots = page.locator(".leaflet-control-layers-overlays label", has_text="Riots")
    assert riots.locator("input").is_checked() is False
    page.locator(".incimap-legend-row", has_text="Riots").click()
    box.locator("input").check()
    assert sum(icon[4] for icon in drawn_icons(page)) == total


def test_filters_update_the_clusters(open_map, region_map) -> None:
    page = open_map(region_map).page
    frame = region_frame(REGION_COUNTS)
    page.locator(".incimap-uncertain-toggle input").check()
    certain = int((frame["precision"] == 1).sum())
    assert shown_number(page) == certain
    assert sum(icon[4] for icon in drawn_icons(page)) == certain
    page.locator(".incimap-uncertain-toggle input").uncheck()
    first = date(2022, 1, 1)
    day = (first - date(1970, 1, 1)).days
    page.evaluate(
        """day => {
            const input = document.querySelectorAll('.incimap-time input')[0];
            input.value = String(day);
            input.dispatchEvent(new Event('change'));
        }""",
        day,
    )
    recent = int((frame["when"] >= first).sum())
    assert shown_number(page) == recent
    assert sum(icon[4] for icon in drawn_icons(page)) == recent


def test_every_type_has_its_own_symbol_even_in_greyscale(open_map, tmp_path: Path, save) -> None:
    names = [f"Type {k}" for k in range(9)]
    frame = category_frame(dict.fromkeys(names, 1))
    page = open_map(save(frame, tmp_path)).page
    symbols = page.locator(".incimap-legend svg").evaluate_all(
        "ns => ns.map(n => n.dataset.symbol)"
    )
    assert len(symbols) == len(names) == len(set(symbols))
    # Drawn without colour, the shapes alone still tell every type apart.
    page.add_style_tag(content=".incimap-legend svg g { fill: #888 !important; }")
    shots = [
        swatch.screenshot() for swatch in page.locator(".incimap-legend .incimap-swatch").all()
    ]
    assert len(set(shots)) == len(names)
    # The lone points on the map use the legend's symbols.
    js(page, "void ctl.map.setView([45.0, 20.04], 15, {animate: false})")
    drawn = page.locator(".incimap-point svg").evaluate_all("ns => ns.map(n => n.dataset.symbol)")
    assert drawn and set(drawn) <= set(symbols)


def test_play_steps_week_by_week_and_the_histogram_counts(open_map, region_map) -> None:
    page = open_map(region_map).page
    frame = region_frame(REGION_COUNTS)
    page.locator(".incimap-play select").select_option("week")
    bars = page.locator(".incimap-bar").evaluate_all("ns => ns.map(n => +n.dataset.count)")
    assert sum(bars) == len(frame) and len(bars) == 105  # 730 days in weeks
    page.locator(".incimap-play button").click()
    page.wait_for_function(
        "() => +document.querySelectorAll('.incimap-time input')[0].value >= "
        f"{(date(2021, 1, 15) - date(1970, 1, 1)).days}"
    )
    page.locator(".incimap-play button", has_text="Pause").click()
    first, last, shown, lit = page.evaluate(
        """() => {
            const inputs = document.querySelectorAll('.incimap-time input');
            return [+inputs[0].value, +inputs[1].value,
                    document.querySelector('.incimap-count').innerText,
                    document.querySelectorAll('.incimap-bar-on').length];
        }"""
    )
    assert last - first == 6 and lit == 1
    days = frame["when"].map(lambda d: (d - date(1970, 1, 1)).days)
    expected = int(((days >= first) & (days <= last)).sum())
    assert shown.startswith(f"{expected:,} of")
    assert sum(icon[4] for icon in drawn_icons(page)) == expected


def test_popup_near_the_top_edge_pans_into_view(open_map, tmp_path: Path, save) -> None:
    frame = far_apart_frame()
    frame["text"] = ["A long evidence sentence. " * 40, "b", "c"]
    page = open_map(save(frame, tmp_path, popup_fields=FIELDS)).page
    js(page, "void ctl.map.setView([50.0, 10.0], 12, {animate: false})")
    js(page, "void ctl.map.panBy([0, 385], {animate: false})")  # the point 15 px from the top
    page.wait_for_function(f"() => {CTL}.layers.some(p => p.data.name === 'Alpha' && p.isDrawn(0))")
    page.locator(".incimap-point").first.click()
    page.locator(".leaflet-popup-content").wait_for()
    page.wait_for_function(
        """() => {
            const map = document.querySelector('.folium-map').getBoundingClientRect();
            const box = document.querySelector('.leaflet-popup').getBoundingClientRect();
            return box.top >= map.top && box.bottom <= map.bottom
                && box.left >= map.left && box.right <= map.right;
        }""",
        timeout=5_000,
    )


def test_permalink_opens_the_incident_and_a_popup_writes_it(open_map, region_map) -> None:
    opened = open_map(region_map)
    page = opened.page
    frame = region_frame(REGION_COUNTS)
    page.goto(region_map.resolve().as_uri() + "#id=ev-4321")  # same page: hashchange
    # The incident's popup opens; one that Leaflet is still closing may linger a moment,
    # so wait for this one by its text, then for it to be the only one.
    popup = page.locator(".leaflet-popup-content", has_text=frame["text"][4321])
    popup.wait_for()
    page.wait_for_function("() => document.querySelectorAll('.leaflet-popup-content').length === 1")
    assert popup.locator("a.incimap-permalink").get_attribute("href") == "#id=ev-4321"
    js(page, "void ctl.map.closePopup()")
    page.wait_for_function("() => !document.querySelector('.leaflet-popup-content')")
    click_point(page, "Battles", 7)
    assert page.evaluate("() => location.hash") == "#id=ev-7"
    assert opened.errors == []


def test_permalink_on_load(open_map, region_map) -> None:
    page = open_map(region_map, fragment="id=ev-10").page
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Battles event 10" in popup.inner_text()


def test_failed_tiles_show_the_offline_background(open_map, tmp_path: Path, save) -> None:
    online = open_map(save(category_frame({"A": 3}), tmp_path, offline=False)).page
    online.wait_for_function(f"() => {CTL}.outlineFilled === true")  # tiles blocked
    background = online.evaluate(
        "() => getComputedStyle(document.querySelector('.folium-map')).backgroundColor"
    )
    assert background == "rgb(207, 227, 239)"
    fills = js(online, "ctl.outline.getLayers().map(shape => shape.options.fillOpacity)")
    assert len(fills) > 100 and set(fills) == {1}


def test_play_stops_after_the_last_week(open_map, tmp_path: Path, save) -> None:
    frame = category_frame({"A": 9})  # days 0 to 8, day 4 undated: two weeks
    page = open_map(save(frame, tmp_path, time_column="when")).page
    page.locator(".incimap-play select").select_option("week")
    page.locator(".incimap-play button").click()
    page.locator(".incimap-play button", has_text="Pause").wait_for()
    page.locator(".incimap-play button", has_text="Play").wait_for(timeout=10_000)
    assert shown_text(page) == "2 of 9 shown"  # the last week: days 7 and 8
