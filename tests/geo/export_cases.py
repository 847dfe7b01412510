"""Incident frames built in code for the export tests: unicode, nulls, hostile text."""

from __future__ import annotations

from datetime import date

import geopandas as gpd

from geo.incident import Incident, to_geodataframe

HOSTILE = "<script>alert('x')</script> ]]> \"quoted\", a, b & c\nsecond line"


def sample_incidents() -> list[Incident]:
    """Five incidents: precise, near a village, regional, unresolved, zero vs unknown counts."""
    return [
        Incident(
            id="mine-1",
            event_type="Explosions/Remote violence",
            sub_event_type="Remote explosive/landmine/IED",
            event_date=date(2020, 11, 21),
            time_precision=1,
            actor1="Military Forces of Azerbaijan",
            actor2="Russian peacekeepers",
            fatalities=1,
            injured=5,
            location="near Madagiz",
            place_id="gn:587000",
            place_name="Suqovuşan",
            country="AZ",
            admin1="Tartar",
            latitude=40.3336111,
            longitude=46.7311111,
            geo_precision=2,
            uncertainty_m=10_000.0,
            place_reason="historic name; in the document's country",
            source="wire-report.txt",
            source_url="https://example.org/a?b=1&c=2",
            source_date=date(2020, 11, 22),
            evidence="A mine went off by a road outside the village.",
            evidence_start=120,
            evidence_end=168,
            confidence=0.85,
        ),
        Incident(
            id="clash-2",
            event_type="Battles",
            sub_event_type="Armed clash",
            event_date=date(2023, 9, 19),
            time_precision=2,
            fatalities=0,
            location="Ստեփանակերտ",
            place_name="Xankəndi",
            country="AZ",
            latitude=39.8177,
            longitude=46.7528,
            geo_precision=1,
            uncertainty_m=2_000.0,
            notes=HOSTILE,
            evidence=HOSTILE,
        ),
        Incident(
            id="region-3",
            event_type="Strategic developments",
            location="the Lachin corridor",
            country="AZ",
            latitude=39.64,
            longitude=46.55,
            geo_precision=3,
            flags="",
        ),
        Incident(
            id="lost-4",
            event_type="Violence against civilians",
            location="Nowhereville-sur-Mer",
            injured=2,
            flags="unresolved",
        ),
        Incident(id="odd-5", event_type="", location="Cape Town", latitude=-33.92, longitude=18.42),
    ]


def sample_frame() -> gpd.GeoDataFrame:
    return to_geodataframe(sample_incidents())
