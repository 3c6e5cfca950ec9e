"""Countries: features split at country borders, the one operation behind the overlap, ProtConn and the Ramsar
components.

The shared steps, used by every split:

* ``country_pairs``: which features lie inside which country polygon and which touch which (one STRtree on the
  features, queried with the prepared country polygons);
* ``make_disjoint``: the pieces of one feature in several overlapping country polygons (disputed areas) made
  disjoint, the earlier piece (the earlier code) keeping the overlap;
* ``nearest_country`` (on short pieces of the outlines, ``boundary_chunks``) and ``largest_overlap``: the
  country of a part that lies in none, and the country holding most of a geometry;
* ``country_grid``: the countries rasterised on a grid (corridors and pinch points per country).

``split_by_country`` is the split of the overlap and ProtConn (``prepare_countries`` makes their country
polygons); ``core.ramsar`` splits candidate complexes with the same steps and three documented differences of
its own (see ``ramsar._split_by_country``).

No QGIS import here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd
import pyproj
import shapely

from neaspec_planner.core.crs import as_crs, reproject
from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, Note
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
        report.append(Note(QT_TRANSLATE_NOOP("InputError", "{name}: reprojected from {crs} to the analysis CRS."),
                           name=countries.name, crs=src.name))
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
    pairs = country_pairs(hab, country_geoms, progress.phase(0.0, 0.4))
    progress(0.4)
    hits = np.bincount(pairs.feature, minlength=n)
    inside = np.zeros(n, dtype=bool)
    inside[pairs.inside_feature] = True
    inside &= hits == 1  # inside one polygon and touching no other
    country_of = np.full(n, -1)
    country_of[pairs.inside_feature] = pairs.inside_country
    border = ~inside[pairs.feature]
    c_b, h_b = pairs.country[border], pairs.feature[border]
    order = np.lexsort((c_b, h_b))
    c_b, h_b = c_b[order], h_b[order]
    # a large country polygon is cut to the habitat feature's box first (clipped_intersection)
    pieces = clipped_intersection(hab[h_b], country_geoms[c_b]) if len(h_b) else np.empty(0, object)
    progress(0.7)
    ok = shapely.area(pieces) > SLIVER_M2 if len(pieces) else np.zeros(0, bool)
    pieces, h_b, c_b = pieces[ok], h_b[ok], c_b[ok]
    if len(pieces):
        pieces, _ = make_disjoint(pieces, h_b, shapely.area(hab))
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


@dataclass
class CountryPairs:
    """(feature, country) index pairs: features inside a country polygon's interior, and every pair that
    intersects. Both are in the order of the country polygons (then of the features' tree)."""

    inside_feature: np.ndarray
    inside_country: np.ndarray
    feature: np.ndarray
    country: np.ndarray


def country_pairs(features: np.ndarray, country_geoms: np.ndarray,
                  progress: Optional[Progress] = None) -> CountryPairs:
    """Which features lie inside (``contains_properly``) and which touch (``intersects``) which country polygon:
    one STRtree on the features, queried with the country polygons (few and large: they are prepared)."""
    tree = shapely.STRtree(features)
    shapely.prepare(country_geoms)
    try:
        c_in, f_in = tree.query(country_geoms, predicate="contains_properly")
        if progress is not None:
            progress(0.5)
        c_hit, f_hit = tree.query(country_geoms, predicate="intersects")
    finally:
        shapely.destroy_prepared(country_geoms)
    return CountryPairs(f_in, c_in, f_hit, c_hit)


def make_disjoint(pieces: np.ndarray, owner: np.ndarray, whole_area: np.ndarray, rel_tol: float = 1e-9,
                  abs_tol: float = 1e-6) -> tuple[np.ndarray, np.ndarray]:
    """Pieces of one feature (its parts in several country polygons) made disjoint where their areas add up to
    more than the feature's (``whole_area[owner]``, beyond ``rel_tol`` and ``abs_tol`` m²): disputed areas.

    ``pieces`` are sorted by owner, then by priority (country code); within an affected owner each later piece
    loses what the earlier ones already have. Returns the pieces (a copy when any changed) and the owners
    that were made disjoint (rare: only those are touched).
    """
    total = np.bincount(owner, weights=shapely.area(pieces), minlength=len(whole_area))
    over = np.flatnonzero(total > whole_area * (1 + rel_tol) + abs_tol)
    if not len(over):
        return pieces, over
    pieces = pieces.copy()
    for h in over:  # disputed areas only: a few features
        rows = np.flatnonzero(owner == h)
        taken = pieces[rows[0]]
        for r in rows[1:]:
            pieces[r] = polygonal_part(np.array([shapely.difference(pieces[r], taken)], dtype=object), copy=False)[0]
            taken = shapely.union(taken, pieces[r])
    return pieces, over


def largest_overlap(geoms: np.ndarray, countries: np.ndarray) -> np.ndarray:
    """Index of the country holding most of each geometry (nearest country when none overlaps)."""
    out = np.full(len(geoms), -1, dtype=int)
    pairs = country_pairs(geoms, countries)
    out[pairs.inside_feature] = pairs.inside_country
    g, c = pairs.feature, pairs.country
    cross = out[g] < 0
    g, c = g[cross], c[cross]
    if len(g):
        inter = shapely.area(shapely.intersection(geoms[g], countries[c]))
        best = pd.DataFrame({"g": g, "c": c, "a": inter}).sort_values("a", ascending=False).drop_duplicates("g")
        out[best["g"].to_numpy()] = best["c"].to_numpy()
    outside = np.flatnonzero(out < 0)
    if len(outside):
        out[outside] = nearest_country(shapely.point_on_surface(geoms[outside]), countries)
    return out


def nearest_country(parts: np.ndarray, country_geoms: np.ndarray, max_distance: Optional[float] = None) -> np.ndarray:
    """Index of the nearest country polygon for each part outside every country (-1 when none lies within
    ``max_distance``); the search runs on short pieces of the countries' outlines."""
    lines, owner = boundary_chunks(country_geoms)
    out = np.full(len(parts), -1, dtype=int)
    if not len(lines) or not len(parts):
        return out
    idx = shapely.STRtree(lines).query_nearest(parts, max_distance=max_distance, all_matches=False)
    out[idx[0]] = owner[idx[1]]
    return out


def boundary_chunks(polygons: np.ndarray, size: int = 64) -> tuple[np.ndarray, np.ndarray]:
    """The polygons' rings cut into lines of at most ``size`` segments, and the polygon index of each line:
    nearest-neighbour searches against small pieces instead of whole countries' coastlines."""
    parts, owner = shapely.get_parts(polygons, return_index=True)
    rings, ring_owner = shapely.get_rings(parts, return_index=True)
    coords, ring_of = shapely.get_coordinates(rings, return_index=True)
    if not len(coords):
        return np.empty(0, dtype=object), np.empty(0, dtype=int)
    start = np.r_[0, np.flatnonzero(np.diff(ring_of)) + 1]
    pos = np.arange(len(coords)) - np.repeat(start, np.diff(np.r_[start, len(coords)]))
    chunk = pos // size
    again = (pos % size == 0) & (pos > 0)  # a chunk's first vertex also ends the previous chunk
    ring_all = np.r_[ring_of, ring_of[again]]
    chunk_all = np.r_[chunk, chunk[again] - 1]
    pos_all = np.r_[pos, pos[again]]
    xy = np.r_[coords, coords[again]]
    order = np.lexsort((pos_all, chunk_all, ring_all))
    ring_all, chunk_all, xy = ring_all[order], chunk_all[order], xy[order]
    key = ring_all.astype(np.int64) * (int(chunk_all.max()) + 2) + chunk_all
    _, group, counts = np.unique(key, return_inverse=True, return_counts=True)
    ok = counts[group] >= 2
    _, group = np.unique(group[ok], return_inverse=True)
    lines = shapely.linestrings(xy[ok], indices=group)
    first = np.r_[0, np.flatnonzero(np.diff(group)) + 1]
    return lines, owner[ring_owner[ring_all[ok][first]]]


def country_grid(countries: Optional[VectorData], country_field: Optional[str], transform: tuple,
                 shape: tuple[int, int], crs: object) -> tuple[list[Optional[str]], np.ndarray]:
    """The countries rasterised on a grid (cell centres; a later polygon wins where they overlap): the codes
    (``None`` first, for cells in no country) and the index into them of every cell."""
    codes_list: list[Optional[str]] = [None]
    if countries is None or not len(countries):
        return codes_list, np.zeros(shape, dtype=np.int64)
    from neaspec_planner.core.layers import country_codes
    from neaspec_planner.core.raster_tools import rasterize_on_grid

    codes = country_codes(countries.attributes, country_field, countries.name)[0]
    keep = codes != None  # noqa: E711
    uniq = sorted({str(v) for v in codes[keep]})
    codes_list += uniq
    index = np.array([uniq.index(str(v)) + 1 if v is not None else 0 for v in codes], dtype=float)
    country_of = rasterize_on_grid(np.asarray(countries.geometry, dtype=object)[keep], transform, shape, crs,
                                   all_touched=False, burn_values=index[keep], dtype="int32", merge="last",
                                   geoms_crs=countries.crs).astype(np.int64)
    return codes_list, country_of
