"""A full disk and odd output names: a clear error, the old file kept, nothing left over.

Issue 15, defect 9. GeoJSON, GPKG and FlatGeobuf exports and ``build --force`` printed
GDAL's or SQLite's traceback on a full disk; an output name of 238-255 bytes failed on
its longer temporary name; a name with a tab or a newline failed the rename (GDAL drops
control characters from the names it is given) and left a complete hidden file behind.

The full disk is a real one where the tests may mount (root, in a private mount
namespace, so nothing outside the test sees it): a 16 KB tmpfs. Elsewhere, and for the
index build (which would need 90 MB of tmpfs and a minute), the file system's error is
raised where the write happens.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pyogrio
import pytest

from gazetteer import build as build_module
from gazetteer.build import build_index
from gazetteer.errors import GazetteerError
from gazetteer.home import index_path_for
from geo.errors import OutputWriteError
from geo.export import read_incidents, write_incidents
from tests.geo.export_cases import sample_frame

REPO = Path(__file__).resolve().parents[2]
GDAL_FORMATS = ("geojson", "gpkg", "fgb")


def _listing(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir())


@pytest.mark.parametrize("suffix", GDAL_FORMATS)
@pytest.mark.parametrize("length", [238, 250, 255])
def test_a_long_output_name_is_written(suffix: str, length: int, tmp_path: Path) -> None:
    name = "é" * ((length - len(suffix) - 1) // 2)
    name += "x" * (length - len(suffix) - 1 - len(name.encode()))
    name += f".{suffix}"
    assert len(name.encode()) == length
    write_incidents(sample_frame(), tmp_path / name)
    assert _listing(tmp_path) == [name]
    assert len(read_incidents(tmp_path / name)) == len(sample_frame())


@pytest.mark.parametrize("suffix", (*GDAL_FORMATS, "csv", "kml"))
@pytest.mark.parametrize("odd", ["tab\there", "new\nline", "bell\x07", "esc\x1b[31m"])
def test_a_name_with_control_characters_leaves_no_hidden_file(
    suffix: str, odd: str, tmp_path: Path
) -> None:
    path = tmp_path / f"{odd}.{suffix}"
    write_incidents(sample_frame(), path)
    assert _listing(tmp_path) == [path.name]
    # GDAL cannot open such a name either, so the complete file is read under another.
    check = tmp_path / "check" / f"copy.{suffix}"
    check.parent.mkdir()
    shutil.copyfile(path, check)
    assert len(read_incidents(check)) == len(sample_frame())


def _can_mount() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=16k tmpfs /mnt"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount(), reason="needs root and mount namespaces for a tmpfs")
@pytest.mark.parametrize("suffix", GDAL_FORMATS)
def test_an_export_to_a_full_disk_says_so_and_keeps_the_old_file(
    suffix: str, tmp_path: Path
) -> None:
    source = tmp_path / "in.geojson"
    write_incidents(sample_frame(), source)
    full = tmp_path / "full"
    full.mkdir()
    # Mount a 16 KB tmpfs, put the old file there, fill the rest, then export onto it.
    script = (
        'mount -t tmpfs -o size=16k tmpfs "$0" && printf old > "$0/out.$1" && '
        '(head -c 1000000 /dev/zero > "$0/filler" 2>/dev/null; true) && '
        f'"{sys.executable}" -c "from geo.cli.main import main; main()" '
        'export "$2" -o "$0/out.$1" --overwrite; echo "rc=$?"; '
        'cat "$0/out.$1"; echo; ls -A "$0"'
    )
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, str(full), suffix, str(source)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr
    assert f"{full}/out.{suffix}: cannot write it: no space left on the device" in done.stderr
    assert "the previous file is kept" in done.stderr
    rc, old, *listing = done.stdout.splitlines()
    assert rc == "rc=1"
    assert old == "old"
    assert listing == ["filler", f"out.{suffix}"]  # no temporary file left


@pytest.mark.parametrize("suffix", GDAL_FORMATS)
def test_a_driver_failure_is_reported_with_the_old_file_kept(
    suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / f"out.{suffix}"
    path.write_text("old")

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise pyogrio.errors.DataSourceError("sqlite3_exec(...) failed: database or disk is full")

    # Every GDAL export goes through pyogrio.write_arrow.
    monkeypatch.setattr(pyogrio, "write_arrow", full_disk)
    with pytest.raises(OutputWriteError, match="no space left on the device") as raised:
        write_incidents(sample_frame(), path, overwrite=True)
    assert str(path) in str(raised.value)
    assert "the previous file is kept" in str(raised.value)
    assert path.read_text() == "old"
    assert _listing(tmp_path) == [path.name]


def test_a_forced_build_on_a_full_disk_says_so_and_keeps_the_index(
    gazetteer_home_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = index_path_for(gazetteer_home_copy)
    before = index.stat().st_size

    def write_until_full(tmp: Path, **kwargs: object) -> tuple[int, int]:
        # Start writing, then fail the way SQLite does when the disk fills.
        tmp.write_bytes(b"\0" * 4096)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(build_module, "_write_new_index", write_until_full)
    # The write fails at once: reading GeoNames' 200k places first (45 s) proves nothing.
    with pytest.raises(GazetteerError, match="no space left on the device") as raised:
        build_index(gazetteer_home_copy, force=True, read_base=list)
    assert "the previous index is kept" in str(raised.value)
    assert index.stat().st_size == before
    assert not list(gazetteer_home_copy.glob("*.tmp-*"))
    # An OSError from the file system (ENOSPC) is named the same way.
    monkeypatch.setattr(
        build_module,
        "_write_new_index",
        lambda tmp, **kwargs: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left")),
    )
    with pytest.raises(GazetteerError, match="no space left on the device"):
        build_index(gazetteer_home_copy, force=True, read_base=list)
