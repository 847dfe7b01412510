"""Guarantee 5: hostile report text runs nothing and writes nowhere but the output.

Reports and a table carry script tags, ``onerror=`` handlers, ``javascript:`` and
``data:`` URLs, ``</script>`` inside JSON strings, and right-to-left and zero-width
characters, in titles, text, place names and URLs. They go through the real CLI
(``incimap map``, ``incimap extract``), and the map is opened in headless Chromium with
every popup opened: no script runs, no dialog opens, and every link is http or https.
Input names such as ``../../x`` never make incimap write outside the output path.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

RLO, ZWSP, ZWJ = "\u202e", "\u200b", "\u200d"
PWN = "window.pwned = (window.pwned || 0) + 1"
HOSTILE_TITLE = f"<script>{PWN}</script>{RLO}gpj.exe{ZWSP} ../../etc/x"
HOSTILE_HTML = f'<img src=x onerror="{PWN}"><svg onload="{PWN}">'
HOSTILE_JSON_BREAK = f'</script><script>{PWN}</script>"}}]'
HOSTILE_URLS = (
    f"javascript:{PWN}",
    f" JaVaScRiPt:{PWN}",
    f"java{ZWSP}script:{PWN}",
    f"data:text/html,<script>{PWN}</script>",
    f"vbscript:{PWN}",
    f"https://example.org/{RLO}evil{ZWJ}?q=<script>",
)


def _reports() -> list[dict[str, str]]:
    sentence = "Artillery shelling hit Martuni on 3 May 2023, killing two civilians."
    return [
        {
            "title": HOSTILE_TITLE,
            "url": url,
            "text": f"{sentence} {HOSTILE_HTML} {HOSTILE_JSON_BREAK} {RLO}{ZWSP}",
        }
        for url in HOSTILE_URLS
    ]


def _table() -> str:
    header = "event_date,event_type,location,latitude,longitude,source,source_url,notes\n"
    rows = [
        f'2023-05-0{n + 1},Battles,"Martuni{HOSTILE_HTML.replace(chr(34), chr(39))}{RLO}",'
        f'39.79,47.11,"{HOSTILE_TITLE}","{url.replace(chr(34), "")}",'
        f'"{HOSTILE_JSON_BREAK.replace(chr(34), chr(39))}"\n'
        for n, url in enumerate(HOSTILE_URLS)
    ]
    return header + "".join(rows)


@pytest.fixture
def hostile_inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    (folder / "..%2f..%2fescape").mkdir(parents=True)
    with (folder / "reports.jsonl").open("w", encoding="utf-8") as stream:
        for report in _reports():
            stream.write(json.dumps(report, ensure_ascii=False) + "\n")
    (folder / "..%2f..%2fescape" / "page.html").write_text(
        f"<html><head><title>{HOSTILE_TITLE}</title><script>{PWN}</script></head>"
        f"<body><p>Artillery shelling hit Goris on 4 May 2023.</p>{HOSTILE_HTML}</body></html>",
        encoding="utf-8",
    )
    (folder / "incidents.csv").write_text(_table(), encoding="utf-8")
    return folder


def _incimap(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from geo.cli.main import main; main()", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        timeout=300,
        check=False,
    )


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.mark.browser
def test_hostile_reports_run_nothing_in_the_map(
    hostile_inputs: Path, gazetteer_home: Path, tmp_path: Path, open_map: object
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    done = _incimap(
        "map",
        str(hostile_inputs),
        "-o",
        str(out / "map.html"),
        "--offline",
        "--title",
        HOSTILE_TITLE,
        "--no-merge",
        cwd=out,
    )  # fmt: skip  (--no-merge: one popup per report and per table row, counted below)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    opened = open_map(out / "map.html")  # type: ignore[operator]
    page = opened.page
    shown = page.evaluate(
        """async () => {
            const ctl = window[document.querySelector('.folium-map').id].incimap;
            const texts = [], hrefs = [];
            let rows = 0;
            const links = [];
            for (const p of ctl.layers) {
                await p.loadPopup();
                for (let i = 0; i < p.data.n; i++) {
                    const node = p.popupNode(i);
                    document.body.appendChild(node);  // live in the page, as when opened
                    texts.push(node.textContent);
                    node.querySelectorAll('a').forEach(a => hrefs.push(a.getAttribute('href')));
                    // The permalink of each popup, a link inside the page.
                    node.querySelectorAll('a.incimap-permalink')
                        .forEach(a => links.push(a.getAttribute('href')));
                    rows += 1;
                }
            }
            await new Promise(r => setTimeout(r, 100));  // let any injected handler fire
            return {texts, hrefs, rows, links};
        }"""
    )
    assert shown["rows"] >= len(HOSTILE_URLS) * 2  # the reports' and the table's incidents
    assert page.evaluate("() => typeof window.pwned") == "undefined"
    assert opened.dialogs == []
    assert opened.errors == []
    assert len(shown["links"]) == shown["rows"]  # every incident has its permalink
    for link in shown["links"]:
        assert re.fullmatch(r"#id=[\w%.~!*'()-]+", link), link  # encodeURIComponent's alphabet
    for href in set(shown["hrefs"]) - set(shown["links"]):
        assert href.startswith(("http://", "https://")), href
    every_link = page.locator("a[href]").evaluate_all("nodes => nodes.map(n => n.href)")
    scheme_of = [h.split(":", 1)[0].lower() for h in every_link]
    assert not {"javascript", "data", "vbscript"} & set(scheme_of), every_link
    popup_text = "\n".join(shown["texts"])
    assert "<script>" in popup_text  # shown as text, not dropped silently nor run
    assert page.locator(".incimap-title").first.inner_text() == HOSTILE_TITLE


def test_input_names_never_move_the_output(
    hostile_inputs: Path, gazetteer_home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "deep" / "out"
    out.mkdir(parents=True)
    before = _tree(tmp_path)
    done = _incimap("extract", str(hostile_inputs), "-o", str(out / "incidents.geojson"), cwd=out)
    assert done.returncode in (0, 1), done.stderr  # 1: an input failed, said on stderr
    assert "Traceback" not in done.stderr
    done = _incimap(
        "map", str(hostile_inputs), "-o", str(out / "map.html"), "--offline",
        "--title", "../../../etc/passwd", cwd=out,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    created = _tree(tmp_path) - before
    assert created == {"deep/out/incidents.geojson", "deep/out/map.html"}
    features = json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))["features"]
    urls = {f["properties"]["source_url"] for f in features}
    assert any("javascript" in (url or "").lower() for url in urls)  # kept as data, as given
