"""Turn a place name as written into the key the index matches on.

Both the index and the query go through :func:`normalize_name`, so the rules only
need to be consistent, not linguistically perfect. Transliteration (anyascii) lets a
Cyrillic or Armenian query meet the Latin-script names that the index stores.
"""

from __future__ import annotations

import unicodedata
from typing import Final

from anyascii import anyascii

from gazetteer.compiled_patterns import lazy_compile

# Words that describe the kind of place rather than name it ("Tartar District").
_GENERIC_WORDS: Final = frozenset(
    {"village", "district", "region", "province", "rayon", "rayonu", "raion", "municipality"}
)
# Phrases that only introduce a name ("the city of Ganja").
_LEADING_PHRASES: Final = (
    ("the",),
    ("city", "of"),
    ("town", "of"),
    ("village", "of"),
    ("settlement", "of"),
    ("district", "of"),
    ("region", "of"),
    ("province", "of"),
)
# What follows an apostrophe that ends a possessive or a contraction ("Cox's Bazar",
# "St. John's", "Ra's al Khaimah"): the spotter keeps such an apostrophe as a word break
# (gazetteer.spot), so the key does too; any other apostrophe ("Fada N'Gourma",
# "Ma'arrat") is dropped, by both.
CONTRACTION_AFTER_APOSTROPHE: Final = r"(?:s|t|re|ve|ll|d|m)\b"
_APOSTROPHES: Final = lazy_compile(rf"['`´ʹʻʼʽ’‘](?!{CONTRACTION_AFTER_APOSTROPHE})")
# The Arabic article "ال" glued to a word: GeoNames writes Mosul both "الموصل" and
# "موصل", and Khartoum only without it, so the key drops it (as "Al-" is a separate
# word in Latin script). One character class each side: linear.
_ARABIC_LETTER: Final = "\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff"
_ARABIC_ARTICLE: Final = lazy_compile(
    f"(?<![{_ARABIC_LETTER}])\u0627\u0644(?=[{_ARABIC_LETTER}]{{2}})"
)
_NOT_ALNUM: Final = lazy_compile(r"[^0-9a-z]+")


def fold_text(text: str) -> str:
    """Lower-case ASCII with punctuation turned into single spaces.

    >>> fold_text("Xankəndi / Stepʻanakert")
    'xankendi stepanakert'
    >>> fold_text("Степанакерт")
    'stepanakert'
    >>> fold_text("الموصل") == fold_text("موصل")  # Mosul, with and without the article
    True
    >>> fold_text("Cox’s Bāzār"), fold_text("Fada N'Gourma")
    ('cox s bazar', 'fada ngourma')
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        if "\u0627\u0644" in text:
            text = _ARABIC_ARTICLE.sub("", text)
        text = anyascii(text)
    text = _APOSTROPHES.sub("", text.lower())
    return _NOT_ALNUM.sub(" ", text).strip()


def normalize_name(name: str) -> str:
    """Return the match key of a place name.

    >>> normalize_name("the village of Madagiz")
    'madagiz'
    >>> normalize_name("Suqovuşan")
    'suqovusan'
    >>> normalize_name("Tartar District")
    'tartar'
    >>> normalize_name("Nagorno-Karabakh") == normalize_name("Nagorno Karabakh")
    True
    >>> normalize_name("The city of Ganja")
    'ganja'
    >>> normalize_name("Region")  # all generic: keep the word rather than an empty key
    'region'
    """
    folded = fold_text(name)
    words = folded.split()
    changed = True
    while changed:
        changed = False
        for phrase in _LEADING_PHRASES:
            if len(words) > len(phrase) and tuple(words[: len(phrase)]) == phrase:
                words = words[len(phrase) :]
                changed = True
    kept = [word for word in words if word not in _GENERIC_WORDS]
    return " ".join(kept) if kept else folded


_AREA_WORDS: Final = frozenset(
    {"district", "region", "province", "rayon", "rayonu", "raion", "municipality"}
)
_SETTLEMENT_WORDS: Final = frozenset({"village", "town", "city", "settlement"})


def kind_named_in(name: str) -> str | None:
    """Whether the name as written says it is an area or a settlement.

    The key drops these words ("Tartar District" and "Tartar" share a key), so the
    ranking reads them here instead.

    >>> kind_named_in("Tartar District"), kind_named_in("the village of Madagiz")
    ('area', 'settlement')
    >>> kind_named_in("Tartar") is None
    True
    """
    words = set(fold_text(name).split())
    if words & _AREA_WORDS:
        return "area"
    if words & _SETTLEMENT_WORDS:
        return "settlement"
    return None


def without_settlement_words(key: str) -> str:
    """A key with "city", "town" and the like removed, for a second try.

    The key keeps "city" ("Mexico City" must not become "mexico"), so "Baku city"
    only finds Baku when the index retries without it.

    >>> without_settlement_words("baku city")
    'baku'
    """
    kept = [word for word in key.split() if word not in _SETTLEMENT_WORDS]
    return " ".join(kept)


# Arabic articles as they are transliterated ("El Fasher", "Al Fashir", "Ash Shajarah").
ARTICLES: Final = ("al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "az")


def article_variants(key: str) -> list[str]:
    """Keys that differ from ``key`` only by an Arabic article: a second try for a name.

    >>> article_variants("fasher")
    ['al fasher', 'el fasher']
    >>> article_variants("al fashir")
    ['fashir']
    >>> article_variants("al")
    []
    """
    first, _, rest = key.partition(" ")
    if rest and first in ARTICLES:
        return [rest]
    if " " in key or len(key) < 4:
        return []
    return [f"al {key}", f"el {key}"]


# The article as Arabic says it before a "sun letter" takes that letter's sound:
# GeoNames writes "Abū ad Duhūr", "Ash Shaykh", "Ar Raqqah"; news writes "Abu al-Duhur",
# "al-Sheikh", "al-Raqqa". The article is assimilated only when the next word starts
# with its consonant, which no other language's "an", "as" or "at" does by rule.
_ASSIMILATED_ARTICLES: Final = ("adh", "ash", "ath", "ad", "an", "ar", "as", "at", "az")


def unassimilated_keys(key: str) -> list[str]:
    """The key with each assimilated Arabic article written "al" and "el", as news does.

    >>> unassimilated_keys("abu ad duhur")
    ['abu al duhur', 'abu el duhur']
    >>> unassimilated_keys("ash shaykh miskin")
    ['al shaykh miskin', 'el shaykh miskin']
    >>> unassimilated_keys("as far"), unassimilated_keys("an najaf"), unassimilated_keys("ad")
    ([], ['al najaf', 'el najaf'], [])
    """
    words = key.split()
    found = [
        index
        for index, word in enumerate(words[:-1])
        if word in _ASSIMILATED_ARTICLES and words[index + 1].startswith(word[1:])
    ]
    if not found:
        return []
    variants = []
    for article in ("al", "el"):
        written = list(words)
        for index in found:
            written[index] = article
        variants.append(" ".join(written))
    return variants


def possessive_joined_keys(key: str) -> list[str]:
    """The key with a possessive's "s" joined to its word, as a text without the
    apostrophe writes it ("Coxs Bazar"): a second key beside the one that keeps it apart.

    >>> possessive_joined_keys("cox s bazar"), possessive_joined_keys("st john s")
    (['coxs bazar'], ['st johns'])
    >>> possessive_joined_keys("s bazar"), possessive_joined_keys("kassala")
    ([], [])
    """
    words = key.split()
    if "s" not in words[1:]:
        return []
    joined = [words[0]]
    for word in words[1:]:
        if word == "s":
            joined[-1] += "s"
        else:
            joined.append(word)
    return [" ".join(joined)]


# Words that names are written short with, without the dot ("St Andrew", "Mt Elgon"):
# the dotted forms the text spotter reads already ("St. Andrew" folds to "st andrew").
_SHORT_WORDS: Final = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}


def abbreviated_keys(key: str) -> list[str]:
    """The key with "saint", "sainte", "mount" and "fort" written short, as reports and
    police releases write them ("St Andrew", Jamaica's parish; "Mt Elgon").

    >>> abbreviated_keys("saint andrew"), abbreviated_keys("port saint johns")
    (['st andrew'], ['port st johns'])
    >>> abbreviated_keys("saint"), abbreviated_keys("fortaleza")
    ([], [])
    """
    words = key.split()
    if len(words) < 2 or _SHORT_WORDS.keys().isdisjoint(words[:-1]):
        return []
    return [
        " ".join(
            _SHORT_WORDS.get(word, word) if i < len(words) - 1 else word
            for i, word in enumerate(words)
        )
    ]


def is_latin_script(name: str) -> bool:
    """Whether every character of ``name`` is Latin script (with accents and modifiers).

    The index keeps only Latin-script alternate names: a query in another script is
    transliterated to meet them, while transliterated Chinese or Arabic exonyms would
    only add noise keys ("han ken de") that the text spotter could misfire on.

    >>> is_latin_script("Xankəndi"), is_latin_script("Stepʻanakert"), is_latin_script("漢肯德")
    (True, True, False)
    """
    return all(ord(char) < 0x0370 or 0x1E00 <= ord(char) <= 0x1EFF for char in name)


# Scripts whose GeoNames alternate names the index keeps besides Latin, as ranges of
# code points: Cyrillic, Arabic (with Persian and Urdu letters), Ethiopic (Amharic,
# Tigrinya) and Myanmar. Their transliterations are consonant skeletons or Russian
# spellings that English text does not contain; Chinese, Japanese or Korean syllables
# ("han ken de") would be, so those stay out.
_INDEXED_SCRIPTS: Final = (
    (0x0400, 0x052F),
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
    (0x1200, 0x139F),
    (0x2D80, 0x2DDF),
    (0x1000, 0x109F),
)
# A transliterated key shorter than this is too likely to be a word or an initialism.
MIN_OTHER_SCRIPT_KEY: Final = 4


def _is_indexed_script_char(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _INDEXED_SCRIPTS)


def is_indexed_script(name: str) -> bool:
    """Whether ``name`` is in Latin script or wholly in one of the other indexed scripts.

    Arabic, Persian, Cyrillic, Amharic and Burmese names let a query in that script
    ("الموصل", "Харьков") meet its place; the key is the transliteration, so a
    query in the same script folds to the same key.

    >>> is_indexed_script("Xankəndi"), is_indexed_script("الموصل"), is_indexed_script("Харків")
    (True, True, True)
    >>> is_indexed_script("漢肯德"), is_indexed_script("Мосeл")  # Chinese; mixed scripts
    (False, False)
    >>> is_indexed_script("موصل")  # a four-letter key: kept
    True
    """
    if is_latin_script(name):
        return True
    letters = [char for char in name if char.isalpha()]
    if not letters or not all(_is_indexed_script_char(char) for char in letters):
        return False
    return len(fold_text(name).replace(" ", "")) >= MIN_OTHER_SCRIPT_KEY


def is_code_like(name: str) -> bool:
    """Whether ``name`` looks like a code (IATA "BAK", postcode) rather than a name.

    >>> is_code_like("BAK"), is_code_like("AZ5900"), is_code_like("Baku"), is_code_like("Ba")
    (True, True, False, False)
    """
    return (len(name) <= 3 and name.isupper()) or any(char.isdigit() for char in name)
