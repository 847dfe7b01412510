"""The lookup chain on the real offline index, with geopy's real clients on loopback.

The index is the session's real one (cities500, admin areas, data/gazetteer); the
online side is a loopback server in Nominatim's (Photon's, GeoNames') format. The
server counts requests, so "served from the cache" is checked, not assumed.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from gazetteer.cache import DAY_S, GeocodeCache
from gazetteer.chain import CachedGeocoder, Gazetteer, open_gazetteer
from gazetteer.errors import GeocoderError, GeocoderRateLimited, GeocoderUnavailable
from gazetteer.geocoders import OnlineGeocoder
from gazetteer.home import index_path_for
from gazetteer.index import GazetteerIndex
from tests.gazetteer.nominatim_server import FAULT_MODES, Flavour, Mode, NominatimServer

USER_AGENT = "incimap-tests/1.0 (tests@example.org)"
FICTIONAL = "Zyxloopia"  # known to the loopback server only
FICTIONAL_LATLON = (40.0123, 46.0456)
NOW_S = 1_700_000_000.0
REPO = Path(__file__).resolve().parents[2]


@dataclass
class FakeTime:
    """A monotonic clock moved only by sleeping, and a wall clock moved by hand."""

    monotonic_s: float = 0.0
    wall_s: float = NOW_S
    sleeps: list[float] = field(default_factory=list)

    def clock(self) -> float:
        return self.monotonic_s

    def wall(self) -> float:
        return self.wall_s

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.monotonic_s += seconds


@dataclass
class Chain:
    """A server, a cache file of the test's own, and chains built on them."""

    server: NominatimServer
    cache: GeocodeCache
    index: GazetteerIndex
    time: FakeTime
    flavour: Flavour = "nominatim"

    def online(self, *, timeout_s: float = 10.0) -> CachedGeocoder:
        # A generous timeout: a spurious one on a loaded machine would change the counts.
        geocoder = OnlineGeocoder(
            self.flavour,
            user_agent=USER_AGENT,
            url=self.server.url,
            credentials={"username": "incimap_tests"} if self.flavour == "geonames" else None,
            timeout_s=timeout_s,
            min_delay_s=0.0,
            clock=self.time.clock,
            wall_clock=self.time.wall,
            sleep=self.time.sleep,
        )
        return CachedGeocoder(geocoder, cache=self.cache)

    def gazetteer(self, *, timeout_s: float = 10.0, **options: object) -> Gazetteer:
        online = self.online(timeout_s=timeout_s)
        return Gazetteer(self.index, online=online, **options)  # type: ignore[arg-type]


def make_chain(
    index: GazetteerIndex, tmp_path: Path, *, flavour: Flavour = "nominatim"
) -> Iterator[Chain]:
    fake_time = FakeTime()
    with (
        NominatimServer(flavour=flavour) as server,
        GeocodeCache(tmp_path / "cache.sqlite", clock=fake_time.wall) as cache,
    ):
        yield Chain(server=server, cache=cache, index=index, time=fake_time, flavour=flavour)


@pytest.fixture
def chain(gazetteer_index: GazetteerIndex, tmp_path: Path) -> Iterator[Chain]:
    yield from make_chain(gazetteer_index, tmp_path)


@pytest.fixture(params=["nominatim", "photon", "geonames"])
def any_chain(
    request: pytest.FixtureRequest, gazetteer_index: GazetteerIndex, tmp_path: Path
) -> Iterator[Chain]:
    yield from make_chain(gazetteer_index, tmp_path, flavour=request.param)


# --- the order of the chain ------------------------------------------------------------


def test_without_a_geocoder_it_is_the_offline_index(gazetteer_index: GazetteerIndex) -> None:
    resolution = Gazetteer(gazetteer_index).resolve("Madagiz")
    assert resolution == gazetteer_index.resolve("Madagiz")
    assert resolution.place is not None
    assert resolution.source == "offline"


def test_a_confident_offline_place_never_goes_online(chain: Chain) -> None:
    resolution = chain.gazetteer().resolve("Madagiz")
    assert resolution.place is not None
    assert resolution.place.place_id == chain.index.resolve("Madagiz").place.place_id  # type: ignore[union-attr]
    assert chain.server.requests == 0
    assert chain.cache.count() == 0


def test_an_unknown_name_goes_online_once_then_comes_from_the_cache(any_chain: Chain) -> None:
    assert any_chain.index.resolve(FICTIONAL).place is None  # the premise of this test
    first = any_chain.gazetteer().resolve(FICTIONAL)
    assert first.place is not None
    assert (first.place.lat, first.place.lon) == pytest.approx(FICTIONAL_LATLON, abs=1e-4)
    assert first.source == any_chain.flavour
    assert first.place.source == any_chain.flavour
    assert any_chain.flavour in first.reason
    assert any_chain.server.requests == 1
    assert any_chain.cache.count() == 1

    # A new chain (a later run) on the same cache file: zero requests.
    second = any_chain.gazetteer().resolve(FICTIONAL.upper())
    assert any_chain.server.requests == 1
    assert second.place == first.place
    assert "cached answer" in second.reason


def test_nominatim_places_are_named_by_osm_id(chain: Chain) -> None:
    resolution = chain.gazetteer().resolve(FICTIONAL)
    assert resolution.place is not None
    assert resolution.place.place_id == "nominatim:node/301008"
    assert resolution.place.country == "AZ"
    # Candidates are ranked with the winner first, as the offline index does.
    assert [c.place for c in resolution.candidates] == [resolution.place]
    assert resolution.confidence > 0.5


def test_not_found_online_is_cached_and_not_asked_again(chain: Chain) -> None:
    first = chain.gazetteer().resolve("Xqzzyville")
    assert first.place is None
    assert "nominatim found nothing" in first.reason
    assert chain.server.requests == 1
    with sqlite3.connect(chain.cache.path) as conn:
        assert conn.execute("SELECT status, answer_json FROM geocode_cache").fetchall() == [
            ("not_found", "[]")
        ]
    second = chain.gazetteer().resolve("Xqzzyville")
    assert second.place is None
    assert chain.server.requests == 1
    assert "cached answer" in second.reason


def test_prefer_online_asks_even_when_offline_is_sure(chain: Chain) -> None:
    offline = chain.index.resolve("Goris")
    assert chain.gazetteer().is_confident(offline)
    resolution = chain.gazetteer(prefer_online=True).resolve("Goris")
    assert resolution.source == "nominatim"
    assert resolution.place is not None
    assert resolution.place.place_id == "nominatim:node/301003"
    assert chain.server.requests == 1


def test_an_unsure_offline_answer_goes_online(chain: Chain) -> None:
    offline = chain.index.resolve("Goris")
    strict = chain.gazetteer(min_confidence=min(1.0, offline.confidence + 0.01))
    assert not strict.is_confident(offline)
    assert strict.resolve("Goris").source == "nominatim"
    assert chain.server.requests == 1


def test_a_fresh_cached_answer_comes_first(chain: Chain) -> None:
    """Step 1 of the chain: what was fetched before is reused, even for a known name."""
    chain.gazetteer(prefer_online=True).resolve("Goris")
    again = chain.gazetteer().resolve("Goris")
    assert again.source == "nominatim"
    assert chain.server.requests == 1


def test_online_not_found_keeps_the_offline_answer(chain: Chain) -> None:
    chain.server.always("empty")
    strict = chain.gazetteer(min_confidence=1.01)
    resolution = strict.resolve("Goris")
    assert resolution.place == chain.index.resolve("Goris").place
    assert resolution.reason.endswith("nominatim found nothing")


def test_country_is_part_of_the_cache_key(chain: Chain) -> None:
    gazetteer = chain.gazetteer(prefer_online=True)
    armenian = gazetteer.resolve("Martuni", country="AM")
    azerbaijani = gazetteer.resolve("Martuni", country="AZ")
    assert armenian.place is not None and azerbaijani.place is not None
    assert (armenian.place.country, azerbaijani.place.country) == ("AM", "AZ")
    assert chain.cache.count() == 2
    gazetteer.resolve("Martuni", country="AM")
    assert chain.server.requests == 2


def test_homonyms_online_become_runners_up(chain: Chain) -> None:
    resolution = chain.gazetteer(prefer_online=True).resolve("Martuni")
    assert resolution.place is not None
    best, runner_up = resolution.candidates
    assert best.place == resolution.place
    assert runner_up.match_kind == "online"
    assert runner_up.score < best.score
    assert runner_up.place.country != resolution.place.country
    assert resolution.confidence < 0.8  # two answers: less sure than one


def test_expired_answers_are_fetched_again(chain: Chain) -> None:
    chain.gazetteer().resolve(FICTIONAL)
    chain.time.wall_s = NOW_S + 29 * DAY_S
    chain.gazetteer().resolve(FICTIONAL)
    assert chain.server.requests == 1
    chain.time.wall_s = NOW_S + 31 * DAY_S
    refetched = chain.gazetteer().resolve(FICTIONAL)
    assert chain.server.requests == 2
    assert "fresh answer" in refetched.reason
    assert chain.cache.count() == 1  # replaced, not duplicated


def test_expired_not_found_is_asked_again_after_7_days(chain: Chain) -> None:
    chain.gazetteer().resolve("Xqzzyville")
    chain.time.wall_s = NOW_S + 7.5 * DAY_S
    chain.gazetteer().resolve("Xqzzyville")
    assert chain.server.requests == 2


# --- faults: retried, raised, never cached ---------------------------------------------


@pytest.mark.parametrize("mode", FAULT_MODES)
def test_a_fault_is_retried_raised_and_never_cached(any_chain: Chain, mode: Mode) -> None:
    any_chain.server.always(mode)
    with pytest.raises(GeocoderError) as caught:
        any_chain.gazetteer(timeout_s=0.25 if mode == "slow" else 10.0).resolve(FICTIONAL)
    expected = GeocoderRateLimited if mode == "429" else GeocoderUnavailable
    assert isinstance(caught.value, expected)
    assert any_chain.server.requests == 4  # the default policy: 4 attempts
    assert len(any_chain.time.sleeps) == 3
    assert any_chain.time.sleeps == sorted(any_chain.time.sleeps)  # backoff grows
    assert any_chain.cache.count() == 0

    any_chain.server.always("normal")
    resolution = any_chain.gazetteer().resolve(FICTIONAL)
    assert resolution.place is not None
    assert any_chain.cache.count() == 1


def test_fallback_on_error_keeps_the_offline_answer_and_says_why(chain: Chain) -> None:
    chain.server.always("503")
    lenient = chain.gazetteer(min_confidence=1.01, fallback_on_error=True)
    resolution = lenient.resolve("Goris")
    assert resolution.place == chain.index.resolve("Goris").place
    assert "online lookup failed" in resolution.reason
    assert chain.cache.count() == 0


# --- opening from a home folder --------------------------------------------------------


def test_open_gazetteer_caches_in_the_index_file(gazetteer_home_copy: Path, tmp_path: Path) -> None:
    with NominatimServer() as server:
        with open_gazetteer(
            gazetteer_home_copy,
            geocoder="nominatim",
            user_agent=USER_AGENT,
            geocoder_url=server.url,
        ) as gazetteer:
            assert gazetteer.resolve(FICTIONAL).source == "nominatim"
        with open_gazetteer(
            gazetteer_home_copy,
            geocoder="nominatim",
            user_agent=USER_AGENT,
            geocoder_url=server.url,
        ) as gazetteer:
            assert gazetteer.resolve(FICTIONAL).source == "nominatim"
        assert server.requests == 1
    with sqlite3.connect(index_path_for(gazetteer_home_copy)) as conn:
        assert conn.execute("SELECT count(*) FROM geocode_cache").fetchone() == (1,)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_an_offline_run_loads_no_geocoder_and_opens_no_socket(gazetteer_home: Path) -> None:
    script = """
import socket, sys
def refuse(*args, **kwargs):
    raise AssertionError("an offline run opened a network connection")
socket.socket.connect = refuse
socket.create_connection = refuse
from gazetteer.chain import open_gazetteer
with open_gazetteer() as gazetteer:
    assert gazetteer.online is None
    for name in ("Madagiz", "Xqzzyville", "Goris"):
        gazetteer.resolve(name)
loaded = sorted(m for m in sys.modules if m.startswith(("gazetteer.geocoders", "geopy.geocoders")))
print(",".join(loaded) or "none")
"""
    env = {**os.environ, "INCIMAP_HOME": str(gazetteer_home)}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "none"


# --- several processes on one home -----------------------------------------------------

NAMES_PER_WORKER = 12


def _geocode_in_a_process(home: str, url: str, worker: int) -> int:
    """Child process: resolve names through the full chain on the shared home."""
    done = 0
    index = GazetteerIndex.open(Path(home), build=False)
    online = OnlineGeocoder(
        "nominatim",
        user_agent=USER_AGENT,
        url=url,
        min_delay_s=0.0,  # our own server
    )
    cached = CachedGeocoder(online, cache=GeocodeCache(index.path))
    gazetteer = Gazetteer(index, online=cached, closing=(index.close,))
    with gazetteer:
        for i in range(NAMES_PER_WORKER):
            gazetteer.resolve(f"Qq{worker}x{i}zz")  # unknown everywhere: cached not_found
            done += 1
        gazetteer.resolve(FICTIONAL)  # the same key from every worker
        done += 1
    return done


@pytest.mark.parametrize("workers", [2, 4])
def test_processes_sharing_one_home_corrupt_nothing_and_lose_nothing(
    gazetteer_home_copy: Path, workers: int
) -> None:
    context = multiprocessing.get_context("spawn")
    with NominatimServer() as server, context.Pool(workers) as pool:
        done = pool.starmap(
            _geocode_in_a_process,
            [(str(gazetteer_home_copy), server.url, w) for w in range(workers)],
        )
    assert done == [NAMES_PER_WORKER + 1] * workers
    with sqlite3.connect(index_path_for(gazetteer_home_copy)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = dict(conn.execute("SELECT query, status FROM geocode_cache").fetchall())
        # The index itself is still whole.
        (places,) = conn.execute("SELECT count(*) FROM places").fetchone()
    expected = {f"qq{w}x{i}zz" for w in range(workers) for i in range(NAMES_PER_WORKER)}
    assert set(rows) == expected | {FICTIONAL.lower()}
    assert rows[FICTIONAL.lower()] == "found"
    assert places > 100_000
    # Every name was fetched once, except for races on the shared one.
    assert workers * NAMES_PER_WORKER < server.requests <= workers * (NAMES_PER_WORKER + 1)


# --- the command line ------------------------------------------------------------------


def run_incimap(
    *args: str, home: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "INCIMAP_USER_AGENT"}
    environment.update({"INCIMAP_HOME": str(home), **(env or {})})
    return subprocess.run(
        [sys.executable, "-c", "from geo.cli.main import main; main()", *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_geocodes_through_the_loopback_server_once(gazetteer_home_copy: Path) -> None:
    with NominatimServer() as server:
        args = (
            "geocode",
            FICTIONAL,
            "Madagiz",
            "--json",
            "--geocoder",
            "nominatim",
            "--geocoder-url",
            server.url,
            "--user-agent",
            USER_AGENT,
        )
        first = run_incimap(*args, home=gazetteer_home_copy)
        assert first.returncode == 0, first.stderr
        assert server.requests == 1  # Madagiz is sure offline: never asked
        second = run_incimap(*args, home=gazetteer_home_copy)
        assert second.returncode == 0, second.stderr
        assert server.requests == 1  # the second run is served by the cache
    online, offline = json.loads(first.stdout)
    assert online["source"] == "nominatim"
    assert online["place_id"] == "nominatim:node/301008"
    assert (online["lat"], online["lon"]) == pytest.approx(FICTIONAL_LATLON, abs=1e-4)
    assert offline["source"] != "nominatim"
    again = json.loads(second.stdout)
    assert again[0]["place_id"] == online["place_id"]
    assert "cached answer" in again[0]["reason"]


def test_cli_takes_the_user_agent_from_the_environment(gazetteer_home_copy: Path) -> None:
    with NominatimServer() as server:
        result = run_incimap(
            "geocode",
            FICTIONAL,
            "--geocoder",
            "nominatim",
            "--geocoder-url",
            server.url,
            home=gazetteer_home_copy,
            env={"INCIMAP_USER_AGENT": USER_AGENT},
        )
        assert result.returncode == 0, result.stderr
        (_, _, sent) = server.log[0]
    assert sent == USER_AGENT


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (("--geocoder", "nominatim"), 1, "user agent"),
        (("--geocoder", "nominatimm", "--user-agent", USER_AGENT), 1, "photon"),
        (("--geocoder-url", "http://127.0.0.1:9"), 2, "need --geocoder"),
        (
            ("--geocoder", "nominatim", "--user-agent", USER_AGENT, "--geocoder-option", "x"),
            2,
            "KEY=VALUE",
        ),
        (("--geocoder", "geonames", "--user-agent", USER_AGENT), 1, "username="),
    ],
    ids=[
        "no-user-agent",
        "unknown-provider",
        "url-without-geocoder",
        "bad-option",
        "geonames-without-username",
    ],
)
def test_cli_refuses_bad_geocoder_options(
    gazetteer_home: Path, args: tuple[str, ...], status: int, message: str
) -> None:
    result = run_incimap("geocode", FICTIONAL, *args, home=gazetteer_home)
    assert result.returncode == status
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", ["", "   "])
def test_an_empty_name_never_goes_online(chain: Chain, name: str) -> None:
    resolution = chain.gazetteer(prefer_online=True).resolve(name)
    assert resolution.place is None
    assert chain.server.requests == 0


def test_cli_passes_geocoder_options_to_the_client(gazetteer_home_copy: Path) -> None:
    with NominatimServer(flavour="geonames") as server:
        result = run_incimap(
            "geocode",
            FICTIONAL,
            "--json",
            "--geocoder",
            "geonames",
            "--geocoder-url",
            server.url,
            "--user-agent",
            USER_AGENT,
            "--geocoder-option",
            "username=incimap_tests",
            home=gazetteer_home_copy,
        )
        assert result.returncode == 0, result.stderr
        (_, params, _) = server.log[0]
    assert params["username"] == "incimap_tests"
    (answer,) = json.loads(result.stdout)
    assert answer["place_id"] == "geonames:9001008"


@pytest.mark.parametrize("country", ["AZ", "am"])
def test_country_ranks_online_places_even_when_the_provider_cannot_filter(
    gazetteer_index: GazetteerIndex, tmp_path: Path, country: str
) -> None:
    """Photon has no country parameter: both Martunis come back, the asked one first."""
    for chain in make_chain(gazetteer_index, tmp_path, flavour="photon"):
        resolution = chain.gazetteer(prefer_online=True).resolve("Martuni", country=country)
        (_, params, _) = chain.server.log[0]
        assert "countrycode" not in params and "country" not in params
    assert resolution.place is not None
    assert resolution.place.country == country.upper()
    assert [c.place.country for c in resolution.candidates] == [
        country.upper(),
        {"AZ": "AM", "AM": "AZ"}[country.upper()],
    ]
    assert resolution.candidates[0].score > resolution.candidates[1].score
