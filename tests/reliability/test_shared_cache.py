"""Guarantee 3: four processes share one INCIMAP_HOME and lose nothing.

Each process keeps its index and its geocoder cache open for its whole run (as a long
``incimap extract`` does), geocodes names through the loopback Nominatim server (every
answer, "not found" included, is cached), adds its own places with ``gazetteer add``'s
API, and forces an index rebuild while the others keep working. Afterwards the file must
pass ``PRAGMA integrity_check`` and hold every cache row and every added place.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import time
from pathlib import Path

from gazetteer.build import build_index
from gazetteer.cache import GeocodeCache
from gazetteer.chain import CachedGeocoder
from gazetteer.geocoders import OnlineGeocoder
from gazetteer.home import index_path_for
from gazetteer.index import GazetteerIndex
from gazetteer.place import Place
from gazetteer.sources import PlaceRecord
from tests.gazetteer.nominatim_server import NominatimServer

WORKERS = 4
ROUNDS = 6
QUERIES_PER_ROUND = 4
USER_AGENT = "incimap-reliability-tests/1.0"


def _tiny_base() -> list[PlaceRecord]:
    """The packaged places, cut to one: the test is about files, not about cities500."""
    goris = Place("test:goris", "Goris", 39.5111, 46.3386, "P", "PPL", country="AM")
    return [PlaceRecord(goris, (("Goris", "name"),))]


def _added_place(worker: int, round_: int) -> PlaceRecord:
    name = f"Testplace {worker} {round_}"
    place = Place(
        f"user:w{worker}-r{round_}", name, 40.0 + worker / 10, 46.0 + round_ / 10, "P", "PPL"
    )
    return PlaceRecord(place, ((name, "name"),))


def _share_the_home(home: str, curated: str, url: str, worker: int) -> int:
    """Child process: geocode, add places and rebuild, with both handles kept open."""
    folder, curated_dir = Path(home), Path(curated)
    online = OnlineGeocoder(
        "nominatim", user_agent=USER_AGENT, url=url, min_delay_s=0.0, timeout_s=30.0
    )
    index = GazetteerIndex.open(folder, curated_dir=curated_dir, build=False)
    cache = GeocodeCache(index_path_for(folder))
    geocoded = 0
    try:
        geocoder = CachedGeocoder(online, cache=cache)
        (folder / f"ready-{worker}").touch()
        while len(list(folder.glob("ready-*"))) < WORKERS:
            time.sleep(0.01)  # start together, so the rebuilds overlap the others' work
        for round_ in range(ROUNDS):
            for query in range(QUERIES_PER_ROUND):
                # Unknown to the server: a "not found" answer, which must be cached too.
                geocoder.geocode(f"Nowhere {worker}-{round_}-{query}")
                geocoded += 1
            geocoder.geocode("Goris")  # a shared, found answer
            report = index.add_records([_added_place(worker, round_)], origin=f"w{worker}")
            assert report.imported == 1
            if round_ in (1, 4):
                build_index(folder, curated_dir=curated_dir, read_base=_tiny_base, force=True)
    finally:
        cache.close()
        index.close()
    return geocoded


def test_four_processes_geocode_add_and_rebuild_one_home(tmp_path: Path) -> None:
    home, curated = tmp_path / "home", tmp_path / "curated"
    home.mkdir()
    curated.mkdir()
    build_index(home, curated_dir=curated, read_base=_tiny_base)
    context = multiprocessing.get_context("spawn")
    with NominatimServer() as server, context.Pool(WORKERS) as pool:
        geocoded = pool.starmap(
            _share_the_home,
            [(str(home), str(curated), server.url, worker) for worker in range(WORKERS)],
        )
    assert geocoded == [ROUNDS * QUERIES_PER_ROUND] * WORKERS
    with sqlite3.connect(index_path_for(home)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        queries = {q for (q,) in conn.execute("SELECT query FROM geocode_cache")}
        user_ids = {p for (p,) in conn.execute("SELECT place_id FROM user_places")}
        place_ids = {p for (p,) in conn.execute("SELECT place_id FROM places")}
    expected_queries = {
        f"nowhere {w}-{r}-{q}"
        for w in range(WORKERS)
        for r in range(ROUNDS)
        for q in range(QUERIES_PER_ROUND)
    } | {"goris"}
    assert queries == expected_queries
    expected_ids = {f"user:w{w}-r{r}" for w in range(WORKERS) for r in range(ROUNDS)}
    assert user_ids == expected_ids
    assert place_ids == expected_ids | {"test:goris"}
