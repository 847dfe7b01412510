"""The title panel (title and shown count) and the categorical legend (colour and count)."""

from __future__ import annotations

from folium.template import Template

from maps.element import IncimapElement


class Title(IncimapElement):
    """The map's title with "N of M shown", kept current as filters and layers change."""

    static_assets: tuple[str, ...] = ("core.js", "legend.js", "incimap.css")
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        new L.Incimap.Title({ title: {{ this.title|tojson }} })
            .addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, title: str) -> None:
        super().__init__()
        self._name = "IncimapTitle"
        self.title = title


class Legend(IncimapElement):
    """One row per point layer: its colour, its name and how many of its points are shown.

    Add it after the point layers: it lists those already on the map.
    """

    static_assets: tuple[str, ...] = ("core.js", "legend.js", "incimap.css")
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        new L.Incimap.Legend({ heading: {{ this.heading|tojson }} })
            .addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, *, heading: str = "") -> None:
        super().__init__()
        self._name = "IncimapLegend"
        self.heading = heading
