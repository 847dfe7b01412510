"""Inline JS/CSS assets, so that a map is one self-contained HTML file with no CDN.

Leaflet and jQuery are read from the installed XStatic packages
(never copied into the repo); our own small scripts come from ``maps/static``. Every
text that goes inside a ``<script>`` or ``<style>`` element is made unable to close it.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from branca.element import Element, Figure

from maps.element import RawHtml

# Assets are named "xstatic/<package>/<file>" (an installed XStatic package) or by the
# file name of one of ours in maps/static. These go in every map, in this order.
BASE_ASSETS: Final = (
    "xstatic/leaflet/leaflet.js",
    "xstatic/leaflet/leaflet.css",
    # Not used by our elements; folium's own popups and plug-ins need it.
    "xstatic/jquery/jquery.min.js",
)

STATIC_DIR: Final = Path(__file__).parent / "static"
_CSS_URL = re.compile(r"url\((images/[\w.-]+\.png)\)")
# U+2028/2029 end a line in JS source but not in JSON; escape them with the HTML-breakers.
# (A chain of str.replace: on megabytes of JSON it is ~10x faster than str.translate.)
_JSON_ESCAPES: Final = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


@dataclass(frozen=True, slots=True)
class Asset:
    """One inline script or style: ``kind`` is ``"js"`` or ``"css"``."""

    name: str
    kind: str
    text: str


def xstatic_dir(package: str) -> Path:
    """Return the data folder of an installed XStatic package, e.g. ``"leaflet"``."""
    module = __import__(f"xstatic.pkg.{package}", fromlist=["BASE_DIR"])
    return Path(module.BASE_DIR)


def _inline_images(css: str, *, base_dir: Path) -> str:
    # Inlined CSS loses its folder, so relative image URLs would break: use data URIs.
    def to_data_uri(match: re.Match[str]) -> str:
        data = base64.b64encode((base_dir / match.group(1)).read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{data})"

    return _CSS_URL.sub(to_data_uri, css)


def read_asset(name: str) -> Asset:
    """Read one asset by name (see ``BASE_ASSETS``); its kind comes from its suffix.

    >>> read_asset("xstatic/leaflet/leaflet.css").text.count("url(images/")
    0
    >>> read_asset("core.js").kind
    'js'
    """
    kind = name.rsplit(".", 1)[-1]
    if kind not in ("js", "css"):
        raise ValueError(f"asset {name!r} is neither .js nor .css")
    if name.startswith("xstatic/"):
        _, package, file = name.split("/", 2)
        folder = xstatic_dir(package)
    else:
        # Next to this file, not importlib.resources: Python 3.11's reader fails on
        # setuptools' editable installs ("MultiplexedPath only supports directories").
        folder, file = STATIC_DIR, name
    text = (folder / file).read_text(encoding="utf-8")
    if kind == "css":
        text = _inline_images(text, base_dir=folder)
    return Asset(name, kind, text)


def to_script_text(text: str) -> str:
    """Make ``text`` safe inside an inline ``<script>``/``<style>``: it cannot close it.

    >>> to_script_text('a = "</script>";')
    'a = "<\\\\/script>";'
    """
    return re.sub(r"</(script|style)", r"<\\/\1", text, flags=re.IGNORECASE)


def _array_items(value: object) -> object:
    # Columns stay numpy arrays until they are written; each becomes a list only here,
    # one at a time, so a million-point map never holds all its columns as Python lists.
    if hasattr(value, "tolist") and hasattr(value, "ndim"):
        return value.tolist()
    if hasattr(value, "to_pylist"):  # an Arrow array (text columns stay Arrow arrays)
        return value.to_pylist()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def to_safe_json(value: object) -> str:
    """Serialise ``value`` as JSON that is safe inside HTML and JS source.

    ``<``, ``>``, ``&`` and U+2028/2029 become ``\\u`` escapes, so report text such as
    ``</script>`` cannot end the element that holds the data.

    >>> to_safe_json({"t": "</script>"})
    '{"t":"\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_array_items
    )
    for raw, escaped in _JSON_ESCAPES:
        text = text.replace(raw, escaped)
    return text


class InlineAssets(Element):
    """Adds inline ``<script>``/``<style>`` elements to the figure's header, once each."""

    def __init__(self, assets: tuple[Asset, ...]) -> None:
        super().__init__()
        self._name = "InlineAssets"
        self.assets = assets

    def render(self, **kwargs: object) -> str:
        """Add each asset under its own name, so a second copy replaces the first."""
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError("InlineAssets must be inside a folium Map in a Figure")
        for asset in self.assets:
            tag = "script" if asset.kind == "js" else "style"
            html = f"<{tag}>{to_script_text(asset.text)}</{tag}>"
            figure.header.add_child(RawHtml(html), name=f"incimap_{asset.name}")
        return ""
