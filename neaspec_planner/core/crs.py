"""The projection rule: every area and distance is computed in a Lambert azimuthal equal-area CRS centred
on the data's extent (metres). North-East Asia spans ~95° of longitude and crosses 180° (Chukotka), so the
centre is found on the circle of longitudes, and polygons written across the antimeridian are unwrapped.

Also here: the analysis CRS of several layers (``choose_crs``: their own CRS when they share one equal-area
projection, else ``analysis_crs``), its name for the log (``describe_crs``), and the longitude/latitude boxes
used to leave out data far from the area of interest before anything is reprojected (``lonlat_boxes``,
``near_lonlat_box``, ``near_box``).

``lonlat_bounds`` (one joint extent of a layer, corners normalised to -180..180, for ``analysis_crs``) and
``lonlat_boxes`` (one box per geometry, corners and centre, for the pre-filters) are kept apart on purpose: the
analysis CRS, and so every area, depends on ``lonlat_bounds`` exactly as it is.
"""
from __future__ import annotations

import functools
import warnings
from collections.abc import Iterable, Sequence
from typing import Optional

import numpy as np
import pyproj
import shapely

from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError

WGS84 = pyproj.CRS.from_epsg(4326)


def as_crs(crs: object, layer_name: str = "layer") -> pyproj.CRS:
    """A ``pyproj.CRS`` from WKT, EPSG code, authority string or CRS; ``InputError`` if missing."""
    if crs is None or crs == "":
        raise InputError(
            QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' has no coordinate reference system. Set it in QGIS "
                              "(Layer Properties ▸ Source) and run again."), layer=layer_name)
    if isinstance(crs, pyproj.CRS):
        return crs
    try:
        return pyproj.CRS.from_user_input(crs)
    except pyproj.exceptions.CRSError as exc:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' has an unreadable coordinate reference "
                                           "system: {error}"), layer=layer_name, error=exc) from exc


def unwrap_longitudes(lons: np.ndarray) -> np.ndarray:
    """Longitudes shifted by +360 where that makes their range shortest (data across 180°)."""
    lons = np.asarray(lons, dtype=float)
    if lons.size == 0:
        return lons
    shifted = np.where(lons < 0, lons + 360.0, lons)
    if np.ptp(shifted) < np.ptp(lons):
        return shifted
    return lons


def lonlat_bounds(geometries: np.ndarray, crs: object) -> tuple[float, float, float, float]:
    """Extent ``(lon_min, lat_min, lon_max, lat_max)`` of geometries; ``lon_max`` may exceed 180."""
    geoms = np.asarray(geometries, dtype=object)
    geoms = geoms[~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)] if geoms.size else geoms
    if geoms.size == 0:
        raise ValueError("no geometries to take an extent from")
    src = as_crs(crs)
    # Sample the bounds corners and the polygons' representative points: cheap and robust.
    bounds = shapely.bounds(geoms)
    xs = np.concatenate([bounds[:, 0], bounds[:, 2], bounds[:, 0], bounds[:, 2]])
    ys = np.concatenate([bounds[:, 1], bounds[:, 3], bounds[:, 3], bounds[:, 1]])
    if not src.is_geographic:
        to_ll = pyproj.Transformer.from_crs(src, WGS84, always_xy=True)
        xs, ys = to_ll.transform(xs, ys)
    ok = np.isfinite(xs) & np.isfinite(ys)
    lons = unwrap_longitudes(((xs[ok] + 180.0) % 360.0) - 180.0)
    lats = ys[ok]
    return float(lons.min()), float(lats.min()), float(lons.max()), float(lats.max())


def equal_area_crs(lon_centre: float, lat_centre: float) -> pyproj.CRS:
    """Lambert azimuthal equal-area on WGS84 centred at the given point (rounded to 0.1°), metres."""
    lon = ((round(float(lon_centre), 1) + 180.0) % 360.0) - 180.0
    lat = round(float(np.clip(lat_centre, -90.0, 90.0)), 1)
    return pyproj.CRS.from_proj4(
        f"+proj=laea +lat_0={lat:g} +lon_0={lon:g} +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs"
    )


def analysis_crs(layers: Sequence[tuple[np.ndarray, object]]) -> pyproj.CRS:
    """The equal-area CRS for the joint extent of several ``(geometries, crs)`` layers."""
    boxes = []
    for geoms, crs in layers:
        geoms = np.asarray(geoms, dtype=object)
        if geoms.size and np.any(~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)):
            boxes.append(lonlat_bounds(geoms, crs))
    if not boxes:
        return equal_area_crs(0.0, 0.0)
    lon_min = unwrap_longitudes(np.array([b[0] for b in boxes] + [b[2] for b in boxes]))
    lats = [b[1] for b in boxes] + [b[3] for b in boxes]
    return equal_area_crs((lon_min.min() + lon_min.max()) / 2.0, (min(lats) + max(lats)) / 2.0)


def _unwrap_geographic(geoms: np.ndarray) -> np.ndarray:
    """Shift negative longitudes by +360 in geometries that straddle 180° (width > 180° in degrees)."""
    bounds = shapely.bounds(geoms)
    wide = np.nan_to_num(bounds[:, 2] - bounds[:, 0]) > 180.0
    if not wide.any():
        return geoms
    out = geoms.copy()

    def shift(coords: np.ndarray) -> np.ndarray:
        coords = coords.copy()
        coords[:, 0] = np.where(coords[:, 0] < 0, coords[:, 0] + 360.0, coords[:, 0])
        return coords

    out[wide] = shapely.transform(geoms[wide], shift)
    return out


def reproject(geometries: Iterable, src: object, dst: object) -> np.ndarray:
    """Geometries transformed from ``src`` to ``dst`` (2-D); antimeridian-straddling input is unwrapped."""
    geoms = np.asarray(list(geometries) if not isinstance(geometries, np.ndarray) else geometries, dtype=object)
    src_crs, dst_crs = as_crs(src), as_crs(dst)
    if geoms.size == 0:
        return geoms
    if src_crs == dst_crs:
        return shapely.force_2d(geoms)
    if src_crs.is_geographic:
        geoms = _unwrap_geographic(geoms)
    transformer = pyproj.Transformer.from_crs(src_crs, dst_crs, always_xy=True)

    def apply(coords: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(shapely.force_2d(geoms), apply)


def area_ha(geometries: np.ndarray) -> np.ndarray:
    """Areas in hectares of geometries already in an equal-area CRS in metres."""
    return shapely.area(np.asarray(geometries, dtype=object)) / 10_000.0


def check_projected_raster(crs: object, name: str) -> pyproj.CRS:
    """The raster's CRS if it is projected in metres; otherwise ``InputError`` (never degrees as metres)."""
    raster_crs = as_crs(crs, name)
    if raster_crs.is_geographic:
        raise InputError(
            QT_TRANSLATE_NOOP("InputError", "Raster '{raster}' is in a geographic CRS ({crs}): cell sizes are in "
                              "degrees, not metres. Reproject it to a projected CRS in metres first (Raster ▸ "
                              "Projections ▸ Warp), e.g. a Lambert azimuthal equal-area or UTM CRS."),
            raster=name, crs=raster_crs.name)
    unit = raster_crs.axis_info[0].unit_name if raster_crs.axis_info else "metre"
    if unit not in ("metre", "meter", "m"):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Raster '{raster}' uses '{unit}' as its unit; reproject it "
                                           "to a CRS in metres."), raster=name, unit=unit)
    return raster_crs


# -------------------------------------------------------------------------------- choosing, naming


def lonlat_boxes(geoms: np.ndarray, crs: pyproj.CRS) -> np.ndarray:
    """Per-geometry (lon_min, lat_min, lon_max, lat_max) from the bounds' corners (NaN for missing)."""
    b = shapely.bounds(geoms)
    if crs.is_geographic:
        return b
    to_ll = _to_lonlat(crs.to_wkt())
    xs = np.column_stack([b[:, 0], b[:, 2], b[:, 0], b[:, 2], (b[:, 0] + b[:, 2]) / 2])
    ys = np.column_stack([b[:, 1], b[:, 3], b[:, 3], b[:, 1], (b[:, 1] + b[:, 3]) / 2])
    lon, lat = to_ll.transform(xs.ravel(), ys.ravel())
    lon = np.asarray(lon).reshape(xs.shape)
    lat = np.asarray(lat).reshape(ys.shape)
    lon = np.where(np.isfinite(lon), lon, np.nan)
    with warnings.catch_warnings():  # rows of missing geometries are all-NaN: they stay NaN
        warnings.simplefilter("ignore", RuntimeWarning)
        out = np.column_stack([np.nanmin(lon, 1), np.nanmin(lat, 1), np.nanmax(lon, 1), np.nanmax(lat, 1)])
    # a box whose corners straddle 180° comes out nearly world-wide: keep it (it is only a pre-filter)
    return out


@functools.lru_cache(maxsize=8)
def _to_lonlat(wkt: str) -> pyproj.Transformer:
    """A cached transformer to WGS84 (lon, lat): ``lonlat_boxes`` is called with the same few CRSs."""
    return pyproj.Transformer.from_crs(pyproj.CRS.from_wkt(wkt), WGS84, always_xy=True)


def near_lonlat_box(boxes: np.ndarray, box: tuple[float, float, float, float], margin: float = 2.0) -> np.ndarray:
    """Rows of ``boxes`` (lon/lat) that intersect ``box`` (lon_max may exceed 180) grown by ``margin`` degrees."""
    lon0, lat0, lon1, lat1 = box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin
    ok = np.isfinite(boxes).all(axis=1)
    lat_hit = (boxes[:, 1] <= lat1) & (boxes[:, 3] >= lat0)
    hit = np.zeros(len(boxes), dtype=bool)
    for shift in (-360.0, 0.0, 360.0):
        hit |= (boxes[:, 0] + shift <= lon1) & (boxes[:, 2] + shift >= lon0)
    wide = (boxes[:, 2] - boxes[:, 0]) >= 180.0  # split at the antimeridian or world-wide: keep
    return ~ok | (lat_hit & (hit | wide))


def near_box(bounds: np.ndarray, box: np.ndarray, margin: float) -> np.ndarray:
    """Rows of ``bounds`` that intersect ``box`` grown by ``margin`` (same CRS); missing geometries are kept."""
    ok = np.isfinite(bounds).all(axis=1)
    hit = (bounds[:, 0] <= box[2] + margin) & (bounds[:, 2] >= box[0] - margin) & \
        (bounds[:, 1] <= box[3] + margin) & (bounds[:, 3] >= box[1] - margin)
    return ~ok | hit


def joint_lonlat_box(boxes: np.ndarray) -> Optional[tuple[float, float, float, float]]:
    """The box holding every finite row of ``lonlat_boxes`` (lon_max may exceed 180); None without any."""
    boxes = boxes[np.isfinite(boxes).all(axis=1)]
    if not len(boxes):
        return None
    lons = unwrap_longitudes(np.concatenate([boxes[:, 0], boxes[:, 2]]))
    return float(lons.min()), float(boxes[:, 1].min()), float(lons.max()), float(boxes[:, 3].max())


_EQUAL_AREA_METHODS = ("lambert azimuthal equal area", "albers equal area", "lambert cylindrical equal area",
                       "mollweide", "eckert iv", "eckert vi", "sinusoidal", "equal earth",
                       "interrupted goode homolosine")


def is_equal_area(crs: pyproj.CRS) -> bool:
    """True for a projected CRS in metres whose projection preserves areas (LAEA, Albers, Mollweide…)."""
    if not crs.is_projected:
        return False
    try:
        method = crs.coordinate_operation.method_name.lower() if crs.coordinate_operation else ""
        unit = crs.axis_info[0].unit_name if crs.axis_info else ""
    except Exception:  # noqa: BLE001 - exotic CRS definitions: just not a shortcut
        return False
    return unit in ("metre", "meter", "m") and any(m in method for m in _EQUAL_AREA_METHODS)


def to_crs(geoms: np.ndarray, src: pyproj.CRS, dst: pyproj.CRS) -> np.ndarray:
    """``reproject``, except that geometries already in ``dst`` are passed on uncopied (clean_polygons drops
    Z/M itself): one copy fewer of the largest arrays."""
    if src == dst:
        return geoms
    return reproject(geoms, src, dst)


def describe_crs(crs: pyproj.CRS) -> str:
    """A short name for the log (LAEA made from a PROJ string is named 'unknown')."""
    if crs.name and crs.name != "unknown":
        return crs.name
    op = crs.coordinate_operation
    params = {p.name: p.value for p in op.params} if op is not None else {}
    lat = params.get("Latitude of natural origin", 0.0)
    lon = params.get("Longitude of natural origin", 0.0)
    return f"{op.method_name if op is not None else 'projection'} centred at {lat:g}°, {lon:g}°"


def choose_crs(layers: Sequence[tuple[np.ndarray, pyproj.CRS]]) -> pyproj.CRS:
    """The analysis CRS: the inputs' own CRS when they all share one equal-area projection in metres
    (areas are identical in every equal-area projection, so nothing is reprojected), otherwise the LAEA
    of their joint extent (``analysis_crs``)."""
    crss = [c for g, c in layers if len(g)]
    if crss and all(c == crss[0] for c in crss) and is_equal_area(crss[0]):
        return crss[0]
    return analysis_crs(layers)
