"""Guarantee 6: a damaged index is detected and named, with the way to rebuild it.

Each kind of damage is made from a real copy of the session's index: cut short, its
pages overwritten with random bytes, garbage after a valid header, zero bytes, and a
directory where the file should be. The CLI must exit 1 with one line on stderr that
says how to rebuild, never a traceback; the API raises ``IndexCorruptError``; and a
forced build recovers wherever a file can be replaced.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from gazetteer.build import build_index
from gazetteer.errors import GazetteerError, IncimapError
from gazetteer.home import index_path_for
from gazetteer.index import GazetteerIndex
from gazetteer.place import Place
from gazetteer.sources import PlaceRecord


def _truncate(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 3)


def _scribble_pages(path: Path) -> None:
    # Valid header and size, random bytes in every seventh page: only reading finds it.
    rng = random.Random(6)
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for offset in range(2 * 4096, size, 7 * 4096):
            handle.seek(offset)
            handle.write(rng.randbytes(4096))


def _garbage_after_header(path: Path) -> None:
    header = path.read_bytes()[:100]
    path.write_bytes(header + random.Random(7).randbytes(50_000))


def _zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(8).randbytes(64 * 1024))


def _directory(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "something").write_text("not an index")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": _truncate,
    "scribbled-pages": _scribble_pages,
    "garbage-after-header": _garbage_after_header,
    "zero-bytes": _zero_bytes,
    "random-bytes": _random_bytes,
    "directory": _directory,
}


@pytest.fixture(params=sorted(DAMAGE))
def damaged_home(request: pytest.FixtureRequest, gazetteer_home: Path, tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    index = index_path_for(home)
    shutil.copyfile(index_path_for(gazetteer_home), index)
    DAMAGE[request.param](index)
    return home


def _run_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INCIMAP_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-c", "from geo.cli.main import main; main()", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _tiny_base() -> list[PlaceRecord]:
    goris = Place("test:goris", "Goris", 39.5111, 46.3386, "P", "PPL", country="AM")
    return [PlaceRecord(goris, (("Goris", "name"),))]


def test_the_cli_names_the_damage_and_the_cure_in_one_line(damaged_home: Path) -> None:
    # Several names, so that damage deep in the file is reached by some lookup.
    done = _run_cli(damaged_home, "geocode", "Goris", "Stepanakert", "Tbilisi", "Paris")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("incimap: error:")]
    assert len(errors) == 1, done.stderr
    assert str(index_path_for(damaged_home)) in errors[0]
    assert "incimap gazetteer build" in errors[0]


def test_the_api_raises_our_error(damaged_home: Path) -> None:
    with pytest.raises(IncimapError), GazetteerIndex.open(damaged_home, build=False) as index:
        for name in ("Goris", "Stepanakert", "Tbilisi", "Paris"):
            index.resolve(name)


def test_a_forced_build_cures_the_damage_or_says_what_to_remove(damaged_home: Path) -> None:
    index = index_path_for(damaged_home)
    curated = damaged_home / "no-curated"
    curated.mkdir()
    if index.is_dir():
        # Never delete a folder the user made; say what is in the way instead.
        with pytest.raises(GazetteerError, match="directory"):
            build_index(damaged_home, curated_dir=curated, read_base=_tiny_base, force=True)
        return
    report = build_index(damaged_home, curated_dir=curated, read_base=_tiny_base, force=True)
    assert report.built
    with GazetteerIndex.open(damaged_home, curated_dir=curated, build=False) as rebuilt:
        assert rebuilt.resolve("Goris").place is not None
