"""The clustered point layer: one overlay per category, drawn from compact column arrays.

The data sits in a ``<script type="application/json">`` block (safe JSON, so report text
cannot close it) and ``points.js`` turns it into canvas circle markers inside
Leaflet.markercluster. Popups are built from the arrays on click.
"""

from __future__ import annotations

import base64
import gzip
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from folium.template import Template

from maps.assets import MARKERCLUSTER_ASSETS, to_safe_json
from maps.element import IncimapElement

COORDINATE_DIGITS: Final = 5
ENGINES: Final = ("markercluster", "grid")
# Popup data larger than this is gzipped; smaller maps stay plain JSON, readable by any
# browser (unpacking needs DecompressionStream: Chrome 80, Firefox 113, Safari 16.4).
PACK_ABOVE_BYTES: Final = 256_000
_HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def check_colour(colour: str) -> str:
    """Return ``colour`` if it is ``#rrggbb``; it reaches CSS, so nothing else may pass.

    >>> check_colour("#D55E00")
    '#D55E00'
    """
    if not _HEX_COLOUR.fullmatch(colour):
        raise ValueError(f"colour must look like '#rrggbb', got {colour!r}")
    return colour


@dataclass(frozen=True, slots=True)
class LayerData:
    """The columns of one category, ready for the page (see ``maps.columns``).

    ``lat``/``lon`` are rounded degrees; ``day`` holds days since 1970-01-01 or None;
    ``fields`` holds ``(label, kind, encoded column)``; ``shapes`` maps a row to a
    GeoJSON geometry drawn as that row's area of uncertainty.
    """

    name: str
    colour: str
    lat: Sequence[float]
    lon: Sequence[float]
    day: Sequence[int | None] | None = None
    precision: dict[str, list[object]] | None = None
    radius_m: dict[str, list[object]] | None = None
    heading: dict[str, list[object]] | None = None
    fields: Sequence[tuple[str, str, dict[str, list[object]]]] = ()
    shapes: dict[int, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_colour(self.colour)
        if len(self.lat) != len(self.lon):
            raise ValueError(f"lat has {len(self.lat)} values but lon has {len(self.lon)}")

    def to_core_json(self, *, popup_id: str | None) -> str:
        """The columns needed to draw and filter, as one safe JSON object."""
        return to_safe_json(
            {
                "name": self.name,
                "colour": self.colour,
                "n": len(self.lat),
                "lat": list(self.lat),
                "lon": list(self.lon),
                "day": None if self.day is None else list(self.day),
                "precision": self.precision,
                "radius_m": self.radius_m,
                "shapes": {str(row): shape for row, shape in self.shapes.items()},
                "popup_id": popup_id,
            }
        )

    def to_popup_json(self, *, pack_above_bytes: int | None = None) -> str:
        """The popup columns, parsed by the page only when a popup first opens.

        Above ``pack_above_bytes`` the JSON is gzipped and base64-encoded (``{"gzip":
        "..."}``), which the page unpacks with the browser's ``DecompressionStream``: report
        text is most of a large map, and it compresses several times over.
        """
        text = to_safe_json(
            {
                "heading": self.heading,
                "fields": [
                    {"label": label, "kind": kind, "col": col} for label, kind, col in self.fields
                ],
            }
        )
        if pack_above_bytes is None or len(text) <= pack_above_bytes:
            return text
        packed = base64.b64encode(gzip.compress(text.encode("utf-8"), compresslevel=1, mtime=0))
        return to_safe_json({"gzip": packed.decode("ascii")})


class PointLayer(IncimapElement):
    """One category's clustered points, toggled as one overlay in the layer control.

    ``engine="markercluster"`` clusters with Leaflet.markercluster (animated, spiderfies;
    best below some tens of thousands of points); ``engine="grid"`` counts the points in
    view into screen cells at each move, which stays fast at a million points.
    """

    _template = Template(
        """
        {% macro html(this, kwargs) %}
        <script type="application/json" id="{{ this.get_name() }}_data">
        {{- this.core_json -}}
        </script>
        <script type="application/json" id="{{ this.get_name() }}_popup">
        {{- this.popup_json -}}
        </script>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = new L.Incimap.{{ this.js_class }}(
            {{ this._parent.get_name() }},
            L.Incimap.readJson({{ (this.get_name() ~ "_data")|tojson }})
        );
        {% endmacro %}
        """
    )

    def __init__(
        self,
        data: LayerData,
        *,
        engine: str = "markercluster",
        pack_above_bytes: int | None = PACK_ABOVE_BYTES,
    ) -> None:
        super().__init__()
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {ENGINES}, got {engine!r}")
        self._name = "IncimapPoints"
        self.data = data
        self.engine = engine
        self.js_class = "GridPoints" if engine == "grid" else "ClusterPoints"
        self.static_assets = (
            *(MARKERCLUSTER_ASSETS if engine == "markercluster" else ()),
            "core.js",
            "points.js",
            "grid.js" if engine == "grid" else "cluster.js",
            "incimap.css",
        )
        self.core_json = data.to_core_json(popup_id=f"{self.get_name()}_popup")
        self.popup_json = data.to_popup_json(pack_above_bytes=pack_above_bytes)
