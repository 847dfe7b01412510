"""Incidents in a report: which sentences state one, and which of them state the same one.

A sentence states an incident when it holds a trigger (see :mod:`geo.extract.events`)
and is not background: a war's total toll ("the conflict has resulted in the deaths of
30,000 people") or an evacuation figure is not an incident. Sentences that come next
and refer back ("the explosion took place…", "…lost their lives as a result") join the
incident; a sentence that says "separately" or "elsewhere" starts a new one.

Each incident then gets its type, casualties, date, actors and event location from its
own sentences only, so that a date or a place in the report's background stays out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from geo.extract.actors import Actors, demonym_namer, find_actors
from geo.extract.casualties import Casualties, combine_casualties, count_casualties
from geo.extract.dates import find_event_date
from geo.extract.events import (
    ATTACK,
    Trigger,
    best_trigger,
    find_triggers_unfiltered,
    is_protest_related,
    may_hold_trigger,
    trigger_hint_offsets,
    type_of_attack,
)
from geo.extract.location import (
    EventLocation,
    MentionLike,
    NameResolver,
    choose_location,
    precision_of,
)
from geo.extract.sentences import Sentence, split_sentences
from geo.incident import Incident, incident_id_for, uncertainty_m_for
from geo.read import Report
from geo.taxonomy import BATTLES, PROTESTS, RIOTS


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


BACKGROUND_RE: Final = _re(
    r"\b(?:has|have|had) (?:resulted in|caused|claimed)\b[^.]{0,80}\b(?:lives|deaths)\b"
    r"|\bresulted in the deaths of\b"
    r"|\bsince (?:the (?:start|beginning|outbreak|end) of|(?:19|20)\d\d)\b"
    r"|\bin total\b|\bdeath toll (?:of|in) the (?:war|conflict)\b"
    r"|\bover the (?:past|last) (?:\w+ )?(?:years|decades|months)\b"
    r"|\bevacuation of (?:some |about |more than |over )?[\d,]+"
    r"|\bevacuated (?:some |about |more than |over )?[\d,]+ (?:residents|people|civilians)"
    r"|\bdisplaced (?:hundreds|thousands|tens of thousands|[\d,]+|more than|over|some)\b"
    r"|\bthe (?:\d+-\w+ )?(?:war|conflict|insurgency)\b[^.]{0,60}"
    r"\b(?:killed|claimed|left|resulted|displaced|caused)\b"
    r"|\b(?:anniversary|commemorat\w+|memorial service)\b"
)
SEPARATE_RE: Final = _re(
    r"\b(?:separately|in a separate|in another|elsewhere|meanwhile|a second|another "
    r"(?:attack|incident|explosion|blast|strike|clash|protest)|also on|earlier (?:on|that))\b"
)
ANAPHORA_RE: Final = _re(
    r"\b(?:the (?:explosion|blast|attack|incident|shelling|strike|clash(?:es)?|ambush|assault|"
    r"protest|rally|demonstration|riot|raid|detonation|bombing|attackers?|victims?|dead|"
    r"injured|wounded|deceased|casualties|vehicle|device|mine|fighting)"
    r"|as a result|the same (?:attack|incident)|in the (?:attack|incident|blast|explosion))\b"
)
DETAIL_RE: Final = _re(
    r"\b(?:took place|happened|occurred|killed|dead|died|injur\w*|wound\w*|hurt|casualt\w+|"
    r"lives|claim\w*|disclosed|hospital\w*|near|village)\b"
)
INTERVENTION_RE: Final = _re(
    r"\b(?:tear gas|water cannons?|rubber bullets|dispersed?|broke up|batons|detained|arrested)\b"
)
STATE_FORCES_RE: Final = _re(
    r"\b(?:troops|army|armed forces|government forces|military|soldiers|defen[cs]e ministry)\b"
)
NON_STATE_RE: Final = _re(
    r"\b(?:rebels?|militants?|insurgents?|separatists?|fighters|militias?|jihadists?|gunmen|"
    r"taliban|armed groups?)\b"
)
ACCIDENT_RE: Final = _re(
    r"\b(?:accident\w*|fire broke out|caught fire|gas (?:leak|cylinder|explosion|pipeline)|"
    r"short circuit|industrial|cause of the (?:explosion|blast|fire)s? (?:is|was|remains) "
    r"(?:being investigated|unknown|unclear|not known))"
)
DATELINE_RE: Final = re.compile(
    r"(?P<name>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})"
    r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"\s*(?:\([^)]{1,30}\)\s*)?[—–-]{1,2}\s+"
)
# Rules whose word may restate an incident already told ("the explosion", "the attack").
GENERIC_RULES: Final = frozenset(("explosion", "attack"))
MAX_ANAPHORA_GAP: Final = 4


@dataclass(slots=True)
class _Cluster:
    """Sentences that state one incident, and the triggers found in them."""

    sentences: list[Sentence] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    trigger_sentences: list[Sentence] = field(default_factory=list)

    @property
    def last(self) -> int:
        return self.sentences[-1].index

    @property
    def primary(self) -> Trigger:
        found = best_trigger(self.triggers)
        assert found is not None  # a cluster starts with a trigger
        return found


@dataclass(frozen=True, slots=True)
class Extractor:
    """Turns a report and its place mentions into incidents; build once, reuse.

    ``name_of_demonym`` names the country of a demonym or country word for actor names
    ("Azerbaijani" → "Azerbaijan"); ``country_names`` maps ISO2 codes to names.
    """

    name_of_demonym: Callable[[str], str | None] = lambda word: None
    country_names: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_tables(
        cls, *, country_of_demonym: Callable[[str], str | None], country_names: Mapping[str, str]
    ) -> Extractor:
        """Build an extractor from a demonym → ISO2 function and an ISO2 → name table."""
        return cls(demonym_namer(country_of_demonym, country_names), dict(country_names))

    def extract(
        self,
        report: Report,
        *,
        mentions: Sequence[MentionLike] | Callable[[], Sequence[MentionLike]] = (),
        resolve_name: NameResolver | None = None,
    ) -> list[Incident]:
        """Return the incidents of ``report``; ``mentions`` index into ``report.text``.

        ``mentions`` may be a function that finds them: it is called only when the report
        states an incident, so a report without one is never geoparsed.
        ``resolve_name`` is asked about an event location the mentions left unresolved.
        """
        sentences = split_sentences(report.text, start=report.body_start, end=report.body_stop)
        clusters = find_clusters(sentences, text=report.text)
        if not clusters:
            return []
        if callable(mentions):
            mentions = mentions()
        return [
            self._to_incident(
                report, cluster, sentences, mentions=mentions, resolve_name=resolve_name
            )
            for cluster in clusters
        ]

    def _to_incident(
        self,
        report: Report,
        cluster: _Cluster,
        sentences: Sequence[Sentence],
        *,
        mentions: Sequence[MentionLike],
        resolve_name: NameResolver | None,
    ) -> Incident:
        primary = cluster.primary
        evidence = next(s for s in cluster.trigger_sentences if s.start <= primary.start < s.end)
        joined = " ".join(s.text for s in cluster.sentences)
        event_type, sub_event_type, type_reason = _type_of(cluster, joined)
        casualties = combine_casualties(count_casualties(s.text) for s in cluster.sentences)
        trigger_text = " ".join(s.text for s in cluster.trigger_sentences)
        event_date = find_event_date(trigger_text, report_date=report.report_date)
        first = cluster.sentences[0]
        fallback = [(0, report.body_start)] + [
            (s.start, s.end)
            for s in sentences
            if s.paragraph == first.paragraph and s.index < first.index
        ]
        # A trigger word is never a place ("Artillery" names a place in GeoNames).
        places = [
            m
            for m in mentions
            if not any(t.start < m.end and m.start < t.end for t in cluster.triggers if t.phrase)
        ]
        location = choose_location(
            report.text,
            spans=[(s.start, s.end) for s in cluster.sentences],
            trigger_spans=[(s.start, s.end) for s in cluster.trigger_sentences],
            trigger_at=primary.start,
            mentions=places,
            fallback_spans=fallback,
            resolve_name=resolve_name,
        )
        if not location.location and resolve_name is not None:
            location = _dateline_location(report, resolve_name) or location
        place = location.place
        country_name = self.country_names.get(place.country or "", "") if place else ""
        actors = find_actors(
            joined,
            trigger_at=_offset_in_joined(cluster, primary.start),
            event_type=event_type,
            country_name=country_name,
            name_of_demonym=self.name_of_demonym,
        )
        return _build(
            report,
            evidence=evidence,
            types=(event_type, sub_event_type, type_reason),
            strength=primary.strength,
            casualties=casualties,
            event_date=(event_date.value, event_date.time_precision, event_date.reason),
            location=location,
            actors=actors,
        )


def _dateline_location(report: Report, resolve_name: NameResolver) -> EventLocation | None:
    """A wire dateline ("KYIV —") when the incident's own sentences name no place."""
    match = DATELINE_RE.match(report.text, report.body_start)
    if match is None:
        return None
    name = match["name"].title()
    place, why = resolve_name(name)
    if place is None:
        return None
    return EventLocation(
        name,
        place,
        precision_of(place, near=True, vague=False),
        0.4,
        f"the dateline names {name}, and the incident's sentences name no place; {why}",
        match.start("name"),
    )


def _offset_in_joined(cluster: _Cluster, position: int) -> int:
    offset = 0
    for sentence in cluster.sentences:
        if sentence.start <= position < sentence.end:
            return offset + position - sentence.start
        offset += len(sentence.text) + 1
    return 0


def _type_of(cluster: _Cluster, joined: str) -> tuple[str, str, str]:
    primary = cluster.primary
    reason = f"trigger {primary.phrase!r}"
    if primary.event_type == ATTACK:
        event_type, sub_event_type, why = type_of_attack(joined)
        return event_type, sub_event_type, f"{reason}; {why}"
    rules = {t.rule for t in cluster.triggers}
    if (
        primary.rule == "overtake"
        and STATE_FORCES_RE.search(joined)
        and not (NON_STATE_RE.search(joined))
    ):
        return BATTLES, "Government regains territory", f"{reason}; taken by state forces"
    if primary.event_type == PROTESTS and rules & {"riot", "mob"}:
        return RIOTS, "Violent demonstration", f"{reason}; the protesters turned violent"
    if primary.rule == "arrest" and is_protest_related(joined):
        return PROTESTS, "Protest with intervention", f"{reason}; arrests at a protest"
    if primary.rule == "protest" and ("arrest" in rules or INTERVENTION_RE.search(joined)):
        return PROTESTS, "Protest with intervention", f"{reason}; the police intervened"
    return primary.event_type, primary.sub_event_type, reason


def _build(
    report: Report,
    *,
    evidence: Sentence,
    types: tuple[str, str, str],
    strength: float,
    casualties: Casualties,
    event_date: tuple[object, int | None, str],
    location: EventLocation,
    actors: Actors,
) -> Incident:
    from datetime import date

    event_type, sub_event_type, type_reason = types
    value, time_precision, date_reason = event_date
    place = location.place
    flags = []
    if location.location and place is None:
        flags.append("unresolved")
    if not location.location:
        flags.append("no_location")
    has_detail = casualties.fatalities is not None or casualties.injured is not None
    confidence = 0.3 + 0.35 * strength + 0.25 * location.confidence + (0.1 if has_detail else 0)
    notes = [*casualties.notes]
    if value is not None and time_precision == 2 and "report date" in date_reason:
        notes.append("event date: the report date (no date in the text)")
    notes.append(f"type: {type_reason}")
    return Incident(
        id=incident_id_for(report.source, evidence.start, evidence.end),
        event_type=event_type,
        sub_event_type=sub_event_type,
        event_date=value if isinstance(value, date) else None,
        time_precision=time_precision if isinstance(value, date) else None,
        actor1=actors.actor1,
        actor2=actors.actor2,
        assoc_actors=actors.assoc_actors,
        fatalities=casualties.fatalities,
        injured=casualties.injured,
        location=location.location,
        place_id=place.place_id if place else "",
        place_name=place.name if place else "",
        country=(place.country or "") if place else "",
        admin1=(place.admin1 or "") if place else "",
        admin2=(place.admin2 or "") if place else "",
        latitude=place.lat if place else None,
        longitude=place.lon if place else None,
        geo_precision=location.geo_precision,
        uncertainty_m=uncertainty_m_for(location.geo_precision) if place else None,
        place_reason=location.reason,
        source=report.source,
        source_url=report.url,
        source_date=report.report_date,
        evidence=evidence.text,
        evidence_start=evidence.start,
        evidence_end=evidence.end,
        confidence=round(min(0.99, confidence), 3),
        notes="; ".join(notes),
        flags=",".join(flags),
    )


def is_background(sentence: str) -> bool:
    """True for a sentence of background figures rather than an incident.

    >>> is_background("The conflict has resulted in the deaths of 30,000 people.")
    True
    >>> is_background("They aided in the evacuation of 5,000 out of 10,000 residents.")
    True
    >>> is_background("Shelling killed two civilians in Tartar on Monday.")
    False
    """
    return bool(BACKGROUND_RE.search(sentence))


def _sentence_triggers(sentence: Sentence, *, hinted: bool | None) -> list[Trigger]:
    if hinted is None:
        hinted = may_hold_trigger(sentence.text)
    if not hinted:
        return []
    return [
        Trigger(
            t.start + sentence.start,
            t.end + sentence.start,
            t.phrase,
            t.rule,
            t.event_type,
            t.sub_event_type,
            t.strength,
            t.anaphoric,
        )
        for t in find_triggers_unfiltered(sentence.text)
    ]


CASUALTY_HINT: Final = _re(r"\b(?:kill|dead|died|injur|wound|hurt|slain|hospitali)")


def _casualty_trigger(sentence: Sentence) -> Trigger | None:
    """A sentence with a counted toll and no trigger word still states an incident."""
    if CASUALTY_HINT.search(sentence.text) is None:
        return None
    counted = count_casualties(sentence.text)
    if not (counted.fatalities or counted.injured):
        return None
    event_type, sub_event_type, _ = type_of_attack(sentence.text)
    return Trigger(
        sentence.start, sentence.end, "", "casualties", event_type, sub_event_type, 0.4, False
    )


def find_clusters(sentences: Sequence[Sentence], *, text: str | None = None) -> list[_Cluster]:
    """Group the sentences that state incidents, one group per incident.

    With ``text`` (the report's text that the sentences index into), the cheap trigger
    pre-check runs once over the whole text instead of once per sentence.
    """
    clusters: list[_Cluster] = []
    current: _Cluster | None = None
    offsets = trigger_hint_offsets(text) if text is not None else None
    for sentence in sentences:
        hinted = None
        if offsets is not None:
            at = bisect_left(offsets, sentence.start)
            hinted = at < len(offsets) and offsets[at] < sentence.end
        triggers = _sentence_triggers(sentence, hinted=hinted)
        trigger = best_trigger(triggers)
        if trigger is None and current is None:
            casualty = _casualty_trigger(sentence)
            triggers = [casualty] if casualty else []
            trigger = casualty
        attachable = current is not None and sentence.index - current.last <= 1
        if (trigger is None and not attachable) or is_background(sentence.text):
            continue  # checked only where it matters: the background test is costly
        separate = bool(SEPARATE_RE.search(sentence.text))
        if trigger is not None:
            if current is not None and not separate and _continues(current, trigger, sentence):
                current.sentences.append(sentence)
                current.triggers.extend(triggers)
                current.trigger_sentences.append(sentence)
                continue
            earlier = _restated(clusters, trigger) if not separate else None
            if earlier is not None:
                # "The shelling" paragraphs later still means the shelling already told.
                earlier.sentences.append(sentence)
                earlier.triggers.extend(triggers)
                earlier.trigger_sentences.append(sentence)
                current = earlier
                continue
            opening = [sentence]
            before = sentences[sentence.index - 1] if sentence.index > 0 else None
            if (
                trigger.anaphoric
                and before is not None
                and before.paragraph == sentence.paragraph
                and not is_background(before.text)
            ):
                # "The demonstration was peaceful" refers to what the sentence before told.
                opening = [before, sentence]
            current = _Cluster(list(opening), list(triggers), list(opening))
            clusters.append(current)
            continue
        if (
            current is not None
            and not separate
            and sentence.index - current.last <= 1
            and (ANAPHORA_RE.search(sentence.text) or DETAIL_RE.search(sentence.text))
        ):
            current.sentences.append(sentence)
    return [c for c in clusters if not _is_accident(c, sentences)]


def _is_accident(cluster: _Cluster, sentences: Sequence[Sentence]) -> bool:
    """An explosion or fire with no attacker that the report calls an accident."""
    if cluster.primary.rule not in ("explosion", "looting"):
        return False
    first = cluster.sentences[0].index
    context = sentences[max(0, first - 1) : cluster.last + 2]
    return any(ACCIDENT_RE.search(s.text) for s in context)


def _restated(clusters: Sequence[_Cluster], trigger: Trigger) -> _Cluster | None:
    """The latest incident that a definite trigger ("the explosion") refers back to."""
    if not trigger.anaphoric:
        return None
    for cluster in reversed(clusters):
        primary = cluster.primary
        if trigger.event_type == primary.event_type or trigger.rule in GENERIC_RULES:
            return cluster
    return None


def _continues(current: _Cluster, trigger: Trigger, sentence: Sentence) -> bool:
    if sentence.index - current.last > MAX_ANAPHORA_GAP:
        return False
    primary = current.primary
    if primary.event_type in (PROTESTS, RIOTS) and INTERVENTION_RE.search(sentence.text):
        return True  # the police response to a protest is part of the protest
    if trigger.rule == "arrest" and sentence.index - current.last <= 1:
        return True  # arrests right after an incident are its aftermath, not a new one
    same_type = trigger.event_type == primary.event_type
    if sentence.index - current.last == 1 and trigger.rule in GENERIC_RULES:
        return True  # "a loud blast followed by gunfire" right after: a detail, not a new one
    if trigger.anaphoric and (same_type or trigger.rule in GENERIC_RULES):
        return True
    if ANAPHORA_RE.search(sentence.text) is None:
        return False
    return trigger.rule in GENERIC_RULES or (
        trigger.sub_event_type == primary.sub_event_type and same_type
    )


__all__ = [
    "Extractor",
    "find_clusters",
    "is_background",
]
