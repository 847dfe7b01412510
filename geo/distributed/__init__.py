"""Extraction and merging on a Dask cluster: ``incimap extract INPUT... --workers N``.

Stages 1-5 (read, geoparse, extract) run per partition of the inputs
(:mod:`geo.distributed.partitions`) on workers that each load the gazetteer once
(:mod:`geo.distributed.worker`); stage 6, the merge, runs as a second distributed stage
by region and time window, then across their borders (:mod:`geo.distributed.run`).
The result is the single-process result: same incidents, ids, fields and order.

Dask is an optional extra; without it :func:`require_dask` says how to install it.
"""

from __future__ import annotations

from typing import Final

from gazetteer.errors import IncimapError

INSTALL_HINT: Final = "pip install 'incimap[dask]' (dask, distributed, dask-geopandas)"


class MissingExtraError(IncimapError, ImportError):
    """An option needs an optional extra that is not installed; says how to install it."""


def require_dask(option: str) -> None:
    """Raise ``MissingExtraError`` naming ``option`` unless Dask's packages import."""
    missing = []
    for module in ("dask", "distributed", "dask_geopandas"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module.replace("_", "-"))
    if missing:
        raise MissingExtraError(
            f"{option} needs {', '.join(missing)}, which are not installed: {INSTALL_HINT}"
        )


__all__ = ["INSTALL_HINT", "MissingExtraError", "require_dask"]
