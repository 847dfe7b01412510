"""Country outlines from Natural Earth, so a map has geography with no tiles at all.

The shapes come from the copy of Natural Earth's 1:110m countries ("naturalearth_lowres",
public domain) that the installed ``pyogrio`` package ships in its test fixtures; we read
it in place and never copy it into the repo.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Final

from folium.template import Template

from maps.element import IncimapElement

NATURAL_EARTH_PATH: Final = "tests/fixtures/naturalearth_lowres/naturalearth_lowres.shp"
# 0.01° (about 1 km) is finer than the 1:110m source, and keeps the file small.
GRID_DEG: Final = 0.01


def natural_earth_path() -> Path:
    """Return the installed Natural Earth countries shapefile."""
    return Path(str(resources.files("pyogrio").joinpath(NATURAL_EARTH_PATH)))


def read_outline_geojson() -> str:
    """Read the country shapes as the JSON text of a FeatureCollection without properties.

    The text is put together from shapely's GeoJSON of each shape (numbers and keys
    only), not parsed and dumped again: that round trip cost half a second per map.

    >>> import json
    >>> len(json.loads(read_outline_geojson())["features"]) > 100
    True
    """
    import shapely
    from pyogrio.raw import read

    _, _, geometries, _ = read(natural_earth_path(), columns=[], read_geometry=True)
    shapes = shapely.set_precision(shapely.from_wkb(geometries), GRID_DEG)
    features = ",".join(
        '{"type":"Feature","properties":{},"geometry":' + geometry + "}"
        for geometry in shapely.to_geojson(shapes[~shapely.is_empty(shapes)]).tolist()
    )
    return '{"type":"FeatureCollection","features":[' + features + "]}"


class Outline(IncimapElement):
    """Grey country borders under the data; filled as land on a sea when there are no tiles,
    or as soon as a tile fails to load before any has loaded (no network)."""

    static_assets: tuple[str, ...] = ("core.js",)
    _template = Template(
        """
        {% macro html(this, kwargs) %}
        <script type="application/json" id="{{ this.get_name() }}_data">
        {{- this.data_json -}}
        </script>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function (map) {
            map.createPane("incimapOutline").style.zIndex = 250;
            var layer = L.geoJSON(L.Incimap.readJson({{ (this.get_name() ~ "_data")|tojson }}), {
                pane: "incimapOutline",
                interactive: false,
                style: { color: "#8a8a8a", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 0 }
            }).addTo(map);
            var ctl = L.Incimap.of(map);
            ctl.outline = layer;
            ctl.addOverlay({{ this.label|tojson }}, layer, true);
            // Land and sea: always without tiles, and by itself when the tiles fail.
            ctl.fillOutline = function (filled) {
                ctl.outlineFilled = filled;
                map.getContainer().style.background = filled ? "#cfe3ef" : "";
                layer.setStyle({ fillOpacity: filled ? 1 : 0 });
            };
            {%- if this.filled %}
            ctl.fillOutline(true);
            {%- else %}
            var loaded = 0;
            map.eachLayer(function (tiles) {
                if (!(tiles instanceof L.TileLayer)) { return; }
                tiles.on("tileerror", function () { if (!loaded) { ctl.fillOutline(true); } });
                tiles.on("tileload", function () {
                    loaded += 1;
                    if (ctl.outlineFilled) { ctl.fillOutline(false); }
                });
            });
            {%- endif %}
            return layer;
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, *, filled: bool, label: str = "Country outlines") -> None:
        super().__init__()
        self._name = "IncimapOutline"
        self.filled = filled
        self.label = label
        # Safe as it is: GeoJSON of shapes holds no <, > or &.
        self.data_json = read_outline_geojson()
