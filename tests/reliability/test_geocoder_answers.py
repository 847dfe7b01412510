"""Malformed geocoder answers are faults: checked before anything is cached (issue 15, 2).

A 200 answer can still be hostile: an ``address`` that is a string, a hit without
``lat``, ``"lon": "400"``, a body of ``null``, more hits or bytes than anyone asked for,
or a valid answer sent one byte at a time. Each goes through geopy's real Nominatim
client (and the CLI) against the loopback server, must end as a reported fault with no
traceback, and must leave no row in the cache, so the next run asks again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gazetteer.answers import AnswerLimits
from gazetteer.cache import GeocodeAnswer, GeocodeCache, OnlineHit
from gazetteer.chain import CachedGeocoder
from gazetteer.errors import GeocoderUnavailable
from gazetteer.geocoders import OnlineGeocoder, RetryPolicy
from gazetteer.home import index_path_for
from geo.cli.main import main
from tests.gazetteer.fake_clock import patch_geocoder_time
from tests.gazetteer.nominatim_server import NominatimServer, find_places, to_nominatim

FICTIONAL = "Zyxloopia"
USER_AGENT = "incimap-reliability-tests/1.0"


def _good_hit() -> dict[str, Any]:
    return to_nominatim(find_places(FICTIONAL)[0], with_address=True)


def _hit_with(**changes: Any) -> list[dict[str, Any]]:
    hit = _good_hit()
    for key, value in changes.items():
        if value is _DROP:
            del hit[key]
        else:
            hit[key] = value
    return [hit]


_DROP = object()

MALFORMED: dict[str, bytes] = {
    "address is a string": json.dumps(_hit_with(address="Zyxloopia, Azerbaijan")).encode(),
    "no lat": json.dumps(_hit_with(lat=_DROP)).encode(),
    "lon 400": json.dumps(_hit_with(lon="400")).encode(),
    "lat not a number": json.dumps(_hit_with(lat="north")).encode(),
    "lat NaN": json.dumps(_hit_with(lat="NaN")).encode(),
    "body null": b"null",
    "body an object": b'{"lat": "40.0", "lon": "46.0"}',
    "hit a list": b"[[40.0, 46.0]]",
    "name a number": json.dumps(_hit_with(name=12)).encode(),
    "too many hits": json.dumps([_good_hit()] * 101).encode(),
    "too many bytes": json.dumps(_hit_with(name="Z" * 1_100_000)).encode(),
}


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[NominatimServer]:
    patch_geocoder_time(monkeypatch)
    with NominatimServer() as running:
        yield running


def _cached_rows(home: Path) -> int:
    with sqlite3.connect(index_path_for(home)) as conn:
        exists = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'geocode_cache'").fetchone()
        return (
            int(conn.execute("SELECT count(*) FROM geocode_cache").fetchone()[0]) if exists else 0
        )


def _geocode_cli(server: NominatimServer, home: Path) -> int | str | None:
    args = [
        "geocode", FICTIONAL, "--geocoder", "nominatim", "--geocoder-url", server.url,
        "--user-agent", USER_AGENT, "--prefer-online", "--home", str(home),
    ]  # fmt: skip
    with pytest.raises(SystemExit) as exited:
        main(args)
    return exited.value.code


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_answer_is_a_reported_fault_and_never_cached(
    case: str,
    server: NominatimServer,
    gazetteer_home_copy: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _cached_rows(gazetteer_home_copy)
    server.custom_body = MALFORMED[case]
    server.always("custom")
    assert _geocode_cli(server, gazetteer_home_copy) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("incimap: error:")]
    assert len(errors) == 1, err
    assert "malformed answer" in errors[0] or "cap of" in errors[0], errors[0]
    assert _cached_rows(gazetteer_home_copy) == before
    # The next run asks again (nothing was remembered) and, once the server answers
    # properly, gets the place.
    requests = server.requests
    server.always("normal")
    assert _geocode_cli(server, gazetteer_home_copy) == 0
    assert server.requests == requests + 1
    assert "40.0123" in capsys.readouterr().out


def _geocoder(server: NominatimServer, **options: Any) -> OnlineGeocoder:
    return OnlineGeocoder(
        "nominatim",
        user_agent=USER_AGENT,
        url=server.url,
        min_delay_s=0.0,
        retry=RetryPolicy(max_attempts=1),
        sleep=lambda _s: None,
        **options,
    )


def test_a_trickling_answer_is_cut_at_the_request_deadline(server: NominatimServer) -> None:
    # A valid answer of some 700 bytes, one byte every 50 ms, never pausing long enough
    # for a per-read timeout of 1 s: without a deadline it arrives after ~35 s.
    server.trickle_s = 0.05
    server.always("trickle")
    with pytest.raises(GeocoderUnavailable, match="deadline of 1 s"):
        _geocoder(server, timeout_s=1.0).geocode(FICTIONAL)


def test_a_normal_answer_within_the_caps_is_kept(server: NominatimServer) -> None:
    answer = _geocoder(server, limits=AnswerLimits(max_bytes=4096, max_hits=2)).geocode(FICTIONAL)
    assert [(hit.lat, hit.lon) for hit in answer.hits] == [(40.0123, 46.0456)]


def test_the_caps_are_the_geocoders_own(server: NominatimServer) -> None:
    server.custom_body = json.dumps([_good_hit()] * 3).encode()
    server.always("custom")
    with pytest.raises(GeocoderUnavailable, match="3 hits, more than the cap of 2"):
        _geocoder(server, limits=AnswerLimits(max_hits=2)).geocode(FICTIONAL)
    with pytest.raises(GeocoderUnavailable, match="cap of 100 bytes"):
        _geocoder(server, limits=AnswerLimits(max_bytes=100)).geocode(FICTIONAL)


def test_a_malformed_row_cached_by_an_older_version_is_asked_again(
    server: NominatimServer, tmp_path: Path
) -> None:
    geocoder = _geocoder(server)
    params_json = geocoder.params_for()
    bad = _hit_with(address="Zyxloopia, Azerbaijan")[0]
    with GeocodeCache(tmp_path / "cache.sqlite") as cache:
        cache.put(
            GeocodeAnswer(
                provider="nominatim",
                query=FICTIONAL,
                params_json=params_json,
                raw=(bad,),
                hits=(OnlineHit(lat=40.0123, lon=46.0456, address="Zyxloopia"),),
                fetched_at=cache._clock(),
            )
        )
        chain = CachedGeocoder(geocoder, cache=cache)
        answer = chain.geocode(FICTIONAL)
        assert server.requests == 1
        assert not answer.from_cache
        assert geocoder.to_places(answer)[0].country == "AZ"
        # The good answer replaced the bad row.
        again = chain.geocode(FICTIONAL)
        assert again.from_cache and server.requests == 1
