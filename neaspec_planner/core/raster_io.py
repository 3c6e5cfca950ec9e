"""Raster reading and atomic writing through the system GDAL."""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np
import pyproj
from osgeo import gdal

from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError


@dataclass
class RasterData:
    """One band as an array with its georeferencing. ``transform`` is GDAL's 6-tuple geotransform."""

    array: np.ndarray
    transform: tuple[float, float, float, float, float, float]
    crs: Optional[pyproj.CRS]
    nodata: Optional[float]
    name: str

    @property
    def cell_size(self) -> tuple[float, float]:
        return abs(self.transform[1]), abs(self.transform[5])

    @property
    def shape(self) -> tuple[int, int]:
        return self.array.shape  # type: ignore[return-value]

    def bounds(self) -> tuple[float, float, float, float]:
        x0, dx, _, y0, _, dy = self.transform
        rows, cols = self.array.shape
        xs, ys = (x0, x0 + cols * dx), (y0, y0 + rows * dy)
        return min(xs), min(ys), max(xs), max(ys)


@contextlib.contextmanager
def no_sidecar_files() -> Iterator[None]:
    """While it lasts, rasters opened in this thread get no GDAL auxiliary file (``*.aux.xml``: statistics,
    histograms) — an input is read, never written beside. Thread-local, so other work in QGIS is not affected."""
    previous = gdal.GetThreadLocalConfigOption("GDAL_PAM_ENABLED", None)
    gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", "NO")
    try:
        yield
    finally:
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", previous)


def open_raster(path: str) -> gdal.Dataset:
    if not str(path).startswith("/vsi") and not os.path.exists(path):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "File not found: {path}"), path=path)
    ds = gdal.OpenEx(str(path), gdal.OF_RASTER | gdal.OF_READONLY)
    if ds is None:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Cannot open '{path}' as a raster: it may be corrupt or "
                                               "truncated ({error})."), path=path, error=gdal.GetLastErrorMsg())
    return ds


def raster_info(path: str) -> tuple[int, int, tuple, Optional[pyproj.CRS], Optional[float], int]:
    """``(rows, cols, geotransform, crs, nodata, gdal data type)`` without reading the cells."""
    ds = open_raster(path)
    band = ds.GetRasterBand(1)
    wkt = ds.GetProjection()
    crs = pyproj.CRS.from_wkt(wkt) if wkt else None
    return ds.RasterYSize, ds.RasterXSize, ds.GetGeoTransform(), crs, band.GetNoDataValue(), band.DataType


def read_raster(path: str, band: int = 1, dtype: Optional[str] = None,
                window: Optional[tuple[int, int, int, int]] = None) -> RasterData:
    """Read one band (optionally a window ``(row0, col0, rows, cols)``)."""
    ds = open_raster(path)
    b = ds.GetRasterBand(band)
    gt = ds.GetGeoTransform()
    if window:
        r0, c0, nr, nc = window
        arr = b.ReadAsArray(c0, r0, nc, nr)
        gt = (gt[0] + c0 * gt[1] + r0 * gt[2], gt[1], gt[2], gt[3] + c0 * gt[4] + r0 * gt[5], gt[4], gt[5])
    else:
        arr = b.ReadAsArray()
    if arr is None:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Cannot read raster '{path}': {error}"), path=path,
                         error=gdal.GetLastErrorMsg())
    if dtype:
        arr = arr.astype(dtype, copy=False)
    wkt = ds.GetProjection()
    crs = pyproj.CRS.from_wkt(wkt) if wkt else None
    return RasterData(arr, tuple(gt), crs, b.GetNoDataValue(), Path(path).stem)  # type: ignore[arg-type]


GDAL_TYPES = {
    np.dtype("float32"): gdal.GDT_Float32,
    np.dtype("float64"): gdal.GDT_Float64,
    np.dtype("int16"): gdal.GDT_Int16,
    np.dtype("int32"): gdal.GDT_Int32,
    np.dtype("uint8"): gdal.GDT_Byte,
    np.dtype("uint16"): gdal.GDT_UInt16,
    np.dtype("uint32"): gdal.GDT_UInt32,
}


def write_raster(path: str | Path, array: np.ndarray, transform: tuple, crs: object,
                 nodata: Optional[float] = None) -> Path:
    """Write a single-band GeoTIFF (deflate, tiled) to a temporary file, then rename it into place."""
    path = Path(path)
    if not path.parent.exists() or not os.access(path.parent, os.W_OK):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Output folder is missing or not writable: {folder}"),
                         folder=path.parent)
    gtype = GDAL_TYPES.get(array.dtype)
    if gtype is None:
        raise ValueError(f"unsupported raster dtype {array.dtype}")
    tmpdir = Path(tempfile.mkdtemp(prefix=".neaspec-", dir=path.parent))
    try:
        tmp = tmpdir / (path.stem + ".tif")
        drv = gdal.GetDriverByName("GTiff")
        rows, cols = array.shape
        opts = ["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER"]
        ds = drv.Create(str(tmp), cols, rows, 1, gtype, options=opts)
        ds.SetGeoTransform(tuple(float(v) for v in transform))
        if crs is not None:
            ds.SetProjection(pyproj.CRS.from_user_input(crs).to_wkt())
        band = ds.GetRasterBand(1)
        if nodata is not None:
            band.SetNoDataValue(float(nodata))
        band.WriteArray(array)
        band.FlushCache()
        ds = None  # noqa: F841
        os.replace(tmp, path)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    return path
