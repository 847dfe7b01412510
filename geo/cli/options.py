"""Options shared by several commands, defined once so they read the same everywhere."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

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
