"""The sentence cache: a registered look-up reads each text once, until cleared."""

from __future__ import annotations

from geo.extract import statements
from geo.extract.sentence_cache import clear_sentence_cache, sentence_cached


def test_a_registered_look_up_reads_each_text_once_until_cleared() -> None:
    calls: list[str] = []

    @sentence_cached
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    assert [length("Shells fell."), length("Shells fell."), length("Two died.")] == [12, 12, 9]
    assert calls == ["Shells fell.", "Two died."]
    clear_sentence_cache()
    assert length("Shells fell.") == 12
    assert calls == ["Shells fell.", "Two died.", "Shells fell."]


def test_the_statements_module_clears_the_same_caches() -> None:
    # The benchmark empties the cache through geo.extract.statements before each run.
    assert statements.clear_sentence_cache is clear_sentence_cache
