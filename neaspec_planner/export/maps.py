"""Planning maps from the bundled print layout templates: PDF (vector, fonts embedded, selectable text), PNG, SVG,
and atlas maps (one page per feature of a coverage layer).

The templates (``resources/layouts/*.qpt``, built by ``build_templates.py``) hold items with stable ids that this
module fills in: ``title``, ``subtitle``, ``main_map`` (with the ``graticule`` grid), ``inset_map``,
``inset_title``, ``legend``, ``scalebar``, ``north_arrow``, ``credits``, ``disclaimer``. A user's own template works
too: items it lacks are skipped.

Typical use::

    request = MapRequest(layers=[countries, protected], title="Tumen estuary", language="zh")
    files = make_map(request, "tumen.pdf")
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

from neaspec_planner.export import layout as page
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
WGS84 = page.WGS84
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
    coverage: Optional[QgsVectorLayer] = None
    coverage_name_field: str = ""
    coverage_margin: float = 0.08


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


def map_name(layer: QgsMapLayer) -> str:
    """The name a map's legend knows a layer by: ``display_name``, or — when QGIS named the layer after a file
    holding one known table (``tumen_gaps.gpkg`` with ``corridor_gaps``) — that table's name."""
    name = display_name(layer)
    if name.lower() == Path(layer.source().split("|")[0]).stem.lower():
        table = _source_layer_name(layer)
        if texts.layer_key(table) is not None:
            return table
    return name


def _source_layer_name(layer: QgsMapLayer) -> str:
    """The table a layer reads: ``layername=`` of its source, else the only table of its GeoPackage/file."""
    source = layer.source()
    match = re.search(r"layername=([^|]+)", source)
    if match:
        return match.group(1)
    stem = Path(source.split("|")[0]).stem
    if layer.type() == QgsMapLayerType.VectorLayer and layer.providerType() == "ogr":
        sublayers = layer.dataProvider().subLayers()
        if len(sublayers) == 1:
            parts = sublayers[0].split(layer.dataProvider().sublayerSeparator())
            if len(parts) > 1 and parts[1]:
                return parts[1]
    return stem


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


def legend_signature(layer: QgsMapLayer, lang: str) -> Optional[tuple]:
    """What a layer shows in a legend (translated title, geometry, symbols and class labels, fields); two layers
    with the same signature — the links of two corridor studies — read as one legend entry."""
    if layer is None or layer.type() != QgsMapLayerType.VectorLayer or layer.renderer() is None:
        return None
    from qgis.core import QgsSymbolLayerUtils

    symbols = []
    for entry in layer.renderer().legendSymbolItems():
        symbol = entry.symbol()
        props = QgsSymbolLayerUtils.symbolProperties(symbol) if symbol is not None else ""
        symbols.append((entry.label(), props))
    return (texts.layer_title(map_name(layer), lang), layer.wkbType(), tuple(layer.fields().names()),
            tuple(symbols), layer.labelsEnabled())


def merge_identical(layers: Sequence[QgsMapLayer], lang: str,
                    project: QgsProject) -> tuple[list[QgsMapLayer], list[QgsMapLayer]]:
    """Vector layers that would make identical legend entries drawn as one layer (a memory copy of their
    features, with the first one's style and name), so the legend lists them once — and, filtered by the map
    content, on every page where any of them has features. Returns (layers to draw, the layers merged away)."""
    groups: dict[tuple, list[QgsMapLayer]] = {}
    order: list = []
    for layer in layers:
        key = legend_signature(layer, lang)
        if key is None:
            order.append(layer)
            continue
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(layer)
    out: list[QgsMapLayer] = []
    merged: list[QgsMapLayer] = []
    for entry in order:
        if not isinstance(entry, tuple):
            out.append(entry)
            continue
        group = groups[entry]
        if len(group) == 1:
            out.append(group[0])
            continue
        out.append(_merged_copy(group, project))
        merged += group
    return out, merged


def _merged_copy(group: Sequence[QgsVectorLayer], project: QgsProject) -> QgsVectorLayer:
    from qgis.core import QgsFeature, QgsFeatureRequest

    first = group[0]
    uri = f"{QgsWkbTypes.displayString(first.wkbType())}?crs={first.crs().authid() or 'EPSG:4326'}"
    copy = QgsVectorLayer(uri, map_name(first), "memory")
    if not first.crs().authid():
        copy.setCrs(first.crs())
    copy.dataProvider().addAttributes(first.fields().toList())
    copy.updateFields()
    features = []
    for layer in group:
        request = QgsFeatureRequest()
        if layer.crs() != copy.crs():
            request.setDestinationCrs(copy.crs(), project.transformContext())
        for feature in layer.getFeatures(request):
            new = QgsFeature(copy.fields())
            new.setGeometry(feature.geometry())
            new.setAttributes(feature.attributes())
            features.append(new)
    copy.dataProvider().addFeatures(features)
    copy.setRenderer(first.renderer().clone())
    if first.labeling() is not None:
        copy.setLabeling(first.labeling().clone())
        copy.setLabelsEnabled(first.labelsEnabled())
    copy.setOpacity(first.opacity())
    return copy


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


# --- filling the layout -----------------------------------------------------------------------------------
def _set_label(layout: QgsPrintLayout, item_id: str, value: str, family: str) -> Optional[QgsLayoutItemLabel]:
    label = item(layout, item_id, QgsLayoutItemLabel)
    if label is None:
        return None
    label.setText(value)
    label.setFont(page.font_like(label.font(), family))
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
    label.setFont(page.font_like(font, font.family(), max(floor, available / width * 0.98)))


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
        candidate = page.font_like(font, font.family(), scale)
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
        node.setCustomProperty("legend/title-label", texts.layer_title(map_name(layer), lang))
        _translate_categories(node, layer, lang)
        if layer.type() == QgsMapLayerType.RasterLayer:  # drop the "Band 1 (Gray)" line above the classes
            nodes = model.layerLegendNodes(node)
            keep = [i for i, n in enumerate(nodes) if not re.match(r"^Band \d+", str(n.data(0) or ""))]
            if len(keep) < len(nodes):
                QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep)
                model.refreshLayerLegend(node)
    legend.setTitle(texts.text("legend", lang))
    for style in (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel):
        legend.setStyleFont(style, page.font_like(legend.styleFont(style), family))
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
            legend.setStyleFont(s, page.font_like(originals[s], originals[s].family(), scale))
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
    step = page.grid_interval(span, target_lines=target_lines)
    precision = page.grid_precision(step)
    for grid in main.grids().asList():
        if grid.crs().isValid() and grid.crs().isGeographic():
            grid.setIntervalX(step)
            grid.setIntervalY(step)
            grid.setAnnotationPrecision(precision)
        fmt = grid.annotationTextFormat()
        fmt.setFont(page.font_like(fmt.font(), family))
        grid.setAnnotationTextFormat(fmt)


def build_map(request: MapRequest, project: Optional[QgsProject] = None,
              log: Callable[[str], None] = lambda _m: None) -> MapDocument:
    """A filled print layout for ``request`` (not yet exported)."""
    project = project or QgsProject.instance()
    lang = texts.language(request.language)
    family = page.font_family(lang)
    if request.coverage is not None and request.atlas_layer is not None:
        raise MapError("Give either an atlas layer or a coverage layer of areas of interest, not both.")
    if request.coverage is not None and request.coverage.featureCount() == 0:
        raise MapError(f"Coverage layer '{request.coverage.name()}' is empty: no areas of interest to map.")
    drawn = list(request.layers)
    if request.coverage is not None and request.coverage not in drawn:
        drawn.append(request.coverage)  # the areas of interest are outlined on every page
    drawn, merged = merge_identical(drawn, lang, project)
    layers = ordered_layers(drawn)
    if not layers:
        raise MapError("No layer with geometry or pixels to map: add at least one vector or raster layer.")
    layout = load_template(request.template, project)
    doc = MapDocument(layout=layout, layers=list(layers) + merged,
                      atlas=request.atlas_layer is not None or request.coverage is not None, language=lang)
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
    map_crs = page.laea_for(extent_wgs)

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
    map_extent = page.with_margin(map_extent, margin, minimum=2000.0)
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
        fmt.setFont(page.font_like(fmt.font(), family))
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
    lon0, lat0 = page.laea_centre(map_crs)
    projection = texts.text("projection", lang, lon=page.format_degree(lon0, "E", "W"),
                            lat=page.format_degree(lat0, "N", "S"))
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
    if request.coverage is not None:
        overview = _Page(texts.text("overview", lang), title, " · ".join(p for p in (request.subtitle.strip(),
                                                            texts.text("produced", lang, date=date_text)) if p),
                         map_crs, main.extent(), extent_wgs)
        doc.layers.append(_setup_coverage(layout, main, bar, request, overview, lang, date, date_text, project))
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
    return page.with_margin(rect, 0.15, minimum=0.05)


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


# --- coverage: an overview page, then one page per area of interest ----------------------------------------
@dataclass
class _Page:
    """One page of a coverage map: its name, texts, projection and map extent (in that projection)."""

    name: str
    title: str
    subtitle: str
    crs: QgsCoordinateReferenceSystem
    extent: QgsRectangle
    extent_wgs: QgsRectangle


def coverage_name_expression(layer: QgsVectorLayer, name_field: str = "") -> str:
    """The expression naming a coverage feature: ``name_field``, else the first of ``PAGE_NAME_FIELDS``."""
    return page_name_expression(layer, name_field)


def coverage_pages(coverage: QgsVectorLayer, name_field: str, map_title: str, subtitle: str, aspect: float,
                   margin: float, project: QgsProject) -> list[_Page]:
    """One page per feature of ``coverage``: titled by its name, in an equal-area projection centred on it, the
    feature's extent plus ``margin`` fitted to the map frame's ``aspect``."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsGeometry

    expression = QgsExpression(coverage_name_expression(coverage, name_field))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(coverage))
    to_wgs = QgsCoordinateTransform(coverage.crs(), WGS84, project)
    pages = []
    for number, feature in enumerate(coverage.getFeatures(), 1):
        geom = feature.geometry()
        if geom is None or geom.isEmpty():
            continue
        context.setFeature(feature)
        value = expression.evaluate(context)
        name = str(value).strip() if value not in (None, "") and str(value) != "NULL" else f"#{number}"
        wgs = QgsGeometry(geom)
        wgs.transform(to_wgs)
        rect_wgs = wgs.boundingBox()
        crs = page.laea_for(rect_wgs)
        projected = QgsGeometry(geom)
        projected.transform(QgsCoordinateTransform(coverage.crs(), crs, project))
        extent = page.fit_aspect(page.with_margin(projected.boundingBox(), margin, minimum=2000.0), aspect)
        pages.append(_Page(name, name, " · ".join(p for p in (map_title, subtitle) if p), crs, extent, rect_wgs))
    if not pages:
        raise MapError(f"Coverage layer '{coverage.name()}' has no features with a geometry.")
    return pages


def style_coverage(layer: QgsVectorLayer) -> None:
    """Areas of interest drawn as a dashed outline (nothing hidden under them)."""
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#c800c8", "outline_width": "0.7",
                                         "outline_width_unit": "MM", "outline_style": "dash"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.triggerRepaint()


def _setup_coverage(layout: QgsPrintLayout, main: QgsLayoutItemMap, bar: Optional[QgsLayoutItemScaleBar],
                    request: MapRequest, overview: _Page, lang: str, date: QDate, date_text: str,
                    project: QgsProject) -> QgsVectorLayer:
    """Turn the filled layout into an atlas of [overview, area 1, area 2 …]: each page's projection, extent,
    graticule step, title, subtitle and credits come from a page table (a memory layer, not drawn)."""
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsLayoutObject, QgsProperty
    from qgis.PyQt.QtCore import QVariant

    aspect = main.rect().width() / max(main.rect().height(), 1e-6)
    produced = texts.text("produced", lang, date=date_text)
    pages = [overview] + coverage_pages(request.coverage, request.coverage_name_field, overview.title,
                                        produced, aspect, request.coverage_margin, project)
    table = QgsVectorLayer("Polygon?crs=EPSG:4326", "pages", "memory")
    names = ("name", "title", "subtitle", "crs", "grid", "credits", "xmin", "ymin", "xmax", "ymax")
    table.dataProvider().addAttributes(
        [QgsField(n, QVariant.Type.Double if n in ("grid", "xmin", "ymin", "xmax", "ymax") else QVariant.Type.String)
         for n in names])
    table.updateFields()
    features, steps = [], []
    for item_page in pages:
        rect = QgsCoordinateTransform(item_page.crs, WGS84, project).transformBoundingBox(item_page.extent)
        span = min(rect.width() * math.cos(math.radians(rect.center().y())), rect.height())
        step = page.grid_interval(span, target_lines=5.0)
        steps.append(step)
        lon0, lat0 = page.laea_centre(item_page.crs)
        projection = texts.text("projection", lang, lon=page.format_degree(lon0, "E", "W"),
                                lat=page.format_degree(lat0, "N", "S"))
        feature = QgsFeature(table.fields())
        feature.setGeometry(QgsGeometry.fromRect(rect))
        e = item_page.extent
        feature.setAttributes([item_page.name, item_page.title, item_page.subtitle,
                               "PROJ:" + item_page.crs.toProj(), step, credits_text(lang, request.credits, date,
                                                                                   projection),
                               e.xMinimum(), e.yMinimum(), e.xMaximum(), e.yMaximum()])
        features.append(feature)
    table.dataProvider().addFeatures(features)

    props = main.dataDefinedProperties()
    props.setProperty(QgsLayoutObject.MapCrs, QgsProperty.fromField("crs"))
    for key, name in ((QgsLayoutObject.MapXMin, "xmin"), (QgsLayoutObject.MapYMin, "ymin"),
                      (QgsLayoutObject.MapXMax, "xmax"), (QgsLayoutObject.MapYMax, "ymax")):
        props.setProperty(key, QgsProperty.fromField(name))
    main.setDataDefinedProperties(props)
    main.setAtlasDriven(False)
    decimals = max(page.grid_precision(step) for step in steps)
    for grid in main.grids().asList():
        if not (grid.crs().isValid() and grid.crs().isGeographic()):
            continue
        grid_props = grid.dataDefinedProperties()
        grid_props.setProperty(QgsLayoutObject.MapGridIntervalX, QgsProperty.fromField("grid"))
        grid_props.setProperty(QgsLayoutObject.MapGridIntervalY, QgsProperty.fromField("grid"))
        grid.setDataDefinedProperties(grid_props)
        grid.setAnnotationPrecision(decimals)
        # labels with as many decimals as this page's step needs (130°E on the overview, 130.25°E on a page)
        grid.setAnnotationFormat(grid.CustomFormat)
        grid.setAnnotationExpression(
            "concat(format_number(abs(@grid_number), if(\"grid\" >= 1, 0, if(round(\"grid\" * 10) = \"grid\" * 10,"
            " 1, 2))), '°', if(@grid_axis = 'x', if(@grid_number >= 0, 'E', 'W'), if(@grid_number >= 0, 'N', 'S')))")
    if bar is not None:  # a round number of km that fits each page's scale
        from qgis.core import QgsScaleBarSettings

        width = bar.maximumBarWidth()
        bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
        bar.setMinimumBarWidth(width * 0.45)
        bar.setMaximumBarWidth(width)
    for item_id, field_name in (("title", "title"), ("subtitle", "subtitle"), ("credits", "credits")):
        label = item(layout, item_id, QgsLayoutItemLabel)
        if label is None:
            continue
        longest = max((f[field_name] for f in features), key=len)
        label.setText(_escape_expression(longest))
        (_shrink_to_box if item_id == "credits" else _shrink_to_width)(label)
        label.setText(f'[% "{field_name}" %]')
    atlas = layout.atlas()
    atlas.setCoverageLayer(table)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setPageNameExpression('"name"')
    atlas.setSortFeatures(False)
    return table


# --- export ----------------------------------------------------------------------------------------------
def _check(result: int, what: str, path: Path, error: str = "") -> None:
    if result != QgsLayoutExporter.Success:
        raise MapError(f"Could not write {what} '{path}' (exporter code {result}{': ' + error if error else ''}). "
                       "Check that the folder is writable and the disk not full.")


def export(doc: MapDocument, output: str | os.PathLike, dpi: float = 200.0,
           progress: Optional[page.ProgressFn] = None) -> list[str]:
    """Write the map to ``output`` (.pdf, .png or .svg); returns the files written.

    Atlas maps: PDF = one file with one page per feature; PNG/SVG = ``output`` for the first page and
    ``<stem>_002.<ext>`` … for the next ones. Files are written under a temporary name and renamed on success.
    ``progress`` gets the completed fraction and cancels the export by returning False.
    """
    output = Path(output)
    ext = output.suffix.lower()
    if ext not in FORMATS:
        raise MapError(f"Output '{output}' must end in .pdf, .png or .svg.")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise MapError(f"Cannot create the folder of '{output}': {exc.strerror}. Choose a writable folder.") from exc
    if doc.atlas:
        return _export_atlas(doc, output, ext, dpi, progress)
    partial = page.partial_path(output)
    _export_page(QgsLayoutExporter(doc.layout), ext, partial, output, dpi)
    _place(partial, output)
    return [str(output)]


def _place(partial: Path, target: Path) -> None:
    """Rename a finished file into place (a PDF gets its text layer repaired first)."""
    if target.suffix.lower() == ".pdf":
        page.finish_pdf(partial, target)
    else:
        os.replace(partial, target)


def _export_page(exporter: QgsLayoutExporter, ext: str, partial: Path, target: Path, dpi: float) -> None:
    """The layout's current page(s) as one PDF, PNG or SVG file at ``partial`` (errors name ``target``)."""
    if ext == ".pdf":
        _check(exporter.exportToPdf(str(partial), page.pdf_settings(dpi)), "PDF", target)
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
        _check(exporter.exportToSvg(str(partial), page.svg_settings(dpi)), "SVG", target)


def _export_atlas(doc: MapDocument, output: Path, ext: str, dpi: float,
                  progress: Optional[page.ProgressFn]) -> list[str]:
    atlas = doc.layout.atlas()
    if ext == ".pdf":
        partial = page.partial_path(output)
        feedback = page.feedback_for(progress)
        result, error = QgsLayoutExporter.exportToPdf(atlas, str(partial), page.pdf_settings(dpi), feedback)
        if feedback is not None and feedback.isCanceled():
            partial.unlink(missing_ok=True)
            raise MapError("Cancelled: no map was written.")
        _check(result, "atlas PDF", output, error)
        _place(partial, output)
        return [str(output)]
    exporter = QgsLayoutExporter(doc.layout)
    if not atlas.beginRender():
        raise MapError("The atlas could not start (coverage layer not readable).")
    written: list[tuple[Path, Path]] = []
    try:
        count = atlas.count()
        for index in range(count):
            if progress is not None and progress(index / max(count, 1)) is False:
                raise MapError("Cancelled: no map was written.")
            atlas.seekTo(index)
            target = output if index == 0 else output.with_name(f"{output.stem}_{index + 1:03d}{output.suffix}")
            partial = page.partial_path(target)
            _export_page(exporter, ext, partial, target, dpi)
            written.append((partial, target))
    except Exception:
        for partial, _target in written:
            partial.unlink(missing_ok=True)
        raise
    finally:
        atlas.endRender()
    for partial, target in written:
        _place(partial, target)
    return [str(target) for _partial_path, target in written]


def make_map(request: MapRequest, output: str | os.PathLike, project: Optional[QgsProject] = None,
             progress: Optional[page.ProgressFn] = None, log: Callable[[str], None] = lambda _m: None) -> list[str]:
    """Build and export a planning map; returns the files written."""
    doc = build_map(request, project, log)
    return export(doc, output, request.dpi, progress)
