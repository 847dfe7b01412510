"""Issue 15: one report over the size limit costs that report, never the run.

The limit (``geo.read.MAX_REPORT_CHARS``, or ``$INCIMAP_MAX_REPORT_CHARS``) is on one
report's text: a text or Markdown file, an HTML page's visible text, one JSON line's
``text``. A report over it is refused with its file (and JSON line) named; the other
reports of the run are read and extracted. The texts are our own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gazetteer.errors import IncimapError
from geo.pipeline import load_incidents
from geo.read import MAX_REPORT_CHARS, MAX_REPORT_CHARS_VARIABLE, max_report_chars
from geo.report_inputs import read_reports

REPO = Path(__file__).resolve().parents[2]
GOOD = "Artillery shelling hit Goris on 3 May 2023, killing two civilians.\n"
# A normal report, made long: the same incident told again and again.
LONG = "Shelling hit Kapan on 4 May 2023; three soldiers were wounded. " * 200


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_default_limit_is_two_million_characters_and_holds_at_the_edge(tmp_path, monkeypatch):
    monkeypatch.delenv(MAX_REPORT_CHARS_VARIABLE, raising=False)
    assert max_report_chars() == MAX_REPORT_CHARS == 2_000_000
    at_limit = _write(tmp_path, "at.txt", "a" * (MAX_REPORT_CHARS - 1) + "\n")
    over = _write(tmp_path, "over.txt", "a" * MAX_REPORT_CHARS + "\n")
    result = read_reports([at_limit, over])
    assert [r.source for r in result.reports] == [str(at_limit)]
    assert result.summary.failed == 1
    (problem,) = result.summary.problems
    assert problem.startswith(f"{over}: report of 2,000,001 characters is over the limit")


def test_a_report_over_the_limit_is_named_and_the_run_goes_on(
    tmp_path, monkeypatch, gazetteer_index
):
    monkeypatch.setenv(MAX_REPORT_CHARS_VARIABLE, "5000")
    folder = tmp_path / "in"
    _write(folder, "a_good.txt", GOOD)
    big = _write(folder, "b_big.txt", LONG)
    html = _write(folder, "c_big.html", f"<html><body><p>{LONG}</p></body></html>")
    _write(folder, "d_good.md", GOOD.replace("Goris", "Kapan"))
    result = load_incidents([folder], index=gazetteer_index)
    summary = result.summary
    assert summary.read == 2 and summary.failed == 2
    assert sorted(result.frame["location"]) == ["Goris", "Kapan"]
    problems = "\n".join(summary.problems)
    assert f"{big}: report of {len(LONG):,} characters is over the limit of 5,000" in problems
    assert f"{html}: report of " in problems
    assert MAX_REPORT_CHARS_VARIABLE in problems


def test_a_jsonl_line_over_the_limit_costs_that_line_only(tmp_path, monkeypatch):
    monkeypatch.setenv(MAX_REPORT_CHARS_VARIABLE, "5000")
    lines = [{"text": GOOD}, {"text": LONG, "title": "long"}, {"text": GOOD}]
    path = _write(tmp_path, "wire.jsonl", "\n".join(json.dumps(row) for row in lines) + "\n")
    result = read_reports([path])
    assert [r.source for r in result.reports] == [f"{path}:1", f"{path}:3"]
    (problem,) = result.summary.problems
    assert problem.startswith(f"{path}:2: report of {len(LONG):,} characters")
    assert problem.endswith("(field 'text')")


@pytest.mark.parametrize("value", ["0", "-3", "two million", "1e6"])
def test_a_nonsense_limit_is_refused_with_the_variable_named(monkeypatch, value):
    monkeypatch.setenv(MAX_REPORT_CHARS_VARIABLE, value)
    with pytest.raises(IncimapError, match=f"{MAX_REPORT_CHARS_VARIABLE} must be a whole"):
        max_report_chars()


def test_the_cli_says_which_file_is_too_long_and_writes_the_rest(tmp_path, gazetteer_home):
    folder = tmp_path / "in"
    _write(folder, "good.txt", GOOD)
    big = _write(folder, "huge.txt", LONG)
    out = tmp_path / "out.jsonl"
    env = {
        **os.environ,
        "INCIMAP_HOME": str(gazetteer_home),
        MAX_REPORT_CHARS_VARIABLE: "5000",
        "PYTHONPATH": str(REPO),
    }
    done = subprocess.run(
        [sys.executable, "-m", "geo.cli.main", "extract", str(folder), "-o", str(out)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in done.stderr
    assert f"{big}: report of {len(LONG):,} characters is over the limit" in done.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row["location"] for row in rows] == ["Goris"]
