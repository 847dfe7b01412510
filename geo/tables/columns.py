"""Which column of a table holds which incident field: named by the user, or recognised.

A user names columns with ``TableColumns`` (the CLI's ``--place-column`` and friends);
any field left unnamed is looked up among common header spellings (``ALIASES``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import Final

from gazetteer.errors import InputFormatError


@dataclass(frozen=True, slots=True)
class TableColumns:
    """Header names of the columns that hold each field; None means "recognise it"."""

    place: str | None = None
    date: str | None = None
    country: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    fatalities: str | None = None
    injured: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    notes: str | None = None
    source: str | None = None
    source_url: str | None = None
    latitude: str | None = None
    longitude: str | None = None
    geo_precision: str | None = None
    time_precision: str | None = None
    assoc_actors: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    id: str | None = None


# ACLED's export header: recognised by these columns, read with this fixed mapping.
ACLED_REQUIRED: Final = frozenset(
    {
        "event_id_cnty",
        "event_date",
        "event_type",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
    }
)
ACLED_COLUMNS: Final = TableColumns(
    place="location",
    date="event_date",
    country="country",
    event_type="event_type",
    sub_event_type="sub_event_type",
    fatalities="fatalities",
    actor1="actor1",
    actor2="actor2",
    notes="notes",
    source="source",
    latitude="latitude",
    longitude="longitude",
    geo_precision="geo_precision",
    time_precision="time_precision",
    assoc_actors="assoc_actor_1",
    admin1="admin1",
    admin2="admin2",
    id="event_id_cnty",
)


def is_acled_header(header: Sequence[str]) -> bool:
    """Return whether ``header`` is an ACLED export's.

    >>> is_acled_header(["event_id_cnty", "event_date", "year", "event_type", "location",
    ...                  "latitude", "longitude", "geo_precision", "fatalities"])
    True
    """
    return {fold_header(cell) for cell in header} >= ACLED_REQUIRED


ALIASES: Final = MappingProxyType(
    {
        "place": (
            "place",
            "location",
            "place_name",
            "placename",
            "town",
            "village",
            "city",
            "settlement",
            "locality",
            "site",
            "toponym",
        ),
        "date": ("date", "event_date", "incident_date", "day", "when"),
        "country": ("country", "country_code", "iso2", "iso_a2", "iso"),
        "event_type": ("event_type", "type", "category", "incident_type"),
        "sub_event_type": ("sub_event_type", "sub_type", "subtype", "subcategory"),
        "fatalities": ("fatalities", "deaths", "dead", "killed", "fatality_count"),
        "injured": ("injured", "wounded", "injuries", "injury_count"),
        "actor1": ("actor1", "actor_1", "actor", "perpetrator"),
        "actor2": ("actor2", "actor_2", "target", "victim"),
        "notes": ("notes", "description", "summary", "details", "text"),
        "source": ("source", "sources", "outlet"),
        "source_url": ("source_url", "url", "link"),
        "latitude": ("latitude", "lat", "y"),
        "longitude": ("longitude", "lon", "lng", "long", "x"),
        "geo_precision": ("geo_precision", "precision"),
        "time_precision": ("time_precision",),
        "assoc_actors": ("assoc_actors", "assoc_actor_1", "associated_actors"),
        "admin1": ("admin1", "province", "region", "state"),
        "admin2": ("admin2", "district"),
        "id": ("id", "event_id", "incident_id", "event_id_cnty"),
    }
)


def fold_header(name: str) -> str:
    """Fold a header cell for matching: case, spaces and punctuation do not matter.

    >>> fold_header(" Event Date "), fold_header("Place-Name")
    ('event_date', 'place_name')
    """
    return re.sub(r"[^0-9a-z]+", "_", name.strip().casefold()).strip("_")


def match_columns(
    header: Sequence[str], *, given: TableColumns, path: str
) -> MappingProxyType[str, str]:
    """Map each field to its header cell; a named column that is absent is an error.

    >>> dict(match_columns(["Town", "Killed"], given=TableColumns(), path="t.csv"))
    {'place': 'Town', 'fatalities': 'Killed'}
    """
    by_folded = {fold_header(cell): cell for cell in header if cell}
    chosen: dict[str, str] = {}
    for spec in fields(TableColumns):
        wanted = getattr(given, spec.name)
        if wanted is not None:
            cell = by_folded.get(fold_header(wanted))
            if cell is None:
                raise InputFormatError(
                    f"no column {wanted!r} for the {spec.name}; the header has: "
                    f"{', '.join(c for c in header if c)}",
                    path=path,
                    line=1,
                    field=wanted,
                )
            chosen[spec.name] = cell
            continue
        for alias in ALIASES[spec.name]:
            if alias in by_folded and by_folded[alias] not in chosen.values():
                chosen[spec.name] = by_folded[alias]
                break
    return MappingProxyType(chosen)
