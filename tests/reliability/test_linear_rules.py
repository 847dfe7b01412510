"""Every rule over report text runs in time linear in the text (issue 15).

Each adversarial family (``tests/reliability/adversarial.py``: hyphen-joined tokens,
digits, commas, capitalised words, repeated triggers) goes through every stage that
applies rules to report text: sentence splitting, the dateline, extraction's rules alone
(events, casualties, dates, actors, statements, locations), and the whole of geoparsing
(``gazetteer.spot``) plus extraction on the real index. Time is never asserted as such:
each stage's time per KB on a family is compared with its time per KB on normal text of
the same size, measured in the same test, with a wide margin. A backtracking pattern
shows up as hundreds or millions of times slower, not as a few times. A property test
checks that four times the text takes about four times as long, not sixteen.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazetteer.index import GazetteerIndex
from geo.extract.dateline import find_dateline
from geo.extract.incidents import Extractor
from geo.extract.sentences import split_sentences
from geo.pipeline import IncidentExtractor
from geo.read import Report
from tests.geo.extract.shared import shared_extractor
from tests.reliability.adversarial import FAMILIES, HYPHEN_REPRODUCER, normal_text

SIZE = 20_000
# Slower per KB than normal text by this much at most: linear rules on odd text run within
# a few times normal; a backtracking one is orders of magnitude slower at 20 KB.
MARGIN = 25.0
# Timer noise on a shared machine: an absolute allowance per run, in seconds.
SLACK_S = 0.5

Stage = Callable[[str], object]


def _best_time_s(stage: Stage, text: str, *, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        stage(text)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.fixture(scope="module")
def stages(request: pytest.FixtureRequest, gazetteer_index: GazetteerIndex) -> dict[str, Stage]:
    full: IncidentExtractor = shared_extractor(request, gazetteer_index)
    rules = Extractor()
    full.incidents_of(Report("warm.txt", normal_text(2_000)))  # builds the automaton
    return {
        "sentences": split_sentences,
        "dateline": find_dateline,
        "extraction rules": lambda text: rules.extract(Report("t.txt", text)),
        "geoparse and extract": lambda text: full.incidents_of(Report("t.txt", text)),
    }


@pytest.mark.parametrize("family", sorted(FAMILIES))
@pytest.mark.parametrize(
    "stage", ["sentences", "dateline", "extraction rules", "geoparse and extract"]
)
def test_each_stage_is_about_as_fast_on_adversarial_text(
    family: str, stage: str, stages: dict[str, Stage]
) -> None:
    run = stages[stage]
    normal = normal_text(SIZE)
    adversarial = FAMILIES[family](SIZE)
    normal_s = _best_time_s(run, normal) / len(normal)
    adversarial_s = _best_time_s(run, adversarial, runs=1) / len(adversarial)
    bound_s = MARGIN * normal_s + SLACK_S / len(adversarial)
    assert adversarial_s <= bound_s, (
        f"{stage} on {family}: {adversarial_s * 1e6:.1f} µs/char, "
        f"normal text {normal_s * 1e6:.1f} µs/char"
    )


def test_the_hyphen_reproducer_is_extracted_like_any_sentence(
    stages: dict[str, Stage],
) -> None:
    # Issue 15, defect 1: 117 bytes with 14 tokens hung extract and map for 41 s.
    plain = "Two soldiers were killed in shelling in Martuni on 3 May 2023."
    plain_s = _best_time_s(stages["geoparse and extract"], plain)
    reproducer_s = _best_time_s(stages["geoparse and extract"], HYPHEN_REPRODUCER, runs=1)
    assert reproducer_s <= MARGIN * plain_s * len(HYPHEN_REPRODUCER) / len(plain) + SLACK_S
    (incident,) = Extractor().extract(Report("t.txt", HYPHEN_REPRODUCER))
    assert incident.fatalities == 2


# Pieces that rules react to: triggers, counts, dates, names, joins, punctuation.
PIECES = (
    "killed", "wounded", "shelling", "protest", "two", "12", "3,000", "May", "2023", "on",
    "Tartar", "Goris", "Abc", "x-x-x", "(", ")", ",", ".", "and", "including", "near",
    "the", "of", "village", "forces", "said", "\n", "\n\n", '"', "-",
)  # fmt: skip


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.sampled_from(PIECES), min_size=8, max_size=40))
def test_time_grows_linearly_with_the_text(stages: dict[str, Stage], pieces: list[str]) -> None:
    unit = " ".join(pieces) + " "
    small = unit * max(1, 5_000 // len(unit))
    large = small * 4
    run = stages["geoparse and extract"]
    small_s = _best_time_s(run, small)
    large_s = _best_time_s(run, large)
    # Linear: about 4×. Quadratic: 16×. The margin covers noise and fixed costs.
    assert large_s <= 10 * small_s + SLACK_S, f"{small_s:.3f} s → {large_s:.3f} s for 4× the text"
