"""One headless Chromium per test session, and a page helper that records every request.

The fixtures are registered once, by the root conftest, because each registration of
a session fixture starts its own Playwright, and two cannot share a thread.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if shutil.which(CHROMIUM) is None:
        pytest.skip(f"Debian's chromium is not installed at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def wait_ready(page: object) -> None:
    """Wait until every point layer has finished its chunked loading."""
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => document.documentElement.dataset.incimapReady === 'true'", timeout=20_000
    )


@dataclass
class OpenedPage:
    """A page with the URLs it requested, the dialogs it opened and its JS errors."""

    page: object
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def external_requests(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(("file:", "data:"))]


@pytest.fixture
def open_map(browser: object) -> Iterator[object]:
    """Open an HTML file in a fresh context; wait until every point layer is loaded."""
    contexts = []

    def opener(path: Path, *, block_network: bool = True, fragment: str = "") -> OpenedPage:
        context = browser.new_context(viewport={"width": 1200, "height": 800})  # type: ignore[attr-defined]
        contexts.append(context)
        page = context.new_page()
        opened = OpenedPage(page)
        page.on("request", lambda request: opened.requests.append(request.url))
        page.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
        page.on("pageerror", lambda err: opened.errors.append(str(err)))
        if block_network:
            # Requests are still recorded above; this only keeps tests off the network.
            page.route(
                "**/*",
                lambda route: (
                    route.continue_()
                    if route.request.url.startswith(("file:", "data:"))
                    else route.abort()
                ),
            )
        page.goto(path.resolve().as_uri() + (f"#{fragment}" if fragment else ""))
        wait_ready(page)
        return opened

    yield opener
    for context in contexts:
        context.close()
