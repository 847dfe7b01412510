"""A merged incident in the outputs: GeoPackage and CSV read back with GDAL, the map's popup
opened in headless Chromium, and the CLI's --no-merge."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pyogrio
import pytest

from geo.export import write_incidents
from geo.incident import Incident, to_geodataframe
from geo.mapping import build_incident_map
from geo.merge import merge_incidents
from maps.build import write_map
from tests.chromium import wait_ready

URLS = ("https://a.example/1", "https://b.example/2?x=1&y=2", "")


def reports_of_one_strike() -> list[Incident]:
    """One strike told by three reports (one without a URL), and another incident."""
    told = [
        Incident(
            id=f"r{number}",
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            event_date=date(2024, 3, 1),
            time_precision=1,
            fatalities=count,
            latitude=36.2,
            longitude=37.15,
            geo_precision=1,
            uncertainty_m=2000.0,
            place_name="Aleppo",
            location="Aleppo",
            country="SY",
            source=f"outlet-{number}.txt",
            source_url=url,
            source_date=date(2024, 3, 1 + number),
            evidence=f"Report {number} <b>says</b> {count} died.",
        )
        for number, (url, count) in enumerate(zip(URLS, (5, 9, 7), strict=True))
    ]
    other = Incident(
        id="x",
        event_type="Protests",
        event_date=date(2024, 3, 1),
        time_precision=1,
        latitude=36.2,
        longitude=37.15,
        geo_precision=1,
        uncertainty_m=2000.0,
        source="outlet-9.txt",
        source_url="https://c.example/9",
    )
    return [*told, other]


@pytest.fixture
def merged():
    return merge_incidents(to_geodataframe(reports_of_one_strike())).frame


@pytest.mark.gdal
@pytest.mark.parametrize("suffix", [".gpkg", ".csv"])
def test_gpkg_and_csv_carry_the_sources(merged, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"incidents{suffix}"
    write_incidents(merged, path)
    back = pyogrio.read_dataframe(path, layer="incidents" if suffix == ".gpkg" else None)
    id_column = "id" if "id" in back.columns else "event_id_cnty"
    strike = back[back[id_column] == "r0"].iloc[0]
    assert int(strike["n_sources"]) == 3
    assert strike["source_urls"].split() == [u for u in URLS if u]
    sources = json.loads(strike["sources"])
    assert [s["source"] for s in sources] == ["outlet-0.txt", "outlet-1.txt", "outlet-2.txt"]
    assert int(strike["fatalities"]) == 7  # the latest report's count
    assert "conflict: 9 (outlet-1.txt)" in strike["count_rule"]
    assert int(back[back[id_column] == "x"].iloc[0]["n_sources"]) == 1
    if shutil.which("ogrinfo") and suffix == ".gpkg":
        info = subprocess.run(
            ["ogrinfo", "-ro", "-so", str(path), "incidents"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "n_sources: Integer" in info and "source_urls: String" in info


@pytest.mark.browser
def test_popup_shows_the_number_of_reports_and_each_source(merged, open_map, tmp_path) -> None:
    strike = merged[merged["n_sources"] == 3].reset_index(drop=True)
    path = write_map(build_incident_map(strike, offline=True), tmp_path / "m.html")
    page = open_map(path).page
    wait_ready(page)
    ctl = "window[document.querySelector('.folium-map').id].incimap"
    page.evaluate(
        f"() => {{ const p = {ctl}.layers[0]; return p.loadPopup().then(() =>"
        " document.body.appendChild(p.popupNode(0))); }"
    )
    popup = page.locator(".incimap-popup").last
    text = popup.inner_text()
    assert "3 reports" in text
    assert "outlet-2.txt" in text  # the source without a URL, named
    links = popup.locator("td a")
    hrefs = [links.nth(k).get_attribute("href") for k in range(links.count())]
    assert "https://a.example/1" in hrefs and "https://b.example/2?x=1&y=2" in hrefs
    assert popup.locator("b").count() == 0  # report text stays text


def test_cli_merges_by_default_and_no_merge_keeps_every_report(merged, tmp_path) -> None:
    from geo.cli.main import main

    source = tmp_path / "reports.geojson"
    write_incidents(to_geodataframe(reports_of_one_strike()), source)
    for flag, expected in (([], 2), (["--no-merge"], 4)):
        out = tmp_path / f"out{len(flag)}.csv"
        with pytest.raises(SystemExit) as done:
            main(["export", str(source), "-o", str(out), *flag])
        assert done.value.code == 0
        assert len(pyogrio.read_dataframe(out)) == expected
