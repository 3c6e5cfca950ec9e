"""The common edges of the ``neaspec:`` algorithms: the output set (all outputs or none), the one style resolver,
the post-processors released once they have run, and every result's warnings reported the same way."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from neaspec_planner.core.vector_io import read_vector, write_table, write_vector
from neaspec_planner.paths import resource_path
from neaspec_planner.processing.outputs import OutputSet, OutputStyle, apply_style, style_file

X0, Y0 = 4_000_000.0, 3_000_000.0


def box(x0, y0, x1, y1):
    return shapely.box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


class Collect(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.infos: list[str] = []
        self.warnings: list[str] = []

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)
        super().pushWarning(warning)


@pytest.fixture
def patches(tmp_path: Path) -> str:
    path = tmp_path / "patches.gpkg"
    write_vector(path, np.array([box(0, 0, 100, 100), box(200, 0, 300, 100)], dtype=object),
                 pd.DataFrame({"pid": [1, 2]}), "EPSG:3035", "patches")
    return str(path)


def hidden_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".neaspec-*"))


# ------------------------------------------------------------------------------------------------ output set
def test_output_set_renames_every_file_into_place_only_on_commit(tmp_path):
    out = tmp_path / "out"
    outputs = OutputSet()
    table = pd.DataFrame({"a": [1, 2, 3]})
    written = outputs.write(write_table, out / "t.gpkg", table, "t")
    shp = outputs.write(write_vector, out / "p.shp", np.array([shapely.box(0, 0, 1, 1)], dtype=object),
                        pd.DataFrame({"name": ["x"]}), "EPSG:3035", "p", "Polygon")
    assert written == str(out / "t.gpkg")
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == []  # nothing at the targets yet
    assert outputs.commit() == [str(out / "t.gpkg"), str(out / "p.shp")]
    assert read_vector(str(out / "t.gpkg")).attributes["a"].tolist() == [1, 2, 3]
    assert {p.suffix for p in out.glob("p.*")} >= {".shp", ".shx", ".dbf", ".prj"}  # the shapefile's parts too
    assert read_vector(shp).attributes["name"].tolist() == ["x"]
    assert hidden_leftovers(out) == []


def test_output_set_rollback_leaves_the_targets_as_they_were(tmp_path):
    old = tmp_path / "t.gpkg"
    write_table(old, pd.DataFrame({"a": [9]}), "t")
    before = old.read_bytes()
    outputs = OutputSet()
    folder = outputs.folder(tmp_path / "new" / "changes")
    outputs.write(write_table, old, pd.DataFrame({"a": [1, 2]}), "t")
    outputs.write(write_table, folder / "c.gpkg", pd.DataFrame({"a": [1]}), "c")
    outputs.rollback()
    assert old.read_bytes() == before
    assert not (tmp_path / "new").exists()  # the folders it created are removed again when left empty
    assert hidden_leftovers(tmp_path) == []


def test_an_output_that_fails_leaves_no_partial_set(run_alg, patches, tmp_path):
    """connectivity writes NODES, LINKS, then SUMMARY; SUMMARY fails (unknown format): NODES keeps the file it had
    before the run, LINKS is not created, no temporary file is left."""
    out = tmp_path / "out"
    out.mkdir()
    write_table(out / "nodes.gpkg", pd.DataFrame({"previous": [1]}), "previous")
    before = (out / "nodes.gpkg").read_bytes()
    with pytest.raises(QgsProcessingException, match="Unsupported output format"):
        run_alg("neaspec:connectivity", {
            "PATCHES": patches, "PATCH_ID": "pid", "MEDIAN_DISTANCE": 100.0,
            "NODES": str(out / "nodes.gpkg"), "LINKS": str(out / "links.gpkg"), "SUMMARY": str(out / "summary.xyz")})
    assert (out / "nodes.gpkg").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["nodes.gpkg"]


def test_a_cancel_after_the_analysis_writes_nothing(run_alg, patches, tmp_path):
    class CancelWhenDone(QgsProcessingFeedback):
        def __init__(self) -> None:
            super().__init__()
            self.progressChanged.connect(lambda value: self.cancel() if value >= 100 else None)

    out = tmp_path / "out"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg("neaspec:connectivity", {
            "PATCHES": patches, "PATCH_ID": "pid", "MEDIAN_DISTANCE": 100.0,
            "NODES": str(out / "nodes.gpkg"), "LINKS": str(out / "links.gpkg"),
            "SUMMARY": str(out / "summary.gpkg")}, feedback=CancelWhenDone())
    assert not out.exists() or list(out.iterdir()) == []


# ------------------------------------------------------------------------------------------------ styles
def test_one_style_resolver():
    qml = resource_path("styles", "overlap_gaps.qml")
    assert qml.is_file()
    assert style_file("overlap_gaps") == qml
    assert style_file("overlap_gaps.qml") == qml
    assert style_file("no_such_style", "overlap_gaps") == qml  # the first that exists
    assert style_file(str(qml)) == qml  # an absolute path as it is
    assert style_file("no_such_style", "") is None


def test_apply_style_loads_the_bundled_file(patches):
    layer = QgsVectorLayer(patches, "p", "ogr")
    assert not apply_style(layer, "no_such_style")
    default = layer.renderer().type()
    assert apply_style(layer, "no_such_style", "habitat")
    import xml.etree.ElementTree as ET

    expected = ET.parse(resource_path("styles", "habitat.qml")).getroot().find("renderer-v2").get("type")
    assert layer.renderer().type() == expected != default


def test_post_processors_are_released_once_they_have_run(patches):
    """``OutputStyle.keep`` holds a post-processor only until Processing has run it (or replaced it)."""
    OutputStyle.keep.clear()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.addLayerToLoadOnCompletion(patches, QgsProcessingContext.LayerDetails("p", QgsProject.instance(), "P"))
    OutputStyle.attach(context, patches, "overlap_gaps.qml")
    OutputStyle.attach(context, patches, "overlap_protected.qml")  # replaces the first: only one kept
    assert len(OutputStyle.keep) == 1
    processor = context.layerToLoadOnCompletionDetails(patches).postProcessor()
    layer = QgsVectorLayer(patches, "p", "ogr")
    processor.postProcessLayer(layer, context, QgsProcessingFeedback())
    assert OutputStyle.keep == []
    OutputStyle.attach(context, str(Path(patches).with_name("not_loaded.gpkg")), "overlap_gaps.qml")
    assert OutputStyle.keep == []  # an output the run will not load gets none


# ------------------------------------------------------------------------------------------------ results
def test_every_result_reports_its_warnings_as_warnings(run_alg, tmp_path):
    """A core warning (here connectivity's single patch) reaches the log as a warning; a core message shown
    while the core ran is not shown a second time."""
    single = tmp_path / "single.gpkg"
    write_vector(single, np.array([box(0, 0, 100, 100)], dtype=object), pd.DataFrame({"pid": [1]}), "EPSG:3035",
                 "single")
    feedback = Collect()
    out = tmp_path / "out"
    run_alg("neaspec:connectivity", {
        "PATCHES": str(single), "PATCH_ID": "pid", "MEDIAN_DISTANCE": 100.0, "NODES": str(out / "n.gpkg"),
        "LINKS": str(out / "l.gpkg"), "SUMMARY": str(out / "s.gpkg")}, feedback=feedback)
    assert any("a single patch" in w for w in feedback.warnings), feedback.warnings
    reach = [m for m in feedback.infos if "pairs within reach for PC" in m]  # a core message, logged as it ran
    assert len(reach) == 1, feedback.infos
