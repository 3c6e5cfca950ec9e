"""Issue 18: the exact cell areas of the monitoring grid (ring integration, core/lattice_area.py) against a direct
GEOS overlay of every lattice cell with every polygon (shapely.intersection + area: an independent computation).

Cases: random star polygons with holes, multipolygons with parts in one cell, polygons whose edges run along lattice
lines and through lattice corners, a polygon smaller than a cell, one reaching beyond the window, rings in either
orientation, and a polygon at real grid-CRS coordinates (13,000 km) where rounding would show.
"""
from __future__ import annotations

import numpy as np
import pytest
import shapely

from neaspec_planner.core import monitoring as mon
from neaspec_planner.core.lattice_area import cell_areas

S = 1_000.0
WINDOW = (13_000, 14_000, 13_040, 14_030)  # 40 × 30 cells of 1 km, lower-left at (13,000 km, 14,000 km)
X0, Y0 = WINDOW[0] * S, WINDOW[1] * S


def _star(rng: np.random.Generator, cx: float, cy: float, r: float, n: int) -> shapely.Polygon:
    ang = np.sort(rng.uniform(0, 2 * np.pi, n))
    rad = r * rng.uniform(0.4, 1.0, n)
    return shapely.Polygon(np.column_stack([cx + rad * np.cos(ang), cy + rad * np.sin(ang)]))


def _catalogue() -> list:
    rng = np.random.default_rng(1826)
    geoms = []
    for _ in range(6):  # stars with one or two holes
        cx, cy = X0 + rng.uniform(5e3, 35e3), Y0 + rng.uniform(5e3, 25e3)
        star = _star(rng, cx, cy, rng.uniform(2e3, 9e3), int(rng.integers(20, 200)))
        holes = shapely.union_all([shapely.Point(cx + rng.uniform(-600, 600), cy + rng.uniform(-600, 600))
                                   .buffer(rng.uniform(100, 900)) for _ in range(2)])
        geoms.append(shapely.make_valid(star.difference(holes)))
    # a multipolygon: a big part, two tiny parts in one cell, a part with a hole
    geoms.append(shapely.MultiPolygon([
        shapely.box(X0 + 2_500, Y0 + 2_500, X0 + 7_300, Y0 + 4_100),
        shapely.box(X0 + 20_100, Y0 + 20_100, X0 + 20_200, Y0 + 20_300),
        shapely.box(X0 + 20_500, Y0 + 20_600, X0 + 20_900, Y0 + 20_700),
        shapely.Polygon(shapely.box(X0 + 30_000, Y0 + 1_000, X0 + 36_000, Y0 + 6_000).exterior.coords,
                        [shapely.box(X0 + 31_000, Y0 + 2_000, X0 + 33_000, Y0 + 4_000).exterior.coords])]))
    # edges on lattice lines, a diagonal through lattice corners, a polygon smaller than a cell
    geoms.append(shapely.box(X0 + 10_000, Y0 + 10_000, X0 + 13_000, Y0 + 12_000))
    geoms.append(shapely.Polygon([(X0 + 14_000, Y0 + 1_000), (X0 + 19_000, Y0 + 6_000), (X0 + 14_000, Y0 + 6_000)]))
    geoms.append(shapely.box(X0 + 25_200, Y0 + 15_300, X0 + 25_210, Y0 + 15_304))
    # clockwise exterior (shapely keeps the orientation given) and a polygon past the window's edges
    geoms.append(shapely.Polygon([(X0 + 3_000, Y0 + 20_000), (X0 + 3_000, Y0 + 26_500), (X0 + 8_700, Y0 + 26_500)]))
    geoms.append(_star(rng, X0 + 39_000, Y0 + 29_000, 6_000.0, 90).union(
        shapely.box(X0 - 3_000, Y0 - 3_000, X0 + 1_500, Y0 + 2_500)))
    return geoms


def _overlay(geoms: list, window: tuple[int, int, int, int], s: float) -> dict:
    ii, jj = np.meshgrid(np.arange(window[0], window[2]), np.arange(window[1], window[3]))
    ii, jj = ii.ravel(), jj.ravel()
    boxes = shapely.box(ii * s, jj * s, (ii + 1) * s, (jj + 1) * s)
    out = {}
    for g, geom in enumerate(geoms):
        with np.errstate(invalid="ignore"):
            area = shapely.area(shapely.intersection(boxes, geom))
        for k in np.flatnonzero(area > 1e-4):
            out[(g, int(ii[k]), int(jj[k]))] = float(area[k])
    return out


def test_cell_areas_equal_a_direct_overlay():
    geoms = _catalogue()
    assert all(shapely.is_valid(geoms))
    assert not shapely.is_ccw(geoms[-2].exterior)  # the clockwise case is really clockwise
    g, ix, iy, area = cell_areas(np.array(geoms, dtype=object), S, WINDOW)
    got = {(int(a), int(b), int(c)): float(d) for a, b, c, d in zip(g, ix, iy, area)}
    want = _overlay(geoms, WINDOW, S)
    assert set(got) == set(want)
    for key, value in want.items():
        assert got[key] == pytest.approx(value, rel=1e-9, abs=1e-6), key
    # every geometry's total inside the window, and the pieces smaller than a cell
    inside = shapely.intersection(np.array(geoms, dtype=object),
                                  shapely.box(X0, Y0, WINDOW[2] * S, WINDOW[3] * S))
    totals = np.bincount(g, weights=area, minlength=len(geoms))
    np.testing.assert_allclose(totals, shapely.area(inside), rtol=1e-11)
    tiny = len(geoms) - 3  # 10 m × 4 m inside cell (13025, 14015)
    assert [(k, v) for k, v in got.items() if k[0] == tiny] == [((tiny, 13_025, 14_015), pytest.approx(40.0))]


def test_cell_areas_at_coarse_cells_and_empty_inputs():
    geoms = _catalogue()
    window = (1300, 1400, 1304, 1403)  # 10 km cells over the same place
    g, ix, iy, area = cell_areas(np.array(geoms, dtype=object), 10_000.0, window)
    want = _overlay(geoms, window, 10_000.0)
    got = {(int(a), int(b), int(c)): float(d) for a, b, c, d in zip(g, ix, iy, area)}
    assert set(got) == set(want)
    assert all(got[k] == pytest.approx(v, rel=1e-9, abs=1e-6) for k, v in want.items())
    for empty in (np.array([], dtype=object), np.array([None, shapely.Polygon()], dtype=object),
                  np.array([shapely.LineString([(X0, Y0), (X0 + 5e3, Y0 + 5e3)])], dtype=object)):
        assert all(len(a) == 0 for a in cell_areas(empty, S, WINDOW))


def test_lattice_cover_whole_and_partial_cells():
    # a box from 0.5 to 3.5 cells: 2 × 2 whole cells inside, the ring of 12 cells around them partial
    box = shapely.box(X0 + 500, Y0 + 500, X0 + 3_500, Y0 + 3_500)
    cover = mon.lattice_cover(np.array([box], dtype=object), S, WINDOW)
    whole = sorted(zip(cover.full_ix.tolist(), cover.full_iy.tolist()))
    assert whole == [(13_001, 14_001), (13_001, 14_002), (13_002, 14_001), (13_002, 14_002)]
    assert len(cover.part_area) == 12
    assert sorted(np.round(cover.part_area).tolist()) == [250_000.0] * 4 + [500_000.0] * 8
