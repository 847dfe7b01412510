"""True locations of the issue's must-show names (GeoNames and Wikipedia coordinates).

They are independent of how incimap ranks, so the index and the CLI are checked against
the world, not against each other.
"""

from __future__ import annotations

from typing import Final

MUST_SHOW_LATLON: Final = {
    "Madagiz": (40.3314, 46.7294),
    "Suqovuşan": (40.3314, 46.7294),
    "Stepanakert": (39.8153, 46.7519),
    "Khankendi": (39.8153, 46.7519),
    "Lachin": (39.6392, 46.5464),
    "Berdzor": (39.6392, 46.5464),
    "Baku": (40.4093, 49.8671),
    "Ganja": (40.6828, 46.3606),
    "Tartar": (40.3419, 46.9306),
    "Shusha": (39.7581, 46.7486),
    "Goris": (39.5111, 46.3417),
    "Yerevan": (40.1811, 44.5136),
}
