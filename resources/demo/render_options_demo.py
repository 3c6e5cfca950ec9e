"""Render docs/img/options_demo.png: the demo's Tumen corridors without and with the Kraskino–Hunchun overpass.

Runs the demo workshop's resistance (amur_tiger, roads as barriers) and compare_options (crossings_tumen) with
the core functions and the parameters of resources/demo/workshop_demo.toml, then renders two QGIS map panels
around the crossing: the baseline corridors and least-cost paths, and the option's change raster (grey: corridor
in both, red: lost, green: gained) with the option's paths. Run from the repository root:

    NEASPEC_PLANNER_DEPS=$PWD/.deps QT_QPA_PLATFORM=offscreen \\
    PYTHONPATH=$PWD:/usr/share/qgis/python/plugins .venv/bin/python resources/demo/render_options_demo.py
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from neaspec_planner import deps  # noqa: E402

deps.ensure_on_path()

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

EXTENT_LL = (130.38, 42.58, 130.92, 42.99)  # lon/lat: Jingxin core (6), the overpass, Hunchun core (3)


def compute(tmp: Path) -> pd.DataFrame:
    """Resistance + options as in the demo workshop; writes the rasters and paths the map shows into ``tmp``."""
    from neaspec_planner.core.options import Option, compare_options
    from neaspec_planner.core.raster_io import write_raster
    from neaspec_planner.core.resistance import build_resistance
    from neaspec_planner.core.vector_io import read_vector, write_vector
    from neaspec_planner.pipeline import demo_config, load_workshop

    ws = load_workshop(demo_config())
    c = next(c for c in ws.corridors if c["name"] == ws.options["corridor"])
    lay = ws.layers
    width = float(c["corridor_width"] or 100_000.0)  # the corridors tool's default when the workshop leaves it
    kwargs = {"barrier_width": float(c["barrier_width"])} if c["barrier_width"] else {}
    build_resistance(lay[c["landcover"]], tmp / "baseline.tif", c["profile"], barriers=read_vector(lay[c["barriers"]]),
                     **kwargs)
    name = ws.options["layers"][0]
    result = compare_options(read_vector(lay[c["cores"]]), c["core_id"], tmp / "baseline.tif",
                             [Option(name, layer=read_vector(lay[name], name=name))], float(c["max_distance"]), width,
                             countries=read_vector(lay[c["countries"]]), protected=read_vector(lay[c["protected"]]),
                             keep_runs=True)
    base, opt = result.runs["baseline"], result.runs[name]
    write_raster(tmp / "corridor_baseline.tif", base.corridor_mask.astype(np.uint8), result.transform, result.crs,
                 nodata=0)
    write_raster(tmp / "changes.tif", result.changes[name], result.transform, result.crs, nodata=-9999)
    for key, run in (("baseline", base), ("option", opt)):
        keep = np.array([g is not None for g in run.link_geometry])
        links = run.links.loc[keep, ["from_id", "to_id", "lcd"]].reset_index(drop=True)
        write_vector(tmp / f"paths_{key}.gpkg", np.asarray(run.link_geometry, dtype=object)[keep], links,
                     result.crs, "paths", "LineString")
    return result.table


def render(tmp: Path, table: pd.DataFrame, out: Path) -> None:
    from demo_project import FONT, ROAD_STYLE, WORLDCOVER, categorized, fill, label, legend, render, vector
    from qgis.core import (
        QgsApplication,
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsLineSymbol,
        QgsPalettedRasterRenderer,
        QgsPalLayerSettings,
        QgsProject,
        QgsRasterLayer,
        QgsRectangle,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QRectF, QSize, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

    app = QgsApplication.instance()
    own_app = app is None
    if own_app:
        app = QgsApplication([], False)
        app.initQgis()
    gpkg = HERE / "neaspec_demo.gpkg"
    keep: list = []

    def raster(path: Path, classes: list, opacity: float) -> QgsRasterLayer:
        r = QgsRasterLayer(str(path), path.stem)
        if not r.isValid():
            raise RuntimeError(f"cannot load {path}")
        r.setRenderer(QgsPalettedRasterRenderer(r.dataProvider(), 1, [
            QgsPalettedRasterRenderer.Class(v, QColor(col), lab) for v, col, lab in classes]))
        r.renderer().setOpacity(opacity)
        keep.append(r)
        return r

    def lines(path: Path, colour: str, width: float, style: str = "solid") -> QgsVectorLayer:
        layer = QgsVectorLayer(f"{path}|layername=paths", path.stem, "ogr")
        layer.renderer().setSymbol(QgsLineSymbol.createSimple({"line_color": colour, "line_width": str(width),
                                                               "line_style": style}))
        keep.append(layer)
        return layer

    from neaspec_planner.core.raster_io import read_raster

    change_data = read_raster(str(tmp / "changes.tif"))
    changes_array = change_data.array
    cell_ha = abs(change_data.transform[1] * change_data.transform[5]) / 1e4
    landcover = raster(HERE / "landcover_tumen.tif", [(v, c, lab) for v, lab, c in WORLDCOVER], 0.55)
    corridor = raster(tmp / "corridor_baseline.tif", [(1, "#9e9e9e", "corridor")], 0.8)
    changes = raster(tmp / "changes.tif", [(0, "#9e9e9e", "both"), (1, "#00c853", "gained"), (-1, "#d50000", "lost")],
                     0.8)
    roads = vector(gpkg, "roads", "roads")
    categorized(roads, "highway", [
        (k, QgsLineSymbol.createSimple({"line_color": c, "line_width": str(w * 1.6)}
                                       | ({"line_style": "dash"} if k == "fence" else {})), k)
        for k, (c, w) in ROAD_STYLE.items()])
    cores = vector(gpkg, "cores_tumen", "cores")
    cores.renderer().setSymbol(fill("#d7301f", 0.0, "#7f0000", 0.8))
    label(cores, "\"core_id\"", 14, "#7f0000", True)
    crossing = vector(gpkg, "crossings_tumen", "crossing")
    crossing.renderer().setSymbol(fill("#ffff00", 1.0, "#ffff00", 1.6))  # thick outline: visible at this scale
    label(crossing, "'overpass'", 12, "#000000", True)
    settings = crossing.labeling().settings()
    settings.placement = QgsPalLayerSettings.Placement.AroundPoint
    settings.dist = 4.0
    crossing.labeling().setSettings(settings)
    keep += [roads, cores, crossing]
    base_paths = lines(tmp / "paths_baseline.gpkg", "#a50026", 0.9, "dash")
    opt_paths = lines(tmp / "paths_option.gpkg", "#08519c", 1.0)

    crs = QgsCoordinateReferenceSystem(landcover.crs())
    project = QgsProject.instance()
    extent = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, project) \
        .transformBoundingBox(QgsRectangle(*EXTENT_LL))

    width, height = 1800, 1080
    img = QImage(width, height, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    title_font = QFont(FONT, 15)
    title_font.setBold(True)
    panels = [
        ("Baseline: Kraskino–Hunchun road fenced, no crossing", QRectF(10, 50, 885, 760),
         [cores, crossing, base_paths, roads, corridor, landcover]),
        ("Option crossings_tumen: wildlife overpass (yellow)", QRectF(905, 50, 885, 760),
         [cores, crossing, opt_paths, base_paths, roads, changes, landcover]),
    ]
    for title, rect, layers in panels:
        p.drawImage(rect, render(layers, crs, extent, QSize(int(rect.width()), int(rect.height())), project, "white"))
        p.setPen(QPen(QColor("#333333"), 1.5))
        p.drawRect(rect)
        p.setFont(title_font)
        p.drawText(QRectF(rect.x(), rect.y() - 40, rect.width(), 36),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    entries = [("fill", "#9e9e9e", "Corridor (baseline; right: in both)"),
               ("line", "#a50026", "Baseline least-cost path (dashed)"),
               ("fill", "#00c853", "Corridor gained with the overpass"),
               ("fill", "#d50000", "Corridor lost with the overpass"), ("line", "#08519c", "Option least-cost path"),
               ("line", ROAD_STYLE["primary"][0], "Road (barrier)"), ("line", ROAD_STYLE["fence"][0],
                                                                      "Roadside fence (dashed)"),
               ("fill", "#ffff00", "Wildlife overpass (option)"), ("line", "#7f0000", "Core area (id)")]
    p.setFont(QFont(FONT, 11))
    legend(p, entries, 20, 830, 380, 28, 5)
    rows = table[table["option"] != "baseline"].sort_values("lcd_change_pct").head(4)
    base = table[table["option"] == "baseline"].set_index("link")["lcd"]
    p.setFont(QFont(FONT, 11, QFont.Weight.Bold))
    p.drawText(QRectF(800, 830, 980, 28), Qt.AlignmentFlag.AlignVCenter,
               "Least-cost distance (cost × m), baseline → with the overpass")
    p.setFont(QFont(FONT, 11))
    for i, (_, r) in enumerate(rows.iterrows()):
        p.drawText(QRectF(800, 858 + i * 28, 980, 28), Qt.AlignmentFlag.AlignVCenter,
                   f"link {r['link']}:  {base[r['link']]:,.0f} → {r['lcd']:,.0f}   ({r['lcd_change_pct']:+.0f} %)")
    gained, lost = (int((changes_array == v).sum() * cell_ha) for v in (1, -1))
    p.drawText(QRectF(800, 858 + len(rows) * 28, 980, 28), Qt.AlignmentFlag.AlignVCenter,
               f"Corridor gained {gained:,} ha, lost {lost:,} ha (change raster)")
    p.setFont(QFont(FONT, 10))
    p.drawText(QRectF(10, height - 70, width - 20, 60), Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
               "NEASPEC Planner demo (neaspec:resistance amur_tiger with roads as barriers; neaspec:compare_options "
               "with the parameters of resources/demo/workshop_demo.toml). Cores 1–2 Russia, 3–4 and 6 China, 5 DPR "
               "Korea. Land cover synthetic, shapes illustrative; costs are expert defaults.")
    p.end()
    if not img.save(str(out)):
        raise RuntimeError(f"cannot write {out}")
    if own_app:
        project.clear()


def main() -> None:
    out = REPO / "docs" / "img" / "options_demo.png"
    with tempfile.TemporaryDirectory(prefix="options_demo_") as tmp_name:
        tmp = Path(tmp_name)
        table = compute(tmp)
        print(table[table["option"] != "baseline"].to_string())
        part = out.with_name(f".{out.stem}.part.png")  # same folder: os.replace is atomic
        render(tmp, table, part)
        os.replace(part, out)
    print("wrote", out)


if __name__ == "__main__":
    main()
