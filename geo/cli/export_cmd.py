"""``incimap export INPUT... -o OUT``: convert incidents between formats, or read tables in.

An INPUT is read as every command reads it (:mod:`geo.inputs`): incimap's own incident
files come back as they are, tables have their rows placed, reports are extracted.
"""

from __future__ import annotations

import dataclasses
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


@click.command("export", short_help="Convert incidents between formats, or read tables in.")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@output_option("Output file (format from its suffix), or - for GeoJSON on stdout.")
@format_option
@click.option(
    "--input",
    "input_kind",
    type=click.Choice(["auto", "incidents", "table"]),
    default="auto",
    show_default=True,
    help="Read INPUT as incimap's own output, or as a table to place through the gazetteer.",
)
@reading_options
@geocoder_options
@merge_option
@home_option
@overwrite_option
def export(
    inputs: tuple[str, ...],
    output: str,
    format_name: str | None,
    input_kind: str,
    load_options: LoadOptions,
    geocoder_choice: GeocoderChoice,
    merge: bool,
    home: Path | None,
    overwrite: bool,
) -> None:
    """Convert the incidents of INPUT... to OUT, or read incident tables and place their rows.

    INPUT is an incident file incimap wrote (GeoJSON, GeoPackage, CSV, KML, GeoParquet,
    FlatGeobuf, JSON Lines), an incident table (CSV, XLSX, an ACLED export, a GIS file
    another tool wrote), a report, or a folder of these. Nothing is written when no
    input could be read; the exit status is 1 when one could not.
    """
    from geo.cli.loading import describe_reading, load_inputs
    from geo.errors import UnknownFormatError
    from geo.export import format_for, write_incidents
    from geo.export.atomic import STDOUT, check_writable
    from geo.merge import merge_for_output

    try:
        format_for(output, format=format_name)
    except UnknownFormatError as err:
        raise click.BadParameter(str(err), param_hint="'--format' / '-o'") from err
    if output != STDOUT:
        check_writable(Path(output), overwrite=overwrite)  # fail before the slow part
    if input_kind != "auto":
        load_options = dataclasses.replace(
            load_options, read_as="incidents" if input_kind == "incidents" else "table"
        )
    result = load_inputs(inputs, home=home, choice=geocoder_choice, options=load_options)
    frame, merged = merge_for_output(result.take_frame(), merge=merge)  # issue 12: geo.merge
    if merged:
        talk.note(merged)
    write_incidents(frame, output, format=format_name, overwrite=overwrite)
    talk.note(describe_reading(result) + ("" if output == STDOUT else f"; wrote {output}"))
    if result.summary.failed:
        sys.exit(1)
