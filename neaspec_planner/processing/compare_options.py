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
        from neaspec_planner.core.vector_io import read_vector

        options = []
        for layer in self.parameterAsLayerList(parameters, self.OPTIONS, context):
            if isinstance(layer, QgsRasterLayer):
                if layer.providerType() != "gdal":
                    raise QgsProcessingException(self.tr("Option raster '{}' is not a file GDAL can read; save it "
                                                         "as a GeoTIFF first.").format(layer.name()))
                options.append(Option(layer.name(), raster=layer.source()))
            elif isinstance(layer, QgsVectorLayer):
                if layer.providerType() == "ogr" and not layer.subsetString():
                    with self.core_errors():
                        data = read_vector(layer.source(), name=layer.name())
                else:
                    data = self._read_via_qgis(layer, layer.name(), layer)
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
        with self.core_errors():
            result = compare_options(inputs["cores"], inputs["core_id"], baseline, options, inputs["max_distance"],
                                     inputs["corridor_width"], countries=inputs["countries"],
                                     protected=inputs["protected"], progress=self.progress_callback(feedback),
                                     drop_through_cores=inputs["drop_through_cores"],
                                     log=feedback.pushInfo)
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled: no output was written."))
        created_folder = not os.path.isdir(folder)
        written: list[str] = []
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
            with self.core_errors():
                written.append(str(write_table(table_path, result.table, layer_name="options")))
                used: set[str] = set()
                for name, changes in result.changes.items():
                    stem = safe_name(name)
                    while stem in used:
                        stem += "_"
                    used.add(stem)
                    path = os.path.join(folder, f"changes_{stem}.tif")
                    written.append(str(write_raster(path, changes, result.transform, result.crs,
                                                    nodata=CHANGES_NODATA)))
        except BaseException:
            for path in written:
                if os.path.exists(path):
                    os.remove(path)
            if created_folder and os.path.isdir(folder) and not os.listdir(folder):
                os.rmdir(folder)
            raise
        for path in written[1:]:
            context.addLayerToLoadOnCompletion(path, context.LayerDetails(Path(path).stem, context.project(),
                                                                          Path(path).stem))
            OutputStyle.attach(context, path, "changes.qml")
        feedback.pushInfo(self.tr("{} option(s) compared on {} link(s).").format(
            len(options), int((result.table["option"] == "baseline").sum())))
        return {self.TABLE: table_path, self.CHANGES: folder}


ALGORITHM = CompareOptionsAlgorithm
