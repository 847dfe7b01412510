"""``extract`` and ``map`` with ``--geocoder``: places the offline index lacks go online.

geopy's real Nominatim client talks to the loopback server; answers are cached in the
index file, so a second run asks nothing, and a run without ``--geocoder`` never asks.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from geo.cli.main import main
from maps.popup_pack import popup_values
from tests.gazetteer.fake_clock import patch_geocoder_time
from tests.gazetteer.nominatim_server import NominatimServer

REPO = Path(__file__).resolve().parents[2]
FICTIONAL = "Zyxloopia"  # known to the loopback server only
FICTIONAL_LATLON = (40.0123, 46.0456)
TABLE = (
    "date,place,country,type,fatalities\n"
    f"2024-03-02,{FICTIONAL},AZ,Remote explosive/landmine/IED,2\n"
    "2024-03-03,Madagiz,AZ,Armed clash,\n"
)


def run_incimap(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "INCIMAP_USER_AGENT"}
    environment["INCIMAP_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-c", "from geo.cli.main import main; main()", *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
    )


def rows_of(result: subprocess.CompletedProcess[str]) -> dict[str, dict[str, object]]:
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return {str(row["location"]): row for row in rows}


@pytest.fixture
def table(tmp_path: Path) -> Path:
    path = tmp_path / "incidents.csv"
    path.write_text(TABLE, encoding="utf-8")
    return path


def _extract_in_process(
    *args: str, capfd: pytest.CaptureFixture[str]
) -> dict[str, dict[str, object]]:
    with pytest.raises(SystemExit) as exited:
        main(["extract", *args, "-o", "-", "--format", "jsonl"])
    out, err = capfd.readouterr()
    return rows_of(subprocess.CompletedProcess(args, exited.value.code, out, err))


def test_extract_asks_the_geocoder_only_when_told_and_only_once(
    gazetteer_home_copy: Path,
    table: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    # Three runs in this process (the answers are cached in the index file, and nothing
    # in the process remembers them: each run opens the file anew).
    patch_geocoder_time(monkeypatch)
    monkeypatch.delenv("INCIMAP_USER_AGENT", raising=False)
    with NominatimServer() as server:
        online = (
            *("--geocoder", "nominatim", "--geocoder-url", server.url),
            *("--user-agent", "incimap-tests"),
        )
        offline = _extract_in_process(str(table), capfd=capfd)
        assert server.requests == 0
        assert offline[FICTIONAL]["latitude"] is None
        assert "unresolved" in str(offline[FICTIONAL]["flags"])

        first = _extract_in_process(str(table), *online, capfd=capfd)
        assert server.requests == 1  # Madagiz is sure offline: never asked
        place = first[FICTIONAL]
        assert (place["latitude"], place["longitude"]) == pytest.approx(FICTIONAL_LATLON, abs=1e-4)
        assert str(place["place_id"]).startswith("nominatim:")
        assert first["Madagiz"]["place_id"] == "curated:suqovusan"

        again = _extract_in_process(str(table), *online, capfd=capfd)
        assert server.requests == 1  # served by the cache
        assert again[FICTIONAL]["place_id"] == place["place_id"]


def test_a_failing_geocoder_keeps_the_run_going_and_caches_nothing(
    gazetteer_home_copy: Path,
    table: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    # In this process, on a fake clock: the retries' backoff (7 s) is not slept for real.
    # gazetteer_home_copy points INCIMAP_HOME at the copy.
    patch_geocoder_time(monkeypatch)
    monkeypatch.delenv("INCIMAP_USER_AGENT", raising=False)
    with NominatimServer() as server:
        server.always("500")
        online = (
            *("--geocoder", "nominatim", "--geocoder-url", server.url),
            *("--user-agent", "incimap-tests"),
        )
        rows = _extract_in_process(str(table), *online, capfd=capfd)
        assert rows[FICTIONAL]["latitude"] is None  # the offline answer: unresolved
        assert rows["Madagiz"]["place_id"] == "curated:suqovusan"
        asked = server.requests
        assert asked >= 1
        server.always("normal")
        healed = _extract_in_process(str(table), *online, capfd=capfd)
        assert server.requests > asked  # the failure was not cached as "not found"
        assert healed[FICTIONAL]["latitude"] == pytest.approx(FICTIONAL_LATLON[0], abs=1e-4)


def test_map_resolves_table_places_online(gazetteer_home_copy: Path, table: Path) -> None:
    out = table.with_suffix(".html")
    with NominatimServer() as server:
        result = run_incimap(
            *("map", str(table), "-o", str(out), "--offline"),
            *("--geocoder", "nominatim", "--geocoder-url", server.url),
            *("--user-agent", "incimap-tests"),
            home=gazetteer_home_copy,
        )
        assert result.returncode == 0, result.stderr
        assert server.requests == 1
    assert "2 incidents on the map" in result.stderr
    assert any(FICTIONAL in str(value) for value in popup_values(out.read_text(encoding="utf-8")))


def test_geocoder_settings_need_a_geocoder(gazetteer_home_copy: Path, table: Path) -> None:
    result = run_incimap(
        *("extract", str(table), "-o", "-", "--prefer-online"), home=gazetteer_home_copy
    )
    assert result.returncode == 2
    assert "need --geocoder" in result.stderr
