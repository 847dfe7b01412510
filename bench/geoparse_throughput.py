"""Geoparsing throughput: documents per second on one core, and the automaton's build time.

Run: python bench/geoparse_throughput.py [--home DIR] [--reports 2000] [--seed 7]

Reports of 2-3 KB are composed reproducibly (seeded) from our own sentence templates and
place names of several regions; nearly every sentence names a place, so they are denser
in names (about 55 a report) than real news. Times are CPU seconds of this process
(``time.process_time``), so that other work on a shared machine does not count; that is
the "per core" figure. Baselines measured in the same run:
- parsing: a plain regex word tokenizer over the same texts (the floor of any text pass);
- building: putting every index key into a Python set (what a dict-based matcher pays).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

from gazetteer.geoparse import Geoparser
from gazetteer.index import GazetteerIndex
from gazetteer.spot import Spotter

PLACES = [
    "Madagiz", "Tartar", "Barda", "Ganja", "Baku", "Stepanakert", "Shusha", "Goris",
    "Yerevan", "Jermuk", "Tbilisi", "Gori", "Batumi", "Kharkiv", "Kherson", "Donetsk",
    "Gao", "Kidal", "Mopti", "Idlib", "Aleppo", "Kirkuk", "Mosul", "Goma", "Kano",
]  # fmt: skip
COUNTRIES = ["Azerbaijan", "Armenia", "Georgia", "Ukraine", "Mali", "Syria", "Iraq", "Nigeria"]
TEMPLATES = [
    "A shell struck a school in {place} on Tuesday, officials in {country} said.",
    "Two soldiers were wounded near {place}, according to the defence ministry.",
    "Residents of {place} reported heavy artillery fire overnight.",
    "The convoy travelled from {place} to {other} under police escort.",
    "{Demonym} authorities said the explosion near {place} killed one civilian.",
    "Aid groups in {country} warned that roads around {place} remain mined.",
    "Protesters gathered outside the town hall in {place} on Friday morning.",
    "The agency said drones were seen over {other} late on Sunday.",
    "Local media reported that the market in {place} reopened after the clashes.",
    "Several families left {place} for {other} after the ceasefire collapsed.",
]
DEMONYMS = ["Azerbaijani", "Armenian", "Georgian", "Ukrainian", "Malian", "Syrian"]


def compose_reports(count: int, *, seed: int) -> list[str]:
    rng = random.Random(seed)
    reports = []
    for _ in range(count):
        target = rng.randint(2000, 3000)
        title = f"Incident Report From {rng.choice(PLACES)}\n\n"
        sentences: list[str] = []
        length = len(title)
        while length < target:
            sentence = rng.choice(TEMPLATES).format(
                place=rng.choice(PLACES),
                other=rng.choice(PLACES),
                country=rng.choice(COUNTRIES),
                Demonym=rng.choice(DEMONYMS),
            )
            sentences.append(sentence)
            length += len(sentence) + 1
        reports.append(title + " ".join(sentences))
    return reports


def main(argv: list[str] | None = None) -> int:
    args_parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args_parser.add_argument("--home", type=Path, default=None)
    args_parser.add_argument("--reports", type=int, default=2000)
    args_parser.add_argument("--seed", type=int, default=7)
    args = args_parser.parse_args(argv)
    index = GazetteerIndex.open(args.home)
    reports = compose_reports(args.reports, seed=args.seed)
    size_kb = sum(len(r) for r in reports) / len(reports) / 1024

    started = time.process_time()
    keys = index.name_keys()
    read_s = time.process_time() - started
    started = time.process_time()
    key_set = {key for key, _population in keys}
    set_s = time.process_time() - started
    started = time.process_time()
    spotter = Spotter(keys)
    build_s = time.process_time() - started
    print(f"name keys: {len(key_set):,} read in {read_s:.2f} s")
    print(f"automaton build {build_s:.2f} s; baseline set of keys {set_s:.2f} s; ")
    print(f"  ratio build/set {build_s / set_s:.0f}x ({spotter.pattern_count:,} patterns)")

    parser = Geoparser(index)
    parser._spotter = spotter  # reuse the automaton built above
    parser.parse(reports[0])  # warm the per-name caches the way a long run does

    word_re = re.compile(r"\w+")
    started = time.process_time()
    words = sum(len(word_re.findall(r)) for r in reports)
    tokenize_s = time.process_time() - started
    started = time.process_time()
    spots = sum(len(spotter.spot(r)) for r in reports)
    spot_s = time.process_time() - started
    started = time.process_time()
    mentions = sum(len(parser.parse(r).mentions) for r in reports)
    parse_s = time.process_time() - started

    count = len(reports)
    print(f"{count} reports of {size_kb:.1f} KB on average, one core:")
    print(f"  regex tokenizer (baseline) {count / tokenize_s:9.0f} reports/s ({words:,} words)")
    print(f"  spotting only              {count / spot_s:9.0f} reports/s ({spots:,} spots)")
    print(f"  full geoparse              {count / parse_s:9.0f} reports/s ({mentions:,} mentions)")
    print(f"  ratio geoparse/tokenizer time {parse_s / tokenize_s:.1f}x")
    print(f"  per report {1000 * parse_s / count:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
