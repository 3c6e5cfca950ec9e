"""``neaspec:planning_map``: every bundled template rendered headless to PDF and PNG and checked with poppler
(page count and size, embedded fonts, text), SVG output, atlas pages, languages, extent and bad input."""
from __future__ import annotations

import hashlib
import re
import subprocess
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

TEMPLATES = {  # bundled template → page size in PostScript points (portrait width × height as printed)
    "a4_landscape": (841.89, 595.28),
    "a4_portrait": (595.28, 841.89),
    "a3_landscape": (1190.55, 841.89),
    "a3_portrait": (841.89, 1190.55),
    "slide_16x9": (960.0, 540.0),
}
PAGE_INDEX = {"a4_landscape": 0, "a4_portrait": 1, "a3_landscape": 2, "a3_portrait": 3, "slide_16x9": 4}
TITLE = "Tumen estuary test map"


def _write_layer(ds, name, gtype, fields, rows, srs):
    lyr = ds.CreateLayer(name, srs, gtype)
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, ftype))
    for wkt, values in rows:
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for (fname, _), value in zip(fields, values):
            feat.SetField(fname, value)
        lyr.CreateFeature(feat)


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> dict:
    """A small Tumen-like region: countries with local names (Chinese, Russian, Korean), two protected areas,
    a road and a land-cover raster in a projected CRS."""
    folder = tmp_path_factory.mktemp("mapdata")
    gpkg = folder / "region.gpkg"
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    s = ogr.OFTString
    _write_layer(ds, "countries", ogr.wkbMultiPolygon, [("ISO_A3", s), ("NAME_EN", s), ("NAME_LOCAL", s)], [
        ("MULTIPOLYGON(((125 41,128.2 41.9,129.7 42.4,130.6 42.4,131.2 43.5,131.3 45,133 45,134.6 48,125 48,"
         "125 41)))", ("CHN", "China", "中国")),
        ("MULTIPOLYGON(((130.6 42.4,131.2 43.5,131.3 45,133 45,134.6 48,136 48,136 42.5,132 42.6,130.7 42.3,"
         "130.6 42.4)))", ("RUS", "Russia", "Россия")),
        ("MULTIPOLYGON(((125 41,128.2 41.9,129.7 42.4,130.6 42.4,130.7 42.3,129.8 41,128 39.8,125 39.8,125 41)))",
         ("PRK", "North Korea", "조선")),
    ], srs)
    _write_layer(ds, "protected_areas", ogr.wkbMultiPolygon, [("WDPAID", ogr.OFTReal), ("NAME", s), ("ISO3", s)], [
        ("MULTIPOLYGON(((130.2 42.9,131.0 42.9,131.0 43.6,130.2 43.6,130.2 42.9)))", (1.0, "Hunchun", "CHN")),
        ("MULTIPOLYGON(((131.0 42.6,131.6 42.6,131.6 43.3,131.0 43.3,131.0 42.6)))", (2.0, "Земля леопарда", "RUS")),
    ], srs)
    _write_layer(ds, "empty_areas", ogr.wkbMultiPolygon, [("NAME", s)], [], srs)
    _write_layer(ds, "roads", ogr.wkbLineString, [("name", s), ("highway", s)], [
        ("LINESTRING(130.3 42.9,130.7 42.75,131.1 42.6)", ("Kraskino–Hunchun", "primary"))], srs)
    ds = None
    tif = folder / "landcover_tumen.tif"
    laea = osr.SpatialReference()
    laea.ImportFromProj4("+proj=laea +lat_0=43 +lon_0=131 +datum=WGS84 +units=m +no_defs")
    raster = gdal.GetDriverByName("GTiff").Create(str(tif), 40, 40, 1, gdal.GDT_Byte)
    raster.SetGeoTransform((-60_000, 3000, 0, 60_000, 0, -3000))
    raster.SetProjection(laea.ExportToWkt())
    rng = np.random.default_rng(7)
    raster.GetRasterBand(1).WriteArray(rng.choice([10, 20, 30, 40, 80, 90], size=(40, 40)).astype(np.uint8))
    raster.GetRasterBand(1).SetNoDataValue(0)
    raster = None
    return {
        "gpkg": gpkg,
        "layers": [f"{gpkg}|layername=roads", f"{gpkg}|layername=protected_areas",
                   f"{gpkg}|layername=countries", str(tif)],
        "countries": f"{gpkg}|layername=countries",
        "empty": f"{gpkg}|layername=empty_areas",
        "tif": tif,
    }


def _pdfinfo(path: Path) -> dict:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    info = dict(line.split(":", 1) for line in out.splitlines() if ":" in line)
    return {k.strip(): v.strip() for k, v in info.items()}


def _page_size(info: dict) -> tuple[float, float]:
    match = re.match(r"([\d.]+) x ([\d.]+) pts", info["Page size"])
    return float(match.group(1)), float(match.group(2))


def _fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    return [row.split() for row in rows if row.strip()]


def _text(path: Path) -> str:
    """Text of the PDF, NFKC-normalised (ligatures such as "ﬃ" → "ffi")."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return unicodedata.normalize("NFKC", out)


def _emb_column(row: list[str]) -> str:
    # name, type (1–2 words), encoding, emb, sub, uni, object, ID: emb is the 5th field from the end
    return row[-5]


def _run_map(run_alg, data, output: Path, **extra):
    params = {"LAYERS": data["layers"], "TITLE": TITLE, "LANGUAGE": 0, "DPI": 60, "OUTPUT": str(output)}
    params.update(extra)
    return run_alg("neaspec:planning_map", params)


@pytest.mark.parametrize("template", list(TEMPLATES))
def test_template_renders_pdf_and_png(run_alg, data, tmp_path, template):
    pdf = tmp_path / f"{template}.pdf"
    result = _run_map(run_alg, data, pdf, PAGE=PAGE_INDEX[template], CREDITS="Field survey 2025")
    assert result["OUTPUT"] == str(pdf) and result["PAGES"] == 1
    info = _pdfinfo(pdf)
    assert info["Pages"] == "1"
    width, height = _page_size(info)
    assert width == pytest.approx(TEMPLATES[template][0], abs=1.0)
    assert height == pytest.approx(TEMPLATES[template][1], abs=1.0)
    fonts = _fonts(pdf)
    assert fonts, "no fonts in the PDF: text was not written as text"
    assert all(_emb_column(row) == "yes" for row in fonts), fonts
    assert any("NotoSans" in row[0] for row in fonts)
    text = _text(pdf)
    flat = " ".join(text.split())
    assert TITLE in flat
    for entry in ("Legend", "Protected areas", "Countries", "Roads", "Land cover (ESA WorldCover)", "Tree cover"):
        assert entry in flat, f"legend entry {entry!r} missing"
    assert "中国" in text and "Россия" in text  # country labels in the map, as selectable text
    assert "UNEP-WCMC and IUCN" in flat and "Natural Earth" in flat and "Field survey 2025" in flat
    assert "Boundaries shown are not official" in flat
    assert "North-East Asia" in flat
    assert re.search(r"\b\d+ km\b", flat), "scale bar in km missing"
    assert re.search(r"\d+°N", flat) and re.search(r"\d+°E", flat), "graticule degree labels missing"

    png = tmp_path / f"{template}.png"
    _run_map(run_alg, data, png, PAGE=PAGE_INDEX[template])
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull()
    # page size at 60 dpi
    assert image.width() == pytest.approx(TEMPLATES[template][0] / 72 * 60, abs=2)
    assert image.height() == pytest.approx(TEMPLATES[template][1] / 72 * 60, abs=2)
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    pixels = np.frombuffer(image.constBits().asstring(image.sizeInBytes()), dtype=np.uint8)
    assert pixels.std() > 20, "the PNG looks blank"
    assert (pixels < 100).mean() > 0.002, "no dark ink (text, frame) in the PNG"


def test_languages_fonts_and_texts(run_alg, data, tmp_path):
    zh = tmp_path / "zh.pdf"
    _run_map(run_alg, data, zh, LANGUAGE="zh", TITLE="图们江口保护地")
    text = _text(zh)
    assert "图们江口保护地" in text and "图例" in text and "保护地" in text
    assert "本图所示边界并非官方边界" in "".join(text.split())
    fonts = _fonts(zh)
    assert any("NotoSansCJKsc" in row[0] for row in fonts), fonts
    assert all(_emb_column(row) == "yes" for row in fonts)
    ru = tmp_path / "ru.pdf"
    _run_map(run_alg, data, ru, LANGUAGE=2)
    flat = " ".join(_text(ru).split())
    assert "Условные обозначения" in flat and "Охраняемые территории" in flat
    assert "Показанные границы не являются официальными" in flat


def test_svg_written(run_alg, data, tmp_path):
    svg = tmp_path / "map.svg"
    result = _run_map(run_alg, data, svg, PAGE=PAGE_INDEX["a4_portrait"])
    assert Path(result["OUTPUT"]).exists()
    content = svg.read_text(encoding="utf-8")
    assert content.lstrip().startswith("<?xml") and "<svg" in content
    assert TITLE in content or all(word in content for word in TITLE.split()[:2])
    assert svg.stat().st_size > 20_000


def test_atlas_one_page_per_feature(run_alg, data, tmp_path):
    pdf = tmp_path / "atlas.pdf"
    result = _run_map(run_alg, data, pdf, ATLAS_LAYER=data["countries"])
    assert result["PAGES"] == 3
    assert _pdfinfo(pdf)["Pages"] == "3"
    text = _text(pdf)
    pages = text.split("\f")
    for name in ("中国", "Россия", "조선"):  # page names from NAME_LOCAL in each page's subtitle
        assert any(name in page.split("\n", 3)[1] + page for page in pages)
    png = tmp_path / "atlas.png"
    _run_map(run_alg, data, png, ATLAS_LAYER=data["countries"], DPI=30)
    written = sorted(p.name for p in tmp_path.glob("atlas*.png"))
    assert written == ["atlas.png", "atlas_002.png", "atlas_003.png"]
    assert not list(tmp_path.glob(".*partial*"))


def test_explicit_extent_sets_graticule(run_alg, data, tmp_path):
    pdf = tmp_path / "zoom.pdf"
    _run_map(run_alg, data, pdf, EXTENT="130.0,131.6,42.5,43.7 [EPSG:4326]")
    flat = " ".join(_text(pdf).split())
    graticule = re.sub(r"centred on [\d.]+°E", "", flat)  # the credits name the projection centre too
    lons = [float(v) for v in re.findall(r"(\d+(?:\.\d+)?)°E", graticule)]
    assert lons and min(lons) >= 129.0 and max(lons) <= 132.5, lons  # graticule of the zoomed area only
    assert "126°E" not in flat
    assert any(v % 1 for v in lons), "a 1.6° wide map should get a graticule finer than 1°"


def test_inputs_untouched_and_project_style_kept(run_alg, data, tmp_path):
    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt.QtGui import QColor

    before = hashlib.md5(data["gpkg"].read_bytes()).hexdigest()
    layer = QgsVectorLayer(data["countries"], "my countries", "ogr")
    layer.renderer().symbol().setColor(QColor("#123456"))
    QgsProject.instance().addMapLayer(layer)
    try:
        _run_map(run_alg, data, tmp_path / "p.pdf", LAYERS=[layer.id(), data["layers"][1]])
        assert layer.name() == "my countries"
        assert layer.renderer().symbol().color().name() == "#123456"
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert hashlib.md5(data["gpkg"].read_bytes()).hexdigest() == before


def test_bad_inputs_give_clear_errors(run_alg, data, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=r"\.pdf, \.png or \.svg"):
        _run_map(run_alg, data, tmp_path / "map.docx")
    with pytest.raises(QgsProcessingException, match="template"):
        _run_map(run_alg, data, tmp_path / "x.pdf", TEMPLATE=str(tmp_path / "missing.qpt"))
    with pytest.raises(QgsProcessingException, match="no features to map"):
        _run_map(run_alg, data, tmp_path / "y.pdf", LAYERS=[data["empty"]])
    with pytest.raises(QgsProcessingException, match="empty: no pages"):
        _run_map(run_alg, data, tmp_path / "z.pdf", ATLAS_LAYER=data["empty"])
    assert not list(tmp_path.iterdir())


def test_chinese_map_text_layer_is_searchable(run_alg, data, tmp_path):
    """pdftotext without any normalisation: the scale bar's 公里 is 公里, not 公⾥ (Kangxi radical U+2FA5)."""
    zh = tmp_path / "zh.pdf"
    _run_map(run_alg, data, zh, LANGUAGE="zh")
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(zh), "-"], capture_output=True, text=True,
                         check=True).stdout
    assert "公里" in raw
    assert not re.search("[\u2e80-\u2fdf]", raw), sorted(set(re.findall("[\u2e80-\u2fdf]", raw)))
    assert not list(tmp_path.glob(".*partial*"))


def test_areas_of_interest_overview_then_one_page_each(run_alg, data, tmp_path):
    pdf = tmp_path / "areas.pdf"
    result = _run_map(run_alg, data, pdf, COVERAGE=data["layers"][1], COVERAGE_NAME="NAME")
    assert result["PAGES"] == 3 and _pdfinfo(pdf)["Pages"] == "3"
    pages = [" ".join(p.split()) for p in _text(pdf).split("\f")[:3]]
    assert pages[0].startswith(TITLE)
    assert pages[1].startswith(f"Hunchun {TITLE}") and pages[2].startswith(f"Земля леопарда {TITLE}")
    for text in pages:
        assert text.count("Protected areas") == 1
    # each area page is zoomed on its area: a finer graticule than the overview's, labels in its own range
    lons = [[float(v) for v in re.findall(r"(\d+(?:\.\d+)?)°E", re.sub(r"centred on [\d.]+°E", "", t))]
            for t in pages]
    assert all(lons), lons
    assert max(lons[1]) - min(lons[1]) < max(lons[0]) - min(lons[0])
    assert 129.9 <= min(lons[1]) and max(lons[1]) <= 131.3, lons[1]  # Hunchun: 130.2–131.0°E
    assert 130.7 <= min(lons[2]) and max(lons[2]) <= 131.9, lons[2]  # Land of the Leopard: 131.0–131.6°E
    png = tmp_path / "areas.png"
    _run_map(run_alg, data, png, COVERAGE=data["layers"][1], DPI=30)
    assert sorted(p.name for p in tmp_path.glob("areas*.png")) == ["areas.png", "areas_002.png", "areas_003.png"]


def test_areas_of_interest_bad_inputs(run_alg, data, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="not both"):
        _run_map(run_alg, data, tmp_path / "a.pdf", COVERAGE=data["layers"][1], ATLAS_LAYER=data["countries"])
    with pytest.raises(QgsProcessingException, match="no features"):
        _run_map(run_alg, data, tmp_path / "b.pdf", COVERAGE=data["empty"])
    assert not list(tmp_path.iterdir())


def test_identical_legend_entries_merged(run_alg, data, tmp_path):
    """Two road layers with the same style (two study areas' roads) make one legend entry, on one page."""
    pdf = tmp_path / "merged.pdf"
    second = f"{data['gpkg']}|layername=roads|subset=\"highway\" = 'primary'"
    _run_map(run_alg, data, pdf, LAYERS=[data["layers"][0], second, data["layers"][1]])
    assert " ".join(_text(pdf).split()).count("Roads") == 1
