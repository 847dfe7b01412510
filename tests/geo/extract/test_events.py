"""Event typing: triggers, their order, the target rule for attacks, the pre-check."""

from __future__ import annotations

import pytest

from bench.extract_throughput import BACKGROUND, DETAILS, INCIDENTS
from geo.extract.events import (
    find_triggers,
    find_triggers_unfiltered,
    may_hold_trigger,
    trigger_hint_offsets,
    type_of_attack,
)
from geo.extract.incidents import Extractor
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
        ("Hundreds of people protested outside the court.", "Protests", "Peaceful protest"),
        (
            "Police fired on the protesters, killing three.",
            "Protests",
            "Excessive force against protesters",
        ),
        ("Sappers defused an unexploded shell.", "Strategic developments", "Disrupted weapons use"),
        ("Police arrested four men.", "Strategic developments", "Arrests"),
    ],
)
def test_each_kind_of_incident_gets_its_acled_type(sentence, event_type, sub_event_type):
    extractor = Extractor()
    report = Report("t.txt", sentence)
    (incident,) = extractor.extract(report)
    assert (incident.event_type, incident.sub_event_type) == (event_type, sub_event_type)
    assert incident.sub_event_type in SUB_EVENT_TYPES[incident.event_type]


def test_an_attack_is_typed_by_its_target():
    # Peacekeepers, soldiers and police are not civilians.
    assert type_of_attack("Gunmen opened fire on peacekeepers.")[0] == "Battles"
    assert type_of_attack("Gunmen opened fire on a police post.")[0] == "Battles"
    assert type_of_attack("Gunmen opened fire on villagers.")[0] == "Violence against civilians"


@pytest.mark.parametrize(
    "sentence",
    [
        "The army threatened to attack the town.",
        "Both sides could resume shelling at any moment.",
        "Police arrested two men on suspicion of planning an attack.",
    ],
)
def test_hypothetical_or_planned_incidents_are_not_triggers(sentence):
    rules = {t.rule for t in find_triggers(sentence)}
    assert "attack" not in rules and "shelling" not in rules


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
