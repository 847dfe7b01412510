"""Peak memory of the extract pipeline on a folder of many small reports.

Generates N small reports (default 200,000; 250–600 bytes each, one in three stating an
incident) from our own templates with a seeded generator, as .txt files in a temporary
folder (1,000 per subfolder). Each measurement runs in a fresh child process and reports
its own peak resident set size (``ru_maxrss``), so that one does not inherit another's
peak:

- baseline "start": open the index and build the extractor (the geoparser's name
  automaton), then extract one report: the fixed cost that any run pays;
- baseline "read": stream every report file (``geo.report_inputs.stream_reports``), keep nothing;
- "read all": ``geo.report_inputs.read_reports``, which keeps every report (what a non-streaming
  pipeline holds);
- incimap: ``geo.pipeline.load_incidents`` on the folder (read, geoparse, extract, one
  GeoDataFrame of all incidents), which streams the reports.

The goal is a peak under 1 GB at 200k reports.

    python bench/memory_bench.py [--n 200000] [--seed 11] [--home DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_MB = 1024.0
PLACES = ("Tartar", "Goris", "Martuni", "Lachin", "Ganja", "Askeran", "Kapan", "Fuzuli")
INCIDENTS = (
    "Artillery shelling hit {place} on {day} May 2023, killing {n} civilians.",
    "A drone strike near {place} on {day} May 2023 wounded {n} soldiers.",
    "Protesters gathered peacefully in {place} on {day} May 2023.",
)
FILLER = (
    "Officials said talks would resume next week.",
    "The statement gave no further detail about the negotiations.",
    "Residents described a quiet morning at the market.",
    "Analysts expect the harvest to be larger than last year.",
    "The ministry published its weekly bulletin on the economy.",
)


def write_reports(folder: Path, *, n: int, seed: int) -> int:
    """Write ``n`` reports into ``folder``; return their total size in bytes."""
    rng = random.Random(seed)
    total = 0
    for number in range(n):
        sub = folder / f"{number // 1000:04d}"
        if number % 1000 == 0:
            sub.mkdir()
        lines = [f"Daily brief {number}", ""]
        lines += rng.sample(FILLER, k=rng.randint(1, 3))
        if number % 3 == 0:
            template = rng.choice(INCIDENTS)
            lines.append(
                template.format(
                    place=rng.choice(PLACES), day=rng.randint(1, 28), n=rng.randint(1, 9)
                )
            )
        text = "\n".join(lines) + "\n"
        (sub / f"r{number:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure(mode: str, folder: Path, *, home: Path | None) -> dict[str, float]:
    """Child process: run ``mode`` on ``folder``; return its peak RSS and times."""
    from gazetteer.index import GazetteerIndex
    from geo.pipeline import IncidentExtractor, load_incidents
    from geo.report_inputs import ReadTally, discover_inputs, read_reports, stream_reports

    index = GazetteerIndex.open(home)
    started, cpu_started = time.perf_counter(), time.process_time()
    count = 0.0
    if mode == "start":
        extractor = IncidentExtractor(index)
        folder_one = next(p for p in sorted(folder.rglob("*.txt")))
        count = float(
            load_incidents([folder_one], index=index, extractor=extractor).summary.reports
        )
    elif mode == "read":
        paths = discover_inputs([folder])
        tally = ReadTally()
        for _ in stream_reports(paths, explicit=set(), tally=tally):
            count += 1
    elif mode == "read_all":
        count = len(read_reports([folder]).reports)
    elif mode == "pipeline":
        result = load_incidents([folder], index=index, extractor=IncidentExtractor(index))
        count = float(result.summary.reports)
        incidents = float(result.summary.incidents)
    return {
        "peak_mb": _peak_mb(),
        "seconds": time.perf_counter() - started,
        "cpu_s": time.process_time() - cpu_started,
        "reports": count,
        "incidents": incidents if mode == "pipeline" else 0.0,
    }


def _run_child(mode: str, folder: Path, *, home: Path | None) -> dict[str, float]:
    args = [sys.executable, __file__, "--measure", mode, "--folder", str(folder)]
    if home is not None:
        args += ["--home", str(home)]
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    """Generate the reports, measure each mode in its own process, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=200_000, help="number of reports")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--home", type=Path, default=None, help="INCIMAP_HOME to use")
    parser.add_argument("--measure", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.folder, home=args.home)))
        return
    from gazetteer.index import GazetteerIndex

    GazetteerIndex.open(args.home).close()  # a (re)build of the index is not measured
    with tempfile.TemporaryDirectory(prefix="incimap-memory-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        size = write_reports(folder, n=args.n, seed=args.seed)
        print(
            f"{args.n:,} reports, {size / 1e6:.1f} MB, written in "
            f"{time.perf_counter() - started:.1f} s"
        )
        rows = {
            mode: _run_child(mode, folder, home=args.home)
            for mode in ("start", "read", "read_all", "pipeline")
        }
    base = rows["start"]["peak_mb"]
    print("| run | peak RSS | vs fixed cost (start) | seconds (CPU) |")
    print("|---|---|---|---|")
    labels = {
        "start": "baseline: index + extractor, one report",
        "read": "baseline: stream the files, keep nothing",
        "read_all": "read_reports (keeps every report)",
        "pipeline": "incimap load_incidents (streams)",
    }
    for mode, row in rows.items():
        print(
            f"| {labels[mode]} | {row['peak_mb']:.0f} MB | {row['peak_mb'] / base:.2f}x | "
            f"{row['seconds']:.1f} ({row['cpu_s']:.1f}) |"
        )
    pipeline = rows["pipeline"]
    verdict = "meets" if pipeline["peak_mb"] < GOAL_MB else "MISSES"
    print(
        f"pipeline: {pipeline['reports']:,.0f} reports, {pipeline['incidents']:,.0f} incidents; "
        f"peak {pipeline['peak_mb']:.0f} MB {verdict} the {GOAL_MB:.0f} MB goal; "
        f"{pipeline['peak_mb'] - base:.0f} MB above the fixed cost"
    )


if __name__ == "__main__":
    main()
