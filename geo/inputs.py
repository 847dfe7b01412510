"""Every kind of input incimap reads, declared once: its suffixes, how it is recognised,
and its reader.

Three roles: *reports* (text, Markdown, HTML, JSON Lines of reports) go through
extraction; *tables* (CSV, spreadsheets, ACLED exports, GIS layers that another tool
wrote) have their rows placed; *incidents* (what incimap wrote, in any of its formats)
are read back as they are. ``extract``, ``map``, ``export`` and ``geoparse`` all ask
:func:`kind_of`, so a file is the same kind for every command.

Several kinds share a suffix (``.csv`` is incimap's own CSV, an ACLED export or another
table; ``.jsonl`` holds incidents or reports); the first kind in ``INPUT_KINDS`` whose
``recognise`` accepts the file wins, and the last kind of a suffix accepts any file. A
file is read once: recognition and reading share a :class:`Sniff`, which keeps what it
has read (the decoded text, a GIS layer).

In a folder, only files of a declared suffix are inputs, and a README, LICENSE or
CHANGELOG is not a report; a file named on the command line is read whatever its suffix
(as text, when it decodes as text).

>>> [k.name for k in INPUT_KINDS if ".csv" in k.suffixes]
['incidents-csv', 'acled', 'table-csv']
>>> is_input_in_folder(Path("reports/README.md")), is_input_in_folder(Path("a.log"))
(False, False)
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

from geo.errors import InputFormatError
from geo.export import FORMATS
from geo.export import csv as incident_csv
from geo.incident import FIELDS
from geo.read import STDIN, Report, parse_html_reports, parse_jsonl_reports, parse_text_reports
from geo.text import decode_bytes

# geo.tables (12 ms to import) is imported where a table is read: reports never need it.
if TYPE_CHECKING:
    import geopandas as gpd

    from geo.tables.rows import RawTable

Role = Literal["report", "table", "incidents"]

# Files that sit beside reports in a folder and are about the folder, not reports.
NOT_REPORTS: Final = frozenset(
    {"readme", "license", "licence", "changelog", "changes", "notice", "authors", "copying"}
)
# The fields every incident file that incimap wrote holds; ``id`` may be the format's
# own (KML, CSV), and the fields of merged reports (issue 12) came later: a file written
# before them is still incimap's own, read back with those fields empty.
_MERGE_FIELDS: Final = frozenset(
    {"n_sources", "source_urls", "sources", "merge_reason", "count_rule"}
)
_INCIDENT_COLUMNS: Final = frozenset(FIELDS) - {"id"} - _MERGE_FIELDS


class Sniff:
    """One input file as recognition and reading share it: each part is read once.

    ``fields``: the incident fields the command uses (``LoadOptions.fields``); an
    incident file of a format that can is then read for those alone.
    """

    def __init__(self, path: Path, *, fields: frozenset[str] | None = None) -> None:
        self.path = path
        self.fields = fields
        self._text: str | None = None
        self._text_read = False
        self._layer: gpd.GeoDataFrame | None = None
        self._rows: RawTable | None = None

    def text(self) -> str | None:
        """The file's decoded text (not yet cleaned); None when it looks binary."""
        if not self._text_read:
            self._text = decode_bytes(self.path.read_bytes())
            self._text_read = True
        return self._text

    def first_record(self) -> dict[str, object] | None:
        """The first line of a JSON Lines file, when it is a JSON object."""
        text = self.text() or ""
        for line in text.splitlines():
            if line.strip():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    return None
                return row if isinstance(row, dict) else None
        return None

    def csv_header(self) -> tuple[str, ...]:
        """The header cells of a text table."""
        from geo.tables.rows import read_csv_header

        return read_csv_header(self.text() or "", suffix=self.path.suffix.lower())

    def field_names(self) -> frozenset[str] | None:
        """The attribute names of a GIS file from its schema (GeoPackage) or its first
        features (GeoJSON in GDAL's layout), without reading every feature; None when
        only reading the layer can tell."""
        if self._layer is not None:
            return frozenset(str(c) for c in self._layer.columns)
        from geo.tables.rows import gis_field_names

        return gis_field_names(self.path)

    def layer(self) -> gpd.GeoDataFrame:
        """The features of a GIS file, read once, with all their columns."""
        if self._layer is None:
            from geo.tables.rows import read_gis_layer

            self._layer = read_gis_layer(self.path)
        return self._layer

    @property
    def has_layer(self) -> bool:
        """Whether the whole layer was read already (then it serves every reader)."""
        return self._layer is not None

    def rows(self) -> RawTable:
        """The rows of a text table or spreadsheet, read once."""
        if self._rows is None:
            from geo.tables.rows import decode_table, read_csv_rows, read_xlsx_rows

            suffix = self.path.suffix.lower()
            if suffix in (".xlsx", ".xlsm"):
                self._rows = read_xlsx_rows(self.path)
            else:
                self._rows = read_csv_rows(self.path, text=decode_table(self.path))
        return self._rows


def _anything(sniff: Sniff) -> bool:
    return True


@dataclass(frozen=True, slots=True)
class ReportKind:
    """Reports: ``parse(source, text, problems)`` gives the reports of a decoded text."""

    name: str
    suffixes: tuple[str, ...]
    parse: Callable[[str, str, list[str]], list[Report]]
    description: str
    recognise: Callable[[Sniff], bool] = _anything

    @property
    def role(self) -> Role:
        return "report"


@dataclass(frozen=True, slots=True)
class TableKind:
    """An incident table: ``read_rows`` gives its raw rows; ``acled`` fixes its columns."""

    name: str
    suffixes: tuple[str, ...]
    read_rows: Callable[[Sniff], RawTable]
    description: str
    recognise: Callable[[Sniff], bool] = _anything
    acled: bool = False

    @property
    def role(self) -> Role:
        return "table"


@dataclass(frozen=True, slots=True)
class IncidentKind:
    """Incidents that incimap wrote: ``read`` gives them back as a typed frame."""

    name: str
    suffixes: tuple[str, ...]
    read: Callable[[Sniff], gpd.GeoDataFrame]
    description: str
    recognise: Callable[[Sniff], bool] = _anything

    @property
    def role(self) -> Role:
        return "incidents"


InputKind = ReportKind | TableKind | IncidentKind


def _jsonl_of_incidents(sniff: Sniff) -> bool:
    record = sniff.first_record()
    return record is not None and set(record) >= _INCIDENT_COLUMNS


def _csv_of_incidents(sniff: Sniff) -> bool:
    return incident_csv.is_incident_header(sniff.csv_header())


def _acled_csv(sniff: Sniff) -> bool:
    from geo.tables.columns import is_acled_header

    return is_acled_header(sniff.csv_header())


def _acled_sheet(sniff: Sniff) -> bool:
    from geo.tables.columns import is_acled_header

    return is_acled_header(sniff.rows().header)


def _layer_of_incidents(sniff: Sniff) -> bool:
    # The first features (or the schema) say "ours" without reading the layer; they
    # cannot say "not ours" for a GeoJSON, whose later features may add properties.
    names = sniff.field_names()
    if names is not None and names >= _INCIDENT_COLUMNS:
        return True
    columns = {str(c) for c in sniff.layer().columns}
    return columns >= _INCIDENT_COLUMNS


def _read_incident_layer(sniff: Sniff) -> gpd.GeoDataFrame:
    from geo.export.schema import normalise_frame
    from geo.tables.rows import read_gis_layer

    if sniff.fields is None or sniff.has_layer:
        layer = sniff.layer()
    else:  # only the fields the command uses; normalise_frame leaves the others empty
        layer = read_gis_layer(sniff.path, columns=[f for f in FIELDS if f in sniff.fields])
    ours = [name for name in FIELDS if name in layer.columns]
    return normalise_frame(layer[[*ours, layer.geometry.name]])


def _raw_table_of_layer(sniff: Sniff) -> RawTable:
    from geo.tables.rows import raw_table_of_layer

    return raw_table_of_layer(sniff.layer())


def _reader_of(format_name: str) -> Callable[[Sniff], gpd.GeoDataFrame]:
    read = FORMATS[format_name].read
    return lambda sniff: read(sniff.path)


_GIS_FORMATS: Final = ("geojson", "gpkg", "kml", "parquet", "fgb")

INPUT_KINDS: Final[tuple[InputKind, ...]] = (
    ReportKind("text", (".txt", ".text"), parse_text_reports, "a plain-text report"),
    ReportKind("markdown", (".md", ".markdown"), parse_text_reports, "a Markdown report"),
    ReportKind("html", (".html", ".htm"), parse_html_reports, "a web page"),
    IncidentKind(
        "incidents-jsonl",
        FORMATS["jsonl"].suffixes,
        _reader_of("jsonl"),
        "incidents incimap wrote as JSON Lines",
        _jsonl_of_incidents,
    ),
    ReportKind(
        "reports-jsonl",
        FORMATS["jsonl"].suffixes,
        parse_jsonl_reports,
        'JSON Lines of reports ({"text": ..., "title", "url", "date"})',
    ),
    IncidentKind(
        "incidents-csv",
        FORMATS["csv"].suffixes,
        _reader_of("csv"),
        "incidents incimap wrote as CSV",
        _csv_of_incidents,
    ),
    TableKind("acled", (".csv", ".tsv"), Sniff.rows, "an ACLED export", _acled_csv, acled=True),
    TableKind("table-csv", (".csv", ".tsv"), Sniff.rows, "a table with a place column"),
    TableKind(
        "acled-xlsx", (".xlsx", ".xlsm"), Sniff.rows, "an ACLED export", _acled_sheet, acled=True
    ),
    TableKind("table-xlsx", (".xlsx", ".xlsm"), Sniff.rows, "a spreadsheet of incidents"),
    *(
        IncidentKind(
            f"incidents-{name}",
            FORMATS[name].suffixes,
            _read_incident_layer,
            f"incidents incimap wrote as {FORMATS[name].description}",
            _layer_of_incidents,
        )
        for name in _GIS_FORMATS
    ),
    TableKind(
        "table-gis",
        tuple(s for name in _GIS_FORMATS for s in FORMATS[name].suffixes),
        _raw_table_of_layer,
        "a GIS layer another tool wrote (its own points are kept)",
    ),
)
INPUT_SUFFIXES: Final = frozenset(s for kind in INPUT_KINDS for s in kind.suffixes)
_TEXT_REPORT: Final = INPUT_KINDS[0]


def kind_of(sniff: Sniff, *, explicit: bool, role: Role | None = None) -> InputKind | None:
    """The kind of ``sniff``'s file; None for a file of an unknown suffix not named by
    the user. ``role`` keeps only the kinds of that role (``export --input table``).

    Raises ``InputFormatError`` when the file cannot be read far enough to tell.
    """
    suffix = sniff.path.suffix.lower()
    candidates = [k for k in INPUT_KINDS if suffix in k.suffixes]
    if role is not None:
        candidates = [k for k in candidates if k.role == role]
    if not candidates:
        return _TEXT_REPORT if explicit and role in (None, "report") else None
    for kind in candidates[:-1]:
        if kind.recognise(sniff):
            return kind
    return candidates[-1]


def is_input_in_folder(path: Path) -> bool:
    """Whether a file found in a folder is an input: a declared suffix, not a README."""
    if path.suffix.lower() not in INPUT_SUFFIXES:
        return False
    return path.stem.casefold().split(".")[0] not in NOT_REPORTS


@dataclass(frozen=True, slots=True)
class Discovered:
    """The files to read (folders expanded), which of them the user named, and the
    files of the folders that are not inputs (a README, a .log)."""

    names: tuple[str, ...]
    explicit: frozenset[str]
    passed_over: tuple[str, ...] = ()


def discover(inputs: Iterable[str | os.PathLike[str]]) -> Discovered:
    """Expand folders (recursively, sorted, hidden entries left out); keep ``-`` as is.

    A missing path is kept, so that reading it fails with a message naming it.
    """
    names: list[str] = []
    explicit: set[str] = set()
    passed_over: list[str] = []
    for item in inputs:
        name = os.fspath(item)
        path = Path(name)
        if name == STDIN or not path.is_dir():
            names.append(name)
            explicit.add(name)
            continue
        for child in sorted(path.rglob("*")):
            relative = child.relative_to(path).parts
            if not child.is_file() or any(part.startswith(".") for part in relative):
                continue
            (names if is_input_in_folder(child) else passed_over).append(str(child))
    return Discovered(tuple(names), frozenset(explicit), tuple(passed_over))


def looks_like_incidents(path: str | Path) -> bool:
    """Return whether ``path`` holds incidents that ``geo.export.write_incidents`` wrote.

    A file that is not one of ours (an ACLED export, a spreadsheet) is a table to read
    with ``geo.tables.read_table``.
    """
    from gazetteer.errors import IncimapError

    try:
        kind = kind_of(Sniff(Path(path)), explicit=False)
    except (IncimapError, OSError):
        return False  # not readable: let the table reader report it
    return kind is not None and kind.role == "incidents"


def describe_kinds() -> str:
    """One line per kind, for help texts and error messages."""
    return "\n".join(
        f"{kind.name}: {' '.join(kind.suffixes)} ({kind.role}): {kind.description}"
        for kind in INPUT_KINDS
    )


def read_incident_kind(sniff: Sniff, kind: IncidentKind) -> gpd.GeoDataFrame:
    """Read incidents with ``kind``'s reader, turning a reader's crash into our error."""
    from gazetteer.errors import IncimapError

    try:
        return kind.read(sniff)
    except IncimapError:
        raise
    except Exception as err:  # GDAL, pyarrow and the XML parser each raise their own
        raise InputFormatError(f"cannot read incidents: {err}", path=str(sniff.path)) from err


__all__ = [
    "INPUT_KINDS",
    "INPUT_SUFFIXES",
    "Discovered",
    "IncidentKind",
    "InputKind",
    "ReportKind",
    "Role",
    "Sniff",
    "TableKind",
    "describe_kinds",
    "discover",
    "is_input_in_folder",
    "kind_of",
    "looks_like_incidents",
    "read_incident_kind",
]
