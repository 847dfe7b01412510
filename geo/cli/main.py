"""Entry point of the ``incimap`` command.

Errors of ours (``IncimapError``) exit 1 with a one-line message; usage errors exit 2
(click's convention). Heavy libraries are imported inside the commands, and a command's
module only when that command runs (:mod:`geo.cli.commands`), so that ``incimap
geocode`` starts fast.
"""

from __future__ import annotations

import sys

import click

from geo import __version__
from geo.cli import commands, talk
from geo.cli.options import configure_logging
from geo.errors import IncimapError

# Ctrl-C: the shell's convention, 128 + SIGINT.
INTERRUPTED = 130


class LazyGroup(click.Group):
    """A group whose commands are imported when one runs or is listed, not at start-up."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *commands.WHERE})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in commands.WHERE:
            self.add_command(commands.load_command(cmd_name))
        return super().get_command(ctx, cmd_name)


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="incimap")
@click.option("-v", "--verbose", count=True, help="More messages on stderr (repeatable).")
@click.option(
    "-q",
    "--quiet",
    count=True,
    help="Fewer messages on stderr: -q hides summaries and progress, -qq warnings too.",
)
@click.pass_context
def cli(context: click.Context, verbose: int, quiet: int) -> None:
    """Turn incident reports into a geocoded incident dataset and an interactive map.

    Data goes to stdout (with -o -), messages to stderr, one line each. Exit status: 0
    done, 1 an input or output failed (the rest is still written), 2 a usage error,
    130 interrupted (nothing half-written is left).
    """
    context.obj = talk.Verbosity(verbose - quiet)
    configure_logging(verbose - quiet)


def register_commands() -> None:
    """Import every command now; the CLI itself imports only the one it runs."""
    for command in commands.load_all():
        cli.add_command(command)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; map our errors to exit status 1 with a clean message."""
    try:
        # Without standalone mode, click returns the code of a ctx.exit()/Exit instead of
        # exiting; a command that finishes normally returns None.
        status = cli.main(args=argv, prog_name="incimap", standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as usage:
        usage.show()
        sys.exit(usage.exit_code)
    except (click.exceptions.Abort, KeyboardInterrupt):
        # Outputs are written atomically, so an interrupted run leaves no partial file.
        click.echo("incimap: interrupted; nothing written", err=True)
        sys.exit(INTERRUPTED)
    except (IncimapError, OSError) as err:
        # Ours, and the file system's refusals (permissions, a full disk, a path that is
        # a folder): the user's to fix, not bugs. Say which file, without a traceback.
        click.echo(f"incimap: error: {talk.escape_for_terminal(str(err))}", err=True)
        sys.exit(1)
    if argv is None:  # main() is the process (the incimap script): it ends here
        _spare_the_final_collection()
    sys.exit(status if isinstance(status, int) else 0)


def _spare_the_final_collection() -> None:
    """Leave the objects alive now out of the cycle collection that ends the process.

    As Python exits, the collector walks every object still alive (and again as the
    modules are torn down): 0.5-0.7 s after a command that imported the map's libraries,
    for nothing anyone sees. Frozen, they are left to the exit as they are; files are
    still closed and flushed, and atexit handlers run. Only for the process's own end:
    a caller of main() in its own process keeps collecting.
    """
    import gc

    gc.freeze()


if __name__ == "__main__":
    main()
