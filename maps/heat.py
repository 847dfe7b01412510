"""A heat (density) overlay of the shown points, off until switched on in the layer
control. It is our own small canvas layer: folium's HeatMap plugin loads a CDN script."""

from __future__ import annotations

from folium.template import Template

from maps.element import IncimapElement


class Heat(IncimapElement):
    """Registers the heat layer in the layer control, switched off."""

    static_assets: tuple[str, ...] = ("core.js", "heat.js")
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = new L.Incimap.Heat({ radius: {{ this.radius_px|tojson }} });
        L.Incimap.of({{ this._parent.get_name() }}).heat = {{ this.get_name() }};
        L.Incimap.of({{ this._parent.get_name() }}).addOverlay(
            {{ this.label|tojson }}, {{ this.get_name() }}, false);
        {% endmacro %}
        """
    )

    def __init__(self, *, label: str = "Heat map", radius_px: int = 20) -> None:
        super().__init__()
        self._name = "IncimapHeat"
        self.label = label
        self.radius_px = radius_px
