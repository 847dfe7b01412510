"""Atomic output: write a temporary file next to the target, then rename it into place.

A reader never sees half a file, a failed write leaves the old file as it was, and
nothing is written outside the target's folder. A write that fails (a full disk, a
driver's error) is reported as :class:`OutputWriteError` naming the output, and the
temporary file is removed.

The temporary name is made of the output's name, cut to fit the file system's limit of
255 bytes and with anything but letters, digits, ``.``, ``-`` and ``_`` replaced: GDAL
drops control characters from the names it is given, so it would write a file other
than the one renamed afterwards, and leave it behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final

from gazetteer.compiled_patterns import lazy_compile
from geo.errors import IncimapError, OutputExistsError, OutputWriteError

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


# Below this much free space after a write, the writer may have lost what it could not
# flush: GDAL reports a failed write at close in its log only, not as an error, and the
# empty file would replace the old one.
LOW_SPACE_BYTES: Final = 1 << 20


@contextlib.contextmanager
def atomic_path(
    path: Path, *, overwrite: bool, verify: Callable[[Path], None] | None = None
) -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder; on success, move it onto ``path``.

    The temporary name keeps the suffix, because GDAL drivers look at it. Side files
    that a driver leaves next to the temporary file (``-wal``, ``-journal``) are removed.
    When the folder's disk is (nearly) full after the write, ``verify`` is called with
    the temporary path and raises if the file is not complete.
    """
    check_writable(path, overwrite=overwrite)
    folder = path.parent if str(path.parent) else Path(".")
    # A missing output folder is created, as `-o out/incidents.gpkg` asks for it.
    folder.mkdir(parents=True, exist_ok=True)
    prefix, suffix = temporary_name_parts(path.name)
    handle, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
    os.close(handle)
    temporary = Path(name)
    # GDAL refuses to create a dataset over an existing (empty) file for some drivers.
    temporary.unlink()
    try:
        try:
            yield temporary
            if verify is not None and _is_low_on_space(folder):
                verify(temporary)
            if overwrite:
                os.replace(temporary, path)
            else:
                _move_without_clobbering(temporary, path=path)
        except Exception as err:
            if not _is_write_failure(err):
                raise
            raise OutputWriteError(
                f"{path}: cannot write it: {_reason(err, folder=folder)}; "
                + ("the previous file is kept" if path.exists() else "nothing was written")
            ) from err
    finally:
        for leftover in (temporary, *_side_files(temporary)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


# NAME_MAX of Linux and macOS file systems, in bytes; mkstemp adds 8 random characters
# and a dot, and SQLite (GPKG) may add "-journal" to the temporary name.
_NAME_MAX: Final = 255
_ADDED: Final = len(".") + len(".") + 8 + len("-journal")
_UNSAFE_RE: Final = lazy_compile(r"[^\w.-]")


def temporary_name_parts(name: str) -> tuple[str, str]:
    """Return (prefix, suffix) for ``mkstemp`` that fit the name limit and are safe.

    >>> temporary_name_parts("incidents.gpkg")
    ('.incidents.', '.gpkg')
    >>> temporary_name_parts("a\\tb\\nc.fgb")
    ('.a_b_c.', '.fgb')
    >>> prefix, suffix = temporary_name_parts("x" * 250 + ".geojson")
    >>> len((prefix + "12345678" + suffix + "-journal").encode())
    255
    """
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem:
        stem, extension = name, ""
    suffix = _UNSAFE_RE.sub("_", f".{extension}") if extension else ""
    safe_stem = _UNSAFE_RE.sub("_", stem)
    budget = max(1, _NAME_MAX - _ADDED - len(suffix.encode()))
    cut = safe_stem.encode()[:budget].decode(errors="ignore")
    return f".{cut}.", suffix


def _is_low_on_space(folder: Path) -> bool:
    try:
        stats = os.statvfs(folder)
    except OSError:
        return True
    # f_bfree, not f_bavail: root may write into the blocks reserved for it.
    return stats.f_bfree * stats.f_frsize < LOW_SPACE_BYTES


def _is_write_failure(err: Exception) -> bool:
    """Whether ``err`` is the file system's or a driver's refusal, not a bug or ours."""
    if isinstance(err, IncimapError):
        return False
    if isinstance(err, OSError | sqlite3.Error):
        return True
    # pyogrio's errors (GDAL's), matched by module so that this needs no GDAL import.
    return type(err).__module__.startswith("pyogrio")


def _reason(err: BaseException, *, folder: Path) -> str:
    """Say why a write failed, in one line: a full disk is named as such."""
    text = " ".join(str(err).split())
    full = "no space left on the device"
    chain: BaseException | None = err
    while chain is not None:
        if isinstance(chain, OSError) and chain.errno == errno.ENOSPC:
            return full
        chain = chain.__cause__ or chain.__context__
    if "disk is full" in text or "No space left" in text:
        return full
    with contextlib.suppress(OSError):
        # GDAL's messages do not always say so ("Unexpected I/O failure").
        if shutil.disk_usage(folder).free < 64 * 1024:
            return f"{full} ({text[:120]})"
    return text if len(text) <= 200 else text[:200] + "… (cut)"


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
