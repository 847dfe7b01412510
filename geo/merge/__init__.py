"""Merging the reports of one incident: many reports in, one incident per event out.

The rules are stated in :mod:`geo.merge.rules`; :mod:`geo.merge.blocking` finds the
pairs they accept without comparing all pairs; :mod:`geo.merge.cluster` groups them
into whole clusters; :mod:`geo.merge.records` builds one record per cluster, its texts
written for all clusters at once by :mod:`geo.merge.texts`. Every step works on whole
columns, so that a million incidents merge in seconds. The gazetteer and the map know
nothing of this.

``merge_incidents(frame)`` returns the merged frame in input order (a merged incident
takes the place of its first report). Every row gets ``n_sources`` and its
``source_urls``; a merged row also lists every source in ``sources`` (JSON), says why
in ``merge_reason`` and how its counts were chosen in ``count_rule``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import numpy as np
import pandas as pd

from geo.merge.blocking import Links, MergeKeys, find_links
from geo.merge.cluster import cluster_links
from geo.merge.records import merge_rows

if TYPE_CHECKING:
    import geopandas as gpd

# The incident fields the merge reads: its rules, its choice of each merged row's values
# and the texts it writes. Every other field is carried from a cluster's lead row as it
# is, so a caller that drops them afterwards (the map) may read them empty.
READ_FIELDS: Final = (
    "id",
    "event_type",
    "sub_event_type",
    "event_date",
    "time_precision",
    "actor1",
    "actor2",
    "assoc_actors",
    "fatalities",
    "injured",
    "place_id",
    "country",
    "latitude",
    "longitude",
    "geo_precision",
    "uncertainty_m",
    "source",
    "source_url",
    "source_date",
    "evidence",
    "confidence",
    "n_sources",
    "source_urls",
    "sources",
    "merge_reason",
    "count_rule",
)


@dataclass(frozen=True, slots=True)
class MergeResult:
    """The merged frame, and how many input rows went into how many merged incidents."""

    frame: gpd.GeoDataFrame
    rows_in: int
    merged_incidents: int
    merged_rows: int

    def describe(self) -> str:
        """One line for the run's summary on stderr."""
        if not self.merged_incidents:
            return f"merge: {self.rows_in} incidents, none reported twice"
        return (
            f"merge: {self.merged_rows} reports of {self.merged_incidents} incidents merged; "
            f"{self.rows_in} → {len(self.frame)} incidents (--no-merge keeps every report)"
        )


def links_of(frame: pd.DataFrame, *, positions: np.ndarray | None = None) -> Links:
    """The pairs of ``frame``'s rows that are one event, as ``positions`` (default: 0..n-1)."""
    local = find_links(MergeKeys.from_frame(frame))
    if positions is None:
        return local
    a, b = positions[local.a], positions[local.b]
    return Links(np.minimum(a, b), np.maximum(a, b), local.distance_m, local.day_gap)


def concat_links(parts: list[Links]) -> Links:
    """Links found in several partitions, each pair once (the first found), in pair order."""
    if not parts:
        return Links(*(np.zeros(0, dtype=dtype) for dtype in ("int64", "int64", "f8", "int64")))
    a = np.concatenate([p.a for p in parts]).astype("int64")
    b = np.concatenate([p.b for p in parts]).astype("int64")
    dist = np.concatenate([p.distance_m for p in parts])
    gap = np.concatenate([p.day_gap for p in parts]).astype("int64")
    width = int(b.max()) + 1 if len(b) else 1
    _, first = np.unique(a * width + b, return_index=True)
    return Links(a[first], b[first], dist[first], gap[first])


def merge_linked(
    typed: gpd.GeoDataFrame,
    links: Links,
    *,
    per_cluster: bool = False,
    consume: bool = False,
    keep: Collection[str] | None = None,
) -> MergeResult:
    """``typed`` (indexed 0..n-1) merged along ``links``: rule 6, then one row per cluster.

    ``consume``: ``typed`` is emptied as the result takes its columns; ``keep``: only
    these columns are in the result (see ``merge_rows``).
    """
    rows_in = len(typed)
    clusters = cluster_links(links)
    del links  # the pairs (hundreds of MB at a million rows) are not needed past here
    result = merge_rows(typed, clusters, per_cluster=per_cluster, consume=consume, keep=keep)
    result = result.reset_index(drop=True)
    return MergeResult(
        frame=result,
        rows_in=rows_in,
        merged_incidents=len(clusters),
        merged_rows=len(clusters.rows),
    )


def merge_incidents(frame: pd.DataFrame, *, per_cluster: bool = False) -> MergeResult:
    """Merge the incidents of ``frame`` that different reports give of one event.

    ``frame`` has the incident columns (``geo.incident.FIELDS``); its row order is kept.
    """
    from geo.export.schema import normalise_frame

    typed = normalise_frame(frame)
    return merge_linked(typed, links_of(typed), per_cluster=per_cluster)


def merge_for_output(
    frame: pd.DataFrame, *, merge: bool, keep: Collection[str] | None = None
) -> tuple[gpd.GeoDataFrame, str]:
    """What a command writes: ``frame`` merged when asked and it has several sources.

    ``keep``: the fields the command uses afterwards (None: every field); the others are
    read by the merge but not carried into its result. Returns the frame and a line for
    stderr ("" when nothing was merged or asked).
    """
    from geo.export.schema import normalise_frame

    typed = normalise_frame(frame)
    # The caller hands its frame over (PipelineResult.take_frame): without this name the
    # typed frame is the only holder of its columns, which the merge then frees as it goes.
    del frame
    if not merge or typed["source"].nunique() < 2:
        if keep is not None:
            typed = typed[[c for c in typed.columns if c in keep or c == typed.geometry.name]]
        return typed, ""
    # merge_incidents without its own normalise_frame: typed already (0.4 s at 1M rows).
    result = merge_linked(typed, links_of(typed), consume=True, keep=keep)
    return result.frame, result.describe()


__all__ = [
    "READ_FIELDS",
    "MergeResult",
    "concat_links",
    "links_of",
    "merge_for_output",
    "merge_incidents",
    "merge_linked",
    "merge_rows",
]
