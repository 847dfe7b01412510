"""Guarantee 4: geocoder faults are retried, then reported, and never cached.

Each hostile mode of the loopback server is already run, per mode and per provider,
through the client (``tests/gazetteer/test_geocoders.py``: retried with backoff, then
raised) and through the cached chain (``tests/gazetteer/test_chain.py``: raised, the
cache left empty, the next good answer cached). Both are parametrized over the server's
``FAULT_MODES``; the first test here pins that tuple to the issue's list, so dropping a
mode cannot silently drop its tests. What the other suites do not cover is what a user
sees: ``incimap geocode --geocoder ...`` against a failing server, one mode per test,
must exit 1 with one line on stderr, no traceback, and no row in the home's cache.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from gazetteer.geocoders import OnlineGeocoder
from gazetteer.home import index_path_for
from geo.cli.main import main
from tests.gazetteer.fake_clock import patch_geocoder_time
from tests.gazetteer.nominatim_server import FAULT_MODES, Mode, NominatimServer

ISSUE_MODES = {"slow", "429", "500", "503", "malformed", "empty_body", "reset"}
# Known to the loopback server only, so the answer must come from it.
FICTIONAL = "Zyxloopia"


def test_the_fault_modes_cover_the_issue() -> None:
    assert set(FAULT_MODES) == ISSUE_MODES


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[NominatimServer]:
    # The waits and the rate limiter's clock are replaced, so that the backoff is
    # exercised without the test sleeping (or spinning) for it.
    patch_geocoder_time(monkeypatch)
    defaults = OnlineGeocoder.__init__.__kwdefaults__
    assert defaults is not None
    monkeypatch.setitem(defaults, "timeout_s", 1.0)
    with NominatimServer(slow_s=3.0) as running:
        yield running


def _cached_rows(home: Path) -> int:
    with sqlite3.connect(index_path_for(home)) as conn:
        exists = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'geocode_cache'").fetchone()
        return (
            int(conn.execute("SELECT count(*) FROM geocode_cache").fetchone()[0]) if exists else 0
        )


def _geocode(server: NominatimServer, home: Path) -> list[str]:
    args = [
        "geocode", FICTIONAL, "--geocoder", "nominatim", "--geocoder-url", server.url,
        "--user-agent", "incimap-reliability-tests/1.0", "--prefer-online", "--home", str(home),
    ]  # fmt: skip
    with pytest.raises(SystemExit) as exited:
        main(args)
    return [str(exited.value.code)]


@pytest.mark.parametrize("mode", sorted(ISSUE_MODES))
def test_the_cli_reports_a_fault_and_caches_nothing(
    mode: Mode,
    server: NominatimServer,
    gazetteer_home_copy: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _cached_rows(gazetteer_home_copy)
    server.always(mode)
    assert _geocode(server, gazetteer_home_copy) == ["1"]
    err = capsys.readouterr().err
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("incimap: error:")]
    assert len(errors) == 1, err
    assert "nominatim" in errors[0].lower()
    assert server.requests == 4  # retried: the default policy makes 4 attempts
    assert _cached_rows(gazetteer_home_copy) == before

    server.always("normal")
    assert _geocode(server, gazetteer_home_copy) == ["0"]
    assert FICTIONAL in capsys.readouterr().out
    assert _cached_rows(gazetteer_home_copy) == before + 1
