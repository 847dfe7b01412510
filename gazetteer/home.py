"""Where incimap keeps its gazetteer index and caches.

The folder comes from the ``INCIMAP_HOME`` environment variable, else the user cache
directory that platformdirs picks for the platform. Nothing is created on import.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

INDEX_FILENAME = "gazetteer.sqlite"
LOCK_FILENAME = "gazetteer.lock"
MATCHER_FILENAME = "gazetteer.matcher"


def default_home() -> Path:
    """Return the incimap home folder: ``$INCIMAP_HOME`` or the user cache dir."""
    configured = os.environ.get("INCIMAP_HOME")
    if configured:
        return Path(configured).expanduser()
    # Imported here: platformdirs is cheap, but the env path is the common case in tests.
    import platformdirs

    return Path(platformdirs.user_cache_dir("incimap"))


def index_path_for(home: Path) -> Path:
    """Return the path of the SQLite index inside ``home``.

    >>> index_path_for(Path("/data/incimap")).as_posix()
    '/data/incimap/gazetteer.sqlite'
    """
    return home / INDEX_FILENAME


def lock_path_for(home: Path) -> Path:
    """Return the path of the lock file that serializes index builds in ``home``."""
    return home / LOCK_FILENAME


def matcher_path_for(home: Path) -> Path:
    """Return the path of the stored name matcher that sits beside the index in ``home``.

    >>> matcher_path_for(Path("/data/incimap")).as_posix()
    '/data/incimap/gazetteer.matcher'
    """
    return home / MATCHER_FILENAME


@contextlib.contextmanager
def build_lock(home: Path, *, shared: bool = False) -> Iterator[None]:
    """Hold the build lock of ``home``: exclusive to build, ``shared`` to write rows.

    A writer of rows that a rebuild copies across (user places, cached answers) holds it
    shared, so that no rebuild copies the old rows between its write and its commit.
    Builders of the index and of its name matcher hold it exclusive.
    """
    home.mkdir(parents=True, exist_ok=True)
    with lock_path_for(home).open("a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def fsync_path(path: Path) -> None:
    """Make ``path`` durable: a file's data, or a folder's entries (after a rename in it).

    The index build and the name matcher's store each write a temporary file, sync it,
    rename it over the old one, then sync the folder.
    """
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
