"""``neaspec:resistance`` — a resistance (cost) raster from land cover, a species profile, barriers and terrain."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)
from qgis.PyQt.QtCore import QCoreApplication

from neaspec_planner.core.profiles import ALL_PROFILES
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
    CELL_SIZE = "CELL_SIZE"
    TARGET_CRS = "TARGET_CRS"
    EXTENT = "EXTENT"
    AGGREGATE = "AGGREGATE"
    OUTPUT = "OUTPUT"

    PROFILES = ALL_PROFILES
    AGGREGATES = ("mean", "mode")
    #: English words of the core's messages that are warnings (the text shown may be translated)
    WARNING_WORDS = ("impassable", "not used", "no DEM value", "has no tile", "Tiles to add")

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Resistance surface (species profile)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Turns a land-cover raster into a resistance (cost) raster for least-cost corridors: each cell "
            "gets the cost of crossing it for the chosen species, from 1 (easiest) upwards; impassable or "
            "unknown cells are nodata (-9999).\n"
            "\n"
            "<b>The species profiles are expert defaults (ED), not published values: adjust them to your "
            "region before using results.</b> No published class-to-resistance table for these species could "
            "be read; the bundled tables (folder resources/profiles of the plugin) give for each number only "
            "the direction of effect from qualitative findings and their sources.\n"
            "\n"
            "Land cover: ESA WorldCover 10 m classes (10 tree cover … 100 moss and lichen; 0 = no data) for "
            "the species profiles, or any integer class raster with your own TABLE. LANDCOVER may be several "
            "tiles (e.g. ESA WorldCover 3° tiles in EPSG:4326, as downloaded) or a folder of them, in any "
            "CRS: they are mosaicked (a VRT), reprojected to TARGET_CRS (default: the Lambert azimuthal equal-area "
            "CRS centred on EXTENT) at CELL_SIZE metres (default: the cell of a single projected raster, "
            "else 100) over EXTENT (default: the tiles' extent). AGGREGATE mean (default): the cost of every "
            "fine cell is looked up first, then averaged over each analysis cell, nodata cells left out; "
            "a cell whose fine cells are mostly impassable is impassable. AGGREGATE mode: the majority class "
            "of the fine cells, then its cost. The tiles are read block by block within a memory budget printed "
            "first; parts of the extent that no tile covers are nodata and reported, with the names of the "
            "tiles to add. DEM may be several tiles too: slope and ruggedness are computed in metres on the "
            "analysis grid.\n"
            "Profiles: amur_tiger, amur_leopard, snow_leopard, crane (cranes on foot: chicks or moult; flight "
            "between wetlands is not a cost-surface problem), custom (TABLE required).\n"
            "TABLE: a CSV file with the columns class,cost (cost ≥ 1, or 'impassable'); lines starting with "
            "# are comments. Given with a species profile it replaces that profile's land-cover costs. Classes "
            "present in the raster but missing from the table stop the run with their list, unless you treat "
            "them as impassable. WorldCover does not separate forest types, paddy from dry cropland, or tidal "
            "flats (class 60/80): check those classes.\n"
            "BARRIERS: roads, railways, fences as lines, burned BARRIER_WIDTH metres wide (all cells the "
            "buffered line touches) with the larger of the barrier and land-cover cost. Each line's cost "
            "comes from a number in BARRIER_FIELD (default 'cost'; 'impassable' makes it nodata), else from "
            "its OSM type (highway, railway, barrier, type or fclass field: motorway 1000, trunk/primary "
            "500, secondary 200, tertiary 80, track 20, rail 300, fence 1000 for tigers — all ED), else BARRIER_COST "
            "(lines with no cost and no type: 1000 if BARRIER_COST is empty).\n"
            "DEM (optional, metres; resampled onto the land-cover grid if needed): tiger and leopard cost "
            "×1.5 on slopes of 30–45° and ×3 above 45°; cranes ×5 above 5°; snow leopard cost lowered in "
            "rugged terrain, R × (1 − 0.5·min(TRI/TRI_p90, 1)), never below 1. All ED.")

    def initAlgorithm(self, config: Optional[dict[str, Any]] = None) -> None:  # noqa: N802, ARG002
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LANDCOVER, self.tr("Land cover (class raster, or several tiles such as ESA WorldCover)"),
            QgsProcessing.TypeRaster))
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
            QgsProcessingParameterMultipleLayers(self.DEM, self.tr("Elevation (DEM, m; one raster or several tiles) "
                                                                   "for the slope/ruggedness term"),
                                                 QgsProcessing.TypeRaster, optional=True),
            QgsProcessingParameterBoolean(self.UNKNOWN_IMPASSABLE,
                                          self.tr("Treat classes missing from the table as impassable"),
                                          defaultValue=False),
        ]
        aggregate = QgsProcessingParameterEnum(
            self.AGGREGATE, self.tr("Aggregate fine cells (mean = average of their costs; mode = majority class)"),
            options=list(self.AGGREGATES), defaultValue="mean", optional=True)
        aggregate.setUsesStaticStrings(True)
        advanced += [
            QgsProcessingParameterNumber(self.CELL_SIZE, self.tr("Analysis cell size (m; default: the land cover's "
                                                                 "when projected, else 100)"),
                                         QgsProcessingParameterNumber.Double, minValue=0.001, optional=True),
            QgsProcessingParameterCrs(self.TARGET_CRS, self.tr("Target CRS (default: equal-area centred on the "
                                                               "extent)"), optional=True),
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent (default: the land-cover tiles')"),
                                         optional=True),
            aggregate,
        ]
        for param in advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(param)
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Resistance (cost ≥ 1, nodata = impassable)")))

    @staticmethod
    def _folders_expanded(parameters: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
        """A copy of ``parameters`` where a folder given for a tile parameter is replaced by its raster files."""
        from neaspec_planner.core.raster_tools import TILE_SUFFIXES

        out = dict(parameters)
        for key in keys:
            values = out.get(key)
            items = values if isinstance(values, (list, tuple)) else [values]
            expanded: list[Any] = []
            for item in items:
                if isinstance(item, str) and item and os.path.isdir(item):
                    expanded += sorted(str(p) for p in Path(item).iterdir()
                                       if p.is_file() and p.suffix.lower() in TILE_SUFFIXES) or [item]
                else:
                    expanded.append(item)
            if values is not None and any(isinstance(i, str) and i and os.path.isdir(i) for i in items):
                out[key] = expanded
        return out

    def checkParameterValues(self, parameters: dict, context: QgsProcessingContext):  # noqa: N802
        """A folder of tiles is accepted for LANDCOVER and DEM (checked as the list of its rasters)."""
        return super().checkParameterValues(self._folders_expanded(parameters, (self.LANDCOVER, self.DEM)), context)

    def _tiles(self, parameters: dict[str, Any], key: str, context: QgsProcessingContext) -> list[str]:
        """File paths of a tile parameter (layers, files or a folder); a non-file layer is refused."""
        from neaspec_planner.core.raster_tools import expand_tiles

        values = parameters.get(key)
        items = values if isinstance(values, (list, tuple)) else [values]
        if any(isinstance(i, str) and i and os.path.isdir(i) for i in items):
            with self.core_errors():
                return expand_tiles([i for i in items if isinstance(i, str)], key)
        layers = self.parameterAsLayerList(parameters, key, context)
        paths = []
        for layer in layers:
            if layer.providerType() != "gdal":
                raise QgsProcessingException(self.tr("Raster '{}' is not a file GDAL can read; save it as a GeoTIFF "
                                                     "first.").format(layer.name()))
            paths.append(layer.source())
        return paths

    def processAlgorithm(self, parameters: dict[str, Any], context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict[str, Any]:  # noqa: N802
        from neaspec_planner.core.errors import translated
        from neaspec_planner.core.resistance import build_resistance

        landcover = self._tiles(parameters, self.LANDCOVER, context)
        if not landcover:
            raise QgsProcessingException(self.invalidRasterError(parameters, self.LANDCOVER))
        profile = self.parameterAsEnumString(parameters, self.PROFILE, context) or "amur_tiger"
        table = self.parameterAsFile(parameters, self.TABLE, context) or None
        dem = None
        if parameters.get(self.DEM) not in (None, "", []):
            dem = self._tiles(parameters, self.DEM, context) or None
        cell_size = None
        if parameters.get(self.CELL_SIZE) not in (None, ""):
            cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        target_crs = None
        if parameters.get(self.TARGET_CRS) not in (None, ""):
            crs = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
            if crs.isValid():
                target_crs = crs.toWkt(QgsCoordinateReferenceSystem.WKT2_2019)
        extent = extent_crs = None
        if parameters.get(self.EXTENT) not in (None, ""):
            rect = self.parameterAsExtent(parameters, self.EXTENT, context)
            if not rect.isNull() and not rect.isEmpty():
                extent = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
                ecrs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
                extent_crs = ecrs.toWkt(QgsCoordinateReferenceSystem.WKT2_2019) if ecrs.isValid() else None
        aggregate = self.parameterAsEnumString(parameters, self.AGGREGATE, context) or "mean"
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
        shown: set[str] = set()

        def say(message: str) -> None:
            shown.add(str(message))
            text = translated(message, QCoreApplication.translate)
            if any(word in message for word in self.WARNING_WORDS):
                feedback.pushWarning(text)
            else:
                feedback.pushInfo(text)

        with self.core_errors():
            result = build_resistance(landcover if len(landcover) > 1 else landcover[0], output, profile,
                                      table=table, barriers=barriers, barrier_width=width, barrier_field=field,
                                      barrier_default=default_cost, dem=dem, unknown=unknown,
                                      progress=self.progress_callback(feedback), cell_size=cell_size,
                                      target_crs=target_crs, extent=extent, extent_crs=extent_crs,
                                      aggregate=aggregate, log=say)
        for message in result.messages:
            if str(message) not in shown:
                say(message)
        feedback.pushInfo(self.tr("Resistance {} × {} cells: cost {} – {}, {} nodata (impassable) cell(s).").format(
            result.shape[0], result.shape[1], f"{result.min_cost:g}", f"{result.max_cost:g}", result.nodata_cells))
        OutputStyle.attach(context, output, "resistance.qml")
        return {self.OUTPUT: output}


ALGORITHM = ResistanceAlgorithm
