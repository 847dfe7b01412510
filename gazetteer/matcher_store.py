"""The stored name matcher of a home: built with the index, kept beside it, loaded fast.

``gazetteer.matcher`` sits next to ``gazetteer.sqlite``. It is written by the index build
(:func:`gazetteer.build.build_index`, under the build lock) and whenever a process finds
it missing or stale: an older home, or names added since (an import). A stale one is
told apart by its signature, a hash of what it was built from:

- the index's source ``fingerprint`` and its ``names_version`` (a token that every
  build and every import of names renews, in the same transaction as the names);
- the folding and matcher code (``spot.py``, ``matcher.py``, hashed as the process
  imported them, not as they are on disk when it signs: see
  :func:`gazetteer.matcher.source_sha256`) and the demonym list;
- the installed ``anyascii`` (it folds characters) and ``daachorse`` (its format).

A build writes ``gazetteer.matcher.tmp-<pid>`` and renames it over the old file, so a
reader finds the old matcher, the new one or none, never half of one; a killed build
leaves the old file, whose signature then no longer matches. Builders hold the home's
build lock, and one that waited loads what the other built instead of building again.

An importer of names needs to do nothing: the next text-reading command rebuilds the
matcher once, with a message. To pay that at import time instead, call
:func:`rebuild_matcher` after the rows are committed.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import logging
import os
import sqlite3
from pathlib import Path
from typing import Final

from gazetteer.connection import connect
from gazetteer.home import build_lock, fsync_path, index_path_for, matcher_path_for
from gazetteer.matcher import FORMAT_VERSION, MatcherFileError, NameMatcher

log = logging.getLogger(__name__)

# Bump when the patterns change in a way that the hashed files do not show.
MATCHER_VERSION: Final = "1"


def _package_signature(module_file: str | None) -> str:
    # Size and mtime of the package's files stand in for its version: importlib.metadata
    # costs 30 ms at every start, and a reinstall or upgrade changes them anyway.
    if module_file is None:
        return "missing"
    folder = Path(module_file).parent
    parts = []
    for path in sorted(folder.iterdir()):
        if path.suffix in (".py", ".so", ".zip", ".bin") or path.is_dir():
            stat = path.stat()
            parts.append(f"{path.name}={stat.st_size}:{stat.st_mtime_ns}")
    return ",".join(parts)


def code_signature() -> str:
    """What in the code and packages shapes the matcher (hashed into its signature)."""
    import anyascii

    from gazetteer import matcher, spot

    # Where daachorse is installed, without loading it: a one-report run never does.
    daachorse = importlib.util.find_spec("daachorse")
    from gazetteer.demonyms import DEMONYMS

    parts = [
        f"matcher_version={MATCHER_VERSION}",
        f"format={FORMAT_VERSION}",
        f"spot={spot.SOURCE_SHA256}",
        f"matcher={matcher.SOURCE_SHA256}",
        f"demonyms={hashlib.sha256(repr(sorted(DEMONYMS.items())).encode()).hexdigest()}",
        f"anyascii={_package_signature(anyascii.__file__)}",
        f"daachorse={_package_signature(None if daachorse is None else daachorse.origin)}",
    ]
    return "\n".join(parts)


def _index_state(conn: sqlite3.Connection) -> str:
    rows = conn.execute(
        "SELECT key, value FROM meta WHERE key IN ('fingerprint', 'names_version') ORDER BY key"
    ).fetchall()
    return "\n".join(f"{key}={value}" for key, value in rows)


def matcher_signature(conn: sqlite3.Connection, *, code: str | None = None) -> str:
    """The signature a matcher built now from the index behind ``conn`` would carry."""
    code = code_signature() if code is None else code
    return hashlib.sha256(f"{code}\n{_index_state(conn)}".encode()).hexdigest()


def build_matcher(conn: sqlite3.Connection) -> tuple[NameMatcher, str]:
    """Build the matcher from the index's names; return it with its signature.

    The names and the signature are read in one transaction, so they agree even if an
    import commits meanwhile.
    """
    from gazetteer.spot import fold_patterns

    code = code_signature()
    conn.execute("BEGIN")
    try:
        signature = matcher_signature(conn, code=code)
        keys = [
            (str(key), int(population))
            for key, population in conn.execute(
                "SELECT key, MAX(population) FROM names GROUP BY key ORDER BY key"
            )
        ]
    finally:
        conn.execute("COMMIT")
    return NameMatcher.build(fold_patterns(keys)), signature


def write_matcher(home: Path, conn: sqlite3.Connection) -> NameMatcher:
    """Build the matcher of ``home``'s index (open as ``conn``) and store it atomically.

    The caller holds the home's build lock. Returns the matcher that it built.
    """
    path = matcher_path_for(home)
    for stale in home.glob(f"{path.name}.tmp-*"):
        stale.unlink()  # left by a build that was killed; we hold the lock
    matcher, signature = build_matcher(conn)
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    try:
        matcher.write(tmp, signature=signature)
        fsync_path(tmp)
        os.replace(tmp, path)
        fsync_path(path.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return matcher


def load_matcher(home: Path, conn: sqlite3.Connection) -> NameMatcher:
    """The current matcher of ``home``'s index: the stored one, else built and stored once.

    A home that cannot be written (read-only, disk full) still gets a matcher, built in
    memory for this process, with a warning.
    """
    path = matcher_path_for(home)
    code = code_signature()
    try:
        return NameMatcher.read(path, signature=matcher_signature(conn, code=code))
    except MatcherFileError as missing:
        reason = missing
    try:
        with build_lock(home):
            try:
                # Another process may have built it while this one waited for the lock.
                return NameMatcher.read(path, signature=matcher_signature(conn, code=code))
            except MatcherFileError as err:
                reason = err
            log.warning(
                "building the name matcher of %s (%s); this takes a few seconds, once",
                index_path_for(home),
                "none yet" if not path.exists() else reason,
            )
            return write_matcher(home, conn)
    except OSError as err:
        log.warning("cannot store the name matcher in %s (%s); building it in memory", home, err)
        return build_matcher(conn)[0]


def rebuild_matcher(home: Path) -> Path:
    """Rebuild and store the matcher of ``home``'s index now (after an import of names).

    Returns the matcher's path. Not needed for correctness: a stale matcher is rebuilt
    when next loaded; this moves that cost to the import.
    """
    with build_lock(home), contextlib.closing(connect(index_path_for(home))) as conn:
        write_matcher(home, conn)
    return matcher_path_for(home)
