"""The spotter: offsets into the original text, capitalisation rules, stop-list, demonyms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazetteer.demonyms import COUNTRY_ABBREVIATIONS, DEMONYMS, country_of_demonym
from gazetteer.normalize import normalize_name
from gazetteer.spot import (
    COMMON_WORDS,
    STOP_WORDS,
    Spotter,
    bracketed_area,
    fold_key,
    fold_text,
)

KEYS = [
    ("baku", 2_351_300),
    ("ganja", 330_663),
    ("madagiz", 404),
    ("suqovusan", 404),
    ("nagorno karabakh", 146_573),
    ("karabakh", 146_573),
    ("lachin", 12_000),
    ("of", 700),
    ("police", 4_000),
    ("hospital", 600),
    ("mine", 3_000),
    ("will", 900),
    ("march", 22_000),
    ("sputnik", 800),
    ("discuss", 500),
    ("asia", 4_000_000_000),
    ("new york", 8_800_000),
    ("york", 210_000),
    ("washington", 690_000),
    ("dead", 500),
    ("one", 500),
]


@pytest.fixture(scope="module")
def spotter() -> Spotter:
    return Spotter(KEYS)


def spans(spotter: Spotter, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.kind) for s in spotter.spot(text)]


def test_offsets_index_the_original_text_through_diacritics_and_expansions(spotter):
    text = "Große Straße – “Suqovuşan” near Nagorno‑Karabakh’s edge; Baku."
    found = spotter.spot(text)
    assert [s.text for s in found] == ["Suqovuşan", "Nagorno‑Karabakh", "Baku"]
    for spot in found:
        assert text[spot.start : spot.end] == spot.text
    assert found[0].keys == ("suqovusan",)


def test_longest_match_wins_and_words_must_end(spotter):
    assert spans(spotter, "He flew to New York and Bakuville.") == [("New York", "toponym")]
    assert spans(spotter, "Fighting in Nagorno Karabakh.") == [("Nagorno Karabakh", "toponym")]


def test_a_word_of_a_longer_name_is_no_place_of_its_own(spotter):
    # "Puerto Jordán", a corregimiento the gazetteer lacks, is not Jordan; nor is a
    # "Puerto Baku" Baku.
    text = "Rebels attacked the police station of Puerto Baku on Monday."
    assert all(s.text != "Baku" for s in spotter.spot(text))
    assert [s.text for s in spotter.spot("Rebels attacked Baku on Monday.")] == ["Baku"]


def test_lower_case_words_are_not_mentions(spotter):
    assert spans(spotter, "a mine will explode in baku") == []


def test_stop_list_drops_place_names_that_are_common_words(spotter):
    text = "The Ministry of Defence said Police at the Hospital found a Mine in March."
    assert spans(spotter, text) == []
    text = "Reported by Sputnik. Discuss this story. Will it end?"
    assert spans(spotter, text) == []


def test_counts_written_out_are_no_places(spotter):
    # GeoNames gives Dickson, Tennessee the name "Forty-two".
    assert spans(spotter, "Forty-two people were killed, and Sixty Seven were hurt.") == []
    assert spans(spotter, "Forty-two people were killed in Ganja.") == [("Ganja", "toponym")]


def test_sentence_initial_common_word_is_dropped_but_mid_sentence_name_kept(spotter):
    assert spans(spotter, "One soldier died near Ganja.") == [("Ganja", "toponym")]
    assert spans(spotter, "Dead ends. They reached Baku.") == [("Baku", "toponym")]


def test_title_case_headline_drops_common_words_only(spotter):
    text = "One Soldier Dead After Mine Explosion In Karabakh\n\nBody text here."
    found = spotter.spot(text)
    assert [s.text for s in found] == ["Karabakh"]
    assert found[0].headline


def test_headline_keeps_a_small_place_only_when_the_text_names_it_again(spotter):
    headline = "Shells Fall Near Madagiz And Lachin Overnight\n\n"
    assert spans(spotter, headline + "No names here.") == []
    found = spotter.spot(headline + "The shelling hit Madagiz.")
    assert [(s.text, s.headline) for s in found] == [("Madagiz", True), ("Madagiz", False)]


def test_a_dated_note_is_no_headline_for_its_capitalised_month(spotter):
    # Month names are capitalised in any sentence; a terse timeline note without a full
    # stop keeps its small place.
    found = spotter.spot("16/17 February - Siege of Madagiz begins")
    assert [(s.text, s.headline) for s in found] == [("Madagiz", False)]


def test_demonyms_and_abbreviations(spotter):
    text = "An Azerbaijani soldier and two Armenians met U.S. and UK envoys in Baku."
    found = spotter.spot(text)
    assert [(s.text, s.kind, s.country) for s in found] == [
        ("Azerbaijani", "demonym", "AZ"),
        ("Armenians", "demonym", "AM"),
        ("U.S.", "country", "US"),
        ("UK", "country", "GB"),
        ("Baku", "toponym", None),
    ]


def test_state_abbreviations_after_a_town_and_country_short_names(spotter):
    found = spotter.spot(
        "Storms hit Glasgow, Ky., and York, Pa., while America and Latin America watched."
    )
    kinds = [(s.text, s.kind, s.country, s.keys) for s in found if s.kind != "toponym"]
    assert kinds == [
        ("Ky.", "region", "US", ("kentucky",)),
        ("Pa.", "region", "US", ("pennsylvania",)),
        ("America", "country", "US", ()),
    ]
    # Without a town before it, "Pa." is left alone.
    assert [s.kind for s in spotter.spot("Pa. said so.")] == []


def test_seats_of_power_point_at_their_city(spotter):
    found = spotter.spot("The Kremlin denied it; the White House did not.")
    assert [(s.text, s.kind, s.country, s.keys) for s in found] == [
        ("Kremlin", "landmark", "RU", ("moscow",)),
        ("White House", "landmark", "US", ("washington",)),
    ]


def test_proper_noun_neighbours_are_flagged(spotter):
    (post,) = spotter.spot("She wrote for the Washington Post on Monday.")
    assert post.text == "Washington" and post.next_is_proper
    (george,) = spotter.spot("A statue of George Washington stood there.")
    assert george.prev_is_proper
    (plain,) = spotter.spot("Talks in Washington, then home.")
    assert not plain.next_is_proper and not plain.prev_is_proper
    (rebuilt,) = spotter.spot("The war ended. Rebuilding Washington took a decade.")
    assert not rebuilt.prev_is_proper
    # A lake named after the land, and a count that opens a sentence (repeated in the
    # headline), are no person's name.
    (lake,) = spotter.spot("Boats sank on Lake Washington overnight.")
    assert lake.text == "Washington" and not lake.prev_is_proper
    counted = spotter.spot("Five killed.\n\nFive Washington officials were killed on Monday.")
    assert [s.prev_is_proper for s in counted if s.text == "Washington"] == [False]
    # A weekday or month beside a place is no part of its name.
    (dated,) = spotter.spot("A drone hit Washington Saturday morning.")
    assert dated.text == "Washington" and not dated.next_is_proper
    (after_month,) = spotter.spot("It was 5 June Baku time.")
    assert after_month.text == "Baku" and not after_month.prev_is_proper


def test_empty_and_unmatched_texts(spotter):
    assert spotter.spot("") == []
    assert spotter.spot("Nothing here matches at all.") == []


def test_one_letter_keys_are_not_patterns():
    spotter = Spotter([("a", 9), ("b", 9), ("baku", 9)])
    assert spotter.pattern_count == 1 + len({fold_key(d) for d in DEMONYMS})
    assert spans(spotter, "A B Baku") == [("Baku", "toponym")]


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_folded_text_maps_every_offset_back(text):
    folded = fold_text(text)
    if folded.orig_index is None:
        assert len(folded.folded) == len(text)
    else:
        assert len(folded.orig_index) == len(folded.folded)
        assert list(folded.orig_index) == sorted(folded.orig_index)
        assert all(0 <= i < len(text) for i in folded.orig_index)


@given(
    st.lists(st.sampled_from(["Baku", "Ganja", "the", "Lachin", "—", "’s", "é", "\n"]), max_size=12)
)
def test_every_spot_is_its_own_text(words):
    text = " ".join(words)
    for spot in Spotter(KEYS).spot(text):
        assert text[spot.start : spot.end] == spot.text


def test_demonym_table():
    assert country_of_demonym("Azerbaijani") == "AZ"
    assert country_of_demonym("RUSSIAN") == "RU"
    assert country_of_demonym("Costa  Rican") == "CR"
    assert country_of_demonym("Armenians") == "AM"
    assert country_of_demonym("Baku") is None
    assert all(len(code) == 2 and code.isupper() for code in DEMONYMS.values())
    assert set(COUNTRY_ABBREVIATIONS.values()) <= set(DEMONYMS.values()) | {"US", "AE", "CD", "CG"}


def test_word_lists_are_folded_lower_case():
    for word in STOP_WORDS | COMMON_WORDS:
        assert word == fold_key(word)
    assert "middle east" in STOP_WORDS


def test_long_country_names_win_over_the_short_name_inside():
    spotter = Spotter([("congo", 5_000_000), ("kinshasa", 7_000_000)])
    spots = spotter.spot("Talks on the Democratic Republic of Congo opened. Congo's army left.")
    assert [(s.text, s.kind, s.country) for s in spots] == [
        ("Democratic Republic of Congo", "country", "CD"),
        ("Congo", "country", "CD"),
    ]
    # Without a full name, the bare "Congo" is left to the gazetteer.
    assert [s.kind for s in spotter.spot("Rain fell over Congo.")] == ["toponym"]


def test_long_all_capitals_words_in_prose_are_acronyms_not_datelines():
    spotter = Spotter([("anama", 10_000), ("beirut", 1_900_000), ("idlib", 165_000)])
    prose = "The agency for mines (ANAMA) and the ANAMA teams worked there."
    assert spotter.spot(prose) == []
    datelines = "BEIRUT (AP) -- Shelling went on.\nIDLIB, Syria -- More came."
    assert [s.text for s in spotter.spot(datelines)] == ["BEIRUT", "IDLIB"]


def test_a_longer_name_cut_mid_word_does_not_hide_the_place_after_it():
    # A key "a ka" (GeoNames has such villages) is the longest match at "a Kabul", cut
    # mid-word; it must not hide "Kabul" behind it.
    spotter = Spotter([("a ka", 100), ("kabul", 3_000_000), ("mosul", 1_000_000)])
    assert [s.text for s in spotter.spot("It was a Kabul mosque, not a Mosul one.")] == [
        "Kabul",
        "Mosul",
    ]


def test_a_possessive_before_a_name_does_not_make_it_part_of_a_longer_name(spotter):
    (found,) = [
        s for s in spotter.spot("Strikes hit Karabakh's Lachin today.") if s.text == "Lachin"
    ]
    assert not found.prev_is_proper


def test_an_abbreviated_saint_or_mount_matches_its_key():
    spotter = Spotter([("st paul", 300_000), ("mt elgon", 5_000), ("paul", 900), ("ganja", 9)])
    text = "Shots in St. Paul and near Mt. Elgon, then Ganja. Paul left."
    assert spans(spotter, text) == [
        ("St. Paul", "toponym"),
        ("Mt. Elgon", "toponym"),
        ("Ganja", "toponym"),
        ("Paul", "toponym"),
    ]
    # The dot goes only after an abbreviation: a sentence end still parts two names.
    assert fold_text("Ganja. Paul").folded == "ganja  paul"
    # A text that folds to more characters than it has keeps its index through the cut.
    folded = fold_text("Straße, St. Paul")
    assert folded.folded == "strasse  st paul"
    assert folded.orig_index is not None
    assert "Straße, St. Paul"[folded.orig_index[9] :] == "St. Paul"


def test_each_name_after_a_plural_area_word_is_an_area(spotter):
    found = spotter.spot("Strikes hit the provinces of Baku and Ganja; Lachin was calm.")
    assert [(s.text, bool(s.area_level)) for s in found] == [
        ("Baku", True),
        ("Ganja", True),
        ("Lachin", False),
    ]


def test_an_area_word_in_the_possessive_still_calls_the_name_an_area(spotter):
    # "Ganja Region's Madagiz Township": the region holds the township; a township is a
    # district's level.
    found = spotter.spot("Shelling hit Zincko in Ganja Region's Madagiz Township.")
    assert [(s.text, s.area_level) for s in found if s.text != "Zincko"] == [
        ("Ganja", 1),
        ("Madagiz", 2),
    ]


def test_the_areas_in_brackets_after_a_place_are_its_district_and_province(spotter):
    found = spotter.spot("Gunmen killed five in Zincko (Madagiz, Ganja) and in Lachin (Baku).")
    assert [(s.text, s.area_level) for s in found] == [
        ("Madagiz", 2),
        ("Ganja", 1),
        ("Lachin", 0),
        ("Baku", 1),
    ]
    # A bracket after no name, or one that holds no chain, says nothing of its names.
    plain = spotter.spot("Heavy shelling (Ganja, Lachin) went on; Baku (AP) said so.")
    assert all(s.area_level == 0 for s in plain)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("in Tondibi (Gao, Gao).", "Gao", (2, 11)),
        ("in Tondibi (Gao, Mopti).", "Mopti", (1, 11)),
        ("near Sotk (Gegharkunik).", "Gegharkunik", (1, 10)),
        ("in Qaramokh (Ain al Arab, Aleppo).", "Ain", (-1, 12)),
        ("in Pyinzi (Kanbalu Township).", "Kanbalu", None),
        ("in the camp (Jenin).", "Jenin", None),
        ("He (Steele) wrote it.", "Steele", None),
    ],
)
def test_a_bracketed_area_is_read_by_its_place_in_the_bracket(text, name, expected):
    start = text.index(name, text.index("("))
    assert bracketed_area(text, start, start + len(name)) == expected


def test_a_town_is_found_without_its_arabic_article():
    # "Qamishli" for Al Qāmishlī: reports drop the article of large towns; a village's
    # bare name is as likely another word, and a bare name with places of its own keeps
    # them.
    spotter = Spotter(
        [("al qamishli", 184_231), ("al hamra", 900), ("al bab", 130_000), ("bab", 2_000)]
    )
    found = spotter.spot("Shells hit Qamishli and Hamra; Bab was quiet.")
    assert [(s.text, s.keys) for s in found] == [("Qamishli", ("al qamishli",)), ("Bab", ("bab",))]


def test_an_apostrophe_inside_a_transliterated_name_folds_away_as_in_keys():
    # Keys drop apostrophes ("Debre Mark'os" -> "debre markos"): so must the text.
    assert fold_text("in Debre Mark'os today").folded == "in debre markos today"
    folded = fold_text("Fada N’Gourma")
    assert folded.folded == "fada ngourma"
    assert folded.orig_index is not None and folded.orig_index[6] == 7  # "g" of Gourma
    # A possessive or an English contraction keeps its words apart.
    assert fold_text("Baku's mayor didn't").folded == "baku s mayor didn t"


def test_a_name_with_a_possessive_inside_is_spotted_as_its_key_reads_it():
    # "Cox's Bazar", "St. John's", "Ra's al Khaimah": the text keeps the apostrophe of
    # a possessive as a word break, so the index's key must too, or the name is never
    # found in a report (only by a lookup of the name alone).
    names = ["Cox’s Bāzār", "Saint John's", "Ra's al Khaymah", "Fada N'Gourma"]
    spotter = Spotter([(normalize_name(name), 100_000) for name in names])
    text = "Blasts in Cox's Bazar, Saint John's, Ra’s al Khaymah and Fada N'Gourma."
    assert [s.text for s in spotter.spot(text)] == [
        "Cox's Bazar",
        "Saint John's",
        "Ra’s al Khaymah",
        "Fada N'Gourma",
    ]


def test_an_arabic_article_joins_the_words_of_one_name():
    # "Ain" of "Ras al-Ain" is no place alone (Ain, a French department), nor "Ain" of
    # "Ain al-Arab"; "al-Bab" is a name written whole with its article.
    spotter = Spotter([("ain", 500_000), ("ras", 9_000), ("al bab", 130_000), ("bab", 2_000)])
    ras, ain, head, bab = spotter.spot("Shells hit Ras al-Ain, Ain al-Arab and al-Bab.")
    assert (ras.text, ain.text, head.text, bab.text) == ("Ras", "Ain", "Ain", "al-Bab")
    assert ras.next_is_proper and ain.prev_is_proper and head.next_is_proper
    assert bab.keys == ("al bab",)
    # A word before the article that starts the sentence says nothing.
    assert not spotter.spot("The al-Bab road was cut.")[0].prev_is_proper


def test_a_romance_particle_joins_the_words_of_one_name():
    # "San Juan de Lurigancho" is a district of Lima, not San Juan of Puerto Rico; "Maré"
    # of "Complexo da Maré" is no Malé.
    spotter = Spotter([("san juan", 400_000), ("mare", 100_000), ("rio de janeiro", 6_000_000)])
    juan, mare, rio = spotter.spot(
        "Raids in San Juan de Lurigancho, the Complexo da Maré and Rio de Janeiro."
    )
    assert (juan.text, juan.next_is_proper) == ("San Juan", True)
    assert (mare.text, mare.prev_is_proper) == ("Maré", True)
    assert (rio.text, rio.prev_is_proper, rio.next_is_proper) == ("Rio de Janeiro", False, False)


def test_south_asia_s_of_joins_the_words_of_one_name():
    # "Dera ki Gali" is a forest pass in Poonch, not a town called Dera.
    spotter = Spotter([("dera", 20_000), ("gali", 3_000)])
    dera, gali = spotter.spot("Troops were ambushed in the Dera ki Gali forest on Monday.")
    assert (dera.text, dera.next_is_proper) == ("Dera", True)
    assert (gali.text, gali.prev_is_proper) == ("Gali", True)


def test_human_of_human_rights_and_feast_days_are_no_places():
    # GeoNames files "Human" as a name of Uman (Ukraine), and has a Pentecost in the US;
    # "Human rights groups" and "a Pentecost Sunday mass" are common in reports.
    spotter = Spotter([("human", 87_000), ("pentecost", 5_000), ("nairobi", 2_750_000)])
    text = "Human rights groups said police shot two at a Pentecost mass in Nairobi."
    assert [s.text for s in spotter.spot(text)] == ["Nairobi"]


def test_the_name_a_city_is_the_capital_of_is_an_area():
    from gazetteer.spot import area_level_before

    text = "He was taken to a hospital in Pasto, the capital of Nariño, on Monday."
    assert area_level_before(text, text.index("Nariño")) == 1
    assert area_level_before(text, text.index("Pasto")) == 0


def test_a_district_an_unknown_name_owns_leaves_the_city_after_it_a_city(spotter):
    # "the Zincko district of Baku": a city's district, named before its area word.
    (baku,) = spotter.spot("Drones hit the Zincko district of Baku overnight.")
    assert (baku.text, baku.area_level) == ("Baku", 0)
    # A known area before the word holds the one after it, the area the word names.
    found = spotter.spot("Gunmen struck in the Ganja district of Lachin.")
    assert [(s.text, s.area_level) for s in found] == [("Ganja", 2), ("Lachin", 2)]
    assert [s.area_level for s in spotter.spot("Shelling hit the district of Lachin.")] == [2]
