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
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

import ahocorasick_rs

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
    return re.compile(pattern, re.IGNORECASE)


_EXPLODED: Final = _re(
    r"\b(?:explo(?:ded|sion|sions)|blasts?|detonat\w*|went off|killed|killing|dead|died|"
    r"injur\w*|wound\w*|hurt|struck|hit|stepped)\b"
)
_PROTEST_WORDS: Final = _re(r"\b(?:protest\w*|demonstrat\w*|rall\w*|march\w*)\b")

RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "weapons",
        _re(
            r"\b(?:defused|disarmed|neutrali[sz]ed|destroyed|cleared) (?:a |an |the )?"
            r"(?:[\w-]+ ){0,2}(?:bombs?|devices?|explosives?|mines?|shells?|ordnance|munitions?)\b|"
            r"\bweapons? caches?\b|\bseized (?:a |an )?(?:weapons|arms|ammunition|explosives)\b"
        ),
        STRATEGIC_DEVELOPMENTS,
        "Disrupted weapons use",
        0.7,
    ),
    Rule(
        "suicide",
        _re(
            r"\bsuicide (?:bomb\w*|attack\w*|car bomb\w*|vest)|"
            r"\bblew (?:himself|herself|themselves) up"
        ),
        EXPLOSIONS,
        "Suicide bomb",
        0.9,
    ),
    Rule(
        "landmine",
        _re(
            r"\b(?:land)?mines? (?:explosion|blast|exploded|detonated|went off|incident)s?|"
            r"\b(?:stepped on|hit|struck|ran over|drove over|triggered|detonated) (?:a |an )?"
            r"(?:anti-(?:personnel|tank) |land)?mines?\b|"
            r"\b(?:landmines?|anti-(?:personnel|tank) mines?|IEDs?|improvised explosive devices?|"
            r"roadside bombs?|car bombs?|explosive devices?|booby[- ]traps?|"
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
            r"\b(?:air|drone|aerial|missile and drone) ?strikes?\b|\bairstrikes?\b|"
            r"\bbomb(?:ing|ed)? raids?\b|\bwarplanes?\b|\bfighter jets?\b|"
            r"\bhelicopter gunships?\b|\bkamikaze drones?\b|\bloitering munitions?\b|"
            r"\bdrone (?:attacks?|struck|hit|dropped)\b|\bdrones? (?:struck|hit|attacked)\b|"
            r"\b(?:attack|combat|armed|strike) drones?\b"
        ),
        EXPLOSIONS,
        "Air/drone strike",
        0.85,
    ),
    Rule(
        "exchange",
        _re(
            r"\b(?:traded|exchanged|exchanges? of|exchanging) (?:heavy |artillery |mortar |"
            r"machine[- ]gun |small[- ]arms |gun|rocket )?fire\b"
        ),
        BATTLES,
        "Armed clash",
        0.85,
    ),
    Rule(
        "shelling",
        _re(
            r"\bshell(?:ed|ing|s|fire)\b|\bartillery\b|\bmortars?\b|\bmortar (?:fire|rounds?)\b|"
            r"\brockets?\b|\bmissiles?\b|\bgrad\b|\bmultiple rocket launchers?\b|"
            r"\bhowitzers?\b|\bbombard(?:ed|ment)\b"
        ),
        EXPLOSIONS,
        "Shelling/artillery/missile attack",
        0.8,
    ),
    Rule("grenade", _re(r"\bgrenades?\b"), EXPLOSIONS, "Grenade", 0.8),
    Rule(
        "abduction",
        _re(
            r"\b(?:abduct(?:ed|ion|s)|kidnapp?(?:ed|ing|ings)|taken hostage|held hostage|"
            r"forcibly disappeared|went missing)\b"
        ),
        VIOLENCE_AGAINST_CIVILIANS,
        "Abduction/forced disappearance",
        0.8,
    ),
    Rule(
        "sexual",
        _re(r"\b(?:raped|rape of|sexual(?:ly)? (?:assault\w*|violence|abuse\w*))"),
        VIOLENCE_AGAINST_CIVILIANS,
        "Sexual violence",
        0.8,
    ),
    Rule(
        "mob",
        _re(r"\b(?:lynch(?:ed|ing)|a mob|an angry mob|mob (?:attack\w*|beat\w*|violence))\b"),
        RIOTS,
        "Mob violence",
        0.8,
    ),
    Rule(
        "riot",
        _re(
            r"\b(?:(?<!anti-)riot(?:s|ed|ers|ing)?(?!\s+(?:police|gear|squads?|shields?|"
            r"control|units?|officers))|threw (?:stones|rocks|petrol bombs|molotov\w*)|"
            r"hurled (?:stones|rocks)|stone-throwing|petrol bombs|molotov cocktails)\b"
        ),
        RIOTS,
        "Violent demonstration",
        0.8,
    ),
    Rule(
        "excessive",
        _re(
            r"\b(?:fired|shot|opened fire)\b[^.]{0,40}\b(?:on|at|into) (?:the )?"
            r"(?:protesters|demonstrators|crowds?|marchers)\b"
        ),
        PROTESTS,
        "Excessive force against protesters",
        0.85,
    ),
    Rule(
        "protest_intervention",
        _re(
            r"\b(?:tear gas|water cannons?|rubber bullets|dispersed|broke up|batons|stun grenades)"
        ),
        PROTESTS,
        "Protest with intervention",
        0.8,
        requires=_PROTEST_WORDS,
    ),
    Rule(
        "protest",
        _re(
            r"\b(?:protest(?:s|ed|ers|ors|ing)?|demonstrat(?:ion|ions|ors|ed)|"
            r"rall(?:y|ies|ied)|marched|sit-ins?|picket(?:ed|s)?|strikers|blocked (?:the |a )?"
            r"(?:main )?(?:roads?|highways?|streets?|bridges?|entrances?))\b"
        ),
        PROTESTS,
        "Peaceful protest",
        0.75,
    ),
    Rule(
        "clash",
        _re(
            r"\bclash(?:es|ed)?\b|\bfirefights?\b|\bgun ?battles?\b|\bexchange(?:d|s)? (?:of )?"
            r"(?:gun)?fire\b|\bskirmish(?:es)?\b|\bheavy fighting\b|\bfighting (?:broke out|"
            r"erupted|raged|continued|flared|resumed)\b|\bfought\b"
        ),
        BATTLES,
        "Armed clash",
        0.8,
    ),
    Rule(
        "regain",
        _re(r"\b(?:recaptured|retook|regained control|liberated|took back)\b"),
        BATTLES,
        "Government regains territory",
        0.7,
    ),
    Rule(
        "overtake",
        _re(
            r"\b(?:(?:captured|seized|took) (?:control of )?(?:the |a |an |several |two |three |"
            r"four |five |six |seven |\d+ )?(?:(?:strategic|key|nearby|border|frontline) )?"
            r"(?:towns?|villages?|city|cities|hills?|base|airport|district|region|settlements?|"
            r"positions?|heights?|area|territory|outposts?)|seized control|took control|overran)\b"
        ),
        BATTLES,
        "Non-state actor overtakes territory",
        0.7,
    ),
    Rule(
        "attack",
        _re(
            r"\bcame under (?:(?:heavy|small[- ]arms|sniper|automatic|machine[- ]gun|"
            r"intense|gun) )?(?:fire|attack)\b|\bopened fire\b|\bfired (?:on|at|upon)\b|"
            r"\bshot (?:dead|and killed|at)\b|\bshot\b|\bambush(?:ed)?\b|\bgunmen\b|"
            r"\bgunfire\b|\bsniper fire\b|\bsmall[- ]arms fire\b|\bstabbed\b|"
            r"\bbeaten(?: to death)?\b|\bexecuted\b|\battack(?:ed|s)?\b|\braid(?:ed)?\b|"
            r"\bstormed\b|\bassault(?:ed)?\b"
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
        _re(r"\b(?:looted|looting|torched|set fire to|burned down|ransacked|vandali[sz]ed)\b"),
        STRATEGIC_DEVELOPMENTS,
        "Looting/property destruction",
        0.65,
    ),
    Rule(
        "arrest",
        _re(r"\b(?:arrested|detained|arrests of|rounded up)\b"),
        STRATEGIC_DEVELOPMENTS,
        "Arrests",
        0.6,
    ),
)

# An incident stated as hypothetical, planned or denied is not an incident.
_NOT_EVENT_BEFORE: Final = _re(
    r"(?:(?<!due )(?<!owing )(?<!according )(?<!subjected )(?<!response )(?<!related )\bto|"
    r"\b(?:will|would|could|may|might|can)(?:\s+(?:not\s+)?(?:resume|continue|start|face|"
    r"launch|see|be|carry out|stage|hold))?|\bthreat(?:ened|ens) of|"
    r"\bwarned of|\brisk of|\bdenied|\bno|\bwithout|\bagainst|\bprevent(?:ed)?|"
    r"\bban on|\bcalled for(?: a)?|\bplans? (?:for|to)|\bunder the threat of|"
    r"\bceasefire|\bpost-|\bnever|\bplanning|\bplotting|\bsuspicion of|\bpreparing)"
    r"\s*(?:an? |the |any )?$"
)
_DEFINITE_BEFORE: Final = _re(r"\b(?:the|this|that|said|same)\s+(?:\w+\s+)?$")
RULE_RANK: Final = MappingProxyType({rule.name: rank for rank, rule in enumerate(RULES)})
_ANAPHORIC_RULES: Final = frozenset(("explosion", "attack", "shelling", "air", "clash", "protest"))
# Every match of a rule holds a word that its gate names: a four-letter prefix, a
# six-letter prefix (or a shorter whole word such as "clash"), or an exact word ("=ied").
# A sentence with no gate word of any rule is skipped; in a sentence that has some, only
# the rules whose gate opens are tried. Set lookups cost far less than twenty regular
# expressions per sentence. tests/geo/extract/test_events.py checks that no rule match
# escapes its gate.
GATES: Final = MappingProxyType(
    {
        "suicide": "suic blew",
        "landmine": "mine bomb boob magn deto landmi roadsi improv explos unexpl =ied =ieds",
        "air": "dron aeri bomb warp heli kami loit strike airstr =jet =jets",
        "shelling": "mort rock howi bomb shelle shelli shells shellf artill missil =shell =grad",
        "grenade": "gren",
        "abduction": "abdu kidn hostag forcib =missing",
        "sexual": "rape sexu",
        "mob": "lync =mob",
        "riot": "riot ston hurl petr molo rock",
        "excessive": "crow marc protes demons",
        "protest_intervention": "rall marc protes demons",
        "protest": "rall marc protes demons picket strike blocke =sit",
        "clash": "fire gunb gunf skir foug clash clashe fighti =gun",
        "regain": "took recapt regain libera =retook",
        "overtake": "capt seiz took =overran",
        "exchange": "traded exchan",
        "attack": "fire shot gunm gunf raid assa atta ambush stabbe beaten =executed =stormed",
        "explosion": "blas deto explos explod",
        "weapons": "defu weap seiz disarm neutra destro =cleared",
        "looting": "loot torc fire rans vand =burned",
        "arrest": "arre detain =rounded",
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
_WORD_RE: Final = re.compile(r"[a-z]+")
_NOT_LETTER_RE: Final = re.compile(r"[^a-z]")
# The same check over a whole text in one pass: patterns are " prefix" (a word start)
# and " word " over the text with every non-letter turned into a space.
_HINT_AUTOMATON: Final = ahocorasick_rs.AhoCorasick(
    [f" {p}" for p in (*_PREFIXES_4, *_PREFIXES_6)] + [f" {w} " for w in _WORDS]
)


def trigger_hint_offsets(text: str) -> list[int] | None:
    """Offsets in ``text`` where a word that may start a trigger begins (sorted).

    None when lower-casing changes the text's length (rare scripts): then callers
    check each sentence with :func:`may_hold_trigger` instead.

    >>> trigger_hint_offsets("Prices rose. Shells fell on Goris.")
    [13]
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    haystack = " " + _NOT_LETTER_RE.sub(" ", lowered) + " "
    return [start for _, start, _ in _HINT_AUTOMATON.find_matches_as_indexes(haystack)]


def may_hold_trigger(text: str) -> bool:
    """Cheap pre-check: False means ``text`` certainly holds no trigger.

    >>> may_hold_trigger("Prices of bread rose."), may_hold_trigger("Shells fell.")
    (False, True)
    """
    return any(
        word[:4] in _PREFIXES_4 or word[:6] in _PREFIXES_6 or word in _WORDS
        for word in _WORD_RE.findall(text.lower())
    )


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
    words = _WORD_RE.findall(text.lower())
    prefixes_4 = {word[:4] for word in words}
    prefixes_6 = {word[:6] for word in words}
    whole = set(words)
    taken: list[tuple[int, int]] = []
    found: list[Trigger] = []
    for rule in RULES:
        gate_4, gate_6, gate_words = _GATE_SETS[rule.name]
        if (
            gated
            and gate_4.isdisjoint(prefixes_4)
            and gate_6.isdisjoint(prefixes_6)
            and gate_words.isdisjoint(whole)
        ):
            continue
        if rule.requires is not None and not rule.requires.search(text):
            continue
        for match in rule.pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            before = text[max(0, start - 30) : start]
            if _NOT_EVENT_BEFORE.search(before):
                continue
            anaphoric = rule.name in _ANAPHORIC_RULES and bool(
                _DEFINITE_BEFORE.search(before[-16:])
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
    return found


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
    r"border guards?|guards?|police\w*|officers?|positions?|posts?|checkpoints?|base|"
    r"convoy|patrol|units?|forces|militants?|rebels?|fighters?|separatists?|armou?red|"
    r"defen[cs]e ministry|servicemen's|tanks?|military vehicles?)\b"
)
_CIVILIAN_TARGETS: Final = _re(
    r"\b(?:civilians?|villagers?|residents?|farmers?|shepherds?|children|child|women|woman|"
    r"journalists?|reporters?|worshippers?|passengers?|bus|market|school|hospital|homes?|"
    r"houses?|wedding|mosque|church|shop|family|families|aid workers?|deminers?|workers?|"
    r"pedestrians?|teachers?|doctors?|students?|motorists?|drivers?)\b"
)


def type_of_attack(text: str) -> tuple[str, str, str]:
    """Type an armed attack by its target: (event type, sub-type, reason).

    Peacekeepers, soldiers and police are not civilians, so an attack on them is a
    battle; an attack on civilians is Violence against civilians.

    >>> type_of_attack("Their vehicle came under fire; peacekeepers died.")[:2]
    ('Battles', 'Armed clash')
    >>> type_of_attack("Gunmen opened fire on a bus carrying villagers.")[:2]
    ('Violence against civilians', 'Attack')
    """
    military = [m.group(0) for m in _MILITARY_TARGETS.finditer(text)]
    civilian = [m.group(0) for m in _CIVILIAN_TARGETS.finditer(text)]
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
    return BATTLES, "Armed clash", "armed attack on an unstated target"


def is_protest_related(text: str) -> bool:
    """True when the text speaks of a protest (used to type riots and arrests).

    >>> is_protest_related("Police detained protesters.")
    True
    """
    return bool(_PROTEST_WORDS.search(text))
