"""Generated tiles in ESA WorldCover's exact format (names, uint8 codes, nodata 0, EPSG:4326, 1/12000° cells),
cut at a reduced size from the four real 3° tiles meeting at 132°E 45°N, and the independent reference: the
fine cost raster computed here with a hand-typed table and warped by the gdalwarp command line."""
from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
from osgeo import gdal, osr

DEG = 1.0 / 12000.0  # WorldCover's cell: 8.333e-05° (≈ 10 m)
CORNER = (132.0, 45.0)  # where the tiles N42E129, N42E132, N45E129 and N45E132 meet
NAMES = {  # (row, col) of the 2 × 2 block, north first → the real tile it is cut from
    (0, 0): "ESA_WorldCover_10m_2021_v200_N45E129_Map.tif",
    (0, 1): "ESA_WorldCover_10m_2021_v200_N45E132_Map.tif",
    (1, 0): "ESA_WorldCover_10m_2021_v200_N42E129_Map.tif",
    (1, 1): "ESA_WorldCover_10m_2021_v200_N42E132_Map.tif",
}
# Amur tiger costs typed by hand from species-resistance.md §3 (ED); 0 = ESA no data.
TIGER = {10: 1, 20: 15, 30: 60, 40: 200, 50: 1000, 60: 150, 70: 400, 80: 150, 90: 80, 95: 100, 100: 150}
CODES = np.array([10, 20, 30, 40, 50, 60, 80, 90, 100], dtype=np.uint8)


def wgs84() -> str:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    return srs.ExportToWkt()


def landscape(n: int, seed: int = 16, nodata_patch: bool = True) -> np.ndarray:
    """The 2n × 2n fine classes of the block (north-up): patches of 12 × 12 cells, 3 % single-cell noise, a lake
    of nodata-free water and a hole of nodata (0, as WorldCover's sea outside the tiles)."""
    rng = np.random.default_rng(seed)
    coarse = rng.choice(CODES, size=(-(-2 * n // 12), -(-2 * n // 12)))
    arr = np.kron(coarse, np.ones((12, 12), dtype=np.uint8))[:2 * n, :2 * n].copy()
    noise = rng.random(arr.shape) < 0.03
    arr[noise] = rng.choice(CODES, size=int(noise.sum()))
    if nodata_patch:
        arr[n // 5:n // 5 + n // 4, n // 3:n // 3 + n // 3] = 0
    return arr


def tile_geotransform(r: int, c: int, n: int) -> tuple:
    x0 = CORNER[0] + (c - 1) * n * DEG
    y0 = CORNER[1] + (1 - r) * n * DEG
    return (x0, DEG, 0.0, y0, 0.0, -DEG)


def write_tif(path: Path, arr: np.ndarray, gt: tuple, wkt: str, nodata, gtype=gdal.GDT_Byte,
              block: int = 512) -> str:
    opts = ["COMPRESS=DEFLATE", "TILED=YES", f"BLOCKXSIZE={block}", f"BLOCKYSIZE={block}"]
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], 1, gtype, options=opts)
    ds.SetGeoTransform(gt)
    ds.SetProjection(wkt)
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(arr)
    ds = None
    return str(path)


def write_tiles(folder: Path, arr: np.ndarray, which=None) -> dict[str, str]:
    """The four tiles (or those in ``which``) of ``arr`` (2n × 2n) as WorldCover GeoTIFFs; name → path."""
    folder.mkdir(parents=True, exist_ok=True)
    n = arr.shape[0] // 2
    out = {}
    for (r, c), name in NAMES.items():
        if which is None or name in which:
            out[name] = write_tif(folder / name, arr[r * n:(r + 1) * n, c * n:(c + 1) * n],
                                  tile_geotransform(r, c, n), wgs84(), 0)
    return out


def hand_cost(classes: np.ndarray, table=TIGER) -> np.ndarray:
    """Fine costs from the hand table (-9999 = ESA no data)."""
    lut = np.full(256, -9999.0, dtype=np.float32)
    for k, v in table.items():
        lut[k] = v
    return lut[classes]


def gdalwarp(src, dst: Path, like: str, resampling: str, ot: str = "Float32", nodata: str = "-9999") -> np.ndarray:
    """``gdalwarp`` (the command line) of ``src`` onto the grid of the raster ``like``; the array."""
    ds = gdal.Open(like)
    gt, cols, rows, wkt = ds.GetGeoTransform(), ds.RasterXSize, ds.RasterYSize, ds.GetProjection()
    ds = None
    te = [gt[0], gt[3] + rows * gt[5], gt[0] + cols * gt[1], gt[3]]
    srcs = [src] if isinstance(src, (str, Path)) else list(src)
    cmd = ["gdalwarp", "-q", "-overwrite", "-et", "0", "-r", resampling, "-t_srs", wkt, "-te", *map(repr, te),
           "-ts", str(cols), str(rows), "-ot", ot, "-dstnodata", nodata, *map(str, srcs), str(dst)]
    subprocess.run(cmd, check=True)
    out = gdal.Open(str(dst))
    arr = out.GetRasterBand(1).ReadAsArray()
    out = None
    return arr


def block_tif(path: Path, arr: np.ndarray, gtype=gdal.GDT_Float32, nodata=-9999.0) -> str:
    """The whole 2n × 2n block as one GeoTIFF (no seam at all), for the reference."""
    n = arr.shape[0] // 2
    return write_tif(path, arr, tile_geotransform(0, 0, n), wgs84(), nodata, gtype)
