"""The word gates of the rule patterns: closed only where the pattern cannot match."""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import geo.extract
from gazetteer.compiled_patterns import compile_pattern
from geo.extract.patterns import (
    GATE_AFTER,
    MIN_START_WORD,
    _LazyPattern,
    _scanning_finditer,
    _scanning_search,
    lazy_compile,
)
from geo.extract.prefilter import (
    CASE_TWINS,
    Gate,
    StartScan,
    required_clauses,
    required_words,
    skips_ahead,
    start_words,
)

REPO = Path(__file__).resolve().parents[3]


def _rule_patterns() -> list[tuple[str, int]]:
    for module in pkgutil.iter_modules(geo.extract.__path__):
        importlib.import_module(f"geo.extract.{module.name}")
    sources = {o._source for o in gc.get_objects() if type(o) is _LazyPattern}
    return sorted((pattern, int(flags)) for pattern, flags in sources)


RULES = _rule_patterns()
GATES = [(source, gate) for source in RULES if (gate := Gate.of(*source)) is not None]


def _our_texts() -> list[str]:
    """Our own reports (samples and dev set), whole and cut into lines and sentences."""
    folders = (REPO / "data" / "samples", REPO / "tests" / "geo" / "devset")
    texts: list[str] = []
    for path in sorted(p for folder in folders for p in folder.rglob("*") if p.is_file()):
        text = path.read_text(encoding="utf-8", errors="replace")
        texts.append(text)
        texts.extend(t for t in re.split(r"(?<=[.!?])\s+|\n+", text) if t)
    return texts


def test_case_twins_are_every_non_ascii_letter_that_matches_an_ascii_one() -> None:
    ascii_letter = re.compile(r"[a-z0-9]", re.IGNORECASE)
    twins = {
        chr(c)
        for c in range(0x80, 0x110000)
        if not 0xD800 <= c < 0xE000 and ascii_letter.fullmatch(chr(c))
    }
    assert twins == set(CASE_TWINS)


def test_most_rule_patterns_get_a_gate() -> None:
    assert len(GATES) > len(RULES) // 2, (len(GATES), len(RULES))


def test_a_closed_gate_means_no_match_on_our_reports() -> None:
    texts = _our_texts()
    assert len(texts) > 300
    closed = 0
    for (pattern, flags), gate in GATES:
        compiled = re.compile(pattern, flags)
        for text in texts:
            if not gate.may_match(text):
                closed += 1
                assert compiled.search(text) is None, (pattern[:80], text[:120])
    # Closed for most pairs, or it spares nothing.
    assert closed > 0.7 * len(GATES) * len(texts)


@st.composite
def _texts_of_gate_words(draw: st.DrawFn) -> tuple[int, str]:
    """A gate's pattern, and a text built of its words, case changes and twins."""
    number = draw(st.integers(0, len(GATES) - 1))
    (pattern, flags), _ = GATES[number]
    clauses = required_clauses(pattern, flags) or []
    words = sorted({w for clause in clauses for words in clause for w in words})
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(words),
                st.sampled_from(words).map(str.upper),
                st.sampled_from(words).map(str.title),
                st.sampled_from([" ", ".", ",", " the ", "1", "-", *CASE_TWINS]),
                st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,.'", max_size=8),
            ),
            max_size=25,
        )
    )
    return number, "".join(pieces)


@given(_texts_of_gate_words())
def test_a_closed_gate_means_no_match_on_texts_of_its_words(case: tuple[int, str]) -> None:
    number, text = case
    (pattern, flags), gate = GATES[number]
    if not gate.may_match(text):
        assert re.compile(pattern, flags).search(text) is None


@given(st.sampled_from(GATES), st.text(max_size=60))
def test_a_closed_gate_means_no_match_on_any_text(
    source_gate: tuple[tuple[str, int], Gate], text: str
) -> None:
    (pattern, flags), gate = source_gate
    if not gate.may_match(text):
        assert re.compile(pattern, flags).search(text) is None


def test_gated_methods_answer_as_the_compiled_pattern() -> None:
    source = (r"\b(?:shell(?:ed|ing)|mortars?)\b", re.IGNORECASE)
    lazy, compiled = lazy_compile(*source), compile_pattern(*source)
    texts = ("Mortars hit Tartar.", "SHELLING hit Tartar.", "Prices rose.", "ſhelling", "")
    for _ in range(GATE_AFTER):  # its first searches go straight to the compiled pattern
        assert lazy.search("Prices rose.") is None
    assert "gated" in lazy.match.__qualname__
    assert "scanning" in lazy.search.__qualname__  # every match starts with a word
    for text in texts:
        assert str(lazy.search(text)) == str(compiled.search(text))
        assert str(lazy.match(text)) == str(compiled.match(text))
        assert str(lazy.fullmatch(text)) == str(compiled.fullmatch(text))
        assert lazy.findall(text) == compiled.findall(text)
        assert [m.span() for m in lazy.finditer(text)] == [
            m.span() for m in compiled.finditer(text)
        ]
        assert str(lazy.search(text, 1)) == str(compiled.search(text, 1))
    assert lazy.search("Prices rose.") is None
    assert lazy.search("ſhelling") is not None  # a case twin: searched, and it matches


def test_required_words_of_a_sequence_and_of_an_alternation() -> None:
    assert required_words(r"\bthe (?:war|conflict) has killed\b", re.I) == {" has killed"}
    assert required_words(r"\b(?:shell(?:ed|ing)|mortars?)\b", re.I) == {"shell", "mortar"}
    assert required_words(r"\b\w+\b", 0) is None
    # Common words alone gate nothing: every sentence holds "the".
    assert required_clauses(r"\bthe \w+", re.I) is None
    # An anchored pattern is tried at one place only: not worth a gate.
    assert required_clauses(r"^(?:killed|wounded)\b", re.I) is None
    # Two branches that need the same words are one clause: the gate counts them once.
    clauses = required_clauses(r"\bmortar shelling\b(?= hit)|\bmortar shelling\b(?= struck)", re.I)
    assert clauses == [[frozenset({"mortar shelling"})]]


# The rule patterns whose searches are tried only where a start word begins: gated ones,
# and those without a gate whose start words are not too short.
SCANNED = [
    (source, Gate.of(*source), words)
    for source in RULES
    if (words := start_words(*source)) is not None
    and (
        Gate.of(*source) is not None
        or (min(map(len, words)) >= MIN_START_WORD and not skips_ahead(*source))
    )
]


def _answers(match: re.Match[str] | None) -> object:
    return None if match is None else (match.span(), match.groups())


def test_many_patterns_are_scanned_from_their_start_words() -> None:
    assert len(SCANNED) > len(RULES) // 3, (len(SCANNED), len(RULES))
    assert any(gate is None for _, gate, _ in SCANNED)


def test_a_pattern_that_the_engine_skips_through_is_not_scanned() -> None:
    assert skips_ahead(r"; ", 0)
    assert skips_ahead(r"^(?:bodies|deaths)$", re.I)
    assert not skips_ahead(r"\b(?:in|at|near)\s+$", re.I)


def test_start_words_of_sequences_alternations_and_assertions() -> None:
    assert start_words(r"\b(?:near|outside of)\s+$", re.I) == {"near", "outside of"}
    assert start_words(r"(?<!\bto )\bkilled\b", 0) == {"killed"}
    assert start_words(r"(?:(?:north|south)[- ]east|west)ern", re.I) == {"north", "south", "west"}
    assert start_words(r"\b\d+ killed", re.I) is None  # a class first
    # The engine factors "ha" out of "has|have|had": the words are whole again.
    assert start_words(r"\b(?:has|have|had) been", re.I) == {"has", "have", "had"}
    assert start_words(r"\bkill(?:ed|ing)?\b", re.I) == {"kill"}  # an optional tail
    assert start_words(r"(?:the )?attack", re.I) is None  # an optional word first
    assert start_words(r"\b(?:war|)\b", re.I) is None  # a branch that may match nothing


def test_scanned_methods_answer_as_the_compiled_pattern_on_our_reports() -> None:
    texts = _our_texts()
    # The rules also search the 60 characters before a name: windows cut mid-word.
    texts += [text[max(0, at - 60) : at] for text in texts[:200] for at in range(0, len(text), 41)]
    for (pattern, flags), gate, words in SCANNED:
        compiled = re.compile(pattern, flags)
        search = _scanning_search(compiled, gate, StartScan(words))
        finditer = _scanning_finditer(compiled, gate, StartScan(words))
        for text in texts:
            assert _answers(search(text)) == _answers(compiled.search(text)), pattern[:80]
            assert [_answers(m) for m in finditer(text)] == [
                _answers(m) for m in compiled.finditer(text)
            ], pattern[:80]


@st.composite
def _texts_of_start_words(draw: st.DrawFn) -> tuple[int, str]:
    """A scanned pattern, and a text built of its start and gate words, in any case."""
    number = draw(st.integers(0, len(SCANNED) - 1))
    (pattern, flags), _, starts = SCANNED[number]
    clauses = required_clauses(pattern, flags) or []
    words = sorted({*starts, *(w for clause in clauses for words in clause for w in words)})
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(words),
                st.sampled_from(words).map(str.upper),
                st.sampled_from(words).map(str.title),
                st.sampled_from([" ", ".", ",", " the ", " of ", "1", "-", "\n", *CASE_TWINS]),
                st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,.'", max_size=8),
            ),
            max_size=25,
        )
    )
    return number, "".join(pieces)


@given(_texts_of_start_words())
def test_scanned_methods_answer_as_the_compiled_pattern_on_texts_of_its_words(
    case: tuple[int, str],
) -> None:
    number, text = case
    (pattern, flags), gate, words = SCANNED[number]
    compiled = re.compile(pattern, flags)
    search = _scanning_search(compiled, gate, StartScan(words))
    finditer = _scanning_finditer(compiled, gate, StartScan(words))
    assert _answers(search(text)) == _answers(compiled.search(text))
    assert [_answers(m) for m in finditer(text)] == [_answers(m) for m in compiled.finditer(text)]


def test_the_per_sentence_background_pattern_is_scanned_from_its_start_words() -> None:
    # Every sentence asks it; one branch that starts with a one-letter word ("a") or a
    # digit would turn its scan off and cost the whole run a tenth more.
    from geo.extract.statements import BACKGROUND_RE

    assert any(source == BACKGROUND_RE._source for source, _, _ in SCANNED)
