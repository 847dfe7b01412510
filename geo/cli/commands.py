"""The commands the CLI offers, in the order ``incimap --help`` lists them."""

from __future__ import annotations

from typing import Final

import click

ALL: Final[tuple[click.Command, ...]] = ()
