"""A loopback server of GeoNames dump files, and dumps generated in GeoNames' format.

The server answers on 127.0.0.1 at an ephemeral port the way download.geonames.org's
static file server does: ``ETag`` and ``Last-Modified`` on every file, 304 to a
matching ``If-None-Match`` or ``If-Modified-Since``, and 206 to a ``Range`` request whose
``If-Range`` still matches. It counts the body bytes it sends, so a test can prove that a
second download transferred nothing, and it can cut the next answer short
(``cut_next_at``) to test resuming.

The generated dump holds real villages of Borno State, Nigeria, that cities500 lacks
(names from public maps; positions approximate, to 0.05 degrees: the tests check that
the index returns the fixture's own point) and as many filler rows as asked, with
invented names, in GeoNames' 19 columns.
"""

from __future__ import annotations

import email.utils
import hashlib
import io
import random
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Final

# (geonameid, name, lat, lon); ids from GeoNames' range for Nigerian villages are not
# needed: these only have to be unique and absent from cities500.
BORNO_VILLAGES: Final = (
    (9_900_001, "Mainok", 11.83, 12.65),
    (9_900_002, "Jakana", 11.80, 12.78),
    (9_900_003, "Kawuri", 11.88, 13.37),
    (9_900_004, "Ngamdu", 11.82, 12.12),
    (9_900_005, "Kirenowa", 12.13, 13.67),
    (9_900_006, "Ngoshe", 10.95, 13.82),
    (9_900_007, "Pulka", 11.21, 13.77),
    (9_900_008, "Kukareta", 11.77, 12.10),
    (9_900_009, "Gajiganna", 12.23, 13.18),
)
BORNO_ADMIN1: Final = "NG.27\tBorno\tBorno\t2346795\n"
LAST_MODIFIED: Final = email.utils.formatdate(1_700_000_000, usegmt=True)
_SYLLABLES: Final = ("ka", "ma", "ri", "du", "ngo", "ba", "la", "wa", "zu", "gi", "ya", "fe")


def geonames_line(
    geonameid: int,
    name: str,
    lat: float,
    lon: float,
    *,
    country: str,
    admin1: str = "",
    feature_class: str = "P",
    feature_code: str = "PPL",
    alternates: str = "",
    population: int = 0,
) -> str:
    """One line of an ``XX.txt`` dump: GeoNames' 19 tab-separated columns."""
    cells = [
        str(geonameid), name, name, alternates, f"{lat:.5f}", f"{lon:.5f}", feature_class,
        feature_code, country, "", admin1, "", "", "", str(population), "", "300",
        "Africa/Lagos", "2024-01-01",
    ]  # fmt: skip
    return "\t".join(cells) + "\n"


def filler_lines(count: int, *, country: str, seed: int = 7) -> Iterator[str]:
    """``count`` invented places spread over Nigeria's box: the bulk of a real dump.

    A real country dump mixes classes (streams, hills, schools); a third of these rows
    are not populated places, so that the class filter has work to do.
    """
    rng = random.Random(seed)
    for number in range(count):
        name = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).title()
        name = f"{name} {number}"  # unique, and no real place's name
        lat, lon = rng.uniform(4.3, 13.8), rng.uniform(2.7, 14.6)
        feature_class, feature_code = ("P", "PPL") if number % 3 else ("H", "STM")
        yield geonames_line(
            10_000_000 + number,
            name,
            lat,
            lon,
            country=country,
            feature_class=feature_class,
            feature_code=feature_code,
        )


def write_country_zip(path: Path, *, country: str = "NG", filler: int = 20_000) -> Path:
    """Write ``XX.zip`` with ``XX.txt`` (and GeoNames' readme) the way GeoNames zips it."""
    text = io.StringIO()
    for geonameid, name, lat, lon in BORNO_VILLAGES:
        text.write(geonames_line(geonameid, name, lat, lon, country=country, admin1="27"))
    for line in filler_lines(filler, country=country):
        text.write(line)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{country}.txt", text.getvalue())
        archive.writestr("readme.txt", "generated for incimap's tests in GeoNames' format\n")
    return path


def write_alternates_zip(path: Path, *, country: str, rows: list[tuple[int, str, str]]) -> Path:
    """Write ``alternatenames/XX.zip``: (geonameid, isolanguage, name) in V2's 10 columns."""
    lines = [
        f"{8_000_000 + n}\t{geonameid}\t{language}\t{name}\t\t\t\t\t\t\n"
        for n, (geonameid, language, name) in enumerate(rows)
    ]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{country}.txt", "".join(lines))
    return path


@dataclass
class _Served:
    body: bytes
    etag: str


class DumpServer:
    """Serve the files of ``root`` on 127.0.0.1 with validators, 304 and ranges."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.bytes_sent = 0
        self.statuses: list[int] = []
        self.cut_next_at: int | None = None  # send only this many body bytes, once
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/"

    def __enter__(self) -> DumpServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _file(self, url_path: str) -> _Served | None:
        relative = url_path.lstrip("/")
        path = (self.root / relative).resolve()
        if not path.is_relative_to(self.root.resolve()) or not path.is_file():
            return None
        body = path.read_bytes()
        return _Served(body, '"' + hashlib.sha256(body).hexdigest()[:16] + '"')

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output clean

            def _status(self, code: int) -> None:
                with server._lock:
                    server.statuses.append(code)
                self.send_response(code)

            def do_GET(self) -> None:
                served = server._file(self.path)
                if served is None:
                    self._status(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if self.headers.get("If-None-Match") == served.etag or (
                    self.headers.get("If-None-Match") is None
                    and self.headers.get("If-Modified-Since") == LAST_MODIFIED
                ):
                    self._status(304)
                    self.send_header("ETag", served.etag)
                    self.end_headers()
                    return
                start = 0
                range_header = self.headers.get("Range", "")
                if range_header.startswith("bytes=") and self.headers.get("If-Range") in (
                    served.etag,
                    LAST_MODIFIED,
                ):
                    start = int(range_header[len("bytes=") :].split("-")[0])
                body = served.body[start:]
                self._status(206 if start else 200)
                self.send_header("ETag", served.etag)
                self.send_header("Last-Modified", LAST_MODIFIED)
                self.send_header("Content-Length", str(len(body)))
                if start:
                    self.send_header(
                        "Content-Range", f"bytes {start}-{len(served.body) - 1}/{len(served.body)}"
                    )
                self.end_headers()
                with server._lock:
                    cut, server.cut_next_at = server.cut_next_at, None
                if cut is not None:
                    body = body[:cut]
                self.wfile.write(body)
                with server._lock:
                    server.bytes_sent += len(body)
                if cut is not None:
                    self.close_connection = True

        return Handler
