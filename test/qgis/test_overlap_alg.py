"""``neaspec:overlap`` run through Processing on GeoPackages written here, against hand-computed and
pyproj.Geod areas, over the robustness.md rows that apply to it."""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import pyproj
import pytest
import shapely
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer, QgsWkbTypes

from neaspec_planner.core.raster_io import write_raster
from neaspec_planner.core.vector_io import read_vector, write_vector

GEOD = pyproj.Geod(ellps="WGS84")
OX, OY = 4_000_000.0, 3_000_000.0  # EPSG:3035 (equal-area): a 10 km square is exactly 10,000 ha


def box_km(x0, y0, x1, y1):
    return shapely.box(OX + x0 * 1000, OY + y0 * 1000, OX + x1 * 1000, OY + y1 * 1000)


def dense_box(lon0, lat0, lon1, lat1, n=100):
    lons, lats = np.linspace(lon0, lon1, n), np.linspace(lat0, lat1, n)
    return shapely.Polygon(np.concatenate([
        np.column_stack([lons, np.full(n, lat0)]), np.column_stack([np.full(n, lon1), lats]),
        np.column_stack([lons[::-1], np.full(n, lat1)]), np.column_stack([np.full(n, lon0), lats[::-1]])]))


def geodesic_ha(geom) -> float:
    return sum(abs(GEOD.geometry_area_perimeter(p)[0]) for p in shapely.get_parts(geom)) / 1e4


def gpkg(path: Path, geoms, crs="EPSG:3035", gtype="Polygon", **columns) -> str:
    frame = pd.DataFrame(columns) if columns else pd.DataFrame(index=range(len(geoms)))
    write_vector(path, np.array(list(geoms), dtype=object), frame, crs, path.stem, gtype)
    return str(path)


def outputs(folder: Path, stem: str = "") -> dict:
    return {"OUTPUT": str(folder / f"{stem}protected.gpkg"), "GAPS": str(folder / f"{stem}gaps.gpkg"),
            "SUMMARY": str(folder / f"{stem}summary.gpkg")}


def summary_of(path: str) -> pd.DataFrame:
    return read_vector(path).attributes


@pytest.fixture
def squares(tmp_path):
    """Habitat 10 × 10 km; PA 1 west half, PA 2 overlapping PA 1 by 2 × 5 km, PA 3 nested in PA 1."""
    out = tmp_path / "out"
    out.mkdir()
    return {
        "hab": gpkg(tmp_path / "habitat.gpkg", [box_km(0, 0, 10, 10)], habitat=["forest"]),
        "pa": gpkg(tmp_path / "pa.gpkg", [box_km(0, 0, 5, 10), box_km(3, 0, 8, 5), box_km(1, 1, 2, 2)],
                   WDPAID=np.array([11, 22, 33], dtype=np.int64),
                   IUCN_CAT=["II", "Ia", "IV"], DESIG_TYPE=["National", "International", "National"]),
        "countries": gpkg(tmp_path / "countries.gpkg", [box_km(-50, -50, 6, 50), box_km(6, -50, 60, 50)],
                          ISO_A3=["MNG", "-99"], ADM0_A3=["MNG", "CHN"], NAME=["Монгол Улс", "中国"]),
        "out": out,
    }


def test_fields_areas_and_table(run_alg, squares):
    res = run_alg("neaspec:overlap", {"HABITAT": squares["hab"], "HABITAT_FIELD": "habitat",
                                      "PROTECTED": squares["pa"], "COUNTRIES": squares["countries"],
                                      **outputs(squares["out"])})
    prot = QgsVectorLayer(res["OUTPUT"], "p", "ogr")
    gaps = QgsVectorLayer(res["GAPS"], "g", "ogr")
    table = QgsVectorLayer(res["SUMMARY"], "s", "ogr")
    assert prot.isValid() and gaps.isValid() and table.isValid()
    assert prot.fields().names()[-4:] == ["habitat", "country", "pa_ids", "area_ha"]
    assert [n for n in prot.fields().names() if n != "fid"] == ["habitat", "country", "pa_ids", "area_ha"]
    assert [n for n in gaps.fields().names() if n != "fid"] == ["habitat", "country", "area_ha"]
    assert [n for n in table.fields().names() if n != "fid"] == ["habitat", "country", "habitat_ha",
                                                                  "protected_ha", "protected_pct", "gap_ha"]
    assert QgsWkbTypes.geometryType(prot.wkbType()) == QgsWkbTypes.PolygonGeometry
    assert QgsWkbTypes.geometryType(gaps.wkbType()) == QgsWkbTypes.PolygonGeometry
    assert table.wkbType() == QgsWkbTypes.NoGeometry
    s = summary_of(res["SUMMARY"]).set_index("country")
    # MNG: x 0..6 km; protected there: PA 1 (0..5) ∪ PA 2 (3..6 of it) → 5,000 + 1 × 5 km = 5,500 ha
    assert s.loc["MNG", "habitat_ha"] == pytest.approx(6_000.0, rel=1e-9)
    assert s.loc["MNG", "protected_ha"] == pytest.approx(5_500.0, rel=1e-9)
    assert s.loc["CHN", "habitat_ha"] == pytest.approx(4_000.0, rel=1e-9)  # Natural Earth -99 → ADM0_A3
    assert s.loc["CHN", "protected_ha"] == pytest.approx(1_000.0, rel=1e-9)  # PA 2, x 6..8
    assert s.protected_ha.sum() == pytest.approx(6_500.0, rel=1e-9)  # overlaps counted once
    assert s.gap_ha.sum() == pytest.approx(3_500.0, rel=1e-9)
    p = read_vector(res["OUTPUT"]).attributes.set_index("country")
    assert p.loc["MNG", "pa_ids"] == "11,22,33" and p.loc["CHN", "pa_ids"] == "22"


def test_breakdown_by_iucn_category(run_alg, squares):
    res = run_alg("neaspec:overlap", {"HABITAT": squares["hab"], "PROTECTED": squares["pa"], "BREAKDOWN": 1,
                                      **outputs(squares["out"])})
    row = summary_of(res["SUMMARY"]).iloc[0]
    assert row.iucn_Ia_ha == pytest.approx(2_500.0) and row.iucn_II_ha == pytest.approx(4_000.0)
    assert row.iucn_IV_ha == pytest.approx(0.0, abs=1e-9) and row.protected_ha == pytest.approx(6_500.0)
    assert "category" in read_vector(res["OUTPUT"]).attributes.columns


ROBUST = ["invalid", "null", "multipart", "z", "curved"]


@pytest.mark.parametrize("case", ROBUST)
def test_robust_geometries(run_alg, tmp_path, case):
    """Each awkward habitat gives the hand-computed hectares (PA = the whole west half, x < 5 km)."""
    path = tmp_path / f"{case}.gpkg"
    pa = gpkg(tmp_path / "pa.gpkg", [box_km(-100, -100, 5, 100)])
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    wkts = {  # (WKT in km offsets, expected habitat ha, expected protected ha)
        "invalid": (["POLYGON((0 0,10 10,10 0,0 10,0 0))"], 5_000.0, 2_500.0),  # bow-tie: 2 triangles
        "null": ([None, "POLYGON((0 0,10 0,10 10,0 10,0 0))", "POLYGON EMPTY"], 10_000.0, 5_000.0),
        "multipart": (["MULTIPOLYGON(((0 0,4 0,4 4,0 4,0 0)),((6 0,10 0,10 4,6 4,6 0)))"], 3_200.0, 1_600.0),
        "z": (["POLYGON Z((0 0 5,10 0 5,10 10 7,0 10 7,0 0 5))"], 10_000.0, 5_000.0),
        "curved": (["CURVEPOLYGON(CIRCULARSTRING(4 0,5 1,6 0,5 -1,4 0))"], np.pi * 100.0, np.pi * 50.0),
    }
    texts, hab_ha, prot_ha = wkts[case]
    gtype = {"z": ogr.wkbPolygon25D, "curved": ogr.wkbCurvePolygon}.get(case, ogr.wkbUnknown)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("habitat", srs, gtype)
    lyr.CreateField(ogr.FieldDefn("habitat", ogr.OFTString))
    for text in texts:
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField("habitat", case)
        if text is not None:
            geom = ogr.CreateGeometryFromWkt(text)
            _scale_km(geom)
            feat.SetGeometry(geom)
        lyr.CreateFeature(feat)
    ds = None
    res = run_alg("neaspec:overlap", {"HABITAT": str(path), "HABITAT_FIELD": "habitat", "PROTECTED": pa,
                                      **outputs(tmp_path)})
    row = summary_of(res["SUMMARY"]).iloc[0]
    rel = 2e-3 if case == "curved" else 1e-9  # circle from segmentised arcs
    assert row.habitat == case
    assert row.habitat_ha == pytest.approx(hab_ha, rel=rel)
    assert row.protected_ha == pytest.approx(prot_ha, rel=rel)


def _scale_km(geom: ogr.Geometry) -> None:
    """km offsets → EPSG:3035 metres around (OX, OY), in place, for any (curved) geometry."""
    if geom.GetGeometryCount():
        for i in range(geom.GetGeometryCount()):
            _scale_km(geom.GetGeometryRef(i))
        return
    for i in range(geom.GetPointCount()):
        if geom.GetCoordinateDimension() == 3:
            geom.SetPoint(i, OX + geom.GetX(i) * 1000, OY + geom.GetY(i) * 1000, geom.GetZ(i))
        else:
            geom.SetPoint_2D(i, OX + geom.GetX(i) * 1000, OY + geom.GetY(i) * 1000)


def test_point_layer_as_protected_suggests_rep_area_buffer(run_alg, squares, tmp_path):
    points = gpkg(tmp_path / "wdpa_points.gpkg", [shapely.Point(OX, OY)], gtype="Point", REP_AREA=[12.5])
    with pytest.raises(QgsProcessingException, match="REP_AREA"):
        run_alg("neaspec:overlap", {"HABITAT": squares["hab"], "PROTECTED": points, **outputs(squares["out"])})
    assert os.listdir(squares["out"]) == []


def test_missing_crs_names_the_layer(run_alg, squares, tmp_path):
    shp = tmp_path / "no_crs_habitat.shp"
    write_vector(shp, np.array([box_km(0, 0, 1, 1)], dtype=object), pd.DataFrame({"a": [1]}), None, "x", "Polygon")
    assert not shp.with_suffix(".prj").exists()
    with pytest.raises(QgsProcessingException, match="no_crs_habitat.*coordinate reference system"):
        run_alg("neaspec:overlap", {"HABITAT": str(shp), "PROTECTED": squares["pa"], **outputs(squares["out"])})
    assert os.listdir(squares["out"]) == []


def test_mixed_crs_and_geographic_inputs_agree_with_geodesic(run_alg, tmp_path):
    hab = dense_box(130.0, 42.0, 131.5, 43.0)
    pa = dense_box(130.5, 42.2, 131.0, 42.8)
    to_utm = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:32652", always_xy=True)
    pa_utm = shapely.transform(pa, lambda c: np.column_stack(to_utm.transform(c[:, 0], c[:, 1])))
    h = gpkg(tmp_path / "hab_4326.gpkg", [hab], "EPSG:4326")
    p = gpkg(tmp_path / "pa_utm.gpkg", [pa_utm], "EPSG:32652")
    res = run_alg("neaspec:overlap", {"HABITAT": h, "PROTECTED": p, **outputs(tmp_path)})
    row = summary_of(res["SUMMARY"]).iloc[0]
    assert row.habitat_ha == pytest.approx(geodesic_ha(hab), rel=1e-3)
    assert row.protected_ha == pytest.approx(geodesic_ha(pa), rel=1e-3)
    gaps = QgsVectorLayer(res["GAPS"], "g", "ogr")
    assert gaps.crs().isValid() and not gaps.crs().isGeographic()  # outputs in the equal-area CRS


def test_antimeridian_habitat(run_alg, tmp_path):
    west, east = dense_box(178.0, 65.0, 180.0, 66.0), dense_box(-180.0, 65.0, -178.0, 66.0)
    h = gpkg(tmp_path / "chukotka.gpkg", [shapely.MultiPolygon([west, east])], "EPSG:4326", "MultiPolygon")
    p = gpkg(tmp_path / "pa.gpkg", [dense_box(-179.5, 65.2, -178.5, 65.8)], "EPSG:4326")
    res = run_alg("neaspec:overlap", {"HABITAT": h, "PROTECTED": p, **outputs(tmp_path)})
    row = summary_of(res["SUMMARY"]).iloc[0]
    assert row.habitat_ha == pytest.approx(geodesic_ha(west) + geodesic_ha(east), rel=1e-3)
    assert row.protected_ha == pytest.approx(geodesic_ha(dense_box(-179.5, 65.2, -178.5, 65.8)), rel=1e-3)


def test_non_ascii_names_and_paths_are_preserved(run_alg, tmp_path):
    folder = tmp_path / "данные 生境"
    folder.mkdir()
    classes = ["東北虎 амурский тигр", "Цэн тогоруу", "두루미"]
    h = gpkg(folder / "生境.gpkg", [box_km(0, 0, 2, 2), box_km(3, 0, 5, 2), box_km(6, 0, 8, 2)], habitat=classes)
    p = gpkg(folder / "заповедники.gpkg", [box_km(1, 0, 7, 1)])
    res = run_alg("neaspec:overlap", {"HABITAT": h, "HABITAT_FIELD": "habitat", "PROTECTED": p,
                                      **outputs(folder, "выход_")})
    assert sorted(summary_of(res["SUMMARY"]).habitat) == sorted(classes)
    assert sorted(read_vector(res["GAPS"]).attributes.habitat) == sorted(classes)
    assert sorted(read_vector(res["OUTPUT"]).attributes.pa_ids) == ["1", "1", "1"]  # feature numbers


def test_empty_layer_and_no_overlap_give_empty_outputs(run_alg, squares, tmp_path):
    empty = gpkg(tmp_path / "empty.gpkg", [])
    res = run_alg("neaspec:overlap", {"HABITAT": empty, "PROTECTED": squares["pa"], **outputs(tmp_path, "e_")})
    for key in ("OUTPUT", "GAPS", "SUMMARY"):
        lyr = QgsVectorLayer(res[key], key, "ogr")
        assert lyr.isValid() and lyr.featureCount() == 0
    far = gpkg(tmp_path / "far.gpkg", [box_km(500, 500, 510, 510)])
    res = run_alg("neaspec:overlap", {"HABITAT": far, "PROTECTED": squares["pa"], **outputs(tmp_path, "f_")})
    assert QgsVectorLayer(res["OUTPUT"], "o", "ogr").featureCount() == 0
    assert summary_of(res["SUMMARY"]).gap_ha.iloc[0] == pytest.approx(10_000.0)


class CancelAt(QgsProcessingFeedback):
    def __init__(self, percent: float) -> None:
        super().__init__()
        self.percent = percent
        self.progressChanged.connect(lambda value: self.cancel() if value >= self.percent else None)


@pytest.mark.parametrize("percent", [1, 88])  # early; after the pieces were streamed to the GeoPackages
def test_cancel_leaves_no_output(run_alg, squares, percent):
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg("neaspec:overlap", {"HABITAT": squares["hab"], "PROTECTED": squares["pa"],
                                    "COUNTRIES": squares["countries"], **outputs(squares["out"])},
                feedback=CancelAt(percent))
    assert os.listdir(squares["out"]) == []


def test_habitat_raster_mode(run_alg, squares, tmp_path):
    arr = np.full((100, 100), 3, dtype=np.uint8)  # 100 m cells, 1 ha each, over x 0..10 km, y 0..10 km
    arr[:, 50:] = 4
    path = write_raster(tmp_path / "classes.tif", arr, (OX, 100.0, 0.0, OY + 10_000, 0.0, -100.0), "EPSG:3035",
                        nodata=0)
    res = run_alg("neaspec:overlap", {"HABITAT_RASTER": str(path), "PROTECTED": squares["pa"],
                                      "COUNTRIES": squares["countries"], **outputs(squares["out"])})
    s = summary_of(res["SUMMARY"]).set_index(["habitat", "country"])
    assert s.loc[("3", "MNG"), "habitat_ha"] == pytest.approx(5_000.0)
    assert s.loc[("3", "MNG"), "protected_ha"] == pytest.approx(5_000.0)  # x 0..5: all in PA 1
    assert s.loc[("4", "MNG"), "protected_ha"] == pytest.approx(500.0)  # x 5..6, y 0..5 (PA 2)
    assert s.loc[("4", "CHN"), "protected_ha"] == pytest.approx(1_000.0)  # x 6..8, y 0..5
    assert s.habitat_ha.sum() == pytest.approx(10_000.0)
    assert QgsVectorLayer(res["OUTPUT"], "o", "ogr").featureCount() == 0


def test_outputs_loaded_from_the_gui_get_the_bundled_styles(plugin, squares):  # noqa: ARG001
    """As the toolbox does: outputs to load on completion get a post-processor applying the .qml."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    out = squares["out"]
    params = {"HABITAT": squares["hab"], "PROTECTED": squares["pa"],
              "OUTPUT": QgsProcessingOutputLayerDefinition(str(out / "p.gpkg"), QgsProject.instance()),
              "GAPS": QgsProcessingOutputLayerDefinition(str(out / "g.gpkg"), QgsProject.instance()),
              "SUMMARY": str(out / "s.gpkg")}
    res = processing.run("neaspec:overlap", params, context=context, feedback=feedback)
    for key, style, red in (("OUTPUT", "solid", False), ("GAPS", "b_diagonal", True)):
        assert context.willLoadLayerOnCompletion(res[key])
        processor = context.layerToLoadOnCompletionDetails(res[key]).postProcessor()
        layer = QgsVectorLayer(res[key], key, "ogr")
        processor.postProcessLayer(layer, context, feedback)
        fill = layer.renderer().symbol().symbolLayer(0)
        assert fill.properties()["style"] == style
        assert (fill.color().red() > 200 and fill.color().green() < 60) == red
        if not red:
            assert fill.color().green() > fill.color().red()


def test_wdpa_points_drawn_as_circles_of_rep_area_on_request(run_alg, tmp_path):
    hab = gpkg(tmp_path / "hab.gpkg", [box_km(-0.5, -0.5, 0.5, 0.5), box_km(30, 30, 31, 31)])
    points = gpkg(tmp_path / "wdpa_points.gpkg", [shapely.Point(OX, OY)], gtype="Point",
                  WDPAID=np.array([555], dtype=np.int64), REP_AREA=[100.0])  # 100 km²: a circle of r ≈ 5.64 km
    res = run_alg("neaspec:overlap", {"HABITAT": hab, "PROTECTED": points, "BUFFER_POINTS": True,
                                      **outputs(tmp_path)})
    row = summary_of(res["SUMMARY"]).iloc[0]
    assert row.habitat_ha == pytest.approx(200.0, rel=1e-9)
    assert row.protected_ha == pytest.approx(100.0, rel=1e-9)  # the first square lies inside the circle
    assert read_vector(res["OUTPUT"]).attributes.pa_ids.tolist() == ["555"]


def test_gaps_output_can_be_skipped(run_alg, squares):
    params = {"HABITAT": squares["hab"], "PROTECTED": squares["pa"], **outputs(squares["out"])}
    params["GAPS"] = None
    res = run_alg("neaspec:overlap", params)
    assert "GAPS" not in res or not res["GAPS"]
    assert sorted(os.listdir(squares["out"])) == ["protected.gpkg", "summary.gpkg"]
    assert summary_of(res["SUMMARY"]).gap_ha.iloc[0] == pytest.approx(3_500.0)  # the summary is complete


def test_existing_outputs_are_replaced_and_corrupt_input_is_named(run_alg, squares, tmp_path):
    first = run_alg("neaspec:overlap", {"HABITAT": squares["hab"], "PROTECTED": squares["pa"],
                                        **outputs(squares["out"])})
    small = gpkg(tmp_path / "small.gpkg", [box_km(0, 0, 1, 1)])
    again = run_alg("neaspec:overlap", {"HABITAT": small, "PROTECTED": squares["pa"], **outputs(squares["out"])})
    assert again["SUMMARY"] == first["SUMMARY"]
    assert summary_of(again["SUMMARY"]).habitat_ha.iloc[0] == pytest.approx(100.0)  # overwritten on success
    assert sorted(os.listdir(squares["out"])) == ["gaps.gpkg", "protected.gpkg", "summary.gpkg"]  # no temp left
    broken = tmp_path / "broken_habitat.gpkg"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # truncated
    with pytest.raises(QgsProcessingException, match="broken_habitat"):
        run_alg("neaspec:overlap", {"HABITAT": str(broken), "PROTECTED": squares["pa"], **outputs(tmp_path, "b_")})


def test_shapefile_geojson_and_csv_outputs(run_alg, tmp_path):
    h = gpkg(tmp_path / "hab.gpkg", [box_km(0, 0, 2, 2)], habitat=["Амурский тигр"])
    p = gpkg(tmp_path / "pa.gpkg", [box_km(1, 0, 3, 2)])
    res = run_alg("neaspec:overlap", {"HABITAT": h, "HABITAT_FIELD": "habitat", "PROTECTED": p,
                                      "OUTPUT": str(tmp_path / "protected.shp"), "GAPS": str(tmp_path / "gaps.geojson"),
                                      "SUMMARY": str(tmp_path / "summary.csv")})
    shp = read_vector(res["OUTPUT"])
    assert shp.attributes.habitat.tolist() == ["Амурский тигр"] and (tmp_path / "protected.cpg").exists()
    assert shp.attributes.area_ha.iloc[0] == pytest.approx(200.0)
    assert read_vector(res["GAPS"]).attributes.area_ha.iloc[0] == pytest.approx(200.0)
    table = pd.read_csv(res["SUMMARY"])
    assert list(table.columns) == ["habitat", "country", "habitat_ha", "protected_ha", "protected_pct", "gap_ha"]
    assert table.protected_pct.iloc[0] == pytest.approx(50.0)


def test_class_defaults_to_the_geopackage_layer_name(run_alg, squares, tmp_path):
    path = tmp_path / "several.gpkg"
    write_vector(path, np.array([box_km(0, 0, 1, 1)], dtype=object), pd.DataFrame({"a": [1]}), "EPSG:3035",
                 "wetlands", "Polygon")
    write_vector(path, np.array([box_km(5, 5, 6, 6)], dtype=object), pd.DataFrame({"a": [1]}), "EPSG:3035",
                 "forest", "Polygon", append=True)
    res = run_alg("neaspec:overlap", {"HABITAT": f"{path}|layername=wetlands", "PROTECTED": squares["pa"],
                                      **outputs(tmp_path)})
    row = summary_of(res["SUMMARY"]).iloc[0]
    assert row.habitat == "wetlands" and row.protected_ha == pytest.approx(100.0)
