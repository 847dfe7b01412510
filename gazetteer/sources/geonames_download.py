"""Fetch GeoNames dump files over HTTP: conditional, resumable, verified.

One function, :func:`fetch_file`, is the choke point where the network's failures become
:class:`DownloadError`. It

- asks conditionally (``If-None-Match`` with the ETag, ``If-Modified-Since`` with the
  Last-Modified date of the copy we have): an unchanged file answers 304 and nothing is
  transferred;
- resumes a partial download (``Range`` with ``If-Range``, so that a file changed since
  the first attempt starts over instead of being spliced);
- writes to ``NAME.part`` and puts the file in place only after :func:`verify_zip` has
  read it through (zip CRCs, one data file, GeoNames' column count), so a truncated or
  wrong answer never replaces a good copy and is never imported.

The caller keeps the ETag and Last-Modified date (the index stores them per file).
"""

from __future__ import annotations

import http.client
import json
import os
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from gazetteer.errors import DownloadError

DEFAULT_BASE_URL: Final = "https://download.geonames.org/export/dump/"
TIMEOUT_S: Final = 60.0
CHUNK_BYTES: Final = 1 << 16
USER_AGENT: Final = "incimap gazetteer download"

Progress = Callable[[int, int | None], None]
"""Called with (bytes so far, total bytes or None) as a download goes."""


@dataclass(frozen=True, slots=True)
class Validators:
    """What the server said identifies the version of a file we hold."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What :func:`fetch_file` did: ``changed`` False means the server answered 304."""

    url: str
    path: Path
    changed: bool
    bytes_transferred: int
    validators: Validators


def url_for(base_url: str, name: str) -> str:
    """The address of dump file ``name`` under ``base_url``.

    >>> url_for("http://127.0.0.1:8000/dump", "NG.zip")
    'http://127.0.0.1:8000/dump/NG.zip'
    >>> url_for("https://download.geonames.org/export/dump/", "alternatenames/NG.zip")
    'https://download.geonames.org/export/dump/alternatenames/NG.zip'
    """
    return urllib.parse.urljoin(base_url.rstrip("/") + "/", name)


def _check_scheme(url: str) -> None:
    scheme = urllib.parse.urlsplit(url).scheme
    if scheme not in ("http", "https"):
        raise DownloadError(f"{url}: expected an http:// or https:// address, got {scheme!r}")


def _part_paths(dest: Path) -> tuple[Path, Path]:
    return dest.with_name(dest.name + ".part"), dest.with_name(dest.name + ".part.json")


def _read_part_validators(meta: Path) -> Validators | None:
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
        return Validators(etag=data.get("etag"), last_modified=data.get("last_modified"))
    except (OSError, ValueError, AttributeError):
        return None


def _request(url: str, headers: dict[str, str]) -> urllib.request.Request:
    # The scheme is checked by _check_scheme before any request is made.
    return urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **headers})  # noqa: S310


def fetch_file(
    url: str,
    *,
    dest: Path,
    known: Validators | None = None,
    progress: Progress | None = None,
    verify: Callable[[Path], None] | None = None,
    timeout_s: float = TIMEOUT_S,
) -> FetchResult:
    """Fetch ``url`` into ``dest`` unless the copy described by ``known`` is current.

    ``known`` is honoured only while ``dest`` exists: without the file there is nothing
    to be current. ``verify`` checks the complete download before it replaces ``dest``.
    """
    _check_scheme(url)
    dest.parent.mkdir(parents=True, exist_ok=True)
    part, part_meta = _part_paths(dest)
    headers: dict[str, str] = {}
    if known is not None and dest.exists():
        if known.etag:
            headers["If-None-Match"] = known.etag
        if known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
    resume_from = 0
    part_validators = _read_part_validators(part_meta) if part.exists() else None
    if part_validators is not None and (part_validators.etag or part_validators.last_modified):
        resume_from = part.stat().st_size
        headers["Range"] = f"bytes={resume_from}-"
        headers["If-Range"] = part_validators.etag or part_validators.last_modified or ""
    try:
        response = urllib.request.urlopen(_request(url, headers), timeout=timeout_s)  # noqa: S310 (scheme checked)
    except urllib.error.HTTPError as err:
        if err.code == 304 and known is not None:
            return FetchResult(url, dest, changed=False, bytes_transferred=0, validators=known)
        if err.code == 416:
            # Our partial file is no prefix of the server's: start over next time.
            part.unlink(missing_ok=True)
            part_meta.unlink(missing_ok=True)
        raise DownloadError(f"{url}: the server answered {err.code} {err.reason}") from err
    except (urllib.error.URLError, OSError, http.client.HTTPException) as err:
        raise DownloadError(
            f"{url}: cannot download ({err}); partial data is kept to resume"
        ) from err
    with response:
        validators = Validators(
            etag=response.headers.get("ETag"), last_modified=response.headers.get("Last-Modified")
        )
        status = response.status
        if status == 206:
            offset = resume_from
        elif status == 200:
            offset = 0
        else:
            raise DownloadError(f"{url}: unexpected answer {status}")
        length = response.headers.get("Content-Length")
        total = offset + int(length) if length and length.isdigit() else None
        part_meta.write_text(
            json.dumps({"etag": validators.etag, "last_modified": validators.last_modified}),
            encoding="utf-8",
        )
        transferred = 0
        try:
            with part.open("r+b" if offset else "wb") as handle:
                handle.seek(offset)
                handle.truncate()
                while chunk := response.read(CHUNK_BYTES):
                    handle.write(chunk)
                    transferred += len(chunk)
                    if progress is not None:
                        progress(offset + transferred, total)
                handle.flush()
                os.fsync(handle.fileno())
        except (OSError, http.client.HTTPException) as err:
            raise DownloadError(
                f"{url}: download interrupted after {offset + transferred:,} bytes ({err}); "
                "run the command again to resume"
            ) from err
    if total is not None and part.stat().st_size != total:
        raise DownloadError(
            f"{url}: expected {total:,} bytes, got {part.stat().st_size:,}; "
            "run the command again to resume"
        )
    if verify is not None:
        try:
            verify(part)
        except DownloadError:
            part.unlink(missing_ok=True)  # a bad file is not worth resuming
            part_meta.unlink(missing_ok=True)
            raise
    os.replace(part, dest)
    part_meta.unlink(missing_ok=True)
    return FetchResult(
        url, dest, changed=True, bytes_transferred=transferred, validators=validators
    )


def verify_zip(path: Path, *, member: str, columns: tuple[int, ...]) -> None:
    """Check that ``path`` is an intact zip whose ``member`` has lines of ``columns`` cells.

    GeoNames publishes no checksums; the zip's own CRCs catch a damaged transfer and the
    first line's column count catches an answer that is not the dump (an HTML error page
    served with status 200, or another file).
    """
    name = path.name.removesuffix(".part")  # the file as the user knows it
    try:
        with zipfile.ZipFile(path) as archive:
            damaged = archive.testzip()
            if damaged is not None:
                raise DownloadError(f"{name}: damaged member {damaged!r} (CRC mismatch)")
            if member not in archive.namelist():
                raise DownloadError(
                    f"{name}: expected {member!r} inside, found {archive.namelist()}"
                )
            with archive.open(member) as raw:
                first = raw.readline().decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, OSError, EOFError) as err:
        raise DownloadError(f"{name}: not a readable zip file ({err})") from err
    cells = first.rstrip("\r\n").split("\t")
    if first.strip() and len(cells) not in columns:
        wanted = " or ".join(str(n) for n in columns)
        raise DownloadError(
            f"{name}: {member} has {len(cells)} columns on its first line, expected {wanted}"
        )
