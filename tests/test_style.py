"""The code style gates run as tests, so that the README's one test command covers them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("geo", "gazetteer", "maps")


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", *PACKAGES, "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", *PACKAGES],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
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
