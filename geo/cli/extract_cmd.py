"""``incimap extract``: the incidents of reports, as GeoJSON, JSON Lines or any export format."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

import click

from geo.cli.options import (
    GeocoderChoice,
    geocoder_options,
    home_option,
    merge_option,
    overwrite_option,
)

if TYPE_CHECKING:
    import pandas as pd

    from gazetteer.index import GazetteerIndex

JSONL: str = "jsonl"


def incident_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of an incident frame as JSON-ready dicts (no geometry; nulls stay null)."""
    import pandas as pd

    from geo.incident import FIELDS

    rows = []
    for record in frame[list(FIELDS)].to_dict(orient="records"):
        row: dict[str, Any] = {}
        for name, value in record.items():
            if value is None or (not isinstance(value, str) and pd.isna(value)):
                row[str(name)] = None
            elif isinstance(value, date):
                row[str(name)] = value.isoformat()
            elif hasattr(value, "item"):
                row[str(name)] = value.item()  # numpy scalar → Python
            else:
                row[str(name)] = value
        rows.append(row)
    return rows


def write_jsonl(frame: pd.DataFrame, output: str, *, overwrite: bool) -> None:
    """One incident per line; ``-`` is stdout; a file is written atomically."""
    from geo.export.atomic import atomic_path

    def dump(stream: IO[str]) -> None:
        for row in incident_rows(frame):
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")

    if output == "-":
        dump(sys.stdout)
        sys.stdout.flush()
        return
    with (
        atomic_path(Path(output), overwrite=overwrite) as temporary,
        temporary.open("w", encoding="utf-8") as stream,
    ):
        dump(stream)


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    required=True,
    help="Output file (format from its suffix), or - for GeoJSON on stdout.",
)
@click.option(
    "--format",
    "output_format",
    default=None,
    help="jsonl (one incident per line) or an export format: geojson, gpkg, csv, kml, "
    "parquet, fgb [default: from the output's suffix; geojson for -].",
)
@merge_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Run on a local Dask cluster of N processes (pip install 'incimap[dask]').",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Run on an existing Dask cluster (tcp://host:8786); every worker must reach --home.",
)
@geocoder_options
@home_option
@overwrite_option
def extract(
    inputs: tuple[str, ...],
    output: str,
    output_format: str | None,
    merge: bool,
    workers: int | None,
    scheduler: str | None,
    geocoder_choice: GeocoderChoice,
    home: Path | None,
    overwrite: bool,
) -> None:
    """Extract the incidents of reports: type, date, actors, casualties, event location.

    INPUT is a report (.txt .md .html .jsonl), an incident table (.csv .xlsx .geojson
    .gpkg; its places go through the gazetteer), a folder (read recursively), or - for a
    report on stdin. A summary goes to stderr; bad inputs are reported and the rest is read;
    the exit status is 1 when an input could not be read. With --geocoder, places that
    the offline gazetteer cannot settle are asked online (cached; a failed lookup keeps
    the offline answer and is not cached).
    """
    # Imported here so that the other commands start fast.
    from gazetteer.errors import OutputExistsError
    from geo.export import write_incidents
    from geo.merge import merge_for_output
    from geo.pipeline import load_incidents

    if workers is not None or scheduler is not None:
        # Issue 12: the same run on a Dask cluster (geo.distributed).
        from geo.cli.distributed_cmd import extract_on_cluster

        extract_on_cluster(
            inputs,
            output=output,
            output_format=output_format,
            merge=merge,
            workers=workers,
            scheduler=scheduler,
            geocoder_choice=geocoder_choice,
            home=home,
            overwrite=overwrite,
        )
        return
    if output != "-" and Path(output).exists() and not overwrite:
        # Refuse before the work, not after minutes of extraction.
        raise OutputExistsError(f"{output}: exists; pass --overwrite to replace it")
    chosen = (output_format or "").lower().lstrip(".")
    if not chosen and output != "-" and Path(output).suffix.lower() in (".jsonl", ".ndjson"):
        chosen = JSONL
    with geocoder_choice.open(home, fallback_on_error=True) as gazetteer:
        # open_gazetteer always puts a GazetteerIndex there; the chain only types its role.
        index = cast("GazetteerIndex", gazetteer.index)
        result = load_incidents(inputs, index=index, resolver=gazetteer)
    for problem in result.summary.problems:
        click.echo(f"incimap: {problem}", err=True)
    frame, merged = merge_for_output(result.frame, merge=merge)  # issue 12: geo.merge
    if merged:
        click.echo(f"incimap: {merged}", err=True)
    if chosen == JSONL:
        write_jsonl(frame, output, overwrite=overwrite)
    else:
        write_incidents(frame, output, format=chosen or None, overwrite=overwrite)
    summary = result.summary
    click.echo(
        f"incimap: {summary.reports} reports from {summary.read} of {summary.inputs} inputs "
        f"({summary.skipped} skipped, {summary.failed} failed): {summary.incidents} incidents, "
        f"{summary.unresolved} unresolved, {summary.without_location} without a location",
        err=True,
    )
    if summary.failed:
        raise click.exceptions.Exit(1)  # the output is written; the exit status tells
