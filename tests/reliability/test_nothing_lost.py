"""Guarantee 2: a killed write leaves the previous file or none, never half of one.

A subprocess writes a new version of an index (and its name matcher), an export
(GeoPackage, GeoJSON) or a map over the previous version and is killed with SIGKILL at
points spread over its run. The file is then opened and parsed: it must be the previous
version or the new one, complete. Where there was no previous file, there is none or a
complete one. A run over a folder of mixed inputs accounts for each input exactly once.
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from gazetteer.home import index_path_for, matcher_path_for
from gazetteer.index import GazetteerIndex
from gazetteer.matcher import NameMatcher, read_signature
from geo.pipeline import load_incidents
from geo.report_inputs import read_reports
from tests.reliability.killable import incidents_of, main, places_of

KILLS = 4
REPO = Path(__file__).resolve().parents[2]


def _start(kind: str, target: Path, version: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.killable", kind, str(target), str(version)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _run_to_the_end(kind: str, target: Path, version: int) -> float:
    started = time.monotonic()
    child = _start(kind, target, version)
    out, _ = child.communicate(timeout=120)
    assert child.returncode == 0 and "done" in out
    return time.monotonic() - started


def _kill_after(kind: str, target: Path, version: int, *, delay_s: float) -> bool:
    """Start a write, SIGKILL it after ``delay_s``; return whether it finished first."""
    child = _start(kind, target, version)
    try:
        child.wait(timeout=delay_s)
    except subprocess.TimeoutExpired:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        return False
    return True


def _index_version(home: Path) -> int | None:
    path = index_path_for(home)
    if not path.exists():
        return None
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        (places,) = conn.execute("SELECT count(*) FROM places").fetchone()
    versions = [v for v in (1, 2) if places_of(v) == places]
    assert versions, f"the index holds {places} places: neither version"
    return versions[0]


def _matcher_version(home: Path) -> int | None:
    """The version of the places whose names the stored matcher holds, checked whole.

    The matcher may lag behind the index (a build killed between the two): it is then
    the old one, which its signature marks as stale; never a broken one.
    """
    path = matcher_path_for(home)
    if not path.exists():
        return None
    signature = read_signature(path)
    assert signature is not None, "the matcher has no header"
    matcher = NameMatcher.read(path, signature=signature)  # sizes and CRC checked

    def holds(name: str) -> bool:  # the whole name, not a shorter one cut mid-word
        haystack = f" {name} "
        return any((s, e) == (0, len(name) + 1) for s, e, _ in matcher.find(haystack))

    assert holds(f"synthplace {places_of(1) - 1}"), "the matcher lacks names of version 1"
    return 2 if holds(f"synthplace {places_of(1)}") else 1


def _export_version(path: Path) -> int | None:
    from geo.export import read_incidents

    if not path.exists():
        return None
    frame = read_incidents(path)
    versions = [v for v in (1, 2) if incidents_of(v) == len(frame)]
    assert versions, f"{path.name} holds {len(frame)} incidents: neither version"
    assert set(frame["source"]) == {f"version {versions[0]}"}
    return versions[0]


def _map_version(path: Path) -> int | None:
    if not path.exists():
        return None
    html = path.read_text(encoding="utf-8")
    assert html.rstrip().endswith("</html>"), "the map ends mid-file"
    titles = set(re.findall(r"Version (\d)", html))
    assert len(titles) == 1, titles
    return int(titles.pop())


Checker = Callable[[Path], int | None]
CASES: dict[str, tuple[str, str, Checker]] = {
    "index": ("build", "home", _index_version),
    "matcher": ("build", "home", _matcher_version),
    "gpkg": ("export", "incidents.gpkg", _export_version),
    "geojson": ("export", "incidents.geojson", _export_version),
    "map": ("map", "map.html", _map_version),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_killed_write_leaves_the_old_file_or_the_new_one(case: str, tmp_path: Path) -> None:
    kind, name, version_of = CASES[case]
    target = tmp_path / name
    rng = random.Random(case)
    # The first write, killed: nothing there before, so nothing or all of it after.
    _kill_after(kind, target, 1, delay_s=rng.uniform(0.2, 0.6))
    assert version_of(target) in (None, 1)
    duration_s = _run_to_the_end(kind, target, 1)
    assert version_of(target) == 1
    finished = 0
    for kill in range(KILLS):
        # Spread over the run, the last kill late enough to hit the final move.
        delay_s = duration_s * (kill + rng.uniform(0.3, 1.0)) / KILLS
        finished += _kill_after(kind, target, 2, delay_s=delay_s)
        found = version_of(target)
        assert found in (1, 2)
        if found == 2:
            _run_to_the_end(kind, target, 1)  # back to the old version for the next kill
    assert finished < KILLS, "every write finished before its kill: the test proved nothing"


def test_the_writer_script_runs_in_process(tmp_path: Path) -> None:
    # The subprocess entry point, run here, so a broken writer fails loudly, not as a kill.
    main(["export", str(tmp_path / "one.geojson"), "1"])
    assert _export_version(tmp_path / "one.geojson") == 1


def test_a_run_over_a_folder_accounts_for_every_input(tmp_path: Path) -> None:
    inputs = {
        "a.txt": b"Shelling hit Martuni on 3 May 2023. Two people were injured.\n",
        "b.md": b"# Drone strike near Goris\n\nA drone hit a car on the road.\n",
        "c.html": b"<html><title>Clash</title><body><p>Fighting near Lachin.</p>",
        "d.jsonl": b'{"text": "A blast hit Tartar."}\n{"text": 5}\nnot json\n',
        "e.jsonl": b"{broken",
        "f.txt": bytes(range(256)) * 20,  # binary: skipped
        "g.pdf": b"%PDF-1.4 not a report format",  # skipped by suffix
        "h.txt": b"",
        "sub/i.txt": "Обстрел села Мадагиз.\n".encode("utf-16"),
    }
    for relative, data in inputs.items():
        path = tmp_path / relative
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
    os.chmod(tmp_path / "c.html", 0)  # unreadable: failed (unless we are root)
    summary = read_reports([tmp_path]).summary
    assert summary.inputs == len(inputs)
    assert summary.read + summary.skipped + summary.failed == summary.inputs
    assert summary.skipped >= 2
    assert summary.failed >= 1  # e.jsonl holds no report at all
    assert len(summary.problems) >= summary.skipped + summary.failed


def test_the_pipeline_accounts_for_reports_and_tables(
    tmp_path: Path, gazetteer_index: GazetteerIndex
) -> None:
    inputs = {
        "a.txt": b"Artillery shelling hit Martuni on 3 May 2023, killing two civilians.\n",
        "b.jsonl": b"{broken",
        "c.bin": bytes(range(256)) * 20,
        "d.csv": b"event_date,event_type,location,latitude,longitude\n"
        b"2023-05-03,Battles,Martuni,39.79,47.11\n2023-05-04,Battles,Goris,91,46.3\n",
        "e.xlsx": b"not a spreadsheet at all",
        "f.geojson": b'{"type": "FeatureCollection", "features": [',
    }
    for name, data in inputs.items():
        (tmp_path / name).write_bytes(data)
    summary = load_incidents([tmp_path], index=gazetteer_index).summary
    assert summary.inputs == len(inputs)
    assert summary.read + summary.skipped + summary.failed == summary.inputs
    assert summary.failed >= 3  # the broken JSONL, spreadsheet and GeoJSON
    assert summary.incidents >= 3  # the report's and both table rows (one malformed)
    for name in ("b.jsonl", "e.xlsx", "f.geojson"):
        assert any(name in problem for problem in summary.problems), name
