"""ACLED's event taxonomy (6 event types, 25 sub-event types) and the colour of each type.

The colours are shared by the HTML map and the GeoPackage's embedded QGIS style, so
that a layer looks the same wherever it is opened.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

BATTLES: Final = "Battles"
EXPLOSIONS: Final = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS: Final = "Violence against civilians"
PROTESTS: Final = "Protests"
RIOTS: Final = "Riots"
STRATEGIC_DEVELOPMENTS: Final = "Strategic developments"

SUB_EVENT_TYPES: Final = MappingProxyType(
    {
        BATTLES: (
            "Armed clash",
            "Government regains territory",
            "Non-state actor overtakes territory",
        ),
        EXPLOSIONS: (
            "Chemical weapon",
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
        ),
        VIOLENCE_AGAINST_CIVILIANS: (
            "Sexual violence",
            "Attack",
            "Abduction/forced disappearance",
        ),
        PROTESTS: (
            "Peaceful protest",
            "Protest with intervention",
            "Excessive force against protesters",
        ),
        RIOTS: (
            "Violent demonstration",
            "Mob violence",
        ),
        STRATEGIC_DEVELOPMENTS: (
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        ),
    }
)

EVENT_TYPES: Final = tuple(SUB_EVENT_TYPES)

# Colour-blind-safe qualitative palette (Okabe–Ito), one colour per event type.
EVENT_TYPE_COLOURS: Final = MappingProxyType(
    {
        BATTLES: "#D55E00",
        EXPLOSIONS: "#E69F00",
        VIOLENCE_AGAINST_CIVILIANS: "#CC79A7",
        PROTESTS: "#0072B2",
        RIOTS: "#009E73",
        STRATEGIC_DEVELOPMENTS: "#56B4E9",
    }
)
OTHER_COLOUR: Final = "#666666"


def event_type_of(sub_event_type: str) -> str | None:
    """Return the event type that owns ``sub_event_type``, or None if it is not ACLED's.

    >>> event_type_of("Remote explosive/landmine/IED")
    'Explosions/Remote violence'
    >>> event_type_of("Picnic") is None
    True
    """
    for event_type, subs in SUB_EVENT_TYPES.items():
        if sub_event_type in subs:
            return event_type
    return None


def colour_of(event_type: str) -> str:
    """Return the hex colour of ``event_type``; unknown types are grey.

    >>> colour_of("Battles")
    '#D55E00'
    """
    return EVENT_TYPE_COLOURS.get(event_type, OTHER_COLOUR)
