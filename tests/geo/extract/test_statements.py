"""Which sentences state an event: triggers, tolls, details, and background left out."""

from __future__ import annotations

import pytest

from geo.extract.events import Trigger
from geo.extract.sentences import split_sentences
from geo.extract.statements import (
    casualty_hint_offsets,
    clear_sentence_cache,
    find_event_sentences,
    is_background,
)


def stated(text: str, *, report_year: int | None = None) -> list[str]:
    sentences = split_sentences(text)
    return [
        s.sentence.text for s in find_event_sentences(sentences, text=text, report_year=report_year)
    ]


def triggers_of(text: str) -> list[Trigger]:
    found = find_event_sentences(split_sentences(text), text=text)
    return [t for s in found for t in s.triggers]


def test_an_event_measured_against_the_war_is_still_the_event():
    text = (
        "Drones struck a fuel depot in the port on Sunday, the first attack on the coastal "
        "city that has served as the seat of the country's army-backed government since "
        "the war began."
    )
    assert [s[:48] for s in stated(text, report_year=2025)] == [
        "Drones struck a fuel depot in the port on Sunday"
    ]


def test_a_toll_right_after_last_year_s_attack_is_its_toll():
    text = (
        "Parents gathered at the school on Sunday to remember the victims. "
        "On the night of 16 June 2023, rebels stormed the school and set a dormitory on fire. "
        "Forty-two people, most of them pupils, were killed. "
        "Thirty people were killed in a new raid on Saturday."
    )
    assert stated(text, report_year=2024) == [
        "Thirty people were killed in a new raid on Saturday."
    ]


def test_a_city_s_crime_ranking_is_background():
    assert is_background("Leon has recorded the most drug-related killings in the region.")


def test_a_digest_s_summary_and_a_labelled_background_are_background():
    assert is_background("Attacks on civilians rose in Kordofan during the reporting period.")
    assert is_background("Background: the rebels seized the town in a raid on 3 March.")
    assert not is_background("Rebels raided the town on 3 March, looting the market.")


def test_a_years_tally_or_trend_is_background():
    assert is_background("The gangs have killed more than 1,800 people this year, the UN said.")
    # A year named, or counted "already": the year's tally.
    assert is_background("More than 90 union leaders have been killed in 2021 in the country.")
    assert is_background("He recalled that there are already 75 farmers murdered this year.")
    assert is_background("The rebels for decades fought the army, carrying out bombings.")
    assert not is_background("Two union leaders have been killed in an ambush near Cali.")
    # The dead of a war gone by, found now.
    assert is_background(
        "Rescuers found the remains of a shepherd killed by shelling during the two-year-long "
        "war near the border village."
    )
    assert not is_background("Rescuers recovered nine bodies after the airstrike on Monday.")
    # An earlier bout's toll, a war's toll however told; a day's toll said by a ministry.
    assert is_background("The previous round of fighting killed nearly 60 people.")
    assert is_background("The UN said the ongoing battle had killed more than 900 people.")
    assert not is_background("The ministry said fighting in Misrata has left 13 people dead.")
    # A war's course and its start, told as background.
    assert is_background("The militia has traded near-daily fire with the army since May.")
    assert is_background(
        "The latest war began Oct. 8, 2023, when the militia fired rockets across the border."
    )
    assert not is_background("The militia fired rockets across the border on Monday.")
    # A country's wars described, none of their events told.
    assert is_background(
        "Chad is fighting two insurgencies, with raids by militants from across the lake."
    )
    assert is_background("Kidnappings rose sharply this year, with bandits seizing travellers.")
    assert not is_background("Gunmen killed 12 people in the market on Monday.")
    assert is_background("It is the third truce agreed since the war began.")
    # A trend with no toll: "have intensified their attacks", "have repeatedly staged".
    assert is_background("The rebels have intensified their attacks on villages in the east.")
    assert is_background("Traders in the two towns have repeatedly staged protests over tolls.")
    assert is_background("The group has stepped up attacks on police in the border districts.")
    assert not is_background("Troops have stepped up their raids, killing four men on Monday.")
    # "Has since": what followed, unless it is the event's own toll updated.
    assert is_background("The town has since been retaken by the army.")
    assert not is_background("The death toll has since risen to 40.")
    # A source described by the war, then its news; the war's toll itself.
    assert not is_background(
        "Monitors, a group documenting abuses in the war, said militiamen killed 31 "
        "villagers in Tawila on Friday."
    )
    assert is_background("The war has killed more than 20,000 people, the minister said.")
    # A region's share of a country's murders.
    assert is_background("Three states accounted for almost half of the murders recorded.")
    # A war's running toll, by the war or by its count in thousands.
    assert is_background("The crisis, now in its sixth year, has killed more than 3,000 people.")
    assert is_background("The ministry says more than 30,000 people have been killed in the war.")
    assert not is_background("Two soldiers have been killed in the war, the army said on Monday.")
    # Many events told as what followed, and a share of all murders.
    assert is_background("The verdict sparked a wave of revenge attacks that left 15 dead.")
    assert is_background("Five states still concentrate almost half of all murders.")
    assert not is_background("Gunmen killed 12 people in a wave of attacks on Monday.")
    # A feud's running toll since a date, in hundreds.
    assert is_background("Since then, more than 700 people have been murdered in the state.")
    assert not is_background("Since Monday, five people have been killed in the town.")
    # What may come, or a habit grown, is no event.
    assert is_background("The new force will be able to carry out operations against gangs.")
    assert is_background("The cartel, which has increasingly used drones, denied it.")
    # A wish is no event: "people want the bombings to stop".
    assert is_background("Villagers want the shootings and bombings to stop, a monk said.")


def test_running_totals_and_war_tolls_are_background():
    assert is_background("Violence has surged since the March 3 attack, which killed 90 people.")
    assert is_background("Since November 10, 2020, 351 people have been hurt by mines.")
    assert is_background("The fighting has killed at least 92 civilians, officials say.")
    assert not is_background("Shelling killed two civilians in Tartar on March 3.")
    assert is_background("Some 140 people have been killed since the strikes began in May.")
    assert is_background("Two engineers were kidnapped near the mine a few years ago.")
    assert is_background("Over the same period, more than 200 people have been killed.")
    assert is_background("Last month it was reported that shelling killed 30 people in Goris.")
    assert is_background("The blasts brought to 27 the number of people killed since May.")
    # A period's running toll, with the period before or after.
    assert is_background(
        "At least 11 civilians have been killed by rebels in the region this year."
    )
    assert is_background("This year so far, 11 civilians have been killed by rebels in the region.")
    assert not is_background("Three soldiers have been killed in an ambush on Monday.")
    # A hedge on one event ("is said to have resulted in") is no running total.
    assert not is_background("A strike on Goris is said to have resulted in the deaths of 18.")
    assert is_background("The war has resulted in the deaths of more than 6,000 people.")
    # A campaign's toll with words between "the" and the campaign; history in years ago.
    assert is_background("The Russian-backed offensive in the enclave has killed 1600 people.")
    assert not is_background("The army offensive killed 20 fighters in Douma on Monday.")
    assert is_background("The square was the centre of protests that began seven years ago.")
    # What a report's news "comes after" is an earlier event; the news itself is told
    # elsewhere, and a sentence that tells it keeps it.
    assert is_background("It comes a week after 44 people were killed in a blast in Goris.")
    assert is_background("This comes as the army's airstrikes in Goris have faced criticism.")
    assert is_background("The shooting comes after the police killing of a man in Goris.")
    # When the news happened is no earlier event.
    assert not is_background("The attack came as worshippers gathered, killing 12 in Sotk.")
    assert not is_background("The attack came after midnight, killing 12 in Sotk.")
    assert not is_background("Gunmen killed ten in Sotk, two days after a blast killed five.")
    assert is_background("It killed more than 800 people over four decades of violence.")
    assert is_background("Sources put the number of soldiers killed over the past month at ten.")
    # Crime statistics are no incident.
    assert is_background("There were 130 murders in the city in 2017, against 292 in 2016.")
    assert is_background("The city's murder tally last year was the lowest in a decade.")


def test_a_question_about_an_event_is_not_an_event():
    assert is_background("It is not clear whether the fire was started by a rocket.")
    assert is_background("It remains unclear if the convoy was hit by a drone.")
    # Who did it may be unknown; that the attack happened is stated.
    assert not is_background("It is unclear who planted the bomb that killed 4 in Gao.")


def test_a_sentence_dated_in_an_earlier_year_is_background():
    text = "Gunmen killed four villagers on Monday. In 2019, militants killed ten soldiers."
    assert stated(text, report_year=2023) == ["Gunmen killed four villagers on Monday."]
    short = "Looters burned shops on Dec. 4, 2022, police said."
    assert stated(short, report_year=2023) == []
    named = "A court freed nine men accused in the 2016 Kamenge grenade attack, which killed 4."
    assert stated(named, report_year=2024) == []
    assert len(stated(text)) == 2  # without a report date, no year is earlier


def test_an_event_told_before_a_background_clause_keeps_its_own_clause():
    text = (
        "Attackers shot two bus drivers in Tijuana on Friday, in a city where 900 people "
        "have been murdered since January."
    )
    assert stated(text, report_year=2025) == ["Attackers shot two bus drivers in Tijuana on Friday"]
    agency = "Police used tear gas on marchers on Tuesday; the marches began on Oct. 3, 2023."
    assert stated(agency, report_year=2024) == ["Police used tear gas on marchers on Tuesday"]
    # No day, no one event: "attacks, which have killed thousands since 2015" is a tally.
    assert stated("Raids, which have killed 300 people since 2015, went on.") == []


def test_an_event_dated_by_its_year_or_by_years_gone_is_background():
    # A year as the event's adjective, or "ten years after": the court case or the
    # anniversary is the news, the killing long past.
    text = (
        "A court jailed two men for the 2016 bombing of a market in Gombe that killed 30. "
        "Fifteen years after gunmen seized 40 pupils in Kebbi, six are still missing. "
        "Gunmen killed four villagers on Monday."
    )
    assert stated(text, report_year=2024) == ["Gunmen killed four villagers on Monday."]
    # The year of the report itself is the news.
    assert stated("The 2024 bombing of a market in Gombe killed 30.", report_year=2024)


def test_last_month_of_that_name_can_lie_in_the_year_before():
    # "last July", told in February, is July of the year before: background.
    sentences = split_sentences("Protests in Kisumu last July left 30 dead. Gunmen killed two.")
    found = find_event_sentences(sentences, report_year=2024, report_month=2)
    assert [s.sentence.text for s in found] == ["Gunmen killed two."]


def test_a_detail_right_after_an_event_is_kept_and_a_toll_alone_is_an_event():
    text = "A mine exploded near a bridge. The explosion took place at dawn. Prices rose."
    assert stated(text) == ["A mine exploded near a bridge.", "The explosion took place at dawn."]
    assert stated("Two shepherds were killed on the hillside.") == [
        "Two shepherds were killed on the hillside."
    ]


def test_a_remembrance_a_cause_or_a_month_s_tally_is_background() -> None:
    assert is_background(
        "Survivors laid wreaths on Thursday as sirens marked the hour the jets dropped gas."
    )
    assert is_background("The marches were sparked by a bridge collapse that killed 16 people.")
    assert is_background("More than 900 people were killed in gang violence in March alone.")
    assert is_background("The abduction of village chiefs has become frequent in the north.")
    assert is_background("Since the war, soldiers have detained dozens of herders there.")
    # A wave of protests, and what has happened since a year's events.
    assert is_background("Protests have swept the country since the death of a student.")
    assert is_background("Rights groups have pressed for rules since the 2019 protests.")
    # A monitor's count of many events, none of them told.
    assert is_background(
        "The office recorded 43 assassination attempts in the province, in which 31 died."
    )


def test_a_total_of_one_event_is_the_event() -> None:
    sentence = "Missiles hit the port, killing 5 people in total."
    assert stated(sentence) == [sentence]


def test_a_party_claiming_its_kills_states_the_fight() -> None:
    claim = "The army said it had killed 25 insurgents near the dam on Monday."
    assert stated(claim) == [claim]
    claim = "The militia claimed to have killed 14 soldiers at the checkpoint."
    assert stated(claim) == [claim]


def test_arms_seized_in_the_operation_just_told_are_its_spoils() -> None:
    raid = "Police raided the camp on Monday, killing two gunmen."
    assert stated(f"{raid} Officers seized eight rifles and a pistol.") == [raid]
    # Told as an event of its own, a haul is one.
    haul = "Separately, troops recovered four rifles from a hideout."
    assert [t.rule for t in triggers_of(f"{raid} {haul}")][-1] == "weapons"


def test_dead_fighters_that_no_one_counted_still_state_the_fight() -> None:
    for text in (
        "Soldiers killed several gunmen near the ford on Sunday.",
        "A drone neutralised a group of rebels at the crossing.",
        "A bandit gang was eliminated near the quarry.",
        "Dozens of militants were killed in the hills overnight.",
    ):
        assert stated(text) == [text]
    # Fighters spoken of, with no one killed, are no fight.
    assert stated("The ministers discussed bandits and the roads at the summit.") == []


def test_a_toll_of_a_disaster_an_accident_or_an_outbreak_is_no_event():
    for text in (
        "Floods left at least 40 people dead across the north.",
        "Two people were killed and six injured when their bus crashed near the border.",
        "A man died after being struck by a lorry on the main road.",
        "Twelve children died of cholera in the camp this week.",
        "At least four people have died of the ailment in the camp, an official said.",
        "One man was killed after crashing his car on the ring road.",
        "A hunter died of an accidental gunshot wound on Saturday.",
        "Tests have linked fentanyl to 15 deaths in the province.",
        "More than 150 dead fish washed up on the beach.",
        "Heavy rains caused a building to collapse in the old town, killing five.",
        "The collapse of the Ruvu dam on Sunday flooded the valley, killing at least 30.",
    ):
        assert stated(text) == [], text
    # "The outbreak of violence" is violence, not a disease's outbreak.
    assert stated("The outbreak of violence left 20 people dead.") != []
    # A trigger word states the violence, whatever else the sentence tells.
    text = "Gunmen killed three aid workers as floods cut the road to the camp."
    assert stated(text) == [text]


def test_a_bare_toll_right_after_a_disaster_is_the_disaster_s():
    text = (
        "A cyclone struck the coast on Monday, causing the river to burst its banks. "
        "Officials say more than 300 people were killed and hundreds remain missing."
    )
    assert stated(text, report_year=2025) == []
    # After violence, the same toll is the violence's.
    text = (
        "Gunmen stormed the market on Monday. "
        "Officials say more than 30 people were killed and dozens remain missing."
    )
    assert len(stated(text, report_year=2025)) == 2


def test_a_remembrance_and_what_the_remembered_attack_was_part_of_are_background():
    text = (
        "Thousands gathered in the town on Sunday to mark the 30th anniversary of the "
        "massacre carried out by the militia. "
        "On 2 May 1994, militiamen shot some 400 villagers in the square. "
        "The massacre was part of a campaign in which more than 20,000 people were killed."
    )
    assert stated(text, report_year=2024) == []
    assert is_background("Residents marked on Friday the first anniversary of the floods.")


def test_a_protest_that_marks_an_anniversary_is_still_a_protest():
    # Remembrance alone is background; a march to mark a date, dispersed, is an event.
    assert not is_background(
        "Students marched on the ministry to mark the anniversary of the 2018 uprising, "
        "and police fired tear gas at them."
    )
    assert not is_background("Protesters rallied in the square on the anniversary of the coup.")
    assert is_background("Families gathered at the cemetery to mark the anniversary of the coup.")


def test_a_toll_a_court_case_recalls_is_no_event_but_a_prosecutor_s_is():
    text = (
        "On 15 July 2025, a special court framed charges against four men accused of "
        "sheltering the militants behind the July 2024 ambush on an army truck, in which 5 "
        "soldiers were killed."
    )
    assert stated(text, report_year=2025) == []
    text = "A new riot in the prison has left 12 people dead, according to the Prosecutor's Office."
    assert stated(text, report_year=2025) == [text]


def test_a_year_s_toll_is_background():
    assert is_background("Airstrikes have killed more than 1,000 civilians in the past year.")
    assert not is_background("Strikes killed five civilians in the city in the past 24 hours.")


def test_displacement_is_a_running_toll_unless_an_event_s_act_comes_with_it():
    assert is_background("The fighting around the town has displaced over 1,500 people.")
    text = "Clashes on 8 May killed three civilians and displaced over 1,500 in Tulu."
    assert not is_background(text)
    assert stated(text, report_year=2024) == [text]


def test_an_event_said_to_come_after_earlier_ones_names_them_as_background():
    assert is_background("This attack comes after several massacres of displaced people.")
    assert not is_background("The attack came after gunmen stormed the village.")


def test_a_trial_s_confession_and_a_year_s_when_clause_are_no_news():
    text = (
        "The court said the defendants had confessed to planning and carrying out the "
        "attack on an army post near the river."
    )
    assert stated(text, report_year=2024) == []
    # A confession that is itself the news stays an event.
    text = "Four soldiers confess to raping a girl in the district."
    assert stated(text, report_year=2024) == [text]
    text = (
        "The country has been at war since late 2014, when the rebels seized control of "
        "the capital and forced the government out."
    )
    assert stated(text, report_year=2024) == []


def test_what_follows_an_accident_tells_the_accident():
    text = (
        "Two people died when a gas explosion tore through a restaurant in Goris. "
        "The blast took place at 8:40. Twelve of the injured are in a serious condition."
    )
    assert stated(text) == []
    # An attack told after the accident is an event of its own.
    text += " Gunmen shot dead two guards in Sotk on Monday."
    assert stated(text) == ["Gunmen shot dead two guards in Sotk on Monday."]


def test_casualty_words_are_found_in_one_pass():
    text = "Prices rose. Two were killed and five wounded."
    offsets = casualty_hint_offsets(text)
    assert offsets is not None
    assert [text[o : o + 4] for o in offsets] == ["kill", "woun"]


def test_every_way_of_counting_the_injured_is_looked_at():
    """Counting runs only where a hint word is: each phrasing that counts must have one."""
    for sentence in (
        "Six people received medical help after the explosion.",
        # A toll that names no violence starts no event (see the last test).
        "Four people received treatment at the scene of the attack.",
        "Three guards sustained injuries in the blast.",
        "Two men were hospitalised after the clash.",
        "Five guards suffered gunshot wounds in the raid.",
    ):
        (found,) = find_event_sentences(split_sentences(sentence), text=sentence)
        assert found.casualties.injured is not None, sentence


def test_the_outbreak_of_unrest_is_an_event_and_its_mention_is_not():
    text = "Unrest erupted in Durban on Monday. The region has seen months of unrest."
    assert stated(text) == ["Unrest erupted in Durban on Monday."]


def test_a_death_that_names_no_violence_tells_only_the_toll_of_an_event_before_it():
    # Someone who "died" or "was pronounced dead" is no event of its own...
    assert stated("A man died on Monday in Goris. He was 84.") == []
    assert stated("Two people were found dead in a flat in Goris on Monday.") == []
    # ... but after an event, the toll of it; violence named makes a toll an event.
    text = (
        "Gunmen opened fire on a bus near Goris on Monday. The driver was taken to a "
        "clinic. Police closed the road. The driver was later pronounced dead."
    )
    assert stated(text)[-1] == "The driver was later pronounced dead."
    assert stated("Three people died in the violence in Goris on Monday.") != []


def test_a_sentence_read_again_gives_the_same_reading_at_its_own_offsets():
    # The second report repeats a sentence of the first at another offset: its reading
    # comes from the sentence cache, and must equal a cold reading of the same report.
    first = "Shelling killed two civilians in Tartar. Talks resumed."
    second = "Prices rose sharply. Shelling killed two civilians in Tartar."

    def read(text: str) -> list[tuple[int, int, str, int | None, bool]]:
        found = find_event_sentences(split_sentences(text), text=text)
        return [
            (t.start, t.end, t.rule, s.casualties.fatalities, s.attached)
            for s in found
            for t in s.triggers
        ]

    clear_sentence_cache()
    cold = read(second)
    clear_sentence_cache()
    read(first)
    warm = read(second)
    assert warm == cold
    assert [second[start:end] for start, end, *_ in warm] == ["Shelling"]
    assert warm[0][3] == 2


def test_how_long_a_place_had_been_held_is_no_running_total():
    # The event is the sentence's verb; "since" only dates the state it ended.
    lifted = (
        "Government troops broke the siege of the Wadi Deif camp, which had been encircled "
        "by militants and allied gangs since 3 March 2016."
    )
    assert stated(lifted) == [lifted]
    taken = "Rebels seized Kurmuk, held by the army since 2012, after heavy fighting."
    assert stated(taken) == [taken]
    # A state that still holds is the setting of the report, not its event.
    assert is_background(
        "Shells have fallen on the city for weeks, which has been under siege since May."
    )
    assert is_background("The airport has been controlled by rebels since 2019.")


@pytest.mark.parametrize(
    "sentence",
    [
        # A war's history and toll, told as the setting of other news.
        "Rebels and the army have traded fire almost daily since the war in the north began.",
        "Talks resumed on a truce in the enclave, where the army's offensive has killed more "
        "than 12,000 people, officials said.",
        # Trends: more often, growing, stepped up this year.
        "Bandits are raiding villages more often and in more districts, analysts say.",
        "Coastal towns have faced growing attacks as militants push south.",
        "The rebels have stepped up drone attacks on refineries this year.",
        # What attacks in general have done.
        "Pirate attacks on fishing boats have forced many crews to stay in port.",
        "He said raids on clinics and looting of grain stores in the two provinces had "
        "hampered the relief effort.",
        # Years of events.
        "Investigators say prisoners were tortured and killed at the camp between 2013 and 2016.",
        # What an order forbids, a city's crime figures, tallies of the year and month.
        "Authorities imposed a curfew in the city for 15 days, banning rallies, sit-ins and "
        "marches.",
        "The port city remained the deadliest, with more than 1,500 murders.",
        "Militants attacked the pipeline twice this year, the company said.",
        "Police deployed 600 officers after clashes between rival supporters last month.",
        # A period's figures, a history since an event, purposes.
        "Gang violence in the townships accounted for 290 deaths in the quarter.",
        "The two districts remained the stations with the most murders.",
        "Since the school abduction, more than 1,400 students have been kidnapped.",
        "Shippers diverted vessels around the cape to avoid attacks by the rebels.",
        "The rival generals accused each other of attacking civilians in the capital.",
        "The government announced a ban on all opposition rallies.",
        # An accident, a match, a drill.
        "A fuel tanker exploded on the highway near the town, killing 14 people.",
        "The striker scored twice before the break as the hosts' attack overwhelmed the defence.",
        "The spin attack blew away the tourists to win the second Test by 152 runs.",
        "The navy test-fired a cruise missile during a military exercise on Monday.",
        # A stretch of attacks, a rally called for a later day, a reputation, what a law
        # governs, a campaign's tally of arrests, whom delegates mourn.
        "Donors pledged funds for a grid battered by months of Russian missile and drone strikes.",
        "Students who have led three months of anti-corruption protests called a mass rally "
        "in the city for Feb. 15.",
        "The province, synonymous with kidnappings and bombings, is calm today.",
        "The act gave officers the power to impose conditions on protests deemed too noisy.",
        "Rights groups say more than 80,000 people have been detained under the emergency rules.",
        "The village had already been hit ten years earlier, when shelling of a UN compound "
        "there killed 106 people.",
        "Delegates stood for a minute's silence for the victims of a strike on a store, which "
        "killed 19 people, and for the workers killed when missiles destroyed a power plant.",
    ],
)
def test_a_trend_a_history_or_a_general_effect_is_no_event(sentence):
    assert stated(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "stated_any"),
    [
        # A state's execution after a trial is not coded (ACLED).
        ("Three men were hanged at the central prison on drug charges, the group said.", False),
        ("The authorities executed two protesters in the city on Thursday.", False),
        # Killings that armed men call executions are attacks.
        ("Gunmen executed five villagers near the market on Thursday.", True),
        ("Militants executed two captured soldiers after a mock trial.", True),
    ],
)
def test_a_judicial_execution_is_no_event(sentence, stated_any):
    assert bool(stated(sentence)) is stated_any


def test_a_match_report_s_war_words_are_no_events():
    # One game's word in a sentence is a metaphor when the text is a match report.
    report = (
        "The hosts were ahead at half-time through their striker. "
        "They kept bombarding the visitors' goal. "
        "A substitute sealed it in stoppage time, and the defence was massacred on the break."
    )
    assert find_event_sentences(split_sentences(report), text=report) == []
    # Outside a match report, the same sentence is news.
    news = "Gunmen kept bombarding the goal of the peace talks with attacks on the town."
    assert find_event_sentences(split_sentences(news), text=news)
    # Cricket: "a ferocious assault with the new ball … inside seven overs".
    cricket = "The pacers launched a ferocious assault with the new ball inside seven overs."
    assert stated(cricket) == []
    # A coach's quote in a match report: "Our players fought like lions."
    quoted = (
        "The striker equalised in the 60th minute and the midfielder won it late. "
        '"Our players fought like lions. We held on," the coach said.'
    )
    assert stated(quoted) == []
    # Someone hurt at a stadium is an event, whatever the game's words.
    stampede = (
        "Fans stormed the pitch at half-time after the striker scored a hat-trick; police "
        "fired tear gas and 12 people were injured."
    )
    assert find_event_sentences(split_sentences(stampede), text=stampede)


def test_an_event_named_by_an_earlier_year_is_not_the_news():
    sentenced = (
        "On 2 May 2024, a court in the capital sentenced three men to death for the 2019 "
        "bombing of a church."
    )
    assert stated(sentenced, report_year=2024) == []
    # The arrest is this report's news; last year's bombing is not.
    arrested = (
        "On 2 May 2024, police said they had arrested a suspect in last year's bombing of a bus."
    )
    (found,) = find_event_sentences(split_sentences(arrested), text=arrested, report_year=2024)
    assert [t.rule for t in found.triggers] == ["arrest"]
    buried = "Hundreds attended the burial of the ranger killed in last week's bomb attack."
    assert stated(buried, report_year=2024) == []
    # A bombing of this year, named by its year, is still one.
    this_year = "The 2024 bombing of the market killed nine people on Friday."
    assert stated(this_year, report_year=2024) == [this_year]


def test_a_match_report_has_no_event_but_an_attack_on_a_match_does():
    blast = "A grenade hit fans at a league match in the stadium, killing three people."
    assert stated(blast) == [blast]


def test_a_span_of_days_in_an_earlier_year_and_the_people_it_goes_on_about():
    text = (
        "On 6 and 7 November 1985, guerrillas took over the courthouse. All of them were "
        "killed by soldiers during the counter-offensive. Today, police arrested two men."
    )
    found = find_event_sentences(split_sentences(text), text=text, report_year=2025)
    assert [s.sentence.text for s in found] == ["Today, police arrested two men."]


def test_the_news_after_a_line_of_a_person_s_past_is_kept():
    text = (
        "Musa Bello was elected chairman of the council in 2019. They shot him dead outside "
        "his home."
    )
    found = find_event_sentences(split_sentences(text), text=text, report_year=2025)
    assert [s.sentence.index for s in found] == [1]


@pytest.mark.parametrize(
    "sentence",
    [
        "The militia has in the past carried out killings of local officials in the valley.",
        "In the past, the group has bombed markets in the region.",
        "Government forces have for years been battling insurgents in the hills.",
        "During that night, gunmen had killed at least 80 people in the village.",
        "At least 60 were killed, according to the official toll at the time.",
        "The province recorded more than 2,100 violent deaths in the first five months of "
        "the year, police said.",
    ],
)
def test_a_group_s_record_and_a_period_s_figures_are_background(sentence):
    assert is_background(sentence)


def test_one_of_the_victims_who_died_later_is_the_event_s_toll():
    # "One of the men died the next day": the victims just told, not an event of that day.
    report = "A mob beat two men near the market. One of the men died the next day in hospital."
    found = find_event_sentences(split_sentences(report), text=report)
    assert len(found) == 2 and found[1].attached and found[1].casualties.fatalities == 1


def test_a_vigil_for_victims_is_still_a_gathering():
    text = "Hundreds held a vigil for the victims in the square."
    (found,) = find_event_sentences(split_sentences(text), text=text)
    assert [t.rule for t in found.triggers] == ["protest"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks aim to end five decades of conflict that has killed over 200,000 people.",
        "The group has waged an insurgency that has killed 35,000 people since 2009.",
    ],
)
def test_a_war_s_toll_after_any_article_is_background(sentence):
    assert is_background(sentence)
    assert stated(sentence) == []


def test_a_sentence_for_a_murder_is_the_court_s_news_not_an_event():
    text = (
        "A judge on Monday sentenced a gang leader to 40 years in prison for the murder of "
        "three soldiers in 2021."
    )
    assert stated(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said bases in the region had been attacked more than 40 times since March.",
        "The town has long been used by the rebels as a base for raids on the highway.",
    ],
)
def test_a_count_of_attacks_and_a_long_habit_are_background(sentence):
    assert is_background(sentence)


def test_a_long_habit_does_not_hide_the_day_s_event():
    text = "Gunmen have long been attacking villages in Zamfara, and on Monday killed 12 in Tsafe."
    assert stated(text) == [text]


@pytest.mark.parametrize(
    "sentence",
    [
        "By the numbers: 5 political violence events; 9 reported fatalities.",
        "The commission said 25 people had been killed since the protests began on June 18.",
        "The party has held several rallies this year, some of which ended in clashes.",
    ],
)
def test_a_digest_s_tally_and_a_wave_s_toll_are_background(sentence):
    assert is_background(sentence)


def test_a_state_since_an_earlier_year_does_not_date_the_news():
    text = (
        "On Sunday, hundreds of residents marched through the town to demand the return of "
        "services suspended since the 2021 offensive."
    )
    assert stated(text, report_year=2023) == [text]
    # A clause of its own after "since" is an earlier event, and dates the sentence.
    assert (
        stated(
            "The airport had been closed since fighting erupted in April 2020.", report_year=2023
        )
        == []
    )


def test_the_earlier_event_the_news_comes_after_does_not_date_it():
    text = "Troops recaptured the city, more than a year after rebels took it in December 2023."
    assert stated(text, report_year=2025) == [text]


def test_what_a_place_has_long_been_does_not_hide_the_attack_on_it():
    text = (
        "Gangs launched a new attack on the commune, which had long been considered a refuge "
        "for those fleeing violence."
    )
    assert not is_background(text)


def test_events_that_continued_in_several_localities_are_none_told():
    assert is_background("Kidnappings continued in several localities of Zamfara state.")
    # A toll makes it one event told.
    assert not is_background("Clashes continued in several areas of Omdurman, killing 9.")


def test_a_campaign_s_running_toll_is_no_event():
    text = "At least 20 candidates have been murdered in Guerrero since the campaign began."
    assert stated(text, report_year=2024) == []


def test_victims_no_one_counted_killed_at_a_named_place_are_an_event():
    text = "Ethnic Gurage farmers were killed in Welkite on Sunday, officials said."
    assert stated(text, report_year=2024) == [text]
    # Not a war's victims in general.
    assert stated("Civilians were killed in the war.", report_year=2024) == []


def test_a_death_sentence_carried_out_in_prison_is_no_event():
    text = "A political prisoner, 41, was executed in Qezel Hesar Prison at dawn on Monday."
    assert stated(text, report_year=2024) == []
    text = "He was moved to solitary confinement in preparation for the execution."
    assert stated(text, report_year=2024) == []


def test_what_a_town_has_been_under_since_is_set_aside_from_the_strike_on_it():
    text = (
        "In Sennar, which has been under RSF control since December 2023, an air strike "
        "hit the market on 27 October, killing seven civilians."
    )
    assert stated(text, report_year=2024) == [text]


def test_a_toll_in_the_tens_of_thousands_is_a_war_s():
    assert is_background("Researchers, however, estimate the death toll at around 130,000.")
    assert not is_background("The death toll from the attack on the market rose to 27.")


def test_a_period_s_count_of_the_dead_is_no_event():
    for text in (
        "The monitor has documented the deaths of 1,204 people across the country in May.",
        "Israeli strikes killed 26 people during the month, 19 of them in the south.",
        "According to police figures, Manta closed January with more than 120 violent deaths.",
        "Between January and March, 2,361 violent deaths were registered in the country.",
        "So far in 2023, Quevedo has registered more than 150 violent deaths.",
    ):
        assert is_background(text), text
    assert not is_background("Gunmen killed five people in Manta on Sunday, police recorded.")


def test_what_a_report_says_was_falsely_claimed_is_no_event():
    text = (
        "Police said a video which falsely claimed that gunmen attacked the Nkwo market and "
        "killed over 20 people was fake."
    )
    assert stated(text, report_year=2024) == []


def test_a_bomb_warning_and_a_hoax_are_no_attack() -> None:
    text = (
        "Callers phoned a warning to a radio station saying that a bomb had been left "
        "at the ferry terminal in Larne. Shops were evacuated for three hours. "
        "The package found there turned out to be a hoax."
    )
    assert stated(text) == []
    # A blast after a warning is an attack still, and so is one the police deny was a hoax.
    assert stated("A bomb exploded at the ferry terminal in Larne after a warning.") != []
    assert stated("A car bomb went off in Newry; the army said it was no hoax.") != []


def test_who_one_of_the_victims_was_goes_on_about_the_event() -> None:
    text = (
        "A police raid on the estate left six people dead on Tuesday. "
        "The sixth victim was a baker, 52, who was fatally wounded in his shop in Vila "
        "Sapo."
    )
    found = find_event_sentences(split_sentences(text), text=text)
    assert [s.attached for s in found] == [False, True]
    text = (
        "Gunmen raided the market on Friday, killing two. The hospital said one of the dead "
        "was a porter who was hit by a stray bullet at his stall in the Kasuwa quarter."
    )
    found = find_event_sentences(split_sentences(text), text=text)
    assert [s.attached for s in found] == [False, True]
    text = (
        "Troops fired on marchers at the bridge on Monday, killing nine. The dead included "
        "two boys and a nurse who was tending the wounded, according to Tacna's health office."
    )
    found = find_event_sentences(split_sentences(text), text=text)
    assert [s.attached for s in found] == [False, True]


def test_a_dispute_s_clash_and_a_monitor_s_tally_are_no_events() -> None:
    assert stated("Rival candidates clashed over how to fight crime in a televised debate.") == []
    assert stated("Ministers clashed over the budget at the cabinet meeting in Lima.") == []
    # A fight over land, or a clash with the police over prices, is one.
    land = "Herders and farmers clashed over grazing land near Lafia, leaving five dead."
    assert stated(land) == [land]
    prices = "Protesters clashed with police over fuel prices in Kano on Monday."
    assert stated(prices) == [prices]
    assert is_background(
        "The UN mission says it has documented at least 40 arbitrary arrests and detentions "
        "of former officials between July and September."
    )
    assert is_background(
        "It lies near Gulshan, where the group has carried out most of its attacks."
    )
    assert is_background("The violence has left more than 7,000 dead this year, police say.")


def test_running_tolls_and_a_group_s_death_notice_are_background() -> None:
    assert is_background(
        "The ministry said 95 people had been killed and 300 wounded since Nov. 2."
    )
    assert is_background(
        "The strikes have killed more than 90 people in the south, according to a Reuters tally."
    )
    # One event's toll, told with a tally, is that event's.
    assert not is_background(
        "At least 14 people were killed in the blast, according to an AFP tally."
    )
    assert is_background(
        "The group later mourned three of its fighters, all from the town of Qana."
    )
    assert is_background("At least 30 people have died in poll violence since the vote was called.")
    assert is_background("It said abductions of officials had become increasingly common in Sabha.")


def test_a_digest_s_dated_event_before_a_displacement_tally_is_kept() -> None:
    text = (
        "Insurgents 5 Aug raided Nanjua village, killing two; violence displaced over "
        "40,000 people, many towards the coast."
    )
    assert [s[:38] for s in stated(text, report_year=2023)] == [
        "Insurgents 5 Aug raided Nanjua village"
    ]


def test_no_one_hurt_told_a_few_sentences_after_the_event_is_its_toll() -> None:
    text = (
        "Rioters set fire to the district office in Elelim on Tuesday. Witnesses said "
        'hundreds marched through the town. "They burned everything," a resident said. '
        "A police spokesman said no one was killed or injured."
    )
    found = find_event_sentences(split_sentences(text), text=text)
    assert found[-1].attached and found[-1].casualties.pair == (0, 0)


def test_generic_recalled_and_denied_events_are_no_events() -> None:
    for text in (
        "Every new raid on Mueda sends families back to the camps, a priest said.",
        "Rights groups have accused the police of arbitrary arrests of traders in Gao.",
        "Abductions remained concentrated in the north-west, the report said.",
        "Attacks on the Tete road have persisted, residents say.",
        "No looting or protests were reported in Kasese on Sunday.",
        "The governor urged the force to sustain its fight against banditry, kidnapping "
        "and cattle theft in Katsina State.",
        "Remember how the army shelled Kalma camp last year, and how the world looked away.",
    ):
        assert stated(text) == [], text
    # The event itself stands.
    assert stated("Police arrested 12 traders in Gao on Monday.") != []


def test_a_judicial_execution_told_only_by_its_toll_is_no_event() -> None:
    text = "The rights group said Kamal Ahmadi was executed at dawn in Qezelhesar Prison."
    assert stated(text) == []


def test_a_year_s_closing_toll_and_an_event_s_rank_in_the_year_are_background() -> None:
    assert stated("The canton closed 2024 with more than 300 violent deaths.") == []
    assert stated("It was the ninth massacre in the department this year, police said.") == []


def test_a_demand_to_end_attacks_states_no_event():
    assert stated("Russia's allies should press Moscow to end these attacks on civilians.") == []
    assert stated("Both sides should stop attacks on civilians and open the border.") == []
    assert stated("Gunmen attacked the village on Monday, killing four.") != []


def test_a_group_s_trend_habit_or_capacity_states_no_event():
    # What a group goes on doing, can do or may do: no one event of the report.
    assert stated("Raids by the militia have been on the rise lately in the north.") == []
    assert stated("The group has recently stepped up its ambushes on army convoys.") == []
    assert stated("The group has continued to carry out ambushes on convoys in Tillaberi.") == []
    assert stated("The cartel retains the capacity to stage car bombings in the capital.") == []
    assert stated("The rebels often cross the river to raid cattle camps in Jonglei.") == []
    assert stated("Landmines are fast becoming a new normal in the border districts.") == []
    assert stated("March saw an uptick in kidnappings along the Abuja-Kaduna highway.") == []
    assert stated("Soldiers might pursue the gunmen into the Sambisa forest.") == []
    assert stated("Russian troops stepped up their assaults near Lyman this week.") == []


def test_a_finding_over_many_cases_states_no_event():
    assert stated("In most cases, the detainees were beaten before being shot.") == []
    assert stated("Some were killed in custody, others were taken to unknown places.") == []
    assert (
        stated("The militia has abducted and killed dozens of teachers over the past two years.")
        == []
    )
    assert stated("In one case, gunmen shot dead two teachers in Herat on Monday.") != []
    # Inside the sentence, the words qualify the one event it tells.
    assert stated("Rebels killed and in many cases beheaded 12 villagers in Oicha.") != []
    # A tally of many operations, not the army's one operation in a district.
    assert stated("Scores of militants have been killed in various operations in Tank.") == []
    assert stated("Troops killed eight militants in various operations in Tank on Monday.") != []
    # A habit told beside the day's event still tells the event.
    assert stated("Bandits often attack travellers there; on Tuesday they killed five.") != []


def test_a_charge_of_many_acts_a_spread_over_regions_or_a_standing_tension_is_no_event():
    assert stated("The commission accused both sides of atrocities including torture.") == []
    assert stated("It is a militia that has been accused of carrying out raids on villages.") == []
    assert stated("The group committed massacres against minorities in the province.") == []
    assert (
        stated("Militants attacked civilians and soldiers across the Sahel, Est and Nord regions.")
        == []
    )
    assert (
        stated(
            "Tensions have been high in the camps since the army began its offensive, "
            "which has killed hundreds."
        )
        == []
    )
    # An accusation that tells one act is the act.
    assert stated("The army accused the rebels of shelling the market in Goma on Tuesday.") != []


def test_a_monitor_s_tally_and_what_it_adds_are_no_events():
    text = (
        "Gunmen shot dead a trader in Mayadin on Monday. The monitor documented the killing "
        "of 150 civilians by armed cells in the province this year. In addition, 90 fighters "
        "were killed in the same areas. Also three contractors were killed."
    )
    assert stated(text) == ["Gunmen shot dead a trader in Mayadin on Monday."]


def test_a_gap_to_an_earlier_event_a_rank_in_days_and_a_blame_for_many_are_no_events():
    assert stated("The blasts come barely a week after eight rebels surrendered in Ranchi.") == []
    assert stated("This is the second similar incident in the district in two days.") == []
    assert stated("Residents blame the gang for several murders around the town.") == []
    # The act beside a blame is told.
    assert stated("Gunmen shot dead a trader on Monday, and residents blame a gang.") != []


def test_a_season_ago_a_practice_and_a_conflict_s_sufferers_are_background():
    assert is_background("Security has improved since last summer, when militias clashed.")
    assert is_background("The envoys voiced concern about the practice of detentions.")
    assert is_background("In total, 190 villagers suffered in the border conflict.")
    assert is_background("The dialogue focused on recurrent incidents of cattle raiding.")
    assert not is_background("Gunmen killed three soldiers in Batken on Monday.")


def test_a_campaign_s_tally_since_it_began_is_background():
    text = "Since the joint operation began in May 2022, troops have recovered 400 rifles."
    assert is_background(text)


def test_a_monitor_s_monthly_figures_are_background():
    text = (
        "The mission recorded an increase in civilian casualties in the oblast from 90 "
        "killed or injured in March to 160 in April."
    )
    assert is_background(text)


def test_where_the_dead_were_buried_is_no_event():
    assert is_background("Twelve bodies were buried in the town's graveyard on Monday.")
    assert is_background("Two of the bodies were sent to Zhob for burial.")
    # The killing told with the burial is told.
    assert not is_background("Gunmen killed five men in Zhob, and their bodies were buried.")
    text = "Funeral prayers were held on Monday for 9 soldiers killed in clashes near Zhob."
    assert stated(text) == []


def test_a_war_s_estimated_toll_is_background():
    assert is_background(
        "The regional government estimates that as many as 300 people have been killed."
    )


def test_a_war_s_pattern_and_an_event_s_rank_are_background():
    text = "The war again featured what has become a grim pattern: drones striking markets."
    assert is_background(text)
    assert is_background("The strike on Zaporizhzhia is the second deadliest attack this year.")
    # An event told with its rank is told.
    assert not is_background("A bomb killed nine soldiers in Gao, the deadliest attack since May.")


def test_a_conflict_s_tally_a_spread_a_setting_and_a_court_s_charges_are_background():
    # Weeks' and a conflict's running tolls; a course of events; a setting; the acts a
    # court judged.
    assert is_background(
        "In less than three weeks, more than 80 people have been killed by the rebels."
    )
    assert is_background("The war between the two cartels has resulted in 900 murders.")
    assert is_background("The country has seen the spread of insurgent attacks to the south.")
    assert is_background("The east of the region also faces attacks blamed on the militia.")
    assert is_background("Through their participation in attacks, the accused shared the guilt.")
    assert is_background("Youths from both counties are involved in criminal activities.")
    # A sentence that sums the events told, and a count of a period's events.
    assert is_background("This now brings to twelve the number of people killed this week.")
    assert is_background("Since then there have been very few attacks reported in the area.")
    # The news of the day stays.
    assert not is_background("Over two days, gunmen killed 14 villagers in Lubero.")
    assert not is_background("Clan fighting over land has left 12 dead in Galkayo on Monday.")


def test_a_war_s_toll_died_in_it_and_a_count_of_strikes_since_are_background():
    # A conflict's toll in hundreds or more, told with "have died".
    assert is_background("More than 4,000 people, most of them farmers, have died in the conflict.")
    assert is_background("Hundreds have perished in the insurgency, rights groups say.")
    # The day's toll stays.
    assert not is_background("Three people have died in the violence, police said.")
    # A count of strikes since a day, whatever the monitor's update is called.
    assert is_background(
        "According to the most recent data from the monitor, the air force has carried out "
        "45 drone strikes since the start of 2023, killing nine people."
    )
    # Many operations over a province, summed.
    assert is_background(
        "Earlier this month, 12 soldiers were martyred and 30 militants were killed in "
        "several search operations across Khyber Pakhtunkhwa."
    )
    # A state of things, no one strike.
    assert is_background(
        "Residents say shelling and airstrikes are ongoing throughout the township."
    )


def test_an_anniversary_a_crowd_marked_while_soldiers_were_killed_is_no_background():
    text = (
        "On 7 August, as towns across the country commemorated the 200th anniversary of a "
        "battle with parades, four soldiers were killed in a drone attack in Tibu."
    )
    assert stated(text) != []
    # An anniversary marked, alone, tells nothing new.
    assert is_background("Residents marked the tenth anniversary of the massacre in the town.")


def test_an_agency_s_reminder_and_a_constant_threat_are_background():
    assert is_background(
        "A reminder that the army liberated the city of Izium from the occupiers in 2022."
    )
    assert is_background("It will be recalled that gunmen attacked the village last month.")
    assert is_background(
        "The order was given in view of the constant threat to residents from the shelling "
        "of border villages."
    )


def test_a_count_of_attacks_that_doubled_is_background():
    assert is_background("Reports of attacks on ships in the gulf more than doubled in 2018.")


def test_casualties_that_continue_to_increase_are_background():
    assert is_background(
        "The number of civilian casualties of mines continues to increase along the coast."
    )


def test_near_daily_bombings_are_a_habit_of_the_war():
    assert is_background("The near-daily shootings and bombings in the south make few headlines.")


def test_a_court_s_verdict_tells_the_act_it_judged_as_background():
    assert is_background(
        "Meanwhile, the criminal court convicted a defendant for killing four policemen in "
        "a tribal clash, where his accomplices opened fire on the patrol."
    )
    # A judge killed is the news.
    assert not is_background("Gunmen killed a judge who had sentenced a gang leader for murder.")
