"""The reports of many inputs (files, folders, ``-`` for stdin), one file at a time.

Which file is a report, and of which kind, the input registry (:mod:`geo.inputs`) says;
:mod:`geo.read` parses each file's reports. A bad file never stops the run: it is
counted as failed, binary files are skipped with a warning, and ``ReadSummary`` keeps
``read + skipped + failed == inputs``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from geo.errors import InputFormatError
from geo.inputs import ReportKind, Sniff, discover, kind_of
from geo.read import STDIN, Report, reports_from_bytes


@dataclass(frozen=True, slots=True)
class ReadSummary:
    """What happened to each input: every input is exactly one of read/skipped/failed."""

    inputs: int = 0
    read: int = 0
    skipped: int = 0
    failed: int = 0
    reports: int = 0
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # not problems: files of a folder that are not reports


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The reports read, in input order, and the summary."""

    reports: tuple[Report, ...]
    summary: ReadSummary


def discover_inputs(inputs: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Expand folders as :func:`geo.inputs.discover` does; the files to read."""
    return list(discover(inputs).names)


class ReadTally:
    """Running counts of a streamed read (see :func:`stream_reports`).

    Complete once the stream is exhausted; ``summary`` then holds what
    :func:`read_reports` would have returned.
    """

    def __init__(self) -> None:
        self.read = self.skipped = self.failed = self.reports = 0
        self.problems: list[str] = []
        self.notes: list[str] = []

    def pass_over(self, names: Iterable[str]) -> None:
        """Count files of a folder that are not inputs (a README, a .log) as skipped."""
        for name in names:
            self.skipped += 1
            self.notes.append(f"{name}: skipped: not a report or an incident file")

    def summary(self, *, inputs: int) -> ReadSummary:
        """The counts so far, for ``inputs`` inputs."""
        return ReadSummary(
            inputs=inputs,
            read=self.read,
            skipped=self.skipped,
            failed=self.failed,
            reports=self.reports,
            problems=tuple(self.problems),
            notes=tuple(self.notes),
        )


def reports_of_input(
    name: str, *, explicit: bool, tally: ReadTally, stdin: BinaryIO | None = None
) -> list[Report]:
    """The reports of one input (a file or ``-``), counted in ``tally``.

    A file that is not a report (a table, incimap's incidents) is skipped and said.
    """
    if name == STDIN:
        found = reports_from_bytes(
            "<stdin>", (stdin or sys.stdin.buffer).read(), kind=None, problems=tally.problems
        )
        return _count(found, source="<stdin>", tally=tally, before=len(tally.problems))
    sniff = Sniff(Path(name))
    before = len(tally.problems)
    try:
        kind = kind_of(sniff, explicit=explicit)
        text = sniff.text() if isinstance(kind, ReportKind) else None
    except OSError as err:
        tally.failed += 1
        tally.problems.append(f"{name}: cannot read: {err.strerror or err}")
        return []
    except InputFormatError as err:
        tally.failed += 1
        tally.problems.append(str(err))
        return []
    if not isinstance(kind, ReportKind):
        tally.skipped += 1
        what = f"{kind.description}" if kind is not None else "not a report format"
        tally.problems.append(f"{name}: skipped: {what}, not a report")
        return []
    found = None if text is None else kind.parse(name, text, tally.problems)
    return _count(found, source=name, tally=tally, before=before)


def _count(
    found: list[Report] | None, *, source: str, tally: ReadTally, before: int
) -> list[Report]:
    if found is None:
        tally.skipped += 1
        tally.problems.append(f"{source}: skipped: binary content, not a text report")
        return []
    if not found and len(tally.problems) > before:
        tally.failed += 1
        return []
    tally.read += 1
    tally.reports += len(found)
    return found


def stream_reports(
    paths: Iterable[str], *, explicit: set[str], tally: ReadTally, stdin: BinaryIO | None = None
) -> Iterator[Report]:
    """Yield the reports of ``paths`` (already discovered) one file at a time.

    Only one file's reports are held at once, so a folder of any size is read in
    bounded memory. Files named in ``explicit`` are read as text whatever their suffix.
    """
    for name in paths:
        yield from reports_of_input(name, explicit=name in explicit, tally=tally, stdin=stdin)


def read_reports(
    inputs: Iterable[str | os.PathLike[str]], *, stdin: BinaryIO | None = None
) -> ReadResult:
    """Read every report in ``inputs`` (files, folders, ``-`` for stdin).

    In a folder, only files of a report suffix are read (a README is not a report).
    Given by name, a file of unknown suffix is read as text when it decodes as text.
    """
    found = discover(inputs)
    tally = ReadTally()
    tally.pass_over(found.passed_over)
    reports = tuple(
        stream_reports(found.names, explicit=set(found.explicit), tally=tally, stdin=stdin)
    )
    return ReadResult(reports, tally.summary(inputs=len(found.names) + len(found.passed_over)))


__all__ = [
    "ReadResult",
    "ReadSummary",
    "ReadTally",
    "discover_inputs",
    "read_reports",
    "reports_of_input",
    "stream_reports",
]
