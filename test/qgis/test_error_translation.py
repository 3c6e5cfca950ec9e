"""Core error messages reach the user in the interface language: an ``InputError`` raised inside a real
``processing.run`` comes out of Processing translated by the compiled Korean (and Chinese) .qm files."""
from __future__ import annotations

import re

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from neaspec_planner.paths import i18n_path, resource_path

HANGUL = re.compile(r"[\uac00-\ud7a3]")
HAN = re.compile(r"[\u4e00-\u9fff]")


def _points(path, name: str) -> str:
    """A WDPA-like layer of points (no polygons): the overlap refuses it with a core InputError."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer(name, srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("NAME", ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("NAME", "Kedrovaya Pad")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (131.5 43.1)"))
    layer.CreateFeature(feature)
    ds = None
    return f"{path}|layername={name}"


@pytest.fixture
def installed():
    """Install the compiled translation of a language for the test, then remove it."""
    translators = []

    def install(language: str) -> None:
        qm = i18n_path(f"neaspec_planner_{language}.qm")
        assert qm.is_file(), f"{qm} missing: `make transcompile` (make test runs it) builds it from i18n/*.ts"
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)

    yield install
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize(("language", "script", "words"), [
    ("ko", HANGUL, "폴리곤이 필요합니다"),
    ("zh", HAN, "这里需要面"),
])
def test_core_input_error_comes_out_translated(run_alg, installed, tmp_path, language, script, words):
    installed(language)
    habitat = f"{resource_path('demo', 'neaspec_demo.gpkg')}|layername=habitat"
    sites = _points(tmp_path / "wdpa_points.gpkg", "wdpa_points_layer")
    with pytest.raises(QgsProcessingException) as caught:
        run_alg("neaspec:overlap", {"HABITAT": habitat, "PROTECTED": sites, "OUTPUT": str(tmp_path / "o.gpkg"),
                                    "GAPS": str(tmp_path / "g.gpkg"), "SUMMARY": str(tmp_path / "s.csv")})
    message = str(caught.value)
    assert script.search(message), message
    assert words in message, message
    assert "wdpa_points_layer" in message  # the fields are filled into the translated template
    assert "polygons are needed" not in message  # not the English text


def test_without_a_translation_the_message_stays_english(run_alg, tmp_path):
    habitat = f"{resource_path('demo', 'neaspec_demo.gpkg')}|layername=habitat"
    sites = _points(tmp_path / "wdpa_points.gpkg", "wdpa_points_layer")
    with pytest.raises(QgsProcessingException, match=r"'wdpa_points_layer' .*holds points, but polygons are needed"):
        run_alg("neaspec:overlap", {"HABITAT": habitat, "PROTECTED": sites, "OUTPUT": str(tmp_path / "o.gpkg"),
                                    "GAPS": str(tmp_path / "g.gpkg"), "SUMMARY": str(tmp_path / "s.csv")})


@pytest.mark.parametrize(("language", "words"), [
    ("ru", "Таблица стоимостей «bad_costs.csv», строка 3: стоимость 0 меньше 1"),
    ("ja", "コスト表「bad_costs.csv」、3 行目: コスト 0 が 1 未満です"),
])
def test_a_cost_table_error_comes_out_translated_with_its_translated_words(run_alg, installed, tmp_path, language,
                                                                           words):
    """The resistance's table errors name the table with a translatable word ('Cost table', a Note field)."""
    from neaspec_planner.core.raster_io import write_raster

    installed(language)
    landcover = tmp_path / "classes.tif"
    write_raster(landcover, np.array([[1, 2], [2, 1]], dtype=np.int16), (700_000.0, 10.0, 0.0, 4_800_000.0, 0.0,
                                                                         -10.0), "EPSG:32652")
    table = tmp_path / "bad_costs.csv"
    table.write_text("class,cost\n1,1\n2,0\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as caught:
        run_alg("neaspec:resistance", {"LANDCOVER": str(landcover), "PROFILE": "custom", "TABLE": str(table),
                                       "OUTPUT": str(tmp_path / "r.tif")})
    message = str(caught.value)
    assert words in message, message
    assert "Cost table" not in message and "is below 1" not in message, message
    assert not (tmp_path / "r.tif").exists()


@pytest.mark.parametrize(("language", "words"), [
    ("ko", "테이블에 없어 통행 불가로 처리한 분류: 9 (1 cells)."),
    ("zh", "表中缺失的类别按不可通行处理：9 (1 cells)。"),
])
def test_the_log_of_an_analysis_comes_out_translated(run_alg, installed, tmp_path, language, words):
    """A core log line (a Note with its fields) reaches the Processing log in the interface language."""
    from qgis.core import QgsProcessingFeedback

    from neaspec_planner.core.raster_io import write_raster

    lines: list[str] = []

    class Collect(QgsProcessingFeedback):
        def pushInfo(self, info: str) -> None:  # noqa: N802
            lines.append(info)

        def pushWarning(self, warning: str) -> None:  # noqa: N802
            lines.append(warning)

    installed(language)
    landcover = tmp_path / "classes.tif"
    write_raster(landcover, np.array([[1, 2], [2, 9]], dtype=np.int16), (700_000.0, 10.0, 0.0, 4_800_000.0, 0.0,
                                                                         -10.0), "EPSG:32652")
    table = tmp_path / "costs.csv"
    table.write_text("class,cost\n1,1\n2,5\n", encoding="utf-8")
    run_alg("neaspec:resistance", {"LANDCOVER": str(landcover), "PROFILE": "custom", "TABLE": str(table),
                                   "UNKNOWN_IMPASSABLE": True, "OUTPUT": str(tmp_path / "r.tif")}, feedback=Collect())
    assert any(words in line for line in lines), lines
    assert not any("treated as impassable" in line for line in lines), lines


def test_an_export_error_comes_out_translated(run_alg, installed, tmp_path):
    """The Ramsar package's own errors (export/) are templates too: a candidate id not in the layer, in Korean."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    path = tmp_path / "candidates.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("candidates", srs, ogr.wkbPolygon)
    for name in ("candidate", "party"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("candidate", "C01")
    feature.SetField("party", "RUS")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON ((130.6 42.5, 130.8 42.5, 130.8 42.7, 130.6 42.7, "
                                                  "130.6 42.5))"))
    layer.CreateFeature(feature)
    ds = None
    installed("ko")
    with pytest.raises(QgsProcessingException) as caught:
        run_alg("neaspec:ramsar_package", {"CANDIDATES": f"{path}|layername=candidates", "CANDIDATE": "C99",
                                           "OUTPUT_FOLDER": str(tmp_path / "package")})
    message = str(caught.value)
    assert "후보지 'C99'이(가)" in message and "C01" in message, message
    assert "is not in layer" not in message, message
