"""Incidents in a report: the event mentions of its sentences, merged into events.

1. **Event mentions.** The sentences that state an event (see
   :mod:`geo.extract.statements`: a trigger or a counted toll, and not background)
   become mentions, each with its own arguments: the place it names (never the wire
   dateline's: see :mod:`geo.extract.dateline`), a date it states, its toll.
2. **Events.** Mentions that describe the same event merge (see
   :mod:`geo.extract.coreference`): the headline, the lead, the firefight after the
   blast and "two policemen are among the dead" are one incident that keeps all its
   sentences; strikes on two villages stay two.
3. **Incidents.** Each event gets its type from all its triggers, its toll from all its
   sentences (restatements do not add up, additions do), its date, its actors and its
   location: the most specific place its sentences name, through the containment chain
   ("the village of X in Y district") when X is not in the gazetteer.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from calendar import monthrange
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

from gazetteer.compass import country_part, toward_before
from gazetteer.demonyms import NAMED_FORCES_AFTER
from gazetteer.distance import distance_km
from gazetteer.geoparse import ORIGIN_BEFORE_RE, Mention
from gazetteer.names import is_given_name
from gazetteer.normalize import normalize_name
from gazetteer.place import Place
from gazetteer.spot import AREA_LEVEL_OF_WORD, DIRECTION_WORDS
from geo.extract.actors import Actors, demonym_namer, find_actors
from geo.extract.capitals import CapitalMention, find_capital
from geo.extract.casualties import (
    Casualties,
    combine_casualties,
    count_casualties,
    larger_count,
    to_number,
)
from geo.extract.coreference import TERRITORY_CHANGES, Event, contains, group_mentions
from geo.extract.dateline import Dateline, find_dateline, in_a_byline, later_datelines
from geo.extract.dates import MONTHS, EventDate, find_event_date
from geo.extract.events import (
    ARREST_FOR_A_CRIME,
    ATTACK,
    Trigger,
    best_trigger,
    is_protest_related,
    type_of_attack,
    type_of_event,
)
from geo.extract.location import (
    AREA_WORDS,
    ATTACKERS_PAIR_AFTER_RE,
    BASED_IN_BEFORE,
    FROM_BEFORE,
    LIST_GAP_RE,
    NAMED_AREA_OF_END_RE,
    NO_LOCATION,
    STANCE_BEFORE_RE,
    WENT_TOWARD_BEFORE,
    EventLocation,
    MentionLike,
    NamedPlace,
    NameResolver,
    ReadingCache,
    after_a_nickname_or_outlet_word,
    area_precision_of,
    choose_location,
    compound_name,
    find_locative_names,
    find_named_places,
    is_context,
    moved_by,
    name_before_brackets,
    names_a_feature,
    names_a_group,
    names_a_neighbour,
    offset_from_town_after,
    specificity_of,
)
from geo.extract.patterns import lazy_compile
from geo.extract.sentence_cache import sentence_cached
from geo.extract.sentences import Sentence, lone_line, split_sentences
from geo.extract.statements import StatedSentence, find_event_sentences, tells_a_tally
from geo.incident import Incident, incident_id_for, place_fields, precision_of, uncertainty_m_for
from geo.read import Report
from geo.taxonomy import BATTLES, EXPLOSIONS, PROTESTS, RIOTS


def _re(pattern: str) -> re.Pattern[str]:
    return lazy_compile(pattern, re.IGNORECASE)  # compiled when a report needs it


# A toll of several attacks at once: in a report that tells them apart, no one's toll.
_DAY_NAME: Final = (
    r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b"
)
_AREA_NAME: Final = (
    r"(?-i:[A-Z])[\w'’-]+\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?"
    r"(?:Strip|region|province|oblast|governorate|state|territory|enclave)\b"
)
AGGREGATE_RE: Final = _re(
    # ("in one of a string of attacks that killed 27": this one, told among them.)
    r"(?<!one of )(?<!latest of )(?<!last of )"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|separate|"
    # (Not a count of people: "five injured in clashes", "three people killed in raids".)
    r"these|those|both|a series of|a spate of|a wave of|a string of)\s+"
    # ("a series of bomb and shooting attacks".)
    r"(?:[a-z-]+\s+(?:and|or)\s+)?"
    r"(?:(?!(?:in|on|at|during|by|of|killed|injured|wounded|hurt|dead|people|persons)\s)"
    r"[\w-]+\s+){0,2}?"
    r"(?:attacks|strikes|airstrikes|air strikes|raids|bombings|explosions|blasts|incidents|"
    # "killed eight terrorists in two separate intelligence-based operations (IBOs)".
    r"ambushes|assaults|operations|encounters|clashes|engagements|shootings|"
    # "Five people have died in a spate of violence in the Deep South": the days' total.
    r"violence)\b"
    # ("five were killed in two airstrikes by the air force on a car": one target, one
    # place.)
    r"(?!\s+(?:by\s+[^.;,]{1,40}?\s+)?on\s+an?\s+(?!number\b|series\b|string\b)[a-z]+\b"
    r"(?!\s+and\b))"
    # A country's or a day's total: "attacks across Ukraine killed six over the past day",
    # "five killed nationwide"; each place of the round-up has its own toll.
    # ("fighting spread across the region" says where the war is, not whose toll.)
    r"|(?<!spread )(?<!spreads )(?<!spreading )\bacross (?:the (?:country|region|province|state|"
    r"territory|strip|enclave)|"
    r"(?:(?:north|south|east|west)(?:ern)? )?(?-i:[A-Z])[a-z]+)\b|\bnationwide\b"
    r"|\bover the (?:past|last) (?:day|24 hours|week)\b"
    # "Russian attacks killed three civilians in the last 24 hours in Donetsk region".
    r"|\b(?:in|over|during) the (?:past|last) (?:24|48|72) hours\b"
    # An army's weekly tally: "neutralised nine terrorists in recent operations",
    # "successes recorded across theatres"; its items follow, each with its place.
    r"|\b(?:in|during) (?:its |their )?(?:recent|various|ongoing|coordinated) operations\b"
    r"|\bacross (?:all |the )?(?:theatres|theaters)\b"
    # "killed 22 civilians in overnight attacks on two villages": each village's toll
    # is told after.
    r"|\b(?:in|on|across|at) (?:several|many|various|multiple|two|three|four|five|six|seven|"
    r"eight|nine|ten|\d+) (?:different |separate )?(?:regions|provinces|districts|cities|towns|"
    r"states|governorates|oblasts|villages|communities|localities|camps|neighbou?rhoods|"
    r"locations|places|sites)\b"
    # "Russian attacks killed five people, authorities said": the day's attacks together,
    # at no place ("Israeli strikes killed 12 in Khan Younis" are that place's).
    r"|^(?:[\w-]+\s+){0,2}(?:attacks|strikes|airstrikes)\s+(?:killed|wounded|injured|left)\b"
    # A day ("on Tuesday") is no place; "in the Gaza Strip", "in the Donetsk region" are
    # the round-up's area, not one place.
    r"(?![^.;]{0,80}\b(?:in|on|near|at|across)\s+(?!" + _DAY_NAME + r")"
    r"(?!the\s+" + _AREA_NAME + r")(?:the\s+)?(?-i:[A-Z]))"
    # "Russian attacks on Donetsk oblast killed four civilians": an area's day, whose towns
    # the report goes on to tell one by one.
    r"|(?:^|\s[-—–]\s)(?:[\w-]+\s+){0,2}(?:attacks|strikes|airstrikes|shelling)\s+"
    r"(?:on|across|in)\s+"
    r"(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:oblast|region|province|"
    r"state|governorate)\s+(?:killed|wounded|injured|left)\b"
)
# "a drone strike hit a car in a nearby village", "gunmen attacked a neighbouring town":
# the place is near the one the report's previous event named, not wherever the
# sentences around it point. It is another event than the one before, whatever its day.
_NEARBY_RE: Final = _re(
    r"\b(?:a|an|another)\s+(?:nearby|neighbou?ring|adjacent|adjoining)\s+"
    r"(?:village|town|hamlet|settlement|locality|community|area)\b"
)
# "another group was abducted north of the town": near the town just named. Tried only
# where "the town" or the like is written (a plain substring test first).
_NEAR_THE_TOWN_RE: Final = _re(
    # ("launched their assault from the north and east of the town": where the attackers
    # came from, at the town told.)
    # ("on a boulevard in the south of the city": a part of the city, not near it.)
    r"(?<!\bfrom )(?<!\bfrom the )(?<!\band )(?<!\bthe )"
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of|outside|on the outskirts "
    r"of) the (?:town|city|village|locality)\b"
)
# Between a village and the area that holds it: "Ywarthit, Monywa District", "Ywarthit, a
# village in Sagaing Region's Monywa District", "near Tiebelou, in the Mopti region",
# "near Tiebelou in the Mopti region".
_CHAIN_GAP_RE: Final = _re(
    r"(?:,\s+(?:in\s+)?|\s+in\s+)(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:village|town|hamlet|settlement|locality|"
    r"community|area)\s+(?:in|of|near)\s+)?(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?['’]s\s+)?"
)
_THE_TOWN_WORDS: Final = ("the town", "the city", "the village", "the locality")
# A toll that is an arrest's own: "one suspect was injured during a standoff with the
# police" (not "18 people were killed in the attacks", the crime the arrest follows).
_ARREST_TOLL_RE: Final = _re(
    r"\b(?:arrest\w*|detain\w*|custody|suspects?|standoff|manhunt|captur\w*|apprehen\w*)\b"
)
_THE_CITY_S_BEFORE_RE: Final = _re(r"\bthe (?:city|town|capital)['’]s\s+$")
# The Spanish words a city's quarter is named with: "Colonia Miguel Hidalgo".
_QUARTER_WORDS: Final = ("Colonia ", "Barrio ", "Fraccionamiento ", "Col. ")
# And the words a city's square or street is named with: "Rajkamal Chowk".
_SQUARE_WORDS: Final = (" Chowk", " Chowrangi", " Square", " Bazaar", " Circle", " Roundabout")
# How far from the city a quarter named so may lie (a metropolis's edge).
_QUARTER_KM: Final = 30.0
_THE_TOWN_RE: Final = _re(
    r"\b(?:in|on|at|into|of|across|inside) the (?:town|city|village|locality)(?:['’]s)?\b"
    r"(?! of\b)"
)


def _nearby_cue(text: str) -> re.Match[str] | None:
    """ "in a nearby village", "north of the town": near the place just named."""
    found = _NEARBY_RE.search(text)
    if found is None and any(word in text for word in _THE_TOWN_WORDS):
        found = _NEAR_THE_TOWN_RE.search(text)
        if found is not None and _WITHDREW_BEFORE_RE.search(
            text, max(0, found.start() - 60), found.start()
        ):
            # "before withdrawing towards the bush east of the town": where the attackers
            # went, not another place of the event.
            return None
    return found


_WITHDREW_BEFORE_RE: Final = _re(
    r"\b(?:withdr[ea]w\w*|retreat\w*|fled|flee\w*|escap\w*)\b[^.;]{0,40}$"
)


# "two bombers killed seven people in the same city": the previous event's place, again.
# ("near the same area" is vaguer: an area may hold both events' places.)
_SAME_PLACE_RE: Final = _re(
    r"\b(?:in|at|on) the same (?:city|town|village|market|neighbou?rhood|locality|camp|spot|"
    r"building|street|compound)\b"
)


_CAME_AFTER_RE: Final = _re(r"\s+(?:came|comes|follows|followed)\b")
_BETWEEN_BEFORE_RE: Final = _re(
    r"\b(?:between|linking|connecting|(?:border|boundary|frontier)\s+of)\s+(?:the\s+)?"
    r"(?:(?:towns?|villages?|cities|localities|districts|provinces|states)\s+of\s+)?\Z"
)
# "villages in northern Aleppo": settlements of a part of the area the name is read as,
# not of a city's quarter (the compass word ends the match).
_VILLAGES_IN_BEFORE: Final = _re(
    r"\b(?:villages?|towns|hamlets|settlements|countryside|rural areas?|farmland)\b[^.;]{0,60}"
    r"\b(?:in|of|across|throughout)\s+(?:the\s+)?[a-z-]+\s+\Z"
    # "the eastern countryside of Deir Ezzor": the province's villages, not the city.
    r"|\bcountryside\s+of\s+(?:the\s+)?\Z"
)
SEPARATE_RE: Final = _re(
    r"\b(?:separately|in a separate|in another|elsewhere|meanwhile|a second|"
    # "In the second attack, eight farmers were killed near Oicha".
    r"(?:another|the (?:second|third|other|latter)) "
    r"(?:[\w-]+ ){0,2}?(?:attack|incident|explosion|blast|strike|clash|protest|raid|ambush|"
    # "In the second engagement, security forces conducted an operation in Tank".
    r"bombing|shelling|engagement|operation|encounter|firefight)|also on|earlier (?:on|that)|"
    # "Earlier in the day, a convoy was attacked in Bannu": that day's other event.
    r"(?:earlier|later) in the (?:day|morning|afternoon|evening|week)|"
    # "The bombing came a day after heavy fighting near Beledweyne": that other event.
    r"(?:came|comes|follows|followed) (?:a|one|two|three|four|several|\d+) (?:days?|weeks?) "
    r"after)\b"
)
# "On the same day, a drone dropped explosives on a house in Culiacán": a sentence that
# opens so tells another event of that day (of another type, another event at the same
# place too); "retook the base with airstrikes on the same day" goes on about its own.
_SAME_DAY_OPENS_RE: Final = _re(
    r"\W{0,3}(?:(?:on |later |also )?(?:the|that) same (?:day|morning|afternoon|evening|night|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)|the (?:next|following) "
    r"(?:day|morning)|a day later)\b"
)


@lru_cache(maxsize=1024)
def _attack_type(sentence: str, phrase: str) -> str:
    # Grouping asks each event's mentions for it again at every mention of another day.
    return type_of_attack(sentence, phrase)[0]


@dataclass(frozen=True, slots=True)
class EventMention:
    """One sentence that states an event (or tells more of the one before it).

    ``location`` is the place this sentence names for the event, if any; ``day`` an
    explicit date it states. ``attached`` marks a sentence without a trigger of its own
    that goes on about the event before it ("The explosion took place near a bridge.").
    """

    sentence: Sentence
    triggers: tuple[Trigger, ...]
    primary: Trigger
    location: EventLocation
    named: NamedPlace | None
    day: date | None
    separate: bool
    protest_words: bool
    attached: bool = False
    casualties: Casualties = field(default_factory=Casualties)
    said: EventDate | None = None  # the date the sentence states, if it states one
    shared: bool = False  # one of several places that a sentence lists
    aggregate: bool = False  # tells a toll of several attacks ("four attacks left 30 dead")
    apart: bool = False  # at another place than the event before ("in a nearby village")
    named_by_locative: bool = False  # ``named`` only follows "in" ("clashes in Janaale")
    city_part: bool = False  # ``named`` is a part of the town placed ("Galkayo's X quarter")
    exact_day: bool = False  # ``day`` is written as a date, and no night spans two
    past: bool = False  # told of a month well before the report's ("in June")
    # The words of the sentence that tell this mention's own toll and target, when the
    # sentence counts place by place ("14 soldiers near Djibo and six civilians in an
    # attack on Arbinda"): what types its attack, in place of the whole sentence.
    own_words: str = ""

    @property
    def refers_back(self) -> bool:
        return self.attached or (self.primary.anaphoric and all(t.anaphoric for t in self.triggers))

    @property
    def sentence_index(self) -> int:
        return self.sentence.index

    @property
    def counted(self) -> bool:
        return self.casualties.fatalities is not None or self.casualties.injured is not None

    @property
    def toll(self) -> tuple[int | None, int | None]:
        return (self.casualties.fatalities, self.casualties.injured)

    @property
    def weak_name(self) -> bool:
        return self.named is not None and self.named_by_locative

    @property
    def area_named(self) -> bool:
        return self.named is None and self.location.area_named

    @property
    def typed(self) -> bool:
        return self.primary.rule not in ("casualties", "continuation")

    @property
    def event_type(self) -> str:
        if self.primary.event_type != ATTACK:
            return self.primary.event_type
        if not self.separate:
            return BATTLES  # violence, typed by its target once its event is known
        # "Separately, gunmen shot dead two men" after a firefight at the same place: the
        # target's type tells the two events apart.
        return self.target_type

    @property
    def target_type(self) -> str:
        """The type the sentence's own target gives an attack (a battle with soldiers, an
        attack on villagers); another trigger's type as it is."""
        if self.primary.event_type != ATTACK:
            return self.primary.event_type
        return _attack_type(self.own_words or self.sentence.text, self.primary.phrase)

    @property
    def weapon(self) -> str:
        if self.primary.event_type != EXPLOSIONS and self.primary.sub_event_type not in (
            TERRITORY_CHANGES
        ):
            return ""
        return self.primary.sub_event_type

    @property
    def place(self) -> Place | None:
        place = self.location.place if self.named is None else None
        if place is not None and place.feature_class == "P" and self.location.geo_precision == 3:
            # "the Tillaberi region": the region, though the gazetteer read its seat town;
            # for telling events apart it holds the places around it. A province's seat
            # tells which province: "near al-Kiswah and in Daraa countryside" are two
            # provinces' places, however near.
            seat = bool(place.admin1) and (
                place.feature_code == "PPLA"
                or normalize_name(place.admin1 or "") == normalize_name(place.name)
            )
            return replace(
                place,
                feature_class="L" if not seat else "A",
                feature_code="ADM1" if seat else "RGN",
            )
        return place

    @property
    def held_by(self) -> Place | None:
        """The area a name the gazetteer lacks was placed at ("Dipchari, Bama LGA"), or
        the town it is a part of ("Galkayo's Garsoor neighbourhood")."""
        place = self.location.place if self.named is not None else None
        return (
            place if place is not None and (place.feature_class != "P" or self.city_part) else None
        )

    @property
    def location_key(self) -> str:
        if self.named is not None:
            return normalize_name(self.named.text)
        if self.location.place is None:
            return ""  # an unresolved capitalised word is no evidence of another place
        if not self.location.location:
            return ""
        key = normalize_name(self.location.location)
        # "Monywa District" is not the town of Monywa, where "meanwhile" another event was.
        return f"{key} (area)" if self.location.area_named else key


# Where an incident that only a country or province (or a compass part of it) places is
# drawn: (lat, lon, source of the point), or None to keep the place's own point.
MiddleOf = Callable[[Place, str | None], tuple[float, float, str] | None]


@dataclass(frozen=True, slots=True)
class Extractor:
    """Turns a report and its place mentions into incidents; build once, reuse.

    ``name_of_demonym`` names the country of a demonym or country word for actor names
    ("Azerbaijani" → "Azerbaijan"); ``country_names`` maps ISO2 codes to names.
    """

    name_of_demonym: Callable[[str], str | None] = lambda word: None
    country_names: Mapping[str, str] = field(default_factory=dict)
    capital_of: Mapping[str, str] = field(default_factory=dict)  # ISO2 → capital's name
    # (lat, lon) of a country's or province's middle (or of the part of it a compass word
    # names: "north", "southwest"), where an incident that only it places is drawn (the
    # index puts a country at its capital, a province at its largest town), and the
    # source of that point for the reason.
    middle_of: MiddleOf = lambda place, toward: None

    @classmethod
    def from_tables(
        cls,
        *,
        country_of_demonym: Callable[[str], str | None],
        country_names: Mapping[str, str],
        capital_of: Mapping[str, str] | None = None,
        middle_of: MiddleOf | None = None,
    ) -> Extractor:
        """Build an extractor from a demonym → ISO2 function, an ISO2 → name table, an
        ISO2 → capital table and a place → (lat, lon, source) function of middles."""
        return cls(
            demonym_namer(country_of_demonym, country_names),
            dict(country_names),
            dict(capital_of or {}),
            middle_of or (lambda place, toward: None),
        )

    def country_code(self, word: str) -> str | None:
        """ISO2 of a country's name or demonym ("Somalia", "Somali")."""
        name = self.name_of_demonym(word)
        return next((code for code, known in self.country_names.items() if known == name), None)

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
        sentences = split_sentences(
            report.text, start=report.body_start, end=report.body_stop
        ) or lone_line(report.text, start=report.body_start, end=report.body_stop)
        # A chronicle ("On 3 March 2019, …" entry after entry, copied from a list page)
        # tells events of years before its page's date; a news report tells them as
        # background.
        dated = report.report_date if not _a_chronicle(sentences) else None
        stated = find_event_sentences(
            sentences,
            text=report.text,
            report_year=dated.year if dated else None,
            report_month=dated.month if dated else None,
            headline=report.title,
        )
        if not stated:
            return []
        if callable(mentions):
            mentions = mentions()
        if "By " in report.text or "BY " in report.text:
            mentions = [m for m in mentions if not in_a_byline(report.text, m.start)]
        dateline = find_dateline(report.text, start=report.body_start, stop=report.body_stop)
        datelines = [] if dateline is None else [dateline]
        datelines += later_datelines(
            report.text,
            after=dateline.end if dateline is not None else report.body_start,
            stop=report.body_stop,
        )
        places = _event_places(mentions, stated, datelines)
        readings: ReadingCache = {}  # what the words around each place mention say
        filed_until = dateline.end if dateline is not None else 0
        event_mentions = [
            mention
            for one in stated
            for mention in _to_mentions(
                report,
                one,
                places=places,
                readings=readings,
                filed_until=filed_until,
                capital_of=self.capital_of,
            )
        ]
        if _a_period_s_tally(sentences, report.report_date):
            # "SOHR has documented the deaths of 1,562 people across Syria in March":
            # the report counts a month's dead by place and cause; only a sentence that
            # dates its own event tells one.
            event_mentions = [
                m
                for m in event_mentions
                if m.said is not None
                and m.said.phrase
                and not m.said.spoken
                # The tally's own sentence dates its period, no event.
                and not tells_a_tally(m.sentence.text)
            ]
        if any(m.past for m in event_mentions):
            # "The attacks recall the massacre of Wad al-Noura in June", "arrested the
            # perpetrator of an attack in August": background to the report's events,
            # which must neither take its toll nor its date; and a report whose every
            # event is months old ("In September, the group struck the airport in Bamako",
            # in a December report on a summit) reports none of them.
            event_mentions = [m for m in event_mentions if not m.past]
        if resolve_name is not None and self.capital_of:
            event_mentions = [
                self._at_the_capital(report.text, m, resolve_name) for m in event_mentions
            ]
        if "follow" in report.text:
            event_mentions = _items_of_a_listing(report.text, event_mentions)
        if ":" in report.text:
            event_mentions = _dated_items(event_mentions)
        events = _without_the_round_up_s_total(
            [
                event
                for event in group_mentions(
                    _placed_by_the_one_before(_dated_by_the_one_before(event_mentions))
                )
                if not _only_recalled([event_mentions[i] for i in event.members])
            ],
            event_mentions,
        )
        context = _DocumentContext.of(mentions, dateline=dateline, text=report.text)
        lead_day = _lead_day(event_mentions, report.report_date)
        claimed = [
            _claimed((event_mentions[i] for i in event.members), places)
            if len(events) > 1
            else set()
            for event in events
        ]
        all_claimed: set[int | None] = set().union(*claimed)
        incidents: list[Incident] = []
        unmappable_listed: set[int] = set()  # positions of list items nothing placed
        listed: set[str] = set()  # ids of the incidents of a list's items
        previous: list[EventLocation] = []  # the last place an event's own sentence named
        told: tuple[str, str] | None = None  # the type of the last event with a trigger
        for number, event in enumerate(events):
            # A place where another event of this report happened is not this one's.
            members = [event_mentions[i] for i in event.members]
            recalled = None
            if all(not m.typed or _recalls(m) for m in members) and any(map(_recalls, members)):
                recalled = told  # "in these attacks, two were killed in Khost"
            elif (
                told is not None
                and incidents
                and all(i.event_type == EXPLOSIONS for i in incidents)
                and not any(m.typed for m in members)
                and any(m.counted for m in members)
            ):
                # A shelling report's "A 43-year-old man was injured in Nikopol": a toll with
                # no word of how, in a report of strikes only, is one more of them.
                recalled = told
            incident = self._to_incident(
                report,
                members,
                sentences,
                mentions=places.without(all_claimed, keeping=claimed[number]),
                resolve_name=resolve_name,
                context=context,
                readings=readings,
                several=len(events) > 1,
                previous=previous,
                recalled=recalled,
                lead_day=lead_day,
            )
            if any(m.typed for m in members):
                told = (incident.event_type, incident.sub_event_type)
            if all(m.shared for m in members):
                listed.add(incident.id)
                if incident.latitude is None:
                    unmappable_listed.add(len(incidents))
            incidents.append(incident)
        if unmappable_listed and len(unmappable_listed) < len(incidents):
            # Names of a list that nothing places: the list's other, placed items carry
            # the event; unmappable copies of it help no one. If none is placed, keep all.
            incidents = [i for n, i in enumerate(incidents) if n not in unmappable_listed]
        incidents = _one_per_place_and_day(
            _arrests_of_the_unrest(_one_per_stand_in(_placed_alike(incidents), listed=listed))
        )
        if report.report_date is not None:
            # "The BNP has called a countrywide hartal on Monday (December 18)", two days
            # after the report: what it announces, no event yet (a day's slack for the
            # time zones between the event and the paper).
            latest = report.report_date + timedelta(days=1)
            incidents = [
                i
                for i in incidents
                if not (
                    i.event_date is not None and i.time_precision == 1 and i.event_date > latest
                )
            ]
        unhurt_days = {m.day for m in event_mentions if m.aggregate and m.casualties.pair == (0, 0)}
        if unhurt_days and len(incidents) > 1:
            # "A series of attacks hit six places on Friday, but no casualties were
            # reported": the round-up's word holds for each of its events told without
            # a toll of its own.
            incidents = [
                replace(i, fatalities=0, injured=0)
                if (i.fatalities, i.injured) == (None, None)
                and (None in unhurt_days or i.event_date in unhurt_days)
                else i
                for i in incidents
            ]
        return incidents

    def _to_incident(
        self,
        report: Report,
        members: Sequence[EventMention],
        sentences: Sequence[Sentence],
        *,
        mentions: _Places,
        resolve_name: NameResolver | None,
        context: _DocumentContext,
        readings: ReadingCache,
        several: bool = False,
        previous: list[EventLocation] | None = None,
        recalled: tuple[str, str] | None = None,
        lead_day: EventDate | None = None,
    ) -> Incident:
        # "At least twelve were killed in several attacks and clashes in North Kivu …",
        # then "ADF rebels killed seven in Oicha": a round-up's generic words do not type
        # the one event its later sentence tells (its weapons, "two blasts", still do).
        told = any(not m.attached and not m.aggregate and m.triggers for m in members)
        triggers = [
            t
            for m in members
            if not m.attached
            for t in m.triggers
            if not (told and m.aggregate and t.rule in _ROUND_UP_RULES)
        ]
        # "The bombing came a day after heavy fighting on the outskirts of Beledweyne": the
        # event referred back to, which came after this one, does not type it.
        triggers = [
            t
            for t in triggers
            if not (t.anaphoric and _CAME_AFTER_RE.match(report.text, t.end, t.end + 40))
        ] or triggers
        # "A second device was defused …; the police said the attacks aimed to create
        # tension": "the attacks" refers back to all the report's events, and does not
        # type the one told here.
        triggers = [
            t
            for t in triggers
            if not (t.anaphoric and t.rule in _ROUND_UP_RULES and t.phrase.endswith("s"))
        ] or triggers
        # "The president called the attack a cowardly act and ordered the security forces
        # to …": the word that refers back to a grenade attack told before does not make
        # it a battle by the forces its sentence names.
        if any(not t.anaphoric and t.rule != "attack" for t in triggers):
            triggers = [t for t in triggers if not (t.anaphoric and t.rule == "attack")]
        opening = members[0]
        if (
            opening.primary.rule == "casualties"
            and (opening.casualties.fatalities or 0) > 0
            and not opening.aggregate
            and any(t.rule == "arrest" for t in triggers)
            and all(t.rule in ("arrest", "casualties") for t in triggers)
        ):
            # "Taliban members killed a former army officer in Warsaj", then "the Taliban
            # arrested him after stopping his vehicle": the killing told first is the
            # event, the arrest a step of it (not "the suspects were arrested", told first,
            # after "18 were killed in the attacks").
            triggers = [t for t in triggers if t.rule != "arrest"]
        primary = best_trigger(triggers) or members[0].primary
        evidence = next(
            (m.sentence for m in members if m.sentence.start <= primary.start < m.sentence.end),
            members[0].sentence,
        )
        # Keyed by start too: the clauses of one sentence told apart share its index, and
        # each of them is the event's ("In Bandung, youths set fire to a car, and police
        # detained 14 people": the place is in the first clause, the arrests in the second).
        event_sentences = sorted(
            {(m.sentence.index, m.sentence.start): m.sentence for m in members}.values(),
            key=lambda s: s.start,
        )
        joined = " ".join(s.text for s in event_sentences)
        own_words = {(m.sentence.index, m.sentence.start): m.own_words for m in members}
        event_type, sub_event_type, type_reason = type_of_event(
            triggers,
            " ".join(own_words.get((s.index, s.start)) or s.text for s in event_sentences)
            if any(own_words.values())
            else joined,
        )
        if recalled is not None:
            # A toll with no trigger of its own that recalls the attacks just told ("in
            # these attacks"): typed as those, not as an attack on civilians by default.
            event_type, sub_event_type = recalled
            type_reason = f"the attacks the sentence recalls: {event_type}, {sub_event_type}"
        # One toll per sentence, or per clause of a sentence told in clauses. A toll that a
        # sentence gives for several places together, or a round-up's total ("Russian
        # attacks killed five people"), is no one place's when the report tells of several
        # events, or when the event has a toll of its own.
        own_toll = any(m.counted and not m.aggregate for m in members)
        counted = {
            (m.sentence.index, m.sentence.start): m.casualties
            for m in members
            if not m.shared and not (m.aggregate and (several or own_toll))
        }
        casualties = combine_casualties(counted.values())
        if (
            sub_event_type == "Arrests"
            # (An event note's "Fatalities: 0" says the arrest killed no one.)
            and ((casualties.fatalities or 0) > 0 or (casualties.injured or 0) > 0)
            and not type_reason.endswith(ARREST_FOR_A_CRIME)
            and not any(
                _ARREST_TOLL_RE.search(m.sentence.text)
                for m in members
                if m.casualties.pair != (None, None)
            )
        ):
            # "The suspects were arrested in the village the day after the attack", after
            # "18 people were killed in the attacks": the dead are the attack's, which the
            # report tells as its background; the arrest's own sentence counts none.
            type_reason = f"{type_reason}; {ARREST_FOR_A_CRIME}"
        if type_reason.endswith(ARREST_FOR_A_CRIME) and casualties.pair != (None, None):
            # "arrested two men in connection with the killing of a police officer": the
            # dead are the crime's; an arrest that killed would be a fight, not an arrest.
            casualties = replace(
                casualties,
                fatalities=None,
                injured=None,
                notes=(
                    *casualties.notes,
                    "the dead and hurt told are the crime's, not the arrest's",
                ),
            )
        event_date = _event_date(members, report_date=report.report_date, lead_day=lead_day)
        first = event_sentences[0]
        # The paragraph's sentences before the event's first (``sentences[i].index == i``):
        # walked back from it, not found by scanning the whole report for each incident.
        lead = first.index
        while lead > 0 and sentences[lead - 1].paragraph == first.paragraph:
            lead -= 1
        fallback = [(0, report.body_start)] + [
            (s.start, s.end) for s in sentences[lead : first.index]
        ]
        # "A series of bombs went off in three districts of Pattani …", then "the first
        # bomb exploded … in Nong Chik district": the round-up's area holds the events
        # it sums; the event's own sentence places it.
        own_places = [m for m in members if not (m.aggregate or m.attached) and m.place is not None]
        located = (
            [s for s in event_sentences if any(m.sentence.index == s.index for m in own_places)]
            if own_places and any(m.aggregate for m in members)
            else event_sentences
        )
        location = choose_location(
            report.text,
            cache=readings,
            spans=[(s.start, s.end) for s in located],
            trigger_spans=[(m.sentence.start, m.sentence.end) for m in members if not m.attached],
            trigger_at=primary.start,
            # Only the mentions the spans can hold (the headline, then from the paragraph's
            # start on): all mentions from the report's start made each incident cost
            # the whole report before it, and a long report quadratic time.
            mentions=mentions.within([*((s.start, s.end) for s in event_sentences), *fallback]),
            fallback_spans=fallback,
            resolve_name=resolve_name,
        )
        if location.place is None:
            # "… conducted an operation in the general area of Jani Khel, Bannu District.
            # … five khwarij were sent to hell": the place the paragraph set for the
            # outcome, which the event's own sentences do not name.
            location = next(
                (
                    m.location
                    for m in members
                    if m.location.place is not None
                    and m.location.reason.startswith(_SETTING_REASON)
                    and not m.aggregate
                ),
                location,
            )
        rejected = next(
            (
                m.location
                for m in members
                if m.named is not None
                and location.place is not None
                and location.start == m.named.start
                and m.location.place is not None
                and m.location.start != m.named.start
            ),
            None,
        )
        namesake = None
        if rejected is not None:
            # "Pauktaw town, east of state capital Sittwe": the sentence's mention found
            # the gazetteer's town of that name is not the one told, and placed it by
            # what the sentence tells of it; the town read again is still not it.
            namesake, location = location.place, rejected
        in_event = [
            m
            for m in mentions.within(
                [(m.sentence.start, m.sentence.end) for m in members],
                clip=(first.start, event_sentences[-1].end),
            )
            # "personnel from Dantewada district": where they came from.
            if not is_context(report.text, m, cache=readings)
        ]
        # "Kanbalu Township", "the circle of Mopti": a town the text calls an area, which
        # holds a village as a district would.
        town_areas = {
            m.start: level
            for m in in_event
            if m.place is not None
            and m.place.feature_class == "P"
            and (level := area_precision_of(report.text, m, cache=readings)) is not None
        }
        location = _through_chain(
            report.text,
            location,
            members,
            areas=_areas(in_event, members, town_areas),
            town_areas=town_areas,
            resolve_name=resolve_name,
            context=context,
            capital_of=self.capital_of,
        )
        if namesake is not None and location.place is not None and location.place != namesake:
            km = distance_km(namesake.lat, namesake.lon, location.place.lat, location.place.lon)
            location = replace(
                location,
                reason=f"{location.reason}; {_NAMESAKE_NOTE} ({namesake.name}, "
                f"{namesake.country}, {km:.0f} km away)",
            )
        stated_here = location.start is not None and any(
            s.start <= location.start < s.end for s in event_sentences
        )
        if (
            previous
            and stated_here
            and location.start is not None
            and (last := previous[-1]).place is not None
            and last.place.feature_class == "P"
            and (
                (
                    (location.place is None or location.place.feature_class != "P")
                    and _THE_CITY_S_BEFORE_RE.search(
                        report.text, max(0, location.start - 24), location.start
                    )
                )
                or (
                    (
                        location.location.startswith(_QUARTER_WORDS)
                        or location.location.endswith(_SQUARE_WORDS)
                        # "a home in the government-held Al Noor neighbourhood", after
                        # shelling of Taiz: the city's quarter, not a village of its name.
                        or _PART_OF_A_CITY_AFTER_RE.match(
                            report.text, location.start + len(location.location)
                        )
                        is not None
                    )
                    and (
                        location.place is None
                        or distance_km(
                            location.place.lat, location.place.lon, last.place.lat, last.place.lon
                        )
                        > _QUARTER_KM
                    )
                )
            )
        ):
            # "in the city's Seba Tamit neighbourhood", "in Colonia Miguel Hidalgo": a part
            # of the city the report's previous event was in (not a town of the name
            # elsewhere in the country).
            location = replace(
                last,
                location=location.location,
                start=location.start,
                confidence=round(last.confidence * 0.8, 3),
                reason=f"{location.location} is not in the gazetteer; a part of "
                f"{last.location}, the city of the report's previous event; {last.reason}",
                stand_in=True,
            )
        if previous is not None:
            location = _nearby(location, joined, stated_here=stated_here, previous=previous)
            if stated_here and location.place is not None and (location.geo_precision or 3) <= 2:
                previous.append(location)  # what "a nearby village" of a later event is near
        if not location.location and context.dateline is not None:
            location = _dateline_city(joined, context, resolve_name=resolve_name) or location
        if location.place is None or location.place.feature_code.startswith("PCL"):
            location = (
                self._capital(report.text, event_sentences, context, resolve_name) or location
            )
        if location.place is not None and location.place.feature_code.startswith("PCL"):
            location = _site_told_next(
                report.text,
                location,
                sentences[first.index + 1 : first.index + 6],
                mentions,
                readings,
            )
        if location.location and (
            location.place is None
            # "killed in Julukoma Village as the group accused him of spying for
            # Indonesia's forces": a village the gazetteer lacks, only its country known.
            or (location.stand_in and location.place.feature_code.startswith("PCL"))
        ):
            location = _in_the_one_area(location, report.text, mentions.mentions, readings)
        if location.place is None:
            location = _in_the_country(location, context)
        if (
            resolve_name is not None
            and location.place is not None
            and location.place.feature_code.startswith("PCL")
            and (" Mayor " in joined or " Governor " in joined or " Prefect " in joined)
        ):
            location = _an_official_s_town(location, joined, resolve_name) or location
        location = self._in_the_middle(
            location, report.text, [(s.start, s.end) for s in event_sentences]
        )
        place = location.place
        country_name = self.country_names.get(place.country or "", "") if place else ""
        actors = find_actors(
            joined,
            trigger_at=_offset_in_joined(event_sentences, primary.start),
            event_type=event_type,
            country_name=country_name,
            name_of_demonym=self.name_of_demonym,
        )
        if (
            sub_event_type == "Government regains territory"
            and country_name
            and actors.actor1.startswith(_STATE_FORCES_OF)
            and actors.actor1 != f"{_STATE_FORCES_OF}{country_name}"
            # "FADM and Rwandan forces regained control of Macomia": the country's own
            # forces took part, and with them the government regains it.
            and not any(
                m.kind == "demonym"
                and m.place is not None
                and place is not None
                and m.place.country == place.country
                for m in in_event
            )
        ):
            # ACLED: a foreign state's forces that take a place overtake it as a
            # non-state actor does; only the country's own government regains it.
            sub_event_type = "Non-state actor overtakes territory"
            type_reason = f"{type_reason}; taken by forces of another state ({actors.actor1})"
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

    def _in_the_middle(
        self, location: EventLocation, text: str, spans: Sequence[tuple[int, int]]
    ) -> EventLocation:
        """An incident that only a country or province places goes to its middle, or to
        the middle of the part a compass word names ("across northern Nigeria"), there
        or where the event's sentences name it again."""
        place = location.place
        if place is None:
            return location
        if location.geo_precision != 3:
            # "villages in northern Aleppo": the north of the province, not the city; a
            # compass word right before a city that names a province says so.
            start = location.start
            toward = toward_before(text, start) if start is not None else None
            if (
                place.feature_class != "P"
                or start is None
                or toward is None
                # "eastern Aleppo" alone may be the city's east (its districts); villages
                # there are the province's.
                or not _VILLAGES_IN_BEFORE.search(text, max(0, start - 110), start)
            ):
                return location  # "Tartar District" at precision 2: coders use its main town
            middle = self.middle_of(place, toward)
            if middle is None:
                return location
            lat, lon, source = middle
            return replace(
                location,
                place=replace(place, lat=lat, lon=lon),
                geo_precision=3,
                reason=f"{location.reason}; '{toward}ern {location.location}' is the "
                f"province's {toward}, drawn in its middle ({source})",
            )
        toward = _toward(text, location, spans)
        middle = self.middle_of(place, toward)
        if middle is None:
            return location
        lat, lon, source = middle
        part = f"the {toward} of " if toward else ""
        return replace(
            location,
            place=replace(place, lat=lat, lon=lon),
            reason=f"{location.reason}; drawn in the middle of {part}{place.name} ({source})",
        )

    def _at_the_capital(
        self, text: str, mention: EventMention, resolve_name: NameResolver
    ) -> EventMention:
        """ "Workers rallied in Indonesia's capital": the mention is at the capital, not
        anywhere in the country, so that it stays apart from the country's other events
        (a riot in Semarang) when mentions are grouped."""
        place = mention.location.place
        if (
            place is None
            or not place.feature_code.startswith("PCL")
            or mention.named is not None
            or "capital" not in mention.sentence.text
        ):
            return mention
        found = find_capital(
            text,
            [(mention.sentence.start, mention.sentence.end)],
            country_code=self.country_code,
            only_country=None,
        )
        if found is None or found.country != place.country:
            return mention
        capital = self._capital_location(found, resolve_name)
        return mention if capital is None else replace(mention, location=capital)

    def _capital_location(
        self, found: CapitalMention, resolve_name: NameResolver
    ) -> EventLocation | None:
        """The capital city that ``found`` names by its role, resolved."""
        name = self.capital_of.get(found.country)
        if name is None:
            return None
        place, why = resolve_name(name)
        if place is None or place.country != found.country or place.feature_class != "P":
            return None
        return EventLocation(
            found.text,
            place,
            1,
            0.6,
            f"{found.text!r} is {name}, the capital of {found.country}; {why}",
            found.start,
            True,
        )

    def _capital(
        self,
        text: str,
        sentences: Sequence[Sentence],
        context: _DocumentContext,
        resolve_name: NameResolver | None,
    ) -> EventLocation | None:
        """The capital an event's sentences name by its role ("in Somalia's capital")."""
        if resolve_name is None or not self.capital_of:
            return None
        only = next(iter(context.countries)) if len(context.countries) == 1 else None
        found = find_capital(
            text,
            [(s.start, s.end) for s in sentences],
            country_code=self.country_code,
            only_country=only,
        )
        return None if found is None else self._capital_location(found, resolve_name)


@dataclass(frozen=True, slots=True)
class _Places:
    """The report's place mentions that may be event locations, sorted by offset."""

    mentions: tuple[MentionLike, ...]
    starts: tuple[int, ...]
    # Mentions at these offsets are left out unless also in ``keeping``: applied when
    # asked, since building a filtered copy for every event costs the whole report each.
    dropped: frozenset[int | None] | set[int | None] = frozenset()
    keeping: frozenset[int | None] | set[int | None] = frozenset()

    def between(self, start: int, end: int) -> list[MentionLike]:
        low = bisect_left(self.starts, start)
        high = bisect_left(self.starts, end)
        found = self.mentions[low:high]
        if not self.dropped:
            return list(found)
        return [m for m in found if m.start not in self.dropped or m.start in self.keeping]

    def within(
        self, spans: Sequence[tuple[int, int]], *, clip: tuple[int, int] | None = None
    ) -> list[MentionLike]:
        """The mentions inside any of ``spans`` (and inside ``clip``), in offset order.

        An event's sentences may lie far apart (a restatement paragraphs later): taking
        every mention from the first to the last cost each such event the text between,
        and a long report quadratic time; callers only read the mentions inside spans.
        """
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if clip is not None:
                start, end = max(start, clip[0]), min(end, clip[1])
            if start >= end:
                continue
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return [mention for start, end in merged for mention in self.between(start, end)]

    def without(
        self, starts: set[int | None], *, keeping: set[int | None] | None = None
    ) -> _Places:
        """These mentions without those at ``starts``, except those at ``keeping``."""
        return replace(self, dropped=starts, keeping=keeping or frozenset())


def _claimed(members: Iterable[EventMention], places: _Places) -> set[int | None]:
    """Where an event's mentions put it: their locations, and every other mention of the
    same place in their sentences ("strikes hit Idlib and Ariha, killing 7 in Idlib and 3
    in Ariha": the first "Idlib" is the Idlib event's too, not the Ariha event's)."""
    found: set[int | None] = set()
    for member in members:
        location = member.location
        if location.start is None:
            continue
        found.add(location.start)
        if location.place is None:
            continue
        sentence = member.sentence
        found.update(
            m.start
            for m in places.between(sentence.start, sentence.end)
            if m.place is not None and m.place.place_id == location.place.place_id
        )
    return found


def _event_places(
    mentions: Sequence[MentionLike],
    stated: Sequence[StatedSentence],
    datelines: Sequence[Dateline],
) -> _Places:
    """Mentions that may locate an event: not a dateline's, not a trigger word."""
    trigger_spans = [(t.start, t.end) for one in stated for t in one.triggers if t.phrase]
    trigger_spans.sort()
    trigger_starts = [start for start, _ in trigger_spans]
    # "MARIB (Saba) – …; a military source told Saba": the agency is named again.
    agencies = {d.agency for d in datelines if d.agency}
    kept = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if any(d.start <= mention.start < d.end for d in datelines):
            continue  # the filing place is context, never the event location by itself
        if agencies and mention.text in agencies:
            continue
        # A trigger word is never a place ("Artillery" names a place in GeoNames).
        at = bisect_left(trigger_starts, mention.end)
        if any(
            start < mention.end and mention.start < end
            for start, end in trigger_spans[max(0, at - 3) : at]
        ):
            continue
        kept.append(mention)
    return _Places(tuple(kept), tuple(m.start for m in kept))


def _to_mentions(
    report: Report,
    stated: StatedSentence,
    *,
    places: _Places,
    readings: ReadingCache,
    filed_until: int = 0,
    capital_of: Mapping[str, str] | None = None,
    told_on: EventDate | None = None,
) -> list[EventMention]:
    """The sentence's event mention, one per place when it lists several ("strikes hit
    Dembecha and Quarit": ACLED codes an event per location). ``filed_until``: where the
    report's dateline ends (0 without one); ``told_on``: the date of the whole sentence
    when ``stated`` is one of its clauses."""
    clauses = _clauses_apart(report.text, stated, places) or _spread_clauses(
        report.text, stated, places
    )
    if clauses is not None:
        whole = _date_said(stated.sentence, report.report_date, filed_until=filed_until)
        parted = [
            mention
            for clause in clauses
            for mention in _to_mentions(
                report,
                clause,
                places=places,
                readings=readings,
                filed_until=filed_until,
                capital_of=capital_of,
                told_on=whole,
            )
        ]
        # Clauses that part at one place part by their type ("clashes in Tafas …, while
        # a drone struck a car in Tafas"): the later is an event of its own, never merged
        # back into the earlier.
        # So do strikes and the interceptions told with them ("a drone attack on Marhanets
        # injured two, while air defence shot down 15 drones over the oblast"): ACLED codes
        # the interceptions apart, and they do not retype the strike.
        return [
            replace(m, separate=True)
            if any(
                (_same_location(m, earlier) and earlier.primary.event_type != m.primary.event_type)
                or (m.primary.rule == "intercept" and earlier.primary.rule != "intercept")
                for earlier in parted[:k]
            )
            else m
            for k, m in enumerate(parted)
        ]
    sentence, triggers, attached = stated.sentence, stated.triggers, stated.attached
    if (
        not attached
        and stated.casualties.totals
        and _TOLL_UPDATE_OPENS_RE.match(sentence.text) is not None
    ) or (
        not attached
        and stated.casualties.died_of_wounds
        and all(t.rule == "casualties" for t in triggers)
    ):
        # "Later on Monday, the toll rose to 43, after more bodies were found in burned
        # houses": the toll of the event told, updated; what else it tells is its detail.
        # So is "two of the injured died later": the injured were the event's.
        attached = True
    primary = best_trigger(triggers) or _CONTINUATION
    in_sentence = places.between(sentence.start, sentence.end)
    location = choose_location(
        report.text,
        cache=readings,
        spans=[(sentence.start, sentence.end)],
        trigger_spans=[(sentence.start, sentence.end)],
        trigger_at=primary.start if triggers else None,
        mentions=in_sentence,
    )
    unknown = _unknown_names(report.text, sentence, location, in_sentence)
    named = _unknown_named_place(report.text, location, unknown)
    if named is None:
        named = _contradicted_by_its_province(
            location, in_sentence, sentence
        ) or _abroad_before_an_unknown_area(report.text, location, places)
    if named is None and (
        landmark := _far_from_its_landmark(location, in_sentence, sentence, capital_of or {})
    ):
        # The town told is not the gazetteer's: placed near its landmark.
        named = NamedPlace(
            location.location, location.start or 0, (location.start or 0) + len(location.location)
        )
        location = _located_alone(report.text, sentence, landmark, readings)
    # "near the Sangeng area": a name by the vague word "area" is as weak as one after "in".
    by_locative = named is not None and report.text.startswith(" area", named.end)
    if named is None and location.place is None and not location.location:
        named = _locative_name(report.text, sentence, places=places, readings=readings)
        by_locative = named is not None
    elif (
        named is None
        and location.place is None
        and location.start is not None
        and not _LOCATIVE_BEFORE_RE.search(
            report.text, max(sentence.start, location.start - 16), location.start
        )
        and (locative := _locative_name(report.text, sentence, places=places, readings=readings))
        is not None
        and not locative.start <= location.start < locative.end
    ):
        # "the spokesman of the Sokola 1 Grand Nord operations said troops clashed with them
        # on the outskirts of Mayimoya": a word the gazetteer cannot place, which no
        # locative word puts anywhere, is no more the place than the name one does.
        named, by_locative = locative, True
    elif (
        named is None
        and location.start is not None
        and FROM_BEFORE.search(report.text[max(0, location.start - 80) : location.start])
        and (elsewhere := _locative_name(report.text, sentence, places=places, readings=readings))
        is not None
    ):
        # "Youths from Tonj and Gogrial raided a cattle camp in Mayom": where the
        # attackers came from is no more where than the place after "in" that the
        # gazetteer lacks.
        named, by_locative = elsewhere, True
    elif (
        named is None
        and location.place is not None
        and location.start is not None
        and (location.area_named or location.place.feature_class in ("A", "L"))
        and not location.place.feature_code.startswith("PCL")
        and (
            report.text.rfind(",", sentence.start, location.start) >= 0
            or report.text.rfind(" in ", sentence.start, location.start) >= 0
        )
    ):
        # "killed nine in Ywarthit, a village in Monywa District": the village the
        # gazetteer lacks, which the area holds, is where it happened.
        before = _locative_name(report.text, sentence, places=places, readings=readings)
        if before is not None and _CHAIN_GAP_RE.fullmatch(report.text, before.end, location.start):
            named, by_locative = before, True
    elif (
        named is None
        and location.place is not None
        and location.place.feature_code.startswith("PCL")
        and location.start is not None
        and (locative := _locative_name(report.text, sentence, places=places, readings=readings))
        is not None
        and locative.end <= location.start
    ):
        # "Turkish forces shelled Tal Tamr in northeast Syria": a name the gazetteer lacks
        # as written, where the sentence puts its event, says more than the country;
        # asked alone it may be a spelling of a town there ("Tall Tamr").
        named, by_locative = locative, True
    elif named is None and location.place is None and location.start is not None:
        # "in the general area of Mir Ali, North Waziristan": a name the gazetteer lacks,
        # then the area that holds it.
        end = location.start + len(location.location)
        holder = next((m for m in in_sentence if m.start > end and m.place is not None), None)
        if (
            holder is not None
            and holder.place is not None
            and holder.place.feature_class in ("A", "L")
            and not holder.place.feature_code.startswith("PCL")
            and _CHAIN_GAP_RE.fullmatch(report.text, end, holder.start)
        ):
            named = NamedPlace(location.location, location.start, end)
            by_locative = True
    if (
        named is not None
        and not by_locative
        and _PART_OF_A_CITY_AFTER_RE.match(report.text, named.end)
    ):
        # "the Majengo quarter": a part of the city the event is told in, no event of its
        # own by its name alone.
        by_locative = True
    city_part = (
        named is not None
        and location.place is not None
        and location.place.feature_class == "P"
        and _PART_OF_A_CITY_AFTER_RE.match(report.text, named.end) is not None
    )
    if named is None and location.place is None and not location.location:
        location = (
            _the_capital_named_before(report.text, sentence, places, capital_of or {})
            or _paragraph_setting(report.text, sentence, places, readings)
            or location
        )
    said = _date_said(sentence, report.report_date, filed_until=filed_until)
    if not said.phrase and told_on is not None and told_on.phrase:
        # "Gunmen attacked Kankara on Monday, and stormed Faskari hours later": a clause
        # without a day of its own is told on the sentence's.
        said = told_on
        back = _DAYS_BEFORE_OPENS_RE.match(sentence.text)
        if back is not None and said.value is not None and said.time_precision == 1:
            # "…, a day after five soldiers were killed in Kathua district": that event's
            # day is the stated number of days before the sentence's.
            number = back["n"].lower()
            days = int(number) if number.isdigit() else _DAYS_OF_WORD[number]
            said = replace(
                said,
                value=said.value - timedelta(days=days),
                reason=f"{back.group(0).strip()} {said.phrase}",
            )
    if not said.phrase and location.reason.startswith(_SETTING_REASON):
        # "In Bambari, … tension was high on Thursday. Dozens of drivers erected
        # barricades": the paragraph's opening sentence sets the day as well as the place.
        opening = report.text.rfind("\n", 0, sentence.start) + 1
        set_day = find_event_date(
            report.text[opening : sentence.start], report_date=report.report_date
        )
        if set_day.phrase and not set_day.spoken:
            said = set_day
    if said.phrase and not said.spoken and _dated_before_its_cause(sentence, said, triggers):
        # "Calm returned to Galkayo this morning following a day of deadly clashes": the
        # day is the calm's, and the clashes' is not told; a sentence that dates them
        # keeps its day.
        said = replace(said, spoken=True)
    # The day a source spoke is no day of the event's to keep it apart from another's.
    day = said.value if said.phrase and said.time_precision == 1 and not said.spoken else None
    exact_day = (
        day is not None
        and _CALENDAR_DATE_RE.search(said.phrase) is not None
        and _NIGHT_RE.search(sentence.text) is None
    )
    words = _sentence_words(sentence.text)
    first = EventMention(
        sentence=sentence,
        triggers=tuple(triggers),
        primary=primary,
        location=location,
        named=named,
        day=day,
        exact_day=exact_day,
        separate=words.separate,
        past=_in_an_earlier_month(sentence.text, said, report.report_date),
        # "In the same city, two bombers killed seven": apart from the event just told, at
        # its place; placed once the events are known.
        apart=words.apart or _opens_on_a_town(sentence, named, location),
        aggregate=words.aggregate and not _all_at_one_town(report.text, sentence, location),
        protest_words=words.protest_words,
        attached=attached,
        casualties=stated.casualties,
        said=said,
        named_by_locative=by_locative,
        city_part=city_part,
    )
    part = _part_told_at(report.text, sentence, location)
    if part is not None:
        # "killed four and injured 11 in Donetsk oblast, one of them in Kramatorsk": the
        # town's incident holds its own dead, not the whole area's toll.
        first = replace(first, casualties=part)
    by_place = (
        _tolls_by_place(report.text, sentence, in_sentence)
        if stated.casualties.pair != (None, None)  # no toll at all: none per place either
        else None
    )
    if by_place is not None:
        # "Six were killed in Paktika and two in Khost": an incident per place, each with
        # its own toll.
        own_words = _targets_by_place(report.text, sentence, [place for place, _ in by_place])
        return [
            replace(
                first,
                location=_located_alone(report.text, sentence, place, readings),
                named=None,
                casualties=toll,
                aggregate=False,  # "in these attacks, …": each toll is its place's own
                own_words=words,
            )
            for (place, toll), words in zip(by_place, own_words, strict=True)
        ]
    areas = False  # "in Imphal East and Bishnupur districts": areas the sentence lists
    if named is not None:
        head = (named.start, named.end)
    elif (
        location.place is not None
        and location.place.feature_class == "P"
        and location.start is not None
    ):
        head = (location.start, location.start + len(location.location))
    elif (
        location.place is not None
        and location.place.feature_class == "A"
        and not location.place.feature_code.startswith(("PCL", "ADM1"))
        and location.start is not None
    ):
        head = (location.start, location.start + len(location.location))
        areas = True
    else:
        return [first]
    siblings = []
    for other in _listed_with(report.text, head, in_sentence, unknown, areas=areas):
        if isinstance(other, NamedPlace) and other.compound:
            continue  # "at Ain al-Asad and in Erbil": a name it could not place, unlisted
        if isinstance(other, NamedPlace):
            # "Namoro (Montepuez district) and Muaja (Ancuabe)": a village the gazetteer
            # lacks lies in the area of its own bracket, not in the first item's.
            bracket = next(
                (
                    m
                    for m in in_sentence
                    if m.place is not None
                    and other.end < m.start <= other.end + 3
                    and report.text[other.end : m.start].strip() == "("
                ),
                None,
            )
            if bracket is None and report.text[other.end : other.end + 2].strip() == "(":
                continue  # its own area is one the gazetteer lacks: nowhere to put it
            own = (
                _located_alone(report.text, sentence, bracket, readings)
                if bracket is not None
                else first.location
            )
            siblings.append(replace(first, named=other, location=own, shared=True))
            continue
        own = _located_alone(report.text, sentence, other, readings)
        if own.place is not None:  # a listed name may be context after all
            siblings.append(replace(first, location=own, named=None, shared=True))
    if not siblings:
        return [first]
    return [replace(first, shared=True), *siblings]


# The part of an area's toll told at one of its towns, just before the town's name: ",
# one of them in", ", including a man killed in", ", among them two children in".
_PART_BEFORE_RE: Final = _re(
    r"(?:,|;)\s+(?:(?:(?P<n1>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
    r"\s+of (?:them|whom|the (?:dead|victims|killed))(?:\s+(?P<v1>killed|died|wounded|"
    r"injured))?)|(?:including|among them)\s+(?P<n2>an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|\d{1,3})\s+(?:[\w-]+\s+){0,3}?(?P<v2>killed|died|dead|wounded|injured|"
    r"hurt))\s+(?:in|at|near)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$"
)
# An area's toll: "in Donetsk oblast", "across Kherson oblast", "in the region".
_AREA_TOLL_RE: Final = _re(
    r"\b(?:across|throughout|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:oblast|region|province|"
    r"state|governorate|district|county|territory)\b"
)


def _part_told_at(text: str, sentence: Sentence, location: EventLocation) -> Casualties | None:
    """The toll of the one town that an area's toll names a part at (see _PART_BEFORE_RE),
    or None when the sentence tells no such part or no area's toll before it."""
    start = location.start
    if start is None or location.place is None or location.place.feature_class != "P":
        return None
    if not sentence.start <= start < sentence.end:
        return None
    part = _PART_BEFORE_RE.search(text, max(sentence.start, start - 80), start)
    if part is None or not _AREA_TOLL_RE.search(text, sentence.start, part.start()):
        return None
    value = to_number(part["n1"] or part["n2"])
    if value is None:
        return None
    verb = (part["v1"] or part["v2"] or "killed").lower()
    if verb in ("wounded", "injured", "hurt"):
        return Casualties(injured=value, notes=(f"the part told at {location.location}",))
    return Casualties(
        fatalities=value,
        notes=(f"the part told at {location.location}",),
        mentions_deaths=True,
    )


# "the toll in the capital had risen to 12": the capital the report named before.
_IN_THE_CAPITAL_RE: Final = _re(r"\b(?:in|on|across|of|near) the capital\b(?! of\b)")


_SETTING_REASON: Final = "the place the paragraph opens with"
# "security forces conducted an intelligence based operation (IBO) in the general area of":
# the operation a paragraph goes on to tell the outcome of.
_OPERATION_IN_RE: Final = _re(
    r"\b(?:conducted|launched|carried out|mounted)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"operations?(?:\s+\([A-Z]{2,6}\))?\s+(?:in|at|around|near)\s+(?:the\s+)?"
    r"(?:general\s+)?(?:area\s+of\s+)?"
)
# How far after the operation's words its place may be named ("Jani Khel, Bannu District").
_OPERATION_REACH: Final = 60


def _paragraph_setting(
    text: str, sentence: Sentence, places: _Places, readings: ReadingCache
) -> EventLocation | None:
    """The place a paragraph opens with ("In Bambari, the capital of the Ouaka, tension
    was high on Thursday."), for a later sentence of it that names none ("Dozens of
    moto-taxi drivers erected barricades …")."""
    opening = text.rfind("\n", 0, sentence.start) + 1
    if opening >= sentence.start:
        return None
    if text.startswith("In ", opening):
        at, within, comma = opening + 3, opening + 4, True
    elif (operation := _OPERATION_IN_RE.search(text, opening, sentence.start)) is not None:
        # "On 14 October, security forces conducted an intelligence based operation in the
        # general area of Jani Khel, Bannu District. … five khwarij were sent to hell":
        # where the operation went is where its outcome happened.
        at, within, comma = operation.end(), operation.end() + _OPERATION_REACH, False
    else:
        return None
    setting = next(
        (
            m
            for m in places.between(at, within)
            if m.kind == "toponym"
            and m.place is not None
            and not m.place.feature_code.startswith("PCL")
            and (text.startswith(",", m.end) or not comma)
            and not is_context(text, m, cache=readings)
        ),
        None,
    )
    if setting is None or setting.place is None:
        return None
    return EventLocation(
        setting.text,
        setting.place,
        precision_of(setting.place),
        0.5,
        f"{_SETTING_REASON} ('In {setting.text},'); {setting.reason}"
        if comma
        else f"{_SETTING_REASON} (an operation in {setting.text}); {setting.reason}",
        setting.start,
        True,
    )


def _the_capital_named_before(
    text: str, sentence: Sentence, places: _Places, capital_of: Mapping[str, str]
) -> EventLocation | None:
    """The last capital city named before a sentence that places its event only "in the
    capital", or None: a live blog's update of a strike on Kyiv told an hour before."""
    if "capital" not in sentence.text or not _IN_THE_CAPITAL_RE.search(sentence.text):
        return None
    capital = next(
        (
            m
            for m in reversed(places.between(0, sentence.start))
            if m.kind == "toponym"
            and m.place is not None
            and m.place.feature_class == "P"
            and capital_of.get(m.place.country or "", "").casefold() == m.place.name.casefold()
        ),
        None,
    )
    if capital is None or capital.place is None:
        return None
    return EventLocation(
        capital.text,
        capital.place,
        1,
        0.5,
        f"'the capital': {capital.place.name}, the capital the report named before",
        capital.start,
        True,
    )


def _in_an_earlier_month(text: str, said: EventDate, report_date: date | None) -> bool:
    """Whether ``said`` names only a month, a month or more before the report (not "late
    November" in a report of 2 December), and not as the start of a span ("arrests since
    the campaign began in early April")."""
    value = said.value
    if not (
        said.phrase
        and said.time_precision == 3
        and isinstance(value, date)
        and report_date is not None
        and (report_date - _latest_day(said.phrase, value)).days > _PAST_MONTH_DAYS
    ):
        return False
    at = text.find(said.phrase)
    return at >= 0 and _SINCE_RE.search(text, 0, at) is None


def _dated_before_its_cause(
    sentence: Sentence, said: EventDate, triggers: Sequence[Trigger]
) -> bool:
    """Whether the date phrase stands in a clause before "following …" or "after …", and
    every word of the event after it: the date is the clause's, not the event's."""
    text = sentence.text
    at = text.find(said.phrase)
    if at < 0 or not triggers:
        return False
    cause = _CAUSE_RE.search(text, at + len(said.phrase))
    return (
        cause is not None
        and all(t.start - sentence.start >= cause.end() for t in triggers)
        # "Five were found killed Monday after a three-day raid": the dead are the event.
        and _HARM_WORD_RE.search(text, 0, cause.start()) is None
    )


# "… following a day of deadly clashes", "… after gunmen stormed the village".
_CAUSE_RE: Final = _re(r"\b(?:following|after)\s")
_HARM_WORD_RE: Final = _re(r"\b(?:kill|dead|die|death|injur|wound|hurt|shot|murder|lost)")


def _latest_day(phrase: str, value: date) -> date:
    """The last day a month's phrase may mean: "early November" ends on the 10th, "mid-
    November" on the 20th, "November" and "late November" on the 30th."""
    lowered = phrase.casefold()
    if "early" in lowered or "beginning" in lowered:
        day = _EARLY_MONTH_ENDS
    elif "mid" in lowered or "middle" in lowered:
        day = _MID_MONTH_ENDS
    else:
        day = monthrange(value.year, value.month)[1]
    return value.replace(day=day)


_SINCE_RE: Final = _re(r"\bsince\b")
# A month's phrase is the past when its last day is over two weeks before the report: "In
# early November" or "in November" in a report of 24 December, not "late November" in one
# of 2 December.
_PAST_MONTH_DAYS: Final = 14
_EARLY_MONTH_ENDS: Final = 10
_MID_MONTH_ENDS: Final = 20


def _a_chronicle(sentences: Sequence[Sentence]) -> bool:
    """Whether several of the report's sentences open with a full date of their own."""
    return sum(1 for s in sentences if _DATED_OPENING_RE.match(s.text)) >= _CHRONICLE_ENTRIES


_MONTH_WORD: Final = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)"
)
# "On 3 March 2019, …", "On March 3, 2019, …": a prose entry (not a table's row of a
# trial or a listing, whose events are dated elsewhere in the row).
_DATED_OPENING_RE: Final = _re(
    r"\W{0,3}on\s+(?:\d{1,2}\s+" + _MONTH_WORD + r"|" + _MONTH_WORD + r"\s+\d{1,2},?)"
    r"\s+(?:19|20)\d\d,"
)
_CHRONICLE_ENTRIES: Final = 3


def _a_period_s_tally(sentences: Sequence[Sentence], report_date: date | None) -> bool:
    """Whether the report's headline or lead counts a period's dead ("Monthly death toll
    | 1,562 people killed across Syria in March 2025", "SOHR has documented the deaths
    of …"); a day's ("… on Saturday, May 17, as follows:") lists that day's events, and
    so does a day's news with its toll told by places ("Police shot dead 29 people in
    protests on Monday. … deaths were recorded in 16 of the 47 counties")."""
    for position, sentence in enumerate(sentences[:_TALLY_LEAD_SENTENCES]):
        if (
            tells_a_tally(sentence.text)
            and find_event_date(sentence.text, report_date=report_date).time_precision != 1
        ):
            # A tally after a sentence that dates the news to a day is that day's toll.
            return not any(
                find_event_date(s.text, report_date=report_date).time_precision == 1
                for s in sentences[:position]
            )
    return False


# The headline and the lead, where a report says it is a tally.
_TALLY_LEAD_SENTENCES: Final = 3


def _date_said(sentence: Sentence, report_date: date | None, *, filed_until: int) -> EventDate:
    """The date the sentence states. "LAGOS, March 3 (Reuters) - Gunmen killed nine on
    Wednesday": the dateline's date is the day of filing; a day told after it is the
    event's, and only without one does the dateline's date stand. "Sudan: Clashes in El
    Fasher - Flash Update No. 02 (14 May 2024)": a title's closing date is the day the
    update was issued, not the clashes'."""
    text = sentence.text
    if sentence.index == 0 and (issued := _ISSUED_ON_AFTER_RE.search(text)):
        text = text[: issued.start()]
    if sentence.start < filed_until < sentence.start + len(text):
        after = find_event_date(text[filed_until - sentence.start :], report_date=report_date)
        if after.phrase:
            return after
    return find_event_date(text, report_date=report_date)


# A title's closing date: "… - Flash Update No. 02 (14 May 2024)", "… | 3 June 2024".
_ISSUED_ON_AFTER_RE: Final = lazy_compile(
    r"(?:\(\s*|[-–—|]\s+)(?:as of\s+)?\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d\s*\)?\s*$"
)


@dataclass(frozen=True, slots=True)
class _SentenceWords:
    """What an event sentence's words say of its event, whatever the report."""

    separate: bool
    apart: bool
    aggregate: bool
    protest_words: bool


@sentence_cached
def _sentence_words(text: str) -> _SentenceWords:
    return _SentenceWords(
        separate=bool(SEPARATE_RE.search(text) or _SAME_DAY_OPENS_RE.match(text))
        # "The second strike, in the same village, targeted …": ACLED's one event per
        # place, day and type holds both.
        and not _SAME_PLACE_RE.search(text),
        apart=bool(_nearby_cue(text) or _SAME_PLACE_RE.search(text)),
        aggregate=bool(AGGREGATE_RE.search(text)),
        protest_words=is_protest_related(text),
    )


# Where a sentence's clauses part: "; ", or ", a day after" before an earlier event
# told with its own place and toll ("attacked a base in Adale on Wednesday, a day after
# a car bomb killed seven soldiers in Beledweyne").
_CLAUSE_CUT_RE: Final = lazy_compile(
    r"; |, (?=(?:just |only )?(?:a|one|two|three|four|five|several|hours|days) "
    r"(?:(?:day|days|week|weeks|hours?) )?after\b)"
    # "Gunmen killed seven in Diapaga on Tuesday, and jihadists ambushed a convoy near
    # Fada on Wednesday", "…, while two soldiers were killed in clashes near Qataba".
    r"|,? (?=while )|, (?=and )"
    # "…, killing five, before the air force struck Kurdish targets in Iraq hours later".
    r"|,? (?=before (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:struck|hit|attacked|shelled|bombed|"
    r"killed|stormed|seized|captured|clashed)\b)"
)
_WEAK_CUTS: Final = (", and ", ", while ", " while ", ", before ", " before ")
# The opening of such a clause that dates it: "a day after", "two days after".
_DAYS_BEFORE_OPENS_RE: Final = _re(
    r"\W{0,3}(?:just |only )?(?P<n>a|one|two|three|four|five|\d) days? after\b"
)
_DAYS_OF_WORD: Final = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# "A man was killed in Kupiansk", "two women were injured in Borova": a toll at a place.
_TOLL_AT_A_TOWN_RE: Final = _re(
    r"\b(?:was|were) (?:killed|injured|wounded|hurt)\b[^,;]{0,40}?\b(?:in|near|on) (?-i:[A-Z])"
)
# Who killed: "troops killed", "militants shot dead", a subject before the verb.
_KILLED_BY_RE: Final = _re(
    r"\b(?:troops|soldiers|forces|police|army|militants|rebels|gunmen|fighters|insurgents|"
    r"jihadists|bandits|attackers|assailants)\s+(?:also\s+)?(?:on \w+day\s+)?"
    r"(?:killed|shot dead|gunned down)\b"
)
_NOTHING_YET: Final = Casualties()
_ANOTHER_AFTER_CUT_RE: Final = _re(
    r",? (?:and|while) (?:in|during) (?:another|a separate|a second|a different) "
    r"(?:engagement|incident|attack|clash|raid|operation)\b"
)
_CLAUSE_DAY_RE: Final = _re(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2} (?:january|"
    r"february|march|april|may|june|july|august|september|october|november|december)|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december) \d{1,2})\b"
)
# "The next day", "a day later": the day after the one told before.
_NEXT_DAY_RE: Final = _re(
    r"\b(?:the (?:next|following) (?:day|morning)|a day later|the day after)\b(?! (?:the|a|an)\b)"
)
# "The day before, gunmen had abducted two teachers": the day before the last one told.
# Only as the sentence's opening words: "after the killing of a colleague the day before"
# dates the killing, not the riot the sentence tells.
_DAY_BEFORE_RE: Final = _re(
    r"^\W{0,3}(?:on |during |in |earlier |late |early )?(?:the (?:day|night|evening) before|"
    r"the previous (?:day|night|evening)|a day earlier|the eve)\b(?! (?:the|a|an|of|its|his|"
    r"her|their)\b)"
)
# "later the same day", "hours later", "during the same night": a clause dated by the one
# before it.
_SAME_DAY_RE: Final = _re(
    r"\b(?:(?:on |later |earlier )?(?:the|that) same (?:day|night|evening|morning|afternoon)|"
    # A digest's "thousands same day rallied in Niamey", the article left out.
    r"(?<!\bthe )(?<!\bthat )same day|"
    r"(?:later|earlier) (?:that|in the) (?:day|night|evening|morning|afternoon)|"
    r"hours (?:later|earlier)|shortly (?:after(?:wards)?|before)|moments later|minutes later|"
    # "In the hours that followed, vectors of the Air Force pursued the fleeing column".
    r"in the (?:hours|minutes) (?:that )?(?:followed|following|after)|"
    r"(?:soon|immediately) after(?:wards)?|that (?:same )?(?:night|evening|afternoon))\b"
)


def _clauses_apart(
    text: str, stated: StatedSentence, places: _Places
) -> list[StatedSentence] | None:
    """The clauses of a sentence that tells an event in each, apart ("Shelling of Kherson
    killed 3; a drone strike on Odesa injured 2"): each with its own trigger, place and
    toll, no two at one place. None when the sentence is one event's."""
    sentence = stated.sentence
    if (
        stated.attached
        or not stated.triggers
        # One trigger parts only with a toll told with its killers ("Troops killed six
        # rebels in Beni, and in another engagement…"); most sentences have neither.
        or (
            len(stated.triggers) < 2
            and not _KILLED_BY_RE.search(sentence.text)
            # "A man was killed in Kupiansk, and two women were injured in a drone attack
            # on Borova": a daily report's toll at each town.
            and not _TOLL_AT_A_TOWN_RE.search(sentence.text)
            # A digest's "ISWAP 12 May overran a base …; JAS 20 May killed 23 fishermen":
            # each clause dated to a day of its own.
            and len({d.lower() for d in _CLAUSE_DAY_RE.findall(sentence.text)}) < 2
        )
        or (
            "; " not in sentence.text
            and " after " not in sentence.text
            and ", and " not in sentence.text
            and " while " not in sentence.text
            and " before " not in sentence.text
        )
    ):
        return None
    cuts = [sentence.start + m.start() for m in _CLAUSE_CUT_RE.finditer(sentence.text)]
    if not cuts:
        return None
    clauses = []
    seen: set[tuple[str, str]] = set()  # (place, event type) of the clauses so far
    starts = [sentence.start, *(_clause_start(text, cut) for cut in cuts)]
    # Either side of an "and" or a "while" is an event of its own only at a place the
    # gazetteer knows: "killed five in Kano, and burned houses in Gwale" is one raid.
    # "…, and in another engagement near Miranshah…": the text itself parts the two.
    weak = [
        text.startswith(_WEAK_CUTS, cut) and not _ANOTHER_AFTER_CUT_RE.match(text, cut)
        for cut in cuts
    ]
    spans = list(zip(starts, [*cuts, sentence.end], strict=True))
    # "On Friday, gunmen raided a market near Ayorou, and on Saturday a drone strike
    # killed 40 near Banibangou": each clause dated to a day of its own tells its own
    # event, at a place the gazetteer may lack.
    days = [_CLAUSE_DAY_RE.search(text, start, end) for start, end in spans]
    own_days = all(days) and len({d.group(0).lower() for d in days if d}) == len(days)
    for number, (start, end) in enumerate(spans):
        triggers = [t for t in stated.triggers if start <= t.start < end]
        # "…, and on Friday a social leader was killed in Teorama": a clause of its own
        # day tells its own death; so does a toll told with its killers ("Troops killed
        # six rebels in Beni on Monday, and in another engagement…"), and a daily
        # report's toll at a town ("A man was killed in Kupiansk, and two women were
        # injured in a drone attack on Borova").
        at_town = not triggers and _TOLL_AT_A_TOWN_RE.search(text, start, end) is not None
        if (
            not triggers
            and (at_town or own_days or _KILLED_BY_RE.search(text, start, end))
            and (
                (toll := count_casualties(text[start:end])).fatalities or (at_town and toll.injured)
            )
        ):
            event_type, sub_event_type, _ = type_of_attack(text[start:end])
            told = best_trigger(stated.triggers) if at_town else None
            if told is not None and told.event_type == EXPLOSIONS:
                # "Four were injured in Kherson, while a man was killed by shelling in
                # Stanislav": the day's weapon, told once for both towns.
                event_type, sub_event_type = told.event_type, told.sub_event_type
            triggers = [
                Trigger(start, start, "", "casualties", event_type, sub_event_type, 0.4, False)
            ]
        named = [m.place for m in places.between(start, end) if m.kind == "toponym" and m.place]
        # "in Apatzingan (Apatzingan, Michoacan); … in Aguililla (Aguililla, Michoacan)":
        # the towns part the clauses, not the province that holds both.
        settlements = [p.place_id for p in named if p.feature_class == "P"]
        placed = settlements or [p.place_id for p in named]
        beside_weak = not own_days and (
            (number > 0 and weak[number - 1]) or (number < len(cuts) and weak[number])
        )
        if not placed and not beside_weak:
            placed = [n.text for n in find_locative_names(text, start, end)]  # "in Karrada"
        # "Clashes in Tafas left three dead, while a drone struck a car in Tafas": at one
        # place, another type of event is another event (ACLED's place, day and type).
        best = best_trigger(triggers)
        kind = best.event_type if best is not None else ""
        if not triggers or not placed or seen & {(p, kind) for p in placed}:
            return None  # a clause that tells no event of its own place: one sentence
        seen.update((p, kind) for p in placed)
        clause = Sentence(start, end, text[start:end], sentence.paragraph, sentence.index)
        clauses.append(StatedSentence(clause, triggers, False, _NOTHING_YET))
    if len(clauses) < 2:
        return None
    # Counted only now: most sentences with a cut are one event's, and counting is the
    # costliest step per clause.
    return [replace(c, casualties=count_casualties(c.sentence.text)) for c in clauses]


# "Riots began in Durban on 9 July and spread to Johannesburg on 11 July": the unrest
# where it spread to is an event of its own place and day.
_SPREAD_RE: Final = _re(
    r"\b(?:spread|spreading|spreads|spilled over|spilling over|spilt over) (?:to|into)\b"
)


def _spread_clauses(
    text: str, stated: StatedSentence, places: _Places
) -> list[StatedSentence] | None:
    """The sentence cut where the event "spread to" other places, each side with the
    event's triggers, or None when no place lies on either side of the cut."""
    sentence = stated.sentence
    if stated.attached or not stated.triggers or "spr" not in sentence.text:
        return None
    spread = _SPREAD_RE.search(sentence.text)
    if spread is None:
        return None
    cut = sentence.start + spread.start()
    before = [t for t in stated.triggers if t.start < cut]
    if not before:
        return None
    sides = ((sentence.start, cut), (cut, sentence.end))
    if not all(
        any(m.kind == "toponym" and m.place is not None for m in places.between(start, end))
        for start, end in sides
    ):
        return None
    # The cue stands for the event in the second clause, which it "spread to".
    cue = replace(before[0], start=cut, end=cut + len(spread.group(0)))
    after = [cue, *(t for t in stated.triggers if t.start >= cut)]
    clauses = []
    for (start, end), triggers in zip(sides, (before, after), strict=True):
        clause = Sentence(start, end, text[start:end], sentence.paragraph, sentence.index)
        clauses.append(StatedSentence(clause, triggers, False, count_casualties(clause.text)))
    return clauses


def _day_next_or_before(text: str) -> tuple[re.Match[str], bool] | None:
    """The words that date a sentence by the day after (True) or before (False) the last
    one told."""
    found = _NEXT_DAY_RE.search(text)
    if found is not None:
        return found, True
    found = _DAY_BEFORE_RE.search(text)
    return (found, False) if found is not None else None


def _dated_by_the_one_before(mentions: list[EventMention]) -> list[EventMention]:
    """A mention told "later the same day", "hours later" or "hours earlier", with no date
    of its own, takes the day of the last dated mention before it ("A bomb killed a
    commander in Tafas on Sunday. He died at once. Hours later, gunmen shot dead a man in
    Jasim.")."""
    dated: EventMention | None = None
    for position, mention in enumerate(mentions):
        undated = mention.said is None or not mention.said.phrase
        if undated and dated is not None and _SAME_DAY_RE.search(mention.sentence.text):
            mentions[position] = replace(
                mention, day=dated.day, exact_day=dated.exact_day, said=dated.said
            )
        elif (
            undated
            and dated is not None
            and dated.day is not None
            and dated.said is not None
            and (told := _day_next_or_before(mention.sentence.text)) is not None
        ):
            # "Gunmen abducted 40 women near Arbinda on Thursday. The next day, …": Friday;
            # "The day before, …": Wednesday.
            next_day, after = told
            day = dated.day + timedelta(days=1 if after else -1)
            said = replace(
                dated.said,
                value=day,
                phrase=next_day.group(0),
                reason=f"{next_day.group(0)!r}: the day {'after' if after else 'before'} "
                f"{dated.day}",
            )
            mentions[position] = replace(mention, day=day, exact_day=dated.exact_day, said=said)
            dated = mentions[position]
        elif not undated:
            dated = mention
    return mentions


# "The attacks took place as follows:", "the following incidents were recorded:": each
# paragraph after it tells one event of its own.
_LISTING_RE: Final = _re(r"\b(?:as follows|the following(?: [a-z]+){0,3})\s*:[ \t]*(?:\r?\n)")


def _items_of_a_listing(text: str, mentions: list[EventMention]) -> list[EventMention]:
    """Mentions that open a paragraph after "The attacks took place as follows:" are
    events of their own (each item is one), not more of the one before; what the lead
    says before the listing ("attacks at six locations in Yala, Pattani and
    Narathiwat") places none of them, and goes with the first item (its day, its toll)."""
    listing = _LISTING_RE.search(text)
    if listing is None:
        return mentions
    items = [
        m.sentence.start >= listing.end()
        and text[max(0, m.sentence.start - 1) : m.sentence.start] in ("\n", "")
        for m in mentions
    ]
    if sum(items) < _LISTING_ITEMS:
        return mentions
    first = items.index(True)  # the first item takes the lead's words (its day, its toll)
    return [
        replace(m, separate=position != first)
        if item
        else replace(m, location=NO_LOCATION, named=None, named_by_locative=False)
        if m.sentence.end <= listing.start()
        else m  # an item's next sentence ("This prompted an exchange of gunfire"): its own
        for position, (m, item) in enumerate(zip(mentions, items, strict=True))
        # ("The attacks took place as follows:" is the listing's heading, no event.)
        if not m.sentence.start <= listing.start() < m.sentence.end
    ]


# How many items with events of their own make a listing.
_LISTING_ITEMS: Final = 2
# A tracker's item that opens on its day: "September 26: Kidnappers abducted four in …".
_DATED_LINE_RE: Final = _re(
    rf"(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.? \d{{1,2}}(?:st|nd|rd|th)?:\s"
    rf"|\d{{1,2}} (?:{'|'.join(sorted(MONTHS, key=len, reverse=True))}):\s"
)


def _dated_items(mentions: list[EventMention]) -> list[EventMention]:
    """Mentions whose sentence opens on its day ("September 26: …", "3 May: …") are
    events of their own, one per item, when the report has several such items (a
    tracker's weekly list, a timeline): not more of the item before, whatever the year."""
    dated = [_DATED_LINE_RE.match(m.sentence.text) is not None for m in mentions]
    if sum(dated) < _LISTING_ITEMS:
        return mentions
    return [
        replace(m, separate=True) if line else m for m, line in zip(mentions, dated, strict=True)
    ]


def _placed_by_the_one_before(mentions: list[EventMention]) -> list[EventMention]:
    """A mention told "in the same village" that names no place of its own takes the
    place of the mention before it ("The first strike in the village of Mays al-Jabal
    killed a commander. The second strike, in the same village, …")."""
    before: EventMention | None = None
    for position, mention in enumerate(mentions):
        own = mention.named is not None or (
            mention.location.start is not None
            and mention.sentence.start <= mention.location.start < mention.sentence.end
        )
        if (
            not own
            and before is not None
            and "same" in mention.sentence.text
            and _SAME_PLACE_RE.search(mention.sentence.text)
        ):
            mentions[position] = replace(
                mention,
                location=before.location,
                named=before.named,
                named_by_locative=before.named_by_locative,
                separate=False,
            )
        elif own:
            before = mention
    return mentions


def _same_location(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions are placed at one place (the same gazetteer entry or name)."""
    if a.location.place is not None and b.location.place is not None:
        return a.location.place.place_id == b.location.place.place_id
    return bool(a.location.location) and a.location.location == b.location.location


def _clause_start(text: str, cut: int) -> int:
    """Where the clause after a cut begins: past "; ", ", " or " "."""
    return cut + 2 if text[cut] in ",;" else cut + 1


def _located_alone(
    text: str, sentence: Sentence, mention: MentionLike, readings: ReadingCache
) -> EventLocation:
    """The event location that one place of a sentence gives on its own (a list item, or
    a place with its own toll)."""
    return choose_location(
        text,
        cache=readings,
        spans=[(sentence.start, sentence.end)],
        trigger_spans=[(sentence.start, sentence.end)],
        trigger_at=None,
        mentions=[mention],
    )


# "Nawzad district": the name is a district's, so its town is the place at precision 2.
_DISTRICT_WORD_RE: Final = _re(r"\s+(?:district|county|upazila|tehsil|woreda|raion|locality)\b")
_PROVINCE_WORD_RE: Final = _re(r"\s+(?:province|governorate|state|oblast|wilaya|prefecture)\b")
# "In these attacks", "the strikes": a sentence that goes back to the events just told.
_RECALLED_RE: Final = _re(
    r"\b(?:these|those|the|such) (?:air ?strikes?|strikes?|attacks?|bombings?|raids?|shelling|"
    r"clashes|assaults?|bombardments?)\b"
)


def _recalls(mention: EventMention) -> bool:
    """Whether the sentence's only event words recall events told before ("in these
    attacks three were killed"): it tells a toll, not an event of its own kind."""
    sentence = mention.sentence
    spans = [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in _RECALLED_RE.finditer(sentence.text)
    ]
    return bool(spans) and all(
        any(start <= t.start < end for start, end in spans)
        for t in mention.triggers
        if t.rule != "casualties"
    )


# "… and six civilians in an attack on Arbinda": the place an attack was on is where too.
# "… and two in the southern city of Ziguinchor": the kind of town between.
_TOWN_OF: Final = r"(?:the\s+(?:[a-z-]+\s+){0,2}(?:city|town|village)\s+of\s+)"
# ("in the northern Pabna district": where in the country, then the place.)
_COMPASS_ADJECTIVE: Final = (
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern\s+|"
    r"central\s+)?"
)
_AREA_AFTER_PLACE: Final = (
    r"(?:\s+(?:district|province|county|state|region|governorate|upazila|oblast|division|"
    r"municipality))?"
)
_AT_PLACE_BEFORE_RE: Final = lazy_compile(
    r"\b(?:(?:in|at|near)\s+(?:the\s+)?"
    + _COMPASS_ADJECTIVE
    + r"|(?:in|at|near)\s+"
    + _TOWN_OF
    + r"|"
    r"(?:attacks?|raids?|strikes?|assault|ambush)\s+on\s+)$"
)
# How far before a place its "in" may stand ("in the southern city of Ziguinchor").
_AT_PLACE_REACH: Final = 40


def _tolls_by_place(
    text: str, sentence: Sentence, in_sentence: Sequence[MentionLike]
) -> list[tuple[MentionLike, Casualties]] | None:
    """Each place of the sentence with its own toll, when the sentence counts place by place
    ("three women were killed in Paktika and two in Khost"); else None.

    Every place must follow "in", "at" or "near", none may hold another (a chain names one
    place), each stretch of text up to a place must count someone, and nothing after the
    last place may count anyone (then the tolls would not be the places').
    """
    places = [
        m
        for m in in_sentence
        if m.kind == "toponym"
        and m.place is not None
        and _AT_PLACE_BEFORE_RE.search(
            text, max(sentence.start, m.start - _AT_PLACE_REACH), m.start
        )
    ]
    if len(places) < 2 or any(
        contains(a.place, b.place) or contains(b.place, a.place) or a.place == b.place
        for a, b in itertools.combinations(places, 2)
        if a.place is not None and b.place is not None
    ):
        return None
    if count_casualties(text[places[-1].end : sentence.end]).pair != (None, None):
        return None
    tolls: list[tuple[MentionLike, Casualties]] = []
    start = sentence.start
    for number, place in enumerate(places):
        toll = count_casualties(text[start : place.end])
        if toll.pair == (None, None) and tolls:
            # "killed 7 civilians in Idlib and 3 in Ariha": the verb told once, for both.
            toll = _elided_toll(text[start : place.start], tolls[-1][1])
        if toll.pair == (None, None):
            return None
        if number == 0:
            # The first place's own clause: "Ten were hurt, the governor wrote, adding that
            # seven were wounded in Rylsk": not the total before it.
            for clause in reversed(
                [m.end() for m in _CLAUSE_RE.finditer(text, start, place.start)]
            ):
                own = count_casualties(text[clause : place.end])
                if own.pair == (None, None):
                    # "killed 8 civilians of Donetsk region: 4 in Dolyna, 1 in …": the
                    # first item's count, its verb told with the total.
                    own = _elided_toll(text[clause : place.start], toll)
                if own.pair != (None, None):
                    toll = own
                    break
        tolls.append((place, toll))
        start = place.end
    return tolls


def _targets_by_place(text: str, sentence: Sentence, places: Sequence[MentionLike]) -> list[str]:
    """The words that type each place's attack when the sentence names a target of its own
    for a later place ("killed 14 soldiers near Djibo and six civilians in Arbinda"): the
    stretch up to each place; else "" for every place (the whole sentence types them)."""
    starts = [sentence.start, *(place.end for place in places[:-1])]
    stretches = [text[start : place.end] for start, place in zip(starts, places, strict=True)]
    if not any("('" in type_of_attack(stretch)[2] for stretch in stretches[1:]):
        return [""] * len(places)  # "and two more in Beryslav": the first's target
    return stretches


_CLAUSE_RE: Final = lazy_compile(r"[,;:]\s+|\s+[–—]\s+")
# "… in Idlib and 3 in Ariha": a count alone before the next place.
# "… near Djibo on Sunday and six civilians in an attack on Arbinda": its day, whom, and
# the attack it was in, between the count and the place.
_ELIDED_COUNT_RE: Final = lazy_compile(
    # ("… in Pabna district, two in the northern Rangpur district": the area's word, and
    # where in the country.)
    _AREA_AFTER_PLACE
    + r"\s*(?:on\s+\w+day\s+)?(?:,\s*)?(?:and\s+)?(?:another\s+)?(?P<count>\d+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:more\s+|others?\s+)?"
    # ("4 - in Dolyna, 1 - in Sloviansk": a governor's list.)
    r"(?:[a-z]+\s+)?(?:[-–—]\s*)?(?:(?:in|during)\s+(?:an?\s+)?(?:attack|ambush|raid|assault|strike)\s+"
    r"on\s+|(?:in|at|near)\s+(?:the\s+)?"
    + _COMPASS_ADJECTIVE
    + r"|(?:in|at|near)\s+"
    + _TOWN_OF
    + r")",
    re.IGNORECASE,
)


def _elided_toll(stretch: str, previous: Casualties) -> Casualties:
    """The toll of a place whose verb the sentence told for the place before it."""
    match = _ELIDED_COUNT_RE.fullmatch(stretch)
    count = to_number(match["count"]) if match is not None else None
    if count is None:
        return Casualties()
    if previous.fatalities is not None and previous.injured is None:
        return Casualties(fatalities=count, mentions_deaths=True)
    if previous.injured is not None and previous.fatalities is None:
        return Casualties(injured=count)
    return Casualties()  # both counted before: which one this is, the text does not say


def _a_person_s_surname(text: str, name: str) -> bool:
    """Whether the text gives ``name`` (one word) after a given name somewhere: "Matthias
    Ecke" makes a later bare "Ecke" the man, not a place."""
    return " " not in name and name in _surnames(text)


_FULL_NAME_RE: Final = lazy_compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")


@lru_cache(maxsize=4)
def _surnames(text: str) -> frozenset[str]:
    # Once per report (its sentences ask in turn): one pass over the text.
    return frozenset(
        found.group(2) for found in _FULL_NAME_RE.finditer(text) if is_given_name(found.group(1))
    )


def _locative_name(
    text: str, sentence: Sentence, *, places: _Places, readings: ReadingCache
) -> NamedPlace | None:
    """ "Troops clashed in Janaale": a name the gazetteer lacks where the sentence puts its
    event, read as a place mention would be (a hospital's town is no event's place)."""
    names = [
        Mention(n.text, n.start, n.end, None, 0.0, "not in the gazetteer")
        for n in find_locative_names(text, sentence.start, sentence.end)
        # "near Mir Ali": words the geoparser left unresolved (or read as a given name)
        # do not keep a locative name from being one.
        if all(m.place is None for m in places.between(n.start, n.end))
        # "the attack on Ecke", after "MEP Matthias Ecke": a person named before.
        and not _a_person_s_surname(text, n.text)
    ]
    if not names:
        return None
    found = choose_location(
        text,
        cache=readings,
        spans=[(sentence.start, sentence.end)],
        trigger_spans=[(sentence.start, sentence.end)],
        trigger_at=None,
        mentions=names,
    )
    if found.start is None or not found.location:
        return None
    return NamedPlace(found.location, found.start, found.start + len(found.location))


# What a place's reason says when the gazetteer's town of the name told is another.
_NAMESAKE_NOTE: Final = "the gazetteer's town of that name is another"


def _placed_alike(incidents: list[Incident]) -> list[Incident]:
    """An incident at a name the gazetteer lacks, drawn where another incident of the
    report at that very name is: "13 killed in Mayimoya, Beni territory", then "troops
    clashed with the attackers the next day on the outskirts of Mayimoya"."""
    placed: dict[str, Incident] = {}
    # The incidents whose sentence told the name apart from the gazetteer's town of that
    # name ("Pauktaw town, east of state capital Sittwe"), placed by what it told.
    told_apart: dict[str, Incident] = {}
    for incident in incidents:
        key = incident.location.casefold()
        best = placed.get(key)
        if (
            incident.latitude is not None
            and incident.location
            and (best is None or (incident.geo_precision or 3) < (best.geo_precision or 3))
        ):
            placed[key] = incident
        if incident.latitude is not None and _NAMESAKE_NOTE in incident.place_reason:
            told_apart.setdefault(key, incident)
    out = []
    for incident in incidents:
        key = incident.location.casefold()
        other = placed.get(key)
        apart = told_apart.get(key)
        if (
            apart is not None
            and incident.latitude is not None
            and apart.latitude is not None
            and apart.longitude is not None
            and incident.longitude is not None
            and "placed_at_area" not in incident.flags.split(",")
            and incident.place_name.casefold() == key
            and distance_km(incident.latitude, incident.longitude, apart.latitude, apart.longitude)
            > _MUNICIPALITY_KM
        ):
            # "… east of state capital Sittwe; the navy shelled Pauktaw": the report's one
            # Pauktaw is the one it told apart, not the gazetteer's far namesake.
            other = apart
        elif (
            other is None
            or other is incident
            or not (
                incident.latitude is None
                # "placed in Democratic Republic of the Congo", where the other sentence had a
                # territory to place the village in. (Not the gazetteer's town itself,
                # which this incident's sentence told apart: "Pauktaw town, east of state
                # capital Sittwe", then "shelled Pauktaw".)
                or (
                    "placed_at_area" in incident.flags.split(",")
                    and _NAMESAKE_NOTE not in incident.place_reason
                    and (incident.geo_precision or 3) > (other.geo_precision or 3)
                )
            )
        ):
            out.append(incident)
            continue
        flags = [f for f in incident.flags.split(",") if f and f != "unresolved"]
        if "placed_at_area" in other.flags.split(","):
            flags.append("placed_at_area")
        out.append(
            replace(
                incident,
                **{name: getattr(other, name) for name in place_fields(None)},
                geo_precision=other.geo_precision,
                uncertainty_m=other.uncertainty_m,
                place_reason=f"{incident.location}, as the report's other incident there: "
                f"{other.place_reason}",
                flags=",".join(flags),
            )
        )
    return out


_BRACKET_REACH: Final = 60
_LOCATIVE_BEFORE_RE: Final = _re(r"\b(?:in|at|near|outside|around)\s+(?:the\s+)?$")


def _only_recalled(members: Sequence[EventMention]) -> bool:
    """Whether an event's every sentence only refers back to one told before it ("a
    resident who lost his wife in the attack", "evidence of the attack"), with no toll of
    its own: the event they recall is one the report told as background. (A day they
    name is the statement's: "said on Friday that it had submitted evidence of the
    attack".) A report's first two sentences, its headline and its lead, refer back to
    nothing but each other: "… becomes the second foreign death of the Battle of
    Khartoum" tells the event itself, and a lead's "the blast destroyed the bus" tells the
    headline's bombing."""
    return all(m.refers_back and not m.counted and m.sentence_index > 1 for m in members)


def _listed_with(
    text: str,
    head: tuple[int, int],
    in_sentence: Sequence[MentionLike],
    unknown: Sequence[NamedPlace],
    *,
    areas: bool = False,
) -> list[MentionLike | NamedPlace]:
    """Settlements listed with the event location ``head`` (its span) in its sentence:
    "X, Y and Z", "the villages of X and Y", known to the gazetteer or not. With
    ``areas``, the head is an area, and so are the items a plural area word closes: "in
    Imphal East and Bishnupur districts"."""
    # Any named place keeps the list's shape ("Lviv, Odesa and Dnipro", though the last is
    # read as a district); only settlements are listed.
    items: list[MentionLike | NamedPlace] = [
        m
        for m in in_sentence
        if m.kind == "toponym"
        and m.place is not None
        and m.place.feature_class in ("P", "A")
        and not m.place.feature_code.startswith(("PCL", "ADM1"))
    ]
    unknown_starts = [n.start for n in unknown]  # sorted, as find_named_places returns them

    def inside_unknown(item: MentionLike | NamedPlace) -> bool:
        at = bisect_right(unknown_starts, item.start) - 1
        return at >= 0 and unknown[at].start <= item.start < unknown[at].end

    def in_brackets(item: MentionLike | NamedPlace) -> bool:
        # "Kano (Kano Municipal, Kano), Abuja (…) and Port Harcourt": a bracket holds the
        # areas of the item before it, not items of the list.
        lo = max(0, item.start - _BRACKET_REACH)
        return text.rfind("(", lo, item.start) > text.rfind(")", lo, item.start)

    items = [i for i in items if not inside_unknown(i) and not in_brackets(i)]
    items = sorted([*items, *unknown], key=lambda i: i.start)
    position = next((i for i, item in enumerate(items) if item.start == head[0]), None)
    if position is None:
        return []
    listed: list[MentionLike | NamedPlace] = []
    joined = False  # a list ends in "and"; commas alone make a chain ("X, Y province")
    for step in (1, -1):
        index = position
        while 0 <= index + step < len(items):
            near, far = items[index], items[index + step]
            left, right = (near, far) if step == 1 else (far, near)
            gap = LIST_GAP_RE.fullmatch(text, left.end, right.start)
            if gap is None:
                # "in Culiacán, Sinaloa, and Hermosillo, Sonora": each town with its state.
                gap = _gap_past_its_area(text, left, right, in_sentence)
            if gap is None or right.text.split()[-1].lower() in AREA_WORDS:
                break
            joined = joined or " and " in f" {gap.group(0)} " or "as well as" in gap.group(0)
            if areas:
                if isinstance(far, NamedPlace) or far.place is None:
                    break  # an area the gazetteer lacks: nowhere to put its event
                listed.append(far)
            elif isinstance(far, NamedPlace) or (
                far.place is not None and far.place.feature_class == "P"
            ):
                listed.append(far)
            index += step
    if areas:
        last = max((head[1], *(item.end for item in listed)))
        return listed if joined and _PLURAL_AREA_AFTER_RE.match(text, last) else []
    first = min((head[0], *(item.start for item in listed)))
    if _BETWEEN_BEFORE_RE.search(text, max(0, first - 40), first):
        return []  # "on the road between Kaya and Dori": one place between the two
    if listed and not joined:
        # "attacked Huliaipole, Malokaterynivka and Mali Shcherbaky": the list ends in a
        # name the gazetteer lacks.
        last = max((head[1], *(item.end for item in listed)))
        joined = _AND_A_NAME_AFTER_RE.match(text, last, last + 40) is not None
    return listed if joined else []


# The plural area word that closes a list of areas: "Imphal East and Bishnupur districts".
_PLURAL_AREA_AFTER_RE: Final = lazy_compile(
    r"\s+(?:districts|provinces|regions|states|counties|governorates|oblasts|raions|zones|"
    r"woredas|tehsils|upazilas|departments|prefectures|divisions|municipalities|cercles|"
    r"townships|LGAs|local government areas)\b"
)


# "…, and Tak Bai", "…, Medellín and other cities": a list's end.
_AND_A_NAME_AFTER_RE: Final = lazy_compile(
    r",?\s+and\s+(?:(?:the\s+)?[A-Z][\w'’-]+|(?:several\s+|many\s+|various\s+)?other\s+"
    r"(?:cities|towns|places|localities|municipalities|villages|provinces|regions|areas)\b)"
)


def _gap_past_its_area(
    text: str,
    left: MentionLike | NamedPlace,
    right: MentionLike | NamedPlace,
    in_sentence: Sequence[MentionLike],
) -> re.Match[str] | None:
    """The list's gap after the area that holds the item before it ("Culiacán, Sinaloa,
    and Hermosillo"), or None."""
    if isinstance(left, NamedPlace) or left.place is None:
        return None
    area = next(
        (
            m
            for m in in_sentence
            if left.end < m.start
            and m.end < right.start
            and m.place is not None
            and m.place.feature_class == "A"
            and contains(m.place, left.place)
        ),
        None,
    )
    # "Culiacán, Sinaloa, and …"; "Kostiantynivka in Donetsk oblast and Malokaterynivka in
    # Zaporizhzhia oblast".
    if area is None or text[left.end : area.start].strip() not in (",", "in", "in the"):
        return None
    end = area.end
    word = _AREA_WORD_AFTER_RE.match(text, end)
    if word is not None:
        end = word.end()
    return LIST_GAP_RE.fullmatch(text, end, right.start)


def _an_area_s_container(text: str, named: NamedPlace, in_sentence: Sequence[MentionLike]) -> bool:
    """Whether the name after "district of" holds a district the text named just before
    ("tambon Yata of Raman district of Yala": Yala holds Raman, it is no district)."""
    area = NAMED_AREA_OF_END_RE.search(text, max(0, named.start - 40), named.start)
    return area is not None and any(
        m.end == area.end("name")
        and m.place is not None
        # ("the Cauca municipality of Buenos Aires": the province before, the municipality
        # named after.)
        and m.place.feature_code != "ADM1"
        and not m.place.feature_code.startswith("PCL")
        for m in in_sentence
    )


def _unknown_names(
    text: str, sentence: Sentence, location: EventLocation, in_sentence: Sequence[MentionLike]
) -> list[NamedPlace]:
    """Places the sentence calls one ("the village of X") that the gazetteer lacks."""
    found = [
        named
        for named in find_named_places(text, sentence.start, sentence.end)
        if not _an_area_s_container(text, named, in_sentence)
    ]
    found.extend(_unresolved_before_area(text, in_sentence))
    found.extend(_locative_before_area(text, sentence, in_sentence, found))
    for mention in in_sentence:
        if mention.place is not None and text[mention.start - 2 : mention.start] in (" (", ", "):
            bracketed = name_before_brackets(text, mention, sentence.start)
            if bracketed is not None and all(n.start != bracketed.start for n in found):
                found.append(bracketed)
    longer = _longer_name(text, location)
    if longer is not None:
        found.append(longer)
    # "Ras al-Ain", "Abu Saida": a word of an Arabic compound the gazetteer lacks. A
    # valley or a mountain ("the entrance of Wadi al-Hujayr near Qaaqaait al-Jisr") only
    # where the sentence names no other.
    compounds = [
        NamedPlace(text[span[0] : span[1]], *span, compound=True)
        for mention in in_sentence
        if mention.kind == "toponym"
        and mention.place is None
        and (span := compound_name(text, mention)) is not None
        and not names_a_group(text[span[0] : span[1]])
        # ("under the nickname “El Señor del Sombrero”": a person's other name.)
        and not after_a_nickname_or_outlet_word(text, span[0])
    ]
    settled = [c for c in compounds if not names_a_feature(c.text)]
    found.extend(c for c in settled or compounds if all(n.start != c.start for n in found))
    starts = [m.start for m in in_sentence]  # sorted: bisect keeps this linear
    unknown = []
    for named in found:
        inside = in_sentence[bisect_left(starts, named.start) : bisect_left(starts, named.end)]
        # The gazetteer knows the whole name, or a longer one that holds it ("Jonglei" of
        # "the Duk county of Jonglei state" is "Jonglei state").
        if any(m.start == named.start and named.end <= m.end and m.place for m in inside):
            continue
        before = bisect_left(starts, named.start) - 1
        if before >= 0 and in_sentence[before].place and named.end <= in_sentence[before].end:
            # "Praia" of "Mocímboa da Praia district": the tail of a longer known name.
            continue
        if _DISTRICT_WORD_RE.match(text, named.end) and any(m.start == named.start for m in inside):
            # "the Lgov district": a name the geoparser found but left open is read (and
            # resolved alone) as a place; only a district it does not know is asked here.
            continue
        if _HOME_TOWN_BEFORE_RE.search(text, max(sentence.start, named.start - 40), named.start):
            # "mourned Ali Srour, 27, from the town of Aitaroun": where he came from.
            continue
        went = text[max(sentence.start, named.start - 60) : named.start]
        if ("toward" in went and WENT_TOWARD_BEFORE.search(went)) or (
            "from" in went and _CAME_FROM_BEFORE_RE.search(went)
        ):
            # "… before withdrawing towards Wadi al-Zghaytun": where the attackers went;
            # "armed men suspected to be from the neighbouring Ezza-Effium community":
            # where they came from.
            continue
        unknown.append(named)
    return sorted(unknown, key=lambda n: n.start)


_CAME_FROM_BEFORE_RE: Final = lazy_compile(
    r"(?:\b(?:suspected|believed|said|thought) to (?:be|have come)|\b(?:came|come|comes|coming|"
    r"hail(?:ed|ing|s)?))\s+from\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|adjacent|rival)\s+)?$"
    r"|\bfrom\s+(?:the\s+)?(?:neighbou?ring|nearby|adjacent|rival)\s+$",
    re.IGNORECASE,
)
# A person's home town: "…, 27, from the town of Aitaroun", "a native of the village of".
_HOME_TOWN_BEFORE_RE: Final = lazy_compile(
    r"(?:\b\d{1,3},?(?:\s+[\w\"“”',-]+){0,4}?|\bnatives?\s+of)\s+from\s+the\s+"
    r"(?:town|village|city|hamlet)\s+of\s+$"
    r"|\bnatives?\s+of\s+the\s+(?:town|village|city|hamlet)\s+of\s+$"
    # "opened fire on Jan Badshah, a resident of Gang area in Salarzai tehsil": his home.
    r"|,\s+an?\s+(?:resident|native)\s+of\s+(?:[A-Z][\w'’-]+\s+(?:area|village|town)\s+"
    r"(?:in|of)\s+)?$",
    re.IGNORECASE,
)


def _unknown_named_place(
    text: str, location: EventLocation, unknown: Sequence[NamedPlace]
) -> NamedPlace | None:
    """The unknown name that is the sentence's event location.

    It wins over what the gazetteer found only when that is an area (the village lies in
    it), nothing, or a fragment of the name ("Wad" of "Wad al-Noura").
    """
    place = location.place
    # "on the Kaduna-Abuja highway near Kateri village (Kajuru LGA)": a road runs far;
    # the village on it is where.
    on_road = (
        location.start is not None
        and _ROAD_AFTER_RE.match(text, location.start + len(location.location)) is not None
    )
    # "youth from Tonj North County raided a cattle camp in Mayom County": the attackers'
    # home is no more where than the camp the gazetteer lacks.
    origin = (
        location.start is not None
        and FROM_BEFORE.search(text, max(0, location.start - 40), location.start) is not None
    )
    for named in unknown:
        if (
            place is None
            or place.feature_class != "P"
            or location.area_named  # "Tamanu village, Ilaga District": in the district
            or named.rural  # "the vereda El Mango, in Argelia": near the town
            or (location.start is not None and named.start <= location.start < named.end)
            or (on_road and location.start is not None and named.start > location.start)
            # "in Chattogram's Banshkhali upazila": the city names the district it holds.
            or (
                location.start is not None
                and _POSSESSIVE_GAP_RE.fullmatch(
                    text, location.start + len(location.location), named.start
                )
                is not None
            )
            or (origin and _IN_BEFORE_RE.search(text, max(0, named.start - 12), named.start))
            # "their village of al-Jabaliya …, south of the port city of Hodeidah": the
            # city is the landmark the village is told from.
            or (
                location.start is not None
                and named.end <= location.start
                and _BEARING_OF_BEFORE_RE.search(
                    text, max(named.end, location.start - 50), location.start
                )
            )
        ):
            return named
    return None


_IN_BEFORE_RE: Final = lazy_compile(r"\b(?:in|at|near)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE_GAP_RE: Final = lazy_compile(r"['’]s\s+")
_BEARING_OF_BEFORE_RE: Final = lazy_compile(
    r",\s+(?:\w+\s+){0,3}?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,6}?$",
    re.IGNORECASE,
)


# "Later on Monday, the toll rose to 43", "UPDATE, Wednesday: The toll rose to eleven".
_TOLL_UPDATE_OPENS_RE: Final = lazy_compile(
    r"\W{0,3}(?:updated?\b\W{0,3})?(?:(?:later|by|on|late|early)(?: on)? )?(?:\w+day\b)?"
    r"(?: (?:morning|afternoon|evening|night))?\W{0,3}the (?:death |final |overall )?toll "
    r"(?:later |has |had |then )?(?:rose|risen|climbed|increased|jumped|reached)\b",
    re.IGNORECASE,
)


_ROAD_AFTER_RE: Final = lazy_compile(
    r"(?:[-–][A-Z][\w'’]*(?:[- ][A-Z][\w'’]*)?)?\s+(?:road|highway|route|expressway|motorway)\b",
    re.IGNORECASE,
)


# "Qaaqaait al-Jisr": the gazetteer matched only the last word of an Arabic name.
_NAME_WITH_ARTICLE_RE: Final = lazy_compile(
    r"(?:[A-Z][\w'’]{1,20} ){1,2}(?:al|el|ad|an|ar|as|ash|at|az|ez|es|ed)-$"
)


def _longer_name(text: str, location: EventLocation) -> NamedPlace | None:
    """The whole name when the location found is the tail of a longer one."""
    if location.start is None or not location.location:
        return None
    match = _NAME_WITH_ARTICLE_RE.search(text, max(0, location.start - 50), location.start)
    if match is None or is_given_name(match.group(0).split()[0]):
        return None  # "Mohamed al-Menfi called the kidnapping …": a person's name
    end = location.start + len(location.location)
    return NamedPlace(text[match.start() : end], match.start(), end)


# "Tawari, Kogi State", "Bodo, Far North Region, Cameroon": a name, then the area holding
# it; "Barsalogho, in the province of Sanmatenga", "Tamou, in the rural commune of Say":
# as French copy in translation writes the area's kind before it.
_CONTAINER_GAP_RE: Final = lazy_compile(
    r",\s{1,3}(?:in\s{1,3}(?:the (?:[a-z]+ )?(?:"
    # "Palma, in the far north of Cabo Delgado": a part of the area, by the spotter's words.
    + "|".join(
        sorted(
            (*AREA_LEVEL_OF_WORD, *DIRECTION_WORDS, "centre", "center"),
            key=len,
            reverse=True,
        )
    )
    + r") of )?"
    # "Pangane, a fishing village on the coast of Macomia district", "Mucojo, the seat of
    # the administrative post of …": an apposition says what holds the name.
    + r"|(?:an?|the) (?:[a-z-]+ ){0,2}?(?:village|town|locality|hamlet|settlement|community|"
    + r"seat|capital|headquarters) (?:in|of|near|on the (?:coast|shores?|outskirts|edge) of) "
    + r"(?:the )?)?"
)


def _unresolved_before_area(text: str, in_sentence: Sequence[MentionLike]) -> list[NamedPlace]:
    """Toponyms the gazetteer could not place, written as the first link of a chain."""
    found = []
    for inner, outer in itertools.pairwise(in_sentence):
        if (
            inner.kind == "toponym"
            and inner.place is None
            and outer.place is not None
            and outer.place.feature_class in ("A", "L")
            and _CONTAINER_GAP_RE.fullmatch(text, inner.end, outer.start)
        ):
            found.append(NamedPlace(inner.text, inner.start, inner.end))
    return found


def _contradicted_by_its_province(
    location: EventLocation, in_sentence: Sequence[MentionLike], sentence: Sentence
) -> NamedPlace | None:
    """The town's name, as a name the gazetteer lacks, when the province its sentence puts
    it in does not hold the town the gazetteer read: "Bako town (Ilu Gelan woreda, West
    Shewa zone, Oromia)" is no Bako of South Ethiopia, whatever else it is."""
    town = location.place
    if town is None or town.feature_class != "P" or location.start is None:
        return None
    end = location.start + len(location.location)
    mention = NamedPlace(location.location, location.start, end)
    return mention if _outside_the_province_after(town, mention, in_sentence, sentence) else None


def _far_from_its_landmark(
    location: EventLocation,
    in_sentence: Sequence[MentionLike],
    sentence: Sentence,
    capital_of: Mapping[str, str],
) -> MentionLike | None:
    """The landmark a town is told from ("Pauktaw town, east of state capital Sittwe"),
    when the gazetteer's town of that name lies far from it (Yangon's Pauktaw): the town
    told is another, near the landmark. A country's capital is the landmark of towns
    across the country ("Mandera, north-east of Nairobi"), so only a stated distance
    makes it far."""
    town = location.place
    if town is None or town.feature_class != "P" or location.start is None:
        return None
    end = location.start + len(location.location)
    bearing = _BEARING_AFTER_RE.match(sentence.text, end - sentence.start)
    if bearing is None:
        return None
    landmark = next(
        (
            m
            for m in in_sentence
            if m.start == sentence.start + bearing.end()
            and m.place is not None
            and m.place.feature_class == "P"
            and m.place != town
        ),
        None,
    )
    if landmark is None or landmark.place is None:
        return None
    far = distance_km(town.lat, town.lon, landmark.place.lat, landmark.place.lon)
    if bearing["km"]:
        stated = float(bearing["km"]) * (1.609 if bearing["unit"].lower() == "miles" else 1.0)
        return landmark if abs(far - stated) > max(_LANDMARK_SLACK_KM, stated / 2) else None
    capital = capital_of.get(landmark.place.country or "", "")
    if capital.casefold() == landmark.place.name.casefold():
        return None
    if town.population >= _CITY_TOLD_FROM_AFAR and town.country == landmark.place.country:
        # "Kropyvnytskyi, north of Mykolaiv" (170 km): a city of the country, told by a
        # bearing alone from a better-known one, is that city.
        return None
    return landmark if far > _LANDMARK_KM else None


# ", east of state capital Sittwe", ", about 30 km north-west of the city of Gao": the
# landmark a town is told from, right after the town.
_BEARING_AFTER_RE: Final = lazy_compile(
    # ("Al-Riyadh subdistrict, southwest of Kirkuk".)
    r"(?:\s+(?:town|village|city|community|area|(?:sub-?)?district|subdistrict|locality))?,\s+"
    r"(?:(?:about|some|around|roughly|nearly)\s+)?"
    r"(?:(?P<km>\d{1,3})\s*(?P<unit>km|kilomet(?:er|re)s|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?"
    r"(?:(?:state|provincial|regional|district)\s+capital,?\s+|(?:city|town)\s+of\s+)?",
    re.IGNORECASE,
)
# How far from its landmark a town told by a bearing alone may lie, and how far from the
# distance stated.
_LANDMARK_KM: Final = 150.0
_CITY_TOLD_FROM_AFAR: Final = 100_000
_LANDMARK_SLACK_KM: Final = 40.0


# ", Ancuabe district", " in Duk County": a named area right after a town.
_CHAINED_AREA_AFTER_RE: Final = lazy_compile(
    r",?\s+(?:in\s+)?(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
    r"(?=\s+(?:" + "|".join(sorted(AREA_LEVEL_OF_WORD, key=len, reverse=True)) + r")\b)",
    re.IGNORECASE,
)


def _abroad_before_an_unknown_area(
    text: str, location: EventLocation, places: _Places
) -> NamedPlace | None:
    """The town's name, as a name the gazetteer lacks, when the gazetteer read it in a
    country no other place of the report lies in, and the text puts it in an area the
    gazetteer does not know: "near Mesa, Ancuabe district", in a report on Mozambique,
    is no Mesa of Arizona."""
    town = location.place
    if town is None or town.feature_class != "P" or location.start is None:
        return None
    end = location.start + len(location.location)
    chained = _CHAINED_AREA_AFTER_RE.match(text, end, end + 60)
    if chained is None or any(
        m.start == chained.start("name") and m.place is not None for m in places.mentions
    ):
        return None
    countries = {
        m.place.country
        for m in places.mentions
        if m.place is not None and m.place.country and m.start != location.start
    }
    if not countries or town.country in countries:
        return None
    return NamedPlace(location.location, location.start, end)


def _outside_the_province_after(
    place: Place,
    mention: MentionLike | NamedPlace,
    in_sentence: Sequence[MentionLike],
    sentence: Sentence,
) -> bool:
    """Whether the chain that follows the place names a first-level area of its country
    that does not hold it, or a municipality of another province far from it."""
    if place.feature_class not in ("P", "A") or place.feature_code in ("ADM1", "PCLI"):
        return False
    if not sentence.start <= mention.end <= sentence.end:
        return False  # the chain is read within the sentence
    provinces = []
    abroad = own = False
    for m in in_sentence:
        if not (mention.end < m.start <= mention.end + _PROVINCE_REACH and m.place is not None):
            continue
        gap = sentence.text[mention.end - sentence.start : m.start - sentence.start]
        if not _is_chain_gap(gap):
            continue
        if m.place.country != place.country:
            if _NAME_WORD_AFTER_RE.match(sentence.text, m.end - sentence.start):
                continue  # "al Hudaydah, the United Kingdom Maritime Trade Operations said"
            # "Léré town (Timbuktu region), Mali": a region or a country of another
            # country than the gazetteer's Léré, Nigeria's, holds the town.
            abroad = abroad or bool(
                m.place.country
                and (
                    m.place.feature_code == "ADM1"
                    or m.place.feature_code.startswith("PCL")
                    or _AREA_WORD_AFTER_RE.match(sentence.text, m.end - sentence.start) is not None
                )
            )
            continue
        # "Taiz city (Al Qahirah, Taiz)": the town's own country in the chain too, and the
        # area read abroad (Cairo's governorate) is a district of the same name.
        own = True
        if m.place.feature_code == "ADM1":
            provinces.append(m.place)
        elif (
            m.place.feature_code == "ADM2"
            and place.feature_class == "P"
            and place.admin1
            and m.place.admin1
            and place.admin1 != m.place.admin1
            # (GeoNames files border towns on either side: Madalla, 9 km from Suleja.)
            and distance_km(place.lat, place.lon, m.place.lat, m.place.lon) > _MUNICIPALITY_KM
        ):
            # "Villa Juárez, in the municipality of Navolato": Navolato is Sinaloa's; the
            # gazetteer's Villa Juárez, Sonora's, is another town of that name.
            return True
        elif (
            m.place.feature_class == "P"
            and place.feature_class == "P"
            and gap.rstrip().endswith("municipality of")
            and distance_km(place.lat, place.lon, m.place.lat, m.place.lon) > _MUNICIPALITY_KM
        ):
            # A town 400 km from the seat of the municipality said to hold it is another
            # town of that name.
            return True
    if abroad and not own:
        return True
    return bool(provinces) and not any(contains(p, place) for p in provinces)


_NAME_WORD_AFTER_RE: Final = lazy_compile(r" (?-i:[A-Z])[a-z]")
# How far from its municipality's seat a town of it may lie.
_MUNICIPALITY_KM: Final = 80.0


# The lower-case words a chain of areas holds between its links ("town (Ilu Gelan woreda,
# West Shewa zone, Oromia)", "in Dera woreda, South Gondar zone, Amhara region"): any
# other word ("says a drone strike on", a list's "and") ends the chain.
_CHAIN_WORDS: Final = frozenset(AREA_LEVEL_OF_WORD) | frozenset(
    (
        *("in", "of", "the", "town", "village", "city", "sector", "commune", "area"),
        *("kebele", "locality", "chiefdom", "ward", "groupement", "subdivision", "regional"),
        # "Orchha police station limits of Narayanpur district": India's police areas.
        *("police", "station", "limits", "jurisdiction"),
    )
)
_LOWER_WORD_RE: Final = lazy_compile(r"\b[a-z][\w-]*")
_NAME_GOES_ON_RE: Final = lazy_compile(r"\b[A-Z][\w'’-]* \Z")


def _is_chain_gap(gap: str) -> bool:
    if _NAME_GOES_ON_RE.search(gap):
        return False  # "in the Bajo Cauca region": a longer name that holds the area's
    return len(gap) <= _PROVINCE_REACH and all(
        word in _CHAIN_WORDS for word in _LOWER_WORD_RE.findall(gap)
    )


# How far after a town its chain names the province that holds it ("Bako town (Ilu Gelan
# woreda, West Shewa zone, Oromia)").
_PROVINCE_REACH: Final = 90


def _locative_before_area(
    text: str,
    sentence: Sentence,
    in_sentence: Sequence[MentionLike],
    found: Sequence[NamedPlace],
) -> list[NamedPlace]:
    """Names after "in" or "near" that the gazetteer lacks, written as the first link of a
    chain whose next link it knows as an area: "in Llorente, Tumaco municipality"."""
    # Only an area right after a comma (or "…, in the province of") ends such a chain: the
    # cheap test first.
    if not any(
        text[m.start - 2 : m.start] == ", " or text[m.start - 3 : m.start] == "of "
        for m in in_sentence
    ):
        return []
    starts = [m.start for m in in_sentence]
    chained = []
    for named in find_locative_names(text, sentence.start, sentence.end):
        gap = _CONTAINER_GAP_RE.match(text, named.end)
        if gap is None or any(n.start == named.start for n in found):
            continue
        at = bisect_left(starts, gap.end())
        if at == len(starts) or starts[at] != gap.end():
            continue
        outer = in_sentence[at]
        area_after = _AREA_WORD_AFTER_RE.match(text, outer.end) is not None
        if outer.place is None and not area_after:
            continue  # "Macomia district" is read as a district later, by its town
        area = outer.place is not None and outer.place.feature_class in ("A", "L")
        # "in Tamou, in the rural commune of Say": the gap names the town's area.
        if area or gap.end() - gap.start() > 6 or area_after:
            chained.append(named)
    return chained


# The kinds of area the spotter knows, and Nigeria's name for its LGAs spelled out.
_AREA_WORD_AFTER_RE: Final = lazy_compile(
    r"\s+(?:"
    + "|".join(sorted(AREA_LEVEL_OF_WORD, key=len, reverse=True))
    + r"|commune|Local Government Area)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _DocumentContext:
    """The countries the report names (as countries or by their people), and the place
    mention of its dateline, if any."""

    countries: frozenset[str]
    dateline: Dateline | None = None
    filed_from: MentionLike | None = None
    # The gazetteer's entry of each country the report names (ISO2 -> place).
    country_places: Mapping[str, Place] = field(default_factory=dict)
    # The countries of the towns and areas the report names (its dateline's too).
    place_countries: frozenset[str] = frozenset()
    # The countries of the places the geoparser read with confidence.
    sure_countries: frozenset[str] = frozenset()
    # (country, name) of each first-level area the report names ("Cabo Delgado").
    provinces: frozenset[tuple[str, str]] = frozenset()

    @classmethod
    def of(
        cls, mentions: Sequence[MentionLike], *, dateline: Dateline | None, text: str = ""
    ) -> _DocumentContext:
        country_mentions = [
            m
            for m in mentions
            if m.place is not None
            and m.place.country
            and (m.kind == "demonym" or m.place.feature_code.startswith(("PCL", "TERR")))
        ]
        countries = {m.place.country for m in country_mentions if m.place is not None}
        # A people's name says where only before such words as "government" or "police"
        # ("the Chilean government"): "Russian Air Force airstrikes", "Chadian
        # peacekeepers", "near the Thai border" tell of forces abroad, or of a neighbour.
        country_places = {
            m.place.country: m.place
            for m in country_mentions
            if m.place is not None
            and m.place.country
            and (
                _HOME_AFTER_RE.match(text, m.end, m.end + 40)
                if m.kind == "demonym"
                else not (
                    _ABROAD_AFTER_RE.match(text, m.end, m.end + 40)
                    # "a missile fired from Yemen": where it came from, not where it hit.
                    or ORIGIN_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
                    # "suspected Dassanach militia from Ethiopia attacked them": where the
                    # attackers came from, across a border.
                    or _ARMED_FROM_BEFORE_RE.search(text, max(0, m.start - 70), m.start)
                    # "The Armed Forces of Ukraine shelled a village in Bryansk region".
                    or _FORCES_OF_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
                    or ATTACKERS_PAIR_AFTER_RE.match(text, m.end, m.end + 40)
                    or STANCE_BEFORE_RE.search(text, max(0, m.start - 6), m.start)
                    or names_a_neighbour(text, m.start, m.end)
                    or _BASED_IN_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
                )
            )
        }
        bureau: Dateline | None = None  # a dateline that says only where the bureau is
        if dateline is not None and set(country_places) <= {
            m.place.country
            for m in country_mentions
            if m.place is not None and dateline.start <= m.start < dateline.end
        }:
            # "BAMAKO, Mali (AP) — Togo's military says …": the bureau's country, named only
            # in the dateline, is not the one the report is about when the text names one
            # other country, however it names it.
            told = {
                m.place.country: m.place
                for m in country_mentions
                if m.place is not None
                and m.place.country
                and not dateline.start <= m.start < dateline.end
            }
            if len(told) == 1 and not set(told) & set(country_places):
                country_places = told
                bureau = dateline
        filed_from = None
        if dateline is not None:
            filed_from = next(
                (
                    m
                    for m in mentions
                    if dateline.place_start <= m.start < dateline.place_end
                    and m.place is not None
                    and m.kind == "toponym"
                ),
                None,
            )
        # (country, whether a country's own entry, confidence) of each place read.
        placed = [
            (m.place.country, m.place.feature_code.startswith(("PCL", "TERR")), m.confidence)
            for m in mentions
            if m.kind == "toponym"
            and m.place is not None
            and m.place.country
            and not (bureau is not None and bureau.start <= m.start < bureau.end)
        ]
        place_countries = frozenset(country for country, whole, _ in placed if not whole)
        sure_countries = frozenset(
            country for country, _, confidence in placed if confidence >= _SURE_CONFIDENCE
        )
        return cls(
            frozenset(c for c in countries if c),
            dateline,
            filed_from,
            country_places,
            place_countries,
            sure_countries,
            frozenset(
                (m.place.country, m.place.name)
                for m in mentions
                if m.kind == "toponym"
                and m.place is not None
                and m.place.country
                and m.place.feature_code == "ADM1"
            ),
        )

    def outside_its_provinces(self, place: Place) -> bool:
        """Whether ``place`` lies outside every first-level area the report names in its
        country (when it names one): "Muaguide" spelled close to Magude, a town of Maputo
        province, in a report about Cabo Delgado."""
        named = {name for country, name in self.provinces if country == place.country}
        return bool(named) and bool(place.admin1) and place.admin1 not in named

    def doubts(self, mention: MentionLike) -> bool:
        """Whether a place read with little confidence lies in a country that neither the
        report nor any place it names with confidence is in ("Doma payam of Ulang county"
        after "Upper Nile": Doma of Nigeria, in a report about South Sudan)."""
        country = mention.place.country if mention.place is not None else None
        return (
            mention.confidence < _DOUBTED_CONFIDENCE
            and country is not None
            and bool(self.sure_countries or self.countries)
            and country not in self.countries
            and country not in self.sure_countries
        )


# A place read at this confidence or more vouches for its country; below the lower one, a
# place in a country nothing else vouches for is doubted.
_SURE_CONFIDENCE: Final = 0.9
_DOUBTED_CONFIDENCE: Final = 0.5


_BASED_IN_BEFORE_RE: Final = _re(BASED_IN_BEFORE)
_FORCES_OF_BEFORE_RE: Final = _re(
    r"\b(?:armed forces|forces|army|military|troops|navy|air force|government|president|"
    r"ministry of [a-z]+(?: affairs)?) of (?:the\s+)?$"
)
# "a U.S.-led coalition", "Rwanda's troops", "Agence France-Presse": a country that acts
# or names something, not a place.
_ABROAD_AFTER_RE: Final = _re(
    r"-(?:presse|press|based)\b|(?:-led|-backed|['’]s?)?\s*(?:air\s+force|armed\s+forces|"
    r"forces|troops|soldiers|army|military|peacekeepers|warplanes|jets|aircraft|drones?|navy|"
    r"mercenaries|coalition|air\s*strikes?)\b"
    # "Kenya Defence Forces soldiers were killed near Afmadow": a country's forces by name.
    r"|" + NAMED_FORCES_AFTER
)
_ARMED_FROM_BEFORE_RE: Final = _re(
    r"\b(?:militias?|militiamen|gunmen|raiders|fighters|attackers|assailants|bandits|rebels|"
    r"militants|insurgents|jihadists|troops|forces|soldiers|herders|warriors|rustlers)\s+"
    r"(?:who (?:came|crossed) )?from\s+(?:neighbou?ring\s+)?(?:the\s+)?$"
    # "gunmen who had entered the country early Tuesday from neighboring Democratic
    # Republic of Congo": where they came from.
    r"|\b(?:entered|crossed into|came into|infiltrated)\b[^.;]{0,40}?\bfrom\s+"
    r"(?:neighbou?ring\s+)?(?:the\s+)?$"
)
_HOME_AFTER_RE: Final = _re(
    r"\s+(?:government|police|authorities|capital|cities|towns|villages|people|civilians|"
    r"protesters|demonstrators|students|workers|president|parliament|opposition)\b"
    # "the Syrian Alawite village of al-Zara": a settlement of that country.
    r"|\s+(?:[\w-]+\s+)?(?:village|town|city|hamlet|province|region|countryside)\b"
)


# "…to secure the site near Bangassou", "the scene of the attack in Kidal": a sentence
# that goes on about where the event the report placed only in a country happened.
_SITE_RE: Final = _re(r"\b(?:the (?:site|scene|area|spot|location)|took place|happened|occurred)\b")


def _site_told_next(
    text: str,
    location: EventLocation,
    following: Sequence[Sentence],
    mentions: _Places,
    readings: ReadingCache,
) -> EventLocation:
    """The settlement that the sentences after an event's first give as its site, when its
    own sentences place it only in a country ("A rebel group in the Central African
    Republic ambushed a convoy. … troops secured the site near Bangassou.")."""
    country = location.place.country if location.place is not None else None
    spans = [(s.start, s.end) for s in following if _SITE_RE.search(s.text)]
    if not spans or not country:
        return location
    found = choose_location(
        text,
        cache=readings,
        spans=spans,
        trigger_spans=[],
        trigger_at=None,
        mentions=mentions.between(spans[0][0], spans[-1][1]),
    )
    place = found.place
    if place is None or place.feature_class != "P" or place.country != country:
        return location
    return replace(found, reason=f"the site that the next sentences give; {found.reason}")


# The kind of area a name is given: "Ullapara upazila" (1, inside a district),
# "Nangade district", "Lebialem division" (2), "Kayes region" (3).
_SUBDISTRICT_WORDS: Final = (
    "subdivision|commune|tehsil|woreda|upazila|township|hromada|chiefdom|sector|locality|"
    "sub-district|subdistrict|payam|groupement"
)
_DISTRICT_WORDS: Final = (
    "district|county|division|municipality|department|territory|prefecture|cercle|lga|"
    "local government area|raion|rayon"
)
_PROVINCE_WORDS: Final = "province|region|state|governorate|oblast|zone"


_AREA_KIND_AFTER_RE: Final = _re(
    rf"\s+(?:(?P<sub>{_SUBDISTRICT_WORDS})|(?P<district>{_DISTRICT_WORDS})|{_PROVINCE_WORDS})s?\b"
)


def _named_area_level(text: str, end: int | None) -> int | None:
    """1 when the word after ``text[:end]`` (a name) makes it a part of a district, 2 a
    district or the like, 3 a province; else None. Read where the name is, not searched
    for in the whole text: an event per name would make that quadratic."""
    if end is None:
        return None
    found = _AREA_KIND_AFTER_RE.match(text, end, end + 40)
    if found is None:
        return None
    return 1 if found["sub"] else 2 if found["district"] else 3


_ADMIN_AREA_CODES: Final = frozenset(("ADM1", "ADM2", "ADM3"))


def _in_the_one_area(
    location: EventLocation,
    text: str,
    mentions: Sequence[MentionLike],
    readings: ReadingCache,
) -> EventLocation:
    """A village the gazetteer lacks, in a report that names one district or province
    (or one inside another): most likely there ("the village of Chicomo", in a report
    about attacks in Macomia district). Two areas apart say nothing."""
    areas: dict[str, tuple[Place, int]] = {}
    # Districts and provinces the text does not call so ("operations in North
    # Waziristan"): not where the village is placed, but areas of the report all the same.
    uncalled: list[Place] = []
    countries: Counter[str] = Counter()
    for mention in mentions:
        if mention.place is None:
            continue
        if mention.place.country and not mention.place.feature_code.startswith(("PCL", "TERR")):
            countries[mention.place.country] += 1
        if mention.place.feature_code.startswith(("PCL", "TERR")):
            continue  # "in neighbouring Burkina Faso": a country, not a village's area
        precision = area_precision_of(text, mention, cache=readings)
        if precision is not None:
            areas.setdefault(mention.place.place_id, (mention.place, precision))
        elif mention.place.feature_code in _ADMIN_AREA_CODES:
            uncalled.append(mention.place)
    if not areas:
        return location
    ranked = sorted(areas.values(), key=lambda item: item[1])  # districts first
    # The one every other area holds ("Beoga District, Puncak Regency": Beoga, though
    # both are districts by their words); none when two lie apart.
    inner, precision = next(
        (
            (place, level)
            for place, level in ranked
            if all(
                other is place or other.name == place.name or contains(other, place)
                for other, _ in ranked
            )
        ),
        ranked[0],
    )
    own_level = _named_area_level(
        text, None if location.start is None else location.start + len(location.location)
    )
    if own_level is not None and own_level >= precision:
        # "In Nangade district …" in a report about Macomia district: an area of its own
        # beside the one named, not inside it.
        return location
    own = countries[inner.country or ""]
    if any(count >= own for country, count in countries.items() if country != inner.country):
        # An area in a country the report names no more often than another ("Mamasapano",
        # and Bijapur in a closing round-up of India) is no area of the report's village.
        return location
    if any(
        not (place is inner or contains(place, inner) or place.name == inner.name)
        for place, _ in ranked
    ) or any(
        not (place.place_id == inner.place_id or contains(place, inner) or contains(inner, place))
        for place in uncalled
    ):
        return location
    return replace(
        location,
        place=inner,
        geo_precision=precision,
        confidence=min(location.confidence, 0.3),
        reason=f"{location.location} is not in the gazetteer; placed at {inner.name}, the one "
        f"area the report names",
        stand_in=True,
    )


# "…, Malanville Mayor Gado Guidami said": a town's official, who speaks of its ground.
_TOWN_OFFICIAL_RE: Final = lazy_compile(
    r"\b((?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?) (?:Mayor|Governor|Prefect) "
    r"(?=(?-i:[A-Z]))"
)


def _an_official_s_town(
    location: EventLocation, joined: str, resolve_name: NameResolver
) -> EventLocation | None:
    """An event the report places only in a country ("a border crossing in northern
    Benin"), told by a town's mayor, governor or prefect ("Malanville Mayor Gado Guidami
    said"): in the official's town or province, near it (precision 2)."""
    country = location.place.country if location.place is not None else None
    for found in _TOWN_OFFICIAL_RE.finditer(joined):
        place, why = resolve_name(found.group(1))
        if (
            place is not None
            and place.country == country
            and not place.feature_code.startswith("PCL")
            and "fuzzy match" not in why
        ):
            return EventLocation(
                found.group(1),
                place,
                2 if place.feature_class == "P" else 3,
                round(min(location.confidence, 0.5), 3),
                f"the report places the event only in {location.location}; the "
                f"{found.group(0).split()[-1].lower()} who told of it is {found.group(1)}'s: "
                f"{why}",
                None,
                stand_in=True,
            )
    return None


def _in_the_country(location: EventLocation, context: _DocumentContext) -> EventLocation:
    """An incident the report places nowhere we know, in the one country it is about.

    "Protests against the Chilean government were suppressed by police": no place is
    named, but the country is; as ACLED does, the incident is the country's, precision 3,
    rather than an incident with no point. A name the gazetteer lacks stays the location.
    """
    if len(context.country_places) != 1:
        return location
    (place,) = context.country_places.values()
    if not place.feature_code.startswith(("PCL", "TERR")):
        return location
    if context.place_countries and place.country not in context.place_countries:
        # "… since peace talks in Tanzania collapsed", in a report whose towns are all in
        # Ethiopia: the one country named is not the one the report is about.
        return location
    said = (
        f"{location.location} is not in the gazetteer"
        if location.location
        else "the report names no place for it"
    )
    return replace(
        location,
        location=location.location or place.name,
        place=place,
        geo_precision=3,
        confidence=min(location.confidence, 0.3) if location.location else 0.3,
        reason=f"{said}; placed in {place.name}, the one country the report is about",
        stand_in=bool(location.location),
    )


# "the city centre", "in the capital", South Asia's "a CRPF bunker here": the place the
# report speaks from.
_THE_CITY_RE: Final = _re(
    # ("in this town on Monday evening", "in this city": the dateline's.)
    r"\b(?:the|this) (?:city|capital|town|municipality)\b(?! of\b)|"
    r"\b(?:in |near |from )?here(?=[.,;]| (?:on|in|near|at|late|early|this|last|today|"
    r"yesterday|tonight|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday))\b)"
)


def _dateline_city(
    joined: str, context: _DocumentContext, *, resolve_name: NameResolver | None
) -> EventLocation | None:
    """A dateline city is the event location when the event happened in "the city"."""
    match = _THE_CITY_RE.search(joined)
    dateline = context.dateline
    if match is None or dateline is None or not dateline.place:
        return None
    mention = context.filed_from
    if mention is not None:
        place, why, confidence = mention.place, mention.reason, mention.confidence
    elif resolve_name is not None:
        # "KYIV —": shouted short names are not spotted as places; ask for it alone.
        place, why = resolve_name(dateline.place.title())
        confidence = 0.6
    else:
        return None
    if place is None or place.feature_class != "P":
        return None
    return EventLocation(
        dateline.place,
        place,
        1,
        round(0.5 * confidence, 3),
        f"the incident happened in '{match.group(0)}' and the report names no other place; "
        f"its dateline is {dateline.place}; {why}",
        dateline.place_start,
        True,
    )


def _nearby(
    location: EventLocation,
    joined: str,
    *,
    stated_here: bool,
    previous: Sequence[EventLocation],
) -> EventLocation:
    """Near the previous event's place, for an event "in a nearby village" that its own
    sentences do not name; at it, for one "in the same city"."""
    nearby = _nearby_cue(joined)
    cue = nearby or _SAME_PLACE_RE.search(joined)
    if cue is None and not stated_here and any(word in joined for word in _THE_TOWN_WORDS):
        # "A fighter jet dropped four bombs on the town's market ward": an event that
        # names no place of its own, in the town the report just told of.
        cue = _THE_TOWN_RE.search(joined)
    if not previous or cue is None:
        return location
    if (
        stated_here
        and location.place is not None
        and not location.place.feature_code.startswith("PCL")
    ):
        return location
    last = previous[-1]
    if nearby is None:  # "in the same city": the place itself
        return replace(
            last,
            confidence=round(last.confidence * 0.9, 3),
            reason=f"'{cue.group(0)}': {last.location}, where the report's previous event "
            f"happened; {last.reason}",
            start=None,
        )
    return replace(
        last,
        geo_precision=max(2, last.geo_precision or 2),
        confidence=round(last.confidence * 0.8, 3),
        reason=f"'{cue.group(0)}': near {last.location}, where the report's previous "
        f"event happened; {last.reason}",
        start=None,
    )


def _areas(
    in_event: Sequence[MentionLike],
    members: Sequence[EventMention],
    town_areas: Mapping[int, int],
) -> list[MentionLike]:
    """Resolved areas (districts, provinces, regions, countries) the event's sentences name,
    and towns they call areas (``town_areas``: start to precision), the most specific
    first."""
    spans = [(m.sentence.start, m.sentence.end) for m in members]
    found = [
        m
        for m in in_event
        if m.kind == "toponym"
        and m.place is not None
        and (m.place.feature_class in ("A", "L") or m.start in town_areas)
        and m.place.feature_code != "CONT"
        and any(start <= m.start < end for start, end in spans)
    ]
    return sorted(found, key=lambda m: (-_area_specificity(m, town_areas), m.start))


def _area_specificity(mention: MentionLike, town_areas: Mapping[int, int]) -> float:
    """How small an area is; a town the text calls a district is one, not a town."""
    if mention.start in town_areas:
        return 2.0 if town_areas[mention.start] == 2 else 1.5
    return specificity_of(mention.place)


_STATE_FORCES_OF: Final = "Military Forces of "
# "26 May 2024", "May 26", "2024-05-26": a day written as a date. Weekdays are not: a
# wire story's "on Tuesday" and "said on Wednesday" tell one event.
_CALENDAR_DATE_RE: Final = lazy_compile(
    r"\b\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+|\b[A-Z][a-z]+\.? \d{1,2}\b|\b\d{4}-\d\d-\d\d\b"
    # "staged a protest today", "a protest in Colombo yesterday as well": two days, as
    # plain as two dates.
    r"|^(?:today|yesterday)$"
)
# A night spans two days: "overnight", "late on Thursday", "early Friday", "at dawn".
_NIGHT_RE: Final = lazy_compile(
    r"\b(?:night|overnight|midnight|dawn|early hours|late on|late in|early on|early (?:mon|tues|"
    r"wednes|thurs|fri|satur|sun)day|evening)\b",
    re.IGNORECASE,
)


def _one_per_place_and_day(incidents: list[Incident]) -> list[Incident]:
    """Two events of one report that end in the same town (precision 1) on the same day
    with the same sub-type are one event: ACLED's unit is one event per location, day and
    type, and a report that tells one shooting in two passages ("shot the ambassador ..."
    and "the attack in Ankara, the Turkish capital") must not draw it twice. The counts
    are the larger of the two: the passages tell the same dead."""

    def same_event(host: Incident, incident: Incident) -> Incident:
        return replace(
            host,
            fatalities=larger_count(host.fatalities, incident.fatalities),
            injured=larger_count(host.injured, incident.injured),
            notes="; ".join(
                n for n in (host.notes, f"also told as: {incident.evidence[:120]}") if n
            ),
        )

    # Near a town, or in an area, villages the gazetteer lacks stand in for it: apart.
    return _fold_per_place_and_day(
        incidents, folds=lambda i: bool(i.place_id) and i.geo_precision == 1, fold=same_event
    )


def _fold_per_place_and_day(
    incidents: list[Incident],
    *,
    folds: Callable[[Incident], bool],
    fold: Callable[[Incident, Incident], Incident],
) -> list[Incident]:
    """Fold each incident that ``folds`` into the first one kept at its place, day and
    sub-type; the others stay as they are, in order."""
    kept: list[Incident] = []
    first_at: dict[tuple[object, ...], int] = {}
    for incident in incidents:
        if not folds(incident):
            kept.append(incident)
            continue
        key = (incident.place_id, incident.event_date, incident.sub_event_type)
        at = first_at.get(key)
        if at is None:
            first_at[key] = len(kept)
            kept.append(incident)
        else:
            kept[at] = fold(kept[at], incident)
    return kept


def _one_per_stand_in(incidents: list[Incident], *, listed: set[str]) -> list[Incident]:
    """Items of one list ("captured the villages of A, B and C") that the gazetteer lacks,
    all placed at the same area on the same day as the same event, are one incident there:
    ACLED's unit is one event per location, day and type, and three copies on one point
    would count one capture three times. The names stay in ``location``."""

    def folds(incident: Incident) -> bool:
        counted = incident.fatalities is not None or incident.injured is not None
        # A toll of its own: an event of its own.
        return (
            incident.id in listed and "placed_at_area" in incident.flags.split(",") and not counted
        )

    def same_list(host: Incident, incident: Incident) -> Incident:
        return replace(
            host,
            location=f"{host.location}, {incident.location}",
            place_reason=f"{host.place_reason}; so is {incident.location}, which the same "
            "sentence lists",
        )

    return _fold_per_place_and_day(incidents, folds=folds, fold=same_list)


def _arrests_of_the_unrest(incidents: list[Incident]) -> list[Incident]:
    """Arrests in a report of riots or protests are the unrest's, as ACLED codes them:
    "80 were arrested in Marseille" in a report of nationwide riots is a riot there (with
    intervention, for a protest), not an arrest campaign."""
    # (A mob's violence is no demonstration that arrests break up: "youths threw stones at
    # soldiers in Balata" beside overnight arrests in other towns leaves those arrests.)
    unrest = next(
        (
            i.event_type
            for i in incidents
            if i.event_type == PROTESTS or i.sub_event_type == "Violent demonstration"
        ),
        None,
    )
    if unrest is None:
        return incidents
    sub_type = "Violent demonstration" if unrest == RIOTS else "Protest with intervention"
    return [
        replace(
            incident,
            event_type=unrest,
            sub_event_type=sub_type,
            notes=f"{incident.notes}; arrests during the report's {unrest.lower()}".lstrip("; "),
        )
        if incident.sub_event_type == "Arrests"
        else incident
        for incident in incidents
    ]


def _toward(text: str, location: EventLocation, spans: Sequence[tuple[int, int]]) -> str | None:
    """The compass part of the location that the event's sentences name ("throughout
    northern Nigeria, … in Nigeria"): before the chosen mention, or before another
    mention of the same name."""
    if location.start is not None and (toward := toward_before(text, location.start)):
        return toward
    if location.place is not None and location.place.feature_code.startswith("PCL"):
        # "Lebanon's health ministry said two were killed in a strike on the country's
        # south": the country's part, named without its name.
        for start, end in spans:
            if "country" in text[start:end] and (part := country_part(text, start, end)):
                return part
    name = location.location
    for start, end in spans:
        at = text.find(name, start, end) if name else -1
        while at >= 0:
            if toward := toward_before(text, at):
                return toward
            at = text.find(name, at + len(name), end)
    return None


def _the_listed_country(
    country: Place,
    location: EventLocation,
    areas: Sequence[MentionLike],
    context: _DocumentContext,
) -> Place | None:
    """The country that holds a village the gazetteer lacks, when the event's sentence
    names it among others ("near the point where the borders of Benin, Niger and Burkina
    Faso meet, in the commune of Karimama"): the last one listed says nothing of where the
    village lies; the country of the report's dateline does, if the report names it."""
    if location.start is None:
        return country
    listed = {
        m.place.country
        for m in areas
        if m.place is not None
        and m.place.country
        and m.place.feature_code.startswith("PCL")
        and abs(m.start - location.start) <= _LISTED_COUNTRIES_CHARS
    }
    if len(listed) < 2:
        return country
    filed = context.filed_from.place if context.filed_from is not None else None
    return context.country_places.get(filed.country or "") if filed is not None else None


_LISTED_COUNTRIES_CHARS: Final = 60  # "Benin, Niger and Burkina Faso": one list

# A name, then the area it lies in: "Mirebalais (Centre", "Mirebalais, Centre".
_CONTAINER_OF_A_NAME_RE: Final = re.compile(r"\b(?P<last>[A-Z][\w'’-]*)(?:,| \() ?$")


def _through_chain(
    text: str,
    location: EventLocation,
    members: Sequence[EventMention],
    *,
    areas: Sequence[MentionLike],
    town_areas: Mapping[int, int],
    resolve_name: NameResolver | None,
    context: _DocumentContext,
    capital_of: Mapping[str, str],
) -> EventLocation:
    """Place an event whose village the gazetteer lacks at the area that holds it.

    "the village of X in Y district, Z province": X is where it happened. Asked alone
    (``resolve_name``, which may go online), X may resolve in one of the report's
    countries; else the event goes to the most specific area the event's sentences name,
    with that area's honest precision, and X stays the location as written.
    """
    named = next((m.named for m in members if m.named is not None and not m.attached), None)
    if named is None:
        named = next((m.named for m in members if m.named is not None), None)
    if named is None:
        return location
    part_of = next((m.held_by for m in members if m.named is named and m.city_part), None)
    if part_of is not None:
        # "Galkayo's Garsoor neighbourhood": in the town, whatever areas the report names.
        return EventLocation(
            named.text,
            part_of,
            1,
            round(location.confidence * 0.8, 3),
            f"{named.text} is not in the gazetteer; placed at {part_of.name}, the town the "
            "report calls it a part of",
            named.start,
            True,
            stand_in=True,
        )
    offset = offset_from_town_after(text, named.end)
    if offset is not None and resolve_name is not None:
        # "Ma-ei village, about 20 km north of Taungup town": the report says where it
        # lies from a town the gazetteer knows, a nearer point than any area holding it.
        town, _why = resolve_name(offset["town"])
        if (
            town is not None
            and town.feature_class == "P"
            and (not context.countries or town.country in context.countries)
        ):
            moved, km, side = moved_by(town, offset["figure"], offset["unit"], offset["side"])
            return EventLocation(
                named.text,
                moved,
                2,
                round(max(location.confidence, 0.5) * 0.8, 3),
                f"{named.text} is not in the gazetteer; drawn {km:g} km {side} of "
                f"{town.name}, as the report says",
                named.start,
                True,
                stand_in=True,
            )
    town_precision: int | None = None
    # "youth from Tonj raided a camp in Mayom": the attackers' home neither holds the
    # camp nor is near it.
    named_in = next(m.sentence for m in members if m.named is named)
    origin = (
        location.start is not None
        and named_in.start <= location.start < named_in.end
        and FROM_BEFORE.search(
            named_in.text,
            max(0, location.start - named_in.start - 40),
            location.start - named_in.start,
        )
        is not None
    )
    area = (
        location.place
        if location.place is not None
        and (location.place.feature_class != "P" or location.area_named)
        and location.place.feature_code != "CONT"
        and not origin
        and not any(m.start == location.start and context.doubts(m) for m in areas)
        and not (
            location.start is not None
            and _contradicted_by_its_province(location, areas, named_in) is not None
        )
        # "clashed in Mirebalais (Centre). In Tabarre, …": an area an earlier sentence
        # names as where its own town lies says nothing of where Tabarre is.
        and not (
            location.start is not None
            and not any(m.sentence.start <= location.start < m.sentence.end for m in members)
            and (
                link := _CONTAINER_OF_A_NAME_RE.search(
                    text, max(0, location.start - 40), location.start
                )
            )
            is not None
            # "Kukawa LGA, Borno State": a chain of areas, which may hold the village.
            and link.group("last").casefold() not in AREA_WORDS
        )
        else None
    )
    if area is not None and area.feature_code.startswith("PCL"):
        area = _the_listed_country(area, location, areas, context)
    town_first = (
        named.rural
        and location.place is not None
        and location.place.feature_class == "P"
        and location.start is not None
        and named_in.start <= location.start < named_in.end
    )
    if not town_first:
        # "Kandhamal's Golanki village": the area whose possessive the name follows holds
        # it, whatever other area the sentence names after it.
        owner = next(
            (
                m
                for m in areas
                if m.place is not None
                and m.place.feature_class in ("A", "L")
                and not m.place.feature_code.startswith("PCL")
                and text.startswith(("'s ", "’s "), m.end)
                and m.end + 3 == named.start
            ),
            None,
        )
        if owner is not None:
            area = owner.place
    if area is None and not town_first:
        # The nearest area named after the village in its sentence ("X, Y district"):
        # an area named before it is as likely a group's ("the Islamic State of Iraq").
        sentence = next(m.sentence for m in members if m.named is named)
        after = [
            m
            for m in areas
            if named.end <= m.start < sentence.end
            and not names_a_neighbour(sentence.text, m.start - sentence.start)
            # "Taiz city (Al Qahirah, Taiz)" in a report on Yemen: the district's name
            # read as Cairo's governorate holds no town of Yemen.
            and not (
                context.countries
                and m.place is not None
                and m.place.country
                and m.place.country not in context.countries
            )
            # "in Dera woreda, South Gondar zone, Amhara region": the Dēra of Oromia that
            # the gazetteer read is no area the Amhara region holds.
            and not (
                m.place is not None and _outside_the_province_after(m.place, m, areas, sentence)
            )
        ]
        # The most specific of them: "Kaboro … of Northwest Nigeria's Zamfara State".
        nearest = (
            min(after, key=lambda m: (-_area_specificity(m, town_areas), m.start))
            if after
            else None
        )
        area = nearest.place if nearest is not None else None
        if nearest is not None and nearest.start in town_areas:
            town_precision = town_areas[nearest.start]
    if (area is None or area.feature_code.startswith("PCL")) and resolve_name is not None:
        # "the village of Al-Tawilah in northeast Syria's Tal Tamr countryside": the area
        # after the village, which the spotter missed as written, asked alone ("Tall
        # Tamr"); a town's countryside is near the town.
        chained = _UNKNOWN_AREA_AFTER_RE.match(text, named.end, min(len(text), named.end + 90))
        if chained is not None:
            outer, _why = resolve_name(chained["name"])
            known = context.countries or context.place_countries
            if (
                outer is not None
                and outer is not area
                and not outer.feature_code.startswith("PCL")
                and (not known or outer.country in known)
            ):
                area = outer
                if outer.feature_class == "P":
                    town_precision = 2
    if area is None and location.place is not None and location.start is not None:
        # "… killing nine in Bijapur district" leads; "near Ambeli village" follows, and
        # a town of a later sentence's list ("the borders of Narayanpur, …") is no more
        # where the village is than the one district the lead names.
        lead = members[0].sentence
        if not lead.start <= location.start < lead.end:
            districts = {
                m.place.place_id: m.place
                for m in areas
                if m.place is not None
                and m.place.feature_code == "ADM2"
                and lead.start <= m.start < lead.end
            }
            if len(districts) == 1:
                area = next(iter(districts.values()))
    if resolve_name is not None:
        place, why = resolve_name(named.text)
        # A close spelling is another village, unless it lies in a country the report
        # names ("the city of Nassiriya", Iraq named): the gazetteer's reason says when
        # its answer is a fuzzy match.
        # A close spelling inside the area the text puts the name in ("Dusmareb District,
        # Galguduud" is Dhuusamarreeb) is the place, whatever the report's countries.
        # (A report that names no country lies where its places do: "seize the town of
        # Bulo Burde …, residents reached from Beledweyne said".)
        known = context.countries or context.place_countries
        in_context = place is not None and (
            (area is not None and contains(area, place))
            or (
                (place.country in known if known else "fuzzy match" not in why)
                # "Jourin" spelled close to Joplin, Missouri, in a Syrian report whose
                # foot teases a story on the US: a close spelling counts in a country
                # where the report's towns lie, or the one country it names where no
                # town of another lies.
                and (
                    "fuzzy match" not in why
                    or place.country in context.place_countries
                    or (
                        len(context.countries) == 1 and context.place_countries <= context.countries
                    )
                )
                # (A close spelling in another province than those the report names is
                # another village; but "Al-Dhalea governorate" is a province of its own.)
                and not (
                    "fuzzy match" in why
                    and context.outside_its_provinces(place)
                    and not _PROVINCE_WORD_RE.match(text, named.end)
                )
            )
        )
        landmark = (
            location.place is not None
            and location.start is not None
            and named.end <= location.start
            and _BEARING_OF_BEFORE_RE.search(
                text, max(named.end, location.start - 50), location.start
            )
            is not None
        )
        if (
            in_context
            and (town_first or landmark)
            and place is not None
            and location.place is not None
        ):
            # "the vereda El Mango, in Argelia", "Kahlan area, east of Saada city": a
            # namesake far from the town it is told by is another.
            seat = location.place
            in_context = distance_km(place.lat, place.lon, seat.lat, seat.lon) <= _MUNICIPALITY_KM
        if (
            place is not None
            and in_context
            and (area is None or contains(area, place))
            # (A village or an island the text names is no country: "a southern Philippine
            # island" read alone as the Philippines.)
            and not place.feature_code.startswith(("PCL", "TERR"))
        ):
            sentence = next(m.sentence for m in members if m.named is named)
            district = _DISTRICT_WORD_RE.match(sentence.text, named.end - sentence.start)
            province = _PROVINCE_WORD_RE.match(sentence.text, named.end - sentence.start)
            precision = (
                # "in Al-Dhalea governorate", the gazetteer knowing only the town of that
                # spelling: the province, drawn at its seat's point.
                3
                if province is not None and place.feature_class == "P"
                else 2
                if district is not None
                or (location.geo_precision == 2 and location.location == named.text)
                else 1
            )
            return EventLocation(
                named.text,
                place,
                precision,
                0.6,
                f"the report calls {named.text} a place; resolved alone: {why}"
                + ("; the report calls it a province, drawn at its town" if precision == 3 else ""),
                named.start,
                True,
            )
    if area is None:
        town = location.place
        # A name one of several that its sentence lists ("the villages of A, B and C")
        # stands beside the others, not inside them.
        listed = any(m.shared for m in members if m.named is named)
        # A town only the headline, the dateline or an earlier sentence names is another
        # event's or the report's ("BOR –", "… in Bor"; "Meanwhile, in Pibor town").
        told = (
            location.start is not None
            and any(m.sentence.start <= location.start < m.sentence.end for m in members)
            # "Let Yet Kone village in Sagaing Region": a word of the village's name that
            # names a town abroad (Koné, New Caledonia) is no town near it.
            and not (
                named.start <= location.start < named.end
                and context.countries
                and town is not None
                and town.country not in context.countries
            )
            # The town read is the name itself, which its chain showed is another place.
            and not (named.start == location.start and named.text == location.location)
        ) or (
            # "Tabarre, a commune in the northeast of the capital": the capital named before.
            town is not None
            and any("capital" in m.sentence.text for m in members)
            and capital_of.get(town.country or "", "").casefold() == town.name.casefold()
        )
        known = context.countries | context.place_countries
        abroad = bool(known) and town is not None and town.country not in known
        if (
            town is not None
            and town.feature_class == "P"
            and not listed
            and told
            and not origin
            # "the spokesman of the Sokola operations": a word read alone as a village
            # abroad is no town near the one the report names.
            and not abroad
        ):
            # "clashes in Downtown Beirut … outside the party's offices in Saifi": a name
            # the gazetteer lacks, in an event that its sentences or its lead put in a
            # town, is most likely in or near that town.
            return EventLocation(
                named.text,
                town,
                2,
                round(location.confidence * 0.8, 3),
                f"{named.text} is not in the gazetteer; placed near {town.name}, the town "
                f"the event's sentences name; {location.reason}",
                named.start,
                True,
                stand_in=True,
            )
        city = _city_holding(named, members, resolve_name, context) or _in_the_dateline_s_area(
            text, named, context, resolve_name
        )
        if city is not None:
            return city
        return EventLocation(
            named.text,
            None,
            None,
            0.2,
            f"the report calls {named.text} a place, which the gazetteer does not have",
            named.start,
            True,
        )
    if location.area_named and location.place is area:
        precision = location.geo_precision or 3  # "Y district" 2, "Y province" 3
    elif town_precision is not None:
        precision = town_precision  # "Kanbalu Township": its town, at a district's precision
    else:
        precision = 2 if area.feature_code in ("ADM2", "ADM3", "ADM4", "ADM5") else 3
    if not area.feature_code.startswith("PCL") and (
        (level := _named_area_level(text, named.end)) is not None and level >= precision
    ):
        # "in Macomia, Muidumbe and Nangade districts": a district beside the one read,
        # not inside it; the place read stands.
        return location
    confidence = location.confidence if location.place is area else 0.3
    return EventLocation(
        named.text,
        area,
        precision,
        round(confidence * 0.8, 3),
        f"{named.text} is not in the gazetteer; placed "
        + (
            f"near {area.name}, the town whose surroundings the report names for it"
            if area.feature_class == "P"
            else f"at {area.name}, the area the report names for it"
        ),
        named.start,
        True,
        stand_in=True,
    )


# "… and surrounding areas in northeast Syria's Tal Tamr countryside", "in the Kagoma
# district": an area's name after a village, by the word of its kind.
_UNKNOWN_AREA_AFTER_RE: Final = lazy_compile(
    r"(?:\s+and\s+(?:the\s+)?surrounding\s+(?:areas|villages))?,?\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:(?:(?:north|south|east|west)\w*\s+)?[A-Z][\w-]+['’]s\s+)?"
    r"(?:(?:north|south|east|west)(?:ern|-?east|-?west)?\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    r"(?:countryside|district|province|governorate|county|area|region|sub-district)\b"
)


# "in the Shahbaz Khel area of the district", "… of the tehsil": the area the report's
# dateline names, referred back to.
_OF_THE_AREA_AFTER_RE: Final = _re(
    r"\s+(?:(?:area|village|locality)\s+)?(?:of|in)\s+the\s+(?P<word>district|tehsil|"
    r"province|region|state|county|division|agency|municipality)\b"
)


def _in_the_dateline_s_area(
    text: str,
    named: NamedPlace,
    context: _DocumentContext,
    resolve_name: NameResolver | None,
) -> EventLocation | None:
    """A name the gazetteer lacks, placed at the dateline's town, when the sentence puts
    it in "the district" the dateline stands for ("LAKKI MARWAT: … in the Shahbaz Khel
    area of the district")."""
    area = _OF_THE_AREA_AFTER_RE.match(text, named.end)
    dateline = context.dateline
    if area is None or dateline is None or not dateline.place:
        return None
    mention = context.filed_from
    if mention is not None:
        place, why = mention.place, mention.reason
    elif resolve_name is not None:
        place, why = resolve_name(dateline.place.title())
    else:
        return None
    if place is None or place.feature_code.startswith("PCL"):
        return None
    precision = 3 if area["word"].lower() in ("province", "region", "state") else 2
    return EventLocation(
        named.text,
        place,
        precision,
        0.3,
        f"{named.text} is not in the gazetteer; placed at {place.name}, the dateline's "
        f"{area['word'].lower()} the report puts it in; {why}",
        named.start,
        True,
        stand_in=True,
    )


# "Al-Baghaliyeh suburb in the eastern Syrian city of Deir Ezzor", "the Solino
# neighbourhood of Port-au-Prince": the city that holds a part the gazetteer lacks.
_CITY_HOLDING_AFTER_RE: Final = lazy_compile(
    r"(?:\s+(?:suburb|neighbou?rhood|quarter|district|area))?,?\s+(?:in|of)\s+(?:the\s+)?"
    r"(?P<city>(?:[\w'’-]+\s+){0,3}?(?:city|town|capital)\s+of\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:ez|al|el|ad|as|ash|ar|an)-)?[A-Z][\w'’-]+)?)"
)


_PART_OF_A_CITY_AFTER_RE: Final = lazy_compile(r"\s+(?:neighbou?rhood|quarter|suburb)\b")


def _city_holding(
    named: NamedPlace,
    members: Sequence[EventMention],
    resolve_name: NameResolver | None,
    context: _DocumentContext,
) -> EventLocation | None:
    """The event placed near the city that the sentence puts a part it names in, when the
    gazetteer knows the city by name and it lies in a country the report names."""
    if resolve_name is None:
        return None
    sentence = next(m.sentence for m in members if m.named is named)
    part_of_a_city = bool(_PART_OF_A_CITY_AFTER_RE.match(sentence.text, named.end - sentence.start))
    held = _CITY_HOLDING_AFTER_RE.match(sentence.text, named.end - sentence.start)
    # A village "in the Tell Rifaat area" lies near the town; only a part of a city, or a
    # name the sentence puts in "the city of" one, is placed by it here.
    if held is not None and (part_of_a_city or held.group("city")):
        place, why = resolve_name(held.group("name"))
        if (
            place is not None
            and place.feature_class == "P"
            and context.countries
            and place.country in context.countries
        ):
            return EventLocation(
                named.text,
                place,
                2,
                0.3,
                f"{named.text} is not in the gazetteer; placed near {place.name}, the city the "
                f"report puts it in: {why}",
                named.start,
                True,
                stand_in=True,
            )
    if part_of_a_city and context.countries:
        # "shells landed in Beled Weyne, …, killing a child in the Kooshin neighbourhood":
        # the city that the sentence names, though by a spelling only asking finds.
        for other in find_locative_names(sentence.text, 0, len(sentence.text)):
            if other.start == named.start - sentence.start:
                continue
            place, why = resolve_name(other.text)
            # (A district named after its seat, drawn at the seat, stands for the city.)
            if (
                place is not None
                and (place.feature_class == "P" or place.feature_code in ("ADM2", "ADM3"))
                and place.country in context.countries
            ):
                return EventLocation(
                    named.text,
                    place,
                    2,
                    0.3,
                    f"{named.text} is not in the gazetteer; a part of a city, placed near "
                    f"{other.text}, the city its sentence names: {why}",
                    named.start,
                    True,
                    stand_in=True,
                )
    filed = context.filed_from
    if (
        filed is not None
        and filed.place is not None
        and filed.place.feature_class == "P"
        and part_of_a_city
    ):
        # "PORT-AU-PRINCE — Gunmen stormed the Carrefour-Feuilles neighborhood": a part of
        # a city that the report names no city for is the one the report is filed from.
        return EventLocation(
            named.text,
            filed.place,
            2,
            0.3,
            f"{named.text} is not in the gazetteer; a part of a city, placed near "
            f"{filed.place.name}, the city the report is filed from",
            named.start,
            True,
            stand_in=True,
        )
    return None


def _without_the_round_up_s_total(
    events: list[Event], mentions: Sequence[EventMention]
) -> list[Event]:
    """The events less a round-up's total: "At least five were killed in attacks across
    Balochistan", then the attacks one by one in Kharan, Panjgur and Kulachi, each with
    its own toll: the total is theirs, no event of its own at the province. So is a
    summary without a toll ("Russian troops attacked nine border communities in Sumy
    Oblast", then the strikes on Krasnopillia and Seredyna-Buda)."""
    if len(events) <= _ROUND_UP_ITEMS:
        return events
    kept = []
    for event in events:
        if (
            event.places
            and all(p.feature_class != "P" for p in event.places)
            # No toll of its own: only a total, or none at all.
            and not any(mentions[i].counted and not mentions[i].aggregate for i in event.members)
            and sum(
                1
                for other in events
                if other is not event
                and other.places
                and all(any(contains(area, p) for area in event.places) for p in other.places)
            )
            >= _ROUND_UP_ITEMS
        ):
            continue
        kept.append(event)
    return kept


# How many events of its own a round-up's area must hold to be only their total.
_ROUND_UP_ITEMS: Final = 2


def _opens_on_a_town(sentence: Sentence, named: NamedPlace | None, location: EventLocation) -> bool:
    """Whether the sentence opens on the town it tells of, as a round-up's item does ("In
    Domkal, supporters of two parties clashed"; "At Basanti, villagers threw ballot boxes
    into a pond"): another place than the event before, unless it names that one."""
    if named is not None:
        start = named.start
    elif location.place is not None and location.place.feature_class == "P":
        start = location.start if location.start is not None else -1
    else:
        return False
    offset = start - sentence.start
    return 0 < offset <= _OPENER_REACH and (
        _SETTING_OPENER_RE.fullmatch(sentence.text, 0, offset) is not None
    )


def _all_at_one_town(text: str, sentence: Sentence, location: EventLocation) -> bool:
    """Whether the sentence's several attacks are all at the one town it places them in:
    "42 were killed in two explosions in Tripoli" is one event by ACLED's unit (place,
    day, type), and the toll is its own, not a round-up's total."""
    place = location.place
    if location.start is None or place is None or place.feature_class != "P":
        return False
    found = AGGREGATE_RE.search(text, sentence.start, location.start)
    end = location.start + len(location.location)
    return (
        found is not None
        and _AT_THE_TOWN_RE.fullmatch(text, found.end(), location.start) is not None
        and _AND_ANOTHER_RE.match(text, end, sentence.end) is None
    )


# Between "two explosions" and the town: "in", "at", "in the city of".
_AT_THE_TOWN_RE: Final = lazy_compile(r"\s+(?:in|at)\s+(?:the\s+(?:town|city|village)\s+of\s+)?")
# "… in Tripoli and Beirut", "… in Tripoli, Sidon and Tyre": more towns than one.
_AND_ANOTHER_RE: Final = lazy_compile(r"(?:,\s+[A-Z][\w'’-]*)*,?\s+(?:and|or)\s+[A-Z]")
_OPENER_REACH: Final = 60
# How a round-up's item opens on its place: "In Domkal, …", "At Basanti, …", "In Nadia
# district's Chapra, …".
_SETTING_OPENER_RE: Final = lazy_compile(
    r"(?:(?:Meanwhile|Elsewhere), (?:in|at|near) |(?:In|At|Near) )"
    r"(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?: (?:district|state|province|county|region))?"
    r"['’]s )?"
)
# The words of a round-up that say only that people were attacked or fought.
_ROUND_UP_RULES: Final = frozenset(("attack", "clash", "killing", "casualties", "exchange"))


def _event_date(
    members: Sequence[EventMention],
    *,
    report_date: date | None,
    lead_day: EventDate | None = None,
) -> EventDate:
    """The first date the event's sentences state, else the day the report's lead tells,
    else the report date (a week).

    A day something was said ("ten were killed, a source said on Tuesday") gives way to
    the event's own day in a later sentence ("they died on Monday in an attack in Sima").
    A round-up's lead dates what its later paragraphs tell without a day ("Seven buses
    were torched on Tuesday … In Gazipur, picketers torched two buses"); so it does what
    is said on another day ("…, police said on Wednesday").
    """
    spoken: EventDate | None = None
    # "Last week was marked by attacks … the 15 September attack on the outpost": a
    # day stated later dates the event better than a week or a month before it.
    coarse: EventDate | None = None
    # A round-up's "over the weekend" dates its events together; the event's own
    # sentence ("on Saturday evening") dates it.
    ordered = [m for m in members if not m.aggregate] + [m for m in members if m.aggregate]
    for member in ordered:
        found = member.said or find_event_date(member.sentence.text, report_date=report_date)
        if found.phrase and not found.spoken:
            if found.time_precision == 1:
                return found
            coarse = coarse or found
        elif found.phrase and spoken is None:
            spoken = found
    if coarse is not None:
        return coarse
    if lead_day is not None:
        return replace(lead_day, reason=f"{lead_day.reason}, the day the report's lead tells")
    return spoken or find_event_date("", report_date=report_date)


def _lead_day(mentions: Sequence[EventMention], report_date: date | None) -> EventDate | None:
    """The day the report's lead states for its news: the first dated event sentence among
    the report's first ones, told within a week before the report's date."""
    if report_date is None:
        return None
    for mention in mentions:
        if mention.sentence.index > _LEAD_SENTENCES:
            break
        said = mention.said
        if (
            said is not None
            and said.phrase
            and not said.spoken
            and said.time_precision == 1
            and isinstance(said.value, date)
            and timedelta(0) <= report_date - said.value <= timedelta(days=7)
        ):
            return said
    return None


_LEAD_SENTENCES: Final = 3  # the headline, a byline and the lead: where the news is dated


def _offset_in_joined(sentences: Sequence[Sentence], position: int) -> int:
    offset = 0
    for sentence in sentences:
        if sentence.start <= position < sentence.end:
            return offset + position - sentence.start
        offset += len(sentence.text) + 1
    return 0


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
    event_type, sub_event_type, type_reason = types
    value, time_precision, date_reason = event_date
    place = location.place
    flags = []
    if location.location and place is None:
        flags.append("unresolved")
    if not location.location:
        flags.append("no_location")
    if location.stand_in and place is not None:
        flags.append("placed_at_area")  # the named place is unknown; this holds it
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
        **place_fields(place),  # type: ignore[arg-type]
        geo_precision=location.geo_precision if place else None,
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


# Stands for the event of the sentence before, in a sentence that goes on about it.
_CONTINUATION: Final = Trigger(0, 0, "", "continuation", BATTLES, "Armed clash", 0.0, True)


__all__ = [
    "EventMention",
    "Extractor",
]
