"""A category's points: one overlay per category, drawn from compact column arrays.

The data sits in a ``<script type="application/json">`` block (safe JSON, so report text
cannot close it). ``points.js`` registers it with the map's controller; the one
clustering of every category (``maps.clusters``) draws it. Popups are built from the
arrays on click.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from folium.template import Template

from maps.assets import to_safe_json
from maps.columns import typed_codes, typed_column
from maps.element import IncimapElement
from maps.popup_pack import PopupPack, pack_popups
from maps.symbols import check_symbol

if TYPE_CHECKING:
    from concurrent.futures import Future

    import numpy as np

COORDINATE_DIGITS: Final = 5
_COORDINATE_SCALE: Final = 10**COORDINATE_DIGITS  # the page's fixed-point degrees
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

    ``lat``/``lon`` are rounded degrees; ``day`` holds days since 1970-01-01 or None
    (lists or numpy arrays: arrays stay arrays until the JSON is written);
    ``fields`` holds ``(label, kind, encoded column)``; ``shapes`` maps a row to a
    GeoJSON geometry drawn as that row's area of uncertainty; ``ids`` holds each row's
    stable id, which the page's permalink (``#id=...``) names.
    """

    name: str
    colour: str
    lat: Sequence[float] | np.ndarray
    lon: Sequence[float] | np.ndarray
    symbol: str = "circle"
    day: Sequence[int | None] | np.ndarray | None = None
    precision: dict[str, Any] | None = None
    radius_m: dict[str, Any] | None = None
    heading: dict[str, Any] | None = None
    fields: Sequence[tuple[str, str, dict[str, Any]]] = ()
    shapes: dict[int, object] = field(default_factory=dict)
    ids: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        check_colour(self.colour)
        check_symbol(self.symbol)
        if len(self.lat) != len(self.lon):
            raise ValueError(f"lat has {len(self.lat)} values but lon has {len(self.lon)}")

    def to_core_json(self, *, popup_id: str | None) -> str:
        """The columns needed to draw and filter, as one safe JSON object."""
        return to_safe_json(
            {
                "name": self.name,
                "colour": self.colour,
                "symbol": self.symbol,
                "n": len(self.lat),
                "lat": typed_column(self.lat, scale=_COORDINATE_SCALE),
                "lon": typed_column(self.lon, scale=_COORDINATE_SCALE),
                "day": None if self.day is None else typed_column(self.day),
                "precision": typed_codes(self.precision),
                "radius_m": typed_codes(self.radius_m),
                "shapes": {str(row): shape for row, shape in self.shapes.items()},
                "popup_id": popup_id,
            }
        )

    def to_popup_json(self, *, pack_above_bytes: int | None = None) -> str:
        """The popup columns, read by the page only when a popup first opens.

        Texts travel as UTF-8 bytes in one block (``maps.popup_pack``); above
        ``pack_above_bytes`` the block is gzipped, which the page unpacks with the
        browser's ``DecompressionStream``: report text compresses several times over.
        """
        return self.to_popup_pack().to_json(pack_above_bytes=pack_above_bytes)

    def to_popup_pack(self) -> PopupPack:
        """The popup columns packed, before they are gzipped and written as JSON."""
        return pack_popups(heading=self.heading, ids=self.ids, fields=list(self.fields))


class PointLayer(IncimapElement):
    """One category's points, toggled as one overlay in the layer control and the legend.

    It only registers the category; ``maps.clusters.Clusters`` draws all of them at once.
    """

    static_assets: tuple[str, ...] = ("core.js", "symbols.js", "points.js", "incimap.css")
    _template = Template(
        """
        {% macro html(this, kwargs) %}
        <script type="application/json" id="{{ this.get_name() }}_data">
        {{- this.core_json -}}
        </script>
        {% endmacro %}
        {% macro trailer(this, kwargs) %}
        <script type="application/json" id="{{ this.get_name() }}_popup">
        {{- this.popup_json -}}
        </script>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = new L.Incimap.Points(
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
        pack_above_bytes: int | None = PACK_ABOVE_BYTES,
        popup_json: Future[str] | None = None,
    ) -> None:
        """``popup_json``: ``data.to_popup_json(...)`` being made on another thread
        (``maps.build``), waited for when the page is rendered; None: made here."""
        super().__init__()
        self._name = "IncimapPoints"
        self.data = data
        self.core_json = data.to_core_json(popup_id=f"{self.get_name()}_popup")
        self._popup_json: Future[str] | str = (
            data.to_popup_json(pack_above_bytes=pack_above_bytes)
            if popup_json is None
            else popup_json
        )

    @property
    def popup_json(self) -> str:
        """The popup columns as the page holds them (``LayerData.to_popup_json``)."""
        if not isinstance(self._popup_json, str):
            self._popup_json = self._popup_json.result()
        return self._popup_json
