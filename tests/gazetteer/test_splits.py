"""Provinces cut from a larger one that reports still name whole."""

from __future__ import annotations

import pytest

from gazetteer.splits import older_area_holds, split_from


@pytest.mark.parametrize(
    ("whole", "part", "expected"),
    [
        ("Papua", "Papua Pegunungan", True),
        ("Papua", "Papua Selatan", True),
        ("Sulawesi", "Sulawesi Tengah", True),
        # The part is no whole of the old province, nor a sibling of it.
        ("Papua Pegunungan", "Papua", False),
        ("Nord-Kivu", "Sud-Kivu", False),
        ("Papua", "Papua", False),
        # A word other than a compass word makes another province.
        ("Papua", "Papua New Guinea", False),
        ("", "Papua Tengah", False),
    ],
)
def test_a_province_cut_from_another_is_held_by_it(whole, part, expected):
    assert split_from(whole, part) is expected


@pytest.mark.parametrize(
    ("whole", "part", "expected"),
    [
        # GeoNames keeps the West Bank and the Gaza Strip beside their governorates.
        ("West Bank", "Tulkarm", True),
        ("Gaza Strip", "Khan Yunis", True),
        ("West Bank", "Khan Yunis", False),
        ("Tulkarm", "West Bank", False),
    ],
)
def test_an_older_area_holds_the_governorates_listed_beside_it(whole, part, expected):
    assert older_area_holds(whole, part) is expected
