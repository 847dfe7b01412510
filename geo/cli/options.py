"""Options shared by several commands, defined once so they read the same everywhere.

Every command that reads inputs takes ``reading_options`` (the table column names,
``--check-places``, ``--far-km``), bundled into one ``LoadOptions``; a new flag for all
of them (``--workers``, say) goes there once. Outputs are ``-o/--output FILE`` and
``--format NAME`` everywhere.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import click

if TYPE_CHECKING:
    from gazetteer.chain import Gazetteer
    from geo.tables import TableColumns

F = TypeVar("F", bound=Callable[..., Any])


def _keep_compiled_patterns(
    _context: click.Context, _parameter: click.Parameter, home: Path | None
) -> Path | None:
    # The regular expressions this run compiles are kept in the home for the next run.
    from gazetteer.compiled_patterns import keep_in
    from gazetteer.home import default_home

    keep_in(home if home is not None else default_home())
    return home


home_option = click.option(
    "--home",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="INCIMAP_HOME",
    default=None,
    callback=_keep_compiled_patterns,
    help="Folder of the gazetteer index and cache [env INCIMAP_HOME; default: user cache dir].",
)

overwrite_option = click.option(
    "--overwrite", is_flag=True, default=False, help="Replace the output file if it exists."
)

# Kept in step with geo.export.FORMATS by tests/geo/test_cli_conventions.py; written out
# here so that the CLI starts without importing the exporters.
FORMAT_NAMES = "geojson, gpkg, csv, kml, parquet, fgb, jsonl"


def output_option(help: str) -> Callable[[F], F]:
    """``-o/--output FILE``, required; ``help`` says what is written there."""
    return click.option("-o", "--output", required=True, metavar="FILE", help=help)


format_option = click.option(
    "--format",
    "format_name",
    default=None,
    metavar="NAME",
    help=f"Output format: {FORMAT_NAMES} [default: from FILE's suffix; geojson for -].",
)


class _EscapingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        from geo.text import escape_for_terminal

        return escape_for_terminal(super().format(record))


def configure_logging(verbosity: int) -> None:
    """Send log records to stderr as ``incimap: ...`` lines; -v and -q move the level."""
    level = max(logging.DEBUG, min(logging.CRITICAL, logging.WARNING - 10 * verbosity))
    handler = logging.StreamHandler()
    handler.setFormatter(_EscapingFormatter("incimap: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler], force=True)


def check_country_code(value: str | None) -> str | None:
    """Upper-case an ISO 3166-1 alpha-2 code, or refuse one that names no country (exit 2)."""
    if value is None:
        return None
    from geo.export.countries import load_country_codes

    code = value.strip().upper()
    if code not in load_country_codes().name_by_alpha2:
        raise click.BadParameter(
            f"expected an ISO 3166-1 alpha-2 country code such as AZ, got {value!r}"
        )
    return code


country_option = click.option(
    "--country",
    metavar="CC",
    callback=lambda _ctx, _param, value: check_country_code(value),
    help="Prefer places in this country (ISO 3166-1 alpha-2, such as AZ).",
)

# (option name, TableColumns field, what the column holds)
TABLE_COLUMNS = (
    ("place", "place", "place names"),
    ("date", "date", "event dates"),
    ("country", "country", "countries (name or ISO code), used as context"),
    ("type", "event_type", "event types or sub-types"),
    ("fatalities", "fatalities", "death counts"),
    ("injured", "injured", "injury counts"),
    ("lat", "latitude", "latitudes"),
    ("lon", "longitude", "longitudes"),
    ("id", "id", "incident ids"),
)


def reading_options(command: F) -> F:
    """Add the options of every command that reads inputs; it receives ``load_options``.

    A table's columns are recognised by their names unless ``--place-column`` and
    friends name them; ``--check-places`` checks a table's own points against the
    gazetteer (once per distinct location).
    """

    @functools.wraps(command)
    def with_options(*args: Any, check_places: bool, far_km: float, **kwargs: Any) -> Any:
        from geo.pipeline import LoadOptions

        named = {field: kwargs.pop(f"{option}_column") for option, field, _ in TABLE_COLUMNS}
        given = {field: value for field, value in named.items() if value is not None}
        options = LoadOptions(
            columns=_table_columns(given),
            check_places=check_places,
            far_km=far_km,
        )
        return command(*args, load_options=options, **kwargs)

    options = [
        click.option(
            f"--{option}-column", default=None, metavar="NAME", help=f"Table column of {what}."
        )
        for option, _, what in TABLE_COLUMNS
    ]
    options += [
        click.option(
            "--check-places",
            is_flag=True,
            help="Check the points a table carries against the gazetteer, once per "
            "distinct location, and flag those far from their named place.",
        ),
        click.option(
            "--far-km",
            type=click.FloatRange(min=0),
            default=50.0,
            show_default=True,
            metavar="KM",
            help="With --check-places: flag points farther than this from their place.",
        ),
    ]
    decorated: Callable[..., Any] = with_options
    for option in reversed(options):
        decorated = option(decorated)
    return cast("F", decorated)


def _table_columns(given: Mapping[str, str]) -> TableColumns | None:
    if not given:
        return None
    from geo.tables import TableColumns  # 12 ms to import: only when a column is named

    return TableColumns(**given)


@dataclass(frozen=True, slots=True)
class GeocoderChoice:
    """The online geocoder a command may ask, if any: off unless ``--geocoder`` names one."""

    geocoder: str | None = None
    user_agent: str | None = None
    geocoder_url: str | None = None
    credentials: Mapping[str, str] = field(default_factory=dict)
    prefer_online: bool = False

    def open(self, home: Path | None, *, fallback_on_error: bool) -> Gazetteer:
        """Open the gazetteer chain of ``home``: the offline index, then this geocoder."""
        from gazetteer.chain import open_gazetteer

        return open_gazetteer(
            home,
            geocoder=self.geocoder,
            user_agent=self.user_agent,
            geocoder_url=self.geocoder_url,
            credentials=self.credentials,
            prefer_online=self.prefer_online,
            fallback_on_error=fallback_on_error,
        )


def to_geocoder_choice(
    *,
    geocoder: str | None,
    user_agent: str | None,
    geocoder_url: str | None,
    geocoder_options: tuple[str, ...],
    prefer_online: bool,
) -> GeocoderChoice:
    """Check the values of ``geocoder_options`` and bundle them; usage errors exit 2."""
    if geocoder is None and (geocoder_url is not None or prefer_online or geocoder_options):
        raise click.UsageError(
            "--geocoder-url, --geocoder-option and --prefer-online need --geocoder NAME"
        )
    credentials = {}
    for option in geocoder_options:
        key, equals, value = option.partition("=")
        if not equals or not key.strip():
            raise click.BadParameter(
                f"expected KEY=VALUE, got {option!r}", param_hint="--geocoder-option"
            )
        credentials[key.strip()] = value
    return GeocoderChoice(
        geocoder=geocoder,
        user_agent=user_agent,
        geocoder_url=geocoder_url,
        credentials=credentials,
        prefer_online=prefer_online,
    )


def geocoder_options(command: F) -> F:
    """Add the opt-in online geocoder options; the command receives ``geocoder_choice``.

    The five values are checked and bundled here, once, so a command takes one
    ``GeocoderChoice`` instead of repeating the options in its signature.
    """

    @functools.wraps(command)
    def with_choice(
        *args: Any,
        geocoder: str | None,
        user_agent: str | None,
        geocoder_url: str | None,
        geocoder_options: tuple[str, ...],
        prefer_online: bool,
        **kwargs: Any,
    ) -> Any:
        choice = to_geocoder_choice(
            geocoder=geocoder,
            user_agent=user_agent,
            geocoder_url=geocoder_url,
            geocoder_options=geocoder_options,
            prefer_online=prefer_online,
        )
        return command(*args, geocoder_choice=choice, **kwargs)

    options = (
        click.option(
            "--geocoder",
            metavar="NAME",
            help="Also ask this online geocoder (nominatim, photon, geonames, ...) for names "
            "the offline index is unsure of; answers are cached. Off by default.",
        ),
        click.option(
            "--user-agent",
            envvar="INCIMAP_USER_AGENT",
            help="Who you are, sent to the geocoder (required with --geocoder) "
            "[env INCIMAP_USER_AGENT].",
        ),
        click.option(
            "--geocoder-url",
            metavar="URL",
            help="Base URL of a self-hosted server of the geocoder's kind (http://host:port).",
        ),
        click.option(
            "--geocoder-option",
            "geocoder_options",
            metavar="KEY=VALUE",
            multiple=True,
            help="A setting of the geocoder's geopy client, such as username=... for "
            "geonames or api_key=... (repeatable).",
        ),
        click.option(
            "--prefer-online", is_flag=True, help="Ask the geocoder even when the index is sure."
        ),
    )
    decorated: Callable[..., Any] = with_choice
    for option in reversed(options):
        decorated = option(decorated)
    return cast("F", decorated)


# Issue 12: reports of one incident are merged unless --no-merge (see geo.merge).
merge_option = click.option(
    "--merge/--no-merge",
    "merge",
    default=True,
    show_default=True,
    help="Merge incidents that several reports give of one event into one incident that "
    "keeps every source (see geo/merge/rules.py); --no-merge keeps one row per report.",
)
