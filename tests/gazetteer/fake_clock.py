"""The CLI's geocoder on a clock that only its own waits move.

The CLI builds its geocoder with the real clock and sleep. Replacing only the sleep made
geopy's rate limiter spin: it waits until the real clock has passed its slot (a second
for Nominatim), and with a sleep that returns at once it read the clock some 130,000
times a test, 3 s of CPU each. With a clock that the waits move, each of the limiter's
waits is one recorded sleep, as with the real clock, and no test waits for real.
"""

from __future__ import annotations

import pytest

from gazetteer.geocoders import OnlineGeocoder


def patch_geocoder_time(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Give every ``OnlineGeocoder`` made from now on a fake clock; return its sleeps."""
    now = [0.0]
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += max(0.0, seconds)

    defaults = OnlineGeocoder.__init__.__kwdefaults__
    assert defaults is not None
    monkeypatch.setitem(defaults, "clock", lambda: now[0])
    monkeypatch.setitem(defaults, "sleep", sleep)
    return sleeps
