"""``neaspec:pinchpoints`` through Processing on real GeoTIFF and GeoPackage files."""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import pyproj
import pytest
import shapely
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsVectorLayer

from neaspec_planner.core.raster_io import write_raster
from neaspec_planner.core.vector_io import read_vector, write_vector

CRS = pyproj.CRS.from_epsg(3035)
CELL = 100.0
X0, Y0 = 4_300_000.0, 3_000_000.0
GT = (X0, CELL, 0.0, Y0, 0.0, -CELL)


def cell_box(r0, c0, nr=1, nc=1):
    return shapely.box(X0 + c0 * CELL, Y0 - (r0 + nr) * CELL, X0 + (c0 + nc) * CELL, Y0 - r0 * CELL)


def centre(r, c):
    return shapely.Point(X0 + (c + 0.5) * CELL, Y0 - (r + 0.5) * CELL)


@pytest.fixture
def files(tmp_path: Path) -> dict:
    data = tmp_path / "in"
    data.mkdir()
    # a strip of width 1 between two points: its resistance is the series sum of the edges
    strip = np.full((3, 8), -9999.0, np.float32)
    strip[1] = [2, 5, 1, 8, 3, 4, 1, 2]
    write_raster(data / "strip.tif", strip, GT, CRS, nodata=-9999.0)
    write_vector(data / "points.gpkg", np.array([centre(1, 0), centre(1, 7)], dtype=object),
                 pd.DataFrame({"site": ["west", "east"]}), CRS, "points")
    # two cores left and right of a wall with one gap (row 20, column 30) and the border on column 31
    land = np.ones((40, 60), np.float32)
    land[:, 30] = -9999.0
    land[20, 30] = 1.0
    write_raster(data / "land.tif", land, GT, CRS, nodata=-9999.0)
    write_vector(data / "cores.gpkg", np.array([cell_box(15, 5, 10, 5), cell_box(15, 50, 10, 5)], dtype=object),
                 pd.DataFrame({"core_id": [1, 2]}), CRS, "cores")
    split = X0 + 31 * CELL
    write_vector(data / "countries.gpkg", np.array([shapely.box(X0 - 1e4, Y0 - 1e4, split, Y0 + 1e4),
                                                    shapely.box(split, Y0 - 1e4, X0 + 1e5, Y0 + 1e4)], dtype=object),
                 pd.DataFrame({"ISO_A3": ["CHN", "RUS"]}), CRS, "countries")
    out = tmp_path / "out"
    out.mkdir()
    return {"data": data, "out": out}


def test_pairwise_series_sum_table_and_current(run_alg, files):
    data, out = files["data"], files["out"]
    result = run_alg("neaspec:pinchpoints", {
        "RESISTANCE": str(data / "strip.tif"), "FOCAL": str(data / "points.gpkg"), "FOCAL_ID": "site",
        "CONNECTIONS": 8, "AVERAGE": "resistance", "RESISTANCES": str(out / "r.gpkg"),
        "CURRENT": str(out / "current.tif"), "PINCHES": str(out / "pinches.gpkg")})
    table = read_vector(result["RESISTANCES"]).attributes
    assert list(table.columns) == ["from_id", "to_id", "resistance"]
    r = np.array([2, 5, 1, 8, 3, 4, 1, 2], float)
    assert table["resistance"].iloc[0] == pytest.approx(np.sum((r[:-1] + r[1:]) / 2), rel=1e-9)
    ds = gdal.Open(result["CURRENT"])
    band = ds.GetRasterBand(1)
    current = band.ReadAsArray()
    assert band.GetNoDataValue() == -9999.0 and band.DataType == gdal.GDT_Float32
    assert (current[[0, 2]] == -9999.0).all()
    np.testing.assert_allclose(current[1], 1.0, rtol=1e-6)
    assert QgsRasterLayer(result["CURRENT"], "c").crs().authid() == "EPSG:3035"
    pinches = QgsVectorLayer(result["PINCHES"], "p", "ogr")
    assert pinches.isValid() and pinches.featureCount() == 0
    # conductance input: the reciprocal raster gives the same resistance
    cond = np.where(gdal.Open(str(data / "strip.tif")).ReadAsArray() > 0,
                    1.0 / np.abs(gdal.Open(str(data / "strip.tif")).ReadAsArray()), -9999.0).astype(np.float32)
    write_raster(data / "cond.tif", cond, GT, CRS, nodata=-9999.0)
    again = run_alg("neaspec:pinchpoints", {
        "RESISTANCE": str(data / "cond.tif"), "RESISTANCE_IS": "conductance", "FOCAL": str(data / "points.gpkg"),
        "FOCAL_ID": "site", "CONNECTIONS": 4, "RESISTANCES": str(out / "r2.gpkg"),
        "CURRENT": str(out / "c2.tif"), "PINCHES": str(out / "p2.gpkg")})
    assert read_vector(again["RESISTANCES"]).attributes["resistance"].iloc[0] == pytest.approx(
        table["resistance"].iloc[0], rel=1e-6)


def test_corridor_mode_after_the_corridor_tool(run_alg, files):
    data, out = files["data"], files["out"]
    corridors = run_alg("neaspec:corridors", {
        "CORES": str(data / "cores.gpkg"), "CORE_ID": "core_id", "RESISTANCE": str(data / "land.tif"),
        "MAX_DISTANCE": 5000.0, "CORRIDOR_WIDTH": 800.0, "LINKS": str(out / "links.gpkg"),
        "CORRIDORS": str(out / "corridors.tif"), "GAPS": str(out / "gaps.gpkg")})
    result = run_alg("neaspec:pinchpoints", {
        "RESISTANCE": str(data / "land.tif"), "FOCAL": str(data / "cores.gpkg"), "FOCAL_ID": "core_id",
        "CORRIDORS": corridors["CORRIDORS"], "LINKS": corridors["LINKS"], "COUNTRIES": str(data / "countries.gpkg"),
        "CONNECTIONS": 8, "RESISTANCES": str(out / "r.gpkg"), "CURRENT": str(out / "current.tif"),
        "PINCHES": str(out / "pinches.gpkg")})
    table = read_vector(result["RESISTANCES"]).attributes
    assert table[["from_id", "to_id"]].values.tolist() == [[1, 2]]
    assert table["resistance"].iloc[0] > 0
    current = gdal.Open(result["CURRENT"]).ReadAsArray()
    corridor = gdal.Open(corridors["CORRIDORS"]).ReadAsArray()
    assert current[20, 30] == pytest.approx(1.0, rel=1e-5)  # the whole 1 A passes the gap
    outside = (corridor == -9999.0)
    outside[15:25, 5:10] = outside[15:25, 50:55] = False
    assert (current[outside] == -9999.0).all()  # solved inside the corridor only
    pinches = read_vector(result["PINCHES"])
    assert list(pinches.attributes.columns) == ["link", "country", "area_ha", "max_current"]
    assert set(pinches.attributes["link"]) == {"1-2"}
    gap = pinches.geometry[np.asarray(shapely.contains(pinches.geometry, centre(20, 30)))]
    assert len(gap) == 1  # the gap is a pinch point
    row = pinches.attributes[np.asarray(shapely.contains(pinches.geometry, centre(20, 30)))].iloc[0]
    assert row["country"] == "CHN" and row["max_current"] == pytest.approx(1.0, rel=1e-5)
    assert (pinches.attributes["area_ha"] > 0).all()
    assert pinches.attributes["area_ha"].sum() == pytest.approx(
        sum(shapely.area(g) for g in pinches.geometry) / 1e4, rel=1e-3)


def test_bad_input_is_a_clear_error_and_writes_nothing(run_alg, files, tmp_path):
    data, out = files["data"], files["out"]
    bad = np.ones((5, 5), np.float32)
    bad[2, 2] = 0.0
    write_raster(tmp_path / "zero.tif", bad, GT, CRS, nodata=-9999.0)
    with pytest.raises(QgsProcessingException, match="zero or negative resistance"):
        run_alg("neaspec:pinchpoints", {
            "RESISTANCE": str(tmp_path / "zero.tif"), "FOCAL": str(data / "points.gpkg"), "FOCAL_ID": "site",
            "RESISTANCES": str(out / "r.gpkg"), "CURRENT": str(out / "c.tif"), "PINCHES": str(out / "p.gpkg")})
    assert os.listdir(out) == []


def test_styles_load(files):
    from qgis.core import QgsSingleBandPseudoColorRenderer

    from neaspec_planner.paths import resource_path
    from neaspec_planner.processing.base import stretch_ramp
    from neaspec_planner.processing.pinchpoints import CurrentStyle

    layer = QgsRasterLayer(str(files["data"] / "land.tif"), "c")
    assert layer.loadNamedStyle(str(resource_path("styles", "current.qml")))[1]
    stretch_ramp(layer, 0.25, CurrentStyle.label_format)
    renderer = layer.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    assert items[0].value == 0 and items[-1].value == pytest.approx(0.25)
    assert items[-1].label == "0.25"
    vector = QgsVectorLayer(str(files["data"] / "cores.gpkg"), "v", "ogr")
    assert vector.loadNamedStyle(str(resource_path("styles", "pinches.qml")))[1]
