"""The curated CSV files in ``data/gazetteer/``: places cities500 lacks, and extra names.

These files are ours, so a bad row is a bug: the reader raises on it (naming file,
line and field) instead of skipping it, and the build stops.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from pathlib import Path

from gazetteer.errors import InputFormatError
from gazetteer.place import Place
from gazetteer.sources import NameRecord, PlaceRecord

PLACES_FILE = "places.csv"
# Regions, areas and features that reports name (Darfur, Donbas, Lake Chad), each with
# the radius of its extent; same columns as places.csv, kept apart to be reviewed apart.
REGIONS_FILE = "regions.csv"
NAMES_FILE = "names.csv"
POPULATIONS_FILE = "populations.csv"
_NAME_KINDS = ("alternate", "historic")


def default_curated_dir() -> Path:
    """Return ``data/gazetteer`` of this checkout (or of the installed source tree)."""
    return Path(__file__).resolve().parents[2] / "data" / "gazetteer"


def curated_fingerprint(curated_dir: Path) -> str:
    """sha256 over the names and contents of every CSV file in ``curated_dir``."""
    digest = hashlib.sha256()
    for path in _csv_files(curated_dir):
        digest.update(path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _csv_files(folder: Path) -> list[Path]:
    """``sorted(folder.glob("*.csv"))``, without the regular expression that glob
    compiles (2 ms of every start, which computes the fingerprint)."""
    try:
        return sorted(path for path in folder.iterdir() if path.name.endswith(".csv"))
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return []  # as glob: no folder, no files


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}


def _number(row: dict[str, str], field: str, *, path: Path, line: int) -> float:
    try:
        return float(row[field])
    except (KeyError, ValueError):
        raise InputFormatError(
            f"expected a number, got {row.get(field)!r}", path=str(path), line=line, field=field
        ) from None


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


def read_curated_places(curated_dir: Path) -> list[PlaceRecord]:
    """Read ``places.csv`` and ``regions.csv`` into places with ids ``curated:<slug>``."""
    records = []
    for name in (PLACES_FILE, REGIONS_FILE):
        path = curated_dir / name
        if path.exists():
            records += _read_places_file(path)
    return records


def _read_places_file(path: Path) -> list[PlaceRecord]:
    records = []
    for line, row in _rows(path):
        if not row.get("slug") or not row.get("name"):
            raise InputFormatError("empty slug or name", path=str(path), line=line, field="slug")
        lat = _number(row, "lat", path=path, line=line)
        lon = _number(row, "lon", path=path, line=line)
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise InputFormatError(
                f"coordinates out of range: {lat}, {lon}", path=str(path), line=line, field="lat"
            )
        radius_m = _number(row, "radius_m", path=path, line=line) if row.get("radius_m") else None
        place = Place(
            place_id=f"curated:{row['slug']}",
            name=row["name"],
            lat=lat,
            lon=lon,
            feature_class=row.get("feature_class") or "P",
            feature_code=row.get("feature_code") or "",
            country=row.get("country") or None,
            admin1=row.get("admin1") or None,
            admin2=row.get("admin2") or None,
            population=int(_number(row, "population", path=path, line=line))
            if row.get("population")
            else 0,
            source=f"curated: {row.get('source') or 'data/gazetteer/places.csv'}",
        )
        names = [(row["name"], "name")]
        names += [(alt, "alternate") for alt in _split(row.get("alt_names", ""))]
        names += [(old, "historic") for old in _split(row.get("historic_names", ""))]
        records.append(PlaceRecord(place=place, names=tuple(names), radius_m=radius_m))
    return records


def read_curated_names(curated_dir: Path) -> list[NameRecord]:
    """Read ``names.csv``: extra names for places that other sources supply."""
    path = curated_dir / NAMES_FILE
    if not path.exists():
        return []
    records = []
    for line, row in _rows(path):
        for field in ("place_id", "name"):
            if not row.get(field):
                raise InputFormatError("empty value", path=str(path), line=line, field=field)
        kind = row.get("kind") or "alternate"
        if kind not in _NAME_KINDS:
            raise InputFormatError(
                f"expected one of {', '.join(_NAME_KINDS)}, got {kind!r}",
                path=str(path),
                line=line,
                field="kind",
            )
        records.append(
            NameRecord(
                place_id=row["place_id"],
                name=row["name"],
                kind=kind,
                source=f"curated: {row.get('source') or 'data/gazetteer/names.csv'}",
            )
        )
    return records


def read_curated_populations(curated_dir: Path) -> dict[str, int]:
    """Read ``populations.csv``: corrected populations for places other sources supply.

    Population weighs in ranking, so a stale figure (Khankendi at 2,100) misranks a city.
    """
    path = curated_dir / POPULATIONS_FILE
    if not path.exists():
        return {}
    populations = {}
    for line, row in _rows(path):
        if not row.get("place_id"):
            raise InputFormatError("empty value", path=str(path), line=line, field="place_id")
        populations[row["place_id"]] = int(_number(row, "population", path=path, line=line))
    return populations
