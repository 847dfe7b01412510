"""First-level areas made by splitting a larger one that reports still name whole.

Indonesia cut Papua into Papua, Central Papua (Papua Tengah), Highland Papua (Papua
Pegunungan) and South Papua in 2022; GeoNames files Puncak Regency under Papua Tengah,
while the press writes "Puncak Regency, Papua" as it did before. A province whose name
is the other's name without its compass word is the whole the part was cut from.
"""

from __future__ import annotations

from typing import Final

from gazetteer.normalize import normalize_name

# The compass words that part the new provinces' names, in the languages GeoNames names
# them in (English, Indonesian, French, Spanish).
_PART_WORDS: Final = frozenset(
    (
        *("north", "south", "east", "west", "central", "northern", "southern", "eastern"),
        *("western", "tengah", "selatan", "utara", "barat", "timur", "pegunungan", "daya"),
        *("nord", "sud", "est", "ouest", "centre", "norte", "sur", "oeste", "centro"),
    )
)


def split_from(whole: str, part: str) -> bool:
    """Whether the first-level area named ``part`` was cut from the one named ``whole``.

    >>> split_from("Papua", "Papua Tengah"), split_from("Papua", "Papua Barat Daya")
    (True, True)
    >>> split_from("Papua Tengah", "Papua"), split_from("Papua", "Papua")
    (False, False)
    >>> split_from("North Kivu", "South Kivu")  # siblings: neither is the whole
    False
    """
    whole_key, part_key = normalize_name(whole), normalize_name(part)
    if not whole_key or whole_key == part_key:
        return False
    rest = [word for word in part_key.split() if word not in whole_key.split()]
    return (
        bool(rest)
        and all(word in _PART_WORDS for word in rest)
        and set(whole_key.split()) <= set(part_key.split())
    )
