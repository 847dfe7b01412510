"""Time per KB of geoparsing plus extraction on normal and adversarial report text.

One report per family and size (default 10 KB, 100 KB and 1 MB), each read as one
report by the real extractor on the real index (``IncidentExtractor.incidents_of``:
spotting, resolution, every extraction rule). The families are those of
``tests/reliability/adversarial.py``: hyphen-joined tokens, digits, commas, capitalised
words and repeated triggers; the baseline is normal incident reporting of the same size,
measured in the same run. Issue 15's goals: no family more than 3x normal per KB, and
1 MB of normal text in under 5 s. Times are CPU seconds of this process (wall seconds
are printed too): the machine is shared, and wall time would charge others' load to us.

    python bench/adversarial_bench.py [--sizes 10000,100000,1000000] [--home DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gazetteer.index import GazetteerIndex
from geo.pipeline import IncidentExtractor
from geo.read import Report
from tests.reliability.adversarial import FAMILIES, normal_text

GOAL_RATIO = 3.0
GOAL_NORMAL_1MB_S = 5.0


def timed_s(extractor: IncidentExtractor, text: str) -> tuple[float, float, int]:
    """CPU seconds, wall seconds and the number of incidents of one report."""
    wall, cpu = time.perf_counter(), time.process_time()
    incidents = extractor.incidents_of(Report("bench.txt", text))
    return time.process_time() - cpu, time.perf_counter() - wall, len(incidents)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--home", type=Path, default=None)
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    index = GazetteerIndex.open(args.home)
    extractor = IncidentExtractor(index)
    extractor.incidents_of(Report("warm.txt", normal_text(2_000)))  # builds the automaton
    worst = 0.0
    normal_1mb_s = None
    print(
        f"{'text':<20}{'size':>10}{'cpu s':>10}{'wall s':>10}{'ms/KB':>10}{'x normal':>10}"
        f"{'incidents':>11}"
    )
    for size in sizes:
        text = normal_text(size)
        normal_s, normal_wall, found = timed_s(extractor, text)
        normal_per_kb = normal_s / (len(text) / 1000)
        if size >= 1_000_000:
            normal_1mb_s = normal_s
        print(
            f"{'normal':<20}{len(text):>10,}{normal_s:>10.2f}{normal_wall:>10.2f}"
            f"{normal_per_kb * 1000:>10.2f}{1.0:>10.2f}{found:>11}"
        )
        for family, make in FAMILIES.items():
            text = make(size)
            seconds, wall, found = timed_s(extractor, text)
            ratio = (seconds / (len(text) / 1000)) / normal_per_kb
            worst = max(worst, ratio)
            print(
                f"{family:<20}{len(text):>10,}{seconds:>10.2f}{wall:>10.2f}"
                f"{seconds / (len(text) / 1000) * 1000:>10.2f}{ratio:>10.2f}{found:>11}"
            )
    print(f"\nworst family / normal per KB: {worst:.2f}x (goal <= {GOAL_RATIO:g}x)")
    if normal_1mb_s is not None:
        print(f"1 MB of normal text: {normal_1mb_s:.2f} s of CPU (goal < {GOAL_NORMAL_1MB_S:g} s)")
    index.close()


if __name__ == "__main__":
    main()
