"""First-level areas made by splitting a larger one that reports still name whole.

Indonesia cut Papua into Papua, Central Papua (Papua Tengah), Highland Papua (Papua
Pegunungan) and South Papua in 2022; GeoNames files Puncak Regency under Papua Tengah,
while the press writes "Puncak Regency, Papua" as it did before. A province whose name
is the other's name without its compass word is the whole the part was cut from.

GeoNames also keeps the West Bank and the Gaza Strip as first-level areas beside the
Palestinian governorates they hold, and files towns under either: Ţūlkarm under Tulkarm,
so that "the West Bank's Tulkarem" read as no place of that name in the West Bank.
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


# Wikipedia, "Governorates of Palestine": the eleven of the West Bank and the five of the
# Gaza Strip, as GeoNames names them.
_HELD_WHOLE: Final = {
    "west bank": frozenset(
        normalize_name(name)
        for name in (
            *("Jenin", "Tubas", "Tulkarm", "Nablus", "Qalqilya", "Salfit", "Ramallah"),
            *("Jericho and Al Aghwar", "Jerusalem", "Bethlehem", "Hebron"),
        )
    ),
    "gaza strip": frozenset(
        normalize_name(name)
        for name in ("North Gaza", "Gaza", "Deir El Balah", "Khan Yunis", "Rafah")
    ),
}


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


def older_area_holds(whole: str, part: str) -> bool:
    """Whether GeoNames' older first-level area ``whole`` holds the governorate ``part``
    that it also lists as one of its own: where a name lies, not what events a report
    tells there (a lead's "eight killed across the West Bank" is no one town's toll).

    >>> older_area_holds("West Bank", "Tulkarm"), older_area_holds("Tulkarm", "West Bank")
    (True, False)
    """
    return normalize_name(part) in _HELD_WHOLE.get(normalize_name(whole), frozenset())
