"""``neaspec:connectivity`` — PC, EC, IIC and every patch's importance (dPC, dIIC) for a patch network."""
from __future__ import annotations

from typing import Any, Optional

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorDestination,
)
from qgis.PyQt.QtCore import QCoreApplication

from neaspec_planner.processing.base import NeaspecAlgorithm, OutputStyle


class ConnectivityAlgorithm(NeaspecAlgorithm):
    NAME = "connectivity"
    GROUP_ID = "corridors"

    PATCHES = "PATCHES"
    PATCH_ID = "PATCH_ID"
    ATTRIBUTE = "ATTRIBUTE"
    DISTANCE = "DISTANCE"
    MEDIAN_DISTANCE = "MEDIAN_DISTANCE"
    PROBABILITY = "PROBABILITY"
    MIN_PROBABILITY = "MIN_PROBABILITY"
    IIC_DISTANCE = "IIC_DISTANCE"
    LANDSCAPE_AREA = "LANDSCAPE_AREA"
    STUDY_AREA = "STUDY_AREA"
    COUNTRIES = "COUNTRIES"
    COUNTRY_FIELD = "COUNTRY_FIELD"
    NODES = "NODES"
    LINKS = "LINKS"
    SUMMARY = "SUMMARY"

    DISTANCES = ("edge", "centroid")

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Network connectivity (PC, IIC, dPC)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "How well a network of patches (habitat patches, protected areas, wetland sites of a flyway) is "
            "connected, and which patch matters most — the probability of connectivity (PC) and the integral "
            "index of connectivity (IIC) of Saura et al., as Conefor computes them.\n\n"
            "PATCHES: polygons; features with the same PATCH_ID form one node. ATTRIBUTE (optional, ≥ 0): the "
            "node weight a; default the area in ha. DISTANCE: edge (between the polygons, 0 when they touch) or "
            "centroid (of the largest part). Distances and areas are metres and hectares in an equal-area "
            "projection (EPSG:4326 input is reprojected).\n"
            "Kernel: p = PROBABILITY at MEDIAN_DISTANCE (m), p_ij = p^(d_ij/d). MIN_PROBABILITY: pairs below it "
            "are not linked (0 = no cut-off; pairs below 1e-12 never are; 0.01 reproduces Makurhini). "
            "IIC_DISTANCE (m, default MEDIAN_DISTANCE): patches at most this far apart are linked for IIC.\n"
            "LANDSCAPE_AREA (ha) or STUDY_AREA (polygons) give A_L; default the patches' area sum.\n\n"
            "NODES: the patches with a, country (with COUNTRIES), dPC = dPCintra + dPCflux + dPCconnector "
            "(% of PC lost without the patch: its own area, its flow with the others, its role as a stepping "
            "stone), the same for dIIC, and rank (1 = highest dPC). LINKS: lines between linked pairs with "
            "distance_m and p. SUMMARY: one row per metric (PC, IIC): numerator, index, ec (equivalent connected "
            "area, ha), landscape (A_L), intra_pct, direct_pct, step_pct (they add up to 100) and n_nodes.\n\n"
            "Every pair is solved with compiled shortest paths on −ln p, and every node's dPC without solving "
            "the network again for each node (docs/algorithms/connectivity.md).")

    def add_kernel_parameters(self) -> None:
        """MEDIAN_DISTANCE and PROBABILITY, shared with ``neaspec:protconn`` (translated in this class's context)."""
        translate = QCoreApplication.translate
        self.addParameter(QgsProcessingParameterNumber(
            self.MEDIAN_DISTANCE, translate("ConnectivityAlgorithm", "Median dispersal distance d (m)"),
            QgsProcessingParameterNumber.Double, defaultValue=10_000.0, minValue=0.001))
        self.addParameter(QgsProcessingParameterNumber(
            self.PROBABILITY, translate("ConnectivityAlgorithm", "Probability p at the median distance"),
            QgsProcessingParameterNumber.Double, defaultValue=0.5, minValue=0.000001, maxValue=0.999999))

    def min_probability_parameter(self) -> QgsProcessingParameterNumber:
        """MIN_PROBABILITY (advanced), shared with ``neaspec:protconn``."""
        return QgsProcessingParameterNumber(
            self.MIN_PROBABILITY, QCoreApplication.translate("ConnectivityAlgorithm", "Minimum probability of a "
                                                             "link (0 = no cut-off)"),
            QgsProcessingParameterNumber.Double, defaultValue=0.0, minValue=0.0, maxValue=0.999999)

    def initAlgorithm(self, config: Optional[dict[str, Any]] = None) -> None:  # noqa: N802, ARG002
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PATCHES, self.tr("Patches (habitat, protected areas or wetland sites)"),
            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.PATCH_ID, self.tr("Patch id field"), parentLayerParameterName=self.PATCHES))
        self.addParameter(QgsProcessingParameterField(
            self.ATTRIBUTE, self.tr("Node weight field (default: area in ha)"), parentLayerParameterName=self.PATCHES,
            type=QgsProcessingParameterField.Numeric, optional=True))
        distance = QgsProcessingParameterEnum(self.DISTANCE, self.tr("Distance between patches"),
                                              options=list(self.DISTANCES), defaultValue="edge")
        distance.setUsesStaticStrings(True)
        self.addParameter(distance)
        self.add_kernel_parameters()
        advanced = [
            self.min_probability_parameter(),
            QgsProcessingParameterNumber(
                self.IIC_DISTANCE, self.tr("IIC link distance (m, default: the median distance)"),
                QgsProcessingParameterNumber.Double, minValue=0.0, optional=True),
            QgsProcessingParameterNumber(
                self.LANDSCAPE_AREA, self.tr("Landscape area A_L (ha, default: the patches' area sum)"),
                QgsProcessingParameterNumber.Double, minValue=0.0, optional=True),
            QgsProcessingParameterFeatureSource(
                self.STUDY_AREA, self.tr("Study area (its area is A_L)"), [QgsProcessing.TypeVectorPolygon],
                optional=True),
        ]
        for param in advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(param)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COUNTRIES, self.tr("Countries (ISO3 / ISO_A3 / ADM0_A3 field)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.COUNTRY_FIELD, self.tr("Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)"),
            parentLayerParameterName=self.COUNTRIES, optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.NODES, self.tr("Nodes with their importance (dPC, dIIC)"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.LINKS, self.tr("Links with their probability"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.SUMMARY, self.tr("Connectivity summary (PC, IIC)"), QgsProcessing.TypeVector))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:
        from neaspec_planner.core.connectivity import run_connectivity
        from neaspec_planner.core.vector_io import write_table, write_vector

        patches = self.read_vector_parameter(parameters, self.PATCHES, context, feedback)
        patch_id = (self.parameterAsFields(parameters, self.PATCH_ID, context) or [None])[0]
        if not patch_id:
            raise QgsProcessingException(self.tr("Choose the patch id field."))
        attribute = (self.parameterAsFields(parameters, self.ATTRIBUTE, context) or [None])[0]
        optional = {}
        for key in (self.IIC_DISTANCE, self.LANDSCAPE_AREA):
            if parameters.get(key) not in (None, ""):
                optional[key] = self.parameterAsDouble(parameters, key, context)
        study = self.read_vector_parameter(parameters, self.STUDY_AREA, context, feedback, required=False) \
            if parameters.get(self.STUDY_AREA) not in (None, "") else None
        countries = self.read_vector_parameter(parameters, self.COUNTRIES, context, feedback, required=False) \
            if parameters.get(self.COUNTRIES) not in (None, "") else None
        paths = {key: self.output_path(parameters, key, context) for key in (self.NODES, self.LINKS, self.SUMMARY)}
        feedback.pushInfo(self.tr("{} patch feature(s) read from '{}'.").format(len(patches), patches.name))
        log = self.core_log(feedback)
        with self.core_errors():
            result = run_connectivity(
                patches, patch_id, attribute=attribute,
                distance=self.parameterAsEnumString(parameters, self.DISTANCE, context) or "edge",
                median_distance=self.parameterAsDouble(parameters, self.MEDIAN_DISTANCE, context),
                probability=self.parameterAsDouble(parameters, self.PROBABILITY, context),
                min_probability=self.parameterAsDouble(parameters, self.MIN_PROBABILITY, context),
                iic_distance=optional.get(self.IIC_DISTANCE), landscape_area=optional.get(self.LANDSCAPE_AREA),
                study_area=study, countries=countries,
                country_field=self.parameterAsString(parameters, self.COUNTRY_FIELD, context) or None,
                progress=self.progress_callback(feedback), log=log)
        self.report_result(result, feedback, log)
        self.check_cancelled(feedback)
        with self.output_set(feedback) as outputs:
            outputs.write(write_vector, paths[self.NODES], result.node_geometry, result.nodes, result.crs,
                          "connectivity_nodes", "MultiPolygon")
            outputs.write(write_vector, paths[self.LINKS], result.link_geometry, result.links, result.crs,
                          "connectivity_links", "LineString")
            outputs.write(write_table, paths[self.SUMMARY], result.summary, "connectivity_summary")
        if len(result.summary):
            pc = result.summary.iloc[0]
            feedback.pushInfo(self.tr("PC = {:.6g}, EC = {:,.1f} (intra {:.1f} %, direct {:.1f} %, stepping "
                                      "stones {:.1f} %); {} node(s), {} link(s).").format(
                float(pc["index"]), float(pc["ec"]), float(pc["intra_pct"]), float(pc["direct_pct"]),
                float(pc["step_pct"]), len(result.nodes), len(result.links)))
        OutputStyle.attach(context, paths[self.NODES], "connectivity_nodes.qml")
        OutputStyle.attach(context, paths[self.LINKS], "connectivity_links.qml")
        return {self.NODES: paths[self.NODES], self.LINKS: paths[self.LINKS], self.SUMMARY: paths[self.SUMMARY]}


ALGORITHM = ConnectivityAlgorithm
