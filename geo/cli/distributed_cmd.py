"""``incimap extract INPUT... --workers N`` / ``--scheduler ADDRESS``: the run on Dask.

Kept apart from ``extract_cmd`` so that the single-process command stays as it is; the
output formats are the same, plus partitioned GeoParquet when ``-o`` is a folder.
"""

from __future__ import annotations

from pathlib import Path

import click

from geo.cli import talk
from geo.cli.options import GeocoderChoice


def extract_on_cluster(
    inputs: tuple[str, ...],
    *,
    output: str,
    output_format: str | None,
    merge: bool,
    workers: int | None,
    scheduler: str | None,
    geocoder_choice: GeocoderChoice,
    home: Path | None,
    overwrite: bool,
) -> None:
    """Extract on a Dask cluster and write like ``incimap extract``; exit 1 if inputs failed."""
    from gazetteer.home import default_home
    from gazetteer.index import GazetteerIndex
    from geo.distributed import require_dask

    require_dask("--workers" if workers is not None else "--scheduler")
    if workers is not None and scheduler is not None:
        raise click.UsageError("--workers starts a local cluster; --scheduler uses one: not both")
    if geocoder_choice.geocoder is not None:
        raise click.UsageError("--geocoder is not available with --workers/--scheduler yet")
    from geo.distributed.parquet import is_folder_output, write_partitioned_parquet
    from geo.distributed.run import extract_distributed, open_client
    from geo.errors import OutputExistsError
    from geo.export import write_incidents

    chosen = (output_format or "").lower().lstrip(".")
    folder = output != "-" and is_folder_output(output)
    if folder and chosen not in ("", "parquet"):
        raise click.BadParameter(
            f"a folder output is partitioned GeoParquet, not {chosen}", param_hint="'--format'"
        )
    if output != "-" and Path(output).exists() and not overwrite:
        raise OutputExistsError(f"{output}: exists; pass --overwrite to replace it")
    home = home if home is not None else default_home()
    if "://" not in str(home):
        GazetteerIndex.open(home).close()  # built once here, never by every worker
    with open_client(workers=workers, scheduler=scheduler) as client:
        run = extract_distributed(inputs, client=client, home=str(home), merge=merge)
    for problem in run.problems:
        talk.warn(problem)
    if run.merge_note:
        talk.note(run.merge_note)
    if folder:
        write_partitioned_parquet(run.frame, Path(output), overwrite=overwrite)
    else:  # JSON Lines is one of the export formats
        write_incidents(run.frame, output, format=chosen or None, overwrite=overwrite)
    click.echo(
        f"incimap: {run.reports} reports in {run.partitions} partitions from {run.read} of "
        f"{run.inputs} inputs ({run.skipped} skipped, {run.failed} failed): "
        f"{len(run.frame)} incidents",
        err=True,
    )
    if run.failed:
        raise click.exceptions.Exit(1)
