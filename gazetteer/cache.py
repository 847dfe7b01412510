"""The cache of online geocoder answers, kept in the same SQLite file as the offline index.

Every answer an online geocoder gives is stored, "not found" included, keyed by
(provider, normalized query, canonical JSON of the parameters) and honoured for a
time-to-live set per provider. Failures (timeouts, 429, 5xx, garbage) never reach this
module: only :class:`GeocodeAnswer` values do, and those exist only for real answers.

The table is created with ``CREATE TABLE IF NOT EXISTS`` and its name starts with
``geocode_cache`` so that an index rebuild copies it across. Several processes may share
the file: it runs in WAL mode with a busy timeout, and every write takes the write lock
up front (``BEGIN IMMEDIATE``) so that a reader turning writer cannot deadlock. The same
processes share each provider's request rate through ``geocode_cache_slots``.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType, TracebackType
from typing import IO, Any, Final, Literal

from gazetteer.errors import GazetteerError, IndexCorruptError
from gazetteer.home import INDEX_FILENAME, lock_path_for

Status = Literal["found", "not_found"]

DAY_S: Final = 86_400.0
_REBUILD: Final = (
    "rebuild it with 'incimap gazetteer build --force' (cached geocoder answers are lost)"
)

logger = logging.getLogger(__name__)

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS geocode_cache (
    provider    TEXT NOT NULL,
    query       TEXT NOT NULL,
    params      TEXT NOT NULL,
    answer_json TEXT NOT NULL,
    hits_json   TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('found', 'not_found')),
    fetched_at  REAL NOT NULL,
    PRIMARY KEY (provider, query, params)
) WITHOUT ROWID
"""

# One row per provider: when the next request may start, shared by every process that
# uses this file, so that four terminals together still send one request per second.
_SLOTS_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS geocode_cache_slots (
    provider TEXT PRIMARY KEY,
    next_at  REAL NOT NULL
)
"""

# A reservation further ahead than this means the wall clock jumped back; start afresh.
MAX_SLOT_WAIT_S: Final = 600.0

_UPSERT: Final = """
INSERT INTO geocode_cache (provider, query, params, answer_json, hits_json, status, fetched_at)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (provider, query, params) DO UPDATE SET
    answer_json = excluded.answer_json,
    hits_json   = excluded.hits_json,
    status      = excluded.status,
    fetched_at  = excluded.fetched_at
"""

_SELECT: Final = """
SELECT answer_json, hits_json, status, fetched_at FROM geocode_cache
WHERE provider = ? AND query = ? AND params = ?
"""


@dataclass(frozen=True, slots=True)
class CacheTtl:
    """How long an answer stays valid, in seconds, by whether it found something."""

    found_s: float
    not_found_s: float

    def for_status(self, status: Status) -> float:
        """Return the time-to-live of an answer with ``status``.

        >>> CacheTtl(found_s=10.0, not_found_s=2.0).for_status("not_found")
        2.0
        """
        return self.found_s if status == "found" else self.not_found_s


DEFAULT_TTL: Final = CacheTtl(found_s=30 * DAY_S, not_found_s=7 * DAY_S)

# Read-only on purpose: a caller who wants other TTLs passes its own mapping.
DEFAULT_TTLS: Final[Mapping[str, CacheTtl]] = MappingProxyType(
    {
        "nominatim": CacheTtl(found_s=30 * DAY_S, not_found_s=7 * DAY_S),
        "photon": CacheTtl(found_s=30 * DAY_S, not_found_s=7 * DAY_S),
        "geonames": CacheTtl(found_s=90 * DAY_S, not_found_s=14 * DAY_S),
    }
)


@dataclass(frozen=True, slots=True)
class Slot:
    """A reserved request time: start at ``start_at`` (unix s), ``wait_s`` from now."""

    start_at: float
    wait_s: float


@dataclass(frozen=True, slots=True)
class OnlineHit:
    """One result as geopy parsed it: a WGS84 point and the provider's address line."""

    lat: float
    lon: float
    address: str


@dataclass(frozen=True, slots=True)
class GeocodeAnswer:
    """A real answer of an online geocoder: zero or more hits, with the raw JSON kept.

    ``raw`` holds geopy's ``Location.raw`` of each hit, in the provider's own format;
    ``hits`` holds geopy's parsed view of the same results, so that any provider can be
    replayed from the cache even when we do not know its raw format.
    """

    provider: str
    query: str
    params_json: str
    raw: tuple[Mapping[str, Any], ...]
    hits: tuple[OnlineHit, ...]
    fetched_at: float
    from_cache: bool = field(default=False, compare=False)

    @property
    def status(self) -> Status:
        """``"found"`` when there is at least one hit, else ``"not_found"``."""
        return "found" if self.hits else "not_found"


def _identity_of(path: Path) -> tuple[int, int]:
    stat = os.stat(path)
    return stat.st_dev, stat.st_ino


def normalize_query(text: str) -> str:
    """Return the cache key form of a query: NFKC, case-folded, single-spaced.

    Online geocoders ignore case and spacing, so these variants share one entry; letters
    and diacritics are kept, because providers do not treat them all alike.

    >>> normalize_query("  Suqovuşan\\tVillage ")
    'suqovuşan village'
    """
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def to_params_json(params: Mapping[str, Any]) -> str:
    """Return the canonical JSON of query parameters: sorted keys, no spaces, no None.

    >>> to_params_json({"limit": 5, "country": "az", "viewbox": None})
    '{"country":"az","limit":5}'
    """
    kept = {key: value for key, value in params.items() if value is not None}
    return json.dumps(kept, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class GeocodeCache:
    """The ``geocode_cache`` table of one SQLite file. Not thread-safe: one per thread.

    ``clock`` returns unix seconds; tests pass their own to expire rows without waiting.
    ``ttls`` maps a provider name to its :class:`CacheTtl`; others use ``default_ttl``.

    When the file is the index of a home folder, writes take the home's build lock
    shared: an index rebuild (which holds it exclusively, copies this table, and renames
    a new file into place) never runs between a write and its commit. A cache that
    finds its file replaced reopens it, so later writes land in the new index.
    """

    def __init__(
        self,
        path: Path,
        *,
        ttls: Mapping[str, CacheTtl] = DEFAULT_TTLS,
        default_ttl: CacheTtl = DEFAULT_TTL,
        clock: Callable[[], float] = time.time,
        busy_timeout_s: float = 30.0,
    ) -> None:
        self.path = Path(path)
        self._ttls = MappingProxyType(dict(ttls))
        self._default_ttl = default_ttl
        self._clock = clock
        self._busy_timeout_s = busy_timeout_s
        self._lock_path = (
            lock_path_for(self.path.parent) if self.path.name == INDEX_FILENAME else None
        )
        self._lock_handle: IO[str] | None = None
        self._conn, self._identity = self._connect()

    def _connect(self) -> tuple[sqlite3.Connection, tuple[int, int]]:
        try:
            # isolation_level=None: we issue BEGIN ourselves, so sqlite3 opens no
            # implicit transactions that would hold locks between our statements.
            conn = sqlite3.connect(self.path, timeout=self._busy_timeout_s, isolation_level=None)
        except sqlite3.Error as err:
            raise GazetteerError(f"{self.path}: cannot open the geocoder cache: {err}") from err
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout_s * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL is corruption-safe in WAL mode; it only lets a power cut drop the
            # last answers, which a later lookup refetches. FULL would fsync every put.
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(_SCHEMA)
            conn.execute(_SLOTS_SCHEMA)
        except sqlite3.OperationalError as err:
            conn.close()
            raise GazetteerError(f"{self.path}: geocoder cache: {err}") from err
        except sqlite3.DatabaseError as err:
            conn.close()
            raise IndexCorruptError(
                f"{self.path}: not a readable SQLite file ({err}); {_REBUILD}"
            ) from err
        return conn, _identity_of(self.path)

    def _follow_replacement(self) -> None:
        """Reopen the file if an index rebuild renamed a new one into its place."""
        try:
            identity = _identity_of(self.path)
        except FileNotFoundError:
            return  # mid-rename or deleted: keep the connection; the next call retries
        if identity != self._identity:
            logger.info("%s was replaced (index rebuilt); reopening the cache", self.path)
            self._conn.close()
            self._conn, self._identity = self._connect()

    def ttl_for(self, provider: str) -> CacheTtl:
        """Return the time-to-live policy of ``provider``."""
        return self._ttls.get(provider, self._default_ttl)

    def get(self, provider: str, query: str, *, params_json: str) -> GeocodeAnswer | None:
        """Return the stored answer, or None when there is none or it has expired.

        ``query`` is normalized here, so callers may pass it as the user wrote it.
        """
        key = (provider, normalize_query(query), params_json)
        self._follow_replacement()
        with self._sqlite_errors():
            row = self._conn.execute(_SELECT, key).fetchone()
        if row is None:
            return None
        answer_json, hits_json, status, fetched_at = row
        age_s = self._clock() - fetched_at
        if age_s > self.ttl_for(provider).for_status(status):
            return None
        try:
            raw = tuple(json.loads(answer_json))
            hits = tuple(
                OnlineHit(lat=float(lat), lon=float(lon), address=str(address))
                for lat, lon, address in json.loads(hits_json)
            )
        except (ValueError, TypeError) as err:
            # A row edited or damaged by hand: treat it as missing, so it is refetched.
            logger.warning(
                "%s: unreadable cache row for %r (%s); ignoring it", self.path, key[1], err
            )
            return None
        return GeocodeAnswer(
            provider=provider,
            query=key[1],
            params_json=params_json,
            raw=raw,
            hits=hits,
            fetched_at=fetched_at,
            from_cache=True,
        )

    def put(self, answer: GeocodeAnswer) -> None:
        """Store ``answer`` (found or not), replacing any older one for the same key."""
        row = (
            answer.provider,
            normalize_query(answer.query),
            answer.params_json,
            json.dumps(list(answer.raw), ensure_ascii=False, sort_keys=True),
            json.dumps(
                [[hit.lat, hit.lon, hit.address] for hit in answer.hits], ensure_ascii=False
            ),
            answer.status,
            answer.fetched_at,
        )
        with self._write():
            self._conn.execute(_UPSERT, row)

    def reserve_slot(self, provider: str, *, min_delay_s: float) -> Slot:
        """Reserve the next request time of ``provider``, ``min_delay_s`` after the last.

        Every process sharing this file reserves from the same row, so together they
        keep the provider's rate; each then sleeps ``wait_s`` before its request.
        """
        now = self._clock()
        with self._write():
            row = self._conn.execute(
                "SELECT next_at FROM geocode_cache_slots WHERE provider = ?", (provider,)
            ).fetchone()
            start_at = now if row is None else max(now, float(row[0]))
            if start_at - now > MAX_SLOT_WAIT_S:
                start_at = now
            self._conn.execute(
                "INSERT INTO geocode_cache_slots (provider, next_at) VALUES (?, ?) "
                "ON CONFLICT (provider) DO UPDATE SET next_at = excluded.next_at",
                (provider, start_at + min_delay_s),
            )
        return Slot(start_at=start_at, wait_s=start_at - now)

    def count(self, *, provider: str | None = None) -> int:
        """Return how many rows the cache holds, fresh or expired."""
        if provider is None:
            (total,) = self._conn.execute("SELECT count(*) FROM geocode_cache").fetchone()
        else:
            (total,) = self._conn.execute(
                "SELECT count(*) FROM geocode_cache WHERE provider = ?", (provider,)
            ).fetchone()
        return int(total)

    def purge_expired(self) -> int:
        """Delete expired rows and return how many went."""
        now = self._clock()
        with self._write():
            rows = self._conn.execute(
                "SELECT provider, query, params, status, fetched_at FROM geocode_cache"
            ).fetchall()
            stale = [
                (provider, query, params)
                for provider, query, params, status, fetched_at in rows
                if now - fetched_at > self.ttl_for(provider).for_status(status)
            ]
            self._conn.executemany(
                "DELETE FROM geocode_cache WHERE provider = ? AND query = ? AND params = ?",
                stale,
            )
        return len(stale)

    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction, under the home's build lock (shared), in the live file."""
        with self._build_lock_shared():
            self._follow_replacement()
            with self._sqlite_errors():
                # The SQLite write lock is taken up front (see the module doc).
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")

    @contextlib.contextmanager
    def _build_lock_shared(self) -> Iterator[None]:
        if self._lock_path is None:
            yield
            return
        if self._lock_handle is None:
            # Opened once and kept: a flock is cheap, opening the file each time is not.
            self._lock_handle = self._lock_path.open("a")
        fcntl.flock(self._lock_handle.fileno(), fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(self._lock_handle.fileno(), fcntl.LOCK_UN)

    @contextlib.contextmanager
    def _sqlite_errors(self) -> Iterator[None]:
        """Turn SQLite's errors into ours, naming the file."""
        try:
            yield
        except sqlite3.OperationalError as err:
            # Locked past the busy timeout, read-only, disk full: the file is fine.
            raise GazetteerError(f"{self.path}: geocoder cache: {err}") from err
        except sqlite3.DatabaseError as err:
            raise IndexCorruptError(f"{self.path}: geocoder cache: {err}; {_REBUILD}") from err

    def close(self) -> None:
        """Close the connection; the last one to close checkpoints the WAL."""
        self._conn.close()
        if self._lock_handle is not None:
            self._lock_handle.close()
            self._lock_handle = None

    def __enter__(self) -> GeocodeCache:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
