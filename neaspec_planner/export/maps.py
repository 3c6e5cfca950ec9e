"""Planning maps from the bundled print layout templates: PDF (vector, fonts embedded, selectable text), PNG, SVG,
and atlas maps (one page per feature of a coverage layer).

The templates (``resources/layouts/*.qpt``, built by ``build_templates.py``) hold items with stable ids that this
module fills in: ``title``, ``subtitle``, ``main_map`` (with the ``graticule`` grid), ``inset_map``,
``inset_title``, ``legend``, ``scalebar``, ``north_arrow``, ``credits``, ``disclaimer``. A user's own template works
too: items it lacks are skipped.

Typical use::

    request = MapRequest(layers=[countries, protected], title="Tumen estuary", language="zh")
    files = make_map(request, "/tmp/tumen.pdf")
"""
from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeedback,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsMapLayer,
    QgsMapLayerType,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QLocale
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtXml import QDomDocument

from neaspec_planner.export import texts
from neaspec_planner.paths import resource_path

#: Bundled templates: key → file name in resources/layouts/.
TEMPLATES = {
    "a4_landscape": "a4_landscape.qpt",
    "a4_portrait": "a4_portrait.qpt",
    "a3_landscape": "a3_landscape.qpt",
    "a3_portrait": "a3_portrait.qpt",
    "slide_16x9": "slide_16x9.qpt",
}
DEFAULT_TEMPLATE = "a4_landscape"
#: Readable names of the bundled templates (GUI enum order = this order).
TEMPLATE_TITLES = {
    "a4_landscape": "A4 landscape",
    "a4_portrait": "A4 portrait",
    "a3_landscape": "A3 landscape",
    "a3_portrait": "A3 portrait",
    "slide_16x9": "Slide 16:9",
}
FORMATS = (".pdf", ".png", ".svg")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
#: Nice graticule intervals in degrees.
GRID_STEPS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 20.0, 30.0)
#: Styles of other helpers' layers, found by key (``<key>.qml`` or ``<key>_*.qml``).
STYLE_FILES = {"landcover": "landcover_worldcover.qml"}
#: Fields used to name atlas pages, in order of preference.
PAGE_NAME_FIELDS = ("candidate", "officialname", "NAME_LOCAL", "name_local", "NAME_EN", "name", "NAME", "NAME_ENG",
                    "site", "country", "ISO_A3", "iso3", "core_id", "link")


class MapError(Exception):
    """A map cannot be made from these inputs (message says why and what to do)."""


@dataclass
class MapRequest:
    """Everything a planning map needs. ``extent`` is in ``extent_crs`` (default: the layers' combined extent plus
    ``margin`` — a fraction of its width/height on each side)."""

    layers: Sequence[QgsMapLayer]
    template: str = DEFAULT_TEMPLATE
    title: str = ""
    subtitle: str = ""
    extent: Optional[QgsRectangle] = None
    extent_crs: Optional[QgsCoordinateReferenceSystem] = None
    margin: float = 0.05
    language: str = "en"
    credits: str = ""
    dpi: float = 200.0
    atlas_layer: Optional[QgsVectorLayer] = None
    atlas_name_field: str = ""
    date: Optional[QDate] = None


@dataclass
class MapDocument:
    """A filled layout and the layers it draws (kept alive with it)."""

    layout: QgsPrintLayout
    layers: list = field(default_factory=list)
    atlas: bool = False
    language: str = "en"


# --- templates -------------------------------------------------------------------------------------------
def template_path(template: str | os.PathLike | None) -> Path:
    """Path of a bundled template key (``a3_portrait``) or of a user's ``.qpt`` file."""
    if not template:
        template = DEFAULT_TEMPLATE
    key = str(template)
    if key in TEMPLATES:
        return resource_path("layouts", TEMPLATES[key])
    path = Path(key)
    if not path.exists():
        raise MapError(f"Layout template '{key}' not found. Use a .qpt file or one of: {', '.join(TEMPLATES)}.")
    if path.suffix.lower() != ".qpt":
        raise MapError(f"'{key}' is not a QGIS layout template (.qpt).")
    return path


def load_template(template: str | os.PathLike | None, project: QgsProject) -> QgsPrintLayout:
    path = template_path(template)
    doc = QDomDocument()
    with open(path, "rb") as handle:
        if not doc.setContent(handle.read()):
            raise MapError(f"Layout template '{path}' is not valid XML.")
    layout = QgsPrintLayout(project)
    context = QgsReadWriteContext()
    from qgis.core import QgsPathResolver

    context.setPathResolver(QgsPathResolver(str(path)))
    _items, ok = layout.loadFromTemplate(doc, context)
    if not ok:
        raise MapError(f"Layout template '{path}' could not be loaded.")
    layout.setName(path.stem)
    return layout


def item(layout: QgsPrintLayout, item_id: str, kind: type):
    """The item with ``item_id`` if it exists and is a ``kind``."""
    found = layout.itemById(item_id)
    return found if isinstance(found, kind) else None


# --- layers -----------------------------------------------------------------------------------------------
def style_path(layer: QgsMapLayer) -> Optional[Path]:
    """The bundled ``.qml`` for a layer, chosen from its name (``protected_areas_wdpca`` → protected_areas.qml)."""
    names = [_source_layer_name(layer), layer.name()]
    for name in names:
        if not name:
            continue
        norm = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
        direct = resource_path("styles", f"{norm}.qml")
        if direct.exists():
            return direct
        key = texts.layer_key(name)
        if key is None:
            continue
        candidates = [resource_path("styles", STYLE_FILES.get(key, f"{key}.qml"))]
        candidates += sorted(resource_path("styles").glob(f"{key}_*.qml"))
        for candidate in candidates:
            if candidate.exists():
                return candidate
    return None


def display_name(layer: QgsMapLayer) -> str:
    """The layer's name, or its GeoPackage table name when QGIS named it after the file (``region`` for
    ``region.gpkg|layername=roads``)."""
    name = layer.name()
    source = layer.source()
    match = re.search(r"layername=([^|]+)", source)
    if match and name.lower() == Path(source.split("|")[0]).stem.lower():
        return match.group(1)
    return name


def _source_layer_name(layer: QgsMapLayer) -> str:
    source = layer.source()
    match = re.search(r"layername=([^|]+)", source)
    if match:
        return match.group(1)
    return Path(source.split("|")[0]).stem


def apply_bundled_style(layer: QgsMapLayer, keep_existing: bool = True) -> bool:
    """Style a layer with the bundled ``.qml`` matching its name unless it has its own default style
    (a sidecar .qml or a style stored in the GeoPackage). Returns True when a bundled style was applied."""
    if keep_existing:
        _msg, has_default = layer.loadDefaultStyle()
        if has_default:
            return False
    path = style_path(layer)
    if path is None:
        return False
    before = layer.renderer().clone() if layer.type() == QgsMapLayerType.VectorLayer and layer.renderer() else None
    _msg, ok = layer.loadNamedStyle(str(path))
    if ok and before is not None and layer.renderer() is not None:
        names = {n.lower() for n in layer.fields().names()}
        used = {a.lower() for a in layer.renderer().usedAttributes(QgsRenderContext())}
        if not used <= names:  # the style classifies by fields this layer lacks: it would draw nothing
            layer.setRenderer(before)
            ok = False
    layer.triggerRepaint()
    return bool(ok)


def _draw_rank(layer: QgsMapLayer) -> int:
    """Drawing order: points on top, then lines, polygons, rasters, and country polygons (the opaque base)."""
    if layer.type() == QgsMapLayerType.VectorLayer:
        geom = QgsWkbTypes.geometryType(layer.wkbType())
        if geom == QgsWkbTypes.PolygonGeometry and texts.layer_key(display_name(layer)) == "countries":
            return 5
        return {QgsWkbTypes.PointGeometry: 0, QgsWkbTypes.LineGeometry: 1, QgsWkbTypes.PolygonGeometry: 2}.get(geom, 3)
    return 4


def ordered_layers(layers: Iterable[QgsMapLayer]) -> list[QgsMapLayer]:
    """Layers with a geometry or pixels, top first (stable within points / lines / polygons / rasters)."""
    usable = [lyr for lyr in layers if lyr is not None and lyr.isValid() and lyr.isSpatial()]
    return sorted(usable, key=_draw_rank)


def base_layer() -> QgsVectorLayer:
    """Natural Earth countries of North-East Asia (inset and background of the main map)."""
    layer = QgsVectorLayer(str(resource_path("layouts", "ne_asia_countries.geojson")), "ne_asia_countries", "ogr")
    if not layer.isValid():
        raise MapError("The bundled inset map (resources/layouts/ne_asia_countries.geojson) is missing or damaged.")
    layer.loadNamedStyle(str(resource_path("layouts", "ne_asia_countries.qml")))
    return layer


# --- extents and projection -------------------------------------------------------------------------------
def combined_extent(layers: Sequence[QgsMapLayer], crs: QgsCoordinateReferenceSystem,
                    project: QgsProject) -> QgsRectangle:
    """Union of the layers' extents in ``crs`` (empty layers ignored)."""
    total = QgsRectangle()
    total.setMinimal()
    for layer in layers:
        extent = layer.extent()
        if extent.isNull() or (layer.type() == QgsMapLayerType.VectorLayer and layer.featureCount() == 0):
            continue
        transform = QgsCoordinateTransform(layer.crs(), crs, project)
        try:
            rect = transform.transformBoundingBox(extent)
        except Exception:  # noqa: BLE001 - a layer outside the CRS's area is skipped, not fatal
            continue
        total.combineExtentWith(rect)
    return total


def with_margin(rect: QgsRectangle, margin: float, minimum: float = 0.0) -> QgsRectangle:
    """``rect`` grown by ``margin`` × its size on every side (at least ``minimum`` wide/high overall)."""
    w = max(rect.width(), minimum)
    h = max(rect.height(), minimum)
    cx, cy = rect.center().x(), rect.center().y()
    w, h = w * (1 + 2 * margin), h * (1 + 2 * margin)
    return QgsRectangle(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


def laea_for(rect_wgs84: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """Lambert azimuthal equal-area centred on an extent given in degrees (centre rounded to 0.5°)."""
    lon = round(rect_wgs84.center().x() * 2) / 2
    lat = round(rect_wgs84.center().y() * 2) / 2
    return QgsCoordinateReferenceSystem.fromProj(
        f"+proj=laea +lat_0={lat:g} +lon_0={lon:g} +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs")


def grid_interval(span_degrees: float, target_lines: float = 6.0) -> float:
    """A nice graticule step giving about ``target_lines`` lines across ``span_degrees``."""
    best = GRID_STEPS[0]
    for step in GRID_STEPS:
        if span_degrees / step >= target_lines * 0.6:
            best = step
    return best


def _format_degree(value: float, positive: str, negative: str) -> str:
    suffix = positive if value >= 0 else negative
    text = f"{abs(value):.2f}".rstrip("0").rstrip(".")
    return f"{text}°{suffix}"


# --- filling the layout -----------------------------------------------------------------------------------
def _font_like(font: QFont, family: str, scale: float = 1.0) -> QFont:
    new = QFont(font)
    new.setFamily(family)
    if scale != 1.0 and new.pointSizeF() > 0:
        new.setPointSizeF(new.pointSizeF() * scale)
    return new


def _set_label(layout: QgsPrintLayout, item_id: str, value: str, family: str) -> Optional[QgsLayoutItemLabel]:
    label = item(layout, item_id, QgsLayoutItemLabel)
    if label is None:
        return None
    label.setText(value)
    label.setFont(_font_like(label.font(), family))
    return label


def _shrink_to_width(label: Optional[QgsLayoutItemLabel], floor: float = 0.55) -> None:
    """Single-line labels (title, subtitle): a smaller font when the text is wider than the label."""
    if label is None:
        return
    from qgis.core import QgsLayoutUtils

    font = label.font()
    text = label.currentText()
    width = QgsLayoutUtils.textWidthMM(font, text)
    available = label.rect().width() - 2 * label.marginX()
    if width <= available or width <= 0:
        return
    label.setFont(_font_like(font, font.family(), max(floor, available / width * 0.98)))


def _wrapped_height(font: QFont, text: str, width: float) -> float:
    """Estimated height (mm) of ``text`` word-wrapped to ``width`` mm (paragraphs at newlines)."""
    from qgis.core import QgsLayoutUtils

    lines = 0
    for paragraph in text.split("\n"):
        lines += max(1, math.ceil(QgsLayoutUtils.textWidthMM(font, paragraph) * 1.05 / max(width, 1.0)))
    return lines * QgsLayoutUtils.fontHeightMM(font) * 1.2


def _shrink_to_box(label: Optional[QgsLayoutItemLabel], floor: float = 0.75) -> None:
    """Multi-line labels (credits, disclaimer): a smaller font (down to ``floor``) when the text would overflow."""
    if label is None:
        return
    font, text = label.font(), label.currentText()
    width = label.rect().width() - 2 * label.marginX()
    height = label.rect().height() - 2 * label.marginY()
    for scale in (1.0, 0.92, 0.85, 0.8, floor):
        candidate = _font_like(font, font.family(), scale)
        if _wrapped_height(candidate, text, width) <= height or scale == floor:
            label.setFont(candidate)
            return


def _escape_expression(value: str) -> str:
    """Plain text for a layout label (``[%`` would start an expression)."""
    return value.replace("[%", "[ %")


def credits_text(lang: str, user_credits: str, date: QDate, projection: str) -> str:
    locale = QLocale(texts.LOCALES[lang])
    month_year = locale.toString(date, "MMMM yyyy") if lang == "en" else date.toString("MM/yyyy")
    parts = [
        f"{texts.text('data_sources', lang)}: {texts.wdpa_citation(date.year(), month_year)}.",
        texts.text("natural_earth", lang) + ".",
    ]
    if user_credits.strip():
        parts.append(user_credits.strip().rstrip(".") + ".")
    parts.append(projection + ".")
    return "\n".join(parts)


def _legend_fill(legend: QgsLayoutItemLegend, layers: Sequence[QgsMapLayer], lang: str, family: str) -> None:
    legend.setAutoUpdateModel(False)
    root: QgsLayerTree = legend.model().rootGroup()
    root.clear()
    from qgis.core import QgsMapLayerLegendUtils

    model = legend.model()
    for layer in layers:
        node = root.addLayer(layer)  # (node.setName would rename the layer itself)
        node.setCustomProperty("legend/title-label", texts.layer_title(display_name(layer), lang))
        _translate_categories(node, layer, lang)
        if layer.type() == QgsMapLayerType.RasterLayer:  # drop the "Band 1 (Gray)" line above the classes
            nodes = model.layerLegendNodes(node)
            keep = [i for i, n in enumerate(nodes) if not re.match(r"^Band \d+", str(n.data(0) or ""))]
            if len(keep) < len(nodes):
                QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep)
                model.refreshLayerLegend(node)
    legend.setTitle(texts.text("legend", lang))
    for style in (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel):
        legend.setStyleFont(style, _font_like(legend.styleFont(style), family))
    legend.setLegendFilterByMapEnabled(True)
    legend.updateLegend()


def _translate_categories(node, layer: QgsMapLayer, lang: str) -> None:
    """Legend labels of known habitat classes in the map's language (the layer's own style is not changed)."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsMapLayerLegendUtils

    renderer = layer.renderer() if layer.type() == QgsMapLayerType.VectorLayer else None
    if not isinstance(renderer, QgsCategorizedSymbolRenderer) or renderer.classAttribute().lower() != "habitat":
        return
    for index, category in enumerate(renderer.categories()):
        name = texts.habitat_name(str(category.value()), lang)
        if name:
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, name)


def fit_legend(legend: QgsLayoutItemLegend) -> None:
    """Keep the legend inside its template box: more columns, then smaller text, when it does not fit."""
    from qgis.core import QgsLayoutUtils, QgsLegendRenderer

    box_w, box_h = legend.rect().width(), legend.rect().height()
    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)

    def needed() -> tuple[float, float]:
        size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
        return size.width(), size.height()

    styles = (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel)
    originals = {s: QFont(legend.styleFont(s)) for s in styles}
    symbol = (legend.symbolWidth(), legend.symbolHeight())

    def apply(scale: float, columns: int) -> tuple[float, float]:
        for s in styles:
            legend.setStyleFont(s, _font_like(originals[s], originals[s].family(), scale))
        legend.setSymbolWidth(symbol[0] * max(scale, 0.8))
        legend.setSymbolHeight(symbol[1] * max(scale, 0.8))
        legend.setColumnCount(columns)
        return needed()

    best, best_overflow = (0.62, 1), math.inf
    for scale in (1.0, 0.9, 0.8, 0.72, 0.65):
        for columns in (1, 2, 3):
            w, h = apply(scale, columns)
            overflow = max(w - box_w, 0.0) * 10 + max(h - box_h, 0.0)
            if overflow <= 0.1:
                legend.updateLegend()
                return
            if overflow < best_overflow:
                best, best_overflow = (scale, columns), overflow
            if w > box_w + 0.1:
                break
    apply(*best)  # nothing fits: the least overflowing arrangement
    legend.updateLegend()


def _grid_setup(main: QgsLayoutItemMap, family: str, extent_wgs84: QgsRectangle, target_lines: float = 5.0) -> None:
    span = min(extent_wgs84.width() * math.cos(math.radians(extent_wgs84.center().y())), extent_wgs84.height())
    step = grid_interval(span, target_lines=target_lines)
    precision = 0 if step >= 1 else (1 if step >= 0.1 and round(step * 10) == step * 10 else 2)
    for grid in main.grids().asList():
        if grid.crs().isValid() and grid.crs().isGeographic():
            grid.setIntervalX(step)
            grid.setIntervalY(step)
            grid.setAnnotationPrecision(precision)
        fmt = grid.annotationTextFormat()
        fmt.setFont(_font_like(fmt.font(), family))
        grid.setAnnotationTextFormat(fmt)


def build_map(request: MapRequest, project: Optional[QgsProject] = None,
              log: Callable[[str], None] = lambda _m: None) -> MapDocument:
    """A filled print layout for ``request`` (not yet exported)."""
    project = project or QgsProject.instance()
    lang = texts.language(request.language)
    family = texts.font_family(lang)
    layers = ordered_layers(request.layers)
    if not layers:
        raise MapError("No layer with geometry or pixels to map: add at least one vector or raster layer.")
    layout = load_template(request.template, project)
    doc = MapDocument(layout=layout, layers=list(layers), atlas=request.atlas_layer is not None, language=lang)
    date = request.date or QDate.currentDate()
    locale = QLocale(texts.LOCALES[lang])

    if request.atlas_layer is not None and request.atlas_layer.featureCount() == 0:
        raise MapError(f"Atlas layer '{request.atlas_layer.name()}' is empty: no pages to make.")
    # extent in WGS84, then the map's equal-area projection centred on it
    coverage = [request.atlas_layer] if request.atlas_layer is not None else list(layers)
    if request.extent is not None and not request.extent.isNull() and request.atlas_layer is None:
        crs = request.extent_crs if request.extent_crs and request.extent_crs.isValid() else project.crs()
        if not crs.isValid():
            crs = WGS84
        extent_wgs = QgsCoordinateTransform(crs, WGS84, project).transformBoundingBox(request.extent)
        margin = 0.0
    else:
        extent_wgs = combined_extent(coverage, WGS84, project)
        margin = request.margin
    if extent_wgs.isNull() or not all(math.isfinite(v) for v in (extent_wgs.xMinimum(), extent_wgs.yMaximum())) \
            or extent_wgs.xMinimum() > extent_wgs.xMaximum():
        raise MapError("The layers have no features to map (empty extent). Check the layers or give an EXTENT.")
    map_crs = laea_for(extent_wgs)

    base = base_layer()
    doc.layers.append(base)
    main = item(layout, "main_map", QgsLayoutItemMap)
    if main is None:
        raise MapError(f"Template '{request.template}' has no map item with id 'main_map'.")
    main.setCrs(map_crs)
    main.setKeepLayerSet(True)
    main.setLayers(list(layers) + [base])
    to_map = QgsCoordinateTransform(WGS84, map_crs, project)
    map_extent = to_map.transformBoundingBox(extent_wgs)
    map_extent = with_margin(map_extent, margin, minimum=2000.0)
    _zoom(main, map_extent)
    visible_wgs = QgsCoordinateTransform(map_crs, WGS84, project).transformBoundingBox(main.extent())
    if request.atlas_layer is not None:  # pages differ in scale: a step that suits a typical page
        visible_wgs = _typical_feature_extent(request.atlas_layer, project)
    _grid_setup(main, family, visible_wgs, 3.5 if request.atlas_layer is not None else 5.0)

    inset = item(layout, "inset_map", QgsLayoutItemMap)
    inset_hidden = False
    if inset is not None:
        inset.setKeepLayerSet(True)
        inset.setLayers([base])
        if inset.overview() is not None:
            inset.overview().setLinkedMap(main)
        if request.atlas_layer is None and _covers_inset(main, inset, project):
            inset_hidden = True  # the main map already shows the region: a locator map would add nothing
    for picture in (item(layout, "north_arrow", QgsLayoutItemPicture),):
        if picture is not None:
            picture.setPicturePath(str(resource_path("icons", "north_arrow.svg")))
            picture.setLinkedMap(main)
    bar = item(layout, "scalebar", QgsLayoutItemScaleBar)
    if bar is not None:
        bar.setLinkedMap(main)
        bar.setUnits(QgsUnitTypes.DistanceKilometers)
        bar.setMapUnitsPerScaleBarUnit(1.0)  # (the "label unit multiplier": distances are already in km)
        if request.atlas_layer is None:
            _nice_scalebar(bar, main)
        bar.setUnitLabel(texts.unit_label("km", lang))
        fmt = bar.textFormat()
        fmt.setFont(_font_like(fmt.font(), family))
        bar.setTextFormat(fmt)
        bar.update()

    title = request.title.strip() or texts.text("default_title", lang)
    _shrink_to_width(_set_label(layout, "title", _escape_expression(title), family))
    date_text = locale.toString(date, QLocale.FormatType.LongFormat)
    subtitle = _escape_expression(request.subtitle.strip())
    if request.atlas_layer is not None:
        subtitle = " · ".join(p for p in (subtitle, "[% @atlas_pagename %]") if p)
    _shrink_to_width(_set_label(layout, "subtitle", " · ".join(
        p for p in (subtitle, texts.text("produced", lang, date=date_text)) if p), family))
    centre = map_crs.toProj()
    lat0 = float(re.search(r"\+lat_0=([-\d.]+)", centre).group(1))
    lon0 = float(re.search(r"\+lon_0=([-\d.]+)", centre).group(1))
    projection = texts.text("projection", lang, lon=_format_degree(lon0, "E", "W"),
                            lat=_format_degree(lat0, "N", "S"))
    _shrink_to_box(_set_label(layout, "credits", _escape_expression(
        credits_text(lang, request.credits, date, projection)), family))
    _shrink_to_box(_set_label(layout, "disclaimer", texts.text("disclaimer", lang), family))
    _set_label(layout, "inset_title", texts.text("inset", lang), family)

    legend = item(layout, "legend", QgsLayoutItemLegend)
    if inset_hidden:
        _hide_inset(layout, inset, legend)
    if legend is not None:
        legend.setLinkedMap(main)
        _legend_fill(legend, layers, lang, family)
        fit_legend(legend)

    if request.atlas_layer is not None:
        _setup_atlas(layout, main, request)
    layout.renderContext().setDpi(request.dpi)
    log(f"Map projection: {map_crs.toProj()}")
    return doc


def _covers_inset(main: QgsLayoutItemMap, inset: QgsLayoutItemMap, project: QgsProject) -> bool:
    """True when the main map shows more than a third of the inset's area."""
    rect = QgsCoordinateTransform(main.crs(), inset.crs(), project).transformBoundingBox(main.extent())
    inset_rect = inset.extent()
    if inset_rect.isEmpty():
        return False
    return rect.intersect(inset_rect).area() > inset_rect.area() / 3


def _hide_inset(layout: QgsPrintLayout, inset: QgsLayoutItemMap, legend: Optional[QgsLayoutItemLegend]) -> None:
    """Hide the locator map and its title; a legend just below (or beside) it takes the freed space."""
    title = item(layout, "inset_title", QgsLayoutItemLabel)
    top = min(i.pos().y() for i in (inset, title) if i is not None)
    for hidden in (inset, title):
        if hidden is not None:
            hidden.setVisibility(False)
    if legend is None:
        return
    left, width = inset.pos().x(), inset.rect().width()
    if abs(legend.pos().x() - left) < 1.0 and legend.pos().y() > top:  # legend under the inset: grow upwards
        bottom = legend.pos().y() + legend.rect().height()
        legend.attemptMove(QgsLayoutPoint(legend.pos().x(), top, QgsUnitTypes.LayoutMillimeters))
        legend.attemptResize(QgsLayoutSize(legend.rect().width(), bottom - top, QgsUnitTypes.LayoutMillimeters))
    elif legend.pos().x() < left and abs(legend.pos().y() - top) < 20.0:  # legend beside it: grow sideways
        legend.attemptResize(QgsLayoutSize(left + width - legend.pos().x(), legend.rect().height(),
                                           QgsUnitTypes.LayoutMillimeters))


def _zoom(map_item: QgsLayoutItemMap, extent: QgsRectangle) -> None:
    """Zoom keeping the item's size (zoomToExtent from a NaN extent stays NaN; setExtent resizes the item)."""
    current = map_item.extent()
    if current.isEmpty() or not math.isfinite(current.width()):
        size, pos = map_item.sizeWithUnits(), map_item.positionWithUnits()
        map_item.setExtent(extent)
        map_item.attemptResize(size)
        map_item.attemptMove(pos)
    map_item.zoomToExtent(extent)


def nice_step(value: float) -> float:
    """The largest 1, 2, 2.5 or 5 × 10ⁿ not above ``value``."""
    if value <= 0 or not math.isfinite(value):
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for factor in (5.0, 2.5, 2.0, 1.0):
        if factor * power <= value:
            return factor * power
    return power


def _nice_scalebar(bar: QgsLayoutItemScaleBar, main: QgsLayoutItemMap) -> None:
    """Fixed segments of a round number of km (1, 2, 2.5 or 5 × 10ⁿ) within the bar's maximum width."""
    scale = main.scale()
    if not math.isfinite(scale) or scale <= 0:
        return
    segments = max(bar.numberOfSegments(), 1)
    mm_per_km = 1e6 / scale
    step = nice_step(bar.maximumBarWidth() / segments / mm_per_km)
    from qgis.core import QgsScaleBarSettings

    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    bar.setNumberOfSegments(segments)
    bar.setUnitsPerSegment(step)


def _typical_feature_extent(layer: QgsVectorLayer, project: QgsProject) -> QgsRectangle:
    """Median feature extent (WGS84) of an atlas coverage layer, for the graticule step."""
    transform = QgsCoordinateTransform(layer.crs(), WGS84, project)
    sizes = []
    for feature in layer.getFeatures():
        geom = feature.geometry()
        if geom is None or geom.isEmpty():
            continue
        rect = transform.transformBoundingBox(geom.boundingBox())
        sizes.append((max(rect.width(), rect.height()), rect))
    if not sizes:
        raise MapError(f"Atlas layer '{layer.name()}' has no features with a geometry.")
    sizes.sort(key=lambda item_: item_[0])
    rect = QgsRectangle(sizes[len(sizes) // 2][1])
    return with_margin(rect, 0.15, minimum=0.05)


def page_name_expression(layer: QgsVectorLayer, name_field: str = "") -> str:
    names = layer.fields().names()
    if name_field and name_field in names:
        return f'"{name_field}"'
    if "from_id" in names and "to_id" in names:
        return "concat(\"from_id\", ' – ', \"to_id\")"
    for candidate in PAGE_NAME_FIELDS:
        if candidate in names:
            return f'"{candidate}"'
    return "@atlas_featureid"


def _setup_atlas(layout: QgsPrintLayout, main: QgsLayoutItemMap, request: MapRequest) -> None:
    layer = request.atlas_layer
    if layer.featureCount() == 0:
        raise MapError(f"Atlas layer '{layer.name()}' is empty: no pages to make.")
    atlas = layout.atlas()
    atlas.setCoverageLayer(layer)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setPageNameExpression(page_name_expression(layer, request.atlas_name_field))
    atlas.setSortFeatures(False)
    main.setAtlasDriven(True)
    main.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    main.setAtlasMargin(0.15)


# --- export ----------------------------------------------------------------------------------------------
def _partial(path: Path) -> Path:
    return path.with_name(f".{path.stem}.partial{path.suffix}")


def _check(result: int, what: str, path: Path, error: str = "") -> None:
    if result != QgsLayoutExporter.Success:
        raise MapError(f"Could not write {what} '{path}' (exporter code {result}{': ' + error if error else ''}). "
                       "Check that the folder is writable and the disk not full.")


def pdf_settings(dpi: float) -> QgsLayoutExporter.PdfExportSettings:
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.forceVectorOutput = True
    settings.rasterizeWholeImage = False
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    settings.exportMetadata = True
    settings.appendGeoreference = True
    settings.simplifyGeometries = True
    return settings


def export(doc: MapDocument, output: str | os.PathLike, dpi: float = 200.0,
           progress: Optional[Callable[[float], bool]] = None) -> list[str]:
    """Write the map to ``output`` (.pdf, .png or .svg); returns the files written. ``progress(fraction)``
    returns False to cancel (atlas maps report their pages).

    Atlas maps: PDF = one file with one page per feature; PNG/SVG = ``output`` for the first page and
    ``<stem>_002.<ext>`` … for the next ones. Files are written under a temporary name and renamed on success.
    """
    output = Path(output)
    ext = output.suffix.lower()
    if ext not in FORMATS:
        raise MapError(f"Output '{output}' must end in .pdf, .png or .svg.")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise MapError(f"Cannot create the folder of '{output}': {exc.strerror}. Choose a writable folder.") from exc
    layout = doc.layout
    if doc.atlas:
        return _export_atlas(doc, output, ext, dpi, progress)
    partial = _partial(output)
    _export_page(QgsLayoutExporter(layout), ext, partial, output, dpi)
    os.replace(partial, output)
    return [str(output)]


def _export_page(exporter: QgsLayoutExporter, ext: str, partial: Path, target: Path, dpi: float) -> None:
    """The layout's current page(s) as one PDF, PNG or SVG file at ``partial`` (errors name ``target``)."""
    if ext == ".pdf":
        _check(exporter.exportToPdf(str(partial), pdf_settings(dpi)), "PDF", target)
    elif ext == ".png":
        from osgeo import gdal

        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        # QGIS then tries to georeference the PNG in place, which GDAL's PNG driver cannot: silence that error
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            result = exporter.exportToImage(str(partial), settings)
        finally:
            gdal.PopErrorHandler()
        _check(result, "PNG", target)
    else:
        _check(exporter.exportToSvg(str(partial), _svg_settings(dpi)), "SVG", target)


def _svg_settings(dpi: float) -> QgsLayoutExporter.SvgExportSettings:
    settings = QgsLayoutExporter.SvgExportSettings()
    settings.dpi = dpi
    settings.forceVectorOutput = True
    settings.exportAsLayers = False
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    return settings


def _exporter_feedback(progress: Optional[Callable[[float], bool]]) -> QgsFeedback:
    """A ``QgsFeedback`` for QGIS's exporter that reports to ``progress`` and cancels when it returns False."""
    feedback = QgsFeedback()
    if progress is not None:
        feedback.progressChanged.connect(lambda value: None if progress(value / 100.0) else feedback.cancel())
    return feedback


def _export_atlas(doc: MapDocument, output: Path, ext: str, dpi: float,
                  progress: Optional[Callable[[float], bool]]) -> list[str]:
    atlas = doc.layout.atlas()
    if ext == ".pdf":
        partial = _partial(output)
        feedback = _exporter_feedback(progress)
        result, error = QgsLayoutExporter.exportToPdf(atlas, str(partial), pdf_settings(dpi), feedback)
        if feedback.isCanceled():
            partial.unlink(missing_ok=True)
            raise MapError("Cancelled: no map was written.")
        _check(result, "atlas PDF", output, error)
        os.replace(partial, output)
        return [str(output)]
    exporter = QgsLayoutExporter(doc.layout)
    if not atlas.beginRender():
        raise MapError("The atlas could not start (coverage layer not readable).")
    written: list[tuple[Path, Path]] = []
    try:
        count = atlas.count()
        for index in range(count):
            if progress is not None and not progress(index / max(count, 1)):
                raise MapError("Cancelled: no map was written.")
            atlas.seekTo(index)
            target = output if index == 0 else output.with_name(f"{output.stem}_{index + 1:03d}{output.suffix}")
            partial = _partial(target)
            _export_page(exporter, ext, partial, target, dpi)
            written.append((partial, target))
    except Exception:
        for partial, _target in written:
            partial.unlink(missing_ok=True)
        raise
    finally:
        atlas.endRender()
    for partial, target in written:
        os.replace(partial, target)
    return [str(target) for _partial_path, target in written]


def make_map(request: MapRequest, output: str | os.PathLike, project: Optional[QgsProject] = None,
             progress: Optional[Callable[[float], bool]] = None,
             log: Callable[[str], None] = lambda _m: None) -> list[str]:
    """Build and export a planning map; returns the files written."""
    doc = build_map(request, project, log)
    return export(doc, output, request.dpi, progress)
