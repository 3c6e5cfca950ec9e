"""``neaspec:resistance`` through Processing on real files; expected costs typed by hand from the research note."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsRasterLayer

from neaspec_planner.core.raster_io import write_raster
from neaspec_planner.core.vector_io import write_vector
from neaspec_planner.paths import resource_path

GT = (700_000.0, 10.0, 0.0, 4_800_000.0, 0.0, -10.0)
UTM = "EPSG:32652"
ESA_ROW = np.array([[10, 30, 40, 60, 80, 90, 0]], dtype=np.uint8)
# tree, grassland, cropland, bare, water, wetland, nodata — §3 of species-resistance.md (ED values)
HAND = {
    "amur_tiger": [1, 60, 200, 150, 150, 80],
    "amur_leopard": [1, 100, 300, 200, 300, 150],
    "snow_leopard": [40, 5, 300, 1, 300, 100],
    "crane": [500, 30, 20, 150, 5, 1],
}


def read(path):
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    arr, nodata, dtype = band.ReadAsArray(), band.GetNoDataValue(), band.DataType
    return arr, nodata, dtype


@pytest.fixture
def esa(tmp_path):
    path = tmp_path / "worldcover.tif"
    write_raster(path, np.repeat(ESA_ROW, 3, axis=0), GT, UTM, nodata=0)
    return str(path)


@pytest.mark.parametrize("profile", sorted(HAND))
def test_each_profile(run_alg, esa, tmp_path, profile):
    out = tmp_path / f"{profile}.tif"
    result = run_alg("neaspec:resistance", {"LANDCOVER": esa, "PROFILE": profile, "OUTPUT": str(out)})
    arr, nodata, dtype = read(result["OUTPUT"])
    assert dtype == gdal.GDT_Float32 and nodata == -9999
    expected = np.array(HAND[profile] + [-9999], dtype=np.float32)
    np.testing.assert_array_equal(arr, np.repeat(expected[None, :], 3, axis=0))


def test_custom_table_and_unknown_classes(run_alg, tmp_path):
    lc = tmp_path / "classes.tif"
    write_raster(lc, np.array([[1, 2, 3], [3, 2, 9]], dtype=np.int16), GT, UTM)
    table = tmp_path / "мои_классы.csv"  # non-ASCII path
    table.write_text("class,cost\n1,1\n2,impassable\n3,42.5\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"9 \(1 cells\)"):
        run_alg("neaspec:resistance", {"LANDCOVER": str(lc), "PROFILE": "custom", "TABLE": str(table),
                                       "OUTPUT": str(tmp_path / "r.tif")})
    assert not (tmp_path / "r.tif").exists()
    run_alg("neaspec:resistance", {"LANDCOVER": str(lc), "PROFILE": "custom", "TABLE": str(table),
                                   "UNKNOWN_IMPASSABLE": True, "OUTPUT": str(tmp_path / "r.tif")})
    np.testing.assert_array_equal(read(tmp_path / "r.tif")[0], [[1, -9999, 42.5], [42.5, -9999, -9999]])
    with pytest.raises(QgsProcessingException, match="TABLE"):
        run_alg("neaspec:resistance", {"LANDCOVER": str(lc), "PROFILE": "custom", "OUTPUT": str(tmp_path / "c.tif")})
    bad = tmp_path / "bad.csv"
    bad.write_text("class,cost\n1,1\n2,0\n")
    with pytest.raises(QgsProcessingException, match="line 3"):
        run_alg("neaspec:resistance", {"LANDCOVER": str(lc), "PROFILE": "custom", "TABLE": str(bad),
                                       "OUTPUT": str(tmp_path / "c.tif")})


def test_barriers_from_a_layer(run_alg, tmp_path):
    lc = tmp_path / "forest.tif"
    write_raster(lc, np.full((40, 40), 10, dtype=np.uint8), GT, UTM, nodata=0)
    road = shapely.LineString([(700_005, 4_799_795), (700_395, 4_799_795)])     # row 20, along x
    track = shapely.LineString([(700_105, 4_799_995), (700_105, 4_799_605)])    # col 10, along y
    roads = tmp_path / "roads.gpkg"
    write_vector(roads, np.array([road, track], dtype=object),
                 pd.DataFrame({"highway": ["secondary", "track"], "cost": [None, None]}), UTM,
                 geometry_type="LineString")
    out = tmp_path / "r.tif"
    run_alg("neaspec:resistance", {"LANDCOVER": str(lc), "PROFILE": "amur_leopard", "BARRIERS": str(roads),
                                   "BARRIER_WIDTH": 24, "OUTPUT": str(out)})
    arr = read(out)[0]
    # Leopard (ED): secondary 300, track 30, forest 1. Width 24 m: 12 m each side of the road (205 m below the
    # top edge → rows 19..21) and of the track (105 m from the left edge → columns 9..11); the larger cost wins.
    expected = np.ones((40, 40))
    expected[:, 9:12] = 30
    expected[19:22, :] = 300
    np.testing.assert_array_equal(arr, expected)


def test_barrier_type_and_field_options(run_alg, tmp_path):
    lc = tmp_path / "grass.tif"
    write_raster(lc, np.full((10, 10), 30, dtype=np.uint8), GT, UTM, nodata=0)
    line = shapely.LineString([(700_000, 4_799_955), (700_100, 4_799_955)])
    lines = tmp_path / "lines.gpkg"
    write_vector(lines, np.array([line], dtype=object), pd.DataFrame({"kind": ["footway"], "r": [777.0]}), UTM,
                 geometry_type="LineString")
    run_alg("neaspec:resistance", {"LANDCOVER": str(lc), "PROFILE": "snow_leopard", "BARRIERS": str(lines),
                                   "BARRIER_FIELD": "r", "BARRIER_WIDTH": 5, "OUTPUT": str(tmp_path / "a.tif")})
    arr = read(tmp_path / "a.tif")[0]
    assert np.all(arr[4] == 777) and np.all(arr[np.r_[0:4, 5:10]] == 5)
    run_alg("neaspec:resistance", {"LANDCOVER": str(lc), "PROFILE": "snow_leopard", "BARRIERS": str(lines),
                                   "BARRIER_WIDTH": 5, "OUTPUT": str(tmp_path / "b.tif")})
    assert np.all(read(tmp_path / "b.tif")[0][4] == 1000)      # no cost, no type: ED default 1000
    run_alg("neaspec:resistance", {"LANDCOVER": str(lc), "PROFILE": "snow_leopard", "BARRIERS": str(lines),
                                   "BARRIER_WIDTH": 5, "BARRIER_COST": 250, "OUTPUT": str(tmp_path / "c.tif")})
    assert np.all(read(tmp_path / "c.tif")[0][4] == 250)


def test_dem_slope_term(run_alg, tmp_path):
    lc = tmp_path / "crop.tif"
    write_raster(lc, np.full((12, 12), 40, dtype=np.uint8), GT, UTM, nodata=0)
    dem = tmp_path / "dem.tif"
    r, c = np.mgrid[0:12, 0:12]
    write_raster(dem, (c * 10 * np.tan(np.radians(8.0)) + 100).astype(np.float32), GT, UTM)
    run_alg("neaspec:resistance", {"LANDCOVER": str(lc), "PROFILE": "crane", "DEM": str(dem),
                                   "OUTPUT": str(tmp_path / "r.tif")})
    np.testing.assert_allclose(read(tmp_path / "r.tif")[0], 20 * 5)   # cropland 20 ×5 above 5° (ED)


def test_geographic_raster_reprojected_and_geographic_target_refused(run_alg, tmp_path):
    lc = tmp_path / "lonlat.tif"
    write_raster(lc, np.full((50, 50), 10, dtype=np.uint8), (130.0, 0.001, 0, 43.0, 0, -0.001), "EPSG:4326")
    run_alg("neaspec:resistance", {"LANDCOVER": str(lc), "PROFILE": "amur_tiger", "OUTPUT": str(tmp_path / "r.tif")})
    ds = gdal.Open(str(tmp_path / "r.tif"))
    assert ds.GetGeoTransform()[1] == 100 and "Lambert" in ds.GetProjection()
    ds = None
    with pytest.raises(QgsProcessingException, match="projected"):
        run_alg("neaspec:resistance", {"LANDCOVER": str(lc), "PROFILE": "amur_tiger", "TARGET_CRS": "EPSG:4326",
                                       "OUTPUT": str(tmp_path / "g.tif")})
    assert not (tmp_path / "g.tif").exists()


def test_cancel_leaves_no_output(run_alg, tmp_path):
    lc = tmp_path / "big.tif"
    write_raster(lc, np.full((2100, 2000), 10, dtype=np.uint8), GT, UTM, nodata=0)  # two row blocks
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 0 else None)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg("neaspec:resistance", {"LANDCOVER": str(lc), "PROFILE": "amur_tiger",
                                       "OUTPUT": str(tmp_path / "r.tif")}, feedback=feedback)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.tif"]


def test_style_loads_as_a_ramp(run_alg, esa, tmp_path):
    out = run_alg("neaspec:resistance", {"LANDCOVER": esa, "PROFILE": "amur_tiger",
                                         "OUTPUT": str(tmp_path / "r.tif")})["OUTPUT"]
    layer = QgsRasterLayer(out, "r")
    message, ok = layer.loadNamedStyle(str(resource_path("styles", "resistance.qml")))
    assert ok, message
    assert layer.renderer().type() == "singlebandpseudocolor"
    items = layer.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert [i.value for i in items][:3] == [1, 3, 10] and items[-1].value >= 1000


# ------------------------------------------------------------------------------------------------ tiles (issue 16)


def test_several_worldcover_tiles_through_processing(run_alg, tmp_path):
    """Four WorldCover-format tiles (EPSG:4326) as a list of layers → 100 m resistance in the LAEA of their extent,
    equal to gdalwarp's average of the fine cost raster computed independently; a folder gives the same raster."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from tiles_helpers import block_tif, gdalwarp, hand_cost, landscape, write_tiles

    classes = landscape(240, seed=7)
    paths = write_tiles(tmp_path / "wc", classes)
    feedback = Feedback()
    out = tmp_path / "r.tif"
    result = run_alg("neaspec:resistance", {"LANDCOVER": sorted(paths.values()), "PROFILE": "amur_tiger",
                                            "CELL_SIZE": 100, "AGGREGATE": "mean", "OUTPUT": str(out)}, feedback)
    ours, nodata, dtype = read(result["OUTPUT"])
    assert dtype == gdal.GDT_Float32 and nodata == -9999
    ref = gdalwarp(block_tif(tmp_path / "fine.tif", hand_cost(classes)), tmp_path / "ref.tif", str(out), "average")
    np.testing.assert_array_equal(ours == -9999, ref == -9999)
    np.testing.assert_allclose(ours[ours != -9999], ref[ref != -9999], rtol=1e-5)
    assert any("Memory budget" in m for m in feedback.infos)
    layer = QgsRasterLayer(str(out), "r")
    assert layer.isValid() and layer.crs().toProj().startswith("+proj=laea")
    # a folder, with the north-east tile removed: the gap is reported as a warning naming the tile
    (tmp_path / "wc" / "ESA_WorldCover_10m_2021_v200_N45E132_Map.tif").unlink()
    feedback = Feedback()
    run_alg("neaspec:resistance", {"LANDCOVER": str(tmp_path / "wc"), "PROFILE": "amur_tiger", "CELL_SIZE": 100,
                                   "OUTPUT": str(tmp_path / "gap.tif")}, feedback)
    assert any("ESA_WorldCover_10m_2021_v200_N45E132_Map.tif" in w for w in feedback.warnings)
    assert any("has no tile" in w for w in feedback.warnings)


def test_tiles_mode_and_target_crs_through_processing(run_alg, tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from tiles_helpers import block_tif, gdalwarp, hand_cost, landscape, write_tiles

    classes = landscape(240, seed=8)
    paths = write_tiles(tmp_path / "wc", classes)
    out = tmp_path / "mode.tif"
    run_alg("neaspec:resistance", {"LANDCOVER": sorted(paths.values()), "PROFILE": "amur_tiger", "CELL_SIZE": 200,
                                   "TARGET_CRS": "EPSG:32652", "EXTENT": "131.99,132.01,44.99,45.01 [EPSG:4326]",
                                   "AGGREGATE": "mode", "OUTPUT": str(out)})
    ours, _, _ = read(out)
    ds = gdal.Open(str(out))
    assert "32652" in ds.GetProjection() and ds.GetGeoTransform()[1] == 200
    ds = None
    mode = gdalwarp(block_tif(tmp_path / "c.tif", classes, gdal.GDT_Byte, 0), tmp_path / "m.tif", str(out), "mode",
                    ot="Byte", nodata="0")
    np.testing.assert_array_equal(ours, hand_cost(mode))


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos, self.warnings = [], []

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)
        super().pushWarning(warning)


def test_a_raster_given_as_a_path_gets_nothing_written_beside_it(run_alg, tmp_path):
    """processing.run checks a raster parameter by loading the layer (QGIS computes its statistics) before
    processAlgorithm: the input's folder must stay as it was (no ``.aux.xml``)."""
    import gc
    import shutil

    data = tmp_path / "downloads"
    data.mkdir()
    lc = data / "landcover.tif"
    shutil.copy(resource_path("demo", "landcover_tumen.tif"), lc)
    run_alg("neaspec:resistance", {"LANDCOVER": str(lc), "PROFILE": "amur_tiger", "OUTPUT": str(tmp_path / "r.tif")})
    gc.collect()
    assert sorted(p.name for p in data.iterdir()) == ["landcover.tif"]
