"""Document-level geoparsing over the real index, on texts written for these tests."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazetteer.distance import distance_km
from gazetteer.geoparse import Geoparser, ParsedDocument
from gazetteer.index import GazetteerIndex

# Our own wording, in the style of the reports incimap reads.
KARABAKH_REPORT = """Caucasus

Two Deminers Hurt As Landmine Goes Off Near Madagiz

An anti-personnel mine went off on Tuesday close to Madagiz village in the Tartar
district, wounding two Azerbaijani deminers, the agency said. Both men were flown to a
clinic in Baku. Russian peacekeepers patrol the Lachin corridor, the road that links
Stepanakert with Armenia, and have been stationed across Karabakh since 2020.
"""

MADAGIZ_LATLON = (40.3314, 46.7294)
KHANKENDI_LATLON = (39.8153, 46.7519)
BAKU_LATLON = (40.3777, 49.8920)
LACHIN_CORRIDOR_LATLON = (39.6, 46.5)


@pytest.fixture(scope="module")
def geoparser(gazetteer_index: GazetteerIndex) -> Geoparser:
    return Geoparser(gazetteer_index)


@pytest.fixture(scope="module")
def karabakh(geoparser: Geoparser) -> ParsedDocument:
    return geoparser.parse(KARABAKH_REPORT)


def km_to(mention_place, latlon) -> float:
    assert mention_place is not None
    return distance_km(mention_place.lat, mention_place.lon, *latlon)


def by_text(document: ParsedDocument, text: str):
    found = [m for m in document.mentions if m.text == text]
    assert found, f"{text!r} not among {[m.text for m in document.mentions]}"
    return found[0]


def test_offsets_index_the_original_text(karabakh):
    assert karabakh.mentions
    for mention in karabakh.mentions:
        assert KARABAKH_REPORT[mention.start : mention.end] == mention.text
        assert mention.reason
        assert 0.0 <= mention.confidence <= 1.0


def test_madagiz_is_the_curated_village_with_a_reason(karabakh):
    madagiz = [m for m in karabakh.mentions if m.text == "Madagiz"]
    assert len(madagiz) == 2  # headline and body resolve alike
    for mention in madagiz:
        assert km_to(mention.place, MADAGIZ_LATLON) < 5
        assert mention.place.country == "AZ"
        assert "the document mentions AZ" in mention.reason
        assert "another name of" in mention.reason  # GeoNames-era name Suqovuşan


def test_contested_and_regional_names(karabakh, gazetteer_index):
    stepanakert = by_text(karabakh, "Stepanakert")
    assert km_to(stepanakert.place, KHANKENDI_LATLON) < 5
    khankendi = gazetteer_index.resolve("Khankendi").place
    assert khankendi is not None and stepanakert.place.place_id == khankendi.place_id
    corridor = next(m for m in karabakh.mentions if m.text.startswith("Lachin"))
    assert km_to(corridor.place, LACHIN_CORRIDOR_LATLON) < 40
    region = by_text(karabakh, "Karabakh")
    assert region.place.feature_class == "L"
    assert km_to(by_text(karabakh, "Baku").place, BAKU_LATLON) < 15


def test_demonyms_are_context_not_locations(karabakh):
    azerbaijani = by_text(karabakh, "Azerbaijani")
    assert azerbaijani.kind == "demonym"
    assert "not a location" in azerbaijani.reason
    assert by_text(karabakh, "Russian").kind == "demonym"
    assert {"AZ", "RU", "AM"} <= set(karabakh.countries)
    assert all(m.kind == "toponym" for m in karabakh.toponyms)


def test_headline_and_stop_words_yield_no_mentions(karabakh):
    texts = {m.text for m in karabakh.mentions}
    assert not texts & {"Two", "Hurt", "Goes", "Off", "Near", "Tuesday", "Landmine"}


@pytest.mark.parametrize(
    ("text", "name", "country", "latlon"),
    [
        (
            "Hail damaged roofs in Paris, in Lamar County, Texas, north of Dallas.",
            "Paris",
            "US",
            (33.66, -95.56),
        ),
        ("Strikes halted trains from Paris to Lyon and Lille.", "Paris", "FR", (48.85, 2.35)),
        (
            "Storms cut power between Atlanta, Macon and Savannah in Georgia.",
            "Georgia",
            "US",
            (32.75, -83.5),
        ),
        ("Shelling was reported near Gori and Tbilisi in Georgia.", "Georgia", "GE", None),
        (
            "Officials from Springfield, Illinois, drove to Chicago and Peoria.",
            "Springfield",
            "US",
            (39.80, -89.64),
        ),
    ],
)
def test_document_context_beats_population(geoparser, text, name, country, latlon):
    mention = by_text(geoparser.parse(text), name)
    assert mention.place is not None and mention.place.country == country
    if latlon is not None:
        assert km_to(mention.place, latlon) < 161


def test_town_comma_state_reads_the_town_inside_the_state(geoparser):
    document = geoparser.parse("Flooding closed the courthouse in Glasgow, Ky., on Monday.")
    glasgow = by_text(document, "Glasgow")
    assert glasgow.place is not None and glasgow.place.country == "US"
    assert km_to(glasgow.place, (36.9959, -85.9119)) < 30
    kentucky = by_text(document, "Ky.")
    assert kentucky.place is not None and kentucky.place.feature_code == "ADM1"


def test_seat_of_power_resolves_to_its_city(geoparser):
    kremlin = by_text(geoparser.parse("The Kremlin rejected the claim on Monday."), "Kremlin")
    assert km_to(kremlin.place, (55.7558, 37.6173)) < 20
    assert "stands in" in kremlin.reason
    assert kremlin.kind == "landmark"  # a government speaking, not an event location


def test_a_lone_surname_next_to_a_first_name_is_not_a_confident_place(geoparser):
    document = geoparser.parse("The coach, Kevin Walsh, praised the team after the match.")
    walsh = [m for m in document.mentions if m.text == "Walsh"]
    assert all(m.place is None or m.confidence < 0.5 for m in walsh)


WORDS = ["Baku", "Ganja", "Paris", "Texas", "Kremlin", "Ky.", "U.S.", "Russian", "the", "Of"]
WORDS += ["Mr", "Kelly", "said", "Stepanakert", "Großstadt", "’s", "—", ",", ".", "\n", "é", "😀"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_any_text_gives_consistent_mentions(geoparser, words):
    text = " ".join(words)
    document = geoparser.parse(text)
    starts = [m.start for m in document.mentions]
    assert starts == sorted(starts)
    for mention in document.mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.kind in {"toponym", "demonym", "landmark", "name"}
        assert 0.0 <= mention.confidence <= 1.0 and mention.reason
        if mention.place is None and mention.kind == "toponym":
            assert mention.reason.startswith(("no convincing place", "no place of this name"))
        if mention.kind == "name":
            assert mention.place is None and mention.reason.startswith("not a place: ")
    assert all(len(code) == 2 for code in document.countries)


def test_empty_and_placeless_texts(geoparser):
    assert geoparser.parse("").mentions == ()
    assert geoparser.parse("nothing capitalised here at all.").mentions == ()


def test_cli_prints_one_json_line_per_document(gazetteer_home, tmp_path, capsys):
    from geo.cli.main import main

    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text(KARABAKH_REPORT, encoding="utf-8")
    (reports / "b.txt").write_text("Rain fell on Ganja and Baku.\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    with pytest.raises(SystemExit) as done:
        main(["geoparse", str(reports), str(missing), "--json", "--home", str(gazetteer_home)])
    # A bad input is named and fails the run, but the good ones are still parsed.
    assert done.value.code == 1
    captured = capsys.readouterr()
    assert "missing.txt" in captured.err
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [Path_name(line["source"]) for line in lines] == ["a.txt", "b.txt"]
    keys = {"text", "start", "end", "name", "lat", "lon", "country", "feature_class"}
    keys |= {"place_id", "confidence", "reason"}
    for line in lines:
        for mention in line["mentions"]:
            assert keys <= set(mention)
    ganja = next(m for m in lines[1]["mentions"] if m["text"] == "Ganja")
    assert ganja["country"] == "AZ" and ganja["feature_class"] == "P"
    assert distance_km(ganja["lat"], ganja["lon"], 40.6828, 46.3606) < 10


def Path_name(source: str) -> str:
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def test_a_lone_stepanakert_is_the_city_of_khankendi(geoparser):
    # GeoNames' population of 2,100 for Khankendi ranked it too low to be read with no
    # country context; data/gazetteer/populations.csv corrects it.
    document = geoparser.parse("Shelling damaged two schools in Stepanakert overnight.")
    (mention,) = document.toponyms
    assert mention.place is not None, mention.reason
    assert mention.place.place_id == "geonames:146970"
    assert km_to(mention.place, (39.8153, 46.7519)) < 5


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked Gouveia, a town in central Mali, on Monday, killing five soldiers.",
        "Five soldiers were killed in Gouveia in central Mali on Monday.",
    ],
)
def test_a_lone_namesake_in_another_country_than_the_text_says_is_rejected(
    geoparser: Geoparser, text: str
) -> None:
    # The only Gouveias the index knows are in Brazil (and Portugal's is below cities500).
    gouveia = next(m for m in geoparser.parse(text).mentions if m.text == "Gouveia")
    assert gouveia.place is None
    assert gouveia.reason.startswith("no place of this name in ML, where the text puts it")


def test_a_large_city_abroad_is_itself_only_by_its_own_name(geoparser: Geoparser) -> None:
    # GeoNames files "Mambasa" (a Congolese town below cities500) under Mombasa, Kenya:
    # a report about Congo that names it means the town, which the index lacks.
    text = (
        "Congolese troops overran a rebel camp near Mambasa in Ituri province on Saturday, "
        "the army said. Congolese officials said 17 rebels were killed."
    )
    mambasa = next(m for m in geoparser.parse(text).mentions if m.text == "Mambasa")
    assert mambasa.place is None
    # By its own name, a large city abroad is still itself in a report about another
    # country, and "New York" still names New York City.
    trade = geoparser.parse(
        "Congolese traders ship coffee through Mombasa, and officials flew to New York."
    )
    places = {m.text: m.place for m in trade.mentions if m.place is not None}
    assert places["Mombasa"].country == "KE"
    assert places["New York"].name == "New York City"


def test_a_country_s_name_that_starts_a_longer_name_is_no_country(
    geoparser: Geoparser,
) -> None:
    # "Mali Shcherbaky" (a Ukrainian village), "Chad Johnson": a capitalised word after
    # the name wherever it stands. "in Mali Saturday" is still Mali.
    text = (
        "Russian drones attacked Mali Shcherbaky in Ukraine's Zaporizhzhia region, and Chad "
        "Johnson, a Kyiv official, spoke to reporters."
    )
    found = {m.text: m.place for m in geoparser.parse(text).mentions}
    assert found["Mali"] is None and found["Chad"] is None
    mali = next(m for m in geoparser.parse("Gunmen killed 12 in Mali Saturday.").mentions)
    assert mali.place is not None and mali.place.country == "ML"


def test_curated_regions_resolve_in_text(geoparser: Geoparser) -> None:
    parsed = geoparser.parse(
        "Fighting in Darfur and near Lake Chad displaced thousands. "
        "Timbuktu, a city in northern Mali, was quiet."
    )
    by_text = {m.text: m.place for m in parsed.mentions}
    assert by_text["Darfur"] is not None and by_text["Darfur"].place_id == "curated:darfur"
    assert by_text["Lake Chad"] is not None
    assert by_text["Lake Chad"].place_id == "curated:lake-chad"
    assert by_text["Timbuktu"] is not None and by_text["Timbuktu"].country == "ML"


def test_an_area_of_another_country_holds_no_town_of_this_one(geoparser: Geoparser) -> None:
    parsed = geoparser.parse("Militants attacked a checkpoint in Bara tehsil of Khyber district.")
    found = {m.text: m.place for m in parsed.mentions}
    # The index's only Baras are abroad (Sudan, India): the chain puts it in Pakistan.
    assert found["Bara"] is None or found["Bara"].country == "PK"
    assert found["Khyber"] is not None and found["Khyber"].country == "PK"


def test_a_lower_case_territory_links_its_chain(geoparser: Geoparser) -> None:
    # "Mambasa" is one of Mombasa's other names; Ituri says the territory is Congo's.
    parsed = geoparser.parse("ADF rebels killed 12 civilians in Lolwa, Mambasa territory, Ituri.")
    found = {m.text: m.place for m in parsed.mentions}
    assert found["Mambasa"] is None or found["Mambasa"].country == "CD"


def test_a_sea_is_the_sea_unless_the_text_calls_it_a_province(geoparser: Geoparser) -> None:
    sea = {m.text: m.place for m in geoparser.parse("Drones hit a ship in the Red Sea.").mentions}
    assert sea["Red Sea"] is not None and sea["Red Sea"].place_id == "curated:red-sea"
    state = {
        m.text: m.place for m in geoparser.parse("Fighting erupted in Red Sea state.").mentions
    }
    assert state["Red Sea state"] is not None and state["Red Sea state"].country == "SD"
    gulf = {
        m.text: m.place for m in geoparser.parse("A tanker burned in the Gulf of Aden.").mentions
    }
    assert gulf["Gulf of Aden"] is not None
    assert gulf["Gulf of Aden"].place_id == "curated:gulf-of-aden"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # A province named after its capital: the word after the name says which.
        (
            "Fighting spread across Kabul Province overnight, Afghan officials said.",
            "Kābul",
            "ADM1",
        ),
        ("Clashes broke out in Kabul, the Afghan capital, overnight.", "Kabul", "PPL"),
        ("Four guards died in Guldara District of Afghanistan on Monday.", "Gul Darah", "ADM2"),
        (
            "Gunmen raided a convoy in Badakhshan province's north, Afghan police said.",
            None,
            "ADM1",
        ),
        ("Gunmen raided a convoy in the province of Badakhshan, Afghan police said.", None, "ADM1"),
    ],
)
def test_an_area_word_after_a_name_reads_the_area(geoparser, text, name, code):
    """ "Kabul Province" is the province, "Guldara District" the district: the word after
    the name says so, and is no sign of a longer name ("Kabul Serena Hotel")."""
    (mention,) = [
        m for m in geoparser.parse(text).toponyms if not m.place.feature_code.startswith("PCL")
    ]
    assert mention.place.feature_code == code
    assert name is None or mention.place.name == name
    assert "may be part of a longer name" not in mention.reason


def test_a_two_letter_word_is_a_place_only_by_its_main_name(geoparser):
    """ "Rp" (rupiah) is one of the Philippines' other names; "Ho" is a town's own name."""
    document = geoparser.parse("Militants burned houses in Ilaga, Papua, a loss of Rp 90,000.")
    assert "PH" not in document.countries
    assert all(m.text != "Rp" for m in document.mentions)


def test_a_country_or_a_university_is_no_area_for_an_area_word(geoparser):
    """ "The territory of Georgia" is the country; "Ohio State" a university (GeoNames
    has "Kogi State"-style names whole where they name an area)."""
    georgia = by_text(geoparser.parse("Mines were laid in the territory of Georgia."), "Georgia")
    assert georgia.place is not None and georgia.place.feature_code == "PCLI"
    spots = geoparser.spotter.spot("The Ohio State team flew home.")
    assert [s.area_level for s in spots if s.text == "Ohio"] == [0]


def test_a_place_written_before_its_country_is_not_a_longer_name(geoparser):
    # Terse notes drop the comma: "in Al Mayadeen Syria" is the town, then its country.
    document = geoparser.parse("An air raid hit a market in Al Mayadeen Syria on Monday.")
    town = by_text(document, "Al Mayadeen")
    assert town.place is not None and town.place.country == "SY"
    assert "longer name" not in town.reason
    # Without the country after it, the capitalised word still makes it suspect.
    other = geoparser.parse("An air raid hit the Al Mayadeen Grand Hotel on Monday.")
    assert all(m.text != "Al Mayadeen" or m.place is None for m in other.mentions)


def test_a_place_written_before_its_state_is_not_a_longer_name(geoparser):
    # "in Jos Plateau State": the town, then the state that says it is one, no comma.
    document = geoparser.parse("Troops were deployed to Jos Plateau State after the attack.")
    town = by_text(document, "Jos")
    assert town.place is not None and town.place.country == "NG"
    assert "longer name" not in town.reason
    state = by_text(document, "Plateau State")
    assert state.place is not None and state.place.feature_class == "A"


def test_the_place_in_an_armed_groups_name_is_not_where_it_struck(geoparser):
    document = geoparser.parse(
        "Fighters of the Islamic State of Iraq and the Levant seized a village near "
        "Manbij, a Syrian monitor said."
    )
    iraq = by_text(document, "Iraq")
    assert iraq.place is None and "armed group" in iraq.reason
    assert "IQ" not in document.countries
    assert by_text(document, "Manbij").place.country == "SY"
    # The same country named on its own stays a place.
    plain = geoparser.parse("Fighters crossed from Syria into Iraq on Monday.")
    assert by_text(plain, "Iraq").place.country == "IQ"
    # The Islamic State's provinces and the Pakistani Taliban name their land too.
    for text, name in (
        ("Fighters of Islamic State West Africa Province raided Monguno.", "Africa"),
        ("The Islamic State's Sahel Province claimed the raid on Tillia.", "Sahel"),
        ("Tehrik-i-Taliban Pakistan claimed the raid on a post near Kabul.", "Pakistan"),
    ):
        group = by_text(geoparser.parse(text), name)
        assert group.place is None and "armed group" in group.reason, text
    claim = geoparser.parse("Islamic State fighters killed four soldiers in Mosul on Monday.")
    assert by_text(claim, "Mosul").place.country == "IQ"


def test_a_news_agency_named_like_a_place_is_no_place(geoparser):
    # Fars is a province, Xinhua a town: as an agency's name, neither places anything,
    # there or later in the text; "in Xinhua" stays a place.
    document = geoparser.parse(
        "Twelve were hurt, Xinhua news agency reported. Shells hit Kunming, Xinhua said."
    )
    assert all(m.place is None for m in document.mentions if m.text == "Xinhua")
    assert by_text(document, "Kunming").place.country == "CN"
    fars = by_text(geoparser.parse("Two guards died, Fars news agency said."), "Fars")
    assert fars.place is None and "news agency" in fars.reason


def test_a_peacekeeping_mission_says_which_country_the_report_is_about(geoparser):
    # Aguelhok is unique but small; Chadian peacekeepers alone point to Chad, not Mali.
    text = "Two Chadian peacekeepers with {} died when a mine hit their convoy near Aguelhok."
    without = by_text(geoparser.parse(text.format("the UN")), "Aguelhok")
    assert without.place is None
    document = geoparser.parse(text.format("MINUSMA"))
    mission = by_text(document, "MINUSMA")
    assert mission.kind == "demonym" and "an actor of ML" in mission.reason
    assert by_text(document, "Aguelhok").place.country == "ML"
    assert "ML" in document.countries


def test_a_direction_before_a_place_is_not_part_of_its_name(geoparser):
    document = geoparser.parse("A coalition air raid hit a crowded quarter in Western Mosul.")
    mosul = by_text(document, "Mosul")
    assert mosul.place is not None and mosul.place.country == "IQ"
    assert "longer name" not in mosul.reason
    # A name that holds the direction is matched whole, as the longer match.
    kivu = geoparser.parse("Fighting spread across North Kivu on Monday.")
    assert by_text(kivu, "North Kivu").place.feature_code == "ADM1"


def test_an_armed_group_of_one_country_is_country_context(geoparser):
    # Hays, Kansas is larger; the Houthis fight in Yemen, where there is a Hays too.
    assert by_text(geoparser.parse("Fighters shelled Hays on Monday."), "Hays").place is None
    document = geoparser.parse("Houthi fighters shelled Hays on Monday, killing two.")
    assert by_text(document, "Houthi").kind == "demonym"
    assert by_text(document, "Hays").place.country == "YE"
    # Inside a longer word, an actor's name says nothing.
    assert all(m.text != "SAA" for m in geoparser.parse("The NSAA met in Kansas.").mentions)


def test_a_small_namesake_in_a_country_the_report_never_names_is_not_taken(geoparser):
    # Baní, Dominican Republic (66,000 people) is the index's only Bani.
    alone = geoparser.parse("Heavy rain flooded Bani on Monday.")
    assert by_text(alone, "Bani").place.country == "DO"
    syria = geoparser.parse("Government troops captured the village of Bani in northern Syria.")
    assert by_text(syria, "Bani").place is None
    # A country named for its forces says nothing of where: Jilib stays Somalia's.
    strike = geoparser.parse("A U.S. airstrike near Jilib killed a civilian on Friday.")
    assert by_text(strike, "Jilib").place.country == "SO"
    # A capital is itself, whatever country the report is about.
    kabul = geoparser.parse("Pakistan said two militants were shot dead in Kabul.")
    assert by_text(kabul, "Kabul").place.country == "AF"


def test_an_apposition_says_a_name_is_an_area(geoparser):
    area = geoparser.parse("Soldiers died in Tillaberi, a vast region in western Niger.")
    assert by_text(area, "Tillaberi").place.feature_code == "ADM1"
    town = geoparser.parse("Soldiers died in Tillaberi, a town in western Niger.")
    assert by_text(town, "Tillaberi").place.feature_class == "P"
    # "a state of emergency" is no area word.
    emergency = geoparser.parse("Officials in Tillaberi, a state of emergency in force, fled.")
    assert by_text(emergency, "Tillaberi").place.feature_class == "P"


def test_of_two_places_known_by_another_name_the_closer_spelling_wins(geoparser):
    # GeoNames files "Sloviansk" under Slovyansk and, as an old name, under Nikopol,
    # which has a few more people.
    document = geoparser.parse("Armed men seized the police station in Sloviansk, Ukraine.")
    assert by_text(document, "Sloviansk").place.name == "Slovyansk"


def test_the_city_of_a_name_is_the_town_not_the_area_of_that_name(geoparser):
    # GeoNames has Jenin the governorate under that very name, the city as Janīn.
    document = geoparser.parse("Troops raided the West Bank city of Jenin on Tuesday.")
    assert by_text(document, "Jenin").place.feature_class == "P"
    area = geoparser.parse("Troops raided villages across the Jenin Governorate.")
    assert by_text(area, "Jenin Governorate").place.feature_code == "ADM1"


def test_a_town_the_text_puts_in_a_province_none_of_its_namesakes_lie_in_is_not_taken(
    geoparser,
):
    # The index's Pervomayskes lie in Mykolaiv oblast, Crimea and elsewhere, not Kherson.
    text = "A farm worker was killed by shelling in the village of Pervomaiske, Kherson region."
    village = by_text(geoparser.parse(text), "Pervomaiske")
    assert village.place is None
    assert village.reason.startswith("no place of this name in Khersonska oblast")
    # Where a namesake lies in the named province, it is taken.
    text = "Shelling hit Pervomaiske, Mykolaiv region, on Friday."
    assert by_text(geoparser.parse(text), "Pervomaiske").place.admin1 == "Mykolaivska oblast"


def test_a_lone_name_does_not_vouch_for_its_own_reading(geoparser):
    """With no other place in the text, nothing but the name decides: the town of 44,000
    (Nicaragua), not a hamlet of 2,800 (Jamaica) that its own district, also called
    Bluefields, once made the seat of something and then "the document's country"."""
    document = geoparser.parse("Rioters burned two shops in the city of Bluefields.")
    (bluefields,) = [m for m in document.mentions if m.text == "Bluefields"]
    assert bluefields.place is not None and bluefields.place.country == "NI"
    assert "the document mentions" not in bluefields.reason


def test_a_village_put_in_a_province_of_another_country_is_not_its_namesake(geoparser):
    """ "X village, Helmand Province- …": the province says Afghanistan, even with the
    kind word before the comma and a dash glued to "Province"."""
    document = geoparser.parse(
        "Troops raided a compound in Bando village, Helmand Province- a district held by "
        "the Taliban, on Sunday."
    )
    (bando,) = [m for m in document.mentions if m.text == "Bando"]
    (helmand,) = [m for m in document.mentions if m.text == "Helmand"]
    assert helmand.place is not None and helmand.place.country == "AF"
    assert bando.place is None and "no place of this name in AF" in bando.reason


@pytest.mark.parametrize(
    ("after", "acting"),
    [
        (" Presidency expressed regret", True),
        (" Ministry said", True),
        # "The Niger defence ministry said 15 soldiers were killed": its own soldiers,
        # at home; only the country's presidency or ministry right after it acts.
        (" defence ministry said", False),
        ("-led coalition", True),
        (" on Monday", False),
        # The weapons a state fires abroad.
        (" shelling hit the town", True),
        (" strikes on the camp", True),
    ],
)
def test_a_country_s_institution_after_its_name_makes_it_an_actor(after, acting):
    from gazetteer.geoparse import ACTING_AFTER_RE

    assert bool(ACTING_AFTER_RE.match(after)) is acting


def test_a_holiday_is_no_place(geoparser):
    # "Eid" is a name of Edd, Eritrea; "Eid al-Fitr" is the feast.
    document = geoparser.parse("The truce began on Eid al-Fitr in Kandahar.")
    assert all(m.text != "Eid" for m in document.toponyms)
    assert by_text(document, "Kandahar").place is not None


def test_a_district_namesake_outside_the_bracketed_province_is_refused(geoparser):
    # Sabon Gari is a district of Kaduna; "(Damboa, Borno)" puts this one in Borno.
    document = geoparser.parse("Militants ambushed a convoy near Sabon Gari (Damboa, Borno).")
    assert by_text(document, "Sabon Gari").place is None
    assert by_text(document, "Damboa").place is not None


def test_a_province_named_after_its_seat_holds_the_bracketed_town(geoparser):
    # The index knows "Timbuktu" only as the town; ending the bracket, it is the
    # province, and Lere of Nigeria is not in it.
    document = geoparser.parse("Rebels took control of Lere (Niafunke, Timbuktu).")
    lere = by_text(document, "Lere")
    assert lere.place is None and "no place of this name in Timbuktu" in lere.reason


def test_a_country_named_as_the_one_that_acted_is_not_the_reports_country(geoparser):
    # "A U.S.-led coalition bombing ... in Abu Kamal": a name left to resolve alone must
    # not be looked for in the United States, any more than after "American air strikes".
    for text, acting in (
        ("A U.S.-led coalition bombing killed 42 civilians in Abu Kamal on Tuesday.", "US"),
        ("Rwanda-backed rebels seized the town of Rubaya on Monday.", "RW"),
        ("Russia's forces shelled the village of Tiahynka overnight.", "RU"),
        # A state's forces by their name, deployed abroad: the town is Mozambique's.
        ("Rwanda Security Forces repelled an insurgent raid on Mueda on Monday.", "RW"),
    ):
        assert acting not in geoparser.parse(text).countries, text
    # Named as where things happen, the same country is the report's.
    assert geoparser.parse("Gunmen attacked a church in Rwanda on Monday.").countries[0] == "RW"
    plain = geoparser.parse("Coalition jets bombed targets in the U.S. and in Syria.")
    assert "US" in plain.countries


def test_a_datelines_region_does_not_rule_out_its_city(geoparser):
    # GeoNames files Palestinian towns under governorates, not under the older "West Bank"
    # area that a wire dateline names: the city near that region is still the city.
    document = geoparser.parse(
        "TULKARM, West Bank (AP) - Soldiers raided a camp in Tulkarm on Monday, killing two."
    )
    for mention in document.mentions:
        if mention.text.casefold() == "tulkarm":
            assert mention.place is not None and mention.place.country == "PS"
    # A dateline's region still rules out a namesake far from it.
    far = geoparser.parse("SPRINGFIELD, Nevada (AP) - Two men were shot in Springfield.")
    assert by_text(far, "SPRINGFIELD").place is None
    assert by_text(far, "Springfield").place is None


def test_a_bracket_chooses_the_province_that_holds_the_town(geoparser):
    # An event database's bracket whose district the index lacks still ends in the
    # province: of the North-Wests, Cameroon's holds a Bali, so both are Cameroon's.
    document = geoparser.parse(
        "On 3 May 2024, separatists burned a school in Bali (Mezam, North-West)."
    )
    bali, region = by_text(document, "Bali"), by_text(document, "North-West")
    assert (bali.place.country, bali.place.feature_class) == ("CM", "P")
    assert region.place.country == "CM"
    # "X district (Province)": the bracket rules out a district of the name abroad.
    district = geoparser.parse(
        "On 3 May 2024, gunmen shot a driver in Musakhel district (Balochistan)."
    )
    musakhel = by_text(district, "Musakhel")
    assert musakhel.place is None or musakhel.place.country == "PK"
    # A note's bracket may end in a department (France's), not a first-level area: the
    # Nord that holds Lille, not Haiti's Nord.
    # The bracket's province rules out the namesake of another: Ainata of Baalbek-Hermel
    # is not the one in Nabatiye (the index lacks that one).
    other = geoparser.parse("On 3 May 2024, a drone hit a car in Ainata (Bint Jbeil, Nabatiye).")
    assert by_text(other, "Ainata").place is None
    assert by_text(other, "Nabatiye").place.country == "LB"
    department = geoparser.parse("On 3 May 2024, rioters burned cars in Lille (Nord).")
    assert by_text(department, "Lille").place.country == "FR"
    assert by_text(department, "Nord").place.country == "FR"


def test_a_hyphenated_name_the_index_half_knows_is_no_container(geoparser):
    # "Mayo-Sava" is a department of Cameroon; the index knows only Ireland's "Mayo".
    document = geoparser.parse("19 January - Militants storm Mora, Mayo-Sava, Far North Region.")
    mora = by_text(document, "Mora")
    assert mora.place is not None and mora.place.country == "CM"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # An armed group of a few countries: a namesake of one of them.
        ("Boko Haram fighters killed nine farmers in Mafa.", "Mafa", "NG"),
        ("Taliban fighters attacked Khash, killing four.", "Khash", "AF"),
    ],
)
def test_an_actor_s_country_does_not_push_away_the_place_it_hit(geoparser, text, name, country):
    place = by_text(geoparser.parse(text), name).place
    assert place is not None and place.country == country


def test_an_armed_group_of_several_countries_is_context_not_the_document_s_country(geoparser):
    document = geoparser.parse("Boko Haram fighters attacked a convoy on Monday.")
    assert document.countries == ()
    (group,) = document.mentions
    assert (group.text, group.kind, group.place) == ("Boko Haram", "name", None)


def test_a_town_and_the_region_it_is_the_seat_of_are_no_rivals(geoparser):
    # GeoNames puts Ménaka region's point 86 km from the town: the town is the reading,
    # and the region of its name does not make it unconvincing.
    (mention,) = geoparser.parse("Gunmen ambushed a convoy 5 km from Menaka.").toponyms
    assert mention.place is not None and mention.place.feature_class == "P"
    assert mention.confidence >= 0.5


def test_a_town_filed_in_no_district_is_the_seat_of_the_district_of_its_name(geoparser):
    # GeoNames puts Gaalkacyo district's point 70 km from the town, and files the town in
    # no district: the town is still the district's seat, and the reading of "Galkayo".
    text = (
        "GAROWE (Garowe Online) - A judge of the Mudug regional court was shot dead on "
        "Saturday evening in Galkayo, police said. On Sunday, a hand grenade was thrown into "
        "Galkayo's main livestock market. The city is divided between Puntland in the north "
        "and Galmudug state in the south."
    )
    galkayo = [m for m in geoparser.parse(text).toponyms if m.text == "Galkayo"]
    assert galkayo and all(m.place is not None and m.place.feature_class == "P" for m in galkayo)


def test_a_town_in_the_north_of_a_province_is_in_that_province(geoparser):
    # The index lacks Mozambique's Palma; Palma in Brazil is not in Cabo Delgado.
    text = (
        "Pemba, 27 Mar 2024 (Lusa) - Two people were killed on Tuesday when insurgents "
        "ambushed a minibus on the road leading out of Palma, in the north of Cabo Delgado "
        "province. The minibus was fired upon about eight kilometres from the town of "
        "Palma. The Palma district government confirmed the attack."
    )
    town = next(m for m in geoparser.parse(text).mentions if m.text == "Palma")
    assert town.place is None or town.place.country == "MZ"


def test_a_city_named_x_city_is_the_town_x(geoparser: Geoparser) -> None:
    # The gazetteer knows Sipalay and Kabankalan; reports write "Sipalay City".
    text = (
        "Two rebels were killed in a firefight in Sipalay City on Saturday. On Sunday, "
        "troops clashed again in Kabankalan City, and Manchester City beat Arsenal."
    )
    found = {m.text: m.place for m in geoparser.parse(text).mentions if m.kind == "toponym"}
    assert found["Sipalay"] is not None and found["Sipalay"].country == "PH"
    assert found["Kabankalan"] is not None and found["Kabankalan"].country == "PH"
    # A club named after a city follows no "in": its name is not read as the town.
    assert found.get("Manchester") is None


def test_a_kind_of_area_one_country_has_says_the_country(geoparser: Geoparser) -> None:
    # Guma is also a name of Goma in the Philippines; only Nigeria has LGAs.
    found = by_text(geoparser.parse("Gunmen killed nine farmers in Guma LGA on Friday."), "Guma")
    assert found.place is not None and found.place.country == "NG"


def test_a_country_s_forces_by_their_name_do_not_make_it_the_document_s(geoparser: Geoparser):
    # The corpora count "Kenya" a place here (tests/gazetteer/test_names.py); its forces
    # say as little of where as "Kenyan troops" do.
    document = geoparser.parse("Five Kenya Defence Forces soldiers were killed near Afmadow.")
    assert by_text(document, "Kenya").place is not None
    assert "KE" not in document.countries
    assert "KE" in geoparser.parse("Five soldiers were killed near Kolbio, Kenya.").countries


def test_a_province_only_one_country_has_says_what_the_text_is_about(
    geoparser: Geoparser,
) -> None:
    # "Upper Nile" is South Sudan's alone: Nigeria's district of Doma, a small place in a
    # country the text never names, is doubted as if the text had named South Sudan.
    text = "Shelling hit Doma payam of Ulang county, Upper Nile, on Monday."
    doma = next(m for m in geoparser.parse(text).mentions if m.text == "Doma")
    named = "Shelling hit Doma payam of Ulang county, South Sudan, on Monday."
    doma_named = next(m for m in geoparser.parse(named).mentions if m.text == "Doma")
    assert doma.place is None or doma.confidence < 0.5
    assert doma.confidence <= doma_named.confidence + 0.1


def test_a_province_is_written_with_the_names_of_the_town_it_is_named_after(
    geoparser: Geoparser,
) -> None:
    # GeoNames spells the governorate only "Al Ḩudaydah"; reports write the city's name.
    (mention,) = [
        m
        for m in geoparser.parse("Shells hit Hays, Hodeidah governorate, on Monday.").mentions
        if m.text == "Hodeidah"
    ]
    assert mention.place is not None
    assert (mention.place.feature_code, mention.place.country) == ("ADM1", "YE")
    # Alone, the name is still the city.
    (city,) = geoparser.parse("Fighting went on in Hodeidah on Monday.").mentions
    assert city.place is not None and city.place.feature_class == "P"


def test_a_province_abroad_by_one_of_its_seat_s_names_is_not_convincing(
    geoparser: Geoparser,
) -> None:
    # "Mambasa" is one of GeoNames' names of Mombasa, which the index gives Mombasa county
    # too; in a report about Congo it is no place in Kenya.
    text = (
        "FARDC troops clashed with ADF rebels in Beni territory on Monday. In the "
        "neighbouring territory of Mambasa, the army said, two soldiers were killed."
    )
    (mention,) = [m for m in geoparser.parse(text).mentions if m.text == "Mambasa"]
    assert mention.place is None or mention.place.country != "KE"


def test_a_name_then_city_or_town_is_the_town_not_the_state(geoparser):
    # Sennar, Kassala, Gedaref: each a state named after its capital.
    for text in (
        "A drone hit the main power station in Sennar city on Monday.",
        "A drone hit the market in Sennar town on Monday.",
    ):
        (mention,) = geoparser.parse(text).mentions
        assert mention.place is not None and mention.place.feature_class == "P", text
    (state,) = geoparser.parse("Troops entered Sennar state on Monday.").mentions
    assert state.place is not None and state.place.feature_code == "ADM1"


def test_a_name_no_reading_of_which_lies_in_the_district_named_is_not_placed(geoparser):
    # The Sabon Gari the index has is Kaduna's district, not a village of Damboa in Borno.
    document = geoparser.parse("A bus ran over a mine near Sabon Gari in Damboa LGA of Borno.")
    assert by_text(document, "Sabon Gari").place is None
    assert by_text(document, "Damboa").place.admin1 == "Borno"
    # A town the index files in no district may lie in the one named.
    kept = geoparser.parse("Gunmen killed two in Damboa town in Damboa LGA.")
    assert by_text(kept, "Damboa").place.feature_class == "P"


def test_a_small_namesake_on_another_continent_is_no_place_of_the_report(geoparser):
    # A report about Haiti: the index has no Bel Air of Haiti, and the Seychelles' small
    # one is not where the drones struck.
    text = (
        "PORT-AU-PRINCE, Haiti (AP) - Drones struck a house in the Bel Air neighborhood of "
        "Haiti's capital on Monday. Gangs also attacked Kenscoff, in the hills above "
        "Port-au-Prince, police in Haiti said."
    )
    document = geoparser.parse(text)
    assert by_text(document, "Bel Air").place is None
    assert "another continent" in by_text(document, "Bel Air").reason
    assert by_text(document, "Kenscoff").place.country == "HT"
    # Named with its own area, or with its country named too, a place abroad stays.
    chained = geoparser.parse(text + " A gang leader was arrested in Bel Air, Maryland.")
    assert [m.place.country for m in chained.mentions if m.text == "Bel Air"][-1] == "US"


def test_the_kurdish_names_of_iraqi_kurdistan_s_cities(geoparser):
    # Curated alternate names (data/gazetteer/names.csv): the region's own spellings.
    document = geoparser.parse("Protesters gathered in Sulaimani and in Koya on Sunday, Iraq.")
    assert by_text(document, "Sulaimani").place.name == "Sulaymaniyah"
    assert by_text(document, "Koya").place.name == "Koysinceq"
    # The province is spelled so too, and so is Makhmur's town (GeoNames' "Mexmur").
    document = geoparser.parse(
        "A drone struck a car in Sulaimani province, Iraq, and another hit Makhmour."
    )
    assert by_text(document, "Sulaimani").place.feature_code == "ADM2"
    assert by_text(document, "Makhmour").place.name == "Mexmur"


def test_the_tribal_districts_geonames_lacks(geoparser):
    # Curated districts (data/gazetteer/regions.csv): FATA's former agencies.
    document = geoparser.parse(
        "Two soldiers were killed in Mohmand district and one in Orakzai, Pakistan."
    )
    assert by_text(document, "Mohmand").place.name == "Mohmand District"
    assert by_text(document, "Orakzai").place.country == "PK"


def test_a_curated_region_written_whole_outweighs_a_province_of_that_name(geoparser):
    # "the Kurdistan Region", word and all, is Iraq's in a report on Iran's strikes on it;
    # Iran's Kordestān is "Kurdistan province".
    text = (
        "ERBIL, Kurdistan Region - Iran's Revolutionary Guards launched drone attacks on "
        "Monday night against the bases of Iranian Kurdish parties in the Kurdistan Region."
    )
    document = geoparser.parse(text)
    assert {m.place.country for m in document.mentions if m.text == "Kurdistan"} == {"IQ"}
    document = geoparser.parse("Iranian forces arrested activists in Kurdistan province.")
    assert by_text(document, "Kurdistan").place.country == "IR"


def test_the_towns_of_a_list_are_towns_not_a_chain(gazetteer_index):
    # "Kostiantynivka, Kramatorsk" would read as a town and the district that holds it.
    text = "Strikes hit the towns of Kostiantynivka, Kramatorsk and Druzhkivka on Sunday."
    parsed = Geoparser(gazetteer_index).parse(text)
    (kramatorsk,) = [m for m in parsed.mentions if m.text == "Kramatorsk"]
    assert kramatorsk.place is not None and kramatorsk.place.feature_class == "P"


def test_a_list_that_ends_in_and_is_no_chain(gazetteer_index):
    # "Yala, Pattani" read as a town in the province of Pattani (which the second
    # paragraph names) left Yala unplaced.
    text = (
        "Bombs went off at six places in Yala, Pattani, and Narathiwat on Friday.\n\n"
        "Gunmen fired on an outpost in tambon Thung Phla of Khok Pho district of Pattani."
    )
    parsed = Geoparser(gazetteer_index).parse(text)
    (yala,) = [m for m in parsed.mentions if m.text == "Yala"]
    assert yala.place is not None and yala.place.country == "TH"


def test_a_name_read_only_as_an_area_holds_the_town_in_it(geoparser):
    # "in West Kordofan", with no word such as "state": the state holds one reading of El
    # Fula, the one GeoNames files under it.
    parsed = geoparser.parse("Barrel bombs hit El Fula in West Kordofan on Monday.")
    fula = by_text(parsed, "El Fula")
    assert fula.place is not None and fula.place.admin1 == "West Kordofan"


def test_a_town_called_by_part_of_its_name_is_not_the_area_s_seat(geoparser):
    # GeoNames gives Santa Fe de Antioquia the alternate name "Antioquia"; the department
    # is what the text names. A name whole but for Arabic's article stays the city's.
    parsed = geoparser.parse("Gunmen killed five people in Antioquia, Colombia, on Sunday.")
    antioquia = by_text(parsed, "Antioquia")
    assert antioquia.place is not None and antioquia.place.feature_code == "ADM1"
    parsed = geoparser.parse("A missile struck a ship off Yemen's Hudaydah on Sunday.")
    hudaydah = by_text(parsed, "Hudaydah")
    assert hudaydah.place is not None and hudaydah.place.feature_class == "P"


def test_a_regency_in_a_province_cut_from_the_one_named_is_still_read(geoparser):
    # GeoNames files Puncak Regency under Papua Tengah, cut from Papua in 2022; the
    # report's "Papua" still holds it.
    parsed = geoparser.parse("Gunmen shot two workers in Puncak Regency, Papua, on Monday.")
    puncak = by_text(parsed, "Puncak Regency")
    assert puncak.place is not None and puncak.place.admin1 == "Papua Tengah"


def test_the_name_after_a_known_district_and_of_may_be_its_province(geoparser):
    # "the Harib district of Marib": Harib is the district, and Marib the governorate
    # that holds it (GeoNames also has a Marib district, which does not).
    parsed = geoparser.parse(
        "A drone hit army positions in the Harib district of Marib, killing three soldiers."
    )
    marib, harib = by_text(parsed, "Marib"), by_text(parsed, "Harib")
    assert marib.place is not None and marib.place.feature_code == "ADM1"
    assert harib.place is not None and harib.place.admin1 == marib.place.name


def test_a_state_by_its_own_name_is_not_a_town_with_that_other_name(geoparser):
    # GeoNames gives Chiapa de Corzo the other name "Chiapas"; the text names the state.
    # A capitalised "Village" or "Ejido" after a village says what it is, and is no part
    # of a longer name the gazetteer lacks.
    parsed = geoparser.parse(
        "Gunmen ambushed state police in the Sabinalito Ejido, in Chiapas, on Monday."
    )
    chiapas, sabinalito = by_text(parsed, "Chiapas"), by_text(parsed, "Sabinalito")
    assert chiapas.place is not None and chiapas.place.feature_code == "ADM1"
    assert sabinalito.place is not None and sabinalito.place.admin1 == "Chiapas"
    parsed = geoparser.parse("Gunmen shot a teacher in Sabinalito Village on Monday.")
    assert by_text(parsed, "Sabinalito").place is not None


def test_a_town_in_a_governorate_is_in_the_west_bank_that_holds_it(geoparser):
    # GeoNames files Ţūlkarm under the Tulkarm governorate, not under the West Bank.
    parsed = geoparser.parse(
        "Troops raided the West Bank's Tulkarem on Sunday. Tulkarem, West Bank, mourned."
    )
    assert all(m.place is not None for m in parsed.mentions if m.text == "Tulkarem")
