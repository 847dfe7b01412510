"""Find place-name mentions in text: an Aho-Corasick scan over the gazetteer's name keys.

The automaton (:mod:`gazetteer.matcher`) is built with the index and stored beside it
(:mod:`gazetteer.matcher_store`); a spotter built from keys builds its own.

The text is folded character by character (case-folded, diacritics stripped, transliterated,
punctuation to a space) the same way the keys are, so that a match in the folded text maps
back to a span of the original text. Each pattern is a key with one leading space, and the
folded text starts with a space: a match can then only begin at a word start, and a check
after the match enforces the word end.

A match is a mention only if it looks like a proper noun in the original text: it starts
with a capital letter, is not on the stop-list (GeoNames names places "Of", "Police" and
"Hospital"), and, at the start of a sentence or in a title-case headline, is not a common
English word.

>>> spotter = Spotter([("baku", 2_300_000), ("nagorno karabakh", 146_573), ("of", 0)])
>>> [(s.text, s.start) for s in spotter.spot("Police of Baku; Nagorno-Karabakh.")]
[('Baku', 10), ('Nagorno-Karabakh', 16)]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Final

import ahocorasick_rs
from anyascii import anyascii

from gazetteer.compiled_patterns import lazy_compile
from gazetteer.demonyms import (
    ACTOR_COUNTRIES,
    ACTOR_REGIONS,
    AMERICA_QUALIFIERS,
    COUNTRY_ABBREVIATIONS,
    DEMONYMS,
    LANDMARKS,
    REGION_ABBREVIATIONS,
    SHARED_SHORT_NAMES,
)
from gazetteer.matcher import NameMatcher, source_sha256
from gazetteer.normalize import CONTRACTION_AFTER_APOSTROPHE, normalize_name

# This file as imported, for the stored matcher's signature (gazetteer.matcher.source_sha256).
SOURCE_SHA256: Final = source_sha256(__file__)


def _word_set(words: str) -> frozenset[str]:
    # "middle_east" stands for the two-word pattern "middle east".
    return frozenset(word.replace("_", " ") for word in words.split())


# Counts written out open sentences ("Forty-two people were killed"); GeoNames knows a few
# as towns' names (Forty-two for Dickson, Tennessee; Seven; Ninety Six).
_TENS: Final = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NUMBER_WORDS: Final[frozenset[str]] = frozenset(
    (
        *_TENS,
        *("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
        *(f"{tens} {unit}" for tens in _TENS for unit in _UNITS),
    )
)

# Single words that GeoNames knows as places but that in news text are almost never one,
# wherever they stand. Weekdays and months too: "in March" is a month, not the UK town.
STOP_WORDS: Final[frozenset[str]] = (
    _word_set(
        """
    of police hospital mine center centre will most ministry defence defense sputnik
    discuss reuters army navy government president minister university college school
    church street road airport station court city state republic union national
    north south east west northern southern eastern western central
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december mon tue wed thu
    fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec today tomorrow
    yesterday god christ allah man people home house office media news press post
    pentecost easter ramadan
    times herald mail guardian telegraph tribune journal globe gazette chronicle
    read share comment comments subscribe login menu search video photo
    said says mr mrs ms dr sir lord lady king queen prince princess saint st mount
    lake river island islands bay beach park valley hill hills gate bridge tower
    north_east south_east north_west south_west premier league cup club fc united rovers wanderers
    secretary commerce energy research congress council bank industry justice officer human
    vice federal town air star snow piano senate parliament party department agency
    committee commission foundation institute museum centre hotel market stadium
    company group international global world pacific atlantic gulf ocean peninsula
    arab west_coast east_coast middle_east mid_west midwest coast border borders
    notre_dame gulf_coast far_east near_east
    al el la le de da du di van von der den del des ibn bin abu
    one two three four five six seven eight nine ten eleven twelve hundred thousand
    eid ramadan christmas easter
    """
    )
    | NUMBER_WORDS
)


# Words that put a person's name after them ("Secretary Kelly", "Gov. Brown").
TITLE_WORDS: Final[frozenset[str]] = _word_set(
    """
    mr mrs ms miss dr sir dame lord lady president secretary minister premier chancellor
    governor gov senator sen representative rep congressman congresswoman mayor judge
    justice general gen colonel col captain capt lieutenant lt sergeant sgt officer
    coach chairman chairwoman chief director ceo king queen prince princess pope
    father rev reverend bishop sheikh imam ayatollah prof professor detective
    """
)

# Function words: GeoNames has places called "In", "He" and "No", but in English prose
# these words never name one, wherever they stand.
FUNCTION_WORDS: Final[frozenset[str]] = _word_set(
    """
    a about above across after again against all almost also although always am among
    an and another any anyone are around as at away be because been before being below
    both but by can could did do does down during each either even ever every few for
    from further had has have he her here hers him his how however i if in into is it
    its just me my no nor not now of off on once only or other our out over own per
    she should since so some such than that the their them then there these they this
    those though through thus to too under until up upon us very was we were what when
    where whether which while who whom whose why with within without would yet you your
    """
)

# Common English words that are also GeoNames names. They are dropped where capitalisation
# says nothing: at a sentence start and in title-case headlines ("Mine Explosion In ...").
COMMON_WORDS: Final[frozenset[str]] = FUNCTION_WORDS | _word_set(
    """
    back best better early enough first get give go good great including last late later
    least less like little long made make many more much must near never new next old
    one part perhaps same several still three two well
    according ahead amid already announced attack attacks authorities battle bomb border
    breaking brief called ceasefire chief clash clashes conflict crisis dead death deaths
    deal despite due explosion explosions fighting fire forces former gunmen
    head heavy high hundreds injured killed latest local major meanwhile military
    officials official overall peace power powers protest protesters rebels
    recent region regional report reports residents security soldiers
    sources spokesman strike strikes support tensions thousands top troops
    truce update war watch week wounded year years
    """
)

# Words of direction that qualify a place from before ("Western Mosul", "Northern Syria").
DIRECTION_WORDS: Final[frozenset[str]] = _word_set(
    """
    north south east west northern southern eastern western central northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern north-east
    north-west south-east south-west north-eastern north-western south-eastern
    south-western
    """
)

_CONTINENT_PATTERNS: Final = frozenset(
    ("africa", "europe", "asia", "america", "americas", "oceania", "australia")
)

HEADLINE_MIN_POPULATION: Final = 100_000
# Words after a name that say it names an administrative area, not the town of that name
# ("Badakhshan Province", "Kabul province", "Guldara District"), with the level they
# usually stand for: 1 for a country's first-level division, 2 for its second. The level is
# only a preference; a Kenyan county is first-level, an American one second.
AREA_LEVEL_OF_WORD: Final[dict[str, int]] = {
    **dict.fromkeys(
        (
            "province",
            "provinces",
            "state",
            "governorate",
            "region",
            "oblast",
            "krai",
            "department",
            "prefecture",
            "wilaya",
        ),
        1,
    ),
    **dict.fromkeys(
        (
            "district",
            "county",
            "division",
            "lga",
            "municipality",
            "territory",
            "raion",
            "rayon",
            "cercle",
            "zone",
            "woreda",
            "upazila",
            "tehsil",
            # A Myanmar or Chinese township, a Malian cercle in translation, a South
            # Sudanese payam: named after its chief town, a level below the province.
            "township",
            "circle",
            "payam",
            "subdistrict",
            "sub-district",
            # Cameroon's and the Central African Republic's districts, each named after its
            # chief town: "Bum subdivision", "the sub-prefecture of Bocaranga".
            "subdivision",
            "sub-division",
            "subprefecture",
            "sub-prefecture",
            # Haiti's, Mali's and Burkina Faso's communes: "Fermathe (Kenscoff commune)".
            "commune",
            # Indonesia's kabupaten in English: "Puncak Regency", "the Nduga regency".
            "regency",
            # Lebanon's districts, as its press writes them: "Odaisseh (Marjayoun caza)".
            "caza",
            # Sudan's districts (mahaliya), each named after its town: "Um Rawaba locality".
            "locality",
            "qada",
            "qadaa",
        ),
        2,
    ),
}
_CASED_WORD_RE: Final = lazy_compile(r"[A-Za-z][A-Za-z'’.-]*")
_WORD_PUNCTUATION: Final = frozenset("_'’.-")
_LOWER_WORD_RE: Final = lazy_compile(r"(?<![\w-])[a-z]+(?![\w-])")
_SENTENCE_END_CHARS: Final = frozenset(".!?:;\n")
_LOCATIVE_WORDS: Final = frozenset({"in", "of", "at", "near", "from", "to", "outside"})
_OPENING_CHARS: Final = frozenset("\"'“‘«([—–-*•”’»)]")
_REGION_RE: Final = lazy_compile(
    r"(?<=[A-Za-z], )("
    + "|".join(re.escape(a) for a in sorted(REGION_ABBREVIATIONS, key=len)[::-1])
    + r")(?![\w])"
)
# What a match of _REGION_RE starts with (it is case-sensitive).
_REGION_FIRST_CHARACTERS: Final = frozenset(a[0] for a in REGION_ABBREVIATIONS)
_LANDMARK_RE: Final = lazy_compile(
    r"(?<![\w])(" + "|".join(re.escape(name) for name in LANDMARKS) + r")(?![\w])"
)
# One automaton over the actor names, leftmost-longest ("Houthis" over "Houthi", a full
# name over its tail): a tenth of the time a regular expression of 80 names takes.
_ACTOR_NAMES: Final = (*ACTOR_COUNTRIES, *ACTOR_REGIONS)
_ACTOR_MATCHER: Final = ahocorasick_rs.AhoCorasick(
    _ACTOR_NAMES, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
)
_ABBREVIATION_RE: Final = lazy_compile(
    r"(?<![\w.])("
    + "|".join(re.escape(a) for a in sorted(COUNTRY_ABBREVIATIONS, key=len)[::-1])
    + r")(?![\w])"
)


@dataclass(frozen=True, slots=True)
class Spot:
    """One span of the original text that names a place or a country's people.

    ``keys`` are the gazetteer name keys that the span matched (several keys may fold to
    the same text). ``kind`` is ``"toponym"``, ``"demonym"``, ``"country"`` (an
    abbreviation or short name such as "U.S.") or ``"region"`` (a state or province
    abbreviation such as "Ky.") or ``"landmark"`` (a seat of power such as "the Kremlin",
    keyed by its city); the last four carry the ISO2 ``country``.
    """

    text: str
    start: int
    end: int
    keys: tuple[str, ...]
    kind: str
    country: str | None = None
    sentence_initial: bool = False
    headline: bool = False
    next_is_proper: bool = False
    prev_is_proper: bool = False
    # 1 or 2 when a word such as "Province" or "District" follows (see AREA_LEVEL_OF_WORD).
    area_level: int = 0
    # That word as written ("Region" of "the Kurdistan Region"), "" without one.
    area_word: str = ""
    # "the city of X", "the village of X": the text says it is a settlement.
    settlement_named: bool = False
    # The level comes from a bracket of areas after a place ("Roubaix (Nord)"), not from
    # a word: the bracket's last area is a province, or in some countries' notes the
    # department under it.
    in_brackets: bool = False
    # The level's word before "of" follows a name the gazetteer knows, whose word it may
    # be: in "the Harib district of Marib" Marib is the governorate holding the district,
    # in "the Cauca municipality of Buenos Aires" the municipality.
    level_owned: bool = False


@dataclass(frozen=True, slots=True)
class FoldedText:
    """A text folded for matching; ``orig_index`` maps folded positions back (None: identity)."""

    folded: str
    orig_index: tuple[int, ...] | None


def fold_char(char: str) -> str:
    """Fold one character the way keys are folded: letters and digits to lower-case ASCII.

    >>> fold_char("Ş"), fold_char("’"), fold_char("ß")
    ('s', ' ', 'ss')
    """
    if char.isascii():
        return char.lower() if char.isalnum() else " "
    if not char.isalnum():
        return " "
    base = unicodedata.normalize("NFKD", char)[0]
    if base.isascii() and base.isalnum():
        return base.lower()
    folded = "".join(c if c.isalnum() else " " for c in anyascii(char).lower())
    return folded.strip() or " "


def fold_key(key: str, *, table: FoldTable | None = None) -> str:
    """Fold a gazetteer key into the pattern text the automaton matches (no edge spaces).

    ``str.translate`` with a table does what ``fold_char`` per character does, about 20
    times faster; it matters because a matcher build folds 650k keys.

    >>> fold_key("nagorno-karabakh")
    'nagorno karabakh'
    >>> fold_key("Şuşa’s")
    'susa s'
    """
    if key.isascii():
        folded = key.translate(_ASCII_FOLD)
    else:
        folded = key.translate(FoldTable() if table is None else table)
    return " ".join(folded.split())


_ASCII_FOLD: Final = {i: (chr(i).lower() if chr(i).isalnum() else " ") for i in range(128)}


class FoldTable(dict[int, str]):
    """A ``str.translate`` table that folds any character, learning non-ASCII ones as met."""

    def __init__(self) -> None:
        super().__init__(_ASCII_FOLD)

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        return folded


def fold_text(text: str, *, table: FoldTable | None = None) -> FoldedText:
    """Fold a whole text; keep an index back to the original where lengths change.

    >>> fold_text("Baku’s").folded
    'baku s'
    >>> fold_text("Straße A").orig_index
    (0, 1, 2, 3, 4, 4, 5, 6, 7)
    >>> fold_text("St. Paul").folded
    'st paul'
    """
    if text.isascii():
        folded_text = FoldedText(text.translate(_ASCII_FOLD), None)
    else:
        table = FoldTable() if table is None else table
        folded = text.translate(table)
        # fold_char never returns "", so equal lengths mean one character for one.
        if len(folded) == len(text):
            folded_text = FoldedText(folded, None)
        else:
            index: list[int] = []
            for position, char in enumerate(text):
                index.extend([position] * len(table[ord(char)]))
            folded_text = FoldedText(folded, tuple(index))
    dropped: set[int] = set()
    if any(abbreviation in text for abbreviation in _ABBREVIATIONS):
        dropped.update(m.end() - 1 for m in _ABBREVIATION_DOT_RE.finditer(text))
    if "'" in text or "’" in text:
        dropped.update(m.start() for m in _INNER_APOSTROPHE_RE.finditer(text))
    return _without(folded_text, dropped) if dropped else folded_text


_FEATURE_BEFORE_WORDS: Final = frozenset(
    (
        *("lake", "mount", "mt", "river", "gulf", "two", "three", "four", "five", "six"),
        *("seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds"),
    )
)
# "St. Petersburg", "Mt. Kenya", "Ft. Worth": the key is "st petersburg", but the dot and
# the space fold to two spaces. The dot is dropped from the folded text (the index maps
# the rest back), so the abbreviated name matches its key.
_ABBREVIATION_DOT_RE: Final = lazy_compile(r"(?<![\w.])(?:St|Ste|Sts|Mt|Mte|Ft|Pt)\.(?= [A-Z])")
# Substrings tested before that pattern runs: most texts hold none of them.
_ABBREVIATIONS: Final = ("St. ", "Ste. ", "Sts. ", "Mt. ", "Mte. ", "Ft. ", "Pt. ")


# "Debre Mark'os", "Fada N'Gourma", "Ma'arrat al-Nu'man": an apostrophe inside a
# transliterated name, which keys drop (gazetteer.normalize); not a possessive or an
# English contraction ("Baku's", "don't", "Cox's Bazar"), whose words stay apart, as in
# the keys.
# The apostrophe first, so that the search skips to it: a lookbehind first is tried at
# every position of the text.
_INNER_APOSTROPHE_RE: Final = lazy_compile(
    rf"['’](?<=[A-Za-z]['’])(?=[A-Za-z])(?!{CONTRACTION_AFTER_APOSTROPHE})", re.IGNORECASE
)


def _without(folded_text: FoldedText, dots: set[int]) -> FoldedText:
    """``folded_text`` without the folded characters of the original positions ``dots``."""
    folded = folded_text.folded
    orig_index = folded_text.orig_index or range(len(folded))
    keep = [k for k, position in enumerate(orig_index) if position not in dots]
    return FoldedText("".join(folded[k] for k in keep), tuple(orig_index[k] for k in keep))


def _is_sentence_initial(text: str, start: int) -> bool:
    position = start - 1
    while position >= 0 and (
        (text[position].isspace() and text[position] != "\n") or text[position] in _OPENING_CHARS
    ):
        position -= 1
    return position < 0 or text[position] in _SENTENCE_END_CHARS


def _line_bounds(text: str, start: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return line_start, len(text) if line_end < 0 else line_end


# In lower case only: "the central region of Segou", but "the District of Columbia", "the
# 25th District of Florida" and "the State of Israel" are names of their own.
# "The township of Soweto", "the township of Balad Ruz": a town; "Kanbalu Township" after
# its name is Myanmar's area.
_AREA_OF_WORDS: Final = "|".join(w for w in AREA_LEVEL_OF_WORD if w != "township")
_AREA_OF_BEFORE_RE: Final = lazy_compile(
    rf"\b({_AREA_OF_WORDS}) of (?:the )?$"
    # "the provinces of Paktika and Khost": each name of the list is one.
    rf"|\b({_AREA_OF_WORDS})s of (?:the )?(?:[A-Z][\w'’-]*,? ){{0,4}}(?:and )?$"
    # "Pasto, the capital of Nariño": the province a city is the capital of.
    r"|,\s+(?:the\s+)?(?:[a-z-]+\s+)?(capital) of (?:the )?$"
)
_SETTLEMENT_OF_BEFORE_RE: Final = lazy_compile(
    r"\b(?:city|town|village|hamlet) of $"
    # "15 km south of Menaka": a distance is measured from a town, not from a province.
    r"|\b(?:km|kilomet(?:re|er)s|miles)\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+of $"
)
# "in Tondibi (Gao, Gao)", "near Sotk (Gegharkunik)": an event database's notes put the
# areas that hold a place in brackets after it, the district first, the province last.
# Only after a capitalised name: "(AP)" and "(pictured)" follow no place, nor "He (Steele)".
# The kind of place may stand between the name and the bracket: "Qandil mountains (Sidakan,
# Erbil)", "Jenin refugee camp (Jenin, West Bank)".
_BRACKETED_KINDS: Final = (
    r"(?: (?:refugee |IDP )?(?:mountains?|hills?|valley|camp|village|town|city|district|area|"
    r"county|municipality|commune|township|neighbou?rhood|locality))?"
)
_CHAIN_OPEN_BEFORE_RE: Final = lazy_compile(rf"([A-Z][\w'’.-]*){_BRACKETED_KINDS} (\()$")
_CHAIN_ITEM_BEFORE_RE: Final = lazy_compile(
    rf"([A-Z][\w'’.-]*){_BRACKETED_KINDS} (\()[A-Z][^(),\n]{{0,40}}, $"
)
_CHAIN_NEXT_ITEM_RE: Final = lazy_compile(r", [A-Z][^(),\n]{0,40}\)")
_ITEM_REST_RE: Final = lazy_compile(r" ([^(),\n]{1,40})[,)]")

_AREA_APPOSITION_RE: Final = lazy_compile(
    rf", an? (?:[a-z-]+ ){{0,2}}({'|'.join(AREA_LEVEL_OF_WORD)})\b(?! of\b)"
)
# Months and weekdays: capitalised in any sentence, so their capitals say nothing.
ALWAYS_CAPITALISED: Final[frozenset[str]] = _word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december sept
    """
)


def _is_headline(line: str) -> bool:
    # A short line where most longer words are capitalised reads as a headline, where
    # capitals say nothing about proper nouns.
    # Months and weekdays are capitalised in any sentence: they say nothing of the line
    # ("16 February - Fighting in Djibo" is a dated note, not a headline).
    # The cheap tests first: most lines of prose are long or end in a full stop.
    if len(line) > 200 or line.rstrip().endswith((".", '"', "”")):
        return False
    words = [
        w
        for w in _CASED_WORD_RE.findall(line)
        if len(w) > 3 and w.casefold() not in ALWAYS_CAPITALISED
    ]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= 0.7 * len(words)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in _WORD_PUNCTUATION


# Words that start a longer place name: the name after them is not a place of its own.
NAME_START_WORDS: Final = frozenset(
    (
        *("puerto", "porto", "port", "san", "santa", "santo", "são", "sao", "villa", "vila"),
        *("ciudad", "nueva", "nuevo", "nova", "novo", "bahía", "bahia", "punta", "cerro"),
        # (Not "Mount", "Lake" or "Cape": "north of Mount Shingal" is near Shingal.)
        *("boca", "paso", "fort", "saint"),
    )
)


def _word_before(text: str, start: int) -> tuple[int, str] | None:
    """The word that ends one space before ``start``, with its offset."""
    end = start - 1
    if end < 0 or not text[end].isspace():
        return None
    begin = end
    while begin > 0 and _is_word_char(text[begin - 1]):
        begin -= 1
    return (begin, text[begin:end]) if begin < end else None


def _word_after(text: str, end: int) -> str | None:
    """The word that starts one space after ``end``."""
    if text[end : end + 1] != " ":
        return None
    stop = end + 1
    while stop < len(text) and _is_word_char(text[stop]):
        stop += 1
    return text[end + 1 : stop] or None


class _TextContext:
    """What the judge learns about one text once: headline lines, its lower-case words."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._headline_of_line: dict[int, bool] = {}
        self._lower_words: frozenset[str] | None = None
        self._lower_asked: dict[str, bool] = {}

    def is_headline(self, start: int) -> bool:
        line_start, line_end = _line_bounds(self.text, start)
        headline = self._headline_of_line.get(line_start)
        if headline is None:
            headline = _is_headline(self.text[line_start:line_end])
            self._headline_of_line[line_start] = headline
        return headline

    def has_lower_case(self, word: str) -> bool:
        """Whether ``word`` also appears in lower case: then it is a common word here."""
        if self._lower_words is None and len(self._lower_asked) < _LOWER_LOOKUPS:
            # Most texts ask about a word or two: looking for each costs less than
            # collecting every lower-case word; past a few, the set is built once.
            known = self._lower_asked.get(word)
            if known is None:
                known = self._lower_asked[word] = _has_lower_word(self.text, word)
            return known
        if self._lower_words is None:
            self._lower_words = frozenset(_LOWER_WORD_RE.findall(self.text))
        return word in self._lower_words


# How many distinct words ``has_lower_case`` looks for one by one before it collects all.
_LOWER_LOOKUPS: Final = 4


def _has_lower_word(text: str, word: str) -> bool:
    """Whether ``word`` is among ``_LOWER_WORD_RE.findall(text)``: a run of [a-z] with
    neither a word character nor a hyphen on either side."""
    if not (word.isascii() and word.isalpha() and word.islower()):
        return False  # not a run of [a-z]: never among them
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at > 0 else " "
        after = text[end] if end < len(text) else " "
        if not _is_lower_word_edge(before) and not _is_lower_word_edge(after):
            return True
        at = text.find(word, at + 1)
    return False


def _is_lower_word_edge(char: str) -> bool:
    """Whether ``char`` next to a run of letters keeps it from being a word: ``[\\w-]``."""
    return char.isalnum() or char in "_-"


def _is_acronym(context: _TextContext, start: int, end: int) -> bool:
    """An all-capitals word of five letters or more that reads as an acronym: spelled out
    just before ("Agency for Mine Action (ANAMA)") or standing in a lower-case sentence."""
    text = context.text
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        before = text[max(0, start - 3) : start - 1].strip()
        return bool(before) and before[-1].isalpha()
    if " " in text[start:end] or _is_sentence_initial(text, start) or context.is_headline(start):
        return False
    previous = _word_before(text, start)
    if previous is not None and previous[1].casefold() in _LOCATIVE_WORDS:
        return False  # "District of FLORIDA": a place, shouted
    line_start, line_end = _line_bounds(text, start)
    line = text[line_start:line_end]
    lower = sum(1 for c in line if c.islower())
    upper = sum(1 for c in line if c.isupper())
    return lower > upper and text[end : end + 2].strip()[:1] not in {"(", "—", "–", "-", ":"}


def _after_comma(
    pattern: re.Pattern[str], text: str, *, first: frozenset[str]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that can only match right after ", ", and
    only where a character of ``first`` follows: tried at those places only (the scan of
    every position cost more than the matching; most commas are followed by none).
    """
    end = 0
    at = text.find(", ")
    while at >= 0:
        if at + 2 >= end and text[at + 2 : at + 3] in first:
            match = pattern.match(text, at + 2)
            if match is not None:
                end = match.end()
                yield match
        at = text.find(", ", at + 1)


def _settlement_named_before(text: str, start: int) -> bool:
    """ "the town of ", "15 km south of " right before ``start``."""
    # Every match ends with "of " at the window's end (or before a newline that ends it):
    # most names have no "of " there, and the search would try every position.
    if text.find("of ", max(0, start - 4), start) < 0:
        return False
    return _SETTLEMENT_OF_BEFORE_RE.search(text, max(0, start - 32), start) is not None


_SETTLEMENT_AFTER_WORDS: Final = frozenset(("city", "town", "village"))
# "Julukoma Village", "the Sabinalito Ejido" (Mexico's communal land and its settlement):
# a capitalised word for a village, which goes on no name the gazetteer lacks.
_VILLAGE_AFTER_WORDS: Final = frozenset(("Village", "Ejido", "ejido"))
_A_SETTLEMENT_AFTER: Final = _SETTLEMENT_AFTER_WORDS | _VILLAGE_AFTER_WORDS
_LOCATIVE_BEFORE_RE: Final = re.compile(r"\b(?:in|at|near|outside|of|to)\s$")


def _area_level_after(text: str, end: int, following: str) -> int:
    """The level of an area word after a name ("Kogi State", "Helmand province"), or 0.

    A capitalised one that goes on into a longer name ("Kabul Province Council") names
    an institution.
    """
    word = following.rstrip(".,;:-–—")  # "Helmand Province- an area under the Taliban"
    if word.endswith(("'s", "’s")):
        word = word[:-2]  # "Sagaing Region's Depayin Township": the region holds the rest
    if word == "Local" and text.startswith(" Local Government Area", end):
        return 2  # Nigeria's "Tsafe Local Government Area"
    if word == "border" and text.startswith(" border region", end):
        return 1  # "Russia's Kursk border region"
    if word in ("municipal", "urban", "rural", "administrative") and text.startswith(
        (f" {word} district", f" {word} area", f" {word} okrug"), end
    ):
        return 2  # Russia's "Starodub municipal district", "Belgorod urban okrug"
    if word == "State":
        # GeoNames knows "Kogi State" and the like as whole names where they are used;
        # "Mississippi State" and "Ohio State" are universities and their teams.
        return 0
    level = AREA_LEVEL_OF_WORD.get(word.casefold(), 0)
    if not level or not following[:1].isupper() or word != following:
        return level  # lower case, or punctuation ends the name ("Badakhshan Province.")
    after = _word_after(text, end + 1 + len(following))
    return 0 if after is not None and after[:1].isupper() else level


def area_level_before(
    text: str,
    start: int,
    *,
    unnamed_only: bool = False,
    owner_is_place: Callable[[str], bool] | None = None,
) -> int:
    """1 or 2 when the words before ``start`` call the name an area ("the province of
    Saada", "the district of Macomia"), else 0. With ``unnamed_only``, 0 as well when a
    name owns the area word ("the Centre-North region of Burkina Faso"); with
    ``owner_is_place``, 0 when a name it does not know owns it ("the Osnovianskyi
    district of Kharkiv")."""
    # Both branches of the pattern hold " of ": where the window has none, no search.
    window_start = max(0, start - 40)
    if text.find(" of ", window_start, start) < 0:
        return 0
    found = _AREA_OF_BEFORE_RE.search(text, window_start, start)
    if found is None:
        return 0
    group = next(g for g in (1, 2, 3) if found[g])
    word_at = found.start(group)
    ahead = text[max(0, word_at - 30) : word_at]
    named = ahead.split()[-1] if ahead.endswith(" ") and ahead.strip() else ""
    if (
        (unnamed_only or owner_is_place is not None)
        and named[:1].isupper()
        and not named.endswith(("'s", "’s"))
        and named not in _LEADING_WORDS
        and (owner_is_place is None or not owner_is_place(named))
    ):
        # "the Centre-North region of Burkina Faso", "Bishnupur district of Manipur": the
        # area word is most often the name before's, and the name after holds it (though
        # "the Cauca municipality of Buenos Aires" is the other way round).
        return 0
    return AREA_LEVEL_OF_WORD.get(found[group].casefold(), 1)


_LEADING_WORDS: Final = frozenset({"The", "A", "An", "In", "Of", "This", "That"})


def bracketed_area(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the bracket opens that holds the name at ``start:end`` as an area of the
    place before it ("Tondibi (Gao, Gao)"), and the area's level: 1 for the last item, a
    first-level area, 2 for one before it, -1 for a name that is only the start of an
    item the gazetteer lacks ("Ain" of "(Ain al Arab, Aleppo)"). None for a name in no
    such bracket, or one that other words follow ("Kanbalu Township")."""
    if text[start - 1 : start] == "(":
        before = _CHAIN_OPEN_BEFORE_RE.search(text, max(0, start - 40), start)
    else:
        before = _CHAIN_ITEM_BEFORE_RE.search(text, max(0, start - 80), start)
    if before is None or before[1].casefold() in COMMON_WORDS:
        return None
    opening = before.start(2)
    if text.startswith(")", end):
        return (1, opening)
    if _CHAIN_NEXT_ITEM_RE.match(text, end, end + 50):
        return (2, opening)
    rest = _ITEM_REST_RE.match(text, end, end + 50)
    if rest is not None and any(
        word[:1].islower() and word not in AREA_LEVEL_OF_WORD for word in rest[1].split()
    ):
        return (-1, opening)  # "Ain" of "Ain al Arab": "Kanbalu Township" stays a name
    return None


def names_area_in_brackets(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` opens a bracket after a place's name and an area
    word follows it: "the village of Pazigyi (Kanbalu Township)", the area that holds the
    place before the bracket."""
    if (
        text[start - 1 : start] != "("
        or _CHAIN_OPEN_BEFORE_RE.search(text, max(0, start - 40), start) is None
    ):
        return False
    rest = _ITEM_REST_RE.match(text, end, end + 50)
    return rest is not None and rest[1].strip().casefold() in AREA_LEVEL_OF_WORD


# The particles inside Romance names: "San Juan de Lurigancho", "Complexo da Maré"
# (geo.extract.location reads the whole names by the same words).
ROMANCE_PARTICLES: Final = frozenset(("de", "da", "do", "dos", "das", "del", "du", "des", "di"))
# The particles that join the words of one name: Romance ones, and South Asia's "of"
# ("Dera ki Gali", "Pir ki Gali"), whose first word alone is another place.
NAME_PARTICLES: Final = ROMANCE_PARTICLES | frozenset(("ki", "ka"))
# The Arabic article as transliterations write it joined to a name: "al-Bab", "ad-Dhale".
ARABIC_ARTICLE: Final = r"(?:al|el|ad|an|ar|as|ash|at|az|ed|es|ul)"
_CAPITAL_AFTER_PARTICLE_RE: Final = lazy_compile(r" (?:la |los |las )?[A-Z]")
# Institutions and landmarks named after the place that follows their particle.
NAMED_AFTER_A_PLACE: Final = frozenset(
    (
        *("stade", "estadio", "estádio", "banque", "banco", "universidad", "université"),
        *("universidade", "palais", "palacio", "palácio", "museo", "musée", "gare"),
        *("copa", "coupe", "tour", "golfe", "golfo", "república", "republica", "ciudad"),
    )
)
# Spanish, Portuguese and French organisations, whose names go on with a particle
# ("Defensoría del Pueblo", "Comandos de la Frontera", "Primeiro Comando da Capital",
# "Fiscalía General de la Nación"): no place, whatever the name after the particle is.
# Folded to ASCII, as :func:`gazetteer.normalize.fold_text` folds.
ROMANCE_ORGANISATION_WORDS: Final = frozenset(
    (
        *("defensoria", "comandos", "comando", "frente", "ejercito", "fuerzas", "policia"),
        *("ministerio", "ministere", "fiscalia", "procuraduria", "secretaria", "guardia"),
        *("cartel", "autodefensas", "clan", "bloque", "columna", "comite", "coordinador"),
        *("coordinadora", "comision", "consejo", "conselho", "conseil", "instituto", "corte"),
        *("gobierno", "governo", "gouvernement", "gobernacion", "alcaldia", "prefeitura"),
        *("asociacion", "associacao", "federacion", "sindicato", "movimiento", "movimento"),
        *("mouvement", "partido", "parti", "union", "uniao", "tren", "brigada", "brigade"),
        *("batallon", "batalhao", "bataillon", "exercito", "armee", "gendarmerie", "forces"),
        *("rassemblement", "coordination", "familia", "carteles", "oficina", "direccion"),
        *("juzgado", "tribunal", "mesa", "red", "observatorio", "observatoire", "servicio"),
        # Brazil's gangs: "Bonde do Maluco", "Primeiro Comando da Capital".
        *("bonde", "primeiro", "terceiro"),
    )
)
# An Arabic article that joins two words of one name ("Ras al-Ain", "Ain al-Arab"), or
# starts one written whole ("al-Bab").
_JOINED_BY_ARTICLE_RE: Final = lazy_compile(rf"{ARABIC_ARTICLE}-[A-Z]")
_ARTICLE_BEFORE_RE: Final = lazy_compile(rf"(?<![\w'’-]){ARABIC_ARTICLE}-\Z")


def _neighbour_is_proper(word: str) -> bool:
    # "in St. Petersburg Saturday morning": a weekday or month is no part of the name
    # ("in Mali Saturday." too).
    folded = word.casefold().rstrip(".,;:!?")
    return (
        bool(word)
        and word[0].isupper()
        and folded not in COMMON_WORDS
        and folded not in ALWAYS_CAPITALISED
    )


def _settle_shared_names(found: list[Spot]) -> list[Spot]:
    """A bare "Congo" is the country that the text names in full, if it names just one."""
    named = {s.country for s in found if s.kind == "country"}
    settled = []
    for spot in found:
        shared = spot.kind == "toponym" and spot.keys
        codes = SHARED_SHORT_NAMES.get(spot.keys[0]) if shared else None
        if codes is not None and len(named.intersection(codes)) == 1:
            (country,) = named.intersection(codes)
            spot = Spot(
                text=spot.text,
                start=spot.start,
                end=spot.end,
                keys=(),
                kind="country",
                country=country,
                sentence_initial=spot.sentence_initial,
                headline=spot.headline,
            )
        settled.append(spot)
    return settled


# Arabic articles that English reports often drop: "Qamishli" for Al Qāmishlī, "Fasher"
# for El Fasher, "Hodeidah" for El-Hodeidah.
_ARTICLES: Final = frozenset(("al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "es"))
# Only towns this large are named without their article often enough to be worth the
# pattern; a village's bare name is as likely another word.
ARTICLE_FREE_MIN_POPULATION: Final = 15_000


def _add_without_article(by_pattern: dict[str, list[str]], population_of: dict[str, int]) -> None:
    """Add "qamishli" for "al qamishli" (a town of 15,000 or more), with its keys, unless
    the bare name is a pattern of its own or a common word."""
    for pattern, keys in list(by_pattern.items()):
        article, _, rest = pattern.partition(" ")
        if (
            article not in _ARTICLES
            or len(rest) < 4
            or rest in by_pattern
            or population_of.get(pattern, 0) < ARTICLE_FREE_MIN_POPULATION
            or rest.split()[0] in _ARTICLES
            or rest in COMMON_WORDS
            or rest in STOP_WORDS
        ):
            continue
        by_pattern[rest] = list(keys)
        population_of[rest] = population_of[pattern]


def fold_patterns(
    keys: Iterable[tuple[str, int]], *, demonyms: Mapping[str, str] = DEMONYMS
) -> list[tuple[str, tuple[str, ...], bool]]:
    """The matcher's entries: each folded pattern, its keys, and whether it is prominent.

    Keys fold to patterns (several keys may share one); a demonym is a pattern too,
    with the keys of the same pattern if there are any. Order: first seen first.

    >>> fold_patterns([("nagorno-karabakh", 146_573), ("x", 9), ("baku", 2_300_000)], demonyms={})
    [('nagorno karabakh', ('nagorno-karabakh',), True), ('baku', ('baku',), True)]
    """
    by_pattern: dict[str, list[str]] = {}
    population_of: dict[str, int] = {}
    fold_table = FoldTable()
    for key, population in keys:
        pattern = fold_key(key, table=fold_table)
        # One-letter keys match initials and list labels, never a place in prose.
        if len(pattern) < 2:
            continue
        by_pattern.setdefault(pattern, []).append(key)
        if population > population_of.get(pattern, 0):
            population_of[pattern] = population
    _add_without_article(by_pattern, population_of)
    for word in demonyms:
        by_pattern.setdefault(fold_key(word, table=fold_table), [])
    # Only the prominent names count as mentions on their own in a headline.
    return [
        (pattern, tuple(found), population_of.get(pattern, 0) >= HEADLINE_MIN_POPULATION)
        for pattern, found in by_pattern.items()
    ]


class Spotter:
    """Find mentions of the given name keys in texts; build once, reuse for many texts.

    Give it the keys (the matcher is built here: seconds for the whole index) or a
    ``matcher`` built from :func:`fold_patterns` with the same ``demonyms`` (loaded from
    the index's home by :mod:`gazetteer.matcher_store`).
    """

    def __init__(
        self,
        keys: Iterable[tuple[str, int]] = (),
        *,
        matcher: NameMatcher | None = None,
        demonyms: Mapping[str, str] = DEMONYMS,
        stop_words: frozenset[str] = STOP_WORDS,
        common_words: frozenset[str] = COMMON_WORDS,
    ) -> None:
        fold_table = FoldTable()
        if matcher is None:
            matcher = NameMatcher.build(fold_patterns(keys, demonyms=demonyms))
        self._matcher = matcher
        self._demonym_of = {
            fold_key(word, table=fold_table): country for word, country in demonyms.items()
        }
        self._stop_words = stop_words
        self._common_words = common_words
        self._fold_table = fold_table

    @property
    def pattern_count(self) -> int:
        """How many distinct folded patterns the automaton holds."""
        return self._matcher.count

    def _is_name(self, word: str) -> bool:
        """Whether ``word`` as a whole is a name the automaton holds."""
        haystack = " " + fold_text(word, table=self._fold_table).folded + " "
        return any(
            begin == 0 and end == len(haystack) - 1
            for begin, end, _index in self._matcher.find(haystack)
        )

    def spot(self, text: str) -> list[Spot]:
        """Every mention in ``text``, left to right, without overlaps."""
        folded = fold_text(text, table=self._fold_table)
        haystack = " " + folded.folded + " "
        found: list[Spot] = []
        context = _TextContext(text)
        matches = self._matcher.find(haystack)
        if folded.orig_index is None:
            # Most matches are lower-case words ("the", "said" are GeoNames names too):
            # drop, in one pass, those that the loop below would skip without a look
            # (lower-case or cut mid-word, and no second word that may hide a name).
            matches = [
                m
                for m in matches
                if (haystack[m[1]] == " " and text[m[0]].isupper())
                or haystack.find(" ", m[0] + 1, m[1]) >= 0
            ]
        position = 0
        last_end = 0
        while position < len(matches):
            match_start, match_end, pattern_index = matches[position]
            position += 1
            # Haystack offsets are folded offsets + 1 (the leading space); the pattern's own
            # leading space sits on the separator before the word.
            cut = haystack[match_end] != " "
            lower = (
                folded.orig_index is None
                and not text[match_start].isupper()
                # "in al-Bab": the article of a name written whole ("Al Bāb").
                and not (
                    text.find("-", match_start, match_start + 4) > 0
                    and _JOINED_BY_ARTICLE_RE.match(text, match_start)
                )
            )
            if cut or lower:
                if haystack.find(" ", match_start + 1, match_end) >= 0:
                    # "a Kabul mosque": the longest match " a ka" (a GeoNames name) is cut
                    # mid-word, yet it hid "Kabul"; look again from the next word.
                    matches[position:position] = self._rescan(haystack, match_start, match_end)
                continue
            if match_start < last_end:
                continue  # a rescanned match overlaps one already taken
            folded_start, folded_end = match_start, match_end - 1
            last_end = match_end
            if folded.orig_index is None:
                start, end = folded_start, folded_end
            else:
                start = folded.orig_index[folded_start]
                end = folded.orig_index[folded_end - 1] + 1
            spot = self._judge(
                context,
                start=start,
                end=end,
                pattern_index=pattern_index,
                pattern=haystack[match_start + 1 : match_end],
            )
            if spot is not None:
                found.append(spot)
        # "America" and "Holland" name countries even where GeoNames has a village first,
        # and "Glasgow, Ky." names Kentucky, not a place called "Ky". A country's long
        # name ("Democratic Republic of Congo") wins over the short name inside it.
        abbreviations = self._abbreviations(text)
        long_names = [a for a in abbreviations if " " in a.text]
        regions = self._regions(text) + self._landmarks(text) + self._actors(text) + long_names
        found = [
            s
            for s in found
            if s.text not in COUNTRY_ABBREVIATIONS
            and not any(r.start < s.end and s.start < r.end for r in regions)
        ]
        found.extend(regions)
        spans = [(s.start, s.end) for s in found]
        found.extend(
            a
            for a in abbreviations
            if " " not in a.text and not any(x < a.end and a.start < y for x, y in spans)
        )
        found.sort(key=lambda s: s.start)
        return _settle_shared_names(found)

    def _rescan(
        self, haystack: str, match_start: int, match_end: int
    ) -> list[tuple[int, int, int]]:
        """Matches that start inside a rejected match, from its second word on.

        The main scan goes on from ``match_end``, so only what starts before it can be
        hidden; the window is bounded by the longest pattern, which keeps this linear.
        """
        second = haystack.find(" ", match_start + 1, match_end)
        if second < 0:
            return []
        window = haystack[second : min(len(haystack), match_end + self._matcher.longest)]
        return [
            (begin + second, end + second, index)
            for begin, end, index in self._matcher.find(window)
            if begin + second < match_end and end + second < len(haystack)
        ]

    def _judge(
        self, context: _TextContext, *, start: int, end: int, pattern_index: int, pattern: str
    ) -> Spot | None:
        text = context.text
        surface = text[start:end]
        if not surface[:1].isupper() and _JOINED_BY_ARTICLE_RE.match(surface) is None:
            return None
        if (pattern in self._stop_words or pattern in FUNCTION_WORDS) and not (
            # "Buulo Fuulaay (Baydhaba, Bay)": a bracket of areas holds only places.
            text[start - 2 : start] in (" (", ", ")
            and (bracketed_area(text, start, end) or (0, 0))[0] > 0
        ):
            return None
        headline = context.is_headline(start)
        sentence_initial = _is_sentence_initial(text, start)
        if (sentence_initial or headline) and (
            pattern in self._common_words or context.has_lower_case(pattern)
        ):
            return None
        # In a headline, capitals say nothing ("Hurt", "Goes"): keep a name only if it is
        # prominent or the text names it again.
        if (
            headline
            and not self._matcher.is_prominent(pattern_index)
            and pattern not in self._demonym_of
            and text.count(surface) < 2
        ):
            return None
        # All-capitals short words ("IT", "NATO") are acronyms, not places, unless a
        # dateline comma follows ("BAKU, Nov 10"). Longer ones too ("ANAMA") inside prose,
        # but not datelines ("BEIRUT (AP) --", "NARATHIWAT —") nor shouted headlines.
        if (
            surface.isupper()
            and pattern not in self._demonym_of
            and text[end : end + 1] != ","
            and (len(surface) <= 4 or _is_acronym(context, start, end))
        ):
            return None
        country = self._demonym_of.get(pattern)
        if country is not None:
            return Spot(
                text=surface,
                start=start,
                end=end,
                keys=self._matcher.keys_of(pattern_index, pattern=pattern),
                kind="demonym",
                country=country,
                sentence_initial=sentence_initial,
                headline=headline,
            )
        next_proper = prev_proper = False
        # "the central region of Segou", "the state of Gezira": the word before says too.
        # ("the Osnovianskyi district of Kharkiv": the area word is the unknown name's,
        # and Kharkiv the city holding it; "the Cauca municipality of Buenos Aires": a
        # known area before it holds the municipality named after.)
        level_of = area_level_before(text, start, owner_is_place=self._is_name)
        level_owned = level_of == 2 and not area_level_before(text, start, unnamed_only=True)
        area_of = None
        if not level_of and text.startswith(", a", end):
            # "Tillaberi, a huge territory in western Niger": the apposition says so.
            area_of = _AREA_APPOSITION_RE.match(text, end, end + 60)
        following = _word_after(text, end)
        area_level = 0 if following is None else _area_level_after(text, end, following)
        # Only right after a bracket or a comma: most names stand after a plain space, and
        # the bracket's search would cost every one of them.
        bracket_or_comma = text[start - 2 : start] in (" (", ", ")
        in_brackets = False
        if bracket_or_comma and not area_level and not level_of and area_of is None:
            bracketed = bracketed_area(text, start, end)
            if bracketed is not None and bracketed[0] < 0:
                return None  # a word of a longer name the gazetteer lacks
            area_level = bracketed[0] if bracketed is not None else 0
            in_brackets = bracketed is not None
        if not headline:
            # "Kogi State" is one name of one area, not a name cut from a longer one.
            next_proper = (
                following is not None
                and not area_level
                # "clashed in Sipalay City": the Philippine habit of naming a city "X City"
                # (the gazetteer has the longer names it knows whole: "Quezon City"). A
                # football club ("Manchester City beat") follows no "in".
                and not (
                    following.rstrip(".,;:") == "City"
                    and _LOCATIVE_BEFORE_RE.search(text, max(0, start - 8), start) is not None
                )
                and following.rstrip(".,;:") not in _VILLAGE_AFTER_WORDS
                and (
                    _neighbour_is_proper(following)
                    # "Ain al-Arab", "Liwa al-Quds": the article joins the next word on.
                    or _JOINED_BY_ARTICLE_RE.match(following) is not None
                    # "San Juan de Lurigancho": a particle, then the name goes on.
                    or (
                        following in NAME_PARTICLES
                        and _CAPITAL_AFTER_PARTICLE_RE.match(text, end + 1 + len(following))
                        is not None
                    )
                )
            )
            before = None if sentence_initial else _word_before(text, start)
            if before is None and not sentence_initial and text[start - 1 : start] == "-":
                # "Ras al-Ain", "Jabal al-Zawiya": the word before the article starts the
                # name ("al-Dhale" alone is the place, article and all).
                article = _ARTICLE_BEFORE_RE.search(text, max(0, start - 5), start)
                if article is not None and not _is_sentence_initial(text, article.start()):
                    before = _word_before(text, article.start())
            elif before is not None and before[1] in NAME_PARTICLES:
                # "Complexo da Maré": a capitalised word and a particle start the name
                # (the place itself is what "Stade de France" and "Banco de México" are
                # named after: the spotter's other words judge those).
                ahead = _word_before(text, before[0])
                if (
                    ahead is not None
                    and ahead[1][:1].isupper()
                    and ahead[1].casefold() not in NAMED_AFTER_A_PLACE
                ):
                    before = ahead
            if (
                before is not None
                and before[1].casefold() in NAME_START_WORDS
                and before[1][:1].isupper()
            ):
                # "the corregimiento of Puerto Jordán": a word of a longer name that the
                # gazetteer lacks (it knows "Port Sudan" and "San Salvador" whole), not Jordan.
                return None
            prev_proper = (
                before is not None
                and _neighbour_is_proper(before[1])
                # "Western Mosul", "Northern Syria": where in the place, not a longer name
                # (a name such as "North Kivu" is matched whole, as the longer match).
                and (
                    before[1].casefold() not in DIRECTION_WORDS
                    # "North Africa", "Southern Europe": a region of its own, not a part
                    or pattern in _CONTINENT_PATTERNS
                )
                # "Yemen's Saada", "Nigeria's Zamfara": a possessive holds the place.
                and not before[1].endswith(("'s", "’s"))
                # "the shores of Lake Turkana": a lake or a mountain named after the land
                # around it, no person's name that the word would be part of; "Five
                # Turkana fishermen": a count that opens the sentence.
                and before[1].casefold() not in _FEATURE_BEFORE_WORDS
                and (
                    # "Rebuilding Agdam": a capital that only starts the sentence proves
                    # nothing, unless the word is a title or a name the text repeats.
                    not _is_sentence_initial(text, before[0])
                    or before[1].rstrip(".").casefold() in TITLE_WORDS
                    or text.count(before[1]) > 1
                )
            )
        return Spot(
            text=surface,
            start=start,
            end=end,
            keys=self._matcher.keys_of(pattern_index, pattern=pattern),
            kind="toponym",
            sentence_initial=sentence_initial,
            headline=headline,
            next_is_proper=next_proper,
            prev_is_proper=prev_proper,
            area_level=area_level
            or level_of
            or (AREA_LEVEL_OF_WORD[area_of[1].casefold()] if area_of else 0),
            area_word=following.rstrip(".,;:-–—") if area_level and following else "",
            in_brackets=in_brackets,
            level_owned=level_owned and not area_level,
            # "in Sennar city", "Kassala town": the town, not the state named after it.
            settlement_named=_settlement_named_before(text, start)
            or (following is not None and following.rstrip(".,;:)") in _A_SETTLEMENT_AFTER),
        )

    @staticmethod
    def _regions(text: str) -> list[Spot]:
        found: list[Spot] = []
        for match in _after_comma(_REGION_RE, text, first=_REGION_FIRST_CHARACTERS):
            country, name = REGION_ABBREVIATIONS[match.group()]
            found.append(
                Spot(
                    text=match.group(),
                    start=match.start(),
                    end=match.end(),
                    keys=(normalize_name(name),),
                    kind="region",
                    country=country,
                )
            )
        return found

    @staticmethod
    def _actors(text: str) -> list[Spot]:
        # "peacekeepers with MINUSMA", "the Tatmadaw": country context, as a demonym is.
        found: list[Spot] = []
        for index, start, end in _ACTOR_MATCHER.find_matches_as_indexes(text):
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if before.isalnum() or before == "-" or after.isalnum():
                continue  # inside a longer word ("ELNino", "non-SAA")
            name = _ACTOR_NAMES[index]
            found.append(
                Spot(
                    text=name,
                    start=start,
                    end=end,
                    keys=(),
                    kind="demonym",
                    # A group of several countries is spotted with its first.
                    country=ACTOR_COUNTRIES.get(name) or ACTOR_REGIONS[name][0],
                )
            )
        return found

    @staticmethod
    def _landmarks(text: str) -> list[Spot]:
        found: list[Spot] = []
        if not any(name in text for name in LANDMARKS):
            return found  # a substring test per name is much cheaper than the pattern
        for match in _LANDMARK_RE.finditer(text):
            country, city = LANDMARKS[match.group()]
            found.append(
                Spot(
                    text=match.group(),
                    start=match.start(),
                    end=match.end(),
                    keys=(normalize_name(city),),
                    kind="landmark",
                    country=country,
                )
            )
        return found

    @staticmethod
    def _abbreviations(text: str) -> list[Spot]:
        found: list[Spot] = []
        if not any(name in text for name in COUNTRY_ABBREVIATIONS):
            return found  # a substring test per name is much cheaper than the pattern
        for match in _ABBREVIATION_RE.finditer(text):
            start, end = match.span()
            before = text[max(0, start - 10) : start].split()
            if match.group() == "America" and before and before[-1].lower() in AMERICA_QUALIFIERS:
                continue
            found.append(
                Spot(
                    text=match.group(),
                    start=start,
                    end=end,
                    keys=(),
                    kind="country",
                    country=COUNTRY_ABBREVIATIONS[match.group()],
                    sentence_initial=_is_sentence_initial(text, start),
                )
            )
        return found
