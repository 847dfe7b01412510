"""A folium ``Map`` that needs no CDN: its scripts and styles are inlined at render time.

folium's ``Map.default_js``/``default_css`` are class-level lists shared by every map in
the process (and point at CDNs, with Bootstrap and Font Awesome we do not use); this map
gives each instance its own empty lists instead of changing folium's.
"""

from __future__ import annotations

from typing import Any, Final

import folium

from maps.assets import Asset, InlineAssets, read_static, read_xstatic_assets

MAX_ZOOM: Final = 18


class IncimapMap(folium.Map):
    """A canvas-first map whose children declare our static files in ``static_assets``."""

    def __init__(self, **kwargs: Any) -> None:
        # markercluster reads maxZoom from the map; without tiles nothing else sets it.
        super().__init__(tiles=None, prefer_canvas=True, max_zoom=MAX_ZOOM, **kwargs)
        self.options["max_zoom"] = MAX_ZOOM
        self.default_js: list[tuple[str, str]] = []
        self.default_css: list[tuple[str, str]] = []

    def render(self, **kwargs: Any) -> Any:
        """Inline third-party assets, then each child's own static files, once each."""
        names: list[str] = []
        for child in self._children.values():
            for name in getattr(type(child), "static_assets", ()):
                if name not in names:
                    names.append(name)
        assets: tuple[Asset, ...] = (
            *read_xstatic_assets(),
            *(read_static(name) for name in names),
        )
        self.add_child(InlineAssets(assets), name="incimap_assets", index=0)
        return super().render(**kwargs)  # type: ignore[no-untyped-call]
