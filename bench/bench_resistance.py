"""Benchmark: ``neaspec:resistance`` from four ESA WorldCover-format tiles to a 100 m resistance surface, against
the same job done with bare GDAL command-line tools, in one run.

Inputs (seed 20261202): four tiles named as the real 3° tiles meeting at 132°E 45°N
(``ESA_WorldCover_10m_2021_v200_N42E129_Map.tif`` …), each cut to ``size × size`` cells of WorldCover's
1/12000° (≈ 10 m) next to that corner: uint8 codes, nodata 0, EPSG:4326, DEFLATE, 512 × 512 tiles; classes in
patches of 12 × 12 cells with 3 % single-cell noise. Job: the Amur tiger profile, ``mean`` aggregation
(the cost of the fine cells averaged over each 100 m cell), the LAEA centred on the tiles, output a tiled
DEFLATE GeoTIFF.

Each tool runs in its own subprocess, one at a time; we report the wall time and peak RSS (``wait4``):

* **ours**: ``core.resistance.build_resistance`` (what ``neaspec:resistance`` runs, without QGIS start-up);
* **gdalwarp + lookup** (the peer): ``gdalbuildvrt`` of the tiles, a VRT applying the class → cost lookup (a
  LUT typed here), ``gdalwarp -r average`` onto the same grid (``-wm 128``, one thread, DEFLATE, tiled) — the
  fastest way we know with bare GDAL; the two outputs are compared cell by cell.

Target (issue 16): ours ≤ 1.5 × the peer's time, peak ≤ 1 GB whatever the tile size (it must not grow with
the input). Usage: ``python bench/bench_resistance.py [--sizes 3000,12000]``. Timings on a shared machine are
noisy; below ~1000² per tile Python's start-up (≈ 1.5 s) dominates our wall time, hence the in-call ratio too.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corridors import deps, env  # noqa: E402 - the same environment as the other benchmarks

SEED = 20261202
DEG = 1.0 / 12000.0
CORNER = (132.0, 45.0)
NAMES = {(0, 0): "N45E129", (0, 1): "N45E132", (1, 0): "N42E129", (1, 1): "N42E132"}
CODES = [10, 20, 30, 40, 50, 60, 80, 90, 100]
TIGER = {10: 1, 20: 15, 30: 60, 40: 200, 50: 1000, 60: 150, 70: 400, 80: 150, 90: 80, 95: 100, 100: 150}


def generate(folder: Path, size: int) -> list[str]:
    """Four WorldCover-format tiles of ``size``² cells, written band by band (memory stays small)."""
    import numpy as np
    from osgeo import gdal, osr

    folder.mkdir(parents=True, exist_ok=True)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    rng = np.random.default_rng(SEED)
    codes = np.array(CODES, dtype=np.uint8)
    paths = []
    for (r, c), corner in NAMES.items():
        path = folder / f"ESA_WorldCover_10m_2021_v200_{corner}_Map.tif"
        ds = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 1, gdal.GDT_Byte,
                                                  ["COMPRESS=DEFLATE", "TILED=YES", "BLOCKXSIZE=512",
                                                   "BLOCKYSIZE=512"])
        ds.SetGeoTransform((CORNER[0] + (c - 1) * size * DEG, DEG, 0.0, CORNER[1] + (1 - r) * size * DEG, 0.0, -DEG))
        ds.SetProjection(srs.ExportToWkt())
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(0)
        for row0 in range(0, size, 1200):
            n = min(1200, size - row0)
            coarse = rng.choice(codes, size=(-(-n // 12), -(-size // 12)))
            arr = np.kron(coarse, np.ones((12, 12), dtype=np.uint8))[:n, :size]
            noise = rng.random(arr.shape) < 0.03
            arr[noise] = rng.choice(codes, size=int(noise.sum()))
            band.WriteArray(arr, 0, row0)
        ds = None
        paths.append(str(path))
    return paths


def worker_ours(tiles: list[str], out: str) -> dict:
    deps()
    from neaspec_planner.core.resistance import build_resistance

    t0 = time.perf_counter()
    result = build_resistance(tiles, out, "amur_tiger", cell_size=100.0)
    return {"seconds": time.perf_counter() - t0, "shape": list(result.shape)}


def run_peer(tiles: list[str], like: str, work: Path) -> tuple[float, float]:
    """The peer: gdalbuildvrt, the lookup VRT written here, gdalwarp -r average; (wall s, peak MB)."""
    from osgeo import gdal

    ds = gdal.Open(like)
    gt, cols, rows, wkt = ds.GetGeoTransform(), ds.RasterXSize, ds.RasterYSize, ds.GetProjection()
    ds = None
    mosaic, costs = work / "mosaic.vrt", work / "costs.vrt"
    wall, peak, _ = measure(["gdalbuildvrt", "-q", "-overwrite", str(mosaic), *tiles])
    pts = []
    for k in range(0, 256):
        pts.append(f"{k}:{TIGER.get(k, -9999)}")
    text = mosaic.read_text()
    text = text.replace('dataType="Byte"', 'dataType="Float32"').replace("<NoDataValue>0</NoDataValue>",
                                                                           "<NoDataValue>-9999</NoDataValue>")
    text = text.replace("<NODATA>0</NODATA>", f"<NODATA>0</NODATA><LUT>{','.join(pts)}</LUT>")
    costs.write_text(text)
    te = [gt[0], gt[3] + rows * gt[5], gt[0] + cols * gt[1], gt[3]]
    wkt_file = work / "target.wkt"
    wkt_file.write_text(wkt)
    w, p, _ = measure(["gdalwarp", "-q", "-overwrite", "-et", "0", "-r", "average", "-t_srs", str(wkt_file), "-te",
                       *map(repr, te), "-ts", str(cols), str(rows), "-ot", "Float32", "-dstnodata", "-9999",
                       "-wm", "128", "-co", "COMPRESS=DEFLATE", "-co", "TILED=YES", str(costs),
                       str(work / "peer.tif")])
    return wall + w, max(peak, p)


def measure(cmd: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB, from wait4: this child alone) and stdout of a subprocess."""
    with tempfile.TemporaryFile("w+") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env(), text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read()
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[:3]} failed: {text[-2000:]}")
    return wall, usage.ru_maxrss / 1024.0, text


def compare(a: str, b: str) -> tuple[float, int]:
    """Largest relative difference of the valid cells, and the count of cells whose nodata differs."""
    import numpy as np
    from osgeo import gdal

    x = gdal.Open(a).ReadAsArray()
    y = gdal.Open(b).ReadAsArray()
    ok = (x != -9999) & (y != -9999)
    rel = float(np.max(np.abs(x[ok] - y[ok]) / y[ok])) if ok.any() else 0.0
    return rel, int(((x == -9999) != (y == -9999)).sum())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="3000,12000", help="tile side in cells (36000 = a real tile)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args, _ = parser.parse_known_args()
    if args.worker:
        job = json.loads(args.worker)
        print(json.dumps(worker_ours(job["tiles"], job["out"])))
        return 0
    deps()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-resistance-") as tmp:
        for size in [int(s) for s in args.sizes.split(",") if s]:
            work = Path(tmp) / str(size)
            t0 = time.perf_counter()
            tiles = generate(work / "tiles", size)
            print(f"{size}² × 4 tiles ({4 * size * size / 1e6:.0f} M cells) generated in "
                  f"{time.perf_counter() - t0:.1f} s", flush=True)
            ours = str(work / "ours.tif")
            wall, peak, text = measure([sys.executable, __file__, "--worker",
                                        json.dumps({"tiles": tiles, "out": ours})])
            info = json.loads(text.strip().splitlines()[-1])
            peer_wall, peer_peak = run_peer(tiles, ours, work)
            rel, nodata_diff = compare(ours, str(work / "peer.tif"))
            rows.append((size, info["shape"], info["seconds"], wall, peak, peer_wall, peer_peak, rel, nodata_diff))
            print(f"  ours {wall:.1f} s wall ({info['seconds']:.1f} s in the call), peak {peak:.0f} MB; "
                  f"gdalwarp + lookup {peer_wall:.1f} s, peak {peer_peak:.0f} MB; ratio {wall / peer_wall:.2f}; "
                  f"max rel. difference {rel:.1e}, nodata differs in {nodata_diff} cells", flush=True)
    print("\n| tiles | fine cells | output (rows × cols) | ours wall s (in the call) | ours peak MB | "
          "gdalwarp + lookup s | peer peak MB | ratio wall (target ≤ 1.5) | ratio in the call | peak ≤ 1 GB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    ok = True
    for size, shape, call, wall, peak, pw, pp, _, _ in rows:
        ratio = wall / pw
        ok &= ratio <= 1.5 and peak <= 1024
        print(f"| 4 × {size}² | {4 * size * size / 1e6:.0f} M | {shape[0]} × {shape[1]} | {wall:.1f} ({call:.1f}) | "
              f"{peak:.0f} | {pw:.1f} | {pp:.0f} | {ratio:.2f} | {call / pw:.2f} | {'yes' if peak <= 1024 else 'NO'} |")
    print("targets met" if ok else "TARGET MISSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
