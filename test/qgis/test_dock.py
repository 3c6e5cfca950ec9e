"""The NEASPEC Planner dock driven like a user in a real QGIS (pytest-qgis iface, pytest-qt qtbot).

Every step runs the real ``neaspec:`` algorithm as a background task on the demo region (or on generated files)
and the test waits for the task; algorithms that this build lacks must be reported as "not available".
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt

from neaspec_planner.gui.dock import SCOPE, PlannerDock
from neaspec_planner.gui.tasks import algorithm_available

TASK_TIMEOUT_MS = 120_000


@pytest.fixture
def dock(plugin, qgis_new_project, qtbot):  # noqa: ARG001
    widget = plugin.dock
    assert isinstance(widget, PlannerDock)
    widget.show()
    yield widget
    if widget.is_running():
        widget.cancel()
        qtbot.waitUntil(lambda: not widget.is_running(), timeout=TASK_TIMEOUT_MS)
    QgsProject.instance().clear()


@pytest.fixture
def demo(dock):
    layers = dock.load_demo()
    assert layers, "the demo region must load"
    return {layer.name(): layer for layer in layers}


def _groups() -> list[str]:
    return [g.name() for g in QgsProject.instance().layerTreeRoot().findGroups()]


def _bar_texts(iface) -> str:
    from qgis.gui import QgsMessageBarItem

    return " | ".join(item.text() for item in iface.messageBar().findChildren(QgsMessageBarItem))


def _wait(qtbot, dock) -> None:
    qtbot.waitUntil(lambda: not dock.is_running(), timeout=TASK_TIMEOUT_MS)


def test_dock_is_docked_with_all_steps(plugin, qgis_iface):
    dock = plugin.dock
    assert dock.objectName() == "NeaspecPlannerDock"
    assert dock.parent() is qgis_iface.mainWindow()
    tabs = dock.ui.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["1 Layers", "2 Overlaps", "3 Corridors", "4 Ramsar", "5 Export"]
    # every interactive widget explains itself
    from qgis.PyQt.QtWidgets import QAbstractButton, QComboBox, QTableWidget

    for widget in dock.findChildren((QAbstractButton, QComboBox, QTableWidget)):
        if widget.objectName().startswith("qt_") or not widget.isVisibleTo(dock) or not widget.objectName():
            continue
        if widget.parent() is not None and widget.parent().objectName().startswith("qt_"):
            continue
        assert widget.toolTip(), f"{widget.objectName()} has no tooltip"


def test_load_demo_assigns_roles(dock, demo):
    roles = dock.settings()["roles"]
    expected = {"countries": "countries", "protected": "protected_areas", "habitat": "habitat", "barriers": "roads",
                "cores": "cores_tumen", "landcover": "landcover_tumen", "wetlands": "wetlands",
                "ramsar": "ramsar_sites", "counts": "waterbird_counts", "thresholds": "thresholds"}
    for role, name in expected.items():
        assert roles[role] == demo[name].id(), f"role {role} should be {name}"
    assert dock.ui.fldHabitat.currentField() == "habitat"
    assert dock.ui.fldCoreId.currentField() == "core_id"
    assert dock.ui.fldSite.currentField() == "site"
    # the crossing is offered (and ticked) as an option to compare; role layers are not
    assert dock.checked_options() == [demo["crossings_tumen"].id()]
    # stored in the project by layer id
    value, ok = QgsProject.instance().readEntry(SCOPE, "roles/habitat")
    assert ok and value == demo["habitat"].id()


def test_user_choice_survives_suggestion(dock, demo):
    dock.role_combos["cores"].setLayer(demo["cores_altai"])
    dock.suggest_roles(overwrite=False)
    assert dock.role_layer("cores") is demo["cores_altai"]
    assert QgsProject.instance().readEntry(SCOPE, "roles/cores")[0] == demo["cores_altai"].id()


def test_run_overlap_lands_in_a_group(dock, demo, qtbot, qgis_iface):  # noqa: ARG001
    before = set(QgsProject.instance().mapLayers())
    chain = dock.run_overlap()
    if not algorithm_available("neaspec:overlap"):
        assert chain is None
        assert "neaspec:overlap is not available in this build" in _bar_texts(qgis_iface)
        return
    assert chain is not None and dock.is_running()
    assert dock.ui.btnCancel.isEnabled()
    _wait(qtbot, dock)
    group = next(g for g in QgsProject.instance().layerTreeRoot().findGroups() if g.name().startswith("Overlap "))
    new = {node.layer().name(): node.layer() for node in group.findLayers()}
    assert {"Habitat gaps", "Protected habitat", "Overlap summary"} <= set(new)
    assert set(QgsProject.instance().mapLayers()) - before == {lyr.id() for lyr in new.values()}
    summary = new["Overlap summary"]
    names = [f.name() for f in summary.fields()]
    assert {"habitat", "country", "habitat_ha", "protected_ha", "protected_pct", "gap_ha"} <= set(names)
    # the table in the dock shows the same rows, and the gaps layer is styled or at least valid
    assert dock.ui.tableOverlap.rowCount() == summary.featureCount() > 0
    assert new["Habitat gaps"].isValid() and new["Habitat gaps"].featureCount() > 0
    assert dock.ui.progressBar.value() == 100


def test_settings_restored_from_saved_project(dock, demo, tmp_path):
    ui = dock.ui
    dock.role_combos["cores"].setLayer(demo["cores_altai"])
    dock.role_combos["landcover"].setLayer(demo["landcover_altai"])
    ui.cmbProfile.setCurrentIndex(ui.cmbProfile.findData("snow_leopard"))
    ui.spinMaxDistance.setValue(150.0)
    ui.spinBarrierWidth.setValue(200.0)
    ui.spinLinkDistance.setValue(12.5)
    ui.fldHabitat.setField("name")
    ui.editTitle.setText("Altai workshop — Алтай")
    ui.fileReport.setFilePath(str(tmp_path / "report.xlsx"))
    ui.tabs.setCurrentIndex(2)
    saved = dock.settings()
    path = tmp_path / "workshop.qgz"
    project = QgsProject.instance()
    assert project.write(str(path))

    project.clear()
    assert dock.settings()["roles"]["cores"] == ""
    assert ui.spinMaxDistance.value() == 100.0 and ui.cmbProfile.currentData() == "amur_tiger"

    assert project.read(str(path))
    restored = dock.settings()
    assert restored == saved
    assert dock.role_layer("cores").name() == "cores_altai"
    assert ui.tabs.currentIndex() == 2
