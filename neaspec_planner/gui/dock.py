"""The NEASPEC Planner dock: one guided panel for the workshop (Layers → Overlaps → Corridors → Ramsar → Export).

The form is the Qt Designer file ``planner_dock.ui`` loaded at run time. Every step runs its ``neaspec:``
algorithm as a background task; the steps and their runner are ``workflow.py``'s, shared with the command line.
Results land in a layer group named after the run. All the settings are stored in the QGIS project (scope
``neaspec_planner``) as they change, and restored when a project is read, so a saved ``.qgz`` reopens the
workshop as it was left. Layer roles are stored as layer ids.
"""
from __future__ import annotations

import html
import re
import shutil
import time
from pathlib import Path
from typing import Any, Callable, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeatureRequest,
    QgsFieldProxyModel,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsMapLayerProxyModel,
    QgsProcessingUtils,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox, QgsMapToolIdentifyFeature
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from neaspec_planner import workflow
from neaspec_planner.core.profiles import ALL_PROFILES as PROFILES
from neaspec_planner.core.raster_io import no_sidecar_files
from neaspec_planner.gui.roles import ROLES, looks_like_option, suggest_assignment
from neaspec_planner.logger import TAG, log
from neaspec_planner.paths import resource_path
from neaspec_planner.processing.compare_options import CompareOptionsAlgorithm as CompareOptions
from neaspec_planner.processing.connectivity import ConnectivityAlgorithm as Connectivity
from neaspec_planner.processing.corridors import CorridorsAlgorithm as Corridors
from neaspec_planner.processing.monitoring_grid import MonitoringGridAlgorithm as MonitoringGrid
from neaspec_planner.processing.outputs import apply_style, stretch_ramp
from neaspec_planner.processing.overlap import OverlapAlgorithm as Overlap
from neaspec_planner.processing.pinchpoints import PinchpointsAlgorithm as Pinchpoints
from neaspec_planner.processing.ramsar_candidates import RamsarCandidatesAlgorithm as RamsarCandidates
from neaspec_planner.processing.resistance import ResistanceAlgorithm as Resistance

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("planner_dock.ui")))

SCOPE = "neaspec_planner"
RUN_PROPERTY = "neaspec_planner/run"  # custom property of the layer groups holding a run's results
#: in layer-panel order, top first: lines and small polygons above large ones, countries (opaque) at the bottom
DEMO_VECTORS = ("roads", "crossings_tumen", "cores_tumen", "cores_altai", "ramsar_sites", "wetlands", "habitat",
                "protected_areas", "countries", "waterbird_counts", "thresholds")
DEMO_RASTERS = ("landcover_tumen", "landcover_altai")
#: the SYNTHETIC camera-trap demo (resources/demo/build_monitoring_demo.py): GeoPackage layers and the CSV
DEMO_MONITORING = ("camera_stations", "monitoring_area")
DEMO_DETECTIONS = "camera_detections.csv"
#: summary columns shown in the monitoring step's table
MONITORING_COLUMNS = ["country", "species", "cells_surveyed", "cells_detected", "naive_occupancy", "individuals",
                      "shared_individuals", "habitat_gap_cells"]
#: role → the layer filter of its combo box
ROLE_FILTERS = {
    "polygon": QgsMapLayerProxyModel.PolygonLayer,
    "line": QgsMapLayerProxyModel.LineLayer,
    "point": QgsMapLayerProxyModel.PointLayer,
    "table": QgsMapLayerProxyModel.NoGeometry,
    "raster": QgsMapLayerProxyModel.RasterLayer,
}


def layer_kind(layer: QgsMapLayer) -> str:
    """polygon, line, point, table or raster."""
    if isinstance(layer, QgsRasterLayer):
        return "raster"
    if isinstance(layer, QgsVectorLayer):
        geometry = layer.geometryType()
        return {QgsWkbTypes.PolygonGeometry: "polygon", QgsWkbTypes.LineGeometry: "line",
                QgsWkbTypes.PointGeometry: "point"}.get(geometry, "table")
    return "other"


def layer_fields(layer: QgsMapLayer) -> list[str]:
    return [f.name() for f in layer.fields()] if isinstance(layer, QgsVectorLayer) else []


def read_table(path: str) -> tuple[list[str], list[list[Any]]]:
    """Field names and rows of a vector file or table (for the result tables of the dock)."""
    layer = QgsVectorLayer(path, "table", "ogr")
    if not layer.isValid():
        return [], []
    names = [f.name() for f in layer.fields() if f.name().lower() not in ("fid", "ogc_fid")]
    rows = []
    for feature in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
        rows.append([_plain(feature[n]) for n in names])
    return names, rows


def _plain(value: Any) -> Any:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def _num(value: Any) -> Optional[float]:
    """A number from a table value (CSV cells arrive as text), else None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return None


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    number = _num(value)
    if number is not None and not isinstance(value, int) and not (isinstance(value, str) and value.isdigit()):
        return f"{number:,.1f}"
    return str(value)


class PlannerDock(QDockWidget):
    """The guided workshop panel. ``close_tasks()`` cancels running work (the plugin calls it on unload)."""

    def __init__(self, iface, parent: Optional[QWidget] = None) -> None:
        super().__init__(QCoreApplication.translate("PlannerDock", "NEASPEC Planner"), parent)
        self.iface = iface
        self.ui = FORM_CLASS()
        self.body = QWidget(self)
        self.ui.setupUi(self.body)
        self.setWidget(self.body)
        # Wide enough for the longest step titles and form labels (Russian, Mongolian) without cutting them.
        self.setMinimumWidth(400)
        self.setToolTip(self.tr("NEASPEC Planner: a guided workshop from layers to maps, reports and Ramsar files"))
        self.chain: Optional[workflow.StepRunner] = None
        self.chains: list[workflow.StepRunner] = []
        self.role_combos: dict[str, QgsMapLayerComboBox] = {}
        self.run_folder: Optional[Path] = None
        self.restoring = False
        self.loading_project = False
        self.pick_tool: Optional[QgsMapToolIdentifyFeature] = None
        self.candidates_layer_id = ""
        self.candidate_names: dict[str, str] = {}
        self._build_roles()
        self._build_widgets()
        self._fit_narrow_width()
        self._connect()
        self.restore_settings()

    def tr(self, text: str) -> str:  # noqa: D102
        return QCoreApplication.translate("PlannerDock", text)

    def _step_names(self, keys: str) -> str:
        """Step keys ("overlap, ramsar") as the dock names its steps, in the interface language."""
        names = {"overlap": self.tr("Overlap"), "corridors": self.tr("Corridors"), "ramsar": self.tr("Ramsar")}
        return ", ".join(names.get(key.strip(), key.strip()) for key in keys.split(","))

    def _kind_name(self, kind: str) -> str:
        """A layer kind ("polygon", "line", "raster") in the interface language."""
        names = {"polygon": self.tr("polygon layer"), "line": self.tr("line layer"), "raster": self.tr("raster layer")}
        return names.get(kind, kind)

    # ============================================================================================ building
    def _build_roles(self) -> None:
        form = self.ui.formRoles
        for role in ROLES:
            combo = QgsMapLayerComboBox(self.ui.rolesContainer)
            combo.setObjectName(f"role_{role.key}")
            flags = QgsMapLayerProxyModel.Filters()
            for kind in role.kinds:
                flags |= ROLE_FILTERS[kind]
            combo.setFilters(flags)
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
            need = self.tr("needed by: {}").format(self._step_names(role.required_by)) if role.required_by \
                else self.tr("optional")
            combo.setToolTip(self.tr("Layer used as {} ({})").format(self.tr(role.label).lower(), need))
            label = QLabel(self.tr(role.label) + ("" if role.required_by else self.tr(" (optional)")),
                           self.ui.rolesContainer)
            label.setToolTip(combo.toolTip())
            form.addRow(label, combo)
            self.role_combos[role.key] = combo

    def _fit_narrow_width(self) -> None:
        """No horizontal scroll bar at the dock's minimum width, in any language: form labels wrap (Russian and
        Mongolian labels are long), and combo boxes no longer take the width of their longest item (a layer
        name, a species profile) while the list that opens still shows the whole names."""
        for label in self.findChildren(QLabel):
            if isinstance(label.parentWidget().layout(), QFormLayout):
                label.setWordWrap(True)
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)

            def fit_popup(*_args, combo=combo) -> None:
                model, metrics = combo.model(), combo.view().fontMetrics()
                texts = (model.data(model.index(row, combo.modelColumn())) for row in range(model.rowCount()))
                widest = max((metrics.horizontalAdvance(str(t)) for t in texts if t), default=0)
                combo.view().setMinimumWidth(widest + combo.iconSize().width() + 24)

            for signal in (combo.model().rowsInserted, combo.model().modelReset, combo.model().dataChanged):
                signal.connect(fit_popup)
            fit_popup()

    def _build_widgets(self) -> None:
        ui = self.ui
        labels = {"amur_tiger": self.tr("Amur tiger"), "amur_leopard": self.tr("Amur leopard"),
                  "snow_leopard": self.tr("Snow leopard"), "crane": self.tr("Cranes (wetland birds)"),
                  "custom": self.tr("Custom cost table")}
        for key in PROFILES:
            ui.cmbProfile.addItem(labels[key], key)
        ui.fldCountry.setAllowEmptyFieldName(True)
        ui.fldHabitat.setAllowEmptyFieldName(True)
        ui.fldSite.setAllowEmptyFieldName(True)
        ui.fldHabitat.setFilters(QgsFieldProxyModel.String)
        ui.fldCountry.setFilters(QgsFieldProxyModel.String)
        ui.fileCostTable.setFilter(self.tr("CSV cost table (*.csv)"))
        ui.fileLandcoverTiles.setStorageMode(QgsFileWidget.GetMultipleFiles)
        ui.fileLandcoverTiles.setFilter(self.tr("Raster tiles (*.tif *.tiff *.vrt *.img)"))
        ui.fileMap.setStorageMode(QgsFileWidget.SaveFile)
        ui.fileMap.setFilter(self.tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"))
        ui.fileReport.setStorageMode(QgsFileWidget.SaveFile)
        ui.fileReport.setFilter(self.tr("Excel workbook (*.xlsx);;Web page (*.html);;CSV (*.csv);;PDF (*.pdf)"))
        ui.folderPackage.setStorageMode(QgsFileWidget.GetDirectory)
        ui.cmbShowOption.addItem(self.tr("Baseline"), "")
        ui.progressBar.setRange(0, 100)
        ui.steps.setCurrentIndex(0)

    def _connect(self) -> None:
        ui = self.ui
        for key, combo in self.role_combos.items():
            combo.layerChanged.connect(lambda layer, k=key: self._role_changed(k, layer))
        ui.btnLoadDemo.clicked.connect(self.load_demo)
        ui.btnSuggestRoles.clicked.connect(lambda: self.suggest_roles(overwrite=False))
        ui.btnRunOverlap.clicked.connect(self.run_overlap)
        ui.btnRunCorridors.clicked.connect(self.run_corridors)
        ui.btnCompare.clicked.connect(self.run_compare)
        ui.btnRunPinch.clicked.connect(self.run_pinchpoints)
        ui.btnRunRamsar.clicked.connect(self.run_ramsar)
        ui.btnRunMonitoring.clicked.connect(self.run_monitoring)
        ui.btnRunProtConn.clicked.connect(self.run_protconn)
        ui.btnRunFlyway.clicked.connect(self.run_flyway)
        ui.btnExportMap.clicked.connect(self.export_map)
        ui.btnExportReport.clicked.connect(self.export_report)
        ui.btnExportPackage.clicked.connect(self.export_package)
        ui.btnCancel.clicked.connect(self.cancel)
        ui.btnPickCandidate.toggled.connect(self._pick_on_map)
        ui.listCandidates.currentItemChanged.connect(self._candidate_selected)
        ui.cmbShowOption.currentIndexChanged.connect(self._show_option)
        ui.steps.currentChanged.connect(lambda i: self._write("ui/tab", i))
        # settings written as they change
        for name in ("fldHabitat", "fldCountry", "fldCoreId", "fldSite"):
            getattr(ui, name).fieldChanged.connect(lambda value, n=name: self._write(f"fields/{n}", value))
        ui.cmbProfile.currentIndexChanged.connect(
            lambda _i: self._write("corridors/profile", ui.cmbProfile.currentData()))
        ui.fileCostTable.fileChanged.connect(lambda v: self._write("corridors/cost_table", v))
        ui.fileLandcoverTiles.fileChanged.connect(lambda v: self._write("corridors/landcover_tiles", v))
        ui.editAssess.textChanged.connect(lambda v: self._write("connectivity/countries", v))
        for name in ("spinBarrierWidth", "spinMaxDistance", "spinCorridorWidth", "spinLinkDistance", "spinDispersal",
                     "spinFlight"):
            getattr(ui, name).valueChanged.connect(lambda v, n=name: self._write(f"values/{n}", float(v)))
        ui.listOptions.itemChanged.connect(lambda _item: self._write("corridors/options", self.checked_options()))
        ui.editTitle.textChanged.connect(lambda v: self._write("export/title", v))
        ui.fileMap.fileChanged.connect(lambda v: self._write("export/map_file", v))
        ui.fileReport.fileChanged.connect(lambda v: self._write("export/report_file", v))
        ui.folderPackage.fileChanged.connect(lambda v: self._write("export/package_folder", v))
        ui.cmbPackageCandidate.currentIndexChanged.connect(
            lambda _i: self._write("export/package_candidate", ui.cmbPackageCandidate.currentData() or ""))
        project = QgsProject.instance()
        project.readProject.connect(self._project_read)
        project.cleared.connect(self._project_cleared)
        project.loadingLayer.connect(self._loading_layer)
        project.layersAdded.connect(self._layers_added)
        project.layersRemoved.connect(self._layers_removed)

    def _disconnect_project(self) -> None:
        project = QgsProject.instance()
        for signal, slot in ((project.readProject, self._project_read), (project.cleared, self._project_cleared),
                             (project.loadingLayer, self._loading_layer),
                             (project.layersAdded, self._layers_added),
                             (project.layersRemoved, self._layers_removed)):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass

    # ============================================================================================ settings
    def _write(self, key: str, value: Any) -> None:
        if self.restoring:
            return
        project = QgsProject.instance()
        if isinstance(value, (list, tuple)):
            project.writeEntry(SCOPE, key, [str(v) for v in value])
        elif isinstance(value, bool):
            project.writeEntryBool(SCOPE, key, value)
        elif isinstance(value, float):
            project.writeEntryDouble(SCOPE, key, value)
        elif isinstance(value, int):
            project.writeEntry(SCOPE, key, int(value))
        else:
            project.writeEntry(SCOPE, key, "" if value is None else str(value))

    @staticmethod
    def _read(key: str, default: str = "") -> str:
        value, ok = QgsProject.instance().readEntry(SCOPE, key, default)
        return value if ok else default

    @staticmethod
    def _read_float(key: str, default: float) -> float:
        value, ok = QgsProject.instance().readDoubleEntry(SCOPE, key, default)
        return value if ok else default

    @staticmethod
    def _read_list(key: str) -> list[str]:
        value, ok = QgsProject.instance().readListEntry(SCOPE, key, [])
        return list(value) if ok else []

    def settings(self) -> dict[str, Any]:
        """The stored settings of every step (for tests and scripts)."""
        ui = self.ui
        return {
            "roles": {k: (c.currentLayer().id() if c.currentLayer() else "") for k, c in self.role_combos.items()},
            "habitat_field": ui.fldHabitat.currentField(), "country_field": ui.fldCountry.currentField(),
            "core_id": ui.fldCoreId.currentField(), "site_field": ui.fldSite.currentField(),
            "profile": ui.cmbProfile.currentData(), "cost_table": ui.fileCostTable.filePath(),
            "landcover_tiles": self.landcover_tiles(),
            "barrier_width": ui.spinBarrierWidth.value(), "max_distance_km": ui.spinMaxDistance.value(),
            "corridor_width": ui.spinCorridorWidth.value(), "link_distance_km": ui.spinLinkDistance.value(),
            "options": self.checked_options(), "title": ui.editTitle.text(), "map_file": ui.fileMap.filePath(),
            "report_file": ui.fileReport.filePath(), "package_folder": ui.folderPackage.filePath(),
            "tab": ui.steps.currentIndex(),
        }

    def restore_settings(self) -> None:
        """Set every widget from the project's stored settings (defaults where nothing is stored)."""
        ui = self.ui
        project = QgsProject.instance()
        self.restoring = True
        try:
            for key, combo in self.role_combos.items():
                combo.setLayer(project.mapLayer(self._read(f"roles/{key}")))
            self._bind_fields()
            for name in ("fldHabitat", "fldCountry", "fldCoreId", "fldSite"):
                stored = self._read(f"fields/{name}", None)
                if stored is not None:
                    getattr(ui, name).setField(stored)
            profile = self._read("corridors/profile", "amur_tiger")
            ui.cmbProfile.setCurrentIndex(max(0, ui.cmbProfile.findData(profile)))
            ui.fileCostTable.setFilePath(self._read("corridors/cost_table"))
            ui.fileLandcoverTiles.setFilePath(self._read("corridors/landcover_tiles"))
            ui.spinBarrierWidth.setValue(self._read_float("values/spinBarrierWidth", 0.0))
            ui.spinMaxDistance.setValue(self._read_float("values/spinMaxDistance", 100.0))
            ui.spinCorridorWidth.setValue(self._read_float("values/spinCorridorWidth", 0.0))
            ui.spinLinkDistance.setValue(self._read_float("values/spinLinkDistance", 0.0))
            ui.spinDispersal.setValue(self._read_float("values/spinDispersal", 10.0))
            ui.spinFlight.setValue(self._read_float("values/spinFlight", 300.0))
            ui.editAssess.setText(self._read("connectivity/countries", "") or "")
            ui.editTitle.setText(self._read("export/title", project.title()))
            ui.fileMap.setFilePath(self._read("export/map_file") or self.default_output("planning_map.pdf"))
            ui.fileReport.setFilePath(self._read("export/report_file") or self.default_output("report.xlsx"))
            ui.folderPackage.setFilePath(self._read("export/package_folder") or self.default_output("ramsar_package"))
            self._refresh_options(self._read_list("corridors/options"))
            self.candidates_layer_id = self._read("results/candidates_layer")
            self._fill_candidates()
            candidate = self._read("export/package_candidate")
            if candidate:
                ui.cmbPackageCandidate.setCurrentIndex(max(0, ui.cmbPackageCandidate.findData(candidate)))
            self._fill_table_from(ui.tableOverlap, self._read("results/overlap_summary"))
            self._fill_table_from(ui.tableLinks, self._read("results/links"))
            self._fill_options_table(self._read("results/options_table"))
            self._fill_table_from(ui.tableMonitoring, self._read("results/monitoring_summary"), MONITORING_COLUMNS)
            ui.spinCellSize.setValue(float(self._read("monitoring/cell_size_km", "10") or 10))
            ui.btnRunPinch.setEnabled(self._has_corridor_run())
            ui.steps.setCurrentIndex(int(self._read("ui/tab", "0") or 0))
        finally:
            self.restoring = False

    @staticmethod
    def default_output(name: str) -> str:
        """A suggested output path: beside the saved project, else in the home folder."""
        project = QgsProject.instance()
        base = Path(project.homePath()) if project.fileName() else Path.home() / "NEASPEC Planner"
        return str(base / name)

    def _project_read(self, *_args) -> None:
        self.loading_project = False
        self.restore_settings()

    def _loading_layer(self, _name: str) -> None:
        # a project is being read: its layers come with their stored roles, don't auto-assign until it is read
        self.loading_project = True

    def _project_cleared(self) -> None:
        self.loading_project = False
        self.restore_settings()
        for table in (self.ui.tableOverlap, self.ui.tableLinks, self.ui.tableOptions, self.ui.tableMonitoring):
            table.clear()
            table.setRowCount(0)
            table.setColumnCount(0)
        self.ui.textCandidate.clear()

    # ============================================================================================== roles
    def role_layer(self, key: str) -> Optional[QgsMapLayer]:
        return self.role_combos[key].currentLayer()

    def _role_changed(self, key: str, layer: Optional[QgsMapLayer]) -> None:
        self._write(f"roles/{key}", layer.id() if layer else "")
        if key in ("habitat", "countries", "cores", "wetlands"):
            self._bind_fields()

    def _bind_fields(self) -> None:
        """Point the field combos at their role layers and preselect the likely field."""
        ui = self.ui
        bindings = ((ui.fldHabitat, "habitat", ("habitat", "species", "binomial")),
                    (ui.fldCountry, "countries", ("ISO_A3", "ISO3", "ADM0_A3")),
                    (ui.fldCoreId, "cores", ("core_id", "id", "fid")),
                    (ui.fldSite, "wetlands", ("site", "name", "NAME")))
        for combo, key, likely in bindings:
            layer = self.role_layer(key)
            if combo.layer() is layer:
                continue
            combo.setLayer(layer if isinstance(layer, QgsVectorLayer) else None)
            if isinstance(layer, QgsVectorLayer):
                names = [f.name() for f in layer.fields()]
                lower = {n.lower(): n for n in names}
                match = next((lower[c.lower()] for c in likely if c.lower() in lower), "")
                combo.setField(match)

    def suggest_roles(self, overwrite: bool = False) -> dict[str, str]:
        """Fill the roles from the loaded layers' names and fields; returns role → layer id assigned."""
        layers = [(lyr.id(), lyr.name(), layer_fields(lyr), layer_kind(lyr)) for lyr in self._layers_in_order()]
        assigned = {}
        for key, layer_id in suggest_assignment(layers).items():
            combo = self.role_combos[key]
            if combo.currentLayer() is None or overwrite:
                combo.setLayer(QgsProject.instance().mapLayer(layer_id))
                assigned[key] = layer_id
        self._refresh_options(self.checked_options() or None)
        return assigned

    @staticmethod
    def _layers_in_order() -> list[QgsMapLayer]:
        """The project's layers in layer-panel order (top first), then any not in the panel."""
        project = QgsProject.instance()
        ordered = [node.layer() for node in project.layerTreeRoot().findLayers() if node.layer() is not None]
        seen = {layer.id() for layer in ordered}
        return ordered + [layer for layer in project.mapLayers().values() if layer.id() not in seen]

    def _layers_added(self, layers: list) -> None:
        if self.loading_project or self.restoring:
            return
        self.suggest_roles(overwrite=False)

    @staticmethod
    def _result_layer_ids() -> set[str]:
        """Layers inside the planner's own result groups (never offered as inputs)."""
        ids = set()
        for group in QgsProject.instance().layerTreeRoot().findGroups(True):
            if group.customProperty(RUN_PROPERTY):
                ids |= {node.layerId() for node in group.findLayers()}
        return ids

    def _layers_removed(self, _ids: list) -> None:
        self._refresh_options()

    def checked_options(self) -> list[str]:
        ui = self.ui
        return [ui.listOptions.item(i).data(Qt.ItemDataRole.UserRole) for i in range(ui.listOptions.count())
                if ui.listOptions.item(i).checkState() == Qt.CheckState.Checked]

    def _refresh_options(self, checked: Optional[list[str]] = None) -> None:
        """List the layers that can be options (lines, polygons, rasters other than the role layers)."""
        if checked is None:
            checked = self.checked_options()
        ui = self.ui
        used = {c.currentLayer().id() for c in self.role_combos.values() if c.currentLayer() is not None}
        used |= self._result_layer_ids()
        was = self.restoring
        self.restoring = True
        ui.listOptions.clear()
        auto = not checked
        for layer in self._layers_in_order():
            kind = layer_kind(layer)
            if layer.id() in used or kind not in ("polygon", "line", "raster"):
                continue
            if kind == "raster" and not looks_like_option(layer.name()) and "resist" not in layer.name().lower():
                continue
            item = QListWidgetItem(layer.name())
            item.setData(Qt.ItemDataRole.UserRole, layer.id())
            item.setToolTip(self.tr("Option '{}' ({})").format(layer.name(), self._kind_name(kind)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = layer.id() in checked or (auto and looks_like_option(layer.name()))
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            ui.listOptions.addItem(item)
        self.restoring = was

    # =========================================================================================== demo data
    def load_demo(self) -> list[QgsMapLayer]:
        """Add the demo region's layers (styled where a style exists) in a group and assign the roles."""
        gpkg = resource_path("demo", "neaspec_demo.gpkg")
        if not gpkg.exists():
            self._error(self.tr("The demo region is not installed: {} is missing.").format(gpkg))
            return []
        project = QgsProject.instance()
        group = project.layerTreeRoot().insertGroup(0, self.tr("Demo region"))
        added = []
        self.loading_project = True  # assign once, after all layers are in
        try:
            for name in DEMO_VECTORS:
                layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
                if layer.isValid():
                    apply_style(layer, name, name.split("_")[0], f"demo_{name}")
                    added.append(layer)
            monitoring = resource_path("demo", "monitoring_demo.gpkg")
            for name in DEMO_MONITORING if monitoring.exists() else ():
                layer = QgsVectorLayer(f"{monitoring}|layername={name}", name, "ogr")
                if layer.isValid():
                    apply_style(layer, name)
                    added.append(layer)
            detections = resource_path("demo", DEMO_DETECTIONS)
            if detections.exists():
                layer = QgsVectorLayer(str(detections), Path(DEMO_DETECTIONS).stem, "ogr")
                if layer.isValid():
                    added.append(layer)
            for name in DEMO_RASTERS:
                tif = resource_path("demo", f"{name}.tif")
                with no_sidecar_files():  # QGIS computes statistics on load: none kept beside the plugin's data
                    layer = QgsRasterLayer(str(tif), name, "gdal")
                    valid = layer.isValid()
                if valid:
                    apply_style(layer, "landcover_worldcover", name)
                    added.append(layer)
            for layer in added:
                project.addMapLayer(layer, False)
                node = group.addLayer(layer)
                if layer_kind(layer) in ("table", "raster") or layer.name() == "cores_altai":
                    node.setItemVisibilityChecked(False)  # under the countries' fill; switch on when needed
        finally:
            self.loading_project = False
        self.suggest_roles(overwrite=True)
        if not self.ui.editTitle.text():
            self.ui.editTitle.setText(self.tr("Transboundary planning: Tumen River"))
        tumen = next((lyr for lyr in added if lyr.name() == "landcover_tumen"), None)
        if tumen is not None:
            # after QGIS's own zoom to the first layer of an empty project
            QTimer.singleShot(200, lambda: self._zoom_to(tumen))
        self._status(self.tr("Demo region loaded: {} layers; roles assigned.").format(len(added)))
        return added

    def _zoom_to(self, layer: QgsMapLayer) -> None:
        if self.iface is None:
            return
        from qgis.core import QgsCoordinateTransform

        try:
            canvas = self.iface.mapCanvas()
            transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(),
                                               QgsProject.instance())
            canvas.setExtent(transform.transformBoundingBox(layer.extent()))
            canvas.refresh()
        except (RuntimeError, Exception):  # noqa: BLE001 - a deleted layer or an unset canvas CRS: keep the view
            pass

    # ============================================================================================= running
    def _require(self, *keys: str) -> Optional[dict[str, QgsMapLayer]]:
        layers = {}
        for key in keys:
            layer = self.role_layer(key)
            if layer is None:
                label = next(r.label for r in ROLES if r.key == key)
                self.ui.steps.setCurrentWidget(self.ui.pageLayers)
                self._warn(self.tr("Choose the {} layer in step 1 Layers first.").format(self.tr(label)))
                return None
            layers[key] = layer
        return layers

    def _optional(self, key: str) -> Optional[str]:
        layer = self.role_layer(key)
        return layer.id() if layer is not None else None

    def _new_run_folder(self, name: str) -> Path:
        """A fresh folder for the outputs of one run: beside the saved project, else in the temp folder."""
        home = QgsProject.instance().homePath()
        base = Path(home) / "neaspec_runs" if home and QgsProject.instance().fileName() else \
            Path(QgsProcessingUtils.tempFolder()) / "neaspec_runs"
        slug = re.sub(r"[^A-Za-z0-9_]+", "_", name).strip("_").lower()
        folder = base / f"{slug}_{time.strftime('%Y%m%d_%H%M%S')}"
        n = 1
        while folder.exists():
            n += 1
            folder = base / f"{slug}_{time.strftime('%Y%m%d_%H%M%S')}_{n}"
        folder.mkdir(parents=True)
        return folder

    def is_running(self) -> bool:
        return self.chain is not None and self.chain.running

    def _start(self, title: str, build: Callable[[Path], list[workflow.Step]],
               on_done: Callable[[list[dict], Path, str], None]) -> Optional[workflow.StepRunner]:
        """Run the steps ``build(run folder)`` returns as background tasks; ``on_done(results, folder, group
        name)`` on success."""
        if self.is_running():
            self._warn(self.tr("A step is still running: wait for it or press Cancel."))
            return None
        folder = self._new_run_folder(title)
        steps = build(folder)
        missing = [step.alg_id for step in steps if not workflow.algorithm_available(step.alg_id)]
        if missing:
            shutil.rmtree(folder, ignore_errors=True)
            self._warn(self.tr("{} is not available in this build.").format(", ".join(missing)))
            return None
        run_name = self.tr("{} {}").format(title, time.strftime("%H:%M"))
        chain = workflow.StepRunner(run_name, steps, folder, say=lambda text: log(text, "info"), parent=self)
        chain.progress.connect(lambda p: self.ui.progressBar.setValue(int(p)))
        chain.status.connect(self._status)
        chain.finished.connect(lambda ok, results, message: self._finished(chain, ok, results, message, folder,
                                                                           on_done))
        self.chain = chain
        self.chains.append(chain)
        self.run_folder = folder
        self.ui.progressBar.setValue(0)
        self.ui.btnCancel.setEnabled(True)
        self._set_run_buttons(False)
        chain.start()
        return chain

    def _set_run_buttons(self, enabled: bool) -> None:
        for name in ("btnRunOverlap", "btnRunCorridors", "btnCompare", "btnRunRamsar", "btnRunMonitoring",
                     "btnRunProtConn", "btnRunFlyway", "btnExportMap", "btnExportReport", "btnExportPackage",
                     "btnLoadDemo"):
            getattr(self.ui, name).setEnabled(enabled)
        self.ui.btnRunPinch.setEnabled(enabled and self._has_corridor_run())

    def _has_corridor_run(self) -> bool:
        """A corridor run whose resistance and corridor rasters are still there (pinch points need both)."""
        paths = [self._read("results/resistance"), self._read("results/corridors")]
        return all(p and Path(p).exists() for p in paths)

    def _finished(self, chain: workflow.StepRunner, ok: bool, results: list, message: str, folder: Path,
                  on_done: Callable[[list[dict], Path, str], None]) -> None:
        self.ui.btnCancel.setEnabled(False)
        self._set_run_buttons(True)
        if chain in self.chains:
            self.chains.remove(chain)
        if self.chain is chain:
            self.chain = None
        log("\n".join(chain.log), "info")
        if ok:
            self.loading_project = True  # result layers are not inputs: no role suggestion for them
            try:
                on_done(results, folder, chain.name)
            except Exception as exc:  # noqa: BLE001 - show it to the user instead of a traceback dialog
                self._error(self.tr("{}: the results could not be shown: {}").format(chain.name, exc))
                return
            finally:
                self.loading_project = False
                self._refresh_options()
            self.ui.progressBar.setValue(100)
            self._status(self.tr("{}: done.").format(chain.name))
            return
        shutil.rmtree(folder, ignore_errors=True)
        self.ui.progressBar.setValue(0)
        if message == workflow.StepRunner.CANCELLED:
            self._status(self.tr("{}: cancelled; nothing was added.").format(chain.name))
        else:
            self._error(self.tr("{} failed: {}").format(chain.name, message))

    def cancel(self) -> None:
        if self.chain is not None:
            self._status(self.tr("Cancelling…"))
            self.chain.cancel()

    def close_tasks(self) -> None:
        """Cancel running background tasks and wait for them (called when the plugin unloads)."""
        if self.pick_tool is not None and self.iface is not None:
            try:
                self.iface.mapCanvas().unsetMapTool(self.pick_tool)
            except (RuntimeError, AttributeError):
                pass
            self.pick_tool = None
        for chain in list(self.chains):
            chain.cancel()
            chain.wait(10000)
            QgsApplication.processEvents()
        self._disconnect_project()

    # ---------------------------------------------------------------------------------- result layers
    def _add_group(self, name: str) -> QgsLayerTreeGroup:
        root = QgsProject.instance().layerTreeRoot()
        title, n = name, 1
        while root.findGroup(title) is not None:
            n += 1
            title = f"{name} ({n})"
        group = root.insertGroup(0, title)
        group.setCustomProperty(RUN_PROPERTY, name)
        return group

    def _add_result(self, group: QgsLayerTreeGroup, path: Optional[str], name: str, *styles: str,
                    visible: bool = True) -> Optional[QgsMapLayer]:
        if not path or not Path(str(path).split("|")[0]).exists():
            return None
        path = str(path)
        if path.lower().endswith((".tif", ".tiff")):
            layer: QgsMapLayer = QgsRasterLayer(path, name, "gdal")
        else:
            layer = QgsVectorLayer(path, name, "ogr")
        if not layer.isValid():
            return None
        apply_style(layer, *styles)
        QgsProject.instance().addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(visible)
        if layer_kind(layer) == "table":
            node.setItemVisibilityChecked(False)
        return layer

    # -------------------------------------------------------------------------------------- overlap
    def run_overlap(self) -> Optional[workflow.StepRunner]:
        layers = self._require("habitat", "protected")
        if layers is None:
            return None

        def steps(_folder: Path) -> list[workflow.Step]:
            return [workflow.overlap_step(
                layers["habitat"].id(), layers["protected"].id(), habitat_field=self.ui.fldHabitat.currentField(),
                countries=self._optional("countries"), country_field=self.ui.fldCountry.currentField())]

        return self._start(self.tr("Overlap"), steps, self._overlap_done)

    def _overlap_done(self, results: list[dict], folder: Path, name: str) -> None:
        r = results[0]
        group = self._add_group(name)
        self._add_result(group, r.get(Overlap.GAPS), self.tr("Habitat gaps"), "overlap_gaps", "gaps")
        self._add_result(group, r.get(Overlap.OUTPUT), self.tr("Protected habitat"), "overlap_protected", "overlap")
        summary = self._add_result(group, r.get(Overlap.SUMMARY), self.tr("Overlap summary"))
        self._write("results/overlap_summary", r.get(Overlap.SUMMARY) or "")
        self._fill_table_from(self.ui.tableOverlap, r.get(Overlap.SUMMARY))
        if summary is not None:
            self._write("results/overlap_summary_layer", summary.id())

    def _fill_table_from(self, table, path: Optional[str], columns: Optional[list[str]] = None) -> None:
        table.clear()
        table.setRowCount(0)
        table.setColumnCount(0)
        if not path or not Path(str(path)).exists():
            return
        names, rows = read_table(str(path))
        if columns:
            keep = [names.index(c) for c in columns if c in names]
            names = [names[i] for i in keep]
            rows = [[row[i] for i in keep] for row in rows]
        table.setColumnCount(len(names))
        table.setHorizontalHeaderLabels(names)
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                item = QTableWidgetItem(_fmt(value))
                if _num(value) is not None:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                table.setItem(i, j, item)
        table.resizeColumnsToContents()

    # ------------------------------------------------------------------------------------ corridors
    def _distance_m(self) -> float:
        return self.ui.spinMaxDistance.value() * 1000.0

    def landcover_tiles(self) -> Any:
        """The land-cover tiles of the Corridors step: ``None``, a folder, or a list of files."""
        text = self.ui.fileLandcoverTiles.filePath().strip()
        if not text:
            return None
        paths = [p for p in QgsFileWidget.splitFilePaths(text) if p.strip()]
        if len(paths) == 1:
            return paths[0]
        return paths

    def run_corridors(self) -> Optional[workflow.StepRunner]:
        tiles = self.landcover_tiles()
        layers = self._require("cores") if tiles else self._require("landcover", "cores")
        if layers is None:
            return None
        ui = self.ui
        missing = [p for p in ([tiles] if isinstance(tiles, str) else tiles or []) if not Path(p).exists()]
        if missing:
            self._warn(self.tr("Land-cover tile not found: {}").format(missing[0]))
            return None
        if ui.cmbProfile.currentData() == "custom" and not ui.fileCostTable.filePath():
            self._warn(self.tr("The custom profile needs a cost table (CSV with columns class,cost)."))
            return None

        def steps(folder: Path) -> list[workflow.Step]:
            res = workflow.resistance_step(
                tiles or layers["landcover"].id(), ui.cmbProfile.currentData(), table=ui.fileCostTable.filePath(),
                barriers=self._optional("barriers"), barrier_width=ui.spinBarrierWidth.value() or None)
            cor = workflow.corridors_step(
                layers["cores"].id(), res.output(folder, Resistance.OUTPUT), core_id=ui.fldCoreId.currentField(),
                max_distance=self._distance_m(), corridor_width=ui.spinCorridorWidth.value() or None,
                countries=self._optional("countries"), protected=self._optional("protected"), needs=[res.title])
            return [res, cor]

        return self._start(self.tr("Corridors"), steps, self._corridors_done)

    def _corridors_done(self, results: list[dict], folder: Path, name: str) -> None:
        res, cor = results
        group = self._add_group(name)
        self._add_result(group, cor.get(Corridors.LINKS), self.tr("Corridor links"), "corridor_links", "links")
        self._add_result(group, cor.get(Corridors.GAPS), self.tr("Corridor gaps"), "corridor_gaps", "gaps")
        self._add_result(group, cor.get(Corridors.CORRIDORS), self.tr("Corridors"), "corridors")
        self._add_result(group, res.get(Resistance.OUTPUT), self.tr("Resistance"), "resistance", visible=False)
        self._write("results/resistance", res.get(Resistance.OUTPUT) or "")
        self._write("results/links", cor.get(Corridors.LINKS) or "")
        self._write("results/corridors", cor.get(Corridors.CORRIDORS) or "")
        self._fill_table_from(self.ui.tableLinks, cor.get(Corridors.LINKS),
                              ["rank", "from_id", "to_id", "lcd", "cwd_to_euclid", "transboundary", "unprotected_m"])
        self.ui.btnRunPinch.setEnabled(self._has_corridor_run())

    def run_pinchpoints(self) -> Optional[workflow.StepRunner]:
        """Pinch points inside the corridors of the last corridor run, its cores as focal nodes."""
        layers = self._require("cores")
        if layers is None:
            return None
        if not self._has_corridor_run():
            self._warn(self.tr("Run resistance and corridors first: pinch points are found inside its corridors."))
            return None
        resistance, corridors, links = (self._read("results/resistance"), self._read("results/corridors"),
                                        self._read("results/links"))
        ui = self.ui

        def steps(_folder: Path) -> list[workflow.Step]:
            return [workflow.pinchpoints_step(
                resistance, layers["cores"].id(), focal_id=ui.fldCoreId.currentField(), corridors=corridors,
                links=links if links and Path(links).exists() else None, countries=self._optional("countries"))]

        return self._start(self.tr("Pinch points"), steps, self._pinchpoints_done)

    def _pinchpoints_done(self, results: list[dict], folder: Path, name: str) -> None:
        from neaspec_planner.processing.pinchpoints import CurrentStyle, current_stretch

        r = results[0]
        group = self._add_group(name)
        self._add_result(group, r.get(Pinchpoints.PINCHES), self.tr("Pinch points"), "pinches")
        current = self._add_result(group, r.get(Pinchpoints.CURRENT), self.tr("Current (circuit theory)"), "current")
        if isinstance(current, QgsRasterLayer):
            stretch_ramp(current, current_stretch(current.source()), CurrentStyle.label_format)
        self._add_result(group, r.get(Pinchpoints.RESISTANCES), self.tr("Effective resistances"))

    def run_compare(self) -> Optional[workflow.StepRunner]:
        layers = self._require("cores")
        if layers is None:
            return None
        baseline = self._read("results/resistance")
        if not baseline or not Path(baseline).exists():
            self._warn(self.tr("Run resistance and corridors first: the options are compared with its resistance."))
            return None
        options = self.checked_options()
        if not options:
            self._warn(self.tr("Tick at least one option layer to compare."))
            return None
        ui = self.ui

        def steps(_folder: Path) -> list[workflow.Step]:
            return [workflow.compare_options_step(
                layers["cores"].id(), baseline, options, core_id=ui.fldCoreId.currentField(),
                max_distance=self._distance_m(), corridor_width=ui.spinCorridorWidth.value() or None)]

        return self._start(self.tr("Options"), steps, self._compare_done)

    def _compare_done(self, results: list[dict], folder: Path, name: str) -> None:
        r = results[0]
        group = self._add_group(name)
        self._add_result(group, r.get(CompareOptions.TABLE), self.tr("Options comparison"))
        changes = r.get(CompareOptions.CHANGES)
        rasters = []
        if changes:
            path = Path(str(changes))
            rasters = sorted(path.glob("*.tif")) if path.is_dir() else [path]
        for raster in rasters:
            layer = self._add_result(group, str(raster), raster.stem, "option_changes", "changes", visible=False)
            if isinstance(layer, QgsRasterLayer):
                layer.renderer().setOpacity(0.75)
        self._write("results/options_table", r.get(CompareOptions.TABLE) or "")
        self._write("results/options_group", group.name())
        self._fill_options_table(r.get(CompareOptions.TABLE))

    def _fill_options_table(self, path: Optional[str]) -> None:
        """The side-by-side: one row per link, one column per option (least-cost distance and change)."""
        ui = self.ui
        table = ui.tableOptions
        table.clear()
        table.setRowCount(0)
        table.setColumnCount(0)
        was = self.restoring
        self.restoring = True
        ui.cmbShowOption.clear()
        ui.cmbShowOption.addItem(self.tr("Baseline"), "")
        self.restoring = was
        if not path or not Path(str(path)).exists():
            return
        names, rows = read_table(str(path))
        if not {"link", "option", "lcd"} <= set(names):
            return
        ix = {n: names.index(n) for n in names}
        links = sorted({str(r[ix["link"]]) for r in rows})
        options = list(dict.fromkeys(str(r[ix["option"]]) for r in rows))
        table.setRowCount(len(links))
        table.setColumnCount(len(options))
        table.setHorizontalHeaderLabels(options)
        table.setVerticalHeaderLabels(links)
        for row in rows:
            i, j = links.index(str(row[ix["link"]])), options.index(str(row[ix["option"]]))
            lcd = row[ix["lcd"]]
            change = _num(row[ix["lcd_change_pct"]]) if "lcd_change_pct" in ix else None
            text = _fmt(lcd) + (f" ({change:+.1f} %)" if change else "")
            item = QTableWidgetItem(text)
            item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
            item.setToolTip(self.tr("Link {}, option {}: least-cost distance {}").format(
                row[ix["link"]], row[ix["option"]], _fmt(lcd)))
            table.setItem(i, j, item)
        table.resizeColumnsToContents()
        self.restoring = True
        for option in options:
            if option.lower() not in ("baseline", ""):
                ui.cmbShowOption.addItem(option, option)
        self.restoring = was

    def _show_option(self, _index: int) -> None:
        """Show only the chosen option's change layers (baseline: none) in the latest options group."""
        option = self.ui.cmbShowOption.currentData() or ""
        group = QgsProject.instance().layerTreeRoot().findGroup(self._read("results/options_group"))
        if group is None:
            return
        for node in group.findLayers():
            if node.layer() is None or isinstance(node.layer(), QgsVectorLayer) and \
                    node.layer().geometryType() == QgsWkbTypes.NullGeometry:
                continue
            node.setItemVisibilityChecked(bool(option) and option.lower() in node.name().lower())
        if self.iface is not None:
            self.iface.mapCanvas().refresh()

    # ----------------------------------------------------------------------------------- monitoring
    def run_monitoring(self) -> Optional[workflow.StepRunner]:
        layers = self._require("countries", "stations")
        if layers is None:
            return None
        ui = self.ui
        self._write("monitoring/cell_size_km", str(ui.spinCellSize.value()))

        def steps(_folder: Path) -> list[workflow.Step]:
            return [workflow.monitoring_step(
                layers["countries"].id(), layers["stations"].id(), detections=self._optional("detections"),
                habitat=self._optional("monitoring_area"), cell_size=ui.spinCellSize.value() * 1000.0,
                country_field=ui.fldCountry.currentField())]

        return self._start(self.tr("Monitoring"), steps, self._monitoring_done)

    def _monitoring_done(self, results: list[dict], folder: Path, name: str) -> None:
        from neaspec_planner.processing.monitoring_grid import apply_grid_styles

        r = results[0]
        group = self._add_group(name)
        grid = self._add_result(group, r.get(MonitoringGrid.GRID), self.tr("Monitoring grid"))
        if grid is not None:
            apply_grid_styles(grid, self.tr("effort"), self.tr("occupancy"))
        self._add_result(group, r.get(MonitoringGrid.SUMMARY), self.tr("Monitoring summary"))
        self._add_result(group, r.get(MonitoringGrid.SHARED), self.tr("Shared individuals"))
        self._write("results/monitoring_summary", r.get(MonitoringGrid.SUMMARY) or "")
        self._fill_table_from(self.ui.tableMonitoring, r.get(MonitoringGrid.SUMMARY), MONITORING_COLUMNS)

    # --------------------------------------------------------------------------------- connectivity
    def run_protconn(self) -> Optional[workflow.StepRunner]:
        layers = self._require("protected", "countries")
        if layers is None:
            return None
        ui = self.ui

        def steps(_folder: Path) -> list[workflow.Step]:
            codes = [c.strip() for c in ui.editAssess.text().replace(";", ",").split(",") if c.strip()]
            return [workflow.protconn_step(
                layers["protected"].id(), layers["countries"].id(), country_field=ui.fldCountry.currentField(),
                country_codes=codes, median_distance=ui.spinDispersal.value() * 1000.0)]

        return self._start(self.tr("ProtConn per country"), steps, self._connectivity_done)

    def run_flyway(self) -> Optional[workflow.StepRunner]:
        layers = self._require("wetlands")
        if layers is None:
            return None
        ui = self.ui
        wetlands = layers["wetlands"]
        names = [f.name() for f in wetlands.fields()] if isinstance(wetlands, QgsVectorLayer) else []
        site = ui.fldSite.currentField() or next((n for n in ("site", "name", "NAME") if n in names),
                                                 names[0] if names else "")

        def steps(_folder: Path) -> list[workflow.Step]:
            return [workflow.connectivity_step(
                wetlands.id(), site, median_distance=ui.spinFlight.value() * 1000.0,
                countries=self._optional("countries"), country_field=ui.fldCountry.currentField(), name="flyway")]

        return self._start(self.tr("Flyway network"), steps, self._connectivity_done)

    def _connectivity_done(self, results: list[dict], folder: Path, name: str) -> None:
        r = results[0]
        group = self._add_group(name)
        self._add_result(group, r.get(Connectivity.NODES), self.tr("Nodes by importance (dPC)"), "connectivity_nodes")
        self._add_result(group, r.get(Connectivity.LINKS), self.tr("Links by probability"), "connectivity_links")
        self._add_result(group, r.get(Connectivity.SUMMARY), self.tr("Connectivity summary"))

    # --------------------------------------------------------------------------------------- ramsar
    def run_ramsar(self) -> Optional[workflow.StepRunner]:
        layers = self._require("wetlands", "countries")
        if layers is None:
            return None
        ui = self.ui

        def steps(_folder: Path) -> list[workflow.Step]:
            link = ui.spinLinkDistance.value()
            return [workflow.ramsar_candidates_step(
                layers["wetlands"].id(), layers["countries"].id(), site_field=ui.fldSite.currentField(),
                country_field=ui.fldCountry.currentField(), ramsar=self._optional("ramsar"),
                counts=self._optional("counts"), thresholds=self._optional("thresholds"),
                link_distance=link * 1000.0 if link else None)]

        return self._start(self.tr("Ramsar candidates"), steps, self._ramsar_done)

    def _ramsar_done(self, results: list[dict], folder: Path, name: str) -> None:
        r = results[0]
        group = self._add_group(name)
        layer = self._add_result(group, r.get(RamsarCandidates.OUTPUT), self.tr("Ramsar candidates"),
                                 "ramsar_candidates")
        self._add_result(group, r.get(RamsarCandidates.SUMMARY), self.tr("Candidates summary"))
        self.candidates_layer_id = layer.id() if layer is not None else ""
        self._write("results/candidates_layer", self.candidates_layer_id)
        self._write("results/candidates", r.get(RamsarCandidates.OUTPUT) or "")
        self._write("results/candidates_summary", r.get(RamsarCandidates.SUMMARY) or "")
        self._fill_candidates()

    def candidates_layer(self) -> Optional[QgsVectorLayer]:
        layer = QgsProject.instance().mapLayer(self.candidates_layer_id) if self.candidates_layer_id else None
        return layer if isinstance(layer, QgsVectorLayer) else None

    def _fill_candidates(self) -> None:
        ui = self.ui
        was = self.restoring
        self.restoring = True
        ui.listCandidates.clear()
        ui.cmbPackageCandidate.clear()
        ui.textCandidate.clear()
        layer = self.candidates_layer()
        names = {}
        summary = self._read("results/candidates_summary")
        if summary and Path(summary).exists():
            columns, rows = read_table(summary)
            if "candidate" in columns and "name" in columns:
                names = {str(r[columns.index("candidate")]): str(r[columns.index("name")] or "") for r in rows}
        self.candidate_names = names
        if layer is not None and layer.fields().indexOf("candidate") >= 0:
            groups: dict[str, list] = {}
            for feature in layer.getFeatures():
                groups.setdefault(str(feature["candidate"]), []).append(feature)
            for candidate, features in groups.items():
                parties = sorted({str(_plain(f["party"]) or "?") for f in features}) \
                    if layer.fields().indexOf("party") >= 0 else []
                area = sum(float(_plain(f["area_ha"]) or 0) for f in features) \
                    if layer.fields().indexOf("area_ha") >= 0 else 0.0
                label = f"{candidate} {names[candidate]}" if names.get(candidate) else candidate
                item = QListWidgetItem(self.tr("{} — {} ({:,.0f} ha)").format(label, ", ".join(parties), area))
                item.setData(Qt.ItemDataRole.UserRole, candidate)
                item.setToolTip(self.tr("{} national component(s); select to see the evidence").format(len(features)))
                ui.listCandidates.addItem(item)
                ui.cmbPackageCandidate.addItem(label, candidate)
        self.restoring = was

    def _candidate_selected(self, current: Optional[QListWidgetItem], _previous=None) -> None:
        layer = self.candidates_layer()
        if current is None or layer is None:
            return
        candidate = current.data(Qt.ItemDataRole.UserRole)
        features = [f for f in layer.getFeatures() if str(f["candidate"]) == candidate]
        layer.selectByIds([f.id() for f in features])
        self.ui.textCandidate.setHtml(self._candidate_html(candidate, layer, features))
        index = self.ui.cmbPackageCandidate.findData(candidate)
        if index >= 0:
            self.ui.cmbPackageCandidate.setCurrentIndex(index)
        if self.iface is not None and features:
            canvas = self.iface.mapCanvas()
            canvas.zoomToSelected(layer)
            canvas.zoomByFactor(2.0)
            canvas.refresh()

    def _candidate_html(self, candidate: str, layer: QgsVectorLayer, features: list) -> str:
        """The components of a candidate, one block per Party (narrow enough for the dock)."""
        names = [f.name() for f in layer.fields()]
        labels = {"area_ha": self.tr("Area (ha)"), "extends_abroad": self.tr("Extends abroad"),
                  "adjacent_ramsar": self.tr("Adjacent Ramsar sites"), "criteria": self.tr("Ramsar criteria"),
                  "evidence": self.tr("Evidence")}
        title = html.escape(f"{candidate} {self.candidate_names.get(candidate, '')}".strip())
        count = self.tr("{} national component(s):").format(len(features))
        parts = [f"<h3>{title}</h3>", f"<p>{html.escape(count)}</p>"]
        for feature in features:
            party = html.escape(str(_plain(feature["party"]) or "?")) if "party" in names else "?"
            rows = "".join(
                f"<tr><td><i>{html.escape(label)}</i></td><td>{html.escape(_fmt(_plain(feature[key])))}</td></tr>"
                for key, label in labels.items() if key in names and _plain(feature[key]) not in (None, ""))
            parts.append(f"<p><b>{party}</b></p><table cellspacing='0' cellpadding='2'>{rows}</table>")
        return "".join(parts)

    def _pick_on_map(self, on: bool) -> None:
        if self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        if not on:
            if self.pick_tool is not None:
                canvas.unsetMapTool(self.pick_tool)
                self.pick_tool = None
            return
        layer = self.candidates_layer()
        if layer is None:
            self._warn(self.tr("Find candidates first."))
            self.ui.btnPickCandidate.setChecked(False)
            return
        self.pick_tool = QgsMapToolIdentifyFeature(canvas, layer)
        self.pick_tool.featureIdentified.connect(self.pick_candidate_feature)
        self.pick_tool.deactivated.connect(lambda: self.ui.btnPickCandidate.setChecked(False))
        canvas.setMapTool(self.pick_tool)

    def pick_candidate_feature(self, feature) -> None:
        """Select the list entry of the candidate a map click hit."""
        candidate = str(feature["candidate"])
        for i in range(self.ui.listCandidates.count()):
            if self.ui.listCandidates.item(i).data(Qt.ItemDataRole.UserRole) == candidate:
                self.ui.listCandidates.setCurrentRow(i)
                break

    # --------------------------------------------------------------------------------------- export
    def _visible_layers(self) -> list[str]:
        root = QgsProject.instance().layerTreeRoot()
        return [node.layerId() for node in root.findLayers()
                if node.isVisible() and node.layer() is not None and layer_kind(node.layer()) != "table"]

    def export_map(self) -> Optional[workflow.StepRunner]:
        target = self.ui.fileMap.filePath()
        if not target:
            self._warn(self.tr("Choose the map file to write (.pdf, .png or .svg)."))
            return None
        layers = self._visible_layers()
        if not layers:
            self._warn(self.tr("Show at least one layer on the map to print."))
            return None
        def steps(_folder: Path) -> list[workflow.Step]:
            return [workflow.planning_map_step(layers, target, title=self.ui.editTitle.text(),
                                               language=output_language())]

        return self._start(self.tr("Map"), steps, lambda r, f, n: self._exported(n, target))

    def result_tables(self) -> list[str]:
        """The result tables of the last runs that still exist (for the report)."""
        paths = [self._read(key) for key in ("results/overlap_summary", "results/links", "results/options_table")]
        candidates = self._read("results/candidates")
        if candidates:
            paths.append(candidates)
        return [p for p in paths if p and Path(p).exists()]

    def export_report(self) -> Optional[workflow.StepRunner]:
        target = self.ui.fileReport.filePath()
        if not target:
            self._warn(self.tr("Choose the report file to write (.xlsx, .html, .csv or .pdf)."))
            return None
        tables = self.result_tables()
        if not tables:
            self._warn(self.tr("Run a step first: the report lists the results of the overlap, corridor, options "
                               "and Ramsar steps."))
            return None
        def steps(_folder: Path) -> list[workflow.Step]:
            return [workflow.report_step(tables, target, language=output_language())]

        return self._start(self.tr("Report"), steps, lambda r, f, n: self._exported(n, target))

    def export_package(self) -> Optional[workflow.StepRunner]:
        candidates = self._read("results/candidates")
        candidate = self.ui.cmbPackageCandidate.currentData()
        folder = self.ui.folderPackage.filePath()
        if not candidates or not candidate:
            self._warn(self.tr("Find Ramsar candidates first (step 4) and choose one."))
            return None
        if not folder:
            self._warn(self.tr("Choose the folder for the Ramsar package."))
            return None

        def steps(_folder: Path) -> list[workflow.Step]:
            return [workflow.ramsar_package_step(candidates, candidate, folder=folder)]

        return self._start(self.tr("Ramsar package"), steps, lambda r, f, n: self._exported(n, folder))

    def _exported(self, name: str, target: str) -> None:
        if self.run_folder is not None:
            shutil.rmtree(self.run_folder, ignore_errors=True)
        self._message(self.tr("{}: written to {}").format(name, target), Qgis.Success)

    # ------------------------------------------------------------------------------------- messages
    def _status(self, text: str) -> None:
        self.ui.labelStatus.setText(text)

    def _message(self, text: str, level, details: bool = False) -> None:
        self._status(text)
        if self.iface is None:
            return
        bar = self.iface.messageBar()
        widget = bar.createMessage(TAG, text)
        if details:
            button = QPushButton(self.tr("Details"), widget)
            button.setToolTip(self.tr("Open the log (tab NEASPEC Planner) with the full messages of the run"))
            button.clicked.connect(self._open_log)
            widget.layout().addWidget(button)
        bar.pushWidget(widget, level, 0 if level == Qgis.Critical else 8)

    def _open_log(self) -> None:
        try:
            self.iface.openMessageLog()
        except AttributeError:
            pass

    def _warn(self, text: str) -> None:
        self._message(text, Qgis.Warning)

    def _error(self, text: str) -> None:
        log(text, "critical")
        self._message(text, Qgis.Critical, details=True)


def output_language() -> str:
    """The interface language if the maps and reports speak it, else English."""
    from neaspec_planner.i18n import LANGUAGES, ui_language

    code = ui_language()
    return code if code in LANGUAGES else "en"
