"""Wire datelines in their many forms, and the openings that are not datelines."""

from __future__ import annotations

import time

import pytest

from geo.extract.dateline import find_dateline, in_a_byline, later_datelines


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("GORIS, Armenia (AP) — Shells fell on the town.", "GORIS"),
        ("TARTAR (Reuters) – Two soldiers died.", "TARTAR"),
        ("SHUSHA, Nov. 3 (Xinhua) -- A mine exploded.", "SHUSHA"),
        ("Ganja, May 14 (Trend) Two civilians were hurt.", "Ganja"),
        ("UNITED NATIONS, May 10: Peacekeepers came under fire.", "UNITED NATIONS"),
        ("March 4, 2021 (GORIS) – Shells fell on a farm.", "GORIS"),
        ("Sisian [Armenia], October 31 : Police detained two men.", "Sisian"),
        ("(Wire Service) BAKU, Dec 18 (NNN) – A blast hit a depot.", "BAKU"),
        ("BAKU, Azerbaijan, April 12. A mine exploded.", "BAKU"),
        ("Photo caption here.\n\nGYUMRI — Protesters gathered.", "GYUMRI"),
        ("NewsAgency | Ten soldiers were killed.", ""),
        # An em dash lost to a wrong encoding.
        ("SISIAN (AP) \ufffd Shells fell on a farm.", "SISIAN"),
        ("Goris \u2015 Two shepherds were wounded.", "Goris"),
        # A country's long name, small words and all.
        ("BUNIA, Democratic Republic of the Congo (Reuters) - Rebels shot two.", "BUNIA"),
        ("MOSTAR, Bosnia and Herzegovina (AP) — A grenade hit a bar.", "MOSTAR"),
        # The Mexican press's full stop and dash.
        ("HERMOSILLO, Sonora.- Armed men shot a trader.", "HERMOSILLO"),
        ("CULIACÁN, Sin. (EFE).- Soldiers arrested two men.", "CULIACÁN"),
        # The place alone in brackets, as rights groups write it.
        ("(Nairobi) – Soldiers killed at least 40 villagers.", "Nairobi"),
        ("(Washington, DC) – Gunmen abducted 12 aid workers.", "Washington"),
        # The city and its state, closed by a full stop.
        ("Tegucigalpa, Francisco Morazán. Four men were shot dead.", "Tegucigalpa"),
        ("Fresnillo, Zac. Soldiers repelled an attack.", "Fresnillo"),
        # A plain hyphen after a town's name, as Radio Okapi and Addis Standard write it.
        ("Addis Abeba - Fighting was reported in parts of Amhara.", "Addis Abeba"),
        ("Goma - The rebels took control of a town.", "Goma"),
        # Filed from two cities at once, as Indian papers write it.
        ("Guwahati/Imphal, Nov 11: Ten militants were killed.", "Guwahati/Imphal"),
        ("NARAYANPUR/RAIPUR: Seven Maoists were killed.", "NARAYANPUR/RAIPUR"),
        # Radio Dabanga names the places of its story, spaced slashes and a dash.
        ("Mornei / El Geneina – Gunmen shot dead three farmers.", "Mornei / El Geneina"),
        ("KUTUM / TABIT – Fighters abducted 50 women.", "KUTUM / TABIT"),
    ],
)
def test_datelines_are_found(text, place):
    dateline = find_dateline(text)
    assert dateline is not None and dateline.place == place
    assert text[dateline.place_start : dateline.place_end] == place


@pytest.mark.parametrize(
    "text",
    [
        "15 January – Tartar, Azerbaijan – Shelling – Two shells hit a school.",
        "Gunmen killed four people in Goris on Monday.",
        "The Ministry of Defence said two soldiers died.",
        "In Goris, in the south, protesters gathered.",
        "Police: two killed in Goris.",
    ],
)
def test_sentences_and_event_notes_are_not_datelines(text):
    assert find_dateline(text) is None


def test_dateline_search_is_linear_on_hostile_openings():
    hostile = ("A" * 20 + " ") * 5000 + "(" + "x" * 10_000
    started = time.perf_counter()
    find_dateline(hostile)
    find_dateline("KANO, " + ("Republic of the " * 3000) + "(" + "x" * 10_000)
    assert time.perf_counter() - started < 0.5  # a guard against backtracking, not a timing


def test_a_headline_kicker_gives_way_to_the_dateline_below_it():
    # "Mali: …" opens a headline as "Manila: …" opens a report; the agency's line after
    # it is the dateline.
    text = "Mali: nine soldiers killed near Boni\n\nMopti (AMAP) – Nine soldiers were killed."
    found = find_dateline(text)
    assert found is not None and found.place == "Mopti"
    # With no better line after it, the name and the colon are still the dateline.
    found = find_dateline("Manila: Five soldiers were killed on Monday.")
    assert found is not None and found.place == "Manila"


def test_a_page_of_wire_items_has_a_dateline_per_item():
    text = (
        "TAIZ, Jan. 22 (Saba) – A child was shot by a sniper.\n\nThe source told Saba more."
        "\n\nMARIB (Saba) – Army units repelled an attack.\nGao: a kicker, no agency."
    )
    first = find_dateline(text)
    assert first is not None and (first.place, first.agency) == ("TAIZ", "Saba")
    later = later_datelines(text, after=first.end)
    assert [(d.place, d.agency) for d in later] == [("MARIB", "Saba")]


def test_a_byline_is_a_line_that_names_the_writer() -> None:
    text = "Clashes near Tari\n\nBy JACOB KORA\n\nTARI: Four men were killed."
    assert in_a_byline(text, text.index("JACOB"))
    assert not in_a_byline(text, text.index("Tari"))
    assert not in_a_byline(text, text.index("Four"))
    text = "By Monday, police in Mendi had arrested two men."
    assert not in_a_byline(text, text.index("Mendi"))


def test_an_agency_alone_in_brackets_names_no_place():
    dateline = find_dateline("(Reuters) - Five people were killed in a blast.")
    assert dateline is not None and dateline.place == "" and dateline.agency == "Reuters"


def test_a_semicolon_after_the_agency_ends_the_dateline():
    dateline = find_dateline("PESHAWAR (APP); Police said two constables were shot dead.")
    assert dateline is not None and dateline.place == "PESHAWAR"


def test_a_colon_after_the_agency_s_bracket_ends_the_dateline_with_no_space_after_it():
    text = "SUKKUR, (Sindh Point News - 3rd Mar, 2023 ) :Two men were shot dead in a market."
    dateline = find_dateline(text)
    assert dateline is not None and dateline.place == "SUKKUR"
    assert text[dateline.end :].startswith("Two men")


def test_a_dateline_may_name_the_province_and_then_the_country():
    text = "BACOLOD CITY, Negros Occidental, Philippines — Two soldiers were killed."
    dateline = find_dateline(text)
    assert dateline is not None and dateline.place == "BACOLOD CITY"
    assert text[dateline.end :].startswith("Two soldiers")


def test_an_outlet_and_its_city_on_a_line_of_their_own_are_no_dateline():
    # allAfrica credits a story "Outlet (City)"; the dateline opens the next line.
    text = "Gunmen Kill Nine in Church\n\nThe Nile Courier (Juba)\n\nBor — Nine people were killed."
    dateline = find_dateline(text)
    assert dateline is not None and dateline.place == "Bor"
    # An agency's bracket still ends a dateline that ends its line.
    dateline = find_dateline("KANO (AP)\nGunmen fired into a crowd at a market.")
    assert dateline is not None and dateline.place == "KANO"


def test_three_hyphens_and_a_later_place_in_capitals_make_datelines():
    dateline = find_dateline("COTABATO CITY --- Nine were hurt in blasts in two towns.")
    assert dateline is not None and dateline.place == "COTABATO CITY"
    # A later line that opens with a place in capitals and a colon is the next item's
    # dateline; a headline's kicker in title case is not.
    text = "A first item.\nOUAGADOUGOU: Nine were killed in the north.\nNiger: a headline"
    assert [d.place for d in later_datelines(text, after=0)] == ["OUAGADOUGOU"]
