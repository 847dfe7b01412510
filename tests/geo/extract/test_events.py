"""Event typing: triggers, their order, the target rule for attacks, the pre-check."""

from __future__ import annotations

from datetime import date

import pytest

from bench.extract_throughput import BACKGROUND, DETAILS, INCIDENTS
from geo.extract.events import (
    GATES,
    RULES,
    find_triggers,
    find_triggers_unfiltered,
    may_hold_trigger,
    trigger_hint_offsets,
    type_of_attack,
    type_of_event,
)
from geo.extract.incidents import Extractor
from geo.extract.prefilter import Gate
from geo.read import Report
from geo.taxonomy import SUB_EVENT_TYPES


@pytest.mark.parametrize(
    ("sentence", "event_type", "sub_event_type"),
    [
        (
            "A landmine exploded under a tractor.",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        ("A drone strike hit a truck.", "Explosions/Remote violence", "Air/drone strike"),
        (
            "Shells fell on the market.",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        ("A suicide bomber blew himself up.", "Explosions/Remote violence", "Suicide bomb"),
        ("Someone threw a grenade into a bar.", "Explosions/Remote violence", "Grenade"),
        # Bombs that fell were fired or dropped, not planted.
        (
            'Witnesses said "bombs" fell on huts in the camp.',
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        # Explosives thrown by hand are grenades; petrol bombs are a riot's, no explosion.
        (
            "Two men hurled homemade explosives at the checkpoint.",
            "Explosions/Remote violence",
            "Grenade",
        ),
        ("Protesters hurled petrol bombs at the police.", "Riots", "Violent demonstration"),
        # Less-lethal weapons fired at a crowd are an intervention, live rounds are not.
        (
            "Police fired tear gas at marchers near the palace.",
            "Protests",
            "Protest with intervention",
        ),
        ("Gendarmes fired rubber bullets into the crowd.", "Protests", "Protest with intervention"),
        ("Troops opened fire on demonstrators.", "Protests", "Excessive force against protesters"),
        ("Miners occupied the company's offices.", "Protests", "Peaceful protest"),
        # Phrasings of other presses: South Asia's baton charge, passive strikes, front
        # lines, Latin America's formulas, riots against police, crowds seeking food.
        ("Police baton-charged protesting nurses.", "Protests", "Protest with intervention"),
        (
            "The clinic was hit by a drone at dawn.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        ("Border guards repelled three enemy assaults overnight.", "Battles", "Armed clash"),
        (
            "A van packed with explosives blew up outside the barracks.",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        (
            "A roadside device was found and defused by engineers.",
            "Strategic developments",
            "Disrupted weapons use",
        ),
        (
            "Officers detained four suspects and recovered two grenades.",
            "Strategic developments",
            "Arrests",
        ),
        ("Youths clashed with gendarmes and torched a bus.", "Riots", "Violent demonstration"),
        (
            "Soldiers fired on crowds waiting for food aid near the depot.",
            "Violence against civilians",
            "Attack",
        ),
        ("Three brothers were deprived of life by gunmen.", "Violence against civilians", "Attack"),
        (
            "Rebels attacked the garrison at dawn; fighting in and around the town killed nine.",
            "Battles",
            "Armed clash",
        ),
        (
            "Insurgents used a quadcopter to drop grenades on the checkpoint.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        ("Marines repelled an incursion by armed men near the port.", "Battles", "Armed clash"),
        ("Four cadres died in an encounter in the forest.", "Battles", "Armed clash"),
        ("Two rebels were gunned down in an encounter at dawn.", "Battles", "Armed clash"),
        (
            "Soldiers demolished six homes in the hamlet at dawn.",
            "Strategic developments",
            "Looting/property destruction",
        ),
        (
            "The suspect, who was captured on Friday by investigators, faces charges.",
            "Strategic developments",
            "Arrests",
        ),
        ("Police apprehended four suspects at a checkpoint.", "Strategic developments", "Arrests"),
        (
            "Youths blocked the main highway with burning tyres and stones.",
            "Riots",
            "Violent demonstration",
        ),
        (
            "Displaced people carried the bodies of the victims through the streets to "
            "demand protection.",
            "Protests",
            "Peaceful protest",
        ),
        (
            'The army says it killed a commander in a "precise strike" at dawn.',
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        (
            "A strike hit a port at dawn, killing three workers.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        (
            "Four MLRS strikes covered the village.",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        (
            "Ninety drones of various modifications attacked the district.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        ("Six Maoists were killed in the hills, police said.", "Battles", "Armed clash"),
        (
            "Rival party supporters armed with sticks and machetes clashed at the market.",
            "Riots",
            "Mob violence",
        ),
        (
            "The White Army overran the barracks.",
            "Battles",
            "Non-state actor overtakes territory",
        ),
        # ACLED's own verb.
        (
            "Militia fighters overtook Kodok town on Sunday.",
            "Battles",
            "Non-state actor overtakes territory",
        ),
        # Russia's glide bombs and drones by their names.
        (
            "The enemy struck the town with two KABs, injuring three residents.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        (
            "A Shahed hit a house in the village overnight.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        ("Fighting has been raging since Tuesday around the town.", "Battles", "Armed clash"),
        # Bodies found, of men arrested, or with how they died.
        (
            "The bodies of six of the men arrested were found in a riverbed.",
            "Violence against civilians",
            "Attack",
        ),
        (
            "The bodies of four farmers were discovered on Monday, shot in the head.",
            "Violence against civilians",
            "Attack",
        ),
        # Sabotage with explosives.
        (
            "Unknown miscreants blew up a gas pipeline near the plant on Monday.",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        (
            "Maoists blew up a mobile tower near the village on Sunday night.",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        # Vehicles entering a town are no assault entering a compound.
        (
            "A suicide bomber drove a van into the checkpoint as soldiers inspected vehicles "
            "entering the town.",
            "Explosions/Remote violence",
            "Suicide bomb",
        ),
        ("Troops said they destroyed an enemy sabotage group at dawn.", "Battles", "Armed clash"),
        (
            "Rebels hacked a retired headmaster to death.",
            "Violence against civilians",
            "Attack",
        ),
        (
            "Raiders made off with some 300 head of cattle.",
            "Strategic developments",
            "Looting/property destruction",
        ),
        (
            "Two clans clashed near the well, in a fight in which mortars were used.",
            "Battles",
            "Armed clash",
        ),
        (
            "Activists of the ruling party gathered outside the court.",
            "Protests",
            "Peaceful protest",
        ),
        ("Clashes broke out at the border.", "Battles", "Armed clash"),
        ("Rebels captured the town.", "Battles", "Non-state actor overtakes territory"),
        ("Troops recaptured the town.", "Battles", "Government regains territory"),
        (
            "Gunmen kidnapped two engineers.",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        ("Rioters threw stones at the police.", "Riots", "Violent demonstration"),
        ("A mob lynched a man.", "Riots", "Mob violence"),
        # Captives held for ransom or driven away to nowhere known are abducted.
        (
            "Gunmen stopped a bus and are holding twelve migrants for ransom.",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        (
            "Armed men seized a trader and took him to an unknown destination.",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        # Drones with an auxiliary, a passive or a time between drone and verb.
        (
            "Cartel drones had dropped explosives on homes, injuring three people.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        (
            "Explosives were dropped from drones on a police post.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        (
            "A Turkish drone on Sunday afternoon struck a vehicle, killing two fighters.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        # What attackers carried is no grenade attack.
        (
            "Gunmen armed with rifles and hand grenades stormed the port complex; all eight "
            "attackers were killed by the guards.",
            "Battles",
            "Armed clash",
        ),
        # A town that fell to rebels, fighting that spread, arrests announced.
        (
            "The town fell into the hands of the rebels on Tuesday.",
            "Battles",
            "Non-state actor overtakes territory",
        ),
        ("Fighting spread to the outskirts of the town on Monday.", "Battles", "Armed clash"),
        (
            "The army announced on Monday the arrest of 12 rebel collaborators.",
            "Strategic developments",
            "Arrests",
        ),
        # Tribes and clans fight with arms.
        ("Two men were killed in a tribal conflict near the marshes.", "Battles", "Armed clash"),
        ("A clan feud over land left four dead.", "Battles", "Armed clash"),
        # A crowd as the subject of the killing, by whatever word.
        ("A crowd beat to death a man accused of theft.", "Riots", "Mob violence"),
        ("Villagers lynched a suspected cattle thief.", "Riots", "Mob violence"),
        # What a crowd protests, dead and killers included, is no part of how it went.
        (
            "Residents protested in the town against the killing of a young man by gunmen.",
            "Protests",
            "Peaceful protest",
        ),
        (
            "Angry residents closed the road in protest at the renewed fighting between "
            "armed groups that left two people dead.",
            "Protests",
            "Peaceful protest",
        ),
        ("Hundreds of people protested outside the court.", "Protests", "Peaceful protest"),
        (
            "Police fired on the protesters, killing three.",
            "Protests",
            "Excessive force against protesters",
        ),
        ("Sappers defused an unexploded shell.", "Strategic developments", "Disrupted weapons use"),
        ("Police arrested four men.", "Strategic developments", "Arrests"),
        # Troops "fighting with armed men" are in a battle.
        ("Troops were fighting with armed men in the camp.", "Battles", "Armed clash"),
        # People captured are arrested; a place captured is taken.
        ("Troops captured two militants near the border.", "Strategic developments", "Arrests"),
        # ... and so are people captured told in the passive.
        (
            "Six members of the resistance front were captured by the army near the border.",
            "Strategic developments",
            "Arrests",
        ),
        (
            "The army reported the capture of Omar Farid Hassan, a senior rebel commander.",
            "Strategic developments",
            "Arrests",
        ),
        # A field of mines, one of which went off; "combats", as Spanish reports put it.
        (
            "Two soldiers were killed when their patrol entered a minefield.",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        ("Combats between the ELN and a dissident front left four dead.", "Battles", "Armed clash"),
        # A march's fear of bombs is no bombing; the event just told, named as the time of
        # another act, does not type it.
        (
            "Residents marched through the town, tired of living between bombs and bullets.",
            "Protests",
            "Peaceful protest",
        ),
        (
            "Following the explosion, troops arrested 15 suspected militants in the town.",
            "Strategic developments",
            "Arrests",
        ),
        # Hurt by a mine, however the sentence puts it.
        (
            "A man was injured by a mine near the village on Wednesday.",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        (
            "A tractor driver was blown up by an unknown explosive device near the village.",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        # A general staff's summary: attempts to advance and assault actions are fights.
        ("The enemy tried to advance near the village seven times.", "Battles", "Armed clash"),
        ("Our defenders stopped 52 assault actions near the town.", "Battles", "Armed clash"),
        # A cache taken is disrupted weapons use, whatever word came before.
        (
            "Troops recovered a cache of arms and ammunition in the hills.",
            "Strategic developments",
            "Disrupted weapons use",
        ),
        (
            "The recovered items include two rifles, 3.5 kg of IED material and 210 rounds.",
            "Strategic developments",
            "Disrupted weapons use",
        ),
        # The explosive names the weapon of a "strike", not an aircraft.
        (
            "An IED strike on a UN convoy wounded one peacekeeper.",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        # The Romance order, the place before the person taken.
        (
            "Agents captured in Puerto Cortés a man known as alias El Gato.",
            "Strategic developments",
            "Arrests",
        ),
        (
            "Rebels captured Kafr Nabl, a rebel stronghold.",
            "Battles",
            "Non-state actor overtakes territory",
        ),
        # What an event sparked is no part of it: the killing is an attack on a civilian.
        (
            "Police beat a 19-year old student to death, sparking major protests nationwide.",
            "Violence against civilians",
            "Attack",
        ),
        # "March" the month is no march: an arrest dated in March is an arrest.
        ("8 March - Police arrested a journalist.", "Strategic developments", "Arrests"),
        # "is" is not the Islamic State: the agent of the passive took the bridge.
        (
            "The bridge is captured by Iraqi forces.",
            "Battles",
            "Government regains territory",
        ),
        (
            "The air force attacks rebel positions.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        # Party supporters who fight are rioters, whatever they fight with (ACLED).
        (
            "PDP and APC supporters clashed with machetes and petrol bombs at a market in Jos.",
            "Riots",
            "Mob violence",
        ),
        (
            "Rival factions of the youth wing clashed with crude bombs and guns in Katsina.",
            "Riots",
            "Mob violence",
        ),
        (
            "Party workers and soldiers clashed at the polling unit in Yola.",
            "Battles",
            "Armed clash",
        ),
        # South Asia's press: the fire two armed sides trade.
        (
            "Incidents of firing between security forces and armed groups took place near "
            "the ridge on Sunday.",
            "Battles",
            "Armed clash",
        ),
        # An attempt is an act: a repelled assault is a battle.
        ("Rebel fighters attempted to infiltrate army positions.", "Battles", "Armed clash"),
        (
            "Army forces have seized a total of 40 villages from the rebels.",
            "Battles",
            "Government regains territory",
        ),
    ],
)
def test_each_kind_of_incident_gets_its_acled_type(sentence, event_type, sub_event_type):
    extractor = Extractor()
    report = Report("t.txt", sentence)
    (incident,) = extractor.extract(report)
    assert (incident.event_type, incident.sub_event_type) == (event_type, sub_event_type)
    assert incident.sub_event_type in SUB_EVENT_TYPES[incident.event_type]


def test_timelines_in_the_present_tense_state_protests():
    for text in (
        "Hundreds demonstrate in Goris.",
        "Thousands march in Gyumri.",
        "Students rallying in Yerevan blocked a road.",
    ):
        assert [t.rule for t in find_triggers(text)][:1] == ["protest"], text
    assert find_triggers("On 8 March the talks resumed in Moscow.") == []


def test_taking_back_land_without_an_armed_force_is_no_territorial_change():
    assert not find_triggers("Farmers reclaimed the land from cattle ranchers.")
    assert [t.rule for t in find_triggers("Troops reclaimed the town from rebels.")] == ["regain"]


def test_the_event_a_court_case_is_about_is_not_this_event():
    text = "The leader was detained in a case filed over an attack on a judge's home."
    assert [t.rule for t in find_triggers(text)] == ["arrest"]
    assert [t.rule for t in find_triggers("Police held two men suspected of the bombing.")] == []


def test_the_charges_of_a_case_are_not_events_but_a_later_clause_is():
    for text in (
        "The farmer was found guilty of murder on Tuesday.",
        "He faces charges of second-degree and attempted murder.",
        "A trader was charged with murder in the stabbing death of a shopkeeper.",
        "The cleric pleaded guilty to the bombing of a church.",
        # A court's case about an attack, and the prosecution's account of arrests.
        "A court on Friday indicted 12 suspects in the case pertaining to the March attack "
        "on the train.",
        "According to the prosecution, the suspects were arrested in different raids in "
        "three districts.",
        # What befell defendants, however long the clause.
        "The defendants, some of whom were minors when they were arraigned in November, "
        "were arrested in five cities during the protests.",
        # A known event named by its place, and what it drew.
        "The Salvatierra massacre drew condemnation from the government at the time.",
        # A country's wealth plundered over years is no looting event.
        "The government accused its neighbour of looting minerals in the east.",
        # A neighbour's land used for attacks in general.
        "Officials conveyed concerns over the use of Afghan soil by the banned group for "
        "attacks in the border provinces.",
        # A verdict's list of counts runs long before the attack it names.
        "The court found the defendants guilty of forming an armed gang, possessing "
        "explosives and carrying out the attack, which targeted a checkpoint of the army.",
        # Whom a court charges, however long the name, and with what crimes.
        "The tribunal has charged the former commanders of the rebel army with a series "
        "of crimes associated with kidnapping.",
    ):
        assert find_triggers(text) == [], text
    # A crowd charged with batons is no court's matter.
    text = "Police charged the marchers with batons and fired tear gas."
    assert "tear gas" in " ".join(t.phrase for t in find_triggers(text))
    text = "Police charged two men with theft after gunmen attacked a village."
    assert {t.rule for t in find_triggers(text)} == {"attack"}


def test_setting_people_on_fire_destroys_no_property():
    assert find_triggers("Residents caught the thieves and set them on fire.") == []
    assert [t.rule for t in find_triggers("Rioters set two cars on fire.")][-1] == "looting"


def test_soldiers_killed_make_a_battle_whoever_else_was_hurt():
    text = "Gunfire was heard in the city. Five soldiers were killed and a civilian was wounded."
    assert type_of_attack(text, "Gunfire")[:2] == ("Battles", "Armed clash")


def test_protesters_who_storm_a_building_riot():
    text = "Protesters storm the embassy over the summit."
    assert type_of_event(find_triggers(text), text)[:2] == ("Riots", "Violent demonstration")


def test_a_police_commander_who_tells_the_attack_is_not_its_target():
    text = "Gunmen opened fire on people at a bar, killing five, police commander Ana Ruiz said."
    assert type_of_attack(text)[0] == "Violence against civilians"
    text = "Gunmen ambushed a police patrol, killing five officers, police commander Ana Ruiz said."
    assert type_of_attack(text)[0] == "Battles"


def test_women_among_the_fighters_killed_make_no_attack_on_civilians():
    text = "Four Maoists, including two women, were killed in the forest on Sunday."
    assert type_of_attack(text)[0] == "Battles"
    text = "Gunmen killed four villagers, including two women, on Sunday."
    assert type_of_attack(text)[0] == "Violence against civilians"


def test_an_attack_is_typed_by_its_target():
    # Peacekeepers, soldiers and police are not civilians.
    assert type_of_attack("Gunmen opened fire on peacekeepers.")[0] == "Battles"
    assert type_of_attack("Gunmen opened fire on a police post.")[0] == "Battles"
    assert type_of_attack("Gunmen opened fire on villagers.")[0] == "Violence against civilians"
    # A group's commanders and a security force are armed targets too.
    assert type_of_attack("Two rebel commanders were shot dead in the city.")[0] == "Battles"
    assert type_of_attack("Gunmen hit a security force post, killing four.")[0] == "Battles"
    # A police officer among the people shot is one of the people, who are the target.
    text = "At least five people, including a police officer, were fatally shot in the town."
    assert type_of_attack(text)[0] == "Violence against civilians"
    assert type_of_attack("Gunmen shot dead two police officers at a checkpoint.")[0] == "Battles"


@pytest.mark.parametrize(
    "sentence",
    [
        "The army threatened to attack the town.",
        "The army plans to attack the town.",
        "Both sides could resume shelling at any moment.",
        "Police arrested two men on suspicion of planning an attack.",
        # Attacks in general, as a policy's aim: no incident.
        "Security operations helped reduce, but not eradicate, insurgent attacks there.",
        "The new units aim to curb militant attacks in the north.",
        # A purpose: forces massed to launch attacks, an aim of attacking.
        "Rebels massed fighters in three counties to launch attacks on army positions.",
        "Fighters were mobilised with the military objective of attacking the town.",
    ],
)
def test_hypothetical_or_planned_incidents_are_not_triggers(sentence):
    rules = {t.rule for t in find_triggers(sentence)}
    assert "attack" not in rules and "shelling" not in rules


def test_a_town_to_recapture_as_an_aim_is_not_regained():
    text = "The militia mobilised with the objective of attacking and recapturing the town."
    assert "regain" not in {t.rule for t in find_triggers(text)}
    assert "regain" in {t.rule for t in find_triggers("The militia recaptured the town.")}


def test_order_restored_in_a_prison_is_no_territory_regained():
    rules = {
        t.rule for t in find_triggers("Inmates fought until soldiers retook control of the jail.")
    }
    assert "regain" not in rules
    assert "regain" in {t.rule for t in find_triggers("Troops regained control of the town.")}
    # A prison an armed group held is ground taken back.
    held = "Iraqi forces retook the prison from the militants."
    assert "regain" in {t.rule for t in find_triggers(held)}


def test_a_real_attack_near_the_words_of_a_policy_is_still_an_incident():
    rules = {t.rule for t in find_triggers("Troops repelled an attack to reduce pressure.")}
    assert rules & {"attack", "clash"}  # an attack repelled is a fight


def test_the_pre_check_never_hides_a_trigger():
    """Every sentence with a rule match passes the cheap pre-check, per sentence and per text."""
    sentences = [*INCIDENTS, *DETAILS, *BACKGROUND]
    sentences += [
        "A car bomb went off.",
        "An IED hit a patrol.",
        "Fighter jets bombed the depot.",
        "Gunfire was heard.",
        "Sexual violence was reported.",
        "The crowd was dispersed.",
        "They retook the hill.",
        "Militants overran the post.",
        "He was executed.",
        "The mob stormed the office.",
        "Houses were burned down.",
        "They rounded up men.",
        "Forces traded artillery fire.",
        "Farmers blocked the highway.",
        "They exchanged fire.",
        "Troops seized two villages.",
        "Fighting flared again.",
        *EVENT_SENTENCES,
        *NOT_EVENTS,
    ]
    with_rules = [s for s in sentences if find_triggers_unfiltered(s)]
    assert len(with_rules) > 15
    for sentence in with_rules:
        assert may_hold_trigger(sentence), sentence
        offsets = trigger_hint_offsets(sentence)
        assert offsets, sentence
    assert not may_hold_trigger("Prices of bread and fuel have risen sharply.")
    # Each rule's gate opens wherever the rule matches: gating changes no result.
    for sentence in sentences:
        assert find_triggers_unfiltered(sentence) == find_triggers_unfiltered(
            sentence, gated=False
        ), sentence


def test_definite_restatements_are_anaphoric():
    (trigger,) = find_triggers("The explosion took place near the village.")
    assert trigger.anaphoric
    (trigger,) = find_triggers("An explosion took place near the village.")
    assert not trigger.anaphoric
    # The device of the attack just told is as definite as its explosion.
    (trigger,) = find_triggers("The explosive device went off near a culvert.")
    assert trigger.anaphoric
    (trigger,) = find_triggers("An explosive device went off near a culvert.")
    assert not trigger.anaphoric
    # "Said" before a trigger is a speaker's verb, not "the said attack".
    (trigger,) = find_triggers("The army said FAN airstrikes killed dozens of militants.")
    assert not trigger.anaphoric
    (trigger,) = find_triggers("The said attack took place near the village.")
    assert trigger.anaphoric


# Our own sentences, one per class of phrasing seen in news reports and event notes.
TYPED: list[tuple[str, str, str]] = [
    # What a drone or a jet fires is an air strike's.
    (
        "An Israeli drone fired a missile at a car, killing two men.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    # Bangladesh's strike crowds.
    (
        "Police fired tear gas to disperse picketers during the hartal.",
        "Protests",
        "Protest with intervention",
    ),
    # What an arrested suspect did, told in a relative clause, does not type the arrest.
    (
        "Security officers detained an agent who was guiding missile strikes on the city.",
        "Strategic developments",
        "Arrests",
    ),
    (
        "Police arrested a man who had planted a bomb near the market.",
        "Strategic developments",
        "Arrests",
    ),
    # Property and arms: a building burned, a cache found.
    (
        "Hoodlums burned a police station on Monday.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "Troops unearthed an arms cache in the forest.",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    # An attack whose only harm told is the abduction is an abduction; one that also
    # killed is an attack.
    (
        "In a separate attack, bandits abducted 20 villagers.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "Bandits attacked the village, killing two and abducting 20 villagers.",
        "Violence against civilians",
        "Attack",
    ),
    # Translated press calls a shell a bomb: one fired or launched was not planted.
    (
        "A bomb fired from the hills fell on a house in the town.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    # The past tense needs no plural subject to be a raid ("the storms" are weather).
    (
        "Fighters from the ADF stormed the village on Sunday.",
        "Violence against civilians",
        "Attack",
    ),
    # A defence ministry's units take a settlement.
    (
        "Units of the Center battlegroup liberated the settlement of Kamianka.",
        "Battles",
        "Government regains territory",
    ),
    # Bandits who invade a village attack its people; an army that invades a country
    # fights; the police officer who confirmed it is no target.
    (
        "The Police Public Relations Officer, ASP Abubakar Aliyu, confirmed the attack, "
        "saying the hoodlums invaded the village while residents were returning from farms.",
        "Violence against civilians",
        "Attack",
    ),
    ("Russian forces invaded Ukraine.", "Battles", "Armed clash"),
    # A flood's toll is no protester's; mud and objects thrown are a riot's.
    (
        "Thousands marched to demand his resignation over the floods that killed more than "
        "200 people, and riot police charged protesters who threw mud and objects.",
        "Riots",
        "Violent demonstration",
    ),
    # Protests: arson by strikers, stun grenades, a crowd's assault, slogans chanted, a
    # picket with no arrests.
    (
        "Hartal supporters threw brick chips at vehicles and set a bus on fire.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "Riot police pushed protesters back with batons and stun grenades.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "Hundreds of right-wing activists attacked a taxi driver, police said.",
        "Riots",
        "Mob violence",
    ),
    ("Traders gathered outside the press club to chant slogans.", "Protests", "Peaceful protest"),
    (
        "Crowds were out in the streets, chanting antigovernment slogans.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "Teachers picketed the ministry; police said no arrests had been made.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "Thousands marched in the capital to demand accountability for a roof collapse "
        "that killed 15 people.",
        "Protests",
        "Peaceful protest",
    ),
    # Nigerian copy: the police spokesman who confirmed it is no target; a day between the
    # force and its act; an air force's words; vigilantes who fell in a gun battle.
    (
        "Gunmen on Sunday killed five persons in Uli, the Police Public Relations Officer, "
        "SP Tochukwu Ikenga, confirmed.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "A police officer on Sunday shot dead a motorist at a checkpoint in Lekki.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "The Air Force conducted air interdiction on fleeing terrorists near Dikwa.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "The Air Component on Saturday bombed a bandit enclave in Zamfara.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    # South Asia's closures in protest.
    (
        "A complete shutter-down strike was observed in the town on the party's call.",
        "Protests",
        "Peaceful protest",
    ),
    # A fight told by its length or fury, and a police station or a camp taken.
    (
        "Government troops held the bridge after a six-hour battle with the rebels.",
        "Battles",
        "Armed clash",
    ),
    (
        "Resistance fighters seized the main police station after a day of fighting.",
        "Battles",
        "Non-state actor overtakes territory",
    ),
    (
        "A drone loaded with explosives targeted a military position on the front.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    # Helicopters that strike; people held by an armed group are abducted.
    (
        "Government gunships bombarded the town at dawn, killing five civilians.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "RSF fighters rounded up at least 40 men and took them to an unknown destination.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    ("Police arrested four suspected rebels in the market.", "Strategic developments", "Arrests"),
    (
        "The rebels entered the centre of the town on Friday without meeting any resistance.",
        "Strategic developments",
        "Non-violent transfer of territory",
    ),
    (
        "Rebel fighters entered the town on Wednesday after army troops withdrew.",
        "Strategic developments",
        "Non-violent transfer of territory",
    ),
    (
        "Unidentified men hurled crude bombs at the party office, injuring three workers.",
        "Explosions/Remote violence",
        "Grenade",
    ),
    (
        "Marines recovered three improvised explosive devices (IEDs) near the school.",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "Soldiers burned Kan Pauk Gyi village after clashing with resistance fighters.",
        "Battles",
        "Armed clash",
    ),
    (
        "Soldiers burned Kan Pauk Gyi village on Sunday.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "The bandits blocked the highway near the village and opened fire on two buses.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Gunmen abducted women and children from the village at dawn.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    # The Sahel armies' communiqués, in translation.
    (
        "The army's air vectors struck a logistics base of the terrorists north of Djibo.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "The riposte of the defence forces neutralised 14 assailants near Tera.",
        "Battles",
        "Armed clash",
    ),
    # A fight in the Latin American press's word; an arrest for a massacre is the arrest.
    (
        "An armed confrontation between two criminal groups left six dead near the river.",
        "Battles",
        "Armed clash",
    ),
    (
        "Prosecutors arrested nine suspects in connection with the massacre of the miners.",
        "Strategic developments",
        "Arrests",
    ),
    # Aircraft in a communiqué's words, and aircraft that only support a ground battle.
    (
        "The offensive vectors carried out strikes against a column of assailants near Dori.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "Successive strikes were carried out on the terrorist gathering near Nassoumbou.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "The air assets of the army struck a hideout north of Tessit on Monday evening.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "The strikes that followed destroyed several pickups and a fuel depot.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "Ground units and air vectors repelled an assault on the camp at Gorom-Gorom.",
        "Battles",
        "Armed clash",
    ),
    # A crowd that went home of its own accord.
    (
        "Traders protested in the bazaar and dispersed peacefully in the evening.",
        "Protests",
        "Peaceful protest",
    ),
    # What a crowd demands is its grievance, not how its protest went.
    (
        "Families marched to the court on Monday, demanding that the killers be arrested.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "Villagers blocked the highway demanding justice for the two farmers killed there.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "Students demanding an inquiry into the shooting rallied until police fired tear gas.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "The infantry, supported by an aerial vector, fought off an assault near Arbinda.",
        "Battles",
        "Armed clash",
    ),
    # A police station's limits are where, not whom: the man shot is a civilian.
    (
        "A shopkeeper was shot dead in the limits of Saddar police station on Monday.",
        "Violence against civilians",
        "Attack",
    ),
    # An armed group's troops by its acronym are no government's.
    (
        "KIA troops overran a junta outpost near Bhamo on Monday.",
        "Battles",
        "Non-state actor overtakes territory",
    ),
    # A raid's haul, no one hurt: no suicide bombing, no battle.
    (
        "Troops seized two suicide vests and a car loaded with explosives in a raid.",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    # Enforced disappearances.
    (
        "The student was picked up from his hostel by men in plainclothes on Monday.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    # Captives walked off into the bush: no march of protesters.
    (
        "The bandits stopped three buses before marching the passengers into the bush.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    # A spokesman's title is no officer attacked.
    (
        "Gunmen killed three villagers in Riyom. The Media Information Officer of the "
        "operation, Captain Musa Gwamna, confirmed the attack.",
        "Violence against civilians",
        "Attack",
    ),
    # A man taken from his home by armed men, a post harassed with fire, a mine stepped on.
    (
        "The teacher was taken from her home by armed men overnight.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    ("The army post was harassed with rifle fire for an hour.", "Battles", "Armed clash"),
    (
        "A shepherd lost a foot after stepping on an anti-personnel mine.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "RSF fighters surrounded the cattle market and detained 23 traders.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    # The wounded flown out by helicopter: the mine was not dropped from the air.
    (
        "A mine exploded under an army truck; the wounded were taken by helicopter.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "Offensive vectors neutralize about thirty terrorists near Tin-Akoff.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    # A haul of weapons seized: a disrupted use (ACLED), no grenade thrown.
    (
        "Troops seized rifles, grenades and ammunition at the farm.",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "Police recovered two pistols, a carbine and 40 live rounds from the hideout.",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "Our forces, supported by air assets, neutralised about twenty assailants near Diapaga.",
        "Battles",
        "Armed clash",
    ),
    (
        "A column of motorbikes was struck by air assets near Solenzo.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "Seven members of a local vigilante group were killed in a gun battle with bandits.",
        "Battles",
        "Armed clash",
    ),
    (
        "Gang members held 12 passengers hostage for two days.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    # Protesters who break into a building riot; thieves who do are no event (below).
    (
        "Protesters broke into the parliament building on Friday.",
        "Riots",
        "Violent demonstration",
    ),
    # A defence ministry's phrasing; militants who fell to return fire; a town struck
    # with a drone; a crowd that broke into an airport; an armed group's fighters who
    # shot an official; soldiers who shot rebels.
    (
        "Units subjected to fire from large-caliber weapons the positions of the army.",
        "Battles",
        "Armed clash",
    ),
    (
        "Three militants were neutralised by return fire in Khasavyurt, and components of "
        "improvised explosive devices were found at the scene.",
        "Battles",
        "Armed clash",
    ),
    (
        "The Tajik side struck Batken with a Bayraktar TB2 drone.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "Hundreds of people broke into the airport; twenty were injured and sixty detained.",
        "Riots",
        "Mob violence",
    ),
    (
        "Kachin Independence Army fighters shot and killed a village administrator.",
        "Violence against civilians",
        "Attack",
    ),
    ("Soldiers shot dead two rebels near the border.", "Battles", "Armed clash"),
    # An angry crowd that burns or storms is a mob, whatever it burns.
    (
        "Angry residents set fire to the police station after a trader was shot dead.",
        "Riots",
        "Mob violence",
    ),
    # Where the force that struck stood is not whom it struck.
    (
        "Soldiers shot dead a young man who failed to stop at a checkpoint.",
        "Violence against civilians",
        "Attack",
    ),
    # An event database's verbs for a strike from the air.
    (
        "Military forces of Myanmar airstruck a monastery in Kyauktaw.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "Russian forces drone-struck a car in Kherson.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    # A force that strikes is not the target: its victims type the event.
    ("Police shot dead a trader in the market on Monday.", "Violence against civilians", "Attack"),
    (
        "Outrage grew over the police beating to death of a street vendor.",
        "Violence against civilians",
        "Attack",
    ),
    ("Gunmen shot dead two policemen at a checkpoint.", "Battles", "Armed clash"),
    # An event database's name of a state's forces is who struck.
    (
        "On 4 May 2023, Military Forces of Sudan (2019-) shot dead 4 villagers in Tawila.",
        "Violence against civilians",
        "Attack",
    ),
    # Drones by what they did, toxic agents by what carried them.
    (
        "A Turkish drone killed two fighters near the border.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "Troops attacked the border town with drones, injuring two people.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "Drones also struck the port overnight, injuring two workers.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "The rebels used drones to attack an airport.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "Helicopters dropped barrels filled with chlorine on the town.",
        "Explosions/Remote violence",
        "Chemical weapon",
    ),
    (
        "An explosives-laden truck blew up outside the base.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "Dissidents burned 2 trucks on the highway near the town.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "Soldiers burned about 40 houses in the village.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    # An earlier event's deed, told as the time of this protest, does not make it a riot.
    (
        "Thousands demonstrated in the capital on Monday, a day after the storming of the "
        "parliament.",
        "Protests",
        "Peaceful protest",
    ),
    # Workers' strikes, boycotts, vigils and shut shops are protests; a protest that is
    # the purpose of a gathering is told, not intended.
    ("Nurses went on strike over unpaid wages.", "Protests", "Peaceful protest"),
    ("Residents staged a flash strike against the junta.", "Protests", "Peaceful protest"),
    ("Traders closed their shops to protest new taxes.", "Protests", "Peaceful protest"),
    ("Teachers boycotted classes over unpaid salaries.", "Protests", "Peaceful protest"),
    ("Families of missing men held a vigil outside the court.", "Protests", "Peaceful protest"),
    # A state's strike is from the air, not a workers' strike.
    (
        "A Russian strike on a hospital killed three people.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    # Who tells the event is no target; a former officer is a civilian; soldiers killed
    # in a town attacked make it a battle.
    (
        "Gunmen shot dead three fishermen near the lake, a militia member said.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Gunmen shot dead a retired army colonel at his home.",
        "Violence against civilians",
        "Attack",
    ),
    ("Militants attacked the town and killed four soldiers.", "Battles", "Armed clash"),
    # Beatings and torture by forces are attacks on civilians; a kidnapping stays one.
    (
        "Soldiers beat and injured three fishermen at a checkpoint.",
        "Violence against civilians",
        "Attack",
    ),
    ("Police beat up a reporter outside the court.", "Violence against civilians", "Attack"),
    (
        "Gunmen kidnapped and tortured a trader for a week.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    # Armed men who are not the state and strike a crowd attack civilians (an office the
    # crowd marches to is no force).
    (
        "Gunmen shot at a crowd marching to the prime minister's office, killing three.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Gang members opened fire on a march against insecurity, killing three marchers.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Militia members attacked an opposition rally with clubs, injuring six.",
        "Violence against civilians",
        "Attack",
    ),
    # Two parties that announce a ceasefire together agree on it.
    (
        "The rebels and the government announce a three-day ceasefire for the holiday.",
        "Strategic developments",
        "Agreement",
    ),
    # Captives freed are a strategic development; taking them is an abduction.
    (
        "Bandits released 12 students abducted from a school in March.",
        "Strategic developments",
        "Other",
    ),
    (
        "Bandits took 12 villagers hostage near the river.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    # Territory that changes hands without a fight.
    (
        "The rebels took control of the town without a fight.",
        "Strategic developments",
        "Non-violent transfer of territory",
    ),
    (
        "The army withdrew from Kibumba on Friday, and the rebels moved in.",
        "Strategic developments",
        "Non-violent transfer of territory",
    ),
    # A state's forces by their acronym take territory back.
    (
        "SNA forces captured Harardhere from al-Shabaab.",
        "Battles",
        "Government regains territory",
    ),
    (
        "FARDC troops and allied militias retook the town.",
        "Battles",
        "Government regains territory",
    ),
    # Agreements made and bases set up are strategic developments.
    (
        "On 20 May 2023, the two armies signed a ceasefire agreement in Jeddah.",
        "Strategic developments",
        "Agreement",
    ),
    (
        "The militia set up a new headquarters at the airport.",
        "Strategic developments",
        "Headquarters or base established",
    ),
    # Crowds that fight with stones and sticks riot; armed or clan groups do battle.
    (
        "Supporters of two parties clashed with sticks and stones outside a polling station.",
        "Riots",
        "Mob violence",
    ),
    ("Rival groups of traders clashed at the main market.", "Riots", "Mob violence"),
    ("Clan militias clashed over a water point, killing six.", "Battles", "Armed clash"),
    ("Residents fled the fighting between rival gangs in the slum.", "Battles", "Armed clash"),
    ("Youths clashed with soldiers at a checkpoint.", "Battles", "Armed clash"),
    # A camp of forces is a base; a camp of displaced people is civilians.
    ("Militants attacked a MINUSMA camp near Ansongo.", "Battles", "Armed clash"),
    ("Gunmen attacked an IDP camp near Djugu.", "Violence against civilians", "Attack"),
    ("A vendor was shot dead by police near the market.", "Violence against civilians", "Attack"),
    # A headline's passive: the soldiers are the victims, not the ones who shot.
    ("Two soldiers shot dead in an ambush near the border.", "Battles", "Armed clash"),
    # Forces that fire on a crowd they "clash" with use excessive force; stones thrown
    # by the crowd make it a riot.
    (
        "Protesters clashed with troops, who fired live rounds at the protesters.",
        "Protests",
        "Excessive force against protesters",
    ),
    (
        "Protesters threw stones and police fired live rounds at the protesters.",
        "Riots",
        "Violent demonstration",
    ),
    # Drones launched at a town, or shot down over it: a strike, stopped or not.
    (
        "Russia launched 30 Shahed drones at Odesa overnight.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    # Drones or missiles stopped in the air and nobody hurt: ACLED's disrupted weapons use
    # ("the interception of explosives in the air"); hurt by the debris, still the strike.
    # Forces that open fire are who shot, not the target: mourners are civilians, gunmen
    # are an armed party.
    (
        "Soldiers opened fire on a crowd of mourners, killing 9.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Police opened fire on the gunmen, killing two.",
        "Battles",
        "Armed clash",
    ),
    # Rioting inmates in a gunfight between rival gangs: a clash; a riot without one is not.
    (
        "Inmates rioted at the prison, and a gun battle between rival gangs left 9 dead.",
        "Battles",
        "Armed clash",
    ),
    (
        "Inmates rioted at the prison, setting mattresses on fire.",
        "Riots",
        "Violent demonstration",
    ),
    # Attackers the forces killed: the forces fought back, a battle.
    (
        "Militants attack the town of Djibo; the army says it killed 50 attackers.",
        "Battles",
        "Armed clash",
    ),
    # A timeline's present tense.
    (
        "7 June – Fighting erupts between rival armed groups in Tripoli, killing 11.",
        "Battles",
        "Armed clash",
    ),
    # A killing the protest is against is its cause, not force used on it.
    (
        "Hundreds demonstrated in Quetta against the killing of a shopkeeper.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "Protesters rallied against the killing of two activists; police shot dead one protester.",
        "Protests",
        "Excessive force against protesters",
    ),
    # A person told by age is seldom a combatant; a soldier told by age still is one.
    (
        "Troops shot and killed a 17-year-old during a raid on the camp.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "A 25-year-old soldier was killed when militants attacked his post.",
        "Battles",
        "Armed clash",
    ),
    # A raid to arrest is an arrest; with killings it stays the raid.
    (
        "Police stormed the opposition headquarters and arrested 40 members.",
        "Strategic developments",
        "Arrests",
    ),
    (
        "Gunmen stormed a hotel, killing 12.",
        "Violence against civilians",
        "Attack",
    ),
    # A rape during a raid or a takeover is sexual violence; killings make it an attack.
    (
        "Soldiers raped three women during a raid on the village.",
        "Violence against civilians",
        "Sexual violence",
    ),
    (
        "Two officers rape a woman and a girl during the takeover of the town.",
        "Violence against civilians",
        "Sexual violence",
    ),
    (
        "Gunmen raided the village, killing 5 and raping several women.",
        "Violence against civilians",
        "Attack",
    ),
    # Homes burned and people killed: an attack on civilians; homes burned alone stay
    # property destruction.
    (
        "Gang members set fire to 30 homes in Port-au-Prince; at least 12 people are killed.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Militants set fire to a church in Kauru; no one was hurt.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    # Arrested for what they said of protests, not at one.
    (
        "Police detained three journalists for reporting on the protests.",
        "Strategic developments",
        "Arrests",
    ),
    # A timeline's present tense: "Police arrest 120 people"; "house arrest" is no event.
    (
        "15 June – Police arrest 120 people in Dhaka.",
        "Strategic developments",
        "Arrests",
    ),
    (
        "Police arrested 120 people in Dhaka ahead of an opposition rally.",
        "Strategic developments",
        "Arrests",
    ),
    (
        "Police detained 40 protesters at the rally.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "Air defences shot down 12 drones over Kyiv.",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "Two missiles were intercepted over Lviv; no one was injured.",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "Air defences downed 10 drones over Kyiv, but falling debris injured three people.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    # The attackers died too: the target fought back, a battle.
    (
        "Gunmen attacked a village near Goris; six of the attackers were killed by guards.",
        "Battles",
        "Armed clash",
    ),
    (
        "Militants attacked a post of the self-defence militia, killing three.",
        "Battles",
        "Armed clash",
    ),
    (
        "Forces of the north fired with small arms on the positions of the south.",
        "Battles",
        "Armed clash",
    ),
    (
        "Troops shelled the positions of the rebels near Alto.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    ("Militia fighters clashed with the army near the river.", "Battles", "Armed clash"),
    ("Rebels ambushed an army patrol on the road.", "Battles", "Armed clash"),
    (
        "Insurgents planted bombs along the road, killing two.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "Bombs planted by militants killed a policeman.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "Two IEDs went off near the depot.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "Three people died in a bomb attack in the port town.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    ("A drone strike on a market killed four.", "Explosions/Remote violence", "Air/drone strike"),
    ("Warplanes bombed a fuel depot overnight.", "Explosions/Remote violence", "Air/drone strike"),
    (
        "A coalition bombing killed ten civilians in the town.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    ("Rockets hit the airport.", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Two suicide bombers struck a crowded square.", "Explosions/Remote violence", "Suicide bomb"),
    (
        "A roadside bomb hit a convoy and a firefight followed.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "A suicide car bomb opened the assault on the base, then a gun battle lasted hours.",
        "Battles",
        "Armed clash",
    ),
    ("Gunmen opened fire in a bar, killing nine.", "Violence against civilians", "Attack"),
    ("Bandits massacred 40 villagers.", "Violence against civilians", "Attack"),
    ("The militants beheaded two farmers.", "Violence against civilians", "Attack"),
    (
        "Gunmen abducted a priest on the highway.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    ("Police dispersed the protesters with tear gas.", "Protests", "Protest with intervention"),
    (
        "Fighters burned shops and homes in the town.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    # Grenades thrown in an armed ambush are part of it, typed by its target.
    (
        "Militants ambushed an army patrol. The attackers fired at the soldiers and threw "
        "grenades.",
        "Battles",
        "Armed clash",
    ),
    # Spoils and interceptions do not type the fight or the barrage they end.
    (
        "Troops ambushed militants near the river, killing 30. 'We seized weapons,' he said.",
        "Battles",
        "Armed clash",
    ),
    (
        "Militants fired a barrage of rockets at the town. Some of the rockets were intercepted.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    # A timeline's present tense, and a place occupied.
    ("Jihadists storm Kora, killing four villagers.", "Violence against civilians", "Attack"),
    (
        "Insurgents occupied Macomia after the army withdrew.",
        "Battles",
        "Non-state actor overtakes territory",
    ),
    # Bombs from a jet or a drone are an air strike.
    (
        "A military jet bombed a market, killing ten.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    # A killing told in the present tense makes burning an attack's part.
    (
        "Gang members kill 115 people; 45 houses are set on fire.",
        "Violence against civilians",
        "Attack",
    ),
    # What the same actors did before is the setting, not the type.
    (
        "Militiamen looted shops and banks following their capture of the city.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "Fighters looted shops and homes a day after they captured the town.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    # A crowd's act with a demand is a protest.
    (
        "Hundreds gathered outside the governor's office to demand the release of students.",
        "Protests",
        "Peaceful protest",
    ),
    ("Landless farmers occupied an estate to demand land reform.", "Protests", "Peaceful protest"),
    (
        "Thousands assembled in the main square in support of the junta leader.",
        "Protests",
        "Peaceful protest",
    ),
    ("Traders observed a hartal across the district.", "Protests", "Peaceful protest"),
    (
        "Youths burned tyres on the ring road to protest the arrest of a cleric. Police "
        "arrested 30 of them.",
        "Riots",
        "Violent demonstration",
    ),
    # The weapon makes a drone strike, however the sentence runs.
    (
        "Rebels attacked the airport of the city with Shahed drones.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "Dissidents dropped explosives from a drone on a police post.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "Two officers were hurt by explosives dropped from drones.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "Army engineers defused 3 IEDs on the road.",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "The government and the rebel group signed an agreement on a ceasefire in the capital.",
        "Strategic developments",
        "Agreement",
    ),
    (
        "Security forces shot dead three protesters at the rally.",
        "Protests",
        "Excessive force against protesters",
    ),
    ("Protesters burned tyres and clashed with police.", "Riots", "Violent demonstration"),
    ("Riots broke out after the vote.", "Riots", "Violent demonstration"),
    ("A mob beat a theft suspect to death.", "Riots", "Mob violence"),
    # The killing a march protests is its cause, not force used on it.
    ("Mourners marched to protest the killing of five traders.", "Protests", "Peaceful protest"),
    # Arrested over a protest: the arrests are the event, the protest their cause.
    (
        "Troops arrested four students in the city on Friday over a flash mob protest.",
        "Strategic developments",
        "Arrests",
    ),
    # Captives found dead: the killing is the event, the kidnapping told in passing.
    (
        "The bodies of nine miners who had been kidnapped were found in a shaft.",
        "Violence against civilians",
        "Attack",
    ),
    # A strike that hits a house or a car is from the air.
    (
        "A strike on a house killed four members of one family.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    # A state's forces that strike, the weapon left unsaid: from afar.
    (
        "Russian forces struck the city overnight, killing three civilians.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    # Agreements and bases in the words event notes use.
    ("The two militias agreed a ceasefire in the town.", "Strategic developments", "Agreement"),
    ("Clan elders reached a truce deal on Monday.", "Strategic developments", "Agreement"),
    (
        "The army set up a new military camp outside the town.",
        "Strategic developments",
        "Headquarters or base established",
    ),
    (
        "Troops established a permanent base near the border.",
        "Strategic developments",
        "Headquarters or base established",
    ),
    # Control claimed or held is territory taken; a repulsed assault and deaths "in
    # fighting" are a battle.
    (
        "The rebels claim full control of Kalemie.",
        "Battles",
        "Non-state actor overtakes territory",
    ),
    ("Militants tried to storm the base but were repulsed by troops.", "Battles", "Armed clash"),
    ("Nine people were killed in fighting in the market.", "Battles", "Armed clash"),
    # A flash mob is a protest's form, a mob boss a gang's head: no mob violence.
    (
        "Police arrested 30 people at a flash mob in the square.",
        "Strategic developments",
        "Arrests",
    ),
    ("A mob boss was shot dead outside his house.", "Violence against civilians", "Attack"),
    # An air force's strike, and a timeline's present tense.
    ("An air force strike killed ten villagers.", "Explosions/Remote violence", "Air/drone strike"),
    (
        "A drone hits a block of flats, killing two.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    ("A jet strikes a house near the camp.", "Explosions/Remote violence", "Air/drone strike"),
    # Tear gas shells are no shelling.
    (
        "Police fired tear gas shells at protesters who pelted them with stones.",
        "Riots",
        "Violent demonstration",
    ),
    # Killed for a crime they were said to have done, with no court: a mob's justice.
    ("Two men were burnt to death for allegedly stealing goats at Dogo.", "Riots", "Mob violence"),
    ("A youth was beaten to death on suspicion of theft.", "Riots", "Mob violence"),
    ("Police arrested twelve opposition members.", "Strategic developments", "Arrests"),
    ("Rebels captured the village of Kora.", "Battles", "Non-state actor overtakes territory"),
    # Armed groups named armies are no state's army.
    (
        "The Arakan Army said it had seized the last junta outpost in the township.",
        "Battles",
        "Non-state actor overtakes territory",
    ),
    (
        "The Oromo Liberation Army captured the town after clashes with federal troops.",
        "Battles",
        "Non-state actor overtakes territory",
    ),
    (
        "Fighters of the Syrian National Army took control of two villages near the dam.",
        "Battles",
        "Non-state actor overtakes territory",
    ),
    (
        "The army took control of the town after heavy fighting.",
        "Battles",
        "Government regains territory",
    ),
    (
        "Gunmen looted shops and set fire to houses.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    ("An insider attack at the base killed four soldiers.", "Battles", "Armed clash"),
    ("Inmates escaped in a prison break after guards were overpowered.", "Battles", "Armed clash"),
]
EVENT_SENTENCES = [sentence for sentence, _, _ in TYPED]
NOT_EVENTS = [
    # A protest ruled out, and a kind of gun.
    "The union said it would not hold street demonstrations before the vote.",
    "Fighters handed over 300 assault rifles at the disarmament ceremony.",
    # A legal proceeding, and a party's boycott of an election.
    "The widow filed a murder case at the Sadar police station.",
    "The opposition alliance boycotted the polls.",
    # What a place served for.
    "The hideout was used to plan attacks on the coastal road.",
    # A body picked up is no one taken.
    "Police picked up the bodies of two men from the canal.",
    # A habit of the war, no one event.
    "Cities such as Kharkiv and Kherson continue to come under daily attack.",
    "Russian forces keep shelling the town's outskirts.",
    # A call to free people held before.
    "The envoy stressed the need to release aid workers detained by the rebels.",
    # A condition, not an event.
    "The council will not negotiate as long as the militia occupied civilian areas.",
    # Aircraft a government buys or pools strike no one.
    "The ministers agreed to pool their air assets, including new drones, next year.",
    "The strikes degrade the group's ability to plan and conduct attacks abroad.",
    # Bodies found with no word of violence: the sea, a flood, a crash.
    "The bodies of 40 migrants were recovered from the sea on Monday.",
    "A study in The Lancet counted the dead of the famine.",
    "The minister stormed out of the meeting.",
    "Police found bomb-making materials in the house.",
    "The group has carried out similar attacks on churches.",
    "Navy gunships patrolled the coast after the storm.",
    # A person held, named by the one who met or visited them.
    "The envoy was not allowed to meet detained former leader Aung San Suu Kyi.",
    # A call for protests is no protest.
    "The jailed leader had called for peaceful protests across the province.",
    # Battles of another kind; a seizure of goods at a camp.
    "The governor lost a long legal battle over the land.",
    "Customs officers seized drugs at a camp near the border.",
    "The minister called it a deliberate attack on cultural heritage.",
    "Investigators have yet to name who ordered the assassination of the mayor.",
    "The envoy recalled a brief encounter with the president at the summit.",
    "The army is in control of the situation, the minister said.",
    "The law had set off months of mass demonstrations against the government.",
    "The wounded were taken to hospital by relatives.",
    # A haul of weapons told in the passive, after the event it ended: no grenade thrown.
    "Police said two rifles and hand grenades were recovered from a hideout.",
    # Feared, looming: not yet.
    "Residents fear an imminent militia attack on the town.",
    "Aid agencies warned of a looming assault on the city.",
    # Held back from: not done.
    "The navy said it was holding back from launching air strikes on the port.",
    "The troops stopped short of storming the refinery.",
    # Captives walked off are no march.
    "Bandits marched 25 worshippers into the bush.",
    # A state, not an act; weather.
    "Residents of the occupied territories voted on Sunday.",
    "Tropical storms Harvey and Irma flooded the coast.",
    # Withdrawing from a deal or a race gives up no territory.
    "Russian forces said the country withdrew from the grain deal.",
    "The candidate withdrew from the race.",
    # A court lets a prisoner go: no captives of a kidnapping.
    "The court released the journalist on bail.",
    # A strike called off, and a strike from the air planned, are not told.
    "The union said it plans to go on strike next month.",
    # A habit or a setting, not one event.
    "Security is tight in the port, where militants regularly carry out bomb attacks.",
    "Exports grew despite drone attacks on the refineries.",
    # Vigilantes killed are victims, not a mob.
    "Four vigilantes were killed.",
    # Talks towards an agreement, or one side's ceasefire, agree nothing.
    "The two sides agreed to speed up talks to try to reach a peace agreement.",
    "The president announced a unilateral ceasefire.",
    # Chemical weapons named, none used.
    "Inspectors said the country had destroyed its chemical weapons stockpile.",
    # House arrest is a state, not an arrest told; a protest reported on is not told.
    "The former minister remains under house arrest in Dhaka.",
    # A habit, not one event; and a fight against something that is no armed party.
    "The group continues to carry out deadly suicide attacks across the region.",
    "The government says it is fighting against corruption.",
    "The militants still have the ability to carry out attacks in the city.",
    "The rebels threatened to attack the capital.",
    "Officials warned of attacks during the election.",
    "The minister condemned the attack.",
    "Diplomats held talks on the border dispute.",
    "Attacks resumed and escalated in recent months.",
    "It is unclear whether the explosion came from a drone.",
    "The army denied that soldiers had fired on the crowd.",
    "The ministry bought Mine Resistant Ambush Protected Vehicles.",
    "The Strike Force was renamed.",
    "Fighters of the Rapid Support Forces were seen.",
    # The same words in other senses: criticism, a verb with an object, support,
    # markets, marketing.
    "The minister came under fire over his remarks on fuel prices.",
    "The governor's trip came under fire in the election campaign.",
    "The players demonstrated remarkable skill in the final.",
    "This was also demonstrated by our decision to expel the diplomats.",
    "Party members rallied behind the president.",
    "Shares rallied 3% on Monday.",
    "The campaign was targeted at young voters.",
    # An official's gesture, not a demonstration.
    "The delegation walked out of the talks in protest at the agenda.",
    "The minister resigned in protest over the decision.",
    # Weapons as goods.
    "The state department approved the sale of 180 artillery systems for $1.3 billion.",
    "Germany delivered 20 drones and ten howitzers to the army last month.",
    "The howitzer contract is one more step towards that goal.",
    "The latest deal includes about 180 howitzer systems and tanks.",
    # Figurative senses of general news: sport, politics, courts, trade.
    "Both games were hard-fought battles, exciting for the fans.",
    "She won it with a game-winning shot in the last second.",
    "He was considered a long shot for the job.",
    "After a brief shot at a career in baseball, he studied law.",
    "The minister shot down rumours of a reshuffle.",
    "It was a three-run blast that won the series for the home side.",
    "The Rockets swept their four-game series with the Blazers.",
    "The farmers have fought the pipeline in court for years.",
    "This is an attack on me and my campaign.",
    "The decree is an attack on press freedom.",
    "The new tariffs targeted steel from abroad.",
    # Carried out, not put to death.
    "Police executed a search warrant at the house.",
    "The projects have been executed by army engineers.",
    "The civil service was the arm of the execution of insidious agendas.",
    # On computers, not people; a word with an object; vigilantes doing nothing.
    "Banks are on high alert against malware attacks.",
    "The ministry said a cyber-attack took its website down.",
    "The loan demonstrates both the bank's and the firm's commitment.",
    "Police gave vigilantes a deadline to hand in their firearms.",
    # Succession, people caught where they were, and what should not have been.
    "When he took over from Bruce Forsyth as the presenter, the ratings went up.",
    "The two inmates have been captured in Chattanooga.",
    "He should have never been arrested in the first place.",
    "The convoy had not been attacked before.",
    # Protestants are no protest; a strike someone contemplated is not one made.
    "Officials have cracked down on opponents, including some American Protestants.",
    "He contemplated a hunger strike before he was allowed to leave.",
    # Spying, and what a book is about.
    "The paper revealed how the police infiltrated Muslim student groups.",
    "She spoke at the launch of a book by a nurse about sexual abuse and harassment.",
    "The army will continue to shell the town.",
    # Plans and plots: not done.
    "Prosecutors said he planned to murder the official at his home.",
    "Police named three men suspected of preparing terrorist attacks on churches.",
    "Thieves broke into a shop in the market overnight.",
    # A region's lot, not an event.
    "The East is one of the regions most affected by attacks attributed to jihadists.",
    "The dictator survived many assassination plots.",
    "The United States is not engaged in the Saudi bombing campaign.",
    # Blame for an incident named as known: it is told elsewhere.
    "The prime minister blamed the Russian government for the attack.",
    "Both sides blamed each other for the shelling.",
    "Police hunted down those responsible for the killings.",
    # Arrests for ordinary crimes: police work, not a political event.
    "Police arrested two people on several drug and theft charges.",
    "The owner was arrested on federal charges that he had traded on inside information.",
    "A local man was arrested Friday on DWI charges.",
    # A condemnation names an event told elsewhere, whatever it calls it; a labour strike
    # against a reform is no air strike.
    'In the capital, the spokesman condemned "a cowardly and barbaric attack" on Sunday.',
    "The governor denounced on Monday the heinous killing of the traders.",
    "Dockers carried out strikes against the new port tariffs in March.",
    "The senator had a heated confrontation with reporters outside the court.",
    # Captives named by a participle were taken before; the sentence tells no abduction.
    "The elders agreed to return all abducted women and children within ninety days.",
    "Mothers of the kidnapped schoolgirls met the governor on Tuesday.",
    # A campaign that goes on, a habit in the present, a trial's suspects.
    "The negotiator said talks stayed frozen while the rebels continued their offensive.",
    "The junta continues to bomb villages across the region, the spokesman said.",
    "The chairman asked the court to fast-track the trial of suspects arrested last year.",
    "The delegation raised concerns over attacks on its border guards by smugglers.",
]


@pytest.mark.parametrize(("sentence", "event_type", "sub_event_type"), TYPED)
def test_type_of_event_types_each_class(sentence, event_type, sub_event_type):
    triggers = find_triggers(sentence)
    assert triggers, sentence
    assert type_of_event(triggers, sentence)[:2] == (event_type, sub_event_type)


def test_forces_firing_guns_at_a_demonstration_use_excessive_force():
    # "Clashes" alone says no more than that the forces fired on the crowd.
    text = (
        "Footage of the demonstrations showed three members of the National Guard, a unit "
        "with public order duties, aiming and firing pistols in clashes on the highway."
    )
    assert type_of_event(find_triggers(text), text)[1] == "Excessive force against protesters"
    # Without a demonstration there is no crowd to fire on.
    assert "excessive" not in {t.rule for t in find_triggers("Soldiers fired guns at the base.")}


def test_what_a_demonstration_is_against_is_no_event_of_its_own():
    text = (
        "Police used tear gas as demonstrators shouted slogans against the government "
        "and its offensive against the rebels."
    )
    assert type_of_event(find_triggers(text), text)[1] == "Protest with intervention"
    assert {t.rule for t in find_triggers("Hundreds protested over the shelling of Goris.")} == {
        "protest"
    }
    # A clause of its own is an event of its own.
    text = "Thousands marched against the war, while soldiers shelled the town."
    assert "shelling" in {t.rule for t in find_triggers(text)}


def test_the_grievance_a_crowd_acts_on_is_no_event_of_its_own():
    # "in anger over a police shooting": an earlier event, which the riot answers.
    text = "Youths set cars alight in anger over a police shooting in the suburb."
    assert "clash" not in {t.rule for t in find_triggers(text)}
    text = "Militants raided a village in retaliation for an army airstrike last month."
    assert "air" not in {t.rule for t in find_triggers(text)}
    assert "air" in {t.rule for t in find_triggers("An army airstrike hit a village.")}


def test_a_stance_against_any_operation_is_no_event():
    text = "The minister reiterated his rejection of any military operation in the city."
    assert not find_triggers(text)
    text = "The party opposes any attack on the town."
    assert not find_triggers(text)


def test_protesters_who_attack_a_police_station_riot():
    text = "Protesters attacked a police station in the town."
    assert type_of_event(find_triggers(text), text)[1] == "Violent demonstration"
    text = "Protesters marched to the police station in the town."
    assert type_of_event(find_triggers(text), text)[1] == "Peaceful protest"


def test_a_shootout_with_the_police_is_a_clash():
    assert "clash" in {t.rule for t in find_triggers("Three militants died in a shootout.")}
    assert "clash" in {t.rule for t in find_triggers("A shoot-out with police left two dead.")}


def test_the_agent_after_by_is_no_target():
    # "shot dead by unidentified motorcyclists": the riders shot; the policeman is whom.
    text = "A policeman was shot dead by unidentified motorcyclists."
    assert type_of_attack(text)[:2] == ("Battles", "Armed clash")
    text = "Two villagers were shot dead by gunmen."
    assert type_of_attack(text)[:2] == ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Event notes' strategic developments and a chemical attack.
        (
            "The army established a new military detachment in the town to secure the road.",
            "Headquarters or base established",
        ),
        (
            "The UN mission handed over its camp in the town to the national army.",
            "Non-violent transfer of territory",
        ),
        (
            "Troops dropped munitions containing CS gas from drones on enemy positions.",
            "Chemical weapon",
        ),
        # A named road blocked, with stones laid across it, not thrown: a protest.
        (
            "Farmers blocked the Puno–Desaguadero highway with stones and tree trunks.",
            "Peaceful protest",
        ),
        ("Truckers blocked the Pan-American Highway for a third day.", "Peaceful protest"),
        (
            "Police used tear gas to clear a blockade set up by supporters of the former "
            "president.",
            "Protest with intervention",
        ),
        ("Protesters threw stones at police outside the ministry.", "Violent demonstration"),
        # Residents angered by deaths who burn buses did burn them.
        (
            "Residents angered by the deaths set fire to three buses and blocked Avenida Brasil.",
            "Violent demonstration",
        ),
        ("Youths set cars alight overnight.", "Looting/property destruction"),
        # Police firing on workers who block a highway: force against protesters.
        (
            "Police open fire on landless workers blocking a highway, killing 19.",
            "Excessive force against protesters",
        ),
        # Two groups at a religious procession fight as crowds do.
        (
            "Twenty were injured in a clash between two groups during a religious procession.",
            "Mob violence",
        ),
        # A timeline's present tense of one shell.
        (
            "A single shell fired from the hills lands at the square, killing 71.",
            "Shelling/artillery/missile attack",
        ),
        # Aircraft that back an advance: the town changed hands.
        (
            "Government forces, backed by Russian air strikes, recapture the town from ISIL.",
            "Government regains territory",
        ),
    ],
)
def test_phrasings_of_notes_blockades_crowds_and_timelines(text, sub_event_type):
    assert type_of_event(find_triggers(text), text)[1] == sub_event_type


def test_dynamite_hurled_by_a_crowd_is_a_riot():
    text = "Supporters of the former president hurled sticks of dynamite at police."
    assert type_of_event(find_triggers(text), text)[0] == "Riots"


def test_what_will_be_done_is_no_event_yet():
    text = "Others involved will be identified and arrested soon, the police chief said."
    assert "arrest" not in {t.rule for t in find_triggers(text)}
    text = "Three men were identified and arrested on Monday."
    assert "arrest" in {t.rule for t in find_triggers(text)}


def test_grenades_that_open_a_gunfight_are_a_battle():
    # ACLED codes an assault that the defenders fight back as the battle it starts; a
    # grenade thrown into a market stays a grenade attack.
    text = (
        "Militants attacked the checkpoint with hand grenades. "
        "The police retaliated, killing several attackers."
    )
    assert type_of_event(find_triggers(text), text)[:2] == ("Battles", "Armed clash")
    text = "A grenade hit the market, killing two."
    assert type_of_event(find_triggers(text), text)[1] == "Grenade"
    assert [t.rule for t in find_triggers("Soldiers returned fire.")] == ["clash"]


def test_type_of_event_weighs_every_sentence_of_an_event():
    # A headline that says "attack" and a follow-up that names the bomb: an IED event.
    sentences = ["Deadly attack on a bus station.", "A bomb hidden in a bag exploded."]
    triggers = [t for s in sentences for t in find_triggers(s)]
    assert type_of_event(triggers, " ".join(sentences))[1] == "Remote explosive/landmine/IED"


def test_what_a_target_was_mistaken_for_is_no_event():
    text = "Troops fired at a car near the gate, mistaking it for a car bomb."
    assert "bombing" not in {t.rule for t in find_triggers(text)}
    assert find_triggers("A car bomb exploded near the gate.")


def test_the_other_senses_leave_the_events_they_resemble():
    for text in (
        "The convoy came under fire over the weekend near Gao.",
        "The base came under attack for the second time this week.",
        "Hundreds demonstrated in the capital against the fuel tax.",
        "Thousands rallied in the main square.",
        "Gunmen targeted a police post in the town.",
        "Rebels who bought weapons abroad fired mortars at the base.",
        "Traders closed their shops in protest at the killings.",
        "Police arrested two journalists who covered the strike.",
        "The militia blames the United States for an explosion at the airbase.",
        "The army accused the rebels of shelling the market.",
        "The group claimed responsibility for the attack on the base.",
        "A gunman fired a shot at the patrol.",
        "The soldier was shot at a checkpoint.",
        "Rebels and troops fought in the town for hours.",
        "A blast hit the market.",
        "An attack on them killed four guards.",
        "The attack on the campaign office killed two.",
        "Militants fired rockets at the town.",
        "Rebels executed five prisoners.",
        "The execution of five prisoners shocked the town.",
        "Vigilantes beat the suspect to death.",
        "Rebels captured Kidal on Monday.",
        "Rebels took over the town of Kidal.",
        "Rebels infiltrated the army base at night.",
        "Seven soldiers confessed to raping a girl in the village.",
        "Russian forces continued to shell Kharkiv on Monday.",
        "The gunman went on to attack a school.",
        "The prisoner was executed at dawn.",
        "A fresh encounter erupted in the forests of the district at dawn.",
        "Two insurgents died in an encounter with the special police.",
        "Farmers found the corpses of three men dumped beside a canal.",
        "Six mutilated bodies turned up at a landfill outside the city.",
    ):
        assert find_triggers(text), text


@pytest.mark.parametrize("sentence", NOT_EVENTS)
def test_statements_of_no_event_have_no_trigger(sentence):
    assert find_triggers(sentence) == [], sentence


def test_every_gate_token_is_a_prefix_the_pre_check_can_see():
    # Gates hold 4-letter prefixes, 6-letter prefixes (or shorter whole words) and
    # "=word" words; a 5-letter prefix ("retak") would match only that very word.
    for rule, gate in GATES.items():
        for token in gate.split():
            # "clash" is a whole word shorter than six letters: its own six-letter prefix.
            assert token.startswith("=") or len(token) in (4, 6) or token == "clash", rule
    assert find_triggers("Troops announced the retaking of the town of Goris.")


def test_every_rule_pattern_keeps_a_word_gate():
    # A rule whose words outgrow the gate (a branch that no longer shares the others'
    # "\b", a long list of objects outside a look-ahead) is searched in every sentence:
    # the air rule once cost twenty times its gated search that way.
    for rule in RULES:
        assert Gate.of(*rule.pattern._source) is not None, rule.name


def test_present_tense_and_nominal_takeovers_are_territorial_events():
    for sentence in (
        "Government forces take control of the rebel stronghold of Goris.",
        "Troops managed to seize full control of Goris.",
        "Two officers were wounded during the takeover of Goris by rebels.",
    ):
        assert [t.rule for t in find_triggers(sentence)] == ["overtake"], sentence
    assert find_triggers("The rebels plan to seize the town.") == []


def test_each_trigger_of_a_long_sentence_is_found_once():
    # Overlaps between rules' matches are checked by bisection (the linear check that
    # replaced a quadratic scan): none may be lost or counted twice.
    short = "killed attack blast " * 500
    assert len(find_triggers_unfiltered(short * 4)) == 4 * len(find_triggers_unfiltered(short))


@pytest.mark.parametrize(
    "sentence",
    [
        # Announced, not held: a call with its name in quotes, a protest called for a
        # town, a rally planned by a party.
        "The rebels called for a 'protest week' across the district from Monday.",
        "A protest has been called for Keighley on Thursday evening.",
        "Officials postponed a rally planned by the opposition for Sunday.",
        # A crowd's joy, whatever it chants.
        "Fans took to the streets of Oran on Sunday to celebrate the team's victory.",
        "Residents poured into the streets to celebrate the news, chanting slogans.",
        # A condemnation names an attack told elsewhere, quoted or not.
        "In the capital, the minister condemned a 'barbaric attack' on the village.",
        # A security alert's forecast, a strike called for a day to come, arms supplied.
        "Further attacks on security forces in the province are likely in the coming weeks.",
        "Kidnapping for ransom remains a significant threat in the northern states.",
        "Transport unions called a new strike in the capital for 30 October.",
        "The government said it would not send long-range missiles to its ally.",
    ],
)
def test_protests_announced_or_celebrations_and_condemned_attacks_are_no_events(sentence):
    assert find_triggers(sentence) == []


def test_a_rally_called_by_a_union_and_a_celebration_police_broke_up_are_events():
    assert [t.rule for t in find_triggers("Students held a rally called by the union.")] == [
        "protest"
    ]
    text = "Crowds marched, celebrating the resignation, until police fired tear gas."
    assert find_triggers(text) != []


def test_the_setting_and_the_means_of_an_event_give_it_no_trigger():
    # "in a region where factions fight" and "gangs, which have fought for years" tell the
    # setting; "supported by artillery" the means of a battle: the killing is an attack,
    # the assault a battle, the retaking a retaking.
    text = (
        "Gunmen shot dead a farmer in the town on Sunday, in a region where armed factions "
        "are locked in a battle for control of the coca crops."
    )
    assert [t.rule for t in find_triggers(text)] == ["killing"]
    text = "A reporter was shot dead by gangs, which have fought for years over the port."
    assert "clash" not in {t.rule for t in find_triggers(text)}
    text = "Rebels attacked the outpost at dawn, supported by artillery, and clashed with troops."
    assert [t.rule for t in find_triggers(text)] == ["attack", "clash"]
    assert [t.rule for t in find_triggers("Troops backed by air strikes retook the town.")] == [
        "regain"
    ]
    # An event told after "where" of a place, not of a setting, still counts.
    text = "The army shelled the town, where rebels had clashed with troops on Monday."
    assert [t.rule for t in find_triggers(text)] == ["shelling", "clash"]


def test_people_seized_are_abducted_and_a_procession_taken_out_is_a_protest():
    text = "Soldiers seized 12 villagers on Monday and forced them to carry their loads."
    assert [t.sub_event_type for t in find_triggers(text)] == ["Abduction/forced disappearance"]
    # A town seized is territory, not captives.
    assert [t.rule for t in find_triggers("Rebels seized two towns on Monday.")] != ["abduction"]
    text = "Students took out a torchlight procession in the town on Monday evening."
    assert [t.sub_event_type for t in find_triggers(text)] == ["Peaceful protest"]


def test_a_deal_to_reopen_a_road_and_an_armed_group_s_camp_are_strategic_developments():
    text = "The two sides agreed to reopen the road linking the old town with the port."
    assert [t.sub_event_type for t in find_triggers(text)] == ["Agreement"]
    text = "Jihadist fighters established a camp in the bush near the river."
    assert [t.sub_event_type for t in find_triggers(text)] == ["Headquarters or base established"]
    # A crowd's camp is no base.
    assert "base" not in {t.rule for t in find_triggers("Protesters set up a camp in the square.")}


def test_a_people_s_arms_after_its_name_are_no_team():
    # "Russian KABs hit Kupiansk": a plural weapon after a demonym, not "the Houston Rockets".
    assert [t.rule for t in find_triggers("In Kharkiv region, Russian KABs hit Kupiansk.")] == [
        "air"
    ]
    assert find_triggers("In the final, the Houston Rockets beat the Lakers.") == []


def test_a_shooting_range_is_no_shooting():
    assert find_triggers("They will not turn the north into a shooting range, he said.") == []
    assert [t.rule for t in find_triggers("A shooting at a bar in Kano killed two.")] == ["attack"]


@pytest.mark.parametrize(
    "sentence",
    [
        # The setting the news comes in, to the end of its clause.
        "The talks come amid escalating rebel attacks on convoys and government air strikes.",
        # A group's record, in a relative clause.
        "The suspect was linked to militants who had carried out attacks on police posts.",
        # What was taken before, given back.
        "The governor urged residents to surrender looted weapons at police stations.",
    ],
)
def test_a_setting_a_record_and_a_return_of_the_taken_are_no_event(sentence):
    assert find_triggers(sentence) == []


def test_an_event_before_the_setting_is_still_one():
    found = find_triggers("Clashes erupted in the port amid escalating tension between factions.")
    assert [t.rule for t in found] == ["clash"]


@pytest.mark.parametrize(
    "sentence",
    [
        'Opposition leader calls "final" protest march on the capital for Nov. 24',
        "He called on his supporters to march on the capital and protest against the vote.",
        "Photographs showed the charred shells of vehicles outside the church.",
    ],
)
def test_a_protest_called_and_burned_out_shells_are_no_event(sentence):
    assert find_triggers(sentence) == []


def test_a_protest_held_despite_a_call_or_named_by_one_is_still_one():
    assert [
        t.rule for t in find_triggers("He urged supporters to stay home, but thousands marched.")
    ]
    found = find_triggers("Police fired tear gas at what organisers called a peaceful march.")
    assert "protest" in [t.rule for t in found]


def test_tanks_that_struck_a_post_shelled_it():
    found = find_triggers("Israeli tanks struck a Syrian army post near the border fence.")
    assert [t.rule for t in found] == ["shelling"]
    assert find_triggers("The army deployed tanks to the city.") == []


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # Partisans set on a protest: mob violence, not a calm protest.
        (
            "Ruling party activists armed with sticks attacked protesters in the town.",
            "Mob violence",
        ),
        # A crowd by its number, storming a police post.
        (
            "Hundreds of villagers stormed the police post, beating two officers to death.",
            "Mob violence",
        ),
        # Bangladesh's hand-made "cocktails" that went off.
        ("Several cocktails exploded near the party office on Sunday.", "Grenade"),
        # A drone as one more weapon of an assault on a police station.
        (
            "Militants attacked the police station for two hours and also used a quadcopter "
            "to drop explosives on it.",
            "Armed clash",
        ),
    ],
)
def test_who_used_force_and_with_what_types_the_event(text, sub_type):
    assert type_of_event(find_triggers(text), text)[1] == sub_type


def test_a_cocktail_served_is_no_bomb():
    assert find_triggers("Guests were served cocktails at the hotel bar.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # A government's note of protest, no crowd.
        "The foreign ministry lodged a strong protest with the ambassador on Monday.",
        # A denial whose subject runs long.
        "He denied that the party's local supporters had attacked anyone in the town.",
    ],
)
def test_a_note_of_protest_and_a_long_denial_are_no_event(sentence):
    assert find_triggers(sentence) == []


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "The Pakistan Air Force strikes TTP hideouts near the border, killing eight.",
            "Air/drone strike",
        ),
        (
            "Federal forces take the village of Serzhen-Yurt after days of fighting.",
            "Government regains territory",
        ),
        ("Masked men attacked demonstrators outside the town hall, injuring five.", "Mob violence"),
        (
            "Air defences destroyed 27 drones over the Belgorod region overnight.",
            "Disrupted weapons use",
        ),
    ],
)
def test_historic_present_verbs_and_interceptions_type_the_event(text, sub_type):
    assert type_of_event(find_triggers(text), text)[1] == sub_type


def test_taking_a_person_somewhere_takes_no_territory():
    assert find_triggers("They took Ahmed to the hospital in the town.") == []


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "Bomb experts safely detonated an improvised explosive device found near a school.",
            "Disrupted weapons use",
        ),
        (
            "A crowd beat two men accused of trying to kidnap a child and set them on fire.",
            "Mob violence",
        ),
        (
            "The UN mission withdrew from its camp in the town and handed it over to the army.",
            "Non-violent transfer of territory",
        ),
    ],
)
def test_what_a_note_tells_in_other_words_types_the_event(text, sub_type):
    assert type_of_event(find_triggers(text), text)[1] == sub_type


def test_a_government_s_habit_of_comment_tells_no_attack():
    text = (
        "There was no comment from Kyiv, which rarely comments on specific attacks inside Russia."
    )
    assert find_triggers(text) == []


def test_the_camp_of_fighters_killed_is_theirs_not_a_shelter():
    text = "The army said it had killed five separatist fighters in a raid on a camp near Ndu."
    assert type_of_attack(text)[:2] == ("Battles", "Armed clash")
    # A camp that shelters people is the civilians' still.
    text = "Gunmen attacked an IDP camp near Ndu, killing six; two gunmen were killed."
    assert type_of_attack(text)[0] == "Violence against civilians"


def test_a_march_past_is_a_parade_not_a_protest():
    text = "Pupils and soldiers took part in the Youth Day march past in Limbe on Saturday."
    assert "protest" not in [t.rule for t in find_triggers(text)]
    assert [t.rule for t in find_triggers("Hundreds of nurses march in Limbe.")] == ["protest"]


def test_the_actor_s_article_is_no_reference_back():
    # "the navy shelled": a new act, not "the shelling" just told.
    (shelled,) = find_triggers("On Tuesday, the navy shelled Kyauktaw, killing four.")
    assert not shelled.anaphoric
    (shelling,) = find_triggers("The shelling destroyed two houses.")
    assert shelling.anaphoric


def test_property_burned_told_passive_is_destruction():
    found = find_triggers("Nine vehicles were burned in Uruapan on Friday.")
    assert [t.sub_event_type for t in found] == ["Looting/property destruction"]


def test_what_targets_someone_without_force_is_no_attack():
    assert find_triggers("Legal proceedings targeted the former mayor in Agadez.") == []
    assert [t.rule for t in find_triggers("Gunmen targeted a police post in Agadez.")][-1] == (
        "attack"
    )


def test_no_evidence_of_an_act_is_no_act():
    text = (
        "Police found no evidence that the two men, who were from Puebla, had tried to "
        "kidnap anyone."
    )
    assert find_triggers(text) == []


def test_a_candidate_s_convoy_is_no_force():
    text = "Gunmen opened fire on her convoy in Coyuca, wounding the candidate."
    assert type_of_attack(text)[0] == "Violence against civilians"
    assert type_of_attack("Gunmen ambushed a convoy, killing two soldiers.")[0] == "Battles"


def test_a_road_blocked_by_landslides_is_no_protest():
    assert find_triggers("Landslides and fallen trees have blocked the Taunggok road.") == []
    assert [t.rule for t in find_triggers("Drivers blocked the Taunggok road on Monday.")] == [
        "protest"
    ]


def test_motorcyclists_who_open_fire_are_the_attackers():
    text = "Unidentified motorcyclists opened fire on a police constable, killing him."
    assert type_of_attack(text)[0] == "Battles"
    assert type_of_attack("Gunmen shot dead two motorcyclists.")[0] == (
        "Violence against civilians"
    )


def test_fighters_pushed_out_of_a_town_lose_it_to_who_pushed():
    text = "On Wednesday, the army pushed the fighters out of the town of Woldia."
    assert type_of_event(find_triggers(text), text)[1] == "Government regains territory"
    text = "Militiamen drove government troops out of Woldia on Tuesday."
    assert type_of_event(find_triggers(text), text)[1] == "Non-state actor overtakes territory"
    assert find_triggers("Police pushed the crowd out of the square.") == []


def test_a_killing_told_in_the_present_is_no_harm_at_the_march():
    text = (
        'Residents marched peacefully through Obo on Monday. "Each week someone is killed," '
        "said a marcher."
    )
    assert type_of_event(find_triggers(text), text)[1] == "Peaceful protest"


def test_a_police_release_s_exhibits_and_cartridges_are_no_blast_or_shelling() -> None:
    text = (
        "Exhibits recovered include one AK-47 rifle, one pump action gun, two unexploded "
        "improvised explosive devices and 31 rounds of ammunition."
    )
    assert {t.rule for t in find_triggers(text)} == {"weapons"}
    text = "Investigators recovered nine empty shells of cal. 45 pistol at the scene."
    assert not [t for t in find_triggers(text) if t.rule == "shelling"]
    text = "Soldiers found spent shells and shell casings near the body."
    assert not [t for t in find_triggers(text) if t.rule == "shelling"]
    # Shells that fell are shelling.
    assert [t.rule for t in find_triggers("Shells hit the market in Kherson.")] == ["shelling"]


def test_police_who_investigate_are_not_the_target() -> None:
    text = (
        "Police in Mthatha have launched a manhunt for gunmen who opened fire on patrons at "
        "a tavern, killing four."
    )
    assert type_of_attack(text)[:2] == ("Violence against civilians", "Attack")
    text = "Police found cartridges at the scene after a trader was shot dead."
    assert type_of_attack(text)[:2] == ("Violence against civilians", "Attack")
    text = "Gunmen opened fire on a police patrol in Mthatha, killing two officers."
    assert type_of_attack(text)[:2] == ("Battles", "Armed clash")


def test_bandits_invading_a_village_of_a_two_word_name_attack_its_people() -> None:
    (incident,) = Extractor().extract(
        Report(
            "t.txt",
            "Bandits invaded Unguwan Magaji village on Sunday night, killing two residents.",
        )
    )
    assert incident.sub_event_type == "Attack"


def test_a_fight_that_a_pursuit_set_off_is_an_event() -> None:
    text = "Troops chased the kidnappers, triggering a gunfight near Bardale in which six died."
    assert [t.rule for t in find_triggers(text)] == ["clash"]
    # What an event sparked among the public is no event of the sentence.
    assert find_triggers("The verdict was announced, sparking protests in the capital.") == []


def test_residents_who_tell_of_an_attack_are_not_its_target() -> None:
    text = (
        "Gunmen attacked Bure on Thursday, killing at least six members of the security "
        "forces, residents told AFP."
    )
    assert type_of_attack(text)[:2] == ("Battles", "Armed clash")
    text = "Gunmen shot dead three residents of Bure on Friday, witnesses said."
    assert type_of_attack(text)[:2] == ("Violence against civilians", "Attack")


def test_a_wanted_person_arrested_on_a_warrant_for_a_common_crime_is_no_event() -> None:
    text = "Police arrested the Top 3 Most Wanted Person of Tarlac on Friday."
    assert find_triggers(text) == []
    text = "The suspect was arrested by virtue of a warrant of arrest for robbery."
    assert find_triggers(text) == []
    # An armed group's member on a warrant is an arrest ACLED codes.
    text = "Soldiers arrested an NPA commander by virtue of a warrant of arrest."
    assert [t.rule for t in find_triggers(text)] == ["arrest"]


def test_a_walk_to_a_seat_of_power_with_a_demand_is_a_protest() -> None:
    text = "Some 300 traders walked to the Moroto district headquarters to demand compensation."
    assert [t.rule for t in find_triggers(text)] == ["protest"]
    assert find_triggers("The herders walked to the river with their cattle.") == []


def test_what_a_speaker_calls_the_event_is_no_new_event() -> None:
    assert find_triggers("This is not a tribal fight, this is murder of innocent people.") == []
    assert find_triggers("This was a massacre, a witness said.") == []


def test_an_operation_that_ended_with_arrests_is_an_arrest() -> None:
    text = "The operation in Esmeraldas ended with the arrest of nine suspected gang members."
    assert [t.rule for t in find_triggers(text)] == ["arrest"]
    text = "The search led to the arrest of two men in Durán."
    assert [t.rule for t in find_triggers(text)] == ["arrest"]


def test_habits_vows_denied_reports_and_refugees_accounts_are_no_events() -> None:
    for text in (
        "Kabul's west has been the scene of repeated ISKP attacks on Shia mosques.",
        "The rebels vowed to continue their attacks until the siege is lifted.",
        "The army denied reports alleging that militants had attacked Kolofata on Sunday.",
        "Refugees arriving in Adré continue to report killings in West Darfur.",
    ):
        assert find_triggers(text) == [], text


def test_a_private_security_guard_shot_dead_is_a_civilian() -> None:
    text = "A security guard at the mine was shot dead by gunmen in Porgera."
    assert type_of_attack(text)[:2] == ("Violence against civilians", "Attack")
    text = "Gunmen shot dead two guards at the army checkpoint."
    assert type_of_attack(text)[:2] == ("Battles", "Armed clash")


def test_an_army_s_words_for_a_fight_are_a_clash() -> None:
    # Press releases of armies: an encounter, a repelled incursion, fighters neutralised
    # or "put out of action", told by the side that won.
    for text in (
        "Troops of the 9th Battalion encountered about 15 NPA rebels near Maasin on Monday.",
        "Soldiers dealt decisively with scores of bandits in their failed incursion into Gusau.",
        "Troops neutralised three insurgents and seized two rifles near Gwoza on Friday.",
        "Joint forces yesterday put out of action four ADF fighters near Eringeti.",
    ):
        assert type_of_event(find_triggers(text), text)[:2] == ("Battles", "Armed clash"), text


def test_words_that_only_look_like_an_army_s_fight_are_none() -> None:
    for text in (
        "The relief convoy encountered long delays at the border crossing near Maasin.",
        "The minister spoke to reporters in an ambush interview in Zamboanga on Monday.",
        "Talks ended because of the rebels' continued attacks against government troops.",
        "The two provinces remain tense, with attacks happening almost daily near the border.",
    ):
        assert find_triggers(text) == [], text


def test_whom_a_victim_was_said_to_spy_for_is_not_the_target() -> None:
    text = "A farmer was killed in Sinak after gunmen accused him of spying for the police."
    assert type_of_attack(text)[:2] == ("Violence against civilians", "Attack")


def test_rallies_announced_or_asked_leave_for_are_no_events() -> None:
    for text in (
        "The party has announced to hold rallies every Friday in Lahore.",
        "The court told the city to decide the party's request for a rally on Sunday.",
        "Leaders applied for a no objection certificate (NOC) for rallies in Multan.",
    ):
        assert find_triggers(text) == [], text


def test_an_offensive_meant_to_come_is_no_event() -> None:
    for text in (
        "The general told reporters in Pemba that they would soon launch an offensive.",
        "What we plan is how we can begin an offensive attack with our allies, he said.",
    ):
        assert find_triggers(text) == [], text


def test_a_group_s_habits_and_a_town_s_past_are_no_events() -> None:
    for text in (
        "The group mostly carries out attacks from Tal Abyad, officials say.",
        "The rebels often hide in the hills to plot cross-border raids into Uganda.",
        "Dhusamareb, which the army recently liberated from al-Shabaab, was calm.",
    ):
        assert find_triggers(text) == [], text
    # A present perfect tells news.
    text = "Army forces have recently seized 12 villages from the militants in Idlib."
    assert find_triggers(text) != []


def test_worrying_reports_of_a_bombardment_are_no_event() -> None:
    text = "There are worrying reports of heavy aerial bombardment on villages near Ariha."
    assert find_triggers(text) == []


def test_protests_a_deal_would_end_and_a_right_to_protest_are_no_events() -> None:
    for text in (
        "Leaders signed a deal that would end cost-of-living protests across the country.",
        "The committee accused the government of refusing guarantees to peaceful protest.",
    ):
        assert find_triggers(text) == [], text


def test_a_force_s_cordon_is_no_protest_and_an_attack_foiled_at_a_camp_is_a_battle() -> None:
    text = "Army troops have blocked roads linking the three townships since Monday."
    assert [t.rule for t in find_triggers(text)] == []
    assert [t.rule for t in find_triggers("Farmers blocked the main road near the town.")] == [
        "protest"
    ]
    incidents = Extractor().extract(
        Report(
            "t.txt",
            "The army said it had foiled an attack on a military camp in Gao on Monday.",
            report_date=date(2025, 6, 3),
        )
    )
    assert [(i.location, i.event_type) for i in incidents] == [("Gao", "Battles")]
    # A plot foiled before it struck is none.
    incidents = Extractor().extract(
        Report("t.txt", "Police foiled a plot to attack a church in Gao.", report_date=None)
    )
    assert incidents == []


def test_police_there_said_is_who_told_it_not_whom_it_hit() -> None:
    text = "Ahmad Yusof, 40, was shot dead in Bannang Sata on Friday, police there said."
    assert type_of_attack(text)[0] == "Violence against civilians"


def test_a_given_name_that_spells_a_weapon_is_no_trigger() -> None:
    assert find_triggers("The dead were identified as Rocket Sen and Joy Sen.") == []
    assert [t.rule for t in find_triggers("A rocket hit the market in Kherson.")] == ["shelling"]


def test_the_invader_s_attack_on_a_town_is_shelling() -> None:
    incidents = Extractor().extract(
        Report(
            "t.txt",
            "Russian attacks killed three people in Kupiansk over the past day.",
            report_date=date(2024, 10, 14),
        )
    )
    assert [i.sub_event_type for i in incidents] == ["Shelling/artillery/missile attack"]
    # Its troops shooting villagers are an attack on civilians.
    incidents = Extractor().extract(
        Report(
            "t.txt",
            "Russian troops attacked the village of Yahidne and shot dead two men.",
            report_date=date(2022, 3, 14),
        )
    )
    assert [i.event_type for i in incidents] == ["Violence against civilians"]


def test_a_police_station_s_name_makes_no_clash_a_riot() -> None:
    text = (
        "Two activists of the front were killed in a gunfight with the army on Tuesday. "
        "Their bodies were kept at the Naniarchar Police Station."
    )
    assert type_of_event(find_triggers(text), text)[0] == "Battles"
    text = "Activists clashed with police outside the parliament."
    assert type_of_event(find_triggers(text), text)[0] == "Riots"


def test_prison_terms_received_for_a_murder_are_no_event() -> None:
    text = "Two gang leaders have received prison terms of 30 years for orchestrating the murder."
    assert find_triggers(text) == []
    assert find_triggers("Gunmen killed a prison guard in Guayaquil.") != []
    # A trial's account of the act.
    for text in (
        "Prosecutors argued that Ruiz, known as The Ghost, ordered the assassination.",
        "One witness testified that the gang was paid for the killing of the mayor.",
    ):
        assert find_triggers(text) == [], text


def test_a_country_vulnerable_to_attacks_tells_none() -> None:
    text = "Its neighbours' wars make the north vulnerable to cross-border attacks."
    assert find_triggers(text) == []


def test_a_conviction_over_kidnappings_and_a_force_to_ward_off_attacks_tell_none() -> None:
    for text in (
        "A court on Tuesday convicted five former rebel commanders over the kidnappings of "
        "thousands of people.",
        "The minister said the army was equipped to guard the border and to ward off any attacks.",
    ):
        assert find_triggers(text) == [], text


def test_a_law_s_punishment_for_attacks_tells_none() -> None:
    text = "The verdicts cite the anti-terrorism law, which mandates the death penalty for attacks."
    assert find_triggers(text) == []


def test_a_denial_of_armed_clashes_and_a_year_of_clashes_tell_none() -> None:
    for text in (
        "No armed clashes were reported in the district over the past day.",
        "No major attacks took place in the capital during the vote.",
        "The truce was meant to end over a year of cross-border clashes.",
        "Rescuers counted the dead after a week of bloody clashes in the hills.",
    ):
        assert find_triggers(text) == [], text
    # A denial of other attacks leaves the one told.
    assert find_triggers("Gunmen killed two men on Monday; no other attacks were reported.")


def test_an_office_agreed_on_is_no_agreement_and_a_road_reopened_is() -> None:
    text = "It was agreed to open a registration office in the town hall on Sunday."
    assert [t.rule for t in find_triggers(text)] == []
    text = "The two sides agreed to reopen the main road linking the port with the city."
    assert [t.sub_event_type for t in find_triggers(text)] == ["Agreement"]


def test_suicide_bombers_stopped_are_no_bombing() -> None:
    for text in (
        "Soldiers shot dead two would-be suicide bombers at a checkpoint outside the town.",
        "The army announced the killing of six militants, including two suicide bombers.",
        "Two suicide bombers were arrested at the gate of the market.",
    ):
        assert "suicide" not in [t.rule for t in find_triggers(text)], text
    text = "Soldiers shot dead two would-be suicide bombers at a checkpoint outside the town."
    assert type_of_event(find_triggers(text), text)[:2] == ("Battles", "Armed clash")
    # A bomber who blew himself up still did.
    text = "A suicide bomber blew himself up at the market after troops shot at him."
    assert "suicide" in [t.rule for t in find_triggers(text)]


def test_violent_confrontations_are_a_clash_and_a_revenge_s_killing_is_its_grievance() -> None:
    text = "Violent confrontations broke out between two armed factions on Friday."
    assert [t.sub_event_type for t in find_triggers(text)] == ["Armed clash"]
    for text in (
        "Troops shelled the village, for avenging the assassination of their leader.",
        "The clashes erupted in response to the earlier assassination of a commander.",
    ):
        rules = [t.rule for t in find_triggers(text)]
        assert rules and "massacre" not in rules, text


def test_a_law_s_scope_and_a_place_s_reputation_tell_none() -> None:
    for text in (
        "He was charged with violating the law on assembly and demonstrations.",
        "The government vowed to rebuild the district that has long been at the center of "
        "rebel attacks.",
    ):
        assert find_triggers(text) == [], text


def test_habits_aims_and_a_region_s_lot_tell_none() -> None:
    for text in (
        "Government troops are being constantly attacked in the north.",
        "The army will deploy more troops to the region to put a stop to cattle raids.",
        "The group has long used improvised explosive devices to target patrols.",
    ):
        assert find_triggers(text) == [], text
    text = "The protests were marked by burning roadblocks and sometimes violent clashes."
    assert "clash" not in [t.rule for t in find_triggers(text)]


def test_attacks_to_prevent_a_protest_threatened_and_cartridges_tell_none() -> None:
    for text in (
        "Both sides agreed on the need to prevent new attacks on the power plants.",
        "The former militants threatened to go on a protest if their stipends are not paid.",
        "Investigators found more than 60 shells from two submachine guns at the scene.",
    ):
        assert find_triggers(text) == [], text
