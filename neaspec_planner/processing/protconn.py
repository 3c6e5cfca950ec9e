"""``neaspec:protconn`` — ProtConn per country (Kunming–Montreal target 3), with transboundary stepping stones."""
from __future__ import annotations

from typing import Any, Optional

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)

from neaspec_planner.processing.base import NeaspecAlgorithm, OutputStyle
from neaspec_planner.processing.connectivity import ConnectivityAlgorithm


class ProtConnAlgorithm(NeaspecAlgorithm):
    NAME = "protconn"
    GROUP_ID = "analysis"

    PROTECTED = "PROTECTED"
    COUNTRIES = "COUNTRIES"
    COUNTRY_FIELD = "COUNTRY_FIELD"
    COUNTRY_CODES = "COUNTRY_CODES"
    MEDIAN_DISTANCE = "MEDIAN_DISTANCE"
    PROBABILITY = "PROBABILITY"
    TRANSBOUNDARY_DISTANCE = "TRANSBOUNDARY_DISTANCE"
    MIN_AREA_HA = "MIN_AREA_HA"
    MIN_PROBABILITY = "MIN_PROBABILITY"
    NODE_IMPORTANCE = "NODE_IMPORTANCE"
    BUFFER_POINTS = "BUFFER_POINTS"
    INCLUDE_PROPOSED = "INCLUDE_PROPOSED"
    SUMMARY = "SUMMARY"
    NODES = "NODES"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Protected-area connectivity per country (ProtConn)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "ProtConn, the indicator of Kunming–Montreal target 3 (Saura et al.; the JRC DOPA method): the share "
            "of a country's land that is protected and connected.\n\n"
            "PROTECTED: protected-area polygons, filtered as in WDPA analyses (no 'Proposed' or 'Not Reported' "
            "sites, no UNESCO-MAB Biosphere Reserves; point sites only with BUFFER_POINTS, as circles of their "
            "REP_AREA). They are cut at the borders of COUNTRIES (ISO3 codes from COUNTRY_FIELD), dissolved per "
            "country and split into single parts: the nodes; parts below MIN_AREA_HA (ha) are dropped. "
            "COUNTRY_CODES: the countries to assess, separated by commas (default: every country holding a "
            "protected area).\n"
            "Protected areas of other countries within TRANSBOUNDARY_DISTANCE (m) of the country are stepping "
            "stones with no area of their own — also those touching the border and the outer part of a park "
            "that straddles it. Distances are edge to edge in an equal-area projection; p = PROBABILITY at "
            "MEDIAN_DISTANCE (JRC: 10 km, 0.5).\n\n"
            "SUMMARY, one row per country (all in % of the land area unless named otherwise): land_ha, prot_ha, "
            "prot, protconn, protunconn = prot − protconn, relconn = 100 protconn / prot; in % of protconn: "
            "protconn_trans (owed to the foreign stepping stones), protconn_prot (within dissolved protected "
            "land), protconn_unprot (through unprotected land), protconn_within (within single protected "
            "areas) and protconn_contig = protconn_prot − protconn_within (across touching areas); the JRC bound "
            "correction: sea_outland (what sea and foreign land cut off), protconn_bound = protconn + "
            "sea_outland, protunconn_design = prot − protconn_bound; n_nodes, n_foreign.\n"
            "NODES: the nodes of each assessment with country (assessed), node_country, a (ha; 0 for stepping "
            "stones), foreign (1/0), dPC and rank (1 = the node whose loss costs most) — with NODE_IMPORTANCE "
            "(advanced; slow for thousands of protected areas), else dPC is empty and rank 0.")

    def initAlgorithm(self, config: Optional[dict[str, Any]] = None) -> None:  # noqa: N802, ARG002
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PROTECTED, self.tr("Protected areas"), [QgsProcessing.TypeVectorPolygon,
                                                         QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COUNTRIES, self.tr("Countries (land polygons)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.COUNTRY_FIELD, self.tr("Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)"),
            parentLayerParameterName=self.COUNTRIES, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.COUNTRY_CODES, self.tr("Countries to assess (ISO3 codes separated by commas; default: all)"),
            optional=True))
        ConnectivityAlgorithm.add_kernel_parameters(self)  # type: ignore[arg-type]
        self.addParameter(QgsProcessingParameterNumber(
            self.TRANSBOUNDARY_DISTANCE, self.tr("Foreign stepping stones within (m)"),
            QgsProcessingParameterNumber.Double, defaultValue=50_000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_AREA_HA, self.tr("Smallest protected part kept (ha)"), QgsProcessingParameterNumber.Double,
            defaultValue=0.0, minValue=0.0))
        advanced = [
            ConnectivityAlgorithm.min_probability_parameter(self),  # type: ignore[arg-type]
            QgsProcessingParameterBoolean(
                self.NODE_IMPORTANCE, self.tr("Importance of every node (dPC)"), defaultValue=False),
            QgsProcessingParameterBoolean(
                self.BUFFER_POINTS, self.tr("Draw WDPA points as circles of their reported area (REP_AREA; "
                                            "approximate)"), defaultValue=False),
            QgsProcessingParameterBoolean(
                self.INCLUDE_PROPOSED, self.tr("Include proposed protected areas (WDPA STATUS 'Proposed')"),
                defaultValue=False),
        ]
        for param in advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(param)
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.SUMMARY, self.tr("ProtConn per country"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.NODES, self.tr("ProtConn nodes with their importance (dPC)"), QgsProcessing.TypeVectorPolygon))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        from neaspec_planner.core.protconn import run_protconn
        from neaspec_planner.core.vector_io import write_table, write_vector

        protected = self.read_vector_parameter(parameters, self.PROTECTED, context, feedback)
        include_proposed = self.parameterAsBoolean(parameters, self.INCLUDE_PROPOSED, context)
        protected = self.drop_proposed(protected, include_proposed, feedback)
        if self.parameterAsBoolean(parameters, self.BUFFER_POINTS, context):
            protected = self.points_as_circles(protected, feedback)
        countries = self.read_vector_parameter(parameters, self.COUNTRIES, context, feedback)
        codes = [c.strip() for c in (self.parameterAsString(parameters, self.COUNTRY_CODES, context) or "")
                 .replace(";", ",").split(",") if c.strip()]
        paths = {key: self.output_path(parameters, key, context) for key in (self.SUMMARY, self.NODES)}
        self.check_cancelled(feedback)
        log = self.core_log(feedback)
        with self.core_errors():
            result = run_protconn(
                protected, countries,
                country_field=self.parameterAsString(parameters, self.COUNTRY_FIELD, context) or None,
                country_codes=codes or None, include_proposed=include_proposed,
                median_distance=self.parameterAsDouble(parameters, self.MEDIAN_DISTANCE, context),
                probability=self.parameterAsDouble(parameters, self.PROBABILITY, context),
                transboundary_distance=self.parameterAsDouble(parameters, self.TRANSBOUNDARY_DISTANCE, context),
                min_area_ha=self.parameterAsDouble(parameters, self.MIN_AREA_HA, context),
                min_probability=self.parameterAsDouble(parameters, self.MIN_PROBABILITY, context),
                node_importance=self.parameterAsBoolean(parameters, self.NODE_IMPORTANCE, context),
                progress=self.progress_callback(feedback), log=log)
        self.report_result(result, feedback, log)
        self.check_cancelled(feedback)
        with self.output_set(feedback) as outputs:
            outputs.write(write_table, paths[self.SUMMARY], result.summary, "protconn")
            outputs.write(write_vector, paths[self.NODES], result.node_geometry, result.nodes, result.crs,
                          "protconn_nodes", "MultiPolygon")
        for row in result.summary.itertuples():
            feedback.pushInfo(self.tr("{}: Prot {:.2f} %, ProtConn {:.2f} %, ProtConn_Bound {:.2f} % "
                                      "({} nodes, {} foreign stepping stones).").format(
                row.country, row.prot, row.protconn, row.protconn_bound, row.n_nodes, row.n_foreign))
        OutputStyle.attach(context, paths[self.NODES], "connectivity_nodes.qml")
        return {self.SUMMARY: paths[self.SUMMARY], self.NODES: paths[self.NODES]}


ALGORITHM = ProtConnAlgorithm
