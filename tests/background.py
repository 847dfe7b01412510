"""Slow work that no test changes, started in child processes when collection ends.

The suite runs in one process; CI's machine has two cores. Three pieces of work depend
on nothing a test does and took a sixth of the suite's time, one after another on one
core: building the session's offline index (about a minute), mypy (half a minute) and
ruff. They start as soon as the tests are collected, and the tests that need them run
last (see ``order_items``), so the second core does them while the first runs
everything else. The work itself is the same: the same build of the same index, the same
mypy and ruff commands; the tests that need it wait for it and assert on its outcome.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("geo", "gazetteer", "maps")
# Generous: a child that hangs is killed and the test redoes the work in its own process.
WAIT_S = 900.0

_BUILD_INDEX = (
    "import sys; from pathlib import Path; from gazetteer.index import GazetteerIndex; "
    "GazetteerIndex.open(Path(sys.argv[1])).close()"
)
COMMANDS: dict[str, list[str]] = {
    "mypy": [sys.executable, "-m", "mypy", *PACKAGES],
    "ruff": [sys.executable, "-m", "ruff", "check", *PACKAGES, "tests", "bench"],
}
# The tests that wait for each command: collection starts a command only for them.
WAITERS = {
    "mypy": "tests/test_style.py::test_mypy_is_clean",
    "ruff": "tests/test_style.py::test_ruff_is_clean",
}
INDEX_FIXTURE = "gazetteer_home"


@dataclass
class _Running:
    process: subprocess.Popen[bytes]
    log: Path


_running: dict[str, _Running] = {}
_index_home: Path | None = None


def _needs_index(item: pytest.Item) -> bool:
    return INDEX_FIXTURE in getattr(item, "fixturenames", ())


def order_items(items: list[pytest.Item]) -> None:
    """Run the modules that need no background work first, in their usual order.

    Whole modules move, so that a module's fixtures are still set up once. Then come
    the modules that use the session index, and last the modules that wait for mypy or
    ruff. The order within each group is pytest's own.
    """
    waiting = set(WAITERS.values())
    rank: dict[Path, int] = {}
    for item in items:
        mine = 2 if item.nodeid in waiting else 1 if _needs_index(item) else 0
        rank[item.path] = max(rank.get(item.path, 0), mine)
    items.sort(key=lambda item: rank[item.path])  # stable: pytest's order within a group


def start(session: pytest.Session) -> None:
    """Start the work that the collected tests will wait for, and nothing else."""
    global _index_home
    if session.config.option.collectonly:
        return
    factory: pytest.TempPathFactory = session.config._tmp_path_factory  # type: ignore[attr-defined]
    nodeids = {item.nodeid for item in session.items}
    for name, command in COMMANDS.items():
        if WAITERS[name] in nodeids:
            # Into a file, not a pipe: a long report would fill the pipe and stop mypy.
            log = factory.getbasetemp() / f"{name}.log"
            with log.open("w") as out:
                process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
            _running[name] = _Running(process, log)
    if any(_needs_index(item) for item in session.items):
        home = factory.mktemp("incimap-home")
        log = factory.getbasetemp() / "incimap-home-build.log"
        with log.open("w") as out:
            process = subprocess.Popen(
                [sys.executable, "-c", _BUILD_INDEX, str(home)],
                cwd=ROOT,
                env={**os.environ, "INCIMAP_HOME": str(home)},
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        _running["index"] = _Running(process, log)
        _index_home = home


def _wait(name: str) -> _Running | None:
    running = _running.pop(name, None)
    if running is None:
        return None
    try:
        running.process.wait(timeout=WAIT_S)
    except subprocess.TimeoutExpired:
        running.process.kill()
        running.process.wait()
        return None
    return running


def command_result(name: str) -> subprocess.CompletedProcess[str]:
    """The outcome of ``COMMANDS[name]``: the background run's, or a run here and now."""
    running = _wait(name)
    if running is not None:
        output = running.log.read_text(encoding="utf-8", errors="replace")
        return subprocess.CompletedProcess(
            running.process.args, running.process.returncode, output, ""
        )
    return subprocess.run(COMMANDS[name], cwd=ROOT, capture_output=True, text=True)


def index_home(factory: pytest.TempPathFactory) -> Path:
    """The session index's home, once the background build is over.

    The caller opens the index there as before: a no-op on the built index, and if the
    child failed, a build in the test's own process that raises the real error.
    """
    _wait("index")
    return _index_home if _index_home is not None else factory.mktemp("incimap-home")


def stop() -> None:
    """Kill what no test waited for (a run stopped early, by -x or Ctrl-C)."""
    for running in _running.values():
        running.process.kill()
        running.process.wait()
    _running.clear()
