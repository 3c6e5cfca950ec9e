"""``neaspec:resistance`` — a resistance (cost) raster from land cover, a species profile, barriers and terrain."""
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
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from neaspec_planner.processing.base import NeaspecAlgorithm, OutputStyle


class ResistanceAlgorithm(NeaspecAlgorithm):
    NAME = "resistance"
    GROUP_ID = "corridors"

    LANDCOVER = "LANDCOVER"
    PROFILE = "PROFILE"
    TABLE = "TABLE"
    BARRIERS = "BARRIERS"
    BARRIER_WIDTH = "BARRIER_WIDTH"
    BARRIER_FIELD = "BARRIER_FIELD"
    BARRIER_COST = "BARRIER_COST"
    DEM = "DEM"
    UNKNOWN_IMPASSABLE = "UNKNOWN_IMPASSABLE"
    OUTPUT = "OUTPUT"

    PROFILES = ("amur_tiger", "amur_leopard", "snow_leopard", "crane", "custom")

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Resistance surface (species profile)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Turns a land-cover raster into a resistance (cost) raster for least-cost corridors: each cell gets the "
            "cost of crossing it for the chosen species, from 1 (easiest) upwards; impassable or unknown cells are "
            "nodata (-9999).\n\n"
            "<b>The species profiles are expert defaults (ED), not published values: adjust them to your region "
            "before using results.</b> No published class-to-resistance table for these species could be read; the "
            "bundled tables (folder resources/profiles of the plugin) give for each number only the direction of "
            "effect from qualitative findings and their sources.\n\n"
            "Land cover: ESA WorldCover 10 m classes (10 tree cover … 100 moss and lichen; 0 = no data) for the "
            "species profiles, or any integer class raster with your own TABLE. The raster must be in a projected "
            "CRS in metres (reproject a lon/lat raster first with Raster ▸ Projections ▸ Warp).\n"
            "Profiles: amur_tiger, amur_leopard, snow_leopard, crane (cranes on foot: chicks or moult; flight "
            "between wetlands is not a cost-surface problem), custom (TABLE required).\n"
            "TABLE: a CSV file with the columns class,cost (cost ≥ 1, or 'impassable'); lines starting with # are "
            "comments. Given with a species profile it replaces that profile's land-cover costs. Classes present in "
            "the raster but missing from the table stop the run with their list, unless you treat them as "
            "impassable. WorldCover does not separate forest types, paddy from dry cropland, or tidal flats "
            "(class 60/80): check those classes.\n"
            "BARRIERS: roads, railways, fences as lines, burned BARRIER_WIDTH metres wide (all cells the buffered "
            "line touches) with the larger of the barrier and land-cover cost. Each line's cost comes from a number "
            "in BARRIER_FIELD (default 'cost'; 'impassable' makes it nodata), else from its OSM type (highway, "
            "railway, barrier, type or fclass field: motorway 1000, trunk/primary 500, secondary 200, tertiary 80, "
            "track 20, rail 300, fence 1000 for tigers — all ED), else BARRIER_COST (lines with no cost and no type: "
            "1000 if BARRIER_COST is empty).\n"
            "DEM (optional, metres; resampled onto the land-cover grid if needed): tiger and leopard cost ×1.5 on "
            "slopes of 30–45° and ×3 above 45°; cranes ×5 above 5°; snow leopard cost lowered in rugged terrain, "
            "R × (1 − 0.5·min(TRI/TRI_p90, 1)), never below 1. All ED."
        )

    def initAlgorithm(self, config: Optional[dict[str, Any]] = None) -> None:  # noqa: N802, ARG002
        self.addParameter(QgsProcessingParameterRasterLayer(self.LANDCOVER, self.tr("Land cover (class raster)")))
        profile = QgsProcessingParameterEnum(self.PROFILE, self.tr("Species profile"), options=list(self.PROFILES),
                                             defaultValue="amur_tiger")
        profile.setUsesStaticStrings(True)
        self.addParameter(profile)
        self.addParameter(QgsProcessingParameterFile(
            self.TABLE, self.tr("Cost table (CSV class,cost; required for custom)"),
            behavior=QgsProcessingParameterFile.File, extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BARRIERS, self.tr("Barriers (roads, railways, fences)"), [QgsProcessing.TypeVectorLine],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BARRIER_WIDTH, self.tr("Barrier width (m)"), QgsProcessingParameterNumber.Double,
            defaultValue=100.0, minValue=0.001))
        advanced = [
            QgsProcessingParameterField(self.BARRIER_FIELD, self.tr("Barrier cost field"), defaultValue="cost",
                                        parentLayerParameterName=self.BARRIERS, optional=True),
            QgsProcessingParameterNumber(self.BARRIER_COST, self.tr("Default barrier cost (lines without cost or "
                                                                    "known type)"),
                                         QgsProcessingParameterNumber.Double, minValue=1.0, optional=True),
            QgsProcessingParameterRasterLayer(self.DEM, self.tr("Elevation (DEM, m) for the slope/ruggedness term"),
                                              optional=True),
            QgsProcessingParameterBoolean(self.UNKNOWN_IMPASSABLE,
                                          self.tr("Treat classes missing from the table as impassable"),
                                          defaultValue=False),
        ]
        for param in advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(param)
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Resistance (cost ≥ 1, nodata = impassable)")))

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:  # noqa: N802
        from neaspec_planner.core.resistance import build_resistance

        landcover, _ = self.raster_path(parameters, self.LANDCOVER, context)
        profile = self.parameterAsEnumString(parameters, self.PROFILE, context) or "amur_tiger"
        table = self.parameterAsFile(parameters, self.TABLE, context) or None
        dem = None
        if parameters.get(self.DEM) not in (None, ""):
            dem, _ = self.raster_path(parameters, self.DEM, context)
        barriers = self.read_vector_parameter(parameters, self.BARRIERS, context, feedback, required=False)
        width = self.parameterAsDouble(parameters, self.BARRIER_WIDTH, context)
        fields = self.parameterAsFields(parameters, self.BARRIER_FIELD, context)
        field = fields[0] if fields else "cost"
        default_cost = None
        if parameters.get(self.BARRIER_COST) not in (None, ""):
            default_cost = self.parameterAsDouble(parameters, self.BARRIER_COST, context)
        unknown = "impassable" if self.parameterAsBool(parameters, self.UNKNOWN_IMPASSABLE, context) else "error"
        output = self.output_path(parameters, self.OUTPUT, context, ".tif")
        if Path(output).suffix.lower() not in (".tif", ".tiff"):
            raise QgsProcessingException(self.tr("The resistance raster is written as GeoTIFF: give the output a "
                                                 ".tif name (got '{}').").format(Path(output).name))
        if profile != "custom":
            feedback.pushInfo(self.tr("Profile '{}': its costs are expert defaults (ED) — adjust them for your "
                                      "region (copy resources/profiles/{}.csv and give it as TABLE).")
                              .format(profile, profile))
        if barriers is not None:
            feedback.pushInfo(self.tr("{} barrier feature(s) read from '{}'.").format(len(barriers), barriers.name))
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled: no output was written."))
        with self.core_errors():
            result = build_resistance(landcover, output, profile, table=table, barriers=barriers,
                                      barrier_width=width, barrier_field=field, barrier_default=default_cost,
                                      dem=dem, unknown=unknown, progress=self.progress_callback(feedback))
        for message in result.messages:
            if "impassable" in message or "not used" in message or "no DEM value" in message:
                feedback.pushWarning(message)
            else:
                feedback.pushInfo(message)
        feedback.pushInfo(self.tr("Resistance {} × {} cells: cost {} – {}, {} nodata (impassable) cell(s).").format(
            result.shape[0], result.shape[1], f"{result.min_cost:g}", f"{result.max_cost:g}", result.nodata_cells))
        OutputStyle.attach(context, output, "resistance.qml")
        return {self.OUTPUT: output}


ALGORITHM = ResistanceAlgorithm
