"""Grouping with the event index chooses the events a scan of every event would choose.

``group_mentions`` asks ``_EventIndex.candidates`` which earlier events may hold a
mention at a settlement (by key, place, nearby settlement, area, and day) instead of
comparing it with every event; the index is only there for speed. Generated reports of
a few towns, areas and unresolved names over a few days are grouped both ways: with
the index, and with every event asked (``candidates`` answering None), and the events
must be the same.
"""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazetteer.place import Place
from geo.extract import coreference
from geo.extract.coreference import group_mentions

# Settlements a few km apart (Twin A and Twin B read as one town), farther ones, areas.
PLACES = (
    Place("p1", "Tartar", 40.34, 46.93, "P", "PPLA", "AZ", "Tartar"),
    Place("p2", "Twin A", 40.00, 46.00, "P", "PPL", "AZ", "Tartar"),
    Place("p3", "Twin B", 40.01, 46.01, "P", "PPL", "AZ", "Tartar"),
    Place("p4", "Goris", 39.51, 46.34, "P", "PPLA", "AM", "Syunik"),
    Place("a1", "Syunik", 39.5, 46.1, "A", "ADM1", "AM", "Syunik"),
    Place("c1", "Azerbaijan", 40.4, 47.9, "A", "PCLI", "AZ"),
)
KEYS = ("tartar", "twin a", "twin b", "goris", "syunik", "azerbaijan")
TYPES = ("Battles", "Explosions/Remote violence", "Protests", "Riots", "Strategic developments")
FIRST_DAY = date(2023, 5, 1)


# One mention: where (-2, -1: no place), the unresolved key, the day, the type, and the
# ten flags (what ``MentionView`` asks; extra ones are ignored); plain tuples, drawn fast.
MENTION = st.tuples(
    st.integers(min_value=-2, max_value=len(PLACES) - 1),
    st.sampled_from(("", "zincko")),
    st.one_of(st.none(), st.integers(min_value=0, max_value=5)),
    st.sampled_from(TYPES),
    st.tuples(*[st.booleans()] * 10),
    # An explosion's weapon: another one said apart is another event.
    st.sampled_from(("", "Air/drone strike", "Shelling/artillery/missile attack")),
)


def _mentions(drawn: list[Any]) -> list[SimpleNamespace]:
    found = []
    for index, (where, unknown, day, event_type, flags, weapon) in enumerate(drawn):
        (
            separate,
            apart,
            protest_words,
            attached,
            refers_back,
            typed,
            counted,
            weak,
            area,
            exact,
        ) = flags
        found.append(
            SimpleNamespace(
                event_type=event_type,
                location_key=KEYS[where] if where >= 0 else unknown,
                place=PLACES[where] if where >= 0 else None,
                day=None if day is None else FIRST_DAY + timedelta(days=day),
                separate=separate,
                apart=apart,
                protest_words=protest_words,
                attached=attached,
                refers_back=refers_back,
                typed=typed,
                counted=counted,
                weak_name=weak,
                area_named=area,
                exact_day=exact,
                weapon=weapon if event_type == "Explosions/Remote violence" else "",
                target_type=event_type,
                sentence_index=index,
                # Every other unresolved name is placed at the area that holds it.
                held_by=PLACES[4] if where < 0 and unknown and index % 2 else None,
                toll=(index % 3, None) if counted else (None, None),
            )
        )
    return found


def _shape(events: list[coreference.Event]) -> list[tuple[list[int], list[int], list[date]]]:
    return [(e.members, e.sentences, e.days) for e in events]


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(MENTION, min_size=1, max_size=40))
def test_the_index_chooses_what_a_scan_of_every_event_chooses(drawn: list[Any]) -> None:
    mentions = _mentions(drawn)
    indexed = _shape(group_mentions(mentions))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(coreference._EventIndex, "candidates", lambda self, mention: None)
        scanned = _shape(group_mentions(mentions))
    assert indexed == scanned


def test_a_round_up_of_one_town_over_many_days_keeps_its_days_apart() -> None:
    mentions = [
        SimpleNamespace(
            event_type="Battles",
            location_key="tartar",
            place=PLACES[0],
            day=FIRST_DAY + timedelta(days=2 * (n % 20)),
            separate=False,
            apart=False,
            protest_words=False,
            attached=False,
            refers_back=False,
            typed=True,
            counted=True,
            weak_name=False,
            area_named=False,
            exact_day=False,
            weapon="",
            sentence_index=n,
            held_by=None,
            toll=(1, None),
        )
        for n in range(60)
    ]
    events = group_mentions(mentions)
    # Days two apart are twenty events; each day's three mentions are one of them.
    assert [e.members for e in events] == [[n, n + 20, n + 40] for n in range(20)]


# What a hand-written mention does not say: no flag raised.
_QUIET: dict[str, bool | str | None] = dict(
    weapon="",
    separate=False,
    apart=False,
    protest_words=False,
    attached=False,
    refers_back=False,
    typed=True,
    counted=False,
    weak_name=False,
    area_named=False,
    exact_day=False,
    held_by=None,
    toll=(None, None),
)


def _view(**fields: Any) -> SimpleNamespace:
    """One mention as ``MentionView`` reads it: the given fields, the rest quiet."""
    return SimpleNamespace(**{**_QUIET, **fields})


def test_an_arrest_told_without_a_day_and_an_unplaced_event_of_its_own_day() -> None:
    # Found by the property test above: an arrest at a town, told with no day, and a
    # typed event with no place, far after it.
    mentions = [
        _view(
            event_type="Strategic developments",
            location_key="tartar",
            place=PLACES[0],
            day=None,
            sentence_index=0,
        ),
        _view(event_type="Battles", location_key="", place=None, day=FIRST_DAY, sentence_index=20),
    ]
    # The battle far down the report, with no place, has no day of the arrest's to be
    # told apart by: it is background, and the arrest stands alone.
    assert [e.members for e in group_mentions(mentions)] == [[0]]


def test_an_untyped_placed_toll_and_an_unplaced_event_with_no_day() -> None:
    # A probe report's crash: a toll at a town, told with no trigger but with a day, and
    # a protest far down that names neither place nor day (its background lead dropped).
    mentions = [
        _view(
            event_type="Violence against civilians",
            location_key="tartar",
            place=PLACES[0],
            day=FIRST_DAY,
            typed=False,
            sentence_index=0,
        ),
        _view(event_type="Protests", location_key="", place=None, day=None, sentence_index=20),
    ]
    assert [e.members for e in group_mentions(mentions)] == [[0]]
