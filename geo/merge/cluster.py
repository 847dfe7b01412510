"""From links between pairs of reports to clusters: rule 6, whole clusters.

Links are taken closest first (fewest days apart, then nearest, then by row), and two
clusters join only if every report of one is linked to every report of the other. The
order depends on the rows' global positions and the links only, never on how the rows
were partitioned, so a distributed run clusters exactly as a single process does.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from geo.merge.blocking import Links


@dataclass(frozen=True, slots=True)
class Cluster:
    """Rows (global positions, ascending) that are one incident, and the links that joined them."""

    rows: tuple[int, ...]
    joins: tuple[tuple[int, int], ...]


def cluster_links(links: Links) -> list[Cluster]:
    """Clusters of two or more rows; a row without links is left out (it stays alone).

    >>> links = Links(np.array([0, 1, 0]), np.array([1, 2, 2]), np.zeros(3), np.zeros(3))
    >>> [c.rows for c in cluster_links(links)]
    [(0, 1, 2)]
    >>> chain = Links(np.array([0, 1]), np.array([1, 2]), np.zeros(2), np.zeros(2))
    >>> [c.rows for c in cluster_links(chain)]  # 0 and 2 are not linked: no chain
    [(0, 1)]
    """
    if len(links.a) == 0:
        return []
    order = np.lexsort((links.b, links.a, np.round(links.distance_m), links.day_gap))
    linked = set(zip(links.a.tolist(), links.b.tolist(), strict=True))
    members: dict[int, list[int]] = {}
    joins: dict[int, list[tuple[int, int]]] = {}
    root_of: dict[int, int] = {}
    for a, b in zip(links.a[order].tolist(), links.b[order].tolist(), strict=True):
        root_a, root_b = root_of.get(a, a), root_of.get(b, b)
        if root_a == root_b:
            continue
        group_a, group_b = members.get(root_a, [a]), members.get(root_b, [b])
        if not all((min(x, y), max(x, y)) in linked for x in group_a for y in group_b):
            continue
        root, other = min(root_a, root_b), max(root_a, root_b)
        merged = sorted([*group_a, *group_b])
        members[root] = merged
        members.pop(other, None)
        joins[root] = [*joins.pop(root, []), *joins.pop(other, []), (a, b)]
        for row in merged:
            root_of[row] = root
    return [
        Cluster(rows=tuple(rows), joins=tuple(joins[root]))
        for root, rows in sorted(members.items())
    ]


__all__ = ["Cluster", "cluster_links"]
