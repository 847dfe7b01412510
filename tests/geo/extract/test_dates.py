"""Event dates: explicit, relative to the report date, the report date, or none."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.extract.dates import find_event_date, parse_date

REPORT = date(2023, 11, 9)  # a Thursday


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Shells fell on Tuesday.", date(2023, 11, 7), 1),
        ("Shells fell on Thursday morning.", date(2023, 11, 9), 1),
        ("Shells fell yesterday.", date(2023, 11, 8), 1),
        # A morning summary tells the day before.
        ("Over the past day, the enemy shelled 14 settlements.", date(2023, 11, 8), 1),
        ("During the past 24 hours, shells fell on the town.", date(2023, 11, 8), 1),
        ("Shells fell on 2 November.", date(2023, 11, 2), 1),
        ("Shells fell on 30 December.", date(2022, 12, 30), 1),  # not after the report
        ("Shells fell on November 3, 2021.", date(2021, 11, 3), 1),
        ("Shells fell last week.", date(2023, 11, 2), 2),
        ("Shells fell in October.", date(2023, 10, 15), 3),
        ("Shells fell.", REPORT, 2),
        # The day something was said is the event's only when no other day is stated.
        ("Police said on Wednesday that shells fell on Monday.", date(2023, 11, 6), 1),
        ("Officials told reporters on Wednesday that shells fell.", date(2023, 11, 8), 1),
        (
            "Speaking in the town on Wednesday, the mayor said shells fell on Monday.",
            date(2023, 11, 6),
            1,
        ),
        ("Since 27 September 2020 shells fell; the talks began in Moscow.", REPORT, 2),
        (
            "The commissioner, who spoke to the radio from his base in Panyagoor on "
            "Wednesday, said raiders attacked the camp on Monday.",
            date(2023, 11, 6),
            1,
        ),
    ],
)
def test_dates_relative_to_the_report(text, value, precision):
    found = find_event_date(text, report_date=REPORT)
    assert (found.value, found.time_precision) == (value, precision)
    assert found.reason


def test_without_a_report_date_only_explicit_dates_count():
    assert find_event_date("Shells fell on Tuesday.", report_date=None).value is None
    assert find_event_date("Shells fell.", report_date=None).time_precision is None
    found = find_event_date("Shells fell on 1 March 2022.", report_date=None)
    assert (found.value, found.time_precision) == (date(2022, 3, 1), 1)


def test_an_event_database_s_week_of_and_month_of_lower_the_precision():
    text = "Around 3 November 2023 (month of), troops arrested 15 men."
    found = find_event_date(text, report_date=REPORT)
    assert (found.value, found.time_precision) == (date(2023, 11, 3), 3)
    text = "On 3 November 2023 (week of), troops arrested 15 men."
    assert find_event_date(text, report_date=REPORT).time_precision == 2


@pytest.mark.parametrize("text", ["31 February 2023", "2023-13-01", "Tuesday", "May"])
def test_impossible_or_partial_dates_do_not_parse(text):
    assert parse_date(text) is None


def test_dates_at_the_ends_of_the_calendar_do_not_crash():
    found = find_event_date("Shells fell yesterday, last month.", report_date=date(1, 1, 1))
    assert found.value == date(1, 1, 1) and found.time_precision == 2


@pytest.mark.parametrize("report_date", [date(2024, 5, 14), None])
def test_a_weekday_after_a_dateline_in_the_same_sentence_is_the_day_before_it(report_date):
    # Issue 13: "Celaya, 14 May 2024 – ... on Saturday" happened on the Saturday before.
    text = "Celaya, 14 May 2024 – Gunmen killed four people at a bar on Saturday."
    found = find_event_date(text, report_date=report_date)
    assert (found.value, found.time_precision, found.phrase) == (date(2024, 5, 11), 1, "Saturday")
    # A date that is not a dateline still wins over a later weekday.
    other = find_event_date(
        "On 14 May 2024 gunmen struck; on Saturday more died.", report_date=None
    )
    assert other.value == date(2024, 5, 14)


def test_a_night_between_two_weekdays_is_the_first_day_not_a_dateline():
    found = find_event_date(
        "Militias fought in the port on the night of Thursday–Friday.",
        report_date=date(2026, 3, 7),
    )
    assert (found.value, found.phrase) == (date(2026, 3, 5), "Thursday")


def test_every_date_pattern_branch_starts_a_word() -> None:
    # _dates_in tries the pattern only where a word starts: right only while every
    # branch begins with "\b" and then a word character.
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    from geo.extract.dates import _DATE_RE

    ((op, (_, branches)),) = _parser.parse(_DATE_RE.pattern, _DATE_RE.flags)
    assert op is c.BRANCH
    for branch in branches:
        nodes = list(branch)
        while nodes[0][0] is c.SUBPATTERN:
            nodes = list(nodes[0][1][-1]) + nodes[1:]
        assert nodes[0] == (c.AT, c.AT_BOUNDARY), branch
        assert nodes[1][0] in (c.LITERAL, c.IN, c.MAX_REPEAT, c.SUBPATTERN, c.BRANCH), branch


_DATE_WORDS = [
    "Monday",
    "monday",
    "2 November",
    "November 3, 2021",
    "2023-11-09",
    "in May",
    "in mid-September 2023",
    "in early May",
    "last week",
    "yesterday",
    "this morning",
    "Sept.",
    "12th of March",
    "ſunday",
    # One of each relative phrase: _dates_in tries only words that may start a date.
    "last night",
    "over the past day",
    "during the last 24 hours",
    "today",
    "tonight",
    "earlier today",
    "earlier this week",
    "this week",
    "over the weekend",
    "last weekend",
    "earlier this month",
    "this month",
    "last month",
    "THIS AFTERNOON",
    "in Dec",
    "3rd Feb",
    "Aug 4",
]


def test_every_kind_of_date_opens_the_start_gate() -> None:
    from geo.extract.dates import _DATE_RE, _dates_in

    for word in _DATE_WORDS:
        text = f"Shells fell {word}, and again ({word})."
        expected = [m.span() for m in _DATE_RE.finditer(text)]
        assert expected or word.startswith("Sept"), word  # a date to the pattern itself
        assert [m.span() for m in _dates_in(text)] == expected, word


@given(
    st.lists(
        st.one_of(
            st.sampled_from(_DATE_WORDS),
            st.sampled_from([" ", ",", ".", "-", "_", "x", "7", " on ", "(", "ı"]),
            st.text(max_size=6),
        ),
        max_size=20,
    ),
    st.integers(0, 40),
)
def test_dates_in_finds_what_the_pattern_finds(pieces: list[str], pos: int) -> None:
    from geo.extract.dates import _DATE_RE, _dates_in

    text = "".join(pieces)
    assert [m.span() for m in _dates_in(text, pos)] == [
        m.span() for m in _DATE_RE.finditer(text, pos)
    ]


@given(
    st.lists(
        st.one_of(
            st.sampled_from(_DATE_WORDS),
            st.sampled_from([" ", ",", ".", "-", "_", "x", "7", "\u0663", "é", "in\t", "ı"]),
            st.text(max_size=6),
        ),
        max_size=20,
    ),
    st.integers(0, 40),
)
def test_date_starts_are_where_the_start_pattern_matches(pieces: list[str], pos: int) -> None:
    # The words and the digits, found apart, are the starts of the one pattern.
    from geo.extract.dates import _DATE_START_RE, _date_starts

    text = "".join(pieces)
    for _ in range(2):  # the second time through the start words' gate and scan
        assert _date_starts(text, pos) == [m.start() for m in _DATE_START_RE.finditer(text, pos)]
        assert _date_starts(text, 0) == [m.start() for m in _DATE_START_RE.finditer(text)]


def test_a_group_named_after_a_date_gives_no_date():
    # "M23 (March 23 Movement)" is a rebel group; the event's day is the report's.
    found = find_event_date(
        "Shells fell on a camp during fighting with the March 23 Movement rebels.",
        report_date=date(2024, 5, 3),
    )
    assert found.value == date(2024, 5, 3) and found.phrase == ""
    dated = find_event_date("On March 23 the group attacked Goma.", report_date=date(2024, 5, 3))
    assert dated.value == date(2024, 3, 23)


def test_a_part_of_a_month_dates_the_event_to_the_month():
    found = find_event_date("Raids in mid-September 2023 killed 12.", report_date=date(2024, 1, 5))
    assert (found.value, found.time_precision) == (date(2023, 9, 15), 3)
    late = find_event_date("Gunmen killed five in late May.", report_date=date(2023, 11, 9))
    assert (late.value, late.time_precision) == (date(2023, 5, 15), 3)


def test_the_day_of_the_attack_whose_toll_rose_is_the_events():
    found = find_event_date(
        "The death toll from Saturday's twin bombings rose to 40, officials said on Monday.",
        report_date=date(2022, 11, 1),
    )
    assert (found.phrase, found.value) == ("Saturday", date(2022, 10, 29))


def test_the_day_that_names_the_event_wins_over_the_days_after_it():
    found = find_event_date(
        "Rescuers found more bodies on Tuesday, raising the death toll from Monday's "
        "suicide bombing to 100.",
        report_date=date(2023, 1, 31),
    )
    assert (found.phrase, found.value) == ("Monday", date(2023, 1, 30))


def test_a_digest_bullet_s_day_and_month_date_its_event():
    report = date(2024, 3, 25)
    found = find_event_date(
        "• 19/03 – Soum province: gunmen ambushed a convoy.", report_date=report
    )
    assert found.value == date(2024, 3, 19) and found.time_precision == 1
    # A year back when the day lies after the report's; a fraction or a score is no date.
    assert find_event_date("29/09: fighting in Bourem.", report_date=report).value == date(
        2023, 9, 29
    )
    assert find_event_date("The team won 3/4 of its games.", report_date=report).phrase == ""


def test_an_incident_bulletin_s_day_and_month_after_on_date_its_event():
    report = date(2024, 12, 16)
    found = find_event_date("On 15/12 at approx. 1030hrs, an IED exploded.", report_date=report)
    assert found.value == date(2024, 12, 15) and found.time_precision == 1
    # A night's two days, then the month: the night's first day.
    found = find_event_date("Overnight 05-06/05, armed men abducted a chief.", report_date=report)
    assert found.value == date(2024, 5, 5)
    # A number and a half, or a score, is no date.
    assert find_event_date("He won 3-1/2 points.", report_date=report).phrase == ""
    assert find_event_date("They lost 1/2 in the end.", report_date=report).phrase == ""


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen struck on Wednesday 25 October.",
        "Gunmen struck on Wednesday, October 25.",
        "Gunmen struck on Wednesday (25 October).",
        "Gunmen struck on Wednesday the 25th of October.",
    ],
)
def test_a_weekday_with_its_calendar_date_is_that_date(text):
    # Two weeks before the report: the weekday alone would give the last Wednesday.
    found = find_event_date(text, report_date=REPORT)
    assert (found.value, found.time_precision) == (date(2023, 10, 25), 1)


def test_a_weekday_with_its_calendar_date_keeps_who_said_it():
    # "said on Monday 6 November that ... on Sunday": the day of the saying is not the
    # event's, with its calendar date as without it.
    text = "Police said on Monday 6 November that gunmen struck on Sunday."
    assert find_event_date(text, report_date=REPORT).value == date(2023, 11, 5)


def test_the_day_authorities_reported_is_not_the_event_s():
    found = find_event_date(
        "Three men were shot dead in a village, authorities reported Monday.",
        report_date=date(2025, 4, 21),
    )
    assert found.spoken and found.phrase == "Monday"


def test_a_span_of_days_is_dated_by_its_first_and_its_year():
    found = find_event_date(
        "Protests on July 1-2, 2022 left 21 dead.", report_date=date(2024, 8, 12)
    )
    assert found.value == date(2022, 7, 1)
    # A count after a spaced dash is no second day.
    found = find_event_date("On March 5 - 2 soldiers were killed.", report_date=date(2024, 8, 12))
    assert found.phrase == "March 5"


def test_a_press_release_s_numeric_date_is_day_first():
    said = find_event_date(
        "On 03/02/2024 at about 0230hrs, bandits invaded the village.",
        report_date=date(2024, 3, 5),
    )
    assert (said.value, said.time_precision) == (date(2024, 2, 3), 1)
    # Month first only where day first cannot be a date.
    said = find_event_date("On 12/25/2023, gunmen struck.", report_date=date(2024, 3, 5))
    assert said.value == date(2023, 12, 25)
    assert find_event_date("On 45/45/2024 nothing.", report_date=date(2024, 3, 5)).phrase == ""


def test_a_text_of_many_dates_or_fractions_is_read():
    # Each date phrase once looked at the whole text ("toll" in it), and each fraction
    # searched the text before it for "on": square time on a long hostile report. The
    # time is bench/adversarial_bench.py's to measure; a test only checks what is read
    # (a timed assertion failed on a loaded machine).
    fractions = find_event_date("1/2 " * 10_000, report_date=date(2024, 12, 16))
    assert (fractions.value, fractions.phrase) == (date(2024, 12, 16), "")
    mondays = find_event_date("Monday " * 10_000, report_date=date(2024, 12, 16))
    assert (mondays.value, mondays.phrase) == (date(2024, 12, 16), "Monday")


def test_a_month_and_its_year_after_a_comma():
    found = find_event_date(
        "In December, 2017, the army declared victory over the militants.",
        report_date=date(2021, 1, 18),
    )
    assert (found.value, found.time_precision) == (date(2017, 12, 15), 3)
    # A count after the comma is no year.
    found = find_event_date("In March, 2000 people fled the town.", report_date=date(2021, 1, 18))
    assert found.value == date(2020, 3, 15)


def test_days_ago_count_back_from_the_report():
    report = date(2024, 10, 25)
    found = find_event_date("Two days ago, a bomb exploded in the market.", report_date=report)
    assert (found.value, found.time_precision) == (date(2024, 10, 23), 1)
    found = find_event_date("Gunmen killed three men 3 days ago.", report_date=report)
    assert found.value == date(2024, 10, 22)
    # "A few days ago": within the week, not a day.
    found = find_event_date("The raid took place a few days ago.", report_date=report)
    assert found.time_precision == 2


def test_a_weekday_written_with_a_date_picks_its_year():
    # 18 December 2023 is a Monday; 18 December 2022 a Sunday.
    found = find_event_date(
        "The party has called a hartal on Monday (December 18).", report_date=date(2023, 12, 16)
    )
    assert found.value == date(2023, 12, 18)
