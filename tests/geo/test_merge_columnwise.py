"""The column-wise merge (a million rows in seconds) gives exactly what the rules state.

Each column-wise piece is held to its one-at-a-time statement: clusters to
``greedy_clusters`` (rule 6 link by link), count rules to ``reconcile_count``, JSON and
numbers to ``json.dumps`` and ``format``, and whole merged frames to the texts built
cluster by cluster (``per_cluster=True``) on seeded sets full of multi-report incidents,
conflicting counts, near misses and hostile text.
"""

from __future__ import annotations

import json
import math
import random
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.export.schema import normalise_frame
from geo.merge import links_of, merge_incidents
from geo.merge.blocking import Links
from geo.merge.cluster import VECTOR_MAX_ROWS, Clusters, cluster_links, greedy_clusters
from geo.merge.rules import ReportedCount, ReportedCounts, reconcile_count, reconcile_counts
from geo.merge.texts import json_strings, one_decimal

# Text a report may carry: quotes, backslashes, control characters, other scripts.
HOSTILE = (
    'say "hi"',
    "back\\slash",
    "line\nbreak",
    "tab\tand\rreturn",
    "nul\x00and\x1f",
    "café",
    "東京",
    "🙂 smile",
    "para\u2028sep",
    "<script>alert(1)</script>",
    "",
)
ACTORS = (
    "Military Forces of Syria",
    "military forces of  syria",
    "Unidentified Armed Group",
    'Rebels "North"',
    "",
)
KINDS = (
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", ""),
    ("Protests", "Peaceful protest"),
)
HUBS = ((36.2, 37.15), (35.93, 36.63), (33.51, 36.29))


def _report(rng: random.Random, number: int, event: dict, *, near_miss: bool) -> dict:
    row = dict(event)
    if near_miss:  # another day, a village 30 km off, or another kind of event
        change = rng.choice(("day", "far", "kind"))
        if change == "day":
            row["event_date"] = event["event_date"] + timedelta(days=1)
            row["time_precision"] = 1
        elif change == "far":
            row["latitude"] = event["latitude"] + 0.27
        else:
            row["event_type"], row["sub_event_type"] = "Protests", "Peaceful protest"
    row["latitude"] = row["latitude"] + rng.uniform(-0.004, 0.004)
    row["longitude"] = row["longitude"] + rng.uniform(-0.004, 0.004)
    toll = event["toll"]
    row["fatalities"] = rng.choice((None, toll, toll + rng.randint(-3, 6), toll + 9))
    row["injured"] = rng.choice((None, None, rng.randint(0, 4)))
    row["actor1"] = rng.choice((event["actor1"], event["actor1"], rng.choice(ACTORS)))
    row["actor2"] = rng.choice(("", "", rng.choice(ACTORS)))
    row["id"] = f"r{number:04d}{rng.choice(HOSTILE)}"
    row["source"] = rng.choice(
        (f"report-{number}.txt", f"wire {rng.randint(0, 5)}", f"{rng.choice(HOSTILE)}-{number}")
    )
    row["source_url"] = rng.choice(
        (
            "",
            f"https://news.example/{number}",
            f"https://shared.example/{event['key']}",
            f"https://x.example/{rng.choice(HOSTILE)}",
        )
    )
    published = event["event_date"] + timedelta(days=rng.randint(0, 3))
    row["source_date"] = rng.choice((published, published, published, None, date.min))
    row["evidence"] = f"{rng.choice(HOSTILE)} killed {row['fatalities']} {rng.choice(HOSTILE)}"
    row["confidence"] = rng.choice((0.5, 0.9, math.nan))
    del row["toll"], row["key"]
    return row


def random_reports(seed: int, *, events: int = 70) -> pd.DataFrame:
    """Incidents of ``events`` events, each told 1-6 times, with near misses, shuffled."""
    rng = random.Random(seed)
    rows = []
    for key in range(events):
        kind, sub = rng.choice(KINDS)
        lat, lon = rng.choice(HUBS)
        event = {
            "key": key,
            "event_type": kind,
            "sub_event_type": sub,
            "event_date": date(2024, 3, 1) + timedelta(days=rng.randrange(12)),
            "time_precision": rng.choice((1, 1, 1, 2, 3)),
            "latitude": lat + rng.uniform(-0.05, 0.05),
            "longitude": lon + rng.uniform(-0.05, 0.05),
            "geo_precision": rng.choice((1, 1, 2, 3)),
            "uncertainty_m": rng.choice((2000.0, 10_000.0, math.nan, 50_000.0)),
            "country": rng.choice(("SY", "SY", "")),
            "place_id": rng.choice(("", "163345")),
            "actor1": rng.choice(ACTORS),
            "toll": rng.randint(0, 30),
        }
        for _ in range(rng.randint(1, 6)):
            rows.append(_report(rng, len(rows), event, near_miss=rng.random() < 0.15))
    rng.shuffle(rows)
    return normalise_frame(pd.DataFrame(rows))


def with_merged_rows(frame: pd.DataFrame, *, seed: int) -> pd.DataFrame:
    """``frame`` with some of its incidents merged already (rows that carry ``sources``)."""
    picked = frame.sample(frac=0.4, random_state=seed)
    merged = merge_incidents(picked).frame
    rest = frame.drop(index=picked.index)
    joined = pd.concat([rest, merged], ignore_index=True).sample(frac=1.0, random_state=seed)
    return normalise_frame(joined.reset_index(drop=True))


@pytest.mark.parametrize("seed", range(6))
def test_columnwise_merge_equals_the_merge_built_cluster_by_cluster(seed: int) -> None:
    frame = random_reports(seed)
    if seed % 2:
        frame = with_merged_rows(frame, seed=seed)
    fast = merge_incidents(frame).frame
    reference = merge_incidents(frame, per_cluster=True).frame
    # The set is worth comparing: many merged incidents, disputed counts, hostile text.
    assert (fast["n_sources"] >= 3).sum() >= 10
    assert fast["count_rule"].str.contains("conflict: ").sum() >= 3
    assert fast["sources"].str.contains('\\"', regex=False).any()
    assert len(fast) < len(frame)
    pd.testing.assert_frame_equal(fast, reference)
    for text in fast["sources"][fast["sources"] != ""]:
        assert isinstance(json.loads(text), list)


def test_seeded_sets_merge_the_same_in_any_order() -> None:
    frame = random_reports(11)
    shuffled = frame.sample(frac=1.0, random_state=2).reset_index(drop=True)
    one, other = merge_incidents(frame).frame, merge_incidents(shuffled).frame
    key = ["id", "n_sources", "fatalities", "count_rule", "source_urls", "sources"]
    assert sorted(map(tuple, one[key].astype(str).to_numpy())) == sorted(
        map(tuple, other[key].astype(str).to_numpy())
    )


def _flat(clusters: Clusters) -> tuple[list[int], ...]:
    return tuple(
        getattr(clusters, name).tolist()
        for name in ("rows", "row_start", "join_a", "join_b", "join_start")
    )


@pytest.mark.parametrize("seed", range(3))
def test_clusters_of_real_links_equal_rule_6_link_by_link(seed: int) -> None:
    links = links_of(random_reports(seed, events=120))
    assert len(links.a) > 100
    assert _flat(cluster_links(links)) == _flat(Clusters.from_list(greedy_clusters(links)))


@st.composite
def link_sets(draw: st.DrawFn) -> Links:
    """Links among a few rows: dense clumps (large components too), ties in distance."""
    n = draw(st.integers(2, VECTOR_MAX_ROWS + 8))
    pairs = draw(
        st.sets(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] != p[1]),
            max_size=4 * n,
        )
    )
    unique = sorted({(min(p), max(p)) for p in pairs})
    if draw(st.booleans()):  # one clump that links (almost) every pair
        unique = sorted({*unique, *((a, b) for a in range(n) for b in range(a + 1, n))})
        unique = [p for p in unique if draw(st.integers(0, 9)) > 0] or unique
    spread = draw(st.sampled_from((1, 3)))
    a = np.array([p[0] * spread for p in unique], dtype="int64")
    b = np.array([p[1] * spread for p in unique], dtype="int64")
    distance = np.array([draw(st.sampled_from((0.0, 400.0, 1200.4))) for _ in unique])
    gap = np.array([draw(st.integers(0, 2)) for _ in unique], dtype="int64")
    return Links(a, b, distance, gap)


@given(link_sets())
def test_clusters_equal_rule_6_link_by_link(links: Links) -> None:
    assert _flat(cluster_links(links)) == _flat(Clusters.from_list(greedy_clusters(links)))


reports = st.lists(
    st.tuples(
        st.sampled_from(("a", "b", "B", "é", "wire 2", "")),
        st.one_of(st.none(), st.just(date.min), st.dates(date(2024, 3, 1), date(2024, 3, 4))),
        st.one_of(st.none(), st.integers(0, 12)),
    ),
    min_size=1,
    max_size=7,
)


@given(st.lists(reports, min_size=1, max_size=12), st.sampled_from(("fatalities", "injured")))
def test_reconciled_counts_equal_the_rule_one_incident_at_a_time(
    incidents: list[list[tuple[str, date | None, int | None]]], name: str
) -> None:
    entries = [entry for incident in incidents for entry in incident]
    order = {text: rank for rank, text in enumerate(sorted({s for s, _, _ in entries}))}
    found = reconcile_counts(
        name,
        ReportedCounts(
            group=np.repeat(np.arange(len(incidents)), [len(i) for i in incidents]),
            n_groups=len(incidents),
            source=pa.array([s for s, _, _ in entries], type=pa.large_string()),
            source_rank=np.array([order[s] for s, _, _ in entries], dtype="int64"),
            day=np.array([d.toordinal() if d else 0 for _, d, _ in entries], dtype="int64"),
            dated=np.array([d is not None for _, d, _ in entries]),
            count=np.array([c or 0 for _, _, c in entries], dtype="int64"),
            known=np.array([c is not None for _, _, c in entries]),
        ),
    )
    rules = found.rule.to_pylist()
    for k, incident in enumerate(incidents):
        wanted = reconcile_count(name, [ReportedCount(*entry) for entry in incident])
        assert (found.count[k] if found.known[k] else None, rules[k]) == (wanted.count, wanted.rule)


@given(st.lists(st.text(), max_size=20))
def test_json_strings_are_what_json_dumps_writes(values: list[str]) -> None:
    found = json_strings(pa.array(values, type=pa.large_string())).to_pylist()
    assert found == [json.dumps(value, ensure_ascii=False) for value in values]


TWENTIETHS = st.integers(0, 5000).map(lambda i: i / 20)  # many exact halves of a tenth


@given(st.lists(st.one_of(st.floats(), st.floats(0, 500), TWENTIETHS)))
def test_one_decimal_is_what_format_writes(values: list[float]) -> None:
    found = one_decimal(np.array(values, dtype="float64")).to_pylist()
    assert found == [format(value, ".1f") for value in values]
