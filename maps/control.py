"""The layer control: base tiles plus every overlay the incimap elements registered."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from branca.element import MacroElement
from folium.template import Template

from maps.element import IncimapElement


class LayerControl(IncimapElement):
    """Leaflet's layers control listing the registered overlays; add it last.

    ``bases`` pairs a label with a folium layer already on the map (e.g. a TileLayer).
    Overlays registered as hidden are removed from the map here, so they start off.
    """

    static_assets: tuple[str, ...] = ("core.js",)
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
            var ctl = L.Incimap.of(map), bases = {}, overlays = {};
            {%- for label, layer in this.bases %}
            bases[L.Incimap.escapeHtml({{ label|tojson }})] = {{ layer.get_name() }};
            {%- endfor %}
            ctl.overlays.forEach(function (entry) {
                overlays[entry[0]] = entry[1];
                if (!entry[2] && map.hasLayer(entry[1])) { map.removeLayer(entry[1]); }
            });
            var options = { collapsed: {{ this.collapsed|tojson }} };
            ctl.layerControl = L.control.layers(bases, overlays, options).addTo(map);
            ctl.start();
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self, *, bases: Sequence[tuple[str, MacroElement]] = (), collapsed: bool = False
    ) -> None:
        super().__init__()
        self._name = "IncimapLayerControl"
        self.bases = tuple(bases)
        self.collapsed = collapsed


class Attribution(IncimapElement):
    """Names the data's sources in Leaflet's attribution line (``text`` is plain text)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.html|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "IncimapAttribution"
        # Leaflet shows attributions as HTML, so the plain text is escaped here.
        self.html = escape(text)
