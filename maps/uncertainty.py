"""Areas of uncertainty (a circle of the row's radius, or its polygon) for imprecise
points, and the checkbox that hides those points."""

from __future__ import annotations

from folium.template import Template

from maps.element import IncimapElement


class Uncertainty(IncimapElement):
    """An overlay of the uncertainty areas of shown points of precision 2 or 3 in view,
    plus the "hide uncertain" checkbox. At most ``max_shapes`` areas are drawn at once."""

    static_assets: tuple[str, ...] = ("core.js", "uncertainty.js", "incimap.css")
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function (map) {
            var layer = new L.Incimap.Uncertainty({ maxShapes: {{ this.max_shapes|tojson }} });
            var ctl = L.Incimap.of(map);
            ctl.addOverlay({{ this.label|tojson }}, layer, true);
            layer.addTo(map);
            ctl.uncertainty = layer;
            ctl.uncertainToggle = new L.Incimap.UncertainToggle().addTo(map);
            return layer;
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, *, label: str = "Uncertainty areas", max_shapes: int = 2000) -> None:
        super().__init__()
        self._name = "IncimapUncertainty"
        self.label = label
        self.max_shapes = max_shapes
