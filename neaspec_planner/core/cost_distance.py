"""Exact cost-weighted distance from a set of cells, searched in a window that provably gives the whole-raster
result (no qgis import). The one cost-distance engine of the plugin: corridors, options and any later tool.

Model (GRASS ``r.cost`` without ``-k``, scikit-image ``MCP_Geometric``): 8 neighbours; a move between two cells
costs the mean of their two costs × the step length in metres (cell size, or the cell diagonal). Impassable cells
hold ``inf``. The sources are at 0.

Why a window can be trusted (the argument ``docs/algorithms/corridors.md`` states)
-------------------------------------------------------------------------------------
Let W be a rectangular window holding every source, ∂W its cells that have an 8-neighbour outside W but inside
the raster (the raster's own edge does not count), d(x) the whole-raster cost distance and d_W(x) the one
computed with moves inside W only (d_W ≥ d: fewer paths). Let N be the cost up to which values are needed.

  If every cell b of ∂W has d_W(b) ≥ N, then for every raster cell x with d(x) ≤ N: x lies in W and
  d_W(x) = d(x); and every x of W with d_W(x) ≤ N has d(x) = d_W(x).

Proof: take a least-cost path P to x with cost d(x) ≤ N. If P left W, let b be its last cell before it first
leaves: b ∈ ∂W and the part of P up to b lies in W, so d_W(b) ≤ cost(P up to b) < cost(P) ≤ N (every move
costs > 0), a contradiction. So P lies in W and d_W(x) ≤ d(x) ≤ d_W(x). For x in W with d_W(x) ≤ N,
d(x) ≤ d_W(x) ≤ N, so the first part applies. ∎

A window is also exact *by construction* when it reaches k cells beyond the sources' bounding box on every
side (or the raster's edge) with k ≥ N / (r_min × min cell size): every path from a source to a cell of ∂W is
at least k cells long in metres and costs at least r_min per metre, so d_W(b) ≥ d(b) ≥ N.

``search`` runs Dijkstra in a first (small) window, evaluates the check with the N the caller needs (which
may fall once the first run has found real paths), and when it fails re-runs in the window that is exact by
construction, then on the whole raster. Values above N are set to ``inf``: they are never trusted.

Memory: scikit-image's MCP builds two int64 edge maps of the whole window (48 bytes per cell); this module swaps
in an equivalent int8 builder, so a run needs about 36 bytes per window cell.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Callable, Optional

import numpy as np

from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError

#: bytes per window cell of one cost-distance run: float64 costs + float64 cumulative costs + int16 traceback
#: + int8 edge maps (2 × 2) + the heap's int64 cross-reference + the int16 window of the link index
MCP_BYTES_PER_CELL = 36


# --------------------------------------------------------------------------------- scikit-image MCP


def _lean_offset_edge_map(shape: Sequence[int], offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Same result as ``skimage.graph._mcp._offset_edge_map`` built directly in int8 (no int64 temporaries)."""
    offsets = np.asarray(offsets)
    d = len(shape)
    pos = np.zeros((d,) + tuple(int(s) for s in shape), dtype=np.int8)
    neg = np.zeros_like(pos)
    highs, lows = offsets.max(axis=0), offsets.min(axis=0)
    for dim in range(d):
        index: list = [dim] + [slice(None)] * d
        for step in range(1, int(highs[dim]) + 1):
            if step <= shape[dim]:
                index[dim + 1] = int(shape[dim]) - step
                pos[tuple(index)] = step
        for k in range(0, -int(lows[dim])):
            if k < shape[dim]:
                index[dim + 1] = k
                neg[tuple(index)] = -1 - k
    return pos, neg


def _mcp_class() -> type:
    from skimage.graph import MCP_Geometric, _mcp

    if getattr(_mcp, "_offset_edge_map", None) is not _lean_offset_edge_map:
        _mcp._neaspec_original_edge_map = _mcp._offset_edge_map
        _mcp._offset_edge_map = _lean_offset_edge_map
    return MCP_Geometric


def cost_distance(costs: np.ndarray, starts: np.ndarray, cell_size: tuple[float, float],
                  ends: Optional[np.ndarray] = None, cutoff: float = math.inf) -> tuple[np.ndarray, Any]:
    """Cost-weighted distance (cost × metres) from ``starts`` (k × 2 rows/cols) over the whole of ``costs``.

    Returns ``(cumulative, mcp)``: float64 array of ``costs``' shape (inf where unreached or beyond
    ``cutoff``), and the MCP object for ``traceback``. ``costs`` must hold ``inf`` for impassable cells.
    With a finite ``cutoff`` the search stops once every cell within ``cutoff`` is final (and every one of
    ``ends`` is settled). Keep ``ends`` short: scikit-image compares each settled cell with every end.
    (scikit-image 0.24 ignores ``max_cumulative_cost``, so the cutoff is made with a sentinel: a separate row of
    cells whose last cell is exactly the cutoff away from a start, passed as an extra end; Dijkstra settles
    cells in increasing order and stops once every end is settled.)
    """
    mcp_cls = _mcp_class()
    rows, cols = costs.shape
    start_list = [tuple(int(v) for v in rc) for rc in np.asarray(starts).reshape(-1, 2)]
    end_list = None if ends is None else [tuple(int(v) for v in rc) for rc in np.asarray(ends).reshape(-1, 2)]
    sentinel = bool(np.isfinite(cutoff) and cols >= 2)
    if sentinel and end_list is None:
        end_list = []
    grid = np.empty((rows + 2 if sentinel else rows, cols), dtype=np.float64, order="F")
    grid[:rows] = costs
    if sentinel:
        # Row ``rows`` is a wall; along row ``rows + 1`` the last cell is exactly ``cutoff`` from its first cell.
        grid[rows] = np.inf
        grid[rows + 1] = cutoff / ((cols - 1) * cell_size[1])
        start_list.append((rows + 1, 0))
        end_list.append((rows + 1, cols - 1))  # type: ignore[union-attr]
    mcp = mcp_cls(grid, fully_connected=True, sampling=(float(cell_size[0]), float(cell_size[1])))
    cumulative, _ = mcp.find_costs(start_list, end_list, find_all_ends=True)
    if sentinel:
        limit = float(cumulative[rows + 1, cols - 1])
        cumulative = cumulative[:rows]
        cumulative[cumulative > limit] = np.inf
    return cumulative, mcp


# ------------------------------------------------------------------------------------------- windows


@dataclass(frozen=True)
class Window:
    """Rows ``r0:r1`` and columns ``c0:c1`` of a raster."""

    r0: int
    r1: int
    c0: int
    c1: int

    @property
    def cells(self) -> int:
        return (self.r1 - self.r0) * (self.c1 - self.c0)

    def is_whole(self, shape: tuple[int, int]) -> bool:
        return (self.r0, self.r1, self.c0, self.c1) == (0, shape[0], 0, shape[1])

    def intersection(self, other: Window) -> Window:
        return Window(max(self.r0, other.r0), min(self.r1, other.r1), max(self.c0, other.c0),
                      min(self.c1, other.c1))

    def union(self, other: Window) -> Window:
        return Window(min(self.r0, other.r0), max(self.r1, other.r1), min(self.c0, other.c0),
                      max(self.c1, other.c1))


def whole(shape: tuple[int, int]) -> Window:
    return Window(0, int(shape[0]), 0, int(shape[1]))


def around(rows: np.ndarray, cols: np.ndarray, margin_cells: float, shape: tuple[int, int]) -> Window:
    """The sources' bounding box grown by ``margin_cells`` on every side, clipped to the raster."""
    if not math.isfinite(margin_cells) or margin_cells >= max(shape):
        return whole(shape)
    m = int(math.ceil(margin_cells))
    return Window(max(int(rows.min()) - m, 0), min(int(rows.max()) + 1 + m, shape[0]),
                  max(int(cols.min()) - m, 0), min(int(cols.max()) + 1 + m, shape[1]))


def exact_margin(need: float, r_min: float, cell: tuple[float, float]) -> float:
    """Cells of margin around the sources beyond which every cell costs ≥ ``need`` (the module docstring)."""
    if not math.isfinite(need):
        return math.inf
    return need / (r_min * min(cell)) + 1.0


def boundary_minimum(values: np.ndarray, win: Window, shape: tuple[int, int]) -> float:
    """Smallest value on the window's sides that are not the raster's edge (``inf`` when there are none)."""
    sides = []
    if win.r0 > 0:
        sides.append(values[0])
    if win.r1 < shape[0]:
        sides.append(values[-1])
    if win.c0 > 0:
        sides.append(values[:, 0])
    if win.c1 < shape[1]:
        sides.append(values[:, -1])
    return float(min(float(np.min(s)) for s in sides)) if sides else math.inf


# ------------------------------------------------------------------------------------------- search


@dataclass
class CostSurface:
    """Exact cost distance of every cell whose whole-raster cost distance is ≤ ``need`` (``inf`` elsewhere)."""

    window: Window
    values: np.ndarray                  # float64, the window's shape
    mcp: Any                            # for ``trace``; ``None`` once released
    need: float
    runs: list[Window]

    def at(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Values at raster cells (``inf`` outside the window)."""
        w = self.window
        inside = (rows >= w.r0) & (rows < w.r1) & (cols >= w.c0) & (cols < w.c1)
        out = np.full(rows.shape, np.inf)
        out[inside] = self.values[rows[inside] - w.r0, cols[inside] - w.c0]
        return out

    def trace(self, row: int, col: int) -> np.ndarray:
        """The least-cost path (n × 2 raster rows/cols) from a source to the cell, ending at the cell."""
        w = self.window
        path = np.asarray(self.mcp.traceback((row - w.r0, col - w.c0)), dtype=np.int64)
        return path + np.array([w.r0, w.c0])

    def release(self) -> None:
        self.mcp = None


NeedFn = Callable[[np.ndarray, Window], float]


def search(costs: np.ndarray, rows: np.ndarray, cols: np.ndarray, cell: tuple[float, float], r_min: float,
           need: float, first: Window, *, refine: Optional[NeedFn] = None, inner: Optional[np.ndarray] = None,
           guess: Optional[float] = None, max_cells: Optional[int] = None, name: str = "") -> CostSurface:
    """Exact cost distance from the source cells ``rows``/``cols`` up to ``need`` (cost × metres).

    ``costs`` : float32/64 raster, ``inf`` impassable; ``r_min`` its smallest passable cost.
    ``need`` : values up to this must be exact (``inf``: everything reachable).
    ``first`` : the first window to try (grown to hold the sources).
    ``refine(values, window)`` : after a run, may lower ``need`` from what the run found (e.g. the cost of a
        real path to a partner: an upper bound of its least-cost distance); it must never rely on the run's
        values being exact (the checks come after it).
    ``inner`` : a mask of the sources that need not start (every path leaves through another source cell);
        they are set to 0 afterwards.
    ``guess`` : a first cutoff to try below ``need`` (e.g. from a coarse grid). It only saves work: a run whose
        cutoff turns out below the (refined) need is repeated with a larger one (the need, or twice the cutoff).
    ``max_cells`` : the largest window the memory budget allows; a larger one raises ``InputError``.

    A run's values up to its cutoff are final in its window; the result is returned once the cutoff covers the
    need and the window passes the inner-boundary check of the module docstring (or is the whole raster).
    """
    shape = (int(costs.shape[0]), int(costs.shape[1]))
    starts = np.ones(rows.shape, dtype=bool) if inner is None else ~inner
    core_box = around(rows, cols, 0, shape)
    step = r_min * min(cell)
    cutoff = need if guess is None or not (guess < need) else max(float(guess), step)

    def window_for(limit: float) -> Window:
        return first.union(core_box).intersection(around(rows, cols, exact_margin(limit, r_min, cell), shape))

    win = window_for(cutoff)
    runs: list[Window] = []
    grown, doublings = False, 0
    while True:
        if max_cells is not None and win.cells > max_cells:
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "An exact cost distance from {name} needs a window of {cells} cells, more than the "
                "memory budget allows ({allowed} cells). Use a coarser resistance raster (larger cells), clip it "
                "to the study area, or lower MAX_DISTANCE or CORRIDOR_WIDTH."),
                name=name, cells=f"{win.cells:,}", allowed=f"{max_cells:,}")
        runs.append(win)
        sub = costs[win.r0:win.r1, win.c0:win.c1]
        src = np.column_stack([rows[starts] - win.r0, cols[starts] - win.c0])
        values, mcp = cost_distance(sub, src, cell, None, cutoff * (1 + 1e-9) if math.isfinite(cutoff) else cutoff)
        values[rows - win.r0, cols - win.c0] = 0.0
        if refine is not None:
            need = min(need, refine(values, win))
        settled = need <= cutoff  # every value up to the need is final in this window
        edge = math.inf if win.is_whole(shape) else boundary_minimum(values, win, shape)
        if settled and edge >= need:
            if math.isfinite(need):
                values[values > need] = np.inf
            return CostSurface(win, values, mcp, need, runs)
        del values, mcp
        leaves = edge < min(need, cutoff)  # a route below the cutoff reaches the window's inner boundary
        if not settled:  # the cutoff was too small for what is needed: the need itself, or twice the cutoff
            doublings += 1
            cutoff = min(need, max(2.0 * cutoff, cutoff + step)) if doublings <= 6 else need
        if leaves:
            nxt = around(rows, cols, exact_margin(cutoff, r_min, cell), shape)
            win = whole(shape) if grown or nxt == win else nxt
            grown = True
        else:
            win = win.union(window_for(cutoff))
