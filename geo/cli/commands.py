"""The commands the CLI offers, each imported only when it runs or is listed.

A command is named here by the module that defines it, not imported: ``incimap
extract`` imports the extraction modules and none of ``map``'s, ``export``'s or
``gazetteer``'s (click's lazy group, :class:`geo.cli.main.LazyGroup`). ``incimap
--help`` lists them sorted by name, as click does, and imports them all for their help.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Final

import click

# The command's name -> the module that defines it and the command's name there.
WHERE: Final[Mapping[str, tuple[str, str]]] = {
    "geocode": ("geo.cli.geocode", "geocode"),
    "gazetteer": ("geo.cli.gazetteer_cmd", "gazetteer"),
    "export": ("geo.cli.export_cmd", "export"),
    "extract": ("geo.cli.extract_cmd", "extract"),
    "geoparse": ("geo.cli.geoparse_cmd", "geoparse"),
    "map": ("geo.cli.map_cmd", "map_command"),
}


def load_command(name: str) -> click.Command:
    """Import the command ``name`` (one of :data:`WHERE`)."""
    module, attribute = WHERE[name]
    command = getattr(importlib.import_module(module), attribute)
    if not isinstance(command, click.Command) or command.name != name:
        raise TypeError(f"{module}.{attribute} is not the click command {name!r}")
    return command


def load_all() -> tuple[click.Command, ...]:
    """Every command, imported now (for tests and documentation that walk them all)."""
    return tuple(load_command(name) for name in WHERE)
