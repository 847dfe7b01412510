"""When an incident happened: explicit dates, dates relative to the report date, or none.

``time_precision`` follows ACLED: 1 = the day is known, 2 = the week, 3 = the month.
A date without a year takes the report's year (or the year before, when that would put
the event after the report). Without a report date, a relative phrase ("on Tuesday")
cannot be pinned down, so the event date stays empty rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Final

from geo.extract.patterns import lazy_compile
from geo.extract.sentence_cache import sentence_cached

# Each month's name in full, then its abbreviations.
_MONTH_SPELLINGS: Final = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
MONTHS: Final = {
    name: number for number, names in enumerate(_MONTH_SPELLINGS, start=1) for name in names
}
# The months written in full: an abbreviation ("Mar", "Dec") may start a place's name.
MONTH_NAMES: Final = frozenset(names[0] for names in _MONTH_SPELLINGS)
WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# The counts of "… days ago" written as words.
_DAYS_AGO_WORDS: Final = (
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("few", "several"),
)
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"

# One alternation, tried left to right at each position; the group that matched says
# which kind of date it is. "since"/"until" dates describe background, not the event.
_DATE_RE: Final = lazy_compile(
    r"(?P<iso>\b(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})\b)"
    r"|(?P<dmy>\b(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH.replace("month", "m1")
    + r"(?:,?\s+(?P<y1>\d{4}))?\b)"
    r"|(?P<mdy>\b"
    + _MONTH.replace("month", "m2")
    # ("July 1-2, 2022": a span of days, dated by its first.)
    + r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b(?:[-–]\d{1,2}(?:st|nd|rd|th)?\b)?"
    r"(?:,?\s+(?P<y2>\d{4}))?)"
    # A police press release's "on 03/02/2024 at about 0230hrs": day first, as written
    # wherever these reports come from (month first only when day first cannot be).
    r"|(?P<dmyn>\b(?P<d6>[0-3]?\d)/(?P<m6>[0-3]?\d)/(?P<y6>(?:19|20)\d\d)\b)"
    # A security digest's bullet: "19/03 – Soum province: …", day first, then a dash or
    # a colon (a bare "3/4" is a fraction or a score).
    r"|(?P<dm>\b(?P<d4>[0-3]?\d)/(?P<m4>[01]?\d)(?:/(?P<y4>(?:19|20)?\d\d))?(?=\s{0,3}[–—:-]))"
    # An incident bulletin's "On 15/12 at approx. 1030hrs", "Overnight 05-06/05": day
    # first, after "on", or a night's two days before the month.
    r"|(?P<ondm>\b(?P<d7>[0-3]?\d)/(?P<m7>[01]?\d)\b(?!/))"
    r"|(?P<ddm>\b(?P<d8>[0-3]?\d)-(?P<d9>[0-3]?\d)/(?P<m8>[01]?\d)\b(?!/))"
    r"|(?P<wd>\b" + _WEEKDAY + r"(?:\s+(?:morning|afternoon|evening|night))?\b)"
    r"|(?P<yesterday>\b(?:yesterday|last night|"
    # A morning summary: "Over the past day, the enemy shelled 14 settlements".
    r"(?:over|in|during) the (?:past|last) (?:day|24 hours))\b)"
    r"|(?P<today>\b(?:today|tonight|this (?:morning|afternoon|evening)|earlier today)\b)"
    r"|(?P<week>\b(?:last week|earlier this week|this week|over the weekend|last weekend)\b)"
    # "two days ago", "3 days ago": counted back from the report's day ("a few days ago",
    # "several days ago": within the week).
    r"|(?P<ago>\b(?P<ago_n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|few|"
    r"several)\s+days?\s+ago\b)"
    r"|(?P<month_rel>\b(?:earlier this month|this month|last month)\b)"
    # "in May 2023", "in early May", "in mid-September 2023": the month.
    r"|(?P<month_only>\bin\s+(?:(?:early|mid|late)[- ])?"
    + _MONTH.replace("month", "m3")
    # ("In December, 2017, federal forces …": the year after a comma, when a comma or a
    # stop ends it; "in March, 2000 people fled" counts people.)
    + r"(?:\s+(?P<y3>\d{4})|,\s+(?P<y5>(?:19|20)\d\d)(?=[,.;:)]|$))?\b)",
    re.IGNORECASE,
)
# Every date starts a word: each branch of _DATE_RE begins with "\b" and a letter or a
# digit (tests/geo/extract/test_dates.py checks), and the word begins with a digit, "in",
# or the first three letters of a month, a weekday or a relative phrase's first word
# ("yesterday", "last night", "earlier this week", "over the weekend"). The engine's own
# scan tries the whole alternation at every character, ~100 µs a sentence; trying it only
# where such a word starts finds the same matches in the same order (:func:`_dates_in`)
# for a sixth of that: about three words a sentence instead of every word. Case-blind as
# _DATE_RE, so a "ſunday" that the pattern reads as "Sunday" opens the gate too.
_RELATIVE_FIRST_WORDS: Final = (
    *("yesterday", "last", "today", "tonight", "this", "earlier", "over", "during"),
    *_DAYS_AGO_WORDS,
)
_DATE_START_RE: Final = lazy_compile(
    r"\b(?:\d|in\s|"
    + "|".join(sorted({word[:3] for word in (*MONTHS, *WEEKDAYS, *_RELATIVE_FIRST_WORDS)}))
    + ")",
    re.IGNORECASE,
)
# _DATE_START_RE in two: the words, which its gate and start-word scan find fast (see
# geo.extract.patterns), and the digits, which a digit alone finds (a digit starts a word
# where no word character stands before it: "\b" before "\d"). No two of these starts
# overlap, so together they are the starts that _DATE_START_RE.finditer gives.
_DATE_WORD_START_RE: Final = lazy_compile(
    r"\b(?:in\s|"
    + "|".join(sorted({word[:3] for word in (*MONTHS, *WEEKDAYS, *_RELATIVE_FIRST_WORDS)}))
    + ")",
    re.IGNORECASE,
)
_DIGIT_RE: Final = lazy_compile(r"\d")


def _date_starts(text: str, pos: int) -> list[int]:
    """Where ``_DATE_START_RE.finditer(text, pos)`` finds a match, in order."""
    words = _DATE_WORD_START_RE.finditer(text, pos) if pos else _DATE_WORD_START_RE.finditer(text)
    starts = [word.start() for word in words]
    for digit in _DIGIT_RE.finditer(text, pos):
        at = digit.start()
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):  # not after \w
            starts.append(at)
    starts.sort()
    return starts


def _dates_in(text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """``_DATE_RE.finditer(text, pos)``, trying the pattern only where a date may start."""
    taken = pos  # matches do not overlap: the next starts at or after the last one's end
    for start in _date_starts(text, pos):
        if start < taken:
            continue
        match = _DATE_RE.match(text, start)
        if match is not None:
            taken = match.end()
            yield match


_BACKGROUND_BEFORE: Final = lazy_compile(
    # ("continued till early Tuesday": how long, not when it began.)
    r"\b(?:since|until|till|before|by|from|signed|statement)\s+(?:on\s+|the\s+)?"
    r"(?:early\s+|late\s+)?$",
    re.I,
)
# "the March 23 Movement", "the April 6 Youth Movement": a name, not a day.
_NAMED_AFTER_DATE: Final = lazy_compile(
    r"\s+(?:[A-Z][a-z]+\s+)?(?:[Mm]ovement|[Bb]rigades?|[Ff]ront|[Cc]oalition|[Aa]lliance)\b"
)
# "Next Sunday", "the coming Friday": a day ahead, not the event's.
_AHEAD_BEFORE: Final = lazy_compile(r"\b(?:next|coming|upcoming)\s+\Z", re.I)
# "This Sunday's general election", "Friday's vote": the day of something else that the
# sentence names ("Friday's attack" is the event's day).
_NOT_AN_EVENT_AFTER: Final = lazy_compile(
    r"['’]s\s+(?:\w+\s+)?(?:elections?|vote|polls|referendum|summit|meeting|talks|match|"
    r"game|ceremony|deadline|visit|hearing|trial|session)\b",
    re.I,
)
# "Police said on Saturday that ... on Thursday": the day something was said, which is
# the event's only when the sentence states no other.
_SPEECH_BEFORE: Final = lazy_compile(
    r"\b(?:said|says|told(?:\s+\w+){0,2}?|announced|stated|confirmed|added|claimed|"
    r"denied|tweeted|reported|warned|noted|revealed|disclosed|explained)\s+"
    r"(?:on\s+|late\s+|early\s+)?$"
    # "Speaking in Lamu town on Monday, the commissioner said …": the day of the speech.
    # "who spoke to Sudan Tribune from his base in Panyagoor on Thursday".
    r"|\b(?:speaking|spoke|addressing|briefing|told reporters)\b[^.,;]{0,60}?\bon\s+$",
    re.I,
)
# "The death toll rose to 21 on Saturday": the day a toll was updated, not the event's.
_TOLL_UPDATE_BEFORE: Final = lazy_compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|increased|jumped|reached|stood at|stands at)"
    r"\s+(?:to\s+)?(?:at least\s+|more than\s+)?[\w,]+\s+(?:\w+\s+)?(?:on\s+|by\s+|late\s+|"
    r"early\s+)?$",
    re.I,
)
# "Later Friday, the UN rights office raised the death toll from the massacre to 115":
# the day before the verb that updates a toll is the update's, too.
_TOLL_RAISED_RE: Final = lazy_compile(
    r"\b(?:raised|raising|revised|updated|put|putting|brought|bringing)\s+the\s+"
    r"(?:death\s+|casualty\s+)?toll\b",
    re.I,
)
# A weekday's possessive that names the event: "Monday's suicide bombing".
_EVENT_OF_DAY_AFTER_RE: Final = lazy_compile(
    r"['’]s (?:[\w-]+ ){0,2}?(?:attacks?|bombings?|blasts?|explosions?|strikes?|airstrikes?|"
    r"raids?|ambush|massacre|shootings?|shelling|clashes|assault|killings?|violence|fighting)"
    r"\b",
    re.I,
)
# Between a weekday and the calendar date that pins it: "Tuesday 5 March", "Tuesday,
# March 5", "Tuesday (5 March)", "Tuesday the 5th of March".
_WEEKDAY_TO_CALENDAR_RE: Final = lazy_compile(r",?\s{1,2}\(?(?:the\s)?")
_MONTH_NAME_RE: Final = lazy_compile(r"^\s*" + _MONTH.replace("month", "m") + r"\s*$", re.I)


@dataclass(frozen=True, slots=True)
class EventDate:
    """The date of an incident, how precise it is, and the phrase it came from."""

    value: date | None
    time_precision: int | None
    phrase: str
    reason: str
    # The day something was said ("police said on Tuesday"): the event's only when none
    # of its sentences states another.
    spoken: bool = field(default=False, repr=False)


UNKNOWN: Final = EventDate(None, None, "", "no event date in the report")


def parse_date(text: str) -> date | None:
    """Parse a standalone date: ISO, "9 November 2023", "November 9, 2023" (a year needed).

    >>> parse_date("2023-11-09")
    datetime.date(2023, 11, 9)
    >>> parse_date(" 9 Nov 2020 ")
    datetime.date(2020, 11, 9)
    >>> parse_date("November 9, 2020")
    datetime.date(2020, 11, 9)
    >>> parse_date("Tuesday") is None
    True
    """
    match = _DATE_RE.search(text.strip())
    if match is None or match.group(0).strip() != text.strip():
        return None
    if match["iso"]:
        return _safe_date(int(match["iy"]), int(match["im"]), int(match["id"]))
    if match["dmy"] and match["y1"]:
        return _safe_date(int(match["y1"]), MONTHS[match["m1"].lower()], int(match["d1"]))
    if match["mdy"] and match["y2"]:
        return _safe_date(int(match["y2"]), MONTHS[match["m2"].lower()], int(match["d2"]))
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _with_year(month: int, day: int, year: str | None, report_date: date | None) -> date | None:
    if year:
        return _safe_date(int(year), month, day)
    if report_date is None:
        return None
    found = _safe_date(report_date.year, month, day)
    if found is not None and found > report_date + timedelta(days=1):
        found = _safe_date(report_date.year - 1, month, day)
    return found


def find_event_date(text: str, *, report_date: date | None) -> EventDate:
    """Return the first event date stated in ``text`` (an incident's sentences).

    Falls back to the report date with precision 2 (the report is about the days
    before it) when the text states no date; empty when neither is known.

    >>> find_event_date("Shelling hit Tartar on Tuesday.", report_date=date(2023, 11, 9))
    EventDate(value=datetime.date(2023, 11, 7), time_precision=1, phrase='Tuesday', \
reason="'Tuesday' relative to the report date 2023-11-09")
    >>> find_event_date("A mine exploded.", report_date=None).value is None
    True
    >>> find_event_date("Police said on Monday that a mine killed two on Sunday.",
    ...                 report_date=date(2023, 11, 9)).phrase
    'Sunday'
    >>> find_event_date("The death toll rose to 21 on Saturday.",
    ...                 report_date=date(2023, 11, 9)).time_precision  # the update's day
    2
    >>> find_event_date("Later Friday, the UN raised the death toll from the massacre to 115.",
    ...                 report_date=date(2023, 11, 9)).time_precision  # so is this
    2
    >>> find_event_date("On Thursday, gunmen killed 70, bringing the toll to 80.",
    ...                 report_date=date(2023, 11, 9)).phrase  # the killing's day
    'Thursday'
    >>> find_event_date("A bomb hit a school that is a polling station for Sunday's election "
    ...                 "on Friday.", report_date=date(2023, 11, 9)).phrase
    'Friday'
    """
    spoken: EventDate | None = None
    if "'s " in text or "’s " in text:
        # "raising the death toll from Monday's suicide bombing": the day the event
        # itself is named by wins over the days of what followed it.
        for match in _dates_in(text):
            if match["wd"] and _EVENT_OF_DAY_AFTER_RE.match(text, match.end()):
                try:
                    named = _from_match(match, report_date=report_date)
                except OverflowError:  # a report dated in year 1 or 9999
                    named = None
                if named is not None:
                    return named
    for match, said, updated, weekday in _date_phrases(text):
        try:
            found = _from_match(match, report_date=report_date)
        except OverflowError:  # a report dated in year 1 or 9999: nothing to compute
            found = None
        if found is None:
            continue
        if weekday is not None and report_date is not None:
            found = _year_of_the_weekday(found, weekday, report_date)
        if said:
            spoken = spoken or found
            continue
        if updated:
            continue
        return _weekday_after_dateline(text, match, found) or found
    if spoken is not None:
        return replace(spoken, spoken=True)
    if report_date is not None:
        return EventDate(report_date, 2, "", "the report date; the report states no event date")
    return UNKNOWN


@sentence_cached
def _date_phrases(
    text: str,
) -> tuple[tuple[re.Match[str], bool, bool, int | None], ...]:
    """The date phrases of ``text`` that may give its event's day, in order, each with
    whether it is the day something was said, whether a toll's update stands before it,
    and the weekday written with a calendar date that has no year ("Monday (December 18)":
    0 for Monday): what the words say, read once per distinct text (the report's date does
    the rest).
    """
    found = []
    matches = list(_dates_in(text))
    skip = -1
    for position, match in enumerate(matches):
        if position == skip:
            continue
        day = match
        weekday = None
        if match["wd"] and position + 1 < len(matches):
            calendar = matches[position + 1]
            if (calendar["dmy"] or calendar["mdy"] or calendar["iso"]) and (
                _WEEKDAY_TO_CALENDAR_RE.fullmatch(text, match.end(), calendar.start())
            ):
                # "on Tuesday 5 March": the calendar date says which Tuesday; the words
                # before the weekday say whose day it is.
                day, skip = calendar, position + 1
                if not (calendar["y1"] or calendar["y2"] or calendar["iso"]):
                    weekday = WEEKDAYS.index(match["weekday"].lower())
        before = text[max(0, match.start() - 20) : match.start()]
        if _BACKGROUND_BEFORE.search(before) and not (
            # "the death toll from Saturday's bombings": the day of the bombings.
            before.endswith("from ") and text[match.end() : match.end() + 2] in ("'s", "’s")
        ):
            continue
        if _NAMED_AFTER_DATE.match(text, day.end()):
            continue  # "the March 23 Movement" (M23): a group named after a date
        if day["wd"] and (
            _AHEAD_BEFORE.search(text, max(0, match.start() - 12), match.start())
            or _NOT_AN_EVENT_AFTER.match(text, match.end())
        ):
            continue  # "near a polling station for this Sunday's election": another day
        said = bool(_SPEECH_BEFORE.search(text[max(0, match.start() - 80) : match.start()]))
        updated = (
            not said
            and (
                bool(_TOLL_UPDATE_BEFORE.search(text, max(0, match.start() - 50), match.start()))
                or (
                    # The day opens the sentence, set off by a comma, before the update.
                    # (The position first: a search of the whole text for each date of
                    # a long one would cost its square.)
                    match.start() < 25
                    and "toll" in text
                    and text[day.end() : day.end() + 1] == ","
                    and (raised := _TOLL_RAISED_RE.search(text, day.end())) is not None
                    and raised.start() - day.end() < 80
                    # "On Thursday, gunmen killed 70, bringing the toll to 80": the killing's.
                    and "," not in text[day.end() + 1 : raised.start()]
                )
            )
        )
        found.append((day, said, updated, weekday))
    return tuple(found)


def _year_of_the_weekday(found: EventDate, weekday: int, report_date: date) -> EventDate:
    """``found`` in the year, of the report's and the one before, whose day is ``weekday``:
    "Monday (December 18)" in a report of 16 December 2023 is that Monday, two days
    ahead, not a Sunday of 2022 (a date after the report is what it announces)."""
    value = found.value
    if not isinstance(value, date) or found.time_precision != 1 or value.weekday() == weekday:
        return found
    for year in (report_date.year, report_date.year - 1):
        other = _safe_date(year, value.month, value.day)
        if other is not None and other.weekday() == weekday:
            return replace(found, value=other)
    return found


# "Celaya, 14 May 2024 – ...": a full date followed by a dash or a colon is a dateline,
# the day of the report, not of the event.
_DATELINE_AFTER: Final = lazy_compile(r"\s*[\u2013\u2014:-]")


def _weekday_after_dateline(text: str, match: re.Match[str], found: EventDate) -> EventDate | None:
    """A weekday later in the sentence than a dateline: the last such day before it."""
    if found.value is None or _DATELINE_AFTER.match(text, match.end()) is None:
        return None
    if match["wd"] and not any(c.isdigit() for c in match.group(0)):
        # "on the night of Friday–Saturday": a weekday alone is no dateline's full date.
        return None
    for later in _dates_in(text, match.end()):
        if later["wd"]:
            dated = _from_match(later, report_date=found.value)
            if dated is not None:
                return EventDate(
                    dated.value,
                    1,
                    dated.phrase,
                    f"{dated.phrase!r} relative to the dateline {found.value}",
                )
    return None


def _from_match(match: re.Match[str], *, report_date: date | None) -> EventDate | None:
    phrase = match.group(0)
    value: date | None = None
    precision = 1
    if match["iso"]:
        value = _safe_date(int(match["iy"]), int(match["im"]), int(match["id"]))
    elif match["dmy"]:
        value = _with_year(MONTHS[match["m1"].lower()], int(match["d1"]), match["y1"], report_date)
    elif match["mdy"]:
        value = _with_year(MONTHS[match["m2"].lower()], int(match["d2"]), match["y2"], report_date)
    elif match["dmyn"]:
        one, two, year_of = int(match["d6"]), int(match["m6"]), int(match["y6"])
        value = _safe_date(year_of, two, one) or _safe_date(year_of, one, two)
        swapped = _safe_date(year_of, one, two)
        if (
            value is not None
            and swapped is not None
            and report_date is not None
            and value > report_date >= swapped
        ):
            value = swapped  # "12/25/2023" in a report of 2024: the month was first
    elif match["dm"]:
        year = match["y4"]
        year = f"20{year}" if year and len(year) == 2 else year
        value = _with_year(int(match["m4"]), int(match["d4"]), year, report_date)
    elif match["ondm"] and _ON_BEFORE_RE.search(
        match.string, max(0, match.start() - _ON_REACH), match.start()
    ):
        # (Not "3/4" alone: a fraction or a score.)
        value = _with_year(int(match["m7"]), int(match["d7"]), None, report_date)
    elif match["ddm"] and int(match["d9"]) == int(match["d8"]) + 1:
        # (Two days in a row: "3-1/2" is a number and a half.)
        value = _with_year(int(match["m8"]), int(match["d8"]), None, report_date)
    elif report_date is None:
        return None
    elif match["wd"]:
        back = (report_date.weekday() - WEEKDAYS.index(match["weekday"].lower())) % 7
        value = report_date - timedelta(days=back)
    elif match["yesterday"]:
        value = report_date - timedelta(days=1)
    elif match["today"]:
        value = report_date
    elif match["ago"]:
        count = match["ago_n"].lower()
        if count in ("few", "several"):
            value, precision = report_date - timedelta(days=3), 2
        else:
            number = int(count) if count.isdigit() else _DAYS_AGO_WORDS.index(count) + 1
            value = report_date - timedelta(days=number)
    elif match["week"]:
        value, precision = report_date - timedelta(days=7), 2
        if "this week" in phrase.lower():
            value = report_date - timedelta(days=report_date.weekday())
    elif match["month_rel"]:
        precision = 3
        first = report_date.replace(day=1)
        value = (first - timedelta(days=1)).replace(day=15) if "last" in phrase.lower() else first
    elif match["month_only"]:
        month = MONTHS[match["m3"].lower()]
        value, precision = _with_year(month, 15, match["y3"] or match["y5"], report_date), 3
    if value is None:
        return None
    relative = not (
        match["iso"]
        or match["y1"]
        or match["y2"]
        or match["y3"]
        or match["y5"]
        or match["y4"]
        or match["y6"]
    )
    reason = f"{phrase!r} relative to the report date {report_date}" if relative else phrase
    if not relative:
        reason = f"stated in the text: {phrase!r}"
    if precision == 1 and (vague := _VAGUE_DAY_AFTER_RE.match(match.string, match.end())):
        # "Around 3 June 2024 (month of)": an event database's own word for a day it
        # does not know within the week or the month.
        precision = 3 if vague["span"].lower() == "month" else 2
        reason += f" ({vague['span'].lower()} of)"
    return EventDate(value, precision, phrase, reason)


_ON_BEFORE_RE: Final = lazy_compile(r"\b(?:on|overnight|night of)\s\Z", re.IGNORECASE)
# The words before a day and month that the pattern above reads, and no more: a text of
# many fractions must not have its whole start searched once for each.
_ON_REACH: Final = 12
_VAGUE_DAY_AFTER_RE: Final = lazy_compile(r"\s*\((?P<span>week|month) of\)", re.IGNORECASE)


def is_month_name(word: str) -> bool:
    """True for a month name or its abbreviation.

    >>> is_month_name("Nov."), is_month_name("Madagiz")
    (True, False)
    """
    return _MONTH_NAME_RE.match(word) is not None
