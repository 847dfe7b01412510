"""Entry point of the ``incimap`` command.

Errors of ours (``IncimapError``) exit 1 with a one-line message; usage errors exit 2
(click's convention). Heavy libraries are imported inside the commands, so that
``incimap geocode`` starts fast.
"""

from __future__ import annotations

import sys

import click

from gazetteer.errors import IncimapError
from geo import __version__
from geo.cli.options import configure_logging


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="incimap")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (repeatable).")
@click.option("-q", "--quiet", count=True, help="Less log output on stderr (repeatable).")
def cli(verbose: int, quiet: int) -> None:
    """Turn incident reports into a geocoded incident dataset and an interactive map."""
    configure_logging(verbose - quiet)


def _register() -> None:
    # Imported here, not at the top, so that each command module stays independent.
    from geo.cli import commands

    for command in commands.ALL:
        cli.add_command(command)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; map our errors to exit status 1 with a clean message."""
    _register()
    try:
        # Without standalone mode, click returns the code of a ctx.exit()/Exit instead of
        # exiting; a command that finishes normally returns None.
        status = cli.main(args=argv, prog_name="incimap", standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as usage:
        usage.show()
        sys.exit(usage.exit_code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except IncimapError as err:
        click.echo(f"incimap: error: {err}", err=True)
        sys.exit(1)
    except OSError as err:
        # The file system's refusals (permissions, a full disk, a path that is a folder)
        # are the user's to fix, not bugs: say which file, without a traceback.
        click.echo(f"incimap: error: {err}", err=True)
        sys.exit(1)
    sys.exit(status if isinstance(status, int) else 0)
