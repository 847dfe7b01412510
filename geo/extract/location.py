"""The event location: where this incident happened, among all the places a report names.

A report names many places; few of them are where the incident happened. The hospital a
casualty was taken to, the capital a ministry spoke from, a corridor, a country's forces
or a truce named after a city are context. The event location is the most specific place
named in the incident's own sentences, preferring the sentence that states the incident
and places introduced by a locative cue ("in", "near", "in the vicinity of").

``geo_precision`` follows ACLED: 1 the named settlement, 2 near it (or a small area),
3 only a region is known ("near a village in Nagorno-Karabakh" gives the region, 3).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Final, Protocol

from gazetteer.demonyms import NAMED_FORCES_AFTER
from gazetteer.distance import BEARINGS, destination, distance_km
from gazetteer.geoparse import ACTING_AFTER_RE, NOT_IN_NAMED_COUNTRY, SUSPECT_REASON
from gazetteer.names import (
    ARMED_GROUPS,
    FEATURE_WORDS,
    ORGANISATION_WORDS,
    PERSON_TITLES,
    is_common_word,
    is_given_name,
)
from gazetteer.normalize import fold_text
from gazetteer.place import Place
from gazetteer.spot import (
    ALWAYS_CAPITALISED,
    ARABIC_ARTICLE,
    AREA_LEVEL_OF_WORD,
    NAMED_AFTER_A_PLACE,
    ROMANCE_ORGANISATION_WORDS,
    ROMANCE_PARTICLES,
    area_level_before,
    bracketed_area,
    names_area_in_brackets,
)
from geo.extract.capitals import capital_names
from geo.extract.casualties import to_number
from geo.extract.dates import MONTH_NAMES, WEEKDAYS
from geo.extract.patterns import lazy_compile
from geo.incident import REGION_SIZED_CODES, precision_of  # one rule (issue 13)


class MentionLike(Protocol):
    """A place mention (``gazetteer.geoparse.Mention`` fits)."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def place(self) -> Place | None: ...
    @property
    def confidence(self) -> float: ...
    @property
    def reason(self) -> str: ...
    @property
    def kind(self) -> str: ...


NameResolver = Callable[[str], tuple[Place | None, str]]  # name -> (place, reason)


@dataclass(frozen=True, slots=True)
class NamedPlace:
    """A place name that the text introduces as one ("the village of Kaboro") but that the
    gazetteer did not find: ``text[start:end]``."""

    text: str
    start: int
    end: int
    # Read as the whole of a compound a spotted word belongs to ("Ras al-Ain"), not
    # called a place by the text: the place of its own sentence's event, never an item
    # of a list of its own.
    compound: bool = False
    # Named by a word for a rural part of a municipality ("the vereda El Mango", "the
    # corregimiento of Puerto Jordán"): near the town, not in it.
    rural: bool = False


@dataclass(frozen=True, slots=True)
class EventLocation:
    """The chosen place (None when the report names none) and why it was chosen."""

    location: str  # as written in the report
    place: Place | None
    geo_precision: int | None
    confidence: float
    reason: str
    start: int | None = None
    cued: bool = False  # introduced by a locative word ("in", "near", "village of")
    area_named: bool = False  # the text calls it a district or region ("Tartar District")
    # ``place`` holds or lies near the named place, which the gazetteer lacks.
    stand_in: bool = False


NO_LOCATION: Final = EventLocation("", None, None, 0.0, "the report names no event location")


def _re(pattern: str) -> re.Pattern[str]:
    return lazy_compile(pattern, re.IGNORECASE)  # compiled when a report needs it


# "…, where they burned 40 houses" (not "taken to Pemba, where they were treated").
_WHERE_AFTER: Final = lazy_compile(
    r"(?: [a-z]+){0,2},? where\b(?![^.;]{0,40}\b(?:treat|admit|receiv|hospital|recover|shelter|"
    r"stay|liv|buried|sought|took refuge|taken|brought|transferred|evacuated|flown|rushed|"
    # "taken to the hospital in X, where they are reported out of danger".
    r"airlifted|out of danger|stable|condition|operated|surgery))"
)
# "the rebels withdrew toward the boundary of Catubig town", "fled toward the mountains
# bordering Madalum": where the attackers went, not where they fought (near or not).
WENT_TOWARD_BEFORE: Final = _re(
    # ("the policemen retreat to Maidan Shar", "survivors flee to Saint-Marc": where they
    # went.)
    r"\b(?:withdrew|retreated|escaped|fled|withdrawing|retreating|escaping|fleeing|withdraw|"
    r"withdraws|retreat|retreats|flee|flees|"
    # "set fire to 15 homes before leaving toward Kongoussi".
    r"leaving|left|headed|heading)\b"
    r"[^.;]{0,30}?\b(?:towards?|to)\s+(?:the\s+)?(?:(?:boundary|boundaries|border|borders|"
    r"direction|outskirts|mountains|hills|forests?|jungles?)\s+(?:of|bordering|between)\s+)?"
    r"(?:the\s+)?$"
)
_INSTITUTION_OF_BEFORE: Final = _re(
    r"\b(?-i:University|Universities|Bank|Museum|College|Institute|Government|Governor|"
    r"Parliament|Assembly|Ministry|Council|Court)\s+of\s+(?:the\s+)?$"
)
_PARTIES_BETWEEN_BEFORE: Final = _re(
    r"\b(?:clash(?:es)?|fighting|fights?|battles?|war|feud|rivalry|confrontations?|"
    r"gunfights?|shootouts?|skirmishes) between\s+(?:the\s+)?$"
)
_COUNTRYSIDE_OF_BEFORE: Final = _re(
    r"\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
    r"(?:countryside|hinterland) of\s+(?:the\s+)?$"
)
_NEAR_BEFORE: Final = _re(
    r"\b(?:near|nearby|in the vicinity of|vicinity of|outskirts of|outside|close to|"
    r"not far from|around|north of|south of|east of|west of|(?:north|south)[- ]?(?:east|west) "
    r"of|km (?:north of|south of|east of|west of)|"
    # (Not "more than 500 kilometers from Cairo": that far from a town is not near it.)
    r"(?<![0-9]{3} )(?<![0-9]{3})(?:kilomet(?:re|er)s? (?:from|of)|km (?:from|of)|"
    r"(?:nautical )?miles (?:from|off|of)|nm (?:from|off|of)|"
    # "17 km [10.5 miles] from Bangassou", "30 km (19 miles) from Bouar": the figure in
    # another unit between.
    r"(?:km|kms|kilomet(?:re|er)s?|miles)\s*[(\[][^()\[\]]{1,30}[)\]]\s+(?:from|of))|"
    r"between|on the (?:road|highway) (?:to|from|between|linking|connecting)|direction of|"
    # ("Gwoza Local Government Area of Borno State": a capital "Area" ends a name.)
    r"(?-i:area) of|edge of|border of|boundary of|"
    r"approaches to)\s+(?:the\s+)?"
    # ("west of Yemen's al Hudaydah": a country's town, with its article.)
    r"(?:(?-i:[A-Z])[\w-]+['’]s\s+(?:(?:al|el|ad|as|ar|an|at)[- ])?)?"
    # ("between the cities of Kirkuk and Arbil".)
    r"(?:(?:villages?|towns?|city|cities|settlements?|hamlet|area|region|district|outskirts)"
    r" of\s+|capital(?:\s+city)?\s+)?$"
)
# A distance's figure, in digits or in the words wire copy spells small ones with
# ("about fifteen kilometres west of Boni").
_FIGURE_WORDS: Final = {
    word: number
    for number, word in enumerate(
        (
            *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
            *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
            *("eighteen", "nineteen", "twenty"),
        ),
        start=1,
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
# A distance's unit: "nautical miles" (a ship's position) before "miles".
_UNIT: Final = r"km|kms|kilomet(?:re|er)s|nautical miles|nm|miles|mi"
_FIGURE: Final = r"\d{1,4}(?:[.,]\d{1,2})?|" + "|".join(
    sorted(_FIGURE_WORDS, key=len, reverse=True)
)
# "20 km north of Kaya", "about 80 kilometres (50 miles) east of the town of X": the
# incident lies that far that way from the place named, not at it.
_DISTANCE_BEARING_BEFORE: Final = _re(
    rf"\b({_FIGURE})\s*({_UNIT})\b(?:\s*[(\[][^()\[\]]{{0,30}}[)\]])?"
    r"\s+(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+"
    r"of\s+(?:the\s+)?"
    # ("76 nautical miles west of Yemen's al Hudaydah": the country's town, and its article.)
    r"(?:(?-i:[A-Z])[\w-]+['’]s\s+)?(?:(?:al|el|ad|as|ar|an|at)[- ])?"
    r"(?:(?:village|town|city|settlement|hamlet|capital|district|region|province) of\s+|"
    # ("450 kilometres (280 miles) north of capital Asuncion".)
    r"capital\s+)?$"
)
_APPOSITION_BEFORE: Final = _re(r",\s*(?:(?:about|some|around|nearly|roughly)\s+)?$")
_KM_PER_MILE: Final = 1.609344
_KM_PER_NAUTICAL_MILE: Final = 1.852
# A farther point than this is a rough figure of a long road ("474 km east of the
# capital"): the direction still helps, so the point goes this far at most.
_MAX_OFFSET_KM: Final = 500.0
# A reading of a name this much farther from a town than the report says it lies is
# another place of the name.
_NAMESAKE_KM: Final = 50.0


def moved_by(place: Place, figure: str, unit: str, side: str) -> tuple[Place, float, str]:
    """``place`` moved ``figure`` ``unit`` ("20", "km") towards ``side`` ("north-east"), with
    the distance in km (at most :data:`_MAX_OFFSET_KM`) and the side as the text says it."""
    words = _FIGURE_WORDS.get(figure.lower())
    km = float(words if words is not None else figure.replace(",", "."))
    if unit.lower().startswith("mi"):
        km *= _KM_PER_MILE
    elif unit.lower().startswith("n"):
        km *= _KM_PER_NAUTICAL_MILE
    km = min(km, _MAX_OFFSET_KM)
    side = side.lower()
    lat, lon = destination(place.lat, place.lon, km, BEARINGS[side.replace("-", "")])
    return replace(place, lat=round(lat, 5), lon=round(lon, 5)), km, side


# "Ma-ei village, about 20 km north of Taungup town": a name, then how far and which way
# it lies from a town the gazetteer may know.
_OFFSET_FROM_TOWN_AFTER: Final = _re(
    # ("the villages of Al-Hud and Al-Lazzagah, 50 kilometers (30 miles) south of Mosul":
    # a pair of neighbours, and the figure in another unit.)
    r"(?:\s+and\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?"
    r"(?:\s+(?:villages?|towns?|hamlets?|settlements?|area|locality))?,\s+"
    r"(?:(?:about|some|around|nearly|roughly|approximately)\s+)?"
    rf"(?P<figure>{_FIGURE})\s*(?P<unit>{_UNIT})"
    r"(?:\s*[(\[][^()\[\]]{0,30}[)\]])?\s+"
    r"(?P<side>north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
    r"\s+of\s+(?:the\s+)?(?:(?:town|city|village|capital)\s+of\s+)?"
    r"(?P<town>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
)


def offset_from_town_after(text: str, end: int) -> re.Match[str] | None:
    """The words after a name at ``end`` that place it from a town ("…, 20 km north of
    Taungup"): groups ``figure``, ``unit``, ``side`` and ``town``; None without them.

    >>> offset_from_town_after("at Ma-ei village, about 20 km north of Taungup town", 8)["town"]
    'Taungup'
    """
    if text[end : end + 40].find(",") < 0:
        return None  # the comma before the distance: most names have none near
    return _OFFSET_FROM_TOWN_AFTER.match(text, end, end + 120)


_IN_BEFORE: Final = _re(
    r"\b(?:in|at|into|inside|on|across|throughout|hit|struck|targeted|shelled|attacked|"
    r"village of|town of|city of|settlement of|district of|region of|province of|"
    # "the Cauca municipality of Buenos Aires": the name after the area word is the place.
    r"municipality of|county of|department of|governorate of|commune of|prefecture of|"
    r"state of|oblast of|raion of|circle of|cercle of|payam of|subdistrict of|"
    r"corregimiento of|vereda of|"
    # "under Koyalibeda police station limits of Kanker district", "the forests of Sukma".
    r"(?:limits|jurisdiction|forests?|jungles?|hills|interior) of|"
    # "under the Bhairamgarh police station area": the station's area.
    r"under|"
    # "filled the streets of central Belgrade".
    r"streets of(?:\s+(?:central|downtown))?|"
    # "a bank branch in the center of Taraza".
    r"(?:center|centre|heart|middle) of)\s+"
    r"(?:the\s+)?(?:(?:village|town|city|settlement|hamlet|district|region|province|circle|"
    r"cercle|commune|department|county|municipality|payam|subdistrict) of\s+)?$"
)
# "in Pattani's ", "at Nigeria's Zamfara State's ": a cue before a possessor.
_IN_POSSESSOR_BEFORE: Final = _re(
    r"\b(?:in|at|into|inside|across|throughout|hit|struck|targeted|shelled|attacked)\s+"
    r"(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}['’]s\s+"
    r"(?:(?:central|northern|southern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)\s+)?$"
)
# "Syria's", "Nangarhar Province's": a possessor, with its area word or without.
_POSSESSIVE_AHEAD: Final = lazy_compile(r"^(?:\s+[A-Za-z]+)?['’]s\b")
# A town's area right after it: "Archers Post in Samburu East", "Bahir Dar, the capital of
# the Amhara region", "Gobesa town, the capital of Shirka woreda".
_AREA_FOLLOWS_AFTER: Final = lazy_compile(
    r"\s+in\s+(?-i:[A-Z])|(?:\s+(?:town|city))?,\s+(?:the\s+)?(?:[a-z]+\s+)?capital\s+of\b"
)
_SHORE_AFTER: Final = _re(r"\s+(?:coast|coastline|shore|shores|hinterland|environs|suburbs)\b")
_COMPASS_IN_BEFORE: Final = _re(
    r"\b(?:in|at|across|throughout)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?"
    r"(?:ern)?|central)\s+$"
)
_VAGUE_BEFORE: Final = _re(
    r"\b(?:near|in|outside|around|close to|at)\s+(?:a|an|one|several|two|three|some)\s+"
    r"(?:\w+\s+){0,2}?(?:village|town|settlement|area|city|hamlet|district|locality|"
    r"border area|position|post|checkpoint)s?\s+(?:in|of|near|outside|close to|"
    r"on the outskirts of)\s+(?:the\s+)?$"
)
# Places that are not where the incident happened: where the wounded were taken ("rushed
# to a hospital in X"; an attack *on* "the hospital in X" is at X), where someone was
# born, and where a government or a speaker sits ("officials in X", "told reporters in
# X"). A noun takes at most one such participle before "in" ("talks held in X"): any gap
# reads past the noun into the event ("government forces in X", "protests against the
# government resume in X"). "Reported" is not a speaker's verb here: "clashes were
# reported in X" places the clashes.
_CONTEXT_BEFORE: Final = _re(
    r"(?:\b(?:taken|transported|evacuated|flown|airlifted|rushed|brought|returned|fled|"
    # "a councillor of Talataye, who took refuge in Gao": where a witness went.
    r"relocated|sent|shifted|transferred|treated|moved|refuge|referred|"
    # "four of the wounded died during their evacuation to Tahoua".
    r"evacuation|transfer|medevac)\b[^.]{0,30}\b"
    r"(?:in|to|at|towards?)\s+"
    r"(?:the\s+)?$"
    # "taken to a hospital in X", "died in a hospital in X"; but "blew herself up at a
    # hospital in Gwoza" is the attack's site.
    r"|\b(?:to|in|from)\s+(?:a|the)?\s*(?:[\w'’.-]+\s+){0,5}(?:hospitals?(?:\s+cent(?:re|er))?|"
    r"clinic|morgue|medical complex|"
    # "evacuated to the reference health centre (CSRéf) of Niono", "taken to the
    # hospital of Apatzingán": the hospital's town.
    r"(?:health|medical) cent(?:re|er))(?:\s+beds?)?(?:\s+\([^()]{1,16}\))?"
    # "a hospital run by Doctors Without Borders in the city of Mokha".
    r"(?:\s+(?:run|operated|managed|supported)\s+by(?:\s+[\w'’.-]+){1,4}?)?\s+"
    # "… Hospital in neighbouring Assam".
    r"(?:in|at|of)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|adjoining)\s+)?"
    r"(?:(?:city|town) of\s+)?$"
    # "died at a hospital in Mogadishu after gunmen shot him in Afgoye".
    r"|\b(?:died|succumbed|passed away|dead on arrival|pronounced dead|declared dead)\b"
    r"[^.;]{0,30}?\bat\s+(?:a|the)\s+(?:[\w'’.-]+\s+){0,4}"
    r"(?:hospital|clinic|(?:health|medical) cent(?:re|er))\s+(?:in|at|of)\s+(?:the\s+)?$"
    r"|\bnatives? of\s+$|\bborn in\s+$"
    # "called on the Kurdistan Regional Government (KRG) and Baghdad to take action": whom
    # a call is made to.
    r"|\bcall(?:ed|s|ing)?\s+(?:on|upon)\s+(?:the\s+)?(?:[\w'’()-]+\s+){0,6}?(?:and\s+)?$"
    # "according to the Catholic diocese of San Cristóbal de las Casas": a church that
    # speaks, named after its see, which is no place of the event ("raided a seminary in
    # the Diocese of Fada N'Gourma" is).
    r"|\baccording\s+to\b[^.;]{0,60}\b(?:arch)?diocese\s+of\s+$"
    # "The spokesperson of the army in Ituri said the FARDC had regained the site": the
    # remit of the one who speaks.
    r"|\bspokes\w+\s+(?:(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:army|military|police|"
    r"forces|operations?|command|government|administration)\s+)?in\s+$"
    # "The statement, issued in Katsina, said …": where a statement came from.
    r"|\b(?:statement|release|communiqu[eé]|bulletin)s?,?\s+(?:was\s+|which\s+was\s+)?"
    r"(?:issued|released|published|signed|read out|dated)\s+in\s+$"
    # "Army communiqué from Ouagadougou: …": where the statement came from.
    r"|\b(?:statement|communiqu[eé]|bulletin|dispatch)s?\s+from\s+$"
    # "a statement read on state television in Ouagadougou": where it was broadcast.
    # (The rare word first: a branch that opened on "on" would open the pattern's word
    # gate for every name.)
    # ("told the official news agency IRNA in Zahedan", "told AFP in Niamey".)
    r"|\b(?:television|tv|state media|news agency|radio)\s+in\s+$"
    r"|\bnews agency(?:\s+(?-i:[A-Z][\w-]+)){1,2}\s+in\s+$"
    r"|\btold\s+(?:reporters|journalists|a (?:press|news) conference|(?-i:[A-Z]{2,6}))\s+in\s+$"
    # "a communiqué from the regional governorate received on Monday evening in Kaya":
    # where news was received is no place of what it tells.
    r"|\breceived(?:\s+(?:on|late|early|this|last)\b(?:\s+[\w-]+){0,2})?\s+in\s+$"
    # "He is now detained at the CIDG regional office in Cotabato City": where he is
    # held, not where he was arrested.
    r"|\b(?:is|are|was|were|remains?) (?:now|currently|still) (?:being )?(?:detained|held|"
    r"jailed|in custody)\b[^.;]{0,60}?\b(?:in|at)\s+(?:the\s+)?$"
    # "a ship in the Gulf of Aden": a sea named after a city is no city.
    r"|\b(?-i:Gulf|Bay|Strait|Straits|Sea)\s+of\s+$"
    # "en route from Douala, Cameroon, to Matadi, when seven armed men attacked it": the
    # ends of a journey, not where it was stopped.
    r"|\b(?:en route|on (?:its|their|his|her) way|sailing|bound|travel(?:l)?ing|heading|"
    r"headed) (?:from\s+[^.;]{1,60}?\s+)?(?:to|for|towards?)\s+(?:the\s+)?"
    # (And the country after the town: "to Matadi, Democratic Republic of Congo".)
    r"(?:(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?,\s+)?$"
    r"|\b(?:en route|on (?:its|their|his|her) way|sailing|travel(?:l)?ing|heading|headed) "
    r"from\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?,\s+)?$"
    # "had switched off its AIS signal after departing Douala": where the ship set out.
    r"|\b(?:depart(?:ed|ing)|after leaving)\s+(?:from\s+)?(?:the\s+)?(?:port of\s+)?$"
    # "The vessel, flagged in Curaçao, …": the flag state, no place of the attack.
    r"|\b(?:flagged|registered)\s+(?:in|by)\s+(?:the\s+)?$|\bunder the flag of\s+(?:the\s+)?$"
    # "at the start of the army's offensive to retake Mosul": the campaign's goal, that
    # dates the news, not where it happened (villages 50 km away); "launched an offensive
    # to recapture X" is a fight at X.
    r"|\b(?:(?:start|beginning|outset|eve) of|during|amid|ahead of|as part of)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:offensive|operation|campaign|push|drive)"
    r"\s+to\s+(?:retake|recapture|liberate|reclaim|take back|capture|seize)\s+(?:the\s+)?"
    r"(?:(?:city|town) of\s+)?$"
    # "as Moscow's forces mounted pressure to reach the city of Pokrovsk": where an
    # advance is headed, not where its news happened.
    r"|\b(?:(?:pressure|push(?:ing)?|bid|attempts?|attempting|efforts?|trying|tried|"
    r"aim(?:ing)?|seeking|sought)\s+to\s+(?:reach|encircle|surround|approach)|closing in on)"
    r"\s+(?:the\s+)?(?:(?:city|town|village) of\s+)?$"
    # "traders heading from Palma to Mueda", "a van travelling from Parachinar to
    # Peshawar": where they were going.
    r"|\b(?:heading|headed|bound|en route|travell?ing|travell?ed|driving|going|returning)\s+"
    r"(?:from\s+(?:[\w'’-]+\s+){1,3}?)?"
    r"(?:to|towards|for)\s+(?:the\s+)?$"
    # "His co-worker, Deepak Kumar of Bijnor, was hit in the arm": a man by his home town.
    r"|,\s+(?-i:[A-Z][a-z]+)\s+(?-i:[A-Z][a-z]+)\s+of\s+$"
    # "the detainees, most of them from Sudan, Chad and Nigeria": where people came from.
    r"|\b(?:(?:most|many|some|all|several|half|one|two|three|four|five) of (?:them|whom)"
    r"(?: were| are)?|mostly|mainly|migrants|refugees|nationals|citizens|detainees|"
    r"asylum seekers)\s+from\s+"
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+(?:,|\s+and|\s+or)\s+){0,4}$"
    # "a civil society leader from Rutshuru now living in Goma": where a speaker lives.
    r"|\b(?:living|lives|residing|resides|settled)\s+in\s+(?:the\s+)?$"
    # "marched to demand the deployment of more troops in Djugu": where troops should go.
    r"|\bdeployment\s+of\s+(?:[\w-]+\s+){0,3}?(?:troops|soldiers|forces|police|"
    r"peacekeepers)\s+(?:in|to)\s+(?:the\s+)?$"
    # "ordered the deployment of specialized units to towns including Labodri, Arcahaïe
    # and Cabaret": where forces were sent, every name of the list.
    r"|\b(?:troops|soldiers|forces|police|units|teams|reinforcements)\s+to\s+(?:the\s+)?"
    r"(?:towns|cities|villages|areas|communities|municipalities)\s+(?:including|such\s+as|"
    r"like|of)\s+(?:(?-i:[A-Z])[\w'’-]+(?:,|\s+and|\s+or)\s+){0,4}$"
    # "the northern part of the city, which is administered by Puntland": its rulers.
    r"|\b(?:administered|controlled|governed|ruled|run) by\s+(?:the\s+)?$"
    # "Cartel de Jalisco Nueva Generación", "Cartel del Golfo": a gang's name.
    r"|\b(?-i:Cartel)\s+(?:de\s+|del\s+)?$"
    # "transferred to hospitals in Irapuato and Salamanca": the list goes on.
    r"|\b(?:taken|transported|evacuated|rushed|transferred|treated|treatment|admitted)\b[^.]{0,40}"
    r"\b(?:in|to|at)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:,|\s+and|\s+or)\s+$"
    # "airlifted to Beledweyne General Hospital and later to Mogadishu for treatment".
    r"|\b(?:taken|transported|evacuated|flown|airlifted|rushed|transferred|referred)\b"
    r"[^.;]{0,60}?\band (?:later|then|subsequently) to\s+(?:the\s+)?$"
    # "over 6,000 displaced to Saint-Marc": where the displaced went.
    r"|\bdisplaced\b[^.]{0,30}\bto\s+(?:the\s+)?$"
    # "still being treated for gunshot wounds at the Federal Medical Centre in Gusau".
    r"|\b(?:treated|admitted|hospitali[sz]ed|receiving treatment|under treatment|recovering|"
    r"transported)\b"
    r"[^.]{0,60}?\b(?:hospitals?|clinics?|medical (?:cent(?:re|er)|complex)(?:e?s)?|"
    r"health cent(?:re|er)s?|infirmary)\s+(?:in|at)\s+"
    # ("at the Palestine Medical Complex in the West Bank city of Ramallah".)
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:city|town)\s+of\s+)?$"
    # "labourers who hailed from Punjab's Multan": where the victims came from.
    r"|\bhail(?:ed|s|ing)? from\s+(?:[\w'’-]+\s+){0,2}?$|\bhometowns? (?:of|in)\s+$"
    # "the labourer, a resident of Bihar's Saran district, was shot in Pulwama": home.
    r"|,\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:resident|native)\s+of\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w-]+['’]s\s+)?$"
    # "a protest demanding police intervention in Kenscoff": where the crowd wants
    # something done, not where it marched.
    r"|\b(?:demanding|demanded|to demand|calling for|called for|urging)\b[^.;]{0,50}?\b"
    r"(?:in|at|to)\s+(?:the\s+)?$"
    # "the victims, X and Y, belonged to Rahim Yar Khan district of Punjab": their home
    # (not "houses that belonged to Kukis in Langza", nor "the island, which belongs to
    # Ibo district": where it lies).
    r"|\bbelonged\s+to\s+(?:(?:(?-i:[A-Z])[\w'’-]*|district|province|state|region|"
    r"of|the)\s+){0,6}?$"
    # "journalists in Kabul" report from there; "detained 3 journalists in Kabul" did not.
    r"|(?:\b(?:ministry|government|officials?|spokes\w+|president|authorities|agency|"
    r"statement|press|talks|summit|meeting|visit|arrival|sources?|address|speech|broadcast|"
    r"interview|briefing|conference|negotiators|mediators|diplomats|envoys?|delegations?)|"
    r"(?<![0-9] )\b(?:reporters|journalists))"
    # "the Palestinian Ministry of Health in Ramallah said": the ministry, by its charge.
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?:and\s+)?(?-i:[A-Z])[\w-]+)?)?"
    r"(?:\s+(?:held|based|hosted|speaking|meeting|gathered|convened|stationed|sitting|"
    r"issued|released|published|posted|read out))?"
    # "a civil protection official in the nearby city of Saint-Marc", "a military source in
    # the northern countryside of Deir ez-Zor".
    r"\s+(?:in|from)\s+(?:the\s+)?(?:(?:nearby|neighbou?ring)\s+)?(?:(?:city|town|"
    r"(?:(?:north|south|east|west)(?:ern)?\s+)?(?:countryside|outskirts|suburbs))\s+of\s+)?$"
    # (Not "officials said clashes erupted in Kano": the words between tell no event.)
    r"|\b(?:told|said|announced|visited|headquartered|speaking|spoke)\b"
    r"(?:\s+(?!(?:clash\w*|fight\w*|fought|attack\w*|kill\w*|shell\w*|struck|strikes?|"
    r"bomb\w*|blasts?|explo\w*|erupt\w*|broke|gunm[ae]n|militants|protest\w*|raid\w*|"
    r"ambush\w*|fired|shot|died|dead|wounded|injured|arrested|abducted|kidnapped)\b)"
    r"[^\s.,]{1,20}){0,4}?\s+(?:in|from)\s+(?:the\s+(?:capital|city)\s+)?$"
    # "gunmen who had entered the country early Tuesday from neighboring Democratic
    # Republic of Congo": where they came from.
    r"|\b(?:entered|crossed into|came into|infiltrated)\b[^.;]{0,40}?\bfrom\s+"
    r"(?:neighbou?ring\s+)?(?:the\s+)?$"
    # "targeted a commander who was responsible for overseeing missile launches at Kiryat
    # Shmona": his charge, not where he was struck.
    r"|\b(?:responsible|in charge)\s+(?:for|of)\s+(?:overseeing|coordinating|directing|"
    r"commanding|planning|organi[sz]ing|managing|running|supervising|launching)\b"
    r"[^.;]{0,50}?\s(?:at|on|in|against|towards?)\s+(?:the\s+)?$"
    # "Netanyahu told military commanders during a visit to Kiryat Shmona": where the
    # speaker went.
    r"|\b(?:told|said|says|vowed|pledged|promised|addressed|met|announced)\b[^.;]{0,120}?"
    r"\b(?:during|on)\s+(?:an?|his|her|their|the)\s+(?:[\w-]+\s+)?(?:visit|trip|tour)\s+"
    r"(?:to|of)\s+(?:the\s+)?(?:(?:city|town|village|border)\s+(?:of\s+)?)?$"
    # "according to a statement from the RDF in Kigali", "the Defence Headquarters in
    # Abuja said": where the statement came from.
    r"|\b(?:statement|communiqu[ée]|press release)\s+(?:(?:issued|released|published)\s+)?"
    r"(?:from|by)\s+(?:the\s+)?(?:[\w'’()-]+\s+){1,6}?in\s+$"
    # "Governor Caleb Mutfwang, speaking at the Government House in Jos".
    r"|\b(?:speaking|spoke|addressing)\s+(?:at|from|to)\s+(?:[\w'’-]+\s+){1,5}?(?:in|at)\s+$"
    # "told the National Assembly in Yerevan", "told Parliament in Kampala": a named body.
    r"|\b(?:told|addressed|addressing|briefed)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}"
    r"(?:in|from)\s+$"
    r"|\bfrom\s+(?:the\s+)?$)"
)
# "declared dead on arrival at a clinic in the nearby town of Shariff Aguak": the clinic's
# town, however near ("nearby" is no cue to the event's place here).
_CLINIC_TOWN_BEFORE: Final = _re(
    r"\b(?:to|in|from|at)\s+(?:a|the)\s+(?:[\w'’.-]+\s+){0,3}(?:hospital|clinic|morgue|"
    r"infirmary)\s+in\s+the\s+(?:nearby\s+|neighbou?ring\s+)?(?:town|city|village)\s+of\s+$"
)
# A named area, then the one that holds it: "Nong Chik district in Pattani" ("the district
# of Mocímboa da Praia" and "the Cauca municipality of Buenos Aires" name the area itself).
_AREA_WORD_BEFORE_BRACKET_RE: Final = _re(
    r"(?-i:[A-Z])[\w'’-]+\s+(?:upazila|tehsil|township|subdistrict|sub-district|woreda|"
    r"taluka|mandal|block|municipality|commune|district|county|lga)\s+\($"
)
# "on the Zaporizhzhia front", "in the Kharkiv sector", "in the Pokrovsk direction": a
# stretch of front named after a city, far wider than it.
_FRONT_AFTER: Final = _re(r"\s+(?:fronts?|sectors?|directions?)\b")
_HOLDS_AN_AREA_BEFORE: Final = _re(
    r"(?-i:[A-Z])[\w'’-]+\s+(?:district|county|municipality|township|subdistrict|"
    r"sub-district|upazila|tehsil|woreda|lga|local government area|commune|circle|cercle|"
    r"payam)\s+in\s+(?:the\s+)?$"
    # "Taraza, a municipality in Antioquia": the apposition's area holds the town before.
    r"|(?-i:[A-Z])[\w'’-]+,\s+an?\s+(?:[\w-]+\s+)?(?:municipality|town|village|city|commune|"
    r"district|county|locality|community|hamlet|settlement)\s+(?:in|of)\s+(?:the\s+)?$"
)
_OFFICIAL_NEARBY_BEFORE: Final = _re(
    r"\b(?:officials?|spokes\w+|sources?|authorities)\s+(?:in|from)\s+the\s+"
    r"(?:nearby|neighbou?ring)\s+(?:city|town)\s+of\s+$"
)
_SPOKEN_DAY_AFTER: Final = _re(
    r"\s+(?:on\s+(?:" + "|".join(WEEKDAYS) + r")\b|"
    r"in\s+a\s+statement\b|,\s+the\s+state\s+capital\b)"
)
_RESIDENT_OF_BEFORE: Final = _re(r"\bresidents? of\s+(?:the\s+)?(?:village\s+of\s+)?$")
# "SP Catherine Anene confirmed the attack in Makurdi on Sunday": the Nigerian police
# spokesman's formula, where the state command spoke, rather than where it happened.
_CONFIRMED_IN_BEFORE: Final = _re(
    r"\b(?:confirmed|confirming|disclosed|announced)\s+(?:the|this)\s+(?:attack|incident|"
    r"killings?|development|abduction|kidnapping|news)\s+in\s+$"
)
# Whose home or base a place is, or where the news was cheered: kept apart from
# _CONTEXT_BEFORE, whose word gate these common words ("from") would open for every name.
# "a gang based in Manta", "a rebel group based in southern Libya": where a group sits,
# not where it struck.
BASED_IN_BEFORE: Final = (
    # (Not a unit of the forces: "a FAMa unit based in Tessit repelled an attack" was
    # attacked where it is based, unless the sentence names another place: see
    # _STATIONED_BEFORE.)
    r"(?<!unit )(?<!post )(?<!camp )(?<!detachment )(?<!garrison )(?<!position )"
    r"\b(?:based|headquartered)\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|"
    r"north-?west|south-?east|south-?west)(?:ern)?\s+|central\s+)?$"
)
_HOME_BEFORE: Final = _re(
    # "a man from Bhagalpur in Bihar": a victim's home.
    r"\bfrom\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+in\s+$"
    # "shot dead those belonging to Punjab", "labourers hailing from Bihar": their home.
    r"|\b(?:belonging to|hailing from|natives? of|originally from)\s+(?:the\s+)?$"
    # "Shyamol Chakma, 34, from Gobchhari village", "Koin Chakma, 35, from Panchari
    # upazila of Khagrachhari": a named person's home, told with his age.
    r"|\b\d{1,3},\s+from\s+[^,.;()]{0,60}$"
    # "Sepoy Ali Khan, resident of Khushab,", "(28, resident of Karak)": a person's home,
    # told beside the name ("A resident of Antonivka was wounded" may be where).
    # (The look-behinds keep every branch starting with a word: see prefilter.start_words.)
    # ("Meanwhile, residents of Bahir Dar told …": the clause's subject, not an aside.)
    r"|(?<=, )(?<!Meanwhile, )(?<!Separately, )(?<!Elsewhere, )(?<!However, )(?<!Earlier, )"
    r"(?<!Later, )(?<!Also, )residents?\s+of\s+(?:the\s+)?$|(?<=\()residents?\s+of\s+(?:the\s+)?$"
    # "residents were fleeing towards Katsina-Ala": where they went, not what happened.
    r"|\b(?:fle(?:e|es|d|eing)|displaced|escaped|escaping|evacuated)\b[^.;]{0,30}?"
    r"\b(?:towards?|into|to)\s+(?:the\s+)?(?:(?:town|city|village) of\s+)?"
    # "flee towards Sake and Goma": the list of where they went goes on.
    r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:,|\s+and|\s+or)\s+)?$"
    # "after the gangs tried to push toward Delmas", "in a bid to advance on Bakhmut":
    # where an attempt aimed, not where the fighting was.
    r"|\b(?:tried|trying|tries|attempt(?:ed|ing|s)?|sought|seeking|bid) to (?:push|advance|"
    r"move|break through|march)(?: (?:further|deeper|south|north|east|west))? "
    r"(?:towards?|into|on)\s+(?:the\s+)?$"
    # "the body of Luis Pérez, who was abducted in Culiacán last week, was found in
    # Aguaruto": where the captive was taken, told in passing, not where the body lay.
    r"|\b(?:who|whom) (?:had been|was|were|has been|have been) (?:kidnapped|abducted|"
    r"seized|taken|reported missing)\s+(?:[\w-]+\s+){0,3}?(?:in|from|at)\s+(?:the\s+)?$"
    # "Residents celebrated in the streets of Port Sudan and Omdurman": joy at the news.
    r"|\bcelebrat(?:ed|ing|ions?)\b[^.;]{0,60}?\b(?:in|of|including|and)\s+(?:the\s+)?$"
    # "a gang based in Manta": where a group sits, not where it struck.
    r"|" + BASED_IN_BEFORE
)
_BORDER_WITH_BEFORE: Final = _re(
    r"\b(?:borders? with|bordering|bordered by|adjacent to|"
    # "a salient of Russian territory surrounded on three sides by Ukraine's Sumy region".
    r"surrounded (?:on (?:\w+ )?sides )?by)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*(?:'s|’s)\s+)?$"
)
_BACKERS_BEFORE: Final = _re(
    r"\b(?:mercenaries|proxies|agents|allies|backers|puppets|henchmen|militias) of (?:the )?"
    r"(?:(?-i:[A-Z])[\w-]+ (?:government|regime|army|authorities) and (?:the )?)?$"
    # "U.S. support for Israel", "solidarity with Ukraine": whom a stance is for.
    r"|\b(?:support|backing|aid|solidarity|sympathy) (?:for|to|with) (?:the )?$"
)


def names_a_neighbour(text: str, start: int, end: int | None = None) -> bool:
    """Whether the name at ``start`` follows "the border with": a neighbour of the place
    told, not the area that holds it ("Kantchari, near the border with Niger"); or, when
    its ``end`` is given, comes between "near the" and "border" ("the Karimama area near
    the Niger border": the country across it)."""
    if _BORDER_WITH_BEFORE.search(text, max(0, start - 60), start) is not None:
        return True
    return (
        end is not None
        and text.startswith((" border", " frontier"), end)
        and _NEAR_THE_BEFORE.search(text, max(0, start - 20), start) is not None
    )


_NEAR_THE_BEFORE: Final = _re(r"\b(?:near|along|on|close to|across|towards?)\s+the\s+$")
# "escalating the dispute between Mogadishu and the southern state": the capital stands
# for its government, whatever cue ("between") comes before it.
_DISPUTE_BEFORE: Final = _re(
    r"\b(?:dispute|tensions?|row|rift|standoff|feud|relations|talks|agreement|deal|treaty|"
    r"accord|ties|cooperation|negotiations) (?:between|with)\s+$"
)
# Where a victim lives: "William Goble, 26, of Edmonton", "36-year-old Master Sgt John J.
# Dunbar of Austin, Texas" (a name, capitalised, right before "of"). Context as the above;
# a pattern of its own because it starts with a digit: the rest then gets a word gate and
# is tried only where its first words start (see geo.extract.patterns).
_RESIDENCE_BEFORE: Final = _re(
    r"(?:\b\d{1,3}\s*,|\b\d{1,3}-year-old\s+(?:[^,;]{0,50}\s)?(?-i:[A-Z])[\w'’-]+)"
    r"\s+of\s+(?:(?-i:[A-Z])[\w'’.-]*,?\s+){0,2}$"
)
# "bombs exploded at Somalia's education ministry in Mogadishu": the ministry is the
# site of the event, not a speaker, and its city is where it happened.
_SITE_BEFORE: Final = _re(
    r"\b(?:at|near|outside|inside|targeting|targeted|attacked|stormed|hit|struck|bombed|"
    r"(?:attack|raid|assault) on)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:ministry|government offices?|agency)\s+(?:in|of)\s+$"
)
# "killed 3 local officials in Kandahar", "shot dead a government official in Turbat":
# the officials are the victims, and where they were is where it happened.
_VICTIM_OFFICIALS_BEFORE: Final = _re(
    r"\b(?:killed|killing|kills|shot|dead|murdered|assassinated|abducted|kidnapped|arrested|"
    r"detained|attacked|targeted|targeting|wounded|injured|executed|beheaded|ambushed)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:officials?|journalists|reporters)\s+in\s+(?:the\s+)?$"
)
# "in Batangas province, south of Manila", "a village 40 km east of Goris": after a
# comma, a direction names a reference point for the place before it, not the place.
_REFERENCE_BEFORE: Final = _re(
    # "the Tarmiyah district north of Baghdad": after a name, an area word parts them as a
    # comma does ("a village east of Saraqeb" names no place but the reference).
    r"(?:,\s*|\b(?-i:[A-Z])[\w'’-]*\s+(?:district|area|region|province|governorate|county|"
    r"town|village|city)\s+)"
    r"(?:(?:about|some|around)\s+)?(?:\d[\d,.]*\s*(?:km|kilomet(?:re|er)s|miles)"
    r"(?:\s*\([^()]{0,20}\))?\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
    r"\s+of\s+(?:the\s+)?(?:(?:capital|city|town)\s*,?\s*)?"
    # "south of the oil city of Kirkuk".
    r"(?:(?:[\w-]+\s+)?(?:capital|city|town|port)\s+of\s+)?"
    # "in al-Azariq district, west of al-Dhale": the article before the name.
    rf"(?:{ARABIC_ARTICLE}-)?$"
)
REFERENCE_PENALTY: Final = 2.0
# "the Tartar-Barda border", "Kyiv-Moscow talks": two places named together, each itself.
_COMPOUND_OF_TWO_AFTER: Final = _re(
    r"-(?-i:[A-Z])[\w'’]+(?:\s+(?-i:[A-Z])[\w'’]+)?\s+(?:border|frontier|boundary|line|"
    r"front|axis|war|conflict|talks|relations|ceasefire|truce|deal|crossing|bridge|pipeline|"
    r"railway|flight|route)s?\b"
)
_NEIGHBOURHOOD_AFTER: Final = _re(
    r"(?:-(?-i:[A-Z])[\w'’]*){0,2}\s+(?:neighbou?rhood|barrio|colonia|favela|suburb|quarter|"
    r"slum|shantytown)s?"
    r"(?:\s+complex)?\s+(?:of|in)\s+(?-i:[A-Z])"
)
# "crossed the Komadougou Yobé river": a river named after a province.
_RIVER_AFTER: Final = _re(r"\s+river\b")
# "near the Karom and Sawda hills": hills named after a town, as a valley may be.
_VALLEY_AFTER: Final = _re(r"\s+(?:valley|hills|mountains|heights)\b")
# A town whose valley is named after it is a small part of the valley.
_VALLEY_TOWN_POPULATION: Final = 100_000
# "In the city's Kyivskyi district": a part of the city told before.
_CITY_PART_BEFORE: Final = _re(
    r"\bthe (?:city|town|capital|regional capital|port city|village)['’]s\s+"
    r"(?:(?:central|northern|southern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)\s+)?$"
)
# "of 9 Para (SF)": a bare number before a name numbers a unit.
_UNIT_NUMBER_BEFORE: Final = lazy_compile(r"(?<![\d.,:/-])\b\d{1,3} $")
# "in colonia Bellavista", "the barrio of El Guayabo": Spanish names the part of a town
# after its word.
_NEIGHBOURHOOD_BEFORE: Final = _re(
    # (Not English's "the neighbourhood of", which is followed by the city.)
    r"\b(?:colonia|barrio|fraccionamiento|favela)\s+(?:of\s+)?$"
)
ROAD_END_PENALTY: Final = 0.5
# "Istanbul's Sultanahmet Square", "Nigeria's Zamfara State": the possessor holds the
# place; it is the location only when nothing more specific follows.
# "Nigeria's Zamfara", "Sagaing Region's Monywa District": the holder of the place named
# next, not the place.
_POSSESSIVE_AFTER: Final = lazy_compile(
    r"^(?:\s+(?:Region|Province|State|Governorate|Oblast|District|County|Department))?"
    r"(?>['’]s?)\b"
    # ("Peshawar's old city", "Kabul's outskirts": a part of the town, which is where.)
    r"(?!\s+(?:old city|old town|city cent(?:re|er)|outskirts|suburbs?|downtown|centre|"
    r"center|old quarter|main (?:market|bazaar|square)|(?-i:[A-Z])[\w-]+ (?:"
    r"neighbou?rhood|quarter|market|bazaar)))"
)
POSSESSIVE_PENALTY: Final = 1.5
# "unrest following the shooting of a teenager in Nanterre two days earlier": the place of
# an earlier event the sentence recalls, not of the one it states ("ago" counts back from
# the report's day, as the event itself may: "an attack in Kano two days ago").
_EARLIER_AFTER: Final = _re(
    r"^\s+(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d{1,2})\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:earlier|before|previously)|the (?:previous|"
    r"preceding) (?:day|night|week|month|year))\b"
)
# A newspaper named after its city ("the Dhaka Tribune reported") is a source, not a place.
# "the US-Saudi aggression", "US-Israeli strikes": after a country's name, the pair of
# attackers it is one of.
ATTACKERS_PAIR: Final = (
    r"-(?-i:[A-Z])[a-z]+\s+(?:aggression|coalition|alliance|forces|troops|military|"
    r"air\s?strikes?|strikes|raids|jets|warplanes|bombing|bombardment|enemy)\b"
)
ATTACKERS_PAIR_AFTER_RE: Final = _re(ATTACKERS_PAIR)
_FRONT_LIST_AFTER: Final = lazy_compile(
    r"(?:,\s(?-i:[A-Z])[\w'’-]*)*,?\sand\s(?-i:[A-Z])[\w'’-]*\s(?:axes|directions|fronts)\b"
)
_CONTEXT_AFTER: Final = _re(
    # ("the Peshawar-bound Jaffar Express": where the train was going.)
    r"^(?:\s*-(?:based|led|backed|allied|born|owned|made|supplied|presse|press|bound)\b"
    # "(Niamey, read on RTN last night)": where a statement was read out.
    r"|,\s+(?:read|broadcast|aired)\s+(?:out\s+)?on\b"
    # "the US-Saudi aggression", "US-Israeli strikes": the attackers' countries.
    r"|" + ATTACKERS_PAIR + r"|\s+(?:corridor|truce|agreement|ceasefire|talks|summit|"
    # "U.S. support for Israel in the Gaza war": the war by its name, not its place.
    r"war|"
    # "the attack by the Kyiv regime": a government named by its seat.
    r"regime|junta|"
    r"declaration|format|process|accords?|treaty|statement|government|authorities|officials|"
    r"embassy|forces|military|army|troops|peacekeep\w*|ministry|leadership|side|"
    # "Hiiraan governor Ali Jeyte Osman said": the speaker's office ("Kalat Deputy
    # Commissioner Bilal Shabbir said").
    # (Not "hit the Kunduz governor's compound": the office stands in the town.)
    r"(?:deputy\s+|assistant\s+)?(?:governor|mayor|commissioner|administrator)"
    r"(?!['’]s\s+(?:compound|office|offices|residence|house|home|mansion|palace|"
    r"headquarters|guesthouse|building))|"
    # "Puntland Minister of Security … said", "the Kherson regional administration said".
    r"minister|president|premier|administration|"
    # "in the Zaporozhye direction": a front, not a town.
    r"direction|axis|axes|directions|"
    r"(?:regional|provincial|oblast|district|county|regency)\s+(?:military\s+)?(?:administration|"
    r"government|authorities|council|governor)|"
    # "according to the Duhok health directorate": an office that counts the wounded.
    r"(?:health|education|police|security)\s+(?:directorate|department|office|bureau)|"
    # "the Jakarta Post" (capitalised: "the Boni post" is the army's, at Boni).
    r"(?-i:Tribune|Times|Post|Herald|Gazette|Daily|Observer|Journal|Chronicle)|newspaper|"
    # "told Kabul Now", "Yemen Monitor reported", "Pakistan Today": an outlet named after
    # its place ("International" only when no name goes on: "Kabul International Airport").
    r"(?-i:Now|Today|Standard|Independent|Monitor|Insight|Guardian|Direct|Reports|Review|"
    r"Bulletin|Insider|Mirror|Telegraph|Pravda|Libre|International(?!\s+[A-Z]))|"
    # "told Kurdistan 24", "France 24 reported": an outlet by its place and a number.
    r"(?<=\s)\d{1,3}(?=\)|\s+(?:that|reported|reports|said|says|told|quoted|news|tv)\b)|"
    # "told Garowe Online", "Radio Dalsan": an outlet.
    r"online|media|news|television|tv|radio|broadcasting|"
    # "Our Rangamati Correspondent reported": where the paper's reporter is based.
    r"correspondents?|bureau|stringer|"
    # "Nuer youth", "Fulani herders", "Hawiye clan": a people, not a place.
    r"youths?|herders?|herdsmen|tribesmen|clansmen|clans?|tribes?|militias?|militiamen|"
    r"cartels?)\b"
    # "a turf war between the Sinaloa Cartel and the Jalisco New Generation Cartel": a
    # gang named after a place.
    r"|(?:\s+(?-i:[A-Z])[a-z]+){1,2}\s+(?-i:Cartel)\b"
    # "Inspector General of Police (Bastar Range)": the speaker's jurisdiction.
    r"|\s+(?:range|zone)\s*\)"
    # "The Niger State police spokesperson confirmed…": the force that speaks, not where.
    r"|\s+(?:state\s+)?police\s+(?:spokes\w+|commiss\w+|chief|command\w*|said|says|"
    r"confirmed)"
    # "the commander of Pattani provincial police": the force named after the province.
    r"|\s+(?:provincial|regional|district|county|municipal)\s+police\b)"
)
# "chanting against both the Kurdistan Regional Government (KRG) and Baghdad": the
# government a crowd protests against (not "protested against the killings in Kano").
_PROTESTED_AGAINST_BEFORE: Final = _re(
    r"\b(?:chant(?:ed|ing|s)?|slogans?|protest(?:ed|ing|s)?|rall(?:y|ied|ying)|"
    r"demonstrat(?:ed|ing|ions?))\s+against\s+(?:both\s+)?(?:the\s+)?"
    r"(?:(?!(?:in|at|near|on|of|from)\s)[\w'’()-]+\s+){0,6}?(?:and\s+)?$"
)
# "taken to Malam Aminu Kano Teaching Hospital", "treated at Bannu District Hospital": a
# hospital named after its town or a person, where the wounded went, not the event.
_TAKEN_BEFORE: Final = _re(
    r"\b(?:taken|transported|evacuated|flown|airlifted|rushed|brought|admitted|treated|"
    # "died on the way to the General Hospital, Funtua".
    r"treatment|referred|moved|shifted|transferred|on the way to|en route to|died|succumbed|"
    # "The governor visited the injured at Pattani Hospital".
    r"visited|visiting|"
    # "two police officers are recovering in Nakuru General Hospital".
    r"recovering|recuperating|hospitali[sz]ed)\b[^.]{0,60}$"
)
_ALIAS_BEFORE: Final = _re(
    r"\b(?:alias|aka|a\.k\.a\.)\s+[\"'“‘]?$"
    # "a witness who gave his name only as Adama": a person's name.
    r"|\bgave (?:his|her|their) (?:first |full )?names? (?:only )?as\s+[\"'“‘]?$"
)
_PSEUDONYM_AFTER: Final = _re(
    r"\s*(?:\((?:a |not (?:his|her|their) real name|name changed)?\s*pseudonym\)|"
    r"\((?:not (?:his|her|their) real name|name changed)\)|,\s*(?:a pseudonym|not (?:his|her) "
    r"real name))"
)
_ADDRESSEE_BEFORE: Final = _re(
    r"\b(?:press|pressure|pressing|urge[sd]?|urging|call(?:ed|s|ing)? on|ask(?:ed|s|ing)?|"
    r"appeal(?:ed|s|ing)? to)\s+$"
)
_KIN_OF_PERSON_AFTER: Final = _re(
    r"['’]s\s+(?:family|widow|widower|wife|husband|sons?|daughters?|mother|father|brothers?|"
    r"sisters?|parents|lawyers?|relatives|killers?|murderers?|assassins?|funeral|bodyguards?)\b"
)
_TREATED_AFTER: Final = _re(
    r"(?:\s+[\w'’.-]+){0,3}?\s+(?:hospital|clinic|infirmary)\b[^.;]{0,30}?\b(?:treated|"
    r"received|admitted|receiving|treating|took in)\b"
)
# Matched at a name's end, over a window longer than ``after``'s: "Shaheed Ziaur Rahman
# Medical College Hospital".
# "treatment at Al-Kuwait and Al-Thawra hospitals": two hospitals named.
_HOSPITAL_AFTER: Final = _re(r"(?:\s+[\w'’.-]+){0,3}?\s+(?:hospitals?|clinics?|infirmary|morgue)\b")
_LISTED_AREAS_AFTER: Final = lazy_compile(
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*,?\s+and\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?\s+(?:border\s+)?"
    r"(?:(regions|provinces|states|oblasts|governorates|departments)|districts|counties)\b"
)
_NEIGHBOURING_BEFORE: Final = lazy_compile(r"\b[Nn]eighbou?ring\s+$")
_SETTLEMENT_WORD_AFTER: Final = _re(r"\s+(?:town|city|village|municipality|commune)\b")
_FORCE_NAMED_AFTER: Final = lazy_compile(
    r"(?:\s+[A-Z][a-z]+){1,2}\s+(?:Corps|Command)\b"
    # "Kenya Defence Forces soldiers": a country's forces by their name.
    r"|" + NAMED_FORCES_AFTER + r"|"
    # "the Jalisco New Generation Cartel": a gang named after a place (longer than the
    # twenty characters after the name that the cartel rule above sees).
    r"(?:\s+[A-Z][a-z]+){2,3}\s+Cartel\b"
)
_GROUP_IN_BEFORE: Final = lazy_compile(r"\b(?:Resistance|State|Qaeda|Qaida) in (?:the )?$")
_OFFICE_NAMED_AFTER: Final = _re(
    r"\s+(?:home|interior|health|information|revenue|police|disaster management) "
    r"(?:department|ministry|secretariat)\b"
)
_HOSPITAL_NAMED_BEFORE: Final = lazy_compile(
    r"(?-i:[A-Z])[\w'’.-]*\s+(?:Hospital|Clinic|Medical Cent(?:re|er)|Medical Complex|"
    # "shifted to the Civil Hospital Quetta": South Asia's papers write the town after.
    # ("taken to the Getúlio Vargas State Hospital, in Penha".)
    # ("… Teaching Hospital, Parklane, Enugu": the town after the hospital's district.)
    # ("… Medical Complex in the West Bank city of Ramallah": the town, by its kind.)
    r"Infirmary|Morgue)(?:\s+Complex)?(?:,?\s+in\s+(?:the\s+(?:[\w-]+\s+){0,3}?(?:city|town)\s+"
    r"of\s+)?|,\s+(?:(?-i:[A-Z])[\w'’.-]*,\s+)?|\s+)$"
    # "the Hospital Regional de Zacapa", "the Hospital de la Policía in Guayaquil": a
    # Spanish name, the town after "de" or after the name.
    r"|\b(?:Hospital|Cl[ií]nica)(?:\s+(?:de|del|la|los|las|(?-i:[A-Z])[\w'’.-]*)){0,4}?"
    # ("the Hospital Mario Catarino Rivas of San Pedro Sula": the town after "of".)
    r"\s+(?:de|del|in|en|of)\s+$"
)
# "Baku said": a government speaking. After "in"/"near" the verb is a participle ("an
# attack in Jamundi blamed on dissidents") and the place is a place.
_SPEAKS_AFTER: Final = _re(
    # "PUNCH Metro gathered that …", "Daily Trust learnt": a newspaper's own reporting.
    r"^\s+(?:said|says|reported|announced|claimed|stated|confirmed|denied|accused|blamed|"
    r"gathered that|learnt|learned that|"
    # "since Washington began its campaign": a capital for its government.
    r"began|launched|ordered|imposed|vowed|warned|insisted|responded|retaliated|decided)\b"
)
_INSTITUTION_IN_BEFORE: Final = lazy_compile(
    r"\b(?:Headquarters|Ministry|Command|Directorate|Secretariat|Office|Presidency)\s+in\s+$"
)
# "In Juba, Information Minister Michael Makuei told journalists that the attack on Nasir
# was …": where the speaker stood, when what was said names the place of the event.
_SENTENCE_OPENS_IN_BEFORE: Final = lazy_compile(r"(?:^|[.!?\n]\s*)In\s+$")
_SPOKE_OF_ANOTHER_PLACE_AFTER: Final = _re(
    # "In Yaoundé, the Minister of Secondary Education, Prof. Nalova Lyonga, described the
    # kidnapping as …": the event told before, spoken of where the speaker stood.
    r",\s+(?:[\w'’.-]+,?\s+){1,10}?(?:described|condemned|denounced|deplored|called)\s+"
    r"the\s+(?:[\w-]+\s+)?(?:kidnapping|abduction|attack|killings?|massacre|bombing|shooting|"
    r"assault|ambush|raid|murder)s?\b|"
    r",\s+(?:[\w'’.-]+\s+){1,8}?(?:told|said|says|announced|stated|declared)\b"
    r"(?:\s+(?:journalists|reporters|the press|a news conference|a press conference))?"
    r"\s+(?:that\s+)?[^.;]{0,80}?\b(?:(?:attacks?|strikes?|assault|raids?|bombings?|shelling|"
    r"fighting|clashes|killings?|massacre|ambush|offensive)\s+(?:on|in|at|near|of)|"
    # "In Kandahar, the spokesman said forces had fired mortar shells on civilian areas in
    # Spin Boldak district": any place the statement puts the event in.
    r"(?:areas?|villages?|houses?|homes?|positions?|posts?)\s+(?:in|of|near))\s+"
    r"(?:the\s+)?(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|"
    r"may|june|july|august|september|october|november|december)(?-i:[A-Z])"
)
# "abducted 23 people from Kwatarkwashi", "rustled 200 cattle from Tsafe": the place they
# were taken from is where it happened.
_TAKEN_FROM_BEFORE: Final = _re(
    r"\b(?:abduct(?:ed|ing|s)?|kidnap(?:ped|ping|s)?|rustl(?:ed|ing)|st(?:ole|olen|ealing)|"
    r"loot(?:ed|ing)|carried off|carted off|whisked away|took away|"
    # "police arrested two cadres from Kakching Wairi": where they were held (Indian
    # English), not where they came from.
    r"arrested|apprehended|nabbed|picked up|detained|recovered|seized)\b[^.;]{0,50}?\bfrom\s+"
    r"(?:the\s+)?(?:(?:village|town|community|camp|school|church|mosque)\s+(?:of\s+)?)?$"
)
# "youth from Warrap's Tonj North County", "raiders from neighbouring Mayendit County":
# where the attackers came from.
FROM_BEFORE: Final = _re(
    r"\bfrom\s+(?:the\s+(?:direction of\s+)?)?(?:(?:neighbou?ring|nearby|adjacent|adjoining|"
    r"rival)\s+)?(?:(?-i:[A-Z])[\w'’-]+['’]s\s+)?"
    # "residents from Kobani, Raqqa and Hasakah": every name of the list is where they
    # came from.
    r"(?:(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)){0,4}$"
)
STATIONED_PENALTY: Final = 2.0
_STATIONED_BEFORE: Final = _re(
    r"\b(?:stationed|positioned|deployed|(?<=unit )based|(?<=post )based|(?<=camp )based|"
    r"(?<=detachment )based|(?<=garrison )based|(?<=position )based)\s+(?:in|near|at|"
    r"around|outside)\s+(?:the\s+(?:direction|area|vicinity|outskirts)\s+of\s+)?(?:the\s+)?$"
)
# "the Tillaberi region", "Bannu district": the report names the area, whatever the
# gazetteer's reading (often its seat town) is.


def _area_words(wanted: int) -> str:
    """The area words of one level and their plurals ("county", "counties"), as one
    alternation: "the border of Samburu and Isiolo counties" names two counties."""
    words = [w for w, level in AREA_LEVEL_OF_WORD.items() if level == wanted]
    return "|".join(
        f"{w[:-1]}(?:y|ies)" if w.endswith("y") and w[-2:-1] not in "aeiou" else f"{w}s?"
        for w in words
    )


_REGION_AFTER: Final = _re(
    # "Russia's Kursk border region": a border region is a region; "the Hama countryside"
    # the province's villages.
    rf"^\s+(?:countryside\b|(?:border\s+)?(?:{_area_words(1)})\b)"
)
_DISTRICT_AFTER: Final = _re(
    # "Starodub municipal district", "Belgorod urban okrug": Russia's districts.
    r"^\s+(?:(?:municipal|urban|rural|administrative)\s+(?:district|area|okrug)|"
    rf"{_area_words(2)}|local government area)\b"
)
# Unresolved names are more often people or groups than places: weigh them less.
UNRESOLVED_PENALTY: Final = 1.5


def specificity_of(place: Place | None) -> float:
    """How small a place is: settlements beat districts, regions and countries.

    >>> specificity_of(Place("x", "Madagiz", 40.3, 46.7, "P"))
    3.0
    >>> specificity_of(Place("y", "Azerbaijan", 40.5, 47.5, "A", "PCLI"))
    0.5
    """
    if place is None:
        return 1.0
    code = place.feature_code
    if place.feature_class == "P":
        return 3.0
    if place.feature_class == "A":
        if code.startswith(("PCL", "TERR")):
            return 0.5
        return 2.0 if code in ("ADM2", "ADM3", "ADM4", "ADM5") else 1.5
    if place.feature_class == "L" or code in REGION_SIZED_CODES:
        return 0.0 if code == "CONT" else 1.5
    return 2.5  # spots, terrain, water: small features


@dataclass(frozen=True, slots=True)
class _Scored:
    score: float
    mention: MentionLike
    precision: int
    cues: tuple[str, ...]
    near: bool
    vague: bool
    cued: bool
    area_precision: int | None = None  # 2 for "X district", 3 for "X province"


@dataclass(frozen=True, slots=True)
class _Reading:
    """What the words around one mention say of it, whatever the incident: computed once
    per mention and report (``ReadingCache``), since every sentence's and every event's
    choice looks at the same mentions."""

    score: float
    cues: tuple[str, ...]
    precision: int
    near: bool
    vague: bool
    cued: bool
    area_precision: int | None


# (start, end) of a mention -> its reading: a name the gazetteer lacks may start where a
# shorter mention does ("Fort-Mercredi", "Fort"), and the two read apart.
ReadingCache = dict[tuple[int, int], "_Reading | None"]


# "a United States airstrike", "Pakistan Army's strikes", "the anti-Pakistan group": a
# country as the actor or the target of a stance is not where the event is.
STANCE_BEFORE_RE: Final = lazy_compile(r"\b(?:anti|pro)-\Z", re.IGNORECASE)
# "Turkey has shelled a city in northeastern Syria", "Russia launched drones at Odesa": a
# country as the subject of a strike is who struck, not where.
_STRIKES_AFTER: Final = _re(
    r"\s+(?:(?:has|have|had|was|is)\s+)?(?:also\s+|reportedly\s+|again\s+)?"
    r"(?:shelled|struck|strikes|bombed|bombs|attacked|attacks|fired|fires|launched|launches|"
    r"pounded|targeted|targets|invaded|raided|carried out|conducted)\b"
)


# "Independence Square", "Trafalgar Square", "Baghdad Street": streets and squares are
# named after other places; the name before them is the street's, not a town's.
_HOSPITAL_WORD_AFTER: Final = lazy_compile(r"\s+(?:[Hh]ospital|[Cc]linic)\b")
_STREET_AFTER: Final = lazy_compile(r"\s+(?:Square|Street|Avenue|Boulevard|Road|Lane)\b")
# The street words that come before the name, as Spanish, Portuguese, French and
# Indonesian write them: "Avenida Entre Ríos", "Rue de Rivoli", "Jalan Thamrin".
_STREET_BEFORE: Final = lazy_compile(
    r"\b(?:Avenida|Av\.|Avenue|Rua|Rue|Calle|Carrera|Calzada|Paseo|Boulevard|Bulevar|"
    r"Jalan|Jl\.)\s+(?:(?:de|del|da|do|des|du|la|los|las)\s+)?$"
)
# "in the Tudun Wada and Unguwar Liman wards": a town's wards, told with the town the
# event is in; not the towns of their names elsewhere.
_WARDS_AFTER: Final = lazy_compile(
    r"(?:\s+and\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?\s+(?:wards?|quarters)\b"
)

# "Ankara attacked PKK fighters near Kalar", "Moscow struck Ukraine's grid": a national
# capital as the subject of a strike is its state, who struck, when an object follows
# (not "Kyiv attacked overnight", "Kyiv was attacked by drones": the capital struck).
_CAPITAL_STRIKES_AFTER: Final = _re(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|reportedly\s+|again\s+)?"
    r"(?:shelled|struck|bombed|attacked|targeted|pounded|raided|launched|fired)\s+"
    r"(?!(?:by|overnight|again|on|in|at|early|late|twice|with|from|during|last|this|today|"
    r"yesterday|and|as|after|before|for|near|since)\b)(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?"
    r"(?:(?-i:[A-Z])|positions|targets|fighters|militants|rebels|hideouts|bases|camps|"
    r"drones|missiles|rockets|air ?strikes)"
)


@cache
def _national_capitals() -> frozenset[tuple[str, str]]:
    return frozenset(capital_names().items())


def _is_national_capital(place: Place) -> bool:
    # (GeoNames' cities500 marks capitals "PPL" like any town: the country table says.)
    return place.feature_class == "P" and (place.country, place.name) in _national_capitals()


def _is_country(place: Place | None) -> bool:
    return place is not None and place.feature_code.startswith("PCL")


# Arabic's article as English copy writes it: "al-Dhale", "el-Fasher", "ad-Dali".
_ARABIC_ARTICLE_BEFORE_RE: Final = _re(r"(?:^|[^\w-])(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ul)-$")
# "shouting: “Don't forget Aleppo!”", "chanting “Free Gaza”": a place in a cry or a
# slogan is what it is about, not where the crowd or the gunman stood.
_CRY_BEFORE_RE: Final = _re(
    r"\b(?:shout\w*|chant\w*|yell\w*|scream\w*|cried|crying|slogans?|banners?|placards?)"
    r"[^\n“”\"]{0,12}[“\"][^”\"\n]{0,60}$"
)


# "mourned him as a martyr on the road to Jerusalem": a movement's formula for its dead,
# wherever they fell.
_MARTYR_ON_THE_ROAD_BEFORE_RE: Final = _re(
    r"(?:\bmartyr\w*[^.\n]{0,20}?\b|[\"“])on the (?:road|path|way) to\s+$"
)


def _read(text: str, mention: MentionLike) -> _Reading | None:
    if mention.kind != "toponym":
        return None
    place = mention.place
    if place is not None and place.feature_code == "CONT":
        return None
    before = text[max(0, mention.start - 60) : mention.start]
    window = text[max(0, mention.start - 90) : mention.start]
    if ("“" in window or '"' in window) and _CRY_BEFORE_RE.search(window):
        return None
    if ("artyr" in before or '"' in before or "“" in before) and (
        _MARTYR_ON_THE_ROAD_BEFORE_RE.search(before)
    ):
        return None  # "a martyr on the road to Jerusalem": an obituary's formula
    if (
        before[-2:-1].isalpha()
        and before.endswith("-")
        and not _ARABIC_ARTICLE_BEFORE_RE.search(before)
    ):
        # "the Afghan-Dubi area", "pro-Moscow": the tail of a compound, not the place
        # it spells ("Dubi" is a name of Dubai). "al-Dhale" is the place, article and all.
        return None
    after = text[mention.end : mention.end + 20]
    if (
        after[:1] == "-"
        and after[1:2].isupper()
        and not _is_country(place)
        and not _ROAD_AFTER.match(text, mention.end, mention.end + 60)
        and not _COMPOUND_OF_TWO_AFTER.match(text, mention.end, mention.end + 60)
    ):
        # "Sainte-Soline", "Pétion-Ville": the head of a longer name the gazetteer does not
        # know, not the place its first word spells ("Sainte" read as Saint-Étienne).
        return None
    if (
        place is not None
        and place.feature_class != "P"
        and _INSTITUTION_OF_BEFORE.search(before) is not None
    ):
        # "near the University of Balochistan", "the Government of Sindh": an institution
        # named after a province stands somewhere in it (a city's university, "the
        # University of Bukavu", is in the city).
        return None
    tail = text[mention.end : mention.end + 40]
    if ("ward" in tail or "quarters" in tail) and _WARDS_AFTER.match(tail):
        return None
    if ("'s " in before[-30:] or "’s " in before[-30:]) and _CITY_PART_BEFORE.search(before):
        # "Russian missiles hit Kharkiv. In the city's Kyivskyi district, …": a part of
        # the city told before, not a namesake elsewhere.
        return None
    if before[-1:] == " " and before[-2:-1].isdigit() and _UNIT_NUMBER_BEFORE.search(before):
        # "Naik Rajinder Singh of 9 Para (SF)", "21 Rashtriya Rifles": a numbered unit
        # named after a region, not the region (Pará, Brazil).
        return None
    if (
        ("river" in tail or "River" in tail)
        and _RIVER_AFTER.match(tail)
        and (place is None or place.feature_class != "H")
    ):
        # "crossed the Komadougou Yobé river": a river named after a province (or a town)
        # runs far from it.
        return None
    if (
        ("alley" in tail or "ills" in tail or "ountains" in tail or "eights" in tail)
        and place is not None
        and place.feature_class == "P"
        and place.population < _VALLEY_TOWN_POPULATION
        and _VALLEY_AFTER.match(tail)
    ):
        # "a massacre that shocked the Sula valley": the valley spreads far beyond the small
        # town it is named after (a province's valley, "the Swat valley", is the province);
        # "the Sawda hills" need not stand by any town of that name.
        return None
    if place is None and _PARTIES_BETWEEN_BEFORE.search(before):
        # "Clashes between Los Tlacos and La Familia Michoacana": a name the gazetteer
        # lacks after "clashes between" is a party to them, not where they were.
        return None
    if "from" in before and _FLED_FROM_BEFORE.search(before):
        return None  # "IDPs who had fled from the nearby Yaw area of Magway region"
    near_cue = _NEAR_BEFORE.search(before)
    in_cue = None if near_cue else _IN_BEFORE.search(before)
    if in_cue is None and near_cue is None and ("'s " in before[-40:] or "’s " in before[-40:]):
        # "in Pattani's Thung Yang Daeng district": "in" cues the place its possessor holds.
        in_cue = _IN_POSSESSOR_BEFORE.search(before)
    if (
        in_cue is not None
        and place is not None
        and (
            place.feature_code == "ADM1"
            or _is_country(place)
            # (A province's seat read for the province: "Rangae district of Narathiwat".)
            or (place.feature_class == "P" and place.admin1 == place.name)
        )
        and NAMED_AREA_OF_END_RE.search(before)
    ):
        # "Khok Pho district of Pattani", "the Rueso district of Narathiwat": the district
        # is named before its word; the province after "of" only holds it (but "the Cauca
        # municipality of Buenos Aires" names the municipality after "of").
        in_cue = None
    if in_cue is None and near_cue is None and not _POSSESSIVE_AHEAD.search(after):
        # "in the southern Gaza Strip", "in northern Syria": the compass word says where in
        # it; but "in eastern Nangarhar Province's Achin District" is in the district.
        in_cue = _COMPASS_IN_BEFORE.search(before)
    if (
        # Forty characters: "Kherson regional military administration said".
        _CONTEXT_AFTER.search(text[mention.end : mention.end + 40])
        # "on the Kupiansk, Lyman and Kramatorsk axes": each a front, not a town.
        or (
            (after[:1] == "," or after[:5] == " and ")
            and _FRONT_LIST_AFTER.match(text, mention.end, mention.end + 120) is not None
        )
        or (
            _is_country(place)
            and (
                STANCE_BEFORE_RE.search(before)
                # "an attack by mercenaries of the Syrian government and Iran": a backer.
                or _BACKERS_BEFORE.search(before)
                or ACTING_AFTER_RE.match(after)
                or _STRIKES_AFTER.match(text, mention.end, mention.end + 40)
            )
        )
        # "Kantchari, near the border with Niger", "the Mutaibija area, on the border with
        # Diyala province": the neighbour, not the place.
        or names_a_neighbour(text, mention.start, mention.end)
        or (
            place is not None
            and not (near_cue or in_cue)
            and _CAPITAL_STRIKES_AFTER.match(text, mention.end, mention.end + 60) is not None
            and _is_national_capital(place)
        )
        or (_SPEAKS_AFTER.search(after) and not (near_cue or in_cue))
        or _SPOKEN_TO_BEFORE_RE.search(before) is not None
        or (
            ("th of " in before or "st of " in before)
            and _AREA_DESCRIBED_BEFORE_RE.search(before) is not None
        )
        # "the Defence Headquarters in Abuja said": the institution that spoke, where.
        or (_SPEAKS_AFTER.search(after) and _INSTITUTION_IN_BEFORE.search(before) is not None)
        or (
            _SENTENCE_OPENS_IN_BEFORE.search(before) is not None
            and _SPOKE_OF_ANOTHER_PLACE_AFTER.match(text, mention.end, mention.end + 200)
            is not None
        )
        or (
            not near_cue
            # "moved along the coast to Quiterajo, where they burned 40 houses": where
            # they went is where they struck.
            and not _WHERE_AFTER.match(text, mention.end, mention.end + 40)
            and (
                (
                    _CONTEXT_BEFORE.search(before)
                    and not _SITE_BEFORE.search(before)
                    and not _VICTIM_OFFICIALS_BEFORE.search(before)
                    and not _TAKEN_FROM_BEFORE.search(before)
                )
                or _RESIDENCE_BEFORE.search(before)
                or _HOME_BEFORE.search(before)
            )
        )
        or (
            (hospital := _HOSPITAL_AFTER.match(text, mention.end, mention.end + 50))
            and (
                _TAKEN_BEFORE.search(before)
                # "a health worker at Woldia Comprehensive Specialized Hospital said":
                # where the speaker works, and the wounded went.
                or _SPEAKS_AFTER.match(text, hospital.end(), hospital.end() + 30)
            )
        )
        # "Katsina Community Watch Corps personnel", "the Zamfara State Police Command": a
        # force named after the place it serves.
        or _FORCE_NAMED_AFTER.match(text, mention.end, mention.end + 50) is not None
        # "the Islamic Resistance in Iraq", "al-Qaeda in Yemen": a group's name.
        or ("in " in before[-12:] and _GROUP_IN_BEFORE.search(before) is not None)
        # "a spokesman for the Balochistan home department": an office of the province.
        or _OFFICE_NAMED_AFTER.match(text, mention.end, mention.end + 40) is not None
        # "receiving treatment at Yariman Bakura Specialist Hospital, Gusau": the
        # hospital's town.
        or (
            (named := _HOSPITAL_NAMED_BEFORE.search(before)) is not None
            # (The verb that takes the wounded there stands before the hospital's name.)
            and _TAKEN_BEFORE.search(
                text, max(0, mention.start - 120), mention.start - len(before) + named.start()
            )
            is not None
        )
        # "Villavicencio's family said": a person's surname, whom kin and killers belong to.
        or _KIN_OF_PERSON_AFTER.match(text, mention.end, mention.end + 30) is not None
        # "Vijay Reddy alias Shankar": a person's other name.
        or _ALIAS_BEFORE.search(before) is not None
        # "said Hamidou Djibo (pseudonym), 52": a witness's name.
        or _PSEUDONYM_AFTER.match(text, mention.end, mention.end + 30) is not None
        # "Russia's allies should press Moscow to end these attacks": whom they address.
        or (text.startswith(" to ", mention.end) and _ADDRESSEE_BEFORE.search(before) is not None)
        # "MSF teams in Adré hospital treated 200 wounded": where the wounded went.
        or (
            _HOSPITAL_AFTER.match(text, mention.end, mention.end + 40)
            and _TREATED_AFTER.match(text, mention.end, mention.end + 80) is not None
        )
        or _DISPUTE_BEFORE.search(before)
        or (
            "against" in text[max(0, mention.start - 120) : mention.start]
            and _PROTESTED_AGAINST_BEFORE.search(text, max(0, mention.start - 120), mention.start)
            is not None
        )
        or ("toward" in before and WENT_TOWARD_BEFORE.search(before) is not None)
        or (before.endswith("of ") and _CLINIC_TOWN_BEFORE.search(before) is not None)
        # "a civil protection official in the nearby city of Saint-Marc": where the
        # speaker sits, however near.
        or _OFFICIAL_NEARBY_BEFORE.search(before) is not None
        # "confirmed the incident in Minna on Sunday": where and when the police spoke.
        or (
            _CONFIRMED_IN_BEFORE.search(before) is not None
            and _SPOKEN_DAY_AFTER.match(text, mention.end, mention.end + 40) is not None
        )
    ):
        return None
    if place is not None and place.feature_class == "P" and _STREET_AFTER.match(after):
        place = None  # the street's name, not the town's: "Independence Square"
    if _STREET_BEFORE.search(before):
        return None  # "on Avenida Entre Ríos": a street named after a province
    cues: list[str] = []
    vague = bool(_VAGUE_BEFORE.search(before))
    town_of_area = (
        not (vague or near_cue or in_cue)
        and place is not None
        and place.feature_class == "P"
        and _AREA_FOLLOWS_AFTER.match(after) is not None
    )
    # "on the Macomia coast", "in the Kismayo hinterland": somewhere along it, near it.
    near = (bool(near_cue) or _SHORE_AFTER.match(after) is not None) and not vague
    score = specificity_of(place)
    cued = True
    if vague:
        cues.append(f"an unnamed place in or near {mention.text}")
        score += 0.8
    elif near_cue is not None:
        cues.append(f"'{' '.join(near_cue.group(0).split())}' {mention.text}")
        score += 0.8
    elif in_cue is not None:
        cues.append(f"'{' '.join(in_cue.group(0).split())}' {mention.text}")
        score += 0.8
    elif names_area_in_brackets(text, mention.start, mention.end):
        # "the village of Pazigyi (Kanbalu Township) in Sagaing region": the bracket holds
        # the area nearest the village, as "in" would.
        cues.append(f"the area in brackets: {mention.text}")
        score += 0.8
    elif town_of_area:
        # "hundreds of residents of Archers Post in Samburu East blocked the highway": the
        # town that the area after it holds, as "at Archers Post in Samburu East" is.
        cues.append(f"{mention.text}, in the area named after it")
        score += 0.8
    else:
        cued = False
    if (_RESIDENT_OF_BEFORE.search(before) and not town_of_area) or _CONFIRMED_IN_BEFORE.search(
        before
    ):
        # "a resident of Karak district was killed in Peshawar": a victim's home, where it
        # happened only if the sentence names no other place ("A resident of Antonivka was
        # wounded in shelling, the regional administration said"); so is where a spokesman
        # "confirmed the attack in Makurdi".
        score -= 1.0
    if (
        FROM_BEFORE.search(before)
        and not (near_cue and near_cue.group(0).endswith("from "))
        and not _TAKEN_FROM_BEFORE.search(before)
    ):
        # "fled from X" is where they left; "5 km from X" is where it happened, near X.
        score -= 1.0
    if _STATIONED_BEFORE.search(before):
        # "units stationed near Berd opened fire at positions in the Tovuz district":
        # where the shooters stood, not what they hit (a district, however broad), unless
        # the text names no other place.
        score -= STATIONED_PENALTY
    if _POSSESSIVE_AFTER.search(after):
        score -= POSSESSIVE_PENALTY
    if _REFERENCE_BEFORE.search(before) or _EARLIER_AFTER.match(tail):
        score -= REFERENCE_PENALTY
    if _FRONT_AFTER.match(text, mention.end, mention.end + 12):
        # "disrupting supplies on the Zaporizhzhia front": a front named after a city lies
        # far from it, unless the sentence names no other place ("on the Raghwan front").
        score -= REFERENCE_PENALTY
    if _HOLDS_AN_AREA_BEFORE.search(before):
        # "in tambon Bang Khao of Nong Chik district in Pattani": the province that holds
        # the district, not the town of its name.
        score -= REFERENCE_PENALTY
    if _NEIGHBOURHOOD_AFTER.match(text, mention.end, mention.end + 60) or (
        _NEIGHBOURHOOD_BEFORE.search(before) is not None
    ):
        # "the Tierra Blanca neighborhood of Culiacán", "the Penha favela complex in Rio",
        # "in colonia Bellavista, in Culiacán": a part of the city named next, which the
        # gazetteer's namesakes elsewhere are not.
        score -= REFERENCE_PENALTY
    if (
        _ROAD_AFTER.match(text, mention.end, mention.end + 60)
        or (_ROAD_BEFORE_SECOND.search(before) and _ROAD_AFTER_SECOND.match(after))
        # "near the Bijapur-Dantewada border under the Bhairamgarh police station area":
        # a border's ends name the border, as a road's name the road.
        or _BORDER_AFTER.match(text, mention.end, mention.end + 60)
        or (_ROAD_BEFORE_SECOND.search(before) and _BORDER_AFTER_SECOND.match(after))
        # "5 km from Ménaka, on the road to Anderamboukane": where the road leads.
        or _ROAD_TO_BEFORE.search(before)
    ):
        # "on the Quetta-Karachi highway near Kalat": a road's end names the road; the
        # place the text puts the event near is where it happened.
        score -= ROAD_END_PENALTY
    if place is None:
        score -= UNRESOLVED_PENALTY
    score += 0.2 * mention.confidence
    precision = precision_of(place, near=near, vague=vague)
    area_precision = None
    # "Tondibi (Gao, Gao)": the brackets hold a district, then a province.
    bracketed = (
        bracketed_area(text, mention.start, mention.end)
        if text[mention.start - 2 : mention.start] in (" (", ", ")
        else None
    )
    level = bracketed[0] if bracketed is not None else 0
    if (
        not level
        and text[mention.start - 2 : mention.start] == " ("
        and text.startswith(")", mention.end)
        and _AREA_WORD_BEFORE_BRACKET_RE.search(text, max(0, mention.start - 30), mention.start)
    ):
        # "at Hatikumrul in Ullapara upazila (Sirajganj)": the bracket holds the district
        # that holds the upazila, not the town of its name.
        level = 2
    if (
        not level
        and ("countryside" in before or "hinterland" in before)
        and (_COUNTRYSIDE_OF_BEFORE.search(before))
    ):
        # "in the western countryside of Damascus": the land around the city, as small as
        # a district; a village the sentence names in it is where.
        level = 2
    if not level and mention.text.rsplit(" ", 1)[-1].casefold() not in AREA_LEVEL_OF_WORD:
        # "the province of Saada": the words before call it an area as well as those
        # after; "Duk county of Jonglei State" names its own level.
        level = area_level_before(text, mention.start, unnamed_only=True)
        if (
            not level
            and (owned := NAMED_AREA_OF_END_RE.search(before)) is not None
            and owned["word"].casefold() in _BELOW_A_DISTRICT
        ):
            # "in Haluaghat upazila of Mymensingh": what holds an upazila is a district,
            # not the town of that name. (What holds "district of" is not told alike:
            # "the Rarasham district of Musakhel" is a district's area, "the Khartoum
            # district of Bahri" the district itself.)
            level = 2
        if (
            not level
            and _NEIGHBOURING_BEFORE.search(before)
            and not _SETTLEMENT_WORD_AFTER.match(after)
        ):
            # "In neighbouring Narathiwat, … in Rueso district": the province beside the
            # one just told, not its capital.
            level = 1
    listed_areas = (
        _LISTED_AREAS_AFTER.match(text, mention.end, mention.end + 50)
        if text.startswith(" and ", mention.end) or text.startswith(", ", mention.end)
        else None
    )
    if listed_areas is not None and not level:
        # "Russia's Belgorod and Kursk border regions": each name of the pair is one.
        level = 1 if listed_areas[1] else 2
    if (
        place is not None
        and place.feature_code == "ADM1"
        and after[:10].lstrip().casefold().startswith("division")
    ):
        # "Tanintharyi Division", "Khulna Division": Myanmar's and Bangladesh's divisions
        # are first-level areas (Cameroon's "Manyu division" is a second-level one).
        level = 1
    if _REGION_AFTER.search(after) or level == 1:
        area_precision = precision = 3
        score -= specificity_of(place) - 1.5  # an area, however the gazetteer reads it
    elif _DISTRICT_AFTER.search(after) or level == 2:
        area_precision = 2
        # "Tartar District" is a district, though the index files it as a first-level area.
        area = place is not None and not (
            place.feature_class == "P" or place.feature_code.startswith(("PCL", "TERR"))
        )
        precision = 2 if area else max(precision, 2)
        score -= max(0.0, specificity_of(place) - 2.0)
    return _Reading(score, tuple(cues), precision, near, vague, cued, area_precision)


def _reading(text: str, mention: MentionLike, cache: ReadingCache | None) -> _Reading | None:
    if cache is None:
        return _read(text, mention)
    key = (mention.start, mention.end)
    if key not in cache:
        cache[key] = _read(text, mention)
    return cache[key]


def area_precision_of(
    text: str, mention: MentionLike, *, cache: ReadingCache | None = None
) -> int | None:
    """2 or 3 when the text calls the mention a district or a province ("Macomia
    district", "Cabo Delgado province"), None otherwise or when it is only context."""
    reading = _reading(text, mention, cache)
    return None if reading is None else reading.area_precision


def is_context(text: str, mention: MentionLike, *, cache: ReadingCache | None = None) -> bool:
    """Whether the words around a toponym make it context, not a place of the event
    ("personnel from Dantewada district", "officials in Kabul said")."""
    return mention.kind == "toponym" and _reading(text, mention, cache) is None


def _score(
    text: str,
    mention: MentionLike,
    *,
    in_trigger_sentence: bool,
    trigger_at: int | None,
    cache: ReadingCache | None = None,
) -> _Scored | None:
    reading = _reading(text, mention, cache)
    if reading is None:
        return None
    score = reading.score
    cues = reading.cues
    if in_trigger_sentence:
        score += 1.0
        cues = (*cues, "in the sentence that states the incident")
    if trigger_at is not None:
        score += 0.3 / (1.0 + abs(mention.start - trigger_at) / 80.0)
    return _Scored(
        score,
        mention,
        reading.precision,
        cues,
        reading.near,
        reading.vague,
        reading.cued,
        reading.area_precision,
    )


def choose_location(
    text: str,
    *,
    spans: Sequence[tuple[int, int]],
    trigger_spans: Sequence[tuple[int, int]],
    trigger_at: int | None,
    mentions: Sequence[MentionLike],
    fallback_spans: Sequence[tuple[int, int]] = (),
    resolve_name: NameResolver | None = None,
    cache: ReadingCache | None = None,
) -> EventLocation:
    """Choose the event location among ``mentions`` inside the incident's ``spans``.

    ``trigger_spans`` are the sentences that state the incident (they weigh more).
    When the incident's sentences name no usable place, the mentions inside
    ``fallback_spans`` (the paragraph before, the headline) are tried, with less
    confidence.
    """
    for attempt, allowed in enumerate((spans, fallback_spans)):
        best: _Scored | None = None
        for mention in mentions:
            if not any(start <= mention.start < end for start, end in allowed):
                continue
            in_trigger = any(start <= mention.start < end for start, end in trigger_spans)
            scored = _score(
                text, mention, in_trigger_sentence=in_trigger, trigger_at=trigger_at, cache=cache
            )
            if scored is not None and (best is None or scored.score > best.score):
                best = scored
        if best is not None:
            return _to_location(
                text, best, fallback=attempt == 1, resolve_name=resolve_name, mentions=mentions
            )
    return NO_LOCATION


def _to_location(
    text: str,
    best: _Scored,
    *,
    fallback: bool,
    resolve_name: NameResolver | None,
    mentions: Sequence[MentionLike],
) -> EventLocation:
    mention = best.mention
    place = mention.place
    parts = [*best.cues]
    reason = mention.reason
    precision = best.precision
    street = _STREET_AFTER.match(text, mention.end)
    if street is not None and (place is None or place.feature_class == "P"):
        # "Independence Square": a square named after a town is no town; the whole name
        # is the place the report names (for --geocoder to look up).
        place, reason = None, f"{street.group(0).strip().lower()} named after a place"
    if (
        street is None
        and place is None
        and resolve_name is not None
        and not mention.reason.startswith(NOT_IN_NAMED_COUNTRY)
        and not _name_goes_on(text, mention)
        # "Abu Saida", "Jabal al-Zawiya": the word of a longer name the gazetteer lacks
        # is not the place it spells alone (Saïda in Algeria, Zawiya in Libya).
        and compound_name(text, mention) is None
        and not _tail_of_a_name(text, mention)
    ):
        # The geoparser wants more context than a short report gives; the gazetteer's
        # own ranking of this one name (with the report's countries) is a second opinion.
        place, why = resolve_name(mention.text)
        if place is not None:
            reason = f"{mention.reason}; resolved alone: {why}"
            precision = precision_of(place, near=best.near, vague=best.vague)
    written = mention.text if street is None else text[mention.start : street.end()]
    if place is None and street is None and _name_goes_on(text, mention):
        # "Adan Yabal", "Aden Adde International Airport": the whole name is the place
        # the report names (for --geocoder to look up), not its first word; a name
        # someone owns ("Aung San Suu Kyi's birthday") is a person's, no place.
        whole = _WHOLE_NAME_RE.match(text, mention.start)
        if whole is not None and (
            whole.group("owner")
            # "Bangladesh Chhatra League", "Kuki National Front": an organisation's name.
            or whole.group("name").rsplit(" ", 1)[-1].casefold() in ORGANISATION_WORDS
        ):
            written = ""
        elif whole is not None and not any(
            # "Maiduguri Borno State": a chain that lost its comma, not one name.
            w.casefold() in AREA_WORDS
            for w in whole.group("name").split()
        ):
            written = whole.group("name")
    written_at = mention.start
    if place is None and street is None and _tail_of_a_name(text, mention):
        # "the Pendjari National Park": the whole name, for --geocoder to look up.
        head = _PROPER_WORD_BEFORE_RE.search(text, max(0, mention.start - 30), mention.start)
        if head is not None:
            written_at = head.start()
            written = text[written_at : mention.end]
    if place is None and street is None and (compound := compound_name(text, mention)):
        written = text[compound[0] : compound[1]]  # "Abu Saida", for --geocoder to look up
        written_at = compound[0]  # where the written name starts, which its users slice by
        if names_a_group(written):
            written = ""  # "fighters of Jaysh al-Adl": a group, no place to look up
    if fallback:
        parts.append("no place in the incident's sentences; named just before them")
    if place is None:
        parts.append("the gazetteer has no convincing place for this name")
    else:
        parts.append(reason)
    confidence = min(1.0, 0.35 + 0.12 * best.score) * (0.7 if fallback else 1.0)
    if place is not None:
        confidence *= 0.5 + 0.5 * mention.confidence
    if fallback and precision == 1:
        precision = 2
    if place is not None and (offset := offset_from_town_after(text, mention.end)) is not None:
        # "the village of Kabaw, 20 km north of Taungup": a reading far from the town the
        # report measures from is a namesake (Kābāw of Libya); the measure is the point.
        # The town as the report's other places read it (asked alone, the name would be
        # read in the namesake's country).
        town = next(
            (m.place for m in mentions if m.start == offset.start("town") and m.place),
            None,
        )
        if town is not None and town.feature_class == "P":
            measured, km, side = moved_by(town, offset["figure"], offset["unit"], offset["side"])
            if distance_km(place.lat, place.lon, measured.lat, measured.lon) > km + _NAMESAKE_KM:
                place, precision = measured, 2
                parts.append(
                    f"{mention.text}, {km:g} km {side} of {town.name}, is not the "
                    f"{place.name} the gazetteer has; drawn there, as the report says"
                )
    if place is not None and best.near:
        moved = _moved_by_distance(text, mention.start, place)
        if moved is not None:
            place, how, apposed = moved
            if apposed:
                written = apposed
                how = f"{apposed} is not in the gazetteer; {how}"
            parts.append(how)
    if place is not None and (road := _along_road(text, mention, place, resolve_name)):
        place, written, how = road
        # A long road's end is only where it starts: somewhere along it, a region wide.
        precision = max(precision, 3 if how.startswith(_LONG_ROAD) else 2)
        parts.append(how)
    if place is not None and best.area_precision is not None:
        precision = max(precision, best.area_precision)  # the text calls it an area
    if not written:
        return NO_LOCATION
    return EventLocation(
        written,
        place,
        precision,
        round(confidence, 3),
        "; ".join(parts),
        written_at,
        best.cued,
        best.area_precision is not None,
    )


# "six IDPs who had fled from the nearby Yaw area of Magway region": where people fled
# from, told of people hit elsewhere (whatever cue of nearness it holds).
_FLED_FROM_BEFORE: Final = _re(
    r"\b(?:fled|fleeing|flee|displaced|escaped)\s+from\s+(?:the\s+)?(?:(?:nearby|"
    r"neighbou?ring)\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+(?:area|district|township|county)\s+of\s+"
    r"(?:the\s+)?)?$"
)
# A name, its area word and "of": "… Khok Pho district of " (the name's last word is the
# group "name").
NAMED_AREA_OF_END_RE: Final = lazy_compile(
    r"(?P<name>(?-i:[A-Z])[\w'’-]*)\s+(?P<word>district|county|municipality|commune|township|"
    r"sub-?district|upazila|tehsil)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The words of areas a level below a district: what holds one of them is a district.
_BELOW_A_DISTRICT: Final = frozenset(
    ("commune", "township", "subdistrict", "sub-district", "upazila", "tehsil")
)


def _moved_by_distance(text: str, start: int, place: Place) -> tuple[Place, str, str | None] | None:
    """The place moved as far and that way as the words before it say ("20 km north
    of"), with the words and the name they place, if one stands before a comma; None
    when they give no distance and direction."""
    said = _DISTANCE_BEARING_BEFORE.search(text, max(0, start - 90), start)
    if said is None:
        return None
    # "in Hsipaw, about 50 km west of Lashio": when the place is the one after the comma,
    # the name before it was not one the gazetteer could place (a known one would be
    # the event's place), and the offset is the best point there is, for that name.
    apposition = _APPOSITION_BEFORE.search(text, max(0, said.start() - 12), said.start())
    span = (
        _name_before(text, apposition.start(), max(0, apposition.start() - 60))
        if apposition is not None
        else None
    )
    if span is not None and _CONTEXT_BEFORE.search(text, max(0, span[0] - 60), span[0]):
        # "treated at a hospital in Dahuk, 430 km northwest of Baghdad": the words place
        # the hospital's town, no event.
        return None
    apposed = text[span[0] : span[1]] if span is not None else None
    moved, km, side = moved_by(place, said.group(1), said.group(2), said.group(3))
    return moved, f"drawn {km:g} km {side} of {place.name}, as the report says", apposed


# "along the Bankilare-Tera route", "on the road between Nampala and Coura": an ambush on
# a road lies somewhere along it, and halfway is the honest guess (a district's
# precision), not the town named first.
# ("the Boni-Hombori section of National Road 16": a stretch of a road between two towns.)
_ROAD_WORDS: Final = r"(?:road|route|highway|motorway|axis|corridor|expressway|section|stretch)"
_ROAD_NAME: Final = r"(?P<other>(?-i:[A-Z])[\w'’]+(?: (?-i:[A-Z])[\w'’]+)?)"
# ("the Vavuniya - Mannar main road": a spaced dash, and a word for the road's kind.)
_ROAD_KIND: Final = r"(?:(?:main|national|old|new|trunk|busy|key|strategic|provincial|federal)\s+)?"
_ROAD_AFTER: Final = _re(rf" ?[-–—] ?{_ROAD_NAME}\s+{_ROAD_KIND}{_ROAD_WORDS}\b")
_ROAD_BEFORE_SECOND: Final = _re(rf"{_ROAD_NAME} ?[-–—] ?\Z")
_BORDER_WORDS: Final = r"(?:border|boundary|frontier)"
_BORDER_AFTER: Final = _re(rf"[-–—]{_ROAD_NAME}\s+{_BORDER_WORDS}\b")
_BORDER_AFTER_SECOND: Final = _re(rf"\s+{_BORDER_WORDS}\b")
_ROAD_TO_BEFORE: Final = _re(
    r"\b(?:road|highway|route|way)\s+(?:(?:leading|heading|going) )?to\s+(?:the\s+)?\Z"
)
_ROAD_AFTER_SECOND: Final = _re(rf"\s+{_ROAD_KIND}{_ROAD_WORDS}\b")
_ROAD_BETWEEN_BEFORE: Final = _re(
    # "on national road 16 between Douentza and Boni", "the N1 highway between".
    rf"\b{_ROAD_WORDS}s?(?:\s+(?:no\.?\s*)?\d{{1,4}})?\s+(?:between|linking|connecting|from)\s+"
    r"(?:the\s+towns?\s+of\s+)?\Z"
)
_ROAD_BETWEEN_AFTER: Final = _re(rf"\s+(?:and|to|with)\s+{_ROAD_NAME}")
# Two towns farther apart than this are the ends of a long road (a highway across a
# province), along which a town's point says nothing of where.
_MAX_ROAD_KM: Final = 400.0
_LONG_ROAD: Final = "on a road that runs"


def _along_road(
    text: str, mention: MentionLike, place: Place, resolve_name: NameResolver | None
) -> tuple[Place, str, str] | None:
    """The point halfway along the road the words around ``mention`` name, with the road's
    name and the reason, or None when they name no road between two known towns."""
    if resolve_name is None:
        return None
    start, end = mention.start, mention.end
    other = None
    if (after := _ROAD_AFTER.match(text, end, end + 60)) is not None:
        other, road = after["other"], text[start : after.end()]
    elif (
        before := _ROAD_BEFORE_SECOND.search(text, max(0, start - 40), start)
    ) is not None and _ROAD_AFTER_SECOND.match(text, end, end + 20):
        other, road = before["other"], text[before.start() : end] + " road"
    elif (
        _ROAD_BETWEEN_BEFORE.search(text, max(0, start - 50), start)
        and (second := _ROAD_BETWEEN_AFTER.match(text, end, end + 60)) is not None
    ):
        other, road = second["other"], f"{mention.text}–{second['other']} road"
    if other is None:
        return None
    far, _ = resolve_name(other)
    if far is None or far.country != place.country:
        return None
    name = " ".join(road.split())
    length = distance_km(place.lat, place.lon, far.lat, far.lon)
    if length > _MAX_ROAD_KM:
        # "on the Quetta-Karachi highway": 690 km of road, and no point on it told.
        return (
            place,
            name,
            f"{_LONG_ROAD} {length:.0f} km from {place.name} to {far.name}; where along it "
            f"is not told",
        )
    offset = _ROAD_OFFSET_AFTER.match(text, end, end + 160)
    if offset is not None and offset["anchor"] in (mention.text, other):
        # "on the road linking Mocímboa da Praia to Mueda, about 20 kilometres west of
        # Mocímboa da Praia town": the report says where along the road.
        anchor = place if offset["anchor"] == mention.text else far
        moved, km, side = moved_by(anchor, offset["figure"], offset["unit"], offset["side"])
        moved = replace(place, lat=moved.lat, lon=moved.lon)
        return (
            moved,
            name,
            f"drawn {km:g} km {side} of {anchor.name} on the road, as the report says",
        )
    middle = replace(
        place, lat=round((place.lat + far.lat) / 2, 5), lon=round((place.lon + far.lon) / 2, 5)
    )
    return middle, name, f"drawn halfway between {place.name} and {far.name}"


# "…, about 20 kilometres west of Mocímboa da Praia town", "some 15 km north of Ouallam":
# how far along the road from one of its ends.
_ROAD_OFFSET_AFTER: Final = _re(
    rf"[^.;]{{0,60}}?\b(?P<figure>{_FIGURE})\s*(?P<unit>{_UNIT})\b"
    r"(?:\s*\([^()]{0,30}\))?\s+(?P<side>north|south|east|west|north-?east|"
    r"north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?"
    r"(?:(?:town|city|village) of\s+)?"
    r"(?P<anchor>(?-i:[A-Z])[\w'’-]*(?: (?:da|de|do|del|la|el|al|(?-i:[A-Z])[\w'’-]*)){0,3})"
    r"(?=\s+(?:town|city|village)\b|[\s,.;)]|$)"
)


# "the village of X", "a cattle camp called X", "X village", "X community": the text
# itself says that X is a place, whether or not the gazetteer knows it.
_SETTLEMENT_NOUNS: Final = (
    r"(?:village|town|township|city|community|locality|hamlet|settlement|camp|neighbou?rhood|"
    r"suburb|area|district|county|commune|municipality|tambon|kampung|locality|"
    # Latin America's rural parts of a municipality: "the corregimiento of Puerto Jordán".
    r"corregimiento|vereda|ejido|caser[ií]o|aldea)"
)
_NAMED_BEFORE_RE: Final = _re(
    rf"\b{_SETTLEMENT_NOUNS}s?\s+(?:of|called|named|known as)\s+$"
    # Spanish names the place right after the word: "in the vereda El Mango".
    r"|\b(?:corregimiento|vereda|ejido|caser[ií]o|aldea)\s+$"
)
_NAMED_AFTER_RE: Final = lazy_compile(
    r"^\s+(?:[Vv]illage|[Tt]own|[Cc]ommunity|[Ll]ocality|[Hh]amlet|[Ss]ettlement|[Cc]amp|"
    r"[Nn]eighbou?rhood|[Ss]uburb)\b"
)
_CAPITALISED_RE: Final = lazy_compile(r"[A-Z][\w'’]*(?:-[\w'’]+)*")
# Lower-case particles inside Arabic, Romance and Dutch place names ("Wad al-Noura").
_NAME_PARTICLES: Final = frozenset(
    (
        *("al", "el", "ad", "as", "ash", "at", "ar", "an", "de", "del", "della", "la", "le"),
        *("du", "des", "di", "da", "dos", "das", "ibn", "bin", "abu", "um", "umm", "van", "der"),
    )
)
_NOT_NAMES: Final = frozenset(
    (
        *("The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "Our", "Local"),
        "Most",
        # A sentence's first word: "In Kidal (Kidal), on 5 March, …".
        *("In", "At", "Near", "On", "From", "Outside", "Around", "Inside"),
    )
)
MAX_NAME_WORDS: Final = 4
# What stands between two places of one list: "X and Y", "X (Z district), Y and the town
# of W". Bounded repetitions only.
LIST_GAP_RE: Final = _re(
    # ("Donetsk, as well as the village of Holmivskyi": one more item.)
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|"
    r"\s+as\s+well\s+as\s+)(?:in\s+|on\s+|"
    # A second target with its own weapon, the verb left out: "fired missiles on X and
    # 120 mm mortars on Y". A word ending in -ed is a verb of its own ("and killed three
    # in Y"); "in" would name the area around the first place.
    r"(?:(?!\w+ed\b)(?-i:[a-z0-9]+)[\s-]+){1,4}(?:on|at|against)\s+|"
    # "at a petrol station in Bannang Sata and at a convenience store in Tak Bai": a
    # second site, in a place of its own.
    r"at\s+(?:an?|the)\s+(?:(?-i:[a-z-]+)\s+){1,3}?in\s+)?"
    r"(?:the\s+(?:[a-z]+\s+){0,2}(?:towns?|city|cities|villages?)\s+of\s+)?"
)
# An article that names no place: "a southern Philippine island", "an Alawite village".
_INDEFINITE_BEFORE_RE: Final = _re(
    r"\b(?:a|an)\s+(?:(?:north|south|east|west|north-?east|north-?west|south-?east|"
    r"south-?west|central|remote|small)(?:ern)?\s+)?$"
)
_MEMBERS_BEFORE_RE: Final = _re(
    r"\b(?:from|of|among|members of|belonged to|belonging to|belongs to|belong to) the\s+$"
)


_LEADING_PARTICLE_RE: Final = lazy_compile(r"([a-z]{1,3})-(?=[A-Z])")


def _name_at(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The capitalised name (up to ``MAX_NAME_WORDS`` words) that starts at ``start``."""
    end = start
    words = 0
    position = start
    leading = _LEADING_PARTICLE_RE.match(text, start, stop)
    if leading is not None and leading.group(1) in _NAME_PARTICLES:
        position = leading.end()  # "the village of al-Zara"
    while position < stop and words < MAX_NAME_WORDS:
        match = _CAPITALISED_RE.match(text, position, stop)
        if match is None:
            break
        if words == 0 and match.group(0) in _NOT_NAMES:
            return None
        if match.group(0).endswith(("'s", "’s")):
            # "the district of India's Manipur state": the owner, not the place named.
            return None
        end = match.end()
        words += 1
        position = end
        # A space, then either another capitalised word or a particle and one.
        if text[position : position + 1] != " ":
            break
        after = position + 1
        particle = re.match(r"([a-z]{1,5})([ -])", text[after : after + 7])
        if particle is not None and particle.group(1) in _NAME_PARTICLES:
            after += particle.end()
        if not text[after : after + 1].isupper():
            break
        position = after
    return (start, end) if words else None


def _name_before(text: str, end: int, start: int) -> tuple[int, int] | None:
    """The capitalised name that ends at ``end`` (for "X village")."""
    position = end
    begin = end
    words = 0
    while position > start and words < MAX_NAME_WORDS:
        space = text.rfind(" ", start, position)
        word_start = start if space < 0 else space + 1
        word = text[word_start:position]
        if not word[:1].isupper() or word in _NOT_NAMES:
            break
        if words and (word[-1] in ",;:)" or word.endswith(("'s", "’s"))):
            break  # "Kashmir's Rajouri district", "El Wak, Mandera County": one name only
        begin = word_start
        words += 1
        if space < 0:
            break
        position = space
    return (begin, end) if words else None


# A name that ends in one of these is an area of a containment chain ("Kodyel, Foutouri,
# Komondjari Province"), not another item of a list.
AREA_WORDS: Final = frozenset(
    (
        *("province", "region", "state", "district", "county", "governorate", "department"),
        *("municipality", "territory", "zone", "division", "lga", "oblast", "prefecture"),
    )
)
# Capitalised words after a name that the geoparser left open and that do not carry the
# name on into a person's or another proper name: "Mosul University", "Kabul Monday" still
# name the place (common English words do not carry it on either).
_NAME_ENDS_BEFORE: Final = (
    FEATURE_WORDS
    | AREA_WORDS
    | ALWAYS_CAPITALISED
    | ORGANISATION_WORDS
    | frozenset(
        (
            *("international", "university", "hospital", "prison", "city", "town", "village"),
            *("valley", "river", "lake", "mountains", "hills", "refugee", "military", "air"),
            # "in Amudat Mr. Limale Alex Macho said": a title opens the next name.
            *("mr", "mrs", "ms", "dr", "gen", "col", "capt", "lt", "sgt", "rev", "prof", "hon"),
        )
    )
)
# ("Nova Zambézia", "São Paulo": a capital and the lower-case letters of any language.)
_NEXT_WORD_RE: Final = lazy_compile(r" ([A-ZÀ-Ö][a-zß-öø-ÿ]+)\b")
_ARTICLE: Final = ARABIC_ARTICLE
# The word an Arabic article joins on to a name: "Ain al-Arab", "Daraa al-Balad".
_JOINED_WORD_RE: Final = lazy_compile(rf" {_ARTICLE}-[A-Z][a-z]+\b")
# Arabic words that start a place's name rather than name a place alone: "Ain al-Arab"
# is one town, while "Daraa al-Balad" is a part of Daraa.
_ARABIC_NAME_HEADS: Final = frozenset(
    (
        *("ain", "ayn", "ras", "jabal", "jebel", "tal", "tell", "tall", "deir", "dayr", "kafr"),
        *("beit", "bayt", "bir", "wadi", "khan", "liwa", "abu", "umm", "bab", "jisr", "qasr"),
        *("sidi", "souq", "suq", "marj", "nahr", "bani", "beni", "hay"),
        *("hayy", "birket", "qalaat", "minet", "dar", "faylaq", "saraya", "jaysh", "ahl"),
        "jaish",
    )
)
# Heads that name a valley, a mountain or a river: an area around the places in it.
_FEATURE_HEADS: Final = frozenset(("wadi", "jabal", "jebel", "nahr", "marj"))


# Heads that name an armed group: "Jaysh al-Adl" (or "Jaish al-Adl"), "Saraya al-Quds",
# "Ahl as-Sunnah" (of "Jama'at Ahl as-Sunnah …", Boko Haram), "Liwa al-Quds".
_GROUP_HEADS: Final = frozenset(("faylaq", "saraya", "jaysh", "jaish", "liwa", "ahl"))


def names_a_group(name: str) -> bool:
    """Whether an Arabic compound names an armed group ("Jaysh al-Adl"), not a place."""
    return name.split(" ", 1)[0].casefold() in _GROUP_HEADS


_NICKNAME_OR_OUTLET_BEFORE_RE: Final = _re(
    r"\b(?:nicknamed?|alias|aka|also known as|dubbed|"
    # "the independent newssheet “Carta de Moçambique”", "the daily “O País”".
    r"newspaper|newssheet|news sheet|daily|weekly|magazine|paper|journal|website|portal|"
    r"outlet|broadcaster|channel)\s+[\"“‘']?(?:(?:el|la|los|las|al|o|a)\s+)?$"
)
# "in Al-Dhalea governorate, north of the capital city Aden", "in Lahj governorate (north
# of Aden)": where the area lies, told by a city it is near, not where the event was.
_AREA_DESCRIBED_BEFORE_RE: Final = _re(
    r"(?-i:[A-Z])[\w'’-]+\s+(?:governorate|province|region|district|state|county|oblast)"
    r"(?:,\s+|\s+\(\s*)"
    r"(?:(?:some|about|around|roughly|\d+)\s+(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?"
    r"(?:(?:capital|port|provincial|regional)\s+)?(?:city\s+(?:of\s+)?)?$"
)
# "a jirga member confirmed to Dawn that …", "told Kabul Now": whom a source spoke to.
_SPOKEN_TO_BEFORE_RE: Final = _re(
    r"\b(?:told|confirmed to|spoke to|speaking to|talking to|in an interview with)\s+(?:the\s+)?$"
)


def after_a_nickname_or_outlet_word(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows "nickname", "alias", "known as" or a word
    for a newspaper, or whom a source spoke to: "under the nickname “El Señor del
    Sombrero”" is a person's other name, "the newssheet “Carta de Moçambique”" and "told
    Dawn" a newspaper's, no place."""
    return (
        _NICKNAME_OR_OUTLET_BEFORE_RE.search(text, max(0, start - 30), start) is not None
        or _SPOKEN_TO_BEFORE_RE.search(text, max(0, start - 30), start) is not None
    )


def names_a_feature(name: str) -> bool:
    """Whether an Arabic compound names a valley, a mountain or a river ("Wadi al-Hujayr")."""
    return name.split(" ", 1)[0].casefold() in _FEATURE_HEADS


# What starts a compound before a name: a capitalised word and an article ("Ras al-"),
# or an Arabic head and a space ("Abu ").
_PARTICLE: Final = rf"(?:{'|'.join(sorted(ROMANCE_PARTICLES))}) (?:la |los |las )?"
_COMPOUND_START_RE: Final = lazy_compile(
    rf"(?<![\w'’-])(?:[A-Z][\w'’]+ {_ARTICLE}-|"
    # "Complexo da Maré", "Barrio de Santa Ana": a Romance name's particle.
    rf"[A-Z][\w'’]+ {_PARTICLE}|"
    + "(?:"
    + "|".join(sorted(head.capitalize() for head in _ARABIC_NAME_HEADS))
    + r") )\Z"
)
# The capitalised words that run up to a particle ("Fiscalía General" of "Fiscalía General
# de la Nación"): one word each, the run's last words only.
_CAPITALISED_RUN_BEFORE_RE: Final = lazy_compile(
    r"[A-Z][\w'’]*(?= (?:[A-Z]|(?:de|da|do|del|du|des|di|dos|das) ))"
)
# A Romance name that goes on after its particle: "San Juan de Lurigancho".
_JOINED_ROMANCE_RE: Final = lazy_compile(rf" {_PARTICLE}[A-Z][\w'’-]+")


# A capitalised run of up to six words from a spot, and whether a possessive ends it.
_WHOLE_NAME_RE: Final = lazy_compile(
    r"(?P<name>[A-Z][\w-]*(?:['’][a-z]\w+)?(?: [A-Z][\w-]*(?:['’][a-z]\w+)?){0,5}?)"
    r"(?:(?P<owner>['’]s\b)|(?![\w'’-]| [A-Z]))"
)


# Persian and Urdu names joined by their ezafe: "Dasht-e-Barchi", "Qala-i-Naw".
_EZAFE_RE: Final = lazy_compile(r"-(?:e|i|ye|ul|ud|us)-[A-Z][\w'’]+")


def _titled_before(text: str, start: int) -> bool:
    """Whether a person's title or rank stands right before ``start`` ("Sergeant")."""
    words = text[max(0, start - 24) : start].split()
    return bool(words) and words[-1].rstrip(".").casefold() in PERSON_TITLES


def compound_name(text: str, mention: MentionLike) -> tuple[int, int] | None:
    """The span of the compound name that ``mention`` is a word of ("Ras al-Ain", "Ain
    al-Arab", "Abu Saida", "San Juan de Lurigancho", "Complexo da Maré"), or None when it
    stands alone.

    >>> text = "Drones struck Ain al-Arab and Ras al-Ain."
    >>> [text[slice(*compound_name(text, NamedPlace(w, text.index(w), text.index(w) + 3)))]
    ...  for w in ("Ain", "Ras")]
    ['Ain al-Arab', 'Ras al-Ain']
    >>> compound_name("Shells hit Daraa al-Balad.", NamedPlace("Daraa", 11, 16)) is None
    True
    >>> text = "Police killed two in San Juan de Lurigancho."
    >>> text[slice(*compound_name(text, NamedPlace("San Juan", 21, 29)))]
    'San Juan de Lurigancho'
    >>> text = "A bomb hit Dasht-e-Barchi."
    >>> text[slice(*compound_name(text, NamedPlace("Dasht", 11, 16)))]
    'Dasht-e-Barchi'
    """
    start, end = mention.start, mention.end
    before = _COMPOUND_START_RE.search(text, max(0, start - 30), start)
    if before is not None and is_given_name(before.group(0).split()[0]):
        return None  # "Omar al-Omar", "Hassan al-Turabi": a person's name
    if before is not None and _titled_before(text, before.start()):
        return None  # "Staff Sergeant Benjie de los Reyes": a person by rank
    if (before.group(0).split()[0] if before is not None else mention.text).casefold() in (
        NAMED_AFTER_A_PLACE
    ):
        return None  # "the Stade de France", "Banco de México": named after the place
    if before is None and fold_text(mention.text.split(" ", 1)[0]) in ROMANCE_ORGANISATION_WORDS:
        return None  # "Bonde do Maluco", "Comando Vermelho": a gang's name
    if before is not None and any(
        fold_text(word) in ROMANCE_ORGANISATION_WORDS
        for word in _CAPITALISED_RUN_BEFORE_RE.findall(
            text, max(0, before.start() - 40), before.end()
        )
    ):
        return None  # "Defensoría del Pueblo", "Fiscalía General de la Nación"
    if before is not None:
        start = before.start()
    arabic = before is not None or mention.text.casefold() in _ARABIC_NAME_HEADS
    for _ in range(3):  # "Ras al-Ain al-Sharqi": a few joined words at most
        joined = (
            (_JOINED_WORD_RE.match(text, end) if arabic else None)
            or _JOINED_ROMANCE_RE.match(text, end)
            or _EZAFE_RE.match(text, end)
        )
        if joined is None:
            break
        end = joined.end()
    if _STREET_AFTER.match(text, end) or _HOSPITAL_WORD_AFTER.match(text, end):
        # "on Acordos de Lusaka Avenue", "the Delfina Torres de Concha hospital": a
        # street's or a hospital's name.
        return None
    return None if (start, end) == (mention.start, mention.end) else (start, end)


# A capitalised word right before a name, not the sentence's first ("the Pendjari
# National Park"); a possessor ("Pakistan's Orakzai") ends in an apostrophe's "s", which
# the word's letters do not reach.
_PROPER_WORD_BEFORE_RE: Final = lazy_compile(r"(?<=[a-z,] )[A-Z][\w-]* $")


def _tail_of_a_name(text: str, mention: MentionLike) -> bool:
    """Whether ``mention``, which the geoparser read as perhaps part of a longer name,
    ends one whose head the gazetteer lacks ("the Pendjari National Park": not the town
    of National Park, New Jersey)."""
    return (
        SUSPECT_REASON in mention.reason
        and _PROPER_WORD_BEFORE_RE.search(text, max(0, mention.start - 30), mention.start)
        is not None
        and not _titled_before(text, mention.start)
    )


def _name_goes_on(text: str, mention: MentionLike) -> bool:
    """Whether the capitalised word after ``mention`` carries its name on ("Aden Adde
    International Airport", named after a person; "Aung San Suu Kyi"; "Ain al-Arab"):
    then the name alone is no place to look up."""
    if mention.text.casefold() in _ARABIC_NAME_HEADS and _JOINED_WORD_RE.match(text, mention.end):
        return True  # "Ain al-Arab"
    word = _NEXT_WORD_RE.match(text, mention.end)
    if word is None or word.group(1).casefold() in _NAME_ENDS_BEFORE:
        return False
    return not is_common_word(word.group(1))  # "Croix-des-Bouquets Civil Prison"


_AGE_AFTER_RE: Final = lazy_compile(r",\s*\d{1,3}\s*,")


def _listed_after(text: str, span: tuple[int, int], end: int) -> list[NamedPlace]:
    """More names of the list that ``span`` opens ("the villages of X, Y and Z").

    A list, not a chain: its last link is "and", and no item is a district or region.
    """
    items: list[NamedPlace] = []
    closed = False
    while not closed:
        gap = LIST_GAP_RE.match(text, span[1], end)
        if gap is None or gap.end() == span[1]:
            break
        closed = " and " in f" {gap.group(0)} "
        following = _name_at(text, gap.end(), end)
        if following is None:
            break
        name = text[following[0] : following[1]]
        if name.split()[-1].lower() in AREA_WORDS or _AGE_AFTER_RE.match(text, following[1]):
            break  # "… and Hadi Khiami, 22, from Nabatieh": a person, by an age
        items.append(NamedPlace(name, *following))
        span = following
    return items if closed else []


# A name that ends in the kind of area it is ("Tsafe Local Government Area", "Uror
# County"), and the same after "of" ("village of Tsafe LGA of Zamfara State").
_AREA_KINDS: Final = (
    r"(?:Local Government Area|LGA|District|County|Province|State|Region|Governorate|"
    r"Municipality|Department|Prefecture)"
)
_ENDS_IN_AREA_RE: Final = lazy_compile(rf"\b{_AREA_KINDS}\Z")
_AREA_NAMED_AFTER_OF_RE: Final = lazy_compile(rf" of (?:[A-Z][\w'’-]+ ){{1,3}}{_AREA_KINDS}\b")
# A capitalised name right before a kind of settlement: "Yankuzo village".
_NAME_BEFORE_KIND_RE: Final = lazy_compile(
    r"[A-Z][\w'’-]+ (?:village|community|hamlet|settlement|town)\Z"
)


# After a capitalised kind word, another capitalised word makes the whole an
# organisation's name: "Community Watch Corps", "Camp Management Committee".
_ORGANISATION_GOES_ON_RE: Final = lazy_compile(
    r" (?:Watch|Development|Protection|Police|"
    r"Management|Planning|Relations|Association|Council|Committee|Guards?|Leaders?|Youth|"
    r"Health|Radio|Bank|"
    # "Chief District Officer of Parsa", "the District Commissioner": an office.
    r"Officers?|Commissioners?|Collectors?|Magistrates?|Administrators?|Court|Judge|"
    # "Two Turkish village guards were killed", "the village chief": a role the word
    # names, with no village's name before it.
    r"guards?|chiefs?|heads?|headm[ae]n|elders?|council|committee|defen[cs]e|volunteers?|"
    r"militias?|watchmen)\b"
)


_RURAL_WORD_BEFORE_RE: Final = lazy_compile(
    r"\b(?:corregimiento|vereda|ejido|caser[ií]o|aldea)(?:\s+of)?\s+$", re.IGNORECASE
)
_NAMING_WORD_RE: Final = lazy_compile(
    r"\b(?:of|called|named|as|corregimiento|vereda|ejido|caser[ií]o|aldea) "
    r"(?=[A-Z]|[a-z]{1,3}-[A-Z])"
)


def find_named_places(text: str, start: int, end: int) -> list[NamedPlace]:
    """Names the text calls a place ("the village of Kaboro", "in Ngokapo village").

    >>> [n.text for n in find_named_places(
    ...     "Gunmen attacked the village of Wad al-Noura and Ban Kago village.", 0, 65)]
    ['Wad al-Noura', 'Ban Kago']
    >>> [n.text for n in find_named_places("Bombs hit the villages of Abo and Obo.", 0, 38)]
    ['Abo', 'Obo']
    >>> [n.text for n in find_named_places("Rebels took the Alawite village of al-Zara.", 0, 43)]
    ['al-Zara']
    >>> [n.text for n in find_named_places("Shots in Kashmir's Rajouri district.", 0, 36)]
    ['Rajouri']
    >>> [n.text for n in find_named_places(
    ...     "Blasts hit the township of Qara Tappa and Yesagyo township.", 0, 59)]
    ['Qara Tappa', 'Yesagyo']
    >>> [n.text for n in find_named_places("Gunmen raided the vereda El Mango.", 0, 34)]
    ['El Mango']
    """
    found: list[NamedPlace] = []
    segment = text[start:end]
    for match in _NAMING_WORD_RE.finditer(segment):
        at = start + match.end()
        if not _NAMED_BEFORE_RE.search(text, max(start, at - 40), at):
            continue
        span = _name_at(text, at, end)
        if span is None:
            continue
        if _ENDS_IN_AREA_RE.search(text, span[0], span[1]) and _NAME_BEFORE_KIND_RE.search(
            text, max(start, match.start() + start - 60), match.start() + start
        ):
            # "Yankuzo village of Tsafe Local Government Area": the village is named
            # before, and its area after (found by the second loop).
            continue
        rural = _RURAL_WORD_BEFORE_RE.search(text, max(start, at - 20), at) is not None
        found.append(NamedPlace(text[span[0] : span[1]], *span, rural=rural))
        # "the villages of Namoro (Montepuez district) and Muaja": the list goes on.
        found.extend(_listed_after(text, span, end))
    for match in re.finditer(
        # "regained control of the Sayo site": a mining or displacement site, by its name.
        r"(?<=[a-z'’]) (?:[Vv]illage|[Cc]ommunity|[Hh]amlet|[Ss]ettlement|[Cc]amp|[Tt]own|site|"
        # "stormed the Carrefour-Feuilles neighborhood": a part of a city, by its name.
        r"[Nn]eighbou?rhood|[Qq]uarter|[Ss]uburb|"
        # "in Nawzad district, Helmand province": a district the gazetteer may know by
        # another spelling (Now Zad), asked alone when the event is placed.
        r"[Dd]istrict|[Cc]ounty|[Tt]ownship|[Uu]pazila|[Tt]ehsil|[Ww]oreda|[Ii]sland|"
        # "in Um Rawaba locality, North Kordofan": a Sudanese district, by its town.
        r"[Ll]ocality|"
        # "in the Pezu area of Lakki Marwat", "at the Torkham border crossing", "in Nawagai
        # bazaar": a place by its name and what it is.
        r"area|bazaar|(?:border )?crossing)\b",
        segment,
    ):
        word_end = start + match.start()
        if (
            segment.startswith(" of ", match.end())
            and match.group(0)[1].islower()
            and not _AREA_NAMED_AFTER_OF_RE.match(segment, match.end())
            # "the Pezu area of Lakki Marwat district": an area is named before "of".
            and match.group(0) != " area"
        ):
            # "the Alawite village of al-Zara": the name follows; "Uror County of Jonglei
            # State" is a county's name, then the state that holds it.
            continue
        if _ORGANISATION_GOES_ON_RE.match(segment, match.end()):
            continue  # "Katsina Community Watch Corps", "Kano Town Planning Authority"
        span = _name_before(text, word_end, max(start, word_end - 60))
        if span is not None and _MEMBERS_BEFORE_RE.search(text, max(start, span[0] - 20), span[0]):
            continue  # "victims from the Hema community": a people, not a place
        if (
            span is not None
            and match.group(0) == " site"
            and text[span[0] : span[1]].rsplit(" ", 1)[-1].casefold() in ("web", "news", "internet")
        ):
            continue  # "the pro-rebel TamilNet Web site": an outlet
        if span is not None and _INDEFINITE_BEFORE_RE.search(
            text, max(start, span[0] - 24), span[0]
        ):
            continue  # "on a southern Philippine island", "a Kurdish village": unnamed
        if (
            span is not None
            and _CONTEXT_BEFORE.search(text, max(start, span[0] - 60), span[0])
            and not _TAKEN_FROM_BEFORE.search(text, max(start, span[0] - 60), span[0])
        ):
            continue  # "taken to Narathiwat Hospital in Muang district": the hospital's
        if span is not None and _HOME_BEFORE.search(text, max(start, span[0] - 60), span[0]):
            continue  # "attempted to march towards the Shorja quarter": where they aimed
        if span is not None and not _looks_like_a_place_name(
            text[span[0] : span[1]].replace("-", " ")
        ):
            # "a Shiite area of the capital", "the Sunni-Shiite area", "an Army camp",
            # "Two village volunteers": no name of a place.
            continue
        if span is not None and not any(n.start <= span[0] < n.end for n in found):
            found.append(NamedPlace(text[span[0] : span[1]], *span))
    found.sort(key=lambda n: n.start)
    return found


def name_before_brackets(text: str, item: MentionLike, start: int) -> NamedPlace | None:
    """The name whose areas a bracket holds, known to the gazetteer or not: "in Tondibi
    (Gao, Gao)" for either mention "Gao"; ``start`` bounds the name.

    >>> text = "Gunmen killed five people in Tondibi (Gao, Gao)."
    >>> name_before_brackets(text, NamedPlace("Gao", 43, 46), 0).text
    'Tondibi'
    """
    bracketed = bracketed_area(text, item.start, item.end)
    if bracketed is None or bracketed[0] < 0:
        return None
    if text[item.start : item.end].casefold() in ARMED_GROUPS:
        return None  # "Islamic State-West Africa Province (ISWAP) militants": a group
    end = bracketed[1] - 1
    span = _name_before(text, end, max(start, end - 60))
    if span is None:
        # "Qandil mountains (Sidakan, Erbil)": the name, then the kind of place it is.
        kind = text.rfind(" ", max(start, end - 30), end)
        span = _name_before(text, kind, max(start, kind - 60)) if kind > 0 else None
        if span is None:
            return None
        span = (span[0], end)
    name = text[span[0] : span[1]]
    return NamedPlace(name, *span) if _looks_like_a_place_name(name) else None


# Where the wounded are cared for: the test before a name's context is read.
_CARE_WORDS: Final = ("ospital", "linic", "ealth", "edical", "orgue", "nfirmary")


def find_locative_names(text: str, start: int, end: int) -> list[NamedPlace]:
    """Names that a locative word puts somewhere ("in Janaale", "near Saaxa Weyne").

    Weaker evidence than "the village of X": the caller uses them only where the
    sentence names no place the gazetteer knows.

    >>> [n.text for n in find_locative_names("Troops clashed in Janaale on Monday.", 0, 35)]
    ['Janaale']
    >>> find_locative_names("Talks resumed in Kabila's office in March.", 0, 42)
    []
    """
    found: list[NamedPlace] = []
    for match in _LOCATIVE_THEN_NAME_RE.finditer(text, start, end):
        span = _name_at(text, match.end(), end)
        if span is None:
            continue
        name = text[span[0] : span[1]]
        if match.group(0) == "to " and not _WHERE_AFTER.match(text, span[1], span[1] + 40):
            continue  # "sent to Kabul", "talked to Ahmed": no site told
        before = text[max(start, span[0] - 60) : span[0]]
        if (
            any(word in before for word in _CARE_WORDS)
            and _CONTEXT_BEFORE.search(before)
            and not _TAKEN_FROM_BEFORE.search(before)
        ):
            continue  # "airlifted to the Camp Siongco Station Hospital in Datu Odin Sinsuat"
        if (
            match.group(0)[0].islower()
            and match.group(0)[:3] not in ("in ", "at ", "nea")
            and is_given_name(name.split()[0])
        ):
            continue  # "captured Omar Farid": a verb's object may be a person
        if _looks_like_a_place_name(name):
            found.append(NamedPlace(name, *span))
    for match in _TITLED_EVENT_RE.finditer(text, start, end):
        # "2022 Seytenga massacre: At least 100 ...": an event named after its place.
        span = _name_before(text, match.start(), max(start, match.start() - 60))
        if span is None:
            continue
        name = text[span[0] : span[1]]
        before = text[start : span[0]].rstrip()
        titled = not before or before[-1] in "0123456789:–—-" or before.endswith(("The", "the"))
        if (
            titled
            and _looks_like_a_place_name(name)
            and name.casefold() not in ARMED_GROUPS
            and not any(n.start == span[0] for n in found)
        ):
            found.append(NamedPlace(name, *span))
    return found


# The title of an event named after its place, as timelines write them: "May 2022
# Madjoari massacre:", "Namsiguia bombing –", "Shah Cheragh massacre" (the whole entry).
_TITLED_EVENT_RE: Final = lazy_compile(
    r"(?<=[A-Za-z'’]) (?:suicide |car |twin |double )?(?:massacre|bombings?|stabbings?|"
    r"shootings?|killings|ambush|attacks?|siege|raid)(?=\s*(?:[:–—]|-\s|\.?$))"
)
# A name after a locative word is a place, known to the gazetteer or not, unless it reads
# as something else (below).
_LOCATIVE_THEN_NAME_RE: Final = lazy_compile(
    # (Not the end of a name after an apostrophe: "Jama’at Nusrat al-Islam".)
    r"(?<![’'])\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]round"
    # "M23 rebels entered Walikale", "fighters overran Kanyabayonga": a town taken.
    r"|entered|overran|captured|recaptured|retook|seized control of|took control of"
    r"|fell into the hands of|outskirts of|(?:weekly )?(?:market|fair) of"
    # "a dry riverbed about three kilometres from Diafarabé".
    r"|(?:kilomet(?:re|er)s?|km) (?:from|of|north of|south of|east of|west of)"
    # "an attack on Barsalogho, in the province of Sanmatenga": the target of a raid;
    # "drones struck Tal Tamr in Hasakah province": a town struck.
    r"|(?:attacks?|raids?|assaults?) on|attacked|stormed|raided|struck|shelled|bombed|bombarded"
    # "moved along the coast to Quiterajo, where they burned 40 houses" (only before
    # "where": see find_locative_names).
    r"|to) "
    # "in al-Bokamal": Arabic's article, lower case, starts the name.
    rf"(?=(?:{ARABIC_ARTICLE}-)?[A-Z][a-z])"
)
# Capitalised words that follow "in" without naming a place: dates, institutions, faiths,
# languages, a person's title ("in President X's speech").
_NOT_PLACE_WORDS: Final = (
    ALWAYS_CAPITALISED
    | ORGANISATION_WORDS
    | PERSON_TITLES
    | frozenset(
        (
            *("islam", "christianity", "god", "english", "arabic", "french", "russian"),
            *("spanish", "portuguese", "northern", "southern", "eastern", "western"),
            *("central", "north", "south", "east", "west"),
            # "a Shiite area of the capital": a faith's quarter, not its name.
            *("shiite", "shia", "sunni", "christian", "muslim", "alawite", "druze", "hindu"),
            *("sikh", "yazidi", "catholic", "protestant", "jewish", "buddhist"),
            # "fighters in Land Cruisers mounted with machine guns": what they rode in.
            *("cruiser", "cruisers", "hilux", "hiluxes", "toyota", "toyotas", "humvee"),
            *("humvees", "technicals"),
            # "a health worker at Woldia Comprehensive Specialized Hospital": a hospital.
            *("hospital", "clinic", "infirmary", "morgue"),
            # "The Sub County Security Committee boss said": Kenya's "sub-county", a kind
            # of area, no name.
            "sub",
            # "the Sudan People's Liberation Army in Opposition", "a government in exile":
            # a body's name.
            *("opposition", "exile"),
            # "confirmed the attack on Twitter": where it was said, online.
            *("twitter", "facebook", "telegram", "whatsapp", "instagram", "youtube", "tiktok"),
        )
    )
)


# Months of the Afghan and Iranian solar calendars and of the Ethiopian one, as the press
# there writes them ("In Hamal 1403", "on Hidar 12"); those that are also common names of
# places or people (Mizan, Asad, Mehr, Tir) are left out.
_OTHER_CALENDAR_MONTHS: Final = frozenset(
    (
        *("hamal", "sawr", "saur", "jawza", "jauza", "saratan", "sunbula", "sonbola", "aqrab"),
        *("qaws", "dalw", "farvardin", "ordibehesht", "khordad", "mordad", "amordad"),
        *("shahrivar", "aban", "bahman", "esfand", "meskerem", "tikimt", "tikemt", "hidar"),
        *("hedar", "tahsas", "tahesas", "yekatit", "megabit", "miyazya", "ginbot", "hamle"),
        *("nehase", "pagume"),
    )
)


def _looks_like_a_place_name(name: str) -> bool:
    """A name a locative word puts somewhere: no date, institution, title or possessive."""
    if "'" in name or "’" in name:
        return False  # "in Kabila's office": a person's, or a place and what is in it
    words = name.split()
    if any(w.casefold() in _NOT_PLACE_WORDS or w.casefold() in FEATURE_WORDS for w in words):
        return False  # "in Istiklal Street": a spot inside a town the report names
    if words and (
        words[0].casefold() in MONTH_NAMES
        or words[0].casefold() in WEEKDAYS
        or words[0].casefold() in _OTHER_CALENDAR_MONTHS
    ):
        return False  # "in May 2017", "on Monday": when, not where ("Mar Elias" is a place)
    if len(words) == 1 and to_number(words[0]) is not None:
        return False  # "Two village volunteers were killed": a count, not a name
    return not any(w.isupper() and len(w) > 1 for w in words)  # "in MINUSMA": an acronym
