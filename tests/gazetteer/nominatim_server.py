"""A loopback geocoder server for tests: Nominatim's JSON, and Photon's and GeoNames' too.

It answers on 127.0.0.1 at an ephemeral port, in the format of the provider it plays
(``flavour``), from a handful of places written here (coordinates are public facts). It
counts requests, so tests can prove that a cached lookup made none, and it can misbehave
on purpose for the next N requests: slow, 429 with Retry-After, 500, 503, malformed
JSON, an empty body, a connection reset, a body of the test's choosing (``custom``, set
in ``custom_body``), or a normal answer sent one byte every ``trickle_s`` (``trickle``).

Importable by any test::

    with NominatimServer() as server:
        geocoder = Nominatim(domain=server.domain, scheme="http", user_agent="test")
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import unicodedata
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Final, Literal

Flavour = Literal["nominatim", "photon", "geonames"]
Mode = Literal[
    "normal",
    "empty",
    "slow",
    "400",
    "429",
    "500",
    "503",
    "malformed",
    "empty_body",
    "reset",
    "custom",
    "trickle",
]

FAULT_MODES: Final[tuple[Mode, ...]] = (
    "slow",
    "429",
    "500",
    "503",
    "malformed",
    "empty_body",
    "reset",
)

PATHS: Final[dict[Flavour, str]] = {
    "nominatim": "/search",
    "photon": "/api",
    "geonames": "/searchJSON",
}


@dataclass(frozen=True, slots=True)
class LoopbackPlace:
    """A place the server knows, with the fields the three formats need."""

    name: str
    lat: float
    lon: float
    osm_type: str
    osm_id: int
    geonames_id: int
    osm_class: str
    osm_type_value: str
    country_code: str
    country: str
    state: str
    county: str
    importance: float
    population: int
    aliases: tuple[str, ...] = ()


PLACES: Final[tuple[LoopbackPlace, ...]] = (
    LoopbackPlace(
        "Suqovuşan",
        40.3314,
        46.7294,
        "node",
        301_001,
        9_001_001,
        "place",
        "village",
        "az",
        "Azerbaijan",
        "Karabakh Economic Region",
        "Tartar District",
        0.31,
        1_500,
        aliases=("Madagiz", "Mataghis"),
    ),
    LoopbackPlace(
        "Khankendi",
        39.8153,
        46.7519,
        "relation",
        301_002,
        9_001_002,
        "place",
        "city",
        "az",
        "Azerbaijan",
        "Karabakh Economic Region",
        "Khankendi",
        0.55,
        55_000,
        aliases=("Stepanakert",),
    ),
    LoopbackPlace(
        "Goris",
        39.5111,
        46.3386,
        "node",
        301_003,
        9_001_003,
        "place",
        "town",
        "am",
        "Armenia",
        "Syunik Province",
        "Goris",
        0.45,
        20_000,
    ),
    LoopbackPlace(
        "Lachin",
        39.6383,
        46.5461,
        "node",
        301_004,
        9_001_004,
        "place",
        "town",
        "az",
        "Azerbaijan",
        "East Zangezur Economic Region",
        "Lachin District",
        0.42,
        12_000,
        aliases=("Berdzor",),
    ),
    # Two places of one name in two countries, so that country filters can be checked.
    LoopbackPlace(
        "Martuni",
        39.7917,
        47.1128,
        "node",
        301_005,
        9_001_005,
        "place",
        "town",
        "az",
        "Azerbaijan",
        "Karabakh Economic Region",
        "Khojavend District",
        0.30,
        5_000,
        aliases=("Xocavənd",),
    ),
    LoopbackPlace(
        "Martuni",
        40.1389,
        45.3064,
        "node",
        301_006,
        9_001_006,
        "place",
        "town",
        "am",
        "Armenia",
        "Gegharkunik Province",
        "Martuni",
        0.35,
        11_000,
    ),
    # Fictional: only this server knows it, so the offline index never answers for it.
    LoopbackPlace(
        "Zyxloopia",
        40.0123,
        46.0456,
        "node",
        301_008,
        9_001_008,
        "place",
        "village",
        "az",
        "Azerbaijan",
        "Loopback Region",
        "Loopback District",
        0.2,
        100,
        aliases=("Zyxloopia Village",),
    ),
    LoopbackPlace(
        "Nagorno-Karabakh",
        39.9,
        46.7,
        "relation",
        301_007,
        9_001_007,
        "place",
        "region",
        "az",
        "Azerbaijan",
        "",
        "",
        0.6,
        0,
        aliases=("Artsakh",),
    ),
)


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def find_places(query: str, *, country_code: str | None = None) -> list[LoopbackPlace]:
    """Return the known places whose name or alias is ``query``, most important first."""
    wanted = _fold(query)
    found = [
        place
        for place in PLACES
        if wanted in {_fold(place.name), *(_fold(alias) for alias in place.aliases)}
        and (country_code is None or place.country_code == country_code.lower())
    ]
    return sorted(found, key=lambda place: -place.importance)


def to_nominatim(place: LoopbackPlace, *, with_address: bool) -> dict[str, Any]:
    """Return ``place`` as one element of Nominatim's ``/search?format=json`` answer."""
    display = ", ".join(p for p in (place.name, place.county, place.state, place.country) if p)
    item: dict[str, Any] = {
        "place_id": place.osm_id * 10,
        "licence": "Data © OpenStreetMap contributors, ODbL 1.0. https://osm.org/copyright",
        "osm_type": place.osm_type,
        "osm_id": place.osm_id,
        "lat": f"{place.lat:.7f}",
        "lon": f"{place.lon:.7f}",
        "class": place.osm_class,
        "type": place.osm_type_value,
        "place_rank": 19,
        "importance": place.importance,
        "addresstype": place.osm_type_value,
        "name": place.name,
        "display_name": display,
        "boundingbox": [
            f"{place.lat - 0.02:.7f}",
            f"{place.lat + 0.02:.7f}",
            f"{place.lon - 0.02:.7f}",
            f"{place.lon + 0.02:.7f}",
        ],
    }
    if with_address:
        address = {
            place.osm_type_value: place.name,
            "county": place.county,
            "state": place.state,
            "country": place.country,
            "country_code": place.country_code,
        }
        item["address"] = {key: value for key, value in address.items() if value}
    return item


def to_photon(place: LoopbackPlace) -> dict[str, Any]:
    """Return ``place`` as one GeoJSON feature of Photon's ``/api`` answer."""
    props = {
        "osm_type": place.osm_type[0].upper(),
        "osm_id": place.osm_id,
        "osm_key": place.osm_class,
        "osm_value": place.osm_type_value,
        "type": place.osm_type_value,
        "name": place.name,
        "county": place.county,
        "state": place.state,
        "country": place.country,
        "countrycode": place.country_code.upper(),
    }
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
        "properties": {key: value for key, value in props.items() if value},
    }


def to_geonames(place: LoopbackPlace) -> dict[str, Any]:
    """Return ``place`` as one record of GeoNames' ``/searchJSON`` answer."""
    return {
        "geonameId": place.geonames_id,
        "name": place.name,
        "toponymName": place.name,
        "lat": f"{place.lat:.5f}",
        "lng": f"{place.lon:.5f}",
        "countryCode": place.country_code.upper(),
        "countryName": place.country,
        "adminName1": place.state,
        "fcl": "P" if place.osm_type_value in ("city", "town", "village") else "L",
        "fcode": "PPL" if place.osm_type_value in ("city", "town", "village") else "RGN",
        "population": place.population,
    }


class _Handler(BaseHTTPRequestHandler):
    server: NominatimServer

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output clean; the server records requests itself."""

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        params = dict(urllib.parse.parse_qsl(url.query))
        mode = self.server.take_mode(
            path=url.path, params=params, user_agent=self.headers.get("User-Agent", "")
        )
        if mode == "reset":
            # SO_LINGER 0 then close: the kernel sends RST instead of FIN.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if mode == "slow":
            self.server.release.wait(self.server.slow_s)
            if self.server.release.is_set():
                return
        if mode == "429":
            self._send(
                429,
                body=b'{"error": "Too Many Requests"}',
                headers={"Retry-After": self.server.retry_after},
            )
            return
        if mode == "400":
            self._send(400, body=b'{"error": "Bad Request"}')
            return
        if mode in ("500", "503"):
            self._send(
                int(mode), body=b"<html><body>Server error</body></html>", content_type="text/html"
            )
            return
        if mode == "malformed":
            self._send(200, body=b'[{"lat": "40.33", "lon": ')
            return
        if mode == "empty_body":
            self._send(200, body=b"")
            return
        if mode == "custom":
            self._send(200, body=self.server.custom_body)
            return
        expected = PATHS[self.server.flavour]
        if url.path != expected:
            self._send(404, body=b'{"error": "unknown path"}')
            return
        body = self.server.answer(params, empty=(mode == "empty"))
        encoded = json.dumps(body, ensure_ascii=False).encode("utf-8")
        if mode == "trickle":
            self._trickle(encoded)
            return
        self._send(200, body=encoded)

    def _trickle(self, body: bytes) -> None:
        """Send a complete, valid answer one byte at a time, ``trickle_s`` apart."""
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.flush()
            for index in range(len(body)):
                if self.server.release.wait(self.server.trickle_s):
                    return
                self.wfile.write(body[index : index + 1])
                self.wfile.flush()
        except OSError:
            self.close_connection = True

    def _send(
        self,
        status: int,
        *,
        body: bytes,
        content_type: str = "application/json; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            # The client gave up (a timeout test); nothing to answer to.
            self.close_connection = True


class NominatimServer(ThreadingHTTPServer):
    """The loopback server; use it as a context manager. Thread-safe counters.

    ``fail(mode, times=n)`` makes the next ``n`` requests misbehave, then it answers
    normally again; ``always(mode)`` keeps a mode until changed.
    """

    daemon_threads = True

    def __init__(self, *, flavour: Flavour = "nominatim", slow_s: float = 5.0) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.flavour: Flavour = flavour
        self.slow_s = slow_s
        self.retry_after = "2"
        self.custom_body = b"[]"
        self.trickle_s = 1.0
        self.release = threading.Event()
        self._lock = threading.Lock()
        self._mode: Mode = "normal"
        self._faults_left = 0
        self._fault: Mode = "normal"
        self.log: list[tuple[str, dict[str, str], str]] = []
        self._thread = threading.Thread(
            # A short poll interval: shutdown() waits for one, and every test stops a server.
            target=self.serve_forever,
            kwargs={"poll_interval": 0.02},
            name="loopback-geocoder",
            daemon=True,
        )

    @property
    def port(self) -> int:
        """The ephemeral port the server listens on."""
        return int(self.server_address[1])

    @property
    def domain(self) -> str:
        """``host:port``, as geopy's ``domain=`` wants it."""
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        """The base URL, as ``--geocoder-url`` wants it."""
        return f"http://{self.domain}"

    @property
    def requests(self) -> int:
        """How many requests reached the server so far."""
        with self._lock:
            return len(self.log)

    def fail(self, mode: Mode, *, times: int) -> None:
        """Misbehave in ``mode`` for the next ``times`` requests, then answer normally."""
        with self._lock:
            self._fault, self._faults_left = mode, times

    def always(self, mode: Mode) -> None:
        """Answer every request in ``mode`` from now on."""
        with self._lock:
            self._mode, self._faults_left = mode, 0

    def take_mode(self, *, path: str, params: dict[str, str], user_agent: str) -> Mode:
        """Record one request and return how to answer it."""
        with self._lock:
            self.log.append((path, params, user_agent))
            if self._faults_left > 0:
                self._faults_left -= 1
                return self._fault
            return self._mode

    def answer(self, params: dict[str, str], *, empty: bool) -> Any:
        """Build the JSON answer of the server's flavour for the query in ``params``."""
        query = params.get("q", "")
        country = params.get("countrycodes") or params.get("country")
        places = [] if empty else find_places(query, country_code=country)
        if "limit" in params:
            places = places[: int(params["limit"])]
        if self.flavour == "photon":
            return {"type": "FeatureCollection", "features": [to_photon(p) for p in places]}
        if self.flavour == "geonames":
            return {"totalResultsCount": len(places), "geonames": [to_geonames(p) for p in places]}
        with_address = params.get("addressdetails") == "1"
        return [to_nominatim(p, with_address=with_address) for p in places]

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Client disconnects are part of the fault tests; do not print tracebacks."""

    def __enter__(self) -> NominatimServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release.set()
        self.shutdown()
        self.server_close()
        self._thread.join(timeout=5)
