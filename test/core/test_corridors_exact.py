"""Issue 13: corridors equal to the whole-raster answer in landscapes where a window would go wrong.

Every case is compared with an independent whole-raster reference (the 8-neighbour graph built edge by edge in
this file and solved by scipy's Dijkstra on the whole raster, one run per core): every ``lcd`` (relative 1e-9),
the cost of the path drawn in LINKS, and the whole CORRIDORS raster cell by cell against the NLCC mosaic
(cell-wise minimum over the links, float64 here, float32 in the output).
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pyproj
import pytest
import scipy.sparse as sp
import shapely
from scipy.sparse.csgraph import dijkstra

from neaspec_planner.core import corridors as cor
from neaspec_planner.core.raster_io import RasterData
from neaspec_planner.core.vector_io import VectorData

CRS = pyproj.CRS.from_epsg(3035)
CELL = 100.0
X0, Y0 = 4_300_000.0, 3_000_000.0


def grid(arr: np.ndarray) -> RasterData:
    return RasterData(np.asarray(arr, dtype=np.float32), (X0, CELL, 0.0, Y0, 0.0, -CELL), CRS, None, "res")


def box(r0: int, c0: int, nr: int = 1, nc: int = 1) -> shapely.Polygon:
    return shapely.box(X0 + c0 * CELL, Y0 - (r0 + nr) * CELL, X0 + (c0 + nc) * CELL, Y0 - r0 * CELL)


def layer(boxes: list[tuple[int, int, int, int]]) -> VectorData:
    geoms = np.array([box(*b) for b in boxes], dtype=object)
    return VectorData(geoms, pd.DataFrame({"core": list(range(1, len(boxes) + 1))}), CRS, "cores")


def whole_raster_cwd(costs: np.ndarray, cells: list[tuple[int, int]]) -> np.ndarray:
    """Reference: the whole raster's 8-neighbour graph, weights = mean cost × step length (m), Dijkstra."""
    rows, cols = costs.shape
    idx = np.arange(rows * cols).reshape(rows, cols)
    flat = costs.astype(np.float64).ravel()
    ok = np.isfinite(flat)
    src, dst, w = [], [], []
    for dr, dc in [(0, 1), (1, 0), (1, 1), (1, -1)]:
        c_lo, c_hi = max(0, -dc), cols - max(0, dc)
        a = idx[0:rows - dr, c_lo:c_hi].ravel()
        b = idx[dr:rows, c_lo + dc:c_hi + dc].ravel()
        good = ok[a] & ok[b]
        src.append(a[good])
        dst.append(b[good])
        w.append(((flat[a] + flat[b]) / 2.0 * CELL * math.hypot(dr, dc))[good])
    g = sp.coo_matrix((np.concatenate(w), (np.concatenate(src), np.concatenate(dst))),
                      shape=(rows * cols, rows * cols)).tocsr()
    return dijkstra(g, directed=False, indices=[r * cols + c for r, c in cells], min_only=True).reshape(rows, cols)


def cells_of(b: tuple[int, int, int, int], costs: np.ndarray) -> list[tuple[int, int]]:
    r0, c0, nr, nc = b
    return [(r, c) for r in range(r0, r0 + nr) for c in range(c0, c0 + nc) if np.isfinite(costs[r, c])]


def path_cost(line: shapely.LineString, costs: np.ndarray) -> tuple[float, np.ndarray]:
    xy = shapely.get_coordinates(line)
    cols = np.floor((xy[:, 0] - X0) / CELL).astype(int)
    rows = np.floor((Y0 - xy[:, 1]) / CELL).astype(int)
    v = costs.astype(np.float64)[rows, cols]
    steps = CELL * np.hypot(np.diff(rows), np.diff(cols))
    assert np.all(np.abs(np.diff(rows)) <= 1) and np.all(np.abs(np.diff(cols)) <= 1)
    return float(np.sum((v[:-1] + v[1:]) / 2.0 * steps)), np.column_stack([rows, cols])


def check_exact(costs: np.ndarray, boxes: list[tuple[int, int, int, int]], max_distance: float, width: float,
                drop: bool = False) -> cor.CorridorResult:
    costs = np.where(np.isfinite(costs), costs, np.nan).astype(np.float32)
    ref_costs = np.where(np.isfinite(costs), costs, np.inf)
    res = cor.run_corridors(layer(boxes), "core", grid(costs), max_distance, width, drop_through_cores=drop)
    geoms = [box(*b) for b in boxes]
    cwd = [whole_raster_cwd(ref_costs, cells_of(b, costs)) for b in boxes]
    pairs = [(i, j) for i in range(len(boxes)) for j in range(i + 1, len(boxes))
             if shapely.distance(geoms[i], geoms[j]) <= max_distance]
    lcd = {(i, j): float(min(cwd[i][r, c] for r, c in cells_of(boxes[j], costs))) for i, j in pairs}
    if drop:  # a least-cost path through a third core: CWD_i + CWD_j = LCD on one of its cells
        def through(i: int, j: int) -> bool:
            own = set(cells_of(boxes[i], costs)) | set(cells_of(boxes[j], costs))
            return any(cwd[i][r, c] + cwd[j][r, c] <= lcd[(i, j)] * (1 + 1e-9)
                       for k in range(len(boxes)) if k not in (i, j)
                       for r, c in cells_of(boxes[k], costs) if (r, c) not in own)
        pairs = [p for p in pairs if not (math.isfinite(lcd[p]) and through(*p))]
    got = {(int(a) - 1, int(b) - 1): k for k, (a, b) in enumerate(zip(res.links["from_id"], res.links["to_id"]))}
    assert set(got) == set(pairs)
    ref = np.full(costs.shape, np.inf)
    for i, j in pairs:
        k = got[(i, j)]
        value = res.links["lcd"].iloc[k]
        if not math.isfinite(lcd[(i, j)]):
            assert np.isnan(value) and res.link_geometry[k] is None
            continue
        assert value == pytest.approx(lcd[(i, j)], rel=1e-9)
        cost, cells = path_cost(res.link_geometry[k], costs)
        assert cost == pytest.approx(lcd[(i, j)], rel=1e-9)
        assert tuple(cells[0]) in set(cells_of(boxes[i], costs))
        assert tuple(cells[-1]) in set(cells_of(boxes[j], costs))
        nlcc = np.maximum(cwd[i] + cwd[j] - lcd[(i, j)], 0.0)
        better = (nlcc <= width) & (nlcc < ref)
        ref[better] = nlcc[better]
    inside = np.isfinite(ref)
    out = res.corridors
    got_inside = out != cor.CORRIDOR_NODATA
    scale = max([lcd[p] for p in pairs if math.isfinite(lcd[p])] or [1.0]) + width
    tol = 4e-7 * scale  # float32 rounding of the two cost distances summed in the output
    near_edge = np.abs(np.where(inside, ref, np.inf) - width) <= tol
    for k in pairs:  # cells just beyond the width may round in
        i, j = k
        if math.isfinite(lcd[k]):
            near_edge |= np.abs(cwd[i] + cwd[j] - lcd[k] - width) <= tol
    assert np.array_equal(got_inside[~near_edge], inside[~near_edge])
    both = got_inside & inside
    assert np.allclose(out[both], ref[both], rtol=0, atol=tol)
    return res


def noisy(shape: tuple[int, int], seed: int, low: float = 1.0, high: float = 5.0) -> np.ndarray:
    return np.random.default_rng(seed).uniform(low, high, shape)


@pytest.mark.parametrize("opening_row", [4, 195])
def test_wall_with_a_far_opening(opening_row):
    costs = noisy((200, 200), 1)
    costs[:, 100] = 20_000.0           # a fence that can be crossed only at a very high cost ...
    costs[opening_row, 100] = 1.0      # ... and one opening far from the straight line
    res = check_exact(costs, [(98, 40, 4, 4), (98, 156, 4, 4)], 50_000.0, 5_000.0)
    cells = path_cost(res.link_geometry[0], costs)[1]
    assert set(cells[cells[:, 1] == 100, 0]) == {opening_row}  # through the opening, not the fence


def test_fence_with_three_openings_far_apart():
    costs = noisy((200, 220), 2)
    costs[100, :] = np.nan
    for col in (8, 110, 212):
        costs[100, col] = 2.0
    boxes = [(40, 30, 3, 3), (30, 150, 3, 3), (160, 60, 3, 3), (170, 180, 4, 4)]
    check_exact(costs, boxes, 40_000.0, 8_000.0)


def spiral(n: int) -> np.ndarray:
    costs = noisy((n, n), 3, 1.0, 2.0)
    wall = np.zeros((n, n), dtype=bool)
    for k, ring in enumerate(range(4, n // 2 - 4, 8)):
        wall[ring, ring:n - ring] = wall[n - 1 - ring, ring:n - ring] = True
        wall[ring:n - ring, ring] = wall[ring:n - ring, n - 1 - ring] = True
        gap = (ring, n // 2) if k % 2 == 0 else (n - 1 - ring, n // 2)  # openings alternate north / south
        wall[gap] = False
    costs[wall] = np.nan
    return costs


def test_spiral():
    costs = spiral(120)
    check_exact(costs, [(59, 59, 2, 2), (1, 1, 2, 2)], 20_000.0, 3_000.0)


def test_nodata_river_with_one_ford():
    costs = noisy((150, 150), 4)
    rr = np.arange(150)
    river = np.clip((75 + 25 * np.sin(rr / 15.0)).astype(int), 0, 148)
    for r, c in zip(rr, river):
        costs[r, c:c + 2] = np.nan
    costs[140, river[140]:river[140] + 2] = 3.0  # the ford, near the bottom
    check_exact(costs, [(20, 20, 5, 5), (30, 130, 5, 5), (60, 110, 3, 3)], 30_000.0, 4_000.0)


def test_cores_on_the_raster_edge():
    costs = noisy((80, 120), 5)
    costs[40, 10:120] = np.nan
    boxes = [(0, 0, 3, 3), (77, 117, 3, 3), (0, 117, 3, 3), (77, 0, 3, 3), (30, 0, 2, 2)]
    check_exact(costs, boxes, 20_000.0, 2_000.0)


def test_corridor_wider_than_any_window():
    costs = noisy((160, 160), 6, 1.0, 3.0)
    res = check_exact(costs, [(70, 60, 3, 3), (70, 100, 3, 3)], 10_000.0, 60_000.0)
    assert (res.corridors != cor.CORRIDOR_NODATA).mean() > 0.5  # much wider than the cores' window


@pytest.mark.parametrize("drop", [False, True])
def test_ten_cores_in_a_row(drop):
    costs = noisy((40, 330), 7, 1.0, 1.5)
    boxes = [(18, 5 + 32 * k, 3, 3) for k in range(10)]
    res = check_exact(costs, boxes, 100_000.0, 1_500.0, drop=drop)
    if drop:
        assert len(res.links) < 45
        assert {(k, k + 1) for k in range(1, 10)} <= set(zip(res.links["from_id"], res.links["to_id"]))
        assert any("DROP_THROUGH_CORES" in m for m in res.messages)
    else:
        assert len(res.links) == 45


def test_unreachable_partner_behind_a_closed_fence():
    costs = noisy((60, 60), 8)
    costs[:, 30] = np.nan
    res = check_exact(costs, [(10, 5, 3, 3), (40, 50, 3, 3), (50, 8, 3, 3)], 1e6, 2_000.0)
    assert res.links["lcd"].isna().sum() == 2


def test_random_landscapes_with_barriers():
    for seed in range(4):
        rng = np.random.default_rng(100 + seed)
        costs = rng.uniform(1, 30, (90, 110))
        for _ in range(6):  # straight fences of nodata with one opening each
            if rng.random() < 0.5:
                r = int(rng.integers(5, 85))
                costs[r, :] = np.nan
                costs[r, int(rng.integers(0, 110))] = 1.0
            else:
                c = int(rng.integers(5, 105))
                costs[:, c] = np.nan
                costs[int(rng.integers(0, 90)), c] = 1.0
        boxes = []
        for _ in range(5):
            r, c = int(rng.integers(0, 87)), int(rng.integers(0, 107))
            boxes.append((r, c, 3, 3))
        keep = [b for b in boxes if cells_of(b, costs)]
        check_exact(costs, keep, 6_000.0, float(rng.uniform(0, 20_000)))


@pytest.mark.parametrize("case", ["wall", "fence", "spiral", "wide"])
def test_coarse_guess_never_changes_a_result(monkeypatch, case):
    """The first cutoff of each search is guessed on a coarse grid (here forced even on small rasters); a guess
    too low (the coarse grid smooths a fence away) or too high only costs runs, never a number."""
    monkeypatch.setattr(cor, "COARSE_CELLS", 500)
    if case == "wall":
        costs = noisy((200, 200), 11)
        costs[:, 100] = 20_000.0
        costs[6, 100] = 1.0
        check_exact(costs, [(98, 40, 4, 4), (98, 156, 4, 4), (20, 150, 3, 3)], 50_000.0, 5_000.0)
    elif case == "fence":
        costs = noisy((160, 200), 12)
        costs[80, :] = np.nan
        costs[80, 5] = costs[80, 195] = 1.0
        check_exact(costs, [(30, 90, 3, 3), (130, 100, 3, 3), (40, 20, 2, 2)], 30_000.0, 3_000.0)
    elif case == "spiral":
        check_exact(spiral(120), [(59, 59, 2, 2), (1, 1, 2, 2)], 20_000.0, 3_000.0)
    else:
        check_exact(noisy((160, 160), 13, 1.0, 3.0), [(70, 60, 3, 3), (70, 100, 3, 3)], 10_000.0, 60_000.0)
