"""The projection rule: every area and distance is computed in a Lambert azimuthal equal-area CRS centred
on the data's extent (metres). North-East Asia spans ~95° of longitude and crosses 180° (Chukotka), so the
centre is found on the circle of longitudes, and polygons written across the antimeridian are unwrapped.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

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
