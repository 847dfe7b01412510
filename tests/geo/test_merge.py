"""Merging the reports of one incident (geo.merge): real reports, then the rules one by one."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from geo.export.schema import normalise_frame
from geo.incident import Incident, to_geodataframe
from geo.merge import merge_for_output, merge_incidents
from geo.merge.blocking import MergeKeys, candidate_pairs, find_links, links_among
from geo.merge.rules import ReportedCount, reconcile_count
from geo.pipeline import load_incidents
from tests.geo.merge_reports import INCIDENTS, NEAR_MISSES, expected_sources, write_reports


def source_names(row) -> set[str]:
    """The URL of each source, or its file's name when it has none."""
    sources = (
        json.loads(row["sources"])
        if row["sources"]
        else [{"url": row["source_url"], "source": row["source"]}]
    )
    return {s["url"] or Path(s["source"]).name for s in sources}


@pytest.fixture(scope="module")
def extracted(gazetteer_index, tmp_path_factory):
    paths = write_reports(tmp_path_factory.mktemp("merge-reports"))
    return load_incidents(paths, index=gazetteer_index).frame


def test_four_incidents_told_many_times_merge_into_four_with_every_source(extracted) -> None:
    merged = merge_incidents(extracted).frame
    wanted = expected_sources()
    assert len(extracted) == sum(len(s) for s in wanted.values()) + NEAR_MISSES
    assert len(merged) == len(INCIDENTS) + NEAR_MISSES
    found = {frozenset(source_names(row)) for _, row in merged.iterrows()}
    for key in INCIDENTS:
        assert frozenset(wanted[key]) in found, key
    several = merged[merged["n_sources"] > 1]
    assert sorted(several["n_sources"].tolist()) == sorted(len(s) for s in wanted.values())
    for _, row in several.iterrows():
        sources = json.loads(row["sources"])
        assert all(s["evidence"] and s["date"] for s in sources)  # every source kept whole
        urls = [s["url"] for s in sources if s["url"]]
        assert row["source_urls"].split() == list(dict.fromkeys(urls))
        assert row["merge_reason"].count(" matches ") == row["n_sources"] - 1


def test_near_misses_stay_apart(extracted) -> None:
    merged = merge_incidents(extracted).frame
    alone = merged[merged["n_sources"] == 1]
    assert sorted(alone["source_url"]) == [
        "https://news.example/kapan",
        "https://news.example/kharkiv-2",
        "https://news.example/maiduguri-protest",
    ]
    assert (alone["source_urls"] == alone["source_url"]).all()
    assert (alone["merge_reason"] == "").all()


def test_counts_are_reconciled_with_their_rule(extracted) -> None:
    merged = merge_incidents(extracted).frame
    bombing = merged[merged["source_urls"].str.contains("maiduguri-1")].iloc[0]
    # The latest report (12 June) gives the highest toll; earlier ones are listed.
    assert bombing["fatalities"] == 18
    assert "daily.example/maiduguri" not in bombing["count_rule"]  # names sources, not URLs
    assert "fatalities 18: highest count of the latest report" in bombing["count_rule"]
    assert "earlier: 10" in bombing["count_rule"]


def test_merging_does_not_depend_on_input_order(extracted) -> None:
    shuffled = extracted.sample(frac=1.0, random_state=3).reset_index(drop=True)
    one = merge_incidents(extracted).frame
    other = merge_incidents(shuffled).frame
    key = ["id", "n_sources", "fatalities", "injured", "source_urls", "sources", "event_date"]
    assert len(one) == len(other)
    assert sorted(map(tuple, one[key].astype(str).to_numpy())) == sorted(
        map(tuple, other[key].astype(str).to_numpy())
    )


def test_no_merge_keeps_every_report(extracted) -> None:
    kept, note = merge_for_output(extracted, merge=False)
    assert len(kept) == len(extracted) and note == ""
    merged, note = merge_for_output(extracted, merge=True)
    assert len(merged) == len(INCIDENTS) + NEAR_MISSES and note.startswith("merge: ")


# ---------------------------------------------------------------- the rules one by one

STRIKE = "Explosions/Remote violence"


def incident(number: int, **fields) -> Incident:
    values = {
        "id": f"i{number}",
        "event_type": STRIKE,
        "sub_event_type": "Air/drone strike",
        "event_date": date(2024, 3, 1),
        "time_precision": 1,
        "latitude": 36.0,
        "longitude": 40.0,
        "geo_precision": 1,
        "uncertainty_m": 2000.0,
        "country": "SY",
        "source": f"report-{number}.txt",
    }
    values.update(fields)
    return Incident(**values)


def merged_groups(*incidents: Incident) -> list[list[str]]:
    frame = merge_incidents(to_geodataframe(incidents)).frame
    groups = []
    for _, row in frame.iterrows():
        ids = [s["id"] for s in json.loads(row["sources"])] if row["sources"] else [row["id"]]
        groups.append(sorted(ids))
    return sorted(groups)


@pytest.mark.parametrize(
    ("change", "merged"),
    [
        ({}, True),
        ({"event_date": date(2024, 3, 2)}, False),  # another day
        ({"event_date": date(2024, 3, 3), "time_precision": 2}, True),  # within its week
        ({"event_date": date(2024, 3, 20), "time_precision": 3}, True),  # in its month
        ({"event_date": None, "time_precision": None}, False),  # no date
        ({"event_type": "Protests", "sub_event_type": "Peaceful protest"}, False),
        ({"sub_event_type": "Shelling/artillery/missile attack"}, False),
        ({"sub_event_type": ""}, True),  # unknown sub-type
        ({"latitude": 36.27}, False),  # a village 30 km away
        ({"latitude": 36.01}, True),  # 1.1 km: within 2 km
        ({"latitude": 36.2, "geo_precision": 3, "uncertainty_m": 50_000.0}, True),  # its region
        ({"country": "TR"}, False),
        ({"source": "report-0.txt"}, False),  # the same report: extraction kept them apart
        ({"actor1": "Rebels of the North"}, False),  # both name actors, none shared
        ({"actor1": ""}, True),  # one names no actor
        ({"latitude": None, "longitude": None}, False),  # no point
    ],
)
def test_one_rule_at_a_time(change: dict, merged: bool) -> None:
    first = incident(0, actor1="Military Forces of Syria")
    second = incident(1, **({"actor1": "Military Forces of Syria"} | change))
    groups = merged_groups(first, second)
    assert groups == ([["i0", "i1"]] if merged else [["i0"], ["i1"]])


def test_actors_must_share_a_name_when_both_name_one() -> None:
    a = incident(0, actor1="Military Forces of Russia")
    b = incident(1, actor1="Unidentified Armed Group")  # identifies nobody: matches
    c = incident(2, actor1="Military Forces of Ukraine", event_date=date(2024, 3, 1))
    d = incident(3, actor2="military forces of  russia")  # case and spacing aside
    assert merged_groups(a, b) == [["i0", "i1"]]
    assert merged_groups(a, c) == [["i0"], ["i2"]]
    assert merged_groups(a, d) == [["i0", "i3"]]


def test_a_weekly_report_does_not_chain_two_days() -> None:
    monday = incident(0, event_date=date(2024, 3, 4))
    tuesday = incident(1, event_date=date(2024, 3, 5))
    week = incident(2, event_date=date(2024, 3, 5), time_precision=2)
    groups = merged_groups(monday, tuesday, week)
    assert ["i0"] in groups or ["i1"] in groups  # never all three
    assert len(groups) == 2


def test_a_country_merges_only_with_the_same_place() -> None:
    here = dict(latitude=35.0, longitude=38.0, geo_precision=3, uncertainty_m=400_000.0)
    country = incident(0, place_id="SY", **here)
    same = incident(1, place_id="SY", **here)
    town = incident(2, place_id="Idlib", latitude=35.1, longitude=38.1)
    assert merged_groups(country, same, town) == [["i0", "i1"], ["i2"]]


def test_reconciled_counts_note_conflicts() -> None:
    reported = [
        ReportedCount("a", date(2024, 3, 1), 20),
        ReportedCount("b", date(2024, 3, 2), 12),
        ReportedCount("c", None, 30),
    ]
    result = reconcile_count("fatalities", reported)
    assert result.count == 12
    assert "conflict: 20 (a), 30 (c) are higher than the later count" in result.rule
    assert reconcile_count("injured", [ReportedCount("a", None, None)]).count is None
    agree = reconcile_count("injured", [ReportedCount("a", None, 3), ReportedCount("b", None, 3)])
    assert (agree.count, agree.rule) == (3, "injured 3: all 2 reports agree")


def test_a_merged_incident_merges_again_keeping_its_sources() -> None:
    first = merge_incidents(to_geodataframe([incident(0), incident(1)])).frame
    more = normalise_frame(
        __import__("pandas").concat([first, to_geodataframe([incident(2)])], ignore_index=True)
    )
    again = merge_incidents(more).frame
    assert len(again) == 1 and again.iloc[0]["n_sources"] == 3
    assert again.iloc[0]["merge_reason"].count(" matches ") == 2


def test_blocking_finds_exactly_the_pairs_of_a_full_comparison() -> None:
    """Blocks by week and grid cell must lose no pair that all-pairs comparison finds."""
    rng = random.Random(5)
    rows = []
    for number in range(400):
        precision = rng.choice([1, 1, 2, 3])
        rows.append(
            incident(
                number,
                event_date=date(2024, 1, 1).fromordinal(
                    date(2024, 1, 1).toordinal() + rng.randrange(40)
                ),
                time_precision=precision,
                latitude=rng.uniform(-1.5, 1.5) + rng.choice([0, 60, 85]),
                longitude=rng.choice([179.9, -179.9, 0.0]) + rng.uniform(-0.5, 0.5),
                geo_precision=rng.choice([1, 2, 3]),
                uncertainty_m=rng.choice([2000.0, 10_000.0, 60_000.0, 150_000.0]),
                sub_event_type="",
                country="",
            )
        )
    frame = normalise_frame(to_geodataframe(rows))
    keys = MergeKeys.from_frame(frame)
    a, b = candidate_pairs(keys)
    found = set(zip(a.tolist(), b.tolist(), strict=True))
    links = find_links(keys)
    every_a, every_b = np.triu_indices(len(frame), k=1)
    all_links = links_among(keys, every_a, every_b)  # the full comparison, same rules
    assert len(all_links.a) > 50  # the set has many real links, across the antimeridian too
    expected = set(zip(all_links.a.tolist(), all_links.b.tolist(), strict=True))
    assert set(zip(links.a.tolist(), links.b.tolist(), strict=True)) == expected
    assert expected <= found
    # Judged a few pairs at a time (as at a million rows), the links are the same, in order.
    whole = find_links(keys, slice_pairs=None)
    for size in (1, 7, 500):
        sliced = find_links(keys, slice_pairs=size)
        for name in ("a", "b", "distance_m", "day_gap"):
            assert np.array_equal(getattr(sliced, name), getattr(whole, name)), (size, name)
    assert np.all(np.diff(whole.a * len(frame) + whole.b) > 0)  # pair order, each once
