"""Reading reports: text, Markdown, HTML and JSON Lines, from a file or stdin.

Which file is a report, and of which kind, is declared once in :mod:`geo.inputs`; this
module parses the reports. A report is a decoded text, cleaned once as it enters
(:func:`geo.text.clean_text`: NFC, plain spaces, no controls or lone surrogates), plus
what its header says (title, date). The text handed to extraction is ``Report.text``
itself, so every offset that extraction reports indexes into it. Header lines (a
section label, the headline, a ``date YYYY-MM-DD`` line) and a "Discuss" footer are
not cut out: ``body_start``/``body_end`` mark the part to read.

Reading many inputs (files, folders, stdin) through the input registry is
:mod:`geo.report_inputs`.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Final

from gazetteer.compiled_patterns import lazy_compile
from geo.errors import IncimapError, InputFormatError
from geo.extract.dates import MONTHS, parse_date
from geo.extract.sentences import is_heading_line
from geo.text import clean_text, decode_bytes, spell_out_hashtags, unwrap_lines

log = logging.getLogger(__name__)

STDIN: Final = "-"
# One report's text may hold this many characters (about 2 MB of English). Extraction is
# linear, about 4 s of CPU per million characters of news, so a report at the limit costs
# seconds; a longer one (a dump mistaken for an article, an attack) is refused with its
# file named, and the run goes on. Set INCIMAP_MAX_REPORT_CHARS to change it.
MAX_REPORT_CHARS: Final = 2_000_000
MAX_REPORT_CHARS_VARIABLE: Final = "INCIMAP_MAX_REPORT_CHARS"


def max_report_chars() -> int:
    """The limit on one report's text: ``$INCIMAP_MAX_REPORT_CHARS``, else 2,000,000.

    >>> max_report_chars()
    2000000
    """
    configured = os.environ.get(MAX_REPORT_CHARS_VARIABLE, "").strip()
    if not configured:
        return MAX_REPORT_CHARS
    try:
        value = int(configured.replace("_", ""))
    except ValueError:
        value = 0
    if value <= 0:
        raise IncimapError(
            f"{MAX_REPORT_CHARS_VARIABLE} must be a whole number of characters above 0, "
            f"got {configured!r}"
        )
    return value


def check_report_size(text: str, *, path: str, line: int | None = None) -> None:
    """Refuse a report over :func:`max_report_chars`, naming its file (and JSON line)."""
    limit = max_report_chars()
    if len(text) > limit:
        raise InputFormatError(
            f"report of {len(text):,} characters is over the limit of {limit:,} for one "
            f"report ({MAX_REPORT_CHARS_VARIABLE}); skipped: split it into several reports",
            path=path,
            line=line,
            field="text" if line is not None else None,
        )


@dataclass(frozen=True, slots=True)
class Report:
    """One report. ``text[body_start:body_end]`` is the part that extraction reads."""

    source: str
    text: str
    title: str = ""
    url: str = ""
    report_date: date | None = None
    body_start: int = 0
    body_end: int = -1  # -1: up to the end of the text

    @property
    def body(self) -> str:
        """The text between the header and the footer."""
        return self.text[self.body_start : self.body_stop]

    @property
    def body_stop(self) -> int:
        """``body_end`` with -1 resolved to the text's length."""
        return len(self.text) if self.body_end < 0 else self.body_end


@dataclass(frozen=True, slots=True)
class Header:
    """What the first lines of a report say, and where its body starts and ends."""

    title: str = ""
    report_date: date | None = None
    body_start: int = 0
    body_end: int = -1


# ---------------------------------------------------------------- header and footer

_DATE_LINE_RE: Final = lazy_compile(
    r"^[ \t*_]*(?:discuss[ \t]+)?(?:date|published|posted|updated|dated)?[ \t]*[:\-]?[ \t]*"
    r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\b[ \t*_]*(?P<rest>.*)$",
    re.IGNORECASE,
)
_FOOTER_RE: Final = lazy_compile(
    r"^\s*(?:discuss|comments?|share|share this|read more|related|advertisement)\s*$", re.I
)
HEADER_LINES: Final = 6
# The month names that dates are read with (one list, geo.extract.dates').
_MONTH: Final = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
# A digest's heading names its period: "Cabo Ligado Weekly: 12-18 September 2022",
# "Update 1-14 Apr 2024", "Iraq monitor, August 26 - September 1, 2016". Its last day
# dates an undated report (the days it tells are in that week).
_PERIOD_HEADING_RE: Final = lazy_compile(
    rf"\b(?P<dmy>\d{{1,2}}\s+{_MONTH})\.?,?\s+(?P<y1>(?:19|20)\d\d)\b"
    rf"|\b(?P<md>{_MONTH})\.?\s+(?:\d{{1,2}}\s*[-–]\s*)?(?P<d2>\d{{1,2}}),?\s+"
    r"(?P<y2>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _period_end(line: str) -> date | None:
    """The last day of the period a heading line names, or None.

    >>> _period_end("Cabo Ligado Weekly: 12-18 September 2022")
    datetime.date(2022, 9, 18)
    >>> _period_end("Iraq monitor, August 26 - September 1, 2016")
    datetime.date(2016, 9, 1)
    >>> _period_end("Attacks rise in 2022") is None
    True
    """
    matches = list(_PERIOD_HEADING_RE.finditer(line))  # the last one ends the period
    if not matches:
        return None
    found = matches[-1]
    if found["dmy"]:
        return parse_date(f"{found['dmy']} {found['y1']}")
    return parse_date(f"{found['md']} {found['d2']}, {found['y2']}")


def _lines(text: str, *, start: int = 0) -> Iterator[tuple[int, str]]:
    """Yield (offset, line without its newline) for each line of ``text[start:]``."""
    offset = start
    for line in text[start:].splitlines(keepends=True):
        yield offset, line.rstrip("\r\n")
        offset += len(line)


def read_header(text: str) -> Header:
    """Find the section label, headline and date line at the top, and a footer.

    >>> h = read_header("World\\n\\nShelling Hits Town\\n\\nShells fell on the town.\\nDiscuss")
    >>> h.title, h.report_date, h.body_start, h.body_end
    ('Shelling Hits Town', None, 27, 52)
    >>> h = read_header(" date 2023-11-09 Shells fell.")
    >>> h.report_date, h.body_start
    (datetime.date(2023, 11, 9), 17)
    """
    title = ""
    report_date: date | None = None
    period_end: date | None = None  # the period a digest's heading names
    body_start = 0
    seen = 0
    non_empty = [(offset, line) for offset, line in _lines(text) if line.strip()]
    for index, (offset, line) in enumerate(non_empty[:HEADER_LINES]):
        body_start = offset
        date_match = _DATE_LINE_RE.match(line)
        parsed = parse_date(date_match["date"]) if date_match else None
        if date_match and parsed is not None and report_date is None:
            report_date = parsed
            if date_match["rest"].strip():
                body_start = offset + date_match.start("rest")
                break
            body_start = offset + len(line)
            continue
        is_last = index == len(non_empty) - 1
        if is_last or not is_heading_line(line):
            break
        if period_end is None and any(ch.isdigit() for ch in line):
            period_end = _period_end(line)
        seen += 1
        stripped = line.strip().lstrip("#").strip()
        # A one-to-three-word first line above a longer one is a section label.
        is_label = seen == 1 and len(stripped.split()) <= 3 and not title
        if not is_label and not title:
            title = stripped
        body_start = offset + len(line)
    body_end = len(text)
    for offset, line in reversed(non_empty):
        if offset < body_start or not _FOOTER_RE.match(line):
            break
        body_end = offset
    while body_start < body_end and text[body_start] in " \t\r\n":
        body_start += 1
    return Header(title, report_date or period_end, body_start, body_end)


# ---------------------------------------------------------------- HTML


def html_to_text(markup: str) -> tuple[str, str, date | None]:
    """Return the visible text, the title and the publication date of an HTML page.

    >>> html_to_text("<html><head><title>T</title><script>x()</script></head>"
    ...              "<body><p>Shells &amp; mortars.</p></body></html>")
    ('Shells & mortars.\\n', 'T', None)
    """
    # Imported here: html.parser (and its regular expressions) only when a page comes.
    from geo.html_text import visible_text

    return visible_text(markup)


# ---------------------------------------------------------------- one input


def _report_from_text(
    source: str, text: str, *, title: str = "", url: str = "", report_date: date | None = None
) -> Report:
    text = spell_out_hashtags(text)
    header = read_header(text)
    return Report(
        source=source,
        text=text,
        title=title or header.title,
        url=url,
        report_date=report_date or header.report_date,
        body_start=header.body_start,
        body_end=header.body_end,
    )


def parse_text_reports(source: str, text: str, problems: list[str]) -> list[Report]:
    """A plain-text or Markdown file: one report (none when it is blank)."""
    try:
        check_report_size(text, path=source)  # cleaning keeps the length: test it first
    except InputFormatError as err:
        problems.append(str(err))
        return []
    cleaned = unwrap_lines(clean_text(text).text)
    return [_report_from_text(source, cleaned)] if cleaned.strip() else []


def parse_html_reports(source: str, text: str, problems: list[str]) -> list[Report]:
    """An HTML page: one report of its visible text, titled by its <h1> or <title>."""
    visible, title, published = html_to_text(clean_text(text).text)
    try:
        check_report_size(visible, path=source)  # the visible text is what is read
    except InputFormatError as err:
        problems.append(str(err))
        return []
    return [_report_from_text(source, visible, title=title, report_date=published)]


def parse_jsonl_reports(source: str, text: str, problems: list[str]) -> list[Report]:
    """A JSON Lines file of reports: one per line; a bad line costs that line only."""
    reports = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            reports.append(_report_from_json_line(source, line, number, problems))
        except InputFormatError as err:
            problems.append(str(err))
            log.debug("%s", err)
    return reports


def _report_from_json_line(source: str, line: str, number: int, problems: list[str]) -> Report:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputFormatError(f"not valid JSON ({err.msg})", path=source, line=number) from err
    if not isinstance(row, dict):
        raise InputFormatError("expected a JSON object", path=source, line=number)
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputFormatError(
            "expected a non-empty string", path=source, line=number, field="text"
        )
    check_report_size(text, path=source, line=number)
    fields: dict[str, str] = {}
    for name in ("text", "title", "url", "date"):
        value = row.get(name)
        if value is not None and not isinstance(value, str):
            raise InputFormatError(
                f"expected a string, got {type(value).__name__}",
                path=source,
                line=number,
                field=name,
            )
        # JSON can spell a lone surrogate (\udc00) that no file can hold: replaced here,
        # once, and said, so that it costs a character of this record, never the run.
        cleaned = clean_text(value or "")
        if cleaned.surrogates:
            problems.append(
                str(
                    InputFormatError(
                        f"{cleaned.surrogates} lone surrogate(s) replaced with U+FFFD",
                        path=source,
                        line=number,
                        field=name,
                    )
                )
            )
        fields[name] = cleaned.text
    report_date = None
    if fields["date"]:
        report_date = parse_date(fields["date"][:10])
        if report_date is None:
            raise InputFormatError(
                f"expected a date YYYY-MM-DD, got {fields['date']!r}",
                path=source,
                line=number,
                field="date",
            )
    return _report_from_text(
        f"{source}:{number}",
        fields["text"],
        title=fields["title"],
        url=fields["url"],
        report_date=report_date,
    )


_PARSERS: Final = {
    "text": parse_text_reports,
    "markdown": parse_text_reports,
    "html": parse_html_reports,
    "jsonl": parse_jsonl_reports,
}


def sniff_report_kind(text: str) -> str:
    """The kind of a report without a name (stdin): JSON Lines, HTML or text."""
    head = text.lstrip()[:200].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html", "<p", "<div", "<body", "<article")):
        return "html"
    return "text"


def reports_from_bytes(
    source: str, data: bytes, *, kind: str | None, problems: list[str]
) -> list[Report] | None:
    """Decode and parse one input; None when it is binary (the caller skips it)."""
    text = decode_bytes(data)
    if text is None:
        return None
    return _PARSERS[kind or sniff_report_kind(text)](source, text, problems)


__all__ = [
    "Header",
    "Report",
    "decode_bytes",
    "html_to_text",
    "parse_html_reports",
    "parse_jsonl_reports",
    "parse_text_reports",
    "read_header",
]
