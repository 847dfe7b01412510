"""Actors named as ACLED names them; an unknown attacker stays empty."""

from __future__ import annotations

from geo.extract.actors import find_actors
from geo.taxonomy import PROTESTS

NAMES = {
    "Azerbaijani": "Azerbaijan",
    "Armenian": "Armenia",
    "Russian": "Russia",
    "Georgia": "Georgia",
    "Russia": "Russia",
}.get


def test_attacker_and_target():
    actors = find_actors(
        "Armenian forces shelled a village, wounding two Azerbaijani soldiers and a farmer.",
        trigger_at=16,
        event_type="Explosions/Remote violence",
        country_name="Azerbaijan",
        name_of_demonym=NAMES,
    )
    assert actors.actor1 == "Military Forces of Armenia"
    assert actors.actor2 == "Military Forces of Azerbaijan"
    assert actors.assoc_actors == "Civilians (Azerbaijan)"


def test_an_unclaimed_mine_has_no_attacker():
    actors = find_actors(
        "A mine exploded, injuring one Russian peacekeeper.",
        trigger_at=2,
        event_type="Explosions/Remote violence",
        country_name="Azerbaijan",
        name_of_demonym=NAMES,
    )
    assert actors.actor1 == ""
    assert actors.actor2 == "Military Forces of Russia"


def test_protesters_and_police():
    actors = find_actors(
        "Protesters rallied and police detained twelve.",
        trigger_at=0,
        event_type=PROTESTS,
        country_name="Georgia",
        name_of_demonym=NAMES,
    )
    assert (actors.actor1, actors.actor2) == ("Protesters (Georgia)", "Police Forces of Georgia")


def test_monitors_who_document_an_attack_are_not_its_victims():
    actors = find_actors(
        "SOHR activists have documented an attack by gunmen on a checkpoint, killing two fighters.",
        trigger_at=38,
        event_type="Battles",
        country_name="Syria",
        name_of_demonym=NAMES,
    )
    assert "Protesters" not in f"{actors.actor1} {actors.actor2} {actors.assoc_actors}"


def test_acled_s_own_force_names_are_the_actors():
    found = find_actors(
        "On 5 August 2024, Military Forces of Russia took control of the town.",
        trigger_at=45,
        event_type="Battles",
        country_name="Ukraine",
        name_of_demonym=lambda word: None,
    )
    assert found.actor1 == "Military Forces of Russia"
