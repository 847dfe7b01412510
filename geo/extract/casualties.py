"""How many were killed and injured, as a sentence states it, and as an event adds up.

Conventions (ACLED's, as the annotated reports use them):

- Counts are digits ("5,000"), words ("four", "twenty-one"), or a range, which counts as
  its lower bound ("5–7 people", "between 10 and 20", "two or three" give 5, 10, 2).
  "At least", "nearly", "around", "more than N" all count as N.
- Vague amounts ("several", "dozens", "hundreds", "scores of") are unknown, ``None``, with
  a note. ACLED's codebook turns them into 10, 12 or 100, but the annotated reports
  leave them empty, and incimap does not make up numbers.
- Groups in one sentence add up ("one soldier and four civilians were killed" is 5); a
  subset is not added again ("12 people, including four children").
- Attackers count: "six gunmen were killed", "10 terrorists were neutralized", "the
  bomber blew himself up" (1), "(+2 perpetrators)". They are kept apart in
  ``perpetrators`` so that an event's sentences can add them to the victims.
- A count that a party claims for itself ("the group said it had killed 20 soldiers")
  is not counted: ACLED takes the most conservative credible figure. A note keeps it.
- ``None`` means unknown, never 0. An explicit "no one was hurt" or "no casualties" is 0,
  and so is an event that reports injured and no deaths at all (ACLED codes 0 there).

Across the sentences of one event, ``combine_casualties`` keeps the largest count
(restatements do not add up), replaces it with an update ("the death toll rose to 27"),
and adds what a sentence marks as more ("eight others were killed", "were also killed").

Every regular expression here runs on report text, so each is linear in its input: no
quantified group contains another unbounded quantifier that could backtrack.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Final, NamedTuple, TypeAlias

# The rarer patterns compile when a report first needs them.
from geo.extract.dateline import find_dateline
from geo.extract.patterns import lazy_compile

KILLED: Final = "killed"
INJURED: Final = "injured"

UNITS: Final = {
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "lone": 1,
    "another": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a dozen": 12,
    # "two dozen villagers": one count, not two and a dozen.
    **{
        f"{word} dozen": value * 12
        for word, value in (("two", 2), ("three", 3), ("four", 4), ("five", 5))
    },
    "dozen": 12,
    "a couple of": 2,
    "a pair of": 2,
    "both": 2,
}
# Amounts that give no number: they bind to a verb like a count, but count as unknown.
VAGUE: Final = frozenset(
    (
        "several",
        "a few",
        "few",
        "a number of",
        # "an unknown number of militants": no count, not one.
        "an unknown number of",
        "an unspecified number of",
        "an undetermined number of",
        "an undisclosed number of",
        "an unconfirmed number of",
        "dozens of",
        "dozens",
        "scores of",
        "hundreds of",
        "hundreds",
        # "Several hundred people were killed": no number, not a hundred.
        "several hundred",
        "a few hundred",
        "several thousand",
        "a few thousand",
        "thousands of",
        "thousands",
        "many",
        "multiple",
        "numerous",
    )
)

_PERPETRATOR: Final = (
    r"(?:gunm[ae]n|militants?|attackers?|assailants?|aggressors?|terrorists?|jihadists?|"
    r"insurgents?|infiltrators?|ultras|maoists?|naxal(?:ite)?s?|"
    r"bandits?|perpetrators?|extremists?|raiders?|(?:suicide )?bombers?|kidnappers?|"
    r"abductors?|gang members?|armed men|"
    # Pakistan's military press: "eight khwarij were killed" (the Kharijites), and
    # Somalia's: "more than 12 Khawaarij were killed"; a movement named for its fighters:
    # "12 Taliban were killed", "30 Shabaab fighters".
    r"khwarij|khawarij|khawaarij|kharijis?|taliban|shabaab|shabab)"
)
_PERSON: Final = (
    r"(?:soldiers?|servicem[ae]n|servicewom[ae]n|peacekeepers?|civilians?|people|persons?|"
    r"members?|residents?|children|child|kids|women|woman|men|man|policem[ae]n|patrolm[ae]n|"
    r"police officers?|police personnel|police|cops?|gendarmes?|officers?|troops|fighters?|"
    r"rebels?|separatists?|secessionists?|guards?|border guards?|auxiliaries|militiam[ae]n|"
    r"workers?|farmers?|herders?|shepherds?|others|villagers?|protesters?|protestors?|"
    r"demonstrators?|deminers?|sappers?|journalists?|reporters?|passengers?|drivers?|staff|"
    r"employees?|personnel|teenagers?|boys?|girls?|students?|pupils?|pilots?|crew|recruits?|"
    r"combatants?|conscripts?|officials?|firefighters?|rescuers?|medics?|paramedics?|"
    r"volunteers?|relatives|citizens?|(?-i:nationals?)|individuals?|victims?|inmates?|prisoners?|"
    r"worshippers?|pedestrians?|miners?|servicepeople|contractors?|bystanders?|shoppers?|"
    r"teachers?|doctors?|nurses?|rioters?|motorists?|family members|brothers?|sisters?|"
    r"commanders?|leaders?|chiefs?|agents?|cadets?|guerrillas?|commandos?|marines?|sailors?|"
    r"secretar(?:y|ies)|governors?|ministers?|prosecutors?|councillors?|councilors?|"
    r"directors?|administrators?|"
    r"airmen|paratroopers?|policewom[ae]n|mayors?|lawmakers?|politicians?|activists?|"
    r"priests?|clerics?|imams?|judges?|lawyers?|herdsmen|fishermen|traders?|vendors?|"
    r"thief|thieves|robbers?|motorcyclists?|traffickers?|smugglers?|criminals?|"
    # Who stood by a victim: "three members of a family and a neighbour".
    # A force by its initials when its fate follows: "three VDP lost their lives", "two
    # FDS were wounded".
    r"(?-i:[A-Z]{2,5}s?)(?=\s+(?:were|was|have|had|also|lost|died|fell|killed|injured|"
    r"wounded)\b)|"
    r"neighbou?rs?|friends?|guests?|customers?|relatives?|cousins?|nephews?|nieces?|"
    r"passers?-by|passersby|"
    r"parents|siblings?|grandchildren|grandsons?|granddaughters?|inspectors?|sergeants?|"
    r"dissidents?|IDPs|hunters?|looters?|escorts?|bodyguards?|vigilantes?|comrades?|"
    # The Sahel's traditional hunters, who fight as militias: "six dozos were killed".
    r"dozos?|donsos?|"
    # South Asia's ranks: "two constables", "three jawans", "Levies personnel".
    r"constables?|jawans?|sepoys?|troopers?|rangers?|levies|"
    r"commissioners?|chairm[ae]n|aides?|senators?|engineers?|labou?rers?|porters?|"
    # Iran's Kurdish border porters: "two kolbars were killed".
    r"kolbars?|"
    # "Two candidates have been murdered in Puebla": candidates for office.
    r"candidates?|"
    # "a drone hit a bulldozer, injuring its operator".
    r"operators?|riders?|occupants?|owners?|attendants?|rulers?|"
    # "three operatives of the state's volunteer guards".
    r"operatives?|scouts?|"
    # "two Russian instructors", "three military advisers".
    r"instructors?|advis[eo]rs?|mercenaries|contractors?|"
    r"Maoists?|Naxal(?:ite)?s?|cadres?|"
    # A people counted by its name: "3 Spaniards and 3 Afghans", "two Pakistanis".
    r"(?-i:[A-Z][a-z]{2,}(?:ans|ards|is|ites))|"
    r"(?-i:Koglweogo|Wazalendo|Imbonerakure|Hausas?|Tuaregs?|Fulanis?|Peuls?|Dogons?)|"
    r"refugees?|migrants?|hostages?|detainees?|suspects?|youths?|elders?|tourists?|"
    r"foreigners?|pilgrims?|athletes?|fans|supporters?|partisans?|loyalists?|"
    r"Muslims|Christians|Shi'?ites?|Sunnis|Hindus|Yazidis|Alawites|Kurds|Arabs|Jews|"
    r"Tamils|Rohingyas?|Hazaras|Fulanis?|Bedouins?|Turkmens?|Turkomans?|"
    r"sons?|daughters?|husbands?|wives|wife|infants?|babies|baby|bodies|corpses|deaths|"
    r"murders|killings|homicides|"
    r"fatalit(?:y|ies)|injuries|"
    # Trades: "two woodcutters were killed", "three boatmen died".
    r"woodcutters?|loggers?|lumberjacks?|boatm[ae]n|watchm[ae]n|diggers?|masons?|"
    # Health and aid work: "killing a nurse and three patients", "a laboratory technician".
    r"patients?|technicians?|midwi(?:fe|ves)|surgeons?|pharmacists?|vaccinators?|"
    r"caregivers?|orderlies|"
    # Police jargon and pastoral raids: "three armed thugs", "four males", "two rustlers".
    r"males?|females?|adults?|minors?|juveniles?|thugs?|hoodlums?|cultists?|rustlers?|"
    r"reservists?|pastoralists?|nomads?|poachers?|settlers?|colonists?|Islamists?|"
    # Iran's fuel porters, told by their name: "two sukhtbars were killed".
    r"sukhtbars?|"
    r"worshipers?|mourners?|congregants?|parishioners?|churchgoers?|spectators?|"
    r"revell?ers?|partygoers?|commuters?|travell?ers?|cyclists?|peasants?|locals|"
    r"abductees?|captives?|convicts?|escapees?|onlookers?|toddlers?|newborns?|"
    r"schoolchildren|schoolgirls?|schoolboys?|orphans?|widows?|nuns?|monks?|"
    r"missionar(?:y|ies)|catechists?|seminarians?|clerks?|cashiers?|"
    r"carpenters?|builders?|butchers?|tailors?|bakers?|cleaners?|sweepers?|hawkers?|"
    r"peddlers?|barbers?|cooks?|waiters?|guardsmen|tradesmen|craftsmen|"
    r"(?:(?:an? |the )?(?:elderly|young) )?(?:m[ae]n|wom[ae]n|couples?)|"
    + _PERPETRATOR
    # A people's name ("seven Palestinians", "an Iraqi") when a verb or a stop follows,
    # so that "an Israeli strike" is not a person.
    + r"|(?-i:[A-Z][a-z]+(?:ians?|ans|is?|ese))(?=\s*(?:[,.;:)]|$)|\s+(?:were|was|had|have|"
    r"are|is|who|and|in|on|at|near|during|by|as|also|killed|died|dead|injured|wounded)\b)"
    # An event database's shorthand for a force's members: "12 VDP were killed", "5 FAMa
    # and 8 JNIM killed" (a verb or a stop follows, as for a people's name).
    r"|(?-i:VDP|FAMa|FARDC|SNA|ADF|CJTF|ISWAP|ISGS|JNIM|RSF|SAF|SDF|YPG|PKK|TPLF|ENDF|KDF|"
    r"UPDF|FDS|ANA|ANP|IDF|PDF|KIA|TNLA|MNDAA|M23|FDLR|CODECO|LRA|NPA|ELN)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:were|was|had|have|are|and|killed|died|dead|injured|"
    r"wounded)\b))"
)
# One relative named by a possessive: "killing him, his wife and three of his children";
# "killing eight soldiers and their civilian driver".
_KIN_RE: Final = lazy_compile(
    r"\b(?:his|her|their) (?:[\w-]+ )?(?:wife|husband|son|daughter|father|mother|brother|"
    r"sister|bodyguard|driver|escort|interpreter|nephew|niece|cousin|uncle|aunt|grandson|"
    r"granddaughter|baby|child|infant|toddler)\b",
    re.IGNORECASE,
)
_PERPETRATOR_RE: Final = lazy_compile(r"^" + _PERPETRATOR + r"$", re.IGNORECASE)
# ("928 murders", "two killings": the dead, counted by the deed.)
_DEEDS: Final = frozenset(("murders", "killings", "homicides"))
_CORPSE_RE: Final = lazy_compile(
    r"^(?:bodies|corpses|deaths|fatalities|fatality|" + "|".join(sorted(_DEEDS)) + r")$",
    re.IGNORECASE,
)

_WORDS: Final = sorted(sorted((*UNITS, *VAGUE)), key=len, reverse=True)  # ties in a fixed order
_WORD_NUMBER: Final = (
    r"(?:"
    + "|".join(re.escape(w) for w in _WORDS if w not in ("a", "an"))
    + r")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
)
# Bounded: no toll has more than seven digits, and int() refuses very long ones.
_DIGITS: Final = r"\d{1,3}(?:,\d{3}){1,2}(?![\d,])|\d{1,7}(?!\d)"
# A second number after the first makes a range, which counts as its first number.
_RANGE_TAIL: Final = (
    r"(?:[–—-]|\s[–—-]\s(?=\d)|\s+(?:to|or)\s+(?:more than\s+|over\s+)?|"
    r"(?(between)\s+and\s+|(?!)))"
    r"(?:\d[\d,]*|(?:" + "|".join(re.escape(w) for w in _WORDS if w in UNITS) + r")\b)"
)
_NUMBER: Final = r"(?P<num>" + _DIGITS + "|" + _WORD_NUMBER + r"|an?)"
_QUALIFIER_WORDS: Final = (
    r"at least|some|about|around|nearly|almost|more than|over|up to|as many as|roughly|"
    r"an estimated|approximately|no fewer than|no less than|not less than|upwards of|"
    r"close to|a total of|another|approx\.|approx|est\.|"
    # "1 FC soldier and all 5 attackers were killed".
    r"all(?: the)?"
)
_QUALIFIER: Final = r"(?:(?:" + _QUALIFIER_WORDS + r")\s+|(?P<between>between)\s+)?"
# "Between 10 and 20" is a range only after "between" (the conditional group): elsewhere
# "and" joins groups.
# What may stand between an active verb and its count: "killed more than 30".
# What may stand between a verb and its count: "killed at least", "killed the", and a
# possessive ("killed his two sons").
_QUALIFIER_ONLY_RE: Final = lazy_compile(
    # ("killed Wednesday seven employees", "killed on Monday at least 12": the wires' day
    # between the verb and its object.)
    r"^(?:(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"today|overnight|last night)(?: (?:morning|afternoon|evening|night))?,?(?: |$))?"
    r"(?:(?:the )?(?:" + _QUALIFIER_WORDS + r"|between)|the|his|her|their|its)?$"
)
# Verbs of a killing by hand, with the victim between them and "to death": "beat two
# prisoners to death", "stabbed a man to death", "hacked 12 villagers to death" (and
# the gun's "shot a teacher to death").
_TO_DEATH_VERB_LIST: Final = (
    r"beat(?:en|ing)?",
    r"stabb(?:ed|ing)",
    r"hack(?:ed|ing)",
    r"burn(?:ed|t|ing)",
    r"club(?:bed|bing)",
    r"ston(?:ed|ing)",
    r"bludgeon(?:ed|ing)",
    # "gunmen shot a woman teacher to death".
    r"shot",
    r"strangl(?:ed|ing)",
)
_TO_DEATH_VERBS: Final = "(?:" + "|".join(_TO_DEATH_VERB_LIST) + ")"
# "beat him to death", "beat the teenager to death": one person inside the verb's words.
_BEAT_ONE_RE: Final = lazy_compile(
    r"(?i:" + _TO_DEATH_VERBS + r") (?:him|her|(?:the|an?) (?:[\w'’-]+ )?[\w'’-]*[^s\W]|"
    r"(?:[\w'’-]+ ){0,2}"
    r"[A-Z][\w'’-]* [A-Z][\w'’-]*) to death$"
)
_PASSIVE_BEFORE_RE: Final = lazy_compile(
    # Lower case: "a bombing by IS kills 30" names the Islamic State.
    r"\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?\Z"
)
_COLLECTIVE_WORDS: Final = frozenset(
    (
        *("group", "groups", "column", "columns", "gang", "gangs", "band", "bands", "cell"),
        *("cells", "unit", "units", "convoy", "convoys", "squad", "squads", "contingent"),
        *("contingents", "detachment", "detachments", "batch", "batches", "bunch", "crowd"),
        *("crowds", "mob", "mobs", "team", "teams", "network", "networks", "faction"),
        "factions",
    )
)
# Words for a body of men, whose number they do not give ("a group of terrorists").
_COLLECTIVE: Final = "(?:" + "|".join(sorted(_COLLECTIVE_WORDS, key=len, reverse=True)) + ")"
_COUNT: Final = _QUALIFIER + _NUMBER + r"(?P<tail>" + _RANGE_TAIL + r")?"
_GROUP_STOP: Final = (
    # An outcome or a clause's first word ends the count: "10 wounded when police
    # arrived" counts the wounded, not ten policemen.
    r"(?!and\b|as\b|were\b|was\b|had\b|have\b|when\b|while\b|after\b|killed\b|dead\b|"
    r"died\b|injured\b|wounded\b|hurt\b|"
    # "two more succumbed to their injuries": the verb, not a word of the group.
    r"succumbed\b|perished\b|"
    # A measure: "15 km south of Yei" counts no one.
    r"km\b|kms\b|kilomet\w*|miles?\b|met(?:er|re)s?\b|hectares?\b|acres?\b|tons?\b|tonnes?\b|"
    # A span of time: "lasted about 20 minutes before the rebels withdrew".
    r"seconds?\b|minutes?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b|decades?\b|"
    # Animals: "20 cows belonging to the farmers" counts no farmer.
    r"(?:cows?|cattle|sheep|goats?|camels?|donkeys?|livestock|animals?)\b(?!\s+(?:herders?|"
    r"herdsm[ae]n|rustlers?|traders?|farmers?|keepers?|owners?|breeders?|thieves|dealers?|"
    r"merchants?|raiders?)\b)|" + "|".join(re.escape(w) for w in _WORDS if " " not in w) + r"\b|\d)"
)
# A count of people: the number, up to four words ("of the", adjectives), a person noun.
_GROUP_RE: Final = lazy_compile(
    # ("Twelve Communist Party of India-Maoist (CPI-Maoist) cadres": a party's name and its
    # initials in brackets between the count and its noun.)
    r"\b" + _COUNT + r"\s+(?P<gap>(?:" + _GROUP_STOP + r"[\"“(]?\w[\w.'’-]*[\"”)]?\s+){0,5}?)[\"“]?"
    r"(?P<noun>" + _PERSON + r")\b",
    re.IGNORECASE,
)
# "Killed a family of seven": the family's members, counted from its article on, so that
# the count stands right after the verb.
_FAMILY_RE: Final = lazy_compile(
    r"\b(?:an?|the|one|entire|whole)\s+(?:entire\s+|whole\s+)?family\s+of\s+" + _NUMBER + r"\b",
    re.IGNORECASE,
)
# A bare count: "three were killed", "left 12 dead", "27 injured".
_BARE_RE: Final = lazy_compile(
    # ("Seven of ours were killed": a side's own dead, as an official says it.)
    # ("28 of them were killed": of the attackers just named.)
    # ("the assailants, four of whom were neutralised": of the people just named.)
    r"\b" + _COUNT + r"(?=(?:\s+of\s+(?:ours|our own|theirs|them|whom))?"
    r"(?:,?\s+including\b[^,]{0,60},)?\s+(?:(?:more|others?)\s+)?"
    # "nine others with gunshot and bush knife wounds were admitted to hospital".
    r"(?:with\s+(?:[\w-]+\s+){1,4}?(?:wounds|injuries)\s+)?"
    r"(?:(?:were|was|is|are|have been|has been|had been|got)\s+)?"
    r"(?:(?:also|later|subsequently)\s+)?"
    r"(?:(?:critically|seriously|severely|slightly|lightly|badly|mortally|fatally)\s+)?"
    r"(?:killed|dead|died|succumbed|perished|injured|wounded|hurt|hospitali[sz]ed|"
    r"neutrali[sz]ed|receiving (?:medical )?treatment|"
    r"(?:taken|rushed|admitted|evacuated|airlifted) to "
    r"(?:an? |the )?(?:[\w.'’-]+ ){0,3}?(?:hospitals?|clinics?))\b)",
    re.IGNORECASE,
)
# The count right after an active verb: "killing three", "wounded 12".
_BARE_AFTER_RE: Final = lazy_compile(
    r"\s+(?:" + _COUNT + r"\b(?!\s+(?:of|per|km|kilomet|miles?|metres|meters|hours?|days?|"
    r"years?|times|percent|%))"
    # "killed 20 cows", "slaughtered 40 sheep and goats": animals, no one's death.
    r"(?!\s+(?:[\w-]+\s+)?(?:cows?|cattle|sheep|goats?|camels?|donkeys?|horses?|livestock|"
    r"animals?|pigs?|chickens?|dogs?|bulls?|oxen|heads?)\b)"
    # "neutralised a group of terrorists", "destroyed a terrorist column": no count.
    r"(?!\s+(?:[\w'’-]+\s+)?" + _COLLECTIVE + r"\b)|(?P<pronoun>him|her)\b|"
    # "Police shot and killed the other militant": one attacker, though no count is
    # written (ACLED counts dead attackers).
    r"(?:the|an?)\s+(?:(?P<another>other|second|third|remaining)\s+|"
    r"(?:lone|last|suspected|alleged)\s+)?"
    r"(?P<attacker>gunman|attacker|assailant|militant|bomber|suicide bomber|terrorist|"
    r"insurgent|shooter|perpetrator|jihadist|kidnapper|hostage-taker)\b"
    r"(?!\s+" + _COLLECTIVE + r"\b))",
    re.IGNORECASE,
)

# "killing seven of them": the count of a group named before the verb.
_OF_THEM_AFTER_RE: Final = lazy_compile(r"\s+" + _COUNT + r"\s+of\s+them\b", re.IGNORECASE)
_PEOPLE_BEFORE_RE: Final = lazy_compile(
    r"\b(?:" + _PERSON + "|" + _PERPETRATOR + r")\b", re.IGNORECASE
)

_KILLED_RE: Final = lazy_compile(
    # "reported the killing of three alleged militants": the count after "of", when the
    # news is told ("responsible for the killing of 20 people a fortnight ago", "verified
    # the killings of 115 civilians over 11 days" are a past event and a tally).
    r"\b(?:killing of(?:(?<=reported the killing of)|(?<=confirmed the killing of)|"
    r"(?<=announced the killing of))|"
    r"killed|killing|kills|kill|dead|died|dies|deaths? of|slain|shot dead|"
    # A timeline's present tense: "gunmen shoot dead a journalist".
    r"shoot(?:s|ing)? dead|"
    r"lost (?:their|his|her) li(?:ves|fe)|fatally (?:wounded|injured|shot|stabbed)|"
    # "One gendarme fell with arms in hand", "fell in action": a soldier's death.
    r"fell (?:with (?:their |his |her )?(?:arms|weapons?) in (?:hand|their hands|his hands)|"
    r"in (?:action|combat|battle)|on the (?:field of honou?r|battlefield))|"
    # "were deprived of life": the Latin American press's killing.
    r"deprived of (?:their |his |her )?li(?:fe|ves)|"
    # "We have lost five soldiers": a force that counts its dead.
    r"lost(?=\s+[\w,-]+\s+(?:[a-z]+\s+)?(?:soldiers|troops|men|officers|policemen|"
    r"personnel|servicemen|fighters|comrades|colleagues|members)\b)|"
    r"gunned down|burn[te]d? to death|hacked to death|stabbed to death|beaten to death|"
    r"shot to death|"
    r"beheaded|beheading|executed|executing|massacred|massacring|murdered|murdering|"
    # "Gunmen slaughtered 12 villagers", "butchered two farmers".
    r"slaughtered|slaughtering|butchered|butchering|"
    r"lynched|lynching|perished|succumbed|neutrali[sz]ed|neutrali[sz]ing|eliminated|"
    r"eliminating|burn(?:ed|t|ing)? alive|put out of action|"
    r"neutrali[sz]es?|eliminates?|executes?|beheads?|massacres|murders|"
    r"assassinated|assassinating|"
    # South Asian and Arab English: "three policemen were martyred", "a soldier embraced
    # martyrdom", "two constables laid down their lives".
    r"martyred|martyring|embraced martyrdom|attained martyrdom|achieved martyrdom|"
    r"embraced shahadat|attained shahadat|"
    # ISPR's "eight khwarij were sent to hell", "sent two more khwarij to hell".
    r"sent to hell|sent (?:[\w'’-]+ ){1,4}?to hell|"
    r"laid down (?:their|his|her) li(?:ves|fe)|"
    # "Five soldiers paid the ultimate sacrifice".
    r"paid the (?:ultimate|supreme) (?:sacrifice|price)|"
    # One alternative per verb, each starting with its stem (see _OUTCOME_STEMS).
    + "".join(verb + r" (?:[\w'’-]+ ){0,4}?to death|" for verb in _TO_DEATH_VERB_LIST)
    + r"claimed the lives of|took the lives of|claimed the life of|took the life of|bodies of|"
    r"lifeless|found dead|mowed down|"
    # "Six men were found hanging from a bridge": killed, the cartels' way.
    r"found (?:hanging|hanged|hung|murdered|decapitated|dismembered|beheaded|executed|"
    r"tortured and killed|shot dead|strangled|bound and gagged))\b",
    re.IGNORECASE,
)
_TO_HOSPITAL: Final = (
    r"\s+to\s+(?:an?\s+|the\s+)?(?:[\w.'’-]+\s+){0,4}?(?:hospitals?|clinics?|infirmary)"
    r"(?!\s+(?:morgues?|mortuary))"
)
_INJURED_RE: Final = lazy_compile(
    # "resulting in injuries to at least 12 people": the count after it.
    # "and the injury of two others": the monitors' phrasing, the count after it.
    r"\b(?:injuries to|injur(?:y|ies) of|injur(?:ed|ing|ies|es|e)|wound(?:ed|ing|s)?|hurt|"
    r"hospitali[sz]ed|"
    # "sustained a bullet injury": one man's, as "sustained bullet injuries" is.
    r"sustained (?:an? )?(?:\w+ )?(?:wounds?|injury|injuries)|"
    r"suffer(?:ed|ing|s) (?:an? )?(?:\w+ )?(?:wounds?|injury|injuries)|"
    # "where seven others are receiving treatment".
    r"receiv(?:ed|ing) (?:medical (?:help|aid|treatment|attention|care)|treatment)|"
    # "Four people were taken to the Nakuru Level 5 Hospital": the hurt, by where they
    # went ("the bodies were taken to the hospital morgue" are the dead's).
    + "|".join(
        f"{verb}{_TO_HOSPITAL}"
        for verb in ("taken", "rushed", "admitted", "brought", "evacuated", "airlifted")
    )
    + r"|"
    # "the hospital treated 66 people": the count after it.
    r"treated(?=\s+(?:at least |more than |some |about |over |nearly )?(?:\d|dozens|scores|"
    r"hundreds))|"
    r"lost (?:a|an|his|her|their|both|one of (?:his|her) )\s*"
    r"(?:legs?|arms?|eyes?|feet|foot|hands?|limbs?)|"
    # "a woman was hit by a stray bullet", "two residents were hit in the leg".
    # ("was hit in the neck and died": the hit is how the person died.)
    r"hit by (?:an? |stray )?(?:stray )?(?:bullets?|gunfire|shrapnel|pellets?)"
    r"(?!\s+and\s+(?:later\s+)?died)|"
    r"hit in the (?:legs?|arms?|head|chest|stomach|abdomen|back|shoulders?|neck|feet|foot|"
    r"thighs?|hips?|hands?)(?!\s+and\s+(?:later\s+)?died))\b",
    re.IGNORECASE,
)
# Where an outcome can start: each alternative of _KILLED_RE and _INJURED_RE begins with
# one of these words or stems (a test checks), so that those two patterns are tried only
# there, not at every word boundary (see ``_scan``).
_OUTCOME_STEMS: Final = (
    "hit",
    "kill",
    "dead",
    "die",
    "death",
    "slain",
    "shot",
    "lost",
    "fell",
    "fatally",
    "gunned",
    "shoot",
    "burn",
    "hack",
    "stab",
    "beat",
    "club",
    "ston",
    "bludgeon",
    "strangl",
    "behead",
    "execut",
    "massacr",
    "murder",
    "slaughter",
    "butcher",
    "lynch",
    "deprived",
    "perished",
    "succumbed",
    "neutrali",
    "eliminat",
    "put",  # "put out of action"
    "assassinat",
    "martyr",
    "embraced",
    "sent",
    "attained",
    "achieved",
    "laid",
    "paid",
    "claimed",
    "took",
    "bodies",
    "lifeless",
    "found",
    "mowed",
    "injur",
    "wound",
    "hurt",
    "hospitali",
    "taken",
    "rushed",
    "admitted",
    "brought",
    "evacuated",
    "airlifted",
    "treated",
    "sustained",
    "suffer",
    "receiv",
)
# Verbs that take their count after them ("killed two", "claimed the lives of 30").
_ACTIVE_RE: Final = lazy_compile(
    r"^(?:killed|killing|kills|kill|injured|injuring|wounded|wounding|deaths? of|bodies of|"
    r"treated|"
    # "reported the killing of three alleged militants".
    r"killing of|"
    r"injuries to|injur(?:y|ies) of|"
    r"injures?|wounds|wound|neutrali[sz]es?|eliminates?|executes?|beheads?|massacres|murders|"
    r"assassinated|assassinating|"
    r"hospitali[sz]ed|beheaded|beheading|executed|executing|massacred|massacring|murdered|"
    r"murdering|slaughtered|slaughtering|butchered|butchering|neutrali[sz]ed|neutrali[sz]ing|"
    r"eliminated|eliminating|gunned down|"
    r"claimed the lives of|took the lives of|claimed the life of|took the life of|shot dead|"
    r"shoot(?:s|ing)? dead|lost|"
    r"lynched|lynching|burn(?:ed|t|ing) alive|"
    r"fatally (?:shot|stabbed|wounded|injured)|"
    # "hacked to death 12 villagers", "stoned and burned to death three men": the count
    # after the whole verb.
    r"(?:[a-z]+ and )?(?:hacked|stabbed|burn[te]d?|beat|beaten|clubbed|stoned|shot) to death|"
    r"mowed down|put out of action)$",
    re.IGNORECASE,
)
# "The death toll ... rose to 27", "a preliminary toll of 15".
_TOLL_RE: Final = lazy_compile(
    # "toll from a bombing at a restaurant in the capital rose to 21": "at a" is no count.
    r"\b(?:(?:death |casualty |fatality )?toll|"
    # "The number of people killed in Friday's strike rose to 23", "the fatalities reached".
    r"number of (?:people |those )?(?:killed|dead|deaths|fatalities|victims)|"
    # ("CORRECTION: the death toll is 11, not 9": a toll stated as it is.)
    r"(?<=the )fatalities)\b(?:[^.;\d]{0,90}?\b(?:to|of|at|reached|hit|is now|now is)|"
    r"\s+(?:is|was|now stands at|stands at|stood at)|"
    # "The toll rose from 14 to 21": the later figure.
    r"[^.;\d]{0,90}?\bfrom\s+\d[\d,]*\s+to|"
    # "The death toll from a suicide bombing at a mosque inside a police compound in the
    # northwestern city of Peshawar rose to 100": an update verb reaches further.
    r"[^.;\d]{0,170}?\b(?:rose|risen|climbed|increased|jumped|reached|hit)(?:\s+to)?)\s+"
    r"(?!an?\s(?!dozen|hundred|thousand))" + _COUNT,
    re.IGNORECASE,
)
_ORDINALS: Final = {
    word: number
    for number, word in enumerate(
        ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
        start=2,
    )
}
_ORDINAL_DEATH_RE: Final = lazy_compile(
    r"\b(?:a|the)\s+(?P<nth>" + "|".join(_ORDINALS) + r")\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:has|had|have)\s+)?(?:died|succumbed)\b",
    re.IGNORECASE,
)
# "The number of injured has risen to 20", "… and the number of wounded to 31".
_INJURED_TOLL_RE: Final = lazy_compile(
    r"\bnumber of (?:people |those )?(?:injured|wounded|injuries|casualties)\b"
    r"[^.;\d]{0,90}?\b(?:to|at|reached|hit)\s+(?!an?\s(?!dozen|hundred|thousand))" + _COUNT,
    re.IGNORECASE,
)
# "claimed nine lives", "cost 30 lives".
_LIVES_RE: Final = lazy_compile(
    r"\b(?:claimed|claiming|cost|costing|took|taking)\s+(?:the\s+)?" + _COUNT + r"\s+lives\b",
    re.IGNORECASE,
)
# A suicide attacker who dies: one perpetrator ("the bomber blew himself up").
_SELF_KILLED_RE: Final = lazy_compile(
    r"\b(?:blew (?:himself|herself) up|killed (?:himself|herself)|"
    r"detonated (?:his|her) (?:\w+ )?(?:vest|belt))\b",
    re.IGNORECASE,
)
_THEMSELVES_RE: Final = lazy_compile(
    r"\b" + _COUNT + r"\s+(?:[\w'’-]+\s+){0,3}?(?:blew|blow) themselves up\b", re.IGNORECASE
)
# The event-database table style: "Dead: 38 (+2 perpetrators); injured: 105."; and an
# event database coder's count, "Fatalities coded as 10", which is the note's decision.
_TABLE_DEAD_RE: Final = lazy_compile(
    r"\b(?:dead|deaths|killed|fatalities)(?::|\s+(?:were\s+)?coded\s+as)\s*(?P<dead>"
    + _DIGITS
    + r")(?:\s*\(\s*\+\s*(?P<perps>"
    + _DIGITS
    + r")\s+(?:perpetrators?|attackers?|assailants?|militants?)\s*\))?",
    re.IGNORECASE,
)
_TABLE_INJURED_RE: Final = lazy_compile(
    r"\b(?:injured|wounded|injuries):\s*(?P<injured>" + _DIGITS + r"|unknown)", re.IGNORECASE
)
# "Fatalities: 11 (including the bomber); 14 injured": the injured field in words.
_TABLE_INJURED_AFTER_RE: Final = lazy_compile(
    r"[;,]\s*(?P<injured>" + _DIGITS + r")\s+(?:people\s+)?(?:injured|wounded)\b", re.IGNORECASE
)
_PLUS_PERPETRATORS_RE: Final = lazy_compile(
    r"\(\s*\+\s*(?P<perps>" + _DIGITS + r")\s+(?:perpetrators?|attackers?|assailants?)\s*\)",
    re.IGNORECASE,
)

# Numbers that count no one: clock times, decimals, dates and ages. They are blanked
# (same length, so offsets hold) before counting.
_MONTH: Final = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
)
_NOT_A_COUNT_RE: Final = lazy_compile(
    r"(?<=\bno )one\b|"
    r"(?P<date>\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r")|"
    r"\b\d+[.:/]\d+(?:/\d+)?\b|\b\d{1,4}\s*(?=(?:GMT|UTC|hrs\b|[ap]\.?m\b))|"
    r"\b(?:\d+|" + _WORD_NUMBER + r")(?=[- ]years?[- ]old\b|[- ]year\b|[- ]month[- ]old\b)|"
    # A share is no count: "about three per cent of deaths qualify".
    r"\b(?:\d+|" + _WORD_NUMBER + r")(?=\s*(?:per ?cent|%))|"
    # Ages: "two men aged 52 and 70 were injured", "children aged 4, 7 and 9", "a young
    # man, aged between 15 and 18, died".
    r"(?<=\baged )(?:between |from )?\d{1,3}(?:(?:,\s*|,?\s+(?:and|or|to)\s+)\d{1,3}\b)*",
    re.IGNORECASE,
)

_TrieNode: TypeAlias = dict[str, "_TrieNode"]  # a letter, and what may follow it


def _trie(words: Iterable[str]) -> str:
    """A pattern for any of ``words`` that branches one letter at a time.

    An alternation of N words tries all N at each place; this tries a letter at a time,
    so it costs little however many words there are. The words are tried in another order,
    so use it only where that does not matter (where only the start of a match is used).
    """
    tree: _TrieNode = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(tree)


def _trie_pattern(node: _TrieNode) -> str:
    branches = [re.escape(char) + _trie_pattern(rest) for char, rest in node.items() if char]
    if not branches:
        return ""
    return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")


# Where a count, or a number that counts no one, can start: a digit, or a word that can
# begin a qualifier or a number ("at least", "a dozen", "twenty-one"), or a month. The
# patterns that start with a count (_GROUP_RE, _BARE_RE, _THEMSELVES_RE, _NOT_A_COUNT_RE)
# are tried only there (see ``_scan``), not at every word boundary: each tries some eighty
# alternatives at each, which made them the costliest step. The first word of a count is
# always followed by a non-word character (a space, a hyphen, a dash or a comma), hence
# the closing ``\b``.
_FIRST_WORDS: Final = {w.split()[0] for w in (*_QUALIFIER_WORDS.split("|"), *_WORDS, "between")}
_COUNT_START_RE: Final = lazy_compile(
    r"\b(?:\d|" + _trie(sorted(_FIRST_WORDS)) + r"\b|" + _MONTH + ")", re.IGNORECASE
)
_OUTCOME_START_RE: Final = lazy_compile(r"\b" + _trie(_OUTCOME_STEMS), re.IGNORECASE)
# re.IGNORECASE matches these non-ASCII letters to ASCII ones, and str.lower() does not:
# ``_folded`` maps them, so that a word test on it never misses what a pattern would find.
_ASCII_TWINS: Final = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})

_DIGIT_RE: Final = lazy_compile(r"\d")
_MORE_AFTER_RE: Final = lazy_compile(r"\s+more\b", re.IGNORECASE)

_CONNECTORS: Final = frozenset(
    # "killed a farmer and his two sons": a possessive after "and" still lists the dead.
    (
        "and",
        "as well as",
        "and at least",
        "and all",
        "and all the",
        "along with",
        "plus",
        "&",
        "and his",
        "and her",
        "and their",
    )
)
_SUBSET_BEFORE_RE: Final = lazy_compile(
    r"\b(?:including|among them|among whom|of whom|of them|among the (?:dead|victims|"
    r"killed|injured|wounded)|of the|of those)\s*(?:were\s+|are\s+)?$"
    # "Five people, including a tehsildar and two policemen": one named before the rest.
    r"|\b(?:including|among them|among whom)\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
    # ("including a woman and her two children": hers are among them too.)
    r"(?:\s+and|,)\s+(?:(?:his|her|their)\s+)?$",
    re.IGNORECASE,
)
# "a city of about 500,000 people", "home to 2 million residents": who live there.
_POPULATION_RE: Final = lazy_compile(
    r"\b(?:(?:city|town|municipality|country|nation|state|province|region|district|community|"
    r"village|capital|metropolis|area|port|island) (?:of|with)|home to|population of)\s+"
    r"(?:about |around |some |nearly |almost |more than |over |roughly |an estimated |"
    r"approximately )?[\d,.]+(?: million| thousand)?(?: (?:people|inhabitants|residents|"
    r"souls|citizens))?\b",
    re.IGNORECASE,
)
_ADDITION_GAP_RE: Final = lazy_compile(r"\b(?:more|other|additional|further)\b", re.IGNORECASE)
_ALSO_RE: Final = lazy_compile(r"\balso\b", re.IGNORECASE)
# An aside between a count and its verb: ", including a major general,", ", who ...,",
# or one whose closing comma the writer left out (", including 10 soldiers were hurt").
_ASIDE_RE: Final = lazy_compile(
    r",\s*(?:including|among them|who|which|mostly|(?:most|many|some|all|half) of them)\b"
    r"[^,]{0,120},"
    r"|,\s*(?:including|among them)\b[^,]{0,60}?(?=\s+(?:were|was|are|have been|had been)\b)",
    re.IGNORECASE,
)
# Words that end a subject: after them, a count is no longer what the verb is about.
_SUBJECT_STOP: Final = frozenset(
    (
        "killing",
        "carrying",
        "including",
        "with",
        "after",
        "when",
        "while",
        "and",
        "but",
        "who",
        "which",
        "that",
        "in",
        "on",
        "at",
        "near",
    )
)
# A relative clause right before its verb ("persons who were injured", "persons who
# sustained injuries"): the count is its subject still. The passive's auxiliary is
# group 1; an active verb there may be what the count's people did instead.
_WHO_WERE_END_RE: Final = lazy_compile(
    r"\bwho (?:(were|was|had been|have been|has been)\s*|(?:had |have |has )?)$", re.IGNORECASE
)
_PUNCTUATION: Final = " ,\"“”'‘’"  # around a count, these change nothing
_SUBJECT_WORDS: Final = 10
_SUBJECT_CHARS: Final = 120  # a longer gap is no subject's: and slicing it would cost
_SUBJECT_CHARS_RE: Final = lazy_compile(r"[^\w\s,'’()\"“”-]")
_WORD_RE: Final = lazy_compile(r"[\w'’-]+")
SUBJECT_WITHIN: Final = 12  # characters: where a sentence's subject count may start
_OBJECT_GAP: Final = 30  # characters between a verb and its first count, at most

# Things that are "executed", "eliminated", "killed" or "dead" in another sense: "the
# contract was executed", "executed a search warrant", "the need is eliminated", "the
# bill was killed", "the deal is dead". No victim, and no massacre (events.py).
THINGS_DONE: Final = (
    r"(?:contracts?|orders?|plans?|projects?|(?:search )?warrants?|deals?|trades?|"
    r"transactions?|strateg(?:y|ies)|programmes?|programs?|agreements?|polic(?:y|ies)|"
    r"bills?|motions?|proposals?|laws?|tasks?|payments?|transfers?|commands?|scripts?|"
    r"needs?|risks?|requirements?|jobs?|fees?|tax(?:es)?|subsid(?:y|ies)|tariffs?|"
    r"rules?|regulations?|steps?|stages?|process(?:es)?|features?|ideas?|schemes?|"
    r"budgets?|deficits?|debts?|problems?|barriers?|obstacles?|options?|chances?|"
    r"manoeuvres?|maneuvers?|moves?|playbook|game plan|agendas?|mandates?|duties)"
)
# "its fighters executed a targeted operation", "executed an attack on the post": an
# operation carried out is a thing done too, but only as the verb's object ("the men
# who took part in the attack were executed" are people).
THINGS_EXECUTED: Final = (
    r"(?:" + THINGS_DONE + r"|operations?|attacks?|raids?|strikes?|ambush(?:es)?|assaults?|"
    r"missions?|offensives?|sorties?)"
)
# The subject of a singular passive ("The need for costly feed preparation is"): a
# thing, with no person named in it.
_THING_SUBJECT_RE: Final = lazy_compile(r"\b" + THINGS_DONE + r"\b", re.IGNORECASE)
_CLAUSE_START_RE: Final = lazy_compile(r"(?:^|[.;:]|\b(?:which|that|and|but)\b)[^.;:]*$")
# "executed a search warrant", "killed the bill": the verb's object is a thing.
_THING_OBJECT_RE: Final = lazy_compile(
    r"\b(?:execut(?:ed|es|e|ing)|eliminat(?:ed|es|e|ing)|kill(?:ed|s|ing)?)\s+"
    r"(?:(?:a|an|the|its|their|his|her|our|this|that|these|those)\s+)?"
    r"(?:(?!(?:" + _PERSON + r"|and|or|but|as|while|when|after|before|in|on|at|by|with|was|"
    r"were|is|are)\b)[\w-]+\s+){0,2}?" + THINGS_DONE + r"\b"
    # ("killed during a raid": only "executed" takes an operation for its object.)
    r"|\bexecut(?:ed|es|e|ing)\s+(?:a|an|the|its|their|his|her|our|this|that)\s+"
    r"(?:(?!(?:" + _PERSON + r"|and|or|but|as|while|when|after|before|in|on|at|by|with|"
    r"during)\b)[\w-]+\s+){0,2}?" + THINGS_EXECUTED + r"\b",
    re.IGNORECASE,
)
_CLAUSE_CHARS: Final = 90

# "was shot and killed", "is reportedly killed": a singular subject, no negation.
_SINGULAR_BEFORE_RE: Final = lazy_compile(
    # ("was also shot and killed": an adverb, then the verbs.)
    r"\b(?:was|is|has been)\s+(?:(?:also|reportedly|allegedly|later|then)\s+)?"
    r"(?:(?!not\b|never\b|nearly\b|almost\b)\w+\s+){0,2}$",
    re.IGNORECASE,
)
# "… and his driver", "… along with one of his bodyguards", a note's "… and aide": one
# more person.
_AND_ONE_MORE_RE: Final = lazy_compile(
    r"\s+(?:and|along\s+with|together\s+with)\s+(?:(?:(?:his|her|an?)\s+)?(?:[a-z-]+\s+)?"
    r"(?:companion|"
    r"friend|wife|husband|son|daughter|brother|sister|driver|bodyguard|colleague|cousin|"
    r"nephew|relative|guard|passenger|escort|aide)|one\s+of\s+(?:his|her)\s+(?:[a-z-]+\s+)?"
    r"(?:companions|friends|sons|daughters|brothers|sisters|drivers|bodyguards|colleagues|"
    r"cousins|nephews|relatives|guards|passengers|escorts|aides))\b",
    re.IGNORECASE,
)
_SINGULAR_WITHIN: Final = 40
_TWO_WITHIN: Final = 90  # "the young motorcycle taxi driver and his elderly passenger were"
# "The bomber also died in the blast", "the suicide bomber died": one attacker, as the
# subject of the death (ACLED counts dead attackers).
_ONE_ATTACKER_BEFORE_RE: Final = lazy_compile(
    r"\b(?:the|a)\s+(?:suicide\s+|lone\s+|female\s+)?(?:bomber|attacker|gunman|assailant|"
    r"shooter|perpetrator)\s+(?:(?:also|later|himself|herself|too|then)\s+){0,2}$",
    re.IGNORECASE,
)
# "killed the driver", "shot dead the village chief": one person, the object of an active
# verb, by a word for one person ("the soldiers" are a number not given).
# A word for one person: "the driver", "a nurse", "the village chief".
_ONE_PERSON: Final = (
    r"(?:rider|driver|owner|chief|headman|leader|imam|operator|attendant|ruler|occupant|"
    r"pastor|priest|teacher|farmer|guard|watchman|soldier|officer|policeman|policewoman|man|"
    r"woman|boy|girl|child|infant|baby|toddler|newborn|teenager|pupil|schoolboy|schoolgirl|"
    r"shepherd|fisherman|hunter|miner|pilgrim|refugee|migrant|tourist|journalist|reporter|"
    r"trader|shopkeeper|passenger|pilot|mayor|"
    r"governor|official|commander|husband|wife|son|daughter|father|mother|brother|sister|"
    r"manager|worker|employee|student|elder|resident|villager|civilian|motorcyclist|"
    r"businessman|vendor|activist|head|commissioner|chairman|councillor|councilor|"
    r"administrator|aide|bodyguard|escort|deputy|lawmaker|senator|judge|prosecutor|cleric|"
    r"doctor|nurse|engineer|principal|secretary|mukhtar|sheikh|chieftain|emir|mullah|"
    r"patient|technician|midwife|paramedic|medic|herder|herdsman|porter|conductor|pharmacist|"
    r"mechanic|cook|guide|interpreter|translator|assistant|apprentice|caretaker|"
    # Ranks that come before a name: "shot dead patrolman Juan Díaz".
    r"patrolman|patrolwoman|constable|sergeant|corporal|inspector|trooper|ranger|gendarme|"
    r"militiaman|jawan|lawyer|photographer|cameraman|candidate|councilman|"
    # "the death of the SDF fighter": one of an armed group.
    r"fighter|militant|rebel|insurgent|combatant|conscript|recruit|peacekeeper)"
    r"(?![\w-])"
)
_THE_ONE_AFTER_RE: Final = lazy_compile(
    # "killing its rider", "killing his driver": the one of the vehicle or of the man;
    # event notes drop the article: "shot dead traditional ruler", "killing senior
    # commander" (no word of a place or time between: "wounded in the head" is no one).
    r"\s+(?:(?:the|an?|its|his|her)\s+|(?!(?:in|on|at|the|to|by|with|and|of|for|from|near|"
    r"during|after|before|while|as|over|into)\b))"
    # ("the SDF fighter": a group's initials before the word.)
    r"(?:(?-i:[a-z][a-z-]+|[A-Z]{2,6})\s+){0,2}?" + _ONE_PERSON,
    re.IGNORECASE,
)
# "killing the driver and the patient": one more, by a word for one person.
_AND_THE_ONE_AFTER_RE: Final = lazy_compile(
    r"\s+and\s+(?:the|an?|its|his|her)\s+(?:(?-i:[a-z][a-z-]+)\s+){0,2}?" + _ONE_PERSON,
    re.IGNORECASE,
)
# "The driver and the patient were killed": two, each by a word for one person, as the
# subject of a plural passive.
_THE_TWO_BEFORE_RE: Final = lazy_compile(
    r"(?:^|[.;:!?]\s+|\b(?:when|as|after|while|that|said)\s+)(?:the|an?|his|her|its)\s+"
    r"(?:(?-i:[a-z][a-z-]+)\s+){0,2}?" + _ONE_PERSON + r"\s+and\s+(?:the|an?|his|her|its)\s+"
    r"(?:(?-i:[a-z][a-z-]+)\s+){0,2}?"
    + _ONE_PERSON
    + r"\s+(?:were|have been|had been)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
_CONFIRMED_AFTER_RE: Final = lazy_compile(
    r"\s+(?:(?:were|was|have been|had been|has been|so far)\s+)?(?:officially\s+)?"
    r"(?:confirmed|verified|identified)\b",
    re.IGNORECASE,
)
# "the killing of Anderson Arboleda", "the beating to death of journalist Ana Ruiz": one
# person, named ("the killing of Kenya Defence Forces soldiers" names no one).
# "Protests over the killing of George Floyd": the killing is the protest's cause, told
# for the protest, not an event of the sentence.
_GRIEVANCE_BEFORE_RE: Final = lazy_compile(
    r"\b(?:over|against|protest(?!ant)\w*|mourn\w*|justice for|condemn\w*|denounc\w*|anger at|"
    r"outrage at|demand\w*)\b[^.;]{0,12}$",
    re.IGNORECASE,
)
# One word of a person's name, accented letters too ("Ordóñez", "Ángel").
_NAME_WORD: Final = "(?-i:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)"
_NAMED_VICTIM_AFTER_RE: Final = lazy_compile(
    r"\s+of\s+(?:(?-i:[a-z][a-z-]+)\s+){0,2}(?P<name>"
    + _NAME_WORD
    + r"\s+"
    + _NAME_WORD
    + r"(?:\s+"
    + _NAME_WORD
    + r")?)(?P<next>\s+[\w-]+)?",
    re.IGNORECASE,
)
# "killing Iraqi Brigadier General Ali Abboud", "killed journalist Ana Ruiz": one person,
# by title and name, as the object of the verb.
_TITLED_VICTIM_AFTER_RE: Final = lazy_compile(
    # "social leader Jhon Ordóñez", "community leader Ana Peña": a leader by what they lead.
    r"\s+(?:(?-i:[A-Z])[\w.-]+\s+){0,2}(?:(?-i:tribal|local|prominent|senior|retired|social|"
    r"community|indigenous|union|peasant|youth|religious|opposition|environmental|"
    r"(?:human\s+)?rights)\s+)?"
    r"(?:general|colonel|major|captain|commander|lieutenant|"
    r"sergeant|governor|mayor|chief|leader|minister|official|journalist|reporter|activist|"
    r"cleric|imam|priest|pastor|judge|lawmaker|senator|deputy|councillor|prosecutor|"
    r"businessman|doctor|teacher|student|chairman|spokesman|sheikh|shaykh|elder|emir|mufti|"
    r"mullah|maulana|chieftain|defender|"
    # "Lt. Col. Ahmed Musa": a rank written short.
    r"(?:gen|col|maj|capt|lt|sgt|brig|cpl|cmdr)\.)\s+"
    # "Sheikh Abdulrahman al-Subaihi": a surname with its particle.
    r"(?P<name>" + _NAME_WORD + r"\s+(?-i:(?:al|el|bin|ibn|abu)-)?" + _NAME_WORD + r")"
    r"(?P<next>\s+[\w-]+)?",
    re.IGNORECASE,
)
# "A provisional toll released on Sunday had put the number of dead at 25", "the initial
# toll": a figure the report has since updated, no update itself; the larger count of the
# event's sentences stands.
_STALE_TOLL_WORDS: Final = ("toll", "count", "figure", "tally")
_STALE_TOLL_RE: Final = lazy_compile(
    r"\b(?:provisional|initial|earlier|first|preliminary|previous)\s+(?:death\s+)?"
    r"(?:toll|count|figure|tally)s?\b[^.;]{0,80}?\bhad\b|"
    r"\b(?:initial|earlier|first|preliminary|previous)\s+(?:death\s+)?"
    r"(?:toll|count|figure|tally)s?\b",
    re.IGNORECASE,
)
# "Sepoy Ali Khan (28, resident of Khushab) and Naik Asif Iqbal embraced shahadat",
# "Journalist Ana Ruiz died": one or two people, by rank or trade and name, the subject of
# a death told without a count (ISPR's and obituaries' way).
_RANKS: Final = (
    *("sepoy", "naik", "lance naik", "havildar", "subedar", "constable", "head constable"),
    *("inspector", "sub-inspector", "general", "colonel", "major", "captain", "lieutenant"),
    *("sergeant", "corporal", "private", "journalist", "reporter", "activist", "commander"),
    *("imam", "pastor", "priest", "gen.", "col.", "maj.", "capt.", "lt.", "sgt.", "cpl."),
    *("brig.", "hav.", "sep."),
)
_RANK: Final = "(?:" + "|".join(re.escape(r) for r in sorted(_RANKS, key=len, reverse=True)) + ")"
_ONE_RANKED: Final = (
    _RANK + r"\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}(?-i:[A-Z])[\w'’-]+"
    # ", 41, resident of Chakwal,": each part of the apposition opens with its comma (an
    # age is blanked out before this is read).
    r"(?:\s*\([^()]{0,60}\)|\s*(?:,[^,;.()]{1,60}){1,2},)?"
)
_RANKED_SUBJECTS_BEFORE_RE: Final = lazy_compile(
    r"(?:^|[.;:!?\n]\s*|\b(?:when|as|after|while)\s+)"
    + _ONE_RANKED
    + r"(?P<second>\s+and\s+"
    + _ONE_RANKED
    + r")?"
    r"\s+(?:(?:also|later|reportedly)\s+)?(?:(?:was|were|has been|have been|had been)\s+)?$",
    re.IGNORECASE,
)
_RANKED_WITHIN: Final = 200
# "killed Qari Ahmad Zahir, a senior Taliban commander,": one person, by name and the
# role the apposition gives; "and another militant" after it is a second.
_APPOSED_VICTIM_AFTER_RE: Final = lazy_compile(
    r"\s+(?P<name>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,3}),\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:general|colonel|major|captain|commander|lieutenant|sergeant|"
    r"governor|mayor|chief|leader|minister|official|journalist|reporter|activist|cleric|"
    r"imam|priest|judge|lawmaker|politician|member|militant|fighter|figure|head|founder|"
    r"elder|farmer|trader|teacher|student|driver|resident|businessman|shopkeeper|civilian|"
    r"villager|doctor|nurse|lawyer|director|headmaster|principal)\b"
    r"[^,.;]{0,40}(?P<another>,?\s+and\s+(?:(?:another|one other|a second|his|her)\s+"
    # "shot dead Tiyarat Chuaykaew, the school director, and Somsak Kwanma, a teacher":
    # a second person by name and role.
    r"[a-z-]+|" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,3},\s+(?:a|an|the)\s))?",
    re.IGNORECASE,
)
# "Junta troops killed Ko Kyaw Kyaw in Pauk", "gunmen shot dead Abdi Hassan on Monday":
# one person, by name alone, the verb's object (a place's or a group's name goes on into
# a noun: "killed Boko Haram fighters", "killed Kyiv residents").
_BARE_NAMED_VICTIM_AFTER_RE: Final = lazy_compile(
    r"\s+(?P<name>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,2})"
    r"(?P<second>\s+and\s+" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,2})?"
    r"(?=\s*[,.;]|\s+(?:in|at|near|on|outside|inside|during|while|as|after|before|and)\s)",
    re.IGNORECASE,
)
# Words that make a capitalised run a group's name, not a person's.
_GROUP_NAME_WORDS: Final = frozenset(
    (
        *("forces", "army", "party", "front", "movement", "police", "brigade", "militia"),
        *("group", "guard", "guards", "corps", "soldiers", "fighters", "rangers", "troops"),
        "militants",
    )
)


def _names_one_victim(text: str, end: int, *, active: bool = False) -> bool:
    """Whether "the killing" ending at ``end`` is "of" one person named, not a group; or,
    for an ``active`` verb, whether its object is one person by title and name."""
    return _victims_named(text, end, active=active) > 0


def _victims_named(text: str, end: int, *, active: bool = False) -> int:
    """How many people the words after ``end`` name (see :func:`_names_one_victim`): 1,
    or 2 for a named person "and another" after the apposition; 0 for none or a group."""
    if text[end - 3 : end].casefold() == " of":
        end, active = end - 3, False  # "the killing of Anderson Arboleda": "the killing"
    found = (_TITLED_VICTIM_AFTER_RE if active else _NAMED_VICTIM_AFTER_RE).match(text, end)
    apposed = None
    if found is None and active:
        found = apposed = _APPOSED_VICTIM_AFTER_RE.match(text, end)
    bare = False
    if found is None and active:
        found = _BARE_NAMED_VICTIM_AFTER_RE.match(text, end)
        bare = found is not None
    if found is None:
        return 0
    words = [*found["name"].split(), *(found.groupdict().get("next") or "").split()]
    if any(w.casefold() in _GROUP_NAME_WORDS for w in words):
        return 0
    if bare and found["second"]:
        return 2  # "killed Mike Brown and Sani Musa"
    return 2 if apposed is not None and apposed["another"] else 1


# A sentence about one person named by age: "Seventeen-year-old demonstrator X was shot".
_AGED_SUBJECT_RE: Final = lazy_compile(
    r"\W{0,3}(?:an?\s+)?(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]years?[- ]old\s+[a-z]+\b",
    re.IGNORECASE,
)

# "(later updated to 58 dead)", "(21 according to later reports)": the sentence's own
# first count revised; the revision is the count.
_REVISED_RE: Final = lazy_compile(
    r"\b(?:updated|revised|raised|corrected)(?: up(?:wards?)?)? to "
    + _COUNT
    + r"\s+(?:dead|killed|deaths|fatalities|people dead)\b",
    re.IGNORECASE,
)
_LATER_REPORTS_RE: Final = lazy_compile(
    r"\(\s*" + _COUNT + r"\s+according to (?:later|updated|new|subsequent) (?:reports|figures)",
    re.IGNORECASE,
)
_UPDATE_RE: Final = lazy_compile(
    r"\b(?:(?:rose|risen|rises|climbed|increased|jumped|reached|raising|bringing|brings|"
    r"raised|revised|updated)\b"
    r"[^.;]{0,40}?\b(?:to|toll|total)\b|a total of|in total|later report)",
    re.IGNORECASE,
)
_CLAIM_RE: Final = lazy_compile(
    r"\b(?:claim(?:s|ed|ing)? (?:that|to have)|"
    r"(?:said|says|say|announced|claimed|claims) (?:it|they) (?:had |has |have )?"
    r"(?:killed|wounded|injured|neutrali[sz]ed|eliminated|destroyed)|"
    # "said in Moscow that it had targeted a meeting of commanders and killed 60".
    r"(?:said|says|claimed|claims|announced)\b[^.;]{0,40}?\bthat (?:it|they) (?:had |has |"
    r"have )?(?:[\w\"“”'’-]+ ){0,16}?(?:killed|neutrali[sz]ed|eliminated)|fake news|propaganda|"
    r"unverified|unconfirmed)\b",
    re.IGNORECASE,
)
_CLAIMED_VERB_RE: Final = lazy_compile(r"\w+$")
_CLAIMED_VERBS: Final = ("kill", "wound", "injur", "neutr", "elim")


def _unclaimed(claim: re.Match[str]) -> str:
    """The claim's words blanked, its verb kept: "said it had killed" → "x… killed"."""
    said = claim.group(0)
    verb = _CLAIMED_VERB_RE.search(said)
    if verb is None or not verb.group(0).lower().startswith(_CLAIMED_VERBS):
        return "x" * len(said)
    return "x" * (verb.start() - 1) + " " + verb.group(0)


_UNDISCLOSED_RE: Final = lazy_compile(
    r"\b(?:not (?:been |yet )?(?:disclosed|specified|released|given|made public|reported|known)|"
    r"undisclosed|unknown number|unspecified number|did not (?:say|specify|disclose|give)|"
    r"gave no (?:death )?toll|"
    r"(?:number|toll|extent) of (?:casualties|victims|dead|deaths|injuries)\b[^.]{0,30}"
    r"\b(?:unclear|unknown|not clear))",
    re.IGNORECASE,
)
_NO_CASUALTIES_RE: Final = lazy_compile(
    # "There were no reported casualties", an event database's way to say none.
    # ("There is no report of any injury or casualty in these incidents.")
    r"\b(?:no (?:immediate |reported |known )?(?:reports? of )?(?:any )?"
    r"(?:(?:injury|injuries|death|deaths) or )?(?:casualt(?:y|ies)|victims)|"
    r"without (?:causing |"
    r"leaving )?(?:any )?(?:casualties|victims)|"
    r"no (?:one|body) (?:was |were )?hurt|nobody was hurt|no one was harmed|unharmed|"
    # "No one was killed or injured", "nobody was killed or hurt".
    r"no(?: one|body) (?:was |were )?(?:killed|hurt|injured|wounded) or (?:killed|hurt|"
    r"injured|wounded))\b",
    re.IGNORECASE,
)
_NO_DEATHS_RE: Final = lazy_compile(
    r"\b(?:no (?:one|body) (?:was |were )?killed|nobody was killed|no one died|nobody died|"
    r"no(?: one|body) (?:has|had) (?:died|been killed)|"
    r"no (?:reported |known )?(?:deaths|fatalities)|"
    r"no (?:loss of life|lives were lost|(?:life|lives) (?:was |were )?lost))\b",
    re.IGNORECASE,
)
_NO_INJURIES_RE: Final = lazy_compile(
    # ("No one was present or injured".)
    r"\b(?:no (?:one|body) (?:was |were )?(?:[a-z]+ or )?(?:injured|wounded)|"
    r"nobody was (?:[a-z]+ or )?(?:injured|wounded)|"
    r"no (?:reported |known )?(?:injuries|injured))\b",
    re.IGNORECASE,
)
# "No security personnel was injured", "none of the soldiers were hurt": a group denied
# the harm (the words between are no clause of their own: "no one knows how many died").
_NO_GROUP_HARMED_RE: Final = lazy_compile(
    r"\bno(?:ne of(?: the)?)? (?:(?!(?:was|were|is|are|has|have|had|how|many|that|after|"
    r"when|while|but|and|since|because|though|further|other)\b)[\w-]+ ){1,6}?"
    r"(?:was|were|has been|have been|had been|got) (?:\w+ly )?"
    r"(?:(?P<dead>killed|died)|injured|wounded|hurt|harmed)\b",
    re.IGNORECASE,
)
_DEATH_WORD_RE: Final = lazy_compile(
    r"\b(?:killed|killing|died|dead|deaths?|lives|fatalit\w*|bodies|body|murdered|"
    r"slain|else|other)\b",
    re.IGNORECASE,
)
# Words the patterns just above need (each match has one): a cheap test before searching.
_UNDISCLOSED_WORDS: Final = ("not ", "undisclosed", "unknown", "unspecified", "unclear", "gave no")
_ZERO_WORDS: Final = ("no ", "none ", "nobody", "without", "unharmed")
_CLAIM_WORDS: Final = (
    "claim",
    "said",
    "say",
    "announced",
    "fake news",
    "propaganda",
    "unverified",
    "unconfirmed",
)
_UPDATE_WORDS: Final = (
    "raised",
    "revised",
    "updated",
    "rose",
    "risen",
    "rises",
    "climbed",
    "increased",
    "jumped",
    "reached",
    "raising",
    "bringing",
    "brings",
    "total",
    "later report",
)
# "X was among those slain", "two students were also among the dead": victims named
# out of a toll the report gives (or gave) as a whole.
AMONG_VICTIMS_RE: Final = lazy_compile(
    r"\b(?:was|were|is|are) (?:also )?among (?:those|the (?:dead|victims|casualties|injured|"
    r"wounded|people|killed))\b",
    re.IGNORECASE,
)
_NO_NUMBER: Final = "deaths reported without a number"
_NOT_DISCLOSED: Final = "casualty count not disclosed"


@dataclass(frozen=True, slots=True)
class Casualties:
    """Killed and injured (None = not stated) and notes on how they were counted.

    ``perpetrators`` is the part of ``fatalities`` that were attackers. ``claimed`` is
    the dead that a party claims ("the army said it had killed 20 militants"): not a
    count, but the toll of an event that no one else counts. ``adds`` names
    the kinds ("killed", "injured") that this sentence counts on top of what came before
    ("eight others were killed"); ``totals`` those it states as a running total ("the
    death toll rose to 27"). ``combine_casualties`` uses them; one sentence alone does not.
    """

    fatalities: int | None = None
    injured: int | None = None
    notes: tuple[str, ...] = ()
    mentions_deaths: bool = False  # deaths are spoken of, counted or not
    perpetrators: int | None = None
    adds: frozenset[str] = field(default_factory=frozenset)
    totals: frozenset[str] = field(default_factory=frozenset)
    claimed: int | None = None
    # "One of them later succumbed": how many of the injured counted before died since.
    died_of_wounds: int = 0

    @property
    def pair(self) -> tuple[int | None, int | None]:
        """(fatalities, injured)."""
        return self.fatalities, self.injured


_MAX_DIGITS: Final = 9


def to_number(word: str) -> int | None:
    """Turn a written count into an integer; a vague word ("dozens") is None.

    >>> to_number("5,000"), to_number("four"), to_number("twenty-one"), to_number("dozens")
    (5000, 4, 21, None)
    >>> to_number("two dozen"), to_number("three hundred")
    (24, 300)
    """
    lowered = " ".join(word.lower().split())
    if lowered.replace(",", "").isdigit() and len(lowered) <= _MAX_DIGITS:
        return int(lowered.replace(",", ""))
    if lowered in UNITS:
        return UNITS[lowered]
    parts = re.split(r"[- ]", lowered)
    if len(parts) == 2 and parts[0] in UNITS and parts[1] in UNITS:
        if parts[1] in _MULTIPLIERS:
            return UNITS[parts[0]] * UNITS[parts[1]]  # "two dozen", "three hundred"
        return UNITS[parts[0]] + UNITS[parts[1]]  # "twenty-one"
    return None


_MULTIPLIERS: Final = frozenset(("dozen", "hundred", "thousand"))


def is_vague(word: str) -> bool:
    """Whether a count word gives no number ("several", "dozens of")."""
    return " ".join(word.lower().split()) in VAGUE


# _Group and _Outcome are named tuples rather than frozen dataclasses: as immutable, and
# three times cheaper to make (a few are made for every sentence).
class _Group(NamedTuple):
    start: int  # of the number
    end: int
    value: int | None  # None: a vague amount
    word: str
    perpetrator: bool = False
    corpse: bool = False  # "bodies": dead whatever the verb
    wounds: bool = False  # "20 injuries": hurt whatever the verb
    subset: bool = False  # "including four children": already counted
    more: bool = False  # "five more people", "another eight soldiers", "eight others"


class _Outcome(NamedTuple):
    start: int
    end: int
    kind: str  # KILLED | INJURED
    active: bool


@dataclass(slots=True)
class _Tally:
    """What one sentence counts, as the counts are bound to their verbs."""

    victims: dict[str, int] = field(default_factory=dict)
    perpetrators: int = 0
    kinds: set[str] = field(default_factory=set)  # kinds with a count, vague or not
    adds: set[str] = field(default_factory=set)
    # "… and two of the raiders were also killed": attackers more than the victims told
    # before; with victims of its own in the sentence, the sentence is a breakdown.
    attackers_added: bool = False
    vague: list[str] = field(default_factory=list)
    counted_any: bool = False
    # "The governor was killed along with two guards": counts that share a passive verb's
    # fate, taken after its subject, whom the count alone would leave uncounted.
    companions: list[tuple[_Group, str]] = field(default_factory=list)

    def take(self, group: _Group, kind: str, *, also: bool = False) -> None:
        if group.corpse:
            kind = KILLED
        elif group.wounds:
            kind = INJURED
        if group.subset:
            return
        self.kinds.add(kind)
        if (group.more and not self.counted_any) or also:
            if group.perpetrator and kind == KILLED:
                self.attackers_added = True
            else:
                self.adds.add(kind)
        self.counted_any = True
        if group.value is None:
            self.vague.append(group.word.lower())
        elif group.perpetrator and kind == KILLED:
            self.perpetrators += group.value
        else:
            self.victims[kind] = self.victims.get(kind, 0) + group.value

    def count(self, kind: str) -> int | None:
        value = self.victims.get(kind)
        if kind == KILLED and self.perpetrators:
            value = (value or 0) + self.perpetrators
        return value


def _folded(text: str) -> str:
    """``text`` in lower case, to test cheaply for a word that a pattern needs before
    searching for the pattern (re.IGNORECASE): a test for a word is much faster."""
    return text.lower() if text.isascii() else text.translate(_ASCII_TWINS).lower()


def _count_starts(text: str) -> list[int]:
    """Every place where a count, or a number that counts no one, can start."""
    return [m.start() for m in _COUNT_START_RE.finditer(text)]


def _scan(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying only ``starts`` (sorted; every place where
    ``pattern`` can match must be among them)."""
    end = 0
    for start in starts:
        if start < end:
            continue  # inside the last match: finditer goes on from its end
        match = pattern.match(text, start)
        if match is not None:
            end = match.end()
            yield match


_ASIDE_NUMBER_RE: Final = lazy_compile(
    r"(?<=[a-z] )\(\d{1,4}\)(?= [a-z])|(?<=[a-z]), \d{1,2}(?=, )"
)


def _spaced(found: re.Match[str]) -> str:
    return " " * len(found[0])


def _blank(text: str, folded: str, starts: list[int]) -> str:
    """Blank the numbers that count no one, keeping every offset.

    ``_NOT_A_COUNT_RE.sub(_blanked, text)``, but with the pattern tried only at ``starts``.
    """
    if not any(word in folded for word in ("year", "month", "no one", "cent", "aged")):
        # Then only a digit or a (capitalised) month can start what is blanked.
        starts = [start for start in starts if not text[start].islower()]
    # Police copy writes a count twice, in words and in brackets ("two (2) villagers"),
    # and gives ages in apposition ("Sani Abubakar, 52, and Ibrahim Musa, 30, were").
    text = _ASIDE_NUMBER_RE.sub(_spaced, text)
    pieces: list[str] = []
    end = 0
    for match in _scan(_NOT_A_COUNT_RE, text, starts):
        pieces += (text[end : match.start()], _blanked(match))
        end = match.end()
    if not pieces:
        return text
    pieces.append(text[end:])
    return "".join(pieces)


# "the worst episode in a day of violence that killed at least 22 people": the toll of a
# span of time or of many events, not of the event the sentence tells. Blanked up to the
# clause's end (offsets kept).
_SPAN_TOLL_RE: Final = lazy_compile(
    r"\b(?:days?|weeks?|weekend|nights?|months?|years?|wave|spate|series|string|surge|"
    r"campaign|cycle) of (?:[\w-]+ ){0,6}?(?:that|which) (?:has |have |had )?"
    r"(?:killed|left|claimed)\b[^.;,]{0,60}",
    re.IGNORECASE,
)


# What _EARLIER_TOLL_RE needs, tested as plain substrings first (the pattern is costly).
_EARLIER_WORDS: Final = (
    *("last week", "last month", "last year", " ago", "week earlier", "weeks earlier"),
    *("month earlier", "months earlier", "year earlier", "years earlier"),
)


# "The latest clash brings to 14 the number of militants killed in the province since
# January": a running total of a period, no toll of the event (nor an update of its own).
_PERIOD_WORDS: Final = ("since", "this year", "so far", "to date", "this month")
_PERIOD_TOTAL_RE: Final = lazy_compile(
    r"\bbring(?:s|ing)?\s+(?:the\s+[\w ]{0,40}?\s+)?to\s+(?:at least\s+|more than\s+)?"
    # ("brings to eight the number of journalists murdered this year").
    r"(?:[\d,]+|[a-z]+(?:-[a-z]+)?)\b[^.;]{0,100}?\b(?:since|this year|so far|to date|"
    r"this month)\b",
    re.IGNORECASE,
)


def _blank_span_tolls(text: str) -> str:
    return _SPAN_TOLL_RE.sub(lambda m: "x" * len(m.group(0)), text)


# "…in the same market where a truck bomber killed 28 people last month": the toll of an
# earlier event that a clause recalls, not of the event the sentence tells.
_EARLIER_TOLL_RE: Final = lazy_compile(
    r"\b(?:where|in which|after)\b[^.;]{0,140}?\b(?:last (?:week|month|year)|"
    r"(?:a|one|two|three|four|five|six|several|\d+) (?:weeks?|months?|years?) (?:ago|earlier))\b",
    re.IGNORECASE,
)


# "43 killed, up from a toll of 21", "officials, who had given a toll of 21 dead, said 43
# were killed", "killed 18, according to the police; residents put the toll at 30": an
# earlier or a rival figure for the same dead, not more of them (the first stands: the
# most conservative source ACLED would code).
# "Another eight people were injured in other settlements of the region": the toll of
# places other than the one told, which no event of them holds.
_ELSEWHERE_TOLL_RE: Final = lazy_compile(
    r"(?:^|(?<=[;,]))[^.;,]*?\b(?:injured|wounded|killed|hurt|dead|died)\s+(?:in\s+other\s+"
    r"(?:settlements|villages|towns|cities|parts|areas|districts|communities|localities|"
    r"places|regions|provinces)|elsewhere)\b",
    re.IGNORECASE,
)
_ACRONYM_RE: Final = lazy_compile(r" \((?<=[a-z] \()[A-Z][A-Za-z]{1,7}\)(?= [a-z])")
# Military shorthand after a count: "4 KIA, 5 WIA" (killed, wounded in action).
_IN_ACTION_RE: Final = lazy_compile(
    # (A count by _DIGITS, bounded: "1,1,1,…" written long must not cost its square.)
    r"\b(?P<count>(?:" + _DIGITS + r")|(?i:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several))\s+"
    r"(?P<kind>K|W)IA\b"
)
_IN_ACTION_WORDS: Final = {"K": "killed", "W": "wounded"}
_SUPERSEDED_TOLL_RE: Final = lazy_compile(
    r"\bup from\s+(?:an?\s+|the\s+)?(?:earlier\s+|previous\s+|initial\s+)?"
    r"(?:(?:death\s+)?(?:toll|figure|count)\s+of\s+)?\d[\d,]*|"
    r"\b(?:given|gave|giving)\s+(?:an?\s+)?(?:earlier\s+|previous\s+|initial\s+)?"
    r"(?:death\s+)?toll\s+of\s+\d[\d,]*(?:\s+dead)?|"
    r"(?<=[\d;,] )(?:[\w-]+\s+){0,3}?(?:put|placed|gave|estimated)\s+(?:the\s+)?(?:death\s+)?"
    r"toll\s+(?:at|as)\s+\d[\d,]*|"
    # "…, bringing this week's toll to 40": the toll of many events, not of this one.
    r"\b(?:bringing|brings|raising|taking)\s+(?:the\s+)?(?:(?:this|last|the)\s+)?"
    r"(?:week|month|year|weekend|overall|total|cumulative)(?:['’]s)?\s+(?:death\s+)?"
    r"(?:toll|total|tally)\s+(?:to|at)\s+\d[\d,]*|"
    # "…, bringing the death toll since Oct. 7 to 41,200", "the toll in the war": a war's.
    r"\b(?:bringing|brings|raising|raises|taking|takes|pushing)\s+(?:the\s+)?(?:overall\s+)?"
    r"(?:death\s+)?(?:toll|total|tally)\s+(?:since|in the (?:war|conflict)|of the (?:war|"
    r"conflict)|across|nationwide)\b[^.;]{0,40}?\bto\s+(?:more than\s+|over\s+)?\d[\d,]*"
    # "… to 41,200, and 95,300 wounded": the war's wounded too.
    r"(?:,?\s+(?:and|with)\s+\d[\d,]*\s+(?:wounded|injured))?|"
    # "…, taking the total number of those killed in revenge attacks in the past two weeks
    # to more than 30": a period's toll, of this event and others.
    r"\b(?:bringing|brings|raising|taking|takes|pushing)\s+(?:the\s+)?(?:total\s+)?"
    r"(?:number|toll|tally)\s+of\s+[^.;]{0,80}?\b(?:(?:in|over|during)\s+the\s+(?:past|last)|"
    r"this\s+(?:week|month|year)|since)\b[^.;]{0,40}?\bto\s+(?:more than\s+|over\s+|"
    r"at least\s+)?\d[\d,]*",
    re.IGNORECASE,
)
_AMONG_ASIDE_RE: Final = lazy_compile(
    r"(?<=,)[^,;]{1,60}?\bamong (?:the (?:dead|victims|killed|injured|wounded)|them)\s*(?=,)",
    re.IGNORECASE,
)
# "killed eleven; a security source spoke of about a dozen dead": a rival figure.
_RIVAL_SAID_RE: Final = lazy_compile(
    r"(?<=, )while (?:[\w-]+\s+){1,4}?(?:said|says|put|gave|reported|counted)\s+(?:that\s+)?"
    r"(?:only\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:(?:people|persons)\s+)?(?:had\s+|have\s+)?(?:were\s+|had been\s+)?"
    r"(?:killed|died|dead)\b",
    re.IGNORECASE,
)
_RIVAL_FIGURE_RE: Final = lazy_compile(
    r"(?<=[;,] )(?:[\w-]+\s+){0,4}?spoke of\s+[^.;]{0,30}?\b(?:dead|deaths|killed|victims|"
    r"bodies)\b",
    re.IGNORECASE,
)
# "Earlier reports had put the number of dead militants at five", "initial figures gave
# 12 dead": a figure the sentence's news replaces, not more dead.
_EARLIER_FIGURE_RE: Final = lazy_compile(
    r"\b(?:earlier|initial|previous|preliminary|first) (?:reports?|figures?|estimates?|"
    r"tolls?|counts?|accounts?)\b[^.;]{0,80}?\b(?:put|placed|given|gave|said|set|spoke of|"
    r"reported|mentioned)\b[^.;]{0,60}",
    re.IGNORECASE,
)
_EARLIER_FIGURE_WORDS: Final = (
    *("earlier re", "earlier fi", "earlier es", "earlier to", "earlier co", "earlier ac"),
    *("initial ", "previous re", "previous fi", "previous es", "previous to", "preliminary "),
    *("first re", "first fi", "first es", "first to", "first co", "first ac"),
)
# "The attack came days after an earthquake in Herat killed more than 2,000 people": the
# toll of a disaster the sentence recalls, not of the violence it tells.
_DISASTER_TOLL_RE: Final = lazy_compile(
    r"\b(?:earthquakes?|quakes?|floods?|flooding|cyclones?|hurricanes?|typhoons?|tsunamis?|"
    r"landslides?|mudslides?|heatwaves?|epidemics?|cholera)\b[^.;]{0,80}?"
    r"\b(?:killed|kill|kills|killing|left|leaving|claimed)\b[^.;,]{0,40}",
    re.IGNORECASE,
)
# "lynched a woman accused of killing a girl", "arrested over the murder of two": the
# killing a person is accused of is no death of this event.
# "sentenced 10 army officers for the killing of 120 civilians": the defendants, no dead.
_DEFENDANTS_RE: Final = lazy_compile(
    r"\b(?:sentenced|convicted|jailed|indicted|acquitted|charged|tried)\s+[^.;,]{0,60}?"
    r"(?=\s+(?:for|over|of|with|in connection with)\b)",
    re.IGNORECASE,
)
_COURT_WORDS: Final = ("sentenc", "convict", "jailed", "indict", "acquit", "charged", "tried")
_ACCUSED_WORDS: Final = (
    *("accus", "suspect", "charged", "convict", "arrest", "detain", "sentenc", "jail"),
    "been responsible",
)
_ACCUSED_TOLL_RE: Final = lazy_compile(
    r"\b(?:accused|suspected|convicted|charged|arrested|detained|sentenced|jailed)\s+"
    r"(?:of|for|over|in connection with)\s+(?:having\s+)?(?:killing|killed|murdering|"
    r"murdered|the (?:killing|murder|death)s? of)\b[^.;,]{0,40}"
    # "the PKK has been responsible for the deaths of more than 40,000 people": a
    # group's toll over its years, told as blame.
    r"|\b(?:has|have) been responsible for (?:the )?(?:deaths?|killings?|murders?) of\b"
    r"[^.;,]{0,40}",
    re.IGNORECASE,
)
# What a crowd protests, told after its protest: "protested in Zawiya in protest at the
# renewed fighting that left two people dead", "demonstrated against the killing of a
# young man by gunmen". The dead, the killers and the fighting are the grievance's, not
# the protest's; the clause runs to its comma.
_PROTEST_GRIEVANCE_RE: Final = lazy_compile(
    r"\b(?:(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied|ying)|march(?:ed|es|ing)?|"
    r"took to the streets|gathered|blocked|blockad\w*)\b[^.;]{0,160}?\b|"
    r"(?=in protest (?:at|over|against)\b))"
    r"(?P<grievance>(?:in protest (?:at|over|against)|against|over|to (?:denounce|condemn|"
    r"protest)|denouncing|condemning|decrying|in anger (?:at|over))\s+(?:the|a|an|his|her|"
    r"their|its|recent|renewed)\s+(?:[\w-]+\s+){0,3}?(?:killings?|deaths?|murders?|fighting|"
    r"attacks?|abductions?|kidnappings?|shootings?|massacres?|violence|clashes|bombings?|"
    r"strikes?|shelling)\b[^.;,]{0,100}|"
    # "demanding a judicial probe into the killing", "demanding that the killers be
    # arrested", "seeking justice for the women killed": what the crowd asks for, to the
    # clause's end (a "when police fired" after it is the protest's).
    r"(?:demanding|to demand|demanded|calling for|to call for|called for|seeking|to seek)\b"
    r"(?:(?!\b(?:when|while|before|until|but|as|after|and police|and security)\b)[^.;,]){1,100})",
    re.IGNORECASE,
)
_CROWD_WORDS: Final = (
    *("protest", "demonstr", "rall", "march", "streets", "gathered", "blocked", "blockad"),
)
_GRIEVANCE_WORDS: Final = (
    *(" against ", " over ", "denounc", "condemn", "decry", "anger", "in protest"),
    *(" to protest", "demand", "call for", "called for", "calling for", "seek"),
)


def without_protest_grievance(text: str, folded: str | None = None) -> str:
    """``text`` with what a crowd protests blanked out (offsets kept).

    >>> without_protest_grievance("Residents protested against the killing of a man by "
    ...                           "gunmen, and police fired tear gas.")
    'Residents protested xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, and police fired tear gas.'
    """
    folded = text.casefold() if folded is None else folded
    if not (
        any(word in folded for word in _CROWD_WORDS)
        and any(word in folded for word in _GRIEVANCE_WORDS)
    ):
        return text
    return _PROTEST_GRIEVANCE_RE.sub(
        lambda m: (
            m.group(0)[: m.start("grievance") - m.start()]
            + "x" * (m.end("grievance") - m.start("grievance"))
        ),
        text,
    )


# Only beside violence: "Floods killed 40 people" alone is the flood's toll, and the
# statements' check of causes keeps it from being an incident.
_GRIEVANCE_TOLL_RE: Final = lazy_compile(
    r"\b(?:demand\w*|calls? for|accountability|justice)\b(?:[^.;]{0,80}?\b(?:that|which) "
    r"(?:killed|left|claimed|injured|wounded)\b[^.;,]{0,40}"
    # "demanding accountability for the deaths of 15 people in the collapse".
    r"|[^.;]{0,20}?\bfor the (?:deaths?|killings?|murders?) of\b[^.;,]{0,30})",
    re.IGNORECASE,
)
_VIOLENCE_WORD_RE: Final = lazy_compile(
    r"\b(?:attack|attacks|attacked|bomb\w*|blast|explosion|shelling|strike|gunmen|clash\w*|"
    # "marched to demand his resignation over the floods that killed 200": a crowd's
    # grievance, not its toll.
    r"protest\w*|marched|demonstrat\w*|rall(?:y|ied|ies))\b",
    re.IGNORECASE,
)
_DISASTER_WORDS: Final = (
    *("quake", "flood", "cyclone", "hurricane", "typhoon", "tsunami", "landslide"),
    *("mudslide", "heatwave", "epidemic", "cholera"),
)


# "…, two days after gunmen killed 4 farmers nearby": an earlier event's toll, to the end
# of its clause ("Two days after the attack, the toll rose to 30" keeps the toll).
# (A place of its own is a capitalised name after a word of place: "in Giza"; not "11
# suspected Kuki militants were killed during an encounter with the CRPF".)
_PLACE_NAMED_RE: Final = lazy_compile(
    r"\b(?:in|at|near|outside|around)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE
)
_DAYS_AFTER_TOLL_RE: Final = lazy_compile(
    r"\b(?:(?:more than |over |nearly |almost )?(?:a|one|two|three|four|five|six|several|few|"
    r"\d{1,2})) (?:days?|weeks?|months?|years?) (?:after|since)\b[^.;,]{0,120}",
    re.IGNORECASE,
)


# "a general strike in mourning for the 14 people killed in Nur Shams": the dead that a
# crowd mourns, not dead of its own.
_MOURNED_TOLL_RE: Final = lazy_compile(
    # Not "were in mourning after three civilians were killed": the sentence's own dead.
    r"\b(?:in mourning for|mourning(?! after\b)|to mourn|in memory of|in hono(?:u)?r of|"
    # "stood for a minute's silence for the victims of a strike … which killed 19".
    r"(?:silence|vigil|prayers?|tribute|wreaths?) for the victims of)\b[^.;]{0,100}",
    re.IGNORECASE,
)


# "The latest attacks followed attacks over the weekend that killed five people": the
# toll of the events this one came after.
_FOLLOWED_TOLL_RE: Final = lazy_compile(
    r"\bfollow(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,6}?(?:that|which)\s+(?:had\s+)?"
    r"(?:killed|left|claimed)\b[^.;]{0,60}",
    re.IGNORECASE,
)


# "Forty jihadists are killed by an airstrike after terrorists kill nine people": when
# the main clause has a toll of its own, the toll after "after" is the earlier event's.
_AFTER_TOLL_RE: Final = lazy_compile(
    r"\bafter\s+(?:[\w-]+\s+){0,4}?(?:killed|kill|kills|killing|left|leaving|claimed)\b"
    r"[^.;]{0,60}",
    re.IGNORECASE,
)


def _without_earlier_toll(text: str) -> str:
    """Blank an "after" clause's toll when the clause before it counts its own."""
    found = _AFTER_TOLL_RE.search(text)
    if found is None or found.start() == 0:
        return text
    head = count_casualties(text[: found.start()])
    if head.fatalities is None and head.injured is None:
        return text
    return text[: found.start()] + "x" * (found.end() - found.start()) + text[found.end() :]


def _blanked(match: re.Match[str]) -> str:
    if match["date"]:
        return _DIGIT_RE.sub("x", match.group(0))  # the month stays: it is a word
    return "x" * len(match.group(0))


def _group_from(match: re.Match[str], sentence: str) -> _Group | None:
    word = match["num"]
    if (
        word.lower() in ("a", "an")
        and sentence[: match.start("num")].lower().endswith("of ")
        and not sentence[: match.start("num")].lower().endswith("body of ")
    ):
        # "nine members of a vigilante group": the group, no one more; but "the body of a
        # driver" is one dead.
        return None
    value = to_number(word)
    if value is None and not is_vague(word):
        return None
    noun = match.groupdict().get("noun") or ""
    if word.lower() in ("a", "an") and noun.lower() in _DEEDS:
        return None  # "a wave of mass killings": the article is the wave's
    if _is_year(word, sentence, match.end("num")):
        return None
    start = match.start("num")
    before = sentence[max(0, match.start() - 40) : match.start()]
    fields = match.groupdict()
    noun = fields.get("noun") or ""
    gap = fields.get("gap") or ""
    more = bool(
        noun.lower() == "others"
        or match.group(0).lower().lstrip().startswith("another")
        or (gap and _ADDITION_GAP_RE.search(gap))
        or _MORE_AFTER_RE.match(sentence, match.end("num"))
    )
    # "killed 20 civilians; 15 of the bodies were found in one house", "the bodies of 39
    # of them": a part of a count the sentence gave before.
    part = bool(
        (
            _PART_OF_AFTER_RE.match(sentence, match.end("num"))
            or (before.lower().endswith("bodies of ") and _OF_THEM_RE.match(sentence, match.end()))
        )
        and any(ch.isdigit() for ch in sentence[:start])
    ) or bool(
        # "200 people, many of them civilians,", "Eleven people, six of them children,":
        # who the people just counted were.
        before.endswith(", ") and _OF_THEM_RE.match(sentence, match.end("num"))
    )
    # "a police inspector", "a rebel commander": the person noun was the head's modifier.
    head = _HEAD_AFTER_RE.match(sentence, match.end()) if noun else None
    if value is not None and noun.lower().endswith(("couple", "couples")):
        value *= 2  # "a couple and their baby" are three
    return _Group(
        start,
        head.end() if head is not None else match.end(),
        value,
        word,
        perpetrator=bool(noun and _PERPETRATOR_RE.match(noun)),
        corpse=bool(noun and _CORPSE_RE.match(noun))
        or before.lower().endswith(("body of ", "bodies of ")),
        # ("He suffered 3 gunshot injuries": one person's wounds, not three people.)
        # ("seven scholarship players due to injuries": a count of others, far before.)
        wounds=noun.lower() == "injuries"
        and len(gap.split()) <= 1
        and not before.rstrip().lower().endswith(("suffered", "sustained", "received")),
        subset=_is_subset(before) or part,
        more=more,
    )


_HEAD_AFTER_RE: Final = lazy_compile(
    r"\s+(?:inspectors?|officers?|commanders?|chiefs?|leaders?|sergeants?|captains?|"
    r"corporals?|constables?|agents?|officials?|spokesm[ae]n|members?|recruits?|cadets?)\b"
)
_PART_OF_AFTER_RE: Final = lazy_compile(
    r"\s+of\s+the (?:bodies|dead|victims|corpses)\b", re.IGNORECASE
)
_OF_THEM_RE: Final = lazy_compile(r"\s*of\s+(?:them|those)\b", re.IGNORECASE)


_SUBSET_WITHIN: Final = 60  # characters before a count that may make it a part


def _is_subset(before: str) -> bool:
    """Whether the words before a count make it part of another: "including four"."""
    folded = _folded(before)
    if "of " not in folded and "among" not in folded and "including" not in folded:
        return False  # _SUBSET_BEFORE_RE needs one of these: the test is cheaper
    return bool(_SUBSET_BEFORE_RE.search(before))


def _may_be_undisclosed(folded: str) -> bool:
    """Whether ``folded`` has a word that every _UNDISCLOSED_RE match has (a cheap test)."""
    return any(word in folded for word in _UNDISCLOSED_WORDS)


def _groups(sentence: str, folded: str, starts: list[int]) -> list[_Group]:
    # What _KIN_RE needs: a cheaper test first.
    kin = "his " in folded or "her " in folded or "their " in folded
    # ("Six people, including a young mother and her baby, were killed": the baby is one
    # of the six.)
    groups: list[_Group] = [
        _Group(
            m.start(),
            m.end(),
            1,
            m.group(0),
            subset=_is_subset(sentence[max(0, m.start() - _SUBSET_WITHIN) : m.start()]),
        )
        for m in (_KIN_RE.finditer(sentence) if kin else ())
    ]
    if "family of" in folded:
        for match in _FAMILY_RE.finditer(sentence):
            family = _group_from(match, sentence)
            if family is not None and family.value is not None and family.value > 1:
                groups.append(family._replace(start=match.start()))
    for pattern in (_GROUP_RE, _BARE_RE):
        taken = sorted((g.start, g.end) for g in groups)  # the person groups found first
        for match in _scan(pattern, sentence, starts):
            if _overlaps(taken, match.start("num"), match.start("num") + 1):
                continue
            if pattern is _GROUP_RE and _of_a_body_of_men(sentence, match):
                continue
            group = _group_from(match, sentence)
            if group is not None and not _SPEAKS_AFTER_RE.match(sentence, group.end):
                second = _SECOND_NOUN_RE.match(sentence, group.end)
                if second is not None:
                    # "five Maoist cadres": a people's or group's word, then its members.
                    group = group._replace(end=second.end())
                groups.append(group)
    groups.sort(key=lambda g: g.start)
    if " and " in folded:
        groups = [_with_one_named(sentence, g, groups) for g in groups]
        for at in range(1, len(groups)):
            # "among them two girls and two women": the second is of the same part.
            earlier, group = groups[at - 1], groups[at]
            if earlier.subset and sentence[earlier.end : group.start].strip() == "and":
                groups[at] = group._replace(subset=True)
    if len(groups) > 2:
        groups = _breakdowns_as_subsets(sentence, groups)
    return groups


def _of_a_body_of_men(sentence: str, match: re.Match[str]) -> bool:
    """ "neutralised a group of terrorists", "a terrorist column": a body of men, whose
    number the words do not give (checked on a match: a stop word in the pattern cost
    every count its alternatives)."""
    if any(word in _COLLECTIVE_WORDS for word in match["gap"].casefold().split()):
        return True
    return _COLLECTIVE_AFTER_RE.match(sentence, match.end()) is not None


_COLLECTIVE_AFTER_RE: Final = lazy_compile(r"\s+" + _COLLECTIVE + r"\b", re.IGNORECASE)


_SECOND_NOUN_RE: Final = lazy_compile(
    r"\s+(?:cadres?|fighters?|militants?|rebels?|soldiers?|members?|personnel|troops|"
    r"insurgents?|guerrillas?|commanders?|jawans?|militiam[ae]n|gunm[ae]n)\b",
    re.IGNORECASE,
)
_APPOSITION_OPEN_RE: Final = lazy_compile(r",\s+")
_APPOSITION_ON_RE: Final = lazy_compile(r",?\s+and\s+|,\s+")


def _breakdowns_as_subsets(sentence: str, groups: list[_Group]) -> list[_Group]:
    """ "Two residents, a man and a woman, were injured": the counts set off by commas
    after a count, adding up to it, tell who its people were, not more of them."""
    for head_at, head in enumerate(groups[:-2]):
        first = head_at + 1
        if head.value is None or not _APPOSITION_OPEN_RE.fullmatch(
            sentence, head.end, groups[first].start
        ):
            continue
        last, total = first, groups[first].value or 0
        while (
            last + 1 < len(groups)
            and total < head.value
            and _APPOSITION_ON_RE.fullmatch(sentence, groups[last].end, groups[last + 1].start)
        ):
            last += 1
            total += groups[last].value or 0
        if last > first and total == head.value and sentence[groups[last].end :].startswith(","):
            for at in range(first, last + 1):
                groups[at] = groups[at]._replace(subset=True)
    return groups


# "killed the mayor and five other people", "shot dead the chief and his son": one victim
# named without a count, then a counted group that "other" or "his" ties to that victim.
_NAMED_AND: Final = r"(?P<named>(?:[\w.'’-]+\s+){1,6}?)and\s+(?:(?:his|her|their)\s+)?\Z"
_KILLED_NAMED_AND_RE: Final = lazy_compile(
    r"\b(?:killed|killing|kills|kill|shot dead|murdered|assassinated|executed|beheaded)\s+"
    + _NAMED_AND,
    re.IGNORECASE,
)
# "The mayor and five others were killed": the named victim opens the sentence or clause.
_OPENING_NAMED_AND_RE: Final = lazy_compile(r"(?:^|[–—:;,]\s)\s*" + _NAMED_AND, re.IGNORECASE)
_NOT_NAMED: Final = frozenset(
    (
        *("in", "on", "at", "by", "during", "near", "after", "when", "while", "as", "and"),
        *("or", "were", "was", "is", "are", "been", "had", "has", "have", "said", "who"),
        *("which", "that", "also", "least", "more", "than", "over", "about", "some"),
        *("dozens", "several", "many", "scores", "hundreds", "people", "civilians"),
        *("killed", "killing", "kills", "kill", "shot", "dead", "died", "murdered"),
        *("wounded", "injured", "hurt", "assassinated", "executed", "beheaded"),
    )
)
_NAMED_REACH: Final = 80


def _with_one_named(sentence: str, group: _Group, groups: list[_Group]) -> _Group:
    """``group`` plus the one victim named just before it, if "other" or a kin word ties
    them ("the mayor and five other people": six; "the chief and his son": two), or if
    the victim is a person by name ("killed General Kaba and two bodyguards": three)."""
    # "his son", or a count after a possessive: "a village head and his two wives".
    kin = group.word.lower().startswith(("his ", "her ", "their ")) or sentence[
        max(0, group.start - 6) : group.start
    ].lower().endswith(("his ", "her ", "their "))
    if group.value is None or group.subset or group.perpetrator:
        return group
    lo = max(0, group.start - _NAMED_REACH)
    named = _KILLED_NAMED_AND_RE.search(sentence, lo, group.start)
    if named is None and (group.more or kin):
        named = _OPENING_NAMED_AND_RE.search(sentence, lo, group.start)
    if named is None:
        return group
    written = named.group("named").split()
    words = [word.lower() for word in written]
    if any(word in _NOT_NAMED or word[0].isdigit() for word in words):
        return group
    capitalised = all(word[:1].isupper() for word in written)
    if not (group.more or kin) and not capitalised:
        return group  # "killed soldiers and two civilians": no one person before them
    if not capitalised and (
        words[0] not in ("a", "an", "the", "one")
        or (words[-1].endswith("s") and words[-1][-2:] != "ss")
    ):
        return group  # "killed the soldiers and their two drivers": no one person either
    if any(named.start("named") <= other.start < group.start for other in groups):
        return group  # "a teacher and two other people": the teacher is counted
    # From the named victim on, so that nothing stands between the verb and its object.
    return group._replace(start=named.start("named"), value=group.value + 1, more=False)


# "…, a police spokesman said", "two officials told AFP": the people who tell the toll.
# Not "confirmed" or "reported": "41 deaths were confirmed" are the dead.
# ("…, killing four, a resident of the village said", "… a resident in the area said".)
_SPEAKS_AFTER_RE: Final = lazy_compile(
    r"(?:\s+(?!(?:were|was|is|are|been|being|have|has|had)\b)(?-i:[a-z][a-z-]*)){0,4}?"
    r"\s+(?:said|says|say|told|added|announced|explained)\b"
)


def _is_year(word: str, sentence: str, end: int) -> bool:
    return (
        word.isdigit()
        and len(word) == 4
        and word.startswith(("19", "20"))
        and not (sentence[end:].lstrip().lower().startswith(("people", "civilians", "soldiers")))
    )


# Verbs in their bare form: after "to" ("tried to kill two guards", "troops sent in to
# neutralise two militants") they tell an aim, and count no one.
_BASE_FORMS: Final = frozenset(
    (
        *("kill", "neutralise", "neutralize", "eliminate", "execute", "behead", "murder"),
        *("injure", "wound", "hurt"),  # "went on to die" is a death
    )
)
_TO_BEFORE_RE: Final = lazy_compile(r"\bto\s+\Z", re.IGNORECASE)
# "The riposte made it possible to neutralise 32 terrorists": a result, told as the
# francophone press words it, not an aim.
_ACHIEVED_BEFORE_RE: Final = lazy_compile(
    r"\b(?:made it possible|making it possible|enabled|enabling|allowed|allowing|managed)"
    r"\s+(?:[\w-]+\s+){0,3}?to\s+\Z",
    re.IGNORECASE,
)


# "our relatives are killed every week": a habit, not a toll (nor protesters' harm).
HABIT_AFTER_RE: Final = lazy_compile(
    r"\s+(?:(?:every|each)\s+(?:day|week|month|year)|daily|weekly)\b", re.IGNORECASE
)


def _outcomes(sentence: str) -> list[_Outcome]:
    found: list[_Outcome] = []
    starts = [m.start() for m in _OUTCOME_START_RE.finditer(sentence)]
    for kind, pattern in ((KILLED, _KILLED_RE), (INJURED, _INJURED_RE)):
        spans = [(o.start, o.end) for o in found]  # sorted: one pattern's matches so far
        for match in _scan(pattern, sentence, starts):
            if _overlaps(spans, match.start(), match.end()):
                continue
            start = match.start()
            if (
                match.group(0).lower() in _BASE_FORMS
                and _TO_BEFORE_RE.search(sentence, max(0, match.start() - 4), match.start())
                and not _ACHIEVED_BEFORE_RE.search(sentence[max(0, match.start() - 60) : start])
            ):
                continue  # "brought in to neutralise two terrorists": a purpose, not a toll
            if HABIT_AFTER_RE.match(sentence, match.end(), match.end() + 24):
                continue  # "our relatives are killed every week": a habit, not a toll
            active = bool(_ACTIVE_RE.match(match.group(0)))
            found.append(_Outcome(match.start(), match.end(), kind, active))
    found.sort(key=lambda o: o.start)
    return found


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted, not overlapping)."""
    at = bisect_left(spans, (start, start))
    return any(s < end and start < e for s, e in spans[max(0, at - 1) : at + 1])


def _zero_kinds(sentence: str, folded: str) -> set[str]:
    """The kinds that the sentence says explicitly did not happen."""
    zero: set[str] = set()
    if not any(word in folded for word in _ZERO_WORDS):
        return zero
    if _NO_CASUALTIES_RE.search(sentence):
        zero |= {KILLED, INJURED}  # "no one was hurt" also says that no one died
    if _NO_DEATHS_RE.search(sentence):
        zero.add(KILLED)
    if _NO_INJURIES_RE.search(sentence):
        zero.add(INJURED)
        if not _DEATH_WORD_RE.search(sentence):
            # "Nobody was injured", "the blasts caused no injuries": a report that says
            # no one was hurt says no one died (ACLED: 0 fatalities), unless it tells a
            # death beside it.
            zero.add(KILLED)
    for denied in _NO_GROUP_HARMED_RE.finditer(sentence):
        zero.add(KILLED if denied["dead"] else INJURED)
    return zero


def _table(sentence: str) -> Casualties | None:
    """The event-database style "Dead: 38 (+2 perpetrators); injured: 105."."""
    dead = _TABLE_DEAD_RE.search(sentence)
    if dead is None:
        # "Injured: 25." on its own, as an infobox's next field.
        hurt_alone = _TABLE_INJURED_RE.match(sentence.lstrip())
        if hurt_alone is None or to_number(hurt_alone["injured"]) is None:
            return None
        return Casualties(None, to_number(hurt_alone["injured"]))
    victims = to_number(dead["dead"]) or 0
    perpetrators = to_number(dead["perps"]) if dead["perps"] else None
    hurt = _TABLE_INJURED_RE.search(sentence) or _TABLE_INJURED_AFTER_RE.search(sentence)
    injured = to_number(hurt["injured"]) if hurt else None
    return Casualties(victims + (perpetrators or 0), injured, (), True, perpetrators)


_KILLED_AND_WOUNDED_RE: Final = lazy_compile(
    r"\b(?:killed|kills|killing) (?:and|or) (?:wounded|injured|wounds|injures|wounding|"
    r"injuring) (?:at least |more than |some |about |nearly |over )?\d[\d,]*\b",
    re.IGNORECASE,
)


# The count first: "125 civilians killed or injured in May", "dozens were killed or
# wounded": one count of both.
_KILLED_OR_WOUNDED_AFTER_RE: Final = lazy_compile(
    r"\b(?:\d[\d,]*|dozens|scores|hundreds)\s+(?:[a-z-]+\s+){0,2}?(?:were\s+|have been\s+|"
    r"had been\s+)?(?:killed|dead) or (?:wounded|injured)\b",
    re.IGNORECASE,
)


# The adjective only ("an injured policeman died"), not the verb ("injured two").
_HURT_WHO_DIED_RE: Final = lazy_compile(
    r"\b(?:an?|the|another|one|two|three|four|five|\d+)\s+"
    r"(?P<adjective>injured|wounded)(?=\s+(?:[a-z-]+\s+)?"
    + _PERSON
    + r"\b[^.;]{0,40}?\b(?:later\s+)?(?:died|succumbed)\b)",
    re.IGNORECASE,
)


def _adjective_blanked(found: re.Match[str]) -> str:
    kept = found.start("adjective") - found.start()
    return found.group(0)[:kept] + "x" * len(found["adjective"])


# "abducted eight men and killed them", "pulled out eight men and shot them dead": a group
# counted as the object of one verb, and "them" the object of a killing after it.
_KILLED_THEM_RE: Final = lazy_compile(
    r"\b(?P<count>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<who>(?:[\w-]+\s+){0,2}?" + _PERSON + r")\b(?P<between>[^.;]{0,60}?)\b"
    r"(?P<verb>(?:and|then|before)\s+(?:later\s+)?(?:shot|killed|executed|beheaded|murdered|"
    r"hanged|burned|hacked))\s+(?:all\s+(?:of\s+)?)?them(?P<dead>\s+dead)?\b",
    re.IGNORECASE,
)


def _them_counted(match: re.Match[str]) -> str:
    """The killing with its victims named again in place of "them"."""
    dead = " dead" if match["dead"] else ""
    verb = match["verb"]
    return (
        f"{match['count']} {match['who']}{match['between']}{verb}{dead} "
        f"{match['count']} {match['who']}"
    )


# "not counting the attacker", "excluding the two suicide bombers": dead the toll leaves
# out, whom ACLED counts.
_ATTACKER_APART_RE: Final = lazy_compile(
    r"\b(?:not counting|excluding|not including|in addition to) (?:the )?"
    r"(?:(?P<count>two|three|four|five|\d) )?(?:suicide )?(?P<who>attackers?|bombers?|"
    r"assailants?|gunm[ae]n)\b",
    re.IGNORECASE,
)


def count_casualties(sentence: str) -> Casualties:
    """Count the killed and injured that one sentence states.

    >>> count_casualties("A mine blast left one soldier dead, as well as one peacekeeper "
    ...                  "and four members of the emergency services injured.").pair
    (1, 5)
    >>> count_casualties("Shelling killed two civilians and wounded five others.").pair
    (2, 5)
    >>> count_casualties("Dead: 12 (+1 perpetrators); injured: 30.").pair
    (13, 30)
    >>> count_casualties("The exact number of casualties has not been disclosed.").pair
    (None, None)
    >>> count_casualties("Gunmen shot dead two guards, in a week of raids that killed 30.").pair
    (2, None)
    >>> count_casualties("A raid on a checkpoint killed and wounded 15 soldiers.").pair
    (None, None)
    >>> count_casualties("It hit the market where a bomber killed 28 people last month.").pair
    (None, None)
    >>> count_casualties('Twelve secessionists were also "neutralized".').pair
    (12, None)
    >>> count_casualties("Troops fought the attackers, killing seven of them.").perpetrators
    7
    >>> count_casualties("Ambush on a patrol near the border: 4 KIA, 5 WIA.").pair
    (4, 5)
    """
    # Blanking only writes "x": a word test on ``folded`` holds for ``text`` too.
    folded = _folded(sentence)
    if (
        " and wound" in folded
        or " or wound" in folded
        or " and injur" in folded
        or " or injur" in folded
    ):
        together = _KILLED_AND_WOUNDED_RE.search(sentence) or _KILLED_OR_WOUNDED_AFTER_RE.search(
            sentence
        )
        if together is not None:
            # "killed and wounded 15 soldiers": one count of both, no count of either.
            return Casualties(
                notes=(f"killed and wounded counted together: {together.group(0)!r}",),
                mentions_deaths=True,
            )
    said = sentence  # as written, for the notes
    if " them" in folded and _KILLED_THEM_RE.search(sentence) is not None:
        # "pulled out eight men and shot them dead": the dead are the men counted before.
        sentence = _KILLED_THEM_RE.sub(_them_counted, sentence)
        folded = _folded(sentence)
    if "IA" in sentence:
        sentence = _IN_ACTION_RE.sub(
            lambda m: f"{m['count']} {_IN_ACTION_WORDS[m['kind']]}", sentence
        )
        folded = _folded(sentence)
    if "(" in sentence:
        # "Three Frontier Corps (FC) soldiers": the acronym inside the group's noun.
        sentence = _ACRONYM_RE.sub(lambda m: " " * len(m.group(0)), sentence)
    starts = _count_starts(sentence)
    text = _blank(sentence, folded, starts)
    if " of " in folded and ("that" in folded or "which" in folded):
        text = _blank_span_tolls(text)
    if "bring" in folded and any(word in folded for word in _PERIOD_WORDS):
        text = _PERIOD_TOTAL_RE.sub(lambda m: "x" * len(m.group(0)), text)
    if any(word in folded for word in _EARLIER_WORDS):
        text = _EARLIER_TOLL_RE.sub(lambda m: "x" * len(m.group(0)), text)
    if "follow" in folded:
        text = _FOLLOWED_TOLL_RE.sub(lambda m: "x" * len(m.group(0)), text)
    if " in other " in folded or "elsewhere" in folded:
        text = _ELSEWHERE_TOLL_RE.sub(lambda m: "x" * len(m.group(0)), text)
    if (" after " in folded or " since " in folded) and (
        "day" in folded or "week" in folded or "month" in folded or "year" in folded
    ):
        # Not a clause that opens the text (cut off as its own, it tells that earlier
        # event), nor one that names a place of its own ("two days after two bombs killed
        # six policemen in Giza": an event of its own, told with its toll).
        text = _DAYS_AFTER_TOLL_RE.sub(
            lambda m: (
                m.group(0)
                if m.start() == 0
                or (
                    _PLACE_NAMED_RE.search(m.group(0))
                    # "two months after a blast in Datu Odin Sinsuat injured seven": a
                    # month or a year back is background, whatever place it names.
                    and "month" not in m.group(0).lower()
                    and "year" not in m.group(0).lower()
                )
                else "x" * len(m.group(0))
            ),
            text,
        )
    if ("died" in folded or "succumbed" in folded) and ("injured" in folded or "wounded" in folded):
        # "An injured activist died in hospital": one dead, no longer one hurt.
        text = _HURT_WHO_DIED_RE.sub(_adjective_blanked, text)
    if "mourn" in folded or "memory" in folded or "hono" in folded or "victims of" in folded:
        text = _MOURNED_TOLL_RE.sub(lambda m: "x" * len(m.group(0)), text)
    if "toll" in folded or "up from" in folded or " number of " in folded:
        text = _SUPERSEDED_TOLL_RE.sub(lambda m: "x" * len(m.group(0)), text)
    if " while " in folded and " said " in folded:
        # "Amnesty said five were killed, while police said two people died": another
        # source's figure for the same dead; the first stands.
        text = _RIVAL_SAID_RE.sub(
            lambda m: "x" * len(m.group(0)) if starts and starts[0] < m.start() else m.group(0),
            text,
        )
    if "spoke of" in folded:
        # A rival figure after a count: the first stands; alone, it is the count.
        text = _RIVAL_FIGURE_RE.sub(
            lambda m: "x" * len(m.group(0)) if starts and starts[0] < m.start() else m.group(0),
            text,
        )
    if "among" in folded:
        # "Seven civilians, a child and two women among the dead, were killed": part of
        # the seven, named in an aside.
        text = _AMONG_ASIDE_RE.sub(lambda m: "x" * len(m.group(0)), text)
    if any(word in folded for word in _EARLIER_FIGURE_WORDS):
        text = _EARLIER_FIGURE_RE.sub(lambda m: "x" * len(m.group(0)), text)
    if any(word in folded for word in _COURT_WORDS):
        text = _DEFENDANTS_RE.sub(lambda m: "x" * len(m.group(0)), text)
    if (" of " in folded or " for " in folded or " over " in folded or " with " in folded) and any(
        word in folded for word in _ACCUSED_WORDS
    ):
        text = _ACCUSED_TOLL_RE.sub(lambda m: "x" * len(m.group(0)), text)
    if (
        "home to" in folded or "population" in folded or " of " in folded or " with " in folded
    ) and (_POPULATION_RE.search(text)):
        text = _POPULATION_RE.sub(lambda m: "x" * len(m.group(0)), text)
    text = without_protest_grievance(text, folded)
    if ("demand" in folded or "accountab" in folded or "justice" in folded) and (
        " that " in folded or " which " in folded or "for the " in folded
    ):
        # "marched to demand accountability for a roof collapse that killed 15": the
        # toll of what the crowd protests, not of the march.
        text = _GRIEVANCE_TOLL_RE.sub(lambda m: "x" * len(m.group(0)), text)
    if any(word in folded for word in _DISASTER_WORDS) and _VIOLENCE_WORD_RE.search(text):
        text = _DISASTER_TOLL_RE.sub(lambda m: "x" * len(m.group(0)), text)
    if "after" in folded:
        text = _without_earlier_toll(text)
    if ("execut" in folded or "eliminat" in folded or "kill" in folded) and (
        _THING_OBJECT_RE.search(text)
    ):
        text = _THING_OBJECT_RE.sub(lambda m: "x" * len(m.group(0)), text)
    if text != sentence:
        starts = _count_starts(text)  # a blanked number starts nothing
    # "Dead: 38", "Fatalities coded as 10": the colon and the word are the cheap tests.
    table = _table(text) if ":" in text or "coded" in folded else None
    if table is not None:
        return table
    notes: list[str] = []
    outcomes = _outcomes(text)
    if outcomes and ('"' in text or "“" in text):
        outcomes = _outside_slogans(text, outcomes)
    mentions_deaths = any(o.kind == KILLED for o in outcomes)
    if _may_be_undisclosed(folded) and _UNDISCLOSED_RE.search(text):
        notes.append(_NOT_DISCLOSED)
    groups = _groups(text, folded, starts)
    lives = "lives" in folded and _LIVES_RE.search(text)
    claim = any(word in folded for word in _CLAIM_WORDS)
    claimed_at = _CLAIM_RE.search(text) if (groups or lives) and claim else None
    if claimed_at is not None:
        own = _before_claim_clause(sentence, text, claimed_at.start())
        if own is not None:
            # "A strike killed 35 civilians, while Moscow claimed it had killed 60
            # soldiers": the sentence's own toll stands; the claim is the other party's.
            return Casualties(
                own.fatalities,
                own.injured,
                (*own.notes, f"claimed, not counted: {_snippet(said[claimed_at.start() :])}"),
                True,
                own.perpetrators,
                own.adds,
                own.totals,
            )
    if claimed_at is not None:
        notes.append(f"claimed, not counted: {_snippet(said)}")
        claimed = count_casualties(_CLAIM_RE.sub(_unclaimed, sentence)).fatalities
        return Casualties(None, None, tuple(notes), mentions_deaths, claimed=claimed)
    if "among" in folded and AMONG_VICTIMS_RE.search(text):
        # "A teacher and a student were also among the dead": victims of a toll already
        # told, named one by one; counting them again would add to it.
        notes.append(f"named among the victims, already counted: {_snippet(said)}")
        return Casualties(None, None, tuple(notes), mentions_deaths)
    tally = _Tally()
    totals: set[str] = set()
    toll = _bind_toll(text, folded, tally)
    earlier = (
        any(word in folded for word in _STALE_TOLL_WORDS)
        and _STALE_TOLL_RE.search(text) is not None
    )
    if toll is not None and not earlier:
        totals.add(KILLED)
    toll_at = toll.start if toll is not None else None
    bound = _bind(text, outcomes, groups, tally, skip=toll_at, said=said) if outcomes else set()
    for index, group in enumerate(groups):
        if group.corpse and index not in bound:
            if KILLED in tally.kinds and _CONFIRMED_AFTER_RE.match(text, group.end):
                continue  # "100 were killed, with at least 79 deaths confirmed": a part
            tally.take(group, KILLED)  # "26 deaths", "bodies": dead with or without a verb
        elif group.wounds and index not in bound:
            tally.take(group, INJURED)  # "resulting in 11 fatalities and 20 injuries"
    _bind_self_killed(text, folded, starts, tally)
    zero = _zero_kinds(sentence, folded)
    _bind_singular(text, [o for o in outcomes if o.kind not in zero], tally)
    if KILLED not in tally.kinds and ("dead" in folded or "deceased" in folded):
        named = _dead_named(text)
        if named:
            tally.take(_Group(0, 0, named, "named"), KILLED)
    for group, kind in tally.companions:
        tally.take(group, kind)
    if " and " in folded:
        # After the singular victims: "killed the woman and himself" is two.
        _bind_attackers_too(text, groups, tally)
    if KILLED not in tally.kinds and ("died" in folded or "succumbed" in folded):
        # "A fourth Palestinian has died of wounds": the toll is now four.
        ordinal = _ORDINAL_DEATH_RE.search(text)
        if ordinal is not None:
            tally.take(
                _Group(ordinal.start(), ordinal.end(), _ORDINALS[ordinal["nth"].lower()], "th"),
                KILLED,
            )
            totals.add(KILLED)
    injured_total: int | None = None
    if (INJURED not in tally.kinds or INJURED in tally.adds) and "number of" in folded:
        # "The number of injured has risen to 20": the new total of the injured; "two more
        # sought help, bringing the number of injured to eight": it holds the two.
        injured_toll = _INJURED_TOLL_RE.search(text)
        injured_group = _group_from(injured_toll, text) if injured_toll is not None else None
        if injured_group is not None and INJURED not in tally.kinds:
            tally.take(injured_group, INJURED)
            totals.add(INJURED)
        elif injured_group is not None and injured_group.value is not None:
            injured_total = injured_group.value
            totals.add(INJURED)
    fatalities = tally.count(KILLED)
    if (
        fatalities is not None
        and tally.perpetrators
        and "including" in folded
        and _INCLUDING_THE_ATTACKER_RE.search(text)
    ):
        # "killing eight people, including the bomber": the eight hold him.
        fatalities = max(fatalities - tally.perpetrators, tally.perpetrators)
    injured = tally.count(INJURED) if injured_total is None else injured_total
    if fatalities is None and KILLED in zero:
        fatalities = 0
    if injured is None and INJURED in zero:
        injured = 0
    counted = {k for k in (KILLED, INJURED) if tally.count(k) is not None}
    update = any(word in folded for word in _UPDATE_WORDS) and _UPDATE_RE.search(text)
    if counted and update and not earlier:
        totals |= counted
    if fatalities is not None and (
        "not counting" in folded
        or "excluding" in folded
        or "not including" in folded
        or "in addition to" in folded
    ):
        # "Eleven were confirmed dead, not counting the attacker": ACLED counts all the
        # dead, the attackers too.
        apart = _ATTACKER_APART_RE.search(text)
        if apart is not None:
            # "excluding the attackers": how many, the text does not say.
            single = apart["who"].lower() in ("attacker", "bomber", "assailant", "gunman")
            attackers = to_number(apart["count"]) if apart["count"] else 1 if single else None
            if attackers is not None:
                fatalities += attackers
                notes.append(f"the attackers the toll leaves out counted: {apart.group(0)!r}")
    if fatalities is not None and " side" in folded and _EACH_SIDE_RE.search(text):
        # "3 fatalities on each side", "each side lost 4 fighters": both sides' dead.
        fatalities *= 2
    if toll is not None and toll.value is not None and (update or any(g.more for g in groups)):
        # "Two more bodies were found, bringing the death toll to 11", "the toll reached 30
        # after five more died": the new toll holds the dead the sentence adds.
        fatalities = toll.value
    elif fatalities is not None and (
        revised := (_REVISED_RE.search(text) if update else None)
        or (_LATER_REPORTS_RE.search(text) if "according to" in folded else None)
    ):
        # "51 were killed (later updated to 58 dead)": the revision, not their sum.
        value = to_number(revised["num"])
        if value is not None:
            fatalities = value
    for word in dict.fromkeys(tally.vague):
        notes.append(f"{word!r}: no number, left unknown")
    mentions_deaths = mentions_deaths or fatalities is not None
    if mentions_deaths and fatalities is None:
        notes.append(_NO_NUMBER)
    adds = set(tally.adds)
    if tally.attackers_added and not tally.victims.get(KILLED):
        adds.add(KILLED)  # "The other militant was also killed": one attacker more
    died_of_wounds = 0
    if " of " in folded and any(word in folded for word in _DIED_WORDS):
        # (Searched as written: "another injured soldier died" had its adjective
        # blanked, so that its verb counts the one dead.)
        moved = _DIED_OF_WOUNDS_RE.search(sentence)
        value = (
            None
            if moved is None
            else 1
            if moved["num"].lower() == "another"
            else to_number(moved["num"])
        )
        # "The toll rose to 11 after two of the wounded died": an update of the toll,
        # which leaves the injured as first counted (no new figure is given for them).
        if value and moved is not None and KILLED not in totals:
            # The injured who died are dead, no longer injured: in this sentence
            # ("three were injured, one of whom later died") or in one before.
            # ("Three of them died" is a bare count already.)
            counted_dead = (
                text[moved.start() : moved.end()] != sentence[moved.start() : moved.end()]
                or _BARE_RE.match(text, moved.start()) is not None
            )
            # (Not added to a toll told before: a lead's toll most often holds them.)
            if not counted_dead:
                fatalities = (fatalities or 0) + value
            if injured is not None:
                # "… after two of the injured died, while 33 others are still treated":
                # the injured counted after the dead are those left.
                if not _STILL_HURT_AFTER_RE.search(text, moved.end()):
                    injured = max(0, injured - value)
            elif _OF_THE_HURT_RE.search(sentence, moved.start(), moved.end() + 40):
                # Only when the sentence says they were hurt: "three of them died" after
                # "ten soldiers were ambushed" is no one's wounds.
                died_of_wounds = value
    return Casualties(
        fatalities,
        injured,
        tuple(dict.fromkeys(notes)),
        mentions_deaths or died_of_wounds > 0,
        tally.perpetrators or None,
        frozenset(adds),
        frozenset(totals - adds),
        died_of_wounds=died_of_wounds,
    )


_INCLUDING_THE_ATTACKER_RE: Final = lazy_compile(
    r"\bincluding (?:the |an? )?(?:suicide |lone )?(?:bomber|attacker|gunman|assailant|shooter)"
    r"s?\b",
    re.IGNORECASE,
)
_DIED_WORDS: Final = ("died", "succumbed", "passed away")
_OF_THE_HURT_RE: Final = lazy_compile(
    r"\b(?:injured|wounded|succumb\w*|wounds|injuries)\b", re.IGNORECASE
)
_STILL_HURT_AFTER_RE: Final = lazy_compile(r"\b(?:others?|remaining|still|rest)\b", re.IGNORECASE)
# "one of them later succumbed", "two of the injured died in hospital", "one of whom died
# on the way": some of the injured, counted as such, died since.
_DIED_OF_WOUNDS_RE: Final = lazy_compile(
    r"\b(?P<num>one|another|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) of (?:them|"
    r"whom|those|the (?:[\w-]+ )?(?:injured|wounded)(?: [\w-]+)?)"
    # "one of them, Sepoy Pradeep Kumar, succumbed": the one named.
    r"(?:,[^,.;]{1,40},)?(?: [\w-]+){0,3}? "
    r"(?:later |subsequently |also |then )?(?:died|succumbed|passed away)\b",
    re.IGNORECASE,
)


# Where a clause of its own begins: "…, while Moscow claimed", "…; the army said".
_CLAIM_CLAUSE_RE: Final = lazy_compile(
    r"(?:,\s+(?:while|whereas|but|and)|;|\s+(?:while|whereas))\s"
)


def _before_claim_clause(sentence: str, text: str, claim_start: int) -> Casualties | None:
    """The count of the clauses before the one that holds a party's claim, when they
    count someone of their own; None when the claim is the whole sentence's."""
    cuts = list(_CLAIM_CLAUSE_RE.finditer(text, 0, claim_start))
    cut = cuts[-1] if cuts else None
    if cut is None or cut.start() == 0:
        return None
    own = count_casualties(sentence[: cut.start()])
    if own.fatalities is None and own.injured is None:
        return None
    return own


def _bind_toll(text: str, folded: str, tally: _Tally) -> _Group | None:
    """A stated toll ("the death toll rose to 27", "claimed nine lives") is the killed count.

    Returns its count, whose start keeps the number from being counted again.
    """
    # Each pattern needs its word: testing for it first spares most sentences both searches.
    match = (
        _TOLL_RE.search(text)
        if "toll" in folded or "number of" in folded or "the fatalities" in folded
        else None
    )
    if match is None and "lives" in folded:
        match = _LIVES_RE.search(text)
    if match is None and folded.lstrip(" \"'“").startswith("it "):
        # "The death toll initially stood at three. It rose to five by the evening": the
        # toll of the sentence before, updated.
        match = _IT_ROSE_RE.match(text)
    if match is None:
        return None
    group = _group_from(match, text)
    if group is None:
        return None
    tally.take(group, KILLED)
    return group


_IT_ROSE_RE: Final = lazy_compile(
    r"\W{0,3}it\s+(?:later\s+|then\s+|has\s+|had\s+|since\s+)?(?:rose|risen|climbed|"
    r"increased|jumped)\s+to\s+" + _COUNT,
    re.IGNORECASE,
)


_EACH_SIDE_RE: Final = lazy_compile(
    r"\b(?:on|for|from) (?:each|either) side\b|\beach side (?:lost|suffered|had)\b",
    re.IGNORECASE,
)
# "killing 9 people and themselves", "killed 12 and the bomber": the attackers died too
# (ACLED counts them).
_AND_THEMSELVES_RE: Final = lazy_compile(
    r"\b(?:kill(?:ed|ing|s)?|dead|died)\b[^.;]{0,60}?\band (?P<who>themselves|himself|herself|"
    r"the (?:suicide )?(?:bomber|attacker|gunman|assailant))\b"
    # "Three guards and the assailant were killed": one of the subjects.
    r"|\band the (?:suicide )?(?:bomber|attacker|gunman|assailant) (?:were |have been |had been "
    r"|all )?(?:also )?(?:killed|died|dead)\b",
    re.IGNORECASE,
)


def _bind_attackers_too(text: str, groups: list[_Group], tally: _Tally) -> None:
    """Attackers the sentence adds to those they killed: one, or as many as it names."""
    match = _AND_THEMSELVES_RE.search(text)
    if match is None or KILLED not in tally.kinds:
        return
    many = 1
    if (match["who"] or "").lower() == "themselves":
        named = next((g for g in groups if g.perpetrator and g.start < match.start()), None)
        if named is None or named.value is None:
            return  # "themselves": how many, the sentence does not say
        many = named.value
    tally.perpetrators = max(tally.perpetrators, many)


_ATTACKER_WORDS: Final = ("attacker", "assailant", "gunman", "gunmen", "bomber", "shooter")
_ATTACKER_DIED_RE: Final = lazy_compile(
    r"\b(?:the|a) (?:suicide )?(?:attacker|assailant|gunman|bomber|shooter) (?:also |later |"
    r"himself |herself )?(?:died|was killed|was shot dead|was gunned down|was neutrali[sz]ed|"
    r"(?:is|was) (?:also )?among the dead)\b",
    re.IGNORECASE,
)
_SHOT_BEFORE_FLEEING_RE: Final = lazy_compile(
    r"\bbefore (?:being|they were|he was|she was) "
    r"(?:shot dead|killed|gunned down|neutrali[sz]ed)\b",
    re.IGNORECASE,
)
# The sentence's subject: "two gunmen", "Three attackers" (after a date or a dateline).
_PERPETRATORS_FIRST_RE: Final = lazy_compile(
    r"(?:[^,.;]{0,40},\s*)?(?:(?P<num>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) "
    r"(?:armed |suicide |masked )?(?:gunmen|attackers|assailants|militants|bombers|shooters)"
    # "A gunman attacked a post, killing one serviceman, before being killed": one.
    r"|(?:an?|the|one|a lone) (?:armed |suicide |masked |lone )?(?:gunman|attacker|"
    r"assailant|militant|bomber|shooter))\b",
    re.IGNORECASE,
)


def _bind_self_killed(text: str, folded: str, starts: list[int], tally: _Tally) -> None:
    """A bomber who "blew himself up" is one dead attacker; "four ... blew themselves up"."""
    # Each pattern needs the words tested first: the test spares most sentences the search.
    many = next(_scan(_THEMSELVES_RE, text, starts), None) if "themselves" in folded else None
    if many is not None:
        group = _group_from(many, text)
        if group is not None and group.value is not None:
            tally.perpetrators = max(tally.perpetrators, group.value)
        return
    if ("self" in folded or "detonated" in folded) and _SELF_KILLED_RE.search(text):
        tally.perpetrators = max(tally.perpetrators, 1)
    if KILLED in tally.victims and any(word in folded for word in _ATTACKER_WORDS):
        # Only beside victims counted already: "The gunman was killed" alone is one dead,
        # whom the verb binds.
        if _ATTACKER_DIED_RE.search(text):
            # "; the attacker also died", "the bomber is among the dead".
            tally.perpetrators = max(tally.perpetrators, 1)
        elif (
            "before" in folded
            and _SHOT_BEFORE_FLEEING_RE.search(text)
            and (subject := _PERPETRATORS_FIRST_RE.match(text)) is not None
        ):
            # "Two gunmen killed 7 people ... before being shot dead by a guard".
            value = to_number(subject["num"]) if subject["num"] else 1
            if value is not None:
                tally.perpetrators = max(tally.perpetrators, value)
    plus = _PLUS_PERPETRATORS_RE.search(text) if "+" in text else None
    if plus is not None:
        tally.perpetrators = max(tally.perpetrators, to_number(plus["perps"]) or 0)


def _takes_one_named(text: str, outcome: _Outcome) -> bool:
    """ "Two gunmen shot dead patrolman Luis Mora": an active verb whose object, one
    person by title or name, is who it befell; the count before it is its subject's."""
    return outcome.active and bool(
        _THE_ONE_AFTER_RE.match(text, outcome.end) or _victims_named(text, outcome.end, active=True)
    )


# "Two men fired at him and he died": a subject of its own before the outcome.
_OTHER_SUBJECT_RE: Final = lazy_compile(r"\b(?:he|she)\b", re.IGNORECASE)


def _subject_start(text: str) -> int:
    """Where the sentence's own words start: after a dateline that opens it ("Niamey, 10
    October 2023 (ActuNiger) – Six soldiers of the Defence and Security Forces were
    killed"), else at its start."""
    if not text[:1].isupper():
        return 0
    dateline = find_dateline(text, stop=min(len(text), _DATELINE_REACH))
    return dateline.end if dateline is not None and dateline.start == 0 else 0


_DATELINE_REACH: Final = 120


def _bind(
    text: str,
    outcomes: list[_Outcome],
    groups: list[_Group],
    tally: _Tally,
    *,
    skip: int | None,
    said: str = "",
) -> set[int]:
    """Bind each count to its verb: objects first, then subjects, then a lone subject.
    ``said`` is the sentence as written (``text`` with its counts blanked, of one length).

    Returns the indexes of the groups bound.
    """
    _add_bare_objects(text, outcomes, groups)
    bound: set[int] = {i for i, g in enumerate(groups) if g.start == skip}
    took_objects = _bind_objects(text, outcomes, groups, tally, bound)
    _bind_subjects(text, outcomes, groups, tally, bound, took_objects)
    # "A deminer stepped on a mine and lost a leg": the sentence's subject is the only
    # count left, and one outcome has nobody yet; the subject is who it happened to.
    lonely = [
        o
        for position, o in enumerate(outcomes)
        if o.kind not in tally.kinds and position not in took_objects
    ]
    unbound = [i for i in range(len(groups)) if i not in bound]
    if len(lonely) > 1 and len({o.kind for o in lonely}) == 1:
        # "Nine others with gunshot wounds were admitted to hospital": two words of one
        # outcome, hurt, for the one count.
        lonely = lonely[:1]
    if (
        len(lonely) == 1
        and len(unbound) == 1
        and groups[unbound[0]].start < _subject_start(said or text) + SUBJECT_WITHIN
    ):
        group = groups[unbound[0]]
        outcome = lonely[0]
        if (
            group.end <= outcome.start
            and not _OTHER_SUBJECT_RE.search(text, group.end, outcome.start)
            and not _takes_one_named(text, outcome)
        ):
            # "A serviceman, 36, of Austin, was also killed": one more than told before.
            start = outcome.start
            also = bool(_ALSO_RE.search(text, max(0, start - 6), start))
            tally.take(group, outcome.kind, also=also)
            bound.add(unbound[0])
    return bound


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans inside double quotes ("..." or “...”), paired in order."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for index, char in enumerate(text):
        if char == "“" or (char == '"' and opened is None):
            opened = index
        elif (char == "”" or char == '"') and opened is not None:
            spans.append((opened, index))
            opened = None
    return spans


def _outside_slogans(text: str, outcomes: list[_Outcome]) -> list[_Outcome]:
    """Drop the outcome words of a slogan: a quote of a phrase with no number ('chanting
    "stop the killing"') is no toll. '"Five soldiers were killed," he said' keeps its
    count, and scare quotes around the verb ('were "brutally killed"') are the sentence's.
    """
    slogans = []
    for start, end in _quoted_spans(text):
        if _DIGIT_RE.search(text, start, end) or _COUNT_START_RE.search(text, start, end):
            continue
        inside = [o for o in outcomes if start < o.start < end]
        if not inside:
            continue
        rest = text[start + 1 : inside[0].start] + " " + text[inside[-1].end : end]
        words = [w for w in _WORD_RE.findall(rest) if not w.lower().endswith("ly")]
        if len(words) >= 2:
            slogans.append((start, end))
    return [o for o in outcomes if not any(start < o.start < end for start, end in slogans)]


# "Dead are 28-year-old Kemar Williams, a labourer, and 34-year-old Oneil Grant": a police
# release names its dead one by one, and their names are the count.
_DEAD_ARE_RE: Final = lazy_compile(
    r"\W{0,3}(?:the\s+)?(?:dead|deceased)\s+(?:are|were|is|was|have\s+been|has\s+been)\s+"
    r"(?:(?:identified|named)\s+as\s+)?",
    re.IGNORECASE,
)
_LISTED_RE: Final = lazy_compile(r"[,;]?\s+and\s+|[,;]\s*")
# A list item that opens with a person's name: an age first, then two capitalised words.
_LISTED_NAME_RE: Final = lazy_compile(
    r"(?:[\w-]+-year-old\s+|aged\s+\w+\s+)?" + _NAME_WORD + r"\s+" + _NAME_WORD
)
# What ends the list of names: "both of Tawes Pen", "all residents of …".
_LIST_END_WORDS: Final = frozenset(("both", "all", "from", "of", "in", "residents", "who"))


def _dead_named(text: str) -> int:
    """How many dead a "Dead are …" sentence names (0 when it is not one)."""
    opening = _DEAD_ARE_RE.match(text)
    if opening is None:
        return 0
    named = 0
    for item in _LISTED_RE.split(text[opening.end() :].rstrip(" .")):
        first = item.split(maxsplit=1)[0].lower() if item.strip() else ""
        if first in _LIST_END_WORDS:
            break
        if _LISTED_NAME_RE.match(item):
            named += 1
        if _OTHER_LIST_RE.search(item):
            break  # "… Din Muhammad while the injured included Sarkar Khan, …"
    return named


# Where the list of the dead gives way to another: "while the injured included …".
_OTHER_LIST_RE: Final = lazy_compile(r"\b(?:while|whereas|injured|wounded)\b", re.IGNORECASE)


def _thing_subject(text: str, end: int) -> bool:
    """Whether the clause before ``end`` names a thing and no person: "The need for
    costly feed preparation is [eliminated]", not "The commander of the unit was"."""
    clause = _CLAUSE_START_RE.search(text, max(0, end - _CLAUSE_CHARS), end)
    if clause is None:
        return False
    words = clause.group(0)
    if not _COLLECTIVE_WORDS.isdisjoint(words.casefold().split()) and (
        _COLLECTIVE_SUBJECT_RE.search(words)
    ):
        return True  # "A terrorist column was neutralised": how many, it does not say
    return bool(_THING_SUBJECT_RE.search(words)) and not _PEOPLE_BEFORE_RE.search(words)


# A body of men as the subject, not a unit that someone belongs to ("the commander of
# the unit was killed").
_COLLECTIVE_SUBJECT_RE: Final = lazy_compile(
    r"(?<!\bof )\b(?:an?|one|the)\s+(?:[\w-]+\s+)?" + _COLLECTIVE + r"\b", re.IGNORECASE
)


def _person_subject(text: str, end: int) -> bool:
    """Whether the clause before ``end`` names a person ("a woman was [hit by a bullet]")."""
    clause = _CLAUSE_START_RE.search(text, max(0, end - _CLAUSE_CHARS), end)
    return clause is not None and bool(_PEOPLE_BEFORE_RE.search(clause.group(0)))


def _bind_singular(text: str, outcomes: list[_Outcome], tally: _Tally) -> None:
    """ "The mayor was shot dead", "lost his life", "a 17-year-old student … was shot in the
    chest and died": one person, though no count is written."""
    aged = _AGED_SUBJECT_RE.match(text)
    for outcome in outcomes:
        before = text[max(0, outcome.start - _SINGULAR_WITHIN) : outcome.start]
        # "Four militants blew themselves up, killing General Ali Abboud": the attackers
        # counted so far are not the person the verb names.
        named = (
            _victims_named(text, outcome.end, active=True)
            if outcome.kind == KILLED and outcome.active and KILLED not in tally.victims
            else 0
        )
        titled = named > 0 and not _GRIEVANCE_BEFORE_RE.search(before)
        if not titled and outcome.kind == KILLED and not outcome.active:
            window = max(0, outcome.start - _RANKED_WITHIN)
            lowered = text[window : outcome.start].lower()
            ranked = (
                _RANKED_SUBJECTS_BEFORE_RE.search(text, window, outcome.start)
                if any(word in lowered for word in _RANKS)  # every match holds one
                else None
            )
            if ranked is not None:
                named, titled = (2 if ranked.group("second") else 1), True
        if outcome.kind in tally.kinds and not titled:
            continue
        if _THE_TWO_BEFORE_RE.search(text, max(0, outcome.start - _TWO_WITHIN), outcome.start):
            tally.take(_Group(outcome.start, outcome.end, 2, "two"), outcome.kind)
            continue
        phrase = text[outcome.start : outcome.end].lower()
        if phrase.startswith("hit") and not _person_subject(text, outcome.start):
            continue  # "the bus was hit by bullets": a thing, no one hurt
        the_one = _THE_ONE_AFTER_RE.match(text, outcome.end) if outcome.active else None
        attacker = (
            outcome.kind == KILLED
            and not outcome.active
            and _ONE_ATTACKER_BEFORE_RE.search(before) is not None
        )
        if attacker and not titled:
            also = bool(_ALSO_RE.search(text, max(0, outcome.start - 12), outcome.start))
            tally.take(
                _Group(outcome.start, outcome.end, 1, "one", perpetrator=True), KILLED, also=also
            )
            continue
        if (
            titled
            or _BEAT_ONE_RE.match(text, outcome.start, outcome.end)
            or (_SINGULAR_BEFORE_RE.search(before) and not _thing_subject(text, outcome.start))
            or phrase in ("lost his life", "lost her life")
            # "The councillor, who was shot on Sunday, has died in hospital".
            or (
                phrase.startswith(("died", "succumbed", "perished"))
                and before.rstrip().endswith((" has", " had"))
                and _person_subject(text, outcome.start)
            )
            or (aged is not None and aged.end() <= outcome.start and not outcome.active)
            or (
                outcome.kind == KILLED
                and _names_one_victim(text, outcome.end)
                and not _GRIEVANCE_BEFORE_RE.search(before)
            )
            or (
                the_one is not None
                and not _PASSIVE_BEFORE_RE.search(text, max(0, outcome.start - 24), outcome.start)
                and not _GRIEVANCE_BEFORE_RE.search(before)
            )
        ):
            # "A serviceman ... was also killed": one more than the toll told before.
            also = bool(_ALSO_RE.search(text, max(0, outcome.start - 6), outcome.start))
            value = named if titled else 1
            if value == 1 and the_one is not None:
                # "shot dead the mayor along with one of his bodyguards": two.
                value = (
                    2
                    if _AND_ONE_MORE_RE.match(text, the_one.end(), the_one.end() + 40)
                    or _AND_THE_ONE_AFTER_RE.match(text, the_one.end())
                    else 1
                )
            word = "two" if value == 2 else "one"
            tally.take(_Group(outcome.start, outcome.end, value, word), outcome.kind, also=also)


def _bind_objects(
    text: str, outcomes: list[_Outcome], groups: list[_Group], tally: _Tally, bound: set[int]
) -> set[int]:
    """Active verbs take the counts right after them ("killed two civilians and a boy").

    Returns the positions of the outcomes that took a count.
    """
    took: set[int] = set()
    starts = [o.start for o in outcomes]
    group_starts = [g.start for g in groups]
    for position, outcome in enumerate(outcomes):
        # "beat a 22-year-old woman to death": the count inside the verb's words.
        for index in range(bisect_left(group_starts, outcome.start + 1), len(groups)):
            if groups[index].end > outcome.end:
                break
            if index not in bound:
                bound.add(index)
                took.add(position)
                tally.take(groups[index], outcome.kind)
        if not outcome.active or (
            text[outcome.start : outcome.end].lower().endswith(("ed", "down", "dead"))
            and (
                _PASSIVE_BEFORE_RE.search(text, max(0, outcome.start - 24), outcome.start)
                or (
                    text[outcome.end : outcome.end + 1] in (",", ";")
                    and _counted_before(text, groups, group_starts, outcome.start)
                )
            )
        ):
            # "Ten officers are killed, one is injured", "3 killed, 5 wounded": a passive
            # verb takes no object ("Two gunmen killed three people" is active).
            _bind_along_with(text, outcome, groups, group_starts, tally, bound)
            continue
        cursor = outcome.end
        first = True
        next_outcome = starts[position + 1] if position + 1 < len(starts) else len(text)
        index = bisect_left(group_starts, cursor)
        also = bool(_ALSO_RE.search(text, max(0, outcome.start - 6), outcome.start))
        while index < len(groups):
            group = groups[index]
            if group.start >= next_outcome or group.start - cursor > _OBJECT_GAP:
                break
            if index in bound:
                index += 1
                continue
            gap = " ".join(text[cursor : group.start].strip(_PUNCTUATION).lower().split())
            subset = gap in ("including", "among them", "among whom")
            if first and not _QUALIFIER_ONLY_RE.match(gap):
                break
            # "killed three members of a family and a neighbour": "of a family and"
            # joins as "and" does.
            if not first and not subset and gap and not _is_connector(gap):
                break
            if (
                not first
                and next_outcome < len(text)
                and _OWN_VERB_GAP_RE.fullmatch(text, group.end, next_outcome)
            ):
                # "killed six people and 15 others were wounded", "the bodies of six and
                # 15 wounded": a count with a verb of its own is no further object.
                break
            bound.add(index)
            took.add(position)
            if not subset:
                tally.take(group, outcome.kind, also=also)
            cursor = group.end
            first = False
            index += 1
    return took


# After a passive verb, those who shared the fate: "three policemen were killed, along
# with all five attackers", "the governor was killed together with two guards".
_ALONG_WITH_AFTER_RE: Final = lazy_compile(
    r",?\s+(?:along|together) with\s+(?:all\s+(?:the\s+|of\s+the\s+)?)?", re.IGNORECASE
)

_THE_ATTACKER_RE: Final = lazy_compile(
    r"(?:the|a|one) (?:suicide )?(?:attacker|assailant|gunman|bomber|shooter)\b", re.IGNORECASE
)


def _bind_along_with(
    text: str,
    outcome: _Outcome,
    groups: list[_Group],
    group_starts: list[int],
    tally: _Tally,
    bound: set[int],
) -> None:
    """A count that a passive verb's "along with" adds to its subject has the same fate."""
    along = _ALONG_WITH_AFTER_RE.match(text, outcome.end)
    if along is None:
        return
    index = bisect_left(group_starts, along.end())
    if index < len(groups) and groups[index].start == along.end() and index not in bound:
        bound.add(index)
        tally.companions.append((groups[index], outcome.kind))
    elif outcome.kind == KILLED and (one := _THE_ATTACKER_RE.match(text, along.end())):
        # "five people were killed along with the bomber": he is one of the dead.
        tally.companions.append(
            (_Group(one.start(), one.end(), 1, "one", perpetrator=True), KILLED)
        )


# Between a count and the verb that is its own: "15 wounded", "15 others were also hurt".
_OWN_VERB_GAP_RE: Final = lazy_compile(
    r"(?:\s+(?:others|more|people|persons|were|was|have|has|had|been|also|reportedly|"
    r"seriously|critically|badly|slightly)){0,4}\s+",
    re.IGNORECASE,
)


def _counted_before(text: str, groups: list[_Group], group_starts: list[int], at: int) -> bool:
    """Whether a count stands right before the verb at ``at`` ("3 killed, 5 wounded"):
    with a comma after it, the verb is a participle that says what befell them."""
    index = bisect_left(group_starts, at) - 1
    return index >= 0 and groups[index].end <= at and not text[groups[index].end : at].strip()


def _add_bare_objects(text: str, outcomes: list[_Outcome], groups: list[_Group]) -> None:
    """ "killing three", "killing him": a count with no noun, right after the verb."""
    starts = {g.start for g in groups}
    for outcome in outcomes:
        bare = _BARE_AFTER_RE.match(text, outcome.end) if outcome.active else None
        if bare is None and outcome.active:
            bare = _OF_THEM_AFTER_RE.match(text, outcome.end)
            if bare is not None:
                # "exchanged fire with the attackers, killing seven of them": "them" are
                # the people named last before the verb.
                found = _group_from(bare, text)
                named = list(
                    _PEOPLE_BEFORE_RE.finditer(text, max(0, outcome.start - 80), outcome.start)
                )
                if found is not None and found.start not in starts:
                    # Attackers that the subject fought ("with the attackers"), not the
                    # subject itself ("Gunmen stormed the village, killing five of them").
                    last = named[-1] if named else None
                    perpetrator = (
                        last is not None
                        and bool(_PERPETRATOR_RE.match(last.group()))
                        and text[max(0, last.start() - 4) : last.start()].lower() == "the "
                    )
                    groups.append(found._replace(perpetrator=perpetrator))
                    starts.add(found.start)
                continue
        if bare is None:
            continue
        if bare["pronoun"]:
            # "injuring him and his companion": two.
            value = 2 if _AND_ONE_MORE_RE.match(text, bare.end(), bare.end() + 40) else 1
            group: _Group | None = _Group(bare.start("pronoun"), bare.end(), value, bare["pronoun"])
        elif bare["attacker"]:
            # From "the", so that nothing stands between the verb and its object.
            first = bare.start() + len(bare.group(0)) - len(bare.group(0).lstrip())
            more = bool(bare["another"])  # "the other militant": one more than told
            group = _Group(first, bare.end(), 1, "one", perpetrator=True, more=more)
        else:
            group = _group_from(bare, text)
        if group is not None and group.start not in starts:
            groups.append(group)
            starts.add(group.start)
    groups.sort(key=lambda g: g.start)


def _bind_subjects(
    text: str,
    outcomes: list[_Outcome],
    groups: list[_Group],
    tally: _Tally,
    bound: set[int],
    took_objects: set[int],
) -> None:
    """Other counts are subjects of the next verb ("two soldiers were killed"); counts
    joined by "and" share it ("one peacekeeper and four rescuers injured")."""
    kind_of: dict[int, tuple[str, bool]] = {}
    listed: set[int] = set()  # counts that joined the next one by "and"
    starts = [o.start for o in outcomes]
    for index in range(len(groups) - 1, -1, -1):
        if index in bound:
            continue
        group = groups[index]
        position = bisect_left(starts, group.end - 1)
        nearer = _nearer_group(
            groups, index, outcomes[position].start if position < len(outcomes) else len(text)
        )
        if position < len(outcomes) and position not in took_objects and not nearer:
            outcome = outcomes[position]
            if outcome.start - group.end > _SUBJECT_CHARS or _takes_one_named(text, outcome):
                continue
            raw = text[group.end : outcome.start]
            # ", including a major general," between a count and its verb is an aside.
            gap = _ASIDE_RE.sub(" ", raw)
            relative = _WHO_WERE_END_RE.search(gap) if "who" in gap else None
            if relative is not None and (relative.group(1) or not outcome.active):
                # "Six persons who were injured in the attack were taken to hospital",
                # "Three persons who sustained injuries were rushed to …" (not "two
                # gunmen who killed three farmers": the gunmen did it).
                gap = gap[: relative.start()]
            if _is_subject_gap(gap) or _names_victims(gap):
                among = "among" in gap.lower().split()  # "were among those killed"
                also = bool(_ALSO_RE.search(gap))
                kind_of[index] = (_final_kind(text, outcomes, position), also)
                if among:
                    group = _Group(group.start, group.end, group.value, group.word, subset=True)
                    groups[index] = group
        joined = index not in kind_of and index + 1 in kind_of
        between = text[group.end : groups[index + 1].start] if joined else ""
        if joined and _is_connector(between):
            kind_of[index] = kind_of[index + 1]
            listed.add(index)
        elif joined and index + 1 in listed and between.strip() == ",":
            # "3 soldiers, 3 civilians and 5 attackers were killed": a list's commas join
            # as its "and" does ("Of the 10 people, 3 were killed" has no "and").
            kind_of[index] = kind_of[index + 1]
            listed.add(index)
    for index, (kind, also) in sorted(kind_of.items()):
        tally.take(groups[index], kind, also=also)
        bound.add(index)


# "were wounded and later died", "were found with gunshot wounds and were certified dead":
# between the wound and the death, only the clause's "and" and its auxiliaries.
_AND_THEN_RE: Final = lazy_compile(
    r"[^.;,]{0,40}?\band\s+(?:(?:were|was|later|subsequently|then|also|eventually|declared|"
    r"pronounced|certified|confirmed)\s+){0,4}"
)


def _final_kind(text: str, outcomes: list[_Outcome], position: int) -> str:
    """The fate of a subject whose verb is ``outcomes[position]``: the wounded who then died
    are dead."""
    outcome = outcomes[position]
    if outcome.kind != INJURED or position + 1 >= len(outcomes):
        return outcome.kind
    then = outcomes[position + 1]
    if then.kind == KILLED and _AND_THEN_RE.fullmatch(text, outcome.end, then.start):
        return KILLED
    return outcome.kind


def _nearer_group(groups: list[_Group], index: int, before: int) -> bool:
    """Whether a later count (not an aside's subset) stands closer to the verb."""
    for group in groups[index + 1 :]:
        if group.start >= before:
            return False
        if not group.subset:
            return True
    return False


def _is_connector(gap: str) -> bool:
    """ "and", or "of the security forces and": what joins two counts of one verb."""
    words = " ".join(gap.strip(_PUNCTUATION).lower().split())
    if words in _CONNECTORS:
        return True
    head, _, last = words.rpartition(" ")
    if last != "and" or not head.startswith("of ") or not _is_subject_gap(head):
        return False
    named = gap.split()[1:-1]
    if named and named[0] == "the":
        named = named[1:]
    # "three operatives of the Benue State Community Volunteer Guards and two herders":
    # a body's proper name is one noun, however many its words.
    return len(head.split()) <= 5 or (
        len(named) <= _SUBJECT_WORDS and all(word[:1].isupper() for word in named)
    )


def _is_subject_gap(gap: str) -> bool:
    """Whether the words between a count and a verb keep the count as its subject.

    A token check rather than a regular expression: this runs on report text.
    """
    if _SUBJECT_CHARS_RE.search(gap):
        return False
    if gap.lstrip().startswith(",") and gap.lstrip(" ,")[:1].isdigit():
        return False  # "1,273 missing persons, 928 murders": the next count of a list
    words = _WORD_RE.findall(gap)
    if len(words) > _SUBJECT_WORDS:
        return False
    return not any(word.lower() in _SUBJECT_STOP for word in words)


# Words an apposition that names the victims may hold besides their names: "two
# villagers, identified as Musa Adamu and Sani Bello, were shot dead".
_NAMING_WORDS: Final = frozenset(("and", "identified", "as", "namely", "alias", "aka", "alhaji"))


def _names_victims(gap: str) -> bool:
    """Whether the words between a count and its verb are an apposition of names:
    ", Musa Adamu, 52, and Sani Bello, 30, were" (the ages already blanked).

    A token check, as for ``_is_subject_gap``.
    """
    inner, comma, verb = gap.strip().rpartition(",")
    if not comma or not inner.startswith(",") or not _is_subject_gap(verb):
        return False
    words = _WORD_RE.findall(inner)
    if not words or len(words) > 3 * _SUBJECT_WORDS // 2:
        return False
    names = [word for word in words if word[0].isupper()]
    return len(names) >= 2 and all(
        word[0].isupper() or word.lower() in _NAMING_WORDS for word in words
    )


def _snippet(sentence: str, *, limit: int = 160) -> str:
    flat = " ".join(sentence.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(slots=True)
class _Running:
    """One count across an event's sentences: the largest, an update, or a sum."""

    value: int | None = None

    def add(self, value: int | None, *, adds: bool, total: bool) -> None:
        if value is None:
            return
        if total and value == 0 and self.value:
            # "the second attack caused no casualties" tells of a part of the event, not a
            # toll revised to nothing.
            return
        if self.value is None or total:
            self.value = value
        elif adds:
            self.value += value
        else:
            self.value = max(self.value, value)


def combine_casualties(parts: Iterable[Casualties]) -> Casualties:
    """Combine the counts of the sentences of one incident, given in document order.

    Sentences restate the same toll, so the largest count wins rather than the sum;
    an update ("the death toll rose to 27") replaces what came before; a sentence that
    counts more ("eight others were killed", "were also killed") adds to it. Dead
    attackers are kept apart and added to the victims. Injured with no word of any
    death means no one died: 0. A note that a count is missing is dropped once a count
    is known.

    >>> combine_casualties([Casualties(None, None, ("deaths reported without a number",)),
    ...                     Casualties(2, None, ())]).pair
    (2, None)
    >>> more = Casualties(8, None, adds=frozenset({"killed"}))
    >>> combine_casualties([Casualties(1, None), more]).pair
    (9, None)
    >>> combine_casualties([Casualties(18, None), Casualties(18, None, perpetrators=13)]).pair
    (18, None)
    >>> combine_casualties([Casualties(18, None), Casualties(5, None),
    ...                     Casualties(13, None, perpetrators=13)]).pair
    (18, None)
    """
    victims = _Running()
    perpetrators = _Running()
    injured = _Running()
    claimed: int | None = None
    notes: list[str] = []
    mentions_deaths = False
    split: list[int] = []  # victims plus attackers, of each sentence that tells them apart
    owns: list[int] = []  # each sentence's count of victims
    total_seen = False
    dead_told_again = False  # the sentence before restated the dead told before it
    for part in parts:
        mentions_deaths = mentions_deaths or part.mentions_deaths
        notes.extend(part.notes)
        # "Four drivers were shot dead and two others wounded", then the police's "Four
        # victims were declared dead. Two other men sustained gunshot wounds": the same
        # dead again, so "other" sets the wounded apart from them, not from the two told.
        dead_again = (
            part.fatalities is not None
            and KILLED not in part.adds
            and part.fatalities == _sum(victims.value, perpetrators.value)
        )
        restated = (
            INJURED in part.adds
            and part.injured == injured.value
            and (dead_again or dead_told_again)
        )
        dead_told_again = dead_again
        injured.add(
            part.injured, adds=INJURED in part.adds and not restated, total=INJURED in part.totals
        )
        if part.died_of_wounds and injured.value:
            injured.value = max(0, injured.value - part.died_of_wounds)
        claimed = larger_count(claimed, part.claimed)
        if part.died_of_wounds and total_seen:
            # "The toll has risen to 12 … four of the wounded died": the updated toll
            # already holds them.
            continue
        total_seen = total_seen or KILLED in part.totals
        if part.fatalities is None:
            continue
        own = part.fatalities - (part.perpetrators or 0)
        owns.append(own)
        if part.perpetrators:
            split.append(part.fatalities)
            # "Police killed the other militant": one attacker more than told before.
            another = KILLED in part.adds and own == 0 and part.perpetrators == 1
            perpetrators.add(part.perpetrators, adds=another, total=False)
            if own == 0:
                continue  # only attackers are counted here
        if _restates_total(own, victims.value, perpetrators.value, part):
            continue
        victims.add(own, adds=KILLED in part.adds, total=KILLED in part.totals)
    fatalities = _sum(victims.value, perpetrators.value)
    if victims.value is not None and (
        victims.value in split
        or (perpetrators.value and victims.value - perpetrators.value in owns)
    ):
        # "18 people dead", then "we lost five soldiers; our troops killed 13 militants"
        # (in one sentence or two): the first count already held the attackers.
        fatalities = victims.value
    if fatalities is None and claimed is not None:
        # The only toll is a party's claim ("the army said it had killed 20 militants"):
        # the best figure there is, as an event database records it, with the claim noted.
        fatalities = claimed
    if fatalities is None and injured.value and not mentions_deaths:
        fatalities = 0
        notes.append("injured reported and no deaths: 0 killed")
    if fatalities is not None:
        notes = [n for n in notes if n != _NO_NUMBER]
    if fatalities is not None and injured.value is not None:
        notes = [n for n in notes if n != _NOT_DISCLOSED]
    return Casualties(
        fatalities,
        injured.value,
        tuple(dict.fromkeys(notes)),
        mentions_deaths or fatalities is not None,
        perpetrators.value,
    )


def _restates_total(
    own: int, victims: int | None, perpetrators: int | None, part: Casualties
) -> bool:
    """ "15 people were killed" after "10 soldiers and 5 attackers" is the same 15."""
    if not perpetrators or victims is None or part.perpetrators:
        return False
    return not part.adds and own == victims + perpetrators


def larger_count(a: int | None, b: int | None) -> int | None:
    """The larger of two counts, either of which may be unknown."""
    return b if a is None else a if b is None else max(a, b)


def _sum(victims: int | None, perpetrators: int | None) -> int | None:
    if victims is None and perpetrators is None:
        return None
    return (victims or 0) + (perpetrators or 0)
