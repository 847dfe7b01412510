"""Which sentences state incidents, and which of them state the same one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazetteer.distance import distance_km
from gazetteer.geoparse import Mention
from gazetteer.place import Place
from geo.extract.incidents import (
    _NAMESAKE_NOTE,
    AGGREGATE_RE,
    SEPARATE_RE,
    Extractor,
    _a_person_s_surname,
    _DocumentContext,
    _named_area_level,
    _one_per_place_and_day,
    _placed_alike,
)
from geo.extract.statements import is_background
from geo.incident import Incident
from geo.pipeline import IncidentExtractor
from geo.read import Report, parse_text_reports
from geo.taxonomy import SUB_EVENT_TYPES


def extract(text: str, *, report_date: date | None = None):
    return Extractor().extract(Report("t.txt", text, report_date=report_date))


def test_background_statistics_are_not_incidents():
    text = (
        "The war has resulted in the deaths of 6,000 people since 2020. "
        "Aid groups helped in the evacuation of 5,000 residents. "
        "The conflict, which began decades ago, killed thousands."
    )
    assert extract(text) == []
    assert is_background("The conflict has resulted in the deaths of 30,000 people.")


def test_a_restating_sentence_joins_the_incident():
    text = (
        "A mine explosion killed a soldier on Tuesday. "
        "The explosion took place near a bridge. "
        "The blast also wounded two deminers."
    )
    (incident,) = extract(text, report_date=date(2023, 5, 4))
    assert (incident.fatalities, incident.injured) == (1, 2)
    assert incident.event_date == date(2023, 5, 2)
    assert text[incident.evidence_start : incident.evidence_end] == incident.evidence
    assert incident.evidence.startswith("A mine explosion")


def test_a_definite_restatement_much_later_is_the_same_incident():
    text = (
        "Shelling killed two civilians in a border village on Monday. "
        "Farmers say the harvest was poor. Prices rose. Schools reopened. Roads were repaired. "
        "The shelling was condemned by the regional governor."
    )
    (incident,) = extract(text)
    assert incident.fatalities == 2


def test_separately_starts_a_new_incident():
    text = (
        "Shelling killed two civilians in one village. "
        "Separately, protesters rallied in the capital against the government."
    )
    incidents = extract(text)
    assert [i.event_type for i in incidents] == ["Explosions/Remote violence", "Protests"]
    assert incidents[0].fatalities == 2 and incidents[1].fatalities is None


def test_sentences_that_only_recall_a_background_event_are_no_incident(incident_extractor):
    text = (
        "Villagers in Kanbalu held prayers on Friday to mark two years since an air strike "
        "killed 160 people there in 2023. Monks led the prayers at the village monastery.\n\n"
        "A farmer who lost his two sons in the attack said no one had been punished.\n\n"
        "The opposition government said on Friday it had sent evidence of the attack to "
        "investigators in Myanmar."
    )
    report = Report("t.txt", text, report_date=date(2025, 4, 11))
    assert incident_extractor.incidents_of(report) == []
    # A lead that names the event by its name tells it.
    lead = Report(
        "n.txt",
        "17 April: A foreign aid worker becomes the second foreign death of the Battle of "
        "Khartoum.",
        report_date=date(2023, 4, 17),
    )
    assert len(incident_extractor.incidents_of(lead)) == 1


def test_the_second_engagement_is_another_event():
    assert SEPARATE_RE.search("In the second engagement, troops raided a hideout in Tank.")
    assert SEPARATE_RE.search("The third operation was conducted near Mir Ali.")
    assert not SEPARATE_RE.search("The operation was conducted near Mir Ali.")


def test_another_place_the_gazetteer_draws_from_the_first_one_s_point_is_another_event(
    incident_extractor,
):
    text = (
        "Gunmen attacked Sebba on Sunday, killing 12 civilians. The same Sunday, the post of "
        "the volunteers in Tankounga, about 15 kilometres north of Sebba, was also attacked, "
        "and three volunteers were killed."
    )
    report = Report("t.txt", text, report_date=date(2024, 1, 2))
    found = sorted((i.location, i.fatalities) for i in incident_extractor.incidents_of(report))
    assert found == [("Sebba", 12), ("Tankounga", 3)]


def test_the_second_encounter_at_a_district_the_lead_listed_is_that_district_s(
    incident_extractor,
):
    text = (
        "Fourteen militants were killed in two separate encounters in Bijapur and Kanker "
        "districts on Thursday, police said. Ten militants were gunned down in a forest in "
        "Bijapur district. In the second encounter, four militants were killed in a forest "
        "in Kanker district."
    )
    report = Report("t.txt", text, report_date=date(2025, 3, 21))
    found = sorted((i.place_name, i.fatalities) for i in incident_extractor.incidents_of(report))
    assert sorted(count or 0 for _place, count in found) == [4, 10]


def test_a_headline_alone_is_not_an_incident():
    text = "Mine Explosion in the Hills\n\nThe region's farmers expect a good harvest.\n"
    report = Report("t.txt", text, title="Mine Explosion in the Hills", body_start=29)
    assert Extractor().extract(report) == []


def test_a_counted_toll_without_a_trigger_word_is_an_incident():
    (incident,) = extract("Two shepherds were killed on the hillside on Monday.")
    assert incident.event_type == "Violence against civilians"
    assert incident.fatalities == 2


def test_ids_are_stable_and_distinct(incident_extractor: IncidentExtractor):
    text = "Shells hit Tartar. Separately, clashes broke out near Sotk."
    first = incident_extractor.incidents_of(Report("a.txt", text))
    second = incident_extractor.incidents_of(Report("a.txt", text))
    assert [i.id for i in first] == [i.id for i in second]
    assert len({i.id for i in first}) == 2
    assert [i.location for i in first] == ["Tartar", "Sotk"]


def test_hostile_text_passes_through_as_text(incident_extractor: IncidentExtractor):
    text = 'Shells hit Tartar <script>alert("x")</script> on Monday.'
    (incident,) = incident_extractor.incidents_of(Report("<b>.txt", text))
    assert "<script>" in incident.evidence  # kept verbatim; escaping is the writers' job
    assert incident.location == "Tartar"


WORDS = [
    "Shells",
    "hit",
    "Tartar",
    "killing",
    "two",
    "civilians",
    "and",
    "wounding",
    "dozens",
    "The",
    "explosion",
    "took",
    "place",
    "near",
    "a",
    "village",
    "in",
    "on",
    "Monday",
    "protesters",
    "rallied",
    "police",
    "detained",
    "claimed",
    "15",
    "soldiers",
    "were",
    "killed",
    ".",
    ",",
    "Separately",
    "mine",
    "exploded",
    "\n\n",
    "[…]",
    '"',
    "since",
    "2020",
]


@given(st.lists(st.sampled_from(WORDS), max_size=80), st.dates())
def test_any_word_salad_gives_consistent_incidents(words, report_date):
    text = " ".join(words)
    report = Report("t.txt", text, report_date=report_date)
    for incident in Extractor().extract(report):
        assert text[incident.evidence_start : incident.evidence_end] == incident.evidence
        assert incident.fatalities is None or incident.fatalities >= 0
        assert incident.injured is None or incident.injured >= 0
        assert incident.sub_event_type in SUB_EVENT_TYPES[incident.event_type]
        assert incident.event_date is None or incident.time_precision in (1, 2, 3)


def test_reports_without_an_incident_are_not_geoparsed():
    calls: list[str] = []

    def mentions():
        calls.append("parsed")
        return []

    extractor = Extractor()
    assert extractor.extract(Report("a.txt", "Prices of bread rose."), mentions=mentions) == []
    assert calls == []
    assert len(extractor.extract(Report("b.txt", "Shells hit a school."), mentions=mentions)) == 1
    assert calls == ["parsed"]


def test_an_event_in_a_nearby_village_is_its_own_near_the_one_before(incident_extractor):
    text = (
        "A drone strike killed a shepherd in the town of Bint Jbeil on Monday, the health "
        "ministry said.\n\nThe army said the strike hit a rocket launcher.\n\n"
        "On Tuesday, a drone strike hit a car in a nearby village, killing two men."
    )
    report = Report("t.txt", text, report_date=date(2024, 3, 1))
    first, second = incident_extractor.incidents_of(report)
    assert (first.location, first.geo_precision, first.fatalities) == ("Bint Jbeil", 1, 1)
    assert (second.latitude, second.longitude) == (first.latitude, first.longitude)
    assert (second.geo_precision, second.fatalities) == (2, 2)
    assert "a nearby village" in second.place_reason


def test_a_question_about_the_attack_adds_no_incident(incident_extractor):
    text = (
        "A car bomb killed six people at a checkpoint in Kirkuk on Sunday.\n\n"
        "It is unclear whether the explosion came from a suicide car bombing."
    )
    (incident,) = incident_extractor.incidents_of(Report("t.txt", text))
    assert (incident.location, incident.fatalities) == ("Kirkuk", 6)


def test_an_unresolved_place_has_no_precision(incident_extractor):
    (incident,) = incident_extractor.incidents_of(
        Report("t.txt", "Gunmen killed four herders in Xqzvillex on Monday.")
    )
    assert incident.latitude is None
    assert incident.geo_precision is None and incident.uncertainty_m is None


def test_a_day_told_after_the_dateline_wins_over_the_datelines_date():
    # "GORIS, Nov 9 (Reuters) -": the day the story was filed; "on Tuesday" is the event's.
    [filed] = extract(
        "GORIS, Nov 9 (Reuters) - Shells killed two farmers near Tartar on Tuesday.",
        report_date=date(2023, 11, 9),
    )
    assert filed.event_date == date(2023, 11, 7)
    # With no day of its own, the dateline's date stands.
    [alone] = extract(
        "GORIS, Nov 9 (Reuters) - Shells killed two farmers near Tartar.",
        report_date=date(2023, 11, 10),
    )
    assert alone.event_date == date(2023, 11, 9)


def test_how_the_police_met_a_protest_joins_it():
    # The second sentence has no trigger of its own; it tells how the protest was met.
    (incident,) = extract(
        "Students marched in the city centre against fee rises. Police fired tear gas to "
        "disperse them."
    )
    assert incident.sub_event_type == "Protest with intervention"


def test_months_of_clashes_before_an_attack_do_not_type_it():
    (incident,) = extract(
        "Gunmen opened fire on a bus of pilgrims near the bridge, killing 11 passengers. "
        "The attack comes after months of tribal clashes in the valley."
    )
    assert incident.event_type == "Violence against civilians"
    assert incident.fatalities == 11


def test_one_event_per_town_day_and_sub_type():
    shot = Incident(
        id="a",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        event_date=date(2024, 5, 6),
        fatalities=1,
        place_id="geonames:1",
        geo_precision=1,
        evidence="A gunman shot the envoy.",
    )
    again = replace(shot, id="b", fatalities=1, injured=3, evidence="Three were wounded.")
    other_day = replace(shot, id="c", event_date=date(2024, 5, 7))
    near = replace(shot, id="d", geo_precision=2)
    merged = _one_per_place_and_day([shot, again, other_day, near, replace(near, id="e")])
    assert [i.id for i in merged] == ["a", "c", "d", "e"]
    assert (merged[0].fatalities, merged[0].injured) == (1, 3)
    assert "Three were wounded." in merged[0].notes


def test_two_notes_dated_a_day_apart_are_two_events():
    # Dates written out are days; a night that spans two is written so.
    found = extract(
        "On 26 May 2024, thousands rallied in the capital against the prime minister.\n\n"
        "On 27 May 2024, police arrested 151 protesters who blocked streets in the capital."
    )
    assert [i.event_date for i in found] == [date(2024, 5, 26), date(2024, 5, 27)]
    # A weekday and an "overnight" still join the day before or after.
    (one,) = extract(
        "Rebels attacked the base on Monday night. The fighting went on into Tuesday, "
        "killing 12 soldiers.",
        report_date=date(2024, 5, 29),
    )
    assert one.fatalities == 12


def test_unrest_that_spread_to_other_towns_is_an_event_at_each(incident_extractor):
    text = (
        "Riots broke out in Kisumu on 3 March after the vote and spread to Eldoret and "
        "Nakuru on 5 March, police said."
    )
    report = Report("t.txt", text, report_date=date(2025, 3, 6))
    found = incident_extractor.incidents_of(report)
    assert [(i.location, i.event_date, i.event_type) for i in found] == [
        ("Kisumu", date(2025, 3, 3), "Riots"),
        ("Eldoret", date(2025, 3, 5), "Riots"),
        ("Nakuru", date(2025, 3, 5), "Riots"),
    ]


def test_two_events_joined_by_and_or_while_are_two(incident_extractor):
    text = (
        "Bandits killed six villagers in Gusau on Monday, while troops clashed with "
        "insurgents near Damboa later the same day, killing nine."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 3, 5)))
    assert [(i.location, i.event_type, i.fatalities, i.event_date) for i in found] == [
        ("Gusau", "Violence against civilians", 6, date(2025, 3, 3)),
        ("Damboa", "Battles", 9, date(2025, 3, 3)),
    ]
    # A place the gazetteer lacks after "and" is the same raid's, not another event.
    (one,) = incident_extractor.incidents_of(
        Report("t.txt", "Gunmen killed five people in Kano, and burned houses in Xqzville.")
    )
    assert (one.location, one.fatalities) == ("Kano", 5)


def test_a_note_of_one_line_without_a_period_is_read():
    (one,) = extract("Gunmen kill 4 farmers near Xqzville")
    assert (one.event_type, one.fatalities) == ("Violence against civilians", 4)


def test_an_event_told_hours_later_has_the_day_before_it(incident_extractor):
    text = (
        "A bomb killed a former commander in Tafas on Sunday morning. Hours later, "
        "unknown gunmen shot dead a young man in Jasim."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 5, 23)))
    assert [(i.location, i.event_date) for i in found] == [
        ("Tafas", date(2023, 5, 21)),
        ("Jasim", date(2023, 5, 21)),
    ]


def test_an_event_told_in_the_hours_that_followed_has_the_day_before_it(incident_extractor):
    text = (
        "Troops repelled an attack on the army camp in Djibo on Saturday, killing 20 "
        "assailants. In the hours that followed, air strikes hit the fleeing column near Déou."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2026, 1, 12)))
    assert [(i.location, i.event_date) for i in found] == [
        ("Djibo", date(2026, 1, 10)),
        ("Déou", date(2026, 1, 10)),
    ]


def test_where_the_attackers_came_from_is_the_town_told(incident_extractor):
    # "from the north and east of the town": the assault on the town just told.
    text = (
        "Troops repelled an attack on the army camp in Djibo on Saturday. The assailants "
        "launched their assault at dawn from the north and east of the town, and 28 of "
        "them were killed."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2026, 1, 12)))
    assert (found.location, found.fatalities) == ("Djibo", 28)


def test_an_event_told_hours_earlier_has_the_day_of_the_last_dated_one(incident_extractor):
    # The sentence between, with no date of its own, does not break the chain.
    text = (
        "Gunmen shot dead a former commander in Daraa on Wednesday evening. He died at "
        "once, witnesses said. Hours earlier, a roadside bomb hit a car in Tafas, killing one."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 11, 14)))
    assert [(i.location, i.event_date) for i in found] == [
        ("Daraa", date(2024, 11, 13)),
        ("Tafas", date(2024, 11, 13)),
    ]


def test_another_type_of_event_at_one_place_on_one_day_is_another_event(incident_extractor):
    # ACLED's unit is one event per place, day and type: a clash and a drone strike at one
    # town, told in one sentence or by "The same day", are two; clauses at two towns of
    # one province part too.
    cases = [
        (
            "Clashes in Idlib left three fighters dead on Monday, while a drone struck a car "
            "in Idlib the same day, killing two civilians.",
            [("Idlib", "Armed clash", 3), ("Idlib", "Air/drone strike", 2)],
        ),
        (
            "On 10 May 2024, the army clashed with gunmen in Culiacan (Culiacan, Sinaloa); "
            "2 killed. The same day, a drone dropped explosives on a house in Culiacan.",
            [("Culiacan", "Armed clash", 2), ("Culiacan", "Air/drone strike", None)],
        ),
        (
            "On 10 May 2024, two cartels clashed in Apatzingan (Apatzingan, Michoacan); "
            "drones dropped explosives on houses in Aguililla (Aguililla, Michoacan).",
            [("Apatzingan", "Armed clash", None), ("Aguililla", "Air/drone strike", None)],
        ),
    ]
    for text, expected in cases:
        found = incident_extractor.incidents_of(
            Report("t.txt", text, report_date=date(2024, 5, 12))
        )
        assert [(i.location, i.sub_event_type, i.fatalities) for i in found] == expected, text


def test_the_next_day_near_the_town_is_another_event_near_it(incident_extractor):
    text = (
        "Gunmen abducted 40 women near Arbinda on Thursday. The next day, another group of "
        "about twenty was abducted north of the town."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 2, 26)))
    assert [(i.location, i.event_date, i.geo_precision) for i in found] == [
        ("Arbinda", date(2024, 2, 22), 2),
        ("Arbinda", date(2024, 2, 23), 2),
    ]


def test_the_day_before_and_the_same_night_are_dated_by_the_event_before(incident_extractor):
    text = (
        "Gunmen killed five traders in Tera on Thursday. The day before, jihadists had "
        "abducted two teachers in Dori. During the same night, a mine killed a soldier "
        "near Gorom-Gorom."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 2, 26)))
    assert [(i.location, i.event_date) for i in found] == [
        ("Tera", date(2024, 2, 22)),
        ("Dori", date(2024, 2, 21)),
        ("Gorom-Gorom", date(2024, 2, 21)),
    ]


def test_a_clause_of_its_own_day_tells_its_own_death(incident_extractor):
    text = (
        "In Tibu, gunmen on Thursday killed a couple and their baby, and on Friday a social "
        "leader was killed in Teorama."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 14)))
    assert [(i.location, i.event_date, i.fatalities) for i in found] == [
        ("Tibu", date(2024, 5, 9), 3),
        ("Teorama", date(2024, 5, 10), 1),
    ]


def test_another_day_and_another_type_at_one_place_is_another_event(incident_extractor):
    text = (
        "Junta jets bombed Falam on Friday, killing six civilians. On Saturday the rebels "
        "seized full control of Falam. Police arrested two looters in Falam on Sunday."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 8, 5)))
    assert [(i.sub_event_type, i.event_date) for i in found] == [
        ("Air/drone strike", date(2024, 8, 2)),
        ("Non-state actor overtakes territory", date(2024, 8, 3)),
    ]


def test_a_list_of_places_each_with_its_bracket_is_an_event_at_each(incident_extractor):
    text = (
        "On 1 August 2024, protesters gathered in Kano (Kano Municipal, Kano), Abuja "
        "(Abuja Municipal, FCT) and Port Harcourt (Port Harcourt, Rivers)."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 8, 2)))
    assert [i.location for i in found] == ["Kano", "Abuja", "Port Harcourt"]


def test_what_happened_days_before_at_the_place_does_not_type_the_news(incident_extractor):
    text = (
        "On 3 March 2024, RSF fighters looted the main market in Kutum (Kutum, North "
        "Darfur), a day after taking over the town."
    )
    (looting,) = incident_extractor.incidents_of(Report("t.txt", text))
    assert looting.sub_event_type == "Looting/property destruction"
    text = (
        "On 5 April 2024, residents of Kafanchan protested peacefully against insecurity, "
        "two days after gunmen killed 4 farmers nearby."
    )
    (protest,) = incident_extractor.incidents_of(Report("t.txt", text))
    assert (protest.sub_event_type, protest.fatalities) == ("Peaceful protest", None)


def test_a_separate_attack_at_the_same_place_and_day_is_its_own(incident_extractor):
    text = (
        "Soldiers killed 19 gunmen in a firefight in Culiacan on Monday. Separately, gunmen "
        "shot dead two men outside a shop in Culiacan on Monday night."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 8, 6)))
    assert [(i.sub_event_type, i.fatalities) for i in found] == [
        ("Armed clash", 19),
        ("Attack", 2),
    ]


def test_a_round_up_total_at_no_place_is_not_the_one_event_s_toll(incident_extractor):
    text = (
        "Russian attacks killed five people, officials said. In Kherson, a drone hit a bus, "
        "killing the driver and injuring six passengers."
    )
    (one,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 2, 12)))
    assert (one.location, one.fatalities, one.injured) == ("Kherson", 1, 6)


def test_a_toll_of_several_blasts_in_one_town_is_the_town_s(incident_extractor):
    # Two blasts in one town on one day are one event by ACLED's unit; its toll is not a
    # round-up's, though the report tells another event elsewhere.
    text = (
        "At least 30 people were killed in two explosions in Homs on 3 May. The blasts "
        "followed a car bomb in Hama on 1 May which killed 12 people."
    )
    incidents = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 6)))
    tolls = {i.location: i.fatalities for i in incidents}
    assert tolls == {"Homs": 30, "Hama": 12}
    # Blasts in two towns stay a total of both.
    text = (
        "At least 30 people were killed in two explosions in Homs and Hama on 3 May. A car "
        "bomb in Idlib on 1 May killed 12 people."
    )
    incidents = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 6)))
    assert all(i.fatalities != 30 for i in incidents)


def test_a_note_s_toll_field_is_its_toll():
    (one,) = extract(
        "On 10 February 2024, militants and soldiers clashed near the well.\nFatalities: 12\n"
    )
    assert one.fatalities == 12


def test_what_a_force_did_before_or_after_elsewhere_is_its_own_event(incident_extractor):
    text = (
        "Gunmen attacked a market in Kano on Monday, killing four traders, before the air "
        "force struck camps in Niger hours later."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 10, 24)))
    assert [(i.location, i.sub_event_type, i.fatalities) for i in found] == [
        ("Kano", "Attack", 4),
        ("Niger", "Air/drone strike", None),
    ]


def test_a_massacre_months_before_the_report_is_background(incident_extractor):
    text = (
        "Army drones struck militia positions in Kutum on Wednesday, killing five fighters. "
        "The strikes recall the massacre in a village near Tawila in May, when militiamen "
        "killed more than 100 villagers with artillery fire."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 10, 24)))
    assert [(i.location, i.sub_event_type, i.fatalities) for i in found] == [
        ("Kutum", "Air/drone strike", 5)
    ]
    # A month just before the report's is no background: the news of the week.
    text = "Militiamen killed 12 villagers near Tawila in late October, elders said."
    (recent,) = incident_extractor.incidents_of(
        Report("t.txt", text, report_date=date(2024, 11, 2))
    )
    assert recent.fatalities == 12


def test_a_village_only_another_event_s_town_names_is_not_placed_there(incident_extractor):
    # The dateline and the first event are in Bor; "Meanwhile, in Pibor town" is another
    # town, which the gazetteer lacks: no place beats Bor's.
    text = (
        "Four killed in attack in Bor South County\n\n"
        "BOR (Radio Tamazuj) - Armed youth attacked Anyidi payam in Jonglei State's Bor South "
        "County on Wednesday, killing four people, a local official said.\n\n"
        "The state information minister said in Bor that a delegation had been sent.\n\n"
        "Meanwhile, in Pibor town, five people were killed on Wednesday in fighting between "
        "two age-sets."
    )
    (report,) = parse_text_reports("t.txt", f"date 2024-03-01\n\n{text}\n", [])
    found = incident_extractor.incidents_of(report)
    pibor = next(i for i in found if i.location == "Pibor")
    assert pibor.place_name != "Bor"


def test_the_event_a_later_one_came_after_is_typed_by_its_own_words(incident_extractor):
    text = (
        "A suicide bomber killed nine people at an army base in Jalalaqsi on Monday. The "
        "bombing came a day after heavy fighting on the outskirts of Beledweyne, where "
        "troops repulsed an assault on Sunday evening."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 12)))
    assert [(i.location, i.sub_event_type) for i in found] == [
        ("Jalalaqsi", "Suicide bomb"),
        ("Beledweyne", "Armed clash"),
    ]


def test_a_war_spreading_across_a_region_is_no_round_up_toll(incident_extractor):
    text = (
        "A drone strike hit a minibus near Dembecha on Tuesday, killing at least 12 "
        "passengers, as fighting spread across the region. Separately, militiamen fought "
        "troops in Debre Tabor on Wednesday."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 2, 2)))
    assert (found[0].location, found[0].fatalities) == ("Dembecha", 12)


def test_a_list_that_ends_in_a_name_the_gazetteer_lacks_is_still_a_list(incident_extractor):
    text = "Drones attacked Huliaipole, Malokaterynivka and Velyka Shcherbaky."
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 6, 2)))
    assert [i.location for i in found][:2] == ["Huliaipole", "Malokaterynivka"]


def test_the_second_attack_of_a_two_village_round_up_is_its_own(incident_extractor):
    text = (
        "Rebels killed at least 20 civilians in overnight attacks on two villages in the "
        "east. Twelve people were killed with machetes in Mangina on Sunday night. In the "
        "second attack, on Monday before dawn, eight farmers were killed in fields near Oicha."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 10, 24)))
    assert [(i.location, i.fatalities) for i in found] == [("Mangina", 12), ("Oicha", 8)]


def test_the_day_a_source_spoke_gives_way_to_the_event_s_day_told_later(incident_extractor):
    text = (
        "Eight villagers have been killed by gunmen in Zamfara State, police said on "
        "Wednesday. The villagers were shot dead on Monday night in Kaura Namoda."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 6)))
    assert [(i.location, i.event_date) for i in found] == [("Kaura Namoda", date(2024, 3, 4))]


def test_a_spoken_day_is_the_event_s_when_no_sentence_tells_another(incident_extractor):
    text = "Gunmen killed eight villagers in Kaura Namoda, police said on Wednesday."
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 7)))
    assert [(i.location, i.event_date) for i in found] == [("Kaura Namoda", date(2024, 3, 6))]


def test_a_round_up_s_lead_dates_the_paragraphs_that_tell_no_day(incident_extractor):
    text = (
        "Strikers torched at least five buses across the country on Tuesday, the first day "
        "of a three-day blockade.\n\n"
        "In Gazipur, picketers set fire to two buses at the Chandra crossing around 10am, "
        "police said.\n\n"
        "In Bogura, twelve people were injured as picketers clashed with police, an "
        "officer said on Wednesday."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 11, 1)))
    dated = {i.location: i.event_date for i in found}
    assert dated["Gazipur"] == dated["Bogura"] == date(2023, 10, 31)


def test_an_ispr_operation_in_the_general_area_of_an_unknown_town(incident_extractor):
    text = (
        "RAWALPINDI: Pakistani security forces conducted an intelligence-based operation in "
        "the general area of Mir Ali, North Waziristan, and eight khwarij were sent to "
        "hell, the ISPR said."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 2, 4)))
    assert (found.location, found.country, found.geo_precision) == ("Mir Ali", "PK", 2)
    assert (found.sub_event_type, found.fatalities) == ("Armed clash", 8)


def test_men_found_hanging_and_a_protest_wave_years_before(incident_extractor):
    hanged = incident_extractor.incidents_of(
        Report(
            "t.txt",
            "Five men were found hanging from a bridge in Uruapan on Monday.",
            report_date=date(2024, 3, 6),
        )
    )
    assert [(i.location, i.sub_event_type, i.fatalities) for i in hanged] == [
        ("Uruapan", "Attack", 5)
    ]
    # The deaths of a strike years before are no protesters shot at this one.
    text = (
        "Riot police used tear gas on Monday to clear a blockade set up by protesters on a "
        "highway near Popayan, leaving eight protesters injured. The highway has been "
        "blocked repeatedly, including for weeks during the 2021 national strike, when "
        "dozens of people were killed across the country."
    )
    (protest,) = incident_extractor.incidents_of(
        Report("t.txt", text, report_date=date(2024, 10, 15))
    )
    assert (protest.sub_event_type, protest.injured) == ("Protest with intervention", 8)


def test_a_paragraph_s_opening_place_holds_its_later_sentences(incident_extractor):
    text = (
        "Gunmen killed three traders near Ippy on Tuesday.\n"
        "In Bambari, the capital of the Ouaka, tension was high on Thursday. Dozens of "
        "moto-taxi drivers erected barricades and threw stones at the police station after "
        "the killing of a colleague the day before. Two police officers were injured, the "
        "police commander, Commissioner Fidele Ngoumbe, told reporters."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 9, 15)))
    assert [(i.location, i.event_type, i.event_date) for i in found] == [
        ("Ippy", "Violence against civilians", date(2023, 9, 12)),
        ("Bambari", "Riots", date(2023, 9, 14)),
    ]


def test_a_village_before_the_area_that_holds_it_keeps_its_name(incident_extractor):
    text = "Rebels killed nine policemen in Zinkoro, Tillaberi region, on Thursday."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 1, 2)))
    assert (found.location, found.place_name, found.geo_precision) == (
        "Zinkoro",
        "Tillabéri",
        3,
    )
    assert "Zinkoro is not in the gazetteer" in found.place_reason


def test_the_area_of_an_earlier_events_town_does_not_hold_a_later_village(
    incident_extractor,
):
    # "Mopti" is where Sevare lies; Zinkoro, of the next event, may lie anywhere.
    text = (
        "Gunmen killed a trader in Kati (Koulikoro) on Sunday. "
        "Gunmen killed two farmers in Sevare (Mopti) on Monday. "
        "In Zinkoro, a gendarme was shot dead by unknown gunmen on Tuesday."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 1, 4)))
    zinkoro = next(i for i in found if i.location == "Zinkoro")
    assert not zinkoro.place_name, zinkoro.place_reason


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead five herders near Tiebelou, in the Mopti region, on Monday.",
        "Gunmen shot dead five herders near Tiebelou in the Mopti region on Monday.",
    ],
)
def test_a_village_near_which_it_happened_keeps_its_name_before_its_region(
    incident_extractor, text
):
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 1, 2)))
    assert (found.location, found.place_name, found.geo_precision) == ("Tiebelou", "Mopti", 3)
    assert "Tiebelou is not in the gazetteer" in found.place_reason


def test_a_town_whose_words_the_geoparser_read_as_a_name_is_still_the_place(
    incident_extractor,
):
    # "Ali" of "Mir Ali" reads as a given name; after "near", the two words are a place.
    text = (
        "Five soldiers were killed in an ambush near Mir Ali, North Waziristan, Pakistan, "
        "on Monday."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 1, 2)))
    assert (found.location, found.country, found.geo_precision) == ("Mir Ali", "PK", 2)


def test_where_a_victim_died_is_not_where_he_was_shot(incident_extractor):
    text = "The man died at a hospital in Mogadishu after gunmen shot him in Afgoye on Monday."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 6, 12)))
    assert (found.place_name, found.country) == ("Afgooye", "SO")


def test_a_government_s_name_for_a_rebel_group_is_no_town(incident_extractor):
    # "Shene" is also a village in Ethiopia; "OLA" a town in Russia.
    text = (
        "OLA fighters, which the government calls Shene, killed three people in Nekemte on Monday."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 6, 12)))
    assert (found.location, found.country, found.fatalities) == ("Nekemte", "ET", 3)


def test_a_village_of_a_people_s_republic_is_in_the_oblast_it_occupies(incident_extractor):
    text = (
        "Units of the Center battlegroup liberated the settlement of Novobakhmutivka of the "
        "Donetsk People's Republic, the Russian Defense Ministry said."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 4, 21)))
    assert (found.place_name, found.country, found.geo_precision) == ("Novobakhmutivka", "UA", 1)
    assert found.sub_event_type == "Government regains territory"


def test_a_village_has_no_one_area_in_a_report_about_two_countries(incident_extractor):
    # The only district the report names is in India, in a closing line of a round-up;
    # the village it lacks is in the Philippines, where the report's other places are.
    text = (
        "COTABATO CITY, Philippines - Six militants were killed in a clash with soldiers "
        "in Datu Piang on Monday.\n\n"
        "In Mamasapano town, a bomb exploded near a school on Sunday, but no one was hurt. "
        "The town was the site of the January 2015 clash in which 44 police commandos "
        "were killed.\n\n"
        "In India, 11 civilians have been killed by Maoists in Bijapur district this year."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 6, 12)))
    bombing = next(i for i in found if i.location == "Mamasapano")
    assert bombing.country != "IN"
    assert bombing.fatalities in (0, None)


def test_a_country_named_in_passing_is_not_the_one_of_a_report_about_another(
    incident_extractor,
):
    # The report's places are all in Ethiopia; Tanzania is where talks were held.
    text = (
        "Gunmen killed seven civilians in Gidami woreda on Friday, residents said. "
        "Western Oromia has seen repeated attacks since peace talks in Tanzania collapsed "
        "in 2023, according to elder Hassan Nur Abukar."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 1, 28)))
    assert all(i.country != "TZ" for i in found)
    assert all("Hassan" not in i.location for i in found)


def test_the_nigerian_police_spokesman_s_formula_places_no_incident(incident_extractor):
    # Where the command confirmed the attack, where the governor spoke and the hospital the
    # wounded died on the way to are no places of the attack.
    text = (
        "Suspected herdsmen killed 17 people in an attack on a farming community in Guma "
        "Local Government Area of Benue State on Saturday night.\n\n"
        "Two other victims died on the way to the General Hospital, Otukpo, where seven "
        "others are receiving treatment, bringing the death toll to 19.\n\n"
        "The Police Public Relations Officer, SP Catherine Anene, confirmed the attack in "
        "Makurdi on Sunday, saying a resident was shot dead.\n\n"
        "Governor Hyacinth Alia, speaking at the Government House in Makurdi, described the "
        "attack as barbaric."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 4, 21)))
    assert [(i.location, i.fatalities, i.injured) for i in found] == [("Guma", 19, 7)]


def test_a_round_up_lead_neither_types_nor_dates_the_events_it_sums(incident_extractor):
    text = (
        "At least ten people were killed over the weekend in several attacks and clashes "
        "in North Kivu province, local sources said on Monday.\n\n"
        "In Beni territory, six civilians were killed on Saturday evening by suspected ADF "
        "rebels on the outskirts of Oicha, the mayor said.\n\n"
        "Also on Sunday, fighting between the M23 and local militiamen near Bunagana killed "
        "four combatants, according to civil society sources in the Jomba groupement."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 12, 23)))
    by_place = {i.location: i for i in found}
    oicha = by_place["Oicha"]
    assert (oicha.sub_event_type, oicha.event_date, oicha.fatalities) == (
        "Attack",
        date(2024, 12, 21),
        6,
    )
    assert by_place["Bunagana"].sub_event_type == "Armed clash"
    assert "Jomba" not in by_place


def test_a_protest_s_later_sentence_is_the_protest_s_not_the_killing_s(incident_extractor):
    text = (
        "Police fired tear gas on Monday to disperse young people who had blocked roads in "
        "Bunia to protest against the killing of four people in Djugu the previous night. "
        "Three demonstrators were injured.\n\n"
        "The four victims were killed on Sunday night by militiamen in Djugu, local "
        "authorities said.\n\n"
        "The protesters marched to the governorate to demand the deployment of more troops "
        'in Djugu. "Our relatives are killed every week," said one of the organisers, a '
        "youth leader now living in Bunia."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 11, 4)))
    # The killing the crowd protests is not the protest's: its own toll is three injured
    # and no dead.
    assert sorted((i.location, i.sub_event_type, i.fatalities, i.injured) for i in found) == [
        ("Bunia", "Protest with intervention", 0, 3),
        ("Djugu", "Attack", 4, None),
    ]


def test_interceptions_told_with_a_strike_are_an_event_of_their_own(incident_extractor):
    text = (
        "A drone attack on Marhanets injured two people on Monday, while air defence "
        "forces shot down 15 drones over Dnipropetrovsk oblast."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 12)))
    assert sorted((i.location, i.sub_event_type) for i in found) == [
        ("Dnipropetrovsk oblast", "Disrupted weapons use"),
        ("Marhanets", "Air/drone strike"),
    ]


def test_a_digest_s_clauses_each_dated_to_their_day_are_events_apart(incident_extractor):
    # CrisisWatch's style: actor, day, deed; clauses joined by ";" or ", and". "12 May"
    # is a date, not the modal "may" that would make the deed a possibility.
    text = (
        "In Borno State, ISWAP 12 May overran military base in Marte town, killing at "
        "least five soldiers; Boko Haram 20 May killed 23 fishermen near Monguno. In North "
        "West, bandits 7 May killed 14 villagers in Jibia area, Katsina state, and 15 May "
        "abducted some 40 people on outskirts of state capital Gusau, Zamfara state."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 6, 3)))
    assert sorted((i.location, i.event_date, i.sub_event_type, i.fatalities) for i in found) == [
        ("Gusau", date(2024, 5, 15), "Abduction/forced disappearance", None),
        ("Jibia", date(2024, 5, 7), "Attack", 14),
        ("Marte", date(2024, 5, 12), "Non-state actor overtakes territory", 5),
        ("Monguno", date(2024, 5, 20), "Attack", 23),
    ]


def test_the_armed_forces_of_a_country_do_not_make_it_the_report_s_country(
    incident_extractor,
):
    text = "The Armed Forces of Ukraine shelled the village of Kurkovichi on Monday."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 4, 9)))
    assert found.country != "UA"


def test_a_toll_raised_a_day_later_updates_the_event_and_moves_no_place(incident_extractor):
    text = (
        "Gang members opened fire on people in Liancourt on Thursday, killing at least 70 "
        "people, the United Nations said. A civil protection official in the nearby city of "
        "Saint-Marc said the number of dead was likely to rise.\n\n"
        "Later Friday, the UN human rights office raised the death toll from the Liancourt "
        "massacre to 115."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 10, 5)))
    assert [(i.location, i.event_date, i.fatalities) for i in found] == [
        ("Liancourt", date(2024, 10, 3), 115)
    ]


def test_two_districts_named_apart_are_two_places_however_close(incident_extractor):
    text = (
        "A bomb exploded next to an ATM booth in Yarang district on Wednesday night, "
        "wounding two police officers. A second device found at a shop in Mayo district was "
        "defused by bomb disposal experts. Pattani governor Patimoh Sadiyamu visited the "
        "injured at Pattani Hospital, and the commander of Pattani provincial police said "
        "the attacks aimed to create tension."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 12, 12)))
    assert sorted((i.location, i.sub_event_type) for i in found) == [
        ("Mayo", "Disrupted weapons use"),
        ("Yarang", "Remote explosive/landmine/IED"),
    ]


def test_a_series_lead_s_area_does_not_place_the_first_event_it_sums(incident_extractor):
    text = (
        "PATTANI: A series of bombs went off at convenience stores in three districts of "
        "Pattani late on Wednesday night, injuring six people, police said.\n\n"
        "The first bomb exploded in front of a store in tambon Bang Khao of Nong Chik "
        "district, injuring a store employee and a customer."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 12, 12)))
    assert [(i.location, i.geo_precision) for i in found] == [("Nong Chik", 2)]


def test_an_update_of_the_injured_replaces_their_first_count(incident_extractor):
    text = (
        "Gunmen attacked Konduga on Monday, killing six people and injuring four. The "
        "number of injured has risen to 20, officials said on Tuesday."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 1, 2)))
    assert (found.fatalities, found.injured) == (6, 20)


def test_a_day_s_total_for_a_territory_is_not_its_first_town_s_toll(incident_extractor):
    # "on Thursday" after the total is a day, not a place that would make the toll one
    # town's; "in the Donbas region" is the round-up's area.
    text = (
        "Russian strikes killed at least 9 civilians in the Donbas region on Thursday, "
        "officials said. A glide bomb killed five people in Kostiantynivka. Another strike "
        "killed four residents in Druzhkivka."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 6, 7)))
    assert [(i.location, i.fatalities) for i in found] == [
        ("Kostiantynivka", 5),
        ("Druzhkivka", 4),
    ]


def test_a_garowe_style_report_keeps_the_bombing_and_the_fighting_a_day_before_apart(
    incident_extractor,
):
    text = (
        "At least nine people were killed on Monday when a suicide bomber rammed a minibus "
        "into the gate of an army base in Bulo Burte, officials said. Fifteen others were "
        "wounded and airlifted to Beledweyne General Hospital and later to Mogadishu. The "
        "bombing came a day after heavy fighting on the outskirts of Jalalaqsi, where troops "
        "repulsed an assault on Sunday evening. Hiiraan governor Ali Osman said 11 militants "
        "and two soldiers were killed in the gunfight."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 12)))
    assert [(i.location, i.sub_event_type, i.fatalities) for i in found] == [
        ("Bulo Burte", "Suicide bomb", 9),
        ("Jalalaqsi", "Armed clash", 13),
    ]


def test_an_arrest_for_an_earlier_killing_is_an_arrest_without_its_dead(incident_extractor):
    text = (
        "Investigators arrested two men in Celaya, Guanajuato, on Sunday in connection with "
        "the killing of a municipal police officer, who was shot dead in March."
    )
    (arrest,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 6, 2)))
    assert (arrest.sub_event_type, arrest.fatalities) == ("Arrests", None)


def test_a_commune_of_the_capital_named_before_is_placed_near_the_capital(incident_extractor):
    text = (
        "Police battle gangs in Port-au-Prince\n\n"
        "Gang members attacked a village in the mountains overnight, officials said.\n\n"
        "Separately, police said officers killed three suspected gang members on Monday "
        "during a gunfight in Tabarre, a commune in the northeast of the capital."
    )
    (report,) = parse_text_reports("t.txt", f"date 2025-02-18\n\n{text}\n", [])
    tabarre = next(i for i in incident_extractor.incidents_of(report) if i.location == "Tabarre")
    assert (tabarre.place_name, tabarre.geo_precision) == ("Port-au-Prince", 2)


def test_an_unknown_name_after_in_then_the_area_that_holds_it(incident_extractor):
    text = "Gunmen shot dead four men at a pool hall in Llorente, Tumaco municipality, on Sunday."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 3, 4)))
    assert (found.location, found.country, found.geo_precision) == ("Llorente", "CO", 2)
    assert "Llorente is not in the gazetteer" in found.place_reason


def test_a_neighbourhood_and_a_fight_on_another_day_elsewhere_are_two_events(
    incident_extractor,
):
    text = (
        "PORT-AU-PRINCE — Gunmen stormed the Bas-Peu-de-Chose neighborhood late Monday, "
        "killing six residents and burning homes.\n\n"
        "A few kilometres away, police fought gang members in Fort-Mercredi on Tuesday "
        "afternoon after the gangs tried to push toward Delmas. Two gang members were "
        "killed in the exchange of fire."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 2, 26)))
    got = sorted((i.location, i.sub_event_type, i.fatalities, i.event_date.day) for i in found)
    assert got == [
        ("Bas-Peu-de-Chose", "Attack", 6, 24),
        ("Fort-Mercredi", "Armed clash", 2, 25),
    ]
    raid = next(i for i in found if i.location == "Bas-Peu-de-Chose")
    # A part of a city that no sentence names a city for: near the city filed from.
    assert (raid.place_name, raid.geo_precision) == ("Port-au-Prince", 2)
    # Where the gangs tried to push is not where the police fought them.
    assert next(i for i in found if i.location == "Fort-Mercredi").place_name in ("", None)


def test_a_suburb_the_gazetteer_lacks_is_placed_near_the_city_that_holds_it(
    incident_extractor,
):
    text = (
        "Militants abducted 40 civilians from Al-Jubaila suburb in the eastern Syrian city "
        "of Deir Ezzor on Sunday."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2016, 1, 18)))
    assert (found.location, found.country, found.geo_precision) == ("Al-Jubaila", "SY", 2)
    assert "placed near Deir ez-Zor" in found.place_reason


def test_the_country_a_group_is_based_in_is_not_where_it_struck(incident_extractor):
    text = (
        "Fighters of a rebel group based in southern Libya attacked an army post in Zouar "
        "on Monday, killing 26 soldiers."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert found.location == "Zouar" and found.country != "LY"


def test_a_town_its_chain_s_province_does_not_hold_is_not_that_town(incident_extractor):
    text = (
        "Rebels abducted 12 passengers near Bako town (Ilu Gelan woreda, West Shewa zone, "
        "Oromia) on Monday."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    # The gazetteer's only Bako lies in another region: the chain's province stands in.
    assert (found.location, found.place_name, found.geo_precision) == ("Bako", "Oromia", 3)
    # A municipality of another state holds no town of this name.
    text = "Gunmen killed three men in Villa Juárez, in the municipality of Navolato, on Monday."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert (found.location, found.place_name, found.geo_precision) == (
        "Villa Juárez",
        "Navolato",
        2,
    )
    # A list is no chain: "Kharkiv and the province of Odesa" are two places.
    text = "Drones targeted Kharkiv and the province of Odesa overnight, killing seven."
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert "Kharkiv" in {i.place_name for i in found}


def test_a_captive_found_dead_is_killed_where_the_body_lay(incident_extractor):
    text = (
        "The body of Luis Pérez, who was abducted in Culiacán last week, was found in "
        "Navolato on Monday."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert (found.location, found.sub_event_type) == ("Navolato", "Attack")


def test_an_institution_named_after_a_province_is_no_place_of_the_event(incident_extractor):
    text = (
        "Police on Saturday used tear gas to disperse a sit-in near the University of "
        "Balochistan and arrested 16 activists."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 3, 23)))
    assert all(i.place_name != "Balochistan" for i in found)
    # A city's university is in the city.
    text = (
        "Police used tear gas to disperse students of the University of Bukavu who were "
        "marching on Monday."
    )
    (found,) = incident_extractor.incidents_of(
        Report("t.txt", text, report_date=date(2024, 11, 19))
    )
    assert found.place_name == "Bukavu"


def test_a_toll_update_is_the_event_s_whatever_else_it_tells(incident_extractor):
    text = (
        "At least 38 people were killed when rebels attacked a church in Komanda on Sunday, "
        "officials said.\n\n"
        "The assailants, armed with machetes, stormed the parish compound at 1 a.m.\n\n"
        "Residents said the rebels fled into the forest.\n\n"
        "Survivors were taken to Bunia.\n\n"
        "Later on Monday, the toll rose to 43 dead after more bodies were found in burned "
        "houses, a local official said.\n\n"
        "This attack comes after several massacres of displaced people in the province."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 7, 28)))
    assert found.fatalities == 43


def test_a_doubted_area_abroad_is_not_the_area_of_a_chain(incident_extractor):
    # Nigeria has a district named Doma; the report's province is South Sudan's. The
    # geoparser doubts the Nigerian reading, and the chain's province stands in.
    text = (
        "Gunmen raided cattle camps in Doma payam of Ulang county, Upper Nile, on Monday, "
        "killing five herders."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert (found.location, found.place_name, found.country, found.geo_precision) == (
        "Ulang",
        "Upper Nile",
        "SS",
        3,
    )


@pytest.mark.parametrize(
    ("text", "location", "area"),
    [
        # French copy in translation names the area's kind before it.
        (
            "At least 40 people were killed on Sunday in an attack on Tangaye, in the "
            "province of Yatenga.",
            "Tangaye",
            "Yatenga",
        ),
        # Where in a province, not which province.
        (
            "A fisherman was beheaded on Friday in Palma, in the far north of Cabo Delgado.",
            "Palma",
            "Cabo Delgado",
        ),
    ],
)
def test_a_village_then_the_kind_of_area_that_holds_it(incident_extractor, text, location, area):
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert (found.location, found.place_name) == (location, area)


def test_the_town_of_the_hospital_the_wounded_went_to_is_not_where(incident_extractor):
    text = (
        "Jihadists killed 30 villagers near Kelbo on Sunday, in the province of Soum. "
        "The wounded were evacuated to the regional hospital centre of Ouahigouya. "
        "JNIM claimed responsibility for the attack."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert [i.place_name for i in found] == ["Soum"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # Where the attackers went, near or not, is not where they fought.
        (
            "Troops clashed with rebels in Las Navas on Monday. The fighting lasted about "
            "an hour before the rebels withdrew toward the boundary of Catubig town.",
            ["Las Navas"],
        ),
        # Where a suspect is held is not where he was arrested.
        (
            "Police arrested a suspect in the killing of a village chief in Datu Piang on "
            "Monday. He is now detained at the provincial police office in Cotabato City.",
            ["Datu Piang"],
        ),
        # Where a witness took refuge is not where the killing was.
        (
            'Gunmen killed 20 villagers in Ménaka on Tuesday. "We buried 20 bodies," said '
            "a local official who took refuge in Gao.",
            ["Ménaka"],
        ),
        # "the Boni post" is the army's post at Boni, not a newspaper.
        ("Terrorists attacked the Douentza post on Monday, the army said.", ["Douentza"]),
    ],
)
def test_places_that_are_not_where_the_event_was(incident_extractor, text, places):
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert [i.location for i in found] == places


def test_a_long_campaign_told_after_a_grenade_attack_does_not_make_it_a_battle(
    incident_extractor,
):
    text = (
        "A man was killed when a hand grenade was thrown into a shop in Bosaso on Monday. "
        "Puntland president Deni called the attack cowardly and ordered the security forces "
        "to step up patrols. Puntland's forces have for years been battling ISIS fighters "
        "in the mountains south of Bosaso."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert (found.sub_event_type, found.fatalities) == ("Grenade", 1)


@pytest.mark.parametrize(
    ("text", "location", "place"),
    [
        # Where the raiders went, then what they did there.
        (
            "On Tuesday, the insurgents moved along the coast to Mucojo, where they burned "
            "at least 30 houses.",
            "Mucojo",
            "",
        ),
        # An apposition says what holds a fishing village.
        (
            "Insurgents killed two fishermen at Naunde, a fishing village on the coast of "
            "Macomia district, on Sunday.",
            "Naunde",
            "Macomia",
        ),
        # A market and a distance from a village name it, though the gazetteer lacks it;
        # the Africa Corps is no place in Africa.
        (
            "Soldiers of the Africa Corps encircled the weekly market of Dioura, in the "
            "circle of Ténenkou, and arrested twenty men on Monday.",
            "Dioura",
            "Ténenkou",
        ),
    ],
)
def test_a_village_the_gazetteer_lacks_named_by_where_the_raiders_went(
    incident_extractor, text, location, place
):
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert (found.location, found.place_name) == (location, place)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # Hospitals the wounded are treated in, and the city they were referred to.
        (
            "Gunmen killed four people in Alizai on Monday. Officials said 12 injured were "
            "under treatment at hospitals in Sadda and Parachinar.",
            ["Alizai"],
        ),
        (
            "Militants attacked a Levies post in Kalat on Monday, wounding three. Two of them "
            "were referred to Quetta.",
            ["Kalat"],
        ),
        # A spokesman's city opens the sentence; the shelling he tells of was elsewhere.
        (
            "In Kandahar, a provincial spokesman said Pakistani forces had fired mortar "
            "shells on civilian areas in Spin Boldak district, wounding four.",
            ["Spin Boldak"],
        ),
        # The victims' home province, and the island's district, as the text tells them.
        (
            "Gunmen shot dead two labourers in Turbat on Monday. Police said the victims "
            "belonged to Bahawalpur district of Punjab.",
            ["Turbat"],
        ),
        # "till early Tuesday" is how long the fighting went on, not another event.
        (
            "Border forces exchanged heavy fire at Chaman late on Monday, leaving a soldier "
            "dead. Both sides used mortars, and the firing continued till early Tuesday.",
            ["Chaman"],
        ),
    ],
)
def test_where_the_wounded_went_and_the_speaker_sat_are_not_where(incident_extractor, text, places):
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 3, 4)))
    assert [i.location for i in found] == places


def test_a_ransom_in_us_dollars_says_nothing_of_the_country(incident_extractor):
    text = (
        "Gunmen kidnapped a doctor in a village in the eastern Daraa countryside on Monday "
        "and demanded a ransom of 20,000 US dollars."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 1, 7)))
    assert found.country == "SY"


def test_a_sub_prefecture_is_a_district_named_after_its_town(incident_extractor):
    text = "Armed men killed four herders in a village of the sub-prefecture of Bocaranga."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert (found.place_name, found.geo_precision) == ("Bocaranga", 2)


def test_the_injured_who_died_later_are_the_event_s_not_another(incident_extractor):
    text = (
        'Bandits killed nine villagers in Bakura on Friday. "We buried them this '
        'morning, and two of the injured died later," a resident said.'
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2026, 1, 12)))
    assert (found.location, found.event_date) == ("Bakura", date(2026, 1, 9))


def test_an_event_database_s_fatalities_field_is_the_note_s_toll(incident_extractor):
    text = "On 3 June 2024, soldiers arrested 15 villagers in Kanbalu. Fatalities: 0."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 6, 10)))
    assert (found.sub_event_type, found.fatalities) == ("Arrests", 0)


def test_a_daily_report_s_toll_at_each_town_is_an_incident_at_each(incident_extractor):
    # "A man was killed in Kupiansk, and two women were injured in a drone attack on
    # Borova": two towns, two tolls; the one weapon named is the day's for both.
    text = "A man was killed in Kupiansk, and two women were injured in a drone attack on Borova."
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 3, 4)))
    assert [(i.location, i.sub_event_type, i.fatalities, i.injured) for i in found] == [
        ("Kupiansk", "Air/drone strike", 1, None),
        ("Borova", "Air/drone strike", 0, 2),
    ]
    # One town, the same attack: one incident.
    text = "A man was killed in a Russian strike on Kupiansk, and two women were injured."
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 3, 4)))
    assert [(i.location, i.fatalities, i.injured) for i in found] == [("Kupiansk", 1, 2)]


def test_soldiers_who_paid_the_supreme_price_are_counted(incident_extractor):
    text = "Two gallant soldiers paid the supreme price during an attack on Kirawa on Monday."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 3, 4)))
    assert found.fatalities == 2


def test_a_province_read_at_its_seat_holds_only_its_own_places(incident_extractor):
    # "near al-Kiswah and in Daraa countryside": Kiswah lies in Rif Dimashq, 80 km from
    # Daraa; the province named after it is another place, not Kiswah's area.
    text = "Israeli jets struck army positions near al-Kiswah and in Daraa countryside."
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 11, 14)))
    assert [(i.location, i.geo_precision) for i in found] == [("al-Kiswah", 2), ("Daraa", 3)]
    # A town inside the province is the province's.
    text = "Gunmen attacked a checkpoint near Nawa in Daraa countryside, killing two soldiers."
    (found,) = incident_extractor.incidents_of(
        Report("t.txt", text, report_date=date(2024, 11, 14))
    )
    assert (found.location, found.fatalities) == ("Nawa", 2)


def test_a_clause_told_apart_keeps_the_place_its_sentence_opens_with(incident_extractor):
    # The arrests of the second clause and the riot of the first are one event, at the
    # town the sentence opens with, though the second clause names no place.
    text = (
        "In Bandung, youths set fire to a car and smashed shop windows after a march, and "
        "police detained 14 people, West Java police said."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 5, 2)))
    assert (found.location, found.event_type) == ("Bandung", "Riots")


def test_a_protest_in_a_country_s_capital_stays_apart_from_its_riot_elsewhere(
    incident_extractor,
):
    text = (
        "Thousands of teachers marched peacefully in Indonesia's capital on Thursday.\n\n"
        "In Surabaya, police fired tear gas at protesters who threw stones at the "
        "governor's office."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 5, 2)))
    assert [(i.place_name, i.sub_event_type) for i in found] == [
        ("Jakarta", "Peaceful protest"),
        ("Surabaya", "Violent demonstration"),
    ]


def test_a_lebanese_caza_is_the_district_of_a_village_the_gazetteer_lacks(incident_extractor):
    text = "A drone struck a house in Aitaroun (Bint Jbeil caza) on Monday, killing two."
    (found,) = incident_extractor.incidents_of(
        Report("t.txt", text, report_date=date(2024, 10, 15))
    )
    assert (found.location, found.geo_precision, found.fatalities) == ("Aitaroun", 2, 2)
    assert found.place_name == "Bent Jbaïl"


def test_an_area_across_the_border_is_no_area_of_the_event(incident_extractor):
    # "in the Mutaibija area, on the border with Diyala": Diyala is the neighbour; the
    # province the report names for the event holds it.
    text = (
        "In Salahuddin province, two soldiers were killed in clashes with militants in the "
        "Mutaibija area, on the border with Diyala, on Sunday."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 1, 8)))
    assert (found.location, found.geo_precision) == ("Mutaibija", 3)
    assert found.place_name != "Diyālá"


def test_a_part_of_a_city_is_placed_at_the_city_its_sentence_names(incident_extractor):
    # The neighbourhood is unknown; the city is written with a space the gazetteer's
    # "Beledweyne" lacks, and the report is filed from another city.
    text = (
        "GAROWE, Somalia — Fighting broke out in Hiiraan region on Tuesday.\n\n"
        "Separately, mortar shells landed in Beled Weyne on the same night, killing a child "
        "in the Kooshin neighbourhood, residents said."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 8, 21)))
    kooshin = next(i for i in found if i.location == "Kooshin")
    assert kooshin.place_name in ("Beledweyne", "Belet Weyne")


def test_a_namesake_abroad_before_an_area_the_gazetteer_lacks_is_not_the_town(
    incident_extractor,
):
    # "near Mesa, Ancuabe district", in a report whose every other place is in
    # Mozambique: no Mesa of Arizona.
    text = (
        "Insurgents burned houses in Chiure district on 26 June. On 27 June, insurgents "
        "killed a farmer near Mesa, Ancuabe district."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 7, 3)))
    mesa = next(i for i in found if i.location == "Mesa")
    assert mesa.country != "US"


def test_a_town_in_an_apposition_s_area_and_at_its_centre_is_the_place(incident_extractor):
    for text in (
        "In Colombia, gunmen shot dead a policeman in the center of Taraza, a municipality "
        "in the Bajo Cauca region of Antioquia.",
        "In Colombia, gunmen shot dead a policeman in Taraza, a municipality in Antioquia.",
    ):
        (found,) = incident_extractor.incidents_of(
            Report("t.txt", text, report_date=date(2024, 5, 14))
        )
        assert found.location == "Taraza"


def test_the_hospital_s_province_is_no_event_of_its_own(incident_extractor):
    text = (
        "Three men were shot dead in a rural area of the municipality of Samaniego, in the "
        "department of Nariño, authorities reported Monday. The attack took place late "
        "Saturday, when hooded men opened fire on them. The wounded man was taken to the "
        "hospital in Pasto, the capital of Nariño."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 4, 21)))
    assert [(i.location, i.event_date) for i in found] == [("Samaniego", date(2025, 4, 19))]


def test_a_village_told_from_a_landmark_city_is_placed_by_its_district(incident_extractor):
    # The village the gazetteer lacks is in the district named; the port city is the
    # landmark it is told from, not where the mine went off.
    text = (
        "A landmine killed three children on Sunday near their village of Bani Hatim in "
        "al-Tuhayta district, south of the Red Sea port city of Hodeidah."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 1, 8)))
    assert (found.location, found.geo_precision) == ("Bani Hatim", 2)
    assert found.place_name != "Al Ḩudaydah"


def test_an_area_told_from_a_city_is_no_namesake_far_from_it(incident_extractor):
    text = "US airstrikes targeted Kahlan area, east of Saada city, killing three."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 3, 20)))
    assert found.place_name == "Sa'dah"


def test_a_fighter_s_home_town_and_a_war_s_name_are_no_places(incident_extractor):
    text = (
        "An Israeli drone strike on a car killed two Hezbollah fighters in Aita al-Shaab "
        "on Tuesday. Hezbollah mourned Ali Srour, 27, from the town of Kfarsir, and Hadi "
        "Khiami, 22, from Nabatieh, as martyrs on the road to Jerusalem, in the Gaza war."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 28)))
    assert [i.location for i in found] == ["Aita al-Shaab"]


def test_a_state_s_official_and_support_place_nothing(incident_extractor):
    text = (
        "On Monday, a drone targeted the Ain al-Asad base in Anbar province but was shot "
        "down, according to a U.S. official. The group said it acted over U.S. support "
        "for Israel."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 11, 29)))
    assert {i.country for i in found} == {"IQ"}


def test_where_the_attackers_withdrew_is_no_other_place_of_the_event():
    # "east of the town" after "withdrawing towards the bush" is where the fighters went,
    # not "a nearby place" that would part the sentence from the assault told before it.
    from geo.extract.incidents import _nearby_cue

    assert (
        _nearby_cue("Fighters battled troops before withdrawing towards the bush east of the town.")
        is None
    )
    assert _nearby_cue("Another group was abducted north of the town.") is not None


def test_two_sites_each_in_a_town_of_its_own_are_two_incidents(incident_extractor):
    text = "Bombs exploded at a petrol station in Yala and at a shop in Tak Bai on Sunday."
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 8, 12)))
    assert [i.location for i in found] == ["Yala", "Tak Bai"]


def test_a_report_naming_no_country_asks_a_spelling_where_its_places_are(incident_extractor):
    # No country is named, but the other place is Somali: "Bulo Burde", a spelling the
    # index has as "Bulo Berde" (Buulobarde), is asked for there.
    text = (
        "Fighters seize the town of Bulo Burde after heavy fighting; at least 14 people are "
        "killed, according to residents reached by telephone from Beledweyne."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2010, 2, 3)))
    assert (found.location, found.country) == ("Bulo Burde", "SO")


def test_two_towns_across_a_border_are_two_places(incident_extractor):
    # Metula and Kfar Kila lie 2.5 km apart, in two countries: the reply is another event.
    text = (
        "Hezbollah fighters fire missiles from Lebanon at a house in Metula, injuring three "
        "civilians. The army responds with artillery fire on the outskirts of Kfar Kila."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 10, 29)))
    assert [i.country for i in found] == ["IL", "LB"]


def test_a_clause_without_a_day_of_its_own_is_told_on_the_sentence_s(incident_extractor):
    # "…, and then stormed Faskari": the second clause's event is the sentence's day's,
    # not the day the report was filed.
    text = (
        "Bandits stormed Kankara on Monday and killed nine people, and abducted 30 "
        "villagers in Faskari."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 6)))
    assert [(i.location, i.event_date) for i in found] == [
        ("Kankara", date(2024, 3, 4)),
        ("Faskari", date(2024, 3, 4)),
    ]


def test_each_place_s_toll_is_typed_by_its_own_target(incident_extractor):
    # Soldiers at one place and civilians at the next: a battle and an attack on
    # civilians, each at its place; "in an attack on" places the second as "in" would.
    text = (
        "Militants killed 11 soldiers in an ambush near Djibo on Sunday and five "
        "civilians in an attack on Arbinda the same day."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert [(i.location, i.sub_event_type, i.fatalities) for i in found] == [
        ("Djibo", "Armed clash", 11),
        ("Arbinda", "Attack", 5),
    ]
    # "and six more in Arbinda": no target of its own, the first one's.
    text = "Militants killed 11 soldiers near Djibo and six more in Arbinda."
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert [(i.location, i.sub_event_type, i.fatalities) for i in found] == [
        ("Djibo", "Armed clash", 11),
        ("Arbinda", "Armed clash", 6),
    ]


def test_a_title_s_closing_date_is_the_update_s_not_the_event_s(incident_extractor):
    # "… - Flash Update No. 2 (14 May 2024)": the day the update was issued; the title
    # tells the event its first line dates, and is one incident with it.
    text = (
        "Sudan: Clashes in Kadugli, South Kordofan - Flash Update No. 2 (14 May 2024)\n\n"
        "HIGHLIGHTS\n"
        "• Heavy fighting erupted in Kadugli town on 10 May, killing at least 12 people."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 14)))
    assert [(i.location, i.event_date, i.fatalities) for i in found] == [
        ("Kadugli", date(2024, 5, 10), 12)
    ]


def test_a_name_is_placed_alike_unless_the_report_told_it_from_the_namesake():
    town = Incident(
        id="a",
        event_type="Battles",
        sub_event_type="Armed clash",
        event_date=date(2024, 2, 13),
        location="Bocaranga",
        place_name="Bocaranga",
        latitude=6.98,
        longitude=15.64,
        geo_precision=1,
        place_reason="resolved alone",
    )
    # An area the village was guessed to lie in yields to the report's reading of it.
    guessed = replace(
        town,
        id="b",
        place_name="Basse-Kotto",
        latitude=4.9,
        longitude=21.9,
        geo_precision=3,
        flags="placed_at_area",
        place_reason="Bocaranga is not in the gazetteer; placed at Basse-Kotto",
    )
    assert [i.place_name for i in _placed_alike([guessed, town])] == ["Bocaranga"] * 2
    # A town the report told apart from the gazetteer's namesake keeps its place, and the
    # report's other incident at that name joins it.
    apart = replace(
        guessed,
        place_name="Sittwe",
        latitude=20.15,
        longitude=92.9,
        geo_precision=2,
        place_reason=f"placed near Sittwe; {_NAMESAKE_NOTE}",
    )
    assert [i.place_name for i in _placed_alike([apart, town])] == ["Sittwe"] * 2


def test_towns_listed_each_with_its_state_or_with_other_cities_are_each_an_event(
    incident_extractor,
):
    text = "Protests were held in Culiacán, Sinaloa, and Hermosillo, Sonora, on Sunday."
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert [i.location for i in found] == ["Culiacán", "Hermosillo"]
    text = "Thousands marched in Bogotá, Medellín and other cities on Sunday."
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert [i.location for i in found] == ["Bogotá", "Medellín"]


def test_a_part_of_the_city_is_the_city_s_event_not_one_near_it(incident_extractor):
    text = (
        "Gunmen attacked a bar in Irapuato on Saturday. The attackers arrived at the bar, on "
        "a boulevard in the south of the city, and began shooting at customers."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert (found.location, found.geo_precision) == ("Irapuato", 1)


def test_an_operation_s_place_is_where_the_paragraph_s_outcome_happened(incident_extractor):
    # The operation names the place; the next sentence of the paragraph tells the outcome
    # and names none. The lead sums two operations: no one place's toll.
    text = (
        "Security forces killed seven militants in two separate operations in Khyber "
        "Pakhtunkhwa, the military said.\n\n"
        "On 14 October, security forces conducted an intelligence based operation in the "
        "general area of Bannu. During the operation, troops engaged the militants' hideout "
        "and four militants were killed."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 10, 15)))
    assert [(i.place_name, i.event_date, i.fatalities) for i in found] == [
        ("Bannu", date(2024, 10, 14), 4)
    ]


def test_the_district_a_dateline_stands_for_holds_a_village_the_gazetteer_lacks(
    incident_extractor,
):
    text = (
        "BANNU: Two policemen were martyred when terrorists attacked a police post in the "
        "Zangi Khel area of the district on Monday night, police said."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert (found.location, found.place_name, found.geo_precision) == ("Zangi Khel", "Bannu", 2)


def test_a_sudanese_locality_is_a_district_named_after_its_town(incident_extractor):
    # "Um Rawaba locality": GeoNames spells the town Umm Ruwaba; the word says the name
    # is an area's, and the town is asked for alone, in the report's country.
    text = (
        "On 2 February, RSF fighters raided several villages in Um Rawaba locality, North "
        "Kordofan, looting livestock."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 2, 5)))
    assert (found.location, found.place_name, found.geo_precision) == (
        "Um Rawaba",
        "Umm Ruwaba",
        2,
    )


def test_a_monthly_tally_tells_no_event_a_daily_one_tells_the_day_s(incident_extractor):
    monthly = (
        "Monthly death toll | 604 people killed across the country in April 2025\n\n"
        "The monitor has documented the deaths of 604 people across the country in April "
        "2025.\n\n"
        "Landmines killed 21 people, including 9 children, in Idlib and Hama countryside.\n\n"
        "Meanwhile, 63 people were killed by unknown gunmen, 38 of them in Daraa governorate."
    )
    found = incident_extractor.incidents_of(Report("t.txt", monthly, report_date=date(2025, 5, 2)))
    assert found == []
    daily = (
        "Daily toll | 2 people killed on Saturday\n\n"
        "The monitor has documented the deaths of 2 people on Saturday, May 17, 2025, as "
        "follows:\n\n"
        "Idlib: A child was killed by a landmine near the town of Khan Shaykhun."
    )
    found = incident_extractor.incidents_of(Report("t.txt", daily, report_date=date(2025, 5, 18)))
    assert [i.place_name for i in found] == ["Khān Shaykhūn"]


def test_a_chronicle_s_entries_of_years_before_its_page_are_its_events(incident_extractor):
    text = (
        "List of massacres in the region\n\n"
        "Attacks on military positions are included where civilians were killed.\n\n"
        "On 14 November 2019, gunmen attacked the market at Arbinda, killing seven traders.\n\n"
        "On 3 February 2020, armed men rode into Djibo and shot nineteen men dead.\n\n"
        "On 5 July 2021, jihadists attacked the gendarmerie in Sebba, killing eleven."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 9, 15)))
    assert [(i.event_date, i.fatalities) for i in found] == [
        (date(2019, 11, 14), 7),
        (date(2020, 2, 3), 19),
        (date(2021, 7, 5), 11),
    ]
    # A news report's dated background stays background.
    text = (
        "Gunmen killed four people in Djibo on Monday. On 3 February 2020, armed men had "
        "shot nineteen men dead in the town."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 9, 15)))
    assert [i.event_date for i in found] == [date(2023, 9, 11)]


def test_a_count_of_the_hurt_in_clashes_is_no_round_up(incident_extractor):
    # "five injured in clashes" counts people, not clashes: the lead's toll is the event's,
    # and the boy's wound told after it is among the injured already counted.
    text = (
        "Three people, including a 10-year-old boy, were killed and at least five injured in "
        "clashes between rival armed groups in Gharyan on Sunday, the medical centre said. "
        "The fighting broke out near a checkpoint. The boy was hit by a stray bullet while "
        "playing near his home, the centre said."
    )
    assert AGGREGATE_RE.search(text) is None
    assert AGGREGATE_RE.search("Troops killed eight militants in two separate raids.")
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 27)))
    assert [(i.location, i.sub_event_type, i.fatalities) for i in found] == [
        ("Gharyan", "Armed clash", 3)
    ]


def test_a_post_s_hashtag_place_is_the_event_s_place(incident_extractor):
    post = (
        "date 2025-02-11\n\n"
        "#Syria #Aleppo ⚡ BREAKING: a car bomb exploded at a market in #Manbij this "
        "morning, killing 6 civilians. Via @monitor_sy\n"
    )
    (report,) = parse_text_reports("post.txt", post, [])
    (incident,) = incident_extractor.incidents_of(report)
    assert incident.location == "Manbij"
    assert incident.fatalities == 6


def test_a_village_by_a_border_tripoint_stays_in_the_dateline_s_country(incident_extractor):
    text = (
        "date 2025-06-12\n\n"
        "PARAKOU, Benin (AFP) - Jihadists killed six soldiers on Wednesday in an attack on a "
        "post near the point where the borders of Benin, Niger and Burkina Faso meet, in the "
        "village of Gbessoukpara, an army officer said.\n\n"
        "The attack was claimed on Thursday by JNIM, which is active in neighbouring Burkina "
        "Faso and Niger.\n"
    )
    (report,) = parse_text_reports("t.txt", text, [])
    (incident,) = incident_extractor.incidents_of(report)
    assert incident.location == "Gbessoukpara"
    assert incident.country == "BJ" and incident.geo_precision == 3


def _one_incident(extractor, text: str, day: str = "2025-04-09"):
    (report,) = parse_text_reports("t.txt", f"date {day}\n\n{text}\n", [])
    (incident,) = extractor.incidents_of(report)
    return incident


def test_residents_of_a_town_in_its_area_protest_in_the_town(incident_extractor):
    incident = _one_incident(
        incident_extractor,
        "Police fired teargas on Tuesday to disperse hundreds of residents of Baragoi in "
        "Samburu North who blocked the road to Maralal.",
    )
    assert (incident.location, incident.geo_precision) == ("Baragoi", 1)


def test_the_last_of_two_counties_named_is_a_county_not_its_town(incident_extractor):
    incident = _one_incident(
        incident_extractor,
        "Two herders were shot dead on Monday at Lchoro, near the boundary of Laikipia and "
        "Isiolo counties.",
    )
    assert incident.geo_precision != 1


def test_raiders_from_a_neighbour_do_not_make_the_report_about_it(incident_extractor):
    incident = _one_incident(
        incident_extractor,
        "Four Turkana herders were shot dead on Sunday when raiders from Uganda attacked them "
        "at Lokolio in Turkana West, near Lake Turkana. Turkana Police Commander Samuel "
        "Ndanyi said the raiders fled.",
    )
    assert incident.country == "KE"
    assert incident.location == "Lokolio" and incident.geo_precision == 3


def test_here_and_this_city_are_the_dateline_s_town(incident_extractor):
    incident = _one_incident(
        incident_extractor, "DAVAO CITY – A soldier was shot dead by NPA rebels in a village here."
    )
    assert (incident.country, incident.geo_precision) == ("PH", 1)
    assert "dateline" in incident.place_reason
    incident = _one_incident(
        incident_extractor,
        "TAGUM CITY – A village chief was shot dead by two men on a motorcycle in this city on "
        "Monday evening.",
    )
    assert incident.country == "PH" and "dateline" in incident.place_reason


def test_residents_of_a_capital_town_who_tell_of_arrests_are_in_the_town(incident_extractor):
    incident = _one_incident(
        incident_extractor,
        "Meanwhile, residents of Gimbi, the capital of West Wollega zone, told reporters that "
        "security forces detained 40 young men on Sunday.",
    )
    assert (incident.location, incident.geo_precision) == ("Gimbi", 1)


def test_the_city_an_official_told_an_agency_in_is_not_the_event_s(incident_extractor):
    for said in ("the official news agency IRNA", "AFP", "reporters"):
        incident = _one_incident(
            incident_extractor,
            f"The deputy governor told {said} in Zahedan that gunmen had attacked a police "
            "post, killing two officers.",
        )
        assert incident.location != "Zahedan", said


def test_where_a_statement_was_read_or_came_from_is_not_the_event_s(incident_extractor):
    incident = _one_incident(
        incident_extractor,
        "Defence ministry statement (Niamey, read on state radio last night): troops repelled "
        "an attack on their post at Tagabati on Sunday; 3 soldiers killed.",
    )
    assert incident.location == "Tagabati"
    incident = _one_incident(
        incident_extractor,
        "Army communiqué from Niamey: 14 soldiers were killed on Tuesday.",
    )
    assert incident.location != "Niamey"


def test_a_month_of_the_afghan_or_ethiopian_calendar_is_no_place():
    (incident,) = extract(
        "In Hamal 1403, a suicide bomber killed six worshippers at a mosque.",
        report_date=date(2024, 4, 20),
    )
    assert incident.location == ""


def test_a_verdict_s_report_retells_the_old_attack(incident_extractor):
    # The headline tells a verdict on an earlier bombing; the trial's account of it and
    # its toll are that bombing again, not new violence.
    text = (
        "A High Court in Abuja on Tuesday jailed three men for life for the bombing of a "
        "market in Kano in June 2021.\n\nDuring the trial, witnesses told how the attackers "
        "left two bags of explosives beside a stall and fled before they went off.\n\n"
        "Twelve traders were killed and 40 were wounded."
    )
    title = "Court jails three for market bombing in Kano"
    report = Report("t.txt", text, title=title, report_date=date(2025, 3, 12))
    assert incident_extractor.incidents_of(report) == []
    # New violence the same report dates to a day of its own is news.
    report = Report(
        "t.txt",
        text + "\n\nMeanwhile, gunmen shot dead four villagers in Kauru on Monday.",
        title=title,
        report_date=date(2025, 3, 12),
    )
    assert [i.location for i in incident_extractor.incidents_of(report)] == ["Kauru"]
    # A headline that tells its toll first is a day's news, whatever verdict it names.
    report = Report(
        "t.txt",
        "Protesters clashed with police in Dakar on Thursday after the verdict. Nine people "
        "were killed.",
        title="Nine killed in Senegal as verdict sparks riots",
        report_date=date(2025, 6, 2),
    )
    assert [i.location for i in incident_extractor.incidents_of(report)] == ["Dakar"]
    # Nor one whose violence comes first in any word ("bombs"), its remembrance after.
    report = Report(
        "t.txt",
        "Insurgents set off bombs at six shops in Pattani late on Friday night.",
        title="Wave of bombs, arson hits the south on massacre anniversary",
        report_date=date(2025, 10, 26),
    )
    assert [i.location for i in incident_extractor.incidents_of(report)] == ["Pattani"]


def test_a_remembrance_retells_the_old_attack(incident_extractor):
    text = (
        "Bells rang across the city on Sunday at the minute on Easter Sunday 2019 when a "
        "bomber blew himself up inside the cathedral in Kaduna. Another bomber walked into "
        "a church in Zaria, killing 14 people who had just left Sunday school."
    )
    report = Report(
        "t.txt",
        text,
        title="Kaduna marks six years since Easter bombings",
        report_date=date(2025, 4, 21),
    )
    assert incident_extractor.incidents_of(report) == []


def test_a_day_s_toll_told_by_counties_keeps_the_towns_events(incident_extractor):
    # "deaths were recorded in 12 of the 47 counties" counts the day's dead by place;
    # the report is no period's tally, and each town's paragraph tells its event.
    text = (
        "Police shot dead at least 20 people in protests across Kenya on Monday, the "
        "rights commission said.\n\nThe commission said deaths were recorded in 12 of the "
        "47 counties.\n\nIn Ngong, two men were shot dead as protesters pelted police with "
        "stones.\n\nIn Kitengela, crowds set fire to a police post."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 7, 8)))
    assert {"Ngong", "Kitengela"} <= {i.location for i in found}


def test_a_round_up_s_items_are_their_own_events_and_its_total_none(incident_extractor):
    # Each paragraph opens on its own town: another event than the one before, though
    # the gazetteer lacks the town (Gichk) and the toll comes a sentence later. The
    # lead's total is theirs, no event at the province; "a spokesman for the
    # Balochistan home department" is an office, not where the attacker died.
    text = (
        "At least four people were killed in a string of attacks on polling stations "
        "across Balochistan on Thursday, officials said.\n\n"
        "In Kharan, men lobbed a grenade into a polling station, injuring two staff "
        "members.\n\n"
        "In Panjgur, gunmen opened fire on a police van, killing two policemen. Police "
        "returned fire and one of the attackers was also killed, a spokesman for the "
        "Balochistan home department said.\n\n"
        "In Gichk, supporters of two candidates clashed and hurled stones at each other. "
        "One man was killed."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 2, 9)))
    by_place = {i.location: i for i in found}
    assert set(by_place) == {"Kharan", "Panjgur", "Gichk"}
    assert by_place["Panjgur"].fatalities == 3
    assert by_place["Kharan"].sub_event_type == "Grenade"


def test_a_crime_rate_is_background():
    assert is_background(
        "The government reported 82 homicides for 2025, a rate of 1.3 per 100,000."
    )
    assert is_background("The Observatory recorded 41 massacres during the year.")
    # A security advisory's warning and a digest's trend tell no event.
    assert is_background("There is an elevated threat of IED attacks against markets in Maiduguri.")
    assert is_background("Abductions of farmers remain the dominant pattern in Diffa.")
    assert is_background("Attacks on polio teams have increased in Khyber Pakhtunkhwa.")
    assert not is_background("Gunmen attacked a polio team in Bajaur on Tuesday.")
    # A month's digest: what went on, and a half-year's count.
    assert is_background("The TTP kept up attacks in the north west.")
    assert is_background("Attacks continued despite the government's campaign.")
    assert is_background("The city closed the first half of the year with 1,200 violent deaths.")


def test_a_plea_not_to_use_force_is_no_event(incident_extractor):
    text = (
        "Amnesty urged the police to respect the right to protest and not to use tear gas "
        "or live ammunition against demonstrators in Nairobi."
    )
    assert (
        incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 6, 10))) == []
    )


def test_one_of_a_string_of_attacks_keeps_its_own_toll(incident_extractor):
    text = (
        "Five police officers were killed when their vehicle hit a roadside bomb near El Wak "
        "on Sunday, in one of a string of attacks that killed at least 27 people in the "
        "region."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 7, 9)))
    assert found.fatalities == 5


def test_an_area_s_summary_gives_way_to_its_towns_events(incident_extractor):
    text = (
        "Russian troops attacked nine border communities in Sumy Oblast on Monday, firing "
        "74 times, the regional administration said.\n\nIn Krasnopillia, a drone hit a "
        "car, killing a man.\n\nIn Seredyna-Buda, shells hit a house, injuring two women."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 9, 3)))
    assert sorted(i.location for i in found) == ["Krasnopillia", "Seredyna-Buda"]


def test_a_month_s_tally_in_the_lead_is_no_event_of_its_month(incident_extractor):
    # The lead counts February's victims; the one event told is Thursday's.
    text = (
        "A rights group said on Monday that snipers had killed or wounded at least nine "
        "children in Taiz governorate in February, the highest monthly toll in more than a "
        "year. The most recent incident occurred on Thursday, when a boy was shot in the leg "
        "near his school in Taiz."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 3, 3)))
    assert [i.event_date for i in found] == [date(2025, 2, 27)]


def test_a_group_named_after_a_country_is_no_place(incident_extractor):
    text = (
        "A drone struck the Ain al-Asad air base in Anbar on Wednesday. A group calling "
        "itself the Islamic Resistance in Iraq claimed responsibility for the attack."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 11, 30)))
    assert found and "Iraq" not in {i.location for i in found}


def test_a_digest_s_same_day_is_another_event_on_that_day(incident_extractor):
    text = (
        "Unions 5 Aug staged a picket outside the National Assembly in Abuja. Hundreds same "
        "day rallied in Lagos against fuel prices."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 8, 30)))
    assert [(i.location, i.event_date) for i in found] == [
        ("Abuja", date(2024, 8, 5)),
        ("Lagos", date(2024, 8, 5)),
    ]


def test_tolls_by_place_read_past_the_kind_of_town(incident_extractor):
    text = (
        "The interior minister said on television that seven people had died in Dakar and "
        "two in the southern city of Ziguinchor during clashes on Thursday."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 6, 2)))
    assert sorted((i.location, i.fatalities) for i in found) == [
        ("Dakar", 7),
        ("Ziguinchor", 2),
    ]


def test_a_detail_without_a_place_tells_of_an_event_before_it(incident_extractor):
    # "The base was retaken on 28/02" has no place of its own: it is no part of the
    # Goumori attack two paragraphs on, told on that day.
    text = (
        "NIGERIA – Borno State\nOn 26/02, ISWAP fighters overran the military base in Malam "
        "Fatori (Abadam LGA). At least 8 soldiers were killed; troops withdrew and the base "
        "was retaken on 28/02.\n\nCHAD – Lac province\nOn 27/02, 2 fishermen were shot "
        "dead by suspected JAS elements on an island near Bol.\n\nBENIN – Alibori dept\n"
        "On 28/02, suspected JNIM elements killed 3 farmers in Goumori."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 3, 3)))
    goumori = next(i for i in found if i.location == "Goumori")
    assert (goumori.fatalities, goumori.sub_event_type) == (3, "Attack")


def test_towns_listed_each_in_its_area_are_each_an_event(incident_extractor):
    text = (
        "Russian aircraft carried out air strikes on Wednesday on Kostiantynivka in Donetsk "
        "oblast and Malokaterynivka in Zaporizhzhia oblast."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 4, 10)))
    assert sorted(i.location for i in found) == ["Kostiantynivka", "Malokaterynivka"]


def test_a_bare_toll_among_strikes_is_one_more_strike(incident_extractor):
    text = (
        "Russian forces shelled Marhanets with artillery on Wednesday. A 43-year-old man was "
        "injured in Nikopol."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 4, 10)))
    nikopol = next(i for i in found if i.location == "Nikopol")
    assert nikopol.sub_event_type == "Shelling/artillery/missile attack"


def test_an_air_raid_alert_is_no_raid(incident_extractor):
    text = "Air raid alert in Zaporizhzhia region! Go to the shelters."
    report = Report("t.txt", text, report_date=date(2025, 4, 10))
    assert incident_extractor.incidents_of(report) == []


def test_a_group_named_for_a_liberation_takes_back_no_territory(incident_extractor):
    text = "Troops fought the Front for the Liberation of Cabinda near Buco-Zau on Monday."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 9)))
    assert found.sub_event_type == "Armed clash"


def test_an_attempt_to_take_a_place_is_a_fight_not_a_change_of_hands(incident_extractor):
    text = "The rebels were attempting to retake the hills near Kitshanga on Tuesday."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 9)))
    assert (found.location, found.sub_event_type) == ("Kitshanga", "Armed clash")


def test_the_name_of_a_war_is_no_event_of_it(incident_extractor):
    text = "Putin announced the special military operation in Ukraine on February 24."
    report = Report("t.txt", text, report_date=date(2023, 1, 9))
    assert incident_extractor.incidents_of(report) == []


def test_a_period_s_total_that_the_event_takes_further_is_not_its_toll(incident_extractor):
    text = (
        "Militants killed nine villagers near Oicha on Friday, taking the total number of "
        "those killed in such raids in the past month to more than 60."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 9)))
    assert found.fatalities == 9


def test_one_fighter_of_a_group_by_its_initials_is_one_dead(incident_extractor):
    text = (
        "Gunmen opened fire on a car in Jasim on Monday. The attack resulted in the death "
        "of the SDF fighter inside."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 9)))
    assert found.fatalities == 1


def test_places_joined_by_as_well_as_are_each_struck(incident_extractor):
    text = "Artillery hit Kupiansk, as well as the village of Petropavlivka, on Sunday."
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 9)))
    assert sorted(i.location for i in found) == ["Kupiansk", "Petropavlivka"]


def test_trees_cut_down_or_a_building_shot_at_is_property_destroyed(incident_extractor):
    text = "Settlers stormed farmland in Qaryut on Friday and chopped down 120 olive trees."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 9)))
    assert found.sub_event_type == "Looting/property destruction"
    text = "Several shots were fired into the party's office in Mesa overnight, police said."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 9)))
    assert found.sub_event_type == "Looting/property destruction"


def test_nobody_injured_says_nobody_died(incident_extractor):
    text = (
        "A gas canister bomb went off outside a minister's office in Larissa on Tuesday "
        "night. Nobody was injured but the entrance was damaged."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 9)))
    assert (found.fatalities, found.injured) == (0, 0)
    text = "Shots were fired at the office in Mesa overnight. No one was present or injured."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 9)))
    assert found.injured == 0


def test_what_the_arrested_had_done_and_a_status_of_territory_are_no_events(incident_extractor):
    text = (
        "Police detained 12 men in Shuhayl on Sunday. The monitor said the arrested "
        "men were involved in protests and road closures in Diban."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 9)))
    assert [(i.location, i.sub_event_type) for i in found] == [("Shuhayl", "Arrests")]
    text = "The UN regards the Golan Heights as occupied territory."
    assert (
        incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 9))) == []
    )


def test_a_sentence_s_report_retells_the_crime_however_the_statement_is_dated(incident_extractor):
    text = (
        "A court in Nairobi sentenced a former constable to life in prison on Tuesday. "
        "“The accused opened fire on officers at a roadblock in Ahero, killing three,” the "
        "judiciary said in a statement on Tuesday."
    )
    report = Report(
        "t.txt",
        text,
        title="Life term for gunman who killed three police officers",
        report_date=date(2024, 5, 9),
    )
    assert incident_extractor.incidents_of(report) == []


def test_a_district_the_gazetteer_lacks_is_not_put_in_another_district(incident_extractor):
    text = (
        "Last week insurgents attacked army posts in Macomia, Muidumbe and Nangade districts. "
        "Up to 12 soldiers were killed in Macomia."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2022, 9, 19)))
    assert [(i.location, i.place_name) for i in found] == [("Macomia", "Macomia")]
    nangade = text.index("Nangade") + len("Nangade")
    assert _named_area_level(text, nangade) == 2
    assert _named_area_level("raids in the Mopti region", len("raids in the Mopti")) == 3
    macomia = text.index("Macomia") + len("Macomia")
    assert _named_area_level(text, macomia) is None  # a list's first: no word of its own


def test_a_day_stated_later_dates_the_event_better_than_last_week(incident_extractor):
    text = (
        "Last week was marked by insurgent attacks on army posts in Macomia. The 15 September "
        "attack on an outpost 23 km northwest of Macomia town killed five soldiers."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2022, 9, 19)))
    assert found.event_date == date(2022, 9, 15)


def test_a_person_s_surname_told_before_is_no_place():
    text = "A man attacked MEP Anna Berger in Wels. Police said the attack on Berger was planned."
    assert _a_person_s_surname(text, "Berger")
    assert not _a_person_s_surname(text, "Wels")
    assert not _a_person_s_surname("Gunmen attacked Kidal.", "Kidal")


def test_a_second_strike_in_the_same_village_is_the_same_event(incident_extractor):
    text = (
        "The first drone strike in the village of Khirbet Selm in southern Lebanon on Monday "
        "killed a commander. "
        "The second strike, in the same village, hit a motorcycle, wounding two men."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 7)))
    assert len(found) == 1


def test_a_file_photo_s_caption_is_no_event(incident_extractor):
    text = (
        "Gunmen killed six villagers near Bunia on Tuesday, local officials said.\n"
        "File photo shows protesters burning tyres on a street in Kinshasa, Dec. 9, 2011."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 8)))
    assert [i.location for i in found] == ["Bunia"]


def test_a_close_spelling_abroad_needs_more_than_a_teaser_s_country(incident_extractor):
    text = (
        "Hama, SANA - A woman and a child were killed when rocket shells fell on Jourin town "
        "in the countryside of Hama on Monday.\n\nCheck also: Putin says the US seeks a "
        "new order; Moscow warns the US."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 3, 7)))
    assert found and all(i.country != "US" for i in found)


def test_what_an_operation_yielded_is_no_grenade_attack(incident_extractor):
    text = (
        "Security forces killed a militant in an encounter in Handwara on Tuesday. The "
        "operation yielded weaponry, including an assault rifle, hand grenades and "
        "ammunition, in Kupwara."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 9)))
    assert [(i.location, i.sub_event_type) for i in found] == [("Handwara", "Armed clash")]


def test_an_army_s_round_up_keeps_its_operations_apart(incident_extractor):
    # A tally lead, an item at a village the gazetteer lacks in one state's district, and
    # an item in another state: the tally is no event, and the items are two.
    text = (
        "Troops have neutralised seven terrorists and rescued 20 captives in recent "
        "operations, the army said.\n"
        "Troops of the 202 Battalion ambushed insurgents at Kumshe Kurya, Bama Local "
        "Government Area of Borno, killing four.\n"
        "Troops operating in Ondo State neutralised three kidnappers and recovered two rifles."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 6, 2)))
    assert [(i.place_name, i.fatalities) for i in found] == [("Bama", 4), ("Ondo", 3)]


def test_a_day_s_earlier_attack_elsewhere_is_another_event(incident_extractor):
    text = (
        "Security forces killed five militants in an operation in Datta Khel, the military "
        "said. In another operation in Ghulam Khan, one more militant was killed.\n"
        "Earlier in the day, gunmen attacked a police van in Lakki Marwat district, killing "
        "two constables."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 6, 3)))
    assert len(found) == 3
    assert found[-1].location == "Lakki Marwat" and found[-1].fatalities == 2


def test_a_village_the_gazetteer_lacks_is_placed_only_where_the_areas_agree(
    incident_extractor,
):
    # The district the text calls one, inside the regency it names: the district.
    text = (
        "Schools in Ilaga District, Puncak Regency stayed shut all week.\n"
        "On Monday, a farmer was shot dead in Yagamukh Village, residents said."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 8)))
    assert [(i.location, i.place_name) for i in found] == [("Yagamukh", "Ilaga")]
    # A district the text calls one, and another district it names without the word: the
    # village may be in either.
    text = (
        "Troops killed six militants in North Waziristan on Monday.\n"
        "In Bannu district, police arrested two men after a raid.\n"
        "In a separate operation in Ghariom, one more militant was killed."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 8)))
    ghariom = next(i for i in found if i.location == "Ghariom")
    assert ghariom.place_name != "Bannu District"


def test_a_division_the_gazetteer_files_as_first_level_is_a_region(incident_extractor):
    text = (
        "Junta troops were killed by a landmine near Kyaukmetaung village in Ayeyarwady Division."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 8)))
    assert [(i.place_name, i.geo_precision) for i in found] == [("Ayeyarwady", 3)]


def test_villages_told_by_their_distance_from_a_city_aimed_at_are_drawn_there(
    incident_extractor,
):
    # The city the campaign aims at dates the news; the villages lie 40 km away.
    text = (
        "Militants shot dead nine farmers at the start of the army's offensive to retake "
        "Tikrit, residents said. The killings took place in the villages of Albu Dor and "
        "Albu Ajil, 40 kilometers (25 miles) north of Tikrit on Oct. 3."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2016, 10, 5)))
    assert len(found) == 1 and found[0].geo_precision == 2
    assert 35 <= distance_km(found[0].latitude, found[0].longitude, 34.61, 43.68) <= 45
    # "Launched an offensive to retake" a place is a fight there.
    text = "Iraqi forces launched an offensive to retake Baiji from the militants on Monday."
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2016, 10, 5)))
    assert [i.location for i in found] == ["Baiji"]


def test_an_armed_group_s_arabic_name_is_no_place(incident_extractor):
    text = "Fighters of Jaysh al-Adl attacked a border post near Saravan on Monday."
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 8)))
    assert [i.location for i in found] == ["Saravan"]
    # Spelled "Jaish", and claiming an attack told without a place: still no place.
    text = "Gunmen abducted 12 border guards on Tuesday. The abduction was claimed by Jaish al-Adl."
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 8)))
    assert [i.location for i in found] == [""]


def test_a_quarter_of_the_city_just_told_is_in_that_city(incident_extractor):
    text = (
        "Soldiers executed four civilians in Gondar on August 3, witnesses said.\n"
        "On August 10, soldiers shot dead three more men in the city's Azezo Tekle "
        "neighbourhood."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 9, 1)))
    assert [(i.location, i.place_name) for i in found] == [
        ("Gondar", "Gonder"),
        ("Azezo Tekle", "Gonder"),
    ]


def test_a_ship_s_position_in_nautical_miles_from_a_country_s_port(incident_extractor):
    # The agency named after a country right after the port is no chain that holds it.
    text = (
        "A tanker was hit by a missile 40 nautical miles west of Yemen’s al Mukha, the "
        "United Kingdom Maritime Trade Operations agency said on Friday."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 9)))
    (strike,) = found
    assert strike.country == "YE" and strike.geo_precision == 2
    # 40 nautical miles are 74 km.
    mukha = (13.32, 43.25)
    assert 60 <= distance_km(strike.latitude, strike.longitude, *mukha) <= 90


def test_a_colonia_is_a_quarter_of_the_city_the_report_tells_of(incident_extractor):
    text = (
        "Gunmen shot dead three men in Culiacán on Saturday, police said.\n"
        "On Sunday, a woman was murdered in her home in Colonia Benito Juárez."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 9, 9)))
    assert [i.place_name for i in found] == ["Culiacán", "Culiacán"]


def test_a_nickname_in_quotes_is_no_place(incident_extractor):
    text = (
        "Soldiers arrested the cartel's leader in Mexico on Monday; he also goes by the "
        "nickname “El Señor de los Cielos”."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 9, 9)))
    assert [i.location for i in found] == ["Mexico"]


def test_each_item_of_a_listing_is_an_event_of_its_own(incident_extractor):
    text = (
        "Insurgents carried out attacks at five different locations in Yala, Pattani, and "
        "Narathiwat on Saturday night, but no one was hurt. The attacks took place as "
        "follows:\n"
        "A bomb went off near a school in the Bannang Sata district of Yala. Two rangers "
        "were hurt.\n"
        "Gunmen fired at a ranger outpost in tambon Bato of Rueso district of Narathiwat.\n"
        "A second bomb exploded beside a road in Nong Chik district of Pattani.\n"
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 5, 7)))
    assert [(i.location, i.geo_precision) for i in found] == [
        ("Bannang Sata", 2),
        ("Rueso", 2),
        ("Nong Chik", 2),
    ]
    assert found[0].event_date == date(2023, 5, 6)
    assert found[0].injured == 2  # an item's next sentence is its own


def test_a_protest_today_and_one_yesterday_are_two_events(incident_extractor):
    text = (
        "Police fired tear gas at students who staged a protest in Kandy today.\n"
        "Students had staged a protest in Kandy yesterday as well, and police dispersed it."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 8)))
    assert sorted(i.event_date for i in found) == [date(2024, 3, 7), date(2024, 3, 8)]


def test_the_toll_of_an_attack_on_a_protest_is_that_event_s(incident_extractor):
    text = (
        "Activists of the party's student wing (JCD) attacked a protest of students demanding "
        "reform of job quotas last night at the university. The JCD attack left five "
        "students injured."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 7, 9)))
    assert len(found) == 1 and found[0].injured == 5


def test_a_square_of_the_city_told_is_in_that_city(incident_extractor):
    text = (
        "A mob hurled stones at shops in Akola on Saturday, police said.\n"
        "On Friday, protesters damaged vehicles in the Gandhi Chowk area."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2021, 11, 14)))
    assert [i.place_name for i in found] == ["Akola", "Akola"]


def test_a_city_s_district_the_gazetteer_lacks_is_the_place(incident_extractor):
    text = "Forty were hurt as party men clashed with police in Chattogram’s Lohagara upazila."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 1, 6)))
    assert found.location == "Lohagara" and found.geo_precision == 2


def test_an_unnamed_island_and_an_organisation_are_no_places(incident_extractor):
    text = (
        "Two bombs tore through a market on a southern Philippine island on Sunday, "
        "killing 12 people."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 2, 5)))
    assert found.location != "Philippine" and found.geo_precision != 1
    text = "Members of the Bangladesh Chhatra League attacked a students' march last night."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 7, 9)))
    assert found.location != "Bangladesh Chhatra League"


def test_a_newspaper_s_name_is_no_place(incident_extractor):
    text = (
        "Insurgents beheaded four villagers on Tuesday in Macomia district, according to a "
        'report in Wednesday\'s issue of the independent newssheet "Savana de Mocambique".'
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2019, 8, 28)))
    assert found.location == "Macomia"


def test_a_close_spelling_in_another_province_is_another_village():
    # Magude lies in Maputo province, 2,000 km from Cabo Delgado, which the report names.
    cabo = Place("a1", "Cabo Delgado", -12.5, 39.5, "A", "ADM1", "MZ", "Cabo Delgado")
    magude = Place("p1", "Magude", -25.0, 32.6, "P", "PPL", "MZ", "Maputo")
    macomia = Place("p2", "Macomia", -12.2, 40.1, "P", "PPL", "MZ", "Cabo Delgado")
    mentions = [Mention("Cabo Delgado", 0, 12, cabo, 0.9, "", "toponym")]
    context = _DocumentContext.of(mentions, dateline=None, text="Cabo Delgado")
    assert context.outside_its_provinces(magude)
    assert not context.outside_its_provinces(macomia)
    # A report that names no province says nothing against either.
    assert not _DocumentContext.of([], dateline=None).outside_its_provinces(magude)


def test_a_name_that_goes_on_in_any_language_is_no_shorter_place(incident_extractor):
    text = "The insurgents beheaded a man in Nova Zambézia village on Wednesday."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2019, 8, 28)))
    assert found.place_name != "Nova Mambone"


def test_a_kenyan_sub_county_is_no_place_named(incident_extractor):
    text = (
        "At least four people were hurt in Elwak after a roadside bomb hit their truck on "
        "Thursday. Police said the wounded were taken to hospital. Officials said the area "
        "had seen several such attacks this year. The Sub County Security Committee boss "
        "said the device, believed to have been planted by militants, targeted travellers."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 9, 20)))
    assert [i.location for i in found] == ["Elwak"]


def test_a_ship_s_route_flag_and_port_of_departure_are_no_places(incident_extractor):
    text = (
        "Pirates kidnapped two sailors from a tanker off Nigeria on Tuesday.\n"
        "The tanker, flagged in Liberia, was en route from Lomé, Togo, to Luanda, Angola, "
        "when armed men boarded it after it left port, and attacked the crew."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 6, 4)))
    assert {i.country for i in found} == {"NG"}


def test_a_ship_seized_by_pirates_is_an_abduction(incident_extractor):
    text = "A fishing dhow with 12 crew was seized by pirates off Eyl on Tuesday."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 8)))
    assert found.sub_event_type == "Abduction/forced disappearance"


def test_a_town_s_mayor_places_an_event_told_only_in_a_country(incident_extractor):
    text = (
        "Gunmen attacked a customs post in northern Benin late on Tuesday, killing two "
        "officers, Kandi Mayor Jean Akpaki said on Wednesday."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 4, 18)))
    assert (found.location, found.geo_precision) == ("Kandi", 2)


def test_where_victims_had_fled_from_is_no_place_of_the_raid(incident_extractor):
    text = (
        "Soldiers raided Haka village in Falam township on 3 May, killing two civilians. "
        "Six people went missing during the raid, including four who had fled from the "
        "nearby Gangaw area of Magway region."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2022, 5, 9)))
    assert all(i.place_name != "Magway" for i in found)


def test_a_tracker_s_dated_items_are_events_of_their_own(incident_extractor):
    # One paragraph, no year: each "Month day:" item is an event of its own.
    text = (
        "Below are the week's incidents. September 28: Boko Haram killed two soldiers in "
        "Tourou, Cameroon. September 28: Two herdsmen were killed in Ivo, Ebonyi."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text))
    assert [i.country for i in found] == ["CM", "NG"]


def test_a_bureau_s_dateline_country_is_not_the_report_s(incident_extractor):
    text = (
        "BAMAKO, Mali (AP) — Togo's military says its aircraft mistakenly killed seven "
        "youths in the village of Kpinkankandi in the country's north last week."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2022, 7, 15)))
    assert found.country == "TG"


def test_an_arrest_after_an_attack_takes_none_of_its_dead(incident_extractor):
    text = (
        "Three suspects have been taken into custody over the recent killings in Zamfara "
        "State, police said. The police said 18 people were killed in the attacks in "
        "Kwashabawa, a village in Zurmi Local Government Area. The suspects were arrested "
        "in the village the day after the attack."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text))
    arrests = [i for i in found if i.sub_event_type == "Arrests"]
    assert arrests and all(i.fatalities is None for i in arrests)
    # The arrest's own toll stays.
    text = (
        "Police detained four suspects in Bryansk on Saturday. One suspect was injured "
        "during a standoff with the officers."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 24)))
    assert (found.sub_event_type, found.injured) == ("Arrests", 1)


def test_an_organisation_s_own_word_is_no_location(incident_extractor):
    text = (
        "The Amihan National Federation of Peasant Women said soldiers had abducted a "
        "farmer's daughter."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 1)))
    assert found.location != "Federation"


def test_an_outlet_named_after_its_city_is_no_place(incident_extractor):
    text = (
        "Residents told Kandahar Now that a clash between the Taliban and resistance "
        "fighters left three dead in Paryan district of Panjshir province on Monday."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 5, 2)))
    assert found and all(i.place_name != "Kandahar" for i in found)
    assert {i.admin1 for i in found} == {"Panjshayr"}


def test_executing_an_operation_kills_no_one_more(incident_extractor):
    text = (
        "Resistance fighters executed a targeted raid on a checkpoint in Kabul on Sunday, "
        "killing two guards and injuring one other."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 2, 20)))
    assert (found.fatalities, found.injured) == (2, 1)


def test_a_place_s_history_in_an_aside_dates_no_event(incident_extractor):
    text = (
        "A shell killed a man in Izium, a town retaken by Ukrainian forces in 2022, the "
        "governor said. In Kupiansk, also liberated in 2022, two women were wounded."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 9, 4)))
    assert sorted(i.place_name for i in found) == ["Izyum", "Kupyansk"]
    assert {i.sub_event_type for i in found} == {"Shelling/artillery/missile attack"}
    assert all(i.event_type != "Strategic developments" for i in found)
    assert all(i.sub_event_type != "Government regains territory" for i in found)


def test_where_an_advance_is_headed_is_not_where_its_news_happened(incident_extractor):
    text = (
        "Russian shelling wounded four civilians in Kramatorsk in the past 24 hours, as "
        "Moscow's troops kept up their efforts to encircle the town of Chasiv Yar. "
        "Officials say taking the town remains a key goal for Russia."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 4, 2)))
    assert [i.place_name for i in found] == ["Kramatorsk"]


def test_the_attacker_s_shell_does_not_make_the_report_his_country_s(incident_extractor):
    text = "A Russian shell hit a house in Izium on Sunday, wounding an elderly woman."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 9, 4)))
    assert (found.place_name, found.country) == ("Izyum", "UA")


def test_a_lead_s_event_told_again_in_detail_at_a_village_of_its_district_is_one(
    incident_extractor,
):
    text = (
        "QUETTA: Three policemen were killed when gunmen attacked a checkpoint near Turbat "
        "on Sunday. In a separate incident, a roadside bomb left six soldiers injured in "
        "Khuzdar on Sunday.\n\nKhuzdar blast\n\nSix soldiers were injured in a roadside "
        "bomb explosion in Pashtakhan area of Khuzdar district on Sunday, officials said."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 9, 16)))
    bombs = [i for i in found if i.event_type == "Explosions/Remote violence"]
    assert [(i.fatalities, i.injured) for i in bombs] == [(0, 6)]
    assert len(found) == 2


def test_whom_a_source_spoke_to_and_a_deputy_commissioner_s_district_are_no_places(
    incident_extractor,
):
    text = (
        "Gunmen shot dead two farmers near Parachinar on Monday, a tribal elder confirmed to "
        "Mashriq. Kohat Deputy Commissioner Javed Ali told Mashriq that police constables "
        "escorting a convoy were wounded in a separate ambush on Tuesday."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert [i.place_name for i in found if i.place_name] == ["Parachinar"]
    assert not any("Mashriq" in i.location or "Commissioner" in i.location for i in found)


def test_kenya_s_former_provinces_are_kenya_s(incident_extractor):
    text = (
        "Police shot dead two demonstrators in Nyanza region on Monday as protests spread "
        "from Kisumu."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert (found.country, found.geo_precision) == ("KE", 3)
    text = "Suspected al-Shabaab militants killed two teachers in Kenya's North Eastern region."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert (found.country, found.place_name) == ("KE", "North Eastern Province")


def test_a_meeting_s_resolutions_and_topics_are_no_events(incident_extractor):
    text = (
        "Elders from three districts met in Moroto on Tuesday to restore peace. The "
        "resolutions agreed upon include joint recovery of animals and sharing information "
        "on cattle raids. Leaders will hold radio talk shows to discourage cattle raids. "
        "The police reserve commander in Amudat Mr. Peter Lokol urged residents to help "
        "in the tracing of stolen cattle."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert found == []


def test_a_pair_of_attacking_states_does_not_make_the_report_theirs(incident_extractor):
    text = (
        "The Saudi-American air force renewed its raids on Saada province on Wednesday. "
        "The air aggression targeted a house in Saada city, killing four citizens. "
        "Later, three citizens were martyred in two airstrikes by the US-Saudi air force "
        "on a car near Dahyan."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2022, 3, 3)))
    assert found and {i.country for i in found} == {"YE"}
    assert {i.sub_event_type for i in found} == {"Air/drone strike"}
    assert 3 in {i.fatalities for i in found}


def test_a_lead_dated_by_the_calm_after_the_fight_is_the_fight_in_a_quarter(
    incident_extractor,
):
    # The lead's "this morning" is the calm's day, not the clashes'; the quarter of the
    # town the next sentence names is the town's; and a fight "in early November", told
    # in a report of 24 December, is background that lends no toll.
    text = (
        "Calm returned to Galkayo this morning following a day of deadly clashes. Early "
        "on Thursday, at least three people were killed in Galkayo's Hawlwadaag "
        "neighbourhood when rival forces exchanged gunfire. In early November, the "
        "fighting killed 29 people."
    )
    (one,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2016, 12, 24)))
    assert (one.place_name, one.fatalities) == ("Gaalkacyo", 3)
    assert one.event_date == date(2016, 12, 22)


def test_a_neighbourhood_after_a_city_s_event_is_the_city_s(incident_extractor):
    text = (
        "Houthi shelling killed five civilians in a residential area of Taiz city on "
        "Tuesday. Two more were killed when a shell hit a home in the Al Noor "
        "neighbourhood on Tuesday night."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2017, 1, 19)))
    assert {i.place_name for i in found} == {"Taiz"}


def test_a_governorate_told_by_the_city_it_lies_north_of_is_the_place(incident_extractor):
    text = (
        "Four soldiers were killed in Houthi attacks in Al-Dhalea governorate, north of the "
        "port city of Aden, on Friday."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 7, 2)))
    assert found.place_name != "Aden" and found.geo_precision == 3
    assert found.admin1 == "Aḑ Ḑāli‘"


def test_a_killing_told_first_is_not_typed_by_the_arrest_that_led_to_it(incident_extractor):
    text = (
        "Residents said Taliban members killed a former police officer named Karim in "
        "Herat on Tuesday night. They added that the Taliban arrested this former officer "
        "after stopping his car."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2022, 8, 24)))
    assert (found.event_type, found.fatalities) == ("Violence against civilians", 1)
    assert found.sub_event_type != "Arrests"


def test_a_victim_s_home_area_is_not_where_he_was_shot(incident_extractor):
    text = (
        "Gunmen shot dead a shopkeeper in Inayat Kalay area in Bajaur district on Tuesday. "
        "Locals said that unknown persons opened fire on Gul Khan, a resident of Mamond "
        "area in Loisam tehsil."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 6)))
    assert [i.admin2 or i.place_name for i in found] == ["Bājaur Agency"]


def test_a_security_alert_of_a_planned_protest_has_no_incident(incident_extractor):
    text = (
        "Zambia: Opposition plans rally in Lusaka on March 3\n\n"
        "Opposition groups to hold protest rally in Lusaka, Zambia, March 3. Heightened "
        "security likely. Rallies typically occur in the late morning and target government "
        "buildings. Clashes between police and protesters cannot be ruled out. Members "
        "should avoid all demonstrations."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 1)))
    assert found == []


def test_a_communique_of_fears_and_a_court_s_charges_have_no_incident(incident_extractor):
    text = (
        "Governors of the region met in Owerri on Sunday and said kidnapping and killings "
        "have become the order of the day. Traders keep their shops shut out of fear of "
        "the 'unknown gunmen', as there were shootings by gunmen in the recent past. A "
        "court in Owerri framed charges against 12 men in connection with the killing of a "
        "chief, and a judge handed down long sentences to two officers for the murder of a "
        "trader. The group has for decades fought for self-rule in the region."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 4)))
    assert found == []


def test_what_holds_an_upazila_or_a_district_is_an_area_not_its_town(incident_extractor):
    text = "Guards shot dead a cattle trader in Dhobaura upazila of Mymensingh on Tuesday."
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 6)))
    assert found.geo_precision == 2


def test_an_outlet_with_a_number_is_no_place_and_the_kurdistan_region_is_iraq_s(
    incident_extractor,
):
    text = (
        "ERBIL (Kurdistan 24) – Kurdistan Region border areas with Iran came under Iranian "
        "artillery shelling on Tuesday, the mayor of Sidakan told Kurdistan 24. Ankara's "
        "new operation in the area could begin at any moment, officials said."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2022, 9, 27)))
    assert [(i.country, i.sub_event_type) for i in found] == [
        ("IQ", "Shelling/artillery/missile attack")
    ]


def test_a_ranked_person_s_name_is_no_place_and_a_town_in_a_compass_part_keeps_its_area(
    incident_extractor,
):
    text = (
        "Soldiers clashed with rebels in Mabini town in southern Compostela Valley on "
        "Tuesday, killing two. Wounded were Staff Sergeant Carlo de los Santos and "
        "Patrolman Jun Bal."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2006, 8, 10)))
    assert [(i.place_name, i.admin2) for i in found] == [("Mabini", "Davao de Oro")]


def test_a_city_of_millions_by_its_own_name_is_not_a_country_and_a_gang_is_no_place(
    incident_extractor,
):
    text = (
        "A police raid in a neighbourhood on the outskirts of Salvador left nine men dead on "
        "Tuesday. The area is controlled by Bonde do Maluco, a rival criminal faction."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2025, 3, 5)))
    assert [i.country for i in found] == ["BR"]


def test_an_advisory_s_threats_and_frequent_protests_and_a_group_s_long_name_are_no_events(
    incident_extractor,
):
    text = (
        "Due to severe threats of terrorism and kidnapping, travellers in Niamey should stay "
        "discreet. There are frequent strikes and protests in the Niger Delta region."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert found == []
    text = (
        "Suspected Islamic State-West Africa Province (ISWAP) militants attacked a village "
        "in Borno State on Monday, killing six farmers."
    )
    (found,) = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 3, 5)))
    assert "Province" not in found.location


def test_a_town_in_a_state_made_after_the_gazetteer_filed_it_is_the_town(incident_extractor):
    # GeoNames files the larger El Fula under South Kordofan, the state it lay in before
    # West Kordofan was made; its own entry under West Kordofan is the one "in" names.
    for chain in (" in West Kordofan", ", West Kordofan"):
        incident = _one_incident(
            incident_extractor,
            f"Army aircraft dropped three barrel bombs on El Fula{chain} on Monday, killing "
            "six people near the livestock market.",
        )
        assert (incident.location, incident.geo_precision) == ("El Fula", 1)
        assert distance_km(incident.latitude, incident.longitude, 11.73, 28.35) < 10


def test_an_outlet_s_city_line_is_no_dateline_of_the_event(incident_extractor):
    incident = _one_incident(
        incident_extractor,
        "Gunmen Kill Twelve at a Church in Oromia\n\nThe Highland Herald (Addis Ababa)\n\n"
        "Addis Abeba — Twelve worshippers were killed on Sunday in Oromia regional state, "
        "residents said.",
    )
    assert (incident.location, incident.geo_precision) == ("Oromia regional state", 3)


def test_areas_a_plural_area_word_closes_are_one_event_each(incident_extractor):
    (report,) = parse_text_reports(
        "t.txt",
        "date 2025-04-09\n\nGunmen fired on police posts in Imphal East and Bishnupur "
        "districts on Tuesday, officials said.\n",
        [],
    )
    incidents = incident_extractor.incidents_of(report)
    assert sorted((i.location, i.geo_precision) for i in incidents) == [
        ("Bishnupur", 2),
        ("Imphal East", 2),
    ]
    # One district and a town are no list of areas.
    incident = _one_incident(
        incident_extractor,
        "Gunmen fired on a police post in Imphal East district on Tuesday, officials in "
        "Imphal said.",
    )
    assert incident.location == "Imphal East"


def test_a_day_after_clause_is_the_day_before_and_its_place_keeps_its_own_sentences(
    incident_extractor,
):
    (report,) = parse_text_reports(
        "t.txt",
        "date 2025-04-09\n\nA gunfight broke out between militants and troops on Wednesday in "
        "Udhampur district, a day after four soldiers were killed in an ambush in Rajouri "
        "district.\n\nThe gunfight in Udhampur began when troops cordoned off a forest.\n",
        [],
    )
    incidents = {i.location: i for i in incident_extractor.incidents_of(report)}
    assert set(incidents) == {"Udhampur", "Rajouri"}
    assert str(incidents["Rajouri"].event_date) == "2025-04-08"
    assert incidents["Rajouri"].fatalities == 4
    assert str(incidents["Udhampur"].event_date) == "2025-04-09"
    assert incidents["Udhampur"].fatalities is None


def test_a_town_spelled_otherwise_in_a_sentence_that_names_its_country(incident_extractor):
    # "Tal Tamr" is GeoNames' "Tall Tamr": asked alone, in the country the sentence names,
    # rather than the country standing for the place.
    incident = _one_incident(
        incident_extractor, "Turkish drones struck Tal Tamr in northeast Syria on Monday."
    )
    assert (incident.location, incident.place_name, incident.geo_precision) == (
        "Tal Tamr",
        "Tall Tamr",
        1,
    )
    # A village the gazetteer lacks, in that town's countryside: near the town.
    incident = _one_incident(
        incident_extractor,
        "Turkish artillery shelled the village of Umm Kharaza and surrounding areas in "
        "northeast Syria's Tal Tamr countryside on Monday.",
    )
    assert (incident.location, incident.place_name, incident.geo_precision) == (
        "Umm Kharaza",
        "Tall Tamr",
        2,
    )
    assert "placed near Tall Tamr" in incident.place_reason


def test_a_place_after_said_and_an_event_is_the_event_s(incident_extractor):
    # "said clashes erupted in Misrata": the words between tell the event, so the town is
    # where it happened, not where anyone spoke.
    for text in (
        "Officials said clashes erupted in Misrata on Monday.",
        "The health ministry said fighting in Misrata between rival militias has left 13 "
        "people dead.",
    ):
        incident = _one_incident(incident_extractor, text)
        assert (incident.location, incident.geo_precision) == ("Misrata", 1), text
    # Where a speaker spoke stays context.
    incident = _one_incident(
        incident_extractor,
        "Gunmen killed five people in a village, a police spokesman said on Tuesday in Maiduguri.",
    )
    assert incident.location != "Maiduguri"


def test_an_indonesian_rank_makes_the_name_after_it_a_person_s(incident_extractor):
    # Kamal is a town in East Java; "Kombes" (a police colonel) makes it a person here.
    incident = _one_incident(
        incident_extractor,
        '"The gunmen shot the driver in the ribs," said the head of public relations of the '
        "provincial police, Kombes AM Kamal, in a statement on Sunday. Kamal said, after the "
        "shooting, the gunmen fled toward the forest.",
    )
    assert incident.location != "Kamal" and incident.place_name != "Kamal"


def test_a_spate_of_violence_s_toll_is_a_round_up(incident_extractor):
    # The days' total is no one event's toll when the report tells another event.
    text = (
        "Six people have died in a spate of violence in the south, including a teacher "
        "shot dead in Sai Buri district on Saturday, officials said.\n\n"
        "On Sunday, gunmen attacked a police checkpoint in Raman district, wounding two "
        "officers."
    )
    assert AGGREGATE_RE.search("Six people have died in a spate of violence in the south.")
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2021, 4, 26)))
    sai_buri = next(i for i in found if i.location == "Sai Buri")
    assert sai_buri.fatalities != 6


def test_a_governor_s_list_gives_each_town_its_own_count(incident_extractor):
    # The first item's count is its own, not the total its verb was told with; a dash
    # may stand between a count and its town.
    for text in (
        "On May 3, Russian shelling killed 6 civilians of Donetsk region: 3 in Toretsk, "
        "2 in Kurakhove and 1 in Selydove.",
        "On May 3, Russian shelling killed 6 civilians of Donetsk region: 3 - in Toretsk, "
        "2 - in Kurakhove, 1 - in Selydove.",
    ):
        found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 5, 4)))
        assert sorted((i.location, i.fatalities) for i in found) == [
            ("Kurakhove", 2),
            ("Selydove", 1),
            ("Toretsk", 3),
        ], text


def test_a_round_up_s_no_casualties_holds_for_each_of_its_events(incident_extractor):
    text = (
        "A series of bomb and shooting attacks hit four places in the three southern "
        "provinces on Friday night, but no casualties were reported.\n\n"
        "A bomb exploded at an outpost in Bannang Sata district.\n\n"
        "Gunmen opened fire on a police post in the Rueso district of Narathiwat."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 4, 15)))
    assert sorted((i.location, i.fatalities, i.injured) for i in found) == [
        ("Bannang Sata", 0, 0),
        ("Rueso", 0, 0),
    ]


def test_a_tally_since_then_and_an_overturned_vehicle_are_no_event(incident_extractor):
    text = (
        "Three village guards were killed on Thursday in a rebel attack in the Yuksekova "
        "district.\n\n"
        "Since then, rebel attacks have killed more than 600 security personnel, while more "
        "than 7,000 rebels were killed in army operations.\n\n"
        "Another soldier was killed on Wednesday when an armored vehicle carrying troops "
        "overturned in the Baykan district."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2016, 9, 29)))
    assert [(i.location, i.fatalities) for i in found] == [("Yuksekova", 3)]


def test_a_region_s_lot_and_a_house_fire_are_no_events(incident_extractor):
    for text in (
        "Clashes between settled farmers and nomadic herders are a worsening problem in the Sahel.",
        "Tensions have simmered for years in the Sahel, occasionally erupting into deadly clashes.",
        "In Kiambu County, a child died after the house he was sleeping in caught fire.",
    ):
        found = incident_extractor.incidents_of(
            Report("t.txt", text, report_date=date(2019, 8, 28))
        )
        assert found == [], text


def test_a_building_fire_is_no_detail_of_the_event_before_and_a_strike_s_fire_is(
    incident_extractor,
):
    text = (
        "An explosive device went off outside a mosque in Baidoa on Friday, killing two "
        "people.\n"
        "A fire broke out on the first floor of a residential building in Moscow on Friday, "
        "killing eight people."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2022, 7, 30)))
    assert [(i.location, i.fatalities) for i in found] == [("Baidoa", 2)]
    text = (
        "A Turkish drone struck a vehicle near Chwarta on Friday.\n\n"
        "The governor said a fire broke out in the area.\n\n"
        "Officials said four fighters were killed in the strike."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 7, 29)))
    assert [(i.location, i.fatalities) for i in found] == [("Chwarta", 4)]


def test_a_list_of_tolls_by_district(incident_extractor):
    text = (
        "Three were killed in the northern Pabna district, two in Rangpur district and one in "
        "Magura on Sunday."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2024, 8, 5)))
    assert sorted((i.location, i.fatalities) for i in found) == [
        ("Magura", 1),
        ("Pabna", 3),
        ("Rangpur", 2),
    ]


def test_an_event_dated_after_the_report_is_announced_not_told(incident_extractor):
    text = (
        "The opposition has called a countrywide hartal on Monday (December 18) protesting "
        "the polls schedule in Dhaka."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2023, 12, 16)))
    assert found == []


def test_a_protest_threatened_for_next_week_is_none(incident_extractor):
    text = (
        "Former fighters in the Niger Delta gave the government a one-week ultimatum over "
        "unpaid stipends.\n\n"
        "“We will not take it easy this time and we want our stipends paid within one week "
        "or else we will go out for a protest next week.”"
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2021, 9, 7)))
    assert found == []


def test_a_killing_told_after_a_slaughter_of_years_ago_is_background(incident_extractor):
    text = (
        "According to the case documents, members of the outlawed group slaughtered the union "
        "chairman on January 16, 2000. They killed another man named Ayub Ali as the "
        "villagers tried to resist them."
    )
    found = incident_extractor.incidents_of(Report("t.txt", text, report_date=date(2022, 2, 16)))
    assert found == []
