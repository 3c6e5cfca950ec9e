"""Grid helpers against independent cell geometry (shapely cell boxes / cell centres), not their own output."""
from __future__ import annotations

import numpy as np
import pyproj
import pytest
import shapely

from neaspec_planner.core.errors import InputError
from neaspec_planner.core.raster_io import read_raster, write_raster
from neaspec_planner.core.raster_tools import (
    AtomicRasterWriter,
    block_rows,
    grid_bounds,
    rasterize_on_grid,
    same_grid,
    warp_to_grid,
    window_transform,
)

CRS = pyproj.CRS.from_epsg(32652)  # UTM 52N (Primorye / Hunchun)
GT = (500_000.0, 10.0, 0.0, 4_700_000.0, 0.0, -10.0)


def cell_boxes(transform, shape):
    x0, dx, _, y0, _, dy = transform
    rows, cols = shape
    r, c = np.mgrid[0:rows, 0:cols]
    return shapely.box(x0 + c * dx, y0 + (r + 1) * dy, x0 + (c + 1) * dx, y0 + r * dy)


def cell_centres(transform, shape):
    x0, dx, _, y0, _, dy = transform
    rows, cols = shape
    r, c = np.mgrid[0:rows, 0:cols]
    return shapely.points(x0 + (c + 0.5) * dx, y0 + (r + 0.5) * dy)


def test_polygon_centre_rule_and_all_touched():
    shape = (12, 15)
    poly = shapely.Polygon([(500_013, 4_699_990), (500_120, 4_699_960), (500_070, 4_699_885)])
    centre_in = shapely.contains_xy(poly, *shapely.get_coordinates(cell_centres(GT, shape).ravel()).T)
    touches = shapely.intersects(cell_boxes(GT, shape), poly).ravel()
    plain = rasterize_on_grid([poly], GT, shape, CRS, False, 7).ravel()
    touched = rasterize_on_grid([poly], GT, shape, CRS, True, 7).ravel()
    assert np.array_equal(plain == 7, centre_in)
    # ALL_TOUCHED: every cell the polygon overlaps, nothing farther away.
    overlap = shapely.area(shapely.intersection(cell_boxes(GT, shape).ravel(), poly)) > 1e-6
    assert np.all(touched[touches & overlap] == 7)
    assert np.all(touched[~touches] == 0)


def test_max_merge_and_fill_and_per_feature_values():
    shape = (5, 5)
    a = shapely.box(500_000, 4_699_950, 500_030, 4_700_000)   # cols 0-2, all rows
    b = shapely.box(500_020, 4_699_950, 500_050, 4_700_000)   # cols 2-4
    out = rasterize_on_grid([b, a], GT, shape, CRS, False, [3.0, 9.0], fill=-1)
    assert np.all(out[:, :2] == 9) and np.all(out[:, 3:] == 3) and np.all(out[:, 2] == 9)
    out_min = rasterize_on_grid([b, a], GT, shape, CRS, False, [3.0, 9.0], merge="min")
    assert np.all(out_min[:, 2] == 3)
    empty = rasterize_on_grid([None, shapely.box(0, 0, 1, 1)], GT, shape, CRS, True, 5, fill=-1)
    assert np.all(empty == -1)


def test_window_gives_the_same_cells_as_the_full_grid():
    shape = (40, 30)
    line = shapely.LineString([(500_003, 4_699_997), (500_290, 4_699_613), (500_150, 4_699_700)])
    full = rasterize_on_grid([line.buffer(12)], GT, shape, CRS, True, np.inf)
    parts = [rasterize_on_grid([line.buffer(12)], window_transform(GT, r0), (n, 30), CRS, True, np.inf)
             for r0, n in block_rows(40, 30, max_cells=7 * 30)]
    assert np.array_equal(np.vstack(parts), full)
    assert np.isinf(full).sum() > 0


def test_reprojects_lonlat_geometries():
    shape = (10, 10)
    poly_utm = shapely.box(500_020, 4_699_920, 500_070, 4_699_970)
    to_ll = pyproj.Transformer.from_crs(CRS, 4326, always_xy=True)
    poly_ll = shapely.transform(shapely.segmentize(poly_utm, 1.0), lambda xy: np.column_stack(to_ll.transform(*xy.T)))
    a = rasterize_on_grid([poly_ll], GT, shape, CRS, False, 1, geoms_crs="EPSG:4326")
    assert a.sum() == 25 and np.all(a[3:8, 2:7] == 1)


def test_block_rows_cover_every_row_once():
    blocks = list(block_rows(1003, 100, max_cells=25_000))
    assert blocks[0] == (0, 250) and sum(n for _, n in blocks) == 1003
    assert [r for r, _ in blocks] == [0, 250, 500, 750, 1000]
    assert list(block_rows(3, 10**9, max_cells=10)) == [(0, 1), (1, 1), (2, 1)]
    assert [n for _, n in block_rows(1000, 100, max_cells=60_000, align=256)] == [512, 488]
    assert [n for _, n in block_rows(300, 100, max_cells=20_000, align=256)] == [200, 100]  # < one tile row


def test_atomic_writer_tile_aligned_bands(tmp_path):
    rows, cols = 700, 300
    data = np.arange(rows * cols, dtype=np.float32).reshape(rows, cols)
    with AtomicRasterWriter(tmp_path / "big.tif", rows, cols, GT, CRS) as w:
        for r0, n in block_rows(rows, cols, max_cells=300 * 300, align=256):
            w.write(data[r0:r0 + n], r0)
        w.commit()
    np.testing.assert_array_equal(read_raster(str(tmp_path / "big.tif")).array, data)


def test_grid_bounds_and_same_grid():
    assert grid_bounds(GT, (4, 3)) == (500_000.0, 4_699_960.0, 500_030.0, 4_700_000.0)
    assert same_grid(GT, (4, 3), CRS, GT, (4, 3), "EPSG:32652")
    assert not same_grid(GT, (4, 3), CRS, GT, (4, 3), "EPSG:32653")
    assert not same_grid(GT, (4, 3), CRS, window_transform(GT, 1), (4, 3), CRS)


def test_warp_to_grid_resamples_a_plane(tmp_path):
    # A plane z = 2x + 3y on a 20 m grid, resampled bilinearly onto a 10 m grid inside it: exact plane values.
    gt20 = (499_900.0, 20.0, 0.0, 4_700_100.0, 0.0, -20.0)
    r, c = np.mgrid[0:30, 0:30]
    x, y = gt20[0] + (c + 0.5) * 20 - 500_000, gt20[3] - (r + 0.5) * 20 - 4_700_000
    write_raster(tmp_path / "dem.tif", (2 * x + 3 * y).astype("float32"), gt20, CRS, nodata=-9999)
    out = warp_to_grid(str(tmp_path / "dem.tif"), GT, (20, 20), CRS)
    rr, cc = np.mgrid[0:20, 0:20]
    xx, yy = (cc + 0.5) * 10, -(rr + 0.5) * 10
    np.testing.assert_allclose(out, 2 * xx + 3 * yy, atol=1e-3)
    outside = warp_to_grid(str(tmp_path / "dem.tif"), window_transform(GT, -1000), (3, 3), CRS)
    assert np.isnan(outside).all()


def test_warp_errors(tmp_path):
    with pytest.raises(InputError, match="not found"):
        warp_to_grid(str(tmp_path / "none.tif"), GT, (2, 2), CRS)
    bad = tmp_path / "bad.tif"
    bad.write_bytes(b"II*\x00garbage")
    with pytest.raises(InputError, match="corrupt"):
        warp_to_grid(str(bad), GT, (2, 2), CRS)


def test_atomic_writer_commits_or_leaves_nothing(tmp_path):
    path = tmp_path / "out.tif"
    with AtomicRasterWriter(path, 4, 3, GT, CRS, "float32", nodata=-9999) as w:
        w.write(np.ones((2, 3)), 0)
        w.write(np.full((2, 3), 5.0), 2)
        w.commit()
    data = read_raster(str(path))
    assert data.array.tolist() == [[1, 1, 1], [1, 1, 1], [5, 5, 5], [5, 5, 5]] and data.nodata == -9999
    def half_written() -> None:
        with AtomicRasterWriter(tmp_path / "half.tif", 4, 3, GT, CRS) as w:
            w.write(np.ones((2, 3)), 0)
            raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        half_written()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.tif"]
