"""Inputs cut into partitions of about the same size, each a unit of work for one task.

A report file is a partition, or part of one with its neighbours (small files are
grouped up to ``target_bytes``). A JSON Lines file larger than ``target_bytes`` is cut
at line ends into byte ranges; each range knows the number of its first line, so that
the reports it yields have the same sources (``file:line``), and so the same incident
ids, as a single-process run. Partitions keep the input order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from geo.inputs import INPUT_KINDS

DEFAULT_TARGET_BYTES: Final = 4 << 20
_READ_BLOCK: Final = 1 << 20


@dataclass(frozen=True, slots=True)
class InputSlice:
    """A whole input (``stop`` is None) or the lines of a JSON Lines file in a byte range."""

    path: str
    start: int = 0
    stop: int | None = None
    first_line: int = 1

    def describe(self) -> str:
        """How a message names this input."""
        if self.stop is None:
            return self.path
        return f"{self.path} (bytes {self.start}-{self.stop}, from line {self.first_line})"


@dataclass(frozen=True, slots=True)
class Partition:
    """Inputs that one task reads, in input order; ``number`` orders the results."""

    number: int
    slices: tuple[InputSlice, ...]

    def describe(self) -> str:
        """The inputs, as a message names them."""
        return ", ".join(piece.describe() for piece in self.slices)


# Suffixes of JSON Lines reports, as the input registry declares them.
_JSONL_SUFFIXES: Final = frozenset(
    s for kind in INPUT_KINDS if kind.name == "reports-jsonl" for s in kind.suffixes
)


def _is_jsonl(path: str) -> bool:
    return Path(path).suffix.lower() in _JSONL_SUFFIXES


def split_jsonl(path: str, *, target_bytes: int) -> list[InputSlice]:
    """Byte ranges of about ``target_bytes`` that end at a line end, with their first line.

    Lines are counted as ``str.splitlines`` counts them on the decoded text (as the
    reader numbers them), so the numbers match a single-process run.
    """
    slices: list[InputSlice] = []
    start, line, pending = 0, 1, b""

    def emit(piece: bytes) -> None:
        nonlocal start, line
        slices.append(InputSlice(path, start, start + len(piece), line))
        line += len(piece.decode("utf-8", errors="replace").splitlines())
        start += len(piece)

    with open(path, "rb") as stream:
        while block := stream.read(_READ_BLOCK):
            pending += block
            while len(pending) >= target_bytes:
                cut = pending.find(b"\n", target_bytes - 1) + 1
                if not cut:
                    break  # the line goes on: read more
                emit(pending[:cut])
                pending = pending[cut:]
    if pending:
        emit(pending)
    return slices


def plan_partitions(
    names: list[str], *, target_bytes: int = DEFAULT_TARGET_BYTES
) -> list[Partition]:
    """Group ``names`` (already discovered, in order) into partitions of about ``target_bytes``."""
    partitions: list[Partition] = []
    current: list[InputSlice] = []
    size = 0

    def close() -> None:
        nonlocal current, size
        if current:
            partitions.append(Partition(len(partitions), tuple(current)))
        current, size = [], 0

    for name in names:
        try:
            bytes_ = Path(name).stat().st_size
        except OSError:
            bytes_ = 0  # read (and reported as failed) by the task, like any input
        if _is_jsonl(name) and bytes_ > target_bytes:
            close()
            for piece in split_jsonl(name, target_bytes=target_bytes):
                current.append(piece)
                close()
            continue
        current.append(InputSlice(name))
        size += bytes_
        if size >= target_bytes:
            close()
    close()
    return partitions


__all__ = ["DEFAULT_TARGET_BYTES", "InputSlice", "Partition", "plan_partitions", "split_jsonl"]
