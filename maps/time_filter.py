"""The date-range filter: two sliders over the days of the point layers' time column."""

from __future__ import annotations

from folium.template import Template

from maps.element import IncimapElement


class TimeFilter(IncimapElement):
    """Shows only the points dated from the first slider's day to the second's.

    Add it after the point layers: it spans the days of those already on the map. It
    hides itself when no point has a date.
    """

    static_assets: tuple[str, ...] = ("core.js", "time_filter.js", "incimap.css")
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = new L.Incimap.TimeFilter({ heading: {{ this.heading|tojson }} })
            .addTo({{ this._parent.get_name() }});
        L.Incimap.of({{ this._parent.get_name() }}).timeFilter = {{ this.get_name() }};
        {% endmacro %}
        """
    )

    def __init__(self, *, heading: str = "Dates") -> None:
        super().__init__()
        self._name = "IncimapTimeFilter"
        self.heading = heading
