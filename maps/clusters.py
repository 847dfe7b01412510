"""One clustering across every category: each bubble counts the shown points of all
visible categories near it, and its ring shows each category's share in its colour."""

from __future__ import annotations

from folium.template import Template

from maps.element import IncimapElement


class Clusters(IncimapElement):
    """Draws the point layers already on the map; add it after them.

    At each move the shown points in view are counted into screen cells of ``cell_px``;
    bubbles whose icons would touch are then merged, so no two icons overlap. A lone
    point is drawn as its category's symbol. The cost grows with the points in view,
    not with a clustering tree, so a million points draw at once.
    """

    static_assets: tuple[str, ...] = (
        "core.js",
        "symbols.js",
        "points.js",
        "clusters.js",
        "permalink.js",
    )
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = new L.Incimap.Clusters({{ this._parent.get_name() }},
            { cellPx: {{ this.cell_px|tojson }} });
        L.Incimap.watchPermalink({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, *, cell_px: int = 64) -> None:
        super().__init__()
        self._name = "IncimapClusters"
        self.cell_px = cell_px
