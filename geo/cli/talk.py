"""How the CLI talks: one line per message on stderr, ``incimap: `` first, names escaped.

``-q`` hides notes (summaries, files read), ``-qq`` warnings too; errors always show.
``-v`` adds debug lines. Every message goes through :func:`say`, which escapes control
characters, so a file name or a header cell holding a terminal escape is shown, never
obeyed. Data goes to stdout only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

import click

from geo.text import escape_for_terminal

__all__ = ["Level", "Verbosity", "escape_for_terminal", "note", "say", "shows_progress", "warn"]


class Level(IntEnum):
    """How important a message is; shown when ``verbosity`` allows."""

    DEBUG = 1
    NOTE = 0
    WARNING = -1
    ERROR = -99


@dataclass(frozen=True, slots=True)
class Verbosity:
    """``-v`` count minus ``-q`` count, kept on the root click context."""

    level: int = 0


def verbosity() -> int:
    """The verbosity of the running command (0 outside the ``incimap`` group)."""
    context = click.get_current_context(silent=True)
    if context is None:
        return 0
    found = context.find_object(Verbosity)
    return found.level if found is not None else 0


def say(message: str, *, level: Level = Level.NOTE) -> None:
    """Print ``message`` on stderr if the verbosity allows it."""
    if verbosity() >= level:
        prefix = "incimap: error: " if level == Level.ERROR else "incimap: "
        click.echo(prefix + escape_for_terminal(message), err=True)


def note(message: str) -> None:
    """A summary or a file read: hidden by ``-q``."""
    say(message, level=Level.NOTE)


def warn(message: str) -> None:
    """A problem with one input or row, the run goes on: hidden by ``-qq``."""
    say(message, level=Level.WARNING)


def shows_progress() -> bool:
    """Whether a progress bar may be drawn (on a terminal, and not with ``-q``)."""
    return verbosity() >= 0
