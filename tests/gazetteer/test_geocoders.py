"""The online geocoders, driven through geopy's real clients against a loopback server.

One suite for every provider (STYLE.md §6): each check runs against Nominatim-, Photon-
and GeoNames-format servers alike, through the ``provider`` fixture.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import geopy.exc
import pytest
from geopy.geocoders import Nominatim

from gazetteer.cache import GeocodeCache
from gazetteer.errors import (
    GeocoderConfigError,
    GeocoderError,
    GeocoderRateLimited,
    GeocoderUnavailable,
    IncimapError,
)
from gazetteer.geocoders import PROVIDERS, OnlineGeocoder, RetryPolicy, provider_names
from tests.gazetteer.nominatim_server import (
    FAULT_MODES,
    PLACES,
    Flavour,
    Mode,
    NominatimServer,
)

USER_AGENT = "incimap-tests/1.0 (tests@example.org)"
FLAVOURS: tuple[Flavour, ...] = ("nominatim", "photon", "geonames")
# Generous by default: on a loaded CI machine a loopback answer can take a while, and a
# spurious timeout would be retried and change the request counts the tests check.
TIMEOUT_S = 10.0
# Short only where the server is made slow, so that mode costs a fraction of a second.
SLOW_TIMEOUT_S = 0.25


def timeout_for(mode: Mode) -> float:
    return SLOW_TIMEOUT_S if mode == "slow" else TIMEOUT_S


@dataclass
class FakeTime:
    """A monotonic clock that moves only when something sleeps; records every sleep."""

    now_s: float = 1_000.0
    sleeps: list[float] = field(default_factory=list)

    def clock(self) -> float:
        return self.now_s

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now_s += seconds


@dataclass
class Provider:
    """A loopback server of one flavour and a way to build geocoders against it."""

    flavour: Flavour
    server: NominatimServer
    time: FakeTime

    def geocoder(self, **overrides: object) -> OnlineGeocoder:
        options: dict[str, object] = {
            "user_agent": USER_AGENT,
            "url": self.server.url,
            "timeout_s": TIMEOUT_S,
            "clock": self.time.clock,
            "sleep": self.time.sleep,
            "wall_clock": lambda: 1_700_000_000.0,
        }
        if self.flavour == "geonames":
            options["credentials"] = {"username": "incimap_tests"}
        options.update(overrides)
        return OnlineGeocoder(self.flavour, **options)  # type: ignore[arg-type]


@pytest.fixture(params=FLAVOURS)
def provider(request: pytest.FixtureRequest) -> Iterator[Provider]:
    with NominatimServer(flavour=request.param, slow_s=5.0) as server:
        yield Provider(flavour=request.param, server=server, time=FakeTime())


# --- answers ---------------------------------------------------------------------------


def test_round_trip_gives_the_servers_coordinates(provider: Provider) -> None:
    geocoder = provider.geocoder()
    answer = geocoder.geocode("Goris")
    goris = next(p for p in PLACES if p.name == "Goris")
    assert answer.status == "found"
    assert answer.provider == provider.flavour
    assert answer.fetched_at == 1_700_000_000.0
    (place,) = geocoder.to_places(answer)
    assert (place.lat, place.lon) == pytest.approx((goris.lat, goris.lon), abs=1e-4)
    assert place.name == "Goris"
    assert place.country == "AM"
    assert place.source == provider.flavour
    assert place.place_id.startswith(f"{provider.flavour}:")
    assert provider.server.requests == 1


@pytest.mark.parametrize("query", ["Suqovuşan", "SUQOVUŞAN", "  madagiz "])
def test_unicode_names_and_aliases_are_found(provider: Provider, query: str) -> None:
    geocoder = provider.geocoder()
    (place,) = geocoder.to_places(geocoder.geocode(query))
    assert place.name == "Suqovuşan"
    assert (place.lat, place.lon) == pytest.approx((40.3314, 46.7294), abs=1e-4)


def test_no_result_is_a_not_found_answer_not_an_error(provider: Provider) -> None:
    answer = provider.geocoder().geocode("Xqzzyville")
    assert answer.status == "not_found"
    assert answer.hits == ()
    assert answer.raw == ()


def test_an_always_empty_server_answers_not_found(provider: Provider) -> None:
    provider.server.always("empty")
    assert provider.geocoder().geocode("Goris").status == "not_found"


def test_the_user_agent_is_sent_and_identifies_us(provider: Provider) -> None:
    provider.geocoder().geocode("Goris")
    (_, _, user_agent) = provider.server.log[0]
    assert user_agent == USER_AGENT


def test_a_distinct_place_id_per_homonym(provider: Provider) -> None:
    geocoder = provider.geocoder()
    places = geocoder.to_places(geocoder.geocode("Martuni"))
    assert len(places) == 2
    assert len({place.place_id for place in places}) == 2
    assert {place.country for place in places} == {"AM", "AZ"}


@pytest.mark.parametrize(
    "flavour", [name for name in FLAVOURS if PROVIDERS[name].country_kwarg is not None]
)
@pytest.mark.parametrize("country", ["AM", "az"])
def test_country_restricts_the_answer(flavour: Flavour, country: str) -> None:
    with NominatimServer(flavour=flavour) as server:
        provider = Provider(flavour=flavour, server=server, time=FakeTime())
        geocoder = provider.geocoder()
        answer = geocoder.geocode("Martuni", country=country)
        (place,) = geocoder.to_places(answer)
        assert place.country == country.upper()
        assert country.lower() in answer.params_json


def test_nominatim_place_carries_osm_identity_and_admin_areas() -> None:
    with NominatimServer() as server:
        provider = Provider(flavour="nominatim", server=server, time=FakeTime())
        geocoder = provider.geocoder()
        (place,) = geocoder.to_places(geocoder.geocode("Stepanakert"))
        (_, params, _) = server.log[0]
    assert place.place_id == "nominatim:relation/301002"
    assert place.name == "Khankendi"
    assert (place.feature_class, place.feature_code) == ("P", "PPL")
    assert place.admin1 == "Karabakh Economic Region"
    assert place.admin2 == "Khankendi"
    # Address details are what fill admin1/admin2; geopy must have asked for them.
    assert params["addressdetails"] == "1"
    assert params["format"] == "json"


def test_geopys_plain_client_reads_the_loopback_server() -> None:
    """The loopback server speaks Nominatim well enough for geopy's plain client."""
    with NominatimServer() as server:
        plain = Nominatim(domain=server.domain, scheme="http", user_agent=USER_AGENT)
        location = plain.geocode("Lachin", addressdetails=True)
    assert location is not None
    assert (location.latitude, location.longitude) == pytest.approx((39.6383, 46.5461))
    assert location.raw["address"]["country_code"] == "az"


# --- rate limiting ---------------------------------------------------------------------


def test_requests_are_spaced_by_the_providers_minimum_delay() -> None:
    with NominatimServer() as server:
        provider = Provider(flavour="nominatim", server=server, time=FakeTime())
        geocoder = provider.geocoder()  # Nominatim's own delay: 1 s
        for name in ("Goris", "Lachin", "Khankendi"):
            geocoder.geocode(name)
    assert server.requests == 3
    assert provider.time.sleeps == pytest.approx([1.0, 1.0])


def test_min_delay_can_be_overridden() -> None:
    with NominatimServer() as server:
        provider = Provider(flavour="nominatim", server=server, time=FakeTime())
        geocoder = provider.geocoder(min_delay_s=2.5)
        geocoder.geocode("Goris")
        geocoder.geocode("Lachin")
    assert provider.time.sleeps == pytest.approx([2.5])


# --- faults ----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", FAULT_MODES)
def test_each_fault_is_retried_with_backoff_then_raised(provider: Provider, mode: Mode) -> None:
    retry = RetryPolicy(max_attempts=4, base_delay_s=1.0)
    geocoder = provider.geocoder(retry=retry, min_delay_s=0.0, timeout_s=timeout_for(mode))
    provider.server.fail(mode, times=100)
    with pytest.raises(GeocoderError) as caught:
        geocoder.geocode("Goris")
    assert provider.server.requests == 4
    if mode == "429":
        assert isinstance(caught.value, GeocoderRateLimited)
        assert caught.value.retry_after_s == 2.0
        # Retry-After (2 s) wins over the shorter first backoff step (1 s).
        assert provider.time.sleeps == [2.0, 2.0, 4.0]
    else:
        assert isinstance(caught.value, GeocoderUnavailable)
        assert provider.time.sleeps == [1.0, 2.0, 4.0]
    assert "after 4 attempts" in str(caught.value)
    # The choke point re-raises from geopy's exception, never hides it.
    assert isinstance(caught.value.__cause__, geopy.exc.GeopyError | OSError | ValueError)


@pytest.mark.parametrize("mode", FAULT_MODES)
def test_a_fault_that_clears_is_absorbed_by_the_retries(provider: Provider, mode: Mode) -> None:
    geocoder = provider.geocoder(min_delay_s=0.0, timeout_s=timeout_for(mode))
    provider.server.fail(mode, times=2)
    answer = geocoder.geocode("Goris")
    assert answer.status == "found"
    assert provider.server.requests == 3
    assert len(provider.time.sleeps) == 2


def test_a_long_retry_after_is_raised_at_once_with_its_time() -> None:
    with NominatimServer() as server:
        provider = Provider(flavour="nominatim", server=server, time=FakeTime())
        server.retry_after = "3600"
        server.fail("429", times=1)
        geocoder = provider.geocoder(retry=RetryPolicy(max_retry_after_s=60.0))
        with pytest.raises(GeocoderRateLimited) as caught:
            geocoder.geocode("Goris")
        assert server.requests == 1
        assert provider.time.sleeps == []
        assert caught.value.retry_after_s == 3600.0
        # The next lookup, once the provider relents, works.
        assert geocoder.geocode("Goris").status == "found"


def test_a_rejected_query_is_not_retried() -> None:
    with NominatimServer() as server:
        provider = Provider(flavour="nominatim", server=server, time=FakeTime())
        server.fail("400", times=1)
        with pytest.raises(GeocoderError) as caught:
            provider.geocoder().geocode("Goris")
    assert not isinstance(caught.value, GeocoderUnavailable | GeocoderRateLimited)
    assert server.requests == 1
    assert "rejected" in str(caught.value)


def test_errors_are_ours_and_keep_their_builtin_kind() -> None:
    assert issubclass(GeocoderUnavailable, IncimapError)
    assert issubclass(GeocoderUnavailable, OSError)
    assert issubclass(GeocoderConfigError, ValueError)


# --- configuration ---------------------------------------------------------------------


def test_unknown_provider_lists_the_valid_names() -> None:
    with pytest.raises(GeocoderConfigError) as caught:
        OnlineGeocoder("nominatimm", user_agent=USER_AGENT)
    message = str(caught.value)
    assert "'nominatimm'" in message
    for name in ("nominatim", "photon", "geonames", "arcgis"):
        assert name in message
    assert set(provider_names()) >= {"nominatim", "photon", "geonames"}


@pytest.mark.parametrize("user_agent", [None, "", "   ", "geopy/2.5.0"])
def test_a_user_agent_of_our_own_is_required(user_agent: str | None) -> None:
    with pytest.raises(GeocoderConfigError, match="user agent"):
        OnlineGeocoder("nominatim", user_agent=user_agent)


@pytest.mark.parametrize(
    "url", ["ftp://127.0.0.1:1", "127.0.0.1:8080", "http://", "http://host/search?q=x"]
)
def test_a_bad_geocoder_url_is_refused(url: str) -> None:
    with pytest.raises(GeocoderConfigError, match="geocoder-url"):
        OnlineGeocoder("nominatim", user_agent=USER_AGENT, url=url)


def test_a_provider_without_a_custom_url_says_so() -> None:
    # geopy's Baidu client has no `domain` parameter.
    with pytest.raises(GeocoderConfigError, match="custom URL"):
        OnlineGeocoder(
            "baidu", user_agent=USER_AGENT, url="http://127.0.0.1:1", credentials={"api_key": "k"}
        )


def test_an_unknown_credential_is_refused_with_the_accepted_ones() -> None:
    with pytest.raises(GeocoderConfigError, match="username"):
        OnlineGeocoder("nominatim", user_agent=USER_AGENT, credentials={"username": "x"})


def test_geonames_without_a_username_is_a_config_error() -> None:
    with pytest.raises(GeocoderConfigError, match="needs username"):
        OnlineGeocoder("geonames", user_agent=USER_AGENT)


def test_retry_policy_refuses_zero_attempts() -> None:
    with pytest.raises(GeocoderConfigError, match="max_attempts"):
        RetryPolicy(max_attempts=0)


def test_two_geocoders_sharing_a_cache_file_share_the_rate(tmp_path: Path) -> None:
    """Two clients with their own rate limiters, as two processes have, still alternate."""
    fake = FakeTime()
    path = tmp_path / "gazetteer.sqlite"
    with (
        NominatimServer() as server,
        GeocodeCache(path, clock=fake.clock) as cache_a,
        GeocodeCache(path, clock=fake.clock) as cache_b,
    ):
        provider = Provider(flavour="nominatim", server=server, time=fake)
        first = provider.geocoder(slots=cache_a)
        second = provider.geocoder(slots=cache_b)
        first.geocode("Goris")
        second.geocode("Lachin")  # its own limiter has no history: the shared slot waits
        first.geocode("Khankendi")
        assert server.requests == 3
    assert fake.sleeps == pytest.approx([1.0, 1.0])


@pytest.mark.parametrize("option", ["user_agent", "domain", "timeout"])
def test_options_incimap_sets_cannot_be_smuggled_in(option: str) -> None:
    with pytest.raises(GeocoderConfigError, match="set by incimap"):
        OnlineGeocoder("nominatim", user_agent=USER_AGENT, credentials={option: "x"})


def test_loopback_traffic_bypasses_a_system_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # A proxy that does not exist: any request sent through it would fail.
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with NominatimServer() as server:
        provider = Provider(flavour="nominatim", server=server, time=FakeTime())
        assert provider.geocoder().geocode("Goris").status == "found"
        assert server.requests == 1


@pytest.mark.parametrize("retry_after", ["2", "date"])
def test_retry_after_in_seconds_or_as_an_http_date_is_honoured(retry_after: str) -> None:
    with NominatimServer() as server:
        provider = Provider(flavour="nominatim", server=server, time=FakeTime())
        if retry_after == "date":
            retry_after = email.utils.formatdate(time.time() + 30, usegmt=True)
        server.retry_after = retry_after
        server.fail("429", times=1)
        answer = provider.geocoder(min_delay_s=0.0).geocode("Goris")
    assert answer.status == "found"
    (waited,) = provider.time.sleeps
    if retry_after == "2":
        assert waited == 2.0
    else:
        # The date form is relative to the real clock: allow for the seconds this took.
        assert 20.0 < waited <= 30.0
