"""A faster ``__init__`` for frozen, slotted dataclasses that are made by the thousand.

A frozen dataclass's generated ``__init__`` sets each field through
``object.__setattr__`` (its own ``__setattr__`` refuses), a lookup and a call per field:
about 1.8 µs for five fields against 0.5 µs for a plain class. Extraction makes tens of
thousands of sentences, spots, mentions and triggers per thousand reports, and that
cost is a few per cent of it. :func:`quick_init` gives such a class an ``__init__`` that
sets each slot through the slot's own descriptor (a C call, which the frozen
``__setattr__`` does not see): the same arguments, defaults and values, in about 1.0 µs.

The class stays frozen (assignment after ``__init__`` still raises), equal, hashable and
picklable as before. A class that the fast form cannot serve (not frozen or not slotted,
a ``__post_init__``, a default factory, a keyword-only, init-less or ``InitVar`` field)
keeps its generated ``__init__``: the decorator never changes what a class does.

>>> from dataclasses import dataclass
>>> @quick_init
... @dataclass(frozen=True, slots=True)
... class Span:
...     start: int
...     end: int = 0
>>> Span(3), Span(3, end=5), Span(3) == Span(3, 0)
(Span(start=3, end=0), Span(start=3, end=5), True)
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

_T = TypeVar("_T")


def quick_init(cls: type[_T]) -> type[_T]:
    """Give a frozen, slotted dataclass an ``__init__`` that sets its slots directly."""
    init = _slot_init(cls)
    if init is not None:
        init.__qualname__ = f"{cls.__qualname__}.__init__"
        init.__module__ = cls.__module__
        init.__doc__ = getattr(cls.__init__, "__doc__", None)  # type: ignore[misc]
        init.__annotations__ = dict(getattr(cls.__init__, "__annotations__", {}))  # type: ignore[misc]
        cls.__init__ = init  # type: ignore[method-assign]
    return cls


def _slot_init(cls: type) -> Any:
    """The fast ``__init__`` of ``cls``, or None when it cannot stand in for the generated one."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        return None
    if hasattr(cls, "__post_init__"):
        return None
    fields = dataclasses.fields(cls)
    # InitVar and ClassVar pseudo-fields are in __dataclass_fields__ but not in fields().
    if len(fields) != len(cls.__dataclass_fields__):  # type: ignore[attr-defined]
        return None
    namespace: dict[str, Any] = {}
    parameters: list[str] = []
    body: list[str] = []
    for number, field in enumerate(fields):
        slot: Any = cls.__dict__.get(field.name)
        if (
            not field.init
            or field.kw_only
            or field.default_factory is not dataclasses.MISSING
            or field.name == "self"
            or field.name.startswith(("_set", "_default"))
            or type(slot).__name__ != "member_descriptor"
        ):
            return None
        namespace[f"_set{number}"] = slot.__set__
        if field.default is dataclasses.MISSING:
            parameters.append(field.name)
        else:
            namespace[f"_default{number}"] = field.default
            parameters.append(f"{field.name}=_default{number}")
        body.append(f"    _set{number}(self, {field.name})")
    if not fields:
        return None
    source = f"def __init__(self, {', '.join(parameters)}):\n" + "\n".join(body) + "\n"
    exec(source, namespace)  # noqa: S102 - the source is built from the field names only
    return namespace["__init__"]


__all__ = ["quick_init"]
