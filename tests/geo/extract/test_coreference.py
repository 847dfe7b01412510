"""One event told in many sentences is one incident; distinct events stay apart.

Each test is a short report of our own, written for one class of failure seen on real
wire copy: a blast retold by its firefight and its toll, a headline and its lead, a
round-up of strikes on several towns, background from another day, a village the
gazetteer lacks, and the dateline a report was filed from.
"""

from __future__ import annotations

from datetime import date

from gazetteer.distance import distance_km
from gazetteer.place import Place
from geo.extract.coreference import contains, same_or_within
from geo.pipeline import IncidentExtractor
from geo.read import Report


def incidents(extractor: IncidentExtractor, text: str, *, on: date | None = None):
    return extractor.incidents_of(Report("t.txt", text, report_date=on))


def test_a_blast_its_firefight_and_its_toll_are_one_incident(incident_extractor):
    text = (
        "Three policemen were killed on Friday in Tartar when a roadside bomb hit their "
        "patrol. A brief firefight followed as the attackers fled. Two of the dead were "
        "officers, police said. The bomb went off near a market in Tartar, where two "
        "civilians were also killed."
    )
    (incident,) = incidents(incident_extractor, text, on=date(2023, 5, 6))
    assert incident.location == "Tartar"
    assert incident.sub_event_type == "Remote explosive/landmine/IED"
    assert incident.fatalities == 5  # three policemen, and two civilians also killed
    assert incident.event_date == date(2023, 5, 5)


def test_a_region_in_the_lead_and_the_town_later_are_one_incident(incident_extractor):
    text = (
        "Shelling killed two civilians in Azerbaijan on Monday, officials said. "
        "The shells fell on the outskirts of Tartar."
    )
    (incident,) = incidents(incident_extractor, text)
    assert incident.location == "Tartar"
    assert incident.fatalities == 2


def test_strikes_on_two_towns_are_two_incidents(incident_extractor):
    text = "Drone strikes hit Goris and Sisian on Monday, damaging houses."
    found = incidents(incident_extractor, text)
    assert sorted(i.location for i in found) == ["Goris", "Sisian"]
    # The sentence gives no toll of either town alone.
    assert all(i.fatalities is None for i in found)


def test_an_attack_in_another_town_is_another_incident(incident_extractor):
    text = (
        "Gunmen killed four villagers in Tartar on Sunday. "
        "Another attack in Goris on Sunday wounded two shepherds."
    )
    found = incidents(incident_extractor, text)
    assert [i.location for i in found] == ["Tartar", "Goris"]
    assert [(i.fatalities, i.injured) for i in found] == [(4, None), (0, 2)]


def test_a_toll_from_last_month_without_a_place_is_background(incident_extractor):
    text = (
        "Shelling killed two civilians in Tartar on 3 May 2023. "
        "On 2 April 2023, fifty soldiers were killed in an ambush."
    )
    (incident,) = incidents(incident_extractor, text)
    assert incident.location == "Tartar" and incident.fatalities == 2


def test_the_dateline_is_not_the_event_location(incident_extractor):
    text = "BAKU, Azerbaijan (AP) — Artillery shells hit Tartar on Monday, killing two civilians."
    (incident,) = incidents(incident_extractor, text)
    assert incident.location == "Tartar"


def test_the_dateline_city_is_the_place_of_an_event_in_the_city(incident_extractor):
    text = "YEREVAN — A rocket slammed into the city centre on Monday, wounding five people."
    (incident,) = incidents(incident_extractor, text)
    assert incident.place_name == "Yerevan" and incident.geo_precision == 1
    assert "dateline" in incident.place_reason


def test_a_village_the_gazetteer_lacks_is_placed_at_its_district(incident_extractor):
    text = (
        "Gunmen attacked the village of Zorvakhan in Tartar District on Monday, "
        "killing four farmers."
    )
    (incident,) = incidents(incident_extractor, text)
    assert incident.location == "Zorvakhan"
    # The district, or its seat that bears its name, at a district's precision.
    assert incident.place_name in ("Tərtər", "Tartar") and incident.geo_precision == 2
    assert "Zorvakhan is not in the gazetteer" in incident.place_reason


def test_an_unknown_name_before_its_region_is_placed_in_that_region(incident_extractor):
    # The gazetteer knows a Bodø in Norway; the text puts Bodo in Cameroon.
    text = "Suicide bombers killed 30 people in Bodo, Far North Region, Cameroon, on Sunday."
    (incident,) = incidents(incident_extractor, text)
    assert incident.location == "Bodo" and incident.country == "CM"
    assert incident.geo_precision == 3 and "not in the gazetteer" in incident.place_reason


def test_people_and_groups_are_not_event_locations(incident_extractor):
    text = (
        "Secretary-General Antonio Guterres condemned the attack. Boko Haram fighters "
        "killed four civilians in Kidal on Monday, spokesman Patrick Ruhamba said."
    )
    (incident,) = incidents(incident_extractor, text)
    assert incident.location == "Kidal"


def test_a_protest_and_its_injured_police_are_one_incident(incident_extractor):
    text = (
        "Thousands of protesters rallied in Tbilisi on Wednesday. Police used tear gas to "
        "disperse them. Eleven officers were injured."
    )
    (incident,) = incidents(incident_extractor, text)
    assert incident.event_type == "Protests" and incident.injured == 11


def test_containment_and_sameness_of_places():
    country = Place("c", "Azerbaijan", 40.4, 47.9, "A", "PCLI", "AZ")
    district = Place("d", "Tərtər", 40.34, 46.93, "A", "ADM2", "AZ", "Tərtər", "Tərtər")
    town = Place("t", "Tartar", 40.34, 46.93, "P", "PPLA2", "AZ", "Tərtər", "Tərtər")
    far = Place("g", "Goris", 39.51, 46.34, "P", "PPL", "AM")
    assert contains(country, town) and contains(district, town)
    assert not contains(country, far) and not contains(town, district)
    assert same_or_within(town, district) and not same_or_within(town, far)
    # A border town and a district across the border 11 km away are two places.
    chaman = Place("ch", "Chaman", 30.92, 66.45, "P", "PPL", "PK")
    boldak = Place("sb", "Spīn Bōldak", 31.006, 66.40, "A", "ADM2", "AF")
    assert not same_or_within(chaman, boldak) and not same_or_within(boldak, chaman)


def test_what_happened_in_an_earlier_year_is_background(incident_extractor):
    text = (
        "Gunmen killed four villagers in Tartar on Monday. "
        "In 2019, militants attacked Goris and killed ten soldiers."
    )
    (incident,) = incidents(incident_extractor, text, on=date(2023, 5, 6))
    assert incident.location == "Tartar"


def test_a_people_is_not_a_village_and_a_birthplace_is_not_the_place(incident_extractor):
    text = (
        "Gunmen killed four villagers in Tartar on Monday. The victims were from the "
        "Zorvakh community, and one was a native of Goris."
    )
    (incident,) = incidents(incident_extractor, text)
    assert incident.location == "Tartar"


def test_a_place_before_a_participle_is_still_a_place(incident_extractor):
    (incident,) = incidents(
        incident_extractor, "Six people were hurt in a bombing in Goris blamed on rebels."
    )
    assert incident.location == "Goris"


def test_a_capital_named_by_its_country_is_the_capital(incident_extractor):
    text = "A car bomb exploded in Armenia's capital on Monday, killing three people."
    (incident,) = incidents(incident_extractor, text)
    assert incident.place_name == "Yerevan" and incident.geo_precision == 1
    assert "capital" in incident.place_reason


def test_a_country_alone_is_placed_in_its_middle(incident_extractor):
    (incident,) = incidents(incident_extractor, "Protests broke out across Kenya on Monday.")
    assert incident.place_name == "Kenya" and incident.geo_precision == 3
    # Natural Earth's middle of Kenya, not Nairobi (-1.28, 36.82).
    assert abs(incident.latitude - 0.3) < 1.5 and abs(incident.longitude - 37.5) < 1.5


def test_a_province_alone_is_placed_in_its_middle_not_at_its_largest_town(incident_extractor):
    (incident,) = incidents(
        incident_extractor, "Gunmen shot dead five people in Michoacán on Monday."
    )
    assert incident.geo_precision == 3 and "middle of" in incident.place_reason
    # Michoacán spans 17.9-20.4 N, 100.0-103.7 W; Morelia, its largest town, is at
    # (19.70, -101.19), some 90 km from that centre.
    assert distance_km(incident.latitude, incident.longitude, 19.15, -101.85) < 40
    assert distance_km(incident.latitude, incident.longitude, 19.70, -101.19) > 60


def test_a_compass_word_places_the_incident_in_that_part_of_the_country(incident_extractor):
    (north,) = incidents(incident_extractor, "Gunmen killed 12 villagers in northern Nigeria.")
    (whole,) = incidents(incident_extractor, "Gunmen killed 12 villagers in Nigeria.")
    # Nigeria spans 4.3-13.9 N; the middle of its northern half is near 11.5 N.
    assert 10.5 < north.latitude < 12.5 and whole.latitude < 10.0
    assert "the north of Nigeria" in north.place_reason


def test_a_compass_word_places_the_incident_in_that_part_of_the_province(incident_extractor):
    (south,) = incidents(incident_extractor, "Shelling killed three people in southern Michoacán.")
    (whole,) = incidents(incident_extractor, "Shelling killed three people in Michoacán.")
    assert south.latitude < whole.latitude - 0.4 and south.geo_precision == 3
    # "the southern X state" says where the state lies, not which part of it.
    (lies,) = incidents(
        incident_extractor, "Shelling killed three people in the southern Michoacán state."
    )
    assert (lies.latitude, lies.longitude) == (whole.latitude, whole.longitude)


def test_a_district_alone_stays_at_its_main_town(incident_extractor):
    (incident,) = incidents(incident_extractor, "Two soldiers were killed in Tartar District.")
    assert incident.geo_precision == 2 and "middle of" not in incident.place_reason


def test_a_list_of_unknown_villages_is_one_incident_at_their_district(incident_extractor):
    # Neither village is in the gazetteer: both stand at the district's point, where
    # ACLED's one event per location, day and type makes them one incident (known
    # villages of a list stay an incident each: "Drone strikes hit Goris and Sisian").
    text = "Shells hit the villages of Zorvakhan and Tsakhkotun in Tartar District on Monday."
    (incident,) = incidents(incident_extractor, text)
    assert incident.location == "Zorvakhan, Tsakhkotun"
    assert incident.place_name in ("Tartar", "Tərtər") and incident.geo_precision == 2


def test_a_second_target_with_its_own_weapon_is_listed(incident_extractor):
    # The verb is left out before the second target: both places were shelled.
    text = "Separatists fired antitank grenades on Avdiivka and 120 mm mortars on Mariupol."
    found = incidents(incident_extractor, text)
    assert {i.location for i in found} == {"Avdiivka", "Mariupol"}
    # A second verb is another event's: the town it names is not a target of the first.
    text = "Separatists fired mortars on Avdiivka and celebrated at Donetsk."
    found = incidents(incident_extractor, text)
    assert {i.location for i in found} == {"Avdiivka"}


def test_a_chain_of_areas_is_not_a_list(incident_extractor):
    text = "Gunmen attacked the village of Zorvakhan, Tartar District, on Monday, killing two."
    (incident,) = incidents(incident_extractor, text)
    assert incident.location == "Zorvakhan" and incident.fatalities == 2


def test_a_direction_after_a_comma_names_a_reference_point(incident_extractor):
    text = "Two soldiers were killed in a clash in Syunik province, south of Yerevan, on Monday."
    (incident,) = incidents(incident_extractor, text)
    assert incident.location != "Yerevan"


def test_a_toll_of_several_attacks_is_no_single_attack_s_toll(incident_extractor):
    text = (
        "Two separate attacks left 30 people dead on Monday. "
        "Gunmen killed four villagers in Tartar. "
        "In Goris, a bomb killed six soldiers."
    )
    found = incidents(incident_extractor, text)
    assert sorted((i.location, i.fatalities) for i in found) == [("Goris", 6), ("Tartar", 4)]
    # Two words may stand between the count and the attacks.
    text = (
        "Four suspected jihadi attacks left about 30 people dead on Monday. "
        "Gunmen killed four villagers in Tartar. "
        "In Goris, a bomb killed six soldiers."
    )
    found = incidents(incident_extractor, text)
    assert sorted((i.location, i.fatalities) for i in found) == [("Goris", 6), ("Tartar", 4)]


def test_a_daily_round_up_at_one_place_is_an_incident_per_day(incident_extractor):
    text = " ".join(f"On {day} May 2023 shells hit Tartar, killing two." for day in (1, 3, 5))
    found = incidents(incident_extractor, text)
    assert sorted(i.event_date.day for i in found) == [1, 3, 5]


def test_a_toll_at_a_place_the_gazetteer_lacks_is_an_incident_of_its_own(incident_extractor):
    text = (
        "A car bomb near the parliament building in Mogadishu killed three people on "
        "Monday. In Qorowle, Somali troops clashed with militants, killing four."
    )
    found = incidents(incident_extractor, text, on=date(2024, 3, 4))
    assert sorted((i.location, i.fatalities) for i in found) == [("Mogadishu", 3), ("Qorowle", 4)]
    qorowle = next(i for i in found if i.location == "Qorowle")
    # "Somali troops" are an actor: they say nothing of where, so no country is guessed.
    assert qorowle.latitude is None and qorowle.geo_precision is None


def test_a_detail_at_an_unknown_hamlet_stays_with_its_event(incident_extractor):
    text = (
        "Gunmen set fire to twelve houses in Ilaga on Tuesday, police said. The burned "
        "houses stood in Kampung Dawer, beside the market."
    )
    (incident,) = incidents(incident_extractor, text, on=date(2024, 3, 4))
    assert incident.location == "Ilaga"


def test_an_incident_placed_nowhere_goes_to_the_one_country_named(incident_extractor):
    text = "Protests against the Chilean government were dispersed by police with tear gas."
    (incident,) = incidents(incident_extractor, text, on=date(2024, 3, 4))
    assert incident.place_name == "Chile" and incident.geo_precision == 3
    assert "the one country the report is about" in incident.place_reason


def test_forces_of_another_country_do_not_place_an_incident(incident_extractor):
    text = "Russian warplanes killed nine civilians in Zamalka on Sunday, rescuers said."
    found = incidents(incident_extractor, text, on=date(2024, 3, 4))
    assert all(i.country != "RU" for i in found)


def test_another_strike_in_a_town_of_the_region_is_another_incident(incident_extractor):
    text = (
        "Drone strikes killed dozens of civilians in towns of the Tigray region on Sunday. "
        "Another drone strike in Adigrat is said to have resulted in the deaths of 18 people."
    )
    found = incidents(incident_extractor, text, on=date(2024, 3, 4))
    adigrat = [i for i in found if i.location == "Adigrat"]
    assert len(adigrat) == 1 and adigrat[0].fatalities == 18
    assert len(found) == 2


def test_an_attack_in_the_same_city_on_another_day_is_placed_there(incident_extractor):
    text = (
        "On 28 October, a suicide bomber killed 22 people at a market in Goris. On 29 "
        "October, two suicide bombers killed seven people in the same city."
    )
    found = incidents(incident_extractor, text, on=date(2024, 11, 2))
    assert sorted((i.location, i.fatalities) for i in found) == [("Goris", 7), ("Goris", 22)]


def test_the_site_a_later_sentence_names_places_an_event_told_in_a_country(incident_extractor):
    text = (
        "Rebels in Armenia ambushed a police convoy on Monday, killing two officers.\n\n"
        "A spokesman said the attackers fled into the hills.\n\n"
        "Troops were sent to secure the site near Goris, officials said."
    )
    (incident,) = incidents(incident_extractor, text, on=date(2024, 3, 5))
    assert incident.place_name == "Goris" and incident.fatalities == 2


def test_an_unknown_quarter_of_a_town_the_event_names_is_placed_near_that_town(
    incident_extractor,
):
    text = (
        "Protesters and riot police clashed for hours in central Tbilisi on Sunday. Police "
        "fired tear gas at crowds gathered outside the party offices in Vashlijvari."
    )
    (incident,) = incidents(incident_extractor, text, on=date(2024, 3, 4))
    assert incident.location == "Vashlijvari"
    assert incident.place_name == "Tbilisi" and incident.geo_precision == 2
    assert "placed near Tbilisi" in incident.place_reason


def test_villages_listed_together_do_not_place_each_other(incident_extractor):
    text = (
        "Turkish-backed Syrian rebels capture the villages of Kafr Ablin, Al-Malikiyah, and "
        "Tall Qarah in the Tell Rifaat area."
    )
    found = incidents(incident_extractor, text, on=date(2024, 3, 4))
    # Kafr Ablin and Tall Qarah stand beside Al-Malikiyah in the list, not inside it;
    # Tall Qarah, which the gazetteer lacks, lies in the area the sentence names after it.
    assert sorted((i.location, i.place_name, i.geo_precision) for i in found) == [
        ("Al-Malikiyah", "Al Mālikīyah", 1),
        ("Tall Qarah", "Tall Rif‘at", 2),
    ]


def test_an_attack_on_a_headquarters_is_placed_where_the_headquarters_stands(
    incident_extractor,
):
    text = "Militants bombed the police headquarters in Kiziltepe, Mardin, killing four officers."
    (incident,) = incidents(incident_extractor, text, on=date(2024, 3, 4))
    assert incident.place_name == "Kızıltepe" and incident.geo_precision == 1


def test_a_victim_named_among_those_slain_is_not_a_second_incident(incident_extractor):
    text = (
        "Gunmen shot dead nine police officers in Tecpan on Monday, the state prosecutor "
        "said. The police chief of Chilpancingo was among those slain, officials added."
    )
    (incident,) = incidents(incident_extractor, text, on=date(2024, 3, 4))
    assert incident.location == "Tecpan" and incident.fatalities == 9


def test_a_separate_incident_does_not_take_the_unplaced_lead(incident_extractor):
    text = (
        "A roadside bomb killed eight soldiers on Monday. In a separate incident, gunmen "
        "killed five people at a hotel in Mogadishu."
    )
    found = incidents(incident_extractor, text, on=date(2024, 3, 4))
    assert sorted((i.location, i.fatalities) for i in found) == [("", 8), ("Mogadishu", 5)]


def test_a_village_the_gazetteer_lacks_and_another_village_are_two_incidents(
    incident_extractor,
):
    text = (
        "A 40-year-old man was killed in Ukraine's Kherson region on Saturday, the governor "
        "said. Guided bombs hit houses in the village of Zarichnivka. Police also said "
        "that Russian forces dropped bombs on Tiahynka. In the village of Nyzhnohirka, "
        "Kherson region, a farmer was killed by shelling."
    )
    found = incidents(incident_extractor, text, on=date(2024, 3, 4))
    assert sorted((i.location, i.fatalities) for i in found) == [
        ("Nyzhnohirka", 1),
        ("Tiahynka", None),
        ("Zarichnivka", 1),
    ]


def test_the_hospital_the_wounded_were_taken_to_does_not_place_the_attack(incident_extractor):
    text = (
        "Gunmen killed three worshippers at a mosque in the village of Zarichnivka on "
        "Friday. A dozen wounded were taken to the Heydar Aliyev Baku Central Hospital, "
        "police said."
    )
    (incident,) = incidents(incident_extractor, text, on=date(2024, 3, 4))
    assert incident.location == "Zarichnivka" and incident.place_name != "Baku"
    assert (incident.fatalities, incident.injured) == (3, 12)


def test_an_area_named_in_the_lead_is_no_unknown_village_of_its_own(incident_extractor):
    text = (
        "Cattle raiders attacked a camp in the Duk county of Jonglei state, the state "
        "minister said. At least 14 people were killed in South Sudan's Jonglei state. On "
        "Tuesday, youths raided a cattle camp called Pagonwut in Duk county, in Jonglei "
        "state, killing 14 people."
    )
    (incident,) = incidents(incident_extractor, text, on=date(2024, 3, 4))
    assert incident.location == "Pagonwut" and incident.fatalities == 14


def test_a_toll_told_place_by_place_in_one_sentence_is_an_incident_per_place(
    incident_extractor,
):
    text = (
        "Airstrikes hit border areas in the provinces of Paktika and Khost on Monday, the "
        "ministry said. It said that in these attacks three women and three children were "
        "killed in Paktika and two women were killed in Khost."
    )
    found = incidents(incident_extractor, text, on=date(2024, 3, 19))
    assert sorted((i.location, i.fatalities) for i in found) == [("Khost", 2), ("Paktika", 6)]
    # "In these attacks": each toll is of the airstrikes told before, not an attack of its own.
    assert {i.sub_event_type for i in found} == {"Air/drone strike"}


def test_the_first_place_of_a_toll_by_place_counts_its_own_clause_not_the_total(
    incident_extractor,
):
    text = (
        "Ten people were injured in a drone attack on the Kursk region, the governor wrote, "
        "adding that seven people were wounded in Rylsk and three more were injured in "
        "Lgov on Saturday."
    )
    found = incidents(incident_extractor, text, on=date(2025, 5, 31))
    assert sorted((i.location, i.injured) for i in found) == [("Lgov", 3), ("Rylsk", 7)]


def test_a_village_the_gazetteer_lacks_joins_the_event_of_the_district_named_before(
    incident_extractor,
):
    text = (
        "Drones attacked the Lgov district on Saturday, wounding three people, the "
        "governor said. In the settlement of Zarichnivka, two buildings and a garage "
        "caught fire after a drone attack."
    )
    (incident,) = incidents(incident_extractor, text, on=date(2025, 5, 31))
    assert incident.location == "Zarichnivka" and incident.injured == 3
    assert incident.geo_precision == 2


def test_a_district_known_by_another_spelling_inside_its_province_is_placed_there(
    incident_extractor,
):
    text = "Gunmen killed four farmers in Nawzad district, Helmand province, on Monday."
    (incident,) = incidents(incident_extractor, text, on=date(2024, 3, 4))
    assert incident.location == "Nawzad" and incident.place_name == "Now Zād"
    assert incident.geo_precision == 2 and "fuzzy match" in incident.place_reason
    # A possessive before the district is no part of its name.
    text = "Gunmen killed four farmers in Helmand's Nawzad district on Monday."
    (incident,) = incidents(incident_extractor, text, on=date(2024, 3, 4))
    assert incident.location == "Nawzad"


def test_the_device_retold_and_the_speakers_range_make_no_second_incident(incident_extractor):
    text = (
        "Rebels blew up a police vehicle with a roadside bomb in Bijapur district on "
        "Monday, killing eight policemen, officials said. The explosive device went off near "
        "a culvert, said the Inspector General of Police (Bastar Range)."
    )
    (incident,) = incidents(incident_extractor, text, on=date(2025, 1, 6))
    assert incident.fatalities == 8 and incident.location != "Bastar"


def test_the_police_of_a_state_that_speaks_does_not_place_an_event(incident_extractor):
    text = (
        "A mob burnt two suspected thieves to death in Suleja on Monday. The Niger State "
        "police spokesperson confirmed the incident."
    )
    found = incidents(incident_extractor, text, on=date(2024, 3, 4))
    assert [i.location for i in found] == ["Suleja"]


def test_a_township_the_gazetteer_spells_otherwise_is_found_in_its_governorate(
    incident_extractor,
):
    text = (
        "A car bomb killed 20 people in the township of Balad Ruz in Iraq's eastern "
        "Diyala Governorate on Friday."
    )
    (incident,) = incidents(incident_extractor, text)
    # GeoNames spells it Baladrūz: a close spelling inside the governorate the text gives.
    assert incident.location == "Balad Ruz" and incident.geo_precision == 1
    assert incident.place_name == "Baladrūz"


def test_arrests_in_a_report_of_riots_are_the_riots(incident_extractor):
    text = (
        "Rioters torched cars and looted shops in Lyon overnight. "
        "Police arrested 40 people in Grenoble on Friday."
    )
    found = {i.location: i for i in incidents(incident_extractor, text)}
    assert found["Grenoble"].sub_event_type == "Violent demonstration"
    assert "arrests during" in found["Grenoble"].notes
    (alone,) = incidents(incident_extractor, "Police arrested 40 suspected smugglers in Grenoble.")
    assert alone.sub_event_type == "Arrests"
    # A mob's violence is no demonstration: the raids' arrests elsewhere stay arrests.
    text = (
        "Youths threw stones at soldiers in Jenin on Tuesday, and one was hurt. "
        "Overnight, soldiers detained 12 men in raids in Tubas."
    )
    found = {i.location: i for i in incidents(incident_extractor, text)}
    assert found["Tubas"].sub_event_type == "Arrests"


def test_the_attack_in_a_far_town_with_its_own_toll_is_another_incident(incident_extractor):
    # A round-up of agency items: "the attack" names another city, far from the blast
    # just told, and gives a toll of its own. A place with no toll of its own ("where the
    # unit was based") or a country ("fled back into Armenia") still tells more of it.
    text = (
        "A roadside bomb wounded three soldiers near Tartar on Monday, officials said. "
        "The attack in Sisian killed four shepherds, local media reported. "
        "The blast in Tartar was the third this month, and the attackers fled back into "
        "Armenia."
    )
    found = incidents(incident_extractor, text)
    assert sorted(i.location for i in found) == ["Sisian", "Tartar"]
    by_place = {i.location: i for i in found}
    assert by_place["Sisian"].fatalities == 4
    assert by_place["Tartar"].injured == 3


def test_a_victim_s_home_town_and_nationality_do_not_place_the_attack(incident_extractor):
    # Wire copy on soldiers killed abroad names each victim's home town ("of Austin,
    # Texas", "24, of Salisbury") and nationality ("a US serviceman"): neither is where
    # the bomb went off.
    text = (
        "A roadside bomb killed a British soldier near Manbij in northern Syria on "
        "Thursday. A US serviceman, 36-year-old Master Sgt John J. Dunbar of Austin, "
        "Texas, was also killed and five others were wounded. Another soldier, Paul "
        "Grant, 24, of Salisbury, was among the wounded."
    )
    (incident,) = incidents(incident_extractor, text)
    assert incident.location == "Manbij"
    assert incident.fatalities == 2
    assert incident.injured == 5


def test_a_village_of_a_people_the_gazetteer_lacks_goes_to_their_country(incident_extractor):
    # "The Syrian village of X": the people's name says which country holds the village.
    text = "Rebels captured the Syrian Alawite village of Qurt Zabbadin on Tuesday."
    (incident,) = incidents(incident_extractor, text, on=date(2016, 5, 12))
    assert incident.location == "Qurt Zabbadin"
    assert incident.place_name == "Syria" and incident.geo_precision == 3
    assert "Qurt Zabbadin is not in the gazetteer" in incident.place_reason


def test_unknown_villages_of_one_list_placed_at_one_area_are_one_incident(incident_extractor):
    # None of the three is in the gazetteer: all stand at Syria on the same day, as the
    # same capture, which ACLED counts once; a known village of the list stays its own.
    text = (
        "The army captured the villages of Qurt Zabbadin, Tell Mahrouqa and Kafr Shamlan "
        "in Syria on Monday."
    )
    (incident,) = incidents(incident_extractor, text, on=date(2019, 5, 7))
    assert incident.location == "Qurt Zabbadin, Tell Mahrouqa, Kafr Shamlan"
    assert incident.place_name == "Syria" and incident.geo_precision == 3
    assert "placed_at_area" in incident.flags.split(",")
    text = "The army captured the villages of Qurt Zabbadin and Saraqib in Syria on Monday."
    found = incidents(incident_extractor, text, on=date(2019, 5, 7))
    assert "Saraqib" in {i.location for i in found}


def test_a_belligerents_tally_along_a_front_sector_is_no_toll_of_the_event(incident_extractor):
    # A ministry's daily tally of enemy losses "in the X direction" sums many engagements:
    # it is neither an event nor part of the village's toll.
    text = (
        "Shelling killed a 52-year-old farmer in Tartar on Monday, the governor said. "
        "The defence ministry said that more than 40 enemy soldiers had been eliminated "
        "and three tanks destroyed in the Tartar direction."
    )
    (incident,) = incidents(incident_extractor, text, on=date(2023, 5, 2))
    assert incident.location == "Tartar" and incident.fatalities == 1


def test_an_arrest_at_a_town_is_not_merged_into_an_event_told_at_its_country(incident_extractor):
    # The arrest follows another event; that the country holds the town makes it no part
    # of the shelling told there, whose type it had taken.
    text = (
        "Shelling killed two civilians in Azerbaijan on Monday. In a separate incident, a "
        "grenade wounded four people in Tartar. A suspect was then arrested in Ganja."
    )
    found = incidents(incident_extractor, text, on=date(2023, 5, 2))
    by_place = {incident.place_name: incident for incident in found}
    assert set(by_place) == {"Azerbaijan", "Tartar", "Ganja"}
    assert by_place["Azerbaijan"].sub_event_type == "Shelling/artillery/missile attack"
    assert by_place["Azerbaijan"].fatalities == 2
    assert by_place["Ganja"].sub_event_type == "Arrests"


def test_a_toll_told_far_down_a_report_of_one_event_is_its_toll(incident_extractor):
    # Four sentences of colour between the raid and the police's toll: in a report of one
    # event, the toll is still that event's, not background to drop.
    text = (
        "Gunmen stormed a mosque in Tartar on Tuesday night. Witnesses said they shouted "
        "as they came in. The imam hid behind a door. Worshippers ran into the fields. "
        "Neighbours came out of their houses. Police confirmed that four people were "
        "killed and 11 wounded. The imam said the attack had been planned."
    )
    (incident,) = incidents(incident_extractor, text, on=date(2023, 5, 3))
    assert (incident.fatalities, incident.injured) == (4, 11)


def test_a_toll_per_place_may_tell_its_verb_once(incident_extractor):
    # "… in Idlib and 3 in Ariha": the second count has no verb of its own; and the places
    # the sentence named first ("hit Idlib and Ariha") are each event's own, once.
    found = incidents(
        incident_extractor,
        "Airstrikes hit Idlib and Ariha on Monday, killing 7 civilians in Idlib and 3 in Ariha.",
    )
    assert sorted((i.location, i.fatalities) for i in found) == [("Ariha", 3), ("Idlib", 7)]
    wounded = incidents(
        incident_extractor, "Shelling wounded 12 people in Kherson and 4 in Mykolaiv."
    )
    assert sorted((i.location, i.injured) for i in wounded) == [
        ("Kherson", 12),
        ("Mykolaiv", 4),
    ]


def test_clauses_that_each_tell_an_event_somewhere_else_are_apart(incident_extractor):
    found = incidents(
        incident_extractor,
        "15 September – Shelling of Kherson kills 3 and injures 11; a drone strike on "
        "Zaporizhzhia injures 2.",
    )
    assert sorted((i.location, i.fatalities or 0, i.injured) for i in found) == [
        ("Kherson", 3, 11),
        ("Zaporizhzhia", 0, 2),
    ]
    # A clause's place may be one the gazetteer lacks: its toll is still its own.
    apart = incidents(
        incident_extractor,
        "9 July – A car bomb explodes in Tartar, killing 13 people; another bomb in Zincko "
        "kills 5.",
    )
    assert sorted((i.location, i.fatalities) for i in apart) == [("Tartar", 13), ("Zincko", 5)]
    # A clause that goes on about the same event stays with it.
    one = incidents(
        incident_extractor, "Shelling hit Kherson, killing 3; the shelling also damaged a school."
    )
    assert [(i.location, i.fatalities) for i in one] == [("Kherson", 3)]


def test_a_toll_updated_days_later_is_the_event_s_told_on_its_day(incident_extractor):
    # The day a toll rose is not the day of the bombing; and "at a restaurant" is no count.
    text = (
        "BAKU (Reuters) - The death toll from a suicide bombing at a restaurant in the "
        "Azerbaijani capital rose to 21 on Saturday, police said.\n\n"
        "The attacker detonated explosives inside the crowded restaurant near the "
        "seafront on Thursday evening. At least 40 people were wounded."
    )
    found = incidents(incident_extractor, text, on=date(2023, 3, 4))
    assert [(i.location, i.fatalities, i.injured, i.event_date) for i in found] == [
        ("the Azerbaijani capital", 21, 40, date(2023, 3, 2))
    ]


def test_an_earlier_event_told_after_a_day_after_is_its_own(incident_extractor):
    # "…, a day after a car bomb killed seven soldiers in Ganja": an event of its own
    # place and toll, not more dead of the attack the sentence opens with.
    text = (
        "Rebels attacked an army base in Tartar on Wednesday, a day after a car bomb "
        "killed seven soldiers at a checkpoint in Ganja, officials said. Twelve rebels "
        "were killed in the fighting in Tartar."
    )
    found = incidents(incident_extractor, text, on=date(2023, 10, 4))
    by_place = {i.location: i.fatalities for i in found}
    assert by_place == {"Tartar": 12, "Ganja": 7}


def test_a_clause_of_another_day_and_type_is_its_own_event_though_its_place_is_unknown(
    incident_extractor,
):
    text = (
        "On Monday, gunmen attacked a market near Ayorou, killing three traders, and on "
        "Tuesday an air strike killed 25 fighters near Kokorou."
    )
    found = {
        (i.sub_event_type, i.fatalities)
        for i in incidents(incident_extractor, text, on=date(2024, 6, 20))
    }
    assert found == {("Attack", 3), ("Air/drone strike", 25)}


def test_another_engagement_in_the_same_sentence_is_another_event(incident_extractor):
    text = "Troops killed six rebels in Beni on Monday, and in another engagement near Butembo "
    text += "three soldiers died."
    found = {(i.location, i.fatalities) for i in incidents(incident_extractor, text)}
    assert found == {("Beni", 6), ("Butembo", 3)}


def test_a_month_s_attacks_counted_together_are_not_the_day_s_event(incident_extractor):
    text = (
        "Rebels killed 14 civilians near Oicha on Wednesday. In June, rebel attacks near "
        "Oicha and Eringeti killed more than 80 people."
    )
    (incident,) = incidents(incident_extractor, text, on=date(2024, 6, 20))
    assert incident.fatalities == 14


def test_a_town_named_as_the_part_of_an_area_s_toll_gets_its_part(incident_extractor):
    text = (
        "Shelling killed three people and wounded eight across Zaporizhzhia oblast on "
        "Sunday, one of them in Orikhiv, the governor said."
    )
    (incident,) = incidents(incident_extractor, text, on=date(2024, 6, 17))
    assert incident.place_name is not None and incident.location == "Orikhiv"
    assert (incident.fatalities, incident.injured) == (1, None)


def test_an_area_s_day_told_in_the_lead_is_not_the_first_town_s_toll(incident_extractor):
    text = (
        "KHERSON, Ukraine - Russian attacks on Kherson oblast killed five civilians and "
        "wounded 14 on Monday, the governor said on Tuesday. Two people were killed and "
        "four wounded when shells hit Bilozerka, he said."
    )
    found = {
        (i.location, i.fatalities, i.injured)
        for i in incidents(incident_extractor, text, on=date(2024, 6, 18))
    }
    assert ("Bilozerka", 2, 4) in found


def test_a_list_keeps_its_settlements_though_one_item_reads_as_a_district(incident_extractor):
    # "Dnipro" reads as a district of Kyiv here; the list's "and" still makes a list.
    text = (
        "Students rallied in Kyiv on Friday. Crowds also marched in Lviv, Odesa and Dnipro, "
        "local media said."
    )
    places = {i.location for i in incidents(incident_extractor, text, on=date(2024, 6, 17))}
    assert {"Kyiv", "Lviv", "Odesa"} <= places


def test_an_update_of_the_toll_in_the_capital_goes_to_the_capital_s_event(incident_extractor):
    text = (
        "A missile strike on Kyiv killed three people at dawn. A drone hit a depot in "
        "Fastiv, wounding a guard. By evening the toll in the capital had risen to nine "
        "dead and 40 injured, officials said."
    )
    found = {
        (i.location, i.fatalities, i.injured)
        for i in incidents(incident_extractor, text, on=date(2024, 6, 17))
    }
    assert ("Kyiv", 9, 40) in found


def test_another_day_s_strike_on_the_town_and_an_arrest_in_the_district_seat_are_apart(
    incident_extractor,
):
    # The battle is placed at the district that holds the unknown village; the town of
    # that district's name, where an arrest happened "meanwhile", is another place; and
    # the next day's strike "on the town's market" is another event, at the village.
    text = (
        "Resistance fighters seized the police station in Ywar Thit, a village in Sagaing "
        "Region's Monywa District, after a six-hour battle on Thursday, killing nine "
        "policemen. The junta responded the following day. A fighter jet dropped four "
        "bombs on the town's market ward on Friday afternoon, killing three civilians. "
        "Meanwhile, troops on the outskirts of Monywa detained four young men on Friday "
        "evening."
    )
    found = incidents(incident_extractor, text, on=date(2024, 2, 3))
    assert [(i.location, i.sub_event_type, i.event_date, i.fatalities) for i in found] == [
        ("Ywar Thit", "Non-state actor overtakes territory", date(2024, 2, 1), 9),
        ("Ywar Thit", "Air/drone strike", date(2024, 2, 2), 3),
        ("Monywa", "Arrests", date(2024, 2, 2), None),
    ]


def test_a_place_named_only_as_the_x_area_is_as_weak_as_one_after_in(incident_extractor):
    # "near the Tangjeng area" names a place the gazetteer lacks, as weakly as "in
    # Tangjeng" would: it does not take over the killing told at Moirang before it.
    text = (
        "Gunmen killed three villagers in Moirang on Sunday, police said. He said that the "
        "bodies were taken to the MLA's home in protest against attacks by militants near "
        "the Tangjeng area."
    )
    found = incidents(incident_extractor, text, on=date(2024, 3, 8))
    assert ("Moirang", "Attack", 3) in {(i.location, i.sub_event_type, i.fatalities) for i in found}


def test_another_weapon_said_apart_is_another_incident_at_the_same_town(incident_extractor):
    found = incidents(
        incident_extractor,
        "In Kherson's Dniprovskyi district, a Russian shell hit a house, killing a woman. "
        "Separately, a man was injured in the Korabelnyi district when a Russian drone "
        "attacked a minibus.",
    )
    assert sorted(i.sub_event_type for i in found) == [
        "Air/drone strike",
        "Shelling/artillery/missile attack",
    ]
    # Without "separately", a drone told after the shelling may be the same attack.
    together = incidents(
        incident_extractor,
        "Russian artillery shelled Kherson, killing a woman. A drone also struck the city.",
    )
    assert len(together) == 1


def test_another_weapon_on_another_day_is_another_incident(incident_extractor):
    # ACLED's unit is one event per place, day and sub-type: a town shelled on Friday and
    # hit by a drone on Saturday had two events, though both are explosions.
    found = incidents(
        incident_extractor,
        "Russian forces shelled Nikopol on Friday, killing two people. On Saturday a "
        "drone strike hit Nikopol, killing a man.",
        on=date(2025, 3, 4),
    )
    assert [(i.sub_event_type, i.event_date, i.fatalities) for i in found] == [
        ("Shelling/artillery/missile attack", date(2025, 2, 28), 2),
        ("Air/drone strike", date(2025, 3, 1), 1),
    ]


def test_an_attack_on_villagers_and_next_day_s_battle_with_the_attackers_are_two(
    incident_extractor,
):
    # Both are violence, and the battle names no place of its own; but an attack on
    # civilians one day and a battle the next are two events, and the battle is drawn
    # where the report placed the village the gazetteer lacks.
    found = incidents(
        incident_extractor,
        "Rebels killed 13 civilians on Tuesday in an attack on the village of Mayimoya, in "
        "Beni territory, in the east of the Democratic Republic of Congo. The spokesman of "
        "the Sokola operations said troops pursued the attackers and clashed with them on "
        "Wednesday on the outskirts of Mayimoya.",
        on=date(2025, 3, 12),
    )
    assert [(i.location, i.sub_event_type, i.event_date) for i in found] == [
        ("Mayimoya", "Attack", date(2025, 3, 11)),
        ("Mayimoya", "Armed clash", date(2025, 3, 12)),
    ]
    assert found[0].place_name == found[1].place_name == "Beni"
    assert "the report's other incident there" in found[1].place_reason


def test_the_army_retaking_a_site_the_next_day_is_another_event(incident_extractor):
    # The attack and the fight were on Monday; the army's retaking, on Tuesday, is another
    # event (ACLED's "Government regains territory"), and Ituri is only the remit of the
    # army spokesperson who told it.
    found = incidents(
        incident_extractor,
        "Militiamen attacked the Zokpa mining site near Mongbwalu on Monday, killing ten "
        "diggers, and fought the army for three hours. The army spokesperson in Ituri said "
        "on Tuesday that troops had regained control of the Zokpa site early on Tuesday.",
        on=date(2025, 8, 5),
    )
    assert [(i.sub_event_type, i.event_date) for i in found] == [
        ("Armed clash", date(2025, 8, 4)),
        ("Government regains territory", date(2025, 8, 5)),
    ]
    assert found[1].location != "Ituri"


def test_an_agency_s_recap_of_the_day_before_is_no_incident(incident_extractor):
    found = incidents(
        incident_extractor,
        "A Russian drone killed a driver in Antonivka. Two residents of Bilozerka were "
        "wounded in shelling. Another eight people were injured in other settlements of the "
        "region. As Ukrinform reported, the day before, Russian shelling killed one person "
        "and injured 11 in Kherson region.",
    )
    tolls = {i.location: (i.fatalities, i.injured) for i in found}
    assert tolls == {"Antonivka": (1, None), "Bilozerka": (0, 2)}


def test_a_report_whose_every_event_is_months_old_reports_none(incident_extractor):
    # A December report on a summit: September's attack is background, whatever else the
    # report holds.
    found = incidents(
        incident_extractor,
        "West African leaders met in Abuja on Sunday to discuss security. In September, the "
        "group struck a gendarmerie school in Bamako, killing more than 70 people.",
        on=date(2024, 12, 16),
    )
    assert found == []


def test_the_hospital_a_victim_reached_is_no_incident_of_its_own(incident_extractor):
    # A town the gazetteer lacks after the hospital, and "dead on arrival at a hospital".
    found = incidents(
        incident_extractor,
        "Five militants were killed and two soldiers wounded in a clash in Datu Hoffer on "
        "Monday. The two wounded soldiers were airlifted to the Camp Siongco Station "
        "Hospital in Datu Odin Sinsuat.",
    )
    assert [i.location for i in found] == ["Datu Hoffer"]
    found = incidents(
        incident_extractor,
        "Gunmen shot a village chief in Talakag on Monday. The victim was declared dead on "
        "arrival at a hospital in Valencia City.",
    )
    assert [(i.location, i.fatalities) for i in found] == [("Talakag", 1)]
