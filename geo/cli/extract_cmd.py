"""``incimap extract``: the incidents of reports and tables, in any export format."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from geo.cli import talk
from geo.cli.options import (
    GeocoderChoice,
    format_option,
    geocoder_options,
    home_option,
    merge_option,
    output_option,
    overwrite_option,
    reading_options,
)

if TYPE_CHECKING:
    from geo.pipeline import LoadOptions


@click.command("extract", short_help="Extract the incidents of reports and tables into a GIS file.")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@output_option("Output file (format from its suffix), or - for GeoJSON on stdout.")
@format_option
@reading_options
@merge_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
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
    format_name: str | None,
    load_options: LoadOptions,
    merge: bool,
    workers: int | None,
    scheduler: str | None,
    geocoder_choice: GeocoderChoice,
    home: Path | None,
    overwrite: bool,
) -> None:
    """Extract the incidents of reports: type, date, actors, casualties, event location.

    INPUT is a report (.txt .md .html .jsonl), an incident table (.csv .xlsx, an ACLED
    export, a GIS file another tool wrote: its places go through the gazetteer), an
    incident file incimap wrote (any format), a folder (read recursively; a README is
    not a report), or - for a report on stdin. Bad inputs are reported on stderr and
    the rest is read; the exit status is 1 when an input could not be read, and nothing
    is written when none could. With --geocoder, places that the offline gazetteer
    cannot settle are asked online (cached; a failed lookup keeps the offline answer).
    """
    from geo.cli.loading import describe_reading, load_inputs
    from geo.errors import UnknownFormatError
    from geo.export import format_for, write_incident_records
    from geo.export.atomic import STDOUT, check_writable

    try:
        format_for(output, format=format_name)
    except UnknownFormatError as err:
        raise click.BadParameter(str(err), param_hint="'--format' / '-o'") from err
    if output != STDOUT:
        check_writable(Path(output), overwrite=overwrite)  # before the work, not after it
    if workers is not None or scheduler is not None:
        # Issue 12: the same run on a Dask cluster (geo.distributed).
        from geo.cli.distributed_cmd import extract_on_cluster

        extract_on_cluster(
            inputs,
            output=output,
            output_format=format_name,
            merge=merge,
            workers=workers,
            scheduler=scheduler,
            geocoder_choice=geocoder_choice,
            home=home,
            overwrite=overwrite,
        )
        return
    result = load_inputs(inputs, home=home, choice=geocoder_choice, options=load_options)
    incidents = result.incidents
    if incidents is not None and not (merge and len({i.source for i in incidents}) > 1):
        # Reports of one source (or --no-merge): nothing to merge, and a few incidents
        # are written as they are, without pandas or GDAL (issue 11).
        write_incident_records(incidents, output, format=format_name, overwrite=overwrite)
    else:
        from geo.export import write_incidents
        from geo.merge import merge_for_output

        frame, merged = merge_for_output(result.frame, merge=merge)  # issue 12: geo.merge
        if merged:
            talk.note(merged)
        write_incidents(frame, output, format=format_name, overwrite=overwrite)
    talk.note(describe_reading(result) + ("" if output == STDOUT else f"; wrote {output}"))
    if result.summary.failed:
        sys.exit(1)  # the output is written; the exit status tells
