"""A capital named by its role: by its country's name, its people's name, or alone."""

from __future__ import annotations

import pytest

from geo.extract.capitals import capital_names, find_capital

CODES = {"Armenia": "AM", "Armenian": "AM", "Mali": "ML"}


@pytest.mark.parametrize(
    ("text", "only", "country"),
    [
        ("A bomb went off in Armenia's capital on Monday.", None, "AM"),
        ("Protesters marched in the Armenian capital on Monday.", None, "AM"),
        ("Shots were fired near the capital of Mali.", None, "ML"),
        ("Protesters marched in the capital on Monday.", "ML", "ML"),
        ("He was arrested as he left the Government Palace.", "ML", "ML"),
        ("A car bomb exploded near Armenia's parliament building.", None, "AM"),
        ("Guards fired at crowds outside the presidential palace.", "AM", "AM"),
    ],
)
def test_a_capital_named_by_its_role(text, only, country):
    found = find_capital(text, [(0, len(text))], country_code=CODES.get, only_country=only)
    assert found is not None and found.country == country


def test_a_capital_named_after_its_role_is_left_to_the_geoparser():
    text = "Protesters marched in the Armenian capital Yerevan on Monday."
    assert find_capital(text, [(0, len(text))], country_code=CODES.get, only_country=None) is None


def test_the_capital_of_no_known_country_is_nobody_s():
    text = "Protesters marched in the capital on Monday."
    assert find_capital(text, [(0, len(text))], country_code=CODES.get, only_country=None) is None
    assert capital_names()["AM"] == "Yerevan"


def test_the_parliament_as_an_institution_is_no_place():
    text = "The parliament condemned the attack, and the palace guards stayed inside."
    assert find_capital(text, [(0, len(text))], country_code=CODES.get, only_country="AM") is None


def test_a_seat_the_text_places_in_a_town_is_that_town_s():
    # "the parliament building in Sukhum": Abkhazia's, not the capital of the country the
    # report is about.
    text = "Protesters broke into the parliament building in Sukhum on Friday."
    assert find_capital(text, [(0, len(text))], country_code=CODES.get, only_country="AM") is None
