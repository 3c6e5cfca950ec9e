"""``neaspec:corridors`` — least-cost links, the corridor mosaic and its unprotected gaps between core areas."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
)
from qgis.PyQt.QtCore import QCoreApplication

from neaspec_planner.processing.base import NeaspecAlgorithm, OutputStyle


class CorridorsAlgorithm(NeaspecAlgorithm):
    NAME = "corridors"
    GROUP_ID = "corridors"

    CORES = "CORES"
    CORE_ID = "CORE_ID"
    RESISTANCE = "RESISTANCE"
    MAX_DISTANCE = "MAX_DISTANCE"
    CORRIDOR_WIDTH = "CORRIDOR_WIDTH"
    COUNTRIES = "COUNTRIES"
    PROTECTED = "PROTECTED"
    DROP_THROUGH_CORES = "DROP_THROUGH_CORES"
    LINKS = "LINKS"
    CORRIDORS = "CORRIDORS"
    GAPS = "GAPS"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Least-cost corridors and gaps")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Least-cost corridors between core areas, as in Linkage Mapper, and the parts of them outside protected "
            "areas, per country.\n\n"
            "CORES: polygons (a multi-part feature, or several features with the same CORE_ID, is one core; a core "
            "smaller than a cell uses the cell it lies in). RESISTANCE: cost of crossing one metre of each cell "
            "(≥ 1; zero or negative cells stop the run; nodata is impassable), in a projected CRS in metres.\n"
            "Cost model: 8 neighbours; a move costs the mean of the two cells' costs × the step length in metres "
            "(GRASS r.cost's default). All costs (lcd, CORRIDOR_WIDTH, the corridor raster) are in cost × metres: "
            "crossing 1 km of cost-1 land costs 1000.\n"
            "MAX_DISTANCE (m): cores whose edges are at most this far apart (straight line) are linked. "
            "CORRIDOR_WIDTH (cost × m): cells whose normalised least-cost corridor value "
            "NLCC = CWD_A + CWD_B − LCD is at most this are in the corridor (0 on the least-cost path).\n\n"
            "LINKS: the least-cost path of each link with from_id, to_id, lcd (least-cost distance), euclid_m "
            "(edge-to-edge), path_m, cwd_to_euclid, cwd_to_path (mean cost along the path), countries crossed "
            "(ISO3, in path order), transboundary (1/0), unprotected_m (path length outside PROTECTED) and rank "
            "(1 = lowest cwd_to_euclid, the best-connected link). CORRIDORS: the NLCC mosaic (minimum over "
            "links) where ≤ CORRIDOR_WIDTH, nodata elsewhere. GAPS: corridor area outside PROTECTED, one polygon "
            "per link and country, with area_ha (equal-area).\n\n"
            "DROP_THROUGH_CORES (default on): a link whose least-cost path runs through a third core is dropped "
            "(it is redundant with the links to that core); the log lists them.\n\n"
            "The results are those of a search over the whole raster: each core's cost distance is computed once, "
            "in a window around it that is checked to give the whole-raster answer (else searched again in a "
            "larger one). The run is refused up front with a memory estimate if it would need more than 4 GiB.")

    def add_core_parameters(self) -> None:
        """CORES and CORE_ID, shared with ``neaspec:compare_options`` (so translated in this class's context)."""
        translate = QCoreApplication.translate
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CORES, translate("CorridorsAlgorithm", "Core areas"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.CORE_ID, translate("CorridorsAlgorithm", "Core id field"), parentLayerParameterName=self.CORES,
            defaultValue="core_id"))

    def add_distance_parameters(self) -> None:
        """MAX_DISTANCE, CORRIDOR_WIDTH, COUNTRIES and PROTECTED, shared with ``neaspec:compare_options``."""
        translate = QCoreApplication.translate
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_DISTANCE, translate("CorridorsAlgorithm", "Maximum link distance, edge to edge (m)"),
            QgsProcessingParameterNumber.Double, defaultValue=50_000.0, minValue=0.001))
        self.addParameter(QgsProcessingParameterNumber(
            self.CORRIDOR_WIDTH,
            translate("CorridorsAlgorithm", "Corridor width (cost × m above the least-cost distance)"),
            QgsProcessingParameterNumber.Double, defaultValue=100_000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COUNTRIES, translate("CorridorsAlgorithm", "Countries (ISO3 / ISO_A3 / ADM0_A3 field)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PROTECTED, translate("CorridorsAlgorithm", "Protected areas"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        drop = QgsProcessingParameterBoolean(
            self.DROP_THROUGH_CORES,
            translate("CorridorsAlgorithm", "Drop links whose least-cost path runs through a third core"),
            defaultValue=True, optional=True)
        # optional (default on): models and scripts saved before this parameter existed keep validating
        drop.setFlags(drop.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        drop.setHelp(translate("CorridorsAlgorithm", "Such a link is redundant with the links to that core "
                               "(Linkage Mapper's default). Dropped links are listed in the log."))
        self.addParameter(drop)

    def initAlgorithm(self, config: Optional[dict[str, Any]] = None) -> None:  # noqa: N802, ARG002
        self.add_core_parameters()
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.RESISTANCE, self.tr("Resistance raster (cost per metre, projected CRS)")))
        self.add_distance_parameters()
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.LINKS, self.tr("Links (least-cost paths)"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.CORRIDORS, self.tr("Corridors (NLCC, cost × m)")))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.GAPS, self.tr("Corridor gaps (outside protected areas)"), QgsProcessing.TypeVectorPolygon))

    def read_inputs(self, parameters: dict[str, Any], context: QgsProcessingContext,
                    feedback: QgsProcessingFeedback) -> dict[str, Any]:
        """The inputs shared with ``neaspec:compare_options``: cores, id field, distances."""
        cores = self.read_vector_parameter(parameters, self.CORES, context, feedback)
        fields = self.parameterAsFields(parameters, self.CORE_ID, context)
        if not fields:
            raise QgsProcessingException(QCoreApplication.translate("CorridorsAlgorithm",
                                                                    "Choose the core id field."))
        feedback.pushInfo(QCoreApplication.translate("CorridorsAlgorithm", "{} core feature(s) read from '{}'.")
                          .format(len(cores), cores.name))
        return {
            "cores": cores, "core_id": fields[0],
            "max_distance": self.parameterAsDouble(parameters, self.MAX_DISTANCE, context),
            "corridor_width": self.parameterAsDouble(parameters, self.CORRIDOR_WIDTH, context),
            "countries": self.read_vector_parameter(parameters, self.COUNTRIES, context, feedback, required=False),
            "protected": self.drop_proposed(self.read_vector_parameter(
                parameters, self.PROTECTED, context, feedback, required=False), False, feedback),
            "drop_through_cores": parameters.get(self.DROP_THROUGH_CORES) is None
            or self.parameterAsBoolean(parameters, self.DROP_THROUGH_CORES, context),
        }

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:  # noqa: N802
        from neaspec_planner.core.corridors import CORRIDOR_NODATA, run_corridors
        from neaspec_planner.core.raster_io import write_raster
        from neaspec_planner.core.vector_io import write_vector

        inputs = self.read_inputs(parameters, context, feedback)
        resistance, layer = self.raster_path(parameters, self.RESISTANCE, context)
        links_path = self.output_path(parameters, self.LINKS, context, ".gpkg")
        corridors_path = self.output_path(parameters, self.CORRIDORS, context, ".tif")
        gaps_path = self.output_path(parameters, self.GAPS, context, ".gpkg")
        if Path(corridors_path).suffix.lower() not in (".tif", ".tiff"):
            raise QgsProcessingException(self.tr("The corridor raster is written as GeoTIFF: give it a .tif name "
                                                 "(got '{}').").format(Path(corridors_path).name))
        log = self.core_log(feedback)
        with self.core_errors():
            result = run_corridors(inputs["cores"], inputs["core_id"], resistance, inputs["max_distance"],
                                   inputs["corridor_width"], countries=inputs["countries"],
                                   protected=inputs["protected"], progress=self.progress_callback(feedback),
                                   log=log, resistance_name=layer.name(),
                                   drop_through_cores=inputs["drop_through_cores"])
        self.report_result(result, feedback, log)
        self.check_cancelled(feedback)
        with self.output_set(feedback) as outputs:
            outputs.write(write_vector, links_path, result.link_geometry, result.links, result.crs,
                          layer_name="links", geometry_type="LineString")
            outputs.write(write_raster, corridors_path, result.corridors, result.transform, result.crs,
                          nodata=CORRIDOR_NODATA)
            outputs.write(write_vector, gaps_path, result.gap_geometry, result.gaps, result.crs,
                          layer_name="corridor_gaps", geometry_type="MultiPolygon")
        n = len(result.links)
        feedback.pushInfo(self.tr("{} link(s); {} transboundary; corridor gaps {:.1f} ha.").format(
            n, int(result.links["transboundary"].sum()) if n else 0, float(result.gaps["area_ha"].sum())))
        if n == 0:
            feedback.pushWarning(self.tr("No links: fewer than two cores, or no pair within the maximum "
                                         "distance. The outputs are empty."))
        OutputStyle.attach(context, links_path, "links.qml")
        OutputStyle.attach(context, corridors_path, "corridors.qml", inputs["corridor_width"] or None)
        OutputStyle.attach(context, gaps_path, "corridor_gaps.qml")
        return {self.LINKS: links_path, self.CORRIDORS: corridors_path, self.GAPS: gaps_path}


ALGORITHM = CorridorsAlgorithm
