"""``neaspec:report`` — the attribute report of result layers and tables (XLSX, CSV, HTML, PDF)."""
from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from neaspec_planner.processing.base import NeaspecAlgorithm
from neaspec_planner.processing.planning_map import LanguageMixin


class ReportAlgorithm(LanguageMixin, NeaspecAlgorithm):
    NAME = "report"
    GROUP_ID = "export"

    INPUT = "INPUT"
    TITLE = "TITLE"
    EXCEL_CSV = "EXCEL_CSV"
    MAPS = "MAPS"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Attribute report (XLSX, CSV, HTML, PDF)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Writes the attribute tables of result layers and tables as a report for national reporting.\n\n"
            "Column headings carry units: area_ha → Area (ha), protected_pct → Protected (%), *_m → metres "
            "(shown in km in HTML/PDF when the distances are long); the original field name is kept (second header "
            "row in XLSX, [field] in CSV, a list of columns in HTML/PDF).\n"
            "XLSX: one sheet per table, formatted and frozen header, numbers stay numbers, plus a sheet listing the "
            "columns and units.\n"
            "CSV: UTF-8, one file per table (the first at the output path, the others beside it). The Excel-friendly "
            "option adds a byte-order mark and, for languages that write a decimal comma (ru, mn…), uses ';' between "
            "columns and ',' in numbers.\n"
            "HTML: a single file that opens offline (no external resources): sortable tables, a bar chart of the "
            "protected share per country (tables with a country column and protected_pct) and a map thumbnail of "
            "each spatial layer.\n"
            "PDF: A4, selectable text, same content as the HTML.\n"
            "Language: headings, number and date formats (en, zh, ru, mn, ko, ja).")

    def initAlgorithm(self, config=None):  # noqa: N802, ARG002
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUT, self.tr("Layers and tables"), QgsProcessing.TypeVector))
        self.addParameter(self.language_parameter())
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Report title"), optional=True))
        excel = QgsProcessingParameterBoolean(self.EXCEL_CSV, self.tr("CSV for Excel (BOM, locale separator)"),
                                              defaultValue=False)
        excel.setFlags(excel.flags() | QgsProcessingParameterBoolean.FlagAdvanced)
        self.addParameter(excel)
        maps = QgsProcessingParameterBoolean(self.MAPS, self.tr("Map thumbnails in HTML/PDF"), defaultValue=True)
        maps.setFlags(maps.flags() | QgsProcessingParameterBoolean.FlagAdvanced)
        self.addParameter(maps)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Report"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv);;HTML (*.html);;PDF (*.pdf)"), "xlsx"))

    def flags(self):
        # QTextDocument, PDF writer and map rendering use Qt GUI classes: run in the main thread
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from neaspec_planner.export import maps, report

        layers = self.parameterAsLayerList(parameters, self.INPUT, context)
        if not layers:
            raise QgsProcessingException(self.tr("No layer or table to report: choose at least one in INPUT."))
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith(report.FORMATS):
            raise QgsProcessingException(self.tr("Output '{}' must end in .xlsx, .csv, .html or .pdf.").format(output))
        project = context.project()
        project_layers = set(project.mapLayers().keys()) if project is not None else set()
        for layer in layers:
            if not layer.isValid():
                raise QgsProcessingException(self.tr("Layer '{}' could not be read.").format(layer.name()))
            if layer.id() not in project_layers and layer.isSpatial():
                maps.apply_bundled_style(layer)  # for the map thumbnail
        try:
            files = report.make_report(
                layers, output,
                lang=self.language_code(parameters, context),
                title=self.parameterAsString(parameters, self.TITLE, context),
                excel_csv=self.parameterAsBoolean(parameters, self.EXCEL_CSV, context),
                with_maps=self.parameterAsBoolean(parameters, self.MAPS, context),
                project=project,
                cancelled=feedback.isCanceled)
        except report.ReportError as exc:
            raise QgsProcessingException(str(exc)) from exc
        for path in files:
            feedback.pushInfo(self.tr("Wrote {}").format(path))
        return {self.OUTPUT: output}


ALGORITHM = ReportAlgorithm
