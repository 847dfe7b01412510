"""The CLI talks like a Unix tool (issue 13), and input enters clean (issue 15, 3 5 7 10).

Each test reproduces a defect of the issues; none needs the gazetteer: the inputs are
incimap's own files and tables that carry their points, which never open it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import commands
from geo.cli.main import INTERRUPTED, cli, main, register_commands
from geo.cli.options import FORMAT_NAMES
from geo.errors import IncimapError
from geo.export import FORMATS, read_incidents, write_incidents
from geo.report_inputs import read_reports
from geo.tables.rows import decode_table
from geo.text import escape_for_terminal
from tests.geo.export_cases import sample_frame

register_commands()


def run(*argv: str) -> tuple[int, str]:
    """Run the CLI in-process; our errors end as ``main`` ends them (exit 1, one line)."""
    result = CliRunner().invoke(cli, list(argv))
    if isinstance(result.exception, IncimapError):
        return 1, result.stderr + f"incimap: error: {escape_for_terminal(str(result.exception))}"
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stderr


@pytest.fixture
def incidents_file(tmp_path: Path) -> Path:
    path = tmp_path / "in.gpkg"
    write_incidents(sample_frame(), path)
    return path


@pytest.mark.parametrize("command", ["extract", "map", "export"])
def test_a_missing_input_writes_nothing_and_exits_1(tmp_path: Path, command: str) -> None:
    out = tmp_path / ("x.html" if command == "map" else "x.geojson")
    status, err = run(command, str(tmp_path / "nothere.txt"), "-o", str(out))
    assert status == 1
    assert "nothere.txt: cannot read" in err and "nothing written" in err
    assert not out.exists()


@pytest.mark.parametrize("contents", [{}, {"a.bin": b"\x00\x01\x02" * 100}])
def test_an_empty_or_binary_folder_writes_nothing(tmp_path: Path, contents: dict) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in contents.items():
        (folder / name).write_bytes(data)
    out = tmp_path / "x.geojson"
    status, err = run("extract", str(folder), "-o", str(out))
    assert status == 1 and "nothing written" in err
    assert not out.exists()


def test_each_problem_is_said_once_and_q_v_change_what_is_said(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    write_incidents(sample_frame(), source)
    (tmp_path / "nothere.csv").unlink(missing_ok=True)
    argv = [str(source), str(tmp_path / "nothere.csv"), "-o", str(tmp_path / "o.geojson")]
    status, err = run("extract", *argv)
    assert status == 1
    assert err.count("nothere.csv") == 1  # no "ERROR: ..." echo of the same problem
    assert "5 incidents from 1 of 2 inputs" in err
    _, quiet = run("-q", "extract", *argv, "--overwrite")
    assert "nothere.csv" in quiet and "incidents from" not in quiet
    _, silent = run("-qq", "extract", *argv, "--overwrite")
    assert "nothere.csv" not in silent


def test_folders_pass_over_readme_log_and_bak_for_every_command(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_incidents(sample_frame(), folder / "incidents.geojson")
    text = "Shelling hit Tartar on 3 May 2023, killing two civilians."
    for name in ("README.md", "run.log", "old.txt.bak", "LICENSE.txt"):
        (folder / name).write_text(text)
    out = tmp_path / "o.geojson"
    status, err = run("extract", str(folder), "-o", str(out))
    assert status == 0, err
    assert len(read_incidents(out)) == len(sample_frame())  # only the incident file
    assert read_reports([folder]).reports == ()  # geoparse's reading: the same rule


def test_a_table_without_a_place_column_is_refused_with_a_hint(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text("where_it_happened,deaths\nTartar,2\nMadagiz,1\n")
    out = tmp_path / "o.geojson"
    status, err = run("extract", str(table), "-o", str(out))
    assert status == 1
    assert "where_it_happened" in err and "--place-column" in err
    assert not out.exists()


@pytest.mark.parametrize("command", ["extract", "map", "export"])
def test_column_options_are_on_every_command_that_reads_tables(
    tmp_path: Path, command: str
) -> None:
    table = tmp_path / "t.csv"
    table.write_text("where,y_deg,x_deg,deaths\nsomewhere,40.34,46.93,2\n")
    out = tmp_path / "o.geojson"
    argv = [command, str(table), "-o", str(out)]
    if command == "map":
        argv = [command, str(table), "-o", str(tmp_path / "m.html"), "--geojson", str(out)]
    columns = ["--place-column", "where", "--lat-column", "y_deg", "--lon-column", "x_deg"]
    status, err = run(*argv, *columns, "--fatalities-column", "deaths")
    assert status == 0, err
    frame = read_incidents(out)
    assert (frame.loc[0, "location"], frame.loc[0, "fatalities"]) == ("somewhere", 2)
    assert frame.loc[0, "latitude"] == pytest.approx(40.34)


def test_ctrl_c_exits_130_and_leaves_no_partial_output(
    tmp_path: Path, incidents_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    import geo.export

    def interrupted(frame, *, path: Path) -> None:
        path.write_text('{"type": "FeatureCollection", "features": [')  # half a file
        raise KeyboardInterrupt

    broken = dataclasses.replace(FORMATS["geojson"], write=interrupted)
    monkeypatch.setattr(geo.export, "format_for", lambda *a, **k: broken)
    out = tmp_path / "o.geojson"
    with pytest.raises(SystemExit) as done:
        main(["extract", str(incidents_file), "-o", str(out)])
    assert done.value.code == INTERRUPTED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.gpkg"]


def test_unknown_country_codes_are_usage_errors() -> None:
    status, err = run("geocode", "Tartar", "--country", "ZZ")
    assert status == 2 and "ZZ" in err


def test_dev_null_is_a_valid_output(incidents_file: Path) -> None:
    for command, out in (("export", "/dev/null"), ("map", "/dev/null")):
        status, err = run(command, str(incidents_file), "-o", out)
        assert status == 0, err


def test_help_is_whole_and_outputs_are_named_alike() -> None:
    _, _ = run("--help")
    top = CliRunner().invoke(cli, ["--help"]).output
    assert "..." not in top.split("Commands:")[1]
    for command in commands.load_all():
        if command.name in ("gazetteer",):
            continue
        text = CliRunner().invoke(cli, [command.name, "--help"]).output
        if "--output" in text:
            assert "-o, --output FILE" in text, command.name
    assert FORMAT_NAMES.split(", ") == list(FORMATS)


def test_control_characters_in_names_and_header_cells_are_escaped(tmp_path: Path) -> None:
    table = tmp_path / "evil\x1b[31m.csv"
    table.write_text("plac\x1b]0;owned\x07e,deaths\n" + "Tartar,2\n" * 50)
    status, err = run("extract", str(table), "-o", str(tmp_path / "o.geojson"))
    assert status == 1
    assert "\x1b" not in err and "\x07" not in err, err
    assert "evil\\x1b[31m.csv" in err  # the name shown, escaped
    assert "plac ]0;owned e" in err  # the cell's controls were cleaned where it entered


def test_a_cp1252_table_is_read_as_cp1252(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_bytes(
        "id,location,country\n1,Kraków,Poland\n2,Zürich,Switzerland\n".encode("cp1252")
    )
    assert "Kraków" in decode_table(table) and "Zürich" in decode_table(table)


def test_a_lone_surrogate_costs_a_character_of_that_record_only(tmp_path: Path) -> None:
    reports = tmp_path / "r.jsonl"
    lines = [
        {"text": "Shelling hit Tartar on 3 May 2023 \udc00, killing two civilians.",
         "url": "https://example.org/\udc00"},
        {"text": "Protesters gathered in Tbilisi on 4 May 2023."},
    ]  # fmt: skip
    reports.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    result = read_reports([reports])
    assert len(result.reports) == 2
    assert "\ufffd" in result.reports[0].text and "\ufffd" in result.reports[0].url
    assert any(re.search(r"r\.jsonl:1: 1 lone surrogate", p) for p in result.summary.problems)
    result.reports[0].text.encode("utf-8")  # writable: no UnicodeEncodeError later


def test_text_is_normalised_where_it_enters(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("Shells hit Ag\u0306dam,\u00a0killing two\u00a0civilians\x0cand more.")
    (found,) = read_reports([report]).reports
    assert found.text == "Shells hit Ağdam, killing two civilians\nand more."
