"""Which sentences of a report state an event, and what each one counts.

A sentence states an event when it holds a trigger (see :mod:`geo.extract.events`) or a
counted toll ("two shepherds were killed"), and is not background: a war's toll ("the
conflict has resulted in the deaths of 30,000 people"), an evacuation figure, a running
total "since" a date, what happened in an earlier year than the report's, an accident.
A sentence right after one that goes on about it ("the explosion took place near…") is
kept too: it may name the event's place or toll. Each kept sentence is counted once
(:func:`geo.extract.casualties.count_casualties`), here, because counting is the costliest
step per sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, NamedTuple

import ahocorasick_rs

from geo.extract.casualties import Casualties, count_casualties
from geo.extract.dates import MONTHS
from geo.extract.events import (
    HAUL_NOUNS,
    Trigger,
    best_trigger,
    find_triggers_unfiltered,
    letters_only,
    may_hold_trigger,
    trigger_hint_offsets,
    type_of_attack,
)
from geo.extract.patterns import lazy_compile
from geo.extract.sentence_cache import clear_sentence_cache, sentence_cached
from geo.extract.sentences import Sentence


def _re(pattern: str) -> re.Pattern[str]:
    return lazy_compile(pattern, re.IGNORECASE)  # compiled when a report needs it


BACKGROUND_RE: Final = _re(
    # "The conflict has resulted in the deaths of 30,000": a running toll; but "a strike is
    # said to have resulted in the deaths of 18" reports one event (a hedge, not a total).
    r"(?<!\bto )\b(?:has|have|had) (?:resulted in|caused|claimed)\b[^.]{0,80}\b(?:lives|deaths)\b"
    r"|\b(?:war|conflict|fighting|violence|insurgency|crisis|unrest|clashes)\b[^.]{0,40}"
    r"\bresulted in the deaths of\b"
    r"|\bsince (?:the (?:start|beginning|outbreak|end) of|(?:the )?(?:19|20)\d\d)\b"
    # "Protests have swept Iran since the death in custody of Mahsa Amini": a wave.
    r"|\b(?:has|have) (?:swept|spread across|gripped|rocked|roiled)\b"
    # "the third time a truce has been agreed since the conflict began": its history.
    r"|\bsince the (?:war|conflict|fighting|insurgency|crisis|uprising|protests|unrest|"
    r"demonstrations|violence|clashes|offensive)(?: [\w-]+){0,3}? "
    r"(?:began|started|broke out|erupted)\b"
    # "Since the joint UPDF/ FARDC operation began in November 2021, it has recovered
    # hundreds of weapons": a campaign's running tally.
    r"|\bsince the (?:[\w/-]+ ){0,4}?(?:operations?|campaign|mission|deployment) "
    r"(?:began|started|was launched|commenced)\b"
    # "Since then, PKK attacks have martyred more than 600 security personnel": the tally
    # from a day the report told before.
    r"|\bsince then,?\s+(?:[\w-]+\s+){1,5}?(?:have|has)\s+(?:[\w-]+\s+)?(?:killed|martyred|"
    r"claimed|left|cost)\b"
    # "Since November 10, 2020, 351 people…", "since last year": a running total.
    r"|\bsince (?:the )?(?:(?:early |late |mid-)?(?:\d{1,2}(?:st|nd|rd|th)? )?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b|last (?:year|month)|"
    # The agencies' short months: "183 people had been killed … since Oct. 8".
    r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.\s*\d)"
    # "the fighting has killed at least 92 civilians": the war's toll, not an event's.
    # ("the UN said the ongoing battle had killed more than 1,000 people".)
    # (Not "the ministry said fighting in Tripoli has left 13 dead": a day's toll, said.)
    r"|\b(?:the|this) (?:(?!(?:said|says|reported|reports|told|added|stated)\b)[\w-]+ ){0,2}?"
    r"(?:fighting|war|conflict|violence|insurgency|offensive|campaign|unrest|crisis|"
    r"ongoing battle)"
    r"\b[^.]{0,30}\b(?:has|have|had) (?:so far )?(?:killed|left|claimed)\b"
    r"|\b(?:so far this year|this year alone|in recent (?:weeks|months|years))\b"
    # "The government estimates that as many as 200 people have been killed": a war's
    # estimated toll.
    r"|\bestimat(?:es|ed|e)\b[^.;]{0,40}?\b(?:have|has|had) been (?:killed|displaced)\b"
    # "Gangs have killed more than 2,400 people this year", "attacks on schools rose
    # sharply this year": a year's tally or trend.
    r"|\b(?:has|have) (?:[\w-]+ ){0,3}?(?:killed|kidnapped|abducted|displaced|attacked|left)\b"
    r"[^.]{0,80}\bthis year\b"
    r"|\b(?:has|have) (?:stepped up|ramped up|intensified|escalated)\b[^.]{0,80}"
    r"\b(?:this year|this month|in recent (?:weeks|months))\b"
    r"|\b(?:rose|risen|surged|increased|grew|doubled|tripled|declined|fell)\b[^.]{0,60}"
    r"\bthis year\b"
    # ("The death toll has since risen to 40": the event's toll, updated.)
    r"|\b(?:has|have) since\b(?! (?:risen|climbed|increased|grown|jumped|gone up|reached|"
    r"been (?:raised|revised|updated))\b)|\bseveral times\b"
    # "The party has held several rallies this year": a record of events, none told.
    r"|\b(?:has|have) (?:held|staged|organi[sz]ed) (?:several|many|numerous|dozens of|"
    r"scores of|a series of|multiple|repeated) (?:[\w-]+ )?(?:rallies|protests|"
    r"demonstrations|marches|sit-ins|strikes)\b"
    # "By the numbers: 7 political violence events; 11 reported fatalities": a digest's
    # tally of the events it tells one by one.
    r"|\bby the numbers\b"
    # "has long been used by al-Shabaab as a launchpad for mortar attacks": a habit.
    r"|\b(?:has|have|had) long been (?:used|known|seen|regarded|considered|home|an?|the)\b"
    r"|\b(?:twice|three times|four times|five times|repeatedly) this (?:year|month)\b"
    # "following clashes during the campaign last month": before the report's news.
    # ("since last summer, when militias drove their rivals out": a season ago.)
    r"|\blast (?:month|summer|winter|spring|autumn)\b"
    # "the practice of detentions", "190 suffered in the border conflict": many events.
    r"|\bpractices? of (?:[a-z-]+ )?(?:detentions|arrests|abductions|kidnappings|killings|"
    r"disappearances)\b"
    r"|\bsuffered in the (?:[\w-]+ ){0,2}?(?:conflict|war|fighting|clashes|violence)\b"
    # "accounted for 290 deaths in the quarter", "the stations with the most murders",
    # "killed or injured in the first quarter of 2024": a period's figures.
    r"|\baccount(?:ed|s)? for (?:more than |over |about |some )?[\d,]+ "
    r"(?:deaths|killings|murders)\b"
    # "… accounted for almost half of the murders recorded in the period": a share.
    r"|\baccount(?:ed|s)? for (?:almost |nearly |about |more than |over |some )?(?:half|"
    r"a (?:third|quarter|fifth)|two-thirds|most|the majority|[\d.]+ ?(?:%|per ?cent)) of "
    r"(?:the |all )?(?:[\w-]+ )?(?:deaths|killings|murders|homicides|kidnappings|attacks)\b"
    r"|\bthe most (?:[\w-]+ )?(?:murders|killings|homicides|kidnappings)\b"
    r"|\bin the (?:first|second|third|fourth|last|past) (?:quarter|half|six months)\b"
    # "recorded more than 1,300 violent deaths in the first four months of the year".
    r"|\bin the (?:first|last|past) (?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"\d{1,2}) months\b"
    r"|\brecorded (?:more than |over |about |some |nearly |almost |at least )?[\d,]+ "
    r"(?:violent )?(?:deaths|homicides|murders|killings)\b"
    # "Since the Chibok abduction, more than 1,400 students have been kidnapped".
    r"|\bsince the\b[^.]{0,60}\b(?:has|have) been (?:killed|kidnapped|abducted|displaced)\b"
    # "test-fired a ballistic missile as part of a military exercise": no one attacked.
    r"|\btest-?fir(?:ed|es|ing|e)\b|\b(?:military|naval|joint|live-fire|war) (?:training )?"
    r"(?:exercises?|drills?|games)\b"
    # "remained the most violent, with more than 2,000 murders": a city's crime figures.
    r"|\bwith (?:more than |over |about |nearly |some )?[\d,]+ (?:murders|homicides|"
    r"killings|kidnappings)\b"
    # "Jihadists are attacking more often", "detainees were killed there between 2015 and
    # 2020": a trend, or years of events, none of them this report's.
    r"|\bmore (?:often|frequently)\b"
    # "The abduction of traditional leaders has become frequent in the north": a trend.
    r"|\b(?:has|have|had) become (?:more |increasingly |very )?(?:frequent|common|commonplace|"
    r"routine|regular|rife|widespread)\b"
    r"|\bbetween (?:19|20)\d\d and (?:19|20)\d\d\b|\bfrom (?:19|20)\d\d (?:to|until|through) "
    r"(?:19|20)\d\d\b"
    # "Houthi attacks on vessels have forced shippers to reroute", "attacks on aid workers
    # had hampered deliveries": what attacks in general have done, no one attack.
    r"|\b(?:attacks|strikes|raids|bombings|killings|kidnappings|abductions|clashes|violence|"
    r"fighting|insecurity)\b[^.;]{0,90}?\b(?:have|has|had) (?:[a-z-]+ )?(?:forced|hampered|"
    r"disrupted|prompted|pushed|driven|undermined|deterred|slowed|halted|complicated|"
    r"fuel(?:l)?ed|stoked|raised|sparked)\b"
    r"|\bdeath toll (?:of|in) the (?:war|conflict)\b"
    r"|\bover the (?:past|last) (?:\w+ )?(?:years?|decades?|months?|weeks?)\b"
    # "Junta airstrikes have killed more than 1,000 civilians in the past year".
    r"|\b(?:has|have) (?:[\w-]+ ){0,2}?killed\b[^.;]{0,80}\b(?:in|during) the (?:past|last) "
    r"(?:\w+ )?(?:years?|decades?|months?)\b"
    # "Over the same period, more than 230 have been killed": the running total beside it.
    r"|\b(?:over|during|in) the same (?:period|time|timeframe|months?|weeks?|years?)\b"
    # "In addition, 378 fighters were assassinated in the same areas": a tally's rest.
    r"|\bin the same (?:areas|regions|provinces|governorates|districts|localities)\b"
    # "82 homicides for 2025, a rate of 1.3 per 100,000": a crime statistic.
    r"|\bper 100,?000\b"
    # "The Nasa people have lived through half a century of attacks": a history.
    r"|\b(?:lived through|endured|suffered|survived|known|seen|witnessed|weathered) "
    r"(?:more than |nearly |almost )?(?:decades|years|half a century|a century|generations) "
    r"of\b"
    # "It killed more than 800 people over four decades of violence".
    r"|\b(?:over|during|in) (?:(?:nearly|almost|more than|some) )?(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|several|many|\d+) decades\b"
    r"|\bevacuation of (?:some |about |more than |over )?[\d,]+"
    r"|\bevacuated (?:some |about |more than |over )?[\d,]+ (?:residents|people|civilians)"
    # ("Clashes killed three civilians and displaced over 1,500" tells the clash.)
    r"|(?<!\band )\bdisplaced (?:hundreds|thousands|tens of thousands|[\d,]+|more than|over|"
    r"some)\b"
    # ("a group documenting abuses in the war, said RSF fighters killed 56": a source's
    # description, then its news.)
    r"|\bthe (?:\d+-\w+ )?(?:war|conflict|insurgency)\b(?:(?!\bsaid\b)[^.]){0,60}"
    r"\b(?:killed|claimed|left|resulted|displaced|caused)\b"
    r"|\bmemorial service\b"
    # "al-Shabaab has in the past carried out assassinations of officials in Baidoa", "has
    # previously attacked", "In the past, the group has bombed markets": its record.
    r"|\b(?:has|have|had) (?:in the past|previously|often|frequently|repeatedly) "
    r"(?:carried out|conducted|staged|launched|claimed|targeted|attacked|killed|kidnapped|"
    r"abducted|bombed|used)\b|\bin the past,"
    # "During that night, armed terrorists had killed at least 132 people in Solhan,
    # according to the official toll at the time": the remembered night, told in the
    # past of the past.
    r"|\b(?:during|on|in) that (?:night|day|morning|evening|attack)\b[^.;]{0,60}?\bhad "
    r"(?:[a-z]+ ){0,2}?(?:killed|attacked|massacred|executed|abducted|kidnapped|burned|burnt|"
    r"shot)\b|\baccording to the (?:official )?(?:toll|figures?|count) (?:at|of) the time\b"
    # "Puntland's security forces have for years been battling ISIS fighters": a war's
    # long course, no event.
    r"|\b(?:has|have|had) (?:for|over) (?:many |several |the past |the last )?(?:years|decades|"
    r"months)\b|\bfor (?:many |several )?(?:years|decades) (?:now|already)\b"
    # "Survivors laid wreaths as sirens marked the time the gas was dropped": remembrance.
    r"|\blaid wreaths?\b|\bwreath-laying\b|\b(?:minute|moment)s? of silence\b"
    # "The protests were set off by the collapse of a canopy that killed 16": the cause.
    r"|\b(?:were|was|have been|had been) (?:first )?(?:set off|sparked|triggered|prompted|"
    r"fuell?ed) by\b"
    # "more than 1,000 people were killed in gang violence in January alone": a tally.
    r"|\bin (?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|this (?:month|year|week)|the (?:first|past) \w+ months?) alone\b"
    r"|\bsirens? (?:sounded|wailed|marked)\b"
    # A digest's summary: "during the reporting period".
    r"|\b(?:during|in|over|throughout) the (?:reporting|review) period\b"
    # "336 people have been killed since the protests began": a running total.
    r"|\b(?:has|have) been (?:killed|injured|wounded|arrested|detained|displaced|abducted)"
    r"\b[^.]{0,60}\bsince\b"
    # "The attacks brought to 27 the number of people killed since the raid": a tally.
    r"|\b(?:number|toll|total) of (?:\w+ ){0,2}?(?:killed|dead|deaths|casualties)\b"
    r"[^.]{0,80}\bsince\b"
    # Crime statistics: "London's murder tally last year", "There were 130 murders in
    # London in 2017".
    r"|\b(?:murder|homicide|crime|killing|shooting|stabbing)s? (?:tally|rates?|"
    r"statistics|figures|numbers)\b"
    r"|\bthere (?:were|have been|had been) (?:(?:more than |over |about |some )?[\d,]+|"
    r"more|fewer) "
    r"(?:murders|homicides|killings|shootings|stabbings|kidnappings)\b"
    # "It is unclear whether the explosion came from a car bomb": a question about an
    # event the report states elsewhere, not an event of its own.
    r"|\bit (?:is|was|remains|remained) (?:still )?(?:unclear|not clear|not known|unknown|"
    r"uncertain|not yet known) (?:whether|if)\b"
    # "The ministry said 30 soldiers had been eliminated in the Kherson direction": a
    # belligerent's daily tally along a front sector, many engagements, no one event.
    r"|\b(?:eliminated|neutrali[sz]ed|losses|lost up to)\b[^.]{0,120}\b(?:in|on|along) the "
    r"(?:[\w-]+ ){1,2}(?:direction|axis|sector)s?\b"
    # "He was behind past rocket launches towards Israel": a history, no event of the news.
    r"|\b(?:past|previous|prior) (?:[a-z-]+ ){0,2}?(?:attacks|launches|strikes|bombings|"
    r"incidents|killings|raids|assaults|massacres|kidnappings|abductions)\b"
)
# More background, apart from the above because none of these starts with a word (a
# word of any kind, or the sentence's start): the pattern above is then tried only where
# one of its first words starts (see geo.extract.patterns). Background when either matches.
# "an insurgency that has killed 40,000", "decades of conflict that has killed 450,000":
# the war's toll after "a" or "of" (apart from BACKGROUND_RE, whose start-word scan a
# one-letter word would turn off).
_WAR_TOLL_AFTER_ARTICLE_RE: Final = _re(
    r"\b(?:an?|of) (?:[\w-]+ ){0,2}?(?:fighting|war|conflict|violence|insurgency|offensive|"
    r"campaign|unrest|crisis)\b[^.]{0,30}\bhas (?:so far )?(?:killed|left|claimed)\b"
)
# "had been attacked more than 70 times since Oct. 17": a count of events, no event. (Apart
# from BACKGROUND_RE, whose word gate a count's digits would open on every sentence.)
_TIMES_SINCE_RE: Final = _re(
    r"\b(?:\d+|dozens of|scores of|hundreds of) times (?:since|this|in the past|so far)\b"
)
# "Turkey has carried out 60 drone strikes since the beginning of 2024, leading to six
# deaths": a count of events since a day, none of them told.
_EVENTS_SINCE_RE: Final = _re(
    r"\b(?:\d+|dozens of|scores of|hundreds of) (?:[\w-]+ ){0,2}?(?:strikes|airstrikes|"
    r"attacks|raids|bombings|incidents|operations|ambushes) since\b"
)
_BACKGROUND_REST_RE: Final = _re(
    # "who were abducted in the town a few years ago": history, not this report's news.
    r"\b(?:a few|[\w-]+) (?:years?|decades?) ago\b"
    # "Some of the resolutions agreed upon include; joint recovery of cattle, information
    # sharing on cattle raids": what a meeting resolved, no event.
    r"|\b(?:resolutions|recommendations|proposals)\b(?: [\w-]+){0,3}? include\b"
    # "where Israel's military offensive has killed more than 40,000": a possessive's toll.
    r"|['’]s (?:[\w-]+ ){0,2}?(?:fighting|war|conflict|violence|insurgency|offensive|campaign|"
    r"unrest)\b[^.]{0,30}\b(?:has|have) (?:so far )?(?:killed|left|claimed)\b"
    # "Last month it was reported that 30 civilians died": an earlier event, not this one.
    r"|^\W*(?:last|earlier this|earlier last) (?:month|year)\b"
    # "It comes a week after 44 people were killed in an attack in Istanbul", "This comes
    # as the army's airstrikes have faced reactions": the news is told elsewhere; what
    # follows is an earlier event or a setting.
    r"|^\W*(?:(?:but|and|yet) )?(?:it|this|that) (?:comes?|came) (?:just |only |barely |"
    r"less than |more than )?(?:(?:a|an|one|two|three|four|five|six|seven|ten|several|"
    r"a few|\d+) (?:days?|weeks?|months?|hours?) )?(?:after|since|as|amid|following)\b"
    # "The shooting comes after the police killing of ...": an earlier event named; not
    # "The attack came as worshippers gathered", nor "after midnight", which time the news.
    # "The successive IED blasts come barely a week after eight Maoists surrendered": a
    # stated gap of weeks to an earlier event (one "a day after" may be the report's own
    # news, told with its day).
    r"|^\W*(?:the|this|that|these) (?:[\w-]+ ){1,3}?(?:comes?|came) (?:just |only |barely |"
    r"less than |more than )?(?:a|an|one|two|three|four|five|six|seven|ten|several|a few|\d+) "
    r"(?:weeks?|months?) (?:after|since)\b"
    r"|^\W*(?:the|this|that) [a-z]+ (?:comes?|came) (?:just |only |barely |less than |"
    r"more than )?(?:(?:a|an|one|two|three|four|five|six|seven|ten|several|a few|\d+) "
    r"(?:days?|weeks?|months?) )?(?:after|since|following) (?:the|a|an|(?:days|weeks|months|"
    # "This attack comes after several massacres of displaced people": earlier events.
    r"years|decades) of|several|many|repeated|multiple|numerous|a series of|a spate of|"
    r"a wave of|recent|previous|similar)\b"
)
ANAPHORA_RE: Final = _re(
    r"\b(?:the (?:explosion|blast|attack|incident|shelling|strike|clash(?:es)?|ambush|assault|"
    r"protest|rally|demonstration|riot|raid|detonation|bombing|attackers?|victims?|dead|"
    r"injured|wounded|deceased|casualties|vehicle|device|mine|fighting)"
    r"|as a result|the same (?:attack|incident)|in the (?:attack|incident|blast|explosion))\b"
)
DETAIL_RE: Final = _re(
    r"\b(?:took place|happened|occurred|killed|dead|died|injur\w*|wound\w*|hurt|casualt\w+|"
    # An event database's "Fatalities: 0." field closes its note.
    r"lives|claim\w*|disclosed|hospital\w*|near|village|located|situated|fatalities(?=:)|"
    # "Police fired tear gas to disperse them": how a protest just told was met.
    r"tear ?gas|water cannons?|rubber bullets|dispers(?:e|ed|ing))\b"
)
# "The deadliest attack on soldiers since the start of the operation": a comparison, not
# a running total since then (which BACKGROUND_RE reads "since the start of" as).
_SUPERLATIVE_SINCE_RE: Final = _re(
    # ("the most recent data update from SOHR" compares nothing.)
    r"\b(?:deadliest|worst|biggest|largest|bloodiest|heaviest|most (?!recent\b)\w+|first)\b"
    r"[^.;]{0,80}?"
    r"\bsince\b[^.;,]{0,80}"
)
# "lifts the siege of the base, which had been besieged by rebels since 29 December": how
# long the place had been held before the event ended it (the past perfect), not a
# running total. "the city, which has been under siege since May": still so, a setting.
_HELD_SINCE_RE: Final = _re(
    # ("In Wad Madani, the state capital, which has been under RSF control since December
    # 2023, an air strike hit …": a control that lasts, in the present perfect, too.)
    r",\s*(?:(?:which|that|who) had been (?:held|controlled|occupied|besieged|encircled|"
    r"blockaded|surrounded|under (?:[\w-]+ ){0,2}?(?:control|siege|occupation))|"
    r"(?:which|that) (?:has|have) been under (?:[\w-]+ ){0,2}?(?:control|occupation)|(?:held|"
    r"controlled|occupied|besieged|encircled|blockaded|surrounded) by)\b"
    r"[^.;]{0,100}?\bsince\b[^.;,]{0,40}"
)
# "marched to demand the return of state services suspended since the 2021 offensive":
# a state that has lasted since, told of what the event's people want or suffer.
_STATE_SINCE_RE: Final = _re(
    r"\b(?:suspended|closed|shut|banned|cut off|halted|stalled|frozen|unpaid|missing|"
    r"displaced|detained|jailed|imprisoned|abandoned|deserted|in place|in force|idle)\s+"
    r"(?:ever\s+)?since\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:19|20)\d\d\b\s*)?"
    # Only a time or a thing named, not a clause of its own ("closed since fighting
    # erupted in April 2023" tells when the fighting began).
    r"(?:(?:[a-z-]+\s+){0,3}?(?:offensive|war|conflict|crisis|fighting|clashes|attacks?|unrest|"
    r"coup|elections?|uprising|insurgency|takeover|floods?|earthquake)\b)?"
    r"(?=\s*(?:[.,;]|$))"
)
# "a new attack on Kenscoff, a commune that had long been considered a refuge": what the
# place has long been, said of it, not of the event.
_LONG_BEEN_ASIDE_RE: Final = _re(r"\b(?:that|which|who) (?:has|have|had) long been\b[^.;,]*")
# "Gunmen shot dead a journalist on Tuesday, bringing to eight the number of reporters
# killed so far this year": the year's tally the event adds to, told after it.
_BRINGING_TALLY_RE: Final = _re(
    r",\s*(?:bringing|which brings|which brought|raising)\b[^.;]{0,160}"
)
ACCIDENT_RE: Final = _re(
    r"\b(?:accident\w*|fire broke out|caught fire|gas (?:leak|cylinder|explosion|pipeline)|"
    # "a petrol tanker exploded": a road accident, however many it kills.
    r"(?:petrol|fuel|oil|gas|diesel|gasoline) tankers? (?:truck )?(?:exploded|explosion|"
    r"overturned|burst into flames)|tanker explosion|"
    r"short circuit|industrial|cause of the (?:explosion|blast|fire)s? (?:is|was|remains) "
    r"(?:being investigated|unknown|unclear|not known))"
)


# Deaths and injuries that no one inflicted: ACLED codes none of them, and a report of
# fighting that also tells of floods or an outbreak states its violence with a trigger
# word, which this never overrules (it is asked only of a toll without one).
NON_VIOLENT_CAUSE_RE: Final = _re(
    r"\b(?:earthquakes?|quakes?|floods?|flooding|landslides?|mudslides?|storms?|cyclones?|"
    r"hurricanes?|typhoons?|tornado(?:es)?|avalanches?|droughts?|heat ?waves?|lightning|"
    r"tsunamis?|cholera|measles|malaria|ebola|covid(?:-19)?|coronavirus|pandemic|epidemic|"
    # Not "outbreak": "the outbreak of violence left 20 dead" is violence.
    r"disease|illness|cancer|overdoses?|drug abuse|hunger|starvation|malnutrition|"
    r"famine|ailments?|sickness|infections?|"
    r"crash(?:ed|es|ing)?|collisions?|collided|capsi[sz]ed|drown(?:ed|ing|ings)?|"
    # "when an armored vehicle carrying soldiers overturned": a road accident.
    r"overturned|rolled over|"
    # "a child died after the house he was sleeping in caught fire", "a fire broke out on
    # the first floor of a residential building" (not "a fire broke out in the area" that
    # a drone struck).
    r"(?:house|home|hut|building)\b[^.;]{0,30}?\bcaught fire|house fire|fire broke out (?:on|in) "
    r"(?:the|a|an) (?:[\w-]+ ){0,3}?(?:floor|building|house|home|factory|warehouse|hotel)|"
    r"accidental(?:ly)?|opioids?|fentanyl|flooded|(?:heavy|torrential) rains?|"
    # "Heavy rains caused a building to collapse", "the collapse of Alau dam": no one's act.
    r"(?:buildings?|bridges?|dams?|roofs?|walls?|mines?|houses?|canopy|structures?) "
    r"(?:to |had |has )?collaps\w*|collapse of (?:an? |the )?(?:[\w-]+ ){0,2}?(?:buildings?|"
    r"bridges?|dams?|roofs?|walls?|mines?|houses?|canopy|structures?)|"
    # Animals are no victims: "more than 150 dead mullet washed up".
    r"dead (?:fish|mullet|birds|cattle|cows|sheep|goats|camels|livestock|animals|dogs|"
    r"whales|dolphins|seals|turtles)|"
    r"road toll|road fatalities|traffic fatalities|struck by (?:a |an )?(?:vehicle|car|"
    r"truck|bus|train|lorry)|waiting list|natural causes|stampede|tree fell)\b"
)


def is_background(sentence: str) -> bool:
    """True for a sentence of background figures rather than an incident.

    >>> is_background("The conflict has resulted in the deaths of 30,000 people.")
    True
    >>> is_background("They aided in the evacuation of 5,000 out of 10,000 residents.")
    True
    >>> is_background("Shelling killed two civilians in Tartar on Monday.")
    False
    >>> is_background("A strike in Goris is said to have resulted in the deaths of 18 people.")
    False
    >>> is_background("It is unclear whether the blast came from a mortar.")
    True
    >>> is_background("He was behind past rocket launches towards the border.")
    True
    >>> is_background("A bomb killed nine soldiers, the deadliest attack since the start of "
    ...               "the operation.")
    False
    >>> is_background("Troops broke the siege of the airport, which had been held by rebels "
    ...               "since 2019.")
    False
    >>> is_background("The town has been held by rebels since 2019.")
    True
    >>> is_background("Shells hit the city, which has been under siege since May.")
    True
    >>> is_background("Gunmen shot a reporter, bringing to eight the number killed this year.")
    False
    """
    if _ranks_an_event_told(sentence):
        return True  # before the asides below, which set "the deadliest … since" aside
    if not _tells_background(sentence):
        return False
    rest = sentence
    for aside in (
        _SUPERLATIVE_SINCE_RE,
        _HELD_SINCE_RE,
        _STATE_SINCE_RE,
        _BRINGING_TALLY_RE,
        _LONG_BEEN_ASIDE_RE,
    ):
        # What these set aside ("since ...") is no running total; the rest may still be.
        found = aside.search(rest)
        if found is not None:
            rest = rest[: found.start()] + rest[found.end() :]
    return rest is sentence or _tells_background(rest)


# Running tolls, a group's notices of its dead, a place's history, threats and hoaxes:
# apart from BACKGROUND_RE, whose start-word scan their first words ("has", "was") would
# open at most words of every sentence; each is asked only where its rare words stand.
# "The clashes have killed more than 240 people in Lebanon, according to an AFP tally": a
# running toll (not "27 people were killed, according to an AFP tally").
_TALLY_TOLL_RE: Final = _re(
    r"\b(?:has|have) (?:so far |now )?(?:killed|left|claimed)\b[^.;]{0,120}?\baccording to "
    r"(?:an? |the )?(?:[\w-]+ ){0,2}?tally\b"
)
# "In most instances, individuals were detained before being killed", "Some were taken
# to detention facilities and killed, others were taken to unknown locations", "the
# Taliban has killed tens of former soldiers during the past one year": what a report
# found of many cases, none of them told.
_MANY_CASES_RE: Final = _re(
    # "kidnapping and wanton killing have become the order of the day": all the time.
    r"\b(?:has|have|had) become the order of the day\b|"
    # (Only as the sentence's opening: "rebels kill and in many cases behead 25 people"
    # tells one massacre.)
    r"^\W*(?:(?:but|however|and|yet),?\s+)?in (?:most|many|some|several|all|other|these|such|"
    r"numerous) (?:instances|cases)\b"
    r"|^\W*some (?:were|had been|have been)\b[^.;]{0,120}?\bothers (?:were|had been|have been)\b"
    r"|\b(?:has|have) (?:[a-z]+, ){0,4}(?:[a-z]+ and )?(?:killed|arrested|detained|tortured|"
    r"abducted)\b[^.;]{0,60}?\b(?:during|over|in) the (?:past|last) (?:one |two |three |few |"
    r"several )?(?:years?|months|decades?)\b"
    # "scores of militants had been killed or injured in various operations conducted in
    # Bannu, Lakki Marwat and North Waziristan": a tally of many operations.
    # ("Troops killed eight terrorists in various operations in Tank" is the army's one
    # event there.)
    r"|\b(?:had|have|has) been (?:killed|injured|wounded|arrested|neutrali[sz]ed)\b[^.;]{0,40}?"
    r"\b(?:in|during) "
    r"(?:various|several|multiple|numerous|different|a series of|a number of) "
    r"(?:[a-z-]+ )?operations\b"
    # "23 terrorists were killed in various sanitisation operations across Balochistan":
    # many operations over a province, told as one sum.
    r"|\b(?:were|was) (?:killed|injured|wounded|arrested|martyred|neutrali[sz]ed)\b[^.;]{0,40}?"
    r"\b(?:in|during) (?:various|several|multiple|numerous|different|a series of|a number of) "
    r"(?:[a-z-]+ )?operations (?:across|throughout)\b"
)
# "At least 40 people have died in poll-related violence since the polls were announced":
# a running toll (not "… have been killed since Monday", one clash's).
_DIED_SINCE_RE: Final = _re(
    r"\b(?:have|has) (?:died|been killed)\b[^.;]{0,80}?\bsince (?!(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day|yesterday|this morning|last night|dawn|early)"
)
_NOTICE_WORDS: Final = (
    *("mourn", "eulogi", "announced the", "carried out", "claiming that", "saying that"),
    *("stating that", "hoax", "false alarm"),
)
_NOTICE_RE: Final = _re(
    # "Hezbollah later mourned two of its fighters, from the town of Aitaroun": a group's
    # notice of its dead, who fell in an event told or untold, not where it names.
    r"\b(?:mourned|mourns|eulogi[sz]ed|announced the (?:deaths?|martyrdoms?) of) "
    r"(?:[\w-]+ ){0,2}?(?:of )?(?:its|their) (?:[\w-]+ )?(?:fighters|members|militants|"
    r"commanders|cadres|combatants)\b"
    # "Dasht-e-Barchi, where ISKP has carried out most of its attacks": its history.
    r"|\b(?:has|have|had) carried out (?:most|many|several|dozens|scores|some|a number) of "
    r"(?:its|their|the) (?:[\w-]+ )?attacks\b"
    # "telephoned a warning claiming that a bomb had been left at the station", "the
    # device was declared a hoax": a threat or a false alarm, no attack.
    r"|\b(?:warning|threat|call)s? (?:[\w-]+ ){0,4}?(?:claiming|saying|stating) that\b"
    r"|\b(?:was|were|be|been|as) (?:an? )?(?:(?!no\b|not\b)[\w-]+ )?(?:hoax|false alarm)\b"
    r"|\bhoax (?:calls?|devices?|bombs?|warnings?)\b"
)


def _tells_background(text: str) -> bool:
    return bool(
        BACKGROUND_RE.search(text)
        or ("tally" in text and _TALLY_TOLL_RE.search(text) is not None)
        or (
            (
                " instances" in text
                or " cases" in text
                or "others were" in text
                or (
                    ("the past " in text or "the last " in text)
                    and ("has " in text or "have " in text)
                )
                or ("operations" in text and ("been " in text or " across " in text))
                or "order of the day" in text
            )
            and _MANY_CASES_RE.search(text) is not None
        )
        or (
            "since" in text
            and ("died" in text or "been killed" in text)
            and _DIED_SINCE_RE.search(text) is not None
        )
        or (any(word in text for word in _NOTICE_WORDS) and _NOTICE_RE.search(text) is not None)
        or _BACKGROUND_REST_RE.search(text)
        or _BACKGROUND_START_RE.match(text)
        or (" times " in text and _TIMES_SINCE_RE.search(text) is not None)
        or (" since " in text and _EVENTS_SINCE_RE.search(text) is not None)
        or (" has " in text and _WAR_TOLL_AFTER_ARTICLE_RE.search(text) is not None)
        or (any(word in text for word in _TALLY_VERBS) and _TALLY_RE.search(text))
        or (
            ("closed" in text or "the month" in text or "the quarter" in text or "so far" in text)
            and _PERIOD_TALLY_RE.search(text) is not None
        )
        or (
            ("brings" in text or "brought" in text or "raise" in text or "pushe" in text)
            and _SUMS_THE_TOLD_RE.match(text) is not None
        )
        or (
            ("included" in text or "listed" in text or "excluded" in text)
            and _LIST_SCOPE_RE.search(text) is not None
        )
        or (("falsely" in text or "wrongly" in text) and _FALSE_CLAIM_RE.search(text) is not None)
        or (
            ("onvict" in text or "entenced" in text or "cquitted" in text)
            and _COURT_RULED_RE.match(text) is not None
        )
        or (
            (
                "accus" in text
                or "blam" in text
                or "committed" in text
                or "particip" in text
                or "involve" in text
                or "complicity" in text
            )
            and _GENERAL_CHARGE_RE.search(text) is not None
        )
        or (
            ("ension" in text or "across" in text)
            and _TENSION_OR_SPREAD_RE.search(text) is not None
        )
        or (" from " in text and " to " in text and _TOLL_CHANGE_RE.search(text) is not None)
        or (("bod" in text or "remains" in text or "coffin" in text) and _BURIAL_RE.match(text))
        or (
            " war" in text
            and ("bod" in text or "remains" in text)
            and _WAR_REMAINS_RE.search(text) is not None
        )
        or (
            any(word in text for word in _TREND_WORDS)
            and _TREND_RE.search(text) is not None
            and _TOLL_WORD_RE.search(text) is None
        )
        or (
            ("been killed" in text or "been murdered" in text)
            and _WAR_TOLL_RE.search(text) is not None
        )
        or ((" has " in text or " have " in text) and _CONFLICT_TOLL_RE.search(text) is not None)
        or (
            any(word in text for word in _DIED_WORDS)
            and _DIED_IN_THE_WAR_RE.search(text) is not None
        )
        or ("already" in text and _ALREADY_COUNTED_RE.search(text) is not None)
        or (" of " in text and _EARLIER_BOUT_RE.search(text) is not None)
        or ("toll" in text and _TENS_OF_THOUSANDS_TOLL_RE.search(text) is not None)
        or (
            ("been detained" in text or "been arrested" in text or "been jailed" in text)
            and _DETENTION_TALLY_RE.search(text) is not None
        )
        or (("year" in text or "decade" in text) and _YEARS_EARLIER_RE.search(text) is not None)
        or (
            ("wave of" in text or "spate of" in text or " of all " in text)
            and _WAVE_OR_SHARE_RE.search(text) is not None
        )
        or (
            "anniversar" in text
            and _ANNIVERSARY_RE.search(text) is not None
            and _PROTEST_TOLD_RE.search(text) is None
            and _TOLD_WHILE_ANNIVERSARY_RE.search(text) is None
        )
        or (
            any(word in text for word in _NTH_EVENT_WORDS)
            and _NTH_OF_THE_YEAR_RE.search(text) is not None
        )
    )


# "It was the 14th massacre in Honduras this year": the event's rank in a year's count
# (asked only where one of its nouns stands: " in " stands in most sentences).
_NTH_EVENT_WORDS: Final = ("massacre", "attack", "killing", "bombing", "shooting", "incident")
_NTH_OF_THE_YEAR_RE: Final = _re(
    r"\b(?:was|is|marks?|marked)\s+the\s+(?:\d{1,3}(?:st|nd|rd|th)|second|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(_NTH_EVENT_WORDS)
    + r")s?\b[^.;]{0,60}?\b(?:(?:this|so far this|in)\s+(?:year|month|week|(?:19|20)\d\d)|"
    # "This is the second similar incident involving IED blasts in the area in two days".
    r"in\s+(?:two|three|four|five|\d+)\s+days)\b"
)
# "gathered to mark the 36th anniversary of the attack", "marked on Tuesday the first
# anniversary of the floods", "commemorating the massacre": remembrance, no event, unless
# the sentence tells a protest ("demonstrators marched to mark the anniversary of the
# sit-in; security forces fired tear gas" is one). Gated by a plain substring.
_ANNIVERSARY_RE: Final = _re(
    r"\b(?:mark|marked|marks|marking|commemorat\w+)\b[^.;]{0,30}?\banniversary\b"
    r"|\bon the (?:\w+ )?anniversary\b"
)
# "As towns commemorated the 215th anniversary of independence, three soldiers were
# killed": the day's setting, and the sentence's own event after it.
_TOLD_WHILE_ANNIVERSARY_RE: Final = _re(
    r"\b(?:as|while|when)\s[^.;,]{0,120}?\banniversary\b[^.;]{0,150}?,\s[^.;]{0,80}?"
    r"\b(?:were|was)\s(?:killed|wounded|injured|shot dead)\b"
)
_PROTEST_TOLD_RE: Final = _re(
    r"\b(?:demonstrators|protesters|protestors|marchers|marched|tear ?gas|stun grenades|"
    r"water cannons?|rubber bullets|dispersed)\b"
)


# "The killing sparked a wave of revenge attacks that left 15 dead": many events, told
# together as what followed; "the states concentrate almost half of all murders": a share.
# Gated by plain substrings (see _tells_background).
_WAVE_OR_SHARE_RE: Final = _re(
    r"\b(?:sparked|triggered|unleashed|set off|fuel(?:l)?ed|led to) (?:a |an )?(?:new |fresh )?"
    r"(?:wave|spate) of\b|"
    r"\b(?:half|a third|a quarter|two thirds|most|\d+ ?(?:per ?cent|%)) of all (?:the )?"
    r"(?:murders|homicides|killings|attacks|deaths|violent deaths|kidnappings)\b"
)


# "more than 40,000 Palestinians have been killed in the war": its running toll, in
# thousands ("two soldiers have been killed in the war" may be the news).
# "Research estimates the death toll at around 130,000": a toll in the tens of thousands
# or more is a war's, no one event's that the report told.
_TENS_OF_THOUSANDS_TOLL_RE: Final = _re(
    r"\btoll\b[^.;\d]{0,40}?\b(?:\d{2,3},\d{3}|\d{1,3}(?:,\d{3}){2,3}|\d{5,7})\b"
)
_WAR_TOLL_RE: Final = _re(
    r"\b\d{1,3}(?:,\d{3})+\b[^.;]{0,50}?\b(?:have|has) been killed\b[^.;]{0,40}?"
    r"\b(?:in|during|since) the (?:war|conflict|insurgency|offensive)\b|"
    # "Since then, more than 900 people have been murdered in the state": a feud's
    # running toll, in hundreds.
    r"\bsince\b[^.;]{0,40}?\b(?:\d{3,}|\d{1,3}(?:,\d{3})+)\b[^.;]{0,50}?\b(?:have|has) been "
    r"(?:killed|murdered)\b|"
    # "At least 11 civilians have been killed by Maoists in the Bastar region this year": a
    # period's running toll.
    r"\b(?:have|has) been (?:killed|murdered)\b[^.;]{0,60}?\b(?:this year|so far this year|"
    r"this month|since the (?:start|beginning) of the year|since (?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december)|"
    # "30 candidates have been murdered in Puebla since the campaign began".
    r"since the (?:[\w-]+ ){0,2}?(?:campaign|electoral process|elections?|war|conflict|"
    r"insurgency|offensive|crisis|unrest|protests|coup))\b|"
    r"\b(?:this year(?: so far)?|so far this year|since the (?:start|beginning) of the year)"
    r"\b[^.;]{0,60}?\b(?:have|has) been (?:killed|murdered)\b|"
    # "More than 160 social leaders have been killed in 2019 in Colombia": a year's toll.
    r"\b(?:have|has) been (?:killed|murdered)\b[^.;]{0,40}?\bin (?:19|20)\d\d\b|"
    # "In less than two weeks, more than 100 people have been killed by the ADF": weeks'
    # running toll (a day's is the news).
    r"\b(?:in|over|within) (?:less than |more than |under |just |the (?:past|last) )?"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d{1,2}) "
    r"(?:weeks?|months?|years?)\b[^.;]{0,80}?\b(?:have|has) been (?:killed|murdered)\b"
)
# "The struggle between the two factions has resulted in 928 murders": a conflict's
# running toll, none of its events told.
_CONFLICT_TOLL_RE: Final = _re(
    # ("A land dispute has left 12 dead" is the news: a dispute, a feud and "left" are
    # the day's words as much.)
    r"\b(?:war|conflict|struggle|rivalry)\b[^.;]{0,60}?\b(?:has|have) "
    r"(?:resulted in|claimed|caused)\b"
)
# "More than 6,600 people, mostly civilians, have died in the conflict": the war's toll,
# in hundreds or more ("two people have died in the violence" may be the day's).
_DIED_WORDS: Final = ("have died", "has died", "lost their lives", "perished")
_DIED_IN_THE_WAR_RE: Final = _re(
    r"\b(?:\d{3,}|\d{1,3}(?:,\d{3})+|hundreds|thousands)\b[^.;]{0,60}?\b(?:have|has) "
    r"(?:died|perished|lost their lives)\b[^.;]{0,20}?\b(?:in|during) the (?:[\w-]+ )?"
    r"(?:war|conflict|insurgency|violence|unrest|uprising|fighting)\b"
)
# "The earlier bout of violence killed nearly 100 people": the toll of an event before.
_EARLIER_BOUT_RE: Final = _re(
    r"\b(?:the|an) (?:earlier|previous|last|prior) (?:bout|round|wave|spate|outbreak|episode) "
    r"of (?:violence|fighting|clashes|unrest)\b"
)
# "there are already 203 leaders murdered in the country this year": a year's count.
_ALREADY_COUNTED_RE: Final = _re(
    r"\balready (?:more than |over |at least )?\d[\d,]* (?:[\w-]+ ){0,3}?(?:killed|murdered|"
    r"assassinated)\b[^.;]{0,40}?\b(?:this year|so far)\b"
)


# "an increase in verified civilian casualties from 125 killed or injured in May to 224
# in June": a monitor's monthly figures, no event.
_TOLL_CHANGE_RE: Final = _re(
    r"\b(?:increase|rise|decrease|drop|decline|surge|spike|jump)\s+in\s+(?:the\s+)?"
    r"(?:number\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:casualties|deaths|fatalities|killings)\b"
    r"[^.;]{0,80}?\bfrom\s+\d[\d,]*\b[^.;]{0,80}?\bto\s+\d"
)


def _ranks_an_event_told(text: str) -> bool:
    return (
        "deadliest" in text or "worst" in text or "bloodiest" in text or "lethal" in text
    ) and _RANKED_RE.match(text) is not None


# "The attack on Vinnytsia is the third deadliest since February": where an event told
# already ranks, no event of its own.
_RANKED_RE: Final = _re(
    r"\W*(?:the (?:[\w'’-]+ ){0,2}?(?:attack|strike|bombing|shelling|incident|massacre|"
    r"blast|explosion)(?: on [\w'’-]+)?|it|this|that) (?:is|was|marks?|marked|became) the "
    r"(?:(?:second|third|fourth|fifth|sixth) )?(?:deadliest|worst|bloodiest|most lethal)\b"
)


# "The RSF have intensified their attacks on villages in eastern Gezira", "residents have
# repeatedly staged protests": a trend, no event, unless the sentence tells a toll
# ("… have stepped up their attacks, killing five on Monday"). Apart from BACKGROUND_RE
# and tried only where one of its words is written, as the tally is.
_TREND_WORDS: Final = (
    *("intensif", "stepped up", "ramped up", "escalat", "peatedly", "egularly"),
    *("to stop", "to end", "will stop", "will end"),
    *("increasingly", "be able to", "continued in", "persisted in", "remain", "threat"),
    "risk of",
    *("have increased", "has increased", "have risen", "has risen", "have surged"),
    *("has surged", "have grown", "has grown", "have doubled", "has doubled"),
    *("kept up", "keep up", "keeps up", "continued despite", "unabated", "remained high"),
    *("on the rise", "recently", "continued to", "ability to", "capacity to", "capability to"),
    *("often", "frequently", "routinely", "ecom", "uptick", "might", "could"),
    *("recurr", "persistent", "repeated", "become a", "for decades", "for years"),
    *("for generations", "recent past", "typically", "usually", "generally", "normally"),
    *("frequent ", "regular ", "periodic ", "occasional ", "insurgenc", "near-daily"),
    *("near daily", "almost daily", "are ongoing", "is ongoing", "doubled", "tripled"),
    *("continue to", "continues to", "problem", "occurrence", "phenomenon", "simmer"),
    *("war began", "war started", "conflict began", "conflict started", "insurgency began"),
    *("uprising began", "seen a", "seen an", "seen the", "faces ", "face ", "there ha"),
)
_TREND_RE: Final = _re(
    # "what has become a worrying trend – missiles striking residential areas": a pattern
    # of the war, no one strike.
    r"\b(?:has|have|had) become an? (?:[\w-]+ )?(?:trend|pattern|norm|routine|hallmark)\b|"
    # "The PKK … for decades has fought for the rights of Kurds in Turkey": a history.
    # ("The FARC for decades fought the government, carrying out … bombings".)
    r"\bfor (?:decades|years|generations) (?:(?:has|have|had) )?(?:fought|waged|battled|"
    r"been)\b|"
    # "met brickwalls as there were sporadic shootings … in the recent past": a past of
    # many events.
    r"\bin the recent past\b|"
    # "Hezbollah has traded near-daily fire with Israeli forces since October 7", "the
    # latest war began Oct. 8, 2023, when Hezbollah fired rockets": a war's course and
    # its start, no event of the day.
    r"\b(?:has|have|had) (?:traded|exchanged) (?:near-daily|near daily|almost daily) "
    r"(?:[\w-]+ )?fire\b|"
    r"\b(?:war|conflict|insurgency|uprising) (?:began|started) (?:on |in )?"
    r"(?:(?-i:[A-Z])[a-z]{2,8}\.? \d{1,2}, |\d{1,2} (?-i:[A-Z])[a-z]{2,8},? )?(?:19|20)\d\d\b|"
    # "Niger is battling two jihadist insurgencies — … an offensive in the west by
    # militants": a country's wars described, none of their events told.
    r"\b(?:is|are|has been|have been) (?:battling|fighting|facing|grappling with|"
    r"confronting) (?:an?|two|three|several|multiple|twin) (?:[\w-]+ ){0,2}?"
    r"insurgenc(?:y|ies)\b|"
    # "the near-daily shootings and bombings make few headlines": a habit of the war.
    r"\b(?:near-daily|near daily|almost daily) (?:[a-z-]+ )?(?:shootings|bombings|attacks|"
    r"strikes|airstrikes|clashes|raids|shelling|killings)\b|"
    # "There are frequent strikes and protests in the Niger Delta": a setting.
    r"\b(?:frequent|regular|periodic|occasional) (?:[a-z-]+ )?(?:strikes|protests|attacks|"
    r"clashes|kidnappings|abductions|demonstrations|raids|shootings|robberies)\b|"
    # "demonstrations typically occur between late morning and early afternoon": what
    # such events are like, none of them told.
    r"\b(?:typically|usually|generally|normally) (?:occur|take place|happen|draw|attract|"
    r"target|turn|last|involve)\b|"
    # "Mozambique has seen the spread of terrorist attacks to Nampula", "the south of the
    # province also faces attacks blamed on the ADF": a course of events and a setting.
    r"\b(?:has|have|had) seen (?:a|an|the) (?:[\w-]+ )?(?:spread|surge|rise|wave|increase|"
    r"upsurge|escalation|resurgence|spate|string) of\b|"
    r"\b(?:faces|face) (?:[\w-]+ ){0,2}?(?:attacks|raids|incursions|insecurity|violence)\b|"
    # "Since then there have been very minimal attacks reported in the region": a count of
    # a period's events, none of them told.
    r"\bthere (?:have|has) been (?:very |only |relatively )?(?:minimal|few|fewer|no|sporadic|"
    r"isolated|occasional|several|many|numerous|frequent) (?:[a-z-]+ )?(?:attacks|incidents|"
    r"clashes|raids|killings|shootings)\b|"
    # "People want the bombings and shootings to stop": a wish, no event.
    r"\b(?:wants?|wanted|wish(?:es|ed)?|hopes?|hoped|prays?|prayed|longs? for)\b[^.;]{0,60}?"
    r"\b(?:to|will) (?:stop|end)\b|"
    # "the new force will be able to carry out operations against gangs": what may come.
    r"\b(?:will|would|should) be able to\b|"
    # "the cartel, which has increasingly used drones": a habit grown.
    r"\b(?:has|have|had) increasingly (?:used|deployed|employed|relied|turned|resorted|"
    r"targeted|attacked)\b|"
    # ("Russian forces stepped up their attacks on the Pokrovsk front this week".)
    r"\b(?:(?:has|have|had) (?:been )?)?(?:stepped up|ramped up|intensified|escalated) "
    r"(?:(?:their|its|his|her|the) )?(?:[a-z-]+ )?(?:attacks|raids|offensive|operations|"
    r"strikes|assaults|campaign|shelling|bombardments?|activities|protests)\b"
    # "Kidnappings continued in several localities of Kaduna state": many events, none
    # of them told.
    r"|\b(?:continued|persisted) in (?:several|various|many|multiple|numerous) "
    r"(?:localities|areas|places|villages|parts|towns|communities|districts|locations)\b"
    r"|\b(?:has|have|had) (?:been )?(?:repeatedly|regularly) (?:[a-z-]+ )?(?:staged|held|"
    r"attacked|clashed|protested|targeted|raided|shelled|demonstrated|staging|holding|"
    r"attacking|targeting)\b"
    # "attacks on farmers are increasingly reported", "abductions remain the dominant
    # pattern": a security digest's trend.
    r"|\b(?:are|is|were|was) increasingly (?:reported|common|frequent|used)\b"
    # "Clashes between farmers and herders are a worsening problem in the Sahel", "tensions
    # have simmered for years": a region's lot, no one event.
    r"|\b(?:are|is|remains?|(?:has|have) become) (?:an? |the )?(?:[a-z-]+ )?(?:problem|"
    r"occurrence|phenomenon)\b"
    r"|\b(?:has|have|had) (?:simmered|festered|smouldered|smoldered) for (?:years|decades|"
    r"months|generations)\b"
    r"|\bremains? the (?:dominant|main|most common|primary|principal|prevailing) "
    r"(?:pattern|threat|trend|modus operandi)\b"
    # "Reports of attacks in the gulf more than doubled in 2018": a count's change.
    r"|\b(?:reports|number|numbers|incidents|cases) of (?:[\w-]+ ){0,2}?(?:attacks|killings|"
    r"abductions|kidnappings|piracy|raids|incidents)\b[^.;]{0,100}?\b(?:more than )?"
    r"(?:doubled|tripled|halved|increased|rose|fell|declined|dropped)\b"
    # "The number of civilian casualties of mines continue to increase on the West Coast".
    r"|\b(?:casualties|attacks|killings|incidents|deaths|victims|violence|abductions)\b"
    r"[^.;]{0,80}?\b(?:continue|continues|continued) to (?:increase|rise|mount|grow|climb)\b"
    # "attacks on polio teams have increased in Khyber Pakhtunkhwa": a rise, no event.
    r"|\b(?:attacks|killings|abductions|kidnappings|incidents|clashes|violence|raids)\b"
    r"[^.;]{0,60}?\b(?:have|has) (?:increased|risen|surged|grown|doubled)\b"
    # "The TTP kept up attacks in the north west", "Attacks continued despite the
    # campaign", "violence remained high": a month's digest of what went on.
    r"|\b(?:kept|keeps|keep) up (?:(?:their|its|the) )?(?:[a-z-]+ )?(?:attacks|raids|"
    r"pressure|offensive|operations|strikes|shelling|assaults)\b"
    r"|\b(?:attacks|violence|fighting|clashes|raids|strikes|shelling|insecurity|killings)\s+"
    r"(?:continued (?:despite|unabated)|(?:continued|persisted|remained) (?:high|unabated))\b"
    # "junta artillery attacks and airstrikes are ongoing throughout Pekon Township": a
    # state of things, no one strike.
    r"|\b(?:attacks|airstrikes|air strikes|strikes|shelling|fighting|clashes|raids|"
    r"bombardments?|operations|hostilities)\s+(?:are|is)\s+ongoing\b"
    # "in view of the constant threat to civilians as a result of shelling": a danger
    # that lasts, no one strike.
    r"|\b(?:constant|continuous|continual|permanent|ongoing|daily|persistent) "
    r"(?:threat|danger|risk)\b"
    # "there is an elevated threat of IED attacks in Maiduguri": an advisory's warning.
    r"|\bthere (?:is|remains) (?:also )?(?:an? )?(?:[a-z]+ )?(?:threat|risk) of\b"
    # "Attacks by the group have been on the rise", "the militia has recently stepped up
    # its raids", "the army has recently begun shelling the hills": a trend, no event.
    r"|\b(?:(?:has|have|had) been|are|is|were|was) on the rise\b"
    r"|\b(?:has|have|had) (?:recently|lately) (?:increased|stepped up|intensified|escalated|"
    r"begun|started)\b"
    r"|\b(?:has|have|had) increased (?:its|their) (?:[a-z-]+ )?(?:attacks|raids|operations|"
    r"strikes|assaults)\b"
    # "the group has continued to carry out hit-and-run attacks", "retains the ability to
    # mount car bombings": what a group goes on doing or can do.
    r"|\b(?:has|have|had) continued to (?:carry out|conduct|launch|stage|mount|wage)\b"
    r"|\b(?:retains?|retained|maintains?|maintained|has|have|had) (?:the )?(?:ability|"
    r"capacity|capability) to\b"
    # "The rebels often use the forest to plan attacks": a habit.
    r"|\b(?:often|frequently|routinely) (?:use|uses|used|carry out|carries out|launch|launches|"
    r"stage|stages|attack|attacks|target|targets|raid|raids|cross|crosses)\b"
    # "IEDs are fast becoming a new normal", "August saw an uptick in attacks".
    r"|\b(?:fast |increasingly )?becom(?:e|es|ing) (?:a |the )?(?:new normal|commonplace|"
    r"routine|widespread)\b"
    r"|\buptick\b"
    # "a dialogue on the recurrent incidents of cattle raiding": many events, none told.
    r"|\b(?:recurrent|recurring|persistent|repeated) (?:incidents|cases|acts|episodes) of\b"
    # "Troops might pursue the rebels into the hills": what could happen.
    r"|\b(?:might|could) (?:soon )?(?:pursue|attack|target|strike|launch|stage|raid|invade|"
    r"try|seek)\b"
)
_TOLL_WORD_RE: Final = _re(r"\b(?:killing|killed|wounding|wounded|injuring|injured|dead)\b")


# "The office recorded 43 assassination attempts in the governorate in October": a
# monitor's count of many events, none of them told. Apart from BACKGROUND_RE, whose
# first-letter scan its verbs would widen, and tried only where one of them is written.
_TALLY_VERBS: Final = ("recorded", "documented", "registered", "counted", "tallied", "logged")
_TALLY_RE: Final = _re(
    r"\b(?:recorded|documented|registered|counted|tallied|logged)\s+(?:at least |more than |"
    r"over |some |nearly )?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:attacks|assassinations|"
    r"attempts|killings|incidents|violations|cases|strikes|airstrikes|operations|abductions|"
    r"kidnappings|bombings|explosions|deaths|homicides|murders|arrests|detentions|massacres|"
    r"shootings|ambushes|clashes|protests)\b"
    # "SOHR has documented the deaths of 1,562 people across Syrian territory in March".
    r"|\b(?:recorded|documented|registered|counted|tallied|logged)\s+the\s+deaths\s+of\b"
    # "The Observatory documented the assassination of 207 civilians this year".
    r"|\b(?:recorded|documented|registered|counted|tallied|logged)\s+the\s+(?:killings?|"
    r"assassinations?|murders?|abductions?|kidnappings?|arrests?|executions?)\s+of\s+"
    r"(?:at least |more than |over |some |nearly )?\d[\d,]*\s"
    # "2,361 violent deaths were registered in the country".
    r"|\b(?:deaths|homicides|murders|killings)\s+(?:were|have been|had been)\s+(?:recorded|"
    r"documented|registered|counted|tallied|logged)\b"
)


def tells_a_tally(text: str) -> bool:
    """Whether the sentence counts a period's dead or attacks, as a monitor's report does.

    >>> tells_a_tally("SOHR has documented the deaths of 1,562 people across Syria in May.")
    True
    >>> tells_a_tally("Monthly death toll | 1,562 people killed across Syria in May 2025")
    True
    >>> tells_a_tally("Gunmen killed five people in Jableh on Sunday.")
    False
    """
    return bool(
        (any(word in text for word in _TALLY_VERBS) and _TALLY_RE.search(text))
        or (("month" in text or "Month" in text) and _MONTHLY_TOLL_RE.search(text))
    )


# "a video which falsely claimed that unknown gunmen attacked the market and killed over
# 20": a claim the report denies, no event.
_FALSE_CLAIM_RE: Final = _re(
    r"\b(?:falsely|wrongly)\s+(?:claimed|claiming|alleged|alleging|reported|suggested)\s+that\b"
)
# "The UN accused all parties of abuses including killings", "a group that has been
# accused of carrying out attacks inside Burundi", "the organisation committed massacres
# against minorities": a charge of many acts, in the plural, no one of them told.
# "Meanwhile, the Central Criminal Court convicted a defendant for killing five …, where
# the attacker opened fire on …": a verdict, whose sentence tells the act it judged.
# (The court the sentence's subject, in its first words: "Gunmen killed a judge who had
# sentenced a gang leader for murder" is the news.)
_COURT_RULED_RE: Final = _re(
    r"(?:(?!\b(?:killed|shot|attacked|murdered|stabbed|kidnapped|abducted)\b)[^.;]){0,60}?"
    r"\b(?:court|courts|judge|judges|tribunal|jury)\b[^.;]{0,40}?\b(?:convicted|sentenced|"
    r"acquitted)\b[^.;]{0,80}?\b(?:for|over|of|in connection with)\b"
)
_GENERAL_CHARGE_RE: Final = _re(
    r"\baccus(?:ed|es|ing) (?:all (?:parties|sides)|both sides|(?:the )?(?:[\w-]+ )?(?:forces|"
    r"groups|parties|sides)) of (?:[a-z-]+ )?(?:abuses|violations|atrocities|crimes)\b"
    r"|\b(?:has|have|had|is|are|was|were) (?:been )?(?:accused|blamed) (?:of|for) "
    r"(?:carrying out |having carried out |committing |having committed |staging |launching |"
    r"perpetrating )?(?:[a-z-]+ )?(?:attacks|abuses|killings|atrocities|massacres|violations|"
    r"crimes|raids|bombings|kidnappings|abductions)\b"
    r"|\bcommitted (?:[a-z-]+ )?(?:massacres|atrocities|abuses|violations|war crimes|"
    r"crimes against humanity)\b"
    # "Whether through direct participation in attacks or …": a court's charges.
    r"|\b(?:participation|involvement|complicity) in (?:the )?(?:[a-z-]+ )?(?:attacks|"
    r"killings|massacres|abductions|kidnappings|crimes|atrocities)\b"
    # "where youth from both areas are involved in criminal activities, child abduction":
    # a habit described.
    r"|\b(?:are|is|were|was|been|being|get|got) involved in (?:[a-z-]+ ){0,2}?"
    r"(?:criminal activities|crimes|attacks|killings|abductions|kidnappings|raids|violence)\b"
    # "They blame the gang for several murders around Montego Bay".
    r"|\bblam(?:e|es|ed|ing) (?:the |a |an )?(?:[\w-]+ ){0,3}?for (?:several|many|numerous|"
    r"dozens of|scores of|hundreds of|a string of|a series of|a spate of|a wave of|a number of) "
    r"(?:[a-z-]+ )?(?:murders|killings|attacks|shootings|robberies|kidnappings|abductions|"
    r"bombings)\b"
)
# "Tensions have been high across the West Bank since the offensive began": a state of
# things since; "attacked civilians across the Segou, Kayes and Mopti regions": a week's
# summary over three regions, none of its events told.
_TENSION_OR_SPREAD_RE: Final = _re(
    r"\btensions? (?:have|has|had) (?:been )?(?:high|soared|risen|mounted|flared|simmered|"
    r"running high|heightened|escalated)\b[^.;]{0,120}?\bsince\b"
    r"|\bacross (?:the )?(?-i:[A-Z][\w'’-]+),? (?:(?-i:[A-Z][\w'’-]+),? )*(?:and )?"
    r"(?-i:[A-Z][\w'’-]+) (?:regions|provinces|states|governorates|districts|departments|"
    r"counties|oblasts)\b"
)
# "Attacks on military positions are included where …": what a list holds, no event.
_LIST_SCOPE_RE: Final = _re(r"\b(?:are|is) (?:also )?(?:included|listed|excluded)\b")
# "This now brings to ten the number of people killed by bandits in a week": a sentence
# that only sums the events told.
_SUMS_THE_TOLD_RE: Final = _re(
    r"^\W*(?:this|that|it|these|those)\s+(?:now\s+|has\s+now\s+|has\s+)?(?:brings|brought|"
    r"takes|took|raises|raised|pushes|pushed)\s+(?:the\s+(?:death\s+)?(?:toll|number|total|"
    r"tally)\s+)?to\b"
)
# "Monthly death toll |", "monthly toll:": a headline that says the report is a tally.
_MONTHLY_TOLL_RE: Final = _re(r"\b(?:monthly|weekly|annual|yearly) (?:death )?tolls?\b")
# "Guayaquil closed January with more than 320 violent deaths", "killed 26 people during
# the month": a period's count, no event of it told.
_PERIOD_TALLY_RE: Final = _re(
    r"\bclosed\s+(?:the\s+(?:(?:first|second|third|last)\s+(?:half|quarter|semester)\s+of\s+"
    r"the\s+)?(?:month|year|week|quarter)|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|(?:19|20)\d\d)\s+with\b"
    r"|\b(?:during|over|throughout|in\s+the\s+(?:first|second|last)\s+half\s+of)\s+the\s+"
    r"(?:month|quarter)\b"
    r"|\bso\s+far\s+in\s+(?:19|20)\d\d\b"
)


# How a sentence of background may begin. Apart from BACKGROUND_RE, and tried only at the
# start: an anchored alternative there would cost the scan of every other position its
# first-letter test, which made it five times slower.
# "The village had already been hit ten years earlier, when shelling killed 106 people":
# an event of years before.
_YEARS_EARLIER_RE: Final = _re(
    r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|several|"
    r"many|a few) (?:years?|decades?) (?:earlier|ago|before)\b"
)
# "more than 80,000 people have been detained under the emergency rules": a campaign's
# tally of arrests, no one event of them.
_DETENTION_TALLY_RE: Final = _re(
    r"\b(?:\d{1,3},\d{3}|\d{4,}|thousands|tens of thousands|hundreds of thousands)\b[^.;]{0,40}?"
    r"\b(?:have|has) been (?:detained|arrested|jailed)\b|"
    r"\b(?:have|has) been (?:detained|arrested|jailed)\b[^.;]{0,30}?\b(?:under the|since|so far|"
    r"to date|in total|altogether)\b"
)
_BACKGROUND_START_RE: Final = _re(
    # "In June, ADF attacks near Oicha and Eringeti killed more than 80 people": a month's
    # attacks, counted together, not one of them.
    r"\W{0,3}(?:(?:in|during|throughout|over) (?:early |late |mid-)?(?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b(?! \d)[^.;]{0,80}?"
    r"\b(?:attacks|raids|clashes|strikes|airstrikes|killings|bombings|ambushes|abductions|"
    r"kidnappings|incidents)\b"
    # A paragraph labelled background: "Background: Israel resumed its offensive …".
    r"|(?:background|context)\s*[:—–]"
    # "Remember how the RSF overran Wad Madani": a post recalling what is known.
    r"|(?:remember|recall) (?:how|when)\b"
    # "A reminder that Ukraine's forces liberated the Kherson region …", "It will be
    # recalled that …": an agency's formula for what it told before.
    r"|(?:a reminder that|as a reminder,|recall that|it (?:will|should|may) be recalled that)"
    # "Since the war, Russian forces have erected fences and detained dozens": years of it.
    r"|since the (?:\d{4} )?(?:war|conflict|invasion|occupation|coup|uprising)\b"
    # An agency's recap of its own earlier report: "As Ukrinform reported, the day before,
    # Russian shelling killed one person", "As previously reported, …".
    r"|as (?:(?:was|has been|had been) )?(?:(?-i:[A-Z])[\w-]+ )?(?:previously |earlier )?"
    r"reported(?: (?:earlier|previously|before|yesterday))?,)"
)


# What a sentence states (its triggers, whether it is background, its toll) depends on
# its text alone: each distinct text is read once (see geo.extract.sentence_cache).


@sentence_cached
def _triggers_of(text: str) -> tuple[Trigger, ...]:
    """:func:`find_triggers_unfiltered`, once per distinct text (offsets into ``text``)."""
    return tuple(find_triggers_unfiltered(text))


@sentence_cached
def _is_background(text: str) -> bool:
    """:func:`is_background`, once per distinct text."""
    return is_background(text)


@sentence_cached
def _count(text: str) -> Casualties:
    """:func:`count_casualties`, once per distinct text (Casualties is frozen)."""
    return count_casualties(text)


def _sentence_triggers(sentence: Sentence, *, hinted: bool | None) -> list[Trigger]:
    if hinted is None:
        hinted = may_hold_trigger(sentence.text)
    if not hinted:
        return []
    return [
        Trigger(
            t.start + sentence.start,
            t.end + sentence.start,
            t.phrase,
            t.rule,
            t.event_type,
            t.sub_event_type,
            t.strength,
            t.anaphoric,
        )
        for t in _triggers_of(sentence.text)
    ]


# A cheap pre-check before counting: the word starts that counting reads as an outcome.
# One Aho-Corasick pass over the report finds them all (a regex per sentence cost more
# than the counting it saved).
CASUALTY_STEMS: Final = (
    *("kill", "dead", "died", "dies", "death", "injur", "wound", "hurt", "slain", "hospitali"),
    *("lost", "life", "lives", "body", "bodies", "neutrali", "eliminat", "behead", "massacr"),
    *("gunned", "shot", "assassinat", "perpetrator", "toll", "casualt", "execut", "murder"),
    *("lynch", "burnt", "burne", "stabb", "beaten", "fatal", "victim", "claim", "succumb"),
    "perish",
    # "six men were found hanging from a bridge", "found decapitated".
    *("hanging", "hanged", "decapitat", "dismember", "strangl"),
    # "were martyred", "embraced shahadat", "khwarij were sent to hell".
    # ("paid the ultimate sacrifice", "paid the supreme price".)
    *("martyr", "shahadat", "hell", "sacrific", "supreme", "ultimate"),
    # "six people received medical help", "received treatment": the injured.
    *("medical", "treatment", "hospital", "clinic", "infirmary", "treated"),
    # "4 KIA, 5 WIA": killed and wounded in action; "put out of action five fighters".
    *("kia", "wia", "out of action"),
)
_CASUALTY_AUTOMATON: Final = ahocorasick_rs.AhoCorasick([f" {stem}" for stem in CASUALTY_STEMS])


def casualty_hint_offsets(text: str) -> list[int] | None:
    """Sorted offsets in ``text`` where a word that may state a casualty begins.

    None when lower-casing changes the text's length: then every sentence is counted.

    >>> casualty_hint_offsets("Prices rose. Two were killed.")
    [22]
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    haystack = " " + letters_only(lowered)
    return [start for _, start, _ in _CASUALTY_AUTOMATON.find_matches_as_indexes(haystack)]


def _counted(sentence: Sentence, hints: list[int] | None) -> Casualties:
    """The sentence's toll, counted once (counting is the costliest step per sentence)."""
    if not _may_count(sentence, hints):
        return _NOTHING_COUNTED
    return _count(sentence.text)


def _may_count(sentence: Sentence, hints: list[int] | None) -> bool:
    """False when the sentence has no word that counting reads as an outcome."""
    if hints is None:
        return True
    at = bisect_left(hints, sentence.start)
    return at < len(hints) and hints[at] < sentence.end


# Words that make a toll violence's: someone killed, wounded or struck, or violence named.
# "A man died in Kano" says no more than that someone died: it may tell the toll of an
# event just stated (see _TOLL_REACH_SENTENCES), but it starts none of its own.
_VIOLENT_TOLL_RE: Final = _re(
    r"\b(?:kill\w*|slain|shot|gun\w*|stabb\w*|behead\w*|execut\w*|massacr\w*|murder\w*|"
    r"slaughter\w*|butcher\w*|"
    r"lynch\w*|burn\w*|hack\w*|beat\w*|neutrali[sz]\w*|eliminat\w*|assassinat\w*|wound\w*|"
    r"injur\w*|hurt|casualt\w*|violen\w*|attack\w*|clash\w*|fight\w*|blast\w*|explo\w*|"
    r"bomb\w*|unrest|riot\w*|raid\w*|ambush\w*|war|conflict|strike\w*|shell\w*|battle\w*|"
    r"crossfire|hostilities|insurg\w*|militan\w*|rebel\w*|terror\w*|jihad\w*|guerrill\w*|armed|"
    r"soldiers?|troops|police\w*|security forces|lost (?:their|his|her) li(?:ves|fe)|"
    r"mowed down|torture\w*|hang\w*|confront\w*|shootouts?|bullets?|grenades?|mines?|"
    r"IEDs?|drones?|missiles?|rockets?|artillery|mortars?|siege|offensive|gangs?|"
    r"disturbances?|fired|firing|crackdown|repression|pogrom)\b"
)


_COURT_RE: Final = _re(
    # (Not "prosecutors": "according to the Prosecutor's Office" gives tolls of the news.)
    r"\b(?:court|tribunal|charges? ?sheet|framed charges|indicted|convicted|acquitted|"
    r"sentenced|verdict|trial|"
    # "was executed in Urmia Central Prison": a death sentence carried out.
    r"executed in (?:[\w-]+ ){0,3}?prison)\b"
)
# A toll that names no violence ("he was pronounced dead") tells the toll of an event
# stated at most this many sentences before it.
_TOLL_REACH_SENTENCES: Final = 3


_FIGHTERS: Final = (
    r"(?:terrorists|militants|insurgents|jihadists|bandits|assailants|attackers|fighters|"
    r"rebels|gunmen|criminals|outlaws)"
)
_UNCOUNTED_DEAD_RE: Final = _re(
    r"\b(?:killed|killing|neutrali[sz]ed|neutrali[sz]ing|eliminated|eliminating) "
    r"(?:(?:several|many|numerous|some|dozens of|scores of|an unknown number of|"
    r"a (?:large |significant |great )?number of|a group of|a column of|members of|"
    r"(?:an?|the) (?:[\w-]+ )?(?:group|column|cell|gang|band) of) )?(?:[\w-]+ )?"
    + _FIGHTERS
    + r"\b|"
    r"\b(?:killed|neutrali[sz]ed|eliminated|destroyed) (?:an?|the) (?:terrorist|militant|"
    r"jihadist|bandit|rebel|criminal|insurgent) (?:group|column|cell|gang|band)\b|"
    r"\b(?:(?:several|many|numerous|dozens of|scores of|a number of|some) (?:[\w-]+ )?"
    + _FIGHTERS
    + r"|(?:an?|the) (?:terrorist|militant|jihadist|bandit|rebel|criminal|insurgent) "
    r"(?:group|column|cell|gang|band)) (?:was|were|has been|have been|had been) "
    r"(?:killed|neutrali[sz]ed|eliminated|destroyed)\b|"
    # "Ethnic Amhara farmers were killed in Ayana on Sunday": victims no one counted,
    # killed at a place the sentence names (not "civilians were killed in the war").
    r"^(?:[\w-]+ ){0,3}?(?:civilians|villagers|farmers|herders|residents|worshippers|"
    r"passengers|travellers|women|children|people|fishermen|miners|traders|students) "
    r"(?:were|had been) (?:killed|shot dead|massacred|slaughtered|murdered) "
    r"(?:in|at|near) (?-i:[A-Z])"
)


def _casualty_trigger(
    sentence: Sentence, counted: Casualties, *, after_event: bool
) -> Trigger | None:
    """A sentence with a counted toll and no trigger word still states an incident,
    unless it names a cause that is no violence (a quake, a crash, cholera), or no cause
    at all ("a man died") and follows no event whose toll it may tell."""
    if not (
        counted.fatalities
        or counted.injured
        or counted.claimed
        # "Troops killed several bandits", "a drone neutralised a group of terrorists":
        # a fight's dead that no one counted (the toll stays unknown). Only where deaths
        # are spoken of: its "a"/"the" branches would open its gate in every sentence.
        or (counted.mentions_deaths and _UNCOUNTED_DEAD_RE.search(sentence.text))
    ):
        # A claimed toll ("the army said it had killed 20 militants") is no count, but
        # the claim still states the fight.
        return None
    if NON_VIOLENT_CAUSE_RE.search(sentence.text) or not (
        after_event or _VIOLENT_TOLL_RE.search(sentence.text)
    ):
        return None
    if _COURT_RE.search(sentence.text):
        # "a court in Jammu framed charges against four men … behind the July 2024 ambush,
        # in which 5 soldiers were killed": a toll a court case recalls is the old event's.
        return None
    event_type, sub_event_type, _ = type_of_attack(sentence.text)
    return Trigger(
        sentence.start, sentence.start, "", "casualties", event_type, sub_event_type, 0.4, False
    )


_NOTHING_COUNTED: Final = Casualties()


@dataclass(frozen=True, slots=True)
class StatedSentence:
    """A sentence that states an event: its triggers and its toll.

    ``attached`` is True for a sentence without a trigger that goes on about the event
    just stated ("The explosion took place near a bridge."): it may name its place or toll.
    """

    sentence: Sentence
    triggers: list[Trigger]
    attached: bool
    casualties: Casualties


def find_event_sentences(
    sentences: Sequence[Sentence],
    *,
    text: str | None = None,
    report_year: int | None = None,
    report_month: int | None = None,
    headline: str = "",
) -> list[StatedSentence]:
    """The sentences that state an event, each with its triggers, in document order.

    Background (a war's toll, evacuations, anniversaries, what happened "in 2021" in a
    report of ``report_year``) and accidents are left out; so is, in a report whose
    ``headline`` or first sentence tells a verdict or a remembrance, violence told without
    a day of its own. With ``text`` (that the sentences index into), the cheap trigger
    pre-check runs once over the whole text instead of once per sentence.
    """
    found: list[StatedSentence] = []
    offsets = trigger_hint_offsets(text) if text is not None else None
    casualty_hints = casualty_hint_offsets(text) if text is not None else None
    previous: Sentence | None = None
    accident = False  # the report has told of an accident: "a gas explosion"
    background_at = -2  # the index of the last sentence left out as background
    prior: Sentence | None = None
    sport_report: bool | None = None  # not asked yet
    # The headline says what the report is; without one, its first sentence does (a
    # lead's "on the first anniversary of …" may only date its news).
    retold = (
        _retells_an_earlier_attack(Sentence(0, len(headline), headline, 0, 0))
        if headline
        else bool(sentences) and _retells_an_earlier_attack(sentences[0])
    )
    for sentence in sentences:
        prior, before = sentence, prior
        if (
            before is not None
            and sentence.index == before.index + 1
            and (previous is None or previous.index != before.index)
            and _GOES_ON_ABOUT_THEM_RE.match(sentence.text)
            and (
                background_at == before.index
                # An earlier year's violence ("terrorists had stormed the school in
                # 2014"), not a person's past ("was elected chairman in 2019").
                or (
                    _in_an_earlier_year(before.text, report_year, report_month)
                    and _VIOLENT_TOLL_RE.search(before.text) is not None
                )
            )
        ):
            # "Six terrorists had stormed the school in 2014. All of them were killed by
            # security forces during the rescue operation": the background goes on.
            background_at = sentence.index
            continue
        hinted = None
        if offsets is not None:
            at = bisect_left(offsets, sentence.start)
            hinted = at < len(offsets) and offsets[at] < sentence.end
        triggers = _sentence_triggers(sentence, hinted=hinted)
        if triggers and any(t.phrase in _HISTORY_VERBS for t in triggers):
            # "… Bakhmut, the city captured by Russia last year": the place's history.
            triggers = [t for t in triggers if not _in_a_place_history(sentence, t)]
        if triggers and report_year is not None:
            triggers = [t for t in triggers if not _named_by_past_year(sentence, t, report_year)]
            if not triggers:
                background_at = sentence.index  # "had stormed the school in 2014"
        if _is_judicial_execution(sentence.text):
            # Whether a verb or only the toll ("was executed at dawn in Urmia Central
            # Prison") tells it.
            continue
        if (
            triggers
            and any(word in sentence.text for word in _MOURNING_WORDS)
            and _COMMEMORATION_RE.search(sentence.text)
        ):
            # "Delegates stood for a minute's silence for the victims of a strike …, and
            # for the workers killed when missiles destroyed the plant": whom they mourn is
            # no event of the sentence; a vigil held may be (a peaceful protest).
            triggers = [t for t in triggers if t.rule == "protest"]
            if not triggers:
                continue
        hints = _sport_hints(sentence.text) if triggers else 0
        if hints:
            if hints == 1 and sport_report is None:
                # "bombarding the Malmo goal": one game's word in a sentence of a match
                # report (several in the whole text) is a metaphor too; the report is
                # read once, and most are no match report.
                sport_report = text is not None and _is_match_report(text)
            terms = _sport_terms(sentence.text) if hints >= 2 or sport_report else 0
            if terms == 1 and sport_report is None:
                sport_report = text is not None and _is_match_report(text)
            if terms >= 2 or (terms == 1 and sport_report):
                continue
        counted: Casualties | None = None
        background: bool | None = None  # not asked yet
        if not triggers and _may_count(sentence, casualty_hints):
            # Background is left out whatever the sentence holds, and the test costs a
            # fraction of counting: a war's toll or last year's attack is not counted.
            background = _is_background(sentence.text) or _in_an_earlier_year(
                sentence.text, report_year, report_month
            )
            if background:
                background_at = sentence.index
                continue
        if (
            not triggers
            and before is not None
            and background_at == before.index == sentence.index - 1
            and not _EVENT_DAY_RE.search(sentence.text)
            and _in_an_earlier_year(before.text, report_year, report_month)
        ):
            # "On June 16, 2023, rebels stormed the school. Forty-two people were killed.":
            # a toll with no day of its own, right after last year's attack, is its toll.
            background_at = sentence.index
            continue
        if not triggers:
            counted = _counted(sentence, casualty_hints)
            after_event = (
                previous is not None and sentence.index - previous.index <= _TOLL_REACH_SENTENCES
            )
            # "Storm Daniel caused two dams to burst. Officials say more than 4,000 people
            # were killed": a bare toll right after a disaster told as no event is its toll.
            disaster_before = (
                before is not None
                and before.index == sentence.index - 1
                and (previous is None or previous.index != before.index)
                and NON_VIOLENT_CAUSE_RE.search(before.text) is not None
            )
            casualty = (
                None
                if disaster_before
                else _casualty_trigger(sentence, counted, after_event=after_event)
            )
            triggers = [casualty] if casualty else []
        follows = previous is not None and sentence.index - previous.index == 1
        if (
            triggers
            and previous is not None
            and sentence.index - previous.index <= 2
            and all(t.rule == "weapons" and _HAUL_RE.search(t.phrase) for t in triggers)
            and not _ANOTHER_EVENT_OPENS_RE.match(sentence.text)
        ):
            # "Officers seized eight rifles and 200 kg of drugs" right after the raid: the
            # spoils of the operation just told, not an event of their own ("Separately,
            # troops recovered …" is one).
            triggers = []
        if (
            triggers
            and follows
            and all(t.rule == "casualties" for t in triggers)
            and (
                _SOME_OF_THEM_DIED_RE.match(sentence.text)
                or _NAMES_A_VICTIM_RE.match(sentence.text)
            )
        ):
            # "A mob beat two men. One of the men died the next day": the victims just
            # told, whose death is the event's toll, not an event of its own day; "Nine
            # were killed. The ninth victim is a woman who was hit by a stray bullet at
            # home": who one of them was, and where she was, not an event.
            triggers = []
        if (
            not triggers
            and counted is not None
            and (counted.fatalities or counted.injured)
            and NON_VIOLENT_CAUSE_RE.search(sentence.text)
        ):
            # "A fire broke out in a residential building, killing eight": a disaster's
            # toll, no detail of the event told before it.
            continue
        if not triggers and not (
            (follows and _goes_on(sentence.text))
            # "Police said no one was killed or injured, as officers had evacuated the
            # residents": the event told just before had no dead or hurt.
            or (
                counted is not None
                and 0 in (counted.fatalities, counted.injured)
                and not (counted.fatalities or counted.injured)
                and previous is not None
                and sentence.index - previous.index <= _TOLL_REACH_SENTENCES
            )
        ):
            continue
        if triggers and _is_accident(sentence, triggers):
            accident = True
            continue
        if accident and triggers and all(_tells_the_accident(t) for t in triggers):
            # "The blast took place at 8:40", "12 had sustained serious injuries" after a
            # gas explosion: the accident again, with no attack of its own.
            continue
        if (background is None and _is_background(sentence.text)) or (
            background is None and _in_an_earlier_year(sentence.text, report_year, report_month)
        ):
            # Checked only where it matters: the background test is costly.
            head = _dated_event_before_background(sentence, triggers, report_year, report_month)
            if head is None:
                background_at = sentence.index
                continue
            sentence = head
            triggers = [t for t in triggers if t.end <= head.end]
        if (
            retold
            and triggers
            and not _EVENT_DAY_RE.search(_SPEECH_DAY_RE.sub("", _NO_DAY_RE.sub("", sentence.text)))
        ):
            # A verdict's or a remembrance's report tells the old attack again ("the court
            # heard how the gunmen opened fire"); new violence is dated to its own day.
            background_at = sentence.index
            continue
        counted = _counted(sentence, casualty_hints) if counted is None else counted
        found.append(StatedSentence(sentence, triggers, not triggers, counted))
        previous = sentence
    return found


def _retells_an_earlier_attack(headline: Sentence) -> bool:
    """Whether the report's first sentence tells a court's verdict or a remembrance before
    any violence: "Court sentences five over 2022 church massacre", "Town remembers 148
    killed in college attack, ten years on" (not "Nine killed as verdict sparks riots").

    >>> from geo.extract.sentences import Sentence
    >>> def retells(text: str) -> bool:
    ...     return _retells_an_earlier_attack(Sentence(0, len(text), text, 0, 0))
    >>> retells("Court jails two for 2019 bombing of a market")
    True
    >>> retells("Three killed as verdict sparks riots")
    False
    """
    text = headline.text
    if not text:
        return False
    lowered = text.casefold()
    if not any(word in lowered for word in _RETELLING_WORDS):
        return False
    frame = _RETELLING_RE.search(text)
    if frame is None:
        return False
    if _HEADLINE_TOLL_RE.search(text, 0, frame.start()) is not None:
        return False  # "Nine killed in Senegal as Sonko verdict sparks riots"
    triggers = _sentence_triggers(headline, hinted=None)
    return all(frame.start() < t.start - headline.start for t in triggers)


# Violence a headline tells as its news ("Wave of bombs, arson hits deep South on Tak Bai
# anniversary"), whose words may be no trigger alone.
_HEADLINE_TOLL_RE: Final = _re(
    r"\b(?:kill(?:s|ed)?|dead|died|wounded|injured|hurt|detained|arrest(?:s|ed)?|bombs?|"
    r"blasts?|explosions?|attacks?|arson|clash(?:es)?|protests?|riots?|strikes?|shelling|"
    r"gunmen|raids?|ambush(?:es)?)\b"
)


_RETELLING_WORDS: Final = (
    *("court", "tribunal", "sentenc", "convict", "acquit", "jail", "trial", "verdict"),
    *("penalty", "term"),
    *("anniversar", "years", "remember", "commemorat", "memorial", "hearing"),
)
# A court's work on an earlier attack, or its remembrance ("ten years on", "marks six
# years since"): words that the report's news is about that attack, not new violence.
_RETELLING_RE: Final = _re(
    r"\b(?:court|tribunal)s?\b[^.;]{0,40}?\b(?:sentenc|convict|acquit|jail|uphold|upheld|"
    r"clear|free|open|adjourn|hear|remand)\w*"
    r"|\b(?:sentenced|convicted|acquitted|jailed|trial|verdict)\b"
    # "Death sentence for ISIS member for killing 2 soldiers", "Life term for bomber".
    r"|\b(?:death|life|prison|jail) (?:sentences?|penalty|terms?)\b"
    r"|\banniversary\b|\byears (?:since|on)\b|\bremember(?:s|ed|ing)?\b|\bcommemorat\w+"
    r"|\bmemorial\b|\bjustice hearing\b|\bcourt hearing\b"
)
# The day a statement was made, not the event's: "the council said in a statement on
# Wednesday", "reported on Sunday".
_SPEECH_DAY_RE: Final = _re(
    r"\b(?:said|says|told|announced|reported|stated|added|revealed|confirmed)\b"
    r"(?: (?:in|on|at) (?:a|an|its|their|the) (?:[\w-]+ )?(?:statement|briefing|interview|"
    r"conference|post))? on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
# Weekdays that date no event: "Easter Sunday", "children who had left Sunday school".
_NO_DAY_RE: Final = _re(
    r"\b(?:easter|palm) sunday\b|\b(?:sunday|friday) (?:school|prayers?|mass|service)"
)
_HAUL_RE: Final = _re(r"\b" + HAUL_NOUNS + r"\b")
_SOME_OF_THEM_DIED_RE: Final = _re(
    r"\W{0,3}(?:one|another|two|three|four|five|\d{1,2}) of (?:them|those|the (?:[\w-]+ )?"
    r"(?:men|women|victims|injured|wounded|boys|girls|people|passengers|soldiers|"
    r"policemen|officers|children))\b(?: [\w-]+){0,3}? (?:later |subsequently |also )?"
    r"(?:died|succumbed|passed away)\b"
)
_NAMES_A_VICTIM_RE: Final = _re(
    # ("The EMC said one of the dead was a civilian …": told by a source.)
    r"\W{0,3}(?:(?:the |a )?(?:[\w'’-]+ ){0,3}?(?:said|says|added|reported)(?: that)? )?"
    r"(?:the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"other|last|youngest|oldest) (?:victims?|dead|fatalit(?:y|ies))|(?:among|one of) the "
    r"(?:dead|victims|killed|injured|wounded)|the (?:dead|victims|injured|wounded))\b"
    r"(?: [\w-]+){0,2}? (?:is|was|were|are|included|include)\b"
)
_ANOTHER_EVENT_OPENS_RE: Final = _re(
    r"\W{0,3}(?:separately|in (?:a|another) separate|in another|elsewhere|meanwhile|also on|"
    r"on (?:mon|tues|wednes|thurs|fri|satur|sun)day|the (?:next|following) day)\b"
)


# A sentence that only goes on about the people of the one before: "All of them were
# killed", "They were freed a week later" (not "He was shot dead": one person's fate is
# as likely the news after a line of his past).
# "The attack was part of the Anfal campaign, in which 180,000 were killed": the event
# just told, named again.
_GOES_ON_ABOUT_THEM_RE: Final = _re(
    r"\W{0,3}(?:(?:all|most|many|some|none|both|several|each|two|three) of (?:them|those)|"
    # "… documented 207 assassinations. Also four coalition members were killed": the
    # tally goes on.
    r"also|in addition|additionally|moreover|furthermore|"
    r"they|(?:the|that|this) (?:attack|massacre|bombing|assault|raid|killings?|strike|"
    r"explosion|blast|ambush))\b(?![^.;]{0,80}\b(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"yesterday|today|this week)\b)"
)


# Where a clause that may hold background begins: "; the protests began after…", ", in a
# state where 1,400 people have been killed since September".
_TAIL_CLAUSE_RE: Final = _re(
    r";\s|,\s+(?:in an? (?:[\w-]+ )?(?:state|country|city|region|province|area|municipality|"
    r"town|district) (?:where|that|which)|where|which|amid|at a time when|as|while|after|"
    # "…, the first attack on the city that has served as the seat of government since the
    # war began": what the event was, measured against the war.
    r"the (?:first|second|third|latest|deadliest|biggest|largest|worst|most))\s"
)
# A day that makes the clause before the cut one event: "on Monday", "overnight", "on 3 May".
_EVENT_DAY_RE: Final = _re(
    r"\b(?:(?:on |early |late |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|yesterday|overnight|last night|this morning|earlier today|on \d{1,2} "
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)|on (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december) \d{1,2}|"
    # A digest's "Insurgents 5 Aug attacked Mazeze": the day and month, with no "on".
    r"\d{1,2} (?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|"
    r"may|june|july|august|september|october|november|december))\b"
)


def _dated_event_before_background(
    sentence: Sentence,
    triggers: list[Trigger],
    report_year: int | None,
    report_month: int | None,
) -> Sentence | None:
    """The clause before the background that a sentence ends with, when that clause tells
    one event of its own, dated to a day: "Gunmen killed three men in Culiacán on Monday,
    in a state where 1,400 people have been killed since September." None otherwise ("The
    attacks, which have killed thousands since 2015, …" tells no one event)."""
    for cut in _TAIL_CLAUSE_RE.finditer(sentence.text):
        head = sentence.text[: cut.start()]
        if not any(t.end <= sentence.start + len(head) for t in triggers):
            continue
        if not _EVENT_DAY_RE.search(head) or _is_background(head):
            return None
        if _in_an_earlier_year(head, report_year, report_month):
            return None
        return Sentence(
            sentence.start, sentence.start + len(head), head, sentence.paragraph, sentence.index
        )
    return None


# "sentenced for the 2022 bombing of a mosque", "a suspect in last year's bombing": the
# trigger names an earlier event by its year; the sentence's news is something else.
_PAST_YEAR_BEFORE_RE: Final = _re(
    r"\b(?:(?P<year>(?:19|20)\d\d)|last (?:year|week|month)['’]s|the previous year['’]s)\s+"
    r"(?:[a-z-]+\s+){0,3}$"
)


def _in_a_place_history(sentence: Sentence, trigger: Trigger) -> bool:
    """Whether ``trigger`` is the verb of a place's history told in an aside (see
    ``_PLACE_HISTORY_RE``)."""
    at = trigger.start - sentence.start
    return any(
        found.start() <= at < found.end() for found in _PLACE_HISTORY_RE.finditer(sentence.text)
    )


def _named_by_past_year(sentence: Sentence, trigger: Trigger, report_year: int) -> bool:
    at = trigger.start - sentence.start
    if at <= 0:
        return False
    window = sentence.text[max(0, at - 40) : at]
    if "'" not in window and "’" not in window and not any(ch.isdigit() for ch in window):
        return False  # what the pattern needs, tested cheaply
    found = _PAST_YEAR_BEFORE_RE.search(window)
    if found is None:
        return False
    year = found.group("year")
    return year is None or int(year) < report_year


# A match report: "Benin struck first through Mounie, who shot past the goalkeeper in the
# 12th minute, before Nigeria's attack took control". Two of these words and no one hurt.
_SPORT_RE: Final = _re(
    r"\b(?:\d{1,3}(?:st|nd|rd|th) minute|goalkeeper|goalless|equali[sz]er|half-?time|"
    r"hat-trick|penalty (?:kick|spot|shoot-?out)|free kick|kick-off|striker|midfielder|"
    r"defender|defen[cs]e|strikers?|scored|goals?|league|fixture|coach|squad|stoppage time|"
    # '"Our players fought like lions," the coach said after the match'.
    r"players|team-?mates|referee|"
    # "the opening whistle", "on the counter", "the last 15 minutes".
    r"(?:opening|final) whistle|on the counter|counter-attacks?|substitutes?|clean sheet|"
    r"last \d{1,2} minutes|(?:first|opening|last|final) minutes?|(?:every|the) ball|"
    # Cricket: "Pakistan's spin attack ... to win the second Test by 152 runs", "a
    # ferocious assault with the new ball … inside seven overs".
    r"wickets?|innings|runs|bowl(?:ed|er|ers|ing)|batsm[ae]n|batting|spin|(?-i:Test)|"
    r"overs|new ball|"
    r"the break|"
    r"\d{1,2}-\d{1,2} (?:win|victory|defeat|draw|loss|lead))\b"
)
_HURT_WORDS_RE: Final = _re(r"\b(?:killed|killing|dead|died|injur\w+|wounded|hurt)\b")


_SPORT_HINTS: Final = (
    *("minute", "goal", "equali", "half", "hat-trick", "penalty", "kick", "striker"),
    *("midfield", "defen", "scored", "league", "fixture", "coach", "squad", "break"),
    *("wicket", "innings", "runs", "bowl", "batsm", "batting", "spin", "test", "win"),
    *("victory", "defeat", "draw", "loss", "lead", "whistle", "counter", "substitut"),
    *("clean sheet", "overs", "ball", "players", "mates", "referee"),
)


_MOURNING_WORDS: Final = ("silence", "vigil", "wreath", "tribute", "prayer", "funeral")
_COMMEMORATION_RE: Final = _re(
    r"\b(?:stood|stands|stand|observed|observes|held|holds|kept|laid|lay|lays|paid)\b"
    r"[^.;]{0,30}?\b(?:silence|vigil|wreaths?|tribute|tributes|prayers?)\b[^.;]{0,20}?\b"
    r"(?:for|to) (?:the )?(?:victims|dead|those|people|workers|soldiers|children|civilians)\b"
    # "Funeral prayers were offered on Monday for 14 soldiers martyred in clashes": the
    # burial of the dead of a fight told before, no fight of its own.
    r"|\bfuneral (?:prayers?|rites|processions?|services?|ceremon(?:y|ies))\b[^.;]{0,40}?"
    r"\b(?:offered|held|performed|conducted|took place)\b[^.;]{0,40}?\bfor\b"
)
# "Twenty-five bodies were buried in the Hazara graveyard", "two of the bodies were sent
# to Loralai for burial": where the dead were laid to rest, no event of its own.
_BURIAL_RE: Final = _re(
    r"^\W*(?:[\w'’-]+\s+){0,4}?(?:bodies|body|remains|coffins?)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:were|was|have been|had been)\s+(?:buried|laid to rest|interred|dispatched|sent|flown|"
    r"taken|handed over|transported)\b"
)
# "Rescuers discovered the body of a victim of airstrikes during the thirteen-month-long
# war": the dead of a war gone by, found now.
_WAR_REMAINS_RE: Final = _re(
    r"\b(?:discovered|recovered|found|retrieved|exhumed|unearthed)\b[^.;]{0,30}?"
    r"\b(?:body|bodies|remains)\b[^.;]{0,80}?\b(?:during|in|from) the (?:[\w-]+-long|previous|"
    r"last|past|earlier|\d{4}) war\b"
)
# A state's execution after a trial, which ACLED does not code as violence: "Iran executed
# two protesters", "four men were hanged at Ghezel Hesar prison on drug charges".
_EXECUTION_RE: Final = _re(r"\b(?:executed|executes|execution|executions|hanged|put to death)\b")
_JUDICIAL_RE: Final = _re(
    r"\b(?:prisons?|sentenced|sentences?|convicted|court|courts|judiciary|judicial|charges?|"
    r"gallows|death row|verdicts?|trial|(?-i:Iran|Saudi Arabia|Singapore)|the (?:state|"
    r"authorities|government|regime))\b"
)


def _is_judicial_execution(text: str) -> bool:
    if "xecut" not in text and "hanged" not in text and "put to death" not in text:
        return False
    found = _EXECUTION_RE.search(text)
    return (
        found is not None
        and _JUDICIAL_RE.search(text) is not None
        and not (
            # "gunmen executed five villagers", "summary executions by the militia": killings.
            _SUMMARY_KILLING_RE.search(text)
        )
    )


_SUMMARY_KILLING_RE: Final = _re(
    r"\b(?:summar(?:y|ily)|extrajudicial(?:ly)?|gunmen|militants|militia|militiamen|rebels|"
    r"insurgents|jihadists|fighters|gang|bandits|terrorists)\b"
)
# Words only a match report uses ("defence", "coach", "runs" and "lead" serve war
# reports too): three of them make the whole text one.
_MATCH_REPORT_RE: Final = _re(
    r"\b(?:goalkeeper|goalless|equali[sz]er|half-?time|hat-trick|penalty (?:kick|spot|"
    r"shoot-?out)|free kick|kick-off|striker|midfielder|stoppage time|(?:opening|final) "
    r"whistle|clean sheet|substitutes?|wickets?|innings|batsm[ae]n|new ball|overs|"
    r"\d{1,3}(?:st|nd|rd|th) minute|\d{1,2}-\d{1,2} (?:win|victory|defeat|draw|loss|lead))\b"
)
_MATCH_REPORT_HINTS: Final = (
    *("goalkeeper", "goalless", "equali", "half", "hat-trick", "penalty", "kick", "striker"),
    *("midfield", "stoppage", "whistle", "clean sheet", "substitut", "wicket", "innings"),
    *("batsm", "new ball", "overs", "minute", "win", "victory", "defeat", "draw", "loss"),
)


def _is_match_report(text: str) -> bool:
    folded = text.lower()
    if sum(1 for hint in _MATCH_REPORT_HINTS if hint in folded) < 3:
        return False
    return len({m.group(0).lower() for m in _MATCH_REPORT_RE.finditer(text)}) >= 3


def _sport_hints(text: str) -> int:
    """How many of a game's word stems ``text`` holds: substring tests that spare most
    sentences the search of :func:`_sport_terms`."""
    folded = text.lower()
    return sum(1 for hint in _SPORT_HINTS if hint in folded)


def _sport_terms(text: str) -> int:
    """How many distinct words of a game ``text`` holds (0 when it tells of someone
    killed or hurt: a stampede at a stadium is an event)."""
    if _HURT_WORDS_RE.search(text):
        return 0
    return len({m.group(0).lower() for m in _SPORT_RE.finditer(text)})


@sentence_cached
def _goes_on(text: str) -> bool:
    """Whether a sentence without a trigger goes on about the event just told."""
    return bool(ANAPHORA_RE.search(text) or DETAIL_RE.search(text))


_MONTHS: Final = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
# "in 2021", "in early 2012", "on 3 May 2019", "in March 2020", "on Nov. 1, 2024" (the
# news agencies' short months): when, not how old.
_DATED_YEAR_RE: Final = _re(
    # "on 6 and 7 November 1985": a span of days is dated as well.
    # "since late 2014, when the Houthis seized Sanaa": the clause is dated to that year.
    rf"\b(?:in|during|on|of|by|since(?=\s+(?:(?:early|late|mid)[ -])?(?:19|20)\d\d,?\s+when\b))"
    rf"\s+(?:(?:early|late|mid)[ -])?(?:(?:\d{{1,2}}"
    rf"(?:\s+(?:and|to)\s+\d{{1,2}}|[-–]\d{{1,2}})?\s+)?"
    rf"(?:{_MONTHS}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.|"
    # "on Easter Sunday 2019": a feast's day of that year.
    r"(?:easter|christmas|new year['’]s|good friday|palm sunday|pentecost)"
    r"(?: (?:sunday|day|eve|morning|night))?)"
    rf"\s+(?:\d{{1,2}},?\s+)?)?((?:19|20)\d\d)\b"
)


_LONG_AFTER_RE: Final = _re(
    r",\s+(?:more than |nearly |almost |about |some |over )?(?:a|an|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|several|\d+) (?:years?|months?) after\b[^.;]*"
)

# "… in Kupiansk, a city … liberated by Ukrainian troops in 2022", "west of Bakhmut, the
# devastated city captured by Russia last year": a place's history, told of it in an
# apposition or a participle (not "Russia captured the city in 2022", a clause of its
# own), which dates no event of the sentence's.
_PLACE_HISTORY_RE: Final = _re(
    r"(?:,|\band|\b(?:city|town|village|settlement|hub|capital))\s+(?:also\s+)?"
    r"(?:liberated|captured|recaptured|retaken|seized|occupied|annexed|overrun|devastated|"
    r"destroyed)\s+(?:by\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?"
    r"(?:in\s+(?:(?:early|late|mid-?)\s*)?(?:[a-z]+\s+)?(?:19|20)\d\d|last\s+year|"
    r"(?:\w+\s+)years\s+ago)\b"
)

# The verbs of _PLACE_HISTORY_RE: one of them must stand in a sentence to be searched,
# and a trigger that is one of them may be a place's history.
_HISTORY_VERBS: Final = (
    *("liberated", "captured", "recaptured", "retaken", "seized", "occupied", "annexed"),
    *("overrun", "devastated", "destroyed"),
)


def _in_an_earlier_year(
    sentence: str, report_year: int | None, report_month: int | None = None
) -> bool:
    """A sentence dated in a year before the report's tells background, not the news.

    >>> _in_an_earlier_year("Rebels took the town in early 2012.", 2018)
    True
    >>> _in_an_earlier_year("A man born in 1965 was hurt on Monday.", 2024)
    False
    >>> _in_an_earlier_year("Sixty people were killed in the town last year.", 2024)
    True
    >>> _in_an_earlier_year("He was jailed for the 2014 bombing that killed 75.", 2024)
    True
    >>> _in_an_earlier_year("57 were sentenced over the October 13, 2005 attack.", 2014)
    True
    >>> _in_an_earlier_year("Ten years after gunmen abducted 276 girls, 90 are missing.", 2024)
    True
    >>> _in_an_earlier_year("It was the site of the January 2015 clash in which 44 died.", 2024)
    True
    >>> _in_an_earlier_year("Hundreds marched for services suspended since the 2021 war.", 2024)
    False
    >>> _in_an_earlier_year("Troops retook it, a year after rebels took it in May 2023.", 2024)
    False
    >>> _in_an_earlier_year("A shell hit Izium, a town liberated by troops in 2022.", 2023)
    False
    >>> _in_an_earlier_year("Russia captured the town in 2022.", 2023)
    True
    """
    if report_year is None:
        return False
    if "since" in sentence:
        # "services suspended since the 2021 offensive": when a state began, which dates
        # no event of the sentence's.
        sentence = _STATE_SINCE_RE.sub("", sentence)
    if " after " in sentence:
        # "… recapture Wad Madani, more than a year after the RSF took the city in December
        # 2023": the earlier event that the news comes after, told after it.
        sentence = _LONG_AFTER_RE.sub("", sentence)
    if any(verb in sentence for verb in _HISTORY_VERBS):
        sentence = _PLACE_HISTORY_RE.sub("", sentence)
    said = _years_said(sentence)
    years = [
        *said.dated,
        # "… were killed in the town of Bucha last year": the year before the report's.
        *([report_year - 1] * said.last_years),
        # "the 2014 bombing of a bus station": a year that dates the event named after it.
        *said.event_years,
        # "ten years after fighters abducted 276 schoolgirls": long before the report.
        *([report_year - 2] * said.years_ago),
    ]
    if report_month is not None:
        # "protests in Nairobi last July", told in February: the year before.
        years += [
            report_year - 1 if month >= report_month else report_year for month in said.last_months
        ]
    return bool(years) and all(year < report_year for year in years) and not said.born


class _YearsSaid(NamedTuple):
    """The years a sentence dates itself by, as its words say them (the report's date
    makes years of the relative ones)."""

    dated: tuple[int, ...]  # "in 2019", "on 3 May 2019"
    last_years: int  # how often it says "last year"
    event_years: tuple[int, ...]  # "the 2014 bombing"
    years_ago: int  # "ten years after", "two decades ago"
    last_months: tuple[int, ...]  # "last July"
    born: bool  # a birth date is its only year (which dates no event)


@sentence_cached
def _years_said(sentence: str) -> _YearsSaid:
    dated = tuple(int(m.group(1)) for m in _DATED_YEAR_RE.finditer(sentence))
    last_years = sum(1 for _ in _LAST_YEAR_RE.finditer(sentence))
    event_years = (
        tuple(int(m.group(1)) for m in _YEAR_OF_EVENT_RE.finditer(sentence))
        if " 19" in sentence or " 20" in sentence  # what the pattern needs, tested cheaply
        else ()
    )
    years_ago = (
        sum(1 for _ in _YEARS_AGO_RE.finditer(sentence))
        if "years " in sentence or "decades " in sentence
        else 0
    )
    last_months = (
        tuple(MONTHS[m.group(1).lower()] for m in _LAST_MONTH_RE.finditer(sentence))
        if "last " in sentence
        else ()
    )
    count = len(dated) + last_years + len(event_years) + years_ago + len(last_months)
    born = count == 1 and _BORN_RE.search(sentence) is not None
    return _YearsSaid(dated, last_years, event_years, years_ago, last_months, born)


_BORN_RE: Final = _re(r"\bborn (?:in|on)\b")
_LAST_YEAR_RE: Final = _re(r"\blast year\b")
_LAST_MONTH_RE: Final = _re(rf"\blast ({_MONTHS})\b")
_YEAR_OF_EVENT_RE: Final = _re(
    # "the 2014 bombing", "the October 13, 2005 attack", "the 13 October 2005 attack".
    rf"\b(?:the|its|their|an?)\s+(?:(?:\d{{1,2}}\s+)?(?:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?)?"
    r"((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?(?:bombings?|blasts?|"
    r"explosions?|attacks?|massacres?|killings?|war|conflict|genocide|uprising|coup|riots?|"
    r"violence|offensive|invasion|siege|ambush|kidnappings?|abductions?|shootings?|"
    r"crackdown|insurgency|clash(?:es)?|fighting|battles?|encounters?|raids?|firefights?|"
    r"gunfights?|incidents?|"
    # "during the 2021 national strike", "the 2019 protests": a protest wave of that year.
    r"strikes?|protests?|demonstrations?|unrest|uprisings?|revolts?)\b"
)
_YEARS_AGO_RE: Final = _re(
    r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|several|many)\s+(?:years|decades)\s+(?:ago|after|since)\b"
)


def _tells_the_accident(trigger: Trigger) -> bool:
    """A toll with no word of violence, or "the blast": what an accident told before is."""
    return trigger.rule == "casualties" or (trigger.rule == "explosion" and trigger.anaphoric)


def _is_accident(sentence: Sentence, triggers: Sequence[Trigger]) -> bool:
    """An explosion or fire with no attacker that the report calls an accident."""
    primary = best_trigger(list(triggers))
    return (
        primary is not None
        and primary.rule in ("explosion", "looting")
        and bool(ACCIDENT_RE.search(sentence.text))
    )


__all__ = [
    "ANAPHORA_RE",
    "StatedSentence",
    "casualty_hint_offsets",
    "clear_sentence_cache",
    "find_event_sentences",
    "is_background",
    "tells_a_tally",
]
