"""CPU of one-report ``incimap extract`` runs over varied reports, whole process.

A user who extracts one report after another, of different kinds, runs different
extraction rules each time. The compiled regular expressions kept in the home
(``gazetteer/compiled_patterns.py``) spare each run the parse of the patterns it has seen
before, as long as the file holds the patterns of every kind of report: a bound below
that made each run drop what the last one did not use, and the next run of the other
kind compile it again.

This runs our own sample reports of different kinds and formats (``data/samples``: a
shelling report, a protest page, a mine blast, a riot, wire briefs and a table) and the
two seed reports (``../shared/seeds``, when present), each in turn, ``--rounds`` times, after two
warm-up rounds that fill the home's file, and prints the median CPU (user + system of
the child) of a run. With ``--old-tree DIR`` the same runs go from that tree too, in the
same run and interleaved, each tree with its own home (``--old-home``), and the ratio of
the medians is printed.

``--reports`` runs other reports instead (real ones, of as many kinds as a user meets:
three of ``../shared/eval/incidents``, one from each set, in bench/RESULTS.md).

    python bench/pattern_cache_bench.py --home DIR [--rounds 5]
                                        [--old-tree DIR --old-home DIR] [--reports F ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REPORTS = (
    *("border_shelling.txt", "tbilisi_protest.html", "mine_blast.md", "riot_batumi.txt"),
    *("wire_briefs.jsonl", "incidents_table.csv"),
)


def cpu_of(tree: Path, home: Path, report: Path, out: Path) -> float:
    """CPU seconds (user + system) of one ``extract`` child run from ``tree``."""
    env = {**os.environ, "PYTHONPATH": str(tree), "INCIMAP_HOME": str(home)}
    argv = [sys.executable, "-P", "-m", "geo.cli.main", "extract", str(report)]
    argv += ["-o", str(out), "--overwrite"]
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        errors = child.stderr.read().decode() if child.stderr else ""
        raise SystemExit(f"{' '.join(argv)} failed:\n{errors}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--old-tree", type=Path)
    parser.add_argument("--old-home", type=Path)
    parser.add_argument(
        "--reports", type=Path, nargs="+", help="these reports instead of the samples and seeds"
    )
    args = parser.parse_args()
    samples = REPO / "data" / "samples"
    reports = [samples / name for name in REPORTS]
    seeds = REPO.parent / "shared" / "seeds"
    if seeds.is_dir():
        reports += sorted(seeds.glob("*.txt"))
    if args.reports:
        reports = list(args.reports)
    missing = [str(r) for r in reports if not r.is_file()]
    if missing:
        raise SystemExit(f"missing sample reports: {', '.join(missing)}")
    trees = {"this tree": (REPO, args.home)}
    if args.old_tree is not None:
        trees["old tree"] = (args.old_tree, args.old_home or args.home)
    runs: dict[str, list[float]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out.geojson"
        for round_number in range(args.rounds + 2):
            for report in reports:
                for name, (tree, home) in trees.items():
                    cpu = cpu_of(tree, home, report, out)
                    if round_number >= 2:  # two warm-up rounds fill the home's file
                        runs[name].append(cpu)
    medians = {name: statistics.median(values) for name, values in runs.items()}
    for name, value in medians.items():
        print(f"{name}: median CPU {value:.3f} s a run ({len(runs[name])} runs)")
    if "old tree" in medians:
        ratio = medians["this tree"] / medians["old tree"]
        print(f"ratio this tree / old tree: {ratio:.2f}x")


if __name__ == "__main__":
    main()
