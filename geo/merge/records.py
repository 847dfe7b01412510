"""One incident record from the reports of a cluster: what is kept from whom, and why.

The lead report is the one with the most precise place (then the most precise date,
then the highest confidence, then the first in input order); the place, the evidence
and the incident id come from it. The date is the most precise one given, the
sub-event type and actors the lead's or else the first report's that names them, the
counts are reconciled by :func:`geo.merge.rules.reconcile_count`, and every source
(name, URL, date, evidence, counts) is kept in ``sources``.

Choices are made over whole columns (a sort per rule), so that a million rows merge in
seconds; only the texts (sources, reasons, count rules) are built per incident.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from geo.incident import INTEGER_FIELDS
from geo.merge.cluster import Cluster
from geo.merge.rules import ReportedCount, actor_key, distance_m, reconcile_count

if TYPE_CHECKING:
    import geopandas as gpd

SOURCE_KEYS = ("id", "source", "url", "date", "evidence", "fatalities", "injured")


def sources_of(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The sources a row stands for: its ``sources`` list (a merged row), or the row itself.

    ``row`` holds plain values: dates as ISO text, unknown counts as None.
    """
    text = str(row.get("sources") or "")
    if text:
        try:
            found = json.loads(text)
        except json.JSONDecodeError:
            found = None
        if isinstance(found, list) and all(isinstance(item, dict) for item in found):
            return found
    return [
        {
            "id": row["id"],
            "source": row["source"],
            "url": row["source_url"],
            "date": row["source_date"],
            "evidence": row["evidence"],
            "fatalities": row["fatalities"],
            "injured": row["injured"],
        }
    ]


def _first_per_group(group: np.ndarray, *keys: np.ndarray) -> np.ndarray:
    """For rows sorted by ``group``, the row of each group that sorts first by ``keys``."""
    order = np.lexsort((*reversed(keys), group))
    first = np.ones(len(order), dtype=bool)
    first[1:] = group[order][1:] != group[order][:-1]
    return order[first]


def _ranked(column: pd.Series, *, missing: float) -> np.ndarray:
    return column.astype("Float64").fillna(missing).to_numpy("float64")


def merge_clusters(frame: gpd.GeoDataFrame, clusters: Sequence[Cluster]) -> pd.DataFrame:
    """One row per cluster, indexed by its first row's position (``frame`` is by position)."""
    group = np.repeat(np.arange(len(clusters)), [len(c.rows) for c in clusters])
    positions = np.fromiter((p for c in clusters for p in c.rows), dtype="int64", count=len(group))
    rows = frame.iloc[frame.index.get_indexer(pd.Index(positions))]
    # Ties go to the smallest id, then the first row: the same reports give the same
    # record in any input order.
    id_rank = pd.factorize(rows["id"], sort=True)[0]
    is_lead_rank = np.zeros(len(rows))
    lead = _first_per_group(
        group,
        _ranked(rows["geo_precision"], missing=9),
        _ranked(rows["uncertainty_m"], missing=np.inf),
        _ranked(rows["time_precision"], missing=9),
        -_ranked(rows["confidence"], missing=0),
        id_rank,
        positions,
    )
    is_lead_rank[lead] = -1
    out = rows.iloc[lead].copy()
    undated = rows["event_date"].isna().to_numpy()
    best_date = _first_per_group(
        group, undated, _ranked(rows["time_precision"], missing=9), is_lead_rank, id_rank, positions
    )
    out["event_date"] = rows["event_date"].to_numpy(dtype=object)[best_date]
    out["time_precision"] = rows["time_precision"].to_numpy()[best_date]
    no_sub = (rows["sub_event_type"] == "").to_numpy()
    out["sub_event_type"] = rows["sub_event_type"].to_numpy()[
        _first_per_group(group, no_sub, is_lead_rank, id_rank, positions)
    ]
    codes, uniques = pd.factorize(rows["actor1"])
    unnamed = np.array([not actor_key(str(name)) for name in uniques], dtype=bool)[codes]
    named_first = _first_per_group(group, unnamed, is_lead_rank, id_rank, positions)
    for name in ("actor1", "actor2", "assoc_actors"):
        out[name] = rows[name].to_numpy()[named_first]
    confidence = rows["confidence"].groupby(group).max().to_numpy()
    out["confidence"] = confidence
    texts = _texts(rows, clusters=clusters, frame=frame)
    for name, values in texts.items():
        out[name] = pd.array(values, dtype="Int64") if name in INTEGER_FIELDS else values
    out.index = pd.Index([c.rows[0] for c in clusters])
    merged: pd.DataFrame = out
    return merged


def _texts(
    rows: pd.DataFrame, *, clusters: Sequence[Cluster], frame: pd.DataFrame
) -> dict[str, list[Any]]:
    """Per cluster: its sources, their URLs, the counts with their rules, and its reasons."""
    columns = {
        name: rows[name].tolist()
        for name in ("id", "source", "source_url", "evidence", "sources", "merge_reason")
    }
    # Plain values once per column, not per row: ISO dates, None for unknown counts.
    days = rows["source_date"].to_numpy(dtype=object)
    columns["source_date"] = [None if d is None else d.isoformat() for d in days.tolist()]
    for name in ("fatalities", "injured"):
        counts = rows[name].astype("object")
        columns[name] = counts.where(counts.notna(), None).tolist()
    reasons = _join_reasons(frame, clusters)
    out: dict[str, list[Any]] = {
        name: []
        for name in (
            "n_sources",
            "source_urls",
            "sources",
            "fatalities",
            "injured",
            "count_rule",
            "merge_reason",
        )
    }
    at = 0
    for number, cluster in enumerate(clusters):
        span = range(at, at + len(cluster.rows))
        at = span.stop
        sources: list[dict[str, Any]] = []
        earlier: list[str] = []
        for k in span:
            sources.extend(sources_of({name: values[k] for name, values in columns.items()}))
            if columns["merge_reason"][k]:
                earlier.append(str(columns["merge_reason"][k]))
        # Oldest first, whatever the input order.
        sources.sort(key=lambda s: (s.get("date") or "", str(s.get("source")), str(s.get("id"))))
        rules = []
        for name in ("fatalities", "injured"):
            reconciled = reconcile_count(
                name,
                [
                    ReportedCount(
                        str(s.get("source") or ""),
                        date.fromisoformat(s["date"]) if s.get("date") else None,
                        s.get(name),
                    )
                    for s in sources
                ],
            )
            out[name].append(reconciled.count)
            if reconciled.rule:
                rules.append(reconciled.rule)
        out["count_rule"].append("; ".join(rules))
        out["n_sources"].append(len(sources))
        urls = dict.fromkeys(str(s.get("url") or "") for s in sources)
        out["source_urls"].append(" ".join(url for url in urls if url))
        out["sources"].append(json.dumps(sources, ensure_ascii=False, sort_keys=True))
        out["merge_reason"].append("; ".join([*earlier, *reasons[number]]))
    return out


def _join_reasons(frame: pd.DataFrame, clusters: Sequence[Cluster]) -> list[list[str]]:
    """Why each join of each cluster was made, in words."""
    a = np.array([a for c in clusters for a, _ in c.joins], dtype="int64")
    b = np.array([b for c in clusters for _, b in c.joins], dtype="int64")
    at_a, at_b = frame.index.get_indexer(pd.Index(a)), frame.index.get_indexer(pd.Index(b))

    def column(name: str, at: np.ndarray) -> list[Any]:
        values: list[Any] = frame[name].to_numpy(dtype=object)[at].tolist()
        return values

    km = (
        distance_m(
            frame["latitude"].to_numpy("float64")[at_a],
            frame["longitude"].to_numpy("float64")[at_a],
            frame["latitude"].to_numpy("float64")[at_b],
            frame["longitude"].to_numpy("float64")[at_b],
        )
        / 1000
    )
    radius = np.fmax(
        frame["uncertainty_m"].to_numpy("float64", na_value=np.nan)[at_a],
        frame["uncertainty_m"].to_numpy("float64", na_value=np.nan)[at_b],
    )
    src_a, src_b = column("source", at_a), column("source", at_b)
    day_a, day_b = column("event_date", at_a), column("event_date", at_b)
    kind = column("event_type", at_a)
    actors_a = zip(column("actor1", at_a), column("actor2", at_a), strict=True)
    actors_b = zip(column("actor1", at_b), column("actor2", at_b), strict=True)
    texts = []
    for k, (mine, theirs) in enumerate(zip(actors_a, actors_b, strict=True)):
        shared = sorted({actor_key(x) for x in mine} & {actor_key(x) for x in theirs} - {""})
        who = f"; both name {', '.join(shared)}" if shared else "; no actor named by both"
        within = f"within {radius[k] / 1000:.0f} km" if radius[k] == radius[k] else "same place"
        texts.append(
            f"{src_b[k]} matches {src_a[k]}: {kind[k]}, dates {day_a[k]} and {day_b[k]} "
            f"within their precision, {km[k]:.1f} km apart ({within}){who}"
        )
    out: list[list[str]] = []
    at = 0
    for cluster in clusters:
        out.append(texts[at : at + len(cluster.joins)])
        at += len(cluster.joins)
    return out


__all__ = ["merge_clusters", "sources_of"]
