"""``neaspec:compare_options`` — corridors of a baseline resistance against named workshop options."""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Optional

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
    QgsRasterLayer,
    QgsVectorLayer,
)

from neaspec_planner.processing.base import OutputStyle
from neaspec_planner.processing.corridors import CorridorsAlgorithm


def safe_name(name: str) -> str:
    """A file-name-safe version of an option name (letters of any script are kept)."""
    cleaned = re.sub(r"[^\w.-]+", "_", name, flags=re.UNICODE).strip("._")
    return cleaned or "option"


class CompareOptionsAlgorithm(CorridorsAlgorithm):
    NAME = "compare_options"
    GROUP_ID = "corridors"

    BASELINE = "BASELINE"
    OPTIONS = "OPTIONS"
    TABLE = "TABLE"
    CHANGES = "CHANGES"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Compare corridor options")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Runs the least-cost corridors (as in 'Least-cost corridors and gaps') on a BASELINE resistance and on "
            "each option, for the workshop side-by-side.\n\n"
            "OPTIONS: layers, each named by its layer name. A raster is an alternative resistance (resampled onto "
            "the baseline grid if needed). A line or polygon layer is applied to a copy of the baseline: a "
            "numeric 'cost' field sets the cost of every cell the features touch ('impassable' blocks them); "
            "otherwise a 'type' field: crossing and restoration lower the cost to the baseline's lowest cost "
            "(normally 1), barrier makes the cells impassable. A layer with neither field is taken by its name "
            "(a name with 'crossing', 'restor', 'barrier' or 'fence').\n"
            "MAX_DISTANCE (m) and CORRIDOR_WIDTH (cost × m) as in the corridors tool; PROTECTED and COUNTRIES "
            "(optional) make gap_ha the corridor area outside protected areas.\n\n"
            "TABLE: one row per link and option (the baseline included) with link (from-to core ids), option, "
            "lcd (cost × m), lcd_change_pct (against the baseline; negative = easier), cwd_to_euclid and gap_ha. "
            "CHANGES: a folder with one GeoTIFF per option, changes_<option>.tif: +1 corridor gained, −1 "
            "corridor lost, 0 corridor in both, nodata elsewhere.")

    def initAlgorithm(self, config: Optional[dict[str, Any]] = None) -> None:  # noqa: N802, ARG002
        self.add_core_parameters()
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.BASELINE, self.tr("Baseline resistance raster (cost per metre, projected CRS)")))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.OPTIONS, self.tr("Options (resistance rasters, or crossings / restorations / barriers layers)"),
            QgsProcessing.TypeMapLayer))
        self.add_distance_parameters()
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.TABLE, self.tr("Comparison table (link × option)"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.CHANGES, self.tr("Folder for the change rasters (one per option)")))

    def _options(self, parameters: dict[str, Any], context: QgsProcessingContext) -> list:
        from neaspec_planner.core.options import Option

        options = []
        for layer in self.parameterAsLayerList(parameters, self.OPTIONS, context):
            if isinstance(layer, QgsRasterLayer):
                if layer.providerType() != "gdal":
                    raise QgsProcessingException(self.tr("Option raster '{}' is not a file GDAL can read; save it "
                                                         "as a GeoTIFF first.").format(layer.name()))
                options.append(Option(layer.name(), raster=layer.source()))
            elif isinstance(layer, QgsVectorLayer):
                data = self.read_layer(layer, crs_required=False)
                if data.crs is None:
                    raise QgsProcessingException(self.tr("Option layer '{}' has no coordinate reference system.")
                                                 .format(layer.name()))
                options.append(Option(layer.name(), layer=data))
            else:
                raise QgsProcessingException(self.tr("Option '{}' is neither a raster nor a vector layer.")
                                             .format(layer.name()))
        return options

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:  # noqa: N802
        from neaspec_planner.core.options import CHANGES_NODATA, compare_options
        from neaspec_planner.core.raster_io import write_raster
        from neaspec_planner.core.vector_io import write_table

        inputs = self.read_inputs(parameters, context, feedback)
        baseline, _ = self.raster_path(parameters, self.BASELINE, context)
        options = self._options(parameters, context)
        table_path = self.output_path(parameters, self.TABLE, context, ".gpkg")
        folder = self.parameterAsString(parameters, self.CHANGES, context)
        if not folder or folder == "TEMPORARY_OUTPUT":
            from qgis.core import QgsProcessingUtils

            folder = os.path.join(QgsProcessingUtils.tempFolder(), "changes")
        log = self.core_log(feedback)
        with self.core_errors():
            result = compare_options(inputs["cores"], inputs["core_id"], baseline, options, inputs["max_distance"],
                                     inputs["corridor_width"], countries=inputs["countries"],
                                     protected=inputs["protected"], progress=self.progress_callback(feedback),
                                     drop_through_cores=inputs["drop_through_cores"],
                                     log=log)
        self.report_result(result, feedback, log)
        self.check_cancelled(feedback)
        with self.output_set(feedback) as outputs:
            outputs.folder(folder)
            outputs.write(write_table, table_path, result.table, layer_name="options")
            used: set[str] = set()
            for name, changes in result.changes.items():
                stem = safe_name(name)
                while stem in used:
                    stem += "_"
                used.add(stem)
                outputs.write(write_raster, os.path.join(folder, f"changes_{stem}.tif"), changes, result.transform,
                              result.crs, nodata=CHANGES_NODATA)
        for path in outputs.targets[1:]:
            context.addLayerToLoadOnCompletion(path, context.LayerDetails(Path(path).stem, context.project(),
                                                                          Path(path).stem))
            OutputStyle.attach(context, path, "changes.qml")
        feedback.pushInfo(self.tr("{} option(s) compared on {} link(s).").format(
            len(options), int((result.table["option"] == "baseline").sum())))
        return {self.TABLE: table_path, self.CHANGES: folder}


ALGORITHM = CompareOptionsAlgorithm
