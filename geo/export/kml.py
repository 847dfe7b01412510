"""KML with a Folder per event type, each Placemark carrying all fields as ExtendedData.

The document is built with ElementTree, which escapes every value, so report text such
as ``<script>`` or ``]]>`` is stored as text and never as markup. Control characters that
XML cannot hold become U+FFFD, and KML readers (GDAL's LIBKML) trim leading and trailing
whitespace of values, but ``read_kml`` parses our own files itself, so all other text
comes back as written, even text that looks like a number. Each folder has a
style in the map's colour. KML coordinates are lon,lat.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

import pandas as pd
import pyogrio
import shapely

from gazetteer.compiled_patterns import lazy_compile
from geo.export.schema import normalise_frame
from geo.incident import FIELDS, FLOAT_FIELDS, INTEGER_FIELDS
from geo.taxonomy import colour_of

if TYPE_CHECKING:
    import geopandas as gpd

NAMESPACE: Final = "http://www.opengis.net/kml/2.2"
SCHEMA_ID: Final = "incident"
UNTYPED_FOLDER: Final = "Unknown type"
_NOT_XML: Final = lazy_compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def kml_colour_of(event_type: str) -> str:
    """Return KML's ``aabbggrr`` form of the event type's map colour.

    >>> kml_colour_of("Battles")  # #D55E00
    'ff005ed5'
    """
    digits = colour_of(event_type).lstrip("#").lower()
    return f"ff{digits[4:6]}{digits[2:4]}{digits[0:2]}"


def write_kml(frame: gpd.GeoDataFrame, *, path: Path) -> None:
    """Write ``frame`` to a new KML file at ``path``."""
    kml = ET.Element("kml", xmlns=NAMESPACE)
    document = ET.SubElement(kml, "Document", id="incidents")
    ET.SubElement(document, "name").text = "incidents"
    document.append(_schema())
    for event_type, rows in frame.groupby("event_type", sort=True, dropna=False):
        label = str(event_type) or UNTYPED_FOLDER
        style_id = f"type{len(document)}"
        style = ET.SubElement(document, "Style", id=style_id)
        icon = ET.SubElement(style, "IconStyle")
        ET.SubElement(icon, "color").text = kml_colour_of(str(event_type))
        folder = ET.SubElement(document, "Folder")
        ET.SubElement(folder, "name").text = xml_safe(label)
        for record, point in zip(rows[list(FIELDS)].to_dict("records"), rows.geometry, strict=True):
            folder.append(_placemark(record, point=point, style_id=style_id))
    ET.indent(kml, space=" ")
    # ElementTree leaves a carriage return raw, and XML parsers turn it into a newline;
    # as a character reference it survives. Markup itself never contains one.
    body = ET.tostring(kml, encoding="unicode").replace("\r", "&#13;")
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("<?xml version='1.0' encoding='utf-8'?>\n")
        stream.write(body)
        stream.write("\n")


def _schema() -> ET.Element:
    schema = ET.Element("Schema", name=SCHEMA_ID, id=SCHEMA_ID)
    for name in FIELDS:
        kind = "int" if name in INTEGER_FIELDS else "double" if name in FLOAT_FIELDS else "string"
        ET.SubElement(schema, "SimpleField", name=name, type=kind)
    return schema


def _placemark(record: dict[str, object], *, point: object, style_id: str) -> ET.Element:
    placemark = ET.Element("Placemark")
    ET.SubElement(placemark, "name").text = xml_safe(
        str(record["location"] or record["place_name"])
    )
    ET.SubElement(placemark, "description").text = xml_safe(
        str(record["evidence"] or record["notes"])
    )
    ET.SubElement(placemark, "styleUrl").text = f"#{style_id}"
    data = ET.SubElement(ET.SubElement(placemark, "ExtendedData"), "SchemaData")
    data.set("schemaUrl", f"#{SCHEMA_ID}")
    for name, value in record.items():
        if is_null(value):
            continue  # null stays null: the field is left out
        text = value.isoformat() if isinstance(value, date) else repr_of(value)
        ET.SubElement(data, "SimpleData", name=name).text = xml_safe(text)
    if isinstance(point, shapely.Point) and not point.is_empty:
        ET.SubElement(
            ET.SubElement(placemark, "Point"), "coordinates"
        ).text = f"{float(point.x)!r},{float(point.y)!r}"  # KML is lon,lat
    return placemark


def xml_safe(text: str) -> str:
    r"""Replace the characters that XML 1.0 cannot hold (most C0 controls) with U+FFFD.

    >>> xml_safe("a\x00b\x1bc\td") == "a\ufffdb\ufffdc\td"
    True
    """
    return _NOT_XML.sub("\ufffd", text)


def is_null(value: object) -> bool:
    """Return whether ``value`` is a missing value (None, NA, NaN).

    >>> is_null(None), is_null(float("nan")), is_null(0), is_null("")
    (True, True, False, False)
    """
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


def repr_of(value: object) -> str:
    """Return the text of a field value; floats keep every digit.

    >>> repr_of(40.331412345), repr_of(3), repr_of("a<b")
    ('40.331412345', '3', 'a<b')
    """
    if isinstance(value, float):
        return repr(value)
    return str(value)


def read_kml_layer(path: Path) -> gpd.GeoDataFrame:
    """Read every Placemark of a KML file into one frame, all its fields as text.

    A file that ``write_kml`` wrote is parsed here, so its values come back exactly as
    they were written (a location written "0\\n" stays that text); any other KML goes
    through GDAL, one layer per folder.
    """
    import geopandas as gpd

    markup = path.read_bytes()
    if b"<!DOCTYPE" in markup or b"<!ENTITY" in markup:
        # Never written by write_kml; entity tricks (billion laughs) are GDAL's to refuse.
        return _read_kml_with_gdal(path)
    records: list[dict[str, str]] = []
    lonlats: list[shapely.Point | None] = []
    root = ET.fromstring(markup)  # noqa: S314 - no DTD, so no entity expansion
    for placemark in root.iter(f"{{{NAMESPACE}}}Placemark"):
        data = placemark.find(f"{{{NAMESPACE}}}ExtendedData/{{{NAMESPACE}}}SchemaData")
        if data is None or data.get("schemaUrl") != f"#{SCHEMA_ID}":
            return _read_kml_with_gdal(path)
        records.append({str(e.get("name")): e.text or "" for e in data})
        coordinates = placemark.find(f"{{{NAMESPACE}}}Point/{{{NAMESPACE}}}coordinates")
        lonlats.append(_point_of(coordinates.text if coordinates is not None else None))
    frame = pd.DataFrame.from_records(records, columns=list(FIELDS))
    return gpd.GeoDataFrame(frame, geometry=lonlats, crs="EPSG:4326")


def _point_of(text: str | None) -> shapely.Point | None:
    if not text or not text.strip():
        return None
    lon, lat, *_ = (float(part) for part in text.strip().split(","))  # KML is lon,lat
    return shapely.Point(lon, lat)


def _read_kml_with_gdal(path: Path) -> gpd.GeoDataFrame:
    layers = [str(name) for name, _ in pyogrio.list_layers(path)]
    parts = [pyogrio.read_dataframe(path, layer=layer) for layer in layers]
    parts = [part for part in parts if len(part)]
    if not parts:
        return normalise_frame(pd.DataFrame(columns=list(FIELDS)))
    frame = pd.concat(parts, ignore_index=True)
    if "id2" in frame.columns:
        # GDAL's LIBKML driver names the Placemark's id attribute "id", so ours is "id2".
        frame["id"] = frame["id2"]
    return frame


def read_kml(path: Path) -> gpd.GeoDataFrame:
    """Read a KML file that ``write_kml`` wrote back into a typed incident frame."""
    frame = read_kml_layer(path)
    # GDAL adds KML's own fields (Name, timestamp, altitudeMode, ...); keep ours only.
    ours = [name for name in FIELDS if name in frame.columns]
    return normalise_frame(frame[[*ours, frame.geometry.name]])
