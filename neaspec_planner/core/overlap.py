"""Habitat × protected areas × countries: protected pieces, gaps and a per-country summary in hectares.

The question of every workshop: how much of each habitat is protected, in which country, and where are the
unprotected parts?  The answer must not count overlapping or nested designations twice and must split
transboundary habitat by country.

Method (vectorised, shapely 2):

1. The inputs are checked (points where polygons are expected, missing CRS), protected areas and countries far
   from the habitat are dropped by their longitude/latitude boxes, and every layer is reprojected to the
   Lambert azimuthal equal-area CRS of the joint extent of the habitat and the remaining protected areas
   (``core.crs.analysis_crs``). Geometries are cleaned (``core.geometry.clean_polygons``).
2. Habitat features are split by country: features lying wholly inside one country polygon are kept as they
   are (a prepared ``contains_properly`` query), the rest are intersected with each country polygon they
   touch (GEOS OverlayNG clips the country to the feature's envelope first). Where country polygons overlap
   (disputed areas), the first code in alphabetical order keeps the overlap. Parts outside every country
   polygon keep an empty (NULL) country.
3. For each chunk of habitat units, an STRtree bulk query gives the (unit, protected area) pairs that
   intersect; ``shapely.intersection`` makes the pairwise pieces (a protected area that wholly contains the unit
   gives the unit itself). Units hit by one protected area are done; for units hit by several, the pieces are
   united locally (a grouped ``union_all``): overlapping or nested protected areas are never counted twice and
   no global union of all protected areas is ever built. The gap is the unit minus its covered part.
4. Optional breakdown by IUCN category or designation type, without double counting: a part covered by several
   categories is credited to the highest one in a fixed hierarchy (IUCN Ia > Ib > II > III > IV > V > VI > other;
   National > Regional > International > other).

Areas are ``shapely.area`` in the equal-area CRS, in hectares. All outputs are in that CRS.

The GEOS-heavy steps run on up to 4 threads (shapely releases the GIL inside GEOS): validity checks and repairs
in contiguous slices (``parallel``), and the overlay chunk by chunk on worker threads (``_overlay_concurrently``)
while the calling thread writes the finished chunks. No geometry object is shared between threads (workers get
exact copies of their protected areas), and the result is identical to a single-threaded run
(``NEASPEC_THREADS=1``).
"""
from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Callable, Literal, Optional

import numpy as np
import pandas as pd
import pyproj
import shapely

from neaspec_planner.core import layers
from neaspec_planner.core.crs import WGS84, analysis_crs, as_crs, reproject, unwrap_longitudes
from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError
from neaspec_planner.core.geometry import CleanReport, clean_polygons, polygonal_part
from neaspec_planner.core.progress import Progress, ProgressFn
from neaspec_planner.core.results import Outcome
from neaspec_planner.core.vector_io import VectorData

LOG = logging.getLogger(__name__)

Breakdown = Literal["none", "iucn", "designation"]

#: Protected-area id fields tried in this order (both WDPA schemas, shapefile-cut names).
PA_ID_FIELDS = ("WDPAID", "SITE_ID", "WDPA_PID", "SITE_PID", "ramsarid", "id", "fid", "ID")
IUCN_FIELDS = ("IUCN_CAT", "IUCN_CATEG", "iucn_cat")
DESIG_FIELDS = ("DESIG_TYPE", "desig_type", "DESIG_TYP")
#: Strictest first. Anything else (Not Reported, Not Applicable, Not Assigned, empty) is "other".
IUCN_ORDER = ("Ia", "Ib", "II", "III", "IV", "V", "VI")
#: National designations first: "international" then means "covered only by international designations".
DESIG_ORDER = ("National", "Regional", "International")

OUTPUT_FIELDS = ("habitat", "country", "pa_ids", "area_ha")
GAP_FIELDS = ("habitat", "country", "area_ha")
SUMMARY_FIELDS = ("habitat", "country", "habitat_ha", "protected_ha", "protected_pct", "gap_ha")

#: Overlay pieces smaller than this (m², 1 cm²) are floating-point slivers of shared edges: left out (their area
#: stays with the unprotected part, so habitat_ha = protected_ha + gap_ha holds).
SLIVER_M2 = 1e-4
#: Stands for NULL class/country while grouping the summary.
_NULL_KEY = "\uffff<null>"
#: Habitat units processed at once (bounds the size of the pair and piece arrays).
DEFAULT_CHUNK = 10_000


@dataclass
class OverlapResult(Outcome):
    """Pieces inside protection, gaps and the summary table, all in ``crs`` (equal-area, metres)."""

    protected_geometry: np.ndarray
    protected: pd.DataFrame
    gap_geometry: np.ndarray
    gaps: pd.DataFrame
    summary: pd.DataFrame
    crs: pyproj.CRS
    messages: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------- helpers


def country_codes(attributes: pd.DataFrame, field_name: Optional[str] = None,
                  layer_name: str = "countries") -> tuple[np.ndarray, str]:
    """Country codes (upper-case str or None) per row and the field used (``core.layers.country_code_array``:
    ISO3 / ISO_A3 / ADM0_A3 / GID_0 / … when no field is given; Natural Earth's ``-99`` replaced by ADM0_A3)."""
    return layers.country_code_array(attributes, field_name, layer_name)


def _check_polygon_layer(data: VectorData, role: str) -> None:
    """``InputError`` for a layer of points or lines where polygons are expected, or without a CRS."""
    geoms = np.asarray(data.geometry, dtype=object)
    present = geoms[~shapely.is_missing(geoms)] if geoms.size else geoms
    if present.size:
        kinds = shapely.get_type_id(present)
        polygonal = np.isin(kinds, (3, 6, 7)).any()
        if not polygonal:
            if np.isin(kinds, (0, 4)).all():
                if role.startswith("protected"):
                    raise InputError(QT_TRANSLATE_NOOP(
                        "InputError", "Layer '{layer}' ({role}) holds points, but polygons are needed. Protected "
                        "Planet publishes sites without a boundary as points with a reported area (REP_AREA, km²): "
                        "buffer them to circles of that area first (radius = sqrt(REP_AREA × 1,000,000 / π) metres, "
                        "in a projected CRS): tick 'Draw WDPA points as circles of their reported area (REP_AREA)' "
                        "of this tool, or use Vector ▸ Geoprocessing ▸ Buffer."), layer=data.name, role=role)
                raise InputError(QT_TRANSLATE_NOOP(
                    "InputError", "Layer '{layer}' ({role}) holds points, but polygons are needed."),
                    layer=data.name, role=role)
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "Layer '{layer}' ({role}) holds no polygons (lines or other geometries); choose a "
                "polygon layer."), layer=data.name, role=role)
    as_crs(data.crs, data.name)


def _lonlat_boxes(geoms: np.ndarray, crs: pyproj.CRS) -> np.ndarray:
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
    import warnings

    with warnings.catch_warnings():  # rows of missing geometries are all-NaN: they stay NaN
        warnings.simplefilter("ignore", RuntimeWarning)
        out = np.column_stack([np.nanmin(lon, 1), np.nanmin(lat, 1), np.nanmax(lon, 1), np.nanmax(lat, 1)])
    # a box whose corners straddle 180° comes out nearly world-wide: keep it (it is only a pre-filter)
    return out


@functools.lru_cache(maxsize=8)
def _to_lonlat(wkt: str) -> pyproj.Transformer:
    return pyproj.Transformer.from_crs(pyproj.CRS.from_wkt(wkt), WGS84, always_xy=True)


def _near(boxes: np.ndarray, box: tuple[float, float, float, float], margin: float = 2.0) -> np.ndarray:
    """Rows of ``boxes`` (lon/lat) that intersect ``box`` (lon_max may exceed 180) grown by ``margin`` degrees."""
    lon0, lat0, lon1, lat1 = box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin
    ok = np.isfinite(boxes).all(axis=1)
    lat_hit = (boxes[:, 1] <= lat1) & (boxes[:, 3] >= lat0)
    hit = np.zeros(len(boxes), dtype=bool)
    for shift in (-360.0, 0.0, 360.0):
        hit |= (boxes[:, 0] + shift <= lon1) & (boxes[:, 2] + shift >= lon0)
    wide = (boxes[:, 2] - boxes[:, 0]) >= 180.0  # split at the antimeridian or world-wide: keep
    return ~ok | (lat_hit & (hit | wide))


def _near_native(bounds: np.ndarray, box: np.ndarray, margin: float) -> np.ndarray:
    """Rows of ``bounds`` that intersect ``box`` grown by ``margin`` (same CRS); missing geometries are kept."""
    ok = np.isfinite(bounds).all(axis=1)
    hit = (bounds[:, 0] <= box[2] + margin) & (bounds[:, 2] >= box[0] - margin) & \
        (bounds[:, 1] <= box[3] + margin) & (bounds[:, 3] >= box[1] - margin)
    return ~ok | hit


def _joint_lonlat_box(boxes: np.ndarray) -> Optional[tuple[float, float, float, float]]:
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


def _to_crs(geoms: np.ndarray, src: pyproj.CRS, dst: pyproj.CRS) -> np.ndarray:
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
    of their joint extent (``core.crs.analysis_crs``)."""
    crss = [c for g, c in layers if len(g)]
    if crss and all(c == crss[0] for c in crss) and is_equal_area(crss[0]):
        return crss[0]
    return analysis_crs(layers)


# ------------------------------------------------------------------------------------------- threads


#: Set in the overlay's chunk workers: calls made there do not start threads of their own.
_IN_WORKER = threading.local()


def worker_threads() -> int:
    """Threads for the big GEOS calls: the CPUs this process may use, at most 4 (``NEASPEC_THREADS`` overrides;
    1 turns threading off; 1 inside a chunk worker)."""
    if getattr(_IN_WORKER, "active", False):
        return 1
    env = os.environ.get("NEASPEC_THREADS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, min(4, cpus))


#: Below this many elements a call is not split (thread start-up and the copies would cost more than they save).
MIN_PARALLEL = 2_000


def _clone(geoms: np.ndarray) -> np.ndarray:
    """Independent copies (exact: WKB keeps every double) so that no GEOS object is shared between threads."""
    return shapely.from_wkb(shapely.to_wkb(geoms))


def parallel(func: Callable[..., np.ndarray], *arrays: np.ndarray, shared: Sequence[bool] = (),
             threads: Optional[int] = None, min_size: int = MIN_PARALLEL, **kwargs: object) -> np.ndarray:
    """``func(*arrays, **kwargs)`` (an element-wise shapely function) split over threads.

    shapely 2 releases the GIL inside GEOS, so contiguous slices run on several cores. GEOS 3.11 geometries are
    not safe to use from two threads at once (lazily cached envelopes), so the first slice runs on the
    caller's objects and every other slice on its own copies of the arrays flagged in ``shared`` (those in which
    one geometry object may appear in several slices, e.g. a protected area paired with many habitat units).
    Slices have at least ``min_size`` elements. The result is identical to the single call's.
    """
    n = len(arrays[0])
    k = worker_threads() if threads is None else threads
    k = min(k, n // max(min_size, 1))
    if k <= 1:
        return func(*arrays, **kwargs)
    flags = list(shared) + [True] * (len(arrays) - len(shared))
    out = np.empty(n, dtype=object)
    cuts = _cuts(n, k)  # copies are made here, before any thread starts
    args = [[a[cuts[i]:cuts[i + 1]] if (i == 0 or not flag) else _clone(a[cuts[i]:cuts[i + 1]])
             for a, flag in zip(arrays, flags)] for i in range(k)]

    def job(i: int, sl: slice) -> None:
        out[sl] = func(*args[i], **kwargs)

    _run_slices(n, k, job)
    return out


def _cuts(n: int, k: int) -> np.ndarray:
    return np.linspace(0, n, k + 1).astype(int)


def _run_slices(n: int, k: int, job: Callable[[int, slice], None]) -> None:
    """``job(i, slice_i)`` for ``k`` contiguous slices of ``range(n)``: slice 0 in the calling thread, the others
    in worker threads; the first error is re-raised here."""
    cuts = _cuts(n, k)
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            job(i, slice(int(cuts[i]), int(cuts[i + 1])))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            errors.append(exc)

    workers = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(1, k)]
    for w in workers:
        w.start()
    run(0)
    for w in workers:
        w.join()
    if errors:
        raise errors[0]


def _clean(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray, CleanReport]:
    """``core.geometry.clean_polygons`` (validity checks and repairs, row by row) split over threads: the same
    geometries, rows and counts. Slices work on copies only if one geometry object appears in several rows."""
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    k = min(worker_threads(), n // MIN_PARALLEL)
    if k <= 1:
        return clean_polygons(geoms)
    distinct = _distinct(geoms)
    parts: list = [None] * k
    cuts = _cuts(n, k)
    inputs = [geoms[cuts[i]:cuts[i + 1]] if i == 0 or distinct else _clone(geoms[cuts[i]:cuts[i + 1]])
              for i in range(k)]

    def job(i: int, sl: slice) -> None:
        parts[i] = (sl.start, clean_polygons(inputs[i]))

    _run_slices(n, k, job)
    report = CleanReport(total=n)
    for _, (_, _, rep) in parts:
        for name in ("repaired", "null_or_empty", "slivers", "not_polygonal"):
            setattr(report, name, getattr(report, name) + getattr(rep, name))
        report.messages.extend(rep.messages)
    work = np.concatenate([w for _, (w, _, _) in parts])
    index = np.concatenate([idx + start for start, (_, idx, _) in parts])
    return work, index, report


# ------------------------------------------------------------------------------------ grouped geometry ops


#: Groups with more members than this are first split into clusters of touching members (see grouped_union).
COMPONENT_GROUP_MIN = 16


def grouped_union(geoms: np.ndarray, groups: np.ndarray, n_groups: int, distinct: bool = True,
                  split_clusters: bool = True, clusters: Optional[dict] = None) -> np.ndarray:
    """``union_all`` of ``geoms`` per group id (0..n_groups-1); None for groups without members.

    Vectorised: members are laid out in a padded 2-D array (by buckets of group size, to bound padding) and
    united with ``shapely.union_all(..., axis=1)``. Large groups (a species range holding hundreds of
    protected areas) are first split into clusters of members that touch (an STRtree ``intersects`` query and
    connected components): only clusters are united, and the disjoint cluster unions are gathered into one
    MultiPolygon, which is valid as they do not even touch. ``distinct=False``: one object may sit in several
    groups (threads then work on copies). ``clusters``, a dict, receives the clusters of the large groups:
    ``united`` (union per cluster), ``group`` (its group), ``member`` (cluster of each member of a large group)
    and ``index`` (those members' positions in ``geoms``).
    """
    out = np.full(n_groups, None, dtype=object)
    if not len(geoms):
        return out
    if split_clusters:
        sizes = np.bincount(groups, minlength=n_groups)
        large = sizes[groups] > COMPONENT_GROUP_MIN
        if large.any():
            rest = np.flatnonzero(~large)
            out = grouped_union(geoms[rest], groups[rest], n_groups, distinct, False)
            idx = np.flatnonzero(large)
            cluster, n_clusters = _touching_clusters(geoms[idx], groups[idx])
            united = grouped_union(geoms[idx], cluster, n_clusters, distinct, False)
            cluster_group = np.empty(n_clusters, dtype=np.int64)
            cluster_group[cluster] = groups[idx]
            if clusters is not None:
                clusters.update(united=united, group=cluster_group, member=cluster, index=idx)
            gathered = _gather(united, cluster_group, n_groups)
            present = ~shapely.is_missing(gathered)
            out[present] = gathered[present]
            return out
    order = np.argsort(groups, kind="stable")
    g_sorted, geoms_sorted = groups[order], geoms[order]
    counts = np.bincount(g_sorted, minlength=n_groups)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    rank = np.arange(len(g_sorted)) - starts[g_sorted]  # position within its group
    single = counts == 1
    out[single] = geoms_sorted[starts[single]]
    bounds = (2, 4, 16, 64, 256, 1024, np.inf)
    low = 2
    for high in bounds:
        sel_groups = np.flatnonzero((counts >= low) & (counts <= high))
        if len(sel_groups):
            width = int(counts[sel_groups].max())
            row_of = np.full(n_groups, -1)
            row_of[sel_groups] = np.arange(len(sel_groups))
            member = row_of[g_sorted] >= 0
            table = np.full((len(sel_groups), width), None, dtype=object)
            table[row_of[g_sorted[member]], rank[member]] = geoms_sorted[member]
            out[sel_groups] = parallel(shapely.union_all, table, shared=(not distinct,), min_size=200, axis=1)
        low = int(high) + 1 if np.isfinite(high) else low
    return out


def _gather(geoms: np.ndarray, groups: np.ndarray, n_groups: int) -> np.ndarray:
    """Disjoint polygonal geometries (not even touching) gathered per group into one MultiPolygon (a group of
    one keeps its geometry as it is); None for groups without members."""
    out = np.full(n_groups, None, dtype=object)
    if not len(geoms):
        return out
    counts = np.bincount(groups, minlength=n_groups)
    one = counts[groups] == 1
    out[groups[one]] = geoms[one]
    parts, owner = shapely.get_parts(geoms[~one], return_index=True)
    part_group = groups[~one][owner]
    order = np.argsort(part_group, kind="stable")
    parts, part_group = parts[order], part_group[order]
    polygons = shapely.get_type_id(parts) == 3
    if polygons.any():
        gathered = shapely.multipolygons(parts[polygons], indices=part_group[polygons])
        present = np.unique(part_group[polygons])
        out[present] = gathered[present]
    return out


def _touching_clusters(geoms: np.ndarray, groups: np.ndarray) -> tuple[np.ndarray, int]:
    """Cluster label per member: members of one group that intersect (also by touching), transitively."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = len(geoms)
    a, b = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    same = (groups[a] == groups[b]) & (a != b)
    graph = coo_matrix((np.ones(int(same.sum()), dtype=np.int8), (a[same], b[same])), shape=(n, n))
    n_clusters, labels = connected_components(graph, directed=False)
    return labels.astype(np.int64), int(n_clusters)


def clipped_intersection(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``shapely.intersection(a, b)`` (polygonal part), cutting a large operand to the other's box first.

    GEOS OverlayNG costs ~5 ms for an operand of 20,000 vertices even when only a corner of it matters (a
    country border or a species range against a small site); GEOS's rectangle clipping of the large operand to
    the small one's bounding box first takes ~0.3 ms, and the intersection is the same set. shapely has no
    vectorised clip with one rectangle per row, so the (few) large pairs are clipped one by one; a clip that
    comes out invalid is not used.
    """
    a, b = np.asarray(a, dtype=object), np.asarray(b, dtype=object)
    if not len(a):
        return np.empty(0, dtype=object)
    na, nb = shapely.get_num_coordinates(a), shapely.get_num_coordinates(b)
    a_big = (na >= BIG_UNIT_VERTICES) & (na > 4 * nb)
    b_big = (nb >= BIG_UNIT_VERTICES) & (nb > 4 * na)
    if a_big.any() or b_big.any():
        a, b = a.copy(), b.copy()
        for big, large, small in ((a_big, a, b), (b_big, b, a)):
            rows = np.flatnonzero(big)
            if not len(rows):
                continue
            box = shapely.bounds(small[rows])
            cut = np.array([shapely.clip_by_rect(g, *r) for g, r in zip(large[rows].tolist(), box.tolist())],
                           dtype=object)
            ok = shapely.is_valid(cut)
            large[rows[ok]] = cut[ok]
    return _polygonal(parallel(shapely.intersection, a, b))


def _polygonal(geoms: np.ndarray) -> np.ndarray:
    """Polygonal content of overlay results (a touching edge gives lines inside a collection)."""
    kinds = shapely.get_type_id(geoms)
    if np.isin(kinds, (3, 6)).all():
        return geoms
    return polygonal_part(geoms)


# -------------------------------------------------------------------------------------------- countries


def _prepare_countries(countries: Optional[VectorData], codes: Optional[np.ndarray], crs: pyproj.CRS,
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
    work = _polygonal(work)
    progress(0.5)
    # No dissolve and no global "make disjoint" step: on edge-matched borders of tens of thousands of vertices
    # either costs seconds per pair. Features keep their code (several per code are fine: the summary groups
    # by code), sorted by code, and a disputed overlap is resolved per habitat feature in _split_by_country.
    area = shapely.area(work)
    ok = area > 0
    work, code_arr = work[ok], code_arr[ok]
    order = np.argsort(np.array(["" if c is None else str(c) for c in code_arr.tolist()], dtype=str), kind="stable")
    return work[order], code_arr[order]


def _split_by_country(hab: np.ndarray, country_geoms: np.ndarray,
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
    rest = _polygonal(shapely.difference(hab[need_rest], np.asarray(covered[need_rest], dtype=object))) \
        if len(need_rest) else np.empty(0, dtype=object)
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
            pieces[r] = _polygonal(np.array([shapely.difference(pieces[r], taken)], dtype=object))[0]
            taken = shapely.union(taken, pieces[r])
    return pieces


def _rank(values: np.ndarray, kind: Breakdown) -> tuple[np.ndarray, list[str]]:
    """Rank per protected area (0 = strictest) and the category labels by rank (last = other)."""
    order = IUCN_ORDER if kind == "iucn" else DESIG_ORDER
    labels = list(order) + ["other"]
    lookup = {v.lower(): i for i, v in enumerate(order)}
    ranks = np.array([lookup.get(str(v).strip().lower(), len(order)) if v is not None else len(order)
                      for v in values], dtype=np.int64)
    return ranks, labels


def breakdown_column(label: str, kind: Breakdown) -> str:
    """Summary column name for one category of the breakdown."""
    return f"iucn_{label}_ha" if kind == "iucn" else f"{label.lower()}_ha"


def overlap(habitat: VectorData, protected: VectorData, countries: Optional[VectorData] = None, *,
            habitat_field: Optional[str] = None, country_field: Optional[str] = None,
            pa_id_field: Optional[str] = None, breakdown: Breakdown = "none", gaps: bool = True,
            sink: Optional[Callable[[str, np.ndarray, pd.DataFrame, pyproj.CRS], None]] = None,
            chunk_size: int = DEFAULT_CHUNK, progress: Optional[ProgressFn] = None,
            log: Optional[Callable[[str], None]] = None) -> OverlapResult:
    """Protected pieces, gap pieces and the summary of habitat × protected areas × countries.

    Parameters
    ----------
    habitat, protected, countries : VectorData
        Polygon layers in any CRS (each must have one). ``countries`` is optional.
    habitat_field : str, optional
        Class field of the habitat layer (species, wetland type…); without it every feature is of the class
        named after the layer.
    country_field : str, optional
        ISO3 code field of ``countries``; detected when omitted (see ``country_codes``).
    pa_id_field : str, optional
        Id field of the protected areas (default: WDPAID / SITE_ID / … or the feature number, from 1).
    breakdown : {"none", "iucn", "designation"}
        Adds a ``category`` field to the protected pieces and one ``…_ha`` column per category to the summary.
    gaps : bool
        Compute the gap pieces (False leaves them empty; the summary is complete either way).
    sink : callable, optional
        ``sink(kind, geometries, frame, crs)`` receives the pieces of each chunk as they are made (``kind`` is
        "protected" or "gaps"; frames have the output fields), e.g. to stream them to a file; the result's
        piece arrays are then empty, so memory stays bounded by the chunk.
    chunk_size : int
        Habitat units per batch (memory bound).
    progress : callable, optional
        ``progress(fraction) -> bool``; False cancels (``Cancelled`` is raised).
    log : callable, optional
        Receives one line per step (what was repaired, reprojected, skipped).

    Returns
    -------
    OverlapResult
        Fields ``habitat, country, pa_ids, area_ha`` (protected), ``habitat, country, area_ha`` (gaps) and
        ``habitat, country, habitat_ha, protected_ha, protected_pct, gap_ha`` (summary); areas in hectares.

    Examples
    --------
    >>> import pandas as pd, shapely, numpy as np
    >>> hab = VectorData(np.array([shapely.box(0, 0, 1000, 1000)]), pd.DataFrame({"t": ["a"]}), "EPSG:3035", "h")
    >>> pa = VectorData(np.array([shapely.box(0, 0, 500, 1000)]), pd.DataFrame({"WDPAID": [7]}), "EPSG:3035", "p")
    >>> overlap(hab, pa, habitat_field="t").summary.protected_ha.round(6).tolist()
    [50.0]
    """
    if breakdown not in ("none", "iucn", "designation"):
        raise ValueError(f"breakdown must be 'none', 'iucn' or 'designation', not {breakdown!r}")
    messages: list[str] = []
    warnings: list[str] = []
    say = _recorder(messages, log)

    prog = Progress(progress)
    p_prep, p_split, p_overlay, p_summary = prog.phase(0, 0.15), prog.phase(0.15, 0.3), prog.phase(0.3, 0.95), \
        prog.phase(0.95, 1.0)

    # ---- 1. checks, selection, CRS -----------------------------------------------------------------
    _check_polygon_layer(habitat, "habitat")
    _check_polygon_layer(protected, "protected areas")
    if countries is not None:
        _check_polygon_layer(countries, "countries")
    hab_crs = as_crs(habitat.crs, habitat.name)
    pa_crs = as_crs(protected.crs, protected.name)

    hab_raw = np.asarray(habitat.geometry, dtype=object)
    if habitat_field:
        if habitat_field not in habitat.attributes.columns:
            raise InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' has no field '{field}'."),
                             layer=habitat.name, field=habitat_field)
        classes_raw = np.array([None if v is None or (isinstance(v, float) and np.isnan(v)) else str(v)
                                for v in habitat.attributes[habitat_field].tolist()], dtype=object)
    else:
        classes_raw = np.full(len(hab_raw), habitat.name, dtype=object)

    pa_raw = np.asarray(protected.geometry, dtype=object)
    id_name = pa_id_field or layers.find_field(list(protected.attributes.columns), *PA_ID_FIELDS)
    if pa_id_field and pa_id_field not in protected.attributes.columns:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' has no field '{field}'."),
                         layer=protected.name, field=pa_id_field)
    if id_name is not None:
        ids_raw = np.array([layers.id_text(v) or "" for v in protected.attributes[id_name].tolist()], dtype=object)
    else:
        ids_raw = np.array([str(i + 1) for i in range(len(pa_raw))], dtype=object)
        say(f"{protected.name}: no id field (WDPAID, SITE_ID…); pa_ids are feature numbers from 1.")
    cats_raw = None
    if breakdown != "none":
        cat_field = layers.find_field(list(protected.attributes.columns),
                                       *(IUCN_FIELDS if breakdown == "iucn" else DESIG_FIELDS))
        if cat_field is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "Layer '{layer}' has no {field} field for the breakdown; choose another breakdown or "
                "add the field."), layer=protected.name, field="IUCN_CAT" if breakdown == "iucn" else "DESIG_TYPE")
        cats_raw = protected.attributes[cat_field].to_numpy(dtype=object)

    codes_all = None
    if countries is not None:
        codes_all, used = country_codes(countries.attributes, country_field, countries.name)
        say(f"{countries.name}: country codes from field '{used}'.")

    present_h = ~shapely.is_missing(hab_raw) & ~shapely.is_empty(hab_raw) if len(hab_raw) else np.zeros(0, bool)
    same_equal_area = hab_crs == pa_crs and is_equal_area(hab_crs)
    # the habitat's longitude/latitude box transforms every feature's corners (~0.2 s for 50,000 features): only
    # computed when needed (inputs in different or non-equal-area CRSs, countries)
    hab_box = None if same_equal_area and countries is None or not present_h.any() else \
        _joint_lonlat_box(_lonlat_boxes(hab_raw[present_h], hab_crs))
    if same_equal_area and present_h.any() and len(pa_raw):
        # one equal-area CRS in metres: it is the analysis CRS whatever is selected, so the same "2 degrees"
        # pre-filter is done in its own coordinates (2 × 111.32 km around the habitat's bounds)
        near = _near_native(shapely.bounds(pa_raw), shapely.total_bounds(hab_raw[present_h]), 2 * 111_320.0)
    elif hab_box is not None and len(pa_raw):
        near = _near(_lonlat_boxes(pa_raw, pa_crs), hab_box)
    else:
        near = None
    if near is not None:
        if not near.all():
            say(f"{protected.name}: {int((~near).sum())} protected areas far from the habitat left out.")
        pa_sel = np.flatnonzero(near)
    else:
        pa_sel = np.arange(len(pa_raw))
    p_prep(0.1)
    crs = choose_crs([(hab_raw, hab_crs), (pa_raw[pa_sel], pa_crs)])
    say(f"Analysis CRS (equal-area, metres): {describe_crs(crs)}")
    for name, src in ((habitat.name, hab_crs), (protected.name, pa_crs)):
        if src != crs:
            say(f"{name}: reprojected from {src.name} to the analysis CRS.")

    # ---- 2. reproject and clean ------------------------------------------------------------------------
    hab, h_idx, rep = _clean(_to_crs(hab_raw, hab_crs, crs))
    say(rep.summary(habitat.name))
    classes = classes_raw[h_idx]
    p_prep(0.5)
    pa, p_idx, rep = _clean(_to_crs(pa_raw[pa_sel], pa_crs, crs))
    say(rep.summary(protected.name))
    pa_ids = ids_raw[pa_sel][p_idx]
    ranks: Optional[np.ndarray] = None
    labels: list[str] = []
    if cats_raw is not None:
        ranks, labels = _rank(cats_raw[pa_sel][p_idx], breakdown)
    p_prep(1.0)

    if not len(hab):
        warnings.append(f"Layer '{habitat.name}' has no usable polygons: the outputs are empty.")
    if not len(pa):
        warnings.append(f"Layer '{protected.name}' has no usable polygons near the habitat: all habitat is gap.")

    # ---- 3. countries ---------------------------------------------------------------------------------
    country_geoms = np.empty(0, dtype=object)
    country_list = np.empty(0, dtype=object)
    if countries is not None and codes_all is not None and len(hab):
        b = shapely.total_bounds(hab)
        cnear = _near(_lonlat_boxes(np.asarray(countries.geometry, dtype=object), as_crs(countries.crs)), hab_box) \
            if hab_box is not None else np.ones(len(countries), bool)
        sub = VectorData(np.asarray(countries.geometry, dtype=object)[cnear],
                         countries.attributes.iloc[np.flatnonzero(cnear)].reset_index(drop=True),
                         countries.crs, countries.name)
        country_geoms, country_list = _prepare_countries(sub, codes_all[cnear], crs, tuple(b), messages,
                                                         p_split.phase(0, 0.3))
        if not len(country_geoms):
            warnings.append(f"No polygon of '{countries.name}' overlaps the habitat: country is left empty.")
    units, unit_src, unit_cidx = _split_by_country(hab, country_geoms, p_split.phase(0.3, 1.0))
    unit_class = classes[unit_src]
    unit_country = np.full(len(units), None, dtype=object)
    if len(country_list):
        inside = unit_cidx >= 0
        unit_country[inside] = country_list[unit_cidx[inside]]
    if len(country_geoms):
        say(f"Habitat split by country: {len(hab)} features → {len(units)} habitat × country units.")

    # ---- 4. overlay in chunks -------------------------------------------------------------------------
    # Chunks are bands of nearby units, so each touches few protected areas: only those are prepared (GEOS
    # indexes for fast predicates, ~20 kB per protected area) and released after the chunk. With several
    # threads, chunks are overlaid concurrently (each on its own copies of its protected areas) while this
    # thread writes the finished ones, in order.
    tree = shapely.STRtree(pa)
    unit_area = shapely.area(units)
    prot_area = np.zeros(len(units))
    cat_area = np.zeros((len(units), len(labels))) if ranks is not None else None
    prot_cols = list(OUTPUT_FIELDS[:3]) + (["category"] if ranks is not None else []) + ["area_ha"]
    kept: dict[str, list] = {"protected": [], "gaps": []}
    n_pieces = 0

    def emit(kind: str, geoms: np.ndarray, unit_rows: np.ndarray, extra: dict, area_m2: np.ndarray) -> None:
        frame = pd.DataFrame({"habitat": unit_class[unit_rows], "country": unit_country[unit_rows], **extra,
                              "area_ha": area_m2 / 10_000.0})
        if sink is not None:
            if len(geoms):
                sink(kind, geoms, frame, crs)
        else:
            kept[kind].append((unit_rows, geoms, frame))

    def collect(rows: np.ndarray, res: _ChunkResult) -> None:
        nonlocal n_pieces
        prot_area[rows] = res.covered_area
        if cat_area is not None and res.cat_area is not None:
            cat_area[rows] = res.cat_area
        extra = {"pa_ids": res.piece_ids}
        if ranks is not None:
            extra["category"] = np.array(labels, dtype=object)[res.piece_rank]
        piece_area = res.covered_area[res.piece_unit] if ranks is None else shapely.area(res.piece_geom)
        emit("protected", res.piece_geom, rows[res.piece_unit], extra, piece_area)
        n_pieces += len(res.piece_geom)
        emit("gaps", res.gap_geom, rows[res.gap_unit], {}, res.gap_area)

    n_threads = worker_threads()
    if n_threads > 1:
        band_rows = _balanced_chunks(units, pa, tree, n_threads, chunk_size)
    else:
        n_chunks = max(1, int(np.ceil(len(units) / chunk_size)))
        order = _spatial_order(units, n_chunks)
        band_rows = [order[k * chunk_size:(k + 1) * chunk_size] for k in range(n_chunks)]
    n_chunks = len(band_rows)
    threaded = n_threads > 1 and n_chunks > 1
    units_distinct = not threaded or _distinct(units)

    def chunk_job(rows: np.ndarray) -> Callable[[], _ChunkResult]:
        """The chunk's inputs, taken here (bounding-box candidates from the shared tree, copies for a worker)."""
        chunk = units[rows]
        u, p = tree.query(chunk) if len(pa) and len(chunk) else (np.empty(0, np.int64), np.empty(0, np.int64))
        near, p_local = np.unique(p, return_inverse=True)
        pa_local = _clone(pa[near]) if threaded else pa[near]
        if threaded and not units_distinct:
            chunk = _clone(chunk)
        args = (chunk, u, p_local.reshape(-1), pa_local, pa_ids[near], None if ranks is None else ranks[near],
                len(labels), gaps, unit_area[rows])
        return lambda: _overlay_chunk(*args)

    if not threaded:
        for k, rows in enumerate(band_rows):
            collect(rows, chunk_job(rows)())
            p_overlay((k + 1) / n_chunks)
    else:
        _overlay_concurrently(band_rows, chunk_job, collect, n_threads,
                              lambda k: p_overlay((k + 1) / n_chunks))

    # ---- 5. outputs (in the order of the habitat features; streamed ones come band by band) -----------
    def gather(kind: str, cols: list[str]) -> tuple[np.ndarray, pd.DataFrame]:
        parts = [part for part in kept[kind] if len(part[1])]
        if not parts:
            return np.empty(0, dtype=object), pd.DataFrame(
                {c: pd.Series(dtype=float if c == "area_ha" else object) for c in cols})
        unit_rows = np.concatenate([part[0] for part in parts])
        back = np.argsort(unit_rows, kind="stable")
        geoms = np.concatenate([part[1] for part in parts])[back]
        frame = pd.concat([part[2] for part in parts], ignore_index=True).iloc[back].reset_index(drop=True)
        return geoms, frame[cols]

    protected_geom, protected_df = gather("protected", prot_cols)
    gap_geom, gaps_df = gather("gaps", list(GAP_FIELDS))
    kept.clear()

    summary = _summary(unit_class, unit_country, unit_area, prot_area, cat_area, labels, breakdown)
    p_summary(1.0)
    if len(hab) and len(pa) and not n_pieces:
        warnings.append("No habitat lies inside any protected area: OUTPUT is empty, all habitat is gap.")
    for w in warnings:
        LOG.warning(w)
    return OverlapResult(protected_geom, protected_df, gap_geom, gaps_df, summary, crs, messages, warnings)


def _balanced_chunks(units: np.ndarray, pa: np.ndarray, tree: shapely.STRtree, n_threads: int,
                     chunk_size: int) -> list[np.ndarray]:
    """Chunks for the worker threads: bands of nearby units cut at equal estimated work (the vertices of each
    unit and of the protected areas its box meets), about CHUNKS_PER_THREAD per thread and each of at least
    MIN_CHUNK_WORK vertices, so that a few large species ranges spread over the threads as well as thousands of
    small polygons; no chunk holds more than ``chunk_size`` units."""
    n = len(units)
    if not n:
        return [np.arange(0)]
    work = shapely.get_num_coordinates(units).astype(float)
    if len(pa):
        cu, cp = tree.query(units)
        work += np.bincount(cu, weights=shapely.get_num_coordinates(pa)[cp].astype(float), minlength=n)
    total = float(work.sum())
    n_chunks = int(max(1, min(CHUNKS_PER_THREAD * n_threads, total // MIN_CHUNK_WORK, n)))
    order = _spatial_order(units, n_chunks)
    cum = np.cumsum(work[order])
    cuts = np.unique(np.searchsorted(cum, total * np.arange(1, n_chunks) / n_chunks, side="left") + 1)
    chunks = [c for c in np.split(order, cuts[(cuts > 0) & (cuts < n)]) if len(c)]
    return [part for c in chunks for part in np.array_split(c, int(np.ceil(len(c) / chunk_size)))]


def _spatial_order(geoms: np.ndarray, n_bands: int) -> np.ndarray:
    """Indices sorted into ``n_bands`` horizontal bands of equal count, west to east within each band."""
    if n_bands <= 1 or not len(geoms):
        return np.arange(len(geoms))
    b = shapely.bounds(geoms)
    cx, cy = (b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2
    band = np.minimum((np.argsort(np.argsort(cy, kind="stable")) * n_bands) // len(geoms), n_bands - 1)
    return np.lexsort((cx, band))


def _recorder(messages: list[str], log: Optional[Callable[[str], None]]) -> Callable[[str], None]:
    """A ``say(text)`` that keeps the line for the result, logs it and passes it to the caller's ``log``."""

    def say(text: str) -> None:
        messages.append(text)
        LOG.info(text)
        if log is not None:
            log(text)

    return say


@dataclass
class _ChunkResult:
    covered_area: np.ndarray
    cat_area: Optional[np.ndarray]
    piece_geom: np.ndarray
    piece_unit: np.ndarray
    piece_ids: np.ndarray
    piece_rank: np.ndarray
    gap_geom: np.ndarray
    gap_unit: np.ndarray
    gap_area: np.ndarray


#: A habitat unit with at least this many vertices, and more than a protected area it meets, is prepared itself.
BIG_UNIT_VERTICES = 1_000

#: Chunk sizes when chunks run on several threads: about this many chunks per thread (load balance; with 8 the
#: chunks in flight keep the peak memory of one thread), each of at least MIN_CHUNK_WORK vertices of estimated
#: work (every chunk copies and prepares the protected areas it touches); see _balanced_chunks.
CHUNKS_PER_THREAD = 8
MIN_CHUNK_WORK = 100_000


def _distinct(geoms: np.ndarray) -> bool:
    """True when no geometry object appears in two rows (then rows can go to different threads uncopied)."""
    present = [id(g) for g in geoms.tolist() if g is not None]
    return len(set(present)) == len(present)


def _overlay_concurrently(band_rows: list, chunk_job: Callable, collect: Callable, n_threads: int,
                          progress: Callable[[int], None]) -> None:
    """Chunks overlaid on ``n_threads`` worker threads, at most ``n_threads + 1`` in flight (memory bound),
    collected in order in the calling thread (which writes them while the workers go on). A cancel (progress
    raising) or an error waits for the running chunks and drops the queued ones."""
    from concurrent.futures import ThreadPoolExecutor

    def in_worker(job: Callable[[], _ChunkResult]) -> _ChunkResult:
        _IN_WORKER.active = True  # no nested threads
        return job()

    pool = ThreadPoolExecutor(max_workers=n_threads, thread_name_prefix="neaspec-overlay")
    pending: list = []
    try:
        next_k = 0
        for k, rows in enumerate(band_rows):
            while next_k < len(band_rows) and next_k <= k + n_threads:
                pending.append(pool.submit(in_worker, chunk_job(band_rows[next_k])))
                next_k += 1
            collect(rows, pending.pop(0).result())
            progress(k)
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True)


def _overlay_chunk(units: np.ndarray, u: np.ndarray, p: np.ndarray, pa: np.ndarray, pa_ids: np.ndarray,
                   ranks: Optional[np.ndarray], n_labels: int, gaps: bool = True,
                   unit_area: Optional[np.ndarray] = None) -> _ChunkResult:
    """One chunk: ``units`` with their bounding-box candidate pairs (``u`` into units, ``p`` into ``pa``, the
    chunk's own protected areas, prepared here for the candidate tests and released after them)."""
    shapely.prepare(pa)
    try:
        return _overlay_pairs(units, u, p, pa, pa_ids, ranks, n_labels, gaps, unit_area)
    finally:
        shapely.destroy_prepared(pa)


def _overlay_pairs(units: np.ndarray, u: np.ndarray, p: np.ndarray, pa: np.ndarray, pa_ids: np.ndarray,
                   ranks: Optional[np.ndarray], n_labels: int, gaps: bool = True,
                   unit_area: Optional[np.ndarray] = None) -> _ChunkResult:
    n = len(units)
    inside = np.zeros(len(u), dtype=bool)  # the protected area lies wholly inside the unit
    if len(u):
        # the exact test with the prepared protected areas: cheaper than the tree's predicate query, which
        # prepares every habitat unit. A unit much larger than the protected area it meets (a species range
        # against hundreds of sites) is prepared itself: the tests then cost the site's vertices, not the
        # range's, and a site inside the range is its own piece (no overlay of the range's vertices).
        n_coords = shapely.get_num_coordinates(units)
        big = (n_coords[u] >= BIG_UNIT_VERTICES) & (n_coords[u] > shapely.get_num_coordinates(pa)[p])
        touching = np.zeros(len(u), dtype=bool)
        touching[~big] = shapely.intersects(pa[p[~big]], units[u[~big]])
        if big.any():
            own = units[np.unique(u[big])]
            fresh = own[~shapely.is_prepared(own)]
            shapely.prepare(fresh)
            try:
                touching[big] = shapely.intersects(units[u[big]], pa[p[big]])
                inside[big] = shapely.contains_properly(units[u[big]], pa[p[big]])
            finally:
                shapely.destroy_prepared(fresh)
        u, p, inside = u[touching], p[touching], inside[touching]
    # A protected area wholly containing the unit gives the unit itself (no overlay needed).
    whole = shapely.contains_properly(pa[p], units[u]) if len(u) else np.zeros(0, bool)
    whole &= ~inside
    shapely.destroy_prepared(pa)  # the tests are done: their indexes would otherwise stay with the pieces
    pieces = np.empty(len(u), dtype=object)
    pieces[whole] = units[u[whole]]
    pieces[inside] = pa[p[inside]]
    distinct = not inside.any()  # else one protected area may be the piece of two overlapping units
    part = np.flatnonzero(~whole & ~inside)
    if len(part):
        pieces[part] = clipped_intersection(units[u[part]], pa[p[part]])
    piece_area = shapely.area(pieces)
    ok = piece_area > SLIVER_M2
    u, p, pieces, whole, inside, piece_area = u[ok], p[ok], pieces[ok], whole[ok], inside[ok], piece_area[ok]
    counts = np.bincount(u, minlength=n)
    hit = counts > 0
    unit_whole = np.zeros(n, dtype=bool)
    unit_whole[u[whole]] = True
    ids_of_unit = _joined_ids(u, pa_ids[p], n)

    covered = np.full(n, None, dtype=object)
    cat_area = None
    piece_geom_list, piece_unit_list, piece_ids_list, piece_rank_list = [], [], [], []
    clusters: dict = {}  # clusters of the protected areas in large units (grouped_union)
    if ranks is None:
        # single hits: the piece; inside a protected area: the unit; several hits: local union of the pieces
        single = counts[u] == 1
        covered[u[single]] = pieces[single]
        covered[unit_whole] = units[unit_whole]
        multi = ~single & ~unit_whole[u]
        if multi.any():
            local = grouped_union(pieces[multi], u[multi], n, distinct, clusters=clusters)
            if clusters:
                clusters["inside"] = inside[multi][clusters["index"]]
            rows_m = np.unique(u[multi])
            covered[rows_m] = local[rows_m]
        rows = np.flatnonzero(hit)
        piece_geom_list.append(covered[rows])
        piece_unit_list.append(rows)
        piece_ids_list.append(ids_of_unit[rows])
        piece_rank_list.append(np.zeros(len(rows), np.int64))
    else:
        r = ranks[p]
        cat_area = np.zeros((n, n_labels))
        cum = np.full(n, None, dtype=object)
        cum_area = np.zeros(n)
        for level in np.unique(r):  # a handful of categories: credit each the part not already credited
            at_level = np.flatnonzero(r == level)
            units_here = np.unique(u[at_level])
            sel = (r <= level) & np.isin(u, units_here)
            new_cum = grouped_union(pieces[sel], u[sel], n, distinct)[units_here]
            new_area = shapely.area(new_cum)
            cat_area[units_here, level] = np.maximum(new_area - cum_area[units_here], 0.0)
            prev = cum[units_here]
            has_prev = ~shapely.is_missing(prev)
            credited = new_cum.copy()
            if has_prev.any():
                credited[has_prev] = _polygonal(shapely.difference(new_cum[has_prev],
                                                                   np.asarray(prev[has_prev], dtype=object)))
            good = shapely.area(credited) > SLIVER_M2
            ids_level = _joined_ids(u[at_level], pa_ids[p[at_level]], n)
            piece_geom_list.append(credited[good])
            piece_unit_list.append(units_here[good])
            piece_ids_list.append(ids_level[units_here[good]])
            piece_rank_list.append(np.full(int(good.sum()), level, np.int64))
            cum[units_here] = new_cum
            cum_area[units_here] = new_area
        covered = cum
    covered_area = np.zeros(n)
    if ranks is None:  # known areas reused: single hits are their piece, contained units themselves
        single = counts[u] == 1
        covered_area[u[single]] = piece_area[single]
        covered_area[unit_whole] = shapely.area(units[unit_whole]) if unit_area is None else unit_area[unit_whole]
        rows = np.flatnonzero((counts > 1) & ~unit_whole)
    else:
        rows = np.flatnonzero(hit)
    covered_area[rows] = shapely.area(np.asarray(covered[rows], dtype=object))

    gap_geom, gap_unit, gap_area = np.empty(0, dtype=object), np.empty(0, np.int64), np.empty(0)
    if gaps:
        # untouched units are whole gaps; units inside a protected area have none; the rest lose their cover
        # (one hit: minus the protected area itself, which avoids near-coincident edges; several: minus the union)
        gap = units.copy()
        gap[unit_whole] = None
        single_rows = np.flatnonzero((counts == 1) & ~unit_whole)
        multi_rows = np.flatnonzero((counts > 1) & ~unit_whole)
        if len(single_rows):
            first = np.full(n, -1)
            first[u] = p
            gap[single_rows] = parallel(shapely.difference, units[single_rows], pa[first[single_rows]])
        if len(multi_rows):
            punched = _punched_gaps(units, clusters) if clusters else {}
            done = np.fromiter(punched, dtype=np.int64, count=len(punched))
            gap[done] = np.array(list(punched.values()), dtype=object)
            overlay_rows = multi_rows[~np.isin(multi_rows, done)]
            gap[overlay_rows] = parallel(shapely.difference, units[overlay_rows],
                                         np.asarray(covered[overlay_rows], dtype=object), shared=(True, False))
        changed = np.concatenate([single_rows, multi_rows])
        gap[changed] = _polygonal(gap[changed])
        area = shapely.area(units) if unit_area is None else unit_area.copy()  # untouched: the unit's own
        area[unit_whole] = 0.0
        area[changed] = shapely.area(gap[changed])
        keep = np.flatnonzero(area > SLIVER_M2)
        gap_geom, gap_unit, gap_area = gap[keep], keep, area[keep]
    piece_geom = np.concatenate(piece_geom_list) if piece_geom_list else np.empty(0, dtype=object)
    return _ChunkResult(
        covered_area, cat_area, piece_geom,
        np.concatenate(piece_unit_list).astype(np.int64) if piece_unit_list else np.empty(0, np.int64),
        np.concatenate(piece_ids_list) if piece_ids_list else np.empty(0, dtype=object),
        np.concatenate(piece_rank_list) if piece_rank_list else np.empty(0, np.int64),
        gap_geom, gap_unit, gap_area)


def _punched_gaps(units: np.ndarray, clusters: dict) -> dict[int, object]:
    """Gaps of large units (species ranges) holding many protected areas, without one huge overlay.

    A cluster of touching protected areas that all lie strictly inside the unit, and unite into one polygon,
    touches nothing else: the gap is the unit minus the other clusters (a small overlay near the unit's edge),
    with these clusters' outlines added as holes and the ground they enclose (their own holes) added back as
    islands. A unit where this does not apply exactly (an island holding something, areas that do not add up)
    is left out of the result and gets the ordinary overlay.
    """
    united, group, member = clusters["united"], clusters["group"], clusters["member"]
    outside = np.bincount(member, weights=(~clusters["inside"]).astype(float), minlength=len(united))
    interior = (outside == 0) & (shapely.get_type_id(united) == 3)
    order = np.argsort(group, kind="stable")
    cuts = np.flatnonzero(np.diff(group[order])) + 1
    out: dict[int, object] = {}
    for cl in np.split(order, cuts):  # the large units: few (one per species range in the chunk)
        g = int(group[cl[0]])
        inner, outer = cl[interior[cl]], cl[~interior[cl]]
        if not len(inner) or shapely.get_num_coordinates(units[g]) < BIG_UNIT_VERTICES:
            continue
        base = units[g]
        if len(outer):
            parts = shapely.get_parts(united[outer])
            parts = parts[shapely.get_type_id(parts) == 3]
            base = _polygonal(np.array([shapely.difference(base, shapely.multipolygons(parts))], dtype=object))[0]
        gap = _punch(base, united[inner])
        if gap is not None:
            out[g] = gap
    return out


def _punch(base: object, inner: np.ndarray) -> object:
    """``base`` minus ``inner`` polygons lying strictly inside it, apart from each other (see _punched_gaps);
    None when that cannot be done exactly this way."""
    parts = shapely.get_parts(base)
    parts = parts[shapely.get_type_id(parts) == 3]
    if not len(parts):
        return None
    # (the tree holds the points: each large part is then prepared once, not tested point by point)
    part, at = shapely.STRtree(shapely.point_on_surface(inner)).query(parts, predicate="contains_properly")
    if len(at) != len(inner) or len(np.unique(at)) != len(inner):
        return None
    part_of = np.empty(len(inner), dtype=np.int64)
    part_of[at] = part
    rings, owner = shapely.get_rings(inner, return_index=True)
    exterior = np.r_[True, owner[1:] != owner[:-1]]
    outlines = rings[exterior]  # one per inner polygon, in order
    islands = shapely.polygons(rings[~exterior])
    if len(islands):  # an island must hold nothing: no other cluster, no hole or edge of the base
        others = np.concatenate([inner, shapely.get_rings(parts)])
        island, other = shapely.STRtree(others).query(islands, predicate="intersects")
        own = other == owner[~exterior][island]
        if (~own).any():
            return None
    pieces = []
    for k, poly in enumerate(parts.tolist()):
        holes = list(shapely.get_rings(poly)[1:]) + list(outlines[part_of == k])
        pieces.append(shapely.polygons(shapely.get_exterior_ring(poly), holes=holes) if holes else poly)
    pieces.extend(islands.tolist())
    result = pieces[0] if len(pieces) == 1 else shapely.multipolygons(pieces)
    want = shapely.area(base) - float(shapely.area(inner).sum())
    if abs(shapely.area(result) - want) > 1e-9 * max(shapely.area(base), 1.0):
        return None
    return result


def _joined_ids(units: np.ndarray, ids: np.ndarray, n: int) -> np.ndarray:
    """Comma-separated, sorted, unique ids per unit (numeric order when all ids are integers)."""
    out = np.full(n, "", dtype=object)
    if not len(units):
        return out
    ids = np.asarray(ids, dtype=object)
    try:
        key = np.array([int(v) for v in ids], dtype=np.int64)
        key_order = key
    except (TypeError, ValueError):
        key_order = np.unique(ids.astype(str), return_inverse=True)[1]
    order = np.lexsort((key_order, units))
    us, ks, vs = units[order], key_order[order], ids[order]
    first = np.r_[True, (us[1:] != us[:-1]) | (ks[1:] != ks[:-1])]
    us, vs = us[first], vs[first]
    counts = np.bincount(us, minlength=n)
    one = counts[us] == 1
    out[us[one]] = vs[one]
    many = ~one
    if many.any():
        um, vm = us[many], vs[many]
        cuts = np.flatnonzero(um[1:] != um[:-1]) + 1
        starts = np.r_[0, cuts]
        out[um[starts]] = [",".join(chunk) for chunk in np.split(vm, cuts)]
    return out


def _summary(unit_class: np.ndarray, unit_country: np.ndarray, unit_area: np.ndarray, prot_area: np.ndarray,
             cat_area: Optional[np.ndarray], labels: list[str], breakdown: Breakdown) -> pd.DataFrame:
    cols = list(SUMMARY_FIELDS)
    frame = pd.DataFrame({"habitat": unit_class, "country": unit_country,
                          "habitat_ha": unit_area / 10_000.0, "protected_ha": prot_area / 10_000.0})
    extra = []
    if cat_area is not None:
        for j, label in enumerate(labels):
            name = breakdown_column(label, breakdown)
            frame[name] = cat_area[:, j] / 10_000.0
            extra.append(name)
    if not len(frame):
        return pd.DataFrame({c: pd.Series(dtype=object if c in ("habitat", "country") else float)
                             for c in cols + extra})
    # group with NULL classes/countries kept as their own group
    keys = frame[["habitat", "country"]].astype(object).where(frame[["habitat", "country"]].notna(), _NULL_KEY)
    frame[["habitat", "country"]] = keys
    grouped = frame.groupby(["habitat", "country"], sort=True, dropna=False).sum(numeric_only=True).reset_index()
    for c in ("habitat", "country"):
        grouped[c] = grouped[c].astype(object).where(grouped[c] != _NULL_KEY, None)
    grouped["protected_ha"] = np.minimum(grouped["protected_ha"], grouped["habitat_ha"])
    grouped["gap_ha"] = np.maximum(grouped["habitat_ha"] - grouped["protected_ha"], 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        pct = np.where(grouped["habitat_ha"] > 0, 100.0 * grouped["protected_ha"] / grouped["habitat_ha"], 0.0)
    grouped["protected_pct"] = pct
    return grouped[cols + extra].reset_index(drop=True)


# ------------------------------------------------------------------------------------------ raster mode


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
    import os
    import tempfile

    from osgeo import gdal

    from neaspec_planner.core.raster_io import open_raster

    messages: list[str] = []
    warnings: list[str] = []
    say = _recorder(messages, log)

    prog = Progress(progress)
    _check_polygon_layer(protected, "protected areas")
    if countries is not None:
        _check_polygon_layer(countries, "countries")
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
            say(f"Habitat raster '{name}' is in an equal-area CRS ({r_crs.name}): cells counted as they are.")
            warped = src
        else:
            say(f"Habitat raster '{name}' warped (nearest neighbour) to the equal-area grid, cell {cell:.1f} m.")
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
            say(f"{countries.name}: country codes from field '{used}'.")
            bx = warped.RasterXSize * wgt[1]
            extent = (wgt[0], wgt[3] + warped.RasterYSize * wgt[5], wgt[0] + bx, wgt[3])
            box_ll = _lonlat_boxes(np.array([shapely.box(*extent)], dtype=object), crs)
            near = _near(_lonlat_boxes(np.asarray(countries.geometry, dtype=object), as_crs(countries.crs)),
                         tuple(box_ll[0]))
            sub = VectorData(np.asarray(countries.geometry, dtype=object)[near],
                             countries.attributes.iloc[np.flatnonzero(near)].reset_index(drop=True),
                             countries.crs, countries.name)
            cgeoms, ccodes = _prepare_countries(sub, codes[near], crs, extent, messages, Progress())
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
        import shutil

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
        warnings.append(f"Raster '{name}' has no habitat cells: the summary is empty.")
    return RasterOverlapResult(summary, crs, cell_area, messages, warnings)
