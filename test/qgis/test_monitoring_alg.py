"""``neaspec:monitoring_grid`` through ``processing.run`` on real files (GeoPackage countries and stations, a CSV
of detections), against hand counts and cells computed independently with pyproj."""
from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd
import pyproj
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from neaspec_planner.core.vector_io import read_vector, write_vector

LAEA = ("+proj=laea +lat_0=45 +lon_0=120 +x_0=13000000 +y_0=13000000 +ellps=WGS84 +units=m +no_defs")
STATIONS = {"A": (130.5, 43.0), "B": (131.5, 43.0), "C": (130.62, 43.11)}


def cell_of(lon: float, lat: float, size: float = 10_000.0) -> str:
    x, y = pyproj.Transformer.from_crs("EPSG:4326", LAEA, always_xy=True).transform(lon, lat)
    return f"{int(size) // 1000}kmE{int(np.floor(x / size))}N{int(np.floor(y / size))}"


class Log(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def pushWarning(self, text):  # noqa: N802
        self.lines.append(text)
        super().pushWarning(text)

    def pushInfo(self, text):  # noqa: N802
        self.lines.append(text)
        super().pushInfo(text)


@pytest.fixture
def files(tmp_path: Path) -> dict:
    countries = tmp_path / "countries.gpkg"
    write_vector(countries, np.array([shapely.box(129, 42, 131, 44), shapely.box(131, 42, 133, 44)], dtype=object),
                 pd.DataFrame({"ISO_A3": ["CHN", "RUS"], "NAME_LOCAL": ["中国", "Россия"]}), "EPSG:4326",
                 "countries", "Polygon")
    stations = tmp_path / "stations.gpkg"
    write_vector(stations, np.array([shapely.Point(p) for p in STATIONS.values()], dtype=object),
                 pd.DataFrame({"station": list(STATIONS), "start": [None, "2024-04-01", None],
                               "end": [None, "2024-06-30", None], "effort_days": [30.0, None, 10.0]}),
                 "EPSG:4326", "stations", "Point")
    detections = tmp_path / "detections.csv"
    with open(detections, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerows([
            ["station", "date", "species", "individual"],
            ["A", "2024-05-01", "Amur leopard", "PPO-1"],   # 2
            ["B", "2024-05-09", "Amur leopard", "PPO-1"],   # 3  the same leopard in Russia
            ["B", "2024-05-09", "Amur leopard", "PPO-1"],   # 4  duplicate of 3
            ["Z", "2024-05-09", "Amur leopard", "PPO-2"],   # 5  unknown station
            ["C", "2024-13-01", "Amur tiger", "PTA-7"],     # 6  not a date
            ["C", "2024-06-01", "Amur tiger", "PTA-7"],     # 7
        ])
    habitat = tmp_path / "habitat.gpkg"
    write_vector(habitat, np.array([shapely.box(130.3, 42.8, 131.8, 43.3)], dtype=object),
                 pd.DataFrame({"habitat": ["forest"]}), "EPSG:4326", "habitat", "Polygon")
    out = tmp_path / "out"
    out.mkdir()
    return {"countries": str(countries), "stations": str(stations), "detections": str(detections),
            "habitat": str(habitat), "out": out}


def params(files: dict, **extra) -> dict:
    out = files["out"]
    base = {"COUNTRIES": files["countries"], "STATIONS": files["stations"], "DETECTIONS": files["detections"],
            "HABITAT": files["habitat"], "CELL_SIZE": 10_000.0, "GRID": str(out / "grid.gpkg"),
            "SUMMARY": str(out / "summary.csv"), "SHARED": str(out / "shared.csv")}
    base.update(extra)
    return base


def test_monitoring_grid_on_files(run_alg, files):
    log = Log()
    res = run_alg("neaspec:monitoring_grid", params(files), log)
    grid = read_vector(res["GRID"])
    g = grid.attributes.set_index("cell_id")
    for col in ("countries", "habitat_ha", "stations", "effort_days", "det_amur_leopard", "occ_amur_leopard",
                "det_amur_tiger", "occ_amur_tiger", "gap"):
        assert col in g.columns
    a, b, c = (cell_of(*STATIONS[k]) for k in "ABC")
    assert g.loc[b, "effort_days"] == pytest.approx(90.0) and g.loc[b, "countries"] == "RUS"
    assert g.loc[b, "det_amur_leopard"] == 1 and g.loc[a, "occ_amur_leopard"] == 1
    assert g.loc[c, "det_amur_tiger"] == 1
    assert g["effort_days"].sum() == pytest.approx(130.0)
    assert (g["countries"] == "CHN,RUS").sum() > 0  # the cells on 131° E
    assert int(g["gap"].sum()) > 0 and (g.loc[g["gap"] == 1, "stations"] == 0).all()
    # every cell is its lattice square in the grid CRS
    layer = QgsVectorLayer(res["GRID"], "grid", "ogr")
    assert layer.isValid() and layer.featureCount() == len(g)
    x0, y0, x1, y1 = shapely.bounds(grid.geometry[0])
    assert x1 - x0 == pytest.approx(10_000.0) and x0 % 10_000.0 == pytest.approx(0.0, abs=1e-6)
    # summary: hand counts
    s = read_vector(res["SUMMARY"]).attributes
    s = s.set_index(["country", "species"])
    chn_cells = len({a, c})
    assert int(s.loc[("CHN", "Amur leopard"), "cells_surveyed"]) == chn_cells
    assert int(s.loc[("CHN", "Amur leopard"), "cells_detected"]) == 1
    assert float(s.loc[("CHN", "Amur leopard"), "naive_occupancy"]) == pytest.approx(1 / chn_cells)
    assert float(s.loc[("CHN", "Amur tiger"), "effort_days"]) == pytest.approx(40.0)
    assert int(s.loc[("RUS", "Amur leopard"), "shared_individuals"]) == 1
    assert int(s.loc[("CHN", "Amur tiger"), "shared_individuals"]) == 0
    shared = read_vector(res["SHARED"]).attributes
    assert shared.to_dict("records") == [{"individual": "PPO-1", "species": "Amur leopard", "countries": "CHN,RUS",
                                          "first": "2024-05-01", "last": "2024-05-09"}]
    text = "\n".join(log.lines)
    assert "detections line 4: duplicate of line 3" in text
    assert "detections line 5: unknown station 'Z'" in text
    assert "detections line 6: 'date' is not a date (2024-13-01)" in text


def test_two_countries_grids_line_up(run_alg, files):
    out = files["out"]
    west = run_alg("neaspec:monitoring_grid", params(
        files, EXTENT="129.8,131.2,42.6,43.4 [EPSG:4326]", GRID=str(out / "w.gpkg"), SUMMARY=str(out / "ws.csv"),
        SHARED=str(out / "wx.csv")))
    east = run_alg("neaspec:monitoring_grid", params(
        files, EXTENT="130.9,132.2,42.7,43.6 [EPSG:4326]", GRID=str(out / "e.gpkg"), SUMMARY=str(out / "es.csv"),
        SHARED=str(out / "ex.csv")))
    w, e = read_vector(west["GRID"]), read_vector(east["GRID"])
    gw = dict(zip(w.attributes["cell_id"], w.geometry))
    ge = dict(zip(e.attributes["cell_id"], e.geometry))
    common = set(gw) & set(ge)
    assert len(common) > 10 and set(gw) != set(ge)
    assert all(shapely.equals_exact(gw[k], ge[k], tolerance=0.0) for k in common)


def test_bad_stations_layer_is_a_clear_error(run_alg, files, tmp_path):
    bad = tmp_path / "cams.gpkg"
    write_vector(bad, np.array([shapely.Point(130.5, 43.0)], dtype=object), pd.DataFrame({"name": ["x"]}),
                 "EPSG:4326", "cams", "Point")
    with pytest.raises(QgsProcessingException, match="no station id field"):
        run_alg("neaspec:monitoring_grid", params(files, STATIONS=str(bad)))
    assert not Path(params(files)["GRID"]).exists()
