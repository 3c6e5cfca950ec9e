"""``neaspec:connectivity`` and ``neaspec:protconn`` through Processing on real files in a headless QGIS."""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes

from neaspec_planner.core.vector_io import read_vector, write_vector
from neaspec_planner.paths import resource_path

X0, Y0 = 4_000_000.0, 3_000_000.0


def box(x0, y0, x1, y1):
    return shapely.box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


@pytest.fixture
def files(tmp_path: Path) -> dict:
    patches = tmp_path / "patches.gpkg"
    # three 1-ha squares in a row, 100 m apart (the hand-worked case of the core tests), names in Cyrillic
    write_vector(patches, np.array([box(0, 0, 100, 100), box(200, 0, 300, 100), box(400, 0, 500, 100)],
                                   dtype=object),
                 pd.DataFrame({"pid": [1, 2, 3], "name": ["Ханка", "兴凯湖", "Хасан"]}), "EPSG:3035", "patches")
    countries = tmp_path / "countries.gpkg"
    write_vector(countries, np.array([box(0, -5000, 10_000, 10_000), box(10_000, -5000, 20_000, 10_000)],
                                     dtype=object), pd.DataFrame({"ISO_A3": ["CHN", "RUS"]}), "EPSG:3035",
                 "countries")
    pas = tmp_path / "wdpa.gpkg"
    write_vector(pas, np.array([box(8000, 0, 9000, 1000), box(8000, 6000, 9000, 7000), box(10_000, 0, 10_500, 7000),
                                box(1000, 1000, 2000, 2000)], dtype=object),
                 pd.DataFrame({"WDPAID": [1, 2, 3, 4], "STATUS": ["Designated", "Designated", "Designated",
                                                                  "Proposed"],
                               "DESIG_ENG": ["National Park"] * 4}), "EPSG:3035", "wdpa")
    return {"patches": str(patches), "countries": str(countries), "pas": str(pas), "out": tmp_path}


def test_connectivity_writes_nodes_links_and_summary(run_alg, files):
    out = files["out"]
    result = run_alg("neaspec:connectivity", {
        "PATCHES": files["patches"], "PATCH_ID": "pid", "DISTANCE": "edge", "MEDIAN_DISTANCE": 100.0,
        "PROBABILITY": 0.5, "IIC_DISTANCE": 100.0, "COUNTRIES": files["countries"],
        "NODES": str(out / "nodes.gpkg"), "LINKS": str(out / "links.gpkg"), "SUMMARY": str(out / "summary.gpkg")})
    nodes = read_vector(result["NODES"])
    assert list(nodes.attributes.columns[:12]) == ["patch_id", "a", "country", "dPC", "dPCintra", "dPCflux",
                                                   "dPCconnector", "dIIC", "dIICintra", "dIICflux",
                                                   "dIICconnector", "rank"]
    n = nodes.attributes.set_index("patch_id")
    assert n.loc[2, "dPC"] == pytest.approx(100 * (5.5 - 2.25) / 5.5)
    assert n.loc[2, "dPCconnector"] == pytest.approx(25 / 5.5)
    assert n.loc[2, "rank"] == 1 and set(n.country) == {"CHN"}
    links = QgsVectorLayer(result["LINKS"], "links", "ogr")
    assert links.isValid() and links.featureCount() == 3
    assert QgsWkbTypes.geometryType(links.wkbType()) == QgsWkbTypes.LineGeometry
    summary = read_vector(result["SUMMARY"]).attributes.set_index("metric")
    assert summary.loc["PC", "numerator"] == pytest.approx(5.5)
    assert summary.loc["PC", "ec"] == pytest.approx(math.sqrt(5.5))
    assert summary.loc["IIC", "numerator"] == pytest.approx(3 + 2 * (1 / 2 + 1 / 2 + 1 / 3))
    assert summary.loc["PC", "intra_pct"] + summary.loc["PC", "direct_pct"] + summary.loc["PC", "step_pct"] == \
        pytest.approx(100.0)


def test_connectivity_bad_field_is_a_clear_error(run_alg, files):
    out = files["out"]
    with pytest.raises(QgsProcessingException, match="between 0 and 1|PROBABILITY|Probability"):
        run_alg("neaspec:connectivity", {
            "PATCHES": files["patches"], "PATCH_ID": "pid", "MEDIAN_DISTANCE": 100.0, "PROBABILITY": 1.5,
            "NODES": str(out / "n.gpkg"), "LINKS": str(out / "l.gpkg"), "SUMMARY": str(out / "s.gpkg")})
    assert not (out / "n.gpkg").exists()


def test_protconn_per_country_with_a_touching_foreign_park(run_alg, files):
    out = files["out"]
    result = run_alg("neaspec:protconn", {
        "PROTECTED": files["pas"], "COUNTRIES": files["countries"], "COUNTRY_CODES": "CHN, RUS",
        "MEDIAN_DISTANCE": 1000.0, "PROBABILITY": 0.5, "TRANSBOUNDARY_DISTANCE": 5000.0,
        "SUMMARY": str(out / "protconn.gpkg"), "NODES": str(out / "protconn_nodes.gpkg")})
    s = read_vector(result["SUMMARY"]).attributes.set_index("country")
    assert list(s.columns) == ["land_ha", "prot_ha", "prot", "protconn", "protunconn", "relconn", "protconn_trans",
                               "protconn_unprot", "protconn_prot", "protconn_within", "protconn_contig",
                               "sea_outland", "protconn_bound", "protunconn_design", "n_nodes", "n_foreign"]
    land = 150_000_000 / 1e4
    # CHN: two 100-ha parks (the proposed one left out), linked at p* = 0.25 through the RUS park touching the border
    num = 100 ** 2 * 2 + 2 * 100 * 100 * 0.25
    assert s.loc["CHN", "n_nodes"] == 2 and s.loc["CHN", "n_foreign"] == 1
    assert s.loc["CHN", "protconn"] == pytest.approx(100 * math.sqrt(num) / land)
    assert s.loc["CHN", "prot"] == pytest.approx(100 * 200 / land)
    assert s.loc["RUS", "prot_ha"] == pytest.approx(350.0)
    nodes = QgsVectorLayer(result["NODES"], "nodes", "ogr")
    assert nodes.isValid() and nodes.featureCount() == 3 + 3


def test_styles_are_graduated_on_dpc_and_p():
    for qml, attr, kind in (("connectivity_nodes.qml", "dPC", "Polygon"), ("connectivity_links.qml", "p",
                                                                           "LineString")):
        layer = QgsVectorLayer(f"{kind}?crs=EPSG:3035&field=dPC:double&field=p:double", "x", "memory")
        message, ok = layer.loadNamedStyle(str(resource_path("styles", qml)))
        assert ok, message
        renderer = layer.renderer()
        assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == attr
        assert len(renderer.ranges()) >= 4
