"""Countries: features split at country borders.

``prepare_countries`` turns a country layer into polygons in the analysis CRS clipped to the area of interest,
sorted by code; ``split_by_country`` cuts features (habitat, candidate sites) at the borders: features wholly
inside one country stay whole, the others are intersected with each country they touch, where country polygons
overlap (disputed areas) the earlier code keeps the overlap, and what lies in no country is kept apart.

No QGIS import here.
"""
from __future__ import annotations

from typing import Optional

import numpy as np
import pyproj
import shapely

from neaspec_planner.core.crs import as_crs, reproject
from neaspec_planner.core.geometry import SLIVER_M2, clean_polygons, clipped_intersection, grouped_union, polygonal_part
from neaspec_planner.core.progress import Progress
from neaspec_planner.core.vector_io import VectorData


def prepare_countries(countries: Optional[VectorData], codes: Optional[np.ndarray], crs: pyproj.CRS,
                       extent: tuple[float, float, float, float], report: list[str],
                       progress: Progress) -> tuple[np.ndarray, np.ndarray]:
    """Disjoint country polygons (one per code, clipped to ``extent`` in the analysis CRS) and their codes."""
    if countries is None or codes is None or not len(countries):
        return np.empty(0, dtype=object), np.empty(0, dtype=object)
    geoms = np.asarray(countries.geometry, dtype=object)
    src = as_crs(countries.crs, countries.name)
    if src != crs:
        report.append(f"{countries.name}: reprojected from {src.name} to the analysis CRS.")
    work = reproject(geoms, src, crs)
    work, idx, rep = clean_polygons(work)
    report.append(rep.summary(countries.name))
    code_arr: np.ndarray = np.asarray(codes, dtype=object)[idx]
    x0, y0, x1, y1 = extent
    pad = max(x1 - x0, y1 - y0) * 0.01 + 1000.0
    work = shapely.clip_by_rect(work, x0 - pad, y0 - pad, x1 + pad, y1 + pad)
    keep = ~shapely.is_empty(work)
    work, code_arr = work[keep], code_arr[keep]
    invalid = ~shapely.is_valid(work)  # clip_by_rect may return invalid rings on odd input
    if invalid.any():
        work[invalid] = shapely.make_valid(work[invalid])
    work = polygonal_part(work, copy=False)
    progress(0.5)
    # No dissolve and no global "make disjoint" step: on edge-matched borders of tens of thousands of vertices
    # either costs seconds per pair. Features keep their code (several per code are fine: the summary groups
    # by code), sorted by code, and a disputed overlap is resolved per habitat feature in split_by_country.
    area = shapely.area(work)
    ok = area > 0
    work, code_arr = work[ok], code_arr[ok]
    order = np.argsort(np.array(["" if c is None else str(c) for c in code_arr.tolist()], dtype=str), kind="stable")
    return work[order], code_arr[order]


def split_by_country(hab: np.ndarray, country_geoms: np.ndarray,
                      progress: Progress) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Habitat split at country borders: (unit geometries, habitat row, country index or -1).

    Features inside exactly one country polygon stay whole (a prepared ``contains_properly`` query); the others
    are intersected with each country polygon they touch. Where country polygons overlap (disputed areas), the
    overlap goes to the earlier polygon (codes in alphabetical order), resolved for the affected features only.
    """
    n = len(hab)
    if not len(country_geoms):
        return hab, np.arange(n), np.full(n, -1)
    tree = shapely.STRtree(hab)
    shapely.prepare(country_geoms)
    try:
        c_in, h_in = tree.query(country_geoms, predicate="contains_properly")
        progress(0.2)
        c_hit, h_hit = tree.query(country_geoms, predicate="intersects")
    finally:
        shapely.destroy_prepared(country_geoms)
    progress(0.4)
    hits = np.bincount(h_hit, minlength=n)
    inside = np.zeros(n, dtype=bool)
    inside[h_in] = True
    inside &= hits == 1  # inside one polygon and touching no other
    country_of = np.full(n, -1)
    country_of[h_in] = c_in
    border = ~inside[h_hit]
    c_b, h_b = c_hit[border], h_hit[border]
    order = np.lexsort((c_b, h_b))
    c_b, h_b = c_b[order], h_b[order]
    # a large country polygon is cut to the habitat feature's box first (clipped_intersection)
    pieces = clipped_intersection(hab[h_b], country_geoms[c_b]) if len(h_b) else np.empty(0, object)
    progress(0.7)
    ok = shapely.area(pieces) > SLIVER_M2 if len(pieces) else np.zeros(0, bool)
    pieces, h_b, c_b = pieces[ok], h_b[ok], c_b[ok]
    if len(pieces):
        pieces = _resolve_country_overlaps(hab, pieces, h_b)
        ok = shapely.area(pieces) > SLIVER_M2
        pieces, h_b, c_b = pieces[ok], h_b[ok], c_b[ok]
    # Parts of border habitat that lie in no country polygon (sea, outside the countries layer).
    rest_rows = np.flatnonzero(~inside)
    covered = grouped_union(pieces, h_b, n)
    has_cover = ~shapely.is_missing(covered[rest_rows]) if len(rest_rows) else np.zeros(0, bool)
    need_rest, untouched = rest_rows[has_cover], rest_rows[~has_cover]
    rest = polygonal_part(shapely.difference(hab[need_rest], np.asarray(covered[need_rest], dtype=object)),
                          copy=False) if len(need_rest) else np.empty(0, dtype=object)
    rest_ok = shapely.area(rest) > SLIVER_M2 if len(rest) else np.zeros(0, bool)
    in_rows = np.flatnonzero(inside)
    units = np.concatenate([hab[in_rows], pieces, hab[untouched], rest[rest_ok]])
    src = np.concatenate([in_rows, h_b, untouched, need_rest[rest_ok]]).astype(np.int64)
    cidx = np.concatenate([country_of[in_rows], c_b, np.full(len(untouched), -1),
                           np.full(int(rest_ok.sum()), -1)]).astype(np.int64)
    progress(1.0)
    return units, src, cidx


def _resolve_country_overlaps(hab: np.ndarray, pieces: np.ndarray, h_idx: np.ndarray) -> np.ndarray:
    """Country pieces of a habitat feature made disjoint where their areas add up to more than the feature.

    ``pieces`` are sorted by (habitat, country order); only features whose pieces overlap are touched (rare:
    disputed areas), each later piece losing what the earlier ones already have.
    """
    total = np.bincount(h_idx, weights=shapely.area(pieces), minlength=len(hab))
    feat_area = shapely.area(hab)
    over = np.flatnonzero(total > feat_area * (1 + 1e-9) + 1e-6)
    if not len(over):
        return pieces
    pieces = pieces.copy()
    for h in over:  # disputed areas only: a few features
        rows = np.flatnonzero(h_idx == h)
        taken = pieces[rows[0]]
        for r in rows[1:]:
            pieces[r] = polygonal_part(np.array([shapely.difference(pieces[r], taken)], dtype=object), copy=False)[0]
            taken = shapely.union(taken, pieces[r])
    return pieces
