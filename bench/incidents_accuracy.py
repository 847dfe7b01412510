"""Incident extraction accuracy on the annotated real reports, against the goals of issue 9.

Run: python bench/incidents_accuracy.py [--eval-dir ../shared/eval/incidents]
         [--incimap PATH] [--baseline-incimap PATH] [--json OUT]

The sets (``news-a``, ``news-b``, ``notes``: every folder of the eval dir with a
``gold.jsonl``) are read from ``../shared/eval/incidents/`` next to the repo and never
copied into it; the bench skips with a message, and exits 0, when the folder is absent.
Each set is scored by the eval's own scorer (``score.py`` of that folder, run as a
subprocess with ``-q --json``), which runs ``incimap extract`` over the set's articles:
the ``incimap`` on PATH, or ``--incimap PATH`` (any executable that takes incimap's
arguments, e.g. a wrapper around an older checkout). ``--baseline-incimap PATH`` scores a
second executable in the same run and prints the delta of each figure (incimap minus
baseline).

What counts (the scorer's rules, stated here because they move the figures):
- Per article, each gold incident is matched to the nearest unused predicted incident
  within 25 km (75 km when the gold precision is 3, a province or region). Unmatched gold
  incidents are misses; unmatched predictions are false incidents, except predictions of
  a background event that the gold lists as optional (ignored, counted apart).
- recall = matched / gold; precision = matched / (predicted - optional ignored); F1.
- type, sub_type: share of matched pairs with the gold event type, and sub-type (or one
  of the gold's accepted alternatives); fatalities_exact, injured_exact: share of the
  matched pairs with a gold count where ours is exact (or one of the accepted counts).
- negatives_clean: negative articles (no incident in them) that yield no incident.

Goals of issue 9, per set: F1 >= 0.85, event type >= 0.85, fatalities exact >= 0.80 and
every negative article clean (a set without negatives has nothing to meet there).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_EVAL_DIR = REPO.parent / "shared" / "eval" / "incidents"

# (key in the scorer's row, label)
FIGURES: tuple[tuple[str, str], ...] = (
    ("gold", "gold incidents"),
    ("predicted", "predicted"),
    ("optional_ignored", "optional ignored"),
    ("recall", "recall"),
    ("precision", "precision"),
    ("f1", "F1"),
    ("type", "event type"),
    ("sub_type", "sub-type"),
    ("fatalities_exact", "fatalities exact"),
    ("injured_exact", "injured exact"),
    ("negatives_clean", "negatives clean"),
)
# key -> minimum of the goal; negatives_clean is "all of them".
GOALS: dict[str, float] = {"f1": 0.85, "type": 0.85, "fatalities_exact": 0.80}
NEGATIVES = "negatives_clean"


def find_sets(eval_dir: Path) -> list[Path]:
    """The annotated sets: the sub-folders that hold a ``gold.jsonl`` and ``articles/``."""
    return sorted(
        d for d in eval_dir.iterdir() if (d / "gold.jsonl").is_file() and (d / "articles").is_dir()
    )


def run_scorer(scorer: Path, sets: list[Path], exe: str) -> tuple[list[dict], float]:
    """Score every set with ``exe``; return the scorer's rows and the wall time."""
    with tempfile.TemporaryDirectory(prefix="incimap-acc-") as tmp:
        out = Path(tmp) / "rows.json"
        command = [sys.executable, str(scorer), *map(str, sets), "-q", "--incimap", exe]
        started = time.perf_counter()
        run = subprocess.run([*command, "--json", str(out)], capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        if run.returncode != 0 or not out.exists():
            raise RuntimeError(
                f"scorer failed with {exe} (exit {run.returncode}): "
                f"{(run.stderr or run.stdout)[-800:]}"
            )
        rows = json.loads(out.read_text(encoding="utf-8"))
    return rows, elapsed


def negatives(value: str) -> tuple[int, int]:
    """``"4/5"`` -> (4, 5)."""
    clean, total = value.split("/")
    return int(clean), int(total)


def goal_text(key: str) -> str:
    if key == NEGATIVES:
        return "all clean"
    return f">= {GOALS[key]:.2f}" if key in GOALS else ""


def met(key: str, value: Any) -> str:
    """``met``, ``not met``, or ``n/a`` (no goal, or nothing to measure)."""
    if key == NEGATIVES:
        clean, total = negatives(str(value))
        if total == 0:
            return "n/a (no negatives)"
        return "met" if clean == total else "not met"
    if key not in GOALS:
        return ""
    if value is None:
        return "n/a"
    return "met" if float(value) >= GOALS[key] else "not met"


def show(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def delta(key: str, value: Any, base: Any) -> str:
    if value is None or base is None:
        return "-"
    if key == NEGATIVES:
        return f"{negatives(str(value))[0] - negatives(str(base))[0]:+d}"
    if isinstance(value, int) and isinstance(base, int):
        return f"{value - base:+d}"
    return f"{float(value) - float(base):+.3f}"


def print_set(row: dict, base: dict | None) -> None:
    """One table per set: each figure, the baseline and delta if any, the goal, met."""
    header = ["figure", "incimap"]
    if base is not None:
        header += ["baseline", "delta"]
    header += ["goal", "met"]
    lines = [header]
    for key, label in FIGURES:
        cells = [label, show(row.get(key))]
        if base is not None:
            cells += [show(base.get(key)), delta(key, row.get(key), base.get(key))]
        cells += [goal_text(key), met(key, row.get(key))]
        lines.append(cells)
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    print(f"\n## {row['set']}")
    for n, line in enumerate(lines):
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(line, widths, strict=True))
            ).rstrip()
        )
        if n == 0:
            print("  ".join("-" * w for w in widths))


def print_summary(rows: list[dict], label: str) -> None:
    """All sets in one Markdown table (the form kept in bench/RESULTS.md)."""
    keys = [k for k, _ in FIGURES if k != "optional_ignored"]
    print(f"\n{label}:\n")
    print("| set | " + " | ".join(keys) + " |")
    print("|---" * (len(keys) + 1) + "|")
    for row in rows:
        print(f"| {row['set']} | " + " | ".join(show(row.get(k)) for k in keys) + " |")


def goals_verdict(rows: list[dict]) -> list[str]:
    """The goals that some set does not meet, as ``set: figure value``."""
    missing = []
    for row in rows:
        for key in (*GOALS, NEGATIVES):
            if met(key, row.get(key)) == "not met":
                missing.append(f"{row['set']}: {key} {show(row.get(key))} ({goal_text(key)})")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--incimap", default=None, help="executable to score (default: PATH)")
    parser.add_argument(
        "--baseline-incimap", default=None, help="a second executable to compare, same run"
    )
    parser.add_argument("--json", type=Path, default=None, help="write the rows here")
    args = parser.parse_args(argv)

    scorer = args.eval_dir / "score.py"
    if not args.eval_dir.is_dir() or not scorer.is_file():
        print(f"skipped: no incident evaluation sets (score.py) under {args.eval_dir}")
        return 0
    sets = find_sets(args.eval_dir)
    if not sets:
        print(f"skipped: no set with gold.jsonl under {args.eval_dir}")
        return 0
    exe = args.incimap or shutil.which("incimap") or "incimap"

    runs = [("incimap", exe)]
    if args.baseline_incimap:
        runs.append(("baseline", args.baseline_incimap))
    results: dict[str, list[dict]] = {}
    for name, executable in runs:
        print(f"{name}: {executable} on {', '.join(s.name for s in sets)} ...", flush=True)
        try:
            rows, elapsed = run_scorer(scorer, sets, executable)
        except RuntimeError as err:
            print(f"error: {err}", file=sys.stderr)
            return 1
        print(f"  scored in {elapsed:.0f} s")
        results[name] = rows

    by_set = {name: {r["set"]: r for r in rows} for name, rows in results.items()}
    for row in results["incimap"]:
        print_set(row, by_set.get("baseline", {}).get(row["set"]))
    print_summary(results["incimap"], f"incimap ({exe})")
    if "baseline" in results:
        print_summary(results["baseline"], f"baseline ({args.baseline_incimap})")

    missing = goals_verdict(results["incimap"])
    print(
        "\ngoals of issue 9 (F1 >= 0.85, event type >= 0.85, fatalities exact >= 0.80, "
        "every negative clean, on each set):"
    )
    print("  all met" if not missing else "  not met: " + "; ".join(missing))

    if args.json:
        saved = []
        for name, executable in runs:
            for row in results[name]:
                verdict = {f"{k}_met": met(k, row.get(k)) for k in (*GOALS, NEGATIVES)}
                saved.append({"run": name, "incimap": executable, **row, **verdict})
        args.json.write_text(json.dumps(saved, indent=1) + "\n", encoding="utf-8")
        print(f"rows written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
