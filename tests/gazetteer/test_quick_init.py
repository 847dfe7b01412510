"""The fast __init__ of frozen dataclasses: the same objects as the generated one."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from dataclasses import FrozenInstanceError, InitVar, dataclass, field

import pytest

from gazetteer.geoparse import Mention
from gazetteer.quick_init import quick_init
from geo.extract.sentences import Sentence


@quick_init
@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int = 0
    label: str = "x"


@dataclass(frozen=True, slots=True)
class _PlainSpan:
    start: int
    end: int = 0
    label: str = "x"


def test_the_fast_init_takes_the_same_arguments_and_makes_equal_objects() -> None:
    for args, named in (((1,), {}), ((1, 2), {}), ((1,), {"label": "y"}), ((), {"start": 4})):
        fast, plain = _Span(*args, **named), _PlainSpan(*args, **named)
        assert dataclasses.astuple(fast) == dataclasses.astuple(plain)
        assert repr(fast).removeprefix("_Span") == repr(plain).removeprefix("_PlainSpan")
    assert _Span(1, 2) == _Span(1, 2) and hash(_Span(1, 2)) == hash(_Span(1, 2))
    assert "_set0" in _Span.__init__.__code__.co_names  # the fast form is in place
    assert str(inspect.signature(_Span)) == str(inspect.signature(_PlainSpan))


def test_the_class_stays_frozen_and_picklable() -> None:
    span = _Span(1, 2)
    with pytest.raises(FrozenInstanceError):
        span.start = 5  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(span)) == span


def test_bad_calls_fail_as_before() -> None:
    with pytest.raises(TypeError):
        _Span()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Span(1, 2, "y", 4)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Span(1, start=2)  # type: ignore[misc]


def test_classes_the_fast_form_cannot_serve_keep_their_init() -> None:
    @dataclass(frozen=True, slots=True)
    class WithFactory:
        items: list[int] = field(default_factory=list)

    @dataclass(frozen=True, slots=True)
    class WithPostInit:
        start: int

        def __post_init__(self) -> None:
            if self.start < 0:
                raise ValueError("negative")

    @dataclass(frozen=True, slots=True)
    class WithInitVar:
        start: int
        scale: InitVar[int] = 1

    @dataclass(frozen=True)
    class WithoutSlots:
        start: int

    @dataclass(slots=True)
    class NotFrozen:
        start: int

    for cls in (WithFactory, WithPostInit, WithInitVar, WithoutSlots, NotFrozen):
        generated = cls.__init__
        assert quick_init(cls) is cls
        assert cls.__init__ is generated
    with pytest.raises(ValueError):
        WithPostInit(-1)


def test_the_most_made_records_use_it() -> None:
    # Rule records (triggers, event locations) may grow a default factory and fall back.
    for cls in (Sentence, Mention):
        assert "_set0" in cls.__init__.__code__.co_names, cls
    sentence = Sentence(0, 5, "Shots", 0, 0)
    assert (sentence.start, sentence.end, sentence.text, sentence.paragraph) == (0, 5, "Shots", 0)
