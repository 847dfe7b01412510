"""Export N incidents to GeoPackage and GeoJSON; compare with a plain pyogrio write.

Run: ``python bench/export_bench.py [ROWS]`` (or ``INCIMAP_BENCH_ROWS``; default 1M).

The baseline is ``pyogrio.write_dataframe`` of the very same frame, timed in the same
run, so the ratio says what incimap's exporter costs on top of GDAL: typed fields, the
uncertainty layer and the QGIS style for GPKG; RFC 7946 options for GeoJSON.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio

from geo.export import write_incidents
from geo.export.schema import normalise_frame
from geo.incident import FIELDS
from geo.taxonomy import EVENT_TYPES

DEFAULT_ROWS = 1_000_000


def build_frame(rows: int, *, seed: int = 7) -> pd.DataFrame:
    """A typed incident frame of ``rows`` rows: a few unknown counts and unplaced rows."""
    rng = np.random.default_rng(seed)
    start = date(2020, 1, 1)
    frame = pd.DataFrame({name: [""] * rows for name in ("place_reason",)})
    frame["id"] = [f"bench-{i:07d}" for i in range(rows)]
    frame["event_type"] = np.array(EVENT_TYPES)[rng.integers(0, len(EVENT_TYPES), rows)]
    days = rng.integers(0, 1500, rows)
    frame["event_date"] = [start + timedelta(days=int(d)) for d in days]
    frame["time_precision"] = rng.integers(1, 4, rows)
    fatalities = pd.array(rng.integers(0, 20, rows), dtype="Int64")
    fatalities[rng.random(rows) < 0.3] = pd.NA  # unknown, not 0
    frame["fatalities"] = fatalities
    frame["location"] = [f"Village {i % 5000}" for i in range(rows)]
    frame["country"] = np.array(["AZ", "AM", "GE", "UA"])[rng.integers(0, 4, rows)]
    latitude = rng.uniform(38.5, 42.0, rows)
    longitude = rng.uniform(44.0, 50.0, rows)
    unplaced = rng.random(rows) < 0.02
    latitude[unplaced] = np.nan
    longitude[unplaced] = np.nan
    frame["latitude"] = latitude
    frame["longitude"] = longitude
    frame["geo_precision"] = rng.integers(1, 4, rows)
    frame["evidence"] = "A shell hit a house on the edge of the village."
    frame["confidence"] = rng.uniform(0.3, 1.0, rows)
    typed: pd.DataFrame = normalise_frame(frame[[c for c in FIELDS if c in frame.columns]])
    return typed


def timed(label: str, *, action: Callable[[], object]) -> tuple[float, float]:
    """Run ``action``; return (wall seconds, CPU seconds of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"  {label:<36} wall {wall:7.2f} s   cpu {cpu:7.2f} s", flush=True)
    return wall, cpu


def main() -> None:
    rows = (
        int(sys.argv[1])
        if len(sys.argv) > 1
        else int(os.environ.get("INCIMAP_BENCH_ROWS", DEFAULT_ROWS))
    )
    rounds = int(os.environ.get("INCIMAP_BENCH_ROUNDS", "3"))
    print(f"export bench: {rows:,} incidents, best of {rounds} interleaved rounds")
    frame = build_frame(rows)
    with tempfile.TemporaryDirectory(prefix="incimap-bench-") as folder:
        out = Path(folder)
        for suffix in (".gpkg", ".geojson"):
            plain_path, ours_path = out / f"plain{suffix}", out / f"ours{suffix}"
            plain: list[tuple[float, float]] = []
            ours: list[tuple[float, float]] = []
            # Interleaved, so that load from other processes hits both alike.
            for _ in range(rounds):
                plain_path.unlink(missing_ok=True)
                ours_path.unlink(missing_ok=True)
                plain.append(
                    timed(
                        f"pyogrio.write_dataframe {suffix}",
                        action=partial(pyogrio.write_dataframe, frame, plain_path),
                    )
                )
                ours.append(
                    timed(
                        f"incimap write_incidents {suffix}",
                        action=partial(write_incidents, frame, ours_path),
                    )
                )
            best_plain = (min(w for w, _ in plain), min(c for _, c in plain))
            best_ours = (min(w for w, _ in ours), min(c for _, c in ours))
            print(
                f"  {suffix}: best wall {best_ours[0]:.2f} s vs {best_plain[0]:.2f} s = "
                f"{best_ours[0] / best_plain[0]:.2f}x; best cpu {best_ours[1]:.2f} s vs "
                f"{best_plain[1]:.2f} s = {best_ours[1] / best_plain[1]:.2f}x of plain pyogrio "
                f"(files: ours {ours_path.stat().st_size / 1e6:.0f} MB, "
                f"plain {plain_path.stat().st_size / 1e6:.0f} MB)",
                flush=True,
            )


if __name__ == "__main__":
    main()
