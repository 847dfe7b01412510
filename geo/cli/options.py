"""Options shared by several commands, defined once so they read the same everywhere."""

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

F = TypeVar("F", bound=Callable[..., Any])

home_option = click.option(
    "--home",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="INCIMAP_HOME",
    default=None,
    help="Folder of the gazetteer index and cache [env INCIMAP_HOME; default: user cache dir].",
)

overwrite_option = click.option(
    "--overwrite", is_flag=True, default=False, help="Replace the output file if it exists."
)


def configure_logging(verbosity: int) -> None:
    """Send log records to stderr; -v and -q move the level one step each."""
    level = max(logging.DEBUG, min(logging.CRITICAL, logging.WARNING - 10 * verbosity))
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", force=True)


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
