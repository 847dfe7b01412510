"""The commands the CLI offers, in the order ``incimap --help`` lists them."""

from __future__ import annotations

from typing import Final

import click

from geo.cli.export_cmd import export
from geo.cli.extract_cmd import extract
from geo.cli.gazetteer_cmd import gazetteer
from geo.cli.geocode import geocode
from geo.cli.geoparse_cmd import geoparse
from geo.cli.map_cmd import map_command

ALL: Final[tuple[click.Command, ...]] = (
    geocode,
    gazetteer,
    export,
    extract,
    geoparse,
    map_command,
)
