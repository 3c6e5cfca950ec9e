"""Benchmark: habitat × protected areas overlay (``neaspec:overlap``) against its peers, in one run.

Inputs (fixed seed 20261126, as ../shared/reference/perf-anchors.md §B): star-shaped valid polygons in EPSG:3035,
5,000 habitat × 500 protected areas over 316 × 316 km and 50,000 × 5,000 over 1000 × 1000 km, 30 % of the
protected areas placed to overlap another one; and, as the common real case (IUCN species ranges × WDPA), 12
range-like polygons of 40,000 vertices each (radius 150–300 km, smooth wiggly outlines) × the 5,000 protected
areas of the large case; written to GeoPackages.

Each tool runs in its own subprocess (one at a time) that reads the GeoPackages and writes a GeoPackage; we
report the tool's compute time (measured inside the subprocess, without interpreter/QGIS start-up), the wall
time of the whole subprocess and its peak RSS (``ru_maxrss`` of the child):

* ``neaspec:overlap`` through ``processing.run`` GPKG → GPKG (OUTPUT, GAPS and SUMMARY), also with GAPS skipped
  and with ``NEASPEC_THREADS=1`` (single core, like the peers);
* QGIS ``native:intersection`` GPKG → GPKG (pairwise, double counts overlapping protected areas);
* QGIS ``native:dissolve`` → ``native:multiparttosingleparts`` → ``native:intersection`` (the correct coverage
  the QGIS way);
* ``geopandas.overlay(how="intersection")`` reading through ``core.vector_io`` (pairwise, like native:intersection);
* the floor: ``STRtree.query`` + ``shapely.intersection`` + area, reading through ``core.vector_io``.

Usage: ``python bench/bench_overlap.py [--sizes small,large,ranges] [--runs N] [--keep DIR] [--markdown FILE]``
(QGIS and interpreter start-up are excluded from every tool's compute time; the 1-minute load average at the
start of each tool is printed, since other jobs on a shared machine change the times).
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
SEED = 20261126
SIZES = {  # name: (habitat count, PA count, side km)
    "small": (5_000, 500, 316.0),
    "large": (50_000, 5_000, 1000.0),
    "ranges": (12, 5_000, 1000.0),  # 12 species ranges of 40,000 vertices × the protected areas of "large"
}
RANGE_VERTICES = 40_000
ORIGIN = (4_000_000.0, 2_800_000.0)  # EPSG:3035 metres (central Europe)


# ----------------------------------------------------------------------------------------- input data


def star_polygons(rng, centres, radii, n_vertices):
    """Valid star-shaped polygons: sorted random angles, radius r × U(0.9, 1)."""
    import numpy as np
    import shapely

    n = len(centres)
    ang = np.sort(rng.uniform(0.0, 2.0 * np.pi, size=(n, n_vertices)), axis=1)
    rad = radii[:, None] * rng.uniform(0.9, 1.0, size=(n, n_vertices))
    x = centres[:, 0:1] + rad * np.cos(ang)
    y = centres[:, 1:2] + rad * np.sin(ang)
    coords = np.stack([x, y], axis=-1)
    coords = np.concatenate([coords, coords[:, :1]], axis=1)  # close rings
    rings = shapely.linearrings(coords.reshape(-1, 2), indices=np.repeat(np.arange(n), n_vertices + 1))
    return shapely.polygons(rings)


def range_polygons(rng, n: int, side: float):
    """Species-range-like polygons: radius 150–300 km, a smooth wiggly outline (58 harmonics with amplitudes
    falling as h^-1.5) drawn with RANGE_VERTICES vertices, centres inside the square."""
    import numpy as np
    import shapely

    x0, y0 = ORIGIN
    theta = np.linspace(0.0, 2.0 * np.pi, RANGE_VERTICES, endpoint=False)
    out = []
    for _ in range(n):
        cx, cy = x0 + rng.uniform(0.15, 0.85) * side, y0 + rng.uniform(0.15, 0.85) * side
        radius = rng.uniform(150e3, 300e3)
        h = np.arange(2, 60)[:, None]
        wiggle = (rng.normal(0, 0.25, (len(h), 1)) / h ** 1.5 * np.sin(h * theta + rng.uniform(0, 2 * np.pi,
                                                                                                 (len(h), 1))))
        r = radius * np.clip(1.0 + wiggle.sum(axis=0), 0.3, None)
        geom = shapely.Polygon(np.column_stack([cx + r * np.cos(theta), cy + r * np.sin(theta)]))
        out.append(geom if geom.is_valid else shapely.make_valid(geom))
    return np.array(out, dtype=object)


def generate(folder: Path, size: str) -> tuple[Path, Path]:
    """Habitat and protected-area GeoPackages for one size (cached in ``folder``)."""
    import numpy as np
    import pandas as pd

    from neaspec_planner.core.vector_io import write_vector

    n_hab, n_pa, side_km = SIZES[size]
    hab_path, pa_path = folder / f"habitat_{size}.gpkg", folder / f"protected_{size}.gpkg"
    if size == "ranges":
        pa_path = generate(folder, "large")[1]
        if not hab_path.exists():
            write_vector(hab_path, range_polygons(np.random.default_rng(SEED), n_hab, side_km * 1000.0),
                         pd.DataFrame({"habitat": [f"species {k % 4 + 1}" for k in range(n_hab)]}),
                         "EPSG:3035", "habitat", "Polygon")
        return hab_path, pa_path
    if hab_path.exists() and pa_path.exists():
        return hab_path, pa_path
    rng = np.random.default_rng(SEED)
    side = side_km * 1000.0
    x0, y0 = ORIGIN
    hab_c = np.column_stack([x0 + rng.uniform(0, side, n_hab), y0 + rng.uniform(0, side, n_hab)])
    hab_r = rng.uniform(800.0, 2_200.0, n_hab)
    hab = star_polygons(rng, hab_c, hab_r, 28)
    pa_r = rng.uniform(2_000.0, 5_000.0, n_pa)
    pa_c = np.column_stack([x0 + rng.uniform(0, side, n_pa), y0 + rng.uniform(0, side, n_pa)])
    ov = np.flatnonzero(rng.random(n_pa) < 0.3)  # 30 % placed to overlap another protected area
    partner = rng.integers(0, n_pa, len(ov))
    ang = rng.uniform(0, 2 * np.pi, len(ov))
    dist = rng.uniform(0.3, 1.2, len(ov)) * (pa_r[ov] + pa_r[partner]) / 2
    pa_c[ov] = pa_c[partner] + np.column_stack([dist * np.cos(ang), dist * np.sin(ang)])
    pa = star_polygons(rng, pa_c, pa_r, 149)
    iucn = np.array(["Ia", "Ib", "II", "III", "IV", "V", "VI", "Not Reported"], dtype=object)
    write_vector(hab_path, hab, pd.DataFrame({"habitat": np.where(rng.random(n_hab) < 0.5, "forest", "wetland")}),
                 "EPSG:3035", "habitat", "Polygon")
    write_vector(pa_path, pa, pd.DataFrame({"WDPAID": np.arange(1, n_pa + 1, dtype=np.int64),
                                            "IUCN_CAT": iucn[rng.integers(0, len(iucn), n_pa)]}),
                 "EPSG:3035", "protected", "Polygon")
    return hab_path, pa_path


# ------------------------------------------------------------------------------------------ the tools

QGIS_PRELUDE = """
import sys, time
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
sys.path.append('/usr/share/qgis/python/plugins')
import processing
from processing.core.Processing import Processing
Processing.initialize()
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject
"""

def _ours(gaps: bool = True, threads: int | None = None) -> str:
    """The child's code for neaspec:overlap (GAPS written or skipped; threads as detected, or a fixed number)."""
    env = f"import os\nos.environ['NEASPEC_THREADS'] = '{threads}'\n" if threads else ""
    gaps_value = 'OUT + "/gaps.gpkg"' if gaps else "None"
    return QGIS_PRELUDE + env + """
from neaspec_planner.processing.provider import NeaspecProvider
prov = NeaspecProvider(); QgsApplication.processingRegistry().addProvider(prov)
import neaspec_planner.core.overlap  # noqa: F401 - imported once per QGIS session, as with a loaded plugin
QgsApplication.processingRegistry().algorithmById("neaspec:overlap").canExecute()  # once per session too
t0 = time.perf_counter()
res = processing.run("neaspec:overlap", {"HABITAT": HAB, "HABITAT_FIELD": "habitat", "PROTECTED": PA,
                     "OUTPUT": OUT + "/out.gpkg", "GAPS": GAPS_VALUE, "SUMMARY": OUT + "/summary.gpkg"})
t1 = time.perf_counter()
from neaspec_planner.core.vector_io import read_vector
import shapely
out = read_vector(OUT + "/out.gpkg")
RESULT = {"compute": t1 - t0, "features": len(out), "area_km2": float(shapely.area(out.geometry).sum() / 1e6)}
""".replace("GAPS_VALUE", gaps_value)


TOOLS = {
    "neaspec:overlap": _ours(),
    "neaspec:overlap (GAPS skipped)": _ours(gaps=False),
    "neaspec:overlap (1 thread)": _ours(threads=1),
    "native:intersection": QGIS_PRELUDE + """
t0 = time.perf_counter()
processing.run("native:intersection", {"INPUT": HAB, "OVERLAY": PA, "OUTPUT": OUT + "/inter.gpkg"})
t1 = time.perf_counter()
from neaspec_planner.core.vector_io import read_vector
import shapely
out = read_vector(OUT + "/inter.gpkg")
RESULT = {"compute": t1 - t0, "features": len(out), "area_km2": float(shapely.area(out.geometry).sum() / 1e6)}
""",
    "QGIS dissolve chain": QGIS_PRELUDE + """
t0 = time.perf_counter()
d = processing.run("native:dissolve", {"INPUT": PA, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
s = processing.run("native:multiparttosingleparts", {"INPUT": d, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
processing.run("native:intersection", {"INPUT": HAB, "OVERLAY": s, "OUTPUT": OUT + "/chain.gpkg"})
t1 = time.perf_counter()
from neaspec_planner.core.vector_io import read_vector
import shapely
out = read_vector(OUT + "/chain.gpkg")
RESULT = {"compute": t1 - t0, "features": len(out), "area_km2": float(shapely.area(out.geometry).sum() / 1e6)}
""",
    "geopandas.overlay": """
import time
import geopandas as gpd, shapely
from neaspec_planner.core.vector_io import read_vector, write_vector
t0 = time.perf_counter()
h = read_vector(HAB); p = read_vector(PA)
gh = gpd.GeoDataFrame(h.attributes, geometry=h.geometry, crs=h.crs)
gp = gpd.GeoDataFrame(p.attributes, geometry=p.geometry, crs=p.crs)
res = gpd.overlay(gh, gp, how="intersection", keep_geom_type=True)
geoms = res.geometry.to_numpy()
write_vector(OUT + "/gpd.gpkg", geoms, res.drop(columns="geometry"), h.crs, "gpd", bulk=True)  # our writer too
t1 = time.perf_counter()
RESULT = {"compute": t1 - t0, "features": len(res), "area_km2": float(shapely.area(geoms).sum() / 1e6)}
""",
    "idle QGIS + Processing (baseline)": QGIS_PRELUDE + """
from neaspec_planner.processing.provider import NeaspecProvider
QgsApplication.processingRegistry().addProvider(NeaspecProvider())
import neaspec_planner.core.overlap  # noqa: F401
RESULT = {"compute": 0.0, "features": 0, "area_km2": 0.0}
""",
    "idle Python + shapely/geopandas (baseline)": """
import geopandas, shapely  # noqa: F401
from neaspec_planner.core.vector_io import read_vector  # noqa: F401
RESULT = {"compute": 0.0, "features": 0, "area_km2": 0.0}
""",
    "floor (STRtree+intersection)": """
import time
import numpy as np, shapely
from neaspec_planner.core.vector_io import read_vector
t0 = time.perf_counter()
h = read_vector(HAB, columns=[]); p = read_vector(PA, columns=[])
tree = shapely.STRtree(p.geometry)
i, j = tree.query(h.geometry)
pieces = shapely.intersection(h.geometry[i], p.geometry[j])
area = shapely.area(pieces)
keep = area > 0
t1 = time.perf_counter()
RESULT = {"compute": t1 - t0, "features": int(keep.sum()), "area_km2": float(area.sum() / 1e6)}
""",
}

QGIS_BASE, PY_BASE = "idle QGIS + Processing (baseline)", "idle Python + shapely/geopandas (baseline)"
IN_QGIS = {"neaspec:overlap", "neaspec:overlap (GAPS skipped)", "neaspec:overlap (1 thread)", "native:intersection",
           "QGIS dissolve chain", QGIS_BASE}

CHILD = """
import json, resource, sys, time
T_START = time.perf_counter()
sys.path.insert(0, {root!r})
from neaspec_planner.deps import ensure_on_path
ensure_on_path()
HAB, PA, OUT = {hab!r}, {pa!r}, {out!r}
{body}
RESULT["wall_inside"] = time.perf_counter() - T_START
print("RESULT " + json.dumps(RESULT))
"""


def run_tool(name: str, hab: Path, pa: Path, work: Path) -> dict:
    out = Path(tempfile.mkdtemp(prefix="out-", dir=work))
    code = CHILD.format(root=str(ROOT), hab=str(hab), pa=str(pa), out=str(out), body=TOOLS[name])
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = f"{ROOT}:/usr/share/qgis/python/plugins:" + env.get("PYTHONPATH", "")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    load = os.getloadavg()[0]  # 1-minute load average when the tool starts (others' jobs on a shared machine)
    t0 = time.perf_counter()
    # /usr/bin/time -v would do as well; wait4's rusage gives the child's own peak RSS (kB on Linux).
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    stdout, stderr = proc.stdout.read(), proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    del before
    lines = [line for line in stdout.splitlines() if line.startswith("RESULT ")]
    if os.waitstatus_to_exitcode(status) != 0 or not lines:
        raise RuntimeError(f"{name} failed:\n{stderr[-3000:]}")
    result = json.loads(lines[-1][7:])
    result.update(wall=wall, rss_mb=usage.ru_maxrss / 1024.0, load=load)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="small,large,ranges")
    parser.add_argument("--runs", type=int, default=1, help="interleaved runs per tool (minimum and median reported)")
    parser.add_argument("--keep", default=None, help="folder for the generated inputs (kept between runs)")
    parser.add_argument("--tools", default=";".join(TOOLS), help="tool names separated by ;")
    parser.add_argument("--markdown", default=None, help="also write the table to this Markdown file")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from neaspec_planner.deps import ensure_on_path

    ensure_on_path()
    import numpy as np

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-overlap-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    all_runs: list[dict] = []
    for size in args.sizes.split(","):
        t0 = time.perf_counter()
        hab, pa = generate(work, size)
        n_h, n_p, side = SIZES[size]
        print(f"\n{size}: {n_h:,} habitat × {n_p:,} protected areas over {side:.0f} × {side:.0f} km "
              f"(inputs ready in {time.perf_counter() - t0:.1f} s)", flush=True)
        names = args.tools.split(";")
        runs: dict[str, list[dict]] = {name: [] for name in names}
        all_runs.append(runs)
        for r in range(args.runs):  # interleaved, so that a burst of load elsewhere does not hit one tool only
            for name in names:
                res = run_tool(name, hab, pa, work)
                runs[name].append(res)
                print(f"  run {r + 1}: {name:44s} compute {res['compute']:7.2f} s  wall {res['wall']:7.2f} s  "
                      f"peak {res['rss_mb']:6.0f} MB  {res['features']:>7,} pieces  {res['area_km2']:12,.3f} km²  "
                      f"load {res['load']:.1f}",
                      flush=True)
        results = {}
        for name in names:
            med = {k: float(np.min([r[k] for r in runs[name]])) for k in ("compute", "wall", "wall_inside")}
            med["compute_median"] = float(np.median([r["compute"] for r in runs[name]]))
            med["rss_mb"] = max(r["rss_mb"] for r in runs[name])
            med.update(features=runs[name][0]["features"], area_km2=runs[name][0]["area_km2"])
            results[name] = med
        ours = results.get("neaspec:overlap")
        for name, med in results.items():  # memory above the idle process of the same kind
            base = results.get(QGIS_BASE if name in IN_QGIS else PY_BASE)
            med["rss_above_idle"] = med["rss_mb"] - base["rss_mb"] if base else float("nan")
        for name, med in results.items():
            ratio = med["compute"] / ours["compute"] if ours and med["compute"] > 0 else float("nan")
            mem = ours["rss_mb"] / med["rss_mb"] if ours else float("nan")
            rows.append((size, name, med, ratio, mem))
    loads = [r["load"] for size_runs in all_runs for runs_ in size_runs.values() for r in runs_]
    table = format_table(rows) + (f"\n\n1-minute load average when each tool started: {min(loads):.1f} – "
                                  f"{max(loads):.1f} (median {float(np.median(loads)):.1f}); "
                                  f"{os.cpu_count()} CPUs." if loads else "")
    print("\n" + table)
    if args.markdown:
        Path(args.markdown).write_text(table + "\n", encoding="utf-8")
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 0


def format_table(rows) -> str:
    head = ("| size | tool | compute min / median s | wall min s | peak RSS MB | above idle MB | pieces | area km² | "
            "time ÷ ours | ours' RSS ÷ its |\n|---|---|---|---|---|---|---|---|---|---|")
    lines = [head]
    for size, name, med, ratio, mem in rows:
        n_h, n_p, _ = SIZES[size]
        label = f"{n_h} ranges × {n_p:,}" if size == "ranges" else f"{n_h // 1000}k × {n_p:,}"
        lines.append(f"| {label} | {name} | {med['compute']:.2f} / {med['compute_median']:.2f} | "
                     f"{med['wall']:.2f} | "
                     f"{med['rss_mb']:.0f} | {med['rss_above_idle']:.0f} | {med['features']:,} | "
                     f"{med['area_km2']:,.3f} | {ratio:.2f} | {mem:.2f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
