"""Effective resistance, current maps and pinch points by circuit theory (pure Python; no qgis import).

The model is Circuitscape's raster pairwise mode (McRae 2006; Circuitscape.jl ``construct_graph``,
``single_ground_all_pairs``, ``get_node_currents``) and Linkage Mapper's Pinchpoint Mapper:

* Every cell with a conductance g > 0 is a node: g = 1/r for a resistance raster (r ≤ 0 refused), g = the value
  for a conductance raster (0 = no node, negative refused); nodata/NaN cells are no node. Cell size is not used.
* Edges join 4 or 8 neighbours. An edge's conductance is ``1/((1/g_a + 1/g_b)/2)`` when averaging resistances,
  ``(g_a + g_b)/2`` when averaging conductances; a diagonal edge's is divided by √2.
* A focal node of several cells is one node (its cells short-circuited). Only the two focal nodes of the pair
  being solved are merged; the other focal regions stay ordinary cells. As in Circuitscape, once a region has at
  least one node cell, its nodata cells join the merged node too (their conductance is 0, so they add edges only
  when conductances are averaged).
* Pair (i, j): 1 A enters at j and leaves at i; the effective resistance is V_j − V_i. Different components, or a
  focal node without any node cell: −1. Same node: 0.
* Current of a cell: max(inflow, outflow) over its edges (Circuitscape's node current; branch currents below
  1e-8 of the largest are dropped, as Circuitscape does); the cells of a merged node all show the node's current.
  The cumulative map is the sum over the solved pairs.

Solving
-------
The grounded Laplacian is factorised once with SuperLU (``scipy.sparse.linalg.splu``, minimum-degree ordering on
AᵀA+A, symmetric mode: a Cholesky-like factor) and reused:

* focal nodes that are single cells (points): one factorisation per connected component serves every pair
  (``x_k = L_g⁻¹ e_k`` for each focal node k; the pair (i, j) has voltages ``x_j − x_i``);
* focal nodes of several cells: each pair merges its own two regions, so each pair has its own system
  (one factorisation per pair, its source grounded).

Every solution is checked: the normwise backward error ‖b − Lx‖/(‖L‖‖x‖ + ‖b‖) after up to three steps of
iterative refinement must be below ``RESIDUAL_TOLERANCE``, and the resistance must equal the power dissipated
(xᵀLx for 1 A). Otherwise an ``InputError`` names the pair instead of returning a wrong number. The memory of
the factorisation is estimated up front (``estimate_memory``) and the run refused above the budget.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Union

import numpy as np
import pandas as pd
import pyproj
import scipy.sparse as sp
import scipy.sparse.csgraph as csgraph
import scipy.sparse.linalg as sla
import shapely

from neaspec_planner.core.countries import country_grid
from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError, Note
from neaspec_planner.core.progress import Progress, ProgressFn
from neaspec_planner.core.raster_io import RasterData, raster_info, read_raster
from neaspec_planner.core.results import Outcome
from neaspec_planner.core.vector_io import VectorData

CURRENT_NODATA = -9999.0
RESISTANCE_FIELDS = ["from_id", "to_id", "resistance"]
PINCH_FIELDS = ["link", "country", "area_ha", "max_current"]
DEFAULT_MEMORY_BUDGET = 4 * 1024 ** 3
DEFAULT_PINCH_PERCENTILE = 99.0
#: after refinement, the normwise backward error ‖b − Lx‖∞ / (‖L‖∞‖x‖∞ + ‖b‖∞) must be below this
RESIDUAL_TOLERANCE = 1e-10
#: |R − xᵀLx| / R must be below this
ENERGY_TOLERANCE = 1e-6
#: Circuitscape drops branch currents below this fraction of the largest one
BRANCH_CUTOFF = 1e-8
SQRT2 = math.sqrt(2.0)
#: non-zeros of the SuperLU factor per node per log2(nodes): measured 2.6 (4) on BigTests 1m, 3.7 (4) and 5.6 (8)
#: on a 600² grid of random resistances; with a margin
FILL_PER_NODE_LOG = {4: 4.5, 8: 7.0}
#: bytes per factor non-zero (value + row index + supernode bookkeeping)
FACTOR_BYTES = 16
#: bytes per cell of the working grids (conductance, node map, cumulative current, masks)
GRID_BYTES_PER_CELL = 40
#: bytes per edge (two int64 ends, float64 conductance; the Laplacian, its component and grounded copies, and
#: the extended-precision copy the refinement uses)
EDGE_BYTES = 112
#: right-hand sides solved together; each needs ~48 bytes per node of extended-precision work in the refinement
REFINE_COLUMNS = 8


# ------------------------------------------------------------------------------------------ results


@dataclass
class GridSolution:
    """The result of ``solve_pairs`` on one grid."""

    resistance: np.ndarray            # float64 per requested pair; −1 when not connected
    current: np.ndarray               # float64 cumulative current per cell (0 where no current)
    node: np.ndarray                  # bool: the cell was a node of at least one solved system
    solved: int = 0


@dataclass
class PinchResult(Outcome):
    """Everything ``neaspec:pinchpoints`` writes, in the resistance raster's grid and CRS."""

    resistances: pd.DataFrame         # RESISTANCE_FIELDS
    current: np.ndarray               # float32, CURRENT_NODATA where no node
    pinches: pd.DataFrame             # PINCH_FIELDS
    pinch_geometry: np.ndarray        # multipolygons (raster CRS)
    transform: tuple
    crs: Optional[pyproj.CRS]
    messages: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _say(log: Optional[Callable[[str], None]], messages: list[str], text: str) -> None:
    messages.append(text)
    if log is not None:
        log(text)


def _gib(n: float) -> str:
    return f"{n / 1024 ** 3:.2f} GiB"


# ------------------------------------------------------------------------------------------ conductances


def conductance_grid(values: np.ndarray, nodata: Optional[float], is_conductance: bool = False,
                     name: str = "raster") -> np.ndarray:
    """float64 cell conductances, 0 where there is no node (nodata, NaN, conductance 0).

    A resistance raster must be > 0 wherever it has data, a conductance raster ≥ 0; otherwise ``InputError``
    naming the first bad cell.
    """
    raw = np.asarray(values)
    arr = raw.astype(np.float64, copy=False)
    invalid = ~np.isfinite(arr)
    if nodata is not None and np.isfinite(nodata):
        invalid |= raw == np.asarray(nodata).astype(raw.dtype)
    bad = ((arr < 0) if is_conductance else (arr <= 0)) & ~invalid
    n_bad = int(np.count_nonzero(bad))
    if n_bad:
        first = int(np.flatnonzero(bad.ravel())[0])
        r, c = divmod(first, arr.shape[1])
        if is_conductance:
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "Raster '{layer}' has {count} cells with a negative conductance, e.g. row {row}, "
                "column {col} (value {value}). Conductances must be ≥ 0; set impassable cells to 0 or nodata."),
                layer=name, count=n_bad, row=r, col=c, value=f"{float(arr[r, c]):g}")
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "Raster '{layer}' has {count} cells with zero or negative resistance, e.g. row {row}, "
            "column {col} (value {value}). Resistances must be > 0; set impassable cells to nodata."),
            layer=name, count=n_bad, row=r, col=c, value=f"{float(arr[r, c]):g}")
    g = np.zeros(arr.shape, dtype=np.float64)
    ok = ~invalid
    if is_conductance:
        g[ok] = arr[ok]
    else:
        g[ok] = 1.0 / arr[ok]
    if not (g > 0).any():
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Raster '{layer}' has no cell that conducts: every "
                                                         "cell is nodata (or has conductance 0)."), layer=name)
    return g


# ------------------------------------------------------------------------------------------ graph


def _offsets(connections: int) -> list[tuple[int, int, bool]]:
    if connections not in (4, 8):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "CONNECTIONS must be 4 or 8 (got {value})."),
                         value=connections)
    axial = [(0, 1, False), (1, 0, False)]
    return axial if connections == 4 else axial + [(1, 1, True), (1, -1, True)]


def _pair_slices(shape: tuple[int, int], dr: int, dc: int) -> tuple[tuple[slice, slice], tuple[slice, slice]]:
    """Slices of the cells a and of their neighbours b = a + (dr, dc) inside the grid."""
    rows, cols = shape
    ra, rb = slice(0, rows - dr), slice(dr, rows)
    if dc >= 0:
        ca, cb = slice(0, cols - dc), slice(dc, cols)
    else:
        ca, cb = slice(-dc, cols), slice(0, cols + dc)
    return (ra, ca), (rb, cb)


def edge_list(g: np.ndarray, node: np.ndarray, connections: int = 8, average: str = "resistance"
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Edges ``(i, j, conductance)`` between the nodes of the grid, exactly as Circuitscape builds them.

    ``node`` holds each cell's node number (−1: no node; cells of a merged region share one number).
    Edges inside one merged node and edges of zero conductance are dropped; parallel edges are kept (they are
    summed in the Laplacian).
    """
    if average not in ("resistance", "conductance"):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "AVERAGE must be 'resistance' or 'conductance' "
                                                         "(got '{value}')."), value=average)
    out_i, out_j, out_w = [], [], []
    for dr, dc, diagonal in _offsets(connections):
        sa, sb = _pair_slices((node.shape[0], node.shape[1]), dr, dc)
        na, nb = node[sa], node[sb]
        ok = (na >= 0) & (nb >= 0) & (na != nb)
        ga, gb = g[sa][ok], g[sb][ok]
        with np.errstate(divide="ignore"):
            if average == "resistance":  # res_avg / weirder_avg
                w = 1.0 / ((SQRT2 if diagonal else 1.0) * (1.0 / ga + 1.0 / gb) / 2.0)
            else:  # cond_avg / weird_avg
                w = (ga + gb) / (2.0 * SQRT2) if diagonal else (ga + gb) / 2.0
        keep = w > 0
        out_i.append(na[ok][keep])
        out_j.append(nb[ok][keep])
        out_w.append(w[keep])
    return np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_w)


def laplacian(ei: np.ndarray, ej: np.ndarray, w: np.ndarray, n: int, dtype: object = np.float64
              ) -> sp.csr_matrix:
    """The graph Laplacian D − A (CSR) of ``n`` nodes; ``dtype=np.longdouble`` sums the degrees in extended
    precision (the refinement's residuals use it)."""
    values = np.concatenate([w, w]).astype(dtype)  # type: ignore[call-overload]
    adj = sp.coo_matrix((values, (np.concatenate([ei, ej]), np.concatenate([ej, ei]))), shape=(n, n)).tocsr()
    degree = np.asarray(adj.sum(axis=1)).ravel()
    return (sp.diags(degree) - adj).tocsr()


def node_currents(ei: np.ndarray, ej: np.ndarray, w: np.ndarray, v: np.ndarray, n: int) -> tuple[np.ndarray, float]:
    """Circuitscape's node current, max(inflow, outflow) over the branches of each node, and the power the
    circuit dissipates (Σ g·ΔV², = the effective resistance for 1 A)."""
    dv = v[ei] - v[ej]
    flow = w * dv  # > 0: from i to j
    power = float(flow @ dv)
    biggest = float(np.abs(flow).max()) if flow.size else 0.0
    if biggest > 0:
        flow[np.abs(flow) < BRANCH_CUTOFF * biggest] = 0.0
    pos, neg = np.maximum(flow, 0.0), np.maximum(-flow, 0.0)
    out = np.bincount(ei, pos, n) + np.bincount(ej, neg, n)
    inn = np.bincount(ej, pos, n) + np.bincount(ei, neg, n)
    return np.maximum(out, inn), power


# ------------------------------------------------------------------------------------------ memory


def estimate_memory(cells: int, nodes: int, connections: int, focal_columns: int = 2) -> int:
    """Bytes one solve needs: the grids, the edges and Laplacian, the SuperLU factor (non-zeros ≈
    c · n · log2 n, c measured on 1000 × 1000 grids with a margin) and ``focal_columns`` solution vectors."""
    n = max(int(nodes), 2)
    fill = FILL_PER_NODE_LOG[connections] * n * math.log2(n)
    edges = n * connections // 2
    return int(cells * GRID_BYTES_PER_CELL + edges * EDGE_BYTES + fill * FACTOR_BYTES
               + (focal_columns + 4) * n * 8 + REFINE_COLUMNS * n * 48 + 64 * 1024 ** 2)


def _check_budget(need: int, budget: int, shape: tuple[int, int], nodes: int) -> None:
    if need > budget:
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "This circuit would need about {need} of memory ({nodes} nodes on a {rows} × {cols} "
            "grid), more than the budget of {budget}. Use a coarser resistance raster (larger cells), clip it to "
            "the study area, or give a CORRIDORS raster to solve inside the corridors only."),
            need=_gib(need), nodes=nodes, rows=shape[0], cols=shape[1], budget=_gib(budget))


# ------------------------------------------------------------------------------------------ solver


class _Grounded:
    """SuperLU factor of a Laplacian with one node grounded (row and column removed)."""

    def __init__(self, lap: sp.csr_matrix, ground: int,
                 edges: Optional[tuple[np.ndarray, np.ndarray, np.ndarray]] = None) -> None:
        n = lap.shape[0]
        self.n = n
        self.ground = ground
        self.keep = np.flatnonzero(np.arange(n) != ground)
        self.matrix = lap[self.keep][:, self.keep].tocsc()
        # the same Laplacian with its degrees summed in extended precision: with voltages of 10⁸ V, the rounding
        # of a double diagonal acts as leaks to ground that shift resistances by ~10⁻⁶ (measured)
        extended = laplacian(*edges, n, dtype=np.longdouble) if edges is not None else lap.astype(np.longdouble)
        self.extended = extended[self.keep][:, self.keep].tocsr()
        self.lu = sla.splu(self.matrix, permc_spec="MMD_AT_PLUS_A", diag_pivot_thresh=0.0,
                           options={"SymmetricMode": True}) if n > 1 else None

    def solve(self, rhs: np.ndarray, label: str) -> np.ndarray:
        """Voltages (ground = 0) for injected currents ``rhs`` (n × k, full node numbering)."""
        rhs = np.asarray(rhs, dtype=np.float64)
        out = np.zeros_like(rhs)
        if self.lu is None:
            return out
        b = np.asfortranarray(rhs[self.keep])
        x = self.lu.solve(b)
        # iterative refinement with the residual in extended precision (the factor reused): the voltages come
        # out accurate to double rounding, not to cond(L) · eps, so wide resistance spans keep their digits
        b_ext = b.astype(np.longdouble)
        # normwise backward error ‖b − Lx‖∞ / (‖L‖∞‖x‖∞ + ‖b‖∞): ~1e-16 for a stable solve, whatever the scale
        scale_l = float(abs(self.matrix).sum(axis=1).max())
        error = np.full(b.shape[1], np.inf)
        previous = np.inf
        for step in range(4):
            r = b_ext - self.extended @ x.astype(np.longdouble)
            denominator = scale_l * np.abs(x).max(axis=0) + np.abs(b).max(axis=0)
            error = (np.abs(r).max(axis=0) / np.where(denominator > 0, denominator, 1.0)).astype(np.float64)
            worst = float(error.max())
            # stop at double rounding, when a step no longer halves the error, or after three steps
            if worst <= 1e-16 or worst > 0.5 * previous or not np.isfinite(worst) or step == 3:
                break
            previous = worst
            x += self.lu.solve(np.asfortranarray(r.astype(np.float64)))
        check_residual(float(error.max()), label)
        out[self.keep] = x
        return out


def check_residual(residual: float, label: str) -> None:
    """``InputError`` when a solve is not accurate enough to give a trustworthy resistance."""
    if not (residual <= RESIDUAL_TOLERANCE):
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "The circuit for {pair} could not be solved accurately (backward error {residual}): "
            "the resistances span too many orders of magnitude for double precision. Cap the largest "
            "resistances (e.g. at 10⁶ times the smallest) or set impassable cells to nodata, and run again."),
            pair=label, residual=f"{residual:.1e}")


def check_energy(resistance: float, power: float, label: str) -> None:
    """The effective resistance of a 1 A circuit equals the power it dissipates (Σ g·ΔV²)."""
    if not (abs(resistance - power) <= ENERGY_TOLERANCE * max(abs(resistance), 1e-300)):
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "The circuit for {pair} gave inconsistent results (resistance {resistance} but "
            "dissipated power {power}): the resistances span too many orders of magnitude for double precision. "
            "Cap the largest resistances or set impassable cells to nodata, and run again."),
            pair=label, resistance=f"{resistance:.10g}", power=f"{power:.10g}")


# ------------------------------------------------------------------------------------------ grid solver


def _label(labels: Optional[Sequence[object]], a: int, b: int) -> str:
    if labels is None:
        return f"{a}-{b}"
    return f"{labels[a]}-{labels[b]}"


def solve_pairs(g: np.ndarray, regions: Sequence[np.ndarray], pairs: Optional[Sequence[tuple[int, int]]] = None,
                *, connections: int = 8, average: str = "resistance", labels: Optional[Sequence[object]] = None,
                progress: Optional[ProgressFn] = None, memory_budget: int = DEFAULT_MEMORY_BUDGET,
                pair_current: Optional[Callable[[int, np.ndarray, np.ndarray], None]] = None) -> GridSolution:
    """Effective resistances and the cumulative current map of pairs of focal regions on one grid.

    Parameters
    ----------
    g : cell conductances (``conductance_grid``), 0 = no node.
    regions : per focal node, the flat indices of its cells (several cells: one merged node).
    pairs : ``(i, j)`` indices into ``regions``; default every pair ``i < j``.
    labels : names of the regions for messages.
    pair_current : called as ``pair_current(k, cells, current)`` with the flat cell indices and the current of
        pair k's nodes (Pinchpoint Mapper keeps each link's own current).
    """
    prog = Progress(progress)
    shape = g.shape
    n_regions = len(regions)
    if pairs is None:
        pairs = [(i, j) for i in range(n_regions) for j in range(i + 1, n_regions)]
    pairs = [(int(a), int(b)) for a, b in pairs]
    _offsets(connections)
    flat_g = g.ravel()
    regions = [np.unique(np.asarray(r, dtype=np.int64)) for r in regions]
    live = [r[flat_g[r] > 0] for r in regions]  # the region's cells that are nodes
    result = GridSolution(np.full(len(pairs), -1.0), np.zeros(g.size), np.zeros(g.size, dtype=bool))
    if not pairs:
        return result
    nodes = int(np.count_nonzero(flat_g > 0))
    single = all(r.size <= 1 for r in regions)
    need = estimate_memory(g.size, nodes, connections, (len({i for p in pairs for i in p}) if single else 2))
    _check_budget(need, memory_budget, (shape[0], shape[1]), nodes)
    if single:
        _solve_single_cells(g, live, pairs, connections, average, labels, prog, result, pair_current)
    else:
        _solve_merged(g, regions, live, pairs, connections, average, labels, prog, result, pair_current)
    result.current = result.current.reshape(shape)
    result.node = result.node.reshape(shape)
    return result


def _base_nodes(g: np.ndarray) -> tuple[np.ndarray, int]:
    flat = g.ravel() > 0
    node = np.full(g.size, -1, dtype=np.int64)
    count = int(flat.sum())
    node[flat] = np.arange(count)
    return node, count


def _solve_single_cells(g: np.ndarray, live: list[np.ndarray], pairs: list[tuple[int, int]], connections: int,
                        average: str, labels: Optional[Sequence[object]], prog: Progress, result: GridSolution,
                        pair_current: Optional[Callable[[int, np.ndarray, np.ndarray], None]]) -> None:
    """Single-cell focal nodes: one factorisation per connected component, reused by all its pairs."""
    node, n = _base_nodes(g)
    ei, ej, w = edge_list(g, node.reshape(g.shape), connections, average)
    lap = laplacian(ei, ej, w, n)
    n_comp, comp = csgraph.connected_components(lap, directed=False)
    focal_node = np.array([node[r[0]] if r.size else -1 for r in live], dtype=np.int64)
    cells_of_node = np.flatnonzero(node >= 0)
    todo = []
    for k, (a, b) in enumerate(pairs):
        na, nb = focal_node[a], focal_node[b]
        if na < 0 or nb < 0:
            continue
        if na == nb:
            result.resistance[k] = 0.0
            continue
        if comp[na] != comp[nb]:
            continue
        todo.append(k)
    total = max(len(todo), 1)
    done = 0
    prog(0.0)
    by_comp: dict[int, list[int]] = {}
    for k in todo:
        by_comp.setdefault(int(comp[focal_node[pairs[k][0]]]), []).append(k)
    for c, ks in by_comp.items():
        members = np.flatnonzero(comp == c)
        local = np.full(n, -1, dtype=np.int64)
        local[members] = np.arange(members.size)
        sub = lap[members][:, members]
        emask = local[ei] >= 0
        li, lj, lw = local[ei[emask]], local[ej[emask]], w[emask]
        focal = sorted({int(focal_node[i]) for k in ks for i in pairs[k]})
        column = {f: col for col, f in enumerate(focal)}
        solver = _Grounded(sub, int(local[focal[0]]), (li, lj, lw))
        x = np.zeros((members.size, len(focal)), order="F")
        step = REFINE_COLUMNS
        for start in range(0, len(focal), step):  # columns in batches keep the extended-precision work small
            cols = focal[start:start + step]
            rhs = np.zeros((members.size, len(cols)), order="F")
            rhs[local[cols], np.arange(len(cols))] = 1.0
            x[:, start:start + len(cols)] = solver.solve(rhs, _label(labels, *pairs[ks[0]]))
            prog(0.3 * done / total + 0.2 * (start + len(cols)) / len(focal) / len(by_comp))
        for k in ks:
            a, b = pairs[k]
            la, lb = int(local[focal_node[a]]), int(local[focal_node[b]])
            v = x[:, column[int(focal_node[b])]] - x[:, column[int(focal_node[a])]]
            v -= v[la]
            r_ab = float(v[lb])
            label = _label(labels, a, b)
            cur, power = node_currents(li, lj, lw, v, members.size)
            check_energy(r_ab, power, label)
            result.resistance[k] = r_ab
            cells = cells_of_node[members]
            result.current[cells] += cur
            result.node[cells] = True
            result.solved += 1
            if pair_current is not None:
                pair_current(k, cells, cur)
            done += 1
            prog(0.2 + 0.8 * done / total)
    prog(1.0)


def merged_node_map(g: np.ndarray, regions: Sequence[np.ndarray], live: Sequence[np.ndarray]
                    ) -> tuple[np.ndarray, int, list[int]]:
    """Node numbers with each given region short-circuited into one node (its nodata cells included once it has
    a node cell, as Circuitscape's ``construct_node_map``); the node of each region (−1: no node cell)."""
    node, _ = _base_nodes(g)
    merged_nodes = []
    for cells, alive in zip(regions, live):
        if alive.size == 0:
            merged_nodes.append(-1)
            continue
        target = node[alive[0]]
        node[cells] = target
        merged_nodes.append(int(target))
    used = node >= 0
    uniq, inverse = np.unique(node[used], return_inverse=True)
    node[used] = inverse
    return node, int(uniq.size), [int(np.searchsorted(uniq, m)) if m >= 0 else -1 for m in merged_nodes]


def solve_merged_pair(g: np.ndarray, region_a: np.ndarray, region_b: np.ndarray, *, connections: int = 8,
                      average: str = "resistance", label: str = "a-b"
                      ) -> tuple[float, Optional[np.ndarray], Optional[np.ndarray]]:
    """One pair with its two regions merged: ``(resistance, cells, current)``; cells and current are ``None``
    when the pair is not connected (resistance −1) or shares a node (resistance 0)."""
    flat_g = g.ravel()
    region_a, region_b = np.asarray(region_a, dtype=np.int64), np.asarray(region_b, dtype=np.int64)
    live_a, live_b = region_a[flat_g[region_a] > 0], region_b[flat_g[region_b] > 0]
    if live_a.size == 0 or live_b.size == 0:
        return -1.0, None, None
    if np.intersect1d(live_a, live_b).size:
        return 0.0, None, None
    node, n, (na, nb) = merged_node_map(g, [region_a, region_b], [live_a, live_b])
    ei, ej, w = edge_list(g, node.reshape(g.shape), connections, average)
    lap = laplacian(ei, ej, w, n)
    _, comp = csgraph.connected_components(lap, directed=False)
    if comp[na] != comp[nb]:
        return -1.0, None, None
    members = np.flatnonzero(comp == comp[na])
    local = np.full(n, -1, dtype=np.int64)
    local[members] = np.arange(members.size)
    emask = local[ei] >= 0
    li, lj, lw = local[ei[emask]], local[ej[emask]], w[emask]
    solver = _Grounded(lap[members][:, members], int(local[na]), (li, lj, lw))
    rhs = np.zeros((members.size, 1))
    rhs[local[nb], 0] = 1.0
    v = solver.solve(rhs, label)[:, 0]
    r_ab = float(v[local[nb]])
    cur_nodes, power = node_currents(li, lj, lw, v, members.size)
    check_energy(r_ab, power, label)
    cell_local = local[node[node >= 0]]
    cells = np.flatnonzero(node >= 0)[cell_local >= 0]
    return r_ab, cells, cur_nodes[cell_local[cell_local >= 0]]


def _solve_merged(g: np.ndarray, regions: list[np.ndarray], live: list[np.ndarray], pairs: list[tuple[int, int]],
                  connections: int, average: str, labels: Optional[Sequence[object]], prog: Progress,
                  result: GridSolution, pair_current: Optional[Callable[[int, np.ndarray, np.ndarray], None]]
                  ) -> None:
    """Multi-cell focal nodes: each pair merges its own two regions (one factorisation per pair)."""
    prog(0.0)
    for k, (a, b) in enumerate(pairs):
        r_ab, cells, cur = solve_merged_pair(g, regions[a], regions[b], connections=connections, average=average,
                                             label=_label(labels, a, b))
        result.resistance[k] = r_ab
        if cells is not None and cur is not None:
            result.current[cells] += cur
            result.node[cells] = True
            result.solved += 1
            if pair_current is not None:
                pair_current(k, cells, cur)
        prog((k + 1) / len(pairs))


# ------------------------------------------------------------------------------------------ focal nodes


def _to_pixel(x: np.ndarray, y: np.ndarray, gt: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    return (np.asarray(y) - gt[3]) / gt[5], (np.asarray(x) - gt[0]) / gt[1]


def focal_regions(focal: VectorData, focal_id: str, gt: Sequence[float], shape: tuple[int, int],
                  crs: Optional[pyproj.CRS], messages: list[str], log: Optional[Callable[[str], None]]
                  ) -> tuple[list[object], np.ndarray, list[np.ndarray]]:
    """Ids, geometries (raster CRS) and the flat cell indices of each focal node.

    Features with the same id are one node. A polygon covers the cells whose centre lies inside it (a polygon
    smaller than a cell: the cell holding it); a point covers the cell it falls in.
    """
    from neaspec_planner.core.crs import reproject
    from neaspec_planner.core.raster_tools import rasterize_on_grid, window_transform

    if focal_id not in focal.attributes.columns:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' has no field '{field}'. Choose the "
                                                         "field that identifies each focal node."),
                         layer=focal.name, field=focal_id)
    geoms = np.asarray(focal.geometry, dtype=object)
    ids = focal.attributes[focal_id].to_numpy(dtype=object)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms)) if geoms.size else np.zeros(0, bool)
    null_id = np.array([v is None or (isinstance(v, float) and math.isnan(v)) for v in ids], dtype=bool)
    skipped = int((~present | null_id).sum())
    if skipped:
        _say(log, messages, Note(QT_TRANSLATE_NOOP(
            "InputError", "{layer}: {skipped} features without geometry or '{focal_id}' skipped."),
            layer=focal.name, skipped=skipped, focal_id=focal_id))
    keep = present & ~null_id
    geoms, ids = shapely.force_2d(geoms[keep]), ids[keep]
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        geoms[invalid] = shapely.make_valid(geoms[invalid])
    if crs is not None and focal.crs is not None:
        geoms = reproject(geoms, focal.crs, crs)
    keys = pd.Series(ids, dtype=object).astype(str)
    order, uniques = pd.factorize(keys)
    out_ids: list[object] = []
    out_geoms: list[shapely.Geometry] = []
    out_cells: list[np.ndarray] = []
    rows, cols = shape
    for k in range(len(uniques)):  # few focal nodes: one small rasterisation each
        members = np.flatnonzero(order == k)
        geom = geoms[members[0]] if len(members) == 1 else shapely.union_all(geoms[members])
        out_ids.append(ids[members[0]])
        out_geoms.append(geom)
        rr = cc = np.zeros(0, dtype=np.int64)
        polygonal = shapely.get_type_id(geom) in (3, 6) or (
            shapely.get_type_id(geom) == 7 and shapely.area(geom) > 0)
        if polygonal:
            xmin, ymin, xmax, ymax = shapely.bounds(geom)
            r_a, c_a = _to_pixel(np.array([xmin, xmax]), np.array([ymax, ymin]), gt)
            r0, r1 = max(int(math.floor(min(r_a))), 0), min(int(math.ceil(max(r_a))) + 1, rows)
            c0, c1 = max(int(math.floor(min(c_a))), 0), min(int(math.ceil(max(c_a))) + 1, cols)
            if r1 > r0 and c1 > c0:
                burnt = rasterize_on_grid([geom], window_transform(gt, r0, c0), (r1 - r0, c1 - c0), crs,
                                          burn_values=1, dtype="uint8")
                rr, cc = np.nonzero(burnt)
                rr, cc = rr + r0, cc + c0
            pts = shapely.get_coordinates(shapely.point_on_surface(geom)) if rr.size == 0 else np.zeros((0, 2))
        else:
            pts = shapely.get_coordinates(geom)
        if pts.size:
            pr, pc = _to_pixel(pts[:, 0], pts[:, 1], gt)
            pr, pc = np.floor(pr).astype(np.int64), np.floor(pc).astype(np.int64)
            inside = (pr >= 0) & (pr < rows) & (pc >= 0) & (pc < cols)
            rr, cc = pr[inside], pc[inside]
        cells = np.unique(rr * cols + cc)
        if cells.size == 0:
            _say(log, messages, Note(QT_TRANSLATE_NOOP(
                "InputError", "Focal node '{node}' lies outside the raster: its pairs get −1."),
                node=ids[members[0]]))
        out_cells.append(cells)
    return out_ids, np.array(out_geoms, dtype=object), out_cells


# ------------------------------------------------------------------------------------------ pinch points


def pinch_cells(current: np.ndarray, candidates: np.ndarray, percentile: float) -> np.ndarray:
    """The candidate cells whose current is at or above the given percentile of the candidates' currents."""
    values = current[candidates]
    carrying = values > 0
    if not carrying.any():
        return np.zeros(0, dtype=np.int64)
    threshold = np.percentile(values[carrying], percentile)
    return candidates[carrying & (values >= threshold)]


def _pinch_polygons(link_of: np.ndarray, link_labels: list[str], link_current: np.ndarray, gt: Sequence[float],
                    crs: Optional[pyproj.CRS], countries: Optional[VectorData], country_field: Optional[str],
                    messages: list[str], log: Optional[Callable[[str], None]]) -> tuple[pd.DataFrame, np.ndarray]:
    """Pinch cells (``link_of`` ≥ 0) as one multipolygon per link and country, with hectares and the largest
    current of the link in that piece."""
    from neaspec_planner.core.crs import analysis_crs, area_ha, reproject
    from neaspec_planner.core.raster_tools import polygonize_labels, window_transform

    empty = (pd.DataFrame({"link": pd.Series([], dtype=object), "country": pd.Series([], dtype=object),
                           "area_ha": pd.Series([], dtype=float), "max_current": pd.Series([], dtype=float)}),
             np.zeros(0, dtype=object))
    mask = link_of >= 0
    if not mask.any():
        return empty
    rows_any, cols_any = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    r0, r1, c0, c1 = int(rows_any[0]), int(rows_any[-1]) + 1, int(cols_any[0]), int(cols_any[-1]) + 1
    shape = (r1 - r0, c1 - c0)
    wgt = window_transform(gt, r0, c0)
    links = link_of[r0:r1, c0:c1].astype(np.int64)
    cur = link_current[r0:r1, c0:c1]
    codes_list, country_of = country_grid(countries, country_field, wgt, shape, crs)
    n_codes = len(codes_list)
    key = np.where(links >= 0, links * n_codes + country_of + 1, 0).astype(np.int32)
    flat_key = key.ravel()
    sel = flat_key > 0
    max_cur = np.zeros(int(flat_key.max()) + 1)
    np.maximum.at(max_cur, flat_key[sel], cur.ravel()[sel])
    groups, merged = polygonize_labels(key, wgt)
    link_index = (groups - 1) // n_codes
    country = np.array([codes_list[k] for k in (groups - 1) % n_codes], dtype=object)
    if crs is not None:
        ea = analysis_crs([(merged, crs)])
        areas = area_ha(reproject(merged, crs, ea))
    else:
        areas = area_ha(merged)
    _say(log, messages, Note(QT_TRANSLATE_NOOP(
        "InputError", "Pinch points: {cells} cells in {parts} link × country parts."),
        cells=int(sel.sum()), parts=len(groups)))
    frame = pd.DataFrame({"link": pd.Series([link_labels[i] for i in link_index], dtype=object),
                          "country": pd.Series(country, dtype=object), "area_ha": areas,
                          "max_current": max_cur[groups]}, columns=PINCH_FIELDS)
    return frame, merged


# ------------------------------------------------------------------------------------------ main entry


def _as_callback(prog: Progress) -> ProgressFn:
    """A ``progress(fraction) -> bool`` reporting into ``prog`` (which raises ``Cancelled`` itself)."""

    def callback(fraction: float) -> bool:
        prog(fraction)
        return True

    return callback


def _load(raster: Union[str, Path, RasterData], name: Optional[str]) -> RasterData:
    if isinstance(raster, RasterData):
        if name:
            raster.name = name
        return raster
    data = read_raster(str(raster))
    if name:
        data.name = name
    return data


def _pairs_within(geoms: np.ndarray, max_distance: Optional[float], crs: Optional[pyproj.CRS]
                  ) -> list[tuple[int, int]]:
    n = len(geoms)
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    if max_distance is None or max_distance <= 0 or not pairs:
        return pairs
    from neaspec_planner.core.crs import analysis_crs, reproject

    measured = geoms
    if crs is None or crs.is_geographic:
        measured = reproject(geoms, crs, analysis_crs([(geoms, crs)]))
    a = np.array([p[0] for p in pairs])
    b = np.array([p[1] for p in pairs])
    dist = shapely.distance(measured[a], measured[b])
    return [p for p, d in zip(pairs, dist) if d <= max_distance]


def _link_pairs(links: VectorData, ids: list[object], messages: list[str],
                log: Optional[Callable[[str], None]]) -> tuple[list[tuple[int, int]], list[object]]:
    """The pairs named by a LINKS layer of ``neaspec:corridors`` (fields from_id, to_id) and each pair's
    least-cost path (None when the layer has none)."""
    cols = links.attributes.columns
    if "from_id" not in cols or "to_id" not in cols:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' has no fields 'from_id' and 'to_id': "
                                                         "give the LINKS output of the corridor tool."),
                         layer=links.name)
    index = {str(v): i for i, v in enumerate(ids)}
    pairs: list[tuple[int, int]] = []
    paths: list[object] = []
    unknown = 0
    geoms = np.asarray(links.geometry, dtype=object)
    for a, b, geom in zip(links.attributes["from_id"].astype(str), links.attributes["to_id"].astype(str), geoms):
        if a in index and b in index and a != b:
            pair = (min(index[a], index[b]), max(index[a], index[b]))
            usable = geom is not None and not shapely.is_empty(geom)
            if pair not in pairs:
                pairs.append(pair)
                paths.append(geom if usable else None)
            elif usable and paths[pairs.index(pair)] is None:
                paths[pairs.index(pair)] = geom
        else:
            unknown += 1
    if unknown:
        _say(log, messages, Note(QT_TRANSLATE_NOOP(
            "InputError", "{layer}: {unknown} links whose cores are not among the focal nodes skipped."),
            layer=links.name, unknown=unknown))
    return pairs, paths


class _PathShares:
    """Which corridor cells lie beside each link's least-cost path: the mosaic keeps only the smallest NLCC of
    all links, not which link owns a cell, so a cell is given to every link whose path is (within 1.5 cells) the
    nearest to it. Paths that share a stretch share its cells."""

    TOLERANCE = 1.5  # cells

    def __init__(self, paths: list[object], path_crs: Optional[pyproj.CRS], gt: Sequence[float],
                 shape: tuple[int, int], crs: Optional[pyproj.CRS]) -> None:
        from neaspec_planner.core.raster_tools import rasterize_on_grid

        self.shape = shape
        self.burnt: list[Optional[np.ndarray]] = []
        for geom in paths:
            mask = None
            if geom is not None:
                cells = rasterize_on_grid(np.array([geom], dtype=object), gt, shape, crs, all_touched=True,
                                          burn_values=1, dtype="uint8",
                                          geoms_crs=path_crs if path_crs is not None and crs is not None else None)
                mask = cells > 0 if (cells > 0).any() else None
            self.burnt.append(mask)
        self.nearest: Optional[np.ndarray] = None
        present = [m for m in self.burnt if m is not None]
        if present:
            self.nearest = self._distance(np.logical_or.reduce(present))

    @staticmethod
    def _distance(mask: np.ndarray) -> np.ndarray:
        from scipy import ndimage

        return ndimage.distance_transform_edt(~mask).astype(np.float32).ravel()

    def cells_of(self, k: int) -> Optional[np.ndarray]:
        """Flat boolean mask of the cells beside link k's path (None: the link has no path)."""
        mask = self.burnt[k]
        if mask is None or self.nearest is None:
            return None
        return self._distance(mask) <= self.nearest + self.TOLERANCE


def run_pinchpoints(resistance: Union[str, Path, RasterData], focal: VectorData, focal_id: str, *,
                    resistance_is: str = "resistance", connections: int = 8, average: str = "resistance",
                    corridors: Union[str, Path, RasterData, None] = None, links: Optional[VectorData] = None,
                    max_distance: Optional[float] = None, countries: Optional[VectorData] = None,
                    country_field: Optional[str] = None, pinch_percentile: float = DEFAULT_PINCH_PERCENTILE,
                    progress: Optional[ProgressFn] = None, memory_budget: int = DEFAULT_MEMORY_BUDGET,
                    log: Optional[Callable[[str], None]] = None, resistance_name: Optional[str] = None,
                    corridors_name: Optional[str] = None) -> PinchResult:
    """Effective resistances, the cumulative current map and the pinch points between focal nodes.

    Without ``corridors``: Circuitscape's raster pairwise mode over the whole raster (every pair, or the pairs
    within ``max_distance`` metres edge to edge). With ``corridors`` (the CORRIDORS raster of
    ``neaspec:corridors``: NLCC values, nodata outside): Pinchpoint Mapper's mode, each link solved inside the
    corridor cells that join its two cores, the cores as focal nodes; the links are the pairs of ``links`` (the
    LINKS output) when given, else the pairs of cores that one corridor joins. PINCHES are the corridor cells
    (cores excluded) at or above ``pinch_percentile`` of the link's own current.
    """
    prog = Progress(progress)
    messages: list[str] = []
    if resistance_is not in ("resistance", "conductance"):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "RESISTANCE_IS must be 'resistance' or 'conductance' "
                                                         "(got '{value}')."), value=resistance_is)
    _offsets(connections)
    if average not in ("resistance", "conductance"):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "AVERAGE must be 'resistance' or 'conductance' "
                                                         "(got '{value}')."), value=average)
    if not (0 <= pinch_percentile < 100):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "The pinch-point percentile must be from 0 to below "
                                                         "100 (got {value})."), value=pinch_percentile)
    if isinstance(resistance, RasterData):
        shape, gt = resistance.shape, tuple(resistance.transform)
    else:
        rows, cols, gt, _crs, _nd, _t = raster_info(str(resistance))
        shape = (rows, cols)
    if abs(gt[2]) > 0 or abs(gt[4]) > 0:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Raster '{layer}' is rotated; warp it to a north-up "
                                                         "grid first."),
                         layer=resistance_name or Path(str(getattr(resistance, "name", resistance))).stem)
    if shape[0] * shape[1] * GRID_BYTES_PER_CELL > memory_budget:  # refused before reading the cells
        _check_budget(shape[0] * shape[1] * GRID_BYTES_PER_CELL, memory_budget, shape, shape[0] * shape[1])
    data = _load(resistance, resistance_name)
    rname = data.name
    g = conductance_grid(data.array, data.nodata, resistance_is == "conductance", rname)
    crs = data.crs
    ids, geoms, regions = focal_regions(focal, focal_id, gt, shape, crs, messages, log)
    if len(ids) < 2:
        _say(log, messages, Note(QT_TRANSLATE_NOOP(
            "InputError", "Fewer than two focal nodes in '{layer}': nothing to solve."), layer=focal.name))
    for ident, cells in zip(ids, regions):
        if cells.size and not (g.ravel()[cells] > 0).any():
            _say(log, messages, Note(QT_TRANSLATE_NOOP(
                "InputError", "Focal node '{ident}' lies only on nodata cells: its pairs get −1."), ident=ident))
    prog(0.05)
    if corridors is None:
        pairs = _pairs_within(geoms, max_distance, crs)
        skipped = len(ids) * (len(ids) - 1) // 2 - len(pairs)
        if skipped:
            _say(log, messages, Note(QT_TRANSLATE_NOOP(
                "InputError", "{skipped} pairs farther apart than {max_distance:g} m not solved."),
                skipped=skipped, max_distance=max_distance))
        _say(log, messages, Note(QT_TRANSLATE_NOOP(
            "InputError", "{nodes} focal nodes, {pairs} pairs; grid {rows} × {cols}, {graph} nodes."),
            nodes=len(ids), pairs=len(pairs), rows=shape[0], cols=shape[1], graph=int(np.count_nonzero(g))))
        sol = solve_pairs(g, regions, pairs, connections=connections, average=average, labels=ids,
                          progress=_as_callback(prog.phase(0.05, 0.95)), memory_budget=memory_budget)
        resistances = sol.resistance
        current = sol.current
        node = sol.node | (g > 0)
        pinch_frame = pd.DataFrame({c: pd.Series([], dtype=object if c in ("link", "country") else float)
                                    for c in PINCH_FIELDS})
        pinch_geoms = np.zeros(0, dtype=object)
        _say(log, messages, Note(QT_TRANSLATE_NOOP(
            "InputError", "No CORRIDORS raster given: pinch points are computed inside corridors only.")))
    else:
        pairs, resistances, current, node, pinch_frame, pinch_geoms = _corridor_mode(
            g, corridors, corridors_name, ids, geoms, regions, links, max_distance, crs, gt, connections,
            average, countries, country_field, pinch_percentile, prog.phase(0.05, 0.95), memory_budget,
            messages, log)
    bad = resistances < 0
    if bad.any():
        names = ", ".join(_label(ids, a, b) for (a, b), x in zip(pairs, bad) if x)
        _say(log, messages, Note(QT_TRANSLATE_NOOP(
            "InputError", "{count} pairs not connected (resistance −1): {names}."), count=int(bad.sum()), names=names))
    frame = pd.DataFrame({"from_id": pd.Series([ids[a] for a, _ in pairs], dtype=object),
                          "to_id": pd.Series([ids[b] for _, b in pairs], dtype=object),
                          "resistance": resistances.astype(float)}, columns=RESISTANCE_FIELDS)
    for col in ("from_id", "to_id"):
        if len(frame) and all(isinstance(v, (int, np.integer)) for v in frame[col]):
            frame[col] = frame[col].astype(np.int64)
    out = np.where(node, current, CURRENT_NODATA).astype(np.float32)
    prog(1.0)
    return PinchResult(frame, out, pinch_frame, pinch_geoms, tuple(gt), crs, messages)


def _to_window(cells: np.ndarray, shape: tuple[int, int], window: tuple[int, int, int, int]) -> np.ndarray:
    """Flat indices of ``cells`` (of a grid of ``shape``) inside ``window = (r0, r1, c0, c1)``, in the window."""
    r0, r1, c0, c1 = window
    rr, cc = np.divmod(cells, shape[1])
    ok = (rr >= r0) & (rr < r1) & (cc >= c0) & (cc < c1)
    return (rr[ok] - r0) * (c1 - c0) + (cc[ok] - c0)


def _corridor_mode(g: np.ndarray, corridors: Union[str, Path, RasterData], corridors_name: Optional[str],
                   ids: list[object], geoms: np.ndarray, regions: list[np.ndarray], links: Optional[VectorData],
                   max_distance: Optional[float], crs: Optional[pyproj.CRS], gt: Sequence[float],
                   connections: int, average: str, countries: Optional[VectorData], country_field: Optional[str],
                   percentile: float, prog: Progress, budget: int, messages: list[str],
                   log: Optional[Callable[[str], None]]
                   ) -> tuple[list[tuple[int, int]], np.ndarray, np.ndarray, np.ndarray, pd.DataFrame, np.ndarray]:
    """Pinchpoint Mapper: each link inside the corridor cells joining its two cores."""
    cor = _load(corridors, corridors_name)
    if cor.shape != g.shape or not np.allclose(cor.transform, gt, rtol=0, atol=1e-6 * max(abs(gt[1]), 1.0)):
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "The corridor raster '{layer}' is not on the resistance raster's grid ({rows} × {cols} "
            "cells, same origin and cell size). Use the CORRIDORS output made from this resistance raster."),
            layer=cor.name, rows=g.shape[0], cols=g.shape[1])
    values = np.asarray(cor.array)
    in_corridor = np.isfinite(values)
    if cor.nodata is not None and np.isfinite(cor.nodata):
        in_corridor &= values != np.asarray(cor.nodata).astype(values.dtype)
    in_corridor &= values != CURRENT_NODATA
    del values
    if not in_corridor.any():
        raise InputError(QT_TRANSLATE_NOOP("InputError", "The corridor raster '{layer}' has no corridor cell "
                                                         "(every cell is nodata)."), layer=cor.name)
    shape = (int(g.shape[0]), int(g.shape[1]))
    flat_g = g.ravel()
    core_cells = np.zeros(g.size, dtype=bool)
    for cells in regions:
        core_cells[cells] = True
    # corridor pieces between cores (the chosen neighbourhood, the cores' own cells left out): a link is solved
    # in the pieces that touch both of its cores, so a corridor running on from a core to a third one is not
    # part of the link
    structure = np.ones((3, 3), dtype=bool) if connections == 8 else np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]],
                                                                                   dtype=bool)
    from scipy import ndimage

    blob, _ = ndimage.label((in_corridor.ravel() & (flat_g > 0) & ~core_cells).reshape(shape), structure=structure)
    blob = blob.ravel()
    steps = [(dr - 1, dc - 1) for dr in range(3) for dc in range(3) if structure[dr, dc]]

    def touching(cells: np.ndarray, pieces: np.ndarray) -> np.ndarray:
        """The labels of ``pieces`` (flat) next to or under ``cells``."""
        rr, cc = np.divmod(cells, shape[1])
        found = []
        for dr, dc in steps:
            r2, c2 = rr + dr, cc + dc
            ok = (r2 >= 0) & (r2 < shape[0]) & (c2 >= 0) & (c2 < shape[1])
            found.append(pieces[r2[ok] * shape[1] + c2[ok]])
        labels_found = np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=pieces.dtype)
        return labels_found[labels_found > 0]

    blobs_of = [touching(c, blob) for c in regions]
    shares = None
    if links is not None:
        pairs, paths = _link_pairs(links, ids, messages, log)
        shares = _PathShares(paths, links.crs, gt, shape, crs)
    else:
        candidates = _pairs_within(geoms, max_distance, crs)
        pairs = [(a, b) for a, b in candidates if np.intersect1d(blobs_of[a], blobs_of[b]).size]
        _say(log, messages, Note(QT_TRANSLATE_NOOP(
            "InputError", "{count} pairs of cores joined by a corridor."), count=len(pairs)))
    resistances = np.full(len(pairs), -1.0)
    current = np.zeros(g.size)
    node = np.zeros(g.size, dtype=bool)
    link_of = np.full(g.size, -1, dtype=np.int64)
    link_current = np.zeros(g.size)
    best = np.zeros(g.size)  # the pinch cell's current in the link that claims it
    labels = []
    for k, (a, b) in enumerate(pairs):
        label = f"{ids[a]}-{ids[b]}"
        labels.append(label)
        blobs = np.intersect1d(blobs_of[a], blobs_of[b])
        if blobs.size == 0:
            _say(log, messages, Note(QT_TRANSLATE_NOOP(
                "InputError", "No corridor joins '{a}' and '{b}': resistance −1."),
                a=ids[a], b=ids[b]))
            prog((k + 1) / max(len(pairs), 1))
            continue
        inside = None
        beside = shares.cells_of(k) if shares is not None else None
        if beside is not None:
            # the link's own part of the mosaic: the corridor cells beside its least-cost path
            own, _ = ndimage.label((in_corridor.ravel() & (flat_g > 0) & ~core_cells & beside).reshape(shape),
                                   structure=structure)
            own = own.ravel()
            joined = np.intersect1d(touching(regions[a], own), touching(regions[b], own))
            if joined.size:
                inside = np.concatenate([np.flatnonzero(np.isin(own, joined)), regions[a], regions[b]])
            else:
                _say(log, messages, Note(QT_TRANSLATE_NOOP(
                    "InputError", "Link {label}: the corridor cells beside its path do not join its cores; solved in "
                                  "all the corridor pieces joining them."), label=label))
        if inside is None:
            inside = np.concatenate([np.flatnonzero(np.isin(blob, blobs)), regions[a], regions[b]])
        rows, cols = np.divmod(inside, shape[1])
        r0, r1, c0, c1 = rows.min(), rows.max() + 1, cols.min(), cols.max() + 1
        wshape = (int(r1 - r0), int(c1 - c0))
        local_g = np.zeros(wshape)  # the link's own cells: its corridor pieces and its two cores
        local_g[rows - r0, cols - c0] = flat_g[inside]
        nodes = int(np.count_nonzero(local_g))
        _check_budget(estimate_memory(local_g.size, nodes, connections), budget, wshape, nodes)
        window = (int(r0), int(r1), int(c0), int(c1))
        r_ab, link_cells, cur = solve_merged_pair(local_g, _to_window(regions[a], shape, window),
                                             _to_window(regions[b], shape, window), connections=connections,
                                             average=average, label=label)
        resistances[k] = r_ab
        if link_cells is not None and cur is not None:
            lr, lc = np.divmod(link_cells, wshape[1])
            glob = (lr + r0) * shape[1] + (lc + c0)
            current[glob] += cur
            node[glob] = True
            inner = glob[~core_cells[glob]]
            cur_of = np.zeros(g.size)
            cur_of[glob] = cur
            pinched = pinch_cells(cur_of, inner, percentile)
            claim = pinched[cur_of[pinched] > best[pinched]]  # a cell pinched by two links goes to the stronger
            link_of[claim] = k
            best[claim] = cur_of[claim]
            link_current[claim] = cur_of[claim]
        prog((k + 1) / max(len(pairs), 1))
    node |= in_corridor.ravel() & (flat_g > 0)
    frame, geoms_out = _pinch_polygons(link_of.reshape(shape), labels, link_current.reshape(shape), gt, crs,
                                       countries, country_field, messages, log)
    return pairs, resistances, current.reshape(shape), node.reshape(shape), frame, geoms_out
