"""``neaspec:ramsar_package`` — the designation package of one candidate Ramsar site, one folder per Party."""
from __future__ import annotations

from typing import Any, Optional

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from neaspec_planner.languages import LANGUAGES, NATIVE_NAMES
from neaspec_planner.processing.base import NeaspecAlgorithm


class RamsarPackageAlgorithm(NeaspecAlgorithm):
    NAME = "ramsar_package"
    GROUP_ID = "ramsar"

    CANDIDATES = "CANDIDATES"
    CANDIDATE = "CANDIDATE"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    LANGUAGE = "LANGUAGE"
    COUNTRIES = "COUNTRIES"
    SOURCES = "SOURCES"
    PACKAGE = "PACKAGE"
    N_FILES = "N_FILES"

    LANGUAGES = ("auto", *LANGUAGES)

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Ramsar designation package")

    def flags(self):
        # Print layouts are rendered on the main thread, like QGIS's own "Export print layout" algorithms.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Writes the files an Administrative Authority needs to propose its part of a candidate (transboundary) "
            "Ramsar site, from the output of 'Ramsar candidates (transboundary)'.\n\n"
            "For the chosen candidate id (e.g. C02) it creates the folder <id>_<name> in the output folder with one "
            "sub-folder per Party (ISO3 code) holding: the boundary as a shapefile in WGS84 (EPSG:4326; .shp .shx "
            ".dbf .prj .cpg, UTF-8, field names of at most 10 characters) and as KML; an A4 map (PDF) of the "
            "Party's component with the other Parties' components in grey, graticule in degrees, scale bar in km, "
            "north arrow, locator, legend, sources and the statement that the boundary is not official; and a "
            "Ramsar Information Sheet field sheet (XLSX and HTML) with the site names in the Party's language and "
            "English, the central coordinates, the area calculated from the GIS boundary in hectares, an empty "
            "column for the official area, the two border questions (does the site extend into another country; "
            "is it adjacent to another Party's Ramsar site) and the criteria met with their evidence. "
            "At the top level: a combined transboundary map (PDF), a components table (XLSX, HTML) and README.txt."
            "\n\nLanguage: 'auto' labels each Party's files in English and that Party's language. Countries "
            "(optional) draw the background and the locator. File names are ASCII and safe on Windows; the package "
            "is built in a temporary folder and moved into place only when complete (an existing package of the "
            "same candidate is replaced).")

    def initAlgorithm(self, config: Optional[dict[str, Any]] = None) -> None:  # noqa: N802, ARG002
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CANDIDATES, self.tr("Ramsar candidate components (output of Ramsar candidates)"),
            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterString(
            self.CANDIDATE, self.tr("Candidate id (e.g. C02; empty when the layer holds only one candidate)"),
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Second language of the labels"),
            options=[self.tr("Each Party's own language"), *(NATIVE_NAMES[code] for code in LANGUAGES)],
            defaultValue=0, optional=True))
        countries = QgsProcessingParameterFeatureSource(
            self.COUNTRIES, self.tr("Countries for the map background and locator (polygons)"),
            [QgsProcessing.TypeVectorPolygon], optional=True)
        sources = QgsProcessingParameterString(
            self.SOURCES, self.tr("Sources statement printed on the maps"), optional=True, multiLine=True)
        for param in (countries, sources):
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(param)
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputFolder(self.PACKAGE, self.tr("Package folder")))
        self.addOutput(QgsProcessingOutputNumber(self.N_FILES, self.tr("Number of files written")))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict:
        from neaspec_planner.export.ramsar_package import build_package

        candidates = self.read_vector_parameter(parameters, self.CANDIDATES, context, feedback)
        countries = self.read_vector_parameter(parameters, self.COUNTRIES, context, feedback, required=False) \
            if parameters.get(self.COUNTRIES) else None
        candidate = (self.parameterAsString(parameters, self.CANDIDATE, context) or "").strip()
        language = self.LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        sources = self.parameterAsString(parameters, self.SOURCES, context) or ""
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        if not folder:
            raise QgsProcessingException(self.tr("Choose an output folder."))
        if candidates.crs is None:
            raise QgsProcessingException(self.tr("Layer CANDIDATES has no coordinate reference system."))
        from neaspec_planner.core.crs import reproject

        geoms = reproject(candidates.geometry, candidates.crs, "EPSG:4326")
        note = ""
        if countries is None:
            countries, note = self._bundled_countries(feedback)
        if not sources:
            names = [candidates.name] + ([countries.name] if countries is not None else [])
            sources = self.tr("Candidate boundaries computed with NEASPEC Planner (neaspec:ramsar_candidates) from "
                              "the user's layers ({}); illustrative, not official.").format(", ".join(names)) + note
        with self.core_errors():
            result = build_package(geoms, candidates.attributes, candidate, folder, language=language,
                                   countries=countries, sources=sources,
                                   progress=self.progress_callback(feedback))
        for message in result.messages:
            feedback.pushInfo(message)
        for path in result.files:
            feedback.pushInfo(str(path.relative_to(result.folder)))
        return {self.OUTPUT_FOLDER: folder, self.PACKAGE: str(result.folder), self.N_FILES: len(result.files)}


    def _bundled_countries(self, feedback: QgsProcessingFeedback):
        """The bundled Natural Earth countries of North-East Asia for the background and locator, if present."""
        from neaspec_planner.core.errors import InputError
        from neaspec_planner.core.vector_io import read_vector
        from neaspec_planner.paths import resource_path

        gpkg = resource_path("demo", "neaspec_demo.gpkg")
        if not gpkg.exists():
            return None, ""
        try:
            data = read_vector(f"{gpkg}|layername=countries", name="Natural Earth countries")
        except InputError:
            return None, ""
        feedback.pushInfo(self.tr("No COUNTRIES given: the bundled Natural Earth countries of North-East Asia "
                                  "are drawn as background and locator."))
        return data, self.tr(" Country outlines: Natural Earth 1:10m (public domain).")


ALGORITHM = RamsarPackageAlgorithm
