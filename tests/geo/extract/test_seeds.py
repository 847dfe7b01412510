"""The issue's must-show: the two seed reports, read from ../shared/seeds (not copied here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer.distance import distance_km
from geo.incident import Incident
from geo.pipeline import IncidentExtractor
from geo.report_inputs import read_reports

SEEDS = Path(__file__).resolve().parents[4] / "shared" / "seeds"


def seed(prefix: str) -> Path:
    found = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not found:
        pytest.skip(f"seed {prefix}_*.txt not found in {SEEDS} (the shared seeds are absent)")
    return found[0]


def incidents_of(path: Path, extractor: IncidentExtractor) -> tuple[str, list[Incident]]:
    result = read_reports([path])
    assert result.summary.read == 1
    (report,) = result.reports
    return report.text, extractor.incidents_of(report)


def test_seed_000_is_one_mine_explosion_near_madagiz(incident_extractor: IncidentExtractor):
    text, incidents = incidents_of(seed("000"), incident_extractor)
    assert len(incidents) == 1
    (incident,) = incidents
    assert incident.event_type == "Explosions/Remote violence"
    assert incident.sub_event_type == "Remote explosive/landmine/IED"
    assert incident.location == "Madagiz"
    assert incident.latitude is not None and incident.longitude is not None
    assert distance_km(incident.latitude, incident.longitude, 40.3314, 46.7294) < 5
    assert incident.geo_precision == 2
    assert (incident.fatalities, incident.injured) == (1, 5)
    assert incident.event_date is None and incident.time_precision is None
    assert incident.source_date is None
    assert text[incident.evidence_start : incident.evidence_end] == incident.evidence
    assert "mine explosion" in incident.evidence
    assert incident.confidence is not None and 0 < incident.confidence <= 1
    assert "vicinity of" in incident.place_reason


def test_seed_004_is_one_attack_on_peacekeepers_in_the_region(
    incident_extractor: IncidentExtractor,
):
    text, incidents = incidents_of(seed("004"), incident_extractor)
    assert len(incidents) == 1
    (incident,) = incidents
    # Peacekeepers are not civilians: an armed attack on them is a battle.
    assert (incident.event_type, incident.sub_event_type) == ("Battles", "Armed clash")
    assert "small-arms fire" in incident.evidence
    assert incident.location == "Nagorno-Karabakh"
    assert incident.place_name == "Nagorno-Karabakh"
    assert incident.geo_precision == 3
    assert incident.fatalities is None  # undisclosed: unknown, never 0
    assert incident.injured is None
    assert "two Russian soldiers" in incident.notes and "claim" in incident.notes
    assert str(incident.source_date) == "2023-11-09"
    assert text[incident.evidence_start : incident.evidence_end] == incident.evidence
    assert incident.place_reason
    assert "Military Forces of Russia" in (incident.actor1, incident.actor2)
