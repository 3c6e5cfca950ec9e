"""Benchmark: circuit theory (``neaspec:pinchpoints``' core) against scipy's ``spsolve`` on the same systems.

Cases (seed 20261202):

* **1m** — Circuitscape's ``1m`` benchmark settings (BigTests ``1m/1m-20points.ini``): a 1000 × 1000 resistance
  grid, 4 neighbours, averaged resistances, pairwise over 20 single-cell focal points (190 pairs), cumulative
  current map. BigTests carries no licence, so its grid is not copied here: the grid is generated with the same
  size and make-up (≈ 12.5 % nodata, integer resistances 1…70 in patches) and 20 random focal points. With
  ``--bigtests DIR`` (a folder holding BigTests' ``cellmap.asc.gz`` and ``20points.txt``, e.g. fetched by hand)
  the real grid is run as well.
* **corridor 2000** — a 2000 × 2000 grid (resistance 1…100) with a meandering corridor mask of ~10 % of the
  cells between two cores of 20 × 20 cells: Pinchpoint Mapper's mode (one link, both cores merged focal nodes),
  8 neighbours.

Each tool runs in its own subprocess; we report its compute time (measured inside) and its peak RSS:

* **ours**: ``core.circuit.solve_pairs`` / ``solve_merged_pair`` — resistances and the current map;
* **spsolve**: ``scipy.sparse.linalg.spsolve`` (SuperLU, default COLAMD ordering) on the same grounded Laplacian,
  one solve per pair (what a straightforward implementation does). On ``1m`` it solves the first ``--peer-pairs``
  pairs (default 4) and the time for all 190 is extrapolated; its resistances are compared with ours.

Usage: ``python bench/bench_pinchpoints.py [--cases 1m,corridor] [--bigtests DIR] [--peer-pairs 4]``.
Timings on a shared machine are noisy: the load average is printed with them.
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


def deps() -> None:
    os.environ.setdefault("NEASPEC_PLANNER_DEPS", str(ROOT / ".deps"))
    sys.path.insert(0, str(ROOT))
    from neaspec_planner.deps import ensure_on_path

    ensure_on_path()


def env() -> dict:
    e = dict(os.environ)
    e.setdefault("NEASPEC_PLANNER_DEPS", str(ROOT / ".deps"))
    e["PYTHONPATH"] = f"{ROOT}:" + e.get("PYTHONPATH", "")
    return e


# ------------------------------------------------------------------------------------------- inputs


def grid_1m(bigtests: str | None):
    """(resistance with NaN for nodata, flat focal cells) for the 1m case."""
    import numpy as np

    if bigtests:
        import gzip

        folder = Path(bigtests)
        res = np.loadtxt(gzip.open(folder / "cellmap.asc.gz"), skiprows=6)
        res[res == -9999] = np.nan
        pts = np.loadtxt(folder / "20points.txt")
        # Circuitscape: xllcorner −0.5, cell size 1, 1000 rows → row = floor(999.5 − y), col = floor(x + 0.5)
        rows = np.floor(999.5 - pts[:, 2]).astype(int)
        cols = np.floor(pts[:, 1] + 0.5).astype(int)
        return res, rows * 1000 + cols
    from scipy import ndimage

    rng = np.random.default_rng(SEED)
    field = ndimage.gaussian_filter(rng.normal(size=(1000, 1000)), 12)
    field = (field - field.min()) / (field.max() - field.min())
    res = np.round(1 + 69 * field ** 1.5)
    holes = ndimage.gaussian_filter(rng.normal(size=(1000, 1000)), 8)
    res[holes > np.quantile(holes, 0.875)] = np.nan
    passable = np.flatnonzero(np.isfinite(res.ravel()))
    return res, rng.choice(passable, 20, replace=False)


def grid_corridor():
    """(resistance, corridor mask, core A cells, core B cells) for the 2000² corridor case."""
    import numpy as np

    rng = np.random.default_rng(SEED)
    n = 2000
    res = rng.uniform(1, 100, (n, n))
    rows = np.arange(n)[:, None]
    cols = np.arange(n)[None, :]
    centre = n / 2 + 0.25 * n * np.sin(cols / n * 3 * np.pi)
    half = 100 + 60 * np.sin(cols / 97.0)  # width 80..320 cells, mean ~200 = 10 % of the rows
    mask = np.abs(rows - centre) <= half
    ca, cb = int(centre[0, 20]), int(centre[0, n - 40])
    core_a = (np.arange(ca - 10, ca + 10)[:, None] * n + np.arange(10, 30)[None, :]).ravel()
    core_b = (np.arange(cb - 10, cb + 10)[:, None] * n + np.arange(n - 40, n - 20)[None, :]).ravel()
    return res, mask, core_a, core_b


# ------------------------------------------------------------------------------------------- workers


def peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def worker_ours_1m(bigtests: str | None) -> dict:
    deps()
    import numpy as np

    from neaspec_planner.core.circuit import conductance_grid, solve_pairs

    res, focal = grid_1m(bigtests)
    g = conductance_grid(np.nan_to_num(res, nan=-9999.0), -9999.0)
    t0 = time.perf_counter()
    sol = solve_pairs(g, [np.array([f]) for f in focal], connections=4, average="resistance")
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "peak_mb": peak_mb(), "pairs": len(sol.resistance),
            "connected": int((sol.resistance > 0).sum()), "resistance": sol.resistance.tolist(),
            "current_sum": float(sol.current.sum())}


def _grounded_system(g, node, connections: int, ground: int, inject: int):
    import numpy as np
    import scipy.sparse.csgraph as csgraph

    from neaspec_planner.core.circuit import edge_list, laplacian

    ei, ej, w = edge_list(g, node.reshape(g.shape), connections, "resistance")
    n = int(node.max()) + 1
    lap = laplacian(ei, ej, w, n)
    _, comp = csgraph.connected_components(lap, directed=False)
    members = np.flatnonzero(comp == comp[ground])
    local = np.full(n, -1)
    local[members] = np.arange(members.size)
    keep = members[members != ground]
    sub = lap[keep][:, keep].tocsc()
    rhs = np.zeros(keep.size)
    rhs[np.searchsorted(keep, inject)] = 1.0
    return sub, rhs, keep


def worker_spsolve_1m(bigtests: str | None, pairs: int) -> dict:
    deps()
    import numpy as np
    import scipy.sparse.linalg as sla

    from neaspec_planner.core.circuit import conductance_grid

    res, focal = grid_1m(bigtests)
    g = conductance_grid(np.nan_to_num(res, nan=-9999.0), -9999.0)
    node = np.full(g.size, -1)
    alive = g.ravel() > 0
    node[alive] = np.arange(int(alive.sum()))
    todo = [(i, j) for i in range(len(focal)) for j in range(i + 1, len(focal))][:pairs]
    out = []
    t0 = time.perf_counter()
    for i, j in todo:
        a, b = node[focal[i]], node[focal[j]]
        sub, rhs, keep = _grounded_system(g, node, 4, a, b)
        if b not in set(keep.tolist()):
            out.append(-1.0)
            continue
        v = sla.spsolve(sub, rhs)
        out.append(float(v[np.searchsorted(keep, b)]))
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "peak_mb": peak_mb(), "pairs": len(todo), "resistance": out}


def worker_ours_corridor() -> dict:
    deps()
    import numpy as np

    from neaspec_planner.core.circuit import conductance_grid, solve_merged_pair

    res, mask, core_a, core_b = grid_corridor()
    masked = np.where(mask, res, -9999.0)
    t0 = time.perf_counter()
    g = conductance_grid(masked, -9999.0)
    r_ab, cells, cur = solve_merged_pair(g, core_a, core_b, connections=8, average="resistance")
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "peak_mb": peak_mb(), "resistance": r_ab, "nodes": int(mask.sum()),
            "max_current": float(cur.max()) if cur is not None else None}


def worker_spsolve_corridor() -> dict:
    deps()
    import numpy as np
    import scipy.sparse.linalg as sla

    from neaspec_planner.core.circuit import conductance_grid, merged_node_map

    res, mask, core_a, core_b = grid_corridor()
    t0 = time.perf_counter()
    g = conductance_grid(np.where(mask, res, -9999.0), -9999.0)
    flat_g = g.ravel()
    node, _, (na, nb) = merged_node_map(g, [core_a, core_b], [core_a[flat_g[core_a] > 0],
                                                              core_b[flat_g[core_b] > 0]])
    sub, rhs, keep = _grounded_system(g, node, 8, na, nb)
    v = sla.spsolve(sub, rhs)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "peak_mb": peak_mb(), "resistance": float(v[np.searchsorted(keep, nb)])}


WORKERS = {"ours_1m": worker_ours_1m, "spsolve_1m": worker_spsolve_1m, "ours_corridor": worker_ours_corridor,
           "spsolve_corridor": worker_spsolve_corridor}


def run_worker(name: str, *args: object) -> dict:
    cmd = [sys.executable, __file__, "--worker", name, json.dumps(list(args))]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env())
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(f"{name} failed:\n{done.stderr[-3000:]}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    data["wall"] = wall
    return data


def load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
        return f"load average {one:.1f} {five:.1f} {fifteen:.1f}"
    except OSError:
        return "load average n/a"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", default="1m,corridor")
    parser.add_argument("--bigtests", default=os.environ.get("CIRCUITSCAPE_BIGTESTS_1M"))
    parser.add_argument("--peer-pairs", type=int, default=4)
    parser.add_argument("--worker")
    parser.add_argument("args", nargs="*")
    opts = parser.parse_args()
    if opts.worker:
        print(json.dumps(WORKERS[opts.worker](*json.loads(opts.args[0]))))
        return 0
    cases = opts.cases.split(",")
    print(f"{os.cpu_count()} cores; {load()} (shared machine: timings are noisy)")
    print(f"{'case':<24}{'tool':<12}{'compute s':>11}{'wall s':>9}{'peak MB':>10}  notes")
    ok = True
    runs = [(None, "1m (generated)")]
    if opts.bigtests:
        runs.append((opts.bigtests, "1m (BigTests grid)"))
    if "1m" in cases:
        for bigtests, label in runs:
            ours = run_worker("ours_1m", bigtests)
            peer = run_worker("spsolve_1m", bigtests, opts.peer_pairs)
            per_pair = peer["seconds"] / max(peer["pairs"], 1)
            mine = ours["resistance"][:peer["pairs"]]
            worst = max((abs(a - b) / b for a, b in zip(mine, peer["resistance"]) if b > 0), default=0.0)
            print(f"{label:<24}{'ours':<12}{ours['seconds']:>11.1f}{ours['wall']:>9.1f}{ours['peak_mb']:>10.0f}"
                  f"  {ours['pairs']} pairs ({ours['connected']} connected), current map; target ≤ 100 s, "
                  f"≤ 4096 MB")
            print(f"{'':<24}{'spsolve':<12}{per_pair * ours['pairs']:>11.1f}{peer['wall']:>9.1f}"
                  f"{peer['peak_mb']:>10.0f}  extrapolated from {peer['pairs']} pairs ({per_pair:.1f} s/pair); "
                  f"ratio {per_pair * ours['pairs'] / ours['seconds']:.1f}×; max rel. diff of R {worst:.1e}")
            ok &= ours["seconds"] <= 100 and ours["peak_mb"] <= 4096 and worst < 1e-6
            print(f"{'':<24}{load()}")
    if "corridor" in cases:
        ours = run_worker("ours_corridor")
        peer = run_worker("spsolve_corridor")
        diff = abs(ours["resistance"] - peer["resistance"]) / peer["resistance"]
        print(f"{'corridor 2000² (10 %)':<24}{'ours':<12}{ours['seconds']:>11.1f}{ours['wall']:>9.1f}"
              f"{ours['peak_mb']:>10.0f}  {ours['nodes']} corridor cells, R {ours['resistance']:.6g}, current map")
        print(f"{'':<24}{'spsolve':<12}{peer['seconds']:>11.1f}{peer['wall']:>9.1f}{peer['peak_mb']:>10.0f}"
              f"  ratio {peer['seconds'] / ours['seconds']:.1f}×; rel. diff of R {diff:.1e}")
        ok &= diff < 1e-6
        print(f"{'':<24}{load()}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
