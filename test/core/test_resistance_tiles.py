"""Issue 16: resistance from WorldCover-format tiles (several tiles, EPSG:4326, another CRS, gaps) against an
independent computation: the fine cost raster computed here with the hand-typed table, as ONE seamless GeoTIFF,
warped by the ``gdalwarp`` command line (average for ``mean``, mode on the classes for ``mode``)."""
from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyproj
import pytest
from osgeo import gdal

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tiles_helpers import (  # noqa: E402
    DEG,
    NAMES,
    TIGER,
    block_tif,
    gdalwarp,
    hand_cost,
    landscape,
    tile_geotransform,
    wgs84,
    write_tif,
    write_tiles,
)

from neaspec_planner.core.errors import Cancelled, InputError  # noqa: E402
from neaspec_planner.core.resistance import NODATA, build_resistance  # noqa: E402

N = 240  # cells per tile side (0.02°): a reduced cut of the real 3° tiles, same 1/12000° cells


def read(path):
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    out = band.ReadAsArray(), ds.GetGeoTransform(), pyproj.CRS.from_wkt(ds.GetProjection()), band.GetNoDataValue()
    struct = ds.GetMetadata("IMAGE_STRUCTURE"), band.GetBlockSize()
    ds = None
    return out, struct


@pytest.fixture(scope="module")
def classes():
    return landscape(N)


@pytest.fixture(scope="module")
def tiles(tmp_path_factory, classes):
    folder = tmp_path_factory.mktemp("worldcover")
    return folder, write_tiles(folder, classes)


@pytest.fixture(scope="module")
def reference_fine(tmp_path_factory, classes):
    """The fine cost raster of the whole block, computed here (hand table), one GeoTIFF with no seam."""
    return block_tif(tmp_path_factory.mktemp("ref") / "fine_cost.tif", hand_cost(classes))


def test_mean_of_four_tiles_matches_gdalwarp_average(tmp_path, tiles, reference_fine):
    folder, _ = tiles
    notes = []
    out = tmp_path / "r.tif"
    result = build_resistance(folder, out, "amur_tiger", cell_size=100, log=notes.append)
    (ours, gt, crs, nodata), (struct, block) = read(out)
    # the grid: the LAEA centred on the tiles' extent, 100 m cells on multiples of 100 m
    assert crs.to_dict()["proj"] == "laea"
    assert crs.to_dict()["lat_0"] == pytest.approx(45.0) and crs.to_dict()["lon_0"] == pytest.approx(132.0)
    assert gt[1] == 100 and gt[5] == -100 and gt[0] % 100 == 0 and gt[3] % 100 == 0
    # covers the tiles: 0.04° ≈ 3.15 km east-west, 4.45 km north-south
    assert ours.shape[1] * 100 >= 2 * N * DEG * 111_320 * math.cos(math.radians(45.02)) - 1
    assert ours.shape[0] * 100 >= 2 * N * DEG * 111_000
    assert nodata == NODATA and struct.get("COMPRESSION") == "DEFLATE" and block == [256, 256]
    ref = gdalwarp(reference_fine, tmp_path / "ref.tif", str(out), "average")
    assert (ours == NODATA).sum() == (ref == NODATA).sum() > 0  # nodata agrees (the ESA 0 hole, the margin)
    np.testing.assert_array_equal(ours == NODATA, ref == NODATA)
    np.testing.assert_allclose(ours[ours != NODATA], ref[ref != NODATA], rtol=1e-5)
    assert result.shape == ours.shape and result.min_cost >= 1
    assert any("Memory budget" in n for n in notes) and any("Analysis grid" in n for n in notes)
    assert not any("no tile" in m for m in result.messages)


def test_seam_between_tiles_shows_no_artefact(tmp_path):
    """A uniform grassland strip across the seam of two tiles: every cell inside it is exactly 60 (tiger), and
    the whole raster equals the warp of the seamless block."""
    arr = landscape(N, seed=5, nodata_patch=False)
    arr[:, N - 60:N + 60] = 30  # 120 fine cells (≈ 0.01°, 700 m) across the vertical seam
    arr[N - 60:N + 60, :] = 30  # and across the horizontal one
    folder = tmp_path / "wc"
    write_tiles(folder, arr)
    out = tmp_path / "r.tif"
    build_resistance(folder, out, "amur_tiger", cell_size=100)
    (ours, gt, crs, _), _ = read(out)
    ref = gdalwarp(block_tif(tmp_path / "fine.tif", hand_cost(arr)), tmp_path / "ref.tif", str(out), "average")
    np.testing.assert_allclose(ours, ref, rtol=1e-5)
    # the cells whose centre lies within 200 m of the seam line x = 132°E are wholly in the strip: exactly 60
    to_ll = pyproj.Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    r, c = np.mgrid[0:ours.shape[0], 0:ours.shape[1]]
    lon, lat = to_ll.transform(gt[0] + (c + 0.5) * 100, gt[3] - (r + 0.5) * 100)
    near = (np.abs(lon - 132.0) * 111_320 * math.cos(math.radians(45)) < 200) & (np.abs(lat - 45.0) < 0.018)
    near |= (np.abs(lat - 45.0) * 111_000 < 200) & (np.abs(lon - 132.0) < 0.018)
    assert near.sum() > 40
    np.testing.assert_array_equal(ours[near], 60.0)


def test_mode_matches_gdalwarp_mode_on_the_classes(tmp_path, tiles, classes):
    folder, paths = tiles
    out = tmp_path / "mode.tif"
    result = build_resistance(sorted(paths.values()), out, "amur_tiger", cell_size=100, aggregate="mode")
    (ours, *_), _ = read(out)
    merged = block_tif(tmp_path / "classes.tif", classes, gdal.GDT_Byte, 0)
    mode = gdalwarp(merged, tmp_path / "mode_ref.tif", str(out), "mode", ot="Byte", nodata="0")
    expected = hand_cost(mode)
    np.testing.assert_array_equal(ours, expected)
    assert set(result.class_counts) <= set(TIGER)


def test_missing_tile_is_reported_with_its_name(tmp_path, classes, reference_fine):
    missing = NAMES[(0, 1)]  # N45E132: the north-east quarter
    folder = tmp_path / "wc"
    write_tiles(folder, classes, which=[n for n in NAMES.values() if n != missing])
    notes = []
    out = tmp_path / "r.tif"
    result = build_resistance(folder, out, "amur_tiger", cell_size=100, log=notes.append)
    gap = [m for m in result.messages if "has no tile" in m]
    assert len(gap) == 1 and gap[0] in notes  # printed as the run starts
    pct = float(gap[0].split(":")[1].split("%")[0])
    assert 24.0 < pct < 26.0
    assert "lon 132.000–132.020°, lat 45.000–45.020°" in gap[0]
    assert any(missing in m for m in result.messages)
    assert not any(NAMES[(1, 1)] in m for m in result.messages)
    # the quarter is nodata, the rest agrees with the reference with that quarter blanked
    arr = hand_cost(classes)
    arr[:N, N:] = NODATA
    (ours, *_), _ = read(out)
    ref = gdalwarp(block_tif(tmp_path / "fine.tif", arr), tmp_path / "ref.tif", str(out), "average")
    np.testing.assert_array_equal(ours == NODATA, ref == NODATA)
    np.testing.assert_allclose(ours[ours != NODATA], ref[ref != NODATA], rtol=1e-5)


def test_tile_in_another_crs_is_reprojected(tmp_path, classes, tiles, reference_fine):
    folder, paths = tiles
    utm_name = NAMES[(1, 1)]
    utm = tmp_path / utm_name
    subprocess.run(["gdalwarp", "-q", "-t_srs", "EPSG:32652", "-tr", "10", "10", "-r", "near", "-srcnodata", "0",
                    "-dstnodata", "0", paths[utm_name], str(utm)], check=True)
    mixed = [p for n, p in paths.items() if n != utm_name] + [str(utm)]
    out = tmp_path / "r.tif"
    result = build_resistance(mixed, out, "amur_tiger", cell_size=100)
    assert any("another CRS" in m and utm_name in m for m in result.messages)
    (ours, gt, crs, _), _ = read(out)
    # independent: the fine costs of the geographic tiles and of the UTM tile, warped by gdalwarp in one call
    geo = hand_cost(classes)
    geo[N:, N:] = NODATA
    ds = gdal.Open(str(utm))
    utm_cost = write_tif(tmp_path / "utm_cost.tif", hand_cost(ds.ReadAsArray()), ds.GetGeoTransform(),
                         ds.GetProjection(), -9999.0, gdal.GDT_Float32)
    ds = None
    ref = gdalwarp([block_tif(tmp_path / "geo.tif", geo), utm_cost], tmp_path / "ref.tif", str(out), "average")
    np.testing.assert_array_equal(ours == NODATA, ref == NODATA)
    np.testing.assert_allclose(ours[ours != NODATA], ref[ref != NODATA], rtol=1e-5)
    # and close to the all-geographic answer inside the reprojected tile (resampled once more, so not equal)
    allgeo = gdalwarp(reference_fine, tmp_path / "allgeo.tif", str(out), "average")
    to_ll = pyproj.Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    r, c = np.mgrid[0:ours.shape[0], 0:ours.shape[1]]
    lon, lat = to_ll.transform(gt[0] + (c + 0.5) * 100, gt[3] - (r + 0.5) * 100)
    inner = (lon > 132.002) & (lon < 132.018) & (lat > 44.982) & (lat < 44.998) & (allgeo != NODATA)
    assert inner.sum() > 100
    rel = np.abs(ours[inner] - allgeo[inner]) / allgeo[inner]
    assert np.median(rel) < 0.05 and np.mean(ours[inner]) == pytest.approx(np.mean(allgeo[inner]), rel=0.05)


def test_extent_target_crs_and_impassable_majority(tmp_path, tiles, classes):
    folder, _ = tiles
    table = tmp_path / "t.csv"
    table.write_text("class,cost\n10,1\n20,15\n30,60\n40,200\n50,impassable\n60,150\n80,150\n90,80\n100,150\n")
    out = tmp_path / "r.tif"
    extent = (131.99, 44.99, 132.01, 45.01)
    result = build_resistance(folder, out, "custom", table=table, cell_size=250, target_crs="EPSG:32652",
                              extent=extent, extent_crs="EPSG:4326")
    (ours, gt, crs, _), _ = read(out)
    assert crs.to_epsg() == 32652 and gt[1] == 250 and gt[0] % 250 == 0
    # reference: mean of the passable fine cells; a cell is impassable when > 50 % of its data cells are built-up
    cost = hand_cost(classes, {k: v for k, v in TIGER.items() if k != 50})
    built = np.where(classes == 0, -9999.0, (classes == 50).astype(np.float32))
    mean = gdalwarp(block_tif(tmp_path / "c.tif", cost), tmp_path / "m.tif", str(out), "average")
    frac = gdalwarp(block_tif(tmp_path / "b.tif", built), tmp_path / "f.tif", str(out), "average")
    expected = np.where((frac > 0.5) | (mean == NODATA), NODATA, mean)
    np.testing.assert_allclose(ours, expected, rtol=1e-5)
    assert np.all(np.isin(ours[frac > 0.5], [NODATA]))
    assert not any("has no tile" in m for m in result.messages)


def test_unknown_classes_listed_from_tiles(tmp_path, classes):
    arr = classes.copy()
    arr[5:9, 5:9] = 77  # a class no table has
    folder = tmp_path / "wc"
    write_tiles(folder, arr)
    with pytest.raises(InputError, match=r"77 \(16 cells\)"):
        build_resistance(folder, tmp_path / "r.tif", "amur_tiger", cell_size=100)
    assert not (tmp_path / "r.tif").exists()
    result = build_resistance(folder, tmp_path / "r.tif", "amur_tiger", cell_size=100, unknown="impassable")
    assert result.nodata_cells > 0 and (tmp_path / "r.tif").exists()


def test_bad_tiles_and_cancel(tmp_path, tiles):
    folder, paths = tiles
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="holds no raster tiles"):
        build_resistance(tmp_path / "empty", tmp_path / "r.tif", "amur_tiger")
    with pytest.raises(InputError, match="not found"):
        build_resistance([str(tmp_path / "nope.tif")], tmp_path / "r.tif", "amur_tiger")
    floats = write_tif(tmp_path / "float.tif", np.full((10, 10), 10.5, np.float32), tile_geotransform(0, 0, 10),
                       wgs84(), None, gdal.GDT_Float32)
    with pytest.raises(InputError, match="integer class codes"):
        build_resistance([floats], tmp_path / "r.tif", "amur_tiger")
    with pytest.raises(InputError, match="does not overlap"):
        build_resistance(folder, tmp_path / "r.tif", "amur_tiger", extent=(10, 10, 11, 11), extent_crs="EPSG:4326")
    with pytest.raises(InputError, match="TARGET_CRS"):
        build_resistance(folder, tmp_path / "r.tif", "amur_tiger", target_crs="EPSG:4326")
    calls = []
    with pytest.raises(Cancelled):
        build_resistance(folder, tmp_path / "r.tif", "amur_tiger", cell_size=20, block_cells=160 * 20,
                         progress=lambda f: calls.append(f) or len(calls) < 3)
    assert not (tmp_path / "r.tif").exists() and len(calls) == 3


def test_dem_tiles_slope_in_metres_after_reprojection(tmp_path):
    """Two GLO-30-named DEM tiles (1/3600°) of a plane tilted 35° in the analysis CRS: after reprojection to
    100 m the tiger's forest cost is ×1.5 everywhere (30–45°)."""
    forest = np.full((2 * N, 2 * N), 10, np.uint8)
    folder = tmp_path / "wc"
    write_tiles(folder, forest)
    laea = pyproj.CRS.from_proj4("+proj=laea +lat_0=45 +lon_0=132 +x_0=0 +y_0=0 +ellps=WGS84 +units=m")
    to_xy = pyproj.Transformer.from_crs("EPSG:4326", laea, always_xy=True)
    g = math.tan(math.radians(35.0))
    dem_paths = []
    for i, lon0 in enumerate((131.97, 132.0)):
        cell = 1 / 3600
        n = int(round(0.03 / cell))
        r, c = np.mgrid[0:int(round(0.06 / cell)), 0:n]
        x, y = to_xy.transform(lon0 + (c + 0.5) * cell, 45.03 - (r + 0.5) * cell)
        z = (g * (0.6 * x + 0.8 * y) + 2000).astype(np.float32)
        name = f"Copernicus_DSM_COG_10_N44_00_E13{1 + i}_00_DEM.tif"
        dem_paths.append(write_tif(tmp_path / name, z, (lon0, cell, 0, 45.03, 0, -cell), wgs84(), None,
                                   gdal.GDT_Float32))
    out = tmp_path / "r.tif"
    result = build_resistance(folder, out, "amur_tiger", cell_size=100, dem=dem_paths)
    (ours, *_), _ = read(out)
    np.testing.assert_allclose(ours, 1.5)
    assert any("DEM: 2 tile(s)" in m for m in result.messages)
