"""Errors that only ``geo`` raises: outputs, formats, and runs that read nothing.

They descend from the project's one root, ``gazetteer.errors.IncimapError``, and each
also inherits the builtin it resembles. ``InputFormatError`` is shared with the
gazetteer's importers, so it lives there; it is re-exported here so that ``geo`` code
imports its errors from one module.
"""

from __future__ import annotations

from gazetteer.errors import IncimapError, InputFormatError

__all__ = [
    "IncimapError",
    "InputFormatError",
    "InputReadError",
    "NothingReadError",
    "OutputExistsError",
    "OutputWriteError",
    "UnknownFormatError",
]


class InputReadError(IncimapError, OSError):
    """Some inputs could not be read; the others were still processed and written."""


class NothingReadError(InputReadError):
    """No input could be read (missing, binary, empty folder): nothing was written."""


class UnknownFormatError(IncimapError, ValueError):
    """A file suffix or ``--format`` names no format we read or write; lists the valid ones."""


class OutputExistsError(IncimapError, FileExistsError):
    """The output file exists and overwriting it was not asked for."""


class OutputWriteError(IncimapError, OSError):
    """An output could not be written (a full disk, a driver's error); the old one is kept."""
