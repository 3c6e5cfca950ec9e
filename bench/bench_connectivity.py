"""Benchmark: ``neaspec:connectivity`` (PC with every node's dPC) and ``neaspec:protconn`` (every country), with
an independent NumPy Floyd–Warshall as the peer, in the same run.

Inputs (seed 20261202, generated, EPSG:3035):

* **404 patches**: 16-gon patches of radius 200–2,000 m at random over 150 × 150 km; d = 10 km, p = 0.5, no
  cut-off (every pair within 398.6 km, i.e. all 81,406 pairs, is linked, as Conefor links them).
* **WDPA-sized layers**: 5,000 and 20,000 protected areas (16-gons of 0.1–50 km², some touching and some
  straddling a border) over 4 countries of 400 × 400 km in a 2 × 2 block; ProtConn of every country with the
  JRC settings (d = 10 km, p = 0.5, 50 km transboundary distance).

Each case runs in its own subprocess; we report its compute time (measured inside) and peak RSS (``ru_maxrss``).
The peer is a dense NumPy Floyd–Warshall on −ln p (n vectorised rounds of an n × n minimum) for PC; dPC by
removing each node and solving again is n such solves: timed for one removal and multiplied by n (stated so).
For scale (issue 15): Conefor 2.7.3 took 2.0 s for PC alone and 7 min 4 s for PC with node importances on 404
patches on this machine.

Usage: ``python bench/bench_connectivity.py [--cases patches404,peer_floyd404,protconn5000,protconn20000]
[--dpc-20000]`` (20,000 sites run without dPC unless ``--dpc-20000``).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = 20261202
X0, Y0 = 4_000_000.0, 3_000_000.0


def deps() -> None:
    os.environ.setdefault("NEASPEC_PLANNER_DEPS", str(ROOT / ".deps"))
    sys.path.insert(0, str(ROOT))
    from neaspec_planner.deps import ensure_on_path

    ensure_on_path()


def patches(n: int = 404):
    import numpy as np
    import shapely

    rng = np.random.default_rng(SEED)
    xy = rng.uniform(0, 150_000, (n, 2)) + (X0, Y0)
    return shapely.buffer(shapely.points(xy), rng.uniform(200, 2000, n), quad_segs=4)


def wdpa(n: int):
    import numpy as np
    import pandas as pd
    import shapely

    rng = np.random.default_rng(SEED + n)
    side = 400_000.0
    countries = [shapely.box(X0 + i * side, Y0 + j * side, X0 + (i + 1) * side, Y0 + (j + 1) * side)
                 for i in range(2) for j in range(2)]
    xy = rng.uniform(0, 2 * side, (n, 2)) + (X0, Y0)
    # a tenth of the sites on a border (straddling or touching it)
    on_border = rng.random(n) < 0.1
    xy[on_border, 0] = X0 + side + rng.normal(0, 2000, int(on_border.sum()))
    area_km2 = np.exp(rng.uniform(np.log(0.1), np.log(50.0), n))
    geoms = shapely.buffer(shapely.points(xy), np.sqrt(area_km2 * 1e6 / np.pi), quad_segs=4)
    pas = pd.DataFrame({"WDPAID": np.arange(1, n + 1), "STATUS": "Designated", "DESIG_ENG": "Nature Reserve"})
    cty = pd.DataFrame({"ISO3": ["AAA", "BBB", "CCC", "DDD"]})
    return geoms, pas, np.array(countries, dtype=object), cty


def floyd_pc(a, dmat, d: float, p: float) -> float:
    import numpy as np

    w = dmat * (-np.log(p) / d)
    for m in range(len(w)):
        np.minimum(w, w[:, m:m + 1] + w[m:m + 1, :], out=w)
    return float(a @ np.exp(-w) @ a)


def run_case(name: str, dpc: bool) -> dict:
    deps()
    import numpy as np
    import pandas as pd
    import shapely

    from neaspec_planner.core import connectivity as con
    from neaspec_planner.core import protconn as pcn
    from neaspec_planner.core.vector_io import VectorData

    out: dict = {"case": name}
    if name == "patches404":
        g = patches()
        data = VectorData(g, pd.DataFrame({"id": np.arange(len(g))}), "EPSG:3035", "patches")
        t = time.perf_counter()
        r = con.run_connectivity(data, "id", median_distance=10_000.0, probability=0.5, node_importance=dpc)
        out["ours_s"] = time.perf_counter() - t
        out["pairs"] = int(len(r.links))
        out["pc_num"] = float(r.summary.numerator[0])
    elif name == "peer_floyd404":
        g = patches()
        a = shapely.area(g) / 1e4
        t = time.perf_counter()
        dmat = shapely.distance(g[:, None], g[None, :])
        pc = floyd_pc(a, dmat.copy(), 10_000.0, 0.5)
        out["peer_pc_s"] = time.perf_counter() - t
        t = time.perf_counter()
        keep = np.arange(1, len(g))
        floyd_pc(a[keep], dmat[np.ix_(keep, keep)].copy(), 10_000.0, 0.5)
        out["peer_dpc_s_estimate"] = out["peer_pc_s"] + len(g) * (time.perf_counter() - t)
        out["pc_num"] = pc
    elif name.startswith("protconn"):
        n = int(name[len("protconn"):])
        geoms, attrs, cgeoms, cattrs = wdpa(n)
        t = time.perf_counter()
        r = pcn.run_protconn(VectorData(geoms, attrs, "EPSG:3035", "wdpa"),
                             VectorData(cgeoms, cattrs, "EPSG:3035", "countries"), node_importance=dpc)
        out["ours_s"] = time.perf_counter() - t
        out["countries"] = int(len(r.summary))
        out["nodes"] = int(r.summary.n_nodes.sum())
        out["foreign"] = int(r.summary.n_foreign.sum())
        out["protconn"] = {row.country: round(float(row.protconn), 4) for row in r.summary.itertuples()}
    out["dpc"] = dpc
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", default="patches404,peer_floyd404,protconn5000,protconn20000")
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--no-dpc", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--dpc-20000", action="store_true",
                        help="also ProtConn of 20,000 sites with dPC (long: tens of minutes)")
    args, _ = parser.parse_known_args()
    if args.case:
        print(json.dumps(run_case(args.case, not args.no_dpc)))
        return 0
    env = dict(os.environ)
    env.setdefault("NEASPEC_PLANNER_DEPS", str(ROOT / ".deps"))
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (timings are noisy when "
          "other work shares the machine)")
    rows = []
    runs = []
    for case in args.cases.split(","):
        runs.append((case, True))
        if case.startswith("protconn"):
            runs.append((case, False))
    for case, dpc in runs:
        if case == "protconn20000" and dpc and not args.dpc_20000:
            continue
        cmd = [sys.executable, __file__, "--case", case] + ([] if dpc else ["--no-dpc"])
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
        stdout = proc.stdout.read() if proc.stdout else ""
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak RSS
        if status != 0:
            print(f"{case}: failed (exit {status})")
            continue
        result = json.loads(stdout.strip().splitlines()[-1])
        result["peak_rss_mb"] = usage.ru_maxrss / 1024.0
        rows.append(result)
        print(json.dumps(result), flush=True)
    ours = next((r for r in rows if r["case"] == "patches404" and r["dpc"]), None)
    peer = next((r for r in rows if r["case"] == "peer_floyd404"), None)
    if ours and peer:
        print(f"\n404 patches, PC + dPC: ours {ours['ours_s']:.2f} s (target ≤ 2 s); NumPy Floyd–Warshall PC "
              f"{peer['peer_pc_s']:.2f} s, PC + dPC by removal ≈ {peer['peer_dpc_s_estimate']:.0f} s "
              f"(ratio {peer['peer_dpc_s_estimate'] / ours['ours_s']:.0f}×); PCnum agrees to "
              f"{abs(ours['pc_num'] - peer['pc_num']) / peer['pc_num']:.1e} (relative).")
    if ours:
        print(f"404 patches peak RSS {ours['peak_rss_mb']:.0f} MB")
    for r in rows:
        if r["case"].startswith("protconn"):
            print(f"{r['case']} ({'with' if r['dpc'] else 'without'} dPC): {r['ours_s']:.1f} s, peak "
                  f"{r['peak_rss_mb']:.0f} MB, {r['nodes']} nodes + {r['foreign']} stepping stones over "
                  f"{r['countries']} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
