"""Geocoder cache: lookups per second, cached against uncached, in one run.

Baseline: geopy's plain Nominatim client against the loopback server (no rate limit, no
retries, no cache), then our OnlineGeocoder on the same server (its overhead), then
CachedGeocoder with a warm cache (no request at all), and cache writes per second.
Real Nominatim allows 1 request/s, so against it the cached path gains far more than
the loopback ratio shows; this measures our own cost.

    python bench/geocoder_cache_bench.py [--lookups 400]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geopy.geocoders import Nominatim

from gazetteer.cache import GeocodeCache
from gazetteer.chain import CachedGeocoder
from gazetteer.geocoders import OnlineGeocoder
from tests.gazetteer.nominatim_server import PLACES, NominatimServer

USER_AGENT = "incimap-bench/1.0 (bench@example.org)"


def rate(label: str, *, lookups: int, run: object) -> float:
    assert callable(run)
    started = time.perf_counter()
    run()
    seconds = time.perf_counter() - started
    per_s = lookups / seconds
    print(f"{label:<48} {per_s:>12,.0f} /s  ({seconds:.3f} s for {lookups})")
    return per_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lookups", type=int, default=400)
    args = parser.parse_args()
    names = [place.name for place in PLACES]
    queries = [names[i % len(names)] for i in range(args.lookups)]

    with NominatimServer() as server, tempfile.TemporaryDirectory() as tmp:
        plain = Nominatim(domain=server.domain, scheme="http", user_agent=USER_AGENT)
        base = rate(
            "baseline: geopy Nominatim, loopback, uncached",
            lookups=args.lookups,
            run=lambda: [plain.geocode(q, exactly_one=False) for q in queries],
        )
        ours = OnlineGeocoder("nominatim", user_agent=USER_AGENT, url=server.url, min_delay_s=0.0)
        wrapped = rate(
            "OnlineGeocoder (rate limiter, retries), uncached",
            lookups=args.lookups,
            run=lambda: [ours.geocode(q) for q in queries],
        )
        with GeocodeCache(Path(tmp) / "gazetteer.sqlite") as cache:
            cached = CachedGeocoder(ours, cache=cache)
            for name in names:
                cached.geocode(name)  # warm
            before = server.requests
            hits = rate(
                "CachedGeocoder, warm cache (0 requests)",
                lookups=args.lookups * 10,
                run=lambda: [cached.geocode(q) for q in queries * 10],
            )
            assert server.requests == before, "a warm cache must not ask the server"
            answers = [ours.geocode(name) for name in names]

            def put_all() -> None:
                for i in range(args.lookups):
                    cache.put(answers[i % len(answers)])

            writes = rate(
                "GeocodeCache.put (one transaction each)", lookups=args.lookups, run=put_all
            )
    print()
    print(f"OnlineGeocoder / geopy baseline: {wrapped / base:.2f}x")
    print(f"cached / geopy baseline:         {hits / base:.1f}x")
    print(f"cached / OnlineGeocoder:         {hits / wrapped:.1f}x")
    print(f"cache writes / geopy baseline:   {writes / base:.1f}x")
    print(
        "against real Nominatim (1 request/s) a cached lookup is "
        f"{hits:,.0f}x faster than an uncached one"
    )


if __name__ == "__main__":
    main()
