"""Benchmark: the joint monitoring grid (``neaspec:monitoring_grid``) — 5,000 stations and 1,000,000 detections
over China, Russia and Mongolia at 5 km cells (issue 18; target ≤ 30 s).

Inputs (fixed seed 20261126): the demo's Natural Earth countries (CHN, RUS, MNG, PRK, KOR, JPN clipped to
85–150° E, 30–60° N; ``resources/demo/neaspec_demo.gpkg``); 5,000 camera-trap stations drawn uniformly inside
CHN, RUS and MNG (GeoPackage, EPSG:4326, with start/end dates and a `country` on a third of them); 1,000,000
detections of 4 species at those stations (CSV, ~2 % unidentified, 3,000 individuals per species, dates in
2023–2024, 0.1 % bad rows: unknown stations, bad dates, duplicates); 400 habitat polygons (star-shaped, 20–80 km).

Each run is its own subprocess (``--child``) that reads the files, runs ``core.monitoring.monitoring_grid`` and
writes GRID (GeoPackage), SUMMARY and SHARED (CSV) the way the Processing algorithm does; we report the time
of each phase, the wall time of the child and its peak RSS (``ru_maxrss``). No peer exists in QGIS (agencies
merge spreadsheets by hand), so the figures are absolute; the 1-minute load average is printed because other jobs
on a shared machine change the times.

Usage: ``python bench/bench_monitoring.py [--runs N] [--cell M] [--keep DIR]``
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SEED = 20261126
N_STATIONS = 5_000
N_DETECTIONS = 1_000_000
SPECIES = ("Panthera tigris altaica", "Panthera pardus orientalis", "Panthera uncia", "Lynx lynx")
TARGET_S = 30.0


def make_inputs(folder: Path) -> dict:
    from neaspec_planner.deps import ensure_on_path

    ensure_on_path()
    import numpy as np
    import pandas as pd
    import shapely

    from neaspec_planner.core import monitoring as mon
    from neaspec_planner.core.crs import reproject
    from neaspec_planner.core.vector_io import read_vector, write_table, write_vector

    rng = np.random.default_rng(SEED)
    countries_uri = str(ROOT / "resources" / "demo" / "neaspec_demo.gpkg") + "|layername=countries"
    countries = read_vector(countries_uri)
    codes = countries.attributes["ISO_A3"].to_numpy(object)
    land = np.asarray(countries.geometry, dtype=object)[np.isin(codes, ["CHN", "RUS", "MNG"])]
    land_codes = codes[np.isin(codes, ["CHN", "RUS", "MNG"])]
    # stations: uniform points inside the three countries (rejection sampling in lon/lat)
    xs, ys, cs = [], [], []
    union = shapely.union_all(land)
    shapely.prepare(union)
    while sum(len(x) for x in xs) < N_STATIONS:
        lon = rng.uniform(85.0, 150.0, 20_000)
        lat = rng.uniform(30.0, 60.0, 20_000)
        ok = shapely.contains_xy(union, lon, lat)
        xs.append(lon[ok])
        ys.append(lat[ok])
    lon = np.concatenate(xs)[:N_STATIONS]
    lat = np.concatenate(ys)[:N_STATIONS]
    tree = shapely.STRtree(land)
    p, c = tree.query(shapely.points(lon, lat), predicate="intersects")
    cs = np.full(N_STATIONS, None, dtype=object)
    cs[p] = land_codes[c]
    start = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 300, N_STATIONS), unit="D")
    end = start + pd.to_timedelta(rng.integers(30, 400, N_STATIONS), unit="D")
    ids = np.array([f"CT{i:05d}" for i in range(N_STATIONS)], dtype=object)
    given = rng.random(N_STATIONS) < 1 / 3
    st = pd.DataFrame({"station": ids, "country": np.where(given, cs, None),
                       "start": start.strftime("%Y-%m-%d"), "end": end.strftime("%Y-%m-%d")})
    write_vector(folder / "stations.gpkg", shapely.points(lon, lat), st, "EPSG:4326", "stations", "Point")
    # detections
    n = N_DETECTIONS
    station = rng.integers(0, N_STATIONS, n)
    sp = rng.integers(0, len(SPECIES), n)
    ind = rng.integers(0, 3000, n)
    day = start.values[station] + (rng.random(n) * (end.values[station] - start.values[station]))
    det = pd.DataFrame({
        "station": ids[station],
        "date": pd.DatetimeIndex(day).strftime("%Y-%m-%d %H:%M:%S"),
        "species": np.array(SPECIES, dtype=object)[sp],
        "individual": np.char.add(np.char.add(np.array(["T", "L", "U", "X"])[sp], "-"), ind.astype(str)),
    })
    det.loc[rng.random(n) < 0.02, "individual"] = ""
    bad = rng.choice(n, 1000, replace=False)
    det.loc[bad[:400], "station"] = "NOPE"
    det.loc[bad[400:700], "date"] = "31.13.2024"
    det.iloc[bad[700:], :] = det.iloc[bad[700:] - 1, :].to_numpy()  # duplicates of the previous row
    write_table(folder / "detections.csv", det)
    # habitat: 400 star-shaped polygons around stations, 20–80 km
    centre = rng.choice(N_STATIONS, 400, replace=False)
    pts = reproject(shapely.points(lon[centre], lat[centre]), "EPSG:4326", mon.GRID_CRS)
    cx, cy = shapely.get_x(pts), shapely.get_y(pts)
    ang = np.sort(rng.uniform(0, 2 * np.pi, (400, 120)), axis=1)
    rad = rng.uniform(20_000, 80_000, 400)[:, None] * rng.uniform(0.6, 1.0, (400, 120))
    rings = np.stack([cx[:, None] + rad * np.cos(ang), cy[:, None] + rad * np.sin(ang)], axis=2)
    hab = shapely.polygons(rings)
    write_vector(folder / "habitat.gpkg", hab, pd.DataFrame({"habitat": ["range"] * 400}), mon.GRID_CRS,
                 "habitat", "Polygon")
    return {"countries": countries_uri, "stations": str(folder / "stations.gpkg"),
            "detections": str(folder / "detections.csv"), "habitat": str(folder / "habitat.gpkg")}


def child(paths: dict, out: Path, cell: float) -> dict:
    t0 = time.perf_counter()
    from neaspec_planner.deps import ensure_on_path

    ensure_on_path()
    from neaspec_planner.core import monitoring as mon
    from neaspec_planner.core.vector_io import GpkgStreamWriter, read_vector, write_table

    times = {"import": time.perf_counter() - t0}
    t = time.perf_counter()
    countries = read_vector(paths["countries"])
    stations = read_vector(paths["stations"])
    detections = read_vector(paths["detections"])
    habitat = read_vector(paths["habitat"])
    times["read"] = time.perf_counter() - t
    t = time.perf_counter()
    res = mon.monitoring_grid(countries, stations, detections, habitat=habitat, cell_size=cell)
    times["compute"] = time.perf_counter() - t
    t = time.perf_counter()
    with GpkgStreamWriter(out / "grid.gpkg", res.grid, res.crs, "monitoring_grid", "Polygon",
                          bulk_rtree=True) as writer:  # as processing/monitoring_grid.py writes it
        writer.append(res.grid_geometry, res.grid)
    write_table(out / "summary.csv", res.summary)
    write_table(out / "shared.csv", res.shared)
    times["write"] = time.perf_counter() - t
    times["total"] = time.perf_counter() - t0
    return {"times": times, "cells": len(res.grid), "rejected": len(res.rejected), "shared": len(res.shared),
            "summary_rows": len(res.summary), "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--cell", type=float, default=5_000.0)
    parser.add_argument("--keep")
    parser.add_argument("--child")
    args, _ = parser.parse_known_args()
    if args.child:
        spec = json.loads(args.child)
        print(json.dumps(child(spec["paths"], Path(spec["out"]), spec["cell"])))
        return 0
    folder = Path(args.keep or tempfile.mkdtemp(prefix="neaspec_bench_mon_"))
    folder.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    paths = make_inputs(folder)
    print(f"inputs: {N_STATIONS:,} stations, {N_DETECTIONS:,} detections, 400 habitat polygons "
          f"({time.perf_counter() - t:.1f} s to generate)", flush=True)
    ok = True
    for run in range(args.runs):
        out = folder / f"run{run}"
        out.mkdir(exist_ok=True)
        load = os.getloadavg()[0]
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, __file__, "--child",
                               json.dumps({"paths": paths, "out": str(out), "cell": args.cell})],
                              capture_output=True, text=True)
        wall = time.perf_counter() - t
        if proc.returncode != 0:
            print(proc.stderr[-3000:])
            return 1
        res = json.loads(proc.stdout.strip().splitlines()[-1])
        child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        tm = res["times"]
        print(f"run {run + 1}: {res['cells']:,} cells of {args.cell:g} m; read {tm['read']:.2f} s, compute "
              f"{tm['compute']:.2f} s, write {tm['write']:.2f} s; read+compute+write "
              f"{tm['read'] + tm['compute'] + tm['write']:.2f} s (target ≤ {TARGET_S:g} s); wall {wall:.2f} s; "
              f"peak RSS {max(res['rss_mb'], child_rss):,.0f} MB; {res['rejected']:,} rows left out, "
              f"{res['shared']:,} shared individuals; load average {load:.2f}", flush=True)
        ok &= tm["read"] + tm["compute"] + tm["write"] <= TARGET_S
    if not args.keep:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    print("target met" if ok else f"TARGET MISSED (> {TARGET_S:g} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
