"""One real geoparser + extractor for the whole test session, whichever module asks first.

Building the geoparser's automaton takes seconds, so the extraction, dev-set and
pipeline tests share one, kept in the pytest config's stash (per session, not global).
"""

from __future__ import annotations

import pytest

from gazetteer.index import GazetteerIndex
from geo.pipeline import IncidentExtractor

_KEY = pytest.StashKey[IncidentExtractor]()


def shared_extractor(request: pytest.FixtureRequest, index: GazetteerIndex) -> IncidentExtractor:
    stash = request.config.stash
    if _KEY not in stash:
        stash[_KEY] = IncidentExtractor(index)
    return stash[_KEY]
