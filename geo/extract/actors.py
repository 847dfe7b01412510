"""Who took part: actors named the way ACLED names them.

ACLED names state forces "Military Forces of Azerbaijan" and "Police Forces of Georgia",
and groups by kind and country: "Civilians (Armenia)", "Protesters (Georgia)",
"Unidentified Armed Group (Azerbaijan)". The attacker is ``actor1``; the target is
``actor2``; further groups go to ``assoc_actors``. When the report does not say who
attacked (a mine, an unclaimed shelling), ``actor1`` stays empty rather than invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final

from geo.extract.patterns import lazy_compile
from geo.taxonomy import PROTESTS, RIOTS


@dataclass(frozen=True, slots=True)
class Actors:
    """actor1 (who acted), actor2 (the target) and associated actors, ``;``-separated."""

    actor1: str = ""
    actor2: str = ""
    assoc_actors: str = ""


_DEMONYM: Final = r"(?P<dem>[A-Z][a-z]+(?:ian|ani|eri|ese|ish|i|an|ic|ch))"
_MILITARY: Final = (
    r"(?:soldiers?|servicem[ae]n|servicewom[ae]n|troops|forces|armed forces|military|army|"
    r"peacekeep(?:ers?|ing (?:forces|contingent|troops|mission))|border guards?|"
    r"special forces|artillery|drones?|navy|air force|sappers?|deminers?|units?|positions?|"
    r"marines|paratroopers|conscripts?)"
)
_POLICE: Final = r"(?:police(?:men)?|police officers?|riot police|security forces|gendarmes?)"
_FORCE_RE: Final = lazy_compile(
    rf"\b{_DEMONYM}\s+(?:(?P<police>{_POLICE})|(?P<military>{_MILITARY}))\b"
    rf"|\b(?P<country>[A-Z][a-z]+)(?:'s|’s)\s+(?:(?P<police2>{_POLICE})|"
    rf"(?P<military2>armed forces|army|military|troops|forces|defen[cs]e forces))\b"
    # ACLED's own names, as event notes write them: "Military Forces of Russia (2000-)".
    r"|\b(?P<acled>Military|Police) Forces of (?P<country3>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)
_GROUP_RE: Final = lazy_compile(
    r"\b(?:(?P<civilians>civilians?|villagers?|residents?|farmers?|shepherds?|children|"
    r"journalists?|reporters?|workers?|emergency services|rescuers?|passengers?|"
    r"motorists?|pedestrians?|worshippers?|students?|teachers?|doctors?|families|family)"
    # ("SOHR activists have documented": the monitors who tell it.)
    r"|(?P<protesters>protesters?|demonstrators?|marchers|activists?(?!\s+(?:have\s+|had\s+)?"
    r"(?:said|say|says|told|reported|documented|recorded|confirmed)\b))"
    r"|(?P<rioters>rioters?|mob)"
    r"|(?P<armed>gunmen|militants?|insurgents?|unidentified (?:attackers|assailants|armed men)"
    r"|armed men|attackers|assailants|saboteurs?))\b",
    re.IGNORECASE,
)
_TARGET_BEFORE: Final = lazy_compile(
    r"\b(?:on|at|against|targeting|of|killing|wounding|injuring|hit|struck)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
_POLICE_ONLY_RE: Final = lazy_compile(rf"\b{_POLICE}\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Found:
    name: str
    start: int
    is_target: bool
    role: str  # "state", "civilians", "protesters", "rioters", "armed"


def find_actors(
    text: str,
    *,
    trigger_at: int,
    event_type: str,
    country_name: str,
    name_of_demonym: Callable[[str], str | None],
) -> Actors:
    """Name the actors of one incident from its sentences (``text``).

    ``name_of_demonym`` turns "Azerbaijani" into "Azerbaijan"; ``country_name`` is the
    country of the event location, used for groups with no nationality of their own.

    >>> names = {"Azerbaijani": "Azerbaijan", "Armenian": "Armenia"}.get
    >>> find_actors("Armenian forces shelled a village, wounding two Azerbaijani soldiers.",
    ...             trigger_at=15, event_type="Battles", country_name="Azerbaijan",
    ...             name_of_demonym=names)
    Actors(actor1='Military Forces of Armenia', actor2='Military Forces of Azerbaijan', \
assoc_actors='')
    """
    found: list[_Found] = []
    for match in _FORCE_RE.finditer(text):
        if match["acled"]:
            found.append(
                _Found(
                    f"{match['acled']} Forces of {match['country3']}",
                    match.start(),
                    match.start() > trigger_at,
                    "state",
                )
            )
            continue
        if match["dem"]:
            country = name_of_demonym(match["dem"])
        else:
            country = match["country"] if name_of_demonym(match["country"]) is None else None
            country = country or name_of_demonym(match["country"])
        if not country:
            continue
        police = match["police"] or match["police2"]
        kind = "Police Forces" if police else "Military Forces"
        before = text[max(0, match.start() - 40) : match.start()]
        found.append(
            _Found(
                f"{kind} of {country}",
                match.start(),
                match.start() > trigger_at or bool(_TARGET_BEFORE.search(before)),
                "state",
            )
        )
    where = f" ({country_name})" if country_name else ""
    for match in _GROUP_RE.finditer(text):
        role = next(name for name in ("civilians", "protesters", "rioters", "armed") if match[name])
        label = {
            "civilians": "Civilians",
            "protesters": "Protesters",
            "rioters": "Rioters",
            "armed": "Unidentified Armed Group",
        }[role]
        before = text[max(0, match.start() - 40) : match.start()]
        is_target = role == "civilians" or (
            match.start() > trigger_at and bool(_TARGET_BEFORE.search(before))
        )
        found.append(_Found(f"{label}{where}", match.start(), is_target, role))
    if event_type in (PROTESTS, RIOTS) and country_name:
        police = _POLICE_ONLY_RE.search(text)
        if police and not any(f.name.startswith("Police Forces") for f in found):
            found.append(_Found(f"Police Forces of {country_name}", police.start(), True, "state"))
    return _assign(found, event_type=event_type)


def _assign(found: list[_Found], *, event_type: str) -> Actors:
    ordered = sorted(found, key=lambda f: f.start)
    names = list(dict.fromkeys(f.name for f in ordered))
    if not names:
        return Actors()
    if event_type in (PROTESTS, RIOTS):
        crowd = [f.name for f in ordered if f.role in ("protesters", "rioters")]
        first = crowd[0] if crowd else names[0]
    else:
        acting = [f.name for f in ordered if not f.is_target and f.role in ("state", "armed")]
        first = acting[0] if acting else ""
    rest = [name for name in names if name != first]
    second = rest[0] if rest else ""
    return Actors(first, second, "; ".join(rest[1:]))


def demonym_namer(
    country_of_demonym: Callable[[str], str | None], country_names: Mapping[str, str]
) -> Callable[[str], str | None]:
    """Compose "Azerbaijani" → "AZ" → "Azerbaijan"; a country name maps to itself.

    >>> namer = demonym_namer({"Azerbaijani": "AZ"}.get, {"AZ": "Azerbaijan"})
    >>> namer("Azerbaijani"), namer("Azerbaijan"), namer("Table")
    ('Azerbaijan', 'Azerbaijan', None)
    """
    known = set(country_names.values())

    def name_of(word: str) -> str | None:
        if word in known:
            return word
        code = country_of_demonym(word)
        return country_names.get(code) if code else None

    return name_of
