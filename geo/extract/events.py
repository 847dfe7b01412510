"""What kind of incident a sentence states: ACLED's event type and sub-type from triggers.

A trigger is a phrase that states an incident ("a mine explosion", "came under fire",
"protesters gathered"). Rules are tried in order, most specific first, and the first
rule that matches a span wins it. Some triggers ("opened fire on", "attacked") do not
fix the type alone: ACLED codes an attack on civilians as Violence against civilians
and an attack on soldiers, police or peacekeepers (who are not civilians) as a battle,
so ``type_of_attack`` decides from the target.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

import ahocorasick_rs

from gazetteer.demonyms import country_of_demonym
from geo.extract.casualties import (
    HABIT_AFTER_RE,
    THINGS_DONE,
    THINGS_EXECUTED,
    without_protest_grievance,
)
from geo.extract.patterns import lazy_compile
from geo.taxonomy import (
    BATTLES,
    EXPLOSIONS,
    PROTESTS,
    RIOTS,
    STRATEGIC_DEVELOPMENTS,
    VIOLENCE_AGAINST_CIVILIANS,
)

ATTACK: Final = "attack"  # placeholder type: decided by the target


@dataclass(frozen=True, slots=True)
class Rule:
    """A trigger pattern and the type it states; ``requires`` must also match the sentence."""

    name: str
    pattern: re.Pattern[str]
    event_type: str
    sub_event_type: str
    strength: float
    requires: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger found in a text, with offsets into that text."""

    start: int
    end: int
    phrase: str
    rule: str
    event_type: str
    sub_event_type: str
    strength: float
    anaphoric: bool  # "the explosion": refers back to an incident already stated


def _re(pattern: str) -> re.Pattern[str]:
    return lazy_compile(pattern, re.IGNORECASE)  # compiled when a report needs it


# Arms that a haul names ("recovered two INSAS rifles and 300 live rounds").
HAUL_NOUNS: Final = (
    r"(?:rifles?|pistols?|carbines?|firearms|assault weapons|live rounds|cartridges|"
    r"rounds of ammunition)"
)
# What bandits invade: a settlement or a home, whose people are the target.
_INVADED_SETTLEMENT: Final = (
    # ("Unguwan Fada village": a name of two words or three.)
    r" (?:the |a |an |their |several |two |three )?(?:[\w'’-]+ ){0,3}?(?:village|community|"
    r"communities|town|settlement|homes?|houses?|market|church|mosque|school|farms?|hamlet|"
    r"camp)s?\b"
)
# Who may break into a building as a demonstration does.
_CROWD_WORDS: Final = _re(
    r"\b(?:protest(?:ers|ors)|demonstrators|rioters|crowds?|mobs?|hundreds|thousands)\b"
)
_EXPLODED: Final = _re(
    r"\b(?:explo(?:ded|sion|sions)|blasts?|detonat\w*|went off|killed|killing|dead|died|"
    r"injur\w*|wound\w*|hurt|struck|hit|stepped|stepping|blown up)\b"
)
# "marched", "marchers", a lower-case "march": the month "March" is no protest.
_PROTEST_WORDS: Final = _re(
    r"\b(?:protest(?!ant)\w*|demonstrat\w*|rall\w*|march(?:ed|es|ers?|ing)|(?-i:march))\b"
)

# "Detained for reporting on the protests", "arrested for organising a rally", "ahead of
# a rally": what they were arrested for, or before, not arrests at a protest.
_TOPIC_OF: Final = (
    r"\b(?:(?:for|over|after)\s+(?:their\s+|his\s+|her\s+)?(?:reporting|report(?:s|ed)?|"
    r"coverage|covering|posts?|posting|writing|comments?|calling|call(?:s|ed)?|organi[sz]ing|"
    r"inciting|incitement|planning|supporting|support)\s+(?:on\s+|of\s+|about\s+|for\s+|"
    r"to\s+)?"
    # "arrested 120 people ahead of an opposition rally": before it was held.
    r"|(?:ahead of|in the run-up to|in advance of)\s+"
    # "arrested five youths in Mandalay on Monday over a flash mob protest": what they
    # were arrested for, told as its cause.
    r"|\b(?:arrest\w*|detain\w*|jailed|charged|sentenced|fined|questioned)\b[^.;]{0,50}?"
    r"\b(?:for|over)\s+(?:taking part in\s+|participating in\s+|joining\s+|staging\s+|"
    r"holding\s+|organi[sz]ing\s+)?"
    # "the arrested people were involved in anti-SDF protests": what they had done.
    r"|\b(?:arrested|detained)\s+(?:[a-z]+\s+)?(?:were|was|had been)\s+(?:allegedly\s+)?"
    r"(?:involved|taking part|participating)\s+in\s+)"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
)
_PROTEST_TOPIC_RE: Final = _re(_TOPIC_OF + r"(?:protests?|demonstrations?|rall(?:y|ies))\b")
_TOPIC_BEFORE_RE: Final = _re(_TOPIC_OF + r"$")
# A demonstration or a crowd in the sentence: what firing on, or dispersing, needs.
# ("Protestants" are no protest.)
_CROWD_RE: Final = _re(
    # "to disperse picketers", "hartal supporters": Bangladesh's strike crowds.
    r"\b(?:protest(?!ant)\w*|demonstrat\w*|rall(?:y|ies)|march(?:ers|ed|es)|crowds?|"
    r"picket(?:ers|ing|s)?|hartal\w*|strikers)\b"
)

_AFTER_THE_EVENT_OPENER_RE: Final = _re(
    r"\W{0,3}(?:following|after|since|in the wake of|hours after|days after) the "
    r"(?:[\w-]+ )?"
)
_OPENER_REACH: Final = 40
_ALERT_AFTER_RE: Final = _re(r"\s+(?:alerts?|sirens?|alarms?)\b")
_NOT_TO_USE_BEFORE_RE: Final = _re(
    r"\b(?:not to|refrain(?:ed|s|ing)? from) (?:use|using|fire|firing|deploy|deploying)"
    r"(?: [a-z-]+){0,2} $"
)
# "an IED strike on a convoy", "a roadside bomb strike": the explosive names the weapon,
# not an aircraft (a mortar's or a missile's strike is shelling).
_NO_EXPLOSIVE_BEFORE: Final = (
    r"(?<!\bIED )(?<!\bIEDs )(?<!\bbomb )(?<!\bmine )(?<!\blandmine )(?<!\bgrenade )"
    r"(?<!\bmortar )(?<!\brocket )(?<!\bartillery )(?<!\bmissile )"
)
# Who is captured when people are (fighters, suspects, a named person described next),
# not a place: "captured two militants", "the capture of Ali Omar, a senior commander".
_CAPTIVE_ROLES: Final = (
    r"(?:commanders?|leaders?|militants?|fighters?|rebels?|insurgents?|jihadists?|"
    r"terrorists?|suspects?|gunmen|bandits|kidnappers|emirs?|operatives?|spies|spy|"
    r"deserters?|soldiers|servicemen|members?|officials?|chiefs?|financiers?|recruiters?)"
    # The head noun, not a word before one ("a rebel stronghold").
    r"(?=\s*[,.;:)]|\s+(?:in|of|on|at|for|from|who|and|during|near|after|was|were|is)\b)"
)
# Up to three lower-case words before the role ("a senior rebel commander"); not a
# preposition, which would read past the object ("the takeover of Goris by rebels").
_CAPTIVE_WORDS: Final = (
    r"(?:(?!(?:by|from|in|of|at|on|near|with|to|and|for)\s)(?-i:[a-z])[\w'’-]*\s+){0,3}?"
)
_CAPTIVES_AFTER: Final = (
    r"\s+(?:of\s+)?(?:(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+|"
    r"several|dozens of|scores of)\s+)?" + _CAPTIVE_WORDS + _CAPTIVE_ROLES + r"|"
    # A person by name, whom the words after describe: "Ali Omar, a senior commander,".
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3},?\s+(?:who\s|whom\s|(?:a|an|the)\s+"
    + _CAPTIVE_WORDS
    + _CAPTIVE_ROLES
    + r"))"
)
_CAPTIVES_AFTER_RE: Final = _re(_CAPTIVES_AFTER)
# The passive's subject: "six members of the resistance front were captured by the
# Taliban", "two soldiers were seized": people taken, no place.
_PASSIVE_CAPTIVES_BEFORE_RE: Final = _re(
    r"\b(?:" + _CAPTIVE_ROLES + r"|people|civilians|villagers|hostages|men|women)"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?\s*(?:were|was|had been|have been|has been)"
    r"\s+$"
)
# The armed men who block a road, for an ambush or a kidnapping, not a crowd's protest.
_ARMED_BLOCKERS_BEFORE_RE: Final = _re(
    r"\b(?:bandits|gunm[ae]n|militants|terrorists|insurgents|jihadists|rebels|attackers|"
    r"assailants|kidnappers|armed men|gang members|hoodlums)\b[^.;]{0,60}?\s$"
)
# An attack by a word alone ("attacked", "attacks"), and the invader's ("Russian
# attacks", "the occupiers attacked"): a strike from afar unless troops came on foot.
_BARE_ATTACK_WORDS: Final = frozenset(("attack", "attacks", "attacked", "attacking"))
_INVADER_ATTACK_RE: Final = _re(
    r"\b(?:Russian|Russia['’]s|the Russians|the occupiers|the invaders|occupying forces)"
    r"(?: (?:forces|troops|army|military))? (?:attacks?|attacked)\b"
)
_GROUND_ASSAULT_RE: Final = _re(
    r"\b(?:storm\w*|assault\w*|infantry|sabotage|shot|shooting|gunfire|small arms|sniper|"
    r"tortur\w*|execut\w*|captured|raided|positions|entered)\b"
)
# "The dead were identified as Rocket Chakma and …": a given name that spells a weapon.
_PERSON_NAMED_BEFORE_RE: Final = _re(
    r"\b(?:identified as|named|called|alias|aka|namely)\s+$|\b(?:Mr|Mrs|Ms)\.?\s+$"
)
_SURNAME_AFTER_RE: Final = lazy_compile(r"\s+[A-Z][a-z]+\b")
# A state's forces as the subject of "blocked": "Junta troops have blocked roads".
_FORCES_BLOCK_BEFORE_RE: Final = _re(
    r"\b(?:troops|soldiers|forces|junta|army|military|police|policemen)\s+"
    r"(?:(?:have|has|had|also|reportedly)\s+){0,2}$"
)
# Captives named by a participle: "all abducted women", "the kidnapped students".
_DETERMINER_BEFORE_RE: Final = _re(
    r"\b(?:the|all|those|these|other|remaining|of|return|free|freed|release|released|"
    r"rescue|rescued|trace|reunite|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens)\s+$"
)
_HELD_PEOPLE_AFTER_RE: Final = _re(
    r"\s+(?:[\w-]+\s+)?(?:women|children|girls|boys|people|persons|students|pupils|"
    r"schoolgirls|schoolchildren|passengers|villagers|workers|victims|farmers|travell?ers|"
    r"men|hostages|captives)\b"
)

RULES: Final[tuple[Rule, ...]] = (
    Rule(
        # Drones and missiles stopped in the air: ACLED's disrupted weapons use, not a
        # strike, unless the text says someone was hurt (see type_of_event).
        "intercept",
        _re(
            r"\b(?:intercepted|shot down|shoots down|shooting down|downed)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:drones?|uavs?|missiles?|rockets?|shaheds?|projectiles?)\b|"
            r"\b(?:drones?|uavs?|missiles?|rockets?|shaheds?|projectiles?)\s+(?:were|was|had been|"
            r"have been)\s+(?:all\s+)?(?:intercepted|shot down|downed)\b|"
            r"\b(?:both|all)(?: of them)? were (?:intercepted|shot down)\b|"
            # "Air defences destroyed 27 Ukrainian drones over the Belgorod region": in
            # the air, so stopped (a drone "destroyed" on the ground is no interception).
            r"\b(?:destroyed|neutrali[sz]ed)\s+(?:[\w-]+\s+){0,3}?(?:drones?|uavs?|missiles?|"
            r"rockets?|shaheds?)\s+(?:over|above)\b"
        ),
        STRATEGIC_DEVELOPMENTS,
        "Disrupted weapons use",
        0.75,
    ),
    Rule(
        "weapons",
        _re(
            r"\b(?:defused|disarmed|neutrali[sz]ed|destroyed|cleared) (?:a |an |the )?"
            r"(?:[\w-]+ ){0,2}(?:bombs?|devices?|explosives?|mines?|landmines?|IEDs?|VBIEDs?|"
            r"shells?|ordnance|munitions?|grenades?|rockets?)\b|"
            r"\b(?:weapons?|arms|ammunition) (?:caches?|dumps?)\b|"
            r"\b(?:caches?|dumps?) of (?:arms|weapons|ammunition|explosives)\b|"
            r"\bseized (?:a |an )?(?:weapons|arms|ammunition|explosives)\b|"
            # Found before it went off: "a pipe bomb was found and made safe".
            r"\b(?:bombs?|devices?|explosives?|mines?|IEDs?|grenades?|shells?) (?:was|were|"
            r"had been|has been) (?:found and |discovered and |located and )?(?:defused|"
            r"made safe|rendered safe|disarmed|neutrali[sz]ed|(?:detonated|destroyed) in a "
            r"controlled explosion)\b|"
            # "bomb experts safely detonated an improvised explosive device found near a
            # school", "a controlled explosion".
            r"\bsafely (?:detonated|destroyed|defused) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:bombs?|"
            r"devices?|explosives?|mines?|IEDs?|shells?|ordnance)\b|"
            r"\bcontrolled (?:explosion|detonation)\b|"
            # What was taken from suspects: "recovered two IEDs from them".
            r"\b(?:seized|recovered|confiscated) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:IEDs?|"
            r"grenades?|bombs?|detonators|explosives?|vests?)\b|"
            # A cache taken by the forces: "recovered two INSAS rifles, one SLR, a carbine
            # and 11 hand grenades" (not the bodies found beside them).
            r"\b(?:seized|recovered|confiscated) (?!(?:the |a )?(?:bod|corpse|remains))"
            r"(?:[\w.,-]+ ){0,8}?" + HAUL_NOUNS + r"\b"
        ),
        STRATEGIC_DEVELOPMENTS,
        "Disrupted weapons use",
        0.7,
    ),
    Rule(
        # Toxic agents, however delivered (ACLED's chemical weapon sub-type wins over the
        # shells or barrels that carried them).
        "chemical",
        _re(
            # Only an act: "chemical weapons" alone fill treaties and inspectors' reports.
            r"\bchemical (?:attacks?|strikes?|weapons? attacks?)\b|"
            r"\b(?:chlorine|sarin|mustard|toxic|poison) gas (?:attacks?|bombs?|barrels?|shells?|"
            r"rockets?)\b|"
            r"\b(?:dropped|fired|used|launched|containing|filled with|laced with) "
            r"(?:[\w-]+ ){0,3}?(?:chlorine|sarin|chemical weapons?|toxic gas|nerve agents?)\b|"
            # A riot-control agent dropped on soldiers' positions is a weapon of war:
            # "dropped munitions containing CS gas from drones on Ukrainian positions".
            r"\b(?:munitions|grenades|shells|canisters|bombs) (?:containing|filled with|loaded "
            r"with) (?:[\w-]+ ){0,2}?(?:CS|chloropicrin|irritant|toxic|chemical)\b|"
            r"\bchloropicrin\b"
        ),
        EXPLOSIONS,
        "Chemical weapon",
        0.85,
    ),
    Rule(
        "suicide",
        _re(
            r"\bsuicide (?:bomb\w*|attack\w*|car bomb\w*|truck bomb\w*|vests?|blasts?)|"
            r"\b(?:blew|blow|blows|blowing) (?:himself|herself|themselves) up"
        ),
        EXPLOSIONS,
        "Suicide bomb",
        0.9,
    ),
    Rule(
        "landmine",
        _re(
            r"\b(?:land)?mines? (?:explosion|blast|exploded|detonated|went off|incident)s?|"
            r"\b(?:stepped on|stepping on|steps on|hit|struck|ran over|drove over|triggered|"
            r"detonated) (?:a |an )?(?:anti-?(?:personnel|tank) |land)?mines?\b|"
            # "a man was injured by a mine", "a car was blown up by a mine".
            r"\b(?:blown up|injured|wounded|killed|hurt|maimed|hit|struck) by (?:an? |the )?"
            r"(?:[\w-]+ )?(?:anti-?(?:personnel|tank) |land)?mines?\b|"
            # "their patrol entered a minefield": a field of mines, one of which went off.
            r"\b(?:landmines?|minefields?|anti-?(?:personnel|tank) mines?|explosive devices?|"
            r"booby[- ]traps?|"
            r"unexploded (?:ordnance|shells?|munitions?|bombs?)|magnetic bombs?)\b"
        ),
        EXPLOSIONS,
        "Remote explosive/landmine/IED",
        0.85,
        requires=_EXPLODED,
    ),
    Rule(
        "air",
        _re(
            # (Not "Air raid alert in Zaporizhzhia region!": a warning, no strike.)
            # ("the air aggression targeted a market": the Houthi press's air strike.)
            r"\b(?:air|drone|aerial|missile and drone|air force) ?"
            r"(?:strikes?|raids?|attacks?|bombardments?|aggression)\b"
            r"(?! (?:alerts?|sirens?|warnings?|shelters?|alarms?)\b)|"
            r"\bairstrikes?\b|\bairraids?\b(?! (?:alerts?|sirens?|warnings?|shelters?)\b)|"
            r"\bbomb(?:ing|ed)? raids?\b|\bwarplanes?\b|"
            # An event database's verb: "airstruck Mrauk-U", "drone-struck a car".
            r"\b(?:air|drone)[ -]?struck\b|"
            # An air force's words: "conducted air interdiction on fleeing terrorists",
            # "the Air Component bombed a bandit enclave", "NAF jets on Friday pounded".
            r"\bair interdictions?\b|"
            # The Sahel armies' "air vectors" (vecteurs aériens) and "offensive vectors"
            # strike from the air, as "air assets" and "strike assets" do elsewhere.
            # (Assets only when they strike: "the pooling of air assets" is a ministers'
            # plan; the communiqués' "vectors" are always the aircraft of an operation.)
            r"\b(?:air|aerial|offensive) vectors?\b|\b(?:air|aerial|strike) assets?\b"
            r"(?=[^.;]{0,80}?\b(?:struck|strikes?|striking|neutrali[sz](?:e|es|ed|ing)|"
            r"target(?:s|ed)|destroy(?:s|ed)|bomb(?:s|ed)|pound(?:s|ed)|engag(?:es|ed)|hit)\b)|"
            r"\b(?:neutrali[sz]ed|struck|destroyed|targeted|bombed|engaged) by (?:the |an? )?"
            r"(?:air|aerial|offensive|strike) (?:vectors?|assets?)\b|"
            # A communiqué's "successive strikes were carried out on the group",
            # "carried out strikes against the columns": no crowd's strike is carried
            # out on a target (a general or hunger strike is "against" a policy, and
            # takes no such adjective).
            # (The target is a look-ahead: its words would swell the rule's gate.)
            r"\bstrikes (?:were |have been |had been )?(?:carried out|conducted|launched)"
            r"(?= (?:on|against|targeting) (?:the |a |an )?(?:[\w-]+ ){0,2}?"
            r"(?:group|columns?|gathering|terrorists?|assailants?|militants?|fighters|"
            r"positions?|hideouts?|bases?|camps?|convoys?|enclaves?|vehicles?)\b)|"
            r"\b(?:carried out|conducted|launched)(?= (?:(?:several|successive|multiple|"
            r"repeated|precise|precision|targeted|further|new|heavy) )?strikes (?:on|against|"
            r"targeting) (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:group|columns?|gathering|"
            r"terrorists?|assailants?|militants?|fighters|positions?|hideouts?|bases?|camps?|"
            r"convoys?|enclaves?|vehicles?)\b)|"
            # "The strikes that followed destroyed motorcycles": no labour strike destroys.
            r"\b(?<!hunger )(?<!general )strikes?(?= (?:that followed |also |then )?"
            r"(?:destroyed|neutrali[sz]ed)\b)|"
            r"\b(?:air component|air force|jets?|warplanes?|aircraft)(?: (?:on|early on|late on) "
            r"\w+day| overnight)? (?:bombed|pounded|struck|hit|targeted|destroyed|"
            r"neutrali[sz]ed)\b|"
            r"\bfighter jets?\b|\bhelicopter gunships?\b|\bkamikaze drones?\b|"
            # "Government gunships bombarded Ulang": helicopters that strike.
            r"\bgunships? (?:(?:also|then|reportedly|again) )?(?:bombarded|bombed|struck|hit|"
            r"pounded|strafed|fired|attacked|shelled|targeted)\b|"
            r"\bloitering munitions?\b|\bunmanned aerial vehicles?\b|"
            # A timeline's present tense too: "a drone hits a block of flats".
            # "used a quadcopter to drop two mortar shells": the drone that carried them.
            r"\b(?:drones?|quadcopters?|UAVs?) to (?:drop|attack|strike|bomb|target)\b|"
            r"\bquadcopters?\b|"
            # "a drone loaded with explosives targeted a position", "an explosive-laden
            # drone": the drone is the weapon, whatever verb follows.
            r"\bdrones? (?:loaded|laden|packed|rigged|armed) with (?:[\w-]+ ){0,2}?explosives?\b|"
            r"\b(?:explosives?-laden|booby-trapped|suicide|attack) drones?\b|"
            # "drones had dropped explosives", "a drone on Sunday afternoon struck a car".
            r"\b(?:drones?|jets?) (?:(?:also|again|then|reportedly|later|had|have|has) |"
            r"on (?:\w+day|the (?:same )?(?:day|night|morning|evening))(?: (?:morning|afternoon|"
            r"evening|night))? |"
            # "273 drones of various modifications attacked Huliaipole".
            r"of (?:various |different )?(?:types|modifications|models) )?(?:attacked|struck|"
            r"hit|hits|strikes|dropped|drops|crashed|flew|slammed|targeted|targets|killed|"
            r"kills|wounded|injured|bombed|bombs|pounded|pounds)\b|"
            # "An Israeli strike on a residential building", "a Russian strike hit": a
            # state's strike is from the air or from afar, not a workers' strike.
            r"\b(?-i:Israeli|Russian|U\.S\.|US|American|Turkish|Saudi(?:-led)?|Pakistani|"
            r"Iranian|Ukrainian|Emirati|French|British|Egyptian|Jordanian|Syrian|Iraqi|"
            r"[Cc]oalition) (?:strikes? (?:on|in|near|against|hit|hits|killed|kills|"
            r"struck|targeted|destroyed)|"
            # (A strike that hit a house or a car is a drone's or a jet's: see below.)
            # "Russian forces struck Kharkiv", "US forces struck Houthi targets": a state's
            # forces that strike from afar, the weapon left unsaid.
            r"(?:forces|military|army|navy|air force) (?:struck|hit|targeted|bombed|pounded))\b|"
            # "A drone launched from Lebanon hit a house": the drone alone is the match, so
            # that the place it came from stays out of it.
            r"\bdrones?(?= (?:launched|fired|sent|flown) (?:from|by) [^.;]{1,40}?\b(?:hit|hits|"
            r"struck|strikes|slammed|crashed|exploded|landed)\b)|"
            # "The hospital was struck by a drone", "hit by an air strike": the passive.
            r"\b(?:struck|hit|targeted|attacked|bombed) by (?:an? )?(?:[\w-]+ )?(?:drones?|"
            r"air ?strikes?|warplanes?|(?:fighter )?jets?|aircraft|helicopters?)\b|"
            r"\b(?:jets?|warplanes?|aircraft|planes?|helicopters?) (?:carried out|conducted|"
            r"launched) (?:a |an )?(?:[\w-]+ )?strikes?\b|"
            # "killed Mohammed Ashour … in a \"precise strike\" in Gaza City", "a strike in
            # Hodeidah city hit the radio station": no workers' strike kills or hits.
            r"\b(?:in|by) an? [\"“]?(?:precise|precision|targeted|pinpoint)[\"”]? strikes?\b|"
            r"\b" + _NO_EXPLOSIVE_BEFORE + r"strikes?(?= (?:in|on|near) (?-i:[A-Z])[\w'’-]+"
            r"(?: (?:city|town|camp))? (?:hit|hits|"
            r"struck|killed|kills|destroyed)\b)|"
            # "A strike on a house in Hermel killed four", "a strike hit a car": no workers'
            # strike hits a house.
            r"\b" + _NO_EXPLOSIVE_BEFORE + r"strikes? (?=(?:on|hit|hits|targeted|targeting) "
            r"(?:a |an |the )?(?:[\w-]+ )?"
            r"(?:house|home|car|vehicle|building|apartment|tent|motorcycle|shelter|convoy|"
            # "A strike hit a port in Hodeidah", "a strike on a market".
            r"port|market|school|hospital|mosque|camp|warehouse|base|position|truck|boat|"
            r"ship|farm|factory|bridge|checkpoint|gathering)s?\b)|"
            # "attacked Kursk with drones": the weapon makes it a drone strike.
            # The verb alone is the match: the place between it and the weapon ("attacked
            # Kharkiv (Kharkiv, Kharkivska) with Shahed drones") stays the event's place.
            r"\b(?:attack(?:ed|s|ing)?|struck|hit|targeted|bombed)\b"
            # ("with artillery and drones" is the artillery's too: rule "shelling").
            r"(?=[^.;]{0,60}?\bwith (?:an? )?(?:(?!and\b)[\w-]+ ){0,2}?drones?\b)|"
            # "dropped explosives from a drone on a base", "explosives dropped from drones",
            # "drone-dropped grenades".
            r"\bdropped (?:[\w-]+ ){0,2}?(?:explosives?|grenades?|bombs?|munitions?|charges?) "
            r"(?:from|by) (?:an? |the )?(?:[\w-]+ )?drones?\b|\bdrone-dropped\b|"
            r"\b(?:explosives?|grenades?|bombs?|munitions?|charges?) (?:(?:were|was|had been|"
            r"have been) )?dropped (?:from|by) "
            r"(?:an? |the )?(?:[\w-]+ )?drones?\b|"
            # "used drones to attack an oil facility".
            r"\b(?:used|using|uses) (?:[\w-]+ ){0,2}?drones? to "
            r"(?:attack|strike|target|hit|bomb)\b|"
            # "launched 40 Shahed drones at Odesa", "shot down 20 drones over Kyiv": the
            # strike, whether or not air defences stopped it.
            r"\b(?:launched|sent|fired|flew) (?:[\w-]+ ){0,3}?drones? (?:at|on|against|"
            r"toward|towards|into|over)\b|"
            r"\b(?:shot|shoot|shoots|shooting) down (?:[\w-]+ ){0,3}?(?:drones?|"
            r"unmanned aerial vehicles?)\b|"
            r"\b(?:attack|combat|armed|strike) drones?\b|"
            r"\b(?:guided|glide|aerial|barrel|cluster) bombs?\b|\bdropped (?:\w+ )?bombs\b|"
            # Russia's glide bombs and drones by their names: "struck Kostiantynivka with
            # two KABs", "a Shahed hit a house", "attacked with a Lancet".
            r"\b(?-i:KABs?|UMPKs?|FAB-\d+s?)\b|\b(?:Shaheds?|Gerans?)\b|"
            r"\bLancets?(?= (?:drones?|loitering munitions?)\b)|\b(?:with|by) an? Lancet\b|"
            r"\b(?:planes?|aircraft|jets|helicopters?|air ?force) (?:bombed|struck|attacked|"
            r"targeted|strafed|fired|hit|bombs|strikes|attacks|targets|hits)\b"
        ),
        EXPLOSIONS,
        "Air/drone strike",
        0.85,
    ),
    Rule(
        "bombing",
        # A bomb attack whose bomb is not said to be dropped from the air: ACLED's remote
        # explosive (IED). "Bomb squad", "bomb threat" and the like state no explosion.
        _re(
            # "components of improvised explosive devices were found": no blast.
            # ("recovered two improvised explosive devices (IEDs)": the acronym in brackets
            # only names what came before it.)
            r"\b(?:(?:(?<!\()IEDs?|improvised explosive devices?)"
            r"(?!\s+(?:were|was|had been|have been)\s+(?:found|discovered|seized|defused|"
            r"recovered|dismantled|neutrali[sz]ed)\b)|"
            r"improvised bombings?|"
            r"(?:roadside|car|truck|lorry|vehicle|motorcycle|parcel|sticky|nail|pipe|twin) "
            r"bomb(?:s|ings?)?|"
            r"(?:planted|placed|detonat\w+|set off|touched off) (?:a |an |the |two |several )?"
            r"(?:[\w-]+ ){0,2}(?:bombs?|explosives?|explosive devices?|mines?)|"
            # Petrol, smoke and paint bombs are no explosive weapons (a riot's, rule "riot").
            r"(?<!petrol )(?<!petrol-)(?<!gasoline )(?<!fire )(?<!smoke )(?<!stink )(?<!paint )"
            r"(?<!crude )"
            # Bombs that fell were fired or dropped (rule "shelling").
            r"bomb(?:s|ings?|ed)?(?![\"”’']?\s+(?:fell|landed|rained|"
            r"(?:were |was )?(?:fired|launched|lobbed))\b)"
            r"(?!(?:\s+|-)(?:squads?|disposal|threats?|shelters?|scares?|hoax\w*|"
            r"making|makers?|experts?|technicians?|proof))|explosives?-laden|"
            # "A car loaded with explosives blew up": a car bomb, said in full.
            r"(?:car|vehicle|truck|lorry|motorcycle|motorbike|van)s? (?:loaded|packed|laden|"
            r"rigged|fitted|filled) with explosives)\b|"
            # Sabotage: "miscreants blew up a gas pipeline", "blew up a railway track".
            r"\bblew up (?:a |an |the |two |three |several )?(?:[\w-]+ ){0,3}?(?:pipelines?|"
            r"railway (?:tracks?|lines?|bridges?)|rail (?:tracks?|lines?)|bridges?|pylons?|"
            r"(?:transmission|power|electricity) (?:towers?|lines?)|gas (?:lines?|wells?)|"
            # "Maoists blew up a mobile tower": the insurgents' sabotage of telecoms.
            r"(?:mobile|telecom|cell(?:ular|phone)?|communications?) (?:phone )?towers?)\b"
        ),
        EXPLOSIONS,
        "Remote explosive/landmine/IED",
        0.8,
    ),
    Rule(
        "exchange",
        _re(
            r"\b(?:traded|exchanged|exchanges? of|exchanging) (?:heavy |artillery |mortar |"
            r"machine[- ]gun |small[- ]arms |gun|rocket )?fire\b|"
            # Event-note phrasing: "forces of A fired with small arms on the positions of B".
            r"\b(?:fired|fire|opened fire|shot) (?:with (?:[\w-]+ ){0,3}?(?:arms|weapons|guns|"
            r"rifles|machine-guns|snipers?) )?(?:on|at|upon|towards?) (?:the )?(?:[\w-]+ )?"
            r"(?:positions?|trenches|outposts?|combat posts?)\b|"
            r"\bengaged (?:[\w-]+ ){0,2}(?:positions|forces|troops|fighters|militants|rebels)\b|"
            # A defence ministry's phrasing: "subjected to fire from large-caliber weapons
            # the positions of ...", "subjected the positions of ... to fire".
            r"\bsubjected (?:[\w-]+ ){0,8}?to (?:(?:intensive|intense|sporadic|heavy|"
            r"small-arms|automatic|sniper|machine-gun|large-caliber) )?(?:gun)?fire\b"
        ),
        BATTLES,
        "Armed clash",
        0.85,
    ),
    Rule(
        "shelling",
        _re(
            # "Tear gas shells" disperse a crowd.
            # "recovered eleven empty shells of cal. 45 pistol", "spent shells": cartridges.
            r"\b(?<!gas )(?<!empty )(?<!spent )(?<!bullet )(?<!shotgun )"
            # ("more than 60 shells from two submachine guns": cartridges.)
            r"shell(?:ed|ing|s(?!\s+(?:of\s+(?:cal|a\b|an\b|\.)|casings?\b|from\s+(?:a|an|the|"
            r"two|three|four|several|\d+)\s+(?:\S+\s+)?(?:pistol|rifle|gun|firearm|"
            r"kalashnikov)s?\b))|fire)\b|"
            r"\bshell (?:hit\w*|landed|struck|fell|exploded|"
            # A timeline's present: "a single shell fired from Serb positions lands at".
            r"lands|falls|explodes|strikes|fired|killed|wounded|injured|damaged|destroyed)\b|"
            # Bombs that fall or land were fired or dropped, not planted: "bombs fell on
            # huts" (an aircraft named makes it an air strike, rule "air").
            # "a bomb fired from the hills fell on a house": a shell, as translated press
            # calls it.
            r"\bbombs?[\"”’']? (?:fell|landed|rained|(?:were |was )?(?:fired|launched|lobbed))\b|"
            # The bare verb only after "to": "continued to shell Kharkiv" ("a shell
            # company" is none).
            r"(?<=to )(?:shell|bombard)\b|"
            r"\bartillery\b|\bmortars?\b|\bmortar (?:fire|rounds?)\b|"
            r"\brockets?\b(?![- ]propelled)|\bmissiles?\b|\bgrad\b|\bmultiple rocket launchers?\b|"
            # "4 MLRS strikes covered Mala Tokmachka": the launcher by its initials.
            r"\b(?:mlrs|himars)\b|"
            r"\bhowitzers?\b|\bbombard(?:ed|ment)\b|"
            # "tanks struck a Syrian army post": a tank's gun fires shells.
            r"\btanks? (?:struck|hit|fired (?:on|at|upon)|shelled|targeted)\b|"
            r"\btank (?:fire|shells?|rounds?)\b"
        ),
        EXPLOSIONS,
        "Shelling/artillery/missile attack",
        0.8,
    ),
    Rule(
        "grenade",
        _re(
            # ("stun grenades", "smoke grenades", "tear gas grenades": a police's means of
            # breaking up a crowd, rule "protest_intervention".)
            r"(?<!stun )(?<!flash )(?<!smoke )(?<!sound )(?<!gas )(?<!stun-)(?<!flash-)"
            r"\bgrenades?\b(?![- ]launch)|\brocket[- ]propelled grenades?\b|"
            # Explosives thrown by hand are grenades in ACLED's terms; petrol bombs are a
            # riot's (rule "riot").
            r"\b(?:threw|throwing|thrown|hurled|hurling|lobbed|lobbing|tossed|tossing) "
            r"(?:an? |the |two |several |some )?(?:homemade |home-made |improvised |crude )?"
            r"(?:explosives?|explosive devices?|bombs?)\b|"
            # South Asia's "crude bombs", thrown by hand: grenades, as ACLED codes them.
            r"\bcrude bombs?\b|"
            # Bangladesh's "cocktails", the same hand-made bombs: "cocktails exploded".
            r"\bcocktails?(?= (?:exploded|explode|went off|were (?:hurled|thrown|exploded|"
            r"detonated))\b)|\bcocktail (?:explosions?|blasts?|attacks?)\b"
        ),
        EXPLOSIONS,
        "Grenade",
        0.8,
    ),
    Rule(
        "massacre",
        # One-sided killing that is never a battle: a massacre, executions, beheadings.
        _re(
            r"\b(?:massacr(?:e|es|ed|ing)|behead\w*|decapitat\w*|execut(?:ed|es|e|ing)|"
            # ("filed a murder case", "a murder trial": a proceeding, no killing told.)
            r"executions?|summarily killed|assassinat\w*|murder(?:ed|s|ing)?)\b"
            r"(?! (?:case|cases|charges?|trial|trials|probe|inquiry|investigation)\b)|"
            # "Maoists hacked a former sarpanch to death": the verb alone is the match.
            r"\b(?:hacked|stabbed|bludgeoned|clubbed|axed)(?= (?:[\w'’-]+ ){1,4}?to death\b)|"
            # Bodies left as a killer leaves them: "the bodies of five men were found dumped
            # on a highway", "a body bearing signs of torture".
            r"\b(?:bodies|corpses|body) (?:[\w-]+ ){0,6}?(?:dumped|dismembered|mutilated|"
            r"riddled with bullets|with (?:signs of torture|(?:gunshot|bullet|stab) wounds|"
            r"(?:their|his|her) hands tied)|bearing (?:signs|marks) of torture)\b|"
            r"\b(?:dismembered|mutilated|bullet-riddled|headless|tortured) (?:bodies|corpses|"
            r"body|remains)\b|\blifeless bodies\b|"
            # "The bodies of nine of the men arrested were found"; bodies found, then how
            # they died: "bodies were discovered … shot in the head".
            r"\b(?:bodies|corpses) of (?:[\w-]+ ){0,5}?(?:arrested|abducted|kidnapped|detained)\b|"
            r"\b(?:bodies|corpses) (?:of (?:[\w-]+ ){1,6}?)?(?:were |have been |had been )?"
            r"(?:found|discovered|recovered)\b(?=[^.;]{0,120}?\b(?:shot|bullets?|gunshots?|"
            r"killed|executed|hacked|machetes?|tortured|bound|stabbed|slit|beheaded)\b)|"
            # Latin American press: "two men were deprived of life by armed subjects".
            r"\bdepriv(?:ed|ing) (?:[\w-]+ ){0,3}?of (?:their |his |her )?li(?:fe|ves)\b"
        ),
        VIOLENCE_AGAINST_CIVILIANS,
        "Attack",
        0.75,
    ),
    Rule(
        "abduction",
        _re(
            r"\b(?:abduct(?:ed|ion|ions|s|ing)?|kidnapp?(?:ed|ing|ings|s)?|kidnaps|"
            r"tak(?:en|ing|e|es) hostages?|took (?:[\w-]+ ){0,3}?hostages?|held hostage|"
            # "held 12 passengers hostage for two days".
            r"held (?:[\w-]+ ){1,3}?hostages?\b|"
            r"forcibly disappeared|went missing|carted away|whisked away|"
            # "the dhow was seized by pirates off Qandala", "pirates hijacked a tanker": a
            # ship and its crew taken.
            r"(?:hijacked|seized|commandeered) by (?:[\w-]+ ){0,2}?pirates|"
            r"pirates (?:hijacked|seized|commandeered)|"
            # "Soldiers seized 12 villagers and forced them to carry their loads": people
            # taken, not a place.
            r"seized (?:(?:at least|more than|about|some|over|nearly) )?(?:\d{1,4}|two|three|"
            r"four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|several|scores of) "
            r"(?:villagers|civilians|residents|people|men|women|youths|farmers|passengers)\b|"
            # "are holding them for ransom", "took him to an unknown destination".
            r"(?:held|holding|hold|holds) (?:[\w-]+ ){1,3}?for ransom|"
            r"(?:took|taken|take|takes|taking|led|driven|drove) (?:[\w-]+ ){0,2}?to an unknown "
            r"(?:destination|location|place)|"
            # "was picked up from his shop by men in plainclothes", "bundled into a car by
            # unidentified men": an enforced disappearance.
            # (The agent is a look-ahead: the words between may name a place.)
            r"(?:picked up|bundled into an? (?:[\w-]+ )?(?:car|vehicle|van|pickup))"
            r"(?= (?:[\w-]+ ){0,5}?by (?:men in plain ?clothes|plain-?clothe[sd] men|unknown|"
            r"unidentified|masked|armed)\b)|"
            # "before marching the passengers into the bush": how bandits take captives.
            r"march(?:ed|ing) (?:them|him|her|the (?:[\w-]+ ){0,2}?[\w-]+) (?:away )?"
            r"(?:into|to) the (?:bush|forests?)|"
            # "was taken from his home by armed men", "taken away by gunmen".
            r"taken (?:away )?(?:from (?:his|her|their|the) (?:[\w-]+ )?(?:homes?|houses?) )?"
            r"(?:[\w-]+ ){0,3}?by (?:armed|unknown|masked|unidentified|heavily armed) "
            r"(?:men|gunmen|individuals|persons|people|assailants|attackers))\b"
        ),
        VIOLENCE_AGAINST_CIVILIANS,
        "Abduction/forced disappearance",
        0.8,
    ),
    Rule(
        # Captives set free: "bandits released 12 students abducted from a school". ACLED
        # codes the release as a strategic development, not a new abduction.
        "release",
        _re(
            r"\b(?:released|releases|freed|frees|set free) (?:[\w-]+ ){0,4}?(?:hostages?|"
            r"captives?|abductees|students|pupils|schoolgirls|schoolchildren|passengers|"
            r"villagers|workers|priests?|nuns?|missionaries|journalists?|tourists?|"
            r"(?:who|whom) (?:they|it|he) had (?:abducted|kidnapped|seized))\b"
        ),
        STRATEGIC_DEVELOPMENTS,
        "Other",
        0.5,
        # Captives of a kidnapping, not prisoners a court or a jail let go.
        requires=_re(r"\b(?:abduct\w*|kidnapp?\w*|hostages?|captives?|captors?|ransom)\b"),
    ),
    Rule(
        "sexual",
        _re(
            r"\b(?:rap(?:ed|ing|es)|rape of|sexual(?:ly)? (?:assault\w*|violence|abuse\w*))|"
            # A timeline's present tense: "two officers rape a woman".
            r"\brape(?=\s+(?:a|an|the|his|her|their|two|three|four|five|several|\d)\b)"
        ),
        VIOLENCE_AGAINST_CIVILIANS,
        "Sexual violence",
        0.8,
    ),
    Rule(
        "mob",
        _re(
            # A "flash mob" is a protest's form, a "mob boss" a gang's head.
            r"\b(?:lynch(?:ed|ing)|(?<!flash )mobs?(?! bosse?s?\b)|"
            r"mob (?:attack\w*|beat\w*|violence|justice)|"
            r"jungle justice)\b|"
            # Vigilantes are a mob's act only with one: "vigilantes beat the suspect"
            # ("a deadline for vigilantes to submit their firearms" is none).
            # "Four vigilantes were killed" are victims, not the mob.
            r"\bvigilantes? (?!(?:[\w-]+ )?(?:were|was|had been|have been|are|is)\b)"
            r"(?:[\w-]+ ){0,2}?"
            r"(?:killed|attacked|beat|beaten|lynched|burn\w*|stormed|shot|hacked|stoned|set)\b|"
            r"\b(?:beaten|burnt|burned|stoned|hacked) to death by (?:a |an )?(?:angry )?"
            r"(?:crowd|residents|villagers|youths)\b|"
            # "burnt to death for allegedly stealing a motorcycle": punished for a crime
            # they were said to have done, by no court: a mob's justice.
            r"\b(?:beaten|burnt|burned|stoned|lynched)(?= to death\b[^.;]{0,40}?"
            r"\b(?:for allegedly|over alleged|on suspicion|suspected of|accused of)\b)|"
            # "Angry residents set fire to the police station": a crowd's violence (a
            # force or a group that burns a building destroys property).
            r"\b(?:angry|irate|furious|enraged|incensed) (?:crowds?|residents|youths?|"
            r"villagers|locals|people|traders|students|relatives|motorcyclists)\b"
            r"(?=[^.;]{0,40}?\b(?:set fire|set ablaze|torched|burn(?:ed|t)|stormed|ransacked|"
            r"vandali[sz]ed|attacked|destroyed|looted|stoned|pelted|beat|lynched)\b)|"
            # "a crowd beat two men accused of trying to kidnap a child": a crowd's justice.
            r"\bcrowds? (?:of [\w-]+ )?(?:beat|lynched|stoned|hacked|burned|burnt)\b|"
            # "Thousands of people stormed the police station, beating 13 officers to
            # death": a crowd by its number, and what it did.
            r"\b(?:thousands|hundreds|scores) of (?:people|residents|villagers|locals|youths)\b"
            r"(?=\s+(?:[\w-]+\s+)?(?:set fire|set ablaze|torched|stormed|ransacked|attacked|"
            r"looted|stoned|lynched)\b)"
        ),
        RIOTS,
        "Mob violence",
        0.8,
    ),
    Rule(
        "riot",
        _re(
            r"\b(?:(?<!anti-)riot(?:s|ed|ers|ing)?(?!\s+(?:police|gear|squads?|shields?|"
            r"control|units?|officers))|(?:threw|throwing|hurled|hurling) (?:[\w-]+ and )?"
            r"(?:stones|rocks|petrol bombs|molotov\w*|bricks|bottles|fireworks|firecrackers|"
            r"projectiles|paving stones|objects|mud|chairs|(?:sticks of )?dynamite|"
            r"firebombs|homemade explosives)|stone-throwing|stone pelting|pelted|"
            r"petrol bombs|"
            r"molotov cocktails|"
            # "blocked the highway with burning tyres": a road barricaded with fire.
            r"(?:with|set up|erected|mounted) (?:[\w-]+ )?burning (?:tyres|tires|barricades)|"
            # "Unrest erupted in X", "the unrest spread to Y": its outbreak, not its mention.
            r"unrest (?:erupt(?:ed|s)|br(?:oke|eaks) out|beg(?:an|ins)|spread(?:s)?|flared))\b"
        ),
        RIOTS,
        "Violent demonstration",
        0.8,
    ),
    Rule(
        "breakin",
        # "Protesters broke into the parliament building": a demonstration turned violent
        # (thieves who broke into a shop are none: a crowd must be there).
        _re(
            r"\b(?:broke into|broke through the (?:gates?|doors?|fences?|barriers?|cordons?) "
            r"of|forced (?:their|its) way into)\b"
        ),
        RIOTS,
        "Violent demonstration",
        0.75,
        requires=_CROWD_WORDS,
    ),
    Rule(
        "excessive",
        _re(
            # Not "fired tear gas at protesters": that is an intervention, not lethal force.
            r"\b(?:fired|fires|shot|shoots|open(?:ed|s)? fire)\b(?! (?:water|tear|teargas|rubber|"
            r"stun|pepper|warning|plastic|flash|smoke|sound|paint|blank))[^.]{0,40}\b"
            r"(?:on|at|into) (?:the )?"
            r"(?:protest(?:ers|ors)|demonstrators|crowds?|marchers)\b|"
            # Forces firing guns at a demonstration: "members of the National Guard ...
            # aiming and firing pistols in clashes", "police fired live rounds".
            r"\b(?:police(?:men)?|soldiers|troops|guards?|National Guard|security forces|"
            r"officers|gendarmes|riot police)\b[^.]{0,80}?\b(?:fir(?:ed|es|ing)|shot|shooting) "
            r"(?:live (?:rounds|ammunition|bullets)|pistols|guns|rifles|handguns|firearms)\b"
        ),
        PROTESTS,
        "Excessive force against protesters",
        0.85,
        requires=_CROWD_RE,
    ),
    Rule(
        "protest_intervention",
        _re(
            # ("The protesters dispersed peacefully": of their own accord.)
            r"\b(?:tear gas|teargas|water cannons?|rubber bullets|"
            r"dispersed(?! (?:peacefully|quietly|calmly|on their own|of their own|voluntarily|"
            r"after|later|in the (?:evening|afternoon))\b)|broke up|batons|"
            r"stun grenades|suppressed|crack(?:ed)? down|"
            # South Asia's police charge with sticks: "police lathi-charged the students".
            r"(?:lathi|baton|cane)[- ]?charg(?:ed|es|e|ing))"
        ),
        PROTESTS,
        "Protest with intervention",
        0.8,
        requires=_CROWD_RE,
    ),
    Rule(
        "protest",
        _re(
            # Timelines write the present: "Hundreds demonstrate", "thousands march" (a
            # lower-case march: "8 March" is a date).
            r"\b(?:protest(?:s|ed|ers|ors|ing)?|demonstrat(?:e|es|ing|ion|ions|ors|ed)|"
            # Not "marched 25 worshippers into the bush": captives walked off.
            # ("called a mass rally in Kragujevac for Feb. 15": one to come, not held.)
            r"(?<!called a )(?<!called a mass )(?<!calls a )(?<!calling a )(?<!announced a )"
            r"(?<!called a new )(?<!called a nationwide )"
            r"rall(?:y|ies|ied|ying)|marched(?!\s+(?:\d|them\b|him\b|her\b|the (?:hostages|"
            r"captives|abductees|victims)\b|(?:two|three|four|five|six|seven|eight|nine|ten|"
            r"dozens|scores|hundreds)\b))|"
            # "before marching the passengers into the bush": captives walked off. ("the
            # National Day march past": a parade.)
            r"(?-i:march(?:es|ing)?)(?!\s+past\b)(?!\s+(?:them|him|her|the (?:[\w-]+ )?"
            r"(?:passengers|hostages|captives|abductees|victims|villagers|travellers|students|worshippers|"
            r"farmers|women))\b)|sit-ins?|"
            r"picket(?:ed|s|ers|ing)?|"
            r"strikers|"
            r"(?:general|hunger|flower) strikes?|hartals?|(?-i:bandhs?)|took to the streets|"
            # South Asia's closures in protest: "a complete shutter-down strike was
            # observed", "a wheel-jam strike".
            r"(?:shutter[- ]?down|wheel[- ]?jam)(?: strikes?)?|"
            # "walked to the Kotido district headquarters to demand better security": a
            # march to a seat of power with a demand.
            r"\b(?:walked|trekked|converged|streamed|flocked)(?= (?:[\w'’-]+ ){0,2}?(?:to|on) "
            r"(?:the )?(?:[\w'’-]+ ){0,4}?(?:headquarters|offices?|premises|residence|palace|"
            r"parliament|secretariat|gates?|state house|government house)\b[^.;]{0,30}?"
            r"\b(?:to demand|demanding|to protest|protesting|to press for|to call for)\b)|"
            # "gathered outside the press club to chant slogans against the tax".
            # ("chanting antigovernment slogans", "chanting anti-regime slogans".)
            r"(?:chant|chanted|chanting|shouted|shouting|raised|raising) (?:anti-?[\w-]+ )?"
            r"slogans|"
            r"block(?:ed|ing) (?:the |a )?"
            r"(?:main )?(?:roads?|highways?|streets?|bridges?|entrances?)|"
            # "blocked the Puno–Desaguadero highway", "blocked the Pan-American Highway",
            # "blocked Avenida Brasil": a named road.
            r"block(?:ed|ing) (?:the |a )?(?:(?-i:[A-Z])[\w'’.–-]* ){1,3}(?:roads?|highways?|"
            r"(?-i:Road|Highway|Expressway|Motorway)|expressway|motorway|bridge)|"
            r"blocked (?-i:Avenida|Avenue|Carretera|Route) |"
            # "used tear gas to clear a blockade set up by supporters of Evo Morales".
            r"(?:blockades?|barricades?|roadblocks?) (?:set up|erected|mounted|put "
            r"up|manned) by (?:[\w-]+ ){0,3}?(?:protesters|demonstrators|supporters|residents|"
            r"farmers|truckers|workers|miners|villagers|students|drivers|transporters|"
            r"activists|strikers)|"
            # A strike by workers, not from the air: "went on strike", "staged a flash
            # strike", "held a two-day strike".
            r"(?:went|go|goes|going) on (?:an? )?(?:[\w-]+ )?strike|"
            r"(?:staged|stage|stages|held|holds|began|observed|called) (?:a |an )?"
            # Not "called the strike a deliberate attack": a strike named, not one called.
            r"(?!(?:the|this|that|it|air|drone|missile|military|rocket|retaliatory|"
            r"pre-?emptive|precision|"
            r"deadly|fatal|lethal)\b)(?:[\w-]+ ){0,2}?strikes?|"
            # South Asia's "took out a torchlight procession".
            r"(?:held|holds|staged|(?:took|take|takes|taking) out) (?:a |an )?(?:[\w-]+ ){0,2}?"
            r"(?:vigil|procession)s?|"
            # (A party that boycotts the polls holds no demonstration by it.)
            r"boycott(?:ed|ing|s)? (?:[\w-]+ ){0,2}?(?:classes|lectures|courts?|proceedings|"
            r"work|exams)|"
            r"(?:closed|shut|shuttered) (?:down )?(?:their |all )?(?:shops|businesses|markets|"
            r"stores)|"
            # A political crowd's act, demand or not: "supporters of the opposition gathered",
            # "students occupied the rectorate" ("residents gathered at the scene" is none).
            r"(?:supporters|activists|partisans) (?:(?:of|from) (?:the )?(?-i:[a-z][\w-]*) "
            r"(?:(?-i:[a-z][\w-]*) )?)?(?:gathered|assembled|converged|occupied)\b|"
            r"(?:students|workers|teachers|farmers|miners|employees|strikers) (?:(?:of|from) "
            r"(?:the )?(?-i:[a-z][\w-]*) (?:(?-i:[a-z][\w-]*) )?)?occupied\b|"
            # A crowd's act with a demand: "gathered in Niamey to demand the departure of
            # foreign troops", "blocked the highway to demand", "occupied a farm to demand
            # land reform", "gathered in support of the captain".
            # The verb alone is the match, so that the place after it stays a place.
            # "carried the bodies of the victims through the streets … to demand protection".
            r"(?:gathered|assembled|converged|massed|blocked|occupied|barricaded|"
            r"carried (?:the )?(?:bodies|coffins|corpses))\b"
            r"(?=[^.;]{0,80}?\b(?:to (?:demand|denounce|condemn|call for|press for|oppose|"
            r"reject|express|voice)|demanding|in (?:support|solidarity) (?:of|with))\b))\b"
        ),
        PROTESTS,
        "Peaceful protest",
        0.75,
    ),
    Rule(
        "clash",
        _re(
            # Not a dispute's words: "the candidates clashed over how to tackle crime",
            # "ministers clashed over the budget", "a verbal clash".
            r"(?<!verbal )\bclash(?:es|ed|ing)?\b(?!\s+(?:verbally|over (?:how|whether|what|who|"
            r"which|(?:the |a )?(?:budget|policy|policies|bill|law|reforms?|plans?|proposals?|"
            r"strategy|economy|taxe?s|tariffs?|appointments?|agenda|draft|amendments?|"
            r"constitution|issue|question|future|direction)\b)))|"
            r"\bfirefights?\b|\bgun ?(?:battles?|fights?)\b|"
            # "Combats between the ELN and the 10th Front": Spanish "combates", translated.
            # South Asia's press: "incidents of firing between security forces and armed
            # groups took place in two places" (a crowd fired on is no such pair).
            # (The two sides in a look-ahead, one branch with "combats": the gate's words
            # stay few.)
            r"\b(?:combats?|firing(?= between (?:the )?(?:[\w-]+ ){0,3}?(?:forces|troops|police|"
            r"army|soldiers|militants|rebels|insurgents|groups|gunmen|militias|militiamen|"
            r"fighters|volunteers|cadres)\b)) between\b|"
            # A general staff's summary: "the enemy tried to advance near Torske seven
            # times", "stopped 52 assault actions near Udachne".
            # "rebels are attempting to regain control of the areas they lost": a fight
            # for the place, which no one has yet taken (ACLED: an armed clash).
            # (The aim alone is the match: the gate's words stay few.)
            r"(?:(?<=\btried to )|(?<=\battempted to )|(?<=\btrying to )|"
            r"(?<=\battempting to )|(?<=\battempt to )|(?<=\battempts to ))(?:advance|capture|"
            # (Not "trying to seize power": no place in it.)
            r"recapture|seize|retake|regain control|take control|take back)\b"
            r"(?! (?:power|the initiative|office|the presidency)\b)|"
            r"\bassault actions?\b|"
            # "killed in a shootout near Gubden", "a shoot-out with police" (a prison's
            # "shootout between four pavilions" is a riot's: see _GUNFIGHT_BETWEEN_RE).
            # (The word first: a branch that began with "in" would be tried at every "in"
            # of every sentence the rule's gate lets through.)
            r"\bshoot-?outs?\b(?!\s+between\b)|"
            r"\breturned fire\b|\b(?:by|in|with) return fire\b|"
            # "Three militants were neutralised during a counter-terrorist operation": a
            # fight, when someone fell in it (the "CTO regime" alone is a legal status).
            r"\bcounter-?terror(?:ist|ism)? (?:operations?|raids?)\b(?=[^.;]{0,80}?\b(?:killed|"
            r"neutrali[sz]ed|eliminated|dead|died|wounded|injured)\b)|"
            r"\b(?:killed|neutrali[sz]ed|eliminated|died|wounded|injured)\b[^.;]{0,60}?"
            r"\bcounter-?terror(?:ist|ism)? (?:operations?|raids?)\b|"
            r"\bexchange(?:d|s)? (?:of )?(?:gun)?fire\b|\bskirmish(?:es)?\b|\bheavy fighting\b|"
            r"\bfighting (?:broke out|erupted|raged|continued|flared|resumed|between|spread|"
            r"reached|intensified|escalated)\b|"
            # A timeline's present tense: "Fighting erupts between rival armed groups".
            r"\bfighting (?:breaks out|erupts|rages|flares|resumes)\b|"
            # "Fighting has been raging since Tuesday between …".
            r"\bfighting (?:has|had) been (?:raging|going on|continuing|ongoing)\b|"
            r"\bfought\b|\bcrossfire\b|\bbattle (?:of|for)\b|"
            # The Latin American press's word: "a confrontation between armed groups",
            # "an armed confrontation with soldiers" (not a verbal one).
            r"\bconfrontations? (?:between|among) (?:[\w-]+ ){0,3}?(?:groups|gangs|cartels|"
            r"factions|militias|forces|troops|soldiers|police|rebels|dissidents|fighters)\b|"
            # ("violent confrontations erupted between the Eighth Brigade and a local
            # group": the fury a fight takes, as for "battle" below.)
            # (The words in look-behinds: the gate's words stay few.)
            r"(?:(?<=\barmed )|(?<=\bviolent )|(?<=\bfierce )|(?<=\bheavy )|(?<=\bintense )|"
            r"(?<=\bbloody )|(?<=\bdeadly ))confrontations?\b|"
            # "after a six-hour battle", "a fierce battle": a fight, told by the words a
            # fight's length or fury takes (not "a legal battle", "an uphill battle").
            r"\b(?:\w+-(?:hours?|days?)|hours?-long|day-long|fierce|heavy|intense|deadly|bloody|"
            r"pitched|brief|prolonged|violent|running) battles?\b|"
            # South Asia's word for a gunfight: "an encounter with militants", "an encounter
            # broke out"; not "a chance encounter with the minister".
            r"\bencounters? (?:between|with) (?:the )?(?:[\w-]+ ){0,3}?(?:security|forces|"
            r"troops|police|army|soldiers|jawans|personnel|militants|rebels|insurgents|"
            r"terrorists|gunmen|bandits|maoists|naxal\w*|cadres|ultras|dacoits)\b|"
            r"\bencounters? (?:broke out|erupted|ensued|started|took place|is underway)\b|"
            # "in another engagement near Miranshah": a fight of soldiers, not a wedding's.
            r"\b(?:another|a separate|a second|a fresh|a new|the) engagements?(?= (?:near|in|at|"
            r"with|between)\b)|"
            # "killed in an encounter near Konta": South Asia's gunfight, told of its dead.
            r"\b(?:killed|died|dead|injured|wounded|gunned down|shot dead) in (?:an?|the) "
            r"(?:fierce |fresh |brief )?encounter\b|"
            # "destroyed a Ukrainian sabotage group", "clearing infiltration groups from X".
            r"\b(?:destroyed|eliminated|neutrali[sz]ed|clearing|cleared|repelled|wiped out) "
            r"(?:[\w-]+ ){0,2}?(?:sabotage|infiltration|reconnaissance|assault)(?: and "
            r"reconnaissance)? (?:groups?|units?|teams?|squads?)\b|"
            # A front line's daily report: "repelled 40 Russian assaults near Pokrovsk".
            r"\brepel(?:led|s|ling)? (?:[\w-]+ ){0,3}?(?:assaults?|attacks?|offensives?|"
            r"advances?|aggressions?|incursions?|ambush(?:es)?|raids?|"
            r"attempts? to (?:advance|break through|storm))\b|"
            # "fighting in and around the town killed 12": the verb alone is the match.
            # ("fighting in the capital Tripoli between rival militias has left 13 dead".)
            r"\bfighting(?= (?:in|around|near|inside)(?: and around)? [^.;]{1,60}?\b(?:killed|"
            r"left \d+|wounded|injured)\b)|"
            # "Five people were killed in fighting in El Geneina".
            r"\b(?:killed|died|wounded|injured|dead) (?:in|during) (?:the )?(?:heavy |fierce |"
            r"renewed |intense |ongoing |new )?fighting\b|"
            # "troops were fighting with armed men": fighting an armed party, not corruption.
            r"\b(?:fighting|battling) (?:with |against )?(?:the )?(?:[\w-]+ ){0,2}?(?:armed men|"
            r"gunmen|militants|rebels|insurgents|fighters|jihadists|terrorists|militiamen)\b|"
            # (Not Russia's name for its war: "the special military operation in Ukraine".)
            r"\b(?:offensive|counter-?offensive|(?<!special )military operation|combat operations?|"
            r"siege) (?:on|against|to|in|of)\b|\bsiege of\b|\blaunch(?:es|ed)? an offensive\b|"
            r"\b(?:prison|jail) (?:break|escape|breaks)\b|\bjailbreak\b|\binsider attacks?\b|"
            r"\bgreen-on-blue\b|\binfiltrat(?:e|ed|ion)\b|"
            rf"\binvad(?:e|ed|es)\b(?!{_INVADED_SETTLEMENT})|\bmutin(?:y|ied)\b|"
            # "tried to storm Goma but were repulsed by the army": a failed assault is a fight.
            # ("Protesters were pushed back by police" is a crowd's, not a fight.)
            r"\b(?:were|was|been|being) (?:repulsed|repelled|beaten back|fought off)\b|"
            # The Sahel armies' word for fighting back: "the riposte of the FDS neutralised
            # 32 terrorists", "our forces riposted vigorously".
            r"\bripost(?:ed|ing|e of|e by)\b|"
            # "killed in a tribal conflict in Maysan", "a clan feud": armed tribesmen fight.
            r"\b(?:(?:inter-?)?tribal|(?:inter-?)?clan) (?:conflicts?|feuds?|disputes?|fighting|"
            r"war|wars|violence)\b"
        ),
        BATTLES,
        "Armed clash",
        0.8,
    ),
    Rule(
        "clash",
        # An army's and a police force's words for a fight, a rule of their own so that
        # each keeps its gate (the words a sentence must hold to be searched).
        _re(
            # An army's press release: "dealt decisively with scores of terrorists in
            # their failed incursion to Damboa": a fight told by the side that won it.
            r"\b(?:failed|foiled|attempted|thwarted|botched|aborted) incursions? (?:in)?to\b|"
            r"\bdealt (?:decisively|ruthlessly|squarely|heavily) with (?:[\w'’()-]+ ){0,8}?"
            r"(?:terrorists|insurgents|militants|bandits|rebels|gunmen|attackers|criminals)\b|"
            # "troops neutralised two insurgents", "eliminated five khawarij": an army's
            # word for the fighters it killed, a fight (not a count of a strike's dead).
            r"\b(?:neutrali[sz]ed|eliminated|put out of action) (?:at least |about |some |over "
            r"|more than )?"
            r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|"
            r"scores of|dozens of|(?:[a-z]+ )?(?:hundreds?|dozens?) of) (?:[\w()-]+ ){0,4}?"
            r"(?:terrorists?|insurgents?|militants?|bandits?|rebels?|fighters?|gunmen|"
            r"kidnappers?|khawarij|assailants?|criminals|attackers?)\b|"
            # "troops encountered more or less 10 rebels": the army's word for meeting the
            # enemy; the armed group is in the match, so "encountered difficulties" is not.
            r"\bencountered (?:[\w-]+ ){0,4}?(?:[\w-]+-)?(?:terrorists?|rebels?|militants?|"
            r"insurgents?|gunmen|bandits?|guerrillas?|npa|maoists?|naxal\w*|cadres?|"
            r"fighters|armed (?:men|group|elements))\b"
        ),
        BATTLES,
        "Armed clash",
        0.8,
    ),
    Rule(
        "regain",
        _re(
            # Not what is tried ("attempting to regain control": see the fight's rule),
            # nor a group's name ("the Forces for the Liberation of Rwanda").
            r"(?<!tried to )(?<!trying to )(?<!attempted to )(?<!attempting to )"
            r"(?<!attempt to )(?<!attempts to )"
            r"\b(?:recaptur(?:ed|es|e|ing)|retook|retak(?:e|es|en|ing)|reclaim(?:ed|ing|s)?|"
            r"regain(?:ed|s)? (?:full )?control|liberat(?:ed|es)|(?<!for the )liberation of|"
            r"took back)\b"
        ),
        BATTLES,
        "Government regains territory",
        0.7,
        # "land reclaimed from cattle ranchers", "the liberation of women": no armed force
        # took anything.
        requires=_re(
            r"\b(?:forces|troops|army|soldiers|military|fighters|militants|rebels|militias?|"
            # A defence ministry's own units: "Units of the Center battlegroup liberated".
            r"units|battlegroups?|brigades?|battalions?|regiments?|servicemen|paratroopers|"
            r"marines|"
            r"insurgents|police|regime|government|offensive|junta|Tatmadaw|(?-i:SAA|PMF|SNA|"
            r"FAMa|FARDC|SAF|ENDF|KDF|UPDF|FDS|ANA|IDF|M23|RSF|SDF|JNIM|ISWAP))\b"
        ),
    ),
    Rule(
        "overtake",
        # Taking a place: the object is a kind of place or a capitalised name; who took it
        # (state forces or not) decides the sub-type in type_of_event.
        _re(
            r"\b(?:(?:captur(?:ed|es|e|ing)|seiz(?:ed|es|e|ing)|t(?:ake|akes|aking|aken|ook) "
            r"(?:full )?control of|t(?:ake|akes|aking|aken|ook) over|overr(?:an|un|uns|unning)|"
            r"declared? (?:full )?control (?:of|over)|completed the capture of|capture of|"
            # ACLED's own verb: "RSF forces overtook Singa" (not "overtaken by events").
            r"overt(?:ook|akes?|aking)|"
            # "MNDAA claims full control of Lashio", "rebels now in full control of Goma".
            r"claim(?:s|ed|ing)? (?:full |complete |total )?control (?:of|over)|"
            r"(?:now|are|is|were|was) in (?:full |complete |total )?control of|"
            # "insurgents occupied Macomia" (not "the occupied West Bank": see
            # _STATE_NOT_ACT_BEFORE).
            # ("regard the West Bank as occupied territory": a status, no act.)
            r"takeover of|occup(?:ied|ies|y|ying)(?! (?:[\w-]+ )?territor(?:y|ies)\b))"
            r"(?= (?:the |a |an |several |\d+ |two |three |four |five |six |seven )?"
            r"(?:[\w'’-]+ ){0,3}?(?:towns?|villages?|city|cities|hills?|hilltops?|base|airbase|"
            r"airports?|district|region|settlements?|positions?|heights?|area|areas|territory|"
            r"outposts?|neighbou?rhoods?|bridges?|dam|prisons?|palace|headquarters|"
            r"locations|barracks|strongholds?)\b|"
            # "seized the main police station", "overran a junta camp" (not "seized drugs
            # at a camp": no word of place or time between).
            r" (?:the |a |an )?(?:(?!(?:at|in|on|from|near|inside|during) )[\w'’-]+ ){0,2}?"
            r"(?:police stations?|camps?|garrisons?|military posts?|army posts?|border posts?)\b|"
            # Not "took over from Bruce Forsyth as the presenter", "captured in Chattanooga"
            # (people taken where they were, not a place taken).
            r" (?:the |control of |full control of )?"
            r"(?:(?!(?:from|as|in|at|on|near|after|during|with) )[a-z]+ ){0,2}?(?-i:[A-Z]))|"
            r"seized control|took control|overran|"
            # "the army pushed the fighters out of the town": the place is the pusher's.
            r"(?:pushed|drove|chased|flushed|kicked) (?:the |all )?(?:[\w'’-]+ ){0,3}?"
            r"(?:fighters|militants|rebels|insurgents|militiamen|militias?|jihadists|"
            r"terrorists|gunmen|attackers|troops|soldiers|forces|army) out of(?= )|"
            # "Nyabiondo fell into the hands of M23 rebels".
            r"fell (?:in)?to the hands of|"
            # "Federal forces take the village of Serzhen-Yurt": a kind of place taken
            # (not "took Ahmed to hospital": no name alone after the bare verb).
            r"t(?:ake|akes|aking|ook)(?= (?:the |a |an |several |\d+ |two |three )?"
            r"(?:[\w'’-]+ ){0,2}?(?:towns?|villages?|city|cities|hills?|hilltops?|airbase|"
            r"airports?|districts?|settlements?|outposts?|strongholds?|barracks)\b))\b"
        ),
        BATTLES,
        "Non-state actor overtakes territory",
        0.7,
    ),
    Rule(
        "killing",
        # An agent that kills: "militants killed five", "killed by gunmen"; the target
        # decides the type, as for "attack".
        _re(
            r"\b(?:killed|shot dead|gunned down|hacked to death|burned alive) by (?:[\w-]+ ){0,3}?"
            r"(?:militants|gunmen|bandits|soldiers|troops|forces|rebels|insurgents|jihadists|"
            r"terrorists|attackers|militiamen|militias?|police|herdsmen|assailants|raiders)\b|"
            r"\b(?:militants|gunmen|bandits|rebels|insurgents|jihadists|terrorists|attackers|"
            r"militiamen|militias?|herdsmen|assailants|raiders|fighters) (?:kill(?:s|ed)?|"
            r"shot|shoot|gun(?:s|ned)? down|hacked)\b"
        ),
        ATTACK,
        "",
        0.6,
    ),
    Rule(
        "attack",
        _re(
            r"\bcame under (?:(?:heavy|small[- ]arms|sniper|automatic|machine[- ]gun|"
            r"intense|gun) )?(?:fire|attack)\b|\bopened fire\b|\bfired (?:on|at|upon)\b|"
            # The Colombian and Mexican press's "hostigamiento": "the police station was
            # harassed with rifle fire".
            r"\bharass(?:ed|ing)? with (?:[\w-]+ )?(?:fire|gunfire|shots|explosives)\b|"
            r"\bshot (?:dead|and killed|at|to death)\b|\bshot\b|"
            # (Not "said in an ambush interview": the Philippine press's doorstep one.)
            r"\bambush(?:ed|es)?\b(?! interviews?\b)|\bgunmen\b|"
            r"\bgunfire\b|\bsniper fire\b|\bsmall[- ]arms fire\b|\bstabbed\b|\bstabbings?\b|"
            r"\bbeaten(?: to death)?\b|\bbeat (?:[\w'’-]+ ){0,4}to death\b|\battack(?:ed|s|ing)?\b|"
            r"\bbeating (?:[\w'’-]+ ){0,4}?to death\b|"
            r"\braid(?:ed|s)?\b|\bstormed\b(?! (?:out|off|through|away|back)\b)|"
            # ("handed over 120 AK-47 assault rifles": a kind of gun, no assault.)
            r"\bstorm(?:s|ing)? the\b|\bassault(?:ed)?\b(?! (?:rifles?|weapons?|guns?|boats?|"
            r"craft|vehicles?|helicopters?|teams?|troops|brigades?|units?|squads?|forces))|"
            # "Bandits invaded the village": a raid on its people, typed by its target
            # ("Russia invaded Ukraine" is a war's: rule "clash").
            rf"\binvad(?:e|ed|es)\b(?={_INVADED_SETTLEMENT})|"
            # A timeline's present: "militants storm Mora" (a capitalised place after it;
            # "Storm Daniel" and "a storm hit" are weather).
            r"\b(?-i:storms?) (?=(?-i:[A-Z][a-z]))|"
            r"\btargeted\b|\bshooting\b|"
            # Beatings and torture: "soldiers beat and injured three fishermen", "beat up".
            r"\bbeat (?:up|and (?:injured|wounded))\b|\btortur(?:ed|ing)\b|\bflogged\b|"
            r"\bwhipped\b"
        ),
        ATTACK,
        "",
        0.65,
    ),
    Rule(
        "explosion",
        _re(r"\bexplosions?\b|\bblasts?\b|\bexploded\b|\bdetonat(?:ed|ion)\b"),
        EXPLOSIONS,
        "Remote explosive/landmine/IED",
        0.6,
    ),
    Rule(
        "looting",
        _re(
            # "set them on fire" burns people, not property: a lynching or an attack.
            # ("accused Rwanda of looting minerals": a country's wealth plundered over
            # years, no event.)
            r"\b(?:looted|looting(?! (?:of )?(?:the (?:country|region)['’]s |its |their )?"
            r"(?:minerals|mineral resources|natural resources|resources|wealth|gold|oil)\b)|"
            r"torched|set fire to|"
            r"set (?!(?:them|him|her|themselves|himself|herself|the (?:men|man|suspects?|"
            r"victims?|thie(?:f|ves)|wom[ae]n|boys?))\b)(?:\w+ ){0,2}on fire|set ablaze|"
            # "set cars alight", "set a bus alight" (not people: "set him alight").
            r"set (?!(?:them|him|her|themselves|himself|herself)\b)(?:\w+ ){1,2}alight|"
            # Cattle stolen: "stole around 200 head of cattle from herders".
            r"(?:stole|stolen|rustled|looted|took away|carried away|made off with) "
            r"(?:[\w-]+ ){0,5}?(?:cattle|cows|livestock|goats|sheep|camels|herds?)|"
            # "Five vehicles were burned in Tlajomulco": property burned, told passive.
            r"burned down|burnt down|ransacked|vandali[sz]ed|arson|(?:houses|homes|huts|shops|"
            r"vehicles|cars|trucks|buses|buildings|businesses|stores|motorcycles)"
            r" (?:\w+ ){0,4}?(?:were|was) (?:burnt|burned|destroyed|torched|set ablaze|"
            r"set on fire|set alight)|"
            # "troops burned about 200 houses".
            # An object, not an adjective: "the burned houses stood" tells no act.
            # "burned shops and homes" too, but not "the burned houses".
            r"(?<!the )(?<!a )(?:burned|burnt) (?:(?:about|some|around|nearly|over|more than|"
            r"at least) )?"
            r"(?:(?:\d[\d,]*|a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|"
            # ("burned Mon Taing Pin village": a village's name of three words.)
            r"dozens of|hundreds of|scores of|many|their|his|her) )?(?:[\w-]+ ){0,3}?"
            r"(?:houses?|homes?|huts?|shops?|buildings?|villages?|properties|vehicles?|cars?|"
            r"trucks?|lorries|buses|motorcycles?|tankers?|granaries|crops|schools?|churches|"
            # "Hoodlums burned a police station".
            r"church|mosques?|(?:police )?stations?|offices?|markets?))\b|"
            # "Israeli forces demolished four homes in Qabatiya": a state's destruction.
            r"\b(?:demolished|demolish(?:es|ing)?|bulldozed|razed)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:houses|homes|structures|shops|buildings|shelters|tents|house|home|building)\b|"
            # "settlers chopped down 300 olive saplings", "uprooted dozens of trees": a
            # livelihood destroyed.
            r"\b(?:cut|chopped|uprooted|felled|sawed|sawn|destroyed|burned|burnt)\s+(?:down\s+)?"
            r"(?:[\w,-]+\s+){0,3}?(?:olive\s+|fruit\s+|almond\s+|palm\s+)?(?:trees|saplings|"
            r"seedlings|orchards|groves|vines)\b|"
            # "Several shots were fired into the campaign office", "fired shots at the
            # party's headquarters": a building shot at (no one hurt is told apart).
            r"\b(?:shots|bullets|rounds)\s+(?:were\s+)?(?:fired\s+)?(?:into|at)\s+"
            r"(?:the\s+|a\s+|an\s+|our\s+|their\s+|his\s+|her\s+|its\s+)?(?:[\w'’-]+\s+){0,4}?"
            r"(?:office|offices|home|homes|house|houses|building|headquarters|shop|shops|"
            r"premises|windows?|facade)\b"
        ),
        STRATEGIC_DEVELOPMENTS,
        "Looting/property destruction",
        0.65,
    ),
    Rule(
        # An agreement between the parties, made: "signed a ceasefire agreement in
        # Jeddah". Talks towards one, or agreements on trade, are no event.
        "agreement",
        _re(
            # One side announcing a ceasefire agrees with no one.
            r"\b(?:signed|signs|sign|inked|concluded|agreed (?:to|on|upon)|agreed|reached) "
            r"(?:a |an |the )?"
            r"(?:[\w-]+ ){0,2}?(?:ceasefire|cease-fire|truce|peace (?:agreement|deal|accord|"
            r"treaty)|prisoner (?:exchange|swap))\b|"
            r"\b(?:ceasefire|cease-fire|truce|peace (?:agreement|deal|accord)) (?:was|were|has "
            r"been|had been) (?:signed|agreed|concluded)\b|"
            # Two parties that announce one together: "the Taliban and the government
            # announce a three-day ceasefire".
            r"\band (?:the )?(?:[\w'’-]+ ){1,3}?(?:announced?|declared?) (?:a |an )?"
            r"(?:[\w-]+ ){0,2}?(?:ceasefire|cease-fire|truce)\b|"
            # "signed an agreement in Pasto on a ceasefire", "signed a document on the
            # disarmament of": an agreement whose matter is the conflict.
            r"\b(?:signed|signs|inked|concluded) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:agreement|"
            r"accord|deal|memorandum|document|protocol)\b(?=[^.;]{0,80}?\b(?:ceasefire|"
            r"cease-fire|truce|peace|disarm\w*|demobili[sz]\w*|surrender|hostilities)\b)|"
            # "the Houthis and the government agreed to reopen the road linking Al Hawban
            # with Taizz": the parties' deal on a front line.
            # (Not "agreed to open a settlement center in the Municipal Council building":
            # an office opened is no front line's deal.)
            r"\bagreed to (?:(?:re-?open|open) (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:roads?|"
            r"highways?|crossings?|corridors?|routes?|borders?|passages?|checkpoints?)\b|"
            r"lift the (?:siege|blockade) of|exchange)\b"
        ),
        STRATEGIC_DEVELOPMENTS,
        "Agreement",
        0.6,
    ),
    Rule(
        "base",
        _re(
            r"\b(?:established|establishes|set up|sets up|setting up|opened|opens|built) "
            r"(?:a |an |the |its |their )?(?:new )?(?:permanent )?(?:(?:military |army |forward |"
            r"operating |command )?(?:bases?|headquarters|outposts?|garrisons?|detachments?)|"
            # A camp is a base only as the army's: "set up a protest camp" is no base.
            r"(?:military|army) camps?)\b|"
            # ... or an armed group's: "JNIM fighters established a camp in the bush".
            r"\b(?:fighters|militants|jihadists|insurgents|rebels|bandits|gunmen|militiamen) "
            r"(?:have |had )?(?:established|set up) (?:a |an |their |its )?(?:new )?"
            r"(?:[\w-]+ )?camps?\b"
        ),
        STRATEGIC_DEVELOPMENTS,
        "Headquarters or base established",
        0.6,
    ),
    Rule(
        # Territory left or handed over without a fight (typed with "overtake").
        "transfer",
        _re(
            r"\b(?:withdrew|withdrawn|pulled out|retreated) from (?:the (?:town|city|village|"
            r"base|camp|district) of |(?:the|its|their) (?:town|city|village|base|camp)\b|"
            r"their positions\b|"
            r"(?-i:[A-Z])[\w'’-]+(?= *[,.;]| and\b| on\b| after\b))|"
            r"\bhanded over (?:the (?:town|city|village|base|camp)|control of)\b|"
            # "MINUSMA handed over its camp in Ménaka to the Malian army".
            r"\b(?:handed|hands|handing) over (?:its|their|the) (?:[\w-]+ )?(?:camps?|bases?|"
            r"positions?|posts?)\b|"
            # "withdrew from its camp in Tessalit and handed it over to the army".
            r"\b(?:handed|hands|handing) (?:it|them) over to\b|"
            # The verb alone is the match: the place it names stays the event's place.
            r"\b(?:entered|moved into|took over|took control of|seized|captured)(?= "
            r"(?:[\w'’-]+ ){0,7}?without (?:meeting |encountering |facing )?(?:a |any )?"
            r"(?:fight|fighting|resistance|a shot being fired)\b)|"
            # "entered Walikale town after FARDC troops withdrew": the town left to them.
            r"\b(?:entered|moved into|took over|took control of)\b(?=[^.;]{0,60}?\bafter "
            r"(?:the )?(?:[\w-]+ ){0,3}?(?:troops|forces|soldiers|army|fighters|rebels|"
            r"militants) (?:had )?(?:withdrew|withdrawn|pulled out|retreated|fled|left)\b)"
        ),
        STRATEGIC_DEVELOPMENTS,
        "Non-violent transfer of territory",
        0.55,
        requires=_re(
            r"\b(?:forces|troops|army|soldiers|military|fighters|militants|rebels|militias?|"
            r"insurgents|(?-i:M23|FARDC|SAF|RSF|FAMa|SNA|JNIM|ISWAP|SDF|CMA|HTS))\b"
        ),
    ),
    Rule(
        "arrest",
        _re(
            # "relatives of detained soldiers": a state, not an arrest told.
            # "was not allowed to meet detained State Counsellor Aung San Suu Kyi": a
            # person held, named by a title, not an arrest told.
            # ("the arrested people were involved in…": those of an arrest told, named.)
            r"\b(?:(?<!the )(?<!those )arrested|arrest(?:ing|s)|(?<!of )(?<!the )(?<!their )"
            r"(?<!meet )(?<!visit )"
            r"(?<!visited )(?<!met )(?<!free )(?<!release )detained|arrests of|"
            r"rounded up|detentions)\b|"
            # A timeline's present tense, with its count: "Police arrest 120 people".
            r"\b(?:arrest|detain)(?=\s+(?:\d|dozens\b|hundreds\b|scores\b|several\b|more than\b|"
            r"at least\b|about\b|over\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|"
            r"nine\b|ten\b))|"
            # People captured are arrested, not territory taken: "captured two militants",
            # "reports the capture of X, a senior commander".
            r"\b(?:captur(?:ed|es|e|ing)|capture of)(?=" + _CAPTIVES_AFTER + r")|"
            # The Romance order, the place before the person: "agents captured in La Ceiba
            # a man known as 'El Flaco'".
            r"\bcaptur(?:ed|es|e|ing)(?= in (?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,3}"
            r"(?:" + _CAPTIVES_AFTER + r"|,? (?:a|an|two|three|four|five|\d+) (?:[\w-]+ )?"
            r"(?:man|woman|men|women|youths?|individuals?|persons?|people)\b))|"
            # "alias 'el Mono', who was captured on 17 January in Tumaco": a person taken.
            r"\b(?:who|he|she|they) (?:was|were|had been) (?:captured|apprehended|nabbed)\b|"
            # "six members of the resistance front were captured by the Taliban".
            r"\b" + _CAPTIVE_ROLES + r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?\s*"
            r"(?:were|was|had been|have been|has been) (?:captured|apprehended|nabbed)\b|"
            r"\b(?:apprehended|nabbed)\b|"
            # "The army announced on Monday the arrest of 12 collaborators"; "the operation
            # ended with the arrest of six suspected members".
            r"\b(?:announced|reported|confirmed)(?: (?:on|late on|early on) \w+day)? the "
            r"arrest of\b|"
            r"\b(?:ended|ending|concluded|resulted|resulting|culminated) (?:with|in) the "
            r"arrests? of\b|\bled to the arrests? of\b"
        ),
        STRATEGIC_DEVELOPMENTS,
        "Arrests",
        0.6,
    ),
)

# "Traders gathered in Kano to protest taxes", "closed their shops to protest": the
# protest is the purpose of an act told, not an intention.
_PROTEST_ACT_BEFORE_RE: Final = _re(
    r"\b(?:gathered|assembled|converged|marched|rallied|closed|shut|shuttered|blocked|"
    r"boycotted|stayed away|took to the streets|staged|held|walked out|went on strike|"
    # "students burned tyres in Dakar to protest the postponement": a riot's purpose.
    r"burned|burnt|torched|set fire|set ablaze|barricaded|pelted)\b"
    r"[^.;]{0,80}\bto $"
)


ARREST_FOR_A_CRIME: Final = "an arrest for a crime"
_ARRESTED_FOR_RE: Final = _re(
    r"\b(?:arrested|detained|captured|apprehended)\b[^.;]{0,140}?\b(?:in connection with|"
    r"suspected of|accused of|on suspicion of|on charges of|for (?:the|his|their|her)|"
    # "captured a man … who allegedly participated in the attack".
    r"(?:participated|took part|was involved|were involved) in)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:killing|killings|murder|murders|attack|attacks|"
    r"shooting|kidnapping|abduction|bombing|robbery|lynching|massacres?|ambush|raid)\b"
    # "detained a Russian agent who was guiding missile strikes on the city", "arrested a
    # man who had planted a bomb": what the suspect did, told in a relative clause.
    r"|\b(?:arrested|detained|captured|apprehended)\b[^.;]{0,60}?\b(?:who|that)\s+"
    r"(?:(?:had|has|have|was|were|allegedly|reportedly)\s+){1,2}(?:been\s+)?"
    r"(?:planted|plant(?:ing)?|guid(?:ing|ed)|adjust(?:ing|ed)|spott(?:ing|ed)|"
    r"carri(?:ed|ing) out|plann(?:ing|ed)|prepar(?:ing|ed)|attack(?:ed|ing)|kill(?:ed|ing)|"
    r"shot|shooting|set(?:ting)? fire|burn(?:ed|t|ing)|transmitt(?:ing|ed)|pass(?:ing|ed)|"
    r"spying|collect(?:ing|ed)|smuggl(?:ing|ed)|supply(?:ing)?|supplied)\b"
)


def _protest_purpose(rule: Rule, text: str, start: int) -> bool:
    return (
        rule.name == "protest"
        and text[max(0, start - 3) : start] == "to "
        and _PROTEST_ACT_BEFORE_RE.search(text, max(0, start - 100), start) is not None
    )


_TORTURE: Final = ("tortur", "flogg", "whipp")
_WITHOUT_FIGHT_RE: Final = _re(
    r"\bwithout (?:a |any )?(?:fight|fighting|resistance|a shot being fired|bloodshed)\b"
)
# The state's forces that police a crowd ("the prime minister's office" is none).
_STATE_SHOOTERS_RE: Final = _re(
    r"\b(?:police(?!\s+(?:officers?\s+)?(?:said|say|says|spokes\w+))|soldiers|troops|army|"
    r"security forces|military|gendarm\w*|riot police)\b"
)
_CROWD_ATTACKERS_RE: Final = _re(
    r"\b(?:gunm[ae]n|gang members?|gangs?|gangsters|militia members|militiam[ae]n|"
    r"(?-i:Imbonerakure)|assailants?|armed men|bandits|militants?)\b"
)
_PARTISANS_ATTACKED_RE: Final = _re(
    r"\b(?:activists|supporters|cadres|loyalists|thugs|youths|partisans|hooligans|"
    r"counter-protesters|masked men|men in masks)\b[^.;]{0,60}?"
    r"\b(?:attacked|assaulted|beat|charged at|set upon|stormed|chased)\b[^.;]{0,30}?"
    r"\b(?:protesters|protestors|demonstrators|marchers|rally|procession|students)\b"
)
_BLEW_UP_RE: Final = _re(
    r"\b(?:explo(?:ded|sion|sions)|blasts?|detonat\w*|went off|blew (?:himself|herself|"
    r"themselves|up)|killed|killing|dead|died|injur\w*|wound\w*)\b"
)
_SEIZED_BEFORE_RE: Final = _re(
    r"\b(?:seized|recovered|confiscated|found|defused|discovered)\b[^.;]{0,30}$"
    # A haul's list runs longer: "Exhibits recovered include one AK-47 rifle, one pump
    # action gun, two unexploded improvised explosive devices".
    # ("3.5 kg of IED material": a decimal point ends no list.)
    r"|\b(?:seized|recovered|confiscated|exhibits)\b(?:[^.;]|\.(?=\d)){0,100}$"
    # "The recovered items include two rifles, …, 3.5 kg of IED material"; "the
    # operations yielded weaponry, including an M4 carbine … and hand grenades".
    r"|\b(?:items|weaponry|weapons|arms|ammunition|cache|haul),? (?:include|included|"
    r"including|were)\b(?:[^.;]|\.(?=\d)){0,100}$"
    r"|\byielded\b(?:[^.;]|\.(?=\d)){0,100}$"
)
_ARMED_WITH_BEFORE_RE: Final = _re(r"\b(?:armed|equipped|carrying|laden) with\b[^.;,]{0,50}$")
# "Troops killed two would-be suicide bombers", "the killing of several militants,
# including two suicide bombers", "Two suicide bombers were shot dead": the bombers were
# stopped, and no bomb went off unless the sentence says one did.
_BOMBERS_STOPPED_BEFORE_RE: Final = _re(
    r"\b(?:killed|killing(?: of)?|shot dead|gunned down|neutrali[sz](?:ed|ing)|eliminated|"
    r"arrest(?:ed|ing)|captur(?:ed|ing)|detained|intercepted)\s+(?:[^.;]{0,80}?\bincluding\s+)?"
    r"(?:(?:the|two|three|four|five|six|\d{1,3}|several|a|an|all|both|would-be|potential|"
    r"alleged|suspected|female|male|teenage)\s+){0,3}$"
)
_BOMBERS_STOPPED_AFTER_RE: Final = _re(
    r"\s+(?:were|was)\s+(?:(?:later|reportedly|also)\s+)?(?:shot dead|shot and killed|killed|"
    r"shot|arrested|captured|neutrali[sz]ed|intercepted|gunned down|apprehended)\b"
)
_WENT_OFF_RE: Final = _re(r"\b(?:blew|blow|blowing|detonat\w*|explo\w*|went off|blasts?)\b")
# An event named by its place ("The Salvatierra massacre", "the Halabja attack"), and
# what it drew: told as known, not as news.
_TITLED_EVENT_BEFORE_RE: Final = _re(r"\b(?-i:The|the) (?:(?-i:[A-Z])[\w'’-]+ ){1,3}$")
_REACTION_AFTER_RE: Final = _re(
    r"\s+(?:drew|draws|has drawn|sparked|provoked|prompted|triggered|caused) (?:widespread |"
    r"international |national |global |nationwide )?(?:condemnation|outrage|protests?|"
    r"criticism|anger|shock)\b"
)
_DAYS_AFTER: Final = r"(?:a|one|two|three|four|five|six|several) (?:days?|weeks?) after"
_DAYS_AFTER_BEFORE: Final = _re(r"\b" + _DAYS_AFTER + r"\b[^.;]{0,30}$")
# An incident stated as hypothetical, planned, denied, condemned, feared or as a trend
# is not an incident of its own.
# Every alternative starts a word, so "(?<!\w)(?=\w)" (a no-op) lets the search skip the
# other positions at once instead of trying some seventy alternatives at each.
# The words a grievance's noun may take before it: "over a police shooting", "for an
# army airstrike".
_GRIEVANCE_WORDS: Final = (
    r"(?: (?:the|a|an|this|that|his|her|their|its|recent|alleged|fatal|deadly|police|army|"
    r"aforementioned|earlier|"
    r"military|security|israeli|russian|government)){0,2}"
)
_NOT_EVENT_BEFORE: Final = _re(
    r"(?<!\w)(?=\w)"
    # "managed to seize" did seize: success, not an intention; "attempted to storm the
    # base" and "tried to disperse the crowd" are acts that ACLED codes (a repelled
    # assault is a battle).
    r"(?:(?<!due )(?<!owing )(?<!according )(?<!subjected )(?<!response )(?<!related )"
    r"(?<!managed )(?<!manage )(?<!manages )(?<!attempted )(?<!attempting )(?<!tried )"
    r"(?<!trying )(?<!confess )(?<!confessed )(?<!confesses )(?<!admitted )(?<!admits )"
    # "continued to shell Kharkiv", "went on to attack a school": done, not aimed at.
    r"(?<!admit )(?<!began )(?<!begun )(?<!started )(?<!continued )(?<!continue )"
    r"(?<!went on )(?<!proceeded )(?<!resumed )\bto|"
    # ("12 May overran a base": a digest's date, not the modal.)
    r"\b(?:will|would|could|(?<![0-9] )(?-i:may)|might|can|should)(?:\s+not)?\s+"
    r"(?:continue|start|begin|resume|go on)\s+to|"
    r"\b(?:will|would|could|(?<![0-9] )(?-i:may)|might|can|should)"
    # ("would soon launch an offensive": the time it is meant for.)
    r"(?:\s+(?:soon|shortly|also|then|likely|probably|eventually|again|immediately))?"
    r"(?:\s+(?:not\s+)?"
    # ("we will go out for a protest next week".)
    r"(?:resume|continue|start|begin|face|launch|see|be|carry out|stage|hold|organi[sz]e|"
    r"go(?: out)? (?:for|on)|embark on)"
    # ("would not hold street demonstrations".)
    r"(?:\s+(?:any|more|further|an?))?(?:\s+(?:street|mass|peaceful|public|fresh|new|large|"
    # ("how we can begin an offensive attack": what is meant to come.)
    r"offensive|major|final|joint))?)?|"
    # "others involved will be identified and arrested soon": not yet.
    r"\b(?:will|would|shall|could|(?<![0-9] )(?-i:may)|might|can|should)(?:\s+not)?\s+be\s+"
    r"[a-z]+\s+(?:and|or)|"
    # ("severe threats of terrorism and kidnapping": each word of the list a threat.)
    r"\bthreat(?:s|ened|ens)? of(?: [a-z-]+(?:,| and)){0,2}|"
    r"\bwarn(?:ed|s|ing)? (?:of|about|against)|\brisk of|\bnot|"
    # "No armed clashes were reported", "no major attacks": the denial covers its noun's
    # words.
    r"\bno(?: (?:armed|major|new|fresh|further|serious|significant|heavy|violent|deadly|"
    r"large-scale|direct|other|known|fatal|active|military))?|"
    # "This is not tribal fighting, this is murder of innocent people": what a speaker
    # calls the event, told again.
    r"\bthis (?:is|was)(?: (?:not|simply|pure|plain|nothing but|nothing short of))?|"
    # "New arrivals continue to report killings": what people fleeing tell of, as
    # reports go, not an event the report tells.
    r"\b(?:continue|continues|continued) to (?:report|describe|recount|speak of)|"
    # "No gatherings or protests were reported": the denial covers the list.
    r"\bno(?: [a-z-]+){1,2} (?:or|nor)|"
    # "Every new attack in Chiúre sends thousands back to the camps": any, no one.
    r"\b(?:every|each)(?: (?:new|fresh|single|further|future|such))?|"
    # "Remember how the RSF overran Wad Madani": a recollection.
    r"\bremember(?:s|ed|ing)? (?:how|when)(?: [\w-]+){0,3}|"
    # "the Command's onslaught against banditry, kidnapping and other crimes": kinds of
    # crime fought, none done.
    r"\b(?:against|on) (?:banditry|crime|criminality|terrorism|insurgency|cultism),"
    r"(?: [a-z-]+,){0,2}|"
    # A denial covers its clause: "denied that soldiers had fired on".
    r"\bden(?:ied|y|ies)(?: that)?(?: [\w-]+){0,3}|"
    # ("to prevent new attacks", "threatened to go on a protest".)
    r"\bwithout|\bagainst|\bprevent(?:ed|ing|s)?(?: (?:new|further|more|future|any|fresh|"
    r"such))?|\bfoiled|\bthwarted|\bban on|"
    r"\bthreat(?:en|ens|ened|ening) to(?: (?:go on|stage|hold|launch|resume|embark on|carry "
    r"out|mount))?|"
    # "Islamic groups to hold protest march in New Delhi, Nov. 24": a headline's plan
    # (not "began to hold sit-ins", done); "Members should avoid demonstrations", "out of
    # fear of the 'unknown gunmen'": an advice, a fear, no event.
    # ("a mobilisation of forces … to launch attacks on their positions": a purpose.)
    r"(?<!began )(?<!begun )(?<!started )(?<!continued )(?<!continue )\bto (?:hold|stage|"
    r"organi[sz]e|mount|launch)(?: [a-z-]+){0,2}|"
    r"\b(?:avoid(?:s|ed|ing)?|stay away from|steer clear of|keep away from)(?: (?:all|any|"
    r"the|large|public|political|street))?(?: [a-z-]+)?|"
    r"\bfears? of(?: the)?(?: [\"“‘']?[\w-]+){0,2}[\"“‘']?|"
    # "information sharing on cattle raids", "talk shows to discourage cattle raids",
    # "during tracing of stolen cattle": a topic or an aim of a meeting, no event.
    r"\b(?:discourag(?:e|es|ed|ing)|discuss(?:ed|es|ing)?|information(?: sharing)? on|"
    r"(?:talks?|meetings?|workshops?|dialogues?|sensiti[sz]ation|awareness|hotspots?) "
    r"(?:on|about|for)|(?:tracing|tracking|recovery|search for|return) of)"
    r"(?: (?!(?:the|a|an|this|that|these|those|its|their|his|her|last|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b)[a-z-]+)?|"
    # "should press Moscow to end these attacks", "must stop attacks on civilians": a
    # demand, no event.
    # ("a deal that would end cost-of-living protests".)
    r"\b(?:end|stop|halt|cease)(?: (?:these|the|all|such|further|its|their))?"
    r"(?: [a-z]+-[a-z-]+)?|"
    # "tired of living between bombs and bullets": a life's fear, no event.
    r"\b(?:living|live|lives|lived) (?:between|among|amid|under|with)(?: the)?|"
    # "imposed Section 144, banning rallies": what an order forbids.
    r"\b(?:bann(?:ed|ing)|bans|prohibit(?:ed|ing|s)?|outlaw(?:ed|ing|s)?)(?: all)?|"
    r"\bban on (?:all )?(?:[a-z-]+ )?|\baccused? each other of|"
    r"\bto (?:avoid|counter|deter|ward off|fend off|forestall)"
    r"(?: [a-z-]+){0,3}|"
    r"\b(?:called|calls|calling|call) for(?: an?)?(?: (?:peaceful|mass|nationwide|"
    r"countrywide|general|fresh|more|further|new|renewed|daily))?|\bplans? (?:for|to)|"
    # "has announced to carry out rallies every Saturday", "a no objection certificate
    # (NOC) for rallies on May 6": what is meant to be held, or asked leave for.
    r"\bannounced to (?:carry out|hold|stage|launch|organi[sz]e)|"
    # "guarantees to peaceful protest", "the right to protest": a freedom, no protest.
    r"\b(?:right|rights|guarantees?|freedoms?) (?:to|of)(?: peaceful| free)?|"
    # "there are worrying reports of heavy aerial bombardment": what is feared, unverified.
    r"\b(?:worrying|unconfirmed|unverified|alarming) reports? of(?: [\w-]+){0,2}|"
    # "a law which mandates capital punishment for deadly attacks": a law's scope.
    r"\b(?:punishment|penalty|penalties) for(?: [\w-]+){0,2}|"
    # "making it vulnerable to cross-border attacks": what may befall it.
    r"\b(?:vulnerable|prone|susceptible) to(?: [\w-]+){0,2}|"
    # "the group mostly carries out attacks from Manbij", "hide out in Iraq to plot
    # cross-border attacks": a habit, a purpose.
    r"\b(?:mostly|mainly|largely|usually|often|regularly|routinely|frequently|typically) "
    r"(?:carr(?:y|ies) out|launch(?:es)?|stag(?:e|es)|conducts?|mounts?)|"
    r"\bto (?:plot|plan|prepare|organi[sz]e)(?: (?:cross-border|new|more|further|fresh|"
    r"future|terror|terrorist))?|"
    r"\b(?:permission|permits?|approval|certificates?|applications?|requests?)"
    r"(?: \((?-i:[A-Z]{2,6})\))? (?:for|to hold)(?: (?:the|a|an|their|its))?|"
    r"\bunder the threat of|\bcondemn(?:ed|s|ing)?|"
    r"\bdenounc(?:ed|es|ing)|\bfears? (?:of|that)|\bfeared|\bpossible|\bpotential|"
    r"\bwhether|\bif|\bceasefire|\bpost-|\bnever|\bcontemplat\w*|"
    # "a base used to plan attacks on the road", "a hideout used for launching raids":
    # what a place served for, no event.
    r"\b(?:used|uses|using) (?:to|for) (?:plan(?:ning)?|launch(?:ing)?|stag(?:e|ing)|"
    r"prepar(?:e|ing)|carry(?:ing)? out|mount(?:ing)?|coordinat(?:e|ing))(?: [a-z-]+){0,2}|"
    # "stressed the need to release UN staff detained by the Houthis": held before, and
    # the call for their release is no event.
    r"\bto (?:release|free)(?: [\w-]+){0,4}|"
    # "would not negotiate as long as the paramilitary occupied civilian areas": a
    # condition, no event.
    r"\b(?:as long as|so long as|unless)(?: [\w-]+){0,3}|"
    # "suspected of preparing terrorist attacks", "plotting a new offensive": not yet.
    # "in preparation for the execution": what was to come; "news of this execution".
    r"\bin preparation for(?: the| an?)?|\bnews of(?: the| this| an?)?|"
    r"\b(?:planning|plotting|preparing)(?: (?:an?|the|new|further|more|fresh|terrorist|"
    r"terror|suicide|bomb|armed|large-scale|coordinated|deadly|major))?|"
    # "should have never been arrested", "had not been attacked".
    r"\b(?:not|never|should|would|could|might)\s+(?:have\s+)?(?:never\s+|not\s+)?(?:been|be)|"
    r"\b(?:plotted|planned|conspired|conspiring|intended|intending|intends)(?: to)?|"
    # "would not send Taurus missiles to Ukraine", "delivered drones to the army": arms
    # supplied are no strike.
    r"\b(?:send|sends|sending|sent|supply|supplies|supplying|supplied|deliver|delivers|"
    r"delivering|delivered|provide|provides|providing|provided|sell|sells|selling|sold)"
    r"(?: [\w-]+){0,2}|"
    # "shot down the plane, mistaking it for a suicide attack": what it was taken for.
    r"\bmist(?:ook|ake|akes|aken|aking)(?: [\w-]+){0,2} for|"
    # "al-Shabab continues to carry out deadly suicide attacks": a habit, not one event
    # ("continued to shell Kharkiv" tells one).
    r"\bcontinues to (?:carry out|launch|conduct|stage|mount|commit)(?: [a-z-]+){0,2}|"
    # "while the ELN continued its offensive in Norte de Santander": a campaign that goes
    # on, no one event of it.
    r"\b(?:continu(?:e|ed|es|ing)|press(?:ed|es|ing) on with|pursu(?:ed|es|ing)) (?:its|their|"
    r"his|her|the)(?: [\w-]+)?|"
    # "linked to militants who had carried out attacks on police": a group's record.
    r"\b(?:who|which|that) (?:had|has|have) (?:previously |repeatedly |also )?(?:carried out|"
    r"conducted|staged|launched|mounted)|"
    # "appealed to all to surrender looted weapons", "returned the abducted girls": what
    # was taken before, given back.
    r"\b(?:surrender(?:ed|s|ing)?|hand(?:ed|ing|s)? over|return(?:ed|s|ing)?|"
    r"recover(?:ed|s|ing)?)(?: (?:the|all|their|its))?|"
    # "has carried out similar attacks on Shia mosques": others like the one told.
    r"\b(?:similar|such|previous|past|earlier)(?: [a-z-]+)?|"
    # "limiting their capacity to launch coordinated attacks": what they could do.
    r"\b(?:capacity|capability|capabilities|ability|abilities|means|power|strength) to "
    # "degrade al-Shabaab's ability to plan and conduct attacks".
    r"(?:(?:plan|prepare|organi[sz]e) and )?"
    r"(?:launch|carry out|conduct|stage|mount|commit|wage)(?: [a-z-]+){0,2}|"
    r"\bsuspicion of|"
    # "beat two men accused of trying to kidnap a child": what they were said to have done.
    r"\b(?:accused|suspected) of(?: (?:trying|attempting|plotting) to)?|"
    # "raised concerns over attacks on its personnel": a worry voiced, no event told.
    r"\b(?:concerns?|concerned|worries|worried|complaints?|complained|alarm) (?:over|about|"
    r"regarding|at)|"
    # "fear an imminent RSF attack", "warned of a looming assault": not yet.
    r"\b(?:imminent|looming|impending|anticipat(?:ed|ing))(?: [\w-]+){0,2}|"
    # "holding back from launching airstrikes", "refrained from storming": not done.
    r"\b(?:hold(?:ing|s)?|held|refrain(?:ed|ing|s)?|stopp(?:ed|ing)|stops?) "
    r"(?:back |short )?(?:from|of)(?: [a-z-]+){0,2}|"
    # "burned cars in anger over a police shooting", "in retaliation for the killing of":
    # the grievance, an earlier event, not the one the sentence states.
    # (Only the grievance's own words: "residents angered by the deaths set fire to
    # buses" did set fire.)
    r"\b(?:anger|outrage|fury|indignation) (?:over|at|about)" + _GRIEVANCE_WORDS + "|"
    r"\b(?:angered|outraged|incensed|enraged) (?:by|over|at)" + _GRIEVANCE_WORDS + "|"
    r"\bin (?:protest|retaliation|revenge) (?:at|over|for|against)" + _GRIEVANCE_WORDS + "|"
    # "for avenging the assassination of the organization's mastermind".
    r"\baveng(?:e|ed|es|ing)" + _GRIEVANCE_WORDS + "|"
    # "clashes … in response to the aforementioned assassination in al-Nuaima".
    r"\bin response to" + _GRIEVANCE_WORDS + "|"
    # "Egypt's rejection of any Israeli military operation in Rafah", "opposes any
    # attack on the city": a stance on what may come.
    r"\b(?:reject(?:ion|s|ed|ing)?|oppos(?:e|es|ed|ing|ition))(?: of| to)? (?:any|all)"
    r"(?: [\w-]+){0,2}|"
    # "sparking major protests across the country": what the event led to, not it.
    r"\b(?:spark|prompt|trigger)(?:ed|ing|s)(?: [a-z-]+){0,2}|"
    r"\b(?:year|month|week|decade)s?-long|"
    # "months of mass demonstrations": a stretch of events, no one of them.
    # "a grid battered by months of Russian missile and drone strikes", "three months of
    # anti-corruption protests".
    # ("over a year of cross-border clashes", "a week of bloody clashes".)
    r"\b(?:years|months|decades|history|wave|spate|(?:a|one|another) (?:year|month|week|"
    r"decade)) of(?: (?:mass|violent|deadly|bloody|fierce|cross-border|street|"
    r"anti-[\w-]+|sporadic|intermittent|heavy|(?-i:[A-Z])[\w-]+))?(?: [\w-]+ and)?|"
    # "a minute's silence for the victims of a Russian strike": whom they mourn.
    r"\b(?:silence|vigil|memorial|tribute|prayers?|mourn\w*|commemorat\w+|remember\w*) "
    r"(?:for|of|to) (?:the )?(?:victims|dead|those killed) of(?: [\w-]+){0,2}|"
    # "the power to impose conditions on protests": what a law governs.
    r"\b(?:conditions|restrictions|limits|curbs) on|"
    # "violating the law on assembly and demonstrations": what a law governs.
    r"\blaws? (?:on|regulating|governing)(?: (?:public|street|peaceful))?(?: [\w-]+ and)?|"
    # "the city that has historically been at the center of PKK attacks": a place's lot.
    r"\b(?:hotbed|epicent(?:er|re)|cent(?:er|re)|heart) of(?: [\w-]+)?|"
    # "a province synonymous with kidnappings and bombings": a reputation.
    r"\bsynonymous with(?: [\w-]+ and)?|"
    r"\b(?:increase|rise|surge|spike|upsurge|escalation|decline|drop) in|"
    # "helped reduce, but not eradicate, insurgent attacks": attacks in general.
    r"\b(?:reduce|reduced|reducing|curb|curbed|curbing|eradicate|eradicated|eradicating|"
    r"combat|combating|combatting|deter|deterred|deterring|countering|tackle|tackling|"
    r"stem|stemming)\b,?(?: [a-z-]+)?|"
    # ("the town, which the army recently liberated from al-Shabaab": a past change of
    # hands that describes the town; "forces have recently seized 76 towns" is news.)
    r"(?<!most )\brecent|(?<!have )(?<!has )\brecently|\bprevious|\bpast|\bfrequent|"
    r"\brepeated|\bongoing|"
    # "the scene of repeated ISKP attacks", "frequent Houthi drone strikes": the actor's
    # name between the habit and its deeds.
    r"\b(?:repeated|frequent|previous|past|recent|ongoing|daily|nightly) (?-i:[A-Z][\w-]*)"
    r"(?: [a-z]+)?|"
    # "cities that continue to come under daily attack", "keeps shelling the town": a
    # habit of the war, no one event.
    # ("troops are being constantly attacked".)
    r"\b(?:daily|nightly|near-daily|almost daily|constant|constantly|incessant|incessantly|"
    r"relentless|perpetually)|"
    r"\b(?:continues?|continued) to come under(?: [a-z-]+)?|\bkeeps?|"
    # "due to the rebels' continued attacks against troops": a campaign held against
    # its actor, no one attack.
    r"(?:the|their|its|[\w-]+['’]s?) (?:continued|continuing|persistent|sustained) $|"
    # "mobilisation … aimed at attacking and recapturing Maiwut", "with the aim of
    # recapturing": a purpose, not yet done.
    r"\b(?:aim(?:ed|s|ing)? (?:at|to)|(?:aim|intention|goal|objective|purpose) of|"
    r"in order to)(?: [a-z-]+ (?:and|or))?|"
    # "have faced growing attacks": a trend of attacks, no one of them.
    r"\b(?:growing|increasing|mounting|rising|escalating|intensifying|stepped-up)|"
    # "one of the regions most affected by attacks attributed to JNIM": a region's lot.
    r"\b(?:most|worst|hardest|regularly|frequently)[ -](?:affected|hit|targeted) by|"
    # "where militants regularly carry out bomb attacks": a habit; "the economy grew
    # despite Russian drone attacks on power plants": a setting.
    # ("marked by burning roadblocks and sometimes violent clashes": now and then.)
    r"\b(?:regularly|routinely|often|frequently|usually|typically|commonly|periodically|"
    r"occasionally|sometimes|sporadically)"
    r"(?: [a-z-]+){0,3}|\bdespite(?: [\w-]+){0,2}|"
    # "The group has long used improvised explosive devices to target patrols": a habit.
    r"\b(?:has|have|had) long (?:used|relied on|employed|carried out|staged|launched)"
    r"(?: [\w-]+){0,2}|"
    # "to put a stop to cattle raids": an aim.
    r"\bput (?:a stop|an end) to(?: (?:the|all|these|such))?(?: [a-z-]+)?|"
    # "detained in a case filed over an attack", "charged over the bombing": the court's
    # matter is an earlier event; the arrest is this one.
    r"\b(?:case|cases|charges?|charged|accused|convicted|sentenced|trial|tried|indicted|"
    r"suspected|suspects?|investigation|probe|inquiry)(?: filed)? (?:over|for|of|in|into)"
    r"(?: (?:involvement|participation|role) in)?"
    # "fast-track the trial of suspects arrested in connection with the attack".
    r"(?: (?:the )?(?:suspects|accused|people|men|those)(?: who were)?)?)"
    # ("called for a 'protest week'": a quote may open the named event.)
    r"\s*(?:an? |the |any |their |such )?[\"“‘']?$"
)
# The court's words for the matter of a case, some words before the trigger in its
# clause: "found guilty of murder", "faces charges of second-degree and attempted
# murder", "charged with murder in the stabbing death of": a charge names an act told
# elsewhere (or not at all), not an event this sentence reports. "... after gunmen
# attacked" starts a clause of its own.
_LEGAL_MATTER_BEFORE: Final = _re(
    r"\b(?:charged with|charges? (?:of|that)|guilty (?:of|to)|convicted of|acquitted of|"
    # "the court has charged the former FARC leadership with a series of crimes associated
    # with kidnapping" (not "police charged the crowd with batons").
    r"charged (?:[\w-]+ ){1,8}?with (?:(?:a series of|several|multiple|various|numerous) )?"
    r"(?:crimes|offen[cs]es|counts)\b|"
    r"counts? of|indicted (?:for|on)|arraigned (?:for|on)|stand trial for|on trial for|"
    # "sentenced a gang member to 50 years in prison for the murder of two police officers".
    r"sentenced\b[^.;]{0,60}?\bfor|"
    # "convicted seven ex-leaders of the guerrilla over the kidnappings of thousands".
    r"convicted\b[^.;]{0,80}?\b(?:over|for)|"
    # "have received prison terms of 34 years for orchestrating the murder".
    r"(?:received|receives|receive|given|handed) (?:[a-z-]+ ){0,2}?(?:prison terms?|sentences?|"
    r"jail terms?)\b[^.;]{0,60}?\bfor|"
    # "a judge handed down long sentences to two former officers for the murder of", "a
    # court framed charges against 29 people in connection with the murder of".
    r"(?:handed down|hands down|imposed) (?:[a-z-]+ ){0,2}?sentences?\b[^.;]{0,60}?\bfor|"
    r"(?:framed|pressed) charges\b[^.;]{0,80}?\bin connection with|"
    # "indicted 12 suspects in the case pertaining to the March attack", "according to
    # the prosecution, the suspects were arrested in raids": a court's account.
    r"(?:case|cases|trial|hearing|proceedings) (?:pertaining|related|relating|linked) to|"
    r"according to (?:the )?(?:prosecution|prosecutors?|charge ?sheet|indictment|court "
    r"(?:documents|papers|records))|"
    # "Prosecutors argued that Angulo commanded the assassination", "a witness testified
    # that the gang was paid for the killing": a trial's account.
    r"prosecutors? (?:argued|alleged|contended|told the court)|testif(?:ied|ies|y) that|"
    # "the defendants had confessed to planning and carrying out the attack": a trial's
    # account of an earlier event ("soldiers confess to raping a girl" is the news).
    r"(?:had|have|has) confessed to|confess(?:ed|es|ing)? to (?:planning|having|taking part|"
    r"participating|involvement|(?:their|his|her) (?:role|part))|confessions? (?:to|of))"
    # (A clause of its own starts at "after" or "as", but not at "known as".)
    r"\b(?:(?!\b(?:after|when|while|following|before|(?<!known )(?<!called )as)\b)[^.;:!?])*$"
)
_LEGAL_REACH: Final = 80
# The words _LEGAL_MATTER_BEFORE and _DEFENDANTS_BEFORE need, by their first four letters
# (a set test per sentence, as for condemnations).
_LEGAL_PREFIXES: Final = frozenset(
    (
        *("char", "guil", "conv", "acqu", "coun", "indi", "arra", "stan", "tria", "conf"),
        *("case", "hear", "proc", "acco", "sent", "hand", "impo", "fram", "pres", "pris"),
        *("jail", "pros", "test"),
    )
)
_DEFENDANTS_PREFIXES: Final = frozenset(("defe", "conv", "accu"))
# "The defendants, some of whom were minors when they were arraigned, were arrested in
# Kano during the protests": what befell the defendants is the trial's story, before it.
_DEFENDANTS_BEFORE: Final = _re(
    r"\b(?:the )?(?:defendants|convicts|accused persons)\b[^.;:!?]{0,160}$"
)
# "condemned on Monday \"a cowardly and barbaric attack\"": the words of a condemnation
# name the event told elsewhere, whatever adjectives they give it.
_CONDEMNED_BEFORE: Final = _re(
    r"\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|deplor(?:ed|es|ing)|decr(?:ied|ies|ying))"
    r"(?: (?:on|late on|early on) \w+day)?,? [\"“‘']?(?:an? |the |this |these |such |"
    # ("condemned a 'barbaric attack'": the quote may open after the article.)
    r"what (?:it|he|she|they) called (?:an? |the )?)?[\"“‘']?(?:[\w-]+,? ){0,4}?"
    r"(?:and [\w-]+ )?$"
)
_CONDEMNED_REACH: Final = 80
# "A protest has been called for Hartlepool on Wednesday", "a rally planned by the
# opposition for Sunday": an event announced, not one held.
_CALLED_FOR_AFTER_RE: Final = _re(
    r"(?:\s+(?:has|have|had)\s+been|\s+(?:is|are|was|were)(?:\s+being)?)?\s+(?:(?:called|"
    r"planned|scheduled|slated|announced)\s+for|(?:planned|scheduled)\s+by)\b"
)
# "Additional attacks on security forces in Arauca are likely in the coming weeks",
# "Kidnapping for ransom remains a significant threat in Katsina": a security alert's
# forecast, no event.
_FORECAST_AFTER_RE: Final = _re(
    r"[^.;]{0,60}?\b(?:(?:are|is|remain|remains) (?:highly |very )?(?:likely|expected|possible|"
    r"probable)|(?:remains?|poses?) an? (?:[\w-]+ )?(?:threat|risk|concern)|in the coming "
    # "Clashes between police and activists cannot be ruled out": an alert's forecast.
    r"(?:days|weeks|months)|(?:cannot|can ?not|can['’]t) be (?:ruled out|excluded)|"
    r"(?:could|may|might) (?:occur|erupt|break out|take place|begin|start|resume))\b"
)
# "Ukraine says capturing the region is a battlefield priority for Moscow": the act as a
# goal (asked of a gerund only: "a strike hit Kyiv, which is a key target" is one).
_GOAL_AFTER_RE: Final = _re(
    r"\s+(?:of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:is|was|remains|remained|would be|"
    r"will be|has been)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:priority|"
    r"goal|aim|objective|ambition)\b"
)
# 'Khan calls "final" protest march on Islamabad', "called for a protest march on
# Nairobi next Tuesday": a protest called, not yet held.
_CALLS_BEFORE_RE: Final = _re(
    r"\bcall(?:s|ed|ing)?\s+(?:on\s+[\w-]+\s+(?:supporters|followers|members)\s+to\s+|for\s+)?"
    r"(?:an?\s+|the\s+|new\s+|fresh\s+|more\s+)?(?:[\"“'‘]?[\w-]+[\"”'’]?\s+){0,2}$"
)
# "called on his supporters to march on Islamabad … and protest against": what the
# call asks for, to the clause's end.
_CALLED_ON_TO_BEFORE_RE: Final = _re(
    r"\b(?:call(?:s|ed|ing)? on|urg(?:es|ed|ing|e)|appeal(?:s|ed|ing)? to) (?:[\w-]+ ){0,2}"
    r"(?:supporters|followers|members|people|residents|citizens|workers|students|youths?) "
    r"to\b(?:(?!\bbut\b)[^;])*$"
)
_DENIED_THAT_BEFORE_RE: Final = _re(
    r"\bden(?:ied|y|ies|ying)\s+that\s+(?:[\w'’-]+\s+){1,5}?(?:had\s+|have\s+|has\s+|was\s+|"
    r"were\s+)?$"
    # "denied reports alleging that Boko Haram terrorists had attacked Fotokol".
    r"|\bden(?:ied|y|ies|ying)\s+(?:the\s+)?(?:reports?|claims?|rumou?rs?)\s+(?:alleging|"
    r"claiming|suggesting|saying|that)\b(?:\s+that)?\s+(?:[\w'’-]+\s+){1,5}?(?:had\s+|have\s+|"
    r"has\s+|was\s+|were\s+)?$"
    # "found no evidence that the men, who were from Hidalgo, had tried to kidnap anyone".
    r"|\bno\s+(?:evidence|indication|proof|sign)\s+(?:that|of)\b[^.;]{0,80}$"
    # "a video which falsely claimed that unknown gunmen attacked the market".
    r"|\b(?:falsely|wrongly)\s+(?:claimed|claiming|alleged|alleging|reported|suggested)\s+"
    r"that\b[^.;]{0,80}$"
)
_WHAT_BEFORE_RE: Final = _re(r"\bwhat\s+(?:[\w-]+\s+){0,3}$")
# "called a new strike in Lima and Callao for 30 October": called for a day to come.
_FOR_A_DAY_AFTER_RE: Final = _re(
    r"[^.;]{0,40}?\bfor (?:next |this )?(?:\d{1,2} (?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)|(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december) \d{1,2}|(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day|tomorrow|next week)\b"
)
# "poured into the streets on Saturday evening to celebrate the news", "marched through
# the capital celebrating the title": a crowd's joy is no demonstration ACLED codes.
_CELEBRATION_AFTER_RE: Final = _re(
    r"[^.;:!?]{0,60}?\b(?:to celebrate|celebrating|in celebration|to cheer|cheering)\b"
)
_CELEBRATION_BEFORE_RE: Final = _re(
    r"\b(?:to celebrate|celebrating|in celebration)\b[^.;:!?]{0,80}$"
)
# The words _CONDEMNED_BEFORE needs, by their first four letters (a set test per sentence).
_CONDEMN_PREFIXES: Final = frozenset(("cond", "deno", "depl", "decr"))
# What a demonstration is against: "shouted slogans against the government and its
# offensive against Kurdish militants", "protested over the shelling of the town". The
# grievance is an event told elsewhere (or a policy), not one the protest report adds.
_GRIEVANCE_BEFORE: Final = _re(
    r"\b(?:slogans? against|protest(?:ed|ing|s)? (?:against|over)|demonstrat\w* against|"
    r"rall(?:y|ies|ied|ying) against|march(?:ed|es|ing)? against|in protest (?:at|over|against)|"
    r"to (?:protest|denounce|condemn) )"
    r"(?:(?!\b(?:while|when|after|before|as|but|until)\b)[^.;:!?]){0,80}$"
)
# Blame for an incident named as known: "blamed the Russian government for the attack",
# "accused Russia of responsibility for the nerve agent attack", "those responsible for
# the killings". The incident is told elsewhere; an accusation that tells one ("accused
# the RSF of shelling El-Fasher", "blames Israel for an explosion at Balad airbase") or
# a claim of it ("claimed responsibility for the attack") still does.
_BLAMED_FOR_BEFORE: Final = _re(
    r"\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|(?<!claimed )(?<!claims )(?<!claim )"
    r"(?<!claiming )responsib(?:le|ility))\b[^.;:!?]{0,60}\bfor the (?:[\w-]+ ){0,3}$"
    # "concerns over the use of Afghan soil by the banned TTP for attacks in Khyber
    # Pakhtunkhwa": a neighbour's land used for attacks in general, no one attack.
    r"|\b(?:use|used|using|uses) of (?:[\w'’-]+\s+){0,2}(?:soil|territory|territories)\b"
    r"[^.;:!?]{0,80}\bfor\s+(?:[\w-]+\s+){0,2}$"
    # "did not identify who ordered the murder": a known killing's author sought.
    r"|\b(?:who|whoever|those who) (?:ordered|masterminded|orchestrated|planned|carried out) "
    r"the (?:[\w-]+ ){0,3}$"
    # "accused the police of arbitrary arrests of traders": a practice laid at its door
    # (not "accused the rebels of shelling the market", which tells the shelling).
    r"|\baccus(?:ed|es|ing) (?:the |a |an )?(?:[\w'’-]+ ){1,4}?of (?:arbitrary|"
    r"indiscriminate|systematic|mass|widespread|extrajudicial|illegal|unlawful|repeated) $"
)
# The same words in their other senses, told by what follows: criticism ("came under
# fire over his remarks", "under attack for its policy"), a verb with an object
# ("demonstrated the need", "demonstrated incredible prowess", "demonstrated by our
# decision"), support or markets
# ("rallied behind the president", "shares rallied 3%").
_CRITICISM_AFTER: Final = _re(
    r"\s+(?:(?:for|over)\s+(?:his|her|their|its|remarks|comments|statements|decisions?|"
    r"handling|polic(?:y|ies)|failures?|allegations?|claims|plans?|the (?:decision|remarks|"
    r"comments|handling|policy|plan|way))|from (?:critics|the opposition|lawmakers|"
    r"rights groups|activists|campaigners|voters)|in the (?:election|campaign|press|media))\b"
)
_OBJECT_AFTER: Final = _re(
    r"\s+(?:(?:by\s+)?(?:its|their|his|her|our|my|your|this|these|the fact)|the|a|an|that|"
    r"how|why|what|both|such|great|incredible|remarkable|strong|clear|considerable|"
    r"resilience|support|commitment)\b"
)
_RALLY_AFTER: Final = _re(r"\s+(?:behind|around|support|to (?:win|beat|victory)|back|\d)")
# "targeted to an audience", "targeted at young voters": marketing, not an attack.
_AUDIENCE_AFTER: Final = _re(
    r"\s+(?:to|towards|at)\s+(?:an?\s+|the\s+|young\s+|older\s+)?(?:audiences?|markets?|"
    r"consumers|customers|voters|readers|users|buyers|viewers)\b"
)


# Weapons as goods: "a contract to sell 180 self-propelled artillery systems", "delivered
# 20 drones and ten howitzers to Kyiv". The bare name of a weapon states a strike only
# when no verb of trade governs it.
_WEAPON_NOUNS: Final = frozenset(
    (
        *("artillery", "howitzer", "howitzers", "mortar", "mortars", "missile", "missiles"),
        *("rocket", "rockets", "drone", "drones", "warplane", "warplanes", "munitions"),
        *("shells", "tanks"),
    )
)
_HAUL_BEFORE: Final = _re(
    r"\b(?:seized|seizing|seize|recovered|recovering|confiscated|found|impounded|cache|caches|"
    r"haul|stash)\b[^.;:!?]{0,60}$"
)
_HAUL_AFTER: Final = _re(
    r"\s+(?:were|was|had been|have been)\s+(?:also\s+)?(?:recovered|seized|found|confiscated|"
    r"impounded)\b"
)
_THROWN_RE: Final = _re(
    r"\b(?:threw|thrown|throwing|hurled|lobbed|tossed|exploded|detonated|went off|attack\w*|"
    r"injur\w*|wound\w*|killed)\b"
)
_TRADE_BEFORE: Final = _re(
    r"\b(?:sell|sells|selling|sold|sale|sales|supply|supplies|supplying|supplied|deliver|"
    r"delivers|delivered|delivering|deliveries|delivery|purchase|purchases|purchased|bought|"
    r"buy|buys|buying|acquire|acquired|acquiring|donate|donated|export|exported|exports|"
    r"import|imported|imports|manufacture|manufactured|produce|produced|producing|"
    r"stockpiles?|arsenal|shipments?|deals?|contracts?|packages?|arms)\b"
    r"(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,60}$"
)
_TRADE_AFTER: Final = _re(
    r"\s+(?:contracts?|deals?|sales?|purchases?|orders?|exports?|imports?|shipments?|"
    r"deliveries|delivery|makers?|manufacturers?|industry|factory|factories|programmes?|"
    r"programs?)\b"
)
_FIRED_BEFORE: Final = _re(
    r"\b(?:fired|fires|firing|launched|launching|lobbed|used|using)\b[^.;]{0,25}$"
)


# "Walked out of the talks in protest", "resigned in protest over": an official's gesture,
# not a demonstration ("traders closed their shops in protest" is a strike, and stays).
_GESTURE_BEFORE: Final = _re(
    r"\b(?:walked out|walks out|walk out|walkout|walk-out|resign(?:ed|s|ing)?|quit|"
    r"boycott(?:ed|s|ing)?|withdrew|withdrawn|stepped down|recalled|abstained)\b"
    r"[^.;:!?]{0,50}\bin $"
)
# "The Foreign Office lodged a protest with Kabul": a government's note, no crowd.
_NOTE_OF_PROTEST_BEFORE: Final = _re(
    r"\b(?:lodg|regist|fil|issu|deliver|hand)\w*\s+(?:an?\s+)?(?:formal\s+|strong\s+|"
    r"strongly[- ]worded\s+|diplomatic\s+|official\s+)?$"
)


# An arrest for an ordinary crime is police work, not a political event (ACLED codes
# arrests of protesters, activists, journalists and fighters): "arrested on drug and
# theft charges", "arrested Friday on DWI charges", "on federal charges that he had
# traded on inside information".
_ORDINARY_CRIME_RE: Final = _re(
    r"\b(?:theft|thefts|thieves|stealing|stole|stolen|burglar(?:y|ies|s)?|robber(?:y|ies)|"
    r"shoplifting|fraud|insider? (?:trading|information|dealing)|embezzl(?:ed|ing|ement)|"
    r"tax evasion|money laundering|brib(?:e|es|ery)|drugs?|narcotics|cocaine|heroin|"
    r"methamphetamine|marijuana|cannabis|buy-bust|(?-i:DWI|DUI|OWI)|drunk(?:en)? driving|"
    r"impaired driving|speeding|child pornography|business deals|poaching|shoplift(?:ed|ing))\b"
)
_ARREST_WORDS: Final = frozenset(("arrested", "arrests", "arresting", "detained", "detentions"))


# Figurative senses that general news uses every day:
# - "shot" as a noun: "a long shot", "her game-winning shot", "a brief shot at a career"
#   (a shot someone fired stays: "fired a shot at the patrol");
# - "shot down rumours", "fought the project in court", "hard-fought battles";
# - a home run: "a three-run blast";
# - "an attack on me and my campaign", "an attack on democracy";
# - measures that "targeted China".
_SHOT_NOUN_BEFORE: Final = _re(
    r"\b(?:a|an|the|her|his|their|its|my|our|your|long|winning|game-winning|brief|first|"
    r"best|big|time|good|great|parting|penalty|free|jump|booster|flu|mug|screen|slap|"
    r"opening|final|last|another)\s+$"
)
_FIRED_SHOT_BEFORE: Final = _re(r"\bfir(?:ed|es|ing)\b[^.;]{0,20}$")
_SHOT_DOWN_CLAIM_AFTER: Final = _re(
    r"\s+down\s+(?:the\s+)?(?:rumou?rs?|claims?|reports?|suggestions?|speculation|ideas?|"
    r"proposals?|talk|calls?|requests?|bills?|motions?|plans?|criticism|questions?)\b"
)
_IN_COURT_AFTER: Final = _re(r"[^.;:!?]{0,30}?\bin (?:the )?courts?\b")
_HARD_BEFORE: Final = _re(r"\bhard[- ]$")
_RUN_BEFORE: Final = _re(r"(?:\b(?:one|two|three|grand-slam|solo)-run|\b\d-run|\bsolo)\s+$")
_ABSTRACT_TARGET_AFTER: Final = _re(
    r"\s+(?:on|against)\s+(?:(?:me|him|her|us|them)\s+and\s+)?(?:(?:my|his|her|our|their|"
    r"its|the)\s+)?(?:campaign|reputation|character|integrity|record|credibility|legacy|"
    r"democracy|freedoms?|free speech|press freedom|free press|rule of law|constitution|"
    r"sovereignty|values|judiciary|truth|science|common sense|(?:world |cultural )?heritage|"
    r"culture|civili[sz]ation|humanity|history|memory|identity)\b"
    # "the attack on the campaign office": a thing of the campaign's was hit.
    r"(?!['’]s|\s+(?:offices?|headquarters|rally|rallies|bus|buses|convoy|staff|workers?|"
    r"team|vehicles?|cars?|events?|buildings?|volunteers|members|supporters|leaders?))"
)
_MEASURES_BEFORE: Final = _re(
    r"\b(?:tariffs?|sanctions|duties|taxes|levies|measures|policies|legislation|laws?|ads|"
    r"adverts|advertising|regulations|audits?|investigations?|restrictions)\b[^.;:!?]{0,25}$"
)


# "Police executed a search warrant", "the projects have been executed by engineers":
# carried out, not put to death.
_THING_EXECUTED_AFTER: Final = _re(
    r"\s+(?:of\s+)?(?:(?:a|an|the|its|their|his|her|our|this|that|these|those)\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + THINGS_EXECUTED + r"\b"
)
# "malware attacks", "a cyber-attack", "phishing attacks": on computers, not people.
_CYBER_BEFORE: Final = _re(
    r"\b(?:malware|cyber|ransomware|phishing|DDoS|denial-of-service|hacking|hacker|computer|"
    r"network|online|digital|spam|bot|brute-force|zero-day)[- ]$"
)
# A death sentence carried out: the words of the courts, the gallows and the prisons.
_JUDICIAL_RE: Final = _re(
    # ("Rebels executed five prisoners": their captives, no sentence.)
    r"\b(?:prison|sentenced|death sentence|death penalty|death row|gallows|court|judiciary|"
    r"convicted|lethal injection)\b"
)
_THING_EXECUTED_BEFORE: Final = _re(
    r"\b" + THINGS_DONE + r"\s+(?:(?:has|have|had|was|were|is|are|be|been|being|will|"
    r"would|to|successfully|fully|already|now|not|never)\s+){1,3}$"
)


# Spying, not fighting: "the police infiltrated Muslim student groups".
_INFILTRATED_GROUP_AFTER: Final = _re(
    r"\s+(?:(?:the|a|an|their|its|his|her)\s+)?(?:[\w-]+\s+){0,3}?(?:groups?|organi[sz]ations?|"
    r"networks?|movements?|part(?:y|ies)|unions?|mosques?|communit(?:y|ies)|circles|ranks|"
    r"meetings?|compan(?:y|ies)|systems?|accounts?|computers?|servers?|campaigns?)\b"
)
# What a book, a film or a seminar is about: "the launch of a book about sexual abuse".
_TOPIC_BEFORE: Final = _re(
    r"\b(?:books?|films?|movies?|documentar(?:y|ies)|novels?|plays?|stud(?:y|ies)|surveys?|"
    r"seminars?|workshops?|conferences?|lectures?|courses?|podcasts?|exhibitions?|songs?|"
    r"poems?)\b[^.;:!?]{0,50}\b(?:about|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
    # "Kyiv, which rarely comments on specific attacks inside Russia": a habit of speech.
    r"|\b(?:rarely|never|seldom|does not|doesn't|did not|declined to|refused to) comments? on\s+"
    r"(?:the\s+|such\s+|specific\s+|individual\s+|reported\s+)?(?:[\w-]+\s+)?$"
)


_HULK_RE: Final = _re(
    r"\s+of\s+(?:the\s+|their\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+)?(?:vehicles?|cars?|"
    r"buses|bus|trucks?|lorries|lorry|buildings?|houses?|homes?|shops?|tanks?)\b"
)
_RANGE_AFTER: Final = _re(r"\s+(?:ranges?|galler(?:y|ies)|clubs?|practice|competitions?)\b")


# What blocks a road without a crowd: "landslides and fallen trees have blocked".
_NATURE_BLOCKS_BEFORE: Final = _re(
    r"\b(?:landslides?|mudslides?|floods?|flooding|floodwaters?|trees|debris|rocks|boulders|"
    r"snow|snowfall|avalanches?|rubble|sand|water)\b[^.;]{0,30}$"
)
# What "targets" someone without force: "legal proceedings targeted", "sanctions target".
_MEASURE_BEFORE: Final = _re(
    r"\b(?:proceedings|sanctions|measures|investigations?|probes?|charges|lawsuits?|laws?|"
    r"legislation|decrees?|polic(?:y|ies)|reforms?|regulations|tariffs|audits?|warrants?|"
    r"indictments?|restrictions|bans?|prosecutions?|cases?)\s+(?:[\w-]+\s+)?$"
)


def _other_sense(phrase: str, text: str, end: int) -> bool:
    word = phrase.lower()
    start = end - len(phrase)
    if _TOPIC_BEFORE.search(text, max(0, start - 80), start):
        return True
    if word.startswith("infiltrat"):
        return bool(_INFILTRATED_GROUP_AFTER.match(text, end, end + 60))
    if word in ("executed", "execute", "executes", "executing", "execution", "executions"):
        return bool(
            _THING_EXECUTED_AFTER.match(text, end, end + 60)
            or _THING_EXECUTED_BEFORE.search(text, max(0, start - 60), start)
            # "was executed in Urmia Central Prison", "in preparation for the execution"
            # of a man the court sentenced: a death sentence carried out, which ACLED
            # does not code (a killing in custody without one is an attack).
            or _JUDICIAL_RE.search(text) is not None
        )
    if word in ("shell", "shells") and _HULK_RE.match(text, end):
        return True  # "the charred shells of vehicles": what fire left of them
    if word in ("shooting", "shootings") and _RANGE_AFTER.match(text, end):
        return True  # "a shooting range", "shooting ranges": a place to practise
    if word in ("shot", "shot at"):
        if _SHOT_DOWN_CLAIM_AFTER.match(text, end):
            return True
        before = text[max(0, start - 40) : start]
        return bool(_SHOT_NOUN_BEFORE.search(before)) and not _FIRED_SHOT_BEFORE.search(before)
    if word in ("fought", "battle", "battles"):
        return bool(
            _IN_COURT_AFTER.match(text, end, end + 40) or _HARD_BEFORE.search(text, 0, start)
        )
    if word in ("blast", "blasts"):
        return bool(_RUN_BEFORE.search(text, max(0, start - 20), start))
    if word.startswith(("regain", "retook", "retak", "recaptur", "took back")):
        # "before soldiers regained control" of a prison its inmates fought in: order
        # restored, no territory ("retook Badoush prison" from an armed group is).
        return bool(_HELD_SITE_RE.search(text) and _INMATES_RE.search(text))
    if word.startswith(
        ("blocked", "blocking", "blocks", "block ")
    ) and _NATURE_BLOCKS_BEFORE.search(text, max(0, start - 50), start):
        return True  # "landslides and fallen trees have blocked the road": no one protests
    if word in ("targeted", "targeting", "targets") and _MEASURE_BEFORE.search(
        text, max(0, start - 30), start
    ):
        return True  # "legal proceedings targeted the deposed president": no violence
    if word in ("attack", "attacks", "attacked", "attacking"):
        return bool(
            _ABSTRACT_TARGET_AFTER.match(text, end)
            or _CYBER_BEFORE.search(text, max(0, start - 20), start)
        )
    if word in _ARREST_WORDS or word in ("arrests of", "rounded up"):
        return bool(_ORDINARY_CRIME_RE.search(text))
    if word == "protest":
        return bool(
            _GESTURE_BEFORE.search(text, max(0, start - 70), start)
            or _NOTE_OF_PROTEST_BEFORE.search(text, max(0, start - 40), start)
        )
    if word in ("grenade", "grenades"):
        # "seized rifles, grenades and 50 kg of methamphetamine", "hand grenades were
        # recovered from a hideout": a haul, no grenade thrown.
        return bool(
            _HAUL_AFTER.match(text, end, end + 40)
            or _HAUL_BEFORE.search(text, max(0, start - 80), start)
        ) and not _THROWN_RE.search(text)
    if word in _WEAPON_NOUNS:
        if _TRADE_AFTER.match(text, end):
            return True  # "the howitzer contract", "a drone factory"
        return bool(_TRADE_BEFORE.search(text, max(0, start - 80), start)) and not (
            _FIRED_BEFORE.search(text, max(0, start - 40), start)
        )
    if word.startswith(("came under", "come under", "comes under")):
        return bool(_CRITICISM_AFTER.match(text, end))
    if word in ("demonstrate", "demonstrates", "demonstrated", "demonstrating"):
        return bool(_OBJECT_AFTER.match(text, end))
    if word in ("rally", "rallied", "rallies", "rallying"):
        return bool(_RALLY_AFTER.match(text, end))
    if word == "targeted":
        return bool(
            _AUDIENCE_AFTER.match(text, end)
            or _MEASURES_BEFORE.search(text, max(0, start - 60), start)
        )
    return False


# A trigger followed by a statement of trend ("attacks have escalated in recent months"),
# or by what makes it a plan ("assassination plots").
_TREND_AFTER: Final = _re(
    r"\s*(?:have |has |had )?(?:also )?(?:resumed|escalated|increased|intensified|surged|"
    r"risen|rose|grown|spread|become (?:more )?(?:frequent|common))\b"
    # "Kidnappings remained concentrated in Mali", "attacks have persisted": where and
    # how often, no one event.
    r"|\s+(?:remain(?:ed|s)?|were|are) (?:(?:largely|mostly|heavily) )?(?:concentrated|"
    r"common|frequent|widespread|rare)\b|\s+(?:have|has) (?:continued|persisted)\b"
    # "with attacks occurring sporadically", "attacks happen almost daily": how often.
    r"|\s+(?:occurring|occur|occurs|happening|happen|happens|taking place|take place|"
    r"recurring) (?:(?:almost|nearly) )?(?:sporadically|regularly|frequently|often|"
    r"daily|weekly|routinely|periodically|almost daily|every (?:day|week|month))\b"
    # "many assassination plots", "a bomb plot": planned, not done; "the Saudis' bombing
    # campaign": many strikes over months, no one of them.
    r"|\s+(?:plots?|plotters?|conspirac(?:y|ies)|campaigns?)\b"
)
# A police release's arrest of a wanted person on a court's warrant, for a common crime:
# no political violence (ACLED codes arrests of armed actors, protesters and critics).
_WARRANT_ARREST_RE: Final = _re(
    r"\b(?:warrants? of arrest|arrest warrants?|by virtue of (?:a|an|the) (?:warrant|order)|"
    r"most wanted(?: person| persons| fugitive| suspect| list)?|wanted persons?)\b"
)
_POLITICAL_ARREST_RE: Final = _re(
    r"\b(?:rebels?|NPA|militants?|terror\w*|insurg\w*|jihad\w*|separatists?|bandits?|"
    r"kidnap\w*|protest\w*|demonstrat\w*|activists?|journalists?|opposition|rebellion|"
    r"(?-i:Abu Sayyaf|BIFF|IPOB|ESN|Boko Haram|ISWAP|Shabaab|ELN|FARC|CPP))\b"
)
_FOILED_BEFORE_RE: Final = _re(r"\b(?:foiled|thwarted)\s+(?:an?|the|two|several)\s+(?:[\w-]+\s+)?$")
_ON_A_POST_AFTER_RE: Final = _re(
    r"\s+(?:on|against)\s+(?:an?|the|their|its|two|several)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:camps?|bases?|posts?|checkpoints?|checkposts?|outposts?|police stations?|positions|"
    r"barracks|garrisons?)\b"
)
_SET_OFF_BEFORE_RE: Final = _re(r",\s+(?:spark|trigger|prompt)ing (?:an? |the )?(?:[a-z-]+ )?$")
# "attacks on road traffic between Pemba and Mocímboa da Praia have continued": the
# attacks' habit, told with where they happen.
_PERSISTED_AFTER: Final = _re(
    r"\s+(?:on|in|against|along|around|near)\b[^.;,]{0,80}?\b(?:have|has) (?:continued|"
    r"persisted)\b"
)
_NAME_ENDS: Final = frozenset(
    [
        "force",
        "forces",
        "vehicles",
        "vehicle",
        "brigade",
        "brigades",
        "battalion",
        "front",
        "army",
        "corps",
        "unit",
        "group",
        "movement",
        "party",
        "committee",
        "command",
        "division",
        "regiment",
        "squad",
        "coalition",
        "alliance",
    ]
)
_ENDS_IN_A_VERB_RE: Final = _re(
    r"^(?:air force|air component|jets?|warplanes?|aircraft|forces|military|army|navy)\b.*"
    r"\b(?:struck|hit|hits|strikes|targeted|bombed|pounded|destroyed|neutrali[sz]ed)$"
)
# "the navy shelled", "the army attacked": the actor, whose article is no reference back.
_ACTOR_BEFORE: Final = _re(
    r"\bthe\s+(?:navy|army|military|troops|forces|police|regime|junta|militants|rebels|"
    r"insurgents|jihadists|gunmen|bandits|attackers)\s+$"
)
# ("The said attack" is "the" and a word; "the army said FAN airstrikes killed" is a verb.)
# "the attack", "this bombing", "the same raid" (not "hundreds same day rallied", a
# digest's other event of the day).
_DEFINITE_BEFORE: Final = _re(
    r"\b(?:the|this|that|same)\s+"
    r"(?:(?!(?:day|night|morning|afternoon|evening|week|time)\b)\w+\s+)?$"
)
RULE_RANK: Final = MappingProxyType({rule.name: rank for rank, rule in enumerate(RULES)})
# "The explosive device went off near X", "the bomb", "the suicide bomber": the device
# of the attack just told, as much as "the explosion" is.
_ANAPHORIC_RULES: Final = frozenset(
    (
        *("explosion", "attack", "shelling", "air", "clash", "protest"),
        *("landmine", "bombing", "suicide", "grenade"),
    )
)
# "The town's security chief was among those slain": a victim of the event just told.
_AMONG_BEFORE: Final = _re(
    r"\bamong (?:those|the (?:people|ones|victims|civilians|\w+ who were))\s+$"
)
# Every match of a rule holds a word that its gate names: a four-letter prefix, a
# six-letter prefix (or a shorter whole word such as "clash"), or an exact word ("=ied").
# A sentence with no gate word of any rule is skipped; in a sentence that has some, only
# the rules whose gate opens are tried. Set lookups cost far less than twenty regular
# expressions per sentence. tests/geo/extract/test_events.py checks that no rule match
# escapes its gate.
GATES: Final = MappingProxyType(
    {
        "chemical": "chem chlo sari nerv =mustard =poison =toxic =containing =filled =loaded",
        "suicide": "suic blew blow",
        "landmine": "mine explos boob magn landmi unexpl",
        # "air" and "clash" keep their wide gates: "airattacks" opens neither, so it gives
        # a trigger only when another gate word opens the rule, and a tighter gate would
        # change those results. ("Clashing" opens "clash": "after clashing with resistance
        # fighters" is a fight however else the sentence reads.)
        "air": "dron aeri bomb warp heli kami loit strike airstr airrai unmann guid glid quad "
        "=kab =kabs =umpk =umpks fab- shah gera lanc "
        "vector =asset =assets =gunship =gunships "
        "=uav =uavs "
        "barr clus drop plan airc airf =air =jet =jets explos grenad muniti charge "
        "=struck =targeted =pounded",
        "bombing": "bomb impr deto explos =ied =ieds =set =planted =placed =touched =blew",
        "shelling": "mort =rocket =rockets howi bombar shelle shelli shells shellf artill missil "
        "=bomb =bombs "
        "=shell =grad =mlrs =himars =tank =tanks",
        "grenade": "gren =crude =cocktail =cocktails =threw =throwing =thrown =hurled =hurling "
        "=lobbed =lobbing =tossed =tossing",
        "massacre": "massac behe decapi execut summar assass murd bodi corp =body depriv "
        "=hacked =stabbed =bludgeoned =clubbed =axed",
        "abduction": "abdu kidn hostag forcib =missing =carted =whisked rans =unknown =taken "
        "=marched =marching =picked bundle =seized =pirates",
        "release": "releas =freed =frees =free",
        "transfer": "withdr =pulled retrea =handed =hands =handing =entered =moved =took "
        "=seized captur",
        "sexual": "rape rapi sexu",
        "mob": "lync =mob =mobs jung vigi beat burn ston hack =angry =irate furiou enrage incens "
        "=thousands =hundreds =scores =crowd =crowds",
        "riot": "riot =stone =threw =throwing =hurled =hurling petr molo pelt =unrest burnin",
        "breakin": "=broke =forced",
        # The verb, not the crowd: "protesters" and "crowd" are in every protest report.
        "excessive": "=fire =fired =fires =shot =shoots =firing =shooting",
        "protest_intervention": "tear cannon rubb disper =broke bato stun suppre crac lath "
        "=cane =canecharged =canecharge",
        "protest": "protes demons rall =marched =march =marches =marching picket =strikers "
        "blocka blocki roadbl barric "
        "slogan "
        "=general =hunger =flower =sit =streets blocke =strike =strikes vigi proces boyc "
        "=closed =shut shutte gath asse conv =massed occu barr hart =bandh =bandhs =carried "
        "whee =walked =trekked =streamed =flocked",
        "clash": "fire firi gunb gunf skir foug clash clashe fighti =gun cros enco batt offe "
        "coun shoo confro clashi repuls repell =repels =beaten =fought engage sabota infilt "
        "reconn assaul mili comb sieg laun pris jail insi gree infi inva muti ripo trib =clan "
        "=advance =intertribal =interclan =capture =recapture =seize =retake =regain =take "
        "incu =dealt neut =eliminated =action",
        "regain": "took recapt regain libera retake retaki recl =retook",
        # "take control of", "declared control over": the word "control" is in the match.
        "overtake": "captur seiz =control overra overru overto overta =take =takes =taking "
        "=taken =took =fell =takeover occu =pushed =drove =chased =flushed =kicked",
        # The verb, not the agent: "killed by soldiers" names no agent of the list below.
        "killing": "=kill =kills =killed =shot =shoot =gun =guns =gunned =hacked =burned",
        # The object of the fire ("on the positions"), rarer than "fire" itself.
        "exchange": "traded exchan enga posi trench outpos =post =posts subjec",
        "attack": "fire shot gunm gunf raid assa atta ambush stabbe beaten =executed =stormed "
        "=invaded =invade =invades "
        "stab beat stor targ shoo =came tort =flogged =whipped",
        "explosion": "blas deto explos explod",
        "weapons": "defu weap seiz disarm neutra destro =cleared =safe =safely contro =ied =ieds "
        "gren bomb deto explos =arms ammuni recove confis",
        "intercept": "interc =shot =shoots =shooting =downed =destroyed neutra",
        "looting": "loot torc =set =burned =burnt rans vand arso =houses =homes =huts =shops "
        "=trees =saplings =seedlings =orchards =groves =vines =shots =bullets =rounds "
        "demoli bulldo =razed "
        "cattle =cows livest =goats =sheep camels =herd =herds",
        "arrest": "arre detain detent =rounded captur appreh =nabbed",
        "agreement": "ceas truc =peace =prisoner =signed =signs =inked =concluded =reached =agreed",
        "base": "=base =bases headqu outp garr =camp =camps detach",
    }
)


def _gate_sets(gate: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    tokens = gate.split()
    return (
        frozenset(t for t in tokens if len(t) == 4 and not t.startswith("=")),
        frozenset(t for t in tokens if len(t) != 4 and not t.startswith("=")),
        frozenset(t[1:] for t in tokens if t.startswith("=")),
    )


_GATE_SETS: Final = MappingProxyType({name: _gate_sets(gate) for name, gate in GATES.items()})
_PREFIXES_4: Final = frozenset().union(*(g[0] for g in _GATE_SETS.values()))
_PREFIXES_6: Final = frozenset().union(*(g[1] for g in _GATE_SETS.values()))
_WORDS: Final = frozenset().union(*(g[2] for g in _GATE_SETS.values()))
_WORD_RE: Final = lazy_compile(r"[a-z]+")
_NOT_LETTER_RE: Final = lazy_compile(r"[^a-z]")


def _rules_by_gate_token(which: int) -> dict[str, int]:
    """Gate token -> bit mask of the rules (by position in RULES) that it lets through."""
    masks: dict[str, int] = {}
    for position, rule in enumerate(RULES):
        for token in _GATE_SETS[rule.name][which]:
            masks[token] = masks.get(token, 0) | 1 << position
    return masks


# The gates inverted: a sentence's few gate words (a set intersection, in C) name the
# rules to try, instead of three set tests for each of the rules on every sentence.
_RULES_BY_PREFIX_4: Final = MappingProxyType(_rules_by_gate_token(0))
_RULES_BY_PREFIX_6: Final = MappingProxyType(_rules_by_gate_token(1))
_RULES_BY_WORD: Final = MappingProxyType(_rules_by_gate_token(2))
# The same check over a whole text in one pass: patterns are " prefix" (a word start)
# and " word " over the text with every non-letter turned into a space.
_HINT_AUTOMATON: Final = ahocorasick_rs.AhoCorasick(
    [f" {p}" for p in (*_PREFIXES_4, *_PREFIXES_6)] + [f" {w} " for w in _WORDS]
)


def trigger_hint_offsets(text: str) -> list[int] | None:
    """Offsets in ``text`` where a word that may start a trigger begins (sorted).

    None when lower-casing changes the text's length (rare scripts): then callers
    check each sentence with :func:`may_hold_trigger` instead.

    >>> trigger_hint_offsets("Prices rose. Shells landed on Goris.")
    [13]
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    haystack = " " + letters_only(lowered) + " "
    return [start for _, start, _ in _HINT_AUTOMATON.find_matches_as_indexes(haystack)]


# Every byte but a-z to a space: the ASCII case of ``_NOT_LETTER_RE.sub(" ", ...)``.
_LETTERS_ONLY_TABLE: Final = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def letters_only(lowered: str) -> str:
    """``lowered`` with every character but a-z turned into a space, offsets kept.

    A byte table does ASCII text about 30 times faster than the pattern, which stays for
    the rest.

    >>> letters_only("shells fell, 2 died.")
    'shells fell    died '
    """
    if lowered.isascii():
        return lowered.encode("ascii").translate(_LETTERS_ONLY_TABLE).decode("ascii")
    return _NOT_LETTER_RE.sub(" ", lowered)


def may_hold_trigger(text: str) -> bool:
    """Cheap pre-check: False means ``text`` certainly holds no trigger.

    >>> may_hold_trigger("Prices of bread rose."), may_hold_trigger("Shells fell.")
    (False, True)
    """
    return any(
        word[:4] in _PREFIXES_4 or word[:6] in _PREFIXES_6 or word in _WORDS
        for word in _WORD_RE.findall(text.lower())
    )


# What a sentence says of the setting, not of an event: "…, in a region where dissident
# factions are locked in a battle for control of coca crops", "gangs, which have fought
# for years over drug routes".
_SETTING_RE: Final = _re(
    r",\s+(?:in|across)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:region|state|area|country|"
    r"province|department|city|town|zone|district|municipality|territory)\s+(?:where|in which)"
    r"\b[^.;]*"
    r"|,\s+(?:which|who)\s+(?:have|has|had)\s+(?:been\s+)?[a-z-]+(?:\s+[\w-]+){0,4}?\s+for\s+"
    r"(?:years|decades|months)\b[^.;,]*"
    # "The talks come amid escalating Houthi attacks on ships and US airstrikes": the
    # times the news is set in, up to the clause's end.
    r"|\bamid\s+(?:escalating|growing|rising|mounting|intensifying|increasing|continued|"
    r"continuing|ongoing|renewed|frequent|repeated)\b[^;,]*"
)
_SETTING_WORDS: Final = ("where", "for years", "for decades", "for months", "amid ")
# The means of an event, not an event of their own: "attacked the outpost, supported by
# artillery" (a battle with artillery support is a battle).
_MEANS_RE: Final = _re(
    r"\b(?:(?:supported|backed|covered|assisted|aided)\s+by|under (?:the )?cover of|"
    r"with (?:the )?(?:support|backing|help) of)\s+(?:[\w-]+\s+){0,2}?(?:artillery|air|drones?|"
    r"air ?strikes?|mortars?|helicopters?|jets|warplanes|tanks|rockets?)\b"
    r"(?:\s+(?:support|strikes?|fire|cover))?"
)
_MEANS_WORDS: Final = (" by ", "cover of", "support of", "backing of", "help of")


def _spans_of(pattern: re.Pattern[str], words: tuple[str, ...], text: str) -> list[tuple[int, int]]:
    """The spans of ``pattern`` in ``text`` (none without one of its ``words``)."""
    lowered = text.lower()
    if not any(w in lowered for w in words):
        return []
    return [m.span() for m in pattern.finditer(text)]


def find_triggers(text: str) -> list[Trigger]:
    """Return the triggers in ``text``, at most one per span, in order of position.

    >>> [(t.rule, t.sub_event_type) for t in find_triggers("A mine explosion hit a car.")]
    [('landmine', 'Remote explosive/landmine/IED')]
    >>> find_triggers("They threatened to attack the town.")
    []
    >>> [t.anaphoric for t in find_triggers("The explosion took place near Tartar.")]
    [True]
    """
    if not may_hold_trigger(text):
        return []
    return find_triggers_unfiltered(text)


def find_triggers_unfiltered(text: str, *, gated: bool = True) -> list[Trigger]:
    """:func:`find_triggers` without the sentence pre-check; ``gated=False`` also tries
    every rule regardless of its gate (the gates' own test compares the two)."""
    open_rules = -1  # every rule
    condemned = True  # whether a word of condemnation may stand before a trigger
    legal = defendants = True  # whether a court's words may
    if gated:
        words = _WORD_RE.findall(text.lower())
        open_rules = 0
        prefixes = {word[:4] for word in words}
        condemned = not prefixes.isdisjoint(_CONDEMN_PREFIXES)
        legal = not prefixes.isdisjoint(_LEGAL_PREFIXES)
        defendants = not prefixes.isdisjoint(_DEFENDANTS_PREFIXES)
        for token in prefixes & _PREFIXES_4:
            open_rules |= _RULES_BY_PREFIX_4[token]
        for token in {word[:6] for word in words} & _PREFIXES_6:
            open_rules |= _RULES_BY_PREFIX_6[token]
        for token in _WORDS.intersection(words):
            open_rules |= _RULES_BY_WORD[token]
    taken: list[tuple[int, int]] = []
    found: list[Trigger] = []
    dropped: list[int] = []  # where triggers that tell no event end
    denial = (
        "deni" in text
        or "deny" in text
        or "no evidence" in text
        or "no indication" in text
        or "falsely" in text
        or "wrongly" in text
    )
    settings: list[tuple[int, int]] | None = None  # read at the first match
    # The open rules in order, one lowest set bit at a time: most sentences open a
    # rule or two of the many.
    open_rules &= (1 << len(RULES)) - 1
    while open_rules:
        lowest = open_rules & -open_rules
        open_rules ^= lowest
        rule = RULES[lowest.bit_length() - 1]
        if rule.requires is not None and not rule.requires.search(text):
            continue
        for match in rule.pattern.finditer(text):
            start, end = match.span()
            if _overlaps(taken, start, end):
                continue
            if settings is None:
                settings = _spans_of(_SETTING_RE, _SETTING_WORDS, text)
            if settings and any(a <= start < b for a, b in settings):
                continue  # "in a region where factions are locked in a battle": a setting
            if (
                text[start : start + 1].isupper()
                and _PERSON_NAMED_BEFORE_RE.search(text, max(0, start - 24), start)
                and _SURNAME_AFTER_RE.match(text, end)
            ):
                continue  # "identified as Rocket Chakma": a person's given name
            if (
                rule.name == "protest"
                and text[start : start + 7].lower() == "blocked"
                and (
                    _ARMED_BLOCKERS_BEFORE_RE.search(text, max(0, start - 80), start)
                    or _FORCES_BLOCK_BEFORE_RE.search(text, max(0, start - 40), start)
                )
            ):
                # "the bandits blocked the highway and opened fire": an ambush; "junta
                # troops have blocked roads": a siege's cordon, neither a crowd's protest.
                continue
            if (
                rule.name == "abduction"
                and text[end - 2 : end] == "ed"
                and _HELD_PEOPLE_AFTER_RE.match(text, end, end + 40)
                and _DETERMINER_BEFORE_RE.search(text, max(0, start - 16), start)
            ):
                # "a resolution to return all abducted women and children", "rescued 20
                # kidnapped passengers": the participle names captives, taken before.
                continue
            if (
                rule.name == "overtake"
                and text[start : start + 4].lower() != "fell"  # "… of the rebels": captors
                and (
                    _CAPTIVES_AFTER_RE.match(text, end, end + 80)
                    or _PASSIVE_CAPTIVES_BEFORE_RE.search(text, max(0, start - 80), start)
                )
            ):
                continue  # people captured: the arrest rule's, so the span stays free
            if rule.name == "grenade" and _ARMED_WITH_BEFORE_RE.search(
                text, max(0, start - 60), start
            ):
                continue  # "gunmen armed with rifles and hand grenades": what they carried
            if (
                rule.name == "suicide"
                and text[end - 6 : end].lower() in ("bomber", "ombers")
                and (
                    _BOMBERS_STOPPED_BEFORE_RE.search(text, max(0, start - 140), start)
                    or _BOMBERS_STOPPED_AFTER_RE.match(text, end)
                )
                and not _WENT_OFF_RE.search(text)
            ):
                continue  # the bombers stopped: whatever fight stopped them is the event
            if (
                rule.name in ("suicide", "bombing", "landmine", "grenade")
                and _SEIZED_BEFORE_RE.search(text, max(0, start - 120), start)
                and not _BLEW_UP_RE.search(text)
            ):
                continue  # "seized two suicide vests and a car loaded with explosives"
            if (
                rule.name in ("overtake", "attack")
                and text[start : start + 5].lower() in ("occup", "storm")
                and (
                    _STATE_NOT_ACT_BEFORE.search(text, max(0, start - 12), start)
                    or (
                        text[start : start + 5] == "storm"
                        # "Fighters from the ADF stormed Kamango": the past tense is no
                        # weather's.
                        and text[start + 5 : start + 7] != "ed"
                        and not _ACTORS_BEFORE_RE.search(text, max(0, start - 12), start)
                    )
                )
            ):
                continue  # "the occupied West Bank", "Russian-occupied", "these storms"
            if (
                rule.name == "arrest"
                and ("arrant" in text or "anted" in text)
                and _WARRANT_ARREST_RE.search(text)
                and not _POLITICAL_ARREST_RE.search(text)
            ):
                continue  # "arrested the Top 1 Most Wanted Person on a warrant for rape"
            insort(taken, (start, end))
            before = text[max(0, start - 30) : start]
            if (
                (
                    (
                        _NOT_EVENT_BEFORE.search(before)
                        # "He denied that party supporters had attacked anyone": a denial
                        # whose subject runs past the thirty characters read above.
                        or (
                            denial
                            and _DENIED_THAT_BEFORE_RE.search(text, max(0, start - 100), start)
                        )
                    )
                    and not _protest_purpose(rule, text, start)
                    # "Troops recovered a cache of arms": a haul taken is the event.
                    and not (rule.name == "weapons" and "recover" in before)
                    # "troops pursued the militants, triggering a gunfight": the fight the
                    # pursuit set off is an event, as "sparking protests" is not.
                    and not (rule.name == "clash" and _SET_OFF_BEFORE_RE.search(before))
                    # "foiled an attack on a military camp": fought off at the camp, a
                    # battle (a plot foiled before it struck is none).
                    and not (
                        ("foiled" in before or "thwarted" in before)
                        and _FOILED_BEFORE_RE.search(before) is not None
                        and _ON_A_POST_AFTER_RE.match(text, end, end + 60) is not None
                    )
                )
                or (
                    # "Following the explosion, troops arrested 15 suspects": the event
                    # just told, as the time of this sentence's.
                    start <= _OPENER_REACH
                    and text.startswith(",", end)
                    and _AFTER_THE_EVENT_OPENER_RE.fullmatch(text, 0, start) is not None
                )
                or (
                    # "urged the police to respect the right to protest and not to use tear
                    # gas": a plea, whatever protest it names.
                    ("not to" in before or "refrain" in before)
                    and _NOT_TO_USE_BEFORE_RE.search(before) is not None
                )
                # "Air raid alert in Zaporizhzhia region!": a warning, no raid.
                or _ALERT_AFTER_RE.match(text, end, end + 12) is not None
                or (
                    _TREND_AFTER.match(text, end, end + 40)
                    or (
                        ("persist" in text or "continued" in text)
                        and _PERSISTED_AFTER.match(text, end, end + 100)
                    )
                )
            ):
                dropped.append(end)
                continue
            # "found the defendants guilty of forming an armed gang, possessing explosives
            # and carrying out the attack, which targeted a checkpoint": a verdict's count
            # list runs long.
            if legal and _LEGAL_MATTER_BEFORE.search(text, max(0, start - 2 * _LEGAL_REACH), start):
                continue
            if condemned and _CONDEMNED_BEFORE.search(
                text, max(0, start - _CONDEMNED_REACH), start
            ):
                continue
            if _BLAMED_FOR_BEFORE.search(text, max(0, start - _LEGAL_REACH - 40), start):
                continue
            if defendants and _DEFENDANTS_BEFORE.search(text, max(0, start - 200), start):
                continue
            if _REACTION_AFTER_RE.match(text, end, end + 60) and _TITLED_EVENT_BEFORE_RE.search(
                text, max(0, start - 60), start
            ):
                continue  # "The Salvatierra massacre drew condemnation": a known event named
            if rule.event_type == PROTESTS and _TOPIC_BEFORE_RE.search(
                text, max(0, start - 110), start
            ):
                continue  # "detained for reporting on the protests": the protest is not told
            if _CALLED_FOR_AFTER_RE.match(text, end, end + 50) or _FORECAST_AFTER_RE.match(
                text, end, end + 80
            ):
                continue  # "a protest has been called for Hartlepool": not yet held
            if text[end - 3 : end] == "ing" and _GOAL_AFTER_RE.match(text, end, end + 80):
                continue  # "capturing the region is a priority for Moscow": a goal
            if text[start : start + 6].lower() == "called" and _FOR_A_DAY_AFTER_RE.match(
                text, end, end + 60
            ):
                continue  # "called a new strike in Lima for 30 October": not yet held
            if (
                rule.event_type == PROTESTS
                and (
                    call := _CALLS_BEFORE_RE.search(text, max(0, start - 50), start)
                    or _CALLED_ON_TO_BEFORE_RE.search(text, max(0, start - 200), start)
                )
                # "tear gas at what organisers called a peaceful march": a name for it.
                and not _WHAT_BEFORE_RE.search(text, max(0, call.start() - 30), call.start())
            ):
                continue  # 'Khan calls "final" protest march on Islamabad': not yet held
            if rule.event_type == PROTESTS and (
                _CELEBRATION_AFTER_RE.match(text, end, end + 80)
                or (
                    rule.name == "protest"
                    and _CELEBRATION_BEFORE_RE.search(text, max(0, start - 100), start)
                )
            ):
                continue  # "took to the streets to celebrate the victory": joy, no protest
            if rule.event_type not in (PROTESTS, RIOTS) and _GRIEVANCE_BEFORE.search(
                text, max(0, start - 110), start
            ):
                continue
            if _other_sense(match.group(0), text, end):
                continue
            if (
                match.group(0)[:1].isupper()
                # "The Pakistan Air Force strikes TTP hideouts": a verb in lower case
                # makes the phrase no name's words.
                and not any(w[:1].islower() for w in match.group(0).split())
                and _inside_name(text, start, end)
            ):
                continue
            anaphoric = (
                (
                    rule.name in _ANAPHORIC_RULES
                    and bool(_DEFINITE_BEFORE.search(before[-16:]))
                    # "the air force struck Kurdish targets", "the navy shelled Pauktaw":
                    # "the" is the actor's; the verb tells a new act, not the one just told.
                    and not _ENDS_IN_A_VERB_RE.search(match.group(0))
                    and not _ACTOR_BEFORE.search(before[-16:])
                )
                or bool(_AMONG_BEFORE.search(before))
            )
            found.append(
                Trigger(
                    start,
                    end,
                    match.group(0),
                    rule.name,
                    rule.event_type,
                    rule.sub_event_type,
                    rule.strength,
                    anaphoric,
                )
            )
    found.sort(key=lambda trigger: trigger.start)
    if dropped and found:
        kept: list[Trigger] = []
        for trigger in found:  # in order: a list runs on from item to item
            if _listed_after_dropped(text, trigger, dropped):
                dropped.append(trigger.end)
            else:
                kept.append(trigger)
        found = kept
    if len(found) > 1 and (means := _spans_of(_MEANS_RE, _MEANS_WORDS, text)):
        # The means, when the sentence tells its event elsewhere ("supported by air assets,
        # neutralised twenty assailants" tells one only by its means).
        told = [t for t in found if not any(a <= t.start < b for a, b in means)]
        if told:
            found = told
    if len(found) > 1:
        # "looted shops in Wad Madani following their takeover of the city", "a day after
        # they captured it": what the same actors did before is the setting of the news,
        # not its type, when the sentence tells the news too.
        news = [t for t in found if not _own_earlier(text, t.start)]
        if news:
            found = news
    return found


# "banning rallies, sit-ins and marches", "fled the fighting in El Fasher and the attack
# on Zamzam camp": the next items of a list whose head tells no event tell none either.
_LIST_ON_RE: Final = _re(r"(?:,\s*|[^.;,]{0,30}?\s(?:and|or)\s+)(?:the\s+|an?\s+)?$")


def _listed_after_dropped(text: str, trigger: Trigger, dropped: list[int]) -> bool:
    return any(
        0 <= trigger.start - end <= 40 and _LIST_ON_RE.match(text, end, trigger.start)
        for end in dropped
    )


# "the occupied West Bank", "Russian-occupied regions", "in occupied Crimea": a state,
# not an act; "these storms Harvey and Irma", "a storm": weather. The verb follows its
# subject ("insurgents occupied", "militants storm").
_STATE_NOT_ACT_BEFORE: Final = _re(
    # "near occupied Tokmak", "into occupied Crimea": the adjective of a place.
    r"(?:\b(?:the|in|an|a|of|and|these|those|other|tropical|winter|near|at|outside|around|"
    r"from|to|into|across)\s|-|,\s)$"
)


# "militants storm Mora", "gunmen storm": a plural subject right before the verb.
_ACTORS_BEFORE_RE: Final = _re(r"(?:[a-z]s|men)\s$")


def _own_earlier(text: str, start: int) -> bool:
    window = text[max(0, start - 50) : start]
    if "after" not in window and "following" not in window and "since" not in window:
        return False  # what the pattern needs, tested cheaply
    if _OWN_EARLIER_BEFORE.search(window) is not None:
        return True
    if _DAYS_EARLIER_BEFORE.search(window) is None:
        return False
    rest = _CLAUSE_REST_RE.match(text, start)
    return rest is not None and _CAPITALISED_RE.search(rest.group(0)) is None


# What the actors just named did before: "following their takeover", "after they seized".
_OWN_EARLIER_BEFORE: Final = _re(
    r"\b(?:following|after) (?:their|its) (?:[a-z-]+ ){0,2}?$"
    r"|\b(?:after|since) (?:they|it) (?:had )?$"
)
# What happened days before at the same place: "looted the market, a day after taking
# over the town", "protested, two days after gunmen killed 4 farmers nearby". With a
# place of its own ("a day after a car bomber struck a convoy in Baghdad") it is an event
# of its own, told apart by its place.
_DAYS_EARLIER_BEFORE: Final = _re(
    r"\b(?:a|one|two|three|four|five|six|several|few|\d{1,2}) (?:days?|weeks?|months?) "
    r"(?:after|since) (?:[\w'’-]+ ){0,3}?$"
)
_CLAUSE_REST_RE: Final = lazy_compile(r"[^.;,]{0,120}")
_CAPITALISED_RE: Final = lazy_compile(r"\b[A-Z]")


_LONG_WORD_RE: Final = lazy_compile(r"\b[^\W\d_]{4,}")
_WORD_BEFORE_RE: Final = lazy_compile(r"([\w'’-]+)[ ]$")
_WORD_AFTER_RE: Final = lazy_compile(r" ([\w'’-]+)")


def _inside_name(text: str, start: int, end: int) -> bool:
    """True when a capitalised trigger is a word of a proper name ("Mine Resistant Ambush
    Protected Vehicles", "the Strike Force"), not a statement of an incident.

    A title-case headline capitalises every word, so there a capital says nothing.
    """
    if all(word[:1].isupper() for word in _LONG_WORD_RE.findall(text)):
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER_RE.match(text, end)
    after_word = after.group(1) if after else ""
    if after_word.lower() in _NAME_ENDS and after_word[:1].isupper():
        return True
    if (
        text[end - 1 : end] == "s"
        and before
        and before.group(1)[:1].isupper()
        # "Russian KABs", "Israeli Rockets": a people's arms, not a team; an acronym's
        # plural ("IEDs") names no team either.
        and not text[start + 1 : start + 2].isupper()
        and country_of_demonym(before.group(1)) is None
    ):
        # "the Houston Rockets", "The Rockets swept the series": a team's or a brand's
        # plural name after a capitalised word (a sentence's first word only if "The").
        at_start = text[max(0, before.start() - 2) : before.start()].strip() in (".", "")
        return not at_start or before.group(1) == "The"
    return bool(
        before
        and after
        and before.group(1)[:1].isupper()
        and after_word[:1].isupper()
        and text[max(0, before.start() - 2) : before.start()].strip() not in (".", "")
    )


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted, not overlapping): only the
    neighbours around ``start`` can, so a sentence full of triggers stays linear.

    >>> _overlaps([(0, 4), (10, 14)], 3, 6), _overlaps([(0, 4), (10, 14)], 5, 9)
    (True, False)
    """
    at = bisect_left(spans, (start, start))
    return (at > 0 and spans[at - 1][1] > start) or (at < len(spans) and spans[at][0] < end)


def best_trigger(triggers: list[Trigger]) -> Trigger | None:
    """The trigger that types the sentence: the most specific rule, then the first.

    >>> best_trigger(find_triggers("Gunmen attacked the post; a grenade exploded.")).rule
    'grenade'
    """
    if not triggers:
        return None
    return min(triggers, key=lambda trigger: (RULE_RANK.get(trigger.rule, 99), trigger.start))


_MILITARY_TARGETS: Final = _re(
    r"\b(?:soldiers?|servicem[ae]n|servicewom[ae]n|troops|peacekeep\w*|military|army|"
    # ("a security guard at the mine", "a night watchman's guard": a private guard is a
    # civilian, as ACLED codes him.)
    r"border guards?|(?<!security )(?<!private )(?<!night )guards?|police\w*|officers?|"
    r"positions?|posts?|checkpoints?|base|"
    r"convoy|patrol|units?|forces|armou?red|defen[cs]e ministry|servicemen's|tanks?|"
    r"military vehicles?|barracks|garrisons?|gendarm\w*|commandos?|militiamen|command|"
    r"auxiliaries|"
    r"vigilantes|militias?|self-defen[cs]e|security personnel|security force|commanders?|"
    r"(?-i:VDP))\b"
)
_FORCE_SITES: Final = frozenset(
    ("checkpoint", "checkpoints", "post", "posts", "base", "position", "positions", "barracks")
)
# "The police beating to death of a man", "soldiers shot dead two farmers": the force
# is who struck, not the target; its victim decides the type.
# Only with an object after the verb: "Five soldiers killed in an attack" is a headline's
# passive, the soldiers the victims.
_FORCE_ACTS_AFTER: Final = _re(
    # An event database's names of a state's forces: "Military Forces of Myanmar (2021-)
    # killed", "Police Forces of Kenya shot".
    r"(?:\s+(?-i:Forces)\s+of\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}"
    r"(?:\s+\(\d{4}-(?:\d{4})?\))?)?"
    r"(?:\s+(?:officers?|personnel|agents?|men|fighters|members|militants|soldiers|troops))?"
    # "A police officer on Sunday shot dead a motorist": the day between is no object.
    r"(?:\s+(?:on|early on|late on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|\s+(?:yesterday|overnight))?"
    r"\s+(?:allegedly\s+|reportedly\s+)?"
    # "Soldiers opened fire on a crowd": an act whatever follows it.
    r"(?:(?:opened|open|opens|opening) fire\b|fired (?:on|at)\b|"
    r"beat (?:up|and (?:injured|wounded))\b|shot and (?:killed|wounded|injured)\b|"
    r"(?:beating|beat|shot|shoot|shooting|killed|kill|"
    r"tortured|torturing|executed|abducted|raped|lynched|stabbed)\b"
    r"(?:\s+dead\b|(?!\s+dead\b))"
    r"(?!\s*[,.;:]|\s+(?:in|on|at|by|when|as|after|during|near|while|and|outside|inside|"
    r"overnight|yesterday|today|early|late|last)\b))"
)
# "Police in Gqeberha have launched a manhunt for gunmen who opened fire on patrons",
# "Police found shells at the scene": the force investigates what happened to others.
_FORCE_INVESTIGATES_AFTER: Final = _re(
    r"(?:\s+in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?"
    r"\s+(?:have\s+|has\s+|had\s+|are\s+|were\s+|later\s+)?(?:launched|found|recovered|"
    r"retrieved|registered|(?:opened|filed) (?:a |an )?(?:case|docket|investigation|inquiry|"
    r"inquest)|investigat(?:ing|ed)|probing|cordoned off|visited|removed the bod(?:y|ies))\b"
)
# What crowds fight with, and who crowds are; an armed party or a gun makes a battle.
_BLUNT_WEAPONS_RE: Final = _re(
    r"\b(?:stones?|sticks?|machetes?|knives|knife|clubs|cudgels|rocks|bricks|bottles|"
    r"iron (?:rods|bars)|bare hands|fists)\b"
)
# A crowd that acts: "hundreds of activists", "dozens of residents", "a mob of youths".
_CROWD_OF_RE: Final = _re(
    r"\b(?:hundreds|dozens|scores|thousands|a crowd|a mob|crowds) of (?:[\w-]+ ){0,2}?"
    r"(?:people|activists|youths|residents|settlers|villagers|men|supporters|protesters|"
    r"demonstrators|locals|students|fans)\b"
)
# "A crowd beat to death a man accused of theft", "Residents attacked a police station":
# the crowd itself, the subject of the attack's verb.
_CROWD_SUBJECT_RE: Final = _re(
    r"\b(?:an? (?:angry |irate |enraged )?(?:crowd|mob)|(?:angry |irate )?(?:crowds|mobs)|"
    r"vigilantes|residents|villagers|locals)\b(?= (?:(?:allegedly|reportedly|then) )?(?:beat|"
    r"lynch|stoned|set|burn|hack|attack|chase|descend))"
)
_CROWD_PARTIES_RE: Final = _re(
    r"\b(?:supporters|rival groups|groups of|traders|students|residents|villagers|"
    r"communities|neighbou?rs|fans|mobs?|crowds?|"
    # "a clash between two groups during a religious procession": people at a gathering.
    r"(?:two|rival) groups|procession|processions|festival|wedding|funeral)\b"
)
# Party supporters, who fight as crowds do: "Awami League and BNP activists", "CPI(M)
# and Trinamul supporters", "two factions of the Chhatra League", "party workers".
_PARTISANS_RE: Final = _re(
    r"\b(?:party|political|rival) (?:supporters|activists|workers|cadres)\b"
    # (A name, not a count or a pronoun: "Four cadres died in an encounter".)
    r"|\b(?!(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|some|many|several|"
    r"dozens|hundreds|scores|its|their|his|her|our|all|both|other|local)\b)"
    r"(?-i:[A-Z][\w()'’-]*)(?: (?-i:[A-Z][\w()'’-]*)){0,2}"
    r"(?: and (?-i:[A-Z][\w()'’-]*)(?: (?-i:[A-Z][\w()'’-]*)){0,2})? "
    r"(?:supporters|activists|workers|loyalists)\b"
    r"|\b(?:two|rival) factions of\b"
)
# Armed, organised groups and state forces: their fights are battles, whoever joins them.
_ORGANISED_ARMED_RE: Final = _re(
    r"\b(?:militants?|soldiers?|troops|militias?|militiam[ae]n|rebels|insurgents|jihadists|"
    r"bandits|gunm[ae]n|army|gangs?|forces|maoists?|naxal\w*)\b"
    # (The police as a party to the fight, not as the station that told of it.)
    r"|\b(?:with|against|and) (?:the )?(?:police|gendarm\w*)\b"
)


def _partisans_fought(text: str) -> bool:
    """Whether the fighters are party supporters, with no armed group or force."""
    return bool(_PARTISANS_RE.search(text)) and not _ORGANISED_ARMED_RE.search(text)


def _crowds_fought(text: str) -> bool:
    """Whether crowds or party supporters fought (a crowd's weapons, a crowd's parties),
    with no armed group or force, whatever else they threw."""
    return _partisans_fought(text) or (
        bool(_BLUNT_WEAPONS_RE.search(text) and _CROWD_PARTIES_RE.search(text))
        and not _ORGANISED_ARMED_RE.search(text)
    )


_ARMED_PARTIES_RE: Final = _re(
    r"\b(?:militants?|soldiers?|troops|gunm[ae]n|militias?|militiam[ae]n|fighters|rebels|"
    r"forces|army|insurgents|jihadists|bandits|guns?|gunfire|gunshots?|firearms|"
    # "armed with sticks and machetes" is a crowd's: a gun or a group makes it armed.
    r"armed(?! with (?:sharp|sticks|stones|machetes|knives|clubs|rods|iron|bricks|brickbats|"
    r"batons|axes|spears|bows|cudgels|local weapons|traditional weapons))|"
    r"rifles?|shot|shooting|shots|bullets?|grenades?|police|gendarm\w*|vigilantes|"
    r"gangs?|gangsters|cartels?|"
    # Herders' and clans' fights are their militias' (ACLED's communal militias).
    r"tribal|clans?|cattle)\b"
)
# The forces whose camp it is: "a MINUSMA camp", "the FAMa camp", "a military camp".
_FORCES_CAMP_BEFORE: Final = _re(
    r"(?:\b(?:military|army|police|militia|rebel|training|peacekeep\w*)|"
    r"\b(?-i:(?!(?:IDP|UNHCR|MSF|WFP|ICRC|IOM)\b)[A-Z]{2,}[a-z]?))\s+$"
)
# What attackers do, right after them: "motorcyclists opened fire", "… shot dead".
_AGENT_ACTS_AFTER: Final = _re(
    r"\s+(?:on\s+\w+day\s+)?(?:opened fire|shot|fired|attacked|stormed|killed|ambushed|"
    r"hurled|threw|stabbed|abducted|kidnapped|gunned)\b"
)
# A camp that shelters people: "an IDP camp", "the displacement camp", "a refugee camp".
_SHELTER_CAMP_BEFORE: Final = _re(r"\b(?:IDPs?|displace\w*|displacement|refugees?)\s+$")
# "shot dead by police", "beaten to death by security forces": the agent, not the target.
_BY_AGENT_BEFORE: Final = _re(r"\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
# Attackers killed in the same event: the target fought back, a battle in ACLED's terms
# ("about ten terrorists were neutralized", "six of the gunmen were killed").
_ATTACKERS_KILLED: Final = _re(
    r"\b(?:militants?|terrorists?|jihadists?|attackers?|gunmen|assailants?|insurgents?|"
    r"rebels?|fighters?|bandits?|maoists?|naxal(?:ite)?s?|ultras|infiltrators?|khwarij|"
    r"khawarij)\b[^.;]{0,25}?"
    r"\b(?:were|was)\s+(?:also\s+)?"
    r"(?:killed|neutrali[sz]ed|eliminated|shot dead|sent to hell)\b"
    # "the army says it killed 50 attackers": the forces fought back.
    r"|\b(?:killed|neutrali[sz]ed|eliminated|killing)\s+(?:at least\s+|about\s+|some\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|scores of)\s+"
    r"(?:of the\s+)?(?:militants|terrorists|jihadists|attackers|gunmen|assailants|insurgents|"
    r"bandits|maoists|naxal(?:ite)?s|ultras|infiltrators|khwarij|khawarij)\b"
)
# Soldiers or police killed: they fought, or were fought (ACLED's battle), whoever else
# was hurt ("Five soldiers are killed and a dozen civilians are wounded").
_AMONG_PEOPLE_BEFORE: Final = _re(
    r"\b(?:people|persons|civilians|residents|villagers|passengers|worshippers)\b,?\s+"
    r"(?:among them|including|among whom(?: were| was)?)\s+(?:a|an|one|two|three|\d+)?\s*"
    r"(?:[\w-]+\s+)?$"
)
_FORCES_KILLED: Final = _re(
    r"\b(?:soldiers|troops|servicemen|police(?:men| officers)?|officers|peacekeepers|"
    r"gendarmes|guards)\b[^.;]{0,25}?\b(?:were|are|was|is)\s+(?:also\s+)?(?:killed|dead)\b|"
    # "attacked the town and killed 4 soldiers": the forces it killed.
    r"\b(?:killed|killing|kills)\s+(?:at least\s+)?(?:\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|dozens of)\s+(?:[\w-]+\s+)?(?:soldiers|troops|servicemen|"
    r"policemen|police officers|peacekeepers|gendarmes|guards)\b"
)
# "a former FSA commander", "a retired army colonel": a civilian now.
_FORMER_BEFORE: Final = _re(r"\b(?:former|retired|ex-|off-duty)\s*(?:[\w-]+\s+){0,2}$")
# "killed as the group accused him of being a spy for the security forces": whom the
# victim was said to serve, not the target.
_SERVES_BEFORE: Final = _re(
    r"\b(?:spy(?:ing)?|spies|informants?|informers?|collaborators?|collaborating|working|"
    r"worked) (?:for|with) (?:the )?(?:[\w'’-]+\s+){0,2}$"
)
# Armed non-state actors are a target only after "on", "against", "with"...: otherwise
# they are most often the attackers ("an attack by Boko Haram militants on a village").
_ARMED_GROUP_TARGETS: Final = _re(
    r"\b(?:on|at|against|targeting|with|between|killing|killed|shot dead|shot and killed|"
    # "shot dead by gunmen": who shot, not whom.
    # "killed on Sunday night by militiamen" neither.
    r"gunned down) (?:(?!by\b)[\w-]+ ){0,3}?(?<!by )"
    r"(?:militants?|rebels?|fighters?|separatists?|insurgents?|jihadists?|militiamen|"
    r"gunm[ae]n|attackers?|assailants?|bandits?|terrorists?|(?:suicide )?bombers?)\b"
)
_CIVILIAN_TARGETS: Final = _re(
    r"\b(?:civilians?|villagers?|residents?|farmers?|shepherds?|children|child|women|woman|"
    r"fishermen|herders?|miners|motorcyclists?|"
    r"journalists?|reporters?|worshippers?|passengers?|bus|market|school|hospital|homes?|"
    r"houses?|wedding|mosque|church|shop|family|families|aid workers?|deminers?|workers?|"
    r"pedestrians?|teachers?|doctors?|students?|motorists?|drivers?|(?-i:people)|persons|"
    r"households?|officials?|mayor|lawmakers?|community leaders?|administrators?|headm[ae]n|"
    r"village (?:chiefs?|heads?)|elders?|"
    r"activists?|academics?|bar|restaurant|hotel|caf[eé]|nightclub|camp|shrine|train|"
    r"seminary|citizens|christians|muslims|worshipers|traders|pilgrims|guests|men|mourners|"
    r"crowd|congregation|spectators|shoppers|funeral|(?:young|old|elderly) man|boys?|girls?|"
    r"teenagers?)\b|"
    # "a 17-year-old": a person told by age is seldom a combatant.
    r"\b\d{1,2}-year-old\b|"
    # A village attacked is its villagers; "in the village of" only says where.
    r"\b(?:attack\w*|raid\w*|stormed|targeted|invaded) (?:on )?(?:the |a |two |several )?"
    r"(?:villages?|community|communities|households?|towns?)\b"
)
# "police said" names a source, not a target.
_ATTRIBUTION_RE: Final = _re(
    # ("police there said": the force of the place, speaking.)
    r"\b(?:police|army|military|officials?|officers?) (?:there |here |later )?(?:said|say|"
    r"says|told|reported|"
    r"spokes\w*|sources?|chief|commissioner)\b|"
    # "The Zamfara State Police Command said": a force's press office.
    r"\b(?:police|army|military) (?:command|headquarters|division) (?:said|says|told)\b|"
    # "SOHR activists have documented", "the Observatory's activists said": monitors.
    r"\bactivists (?:have |had )?(?:said|say|says|told|reported|documented|recorded|"
    r"confirmed)\b|"
    # "…, residents told Borkena", "Witnesses said gunmen …": who told it, not whom it hit.
    r"\b(?:local )?(?:residents|witnesses|villagers|locals|eyewitnesses) (?:have )?(?:said|"
    r"say|says|told|reported|recounted)\b|\baccording to (?:local )?(?:residents|witnesses|"
    r"villagers|locals|eyewitnesses)\b|"
    r"\baccording to (?:the )?(?:police|army|military|officials?|authorities)\b|"
    r"\bofficial account\b|"
    # "…, police commander Victor Herrera said": a title, a name, then the verb.
    r"\b(?:police|army|military) (?:commander|chief|spokes\w+|colonel|general|major|captain|"
    r"superintendent|inspector)(?: (?-i:[A-Z])[\w'’.-]+){1,3},? (?:said|says|told|added)\b|"
    # "…, a militia member said", "according to an army officer": who tells it.
    r",\s+(?:an?|the|one|two) (?:[\w-]+ ){0,3}?(?:member|officer|official|spokesman|"
    r"spokeswoman|commander|source|leader|soldier|policeman)s? (?:said|says|told|added)\b|"
    r"\baccording to (?:an?|the|one|two) (?:[\w-]+ ){0,3}?(?:member|officer|official|"
    r"spokesman|commander|source|soldier|policeman)s?\b|"
    # "…, the Police Public Relations Officer, SP Tochukwu Ikenga, confirmed": who told it.
    # ("The Police Public Relations Officer, ASP X, confirmed the attack", as a sentence.)
    r"(?:^|(?<=[.,;:] ))(?:the |a |an )?(?:[\w'’.-]+ ){0,4}?"
    r"(?:police|army|military|command|state)(?:['’]s)? "
    r"(?:[\w'’.-]+ ){0,4}?(?:officer|spokes\w+|commissioner|commander|PRO|chief)\b"
    r"(?:,[^,.;]{1,40},)?\s+(?:confirmed|said|says|disclosed|told|stated|added)\b|"
    # "The Media Information Officer of Operation Safe Haven", "the Police Public
    # Relations Officer in the state": a spokesman's title, wherever it stands.
    r"\b(?-i:(?:Public Relations|Media Information|Information|Press|Public Affairs|"
    r"Media Relations) Officers?)\b|"
    # "shot dead in the limits of Serai Naurang police station": a jurisdiction, as
    # South Asian police name where things happen, not a station attacked.
    r"\b(?:limits|jurisdiction|area|precincts?) of (?:the )?(?:[\w'’-]+ ){0,3}?police station\b|"
    r"\bunder (?:the )?(?:[\w'’-]+ ){0,3}?police station(?: area| limits)?\b"
)
_FIGHT_TRIGGER_RE: Final = _re(r"\bcame under\b|\bambush|\braid")
# Whose a convoy is when it is no force's: "her convoy", "the mayor's convoy", "aid".
_CIVILIAN_CONVOY_BEFORE: Final = _re(
    r"\b(?:her|his|their|(?:candidate|mayor|governor|minister|politician|lawmaker|senator|"
    r"journalist|family)['’]s|aid|humanitarian|civilian|commercial|relief|wedding|funeral|"
    r"food|electoral|campaign)\s+$"
)


def type_of_attack(text: str, phrase: str = "") -> tuple[str, str, str]:
    """Type an armed attack by its target: (event type, sub-type, reason).

    Peacekeepers, soldiers and police are not civilians, so an attack on them is a
    battle; an attack on civilians is Violence against civilians. With no target named,
    an ambush or a raid (``phrase``) is a battle, any other attack one on civilians.

    >>> type_of_attack("Their vehicle came under fire; peacekeepers died.")[:2]
    ('Battles', 'Armed clash')
    >>> type_of_attack("Gunmen opened fire on a bus carrying villagers.")[:2]
    ('Violence against civilians', 'Attack')
    >>> type_of_attack("Militants attacked the village, killing 30 people, police said.")[:2]
    ('Violence against civilians', 'Attack')
    >>> type_of_attack("Four were killed on Sunday night by militiamen.")[:2]
    ('Violence against civilians', 'Attack')
    """
    text = _ATTRIBUTION_RE.sub(" ", text)
    killed_spans = [(m.start(), m.end()) for m in _ATTACKERS_KILLED.finditer(text)]
    attackers_killed = [text[start:end] for start, end in killed_spans]
    forces = list(_MILITARY_TARGETS.finditer(text))
    # "Soldiers shot dead a young man after he failed to stop at a checkpoint": a force
    # that struck stands at its post; the post is where, not whom it attacked.
    force_acted = any(_FORCE_ACTS_AFTER.match(text, m.end()) for m in forces)
    military = [
        m.group(0)
        for m in forces
        if not (
            (force_acted and m.group(0).lower() in _FORCE_SITES)
            or _FORCE_ACTS_AFTER.match(text, m.end())
            or _FORCE_INVESTIGATES_AFTER.match(text, m.end())
            # "five people, including a police officer": one of the people, who are the
            # target.
            or _AMONG_PEOPLE_BEFORE.search(text, max(0, m.start() - 60), m.start())
            # "opened fire on her convoy", "an aid convoy": a candidate's cars, or aid's.
            or (
                m.group(0).lower() == "convoy"
                and _CIVILIAN_CONVOY_BEFORE.search(text, max(0, m.start() - 30), m.start())
            )
            or _FORMER_BEFORE.search(text, max(0, m.start() - 30), m.start())
            or _SERVES_BEFORE.search(text, max(0, m.start() - 40), m.start())
            # "killed by guards" is who killed; unless the dead were the attackers, whom
            # the guards fought back against.
            or (
                not attackers_killed
                and _BY_AGENT_BEFORE.search(text, max(0, m.start() - 30), m.start())
            )
        )
    ]
    armed_groups = [m.group(0) for m in _ARMED_GROUP_TARGETS.finditer(text)]
    military += armed_groups
    military += attackers_killed
    military += [m.group(0) for m in _FORCES_KILLED.finditer(text)]  # they count twice
    civilian = []
    armed_group_hit = bool(armed_groups)
    for m in _CIVILIAN_TARGETS.finditer(text):
        if _BY_AGENT_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "shot dead by unidentified motorcyclists": who shot, not whom
        if any(start < m.start() < end for start, end in killed_spans):
            continue  # "Four Maoists, including two women, were killed": of the fighters
        if m.group(0).lower().startswith("motorcyclist") and _AGENT_ACTS_AFTER.match(text, m.end()):
            continue  # "unidentified motorcyclists opened fire on a constable": who shot
        if m.group(0).lower() == "camp" and (
            _FORCES_CAMP_BEFORE.search(text, max(0, m.start() - 24), m.start())
            # "killed four separatist fighters in an operation against a camp": the
            # fighters' camp, unless it is one that shelters people.
            or (
                armed_group_hit
                and not _SHELTER_CAMP_BEFORE.search(text, max(0, m.start() - 24), m.start())
            )
        ):
            military.append(m.group(0))  # "a MINUSMA camp", "an army camp": a base
        else:
            civilian.append(m.group(0))
    if civilian and len(civilian) >= len(military):
        return (
            VIOLENCE_AGAINST_CIVILIANS,
            "Attack",
            f"attack on civilians ({civilian[0]!r})",
        )
    if military:
        return (
            BATTLES,
            "Armed clash",
            f"attack on armed or state forces ({military[0]!r}), who are not civilians",
        )
    if _FIGHT_TRIGGER_RE.search(phrase):
        return BATTLES, "Armed clash", "an ambush or raid on an unstated target"
    return VIOLENCE_AGAINST_CIVILIANS, "Attack", "armed attack on an unstated target"


def is_protest_related(text: str) -> bool:
    """True when the text speaks of a protest (used to type riots and arrests).

    >>> is_protest_related("Police detained protesters.")
    True
    """
    return bool(_PROTEST_WORDS.search(text))


# Who took a place decides between ACLED's two territorial sub-types.
STATE_FORCES_RE: Final = _re(
    r"\b(?:troops|army|armed forces|government(?: forces)?|pro-government|regime|military|"
    r"prime minister|president|"
    r"soldiers|defen[cs]e ministry|security forces|police|(?-i:SAA)|Tatmadaw|"
    # "Federal forces take the village of Serzhen-Yurt": a federation's own forces.
    r"federal (?:forces|troops)|"
    # A state's forces by their acronyms: Somalia's, Mali's, the DRC's, Sudan's army...
    r"(?-i:SNA|FAMa|FARDC|SAF|ENDF|KDF|UPDF|FDS|ANDSF|IDF|ISF|FANCI|JTF|MNJTF|FADM|FACA)|"
    r"popular mobili[sz]ation|"
    r"national defen[cs]e forces|(?:iraqi|syrian|afghan|somali|nigerian|malian|sudanese|"
    r"ethiopian|ukrainian|russian|turkish|israeli|yemeni|libyan|burkinabe|cameroonian|kenyan|"
    r"congolese|indian|pakistani|azerbaijani|armenian|colombian|mozambican|nigerien|chadian) "
    r"(?:forces|troops|army|military|soldiers))\b"
)
NON_STATE_RE: Final = _re(
    r"\b(?:rebels?|militants?|insurgents?|separatists?|fighters|militias?|jihadists?|gunmen|"
    r"taliban|armed groups?|Islamic State|Daesh|al-Shabaab|Shabaab|Boko Haram|"
    r"Tahrir al-Sham|Nusra|Ahrar al-Sham|Rapid Support Forces|opposition|resistance|"
    r"alliance|bandits|Houthis?|"
    # Armed groups named armies, ahead of the "army" they end with: "the Arakan Army
    # captured", "the Kachin Independence Army seized", "Free Syrian Army fighters".
    r"(?:Liberation|Independence|Resistance|Revolutionary|Salvation|People['’]?s|Arakan|"
    r"Mahdi|Free Syrian|Syrian National|Democratic Alliance|White) Army|"
    r"People['’]?s Defen[cs]e Forces?|Tigray Defen[cs]e Forces|(?-i:Fano)|"
    # Acronyms match in capitals only: "Mosul is captured" names no Islamic State.
    r"(?-i:ISIS|ISIL|IS|HTS|FSA|SDF|YPG|RSF|M23|JNIM|ADF|PKK|MNDAA|AA|TNLA|KNLA|BLA|ELN|"
    r"FARC|NPA|LRA|OLA|ARSA|TPNPB|TDF|KIA|KNU|PDFs?|UWSA|SSPP|RCSS|CNF|KNDF|KIO|ULA|TTP|"
    r"ISWAP|CODECO|SPLA-IO|NDA-K))\b"
)
INTERVENTION_RE: Final = _re(
    # Not "no arrests had been made", "without tear gas", "were not detained".
    r"(?<!\bno )(?<!\bnot )(?<!without )(?<!\bany )"
    r"\b(?:tear ?gas|water cannons?|rubber bullets|"
    r"dispersed?(?! (?:peacefully|quietly|calmly|on their own|of their own|voluntarily|after|"
    r"later|in the (?:evening|afternoon))\b)|broke up|batons|detained|"
    r"arrest(?:ed|s)|suppressed|crack(?:ed)? down|detentions)\b"
)
# Protesters who turn violent make a riot; protesters killed by the forces, excessive force.
_RIOT_ACTS_RE: Final = _re(
    r"\b(?:storm(?:ed|s|ing)?|breach(?:ed|es)|set ablaze|torched|set fire|burn(?:ed|t|ing)|"
    r"looted|looting|vandali[sz]\w*|ransacked|clash(?:ed|es|ing)?|violent|rioters?|"
    # Stones thrown, not laid across a road: "blocked the highway with stones".
    r"(?:threw|throw|throwing|thrown|hurled|hurling) (?:[\w-]+ ){0,2}?(?:stones|rocks)|"
    r"stones (?:at|on)|stone-?(?:pelting|throwing)|brick(?:bat)?s|brick chips|pelted|hurled|"
    # "protesters attacked a police station", "attacked the governor's office".
    r"attack(?:ed|ing) (?:a |the )?(?:police|security|government|army|military|party|"
    r"municipal|governor|officials?|offices?|buildings?|vehicles?)|"
    # "set a bus on fire".
    r"set (?:[\w-]+ ){1,3}?on fire)\b"
)
_PROTESTERS_KILLED_RE: Final = _re(
    r"\b(?:killed|killing|dead|deaths?|died|shot|live (?:fire|ammunition|rounds)|use force|"
    r"used force|opened fire)\b"
)
# "demonstrated against the killing of a shopkeeper": the grievance, not the protest's toll.
_GRIEVANCE_OF_BEFORE_RE: Final = _re(
    r"\b(?:against|over|condemning|denouncing|decrying|protesting|protest|mourning|after|for)"
    r"\s+(?:the\s+|a\s+|recent\s+|alleged\s+){0,2}$"
    # "…, two days after gunmen killed 4 farmers nearby": an earlier event.
    r"|\b(?:days?|weeks?|months?) (?:after|since)\s+(?:[\w'’-]+\s+){0,3}$"
    # "over his handling of the floods that killed more than 200": a disaster's toll.
    r"|\b(?:floods?|flooding|earthquakes?|quakes?|fires?|collapses?|cyclones?|storms?|"
    r"landslides?|disasters?|accidents?|crash(?:es)?|stampedes?) (?:that|which)\s+$"
    # "a general strike in mourning for the 14 people killed": whom the crowd mourns.
    r"|\b(?:in mourning for|to mourn|in memory of|in hono(?:u)?r of)\s+(?:[\w'’-]+\s+){0,4}$"
)


def _told_unless(pattern: re.Pattern[str], text: str, unless: re.Pattern[str], reach: int) -> bool:
    """Whether ``pattern`` matches somewhere that the ``reach`` characters before it do
    not take back (a denial, a grievance)."""
    return any(
        not unless.search(text, max(0, match.start() - reach), match.start())
        for match in pattern.finditer(text)
    )


def _protesters_harmed(text: str) -> bool:
    """Whether the text tells of killing or shooting at the protest, not as its cause."""
    return any(
        not _GRIEVANCE_OF_BEFORE_RE.search(text, max(0, match.start() - 30), match.start())
        and not _DEMANDED_OVER_BEFORE_RE.search(text, max(0, match.start() - 110), match.start())
        # "our relatives are killed every week": what the crowd protests.
        and not HABIT_AFTER_RE.match(text, match.end(), match.end() + 24)
        # "Each week someone is killed," a marcher said: a habit, told in the present.
        and not _PRESENT_PASSIVE_BEFORE_RE.search(text, max(0, match.start() - 8), match.start())
        for match in _PROTESTERS_KILLED_RE.finditer(text)
    )


_PRESENT_PASSIVE_BEFORE_RE: Final = _re(r"\b(?:is|are|get|gets)\s+$")
# "marched to demand accountability for a roof collapse that killed 15": what the crowd
# demands answers for, told in a relative clause.
_DEMANDED_OVER_BEFORE_RE: Final = _re(
    r"\b(?:demand\w*|calls? for|accountability|justice)\b[^.;]{0,80}?\b(?:that|which)\s+$"
)


_PROTESTERS_RE: Final = _re(
    r"\b(?:protest(?:ers|ors)|demonstrators|activists?|supporters|students|rioters|marchers|"
    r"youths|hooligans|fans|"
    r"party (?:leaders|members|activists)|crowds?)\b"
)
_AID_CROWD_RE: Final = _re(
    r"\b(?:aid (?:distribution|convoy|trucks?|seekers?|site|point|hub|centre|center)s?|"
    r"food (?:aid|distribution|parcels?)|humanitarian aid|waiting for (?:aid|food|flour)|"
    r"flour|relief supplies)\b"
)
_INMATES_RE: Final = _re(r"\b(?:inmates?|riot\w*|mutin\w*|gangs?|brawls?|jailbreak)\b")
_HELD_SITE_RE: Final = _re(
    r"\b(?:prisons?|jails?|penitentiar\w*|detention cent(?:re|er)s?|cell ?blocks?|stadium|"
    r"campus)\b"
)
# "clashes between two tribes in which mortars and heavy weapons were used": the weapons of
# a battle, not a shelling of its own.
_WEAPONS_USED_RE: Final = _re(
    r"\b(?:with|using|used|in which|wielding)\b[^.;]{0,40}?\b(?:mortars?|artillery|heavy "
    r"weapons|rocket launchers|rockets?)\b|\b(?:mortars?|artillery|heavy weapons|rockets?)\b"
    r"[^.;]{0,30}\b(?:were|was) used\b"
)
_PROTEST_WORD_RE: Final = _re(r"\b(?:protest(?!ant)\w*|demonstrat\w*|rall(?:y|ies)|march\w*)\b")
_PROTESTER_RE: Final = _re(r"\b(?:protest(?:er|or)s?|demonstrators?|marchers?)\b")
# The police as a party ("Naniarchar Police Station" and "the police said" are a place
# and a speaker).
_POLICE_RE: Final = _re(
    r"\b(?:police|law enforcement|riot police|security forces|gendarmes)\b"
    r"(?!\s+(?:stations?|posts?|chief|commissioner|spokes\w*|said|says|told)\b)"
)
_COMMUNAL_RE: Final = _re(r"\b(?:sectarian|ethnic|communal|religious|tribal|inter-\w+)\b")
_SUSTAINED_FIGHT_RE: Final = _re(
    r"\b(?:gun ?battles?|gun ?fights?|firefights?|clash(?:es|ed)?|fighting|fought|stormed|"
    r"storming|exchange of fire|hours-long|repelled|repulsed|returned fire|retaliated|"
    # Gunmen forcing their way in, not "vehicles entering from the Mogadishu road".
    r"entering (?:the |a )?(?:[\w-]+ )?(?:compound|building|base|camp|hotel|premises|school|"
    r"university|mall|prison|barracks))\b"
)
_AIR_CONTEXT_RE: Final = _re(
    r"\b(?:coalition|warplanes?|planes?|aircraft|jets?|air ?force|aerial|military bombing|"
    # ("The wounded were taken by helicopter": a transport, not the weapon.)
    r"(?<!by )(?<!medical )(?<!rescue )(?<!ambulance )helicopters?|drones?)\b"
)
_FIRED_FROM_THE_AIR_RE: Final = _re(
    r"\b(?:drones?|warplanes?|jets?|helicopters?|aircraft|gunships?)\b[^.;]{0,40}?\b(?:fired|"
    r"fires|firing|launched|launches|launching|dropped)\b[^.;]{0,25}?\b(?:missiles?|rockets?)\b"
)
_EXPLOSIVE_ORDER: Final = (
    *("chemical", "suicide", "air", "landmine", "bombing", "shelling", "grenade"),
)
_FIGHT_RULES: Final = frozenset(("clash", "exchange"))
# "Ground units and air vectors repelled the attack", "troops, backed by air support,
# fought off the assailants": aircraft that support a battle; ACLED codes the battle.
_AIR_SUPPORT_RE: Final = _re(
    r"\b(?:ground|land) (?:units|forces|troops|elements)\b[^.;]{0,30}?\b(?:and|with|"
    r"supported by|backed by) (?:the )?(?:air|aerial)\b|\b(?:with|under|backed by|"
    r"supported by|support of) (?:the |an? )?(?:air|aerial) (?:support|cover|vectors?|assets?)\b|"
    r"\bair support\b"
)
# "opened fire from three directions and also used a quadcopter to drop explosives": a
# drone as one more weapon of an assault, which ACLED codes as the assault.
_ALSO_USED_DRONE_RE: Final = _re(
    r"\balso used (?:an? |the |their )?(?:[\w-]+ )?(?:quadcopters?|drones?)\b"
)
_BACKED_BY_AIR_RE: Final = _re(
    r"\b(?:backed|supported|covered|aided|assisted) by (?:[\w-]+ ){0,2}?(?:air ?strikes?|"
    r"air ?raids?|air ?power|aircraft|warplanes|jets|air support|drones)\b|"
    r"\b(?:with|under) (?:the )?(?:support|cover|backing) of (?:[\w-]+ ){0,2}?"
    r"(?:air ?strikes?|aircraft|warplanes|jets|drones)\b"
)
# The words of aircraft that may only support ("air assets", "aerial vectors").
_SUPPORT_ASSETS_RE: Final = _re(r"\b(?:assets?|vectors?)\b")
_PROTEST_RULES: Final = frozenset(("protest", "protest_intervention", "excessive"))


def _agent_is_state(phrase: str, text: str) -> bool | None:
    """Whether the one who took a place is state forces: the first actor of the clause
    before the verb, else the actor after a passive "by"; None when none is named."""
    at = text.find(phrase)
    if at < 0:
        return None
    clause_start = max(text.rfind(mark, 0, at) for mark in (". ", "; ", ": ", " – ", " - "))
    before = text[max(clause_start, at - 200, 0) : at]
    firsts = [m.start() for m in (STATE_FORCES_RE.search(before), NON_STATE_RE.search(before)) if m]
    if firsts:
        state = STATE_FORCES_RE.search(before)
        return state is not None and state.start() == min(firsts)
    after = text[at + len(phrase) : at + len(phrase) + 120]
    by = after.find(" by ")
    if by >= 0:
        agent = after[by : by + 40]
        if STATE_FORCES_RE.search(agent):
            return True
        if NON_STATE_RE.search(agent):
            return False
    return None


# "2 people were killed by falling debris": the strike hurt someone, whatever was stopped.
_GUNFIRE_RE: Final = _re(r"\b(?:ambush\w*|opened fire|fired|gunmen|shot|shooting|stormed)\b")
_ONLY_SOME_RE: Final = _re(r"\b(?:some|most|several|part|many|a few) of (?:the|them|those)\b")
_HURT_RE: Final = _re(
    r"\b(?:killing|wounding|injuring|killed|wounded|injured|hurt|dead|died|kills?|wounds)\b"
)
_GUNFIGHT_BETWEEN_RE: Final = _re(
    r"\b(?:shoot-?outs?|gun ?battles?|gunfights?|firefights?|exchanges? of fire) between\b"
)
# With a killing told, a raid is no mere arrest and a rape no mere sexual violence.
_KILLED_WORDS_RE: Final = _re(r"\b(?:killed|killing|kills?|dead|died|murdered|slain)\b")
_BODIES_FOUND_RE: Final = _re(r"\b(?:body|bodies|corpses?|remains)\b|\bfound dead\b")
_CAPTIVES_BEFORE_RE: Final = _re(
    r"\b(?:who|whom|that) (?:had been|were|was|have been) (?:kidnapped|abducted|taken hostage)\b"
)
# What air defences stop: drones (an air strike) or else missiles and rockets.
_DRONE_RE: Final = _re(r"\b(?:drones?|uavs?|shaheds?)\b")
# "No one was injured", "nobody was hurt": said to deny it.
_DENIED_BEFORE_RE: Final = _re(
    r"\b(?:no one|nobody|none|no people|no civilians)\s+(?:was\s+|were\s+|got\s+)?$"
)


def _hurt(text: str) -> bool:
    """Whether the text says someone was killed or hurt, not that no one was."""
    return _told_unless(_HURT_RE, text, _DENIED_BEFORE_RE, 20)


def _first(triggers: Sequence[Trigger], *rules: str) -> Trigger | None:
    for rule in rules:
        for trigger in triggers:
            if trigger.rule == rule:
                return trigger
    return None


def _hurt_by_shelling(text: str) -> bool:
    """Whether shells are said to have struck ("shells hit the market", "shelled")."""
    return bool(_SHELLS_STRUCK_RE.search(text))


_SHELLS_STRUCK_RE: Final = _re(
    r"\b(?:shelled|shelling of|shells? (?:hit|struck|landed|fell)|mortars? (?:hit|struck|"
    r"landed|fell)|rockets? (?:hit|struck|landed|fell))\b"
)


def type_of_event(triggers: Sequence[Trigger], text: str) -> tuple[str, str, str]:
    """Type ONE event from all its triggers and its sentences: (type, sub-type, reason).

    The modality that ACLED codes first wins, whatever the order of the sentences: an
    explosion over the fighting it opens, violent protesters make a riot, a place taken
    is territory changing hands, and an attack is typed by its target.

    >>> type_of_event(find_triggers("An IED hit a convoy; a firefight followed."), "")[1]
    'Remote explosive/landmine/IED'
    >>> text = "Protesters threw stones at police."
    >>> type_of_event(find_triggers(text), text)[:2]
    ('Riots', 'Violent demonstration')
    >>> text = "Gunmen opened fire in a bar, killing nine people."
    >>> type_of_event(find_triggers(text), text)[:2]
    ('Violence against civilians', 'Attack')
    """
    if not triggers:
        return STRATEGIC_DEVELOPMENTS, "Other", "no trigger"
    rules = {trigger.rule for trigger in triggers}
    haul = _first(triggers, "weapons")
    if (
        haul is not None
        and all(
            t.rule == "weapons" or (t.rule == "attack" and t.phrase.lower().startswith("raid"))
            for t in triggers
        )
        and not _hurt(text)
    ):
        # "Troops seized two suicide vests in a raid near Afgooye": the raid's news is
        # the haul; no one was hurt, no one fought.
        raid = len(triggers) > 1 and any(t.rule == "attack" for t in triggers)
        detail = "; a raid's haul, no one hurt" if raid else ""
        return haul.event_type, haul.sub_event_type, f"trigger {haul.phrase!r}{detail}"

    def why(trigger: Trigger, detail: str = "") -> str:
        return f"trigger {trigger.phrase!r}" + (f"; {detail}" if detail else "")

    stopped = _first(triggers, "intercept")
    explosive = _first(triggers, *_EXPLOSIVE_ORDER)
    if stopped is not None and explosive is not None and _ONLY_SOME_RE.search(text):
        # "fired a barrage of rockets at Kiryat Shmona; some of the rockets were
        # intercepted": the attack went through.
        stopped = None
    if stopped is not None:
        if not _hurt(text):
            return stopped.event_type, stopped.sub_event_type, why(stopped, "stopped in the air")
        if explosive is None:
            # Debris of what was shot down hurt someone: the strike it stopped only in part.
            drone = _DRONE_RE.search(stopped.phrase) is not None
            sub_event_type = "Air/drone strike" if drone else "Shelling/artillery/missile attack"
            return EXPLOSIONS, sub_event_type, why(stopped, "not stopped before it hurt")
    held = _first(triggers, "arrest") if explosive is not None else None
    if (
        held is not None
        and explosive is not None
        and held.start < explosive.start
        and _ARRESTED_FOR_RE.search(text) is not None
    ):
        # "The SBU detained a Russian agent who was guiding missile strikes on Kharkiv":
        # the arrest is the news; the strikes are what the suspect is held for.
        return held.event_type, held.sub_event_type, why(held, ARREST_FOR_A_CRIME)
    if explosive is not None:
        taken = _first(triggers, "regain", "overtake")
        if explosive.rule == "air" and taken is not None and _BACKED_BY_AIR_RE.search(text):
            # "Government forces, backed by Russian air strikes, recapture Palmyra": the
            # town changed hands; the aircraft backed the advance.
            return taken.event_type, taken.sub_event_type, why(taken, "aircraft backed it")
        if (
            explosive.rule == "grenade"
            and (clash := _first(triggers, "clash")) is not None
            and _crowds_fought(text)
        ):
            # "Awami League and BNP activists clashed with sticks and crude bombs": party
            # supporters are no armed, organised group; their fight is a riot.
            return RIOTS, "Mob violence", why(clash, "crowds or party supporters fought")
        if explosive.rule in ("suicide", "grenade") and (
            rules & _FIGHT_RULES or _SUSTAINED_FIGHT_RE.search(text)
        ):
            # A suicide bombing or grenades that open an assault followed by a gun battle
            # ("the police retaliated") are coded by ACLED as the battle they start.
            return (
                BATTLES,
                "Armed clash",
                why(explosive, f"a {explosive.rule} attack opened a battle"),
            )
        if (
            explosive.rule == "shelling"
            and rules & _FIGHT_RULES
            and _WEAPONS_USED_RE.search(text)
            and not _hurt_by_shelling(text)
        ):
            fight = _first(triggers, "clash", "exchange")
            assert fight is not None
            return BATTLES, "Armed clash", why(fight, "heavy weapons used in the fight")
        if (
            explosive.rule == "air"
            and (assault := _first(triggers, "clash", "exchange", "attack")) is not None
            and _ALSO_USED_DRONE_RE.search(text)
        ):
            if assault.rule == "attack":
                return type_of_attack(text, assault.phrase)
            return BATTLES, "Armed clash", why(assault, "a drone was one weapon of the fight")
        if explosive.rule == "air" and rules & _FIGHT_RULES and _AIR_SUPPORT_RE.search(text):
            fight = _first(triggers, "clash", "exchange")
            assert fight is not None
            return BATTLES, "Armed clash", why(fight, "aircraft supported the fight")
        if (
            explosive.rule == "air"
            and all(_SUPPORT_ASSETS_RE.search(t.phrase) for t in triggers if t.rule == "air")
            and _AIR_SUPPORT_RE.search(text)
        ):
            # "the prompt reaction of our forces, supported by air assets, neutralised
            # thirty terrorists": the ground forces fought; the aircraft only helped.
            return BATTLES, "Armed clash", why(explosive, "aircraft supported the fight")
        if (
            explosive.rule == "bombing"
            # "a landmine exploded", wherever the text names a coalition's aircraft: a
            # mine is laid, not dropped (unexploded ordnance may have been).
            or (explosive.rule == "landmine" and "mine" not in explosive.phrase.lower())
        ) and _AIR_CONTEXT_RE.search(text):
            return EXPLOSIONS, "Air/drone strike", why(explosive, "bombs dropped from the air")
        if explosive.rule == "shelling" and _FIRED_FROM_THE_AIR_RE.search(text):
            # "An Israeli drone fired a missile at a car": a drone strike, whatever it fired.
            return EXPLOSIONS, "Air/drone strike", why(explosive, "fired from the air")
        gunfire = _first(triggers, "attack")
        if (
            explosive.rule == "grenade"
            and gunfire is not None
            and gunfire.start < explosive.start
            and _GUNFIRE_RE.search(gunfire.phrase)
        ):
            # "ambushed an army vehicle ...; the attackers fired at it and threw grenades":
            # the grenades are part of an armed assault, typed by its target.
            event_type, sub_event_type, reason = type_of_attack(text, gunfire.phrase)
            return event_type, sub_event_type, why(gunfire, reason)
        return explosive.event_type, explosive.sub_event_type, why(explosive)
    if rules & _PROTEST_RULES or rules & {"riot", "mob", "breakin"}:
        typed = _type_of_demonstration(triggers, rules, text)
        if typed is not None:
            return typed
    release = _first(triggers, "release")
    if release is not None and not rules & (_FIGHT_RULES | {"attack", "killing"}):
        abduction = _first(triggers, "abduction")
        if abduction is None or abduction.start > release.start:
            # "released 12 students abducted in March": the release is the news.
            return release.event_type, release.sub_event_type, why(release, "captives freed")
    sexual = _first(triggers, "sexual")
    if sexual is not None and not _KILLED_WORDS_RE.search(text):
        # "Soldiers raped three women during a raid": the raid is when, the rape is what.
        return sexual.event_type, sexual.sub_event_type, why(sexual, "no one was killed")
    clash = _first(triggers, "clash", "exchange")
    if clash is not None and _PROTESTERS_RE.search(text) and _POLICE_RE.search(text):
        return RIOTS, "Violent demonstration", why(clash, "a clash between protesters and police")
    taking = _first(triggers, "overtake", "regain", "transfer")
    if taking is not None and (
        taking.rule == "transfer" or (_WITHOUT_FIGHT_RE.search(text) and not rules & _FIGHT_RULES)
    ):
        # "took control of Sake without a fight", "withdrew from the town": ACLED's
        # non-violent transfer of territory.
        return (
            STRATEGIC_DEVELOPMENTS,
            "Non-violent transfer of territory",
            why(taking, "territory changed hands without fighting"),
        )
    if taking is not None:
        state = _agent_is_state(taking.phrase, text)
        if state is None:
            state = taking.rule == "regain"
        if state:
            return BATTLES, "Government regains territory", why(taking, "taken by state forces")
        return (
            BATTLES,
            "Non-state actor overtakes territory",
            why(taking, "taken by a non-state group"),
        )
    massacre = _first(triggers, "massacre")
    held_for = _first(triggers, "arrest") is not None and _ARRESTED_FOR_RE.search(text)
    if (
        massacre is not None
        and (clash is None or clash.phrase.lower().startswith("inva"))
        # "arrested 14 suspects in connection with the massacre": the arrest is the news.
        and not held_for
    ):
        return massacre.event_type, massacre.sub_event_type, why(massacre)
    if (
        clash is not None
        and clash.rule == "clash"
        and (_BLUNT_WEAPONS_RE.search(text) or _CROWD_PARTIES_RE.search(text))
        and not _ARMED_PARTIES_RE.search(text)
    ):
        # "Rival groups of traders clashed with sticks and stones": a fight of crowds, not
        # of armed, organised groups.
        return RIOTS, "Mob violence", why(clash, "crowds fought, with no armed group or gun")
    if clash is not None and clash.rule == "clash" and _partisans_fought(text):
        # "CPI(M) and Trinamul supporters clashed with crude bombs and firearms": ACLED
        # codes a fight of party supporters as a riot, whatever they fought with.
        return RIOTS, "Mob violence", why(clash, "party supporters fought")
    if clash is not None:
        return clash.event_type, clash.sub_event_type, why(clash)
    # "Gunmen" names attackers, not what they did: an abduction by gunmen is an abduction.
    attack = _first(
        [
            t
            for t in triggers
            if t.phrase.lower() != "gunmen"
            # "kidnapped and tortured": the abduction is what ACLED codes.
            and not (t.phrase.lower().startswith(_TORTURE) and rules & {"abduction", "arrest"})
        ],
        "attack",
        "killing",
    )
    arrest = _first(triggers, "arrest")
    if (
        attack is not None
        and arrest is not None
        and attack.phrase.lower().startswith(("storm", "raid"))
        and not _KILLED_WORDS_RE.search(text)
    ):
        # "Police stormed the party's offices and arrested 40 members": a raid to arrest.
        return arrest.event_type, arrest.sub_event_type, why(arrest, "a raid to arrest")
    if arrest is not None and _ARRESTED_FOR_RE.search(text) is not None:
        # "arrested two men in Salamanca in connection with the killing of a police
        # officer": the arrest is the news; the killing, what it is for, came before.
        return arrest.event_type, arrest.sub_event_type, why(arrest, ARREST_FOR_A_CRIME)
    if attack is None and not rules & {"abduction", "sexual", "looting", "arrest"}:
        attack = _first(triggers, "attack")
    abduction = _first(triggers, "abduction") if attack is not None else None
    looting = _first(triggers, "looting") if attack is not None else None
    if (
        looting is not None
        and abduction is None
        and attack is not None
        and attack.rule == "attack"
        and (
            attack.phrase.lower().startswith(("raid", "storm", "invad"))
            # "Shots were fired into the party's office": the building was shot at.
            or looting.phrase.lower().startswith(("shots", "bullets", "rounds"))
        )
        and not _HURT_RE.search(text)
        and not _KILLED_WORDS_RE.search(text)
    ):
        # "Settlers stormed the land and chopped down 300 olive saplings": a raid whose
        # only harm told is to property (ACLED's type).
        return looting.event_type, looting.sub_event_type, why(looting, "no one hurt")
    if (
        abduction is not None
        and attack is not None
        and attack.rule == "attack"
        and attack.phrase.lower().startswith(("attack", "raid", "storm", "invad"))
        and not _HURT_RE.search(text)
    ):
        # "In a separate attack, bandits abducted 20 villagers", "attacked the village and
        # abducted 20": an attack whose only harm told is the abduction (ACLED's type).
        return abduction.event_type, abduction.sub_event_type, why(abduction, "no one hurt")
    if attack is not None:
        if _PROTESTERS_RE.search(text):
            if attack.phrase.lower().startswith("storm"):
                return RIOTS, "Violent demonstration", why(attack, "protesters stormed a building")
            if _PROTESTER_RE.search(text) and attack.phrase.lower().startswith(("shot", "fired")):
                return (
                    PROTESTS,
                    "Excessive force against protesters",
                    why(attack, "a protester shot"),
                )
        if _first(triggers, "looting") and "arson" in text.lower() and not _EXPLODED.search(text):
            return STRATEGIC_DEVELOPMENTS, "Looting/property destruction", why(attack, "arson")
        crowd = _CROWD_OF_RE.search(text, 0, attack.start) or _CROWD_SUBJECT_RE.search(
            text, 0, attack.end
        )
        if crowd is not None and not _ARMED_PARTIES_RE.search(_ATTRIBUTION_RE.sub(" ", text)):
            # "Hundreds of right-wing activists attacked a taxi driver": a crowd's violence,
            # with no arms named (gunmen in their dozens are an armed group).
            return RIOTS, "Mob violence", why(attack, f"a crowd attacked ({crowd.group(0)!r})")
        event_type, sub_event_type, reason = type_of_attack(text, attack.phrase)
        if (
            event_type == VIOLENCE_AGAINST_CIVILIANS
            and attack.phrase.lower() in _BARE_ATTACK_WORDS
            and _INVADER_ATTACK_RE.search(text) is not None
            and _GROUND_ASSAULT_RE.search(text) is None
        ):
            # "Russian attacks killed five in Donetsk Oblast": the invader's attacks on
            # towns are strikes from afar, which ACLED codes as shelling when the weapon
            # goes untold (its troops shooting villagers are an attack).
            return (
                EXPLOSIONS,
                "Shelling/artillery/missile attack",
                why(attack, "the invader's attack on a town, weapon untold"),
            )
        return event_type, sub_event_type, why(attack, reason)
    primary = (
        _first(triggers, "abduction", "sexual", "explosion", "looting", "arrest", "weapons")
        or triggers[0]
    )
    if (
        primary.rule == "abduction"
        and _BODIES_FOUND_RE.search(text)
        and _CAPTIVES_BEFORE_RE.search(text)
    ):
        # "The bodies of 13 guards who had been kidnapped were found": the captives were
        # killed; the abduction, told in passing, was before.
        return VIOLENCE_AGAINST_CIVILIANS, "Attack", why(primary, "the captives found dead")
    if primary.rule == "weapons" and _hurt(text):
        # "killed 30 militants ...; 'we seized weapons,' the commander said": the weapons
        # taken are the fight's spoils; the fight is the event.
        fight = _first(triggers, "clash", "exchange", "killing", "attack", "casualties")
        if fight is not None:
            event_type, sub_event_type, reason = type_of_attack(text, fight.phrase)
            return event_type, sub_event_type, why(fight, reason)
    if primary.rule == "looting" and _hurt(text):
        # "Gang members set fire to 30 homes; 12 people are killed": people attacked, not
        # only their property.
        return VIOLENCE_AGAINST_CIVILIANS, "Attack", why(primary, "people killed or hurt")
    if primary.rule == "arrest" and is_protest_related(text) and not _PROTEST_TOPIC_RE.search(text):
        return PROTESTS, "Protest with intervention", why(primary, "arrests at a protest")
    if primary.rule == "arrest" and _ARMED_GROUP_DETAINS_RE.search(text):
        # "RSF fighters rounded up 40 men", "rebels detained four aid workers": an armed
        # group that holds people abducts them; arrests are a state's.
        return (
            VIOLENCE_AGAINST_CIVILIANS,
            "Abduction/forced disappearance",
            why(primary, "people held by an armed group"),
        )
    return primary.event_type, primary.sub_event_type, why(primary)


_ARMED_GROUP_DETAINS_RE: Final = _re(
    r"\b(?:rebels|militants|militiam[ae]n|militias?|gunmen|jihadists|insurgents|bandits|"
    r"(?-i:RSF)|Rapid Support Forces|al-Shabaab|Boko Haram|(?-i:ISWAP|JNIM|M23|ADF))"
    r"(?: (?:fighters|members|elements))?(?: (?:also|then|reportedly|allegedly))? "
    r"(?:(?:[\w'’-]+ ){0,8}?and )?(?:detained|rounded up|arrested|seized|took away|held)\b"
)


def _type_of_demonstration(
    triggers: Sequence[Trigger], rules: set[str], text: str
) -> tuple[str, str, str] | None:
    protest = _first(triggers, "excessive", "protest_intervention", "protest")
    if protest is not None:
        # What the crowd protests ("against the killing of a man by gunmen") tells
        # nothing of how the protest went, nor do the triggers inside it ("demanding
        # that the killers be arrested").
        blanked = without_protest_grievance(text)
        if blanked != text:
            text = blanked
            rules = {t.rule for t in find_triggers(text)} | (rules & _PROTEST_RULES)
    mob = _first(triggers, "mob")
    riot = _first(triggers, "riot", "breakin")
    if mob is not None and protest is None:
        return RIOTS, "Mob violence", f"trigger {mob.phrase!r}"
    if riot is not None:
        reason = f"trigger {riot.phrase!r}"
        if protest is None and _GUNFIGHT_BETWEEN_RE.search(text):
            # "Rioting prisoners … a shootout between four pavilions": armed groups that
            # fight each other with guns are in a clash, whatever the report calls it.
            return BATTLES, "Armed clash", f"{reason}; a gunfight between armed groups"
        if _COMMUNAL_RE.search(text) or (
            protest is None and not riot.phrase.lower().startswith("riot")
        ):
            return RIOTS, "Mob violence", f"{reason}; violence by a crowd, not a demonstration"
        return RIOTS, "Violent demonstration", reason
    if protest is None:
        return None
    reason = f"trigger {protest.phrase!r}"
    if (
        (protest.rule == "excessive" or rules & {"attack", "killing"})
        and _CROWD_ATTACKERS_RE.search(text)
        and not _STATE_SHOOTERS_RE.search(text)
    ):
        # "Gang members opened fire on a march", "militia members attacked a rally":
        # force used on protesters is the state's; others who strike a crowd attack
        # civilians.
        return (
            VIOLENCE_AGAINST_CIVILIANS,
            "Attack",
            f"{reason}; armed men who are not the state struck the crowd",
        )
    if "attack" in rules and _PARTISANS_ATTACKED_RE.search(text):
        # "Ruling-party activists armed with sticks attacked protesters": a crowd set on
        # another, as ACLED codes mob violence, not a demonstration that stayed calm.
        return RIOTS, "Mob violence", f"{reason}; partisans attacked the protesters"
    if (
        protest.rule == "excessive"
        and _AID_CROWD_RE.search(text)
        and not _PROTEST_WORD_RE.search(text)
    ):
        # "opened fire on crowds heading to an aid distribution site": people waiting for
        # food are no demonstration; firing on them attacks civilians.
        return VIOLENCE_AGAINST_CIVILIANS, "Attack", f"{reason}; a crowd seeking aid"
    deeds = [
        m.group(0)
        for m in _RIOT_ACTS_RE.finditer(text)
        # "…, a day after the storming of government buildings": an earlier event's deed.
        if not _DAYS_AFTER_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ]
    riot_acts = mob is not None or bool(deeds)
    if (
        protest.rule == "excessive"
        and mob is None
        and all(d.lower().startswith("clash") for d in deeds)
    ):
        # "Protesters clash with security forces, who fired live rounds at the protesters":
        # the forces fired on the crowd; a "clash" alone says no more than that.
        return (
            PROTESTS,
            "Excessive force against protesters",
            f"{reason}; the forces fired on the protesters",
        )
    if riot_acts or "clash" in rules:
        return RIOTS, "Violent demonstration", f"{reason}; the protesters turned violent"
    if protest.rule == "excessive" or _protesters_harmed(text):
        return (
            PROTESTS,
            "Excessive force against protesters",
            f"{reason}; protesters killed or shot",
        )
    if protest.rule == "protest_intervention" or "arrest" in rules or INTERVENTION_RE.search(text):
        return PROTESTS, "Protest with intervention", f"{reason}; the police intervened"
    return PROTESTS, "Peaceful protest", reason
