"""Benchmark: the whole corridor step (``neaspec:corridors``' core) against per-core cost distance, in one run.

Inputs (seed 20261126, as ../shared/reference/perf-anchors.md §A): Float32 resistance uniform 1..100 with 8
straight roads of cost 1000 (1 cell wide), 100 m cells, EPSG:3035; 10 cores of 21 cells (5 × 5 minus the
corners) placed at random at least 12 % of the side apart. MAX_DISTANCE = 30 % of the side (60 km at 2000²,
120 km at 4000²), CORRIDOR_WIDTH = 200,000 cost × m.

Each tool runs in its own subprocess, one at a time; we report its compute time (measured inside), the wall time
of the subprocess and its peak RSS (``ru_maxrss`` from ``wait4``, which covers its waited-for children):

* **ours**: ``core.corridors.run_corridors`` (what ``neaspec:corridors`` runs, without QGIS start-up) on the
  GeoTIFF + GeoPackage, including writing LINKS, CORRIDORS and GAPS — all links, paths, corridors, gaps;
* **skimage per core**: bare ``MCP_Geometric.find_costs`` once per core on the full raster (10 runs), the
  LCD of every linked pair read from those full surfaces (exact reference for our windowed LCDs);
* **r.cost per core**: GRASS ``r.cost`` (8 neighbours, default memory) once per core on the full raster in
  one ``grass --tmp-location`` session, the Linkage Mapper way (import once, 10 × r.cost).

The 10,000² case: a header-only GeoTIFF with the same layout; the run must be refused before reading the raster
(or fit the 4 GiB budget).

Usage: ``python bench/bench_corridors.py [--sizes 2000,4000] [--huge-run] [--doc]`` (``--doc`` rewrites the table of
docs/perf_corridors.md; its notes on earlier runs are kept by hand; ``--huge-run`` also runs 10,000² for real, ~5 min).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = 20261126
CELL = 100.0
ORIGIN = (4_000_000.0, 3_000_000.0)
N_CORES = 10
WIDTH = 200_000.0


def env() -> dict:
    e = dict(os.environ)
    e.setdefault("NEASPEC_PLANNER_DEPS", str(ROOT / ".deps"))
    e["PYTHONPATH"] = f"{ROOT}:/usr/share/qgis/python/plugins:" + e.get("PYTHONPATH", "")
    e.setdefault("QT_QPA_PLATFORM", "offscreen")
    return e


def deps() -> None:
    os.environ.setdefault("NEASPEC_PLANNER_DEPS", str(ROOT / ".deps"))
    sys.path.insert(0, str(ROOT))
    from neaspec_planner.deps import ensure_on_path

    ensure_on_path()


# ------------------------------------------------------------------------------------------- inputs


def core_cells(n: int):
    """Top-left (row, col) of each core's 5 × 5 block; the 21 cells of each core."""
    import numpy as np

    rng = np.random.default_rng(SEED)
    spots: list[tuple[int, int]] = []
    while len(spots) < N_CORES:
        r, c = (int(v) for v in rng.integers(int(0.05 * n), int(0.95 * n) - 5, size=2))
        if all(max(abs(r - a), abs(c - b)) > 0.12 * n for a, b in spots):
            spots.append((r, c))
    offsets = [(i, j) for i in range(5) for j in range(5) if (i, j) not in ((0, 0), (0, 4), (4, 0), (4, 4))]
    return spots, [[(r + i, c + j) for i, j in offsets] for r, c in spots]


def generate(folder: Path, n: int) -> tuple[Path, Path]:
    deps()
    import numpy as np
    import pandas as pd
    import shapely
    from skimage.draw import line

    from neaspec_planner.core.raster_io import write_raster
    from neaspec_planner.core.vector_io import write_vector

    tif, gpkg = folder / f"res_{n}.tif", folder / f"cores_{n}.gpkg"
    if tif.exists() and gpkg.exists():
        return tif, gpkg
    rng = np.random.default_rng(SEED)
    arr = rng.uniform(1.0, 100.0, size=(n, n)).astype(np.float32)
    for k in range(8):  # roads from one edge to the opposite one
        a, b = rng.integers(0, n, size=2)
        rr, cc = line(0, int(a), n - 1, int(b)) if k % 2 == 0 else line(int(a), 0, int(b), n - 1)
        arr[rr, cc] = 1000.0
    write_raster(tif, arr, (ORIGIN[0], CELL, 0.0, ORIGIN[1], 0.0, -CELL), "EPSG:3035")
    del arr
    _, cells = core_cells(n)
    polys = []
    for block in cells:
        boxes = [shapely.box(ORIGIN[0] + c * CELL, ORIGIN[1] - (r + 1) * CELL, ORIGIN[0] + (c + 1) * CELL,
                             ORIGIN[1] - r * CELL) for r, c in block]
        polys.append(shapely.union_all(boxes))
    write_vector(gpkg, np.array(polys, dtype=object), pd.DataFrame({"core_id": list(range(1, N_CORES + 1))}),
                 "EPSG:3035", "cores")
    return tif, gpkg


# ------------------------------------------------------------------------------------------- workers


def worker_ours(tif: str, gpkg: str, n: int, out: str) -> dict:
    deps()
    t0 = time.perf_counter()
    from neaspec_planner.core.corridors import CORRIDOR_NODATA, run_corridors
    from neaspec_planner.core.raster_io import write_raster
    from neaspec_planner.core.vector_io import read_vector, write_vector

    cores = read_vector(gpkg)
    t1 = time.perf_counter()
    res = run_corridors(cores, "core_id", tif, 0.3 * n * CELL, WIDTH)
    t2 = time.perf_counter()
    write_vector(Path(out) / "links.gpkg", res.link_geometry, res.links, res.crs, geometry_type="LineString")
    write_raster(Path(out) / "corridors.tif", res.corridors, res.transform, res.crs, nodata=CORRIDOR_NODATA)
    write_vector(Path(out) / "gaps.gpkg", res.gap_geometry, res.gaps, res.crs)
    t3 = time.perf_counter()
    lcds = {f"{a}-{b}": float(v) for a, b, v in zip(res.links["from_id"], res.links["to_id"], res.links["lcd"])}
    estimate = next((m for m in res.messages if "estimated memory" in m), "")
    return {"compute": t3 - t0, "run": t2 - t1, "lcds": lcds, "links": len(res.links), "estimate": estimate}


def worker_skimage(tif: str, n: int, pairs: list[str]) -> dict:
    deps()
    import numpy as np
    from osgeo import gdal

    t0 = time.perf_counter()
    from skimage.graph import MCP_Geometric

    costs = gdal.Open(tif).ReadAsArray()
    _, cells = core_cells(n)
    t1 = time.perf_counter()
    wanted = [tuple(int(v) for v in p.split("-")) for p in pairs]
    lcds: dict[str, float] = {}
    for k, block in enumerate(cells, start=1):
        cum, _ = MCP_Geometric(costs).find_costs(block)
        for a, b in wanted:
            if k in (a, b):
                other = cells[(b if k == a else a) - 1]
                value = float(min(cum[r, c] for r, c in other)) * CELL
                key = f"{a}-{b}"
                lcds[key] = min(lcds.get(key, np.inf), value)
        del cum
    return {"compute": time.perf_counter() - t0, "cwd": time.perf_counter() - t1, "lcds": lcds}


def run_grass(tif: str, n: int, work: Path) -> dict:
    _, cells = core_cells(n)
    lines = ["set -e", "export GRASS_OVERWRITE=1", f"r.in.gdal -o input={tif} output=cost --quiet",
             "g.region raster=cost", "t0=$(date +%s.%N)"]
    for k, block in enumerate(cells, start=1):
        coords = ",".join(f"{ORIGIN[0] + (c + 0.5) * CELL},{ORIGIN[1] - (r + 0.5) * CELL}" for r, c in block)
        lines.append(f"r.cost input=cost output=cwd{k} start_coordinates={coords} --quiet")
    lines += ["t1=$(date +%s.%N)", f"echo \"$t0 $t1\" > {work / 'grass_times.txt'}"]
    script = work / "grass.sh"
    script.write_text("\n".join(lines) + "\n")
    return {"cmd": ["grass", "--tmp-location", "EPSG:3035", "--exec", "bash", str(script)]}


# ------------------------------------------------------------------------------------------- harness


def measure(cmd: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) and stdout of a subprocess."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env(), text=True)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    # communicate() reaped the child; read its rusage through the children's max RSS
    import resource

    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[:3]} failed: {err[-2000:]}")
    return wall, peak, out


def measure_fresh(cmd: list[str]) -> tuple[float, float, str]:
    """``measure`` in a fresh intermediate process so the children's max RSS is this command's alone."""
    probe = [sys.executable, __file__, "--measure", json.dumps(cmd)]
    done = subprocess.run(probe, capture_output=True, text=True, env=env())
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return data["wall"], data["peak"], data["out"]


def refuse_10000(folder: Path) -> str:
    deps()
    from osgeo import gdal

    from neaspec_planner.core.corridors import run_corridors
    from neaspec_planner.core.errors import InputError
    from neaspec_planner.core.vector_io import read_vector

    n = 10_000
    path = folder / "huge.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(path), n, n, 1, gdal.GDT_Float32, ["SPARSE_OK=TRUE", "TILED=YES"])
    ds.SetGeoTransform((ORIGIN[0], CELL, 0, ORIGIN[1], 0, -CELL))
    import pyproj

    ds.SetProjection(pyproj.CRS.from_epsg(3035).to_wkt())
    ds.GetRasterBand(1).SetNoDataValue(0)
    ds = None
    _, gpkg = generate_cores_only(folder, n)
    t0 = time.perf_counter()
    from neaspec_planner.core import corridors

    try:
        run_corridors(read_vector(str(gpkg)), "core_id", str(path), 0.3 * n * CELL, WIDTH)
    except InputError as exc:
        if "memory" in str(exc):
            return f"refused up front after {time.perf_counter() - t0:.2f} s: {exc}"
    geoms = read_vector(str(gpkg)).geometry
    a, b, d = corridors._links_within(geoms, 0.3 * n * CELL)
    links = [corridors._Link(int(i), int(j), float(x)) for i, j, x in zip(a, b, d)]
    windows = corridors._windows(geoms, links, (ORIGIN[0], CELL, 0, ORIGIN[1], 0, -CELL), (n, n))
    need = corridors.estimate_memory((n, n), list(windows.values()))
    return f"ran: not refused, the estimate {need / 1024 ** 3:.2f} GiB fits the 4 GiB budget"


def generate_cores_only(folder: Path, n: int) -> tuple[None, Path]:
    import numpy as np
    import pandas as pd
    import shapely

    from neaspec_planner.core.vector_io import write_vector

    gpkg = folder / f"cores_{n}.gpkg"
    _, cells = core_cells(n)
    polys = [shapely.union_all([shapely.box(ORIGIN[0] + c * CELL, ORIGIN[1] - (r + 1) * CELL,
                                            ORIGIN[0] + (c + 1) * CELL, ORIGIN[1] - r * CELL) for r, c in b])
             for b in cells]
    write_vector(gpkg, np.array(polys, dtype=object), pd.DataFrame({"core_id": list(range(1, N_CORES + 1))}),
                 "EPSG:3035", "cores")
    return None, gpkg


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="2000,4000")
    parser.add_argument("--doc", action="store_true", help="write docs/perf_corridors.md")
    parser.add_argument("--huge-run", action="store_true",
                        help="also run ours for real on a generated 10,000² raster if the estimate fits (~5 min)")
    parser.add_argument("--worker")
    parser.add_argument("--measure")
    parser.add_argument("args", nargs="*")
    opts = parser.parse_args()
    if opts.measure:
        wall, peak, out = measure(json.loads(opts.measure))
        print(json.dumps({"wall": wall, "peak": peak, "out": out}))
        return 0
    if opts.worker == "ours":
        print(json.dumps(worker_ours(opts.args[0], opts.args[1], int(opts.args[2]), opts.args[3])))
        return 0
    if opts.worker == "skimage":
        print(json.dumps(worker_skimage(opts.args[0], int(opts.args[1]), opts.args[2].split(","))))
        return 0

    rows = []
    with tempfile.TemporaryDirectory(prefix="bench_corridors_") as tmp:
        work = Path(tmp)
        for n in [int(s) for s in opts.sizes.split(",")]:
            tif, gpkg = generate(work, n)
            out = work / f"out_{n}"
            out.mkdir()
            print(f"\n{n}² cells ({n * n / 1e6:.0f} M), {N_CORES} cores, MAX_DISTANCE {0.3 * n * CELL / 1000:g} km, "
                  f"CORRIDOR_WIDTH {WIDTH:,.0f} cost·m", flush=True)
            w, p, o = measure_fresh([sys.executable, __file__, "--worker", "ours", str(tif), str(gpkg), str(n),
                                     str(out)])
            ours = json.loads(o.strip().splitlines()[-1])
            print(f"  ours (run_corridors + writes): compute {ours['compute']:.2f} s, wall {w:.2f} s, peak {p:.0f} MB;"
                  f" {ours['links']} links; {ours['estimate']}", flush=True)
            rows.append((n, "neaspec:corridors core (all links, paths, corridors, gaps, writes)", ours["compute"],
                         w, p))
            w2, p2, o2 = measure_fresh([sys.executable, __file__, "--worker", "skimage", str(tif), str(n),
                                        ",".join(ours["lcds"])])
            sk = json.loads(o2.strip().splitlines()[-1])
            diffs = [abs(ours["lcds"][k] - v) / v for k, v in sk["lcds"].items() if v > 0]
            print(f"  skimage find_costs × {N_CORES} (full raster): compute {sk['compute']:.2f} s, wall {w2:.2f} s, "
                  f"peak {p2:.0f} MB; LCD agreement with ours: max rel. diff {max(diffs):.2e} over {len(diffs)} "
                  "links", flush=True)
            rows.append((n, f"scikit-image MCP_Geometric.find_costs × {N_CORES} cores, full raster", sk["compute"],
                         w2, p2))
            cmd = run_grass(str(tif), n, work)["cmd"]
            w3, p3, _ = measure_fresh(cmd)
            t0, t1 = (float(v) for v in (work / "grass_times.txt").read_text().split())
            print(f"  GRASS r.cost × {N_CORES}: r.cost {t1 - t0:.2f} s, wall (with import, session) {w3:.2f} s, "
                  f"peak {p3:.0f} MB", flush=True)
            rows.append((n, f"GRASS r.cost × {N_CORES} cores (one session, import once)", t1 - t0, w3, p3))
            print(f"  ratios at {n}²: ours / skimage-per-core = {ours['compute'] / sk['compute']:.2f} (target ≤ 1.0); "
                  f"r.cost / ours = {(t1 - t0) / ours['compute']:.2f}× (target ≥ 1.2); "
                  f"wall: r.cost / ours = {w3 / w:.2f}×", flush=True)
            rows.append((n, "ratios", ours["compute"] / sk["compute"], (t1 - t0) / ours["compute"], None))
        refusal = refuse_10000(work)
        print(f"\n10,000²: {refusal}", flush=True)
        if opts.huge_run and refusal.startswith("ran"):
            n = 10_000
            tif, gpkg = generate(work, n)
            out = work / f"out_{n}"
            out.mkdir()
            w, p, o = measure_fresh([sys.executable, __file__, "--worker", "ours", str(tif), str(gpkg), str(n),
                                     str(out)])
            ours = json.loads(o.strip().splitlines()[-1])
            refusal = (f"ran: compute {ours['compute']:.1f} s, wall {w:.1f} s, peak RSS {p:.0f} MB "
                       f"({ours['links']} links; {ours['estimate']})")
            print(f"10,000²: {refusal}", flush=True)
            rows.append((n, "neaspec:corridors core (all links, paths, corridors, gaps, writes)", ours["compute"],
                         w, p))
    if opts.doc:
        write_doc(rows, refusal)
    return 0


def write_doc(rows: list, refusal: str) -> None:
    lines = ["# Performance: corridors (`neaspec:corridors`)", "",
             "Generated by `bench/bench_corridors.py` (seed 20261126; Float32 resistance 1..100 + 8 roads of 1000, "
             "100 m cells; 10 cores of 21 cells; MAX_DISTANCE 30 % of the side; CORRIDOR_WIDTH 200,000 cost·m). "
             "Each tool in its own subprocess, one at a time, on this 2-core VM. compute = measured inside the "
             "process (ours: read cores + run_corridors + write the three outputs; skimage: read + 10 × find_costs; "
             "r.cost: the 10 r.cost calls). wall = whole subprocess (GRASS: session start and r.in.gdal import "
             "included). Peak RSS from wait4.", "",
             "| size | tool | compute s | wall s | peak RSS MB |", "|---|---|---|---|---|"]
    for n, tool, c, w, p in rows:
        if tool == "ratios":
            lines.append(f"| {n}² | **ratios** | ours / skimage per core = **{c:.2f}** | r.cost / ours = "
                         f"**{w:.2f}×** | |")
        else:
            lines.append(f"| {n}² | {tool} | {c:.2f} | {w:.2f} | {p:.0f} |")
    lines += ["", f"10,000² (100 M cells, same layout, 4 GiB budget): {refusal}", ""]
    target = ROOT / "docs" / "perf_corridors.md"
    notes = ""
    if target.exists() and "\n## " in target.read_text():  # hand-written sections after the table are kept
        text = target.read_text()
        notes = text[text.index("\n## "):]
    target.write_text("\n".join(lines) + notes)


if __name__ == "__main__":
    sys.exit(main())
