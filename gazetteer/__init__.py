"""Names and places: the offline index, online geocoders and their cache, finding place
names in text and choosing among candidates.

This package knows nothing of incidents; it must not import ``geo`` or ``maps``.
"""

from gazetteer.errors import IncimapError
from gazetteer.place import Candidate, Place, Resolution

__all__ = ["Candidate", "IncimapError", "Place", "Resolution"]
