"""Atomic output: write a temporary file next to the target, then rename it into place.

A reader never sees half a file, a failed write leaves the old file as it was, and
nothing is written outside the target's folder.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from geo.errors import OutputExistsError

STDOUT: str = "-"


def is_special_file(path: Path) -> bool:
    """Whether ``path`` is a device or a pipe (``/dev/null``, ``/dev/stdout``): written
    through, never replaced.

    >>> is_special_file(Path("/dev/null")), is_special_file(Path("out.geojson"))
    (True, False)
    """
    return path.exists() and not path.is_file() and not path.is_dir()


def check_writable(path: Path, *, overwrite: bool) -> None:
    """Raise ``OutputExistsError`` when ``path`` exists and ``overwrite`` is false.

    A device or a pipe (``-o /dev/null``) is always writable: it is not replaced.
    """
    if path.exists() and not overwrite and not is_special_file(path):
        raise OutputExistsError(f"{path}: exists; pass --overwrite (overwrite=True) to replace it")


@contextlib.contextmanager
def atomic_path(path: Path, *, overwrite: bool) -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder; on success, move it onto ``path``.

    The temporary name keeps the suffix, because GDAL drivers look at it. Side files
    that a driver leaves next to the temporary file (``-wal``, ``-journal``) are removed.
    """
    check_writable(path, overwrite=overwrite)
    folder = path.parent if str(path.parent) else Path(".")
    # A missing output folder is created, as `-o out/incidents.gpkg` asks for it.
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=folder)
    os.close(handle)
    temporary = Path(name)
    # GDAL refuses to create a dataset over an existing (empty) file for some drivers.
    temporary.unlink()
    try:
        yield temporary
        if overwrite:
            os.replace(temporary, path)
        else:
            _move_without_clobbering(temporary, path=path)
    finally:
        for leftover in (temporary, *_side_files(temporary)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _move_without_clobbering(temporary: Path, *, path: Path) -> None:
    # A hard link fails if the target appeared meanwhile, so a concurrent writer's
    # file is never replaced; file systems without links fall back to a checked rename.
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise OutputExistsError(
            f"{path}: exists; pass --overwrite (overwrite=True) to replace it"
        ) from None
    except OSError:
        check_writable(path, overwrite=False)
        os.replace(temporary, path)


def _side_files(temporary: Path) -> tuple[Path, ...]:
    return tuple(Path(f"{temporary}{tail}") for tail in ("-wal", "-shm", "-journal"))


@contextlib.contextmanager
def stdout_path(suffix: str) -> Iterator[Path]:
    """Yield a path in a private temporary folder; its bytes then go to stdout."""
    with tempfile.TemporaryDirectory(prefix="incimap-") as folder:
        temporary = Path(folder) / f"out{suffix}"
        yield temporary
        sys.stdout.flush()
        with temporary.open("rb") as written:
            shutil.copyfileobj(written, sys.stdout.buffer)
        sys.stdout.buffer.flush()


@contextlib.contextmanager
def special_file_path(path: Path, *, suffix: str) -> Iterator[Path]:
    """Yield a path in a private temporary folder; its bytes then go into the device or
    pipe ``path`` (GDAL drivers cannot write to ``/dev/null`` themselves)."""
    with tempfile.TemporaryDirectory(prefix="incimap-") as folder:
        temporary = Path(folder) / f"out{suffix}"
        yield temporary
        with temporary.open("rb") as written, path.open("wb") as target:
            shutil.copyfileobj(written, target)
