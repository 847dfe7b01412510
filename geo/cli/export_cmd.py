"""``incimap export IN -o OUT``: convert incidents between formats, or read a table in.

IN is either an incident file that incimap wrote (any export format) or an incident
table (CSV, XLSX, GeoJSON, GeoPackage) whose places go through the gazetteer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

import click

from gazetteer.errors import UnknownFormatError
from geo.cli.options import F, home_option, merge_option, overwrite_option


def _column(name: str, *, what: str) -> Callable[[F], F]:
    return click.option(f"--{name}-column", default=None, metavar="NAME", help=f"Column of {what}.")


@click.command("export")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o", "--output", required=True, metavar="OUT", help="Output file; '-' writes to stdout."
)
@click.option(
    "--format",
    "format_name",
    default=None,
    metavar="NAME",
    help="geojson, gpkg, csv, kml, parquet or fgb [default: from OUT's suffix].",
)
@click.option(
    "--input",
    "input_kind",
    type=click.Choice(["auto", "incidents", "table"]),
    default="auto",
    show_default=True,
    help="Read IN as incimap's own output, or as a table to place through the gazetteer.",
)
@_column("place", what="place names")
@_column("date", what="event dates")
@_column("country", what="countries (name or ISO code), used as context")
@_column("type", what="event types or sub-types")
@_column("fatalities", what="death counts")
@_column("injured", what="injury counts")
@_column("lat", what="latitudes")
@_column("lon", what="longitudes")
@_column("id", what="incident ids")
@click.option(
    "--far-km",
    type=click.FloatRange(min=0),
    default=50.0,
    show_default=True,
    help="Flag rows whose own point is farther than this from their named location.",
)
@merge_option
@home_option
@overwrite_option
def export(
    source: Path,
    output: str,
    format_name: str | None,
    input_kind: str,
    place_column: str | None,
    date_column: str | None,
    country_column: str | None,
    type_column: str | None,
    fatalities_column: str | None,
    injured_column: str | None,
    lat_column: str | None,
    lon_column: str | None,
    id_column: str | None,
    far_km: float,
    merge: bool,
    home: Path | None,
    overwrite: bool,
) -> None:
    """Convert incidents in IN to OUT, or read an incident table and place its rows."""
    from geo.export import format_for, looks_like_incidents, read_incidents, write_incidents
    from geo.export.atomic import STDOUT, check_writable
    from geo.merge import merge_for_output
    from geo.tables import TableColumns, read_table

    try:
        format_for(output, format=format_name)
    except UnknownFormatError as err:
        raise click.BadParameter(str(err), param_hint="'--format' / '-o'") from err
    if output != STDOUT:
        check_writable(Path(output), overwrite=overwrite)  # fail before the slow part
    columns = TableColumns(
        place=place_column,
        date=date_column,
        country=country_column,
        event_type=type_column,
        fatalities=fatalities_column,
        injured=injured_column,
        latitude=lat_column,
        longitude=lon_column,
        id=id_column,
    )
    named = any(getattr(columns, spec.name) is not None for spec in fields(columns))
    as_incidents = input_kind == "incidents" or (
        input_kind == "auto" and looks_like_incidents(source)
    )
    if as_incidents:
        if named:
            click.echo(
                f"{source}: incimap's own incident file; the --*-column options are not used "
                "(pass --input table to read it as a table)",
                err=True,
            )
        frame = read_incidents(source)
    else:
        from gazetteer.index import GazetteerIndex

        with GazetteerIndex.open(home) as index:
            result = read_table(
                source, resolver=index, columns=columns if named else None, far_km=far_km
            )
        click.echo(f"{source}: {result.summary.describe()}", err=True)
        frame = result.frame
    frame, merged = merge_for_output(frame, merge=merge)  # issue 12: geo.merge
    if merged:
        click.echo(merged, err=True)
    write_incidents(frame, output, format=format_name, overwrite=overwrite)
    if output != STDOUT:
        click.echo(f"wrote {len(frame)} incidents to {output}", err=True)
