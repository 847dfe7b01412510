"""Run extraction and the merge on a Dask cluster; gather a result equal to one process's.

``extract_distributed`` plans partitions, registers the worker plugin (the gazetteer,
once per worker), maps the extraction over the partitions and gathers the frames in
partition order. A task whose worker dies is run again elsewhere (Dask reschedules it;
``retries`` covers errors); a partition that still fails is named in the summary's
problems and counted as failed, and the rest is kept.

The merge's second stage: rows are sent to every region (10 degrees of latitude) and
time window (4 weeks) that their merge blocks touch (:mod:`geo.merge.blocking`), each
window finds its links on a worker, and the links of all windows are joined and
clustered across the borders, so a cluster split by a border is found whole.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from geo.distributed.partitions import DEFAULT_TARGET_BYTES, Partition, plan_partitions
from geo.distributed.worker import IncimapWorker, PartitionResult, extract_partition

if TYPE_CHECKING:
    import geopandas as gpd
    from distributed import Client

    from geo.merge.blocking import Links

RETRIES: Final = 2
WINDOW_WEEKS: Final = 4
BAND_CELLS: Final = 10


@dataclass(frozen=True, slots=True)
class DistributedRun:
    """The incidents (merged when asked), the run's counts and every problem met."""

    frame: gpd.GeoDataFrame
    partitions: int
    inputs: int
    read: int
    skipped: int
    failed: int
    reports: int
    unprocessed: tuple[str, ...]
    problems: tuple[str, ...]
    merge_note: str = ""


@contextlib.contextmanager
def open_client(*, workers: int | None, scheduler: str | None) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a local cluster of ``workers`` processes."""
    import logging

    from distributed import Client, LocalCluster

    # Dask's own INFO lines (scheduler, nannies) drown the summary; -v shows them.
    quiet = max(logging.WARNING, logging.getLogger().getEffectiveLevel())
    logging.getLogger("distributed").setLevel(quiet)
    if scheduler:
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client


def register_worker_setup(client: Client, *, home: str) -> None:
    """Load the gazetteer and the extractor once on each worker (and on any that joins)."""
    client.register_plugin(IncimapWorker(home), name="incimap")


def extract_partitions(
    client: Client,
    partitions: Sequence[Partition],
    *,
    task: Callable[[Partition], PartitionResult] = extract_partition,
) -> tuple[list[PartitionResult], list[str]]:
    """Results in partition order, and the partitions that failed, named with the reason."""
    futures = client.map(task, list(partitions), retries=RETRIES, pure=False)
    results: list[PartitionResult] = []
    lost: list[str] = []
    for partition, future in zip(partitions, futures, strict=True):
        try:
            results.append(future.result())
        except Exception as err:
            lost.append(f"{partition.describe()}: not processed ({type(err).__name__}: {err})")
    return results, lost


def extract_distributed(
    inputs: Sequence[str],
    *,
    client: Client,
    home: str,
    merge: bool = True,
    target_bytes: int = DEFAULT_TARGET_BYTES,
    task: Callable[[Partition], PartitionResult] = extract_partition,
) -> DistributedRun:
    """Extract (then merge) the incidents of ``inputs`` on the cluster of ``client``.

    ``home`` is the gazetteer folder (or URL) as the workers see it; it must hold a
    built index. Incident tables among the inputs are read on the client, after the
    reports, as ``geo.pipeline.load_incidents`` orders them.
    """
    import pandas as pd

    from geo.export.schema import normalise_frame
    from geo.inputs import Sniff, discover, kind_of

    found = discover(inputs)
    names = list(found.names)
    # Tables and incident files (any input the registry does not call a report) are read
    # on the client; a .txt report is known by its suffix alone, without reading it.
    tables = []
    for name in names:
        kind = kind_of(Sniff(Path(name)), explicit=name in found.explicit)
        if kind is not None and kind.role != "report":
            tables.append(name)
    texts = [name for name in names if name not in tables]
    partitions = plan_partitions(
        texts, target_bytes=fitted_target_bytes(texts, client=client, most=target_bytes)
    )
    register_worker_setup(client, home=home)
    results, lost = extract_partitions(client, partitions, task=task)
    frames = [result.frame for result in results]
    problems = [problem for result in results for problem in result.problems]
    if tables:
        frames.append(_read_tables(tables, home=home, problems=problems))
    joined = pd.concat([f for f in frames if len(f)], ignore_index=True) if frames else None
    frame = normalise_frame(joined if joined is not None else pd.DataFrame())
    note = ""
    if merge and frame["source"].nunique() > 1:
        frame, note = merge_distributed(client, frame)
    return DistributedRun(
        frame=frame,
        partitions=len(partitions),
        inputs=sum(r.inputs for r in results) + len(tables),
        read=sum(r.read for r in results) + len(tables),
        skipped=sum(r.skipped for r in results),
        failed=sum(r.failed for r in results) + len(lost),
        reports=sum(r.reports for r in results),
        unprocessed=tuple(lost),
        problems=(*problems, *lost),
        merge_note=note,
    )


def fitted_target_bytes(names: Sequence[str], *, client: Client, most: int) -> int:
    """Partitions of at most ``most`` bytes, and at least 4 per worker thread to balance."""
    total = 0
    for name in names:
        with contextlib.suppress(OSError):
            total += Path(name).stat().st_size
    threads = max(1, sum(client.nthreads().values()))  # type: ignore[no-untyped-call]
    return max(1, min(most, total // (4 * threads) + 1))


def _read_tables(tables: list[str], *, home: str, problems: list[str]) -> gpd.GeoDataFrame:
    from gazetteer.index import GazetteerIndex
    from geo.pipeline import load_incidents

    with GazetteerIndex.open(Path(home)) as index:
        result = load_incidents(tables, index=index)
    problems.extend(result.summary.problems)
    return result.frame


def window_rows(frame: gpd.GeoDataFrame) -> dict[tuple[int, int], np.ndarray]:
    """Rows (positions) per region and time window that their merge blocks touch."""
    from geo.merge.blocking import MergeKeys, block_cells

    rows, weeks, lat_cells = block_cells(MergeKeys.from_frame(frame))
    window = np.floor_divide(weeks, WINDOW_WEEKS) * 1000 + np.floor_divide(lat_cells, BAND_CELLS)
    pairs = np.unique(np.stack([window, rows]), axis=1)
    out: dict[tuple[int, int], np.ndarray] = {}
    cuts = np.flatnonzero(np.diff(pairs[0])) + 1
    for chunk in np.split(pairs, cuts, axis=1):
        if chunk.shape[1]:
            key = int(chunk[0, 0])
            out[(key // 1000, key % 1000)] = chunk[1]
    return out


def _links_of_window(frame: gpd.GeoDataFrame, positions: np.ndarray) -> Links:
    from geo.merge import links_of

    return links_of(frame, positions=positions)


def merge_distributed(client: Client, frame: gpd.GeoDataFrame) -> tuple[gpd.GeoDataFrame, str]:
    """The merge as a second stage: links per window on the workers, clusters across them."""
    from geo.merge import concat_links, merge_linked

    typed = frame.reset_index(drop=True)
    futures: list[Any] = []
    for _, rows in sorted(window_rows(typed).items()):
        futures.append(client.submit(_links_of_window, typed.iloc[rows], rows, pure=False))
    links = concat_links(client.gather(futures))  # type: ignore[no-untyped-call]
    result = merge_linked(typed, links)
    return result.frame, result.describe()


__all__ = [
    "DistributedRun",
    "extract_distributed",
    "extract_partitions",
    "fitted_target_bytes",
    "merge_distributed",
    "open_client",
    "register_worker_setup",
    "window_rows",
]
