"""Resistance surfaces against hand-written expectations (the numbers come from species-resistance.md §3,
typed here by hand, not read from the code's tables) and independent shapely cell geometry."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pyproj
import pytest
import shapely

from neaspec_planner.core.errors import Cancelled, InputError
from neaspec_planner.core.raster_io import read_raster, write_raster
from neaspec_planner.core.resistance import NODATA, build_resistance, read_cost_table
from neaspec_planner.core.vector_io import VectorData

UTM = pyproj.CRS.from_epsg(32652)
X0, Y0 = 600_000.0, 4_750_000.0
ND = NODATA

ESA = np.array([[10, 20, 30, 40], [50, 60, 70, 80], [90, 95, 100, 0]], dtype=np.uint8)
# Expected costs by hand from the research note's §3 table (ED values), row by row as ESA above.
EXPECTED = {
    "amur_tiger": [[1, 15, 60, 200], [1000, 150, 400, 150], [80, 100, 150, ND]],
    "amur_leopard": [[1, 20, 100, 300], [1000, 200, 500, 300], [150, 100, 200, ND]],
    "snow_leopard": [[40, 10, 5, 300], [1000, 1, 150, 300], [100, 100, 3, ND]],
    "crane": [[500, 150, 30, 20], [1000, 150, 500, 5], [1, 200, 200, ND]],
}


def grid(cell=10.0):
    return (X0, cell, 0.0, Y0, 0.0, -cell)


def write_classes(path, array, cell=10.0, crs=UTM, nodata=None):
    write_raster(path, np.asarray(array), grid(cell), crs, nodata=nodata)
    return str(path)


def result_array(path):
    data = read_raster(str(path))
    assert data.array.dtype == np.float32 and data.nodata == ND
    return data.array


@pytest.mark.parametrize("profile", sorted(EXPECTED))
@pytest.mark.parametrize("declared_nodata", [0, None])
def test_profiles_on_esa_classes(tmp_path, profile, declared_nodata):
    lc = write_classes(tmp_path / "lc.tif", ESA, nodata=declared_nodata)
    res = build_resistance(lc, tmp_path / "r.tif", profile)
    out = result_array(tmp_path / "r.tif")
    np.testing.assert_array_equal(out, np.array(EXPECTED[profile], dtype=np.float32))
    assert res.nodata_cells == 1 and res.min_cost >= 1
    assert np.all(out[out != ND] >= 1)


def test_custom_table_large_and_negative_codes(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("# my classes\nclass;cost;label\n-5;2,5\n1;1\n7;impassable\n70000;12.25\n".replace("2,5", "2.5"))
    lc = write_classes(tmp_path / "lc.tif", np.array([[1, 7, 70000], [-5, 1, 70000]], dtype=np.int32))
    build_resistance(lc, tmp_path / "r.tif", "custom", table=table)
    np.testing.assert_array_equal(result_array(tmp_path / "r.tif"), [[1, ND, 12.25], [2.5, 1, 12.25]])


def test_table_replaces_profile_costs_and_float_classes(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("class,cost\n10,3\n20,impassable\n")
    lc = write_classes(tmp_path / "lc.tif", np.array([[10.0, 20.0], [np.nan, 10.0]], dtype=np.float32))
    build_resistance(lc, tmp_path / "r.tif", "amur_tiger", table=table)
    np.testing.assert_array_equal(result_array(tmp_path / "r.tif"), [[3, ND], [ND, 3]])
    bad = write_classes(tmp_path / "bad.tif", np.array([[10.0, 20.5]], dtype=np.float32))
    with pytest.raises(InputError, match="non-integer"):
        build_resistance(bad, tmp_path / "r2.tif", "amur_tiger", table=table)


def test_custom_without_table_is_an_error(tmp_path):
    lc = write_classes(tmp_path / "lc.tif", ESA)
    with pytest.raises(InputError, match="TABLE"):
        build_resistance(lc, tmp_path / "r.tif", "custom")


def test_unknown_classes_are_listed_or_impassable(tmp_path):
    lc = write_classes(tmp_path / "lc.tif", np.array([[10, 11, 12], [12, 40, 10]], dtype=np.uint8))
    with pytest.raises(InputError) as err:
        build_resistance(lc, tmp_path / "r.tif", "amur_tiger")
    msg = str(err.value)
    assert "11 (1 cells)" in msg and "12 (2 cells)" in msg and "TABLE" in msg and "impassable" in msg
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lc.tif"]  # nothing half-written
    res = build_resistance(lc, tmp_path / "r.tif", "amur_tiger", unknown="impassable")
    np.testing.assert_array_equal(result_array(tmp_path / "r.tif"), [[1, ND, ND], [ND, 200, 1]])
    assert any("11 (1 cells)" in m for m in res.messages)


@pytest.mark.parametrize(("text", "line", "words"), [
    ("# comment\n\nclass,cost\n10,1\n20,0.5\n", 5, "below 1"),
    ("class,cost\n10,1\n20,abc\n", 3, "not a number"),
    ("class,cost\n10,1\n10,4\n", 3, "already given on line 2"),
    ("class,cost\nten,1\n", 2, "not an integer"),
    ("class,cost\n10\n", 2, "at least the columns"),
    ("code,value\n10,1\n", 1, "header"),
])
def test_table_errors_name_the_line(tmp_path, text, line, words):
    table = tmp_path / "t.csv"
    table.write_text(text)
    with pytest.raises(InputError) as err:
        read_cost_table(table)
    assert f"line {line}" in str(err.value) and words in str(err.value) and "t.csv" in str(err.value)


def test_table_errors_without_line(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read_cost_table(tmp_path / "missing.csv")
    binary = tmp_path / "b.csv"
    binary.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(InputError, match="not a text CSV"):
        read_cost_table(binary)


def test_geographic_raster_is_reprojected(tmp_path):
    """A lon/lat raster is no longer refused (issue 16): it is reprojected to the equal-area CRS at 100 m."""
    lc = tmp_path / "ll.tif"
    write_raster(lc, np.full((200, 300), 10, np.uint8), (130.0, 0.001, 0.0, 43.0, 0.0, -0.001), "EPSG:4326",
                 nodata=0)
    result = build_resistance(str(lc), tmp_path / "r.tif", "amur_tiger")
    data = read_raster(str(tmp_path / "r.tif"))
    assert data.crs.is_projected and data.cell_size == (100.0, 100.0)
    assert (data.array == 1).sum() > 0.9 * data.array.size and result.min_cost == 1


def test_corrupt_and_truncated_landcover(tmp_path):
    garbage = tmp_path / "garbage.tif"
    garbage.write_bytes(b"II*\x00" + b"\x13" * 200)
    with pytest.raises(InputError, match="garbage.tif"):
        build_resistance(str(garbage), tmp_path / "r.tif", "amur_tiger")
    from osgeo import gdal

    full = tmp_path / "full.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(full), 300, 300, 1, gdal.GDT_Byte)
    ds.SetGeoTransform(grid())
    ds.SetProjection(UTM.to_wkt())
    ds.GetRasterBand(1).WriteArray(np.full((300, 300), 10, np.uint8))
    ds = None
    cut = tmp_path / "cut.tif"
    cut.write_bytes(full.read_bytes()[:40_000])
    with pytest.raises(InputError, match="cut.tif"):
        build_resistance(str(cut), tmp_path / "r.tif", "amur_tiger")
    assert not (tmp_path / "r.tif").exists()


# ------------------------------------------------------------------------------------------------ barriers


def cell_geoms(shape, cell=10.0):
    r, c = np.mgrid[0:shape[0], 0:shape[1]]
    boxes = shapely.box(X0 + c * cell, Y0 - (r + 1) * cell, X0 + (c + 1) * cell, Y0 - r * cell)
    centres = shapely.points(X0 + (c + 0.5) * cell, Y0 - (r + 0.5) * cell)
    return boxes, centres


def test_barriers_burned_on_buffered_cells(tmp_path):
    shape = (60, 60)
    classes = np.full(shape, 10, dtype=np.uint8)  # tree cover: tiger cost 1
    classes[40:, 50:] = 50                         # built-up: tiger cost 1000 (max keeps it)
    lc = write_classes(tmp_path / "lc.tif", classes)
    road = shapely.LineString([(X0 + 15, Y0 - 20), (X0 + 480, Y0 - 530)])            # cost field 500
    track = shapely.LineString([(X0 + 5, Y0 - 300), (X0 + 595, Y0 - 300.5)])          # type track → 20
    # A fence given in lon/lat (reprojected to the raster's CRS), no cost, no type → 1000 by default.
    fence_utm = shapely.LineString([(X0 + 200, Y0 - 5), (X0 + 200, Y0 - 250)])
    to_ll = pyproj.Transformer.from_crs(UTM, 4326, always_xy=True)
    fence_ll = shapely.transform(shapely.segmentize(fence_utm, 5), lambda xy: np.column_stack(to_ll.transform(*xy.T)))
    width = 25.0
    roads = VectorData(np.array([road, track, None], dtype=object),
                       pd.DataFrame({"COST": [500, None, None], "highway": [None, "track", "motorway"]}), UTM, "roads")
    res = build_resistance(lc, tmp_path / "r.tif", "amur_tiger", barriers=roads, barrier_width=width)
    fences = VectorData(np.array([fence_ll], dtype=object), pd.DataFrame({"name": ["border"]}), "EPSG:4326", "fence")
    res2 = build_resistance(lc, tmp_path / "f.tif", "amur_tiger", barriers=fences, barrier_width=width)
    out, fence_out = result_array(tmp_path / "r.tif"), result_array(tmp_path / "f.tif")

    boxes, centres = cell_geoms(shape)
    base = np.where(classes == 50, 1000.0, 1.0)
    for geom, cost, arr in [(road, 500.0, out), (track, 20.0, out), (fence_utm, 1000.0, fence_out)]:
        buf = geom.buffer(width / 2)
        centre_in = shapely.contains(buf, centres)
        touching = shapely.intersects(buf, boxes)
        # Every cell whose centre is inside the buffer carries at least the barrier cost (max with land cover);
        assert np.all(arr[centre_in] >= np.maximum(base[centre_in], cost))
        assert centre_in.sum() > 10
        # the barrier never reaches cells the buffer does not touch (those keep land cover or another barrier).
        assert np.all(arr[~touching] != cost) or cost == 1000.0
    # Cells far from every line keep their land-cover cost.
    near = shapely.intersects(shapely.union_all([road.buffer(width / 2), track.buffer(width / 2)]), boxes)
    np.testing.assert_array_equal(out[~near], base[~near])
    assert set(np.unique(out).tolist()) == {1.0, 20.0, 500.0, 1000.0}
    # Where the road and the track cross, the higher cost wins.
    cross = shapely.intersection(road, track)
    r, c = int((Y0 - cross.y) // 10), int((cross.x - X0) // 10)
    assert out[r, c] == 500
    # Built-up under the road stays 1000.
    assert np.all(out[classes == 50] == 1000)
    assert res.barrier_cells == int(((out == 20) | (out == 500)).sum() + ((classes == 50) & near).sum())
    far_fence = ~shapely.intersects(fence_utm.buffer(width / 2), boxes)
    np.testing.assert_array_equal(fence_out[far_fence], base[far_fence])
    assert any("no cost and no type" in m for m in res2.messages)


def test_barrier_impassable_and_all_touched_edges(tmp_path):
    lc = write_classes(tmp_path / "lc.tif", np.full((20, 20), 30, dtype=np.uint8))   # grassland: tiger 60
    line = shapely.LineString([(X0 + 3, Y0 - 3), (X0 + 197, Y0 - 151)])
    layer = VectorData(np.array([line], dtype=object), pd.DataFrame({"cost": ["impassable"]}), UTM, "wall")
    build_resistance(lc, tmp_path / "r.tif", "amur_tiger", barriers=layer, barrier_width=4.0)
    out = result_array(tmp_path / "r.tif")
    boxes, _ = cell_geoms((20, 20))
    touching = shapely.intersects(line.buffer(2.0), boxes)
    # A thin line (4 m on 10 m cells): ALL_TOUCHED burns exactly the cells the buffer overlaps with some area.
    overlap = shapely.area(shapely.intersection(line.buffer(2.0), boxes)) > 1e-6
    assert np.all(out[overlap] == ND) and np.all(out[~touching] == 60)


def test_barrier_errors(tmp_path):
    lc = write_classes(tmp_path / "lc.tif", np.full((5, 5), 10, dtype=np.uint8))
    line = np.array([shapely.LineString([(X0, Y0 - 10), (X0 + 50, Y0 - 10)])] * 2, dtype=object)

    def run(attrs, **kw):
        build_resistance(lc, tmp_path / "r.tif", "amur_tiger",
                         barriers=VectorData(line, pd.DataFrame(attrs), UTM, "roads"), **kw)

    with pytest.raises(InputError, match=r"below 1 in 1 feature.*feature 1 \(0.5\)"):
        run({"cost": [10, 0.5]})
    with pytest.raises(InputError, match="feature 0 \\('high'\\)"):
        run({"cost": ["high", "20"]})
    with pytest.raises(InputError, match="'footway' \\(1\\), 'residential' \\(1\\)"):
        run({"highway": ["residential", "footway"]})
    run({"highway": ["residential", "footway"]}, barrier_default=50)
    assert np.all(result_array(tmp_path / "r.tif")[1] == 50)
    with pytest.raises(InputError, match="positive"):
        run({"cost": [5, 5]}, barrier_width=0)
    pts = VectorData(np.array([shapely.Point(X0, Y0)], dtype=object), pd.DataFrame({"cost": [5]}), UTM, "pts")
    with pytest.raises(InputError, match="points"):
        build_resistance(lc, tmp_path / "r.tif", "amur_tiger", barriers=pts)
    nocrs = VectorData(line, pd.DataFrame({"cost": [5, 5]}), None, "nocrs")
    with pytest.raises(InputError, match="no coordinate reference system"):
        build_resistance(lc, tmp_path / "r.tif", "amur_tiger", barriers=nocrs)


def test_blocks_give_the_same_raster(tmp_path):
    rng = np.random.default_rng(3)
    classes = rng.choice(np.array([10, 20, 30, 40, 50, 60, 80, 90]), size=(97, 83)).astype(np.uint8)
    lc = write_classes(tmp_path / "lc.tif", classes)
    line = shapely.LineString([(X0 + 10, Y0 - 900), (X0 + 820, Y0 - 40)])
    layer = VectorData(np.array([line], dtype=object), pd.DataFrame({"highway": ["primary"]}), UTM, "r")
    dem = tmp_path / "dem.tif"
    r, c = np.mgrid[0:97, 0:83]
    write_raster(dem, (np.sin(r / 7.0) * 40 + c * 3.0).astype(np.float32), grid(), UTM)
    build_resistance(lc, tmp_path / "one.tif", "amur_leopard", barriers=layer, dem=str(dem), block_cells=10**7)
    build_resistance(lc, tmp_path / "many.tif", "amur_leopard", barriers=layer, dem=str(dem), block_cells=83 * 6)
    np.testing.assert_array_equal(result_array(tmp_path / "one.tif"), result_array(tmp_path / "many.tif"))
    assert np.any(result_array(tmp_path / "one.tif") == 600)  # leopard primary road (ED)


def test_cancel_leaves_no_output(tmp_path):
    lc = write_classes(tmp_path / "lc.tif", np.full((50, 40), 10, dtype=np.uint8))
    calls = []

    def progress(fraction):
        calls.append(fraction)
        return len(calls) < 3

    with pytest.raises(Cancelled):
        build_resistance(lc, tmp_path / "r.tif", "amur_tiger", progress=progress, block_cells=40 * 5)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lc.tif"]


# ------------------------------------------------------------------------------------------------ terrain


def plane_dem(path, shape, slope_deg, aspect_deg=30.0, cell=10.0, grid_gt=None, nodata_hole=False):
    """z = a·x + b·y with |grad| = tan(slope) (independent of the code's slope routine)."""
    g = math.tan(math.radians(slope_deg))
    a, b = g * math.cos(math.radians(aspect_deg)), g * math.sin(math.radians(aspect_deg))
    gt = grid_gt or grid(cell)
    r, c = np.mgrid[0:shape[0], 0:shape[1]]
    x, y = gt[0] + (c + 0.5) * gt[1], gt[3] + (r + 0.5) * gt[5]
    z = (a * (x - X0) + b * (y - Y0) + 500.0).astype(np.float32)
    if nodata_hole:
        z[5:8, 5:8] = -32768
    write_raster(path, z, gt, UTM, nodata=-32768)
    return str(path)


@pytest.mark.parametrize(("profile", "cls", "base", "slope", "factor"), [
    ("amur_tiger", 10, 1.0, 20.0, 1.0), ("amur_tiger", 10, 1.0, 35.0, 1.5), ("amur_tiger", 40, 200.0, 52.0, 3.0),
    ("amur_leopard", 20, 20.0, 40.0, 1.5), ("crane", 40, 20.0, 8.0, 5.0), ("crane", 90, 1.0, 3.0, 1.0),
])
def test_slope_multiplier_on_a_plane(tmp_path, profile, cls, base, slope, factor):
    shape = (15, 18)
    lc = write_classes(tmp_path / "lc.tif", np.full(shape, cls, dtype=np.uint8))
    dem = plane_dem(tmp_path / "dem.tif", shape, slope)
    build_resistance(lc, tmp_path / "r.tif", profile, dem=dem)
    np.testing.assert_allclose(result_array(tmp_path / "r.tif"), base * factor, rtol=1e-6)
    # The same plane on another, coarser and larger grid is resampled onto the land-cover grid.
    other = plane_dem(tmp_path / "dem30.tif", (12, 12), slope, grid_gt=(X0 - 60, 30.0, 0, Y0 + 60, 0, -30.0))
    res = build_resistance(lc, tmp_path / "w.tif", profile, dem=other)
    np.testing.assert_allclose(result_array(tmp_path / "w.tif"), base * factor, rtol=1e-6)
    assert any("resampled" in m for m in res.messages)


def test_slope_with_dem_holes_and_profile_without_terrain(tmp_path):
    shape = (15, 15)
    lc = write_classes(tmp_path / "lc.tif", np.full(shape, 10, dtype=np.uint8))
    dem = plane_dem(tmp_path / "dem.tif", shape, 50.0, nodata_hole=True)
    res = build_resistance(lc, tmp_path / "r.tif", "amur_tiger", dem=dem)
    out = result_array(tmp_path / "r.tif")
    assert np.all(out[6, 6] == 1.0)          # inside the hole: no slope known → no multiplier
    assert out[0, 0] == 3.0 and out[14, 14] == 3.0
    assert any("no DEM value" in m for m in res.messages)
    table = tmp_path / "t.csv"
    table.write_text("class,cost\n10,4\n")
    res = build_resistance(lc, tmp_path / "c.tif", "custom", table=table, dem=dem)
    assert np.all(result_array(tmp_path / "c.tif") == 4) and any("no terrain rule" in m for m in res.messages)


def test_snow_leopard_ruggedness(tmp_path):
    shape = (16, 16)
    classes = np.full(shape, 30, dtype=np.uint8)   # grassland: snow leopard 5
    classes[:, 8:] = 60                              # bare: snow leopard 1 (stays 1: never below 1)
    lc = write_classes(tmp_path / "lc.tif", classes)
    slope = 25.0
    dem = plane_dem(tmp_path / "dem.tif", shape, slope, aspect_deg=0.0)
    # Riley TRI of the plane z = a·x on 10 m cells: six neighbours differ by ±a·10 → TRI = a·10·√6.
    tri = math.tan(math.radians(slope)) * 10 * math.sqrt(6)
    build_resistance(lc, tmp_path / "r.tif", "snow_leopard", dem=dem, tri_p90=2 * tri)
    out = result_array(tmp_path / "r.tif")
    np.testing.assert_allclose(out[:, :8], 5 * (1 - 0.5 * 0.5), rtol=1e-5)
    np.testing.assert_allclose(out[:, 8:], 1.0)
    res = build_resistance(lc, tmp_path / "p.tif", "snow_leopard", dem=dem)   # p90 of a plane = its TRI
    np.testing.assert_allclose(result_array(tmp_path / "p.tif")[:, :8], 2.5, rtol=1e-4)
    assert any(f"{tri:.1f}" in m for m in res.messages)


def test_every_bundled_number_is_flagged_expert_default():
    import csv

    from neaspec_planner.paths import resource_path

    for name in ("amur_tiger", "amur_leopard", "snow_leopard", "crane", "barriers"):
        text = resource_path("profiles", f"{name}.csv").read_text(encoding="utf-8")
        assert "EXPERT DEFAULT (ED)" in text and "ADJUST" in text
        rows = list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))
        numeric = [r for r in rows if r.get("cost", "0") not in ("nodata",)]
        assert numeric and all(r["status"] == "ED, adjust" for r in numeric if r.get("class", "") != "0")
        assert all(r["basis"].strip() for r in numeric)
    readme = resource_path("profiles", "README.md").read_text(encoding="utf-8")
    assert "expert default" in readme.lower()


def test_existing_output_kept_on_failure_and_unwritable_folder(tmp_path):
    lc = write_classes(tmp_path / "lc.tif", np.array([[10, 11]], dtype=np.uint8))
    old = tmp_path / "r.tif"
    old.write_bytes(b"previous result")
    with pytest.raises(InputError, match="11"):
        build_resistance(lc, old, "amur_tiger")
    assert old.read_bytes() == b"previous result"
    build_resistance(lc, old, "amur_tiger", unknown="impassable")  # replaced only on success
    np.testing.assert_array_equal(result_array(old), [[1, ND]])
    with pytest.raises(InputError, match="missing or not writable"):
        build_resistance(lc, tmp_path / "no" / "such" / "r.tif", "amur_tiger")
