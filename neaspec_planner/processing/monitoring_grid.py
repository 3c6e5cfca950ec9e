"""``neaspec:monitoring_grid`` — one survey grid for every country: camera-trap effort, detections, naive
occupancy, monitoring gaps and the individuals seen on both sides of a border."""
from __future__ import annotations

from typing import Any, Optional

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsRasterLayer,
    QgsVectorLayer,
)

from neaspec_planner.processing.base import NeaspecAlgorithm, OutputStyle, message_text
from neaspec_planner.processing.outputs import apply_style

#: the styles of GRID: effort (default) and occupancy (a second style in the layer's style manager)
EFFORT_QML = "monitoring_grid.qml"
OCCUPANCY_QML = "monitoring_occupancy.qml"


class GridStyles(OutputStyle):
    """GRID loaded into the project: the effort style, and the occupancy style one click away (Layer ▸ Styles)."""

    def __init__(self, effort_name: str, occupancy_name: str) -> None:
        super().__init__()
        self.effort_name = effort_name
        self.occupancy_name = occupancy_name

    def style(self, layer) -> None:
        apply_grid_styles(layer, self.effort_name, self.occupancy_name)


def apply_grid_styles(layer, effort_name: str = "effort", occupancy_name: str = "occupancy") -> None:
    """Give a GRID layer two named styles (effort, current; occupancy); gap cells are hatched in both."""
    manager = layer.styleManager()
    apply_style(layer, OCCUPANCY_QML)
    manager.renameStyle(manager.currentStyle(), occupancy_name)
    manager.addStyleFromLayer(effort_name)
    manager.setCurrentStyle(effort_name)
    apply_style(layer, EFFORT_QML)


def _iso_dates(data):
    """Date, time and datetime values read through QGIS (QDate, QDateTime) as ISO text for the core."""
    from qgis.PyQt.QtCore import QDate, QDateTime, Qt

    frame = data.attributes
    for column in frame.columns:
        values = frame[column]
        sample = values.dropna().head(1).tolist()
        if sample and isinstance(sample[0], (QDate, QDateTime)):
            frame[column] = values.map(lambda v: v.toString(Qt.DateFormat.ISODate)  # one per row, only for
                                       if isinstance(v, (QDate, QDateTime)) and v.isValid() else None)  # Qt dates
    return data


class MonitoringGridAlgorithm(NeaspecAlgorithm):
    NAME = "monitoring_grid"
    GROUP_ID = "analysis"

    COUNTRIES = "COUNTRIES"
    COUNTRY_FIELD = "COUNTRY_FIELD"
    CELL_SIZE = "CELL_SIZE"
    EXTENT = "EXTENT"
    STATIONS = "STATIONS"
    DETECTIONS = "DETECTIONS"
    HABITAT = "HABITAT"
    HABITAT_CLASSES = "HABITAT_CLASSES"
    GRID = "GRID"
    SUMMARY = "SUMMARY"
    SHARED = "SHARED"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Joint monitoring grid (camera traps, shared individuals)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Puts every country's camera-trap stations and detections on ONE common grid, so that grids built by "
            "each side line up cell for cell, and counts effort, detections, naive occupancy, unsurveyed habitat "
            "and the individuals detected on both sides of a border.\n\n"
            "The grid: square cells of CELL_SIZE metres (default 10,000) in one fixed Lambert azimuthal "
            "equal-area CRS (centred at 45° N 120° E, false easting and northing 13,000 km), aligned to its "
            "origin (0, 0). cell_id is the cell's place on that lattice (10kmE1302N1405 = the 1302nd cell east "
            "and the 1405th north), so the same cell has the same id and square in every run, whatever the "
            "extent: each country's tables join on it. Cells are half-open: a station exactly on a cell edge "
            "belongs to the cell east of a vertical edge and north of a horizontal one.\n\n"
            "COUNTRIES: country polygons with an ISO3 code (found by itself, or COUNTRY_FIELD). STATIONS: "
            "points with 'station' (id), optional 'country' (ISO3; else the country the point lies in), "
            "'start' and 'end' dates and/or 'effort_days'. Effort is effort_days, else end − start in days "
            "(camera-trap nights); several rows of one station at one place are deployments and add up. "
            "DETECTIONS: a table (CSV, spreadsheet) or points with 'station', 'date', 'species' and optional "
            "'individual' (the ID from stripes or spots); points without a station are placed where they are. "
            "HABITAT (optional): habitat polygons, or a class raster (HABITAT_CLASSES: the habitat class "
            "values, e.g. 10,20; default every value except 0 and nodata). EXTENT (optional; default: the "
            "stations, detection points and habitat).\n\n"
            "Bad rows are left out and listed in the log with their line numbers (header = line 1; features "
            "are numbered from 1): unknown station, unreadable or future date, end before start, negative "
            "effort, duplicate detections (same station, species, individual and date), a station id at two "
            "places. Stations outside every country polygon are listed too.\n\n"
            "GRID: cell_id, countries (ISO3 list of the cell, e.g. CHN,RUS), habitat_ha, stations, effort_days "
            "(station-days), det_<species> (detections) and occ_<species> (1 = detected) per species, detected "
            "(number of species detected) and gap (1 = habitat and no station: a monitoring gap, hatched). "
            "Styles: effort, and occupancy (Layer Properties ▸ Styles). SUMMARY per country × species: "
            "cells_habitat (cells with habitat in that country's part), cells_surveyed (cells with its "
            "stations), cells_detected, naive_occupancy (= cells_detected / cells_surveyed), effort_days, "
            "individuals, shared_individuals (also detected in another country), habitat_gap_cells (its "
            "habitat cells with no station of any country). SHARED: each transboundary individual with its "
            "species, countries and first and last dates.")

    def initAlgorithm(self, config: Optional[dict[str, Any]] = None) -> None:  # noqa: N802, ARG002
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COUNTRIES, self.tr("Countries"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.COUNTRY_FIELD, self.tr("Country code field (default: ISO3 / ISO_A3 / ADM0_A3 / GID_0)"),
            parentLayerParameterName=self.COUNTRIES, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STATIONS, self.tr("Camera-trap stations (points)"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DETECTIONS, self.tr("Detections (table or points)"), [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterMapLayer(
            self.HABITAT, self.tr("Habitat (polygons or class raster)"), optional=True,
            types=[QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeRaster]))
        size = QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Cell size (m)"), QgsProcessingParameterNumber.Double, defaultValue=10_000.0,
            minValue=100.0)
        size.setHelp(self.tr("Side of the square cells in metres. Every country must use the same size for "
                             "their grids to match."))
        self.addParameter(size)
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent (default: the data)"),
                                                       optional=True))
        classes = QgsProcessingParameterString(
            self.HABITAT_CLASSES, self.tr("Habitat class values of the raster (comma-separated)"), optional=True)
        classes.setFlags(classes.flags() | classes.FlagAdvanced)
        self.addParameter(classes)
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.GRID, self.tr("Monitoring grid"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.SUMMARY, self.tr("Monitoring summary by country and species"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.SHARED, self.tr("Shared (transboundary) individuals"), QgsProcessing.TypeVector))

    def _first_line(self, parameters: dict, key: str, context: QgsProcessingContext) -> int:
        """2 for text tables (header = line 1), 1 for layers whose rows are numbered features."""
        layer = self.parameterAsVectorLayer(parameters, key, context)
        source = layer.source().split("|")[0].lower() if layer is not None else str(parameters.get(key, "")).lower()
        provider = layer.providerType() if layer is not None else ""
        return 2 if source.endswith((".csv", ".txt", ".tsv")) or provider == "delimitedtext" else 1

    def _read_table_or_layer(self, parameters: dict, key: str, context: QgsProcessingContext,
                             feedback: QgsProcessingFeedback):
        """A table (CSV, spreadsheet, GeoPackage attribute table: no CRS needed) or a point layer."""
        layer = self.parameterAsVectorLayer(parameters, key, context)
        return self.read_vector_parameter(parameters, key, context, feedback,
                                          crs_required=layer is None or layer.isSpatial())

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict:
        grid_path = self.output_path(parameters, self.GRID, context)
        summary_path = self.output_path(parameters, self.SUMMARY, context)
        shared_path = self.output_path(parameters, self.SHARED, context)
        from neaspec_planner.core import monitoring as core
        from neaspec_planner.core.vector_io import GpkgStreamWriter, write_table, write_vector

        feedback.pushInfo(self.tr("Reading layers…"))
        countries = self.read_vector_parameter(parameters, self.COUNTRIES, context, feedback)
        stations = _iso_dates(self.read_vector_parameter(parameters, self.STATIONS, context, feedback))
        detections = None
        if parameters.get(self.DETECTIONS) not in (None, ""):
            detections = _iso_dates(self._read_table_or_layer(parameters, self.DETECTIONS, context, feedback))
        habitat = habitat_raster = None
        layer = self.parameterAsLayer(parameters, self.HABITAT, context) \
            if parameters.get(self.HABITAT) not in (None, "") else None
        if isinstance(layer, QgsRasterLayer):
            habitat_raster, _ = self.raster_path(parameters, self.HABITAT, context)
        elif isinstance(layer, QgsVectorLayer):
            habitat = self.read_vector_parameter(parameters, self.HABITAT, context, feedback)
        classes = None
        text = self.parameterAsString(parameters, self.HABITAT_CLASSES, context).strip()
        if text:
            try:
                classes = [float(v) for v in text.replace(";", ",").split(",") if v.strip()]
            except ValueError as exc:
                raise QgsProcessingException(self.tr("Habitat class values must be numbers separated by commas "
                                                     "(got '{}').").format(text)) from exc
        extent = extent_crs = None
        if parameters.get(self.EXTENT) not in (None, ""):
            rect = self.parameterAsExtent(parameters, self.EXTENT, context)
            if not rect.isNull() and not rect.isEmpty():
                extent = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
                extent_crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context).toWkt() or None
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled: no output was written."))
        progress = self.progress_callback(feedback)
        with self.core_errors():
            result = core.monitoring_grid(
                countries, stations, detections, habitat=habitat, habitat_raster=habitat_raster,
                habitat_classes=classes, cell_size=self.parameterAsDouble(parameters, self.CELL_SIZE, context),
                extent=extent, extent_crs=extent_crs,
                country_field=self.parameterAsString(parameters, self.COUNTRY_FIELD, context) or None,
                stations_first_line=self._first_line(parameters, self.STATIONS, context),
                detections_first_line=self._first_line(parameters, self.DETECTIONS, context),
                progress=lambda f: progress(0.85 * f))
        self.report_result(result, feedback)
        for row in result.rejected:
            feedback.pushWarning(message_text(row))
        self.check_cancelled(feedback)
        feedback.pushInfo(self.tr("Writing the outputs ({} cells)…").format(len(result.grid)))
        with self.output_set(feedback) as outputs:
            if grid_path.lower().endswith(".gpkg"):
                with GpkgStreamWriter(outputs.stage(grid_path), result.grid, result.crs, "monitoring_grid",
                                      "Polygon", bulk_rtree=True) as writer:
                    writer.append(result.grid_geometry, result.grid)
            else:
                outputs.write(write_vector, grid_path, result.grid_geometry, result.grid, result.crs,
                              "monitoring_grid", "Polygon")
            feedback.setProgress(95)
            outputs.write(write_table, summary_path, result.summary, "monitoring_summary")
            outputs.write(write_table, shared_path, result.shared, "shared_individuals")
        feedback.setProgress(100)
        surveyed = int((result.grid["stations"] > 0).sum())
        feedback.pushInfo(self.tr("{} cells, {} surveyed, {} monitoring gap cells; {} shared individuals; {} rows "
                                  "left out.").format(len(result.grid), surveyed, int(result.grid["gap"].sum()),
                                                      len(result.shared), len(result.rejected)))
        GridStyles.attach(context, grid_path, self.tr("effort"), self.tr("occupancy"))
        return {self.GRID: grid_path, self.SUMMARY: summary_path, self.SHARED: shared_path}


ALGORITHM = MonitoringGridAlgorithm
