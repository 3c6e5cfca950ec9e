"""Geometry hygiene on copies of the input: repair, drop what cannot be measured, count what was done."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely

POLYGONAL = ("Polygon", "MultiPolygon")


@dataclass
class CleanReport:
    """What the cleaning did, for the log."""

    total: int = 0
    repaired: int = 0
    null_or_empty: int = 0
    slivers: int = 0
    not_polygonal: int = 0
    messages: list[str] = field(default_factory=list)

    def summary(self, layer: str) -> str:
        parts = [f"{layer}: {self.total} features"]
        if self.repaired:
            parts.append(f"{self.repaired} invalid geometries repaired (make_valid)")
        if self.null_or_empty:
            parts.append(f"{self.null_or_empty} null or empty skipped")
        if self.slivers:
            parts.append(f"{self.slivers} zero-area slivers skipped")
        if self.not_polygonal:
            parts.append(f"{self.not_polygonal} non-polygon geometries skipped")
        return "; ".join(parts)


def polygonal_part(geoms: np.ndarray) -> np.ndarray:
    """The polygonal content of each geometry (collections from make_valid lose their lines and points)."""
    geoms = np.asarray(geoms, dtype=object)
    out = geoms.copy()
    kinds = shapely.get_type_id(geoms)
    collections = np.flatnonzero(kinds == 7)
    for i in collections:  # only GeometryCollections, rare: those produced by make_valid
        parts = shapely.get_parts(geoms[i])
        polys = parts[np.isin(shapely.get_type_id(parts), (3, 6))]
        out[i] = shapely.union_all(polys) if len(polys) else shapely.Polygon()
    lines_points = np.isin(kinds, (0, 1, 2, 4, 5))
    out[lines_points] = shapely.Polygon()
    return out


def clean_polygons(geoms: np.ndarray, min_area: float = 0.0) -> tuple[np.ndarray, np.ndarray, CleanReport]:
    """Repaired 2-D polygons, the indices of the input rows they came from, and a report.

    ``min_area`` (in the squared units of the geometries' CRS) drops slivers; 0 drops only zero-area ones.
    """
    geoms = np.asarray(geoms, dtype=object)
    report = CleanReport(total=len(geoms))
    present = ~shapely.is_missing(geoms)
    present[present] = ~shapely.is_empty(geoms[present])
    report.null_or_empty = int((~present).sum())
    index = np.flatnonzero(present)
    work = geoms[index]
    has_z = shapely.has_z(work)
    if has_z.any():  # copy only what has Z (a full copy of a large layer costs memory and time)
        work[has_z] = shapely.force_2d(work[has_z])
    kinds = shapely.get_type_id(work)
    not_poly = ~np.isin(kinds, (3, 6, 7))
    report.not_polygonal = int(not_poly.sum())
    index, work = index[~not_poly], work[~not_poly]
    invalid = ~shapely.is_valid(work)
    report.repaired = int(invalid.sum())
    if invalid.any():
        work[invalid] = shapely.make_valid(work[invalid])
    work = polygonal_part(work)
    area = shapely.area(work)
    empty = shapely.is_empty(work)
    sliver = (area <= min_area) & ~empty
    report.slivers = int(sliver.sum())
    report.null_or_empty += int(empty.sum())
    keep = ~(sliver | empty)
    return work[keep], index[keep], report
