"""incimap on a real Dask LocalCluster (2 worker processes, started once for the module).

The distributed run must give exactly the single-process result, merge included; a
worker that dies mid-run must lose nothing; a partition that keeps failing is named.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

pytest.importorskip(
    "distributed", reason="the dask extra is not installed: pip install -e '.[dask]'"
)
pytest.importorskip("dask_geopandas", reason="the dask extra is not installed")

import itertools

from geo.distributed import MissingExtraError, require_dask
from geo.distributed.partitions import plan_partitions, split_jsonl
from geo.distributed.run import extract_distributed
from geo.distributed.worker import extract_partition, extract_with
from geo.export.jsonl import incident_rows
from geo.merge import merge_incidents
from geo.pipeline import IncidentExtractor, load_incidents
from tests.geo.merge_reports import INCIDENTS, NEAR_MISSES, write_reports

pytestmark = pytest.mark.slow
SMALL_PARTITIONS = 700  # bytes: the JSON Lines file is cut into several partitions


@pytest.fixture(scope="module")
def client(gazetteer_index):
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> list[Path]:
    return write_reports(tmp_path_factory.mktemp("distributed-reports"))


@pytest.fixture(scope="module")
def single(reports, gazetteer_index):
    frame = load_incidents(reports, index=gazetteer_index).frame
    return frame, merge_incidents(frame).frame


def rows(frame) -> list[dict]:
    return incident_rows(frame)


def test_distributed_run_is_the_single_process_run(client, reports, single, gazetteer_home):
    unmerged, merged = single
    run = extract_distributed(
        [str(p) for p in reports],
        client=client,
        home=str(gazetteer_home),
        target_bytes=SMALL_PARTITIONS,
    )
    assert run.partitions >= 4 and not run.unprocessed and run.failed == 0
    assert len(run.frame) == len(INCIDENTS) + NEAR_MISSES
    assert rows(run.frame) == rows(merged)  # same incidents, ids, fields and order
    plain = extract_distributed(
        [str(p) for p in reports],
        client=client,
        home=str(gazetteer_home),
        merge=False,
        target_bytes=SMALL_PARTITIONS,
    )
    assert rows(plain.frame) == rows(unmerged)
    assert plain.reports == len(unmerged)


def die_once(partition):
    """A task whose worker process dies the first time it meets partition 1."""
    marker = Path(partition.slices[0].path).parent / f"died-{partition.number}"
    if partition.number == 1 and not marker.exists():
        marker.write_text("the worker died here once\n")
        os._exit(1)
    return extract_partition(partition)


def fail_first(partition):
    """A task that always fails on partition 0 (retried, then given up)."""
    if partition.number == 0:
        raise RuntimeError("this partition cannot be read")
    return extract_partition(partition)


def test_a_worker_dying_mid_run_loses_nothing(client, reports, single, gazetteer_home):
    run = extract_distributed(
        [str(p) for p in reports],
        client=client,
        home=str(gazetteer_home),
        target_bytes=SMALL_PARTITIONS,
        task=die_once,
    )
    assert (reports[0].parent / "died-1").exists()  # it did die
    assert not run.unprocessed
    assert rows(run.frame) == rows(single[1])


def test_a_partition_that_keeps_failing_is_named_and_the_rest_kept(client, reports, gazetteer_home):
    run = extract_distributed(
        [str(p) for p in reports],
        client=client,
        home=str(gazetteer_home),
        merge=False,
        target_bytes=SMALL_PARTITIONS,
        task=fail_first,
    )
    assert len(run.unprocessed) == 1 and run.failed == 1
    assert "wire.jsonl (bytes 0-" in run.unprocessed[0]
    assert "cannot be read" in run.unprocessed[0]
    assert 0 < len(run.frame) < 16


def test_partitioned_geoparquet_reads_back(client, reports, single, gazetteer_home, tmp_path):
    import dask_geopandas

    from geo.distributed.parquet import write_partitioned_parquet

    merged = single[1]
    folder = tmp_path / "out"
    assert write_partitioned_parquet(merged, folder, overwrite=False, partitions=3) == 3
    assert len(list(folder.glob("*.parquet"))) == 3
    back = dask_geopandas.read_parquet(folder).compute()
    assert back["id"].tolist() == merged["id"].tolist()
    assert back["n_sources"].tolist() == merged["n_sources"].tolist()
    assert back.crs.to_epsg() == 4326
    with pytest.raises(FileExistsError):
        write_partitioned_parquet(merged, folder, overwrite=False)


def test_jsonl_partitions_keep_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    lines = [
        json.dumps({"text": "a\u2028b" * (n % 3) + f" {n}"}, ensure_ascii=False) for n in range(300)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = path.read_bytes()
    numbered = data.decode().splitlines()
    pieces = split_jsonl(str(path), target_bytes=1000)
    assert len(pieces) > 5
    assert pieces[0].start == 0 and pieces[-1].stop == len(data)
    for piece, after in itertools.pairwise(pieces):
        assert piece.stop == after.start
    for piece in pieces:
        first = data[piece.start : piece.stop].decode().splitlines()[0]
        assert numbered[piece.first_line - 1] == first
    small = tmp_path / "small.txt"
    small.write_text("x", encoding="utf-8")
    plan = plan_partitions([str(small), str(path)], target_bytes=1000)
    assert [p.number for p in plan] == list(range(len(plan)))
    assert plan[0].slices[0].path == str(small)


def test_without_dask_workers_says_how_to_install(monkeypatch, tmp_path: Path) -> None:
    from geo.cli.main import main

    monkeypatch.setitem(sys.modules, "dask_geopandas", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'incimap\[dask\]'"):
        require_dask("--workers")
    report = tmp_path / "r.txt"
    report.write_text("Nothing happened.", encoding="utf-8")
    with pytest.raises(SystemExit) as done:
        main(["extract", str(report), "-o", str(tmp_path / "o.geojson"), "--workers", "2"])
    assert done.value.code == 1


def test_a_bug_on_one_report_costs_that_report_not_the_partition(
    gazetteer_index, tmp_path: Path
) -> None:
    class BrokenOnOneReport(IncidentExtractor):
        def incidents_of(self, report):
            if "TRIGGERS-A-BUG" in report.text:
                raise ValueError("min() arg is an empty sequence")
            return super().incidents_of(report)

    (tmp_path / "a.txt").write_text("Gunmen killed four villagers in Tartar on Sunday.\n")
    (tmp_path / "b.txt").write_text("TRIGGERS-A-BUG: shelling hit Goris on Monday.\n")
    plan = plan_partitions([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], target_bytes=10)
    results = [extract_with(BrokenOnOneReport(gazetteer_index), p) for p in plan]
    assert sum(r.failed for r in results) == 1
    assert [loc for r in results for loc in r.frame["location"]] == ["Tartar"]
    (problem,) = [p for r in results for p in r.problems]
    assert "b.txt" in problem and "ValueError" in problem
