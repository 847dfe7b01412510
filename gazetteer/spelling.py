"""The consonant skeleton of a place name, shared by its romanisations.

News and GeoNames romanise Arabic, Persian, Somali or Amharic names each their own way:
"Thiban" and "Dhiban", "Al Kiremit" and "Al Kereimet", "Al-Gitaina" and "Al Qiţena",
"Turmus Ayya" and "Turmus'ayya", "Tal Tamr" and "Tall Tamr". The vowels, doubled
letters, the article and the letter chosen for one sound differ; the consonants, in
their order, mostly do not. A name the index lacks is looked up by its skeleton, only
in the report's country and only among names that also look alike (see
:meth:`gazetteer.index.GazetteerIndex.lookup`): a skeleton alone is too coarse.
"""

from __future__ import annotations

from typing import Final

# One sound, several letters: the emphatic and the plain, the Sudanese and Gulf "g" for
# qaf, the French "ch" and "dj", the Levantine "th" for dhal.
_DIGRAPHS: Final = (("dh", "th"), ("ch", "sh"), ("dj", "j"), ("kh", "x"), ("gh", "y"))
_LETTERS: Final = str.maketrans({"q": "k", "g": "k", "c": "k", "z": "s", "p": "b", "v": "f"})
_VOWELS: Final = frozenset("aeiouy")
_ARTICLES: Final = frozenset(("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es"))
# Fewer consonants than this match too many names to tell one from another.
MIN_SKELETON: Final = 3


def spelling_skeleton(key: str) -> str:
    """The skeleton of a match key (:func:`gazetteer.normalize.normalize_name`), or ""
    when it is too short to tell names apart.

    >>> spelling_skeleton("thiban") == spelling_skeleton("dhiban")
    True
    >>> spelling_skeleton("al kiremit") == spelling_skeleton("al kereimet")
    True
    >>> spelling_skeleton("al gitaina"), spelling_skeleton("al qitena")
    ('ktn', 'ktn')
    >>> spelling_skeleton("turmus ayya") == spelling_skeleton("turmusayya")
    True
    >>> spelling_skeleton("tal tamr") == spelling_skeleton("tall tamr")
    True
    >>> spelling_skeleton("masallamiya") == spelling_skeleton("al masallamiyya")
    True
    >>> spelling_skeleton("kiremit") == spelling_skeleton("kerman")
    False
    >>> spelling_skeleton("ayya")  # too short to tell apart
    ''
    """
    words = key.replace("-", " ").replace("'", " ").split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    text = "".join(words)
    for written, sound in _DIGRAPHS:
        text = text.replace(written, sound)
    text = text.translate(_LETTERS)
    # "y" between consonants or at the end is a vowel ("Mahaday"); before a vowel, a
    # consonant ("Yabal", "Ayya").
    kept = [
        ch
        for i, ch in enumerate(text)
        if ch.isalpha()
        and (ch not in _VOWELS or (ch == "y" and i + 1 < len(text) and text[i + 1] in "aeiou"))
    ]
    collapsed = [ch for i, ch in enumerate(kept) if i == 0 or ch != kept[i - 1]]
    # A final "h" after a vowel is no consonant: "Hasakah", "Hasaka".
    if len(collapsed) > 1 and collapsed[-1] == "h" and text.endswith(("ah", "eh", "ih")):
        collapsed.pop()
    skeleton = "".join(collapsed)
    return skeleton if len(skeleton) >= MIN_SKELETON else ""
