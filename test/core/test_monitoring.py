"""Issue 18: the joint monitoring grid, against hand-counted small cases and independent calculations.

The hand case (10 km cells, coordinates in the grid CRS so edges are exact; x in km east of 13,000 km, y north of
14,000 km): CHN is x 0–15, RUS x 15–40, both y 0–30, so the column of cells x 10–20 is split by the border.

    stations  S1 (5, 5) CHN 10 d · S2 (10, 5) on the edge x = 10 → cell east (x 10–20), CHN by place, 2024-01-01 to
              01-31 = 30 d · S3 (20, 5) on the edge x = 20 → cell x 20–30, RUS 20 d · S4 (25, 10) on the edge
              y = 10 → cell north (y 10–20), RUS 5 d · S5 effort −3 (bad) · S6 start in 2099 (bad)
              · S7 (55, 5) outside every country
    habitat   x 0–20 × y 0–10 (two cells; an overlapping copy of x 0–5 counted once) and x 30–35 × y 20–30
              (half a cell, no station: a RUS gap)
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pyproj
import pytest
import shapely

from neaspec_planner.core import monitoring as mon
from neaspec_planner.core.errors import InputError
from neaspec_planner.core.vector_io import VectorData

KM = 1000.0
X0, Y0 = 13_000_000.0, 14_000_000.0
TODAY = dt.date(2025, 6, 1)


def xy(x_km: float, y_km: float) -> shapely.Point:
    return shapely.Point(X0 + x_km * KM, Y0 + y_km * KM)


def kbox(x0: float, y0: float, x1: float, y1: float) -> shapely.Polygon:
    return shapely.box(X0 + x0 * KM, Y0 + y0 * KM, X0 + x1 * KM, Y0 + y1 * KM)


def layer(geoms, frame: dict, name: str, crs=mon.GRID_CRS) -> VectorData:
    return VectorData(np.array(geoms, dtype=object), pd.DataFrame(frame), crs, name)


def countries() -> VectorData:
    return layer([kbox(0, 0, 15, 30), kbox(15, 0, 40, 30)], {"ISO3": ["CHN", "RUS"]}, "countries")


def stations() -> VectorData:
    return layer([xy(5, 5), xy(10, 5), xy(20, 5), xy(25, 10), xy(7, 7), xy(8, 8), xy(55, 5)], {
        "station": ["S1", "S2", "S3", "S4", "S5", "S6", "S7"],
        "start": [None, "2024-01-01", None, None, None, "2099-01-01", None],
        "end": [None, "2024-01-31", None, None, None, "2099-02-01", None],
        "effort_days": [10, None, 20, 5, -3, None, 4],
    }, "stations")


def detections() -> VectorData:
    rows = [  # line numbers: header = 1
        ("S1", "2024-01-05", "tiger", "T1"),      # 2
        ("S3", "2024-01-06", "tiger", "T1"),      # 3  T1 on both sides
        ("S3", "2024-01-06", "tiger", "T1"),      # 4  duplicate of 3
        ("S2", "2024-01-10", "leopard", "L1"),    # 5
        ("S9", "2024-01-10", "leopard", "L2"),    # 6  unknown station
        ("S1", "2099-01-01", "tiger", "T2"),      # 7  future
        ("S1", "not a date", "tiger", "T2"),      # 8  bad date
        ("S4", "2024-02-01", "Leopard", "L1"),    # 9  L1 on both sides (case of the name does not matter)
        ("S1", "2024-01-07", "tiger", None),      # 10 not identified
        ("S5", "2024-01-08", "tiger", "T3"),      # 11 its station was left out
    ]
    frame = pd.DataFrame(rows, columns=["station", "date", "species", "individual"])
    return VectorData(np.full(len(frame), None, dtype=object), frame, None, "detections")


def habitat() -> VectorData:
    return layer([kbox(0, 0, 20, 10), kbox(0, 0, 5, 10), kbox(30, 20, 35, 30)], {"habitat": ["h", "h", "h"]},
                 "habitat")


@pytest.fixture(scope="module")
def result() -> mon.MonitoringResult:
    return mon.monitoring_grid(countries(), stations(), detections(), habitat=habitat(), cell_size=10_000.0,
                               today=TODAY)


def cell(res: mon.MonitoringResult, i: int, j: int) -> pd.Series:
    cid = f"10kmE{1300 + i}N{1400 + j}"
    rows = res.grid[res.grid["cell_id"] == cid]
    assert len(rows) == 1, cid
    return rows.iloc[0]


def test_grid_cells_hand_counted(result):
    g = result.grid
    assert len(g) == 12  # the 4 × 3 cells of the two countries; no cell above y = 30 (the top edge belongs north)
    c00, c10, c21, c32 = cell(result, 0, 0), cell(result, 1, 0), cell(result, 2, 0), cell(result, 3, 2)
    assert c00["countries"] == "CHN" and c10["countries"] == "CHN,RUS" and c21["countries"] == "RUS"
    assert (c00["stations"], c00["effort_days"]) == (1, 10.0)
    assert (c10["stations"], c10["effort_days"]) == (1, 30.0)          # S2 on the edge x = 10: the east cell
    assert (c21["stations"], c21["effort_days"]) == (1, 20.0)          # S3 on the edge x = 20
    s4 = cell(result, 2, 1)                                              # S4 on the edge y = 10: the north cell
    assert (s4["stations"], s4["effort_days"]) == (1, 5.0)
    assert cell(result, 2, 0)["det_tiger"] == 1 and cell(result, 0, 0)["det_tiger"] == 2
    assert c10["det_leopard"] == 1 and c10["occ_leopard"] == 1 and c10["det_tiger"] == 0 and c10["occ_tiger"] == 0
    assert s4["det_leopard"] == 1
    assert c00["habitat_ha"] == pytest.approx(10_000.0) and c10["habitat_ha"] == pytest.approx(10_000.0)
    assert c32["habitat_ha"] == pytest.approx(5_000.0) and c32["gap"] == 1 and c32["stations"] == 0
    assert int(g["gap"].sum()) == 1
    assert g["habitat_ha"].sum() == pytest.approx(25_000.0)
    assert g["effort_days"].sum() == pytest.approx(65.0)
    assert list(result.species["species"]) == ["leopard", "tiger"]


def test_geometry_is_the_lattice_square(result):
    row = np.flatnonzero(result.grid["cell_id"].to_numpy() == "10kmE1301N1400")[0]
    assert shapely.equals(result.grid_geometry[row], shapely.box(13_010_000, 14_000_000, 13_020_000, 14_010_000))
    assert result.crs == mon.GRID_CRS


def test_summary_hand_counted(result):
    s = result.summary.set_index(["country", "species"])
    expected = {  # cells_habitat, cells_surveyed, cells_detected, effort, individuals, shared, gaps
        ("CHN", "tiger"): (2, 2, 1, 40.0, 1, 1, 0),
        ("CHN", "leopard"): (2, 2, 1, 40.0, 1, 1, 0),
        ("RUS", "tiger"): (2, 2, 1, 25.0, 1, 1, 1),
        ("RUS", "leopard"): (2, 2, 1, 25.0, 1, 1, 1),
    }
    assert set(s.index) == set(expected)
    for key, (hab, surv, det, eff, ind, shared, gaps) in expected.items():
        row = s.loc[key]
        assert (row["cells_habitat"], row["cells_surveyed"], row["cells_detected"]) == (hab, surv, det), key
        assert row["effort_days"] == pytest.approx(eff) and row["naive_occupancy"] == pytest.approx(det / surv)
        assert (row["individuals"], row["shared_individuals"], row["habitat_gap_cells"]) == (ind, shared, gaps), key
    assert list(result.summary.columns) == list(mon.SUMMARY_FIELDS)


def test_shared_individuals(result):
    shared = result.shared
    assert list(shared.columns) == list(mon.SHARED_FIELDS)
    assert shared.to_dict("records") == [
        {"individual": "L1", "species": "leopard", "countries": "CHN,RUS", "first": "2024-01-10",
         "last": "2024-02-01"},
        {"individual": "T1", "species": "tiger", "countries": "CHN,RUS", "first": "2024-01-05", "last": "2024-01-06"},
    ]


def test_bad_rows_reported_with_line_numbers(result):
    got = {(r.table, r.line): r.reason for r in result.rejected}
    assert got[("stations", 6)] == "negative effort (-3 days)"
    assert got[("stations", 7)].startswith("'start' is in the future")
    assert got[("detections", 4)] == "duplicate of line 3"
    assert got[("detections", 6)].startswith("unknown station 'S9'")
    assert got[("detections", 7)].startswith("date in the future (2099-01-01)")
    assert got[("detections", 8)] == "'date' is not a date (not a date); use YYYY-MM-DD"
    assert got[("detections", 11)].startswith("unknown station 'S5'")
    assert len(got) == 7
    warnings = " ".join(str(w) for w in result.warnings)
    assert "outside every country polygon: S7" in warnings
    assert "7 row(s) left out" in warnings


def test_no_future_means_today_utc():
    res = mon.monitoring_grid(countries(), stations(), detections(), cell_size=10_000.0,
                              today=dt.date(2099, 1, 15))
    lines = {r.line for r in res.rejected if r.table == "detections"}
    assert 7 not in lines  # 2099-01-01 is no longer in the future
    assert res.summary.set_index(["country", "species"]).loc[("CHN", "tiger"), "individuals"] == 2


def test_station_at_two_places_and_deployments():
    st = layer([xy(5, 5), xy(5, 5), xy(25, 25)], {"station": ["A", "A", "A"], "effort_days": [3, 4, 5]}, "st")
    res = mon.monitoring_grid(countries(), st, None, cell_size=10_000.0, today=TODAY)
    assert [(r.line, r.reason) for r in res.rejected] == [(4, "station 'A' is already placed elsewhere (line 2)")]
    assert cell(res, 0, 0)["effort_days"] == 7.0  # two deployments at one place add up


def test_dates_formats_and_effort_from_dates():
    values = pd.Series(["2024-03-05", "2024/03/06", "07.03.2024", "2024-03-08T10:00:00", dt.date(2024, 3, 9),
                        "", None, "32.13.2024"])
    dates, bad = mon.parse_dates(values)
    assert [str(d)[:10] for d in dates[:5]] == ["2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08",
                                                "2024-03-09"]
    assert np.isnat(dates[5:]).all() and bad.tolist() == [False] * 7 + [True]


def test_detection_points_without_station():
    det = VectorData(np.array([xy(35, 25), xy(36, 26)], dtype=object),
                     pd.DataFrame({"date": ["2024-05-01", "2024-05-01"], "species": ["tiger", "tiger"],
                                   "individual": ["T9", "T9"]}), mon.GRID_CRS, "signs")
    res = mon.monitoring_grid(countries(), stations(), det, habitat=habitat(), cell_size=10_000.0, today=TODAY)
    c = cell(res, 3, 2)
    assert c["det_tiger"] == 2 and c["gap"] == 0  # a detection point surveys its cell
    row = res.summary.set_index(["country", "species"]).loc[("RUS", "tiger")]
    assert row["habitat_gap_cells"] == 0 and row["cells_surveyed"] == 3 and row["individuals"] == 1
    assert not res.rejected or all(r.table != "signs" for r in res.rejected)


def test_missing_columns_are_clear():
    bad = layer([xy(5, 5)], {"name": ["x"]}, "cams")
    with pytest.raises(InputError, match="Layer 'cams' has no station id field"):
        mon.monitoring_grid(countries(), bad, None, today=TODAY)
    det = VectorData(np.full(1, None, object), pd.DataFrame({"station": ["S1"], "species": ["x"]}), None, "d")
    with pytest.raises(InputError, match="no 'date' column"):
        mon.monitoring_grid(countries(), stations(), det, today=TODAY)


# --------------------------------------------------------------------------------------- the fixed lattice


def _ne_countries() -> VectorData:
    """Two lon/lat 'countries' split at 131° E near Hunchun (EPSG:4326)."""
    west = shapely.box(129.0, 42.0, 131.0, 44.0)
    east = shapely.box(131.0, 42.0, 133.0, 44.0)
    return VectorData(np.array([west, east], dtype=object), pd.DataFrame({"ISO_A3": ["CHN", "RUS"]}),
                      pyproj.CRS.from_epsg(4326), "countries")


def _lonlat_stations(points: list[tuple[float, float]]) -> VectorData:
    return VectorData(np.array([shapely.Point(p) for p in points], dtype=object),
                      pd.DataFrame({"station": [f"s{i}" for i in range(len(points))], "effort_days": 1}),
                      pyproj.CRS.from_epsg(4326), "stations")


def test_two_runs_over_two_extents_line_up_cell_for_cell():
    # each side builds its own grid: China west of the border, Russia east of it, overlapping in a strip
    china = mon.monitoring_grid(_ne_countries(), _lonlat_stations([(129.6, 42.5), (130.9, 43.4)]), None,
                                cell_size=5_000.0, extent=(129.5, 42.3, 131.2, 43.6), extent_crs="EPSG:4326",
                                today=TODAY)
    russia = mon.monitoring_grid(_ne_countries(), _lonlat_stations([(131.1, 43.0), (132.4, 43.7)]), None,
                                 cell_size=5_000.0, extent=(130.8, 42.6, 132.6, 43.9), extent_crs="EPSG:4326",
                                 today=TODAY)
    a = dict(zip(china.grid["cell_id"], china.grid_geometry))
    b = dict(zip(russia.grid["cell_id"], russia.grid_geometry))
    common = set(a) & set(b)
    assert len(common) > 50 and len(set(a) - set(b)) > 50 and len(set(b) - set(a)) > 50
    assert all(shapely.equals_exact(a[c], b[c], tolerance=0.0) for c in common)
    # and the id is the cell's place: independent of the run, from the CRS alone (pyproj here)
    to_grid = pyproj.Transformer.from_crs("EPSG:4326", mon.GRID_PROJ, always_xy=True)
    x, y = to_grid.transform(131.1, 43.0)
    cid = f"5kmE{int(np.floor(x / 5000))}N{int(np.floor(y / 5000))}"
    assert cid in b and b[cid].contains(shapely.Point(x, y))
    border = [c for c in common if "CHN" in str(russia.grid.set_index("cell_id").loc[c, "countries"])
              and "RUS" in str(russia.grid.set_index("cell_id").loc[c, "countries"])]
    assert border  # the cells on 131° E are split by the border in both runs, with the same list
    gc = china.grid.set_index("cell_id")
    gr = russia.grid.set_index("cell_id")
    assert all(gc.loc[c, "countries"] == gr.loc[c, "countries"] for c in common)


def test_cell_ids_and_labels():
    assert mon.cell_ids(np.array([0, 12]), np.array([3, 4]), 2500.0).tolist() == ["2500mE0N3", "2500mE12N4"]
    assert mon.size_label(5000.0) == "5km" and mon.size_label(500.0) == "500m"
    ix, iy = mon.cell_index(np.array([10_000.0, 9_999.999]), np.array([20_000.0, 19_999.5]), 10_000.0)
    assert ix.tolist() == [1, 0] and iy.tolist() == [2, 1]


def test_lattice_cover_against_brute_force():
    rng = np.random.default_rng(18)
    ang = np.sort(rng.uniform(0, 2 * np.pi, 300))
    rad = 37_000 * rng.uniform(0.5, 1.0, 300)
    poly = shapely.Polygon(np.column_stack([13_101_234 + rad * np.cos(ang), 14_056_789 + rad * np.sin(ang)]))
    hole = shapely.box(13_090_000, 14_050_000, 13_110_000, 14_060_000)
    poly = poly.difference(hole)
    window = (1300, 1395, 1330, 1420)
    cover = mon.lattice_cover(np.array([poly, shapely.box(13_000_000, 14_000_000, 13_050_000, 14_030_000)]),
                              2_000.0 * 5, window)
    got: dict = {}
    for g, i, j in zip(cover.full_g, cover.full_ix, cover.full_iy):
        got[(g, i, j)] = 1e8
    for g, i, j, a in zip(cover.part_g, cover.part_ix, cover.part_iy, cover.part_area):
        assert (g, i, j) not in got
        got[(g, i, j)] = a
    ii, jj = np.meshgrid(np.arange(window[0], window[2]), np.arange(window[1], window[3]))
    boxes = mon.cell_boxes(ii.ravel(), jj.ravel(), 10_000.0)
    for g, geom in enumerate([poly, shapely.box(13_000_000, 14_000_000, 13_050_000, 14_030_000)]):
        brute = shapely.area(shapely.intersection(boxes, geom))
        for i, j, a in zip(ii.ravel(), jj.ravel(), brute):
            if a > 1e-4:
                assert got.pop((g, i, j)) == pytest.approx(a, rel=1e-9)
    assert not got


def test_habitat_raster_counts_cells(tmp_path):
    from neaspec_planner.core.raster_io import write_raster

    # 1 km pixels aligned on the lattice: 20 × 30 km, class 10 (habitat) in x 0–12, y 0–10; 20 elsewhere
    arr = np.full((30, 40), 20, dtype=np.uint8)
    arr[20:30, 0:12] = 10  # the bottom rows (y 0–10 km) are the last rows of the raster
    path = tmp_path / "hab.tif"
    write_raster(path, arr, (X0, 1000.0, 0.0, Y0 + 30_000.0, 0.0, -1000.0), mon.GRID_CRS, nodata=0)
    res = mon.monitoring_grid(countries(), stations(), None, habitat_raster=str(path), habitat_classes=[10],
                              cell_size=10_000.0, today=TODAY)
    assert cell(res, 0, 0)["habitat_ha"] == pytest.approx(10_000.0)
    assert cell(res, 1, 0)["habitat_ha"] == pytest.approx(2 * 10 * 100.0)  # 2 × 10 pixels of 100 ha
    assert res.grid["habitat_ha"].sum() == pytest.approx(12 * 10 * 100.0)
    s = res.summary.set_index("country")
    assert s.loc["CHN", "cells_habitat"].max() == 2 and s.loc["RUS", "cells_habitat"].max() == 0


def test_cancel_stops_the_run():
    from neaspec_planner.core.errors import Cancelled

    with pytest.raises(Cancelled):
        mon.monitoring_grid(countries(), stations(), detections(), cell_size=10_000.0, today=TODAY,
                            progress=lambda f: f < 0.3)
