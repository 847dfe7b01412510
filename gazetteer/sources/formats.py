"""Which reader imports which file: a table of formats, and a guess from name or content."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from gazetteer.errors import InputFormatError

IMPORT_FORMATS: Final = ("geonames", "alternates", "admin1", "csv", "geojson")
_COLUMNS_TO_FORMAT: Final = {19: "geonames", 10: "alternates", 8: "alternates", 4: "admin1"}


def guess_format(path: Path) -> str:
    """Guess the import format of ``path`` from its name, else from its first line.

    >>> guess_format(Path("alternateNamesV2.zip")), guess_format(Path("AZ.zip"))
    ('alternates', 'geonames')
    >>> guess_format(Path("places.geojson")), guess_format(Path("admin1CodesASCII.txt"))
    ('geojson', 'admin1')
    """
    name = path.name.lower()
    if name.startswith("alternatenames"):
        return "alternates"
    if name.startswith("admin1codes"):
        return "admin1"
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".geojson", ".json"):
        return "geojson"
    if suffix == ".zip":
        return "geonames"
    if suffix in (".txt", ".tsv") and path.exists():
        with path.open(encoding="utf-8", errors="replace") as handle:
            first = handle.readline()
        found = _COLUMNS_TO_FORMAT.get(len(first.rstrip("\r\n").split("\t")))
        if found:
            return found
    raise InputFormatError(
        f"cannot tell the format; pass --format with one of: {', '.join(IMPORT_FORMATS)}",
        path=str(path),
    )


def check_format(name: str) -> str:
    """Return ``name`` if it is an import format, else raise listing the valid ones."""
    if name not in IMPORT_FORMATS:
        raise InputFormatError(
            f"unknown import format {name!r}; expected one of: {', '.join(IMPORT_FORMATS)}"
        )
    return name
