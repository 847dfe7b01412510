"""The exception tree of incimap.

``IncimapError`` is the single root for the whole project. It lives here because
``gazetteer`` is the lowest package: ``geo`` imports it from here, and ``maps`` (which
may import neither) raises builtins that ``geo`` converts at its one call site.

Each leaf also inherits the builtin it resembles, so callers that catch ``ValueError``
or ``OSError`` keep working. Errors that only ``geo`` raises (outputs, formats, a run
that read nothing) live in ``geo.errors``.
"""

from __future__ import annotations


class IncimapError(Exception):
    """Root of every error that incimap raises on purpose."""


class GazetteerError(IncimapError):
    """A problem with the gazetteer index or one of its sources."""


class IndexCorruptError(GazetteerError, OSError):
    """The index file exists but SQLite cannot read it; rebuild it."""


class IndexReadOnlyError(GazetteerError, PermissionError):
    """The index is intact but its folder cannot be written (a read-only mount)."""


class UnresolvedNameError(GazetteerError, LookupError):
    """One or more names resolved to no place (the CLI exits 1 after printing the rest)."""


class InputFormatError(IncimapError, ValueError):
    """An input file or row does not have the expected format.

    The message names the file, the line and the field when they are known.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.field = field
        where = ":".join(str(p) for p in (path, line) if p is not None)
        prefix = f"{where}: " if where else ""
        suffix = f" (field {field!r})" if field else ""
        super().__init__(f"{prefix}{message}{suffix}")


class GeocoderError(IncimapError, IOError):
    """An online geocoder failed; the failure is never cached as "not found"."""


class GeocoderUnavailable(GeocoderError):
    """The geocoder did not answer (timeout, connection error, 5xx) after retries."""


class GeocoderRateLimited(GeocoderError):
    """The geocoder answered 429; ``retry_after_s`` says when to try again, if known."""

    def __init__(self, message: str, *, retry_after_s: float | None = None) -> None:
        self.retry_after_s = retry_after_s
        super().__init__(message)


class GeocoderConfigError(GeocoderError, ValueError):
    """The geocoder name or its options (such as the user agent) are not valid."""


class DownloadError(GazetteerError, OSError):
    """A gazetteer dump could not be fetched or failed verification; nothing was imported."""
