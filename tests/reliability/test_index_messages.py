"""An intact index is never called damaged, and nonsense is refused (issue 15, defect 8).

An index on a read-only mount failed every command with "not a SQLite file … rebuild
it" (a rebuild would have thrown the user's cached answers away for nothing);
``gazetteer add X nan 45`` said the index needed rebuilding; ``gazetteer add "" 40 45``
was accepted. The read-only case runs on a real read-only bind mount when the tests
run as root (a private mount namespace, so nothing outside the test sees it), and on a
folder without write permission otherwise.
"""

from __future__ import annotations

import math
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from gazetteer.home import index_path_for
from gazetteer.index import GazetteerIndex
from gazetteer.place import Place
from gazetteer.sources import PlaceRecord
from geo.cli.main import main

REPO = Path(__file__).resolve().parents[2]
_CLI = "from geo.cli.main import main; main()"


def _read_only_command(home: Path, args: list[str]) -> list[str]:
    command = [sys.executable, "-c", _CLI, *args]
    if os.geteuid() != 0:
        return command
    # Root ignores permissions: only a read-only mount refuses it, so make one in a
    # mount namespace of the command's own.
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    return ["unshare", "-m", "sh", "-c", script, str(home), *command]


@pytest.fixture
def read_only_home(gazetteer_home_copy: Path) -> Iterator[Path]:
    if os.geteuid() == 0:
        probe = subprocess.run(
            ["unshare", "-m", "sh", "-c", 'mount --bind "$0" "$0"', str(gazetteer_home_copy)],
            capture_output=True,
            check=False,
        )
        if shutil.which("unshare") is None or probe.returncode != 0:
            pytest.skip("running as root without mount namespaces: cannot make a read-only home")
        yield gazetteer_home_copy
        return
    gazetteer_home_copy.chmod(0o555)
    try:
        yield gazetteer_home_copy
    finally:
        gazetteer_home_copy.chmod(0o755)


@pytest.mark.parametrize(
    "args",
    [["geocode", "Goris"], ["gazetteer", "stats"]],
    ids=["geocode", "stats"],
)
def test_a_read_only_index_is_called_read_only_not_damaged(
    args: list[str], read_only_home: Path
) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "INCIMAP_HOME": str(read_only_home)}
    done = subprocess.run(
        _read_only_command(read_only_home, [*args, "--home", str(read_only_home)]),
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "read-only" in done.stderr
    assert "not a SQLite file" not in done.stderr
    assert "rebuild" not in done.stderr
    # Nothing was touched: the same file opens normally once the folder is writable.
    with sqlite3.connect(index_path_for(read_only_home)) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)


def _user_places(home: Path) -> int:
    with sqlite3.connect(index_path_for(home)) as conn:
        return int(conn.execute("SELECT count(*) FROM user_places").fetchone()[0])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["X", "nan", "45"], "Invalid value for 'LAT': expected a finite number, got nan"),
        (["X", "40", "nan"], "Invalid value for 'LON': expected a finite number, got nan"),
        (["", "40", "45"], "Invalid value for 'NAME': expected a place name, got ''"),
        (["  ", "40", "45"], "Invalid value for 'NAME': expected a place name, got '  '"),
    ],
)
def test_gazetteer_add_refuses_nonsense_with_a_clear_message(
    args: list[str],
    message: str,
    gazetteer_home_copy: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _user_places(gazetteer_home_copy)
    with pytest.raises(SystemExit) as exited:
        main(["gazetteer", "add", *args, "--home", str(gazetteer_home_copy)])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert "rebuild" not in err
    assert _user_places(gazetteer_home_copy) == before


@pytest.mark.parametrize(
    ("name", "lat", "lon", "field"),
    [("X", math.nan, 45.0, "lat"), ("X", 40.0, math.inf, "lon"), ("", 40.0, 45.0, "name")],
)
def test_the_index_refuses_such_places_from_any_caller(
    name: str, lat: float, lon: float, field: str, gazetteer_home_copy: Path
) -> None:
    place = Place(place_id="user:x", name=name, lat=lat, lon=lon, feature_class="P")
    with GazetteerIndex.open(gazetteer_home_copy, build=False) as index:
        report = index.add_records([PlaceRecord(place=place, names=((name, "name"),))], origin="t")
    assert report.imported == 0
    (error,) = report.errors
    assert error.field == field
    assert _user_places(gazetteer_home_copy) == 0
