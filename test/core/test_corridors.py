"""Corridors against independent references: straight-line geometry, scipy's Dijkstra on an explicitly built
8-neighbour graph, and GRASS r.cost run in a temporary location.

Step convention shared by all three (and by the code under test): a move between 8-neighbours costs the mean of
the two cells' resistances × the step length (cell size, or cell size × √2 for diagonals). r.cost reports
cost × cells for square cells; we multiply by the cell size (cost × metres).
"""
from __future__ import annotations

import math
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pandas as pd
import pyproj
import pytest
import scipy.sparse as sp
import shapely
from osgeo import gdal
from scipy.sparse.csgraph import dijkstra

from neaspec_planner.core import corridors as cor
from neaspec_planner.core import cost_distance as cdist
from neaspec_planner.core.errors import InputError
from neaspec_planner.core.raster_io import RasterData, write_raster
from neaspec_planner.core.vector_io import VectorData

CRS = pyproj.CRS.from_epsg(3035)
CELL = 100.0
X0, Y0 = 4_300_000.0, 3_000_000.0


def grid(arr: np.ndarray, crs=CRS, nodata=None) -> RasterData:
    return RasterData(np.asarray(arr, dtype=np.float32), (X0, CELL, 0.0, Y0, 0.0, -CELL), crs, nodata, "res")


def cell_box(r0: int, c0: int, nr: int = 1, nc: int = 1) -> shapely.Polygon:
    """Polygon covering rows r0..r0+nr-1, cols c0..c0+nc-1 exactly."""
    return shapely.box(X0 + c0 * CELL, Y0 - (r0 + nr) * CELL, X0 + (c0 + nc) * CELL, Y0 - r0 * CELL)


def cores_layer(geoms, ids=None, crs=CRS) -> VectorData:
    ids = list(range(1, len(geoms) + 1)) if ids is None else ids
    return VectorData(np.array(geoms, dtype=object), pd.DataFrame({"core": ids}), crs, "cores")


def scipy_cwd(costs: np.ndarray, sources: list[tuple[int, int]]) -> np.ndarray:
    """Independent reference: 8-neighbour graph built edge by edge, weights = mean cost × step length (m)."""
    rows, cols = costs.shape
    idx = np.arange(rows * cols).reshape(rows, cols)
    ok = np.isfinite(costs)
    src, dst, w = [], [], []
    for dr, dc in [(0, 1), (1, 0), (1, 1), (1, -1)]:
        c_lo, c_hi = max(0, -dc), cols - max(0, dc)
        a = idx[0:rows - dr, c_lo:c_hi]
        b = idx[dr:rows, c_lo + dc:c_hi + dc]
        ca, cb = costs.ravel()[a.ravel()], costs.ravel()[b.ravel()]
        good = ok.ravel()[a.ravel()] & ok.ravel()[b.ravel()]
        length = CELL * math.hypot(dr, dc)
        src.append(a.ravel()[good])
        dst.append(b.ravel()[good])
        w.append(((ca + cb) / 2.0 * length)[good])
    g = sp.coo_matrix((np.concatenate(w), (np.concatenate(src), np.concatenate(dst))),
                      shape=(rows * cols, rows * cols)).tocsr()
    starts = [r * cols + c for r, c in sources]
    dist = dijkstra(g, directed=False, indices=starts, min_only=True)
    return dist.reshape(rows, cols)


def test_reference_graph_neighbours():
    """The reference graph itself: on uniform cost 1 a diagonal step is √2 cells, an axial one 1 cell."""
    d = scipy_cwd(np.ones((4, 5)), [(0, 0)])
    assert d[0, 1] == pytest.approx(CELL)
    assert d[1, 1] == pytest.approx(CELL * math.sqrt(2))
    assert d[3, 4] == pytest.approx(CELL * (3 * math.sqrt(2) + 1))
    d2 = scipy_cwd(np.ones((5, 4)), [(4, 3)])
    assert d2[0, 0] == pytest.approx(CELL * (3 * math.sqrt(2) + 1))


def test_uniform_cost_lcd_is_edge_gap():
    """Uniform cost 1: LCD equals the distance between the nearest core cell centres = edge gap + one cell
    (each centre lies half a cell inside its core). Off-axis the 8-neighbour metric overestimates the straight
    line by at most 1/cos(22.5°)·(cos + (√2−1) sin) − 1 = 8.24 %."""
    costs = np.ones((60, 120), np.float32)
    a, b = cell_box(20, 10, 5, 5), cell_box(20, 60, 5, 5)      # same rows: gap 45 cells
    c = cell_box(45, 40, 5, 5)                                  # off-axis from a
    res = cor.run_corridors(cores_layer([a, b, c]), "core", grid(costs), 1e6, 0.0)
    lk = res.links.set_index(["from_id", "to_id"])
    gap_ab = shapely.distance(a, b)
    assert gap_ab == pytest.approx(45 * CELL)
    assert lk.loc[(1, 2), "lcd"] == pytest.approx(gap_ab + CELL, rel=1e-9)
    assert lk.loc[(1, 2), "euclid_m"] == pytest.approx(gap_ab)
    # off-axis: nearest cell centres (24,14) and (45,40): 21 rows, 26 cols apart
    centre_dist = CELL * math.hypot(21, 26)
    lcd = lk.loc[(1, 3), "lcd"]
    assert lcd == pytest.approx(CELL * (21 * math.sqrt(2) + 5), rel=1e-9)  # 21 diagonal + 5 axial steps
    assert centre_dist <= lcd <= centre_dist * 1.0824


def test_wall_with_opening_matches_independent_dijkstra():
    rng = np.random.default_rng(7)
    costs = rng.uniform(1, 20, (80, 90)).astype(np.float32)
    costs[:, 45] = np.nan            # a wall (NaN = impassable) ...
    costs[62, 45] = 5.0              # ... with one opening
    a, b = cell_box(10, 5, 4, 4), cell_box(10, 80, 4, 4)
    res = cor.run_corridors(cores_layer([a, b]), "core", grid(costs), 1e6, 2000.0)
    ref = scipy_cwd(np.where(np.isfinite(costs), costs, np.inf),
                    [(r, c) for r in range(10, 14) for c in range(5, 9)])
    ref_lcd = ref[10:14, 80:84].min()
    assert res.links["lcd"].iloc[0] == pytest.approx(ref_lcd, rel=0.01)
    path = res.link_geometry[0]
    assert path.intersects(cell_box(62, 45).buffer(-1))  # through the opening
    # no vertex of the path on the wall except the opening
    xy = shapely.get_coordinates(path)
    cols = np.floor((xy[:, 0] - X0) / CELL).astype(int)
    rows = np.floor((Y0 - xy[:, 1]) / CELL).astype(int)
    assert set(rows[cols == 45]) == {62}
    assert res.links["path_m"].iloc[0] == pytest.approx(path.length)
    assert res.links["cwd_to_path"].iloc[0] == pytest.approx(ref_lcd / path.length, rel=0.01)


def test_corridor_raster_is_nlcc_of_independent_cwds():
    rng = np.random.default_rng(3)
    costs = rng.uniform(1, 10, (50, 70)).astype(np.float32)
    a, b = cell_box(5, 5, 3, 3), cell_box(40, 60, 3, 3)
    width = 3000.0
    res = cor.run_corridors(cores_layer([a, b]), "core", grid(costs), 1e6, width)
    da = scipy_cwd(costs.astype(float), [(r, c) for r in range(5, 8) for c in range(5, 8)])
    db = scipy_cwd(costs.astype(float), [(r, c) for r in range(40, 43) for c in range(60, 63)])
    lcd = da[40:43, 60:63].min()
    nlcc = da + db - lcd
    expected = nlcc <= width
    got = res.corridors != cor.CORRIDOR_NODATA
    # cells right at the cut-off may flip with float32 storage
    borderline = np.abs(nlcc - width) < 1.0
    assert np.array_equal(got[~borderline], expected[~borderline])
    assert np.allclose(res.corridors[got & ~borderline], nlcc[got & ~borderline], atol=1.0)


def _grass_lcd(tmp_path: Path, costs: np.ndarray, a_cells, b_cells) -> float:
    """LCD from GRASS r.cost (8 neighbours, no -k): min over B cells of the cost surface from A, × cell size."""
    cost_tif, start_tif, out_tif = tmp_path / "cost.tif", tmp_path / "start.tif", tmp_path / "out.tif"
    write_raster(cost_tif, costs.astype(np.float32), (X0, CELL, 0.0, Y0, 0.0, -CELL), CRS)
    start = np.full(costs.shape, -1, np.int16)
    for r, c in a_cells:
        start[r, c] = 1
    write_raster(start_tif, start, (X0, CELL, 0.0, Y0, 0.0, -CELL), CRS, nodata=-1)
    script = tmp_path / "run.sh"
    script.write_text(
        "set -e\nexport GRASS_OVERWRITE=1\n"
        f"r.in.gdal -o input={cost_tif} output=cost --quiet\n"
        f"r.in.gdal -o input={start_tif} output=start --quiet\n"
        "g.region raster=cost\n"
        "r.cost input=cost output=cwd start_raster=start --quiet\n"
        f"r.out.gdal input=cwd output={out_tif} type=Float64 --quiet\n")
    done = subprocess.run(["grass", "--tmp-location", "EPSG:3035", "--exec", "bash", str(script)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    cwd = gdal.Open(str(out_tif)).ReadAsArray()
    return float(min(cwd[r, c] for r, c in b_cells)) * CELL


@pytest.mark.skipif(shutil.which("grass") is None, reason="GRASS GIS (grass-core) is not installed")
def test_lcd_matches_grass_r_cost(tmp_path):
    rng = np.random.default_rng(20261126)
    costs = rng.uniform(1, 100, (200, 200)).astype(np.float32)
    a, b, c = cell_box(20, 20, 3, 3), cell_box(170, 150, 3, 3), cell_box(30, 180, 2, 2)
    res = cor.run_corridors(cores_layer([a, b, c]), "core", grid(costs), 1e6, 0.0)
    lk = res.links.set_index(["from_id", "to_id"])
    a_cells = [(r, c) for r in range(20, 23) for c in range(20, 23)]
    b_cells = [(r, c) for r in range(170, 173) for c in range(150, 153)]
    c_cells = [(r, c) for r in range(30, 32) for c in range(180, 182)]
    assert lk.loc[(1, 2), "lcd"] == pytest.approx(_grass_lcd(tmp_path, costs, a_cells, b_cells), rel=0.01)
    assert lk.loc[(1, 3), "lcd"] == pytest.approx(_grass_lcd(tmp_path, costs, a_cells, c_cells), rel=0.01)


def test_max_distance_filters_links():
    costs = np.ones((40, 200), np.float32)
    boxes = [cell_box(10, 10, 4, 4), cell_box(10, 34, 4, 4), cell_box(10, 80, 4, 4), cell_box(10, 180, 4, 4)]
    for max_d in (1000.0, 2000.0, 5000.0, 20000.0):
        res = cor.run_corridors(cores_layer(boxes), "core", grid(costs), max_d, 0.0, drop_through_cores=False)
        expected = {(i + 1, j + 1) for i in range(4) for j in range(i + 1, 4)
                    if shapely.distance(boxes[i], boxes[j]) <= max_d}
        got = set(zip(res.links["from_id"], res.links["to_id"]))
        assert got == expected
        assert (res.links["euclid_m"] <= max_d).all()


def test_no_links_gives_empty_outputs():
    costs = np.ones((20, 100), np.float32)
    res = cor.run_corridors(cores_layer([cell_box(2, 2, 2, 2), cell_box(2, 90, 2, 2)]), "core",
                            grid(costs), 500.0, 100.0)
    assert len(res.links) == 0 and len(res.gaps) == 0
    assert (res.corridors == cor.CORRIDOR_NODATA).all()
    assert any("no links" in m.lower() for m in res.messages)


def _countries(split_x: float) -> VectorData:
    west = shapely.box(X0 - 1e5, Y0 - 1e5, split_x, Y0 + 1e4)
    east = shapely.box(split_x, Y0 - 1e5, X0 + 1e5, Y0 + 1e4)
    return VectorData(np.array([west, east], dtype=object), pd.DataFrame({"ISO_A3": ["CHN", "RUS"]}), CRS,
                      "countries")


def test_transboundary_and_countries_in_path_order():
    costs = np.ones((40, 120), np.float32)
    a, b, c = cell_box(10, 5, 4, 4), cell_box(10, 40, 4, 4), cell_box(10, 100, 4, 4)
    res = cor.run_corridors(cores_layer([a, b, c]), "core", grid(costs), 1e6, 0.0,
                            countries=_countries(X0 + 60 * CELL), drop_through_cores=False)
    lk = res.links.set_index(["from_id", "to_id"])
    assert lk.loc[(1, 2), "countries"] == "CHN" and lk.loc[(1, 2), "transboundary"] == 0
    assert lk.loc[(1, 3), "countries"] == "CHN,RUS" and lk.loc[(1, 3), "transboundary"] == 1
    assert lk.loc[(2, 3), "transboundary"] == 1


def test_gap_hectares_per_country_sum_to_total():
    rng = np.random.default_rng(11)
    costs = rng.uniform(1, 5, (60, 100)).astype(np.float32)
    a, b = cell_box(25, 5, 6, 6), cell_box(25, 88, 6, 6)
    pa = cell_box(0, 30, 60, 20)  # a protected band across the corridor (cols 30..49)
    protected = VectorData(np.array([pa], dtype=object), pd.DataFrame({"name": ["pa"]}), CRS, "pa")
    res = cor.run_corridors(cores_layer([a, b]), "core", grid(costs), 1e6, 5000.0,
                            countries=_countries(X0 + 70 * CELL), protected=protected)
    corridor = res.corridor_link >= 0
    cols = np.arange(100)[None, :].repeat(60, 0)
    gap_cells = corridor & ~((cols >= 30) & (cols < 50))
    cell_ha = CELL * CELL / 1e4
    total = gap_cells.sum() * cell_ha
    assert total > 0
    assert res.gaps["area_ha"].sum() == pytest.approx(total, rel=2e-3)
    by_country = res.gaps.groupby("country")["area_ha"].sum()
    assert by_country["CHN"] == pytest.approx((gap_cells & (cols < 70)).sum() * cell_ha, rel=2e-3)
    assert by_country["RUS"] == pytest.approx((gap_cells & (cols >= 70)).sum() * cell_ha, rel=2e-3)
    assert set(res.gaps["link"]) == {"1-2"}
    # path length outside the protected band: the band is 20 cells wide, the path crosses it
    lk = res.links.iloc[0]
    inside = res.link_geometry[0].intersection(pa).length
    assert lk["unprotected_m"] == pytest.approx(lk["path_m"] - inside)
    assert inside >= 20 * CELL - 1e-6


def test_zero_and_negative_costs_are_refused_with_an_example():
    costs = np.ones((30, 30), np.float32)
    costs[7, 9] = 0.0
    costs[20, 3] = -2.0
    with pytest.raises(InputError) as err:
        cor.run_corridors(cores_layer([cell_box(1, 1), cell_box(25, 25)]), "core", grid(costs), 1e6, 0.0)
    msg = str(err.value)
    assert "2 cells" in msg and "row 7, column 9" in msg
    assert f"x={X0 + 9.5 * CELL:.1f}" in msg and f"y={Y0 - 7.5 * CELL:.1f}" in msg


def test_nodata_cells_are_impassable():
    costs = np.ones((20, 30), np.float32)
    costs[:, 15] = -9999.0  # declared nodata: a full wall
    res = cor.run_corridors(cores_layer([cell_box(5, 2), cell_box(5, 27)]), "core",
                            grid(costs, nodata=-9999.0), 1e6, 0.0)
    assert np.isnan(res.links["lcd"].iloc[0]) and res.link_geometry[0] is None
    assert any("not connected" in m for m in res.messages)


def test_geographic_raster_is_refused():
    costs = np.ones((10, 10), np.float32)
    with pytest.raises(InputError, match="geographic"):
        cor.run_corridors(cores_layer([cell_box(1, 1), cell_box(8, 8)]), "core",
                          grid(costs, crs=pyproj.CRS.from_epsg(4326)), 1e6, 0.0)


def test_core_outside_raster_is_named():
    costs = np.ones((10, 10), np.float32)
    far = shapely.box(X0 + 1e6, Y0, X0 + 1e6 + 500, Y0 + 500)
    with pytest.raises(InputError, match="'Khanka'"):
        cor.run_corridors(cores_layer([cell_box(1, 1), far], ids=["Tumen", "Khanka"]), "core", grid(costs),
                          1e7, 0.0)


def test_core_smaller_than_a_cell_uses_its_cell():
    costs = np.ones((20, 40), np.float32)
    tiny = shapely.box(X0 + 30 * CELL + 5, Y0 - 10 * CELL + 5, X0 + 30 * CELL + 20, Y0 - 10 * CELL + 20)
    # lower-left corner of cell (row 9, col 30): centre not covered
    res = cor.run_corridors(cores_layer([cell_box(9, 5), tiny]), "core", grid(costs), 1e6, 0.0)
    assert res.links["lcd"].iloc[0] == pytest.approx(25 * CELL)


def test_multipart_core_is_one_core():
    costs = np.ones((20, 60), np.float32)
    multi = shapely.MultiPolygon([cell_box(2, 2, 2, 2), cell_box(15, 2, 2, 2)])
    cores = cores_layer([multi, cell_box(15, 50, 2, 2), cell_box(2, 50, 1, 1)], ids=["A", "B", "B"])
    res = cor.run_corridors(cores, "core", grid(costs), 1e6, 0.0)
    assert len(res.links) == 1
    assert res.links["lcd"].iloc[0] == pytest.approx(47 * CELL)  # nearest parts, same rows


def test_memory_estimate_and_refusal(tmp_path):
    # 16 M cells, 10 cores, every window the whole raster: well under 4 GiB
    full = [(0, 4000, 0, 4000)] * 10
    assert cor.estimate_memory((4000, 4000), full) < 1.6 * 1024 ** 3
    # 10,000² with the same layout is refused up front (the raster is never read: a header-only file)
    path = tmp_path / "huge.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 10_000, 10_000, 1, gdal.GDT_Float32,
                                              ["SPARSE_OK=TRUE", "TILED=YES"])
    ds.SetGeoTransform((X0, CELL, 0, Y0, 0, -CELL))
    ds.SetProjection(CRS.to_wkt())
    ds = None
    boxes = [cell_box(500 + 900 * k, 500 + 850 * k, 3, 3) for k in range(10)]
    with pytest.raises(InputError, match=r"about \d+\.\d+ GiB"):
        cor.run_corridors(cores_layer(boxes), "core", str(path), 400_000.0, 1000.0)
    with pytest.raises(InputError, match="budget"):
        cor.run_corridors(cores_layer([cell_box(1, 1), cell_box(8, 8)]), "core", grid(np.ones((10, 10))),
                          1e6, 0.0, memory_budget=1024)


def test_lean_edge_map_equals_scikit_image():
    from skimage.graph import _mcp

    original = getattr(_mcp, "_neaspec_original_edge_map", _mcp._offset_edge_map)
    for shape in [(5, 7), (1, 4), (3, 3), (2, 1)]:
        offsets = _mcp.make_offsets(2, True)
        ref = original(np.array(shape), offsets)
        ours = cdist._lean_offset_edge_map(shape, offsets)
        for r, o in zip(ref, ours):
            assert r.dtype == o.dtype and np.array_equal(r, o)


def test_cutoff_keeps_every_cell_within_it():
    rng = np.random.default_rng(5)
    costs = rng.uniform(1, 50, (60, 60))
    full, _ = cdist.cost_distance(costs, np.array([[30, 30]]), (CELL, CELL))
    cut, _ = cdist.cost_distance(costs, np.array([[30, 30]]), (CELL, CELL), ends=np.array([[31, 31]]),
                               cutoff=40_000.0)
    within = full <= 40_000.0
    assert within.sum() < full.size  # the cutoff really drops cells
    assert np.array_equal(np.isfinite(cut), within)
    assert np.allclose(cut[within], full[within])


def test_cancel_raises():
    from neaspec_planner.core.errors import Cancelled

    costs = np.ones((30, 60), np.float32)
    with pytest.raises(Cancelled):
        cor.run_corridors(cores_layer([cell_box(5, 5), cell_box(5, 50)]), "core", grid(costs), 1e6, 0.0,
                          progress=lambda f: f < 0.5)


def test_empty_cores_and_cores_in_lon_lat():
    costs = np.ones((30, 60), np.float32)
    empty = cores_layer([])
    res = cor.run_corridors(empty, "core", grid(costs), 1e6, 0.0)
    assert len(res.links) == 0 and list(res.links.columns) == cor.LINK_FIELDS
    # the same two cores given in EPSG:4326 are reprojected onto the raster's CRS
    a, b = cell_box(10, 5, 3, 3), cell_box(10, 50, 3, 3)
    to_ll = pyproj.Transformer.from_crs(CRS, 4326, always_xy=True)
    ll = [shapely.transform(g.buffer(-1.0), lambda xy: np.column_stack(to_ll.transform(xy[:, 0], xy[:, 1])))
          for g in (a, b)]
    res = cor.run_corridors(cores_layer(ll, crs=pyproj.CRS.from_epsg(4326)), "core", grid(costs), 1e6, 0.0)
    assert res.links["lcd"].iloc[0] == pytest.approx(43 * CELL)
