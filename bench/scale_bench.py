"""Scale: merging a million incidents, and extraction on Dask workers against one process.

1. **Merge.** N synthetic incidents (default 1,000,000; seeded): events placed at random
   over a large area and two years, each told by 1 to 4 reports with a jittered point,
   a count that varies and a publication date 0-2 days later. ``geo.merge`` merges them
   in a child process that reports its wall and CPU time and its peak memory. Baseline in
   the same run: the same rules over all pairs of a 4,000-incident sample, timed and
   scaled to N²/2 pairs (what a merge without blocking would cost).
2. **Extraction.** R reports (default 20,000) written from our own templates as one
   JSON Lines file (a quarter of them re-tell an earlier incident), then the whole
   ``incimap extract`` process run once with 1 process and once with ``--workers 2``:
   throughput ratio, and whether the two outputs are identical byte for byte.
3. **Projection** for 10^7 reports on 32 workers, from the measured costs: start-up,
   per report on one worker, per partition of the Dask run, and the merge per incident.

    python bench/scale_bench.py [--incidents 1000000] [--reports 20000] [--home DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-c", "from geo.cli.main import main; main()"]

# ------------------------------------------------------------------ 1. merge


def synthetic_incidents(n: int, *, seed: int):
    """A typed incident frame of ``n`` rows: events told 1-4 times each."""
    import numpy as np
    import pandas as pd

    from geo.export.schema import normalise_frame
    from geo.taxonomy import SUB_EVENT_TYPES

    rng = np.random.default_rng(seed)
    told = rng.integers(1, 5, n)  # reports per event
    told = told[: int(np.searchsorted(np.cumsum(told), n)) + 1]
    told[-1] -= told.sum() - n
    told = told[told > 0]
    events = len(told)
    types = np.array(list(SUB_EVENT_TYPES))
    kind = rng.integers(0, len(types), events)
    lat = rng.uniform(-35, 60, events)
    lon = rng.uniform(-20, 140, events)
    day = rng.integers(0, 730, events) + np.datetime64("2023-01-01").astype("int64")
    toll = rng.integers(0, 40, events)
    of = np.repeat(np.arange(events), told)
    jitter = rng.normal(0, 0.003, (n, 2))
    frame = pd.DataFrame(
        {
            "id": [f"s{i:08d}" for i in range(n)],
            "event_type": types[kind[of]],
            "event_date": day[of].astype("datetime64[D]"),
            "time_precision": 1,
            "fatalities": toll[of] + rng.integers(0, 5, n),
            "latitude": lat[of] + jitter[:, 0],
            "longitude": lon[of] + jitter[:, 1],
            "geo_precision": 1,
            "uncertainty_m": 2000.0,
            "source": [f"report{i}.txt" for i in range(n)],
            "source_url": [f"https://news.example/{i}" for i in range(n)],
            "source_date": (day[of] + rng.integers(0, 3, n)).astype("datetime64[D]"),
        }
    )
    return normalise_frame(frame), events


def merge_child(n: int, seed: int) -> None:
    """Run in a child: merge n synthetic incidents, print one JSON line of figures."""
    import numpy as np

    from geo.merge import merge_incidents
    from geo.merge.blocking import MergeKeys, links_among

    frame, events = synthetic_incidents(n, seed=seed)
    wall, cpu = time.perf_counter(), time.process_time()
    result = merge_incidents(frame)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sample = frame.iloc[:4000].reset_index(drop=True)
    keys = MergeKeys.from_frame(sample)
    a, b = np.triu_indices(len(sample), k=1)
    start = time.perf_counter()
    links_among(keys, a, b)
    per_pair_s = (time.perf_counter() - start) / len(a)
    print(
        json.dumps(
            {
                "incidents": n,
                "events": events,
                "merged": len(result.frame),
                "wall_s": wall,
                "cpu_s": cpu,
                "peak_mb": peak_mb,
                "all_pairs_s": per_pair_s * n * (n - 1) / 2,
            }
        )
    )


# ------------------------------------------------------------------ 2. extraction

PLACES = (
    ("Kharkiv", "Russian"),
    ("Goris", "Azerbaijani"),
    ("Maiduguri", "Boko Haram"),
    ("Mogadishu", "al-Shabaab"),
    ("Gao", "jihadist"),
    ("Aleppo", "Syrian"),
    ("Kapan", "Azerbaijani"),
    ("Kherson", "Russian"),
    ("Idlib", "Syrian"),
    ("Bunia", "ADF"),
    ("Djibo", "jihadist"),
    ("Tartar", "Armenian"),
)
MONTHS = ("January", "February", "March", "April", "May", "June")
TEMPLATES = (
    "{actor} forces shelled {place} on {day} {month} 2024, killing {n} civilians.",
    "A {actor} drone strike hit {place} on {day} {month} 2024, wounding {n} people.",
    "Hundreds of people protested peacefully in {place} on {day} {month} 2024.",
    "The death toll from the attack on {place} on {day} {month} 2024 rose to {n}.",
)
FILLER = (
    "Officials said talks would resume next week.",
    "The statement gave no further detail.",
    "Residents described a tense night.",
)


def write_reports(path: Path, *, n: int, seed: int) -> None:
    """One JSON Lines file of n reports; a quarter re-tell an earlier report's incident."""
    rng = random.Random(seed)
    told: list[dict[str, object]] = []
    with path.open("w", encoding="utf-8") as stream:
        for number in range(n):
            if told and rng.random() < 0.25:
                facts = dict(rng.choice(told))
                facts["n"] = int(str(facts["n"])) + rng.randint(0, 4)
            else:
                place, actor = rng.choice(PLACES)
                facts = {
                    "place": place,
                    "actor": actor,
                    "day": rng.randint(1, 28),
                    "month": rng.choice(MONTHS),
                    "n": rng.randint(2, 30),
                    "template": rng.randrange(len(TEMPLATES)),
                }
                told.append(facts)
            sentence = TEMPLATES[int(str(facts["template"]))].format(**facts)
            text = " ".join([rng.choice(FILLER), sentence, rng.choice(FILLER)])
            record = {
                "url": f"https://bench.example/{number}",
                "date": f"2024-07-{1 + number % 28:02d}",
                "text": text,
            }
            stream.write(json.dumps(record) + "\n")


def run_cli(args: list[str], *, home: Path) -> tuple[float, float]:
    """Run incimap; return (wall s, CPU s of it and its children)."""
    env = dict(os.environ, INCIMAP_HOME=str(home), PYTHONPATH=str(ROOT))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([*CLI, "-q", *args], check=True, env=env, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=1_000_000)
    parser.add_argument("--reports", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--home", type=Path, default=None)
    parser.add_argument(
        "--parts", default="merge,extract", help="merge, extract or both (comma-separated)"
    )
    parser.add_argument("--merge-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.merge_child:
        merge_child(args.incidents, args.seed)
        return
    parts = set(args.parts.split(","))
    merge = run_merge(args.incidents) if "merge" in parts else None
    if "extract" in parts:
        run_extract(args, merge=merge)


def run_merge(incidents: int) -> dict[str, float]:
    """Part 1, in a child process (its own peak memory)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, __file__, "--merge-child", "--incidents", str(incidents)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    merge: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    print(
        f"merge: {merge['incidents']:,} incidents ({merge['events']:,} events) → "
        f"{merge['merged']:,}; {merge['wall_s']:.1f} s wall, {merge['cpu_s']:.1f} s CPU, "
        f"peak {merge['peak_mb']:,.0f} MB; all pairs would take "
        f"{merge['all_pairs_s'] / 3600:,.0f} h ({merge['all_pairs_s'] / merge['wall_s']:,.0f}×)"
    )
    return merge


def run_extract(args: argparse.Namespace, *, merge: dict[str, float] | None) -> None:
    """Parts 2 and 3: 1 process against --workers 2, then the projection."""
    home = args.home or Path(os.environ.get("INCIMAP_HOME", tempfile.mkdtemp()))
    with tempfile.TemporaryDirectory() as folder:
        reports = Path(folder) / "reports.jsonl"
        write_reports(reports, n=args.reports, seed=args.seed)
        one = Path(folder) / "one.jsonl"
        first = Path(folder) / "first.jsonl"
        write_reports(first, n=1, seed=args.seed)
        start_s, _ = run_cli(
            ["extract", str(first), "-o", str(Path(folder) / "x.jsonl")], home=home
        )
        single_s, single_cpu = run_cli(["extract", str(reports), "-o", str(one)], home=home)
        two = Path(folder) / "two.jsonl"
        dask_s, dask_cpu = run_cli(
            ["extract", str(reports), "-o", str(two), "--workers", "2"], home=home
        )
        same = one.read_bytes() == two.read_bytes()
        incidents = sum(1 for _ in one.open(encoding="utf-8"))
    per_report_s = (single_s - start_s) / args.reports
    print(
        f"extract {args.reports:,} reports → {incidents:,} incidents (merged): "
        f"1 process {single_s:.1f} s ({args.reports / single_s:.0f} reports/s, "
        f"CPU {single_cpu:.1f} s); --workers 2 {dask_s:.1f} s "
        f"({args.reports / dask_s:.0f} reports/s, CPU {dask_cpu:.1f} s); "
        f"ratio {single_s / dask_s:.2f}×; identical: {same}"
    )
    print(
        f"start-up (1 report) {start_s:.1f} s; "
        f"per report after start-up {per_report_s * 1e3:.1f} ms"
    )
    # Projection: 10^7 reports on 32 workers. Workers start in parallel (one start-up);
    # reports spread evenly; the Dask run's overhead over the ideal halving of the
    # single run is charged per report; the merge scales with incidents, per the
    # merge measured above (its serial part runs on the client).
    reports_big, workers = 10_000_000, 32
    ideal_two = start_s + per_report_s * args.reports / 2
    overhead_per_report = max(0.0, dask_s - ideal_two) / args.reports
    incidents_big = reports_big * incidents / args.reports
    extract_big = start_s + reports_big * (per_report_s / workers + overhead_per_report / workers)
    print(
        f"projection 10^7 reports on {workers} workers: extraction {extract_big / 3600:.1f} h "
        f"(overhead of the Dask run {overhead_per_report * 1e3:.2f} ms a report)"
    )
    if merge is not None:
        merge_big = merge["cpu_s"] * incidents_big / merge["incidents"]
        print(f"  + merge of {incidents_big:,.0f} incidents: {merge_big / 60:.1f} min CPU")


if __name__ == "__main__":
    main()
