"""A folium ``Map`` that needs no CDN: its scripts and styles are inlined at render time.

folium's ``Map.default_js``/``default_css`` are class-level lists shared by every map in
the process (and point at CDNs, with Bootstrap and Font Awesome we do not use); this map
gives each instance its own empty lists instead of changing folium's.
"""

from __future__ import annotations

from typing import Any, Final

import folium
from folium.template import Template

from maps.assets import BASE_ASSETS, InlineAssets, read_asset
from maps.element import IncimapElement

MAX_ZOOM: Final = 18
# ((south, west), (north, east)) in degrees, as Leaflet's fitBounds takes it.
BoundsLatLon = tuple[tuple[float, float], tuple[float, float]]


class IncimapMap(folium.Map):
    """A canvas-first map whose children declare our static files in ``static_assets``."""

    def __init__(self, **kwargs: Any) -> None:
        # The clusters list a bubble's points at the map's maxZoom; without tiles nothing sets it.
        super().__init__(tiles=None, prefer_canvas=True, max_zoom=MAX_ZOOM, **kwargs)
        self.options["max_zoom"] = MAX_ZOOM
        self.default_js: list[tuple[str, str]] = []
        self.default_css: list[tuple[str, str]] = []

    def render(self, **kwargs: Any) -> Any:
        """Inline third-party assets, then each child's own static files, once each."""
        names = list(BASE_ASSETS)
        for child in self._children.values():
            for name in getattr(child, "static_assets", ()):
                if name not in names:
                    names.append(name)
        assets = tuple(read_asset(name) for name in names)
        self.add_child(InlineAssets(assets), name="incimap_assets", index=0)
        return super().render(**kwargs)  # type: ignore[no-untyped-call]


class FitView(IncimapElement):
    """Sets the first view to the data's bounds at once, with no zoom animation.

    (folium's ``fit_bounds`` animates from the world view; a view change made while that
    animation runs is dropped by Leaflet, and tiles are fetched for both views.)
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.fitBounds({{ this.bounds_latlon|tojson }},
            { maxZoom: {{ this.max_zoom|tojson }}, animate: false });
        {% endmacro %}
        """
    )

    def __init__(
        self, *, bounds_latlon: tuple[tuple[float, float], tuple[float, float]], max_zoom: int
    ) -> None:
        super().__init__()
        self._name = "IncimapFitView"
        self.bounds_latlon = [list(corner) for corner in bounds_latlon]
        self.max_zoom = max_zoom
