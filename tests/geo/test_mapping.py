"""geo.mapping (incidents → maps) and ``incimap map``, run as a real subprocess."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pyogrio
import pytest

from geo.export import write_incidents
from geo.incident import Incident, to_geodataframe, uncertainty_m_for
from geo.mapping import build_incident_map, to_map_frame
from geo.taxonomy import BATTLES, EVENT_TYPE_COLOURS, EXPLOSIONS, PROTESTS
from maps.columns import decoded
from maps.points import PointLayer
from maps.popup_pack import popup_values


def incidents() -> list[Incident]:
    return [
        Incident(
            id="a1",
            event_type=EXPLOSIONS,
            sub_event_type="Shelling/artillery/missile attack",
            event_date=date(2020, 10, 4),
            fatalities=None,
            injured=0,
            actor1="Army of one side",
            actor2="Civilians",
            location="Suqovuşan",
            place_name="Madagiz",
            latitude=40.3314,
            longitude=46.7294,
            geo_precision=2,
            uncertainty_m=uncertainty_m_for(2),
            evidence="Shells hit the <b>school</b> yard; nobody counted the dead.",
            source="made-up.txt",
            source_url="https://example.org/report",
        ),
        Incident(
            id="b2",
            event_type=BATTLES,
            sub_event_type="Armed clash",
            event_date=date(2020, 10, 6),
            fatalities=3,
            location="Tartar",
            place_name="Tartar",
            latitude=40.3419,
            longitude=46.9306,
            geo_precision=1,
            uncertainty_m=uncertainty_m_for(1),
        ),
        Incident(id="c3", event_type=PROTESTS, location="nowhere known"),  # no point
    ]


def test_popup_columns_say_unknown_and_name_the_place_as_written() -> None:
    frame = to_map_frame(to_geodataframe(incidents()))
    assert list(frame["_killed"]) == ["not reported", "3", "not reported"]
    assert list(frame["_injured"]) == ["0", "not reported", "not reported"]
    assert frame["_place"][0] == "Madagiz (reported as Suqovuşan)"
    assert frame["_place"][1] == "Tartar"
    assert frame["_precision"][0] == "near the place (±10 km)"
    assert frame["_actors"][0] == "Army of one side; Civilians"


def test_layers_are_event_types_in_taxonomy_order_and_colours() -> None:
    fmap = build_incident_map(to_geodataframe(incidents()), offline=True)
    layers = [child.data for child in fmap._children.values() if isinstance(child, PointLayer)]
    assert [layer.name for layer in layers] == [BATTLES, EXPLOSIONS]  # the point-less row is out
    assert [layer.colour for layer in layers] == [
        EVENT_TYPE_COLOURS[BATTLES],
        EVENT_TYPE_COLOURS[EXPLOSIONS],
    ]
    explosions = layers[1]
    assert explosions.radius_m == {"v": [10_000.0]}
    killed = dict((label, col) for label, _, col in explosions.fields)["Killed"]
    assert decoded(killed) == ["not reported"]


def test_layer_by_another_field_gets_palette_colours() -> None:
    fmap = build_incident_map(to_geodataframe(incidents()), offline=True, layer_by="place_name")
    names = sorted(
        child.data.name for child in fmap._children.values() if isinstance(child, PointLayer)
    )
    assert names == ["Madagiz", "Tartar"]


def run_incimap(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from geo.cli.main import main; main()", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


@pytest.fixture
def incident_file(tmp_path: Path) -> Path:
    path = tmp_path / "in.geojson"
    write_incidents(to_geodataframe(incidents()), path)
    return path


def test_cli_draws_an_incident_file_and_writes_geojson(incident_file: Path, tmp_path: Path) -> None:
    done = run_incimap(
        "map", str(incident_file), "-o", "map.html", "--offline", "--title", "Test map",
        "--geojson", "out.geojson", "--home", str(tmp_path / "unused-home"), cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "map.html: 2 incidents on the map (1 without a location left out)" in done.stderr
    html = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "Test map" in html and "tile.openstreetmap.org" not in html
    assert "not reported" in popup_values(html)  # the unknown death toll of a1, as popup data
    out = pyogrio.read_dataframe(tmp_path / "out.geojson")
    assert sorted(out["id"]) == ["a1", "b2", "c3"]
    assert not (tmp_path / "unused-home").exists()  # incident files need no gazetteer


def test_cli_refuses_to_overwrite_without_the_flag(incident_file: Path, tmp_path: Path) -> None:
    (tmp_path / "map.html").write_text("keep me", encoding="utf-8")
    done = run_incimap("map", str(incident_file), "-o", "map.html", cwd=tmp_path)
    assert done.returncode == 1
    assert "map.html" in done.stderr and "overwrite" in done.stderr
    assert (tmp_path / "map.html").read_text(encoding="utf-8") == "keep me"
    done = run_incimap("map", str(incident_file), "-o", "map.html", "--overwrite", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_cli_rejects_an_unknown_layer_column(incident_file: Path, tmp_path: Path) -> None:
    done = run_incimap(
        "map", str(incident_file), "-o", "m.html", "--layer-by", "colour", cwd=tmp_path
    )
    assert done.returncode == 2
    assert "event_type" in done.stderr  # the valid names are listed
    assert not (tmp_path / "m.html").exists()


def test_cli_draws_reports_through_the_pipeline(gazetteer_home: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(
        "Tartar, 6 October 2020. Artillery shelling struck the town of Tartar on Tuesday, "
        "killing two civilians, officials said.\n",
        encoding="utf-8",
    )
    done = run_incimap(
        "map", str(report), "missing.txt", "-o", "map.html", "--offline",
        "--home", str(gazetteer_home), cwd=tmp_path,
    )  # fmt: skip
    assert "map.html: 1 incidents on the map" in done.stderr, done.stderr
    assert "missing.txt" in done.stderr  # the bad input is named; the report is still drawn
    assert done.returncode == 1
    html = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert EXPLOSIONS in html
