"""A QGIS style embedded in a GeoPackage: QML in the standard ``layer_styles`` table.

QGIS looks up ``layer_styles`` when it opens a GeoPackage layer and applies the row
marked ``useAsDefault``. The style is a categorized renderer on ``event_type`` with the
HTML map's colours (``geo.taxonomy``), so a layer looks the same in both. The QML is
built with ElementTree, which escapes every value.
"""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Final

from geo.taxonomy import EVENT_TYPE_COLOURS, OTHER_COLOUR

QGIS_VERSION: Final = "3.22.0"  # oldest QGIS we target: Debian 12's
STYLE_NAME: Final = "incimap event types"

# The columns and types QGIS itself uses when it creates this table in a GeoPackage.
CREATE_LAYER_STYLES: Final = """
CREATE TABLE IF NOT EXISTS layer_styles (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    f_table_catalog TEXT(256),
    f_table_schema TEXT(256),
    f_table_name TEXT(256),
    f_geometry_column TEXT(256),
    styleName TEXT(30),
    styleQML TEXT,
    styleSLD TEXT,
    useAsDefault BOOLEAN,
    description TEXT,
    owner TEXT(30),
    ui TEXT(30),
    update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
)
"""


@dataclass(frozen=True, slots=True)
class LayerStyle:
    """The default style of one GeoPackage layer."""

    table: str
    geometry_column: str
    symbol: str  # "marker" for points, "fill" for areas
    attribute: str = "event_type"


def rgba_of(hex_colour: str, *, alpha: int = 255) -> str:
    """Return QGIS's ``r,g,b,a`` form of ``#RRGGBB``.

    >>> rgba_of("#D55E00")
    '213,94,0,255'
    """
    digits = hex_colour.lstrip("#")
    red, green, blue = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    return f"{red},{green},{blue},{alpha}"


def build_categorized_qml(style: LayerStyle) -> str:
    """Return a QML document: one category per ACLED event type, others in grey."""
    root = ET.Element("qgis", version=QGIS_VERSION, styleCategories="Symbology")
    renderer = ET.SubElement(
        root,
        "renderer-v2",
        type="categorizedSymbol",
        attr=style.attribute,
        forceraster="0",
        symbollevels="0",
        enableorderby="0",
    )
    categories = ET.SubElement(renderer, "categories")
    symbols = ET.SubElement(renderer, "symbols")
    colours = [*EVENT_TYPE_COLOURS.items(), ("", OTHER_COLOUR)]
    for index, (value, colour) in enumerate(colours):
        ET.SubElement(
            categories,
            "category",
            render="true",
            symbol=str(index),
            value=value,
            label=value or "Other",
        )
        symbols.append(_symbol(str(index), colour=colour, kind=style.symbol))
    source = ET.SubElement(renderer, "source-symbol")
    source.append(_symbol("0", colour=OTHER_COLOUR, kind=style.symbol))
    body = ET.tostring(root, encoding="unicode")
    return f"<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n{body}\n"


def _symbol(name: str, *, colour: str, kind: str) -> ET.Element:
    symbol = ET.Element(
        "symbol", type=kind, name=name, alpha="1", clip_to_extent="1", force_rhr="0"
    )
    if kind == "marker":
        props = {
            "name": "circle",
            "color": rgba_of(colour),
            "outline_color": "35,35,35,255",
            "outline_width": "0.2",
            "size": "2.6",
            "size_unit": "MM",
        }
        layer = ET.SubElement(symbol, "layer", attrib={"class": "SimpleMarker"})
    else:
        props = {
            "color": rgba_of(colour, alpha=50),
            "outline_color": rgba_of(colour),
            "outline_style": "dash",
            "outline_width": "0.4",
            "style": "solid",
        }
        layer = ET.SubElement(symbol, "layer", attrib={"class": "SimpleFill"})
    layer.set("enabled", "1")
    layer.set("locked", "0")
    layer.set("pass", "0")
    for key, value in props.items():
        ET.SubElement(layer, "prop", k=key, v=value)
    return symbol


def write_layer_styles(connection: sqlite3.Connection, *, styles: tuple[LayerStyle, ...]) -> None:
    """Create ``layer_styles``, register it in ``gpkg_contents`` and store each style."""
    connection.execute(CREATE_LAYER_STYLES)
    connection.execute(
        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description)"
        " VALUES (?, ?, ?, ?)",
        ("layer_styles", "attributes", "layer_styles", "QGIS styles of the layers"),
    )
    for style in styles:
        connection.execute(
            "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name,"
            " f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description,"
            " owner, ui) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                "",
                "",
                style.table,
                style.geometry_column,
                STYLE_NAME,
                build_categorized_qml(style),
                "",
                1,
                f"{style.table} by {style.attribute}, in the colours of incimap's map",
                "incimap",
                "",
            ),
        )
