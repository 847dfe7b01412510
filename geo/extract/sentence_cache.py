"""What a sentence says, read once per distinct text.

Reports repeat sentences: wire copy run by several outlets, a desk's boilerplate,
templated event notes, the same background paragraph under every day's report. What
depends on a sentence's text alone (and on a few values that repeat with it) is read
once and then looked up. Bounded: a run over many reports keeps the most recently read
texts. :func:`clear_sentence_cache` forgets them all (a benchmark's repeated runs start
cold).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import _lru_cache_wrapper, lru_cache
from typing import Any, Final, TypeVar

SENTENCE_CACHE_SIZE: Final = 4096

_Result = TypeVar("_Result")
_REGISTERED: list[_lru_cache_wrapper[Any]] = []


def sentence_cached(function: Callable[..., _Result]) -> _lru_cache_wrapper[_Result]:
    """``function`` (of a sentence's text, and hashable values that repeat with it), read
    once per distinct arguments. Its result is shared: callers must not change it."""
    cached = lru_cache(maxsize=SENTENCE_CACHE_SIZE)(function)
    _REGISTERED.append(cached)
    return cached


def clear_sentence_cache() -> None:
    """Forget the sentences read so far."""
    for cached in _REGISTERED:
        cached.cache_clear()


__all__ = ["SENTENCE_CACHE_SIZE", "clear_sentence_cache", "sentence_cached"]
