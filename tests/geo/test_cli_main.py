"""The entry point's exit statuses: 0 done, 1 our errors or a command's own status, 2 usage."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest

from gazetteer.errors import InputFormatError
from geo.cli import commands
from geo.cli.main import cli, main


@click.command("probe")
@click.argument("outcome")
def probe(outcome: str) -> None:
    if outcome == "status":
        raise click.exceptions.Exit(3)
    if outcome == "ours":
        raise InputFormatError("bad value", path="in.csv", line=4, field="date")
    if outcome == "denied":
        raise PermissionError(13, "Permission denied", "out/map.html")


@pytest.fixture
def with_probe():
    cli.add_command(probe)
    yield
    cli.commands.pop("probe", None)


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["probe", "fine"], 0),
        (["probe", "status"], 3),
        (["probe", "ours"], 1),
        (["probe", "denied"], 1),
        (["probe"], 2),
        (["no-such-command"], 2),
    ],
)
def test_exit_status(with_probe: None, argv: list[str], status: int) -> None:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == status


def test_our_errors_print_one_line_naming_file_line_and_field(
    with_probe: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["probe", "ours"])
    err = capsys.readouterr().err
    assert err.strip() == "incimap: error: in.csv:4: bad value (field 'date')"


def test_file_system_refusals_name_the_file_without_a_traceback(
    with_probe: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["probe", "denied"])
    err = capsys.readouterr().err
    assert err.strip() == "incimap: error: [Errno 13] Permission denied: 'out/map.html'"


def test_a_command_imports_no_other_command_module() -> None:
    # Issue 11: `incimap geocode` (or extract) pays for no other command's modules.
    script = (
        "import sys\n"
        "from geo.cli.main import main\n"
        "try:\n"
        "    main(['geocode', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "geo.cli.geocode" in loaded
    others = {module for name, (module, _) in commands.WHERE.items() if name != "geocode"}
    assert not others & loaded


def test_help_lists_every_command() -> None:
    assert cli.list_commands(click.Context(cli)) == sorted(commands.WHERE)
    assert [command.name for command in commands.load_all()] == list(commands.WHERE)
