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
from neaspec_planner.workflow import algorithm_available

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


def _ran(dock, qtbot, iface, chain, *alg_ids: str) -> bool:
    """Wait for a step started in the dock; False (after checking the message) when this build lacks one of its
    algorithms."""
    if not all(algorithm_available(a) for a in alg_ids):
        assert chain is None and "not available in this build" in _bar_texts(iface)
        return False
    assert chain is not None
    _wait(qtbot, dock)
    return True


def test_dock_is_docked_with_all_steps(plugin, qgis_iface):
    dock = plugin.dock
    assert dock.objectName() == "NeaspecPlannerDock"
    assert dock.parent() is qgis_iface.mainWindow()
    steps = dock.ui.steps
    titles = [steps.itemText(i).split(":")[0] for i in range(steps.count())]
    assert titles == ["1  Layers", "2  Overlaps", "3  Corridors", "4  Ramsar candidates", "5  Monitoring", "6  Export",
                      "7  Connectivity"]
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


def test_protconn_and_flyway_steps_land_styled_in_groups(dock, demo, qtbot, qgis_iface):  # noqa: ARG001
    dock.ui.editAssess.setText("CHN, PRK")
    assert _ran(dock, qtbot, qgis_iface, dock.run_protconn(), "neaspec:protconn")
    group, layers = _group("ProtConn")
    summary = layers["Connectivity summary"]
    assert sorted(f["country"] for f in summary.getFeatures()) == ["CHN", "PRK"]
    nodes = layers["Nodes by importance (dPC)"]
    assert nodes.renderer().type() == "graduatedSymbol" and nodes.renderer().classAttribute() == "dPC"
    assert _ran(dock, qtbot, qgis_iface, dock.run_flyway(), "neaspec:connectivity")
    group, layers = _group("Flyway network")
    assert layers["Nodes by importance (dPC)"].featureCount() == demo["wetlands"].featureCount()
    links = layers["Links by probability"]
    assert links.featureCount() > 0 and links.renderer().classAttribute() == "p"


def test_settings_restored_from_saved_project(dock, demo, tmp_path, qtbot):
    ui = dock.ui
    if dock.run_overlap() is not None:  # a result table to find again after reopening
        _wait(qtbot, dock)
    overlap_rows = ui.tableOverlap.rowCount()
    dock.role_combos["cores"].setLayer(demo["cores_altai"])
    dock.role_combos["landcover"].setLayer(demo["landcover_altai"])
    ui.cmbProfile.setCurrentIndex(ui.cmbProfile.findData("snow_leopard"))
    ui.spinMaxDistance.setValue(150.0)
    ui.spinBarrierWidth.setValue(200.0)
    ui.spinLinkDistance.setValue(12.5)
    ui.fldHabitat.setField("name")
    ui.editTitle.setText("Altai workshop — Алтай")
    ui.fileReport.setFilePath(str(tmp_path / "report.xlsx"))
    ui.fileMap.setFilePath(str(tmp_path / "map.pdf"))
    ui.folderPackage.setFilePath(str(tmp_path / "package"))
    ui.steps.setCurrentIndex(2)
    saved = dock.settings()
    path = tmp_path / "workshop.qgz"
    project = QgsProject.instance()
    assert project.write(str(path))

    project.clear()
    assert dock.settings()["roles"]["cores"] == ""
    assert ui.spinMaxDistance.value() == 100.0 and ui.cmbProfile.currentData() == "amur_tiger"
    assert ui.tableOverlap.rowCount() == 0

    assert project.read(str(path))
    restored = dock.settings()
    assert restored == saved
    assert dock.role_layer("cores").name() == "cores_altai"
    assert ui.steps.currentIndex() == 2
    assert ui.tableOverlap.rowCount() == overlap_rows
    assert overlap_rows > 0 or not algorithm_available("neaspec:overlap")


# ------------------------------------------------------------------------------------------ generated region
LAEA = "+proj=laea +lat_0=43 +lon_0=131 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"


def _srs() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromProj4(LAEA)
    return srs


def _raster(path: Path, n: int, cell: float = 100.0) -> Path:
    """Land cover (ESA codes): tree cover with a cropland band across the middle, 0 = nodata."""
    values = np.full((n, n), 10, dtype=np.uint8)
    values[n // 2 - n // 20: n // 2 + n // 20, :] = 40
    ds = gdal.GetDriverByName("GTiff").Create(str(path), n, n, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((0.0, cell, 0.0, n * cell, 0.0, -cell))
    ds.SetProjection(_srs().ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(0)
    band.WriteArray(values)
    ds = None
    return path


def _polygons(path: Path, name: str, rows: list[tuple[str, dict]]) -> QgsVectorLayer:
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path)) if not path.exists() else ogr.Open(str(path), 1)
    layer = ds.CreateLayer(name, _srs(), ogr.wkbPolygon)
    for key, value in rows[0][1].items():
        layer.CreateField(ogr.FieldDefn(key, ogr.OFTInteger if isinstance(value, int) else ogr.OFTString))
    for wkt, attrs in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for key, value in attrs.items():
            feature.SetField(key, value)
        layer.CreateFeature(feature)
    ds = None
    return QgsVectorLayer(f"{path}|layername={name}", name, "ogr")


def _box(x0: float, y0: float, x1: float, y1: float) -> str:
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def _region(folder: Path, n: int) -> dict[str, object]:
    """A square study area of ``n`` × ``n`` cells of 100 m: two countries, three cores, a park and a crossing."""
    size = n * 100.0
    gpkg = folder / "region.gpkg"
    layers = {
        "landcover": QgsRasterLayer(str(_raster(folder / "landcover.tif", n)), "landcover", "gdal"),
        "countries": _polygons(gpkg, "countries", [(_box(0, 0, size / 2, size), {"ISO_A3": "CHN"}),
                                                   (_box(size / 2, 0, size, size), {"ISO_A3": "RUS"})]),
        "cores": _polygons(gpkg, "cores", [
            (_box(0.1 * size, 0.1 * size, 0.2 * size, 0.2 * size), {"core_id": 1}),
            (_box(0.8 * size, 0.1 * size, 0.9 * size, 0.2 * size), {"core_id": 2}),
            (_box(0.1 * size, 0.8 * size, 0.2 * size, 0.9 * size), {"core_id": 3})]),
        "protected": _polygons(gpkg, "parks", [(_box(0.05 * size, 0.05 * size, 0.3 * size, 0.3 * size),
                                                {"WDPAID": "1"})]),
        "crossing": _polygons(gpkg, "crossing_option", [(_box(0.1 * size, 0.4 * size, 0.2 * size, 0.6 * size),
                                                         {"name": "overpass"})]),
    }
    for layer in layers.values():
        assert layer.isValid()
    QgsProject.instance().addMapLayers(list(layers.values()))
    return layers


def _assign(dock, region) -> None:
    for role in ("landcover", "countries", "cores", "protected"):
        dock.role_combos[role].setLayer(region[role])
    dock.role_combos["barriers"].setLayer(None)
    dock.ui.fldCoreId.setField("core_id")


def _group(prefix: str):
    groups = [g for g in QgsProject.instance().layerTreeRoot().findGroups() if g.name().startswith(prefix)]
    assert len(groups) == 1, [g.name() for g in QgsProject.instance().layerTreeRoot().findGroups()]
    return groups[0], {node.layer().name(): node.layer() for node in groups[0].findLayers()}


def test_corridors_then_options_side_by_side(dock, qtbot, tmp_path, qgis_iface):
    region = _region(tmp_path, 200)
    _assign(dock, region)
    dock.ui.spinMaxDistance.setValue(30.0)
    if not _ran(dock, qtbot, qgis_iface, dock.run_corridors(), "neaspec:resistance", "neaspec:corridors"):
        return
    _, layers = _group("Corridors ")
    assert {"Corridor links", "Corridors", "Resistance"} <= set(layers)
    links = layers["Corridor links"]
    assert links.featureCount() == 3  # all three pairs lie within 30 km
    assert dock.ui.tableLinks.rowCount() == 3
    transboundary = [f["transboundary"] for f in links.getFeatures()]
    assert any(bool(t) for t in transboundary), "cores 1–2 lie in different countries"

    # the crossing is the option ticked; result layers are never offered as options
    assert dock.checked_options() == [region["crossing"].id()]
    offered = {dock.ui.listOptions.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dock.ui.listOptions.count())}
    assert not offered & {layer.id() for layer in layers.values()}
    if not _ran(dock, qtbot, qgis_iface, dock.run_compare(), "neaspec:compare_options"):
        return
    group, layers = _group("Options ")
    table = dock.ui.tableOptions
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert "crossing_option" in headers
    assert table.rowCount() == 3
    cell = table.item(0, headers.index("crossing_option")).text()
    assert float(cell.split(" ")[0].replace(",", "")) > 0  # least-cost distance, formatted
    # toggling the option on the map shows its change raster, the baseline hides it
    combo = dock.ui.cmbShowOption
    combo.setCurrentIndex(combo.findData("crossing_option"))
    rasters = [n for n in group.findLayers() if isinstance(n.layer(), QgsRasterLayer)]
    assert rasters and all(n.isVisible() for n in rasters if "crossing_option" in n.name())
    combo.setCurrentIndex(combo.findData(""))
    assert not any(n.isVisible() for n in rasters)


def test_pinch_points_after_a_corridor_run(dock, qtbot, tmp_path, qgis_iface):
    region = _region(tmp_path, 80)
    _assign(dock, region)
    dock.ui.spinMaxDistance.setValue(10.0)
    assert not dock.ui.btnRunPinch.isEnabled()  # offered only after a corridor run
    if not _ran(dock, qtbot, qgis_iface, dock.run_corridors(), "neaspec:resistance", "neaspec:corridors"):
        return
    assert dock.ui.btnRunPinch.isEnabled()
    if not _ran(dock, qtbot, qgis_iface, dock.run_pinchpoints(), "neaspec:pinchpoints"):
        return
    _, layers = _group("Pinch points ")
    assert {"Pinch points", "Current (circuit theory)", "Effective resistances"} <= set(layers)
    table = layers["Effective resistances"]
    _, links = _group("Corridors ")
    assert table.featureCount() == links["Corridor links"].featureCount() > 0
    assert all(float(f["resistance"]) > 0 for f in table.getFeatures())  # the CSV reads as text
    assert layers["Pinch points"].featureCount() > 0
    current = layers["Current (circuit theory)"]
    items = current.renderer().shader().rasterShaderFunction().colorRampItemList()
    from osgeo import gdal

    values = gdal.Open(current.source()).ReadAsArray()
    assert items[0].value == 0
    assert items[-1].value == pytest.approx(np.percentile(values[values > 0], 98))  # the ramp's stretch


def test_corridors_from_a_folder_of_worldcover_tiles(dock, qtbot, tmp_path, qgis_iface):
    """Corridors step with land-cover tiles (a folder of WorldCover-format tiles in lon/lat) instead of a layer."""
    import sys

    import pandas as pd
    import shapely

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from tiles_helpers import landscape, write_tiles

    from neaspec_planner.core.vector_io import write_vector

    write_tiles(tmp_path / "wc", landscape(240, seed=4, nodata_patch=False))
    gpkg = tmp_path / "cores.gpkg"
    write_vector(gpkg, np.array([shapely.box(131.983, 44.983, 131.99, 44.99),
                                 shapely.box(132.01, 45.01, 132.017, 45.017)], dtype=object),
                 pd.DataFrame({"core_id": [1, 2]}), "EPSG:4326", geometry_type="Polygon")
    cores = QgsVectorLayer(str(gpkg), "cores", "ogr")
    QgsProject.instance().addMapLayer(cores)
    for role in ("landcover", "countries", "protected", "barriers"):
        dock.role_combos[role].setLayer(None)
    dock.role_combos["cores"].setLayer(cores)
    dock.ui.fldCoreId.setField("core_id")
    dock.ui.spinMaxDistance.setValue(10.0)
    dock.ui.fileLandcoverTiles.setFilePath(str(tmp_path / "wc"))
    assert dock.settings()["landcover_tiles"] == str(tmp_path / "wc")
    if not _ran(dock, qtbot, qgis_iface, dock.run_corridors(), "neaspec:resistance", "neaspec:corridors"):
        return
    _, layers = _group("Corridors ")
    resistance = layers["Resistance"]
    assert resistance.crs().toProj().startswith("+proj=laea") and resistance.rasterUnitsPerPixelX() == 100
    assert layers["Corridor links"].featureCount() == 1
    dock.ui.fileLandcoverTiles.setFilePath(str(tmp_path / "nope"))
    assert dock.run_corridors() is None and "not found" in _bar_texts(qgis_iface)
    dock.ui.fileLandcoverTiles.setFilePath("")


def test_cancel_a_long_run_leaves_nothing(dock, qtbot, tmp_path, qgis_iface):
    region = _region(tmp_path, 3000)
    _assign(dock, region)
    dock.ui.spinMaxDistance.setValue(400.0)
    before = set(QgsProject.instance().mapLayers())
    groups = _groups()
    chain = dock.run_corridors()
    if not algorithm_available("neaspec:resistance"):
        assert chain is None and "not available in this build" in _bar_texts(qgis_iface)
        return
    folder = dock.run_folder
    qtbot.waitUntil(lambda: dock.ui.progressBar.value() > 0 or not dock.is_running(), timeout=TASK_TIMEOUT_MS)
    assert dock.is_running(), "the run should still be going"
    qtbot.mouseClick(dock.ui.btnCancel, Qt.MouseButton.LeftButton)
    _wait(qtbot, dock)
    assert set(QgsProject.instance().mapLayers()) == before
    assert _groups() == groups
    assert not folder.exists()
    assert "cancelled" in dock.ui.labelStatus.text()
    assert not dock.ui.btnCancel.isEnabled() and dock.ui.btnRunCorridors.isEnabled()


def test_monitoring_grid_on_the_synthetic_demo(dock, demo, qtbot, qgis_iface):
    """The camera-trap step on the demo's SYNTHETIC stations and detections across the RU–CN border."""
    roles = dock.settings()["roles"]
    assert roles["stations"] == demo["camera_stations"].id()
    assert roles["detections"] == demo["camera_detections"].id()
    assert roles["monitoring_area"] == demo["monitoring_area"].id()
    assert roles["habitat"] == demo["habitat"].id()  # the region's habitat layer keeps its role
    dock.ui.spinCellSize.setValue(5.0)
    if not _ran(dock, qtbot, qgis_iface, dock.run_monitoring(), "neaspec:monitoring_grid"):
        return
    _, layers = _group("Monitoring ")
    grid = layers["Monitoring grid"]
    assert grid.featureCount() > 100 and grid.fields().indexOf("occ_amur_leopard") >= 0
    assert set(grid.styleManager().styles()) == {"effort", "occupancy"}
    assert grid.styleManager().currentStyle() == "effort"
    shared = layers["Shared individuals"]
    assert shared.featureCount() > 0
    assert {f["countries"] for f in shared.getFeatures()} == {"CHN,RUS"}
    table = dock.ui.tableMonitoring
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert headers[:2] == ["country", "species"] and "shared_individuals" in headers
    countries = {table.item(i, 0).text() for i in range(table.rowCount())}
    assert {"CHN", "RUS"} <= countries


def test_ramsar_candidates_pick_and_package(dock, demo, qtbot, tmp_path, qgis_iface):
    if not _ran(dock, qtbot, qgis_iface, dock.run_ramsar(), "neaspec:ramsar_candidates"):
        return
    _, layers = _group("Ramsar candidates ")
    components = layers["Ramsar candidates"]
    candidates = sorted({f["candidate"] for f in components.getFeatures()})
    assert dock.ui.listCandidates.count() == len(candidates) > 0
    # the Tumen estuary candidate spans three Parties
    tumen = [i for i in range(dock.ui.listCandidates.count()) if "Tumen" in dock.ui.listCandidates.item(i).text()]
    assert tumen, [dock.ui.listCandidates.item(i).text() for i in range(dock.ui.listCandidates.count())]
    dock.ui.listCandidates.setCurrentRow(tumen[0])
    wanted = dock.ui.listCandidates.currentItem().data(Qt.ItemDataRole.UserRole)
    selected = components.selectedFeatures()
    assert selected and {f["candidate"] for f in selected} == {wanted}
    assert {f["party"] for f in selected} >= {"CHN", "PRK", "RUS"}
    text = dock.ui.textCandidate.toPlainText()
    assert "CHN" in text and "national component" in text
    # picking another candidate's component on the map selects it in the list
    other = next(f for f in components.getFeatures() if f["candidate"] != wanted)
    dock.pick_candidate_feature(other)
    assert dock.ui.listCandidates.currentItem().data(Qt.ItemDataRole.UserRole) == other["candidate"]

    # export the Tumen package
    dock.ui.listCandidates.setCurrentRow(tumen[0])
    assert dock.ui.cmbPackageCandidate.currentData() == wanted
    dock.ui.folderPackage.setFilePath(str(tmp_path / "package"))
    if not _ran(dock, qtbot, qgis_iface, dock.export_package(), "neaspec:ramsar_package"):
        return
    files = {p.suffix for p in (tmp_path / "package").rglob("*")}
    assert {".shp", ".kml", ".pdf"} <= files, dock.ui.labelStatus.text()


def test_export_map_and_report(dock, demo, qtbot, tmp_path, qgis_iface):
    chain = dock.run_overlap()
    if chain is None:
        assert "not available in this build" in _bar_texts(qgis_iface)
        return
    _wait(qtbot, dock)
    dock.ui.fileMap.setFilePath(str(tmp_path / "map.pdf"))
    _export(dock, qtbot, qgis_iface, dock.export_map, "neaspec:planning_map", tmp_path / "map.pdf", b"%PDF")
    dock.ui.fileReport.setFilePath(str(tmp_path / "report.xlsx"))
    _export(dock, qtbot, qgis_iface, dock.export_report, "neaspec:report", tmp_path / "report.xlsx", b"PK")


def _export(dock, qtbot, iface, export, alg_id: str, target: Path, magic: bytes) -> None:
    """Run an export button's action; the file must start with ``magic`` (or the algorithm be reported missing)."""
    if not _ran(dock, qtbot, iface, export(), alg_id):
        return
    assert target.exists(), dock.ui.labelStatus.text()
    assert target.read_bytes()[:len(magic)] == magic


def test_failure_goes_to_the_message_bar_with_details(dock, qtbot, tmp_path, qgis_iface):
    # a land-cover raster with a class no profile has (7): the algorithm refuses it with the list of classes
    # (a raster in degrees is reprojected since issue 16, so it no longer fails)
    path = tmp_path / "degrees.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 50, 50, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((130.0, 0.01, 0.0, 43.0, 0.0, -0.01))
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    ds.SetProjection(wgs84.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(np.full((50, 50), 7, dtype=np.uint8))
    ds = None
    region = _region(tmp_path, 50)
    _assign(dock, region)
    landcover = QgsRasterLayer(str(path), "degrees", "gdal")
    QgsProject.instance().addMapLayer(landcover)
    dock.role_combos["landcover"].setLayer(landcover)
    before = set(QgsProject.instance().mapLayers())
    chain = dock.run_corridors()
    if chain is None:
        assert "not available in this build" in _bar_texts(qgis_iface)
        return
    _wait(qtbot, dock)
    assert set(QgsProject.instance().mapLayers()) == before
    from qgis.gui import QgsMessageBarItem
    from qgis.PyQt.QtWidgets import QPushButton

    items = [i for i in qgis_iface.messageBar().findChildren(QgsMessageBarItem) if "Corridors" in i.text()]
    assert items and "failed" in items[-1].text()
    assert "missing from the cost table" in items[-1].text() or "project" in items[-1].text().lower()
    assert any(b.text() == "Details" for b in items[-1].findChildren(QPushButton))


def test_pipeline_model_validates_and_runs(plugin, qgis_new_project, tmp_path):  # noqa: ARG001
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingModelAlgorithm

    from neaspec_planner.paths import resource_path

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(resource_path("models", "neaspec_pipeline.model3")))
    ok, issues = model.validate()
    assert ok, issues
    assert {c.algorithmId() for c in model.childAlgorithms().values()} == {
        "neaspec:overlap", "neaspec:resistance", "neaspec:corridors"}
    corridors = model.childAlgorithm("corridors")
    source = corridors.parameterSources()["RESISTANCE"][0]
    assert source.outputChildId() == "resistance" and source.outputName() == "OUTPUT"

    region = _region(tmp_path, 200)
    params = {"habitat": region["cores"].source(), "habitat_field": "", "protected": region["protected"].source(),
              "countries": region["countries"].source(), "landcover": region["landcover"].source(),
              "profile": "amur_tiger", "cores": region["cores"].source(), "core_id": "core_id",
              "max_distance": 30000.0}
    outputs = {o.childId() + ":" + o.childOutputName(): name
               for child in model.childAlgorithms().values() for name, o in child.modelOutputs().items()}
    for key, name in outputs.items():
        raster = key.endswith(("resistance:OUTPUT", "CORRIDORS"))
        params[f"{key.split(':')[0]}:{name}"] = str(tmp_path / (key.replace(":", "_").lower()
                                                               + (".tif" if raster else ".gpkg")))
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    ok, message = model.checkParameterValues(params, context)
    assert ok, message
    results = processing.run(model, params, context=context, feedback=QgsProcessingFeedback())
    links = QgsVectorLayer(str(tmp_path / "corridors_links.gpkg"), "links", "ogr")
    assert links.isValid() and links.featureCount() == 3, results
    summary = QgsVectorLayer(str(tmp_path / "overlap_summary.gpkg"), "summary", "ogr")
    assert summary.isValid() and summary.featureCount() > 0


def test_unload_removes_the_dock_and_its_connections(plugin, qgis_iface, qgis_new_project, qtbot):  # noqa: ARG001
    from qgis.PyQt.QtWidgets import QDockWidget

    dock = plugin.dock
    assert dock in qgis_iface.mainWindow().findChildren(QDockWidget)
    dock.load_demo()
    plugin.unload()
    try:
        assert plugin.dock is None
        QgsApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not [d for d in qgis_iface.mainWindow().findChildren(QDockWidget)
                    if d.objectName() == "NeaspecPlannerDock"]
        # the project's signals no longer reach the deleted dock
        project = QgsProject.instance()
        project.addMapLayer(QgsVectorLayer("Polygon?crs=EPSG:4326&field=core_id:integer", "cores_new", "memory"))
        project.clear()
    finally:
        plugin.initGui()
    assert isinstance(plugin.dock, PlannerDock)


@pytest.mark.parametrize("language", ["ru", "mn", "zh"])
def test_no_horizontal_scroll_at_the_minimum_width(plugin, qgis_iface, qgis_new_project, qtbot, tmp_path, language):
    """At its minimum width (as on a 1366-px screen) no step of the dock needs a horizontal scroll bar, in the
    languages with the longest labels, with long layer names loaded; combo boxes shrink, their lists do not."""
    import shutil
    import subprocess

    from qgis.PyQt.QtCore import QTranslator
    from qgis.PyQt.QtWidgets import QScrollArea

    from neaspec_planner.paths import i18n_path

    qm = tmp_path / f"neaspec_planner_{language}.qm"
    subprocess.run([shutil.which("lrelease") or "lrelease", "-silent", str(i18n_path(f"neaspec_planner_{language}.ts")),
                    "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        long_name = "охраняемые_территории_Приморского_края_и_Хасанского_района_2026_WDPA_полигоны"
        layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", long_name, "memory")
        QgsProject.instance().addMapLayer(layer)
        dock = PlannerDock(qgis_iface)
        qtbot.addWidget(dock)
        dock.resize(dock.minimumWidth(), 700)
        dock.show()
        toolbox = dock.ui.steps
        for index in range(toolbox.count()):
            toolbox.setCurrentIndex(index)
            qtbot.wait(50)
            for area in toolbox.widget(index).findChildren(QScrollArea):
                assert area.horizontalScrollBar().maximum() == 0, (language, toolbox.itemText(index),
                                                                   area.objectName())
        combo = dock.role_combos["protected"]
        assert combo.width() < dock.width()
        assert combo.view().minimumWidth() > combo.fontMetrics().horizontalAdvance(long_name) // 2
        dock.close_tasks()
        dock.deleteLater()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_loading_the_demo_writes_nothing_beside_its_rasters(dock):
    """QGIS computes statistics when it loads a raster; GDAL would keep them in ``<raster>.aux.xml`` beside the
    plugin's own data when the layer closes. Loading the demo and closing it leaves the folder as it was."""
    import gc

    from neaspec_planner.paths import resource_path

    folder = resource_path("demo")
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    layers = dock.load_demo()
    assert any(isinstance(layer, QgsRasterLayer) for layer in layers)
    QgsProject.instance().clear()  # the layers and their GDAL datasets close here
    del layers
    gc.collect()
    QCoreApplication.processEvents()
    after = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    assert after == before
