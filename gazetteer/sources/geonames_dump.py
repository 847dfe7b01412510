"""GeoNames dump files: places, alternate names and admin1 codes.

Places come from ``XX.txt``/``allCountries.txt``, names from ``alternateNamesV2.txt``,
admin1 names from ``admin1CodesASCII.txt``, each zipped (``XX.zip``) or not.

The layouts are GeoNames' own (download.geonames.org/export/dump/readme.txt): tab
separated, UTF-8, no header. A line with the wrong number of columns or a bad number
becomes an :class:`InputFormatError` naming the file, line and column; the reader goes
on with the next line.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Final, TextIO

from gazetteer.errors import InputFormatError
from gazetteer.normalize import is_code_like, is_indexed_script
from gazetteer.place import Place
from gazetteer.sources import Admin1Code, NameRecord, PlaceRecord

GEONAMES_COLUMNS: Final = (
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
    "feature class", "feature code", "country code", "cc2", "admin1 code", "admin2 code",
    "admin3 code", "admin4 code", "population", "elevation", "dem", "timezone",
    "modification date",
)  # fmt: skip
ALTERNATE_COLUMNS: Final = (
    "alternateNameId", "geonameid", "isolanguage", "alternate name", "isPreferredName",
    "isShortName", "isColloquial", "isHistoric", "from", "to",
)  # fmt: skip
ADMIN1_COLUMNS: Final = ("code", "name", "asciiname", "geonameid")
# isolanguage values that mark something other than a name (links, postcodes, codes).
NOT_A_NAME: Final = frozenset(
    {"link", "post", "iata", "icao", "faac", "fr_1793", "abbr", "wkdt", "unlc", "tcid", "phon"}
)


@contextmanager
def open_text(path: Path) -> Iterator[TextIO]:
    """Open a dump file as text, looking inside a ``.zip`` for its one data file."""
    if path.suffix.lower() != ".zip":
        # surrogateescape: a bad byte becomes an error for its line, not a crash.
        with path.open(encoding="utf-8", errors="surrogateescape", newline="") as handle:
            yield handle
        return
    with zipfile.ZipFile(path) as archive:
        members = [
            info.filename
            for info in archive.infolist()
            if info.filename.endswith(".txt") and "readme" not in info.filename.lower()
        ]
        if len(members) != 1:
            raise InputFormatError(
                f"expected one data .txt file in the zip, found {members or 'none'}",
                path=str(path),
            )
        with archive.open(members[0]) as raw:
            yield io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape", newline="")


def is_utf8(text: str) -> bool:
    """Whether text read with ``surrogateescape`` came from valid UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def not_utf8_error(path: Path, line_no: int) -> InputFormatError:
    """The error for a line that is not valid UTF-8."""
    return InputFormatError(
        "not valid UTF-8 (save the file as UTF-8)", path=str(path), line=line_no, field="encoding"
    )


def _columns(
    line: str, *, expected: tuple[int, ...], path: Path, line_no: int
) -> list[str] | InputFormatError:
    cells = line.rstrip("\r\n").split("\t")
    if len(cells) not in expected:
        wanted = " or ".join(str(n) for n in expected)
        return InputFormatError(
            f"expected {wanted} tab-separated columns, got {len(cells)}",
            path=str(path),
            line=line_no,
            field="columns",
        )
    return cells


def _rows(
    path: Path, *, expected: tuple[int, ...]
) -> Iterator[tuple[int, list[str]] | InputFormatError]:
    """Each non-empty line's number and tab-separated cells, or the error that rejects it."""
    with open_text(path) as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            if not is_utf8(line):
                yield not_utf8_error(path, line_no)
                continue
            cells = _columns(line, expected=expected, path=path, line_no=line_no)
            yield cells if isinstance(cells, InputFormatError) else (line_no, cells)


def _number(
    cells: list[str], index: int, names: tuple[str, ...], *, path: Path, line_no: int, integer: bool
) -> float | int | InputFormatError:
    text = cells[index].strip()
    try:
        return int(text or "0") if integer else float(text)
    except ValueError:
        return InputFormatError(
            f"expected {'an integer' if integer else 'a number'}, got {text!r}",
            path=str(path),
            line=line_no,
            field=names[index],
        )


def read_geonames(
    path: Path, *, admin1_names: Mapping[str, str] | None = None
) -> Iterator[PlaceRecord | InputFormatError]:
    """Read ``XX.txt``/``allCountries.txt`` (19 columns), zipped or not."""
    admin1_names = admin1_names or {}
    for row in _rows(path, expected=(19,)):
        if isinstance(row, InputFormatError):
            yield row
            continue
        line_no, cells = row
        numbers = []
        for index, integer in ((0, True), (4, False), (5, False), (14, True)):
            value = _number(
                cells, index, GEONAMES_COLUMNS, path=path, line_no=line_no, integer=integer
            )
            if isinstance(value, InputFormatError):
                yield value
                break
            numbers.append(value)
        else:
            geonameid, lat, lon, population = numbers
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                yield InputFormatError(
                    f"coordinates out of range: {lat}, {lon}",
                    path=str(path),
                    line=line_no,
                    field="latitude",
                )
                continue
            if not cells[1].strip():
                yield InputFormatError("empty name", path=str(path), line=line_no, field="name")
                continue
            yield _geonames_record(cells, geonameid, lat, lon, population, admin1_names)


def _geonames_record(
    cells: list[str],
    geonameid: float,
    lat: float,
    lon: float,
    population: float,
    admin1_names: Mapping[str, str],
) -> PlaceRecord:
    name, asciiname, country = cells[1].strip(), cells[2].strip(), cells[8].strip()
    admin1_code = f"{country}.{cells[10].strip()}" if cells[10].strip() else ""
    place = Place(
        place_id=f"geonames:{int(geonameid)}",
        name=name,
        lat=lat,
        lon=lon,
        feature_class=cells[6].strip() or "P",
        feature_code=cells[7].strip(),
        country=country or None,
        admin1=admin1_names.get(admin1_code) or None,
        population=int(population),
        source=f"GeoNames {int(geonameid)} (dump)",
    )
    names: list[tuple[str, str]] = [(name, "name")]
    if asciiname and asciiname != name:
        names.append((asciiname, "ascii"))
    for alt in cells[3].split(","):
        alt = alt.strip()
        if alt and alt != name and is_indexed_script(alt) and not is_code_like(alt):
            names.append((alt, "alternate"))
    return PlaceRecord(place=place, names=tuple(names))


def read_alternates(path: Path) -> Iterator[NameRecord | InputFormatError]:
    """Read ``alternateNamesV2.txt`` (10 columns; the older 8-column file also works)."""
    for row in _rows(path, expected=(8, 10)):
        if isinstance(row, InputFormatError):
            yield row
            continue
        line_no, cells = row
        geonameid = _number(cells, 1, ALTERNATE_COLUMNS, path=path, line_no=line_no, integer=True)
        if isinstance(geonameid, InputFormatError):
            yield geonameid
            continue
        name = cells[3].strip()
        if not name:
            yield InputFormatError(
                "empty name", path=str(path), line=line_no, field="alternate name"
            )
            continue
        if cells[2].strip() in NOT_A_NAME or not is_indexed_script(name):
            continue  # a link or code, or a script whose transliteration adds noise keys
        kind = "historic" if cells[7].strip() == "1" else "alternate"
        yield NameRecord(
            place_id=f"geonames:{int(geonameid)}",
            name=name,
            kind=kind,
            source=f"GeoNames alternate name {cells[0].strip()}",
        )


def read_admin1_codes(path: Path) -> Iterator[Admin1Code | InputFormatError]:
    """Read ``admin1CodesASCII.txt`` (4 columns: code, name, ASCII name, geonameid)."""
    for row in _rows(path, expected=(4,)):
        if isinstance(row, InputFormatError):
            yield row
            continue
        line_no, cells = row
        code, name = cells[0].strip(), cells[1].strip()
        if "." not in code:
            yield InputFormatError(
                f"expected a code like 'AZ.57', got {code!r}",
                path=str(path),
                line=line_no,
                field="code",
            )
            continue
        geonameid = _number(cells, 3, ADMIN1_COLUMNS, path=path, line_no=line_no, integer=True)
        if isinstance(geonameid, InputFormatError):
            yield geonameid
            continue
        yield Admin1Code(
            code=code, name=name, asciiname=cells[2].strip(), geonameid=int(geonameid) or None
        )
