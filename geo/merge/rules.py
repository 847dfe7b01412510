"""The rules that decide when two incidents from different reports are one event.

Every rule of the merge lives here, so that one page says what incimap treats as "the
same incident" and how it reconciles what the reports disagree on:

1. **Different reports.** Two incidents of one report are never merged here: extraction
   already merged the mentions of one report, and what it kept apart (a list of
   villages, two attacks) stays apart.
2. **Compatible event type.** The same ACLED event type; sub-event types equal, or one of
   them unknown. A strike and a protest in one city are two incidents.
3. **Dates within their precision.** A date is an interval: its day (precision 1), the
   three days either side (2, a week), or its calendar month (3). The intervals must
   overlap, so a strike on Monday and one on Tuesday in the same town stay apart. An
   incident without a date is never merged.
4. **Places within their uncertainty, or one containing the other.** The point of one
   lies within the other's uncertainty radius (2 km for a settlement, 10 km near it, the
   region's radius for a region, which contains the places inside it). The countries
   must agree when both are known. A place vaguer than ``MAX_RADIUS_M`` (a country)
   merges only with incidents at the same place. An incident without a point is never
   merged. Two villages 30 km apart are two incidents.
5. **Compatible actors.** When both name an actor, they share one (either side, case
   and spacing aside); an unidentified actor matches any.
6. **Whole clusters.** Reports join an incident only if they are compatible with every
   report already in it, so a weekly summary cannot chain Monday's and Tuesday's
   strikes into one.

Counts are reconciled by ``reconcile_count``: tolls rise as an event is reported, so
the count kept is the highest given by the most recent report that gives one; a higher
count from an earlier report is kept as a noted conflict, not silently dropped.
``reconcile_counts`` applies the same rule to many incidents at once, with the same
words (``tests/geo/test_merge_columnwise.py`` holds the two to each other).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Final

import numpy as np

from geo.incident import PRECISION_RADIUS_M

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

# Rule 3: days either side of a date of week precision.
WEEK_HALF_DAYS: Final = 3
# Rule 4: a place vaguer than this (a country, a vast region) only merges with itself.
MAX_RADIUS_M: Final = 100_000.0
EARTH_RADIUS_M: Final = 6_371_008.8
# Rule 5: actor names that identify nobody.
UNNAMED_ACTOR_PREFIXES: Final = ("unidentified", "unknown", "unnamed", "")


def date_interval_days(
    days: np.ndarray, precision: np.ndarray, *, months: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Rule 3: the first and last day (day numbers since 1970) a date may stand for.

    ``months`` are the dates' months as numbers since 1970 (computed when None).

    >>> lo, hi = date_interval_days(np.array([19782, 19782, 19782]), np.array([1, 2, 3]))
    >>> [str(np.datetime64(int(d), "D")) for d in (*lo, *hi)]
    ['2024-02-29', '2024-02-26', '2024-02-01', '2024-02-29', '2024-03-03', '2024-02-29']
    """
    if months is None:
        months = days.astype("datetime64[D]").astype("datetime64[M]").astype("int64")
    month_first = months.astype("datetime64[M]").astype("datetime64[D]").astype("int64")
    month_last = (months + 1).astype("datetime64[M]").astype("datetime64[D]").astype("int64") - 1
    lo = np.where(
        precision == 3, month_first, np.where(precision == 2, days - WEEK_HALF_DAYS, days)
    )
    hi = np.where(precision == 3, month_last, np.where(precision == 2, days + WEEK_HALF_DAYS, days))
    return lo, hi


def merge_radius_m(uncertainty_m: np.ndarray, geo_precision: np.ndarray) -> np.ndarray:
    """Rule 4: the radius within which another report's point is the same place.

    Unknown radii come from the precision (``PRECISION_RADIUS_M``); a radius above
    ``MAX_RADIUS_M`` stays as it is and is caught by ``is_vague``.

    >>> merge_radius_m(np.array([np.nan, 5000.0]), np.array([1, 3])).tolist()
    [2000.0, 5000.0]
    """
    by_precision = np.select(
        [geo_precision == 1, geo_precision == 2],
        [PRECISION_RADIUS_M[1], PRECISION_RADIUS_M[2]],
        PRECISION_RADIUS_M[3],
    )
    return np.where(np.isnan(uncertainty_m), by_precision, uncertainty_m)


def is_vague(radius_m: np.ndarray) -> np.ndarray:
    """Rule 4: places too vague to merge with anything but the same place."""
    return radius_m > MAX_RADIUS_M


def distance_m(
    lat_a: np.ndarray, lon_a: np.ndarray, lat_b: np.ndarray, lon_b: np.ndarray
) -> np.ndarray:
    """Great-circle distance in metres (haversine), element by element.

    >>> round(float(distance_m(np.array([0.0]), np.array([0.0]), np.array([0.0]),
    ...                        np.array([1.0]))[0]))
    111195
    """
    phi_a, phi_b = np.radians(lat_a), np.radians(lat_b)
    dphi = phi_b - phi_a
    dlmb = np.radians(lon_b - lon_a)
    h = np.sin(dphi / 2) ** 2 + np.cos(phi_a) * np.cos(phi_b) * np.sin(dlmb / 2) ** 2
    metres: np.ndarray = 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    return metres


def actor_key(name: str) -> str:
    """Rule 5: an actor name as compared; "" for an actor that identifies nobody.

    >>> actor_key("  Russian   Armed Forces "), actor_key("Unidentified Armed Group")
    ('russian armed forces', '')
    """
    key = " ".join(name.split()).casefold()
    return "" if key.startswith(UNNAMED_ACTOR_PREFIXES[:-1]) or not key else key


def factorize_actors(actor1: pd.Series, actor2: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Codes of both actor columns over one shared dictionary; -1 for no named actor."""
    import pandas as pd

    both = pd.concat([actor1, actor2], ignore_index=True).fillna("").astype(str)
    names, spellings = pd.factorize(both)
    # Each distinct spelling is keyed once, then the keys are numbered.
    keys = [actor_key(str(name)) for name in spellings]
    key_codes, key_values = pd.factorize(pd.Series(keys, dtype="object"))
    unnamed = np.asarray(key_values, dtype=object) == ""
    key_codes = np.where(unnamed[key_codes], -1, key_codes) if len(key_codes) else key_codes
    codes = key_codes[names] if len(names) else names
    return codes[: len(actor1)], codes[len(actor1) :]


def actors_agree(a1: np.ndarray, a2: np.ndarray, b1: np.ndarray, b2: np.ndarray) -> np.ndarray:
    """Rule 5 over pairs: either side names no actor, or they share a named one."""
    a_none = (a1 < 0) & (a2 < 0)
    b_none = (b1 < 0) & (b2 < 0)
    shared = np.zeros(len(a1), dtype=bool)
    for mine in (a1, a2):
        for theirs in (b1, b2):
            shared |= (mine >= 0) & (mine == theirs)
    return a_none | b_none | shared


def codes_agree(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Rules 2 and 4 (sub-types, countries): equal, or one of them unknown (-1)."""
    agree: np.ndarray = (a < 0) | (b < 0) | (a == b)
    return agree


# ---------------------------------------------------------------- reconciling counts


@dataclass(frozen=True, slots=True)
class ReportedCount:
    """What one report said of one count."""

    source: str
    report_date: date | None
    count: int | None


@dataclass(frozen=True, slots=True)
class ReconciledCount:
    """The count kept, and the rule that chose it (empty when only one report gave one)."""

    count: int | None
    rule: str


def reconcile_count(name: str, reported: Sequence[ReportedCount]) -> ReconciledCount:
    """The highest count of the most recent report that gives one; conflicts noted.

    Undated reports count as older than any dated one.

    >>> r = reconcile_count("fatalities", [
    ...     ReportedCount("a", date(2024, 3, 1), 10), ReportedCount("b", date(2024, 3, 2), 15),
    ...     ReportedCount("c", date(2024, 3, 1), 20), ReportedCount("d", None, None)])
    >>> r.count
    15
    >>> for part in r.rule.split("; "):
    ...     print(part)
    fatalities 15: highest count of the latest report giving one (b, 2024-03-02)
    earlier: 10 (a), 20 (c)
    conflict: 20 (c) is higher than the later count
    """
    given = [entry for entry in reported if entry.count is not None]
    if not given:
        return ReconciledCount(None, "")
    if len(given) == 1:
        return ReconciledCount(given[0].count, "")
    latest = max((entry.report_date or date.min) for entry in given)
    newest = [entry for entry in given if (entry.report_date or date.min) == latest]
    chosen = max(newest, key=lambda entry: (entry.count or 0, entry.source))
    assert chosen.count is not None
    others = [entry for entry in given if entry is not chosen]
    if not others:
        return ReconciledCount(chosen.count, "")
    when = chosen.report_date.isoformat() if chosen.report_date else "undated"
    if len({entry.count for entry in given}) == 1:
        return ReconciledCount(
            chosen.count, f"{name} {chosen.count}: all {len(given)} reports agree"
        )
    rule = (
        f"{name} {chosen.count}: highest count of the latest report giving one "
        f"({chosen.source}, {when})"
    )
    earlier = [entry for entry in others if (entry.report_date or date.min) < latest]
    if earlier:
        rule += "; earlier: " + ", ".join(f"{entry.count} ({entry.source})" for entry in earlier)
    conflicts = [entry for entry in earlier if (entry.count or 0) > chosen.count]
    if conflicts:
        rule += "; conflict: " + ", ".join(f"{entry.count} ({entry.source})" for entry in conflicts)
        rule += (
            " is higher than the later count"
            if len(conflicts) == 1
            else (" are higher than the later count")
        )
    return ReconciledCount(chosen.count, rule)


@dataclass(frozen=True, slots=True)
class ReportedCounts:
    """What many reports said of one count, grouped by incident.

    Entries of one incident are consecutive and in the order ``reconcile_count`` is
    given them; ``day`` is a date's ordinal (``date.toordinal``), read only where
    ``dated``; ``count`` only where ``known``; ``source_rank`` orders the ``source``
    names as Python orders them.
    """

    group: np.ndarray
    n_groups: int
    source: pa.Array
    source_rank: np.ndarray
    day: np.ndarray
    dated: np.ndarray
    count: np.ndarray
    known: np.ndarray


@dataclass(frozen=True, slots=True)
class ReconciledCounts:
    """Per incident: the count kept (where ``known``) and its rule ("" for none)."""

    count: np.ndarray
    known: np.ndarray
    rule: pa.Array


def reconcile_counts(name: str, reported: ReportedCounts) -> ReconciledCounts:
    """``reconcile_count`` for every incident at once: the same count and the same words."""
    from pyarrow import concat_arrays as pa_concat

    from geo.merge import texts

    group, n = reported.group, reported.n_groups
    # (report_date or date.min): an undated report is as old as the oldest date.
    when = np.where(reported.dated, reported.day, date.min.toordinal()).astype("int64")
    given = np.flatnonzero(reported.known)
    of = group[given]
    n_given = np.bincount(of, minlength=n)
    latest = np.full(n, np.iinfo("int64").min, dtype="int64")
    np.maximum.at(latest, of, when[given])
    newest = given[when[given] == latest[of]]
    # The highest count, then the greatest source name, then the first given (as max).
    by_rank = np.lexsort(
        (newest, -reported.source_rank[newest], -reported.count[newest], group[newest])
    )
    ranked = newest[by_rank]
    leads = np.ones(len(ranked), dtype=bool)
    leads[1:] = group[ranked][1:] != group[ranked][:-1]
    chosen = np.zeros(n, dtype="int64")
    chosen[group[ranked[leads]]] = ranked[leads]
    has = n_given > 0
    count = np.where(has, reported.count[chosen], 0).astype("int64")
    lowest = np.full(n, np.iinfo("int64").max, dtype="int64")
    highest = np.full(n, np.iinfo("int64").min, dtype="int64")
    np.minimum.at(lowest, of, reported.count[given])
    np.maximum.at(highest, of, reported.count[given])
    several = n_given > 1
    agree = several & (lowest == highest)
    earlier = reported.known & (when < latest[group])
    conflict = earlier & (reported.count > count[group])
    # Words only for the incidents that need them: agreed, or disputed.
    agreed = np.flatnonzero(agree)
    disputed = np.flatnonzero(several & ~agree)
    agreed_text = texts.concat(
        f"{name} ",
        texts.numbers(count[agreed]),
        ": all ",
        texts.numbers(n_given[agreed]),
        " reports agree",
    )
    told = np.flatnonzero(earlier)
    each = texts.concat(
        texts.numbers(reported.count[told]), " (", texts.take(reported.source, told), ")"
    )
    n_earlier = np.bincount(group[told], minlength=n)
    is_conflict = conflict[told]
    n_conflicts = np.bincount(group[told[is_conflict]], minlength=n)
    earlier_text = texts.take(texts.join_groups(each, n_earlier, ", "), disputed)
    conflict_text = texts.take(
        texts.join_groups(texts.keep(each, is_conflict), n_conflicts, ", "), disputed
    )
    picked = chosen[disputed]
    chosen_day = texts.python_texts(
        np.where(reported.dated[picked], reported.day[picked], 0),
        as_text=lambda day: date.fromordinal(day).isoformat() if day else "undated",
    )
    some_earlier, some_conflicts = n_earlier[disputed] > 0, n_conflicts[disputed]
    disputed_text = texts.concat(
        f"{name} ",
        texts.numbers(count[disputed]),
        ": highest count of the latest report giving one (",
        texts.take(reported.source, picked),
        ", ",
        chosen_day,
        ")",
        texts.choose(some_earlier, "; earlier: ", ""),
        earlier_text,
        texts.choose(some_conflicts > 0, "; conflict: ", ""),
        conflict_text,
        texts.choose(
            some_conflicts > 0,
            texts.choose(
                some_conflicts == 1,
                " is higher than the later count",
                " are higher than the later count",
            ),
            "",
        ),
    )
    slot = np.zeros(n, dtype="int64")  # 0: no words
    slot[agreed] = 1 + np.arange(len(agreed))
    slot[disputed] = 1 + len(agreed) + np.arange(len(disputed))
    rule = texts.take(pa_concat([texts.constant("", 1), agreed_text, disputed_text]), slot)
    return ReconciledCounts(count=count, known=has, rule=rule)
