"""Countries' middles from the Natural Earth shapes that pyogrio ships."""

from __future__ import annotations

from gazetteer.sources.natural_earth import CountryMiddles, read_country_centres


def test_a_country_s_middle_lies_on_its_largest_land():
    centres = read_country_centres()
    lat, lon = centres["France"]  # Natural Earth marks France "-99" for ISO alpha-3
    assert 42 < lat < 51 and -5 < lon < 8  # metropolitan France, not French Guiana
    assert "KEN" in centres


def test_middles_are_keyed_by_iso2_and_read_once_asked():
    middles = CountryMiddles()
    lat, lon = middles.get("KE") or (0.0, 0.0)
    assert -4 < lat < 5 and 34 < lon < 42
    assert middles.get("XX") is None
