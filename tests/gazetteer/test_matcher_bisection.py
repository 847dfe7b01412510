"""Bisection over the sorted patterns finds exactly what the automaton finds.

A stored matcher scans its first texts by bisection and the rest with its automaton
(:mod:`gazetteer.matcher`), so the two must agree on every haystack: the same
leftmost-longest matches, with the same pattern indexes. Here both, and a plain
reading of "leftmost-longest", are run on small pattern sets chosen to collide:
shared prefixes, patterns that end mid-word, patterns inside patterns.
``test_matcher_output`` compares them on the whole index.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from gazetteer.matcher import NameMatcher, SortedPatterns

# Few letters, so that patterns and haystacks share prefixes and overlap often.
_WORD = st.text(alphabet="abk -", min_size=2, max_size=7).filter(
    lambda w: not w.startswith(" ") and not w.endswith(" ")
)
_HAYSTACK = st.lists(st.text(alphabet="abk-", min_size=1, max_size=6), max_size=12).map(
    lambda words: " " + " ".join(words) + " "
)


def _leftmost_longest(patterns: list[bytes], haystack: bytes) -> list[tuple[int, int, int]]:
    """The definition: at the leftmost start where some pattern matches, the longest."""
    found = []
    at = 0
    while at < len(haystack):
        here = [(len(p), i) for i, p in enumerate(patterns) if haystack.startswith(p, at)]
        if here:
            size, index = max(here)
            found.append((at, at + size, index))
            at += size
        else:
            at += 1
    return found


@given(words=st.lists(_WORD, min_size=1, max_size=30, unique=True), haystack=_HAYSTACK)
def test_bisection_and_automaton_find_the_leftmost_longest_matches(
    words: list[str], haystack: str
) -> None:
    entries = [(word, (word,), False) for word in words]
    patterns = [b" " + word.encode() for word in words]
    expected = _leftmost_longest(patterns, haystack.encode())
    assert NameMatcher.build(entries).find(haystack) == expected
    table = SortedPatterns.build(patterns, longest=max(map(len, patterns)))
    assert table.find(haystack.encode()) == expected


def test_a_stored_matcher_bisects_within_its_budget_then_loads_its_automaton(
    tmp_path: Path,
) -> None:
    entries = [("baku", ("baku",), True), ("ba", ("ba",), False), ("goris", ("goris",), False)]
    path = tmp_path / "matcher"
    NameMatcher.build(entries).write(path, signature="0" * 64)
    haystack = " in baku and goris, ba "
    matcher = NameMatcher.read(path, signature="0" * 64, scan_budget=len(haystack) + 1)
    first = matcher.find(haystack)
    assert matcher._automaton is None  # within the budget: nothing loaded
    second = matcher.find(haystack)
    assert matcher._automaton is not None  # the budget is spent: loaded once, kept
    assert first == second == [(3, 8, 0), (12, 18, 2), (19, 22, 1)]
    assert [matcher.keys_of(i, pattern=p) for i, p in ((0, "baku"), (2, "goris"))] == [
        ("baku",),
        ("goris",),
    ]
    assert matcher.is_prominent(0) and not matcher.is_prominent(1)


def test_the_patterns_read_back_in_index_order(tmp_path: Path) -> None:
    entries = [("zugdidi", ("zugdidi",), False), ("agdam", ("agdam", "aghdam"), True)]
    path = tmp_path / "matcher"
    NameMatcher.build(entries).write(path, signature="1" * 64)
    matcher = NameMatcher.read(path, signature="1" * 64)
    assert matcher._sorted is not None
    assert matcher._sorted.patterns() == [b" zugdidi", b" agdam"]
    assert matcher.keys_of(1, pattern="agdam") == ("agdam", "aghdam")


def test_threads_sharing_a_stored_matcher_load_its_automaton_once(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    entries = [(f"place{n}", (f"place{n}",), False) for n in range(2000)]
    path = tmp_path / "matcher"
    NameMatcher.build(entries).write(path, signature="2" * 64)
    matcher = NameMatcher.read(path, signature="2" * 64, scan_budget=0)
    haystack = " " + " ".join(f"place{n}" for n in range(0, 2000, 7)) + " "
    expected = NameMatcher.build(entries).find(haystack)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: matcher.find(haystack), range(64)))
    assert all(result == expected for result in results) and len(expected) == 286
