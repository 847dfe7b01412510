"""The code style gates run as tests, so that the README's one test command covers them."""

from __future__ import annotations

import re
from pathlib import Path

from tests import background

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = background.PACKAGES


def test_ruff_is_clean() -> None:
    # Started when collection ended (tests/background.py), run here if it was not.
    result = background.command_result("ruff")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = background.command_result("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_imports_point_one_way() -> None:
    """gazetteer and maps are libraries: neither imports geo, nor each other."""
    forbidden = {
        "gazetteer": ("geo", "maps"),
        "maps": ("geo", "gazetteer"),
    }
    offenders = []
    for package, banned in forbidden.items():
        pattern = re.compile(rf"^\s*(from|import)\s+({'|'.join(banned)})(\.|\s|$)", re.M)
        for path in (ROOT / package).rglob("*.py"):
            if pattern.search(path.read_text(encoding="utf-8")):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
