"""The geocoder cache: keys, TTLs, hostile strings, WAL, corruption, and shared use.

The concurrency tests run real separate processes (multiprocessing with ``spawn``) on
one file, the way analysts share one ``INCIMAP_HOME`` from several terminals.
"""

from __future__ import annotations

import itertools
import multiprocessing
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer.build import build_index
from gazetteer.cache import (
    DAY_S,
    CacheTtl,
    GeocodeAnswer,
    GeocodeCache,
    OnlineHit,
    normalize_query,
    to_params_json,
)
from gazetteer.errors import GazetteerError, IndexCorruptError
from gazetteer.home import index_path_for
from gazetteer.index import GazetteerIndex
from gazetteer.place import Place
from gazetteer.sources import PlaceRecord

NOW_S = 1_700_000_000.0


@dataclass
class WallClock:
    """Unix seconds that a test moves forward by hand."""

    now_s: float = NOW_S

    def __call__(self) -> float:
        return self.now_s


def make_answer(
    query: str,
    *,
    provider: str = "nominatim",
    params: dict[str, object] | None = None,
    found: bool = True,
    fetched_at: float = NOW_S,
) -> GeocodeAnswer:
    raw = ({"osm_type": "node", "osm_id": 42, "lat": "40.3314", "lon": "46.7294"},)
    hits = (OnlineHit(lat=40.3314, lon=46.7294, address=f"{query}, Tartar District"),)
    return GeocodeAnswer(
        provider=provider,
        query=query,
        params_json=to_params_json(params or {"limit": 5}),
        raw=raw if found else (),
        hits=hits if found else (),
        fetched_at=fetched_at,
    )


@pytest.fixture
def clock() -> WallClock:
    return WallClock()


@pytest.fixture
def cache(tmp_path: Path, clock: WallClock) -> Iterator[GeocodeCache]:
    opened = GeocodeCache(tmp_path / "gazetteer.sqlite", clock=clock)
    yield opened
    opened.close()


def test_found_answer_round_trips(cache: GeocodeCache) -> None:
    answer = make_answer("Madagiz")
    cache.put(answer)
    got = cache.get("nominatim", "Madagiz", params_json=answer.params_json)
    assert got is not None
    assert got.from_cache
    assert got.status == "found"
    assert got.hits == answer.hits
    assert got.raw == answer.raw
    assert got.fetched_at == NOW_S


def test_not_found_is_cached_as_not_found(cache: GeocodeCache) -> None:
    answer = make_answer("Xqzzyville", found=False)
    cache.put(answer)
    got = cache.get("nominatim", "Xqzzyville", params_json=answer.params_json)
    assert got is not None
    assert got.status == "not_found"
    assert got.hits == ()


def test_missing_key_is_none(cache: GeocodeCache) -> None:
    assert cache.get("nominatim", "Goris", params_json="{}") is None
    assert cache.count() == 0


@pytest.mark.parametrize("variant", ["MADAGIZ", "  madagiz ", "Madagiz\t"])
def test_query_variants_share_one_entry(cache: GeocodeCache, variant: str) -> None:
    answer = make_answer("Madagiz")
    cache.put(answer)
    assert cache.get("nominatim", variant, params_json=answer.params_json) is not None


def test_key_includes_provider_and_params(cache: GeocodeCache) -> None:
    answer = make_answer("Martuni", params={"limit": 5, "country_codes": "am"})
    cache.put(answer)
    other_params = to_params_json({"limit": 5, "country_codes": "az"})
    assert cache.get("nominatim", "Martuni", params_json=other_params) is None
    assert cache.get("photon", "Martuni", params_json=answer.params_json) is None
    assert cache.get("nominatim", "Martuni", params_json=answer.params_json) is not None


def test_put_replaces_the_older_answer(cache: GeocodeCache) -> None:
    cache.put(make_answer("Goris", found=False, fetched_at=NOW_S - 10))
    cache.put(make_answer("Goris", found=True))
    got = cache.get("nominatim", "Goris", params_json=to_params_json({"limit": 5}))
    assert got is not None
    assert got.status == "found"
    assert got.fetched_at == NOW_S
    assert cache.count() == 1


@pytest.mark.parametrize(
    ("found", "fresh_days", "stale_days"),
    [(True, 29.9, 30.1), (False, 6.9, 7.1)],
    ids=["found-30-days", "not-found-7-days"],
)
def test_nominatim_ttl_depends_on_the_status(
    cache: GeocodeCache, clock: WallClock, found: bool, fresh_days: float, stale_days: float
) -> None:
    answer = make_answer("Lachin", found=found)
    cache.put(answer)
    clock.now_s = NOW_S + fresh_days * DAY_S
    assert cache.get("nominatim", "Lachin", params_json=answer.params_json) is not None
    clock.now_s = NOW_S + stale_days * DAY_S
    assert cache.get("nominatim", "Lachin", params_json=answer.params_json) is None
    # The expired row stays until purged or replaced.
    assert cache.count() == 1
    assert cache.purge_expired() == 1
    assert cache.count() == 0


def test_ttls_are_configurable_per_provider(tmp_path: Path, clock: WallClock) -> None:
    ttls = {"photon": CacheTtl(found_s=60.0, not_found_s=10.0)}
    with GeocodeCache(tmp_path / "g.sqlite", ttls=ttls, clock=clock) as cache:
        answer = make_answer("Goris", provider="photon")
        cache.put(answer)
        clock.now_s = NOW_S + 59
        assert cache.get("photon", "Goris", params_json=answer.params_json) is not None
        clock.now_s = NOW_S + 61
        assert cache.get("photon", "Goris", params_json=answer.params_json) is None
        # A provider without an entry falls back to the default (30 days).
        assert cache.ttl_for("nominatim").found_s == 30 * DAY_S


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE geocode_cache; --",
        'Goris" OR 1=1 --',
        "Ханкенди",
        "Ստեփանակերտ",
        "Xankəndi\u200b",
        "\u202eevil",
        "<script>alert(1)</script>",
    ],
)
def test_hostile_queries_are_stored_as_plain_data(cache: GeocodeCache, query: str) -> None:
    answer = make_answer(query)
    cache.put(answer)
    got = cache.get("nominatim", query, params_json=answer.params_json)
    assert got is not None
    assert got.hits[0].address == f"{query}, Tartar District"
    assert cache.count() == 1


def test_the_file_is_in_wal_mode_with_our_table(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.sqlite"
    GeocodeCache(path).close()
    with sqlite3.connect(path) as conn:
        (mode,) = conn.execute("PRAGMA journal_mode").fetchone()
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    assert mode == "wal"
    assert "geocode_cache" in tables


def test_cache_lives_beside_other_tables_of_the_same_file(tmp_path: Path) -> None:
    """The index owns the file; the cache only adds its table and leaves the rest."""
    path = tmp_path / "gazetteer.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE places (place_id TEXT PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO places VALUES ('x:1', 'Goris')")
    with GeocodeCache(path) as cache:
        cache.put(make_answer("Goris"))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM places").fetchall() == [("Goris",)]


def test_a_garbage_file_is_reported_as_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.sqlite"
    path.write_bytes(b"this is not sqlite at all " * 200)
    with pytest.raises(IndexCorruptError) as caught:
        GeocodeCache(path)
    assert str(path) in str(caught.value)
    assert "rebuild" in str(caught.value)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_normalize_query_is_idempotent(text: str) -> None:
    once = normalize_query(text)
    assert normalize_query(once) == once


@settings(max_examples=40, deadline=None)
@given(query=st.text(min_size=1, max_size=30), country=st.sampled_from([None, "am", "az"]))
def test_any_query_round_trips(
    tmp_path_factory: pytest.TempPathFactory, query: str, country: str | None
) -> None:
    path = tmp_path_factory.mktemp("prop") / "g.sqlite"
    with GeocodeCache(path, clock=WallClock()) as cache:
        answer = make_answer(query, params={"limit": 5, "country_codes": country})
        cache.put(answer)
        got = cache.get("nominatim", query, params_json=answer.params_json)
    assert got is not None
    assert got.hits == answer.hits


# --- several processes on one file -----------------------------------------------------

ROWS_PER_WORKER = 150
SHARED_ROWS = 20


def _write_rows(path: str, worker: int) -> int:
    """Child process: write its own rows and the shared ones; return how many it wrote."""
    written = 0
    with GeocodeCache(Path(path), clock=lambda: NOW_S) as cache:
        for row in range(ROWS_PER_WORKER):
            cache.put(make_answer(f"place {worker}-{row}", found=row % 3 != 0))
            written += 1
            if row % 5 == 0:
                # Readers interleave with writers, as in a real run.
                cache.get("nominatim", f"place {worker}-0", params_json='{"limit":5}')
        for row in range(SHARED_ROWS):
            cache.put(make_answer(f"shared {row}"))
            written += 1
    return written


@pytest.mark.parametrize("workers", [2, 4])
def test_processes_sharing_the_file_lose_nothing(tmp_path: Path, workers: int) -> None:
    path = tmp_path / "gazetteer.sqlite"
    GeocodeCache(path).close()
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers) as pool:
        written = pool.starmap(_write_rows, [(str(path), w) for w in range(workers)])
    assert written == [ROWS_PER_WORKER + SHARED_ROWS] * workers
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        queries = {q for (q,) in conn.execute("SELECT query FROM geocode_cache")}
    expected = {f"place {w}-{r}" for w in range(workers) for r in range(ROWS_PER_WORKER)}
    expected |= {f"shared {r}" for r in range(SHARED_ROWS)}
    assert queries == expected


# --- damage, locks, and the index that owns the file -----------------------------------


def test_a_damaged_row_is_ignored_and_can_be_replaced(cache: GeocodeCache) -> None:
    answer = make_answer("Goris")
    cache.put(answer)
    with sqlite3.connect(cache.path) as conn:
        conn.execute("UPDATE geocode_cache SET hits_json = '{not json'")
    assert cache.get("nominatim", "Goris", params_json=answer.params_json) is None
    cache.put(answer)
    assert cache.get("nominatim", "Goris", params_json=answer.params_json) is not None


def test_a_lock_held_too_long_is_our_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.sqlite"
    with GeocodeCache(path, busy_timeout_s=0.05) as cache:
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another process mid-write, for too long
        try:
            with pytest.raises(GazetteerError) as caught:
                cache.put(make_answer("Goris"))
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert str(path) in str(caught.value)
        assert not isinstance(caught.value, IndexCorruptError)
        cache.put(make_answer("Goris"))  # once the lock is gone, writes work again
        assert cache.count() == 1


def test_cached_answers_survive_an_index_rebuild(tmp_path: Path) -> None:
    """The index build copies ``geocode_cache*`` tables into the new file."""
    home, curated = tmp_path / "home", tmp_path / "curated"
    home.mkdir()
    curated.mkdir()

    def tiny_base() -> list[PlaceRecord]:
        goris = Place("test:goris", "Goris", 39.5111, 46.3386, "P", "PPL", country="AM")
        return [PlaceRecord(goris, (("Goris", "name"),))]

    build_index(home, curated_dir=curated, read_base=tiny_base)
    with GeocodeCache(index_path_for(home), clock=WallClock()) as cache:
        cache.put(make_answer("Zyxloopia"))
        cache.put(make_answer("Xqzzyville", found=False))
    assert build_index(home, curated_dir=curated, read_base=tiny_base, force=True).built
    with GeocodeCache(index_path_for(home), clock=WallClock()) as cache:
        params_json = to_params_json({"limit": 5})
        found = cache.get("nominatim", "Zyxloopia", params_json=params_json)
        missing = cache.get("nominatim", "Xqzzyville", params_json=params_json)
        assert cache.count() == 2
    assert found is not None and found.status == "found"
    assert missing is not None and missing.status == "not_found"
    with GazetteerIndex.open(home, curated_dir=curated, build=False) as index:
        assert index.resolve("Goris").place is not None


# --- a request rate shared between processes -------------------------------------------


def test_slots_are_spaced_by_the_minimum_delay(cache: GeocodeCache, clock: WallClock) -> None:
    first = cache.reserve_slot("nominatim", min_delay_s=1.0)
    second = cache.reserve_slot("nominatim", min_delay_s=1.0)
    other = cache.reserve_slot("photon", min_delay_s=1.0)  # each provider has its own
    assert (first.wait_s, second.wait_s, other.wait_s) == (0.0, 1.0, 0.0)
    assert second.start_at == first.start_at + 1.0
    clock.now_s += 5.0
    assert cache.reserve_slot("nominatim", min_delay_s=1.0).wait_s == 0.0


def test_a_wall_clock_jumping_back_does_not_stall_requests(
    cache: GeocodeCache, clock: WallClock
) -> None:
    cache.reserve_slot("nominatim", min_delay_s=1.0)
    clock.now_s -= 3 * DAY_S  # the system clock was corrected backwards
    assert cache.reserve_slot("nominatim", min_delay_s=1.0).wait_s == 0.0


SLOTS_PER_WORKER = 25
SLOT_DELAY_S = 0.05


def _reserve_slots(path: str) -> list[float]:
    """Child process: reserve slots as fast as it can; return their start times."""
    with GeocodeCache(Path(path)) as cache:
        return [
            cache.reserve_slot("nominatim", min_delay_s=SLOT_DELAY_S).start_at
            for _ in range(SLOTS_PER_WORKER)
        ]


def test_processes_share_one_request_rate(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.sqlite"
    GeocodeCache(path).close()
    with multiprocessing.get_context("spawn").Pool(3) as pool:
        starts = sorted(s for worker in pool.map(_reserve_slots, [str(path)] * 3) for s in worker)
    assert len(starts) == 3 * SLOTS_PER_WORKER
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    # Reservations are serialized by SQLite's write lock: no two requests closer than
    # the delay, whichever process made them. (Unix times near 1.7e9 carry ~1e-7 s of
    # float rounding, hence the tolerance.)
    assert min(gaps) >= SLOT_DELAY_S - 1e-6


REBUILDS = 5


def _tiny_base() -> list[PlaceRecord]:
    goris = Place("test:goris", "Goris", 39.5111, 46.3386, "P", "PPL", country="AM")
    return [PlaceRecord(goris, (("Goris", "name"),))]


def _write_while_rebuilt(home: str) -> int:
    """Child process: write cache rows one by one until the rebuilds are over."""
    folder = Path(home)
    written = 0
    with GeocodeCache(index_path_for(folder), clock=lambda: NOW_S) as cache:
        while not (folder / "rebuilds-done").exists() or written < 50:
            cache.put(make_answer(f"during rebuild {written}"))
            written += 1
            if written == 20:
                (folder / "writer-started").touch()
    return written


def _rebuild_repeatedly(home: str, curated: str) -> int:
    """Child process: once the writer runs, force index rebuilds, then say so."""
    folder = Path(home)
    while not (folder / "writer-started").exists():
        time.sleep(0.01)
    for _ in range(REBUILDS):
        build_index(folder, curated_dir=Path(curated), read_base=_tiny_base, force=True)
    (folder / "rebuilds-done").touch()
    return REBUILDS


def test_rows_written_during_index_rebuilds_are_not_lost(tmp_path: Path) -> None:
    home, curated = tmp_path / "home", tmp_path / "curated"
    home.mkdir()
    curated.mkdir()
    build_index(home, curated_dir=curated, read_base=_tiny_base)
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        writer = pool.apply_async(_write_while_rebuilt, (str(home),))
        builder = pool.apply_async(_rebuild_repeatedly, (str(home), str(curated)))
        written = writer.get(timeout=120)
        assert builder.get(timeout=120) == REBUILDS
    with sqlite3.connect(index_path_for(home)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        (rows,) = conn.execute("SELECT count(*) FROM geocode_cache").fetchone()
        (places,) = conn.execute("SELECT count(*) FROM places").fetchone()
    assert (rows, places) == (written, 1)
