"""Writers that ``test_nothing_lost`` runs in a subprocess and kills with SIGKILL.

Run as ``python -m tests.reliability.killable KIND TARGET VERSION``. Each writes version
VERSION of its output (an index build, an incident export, a map) with the same code
that incimap uses, and prints ``done`` when the write is complete. The size of each
version is a function of VERSION, so the test can tell which one a file holds.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from gazetteer.place import Place
from gazetteer.sources import PlaceRecord

PLACES_PER_VERSION = 20_000
INCIDENTS_PER_VERSION = 3_000


def places_of(version: int) -> int:
    """How many places version ``version`` of the test index holds."""
    return PLACES_PER_VERSION * version


def incidents_of(version: int) -> int:
    """How many incidents version ``version`` of an export or a map holds."""
    return INCIDENTS_PER_VERSION * version


def _synthetic_base(version: int) -> list[PlaceRecord]:
    records = []
    for number in range(places_of(version)):
        name = f"Synthplace {number}"
        lat, lon = -60 + (number % 1200) / 10, -170 + (number // 1200) / 3
        place = Place(f"test:{number}", name, lat, lon, "P", "PPL", country="AM")
        records.append(PlaceRecord(place, ((name, "name"), (f"Alt {number}", "alternate"))))
    return records


def _build(target: Path, version: int) -> None:
    from gazetteer.build import build_index

    curated = target / "no-curated"
    curated.mkdir(parents=True, exist_ok=True)
    build_index(target, curated_dir=curated, read_base=lambda: _synthetic_base(version), force=True)


def incident_frame(version: int) -> object:
    """A frame of synthetic incidents for ``version``."""
    from geo.incident import Incident, to_geodataframe

    incidents = [
        Incident(
            id=f"v{version}-{number}",
            event_date=date(2023, 1 + number % 12, 1 + number % 28),
            event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack",
            location=f"Synthplace {number}",
            latitude=39 + (number % 100) / 100,
            longitude=46 + (number // 100) / 100,
            geo_precision=1,
            source=f"version {version}",
            evidence=f"Shells hit Synthplace {number}.",
        )
        for number in range(incidents_of(version))
    ]
    return to_geodataframe(incidents)


def _export(target: Path, version: int) -> None:
    from geo.export import write_incidents

    write_incidents(incident_frame(version), target, overwrite=True)  # type: ignore[arg-type]


def _map(target: Path, version: int) -> None:
    from geo.mapping import build_incident_map
    from maps.build import write_map

    fmap = build_incident_map(incident_frame(version), title=f"Version {version}", offline=True)  # type: ignore[arg-type]
    write_map(fmap, target, overwrite=True)


def main(argv: list[str]) -> None:
    """Write the output ``argv`` names: KIND TARGET VERSION."""
    kind, target, version = argv[0], Path(argv[1]), int(argv[2])
    {"build": _build, "export": _export, "map": _map}[kind](target, version)
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
