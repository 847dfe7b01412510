"""Casualty counts: digits, words, vague amounts, groups, claims, undisclosed, zero."""

from __future__ import annotations

import pytest

from geo.extract.casualties import Casualties, combine_casualties, count_casualties, to_number


@pytest.mark.parametrize(
    ("sentence", "fatalities", "injured"),
    [
        (
            "A blast left one soldier dead, as well as one peacekeeper and four members of the "
            "emergency services injured.",
            1,
            5,
        ),
        ("Two soldiers were killed and three wounded in the clash.", 2, 3),
        ("Gunmen fired on a car carrying three men, killing one and wounding two.", 1, 2),
        (
            "The strike killed at least 12 people, including four children, and injured 30 others.",
            12,
            30,
        ),
        ("Three civilians died and twenty-one were hospitalised.", 3, 21),
        ("Police said 14 people were wounded and 3 killed.", 3, 14),
        ("The death toll rose to 17.", 17, None),
        ("A shepherd was wounded by sniper fire.", None, 1),
        ("Dozens of protesters were injured.", None, 24),
        ("No one was hurt in the blast.", 0, 0),
        ("Nobody was injured.", None, 0),
        ("One of the fallen soldiers was identified as a captain.", None, None),
        ("The army deployed 5,000 troops in 2020.", None, None),
        ("A deminer stepped on a mine near the road and lost a leg.", None, 1),
        ("Two soldiers stepped on a mine near the road and were wounded.", None, 2),
        ("Three men were in the car when it hit a mine; one was killed.", 1, None),
    ],
)
def test_counts(sentence, fatalities, injured):
    assert count_casualties(sentence).pair == (fatalities, injured)


def test_vague_counts_note_their_floor():
    counted = count_casualties("Dozens of people were killed.")
    assert counted.fatalities == 24
    assert any("floor" in note for note in counted.notes)


def test_claims_and_undisclosed_counts_stay_unknown_with_a_note():
    claimed = count_casualties("Rebels claim that 40 soldiers were killed.")
    assert claimed.pair == (None, None)
    assert any(note.startswith("claimed, not counted") for note in claimed.notes)
    undisclosed = count_casualties("The number of casualties has not been disclosed.")
    assert undisclosed.pair == (None, None)
    assert "casualty count not disclosed" in undisclosed.notes
    uncounted = count_casualties("Peacekeepers lost their lives.")
    assert uncounted.fatalities is None
    assert "deaths reported without a number" in uncounted.notes


def test_restated_counts_take_the_largest_not_the_sum():
    combined = combine_casualties(
        [Casualties(2, None), Casualties(2, 3), Casualties(None, None, ("x",))]
    )
    assert combined.pair == (2, 3)
    assert combined.notes == ("x",)


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("one", 1),
        ("twenty-one", 21),
        ("5,000", 5000),
        ("a dozen", 12),
        ("several", 3),
        ("hundreds", 200),
        ("eleven", 11),
    ],
)
def test_numbers(word, value):
    assert to_number(word) == value
