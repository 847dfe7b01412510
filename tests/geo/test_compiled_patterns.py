"""The compiled regular expressions kept in the home give the patterns re.compile gives.

``re.Pattern`` equality compares the pattern, the flags and the engine's code, so each
pattern that the extraction rules hold, built from the kept file, is checked against
``re.compile``'s own, on a fresh file and on a file read back. A damaged file, a file of
another Python and a read-only home each fall back to compiling as usual.
"""

from __future__ import annotations

import gc
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import gazetteer.compiled_patterns as store
import geo.pipeline  # imports every extraction rule
import geo.text
from gazetteer import normalize
from geo.extract.patterns import _LazyPattern

REPO = Path(__file__).resolve().parents[2]


def _rule_sources() -> list[tuple[str, int]]:
    # The extraction rules' gated patterns and the gazetteer's and geo.text's plain ones.
    kinds = (_LazyPattern, store.LazyPattern)
    sources = {o._source for o in gc.get_objects() if type(o) in kinds}
    assert len(sources) > 120, "the rules and the gazetteer hold fewer patterns than expected"
    return sorted((pattern, int(flags)) for pattern, flags in sources)


@pytest.fixture
def fresh_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The store's state as in a new process that keeps its patterns in ``tmp_path``."""
    monkeypatch.setattr(store, "_entries", {})
    monkeypatch.setattr(store, "_added", 0)
    monkeypatch.setattr(store, "_used", set())
    monkeypatch.setattr(store, "_loaded", False)
    monkeypatch.setattr(store, "_path", store.cache_path_for(tmp_path))
    return store.cache_path_for(tmp_path)


def _restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Write the file as a run's exit does, then forget everything but the file."""
    store._save()
    monkeypatch.setattr(store, "_entries", {})
    monkeypatch.setattr(store, "_added", 0)
    monkeypatch.setattr(store, "_used", set())
    monkeypatch.setattr(store, "_loaded", False)


def test_every_rule_compiles_to_re_compiles_pattern_fresh_and_read_back(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = _rule_sources()
    for pattern, flags in sources:
        assert store.compile_pattern(pattern, flags) == re.compile(pattern, flags), pattern
    assert not fresh_store.exists()
    _restart(monkeypatch)
    assert fresh_store.exists()
    for pattern, flags in sources:
        compiled = store.compile_pattern(pattern, flags)
        expected = re.compile(pattern, flags)
        assert compiled == expected, pattern
        assert compiled.groupindex == expected.groupindex
        assert compiled.groups == expected.groups
    assert store._added == 0, "patterns read back were compiled again"
    assert len(store._entries) == len(sources)


def test_a_read_back_pattern_matches_as_the_original(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Shelling killed 3 civilians and wounded at least twelve in Tartar on 5 May 2023."
    pattern = r"(?P<verb>killed|wounded)\s+(?:at least\s+)?(?P<count>\d+|twelve)"
    store.compile_pattern(pattern, re.IGNORECASE)
    _restart(monkeypatch)
    found = [m.groupdict() for m in store.compile_pattern(pattern, re.IGNORECASE).finditer(text)]
    assert found == [m.groupdict() for m in re.finditer(pattern, text, re.IGNORECASE)]
    assert found == [{"verb": "killed", "count": "3"}, {"verb": "wounded", "count": "twelve"}]
    assert store._added == 0


@pytest.mark.parametrize("damage", ["flipped byte", "truncated", "other python", "not json"])
def test_a_damaged_or_foreign_file_is_ignored_and_replaced(
    damage: str, fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern = r"\b(?:shell(?:ed|ing)|drone strikes?)\b"
    store.compile_pattern(pattern)
    _restart(monkeypatch)
    data = fresh_store.read_bytes()
    if damage == "flipped byte":
        data = data[:40] + bytes([data[40] ^ 0x20]) + data[41:]
    elif damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "other python":
        header, rows = json.loads(data[4:])
        header[2] += 1  # sys.hexversion
        data = _with_crc(json.dumps([header, rows]).encode())
    else:
        data = _with_crc(b"[1, 2")
    fresh_store.write_bytes(data)
    assert store.compile_pattern(pattern) == re.compile(pattern)
    assert store._added == 1, "the damaged entry was used"
    _restart(monkeypatch)
    assert store.compile_pattern(pattern) == re.compile(pattern)
    assert store._added == 0, "the file was not written again whole"


def test_an_entry_the_engine_refuses_is_compiled_again(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern = r"(?P<n>\d+) (?:dead|killed)"
    store.compile_pattern(pattern)
    _restart(monkeypatch)
    store._load()
    flags, _code, groups, groupindex, indexgroup = store._entries[(pattern, 0)]
    # Code the engine's validator refuses: an opcode out of range.
    bogus = store.binascii.b2a_base64(
        store.array(store._WORD, [9999, 1, 2]).tobytes(), newline=False
    ).decode()
    store._entries[(pattern, 0)] = (flags, bogus, groups, groupindex, indexgroup)
    assert store.compile_pattern(pattern) == re.compile(pattern)
    assert store._added == 1


def test_a_file_grown_past_its_cap_keeps_only_the_runs_patterns(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Patterns of older rules, kept from earlier runs, and one this run asks for.
    for number in range(40):
        store.compile_pattern(rf"\b(?:old rule {number})\b")
    _restart(monkeypatch)
    monkeypatch.setattr(store, "MAX_BYTES", fresh_store.stat().st_size)
    store.compile_pattern(r"\b(?:old rule 7)\b")
    store.compile_pattern(r"\bnew rule\b")
    _restart(monkeypatch)
    store._load()
    assert sorted(pattern for pattern, _flags in store._entries) == [
        r"\b(?:old rule 7)\b",
        r"\bnew rule\b",
    ]


def test_a_read_only_home_compiles_as_usual(
    fresh_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "_path", fresh_store.parent / "missing" / "folder" / "p.json")
    assert store.compile_pattern(r"\d+ wounded") == re.compile(r"\d+ wounded")
    store._save()  # cannot write: no error
    assert not (fresh_store.parent / "missing").exists()


def test_without_a_home_it_is_re_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "_path", None)
    monkeypatch.setattr(store, "_entries", {})
    assert store.compile_pattern(r"\bmortar\b", re.I) is re.compile(r"\bmortar\b", re.I)
    assert store._entries == {}


def _with_crc(body: bytes) -> bytes:
    return store.zlib.crc32(body).to_bytes(4, "little") + body


def test_the_cli_keeps_the_patterns_and_extracts_the_same(
    gazetteer_home_copy: Path, tmp_path: Path
) -> None:
    report = REPO / "data" / "samples" / "border_shelling.txt"
    outputs = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-m", "geo.cli.main", "extract", str(report), "-o", "-",
             "--home", str(gazetteer_home_copy)],
            cwd=REPO, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
        kept = store.cache_path_for(gazetteer_home_copy)
        assert kept.exists()
        entries = store._decode(kept.read_bytes()) or {}
        assert len(entries) > 50
        # The gazetteer's patterns are kept too, and geo.text's, lone surrogates and all.
        assert (normalize._NOT_ALNUM.pattern, 0) in entries
        assert (geo.text._ANY_ODD_RE.pattern, 0) in entries
    assert outputs[0] == outputs[1]
    assert '"type": "Feature"' in outputs[0]
