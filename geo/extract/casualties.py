"""How many were killed and injured, as a sentence states it.

Counts are written as digits ("5,000"), words ("four", "twenty-one") or vague words
("dozens"). A vague word counts as its smallest defensible value, and a note says so.
Groups in one sentence add up: "one peacekeeper and four rescuers injured" is 5.
A count that is undisclosed, or only claimed, stays ``None`` (never 0) and the claim
goes into the notes. An explicit "no one was hurt" is a real 0.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

UNITS: Final = {
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a dozen": 12,
    "a couple of": 2,
    "a pair of": 2,
    "both": 2,
}
# Vague amounts: the smallest value the word can mean. "Dozens" is at least two dozen.
VAGUE: Final = {
    "several": 3,
    "a few": 2,
    "a number of": 2,
    "dozens of": 24,
    "dozens": 24,
    "scores of": 40,
    "hundreds of": 200,
    "hundreds": 200,
}

_PERSON: Final = (
    r"(?:soldiers?|servicem[ae]n|servicewom[ae]n|peacekeepers?|civilians?|people|persons?|"
    r"members|residents?|children|child|kids|women|woman|men|man|policem[ae]n|police officers?|"
    r"police|officers?|troops|fighters?|militants?|rebels?|separatists?|guards?|border guards?|"
    r"workers?|farmers?|shepherds?|others|villagers?|protesters?|demonstrators?|deminers?|"
    r"sappers?|journalists?|reporters?|passengers?|drivers?|staff|employees?|personnel|"
    r"teenagers?|boys?|girls?|students?|pilots?|crew|gunmen|attackers?|assailants?|"
    r"combatants?|militiam[ae]n|recruits?|conscripts?|officials?|firefighters?|rescuers?|"
    r"medics?|paramedics?|volunteers?|relatives|citizens?|nationals?|individuals?|victims?|"
    r"inmates?|prisoners?|worshippers?|pedestrians?|miners?|servicepeople|contractors?|"
    r"bystanders?|shoppers?|teachers?|doctors?|nurses?|rioters?|motorists?|"
    r"family members|brothers?|sisters?|sons?|daughters?|husbands?|wives|wife|infants?|babies|baby|"
    r"(?:(?:an? |the )?(?:elderly|young) )?(?:m[ae]n|wom[ae]n|couple))"
)
_NUMBER_WORDS: Final = sorted(list(UNITS) + list(VAGUE), key=len, reverse=True)
_NUMBER: Final = (
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|(?:"
    + "|".join(re.escape(w) for w in _NUMBER_WORDS if w not in ("a", "an"))
    + r")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|an?)"
)
_QUALIFIER: Final = (
    r"(?:(?:at least|some|about|around|nearly|almost|more than|over|up to|as many as|"
    r"roughly|an estimated|approximately)\s+)?"
)
# A count of people: the number, up to four words (adjectives, "of the"), a person noun.
_GROUP_RE: Final = re.compile(
    r"\b"
    + _QUALIFIER
    + _NUMBER
    + r"\s+(?:(?!and\b|as\b|were\b|was\b|had\b|have\b|"
    + "|".join(re.escape(w) for w in _NUMBER_WORDS if " " not in w)
    + r"\b|\d)[\w'’-]+\s+){0,4}?"
    r"(?P<noun>" + _PERSON + r")\b",
    re.IGNORECASE,
)
# A bare count: "three were killed", "killing three", "the death toll rose to 12".
_BARE_RE: Final = re.compile(
    r"\b" + _QUALIFIER + _NUMBER + r"(?=\s+(?:(?:were|was|have been|had been|are|got)\s+)?"
    r"(?:killed|dead|died|injured|wounded|hurt|hospitali[sz]ed)\b)",
    re.IGNORECASE,
)
_KILLED_RE: Final = re.compile(
    r"\b(?:killed|killing|kills|dead|died|dies|deaths? of|lost (?:their|his|her) li(?:ves|fe)|"
    r"slain|shot dead|fatally (?:wounded|injured|shot)|death toll(?: rose to| of| stood at)?|"
    r"bodies of|lifeless)\b",
    re.IGNORECASE,
)
_INJURED_RE: Final = re.compile(
    r"\b(?:injur(?:ed|ing|ies)|wound(?:ed|ing)|hurt|hospitali[sz]ed|"
    r"sustained (?:\w+ )?(?:wounds|injuries)|"
    r"lost (?:a|an|his|her|their|both|one of (?:his|her) )\s*"
    r"(?:legs?|arms?|eyes?|feet|foot|hands?|limbs?))\b",
    re.IGNORECASE,
)
_ACTIVE_RE: Final = re.compile(
    r"^(?:killed|killing|kills|injured|injuring|wounded|wounding|deaths? of|"
    r"death toll(?: rose to| of| stood at)|bodies of|hospitali[sz]ed)$",
    re.IGNORECASE,
)
_BARE_AFTER_RE: Final = re.compile(
    r"\s+" + _QUALIFIER + _NUMBER + r"\b(?!\s+(?:of|per|km|kilomet|miles?|metres|meters|"
    r"hours?|days?|years?|times|percent|%))",
    re.IGNORECASE,
)
_QUALIFIERS: Final = frozenset(
    ("", "at least", "some", "about", "around", "nearly", "more than", "over", "up to")
)
_CONNECTORS: Final = frozenset(("and", "as well as", "and at least", "along with", "plus"))
_SUBJECT_GAP_RE: Final = re.compile(
    r"^(?:[\s,]|(?!killing|carrying|including|with|after|when|while|and|but|who|which|that|"
    r"in|on|at|near)\b[\w'’-]+\b)*$",
    re.IGNORECASE,
)
_ASIDE_RE: Final = re.compile(r",\s*(?:including|among them)[^,]*,", re.IGNORECASE)
SUBJECT_WITHIN: Final = 12  # characters: where a sentence's subject count may start
_CLAIM_RE: Final = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|unconfirmed|unverified|allegedly|alleged|could not be "
    r"(?:independently )?(?:verified|confirmed)|rumou?r\w*)\b",
    re.IGNORECASE,
)
_UNDISCLOSED_RE: Final = re.compile(
    r"\b(?:not (?:been |yet )?(?:disclosed|specified|released|given|made public|reported|known)|"
    r"undisclosed|unknown number|unspecified number|did not (?:say|specify|disclose|give)|"
    r"(?:number|toll|extent) of (?:casualties|victims|dead|deaths|injuries)\b[^.]{0,30}"
    r"\b(?:unclear|unknown|not clear))",
    re.IGNORECASE,
)
_NONE_KILLED_RE: Final = re.compile(
    r"\b(?:no (?:one|body) (?:was |were )?(?:killed|hurt|injured|wounded)|"
    r"nobody was (?:killed|hurt|injured|wounded)|no casualties|no deaths|no fatalities|"
    r"no injuries|without casualties|no one died)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Casualties:
    """Killed and injured (None = not stated) and notes on how they were counted."""

    fatalities: int | None = None
    injured: int | None = None
    notes: tuple[str, ...] = ()
    mentions_deaths: bool = False  # deaths are spoken of, counted or not

    @property
    def pair(self) -> tuple[int | None, int | None]:
        """(fatalities, injured)."""
        return self.fatalities, self.injured


def to_number(word: str) -> int | None:
    """Turn a written count into an integer.

    >>> to_number("5,000"), to_number("four"), to_number("twenty-one"), to_number("dozens")
    (5000, 4, 21, 24)
    """
    lowered = word.lower().strip()
    if lowered.replace(",", "").isdigit():
        return int(lowered.replace(",", ""))
    if lowered in UNITS:
        return UNITS[lowered]
    if lowered in VAGUE:
        return VAGUE[lowered]
    parts = re.split(r"[- ]", lowered)
    if len(parts) == 2 and parts[0] in UNITS and parts[1] in UNITS:
        return UNITS[parts[0]] + UNITS[parts[1]]
    return None


@dataclass(frozen=True, slots=True)
class _Group:
    start: int
    end: int
    value: int
    word: str


@dataclass(frozen=True, slots=True)
class _Outcome:
    start: int
    end: int
    kind: str  # "killed" | "injured"
    active: bool


def _groups(sentence: str) -> list[_Group]:
    groups: list[_Group] = []
    for pattern in (_GROUP_RE, _BARE_RE):
        for match in pattern.finditer(sentence):
            if any(g.start <= match.start("num") < g.end for g in groups):
                continue
            value = to_number(match["num"])
            if value is None or _is_year(match["num"], sentence, match.end("num")):
                continue
            groups.append(_Group(match.start("num"), match.end(), value, match["num"]))
    groups.sort(key=lambda g: g.start)
    return groups


def _is_year(word: str, sentence: str, end: int) -> bool:
    return (
        word.isdigit()
        and len(word) == 4
        and word.startswith(("19", "20"))
        and not (sentence[end:].lstrip().lower().startswith(("people", "civilians", "soldiers")))
    )


def _outcomes(sentence: str) -> list[_Outcome]:
    found: list[_Outcome] = []
    for kind, pattern in (("killed", _KILLED_RE), ("injured", _INJURED_RE)):
        for match in pattern.finditer(sentence):
            if any(o.start < match.end() and match.start() < o.end for o in found):
                continue
            active = bool(_ACTIVE_RE.match(match.group(0)))
            found.append(_Outcome(match.start(), match.end(), kind, active))
    found.sort(key=lambda o: o.start)
    return found


def count_casualties(sentence: str) -> Casualties:
    """Count the killed and injured that one sentence states.

    >>> count_casualties("A mine blast left one soldier dead, as well as one peacekeeper "
    ...                  "and four members of the emergency services injured.").pair
    (1, 5)
    >>> count_casualties("Shelling killed two civilians and wounded five others.").pair
    (2, 5)
    >>> count_casualties("The exact number of casualties has not been disclosed.").pair
    (None, None)
    """
    notes: list[str] = []
    outcomes = _outcomes(sentence)
    if _NONE_KILLED_RE.search(sentence):
        lowered = sentence.lower()
        zero_injured = any(w in lowered for w in ("casualties", "hurt", "injur", "wound"))
        # "No one was hurt" also says that no one died.
        zero_killed = any(
            w in lowered for w in ("casualties", "killed", "died", "death", "fatal", "hurt")
        )
        return Casualties(0 if zero_killed else None, 0 if zero_injured else None, ())
    if _UNDISCLOSED_RE.search(sentence):
        notes.append("casualty count not disclosed")
    if _CLAIM_RE.search(sentence) and _groups(sentence):
        notes.append(f"claimed, not counted: {_snippet(sentence)}")
        return Casualties(None, None, tuple(notes), any(o.kind == "killed" for o in outcomes))
    if not outcomes:
        return Casualties(None, None, tuple(notes))  # no one killed or hurt: nothing to count
    groups = _groups(sentence)
    totals: dict[str, int] = {}
    bound: set[int] = set()
    counted: set[int] = set()
    took_objects: set[int] = set()
    # Active outcomes take the counts right after them ("killed two civilians and a boy",
    # "killing one"); "including four children" is part of a count already taken.
    for position, outcome in enumerate(outcomes):
        if not outcome.active:
            continue
        bare = _BARE_AFTER_RE.match(sentence, outcome.end)
        if bare and not any(g.start == bare.start("num") for g in groups):
            value = to_number(bare["num"])
            if value is not None:
                groups.append(_Group(bare.start("num"), bare.end("num"), value, bare["num"]))
                groups.sort(key=lambda g: g.start)
        cursor = outcome.end
        first = True
        for index, group in enumerate(groups):
            if index in bound or group.start < cursor:
                continue
            gap = sentence[cursor : group.start].strip(" ,").lower()
            subset = gap in ("including", "among them", "among whom")
            if first and gap not in _QUALIFIERS:
                break
            if not first and not subset and gap not in _CONNECTORS:
                break
            if any(cursor <= o.start < group.start for o in outcomes):
                break
            bound.add(index)
            took_objects.add(position)
            if not subset:
                totals[outcome.kind] = totals.get(outcome.kind, 0) + group.value
                counted.add(index)
            cursor = group.end
            first = False
    # Other counts are subjects of the next outcome ("two soldiers were killed"); counts
    # joined by "and" share it ("one peacekeeper and four rescuers injured").
    kind_of: dict[int, str] = {}
    for index in range(len(groups) - 1, -1, -1):
        if index in bound:
            continue
        group = groups[index]
        following = [
            (position, o) for position, o in enumerate(outcomes) if o.start >= group.end - 1
        ]
        if following and following[0][0] not in took_objects:
            position, outcome = following[0]
            # ", including a major general," between a count and its verb is an aside.
            gap = _ASIDE_RE.sub(" ", sentence[group.end : outcome.start])
            if _SUBJECT_GAP_RE.match(gap) and len(gap.split()) <= 8:
                kind_of[index] = outcome.kind
        if index not in kind_of and index + 1 in kind_of:
            gap = sentence[group.end : groups[index + 1].start].strip(" ,").lower()
            if gap in _CONNECTORS:
                kind_of[index] = kind_of[index + 1]
    for index, kind in kind_of.items():
        totals[kind] = totals.get(kind, 0) + groups[index].value
        bound.add(index)
        counted.add(index)
    # "A deminer stepped on a mine and lost a leg": the sentence's subject is the only
    # count left, and one outcome has nobody yet; the subject is who it happened to.
    lonely = [
        o
        for position, o in enumerate(outcomes)
        if o.kind not in totals and position not in took_objects
    ]
    unbound = [i for i in range(len(groups)) if i not in bound]
    if len(lonely) == 1 and len(unbound) == 1 and groups[unbound[0]].start < SUBJECT_WITHIN:
        index = unbound[0]
        if groups[index].end <= lonely[0].start:
            totals[lonely[0].kind] = groups[index].value
            counted.add(index)
    for index in counted:
        word = groups[index].word.lower()
        if word in VAGUE:
            notes.append(f"{word!r} counted as its floor, {VAGUE[word]}")
    mentions_deaths = any(o.kind == "killed" for o in outcomes)
    if mentions_deaths and "killed" not in totals:
        notes.append("deaths reported without a number")
    return Casualties(
        totals.get("killed"), totals.get("injured"), tuple(dict.fromkeys(notes)), mentions_deaths
    )


def _snippet(sentence: str, *, limit: int = 160) -> str:
    flat = " ".join(sentence.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def combine_casualties(parts: Iterable[Casualties]) -> Casualties:
    """Combine the counts of the sentences of one incident.

    Several sentences restate the same toll, so the largest count wins rather than
    the sum. A note that a count is missing is dropped once a count is known.

    >>> combine_casualties([Casualties(None, None, ("deaths reported without a number",)),
    ...                     Casualties(2, None, ())])
    Casualties(fatalities=2, injured=None, notes=(), mentions_deaths=False)
    """
    fatalities: int | None = None
    injured: int | None = None
    notes: list[str] = []
    for part in parts:
        if part.fatalities is not None:
            fatalities = max(fatalities or 0, part.fatalities)
        if part.injured is not None:
            injured = max(injured or 0, part.injured)
        notes.extend(part.notes)
    if fatalities is not None:
        notes = [n for n in notes if n != "deaths reported without a number"]
    if fatalities is not None and injured is not None:
        notes = [n for n in notes if n != "casualty count not disclosed"]
    return Casualties(fatalities, injured, tuple(dict.fromkeys(notes)))
