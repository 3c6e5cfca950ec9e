"""``neaspec:pinchpoints`` — effective resistance, current map and pinch points by circuit theory."""
from __future__ import annotations

from pathlib import Path
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
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
)

from neaspec_planner.processing.base import NeaspecAlgorithm, OutputStyle


def current_stretch(path: str) -> float:
    """The 98th percentile of the positive currents of a CURRENT raster (where its colour ramp ends)."""
    import numpy as np
    from osgeo import gdal

    ds = gdal.Open(str(path))
    values = ds.GetRasterBand(1).ReadAsArray() if ds is not None else None
    positive = values[values > 0] if values is not None else np.zeros(0)
    return float(np.percentile(positive, 98)) if positive.size else 1.0


class CurrentStyle(OutputStyle):
    """``current.qml`` stretched from 0 to the current's 98th percentile, as Linkage Mapper shows current maps
    (a percent clip, so the few cells next to the focal nodes do not wash out the corridor)."""

    label_format = "{:.3g}"


class PinchpointsAlgorithm(NeaspecAlgorithm):
    NAME = "pinchpoints"
    GROUP_ID = "corridors"

    RESISTANCE = "RESISTANCE"
    RESISTANCE_IS = "RESISTANCE_IS"
    FOCAL = "FOCAL"
    FOCAL_ID = "FOCAL_ID"
    CONNECTIONS = "CONNECTIONS"
    AVERAGE = "AVERAGE"
    CORRIDORS = "CORRIDORS"
    LINKS = "LINKS"
    MAX_DISTANCE = "MAX_DISTANCE"
    COUNTRIES = "COUNTRIES"
    PINCH_PERCENTILE = "PINCH_PERCENTILE"
    RESISTANCES = "RESISTANCES"
    CURRENT = "CURRENT"
    PINCHES = "PINCHES"
    KINDS = ("resistance", "conductance")

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Pinch points and effective resistance (circuit theory)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Circuit theory between focal nodes, as Circuitscape's raster pairwise mode and Linkage Mapper's "
            "Pinchpoint Mapper compute it: where current concentrates, a corridor is narrow — a new road, fence or "
            "field there would cut the link, and a crossing or restoration there pays off most.\n\n"
            "RESISTANCE: a resistance raster (RESISTANCE_IS = resistance, values > 0) or a conductance raster "
            "(values ≥ 0, 0 = no node); nodata cells are no node. As in Circuitscape, resistances are per cell: "
            "the cell size is not used. FOCAL: polygons or points; all cells under the features of one FOCAL_ID "
            "form one focal node (short-circuited). CONNECTIONS: 4 or 8 neighbours (diagonal conductances ÷ √2). "
            "AVERAGE: an edge's conductance from the mean of the two cells' resistances (default) or of their "
            "conductances.\n\n"
            "Without CORRIDORS every pair of focal nodes (or those at most MAX_DISTANCE m apart, edge to edge) is "
            "solved over the whole raster. With CORRIDORS (the corridor raster of the least-cost corridor tool) each "
            "link is solved inside the corridor cells that join its two cores; the links are those of LINKS (the "
            "corridor tool's links) or else every pair of cores joined by a corridor.\n\n"
            "RESISTANCES: from_id, to_id, resistance (effective resistance in the raster's resistance units; −1 "
            "when the two are not connected). CURRENT: the current summed over all solved pairs (1 A per pair), "
            "nodata where there is no node. PINCHES (with CORRIDORS): the corridor cells, cores left out, at or "
            "above PINCH_PERCENTILE of the link's own current, one polygon per link and country (COUNTRIES), with "
            "area_ha (equal-area) and max_current (A).\n\n"
            "The solver factorises each circuit once (Cholesky-like sparse factor) and reuses it for all pairs of "
            "single-cell focal nodes; every solution is checked (backward error and dissipated power) and a "
            "circuit that cannot be solved accurately stops the run with a message instead of a wrong number. "
            "The memory is estimated first and the run refused above 4 GiB.")

    def initAlgorithm(self, config: Optional[dict[str, Any]] = None) -> None:  # noqa: N802, ARG002
        self.addParameter(QgsProcessingParameterRasterLayer(self.RESISTANCE, self.tr("Resistance raster")))
        kind = QgsProcessingParameterEnum(self.RESISTANCE_IS, self.tr("The raster holds"), options=list(self.KINDS),
                                          defaultValue="resistance")
        kind.setUsesStaticStrings(True)
        self.addParameter(kind)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FOCAL, self.tr("Focal nodes (cores or points)"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.FOCAL_ID, self.tr("Focal node id field"), parentLayerParameterName=self.FOCAL,
            defaultValue="core_id"))
        self.addParameter(QgsProcessingParameterNumber(
            self.CONNECTIONS, self.tr("Neighbours (4 or 8)"), QgsProcessingParameterNumber.Integer, defaultValue=8,
            minValue=4, maxValue=8))
        average = QgsProcessingParameterEnum(self.AVERAGE, self.tr("Edge conductance from the mean of the cells'"),
                                             options=list(self.KINDS), defaultValue="resistance")
        average.setUsesStaticStrings(True)
        self.addParameter(average)
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.CORRIDORS, self.tr("Corridors raster (from the corridor tool): solve link by link inside it"),
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LINKS, self.tr("Links (from the corridor tool: from_id, to_id)"), [QgsProcessing.TypeVectorLine],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_DISTANCE, self.tr("Maximum pair distance, edge to edge (m)"),
            QgsProcessingParameterNumber.Double, optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COUNTRIES, self.tr("Countries (ISO3 / ISO_A3 / ADM0_A3 field)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        percentile = QgsProcessingParameterNumber(
            self.PINCH_PERCENTILE, self.tr("Pinch points: cells at or above this percentile of a link's current"),
            QgsProcessingParameterNumber.Double, defaultValue=99.0, minValue=0.0, maxValue=99.99)
        percentile.setFlags(percentile.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(percentile)
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.RESISTANCES, self.tr("Effective resistances"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.CURRENT, self.tr("Cumulative current (A)")))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.PINCHES, self.tr("Pinch points"), QgsProcessing.TypeVectorPolygon))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:  # noqa: N802
        from neaspec_planner.core.circuit import CURRENT_NODATA, run_pinchpoints
        from neaspec_planner.core.raster_io import write_raster
        from neaspec_planner.core.vector_io import write_table, write_vector

        resistance, layer = self.raster_path(parameters, self.RESISTANCE, context)
        kind = self.parameterAsEnumString(parameters, self.RESISTANCE_IS, context) or "resistance"
        average = self.parameterAsEnumString(parameters, self.AVERAGE, context) or "resistance"
        connections = self.parameterAsInt(parameters, self.CONNECTIONS, context)
        if connections not in (4, 8):
            raise QgsProcessingException(self.tr("Neighbours must be 4 or 8 (got {}).").format(connections))
        focal = self.read_vector_parameter(parameters, self.FOCAL, context, feedback)
        fields = self.parameterAsFields(parameters, self.FOCAL_ID, context)
        if not fields:
            raise QgsProcessingException(self.tr("Choose the focal node id field."))
        corridors = corridors_name = None
        if parameters.get(self.CORRIDORS) not in (None, ""):
            corridors, corridors_layer = self.raster_path(parameters, self.CORRIDORS, context)
            corridors_name = corridors_layer.name()
        links = self.read_vector_parameter(parameters, self.LINKS, context, feedback, required=False)
        if links is not None and corridors is None:
            feedback.pushWarning(self.tr("LINKS is used only with a CORRIDORS raster; every pair is solved."))
        max_distance = None
        if parameters.get(self.MAX_DISTANCE) not in (None, ""):
            max_distance = self.parameterAsDouble(parameters, self.MAX_DISTANCE, context) or None
        countries = self.read_vector_parameter(parameters, self.COUNTRIES, context, feedback, required=False)
        percentile = self.parameterAsDouble(parameters, self.PINCH_PERCENTILE, context)
        table_path = self.output_path(parameters, self.RESISTANCES, context, ".gpkg")
        current_path = self.output_path(parameters, self.CURRENT, context, ".tif")
        pinches_path = self.output_path(parameters, self.PINCHES, context, ".gpkg")
        if Path(current_path).suffix.lower() not in (".tif", ".tiff"):
            raise QgsProcessingException(self.tr("The current raster is written as GeoTIFF: give it a .tif name "
                                                 "(got '{}').").format(Path(current_path).name))
        feedback.pushInfo(self.tr("{} focal feature(s) read from '{}'.").format(len(focal), focal.name))
        log = self.core_log(feedback)
        with self.core_errors():
            result = run_pinchpoints(resistance, focal, fields[0], resistance_is=kind, connections=connections,
                                     average=average, corridors=corridors, links=links, max_distance=max_distance,
                                     countries=countries, pinch_percentile=percentile,
                                     progress=self.progress_callback(feedback), log=log,
                                     resistance_name=layer.name(), corridors_name=corridors_name)
        self.report_result(result, feedback, log)
        self.check_cancelled(feedback)
        with self.output_set(feedback) as outputs:
            outputs.write(write_table, table_path, result.resistances, "effective_resistances")
            outputs.write(write_raster, current_path, result.current, result.transform, result.crs,
                          nodata=CURRENT_NODATA)
            outputs.write(write_vector, pinches_path, result.pinch_geometry, result.pinches, result.crs,
                          layer_name="pinch_points", geometry_type="MultiPolygon")
        table = result.resistances
        connected = int((table["resistance"] >= 0).sum()) if len(table) else 0
        feedback.pushInfo(self.tr("{} pair(s) solved, {} connected; pinch points {:.1f} ha.").format(
            len(table), connected, float(result.pinches["area_ha"].sum()) if len(result.pinches) else 0.0))
        if len(table) == 0:
            feedback.pushWarning(self.tr("No pair to solve: fewer than two focal nodes, none within the maximum "
                                         "distance, or no corridor joining two cores. The outputs are empty."))
        CurrentStyle.attach(context, current_path, "current.qml", current_stretch(current_path))
        OutputStyle.attach(context, pinches_path, "pinches.qml")
        return {self.RESISTANCES: table_path, self.CURRENT: current_path, self.PINCHES: pinches_path}


ALGORITHM = PinchpointsAlgorithm
