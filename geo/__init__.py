"""incimap's application package: incidents, their reading, extraction, joining to
places, exports, the pipeline and the command-line interface.

``geo`` imports ``gazetteer`` and ``maps``; neither of them imports ``geo``.
"""

from gazetteer.errors import IncimapError

__version__ = "0.1.0"

__all__ = ["IncimapError", "__version__"]
