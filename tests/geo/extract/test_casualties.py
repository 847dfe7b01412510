"""Casualty counts: one sentence (groups, verbs, ranges, attackers, claims, zero) and
the sentences of one event (restatements, additions, updates)."""

from __future__ import annotations

import re
import time

import pytest

import geo.extract.casualties as casualties_module
from geo.extract.casualties import Casualties, combine_casualties, count_casualties, to_number


@pytest.mark.parametrize(
    ("sentence", "fatalities", "injured"),
    [
        # A count right before a participle and a comma: "3 killed, 5 wounded", in order.
        ("Three killed, five wounded in blast.", 3, 5),
        ("Casualties: 4 killed, 9 injured.", 4, 9),
        # One man's wound, in the singular.
        ("One ranger sustained a bullet injury in the gunfight.", None, 1),
        ("Two gunmen killed three people.", 3, None),
        # An infobox's fields, each its own sentence.
        ("Deaths: 15 (+5 attackers).", 20, None),
        ("Injured: 130+.", None, 130),
        # A possessive between the verb and its count.
        ("Gunmen killed his two sons at their farm.", 2, None),
        # Attackers who died with their victims (ACLED counts them).
        ("A bomb killed at least 9 people and the bomber.", 10, None),
        ("Two suicide bombers struck a market, killing 9 people and themselves.", 11, None),
        ("Police fired tear gas, resulting in injuries to at least 12 people.", None, 12),
        # Attackers who die after their victims (ACLED counts them).
        ("A car bomb killed 4 soldiers and a woman; the attacker also died.", 6, None),
        ("Two gunmen killed 7 people at a station before being shot dead by a guard.", 9, None),
        ("The gunman was killed.", 1, None),
        ("Fighters killed two dozen villagers at the market.", 24, None),
        # Peoples, cadres and workers counted by their names.
        ("Gunmen killed 3 Spaniards and 3 Afghans at the bazaar.", 6, None),
        ("Five Maoists and two jawans were killed in the encounter.", 7, None),
        ("Six labourers were shot dead at the site.", 6, None),
        # A count revised in the same sentence: the revision, not the sum.
        ("At least 51 people were killed and 271 hurt (later updated to 58 dead).", 58, 271),
        ("Missiles hit the port, killing 41 people; the toll was later raised to 51.", 51, None),
        ("Shells hit the town, killing 14 people (21 according to later reports).", 21, None),
        ("The death toll rose from 14 to 21 by the evening.", 21, None),
        # Part of a count given before.
        ("Rebels killed 20 villagers; 15 of the bodies were found in one house.", 20, None),
        # A list of groups, commas and all, shares its verb.
        ("4 soldiers, 2 vigilantes and 9 insurgents were killed.", 15, None),
        ("Two policemen, three civilians and a child were wounded.", None, 6),
        ("Of the 10 passengers, 3 were killed.", 3, None),
        # An official and the one with them.
        ("A roadside bomb killed a district commissioner and his bodyguard.", 2, None),
        ("The blast killed a commissioner and his two aides.", 3, None),
        # Hundreds of an unknown size are no hundred.
        ("Several hundred people were killed in the raids.", None, None),
        # South Asian and Arab English for the dead, and their ranks.
        ("Four policemen were martyred and two injured when gunmen struck a post.", 4, 2),
        ("A sepoy and three jawans embraced martyrdom in the shelling.", 4, None),
        ("Two constables laid down their lives while repulsing the raid.", 2, None),
        ("Five Levies personnel attained martyrdom in the blast.", 5, None),
        # A timeline's present tense.
        ("Gunmen shoot dead a journalist in Peshawar.", 1, None),
        ("Militants shoot dead two teachers at a school.", 2, None),
        # A family counts its members, counted from its article on.
        ("An airstrike on a house killed a family of seven.", 7, None),
        ("The shell killed a whole family of five and injured two neighbours.", 5, 2),
        ("A family of four was killed when a shell hit their home.", 4, None),
        # Groups in one sentence add up; a subset is not added again.
        ("A mortar round killed one guard and four farmers at the market.", 5, None),
        ("One officer and four villagers were killed in the raid.", 5, None),
        ("The drone killed two herders and wounded five others.", 2, 5),
        ("Gunmen fired on a bus, killing one and wounding two.", 1, 2),
        ("The blast killed at least 9 people, including 3 pupils, and injured 20 more.", 9, 20),
        ("Eleven people were killed, including 4 children.", 11, None),
        # An aside whose closing comma is missing still stands between count and verb.
        ("A medic said 14 people, including 9 guards were also hurt in the raid.", None, 14),
        ("Troops killed at least 26 marchers and injured more than 70 others.", 26, 70),
        ("Four people were killed and 12 wounded in the strike.", 4, 12),
        ("The ambush left six dead.", 6, None),
        # A passive verb takes no object: the count after its comma has a verb of its own.
        ("Twelve guards are killed, one is badly injured and two are missing.", 12, 1),
        ("A raid by IS kills more than 20 people at a market.", 20, None),
        # One person by name and role, and "another" after the apposition: two.
        ("Troops killed Omar Farid Hassan, a rebel commander, and another fighter.", 2, None),
        ("Troops killed Omar Farid Hassan, a senior rebel commander, in a raid.", 1, None),
        # The victim inside "beat ... to death": by count, by article, by name.
        ("Guards beat two prisoners to death.", 2, None),
        ("Guards beat the prisoner to death.", 1, None),
        ("Officers beat 19-year old Sara Karimi to death.", 1, None),
        # An updated toll far from its word.
        (
            "The death toll from the bombing of a crowded bus station on the main road in "
            "the northeastern town of Mubi in Adamawa state rose to 31 on Friday.",
            31,
            None,
        ),
        # One person by name and what they were.
        ("Gunmen shot dead Hassan Ali, a local elder, near the well.", 1, None),
        # More kinds of people a note counts.
        ("Police raided a hideout; 5 suspected traffickers were killed.", 5, None),
        ("7 bandits and 2 vigilantes were killed.", 9, None),
        ("Gunmen ambushed the convoy, killing four of his bodyguards.", 4, None),
        # Relatives listed after the first victim are counted with them.
        ("Gunmen killed a farmer and his two sons.", 3, None),
        ("Gunmen killed a village head and his wife.", 2, None),
        ("Gunmen killed a soldier and his wife.", 2, None),
        # An outcome word ends a count: ten wounded, not ten policemen.
        ("Nine people were killed and 10 wounded when police arrived.", 9, 10),
        # Tolls told as "the number of people killed".
        ("The number of people killed in the market strike rose to 23.", 23, None),
        ("The number of dead climbed to 15 on Sunday.", 15, None),
        # A count for each side is both sides' dead.
        ("Rival militias clashed; 3 fatalities were reported on each side.", 6, None),
        # Injuries counted as a noun, as event notes write them; one person's wounds are not.
        ("A drone hit the market, resulting in 7 fatalities and 15 injuries.", 7, 15),
        ("The shelling caused 12 injuries among residents.", None, 12),
        ("The team, left with seven players due to injuries, won.", None, None),
        ("The guard suffered 3 gunshot injuries.", None, None),
        # A span of time counts no one; the bodies of a partitive count are dead.
        ("The firefight lasted about 30 minutes before the militants withdrew.", None, None),
        ("The rebels fled, leaving behind the bodies of three of their comrades.", 3, None),
        ("Five dozos were killed in the ambush.", 5, None),
        # One attacker, as the subject of the death.
        ("The bomber also died in the blast.", 1, None),
        ("A suicide bomber killed six soldiers, and the bomber also died.", 7, None),
        ("Three soldiers paid the supreme price in the ambush.", 3, None),
        ("The raid claimed the life of one farmer.", 1, None),
        # Kin named with an age; kin among those counted.
        ("A 70-year-old man and his 41-year-old son were killed by the shell.", 2, None),
        ("Bandits killed six persons, including a man and his two daughters.", 6, None),
        # "Two more … bringing the number of injured to nine": the new total.
        ("Two more residents were hurt, bringing the number of injured to nine.", None, 9),
        ("Two soldiers and three rebels died; there were losses on both sides.", 5, None),
        # "An unknown number" is no count, not one.
        ("Nine soldiers died; an unknown number of rebels were also killed.", 9, None),
        # Mob killings.
        ("A mob beat to death a factory manager accused of theft.", 1, None),
        ("A mob lynched a suspected thief near the market.", 1, None),
        ("Villagers burned alive two suspected robbers.", 2, None),
        # An event database's shorthand for a force's members.
        ("JNIM attacked a post in Arbinda. 9 VDP and 3 soldiers were killed.", 12, None),
        ("5 FAMa and 8 JNIM were killed.", 13, None),
        ("The army destroyed 3 RSF bases near Bara.", None, None),
        # The people who tell the toll are not among its victims.
        ("Bandits shot two guards and wounded five, a police spokesman said.", None, 5),
        ("Four soldiers were killed, two local officials told reporters.", 4, None),
        # An updated toll holds the dead the sentence adds.
        ("Three more bodies were found, bringing the death toll to 15.", 15, None),
        ("The toll reached 30 after four more died in hospital.", 30, None),
        # One person by a word for one, as the object of an active verb.
        ("The gunmen killed the driver and seized the truck.", 1, None),
        ("Fighters shot dead the village chief.", 1, None),
        ("Troops killed the soldiers who deserted.", None, None),
        ("The man killed the woman and himself.", 2, None),
        # Other killings by hand, the victims inside the verb's words or after them.
        ("The attacker stabbed two shoppers to death in the mall.", 2, None),
        ("Raiders hacked 14 farmers to death at dawn.", 14, None),
        ("A mob stoned a thief to death on Friday.", 1, None),
        ("Fighters hacked to death nine herders near the river.", 9, None),
        ("Gunmen mowed down 11 worshippers at the shrine.", 11, None),
        ("A crowd beat and burned to death two suspected cattle thieves.", 2, None),
        ("Four traders were clubbed and burnt to death by a mob.", 4, None),
        # Those who share a passive verb's fate "along with" its subject are its dead too.
        ("Two guards were killed, along with all four raiders, and 9 others were hurt.", 6, 9),
        ("The chief was shot dead together with three of his sons.", 4, None),
        ("Six pilgrims were killed along with the suicide bomber.", 7, None),
        # One attacker among the subjects: "two guards and the gunman were killed".
        ("Two guards and the gunman were killed at the gate.", 3, None),
        # An event database's "no reported casualties" is none of either.
        ("Gunmen burned a school in Gao. There were no reported casualties.", 0, 0),
        ("Rebels torched a clinic; no one was killed or injured.", 0, 0),
        ("The mayor, who was shot on Friday, has died in hospital.", 1, None),
        ("Police said no one has died in the riot.", 0, None),
        # A party's name and its initials in brackets between the count and the noun.
        ("Nine Communist Party of India-Maoist (CPI-Maoist) cadres were killed.", 9, None),
        # A relative clause's passive keeps the count its subject.
        ("Police said four men who were wounded in the raid were flown to Kano.", None, 4),
        ("Police said five traders who sustained injuries were rushed to hospital.", None, 5),
        ("Two bandits who killed four herders were arrested.", 4, None),
        # A body's proper name between two counts of one verb.
        ("Two scouts of the Kebbi State Forest Guards Corps and a trader were shot dead.", 3, None),
        ("Three operatives and a driver were killed.", 4, None),
        # Hit by a bullet is hurt, when a person is hit.
        ("A girl was hit by a stray bullet and two men were hit in the leg.", None, 3),
        ("The lorry was hit by gunfire on the bridge.", None, None),
        # An acronym inside the group's noun; an aside of who they were.
        ("Four Rapid Action Battalion (RAB) members were killed when rebels attacked.", 4, None),
        ("At least 80 people, many of them women, were killed in the raid.", 80, None),
        # An earlier or a rival figure for the same dead, and a toll of many events.
        ("At least 43 people were killed, up from a toll of 21 given on Sunday.", 43, None),
        ("Officials, who had given a toll of 9 dead, said 15 people were killed.", 15, None),
        ("The blast killed 18, police said; residents put the toll at 30.", 18, None),
        ("The bombing killed 9 people, bringing this month's toll to 60.", 9, None),
        # A killing someone is accused of, a disaster recalled: no deaths of this event.
        ("A mob lynched a man accused of killing a boy.", 1, None),
        ("The attack came a week after floods in the north killed 300 people.", None, None),
        ("Raiders killed Chief Obi and two guards at the palace.", 3, None),
        # Defendants are no dead: "sentenced 10 officers for the killing of 120 civilians".
        ("A court sentenced 10 officers for the killing of 120 civilians.", None, None),
        ("Police charged three men over the murder of a farmer.", None, None),
        # "of a group" is the group, no one more.
        ("Nine members of a vigilante group were killed.", 9, None),
        ("Eleven members of a local militia and a soldier were killed.", 12, None),
        # Who the dead were, after a comma; whom a crowd mourns.
        ("Eleven people, six of them children, were killed in the strike.", 11, None),
        (
            "Jets struck the town, killing 10 civilians, among them two girls and two women.",
            10,
            None,
        ),
        ("Shops shut in a strike in mourning for the 14 people killed in the raid.", None, None),
        # The toll of what happened days before, to the end of its clause.
        ("Traders marched, two days after bandits killed 6 herders nearby.", None, None),
        ("Two days after the raid, the toll rose to 30.", 30, None),
        # With a place of its own, the earlier event is told with its toll.
        ("The blast came two days after bombs killed six policemen in Giza.", 6, None),
        # A group's names and an agent's acronym are no place of the earlier event's own.
        (
            "Two bodies were found on Sunday, a day after 9 suspected Lendu fighters were "
            "killed during an encounter with the FARDC.",
            2,
            None,
        ),
        # Short forms: "approx.", a rank written short.
        ("Gunmen killed approx. 12 villagers near the well.", 12, None),
        ("Gunmen shot dead Lt. Col. Ahmed Musa at the gate.", 1, None),
        # One victim named without a count, then "other" people or a relative: all of them.
        ("Raiders killed the headman and four other villagers.", 5, None),
        ("Fighters shot dead Colonel Ivo Marsh and two other officers.", 3, None),
        ("Gunmen killed the imam and his brother after prayers.", 2, None),
        ("The teacher and three others were killed in the blast.", 4, None),
        ("Bandits killed a farmer and two other people.", 3, None),
        ("He was killed in the market and two other men were wounded.", 1, 2),
        # "Their driver" is one more person, as "his wife" is.
        ("A mine hit the truck, killing six guards and their civilian driver.", 7, None),
        ("The bombing claimed the lives of 14 shoppers.", 14, None),
        ("The raid claimed nine lives.", 9, None),
        ("Nine bodies were found near the river.", 9, None),
        ("Ana Ruiz, a teacher, was reported shot to death in her home.", 1, None),
        ("Nineteen-year-old student Ana Ruiz was hit in the neck and died.", 1, None),
        # A bare verb after "to" is an aim, not a toll.
        ("More troops were sent in to neutralise two militants in the house.", None, None),
        ("Gunmen tried to kill two guards but fled; one guard was hurt.", None, 1),
        # The toll of the events this one came after is theirs.
        ("The blast followed raids last weekend that killed nine people.", None, None),
        # Officials are people: "a security secretary and 12 officers" are 13.
        ("A local security secretary and 12 police officers were shot dead.", 13, None),
        ("A provincial governor was killed by a roadside bomb.", 1, None),
        # A force counts its own dead; land, control and homes lost are no one.
        ("The army said it lost 12 men and two vehicles.", 12, None),
        ("The rebels lost control of three villages.", None, None),
        ("Residents lost 40 homes in the fire.", None, None),
        ("The clashes resulted in at least 12 deaths.", 12, None),
        # Attackers count.
        ("Six gunmen were killed in the exchange of fire.", 6, None),
        ("About 20 insurgents were neutralized by the army.", 20, None),
        ("The bomber blew himself up at the gate.", 1, None),
        # Table style, ranges and qualifiers.
        ("Dead: 17 (+3 perpetrators); injured: 44.", 20, 44),
        ("Dead: 5; injured: unknown.", 5, None),
        # Part of the count named in an aside; a victim by title and name; a lone
        # attacker killed after his victims; a group's toll over its years.
        ("Seven civilians, a child and two women among the dead, were killed.", 7, None),
        ("Gunmen shot dead Sheikh Abdulrahman al-Subaihi on Saturday.", 1, None),
        ("A gunman killed a guard at the post before being killed by return fire.", 2, None),
        ("The group has been responsible for the deaths of more than 40,000 people.", None, None),
        # What a crowd demands answers for is not its own toll.
        ("Thousands marched to demand justice for a collapse that killed 15 people.", None, None),
        ("Crowds demanded accountability for the deaths of 15 people.", None, None),
        # A couple is two; a toll a year back is another event's.
        ("Gunmen killed a couple and their baby in the town.", 3, None),
        (
            "Gunmen killed 36 persons in Bokkos on Sunday, more than a year after attacks "
            "on Christmas Eve left nearly 200 dead.",
            36,
            None,
        ),
        # A figure that the news replaces, and a rival one after the count: not more dead.
        ("Earlier reports had put the number of dead militants at five.", None, None),
        ("Gunmen killed eleven villagers; a source spoke of about a dozen dead.", 11, None),
        ("Gunmen raided the village; a source spoke of 12 dead.", 12, None),
        # An event database's note: the coder's count, and a singular one.
        ("Fatalities coded as 37, including the attacker.", 37, None),
        ("1 fatality.", 1, None),
        ("Rebels killed 4–6 people in the village.", 4, None),
        ("Between 30 and 50 people died in the fighting.", 30, None),
        ("Nearly 40 people were wounded.", None, 40),
        ("Two or three soldiers were killed.", 2, None),
        # Vague amounts stay unknown.
        ("Dozens of people were wounded.", None, None),
        ("Several soldiers were killed.", None, None),
        # Singular persons and pronouns.
        ("The mayor was shot dead outside his house.", 1, None),
        ("A drone hit the car of a farmer, killing him, his wife and two of his sons.", 4, None),
        ("A 30-year-old man was killed by a sniper.", 1, None),
        # The words of South Asia's security copy for the armed.
        ("Two ultras were killed and a jawan was injured.", 2, 1),
        ("Troops shot dead three infiltrators on the ridge.", 3, None),
        # The war's toll that a strike's brings up is not the strike's.
        (
            "Strikes killed 12 people in the camp, bringing the death toll since October to "
            "41,200.",
            12,
            None,
        ),
        ("Three more bodies were found, raising the death toll to six.", 6, None),
        (
            "A missile killed six, bringing the toll since October to 30,410, with 71,700 wounded.",
            6,
            None,
        ),
        ("A drone targeted a motorcycle on the road, killing its rider.", 1, None),
        # One of the hurt who died is dead, and no longer hurt.
        ("An injured policeman died in hospital on Monday.", 1, None),
        ("Two wounded soldiers died later.", 2, None),
        # Ages are no counts, however written.
        ("A woman was killed; two men aged 48 and 71 were injured.", 1, 2),
        ("Three children, aged 5, 8 and 10, were hurt by the shell.", None, 3),
        ("A man aged 45 was killed by shelling.", 1, None),
        ("Two farmers, Ali Bello, 41, and Musa Sani, 37, were shot dead by raiders.", 2, None),
        # The francophone press's results and soldiers' deaths, in translation.
        ("The riposte made it possible to neutralise 27 terrorists.", 27, None),
        ("One gendarme fell with arms in hand and three others were wounded.", 1, 3),
        ("Two soldiers fell in action near the border.", 2, None),
        ("Three VDP lost their lives and two FDS were wounded.", 3, 2),
        ("Two IEDs were found on the road.", None, None),
        # Pakistan's military press: its words for attackers and for the dead.
        ("Eight khwarij were sent to hell by the security forces.", 8, None),
        ("Two soldiers embraced shahadat in the exchange of fire.", 2, None),
        # A pronoun and the one with him; a village's headman by his title.
        ("Gunmen opened fire on a man, injuring him and his companion.", None, 2),
        ("Gunmen assassinated the mukhtar of the village on Monday.", 1, None),
        # One or two people by name alone, the verb's object; a group or a place's people
        # go on into a noun.
        ("Junta troops killed Ko Kyaw Kyaw in Pauk Township on Monday.", 1, None),
        ("Gunmen shot dead Abdi Hassan and Ali Farah near Afgooye.", 2, None),
        ("Shelling killed Kyiv residents and Red Cross staff.", None, None),
        # Named in apposition, with "and" between the names, after an opening word.
        ("Sadly, two herders, Ali Bello and Musa Sani, were killed by raiders.", 2, None),
        ("Regrettably, two farmers, Ali Bello, 41, and Musa Sani, 37, were shot dead.", 2, None),
        ("Yesterday, three guards, identified as Ali Bello and Musa Sani, were hurt.", None, 3),
        # A count with a verb of its own is no further object of the verb before it.
        ("The blast killed six people and 15 others were wounded.", 6, 15),
        ("Rescuers recovered the bodies of six people and 15 wounded were taken away.", 6, 15),
        ("The attack killed 3 soldiers and 2 policemen and wounded 4.", 5, 4),
        ("No life was lost in the attack.", 0, None),
        # Foreign instructors and advisers are people counted.
        ("Four soldiers and two Russian instructors were killed.", 6, None),
        # "A fourth … has died": the toll is now four.
        ("A fourth Palestinian has died of wounds sustained in the raid.", 4, None),
        ("He died on the second day of the siege.", None, None),
        # "all" before a count qualifies it, and joins it to the group before.
        ("1 FC soldier and all 5 attackers were killed.", 6, None),
        ("Militants killed 2 health workers and a soldier before troops killed all 3.", 6, None),
        # A period's running total is no toll of the event told with it.
        ("The clash brings to 14 the number of militants killed this year, he said.", None, None),
        ("Two more bodies were found, bringing the death toll to 11.", 11, None),
        # A habit is no toll.
        ('"Our relatives are killed every week," a protester said.', None, None),
        ("Two died on the way to hospital, where seven others are receiving treatment.", 2, 7),
        # A group denied the harm, in a force's words: zero, not the one the noun counts.
        ("No security personnel was injured in the encounter.", None, 0),
        ("None of the soldiers were hurt.", None, 0),
        ("Three militants were killed and no soldier was injured.", 3, 0),
        ("Five civilians were wounded, but no soldier was hurt.", None, 5),
        ("No one knows how many were killed.", None, None),
        # Counts set off by commas that add up to the count before them say who they were.
        ("Two other residents, a man and a woman, were injured.", None, 2),
        ("Three people, two soldiers and a civilian, were killed.", 3, None),
        ("Two soldiers, a policeman and a civilian were killed.", 4, None),
        # The injured updated as the dead are.
        ("The number of injured has risen to 20, officials said.", None, 20),
        ("The number of dead has risen to 9 and the number of wounded to 20.", 9, 20),
        ("A large number of injured people were taken to hospital.", None, None),
        # Police copy writes the count twice: "two (2) villagers".
        ("Three (3) herders were shot dead and one (1) injured.", 3, 1),
        # Explicit zero, and a count that overrides it for the other kind.
        ("No one was hurt in the blast.", 0, 0),
        # No one hurt says no one died (ACLED's 0), unless a death is told beside it.
        ("Nobody was injured.", 0, 0),
        ("Two guards died; no one else was injured.", 2, 0),
        ("Two guards were wounded but no one was killed.", 0, 2),
        ("The rocket landed in a field with no casualties.", 0, 0),
        ("There is no report of any injury or casualty in the two incidents.", 0, 0),
        # Numbers that count no one.
        ("The army deployed 5,000 troops in 2020.", None, None),
        ("On March 12, three workers were killed.", 3, None),
        ("The bomb went off at 9.30 am, killing two.", 2, None),
        ("134 families have been evacuated from the area.", None, None),
        ("More than 900 people have been arrested since the rally.", None, None),
        ("A deminer stepped on a mine near the road and lost a leg.", None, 1),
        ("Three men were in the car when it hit a mine; one was killed.", 1, None),
        ("The exact number of casualties has not been disclosed.", None, None),
        # Families and the people with them, each counted once.
        ("Raiders shot dead four members of one household and a neighbour at dawn.", 5, None),
        ("Gunmen murdered two members of a family and a guest at a wedding.", 3, None),
        ("A police sergeant and his daughter were shot dead outside their home.", 2, None),
        ("Militants ambushed and killed a police inspector and his driver.", 2, None),
        ("Bandits killed a ward head and his three wives in their compound.", 4, None),
        ("A rebel commander and two of his guards died in the raid.", 3, None),
        ("The mob killed the traders and their two porters.", None, None),
        ("Five died at the scene, while two succumbed in hospital.", 7, None),
        ("Rockets hit the depot without leaving any victims.", 0, 0),
        (
            "A grenade wounded three guards in Jolo on Friday, two months after a blast in "
            "Patikul injured five.",
            None,
            3,
        ),
        ("Marines repelled the raid, leaving three aggressors dead.", 3, None),
        ("Fishermen pulled the body of a young woman from the lake.", 1, None),
        # Who was among them, one by one, is part of the count.
        ("Nine people, including a magistrate and three guards, died in the blast.", 9, None),
        # Measures and populations count no one.
        ("Raiders hit a bus 20 km north of Yei, killing the driver.", 1, None),
        ("Gunmen killed four men in Leon, a city of about 1.7 million people.", 4, None),
        ("The port, home to 300,000 residents, was shelled on Monday.", None, None),
        # People named with their rank or trade, the subject of a death told without a
        # count: one each.
        (
            "Havildar Karim Shah, 41, resident of Chakwal, and Sepoy Noor Ali, resident of "
            "Swat, embraced shahadat.",
            2,
            None,
        ),
        ("Reporter Lucia Mendes died of her wounds on Tuesday.", 1, None),
        ("The minister said Sepoy Noor Ali died.", None, None),
        # The monitors' "the injury of", and a person by trade alone.
        ("Shelling killed a child and caused the injury of two others.", 1, 2),
        ("A drone hit a bulldozer, injuring its operator.", None, 1),
        # Event notes drop the article; a place or time after the verb names no one.
        ("Gunmen 3 March shot dead traditional ruler in Kumbo town.", 1, None),
        ("US strike 2 March killed senior commander and aide in Jurf area.", 2, None),
        ("Drone 5 March hit airport, wounding flight attendant.", None, 1),
        ("Two soldiers were wounded in the head on Monday.", None, 2),
        # The year's tally the event adds to, a number written as a word.
        ("His death brings to eight the number of reporters killed this year.", None, None),
    ],
)
def test_counts(sentence: str, fatalities: int | None, injured: int | None) -> None:
    assert count_casualties(sentence).pair == (fatalities, injured)


def test_vague_counts_are_unknown_with_a_note() -> None:
    counted = count_casualties("Dozens of people were killed.")
    assert counted.fatalities is None
    assert any("dozens" in note for note in counted.notes)


def test_claims_and_undisclosed_counts_stay_unknown_with_a_note() -> None:
    claimed = count_casualties("The rebels said they had killed 40 soldiers.")
    assert claimed.pair == (None, None)
    assert any(note.startswith("claimed, not counted") for note in claimed.notes)
    undisclosed = count_casualties("The number of casualties has not been disclosed.")
    assert undisclosed.pair == (None, None)
    assert "casualty count not disclosed" in undisclosed.notes
    uncounted = count_casualties("Peacekeepers lost their lives.")
    assert uncounted.fatalities is None
    assert "deaths reported without a number" in uncounted.notes


def test_a_claimed_toll_is_kept_apart_and_stands_only_when_nothing_else_counts() -> None:
    claim = count_casualties("The army said it had killed 25 insurgents near the dam.")
    assert claim.pair == (None, None)
    assert claim.claimed == 25
    assert combine_casualties([claim]).fatalities == 25
    counted = count_casualties("Officials said eleven fighters died in the battle.")
    assert combine_casualties([counted, claim]).fatalities == 11
    assert combine_casualties([claim, counted]).fatalities == 11


def test_a_counter_claim_in_a_clause_of_its_own_leaves_the_sentence_s_toll() -> None:
    both = count_casualties(
        "Rockets hit the depot in the night, killing four guards, while the rebels claimed "
        "they had killed 50 soldiers."
    )
    assert both.pair == (4, None) and both.claimed is None
    assert any(note.startswith("claimed, not counted") for note in both.notes)
    destroyed = count_casualties(
        "A shell wounded three nurses; the ministry said it had destroyed two launchers "
        "and killed 20 gunners."
    )
    assert destroyed.pair == (None, 3)


def test_a_claim_said_at_length_is_still_a_claim() -> None:
    claim = count_casualties(
        "The ministry said in a statement that it had struck a depot of the enemy's "
        "border brigade near the town and killed 45 fighters."
    )
    assert claim.pair == (None, None) and claim.claimed == 45


def test_claiming_lives_or_responsibility_is_not_a_claimed_count() -> None:
    sentence = "The group claimed responsibility for the blast that killed 3."
    assert count_casualties(sentence).pair == (3, None)


def _event(*sentences: str) -> tuple[int | None, int | None]:
    return combine_casualties(count_casualties(s) for s in sentences).pair


def test_restatements_do_not_add_up() -> None:
    assert _event("7 killed in market bombing", "Seven people died in the explosion.") == (7, None)
    assert _event("Four were killed and six hurt.", "Four people died, officials said.") == (4, 6)


def test_the_toll_of_what_an_event_came_after_is_not_its_own() -> None:
    text = "Ten rebels were killed by an airstrike after gunmen killed four farmers."
    assert count_casualties(text).pair == (10, None)
    # With no toll of its own before "after", the toll is the sentence's.
    assert count_casualties("Troops were sent after gunmen killed four farmers.").pair == (4, None)


def test_deaths_confirmed_of_a_toll_are_part_of_it() -> None:
    text = "At least 60 villagers were killed, with 41 deaths confirmed by officials."
    assert count_casualties(text).pair == (60, None)
    assert count_casualties("Officials said 41 deaths were confirmed.").pair == (41, None)


def test_a_killing_of_one_named_person_is_one_dead() -> None:
    assert count_casualties("The killing of journalist Ana Ruiz shocked the town.").pair == (
        1,
        None,
    )
    assert count_casualties("The killing of Ana Ruiz was condemned.").pair == (1, None)
    # No one named, or the killing a protest is about: no toll of the sentence.
    assert count_casualties("The killing of Kenya Defence Forces soldiers went on.").pair == (
        None,
        None,
    )
    assert count_casualties("Protests over the killing of Ana Ruiz spread.").pair == (None, None)


def test_things_executed_eliminated_or_killed_are_no_victims() -> None:
    for text in (
        "The contract was executed on Monday.",
        "Police executed a search warrant at the house.",
        "The need for costly, energy-intensive preparation is eliminated by the new kiln.",
        "The senate killed the bill on Monday.",
        "The deal is dead.",
    ):
        assert count_casualties(text).pair == (None, None), text
    # A person in the clause, or a verb of its own before the thing: a victim.
    assert count_casualties("A soldier was killed and the plan was dropped.").pair == (1, None)
    assert count_casualties("He was executed for refusing their orders.").pair == (1, None)
    assert count_casualties("Gunmen killed a man carrying orders from the base.").pair == (
        1,
        None,
    )


def test_one_person_killed_by_title_and_name_is_one() -> None:
    assert count_casualties("Gunmen killed journalist Ana Ruiz in Goris.").pair == (1, None)
    text = "Four militants blew themselves up at the dam, killing General Ali Abboud."
    assert count_casualties(text).pair == (5, None)
    # The grievance of a protest is no toll of its own.
    text = "Protests over the killing of journalist Ana Ruiz spread."
    assert count_casualties(text).pair == (None, None)


def test_a_leader_by_what_they_lead_and_an_accented_name_is_one() -> None:
    for text in (
        "Gunmen shot dead social leader Juan Pablo Ordóñez in Suárez on Saturday.",
        "Hitmen killed community leader Rosa Peña near Tumaco.",
        "Gunmen killed human rights defender María Pérez in Tumaco.",
        "Sicarios killed Ángel Núñez outside his home in Celaya.",
    ):
        assert count_casualties(text).pair == (1, None), text


def test_an_attacker_killed_without_a_count_is_one() -> None:
    killed = count_casualties("Soldiers shot and killed the gunman.")
    assert killed.pair == (1, None) and killed.perpetrators == 1
    # "The other militant" is one more than the attacker told before, not the same one.
    first = count_casualties("One militant blew himself up in the mall, killing nine people.")
    other = count_casualties("Police shot and killed the other militant.")
    assert combine_casualties([first, other]).pair == (11, None)
    same = count_casualties("Police shot and killed the militant.")
    assert combine_casualties([first, same]).pair == (10, None)


def test_a_share_is_no_count() -> None:
    assert count_casualties("Only about three per cent of deaths qualify.").pair == (None, None)
    assert count_casualties("Some 40% of the dead were children.").pair == (None, None)
    assert count_casualties("Three were killed and 40 percent of homes burned.").pair == (
        3,
        None,
    )


def test_a_slogan_is_no_toll_but_a_quoted_toll_is() -> None:
    rally = 'More than 300 people marched in Leeds, chanting "stop the killing" and "peace now".'
    assert count_casualties(rally).pair == (None, None)
    assert count_casualties('"Four guards were killed," the governor said.').pair == (4, None)
    assert count_casualties("Two farmers were “brutally killed” by raiders.").pair == (2, None)


def test_additions_add_up() -> None:
    assert _event("One policeman was killed in the attack.", "Eight others were killed.") == (
        9,
        None,
    )
    assert _event("About 10 terrorists were neutralized.", "Four civilians were also killed.") == (
        14,
        None,
    )
    assert _event("Troops lost seven men.", "Seven soldiers died. Troops killed 24 attackers.") == (
        31,
        None,
    )
    # One person, far from the verb, "also" killed: one more.
    second = "A medic, 36-year-old Sgt Anna K. Ward of Leeds, England, was also killed."
    assert _event("A roadside bomb killed a soldier.", second) == (2, None)


def test_the_toll_of_a_day_or_a_wave_of_attacks_is_not_the_events() -> None:
    sentence = "Gunmen shot dead 12 officers, the worst of a day of violence that killed 22 people."
    assert count_casualties(sentence).pair == (12, None)


def test_a_total_that_already_holds_the_attackers_is_not_added_to_again() -> None:
    parts = [Casualties(18, None), Casualties(18, None, perpetrators=13)]
    assert combine_casualties(parts).pair == (18, None)


def test_others_wounded_after_the_same_dead_told_again_are_the_same_wounded() -> None:
    # The police's account restates the dead; its "two other men" are set apart from
    # them, and are the two wounded told already.
    assert _event(
        "Four traders were shot dead and two others wounded at the market.",
        "Four victims were declared dead at the scene.",
        "Two other men sustained gunshot wounds, the police said.",
    ) == (4, 2)
    # Without the dead told again, "two others" are more.
    assert _event("Two soldiers were killed and two wounded.", "Two others were also wounded.") == (
        2,
        4,
    )


def test_a_total_told_apart_over_two_sentences_is_not_added_to_again() -> None:
    # The toll first, then its parts: the force's own dead and the attackers it killed.
    assert _event(
        "A raid on an army post left at least 18 people dead.",
        "We have lost five soldiers in this attack.",
        "Our troops have also killed 13 militants.",
    ) == (18, None)


def test_victims_named_among_the_dead_are_not_counted_again() -> None:
    assert _event(
        "Troops killed seven people during a raid on the camp.",
        "A school teacher and a student were also among the dead, a hospital said.",
    ) == (7, None)


def test_an_update_replaces_the_earlier_toll() -> None:
    assert _event("20 people were killed.", "The death toll has risen to 27.") == (27, None)
    assert _event("The death toll rose to 12.", "Ten people died in the blast.") == (12, None)


def test_injured_and_no_word_of_deaths_means_no_one_died() -> None:
    assert _event("Five soldiers were wounded by a roadside bomb.") == (0, 5)
    assert _event("Five were wounded.", "Others died, officials said.") == (None, 5)


def test_a_missing_count_note_goes_once_a_count_is_known() -> None:
    combined = combine_casualties(
        [Casualties(None, None, ("deaths reported without a number",), True), Casualties(2, 3)]
    )
    assert combined.pair == (2, 3)
    assert combined.notes == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Two soldiers "
        + " ".join(["x-x-x-x-x-x-x-x-x-x-x-x-x-x"] * 30)
        + " (reports say) were killed in shelling in Martuni on 3 May 2023.",
        "Two soldiers " + "-".join(["x"] * 30) + " (reports say) were killed.",
        "1" * 20000 + " killed",
        " ".join(["12"] * 4000) + " killed",
        "5" + ",000" * 4000 + " people killed",
        ", including" * 3000 + " killed",
        " ".join(["Abc"] * 4000) + " were killed",
        " ".join(["two killed"] * 2000),
        "killed " * 4000,
        "toll " * 4000 + " to 5",
        "between 5 and " * 2000,
        "killing him, " + "his wife, " * 2000,
        '2 "' * 3000 + "people killed",
        "executed the " + "big " * 4000 + "plan",
        "The contract " + "of the deal " * 1000 + "was killed",
    ],
    ids=lambda text: f"{text[:20]}...({len(text)} chars)",
)
def test_adversarial_text_is_counted_quickly(sentence: str) -> None:
    # Against ordinary text of the same length in the same run, with a wide margin: an
    # exponential or quadratic pattern is thousands of times slower, while a shared,
    # loaded machine must not fail the test (it asserts no absolute time).
    normal = ("Shelling killed two civilians in Tartar on Monday. " * (len(sentence) // 50 + 1))[
        : len(sentence)
    ]
    started = time.perf_counter()
    count_casualties(normal)
    baseline = time.perf_counter() - started
    started = time.perf_counter()
    count_casualties(sentence)
    assert time.perf_counter() - started < 25 * baseline + 0.5


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("one", 1),
        ("twenty-one", 21),
        ("5,000", 5000),
        ("a dozen", 12),
        ("several", None),
        ("hundreds", None),
        ("eleven", 11),
        ("1" * 50, None),
    ],
)
def test_numbers(word: str, value: int | None) -> None:
    assert to_number(word) == value


# Speed-ups that must not change what is counted: patterns tried only where a match can
# start, and cheap word tests on a lower-cased copy before a search.
_SCANNED = [
    "At least 12 people, including four children, were killed on 3 May at 9.30 am.",
    "Between five and seven soldiers and a dozen villagers were wounded; 2,000 fled.",
    "Four attackers blew themselves up, killing him, his wife and twenty-one others.",
    "\u017feven \u017foldiers were KILLED and thrEE were \u0131njured near \u212aherson.",
    "The 30-year-old was shot dead; no one else was hurt. Dead: 3 (+1 perpetrators).",
]


@pytest.mark.parametrize("sentence", _SCANNED)
def test_scanning_from_candidate_starts_finds_what_finditer_finds(sentence: str) -> None:
    cas = casualties_module
    count_starts = cas._count_starts(sentence)
    outcome_starts = [m.start() for m in cas._OUTCOME_START_RE.finditer(sentence)]
    for pattern, starts in [
        (cas._GROUP_RE, count_starts),
        (cas._BARE_RE, count_starts),
        (cas._THEMSELVES_RE, count_starts),
        (cas._NOT_A_COUNT_RE, count_starts),
        (cas._KILLED_RE, outcome_starts),
        (cas._INJURED_RE, outcome_starts),
    ]:
        scanned = [m.group(0) for m in cas._scan(pattern, sentence, starts)]
        assert scanned == [m.group(0) for m in pattern.finditer(sentence)]
    folded = cas._folded(sentence)
    blanked = cas._NOT_A_COUNT_RE.sub(cas._blanked, sentence)
    assert cas._blank(sentence, folded, count_starts) == blanked


def _top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of a pattern written as ``\\b(?:a|b|...)\\b``."""
    assert pattern.startswith(r"\b(?:") and pattern.endswith(r")\b")
    alternatives, depth, current = [], 0, ""
    for char in pattern[len(r"\b(?:") : -len(r")\b")]:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += char
    return [*alternatives, current]


def test_every_outcome_word_starts_with_an_outcome_stem() -> None:
    """_KILLED_RE and _INJURED_RE are tried only where an _OUTCOME_STEMS word starts."""
    for pattern in (casualties_module._KILLED_RE, casualties_module._INJURED_RE):
        for alternative in _top_level_alternatives(pattern.pattern):
            assert any(
                alternative.startswith(stem)
                and not alternative[len(stem) :].startswith(("?", "*", "{"))  # not optional
                for stem in casualties_module._OUTCOME_STEMS
            ), alternative


def test_folding_maps_every_letter_that_ignorecase_matches_to_ascii() -> None:
    everything = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    twins = set(re.findall("[a-z]", everything, re.IGNORECASE))
    assert twins == set(map(chr, casualties_module._ASCII_TWINS))
    for twin in twins:
        assert re.fullmatch(casualties_module._folded(twin), twin, re.IGNORECASE)


def test_an_earlier_toll_told_after_the_latest_does_not_replace_it() -> None:
    latest = count_casualties("At least 31 villagers were killed in the raid, officials said.")
    earlier = count_casualties("A provisional toll on Sunday had put the number of dead at 18.")
    assert combine_casualties([latest, earlier]).fatalities == 31
    first = count_casualties("An initial toll put the number of dead at 18.")
    raised = count_casualties("The toll was later raised to 31.")
    assert combine_casualties([first, raised]).fatalities == 31
    # A provisional toll told now is the toll.
    now = count_casualties("The provisional toll is 31 dead, the governor said.")
    assert combine_casualties([count_casualties("Gunmen killed 12 people."), now]).fatalities == 31


def test_an_official_s_breakdown_of_the_lead_s_toll_adds_nothing() -> None:
    lead = count_casualties("Nine people were killed in a raid on a cattle camp on Sunday.")
    breakdown = count_casualties(
        '"Seven of ours were killed and two of the raiders were also killed," the '
        "commissioner said."
    )
    assert breakdown.pair == (9, None) and breakdown.perpetrators == 2
    assert combine_casualties([lead, breakdown]).fatalities == 9
    # An attacker killed besides the victims told before is one more.
    more = count_casualties("Police killed the other militant.")
    assert combine_casualties([Casualties(3, None), more]).fatalities == 4


def test_the_dead_a_crowd_protests_are_not_the_protest_s() -> None:
    text = (
        "Hundreds marched in the city on Friday in protest at the renewed fighting between "
        "armed groups that left two people dead."
    )
    assert count_casualties(text).pair == (None, None)
    text = "Students demonstrated against the killing of four fishermen by jihadists."
    assert count_casualties(text).pair == (None, None)
    # The protest's own dead, after the grievance's clause, are counted.
    text = "Residents protested against the killing of a trader, and police shot dead two."
    assert count_casualties(text).pair == (2, None)


def test_one_person_and_one_of_his_companions_are_two() -> None:
    text = "Gunmen shot dead the mayor along with one of his bodyguards on Monday."
    assert count_casualties(text).pair == (2, None)
    assert count_casualties("Gunmen shot dead the mayor on Monday.").pair == (1, None)


def test_soldiers_who_paid_the_ultimate_sacrifice_are_dead() -> None:
    text = "Five soldiers paid the ultimate sacrifice while fighting terrorists on Monday."
    assert count_casualties(text).pair == (5, None)


def test_people_of_a_trade_are_counted() -> None:
    assert count_casualties("Two woodcutters were killed when gunmen opened fire.").pair == (
        2,
        None,
    )
    assert count_casualties("Three boatmen died in the attack.").pair == (3, None)
    assert count_casualties("Two containers were destroyed in the blast.").pair == (None, None)


def test_a_group_word_then_its_members_is_one_group_of_a_sum() -> None:
    text = "Five Maoist cadres and one DRG jawan were killed in the encounter."
    assert count_casualties(text).pair == (6, None)


def test_a_body_of_fighters_is_no_count_of_one() -> None:
    # A column, a group or a gang of men is how many, it does not say.
    assert count_casualties("A drone neutralised a group of gunmen near Kaya.").pair == (None, None)
    assert count_casualties("Troops destroyed a terrorist column near Kaya.").pair == (None, None)
    assert count_casualties("A militant cell was neutralised near Kaya.").pair == (None, None)
    assert count_casualties("Police killed a gang of robbers at dawn.").pair == (None, None)
    # One fighter, or the one who led a unit, is still one.
    assert count_casualties("Soldiers neutralised a terrorist near Kaya.").pair == (1, None)
    assert count_casualties("The commander of the unit was killed near Kaya.").pair == (1, None)


def test_the_dead_a_crowd_demands_justice_for_are_not_its_toll() -> None:
    text = "Villagers blocked the road, demanding justice for the three herders killed there."
    assert count_casualties(text).pair == (None, None)
    text = "Crowds rallied demanding a probe into the killing of two boys until police fired."
    assert count_casualties(text).pair == (None, None)
    # The demand may come long after the march.
    text = (
        "Members of the union took out a rally from the stadium to the district office and "
        "submitted a memorandum to the governor, demanding a judicial probe into the killing."
    )
    assert count_casualties(text).pair == (None, None)


def test_the_injured_who_died_since_are_dead_and_no_longer_injured() -> None:
    assert count_casualties("Four guards were wounded, one of whom died later.").pair == (1, 3)
    text = "Two were killed and six hurt; two of the injured later succumbed."
    assert count_casualties(text).pair == (4, 4)
    # A toll updated for the injured who died leaves the injured as first counted.
    text = "The toll rose to eleven after two of the wounded died in hospital."
    assert count_casualties(text).pair == (11, None)
    parts = [
        count_casualties("Nine were killed and six wounded in the raid."),
        count_casualties("The toll rose to eleven after two of the wounded died in hospital."),
    ]
    assert combine_casualties(parts).pair == (11, 6)
    # The injured counted after the dead are those still treated.
    text = "The toll rose to 5 after two of the injured died; 20 others are receiving treatment."
    assert count_casualties(text).pair == (5, 20)
    # Told in a sentence of its own, the move is made when the event's counts combine.
    parts = [
        count_casualties("Three rangers were injured in the ambush."),
        count_casualties("One of them later succumbed at the base clinic."),
    ]
    assert combine_casualties(parts).pair == (1, 2)
    # An updated toll told first already holds them.
    parts = [
        count_casualties("The toll of the raid has risen to 12 soldiers killed."),
        count_casualties("Eight soldiers were killed and nine wounded, the first toll said."),
        count_casualties("Four of the wounded died during their evacuation."),
    ]
    assert combine_casualties(parts).fatalities == 12


def test_so_many_of_them_killed_are_counted_once() -> None:
    assert count_casualties("Gunmen stormed the post, and 28 of them were killed.").pair == (
        28,
        None,
    )
    # Of men not said to be hurt: a count, not injured who died.
    found = count_casualties("Ten soldiers were ambushed; three of them died.")
    assert (found.pair, found.died_of_wounds) == ((3, None), 0)


def test_a_toll_that_includes_the_bomber_holds_him_once() -> None:
    text = "A bomber blew himself up in a cafe, killing eight people, including the bomber."
    assert count_casualties(text).fatalities == 8
    text = "A bomber blew himself up in a cafe, killing eight people."
    assert count_casualties(text).fatalities == 9


def test_a_toll_updated_by_it_in_the_next_sentence() -> None:
    parts = [
        count_casualties("Eight people were killed and 34 wounded in the strike."),
        count_casualties("It rose to ten by the evening, after two of the wounded died."),
    ]
    assert combine_casualties(parts).pair == (10, 34)


def test_the_killing_of_a_number_reported_is_a_toll():
    # "Police reported the killing of three militants": the news, told as a noun.
    assert count_casualties(
        "Police reported the killing of three alleged militants in a shootout."
    ).pair == (3, None)
    # A past killing someone is blamed for, and a tally of days, are no toll of this event.
    assert count_casualties(
        "The bandits were blamed for the killing of over 20 people a fortnight ago."
    ).pair == (None, None)
    assert count_casualties(
        "The office verified the killings of 115 civilians over 11 days."
    ).pair == (
        None,
        None,
    )
    # One person named after "the killing of" is still one.
    assert count_casualties("Police confirmed the killing of Anderson Arboleda.").pair == (1, None)


def test_fighters_named_by_their_movement_are_counted():
    assert count_casualties("At least 12 Taliban were killed in the operation.").pair == (12, None)
    assert count_casualties("More than 12 Khawaarij were killed, the ministry said.").pair == (
        12,
        None,
    )
    assert count_casualties("Twelve Shabaab were killed in the raid.").perpetrators == 12


def test_military_shorthand_after_a_count_is_a_toll() -> None:
    # "KIA" and "WIA": killed and wounded in action, as monitors write it.
    assert count_casualties("A mine struck the patrol west of Kidal, 3 KIA, 6 WIA.").pair == (3, 6)
    assert count_casualties("Two KIA in the ambush near the river.").pair == (2, None)
    # The car maker, with no count before it, is no one.
    assert count_casualties("Gunmen fled in a KIA towards the border.").pair == (None, None)


def test_a_victim_by_rank_and_name_is_one() -> None:
    assert count_casualties("Two gunmen shot dead patrolman Luis Mora, 31, at a bank.").pair == (
        1,
        None,
    )
    assert count_casualties("Militants killed constable Ravi Kumar near the market.").pair == (
        1,
        None,
    )


def test_the_attackers_are_not_the_one_who_died() -> None:
    # "Two men fired at him and he died": the two are the shooters, not the dead.
    assert count_casualties("Two men fired at the guard and he died at the scene.").fatalities != 2
    # The sentence's only count is still who a lone outcome happened to.
    assert count_casualties("Two herders stepped on a mine and died.").pair == (2, None)


def test_the_hurt_by_the_hospital_they_were_taken_to() -> None:
    assert count_casualties("Six people were taken to Kisumu County Hospital.").pair == (None, 6)
    assert count_casualties("Two guards died and four were rushed to hospital.").pair == (2, 4)
    assert count_casualties("Medics said the clinic treated 45 people overnight.").pair == (
        None,
        45,
    )
    # The dead's bodies are no one hurt.
    assert count_casualties("Two bodies were taken to the hospital morgue.").injured is None


def test_a_note_s_fatalities_field_and_its_injured_in_words() -> None:
    assert count_casualties("Fatalities: 11 (including the bomber); 14 injured.").pair == (11, 14)
    # A passer-by is one more person hurt.
    assert count_casualties(
        "Gunmen opened fire, injuring 2 police officers and a passer-by."
    ).pair == (
        None,
        3,
    )


def test_more_who_succumbed_to_their_injuries_are_dead_not_hurt() -> None:
    # The verb is no word of the group: "two more succumbed to their injuries" adds two.
    text = "Five people died at the scene and two more succumbed to their injuries overnight."
    assert count_casualties(text).pair == (7, None)
    assert count_casualties("Three more perished in the fire.").fatalities == 3


def test_the_mourned_dead_after_mourning_are_the_sentence_s_own() -> None:
    text = "Residents of Ndu were in mourning after four civilians were killed on Friday."
    assert count_casualties(text).fatalities == 4
    # "in mourning for" the dead of an earlier event stays theirs.
    text = "Shops closed in mourning for the 14 people killed in Ndu last week."
    assert count_casualties(text).fatalities is None


def test_border_porters_are_people() -> None:
    assert count_casualties("Three Kurdish kolbars were killed near the border.").fatalities == 3


def test_a_group_counted_before_and_killed_as_them_is_the_toll() -> None:
    assert count_casualties("Gunmen pulled out nine men and shot them dead.").fatalities == 9
    assert count_casualties("They abducted six traders and later killed all of them.").pair == (
        6,
        None,
    )
    # "took them" kills no one.
    assert count_casualties("Police arrested two suspects and took them away.").pair == (
        None,
        None,
    )


def test_a_witness_named_after_the_toll_with_where_he_lives_is_no_victim() -> None:
    text = "Gunmen attacked the village, killing four, a resident of the village said."
    assert count_casualties(text).pair == (4, None)
    text = "Gunmen attacked the village, killing four, a resident in the area said."
    assert count_casualties(text).pair == (4, None)


def test_health_workers_patients_and_police_jargon_are_people() -> None:
    text = "Militiamen raided the clinic at Lusenda, killing a nurse and four patients."
    assert count_casualties(text).pair == (5, None)
    text = "A pharmacy technician and a night watchman were killed in the raid."
    assert count_casualties(text).pair == (2, None)
    text = "The guard was killed and three patients were injured."
    assert count_casualties(text).pair == (1, 3)
    assert count_casualties("Four armed thugs were fatally shot.").pair == (4, None)
    assert count_casualties("Two suspected rustlers were killed.").pair == (2, None)
    assert count_casualties("Police found three males with stab wounds.").fatalities is None


def test_two_people_each_named_by_a_word_for_one() -> None:
    text = "A shell hit the minibus at Tokmak, killing the conductor and a passenger."
    assert count_casualties(text).pair == (2, None)
    text = "The pharmacist and her assistant were killed when the shop was shelled."
    assert count_casualties(text).pair == (2, None)
    text = "Police said the mechanic and the apprentice were wounded."
    assert count_casualties(text).pair == (None, 2)
    # Things joined by "and" are no one.
    assert count_casualties("The kiosk and the van were destroyed.").pair == (None, None)


def test_the_wounded_who_then_died_are_dead() -> None:
    text = "Two miners were wounded and later died at Mutoko clinic."
    assert count_casualties(text).pair == (2, None)
    text = "Three people were injured and were later pronounced dead."
    assert count_casualties(text).pair == (3, None)
    # One of them dying is a count of its own.
    text = "Three people were injured and one later died."
    assert count_casualties(text).pair == (1, 3)


def test_a_release_naming_its_dead_counts_the_names() -> None:
    text = (
        "Dead are 41-year-old Delroy Campbell, otherwise called 'Bigga', a mason, and "
        "19-year-old Shane Morris, a student, both of Gordon Pen, Kingston."
    )
    assert count_casualties(text).pair == (2, None)
    text = "The deceased were identified as Musa Wekesa, Ali Hassan and Peter Kiprono."
    assert count_casualties(text).pair == (3, None)
    # The list of the injured that follows is not of the dead.
    text = (
        "The deceased were identified as Musa Wekesa and Ali Hassan while the injured "
        "included Peter Kiprono, John Otieno and James Mwangi."
    )
    assert count_casualties(text).fatalities == 2
    assert count_casualties("The dead are mostly women and children.").fatalities is None


def test_a_toll_stated_as_it_is_is_the_toll() -> None:
    assert count_casualties("CORRECTION: the death toll is 13, not 10.").pair == (13, None)
    assert count_casualties("The toll was at least 14, officials said.").pair == (14, None)
    assert count_casualties("The toll was expected to rise.").pair == (None, None)


def test_a_relative_named_inside_an_including_aside_is_one_of_the_count() -> None:
    text = "Six people, including a young mother and her baby, were killed in the ambush."
    assert count_casualties(text).pair == (6, None)
    assert count_casualties("A farmer and his son were shot dead.").pair == (2, None)


def test_a_patrolman_is_a_person_counted() -> None:
    text = "A patrolman dead and two more injured was the toll of the attack on the station."
    assert count_casualties(text).pair == (1, 2)


def test_the_attacker_a_toll_leaves_out_is_counted() -> None:
    # ACLED counts every dead, the attackers too.
    text = "Eleven people have been confirmed dead, not counting the attacker."
    assert count_casualties(text).fatalities == 12
    text = "Nine people were killed, excluding the two suicide bombers."
    assert count_casualties(text).fatalities == 11
    # How many attackers, "excluding the attackers" does not say.
    text = "Excluding the attackers, nine people were killed."
    assert count_casualties(text).fatalities == 9


def test_another_source_s_figure_for_the_same_dead_is_not_added() -> None:
    text = (
        "Amnesty said five people were killed when police opened fire, while police said two died."
    )
    assert count_casualties(text).fatalities == 5
    # Other dead, named as others: both counted.
    text = "Residents said 12 were killed, while the army said three soldiers died."
    assert count_casualties(text).fatalities == 15


def test_a_dateline_before_the_subject_leaves_it_the_subject() -> None:
    text = (
        "Niamey, 10 October 2023 (ActuNiger) – Six soldiers of the Defence and Security "
        "Forces (FDS) were killed and nine others wounded on Saturday, according to a "
        "communiqué from the Ministry of National Defence."
    )
    assert count_casualties(text).pair == (6, 9)


def test_the_people_a_relative_clause_counts_and_hell_are_counted() -> None:
    text = "The army repelled the assailants, four of whom were neutralised."
    assert count_casualties(text).fatalities == 4
    text = "Own troops engaged the khwarij location and sent two more khwarij to hell."
    assert count_casualties(text).fatalities == 2


def test_the_hurt_told_by_their_wounds_and_where_they_went_are_counted() -> None:
    text = "Nine others with gunshot and bush knife wounds were admitted to Wabag hospital."
    assert count_casualties(text).pair == (None, 9)


def test_fighters_put_out_of_action_are_killed() -> None:
    assert count_casualties("Troops put out of action six ADF fighters near Mbau.").pair == (
        6,
        None,
    )


def test_a_count_of_the_killed_or_injured_together_is_neither() -> None:
    assert count_casualties("Shelling left 40 people killed or injured in Toretsk.").pair == (
        None,
        None,
    )
    assert count_casualties("Shelling killed 3 and injured 12 in Toretsk.").pair == (3, 12)


def test_an_age_range_is_no_count() -> None:
    text = "A young man, aged between 15 and 18, died in clashes with police in Juliaca."
    assert count_casualties(text).pair == (1, None)
    assert count_casualties("Between 15 and 18 people died in the clashes.").pair == (15, None)


def test_a_gun_s_victim_shot_to_death_and_an_infant_are_one_each() -> None:
    text = "Unknown gunmen shot a female teacher to death in the city on Monday."
    assert count_casualties(text).fatalities == 1
    assert count_casualties("Gunmen shot three traders to death near Kano.").fatalities == 3
    text = "The shelling resulted in the death of a two-year-old infant."
    assert count_casualties(text).fatalities == 1


def test_a_count_of_murders_is_the_dead_and_the_missing_are_not() -> None:
    text = "The feud has left 300 missing people, 728 murders and a ruined economy."
    assert count_casualties(text).fatalities == 728
    assert count_casualties("Two killings shook the town on Monday.").fatalities == 2


def test_a_named_man_also_shot_dead_and_two_named_victims_with_their_roles() -> None:
    text = "Somchai Kaew, 52, a rubber tapper, was also shot and killed on Friday in Raman."
    assert count_casualties(text).fatalities == 1
    text = (
        "The gunmen shot dead Anan Srisuk, the school director, and Kasem Boonmee, a "
        "teacher, before fleeing."
    )
    assert count_casualties(text).fatalities == 2


def test_a_wire_s_day_between_the_verb_and_its_count() -> None:
    text = "Gunmen killed Wednesday seven employees of the council in the countryside."
    assert count_casualties(text).fatalities == 7
    text = "Militants killed on Monday at least 12 villagers near the river."
    assert count_casualties(text).fatalities == 12


def test_slaughtered_people_are_dead_and_animals_are_no_one() -> None:
    assert count_casualties("Gunmen slaughtered 12 villagers in the night.").fatalities == 12
    assert count_casualties("Three farmers were slaughtered by bandits.").fatalities == 3
    for text in (
        "Herders slaughtered 20 cows belonging to the farmers.",
        "Bandits killed 40 sheep and goats.",
    ):
        assert count_casualties(text).fatalities is None, text
    # People named after their animals are people.
    assert count_casualties("Gunmen killed 12 cattle herders.").fatalities == 12
    assert count_casualties("Raiders killed two herders and 30 cows.").fatalities == 2
