"""How every reader and writer opens the index file: WAL, a busy timeout, mapped pages.

Its own module so that the index build (:mod:`gazetteer.build`), the index
(:mod:`gazetteer.index`) and the name matcher's store (:mod:`gazetteer.matcher_store`),
which the build calls, all open the file the same way without importing each other.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Final

from gazetteer.errors import IndexCorruptError

BUSY_TIMEOUT_MS: Final = 30_000
REBUILD_HINT: Final = "rebuild it with 'incimap gazetteer build --force'"


def connect(path: Path) -> sqlite3.Connection:
    """Open ``path`` the way every reader and writer of the index must: WAL, busy timeout."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        # Lookups touch a few pages each; mapping the file saves a read() per page.
        conn.execute("PRAGMA mmap_size = 268435456")
    except sqlite3.DatabaseError as err:
        conn.close()
        raise IndexCorruptError(
            f"{path}: not a readable SQLite index ({err}); {REBUILD_HINT}"
        ) from err
    return conn
