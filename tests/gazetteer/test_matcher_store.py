"""The stored name matcher: built with the index, loaded without rebuilding, never broken.

These tests use a small index built from a few places, so that a matcher builds in a
blink; ``test_matcher_output`` checks the full index.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gazetteer.build import build_index
from gazetteer.home import matcher_path_for
from gazetteer.index import GazetteerIndex
from gazetteer.matcher import MatcherFileError, NameMatcher, read_signature
from gazetteer.matcher_store import load_matcher, matcher_signature, rebuild_matcher
from gazetteer.place import Place
from gazetteer.sources import PlaceRecord
from gazetteer.spot import Spotter

REPO = Path(__file__).resolve().parents[2]
TEXT = "Shells hit Tartar and Barda overnight; later Yevlakh and Mingachevir too."


def _base() -> list[PlaceRecord]:
    rows = [
        ("test:1", "Tartar", 40.34, 46.93, 18_000),
        ("test:2", "Barda", 40.37, 47.13, 40_000),
        ("test:3", "Yevlakh", 40.62, 47.15, 150_000),
    ]
    return [
        PlaceRecord(Place(pid, name, lat, lon, "P", "PPL", "AZ", population=pop), ((name, "name"),))
        for pid, name, lat, lon, pop in rows
    ]


@pytest.fixture
def curated(tmp_path: Path) -> Path:
    folder = tmp_path / "no-curated"
    folder.mkdir()
    return folder


@pytest.fixture
def home(tmp_path: Path, curated: Path) -> Path:
    folder = tmp_path / "home"
    build_index(folder, curated_dir=curated, read_base=_base)
    return folder


def _spotted(index: GazetteerIndex) -> list[str]:
    return [spot.text for spot in Spotter(matcher=index.name_matcher()).spot(TEXT)]


def test_the_index_build_stores_a_current_matcher(home: Path, curated: Path) -> None:
    path = matcher_path_for(home)
    with GazetteerIndex.open(home, curated_dir=curated, build=False) as index:
        assert read_signature(path) == matcher_signature(index.connection)
        assert _spotted(index) == ["Tartar", "Barda", "Yevlakh"]


def test_a_current_matcher_is_loaded_not_rebuilt(
    home: Path, curated: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = matcher_path_for(home)
    before = path.stat()
    with caplog.at_level(logging.WARNING), GazetteerIndex.open(home, curated_dir=curated) as index:
        index.name_matcher()
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert "building" not in caplog.text


def test_an_older_home_is_upgraded_once_with_a_message(
    home: Path, curated: Path, caplog: pytest.LogCaptureFixture
) -> None:
    matcher_path_for(home).unlink()  # a home built before the matcher was stored
    with caplog.at_level(logging.WARNING), GazetteerIndex.open(home, curated_dir=curated) as index:
        assert _spotted(index) == ["Tartar", "Barda", "Yevlakh"]
        assert caplog.text.count("building the name matcher") == 1
        caplog.clear()
        index.name_matcher()
    assert "building" not in caplog.text
    assert matcher_path_for(home).exists()


def test_imported_names_make_the_matcher_stale_and_it_is_rebuilt(
    home: Path, curated: Path, caplog: pytest.LogCaptureFixture
) -> None:
    mingachevir = Place("user:1", "Mingachevir", 40.76, 47.05, "P", "PPL", "AZ")
    with GazetteerIndex.open(home, curated_dir=curated) as index:
        old = matcher_signature(index.connection)
        index.add_records([PlaceRecord(mingachevir, (("Mingachevir", "name"),))], origin="test")
        assert matcher_signature(index.connection) != old
        with caplog.at_level(logging.WARNING):
            assert _spotted(index) == ["Tartar", "Barda", "Yevlakh", "Mingachevir"]
        assert "building the name matcher" in caplog.text


def test_an_importer_can_rebuild_the_matcher_at_once(home: Path, curated: Path) -> None:
    mingachevir = Place("user:1", "Mingachevir", 40.76, 47.05, "P", "PPL", "AZ")
    with GazetteerIndex.open(home, curated_dir=curated) as index:
        index.add_records([PlaceRecord(mingachevir, (("Mingachevir", "name"),))], origin="test")
        assert read_signature(matcher_path_for(home)) != matcher_signature(index.connection)
        rebuild_matcher(home)
        assert read_signature(matcher_path_for(home)) == matcher_signature(index.connection)


@pytest.mark.parametrize("damage", ["truncate", "flip", "empty", "garbage"])
def test_a_damaged_matcher_is_rebuilt_not_trusted(home: Path, curated: Path, damage: str) -> None:
    path = matcher_path_for(home)
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        data[-len(data) // 3] ^= 0xFF  # after the automaton: the CRC must catch it
    elif damage == "empty":
        data = bytearray()
    else:
        data = bytearray(b"not a matcher at all" * 10)
    path.write_bytes(bytes(data))
    with GazetteerIndex.open(home, curated_dir=curated) as index:
        signature = matcher_signature(index.connection)
        with pytest.raises(MatcherFileError):
            NameMatcher.read(path, signature=signature)
        assert _spotted(index) == ["Tartar", "Barda", "Yevlakh"]
    assert NameMatcher.read(path, signature=signature).count > 0


def test_a_damaged_automaton_is_built_again_from_the_patterns_and_the_file_dropped(
    home: Path, curated: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from gazetteer.matcher import _HEADER

    path = matcher_path_for(home)
    data = bytearray(path.read_bytes())
    data[_HEADER.size + 40] ^= 0xFF  # inside the automaton, checked when it is loaded
    path.write_bytes(bytes(data))
    with GazetteerIndex.open(home, curated_dir=curated) as index:
        signature = matcher_signature(index.connection)
        bisecting = NameMatcher.read(path, signature=signature)
        loading = NameMatcher.read(path, signature=signature, scan_budget=0)
        with caplog.at_level(logging.WARNING):
            assert [s.text for s in Spotter(matcher=bisecting).spot(TEXT)] == [
                "Tartar",
                "Barda",
                "Yevlakh",
            ]
            assert "damaged" not in caplog.text  # the automaton is not needed yet
            haystack = " shells hit tartar and barda "
            assert loading.find(haystack) == bisecting.find(haystack) != []
        assert "damaged name matcher (checksum of its automaton)" in caplog.text
        assert not path.exists()  # so that the next start stores a sound one
        assert _spotted(index) == ["Tartar", "Barda", "Yevlakh"]
    assert NameMatcher.read(path, signature=signature, scan_budget=0).find(haystack)


def test_a_home_that_cannot_be_written_still_gets_a_matcher(
    home: Path, curated: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import gazetteer.matcher_store as store

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    matcher_path_for(home).unlink()
    monkeypatch.setattr(store, "fsync_path", refuse)
    with caplog.at_level(logging.WARNING), GazetteerIndex.open(home, curated_dir=curated) as index:
        matcher = load_matcher(home, index.connection)
        assert [s.text for s in Spotter(matcher=matcher).spot(TEXT)] == [
            "Tartar",
            "Barda",
            "Yevlakh",
        ]
    assert "building it in memory" in caplog.text
    assert not matcher_path_for(home).exists()
    assert list(home.glob("*.tmp-*")) == []


_CHILD = """
import logging, sys
from pathlib import Path
logging.basicConfig(level=logging.WARNING)
from gazetteer.index import GazetteerIndex
from gazetteer.spot import Spotter
with GazetteerIndex.open(Path(sys.argv[1]), curated_dir=Path(sys.argv[2]), build=False) as index:
    spotter = Spotter(matcher=index.name_matcher())
    print([s.text for s in spotter.spot(sys.argv[3])])
"""


def _start_together(home: Path, curated: Path, count: int) -> list[tuple[str, str]]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(home), str(curated), TEXT],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(count)
    ]
    results = [child.communicate(timeout=120) for child in children]
    assert all(child.returncode == 0 for child in children), results
    return results


def test_processes_sharing_a_home_start_without_rebuilding(home: Path, curated: Path) -> None:
    before = matcher_path_for(home).stat()
    results = _start_together(home, curated, 3)
    assert {out for out, _ in results} == {"['Tartar', 'Barda', 'Yevlakh']\n"}
    assert not any("building" in err for _, err in results)
    after = matcher_path_for(home).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_processes_upgrading_a_home_together_build_once(home: Path, curated: Path) -> None:
    matcher_path_for(home).unlink()
    results = _start_together(home, curated, 3)
    assert {out for out, _ in results} == {"['Tartar', 'Barda', 'Yevlakh']\n"}
    assert sum(err.count("building the name matcher") for _, err in results) == 1
    assert list(home.glob("*.tmp-*")) == []


def test_a_killed_matcher_build_leaves_the_old_matcher(home: Path, curated: Path) -> None:
    path = matcher_path_for(home)
    before = path.read_bytes()
    # The child dies by SIGKILL with the new matcher written, before the rename.
    code = (
        "import os, signal, sys\nfrom pathlib import Path\nimport gazetteer.matcher_store as m\n"
        "m.fsync_path = lambda path: os.kill(os.getpid(), signal.SIGKILL)\n"
        "m.rebuild_matcher(Path(sys.argv[1]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.run([sys.executable, "-c", code, str(home)], env=env, check=False)
    assert child.returncode == -9
    assert len(list(home.glob("gazetteer.matcher.tmp-*"))) == 1  # written, never renamed
    assert path.read_bytes() == before
    with GazetteerIndex.open(home, curated_dir=curated) as index:
        assert _spotted(index) == ["Tartar", "Barda", "Yevlakh"]
    rebuild_matcher(home)
    assert list(home.glob("*.tmp-*")) == []  # the next builder cleans up


def _settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read the clock an hour late: every file then looks long unchanged."""
    import time

    from gazetteer import matcher

    monkeypatch.setattr(matcher, "_clock_ns", lambda: time.time_ns() + 3600 * 10**9)


def _counting_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record the length of every CRC the matcher module takes over more than a header."""
    import zlib

    from gazetteer import matcher

    sizes: list[int] = []

    def crc32(data: bytes | memoryview, value: int = 0) -> int:
        sizes.append(len(data))
        return zlib.crc32(data, value)

    monkeypatch.setattr(matcher, "zlib", type("Z", (), {"crc32": staticmethod(crc32)}))
    return sizes


def test_a_checked_matcher_is_not_read_whole_again(
    home: Path, curated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gazetteer.matcher import checked_path_for

    _settled(monkeypatch)
    checks = _counting_checks(monkeypatch)
    path = matcher_path_for(home)
    with GazetteerIndex.open(home, curated_dir=curated) as index:
        signature = matcher_signature(index.connection)
    NameMatcher.read(path, signature=signature)
    assert len(checks) == 1 and checked_path_for(path).exists()
    again = NameMatcher.read(path, signature=signature)
    assert len(checks) == 1, "an unchanged, checked file was checked again"
    assert again.find(" shells hit tartar ") != []


def test_a_matcher_changed_after_its_check_is_checked_again(
    home: Path, curated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _settled(monkeypatch)
    path = matcher_path_for(home)
    # Modified an hour ago as far as its times go, so that the damage below, whenever it
    # lands, leaves other times than those recorded.
    hour_ago = path.stat().st_mtime_ns - 3600 * 10**9
    os.utime(path, ns=(hour_ago, hour_ago))
    with GazetteerIndex.open(home, curated_dir=curated) as index:
        signature = matcher_signature(index.connection)
    NameMatcher.read(path, signature=signature)  # checked, and recorded
    data = bytearray(path.read_bytes())
    data[-len(data) // 3] ^= 0xFF  # after the automaton, same size
    with path.open("r+b") as stream:  # in place: the same inode
        stream.write(bytes(data))
    with pytest.raises(MatcherFileError, match="checksum"):
        NameMatcher.read(path, signature=signature)


def test_a_matcher_changed_a_moment_ago_is_not_recorded(home: Path, curated: Path) -> None:
    from gazetteer.matcher import checked_path_for

    path = matcher_path_for(home)
    with GazetteerIndex.open(home, curated_dir=curated) as index:
        NameMatcher.read(path, signature=matcher_signature(index.connection))
    # Built a moment ago: a write now could leave it the same times, so every start
    # checks it until it has settled.
    assert not checked_path_for(path).exists()


_RUNNING_CODE = """
import logging, sys
from pathlib import Path
logging.basicConfig(level=logging.WARNING)
from gazetteer.index import GazetteerIndex
from gazetteer.matcher_store import code_signature, load_matcher
from gazetteer.spot import Spotter

home, curated = Path(sys.argv[1]), Path(sys.argv[2])
before = code_signature()
print("imported", flush=True)
sys.stdin.readline()  # meanwhile spot.py changes on disk, and new code stores a matcher
with GazetteerIndex.open(home, curated_dir=curated, build=False) as index:
    print(code_signature() == before, flush=True)
    spotter = Spotter(matcher=load_matcher(home, index.connection))
    print([s.text for s in spotter.spot(sys.argv[3])], flush=True)
"""
# The edit: code whose matcher leaves out the three names of TEXT, as a change of the
# folding would give another matcher.
_EDIT = """

_unedited_fold_patterns = fold_patterns


def fold_patterns(keys, **options):
    left_out = {"tartar", "barda", "yevlakh"}
    return [e for e in _unedited_fold_patterns(keys, **options) if e[0] not in left_out]
"""


def test_a_running_process_signs_with_the_code_it_runs_not_the_file_on_disk(
    home: Path, curated: Path, tmp_path: Path
) -> None:
    # A long test session, a Dask worker: spot.py is edited (or checked out) while the
    # process runs. The matcher that the edited code stores is not this process's: had
    # it trusted it (its signature was read from the file on disk), it would spot with
    # another code's matcher, here one without the names, and find nothing.
    import shutil

    code = tmp_path / "code"
    shutil.copytree(
        REPO / "gazetteer", code / "gazetteer", ignore=shutil.ignore_patterns("__pycache__")
    )
    env = {**os.environ, "PYTHONPATH": str(code)}
    running = subprocess.Popen(
        [sys.executable, "-c", _RUNNING_CODE, str(home), str(curated), TEXT],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        assert running.stdout is not None and running.stdout.readline() == "imported\n"
        spot = code / "gazetteer" / "spot.py"
        spot.write_text(spot.read_text(encoding="utf-8") + _EDIT, encoding="utf-8")
        subprocess.run(
            [sys.executable, "-c", "import sys; from pathlib import Path; "
             "from gazetteer.matcher_store import rebuild_matcher; "
             "rebuild_matcher(Path(sys.argv[1]))", str(home)],
            env=env, cwd=tmp_path, check=True,
        )  # fmt: skip
        edited = read_signature(matcher_path_for(home))
        out, err = running.communicate("go\n", timeout=120)
    finally:
        running.kill()
    assert running.returncode == 0, err
    signed_alike, spotted = out.splitlines()
    assert signed_alike == "True", "the signature followed the file on disk, not the code"
    assert "building the name matcher" in err  # the edited code's matcher is not trusted
    assert spotted == "['Tartar', 'Barda', 'Yevlakh']"
    assert read_signature(matcher_path_for(home)) not in (None, edited)
