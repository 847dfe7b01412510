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


def test_the_middle_of_a_country_s_part_lies_on_that_side():
    middles = CountryMiddles()
    lat, lon = middles.get("NG") or (0.0, 0.0)
    north_lat, _ = middles.get("NG", toward="north") or (0.0, 0.0)
    _, east_lon = middles.get("NG", toward="northeast") or (0.0, 0.0)
    assert north_lat > lat + 1.0 and east_lon > lon + 1.0


def test_a_country_s_middle_is_its_centroid_not_any_inner_point():
    # Iraq's land centroid is about 33°N 43.7°E; a mere point-on-surface lands in the
    # western desert, 150 km off, and misplaces every "protests across Iraq".
    lat, lon = read_country_centres()["IRQ"]
    assert 32.5 < lat < 33.7 and 43.0 < lon < 44.5


def test_a_crescent_country_keeps_its_middle_on_land():
    from pyogrio.raw import read
    from shapely import MultiPolygon, Point, from_wkb

    from gazetteer.sources.natural_earth import natural_earth_path

    centres = read_country_centres()
    _meta, _fids, geometries, fields = read(natural_earth_path(), columns=["iso_a3"])
    for iso3, wkb in zip(fields[0], geometries, strict=True):
        if iso3 == "-99" or wkb is None:
            continue
        shape = from_wkb(wkb)
        if isinstance(shape, MultiPolygon):
            shape = max(shape.geoms, key=lambda part: part.area)
        lat, lon = centres[str(iso3)]
        assert shape.buffer(1e-6).contains(Point(lon, lat)), iso3
