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

A second case, **fence** (issue 13): the same resistance without roads, cut across by a fence of nodata with three
1-cell openings at 10 %, 50 % and 90 % of the width, 8 cores (4 on each side), CORRIDOR_WIDTH 50,000 — the
landscape where a window around the cores would miss the openings. For both cases the skimage worker also builds
the whole-raster NLCC mosaic of our links from its full surfaces and compares it cell by cell with our CORRIDORS.

The 10,000² case: a header-only GeoTIFF with the same layout; the run must be refused before reading the raster
(or fit the 4 GiB budget).

Usage: ``python bench/bench_corridors.py [--sizes 2000,4000] [--fence 2000] [--huge-run] [--doc]`` (``--doc``
rewrites the table of docs/perf_corridors.md; its notes on earlier runs are kept by hand; ``--huge-run`` also runs
10,000² for real, ~5 min).
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
FENCE_WIDTH = 50_000.0


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


def core_cells(n: int, case: str = "roads"):
    """Top-left (row, col) of each core's 5 × 5 block; the 21 cells of each core."""
    import numpy as np

    rng = np.random.default_rng(SEED)
    spots: list[tuple[int, int]] = []
    count = N_CORES if case == "roads" else 8
    while len(spots) < count:
        r, c = (int(v) for v in rng.integers(int(0.05 * n), int(0.95 * n) - 5, size=2))
        if case == "fence":  # four cores on each side of the fence, away from it
            r = int(0.1 * n) + r % int(0.3 * n) if len(spots) % 2 == 0 else int(0.6 * n) + r % int(0.3 * n)
        if all(max(abs(r - a), abs(c - b)) > 0.12 * n for a, b in spots):
            spots.append((r, c))
    offsets = [(i, j) for i in range(5) for j in range(5) if (i, j) not in ((0, 0), (0, 4), (4, 0), (4, 4))]
    return spots, [[(r + i, c + j) for i, j in offsets] for r, c in spots]


def generate(folder: Path, n: int, case: str = "roads") -> tuple[Path, Path]:
    deps()
    import numpy as np
    import pandas as pd
    import shapely
    from skimage.draw import line

    from neaspec_planner.core.raster_io import write_raster
    from neaspec_planner.core.vector_io import write_vector

    tif, gpkg = folder / f"res_{case}_{n}.tif", folder / f"cores_{case}_{n}.gpkg"
    if tif.exists() and gpkg.exists():
        return tif, gpkg
    rng = np.random.default_rng(SEED)
    arr = rng.uniform(1.0, 100.0, size=(n, n)).astype(np.float32)
    if case == "roads":
        for k in range(8):  # roads from one edge to the opposite one
            a, b = rng.integers(0, n, size=2)
            rr, cc = line(0, int(a), n - 1, int(b)) if k % 2 == 0 else line(int(a), 0, int(b), n - 1)
            arr[rr, cc] = 1000.0
    else:  # a fence of nodata across the raster with three openings far apart
        arr[n // 2, :] = np.nan
        for frac in (0.1, 0.5, 0.9):
            arr[n // 2, int(frac * n)] = 1.0
    write_raster(tif, arr, (ORIGIN[0], CELL, 0.0, ORIGIN[1], 0.0, -CELL), "EPSG:3035", nodata=float("nan"))
    del arr
    _, cells = core_cells(n, case)
    polys = []
    for block in cells:
        boxes = [shapely.box(ORIGIN[0] + c * CELL, ORIGIN[1] - (r + 1) * CELL, ORIGIN[0] + (c + 1) * CELL,
                             ORIGIN[1] - r * CELL) for r, c in block]
        polys.append(shapely.union_all(boxes))
    write_vector(gpkg, np.array(polys, dtype=object), pd.DataFrame({"core_id": list(range(1, len(polys) + 1))}),
                 "EPSG:3035", "cores")
    return tif, gpkg


# ------------------------------------------------------------------------------------------- workers


def worker_ours(tif: str, gpkg: str, n: int, out: str, case: str = "roads") -> dict:
    deps()
    t0, c0 = time.perf_counter(), time.process_time()
    from neaspec_planner.core.corridors import CORRIDOR_NODATA, run_corridors
    from neaspec_planner.core.raster_io import write_raster
    from neaspec_planner.core.vector_io import read_vector, write_vector

    cores = read_vector(gpkg)
    t1 = time.perf_counter()
    res = run_corridors(cores, "core_id", tif, 0.3 * n * CELL, WIDTH if case == "roads" else FENCE_WIDTH)
    t2 = time.perf_counter()
    write_vector(Path(out) / "links.gpkg", res.link_geometry, res.links, res.crs, geometry_type="LineString")
    write_raster(Path(out) / "corridors.tif", res.corridors, res.transform, res.crs, nodata=CORRIDOR_NODATA)
    write_vector(Path(out) / "gaps.gpkg", res.gap_geometry, res.gaps, res.crs)
    t3 = time.perf_counter()
    lcds = {f"{a}-{b}": float(v) for a, b, v in zip(res.links["from_id"], res.links["to_id"], res.links["lcd"])}
    estimate = next((m for m in res.messages if "estimated memory" in m), "")
    return {"compute": t3 - t0, "cpu": time.process_time() - c0, "run": t2 - t1, "lcds": lcds,
            "links": len(res.links), "estimate": estimate}


def worker_skimage(tif: str, n: int, pairs: list[str], case: str = "roads", corridors_tif: str = "") -> dict:
    """Bare per-core full-raster runs; then (outside the timing) the whole-raster NLCC mosaic of our links,
    compared cell by cell with our CORRIDORS."""
    deps()
    import numpy as np
    from osgeo import gdal

    t0, c0 = time.perf_counter(), time.process_time()
    from skimage.graph import MCP_Geometric

    costs = gdal.Open(tif).ReadAsArray()
    costs = np.where(np.isfinite(costs), costs, np.inf)
    _, cells = core_cells(n, case)
    t1 = time.perf_counter()
    wanted = [tuple(int(v) for v in p.split("-")) for p in pairs]
    lcds: dict[str, float] = {}
    surfaces = {}
    for k, block in enumerate(cells, start=1):
        cum, _ = MCP_Geometric(costs).find_costs(block)
        for a, b in wanted:
            if k in (a, b):
                other = cells[(b if k == a else a) - 1]
                value = float(min(cum[r, c] for r, c in other)) * CELL
                key = f"{a}-{b}"
                lcds[key] = min(lcds.get(key, np.inf), value)
        if any(k in p for p in wanted):
            surfaces[k] = (cum * CELL).astype(np.float32)
        del cum
    compute, cpu = time.perf_counter() - t0, time.process_time() - c0
    width = WIDTH if case == "roads" else FENCE_WIDTH
    ref = np.full(costs.shape, np.inf, dtype=np.float64)
    for a, b in wanted:  # our links, in our order: the first link wins ties, as in ours
        nlcc = np.maximum(surfaces[a].astype(np.float64) + surfaces[b] - lcds[f"{a}-{b}"], 0.0)
        better = (nlcc <= width) & (nlcc < ref)
        ref[better] = nlcc[better]
    ours = gdal.Open(corridors_tif).ReadAsArray().astype(np.float64)
    got, want = ours != -9999.0, np.isfinite(ref)
    borderline = np.abs(np.where(want, ref, width) - width) <= 1e-6 * (max(lcds.values()) + width)
    mismatch = int(((got != want) & ~borderline).sum())
    both = got & want
    return {"compute": compute, "cpu": cpu, "cwd": compute - (t1 - t0), "lcds": lcds, "corridor_cells": int(want.sum()),
            "mismatch_cells": mismatch, "max_abs_diff": float(np.abs(ours[both] - ref[both]).max()) if both.any()
            else 0.0}


def run_grass(tif: str, n: int, work: Path, case: str = "roads") -> dict:
    _, cells = core_cells(n, case)
    lines = ["set -e", "export GRASS_OVERWRITE=1", f"r.in.gdal -o input={tif} output=cost --quiet",
             "g.region raster=cost", "TIMEFORMAT='%U %S'", "t0=$(date +%s.%N)", "{ time {"]
    for k, block in enumerate(cells, start=1):
        coords = ",".join(f"{ORIGIN[0] + (c + 0.5) * CELL},{ORIGIN[1] - (r + 0.5) * CELL}" for r, c in block)
        lines.append(f"r.cost input=cost output=cwd{k} start_coordinates={coords} --quiet")
    lines += [f"}} ; }} 2> {work / 'grass_cpu.txt'}", "t1=$(date +%s.%N)",
              f"echo \"$t0 $t1\" > {work / 'grass_times.txt'}"]
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
    parser.add_argument("--fence", default="2000", help="sizes of the fence case (empty: none)")
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
        print(json.dumps(worker_ours(opts.args[0], opts.args[1], int(opts.args[2]), opts.args[3], opts.args[4])))
        return 0
    if opts.worker == "skimage":
        print(json.dumps(worker_skimage(opts.args[0], int(opts.args[1]), opts.args[2].split(","), opts.args[3],
                                        opts.args[4])))
        return 0

    rows = []
    with tempfile.TemporaryDirectory(prefix="bench_corridors_") as tmp:
        work = Path(tmp)
        cases = [(int(v), "roads") for v in opts.sizes.split(",") if v] + \
            [(int(v), "fence") for v in opts.fence.split(",") if v]
        for n, case in cases:
            tif, gpkg = generate(work, n, case)
            out = work / f"out_{case}_{n}"
            out.mkdir()
            n_cores = len(core_cells(n, case)[1])
            width = WIDTH if case == "roads" else FENCE_WIDTH
            label = f"{n}²" if case == "roads" else f"{n}² fence"
            print(f"\n{label} cells ({n * n / 1e6:.0f} M), {n_cores} cores, MAX_DISTANCE {0.3 * n * CELL / 1000:g} km, "
                  f"CORRIDOR_WIDTH {width:,.0f} cost·m", flush=True)
            w, p, o = measure_fresh([sys.executable, __file__, "--worker", "ours", str(tif), str(gpkg), str(n),
                                     str(out), case])
            ours = json.loads(o.strip().splitlines()[-1])
            print(f"  ours (run_corridors + writes): compute {ours['compute']:.2f} s, wall {w:.2f} s, peak {p:.0f} MB;"
                  f" {ours['links']} links; {ours['estimate']}", flush=True)
            rows.append((label, "neaspec:corridors core (all links, paths, corridors, gaps, writes)", ours["compute"],
                         w, p))
            w2, p2, o2 = measure_fresh([sys.executable, __file__, "--worker", "skimage", str(tif), str(n),
                                        ",".join(ours["lcds"]), case, str(out / "corridors.tif")])
            sk = json.loads(o2.strip().splitlines()[-1])
            diffs = [abs(ours["lcds"][k] - v) / v for k, v in sk["lcds"].items() if v > 0 and v < float("inf")]
            print(f"  skimage find_costs × {n_cores} (full raster): compute {sk['compute']:.2f} s, wall {w2:.2f} s, "
                  f"peak {p2:.0f} MB (incl. the reference mosaic); LCD agreement with ours: max rel. diff "
                  f"{max(diffs or [0.0]):.2e} over {len(diffs)} links; CORRIDORS vs the whole-raster mosaic: "
                  f"{sk['mismatch_cells']} of {sk['corridor_cells']} cells differ, max value diff "
                  f"{sk['max_abs_diff']:.3g}", flush=True)
            rows.append((label, f"scikit-image MCP_Geometric.find_costs × {n_cores} cores, full raster",
                         sk["compute"], w2, p2))
            cmd = run_grass(str(tif), n, work, case)["cmd"]
            w3, p3, _ = measure_fresh(cmd)
            t0, t1 = (float(v) for v in (work / "grass_times.txt").read_text().split())
            grass_cpu = sum(float(v) for v in (work / "grass_cpu.txt").read_text().split())
            print(f"  GRASS r.cost × {n_cores}: r.cost {t1 - t0:.2f} s (CPU {grass_cpu:.2f} s), wall (with import, "
                  f"session) {w3:.2f} s, peak {p3:.0f} MB", flush=True)
            rows.append((label, f"GRASS r.cost × {n_cores} cores (one session, import once)", t1 - t0, w3, p3))
            # CPU seconds: the machine may be shared; CPU time moves far less with the load than elapsed time
            print(f"  ratios at {label} (CPU s: ours {ours['cpu']:.1f}, skimage {sk['cpu']:.1f}, r.cost "
                  f"{grass_cpu:.1f}): ours / skimage-per-core = {ours['cpu'] / sk['cpu']:.2f} (target ≤ 1.0); "
                  f"r.cost / ours = {grass_cpu / ours['cpu']:.2f}× (target ≥ 3); elapsed: "
                  f"{ours['compute'] / sk['compute']:.2f} and {(t1 - t0) / ours['compute']:.2f}×", flush=True)
            rows.append((label, "ratios", ours["cpu"] / sk["cpu"], grass_cpu / ours["cpu"],
                         f"{sk['mismatch_cells']} / {sk['corridor_cells']}"))
        refusal = refuse_10000(work)
        print(f"\n10,000²: {refusal}", flush=True)
        if opts.huge_run and refusal.startswith("ran"):
            n = 10_000
            tif, gpkg = generate(work, n)
            out = work / f"out_{n}"
            out.mkdir()
            w, p, o = measure_fresh([sys.executable, __file__, "--worker", "ours", str(tif), str(gpkg), str(n),
                                     str(out), "roads"])
            ours = json.loads(o.strip().splitlines()[-1])
            refusal = (f"ran: compute {ours['compute']:.1f} s, wall {w:.1f} s, peak RSS {p:.0f} MB "
                       f"({ours['links']} links; {ours['estimate']})")
            print(f"10,000²: {refusal}", flush=True)
            rows.append(("10,000²", "neaspec:corridors core (all links, paths, corridors, gaps, writes)",
                         ours["compute"], w, p))
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
            lines.append(f"| {n} | **ratios (CPU s)** | ours / skimage per core = **{c:.2f}** | r.cost / ours = "
                         f"**{w:.2f}×** | CORRIDORS cells differing from the whole-raster mosaic: {p} |")
        else:
            lines.append(f"| {n} | {tool} | {c:.2f} | {w:.2f} | {p:.0f} |")
    lines += ["", f"10,000² (100 M cells, same layout, 4 GiB budget): {refusal}", ""]
    target = ROOT / "docs" / "perf_corridors.md"
    notes = ""
    if target.exists() and "\n## " in target.read_text():  # hand-written sections after the table are kept
        text = target.read_text()
        notes = text[text.index("\n## "):]
    target.write_text("\n".join(lines) + notes)


if __name__ == "__main__":
    sys.exit(main())
