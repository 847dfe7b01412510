"""Regular expressions compiled once per Python, not once per run: kept in the home.

Python compiles a regular expression in Python code: it parses the pattern and turns it
into a list of integers, the code of its C matching engine, which it hands to
``_sre.compile``. The extraction rules' hundred-odd patterns that one report needs cost
about 0.12 s of a 0.55 s ``incimap extract`` that way, every run. The engine's code
depends only on the pattern, its flags and the Python that compiled it, so the CLI keeps
it in the home (:func:`keep_in`), and :func:`compile_pattern` hands a pattern seen
before straight to ``_sre.compile``, as ``re.compile`` itself ends, skipping the parse.

The store lives in ``gazetteer``, beside the home it writes to, so that the gazetteer's
own patterns use it too (``geo`` imports it; ``gazetteer`` cannot import ``geo``). A
module-level pattern is made with :func:`lazy_compile`: it compiles on first use, after
the CLI has named the home, whatever the order of imports.

The file (``patterns-<python tag>.json``) is a cache, never a source of truth: a file
written by another Python, or damaged (its CRC-32 is checked), or an entry the engine
refuses, is ignored and the pattern compiled as usual. It is rewritten, whole and
atomically (a temporary file renamed over it), when a run compiled patterns it lacked,
so a change of the rules only adds entries. The home is the user's, as the index is;
the engine checks the code it is given (``_sre`` validates it), so a bad entry is an
error caught here, not a crash. Library callers that never call :func:`keep_in` get
``re.compile``.
"""

from __future__ import annotations

import atexit
import binascii
import contextlib
import json
import os
import re
import sys
import zlib
from array import array
from pathlib import Path
from typing import Any, Final, cast

try:  # CPython's engine and compiler; any other Python compiles as usual
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre = None

FORMAT: Final = 1
# The rules' patterns take some 3.8 MB over varied reports (1.5 MB for one report's); a
# file much larger holds the patterns of older rules (each change of a pattern adds an
# entry), and is written again with this run's. A bound below what varied reports need
# made each run drop the patterns the last one did not use, and compile them again
# (0.05 s a run, measured in bench/RESULTS.md).
MAX_BYTES: Final = 8_000_000
# Whatever changes the engine's code: the compiler (the Python release) and the engine.
_HEADER: Final = (
    FORMAT,
    sys.implementation.cache_tag,
    sys.hexversion,
    getattr(_sre, "MAGIC", 0),
    getattr(_sre, "CODESIZE", 0),
    sys.byteorder,
)
# The code is kept as its machine words in base64: read back in C, not number by number.
_WORD: Final = next((t for t in "IL" if array(t).itemsize == getattr(_sre, "CODESIZE", 4)), "I")

# (pattern, flags) -> the arguments of _sre.compile after the pattern, the code in base64.
Entry = tuple[int, str, int, dict[str, int], tuple[str | None, ...]]
_entries: dict[tuple[str, int], Entry] = {}
_path: Path | None = None
_loaded = False
_added = 0
_used: set[tuple[str, int]] = set()  # the keys this run asked for


def cache_path_for(home: Path) -> Path:
    """The file of compiled patterns in ``home``, for this Python."""
    return home / f"patterns-{sys.implementation.cache_tag}.json"


def keep_in(home: Path) -> None:
    """Use the compiled patterns kept in ``home``, and add this run's new ones at exit."""
    global _path, _loaded
    if _sre is None:  # pragma: no cover
        return
    if _path is None:
        atexit.register(_save)
    _path, _loaded = cache_path_for(home), False


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``: from the kept code when there is some."""
    if _path is None:
        return re.compile(pattern, flags)
    if not _loaded:
        _load()
    key = (pattern, int(flags))
    _used.add(key)
    entry = _entries.get(key)
    if entry is not None:
        try:
            final_flags, code, groups, groupindex, indexgroup = entry
            words = array(_WORD, binascii.a2b_base64(code)).tolist()
            return _sre.compile(  # type: ignore[no-any-return]
                pattern, final_flags, words, groups, groupindex, indexgroup
            )
        except Exception:  # a bad entry: compile as usual, below
            del _entries[key]
    return _compile_and_keep(pattern, int(flags), key)


def _compile_and_keep(pattern: str, flags: int, key: tuple[str, int]) -> re.Pattern[str]:
    global _added
    try:
        # re._compiler.compile, step by step, to keep what it hands to the engine.
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        final_flags, groups = flags | parsed.state.flags, parsed.state.groups - 1
        compiled: re.Pattern[str] = _sre.compile(
            pattern, final_flags, code, groups, groupindex, tuple(indexgroup)
        )
        packed = binascii.b2a_base64(array(_WORD, code).tobytes(), newline=False).decode()
    except Exception:  # re.compile raises the real error, if any
        return re.compile(pattern, flags)
    _entries[key] = (final_flags, packed, groups, groupindex, tuple(indexgroup))
    _added += 1
    return compiled


def _load() -> None:
    global _loaded
    _loaded = True
    assert _path is not None
    try:
        data = _path.read_bytes()
    except OSError:
        return  # none yet, or unreadable: compiled as usual
    entries = _decode(data)
    if entries is not None:
        _entries.update(entries)


def _decode(data: bytes) -> dict[tuple[str, int], Entry] | None:
    if len(data) < 4 or zlib.crc32(data[4:]) != int.from_bytes(data[:4], "little"):
        return None
    try:
        header, rows = json.loads(data[4:])
        if header != list(_HEADER):
            return None
        # Types are checked by the engine when an entry is used: a wrong one is refused.
        return {
            (pattern, flags): (final_flags, code, groups, groupindex, tuple(indexgroup))
            for pattern, flags, final_flags, code, groups, groupindex, indexgroup in rows
        }
    except Exception:  # damaged beyond the CRC's reach: ignored
        return None


def encode(entries: dict[tuple[str, int], Entry]) -> bytes:
    """The file's bytes for ``entries``: CRC-32, then the header and entries in JSON."""
    rows = [[*key, *entry] for key, entry in entries.items()]
    # ASCII escapes: a pattern may hold lone surrogates ("[\\ud800-\\udfff]"), which
    # UTF-8 cannot encode; JSON's \\u escapes carry them.
    body = json.dumps([_HEADER, rows], separators=(",", ":")).encode()
    return zlib.crc32(body).to_bytes(4, "little") + body


def _save() -> None:
    if _path is None or not _added:
        return
    tmp = _path.with_name(f"{_path.name}.tmp-{os.getpid()}")
    try:
        # Another process may have added patterns since this one read the file.
        try:
            merged = _decode(_path.read_bytes()) or {}
        except OSError:
            merged = {}
        merged.update(_entries)
        data = encode(merged)
        if len(data) > MAX_BYTES:
            data = encode({key: merged[key] for key in _used if key in merged})
        tmp.write_bytes(data)
        os.replace(tmp, _path)
    except OSError:
        # A read-only or vanished home: the next run compiles as usual.
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


# What a compiled pattern offers: copied onto a lazy pattern at its first use.
ATTRIBUTES: Final = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
    "scanner", "pattern", "flags", "groups", "groupindex",
)  # fmt: skip


class LazyPattern:
    """A pattern's text and flags, compiled by :func:`compile_pattern` when first used.

    A subclass may put other methods on itself at that moment (:meth:`_install`): the
    extraction rules' patterns put gated searches (``geo.extract.patterns``)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Called only for what the instance lacks: before the first use, every method.
        # The compiled pattern's attributes then sit on the instance: no cost per call.
        if name.startswith("_"):
            raise AttributeError(name)
        self._install(compile_pattern(*self._source))
        return getattr(self, name)

    def _install(self, compiled: re.Pattern[str]) -> None:
        for attribute in ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        return (type(self), self._source)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r}, {self._source[1]!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on first use; typed as the compiled pattern.

    >>> word = lazy_compile(r"\\bbaku\\b", re.IGNORECASE)
    >>> word.search("Shelling near BAKU").group(0)
    'BAKU'
    """
    return cast("re.Pattern[str]", LazyPattern(pattern, int(flags)))
