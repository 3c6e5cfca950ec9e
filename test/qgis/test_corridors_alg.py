"""``neaspec:corridors`` and ``neaspec:compare_options`` through Processing on real files."""
from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pyproj
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsRasterLayer, QgsVectorLayer, QgsWkbTypes

from neaspec_planner.core.raster_io import write_raster
from neaspec_planner.core.vector_io import read_vector, write_vector

CRS = pyproj.CRS.from_epsg(3035)
CELL = 100.0
X0, Y0 = 4_300_000.0, 3_000_000.0
GT = (X0, CELL, 0.0, Y0, 0.0, -CELL)
LINK_FIELDS = ["from_id", "to_id", "lcd", "euclid_m", "path_m", "cwd_to_euclid", "cwd_to_path", "countries",
               "transboundary", "unprotected_m", "rank"]


def cell_box(r0, c0, nr=1, nc=1):
    return shapely.box(X0 + c0 * CELL, Y0 - (r0 + nr) * CELL, X0 + (c0 + nc) * CELL, Y0 - r0 * CELL)


@pytest.fixture
def inputs(tmp_path: Path) -> dict:
    data = tmp_path / "in"
    data.mkdir()
    costs = np.ones((100, 120), np.float32)
    costs[:, 80] = 500.0  # a road
    res = data / "resistance.tif"
    write_raster(res, costs, GT, CRS, nodata=-9999.0)
    cores = data / "cores.gpkg"
    boxes = [cell_box(20, 10, 5, 5), cell_box(20, 50, 5, 5), cell_box(20, 100, 5, 5), cell_box(98, 60, 2, 2)]
    write_vector(cores, np.array(boxes, dtype=object),
                 pd.DataFrame({"core_id": [1, 2, 3, 4], "name": ["Земля леопарда", "东北虎豹", "Kedrovaya", "x"]}),
                 CRS, "cores")
    countries = data / "countries.gpkg"
    split = X0 + 70 * CELL
    write_vector(countries, np.array([shapely.box(X0 - 1e4, Y0 - 2e4, split, Y0 + 1e4),
                                      shapely.box(split, Y0 - 2e4, X0 + 1e5, Y0 + 1e4)], dtype=object),
                 pd.DataFrame({"ISO_A3": ["CHN", "RUS"]}), CRS, "countries")
    pas = data / "pas.gpkg"
    write_vector(pas, np.array([cell_box(0, 20, 100, 10)], dtype=object), pd.DataFrame({"NAME": ["PA"]}), CRS,
                 "pas")
    crossing = data / "crossing.gpkg"
    write_vector(crossing, np.array([cell_box(22, 80).buffer(-20)], dtype=object),
                 pd.DataFrame({"type": ["crossing"]}), CRS, "crossing")
    other = data / "cheap_road.tif"
    cheap = costs.copy()
    cheap[:, 80] = 2.0
    write_raster(other, cheap, GT, CRS)
    out = tmp_path / "out"
    out.mkdir()
    return {"res": str(res), "cores": str(cores), "countries": str(countries), "pas": str(pas),
            "crossing": str(crossing), "other": str(other), "out": out}


def test_corridors_outputs(run_alg, inputs):
    out = inputs["out"]
    result = run_alg("neaspec:corridors", {
        "CORES": inputs["cores"], "CORE_ID": "core_id", "RESISTANCE": inputs["res"], "MAX_DISTANCE": 5000.0,
        "CORRIDOR_WIDTH": 2000.0, "COUNTRIES": inputs["countries"], "PROTECTED": inputs["pas"],
        "LINKS": str(out / "links.gpkg"), "CORRIDORS": str(out / "corridors.tif"), "GAPS": str(out / "gaps.gpkg")})
    links = QgsVectorLayer(result["LINKS"], "links", "ogr")
    assert links.isValid()
    assert QgsWkbTypes.geometryType(links.wkbType()) == QgsWkbTypes.LineGeometry
    assert [f.name() for f in links.fields() if f.name() != "fid"] == LINK_FIELDS
    data = read_vector(result["LINKS"])
    pairs = set(zip(data.attributes["from_id"], data.attributes["to_id"]))
    assert pairs == {(1, 2), (2, 3)}  # core 4 is > 5 km from all, 1–3 too far
    row = data.attributes.set_index(["from_id", "to_id"])
    # uniform cost 1 between cores 1 and 2 on the same rows: gap 35 cells + one cell between the cell centres
    assert row.loc[(1, 2), "lcd"] == pytest.approx(36 * CELL)
    assert row.loc[(1, 2), "euclid_m"] == pytest.approx(35 * CELL)
    assert row.loc[(1, 2), "countries"] == "CHN" and row.loc[(1, 2), "transboundary"] == 0
    assert row.loc[(2, 3), "countries"] == "CHN,RUS" and row.loc[(2, 3), "transboundary"] == 1
    # 46 steps between the cell centres; the two touching the road cell cost (1 + 500) / 2 each
    assert row.loc[(2, 3), "lcd"] == pytest.approx((44 + 501) * CELL)
    assert row.loc[(1, 2), "unprotected_m"] == pytest.approx(row.loc[(1, 2), "path_m"] - 10 * CELL)
    assert sorted(data.attributes["rank"]) == [1, 2]
    corridors = QgsRasterLayer(result["CORRIDORS"], "c")
    assert corridors.isValid() and corridors.crs().authid() == "EPSG:3035"
    gaps = read_vector(result["GAPS"])
    assert list(gaps.attributes.columns) == ["link", "country", "area_ha"]
    assert set(gaps.attributes["country"]) <= {"CHN", "RUS"}
    assert (gaps.attributes["area_ha"] > 0).all()


def test_corridors_geographic_raster_error(run_alg, inputs, tmp_path):
    geo = tmp_path / "geo.tif"
    write_raster(geo, np.ones((10, 10), np.float32), (130.0, 0.01, 0, 43.0, 0, -0.01), "EPSG:4326")
    with pytest.raises(QgsProcessingException, match="geographic"):
        run_alg("neaspec:corridors", {
            "CORES": inputs["cores"], "CORE_ID": "core_id", "RESISTANCE": str(geo), "MAX_DISTANCE": 5000.0,
            "CORRIDOR_WIDTH": 0.0, "LINKS": str(inputs["out"] / "l.gpkg"),
            "CORRIDORS": str(inputs["out"] / "c.tif"), "GAPS": str(inputs["out"] / "g.gpkg")})
    assert os.listdir(inputs["out"]) == []


class CancelAfter(QgsProcessingFeedback):
    """Presses cancel once the run reports ``fraction`` of its progress."""

    def __init__(self, percent: float) -> None:
        super().__init__()
        self.percent = percent
        self.progressChanged.connect(self._check)

    def _check(self, value: float) -> None:
        if value >= self.percent:
            self.cancel()


def test_cancel_leaves_no_files(run_alg, inputs):
    out = inputs["out"]
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg("neaspec:corridors", {
            "CORES": inputs["cores"], "CORE_ID": "core_id", "RESISTANCE": inputs["res"], "MAX_DISTANCE": 5000.0,
            "CORRIDOR_WIDTH": 2000.0, "LINKS": str(out / "links.gpkg"), "CORRIDORS": str(out / "corridors.tif"),
            "GAPS": str(out / "gaps.gpkg")}, feedback=CancelAfter(10))
    assert os.listdir(out) == []  # no output, no temporary folder
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg("neaspec:compare_options", {
            "CORES": inputs["cores"], "CORE_ID": "core_id", "BASELINE": inputs["res"],
            "OPTIONS": [inputs["crossing"]], "MAX_DISTANCE": 5000.0, "CORRIDOR_WIDTH": 2000.0,
            "TABLE": str(out / "table.gpkg"), "CHANGES": str(out / "changes")}, feedback=CancelAfter(60))
    assert os.listdir(out) == []


def test_compare_options_through_processing(run_alg, inputs):
    out = inputs["out"]
    result = run_alg("neaspec:compare_options", {
        "CORES": inputs["cores"], "CORE_ID": "core_id", "BASELINE": inputs["res"],
        "OPTIONS": [inputs["crossing"], inputs["other"]], "MAX_DISTANCE": 5000.0, "CORRIDOR_WIDTH": 2000.0,
        "PROTECTED": inputs["pas"], "TABLE": str(out / "table.gpkg"), "CHANGES": str(out / "changes")})
    table = read_vector(result["TABLE"]).attributes
    assert list(table.columns) == ["link", "option", "lcd", "lcd_change_pct", "cwd_to_euclid", "gap_ha"]
    assert sorted(set(table["option"])) == ["baseline", "cheap_road", "crossing"]
    assert len(table) == 2 * 3
    t = table.set_index(["link", "option"])
    base = (44 + 501) * CELL
    assert t.loc[("2-3", "baseline"), "lcd"] == pytest.approx(base)
    assert t.loc[("2-3", "crossing"), "lcd"] == pytest.approx(46 * CELL)       # the road cell now costs 1
    assert t.loc[("2-3", "cheap_road"), "lcd"] == pytest.approx((44 + 3) * CELL)
    assert t.loc[("2-3", "crossing"), "lcd_change_pct"] == pytest.approx(100 * (46 * CELL - base) / base)
    assert t.loc[("1-2", "crossing"), "lcd_change_pct"] == pytest.approx(0)
    assert math.isclose(t.loc[("1-2", "baseline"), "cwd_to_euclid"], 36 / 35)
    files = sorted(os.listdir(result["CHANGES"]))
    assert files == ["changes_cheap_road.tif", "changes_crossing.tif"]
    layer = QgsRasterLayer(str(Path(result["CHANGES"]) / "changes_crossing.tif"), "ch")
    assert layer.isValid()
    from osgeo import gdal

    arr = gdal.Open(str(Path(result["CHANGES"]) / "changes_crossing.tif")).ReadAsArray()
    assert set(np.unique(arr)) <= {-9999, -1, 0, 1}
    assert arr[22, 80] in (0, 1)


def test_styles_load_and_ramp_stretches(run_alg, inputs):
    from qgis.core import QgsSingleBandPseudoColorRenderer

    from neaspec_planner.paths import resource_path
    from neaspec_planner.processing.base import stretch_ramp

    out = inputs["out"]
    result = run_alg("neaspec:corridors", {
        "CORES": inputs["cores"], "CORE_ID": "core_id", "RESISTANCE": inputs["res"], "MAX_DISTANCE": 5000.0,
        "CORRIDOR_WIDTH": 2500.0, "COUNTRIES": inputs["countries"], "PROTECTED": inputs["pas"],
        "LINKS": str(out / "links.gpkg"), "CORRIDORS": str(out / "corridors.tif"), "GAPS": str(out / "gaps.gpkg")})
    corridors = QgsRasterLayer(result["CORRIDORS"], "c")
    _, ok = corridors.loadNamedStyle(str(resource_path("styles", "corridors.qml")))
    assert ok
    stretch_ramp(corridors, 2500.0)
    renderer = corridors.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    assert items[0].value == 0 and items[-1].value == pytest.approx(2500.0)
    for path, qml in ((result["LINKS"], "links.qml"), (result["GAPS"], "corridor_gaps.qml")):
        layer = QgsVectorLayer(path, "v", "ogr")
        _, ok = layer.loadNamedStyle(str(resource_path("styles", qml)))
        assert ok, qml
    changes = QgsRasterLayer(result["CORRIDORS"], "ch")
    assert changes.loadNamedStyle(str(resource_path("styles", "changes.qml")))[1]


@pytest.mark.parametrize("drop", [True, False])
def test_drop_through_cores(run_alg, inputs, drop):
    """Cores 1, 2, 3 in a row on uniform land (the road costs 500 but is crossed anyway): 1–3's least-cost path
    runs through core 2, so with DROP_THROUGH_CORES (the default) the link is dropped and the log says why."""
    out = inputs["out"]
    messages: list[str] = []

    class Collect(QgsProcessingFeedback):
        def pushInfo(self, info: str) -> None:  # noqa: N802
            messages.append(info)

    feedback = Collect()
    params = {"CORES": inputs["cores"], "CORE_ID": "core_id", "RESISTANCE": inputs["res"], "MAX_DISTANCE": 20000.0,
              "CORRIDOR_WIDTH": 500.0, "LINKS": str(out / "links.gpkg"), "CORRIDORS": str(out / "corridors.tif"),
              "GAPS": str(out / "gaps.gpkg")}
    if not drop:
        params["DROP_THROUGH_CORES"] = False
    result = run_alg("neaspec:corridors", params, feedback=feedback)
    pairs = set(zip(*(read_vector(result["LINKS"]).attributes[k] for k in ("from_id", "to_id"))))
    assert {(1, 2), (2, 3)} <= pairs
    assert ((1, 3) in pairs) is (not drop)
    assert any("1-3 dropped" in m and "'2'" in m for m in messages) is drop
