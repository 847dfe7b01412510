"""The spotter's name matcher: an Aho-Corasick automaton over folded patterns, storable.

Each pattern is a folded name key with one leading space (see :mod:`gazetteer.spot`),
and carries the gazetteer keys that fold to it and whether one of their places is
prominent. Building the automaton over the index's ~650k patterns takes seconds, so it
is built once (with the index, :mod:`gazetteer.matcher_store`) and written to one file:

- a header: magic, format, the signature of what it was built from, sizes, two CRC-32s
  (one of the automaton, one of the rest);
- the automaton, serialised by daachorse (a double-array Aho-Corasick over bytes: folded
  text is ASCII, so byte offsets are character offsets);
- the patterns in byte order, with the index of each and where each two-letter start
  begins: the same leftmost-longest matches by bisection, from the mapped file;
- one flag byte per pattern (prominent; keys are just the pattern itself);
- the other patterns' keys: an offset table and a UTF-8 blob.

Everything but the automaton is read through ``mmap``, shared in the page cache. The
automaton (50 MB) costs a tenth of a second to load, a copy into each process, and then
scans a text in a fraction of a millisecond; bisection costs nothing to load and a few
milliseconds a text. So a stored matcher scans its first texts (``scan_budget`` bytes,
about a dozen reports) by bisection and loads the automaton only when a process goes on
to read more: one report costs no load, and many reports pay it once. Both give the same
matches (tests compare them).

The CRC of all but the automaton (18 MB) is checked when the file is opened, before a
bisection sees a byte; once checked, the file's identity (device, inode, size, modified
and changed times) is kept beside it in ``<name>.checked``, and later starts that find
the file unchanged skip the check (8 ms and 18 MB of pages touched, of a 0.45 s
one-report run). Only a file unchanged for :data:`SETTLED_NS` is marked: file times
come from a coarse clock, and any later write or ``utime`` then gives the file other
times, so a damaged or replaced file is checked again.

daachorse was chosen by measurement over a memory-mapped marisa-trie: scanning stays one
native call per text (0.17 ms against 0.9 ms a text for a trie walked word by word from
Python).

>>> matcher = NameMatcher.build([("baku", ("baku",), True), ("ganja", ("gence", "ganja"), False)])
>>> matcher.find(" in baku and ganja ")
[(3, 8, 0), (12, 18, 1)]
>>> matcher.keys_of(1, pattern="ganja"), matcher.is_prominent(0), matcher.is_prominent(1)
(('gence', 'ganja'), True, False)
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import mmap
import os
import struct
import threading
import time
import zlib
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

from gazetteer.errors import GazetteerError

if TYPE_CHECKING:
    # Imported where an automaton is built or loaded: a one-report run needs neither.
    import daachorse

log = logging.getLogger(__name__)


def source_sha256(module_file: str) -> str:
    """sha256 of a module's source file; "missing" where it has none to read.

    The name matcher's signature (:mod:`gazetteer.matcher_store`) names the code that
    folds and matches, so each such module calls this once, as it is imported: the hash
    then describes the code that runs, even if the file is edited or checked out while
    the process lives (a long test session, a Dask worker). Hashed at each use instead,
    it named the file on disk, and a process trusted a matcher that other code built.
    """
    try:
        with open(module_file, "rb") as stream:
            return hashlib.sha256(stream.read()).hexdigest()
    except OSError:
        return "missing"


# This file as imported, for the matcher's signature (see source_sha256).
SOURCE_SHA256: Final = source_sha256(__file__)
MAGIC: Final = b"incimap-matcher\n"
FORMAT_VERSION: Final = 2
# magic, format, signature (hex sha256), patterns, longest, automaton bytes, sorted
# pattern bytes, key blob bytes, CRC of the automaton, CRC of the rest
_HEADER: Final = struct.Struct("<16sI64sIIQQQII")
_PROMINENT: Final = 1
_SAME: Final = 2  # the pattern's only key is the pattern itself: nothing in the blob
_SEPARATOR: Final = "\x1f"
# Patterns are ASCII and start with a space: their second and third bytes pick a run
# of the sorted patterns in a table of 128 x 128 starts.
_STARTS: Final = 128 * 128
# Bytes of text scanned by bisection before a stored matcher loads its automaton: about
# as much CPU as the load (3-4 µs a byte against 0.1-0.15 s), so that a process never
# pays more than about twice the better of the two.
SCAN_BUDGET: Final = 32 * 1024
# How long a matcher file must have been unchanged before its check is recorded.
SETTLED_NS: Final = 2_000_000_000


class MatcherFileError(GazetteerError):
    """Raised when a stored matcher is missing, damaged or built from something else."""


def read_signature(path: Path) -> str | None:
    """The signature recorded in the matcher file at ``path``; None if it has no header."""
    try:
        with path.open("rb") as stream:
            header = stream.read(_HEADER.size)
    except OSError:
        return None
    if len(header) < _HEADER.size or header[: len(MAGIC)] != MAGIC:
        return None
    return str(_HEADER.unpack(header)[2].decode("ascii"))


class SortedPatterns:
    """The patterns in byte order: leftmost-longest matches by bisection, nothing to load.

    ``ends[r]`` is where the ``r``-th pattern in byte order ends in ``blob`` (``ends[0]``
    is 0), ``index_of[r]`` its pattern index, and ``starts[k]`` the rank of the first
    pattern whose second and third bytes ``b1, b2`` have ``b1 * 128 + b2 >= k``.

    >>> table = SortedPatterns.build([b" baku", b" ba", b" goris"], longest=6)
    >>> table.find(b" in baku and goris ")
    [(3, 8, 0), (12, 18, 2)]
    """

    def __init__(
        self,
        *,
        ends: Sequence[int],
        index_of: Sequence[int],
        starts: Sequence[int],
        blob: bytes | mmap.mmap,
        base: int = 0,
        longest: int,
    ) -> None:
        self._ends = ends
        self._index_of = index_of
        self._starts = starts
        # The patterns, from ``base`` on: bytes, or the mapped file (slices are bytes).
        self._blob = blob
        self._base = base
        self._longest = longest  # bytes of the longest pattern

    @classmethod
    def build(cls, patterns: Sequence[bytes], *, longest: int) -> SortedPatterns:
        """The table of ``patterns`` (unique, ASCII, each a space and 2+ more bytes), the
        longest of which has ``longest`` bytes."""
        order = sorted(range(len(patterns)), key=patterns.__getitem__)
        ends = array("I", [0])
        counts = array("I", bytes(4 * (_STARTS + 1)))
        total = 0
        for rank in order:
            pattern = patterns[rank]
            if len(pattern) < 3 or pattern[0] != 0x20 or max(pattern) > 0x7F:
                raise GazetteerError(f"not a folded pattern: {pattern!r}")
            total += len(pattern)
            ends.append(total)
            counts[pattern[1] * 128 + pattern[2] + 1] += 1
        for k in range(1, _STARTS + 1):
            counts[k] += counts[k - 1]
        return cls(
            ends=ends,
            index_of=array("I", order),
            starts=counts,
            blob=b"".join(patterns[rank] for rank in order),
            longest=longest,
        )

    def parts(self) -> tuple[bytes, bytes, bytes, bytes]:
        """``ends``, ``index_of`` and ``starts`` as native 32-bit arrays, and the blob."""
        return (
            array("I", self._ends).tobytes(),
            array("I", self._index_of).tobytes(),
            array("I", self._starts).tobytes(),
            self._blob[self._base : self._base + self._ends[len(self._index_of)]],
        )

    def patterns(self) -> list[bytes]:
        """The patterns, in pattern index order (to build an automaton again)."""
        found = [b""] * len(self._index_of)
        ends, blob, base = self._ends, self._blob, self._base
        for rank, index in enumerate(self._index_of):
            found[index] = blob[base + ends[rank] : base + ends[rank + 1]]
        return found

    def _longest_prefix(self, text: bytes) -> int:
        """The rank of the longest pattern that ``text`` starts with; -1 if none."""
        if len(text) < 3:
            return -1
        ends, blob, base = self._ends, self._blob, self._base
        key = text[1] * 128 + text[2]
        low, high = self._starts[key], self._starts[key + 1]
        while high > low:
            # Bisection (inlined: a third of the time of bisect over __getitem__).
            left, right = low, high
            while left < right:
                middle = (left + right) // 2
                if text < blob[base + ends[middle] : base + ends[middle + 1]]:
                    right = middle
                else:
                    left = middle + 1
            rank = left - 1
            if rank < low:
                return -1
            pattern = blob[base + ends[rank] : base + ends[rank + 1]]
            if text.startswith(pattern):
                # The greatest pattern <= text that text starts with is the longest one:
                # a longer one would lie between it and text.
                return rank
            # Any pattern that text starts with is at most as long as the bytes that
            # text and this pattern share, and sorts before this pattern.
            size = min(len(pattern), len(text))
            differ = int.from_bytes(pattern[:size], "big") ^ int.from_bytes(text[:size], "big")
            text = text[: size - (differ.bit_length() + 7) // 8]
            if len(text) < 3:
                return -1
            high = rank
        return -1

    def find(self, haystack: bytes) -> list[tuple[int, int, int]]:
        """``(start, end, pattern index)`` of each leftmost-longest match, left to right.

        Patterns start with a space, so a match starts on one: at each space, the longest
        pattern there; after a match, the next space at or after its end.
        """
        found: list[tuple[int, int, int]] = []
        at = haystack.find(b" ")
        while at >= 0:
            rank = self._longest_prefix(haystack[at : at + self._longest])
            if rank < 0:
                at = haystack.find(b" ", at + 1)
                continue
            end = at + self._ends[rank + 1] - self._ends[rank]
            found.append((at, end, self._index_of[rank]))
            at = haystack.find(b" ", end)
        return found


class _StoredAutomaton:
    """A stored matcher's automaton, deserialised on first need and checked then."""

    __slots__ = ("crc", "data", "inode", "path")

    def __init__(self, path: Path, inode: int, data: memoryview, crc: int) -> None:
        self.path = path
        self.inode = inode  # of the file mapped; a rebuild may have renamed another there
        self.data = data
        self.crc = crc

    def load(self, patterns: SortedPatterns) -> daachorse.DoubleArrayAhoCorasick:
        import daachorse

        data = bytes(self.data)
        if zlib.crc32(data) == self.crc:
            return daachorse.DoubleArrayAhoCorasick.deserialize(data)
        # The rest of the file passed its checksum when it was mapped: the patterns are
        # sound, and an automaton built from them matches as the stored one would have.
        log.warning(
            "%s: damaged name matcher (checksum of its automaton); building the automaton "
            "in memory, and removing the file so that the next start stores a new one",
            self.path,
        )
        try:
            if os.stat(self.path).st_ino == self.inode:
                self.path.unlink()
        except OSError:
            pass  # gone already, or a read-only home: the next start finds it damaged
        return daachorse.DoubleArrayAhoCorasick(
            patterns.patterns(), match_kind=daachorse.MATCH_KIND_LEFTMOST_LONGEST
        )


class NameMatcher:
    """Leftmost-longest matches of the patterns in a folded haystack, and their payloads."""

    def __init__(
        self,
        automaton: daachorse.DoubleArrayAhoCorasick | None,
        *,
        flags: Sequence[int],
        offsets: Sequence[int],
        blob: bytes | memoryview,
        longest: int,
        sorted_patterns: SortedPatterns | None = None,
        stored_automaton: _StoredAutomaton | None = None,
        scan_budget: int = 0,
    ) -> None:
        self._automaton = automaton
        self._flags = flags
        self._offsets = offsets
        self._blob = blob
        self.longest = longest
        self._sorted = sorted_patterns
        # A stored matcher's automaton, loaded when the scan budget is spent; the lock
        # keeps threads sharing the matcher from loading it twice or seeing it half set.
        self._stored_automaton = stored_automaton
        self._scan_budget = scan_budget
        self._loading = threading.Lock()

    @classmethod
    def build(cls, entries: Iterable[tuple[str, tuple[str, ...], bool]]) -> NameMatcher:
        """A matcher over ``(pattern, keys, prominent)`` entries; patterns are unique.

        Pattern ``i`` is the ``i``-th entry; patterns are folded, so ASCII.
        """
        import daachorse

        patterns: list[bytes] = []
        flags = bytearray()
        offsets = array("I", [0])
        blob = bytearray()
        for pattern, keys, prominent in entries:
            patterns.append(b" " + pattern.encode("ascii"))
            flag = _PROMINENT if prominent else 0
            if keys == (pattern,):
                flag |= _SAME
            else:
                if any(_SEPARATOR in key for key in keys):
                    raise GazetteerError(f"a name key of {pattern!r} holds a control character")
                blob += _SEPARATOR.join(keys).encode()
            flags.append(flag)
            offsets.append(len(blob))
        automaton = (
            daachorse.DoubleArrayAhoCorasick(
                patterns, match_kind=daachorse.MATCH_KIND_LEFTMOST_LONGEST
            )
            if patterns
            else None
        )
        longest = max((len(p) for p in patterns), default=0)
        return cls(
            automaton,
            flags=bytes(flags),
            offsets=offsets,
            blob=bytes(blob),
            longest=longest,
            sorted_patterns=SortedPatterns.build(patterns, longest=longest) if patterns else None,
        )

    @property
    def count(self) -> int:
        """How many patterns the automaton holds."""
        return len(self._flags)

    def find(self, haystack: str) -> list[tuple[int, int, int]]:
        """``(start, end, pattern)`` of each leftmost-longest match, left to right.

        ``haystack`` is folded text (ASCII); each match starts on the space before a word.
        """
        data = haystack.encode("ascii")
        automaton = self._automaton
        if automaton is None:
            if self._sorted is None:
                return []  # no patterns
            if len(data) <= self._scan_budget:
                self._scan_budget -= len(data)
                return self._sorted.find(data)
            automaton = self._load_automaton(self._sorted)
        return automaton.find(data)

    def _load_automaton(self, patterns: SortedPatterns) -> daachorse.DoubleArrayAhoCorasick:
        with self._loading:
            if self._automaton is None:
                if self._stored_automaton is None:
                    raise GazetteerError("a matcher without its automaton")  # not built so
                self._automaton = self._stored_automaton.load(patterns)
                self._stored_automaton = None
            return self._automaton

    def keys_of(self, index: int, *, pattern: str) -> tuple[str, ...]:
        """The gazetteer keys of pattern ``index`` (whose folded text is ``pattern``)."""
        if self._flags[index] & _SAME:
            return (pattern,)
        record = bytes(self._blob[self._offsets[index] : self._offsets[index + 1]])
        return tuple(record.decode().split(_SEPARATOR)) if record else ()

    def is_prominent(self, index: int) -> bool:
        """Whether a place with one of pattern ``index``'s keys is prominent."""
        return bool(self._flags[index] & _PROMINENT)

    def write(self, path: Path, *, signature: str) -> None:
        """Write the matcher to ``path`` (not atomically: the caller renames it in place)."""
        if self._automaton is None or self._sorted is None:
            raise GazetteerError("an empty or loaded matcher is not stored")
        automaton = self._automaton.serialize()
        ends, index_of, starts, sorted_blob = self._sorted.parts()
        padding = b"\0" * (-(_HEADER.size + len(automaton)) % 4)
        rest = (
            padding,
            ends,
            index_of,
            starts,
            array("I", self._offsets).tobytes(),
            bytes(self._flags),
            sorted_blob,
            bytes(self._blob),
        )
        crc = 0
        for part in rest:
            crc = zlib.crc32(part, crc)
        header = _HEADER.pack(
            MAGIC,
            FORMAT_VERSION,
            signature.encode("ascii"),
            self.count,
            self.longest,
            len(automaton),
            len(sorted_blob),
            len(self._blob),
            zlib.crc32(automaton),
            crc,
        )
        with path.open("wb") as stream:
            stream.write(header)
            stream.write(automaton)
            for part in rest:
                stream.write(part)

    @classmethod
    def read(cls, path: Path, *, signature: str, scan_budget: int = SCAN_BUDGET) -> NameMatcher:
        """Load the matcher at ``path`` if it was built from ``signature`` and is intact.

        The file is mapped, not read; its automaton is deserialised (a private copy, ~50
        MB) after ``scan_budget`` bytes of text. Raises :class:`MatcherFileError` if the
        file is missing, of another signature, or damaged: sizes and the CRC of all but
        the automaton are checked here, before a bisection sees a byte; the automaton's
        own CRC when it is loaded, before daachorse sees a byte (a damaged one is built
        again from the patterns, with a warning).
        """
        try:
            with path.open("rb") as stream:
                header = stream.read(_HEADER.size)
                if len(header) < _HEADER.size:
                    raise MatcherFileError(f"{path}: truncated name matcher")
                (magic, version, stored, count, longest, automaton_size, sorted_size,
                 blob_size, automaton_crc, crc) = _HEADER.unpack(header)  # fmt: skip
                if magic != MAGIC or version != FORMAT_VERSION:
                    raise MatcherFileError(f"{path}: not a name matcher of format {FORMAT_VERSION}")
                if stored != signature.encode("ascii"):
                    raise MatcherFileError(f"{path}: built from another index or code version")
                rest_at = _HEADER.size + automaton_size
                ends_at = rest_at + (-rest_at % 4)
                index_at = ends_at + 4 * (count + 1)
                starts_at = index_at + 4 * count
                offsets_at = starts_at + 4 * (_STARTS + 1)
                flags_at = offsets_at + 4 * (count + 1)
                sorted_at = flags_at + count
                blob_at = sorted_at + sorted_size
                stat = os.fstat(stream.fileno())
                size = stat.st_size
                if size != blob_at + blob_size:
                    raise MatcherFileError(f"{path}: truncated name matcher ({size} bytes)")
                mapped = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
        except OSError as err:
            raise MatcherFileError(f"{path}: cannot read the name matcher ({err})") from err
        view = memoryview(mapped)
        identity = _identity(stat, crc)
        if not _was_checked(path, identity):
            if zlib.crc32(view[rest_at:]) != crc:
                raise MatcherFileError(f"{path}: damaged name matcher (checksum)")
            _mark_checked(path, stat, identity)
        ends = view[ends_at:index_at].cast("I")
        if ends[0] != 0 or ends[count] != sorted_size:
            raise MatcherFileError(f"{path}: damaged name matcher (pattern table)")
        return cls(
            None,
            flags=view[flags_at:sorted_at],
            offsets=view[offsets_at:flags_at].cast("I"),
            blob=view[blob_at:],
            longest=longest,
            sorted_patterns=SortedPatterns(
                ends=ends,
                index_of=view[index_at:starts_at].cast("I"),
                starts=view[starts_at:offsets_at].cast("I"),
                blob=mapped,
                base=sorted_at,
                longest=longest,
            ),
            stored_automaton=_StoredAutomaton(
                path, stat.st_ino, view[_HEADER.size : rest_at], automaton_crc
            ),
            scan_budget=scan_budget,
        )


def _clock_ns() -> int:
    return time.time_ns()  # a function, so that tests can move the clock


def _identity(stat: os.stat_result, crc: int) -> str:
    return (
        f"{stat.st_dev} {stat.st_ino} {stat.st_size} {stat.st_mtime_ns} "
        f"{stat.st_ctime_ns} {crc:08x}\n"
    )


def checked_path_for(path: Path) -> Path:
    """Where the record of the check of the matcher file at ``path`` is kept."""
    return path.with_name(f"{path.name}.checked")


def _was_checked(path: Path, identity: str) -> bool:
    try:
        return checked_path_for(path).read_text(encoding="ascii") == identity
    except (OSError, UnicodeDecodeError):
        return False


def _mark_checked(path: Path, stat: os.stat_result, identity: str) -> None:
    if _clock_ns() - max(stat.st_mtime_ns, stat.st_ctime_ns) < SETTLED_NS:
        return  # changed a moment ago: a write now could leave it the same times
    mark = checked_path_for(path)
    tmp = mark.with_name(f"{mark.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(identity, encoding="ascii")
        os.replace(tmp, mark)  # whole, as readers of a shared home must see it
    except OSError:  # a read-only home: the next start checks the file again
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
