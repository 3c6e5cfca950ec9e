"""``neaspec:ramsar_candidates`` — candidate transboundary Ramsar sites split into one component per Party."""
from __future__ import annotations

from typing import Any, Optional

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorDestination,
)

from neaspec_planner.processing.base import NeaspecAlgorithm, OutputStyle


class RamsarCandidatesAlgorithm(NeaspecAlgorithm):
    NAME = "ramsar_candidates"
    GROUP_ID = "ramsar"

    WETLANDS = "WETLANDS"
    SITE_FIELD = "SITE_FIELD"
    COUNTRIES = "COUNTRIES"
    COUNTRY_FIELD = "COUNTRY_FIELD"
    RAMSAR = "RAMSAR"
    COUNTS = "COUNTS"
    THRESHOLDS = "THRESHOLDS"
    LINK_DISTANCE = "LINK_DISTANCE"
    PROTECTED = "PROTECTED"
    CLOSING = "CLOSING"
    CLOSING_OUTSIDE_HULL = "CLOSING_OUTSIDE_HULL"
    CLOSING_INTO_SEA = "CLOSING_INTO_SEA"
    ADJACENT_DISTANCE = "ADJACENT_DISTANCE"
    SPECIES = "SPECIES"
    REGULARLY = "REGULARLY"
    MIN_SEASONS = "MIN_SEASONS"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"
    N_CANDIDATES = "N_CANDIDATES"
    N_COMPONENTS = "N_COMPONENTS"
    N_REJECTED = "N_REJECTED"

    RULES = ("two_thirds", "mean_max")

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Ramsar candidates (transboundary)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Finds candidate Ramsar sites in a wetland layer and splits each into one component per Party (country), "
            "with the figures a Ramsar Information Sheet asks for.\n\n"
            "Wetlands (and existing Ramsar sites and, optionally, protected areas) closer than the link distance "
            "(metres) form one candidate complex; its boundary is the union of its members, optionally joined across "
            "narrow gaps by a closing distance (metres) that never reaches outside the members' convex hull or into "
            "the sea unless you allow it. The boundary is cut by the countries into national components.\n\n"
            "Each component gets: candidate id (C01, C02… west to east), party (ISO3), area_ha (hectares, "
            "equal-area projection), centroid_lat/centroid_lon (WGS84 degrees; a point on the surface when the "
            "centroid falls outside), extends_abroad (1 when the candidate has components in other countries), "
            "adjacent_ramsar (designated Ramsar sites of another Party within the adjacency distance, with their "
            "number), criteria (e.g. 2,5,6) and evidence.\n\n"
            "Criteria come from the optional tables: COUNTS (site, species, season, count — site as in the "
            "wetlands' site field), THRESHOLDS (species, population, threshold_1pct or estimate; thresholds are "
            "computed from the estimate with the Waterbird Population Estimates rounding rule: 1 % rounded to "
            "the nearest 1 up to 10, 5 up to 100, 10 up to 1,000, 100 above; populations of 2,000,000 or more → "
            "20,000) and SPECIES (species, scientific_name, redlist_category). Criterion 5: 20,000 waterbirds or "
            "more regularly; Criterion 6: 1 % of a population regularly; Criterion 2: a VU, EN or CR species "
            "counted. \"Regularly\" (unverified reading of the Ramsar glossary): reached in two thirds of the "
            "seasons with counts, with at least 3 seasons; or the mean of the seasonal maxima over at least 5 "
            "seasons. Bad table rows (text in numeric columns, negative counts, unknown species or sites) are "
            "rejected and listed with their line numbers (header = line 1) in the log.\n\n"
            "SUMMARY: one row per candidate (candidate, parties, area_ha, n_members, criteria, evidence). "
            "Candidates are illustrative, not official boundaries.")

    def initAlgorithm(self, config: Optional[dict[str, Any]] = None) -> None:  # noqa: N802, ARG002
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.WETLANDS, self.tr("Wetlands (polygons)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.SITE_FIELD, self.tr("Site key field (matches the counts' site column; default: site, else name)"),
            parentLayerParameterName=self.WETLANDS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COUNTRIES, self.tr("Countries (polygons)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.COUNTRY_FIELD, self.tr("Country ISO3 field (default: detect ISO3 / ISO_A3 / ADM0_A3 / GID_0)"),
            parentLayerParameterName=self.COUNTRIES, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RAMSAR, self.tr("Designated Ramsar sites (polygons)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COUNTS, self.tr("Waterbird counts table (site, species, season, count)"),
            [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.THRESHOLDS, self.tr("1 % thresholds table (species, population, threshold_1pct or estimate)"),
            [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.LINK_DISTANCE, self.tr("Link distance between wetlands of one complex (m)"),
            QgsProcessingParameterNumber.Double, defaultValue=5000.0, minValue=0.0))
        advanced = [
            QgsProcessingParameterFeatureSource(
                self.PROTECTED, self.tr("Protected areas to include as members (polygons)"),
                [QgsProcessing.TypeVectorPolygon], optional=True),
            QgsProcessingParameterNumber(
                self.CLOSING, self.tr("Closing distance across narrow gaps (m; 0 = plain union)"),
                QgsProcessingParameterNumber.Double, defaultValue=0.0, minValue=0.0),
            QgsProcessingParameterBoolean(
                self.CLOSING_OUTSIDE_HULL, self.tr("Let the closing reach outside the members' convex hull"),
                defaultValue=False),
            QgsProcessingParameterBoolean(
                self.CLOSING_INTO_SEA, self.tr("Let the closing reach into the sea (outside every country)"),
                defaultValue=False),
            QgsProcessingParameterNumber(
                self.ADJACENT_DISTANCE, self.tr("Adjacency distance to another Party's Ramsar site (m)"),
                QgsProcessingParameterNumber.Double, defaultValue=5000.0, minValue=0.0),
            QgsProcessingParameterFeatureSource(
                self.SPECIES, self.tr("Species table (species, scientific_name, redlist_category)"),
                [QgsProcessing.TypeVector], optional=True),
            QgsProcessingParameterEnum(
                self.REGULARLY, self.tr("\"Regularly\" rule (unverified reading of the Ramsar glossary)"),
                options=[self.tr("Reached in 2/3 of the seasons with counts"),
                         self.tr("Mean of seasonal maxima reaches the level")], defaultValue=0),
            QgsProcessingParameterNumber(
                self.MIN_SEASONS, self.tr("Minimum seasons with counts (2/3 rule: 3; mean rule: 5)"),
                QgsProcessingParameterNumber.Integer, defaultValue=0, minValue=0, optional=True),
        ]
        for param in advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(param)
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.tr("Ramsar candidate components"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.SUMMARY, self.tr("Ramsar candidate summary"), QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputNumber(self.N_CANDIDATES, self.tr("Number of candidates")))
        self.addOutput(QgsProcessingOutputNumber(self.N_COMPONENTS, self.tr("Number of national components")))
        self.addOutput(QgsProcessingOutputNumber(self.N_REJECTED, self.tr("Table rows rejected")))

    def _table(self, parameters: dict, key: str, context: QgsProcessingContext, feedback: QgsProcessingFeedback):
        """A table parameter (CSV, spreadsheet, GeoPackage table or any layer) as a DataFrame in file order."""
        if not parameters.get(key):
            return None
        return self.read_vector_parameter(parameters, key, context, feedback, crs_required=False).attributes

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> dict:
        from neaspec_planner.core.ramsar import RamsarOptions, find_candidates
        from neaspec_planner.core.vector_io import write_table, write_vector

        feedback.pushInfo(self.tr("Reading layers…"))
        wetlands = self.read_vector_parameter(parameters, self.WETLANDS, context, feedback)
        countries = self.read_vector_parameter(parameters, self.COUNTRIES, context, feedback)
        ramsar = self.read_vector_parameter(parameters, self.RAMSAR, context, feedback, required=False) \
            if parameters.get(self.RAMSAR) else None
        protected = self.read_vector_parameter(parameters, self.PROTECTED, context, feedback, required=False) \
            if parameters.get(self.PROTECTED) else None
        counts = self._table(parameters, self.COUNTS, context, feedback)
        thresholds = self._table(parameters, self.THRESHOLDS, context, feedback)
        species = self._table(parameters, self.SPECIES, context, feedback)
        if feedback.isCanceled():
            return {}
        rule = self.RULES[self.parameterAsEnum(parameters, self.REGULARLY, context)]
        min_seasons = self.parameterAsInt(parameters, self.MIN_SEASONS, context)
        options = RamsarOptions(
            link_distance=self.parameterAsDouble(parameters, self.LINK_DISTANCE, context),
            closing=self.parameterAsDouble(parameters, self.CLOSING, context),
            closing_outside_hull=self.parameterAsBoolean(parameters, self.CLOSING_OUTSIDE_HULL, context),
            closing_into_sea=self.parameterAsBoolean(parameters, self.CLOSING_INTO_SEA, context),
            adjacent_distance=self.parameterAsDouble(parameters, self.ADJACENT_DISTANCE, context),
            regularly=rule,
        )
        if min_seasons:
            options.min_seasons = options.min_seasons_mean = min_seasons
        site_field = self.parameterAsString(parameters, self.SITE_FIELD, context) or None
        country_field = self.parameterAsString(parameters, self.COUNTRY_FIELD, context) or None
        with self.core_errors():
            result = find_candidates(wetlands, countries, site_field=site_field, country_field=country_field,
                                     ramsar=ramsar, protected=protected, counts=counts, thresholds=thresholds,
                                     species=species, options=options, progress=self.progress_callback(feedback))
        self.report_result(result, feedback)
        if result.rejected:
            feedback.pushWarning(self.tr("{} table rows were rejected (listed above with their line numbers); "
                                         "the other rows were used.").format(len(result.rejected)))
        if not len(result.components) and not result.warnings:
            feedback.pushWarning(self.tr("No candidate complex found: the outputs are empty."))
        output = self.output_path(parameters, self.OUTPUT, context)
        summary = self.output_path(parameters, self.SUMMARY, context)
        components = result.components
        if output.lower().endswith(".shp"):  # DBF text holds 254 bytes: cut on a character boundary
            from neaspec_planner.core.vector_io import truncate_utf8

            components = components.copy()
            for column in components.select_dtypes(include="object").columns:
                components[column] = components[column].map(lambda v: truncate_utf8(v) if isinstance(v, str) else v)
            feedback.pushWarning(self.tr("Shapefile output: field names are cut to 10 characters and texts to 254 "
                                         "bytes; use a GeoPackage to keep the full evidence."))
        with self.output_set(feedback) as outputs:
            outputs.write(write_vector, output, result.geometry_wgs84, components, "EPSG:4326",
                          layer_name="ramsar_candidates", geometry_type="MultiPolygon")
            outputs.write(write_table, summary, result.summary, layer_name="ramsar_summary")
        self._output = output
        return {self.OUTPUT: output, self.SUMMARY: summary,
                self.N_CANDIDATES: int(len(result.summary)), self.N_COMPONENTS: int(len(result.components)),
                self.N_REJECTED: int(len(result.rejected))}

    def postProcessAlgorithm(self, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:  # noqa: N802
        output = getattr(self, "_output", None)
        OutputStyle.attach(context, output, "ramsar_candidates.qml")
        return {}


ALGORITHM = RamsarCandidatesAlgorithm
