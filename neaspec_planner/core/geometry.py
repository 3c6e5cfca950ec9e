"""Generic geometry operations, vectorised with shapely 2, on copies of the input.

* hygiene: repair, drop what cannot be measured, count what was done (``clean_polygons``, also split over
  threads: ``clean_polygons_threaded``; ``polygonal_part``);
* grouped operations: the union of each group of geometries without a global union (``grouped_union``), and
  an intersection that cuts a large operand to the small one's box first (``clipped_intersection``).

No QGIS import here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import shapely

from neaspec_planner.core import parallel as par
from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, Joined, Note

POLYGONAL = ("Polygon", "MultiPolygon")
#: Overlay pieces smaller than this (m², 1 cm²) are floating-point slivers of shared edges.
SLIVER_M2 = 1e-4
#: A geometry with at least this many vertices counts as large: ``clipped_intersection`` cuts it to the other
#: operand's box (when it also has more than 4 times the other's vertices); the overlay prepares such a unit.
BIG_UNIT_VERTICES = 1_000
#: Groups with more members than this are first split into clusters of touching members (see grouped_union).
COMPONENT_GROUP_MIN = 16


@dataclass
class CleanReport:
    """What the cleaning did, for the log."""

    total: int = 0
    repaired: int = 0
    null_or_empty: int = 0
    slivers: int = 0
    not_polygonal: int = 0
    messages: list[str] = field(default_factory=list)

    def summary(self, layer: str) -> Joined:
        """One log line: the feature count and each repair that happened (translatable parts)."""
        parts = [Note(QT_TRANSLATE_NOOP("InputError", "{layer}: {count} features"), layer=layer, count=self.total)]
        if self.repaired:
            parts.append(Note(QT_TRANSLATE_NOOP("InputError", "{count} invalid geometries repaired (make_valid)"),
                              count=self.repaired))
        if self.null_or_empty:
            parts.append(Note(QT_TRANSLATE_NOOP("InputError", "{count} null or empty skipped"),
                              count=self.null_or_empty))
        if self.slivers:
            parts.append(Note(QT_TRANSLATE_NOOP("InputError", "{count} zero-area slivers skipped"),
                              count=self.slivers))
        if self.not_polygonal:
            parts.append(Note(QT_TRANSLATE_NOOP("InputError", "{count} non-polygon geometries skipped"),
                              count=self.not_polygonal))
        return Joined(parts)


def polygonal_part(geoms: np.ndarray, copy: bool = True) -> np.ndarray:
    """The polygonal content of each geometry (collections from make_valid lose their lines and points; lines
    and points become empty polygons). ``copy=False``: when every geometry already is a (Multi)Polygon, the
    input array itself is returned (overlay results: a touching edge gives lines inside a collection)."""
    geoms = np.asarray(geoms, dtype=object)
    if not copy and np.isin(shapely.get_type_id(geoms), (3, 6)).all():
        return geoms
    out = geoms.copy()
    kinds = shapely.get_type_id(geoms)
    collections = np.flatnonzero(kinds == 7)
    for i in collections:  # only GeometryCollections, rare: those produced by make_valid
        parts = shapely.get_parts(geoms[i])
        polys = parts[np.isin(shapely.get_type_id(parts), (3, 6))]
        out[i] = shapely.union_all(polys) if len(polys) else shapely.Polygon()
    lines_points = np.isin(kinds, (0, 1, 2, 4, 5))
    out[lines_points] = shapely.Polygon()
    return out


def clean_polygons(geoms: np.ndarray, min_area: float = 0.0) -> tuple[np.ndarray, np.ndarray, CleanReport]:
    """Repaired 2-D polygons, the indices of the input rows they came from, and a report.

    ``min_area`` (in the squared units of the geometries' CRS) drops slivers; 0 drops only zero-area ones.
    """
    geoms = np.asarray(geoms, dtype=object)
    report = CleanReport(total=len(geoms))
    present = ~shapely.is_missing(geoms)
    present[present] = ~shapely.is_empty(geoms[present])
    report.null_or_empty = int((~present).sum())
    index = np.flatnonzero(present)
    work = geoms[index]
    has_z = shapely.has_z(work)
    if has_z.any():  # copy only what has Z (a full copy of a large layer costs memory and time)
        work[has_z] = shapely.force_2d(work[has_z])
    kinds = shapely.get_type_id(work)
    not_poly = ~np.isin(kinds, (3, 6, 7))
    report.not_polygonal = int(not_poly.sum())
    index, work = index[~not_poly], work[~not_poly]
    invalid = ~shapely.is_valid(work)
    report.repaired = int(invalid.sum())
    if invalid.any():
        work[invalid] = shapely.make_valid(work[invalid])
    work = polygonal_part(work)
    area = shapely.area(work)
    empty = shapely.is_empty(work)
    sliver = (area <= min_area) & ~empty
    report.slivers = int(sliver.sum())
    report.null_or_empty += int(empty.sum())
    keep = ~(sliver | empty)
    return work[keep], index[keep], report


def clean_polygons_threaded(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray, CleanReport]:
    """``clean_polygons`` (validity checks and repairs, row by row) split over threads: the same
    geometries, rows and counts. Slices work on copies only if one geometry object appears in several rows."""
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    k = min(par.worker_threads(), n // par.MIN_PARALLEL)
    if k <= 1:
        return clean_polygons(geoms)
    distinct = par.distinct(geoms)
    parts: list = [None] * k
    cuts = par.slice_bounds(n, k)
    inputs = [geoms[cuts[i]:cuts[i + 1]] if i == 0 or distinct else par.clone(geoms[cuts[i]:cuts[i + 1]])
              for i in range(k)]

    def job(i: int, sl: slice) -> None:
        parts[i] = (sl.start, clean_polygons(inputs[i]))

    par.run_slices(n, k, job)
    report = CleanReport(total=n)
    for _, (_, _, rep) in parts:
        for name in ("repaired", "null_or_empty", "slivers", "not_polygonal"):
            setattr(report, name, getattr(report, name) + getattr(rep, name))
        report.messages.extend(rep.messages)
    work = np.concatenate([w for _, (w, _, _) in parts])
    index = np.concatenate([idx + start for start, (_, idx, _) in parts])
    return work, index, report


# ------------------------------------------------------------------------------------ grouped geometry ops


def grouped_union(geoms: np.ndarray, groups: np.ndarray, n_groups: int, distinct: bool = True,
                  split_clusters: bool = True, clusters: Optional[dict] = None) -> np.ndarray:
    """``union_all`` of ``geoms`` per group id (0..n_groups-1); None for groups without members.

    Vectorised: members are laid out in a padded 2-D array (by buckets of group size, to bound padding) and
    united with ``shapely.union_all(..., axis=1)``. Large groups (a species range holding hundreds of
    protected areas) are first split into clusters of members that touch (an STRtree ``intersects`` query and
    connected components): only clusters are united, and the disjoint cluster unions are gathered into one
    MultiPolygon, which is valid as they do not even touch. ``distinct=False``: one object may sit in several
    groups (threads then work on copies). ``clusters``, a dict, receives the clusters of the large groups:
    ``united`` (union per cluster), ``group`` (its group), ``member`` (cluster of each member of a large group)
    and ``index`` (those members' positions in ``geoms``).
    """
    out = np.full(n_groups, None, dtype=object)
    if not len(geoms):
        return out
    if split_clusters:
        sizes = np.bincount(groups, minlength=n_groups)
        large = sizes[groups] > COMPONENT_GROUP_MIN
        if large.any():
            rest = np.flatnonzero(~large)
            out = grouped_union(geoms[rest], groups[rest], n_groups, distinct, False)
            idx = np.flatnonzero(large)
            cluster, n_clusters = _touching_clusters(geoms[idx], groups[idx])
            united = grouped_union(geoms[idx], cluster, n_clusters, distinct, False)
            cluster_group = np.empty(n_clusters, dtype=np.int64)
            cluster_group[cluster] = groups[idx]
            if clusters is not None:
                clusters.update(united=united, group=cluster_group, member=cluster, index=idx)
            gathered = _gather(united, cluster_group, n_groups)
            present = ~shapely.is_missing(gathered)
            out[present] = gathered[present]
            return out
    order = np.argsort(groups, kind="stable")
    g_sorted, geoms_sorted = groups[order], geoms[order]
    counts = np.bincount(g_sorted, minlength=n_groups)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    rank = np.arange(len(g_sorted)) - starts[g_sorted]  # position within its group
    single = counts == 1
    out[single] = geoms_sorted[starts[single]]
    bounds = (2, 4, 16, 64, 256, 1024, np.inf)
    low = 2
    for high in bounds:
        sel_groups = np.flatnonzero((counts >= low) & (counts <= high))
        if len(sel_groups):
            width = int(counts[sel_groups].max())
            row_of = np.full(n_groups, -1)
            row_of[sel_groups] = np.arange(len(sel_groups))
            member = row_of[g_sorted] >= 0
            table = np.full((len(sel_groups), width), None, dtype=object)
            table[row_of[g_sorted[member]], rank[member]] = geoms_sorted[member]
            out[sel_groups] = par.parallel(shapely.union_all, table, shared=(not distinct,), min_size=200, axis=1)
        low = int(high) + 1 if np.isfinite(high) else low
    return out


def _gather(geoms: np.ndarray, groups: np.ndarray, n_groups: int) -> np.ndarray:
    """Disjoint polygonal geometries (not even touching) gathered per group into one MultiPolygon (a group of
    one keeps its geometry as it is); None for groups without members."""
    out = np.full(n_groups, None, dtype=object)
    if not len(geoms):
        return out
    counts = np.bincount(groups, minlength=n_groups)
    one = counts[groups] == 1
    out[groups[one]] = geoms[one]
    parts, owner = shapely.get_parts(geoms[~one], return_index=True)
    part_group = groups[~one][owner]
    order = np.argsort(part_group, kind="stable")
    parts, part_group = parts[order], part_group[order]
    polygons = shapely.get_type_id(parts) == 3
    if polygons.any():
        gathered = shapely.multipolygons(parts[polygons], indices=part_group[polygons])
        present = np.unique(part_group[polygons])
        out[present] = gathered[present]
    return out


def _touching_clusters(geoms: np.ndarray, groups: np.ndarray) -> tuple[np.ndarray, int]:
    """Cluster label per member: members of one group that intersect (also by touching), transitively."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = len(geoms)
    a, b = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    same = (groups[a] == groups[b]) & (a != b)
    graph = coo_matrix((np.ones(int(same.sum()), dtype=np.int8), (a[same], b[same])), shape=(n, n))
    n_clusters, labels = connected_components(graph, directed=False)
    return labels.astype(np.int64), int(n_clusters)


def clipped_intersection(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``shapely.intersection(a, b)`` (polygonal part), cutting a large operand to the other's box first.

    GEOS OverlayNG costs ~5 ms for an operand of 20,000 vertices even when only a corner of it matters (a
    country border or a species range against a small site); GEOS's rectangle clipping of the large operand to
    the small one's bounding box first takes ~0.3 ms, and the intersection is the same set. shapely has no
    vectorised clip with one rectangle per row, so the (few) large pairs are clipped one by one; a clip that
    comes out invalid is not used.
    """
    a, b = np.asarray(a, dtype=object), np.asarray(b, dtype=object)
    if not len(a):
        return np.empty(0, dtype=object)
    na, nb = shapely.get_num_coordinates(a), shapely.get_num_coordinates(b)
    a_big = (na >= BIG_UNIT_VERTICES) & (na > 4 * nb)
    b_big = (nb >= BIG_UNIT_VERTICES) & (nb > 4 * na)
    if a_big.any() or b_big.any():
        a, b = a.copy(), b.copy()
        for big, large, small in ((a_big, a, b), (b_big, b, a)):
            rows = np.flatnonzero(big)
            if not len(rows):
                continue
            box = shapely.bounds(small[rows])
            cut = np.array([shapely.clip_by_rect(g, *r) for g, r in zip(large[rows].tolist(), box.tolist())],
                           dtype=object)
            ok = shapely.is_valid(cut)
            large[rows[ok]] = cut[ok]
    return polygonal_part(par.parallel(shapely.intersection, a, b), copy=False)

