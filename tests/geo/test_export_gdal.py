"""Exports read back with Debian's GDAL tools (ogrinfo, validate_gpkg.py) and with QGIS."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pyogrio
import pytest
from pyproj import Geod

from geo.export import FORMATS, write_incidents
from geo.incident import Incident, to_geodataframe
from geo.taxonomy import EVENT_TYPE_COLOURS
from tests.geo.export_cases import sample_frame

OGRINFO = shutil.which("ogrinfo")
SYSTEM_PYTHON = "/usr/bin/python3"
VALIDATE_GPKG = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"

needs_ogrinfo = pytest.mark.skipif(
    OGRINFO is None, reason="Debian's gdal-bin (ogrinfo) is not installed; .ci/install adds it"
)


def ogrinfo(*args: str) -> str:
    assert OGRINFO is not None
    done = subprocess.run(
        [OGRINFO, "-ro", *args], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


def ogr_formats() -> str:
    return ogrinfo("--formats") if OGRINFO else ""


# JSON Lines incidents carry latitude and longitude fields, not a geometry GDAL reads.
GDAL_READABLE = sorted(set(FORMATS) - {"jsonl"})


def written(tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"incidents{FORMATS[name].suffixes[0]}"
    write_incidents(sample_frame(), path)
    return path


@pytest.mark.gdal
@needs_ogrinfo
@pytest.mark.parametrize("name", GDAL_READABLE)
def test_ogrinfo_counts_every_incident(tmp_path: Path, name: str) -> None:
    if name == "parquet" and "Parquet" not in ogr_formats():
        pytest.skip("this GDAL build has no Parquet driver (Debian 12's has none)")
    path = written(tmp_path, name)
    layer = ["incidents"] if name == "gpkg" else []
    summary = ogrinfo("-so", "-al", str(path), *layer)
    counts = [int(n) for n in re.findall(r"Feature Count: (\d+)", summary)]
    assert sum(counts) == 5
    dump = ogrinfo("-al", "-q", str(path), *layer)
    assert "Ստեփանակերտ" in dump
    assert "Nowhereville-sur-Mer" in dump  # the unresolved row is there, without a point


@pytest.mark.gdal
@needs_ogrinfo
@pytest.mark.parametrize("name", ["gpkg", "geojson", "fgb"])
def test_ogrinfo_sees_typed_fields(tmp_path: Path, name: str) -> None:
    layer = ["incidents"] if name == "gpkg" else []
    summary = ogrinfo("-so", "-al", str(written(tmp_path, name)), *layer)
    types = dict(re.findall(r"^(\w+): (\w+) \(", summary, flags=re.MULTILINE))
    assert types["fatalities"] in ("Integer", "Integer64")
    # FlatGeobuf has no date-only column type; the reader turns its DateTime back to dates.
    assert types["event_date"] == ("DateTime" if name == "fgb" else "Date")
    assert types["latitude"] == "Real"
    assert types["location"] == "String"


@pytest.mark.gdal
@pytest.mark.skipif(
    not (Path(SYSTEM_PYTHON).exists() and Path(VALIDATE_GPKG).exists()),
    reason="python3-gdal's validate_gpkg.py is not installed; .ci/install adds it",
)
@pytest.mark.parametrize("rows", ["sample", "empty", "unresolved only"])
def test_geopackage_passes_validate_gpkg(tmp_path: Path, rows: str) -> None:
    frame = {
        "sample": sample_frame(),
        "empty": to_geodataframe([]),
        "unresolved only": to_geodataframe(
            [Incident(id="u", event_type="Riots", flags="unresolved")]
        ),
    }[rows]
    path = tmp_path / "incidents.gpkg"
    write_incidents(frame, path)
    done = subprocess.run(
        [SYSTEM_PYTHON, VALIDATE_GPKG, str(path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in (done.stdout + done.stderr).lower()


@pytest.mark.gdal
@needs_ogrinfo
@pytest.mark.parametrize("name", sorted(set(GDAL_READABLE) - {"parquet"}))
def test_ogrinfo_reads_empty_files(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"empty{FORMATS[name].suffixes[0]}"
    write_incidents(to_geodataframe([]), path)
    layers = ["incidents", "uncertainty"] if name == "gpkg" else []  # not the two styles
    summary = ogrinfo("-so", "-al", str(path), *layers)
    assert sum(int(n) for n in re.findall(r"Feature Count: (\d+)", summary)) == 0


def test_geopackage_columns_have_sql_types(tmp_path: Path) -> None:
    path = written(tmp_path, "gpkg")
    with sqlite3.connect(path) as connection:
        columns = {row[1]: row[2] for row in connection.execute("PRAGMA table_info(incidents)")}
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        nulls = connection.execute(
            "SELECT count(*) FROM incidents WHERE fatalities IS NULL"
        ).fetchone()[0]
    assert (columns["fatalities"], columns["event_date"], columns["location"]) == (
        "INTEGER",
        "DATE",
        "TEXT",
    )
    assert columns["confidence"] == "REAL"
    assert version == 10300
    assert nulls == 3


def test_uncertainty_layer_holds_circles_for_precision_2_and_3(tmp_path: Path) -> None:
    frame = pyogrio.read_dataframe(written(tmp_path, "gpkg"), layer="uncertainty")
    assert sorted(frame["id"]) == ["mine-1", "region-3"]
    geod = Geod(ellps="WGS84")
    centres = sample_frame().set_index("id")
    for row in frame.itertuples():
        centre = centres.loc[row.id, "geometry"]
        lon, lat = row.geometry.exterior.xy
        _, _, distance_m = geod.inv([centre.x] * len(lon), [centre.y] * len(lat), lon, lat)
        assert max(abs(d - row.uncertainty_m) for d in distance_m) < 0.005 * row.uncertainty_m
    assert frame.set_index("id").loc["region-3", "uncertainty_m"] == 50_000.0  # from precision


def test_geopackage_embeds_a_categorized_qgis_style(tmp_path: Path) -> None:
    path = written(tmp_path, "gpkg")
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT f_table_name, f_geometry_column, useAsDefault, styleQML FROM layer_styles"
        ).fetchall()
        registered = connection.execute(
            "SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'"
        ).fetchone()
    assert registered == ("attributes",)
    assert sorted(r[0] for r in rows) == ["incidents", "uncertainty"]
    for table, geometry_column, default, qml in rows:
        assert (geometry_column, default) == ("geom", 1), table
        renderer = ET.fromstring(qml.split("\n", 1)[1]).find("renderer-v2")
        assert renderer is not None
        assert (renderer.get("type"), renderer.get("attr")) == ("categorizedSymbol", "event_type")
        symbol_of = {c.get("value"): c.get("symbol") for c in renderer.iter("category")}
        for event_type, colour in EVENT_TYPE_COLOURS.items():
            symbol = renderer.find(f"symbols/symbol[@name='{symbol_of[event_type]}']")
            assert symbol is not None
            props = {p.get("k"): p.get("v", "") for p in symbol.iter("prop")}
            red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
            assert props["color"].startswith(f"{red},{green},{blue},")


QGIS_PROBE = """
import sys
from qgis.core import QgsApplication, QgsVectorLayer
app = QgsApplication([], False)
app.initQgis()
for name in ("incidents", "uncertainty"):
    layer = QgsVectorLayer(sys.argv[1] + "|layername=" + name, name, "ogr")
    assert layer.isValid(), "QGIS cannot open the layer " + name
    renderer = layer.renderer()
    print(name, "renderer", renderer.type(), renderer.classAttribute())
    for category in renderer.categories():
        symbol = category.symbol()
        print(name, "category", category.value(), symbol.type(), symbol.color().name())
sys.stdout.flush()
# QGIS 3.22 can crash while tearing down offscreen; the answer is already printed.
import os
os._exit(0)
"""


def has_qgis() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import qgis.core"], capture_output=True, timeout=120
    )
    return probe.returncode == 0


@pytest.mark.qgis
def test_qgis_opens_the_geopackage_with_our_style(tmp_path: Path) -> None:
    if not has_qgis():
        pytest.skip("QGIS's Python API is absent: apt-get install qgis python3-qgis (1.3 GB)")
    path = written(tmp_path, "gpkg")
    script = tmp_path / "probe.py"
    script.write_text(QGIS_PROBE, encoding="utf-8")
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(tmp_path)}
    done = subprocess.run(
        [SYSTEM_PYTHON, str(script), str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert "incidents renderer categorizedSymbol event_type" in lines
    assert "uncertainty renderer categorizedSymbol event_type" in lines
    for event_type, colour in EVENT_TYPE_COLOURS.items():
        # Symbol types: 0 marker, 2 fill (Qgis.SymbolType).
        assert f"incidents category {event_type} 0 {colour.lower()}" in lines
        assert f"uncertainty category {event_type} 2 {colour.lower()}" in lines
