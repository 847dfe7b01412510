"""Map generation and first render at 10k, 100k and 1M incidents, against folium's
one-``Marker``-per-point ``MarkerCluster`` at 10k, measured in the same run.

    python bench/map_bench.py [--sizes 10000,100000,1000000] [--baseline 10000]
    python bench/map_bench.py --foreign   # 100k incidents from a GeoJSON another tool wrote

Generation: build the map, render the HTML and write it. First render: headless Chromium
(Debian's chromium) from navigation to every point clustered and drawn; the baseline's
CDN scripts (Leaflet, markercluster, jQuery) are served from the same XStatic files.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geo.incident import FIELDS
from geo.mapping import build_incident_map
from geo.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES
from maps.assets import xstatic_dir
from maps.build import write_map

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip
CDN_TO_XSTATIC = {
    "leaflet.js": ("leaflet", "leaflet.js"),
    "leaflet.css": ("leaflet", "leaflet.css"),
    "jquery-3.7.1.min.js": ("jquery", "jquery.min.js"),
    "leaflet.markercluster.js": ("leaflet_markercluster", "leaflet.markercluster.js"),
    "MarkerCluster.css": ("leaflet_markercluster", "MarkerCluster.css"),
    "MarkerCluster.Default.css": ("leaflet_markercluster", "MarkerCluster.Default.css"),
}


def synthetic_incidents(n: int, *, seed: int = 7) -> gpd.GeoDataFrame:
    """``n`` incidents over a region, with realistic repetition (places, types, sources)."""
    rng = np.random.default_rng(seed)
    n_places = max(50, n // 50)
    place_lat = rng.uniform(30.0, 45.0, n_places)
    place_lon = rng.uniform(35.0, 55.0, n_places)
    place = rng.integers(0, n_places, n)
    types = np.array(EVENT_TYPES, dtype=object)[rng.integers(0, len(EVENT_TYPES), n)]
    subs = np.array([SUB_EVENT_TYPES[t][0] for t in types], dtype=object)
    precision = rng.choice([1, 2, 3], n, p=[0.6, 0.3, 0.1])
    days = rng.integers(0, 3 * 365, n)
    frame = pd.DataFrame({name: [""] * n for name in FIELDS})
    frame["id"] = [f"i{k}" for k in range(n)]
    frame["event_type"] = types
    frame["sub_event_type"] = subs
    frame["event_date"] = (pd.Timestamp(date(2020, 1, 1)) + pd.to_timedelta(days, "D")).date
    frame["fatalities"] = pd.array(np.where(rng.random(n) < 0.3, -1, rng.integers(0, 20, n)))
    frame["fatalities"] = frame["fatalities"].astype("Int64").where(frame["fatalities"] >= 0)
    frame["injured"] = pd.array([None] * n, dtype="Int64")
    frame["location"] = [f"Village {p}" for p in place]
    frame["place_name"] = frame["location"]
    frame["latitude"] = place_lat[place] + rng.normal(0, 0.02, n)
    frame["longitude"] = place_lon[place] + rng.normal(0, 0.02, n)
    frame["geo_precision"] = pd.array(precision, dtype="Int64")
    frame["uncertainty_m"] = np.choose(precision - 1, [2_000.0, 10_000.0, 50_000.0])
    frame["source"] = [f"report-{k // 20}.txt" for k in range(n)]
    frame["source_url"] = [f"https://example.org/r/{k // 20}" for k in range(n)]
    frame["evidence"] = [f"Shelling hit Village {p} on day {d}; report {k}." for k, (p, d) in
                         enumerate(zip(place, days, strict=True))]  # fmt: skip
    geometry = shapely.points(frame["longitude"].to_numpy(), frame["latitude"].to_numpy())
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def build_baseline(frame: gpd.GeoDataFrame, path: Path) -> float:
    """folium as people use it: a Marker with a Popup per point inside a MarkerCluster."""
    import folium
    from folium.plugins import MarkerCluster

    started = time.perf_counter()
    fmap = folium.Map(location=[38.0, 45.0], zoom_start=5)  # OSM tiles; aborted here
    cluster = MarkerCluster().add_to(fmap)
    for lat, lon, kind, evidence in zip(
        frame["latitude"], frame["longitude"], frame["event_type"], frame["evidence"], strict=True
    ):
        popup = folium.Popup(f"<b>{kind}</b><br>{evidence}", max_width=300)
        folium.Marker([lat, lon], popup=popup).add_to(cluster)
    fmap.save(str(path))
    return time.perf_counter() - started


def build_ours(frame: gpd.GeoDataFrame, path: Path) -> float:
    started = time.perf_counter()
    write_map(build_incident_map(frame, title="Bench", offline=True), path, overwrite=True)
    return time.perf_counter() - started


def serve_cdn_locally(route) -> None:  # type: ignore[no-untyped-def]
    url = route.request.url
    if url.startswith(("file:", "data:")):
        route.continue_()
        return
    name = url.rsplit("/", 1)[-1]
    if name in CDN_TO_XSTATIC:
        package, file = CDN_TO_XSTATIC[name]
        kind = "text/css" if file.endswith(".css") else "application/javascript"
        route.fulfill(body=(xstatic_dir(package) / file).read_bytes(), content_type=kind)
    else:
        route.abort()  # bootstrap, font-awesome, tiles: not part of the measure


# Records when the page says it is ready (our maps) or loaded (the baseline), then the
# next animation frame: the first frame painted with every point placed.
READY_PROBE = """
window.__renderedMs = null;
function __frameAfter() {
  requestAnimationFrame(() => { window.__renderedMs = performance.now(); });
}
new MutationObserver((changes, observer) => {
  if (document.documentElement.dataset.incimapReady === "true") {
    observer.disconnect();
    __frameAfter();
  }
}).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-incimap-ready"] });
window.addEventListener("load", () => {
  if (!document.querySelector(".folium-map") || !window.__incimapProbeOurs) { __frameAfter(); }
});
"""


def first_render_s(browser, path: Path, *, ours: bool, timeout_s: float = 300.0) -> float:  # type: ignore[no-untyped-def]
    """Seconds from navigation to the first frame with every point clustered and drawn."""
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    page.route("**/*", serve_cdn_locally)
    page.add_init_script(("window.__incimapProbeOurs = true;" if ours else "") + READY_PROBE)
    page.goto(path.resolve().as_uri(), wait_until="load", timeout=timeout_s * 1000)
    page.wait_for_function("() => window.__renderedMs !== null", timeout=timeout_s * 1000)
    rendered_ms = page.evaluate("() => window.__renderedMs")
    clusters = page.locator(".marker-cluster, .incimap-cluster").count()
    page.close()
    if clusters == 0:
        raise RuntimeError(f"{path}: no cluster drawn")
    return float(rendered_ms) / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--baseline", type=int, default=10_000)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        folder = Path(tmp)
        frame = synthetic_incidents(args.baseline)
        base_path = folder / "baseline.html"
        base_gen = build_baseline(frame, base_path)
        base_size = base_path.stat().st_size
        base_render = first_render_s(browser, base_path, ours=False)
        rows.append(
            ("folium Marker+MarkerCluster", args.baseline, base_gen, base_size, base_render)
        )
        for n in sizes:
            frame = synthetic_incidents(n)
            path = folder / f"ours-{n}.html"
            gen = build_ours(frame, path)
            rows.append(
                ("incimap", n, gen, path.stat().st_size, first_render_s(browser, path, ours=True))
            )
            path.unlink()
        browser.close()
    print(f"{'map':30} {'incidents':>10} {'generation':>11} {'HTML':>10} {'first render':>13}")
    for name, n, gen, size, render in rows:
        print(f"{name:30} {n:>10,} {gen:>10.2f}s {size / 1e6:>8.1f}MB {render:>12.2f}s")
    print()
    for name, n, gen, size, render in rows[1:]:
        print(
            f"{name} at {n:,} vs baseline at {args.baseline:,}: generation {gen / base_gen:.2f}x, "
            f"HTML {size / base_size:.2f}x, first render {render / base_render:.2f}x"
        )


# ---------------------------------------------------------------- foreign GeoJSON (issue 13)
# A GeoJSON that another tool wrote: its own points, its own column names, 5,000
# distinct location names. ``incimap map`` must keep the points and not ask the
# gazetteer (unless --check-places), so it costs about what incimap's own output costs.


def foreign_geojson(frame: gpd.GeoDataFrame, path: Path, *, names: int) -> None:
    """Write ``frame``'s incidents as another tool would: other columns, no incimap schema."""
    import pyogrio

    rng = np.random.default_rng(11)
    location = np.array([f"Site {k}" for k in range(names)], dtype=object)
    layer = gpd.GeoDataFrame(
        {
            "town": location[rng.integers(0, names, len(frame))],
            "date": [d.isoformat() for d in frame["event_date"]],
            "type": frame["event_type"].to_numpy(),
            "deaths": frame["fatalities"].astype("float64").to_numpy(),
        },
        geometry=frame.geometry.to_numpy(),
        crs="EPSG:4326",
    )
    pyogrio.write_dataframe(layer, path, driver="GeoJSON")


def map_file_s(path: Path, out: Path) -> tuple[float, float, int]:
    """Read ``path`` as ``incimap map`` does, draw and write the map: wall and CPU
    seconds (CPU says more on a shared machine), and the incidents drawn."""
    from geo.pipeline import GazetteerOnDemand, load_incidents

    def no_gazetteer():  # type: ignore[no-untyped-def]
        raise AssertionError("the gazetteer was opened for points the file carries")

    started, started_cpu = time.perf_counter(), time.process_time()
    with GazetteerOnDemand(no_gazetteer) as places:
        frame = load_incidents([path], gazetteer=places).frame
    write_map(build_incident_map(frame, title="Bench", offline=True), out, overwrite=True)
    wall_s, cpu_s = time.perf_counter() - started, time.process_time() - started_cpu
    return wall_s, cpu_s, int(frame.geometry.notna().sum())


def foreign_main(n: int, *, names: int) -> None:
    """Map ``n`` incidents from a foreign GeoJSON and from incimap's own, in one run."""
    from geo.export import write_incidents

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        frame = synthetic_incidents(n)
        own, foreign = folder / "own.geojson", folder / "foreign.geojson"
        write_incidents(frame, own)
        foreign_geojson(frame, foreign, names=names)
        own_s, own_cpu, own_n = map_file_s(own, folder / "own.html")
        foreign_s, foreign_cpu, foreign_n = map_file_s(foreign, folder / "foreign.html")
    print(f"{'input':40} {'incidents':>10} {'read+map':>9} {'CPU':>8}")
    print(f"{'incimap own GeoJSON (baseline)':40} {own_n:>10,} {own_s:>8.2f}s {own_cpu:>7.2f}s")
    label = f"foreign GeoJSON, {names:,} location names"
    print(f"{label:40} {foreign_n:>10,} {foreign_s:>8.2f}s {foreign_cpu:>7.2f}s")
    print(f"foreign / own: {foreign_s / own_s:.2f}x wall, {foreign_cpu / own_cpu:.2f}x CPU")


if __name__ == "__main__":
    if "--foreign" in sys.argv:
        foreign_main(100_000, names=5_000)
    else:
        main()
