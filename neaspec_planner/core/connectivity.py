"""Connectivity of a network of patches: PC, EC, IIC, their fractions and every node's importance (dPC, dIIC).

Definitions (``shared/reference/methods.md``, "Connectivity indicators in detail"; Saura & Pascual-Hortal 2007,
Saura & Rubio 2010): nodes i with attribute a_i; direct probability p_ij = p^(d_ij/d); p*_ij the maximum
product of direct probabilities over all paths, p*_ii = 1; PCnum = Σ_i Σ_j a_i a_j p*_ij; PC = PCnum / A_L²;
EC = sqrt(PCnum). IIC: links where d_ij ≤ the IIC distance, nl_ij the number of links on the fewest-links path,
IICnum = Σ Σ a_i a_j / (1 + nl_ij) over connected pairs. dX_k = 100 (Xnum − Xnum_without_k) / Xnum =
dXintra + dXflux + dXconnector.

How it is computed (no Python loop over pairs):

1. Pairs within reach come from an STRtree ``dwithin`` query; distances are ``shapely.distance`` between the
   polygons (``edge``, 0 when they touch) or between node points (``centroid``), in metres in an equal-area CRS.
   Reach: the distance at which p_ij falls to the cut-off (MIN_PROBABILITY, or 1e-12 when none is set).
2. p* for all pairs: ``scipy.sparse.csgraph.dijkstra`` on the sparse graph weighted by −ln p_ij (a sum of
   −ln p is minimal where the product of p is maximal); IIC: the unweighted (fewest-links) version.
3. dXintra_k = 100 a_k² / Xnum and dXflux_k = 100 · 2 a_k Σ_{j≠k} a_j p*_kj / Xnum are closed forms.
4. dXconnector_k (the loss between other nodes whose best paths ran through k) needs the best paths of the
   graph without k. A node internal to no best-path tree of a weighted source has connector 0 exactly. Each
   connected component with candidates is solved by one of two exact methods, whichever the cost model of
   ``_connector_plan`` says is faster (both give the same numbers up to float rounding; the tests run each):

   * **Dense removal closures** (``core/removal.py``) for components of up to DENSE_MAX_NODES nodes: the
     Floyd–Warshall closure with every node but k inserted, for all k at once by divide and conquer
     (m² · |C| log|C| cell updates, vectorised n × n steps).
   * **Record re-solve** (below) for the others: only the distances that can change, on the edges that can
     matter:

     * Rows. Let T_s be the shortest-path tree Dijkstra returned for source s. If k is not an internal node of
       T_s, every tree path from s avoids k, so no distance from s changes when k is removed. Only the sources
       S_k = {s : a_s > 0, k internal in T_s} are re-solved; a node internal in no tree has connector 0 exactly
       (it lies on no best path, or on none it alone carries).
     * Edges. An edge (u, v) longer than the shortest u–v distance is never on a shortest path. It can become
       needed once k is gone only if the tree path u→v in T_u passes through k (otherwise that path, made of
       edges that are themselves shortest paths, is still there and still shorter). So the graph solved for k
       holds the "essential" edges (length = shortest distance) plus the non-essential edges whose tree path
       runs through k, minus k's own edges; it gives the same distances as the whole graph without k (the
       argument is spelled out in docs/algorithms/connectivity.md). The tree paths of all non-essential edges
       are walked once, vectorised, by pointer jumping in the predecessor matrix.

   Unweighted IIC graphs have no non-essential edge (every link is one step).

Everything here is pure Python (numpy, scipy, shapely, pandas); ``core/protconn.py`` builds on it.
"""
from __future__ import annotations

import math
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable, Literal, Optional, Union

import numpy as np
import pandas as pd
import pyproj
import shapely

from neaspec_planner.core import layers, removal
from neaspec_planner.core.crs import choose_crs, describe_crs, reproject
from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError, Note
from neaspec_planner.core.geometry import clean_polygons, grouped_union
from neaspec_planner.core.parallel import MIN_PARALLEL, worker_threads
from neaspec_planner.core.progress import Progress, ProgressFn
from neaspec_planner.core.results import Outcome
from neaspec_planner.core.vector_io import VectorData

DistanceMode = Literal["edge", "centroid"]
DISTANCE_MODES = ("edge", "centroid")
#: Pairs whose direct probability falls below this are not linked when no MIN_PROBABILITY is set.
PROBABILITY_FLOOR = 1e-12
#: Relative and absolute tolerances of "this edge is a shortest path" (ties count as shortest).
_REL_TOL = 1e-9
_ABS_TOL = 1e-12
#: Geometries with more vertices than this are clipped near their partner before a distance is taken.
BIG_VERTICES = 2_000

NODE_FIELDS = ["patch_id", "a", "country", "dPC", "dPCintra", "dPCflux", "dPCconnector", "dIIC", "dIICintra",
               "dIICflux", "dIICconnector", "rank"]
LINK_FIELDS = ["from_id", "to_id", "distance_m", "p"]
SUMMARY_FIELDS = ["metric", "numerator", "index", "ec", "landscape", "intra_pct", "direct_pct", "step_pct",
                  "n_nodes"]


# ------------------------------------------------------------------------------------------- geometry


def reach(median_distance: float, probability: float, min_probability: float = 0.0) -> float:
    """The distance (m) at which p_ij = p^(d_ij/d) falls to the cut-off (``min_probability`` or 1e-12)."""
    check_kernel(median_distance, probability, min_probability)
    cut = max(float(min_probability), PROBABILITY_FLOOR)
    if cut >= 1.0:
        return 0.0
    return float(median_distance) * math.log(cut) / math.log(float(probability))


def check_kernel(median_distance: float, probability: float, min_probability: float = 0.0) -> None:
    """``InputError`` unless d > 0, 0 < p < 1 and 0 ≤ MIN_PROBABILITY < 1."""
    if not (np.isfinite(median_distance) and median_distance > 0):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "The median dispersal distance must be more than 0 m "
                                                         "(got {value})."), value=median_distance)
    if not (0.0 < probability < 1.0):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "The probability at the median distance must lie "
                                                         "between 0 and 1, both excluded (got {value})."),
                         value=probability)
    if not (0.0 <= min_probability < 1.0):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "The minimum probability must lie between 0 "
                                                         "(no cut-off) and 1 (got {value})."),
                         value=min_probability)


def direct_probability(distance: np.ndarray, median_distance: float, probability: float) -> np.ndarray:
    """p_ij = exp(d_ij · ln p / d)."""
    return np.exp(np.asarray(distance, dtype=float) * math.log(probability) / median_distance)


def node_points(geoms: np.ndarray) -> np.ndarray:
    """The centroid of each geometry's largest part, or its point on surface when that centroid falls outside."""
    geoms = np.asarray(geoms, dtype=object)
    if not len(geoms):
        return np.empty(0, dtype=object)
    parts, owner = shapely.get_parts(geoms, return_index=True)
    area = shapely.area(parts)
    order = np.lexsort((-area, owner))
    first = np.ones(len(order), dtype=bool)
    first[1:] = owner[order][1:] != owner[order][:-1]
    largest = np.empty(len(geoms), dtype=object)
    largest[owner[order][first]] = parts[order][first]
    cent = shapely.centroid(largest)
    outside = ~shapely.intersects(largest, cent)
    if outside.any():
        cent[outside] = shapely.point_on_surface(largest[outside])
    return cent


def pair_distances(geoms: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Exact ``shapely.distance(geoms[i], geoms[j])``; a geometry with many vertices is first clipped to the
    other's box grown by a radius r, doubled until the clipped distance is ≤ r (then no point of the big
    geometry outside the box can be nearer, so the distance is exact)."""
    if not len(i):
        return np.empty(0, dtype=float)
    a, b = geoms[i], geoms[j]
    out = pairwise(shapely.distance, geoms, i, j)
    nv = shapely.get_num_coordinates(geoms)
    big = (nv[i] > BIG_VERTICES) | (nv[j] > BIG_VERTICES)
    if not big.any():
        return np.asarray(out, dtype=float)
    out = np.asarray(out, dtype=float)
    rows = np.flatnonzero(big)
    # small partner, big partner
    swap = nv[i[rows]] > nv[j[rows]]
    small = np.where(swap, b[rows], a[rows])
    large = np.where(swap, a[rows], b[rows])
    touching = shapely.intersects(small, large)
    out[rows[touching]] = 0.0
    rows, small, large = rows[~touching], small[~touching], large[~touching]
    if not len(rows):
        return out
    sb = shapely.bounds(small)
    lb = shapely.bounds(large)
    gap = np.hypot(np.maximum(0, np.maximum(lb[:, 0] - sb[:, 2], sb[:, 0] - lb[:, 2])),
                   np.maximum(0, np.maximum(lb[:, 1] - sb[:, 3], sb[:, 1] - lb[:, 3])))
    radius = np.maximum(2.0 * gap, 1.0 + 0.1 * np.maximum(sb[:, 2] - sb[:, 0], sb[:, 3] - sb[:, 1]))
    todo = np.arange(len(rows))
    while len(todo):
        r = radius[todo]
        clip = np.array([shapely.clip_by_rect(g, x0 - rr, y0 - rr, x1 + rr, y1 + rr) for g, (x0, y0, x1, y1), rr
                         in zip(large[todo].tolist(), sb[todo].tolist(), r.tolist())], dtype=object)
        dist = shapely.distance(small[todo], clip)
        done = np.isfinite(dist) & ~shapely.is_empty(clip) & (dist <= r)
        out[rows[todo[done]]] = dist[done]
        todo = todo[~done]
        radius[todo] *= 2.0
        if len(todo) and np.all(radius[todo] > 1e9):  # cannot happen for finite data: fall back to the plain call
            out[rows[todo]] = shapely.distance(small[todo], large[todo])
            break
    return out


def edges_within(geoms: np.ndarray, max_distance: float, points: Optional[np.ndarray] = None
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs ``i < j`` at most ``max_distance`` apart and their distance (edge-to-edge, or between ``points``)."""
    base = points if points is not None else geoms
    if len(base) < 2:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty.copy(), np.empty(0, dtype=float)
    tree = shapely.STRtree(base)
    a, b = tree.query(base, predicate="dwithin", distance=float(max_distance))
    keep = a < b
    a, b = a[keep].astype(np.int64), b[keep].astype(np.int64)
    if points is not None:
        xy = shapely.get_coordinates(points)
        dist = np.hypot(xy[a, 0] - xy[b, 0], xy[a, 1] - xy[b, 1])
    else:
        dist = pair_distances(base, a, b)
    ok = dist <= max_distance
    return a[ok], b[ok], dist[ok]


def sparse_edges(geoms: np.ndarray, max_distance: float, neighbours: int = 10
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Edge-to-edge pairs within ``max_distance`` that can lie on a shortest path, without measuring the
    others: the same shortest distances as ``edges_within`` (for PC / EC; not for node removal).

    Every node's ``neighbours`` nearest pairs by box gap are measured first; their graph's shortest distances U
    bound the true ones from above. A pair whose box gap (a lower bound of its distance) is already ≥ U is never
    needed (a path at most as long exists), so only the remaining pairs are measured.
    """
    from scipy.sparse.csgraph import dijkstra

    n = len(geoms)
    empty = np.empty(0, dtype=np.int64)
    if n < 2:
        return empty, empty.copy(), np.empty(0)
    box = shapely.bounds(geoms)
    grown = shapely.box(box[:, 0] - max_distance, box[:, 1] - max_distance, box[:, 2] + max_distance,
                        box[:, 3] + max_distance)
    a, b = shapely.STRtree(geoms).query(grown)
    keep = a < b
    a, b = a[keep].astype(np.int64), b[keep].astype(np.int64)
    gap = np.hypot(np.maximum(0.0, np.maximum(box[b, 0] - box[a, 2], box[a, 0] - box[b, 2])),
                   np.maximum(0.0, np.maximum(box[b, 1] - box[a, 3], box[a, 1] - box[b, 3])))
    ok = gap <= max_distance
    a, b, gap = a[ok], b[ok], gap[ok]
    m = len(a)
    if m <= 4 * neighbours * n:
        dist = pair_distances(geoms, a, b)
        ok = dist <= max_distance
        return a[ok], b[ok], dist[ok]
    ends = np.concatenate([a, b])
    edge = np.concatenate([np.arange(m), np.arange(m)])
    order = np.lexsort((np.concatenate([gap, gap]), ends))
    first = np.searchsorted(ends[order], np.arange(n))
    rank = np.arange(2 * m) - first[ends[order]]
    near = np.zeros(m, dtype=bool)
    near[edge[order][rank < neighbours]] = True
    dist = np.full(m, np.inf)
    dist[near] = pair_distances(geoms, a[near], b[near])
    usable = near & (dist <= max_distance)
    bound = dijkstra(_graph(n, a[usable], b[usable], dist[usable]), directed=False)
    rest = np.flatnonzero(~near)
    rest = rest[gap[rest] < bound[a[rest], b[rest]] * (1.0 - _REL_TOL)]
    dist[rest] = pair_distances(geoms, a[rest], b[rest])
    ok = np.isfinite(dist) & (dist <= max_distance)
    return a[ok], b[ok], dist[ok]


# ---------------------------------------------------------------------------------------- graph maths


@dataclass
class Importance:
    """Numerator, fractions (of the numerator) and node importances (% of the numerator) of PC or IIC."""

    numerator: float
    intra: float
    direct: float
    step: float
    d_intra: np.ndarray
    d_flux: np.ndarray
    d_connector: np.ndarray

    @property
    def d_total(self) -> np.ndarray:
        return self.d_intra + self.d_flux + self.d_connector


def _graph(n: int, i: np.ndarray, j: np.ndarray, w: np.ndarray) -> Any:
    """Symmetric CSR matrix; zero weights are kept as explicit entries (touching patches, p = 1)."""
    from scipy.sparse import csr_matrix

    rows = np.concatenate([i, j])
    cols = np.concatenate([j, i])
    data = np.concatenate([w, w]).astype(float)
    return csr_matrix((data, (rows, cols)), shape=(n, n))


def _value(dist: np.ndarray, unweighted: bool) -> np.ndarray:
    """p* = exp(−Σ −ln p) for PC; 1 / (1 + nl) for IIC; 0 where not connected."""
    if unweighted:
        with np.errstate(divide="ignore"):
            return 1.0 / (1.0 + dist)
    return np.exp(-dist)


def importance(n: int, a: np.ndarray, i: np.ndarray, j: np.ndarray, w: np.ndarray, unweighted: bool = False,
               nodes: bool = True, progress: Union[ProgressFn, Progress, None] = None) -> Importance:
    """PC (``w`` = −ln p_ij) or IIC (``unweighted``: every link one step) numerator, fractions and importances.

    ``i, j`` (i ≠ j, each pair once) are the links; ``a`` the node attributes (0 for stepping stones).
    ``nodes=False`` skips the node importances (zeros are returned).
    """
    from scipy.sparse.csgraph import dijkstra

    prog = progress if isinstance(progress, Progress) else Progress(progress)
    a = np.asarray(a, dtype=float)
    i, j, w = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64), np.asarray(w, dtype=float)
    if unweighted:
        w = np.ones(len(i))
    zeros = np.zeros(n)
    intra = float(np.sum(a * a))
    weighted = np.flatnonzero(a > 0)
    if n == 0 or not len(i) or len(weighted) < 2:
        num = intra
        di = 100.0 * a * a / num if num > 0 else zeros.copy()
        return Importance(num, intra, 0.0, 0.0, di, zeros.copy(), zeros.copy())
    kept = np.ones(len(i), dtype=bool) if unweighted else _prune(n, i, j, w)
    graph = _graph(n, i[kept], j[kept], w[kept])
    # sources: every node when the connector needs the trees of non-essential edges' ends, else the weighted ones
    sources = np.arange(n) if (nodes and not unweighted) else weighted
    dist, pred = dijkstra(graph, directed=False, indices=sources, unweighted=unweighted, return_predecessors=True)
    prog(0.2)
    row_of = np.full(n, -1, dtype=np.int64)
    row_of[sources] = np.arange(len(sources))
    value = _value(dist, unweighted)
    wrows = row_of[weighted]
    flow = value[wrows] @ a  # Σ_j a_j p*_sj for weighted s (p*_ss = 1 included)
    num = float(a[weighted] @ flow)
    # direct: pairs whose own link is a shortest path
    d_ij = dist[row_of[i], j] if (nodes and not unweighted) else None
    if d_ij is None:
        ri = row_of[i]
        has = ri >= 0
        d_ij = np.full(len(i), np.inf)
        d_ij[has] = dist[ri[has], j[has]]
        rj = row_of[j]
        alt = ~has & (rj >= 0)
        d_ij[alt] = dist[rj[alt], i[alt]]
        unknown = ~has & ~alt  # both ends unweighted: their pair adds nothing to the sums
        d_ij[unknown] = w[unknown]
    essential = w <= d_ij * (1.0 + _REL_TOL) + _ABS_TOL
    direct = float(2.0 * np.sum(a[i[essential]] * a[j[essential]] * _value(w[essential], unweighted)))
    step = max(num - intra - direct, 0.0)
    if not nodes:
        return Importance(num, intra, direct, step, zeros.copy(), zeros.copy(), zeros.copy())
    d_intra = 100.0 * a * a / num
    d_flux = np.zeros(n)
    d_flux[weighted] = 100.0 * 2.0 * a[weighted] * (flow - a[weighted]) / num
    # ---- connector, per connected component by the cheaper exact method (see _connector_plan)
    dense, by_records, share = _connector_plan(n, a, weighted, i, j, pred, row_of)
    loss = np.zeros(n)
    dense_prog = prog.phase(0.2, 0.2 + 0.8 * share)
    done_work = 0.0
    total_work = sum(removal.work(len(members), len(cand)) for members, cand in dense) or 1.0
    for members, cand in dense:
        local = np.full(n, -1, dtype=np.int64)
        local[members] = np.arange(len(members))
        inside = (local[i] >= 0) & (local[j] >= 0)
        mat = removal.closure_matrix(len(members), local[i[inside]], local[j[inside]], w[inside], unweighted)
        part = removal.work(len(members), len(cand)) / total_work
        sub = dense_prog.phase(done_work, done_work + part)
        loss[cand] = removal.connector_losses(mat, a[members], local[cand], unweighted, sub)
        done_work += part
    if by_records.any():
        # the pairs whose tree path runs through k, re-solved together (see _connector_losses)
        in_scope = by_records[i]  # both ends lie in one component
        ess = essential & in_scope
        ne_index = np.flatnonzero(~essential & in_scope)
        extra_edge, extra_node = _tree_path_nodes(pred, row_of, i[ne_index], j[ne_index])
        loss += _connector_losses(n, a, weighted[by_records[weighted]], row_of, dist, pred,
                                  (i[ess], j[ess], w[ess]),
                                  (i[ne_index[extra_edge]], j[ne_index[extra_edge]], w[ne_index[extra_edge]],
                                   extra_node), unweighted, prog.phase(0.2 + 0.8 * share, 1.0), by_records)
    d_conn = 100.0 * np.maximum(loss, 0.0) / num
    prog(1.0)
    return Importance(num, intra, direct, step, d_intra, d_flux, d_conn)


#: Components of at most this many nodes may take the dense removal closures (``core/removal.py``).
DENSE_MAX_NODES = 3000
#: Bytes the dense matrices of one component may take at once.
DENSE_MEMORY = 1_500_000_000
#: Seconds per cell update of the dense closures, and per record of the record re-solve, measured on the
#: bench's 404 patches (2-core development machine); they only choose the faster method, both are exact.
DENSE_UNIT = 1.0e-9
RECORD_UNIT = 4.0e-6


def _connector_plan(n: int, a: np.ndarray, weighted: np.ndarray, i: np.ndarray, j: np.ndarray, pred: np.ndarray,
                    row_of: np.ndarray) -> tuple[list[tuple[np.ndarray, np.ndarray]], np.ndarray, float]:
    """Which connected components need a connector, and by which exact method.

    A node internal to no best-path tree of a weighted source carries no best path alone: its connector is 0
    (``removal``'s docstring). Components with no such candidate, or fewer than two weighted nodes, are skipped.
    Each other component goes to the dense removal closures or to the record re-solve, whichever the cost model
    says is cheaper (dense: m² · insertions cell updates; records: one per (source, target, internal node)).
    Returns [(nodes, candidates)] for the dense components, the mask of the record components' nodes, and the
    dense share of the estimated time (for progress).
    """
    from scipy.sparse.csgraph import connected_components

    n_comp, comp = connected_components(_graph(n, i, j, np.ones(len(i))), directed=False)
    pr = pred[row_of[weighted]]
    inner = (pr >= 0) & (pr != weighted[:, None])
    cand = np.zeros(n, dtype=bool)
    cand[pr[inner]] = True
    size = np.bincount(comp, minlength=n_comp)
    n_weighted = np.bincount(comp[weighted], minlength=n_comp)
    n_cand = np.bincount(comp[cand], minlength=n_comp)
    todo = (n_weighted >= 2) & (n_cand > 0)
    dense_ok = todo & (size <= DENSE_MAX_NODES)
    dense_ok &= np.array([removal.memory(int(m), int(c), False) <= DENSE_MEMORY for m, c in zip(size, n_cand)],
                         dtype=bool)
    dense_cost = np.array([removal.work(int(m), int(c)) for m, c in zip(size, n_cand)]) * DENSE_UNIT
    records = _record_counts(pred, row_of, weighted[dense_ok[comp[weighted]]], comp, n_comp)
    record_cost = np.multiply(records, RECORD_UNIT, out=np.zeros(n_comp), where=records > 0)
    use_dense = dense_ok & (dense_cost <= record_cost)
    dense = [(np.flatnonzero(comp == c), np.flatnonzero((comp == c) & cand)) for c in np.flatnonzero(use_dense)]
    rest = todo & ~use_dense
    by_records = rest[comp]
    # progress only: the record components' share of the time (their count is unknown above DENSE_MAX_NODES,
    # where a tree path is taken to hold ten internal nodes)
    known = np.where(dense_ok, records, 10.0 * size.astype(float) ** 2)
    spent_dense = float(dense_cost[use_dense].sum())
    spent_records = float(known[rest].sum()) * 4.0e-6
    share = spent_dense / (spent_dense + spent_records) if spent_dense + spent_records > 0 else 1.0
    return dense, by_records, share


def _record_counts(pred: np.ndarray, row_of: np.ndarray, sources: np.ndarray, comp: np.ndarray,
                   n_comp: int) -> np.ndarray:
    """Per component, the records (s, t, k) the record re-solve would handle for these sources (k internal to the
    tree path s→t): pointer jumping like ``_records``, counting only."""
    counts = np.zeros(n_comp)
    if not len(sources):
        return counts
    rows = row_of[sources]
    r, t = np.nonzero(pred[rows] >= 0)
    s, rr = sources[r], rows[r]
    cur = pred[rr, t].astype(np.int64)
    alive = cur != s
    s, rr, cur = s[alive], rr[alive], cur[alive]
    while len(s):
        counts += np.bincount(comp[s], minlength=n_comp)
        cur = pred[rr, cur].astype(np.int64)
        alive = cur != s
        s, rr, cur = s[alive], rr[alive], cur[alive]
    return counts


#: Pair records (source, target, removed node) handled per batch of sources (memory bound).
RECORDS_PER_BATCH = 1_000_000
#: Cells of the (k, source, t) look-up table of a batch (int32).
TABLE_CELLS = 16_000_000


def _ragged(starts: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each i, the indices starts[i] .. starts[i] + counts[i] − 1, flattened, with the owner i of each."""
    total = int(counts.sum())
    owner = np.repeat(np.arange(len(counts)), counts)
    if not total:
        return np.empty(0, dtype=np.int64), owner
    offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    return np.repeat(starts, counts) + offsets, owner


def _connector_losses(n: int, a: np.ndarray, weighted: np.ndarray, row_of: np.ndarray, dist: np.ndarray,
                      pred: np.ndarray, essential: tuple, extras: tuple, unweighted: bool,
                      prog: Progress, scope: Optional[np.ndarray] = None) -> np.ndarray:
    """Σ over pairs (s, t), s, t ≠ k, of a_s a_t (p*_st − p*_st without k), for every node k at once.

    Records (s, t, k): weighted source s, target t, k an internal node of the tree path s→t (only these
    distances can change when k goes). All records of a batch of sources become the nodes of ONE auxiliary
    directed graph: record (s, t, k) is linked to record (s, x, k) for every edge t–x of the graph without k
    (essential edges, plus the non-essential edges whose tree path runs through k); where (s, x, k) is no
    record, x's distance from s is unchanged and a super-source edge of length D_sx + w_xt enters the record.
    One Dijkstra from the super source gives every changed distance D'_st (the path leaves the unchanged
    region once, at its last unchanged node).
    """
    ei, ej, ew = essential
    # adjacency of the essential graph, both directions
    frm = np.concatenate([ei, ej])
    to = np.concatenate([ej, ei])
    wt = np.concatenate([ew, ew])
    order = np.argsort(frm, kind="stable")
    frm, to, wt = frm[order], to[order], wt[order]
    ptr = np.searchsorted(frm, np.arange(n + 1))
    # extra edges, directed both ways: (k, u → v, w)
    xi, xj, xw, xk = extras
    xu, xv = np.concatenate([xi, xj]), np.concatenate([xj, xi])
    xw, xk = np.concatenate([xw, xw]), np.concatenate([xk, xk])
    no_extra = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0))
    # Round 1 on the essential edges only; it also tells which extra edges can shorten a path without k:
    # (u, v) for k only if w_uv < D_uv without k in this round (distances only fall as edges are added).
    sources = np.flatnonzero(row_of >= 0) if len(xu) else weighted
    if scope is not None:  # only the components given to this method (``scope``: their nodes)
        sources = sources[scope[sources]]
    loss = np.zeros(n)
    relevant = np.zeros(len(xu), dtype=bool)
    for src, done in _batches(sources, n):
        rs, rt, rk = _records(pred, row_of, src)
        if len(rs):
            new = _resolve_records(n, rs, rt, rk, dist, row_of, (ptr, to, wt), no_extra, src)
            old = _value(dist[row_of[rs], rt], unweighted)
            loss += np.bincount(rk, weights=a[rs] * a[rt] * (old - _value(new, unweighted)), minlength=n)
            if len(xu):
                key = (rk * n + rs) * n + rt
                order = np.argsort(key)
                key, new = key[order], new[order]
                mine = np.flatnonzero(np.isin(xu, src))
                xkey = (xk[mine] * n + xu[mine]) * n + xv[mine]
                pos = np.minimum(np.searchsorted(key, xkey), len(key) - 1)
                found = key[pos] == xkey
                relevant[mine[found]] = xw[mine[found]] < new[pos[found]] * (1.0 - _REL_TOL) - _ABS_TOL
        prog(0.5 * done)
    if not relevant.any():
        return loss
    # an edge is relevant in both directions (the record graph relaxes each record from its neighbours)
    half = len(xi)
    both = relevant[:half] | relevant[half:]
    relevant = np.concatenate([both, both])
    # Round 2, only for the nodes k that have relevant extra edges
    xk, xu, xv, xw = xk[relevant], xu[relevant], xv[relevant], xw[relevant]
    redo = np.unique(xk)
    loss[redo] = 0.0
    ekey = xk * n + xu
    order = np.argsort(ekey, kind="stable")
    extra_adj = (ekey[order], xv[order], xw[order])
    for src, done in _batches(weighted, n):
        rs, rt, rk = _records(pred, row_of, src)
        keep = np.isin(rk, redo)
        rs, rt, rk = rs[keep], rt[keep], rk[keep]
        if len(rs):
            new = _resolve_records(n, rs, rt, rk, dist, row_of, (ptr, to, wt), extra_adj, src)
            old = _value(dist[row_of[rs], rt], unweighted)
            loss += np.bincount(rk, weights=a[rs] * a[rt] * (old - _value(new, unweighted)), minlength=n)
        prog(0.5 + 0.5 * done)
    return loss


def _batches(sources: np.ndarray, n: int) -> Iterator[tuple[np.ndarray, float]]:
    """Source batches of about RECORDS_PER_BATCH records (a tree path has ~10 internal nodes), with progress."""
    size = max(1, min(RECORDS_PER_BATCH // max(10 * n, 1), TABLE_CELLS // max(n * n, 1)))
    for start in range(0, len(sources), size):
        yield sources[start:start + size], min(start + size, len(sources)) / max(len(sources), 1)


def _records(pred: np.ndarray, row_of: np.ndarray, sources: np.ndarray
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(s, t, k) for every internal node k of every tree path s→t (pointer jumping, vectorised)."""
    rows = row_of[sources]
    r, t = np.nonzero(pred[rows] >= 0)
    s = sources[r]
    rr = rows[r]
    cur = pred[rr, t].astype(np.int64)
    out_s, out_t, out_k = [], [], []
    alive = cur != s
    s, t, rr, cur = s[alive], t[alive], rr[alive], cur[alive]
    while len(s):
        out_s.append(s)
        out_t.append(t)
        out_k.append(cur)
        cur = pred[rr, cur].astype(np.int64)
        alive = cur != s
        s, t, rr, cur = s[alive], t[alive], rr[alive], cur[alive]
    if not out_s:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty.copy(), empty.copy()
    return np.concatenate(out_s), np.concatenate(out_t), np.concatenate(out_k)


def _resolve_records(n: int, rs: np.ndarray, rt: np.ndarray, rk: np.ndarray, dist: np.ndarray,
                     row_of: np.ndarray, adjacency: tuple, extra_adjacency: tuple,
                     sources: np.ndarray) -> np.ndarray:
    """The distance from s to t in the graph without k, for every record (s, t, k) (see _connector_losses).

    ``sources`` are this batch's sources: a dense (k, source, t) → record table makes the look-ups direct.
    """
    ptr, to, wt = adjacency
    xkey, xto, xwt = extra_adjacency
    m = len(rs)
    local = np.full(n, -1, dtype=np.int64)
    local[sources] = np.arange(len(sources))
    b = len(sources)
    table = np.full(n * b * n, -1, dtype=np.int32 if m < 2 ** 31 else np.int64)
    table[(rk * b + local[rs]) * n + rt] = np.arange(m)
    parts = []
    # neighbours of each record's target: essential edges, then the extra edges of its k (owner stays sorted)
    idx, owner = _ragged(ptr[rt], ptr[rt + 1] - ptr[rt])
    parts.append((owner, to[idx], wt[idx]))
    if len(xkey):
        lo = np.searchsorted(xkey, rk * n + rt, side="left")
        hi = np.searchsorted(xkey, rk * n + rt, side="right")
        idx2, owner2 = _ragged(lo, hi - lo)
        parts.append((owner2, xto[idx2], xwt[idx2]))
    best = np.full(m, np.inf)
    links = []
    for owner, nb, nw in parts:
        keep = nb != rk[owner]
        owner, nb, nw = owner[keep], nb[keep], nw[keep]
        pos = table[(rk[owner] * b + local[rs[owner]]) * n + nb]
        inner = pos >= 0
        # links record pos → record owner (the reverse link comes from the other record's expansion)
        links.append((pos[inner].astype(np.int64), owner[inner], nw[inner]))
        # entries from unchanged neighbours x: D_sx + w_xt, the smallest per record
        o_out = owner[~inner]
        enter = dist[row_of[rs[o_out]], nb[~inner]] + nw[~inner]
        if len(o_out):
            starts = np.flatnonzero(np.r_[True, o_out[1:] != o_out[:-1]])
            best[o_out[starts]] = np.minimum(best[o_out[starts]], np.minimum.reduceat(enter, starts))
    return _relax(best, links)


def _relax(best: np.ndarray, links: list) -> np.ndarray:
    """Shortest distances from the entry labels ``best`` over the links (src, dst, w), each list sorted by dst.

    The links are symmetric (record q reaches record r exactly when r reaches q, with the same length), so the
    dst-sorted lists double as adjacency lists. Label-correcting in rounds: the first relaxes every link, the
    next ones only the links leaving the labels that fell in the round before (gathered through the adjacency,
    so a round costs what changed, not the whole graph). The rounds are Bellman–Ford's: the result is exact.
    """
    cur = best.copy()
    src = np.concatenate([part[0] for part in links]) if links else np.empty(0, dtype=np.int64)
    if not len(src):
        return cur
    dst = np.concatenate([part[1] for part in links])
    w = np.concatenate([part[2] for part in links])
    if len(links) > 1:
        order = np.argsort(dst, kind="stable")
        src, dst, w = src[order], dst[order], w[order]
    ptr = np.searchsorted(dst, np.arange(len(cur) + 1))
    # round 1: every link (grouped by dst already)
    starts = np.flatnonzero(np.r_[True, dst[1:] != dst[:-1]])
    mins = np.minimum.reduceat(cur[src] + w, starts)
    target = dst[starts]
    better = mins < cur[target]
    cur[target[better]] = mins[better]
    active = target[better]
    while len(active):
        counts = ptr[active + 1] - ptr[active]
        if counts.sum() * 8 > len(src):  # many labels fell: one pass over the dst-sorted links is cheaper
            changed = np.zeros(len(cur), dtype=bool)
            changed[active] = True
            e = np.flatnonzero(changed[src])
            cand = cur[src[e]] + w[e]
            to = dst[e]
        else:  # few: the links leaving them (by symmetry, those arriving at them, reversed), sorted by target
            idx, _ = _ragged(ptr[active], counts)
            to = src[idx]
            cand = cur[dst[idx]] + w[idx]
            order = np.argsort(to, kind="stable")
            to, cand = to[order], cand[order]
        if not len(to):
            break
        starts = np.flatnonzero(np.r_[True, to[1:] != to[:-1]])
        mins = np.minimum.reduceat(cand, starts)
        target = to[starts]
        better = mins < cur[target]
        cur[target[better]] = mins[better]
        active = target[better]
    return cur


#: Each node's shortest links kept for the first, sparse solve of ``_prune``.
PRUNE_NEIGHBOURS = 10


def _prune(n: int, i: np.ndarray, j: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Links that can lie on a shortest path, for dense graphs (all pairs within hundreds of km).

    Every node's PRUNE_NEIGHBOURS shortest links form a sparse graph whose shortest distances U bound the true
    ones from above; a longer link with w_uv ≥ U_uv is never needed (a path at most as long exists without
    it), so only the others are kept. The distances of the kept graph equal those of the whole graph; the
    dropped links are non-essential and still take part in the connector's extra-edge test.
    """
    from scipy.sparse.csgraph import dijkstra

    m = len(i)
    keep = np.ones(m, dtype=bool)
    if m <= 4 * PRUNE_NEIGHBOURS * n:
        return keep
    ends = np.concatenate([i, j])
    edge = np.concatenate([np.arange(m), np.arange(m)])
    ww = np.concatenate([w, w])
    order = np.lexsort((ww, ends))
    first = np.searchsorted(ends[order], np.arange(n))
    rank = np.arange(2 * m) - first[ends[order]]
    short = np.zeros(m, dtype=bool)
    short[edge[order][rank < PRUNE_NEIGHBOURS]] = True
    bound = dijkstra(_graph(n, i[short], j[short], w[short]), directed=False)
    far = np.flatnonzero(~short)
    keep[far] = w[far] < bound[i[far], j[far]] * (1.0 - _REL_TOL)
    return keep


def _tree_path_nodes(pred: np.ndarray, row_of: np.ndarray, u: np.ndarray, v: np.ndarray
                     ) -> tuple[np.ndarray, np.ndarray]:
    """(edge number, node) for every internal node of the tree path u→v in the tree of source u.

    Vectorised pointer jumping: all paths step back one predecessor at a time together.
    """
    if not len(u):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    ru = row_of[u]
    edge = np.arange(len(u))
    cur = pred[ru, v].astype(np.int64)
    out_e, out_n = [], []
    alive = (cur >= 0) & (cur != u)
    edge, cur, ru, uu = edge[alive], cur[alive], ru[alive], u[alive]
    while len(edge):
        out_e.append(edge)
        out_n.append(cur)
        cur = pred[ru, cur].astype(np.int64)
        alive = (cur >= 0) & (cur != uu)
        edge, cur, ru, uu = edge[alive], cur[alive], ru[alive], uu[alive]
    if not out_e:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    return np.concatenate(out_e), np.concatenate(out_n)


def pc_numerator(n: int, a: np.ndarray, i: np.ndarray, j: np.ndarray, w: np.ndarray) -> float:
    """PCnum only (no node importances): Σ_i Σ_j a_i a_j p*_ij."""
    return importance(n, a, i, j, w, nodes=False).numerator


def rank_desc(values: np.ndarray) -> np.ndarray:
    """1 for the largest value; ties share the smallest rank (competition ranking)."""
    values = np.asarray(values, dtype=float)
    return pd.Series(values).rank(method="min", ascending=False).to_numpy().astype(np.int64) if len(values) \
        else np.empty(0, dtype=np.int64)


# ------------------------------------------------------------------------------------------ the analysis


@dataclass
class ConnectivityResult(Outcome):
    """NODES (the patches), LINKS (lines) and the SUMMARY table, in ``crs`` (equal-area, metres)."""

    node_geometry: np.ndarray
    nodes: pd.DataFrame
    link_geometry: np.ndarray
    links: pd.DataFrame
    summary: pd.DataFrame
    crs: pyproj.CRS
    messages: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _say(messages: list[str], log: Optional[Callable[[str], None]], text: str) -> None:
    messages.append(text)
    if log is not None:
        log(text)


def _numbers(values: pd.Series, layer: str, field_name: str, ids: np.ndarray) -> np.ndarray:
    num = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
    bad = ~np.isfinite(num) | (num < 0)
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}': field '{field}' must hold a number ≥ 0 "
                                                         "for every patch; patch '{patch}' has '{value}' ({count} "
                                                         "such patches). Fill or fix the field, or leave "
                                                         "ATTRIBUTE empty to use the patch area."),
                         layer=layer, field=field_name, patch=ids[first], value=values.iloc[first],
                         count=int(bad.sum()))
    return num


def summary_rows(pc: Importance, iic: Importance, landscape: float, n_nodes: int) -> pd.DataFrame:
    """The SUMMARY table: one row per metric (PC, IIC)."""
    rows = []
    for name, imp in (("PC", pc), ("IIC", iic)):
        num = imp.numerator
        scale = 100.0 / num if num > 0 else 0.0
        rows.append({"metric": name, "numerator": num, "index": num / landscape ** 2 if landscape > 0 else 0.0,
                     "ec": math.sqrt(num), "landscape": landscape, "intra_pct": scale * imp.intra,
                     "direct_pct": scale * imp.direct, "step_pct": scale * imp.step, "n_nodes": int(n_nodes)})
    return pd.DataFrame(rows, columns=SUMMARY_FIELDS)


def run_connectivity(patches: VectorData, patch_id: str, *, attribute: Optional[str] = None,
                     distance: DistanceMode = "edge", median_distance: float = 10_000.0,
                     probability: float = 0.5, min_probability: float = 0.0,
                     iic_distance: Optional[float] = None, landscape_area: Optional[float] = None,
                     study_area: Optional[VectorData] = None, countries: Optional[VectorData] = None,
                     country_field: Optional[str] = None, node_importance: bool = True,
                     progress: Optional[ProgressFn] = None,
                     log: Optional[Callable[[str], None]] = None) -> ConnectivityResult:
    """PC, EC, IIC, their fractions and dPC / dIIC of every patch (``neaspec:connectivity``).

    Parameters
    ----------
    patches : VectorData
        Polygons in any CRS. Features with the same ``patch_id`` form one node (a multipart node).
    attribute : str, optional
        Numeric field used as a_i (≥ 0); default the patch area in hectares.
    distance : {"edge", "centroid"}
        Edge-to-edge distance (0 when touching) or between node points (centroid of the largest part, or its
        point on surface when outside).
    median_distance, probability : float
        The kernel: p_ij = probability^(d_ij / median_distance).
    min_probability : float
        Pairs with p_ij below it are not linked (0 = none; pairs below 1e-12 are never linked).
    iic_distance : float, optional
        Links of the IIC graph: d_ij ≤ it (default the median distance).
    landscape_area, study_area :
        A_L in hectares, or polygons whose area is A_L; default the patches' area sum.

    Examples
    --------
    >>> import pandas as pd, shapely, numpy as np
    >>> g = np.array([shapely.box(0, 0, 100, 100), shapely.box(200, 0, 300, 100)], dtype=object)
    >>> r = run_connectivity(VectorData(g, pd.DataFrame({"id": [1, 2]}), "EPSG:3035", "p"), "id",
    ...                      median_distance=100.0, probability=0.5)
    >>> round(float(r.summary.numerator[0]), 6)  # 1 + 1 + 2 · 1 · 1 · 0.5
    3.0
    """
    if distance not in DISTANCE_MODES:
        raise ValueError(f"distance must be 'edge' or 'centroid', not {distance!r}")
    check_kernel(median_distance, probability, min_probability)
    iic_distance = float(median_distance if iic_distance is None else iic_distance)
    if not (np.isfinite(iic_distance) and iic_distance >= 0):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "The IIC link distance must be 0 m or more (got "
                                                         "{value})."), value=iic_distance)
    messages: list[str] = []
    warnings: list[str] = []
    prog = Progress(progress)
    layers.check_polygon_layer(patches, "patches")
    if patch_id not in patches.attributes.columns:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' has no field '{field}'."),
                         layer=patches.name, field=patch_id)
    if attribute and attribute not in patches.attributes.columns:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' has no field '{field}'."),
                         layer=patches.name, field=attribute)
    src_crs = layers.ncrs.as_crs(patches.crs, patches.name)
    stack = [(np.asarray(patches.geometry, dtype=object), src_crs)]
    if study_area is not None:
        layers.check_polygon_layer(study_area, "study area")
        stack.append((np.asarray(study_area.geometry, dtype=object), layers.ncrs.as_crs(study_area.crs,
                                                                                        study_area.name)))
    crs = choose_crs(stack)
    if crs != src_crs:
        _say(messages, log, Note(QT_TRANSLATE_NOOP(
            "InputError", "{layer}: distances and areas in {crs} (metres, equal-area)."),
            layer=patches.name, crs=describe_crs(crs)))
    geoms = reproject(np.asarray(patches.geometry, dtype=object), src_crs, crs)
    cleaned, rows, report = clean_polygons(geoms)
    _say(messages, log, report.summary(patches.name))
    ids_raw = patches.attributes[patch_id].to_numpy(dtype=object)[rows]
    missing_id = pd.isna(pd.Series(ids_raw, dtype=object)).to_numpy()
    if missing_id.any():
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}': {count} patch(es) have no value in "
                                                         "'{field}'. Give every patch an id."),
                         layer=patches.name, count=int(missing_id.sum()), field=patch_id)
    prog(0.05)
    # one node per id (several features, or a multipart feature, with one id)
    keys = np.array([layers.id_text(v) for v in ids_raw.tolist()], dtype=object)
    uniq, first, node_of = np.unique(keys.astype(str), return_index=True, return_inverse=True)
    n = len(uniq)
    by_first = np.argsort(first, kind="stable")  # nodes in the order of their first feature
    renumber = np.empty(n, dtype=np.int64)
    renumber[by_first] = np.arange(n)
    first, node_of = first[by_first], renumber[node_of]
    if n < len(keys):
        node_geom = grouped_union(cleaned, node_of, n)
        _say(messages, log, Note(QT_TRANSLATE_NOOP(
            "InputError", "{layer}: {count} features share a patch id with another and were merged into one node "
                          "each."), layer=patches.name, count=len(keys) - n))
    else:
        node_geom = cleaned[np.argsort(node_of)]
    node_geom = np.asarray(node_geom, dtype=object)
    order_first = first  # index in cleaned of each node's first feature
    node_ids = patches.attributes[patch_id].iloc[rows[order_first]].to_numpy()  # the field's own type
    area = shapely.area(node_geom) / 10_000.0 if n else np.empty(0)
    if attribute:
        values = _numbers(patches.attributes[attribute].iloc[rows].reset_index(drop=True), patches.name, attribute,
                          keys)
        a = np.bincount(node_of, weights=values, minlength=n) if n else np.empty(0)
    else:
        a = area.copy()
    if study_area is not None:
        sa = reproject(np.asarray(study_area.geometry, dtype=object),
                       layers.ncrs.as_crs(study_area.crs, study_area.name), crs)
        sa, _, _ = clean_polygons(sa)
        landscape = float(shapely.area(shapely.union_all(sa))) / 10_000.0 if len(sa) else 0.0
    elif landscape_area is not None and landscape_area > 0:
        landscape = float(landscape_area)
    else:
        landscape = float(area.sum())
    if n == 0:
        warnings.append(Note(QT_TRANSLATE_NOOP(
            "InputError", "{layer}: no patch with a measurable geometry; the outputs are empty."), layer=patches.name))
    elif n == 1:
        warnings.append(Note(QT_TRANSLATE_NOOP(
            "InputError", "{layer}: a single patch; PC is its own a² / A_L², and there are no links."),
            layer=patches.name))
    # country of each node
    country = np.full(n, None, dtype=object)
    if countries is not None and n:
        country = _node_countries(node_geom, crs, countries, country_field)
    prog(0.1)
    # ---- pairs within reach
    pc_reach = reach(median_distance, probability, min_probability)
    points = node_points(node_geom) if distance == "centroid" else None
    i, j, dist = edges_within(node_geom, max(pc_reach, iic_distance), points)
    in_pc = dist <= pc_reach
    in_iic = dist <= iic_distance
    prob = direct_probability(dist, median_distance, probability)
    if min_probability > 0:
        in_pc &= prob >= min_probability
    _say(messages, log, Note(QT_TRANSLATE_NOOP(
        "InputError", "{pairs} pairs within reach for PC (p ≥ {p:g}, d ≤ {pc_reach:,.0f} m); {links} IIC links "
                      "(d ≤ {iic_distance:,.0f} m)."),
        pairs=int(in_pc.sum()), p=max(min_probability, PROBABILITY_FLOOR), pc_reach=pc_reach,
        links=int(in_iic.sum()), iic_distance=iic_distance))
    if n >= 2 and not in_pc.any():
        warnings.append(Note(QT_TRANSLATE_NOOP(
            "InputError", "No pair of patches within reach: every patch is isolated (PC = intra-patch only).")))
    prog(0.2)
    w = dist[in_pc] * (-math.log(probability) / median_distance)
    # links (lines): pairs in the PC graph or in the IIC graph; the shortest lines between polygons are drawn on
    # a worker thread while the graph maths runs (numpy and GEOS both release the GIL; nothing else touches the
    # node geometries meanwhile)
    link = in_pc | in_iic
    li, lj = i[link], j[link]
    with ThreadPoolExecutor(max_workers=1) as pool:
        lines = pool.submit(_link_lines, node_geom, points, li, lj) if worker_threads() > 1 else None
        pc = importance(n, a, i[in_pc], j[in_pc], w, nodes=node_importance, progress=prog.phase(0.2, 0.75))
        iic = importance(n, a, i[in_iic], j[in_iic], dist[in_iic], unweighted=True, nodes=node_importance,
                         progress=prog.phase(0.75, 0.95))
        line_geom = lines.result() if lines is not None else _link_lines(node_geom, points, li, lj)
    nodes = pd.DataFrame({
        "patch_id": node_ids, "a": a, "country": country,
        "dPC": pc.d_total, "dPCintra": pc.d_intra, "dPCflux": pc.d_flux, "dPCconnector": pc.d_connector,
        "dIIC": iic.d_total, "dIICintra": iic.d_intra, "dIICflux": iic.d_flux, "dIICconnector": iic.d_connector,
        "rank": rank_desc(pc.d_total)}, columns=NODE_FIELDS)
    links = pd.DataFrame({"from_id": node_ids[li], "to_id": node_ids[lj], "distance_m": dist[link],
                          "p": prob[link]}, columns=LINK_FIELDS)
    summary = summary_rows(pc, iic, landscape, n)
    prog(1.0)
    for text in warnings:
        if log is not None:
            log(text)
    return ConnectivityResult(node_geom, nodes, np.asarray(line_geom, dtype=object), links, summary, crs,
                              messages, warnings)


def _link_lines(geoms: np.ndarray, points: Optional[np.ndarray], i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Each link's line: between the node points (centroid distances), or the shortest line between the two
    polygons (touching pairs get a zero-length line at the touching point)."""
    if not len(i):
        return np.empty(0, dtype=object)
    if points is not None:
        return np.asarray(shapely.linestrings(np.stack([shapely.get_coordinates(points[i]),
                                                        shapely.get_coordinates(points[j])], axis=1)), dtype=object)
    return np.asarray(shapely.shortest_line(geoms[i], geoms[j]), dtype=object)


def pairwise(func: Callable[[np.ndarray, np.ndarray], np.ndarray], geoms: np.ndarray, i: np.ndarray,
             j: np.ndarray) -> np.ndarray:
    """``func(geoms[i], geoms[j])`` (an element-wise shapely function) with the pairs split over threads.

    shapely releases the GIL inside GEOS; a GEOS geometry must not be used by two threads at once, so every
    thread but the first works on its own exact copy (WKB) of ``geoms`` — copies of the n nodes, not of the
    pairs. The result is identical to the single call's.
    """
    k = min(worker_threads(), len(i) // MIN_PARALLEL)
    if k <= 1:
        return func(geoms[i], geoms[j])
    cuts = np.linspace(0, len(i), k + 1).astype(np.int64)
    copies = [geoms] + [shapely.from_wkb(shapely.to_wkb(geoms)) for _ in range(k - 1)]

    def job(t: int) -> np.ndarray:
        g, sl = copies[t], slice(cuts[t], cuts[t + 1])
        return func(g[i[sl]], g[j[sl]])

    with ThreadPoolExecutor(max_workers=k) as pool:
        parts = list(pool.map(job, range(k)))
    return np.concatenate(parts)


def _node_countries(node_geom: np.ndarray, crs: pyproj.CRS, countries: VectorData,
                    country_field: Optional[str]) -> np.ndarray:
    """The ISO3 code of the country holding most of each node (the nearest country when none holds it)."""
    from neaspec_planner.core.ramsar import _largest_overlap

    layers.check_polygon_layer(countries, "countries")
    codes, _ = layers.country_codes(countries.attributes, country_field, countries.name)
    cgeom = reproject(np.asarray(countries.geometry, dtype=object), layers.ncrs.as_crs(countries.crs,
                                                                                       countries.name), crs)
    cgeom, rows, _ = clean_polygons(cgeom)
    codes = codes[rows]
    if not len(cgeom):
        return np.full(len(node_geom), None, dtype=object)
    idx = _largest_overlap(node_geom, cgeom, shapely.STRtree(cgeom))
    out = np.full(len(node_geom), None, dtype=object)
    ok = idx >= 0
    out[ok] = codes[idx[ok]]
    return out

