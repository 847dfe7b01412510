"""Map generation and first render at 10k, 100k and 1M incidents, against folium's
one-``Marker``-per-point ``MarkerCluster`` at 10k, measured in the same run.

    python bench/map_bench.py [--sizes 10000,100000,1000000] [--baseline 10000]
                              [--section generation|process|all]
                              [--process-sizes 100000,1000000] [--inputs DIR]
    python bench/map_bench.py --foreign   # 100k incidents from a GeoJSON another tool wrote
    python bench/map_bench.py --section process --old-tree DIR --no-fast-marker-cluster

Generation: build the map, render the HTML and write it. First render: headless Chromium
(Debian's chromium) from navigation to every point clustered and drawn; the baseline's
CDN scripts (Leaflet, markercluster, jQuery) are served from the same XStatic files.

Whole process (``--section process``): ``incimap map`` run as users run it, on incident
files that incimap wrote (GeoJSON, GPKG and GeoParquet), with its wall time, CPU time and peak RSS,
and the map's first render; against a script that reads the same file with geopandas
and draws it with folium's ``FastMarkerCluster``, at the same sizes in the same run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
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


# --- whole process: `incimap map` against folium's FastMarkerCluster -------------------

ROOT = Path(__file__).resolve().parents[1]
# "geojson-gdal": the same incidents written by geopandas (GDAL's GeoJSON driver) from a
# frame in OGC:CRS84, as a frame read from GeoParquet is: another tool's layout of them.
PROCESS_FORMATS = ("geojson", "gpkg", "parquet", "geojson-gdal")
# Goals of the map issue: 1M incidents from any format, and the first render.
GOAL_WALL_S, GOAL_RSS_MB, GOAL_RENDER_S = 20.0, 1500.0, 1.5
# folium as its docs suggest for many points: one FastMarkerCluster of [lat, lon] pairs.
# Its default callback needs Leaflet.awesome-markers, which no installed package ships
# to serve offline; this callback makes the plain Leaflet marker instead (less work).
FAST_MARKER_CLUSTER_SCRIPT = """
import sys
import folium
import geopandas as gpd
import pyogrio
from folium.plugins import FastMarkerCluster

path, out = sys.argv[1], sys.argv[2]
if path.endswith(".parquet"):  # GDAL here has no Parquet driver: geopandas' own reader
    frame = gpd.read_parquet(path)
else:
    layers = [name for name, _ in pyogrio.list_layers(path)]
    layer = "incidents" if "incidents" in layers else layers[0]
    frame = gpd.read_file(path, layer=layer, engine="pyogrio")
points = list(zip(frame.geometry.y.tolist(), frame.geometry.x.tolist()))
fmap = folium.Map(location=[frame.geometry.y.mean(), frame.geometry.x.mean()], zoom_start=6)
callback = "function (row) { return L.marker(new L.LatLng(row[0], row[1])); }"
FastMarkerCluster(points, callback=callback).add_to(fmap)
fmap.save(out)
"""


@dataclass(frozen=True)
class ProcessRun:
    """One whole process: wall and CPU seconds, peak resident memory in MB."""

    wall_s: float
    cpu_s: float
    peak_rss_mb: float


def run_measured(
    command: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None
) -> ProcessRun:
    """Run ``command`` to its end; its own rusage (wait4), not this process's."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert proc.stderr is not None
    errors = proc.stderr.read()  # drained while it runs, so a full pipe cannot block it
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{command[:4]} failed ({proc.returncode}): {errors.decode()[-2000:]}")
    # Linux reports ru_maxrss in kilobytes.
    return ProcessRun(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def write_inputs(n: int, folder: Path) -> dict[str, Path]:
    """The synthetic incidents written by incimap in each format, and by geopandas as a
    GeoJSON (reused if present)."""
    from geo.export import write_incidents

    def named(fmt: str) -> Path:
        return folder / (
            f"incidents-{n}.gdal.geojson" if fmt == "geojson-gdal" else f"incidents-{n}.{fmt}"
        )

    paths = {fmt: named(fmt) for fmt in PROCESS_FORMATS}
    missing = [fmt for fmt, path in paths.items() if not path.exists()]
    if missing:
        frame = synthetic_incidents(n)
        for fmt in missing:
            if fmt == "geojson-gdal":
                frame.to_crs("OGC:CRS84").to_file(paths[fmt], driver="GeoJSON")
            else:
                write_incidents(frame, paths[fmt], format=fmt)
    return paths


def write_inputs_apart(n: int, folder: Path) -> dict[str, Path]:
    """``write_inputs`` in a process of its own: Linux counts the memory of the process
    that starts a command in the command's peak RSS (the mm copied at fork is measured at
    exec), so a bench that made the 1M frame itself reported 1,957 MB for every run."""
    code = "import sys; from pathlib import Path; import map_bench as b; "
    code += "b.write_inputs(int(sys.argv[1]), Path(sys.argv[2]))"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "bench"), str(ROOT)])}
    subprocess.run([sys.executable, "-c", code, str(n), str(folder)], env=env, check=True)
    return write_inputs(n, folder)  # all present now: only their names


def incimap_map(source: Path, out: Path, home: Path, *, root: Path = ROOT) -> ProcessRun:
    """``incimap map SOURCE -o OUT`` as a user runs it (tiles on: the default map), from
    the checkout at ``root`` (this one, or an older tree to compare with)."""
    env = {**os.environ, "INCIMAP_HOME": str(home), "PYTHONPATH": str(root)}
    # What the `incimap` script runs, from this checkout.
    entry = "from geo.cli.main import main; main()"
    command = [sys.executable, "-c", entry, "map", str(source), "-o", str(out)]
    # From root: `python -c` puts the working folder first on the path, before PYTHONPATH.
    return run_measured([*command, "--overwrite"], env=env, cwd=root)


def incimap_read_only(source: Path) -> ProcessRun:
    """What reading alone costs in a process: recognising the file and reading it, as
    ``incimap map`` does (the input registry, one shared read, the fields it uses)."""
    code = (
        "import sys; from pathlib import Path; "
        "from geo.inputs import IncidentKind, Sniff, kind_of, read_incident_kind; "
        "from geo.cli.map_cmd import fields_to_read; "
        "sniff = Sniff(Path(sys.argv[1]), fields=fields_to_read('event_type', merge=True)); "
        "kind = kind_of(sniff, explicit=True); "
        "assert isinstance(kind, IncidentKind), kind; read_incident_kind(sniff, kind)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return run_measured([sys.executable, "-c", code, str(source)], env=env, cwd=ROOT)


def fast_marker_cluster(source: Path, out: Path) -> ProcessRun:
    return run_measured([sys.executable, "-c", FAST_MARKER_CLUSTER_SCRIPT, str(source), str(out)])


def first_render(browser, path: Path, *, ours: bool, timeout_s: float, rounds: int) -> float | None:  # type: ignore[no-untyped-def]
    """The best of ``rounds`` first renders of ``path`` in seconds (the machine is shared:
    the best is the least disturbed), or None when one did not finish in ``timeout_s``."""
    times = []
    for _ in range(rounds):
        try:
            times.append(first_render_s(browser, path, ours=ours, timeout_s=timeout_s))
        except Exception as err:  # playwright's TimeoutError, or the page crashed
            print(f"  {path.name}: no first render within {timeout_s:.0f} s ({type(err).__name__})")
            return None
    return min(times)


def whole_process_section(
    sizes: list[int],
    *,
    inputs: Path | None,
    render_timeout_s: float,
    formats: tuple[str, ...] = PROCESS_FORMATS,
    old_tree: Path | None = None,
    fast_marker_cluster_too: bool = True,
) -> None:
    """Print the whole-process table: ours and the baseline per size and format, and
    ``incimap map`` from ``old_tree`` (an older checkout: before/after) when given.
    ``fast_marker_cluster_too=False`` leaves FastMarkerCluster out (minutes at 1M): a
    before/after run of incimap alone."""
    from playwright.sync_api import sync_playwright

    def fmt_render(value: float | None) -> str:
        return f"{value:.2f} s" if value is not None else f"> {render_timeout_s:.0f} s"

    rows: list[tuple[str, int, str, ProcessRun, float | None, float]] = []
    renders: dict[tuple[int, str], float | None] = {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        folder = Path(tmp)
        home = folder / "home"
        for n in sizes:
            paths = write_inputs_apart(n, inputs or folder)
            for fmt, source in paths.items():
                if fmt not in formats:
                    continue
                print(f"{n:,} incidents from {fmt.upper()} ({source.stat().st_size / 1e6:.0f} MB)")
                read = incimap_read_only(source)
                print(f"  incimap read only:  {read.wall_s:6.1f} s wall {read.cpu_s:6.1f} s CPU "
                      f"{read.peak_rss_mb:6.0f} MB")  # fmt: skip
                runs: list[tuple[str, Callable[[Path, Path], ProcessRun], bool]] = [
                    ("incimap map", lambda s, o: incimap_map(s, o, home), True),
                ]
                if fast_marker_cluster_too:
                    runs.append(("folium FastMarkerCluster", fast_marker_cluster, False))
                if old_tree is not None:
                    runs.insert(
                        0,
                        (
                            "incimap map (before)",
                            lambda s, o: incimap_map(s, o, home, root=old_tree),
                            True,
                        ),
                    )
                for name, run_map, ours in runs:
                    tag = "fmc" if not ours else ("old" if "before" in name else "ours")
                    out = folder / f"{tag}-{n}-{fmt}.html"
                    run = run_map(source, out)
                    # The baseline's page is the same from either input: render it once
                    # per size (it takes minutes at 1M); ours is rendered every time.
                    key = (n, f"{fmt}-{tag}") if ours else (n, "fmc")
                    if key not in renders:
                        renders[key] = first_render(
                            browser,
                            out,
                            ours=ours,
                            timeout_s=render_timeout_s,
                            rounds=3 if ours else 1,
                        )
                    render = renders[key]
                    size_mb = out.stat().st_size / 1e6
                    rows.append((name, n, fmt, run, render, size_mb))
                    print(f"  {name:24} {run.wall_s:6.1f} s wall {run.cpu_s:6.1f} s CPU "
                          f"{run.peak_rss_mb:6.0f} MB, HTML {size_mb:.0f} MB, "
                          f"first render {fmt_render(render)}")  # fmt: skip
                    out.unlink()
        browser.close()
    print()
    print(f"{'map':26} {'incidents':>10} {'input':>12} {'wall':>8} {'CPU':>8} {'peak RSS':>9} "
          f"{'HTML':>7} {'first render':>13}")  # fmt: skip
    for name, n, fmt, run, render, size_mb in rows:
        print(f"{name:26} {n:>10,} {fmt:>12} {run.wall_s:>7.1f}s {run.cpu_s:>7.1f}s "
              f"{run.peak_rss_mb:>7.0f}MB {size_mb:>5.0f}MB {fmt_render(render):>13}")  # fmt: skip
    print()
    groups: dict[tuple[int, str], dict[str, tuple[ProcessRun, float | None]]] = {}
    for name, n, fmt, run, render, _ in rows:
        groups.setdefault((n, fmt), {})[name] = (run, render)
    for (n, fmt), found in groups.items():
        run, render = found["incimap map"]
        goals = run.wall_s < GOAL_WALL_S and run.peak_rss_mb < GOAL_RSS_MB
        met = "met" if goals and render is not None and render < GOAL_RENDER_S else "NOT met"
        if "folium FastMarkerCluster" in found:
            base, base_render = found["folium FastMarkerCluster"]
            speed = (
                f"render {base_render / render:.1f}x faster"
                if render and base_render
                else "baseline render did not finish"
            )
            rss = run.peak_rss_mb / base.peak_rss_mb
            print(f"{n:,} from {fmt}: wall {run.wall_s / base.wall_s:.2f}x, CPU "
                  f"{run.cpu_s / base.cpu_s:.2f}x, peak RSS {rss:.2f}x "
                  f"of FastMarkerCluster; {speed}")  # fmt: skip
        print(f"{n:,} from {fmt}: goals (< {GOAL_WALL_S:.0f} s, < {GOAL_RSS_MB:.0f} MB, "
              f"render < {GOAL_RENDER_S} s) {met}")  # fmt: skip
        if "incimap map (before)" in found:
            old, old_render = found["incimap map (before)"]
            render_ratio = (
                f", first render {render / old_render:.2f}x" if render and old_render else ""
            )
            print(f"  against incimap before: CPU {run.cpu_s / old.cpu_s:.2f}x, wall "
                  f"{run.wall_s / old.wall_s:.2f}x, peak RSS "
                  f"{run.peak_rss_mb / old.peak_rss_mb:.2f}x{render_ratio}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--baseline", type=int, default=10_000)
    parser.add_argument("--section", choices=("generation", "process", "all"), default="all")
    parser.add_argument("--process-sizes", default="100000,1000000")
    parser.add_argument("--inputs", type=Path, default=None, help="keep the input files here")
    parser.add_argument("--formats", default=",".join(PROCESS_FORMATS))
    parser.add_argument("--render-timeout", type=float, default=180.0)
    parser.add_argument(
        "--old-tree",
        type=Path,
        default=None,
        help="an older checkout (git archive) whose `incimap map` is measured too",
    )
    parser.add_argument(
        "--no-fast-marker-cluster",
        action="store_true",
        help="leave the FastMarkerCluster baseline out (with --old-tree: before/after only)",
    )
    args = parser.parse_args()
    if args.section in ("process", "all"):
        whole_process_section(
            [int(s) for s in args.process_sizes.split(",")],
            inputs=args.inputs,
            render_timeout_s=args.render_timeout,
            formats=tuple(args.formats.split(",")),
            old_tree=args.old_tree,
            fast_marker_cluster_too=not args.no_fast_marker_cluster,
        )
    if args.section == "process":
        return
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
