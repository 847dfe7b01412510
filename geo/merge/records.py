"""One incident record from the reports of a cluster: what is kept from whom, and why.

The lead report is the one with the most precise place (then the most precise date,
then the highest confidence, then the first in input order); the place, the evidence
and the incident id come from it. The date is the most precise one given, the
sub-event type and actors the lead's or else the first report's that names them, the
counts are reconciled by :func:`geo.merge.rules.reconcile_count`, and every source
(name, URL, date, evidence, counts) is kept in ``sources``.

Everything is computed over whole columns, so that a million rows merge in seconds:
choices are a sort per rule, and the texts (sources, reasons, count rules) are Arrow
kernels over all merged incidents (:mod:`geo.merge.texts`). A cluster holding a row that
was merged before (it carries its own ``sources``) is built incident by incident, as
:func:`texts_per_cluster` states it; ``per_cluster=True`` builds every cluster that way,
which the tests hold the column-wise texts to.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pyarrow as pa

from geo.merge import texts
from geo.merge.cluster import Cluster, Clusters
from geo.merge.rules import (
    ReportedCount,
    ReportedCounts,
    actor_key,
    distance_m,
    reconcile_count,
    reconcile_counts,
)

if TYPE_CHECKING:
    import geopandas as gpd

SOURCE_KEYS = ("id", "source", "url", "date", "evidence", "fatalities", "injured")
COUNTS = ("fatalities", "injured")
TEXTS = ("source_urls", "sources", "count_rule", "merge_reason")


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


@dataclass(frozen=True, slots=True)
class _Texts:
    """Per cluster: its number of sources, reconciled counts and texts."""

    n_sources: np.ndarray
    counts: dict[str, tuple[np.ndarray, np.ndarray]]  # name -> (count, known)
    texts: dict[str, pa.Array]

    @staticmethod
    def combine(parts: list[tuple[np.ndarray, _Texts]], n: int) -> _Texts:
        """Texts of disjoint sets of clusters (their numbers, their texts) as one, for 0..n-1."""
        if len(parts) == 1:  # all clusters, in order
            return parts[0][1]
        numbers = np.concatenate([number for number, _ in parts])
        where = np.empty(n, dtype="int64")
        where[numbers] = np.arange(len(numbers))

        def together(get: Any) -> np.ndarray:
            joined: np.ndarray = np.concatenate([get(part) for _, part in parts])[where]
            return joined

        return _Texts(
            n_sources=together(lambda p: p.n_sources),
            counts={
                name: (
                    together(lambda p, name=name: p.counts[name][0]),
                    together(lambda p, name=name: p.counts[name][1]),
                )
                for name in COUNTS
            },
            texts={
                name: texts.take(
                    pa.concat_arrays([texts.text_array(p.texts[name]) for _, p in parts]), where
                )
                for name in TEXTS
            },
        )


def merge_rows(
    frame: gpd.GeoDataFrame,
    clusters: Clusters,
    *,
    per_cluster: bool = False,
    consume: bool = False,
    keep: Collection[str] | None = None,
) -> gpd.GeoDataFrame:
    """``frame`` (typed, indexed by global position) with each cluster's rows made one row.

    A merged row takes its first row's position; the result is in position order. Every
    row gets its ``n_sources`` and ``source_urls``. ``per_cluster`` builds each merged
    row's texts one cluster at a time (the statement the column-wise build is held to).
    ``consume`` lets the result take ``frame``'s columns: each is deleted from ``frame``
    once its kept rows are copied, so the input and the output are never both whole in
    memory (650 MB at a million rows).
    ``keep``: only these columns (and the geometry) are in the result; the merge still
    reads the others (a map drops a third of the fields, which then cost no copy).
    """
    n = len(frame)
    kept_rows = np.ones(n, dtype=bool)
    members = frame.index.get_indexer(pd.Index(clusters.rows))
    kept_rows[members] = False
    firsts = members[clusters.row_start[:-1]]
    kept_rows[firsts] = True
    take = np.flatnonzero(kept_rows)
    labels = frame.index.to_numpy()
    if not frame.index.is_monotonic_increasing:
        take = take[np.argsort(labels[take], kind="stable")]
    if not len(clusters):
        if keep is not None:
            frame = frame[[c for c in frame.columns if c in keep or c == frame.geometry.name]]
        return _filled(frame.copy())
    slots = np.empty(n, dtype="int64")
    slots[take] = np.arange(len(take))
    at = slots[firsts]  # where each merged row goes in the result
    id_rank = _rank(texts.text_array(frame["id"]))
    chosen = _choices(frame, clusters, members, id_rank=id_rank[members])

    def rows_for(choice: np.ndarray) -> np.ndarray:
        """Rows of ``frame`` for the result: each merged row's from the chosen member."""
        source = take.copy()
        source[at] = members[choice]
        return source

    # Everything read from the members first: the columns may then go one by one.
    confidence = frame["confidence"].to_numpy("float64")[members]
    made = _texts(frame, clusters, members, per_cluster=per_cluster, id_rank=id_rank)
    if keep is not None:
        unwanted = [c for c in frame.columns if c not in keep and c != frame.geometry.name]
        frame = frame.drop(columns=unwanted) if not consume else frame
        for name in unwanted if consume else ():
            pd.DataFrame.__delitem__(frame, name)  # as _taken does
    out = _filled(_taken(frame, pd.Index(labels[take]), rows_for, chosen, consume=consume))
    _put(out, "confidence", at, np.fmax.reduceat(confidence, clusters.row_start[:-1]))
    _put(out, "n_sources", at, pd.array(made.n_sources, dtype="Int64"))
    for name, (values, known) in made.counts.items():
        _put(out, name, at, pd.arrays.IntegerArray(values, ~known))
    for name, values in made.texts.items():
        if name in out.columns:
            _put_texts(out, name, at, values)
    return out


# Fields taken from another member than the lead's: the best date, sub-type, actors.
_CHOICE_OF: dict[str, str] = {
    "event_date": "event_date",
    "time_precision": "event_date",
    "sub_event_type": "sub_event_type",
    "actor1": "actor1",
    "actor2": "actor1",
    "assoc_actors": "actor1",
}


def _taken(
    frame: gpd.GeoDataFrame,
    index: pd.Index,
    rows_for: Callable[[np.ndarray], np.ndarray],
    chosen: dict[str, np.ndarray],
    *,
    consume: bool,
) -> gpd.GeoDataFrame:
    """The result's rows of every column of ``frame``, each column taken once (from the
    lead, or from the member chosen for it), and deleted from ``frame`` when ``consume``."""
    import geopandas as gpd

    geometry, crs = frame.geometry.name, frame.crs
    lead = rows_for(chosen["lead"])
    columns: dict[str, pd.Series] = {}
    for name in list(frame.columns):
        rows = rows_for(chosen[_CHOICE_OF[name]]) if name in _CHOICE_OF else lead
        columns[name] = frame[name].iloc[rows].set_axis(index)
        if consume:
            # pd.DataFrame.__delitem__: a GeoDataFrame's own would refuse its geometry.
            pd.DataFrame.__delitem__(frame, name)
    # copy=False here too: geopandas copies a plain DataFrame's columns by default.
    frame_out = pd.DataFrame(columns, copy=False)
    return gpd.GeoDataFrame(frame_out, geometry=geometry, crs=crs, copy=False)


def _filled(out: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Every row's ``n_sources`` (1 unless said) and ``source_urls`` (its own URL unless said)."""
    if "n_sources" in out.columns:
        out["n_sources"] = out["n_sources"].fillna(1)
    if "source_urls" not in out.columns or "source_url" not in out.columns:
        return out
    empty = (out["source_urls"] == "").to_numpy()
    if empty.any():
        out["source_urls"] = out["source_urls"].where(~empty, out["source_url"])
    return out


def _put(out: pd.DataFrame, name: str, at: np.ndarray, values: Any) -> None:
    """Set column ``name`` of ``out`` to ``values`` at the positions ``at`` (if it is kept)."""
    if name not in out.columns:
        return
    array = out[name].array.copy()
    array[at] = values
    out[name] = pd.Series(array, index=out.index, name=name)


def _put_texts(out: pd.DataFrame, name: str, at: np.ndarray, values: pa.Array) -> None:
    """Set text column ``name`` of ``out`` to ``values`` at the positions ``at``."""
    import pyarrow.compute as pc

    mask = np.zeros(len(out), dtype=bool)
    mask[at] = True
    ascending = np.argsort(at, kind="stable")  # replace_with_mask fills in row order
    placed = pc.replace_with_mask(
        texts.text_array(out[name]), pa.array(mask), texts.take(values, ascending)
    )
    out[name] = pd.Series(pd.array(placed, dtype=out[name].dtype), index=out.index, name=name)


def _choices(
    frame: pd.DataFrame, clusters: Clusters, members: np.ndarray, *, id_rank: np.ndarray
) -> dict[str, np.ndarray]:
    """Per cluster, which member (index into ``members``) each field is taken from.

    ``id_rank`` orders the members' ids as Python orders them.
    """
    group = clusters.cluster_of_rows()
    positions = clusters.rows

    def column(name: str) -> pd.Series:
        return frame[name].iloc[members].reset_index(drop=True)

    # Ties go to the smallest id, then the first row: the same reports give the same
    # record in any input order.
    is_lead_rank = np.zeros(len(members))
    lead = _first_per_group(
        group,
        _ranked(column("geo_precision"), missing=9),
        _ranked(column("uncertainty_m"), missing=np.inf),
        _ranked(column("time_precision"), missing=9),
        -_ranked(column("confidence"), missing=0),
        id_rank,
        positions,
    )
    is_lead_rank[lead] = -1
    undated = column("event_date").isna().to_numpy()
    best_date = _first_per_group(
        group,
        undated,
        _ranked(column("time_precision"), missing=9),
        is_lead_rank,
        id_rank,
        positions,
    )
    no_sub = (column("sub_event_type") == "").to_numpy()
    sub = _first_per_group(group, no_sub, is_lead_rank, id_rank, positions)
    codes, uniques = pd.factorize(column("actor1"))
    unnamed = np.array([not actor_key(str(name)) for name in uniques], dtype=bool)[codes]
    named_first = _first_per_group(group, unnamed, is_lead_rank, id_rank, positions)
    return {
        "lead": lead,
        "event_date": best_date,
        "time_precision": best_date,
        "sub_event_type": sub,
        "actor1": named_first,
        "actor2": named_first,
    }


def _texts(
    frame: pd.DataFrame,
    clusters: Clusters,
    members: np.ndarray,
    *,
    per_cluster: bool,
    id_rank: np.ndarray,
) -> _Texts:
    """The texts of every cluster: column-wise, or one by one where a row was merged before."""
    merged_before = (frame["sources"].iloc[members] != "").to_numpy() | (
        frame["merge_reason"].iloc[members] != ""
    ).to_numpy()
    one_by_one = (
        np.ones(len(clusters), dtype=bool)
        if per_cluster
        else np.bincount(clusters.cluster_of_rows()[merged_before], minlength=len(clusters)) > 0
    )
    parts: list[tuple[np.ndarray, _Texts]] = []
    for slow in (False, True):
        numbers = np.flatnonzero(one_by_one == slow)
        if not len(numbers):
            continue
        subset = clusters.subset(numbers)
        rows = frame.index.get_indexer(pd.Index(subset.rows))
        made = (
            _texts_one_by_one(frame, subset.to_list(), rows)
            if slow
            else _texts_columnwise(frame, subset, rows, id_rank=id_rank[rows])
        )
        parts.append((numbers, made))
    return _Texts.combine(parts, len(clusters))


# ---------------------------------------------------------------- column-wise


def _texts_columnwise(
    frame: pd.DataFrame, clusters: Clusters, members: np.ndarray, *, id_rank: np.ndarray
) -> _Texts:
    """The texts of clusters whose rows are single reports, all clusters at once.

    ``id_rank`` orders the members' ids as Python orders them.
    """
    group = clusters.cluster_of_rows()
    n = len(clusters)
    day, dated = _days(frame["source_date"].iloc[members])
    name_rank = _rank(texts.take(texts.text_array(frame["source"]), members))
    # Oldest first (undated first), then by source name and id, else in row order.
    order = np.lexsort(
        (np.arange(len(members)), id_rank, name_rank, np.where(dated, day, 0), group)
    )
    day, dated, name_rank = day[order], dated[order], name_rank[order]
    counts = {
        name: (
            frame[name].iloc[members[order]].to_numpy("int64", na_value=0),
            frame[name].iloc[members[order]].notna().to_numpy(),
        )
        for name in COUNTS
    }

    def text(name: str) -> pa.Array:
        return texts.take(texts.text_array(frame[name]), members[order])

    ids, names, urls, evidence = text("id"), text("source"), text("source_url"), text("evidence")
    # json.dumps(source, sort_keys=True, ensure_ascii=False) of each source; values with
    # few distinct texts (dates, counts) are written once per distinct value.
    objects = texts.concat(
        texts.python_texts(
            np.where(dated, day, 0),
            as_text=lambda day: (
                f'{{"date": "{date.fromordinal(day).isoformat()}", "evidence": "'
                if day
                else '{"date": null, "evidence": "'
            ),
        ),
        texts.json_inner(evidence),
        texts.python_texts(
            *_json_count(*counts["fatalities"]),
            as_text=lambda known, count: f'", "fatalities": {count if known else "null"}, "id": "',
        ),
        texts.json_inner(ids),
        texts.python_texts(
            *_json_count(*counts["injured"]),
            as_text=lambda known, count: f'", "injured": {count if known else "null"}, "source": "',
        ),
        texts.json_inner(names),
        '", "url": "',
        texts.json_inner(urls),
        '"}',
    )
    sizes = clusters.sizes
    sources = texts.concat("[", texts.join_groups(objects, sizes, ", "), "]")
    # Each URL once, where it first appears, empty ones left out.
    url_codes = texts.codes(urls)
    first_seen = np.zeros(len(order), dtype=bool)
    seen_key = group * (int(url_codes.max()) + 1) + url_codes
    first_seen[np.unique(seen_key, return_index=True)[1]] = True
    listed = first_seen & (texts.pa_lengths(urls) > 0)
    source_urls = texts.join_groups(
        texts.keep(urls, listed), np.bincount(group[listed], minlength=n), " "
    )
    reconciled = {
        name: reconcile_counts(
            name,
            ReportedCounts(
                group=group,
                n_groups=n,
                source=names,
                source_rank=name_rank,
                day=day,
                dated=dated,
                count=values,
                known=known,
            ),
        )
        for name, (values, known) in counts.items()
    }
    fatal, injured = reconciled["fatalities"].rule, reconciled["injured"].rule
    has_fatal, has_injured = texts.pa_lengths(fatal) > 0, texts.pa_lengths(injured) > 0
    count_rule = texts.concat(fatal, texts.choose(has_fatal & has_injured, "; ", ""), injured)
    reasons = _join_reasons_columnwise(frame, clusters.join_a, clusters.join_b)
    merge_reason = texts.join_groups(reasons, np.diff(clusters.join_start), "; ")
    return _Texts(
        n_sources=sizes.astype("int64"),
        counts={name: (r.count, r.known) for name, r in reconciled.items()},
        texts={
            "source_urls": source_urls,
            "sources": sources,
            "count_rule": count_rule,
            "merge_reason": merge_reason,
        },
    )


def _days(column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Dates as ordinals (``date.toordinal``), and whether known."""
    codes, uniques = pd.factorize(column.to_numpy(dtype=object), use_na_sentinel=True)
    ordinals = np.array([d.toordinal() for d in uniques.tolist()] + [0], dtype="int64")
    return ordinals[codes], codes >= 0


def _json_count(values: np.ndarray, known: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Counts as (known, count), 0 where unknown: what a count's JSON depends on."""
    return known, np.where(known, values, 0)


def _rank(values: pa.Array) -> np.ndarray:
    """Dense ranks of texts in Python's order (UTF-8 bytes sort as code points do)."""
    import pyarrow.compute as pc

    ranks: np.ndarray = pc.rank(values, sort_keys="ascending", tiebreaker="dense").to_numpy()
    return ranks.astype("int64")


def _join_reasons_columnwise(frame: pd.DataFrame, a: np.ndarray, b: np.ndarray) -> pa.Array:
    """Why each join was made, in words: the same words as :func:`_join_reasons`."""
    at_a, at_b = frame.index.get_indexer(pd.Index(a)), frame.index.get_indexer(pd.Index(b))
    lat = frame["latitude"].to_numpy("float64")
    lon = frame["longitude"].to_numpy("float64")
    km = distance_m(lat[at_a], lon[at_a], lat[at_b], lon[at_b]) / 1000
    uncertainty = frame["uncertainty_m"].to_numpy("float64", na_value=np.nan)
    radius = np.fmax(uncertainty[at_a], uncertainty[at_b])
    source, kind = texts.text_array(frame["source"]), texts.text_array(frame["event_type"])
    dates = frame["event_date"].to_numpy(dtype=object)
    return texts.concat(
        texts.take(source, at_b),
        " matches ",
        texts.take(source, at_a),
        texts.python_texts(
            texts.take(kind, at_a),
            dates[at_a],
            as_text=lambda kind, day: f": {kind}, dates {day} and ",
        ),
        texts.python_texts(dates[at_b], as_text=lambda day: f"{day} within their precision, "),
        texts.one_decimal(km),
        texts.python_texts(
            radius,
            *_shared_actors(frame, at_a, at_b),
            as_text=_reason_end,
        ),
    )


def _reason_end(radius_m: float, low: str, high: str) -> str:
    """The end of a join's reason: its radius, and the actors both name (``low``, ``high``)."""
    within = f"within {radius_m / 1000:.0f} km" if radius_m == radius_m else "same place"
    who = (
        f"; both name {', '.join(n for n in (low, high) if n)}"
        if low
        else "; no actor named by both"
    )
    return f" km apart ({within}){who}"


def _shared_actors(
    frame: pd.DataFrame, at_a: np.ndarray, at_b: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per join, the actor keys both rows name, in Python's order ("" for none)."""
    ends = np.concatenate([at_a, at_b])
    # Both actor columns at both ends: a1, b1, a2, b2 (n each), numbered by spelling.
    actors = pa.concat_arrays(
        [texts.take(texts.text_array(frame[name]), ends) for name in ("actor1", "actor2")]
    )
    spelling, spellings = texts.codes(actors), texts.uniques(actors)
    keys = [actor_key(x) for x in spellings]
    key_code, key_names = pd.factorize(np.asarray(keys, dtype=object), sort=True)
    named = np.asarray(key_names, dtype=object) != ""
    code = np.where(named[key_code], key_code, -1)[spelling]
    n = len(at_a)
    a1, b1, a2, b2 = code[:n], code[n : 2 * n], code[2 * n : 3 * n], code[3 * n :]
    first = np.where((a1 >= 0) & ((a1 == b1) | (a1 == b2)), a1, -1)
    second = np.where((a2 >= 0) & (a2 != a1) & ((a2 == b1) | (a2 == b2)), a2, -1)
    low = np.where(first < 0, second, np.where(second < 0, first, np.minimum(first, second)))
    high = np.where((first >= 0) & (second >= 0), np.maximum(first, second), -1)
    names = np.array(["", *map(str, key_names.tolist())], dtype=object)
    return names[low + 1], names[high + 1]


# ---------------------------------------------------------------- one by one


def _texts_one_by_one(
    frame: pd.DataFrame, clusters: Sequence[Cluster], members: np.ndarray
) -> _Texts:
    found = texts_per_cluster(frame.iloc[members], clusters=clusters, frame=frame)
    return _Texts(
        n_sources=np.array(found["n_sources"], dtype="int64"),
        counts={
            name: (
                np.array([0 if c is None else c for c in found[name]], dtype="int64"),
                np.array([c is not None for c in found[name]], dtype=bool),
            )
            for name in COUNTS
        },
        texts={name: pa.array(found[name], type=texts.TEXT) for name in TEXTS},
    )


def texts_per_cluster(
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
    for name in COUNTS:
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
        for name in COUNTS:
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
    reasons = []
    for k, (mine, theirs) in enumerate(zip(actors_a, actors_b, strict=True)):
        shared = sorted({actor_key(x) for x in mine} & {actor_key(x) for x in theirs} - {""})
        who = f"; both name {', '.join(shared)}" if shared else "; no actor named by both"
        within = f"within {radius[k] / 1000:.0f} km" if radius[k] == radius[k] else "same place"
        reasons.append(
            f"{src_b[k]} matches {src_a[k]}: {kind[k]}, dates {day_a[k]} and {day_b[k]} "
            f"within their precision, {km[k]:.1f} km apart ({within}){who}"
        )
    out: list[list[str]] = []
    at = 0
    for cluster in clusters:
        out.append(reasons[at : at + len(cluster.joins)])
        at += len(cluster.joins)
    return out


__all__ = ["merge_rows", "sources_of", "texts_per_cluster"]
