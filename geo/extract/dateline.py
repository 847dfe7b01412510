"""Wire datelines: the place a report was filed from, which is not where it happened.

"KANO, Nigeria (AP) —", "BEIRUT (AP) --", "Bijapur, Jan 6 (PTI)", "UNITED NATIONS, May 10:",
"December 21, 2012 (BOR) –", "Dhaka [Bangladesh], October 31 :", "APAnews |": a dateline
opens a line and names the filing place, an agency and a date. Reporters file from the
capital or the nearest town with a hotel, so the dateline gives the report's country
(context for resolving the other names) and is never the event location by itself; the
body names the event's place when it matters.

An event-database note ("15 January – Baghdad, Iraq – Suicide bombings – …") opens with a
date, not a place: its place is the event's, so it is not a dateline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from geo.extract.dates import MONTHS
from geo.extract.patterns import lazy_compile

_MONTH: Final = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# "May 10", "Dec. 21", "21 May", "October 31, 2012": bounded, no nested repetition.
_DATE: Final = (
    rf"(?:{_MONTH}[ ]{{1,2}}\d{{1,2}}(?:st|nd|rd|th)?(?:,[ ]?\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ ]{_MONTH}(?:,?[ ]\d{{4}})?)"
)
# A place word: "KANO", "EL-ARISH", "Beirut", "St." (a capital, then letters), with the
# Latin letters of other languages: "POPAYÁN", "SÃO PAULO", "ZÜRICH".
_WORD: Final = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.\-]{0,24}"
_PLACE: Final = rf"{_WORD}(?:[ ]{_WORD}){{0,3}}"
# The region or country after the city may hold small words: "Democratic Republic of the
# Congo", "Bosnia and Herzegovina" (lower case, so never a place word: no overlap).
_REGION: Final = rf"{_WORD}(?:[ ](?:(?:of|the|and|de|du|des|del|la|da|do)[ ]){{0,2}}{_WORD}){{0,4}}"
_AGENCY: Final = r"\([^()\n]{1,80}\)"
# "\ufffd" is an em dash lost to a wrong encoding ("BEIRUT (AP) \ufffd A Kurdish ..."),
# as copy pasted from a mis-decoded page carries it.
# ("COTABATO CITY ---": three hyphens for a dash, as some Philippine papers type it.)
_DASH: Final = r"(?:—|–|―|‒|−|\ufffd|-{1,3}|\||:)"
_DASHES: Final = ("—", "–", "―", "‒", "−", "\ufffd", "-", "--", "---")

# Place first: "KANO, Nigeria (AP) —", "Beirut, May 14 (IANS)", "TRIPOLI:", "Goma, (APP …)".
_PLACE_FIRST_RE: Final = lazy_compile(
    rf"(?:{_AGENCY}[ ]{{1,3}})?"
    # "Guwahati/Imphal, Nov 11:", "NARAYANPUR/RAIPUR:": filed from two places at once.
    # "Mornei / El Geneina –", "Tambul / El Hilaliya / Wad El Noura –": Radio Dabanga's
    # datelines name up to three places.
    rf"(?P<place>{_PLACE}(?:[ ]?/[ ]?{_PLACE}){{0,2}})"
    r"(?:[ ]?\[[^\]\n]{1,40}\])?"
    rf"(?:,[ ]{{1,2}}(?P<region>{_REGION}))?"
    # "DUMAGUETE CITY, Negros Oriental, Philippines —": the province, then the country.
    rf"(?:,[ ]{{1,2}}{_REGION}(?=[ ]{{1,3}}{_DASH}))?"
    rf"(?:,?[ ]{{1,2}}(?P<date>{_DATE}))?"
    rf"(?:,?[ ]{{1,2}}(?P<agency>{_AGENCY}))?"
    # "GUADALAJARA, Jalisco (Reuters).-": the Mexican press's full stop and dash.
    # "RAWALPINDI (MNN); Security forces …": a semicolon after the agency's bracket.
    # "QUETTA, (UrduPoint / Pakistan Point News - 28th Jan, 2022 ) :At least": the text
    # runs on from the colon after the agency's bracket.
    rf"(?P<end>\s{{0,3}}\.?{_DASH}\s{{1,3}}|(?<=\d)\.\s{{1,3}}|(?<=\));\s{{1,3}}|"
    rf"(?<=\))\s{{0,3}}{_DASH}(?=[A-Z\"“‘'])|"
    r"\s{1,3}(?=[A-Z\"“‘']))"
)
# Date first, the place in brackets: "December 21, 2012 (BOR) –".
_DATE_FIRST_RE: Final = lazy_compile(
    rf"(?P<date>{_DATE})\s{{1,3}}\((?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{{1,30}})\)"
    rf"(?P<end>\s{{0,3}}{_DASH}\s{{1,3}})"
)
# The place alone in brackets, as Human Rights Watch writes it: "(Nairobi) –", "(Washington,
# DC) –".
_BRACKETED_PLACE_RE: Final = lazy_compile(
    r"\((?P<place>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’. -]{1,30}(?:, [A-Z][A-Za-z.]{1,10})?)\)"
    rf"(?P<end>\s{{0,3}}{_DASH}\s{{1,3}})"
)
_AGENCY_NAMES: Final = frozenset(
    ("reuters", "xinhua", "anadolu", "bernama", "lusa", "efe", "kyodo", "yonhap", "tass")
)
# An agency alone: "APAnews |".
_AGENCY_ONLY_RE: Final = lazy_compile(r"(?P<agency>[A-Z][A-Za-z]{1,20})\s{1,3}\|\s{1,3}")
# Words that start a sentence and look like a capitalised place ("Police: two killed").
_NOT_PLACE_WORDS: Final = frozenset(
    (
        *("police", "officials", "update", "updated", "breaking", "watch", "photo", "video"),
        *("read", "note", "image", "published", "source", "credit", "caption", "by", "editor"),
    )
)
_DIGIT_RE: Final = re.compile(r"\d")
# How far into a report a dateline may stand (a photo caption or a byline can precede it).
DATELINE_WITHIN: Final = 600


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline: ``text[start:end]``, and the place it names (``place_*``), if any."""

    start: int
    end: int
    place: str
    place_start: int
    place_end: int
    # Only a name and a colon or dash ("Manila: …"), as a headline's kicker also opens.
    weak: bool = False
    # The agency in its bracket ("Saba" of "MARIB (Saba) –"), or "".
    agency: str = ""


def _is_signal(match: re.Match[str]) -> bool:
    """A place-first dateline needs a sign that it is one, not a sentence's subject."""
    place = match["place"]
    if place.split()[0].lower().strip(".") in _NOT_PLACE_WORDS:
        return False
    end = match["end"].strip()
    shouting = place.replace(" ", "").replace("-", "").replace(".", "").isupper() and len(place) > 2
    if match["agency"] or match["date"]:
        return True
    if (end in _DASHES or end in (":", "|")) and (shouting or match["region"] is not None):
        return True
    if "/" in place and end in _DASHES:
        return True  # "Mornei / El Geneina –": places listed as a dateline lists them
    if shouting and (match["region"] or "").endswith(".-"):
        return True  # "MORELIA, Michoacán.- Armed men …": the dash ends the region's word
    if not end and (match["region"] or "").endswith(".") and len(place.split()) <= 3:
        # "San Pedro Sula, Cortés. Five young men …", "Zacatecas, Zac. Four …": the Latin
        # American press's city and state, closed by a full stop.
        return True
    # "Manila: Five soldiers …", "Addis Abeba - Fighting …" (Radio Okapi's, Addis
    # Standard's and NNA's plain hyphen): a name of a word or two and a colon or dash.
    return (end == ":" or end in _DASHES) and len(place.split()) <= 2


def _an_outlet_s_line(match: re.Match[str]) -> bool:
    """ "Addis Standard (Addis Ababa)" on a line of its own: the outlet, then the city it
    publishes in, as allAfrica credits a story; the dateline, if any, opens the next line.
    (An agency's bracket, "KANO (AP)", or a date keeps a dateline that ends its line.)"""
    agency = (match["agency"] or "").strip("()").strip()
    return (
        "\n" in match["end"]
        and not match["date"]
        and not match["region"]
        and bool(agency)
        and not agency.replace(" ", "").isupper()
        and agency.casefold() not in _AGENCY_NAMES
    )


def find_dateline(text: str, *, start: int = 0, stop: int | None = None) -> Dateline | None:
    """The first dateline at the start of a line in ``text[start:stop]``, within the opening.

    >>> d = find_dateline("KANO, Nigeria (AP) — Gunmen fired into a mosque.")
    >>> d.place, d.end
    ('KANO', 21)
    >>> find_dateline("Bijapur, Jan 6 (PTI) In their biggest strike, rebels blew up a van.").place
    'Bijapur'
    >>> find_dateline("December 21, 2012 (BOR) – Four people were killed.").place
    'BOR'
    >>> find_dateline("MORELIA, Michoacán.- Armed men killed a woman.").place
    'MORELIA'
    >>> find_dateline("GUADALAJARA, Jalisco (Reuters).- Police arrested a man.").end
    33
    >>> find_dateline("San Pedro Sula, Cortés. Five men were shot dead.").place
    'San Pedro Sula'
    >>> find_dateline("(Nairobi) – Soldiers killed at least 40 villagers.").place
    'Nairobi'
    >>> find_dateline("15 January – Baghdad, Iraq – Suicide bombings – Two bombs.") is None
    True
    >>> find_dateline("Gunmen killed four people in Kano on Monday.") is None
    True
    """
    limit = len(text) if stop is None else stop
    weak: Dateline | None = None
    for line_start in _line_starts(text, start, min(limit, start + DATELINE_WITHIN)):
        found = _dateline_at(text, line_start, limit)
        if found is not None and not found.weak:
            return found
        if found is not None and weak is None:
            # "Niger: 11 soldiers killed in Ouallam" may be a headline's kicker: a line
            # after it that opens with "Niamey (ActuNiger) –" is the dateline.
            weak = found
    return weak


def _line_starts(text: str, start: int, stop: int) -> Iterator[int]:
    """Where the lines of ``text[start:stop]`` start: ``start``, then each first
    character after a line break and the blanks that follow it."""
    line_start = start
    while line_start < stop:
        yield line_start
        next_line = text.find("\n", line_start, stop)
        if next_line < 0:
            return
        line_start = next_line + 1
        while line_start < stop and text[line_start] in " \t\r\n":
            line_start += 1


def later_datelines(text: str, *, after: int, stop: int | None = None) -> list[Dateline]:
    r"""Datelines that open later paragraphs (after ``after``) with an agency or a date, as
    a page of several wire items does ("… in Taiz.\n\nMARIB (Saba) – Army units …"):
    each names its item's filing place and agency, neither the event's place by itself.
    A headline's kicker ("Niger: …") is not one here: only an agency or a date says so.

    >>> [d.place for d in later_datelines("A first item.\nMARIB (Saba) – Units repelled an "
    ...     "attack.\nNiger: a headline", after=0)]
    ['MARIB']
    """
    limit = len(text) if stop is None else stop
    found: list[Dateline] = []
    first_break = text.find("\n", after, limit)
    if first_break < 0:
        return found
    for line_start in _line_starts(text, first_break, limit):
        # Only a capital opens a dateline, and an agency's bracket or a date's digit comes
        # soon after it: most lines are told without one (and the first "line" here is
        # the break itself, which opens none).
        head = text[line_start : min(limit, line_start + 80)]
        shouted = _SHOUTED_HEAD_RE.match(head) is not None
        if (head[0].isupper() or head[0] == "(") and (
            "(" in head or _DIGIT_RE.search(head) is not None or shouted
        ):
            dateline = _dateline_at(text, line_start, limit)
            # ("OUAGADOUGOU: Nine people …" in capitals is a dateline, where "Niger:"
            # opens a headline.)
            if dateline is not None and (not dateline.weak or shouted) and dateline.place:
                found.append(dateline)
    return found


# A place in capitals, then a colon or a dash: "OUAGADOUGOU: …", "COTABATO CITY --- …".
_SHOUTED_HEAD_RE: Final = lazy_compile(r"[A-Z]{3,}(?:[ .'’-][A-Z]{2,}){0,3}\s?(?::|—|–|-{1,3})\s")


def _dateline_at(text: str, position: int, limit: int) -> Dateline | None:
    match = _DATE_FIRST_RE.match(text, position, limit)
    if match is not None:
        place = match["place"].strip()
        return Dateline(position, match.end(), place, match.start("place"), match.end("place"))
    match = _PLACE_FIRST_RE.match(text, position, limit)
    if match is not None and _is_signal(match) and not _an_outlet_s_line(match):
        weak = not (match["agency"] or match["date"] or match["region"])
        return Dateline(
            position,
            match.end(),
            match["place"],
            match.start("place"),
            match.end("place"),
            weak,
            (match["agency"] or "").strip("()").strip(),
        )
    match = _BRACKETED_PLACE_RE.match(text, position, limit)
    if match is not None:
        place = match["place"].split(",")[0]
        if place.replace(" ", "").isupper() or place.casefold() in _AGENCY_NAMES:
            # "(AP) —", "(Reuters) -": an agency, no place.
            return Dateline(position, match.end(), "", match.end(), match.end(), agency=place)
        start = match.start("place")
        return Dateline(position, match.end(), place, start, start + len(place))
    match = _AGENCY_ONLY_RE.match(text, position, limit)
    if match is not None:
        return Dateline(position, match.end(), "", match.end(), match.end())
    return None


# "By JACOB PURAI", "By Staff Reporter": the line that names who wrote the report.
_BYLINE_RE: Final = lazy_compile(
    r"[ \t]*(?:By|BY)[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*[ \t]*(?:\r?\n|$)"
)


def in_a_byline(text: str, position: int) -> bool:
    """Whether ``position`` lies on a byline, a line of its own that names the writer
    (whose name is no place: "By JACOB PURAI").

    >>> text = "Eight killed near Nipa\\n\\nBy JACOB PURAI\\n\\nMENDI: Eight people were killed."
    >>> in_a_byline(text, text.index("JACOB")), in_a_byline(text, text.index("Nipa"))
    (True, False)
    """
    line_start = text.rfind("\n", 0, position) + 1
    return _BYLINE_RE.match(text, line_start) is not None
