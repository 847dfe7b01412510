"""Start-up cost of incimap's commands, whole process: CPU, wall time and peak memory.

Runs each command as a user does (the ``incimap`` console script under this Python,
without the pyenv shim), several times, and reports the median CPU (user + system of
the child), the median wall time and the median peak RSS (``ru_maxrss`` of the child,
from ``wait4``):

- baseline: ``python -c pass``, measured in the same run;
- ``incimap --help``, ``incimap geocode Baku``, ``incimap geoparse one.txt --json`` and
  ``incimap extract one.txt -o -`` (GeoJSON on stdout), on one 2-3 KB report composed
  from our own templates (``bench/geoparse_throughput.py``, seed 7);
- ``extract one.txt -o one.csv`` (a file, written atomically), and, for scale, a bare
  ``python -c "import pandas, geopandas, pyogrio, pyarrow"``: what the small paths no
  longer import;
- with ``--old-tree DIR`` (a checkout of the code before the change, e.g. ``git archive
  main | tar -x -C DIR``), the same commands run from that tree, in the same run,
  interleaved with the new ones; without it, the figures recorded in issue 11 stand for
  the old side.

``--steps`` prints instead where a one-report ``extract`` spends its CPU and memory, step
by step in one process (CPU, RSS, peak RSS, and the anonymous and file-backed parts of
RSS after each step, from ``/proc/self/status``).

Every child runs with its bytecode cached, as an installed package runs (pip writes the
``.pyc`` files at install): a ``PYTHONDONTWRITEBYTECODE`` in the caller's environment is
dropped for the children, and their ``.pyc`` files go to a temporary
``PYTHONPYCACHEPREFIX``, filled by the warm-up run. Without that, each run would compile
incimap's sources again (about 0.2 s of CPU for ``extract``), which no user pays.

The home (``--home``, else incimap's own: ``$INCIMAP_HOME`` or the user cache folder)
must hold a built index: the first command that needs it builds it, and its stored name
matcher, before the timed runs. The warm-up run also leaves the compiled regular
expressions in the home (``gazetteer/compiled_patterns.py``), and the record that the
matcher file's checksum was checked (``gazetteer.matcher.checked``, once the file is 2 s
old), as any earlier run of the user's would; a first run in a new home compiles the
patterns and checks the matcher as before.

    python bench/startup_bench.py [--runs 5] [--home DIR] [--old-tree DIR [--old-home DIR]]
                                  [--steps]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from geoparse_throughput import compose_reports

from gazetteer.home import default_home

REPO = Path(__file__).resolve().parents[1]
# Issue 11, before the change (CPU s, peak MiB; median of 5, same machine).
RECORDED_OLD = {"geoparse": (3.85, 557.0), "extract": (4.88, 689.0)}
GOAL_CPU_S = 0.5
GOAL_PEAK_MIB = 250.0


@dataclass(frozen=True)
class Figures:
    cpu_s: float
    wall_s: float
    peak_mib: float


def run_once(argv: list[str], *, env: dict[str, str]) -> Figures:
    started = time.perf_counter()
    child = subprocess.Popen(
        argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO
    )
    _, status, usage = os.wait4(child.pid, 0)
    wall_s = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    errors = child.stderr.read().decode() if child.stderr else ""
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({child.returncode}):\n{errors}")
    if "building" in errors:
        raise SystemExit(f"{' '.join(argv)} built something during a timed run:\n{errors}")
    return Figures(usage.ru_utime + usage.ru_stime, wall_s, usage.ru_maxrss / 1024)


def median(samples: list[Figures]) -> Figures:
    return Figures(
        statistics.median(s.cpu_s for s in samples),
        statistics.median(s.wall_s for s in samples),
        statistics.median(s.peak_mib for s in samples),
    )


_STEPS = """
import sys, time

def status():
    fields = {}
    with open("/proc/self/status") as lines:
        for line in lines:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
                fields[key] = int(value.split()[0]) / 1024
    return fields

clock = [time.process_time()]

def mark(step):
    now, s = time.process_time(), status()
    print(f"| {step} | {now - clock[0]:.3f} | {s['VmRSS']:.0f} | {s['VmHWM']:.0f} | "
          f"{s['RssAnon']:.0f} | {s['RssFile']:.0f} |")
    clock[0] = now

print("| step | CPU s | RSS MiB | peak MiB | anonymous MiB | file-backed MiB |")
print("|---|---|---|---|---|---|")
mark("interpreter")
import click, geo.cli.main, geo.cli.extract_cmd
from pathlib import Path
from gazetteer.compiled_patterns import keep_in
keep_in(Path(sys.argv[1]))  # as the CLI's --home does: the kept patterns are used
mark("click, geo.cli")
import geo.extract.incidents
mark("extraction modules (geo.extract and the gazetteer modules it imports)")
import geo.pipeline, geo.export, geo.export.geojson
mark("pipeline, input registry, export")
from gazetteer.index import GazetteerIndex
index = GazetteerIndex.open(Path(sys.argv[1]))
mark("open the index (SQLite)")
from geo.pipeline import IncidentExtractor
extractor = IncidentExtractor(index)
mark("extractor and its tables")
extractor.geoparser.spotter
mark("map the name matcher (its automaton loads only past 32 KB of text)")
from geo.report_inputs import ReadTally, reports_of_input
reports = reports_of_input(sys.argv[2], explicit=True, tally=ReadTally())
incidents = [i for r in reports for i in extractor.incidents_of(r)]
mark("geoparse and extract the report")
from geo.export import write_incident_records
write_incident_records(incidents, sys.argv[3])
mark("write GeoJSON")
"""


def child_env(*, tree: Path, home: Path, pycache: Path) -> dict[str, str]:
    """The environment of a timed child: ``tree``'s code, bytecode cached in ``pycache``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {
        **env,
        "PYTHONPATH": str(tree),
        "INCIMAP_HOME": str(home),
        "PYTHONPYCACHEPREFIX": str(pycache),
    }


def print_steps(home: Path) -> int:
    """Where one report's ``extract`` spends CPU and memory, step by step."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "one.txt"
        report.write_text(compose_reports(1, seed=7)[0], encoding="utf-8")
        env = child_env(tree=REPO, home=home, pycache=Path(folder) / "pycache")
        for run in range(2):  # the first run writes the bytecode; the second is shown
            out = Path(folder) / f"one-{run}.geojson"
            command = [sys.executable, "-c", _STEPS, str(home), str(report), str(out)]
            shown = subprocess.run(command, env=env, check=True, cwd=REPO, stdout=subprocess.PIPE)
        print(shown.stdout.decode(), end="")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--home", type=Path, default=None)
    parser.add_argument("--old-tree", type=Path, default=None)
    parser.add_argument("--old-home", type=Path, default=None, help="default: --home")
    parser.add_argument("--steps", action="store_true", help="one process, step by step")
    args = parser.parse_args()
    # incimap's own choice ($INCIMAP_HOME, else the user cache folder): an unset variable
    # read as Path("") was the working folder, and the index was built into the checkout.
    home = args.home or default_home()
    if args.steps:
        return print_steps(home)
    script = Path(sys.executable).parent / "incimap"
    entry = (
        [sys.executable, str(script)]
        if script.exists()
        else [
            sys.executable,
            "-c",
            "import sys; from geo.cli.main import main; sys.argv[0] = 'incimap'; main()",
        ]
    )
    trees = {"new": REPO}
    homes = {"new": home}
    if args.old_tree is not None:
        trees["old"] = args.old_tree.resolve()
        homes["old"] = args.old_home or home
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "one.txt"
        report.write_text(compose_reports(1, seed=7)[0], encoding="utf-8")
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "--help": [*entry, "--help"],
            "geocode Baku": [*entry, "geocode", "Baku"],
            "geoparse": [*entry, "geoparse", str(report), "--json"],
            "extract": [*entry, "extract", str(report), "-o", "-"],
            "extract -o csv": [
                *entry, "extract", str(report), "-o", str(Path(folder) / "one.csv"),
                "--overwrite",
            ],
            "import pandas..": [
                sys.executable, "-c", "import pandas, geopandas, pyogrio, pyarrow",
            ],
        }  # fmt: skip
        envs = {
            tree: child_env(tree=path, home=homes[tree], pycache=Path(folder) / "pycache")
            for tree, path in trees.items()
        }
        # Warm-up: builds what is missing, writes the bytecode, fills the page cache.
        for tree in trees:
            for argv in commands.values():
                subprocess.run(
                    argv,
                    env=envs[tree],
                    check=True,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
        samples: dict[tuple[str, str], list[Figures]] = {}
        for _ in range(args.runs):
            for name, argv in commands.items():
                for tree in trees:
                    if name in ("python -c pass", "import pandas..") and tree != "new":
                        continue
                    samples.setdefault((name, tree), []).append(run_once(argv, env=envs[tree]))
    print(f"report: {len(compose_reports(1, seed=7)[0]):,} characters; median of {args.runs} runs")
    print(f"{'command':<16}{'tree':<6}{'CPU s':>8}{'wall s':>8}{'peak MiB':>10}{'CPU/pass':>10}")
    base = median(samples[("python -c pass", "new")])
    for (name, tree), runs in samples.items():
        m = median(runs)
        print(
            f"{name:<16}{tree:<6}{m.cpu_s:8.3f}{m.wall_s:8.3f}{m.peak_mib:10.1f}"
            f"{m.cpu_s / base.cpu_s:9.1f}x"
        )
    print()
    for name in ("geoparse", "extract"):
        new = median(samples[(name, "new")])
        if ("old" if "old" in trees else "") and (name, "old") in samples:
            old = median(samples[(name, "old")])
            old_cpu, old_peak, source = old.cpu_s, old.peak_mib, "old tree, this run"
        else:
            old_cpu, old_peak = RECORDED_OLD[name]
            source = "recorded in issue 11"
        met = new.cpu_s < GOAL_CPU_S and new.peak_mib < GOAL_PEAK_MIB
        print(
            f"{name}: CPU {new.cpu_s:.2f} s vs {old_cpu:.2f} s ({new.cpu_s / old_cpu:.3f}x), "
            f"peak {new.peak_mib:.0f} MiB vs {old_peak:.0f} MiB ({source}); "
            f"goal < {GOAL_CPU_S} s and < {GOAL_PEAK_MIB:.0f} MiB: {'met' if met else 'NOT met'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
