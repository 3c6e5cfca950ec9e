"""Habitat raster × protected areas × countries: the overlap summary by zonal counting in an equal-area grid.

The raster mode of ``core.overlap``: the same summary table (``overlap.SUMMARY_FIELDS``) from a class raster, or
from a suitability surface with a threshold, without vectorising the habitat. See ``overlap_raster``.

No QGIS import here (GDAL/OGR only).
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from typing import Callable, Optional

import numpy as np
import pandas as pd
import pyproj
import shapely

from neaspec_planner.core.countries import prepare_countries
from neaspec_planner.core.crs import analysis_crs, as_crs, is_equal_area, lonlat_boxes, near_lonlat_box, reproject
from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError, Note
from neaspec_planner.core.geometry import clean_polygons
from neaspec_planner.core.layers import check_polygon_layer, codes_from, country_codes
from neaspec_planner.core.overlap import SUMMARY_FIELDS
from neaspec_planner.core.progress import Progress, ProgressFn
from neaspec_planner.core.results import Outcome, recorder
from neaspec_planner.core.vector_io import VectorData

LOG = logging.getLogger(__name__)


@dataclass
class RasterOverlapResult(Outcome):
    """Summary per habitat class and country from a habitat raster (zonal counting in an equal-area grid)."""

    summary: pd.DataFrame
    crs: pyproj.CRS
    cell_area_m2: float
    messages: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _ogr_memory_layer(geoms: np.ndarray, crs: pyproj.CRS, values: Optional[np.ndarray] = None) -> tuple:
    """An in-memory OGR layer of polygons (for gdal.RasterizeLayer), with an integer ``value`` field."""
    from osgeo import ogr, osr

    drv = ogr.GetDriverByName("Memory")
    ds = drv.CreateDataSource("overlap")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs.to_wkt())
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lyr = ds.CreateLayer("polys", srs, ogr.wkbMultiPolygon)
    lyr.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    defn = lyr.GetLayerDefn()
    wkbs = shapely.to_wkb(geoms)
    for i, wkb in enumerate(wkbs):  # rasterising needs OGR features; no bulk writer in GDAL 3.6
        feat = ogr.Feature(defn)
        feat.SetField(0, int(values[i]) if values is not None else 1)
        feat.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
        lyr.CreateFeature(feat)
    return ds, lyr


def overlap_raster(raster_path: str, protected: VectorData, countries: Optional[VectorData] = None, *,
                   country_field: Optional[str] = None, threshold: Optional[float] = None, band: int = 1,
                   block_cells: int = 8_000_000, workdir: Optional[str] = None,
                   progress: Optional[ProgressFn] = None,
                   log: Optional[Callable[[str], None]] = None) -> RasterOverlapResult:
    """Protected and gap hectares per habitat class and country from a habitat raster.

    The raster (class codes, or a suitability surface with ``threshold``: cells ≥ threshold are habitat) is
    warped (nearest neighbour) to the Lambert azimuthal equal-area grid of its extent at its own resolution
    in metres; protected areas and countries are rasterised onto that grid (cell centres) and cells are
    counted per (class, country, protected) in row blocks of at most ``block_cells``. Every cell has the same
    area in an equal-area grid, so hectares = count × cell area. Nodata cells are not habitat.
    """
    from osgeo import gdal

    from neaspec_planner.core.raster_io import open_raster

    messages: list[str] = []
    warnings: list[str] = []
    say = recorder(messages, log, LOG)

    prog = Progress(progress)
    check_polygon_layer(protected, "protected areas")
    if countries is not None:
        check_polygon_layer(countries, "countries")
    src = open_raster(raster_path)
    name = os.path.basename(str(raster_path))
    wkt = src.GetProjection()
    if not wkt:
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "Raster '{raster}' has no coordinate reference system. Assign one (Raster ▸ Projections ▸ "
            "Assign Projection) and run again."), raster=name)
    r_crs = pyproj.CRS.from_wkt(wkt)
    gt = src.GetGeoTransform()
    cols, rows = src.RasterXSize, src.RasterYSize
    corners = shapely.box(gt[0], gt[3] + rows * gt[5], gt[0] + cols * gt[1], gt[3])
    equal_area = is_equal_area(r_crs) and abs(gt[2]) == 0 and abs(gt[4]) == 0
    crs = r_crs if equal_area else analysis_crs([(np.array([corners], dtype=object), r_crs)])
    if r_crs.is_geographic:
        lat = gt[3] + rows * gt[5] / 2
        cell = abs(gt[1]) * 111_320.0 * max(np.cos(np.radians(lat)), 0.01)
    else:
        cell = abs(gt[1]) * (r_crs.axis_info[0].unit_conversion_factor if r_crs.axis_info else 1.0)
    src_band = src.GetRasterBand(band)
    nodata = src_band.GetNoDataValue()
    tmpdir = tempfile.mkdtemp(prefix=".neaspec-overlap-", dir=workdir)
    warped_path = os.path.join(tmpdir, "habitat_laea.tif")
    try:
        if equal_area:  # already an equal-area grid: count its own cells, no resampling
            say(Note(QT_TRANSLATE_NOOP(
                "InputError", "Habitat raster '{name}' is in an equal-area CRS ({crs}): cells counted as they are."),
                name=name, crs=r_crs.name))
            warped = src
        else:
            say(Note(QT_TRANSLATE_NOOP(
                "InputError", "Habitat raster '{name}' warped (nearest neighbour) to the equal-area grid, cell "
                              "{cell:.1f} m."), name=name, cell=cell))
            dst_nodata = nodata if nodata is not None else -9999.0 if src_band.DataType in (
                gdal.GDT_Float32, gdal.GDT_Float64, gdal.GDT_Int16, gdal.GDT_Int32) else 255
            warp_opts = gdal.WarpOptions(dstSRS=crs.to_wkt(), xRes=cell, yRes=cell, resampleAlg="near",
                                         srcNodata=nodata, dstNodata=dst_nodata,
                                         creationOptions=["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER"],
                                         targetAlignedPixels=True, multithread=False)
            warped = gdal.Warp(warped_path, src, options=warp_opts)
            if warped is None:
                raise InputError(QT_TRANSLATE_NOOP(
                    "InputError", "Cannot warp raster '{raster}' to the equal-area grid: {error}"),
                    raster=name, error=gdal.GetLastErrorMsg())
        prog(0.2)
        wgt = warped.GetGeoTransform()
        w_nodata = warped.GetRasterBand(band if warped is src else 1).GetNoDataValue()
        cell_area = abs(wgt[1] * wgt[5])

        pa_geoms, _, rep = clean_polygons(reproject(np.asarray(protected.geometry, dtype=object),
                                                    as_crs(protected.crs, protected.name), crs))
        say(rep.summary(protected.name))
        pa_ds, pa_lyr = _ogr_memory_layer(pa_geoms, crs)
        c_ds = c_lyr = None
        codes_list: list[Optional[str]] = []
        if countries is not None:
            codes, used = country_codes(countries.attributes, country_field, countries.name)
            say(codes_from(countries.name, used))
            bx = warped.RasterXSize * wgt[1]
            extent = (wgt[0], wgt[3] + warped.RasterYSize * wgt[5], wgt[0] + bx, wgt[3])
            box_ll = lonlat_boxes(np.array([shapely.box(*extent)], dtype=object), crs)
            near = near_lonlat_box(lonlat_boxes(np.asarray(countries.geometry, dtype=object), as_crs(countries.crs)),
                         tuple(box_ll[0]))
            sub = VectorData(np.asarray(countries.geometry, dtype=object)[near],
                             countries.attributes.iloc[np.flatnonzero(near)].reset_index(drop=True),
                             countries.crs, countries.name)
            cgeoms, ccodes = prepare_countries(sub, codes[near], crs, extent, messages, Progress())
            codes_list = list(ccodes)
            c_ds, c_lyr = _ogr_memory_layer(cgeoms, crs, np.arange(1, len(cgeoms) + 1))
        prog(0.3)

        counts: dict[tuple, int] = {}
        wband = warped.GetRasterBand(band if warped is src else 1)
        n_rows, n_cols = warped.RasterYSize, warped.RasterXSize
        step = max(1, block_cells // max(n_cols, 1))
        mem = gdal.GetDriverByName("MEM")
        for r0 in range(0, n_rows, step):
            nr = min(step, n_rows - r0)
            vals = wband.ReadAsArray(0, r0, n_cols, nr)
            valid = np.ones(vals.shape, dtype=bool)
            if w_nodata is not None:
                valid &= vals != w_nodata
            if vals.dtype.kind == "f":
                valid &= np.isfinite(vals)
            if threshold is not None:
                valid &= vals >= threshold
            block_gt = (wgt[0], wgt[1], 0.0, wgt[3] + r0 * wgt[5], 0.0, wgt[5])
            prot = np.zeros(vals.shape, dtype=np.uint8)
            ctry = np.zeros(vals.shape, dtype=np.int32)
            if valid.any():
                x0, x1 = wgt[0], wgt[0] + n_cols * wgt[1]
                y1, y0 = block_gt[3], block_gt[3] + nr * wgt[5]
                for lyr_, arr_ in ((pa_lyr, prot), (c_lyr, ctry)):
                    if lyr_ is None or lyr_.GetFeatureCount() == 0:
                        continue
                    mds = mem.Create("", n_cols, nr, 1, gdal.GDT_Int32)
                    mds.SetGeoTransform(block_gt)
                    mds.SetProjection(crs.to_wkt())
                    lyr_.SetSpatialFilterRect(x0, y0, x1, y1)
                    if lyr_ is pa_lyr:
                        gdal.RasterizeLayer(mds, [1], lyr_, burn_values=[1])
                    else:
                        gdal.RasterizeLayer(mds, [1], lyr_, options=["ATTRIBUTE=value"])
                    lyr_.SetSpatialFilter(None)
                    arr_[:] = mds.GetRasterBand(1).ReadAsArray()
                v = vals[valid]
                if threshold is None:
                    if v.dtype.kind == "f" and not np.all(np.mod(v, 1) == 0):
                        raise InputError(QT_TRANSLATE_NOOP(
                            "InputError", "Raster '{raster}' holds fractional values (a suitability surface?): set "
                            "'Suitability threshold' so that cells at or above it count as habitat."), raster=name)
                    v = v.astype(np.int64)
                else:
                    v = np.zeros(v.shape, dtype=np.int64)
                key_c = ctry[valid].astype(np.int64)
                key_p = prot[valid].astype(np.int64)
                stacked = np.stack([v, key_c, key_p], axis=1)
                uniq, cnt = np.unique(stacked, axis=0, return_counts=True)
                for (cv, cc, cp), n in zip(uniq.tolist(), cnt.tolist()):
                    counts[(cv, cc, cp)] = counts.get((cv, cc, cp), 0) + n
            prog(0.3 + 0.7 * min(1.0, (r0 + nr) / max(n_rows, 1)))
        warped = src = None  # noqa: F841 - close before removing the folder
        pa_ds = c_ds = None  # noqa: F841
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)

    label = (lambda cv: f">= {threshold:g}") if threshold is not None else (lambda cv: str(cv))
    rows_out: dict[tuple, list[float]] = {}
    for (cv, cc, cp), n in counts.items():
        key = (label(cv), codes_list[cc - 1] if cc > 0 else None)
        acc = rows_out.setdefault(key, [0.0, 0.0])
        acc[0] += n * cell_area / 10_000.0
        if cp:
            acc[1] += n * cell_area / 10_000.0
    records = [(h, c, tot, prot, 100.0 * prot / tot if tot > 0 else 0.0, tot - prot)
               for (h, c), (tot, prot) in rows_out.items()]
    summary = pd.DataFrame(records, columns=list(SUMMARY_FIELDS))
    if len(summary):
        order = np.lexsort((summary["country"].fillna("").astype(str).to_numpy(),
                            summary["habitat"].astype(str).to_numpy()))
        summary = summary.iloc[order].reset_index(drop=True)
    else:
        summary = pd.DataFrame({c: pd.Series(dtype=object if c in ("habitat", "country") else float)
                                for c in SUMMARY_FIELDS})
        warnings.append(Note(QT_TRANSLATE_NOOP(
            "InputError", "Raster '{name}' has no habitat cells: the summary is empty."), name=name))
    return RasterOverlapResult(summary, crs, cell_area, messages, warnings)
