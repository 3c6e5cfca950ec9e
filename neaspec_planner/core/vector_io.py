"""Bulk vector reading and atomic writing through the system GDAL/OGR (no pyogrio/fiona inside QGIS).

Reads are column-wise (``ogr.Layer.GetArrowStreamAsNumPy``, GDAL >= 3.6) with geometries as WKB handed to
``shapely.from_wkb``; layers with curves or M values fall back to a per-feature read that linearises them.
Writes go to a temporary file beside the target and are renamed into place only on success.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd
import pyproj
import shapely
from osgeo import gdal, ogr, osr

from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError

DRIVERS = {
    ".gpkg": "GPKG",
    ".shp": "ESRI Shapefile",
    ".geojson": "GeoJSON",
    ".json": "GeoJSON",
    ".kml": "KML",
    ".csv": "CSV",
    ".fgb": "FlatGeobuf",
}
GEOMETRY_TYPES = {
    None: ogr.wkbNone,
    "Point": ogr.wkbPoint,
    "MultiPoint": ogr.wkbMultiPoint,
    "LineString": ogr.wkbLineString,
    "MultiLineString": ogr.wkbMultiLineString,
    "Polygon": ogr.wkbPolygon,
    "MultiPolygon": ogr.wkbMultiPolygon,
}


@dataclass
class VectorData:
    """Geometries (shapely array), attributes (DataFrame, same row order), CRS and name of a layer."""

    geometry: np.ndarray
    attributes: pd.DataFrame
    crs: Optional[pyproj.CRS]
    name: str
    geometry_type: str = "Unknown"

    def __len__(self) -> int:
        return len(self.geometry)


def truncate_utf8(value: str, max_bytes: int = 254) -> str:
    """``value`` cut to at most ``max_bytes`` UTF-8 bytes without splitting a character (DBF text limit)."""
    data = value.encode("utf-8")
    if len(data) <= max_bytes:
        return value
    return data[:max_bytes].decode("utf-8", errors="ignore")


def split_uri(uri: str) -> tuple[str, Optional[str]]:
    """``path|layername=x`` (QGIS style) → ``(path, x)``."""
    path, layer = uri, None
    if "|" in uri:
        path, *opts = uri.split("|")
        for opt in opts:
            if opt.startswith("layername="):
                layer = opt.split("=", 1)[1]
    return path, layer


def open_layer(uri: str, layer: Optional[str] = None) -> tuple[ogr.DataSource, ogr.Layer]:
    path, uri_layer = split_uri(str(uri))
    layer = layer or uri_layer
    if not path.startswith("/vsi") and not os.path.exists(path):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "File not found: {path}"), path=path)
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    if ds is None:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Cannot open '{path}' as a vector file: it may be corrupt "
                                               "or truncated ({error})."), path=path, error=gdal.GetLastErrorMsg())
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    if lyr is None:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' not found in '{path}'."), layer=layer,
                         path=path)
    return ds, lyr


def _crs_of(lyr: ogr.Layer) -> Optional[pyproj.CRS]:
    srs = lyr.GetSpatialRef()
    if srs is None:
        return None
    return pyproj.CRS.from_wkt(srs.ExportToWkt())


_DECODE = np.frompyfunc(bytes.decode, 1, 1)  # UTF-8, strict (invalid bytes: np.char.decode with replacement)


def _decode(column: np.ndarray) -> np.ndarray:
    """Arrow columns as numpy: byte strings → str, masked → None."""
    mask = np.ma.getmaskarray(column) if isinstance(column, np.ma.MaskedArray) else None
    data = np.ma.getdata(column)
    if data.dtype.kind == "S":
        try:  # bytes.decode as a ufunc: ~8× faster than np.char.decode
            out = _DECODE(data).astype(object)
        except UnicodeDecodeError:
            out = np.char.decode(data, "utf-8", errors="replace").astype(object)
    elif data.dtype == object:
        out = np.array([v.decode("utf-8", "replace") if isinstance(v, bytes) else v for v in data], dtype=object)
    else:
        out = data
    if mask is not None and mask.any():
        out = out.astype(object)
        out[mask] = None
    return out


def _wkb_to_geoms(column: np.ndarray) -> np.ndarray:
    data = np.ma.getdata(column)
    mask = np.ma.getmaskarray(column) if isinstance(column, np.ma.MaskedArray) else np.zeros(len(data), bool)
    values = np.empty(len(data), dtype=object)
    values[:] = data.tolist()
    values[mask] = None
    return shapely.from_wkb(values, on_invalid="warn")


def _needs_linearising(lyr: ogr.Layer) -> bool:
    gtype = lyr.GetGeomType()
    return bool(ogr.GT_IsNonLinear(gtype) or ogr.GT_HasM(gtype) or gtype == ogr.wkbUnknown and _has_curves(lyr))


def _has_curves(lyr: ogr.Layer) -> bool:
    lyr.ResetReading()
    for i, feat in enumerate(lyr):
        geom = feat.GetGeometryRef()
        if geom is not None and (geom.HasCurveGeometry() or ogr.GT_HasM(geom.GetGeometryType())):
            lyr.ResetReading()
            return True
        if i > 1000:
            break
    lyr.ResetReading()
    return False


def read_vector(uri: str, layer: Optional[str] = None, columns: Optional[Sequence[str]] = None,
                where: Optional[str] = None, name: Optional[str] = None) -> VectorData:
    """Read a vector layer (any OGR format) into shapely geometries and a DataFrame."""
    ds, lyr = open_layer(uri, layer)
    layer_name = name or lyr.GetName()
    if where:
        lyr.SetAttributeFilter(where)
    defn = lyr.GetLayerDefn()
    field_names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    wanted = [f for f in field_names if columns is None or f in columns]
    # GDAL 3.6's Arrow reader returns empty geometry blobs for a layer without attribute fields: read per feature.
    if _needs_linearising(lyr) or not hasattr(lyr, "GetArrowStreamAsNumPy") or not field_names:
        geoms, attrs = _read_features(lyr, wanted)
    else:
        geoms, attrs = _read_arrow(lyr, wanted)
    gtype = ogr.GeometryTypeToName(lyr.GetGeomType())
    crs = _crs_of(lyr)
    ds = None  # noqa: F841 - close
    return VectorData(geoms, attrs, crs, layer_name, gtype)


def _read_arrow(lyr: ogr.Layer, wanted: list[str]) -> tuple[np.ndarray, pd.DataFrame]:
    geom_col = lyr.GetGeometryColumn() or "wkb_geometry"
    options = ["INCLUDE_FID=NO", "MAX_FEATURES_IN_BATCH=65536"]
    if lyr.GetGeomType() == ogr.wkbNone:
        geom_col = None
    stream = lyr.GetArrowStreamAsNumPy(options=options)
    geoms_parts: list[np.ndarray] = []
    cols: dict[str, list[np.ndarray]] = {f: [] for f in wanted}
    for batch in stream:
        if geom_col is not None:
            key = geom_col if geom_col in batch else next((k for k in batch if k not in cols), None)
            geoms_parts.append(_wkb_to_geoms(batch[key]) if key else np.full(len(next(iter(batch.values()))), None))
        for f in wanted:
            if f in batch:
                cols[f].append(_decode(batch[f]))
    n = (sum(len(g) for g in geoms_parts) if geom_col
         else (sum(len(v) for v in next(iter(cols.values()))) if cols else 0))
    geoms = np.concatenate(geoms_parts) if geoms_parts else np.full(n, None, dtype=object)
    frame = pd.DataFrame({f: (np.concatenate(v) if v else np.full(len(geoms), None)) for f, v in cols.items()})
    if geom_col is None and not len(frame):
        frame = pd.DataFrame(columns=wanted)
    return geoms, frame


def _read_features(lyr: ogr.Layer, wanted: list[str]) -> tuple[np.ndarray, pd.DataFrame]:
    """Fallback for curved or measured geometries: linearise and drop M per feature."""
    wkbs: list = []
    rows: dict[str, list] = {f: [] for f in wanted}
    lyr.ResetReading()
    for feat in lyr:
        geom = feat.GetGeometryRef()
        if geom is None:
            wkbs.append(None)
        else:
            lin = geom.GetLinearGeometry() if geom.HasCurveGeometry() else geom.Clone()
            lin.FlattenTo2D()
            wkbs.append(bytes(lin.ExportToIsoWkb()))
        for f in wanted:
            rows[f].append(feat.GetField(f))
    values = np.empty(len(wkbs), dtype=object)
    values[:] = wkbs
    return shapely.from_wkb(values, on_invalid="warn"), pd.DataFrame(rows, columns=wanted)


# ---------------------------------------------------------------------------------------------- writing


def _ogr_field_type(series: pd.Series) -> tuple[int, int]:
    kind = series.dtype.kind
    if kind == "b":  # 0/1 integers: GDAL 3.6's Arrow reader mis-reads boolean GeoPackage columns
        return ogr.OFTInteger, ogr.OFSTNone
    if kind in "iu":
        return ogr.OFTInteger64, ogr.OFSTNone
    if kind == "f":
        return ogr.OFTReal, ogr.OFSTNone
    return ogr.OFTString, ogr.OFSTNone


def _srs(crs: object) -> Optional[osr.SpatialReference]:
    if crs is None:
        return None
    srs = osr.SpatialReference()
    srs.ImportFromWkt(pyproj.CRS.from_user_input(crs).to_wkt())
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _promote(geom: ogr.Geometry, gtype: int) -> ogr.Geometry:
    if gtype == ogr.wkbMultiPolygon:
        return ogr.ForceToMultiPolygon(geom)
    if gtype == ogr.wkbMultiLineString:
        return ogr.ForceToMultiLineString(geom)
    if gtype == ogr.wkbMultiPoint:
        return ogr.ForceToMultiPoint(geom)
    return geom


def write_vector(path: str | Path, geometry: Optional[np.ndarray], attributes: pd.DataFrame, crs: object,
                 layer_name: Optional[str] = None, geometry_type: Optional[str] = "MultiPolygon",
                 driver: Optional[str] = None, creation_options: Sequence[str] = (),
                 append: bool = False, bulk: bool = False) -> Path:
    """Write a layer atomically (temporary file, then rename). Returns the path written.

    For GeoPackages, ``append=True`` adds a layer to an existing file (written to a copy, then swapped).
    ``bulk=True`` (new GeoPackage layers with geometry only) creates the empty layer with OGR and inserts
    the rows through SQLite in one transaction, then builds the spatial index: ~10× faster for large layers.
    """
    path = Path(path)
    driver = driver or DRIVERS.get(path.suffix.lower())
    if driver is None:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Unsupported output format '{suffix}' for {path}; use .gpkg, "
                                               ".shp, .geojson or .kml."), suffix=path.suffix, path=path)
    layer_name = layer_name or path.stem
    if not path.parent.exists():
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Output folder does not exist: {folder}"), folder=path.parent)
    if not os.access(path.parent, os.W_OK):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Output folder is not writable: {folder}"), folder=path.parent)
    if bulk and driver == "GPKG" and not append and geometry is not None:
        with GpkgStreamWriter(path, attributes, crs, layer_name, geometry_type, creation_options) as writer:
            writer.append(geometry, attributes)
        return path
    tmpdir = Path(tempfile.mkdtemp(prefix=".neaspec-", dir=path.parent))
    try:
        tmp = tmpdir / path.name
        if append and path.exists():
            shutil.copy2(path, tmp)
        _write_layer(tmp, driver, geometry, attributes, crs, layer_name, geometry_type, creation_options, append)
        siblings = [p for p in tmpdir.iterdir()]
        for produced in siblings:  # shapefiles write several files: move each
            os.replace(produced, path.parent / produced.name)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    return path


def _write_layer(tmp: Path, driver_name: str, geometry: Optional[np.ndarray], attributes: pd.DataFrame,
                 crs: object, layer_name: str, geometry_type: Optional[str], creation_options: Sequence[str],
                 append: bool) -> None:
    drv = ogr.GetDriverByName(driver_name)
    ds = ogr.Open(str(tmp), 1) if append and tmp.exists() else drv.CreateDataSource(str(tmp))
    if ds is None:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Cannot create {path}: {error}"), path=tmp.name,
                         error=gdal.GetLastErrorMsg())
    options = list(creation_options)
    if driver_name == "ESRI Shapefile":
        options.append("ENCODING=UTF-8")
    if driver_name == "GPKG" and append:
        options.append("OVERWRITE=YES")
    gtype = GEOMETRY_TYPES.get(geometry_type, ogr.wkbUnknown) if geometry is not None else ogr.wkbNone
    lyr = ds.CreateLayer(layer_name, _srs(crs) if geometry is not None else None, gtype, options=options)
    if lyr is None:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Cannot create layer '{layer}' in {path}: {error}"),
                         layer=layer_name, path=tmp.name, error=gdal.GetLastErrorMsg())
    columns = list(attributes.columns)
    for col in columns:
        ftype, subtype = _ogr_field_type(attributes[col])
        fdef = ogr.FieldDefn(str(col), ftype)
        fdef.SetSubType(subtype)
        if lyr.CreateField(fdef) != 0:
            raise InputError(QT_TRANSLATE_NOOP("InputError", "Cannot create field '{field}' in {path}."), field=col,
                             path=tmp.name)
    defn = lyr.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    wkbs = shapely.to_wkb(geometry) if geometry is not None else None
    records = attributes.astype(object).where(attributes.notna(), None).to_numpy()
    lyr.StartTransaction()
    for row in range(len(attributes) if geometry is None else len(geometry)):
        feat = ogr.Feature(defn)
        for j, _name in enumerate(names):
            value = records[row, j] if len(columns) else None
            if value is None:
                feat.SetFieldNull(j)
            elif isinstance(value, (bool, np.bool_)):
                feat.SetField(j, int(value))
            elif isinstance(value, (np.integer,)):
                feat.SetField(j, int(value))
            elif isinstance(value, (np.floating, float)):
                feat.SetField(j, float(value))
            else:
                feat.SetField(j, str(value))
        if wkbs is not None and wkbs[row] is not None:
            geom = ogr.CreateGeometryFromWkb(wkbs[row])
            feat.SetGeometryDirectly(_promote(geom, gtype))
        lyr.CreateFeature(feat)
    lyr.CommitTransaction()
    ds = None  # noqa: F841 - flush and close


def _as_multi(geometry: np.ndarray, geometry_type: Optional[str]) -> np.ndarray:
    """Single parts promoted to the layer's multi type (as OGR's Force* does), vectorised."""
    kinds = {"MultiPolygon": (3, shapely.multipolygons), "MultiLineString": (1, shapely.multilinestrings),
             "MultiPoint": (0, shapely.multipoints)}
    if geometry_type not in kinds:
        return geometry
    single, make = kinds[geometry_type]
    out = geometry.copy()
    idx = np.flatnonzero(shapely.get_type_id(geometry) == single)
    if len(idx):
        out[idx] = make(geometry[idx][:, None])
    return out


def _gpkg_blobs(geometry: np.ndarray, bounds: np.ndarray, present: np.ndarray, empty: np.ndarray, srs_id: int,
                geometry_type: Optional[str], batch: int = 20_000) -> list:
    """GeoPackage geometry blobs (header with envelope + ISO WKB), built in batches to bound memory.

    Single 2-D polygons/lines/points of a multi layer get the multi WKB prefix (byte order, type, one part)
    in front of their own WKB instead of a promoted copy of the geometry.
    """
    import struct

    multi_code = {"MultiPolygon": (3, 6), "MultiLineString": (1, 5), "MultiPoint": (0, 4)}.get(geometry_type or "")
    header = np.zeros(len(geometry), dtype=[("magic", "S2"), ("version", "u1"), ("flags", "u1"),
                                            ("srs", "<i4"), ("env", "<f8", (4,))])
    header["magic"] = b"GP"
    header["flags"] = 0x03  # little endian, xy envelope
    header["srs"] = srs_id
    header["env"] = bounds[:, [0, 2, 1, 3]]
    size = header.dtype.itemsize
    empty_header = struct.pack("<2sBBi", b"GP", 0, 0x11, srs_id)  # empty flag, no envelope
    blobs: list = [None] * len(geometry)
    for start in range(0, len(geometry), batch):
        stop = min(start + batch, len(geometry))
        part = geometry[start:stop]
        prefix = np.full(len(part), b"", dtype=object)
        if multi_code is not None:
            single = (shapely.get_type_id(part) == multi_code[0]) & ~shapely.has_z(part) & present[start:stop]
            prefix[single] = struct.pack("<BII", 1, multi_code[1], 1)
            with_z = (shapely.get_type_id(part) == multi_code[0]) & shapely.has_z(part)
            if with_z.any():
                part = part.copy()
                part[with_z] = _as_multi(part[with_z], geometry_type)
        wkb = shapely.to_wkb(part, flavor="iso")
        raw = header[start:stop].tobytes()
        for i in np.flatnonzero(present[start:stop]).tolist():
            blobs[start + i] = raw[i * size:(i + 1) * size] + prefix[i] + wkb[i]
        empty_multi = struct.pack("<BII", 1, multi_code[1], 0) if multi_code is not None else None
        for i in np.flatnonzero(empty[start:stop]).tolist():
            blobs[start + i] = empty_header + (empty_multi or wkb[i])
    return blobs


def _sql_values(series: pd.Series) -> list:
    """Column values as Python natives for sqlite3 (NaN/None → None)."""
    kind = series.dtype.kind
    if kind in "iub":
        values = series.to_numpy()
        return (values.astype(np.int64) if kind == "b" else values).tolist()  # Python ints, converted in C
    if kind == "f":
        values = series.to_numpy(dtype=float)
        nan = np.isnan(values)
        if not nan.any():
            return values.tolist()
        with_null = values.astype(object)
        with_null[nan] = None
        return with_null.tolist()
    values = series.tolist()
    if set(map(type, values)) <= {str, type(None)}:  # text with or without NULLs: bound as they are
        return values
    out: list = []
    for v in values:
        if v is None or (isinstance(v, float) and v != v) or v is pd.NA:
            out.append(None)
        elif isinstance(v, (bool, np.bool_, np.integer)):
            out.append(int(v))
        elif isinstance(v, (float, np.floating)):
            out.append(float(v))
        else:
            out.append(str(v))
    return out


_RND_TOWARDS, _RND_AWAY = 1.0 - 1.0 / 8388608.0, 1.0 + 1.0 / 8388608.0


def _float32_down(values: np.ndarray) -> np.ndarray:
    """SQLite R*Tree's ``rtreeValueDown``: the float32 at or below each double."""
    f = values.astype(np.float32)
    low = f.astype(np.float64) > values
    if low.any():
        v = values[low]
        f[low] = (v * np.where(v < 0, _RND_AWAY, _RND_TOWARDS)).astype(np.float32)
    return f


def _float32_up(values: np.ndarray) -> np.ndarray:
    """SQLite R*Tree's ``rtreeValueUp``: the float32 at or above each double."""
    f = values.astype(np.float32)
    high = f.astype(np.float64) < values
    if high.any():
        v = values[high]
        f[high] = (v * np.where(v < 0, _RND_TOWARDS, _RND_AWAY)).astype(np.float32)
    return f


def rtree_bulk_load(con: sqlite3.Connection, rtree: str, ids: np.ndarray, bounds: np.ndarray) -> None:
    """Fill an empty 2-D SQLite R*Tree (a GeoPackage ``rtree_<table>_<geom>``) in one go.

    Writes the R*Tree's shadow tables (``_node``, ``_rowid``, ``_parent``) directly with a sort-tile-recursive
    packed tree instead of inserting row by row (each insert walks and splits nodes: ~10 µs per feature, 0.6 s
    for 60,000). ``bounds`` are (minx, miny, maxx, maxy) doubles, stored as SQLite does (float32 rounded
    outwards). Node format: 2-byte depth (root only), 2-byte cell count, cells of a big-endian int64 id and four
    big-endian float32 (minx, maxx, miny, maxy), zero-padded to the node size of the existing root.
    """
    ids = np.asarray(ids, dtype=np.int64)
    if not len(ids):
        return
    node_size = con.execute(f'SELECT length(data) FROM "{rtree}_node" WHERE nodeno = 1').fetchone()[0]
    cell = np.dtype([("id", ">i8"), ("c", ">f4", (4,))])
    fanout = (node_size - 4) // cell.itemsize
    box = np.column_stack([_float32_down(bounds[:, 0]), _float32_up(bounds[:, 2]),
                           _float32_down(bounds[:, 1]), _float32_up(bounds[:, 3])])  # minx, maxx, miny, maxy
    # sort-tile-recursive order of the leaf entries: vertical slices by x, then by y within each slice
    n = len(ids)
    n_leaves = -(-n // fanout)
    per_slice = fanout * max(1, int(np.ceil(np.sqrt(n_leaves))))
    cx, cy = box[:, 0].astype(float) + box[:, 1], box[:, 2].astype(float) + box[:, 3]
    by_x = np.argsort(cx, kind="stable")
    order = by_x[np.lexsort((cy[by_x], np.arange(n) // per_slice))]
    levels = []  # per level, bottom up: (entry ids, boxes, node index of each entry)
    ids_l, box_l = ids[order], box[order]
    while True:
        node_of = np.arange(len(ids_l)) // fanout
        levels.append((ids_l, box_l, node_of))
        m = int(node_of[-1]) + 1
        if m == 1:
            break
        starts = np.arange(0, len(ids_l), fanout)
        lo, hi = np.minimum.reduceat(box_l, starts, axis=0), np.maximum.reduceat(box_l, starts, axis=0)
        parent_box = np.column_stack([lo[:, 0], hi[:, 1], lo[:, 2], hi[:, 3]])
        ids_l, box_l = np.zeros(m, dtype=np.int64), parent_box  # ids: node numbers, set below
    # node numbers: the root is 1, then level by level downwards
    first = {}
    nxt = 1
    for depth in range(len(levels) - 1, -1, -1):
        first[depth] = nxt
        nxt += int(levels[depth][2][-1]) + 1
    node_rows: list = []
    parent_rows: list = []
    for depth in range(len(levels) - 1, -1, -1):
        ids_l, box_l, node_of = levels[depth]
        if depth > 0:  # entries are nodes of the level below
            ids_l = first[depth - 1] + np.arange(len(ids_l), dtype=np.int64)
            parent_rows.append(np.column_stack([ids_l, first[depth] + node_of]))
        m = int(node_of[-1]) + 1
        cells = np.zeros(m * fanout, dtype=cell)
        cells["id"][:len(ids_l)] = ids_l
        cells["c"][:len(ids_l)] = box_l
        buf = np.zeros((m, node_size), dtype=np.uint8)
        buf[:, 4:4 + fanout * cell.itemsize] = cells.view(np.uint8).reshape(m, -1)
        counts = np.bincount(node_of, minlength=m).astype(">u2")
        buf[:, 2:4] = counts.view(np.uint8).reshape(m, 2)
        if depth == len(levels) - 1:
            buf[0, 0:2] = np.array([depth], dtype=">u2").view(np.uint8)
        node_rows.extend(zip((first[depth] + np.arange(m)).tolist(), [bytes(row) for row in buf]))
        if depth == 0:
            leaf_rows = np.column_stack([ids_l, first[0] + node_of])
    con.executemany(f'INSERT OR REPLACE INTO "{rtree}_node" (nodeno, data) VALUES (?, ?)', node_rows)
    con.executemany(f'INSERT INTO "{rtree}_rowid" (rowid, nodeno) VALUES (?, ?)', leaf_rows.tolist())
    if parent_rows:
        con.executemany(f'INSERT INTO "{rtree}_parent" (nodeno, parentnode) VALUES (?, ?)',
                        np.concatenate(parent_rows).tolist())


class GpkgStreamWriter:
    """A new GeoPackage layer written in batches through SQLite, atomically.

    OGR creates the empty layer (schema, SRS, metadata, R-tree and its triggers, exactly as usual) in a
    temporary file beside the target; ``append`` inserts rows in bulk (GeoPackage blobs built from shapely's
    WKB, the R-tree filled from the bounds); ``close`` restores GDAL's triggers, sets the extent and feature
    count, and renames the file into place. ``abort`` (or an exception inside ``with``) leaves nothing.
    ~10× faster than a per-feature OGR loop, and callers can stream results instead of holding them.
    """

    def __init__(self, path: str | Path, template: pd.DataFrame, crs: object, layer_name: Optional[str] = None,
                 geometry_type: Optional[str] = "MultiPolygon", creation_options: Sequence[str] = (),
                 bulk_rtree: bool = False) -> None:
        import sqlite3

        self.path = Path(path)
        if not self.path.parent.exists():
            raise InputError(QT_TRANSLATE_NOOP("InputError", "Output folder does not exist: {folder}"),
                             folder=self.path.parent)
        if not os.access(self.path.parent, os.W_OK):
            raise InputError(QT_TRANSLATE_NOOP("InputError", "Output folder is not writable: {folder}"),
                             folder=self.path.parent)
        self.geometry_type = geometry_type
        self.columns = [str(c) for c in template.columns]
        self.tmpdir = Path(tempfile.mkdtemp(prefix=".neaspec-", dir=self.path.parent))
        self.tmp = self.tmpdir / self.path.name
        self.count = 0
        self.extent = [np.inf, np.inf, -np.inf, -np.inf]
        # bulk_rtree: the R-tree is packed once in close() (rtree_bulk_load) from the bounds kept here
        self.bulk_rtree = bulk_rtree
        self._rtree_rows: list[np.ndarray] = []
        self.con: Optional[sqlite3.Connection] = None
        try:
            _write_layer(self.tmp, "GPKG", np.empty(0, dtype=object), template.iloc[:0], crs,
                         layer_name or self.path.stem, geometry_type, creation_options, False)
            self.con = sqlite3.connect(str(self.tmp), isolation_level=None)
            con = self.con
            self.table, self.geom_col, self.srs_id = con.execute(
                "SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns "
                "WHERE lower(table_name) = lower(?)", (layer_name or self.path.stem,)).fetchone()
            fid_col = next(row[1] for row in con.execute(f'PRAGMA table_info("{self.table}")') if row[5])
            names = [fid_col, self.geom_col] + self.columns
            quoted = ", ".join('"' + n.replace('"', '""') + '"' for n in names)
            self.insert = f'INSERT INTO "{self.table}" ({quoted}) VALUES ({", ".join("?" * len(names))})'
            # GDAL's R-tree triggers call its own SQL functions (ST_IsEmpty…), unknown to this connection, and
            # its feature-count triggers update a row per insert: set them aside while inserting and put GDAL's
            # trigger SQL back unchanged at the end.
            self.triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                                        "tbl_name = ?", (self.table,)).fetchall()
            self.rtree = f"rtree_{self.table}_{self.geom_col}"
            self.has_rtree = con.execute("SELECT count(*) FROM sqlite_master WHERE name = ?",
                                         (self.rtree,)).fetchone()[0] > 0
            # one explicit transaction (DDL would otherwise autocommit, each with an fsync); the file is a
            # temporary one renamed into place afterwards, so no journal or sync is needed for safety
            con.execute("PRAGMA synchronous = OFF")
            con.execute("PRAGMA journal_mode = MEMORY")
            con.execute("BEGIN")
            for name, _ in self.triggers:
                con.execute(f'DROP TRIGGER "{name}"')
        except BaseException:
            self.abort()
            raise

    def append(self, geometry: np.ndarray, attributes: pd.DataFrame) -> None:
        """Insert a batch of rows (``attributes`` with the template's columns, same order as ``geometry``)."""
        geometry = np.asarray(geometry, dtype=object)
        if not len(geometry):
            return
        missing = shapely.is_missing(geometry)
        empty = np.zeros(len(geometry), dtype=bool)
        empty[~missing] = shapely.is_empty(geometry[~missing])
        present = ~missing & ~empty
        bounds = shapely.bounds(geometry)
        blobs = _gpkg_blobs(geometry, bounds, present, empty, self.srs_id, self.geometry_type)
        assert self.con is not None, "append() after close()"
        fids = range(self.count + 1, self.count + len(geometry) + 1)
        values = [fids, blobs] + [_sql_values(attributes[c]) for c in self.columns]
        self.con.executemany(self.insert, zip(*values))
        if self.has_rtree and present.any() and self.bulk_rtree:
            idx = np.flatnonzero(present)
            self._rtree_rows.append(np.column_stack([idx + self.count + 1.0, bounds[idx]]))
        elif self.has_rtree and present.any():
            idx = np.flatnonzero(present)
            rows = np.column_stack([idx + self.count + 1.0, bounds[idx][:, [0, 2, 1, 3]]])
            self.con.executemany(f'INSERT INTO "{self.rtree}" VALUES (?, ?, ?, ?, ?)',
                                 ((int(r[0]), r[1], r[2], r[3], r[4]) for r in rows.tolist()))
        if present.any():
            b = bounds[present]
            self.extent = [min(self.extent[0], float(b[:, 0].min())), min(self.extent[1], float(b[:, 1].min())),
                           max(self.extent[2], float(b[:, 2].max())), max(self.extent[3], float(b[:, 3].max()))]
        self.count += len(geometry)

    def close(self) -> Path:
        """Finish the layer and move the file into place; returns the path."""
        con = self.con
        assert con is not None, "close() called twice"
        try:
            if self._rtree_rows:
                rows = np.concatenate(self._rtree_rows)
                self._rtree_rows = []
                rtree_bulk_load(con, self.rtree, rows[:, 0].astype(np.int64), rows[:, 1:])
            for _, sql in self.triggers:
                con.execute(sql)
            if np.isfinite(self.extent).all():
                con.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                            "WHERE lower(table_name) = lower(?)", (*self.extent, self.table))
            written = con.execute(f'SELECT count(*) FROM "{self.table}"').fetchone()[0]
            con.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                        (written, self.table))
            con.execute("COMMIT")
            con.close()
            self.con = None
            if written != self.count:
                raise InputError(QT_TRANSLATE_NOOP("InputError", "Writing {file} failed: {written} of {count} features "
                                                   "written."), file=self.path.name, written=written, count=self.count)
            os.replace(self.tmp, self.path)
        finally:
            self.abort()
        return self.path

    def abort(self) -> None:
        """Drop everything written so far (nothing appears at the target path)."""
        if self.con is not None:
            self.con.close()
            self.con = None
        shutil.rmtree(self.tmpdir, ignore_errors=True)

    def __enter__(self) -> GpkgStreamWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:  # noqa: ANN001
        if exc_type is None:
            self.close()
        else:
            self.abort()


def write_table(path: str | Path, table: pd.DataFrame, layer_name: Optional[str] = None, append: bool = False) -> Path:
    """A table without geometry (GeoPackage attribute table or CSV), atomically."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return write_vector(path, None, table, None, layer_name, None, driver="CSV")
    return write_vector(path, None, table, None, layer_name, None, append=append,
                        creation_options=["ASPATIAL_VARIANT=GPKG_ATTRIBUTES"] if path.suffix.lower() == ".gpkg" else ())
