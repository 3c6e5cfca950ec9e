"""``neaspec:planning_map`` — a print-ready planning map (PDF, PNG or SVG) from a bundled or own layout template."""
from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from neaspec_planner.languages import LANGUAGES, NATIVE_NAMES
from neaspec_planner.processing.base import NeaspecAlgorithm

LANGUAGE_CODES = LANGUAGES
LANGUAGE_TITLES = tuple(f"{NATIVE_NAMES[code]} ({code})" for code in LANGUAGES)


class LanguageMixin:
    """A LANGUAGE enum that also accepts the two-letter code (``"zh"``) from scripts and models."""

    LANGUAGE = "LANGUAGE"

    def language_parameter(self) -> QgsProcessingParameterEnum:
        return QgsProcessingParameterEnum(self.LANGUAGE, self.tr("Language of the map/report texts"),
                                          options=list(LANGUAGE_TITLES), defaultValue=0)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        value = parameters.get(self.LANGUAGE)
        if isinstance(value, str) and value.strip().lower()[:2] in LANGUAGE_CODES and not value.strip().isdigit():
            parameters = dict(parameters)
            parameters[self.LANGUAGE] = LANGUAGE_CODES.index(value.strip().lower()[:2])
        return super().checkParameterValues(parameters, context)

    def language_code(self, parameters, context) -> str:
        value = parameters.get(self.LANGUAGE)
        if isinstance(value, str) and value.strip().lower()[:2] in LANGUAGE_CODES and not value.strip().isdigit():
            return value.strip().lower()[:2]
        index = self.parameterAsEnum(parameters, self.LANGUAGE, context)
        return LANGUAGE_CODES[index] if 0 <= index < len(LANGUAGE_CODES) else "en"


class PlanningMapAlgorithm(LanguageMixin, NeaspecAlgorithm):
    NAME = "planning_map"
    GROUP_ID = "export"

    LAYERS = "LAYERS"
    TEMPLATE = "TEMPLATE"
    PAGE = "PAGE"
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    EXTENT = "EXTENT"
    MARGIN = "MARGIN"
    CREDITS = "CREDITS"
    ATLAS_LAYER = "ATLAS_LAYER"
    ATLAS_NAME_FIELD = "ATLAS_NAME_FIELD"
    COVERAGE = "COVERAGE"
    COVERAGE_NAME = "COVERAGE_NAME"
    DPI = "DPI"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Planning map (PDF, PNG, SVG)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Makes a print-ready map of the chosen layers from a layout template: title, subtitle and date, main map "
            "in an equal-area projection centred on the area, legend of the mapped layers, scale bar in km, north "
            "arrow, graticule with degree labels, inset locator map of North-East Asia, data credits (WDPA, Natural "
            "Earth and your own sources) and a statement that the boundaries shown are not official.\n\n"
            "Layers keep their style; layers loaded from files get the planner's style for their kind (countries, "
            "protected areas, wetlands, habitat, cores, roads, land cover, corridors…).\n"
            "Template: a .qpt file or empty for a bundled page (A4/A3 portrait or landscape, 16:9 slide).\n"
            "Extent: empty = all layers plus a margin (percent of the extent on each side).\n"
            "Language: texts and fonts (Noto Sans / Noto Sans CJK) for en, zh, ru, mn, ko, ja.\n"
            "Atlas layer: one page per feature (per country, corridor link, Ramsar candidate); a PDF gets all pages, "
            "PNG/SVG one file per page (name_002.png …).\n"
            "Areas of interest: a polygon layer (study areas, parks, basins); the map then has an overview page of "
            "all layers followed by one page per area, titled by its name and zoomed to it (each page in its own "
            "equal-area projection, with its own graticule and scale bar); the areas are outlined on every page.\n"
            "Output: .pdf (vector, fonts embedded, selectable text), .png (at DPI dots per inch) or .svg.")

    def initAlgorithm(self, config=None):  # noqa: N802, ARG002
        from neaspec_planner.export.maps import TEMPLATE_TITLES

        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Layers to map (top first)"), QgsProcessing.TypeMapLayer))
        self.addParameter(QgsProcessingParameterFile(
            self.TEMPLATE, self.tr("Layout template (.qpt); empty = bundled page below"),
            extension="qpt", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.PAGE, self.tr("Bundled page"), options=list(TEMPLATE_TITLES.values()), defaultValue=0))
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Title"), optional=True))
        subtitle = QgsProcessingParameterString(self.SUBTITLE, self.tr("Subtitle"), optional=True)
        self.addParameter(subtitle)
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Map extent"), optional=True))
        margin = QgsProcessingParameterNumber(self.MARGIN, self.tr("Margin around the layers (%)"),
                                              QgsProcessingParameterNumber.Double, 5.0, minValue=0.0, maxValue=100.0)
        margin.setFlags(margin.flags() | QgsProcessingParameterNumber.FlagAdvanced)
        self.addParameter(margin)
        self.addParameter(self.language_parameter())
        credits = QgsProcessingParameterString(self.CREDITS, self.tr("Other data sources (credits)"), optional=True)
        credits.setFlags(credits.flags() | QgsProcessingParameterString.FlagAdvanced)
        self.addParameter(credits)
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.ATLAS_LAYER, self.tr("Atlas: one page per feature of"), [QgsProcessing.TypeVectorAnyGeometry],
            optional=True))
        name_field = QgsProcessingParameterField(self.ATLAS_NAME_FIELD, self.tr("Atlas page name field"),
                                                 parentLayerParameterName=self.ATLAS_LAYER, optional=True)
        name_field.setFlags(name_field.flags() | QgsProcessingParameterField.FlagAdvanced)
        self.addParameter(name_field)
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.COVERAGE, self.tr("Areas of interest: overview page, then one page per area of"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        coverage_name = QgsProcessingParameterField(self.COVERAGE_NAME, self.tr("Area name field (page titles)"),
                                                    parentLayerParameterName=self.COVERAGE, optional=True)
        self.addParameter(coverage_name)
        self.addParameter(QgsProcessingParameterNumber(
            self.DPI, self.tr("Resolution (dots per inch; PNG and rasters in PDF)"),
            QgsProcessingParameterNumber.Integer, 200, minValue=30, maxValue=1200))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Map file"), self.tr("PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)"), "pdf"))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Pages")))

    def flags(self):
        # print layouts render fonts and pictures through Qt's GUI classes: run in the main thread
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from neaspec_planner.export import maps

        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        if not layers:
            raise QgsProcessingException(self.tr("No layers to map: choose at least one layer in LAYERS."))
        project = context.project()
        project_layers = set(project.mapLayers().keys()) if project is not None else set()
        for layer in layers:
            if not layer.isValid():
                raise QgsProcessingException(self.tr("Layer '{}' could not be read.").format(layer.name()))
            if not layer.crs().isValid():
                raise QgsProcessingException(self.tr("Layer '{}' has no coordinate reference system. Set it in "
                                                     "Layer Properties ▸ Source and run again.").format(layer.name()))
            if layer.id() not in project_layers:  # loaded from a file for this run: give it the planner's style
                if maps.apply_bundled_style(layer):
                    feedback.pushInfo(self.tr("Styled '{}' with the planner's style.").format(layer.name()))
        template = self.parameterAsFile(parameters, self.TEMPLATE, context)
        if not template:
            keys = list(maps.TEMPLATE_TITLES)
            template = keys[self.parameterAsEnum(parameters, self.PAGE, context)]
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith(maps.FORMATS):
            raise QgsProcessingException(self.tr("Output '{}' must end in .pdf, .png or .svg.").format(output))
        extent = None
        extent_crs = None
        if parameters.get(self.EXTENT):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context)
            extent_crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
            if extent.isNull() or extent.isEmpty():
                extent = None
        atlas = self.parameterAsVectorLayer(parameters, self.ATLAS_LAYER, context)
        coverage = self.parameterAsVectorLayer(parameters, self.COVERAGE, context)
        if atlas is not None and coverage is not None:
            raise QgsProcessingException(self.tr("Choose either an atlas layer or areas of interest, not both."))
        if coverage is not None:
            if not coverage.crs().isValid():
                raise QgsProcessingException(self.tr(
                    "Layer '{}' has no coordinate reference system. Set it in Layer Properties ▸ Source and run "
                    "again.").format(coverage.name()))
            if coverage.featureCount() == 0:
                raise QgsProcessingException(self.tr("The areas of interest layer '{}' has no features: nothing to "
                                                     "make pages of.").format(coverage.name()))
            if coverage.id() not in project_layers and not maps.apply_bundled_style(coverage):
                maps.style_coverage(coverage)
        request = maps.MapRequest(
            layers=layers,
            template=template,
            title=self.parameterAsString(parameters, self.TITLE, context),
            subtitle=self.parameterAsString(parameters, self.SUBTITLE, context),
            extent=extent,
            extent_crs=extent_crs,
            margin=self.parameterAsDouble(parameters, self.MARGIN, context) / 100.0,
            language=self.language_code(parameters, context),
            credits=self.parameterAsString(parameters, self.CREDITS, context),
            dpi=float(self.parameterAsInt(parameters, self.DPI, context)),
            atlas_layer=atlas,
            atlas_name_field=self.parameterAsString(parameters, self.ATLAS_NAME_FIELD, context),
            coverage=coverage,
            coverage_name_field=self.parameterAsString(parameters, self.COVERAGE_NAME, context),
        )
        feedback.pushInfo(self.tr("Template: {}").format(maps.template_path(template) if template else ""))
        try:
            doc = maps.build_map(request, project, log=feedback.pushInfo)
            feedback.setProgress(20)
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled: no map was written."))
            report = self.progress_callback(feedback)
            files = maps.export(doc, output, request.dpi, lambda f: report(0.2 + 0.8 * f))
        except maps.MapError as exc:
            raise QgsProcessingException(str(exc)) from exc
        pages = doc.layout.atlas().count() if doc.atlas else doc.layout.pageCollection().pageCount()
        for path in files:
            feedback.pushInfo(self.tr("Wrote {}").format(path))
        return {self.OUTPUT: output, self.PAGES: pages}


ALGORITHM = PlanningMapAlgorithm
