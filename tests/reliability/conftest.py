"""The reliability suite reuses the maps suite's headless Chromium fixtures."""

from tests.maps.conftest import browser, open_map

__all__ = ["browser", "open_map"]
