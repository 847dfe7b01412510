"""Where incimap keeps its gazetteer index and caches.

The folder comes from the ``INCIMAP_HOME`` environment variable, else the user cache
directory that platformdirs picks for the platform. Nothing is created on import.
"""

from __future__ import annotations

import os
from pathlib import Path

INDEX_FILENAME = "gazetteer.sqlite"
LOCK_FILENAME = "gazetteer.lock"


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
