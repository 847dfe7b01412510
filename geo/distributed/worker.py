"""What runs on a Dask worker: the gazetteer loaded once, and the extraction of a partition.

``IncimapWorker`` is a Dask worker plugin: when a worker joins, it opens the gazetteer
index from ``home`` (a folder every worker can read, or a URL that fsspec can read, which
is copied once to the worker's local folder) and builds the extractor. A task then only
carries the names of its inputs, never the index or the extractor.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from distributed import WorkerPlugin

from geo.distributed.partitions import InputSlice, Partition

if TYPE_CHECKING:
    import pandas as pd

    from gazetteer.index import GazetteerIndex
    from geo.pipeline import IncidentExtractor
    from geo.read import Report

PLUGIN_NAME: Final = "incimap"


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """A partition's incidents (in input order) and what its reading met."""

    number: int
    frame: pd.DataFrame
    inputs: int
    read: int
    skipped: int
    failed: int
    reports: int
    problems: tuple[str, ...]


def local_home(home: str, *, cache_dir: Path) -> Path:
    """``home`` as a local folder: a URL's index file is copied into ``cache_dir`` once."""
    if "://" not in home:
        return Path(home)
    import fsspec  # comes with dask

    from gazetteer.home import index_path_for

    name = index_path_for(Path(".")).name
    target = cache_dir / name
    if not target.exists():
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        with fsspec.open(f"{home.rstrip('/')}/{name}", "rb") as source, open(partial, "wb") as out:
            shutil.copyfileobj(source, out)
        os.replace(partial, target)  # atomic: another task never sees half a file
    return cache_dir


class IncimapWorker(WorkerPlugin):  # type: ignore[misc]
    """Dask worker plugin: one gazetteer index and one extractor per worker thread.

    A SQLite connection serves only the thread that opened it, and a Dask worker runs
    tasks in its own executor threads, not in the thread that calls ``setup``: so
    ``setup`` makes the index local (a URL is copied once) and checks that it opens,
    and each executor thread opens its own on its first task, then keeps it. With one
    thread per worker (``incimap extract --workers``) that is once per worker.
    """

    name = PLUGIN_NAME

    def __init__(self, home: str) -> None:
        self.home = home
        self.local: Path | None = None
        # Made in setup(), on the worker: the plugin travels pickled, these cannot.
        self._threads: threading.local | None = None
        self._opened: list[GazetteerIndex] = []

    def setup(self, worker: object) -> None:
        """Make the index local and check that it opens (never build it on a worker)."""
        from gazetteer.index import GazetteerIndex

        cache = Path(tempfile.gettempdir()) / f"incimap-worker-index-{os.getpid()}"
        self.local = local_home(self.home, cache_dir=cache)
        GazetteerIndex.open(self.local, build=False).close()
        self._threads = threading.local()

    def extractor(self) -> IncidentExtractor:
        """This thread's extractor, built on its first use."""
        from gazetteer.index import GazetteerIndex
        from geo.pipeline import IncidentExtractor

        assert self._threads is not None, "setup() runs before any task"
        found: IncidentExtractor | None = getattr(self._threads, "extractor", None)
        if found is None:
            assert self.local is not None, "setup() runs before any task"
            index = GazetteerIndex.open(self.local, build=False)
            self._opened.append(index)
            found = IncidentExtractor(index)
            self._threads.extractor = found
        return found

    def teardown(self, worker: object) -> None:
        """Close the indexes (SQLite allows closing from another thread)."""
        for index in self._opened:
            with contextlib.suppress(Exception):
                index.close()


def _reports_of(piece: InputSlice, *, tally: object, problems: list[str]) -> list[Report]:
    from geo.read import reports_from_bytes
    from geo.report_inputs import ReadTally, stream_reports

    assert isinstance(tally, ReadTally)
    if piece.stop is None:
        return list(stream_reports([piece.path], explicit={piece.path}, tally=tally))
    with open(piece.path, "rb") as stream:
        stream.seek(piece.start)
        data = stream.read(piece.stop - piece.start)
    # Blank lines before the slice keep the reader's line numbers (and so the sources
    # "file:line" and the incident ids) those of the whole file; blank lines are skipped.
    padded = b"\n" * (piece.first_line - 1) + data
    found = reports_from_bytes(piece.path, padded, kind="jsonl", problems=problems)
    if found is None:
        tally.failed += 1
        problems.append(f"{piece.describe()}: binary content, not JSON Lines")
        return []
    tally.reports += len(found)
    return found


def extract_partition(partition: Partition) -> PartitionResult:
    """Extract the incidents of one partition with this worker's extractor (a Dask task)."""
    from distributed import get_worker

    plugin = get_worker().plugins[PLUGIN_NAME]
    assert isinstance(plugin, IncimapWorker)
    return extract_with(plugin.extractor(), partition)


def extract_with(extractor: IncidentExtractor, partition: Partition) -> PartitionResult:
    """Extract one partition with ``extractor``: what a worker does, in any process."""
    from geo.incident import to_geodataframe
    from geo.pipeline import extraction_failure
    from geo.report_inputs import ReadTally

    tally = ReadTally()
    incidents = []
    for piece in partition.slices:
        for report in _reports_of(piece, tally=tally, problems=tally.problems):
            try:
                incidents.extend(extractor.incidents_of(report))
            except Exception as err:
                # As on one machine: one report's bug costs that report, not the partition.
                tally.failed += 1
                tally.problems.append(extraction_failure(report, err))
    whole = sum(1 for piece in partition.slices if piece.stop is None)
    first_slices = sum(
        1 for piece in partition.slices if piece.stop is not None and piece.start == 0
    )
    return PartitionResult(
        number=partition.number,
        frame=to_geodataframe(incidents),
        inputs=whole + first_slices,
        read=tally.read + (first_slices if tally.reports else 0),
        skipped=tally.skipped,
        failed=tally.failed,
        reports=tally.reports,
        problems=tuple(tally.problems),
    )


__all__ = [
    "PLUGIN_NAME",
    "IncimapWorker",
    "PartitionResult",
    "extract_partition",
    "extract_with",
    "local_home",
]
