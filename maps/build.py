"""``build_map``: a GeoDataFrame drawn as one overlay per category, clustered together, and
``write_map``: the map saved atomically as one self-contained HTML file.

The frame's meaning is the caller's: it names the category column, the time column, the
popup fields and the colours. Rows without a geometry are left out; polygons are drawn
at a representative point, with the polygon as the area of uncertainty.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Final

from maps.columns import PopupField
from maps.layers import to_layer_data
from maps.points import PACK_ABOVE_BYTES, LayerData

if TYPE_CHECKING:
    import folium
    import geopandas as gpd

ATTRIBUTION: Final = "Country outlines: Natural Earth"
OSM_ATTRIBUTION: Final = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)


def build_map(
    frame: gpd.GeoDataFrame,
    *,
    layer_column: str,
    time_column: str | None = None,
    popup_fields: Sequence[PopupField] = (),
    heading_column: str | None = None,
    precision_column: str | None = None,
    radius_column: str | None = None,
    id_column: str | None = None,
    title: str = "Map",
    colours: Mapping[str, str] | None = None,
    symbols: Mapping[str, str] | None = None,
    attribution: str = "",
    offline: bool = False,
    heat: bool = True,
    pack_popups_above: int | None = PACK_ABOVE_BYTES,
) -> folium.Map:
    """Draw ``frame`` with one overlay per value of ``layer_column``, clustered together.

    ``colours`` maps a category to ``#rrggbb`` and also sets the legend's order (other
    categories follow, largest first, in colours of ``maps.layers.PALETTE``); ``symbols``
    maps a category to a name of ``maps.symbols.SYMBOLS`` (others follow in order).
    ``precision_column`` holds 1 (exact), 2 (near) or 3 (region); 2 and 3 get a circle
    of ``radius_column`` metres (or their polygon), and a toggle hides them.
    ``id_column`` holds a stable id per row: ``#id=<id>`` in the page's URL opens that
    row's popup, and an open popup puts its row's id there.
    ``offline`` leaves out the tile layer: the map then loads nothing from the network;
    otherwise, when the tiles cannot load, the country outlines are filled as land.
    ``attribution`` is plain text naming the data's sources.
    A layer's popup data larger than ``pack_popups_above`` bytes is gzipped (None: never).
    """
    from maps.basemap import IncimapMap
    from maps.clusters import Clusters
    from maps.control import Attribution, LayerControl
    from maps.heat import Heat
    from maps.legend import Legend, Title
    from maps.outline import Outline
    from maps.points import PointLayer
    from maps.time_filter import TimeFilter
    from maps.uncertainty import Uncertainty

    # Each layer's popup block is gzipped on a thread as soon as the layer is cut, while
    # the next layers are cut and the page is put together: zlib works without Python's
    # lock (1 s of CPU at a million incidents, which a second core takes off the wall
    # time). Only the gzip goes there: packing the block holds the lock, and two threads
    # taking turns at it cost more CPU than they saved. The page waits for each block
    # when it is rendered.
    packer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="incimap-popups")
    popups: list[Future[str]] = []

    def pack(layer: LayerData) -> None:
        packed = layer.to_popup_pack()
        popups.append(packer.submit(packed.to_json, pack_above_bytes=pack_popups_above))

    try:
        layers = to_layer_data(
            frame,
            layer_column=layer_column,
            time_column=time_column,
            popup_fields=popup_fields,
            heading_column=heading_column,
            precision_column=precision_column,
            radius_column=radius_column,
            id_column=id_column,
            colours=colours or {},
            symbols=symbols,
            on_layer=pack,
        )
    except BaseException:
        packer.shutdown(wait=False, cancel_futures=True)
        raise
    packer.shutdown(wait=False)  # the packs queued still run; no new one comes
    fmap = IncimapMap()
    _fit_to(fmap, layers=layers)  # before the tiles, so none are fetched for a world view
    bases = []
    if not offline:
        import folium

        tiles = folium.TileLayer(
            "OpenStreetMap", name="OpenStreetMap", attr=OSM_ATTRIBUTION, control=False
        )
        fmap.add_child(tiles)
        bases.append(("OpenStreetMap", tiles))
    fmap.add_child(Outline(filled=offline))
    for layer, popup in zip(layers, popups, strict=True):
        fmap.add_child(PointLayer(layer, popup_json=popup))
    fmap.add_child(Clusters())
    if precision_column is not None:
        fmap.add_child(Uncertainty())
    if heat:
        fmap.add_child(Heat())
    fmap.add_child(Title(title))
    fmap.add_child(Legend())
    if time_column is not None:
        fmap.add_child(TimeFilter())
    fmap.add_child(LayerControl(bases=bases))
    fmap.add_child(Attribution("; ".join(filter(None, (attribution, ATTRIBUTION)))))
    return fmap


def _fit_to(fmap: folium.Map, *, layers: Sequence[LayerData]) -> None:
    import numpy as np

    from maps.basemap import FitView

    drawn = [layer for layer in layers if len(layer.lat)]
    south = min((float(np.min(layer.lat)) for layer in drawn), default=-50.0)
    north = max((float(np.max(layer.lat)) for layer in drawn), default=70.0)
    west = min((float(np.min(layer.lon)) for layer in drawn), default=-150.0)
    east = max((float(np.max(layer.lon)) for layer in drawn), default=160.0)
    fmap.add_child(FitView(bounds_latlon=((south, west), (north, east)), max_zoom=10))


def write_map(fmap: folium.Map, path: Path, *, overwrite: bool = False) -> Path:
    """Render ``fmap`` and write it to ``path`` atomically (temp file, then rename).

    Refuses to replace an existing file unless ``overwrite``.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileExistsError(f"{path} exists; pass overwrite=True to replace it")
    html = fmap.get_root().render()
    # A missing output folder is created, as `-o out/map.html` asks for it.
    path.parent.mkdir(parents=True, exist_ok=True)
    # A unique name in the same folder, opened with "x" so the umask sets its mode.
    tmp_path = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        with tmp_path.open("x", encoding="utf-8") as out:
            out.write(html)
        os.replace(tmp_path, path)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise
    return path
