"""The styled QGIS project of the demo region and its headless screenshot (PyQGIS; called by build_demo.py).

Run on its own (after build_demo.py wrote the data) with the same environment:
    .venv/bin/python resources/demo/demo_project.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsBookmark,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsPalettedRasterRenderer,
    QgsPalLayerSettings,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsRendererCategory,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

WORLDCOVER = [  # code, label, colour (ESA WorldCover legend)
    (10, "Tree cover", "#006400"), (20, "Shrubland", "#ffbb22"), (30, "Grassland", "#ffff4c"),
    (40, "Cropland", "#f096ff"), (50, "Built-up", "#fa0000"), (60, "Bare / sparse vegetation", "#b4b4b4"),
    (70, "Snow and ice", "#f0f0f0"), (80, "Permanent water bodies", "#0064c8"),
    (90, "Herbaceous wetland", "#0096a0"), (95, "Mangroves", "#00cf75"), (100, "Moss and lichen", "#fae6a0"),
]
HABITAT_STYLE = {
    "amur_tiger_leopard": ("#ff7f00", "Amur tiger / leopard habitat"),
    "snow_leopard": ("#7b3294", "Snow leopard habitat"),
    "crane_wetland": ("#00bcd4", "Crane wetlands"),
    "spoonbill_wetland": ("#e7298a", "Spoonbill wetlands"),
}
ROAD_STYLE = {"motorway": ("#b2182b", 1.4), "trunk": ("#e34a33", 1.1), "primary": ("#fc8d59", 0.9),
              "secondary": ("#7f7f7f", 0.6), "fence": ("#54278f", 0.9)}
DISPLAY_CRS = "+proj=laea +lat_0=45 +lon_0=117.5 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs"
VIEWS = {  # lon/lat extents
    "North-East Asia": (85.0, 36.0, 142.0, 58.0),
    "Tumen / Primorye – Hunchun": (129.5, 42.15, 132.0, 43.8),
    "Altai – Sayan": (87.0, 49.0, 93.8, 51.0),
}
FONT = "Noto Sans CJK SC"


def text_format(size: float, colour: str = "#202020", bold: bool = False) -> QgsTextFormat:
    fmt = QgsTextFormat()
    font = QFont(FONT)
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setColor(QColor(colour))
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.8)
    buf.setColor(QColor("white"))
    fmt.setBuffer(buf)
    return fmt


def label(layer: QgsVectorLayer, expression: str, size: float, colour: str = "#202020", bold: bool = False,
          scale_max: float = 0.0) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(text_format(size, colour, bold))
    if scale_max:
        settings.scaleVisibility = True
        settings.maximumScale = 0
        settings.minimumScale = scale_max
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def fill(colour: str, alpha: float, outline: str, width: float = 0.3, style: str = "solid",
         outline_style: str = "solid") -> QgsFillSymbol:
    c = QColor(colour)
    c.setAlphaF(alpha)
    return QgsFillSymbol.createSimple({"color": c.name(QColor.NameFormat.HexArgb), "style": style,
                                       "outline_color": outline, "outline_width": str(width),
                                       "outline_style": outline_style})


def categorized(layer: QgsVectorLayer, field: str, cats: list[tuple[str, object, str]]) -> None:
    layer.setRenderer(QgsCategorizedSymbolRenderer(field, [QgsRendererCategory(v, s, lab) for v, s, lab in cats]))


def vector(gpkg: Path, name: str, title: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", title, "ogr")
    if not layer.isValid():
        raise RuntimeError(f"cannot load {name} from {gpkg}")
    return layer


def build_layers(folder: Path) -> list:
    gpkg = folder / "neaspec_demo.gpkg"
    countries = vector(gpkg, "countries", "Countries (Natural Earth)")
    countries.setRenderer(QgsCategorizedSymbolRenderer("ISO_A3", [
        QgsRendererCategory(iso, fill(c, 1.0, "#555555", 0.5), iso) for iso, c in
        (("CHN", "#f4efe4"), ("RUS", "#eef0e6"), ("MNG", "#f3ece0"), ("PRK", "#efe9ef"), ("KOR", "#ecf0f3"),
         ("JPN", "#f1ede8"))]))
    label(countries, "\"NAME_LOCAL\" || '\n' || CASE WHEN \"ISO_A3\" = 'PRK' THEN 'DPR Korea' "
          "WHEN \"ISO_A3\" = 'KOR' THEN 'Rep. of Korea' ELSE \"NAME_EN\" END", 11, "#444444", True)

    pas = vector(gpkg, "protected_areas", "Protected areas (WDPA schema, illustrative)")
    categorized(pas, "STATUS", [
        ("Designated", fill("#2e9e4f", 0.3, "#1b6b33", 0.6), "Designated"),
        ("Proposed", fill("#2e9e4f", 0.9, "#1b6b33", 0.4, "b_diagonal", "dash"), "Proposed"),
    ])
    label(pas, "\"NAME\"", 8, "#1b5e20", scale_max=4_000_000)
    wdpca = vector(gpkg, "protected_areas_wdpca", "Protected areas (WDPCA schema, same sites)")
    wdpca.setRenderer(QgsCategorizedSymbolRenderer("REALM", [
        QgsRendererCategory(r, fill("#2e9e4f", 0.3, "#1b6b33"), r) for r in ("Terrestrial", "Coastal", "Marine")]))

    ramsar = vector(gpkg, "ramsar_sites", "Ramsar sites (illustrative)")
    ramsar.renderer().setSymbol(fill("#1f78b4", 0.9, "#08306b", 0.8, "fdiagonal"))
    label(ramsar, "\"officialname\" || ' (Ramsar ' || coalesce(\"ramsarid\", '?') || ')'", 8, "#08306b",
          scale_max=4_000_000)

    habitat = vector(gpkg, "habitat", "Habitat (illustrative)")
    categorized(habitat, "habitat", [(k, fill(c, 0.28, c, 0.7, "solid", "dash"), lab)
                                     for k, (c, lab) in HABITAT_STYLE.items()])

    wetlands = vector(gpkg, "wetlands", "Wetlands (Ramsar candidates)")
    wetlands.renderer().setSymbol(fill("#6baed6", 0.85, "#08519c", 0.4))
    label(wetlands, "\"name_local\" || ' / ' || \"name\"", 7.5, "#08519c", scale_max=1_500_000)

    cores = []
    for name, title in (("cores_tumen", "Cores – Tumen corridor study"), ("cores_altai", "Cores – Altai study")):
        layer = vector(gpkg, name, title)
        layer.renderer().setSymbol(fill("#d7301f", 0.55, "#7f0000", 0.6))
        label(layer, "\"core_id\"", 10, "#7f0000", True)
        cores.append(layer)

    roads = vector(gpkg, "roads", "Roads (barriers)")
    cats = []
    for k, (c, w) in ROAD_STYLE.items():
        style = {"line_color": c, "line_width": str(w)} | ({"line_style": "dash"} if k == "fence" else {})
        cats.append((k, QgsLineSymbol.createSimple(style), k))
    categorized(roads, "highway", cats)
    crossings = vector(gpkg, "crossings_tumen", "Wildlife crossing option")
    crossings.renderer().setSymbol(fill("#00e676", 1.0, "#004d40", 0.8))

    rasters = []
    for name, title in (("landcover_tumen.tif", "Land cover – Tumen (synthetic, WorldCover codes)"),
                        ("landcover_altai.tif", "Land cover – Altai (synthetic, WorldCover codes)")):
        r = QgsRasterLayer(str(folder / name), title)
        if not r.isValid():
            raise RuntimeError(f"cannot load {name}")
        classes = [QgsPalettedRasterRenderer.Class(v, QColor(c), lab) for v, lab, c in WORLDCOVER]
        r.setRenderer(QgsPalettedRasterRenderer(r.dataProvider(), 1, classes))
        rasters.append(r)
    tables = [vector(gpkg, name, title) for name, title in (
        ("waterbird_counts", "waterbird_counts (SYNTHETIC test values)"),
        ("thresholds", "thresholds (SYNTHETIC 1 % test values)"), ("species", "species"))]
    return [crossings, roads, *cores, ramsar, wetlands, pas, wdpca, habitat, *rasters, countries, *tables]


def ll_extent(box: tuple, crs: QgsCoordinateReferenceSystem, project: QgsProject) -> QgsRectangle:
    xf = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, project)
    return xf.transformBoundingBox(QgsRectangle(*box))


def build(folder: Path, screenshot: Path) -> Path:
    """Write ``neaspec_demo.qgz`` into ``folder`` and the screenshot PNG; returns the project path."""
    app = QgsApplication.instance()
    own_app = app is None
    if own_app:
        app = QgsApplication([], False)
        app.initQgis()
    project = QgsProject.instance()
    project.clear()
    project.setTitle("NEASPEC Planner – North-East Asia demo region (illustrative shapes, synthetic counts)")
    crs = QgsCoordinateReferenceSystem.fromProj(DISPLAY_CRS)
    project.setCrs(crs)
    project.writeEntryBool("Paths", "/Absolute", False)
    layers = build_layers(folder)
    for layer in layers:
        project.addMapLayer(layer)
    wdpca = next(lyr for lyr in layers if lyr.name().startswith("Protected areas (WDPCA"))
    project.layerTreeRoot().findLayer(wdpca.id()).setItemVisibilityChecked(False)
    for title, box in VIEWS.items():
        bm = QgsBookmark()
        bm.setName(title)
        bm.setExtent(QgsReferencedRectangle(ll_extent(box, crs, project), crs))
        project.bookmarkManager().addBookmark(bm)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(ll_extent(VIEWS["North-East Asia"], crs,
                                                                                  project), crs))
    path = folder / "neaspec_demo.qgz"
    if not project.write(str(path)):
        raise RuntimeError(f"cannot write {path}")
    render_screenshot(project, layers, crs, screenshot)
    if own_app:
        project.clear()
    return path


def render(layers: list, crs: QgsCoordinateReferenceSystem, extent: QgsRectangle, size: QSize,
           project: QgsProject, background: str = "#d6e9f5") -> QImage:
    """One map image of ``layers`` (top first; those in the project's layer tree only when visible there)."""
    ms = QgsMapSettings()
    tree = project.layerTreeRoot()
    visible = [lyr for lyr in layers if (tree.findLayer(lyr.id()) is None or tree.findLayer(lyr.id()).isVisible())
               and (not isinstance(lyr, QgsVectorLayer) or lyr.isSpatial())]
    ms.setLayers(visible)
    ms.setDestinationCrs(crs)
    ms.setOutputSize(size)
    ms.setOutputDpi(110)
    ms.setBackgroundColor(QColor(background))
    ms.setExtent(extent)
    ms.setTransformContext(project.transformContext())
    job = QgsMapRendererParallelJob(ms)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def legend(p: QPainter, entries: list[tuple[str, str, str]], x: float, y: float, col_w: float, row_h: float,
           per_col: int) -> None:
    """Legend rows ``(kind 'fill' or 'line', colour, text)`` in columns of ``per_col`` rows from (x, y)."""
    for i, (kind, colour, text) in enumerate(entries):
        cx, cy = x + (i // per_col) * col_w, y + (i % per_col) * row_h
        if kind == "fill":
            p.fillRect(QRectF(cx, cy + 4, 30, 18), QColor(colour))
            p.setPen(QPen(QColor("#444444"), 1))
            p.drawRect(QRectF(cx, cy + 4, 30, 18))
        else:
            p.setPen(QPen(QColor(colour), 4))
            p.drawLine(int(cx), int(cy + 13), int(cx + 30), int(cy + 13))
        p.setPen(QPen(QColor("#202020"), 1))
        p.drawText(QRectF(cx + 38, cy, col_w - 40, row_h), Qt.AlignmentFlag.AlignVCenter, text)


def render_screenshot(project: QgsProject, layers: list, crs: QgsCoordinateReferenceSystem, out: Path) -> None:
    """Overview on the left, the two corridor study areas on the right, a legend below."""
    width, height = 2000, 1300
    img = QImage(width, height, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    panels = [("North-East Asia", QRectF(10, 50, 1080, 1000)),
              ("Tumen / Primorye – Hunchun", QRectF(1100, 50, 890, 560)),
              ("Altai – Sayan", QRectF(1100, 660, 890, 390))]
    title_font = QFont(FONT, 15)
    title_font.setBold(True)
    for title, rect in panels:
        extent = ll_extent(VIEWS[title], crs, project)
        image = render(layers, crs, extent, QSize(int(rect.width()), int(rect.height())), project)
        p.drawImage(rect, image)
        p.setPen(QPen(QColor("#333333"), 1.5))
        p.drawRect(rect)
        p.setFont(title_font)
        p.drawText(QRectF(rect.x(), rect.y() - 38, rect.width(), 34), Qt.AlignmentFlag.AlignLeft
                   | Qt.AlignmentFlag.AlignVCenter, title)
    # legend
    p.setFont(QFont(FONT, 11))
    x, y = 20, 1070
    entries = [("fill", "#2e9e4f", "Protected area"), ("fill", "#1f78b4", "Ramsar site"),
               ("fill", "#6baed6", "Wetland (candidate)"), ("fill", "#d7301f", "Corridor core (id)"),
               ("fill", "#00e676", "Wildlife crossing option")]
    entries += [("fill", c, lab) for c, lab in HABITAT_STYLE.values()]
    entries += [("line", c, "Roadside fence" if k == "fence" else f"Road: {k}") for k, (c, _) in ROAD_STYLE.items()]
    entries += [("fill", c, f"{v} {lab}") for v, lab, c in WORLDCOVER if v != 95]
    legend(p, entries, x, y, 330, 27, 6)
    p.setFont(QFont(FONT, 10))
    p.drawText(QRectF(10, height - 28, width - 20, 24), Qt.AlignmentFlag.AlignLeft,
               "NEASPEC Planner demo region. Countries: Natural Earth (public domain). Protected areas, Ramsar "
               "sites, habitat, wetlands and cores: illustrative shapes at published centres and areas, not "
               "official boundaries. Land cover: synthetic.")
    p.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not img.save(str(out)):
        raise RuntimeError(f"cannot write {out}")


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here.parent.parent))
    build(here, here.parent.parent / "docs" / "img" / "demo_region.png")
