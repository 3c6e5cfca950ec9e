"""Build the SYNTHETIC camera-trap demo of the joint monitoring grid (``neaspec:monitoring_grid``): stations and
detections on both sides of the Land of the Leopard (RUS) – Hunchun (CHN) border.

EVERY station, date, individual and detection here is INVENTED (fixed seed) to exercise the tool: they are not
survey data, do not show where leopards or tigers live, and must not be cited. Each row says so (`source`).

Outputs (in this folder, written atomically; byte-identical on every run):
  monitoring_demo.gpkg   camera_stations (points, EPSG:4326: station, country, start, end, effort_days, agency,
                         source, note) and monitoring_area (the habitat to monitor: the demo's illustrative
                         "SW Primorye – Hunchun" tiger-and-leopard outline clipped to the study box)
  camera_detections.csv  station, date, species, individual, source, note: a few deliberate errors (unknown station,
                         duplicate, impossible and future dates) marked in `note`, to show how bad rows are reported

How it is made: stations on a jittered 5 km lattice over 130.45–131.55° E, 42.55–43.40° N, kept where they fall in
China or Russia (never in the DPRK or the sea); each Chinese station runs one deployment of 90–300 days in 2023–24
(start/end dates), each Russian one either the same or an `effort_days` figure. 22 leopards and 7 tigers get
home-range centres inside the habitat; each is photographed at stations within about 2σ of its centre (σ 3.5 km
leopard, 7 km tiger) at a rate falling with distance, on dates inside the station's deployment; 10 % of
photographs are not identified. Animals whose ranges straddle the border are seen by both sides: the shared
individuals. Sika deer are recorded without individual IDs.

Run from the repository root (also called by build_demo.py):
    NEASPEC_PLANNER_DEPS=$PWD/.deps PYTHONPATH=$PWD .venv/bin/python resources/demo/build_monitoring_demo.py
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))

from neaspec_planner import deps  # noqa: E402

deps.ensure_on_path()

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import shapely  # noqa: E402
from osgeo import gdal  # noqa: E402

from neaspec_planner.core.crs import equal_area_crs, reproject  # noqa: E402
from neaspec_planner.core.vector_io import read_vector, write_vector  # noqa: E402

gdal.UseExceptions()
gdal.SetConfigOption("OGR_CURRENT_DATE", "2026-01-01T00:00:00Z")  # fixed GeoPackage timestamps

SEED = 18_2026
BOX = (130.45, 42.55, 131.55, 43.40)
SPACING_M = 5000.0
SOURCE = "SYNTHETIC demo data, not survey data"
GPKG = "monitoring_demo.gpkg"
CSV_NAME = "camera_detections.csv"
SPECIES = {  # name: (individuals, sigma m, photos per 100 trap-days at the centre)
    "Amur leopard": (22, 3500.0, 6.0),
    "Amur tiger": (7, 7000.0, 3.0),
}
DEER = ("Sika deer", 4.0)  # unidentified, photos per 100 trap-days everywhere


def build(out: Path, demo: Path | None = None) -> list[Path]:
    """Write the two files into ``out`` from the countries and habitat of ``demo`` (the demo GeoPackage)."""
    rng = np.random.default_rng(SEED)
    demo = demo or out / "neaspec_demo.gpkg"
    if not demo.exists():
        demo = HERE / "neaspec_demo.gpkg"
    countries = read_vector(str(demo), "countries")
    habitat = read_vector(str(demo), "habitat")
    crs = equal_area_crs((BOX[0] + BOX[2]) / 2, (BOX[1] + BOX[3]) / 2)
    codes = countries.attributes["ISO_A3"].to_numpy(object)
    keep = np.isin(codes, ["CHN", "RUS"])
    land = reproject(np.asarray(countries.geometry, dtype=object)[keep], countries.crs, crs)
    land_codes = codes[keep]
    box_m = reproject(np.array([shapely.box(*BOX)], dtype=object), "EPSG:4326", crs)[0]
    # habitat: the illustrative SW Primorye – Hunchun outline, clipped to the study box
    names = habitat.attributes["name"].astype(str).to_numpy()
    hab_ll = np.asarray(habitat.geometry, dtype=object)[np.char.startswith(names.astype(str), "SW Primorye")]
    hab = shapely.intersection(shapely.union_all(reproject(hab_ll, habitat.crs, crs)), box_m)
    # stations: a jittered lattice, in CHN or RUS only
    x0, y0, x1, y1 = shapely.bounds(box_m)
    gx, gy = np.meshgrid(np.arange(x0 + SPACING_M / 2, x1, SPACING_M), np.arange(y0 + SPACING_M / 2, y1, SPACING_M))
    px = gx.ravel() + rng.uniform(-1200, 1200, gx.size)
    py = gy.ravel() + rng.uniform(-1200, 1200, gy.size)
    pts = shapely.points(px, py)
    tree = shapely.STRtree(land)
    p, c = tree.query(pts, predicate="within")
    p, first = np.unique(p, return_index=True)
    country = land_codes[c[first]]
    inside_box = shapely.within(pts[p], box_m)
    on_habitat = shapely.intersects(pts[p], shapely.buffer(hab, 3000.0))
    sel = inside_box & on_habitat
    p, country = p[sel], country[sel]
    sx, sy = px[p], py[p]
    n = len(p)
    order = np.lexsort((sx, -sy, country))
    sx, sy, country = sx[order], sy[order], country[order]
    number = np.zeros(n, dtype=int)
    for code in ("CHN", "RUS"):  # two agencies: number each side's stations
        number[country == code] = np.arange(1, int((country == code).sum()) + 1)
    prefix = np.where(country == "CHN", "CN-HC-", "RU-LL-")
    ids = np.array([f"{a}{b:03d}" for a, b in zip(prefix, number)], dtype=object)
    start = pd.Timestamp("2023-01-15") + pd.to_timedelta(rng.integers(0, 240, n), unit="D")
    days = rng.integers(90, 300, n)
    end = start + pd.to_timedelta(days, unit="D")
    by_effort = (country == "RUS") & (rng.random(n) < 0.5)  # some Russian rows give effort_days only
    stations = pd.DataFrame({
        "station": ids,
        "country": np.where((country == "CHN") & (rng.random(n) < 0.25), None, country),  # some left to the map
        "start": np.where(by_effort, None, start.strftime("%Y-%m-%d")),
        "end": np.where(by_effort, None, end.strftime("%Y-%m-%d")),
        "effort_days": np.where(by_effort, days.astype(float), np.nan),
        "agency": np.where(country == "CHN", "NE China Tiger and Leopard NP (synthetic)",
                           "Land of the Leopard NP (synthetic)"),
        "source": SOURCE, "note": "",
    })
    # one deliberately bad station row: negative effort
    bad_station = pd.DataFrame({"station": ["CN-HC-999"], "country": ["CHN"], "start": [None], "end": [None],
                                "effort_days": [-5.0], "agency": ["NE China Tiger and Leopard NP (synthetic)"],
                                "source": [SOURCE], "note": ["deliberate error (demo): negative effort"]})
    stations = pd.concat([stations, bad_station], ignore_index=True)
    st_geom = np.concatenate([shapely.points(sx, sy), [shapely.Point(130.9, 42.95)]])
    st_geom[:-1] = reproject(st_geom[:-1], crs, "EPSG:4326")
    st_geom = shapely.set_precision(st_geom, 1e-6)
    # detections
    rows = []
    hab_pts = []
    shapely.prepare(hab)
    for name, (count, sigma, rate) in SPECIES.items():  # a few species
        cx = rng.uniform(x0, x1, count * 20)
        cy = rng.uniform(y0, y1, count * 20)
        ok = shapely.contains_xy(hab, cx, cy)
        cx, cy = cx[ok][:count], cy[ok][:count]
        hab_pts.append((name, cx, cy))
        d2 = (sx[None, :] - cx[:, None]) ** 2 + (sy[None, :] - cy[:, None]) ** 2
        lam = rate * days[None, :] / 100.0 * np.exp(-d2 / (2 * sigma ** 2))
        photos = rng.poisson(lam)
        ind, st = np.nonzero(photos)
        reps = photos[ind, st]
        ind, st = np.repeat(ind, reps), np.repeat(st, reps)
        offs = rng.random(len(st)) * days[st]
        when = start.values[st] + pd.to_timedelta(offs, unit="D").values
        code = "PPO" if "leopard" in name else "PTA"
        label = np.array([f"{code}-{i + 1:02d}" for i in range(len(cx))], dtype=object)[ind]
        label[rng.random(len(label)) < 0.10] = ""
        rows.append(pd.DataFrame({"station": ids[st], "date": pd.DatetimeIndex(when).strftime("%Y-%m-%d %H:%M"),
                                  "species": name, "individual": label}))
    deer = rng.poisson(DEER[1] * days / 100.0)
    st = np.repeat(np.arange(n), deer)
    when = start.values[st] + pd.to_timedelta(rng.random(len(st)) * days[st], unit="D").values
    rows.append(pd.DataFrame({"station": ids[st], "date": pd.DatetimeIndex(when).strftime("%Y-%m-%d %H:%M"),
                              "species": DEER[0], "individual": ""}))
    det = pd.concat(rows, ignore_index=True).sort_values(["date", "station", "species", "individual"])
    det = det.reset_index(drop=True)
    det["source"] = SOURCE
    det["note"] = ""
    first_leopard = det[det["species"] == "Amur leopard"].iloc[0]
    errors = pd.DataFrame([
        {"station": "RU-LL-999", "date": "2023-06-01 21:40", "species": "Amur leopard", "individual": "PPO-01",
         "note": "deliberate error (demo): unknown station"},
        {**first_leopard.to_dict(), "note": "deliberate error (demo): duplicate of an earlier row"},
        {"station": ids[0], "date": "2023-02-31 03:10", "species": "Amur tiger", "individual": "",
         "note": "deliberate error (demo): impossible date"},
        {"station": ids[-1], "date": "2031-05-01 04:00", "species": "Amur leopard", "individual": "",
         "note": "deliberate error (demo): date in the future"},
    ])
    errors["source"] = SOURCE
    det = pd.concat([det, errors], ignore_index=True)
    # write: a temporary folder inside this one, then each file moved into place
    tmp = Path(tempfile.mkdtemp(prefix=".monitoring-", dir=out))
    try:
        write_vector(tmp / GPKG, st_geom, stations, "EPSG:4326", "camera_stations", "Point")
        hab_ll_out = shapely.set_precision(reproject(np.array([hab], dtype=object), crs, "EPSG:4326"), 1e-7)
        write_vector(tmp / GPKG, hab_ll_out, pd.DataFrame({
            "name": ["Amur tiger and leopard habitat, SW Primorye – Hunchun (RU–CN), study box"],
            "note": ["Illustrative outline (see README), clipped to the synthetic camera-trap study box"]}),
            "EPSG:4326", "monitoring_area", "MultiPolygon", append=True)
        with open(tmp / CSV_NAME, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(["station", "date", "species", "individual", "source", "note"])
            writer.writerows(det[["station", "date", "species", "individual", "source", "note"]]
                             .fillna("").itertuples(index=False, name=None))
        written = []
        for name in (GPKG, CSV_NAME):
            os.replace(tmp / name, out / name)
            written.append(out / name)
    finally:
        for leftover in tmp.glob("*"):
            leftover.unlink()
        tmp.rmdir()
    print(f"{n} stations ({int((country == 'CHN').sum())} CHN, {int((country == 'RUS').sum())} RUS), "
          f"{len(det)} detection rows ({len(errors)} deliberate errors) -> {', '.join(p.name for p in written)}")
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(HERE), help="folder to write into (default: resources/demo)")
    args = parser.parse_args(argv)
    build(Path(args.out))


if __name__ == "__main__":
    main()
