"""Build the bundled print layout templates (``*.qpt``) and the inset base map of North-East Asia.

Run from the repository root (headless is fine)::

    QT_QPA_PLATFORM=offscreen PYTHONPATH=$PWD /usr/bin/python3 resources/layouts/build_templates.py

Writes, next to this script:

- ``a4_portrait.qpt``, ``a4_landscape.qpt``, ``a3_portrait.qpt``, ``a3_landscape.qpt``, ``slide_16x9.qpt``
- ``ne_asia_countries.geojson`` (Natural Earth 1:10m admin-0, generalised, as shipped with QGIS in
  ``resources/data/world_map.gpkg``; public domain) and ``ne_asia_countries.qml`` (its style).

Every template holds the items that ``neaspec_planner/export/maps.py`` fills in, with stable ids: ``title``,
``subtitle``, ``main_map``, ``inset_map``, ``inset_title``, ``legend``, ``scalebar``, ``north_arrow``, ``credits``,
``disclaimer`` (and ``header_rule``). The main map carries a graticule named ``graticule`` (EPSG:4326, degree
labels). Sizes and fonts scale with the page, so A3 text is larger than A4 text and slide text larger still.
The templates also work on their own in QGIS (Project ▸ New Print Layout from template): the main map then shows
the project's visible layers.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayout,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsPathResolver,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

#: Lambert azimuthal equal-area centred on North-East Asia (the inset's projection; the main map's default).
NE_ASIA_LAEA = "+proj=laea +lat_0=45 +lon_0=120 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
#: Inset extent in that projection (metres): Lake Baikal and Altai to Kamchatka's south, Japan to the Amur.
INSET_EXTENT = (-2_900_000.0, -1_750_000.0, 2_700_000.0, 1_950_000.0)
NEASPEC_ISO2 = ("CN", "RU", "MN", "KP", "KR", "JP")
FONT = "Noto Sans"
INK = QColor("#1f2d3d")
MUTED = QColor("#4a5a6a")


@dataclass(frozen=True)
class Page:
    name: str
    width: float  # mm
    height: float  # mm
    scale: float  # text and element scale relative to A4
    margin: float

    @property
    def landscape(self) -> bool:
        return self.width > self.height


PAGES = (
    Page("a4_portrait", 210.0, 297.0, 1.0, 10.0),
    Page("a4_landscape", 297.0, 210.0, 1.0, 10.0),
    Page("a3_portrait", 297.0, 420.0, 1.35, 14.0),
    Page("a3_landscape", 420.0, 297.0, 1.35, 14.0),
    Page("slide_16x9", 338.667, 190.5, 1.2, 9.0),  # 13.333 × 7.5 in, the 16:9 slide size of presentation tools
)

PT = 25.4 / 72.0  # one point in mm


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _label(layout: QgsLayout, item_id: str, text: str, rect: tuple[float, float, float, float], size: float,
           bold: bool = False, color: QColor = INK, halign=Qt.AlignmentFlag.AlignLeft,
           valign=Qt.AlignmentFlag.AlignTop) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    label.setFont(_font(size, bold))
    label.setFontColor(color)
    label.setHAlign(halign)
    label.setVAlign(valign)
    label.setMarginX(0.0)
    label.setMarginY(0.0)
    layout.addLayoutItem(label)
    _place(label, rect)
    return label


def _place(item, rect: tuple[float, float, float, float]) -> None:
    x, y, w, h = rect
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))


def _frame(item, width: float = 0.3, color: QColor = INK) -> None:
    item.setFrameEnabled(True)
    item.setFrameStrokeColor(color)
    item.setFrameStrokeWidth(QgsLayoutMeasurement(width, QgsUnitTypes.LayoutMillimeters))


def _main_map(layout: QgsLayout, page: Page, rect) -> QgsLayoutItemMap:
    s = page.scale
    main = QgsLayoutItemMap(layout)
    main.setId("main_map")
    layout.addLayoutItem(main)
    _place(main, rect)
    main.setCrs(QgsCoordinateReferenceSystem.fromProj(NE_ASIA_LAEA))
    start = QgsRectangle(-900_000, -700_000, 900_000, 700_000)
    main.setExtent(start)  # zoomToExtent alone gives NaN on a map item that never had an extent …
    _place(main, rect)  # … and setExtent resizes the item: put it back
    main.zoomToExtent(start)
    main.setBackgroundColor(QColor("#eaf1f6"))
    _frame(main, 0.35 * s)
    grid = QgsLayoutItemMapGrid("graticule", main)
    grid.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    grid.setUnits(QgsLayoutItemMapGrid.MapUnit)
    grid.setIntervalX(5.0)
    grid.setIntervalY(5.0)
    grid.setStyle(QgsLayoutItemMapGrid.Solid)
    grid.setLineSymbol(QgsLineSymbol.createSimple({"color": "120,140,160,150", "width": str(0.15 * s),
                                                   "width_unit": "MM"}))
    grid.setFrameStyle(QgsLayoutItemMapGrid.ExteriorTicks)
    grid.setFrameWidth(1.2 * s)
    grid.setFramePenSize(0.25 * s)
    grid.setFramePenColor(INK)
    grid.setAnnotationEnabled(True)
    grid.setAnnotationFormat(QgsLayoutItemMapGrid.DecimalWithSuffix)
    grid.setAnnotationPrecision(0)
    fmt = QgsTextFormat()
    fmt.setFont(_font(6.5 * s))
    fmt.setSize(6.5 * s)
    fmt.setColor(MUTED)
    grid.setAnnotationTextFormat(fmt)
    grid.setAnnotationFrameDistance(0.8 * s)
    # latitudes on the left, longitudes at the bottom (with a curved graticule a parallel can also cross the
    # bottom edge: showing only the matching coordinate keeps labels unambiguous); ticks on all four sides
    sides = {
        QgsLayoutItemMapGrid.Left: (QgsLayoutItemMapGrid.LatitudeOnly, QgsLayoutItemMapGrid.VerticalDescending,
                                    QgsLayoutItemMapGrid.FrameLeft),
        QgsLayoutItemMapGrid.Bottom: (QgsLayoutItemMapGrid.LongitudeOnly, QgsLayoutItemMapGrid.Horizontal,
                                      QgsLayoutItemMapGrid.FrameBottom),
        QgsLayoutItemMapGrid.Right: (QgsLayoutItemMapGrid.HideAll, QgsLayoutItemMapGrid.Horizontal,
                                     QgsLayoutItemMapGrid.FrameRight),
        QgsLayoutItemMapGrid.Top: (QgsLayoutItemMapGrid.HideAll, QgsLayoutItemMapGrid.Horizontal,
                                   QgsLayoutItemMapGrid.FrameTop),
    }
    for side, (display, direction, frame_flag) in sides.items():
        grid.setAnnotationDisplay(display, side)
        grid.setAnnotationPosition(QgsLayoutItemMapGrid.OutsideMapFrame, side)
        grid.setAnnotationDirection(direction, side)
        grid.setFrameSideFlag(frame_flag, True)
        which = QgsLayoutItemMapGrid.LatitudeOnly if side in (QgsLayoutItemMapGrid.Left, QgsLayoutItemMapGrid.Right) \
            else QgsLayoutItemMapGrid.LongitudeOnly
        grid.setFrameDivisions(which, side)
    main.grids().addGrid(grid)
    return main


def _inset(layout: QgsLayout, page: Page, main: QgsLayoutItemMap, rect) -> QgsLayoutItemMap:
    s = page.scale
    x, y, w, h = rect
    title_h = 8.0 * s * PT * 1.6
    _label(layout, "inset_title", "North-East Asia", (x, y, w, title_h), 8.0 * s, bold=True)
    inset = QgsLayoutItemMap(layout)
    inset.setId("inset_map")
    layout.addLayoutItem(inset)
    _place(inset, (x, y + title_h + 0.8 * s, w, h - title_h - 0.8 * s))
    inset.setCrs(QgsCoordinateReferenceSystem.fromProj(NE_ASIA_LAEA))
    inset.setExtent(QgsRectangle(*INSET_EXTENT))
    _place(inset, (x, y + title_h + 0.8 * s, w, h - title_h - 0.8 * s))
    inset.zoomToExtent(QgsRectangle(*INSET_EXTENT))
    inset.setBackgroundColor(QColor("#dfeaf2"))
    inset.setKeepLayerSet(True)
    _frame(inset, 0.25 * s)
    overview = inset.overview()
    overview.setLinkedMap(main)
    overview.setFrameSymbol(QgsFillSymbol.createSimple({
        "color": "200,30,30,40", "outline_color": "200,30,30,255", "outline_width": str(0.45 * s),
        "outline_width_unit": "MM"}))
    return inset


def _legend(layout: QgsLayout, page: Page, main: QgsLayoutItemMap, rect) -> QgsLayoutItemLegend:
    s = page.scale
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("Legend")
    legend.setLinkedMap(main)
    legend.setAutoUpdateModel(True)
    legend.setStyleFont(QgsLegendStyle.Title, _font(9.5 * s, bold=True))
    legend.setStyleFont(QgsLegendStyle.Group, _font(8.0 * s, bold=True))
    legend.setStyleFont(QgsLegendStyle.Subgroup, _font(8.0 * s, bold=True))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, _font(7.5 * s))
    legend.setFontColor(INK)
    legend.setSymbolWidth(6.0 * s)
    legend.setSymbolHeight(3.6 * s)
    legend.setBoxSpace(0.0)
    legend.setColumnSpace(4.0 * s)
    legend.setWmsLegendWidth(30 * s)
    legend.rstyle(QgsLegendStyle.Title).setMargin(QgsLegendStyle.Bottom, 1.8 * s)
    legend.rstyle(QgsLegendStyle.Subgroup).setMargin(QgsLegendStyle.Top, 2.0 * s)
    legend.rstyle(QgsLegendStyle.Subgroup).setMargin(QgsLegendStyle.Bottom, 0.6 * s)
    legend.rstyle(QgsLegendStyle.Symbol).setMargin(QgsLegendStyle.Top, 1.0 * s)
    legend.setBackgroundEnabled(False)
    legend.setResizeToContents(False)
    legend.setSplitLayer(True)
    layout.addLayoutItem(legend)
    _place(legend, rect)
    return legend


def _scalebar_and_arrow(layout: QgsLayout, page: Page, main: QgsLayoutItemMap, rect) -> None:
    s = page.scale
    x, y, w, h = rect
    arrow_w = 7.0 * s
    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setPicturePath(str(ROOT / "resources" / "icons" / "north_arrow.svg"))
    arrow.setLinkedMap(main)
    arrow.setNorthMode(QgsLayoutItemPicture.TrueNorth)
    arrow.setResizeMode(QgsLayoutItemPicture.Zoom)
    layout.addLayoutItem(arrow)
    _place(arrow, (x, y, arrow_w, h))
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scalebar")
    bar.setStyle("Single Box")
    bar.setLinkedMap(main)
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setMapUnitsPerScaleBarUnit(1000.0)
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(4)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(0.45 * (w - arrow_w - 4 * s))
    bar.setMaximumBarWidth(0.85 * (w - arrow_w - 4 * s))
    bar.setHeight(1.8 * s)
    bar.setLineSymbol(QgsLineSymbol.createSimple({"color": INK.name(), "width": str(0.25 * s), "width_unit": "MM",
                                                  "joinstyle": "miter"}))
    bar.setFillSymbol(QgsFillSymbol.createSimple({"color": INK.name(), "outline_style": "no"}))
    bar.setAlternateFillSymbol(QgsFillSymbol.createSimple({"color": "#ffffff", "outline_style": "no"}))
    bar.setLabelBarSpace(1.2 * s)
    bar.setBoxContentSpace(0.0)
    fmt = QgsTextFormat()
    fmt.setFont(_font(6.5 * s))
    fmt.setSize(6.5 * s)
    fmt.setColor(INK)
    bar.setTextFormat(fmt)
    bar.setFrameEnabled(False)
    bar.setBackgroundEnabled(False)
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(x + arrow_w + 4 * s, y + h - 9.0 * s))
    bar.update()


def _rule(layout: QgsLayout, page: Page, y: float) -> None:
    rule = QgsLayoutItemShape(layout)
    rule.setShapeType(QgsLayoutItemShape.Rectangle)
    rule.setId("header_rule")
    rule.setSymbol(QgsFillSymbol.createSimple({"color": INK.name(), "outline_style": "no"}))
    layout.addLayoutItem(rule)
    _place(rule, (page.margin, y, page.width - 2 * page.margin, 0.5 * page.scale))


def build(page: Page, project: QgsProject) -> QgsPrintLayout:
    s, m, pw, ph = page.scale, page.margin, page.width, page.height
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(page.name)
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(pw, ph, QgsUnitTypes.LayoutMillimeters))

    title_pt, sub_pt, small_pt = 18.0 * s, 9.5 * s, 6.0 * s
    title_h = title_pt * PT * 1.45
    sub_h = sub_pt * PT * 1.5
    _label(layout, "title", "Map title", (m, m, pw - 2 * m, title_h), title_pt, bold=True,
           valign=Qt.AlignmentFlag.AlignBottom)
    _label(layout, "subtitle", "Subtitle · date", (m, m + title_h + 0.5 * s, pw - 2 * m, sub_h), sub_pt,
           color=MUTED)
    rule_y = m + title_h + sub_h + 2.0 * s
    _rule(layout, page, rule_y)
    top = rule_y + 0.5 * s + 4.0 * s
    grid_room = 5.5 * s  # outside the map frame: ticks and degree labels
    line_h = small_pt * PT * 1.45

    if page.landscape and page.name == "slide_16x9":
        # slide: map and side panel (inset, legend, scale) above a footer strip with credits and disclaimer
        panel_w = 68.0 * s
        gap = 6.0 * s
        panel_x = pw - m - panel_w
        footer_h = 5 * line_h
        footer_y = ph - m - footer_h
        map_rect = (m + grid_room, top, panel_x - gap - m - grid_room, footer_y - 2.5 * s - grid_room - top)
        main = _main_map(layout, page, map_rect)
        inset_h = panel_w * 0.5 + 6 * s
        _inset(layout, page, main, (panel_x, top, panel_w, inset_h))
        bar_h = 13.0 * s
        bar_y = footer_y - 2.5 * s - bar_h
        _scalebar_and_arrow(layout, page, main, (panel_x, bar_y, panel_w, bar_h))
        legend_y = top + inset_h + 4.0 * s
        _legend(layout, page, main, (panel_x, legend_y, panel_w, bar_y - 2.0 * s - legend_y))
        credits_w = 0.58 * (pw - 2 * m)
        _label(layout, "credits", "Data sources", (m, footer_y, credits_w, footer_h), small_pt, color=MUTED,
               valign=Qt.AlignmentFlag.AlignBottom)
        _label(layout, "disclaimer", "Boundaries shown are not official.",
               (m + credits_w + 6.0 * s, footer_y, pw - 2 * m - credits_w - 6.0 * s, footer_h), small_pt,
               color=MUTED, valign=Qt.AlignmentFlag.AlignBottom)
    elif page.landscape:
        panel_w = 70.0 * s
        gap = 6.0 * s
        panel_x = pw - m - panel_w
        map_rect = (m + grid_room, top, panel_x - gap - m - grid_room, ph - m - grid_room - top)
        main = _main_map(layout, page, map_rect)
        inset_h = panel_w * 0.55 + 6 * s
        _inset(layout, page, main, (panel_x, top, panel_w, inset_h))
        disclaimer_h = 4 * line_h
        credits_h = 6 * line_h
        bottom = ph - m
        _label(layout, "disclaimer", "Boundaries shown are not official.",
               (panel_x, bottom - disclaimer_h, panel_w, disclaimer_h), small_pt, color=MUTED,
               valign=Qt.AlignmentFlag.AlignBottom)
        credits_y = bottom - disclaimer_h - 1.5 * s - credits_h
        _label(layout, "credits", "Data sources", (panel_x, credits_y, panel_w, credits_h), small_pt,
               color=MUTED, valign=Qt.AlignmentFlag.AlignBottom)
        bar_h = 13.0 * s
        bar_y = credits_y - 2.5 * s - bar_h
        _scalebar_and_arrow(layout, page, main, (panel_x, bar_y, panel_w, bar_h))
        legend_y = top + inset_h + 4.0 * s
        _legend(layout, page, main, (panel_x, legend_y, panel_w, bar_y - 2.0 * s - legend_y))
    else:
        footer_h = 9 * line_h
        lower_h = 0.30 * (ph - top - m - footer_h)
        map_h = ph - m - footer_h - lower_h - top - grid_room - 4.0 * s
        map_rect = (m + grid_room, top, pw - 2 * m - grid_room, map_h)
        main = _main_map(layout, page, map_rect)
        lower_y = top + map_h + grid_room + 4.0 * s
        right_w = 0.40 * (pw - 2 * m)
        right_x = pw - m - right_w
        bar_h = 13.0 * s
        inset_h = lower_h - bar_h - 2.0 * s
        _inset(layout, page, main, (right_x, lower_y, right_w, inset_h))
        _scalebar_and_arrow(layout, page, main, (right_x, lower_y + inset_h + 2.0 * s, right_w, bar_h))
        _legend(layout, page, main, (m, lower_y, pw - 2 * m - right_w - 6.0 * s, lower_h))
        footer_y = ph - m - footer_h
        col_w = (pw - 2 * m - 6.0 * s) / 2
        _label(layout, "credits", "Data sources", (m, footer_y, col_w, footer_h), small_pt, color=MUTED,
               valign=Qt.AlignmentFlag.AlignBottom)
        _label(layout, "disclaimer", "Boundaries shown are not official.",
               (m + col_w + 6.0 * s, footer_y, col_w, footer_h), small_pt, color=MUTED,
               valign=Qt.AlignmentFlag.AlignBottom)
    return layout


def build_inset_layer() -> None:
    """NE Asia countries for the inset and the main map's background (Natural Earth via QGIS's world map)."""
    from osgeo import gdal

    world = Path(QgsApplication.pkgDataPath()) / "resources" / "data" / "world_map.gpkg"
    out = HERE / "ne_asia_countries.geojson"
    if out.exists():
        out.unlink()
    sql = "SELECT iso_a2, ISO_A3 AS iso_a3, NAME AS name, geom FROM countries"
    options = ["-f", "GeoJSON", "-dialect", "SQLITE", "-sql", sql, "-clipsrc", "55", "5", "175", "75",
               "-simplify", "0.03", "-makevalid", "-nln", "ne_asia_countries",
               "-lco", "COORDINATE_PRECISION=3", "-lco", "RFC7946=NO"]
    gdal.VectorTranslate(str(out), str(world), options=options)
    layer = QgsVectorLayer(str(out), "ne_asia_countries", "ogr")
    from qgis.core import QgsRuleBasedRenderer

    root = QgsRuleBasedRenderer.Rule(None)
    members = ",".join(f"'{c}'" for c in NEASPEC_ISO2)
    for expr, fill in ((f'"iso_a2" IN ({members})', "#e4dfd2"), (f'NOT ("iso_a2" IN ({members}))', "#f2f1ec")):
        symbol = QgsFillSymbol.createSimple({"color": fill, "outline_color": "#ffffff", "outline_width": "0.2",
                                             "outline_width_unit": "MM"})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expr))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.saveNamedStyle(str(HERE / "ne_asia_countries.qml"))


# --- layer styles (resources/styles/) ------------------------------------------------------------------------
STYLES = ROOT / "resources" / "styles"
NAME_EXPR = ("coalesce(attribute('NAME_LOCAL'), attribute('name_local'), "
             "attribute('name'), attribute('NAME'), attribute('NAME_ENG'), "
             "attribute('officialname'))")
#: Country label: local name, with the English name on a second line when it differs.
COUNTRY_EXPR = (
    "with_variable('loc', coalesce(attribute('NAME_LOCAL'), attribute('name_local')), "
    "with_variable('en', coalesce(attribute('NAME_EN'), attribute('NAME'), "
    "attribute('name'), attribute('ADMIN')), "
    "if(@loc IS NULL, @en, if(@en IS NULL OR @en = @loc, @loc, @loc || '\\n' || @en))))")
HABITATS = (
    ("amur_tiger_leopard", "Amur tiger and leopard", "#e6862e"),
    ("snow_leopard", "Snow leopard", "#8c6bb1"),
    ("crane_wetland", "Cranes (wetlands)", "#2c9fb0"),
    ("spoonbill_wetland", "Black-faced spoonbill (wetlands)", "#225ea8"),
)
#: ESA WorldCover 2020/2021 legend (class, colour, label).
WORLDCOVER = (
    (10, "#006400", "Tree cover"), (20, "#ffbb22", "Shrubland"), (30, "#ffff4c", "Grassland"),
    (40, "#f096ff", "Cropland"), (50, "#fa0000", "Built-up"), (60, "#b4b4b4", "Bare / sparse vegetation"),
    (70, "#f0f0f0", "Snow and ice"), (80, "#0064c8", "Permanent water bodies"), (90, "#0096a0", "Herbaceous wetland"),
    (95, "#00cf75", "Mangroves"), (100, "#fae6a0", "Moss and lichen"),
)


def _labeling(expression: str, size: float, color: str, max_scale: float = 0.0, bold: bool = False,
              italic: bool = False, polygon: bool = True):
    from qgis.core import QgsPalLayerSettings, QgsTextBufferSettings, QgsVectorLayerSimpleLabeling

    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    fmt = QgsTextFormat()
    font = _font(size, bold)
    font.setItalic(italic)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setColor(QColor(color))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.7)
    buffer.setColor(QColor(255, 255, 255, 220))
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    settings.multilineAlign = QgsPalLayerSettings.MultiCenter
    if polygon:
        settings.placement = QgsPalLayerSettings.OverPoint
        settings.centroidWhole = False
        settings.centroidInside = True
        settings.fitInPolygonOnly = False
    else:
        settings.placement = QgsPalLayerSettings.Curved
    if max_scale:
        settings.scaleVisibility = True
        settings.minimumScale = max_scale  # labels only at scales larger than 1:max_scale
        settings.maximumScale = 0
    return QgsVectorLayerSimpleLabeling(settings)


def _memory(geometry: str, fields: str, name: str) -> QgsVectorLayer:
    return QgsVectorLayer(f"{geometry}?crs=EPSG:4326{fields}", name, "memory")


def _fill(color: str, outline: str, width: float, alpha: int = 255, style: str = "solid") -> QgsFillSymbol:
    c = QColor(color)
    c.setAlpha(alpha)
    return QgsFillSymbol.createSimple({"color": f"{c.red()},{c.green()},{c.blue()},{c.alpha()}",
                                       "outline_color": outline, "outline_width": str(width),
                                       "outline_width_unit": "MM", "style": style})


def _hatch(color: str, angle: float, distance: float, width: float):
    from qgis.core import QgsLinePatternFillSymbolLayer

    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(angle)
    hatch.setDistance(distance)
    hatch.setLineWidth(width)
    hatch.setColor(QColor(color))
    return hatch


def build_styles() -> list[Path]:
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsPalettedRasterRenderer,
        QgsRasterLayer,
        QgsRendererCategory,
        QgsSimpleLineSymbolLayer,
        QgsSingleSymbolRenderer,
    )

    STYLES.mkdir(parents=True, exist_ok=True)
    written = []

    def save(layer, name):
        path = STYLES / name
        layer.saveNamedStyle(str(path))
        written.append(path)

    # countries: pale land, brown-grey boundary, local + English name
    layer = _memory("MultiPolygon", "&field=NAME_LOCAL:string&field=NAME_EN:string", "countries")
    layer.setRenderer(QgsSingleSymbolRenderer(_fill("#f6f3ec", "#7d6f5a", 0.4)))
    layer.setLabeling(_labeling(COUNTRY_EXPR, 9.0, "#6b5d48", bold=True))
    layer.setLabelsEnabled(True)
    save(layer, "countries.qml")

    # protected areas: translucent green with a firm outline, names at 1:1 500 000 and larger
    layer = _memory("MultiPolygon", "&field=NAME:string", "protected_areas")
    layer.setRenderer(QgsSingleSymbolRenderer(_fill("#3a9d5d", "#1e6b3a", 0.4, alpha=110)))
    layer.setLabeling(_labeling(NAME_EXPR, 7.0, "#1e5631", max_scale=1_500_000, italic=True))
    layer.setLabelsEnabled(True)
    save(layer, "protected_areas.qml")

    # Ramsar sites (designated): no fill, a strong blue double outline, names at 1:1 500 000 and larger
    layer = _memory("MultiPolygon", "&field=officialname:string", "ramsar_sites")
    symbol = _fill("#ffffff", "#0b4f8a", 0.7, style="no")
    inner = QgsSimpleLineSymbolLayer(QColor("#7fb8e6"), 0.3)
    inner.setOffset(-0.6)
    symbol.appendSymbolLayer(inner)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabeling(_labeling(NAME_EXPR, 7.0, "#0b4f8a", max_scale=1_500_000, italic=True))
    layer.setLabelsEnabled(True)
    save(layer, "ramsar_sites.qml")

    # wetlands: blue with horizontal marsh hatching
    layer = _memory("MultiPolygon", "&field=name:string&field=name_local:string", "wetlands")
    symbol = _fill("#9fd3ea", "#1f78b4", 0.35, alpha=150)
    symbol.appendSymbolLayer(_hatch("#1f78b4", angle=0, distance=1.2, width=0.15))
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabeling(_labeling(NAME_EXPR, 7.0, "#174f78", max_scale=1_000_000, italic=True))
    layer.setLabelsEnabled(True)
    save(layer, "wetlands.qml")

    # habitat: one colour per species group, diagonal hatching so protected areas below stay visible
    layer = _memory("MultiPolygon", "&field=habitat:string&field=name:string", "habitat")
    categories = []
    for value, label, color in HABITATS + (("", "Other habitat", "#7f7f7f"),):
        symbol = _fill(color, color, 0.5, alpha=45)
        symbol.appendSymbolLayer(_hatch(color, angle=45, distance=2.0, width=0.25))
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("habitat", categories))
    save(layer, "habitat.qml")

    # cores: solid dark red patches with their id
    layer = _memory("MultiPolygon", "&field=core_id:integer&field=name:string", "cores")
    layer.setRenderer(QgsSingleSymbolRenderer(_fill("#b2182b", "#67000d", 0.35, alpha=200)))
    layer.setLabeling(_labeling("coalesce(attribute('name'), to_string(attribute('core_id')))",
                                7.0, "#67000d", bold=True))
    layer.setLabelsEnabled(True)
    save(layer, "cores.qml")

    # roads: grey line on a white casing
    layer = _memory("MultiLineString", "&field=name:string&field=highway:string", "roads")
    from qgis.core import QgsLineSymbol as LineSymbol

    symbol = LineSymbol.createSimple({"color": "#ffffff", "width": "0.9", "width_unit": "MM", "capstyle": "round",
                                      "joinstyle": "round"})
    core = QgsSimpleLineSymbolLayer(QColor("#5f5f5f"), 0.5)
    core.setPenCapStyle(Qt.PenCapStyle.RoundCap)
    core.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
    symbol.appendSymbolLayer(core)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabeling(_labeling(NAME_EXPR, 6.5, "#3c3c3c", max_scale=750_000, polygon=False))
    layer.setLabelsEnabled(True)
    save(layer, "roads.qml")

    # ESA WorldCover land cover: the official palette, 0 = no data transparent
    from osgeo import gdal

    tif = Path("/vsimem/worldcover.tif")
    ds = gdal.GetDriverByName("GTiff").Create(str(tif), 2, 2, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((0, 100, 0, 0, 0, -100))
    ds.GetRasterBand(1).SetNoDataValue(0)
    ds.GetRasterBand(1).Fill(10)
    ds = None
    raster = QgsRasterLayer(str(tif), "landcover", "gdal")
    classes = [QgsPalettedRasterRenderer.Class(value, QColor(color), label) for value, color, label in WORLDCOVER]
    raster.setRenderer(QgsPalettedRasterRenderer(raster.dataProvider(), 1, classes))
    save(raster, "landcover_worldcover.qml")
    gdal.Unlink(str(tif))
    return written


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    build_inset_layer()
    for path in build_styles():
        print(f"wrote {path.relative_to(ROOT)}")
    project = QgsProject.instance()
    for page in PAGES:
        layout = build(page, project)
        path = HERE / f"{page.name}.qpt"
        context = QgsReadWriteContext()
        context.setPathResolver(QgsPathResolver(str(path)))  # the north arrow's path relative to the template
        if not layout.saveAsTemplate(str(path), context):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(f"wrote {path.relative_to(ROOT)}")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
