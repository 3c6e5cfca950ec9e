"""``neaspec:overlap`` — how much of each habitat is protected, per country, and where are the gaps."""
from __future__ import annotations

from typing import Any, Optional

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
)

from neaspec_planner.processing.base import NeaspecAlgorithm, OutputStyle


def _named(data, value):
    """A layer given as ``file.gpkg|layername=x`` is named ``x`` (QGIS would name it after the file), so the log
    and the default habitat class say which layer is meant."""
    if data is not None and isinstance(value, str) and "layername=" in value:
        data.name = value.split("layername=", 1)[1].split("|", 1)[0] or data.name
    return data


class OverlapAlgorithm(NeaspecAlgorithm):
    NAME = "overlap"
    GROUP_ID = "analysis"

    HABITAT = "HABITAT"
    HABITAT_FIELD = "HABITAT_FIELD"
    PROTECTED = "PROTECTED"
    COUNTRIES = "COUNTRIES"
    COUNTRY_FIELD = "COUNTRY_FIELD"
    PROTECTED_ID_FIELD = "PROTECTED_ID_FIELD"
    BREAKDOWN = "BREAKDOWN"
    BUFFER_POINTS = "BUFFER_POINTS"
    INCLUDE_PROPOSED = "INCLUDE_PROPOSED"
    RANGE_FILTER = "RANGE_FILTER"
    HABITAT_RASTER = "HABITAT_RASTER"
    RASTER_THRESHOLD = "RASTER_THRESHOLD"
    OUTPUT = "OUTPUT"
    GAPS = "GAPS"
    SUMMARY = "SUMMARY"

    BREAKDOWNS = ("none", "iucn", "designation")

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Habitat protection and gaps by country")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "How much of each habitat is protected, in which country, and where the unprotected parts are.\n\n"
            "HABITAT: habitat polygons (species range, wetland type…), with an optional class field "
            "(HABITAT_FIELD; without it the layer name is the class). PROTECTED: protected-area polygons "
            "(e.g. WDPA); overlapping or nested areas are merged locally first, so no hectare is counted twice. "
            "A WDPA point file is refused unless BUFFER_POINTS draws each point as a circle of its reported "
            "area (REP_AREA, approximate). "
            "COUNTRIES (optional): country polygons with an ISO3 code (ISO3, ISO_A3, ADM0_A3 or GID_0 is found "
            "by itself; Natural Earth's -99 codes are replaced by ADM0_A3); habitat across a border is split.\n\n"
            "All areas are hectares, measured in a Lambert azimuthal equal-area projection centred on the data "
            "(inputs in other CRSs, also EPSG:4326, are reprojected). Invalid polygons are repaired, empty ones "
            "skipped; the log says how many.\n\n"
            "OUTPUT: habitat inside protection (habitat, country, pa_ids = ids of the protected areas covering "
            "all or part of the piece, area_ha). GAPS: habitat outside every protected area (habitat, country, "
            "area_ha); skip it to save time, the summary stays complete. SUMMARY: a table per habitat and "
            "country: habitat_ha, protected_ha, protected_pct (%), gap_ha.\n\n"
            "BREAKDOWN (optional): by IUCN category or designation type; a piece covered by several categories "
            "counts once, for the strictest (Ia > Ib > II > … > VI > other; National > Regional > "
            "International > other), in an added 'category' field and one '…_ha' column per category.\n\n"
            "HABITAT_RASTER (optional, instead of HABITAT): a class raster, or a suitability raster with "
            "RASTER_THRESHOLD (cells at or above it are habitat). Cells are counted in an equal-area grid; "
            "SUMMARY gets hectares per class and country, OUTPUT and GAPS stay empty.")

    def initAlgorithm(self, config: Optional[dict[str, Any]] = None) -> None:  # noqa: N802, ARG002
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.HABITAT, self.tr("Habitat polygons"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.HABITAT_FIELD, self.tr("Habitat class field"), parentLayerParameterName=self.HABITAT,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PROTECTED, self.tr("Protected areas"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COUNTRIES, self.tr("Countries"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.COUNTRY_FIELD, self.tr("Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)"),
            parentLayerParameterName=self.COUNTRIES, optional=True))
        advanced = [
            QgsProcessingParameterField(
                self.PROTECTED_ID_FIELD, self.tr("Protected-area id field (default: WDPAID / SITE_ID)"),
                parentLayerParameterName=self.PROTECTED, optional=True),
            QgsProcessingParameterEnum(
                self.BREAKDOWN, self.tr("Breakdown of the protected area"),
                [self.tr("None"), self.tr("IUCN category (strictest counts)"),
                 self.tr("Designation type (national first)")], defaultValue=0),
            QgsProcessingParameterBoolean(
                self.BUFFER_POINTS, self.tr("Draw WDPA points as circles of their reported area (REP_AREA; "
                                            "approximate)"), defaultValue=False),
            QgsProcessingParameterBoolean(
                self.INCLUDE_PROPOSED, self.tr("Include proposed protected areas (WDPA STATUS 'Proposed')"),
                defaultValue=False),
            QgsProcessingParameterBoolean(
                self.RANGE_FILTER, self.tr("IUCN/BirdLife range habitat: keep extant native resident, breeding "
                                           "and non-breeding range only"), defaultValue=True),
        ]
        for param in advanced:
            param.setFlags(param.flags() | param.FlagAdvanced)
            self.addParameter(param)
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.HABITAT_RASTER, self.tr("Habitat raster (instead of habitat polygons)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.RASTER_THRESHOLD, self.tr("Suitability threshold for the habitat raster (cells ≥ it)"),
            QgsProcessingParameterNumber.Double, optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.tr("Protected habitat"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.GAPS, self.tr("Protection gaps"), QgsProcessing.TypeVectorPolygon, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.SUMMARY, self.tr("Summary by habitat and country"), QgsProcessing.TypeVector))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict:
        out_path = self.output_path(parameters, self.OUTPUT, context)
        skip_gaps = self.GAPS in parameters and parameters[self.GAPS] in (None, "")  # unticked: not computed
        gaps_path = None if skip_gaps else self.output_path(parameters, self.GAPS, context)
        summary_path = self.output_path(parameters, self.SUMMARY, context)
        writers: dict = {}  # streamed GeoPackage outputs, closed (moved into place) only at the end
        try:
            return self._run(parameters, context, feedback, writers, out_path, gaps_path, summary_path)
        finally:
            for writer in writers.values():  # anything not closed (error, cancel) leaves no file
                writer.abort()

    def _run(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback,
             writers: dict, out_path: str, gaps_path: Optional[str], summary_path: str) -> dict:
        from neaspec_planner.core import overlap as core
        from neaspec_planner.core.overlap_raster import overlap_raster
        from neaspec_planner.core.vector_io import GpkgStreamWriter, write_table, write_vector

        raster = self.parameterAsRasterLayer(parameters, self.HABITAT_RASTER, context)
        has_habitat = parameters.get(self.HABITAT) not in (None, "")
        if raster is None and not has_habitat:
            raise QgsProcessingException(self.tr("Give habitat polygons (HABITAT) or a habitat raster "
                                                 "(HABITAT_RASTER)."))

        feedback.pushInfo(self.tr("Reading layers…"))
        protected = _named(self.read_vector_parameter(parameters, self.PROTECTED, context, feedback),
                           parameters.get(self.PROTECTED))
        protected = self.drop_proposed(protected, self.parameterAsBoolean(parameters, self.INCLUDE_PROPOSED,
                                                                          context), feedback)
        if self.parameterAsBoolean(parameters, self.BUFFER_POINTS, context):
            protected = self.points_as_circles(protected, feedback)
        countries = _named(self.read_vector_parameter(parameters, self.COUNTRIES, context, feedback,
                                                      required=False), parameters.get(self.COUNTRIES)) \
            if parameters.get(self.COUNTRIES) not in (None, "") else None
        country_field = self.parameterAsString(parameters, self.COUNTRY_FIELD, context) or None
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled: no output was written."))

        if raster is not None:
            raster_path, _ = self.raster_path(parameters, self.HABITAT_RASTER, context)
            threshold = None
            if parameters.get(self.RASTER_THRESHOLD) not in (None, ""):
                threshold = self.parameterAsDouble(parameters, self.RASTER_THRESHOLD, context)
            with self.core_errors():
                result = overlap_raster(raster_path, protected, countries, country_field=country_field,
                                        threshold=threshold, progress=self.progress_callback(feedback),
                                        log=feedback.pushInfo)
            for warning in result.warnings:
                feedback.reportError(warning, False)
            crs = result.crs
            summary = result.summary
            import numpy as np  # raster mode: OUTPUT and GAPS are written empty (documented)
            import pandas as pd

            prot_geom, prot_df = np.empty(0, dtype=object), pd.DataFrame(
                {c: pd.Series(dtype=float if c == "area_ha" else object) for c in core.OUTPUT_FIELDS})
            gap_geom, gap_df = np.empty(0, dtype=object), pd.DataFrame(
                {c: pd.Series(dtype=float if c == "area_ha" else object) for c in core.GAP_FIELDS})
        else:
            habitat = _named(self.read_vector_parameter(parameters, self.HABITAT, context, feedback),
                             parameters.get(self.HABITAT))
            habitat = self.filter_range(habitat, self.parameterAsBoolean(parameters, self.RANGE_FILTER, context),
                                        feedback)
            habitat_field = self.parameterAsString(parameters, self.HABITAT_FIELD, context) or None
            id_field = self.parameterAsString(parameters, self.PROTECTED_ID_FIELD, context) or None
            breakdown = self.BREAKDOWNS[self.parameterAsEnum(parameters, self.BREAKDOWN, context)]
            progress = self.progress_callback(feedback)
            # GeoPackage outputs are streamed chunk by chunk (memory stays bounded by the chunk)
            targets = {"protected": (out_path, "protected_habitat"), "gaps": (gaps_path, "protection_gaps")}
            stream = all(p is None or p.lower().endswith(".gpkg") for p, _ in targets.values())

            def sink(kind, geoms, frame, crs) -> None:
                if kind not in writers:
                    path, layer = targets[kind]
                    writers[kind] = GpkgStreamWriter(path, frame, crs, layer, "MultiPolygon", bulk_rtree=True)
                writers[kind].append(geoms, frame)

            with self.core_errors():
                result = core.overlap(habitat, protected, countries, habitat_field=habitat_field,
                                      country_field=country_field, pa_id_field=id_field, breakdown=breakdown,
                                      gaps=gaps_path is not None, sink=sink if stream else None,
                                      progress=lambda f: progress(0.9 * f), log=feedback.pushInfo)
            for warning in result.warnings:
                feedback.reportError(warning, False)
            crs, summary = result.crs, result.summary
            prot_geom, prot_df = result.protected_geometry, result.protected
            gap_geom, gap_df = result.gap_geometry, result.gaps

        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled: no output was written."))
        feedback.pushInfo(self.tr("Writing the outputs ({} summary rows)…").format(len(summary)))
        with self.core_errors():
            if "protected" in writers:
                writers.pop("protected").close()
            else:
                write_vector(out_path, prot_geom, prot_df, crs, "protected_habitat", "MultiPolygon", bulk=True)
            feedback.setProgress(95)
            if "gaps" in writers:
                writers.pop("gaps").close()
            elif gaps_path is not None:
                write_vector(gaps_path, gap_geom, gap_df, crs, "protection_gaps", "MultiPolygon", bulk=True)
            write_table(summary_path, summary, "overlap_summary")
        feedback.setProgress(100)
        feedback.pushInfo(self.tr("Protected: {:,.1f} ha of {:,.1f} ha of habitat ({:.1f} %).").format(
            float(summary["protected_ha"].sum()), float(summary["habitat_ha"].sum()),
            100.0 * float(summary["protected_ha"].sum()) / max(float(summary["habitat_ha"].sum()), 1e-12)))
        for path, qml in ((out_path, "overlap_protected.qml"), (gaps_path, "overlap_gaps.qml")):
            if path is None:
                continue
            OutputStyle.attach(context, path, qml)
        results = {self.OUTPUT: out_path, self.SUMMARY: summary_path}
        if gaps_path is not None:
            results[self.GAPS] = gaps_path
        return results


ALGORITHM = OverlapAlgorithm
