"""Exact area of polygons in every cell of a square lattice, by integrating their rings in numpy (no overlay).

For a rectangle R = [a, b] × [c, d] and a polygon P whose exterior rings run counter-clockwise and holes
clockwise, Green's theorem on vertical lines gives

    area(P ∩ R) = −∫ over ∂P with a ≤ x ≤ b of (clamp(y, c, d) − c) dx

(each vertical line meets P in intervals whose tops are run right to left and bottoms left to right). So each
ring is cut at every lattice line it crosses; every piece then lies in one cell (i, j) and adds
``−(ȳ − y_j)·dx`` (its trapezoid down to the cell's lower edge) to that cell and ``−s·dx`` to every cell below it
in its column, which a reversed cumulative sum per column adds up. Cells that no ring crosses come out as
0 or s² up to rounding and are snapped to those values. Holes, multipolygons, cells on edges and polygons
smaller than a cell need no special case; the work follows the outlines plus one add per covered cell.

Precision: the lattice lines are exact multiples of the cell size, differences of nearby coordinates are exact
(Sterbenz), so the only rounding is in the interpolated crossing points (a few 1e-9 m): areas agree with a GEOS
overlay to ~1e-12 of a cell.
"""
from __future__ import annotations

import numpy as np
import shapely


def _ring_edges(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray,
                                            np.ndarray]:
    """Every ring edge of the polygons: (owner geometry, x1, y1, x2, y2, sign) with sign = +1 where the ring
    runs the way the formula needs (exteriors counter-clockwise, holes clockwise), −1 otherwise."""
    geoms = np.asarray(geoms, dtype=object)
    parts, owner = shapely.get_parts(geoms, return_index=True)
    poly = shapely.get_type_id(parts) == 3  # polygons only (collections may hold lines or points)
    parts, owner = parts[poly], owner[poly]
    parts_ok = ~shapely.is_empty(parts)
    parts, owner = parts[parts_ok], owner[parts_ok]
    rings, ring_poly = shapely.get_rings(parts, return_index=True)
    exterior = np.ones(len(rings), bool)
    exterior[1:] = ring_poly[1:] != ring_poly[:-1]
    sign = np.where(shapely.is_ccw(rings) == exterior, 1.0, -1.0)
    coords, ring_of = shapely.get_coordinates(rings, return_index=True)
    same = ring_of[1:] == ring_of[:-1]  # consecutive vertices of one ring (rings are closed)
    r = ring_of[:-1][same]
    xy1, xy2 = coords[:-1][same], coords[1:][same]
    return owner[ring_poly[r]], xy1[:, 0], xy1[:, 1], xy2[:, 0], xy2[:, 1], sign[r]


def _crossings(lo: np.ndarray, hi: np.ndarray, s: float) -> tuple[np.ndarray, np.ndarray]:
    """For each interval (lo, hi): the lattice lines k·s strictly inside it, as (interval index, k·s)."""
    k0 = np.floor(lo / s) + 1.0
    k1 = np.ceil(hi / s) - 1.0
    count = np.maximum(k1 - k0 + 1.0, 0.0).astype(np.int64)
    total = int(count.sum())
    edge = np.repeat(np.arange(len(lo)), count)
    if not total:
        return edge, np.empty(0)
    start = np.cumsum(count) - count
    k = k0[edge] + (np.arange(total) - start[edge])
    return edge, k * s


def cell_areas(geoms: np.ndarray, cell_size: float, window: tuple[int, int, int, int],
               sliver: float = 1e-4) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Area of each polygon in each lattice cell of ``window`` = ``(ix0, iy0, ix1, iy1)`` (half-open index
    ranges; cell (i, j) is ``[i·s, (i+1)·s) × [j·s, (j+1)·s)``, the lattice origin at (0, 0)).

    Returns ``(g, ix, iy, area)`` for every (geometry, cell) pair with more than ``sliver`` m², sorted by
    geometry, column, row. Polygons must be valid (overlapping parts of one multipolygon would count twice).

    Example
    -------
    >>> g, ix, iy, a = cell_areas(np.array([shapely.box(5, 0, 25, 10)]), 10.0, (0, 0, 3, 1))
    >>> ix.tolist(), a.tolist()
    ([0, 1, 2], [50.0, 100.0, 50.0])
    """
    s = float(cell_size)
    ix0, iy0, ix1, iy1 = (int(v) for v in window)
    empty_i = np.empty(0, np.int64)
    if ix1 <= ix0 or iy1 <= iy0 or not len(geoms):
        return empty_i, empty_i.copy(), empty_i.copy(), np.empty(0)
    owner, x1, y1, x2, y2, sign = _ring_edges(geoms)
    n_edges = len(x1)
    if not n_edges:
        return empty_i, empty_i.copy(), empty_i.copy(), np.empty(0)
    # cut every edge at the vertical and horizontal lattice lines it crosses (points exactly on the lines)
    ev, xv = _crossings(np.minimum(x1, x2), np.maximum(x1, x2), s)
    with np.errstate(divide="ignore", invalid="ignore"):
        tv = (xv - x1[ev]) / (x2[ev] - x1[ev])
        yv = y1[ev] + (xv - x1[ev]) * ((y2[ev] - y1[ev]) / (x2[ev] - x1[ev]))
        eh, yh = _crossings(np.minimum(y1, y2), np.maximum(y1, y2), s)
        th = (yh - y1[eh]) / (y2[eh] - y1[eh])
        xh = x1[eh] + (yh - y1[eh]) * ((x2[eh] - x1[eh]) / (y2[eh] - y1[eh]))
    # the points along each edge in order: its start (t = 0), its crossings by t; the next edge's start ends it
    edge = np.concatenate([np.arange(n_edges), ev, eh])
    t = np.concatenate([np.zeros(n_edges), tv, th])
    px = np.concatenate([x1, xv, xh])
    py = np.concatenate([y1, yv, yh])
    order = np.lexsort((t, edge))
    edge, px, py = edge[order], px[order], py[order]
    # piece k runs from point k to point k+1 on the same edge, or to the edge's end point after its last one
    last = np.ones(len(edge), bool)
    last[:-1] = edge[1:] != edge[:-1]
    qx = np.empty_like(px)
    qy = np.empty_like(py)
    qx[:-1], qy[:-1] = px[1:], py[1:]
    qx[last], qy[last] = x2[edge[last]], y2[edge[last]]
    # the cell of each piece: the one holding its midpoint (half-open cells, as cell_index)
    ci = np.floor((px + qx) * 0.5 / s).astype(np.int64)
    cj = np.floor((py + qy) * 0.5 / s).astype(np.int64)
    g = owner[edge]
    sg = sign[edge]
    dx = qx - px
    y0 = cj * s
    local = -sg * (((py - y0) + (qy - y0)) * 0.5) * dx
    below = -sg * s * dx
    # only the window's columns; rows above the window still add to the cells below them (a virtual top row
    # iy1), rows under it add to nothing in it (a virtual bottom row iy0 − 1, kept so each column sums to 0)
    keep = (ci >= ix0) & (ci < ix1)
    g, ci, cj, local, below = g[keep], ci[keep], cj[keep], local[keep], below[keep]
    outside = (cj < iy0) | (cj >= iy1)
    local[outside] = 0.0
    cj = np.clip(cj, iy0 - 1, iy1)
    if not len(g):
        return empty_i, empty_i.copy(), empty_i.copy(), np.empty(0)
    # sum per (geometry, column, row)
    order = np.lexsort((cj, ci, g))
    g, ci, cj, local, below = g[order], ci[order], cj[order], local[order], below[order]
    new = np.ones(len(g), bool)
    new[1:] = (g[1:] != g[:-1]) | (ci[1:] != ci[:-1]) | (cj[1:] != cj[:-1])
    starts = np.flatnonzero(new)
    g, ci, cj = g[starts], ci[starts], cj[starts]
    local = np.add.reduceat(local, starts)
    below = np.add.reduceat(below, starts)
    # columns (geometry, column): every row from its lowest to its highest piece
    col_new = np.ones(len(g), bool)
    col_new[1:] = (g[1:] != g[:-1]) | (ci[1:] != ci[:-1])
    col_of = np.cumsum(col_new) - 1
    col_start = np.flatnonzero(col_new)
    col_end = np.append(col_start[1:], len(g)) - 1
    j_lo, j_hi = cj[col_start], cj[col_end]
    span = j_hi - j_lo + 1
    offset = np.cumsum(span) - span
    total = int(span.sum())
    at = offset[col_of] + (cj - j_lo[col_of])
    dense_local = np.zeros(total)
    dense_below = np.zeros(total)
    crossed = np.zeros(total, bool)
    dense_local[at] = local
    dense_below[at] = below
    crossed[at] = True
    # each cell: its own pieces plus the −s·dx of every piece above it in its column (reversed cumulative sum)
    rev = dense_below[::-1]
    above = (np.cumsum(rev) - rev)[::-1]  # the sum over all later entries of the array …
    seg = np.repeat(np.arange(len(span)), span)
    above -= above[offset + span - 1][seg]  # … less that after the column's last entry
    area = dense_local + above
    s2 = s * s
    area = np.where(crossed, area, np.round(area / s2) * s2)
    area = np.clip(area, 0.0, s2)
    row = j_lo[seg] + (np.arange(total) - offset[seg])
    good = (area > sliver) & (row >= iy0) & (row < iy1)
    gi = g[col_start][seg[good]]
    return gi.astype(np.int64), ci[col_start][seg[good]].astype(np.int64), row[good].astype(np.int64), area[good]
