"""Turn a place name as written into the key the index matches on.

Both the index and the query go through :func:`normalize_name`, so the rules only
need to be consistent, not linguistically perfect. Transliteration (anyascii) lets a
Cyrillic or Armenian query meet the Latin-script names that the index stores.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from anyascii import anyascii

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
_APOSTROPHES: Final = re.compile(r"['`´ʹʻʼʽ’‘]")
_NOT_ALNUM: Final = re.compile(r"[^0-9a-z]+")


def fold_text(text: str) -> str:
    """Lower-case ASCII with punctuation turned into single spaces.

    >>> fold_text("Xankəndi / Stepʻanakert")
    'xankendi stepanakert'
    >>> fold_text("Степанакерт")
    'stepanakert'
    """
    if not text.isascii():
        text = anyascii(unicodedata.normalize("NFC", text))
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


def is_latin_script(name: str) -> bool:
    """Whether every character of ``name`` is Latin script (with accents and modifiers).

    The index keeps only Latin-script alternate names: a query in another script is
    transliterated to meet them, while transliterated Chinese or Arabic exonyms would
    only add noise keys ("han ken de") that the text spotter could misfire on.

    >>> is_latin_script("Xankəndi"), is_latin_script("Stepʻanakert"), is_latin_script("漢肯德")
    (True, True, False)
    """
    return all(ord(char) < 0x0370 or 0x1E00 <= ord(char) <= 0x1EFF for char in name)


def is_code_like(name: str) -> bool:
    """Whether ``name`` looks like a code (IATA "BAK", postcode) rather than a name.

    >>> is_code_like("BAK"), is_code_like("AZ5900"), is_code_like("Baku"), is_code_like("Ba")
    (True, True, False, False)
    """
    return (len(name) <= 3 and name.isupper()) or any(char.isdigit() for char in name)
