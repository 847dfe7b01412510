"""From links between pairs of reports to clusters: rule 6, whole clusters.

Links are taken closest first (fewest days apart, then nearest, then by row), and two
clusters join only if every report of one is linked to every report of the other. The
order depends on the rows' global positions and the links only, never on how the rows
were partitioned, so a distributed run clusters exactly as a single process does.

:func:`greedy_clusters` states the procedure link by link. :func:`cluster_links` gives
the same clusters for a million rows in well under a second: links of different
connected components never meet, so it runs the same steps on every component at once
(step k takes each component's k-th link), with each component's groups as bit masks.
Components larger than ``VECTOR_MAX_ROWS`` (rare: that many reports all near in time
and place) go through :func:`greedy_clusters`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np

from geo.merge.blocking import Links, sorted_unique

# A component's groups are bit masks in an int64; a component of n rows takes up to
# n(n-1)/2 steps, so larger ones are cheaper link by link.
VECTOR_MAX_ROWS: Final = 32


@dataclass(frozen=True, slots=True)
class Cluster:
    """Rows (global positions, ascending) that are one incident, and the links that joined them."""

    rows: tuple[int, ...]
    joins: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Clusters:
    """Clusters as flat arrays, ordered by their first row.

    Cluster ``k`` holds ``rows[row_start[k]:row_start[k + 1]]`` (ascending) and was
    joined by the links ``(join_a[j], join_b[j])`` for ``j`` in
    ``join_start[k]:join_start[k + 1]``, in the order the joins were made.
    """

    rows: np.ndarray
    row_start: np.ndarray
    join_a: np.ndarray
    join_b: np.ndarray
    join_start: np.ndarray

    def __len__(self) -> int:
        return len(self.row_start) - 1

    @property
    def sizes(self) -> np.ndarray:
        sizes: np.ndarray = np.diff(self.row_start)
        return sizes

    @property
    def first_rows(self) -> np.ndarray:
        first: np.ndarray = self.rows[self.row_start[:-1]]
        return first

    def cluster_of_rows(self) -> np.ndarray:
        """The cluster of each entry of ``rows``."""
        return np.repeat(np.arange(len(self)), self.sizes)

    def subset(self, numbers: np.ndarray) -> Clusters:
        """The clusters ``numbers`` (ascending), as their own :class:`Clusters`."""
        sizes, join_counts = self.sizes, np.diff(self.join_start)
        return Clusters(
            rows=_segments(self.rows, sizes, numbers),
            row_start=_offsets(sizes[numbers]),
            join_a=_segments(self.join_a, join_counts, numbers),
            join_b=_segments(self.join_b, join_counts, numbers),
            join_start=_offsets(join_counts[numbers]),
        )

    def to_list(self) -> list[Cluster]:
        """One :class:`Cluster` per cluster (Python objects: for small sets and tests)."""
        rows, joins = (
            self.rows.tolist(),
            list(zip(self.join_a.tolist(), self.join_b.tolist(), strict=True)),
        )
        starts, join_starts = self.row_start.tolist(), self.join_start.tolist()
        return [
            Cluster(
                rows=tuple(rows[starts[k] : starts[k + 1]]),
                joins=tuple(joins[join_starts[k] : join_starts[k + 1]]),
            )
            for k in range(len(self))
        ]

    @classmethod
    def from_list(cls, clusters: list[Cluster]) -> Clusters:
        """The flat form of ``clusters`` (already ordered by first row)."""
        rows = [row for cluster in clusters for row in cluster.rows]
        joins = [join for cluster in clusters for join in cluster.joins]
        return cls(
            rows=np.array(rows, dtype="int64"),
            row_start=_offsets(np.array([len(c.rows) for c in clusters], dtype="int64")),
            join_a=np.array([a for a, _ in joins], dtype="int64"),
            join_b=np.array([b for _, b in joins], dtype="int64"),
            join_start=_offsets(np.array([len(c.joins) for c in clusters], dtype="int64")),
        )


def _offsets(lengths: np.ndarray) -> np.ndarray:
    return np.concatenate([[0], np.cumsum(lengths, dtype="int64")]).astype("int64")


def link_order(links: Links) -> np.ndarray:
    """The order links are taken in: fewest days apart, then nearest, then by row."""
    order: np.ndarray = np.lexsort((links.b, links.a, np.round(links.distance_m), links.day_gap))
    return order


def greedy_clusters(links: Links) -> list[Cluster]:
    """Rule 6 link by link: clusters of two or more rows; a row without links stays alone.

    >>> links = Links(np.array([0, 1, 0]), np.array([1, 2, 2]), np.zeros(3), np.zeros(3))
    >>> [c.rows for c in greedy_clusters(links)]
    [(0, 1, 2)]
    >>> chain = Links(np.array([0, 1]), np.array([1, 2]), np.zeros(2), np.zeros(2))
    >>> [c.rows for c in greedy_clusters(chain)]  # 0 and 2 are not linked: no chain
    [(0, 1)]
    """
    if len(links.a) == 0:
        return []
    order = link_order(links)
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


def cluster_links(links: Links) -> Clusters:
    """The clusters :func:`greedy_clusters` makes of ``links``, found for all components at once.

    >>> links = Links(np.array([0, 1, 0, 5]), np.array([1, 2, 2, 7]), np.zeros(4), np.zeros(4))
    >>> [c.rows for c in cluster_links(links).to_list()]
    [(0, 1, 2), (5, 7)]
    """
    a, b = links.a.astype("int64"), links.b.astype("int64")
    if len(a) == 0:
        return Clusters.from_list([])
    nodes, local = np.unique(np.concatenate([a, b]), return_inverse=True)
    local_a, local_b = local[: len(a)], local[len(a) :]
    component = _components(local_a, local_b, len(nodes))
    sizes = np.bincount(component, minlength=len(nodes))
    rank = np.empty(len(a), dtype="int64")
    rank[link_order(links)] = np.arange(len(a))
    parts: list[_Part] = []
    for size in sorted_unique(sizes[sizes > 1]).tolist():
        of_size = sizes[component[local_a]] == size
        if size > VECTOR_MAX_ROWS:
            chosen = np.flatnonzero(of_size)
            subset = Links(a[chosen], b[chosen], links.distance_m[chosen], links.day_gap[chosen])
            parts.append(_Part.from_clusters(greedy_clusters(subset)))
        else:
            parts.append(
                _components_of_size(
                    size,
                    nodes=nodes,
                    component=component,
                    links=(local_a, local_b, a, b),
                    rank=rank,
                    chosen=np.flatnonzero(of_size),
                )
            )
    return _Part.combine(parts)


def _components(a: np.ndarray, b: np.ndarray, n: int) -> np.ndarray:
    """Each node's component, named by its smallest node (labels pushed down each link)."""
    label = np.arange(n)
    while True:
        lower = label.copy()
        np.minimum.at(lower, a, label[b])
        np.minimum.at(lower, b, label[a])
        # A label is a smaller node of the same component: follow labels to their end.
        while True:
            jumped = lower[lower]
            if np.array_equal(jumped, lower):
                break
            lower = jumped
        if np.array_equal(lower, label):
            return label
        label = lower


@dataclass(frozen=True, slots=True)
class _Part:
    """Clusters of some components, in any order: rows and joins grouped per cluster."""

    first: np.ndarray
    rows: np.ndarray
    sizes: np.ndarray
    join_a: np.ndarray
    join_b: np.ndarray
    join_counts: np.ndarray

    @classmethod
    def from_clusters(cls, clusters: list[Cluster]) -> _Part:
        flat = Clusters.from_list(clusters)
        return cls(
            flat.first_rows,
            flat.rows,
            flat.sizes,
            flat.join_a,
            flat.join_b,
            np.diff(flat.join_start),
        )

    @staticmethod
    def combine(parts: list[_Part]) -> Clusters:
        """All parts' clusters as one :class:`Clusters`, ordered by first row."""
        first = np.concatenate([p.first for p in parts])
        order = np.argsort(first, kind="stable")
        sizes = np.concatenate([p.sizes for p in parts])
        join_counts = np.concatenate([p.join_counts for p in parts])
        rows = _segments(np.concatenate([p.rows for p in parts]), sizes, order)
        join_a = _segments(np.concatenate([p.join_a for p in parts]), join_counts, order)
        join_b = _segments(np.concatenate([p.join_b for p in parts]), join_counts, order)
        return Clusters(
            rows=rows,
            row_start=_offsets(sizes[order]),
            join_a=join_a,
            join_b=join_b,
            join_start=_offsets(join_counts[order]),
        )


def _segments(values: np.ndarray, lengths: np.ndarray, order: np.ndarray) -> np.ndarray:
    """The segments of ``values`` (consecutive, of ``lengths``) laid out in ``order``."""
    starts = _offsets(lengths)[:-1]
    picked = lengths[order]
    within = np.arange(picked.sum()) - np.repeat(_offsets(picked)[:-1], picked)
    taken: np.ndarray = values[np.repeat(starts[order], picked) + within]
    return taken


def _components_of_size(
    size: int,
    *,
    nodes: np.ndarray,
    component: np.ndarray,
    links: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    rank: np.ndarray,
    chosen: np.ndarray,
) -> _Part:
    """Rule 6 over every component of ``size`` rows at once, as :func:`greedy_clusters`.

    In a component, rows are numbered 0..size-1 by position; a group is a bit mask of
    them, named by its first row; ``common`` holds the rows linked to every member.
    """
    local_a, local_b, a, b = links
    names = sorted_unique(component[local_a[chosen]])
    count = len(names)
    in_component = np.flatnonzero(np.isin(component, names))  # ascending: by position
    which = np.searchsorted(names, component[in_component])
    node_of = np.empty((count, size), dtype="int64")
    order_in = np.lexsort((in_component, which))
    node_of.reshape(-1)[:] = in_component[order_in]
    slot = np.empty(len(nodes), dtype="int64")
    slot[node_of.reshape(-1)] = np.tile(np.arange(size), count)
    # This size's links, component by component in the order they are taken.
    link_comp = np.searchsorted(names, component[local_a[chosen]])
    by_turn = chosen[np.lexsort((rank[chosen], link_comp))]
    link_comp = np.searchsorted(names, component[local_a[by_turn]])
    n_links = np.bincount(link_comp, minlength=count)
    turn = np.arange(len(by_turn)) - np.repeat(_offsets(n_links)[:-1], n_links)
    slot_a, slot_b = slot[local_a[by_turn]], slot[local_b[by_turn]]
    bit = np.left_shift(np.int64(1), np.arange(size, dtype="int64"))
    common = np.zeros((count, size), dtype="int64")
    np.bitwise_or.at(common, (link_comp, slot_a), bit[slot_b])
    np.bitwise_or.at(common, (link_comp, slot_b), bit[slot_a])
    group = np.tile(bit, (count, 1))
    root = np.tile(np.arange(size), (count, 1))
    width = max(size - 1, 1)
    joins = np.full((count, size, width), -1, dtype="int64")
    n_joins = np.zeros((count, size), dtype="int64")
    steps = np.arange(width)
    for step in range(int(n_links.max())):
        at = turn == step
        comp, link = link_comp[at], by_turn[at]
        root_a, root_b = root[comp, slot_a[at]], root[comp, slot_b[at]]
        low, high = np.minimum(root_a, root_b), np.maximum(root_a, root_b)
        whole = (common[comp, low] & group[comp, high]) == group[comp, high]
        ok = (low != high) & whole
        comp, link, low, high = comp[ok], link[ok], low[ok], high[ok]
        # The joins of the group named first, then the other's, then this link.
        n_low, n_high = n_joins[comp, low], n_joins[comp, high]
        from_high = np.take_along_axis(
            joins[comp, high], np.clip(steps - n_low[:, None], 0, width - 1), axis=1
        )
        joins[comp, low] = np.where(
            steps < n_low[:, None],
            joins[comp, low],
            np.where(
                steps < (n_low + n_high)[:, None],
                from_high,
                np.where(steps == (n_low + n_high)[:, None], link[:, None], -1),
            ),
        )
        n_joins[comp, low] = n_low + n_high + 1
        moved = group[comp, high]
        group[comp, low] |= moved
        common[comp, low] &= common[comp, high]
        root[comp] = np.where((moved[:, None] & bit) != 0, low[:, None], root[comp])
    final_comp, final_root = np.nonzero((root == np.arange(size)) & (n_joins > 0))
    masks = group[final_comp, final_root]
    member = (masks[:, None] & bit) != 0
    member_comp = np.repeat(final_comp, member.sum(axis=1))
    rows = nodes[node_of[member_comp, np.nonzero(member)[1]]]
    counts = n_joins[final_comp, final_root]
    taken = joins[final_comp, final_root][steps[None, :] < counts[:, None]]
    return _Part(
        first=nodes[node_of[final_comp, final_root]],
        rows=rows,
        sizes=member.sum(axis=1),
        join_a=a[taken],
        join_b=b[taken],
        join_counts=counts,
    )


__all__ = ["VECTOR_MAX_ROWS", "Cluster", "Clusters", "cluster_links", "greedy_clusters"]
