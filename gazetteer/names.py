"""Tell place names from the names of people and organisations, and from ordinary words.

The spotter finds every gazetteer name that looks like a proper noun, but news copy is
full of proper nouns that only share a spelling with a place: "Antonio Guterres",
"President Michel Aoun", "Boko Haram", "the Fano militia", "High Commission for Human
Rights". This module reads the words around a spot, in the same sentence, as a run of
capitalised words ("Secretary-General Antonio Guterres"), and judges the run by class:

- a person: a title before it ("President", "spokesman", "Col."), a given name before the
  spot or as the spot with a surname after it, a speech verb after a two-word run
  ("... said"), an age ("Paw Kyi, 52," or "49-year-old Pyay Aye"); and then the same
  word anywhere else in the text ("Muyaya said");
- an organisation: a word such as Forces, Front, Haram, Helmets or Commission in the run,
  a group noun after it ("the Fano militia", "the Gamela tribe"), a known armed group;
- an ordinary English word inside a longer proper name ("Human" in "... for Human
  Rights", "Ring Bridge").

A verdict carries how sure it is. Person cues hold unless the name reads as a country or
first-level area first ("Israel Katz" stays Israel); organisation and word cues give way
to any prominent place too ("Kenya Defence Forces", "Mosul University"), which the
geoparser checks against the candidates (:attr:`Verdict.yields_to_prominent`).

Everything here is word lookups over a bounded window around each spot, and the one
regular expression (a word) has a single quantifier: linear in the text.

>>> from gazetteer.spot import Spot
>>> text = "Secretary-General Antonio Guterres met Boko Haram envoys in Maiduguri."
>>> def spot(word: str) -> Spot:
...     start = text.index(word)
...     return Spot(word, start, start + len(word), (word.lower(),), "toponym")
>>> for verdict in judge_names(text, [spot("Antonio"), spot("Boko"), spot("Maiduguri")]):
...     print(verdict and verdict.reason)
part of a person's name: after the title 'Secretary-General'
part of an organisation's name (with 'Haram')
None
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Final, NamedTuple

from anyascii import anyascii

from gazetteer.compiled_patterns import lazy_compile
from gazetteer.spot import COMMON_WORDS, STOP_WORDS, TITLE_WORDS, Spot


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that put a person's name after them, beyond the spotter's TITLE_WORDS: ranks and
# offices as news prints them, capitalised or not ("spokesman Issa ...", "Supt.").
PERSON_TITLES: Final[frozenset[str]] = TITLE_WORDS | _words(
    """
    spokesman spokeswoman spokesperson superintendent commissioner inspector commander
    commandant major maj brigadier brig marshal admiral adm corporal cpl
    lieutenant-colonel lt-col lt.col lt.-col sgt.-maj secretary-general deputy envoy
    ambassador minister-president vice-president amir emir sultan mullah maulana
    mufti cleric pastor priest cardinal archbishop activist lawmaker legislator mp
    chairperson counsellor councillor councilor barrister lawyer attorney
    journalist correspondent reporter editor analyst researcher professor dr. mr. mrs.
    hon honourable honorable excellency mirza elder leader constable havildar naik sepoy
    dsp asp csp acp dcp aig dig igp ssp sho sdpo insp supt mep mla mpp mna senator
    congressman congresswoman
    kombes akbp kompol akp iptu ipda aiptu aipda bripka brigpol briptu bripda brigjen
    irjen komjen kapolda kapolres kapolsek letkol mayjen danrem dandim pratu praka
    """
    # (The last two lines: Indonesia's police and army ranks and posts, as its press
    # prints them before a name: "Kombes AM Kamal", "Kapolres AKBP Ignatius".)
)

# Titles that are also adjectives: lower-case, "a major Caracas highway" is no rank.
_ADJECTIVE_TITLES: Final[frozenset[str]] = _words(
    "major general chief deputy vice senior acting private prime first"
)

# Words of armed and political organisations ("Boko Haram", "Rapid Support Forces",
# "White Helmets"): a small place before them is a name, not where they are.
ARMED_WORDS: Final[frozenset[str]] = _words(
    """
    haram forces force front army armies movement party brigade brigades militia militias
    helmets alliance coalition battalion regiment corps guard guards liberation operation
    operations rights cartel cartels sena morcha
    """
)
# Words of civic institutions ("Venice Commission", "Enfield Council", "Loyola
# University"): a place before them is where they are, so only ordinary words inside
# their names are dropped ("High Commission for Human Rights").
CIVIC_WORDS: Final[frozenset[str]] = _words(
    """
    commission council organisation organization committee agency office ministry union
    police service services authority association observatory institute university bank
    company corporation news times post tribune league federation confederation court
    tribunal reserve
    foundation fund programme program society assembly congress parliament senate
    cabinet government administration department bureau directorate media press radio
    television tv airways airlines club centre center school college academy hospital
    church mosque cooperation gallery prison group groups network unit squad division
    command mission
    """
)
ORGANISATION_WORDS: Final[frozenset[str]] = ARMED_WORDS | CIVIC_WORDS

# Lower-case nouns after a name that make it a group of people ("the Fano militia").
GROUP_NOUNS: Final[frozenset[str]] = _words(
    """
    militia militias militiamen group groups rebels rebel insurgents insurgency fighters
    tribe tribes tribesmen clan clans faction factions movement gang gangs jihadists
    militants extremists separatists loyalists supporters members leader leaders
    commander commanders spokesman spokesperson family dynasty party
    """
)

# Makes of car that GeoNames also has as places (Toyota, Japan; Mercedes, Argentina),
# and the words after a make ("a Toyota pickup", "a Toyota Land Cruiser"), as folded.
# Only a make: "a Kabul car bomb" names Kabul.
VEHICLE_MAKES: Final[frozenset[str]] = _words(
    "toyota mercedes nissan isuzu mitsubishi hyundai suzuki mazda lada kamaz ural"
)
VEHICLE_WORDS: Final[frozenset[str]] = _words(
    """
    pickup pickups truck trucks vehicle vehicles car cars suv suvs jeep jeeps van vans
    minibus minibuses sedan sedans hilux corolla camry prado land
    """
)

# Armed groups and movements that news names bare and that GeoNames also has as places
# ("Taliban" is a village in Turkey): the same kind of table as the spotter's landmarks.
ARMED_GROUPS: Final[frozenset[str]] = _words(
    """
    taliban hamas hezbollah hizbollah houthi houthis huthi shabaab al-shabaab
    janjaweed wagner fano isis isil daesh iswap jnim codeco anti-balaka seleka
    ambazonia ambazonian naxal naxals maoists farc eln pkk ypg sdf hts tplf olf m23
    ola shene kuki amba peshmerga wazalendo
    """
)

# Verbs of reporting after a person's name ("Antonio Guterres said").
SPEECH_VERBS: Final[frozenset[str]] = _words(
    """
    said says told added stated noted explained wrote asked warned confirmed denied
    claimed announced urged tweeted insisted argued
    """
)

# Nouns that end place names, never people's ("Niger State", "Far North Region").
PLACE_WORDS: Final[frozenset[str]] = _words(
    """
    state province region district county governorate department prefecture
    municipality territory division subdivision city town village camp valley island
    islands river lake mountains mountain hills hill sea coast strip bank desert
    forest road street avenue square bridge airport base port border crossing area zone
    house park gardens harbor harbour cathedral inn hotel graveyard cemetery shrine
    lga payam cercle circle commune oblast raion krai regency upazila tehsil ville
    caza qada qadaa ejido
    """
)

# Given names of the regions that incimap's reports cover which Faker's lists lack, and
# Faker's given names that in place names are a prefix ("Wadi Halfa", "Santa Cruz").
_MORE_GIVEN_NAMES: Final[frozenset[str]] = _words(
    """
    md mohd hussain abdel waleed faisal fahad nasser ashraf bashir fadi fouad ghassan
    hisham jawad majid marwan nizar rami tamer wael ziad raya reem hala maha shahid
    zulfiqar nawaz shehbaz bilawal akhtar javed pervez volodymyr dmitry olusegun bola
    atiku yoweri hage abiy hafez babagana kashim adamu mamman lawal ahmadu babatunde
    olumide kayode chukwuma mahamat oumar boubacar aboubacar souleymane seydou ousmane
    ibrahima abdoulaye amadou hamadou amjad zabihullah sarbast rebwar hemin karwan dilshad
    """
)
_PLACE_PREFIXES: Final[frozenset[str]] = _words(
    "wadi jabal ras villa santa don dona beni ben tal kara nova"
)

# Qualifiers that start longer names and are no place alone ("Lower Shabelle", "Greater
# Pibor"); the English word list lacks some of them.
_QUALIFIERS: Final[frozenset[str]] = _words(
    "upper lower greater lesser inner outer grand little big old new high far northwest "
    "northeast southwest southeast"
)

# Kinds of feature that take a name before them ("Ring Bridge", "Hamdan Road").
# Water named after a town: "Suez Canal", "Kabul River".
WATER_WORDS: Final[frozenset[str]] = _words("canal river channel strait gulf bay")
FEATURE_WORDS: Final[frozenset[str]] = _words(
    """
    bridge road street avenue square airport airbase base camp market junction highway
    roundabout checkpoint gate stadium hotel park house inn cathedral mosque dam shrine
    """
)

# Particles inside names ("Tamer El Rifaai", "Osama bin Laden").
_PARTICLES: Final[frozenset[str]] = _words("al el bin ibn bint abu de da di du van von der la le")
# The Arabic particles of kinship that a person's name goes on after ("Abu", "Bin").
_PATRONYMIC_PARTICLES: Final[frozenset[str]] = _words("abu bin ibn bint")
# Words that join a longer organisation name ("High Commission for Human Rights").
_CONNECTORS: Final[frozenset[str]] = _words("of for and the")
# Prepositions that place what follows ("in Mission", "near Haram").
_LOCATIVES: Final[frozenset[str]] = _words(
    "in at near from outside inside into toward towards of seized captured attacked entered"
)

# The jihadist groups whose names hold a place, up to the spot ("Islamic State of Iraq
# and the ", "Islamic State in the Greater ", "Qaeda in the Arabian ", "Tehrik-i-Taliban
# "). Fixed shape, no nested repetition: linear on any text.
_GROUP_OF_PLACE_RE: Final = lazy_compile(
    r"(?:(?:Islamic State|Qaeda|ISIS|ISIL)(?:['’]s)?(?: of| in)(?: the)?|"
    r"(?:Tehri[kq]|Tehreek|Tahrik)-[ei]-Taliban)"
    r"(?: [A-Z][\w’'-]{0,30}(?: and(?: the)?)?)? \Z"
)
# The Islamic State's provinces: "Islamic State West Africa Province", "the Islamic
# State's Sahel Province" (the spot is followed by "Province"; a headline's "Islamic
# State Claims Kabul Attack" is not one).
_GROUP_PROVINCE_BEFORE_RE: Final = lazy_compile(
    r"(?:Islamic State|ISIS|ISIL)(?:['’]s)?(?: (?:West|East|North|South|Central|Greater))? \Z"
)
_PROVINCE_AFTER_RE: Final = lazy_compile(r" (?:Province|province|Wilayat)\b")
# A word that every match of the two patterns above holds (they are case-sensitive): a
# text without any is not searched before each of its names.
_GROUP_WORDS: Final = ("Islamic State", "Qaeda", "ISIS", "ISIL", "-Taliban")

_NEWS_AGENCY_AFTER_RE: Final = lazy_compile(
    r"['’]?s? (?:[Nn]ews|[Pp]ress) (?:[Aa]gency|[Ss]ervice)\b"
)
# Of which every match holds one (the same test as above).
_NEWS_AGENCY_WORDS: Final = ("gency", "ervice")

# How far around a spot the judge looks, in words; names are short.
_MAX_RUN: Final = 6
_WORD_RE: Final = lazy_compile(r"[^\W\d_][\w'’.-]*")
# "Gen. Lul said": a title's abbreviation, then the name (Gen is a town in Vietnam).
_ABBREVIATED_BEFORE_NAME_RE: Final = lazy_compile(r"\. (?-i:[A-Z])[a-z]")
# "1 de Maio", "5 de Mayo": a day before the month's name.
_DAY_OF_BEFORE_RE: Final = lazy_compile(r"\b\d{1,2} de $")
# The longest run of capitals read as initials: "SNA" (but "AMISOM" is a word).
_MAX_INITIALS: Final = 5
# ("Oktovianus Rayo (43) was killed": the age in brackets, as Indonesian and Indian
# papers print it.)
_AGE_RE: Final = lazy_compile(r", (\d{1,3})(?:,| years)| \((\d{1,2})\)")
# ", a native of", ", a local farmer,", ", a father of three": words for a person in
# apposition after a name. Not "member" or "ally": "Turkey, a NATO member" is a country.
_PERSON_NOUNS: Final = (
    r"(?:native|resident|citizen|father|mother|son|daughter|wife|husband|brother|sister|"
    r"student|teacher|farmer|trader|shopkeeper|vendor|businessman|businesswoman|"
    r"journalist|reporter|lawyer|doctor|nurse|pastor|imam|cleric|priest|mechanic|"
    r"herder|herdsman|fisherman|labourer|laborer|tailor|waiter|waitress|driver|witness|"
    r"survivor|neighbou?r|relative|cousin|uncle|aunt|nephew|niece|worker|employee|owner|"
    r"activist|bystander|guard|watchman|teenager|villager|parishioner)"
)
_PERSON_APPOSITION_RE: Final = lazy_compile(
    r", (?:an? |the )(?:(?:local|young|former|retired|prominent|well-known|veteran|senior|"
    r"fellow|[\d-]+-year-old) )?" + _PERSON_NOUNS + r"\b"
    # ("Gunmen attacked Kanam, a resident in the area said": the place, then a witness.)
    r"(?= of\b|,| who\b|[.;])"
)
# The same words before the name: "shot an ojek driver, Udin, on April 14", "a high school
# student, Ali Mom,".
_PERSON_APPOSITION_BEFORE_RE: Final = lazy_compile(
    r"\b(?:an?|the|another|one) (?:[\w-]+ ){0,2}?" + _PERSON_NOUNS + r", $"
)


class Verdict(NamedTuple):
    """Why a spot is not a place. ``yields_to_area``: unless it reads as a country or a
    first-level area first; ``yields_to_prominent``: unless it reads as a prominent place
    (those, a capital or a large city)."""

    reason: str
    kind: str  # "person", "organisation" or "word"
    yields_to_prominent: bool = False
    yields_to_area: bool = True
    # Sure enough (a title, an age, "news agency") to mark the same name elsewhere in the
    # text.
    echoes: bool = False
    # Only a country outweighs it: "the Bihar Sena", "the Arakan Army" (the armed word
    # right after the name) name a group, whatever province shares its name.
    yields_to_country_only: bool = False


@cache
def _word_lists() -> tuple[frozenset[str], frozenset[str]]:
    # Imported on first use: ~20,000 names that importing gazetteer must not pay for.
    from gazetteer.wordlists import ENGLISH_WORDS, GIVEN_NAMES

    return (
        (GIVEN_NAMES | _MORE_GIVEN_NAMES) - _PLACE_PREFIXES,
        ENGLISH_WORDS | COMMON_WORDS | _QUALIFIERS,
    )


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name ("Omar" of "Omar al-Omar"), not a place's prefix.

    >>> is_given_name("Omar"), is_given_name("Wadi"), is_given_name("José")
    (True, False, True)
    """
    return _fold(word) in _word_lists()[0]


def is_common_word(word: str) -> bool:
    """Whether ``word`` is one of the commonest English words ("Civil", "Central")."""
    return _fold(word) in _word_lists()[1]


def _fold(word: str) -> str:
    if not word.isascii():
        # "José", "Raúl", "Gökhan": the word lists are folded to ASCII like index keys.
        word = anyascii(word)
    return word.casefold().strip(".'’-").removesuffix("'s").removesuffix("’s")


# Burmese honorifics ("U Tun Myint", "Daw Aye", "Ko Zin Wai", "Saw Kler Say", "Padoh
# Saw Taw Nee"): titles only when capitalised, for "saw" and "nan" are English words too.
_CAPITALISED_TITLES: Final = frozenset(
    ("U", "Daw", "Ko", "Ma", "Maung", "Naw", "Saw", "Nan", "Sai", "Mahn", "Padoh")
)


def _is_title(word: str) -> bool:
    if word in _CAPITALISED_TITLES:
        return True
    folded = word.casefold().strip("'’")
    if folded in PERSON_TITLES or folded.rstrip(".") in PERSON_TITLES:
        return True
    parts = folded.rstrip(".").split("-")
    return len(parts) > 1 and all(p in PERSON_TITLES for p in parts)


_WORD_PUNCTUATION: Final = frozenset("_'’.-")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in _WORD_PUNCTUATION


def _token_before(text: str, edge: int) -> _Token | None:
    """The word that ends at most two spaces before ``edge``, or None past punctuation."""
    end = edge
    while end > 0 and edge - end < 3 and text[end - 1] == " ":
        end -= 1
    start = end
    while start > 0:  # _is_word_char inline: a call a character cost more than the test
        char = text[start - 1]
        if not (char.isalnum() or char in _WORD_PUNCTUATION):
            break
        start -= 1
    if start == end or edge - end > 2 or not text[start].isalpha():
        return None
    return _Token(text[start:end], start, end)


def _token_after(text: str, edge: int) -> _Token | None:
    """The word that starts after at most two spaces or hyphens after ``edge``."""
    start = edge
    while start < len(text) and start - edge < 3 and text[start] in " -":
        start += 1
    if start - edge > 2:
        return None
    match = _WORD_RE.match(text, start)
    return None if match is None else _Token(match.group(), start, match.end())


class _Token:
    """One word near a spot, with its folded form (looked up several times)."""

    __slots__ = ("capitalised", "end", "folded", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.folded = _fold(text)
        self.capitalised = text[:1].isupper()


class _Window:
    """The words around one spot, split into the capitalised run that holds it.

    Scanned outwards a word at a time (most spots stop at the first lower-case word), in
    the same sentence: a gap of more than two spaces or any punctuation ends the run.
    """

    def __init__(self, text: str, spot: Spot) -> None:
        self.text = text
        self.left: list[_Token] = []
        self.before: _Token | None = None
        edge = spot.start
        while len(self.left) < _MAX_RUN:
            token = _token_before(text, edge)
            if token is None:
                # 'Ricardo "Ka Dodong" Villanueva': a nickname in quotes inside the name.
                nickname = _NICKNAME_BEFORE_RE.search(text, max(0, edge - 40), edge)
                if nickname is None:
                    break
                edge = nickname.start()
                continue
            if token.capitalised or token.folded in _PARTICLES:
                if (
                    token.text.endswith(".")
                    and not _is_title(token.text)
                    and not _is_initial(token.text)
                ):
                    break  # the end of the previous sentence
                self.left.insert(0, token)
                edge = token.start
                continue
            self.before = token
            break
        self.right: list[_Token] = []
        self.after: _Token | None = None
        edge = spot.end
        if text[spot.end : spot.end + 1] not in '.,;:!?)”"':
            while len(self.right) < _MAX_RUN:
                token = _token_after(text, edge)
                if token is None:
                    nickname = _NICKNAME_AFTER_RE.match(text, edge)
                    if nickname is None:
                        break
                    edge = nickname.end()
                    continue
                if token.capitalised or token.folded in _PARTICLES:
                    self.right.append(token)
                    edge = token.end
                    if token.text.endswith(".") or text[edge : edge + 1] in {",", ";", ":", ")"}:
                        break
                    continue
                self.after = token
                break
        self.comma_after = text[edge : edge + 1] == ","
        self.end = edge

    def age_after(self) -> bool:
        """ "Paw Kyi, 52, ...", "Paw Kyi (52)": a number after the name is an age."""
        match = _AGE_RE.match(self.text[self.end : self.end + 12])
        return match is not None and int(match.group(1) or match.group(2)) < 120


# A nickname in quotes between a given name and a surname, capitalised words only (a
# quotation ends in punctuation: '"Go home," Villanueva said' holds none).
_NICKNAME_BEFORE_RE: Final = lazy_compile(
    r"(?<=[A-Za-z] )[\"“][A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}[\"”] $"
)
_NICKNAME_AFTER_RE: Final = lazy_compile(
    r" [\"“][A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}[\"”](?= [A-Z])"
)


def _is_nickname(text: str, spot: Spot) -> bool:
    """'Joaquín "El Chapo" Guzmán': the spot is the quoted nickname between the names."""
    if text[spot.start - 1 : spot.start] not in ('"', "“") or text[spot.end : spot.end + 1] not in (
        '"',
        "”",
    ):
        return False
    before = _token_before(text, spot.start - 1)
    after = _token_after(text, spot.end + 1)
    return (
        before is not None
        and before.capitalised
        and after is not None
        and after.capitalised
        and text[spot.end + 1 : spot.end + 2] == " "
    )


_LINK_WORDS: Final = frozenset(("of", "the", "and", "for", "de", "du", "des", "la", "al"))
# "PoP", "MoU": a capital after a small letter inside one word.
_MIXED_CASE_RE: Final = lazy_compile(r"[a-z][A-Z]")


def _abbreviated(text: str, spot: Spot) -> str | None:
    """ "The Ministry of Defence (MoD)": the name in brackets spells the initials of an
    organisation's name just before them, and abbreviates it ("Maud" is a place too).
    "Democratic Republic of the Congo (DRC)" names no organisation and stays a place;
    "the Passing out Parade (PoP)" does not either, but a capital inside a word is how
    abbreviations are spelt, never place names ("Pop" is a town in Uzbekistan)."""
    if text[spot.start - 2 : spot.start] != " (" or text[spot.end : spot.end + 1] != ")":
        return None
    letters = "".join(c for c in spot.text if c.isalpha()).casefold()
    if not 2 <= len(letters) <= 8:
        return None
    words = _WORD_RE.findall(text, max(0, spot.start - 120), spot.start - 2)
    for size in range(len(letters), min(len(words), 3 * len(letters)) + 1):
        run = words[-size:]
        initials = "".join(w[0] for w in run if w.casefold() not in _LINK_WORDS).casefold()
        with_links = "".join(w[0] for w in run).casefold()
        if letters in (initials, with_links) and run[0][:1].isupper():
            if _MIXED_CASE_RE.search(spot.text) or any(_fold(w) in ORGANISATION_WORDS for w in run):
                return " ".join(run)
            return None
    return None


def _is_initial(word: str) -> bool:
    # "John J. Dunbar": a middle initial, not the end of a sentence.
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _extended_run(text: str, spot: Spot, window: _Window) -> str:
    """The capitalised run that holds the spot, as the text spells it."""
    start = window.left[0].start if window.left else spot.start
    end = window.right[-1].end if window.right else spot.end
    return text[start:end]


def _organisation_around(text: str, spot: Spot, words: frozenset[str]) -> str | None:
    """A word of ``words`` joined to the spot by capitalised words and "of/for/and/the"
    ("National Front for Liberation", "High Commission for Human Rights")."""
    edge = spot.start
    for match in reversed(list(_WORD_RE.finditer(text, max(0, spot.start - 80), spot.start))):
        word = match.group()
        if text[match.end() : edge].strip(" ") or word.endswith("."):
            break  # punctuation between: another phrase
        edge = match.start()
        folded = _fold(word)
        if word[:1].isupper():
            if folded in words:
                return word
            continue
        if folded not in _CONNECTORS and folded not in _PARTICLES:
            break
    edge = spot.end
    for match in _WORD_RE.finditer(text, spot.end, min(len(text), spot.end + 80)):
        word = match.group()
        if text[edge : match.start()].strip(" "):
            break
        edge = match.end()
        folded = _fold(word)
        if word[:1].isupper():
            if folded in words:
                return word
            if word.endswith("."):
                break
            continue
        if folded not in _CONNECTORS and folded not in _PARTICLES:
            break
    return None


def judge_names(text: str, spots: Sequence[Spot]) -> list[Verdict | None]:
    """For each spot, why it is not a place (a :class:`Verdict`), or None."""
    given_names, english = _word_lists()
    verdicts: list[Verdict | None] = []
    person_words: set[str] = set()
    words = _TextWords(
        groups=any(word in text for word in _GROUP_WORDS),
        news_agencies=any(word in text for word in _NEWS_AGENCY_WORDS),
    )
    for spot in spots:
        if spot.kind != "toponym":
            verdicts.append(None)
            continue
        verdict = _judge(text, spot, given_names=given_names, english=english, words=words)
        if (
            verdict is not None
            and verdict.echoes
            and verdict.kind == "person"
            and not spot.text.isupper()
        ):
            # The spot and the surname words after it (not the titles or places before).
            window = _Window(text, spot)
            person_words.add(_fold(spot.text))
            for token in window.right:
                if token.folded in ORGANISATION_WORDS or token.folded in PLACE_WORDS:
                    break
                if token.folded not in _PARTICLES:
                    person_words.add(token.folded)
        verdicts.append(verdict)
    organisations = {
        _fold(spot.text)
        for spot, verdict in zip(spots, verdicts, strict=True)
        if verdict is not None and verdict.kind == "organisation"
    }
    # "Xinhua news agency ... Xinhua reported": an agency named once is named alone later.
    agencies = {
        _fold(spot.text)
        for spot, verdict in zip(spots, verdicts, strict=True)
        if verdict is not None and verdict.kind == "organisation" and verdict.echoes
    }
    if organisations:
        # "Chhatra Dal leader ... Sramik Dal": a word that names a group once does so
        # wherever it stands inside a longer name.
        for index, spot in enumerate(spots):
            folded = _fold(spot.text)
            if (
                verdicts[index] is None
                and folded in organisations
                and (
                    spot.prev_is_proper
                    or spot.next_is_proper
                    or (folded in agencies and not _after_locative(text, spot))
                )
            ):
                verdicts[index] = Verdict(
                    f"{spot.text!r} names a group elsewhere in the text",
                    "organisation",
                    yields_to_prominent=True,
                )
    if person_words:
        # "Patrick Muyaya ... Muyaya said": the text uses the name for a person elsewhere.
        for index, spot in enumerate(spots):
            if (
                verdicts[index] is None
                and spot.kind == "toponym"
                and not spot.text.isupper()
                and _fold(spot.text) in person_words
                and not _after_locative(text, spot)
                and not _before_place_word(text, spot)
            ):
                verdicts[index] = Verdict(
                    f"{spot.text!r} is a person's name elsewhere in the text",
                    "person",
                    yields_to_prominent=True,
                )
    return verdicts


def _before_place_word(text: str, spot: Spot) -> bool:
    # "Kelly County", "Gedo region": the word after says the name is a place's here.
    after = _WORD_RE.search(text, spot.end, min(len(text), spot.end + 30))
    return (
        after is not None
        and not text[spot.end : after.start()].strip(" ")
        and _fold(after.group()) in PLACE_WORDS
    )


def _after_locative(text: str, spot: Spot) -> bool:
    before = _WORD_RE.findall(text, max(0, spot.start - 30), spot.start)
    if not before or before[-1].casefold() not in _LOCATIVES:
        return False
    # "the body of Luis Pérez", "the killing of José Núñez": "of" after a word for what
    # befell a person, or for their kin, leads to the person, not to a place.
    return not (
        before[-1].casefold() == "of"
        and len(before) > 1
        and before[-2].casefold() in _PERSON_OF_WORDS
    )


_PERSON_OF_WORDS: Final[frozenset[str]] = _words(
    """
    body bodies corpse remains killing killings murder murders death deaths assassination
    abduction kidnapping disappearance arrest release detention funeral burial family wife
    husband son daughter brother sister mother father widow relatives lawyer killers
    """
)


@dataclass(frozen=True, slots=True)
class _TextWords:
    """Whether a text holds the words that some patterns need, tested once a text."""

    groups: bool
    news_agencies: bool


def _judge(
    text: str,
    spot: Spot,
    *,
    given_names: frozenset[str],
    english: frozenset[str],
    words: _TextWords,
) -> Verdict | None:
    if _is_nickname(text, spot):
        return Verdict(f"a nickname inside a person's name ({spot.text!r})", "person")
    window = _Window(text, spot)
    folded = _fold(spot.text)
    left, right = window.left, window.right
    run = [*left, *right]
    last_word = folded.rsplit(" ", 1)[-1]
    # "in Alto Naya", "the Tell Rifaat area", "Metcalfe County": the words say it is a place.
    placed = (
        (not left and _after_locative(text, spot))
        or (window.after is not None and window.after.folded in PLACE_WORDS)
        or (" " in folded and last_word in PLACE_WORDS)
    )
    if words.groups and (
        _GROUP_OF_PLACE_RE.search(text, max(0, spot.start - 60), spot.start)
        or (
            _GROUP_PROVINCE_BEFORE_RE.search(text, max(0, spot.start - 30), spot.start)
            and _PROVINCE_AFTER_RE.match(text, spot.end)
        )
    ):
        # "Islamic State of Iraq and the Levant", "al-Qaeda in the Islamic Maghreb": the
        # group's name holds the land it claims, which says nothing of where it struck.
        return Verdict(
            f"part of an armed group's name ({_extended_run(text, spot, window)!r})",
            "organisation",
            yields_to_area=False,
        )
    expanded = _abbreviated(text, spot)
    if expanded is not None:
        return Verdict(f"the abbreviation of {expanded!r}", "organisation", yields_to_area=False)
    if (
        spot.kind == "toponym"
        and spot.text.isupper()
        and len(spot.text) <= _MAX_INITIALS
        and text[max(0, spot.start - 4) : spot.start].casefold() == "the "
    ):
        # "According to the SNA": initials after "the" name a body (the Somali National
        # Army), never a town ("SNA" is one of Sanaa's other names); a country's ("the
        # DRC") is a spot of its own kind.
        return Verdict(f"initials after 'the': {spot.text!r} names a body", "organisation")
    if text.startswith(" de ", spot.start - 4) and _DAY_OF_BEFORE_RE.search(
        text, max(0, spot.start - 8), spot.start
    ):
        # "the village of 1 de Maio", "el 5 de Mayo": a date's month in Portuguese or
        # Spanish, not Maio in Cape Verde or County Mayo.
        return Verdict(f"the month of a date: {spot.text!r}", "word", yields_to_area=False)
    if folded in PLACE_WORDS:
        # "Region" alone, as in "Far North Region": a kind of place, never a place's name.
        return Verdict(f"{spot.text!r} is a word for a kind of place", "word", yields_to_area=False)
    # A title directly before the run, or inside it before the spot ("Kano Governor Abba").
    title = next((t for t in reversed(left) if _is_title(t.text)), None)
    before = window.before
    if (
        title is None
        and before is not None
        and _is_title(before.text)
        and (before.capitalised or before.folded not in _ADJECTIVE_TITLES)
    ):
        title = before
    if title is not None and not placed:
        return Verdict(
            f"part of a person's name: after the title {title.text!r}", "person", echoes=True
        )
    if (
        not left
        and _is_title(spot.text)
        and spot.text[:1].isupper()
        and (right or _ABBREVIATED_BEFORE_NAME_RE.match(text, spot.end) is not None)
        and not placed
        and folded not in _ADJECTIVE_TITLES
    ):
        # "Commissioner Fidele Ngoumbe": the title itself (a town's other name somewhere)
        # starts a person's name.
        return Verdict(f"a title before a person's name: {spot.text!r}", "person", echoes=False)
    if title is not None and window.after is not None and window.after.folded in FEATURE_WORDS:
        # "the Imam Reza shrine", "King Fahd Road": a feature named after a person.
        return Verdict(
            f"part of the name of a feature: {title.text} {spot.text} {window.after.text}",
            "word",
        )
    if run and (window.age_after() or (not window.comma_after and _aged_before(spot, window))):
        return Verdict("part of a person's name: an age goes with it", "person", echoes=True)
    apposition = None if placed else _PERSON_APPOSITION_RE.match(text, window.end)
    if (
        apposition is None
        and not placed
        and text[spot.start - 2 : spot.start] == ", "
        and text[window.end : window.end + 2] in (", ", " (", ". ")
        and (
            named := _PERSON_APPOSITION_BEFORE_RE.search(text, max(0, spot.start - 50), spot.start)
        )
    ):
        return Verdict(f"a person's name: after '{named.group(0)[:-2]}'", "person", echoes=True)
    if apposition is not None:
        # "Gomez, a native of Mexico, was arrested": a word for a person follows, so the
        # name is the person's, one word or more ("Gomez" is a town in Mexico too).
        return Verdict(f"a person's name: '{apposition.group(0)[2:]}'", "person", echoes=True)
    # "Abdullahi Ali Ahmed", "Karine Jean-Pierre": a given name earlier in the run.
    given = [t for t in left if t.folded in given_names and not _possessive(t.text)]
    if given and given[0] is left[-1] and len(left) == 1 and given[0].end == spot.start:
        # "Nelson-Creston": a hyphenated pair needs a given name before it ("Karine
        # Jean-Pierre") to be a person's.
        given = []
    if (
        given
        and not placed
        and folded not in english
        and last_word not in PLACE_WORDS
        and last_word not in ORGANISATION_WORDS
        and _surname_like([t for t in left if t.start > given[0].start] + right, english=english)
    ):
        return Verdict(
            f"part of a person's name: after the given name {given[0].text!r}",
            "person",
            # "Jorge Maldonado", "Sam Houston": a city's name after a given name is a
            # surname (a country's or a province's still wins: yields_to_area).
            yields_to_prominent=False,
            # "John Kelly ... Kelly said": a given name right before a one-word surname
            # names the person the bare surname means later in the text.
            echoes=len(left) == 1 and not right and " " not in folded,
        )
    # "Antonio Guterres": the spot is a given name and a surname-like word follows (not
    # after a hyphen: "Nelson-Creston" names a district).
    if (
        folded in given_names
        and not placed
        and text[spot.end : spot.end + 1] == " "
        and not spot.text.isupper()
        and right
        and _surname_like(right, english=english)
    ):
        return Verdict(
            f"part of a person's name: the given name in {_extended_run(text, spot, window)!r}",
            "person",
            yields_to_prominent=True,
        )
    # "... Hoth Dual said": the last word of a name before a verb of speech.
    if (
        left
        and not right
        and not placed
        and window.after is not None
        and window.after.folded in SPEECH_VERBS
        and left[0].folded in given_names
    ):
        return Verdict(f"part of a person's name: '... {window.after.text}'", "person")
    if folded in ARMED_GROUPS or any(t.folded in ARMED_GROUPS for t in run):
        name = _extended_run(text, spot, window)
        return Verdict(f"names an armed group: {name!r}", "organisation")
    if words.news_agencies and _NEWS_AGENCY_AFTER_RE.match(text, spot.end):
        # "Xinhua news agency", "Fars news agency", "Anadolu news agency": the agency's
        # name, which often is a place's (Fars, Anatolia), says nothing of where.
        return Verdict(
            f"the name of a news agency ({spot.text!r})",
            "organisation",
            echoes=True,
            yields_to_area=False,
        )
    if right and len(right) == 1 and right[0].folded in WATER_WORDS and " " not in folded:
        # "the Suez Canal", "the Kabul River": water named after a town runs far from it
        # (an attack "80 km east of the Suez Canal" is not in Suez).
        return Verdict(
            f"part of the name of water: {_extended_run(text, spot, window)!r}",
            "word",
            yields_to_area=False,
        )
    if (
        text[spot.end : spot.end + 1] == ")"
        and (unit := _UNIT_BRACKET_BEFORE_RE.search(text, max(0, spot.start - 12), spot.start))
        and unit.group(1).rstrip("s") not in _COUNTRY_INITIALS
    ):
        # "landmines planted by the PDF (Aden)", "the LDF (Mandalay)": a unit named after
        # its township, which says nothing of where it struck.
        return Verdict(
            f"the name of a unit: '{unit.group(0)}{spot.text})'",
            "organisation",
            yields_to_area=False,
        )
    if folded in ORGANISATION_WORDS and run and not placed:
        # "The Amihan National Federation of Peasant Women said": the organisation's own
        # word, not the Australian district of that name.
        return Verdict(
            f"a word of an organisation's name ({_extended_run(text, spot, window)!r})",
            "organisation",
            yields_to_area=False,
        )
    if placed:
        return None
    if (
        right
        and right[0].folded in FEATURE_WORDS
        and " " not in folded
        and text[spot.start - 1 : spot.start] != "-"  # "Pattani-Narathiwat Road": places
    ):
        # "Ring Bridge", "Mission Camp": the name of a feature, not the town called so
        # (a prominent town stays: "Kabul Airport").
        return Verdict(
            f"part of the name {_extended_run(text, spot, window)!r}",
            "word",
            yields_to_prominent=True,
        )
    if before is not None and before.folded == "ethnic" and not placed:
        # "most of them ethnic Amhara farmers": a people, not the region named after it.
        return Verdict(f"a people: 'ethnic {spot.text}'", "word", yields_to_area=False)
    if (
        folded in VEHICLE_MAKES
        and window.after is not None
        and window.after.folded in VEHICLE_WORDS
        and not placed
    ):
        # "a Toyota pickup", "a Toyota Land Cruiser": a make of car, however big the town
        # in Japan that shares its name.
        return Verdict(f"a make of vehicle ({spot.text} {window.after.text})", "organisation")
    armed = next((t.text for t in right if t.folded in ARMED_WORDS), None)
    if armed is None and run and folded in ARMED_WORDS:
        armed = spot.text
    if armed is None and window.after is not None and window.after.folded in GROUP_NOUNS:
        armed = window.after.text
    if armed is None:
        armed = _organisation_around(text, spot, ARMED_WORDS)
    if armed is not None:
        return Verdict(
            f"part of an organisation's name (with {armed!r})",
            "organisation",
            yields_to_prominent=True,
            yields_to_country_only=bool(right) and right[0].folded in ARMED_WORDS,
        )
    if folded in english and (run or _organisation_around(text, spot, CIVIC_WORDS)):
        return Verdict(
            f"an ordinary word inside a longer name ({_extended_run(text, spot, window)!r})",
            "word",
            yields_to_prominent=True,
        )
    return None


# An armed force's initials and an opening bracket right before a name: "PDF (".
_UNIT_BRACKET_BEFORE_RE: Final = lazy_compile(r"\b([A-Z]{2,6}s?) ?\($")
# Initials of countries and provinces, whose bracket holds a place: "the DRC (Goma)".
_COUNTRY_INITIALS: Final = frozenset(
    ("DRC", "RDC", "US", "USA", "UK", "UAE", "CAR", "KP", "KPK", "PNG", "FATA", "NWFP", "GB")
)


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def _surname_like(right: Sequence[_Token], *, english: frozenset[str]) -> bool:
    """Whether the words after a given name read as the rest of a person's name: a
    capitalised word that is no ordinary, place or organisation word ("Guterres"), and
    none of those later in the run ("Houston Rockets", "Thomas Memorial Hospital")."""
    if not right:
        return True
    first = right[0]
    if first.folded in _PATRONYMIC_PARTICLES and first.text[:1].isupper():
        # "Muhammad Abu Anin", "Mohammed Bin Salman": the name goes on after "son of".
        return _surname_like(right[1:], english=english)
    if first.text.isupper() or first.folded in english or first.folded in STOP_WORDS:
        return False
    if first.folded in _PARTICLES | _CONNECTORS:
        return False
    return not any(
        t.folded in PLACE_WORDS or t.folded in ORGANISATION_WORDS or t.folded in english
        for t in right
    )


def _aged_before(spot: Spot, window: _Window) -> bool:
    """ "49-year-old Pyay Aye": an age right before a name of two words or more."""
    if not window.left and not window.right:
        return False
    start = window.left[0].start if window.left else spot.start
    return window.text[max(0, start - 10) : start].rstrip().endswith("year-old")
