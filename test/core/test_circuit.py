"""Circuit theory (core/circuit.py) against independent dense solutions written here.

The reference builds the conductance matrix cell by cell from the definitions (methods.md "Circuit theory",
Circuitscape's construct_graph), merges the pair's two focal regions by summing their rows and columns, and
solves with numpy.linalg (pseudo-inverse); the node current is (Σ|branch current| + |injected|) / 2.
"""
from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pyproj
import pytest
import shapely

from neaspec_planner.core.circuit import (
    CURRENT_NODATA,
    PINCH_FIELDS,
    RESISTANCE_FIELDS,
    check_energy,
    check_residual,
    conductance_grid,
    run_pinchpoints,
    solve_pairs,
)
from neaspec_planner.core.errors import Cancelled, InputError
from neaspec_planner.core.raster_io import RasterData
from neaspec_planner.core.vector_io import VectorData

COMBOS = list(itertools.product((4, 8), ("resistance", "conductance")))


# ------------------------------------------------------------------------------------------ reference


def dense_reference(res: np.ndarray, regions: list[list[tuple[int, int]]], pair: tuple[int, int],
                    connections: int, average: str) -> tuple[float, np.ndarray]:
    """Effective resistance and node-current map of one pair, from scratch (NaN resistance = nodata)."""
    rows, cols = res.shape
    g = np.where(np.isnan(res), 0.0, 1.0 / np.where(np.isnan(res), 1.0, res))
    a_cells, b_cells = regions[pair[0]], regions[pair[1]]
    merged = {}
    for name, cells in (("A", a_cells), ("B", b_cells)):
        if any(g[c] > 0 for c in cells):  # Circuitscape: a region with a live cell takes all its cells
            for c in cells:
                merged[c] = name
    if not any(g[c] > 0 for c in a_cells) or not any(g[c] > 0 for c in b_cells):
        return -1.0, np.zeros(res.shape)
    cell_list = [(r, c) for r in range(rows) for c in range(cols) if g[r, c] > 0 or (r, c) in merged]
    index = {}
    names = []
    for cell in cell_list:
        key = merged.get(cell, cell)
        if key not in index:
            index[key] = len(names)
            names.append(key)
    node_of = {cell: index[merged.get(cell, cell)] for cell in cell_list}
    n = len(names)
    lap = np.zeros((n, n))
    steps = [(0, 1, 1.0), (1, 0, 1.0)]
    if connections == 8:
        steps += [(1, 1, math.sqrt(2)), (1, -1, math.sqrt(2))]
    edges = []
    for (r, c) in cell_list:
        for dr, dc, factor in steps:
            other = (r + dr, c + dc)
            if other not in node_of:
                continue
            i, j = node_of[(r, c)], node_of[other]
            if i == j:
                continue
            ga, gb = g[r, c], g[other]
            if average == "resistance":
                w = 0.0 if ga == 0 or gb == 0 else 1.0 / (factor * (1 / ga + 1 / gb) / 2)
            else:
                w = (ga + gb) / (2 * factor)
            if w == 0:
                continue
            lap[i, i] += w
            lap[j, j] += w
            lap[i, j] -= w
            lap[j, i] -= w
            edges.append((i, j, w))
    ia, ib = index["A"], index["B"]
    # connected? (breadth-first search on the edges)
    reach, frontier = {ia}, [ia]
    adjacency: dict[int, list[int]] = {}
    for i, j, _ in edges:
        adjacency.setdefault(i, []).append(j)
        adjacency.setdefault(j, []).append(i)
    while frontier:
        nxt = []
        for u in frontier:
            for v in adjacency.get(u, []):
                if v not in reach:
                    reach.add(v)
                    nxt.append(v)
        frontier = nxt
    if ib not in reach:
        return -1.0, np.zeros(res.shape)
    comp = sorted(reach)
    sub = lap[np.ix_(comp, comp)]
    inj = np.zeros(len(comp))
    inj[comp.index(ib)] = 1.0
    inj[comp.index(ia)] = -1.0
    v_comp = np.linalg.pinv(sub) @ inj
    v = np.zeros(n)
    v[comp] = v_comp - v_comp[comp.index(ia)]
    r_eff = v[ib] - v[ia]
    total = np.zeros(n)
    for i, j, w in edges:
        if i in reach:
            flow = abs(w * (v[i] - v[j]))
            total[i] += flow
            total[j] += flow
    inj_full = np.zeros(n)
    inj_full[ia], inj_full[ib] = 1.0, 1.0
    node_current = (total + inj_full) / 2
    out = np.zeros(res.shape)
    for cell, i in node_of.items():
        if i in reach:
            out[cell] = node_current[i]
    return r_eff, out


def flat(cells: list[tuple[int, int]], cols: int) -> np.ndarray:
    return np.array([r * cols + c for r, c in cells], dtype=np.int64)


def run_grid(res: np.ndarray, regions: list[list[tuple[int, int]]], connections: int, average: str,
             pairs=None):
    g = conductance_grid(np.where(np.isnan(res), -9999.0, res), -9999.0)
    return solve_pairs(g, [flat(r, res.shape[1]) for r in regions], pairs, connections=connections,
                       average=average)


def check_against_reference(res, regions, connections, average, current_tol=1e-8):
    sol = run_grid(res, regions, connections, average)
    pairs = [(i, j) for i in range(len(regions)) for j in range(i + 1, len(regions))]
    cum = np.zeros(res.shape)
    for k, pair in enumerate(pairs):
        r_ref, cur_ref = dense_reference(res, regions, pair, connections, average)
        if r_ref < 0:
            assert sol.resistance[k] == -1.0
        else:
            assert sol.resistance[k] == pytest.approx(r_ref, rel=1e-9)
        cum += cur_ref
    np.testing.assert_allclose(sol.current, cum, rtol=1e-7, atol=current_tol)
    return sol


# ------------------------------------------------------------------------------------------ small grids


@pytest.mark.parametrize(("connections", "average"), COMBOS)
def test_3x3_every_pair_and_current(connections, average):
    res = np.array([[1.0, 3.0, 2.0], [5.0, 1.5, 4.0], [2.0, 7.0, 1.0]])
    regions = [[(0, 0)], [(2, 2)], [(0, 2)], [(1, 1)]]
    sol = check_against_reference(res, regions, connections, average)
    assert (sol.resistance > 0).all()


@pytest.mark.parametrize(("connections", "average"), COMBOS)
def test_width_one_corridor_is_the_series_sum(connections, average):
    r = np.array([2.0, 5.0, 1.0, 8.0, 3.0, 4.0])
    res = np.full((3, r.size), np.nan)
    res[1] = r
    sol = run_grid(res, [[(1, 0)], [(1, r.size - 1)]], connections, average)
    if average == "resistance":
        expected = float(np.sum((r[:-1] + r[1:]) / 2))
    else:
        g = 1 / r
        expected = float(np.sum(1 / ((g[:-1] + g[1:]) / 2)))
    assert sol.resistance[0] == pytest.approx(expected, rel=1e-12)
    # 1 A flows through every cell of the strip, nothing anywhere else
    np.testing.assert_allclose(sol.current[1], 1.0, rtol=1e-9)
    assert np.count_nonzero(sol.current[[0, 2]]) == 0


@pytest.mark.parametrize(("connections", "average"), COMBOS)
def test_two_parallel_strips_are_the_parallel_sum(connections, average):
    top = np.array([1.0, 4.0, 2.0, 2.0, 6.0])
    bottom = np.array([3.0, 1.0, 5.0, 1.0, 2.0, ])
    res = np.full((3, top.size), np.nan)
    res[0], res[2] = top, bottom

    def series(r):
        if average == "resistance":
            return float(np.sum((r[:-1] + r[1:]) / 2))
        g = 1 / r
        return float(np.sum(1 / ((g[:-1] + g[1:]) / 2)))

    # each focal node is the two end cells of its side, short-circuited
    regions = [[(0, 0), (2, 0)], [(0, top.size - 1), (2, top.size - 1)]]
    sol = run_grid(res, regions, connections, average)
    r1, r2 = series(top), series(bottom)
    assert sol.resistance[0] == pytest.approx(r1 * r2 / (r1 + r2), rel=1e-12)
    # the current splits in inverse proportion to the strips' resistances
    np.testing.assert_allclose(sol.current[0, 1:-1], r2 / (r1 + r2), rtol=1e-9)
    np.testing.assert_allclose(sol.current[2, 1:-1], r1 / (r1 + r2), rtol=1e-9)
    np.testing.assert_allclose(sol.current[[0, 2]][:, [0, -1]], 1.0, rtol=1e-9)  # merged node cells
    check_against_reference(res, regions, connections, average)


@pytest.mark.parametrize(("connections", "average"), COMBOS)
def test_disconnected_pair_is_minus_one(connections, average):
    rng = np.random.default_rng(3)
    res = rng.uniform(1, 10, (5, 7))
    res[:, 3] = np.nan  # a wall of nodata
    regions = [[(0, 0)], [(4, 6)], [(2, 1)], [(2, 3)]]  # the last one lies on nodata
    sol = check_against_reference(res, regions, connections, average)
    assert sol.resistance.tolist()[0] == -1.0  # across the wall
    assert sol.resistance[1] > 0  # same side
    assert sol.resistance[2] == -1.0 and sol.resistance[4] == -1.0 and sol.resistance[5] == -1.0


@pytest.mark.parametrize(("connections", "average"), COMBOS)
def test_multi_cell_focal_nodes_with_others_left_ordinary(connections, average):
    rng = np.random.default_rng(11)
    res = np.exp(rng.uniform(0, 3, (7, 8)))
    res[3, 2:6] = np.nan
    res[0, 1] = np.nan  # a nodata cell inside focal region 0: it joins the merged node
    regions = [[(0, 0), (0, 1), (1, 0), (1, 1)], [(6, 6), (6, 7), (5, 7)], [(3, 0), (4, 0)], [(2, 7)]]
    check_against_reference(res, regions, connections, average)


@pytest.mark.parametrize(("connections", "average"), COMBOS)
def test_same_node_is_zero(connections, average):
    res = np.ones((3, 3))
    sol = run_grid(res, [[(1, 1)], [(1, 1)], [(0, 0)]], connections, average)
    assert sol.resistance[0] == 0.0 and sol.resistance[1] > 0


# ------------------------------------------------------------------------------------------ conditioning


@pytest.mark.parametrize(("connections", "average"), COMBOS)
def test_ill_conditioned_resistances_1_to_1e8(connections, average):
    rng = np.random.default_rng(5)
    res = 10.0 ** rng.uniform(0, 8, (12, 12))
    res[rng.uniform(size=res.shape) < 0.1] = 1e8
    res[0, :] = 1.0
    res[:, 0] = 1.0
    regions = [[(0, 0)], [(11, 11)], [(5, 6)], [(11, 0)]]
    check_against_reference(res, regions, connections, average, current_tol=1e-7)


def exact_reference(res: np.ndarray, a: int, b: int, connections: int, average: str) -> float:
    """Effective resistance between cells a and b (flat indices, no nodata) to full double accuracy: a dense
    solve refined with residuals computed exactly (fractions) over the edge list."""
    from fractions import Fraction

    rows, cols = res.shape
    g = 1.0 / res
    steps = [(0, 1, 1.0), (1, 0, 1.0)] + ([(1, 1, math.sqrt(2)), (1, -1, math.sqrt(2))] if connections == 8 else [])
    edges = []
    for r in range(rows):
        for c in range(cols):
            for dr, dc, factor in steps:
                r2, c2 = r + dr, c + dc
                if 0 <= r2 < rows and 0 <= c2 < cols:
                    ga, gb = g[r, c], g[r2, c2]
                    w = 1 / (factor * (1 / ga + 1 / gb) / 2) if average == "resistance" else (ga + gb) / (2 * factor)
                    edges.append((r * cols + c, r2 * cols + c2, w))
    n = rows * cols
    lap = np.zeros((n, n))
    for i, j, w in edges:
        lap[i, j] -= w
        lap[j, i] -= w
    for i in range(n):
        lap[i, i] = -math.fsum(lap[i, k] for k in range(n) if k != i)
    keep = [k for k in range(n) if k != a]
    pos = {k: i for i, k in enumerate(keep)}
    matrix = lap[np.ix_(keep, keep)]
    rhs = np.zeros(len(keep))
    rhs[pos[b]] = 1.0
    x = np.linalg.solve(matrix, rhs)
    for _ in range(5):
        volts = {k: Fraction(x[pos[k]]) for k in keep}
        volts[a] = Fraction(0)
        resid = [Fraction(0)] * len(keep)
        resid[pos[b]] = Fraction(1)
        for i, j, w in edges:
            flow = Fraction(w) * (volts[i] - volts[j])
            if i in pos:
                resid[pos[i]] -= flow
            if j in pos:
                resid[pos[j]] += flow
        x = x + np.linalg.solve(matrix, np.array([float(v) for v in resid]))
    return float(x[pos[b]])


@pytest.mark.parametrize(("connections", "average"), COMBOS)
def test_checkerboard_of_1_and_1e8_to_full_accuracy(connections, average):
    """Blocks of resistance ~1 and ~10⁸ (×1..10) in a checkerboard. Plain double precision (a double Laplacian,
    even with refined solves) is off by 1.3 × 10⁻⁷ on the 4-neighbour case (measured): the rounding of its
    diagonal leaks current where 1 and 10⁸ meet. The extended-precision refinement is not."""
    rng = np.random.default_rng(7)
    n = 20
    blocks = (np.add.outer(np.arange(n) // 4, np.arange(n) // 4) % 2).astype(bool)
    res = np.where(blocks, 1e8, 1.0) * rng.uniform(1, 10, (n, n))
    expected = exact_reference(res, 0, n * n - 1, connections, average)
    sol = solve_pairs(conductance_grid(res, None), [np.array([0]), np.array([n * n - 1])], connections=connections,
                      average=average)
    assert sol.resistance[0] == pytest.approx(expected, rel=1e-9)


def test_badly_solved_systems_are_refused_not_returned():
    with pytest.raises(InputError, match="could not be solved accurately"):
        check_residual(1e-6, "A-B")
    with pytest.raises(InputError, match="could not be solved accurately"):
        check_residual(float("nan"), "A-B")
    check_residual(1e-12, "A-B")
    with pytest.raises(InputError, match="inconsistent"):
        check_energy(10.0, 10.5, "A-B")
    check_energy(10.0, 10.0 + 1e-9, "A-B")


def test_inputs_are_validated():
    with pytest.raises(InputError, match="zero or negative resistance"):
        conductance_grid(np.array([[1.0, 0.0]]), None, False, "r")
    with pytest.raises(InputError, match="negative conductance"):
        conductance_grid(np.array([[1.0, -1.0]]), None, True, "c")
    g = conductance_grid(np.array([[2.0, 0.0, -9999.0]]), -9999.0, True, "c")
    assert g.tolist() == [[2.0, 0.0, 0.0]]  # conductance 0 = no node, as Circuitscape
    with pytest.raises(InputError, match="CONNECTIONS"):
        solve_pairs(np.ones((3, 3)), [np.array([0]), np.array([8])], connections=6)


def test_memory_is_estimated_and_refused_above_the_budget():
    g = np.ones((50, 50))
    with pytest.raises(InputError, match=r"would need about \d+\.\d\d GiB"):
        solve_pairs(g, [np.array([0]), np.array([2499])], memory_budget=1000)


def test_cancel_stops_the_run():
    g = np.ones((20, 20))
    with pytest.raises(Cancelled):
        solve_pairs(g, [np.array([0]), np.array([399]), np.array([20])], progress=lambda f: f < 0.5)


def test_conductance_input_equals_reciprocal_resistance():
    rng = np.random.default_rng(8)
    res = rng.uniform(1, 20, (6, 6))
    regions = [np.array([0]), np.array([35]), np.array([17])]
    a = solve_pairs(conductance_grid(res, None, False), regions)
    b = solve_pairs(conductance_grid(1.0 / res, None, True), regions)
    np.testing.assert_allclose(a.resistance, b.resistance, rtol=1e-12)


# ------------------------------------------------------------------------------------------ whole run


CRS = pyproj.CRS.from_epsg(3035)  # an equal-area CRS in metres


def _raster(array: np.ndarray, name: str, nodata=-9999.0) -> RasterData:
    return RasterData(array.astype(np.float32), (4_000_000.0, 100.0, 0.0, 3_000_000.0, 0.0, -100.0), CRS,
                      nodata, name)


def _cell_box(r0, c0, r1, c1):
    """Polygon covering rows r0..r1-1, cols c0..c1-1 of the grid above."""
    return shapely.box(4_000_000.0 + c0 * 100, 3_000_000.0 - r1 * 100, 4_000_000.0 + c1 * 100,
                       3_000_000.0 - r0 * 100)


def test_run_pinchpoints_pairwise_table_and_current_map():
    rng = np.random.default_rng(2)
    res = rng.uniform(1, 5, (10, 12))
    res[4, 3:9] = -9999.0
    focal = VectorData(np.array([_cell_box(0, 0, 2, 2), shapely.Point(4_000_000 + 11.5 * 100, 3_000_000 - 9.5 * 100),
                                 _cell_box(8, 0, 10, 1)], dtype=object),
                       pd.DataFrame({"core": ["A", "B", "C"]}), CRS, "cores")
    result = run_pinchpoints(_raster(res, "res"), focal, "core", connections=4, average="conductance")
    assert list(result.resistances.columns) == RESISTANCE_FIELDS
    assert list(zip(result.resistances["from_id"], result.resistances["to_id"])) == [("A", "B"), ("A", "C"),
                                                                                     ("B", "C")]
    masked = np.where(res == -9999.0, np.nan, res.astype(np.float32).astype(float))  # the raster is Float32
    regions = [[(r, c) for r in range(2) for c in range(2)], [(9, 11)], [(8, 0), (9, 0)]]
    cum = np.zeros(res.shape)
    for k, pair in enumerate([(0, 1), (0, 2), (1, 2)]):
        r_ref, cur = dense_reference(masked, regions, pair, 4, "conductance")
        assert result.resistances["resistance"][k] == pytest.approx(r_ref, rel=1e-9)
        cum += cur
    assert result.current.dtype == np.float32
    assert (result.current[4, 3:9] == CURRENT_NODATA).all()
    ok = res != -9999.0
    np.testing.assert_allclose(result.current[ok], cum[ok], rtol=1e-5, atol=1e-6)
    assert list(result.pinches.columns) == PINCH_FIELDS and len(result.pinches) == 0


def test_run_pinchpoints_max_distance_drops_far_pairs():
    res = np.ones((10, 30))
    focal = VectorData(np.array([_cell_box(0, 0, 2, 2), _cell_box(0, 4, 2, 6), _cell_box(0, 28, 2, 30)],
                                dtype=object), pd.DataFrame({"core": [1, 2, 3]}), CRS, "cores")
    result = run_pinchpoints(_raster(res, "res"), focal, "core", max_distance=500.0)
    assert result.resistances[["from_id", "to_id"]].values.tolist() == [[1, 2]]


def test_corridor_mode_solves_each_link_in_its_corridor_and_finds_the_neck():
    """Two cores joined by a corridor of width 5 with a neck of width 1; a second link to a third core."""
    rows, cols = 20, 30
    res = np.full((rows, cols), 2.0)
    corridors = np.full((rows, cols), -9999.0)
    corridors[5:10, 0:30] = 10.0  # corridor of cores A (left) and B (right)
    corridors[5:10, 14:16] = -9999.0
    corridors[7, 14:16] = 0.0  # the neck
    corridors[10:20, 27:30] = 5.0  # corridor B-C going down
    focal = VectorData(np.array([_cell_box(5, 0, 10, 3), _cell_box(5, 27, 10, 30), _cell_box(17, 27, 20, 30)],
                                dtype=object), pd.DataFrame({"core": ["A", "B", "C"]}), CRS, "cores")
    countries = VectorData(np.array([_cell_box(0, 0, 20, 15), _cell_box(0, 15, 20, 30)], dtype=object),
                           pd.DataFrame({"ISO3": ["CHN", "RUS"]}), CRS, "countries")
    result = run_pinchpoints(_raster(res, "res"), focal, "core", connections=4, corridors=_raster(corridors, "cor"),
                             countries=countries, pinch_percentile=95)
    table = result.resistances
    assert table[["from_id", "to_id"]].values.tolist() == [["A", "B"], ["B", "C"]]  # A-C shares no corridor
    # A-B solved inside its corridor only: the dense reference on that corridor alone
    masked = np.where(corridors[:, :] != -9999.0, res, np.nan)
    masked[10:20, :] = np.nan  # B-C's corridor is not A-B's
    regions = [[(r, c) for r in range(5, 10) for c in range(0, 3)], [(r, c) for r in range(5, 10)
                                                                     for c in range(27, 30)]]
    r_ref, cur_ab = dense_reference(masked, regions, (0, 1), 4, "resistance")
    assert table["resistance"][0] == pytest.approx(r_ref, rel=1e-9)
    # the pinch cells: the link's corridor cells (cores left out) at or above the 95th percentile of the
    # reference current; the neck (7, 14)-(7, 15) carries the full 1 A and straddles the border at column 15
    candidates = (corridors != -9999.0) & (cur_ab > 0)
    candidates[5:10, 0:3] = candidates[5:10, 27:30] = False
    threshold = np.percentile(cur_ab[candidates], 95)
    pinch = candidates & (cur_ab >= threshold)
    assert pinch[7, 14] and pinch[7, 15]
    pinches = result.pinches
    ab = pinches[pinches["link"] == "A-B"].set_index("country")
    assert sorted(ab.index) == ["CHN", "RUS"]
    assert ab.loc["CHN", "area_ha"] == pytest.approx(pinch[:, :15].sum(), rel=1e-3)  # 100 m cells: 1 ha each
    assert ab.loc["RUS", "area_ha"] == pytest.approx(pinch[:, 15:].sum(), rel=1e-3)
    assert ab.loc["CHN", "max_current"] == pytest.approx(1.0, rel=1e-9)
    assert ab.loc["RUS", "max_current"] == pytest.approx(1.0, rel=1e-9)
    assert (pinches["area_ha"] > 0).all() and set(pinches["link"]) == {"A-B", "B-C"}
    # cumulative current: outside every corridor and core nodata
    assert (result.current[0:5, 0:27] == CURRENT_NODATA).all()
    np.testing.assert_allclose(result.current[7, 14], 1.0, rtol=1e-6)


def test_corridor_mode_with_links_layer_and_grid_check():
    res = np.full((10, 10), 1.0)
    cor = np.full((10, 10), 3.0)
    focal = VectorData(np.array([_cell_box(0, 0, 2, 2), _cell_box(8, 8, 10, 10), _cell_box(0, 8, 2, 10)],
                                dtype=object), pd.DataFrame({"core": [1, 2, 3]}), CRS, "cores")
    links = VectorData(np.array([shapely.LineString([(0, 0), (1, 1)])], dtype=object),
                       pd.DataFrame({"from_id": [2], "to_id": [1]}), CRS, "links")
    result = run_pinchpoints(_raster(res, "res"), focal, "core", corridors=_raster(cor, "cor"), links=links)
    assert result.resistances[["from_id", "to_id"]].values.tolist() == [[1, 2]]
    wrong = RasterData(cor.astype(np.float32), (0.0, 50.0, 0.0, 0.0, 0.0, -50.0), CRS, -9999.0, "cor")
    with pytest.raises(InputError, match="not on the resistance raster's grid"):
        run_pinchpoints(_raster(res, "res"), focal, "core", corridors=wrong)


def test_corridor_mode_gives_each_link_the_corridor_beside_its_own_path():
    """Two corridors of the mosaic joined by a bridge: with LINKS, link A-B is solved in the corridor cells
    beside its own least-cost path (nearest to it, or within 1.5 cells of the nearest: its band and the near half
    of the bridge), not in C-D's band."""
    rows, cols = 22, 30
    rng = np.random.default_rng(9)
    res = rng.uniform(1, 4, (rows, cols))
    cor = np.full((rows, cols), -9999.0)
    cor[3:8, :] = 1.0  # A-B's band, path along row 5
    cor[14:19, :] = 1.0  # C-D's band, path along row 16
    cor[8:14, 12:18] = 1.0  # the bridge: rows 8-11 lie within 1.5 cells of the nearest path's distance from row 5

    def path(row):
        return shapely.LineString([(4_000_000.0 + 1.5 * 100, 3_000_000.0 - (row + 0.5) * 100),
                                   (4_000_000.0 + 28.5 * 100, 3_000_000.0 - (row + 0.5) * 100)])

    focal = VectorData(np.array([_cell_box(3, 0, 8, 3), _cell_box(3, 27, 8, 30), _cell_box(14, 0, 19, 3),
                                 _cell_box(14, 27, 19, 30)], dtype=object),
                       pd.DataFrame({"core": ["A", "B", "C", "D"]}), CRS, "cores")
    links = VectorData(np.array([path(5), path(16)], dtype=object),
                       pd.DataFrame({"from_id": ["A", "C"], "to_id": ["B", "D"]}), CRS, "links")
    result = run_pinchpoints(_raster(res, "res"), focal, "core", connections=8, corridors=_raster(cor, "cor"),
                             links=links)
    table = result.resistances.set_index(["from_id", "to_id"])
    own = np.where(cor != -9999.0, res.astype(np.float32).astype(float), np.nan)
    own[12:, :] = np.nan  # A-B's share: its band and rows 8-11 of the bridge
    regions = [[(r, c) for r in range(3, 8) for c in range(0, 3)], [(r, c) for r in range(3, 8)
                                                                    for c in range(27, 30)]]
    expected, _ = dense_reference(own, regions, (0, 1), 8, "resistance")
    assert table.loc[("A", "B"), "resistance"] == pytest.approx(expected, rel=1e-9)
    # without LINKS the two corridors are one piece: A-B is then solved in both (a lower resistance)
    merged = run_pinchpoints(_raster(res, "res"), focal, "core", connections=8, corridors=_raster(cor, "cor"))
    pairs = merged.resistances.set_index(["from_id", "to_id"])
    assert pairs.loc[("A", "B"), "resistance"] < expected
