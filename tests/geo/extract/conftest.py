"""Fixtures of the extraction tests: one real geoparser + extractor for the session."""

from __future__ import annotations

import pytest

from gazetteer.index import GazetteerIndex
from geo.pipeline import IncidentExtractor
from tests.geo.extract.shared import shared_extractor


@pytest.fixture(scope="session")
def incident_extractor(
    request: pytest.FixtureRequest, gazetteer_index: GazetteerIndex
) -> IncidentExtractor:
    # The geoparser builds its automaton once; every extraction test shares it.
    return shared_extractor(request, gazetteer_index)
