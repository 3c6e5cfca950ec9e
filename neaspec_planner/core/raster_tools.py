"""Grid helpers shared by the raster analyses (resistance, corridors, compare_options). No qgis import.

* ``rasterize_on_grid`` burns shapely geometries onto a grid given by a GDAL geotransform and a shape, in memory;
* ``warp_to_grid`` resamples another raster onto such a grid (``gdal.Warp`` into a MEM dataset);
* ``block_rows`` / ``window_transform`` split a large grid into bands of rows so arrays stay small;
* ``AtomicRasterWriter`` writes a GeoTIFF band by band into a temporary file and renames it on success.

A *grid* is ``(transform, shape, crs)``: ``transform`` is GDAL's 6-tuple geotransform (north-up or rotated),
``shape`` is ``(rows, cols)`` and ``crs`` anything ``pyproj.CRS.from_user_input`` accepts (or ``None``).
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Optional, Union

import numpy as np
import pyproj
import shapely
from osgeo import gdal, ogr, osr

from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError
from neaspec_planner.core.raster_io import open_raster

Transform = tuple[float, float, float, float, float, float]

_NUMPY_TO_GDAL = {
    np.dtype("uint8"): gdal.GDT_Byte,
    np.dtype("int16"): gdal.GDT_Int16,
    np.dtype("uint16"): gdal.GDT_UInt16,
    np.dtype("int32"): gdal.GDT_Int32,
    np.dtype("uint32"): gdal.GDT_UInt32,
    np.dtype("float32"): gdal.GDT_Float32,
    np.dtype("float64"): gdal.GDT_Float64,
}
_RESAMPLING = {
    "nearest": gdal.GRA_NearestNeighbour,
    "bilinear": gdal.GRA_Bilinear,
    "cubic": gdal.GRA_Cubic,
    "average": gdal.GRA_Average,
    "mode": gdal.GRA_Mode,
    "max": gdal.GRA_Max,
    "min": gdal.GRA_Min,
}


def _gdal_type(dtype: object) -> int:
    gtype = _NUMPY_TO_GDAL.get(np.dtype(dtype))  # type: ignore[call-overload]
    if gtype is None:
        raise ValueError(f"unsupported raster dtype {dtype}")
    return gtype


def _wkt(crs: object) -> str:
    return "" if crs is None else pyproj.CRS.from_user_input(crs).to_wkt()


def _srs(crs: object) -> Optional[osr.SpatialReference]:
    if crs is None:
        return None
    srs = osr.SpatialReference()
    srs.ImportFromWkt(_wkt(crs))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def window_transform(transform: Sequence[float], row0: int, col0: int = 0) -> Transform:
    """Geotransform of the window whose top-left cell is ``(row0, col0)`` of the grid ``transform``."""
    x0, dx, rx, y0, ry, dy = (float(v) for v in transform)
    return (x0 + col0 * dx + row0 * rx, dx, rx, y0 + col0 * ry + row0 * dy, ry, dy)


def grid_bounds(transform: Sequence[float], shape: tuple[int, int]) -> tuple[float, float, float, float]:
    """``(xmin, ymin, xmax, ymax)`` of a grid (all four corners, so rotated grids are covered)."""
    x0, dx, rx, y0, ry, dy = (float(v) for v in transform)
    rows, cols = shape
    xs = [x0, x0 + cols * dx, x0 + rows * rx, x0 + cols * dx + rows * rx]
    ys = [y0, y0 + cols * ry, y0 + rows * dy, y0 + cols * ry + rows * dy]
    return min(xs), min(ys), max(xs), max(ys)


def block_rows(rows: int, cols: int, max_cells: int = 4_000_000, align: int = 1) -> Iterator[tuple[int, int]]:
    """Bands of whole rows ``(row0, nrows)`` holding at most ``max_cells`` cells each (at least one row).

    With ``align`` (e.g. a GeoTIFF tile height), the band height is a multiple of it whenever ``max_cells``
    allows one full ``align`` band, so each band completes whole rows of tiles.
    """
    step = max(1, int(max_cells) // max(1, int(cols)))
    if align > 1 and step >= align:
        step -= step % align
    for row0 in range(0, rows, step):
        yield row0, min(step, rows - row0)


def _mem_raster(transform: Sequence[float], shape: tuple[int, int], crs: object, dtype: object,
                fill: float) -> gdal.Dataset:
    rows, cols = shape
    ds = gdal.GetDriverByName("MEM").Create("", int(cols), int(rows), 1, _gdal_type(dtype))
    ds.SetGeoTransform(tuple(float(v) for v in transform))
    wkt = _wkt(crs)
    if wkt:
        ds.SetProjection(wkt)
    band = ds.GetRasterBand(1)
    band.Fill(float(fill))
    return ds


def rasterize_on_grid(geoms: Union[np.ndarray, Sequence], transform: Sequence[float], shape: tuple[int, int],
                      crs: object = None, all_touched: bool = False,
                      burn_values: Union[float, Sequence[float], np.ndarray] = 1.0,
                      *, fill: float = 0.0, dtype: object = "float32",
                      merge: Literal["max", "min", "last"] = "max",
                      geoms_crs: object = None) -> np.ndarray:
    """Burn geometries onto a grid in memory and return the array ``(rows, cols)``.

    Parameters
    ----------
    geoms : array of shapely geometries (polygons, lines or points; ``None``/empty are skipped), in the
        grid's CRS, or in ``geoms_crs`` if given (then reprojected to ``crs`` first).
    transform, shape, crs : the grid: GDAL geotransform, ``(rows, cols)`` and its CRS.
    all_touched : GDAL's ALL_TOUCHED: burn every cell the geometry touches (``True``) or only the cells whose
        centre lies inside polygons / on the line's Bresenham path (``False``).
    burn_values : one value for all geometries, or one per geometry.
    fill : value of the cells no geometry touches.
    dtype : numpy dtype of the result (float32 by default).
    merge : where geometries overlap, keep the ``"max"`` (default) or ``"min"`` burn value, or the ``"last"``
        in the given order. (GDAL burns features in layer order and each overwrites; the features are sorted
        by value to get max/min.) ``+inf`` is a valid burn value with float dtypes.

    Windows: pass ``window_transform(transform, row0, col0)`` and the window's shape to burn a part of a large
    grid; the cells are the same as in the full grid.

    Example
    -------
    >>> import shapely
    >>> a = rasterize_on_grid([shapely.box(0, 0, 20, 10)], (0, 10, 0, 30, 0, -10), (3, 3), None, False, 5)
    >>> a.tolist()
    [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [5.0, 5.0, 0.0]]
    """
    rows, cols = int(shape[0]), int(shape[1])
    garr: np.ndarray = np.asarray(geoms, dtype=object).ravel()
    values = np.broadcast_to(np.asarray(burn_values, dtype=float), garr.shape).copy()
    out_dtype = np.dtype(dtype)  # type: ignore[call-overload]
    if rows == 0 or cols == 0:
        return np.full((rows, cols), fill, dtype=out_dtype)
    if geoms_crs is not None and crs is not None and garr.size:
        from neaspec_planner.core.crs import reproject

        garr = reproject(garr, geoms_crs, crs)
    keep = ~(shapely.is_missing(garr) | shapely.is_empty(garr)) if garr.size else np.zeros(0, bool)
    if keep.any():
        # Only the geometries whose envelope meets the grid (cheap, vectorised).
        xmin, ymin, xmax, ymax = grid_bounds(transform, (rows, cols))
        b = shapely.bounds(garr)
        keep &= (b[:, 0] <= xmax) & (b[:, 2] >= xmin) & (b[:, 1] <= ymax) & (b[:, 3] >= ymin)
    garr, values = garr[keep], values[keep]
    if garr.size == 0:
        return np.full((rows, cols), fill, dtype=out_dtype)
    if merge == "max":
        order = np.argsort(values, kind="stable")
    elif merge == "min":
        order = np.argsort(-values, kind="stable")
    elif merge == "last":
        order = np.arange(values.size)
    else:
        raise ValueError(f"merge must be 'max', 'min' or 'last', not {merge!r}")
    garr, values = garr[order], values[order]

    ds = _mem_raster(transform, (rows, cols), crs, out_dtype, fill)
    vds = ogr.GetDriverByName("Memory").CreateDataSource("burn")
    lyr = vds.CreateLayer("burn", _srs(crs), ogr.wkbUnknown)
    lyr.CreateField(ogr.FieldDefn("v", ogr.OFTReal))
    defn = lyr.GetLayerDefn()
    wkbs = shapely.to_wkb(shapely.force_2d(garr))
    lyr.StartTransaction()
    for wkb, value in zip(wkbs, values):  # building the OGR layer: one call per feature, no per-cell work
        feat = ogr.Feature(defn)
        feat.SetField(0, float(value))
        feat.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
        lyr.CreateFeature(feat)
    lyr.CommitTransaction()
    options = ["ATTRIBUTE=v"]
    if all_touched:
        options.append("ALL_TOUCHED=TRUE")
    err = gdal.RasterizeLayer(ds, [1], lyr, options=options)
    if err != 0:
        raise RuntimeError(f"rasterising failed: {gdal.GetLastErrorMsg()}")
    arr = ds.GetRasterBand(1).ReadAsArray()
    lyr = None  # noqa: F841 - the layer before its data source, then the raster
    vds = ds = None  # noqa: F841
    return arr.astype(out_dtype, copy=False)


def warp_to_grid(path: str, transform: Sequence[float], shape: tuple[int, int], crs: object,
                 resampling: str = "bilinear", dtype: object = "float32",
                 dst_nodata: float = np.nan, band: int = 1) -> np.ndarray:
    """Resample band ``band`` of the raster at ``path`` onto a grid; cells without data get ``dst_nodata``.

    Uses ``gdal.Warp`` into an in-memory dataset with exactly the grid's geotransform and size (so it also
    works for a window of a large grid: pass ``window_transform`` and the window shape). The source nodata
    value is honoured. ``resampling``: nearest, bilinear, cubic, average, mode, max, min.
    """
    src = open_raster(str(path))
    if not src.GetProjection():
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Raster '{raster}' has no coordinate reference system. Set "
                                           "it and run again."), raster=Path(path).name)
    if band != 1:
        src = gdal.Translate("", src, format="MEM", bandList=[band])
    out_dtype = np.dtype(dtype)  # type: ignore[call-overload]
    dst = _mem_raster(transform, shape, crs, out_dtype, dst_nodata)
    dst.GetRasterBand(1).SetNoDataValue(float(dst_nodata))
    method = _RESAMPLING.get(resampling)
    if method is None:
        raise ValueError(f"unknown resampling {resampling!r}; use one of {sorted(_RESAMPLING)}")
    result = gdal.Warp(dst, src, options=gdal.WarpOptions(resampleAlg=method, dstNodata=float(dst_nodata),
                                                            multithread=False))
    if result is None:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Cannot resample '{raster}' onto the grid: {error}"),
                         raster=Path(path).name, error=gdal.GetLastErrorMsg())
    arr = dst.GetRasterBand(1).ReadAsArray()
    dst = src = result = None  # noqa: F841
    return arr.astype(out_dtype, copy=False)


def same_grid(transform_a: Sequence[float], shape_a: tuple[int, int], crs_a: object,
              transform_b: Sequence[float], shape_b: tuple[int, int], crs_b: object,
              tolerance: float = 1e-6) -> bool:
    """True if two grids have the same shape, CRS and geotransform (within ``tolerance`` of a cell)."""
    if tuple(shape_a) != tuple(shape_b):
        return False
    if (crs_a is None) != (crs_b is None):
        return False
    if crs_a is not None and pyproj.CRS.from_user_input(crs_a) != pyproj.CRS.from_user_input(crs_b):
        return False
    cell = max(abs(float(transform_a[1])), abs(float(transform_a[5])), 1e-12)
    return bool(np.allclose(np.asarray(transform_a, float), np.asarray(transform_b, float), rtol=0,
                            atol=tolerance * cell))


class AtomicRasterWriter:
    """A single-band GeoTIFF written window by window to a temporary file, renamed into place on ``commit``.

    Use as a context manager: leaving the block without ``commit()`` (an error, a cancel) deletes the
    temporary file, so no half-written output is ever left at ``path``::

        with AtomicRasterWriter(path, rows, cols, transform, crs, "float32", nodata=-9999) as w:
            for row0, n in block_rows(rows, cols):
                w.write(block, row0)
            w.commit()
    """

    def __init__(self, path: Union[str, Path], rows: int, cols: int, transform: Sequence[float], crs: object,
                 dtype: object = "float32", nodata: Optional[float] = None) -> None:
        self.path = Path(path)
        if not self.path.parent.exists() or not os.access(self.path.parent, os.W_OK):
            raise InputError(QT_TRANSLATE_NOOP("InputError", "Output folder is missing or not writable: {folder}"),
                             folder=self.path.parent)
        self._tmpdir = Path(tempfile.mkdtemp(prefix=".neaspec-", dir=self.path.parent))
        self._tmp = self._tmpdir / (self.path.stem + ".tif")
        opts = ["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER"]
        self._ds = gdal.GetDriverByName("GTiff").Create(str(self._tmp), int(cols), int(rows), 1,
                                                        _gdal_type(dtype), options=opts)
        if self._ds is None:
            self.abort()
            raise InputError(QT_TRANSLATE_NOOP("InputError", "Cannot create {path}: {error}"), path=self.path,
                             error=gdal.GetLastErrorMsg())
        self._ds.SetGeoTransform(tuple(float(v) for v in transform))
        wkt = _wkt(crs)
        if wkt:
            self._ds.SetProjection(wkt)
        self._band = self._ds.GetRasterBand(1)
        if nodata is not None:
            self._band.SetNoDataValue(float(nodata))
        self.dtype = np.dtype(dtype)  # type: ignore[call-overload]
        self.committed = False

    #: Tile height of the GeoTIFF: write bands of rows that are multiples of it (see ``block_rows(align=)``).
    TILE = 256

    def write(self, block: np.ndarray, row0: int, col0: int = 0) -> None:
        """Write ``block`` with its top-left cell at ``(row0, col0)``.

        When the block ends on a tile-row boundary (or at the last row), the finished tiles are flushed out of
        GDAL's block cache, so memory stays bounded by the block size rather than by ``GDAL_CACHEMAX``.
        """
        block = np.asarray(block, dtype=self.dtype)
        self._band.WriteArray(block, int(col0), int(row0))
        end = int(row0) + block.shape[0]
        if end % self.TILE == 0 or end == self._ds.RasterYSize:
            self._band.FlushCache()

    def commit(self) -> Path:
        """Close the file and move it to ``path`` (replacing an existing file only now)."""
        self._band.FlushCache()
        self._band = self._ds = None
        os.replace(self._tmp, self.path)
        self.committed = True
        shutil.rmtree(self._tmpdir, ignore_errors=True)
        return self.path

    def abort(self) -> None:
        """Drop the temporary file; ``path`` is left as it was."""
        self._band = self._ds = None
        shutil.rmtree(self._tmpdir, ignore_errors=True)

    def __enter__(self) -> AtomicRasterWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.committed:
            self.abort()


# ------------------------------------------------------------------------------------------------ tiles

#: file endings taken from a folder of tiles
TILE_SUFFIXES = (".tif", ".tiff", ".vrt", ".img", ".hgt", ".jp2")


def expand_tiles(sources: Union[str, Path, Sequence[Union[str, Path]]], what: str = "LANDCOVER") -> list[str]:
    """The raster files named by ``sources``: one path, a folder (its rasters, sorted by name), or a list of both.

    A ``;``-separated string is split (as QGIS writes several files in one text value). Missing paths and empty
    folders are errors that name them; ``what`` names the parameter in messages (e.g. ``LANDCOVER``, ``DEM``).
    """
    items: list[Union[str, Path]]
    if isinstance(sources, (str, Path)):
        items = [p for p in str(sources).split(";") if p.strip()] if ";" in str(sources) else [sources]
    else:
        items = list(sources)
    paths: list[str] = []
    for item in items:
        p = Path(str(item).strip())
        if str(item).startswith("/vsi"):
            paths.append(str(item))
        elif p.is_dir():
            found = sorted(str(f) for f in p.iterdir() if f.is_file() and f.suffix.lower() in TILE_SUFFIXES)
            if not found:
                raise InputError(QT_TRANSLATE_NOOP("InputError", "Folder '{folder}' holds no raster tiles "
                                                   "(.tif, .tiff, .vrt, .img, .hgt, .jp2) for {what}."),
                                 folder=str(p), what=what)
            paths.extend(found)
        elif p.exists():
            paths.append(str(p))
        else:
            raise InputError(QT_TRANSLATE_NOOP("InputError", "File not found: {path}"), path=str(p))
    if not paths:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "No {what} raster was given."), what=what)
    return list(dict.fromkeys(paths))


@dataclass
class TileInfo:
    """What a tile's header says (nothing read): path, CRS, geotransform, shape, nodata and GDAL data type."""

    path: str
    crs: pyproj.CRS
    transform: Transform
    shape: tuple[int, int]
    nodata: Optional[float]
    data_type: int
    bands: int

    @property
    def name(self) -> str:
        return Path(self.path).name

    def footprint_lonlat(self, densify: int = 16) -> shapely.Polygon:
        """The tile's outline in WGS84 longitude/latitude (edges densified so a projected tile bends right)."""
        return polygon_lonlat(grid_bounds(self.transform, self.shape), self.crs, densify)


def tile_info(path: str) -> TileInfo:
    ds = open_raster(path)
    try:
        wkt = ds.GetProjection()
        if not wkt:
            raise InputError(QT_TRANSLATE_NOOP("InputError", "Raster '{name}' has no coordinate reference system. "
                                               "Set it (Layer Properties ▸ Source) and run again."),
                             name=Path(path).name)
        band = ds.GetRasterBand(1)
        return TileInfo(str(path), pyproj.CRS.from_wkt(wkt), tuple(ds.GetGeoTransform()),  # type: ignore[arg-type]
                        (ds.RasterYSize, ds.RasterXSize), band.GetNoDataValue(), band.DataType, ds.RasterCount)
    finally:
        ds = None  # noqa: F841


def polygon_lonlat(bounds: Sequence[float], crs: object, densify: int = 16) -> shapely.Polygon:
    """The box ``(xmin, ymin, xmax, ymax)`` in ``crs`` as a WGS84 lon/lat polygon, edges densified."""
    xmin, ymin, xmax, ymax = (float(v) for v in bounds)
    t = np.linspace(0.0, 1.0, densify + 1)[:-1]
    xs = np.concatenate([xmin + (xmax - xmin) * t, np.full(t.size, xmax), xmax - (xmax - xmin) * t,
                         np.full(t.size, xmin)])
    ys = np.concatenate([np.full(t.size, ymin), ymin + (ymax - ymin) * t, np.full(t.size, ymax),
                         ymax - (ymax - ymin) * t])
    src = pyproj.CRS.from_user_input(crs)
    if not src.is_geographic or src.to_epsg() != 4326:
        xs, ys = pyproj.Transformer.from_crs(src, pyproj.CRS.from_epsg(4326), always_xy=True).transform(xs, ys)
    return shapely.Polygon(np.column_stack([xs, ys]))


def group_by_crs(tiles: Sequence[TileInfo]) -> list[list[TileInfo]]:
    """Tiles grouped by CRS, the largest group first (ties: the order given)."""
    groups: list[list[TileInfo]] = []
    for tile in tiles:
        for group in groups:
            if group[0].crs == tile.crs:
                group.append(tile)
                break
        else:
            groups.append([tile])
    return sorted(groups, key=lambda g: -len(g))


def mosaic_vrt(tiles: Sequence[TileInfo], path: Union[str, Path], nodata: Optional[float] = None) -> str:
    """A VRT mosaic of tiles that share one CRS (band 1 of each), written to ``path``; returns its path.

    ``nodata`` overrides the tiles' own nodata value (the first tile's is used otherwise). Where tiles overlap
    the later one wins (gdalbuildvrt's rule); the finest resolution of the tiles is kept.
    """
    nd = tiles[0].nodata if nodata is None else nodata
    options = gdal.BuildVRTOptions(resolution="highest", bandList=[1],
                                   srcNodata=None if nd is None else float(nd),
                                   VRTNodata=None if nd is None else float(nd))
    ds = gdal.BuildVRT(str(path), [t.path for t in tiles], options=options)
    if ds is None:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Cannot build a mosaic of the tiles {names}: {error}"),
                         names=", ".join(t.name for t in tiles), error=gdal.GetLastErrorMsg())
    ds = None  # noqa: F841 - written on close
    return str(path)


def snapped_grid(bounds: Sequence[float], cell: float) -> tuple[Transform, tuple[int, int]]:
    """A north-up grid of ``cell`` covering ``bounds``, its edges on multiples of ``cell`` (so runs align)."""
    xmin, ymin, xmax, ymax = (float(v) for v in bounds)
    x0, y0 = np.floor(xmin / cell) * cell, np.ceil(ymax / cell) * cell
    cols = max(1, int(np.ceil((xmax - x0) / cell - 1e-9)))
    rows = max(1, int(np.ceil((y0 - ymin) / cell - 1e-9)))
    return (float(x0), float(cell), 0.0, float(y0), 0.0, -float(cell)), (rows, cols)


def bounds_in(polygon_ll: shapely.Polygon, crs: object) -> tuple[float, float, float, float]:
    """Bounds in ``crs`` of a lon/lat polygon (its densified vertices transformed)."""
    coords = np.asarray(polygon_ll.exterior.coords)
    xs, ys = pyproj.Transformer.from_crs(pyproj.CRS.from_epsg(4326), pyproj.CRS.from_user_input(crs),
                                         always_xy=True).transform(coords[:, 0], coords[:, 1])
    ok = np.isfinite(xs) & np.isfinite(ys)
    return float(xs[ok].min()), float(ys[ok].min()), float(xs[ok].max()), float(ys[ok].max())


def warp_block(sources: Sequence[gdal.Dataset], transform: Sequence[float], shape: tuple[int, int], crs: object,
               resampling: str, dtype: object, dst_nodata: float, bands: int = 1,
               memory_mb: int = 128, src_cells_per_cell: float = 1.0) -> np.ndarray:
    """Warp already opened datasets onto a window of a grid (``(bands, rows, cols)``), sources in order.

    Each source keeps its own CRS (GDAL reprojects it) and nodata, band by band; destination cells no source
    reaches keep ``dst_nodata``. Only the source windows under the block are read. Overviews are never used for
    values. The window is warped in strips of columns whose source window (``src_cells_per_cell`` source cells per
    destination cell, at most 12 bytes each while GDAL reads and warps them) stays within ``memory_mb``, so memory
    does not depend on how wide the grid is or how fine the sources are.
    """
    rows, cols = shape
    out_dtype = np.dtype(dtype)  # type: ignore[call-overload]
    out = np.empty((bands, rows, cols), dtype=out_dtype)
    per_strip = max(1.0, float(memory_mb) * 2**20 / (12.0 * max(float(src_cells_per_cell), 1.0)))
    width = int(min(cols, max(64, per_strip // max(1, rows))))
    method = _RESAMPLING[resampling]
    opts = gdal.WarpOptions(resampleAlg=method, dstNodata=float(dst_nodata), multithread=False,
                            warpMemoryLimit=float(memory_mb) * 1024 * 1024, overviewLevel="NONE",
                            errorThreshold=0.0, warpOptions=["UNIFIED_SRC_NODATA=NO"])
    wkt = _wkt(crs)
    for col0 in range(0, cols, width):
        ncols = min(width, cols - col0)
        dst = gdal.GetDriverByName("MEM").Create("", int(ncols), int(rows), bands, _gdal_type(out_dtype))
        dst.SetGeoTransform(window_transform(transform, 0, col0))
        dst.SetProjection(wkt)
        for b in range(1, bands + 1):
            dst.GetRasterBand(b).SetNoDataValue(float(dst_nodata))
            dst.GetRasterBand(b).Fill(float(dst_nodata))
        result = gdal.Warp(dst, list(sources), options=opts)
        if result is None:
            raise InputError(QT_TRANSLATE_NOOP("InputError", "Cannot reproject the tiles onto the analysis grid: "
                                               "{error}"), error=gdal.GetLastErrorMsg())
        out[:, :, col0:col0 + ncols] = dst.ReadAsArray().reshape(bands, rows, ncols)
        dst = result = None  # noqa: F841
    return out


def cells_per_cell(tile_transform: Sequence[float], tile_crs: pyproj.CRS, cell: float, lat_min: float) -> float:
    """About how many cells of a tile fall in one analysis cell of ``cell`` metres (an upper bound: a geographic
    tile's cells are taken at the latitude nearest the equator, where they are widest)."""
    if tile_crs.is_geographic:
        dx = abs(float(tile_transform[1])) * 111_320.0 * max(np.cos(np.radians(min(abs(lat_min), 89.0))), 1e-3)
        dy = abs(float(tile_transform[5])) * 110_574.0
    else:
        dx, dy = abs(float(tile_transform[1])), abs(float(tile_transform[5]))
    return max(1.0, (cell / dx) * (cell / dy))


def polygonize_labels(labels: np.ndarray, transform: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    """One multipolygon per positive label of an integer grid (0 = background), by GDAL's Polygonize.

    Returns ``(labels, multipolygons)`` sorted by label. Polygonize's 4-connected pieces of one label never
    overlap, so the pieces are grouped without any polygon union.
    """
    key = np.asarray(labels).astype(np.int32, copy=False)
    rows, cols = key.shape
    if not (key > 0).any():
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=object)
    ds = gdal.GetDriverByName("MEM").Create("", int(cols), int(rows), 1, gdal.GDT_Int32)
    ds.SetGeoTransform(tuple(float(v) for v in transform))
    band = ds.GetRasterBand(1)
    band.WriteArray(key)
    band.SetNoDataValue(0)
    vds = ogr.GetDriverByName("Memory").CreateDataSource("labels")
    lyr = vds.CreateLayer("labels", None, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    gdal.Polygonize(band, band, lyr, 0, [])
    values, wkbs = [], []
    for batch in lyr.GetArrowStreamAsNumPy(options=["INCLUDE_FID=NO"]):
        values.append(np.asarray(batch["v"]))
        geom_key = next(k for k in batch if k != "v")
        wkbs.extend(np.asarray(batch[geom_key]).tolist())
    lyr = None  # noqa: F841 - the layer before its data source, then the raster
    vds = ds = None  # noqa: F841
    polys = shapely.from_wkb(np.array(wkbs, dtype=object))
    found = np.concatenate(values).astype(np.int64) if values else np.zeros(0, dtype=np.int64)
    order = np.argsort(found, kind="stable")
    found, polys = found[order], polys[order]
    groups, index = np.unique(found, return_inverse=True)
    return groups, shapely.multipolygons(polys, indices=index)
