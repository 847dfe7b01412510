"""geopy's urllib adapter with one deadline per request, a size cap and a shape check.

geopy's ``timeout`` is a socket timeout: it bounds each read, not the request, so a
server that trickles one byte a second holds a lookup for as long as it likes. Here a
watchdog timer shuts the request's socket down when the deadline passes, whatever phase
the request is in (connecting, headers, body), and the request fails as timed out. The
body is read up to :attr:`AnswerLimits.max_bytes` (a larger one is refused, not cut),
and a JSON body is checked against the provider's shape (:mod:`gazetteer.answers`)
before geopy parses it. Each refusal is one of geopy's errors, so the geocoder's single
choke point turns it into a fault of ours that is retried and never cached.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import time
import urllib.request
from collections.abc import Callable
from typing import Any

import geopy.exc
from geopy.adapters import URLLibAdapter, _normalize_proxies

from gazetteer.answers import AnswerLimits, MalformedAnswer, check_body


class _Deadline:
    """Shuts down every socket of one request once ``seconds`` have passed."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._expired = False
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    @property
    def expired(self) -> bool:
        with self._lock:
            return self._expired

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if not self._expired:
                return
        _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self._expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    # shutdown, not close: it wakes a recv blocked in another thread at once.
    with contextlib.suppress(OSError):  # already closed by the other side or http.client
        sock.shutdown(socket.SHUT_RDWR)


Watch = Callable[[socket.socket], None]


class _WatchedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, watch: Watch, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._watch = watch

    def connect(self) -> None:
        super().connect()
        self._watch(self.sock)


class _WatchedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, watch: Watch, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._watch = watch

    def connect(self) -> None:
        super().connect()
        self._watch(self.sock)


class _WatchedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, watch: Watch) -> None:
        super().__init__()
        self._watch = watch

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection: Any = _WatchedHTTPConnection
        return self.do_open(connection, req, watch=self._watch)


class _WatchedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, watch: Watch, *, context: Any) -> None:
        super().__init__(context=context)
        self._watch = watch

    def do_open(self, http_class: Any, req: urllib.request.Request, **kwargs: Any) -> Any:
        connection: Any = _WatchedHTTPSConnection
        return super().do_open(connection, req, watch=self._watch, **kwargs)


class GuardedAdapter(URLLibAdapter):  # type: ignore[misc]
    """An adapter for one geocoder: ``deadline_s`` per request, ``limits`` per answer.

    ``provider`` picks the shape check of :func:`gazetteer.answers.check_body`. Requests
    of one geocoder are sequential (its rate limiter sees to that), so one adapter
    tracks one request's deadline at a time.
    """

    def __init__(
        self,
        *,
        proxies: Any,
        ssl_context: Any,
        provider: str,
        deadline_s: float,
        limits: AnswerLimits,
    ) -> None:
        super().__init__(proxies=proxies, ssl_context=ssl_context)
        self.provider = provider
        self.deadline_s = deadline_s
        self.limits = limits
        self._deadline: _Deadline | None = None
        # The same chain of handlers as geopy's, with connections that report their
        # socket to the running request's deadline.
        self.urlopen = urllib.request.build_opener(
            _WatchedHTTPHandler(self._watch),
            _WatchedHTTPSHandler(self._watch, context=ssl_context),
            urllib.request.ProxyHandler(_normalize_proxies(proxies)),
        ).open

    def _watch(self, sock: socket.socket) -> None:
        if self._deadline is not None:
            self._deadline.watch(sock)

    def get_text(self, url: str, *, timeout: float, headers: dict[str, str]) -> str:
        deadline = _Deadline(self.deadline_s)
        self._deadline = deadline
        started = time.monotonic()
        try:
            text: str = super().get_text(url, timeout=timeout, headers=headers)
        except geopy.exc.GeopyError as err:
            if deadline.expired:
                raise self._timed_out() from err
            raise
        finally:
            deadline.cancel()
            self._deadline = None
        if deadline.expired or time.monotonic() - started > self.deadline_s:
            raise self._timed_out()
        return text

    def _timed_out(self) -> geopy.exc.GeocoderTimedOut:
        return geopy.exc.GeocoderTimedOut(
            f"no complete answer within the request deadline of {self.deadline_s:g} s"
        )

    def get_json(self, url: str, *, timeout: float, headers: dict[str, str]) -> Any:
        body = super().get_json(url, timeout=timeout, headers=headers)
        try:
            check_body(self.provider, body, limits=self.limits)
        except MalformedAnswer as err:
            raise geopy.exc.GeocoderParseError(f"malformed answer: {err}") from err
        return body

    def _decode_page(self, page: Any) -> str:
        cap = self.limits.max_bytes
        declared = page.headers.get("Content-Length", "")
        if declared.strip().isdigit() and int(declared) > cap:
            page.close()
            raise geopy.exc.GeocoderParseError(
                f"answer of {int(declared)} bytes is over the cap of {cap} bytes"
            )
        try:
            body = page.read(cap + 1)
        except Exception as err:
            raise geopy.exc.GeocoderServiceError("Unable to read the response") from err
        finally:
            page.close()
        if len(body) > cap:
            raise geopy.exc.GeocoderParseError(f"answer is over the cap of {cap} bytes")
        encoding = page.headers.get_content_charset() or "utf-8"
        try:
            return str(body, encoding=encoding)
        except (LookupError, ValueError) as err:
            raise geopy.exc.GeocoderParseError("Unable to decode the response bytes") from err
