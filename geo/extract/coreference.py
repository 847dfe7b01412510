"""Which event mentions of one report describe the same event.

A report tells one event in many sentences: the lead, the toll, the firefight that
followed the blast, "two policemen are among the dead", a restatement paragraphs later.
A round-up tells several: strikes on five villages, a protest in one city and another
the next day. ACLED's unit is one event per location, day and type, so mentions merge
when nothing they say tells them apart:

- **place**: the same place, places a few km apart (a district and its seat), or one
  containing the other (a country or province and a town in it); a mention that names
  no place says nothing against any;
- **date**: the same day, or a date on one side only;
- **kind**: violence (battles, explosions, attacks on civilians) merges with violence,
  demonstrations (protests, riots) with demonstrations, and an arrest or looting joins
  whatever it follows.

A mention that names its own place joins the event at that place; one that names none
joins the event it follows (a few sentences back at most), unless it says "separately"
or "elsewhere". Once every mention is placed, an event that named no place joins a
placed event it fits, if it is the report's lead or stands near it; in a report that
places its events, any other unplaced one is background (last month's attack, the war's
totals) and is dropped. A report that places none keeps them all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final, Protocol

from gazetteer.distance import distance_km
from gazetteer.normalize import normalize_name
from gazetteer.place import Place
from gazetteer.splits import older_area_holds, split_from
from geo.taxonomy import BATTLES, PROTESTS, RIOTS, STRATEGIC_DEVELOPMENTS

# Two readings of one place: a district and its seat, two spellings of a town.
SAME_PLACE_KM: Final = 15.0
# Two settlements the text names apart are two places, however close ("Stepanakert and
# Shushi", 10 km): only two readings of one town lie this close.
SAME_SETTLEMENT_KM: Final = 3.0
# An unplaced toll this many sentences after an event is no longer about it (the war's
# totals at the end of a report).
MAX_GAP_SENTENCES: Final = 3
# "The blast happened 2 km from X": a sentence that refers back to the event just told
# names a place at most this far from it (a nearby town as a landmark).
REFERENCE_REACH_KM: Final = 50.0
# An area (not a country) holds a settlement this far from its point when the index does
# not say which area a settlement belongs to.
AREA_HOLDS_KM: Final = 150.0
DEMONSTRATION: Final = "demonstration"
VIOLENCE: Final = "violence"
ANY: Final = "any"
# A battle's sub-types that change who holds a place: one on another day than the fight
# before it is another event ("the army regained control of the site on Tuesday").
TERRITORY_CHANGES: Final = frozenset(
    ("Government regains territory", "Non-state actor overtakes territory")
)


class MentionView(Protocol):
    """What grouping needs of an event mention (``geo.extract.incidents`` builds them)."""

    @property
    def event_type(self) -> str: ...
    @property
    def weapon(self) -> str: ...  # an explosion's or a change of territory's sub-type, else ""
    @property
    def target_type(self) -> str: ...  # an attack's type by its target; read when days differ
    @property
    def location_key(self) -> str: ...  # the place as written, folded; "" when none
    @property
    def place(self) -> Place | None: ...
    @property
    def day(self) -> date | None: ...  # an explicit date of the mention, if any
    @property
    def exact_day(self) -> bool: ...  # ``day`` is written as a date; no night spans two
    @property
    def separate(self) -> bool: ...  # "separately", "elsewhere", "in another attack"
    @property
    def apart(self) -> bool: ...  # elsewhere than the event before: "in a nearby village"
    @property
    def protest_words(self) -> bool: ...  # the sentence speaks of protesters
    @property
    def attached(self) -> bool: ...  # goes on about the event just told
    @property
    def refers_back(self) -> bool: ...  # "the blast", or goes on about the event just told
    @property
    def typed(self) -> bool: ...  # False for a toll or detail with no trigger of its own
    @property
    def sentence_index(self) -> int: ...  # which sentence of the report states it
    @property
    def counted(self) -> bool: ...  # the sentence gives a toll of its own
    @property
    def weak_name(self) -> bool: ...  # its place is a name the gazetteer lacks, after "in"
    @property
    def area_named(self) -> bool: ...  # the text calls its place an area ("Lgov district")
    @property
    def held_by(self) -> Place | None: ...  # what holds its unresolved place ("X, Bama LGA")
    @property
    def toll(self) -> tuple[int | None, int | None]: ...  # the (killed, injured) it gives


@dataclass(slots=True)
class Event:
    """The mentions (by position in the report's list) that describe one event."""

    members: list[int] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    location_keys: list[str] = field(default_factory=list)
    # Keys of names the gazetteer lacks ("the village of Odradokamyanka"): each is a
    # settlement of its own, so another settlement is another event.
    unplaced_keys: list[str] = field(default_factory=list)
    # Settlements that the text calls districts ("the Lgov district"): areas that may
    # hold a village the report names next.
    district_ids: set[str] = field(default_factory=set)
    # The areas that hold its names the gazetteer lacks ("Dipchari, Bama LGA": Bama): an
    # area the report names next is this event's only if it holds them or they hold it.
    holders: list[Place] = field(default_factory=list)
    days: list[date] = field(default_factory=list)
    # Days written as dates ("On 26 May 2024"), not weekdays, nor a night that spans two
    # ("overnight", "late on 3 May").
    exact_days: set[date] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    # The event types its typed mentions state ("Explosions/Remote violence", "Battles").
    types: set[str] = field(default_factory=set)
    # The weapons of its explosions ("Shelling/artillery/missile attack"), and the changes
    # of territory it tells ("Government regains territory").
    weapons: set[str] = field(default_factory=set)
    # Its typed mentions, whose targets are read only when a mention of another day asks.
    typed_mentions: list[MentionView] = field(default_factory=list)
    # Its mentions that give a toll, whose numbers are read only when a detail asks.
    counted_mentions: list[MentionView] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    apart: bool = False  # its first sentence puts it elsewhere ("in a nearby village")
    separate: bool = False  # its first sentence says so ("in a separate incident")
    # Its only place is a name the gazetteer lacks after "in", and no sentence of it gives
    # a toll or says "in another attack": as weak as no place when background is sorted.
    weak: bool = True
    # A sentence of it states an event, not only a toll or more of one told ("the attack").
    typed: bool = False

    def near(self, sentence_index: int) -> bool:
        """Whether a sentence is within ``MAX_GAP_SENTENCES`` of one of this event's."""
        return any(abs(sentence_index - s) <= MAX_GAP_SENTENCES for s in self.sentences)

    @property
    def has_place(self) -> bool:
        return bool(self.places or self.location_keys)


def kind_of(event_type: str, *, protest_words: bool) -> str:
    """The kind a mention merges by: violence, demonstration, or anything (aftermath).

    >>> kind_of("Riots", protest_words=False), kind_of("Battles", protest_words=True)
    ('demonstration', 'any')
    """
    if event_type in (PROTESTS, RIOTS):
        return DEMONSTRATION
    if event_type == STRATEGIC_DEVELOPMENTS or protest_words:
        # Arrests and looting follow an event; "police clashed with protesters" is the
        # protest's, not a battle of its own.
        return ANY
    return VIOLENCE


def _kinds_compatible(kinds: set[str], kind: str) -> bool:
    if kind == ANY or not kinds:
        return True
    concrete = kinds - {ANY}
    return not concrete or kind in concrete


def contains(outer: Place, inner: Place, *, older: bool = True) -> bool:
    """Whether ``outer`` (a country, area or region) holds ``inner``; with ``older``
    False, not by one of GeoNames' older areas alone (see
    :func:`gazetteer.splits.older_area_holds`).

    >>> az = Place("c", "Azerbaijan", 40.4, 47.9, "A", "PCLI", "AZ")
    >>> tartar = Place("t", "Tartar", 40.34, 46.93, "P", "PPLA", "AZ", "Tartar")
    >>> contains(az, tartar), contains(tartar, az)
    (True, False)
    """
    if outer.place_id == inner.place_id or outer.feature_class == "P":
        return False
    if outer.country and inner.country and outer.country != inner.country:
        return False
    code = outer.feature_code
    if code.startswith(("PCL", "TERR")):
        return bool(outer.country) and outer.country == inner.country
    if inner.feature_code.startswith(("PCL", "TERR")):
        return False
    if code == "ADM1" and inner.admin1:
        return (
            inner.admin1 == outer.name
            or inner.admin1 == outer.admin1
            # "Puncak Regency, Papua": filed under Papua Tengah, cut from Papua in 2022.
            or split_from(outer.name, inner.admin1)
            # "the West Bank's Tulkarem": filed under the Tulkarm governorate.
            or (older and older_area_holds(outer.name, inner.admin1))
        )
    if code == "ADM2" and inner.admin2:
        return inner.admin2 == outer.name or inner.admin2 == outer.admin2
    return distance_km(outer.lat, outer.lon, inner.lat, inner.lon) <= AREA_HOLDS_KM


def same_or_within(a: Place, b: Place) -> bool:
    """One place, two readings of it, or one inside the other."""
    if a.place_id == b.place_id:
        return True
    if a.feature_class == "P" and b.feature_class == "P":
        # (Metula and Kfar Kila, 2.5 km apart across a border: two towns, two sides.)
        return (
            not (a.country and b.country and a.country != b.country)
            and distance_km(a.lat, a.lon, b.lat, b.lon) <= SAME_SETTLEMENT_KM
        )
    if (
        a.feature_class == "A"
        and a.feature_code == b.feature_code
        and a.feature_code in ("ADM2", "ADM3")
        and normalize_name(a.name) != normalize_name(b.name)
    ):
        # "in Yarang district", then "in Mayo district": two districts the text names
        # apart are two places, however close their points.
        return False
    # (Not by an older area alone: "eight killed across the West Bank" in a lead sums
    # the report's events, which its governorates' towns tell one by one.)
    return (
        contains(a, b, older=False)
        or contains(b, a, older=False)
        or (
            # ("Chaman", then "Spin Boldak district" 11 km away across the border: two
            # places, each side's.)
            not (a.country and b.country and a.country != b.country)
            and distance_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM
        )
    )


def _place_compatible(event: Event, mention: MentionView) -> bool:
    if not event.has_place or (mention.place is None and not mention.location_key):
        return True
    if mention.location_key and mention.location_key in event.location_keys:
        return True
    holder = mention.held_by
    if mention.place is None and holder is not None and holder.feature_class == "P":
        # "Galkayo's Garsoor neighbourhood": a part of the town the event is told at.
        return all(p.place_id == holder.place_id for p in event.places) and all(
            key == mention.location_key for key in event.unplaced_keys
        )
    if mention.place is not None and any(
        h.feature_class == "P" and h.place_id == mention.place.place_id for h in event.holders
    ):
        # The town, after a part of it the event was told at.
        return True
    if mention.place is None:
        # An unresolved name: compatible with areas (it may lie in one), not with a
        # settlement or another name that the report tells apart from it.
        return (
            bool(event.places)
            and all(
                p.feature_class != "P" or p.place_id in event.district_ids for p in event.places
            )
            and not event.unplaced_keys
        )
    if not event.places:
        # ("troops ambushed terrorists at Dipchari, Bama LGA", then "troops along the
        # Ekiti-Kogi border neutralised two": Ekiti does not hold Bama.)
        return mention.place.feature_class != "P" and all(
            same_or_within(h, mention.place) for h in event.holders
        )
    if mention.place.feature_class == "P" and event.unplaced_keys:
        # "A man was killed in the Kherson region … bombs hit the village of X", then
        # "bombs fell on Tiahynka": the region held X, and Tiahynka is another village.
        return False
    return all(same_or_within(p, mention.place) for p in event.places)


def _within_reach(event: Event, mention: MentionView) -> bool:
    # "The attack in Kabul killed four" after a blast told in Mogadishu is another attack:
    # a sentence with a toll of its own at a town far from the event is not about it. A
    # country or an area it names ("escaped back into Mali"), or a town without a toll
    # (where the unit came from), says nothing against it.
    place = mention.place
    return (
        place is None
        or place.feature_class != "P"
        or not mention.counted
        or not event.places
        or any(
            same_or_within(p, place)
            or distance_km(p.lat, p.lon, place.lat, place.lon) <= REFERENCE_REACH_KM
            for p in event.places
        )
    )


def _same_place(event: Event, mention: MentionView) -> bool:
    if mention.location_key and mention.location_key in event.location_keys:
        return True
    place = mention.place
    return place is not None and any(
        p.place_id == place.place_id
        or (
            p.feature_class == place.feature_class == "P"
            and distance_km(p.lat, p.lon, place.lat, place.lon) <= SAME_SETTLEMENT_KM
        )
        for p in event.places
    )


def _same_named_place(event: Event, mention: MentionView) -> bool:
    """:func:`_same_place`, for a mention the text calls another event: "On the same day,
    the post in Solhan, 15 km north of Sebba, was also attacked" names another place,
    though the gazetteer lacks it and draws it from Sebba's point."""
    if (
        mention.location_key
        and event.location_keys
        # ("Kanker district" and "Kanker" are one name, the area's and its seat's.)
        and _base_key(mention.location_key) not in {_base_key(k) for k in event.location_keys}
    ):
        return False
    return _same_place(event, mention)


def _base_key(key: str) -> str:
    """A location key without what kind of place it is: "kanker (area)" is "kanker"."""
    return key.split(" (", 1)[0]


def _another_day_and_type(event: Event, mention: MentionView) -> bool:
    """ "Airstrikes hit Lashio on Friday. On Saturday the MNDAA seized Lashio.": another
    day and another type of event is another event, though a night may join two days of
    one fight. "Separately, gunmen shot dead two men in Culiacán" after a firefight there
    is another event too. An arrest or looting joins whatever it follows, whatever its
    day."""
    types = event.types - {STRATEGIC_DEVELOPMENTS}
    return (
        (
            mention.separate
            or (mention.day is not None and bool(event.days) and mention.day not in event.days)
        )
        and mention.typed
        # "A fighter jet dropped four bombs on the town's market on Friday", after a
        # Thursday's battle there: a sentence that names no place of its own goes on about
        # the place, but another day's other kind of event is another event. ("The
        # attack came on Friday" refers back to the event itself.)
        and (not mention.refers_back or mention.day is not None)
        and mention.event_type != STRATEGIC_DEVELOPMENTS
        and bool(types)
        and (
            mention.event_type not in types
            # "In Kherson's Dniprovskyi district, a shell hit a house. Separately, a drone
            # attacked a minibus in the Korabelnyi district": another weapon, said apart;
            # "Nikopol was shelled on Friday. On Saturday a drone struck Nikopol": another
            # weapon on another day.
            or (
                bool(mention.weapon)
                and (bool(event.weapons) or mention.weapon in TERRITORY_CHANGES)
                and mention.weapon not in event.weapons
            )
            # "ADF rebels killed 13 villagers on Tuesday … troops clashed with them on
            # Wednesday": both are violence, but an attack on civilians and a battle on
            # another day are two events.
            or (
                mention.event_type == BATTLES
                and not mention.separate
                and mention.target_type not in {m.target_type for m in event.typed_mentions}
            )
        )
    )


_NEWS_WEEK_DAYS: Final = 7


def _days_apart(placed: Event, event: Event) -> int | None:
    """The fewest days between a day of one event and a day of the other; None when
    either has no day."""
    return min((abs((a - b).days) for a in placed.days for b in event.days), default=None)


def _other_day_and_type(placed: Event, event: Event) -> bool:
    """Whether an event that named no place is told for other days than ``placed`` and
    as another type of event: not the same event (see :func:`_another_day_and_type`)."""
    types = placed.types - {STRATEGIC_DEVELOPMENTS}
    own = event.types - {STRATEGIC_DEVELOPMENTS}
    return (
        event.typed
        and bool(event.days)
        and bool(placed.days)
        and set(event.days).isdisjoint(placed.days)
        and bool(types)
        and bool(own)
        and (
            types.isdisjoint(own)
            # An attack on civilians one day, a battle the next: violence both, two events.
            or {m.target_type for m in placed.typed_mentions}.isdisjoint(
                m.target_type for m in event.typed_mentions
            )
            # A fight one day, the army's retaking of the site the next.
            or bool((event.weapons - placed.weapons) & TERRITORY_CHANGES)
        )
    )


def _day_compatible(
    event: Event, day: date | None, *, tolerance_days: int = 1, exact: bool = False
) -> bool:
    if exact and event.days and all(d in event.exact_days for d in event.days):
        # "On 26 May 2024, ... On 27 May 2024, ...": two dates written out are two days;
        # only a night ("overnight") may span two.
        tolerance_days = 0
    # Within a day of every day the event has (a night spans two): comparing with any one
    # of them would let a daily round-up chain 1 May to 28 May into one event.
    if day is None or not event.days:
        return True
    return all(abs((day - known).days) <= tolerance_days for known in event.days)


def group_mentions(mentions: Sequence[MentionView]) -> list[Event]:
    """Group ``mentions`` (in document order) into events, in order of first mention.

    >>> from types import SimpleNamespace as M
    >>> kw = dict(day=None, separate=False, apart=False, protest_words=False, place=None,
    ...           attached=False, refers_back=False, typed=True, counted=False,
    ...           weak_name=False, area_named=False, exact_day=False, weapon="",
    ...           target_type="Battles", held_by=None, toll=(None, None))
    >>> ms = [M(event_type="Battles", location_key="goris", sentence_index=0, **kw),
    ...       M(event_type="Battles", location_key="", sentence_index=1, **kw),
    ...       M(event_type="Battles", location_key="sotk", sentence_index=2, **kw)]
    >>> [e.members for e in group_mentions(ms)]
    [[0, 1], [2]]
    """
    events: list[Event] = []
    index = _EventIndex()
    current: Event | None = None
    for position, mention in enumerate(map(_Seen.of, mentions)):
        kind = kind_of(mention.event_type, protest_words=mention.protest_words or not mention.typed)
        target = _target(events, current, mention, kind, index=index)
        if target is None:
            target = Event(apart=mention.apart, separate=mention.separate)
            events.append(target)
            index.add_event(target)
        _add(target, position, mention, kind)
        index.add_mention(target, mention)
        current = target
    return _settle_unplaced(events)


@dataclass(frozen=True, slots=True)
class _Seen:
    """A mention's properties, read once: a mention is compared with every earlier event,
    and reading its place key folds the name again each time (half the cost of grouping
    a long round-up)."""

    event_type: str
    location_key: str
    place: Place | None
    day: date | None
    separate: bool
    apart: bool
    protest_words: bool
    attached: bool
    refers_back: bool
    typed: bool
    sentence_index: int
    counted: bool
    weak_name: bool
    area_named: bool
    exact_day: bool
    weapon: str
    held_by: Place | None
    source: MentionView  # for what is read only when asked (``target_type``)

    @property
    def target_type(self) -> str:
        return self.source.target_type

    @property
    def toll(self) -> tuple[int | None, int | None]:
        return self.source.toll

    @classmethod
    def of(cls, mention: MentionView) -> _Seen:
        return cls(
            mention.event_type,
            mention.location_key,
            mention.place,
            mention.day,
            mention.separate,
            mention.apart,
            mention.protest_words,
            mention.attached,
            mention.refers_back,
            mention.typed,
            mention.sentence_index,
            mention.counted,
            mention.weak_name,
            mention.area_named,
            mention.exact_day,
            mention.weapon,
            mention.held_by,
            mention,
        )


class _EventIndex:
    """Which earlier events may be at a settlement's place, so that a mention naming one
    is compared with those, not with every event of the report.

    A candidate list is a superset of the events that :func:`_same_place` or
    :func:`_place_compatible` accept for a settlement: those sharing its place key, those
    holding a place of its id or a settlement within ``SAME_SETTLEMENT_KM`` of it, and
    those holding areas only. For a dated mention, only those of its key or place that
    are undated or hold a day within one of its day: ``_day_compatible`` refuses the
    others, and a round-up of one town over many days made every mention there scan
    every earlier event of the town. The caller still checks each candidate in full,
    newest first, so the event chosen is the one a scan of every event would choose.
    """

    def __init__(self) -> None:
        self._order: dict[int, int] = {}  # id(event) -> creation number
        self._by_key: dict[str, dict[int, Event]] = {}
        self._by_place_id: dict[str, dict[int, Event]] = {}
        self._area_only: dict[int, Event] = {}
        self._settlements: dict[tuple[str, float, float], Place] = {}
        # A settlement asked about -> ids of the settlements seen within reach of it.
        self._near: dict[tuple[str, float, float], tuple[Place, set[str]]] = {}
        # The keys and place ids an event was indexed by, and the same split by day:
        # an event without a day is under ``_undated``, one with days under each day.
        self._handles: dict[int, set[tuple[str, str]]] = {}
        self._undated: dict[tuple[str, str], dict[int, Event]] = {}
        self._dated: dict[tuple[tuple[str, str], date], dict[int, Event]] = {}

    def add_event(self, event: Event) -> None:
        self._order[id(event)] = len(self._order)

    def add_mention(self, event: Event, mention: MentionView) -> None:
        """Record what ``mention`` (just added to ``event``) says of the event's place."""
        self._index_days(event, mention)
        if mention.location_key:
            self._by_key.setdefault(mention.location_key, {})[id(event)] = event
        place = mention.place
        if place is None:
            return
        self._by_place_id.setdefault(place.place_id, {})[id(event)] = event
        if place.feature_class != "P":
            self._area_only[id(event)] = event
            return
        key = (place.place_id, place.lat, place.lon)
        if key in self._settlements:
            return
        self._settlements[key] = place
        for asked, near in self._near.values():
            if distance_km(place.lat, place.lon, asked.lat, asked.lon) <= SAME_SETTLEMENT_KM:
                near.add(place.place_id)

    def _index_days(self, event: Event, mention: MentionView) -> None:
        """Keep ``_undated`` and ``_dated`` true of ``event`` once ``mention`` joined it."""
        handles = self._handles.setdefault(id(event), set())
        new = []
        if mention.location_key:
            new.append(("key", mention.location_key))
        if mention.place is not None:
            new.append(("place", mention.place.place_id))
        for handle in new:
            if handle in handles:
                continue
            handles.add(handle)
            if not event.days:
                self._undated.setdefault(handle, {})[id(event)] = event
            for day in event.days:
                self._dated.setdefault((handle, day), {})[id(event)] = event
        if mention.day is not None:
            for handle in handles:
                self._dated.setdefault((handle, mention.day), {})[id(event)] = event
                self._undated.get(handle, {}).pop(id(event), None)

    def _of_handles(
        self, handles: list[tuple[str, str]], day: date | None
    ) -> dict[int, Event] | None:
        """Events under ``handles`` that may fit ``day``: undated, or a day within one of
        it. None when there is no day to filter by."""
        if day is None:
            return None
        days = []
        for shift in (-1, 0, 1):
            try:
                days.append(day + timedelta(days=shift))
            except OverflowError:  # the first or last day a date can hold
                continue
        found: dict[int, Event] = {}
        for handle in handles:
            found.update(self._undated.get(handle, {}))
            for near_day in days:
                found.update(self._dated.get((handle, near_day), {}))
        return found

    def _near_ids(self, place: Place) -> set[str]:
        key = (place.place_id, place.lat, place.lon)
        if key not in self._near:
            near = {
                seen.place_id
                for seen in self._settlements.values()
                if distance_km(seen.lat, seen.lon, place.lat, place.lon) <= SAME_SETTLEMENT_KM
            }
            self._near[key] = (place, near)
        return self._near[key][1]

    def candidates(self, mention: MentionView) -> list[Event] | None:
        """Events, newest first, that may be at the mention's settlement; None: ask all."""
        place = mention.place
        if place is None or place.feature_class != "P":
            return None
        found: dict[int, Event] = dict(self._area_only)
        place_ids = {place.place_id, *self._near_ids(place)}
        handles = [("place", place_id) for place_id in place_ids]
        if mention.location_key:
            handles.append(("key", mention.location_key))
        on_the_day = self._of_handles(handles, mention.day)
        if on_the_day is not None:
            found.update(on_the_day)
        else:
            if mention.location_key:
                found.update(self._by_key.get(mention.location_key, {}))
            for place_id in place_ids:
                found.update(self._by_place_id.get(place_id, {}))
        return sorted(found.values(), key=lambda event: -self._order[id(event)])


def _target(
    events: Sequence[Event],
    current: Event | None,
    mention: MentionView,
    kind: str,
    *,
    index: _EventIndex | None = None,
) -> Event | None:
    def fits_but_place(event: Event) -> bool:
        return (
            _kinds_compatible(event.kinds, kind)
            and _day_compatible(event, mention.day, exact=mention.exact_day)
            and not _another_day_and_type(event, mention)
        )

    def fits(event: Event) -> bool:
        return fits_but_place(event) and _place_compatible(event, mention)

    if mention.attached and current is not None:
        return current  # "The explosion took place near X": the event just told, at X
    named = mention.place is not None or bool(mention.location_key)
    if (
        not named
        and not (mention.separate or mention.apart)
        and kind == DEMONSTRATION
        and current is not None
        and DEMONSTRATION not in current.kinds
    ):
        # "Police dispersed a protest in Bunia against the killings in Djugu. The four
        # were killed by militiamen. The protesters marched …": the protest told before,
        # not the killing just told.
        protest = next(
            (
                e
                for e in reversed(events)
                if DEMONSTRATION in e.kinds and fits(e) and e.near(mention.sentence_index)
            ),
            None,
        )
        if protest is not None:
            return protest
    if (
        mention.refers_back
        # "In the second attack, eight farmers were killed near Oicha": another one.
        and not mention.separate
        and current is not None
        # ("Party activists attacked a students' procession. The attack left three
        # injured": the toll of the attack on the protest just told.)
        and (
            _kinds_compatible(current.kinds, kind)
            or (mention.counted and DEMONSTRATION in current.kinds)
        )
        and _day_compatible(current, mention.day, exact=mention.exact_day)
        and _within_reach(current, mention)
    ):
        key = _base_key(mention.location_key)
        if (
            key
            and current.location_keys
            and key not in {_base_key(k) for k in current.location_keys}
        ):
            # "An encounter broke out in Doda district, a day after five soldiers were
            # killed in Kathua. The gunfight in Doda …": the event told at that name.
            told_there = next(
                (
                    e
                    for e in reversed(events)
                    if e is not current and key in {_base_key(k) for k in e.location_keys}
                ),
                None,
            )
            if told_there is not None and fits(told_there):
                return told_there
        return current  # "The blast happened 2 km from X": the blast just told
    if named:
        # The event already told at this very place, then one whose place holds it or is
        # held by it (the lead said "in Somalia", this sentence names the town).
        candidates = None if index is None else index.candidates(mention)
        pool = list(reversed(events)) if candidates is None else candidates
        # "Another drone strike in Dembecha": a distinct event, not part of the one told
        # at the region that holds the town; only an event at this very place takes it.
        # An arrest at a town is the event told at that town, not one told at an area that
        # holds it ("two killed in the West Bank", then "the driver was arrested near
        # Bethlehem" after another attack).
        alone = (
            mention.separate
            # "In Domkal, …" after an event at Beldanga: a round-up's next item.
            or mention.apart
            or (
                mention.event_type == STRATEGIC_DEVELOPMENTS
                and mention.place is not None
                and mention.place.feature_class == "P"
            )
        )
        prefers = (
            (_same_named_place if mention.separate else _same_place,)
            if alone
            # An event placed only by a name the gazetteer lacks ("In Domkal, …") takes an
            # area's mention while it is the one being told, not after another event
            # ("In Nadia district's Chapra, …" three paragraphs on is Chapra's).
            else (_same_place, lambda e, m: e is current or bool(e.places))
        )
        for prefer in prefers:
            for event in pool:
                if event.has_place and prefer(event, mention) and fits(event):
                    return event
        retold = _retold_in_detail(events, mention, fits_but_place)
        if retold is not None:
            return retold
        # An event told so far without a place takes this one, unless the text says it
        # is another ("In a separate incident, …").
        if current is not None and not current.has_place and not mention.separate and fits(current):
            return current
        if (
            mention.weak_name
            and not (mention.counted or mention.separate or mention.apart)
            and current is not None
            and fits_but_place(current)
            and current.near(mention.sentence_index)
            # "… fought gunmen in Solino on Tuesday" after Monday's raid elsewhere: a day
            # of its own makes it another event.
            and (mention.day is None or not current.days or mention.day in current.days)
        ):
            # "The burned houses were in Kampung Kago": a name the gazetteer lacks, in a
            # sentence with no toll of its own, tells more of the event just told (the
            # hamlet lies at or near its place); with a toll, it is an event of its own.
            return current
        return None
    if mention.separate or mention.apart:
        return None
    if current is not None and fits(current) and current.near(mention.sentence_index):
        return current
    return next((e for e in events if fits(e) and e.near(mention.sentence_index)), None)


def _retold_in_detail(
    events: Sequence[Event], mention: MentionView, fits: Callable[[Event], bool]
) -> Event | None:
    """The event that a lead told at a town and a later paragraph tells again in detail,
    at a name the gazetteer lacks in the area that holds the town, with the same toll:
    "a roadside explosion left eight personnel injured in Kalat", then "Eight personnel
    were injured in a roadside explosion in Takhat area of Kalat district"."""
    holder = mention.held_by
    if holder is None or mention.place is not None or not mention.counted:
        return None
    toll = mention.toll
    if not any(toll):
        return None  # "no one was hurt" is every quiet event's toll
    for event in reversed(events):
        if (
            event.places
            and all(p.feature_class == "P" and same_or_within(p, holder) for p in event.places)
            and not event.unplaced_keys
            and any(m.toll == toll for m in event.counted_mentions)
            and fits(event)
        ):
            return event
    return None


def _add(event: Event, position: int, mention: MentionView, kind: str) -> None:
    strong_name = bool(mention.location_key) and not mention.weak_name
    own_event = mention.weak_name and (mention.counted or mention.separate)
    if mention.place is not None or strong_name or own_event:
        event.weak = False
    event.members.append(position)
    event.sentences.append(mention.sentence_index)
    event.typed = event.typed or (mention.typed and not mention.refers_back)
    event.kinds.add(kind)
    if mention.counted:
        event.counted_mentions.append(mention)
    if mention.typed and not mention.refers_back:
        event.types.add(mention.event_type)
        event.typed_mentions.append(mention)
        if mention.weapon:
            event.weapons.add(mention.weapon)
    if mention.place is not None and all(
        p.place_id != mention.place.place_id for p in event.places
    ):
        event.places.append(mention.place)
    if mention.place is not None and mention.area_named:
        event.district_ids.add(mention.place.place_id)
    if mention.location_key and mention.location_key not in event.location_keys:
        event.location_keys.append(mention.location_key)
        if mention.place is None:
            event.unplaced_keys.append(mention.location_key)
    held_by = mention.held_by
    if held_by is not None and all(h.place_id != held_by.place_id for h in event.holders):
        event.holders.append(held_by)
    if mention.day is not None and mention.day not in event.days:
        event.days.append(mention.day)
    if mention.day is not None and mention.exact_day:
        event.exact_days.add(mention.day)


def _settle_unplaced(events: list[Event]) -> list[Event]:
    """Fold events that named no place into a placed one they fit, or drop background."""
    placed = [e for e in events if e.has_place and not e.weak]
    if not placed:
        return events
    kept: list[Event] = []
    for event in events:
        # "… fought gunmen in Solino on Tuesday", after Monday's raid elsewhere: a name the
        # gazetteer lacks, with an event and a day of its own, is not the raid again.
        own_day = (
            event.weak
            and event.typed
            and bool(event.location_keys)
            and bool(event.days)
            and all(p.days and not set(p.days) & set(event.days) for p in placed)
        )
        if (event.has_place and not event.weak) or event.apart or own_day:
            # An event the report puts elsewhere ("in a nearby village") is its own, placed
            # or not: folding it into the one before would lose it or add up their tolls.
            kept.append(event)
            continue
        # The lead's unplaced event is the report's main one, wherever its place is named;
        # later ones must be near the event they tell more of. A toll told alone (no event
        # stated with it) in a report of one event is that event's, however far down:
        # "Police confirmed three people were killed and 12 wounded" paragraphs later.
        is_lead = event.members[0] == 0
        toll_of_the_one = len(placed) == 1 and not event.typed and not event.separate
        host = next(
            (
                p
                for p in placed
                if all(_kinds_compatible(p.kinds, k) for k in event.kinds)
                and not _other_day_and_type(p, event)
                and all(_day_compatible(p, d, exact=d in event.exact_days) for d in event.days)
                and (is_lead or toll_of_the_one or any(p.near(s) for s in event.sentences))
                # A toll or a detail tells more of an event told before it, not of the
                # next paragraph's ("the base was retaken on 28/02" is no Goumori attack).
                and (is_lead or toll_of_the_one or p.members[0] < event.members[0])
                # "In a separate incident, …": not the event the lead told.
                and not (p.separate and p.members[0] > event.members[0])
            ),
            None,
        )
        if host is not None:
            host.members.extend(event.members)
            host.members.sort()
            host.sentences.extend(event.sentences)
            host.kinds |= event.kinds
            host.days.extend(d for d in event.days if d not in host.days)
            host.exact_days |= event.exact_days
        elif (is_lead and any(p.separate and p.members[0] > event.members[0] for p in placed)) or (
            # (An arrest or looting that day is no restatement of it.)
            all(
                _other_day_and_type(p, event) or not (p.types - {STRATEGIC_DEVELOPMENTS})
                for p in placed
            )
            and any(
                (apart := _days_apart(p, event)) is not None and apart <= _NEWS_WEEK_DAYS
                for p in placed
            )
            and event.typed
            and bool(event.days)
        ):
            # "…, and on Saturday a drone strike killed 40 near Banibangou": a day and a
            # type of its own, in the week of the news, make an event of its own though
            # the gazetteer lacks its place (last month's ambush is background); folding
            # it in would add its toll to another's.
            # The lead's event, which a later one says it is not: the report's own event,
            # however vaguely placed, not background.
            kept.append(event)
        # else: dropped. In a report that places its events, a sentence that places none and
        # tells of no event near it is background ("they concentrate their attacks on
        # rural areas", last month's toll, the war's totals).
    return kept
