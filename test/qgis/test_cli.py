"""The headless pipeline as users run it: ``python -m neaspec_planner demo|run`` in a subprocess (system Python with
the environment the Makefile sets), complete outputs or none, one-line errors with exit code 2."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from osgeo import gdal, ogr

from neaspec_planner.paths import resource_path
from neaspec_planner.workflow import algorithm_available

ROOT = Path(__file__).resolve().parents[2]
PYTHON = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable

#: algorithm → the demo outputs it must produce (relative to --out)
DEMO_OUTPUTS = {
    "neaspec:overlap": ["overlap/overlap_summary.csv", "overlap/overlap_gaps.gpkg", "overlap/overlap_protected.gpkg"],
    "neaspec:resistance": ["resistance/resistance_tumen.tif", "resistance/resistance_altai.tif"],
    "neaspec:corridors": ["corridors/tumen_links.gpkg", "corridors/tumen_gaps.gpkg", "corridors/altai_links.gpkg"],
    "neaspec:compare_options": ["options/options_comparison.csv"],
    "neaspec:pinchpoints": ["pinchpoints/tumen_resistances.csv", "pinchpoints/tumen_current.tif",
                            "pinchpoints/tumen_pinches.gpkg"],
    "neaspec:ramsar_candidates": ["ramsar/ramsar_candidates.gpkg", "ramsar/ramsar_candidates_summary.csv"],
    "neaspec:ramsar_package": ["ramsar/package"],
    "neaspec:monitoring_grid": ["monitoring/monitoring_grid.gpkg", "monitoring/monitoring_summary.csv",
                                "monitoring/shared_individuals.csv"],
    "neaspec:protconn": ["protconn/protconn_summary.csv", "protconn/protconn_nodes.gpkg"],
    "neaspec:connectivity": ["connectivity/flyway_nodes.gpkg", "connectivity/flyway_links.gpkg",
                             "connectivity/flyway_summary.csv"],
    "neaspec:planning_map": ["planning_map.pdf", "monitoring/monitoring_map.pdf"],
    "neaspec:report": ["report.xlsx", "report.html", "monitoring/monitoring_report.html"],
}


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update({"NEASPEC_PLANNER_DEPS": str(ROOT / ".deps"), "QT_QPA_PLATFORM": "offscreen",
                "PYTHONPATH": f"{ROOT}:/usr/share/qgis/python/plugins"})
    return subprocess.run([PYTHON, "-m", "neaspec_planner", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=900)


def _rows(path: Path) -> list[dict]:
    ds = ogr.Open(str(path))
    assert ds is not None, path
    layer = ds.GetLayer(0)
    return [f.items() for f in layer]


#: The folders of the demo's input layers, listed before and after the demo run (name → size, mtime).
DEMO_INPUT_LISTINGS: dict = {}


def _input_folders() -> list[Path]:
    from neaspec_planner.pipeline import demo_config, load_workshop

    workshop = load_workshop(demo_config())
    return sorted({Path(source.split("|", 1)[0]).parent for source in workshop.layers.values()})


def _listing(folder: Path) -> dict:
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()}


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory, plugin):  # noqa: ARG001 - the plugin registers the algorithms of this build
    out = tmp_path_factory.mktemp("cli") / "demo"
    folders = _input_folders()
    DEMO_INPUT_LISTINGS["before"] = {str(f): _listing(f) for f in folders}
    result = run_cli("demo", "--out", str(out))
    DEMO_INPUT_LISTINGS["after"] = {str(f): _listing(f) for f in folders}
    return out, result


def test_demo_produces_the_outputs_of_this_build(demo_run):
    out, result = demo_run
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    statuses = {s["algorithm"]: s["status"] for s in manifest["steps"]}
    assert set(statuses) == set(DEMO_OUTPUTS)
    for alg_id, outputs in DEMO_OUTPUTS.items():
        if algorithm_available(alg_id):
            assert statuses[alg_id] == "done", (alg_id, result.stdout)
            for rel in outputs:
                assert (out / rel).exists(), f"{alg_id} did not write {rel}"
        else:
            assert statuses[alg_id] == "not available"
            assert f"({alg_id}): not available in this build" in result.stdout
            for rel in outputs:
                assert not (out / rel).exists()
    # progress went to the terminal, and nothing but the final outputs is left beside the folder
    assert "%" in result.stdout or not any(algorithm_available(a) for a in DEMO_OUTPUTS)
    assert [p.name for p in out.parent.iterdir()] == ["demo"]


def test_demo_outputs_are_real(demo_run):
    out, result = demo_run
    assert result.returncode == 0, result.stderr
    if algorithm_available("neaspec:protconn"):
        rows = {r["country"]: r for r in _rows(out / "protconn/protconn_summary.csv")}
        assert set(rows) == {"CHN", "MNG", "PRK", "RUS"}
        for r in rows.values():
            prot, protconn, bound = (float(r[k]) for k in ("prot", "protconn", "protconn_bound"))
            assert 0 < protconn <= bound <= prot + 1e-9
    if algorithm_available("neaspec:connectivity"):
        rows = {r["metric"]: r for r in _rows(out / "connectivity/flyway_summary.csv")}
        parts = sum(float(rows["PC"][k]) for k in ("intra_pct", "direct_pct", "step_pct"))
        assert abs(parts - 100.0) < 1e-6 and int(rows["PC"]["n_nodes"]) == 10
    if algorithm_available("neaspec:overlap"):
        rows = _rows(out / "overlap/overlap_summary.csv")
        assert rows and {"habitat", "country", "habitat_ha", "protected_ha", "protected_pct", "gap_ha"} <= set(rows[0])
        countries = {r["country"] for r in rows}
        assert {"CHN", "RUS"} <= countries
        for r in rows:
            habitat, protected, gap = (float(r[k]) for k in ("habitat_ha", "protected_ha", "gap_ha"))
            assert habitat > 0 and abs(habitat - protected - gap) <= 0.01 * habitat + 1
    if algorithm_available("neaspec:resistance"):
        ds = gdal.Open(str(out / "resistance/resistance_tumen.tif"))
        band = ds.GetRasterBand(1)
        assert band.DataType == gdal.GDT_Float32
        assert band.ComputeRasterMinMax(False)[0] >= 1.0
    if algorithm_available("neaspec:corridors"):
        links = _rows(out / "corridors/tumen_links.gpkg")
        assert links, "the Tumen cores must be linked"
        assert all(float(r["lcd"]) > 0 for r in links)
    if algorithm_available("neaspec:pinchpoints"):
        resistances = _rows(out / "pinchpoints/tumen_resistances.csv")
        links = _rows(out / "corridors/tumen_links.gpkg")
        assert len(resistances) == len(links) and all(float(r["resistance"]) > 0 for r in resistances)
        pinches = _rows(out / "pinchpoints/tumen_pinches.gpkg")
        assert pinches and all(float(r["area_ha"]) > 0 for r in pinches)
        assert {r["country"] for r in pinches} & {"CHN", "RUS", "PRK"}
    if algorithm_available("neaspec:planning_map"):
        assert (out / "planning_map.pdf").read_bytes()[:4] == b"%PDF"
    if algorithm_available("neaspec:report"):
        assert (out / "report.xlsx").read_bytes()[:2] == b"PK"
        assert "<html" in (out / "report.html").read_text(encoding="utf-8").lower()
    if algorithm_available("neaspec:monitoring_grid"):  # the synthetic camera-trap demo across the border
        summary = _rows(out / "monitoring/monitoring_summary.csv")
        assert {("CHN", "Amur leopard"), ("RUS", "Amur leopard")} <= {(r["country"], r["species"]) for r in summary}
        assert all(int(r["cells_surveyed"]) > 0 for r in summary if r["country"] in ("CHN", "RUS"))
        shared = _rows(out / "monitoring/shared_individuals.csv")
        assert shared and all(r["countries"] == "CHN,RUS" for r in shared)
        assert "camera_detections line 3201: duplicate of line 5" in result.stdout
    if algorithm_available("neaspec:ramsar_package"):
        files = [p.suffix for p in (out / "ramsar/package").rglob("*")]
        assert {".shp", ".kml", ".pdf"} <= set(files)


# --- issue 19: a map per study area, nothing written beside the inputs ---------------------------------------
#: main_map of the bundled A4 landscape template (resources/layouts/a4_landscape.qpt), mm on a 297 × 210 page
MAIN_MAP_MM = (15.5, 30.7346, 195.5, 163.765)


def _page_png(pdf: Path, page: int, folder: Path, dpi: int = 60):
    """Page ``page`` of ``pdf`` rendered by poppler (independent of QGIS) as an RGB array."""
    import numpy as np
    from PIL import Image

    stem = folder / f"page{page}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-png", str(pdf),
                    str(stem)], check=True)
    return np.asarray(Image.open(f"{stem}.png").convert("RGB")).astype(int)


def _outline_box(rgb, dpi: int = 60):
    """Bounding box (pixels, inside the main map frame) of the magenta study-area outlines, and the frame."""
    import numpy as np

    px = dpi / 25.4
    x0, y0, w, h = MAIN_MAP_MM
    frame = (round(x0 * px) + 2, round(y0 * px) + 2, round((x0 + w) * px) - 2, round((y0 + h) * px) - 2)
    inside = rgb[frame[1]:frame[3], frame[0]:frame[2]]
    magenta = (inside[..., 0] > 150) & (inside[..., 1] < 70) & (inside[..., 2] > 150)
    rows, cols = np.nonzero(magenta)
    assert rows.size > 20, "no study-area outline on the page"
    return (cols.min(), rows.min(), cols.max(), rows.max()), (frame[2] - frame[0], frame[3] - frame[1])


def test_demo_planning_map_has_a_page_per_study_area(demo_run, tmp_path):
    out, result = demo_run
    assert result.returncode == 0, result.stderr
    if not algorithm_available("neaspec:planning_map"):
        assert not (out / "planning_map.pdf").exists()
        return
    pdf = out / "planning_map.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 3
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout.split("\f")
    assert text[0].startswith("Transboundary planning: Tumen River and Altai")  # the overview comes first
    assert text[1].startswith("Tumen\n") and text[2].startswith("Altai\n")  # then one page per area, by name
    for page_text in text[:3]:  # one legend entry per kind of layer (not one per study area)
        assert page_text.count("Corridor links") <= 1, page_text
    assert text[0].count("Corridor links") == 1
    for page in (2, 3):  # each area held by its page's map, at a scale where it fills at least half of it
        (bx0, by0, bx1, by1), (fw, fh) = _outline_box(_page_png(pdf, page, tmp_path))
        assert bx0 > 0 and by0 > 0 and bx1 < fw - 1 and by1 < fh - 1, "the study area runs off its map"
        assert min(fw / (bx1 - bx0 + 1), fh / (by1 - by0 + 1)) <= 2.0, "the map shows more than twice the area"
    (bx0, by0, bx1, by1), (fw, fh) = _outline_box(_page_png(pdf, 1, tmp_path))  # overview: both areas inside
    assert bx0 > 0 and by0 > 0 and bx1 < fw - 1 and by1 < fh - 1
    assert (bx1 - bx0) > 0.3 * fw, "the overview should show both Tumen and Altai, 2,500 km apart"


def test_demo_writes_nothing_beside_its_inputs(demo_run):
    out, result = demo_run
    assert result.returncode == 0, result.stderr
    before, after = DEMO_INPUT_LISTINGS["before"], DEMO_INPUT_LISTINGS["after"]
    assert before.keys() == after.keys() and before
    for folder in before:
        assert after[folder] == before[folder], f"files appeared beside the inputs in {folder}: " \
            f"{sorted(set(after[folder]) - set(before[folder]))}"
        assert not [name for name in after[folder] if name.endswith(".aux.xml")]


def _small_workshop(folder: Path, extra: str = "") -> Path:
    demo = resource_path("demo")
    toml = folder / "small.toml"
    toml.write_text(f"""
[workshop]
title = "Small"
[layers]
habitat = "{demo}/neaspec_demo.gpkg|layername=habitat"
protected_areas = "{demo}/neaspec_demo.gpkg|layername=protected_areas"
countries = "{demo}/neaspec_demo.gpkg|layername=countries"
[overlap]
habitat_field = "habitat"
[outputs]
planning_map = ""
report = []
{extra}
""", encoding="utf-8")
    return toml


def test_run_twice_replaces_the_outputs(demo_run, tmp_path):
    out, first = demo_run
    assert first.returncode == 0, first.stderr
    (out / "stale.txt").write_text("from an earlier run")
    config = _small_workshop(tmp_path)
    for _ in range(2):
        result = run_cli("run", str(config), "--out", str(out))
        assert result.returncode == 0, result.stderr
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        assert [s["step"] for s in manifest["steps"]] == ["overlap"]
        assert not (out / "stale.txt").exists()
        assert sorted(p.name for p in out.parent.iterdir()) == ["demo"]
    if algorithm_available("neaspec:overlap"):
        assert (out / "overlap/overlap_summary.csv").exists()
    else:
        assert "not available in this build" in result.stdout


@pytest.mark.parametrize(("body", "words"), [
    ("[workshop\ntitle = 'x'", "not a valid TOML file"),
    ("[workshop]\ntitel = 'x'", "unknown key(s) titel"),
    ("[scenarios]\nx = 1", "unknown section(s) scenarios"),
    ("[layers]\nhabitat = 'missing.gpkg|layername=habitat'", "layer 'habitat': file not found"),
    ("[overlap]\nhabitat = 'habitat'", "layer 'habitat' is not defined in [layers]"),
])
def test_bad_workshop_file_exits_2_with_one_line(tmp_path, body, words):
    config = tmp_path / "bad.toml"
    config.write_text(body, encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("run", str(config), "--out", str(out))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ") and words in lines[0]
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.toml"]


def test_missing_workshop_file_and_foreign_folder(tmp_path):
    result = run_cli("run", str(tmp_path / "nope.toml"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and "workshop file not found" in result.stderr
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "thesis.docx").write_text("keep me")
    result = run_cli("run", str(_small_workshop(tmp_path)), "--out", str(foreign))
    assert result.returncode == 2 and "not written by NEASPEC Planner" in result.stderr
    assert (foreign / "thesis.docx").read_text() == "keep me"


def test_failing_step_leaves_the_earlier_outputs(tmp_path, plugin):  # noqa: ARG001
    """An algorithm rejecting its input mid-run: exit 2, one line, the previous outputs untouched, no leftovers."""
    out = tmp_path / "out"
    config = _small_workshop(tmp_path)
    assert run_cli("run", str(config), "--out", str(out)).returncode == 0
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    raster = tmp_path / "degrees.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(raster), 20, 20, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((130.0, 0.01, 0.0, 43.0, 0.0, -0.01))
    ds.SetProjection('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],'
                     'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4326"]]')
    ds.GetRasterBand(1).Fill(7)  # a class no profile has (lon/lat rasters are reprojected since issue 16)
    ds = None
    demo = resource_path("demo")
    bad = tmp_path / "bad.toml"
    bad.write_text(config.read_text(encoding="utf-8").replace("[outputs]", """
[[corridors]]
name = "degrees"
cores = "cores"
landcover = "landcover"
[outputs]""").replace("[layers]", f"""[layers]
cores = "{demo}/neaspec_demo.gpkg|layername=cores_tumen"
landcover = "{raster}"
"""), encoding="utf-8")
    result = run_cli("run", str(bad), "--out", str(out))
    if not algorithm_available("neaspec:resistance"):
        assert result.returncode == 0 and "resistance degrees (neaspec:resistance): not available" in result.stdout
        return
    assert result.returncode == 2, result.stdout
    lines = [ln for ln in result.stderr.splitlines() if ln.strip() and not ln.startswith("proj_create")]
    assert len(lines) == 1 and lines[0].startswith("error: resistance degrees:"), result.stderr
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before
    # (GDAL may leave a degrees.tif.aux.xml statistics file beside the input; that is not an output)
    left = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".aux.xml"))
    assert left == ["bad.toml", "degrees.tif", "out", "small.toml"]


def test_workshop_with_worldcover_tiles(tmp_path, plugin):  # noqa: ARG001
    """[layers] may give land cover as a list of tiles or a folder; [[corridors]] takes cell_size and aggregate."""
    import numpy as np
    import pandas as pd
    import shapely

    sys.path.insert(0, str(ROOT / "test" / "core"))
    from tiles_helpers import landscape, write_tiles

    from neaspec_planner.core.vector_io import write_vector
    from neaspec_planner.pipeline import load_workshop, plan

    paths = write_tiles(tmp_path / "worldcover", landscape(240, seed=3, nodata_patch=False))
    cores = tmp_path / "cores.gpkg"
    write_vector(cores, np.array([shapely.box(131.983, 44.983, 131.99, 44.99), shapely.box(132.01, 45.01, 132.017,
                                                                                         45.017)], dtype=object),
                 pd.DataFrame({"core_id": [1, 2]}), "EPSG:4326", geometry_type="Polygon")
    tiles = ", ".join(f'"{p}"' for p in sorted(paths.values()))
    config = tmp_path / "tiles.toml"
    config.write_text(f"""
[workshop]
title = "Tiles"
[layers]
cores = "{cores}"
worldcover = [{tiles}]
[[corridors]]
name = "tiles"
cores = "cores"
landcover = "worldcover"
cell_size = 100
aggregate = "mean"
max_distance = 10000
countries = ""
protected = ""
[outputs]
planning_map = ""
report = []
""", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("run", str(config), "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Memory budget" in result.stdout
    ds = gdal.Open(str(out / "resistance" / "resistance_tiles.tif"))
    assert ds.GetGeoTransform()[1] == 100 and "Lambert" in ds.GetProjection()
    ds = None
    assert (out / "corridors" / "tiles_links.gpkg").exists()
    # the folder form plans the same step
    config.write_text(config.read_text(encoding="utf-8").replace(f"[{tiles}]", f'"{tmp_path / "worldcover"}"'),
                      encoding="utf-8")
    step = plan(load_workshop(config), tmp_path / "plan")[0]
    assert step.params["LANDCOVER"] == str(tmp_path / "worldcover") and step.params["CELL_SIZE"] == 100
    bad = tmp_path / "bad.toml"
    bad.write_text(config.read_text(encoding="utf-8").replace('aggregate = "mean"', 'aggregate = "median"'),
                   encoding="utf-8")
    result = run_cli("run", str(bad), "--out", str(tmp_path / "o2"))
    assert result.returncode == 2 and "aggregate must be 'mean' or 'mode'" in result.stderr
