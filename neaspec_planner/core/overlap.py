"""Habitat × protected areas × countries: protected pieces, gaps and a per-country summary in hectares.

The question of every workshop: how much of each habitat is protected, in which country, and where are the
unprotected parts?  The answer must not count overlapping or nested designations twice and must split
transboundary habitat by country.

Method (vectorised, shapely 2):

1. The inputs are checked (points where polygons are expected, missing CRS), protected areas and countries far
   from the habitat are dropped by their longitude/latitude boxes, and every layer is reprojected to the
   Lambert azimuthal equal-area CRS of the joint extent of the habitat and the remaining protected areas
   (``core.crs.choose_crs``). Geometries are cleaned (``core.geometry.clean_polygons``).
2. Habitat features are split by country (``core.countries``): features lying wholly inside one country
   polygon are kept as they are (a prepared ``contains_properly`` query), the rest are intersected with each
   country polygon they touch (a large country polygon is first cut to the feature's box). Where country
   polygons overlap (disputed areas), the first code in alphabetical order keeps the overlap. Parts outside
   every country polygon keep an empty (NULL) country.
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
in contiguous slices (``core.parallel``), and the overlay chunk by chunk on worker threads (``_overlay_concurrently``)
while the calling thread writes the finished chunks. No geometry object is shared between threads (workers get
exact copies of their protected areas), and the result is identical to a single-threaded run
(``NEASPEC_THREADS=1``).

The raster mode (a habitat raster counted cell by cell) is ``core.overlap_raster``.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable, Literal, Optional

import numpy as np
import pandas as pd
import pyproj
import shapely

from neaspec_planner.core import layers
from neaspec_planner.core import parallel as par
from neaspec_planner.core.countries import prepare_countries, split_by_country
from neaspec_planner.core.crs import (
    as_crs,
    choose_crs,
    describe_crs,
    is_equal_area,
    joint_lonlat_box,
    lonlat_boxes,
    near_box,
    near_lonlat_box,
    to_crs,
)
from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError, Note
from neaspec_planner.core.geometry import (
    BIG_UNIT_VERTICES,
    SLIVER_M2,
    clean_polygons_threaded,
    clipped_intersection,
    grouped_union,
    polygonal_part,
)
from neaspec_planner.core.layers import check_polygon_layer, codes_from, country_codes
from neaspec_planner.core.progress import Progress, ProgressFn
from neaspec_planner.core.results import Outcome, recorder
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

#: Overlay pieces smaller than ``SLIVER_M2`` (``core.geometry``, 1 cm²) are floating-point slivers of shared
#: edges: left out (their area stays with the unprotected part, so habitat_ha = protected_ha + gap_ha holds).
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
        ISO3 code field of ``countries``; detected when omitted (see ``core.layers.country_codes``).
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
    say = recorder(messages, log, LOG)
    prog = Progress(progress)
    p_prep, p_split, p_overlay, p_summary = prog.phase(0, 0.15), prog.phase(0.15, 0.3), prog.phase(0.3, 0.95), \
        prog.phase(0.95, 1.0)

    inputs = _read_inputs(habitat, protected, countries, habitat_field, country_field, pa_id_field, breakdown, say)
    work = _select_and_clean(inputs, habitat, protected, breakdown, say, p_prep)
    if not len(work.habitat):
        warnings.append(Note(QT_TRANSLATE_NOOP(
            "InputError", "Layer '{layer}' has no usable polygons: the outputs are empty."), layer=habitat.name))
    if not len(work.protected):
        warnings.append(Note(QT_TRANSLATE_NOOP(
            "InputError", "Layer '{layer}' has no usable polygons near the habitat: all habitat is gap."),
            layer=protected.name))
    units = _units_by_country(work, countries, inputs.country_codes, messages, warnings, say, p_split)
    overlaid = _overlay(units, work, gaps, sink, chunk_size, p_overlay)
    summary = _summary(units.habitat, units.country, units.area, overlaid.protected_area, overlaid.category_area,
                       work.labels, breakdown)
    p_summary(1.0)
    if len(work.habitat) and len(work.protected) and not overlaid.n_pieces:
        warnings.append(Note(QT_TRANSLATE_NOOP(
            "InputError", "No habitat lies inside any protected area: OUTPUT is empty, all habitat is gap.")))
    for w in warnings:
        LOG.warning(w)
    return OverlapResult(overlaid.protected_geometry, overlaid.protected, overlaid.gap_geometry, overlaid.gaps,
                         summary, work.crs, messages, warnings)


# ----------------------------------------------------------------------------------------- the phases


@dataclass
class _Inputs:
    """Phase 1: the layers' geometries, CRSs and the attributes the overlay needs, row for row."""

    habitat: np.ndarray
    habitat_crs: pyproj.CRS
    classes: np.ndarray
    protected: np.ndarray
    protected_crs: pyproj.CRS
    pa_ids: np.ndarray
    categories: Optional[np.ndarray]
    country_codes: Optional[np.ndarray]


@dataclass
class _Work:
    """Phase 2: cleaned polygons in the analysis CRS (protected areas near the habitat only)."""

    habitat: np.ndarray
    classes: np.ndarray
    protected: np.ndarray
    pa_ids: np.ndarray
    ranks: Optional[np.ndarray]
    labels: list[str]
    crs: pyproj.CRS
    habitat_box: Optional[tuple[float, float, float, float]]


@dataclass
class _Units:
    """Phase 3: habitat × country units with their class, country (None: in no country) and area (m²)."""

    geometry: np.ndarray
    habitat: np.ndarray
    country: np.ndarray
    area: np.ndarray


@dataclass
class _Overlaid:
    """Phase 4: protected and covered-by-category area per unit, and the pieces (unless streamed)."""

    protected_area: np.ndarray
    category_area: Optional[np.ndarray]
    protected_geometry: np.ndarray
    protected: pd.DataFrame
    gap_geometry: np.ndarray
    gaps: pd.DataFrame
    n_pieces: int


def _read_inputs(habitat: VectorData, protected: VectorData, countries: Optional[VectorData],
                 habitat_field: Optional[str], country_field: Optional[str], pa_id_field: Optional[str],
                 breakdown: Breakdown, say: Callable[[str], None]) -> _Inputs:
    """Checks (polygons, CRS, fields) and the attributes: habitat class, protected-area id and category, codes."""
    check_polygon_layer(habitat, "habitat")
    check_polygon_layer(protected, "protected areas")
    if countries is not None:
        check_polygon_layer(countries, "countries")
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
        say(Note(QT_TRANSLATE_NOOP(
            "InputError", "{layer}: no id field (WDPAID, SITE_ID…); pa_ids are feature numbers from 1."),
            layer=protected.name))
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
        say(codes_from(countries.name, used))
    return _Inputs(hab_raw, hab_crs, classes_raw, pa_raw, pa_crs, ids_raw, cats_raw, codes_all)


def _select_and_clean(inputs: _Inputs, habitat: VectorData, protected: VectorData, breakdown: Breakdown,
                      say: Callable[[str], None], progress: Progress) -> _Work:
    """Protected areas far from the habitat left out (by their boxes, before any reprojection), the analysis
    CRS chosen, both layers reprojected and cleaned (on threads)."""
    hab_raw, hab_crs, pa_raw, pa_crs = inputs.habitat, inputs.habitat_crs, inputs.protected, inputs.protected_crs
    present_h = ~shapely.is_missing(hab_raw) & ~shapely.is_empty(hab_raw) if len(hab_raw) else np.zeros(0, bool)
    same_equal_area = hab_crs == pa_crs and is_equal_area(hab_crs)
    # the habitat's longitude/latitude box transforms every feature's corners (~0.2 s for 50,000 features): only
    # computed when needed (inputs in different or non-equal-area CRSs, countries)
    hab_box = None if same_equal_area and inputs.country_codes is None or not present_h.any() else \
        joint_lonlat_box(lonlat_boxes(hab_raw[present_h], hab_crs))
    if same_equal_area and present_h.any() and len(pa_raw):
        # one equal-area CRS in metres: it is the analysis CRS whatever is selected, so the same "2 degrees"
        # pre-filter is done in its own coordinates (2 × 111.32 km around the habitat's bounds)
        near = near_box(shapely.bounds(pa_raw), shapely.total_bounds(hab_raw[present_h]), 2 * 111_320.0)
    elif hab_box is not None and len(pa_raw):
        near = near_lonlat_box(lonlat_boxes(pa_raw, pa_crs), hab_box)
    else:
        near = None
    if near is not None:
        if not near.all():
            say(Note(QT_TRANSLATE_NOOP(
                "InputError", "{layer}: {count} protected areas far from the habitat left out."),
                layer=protected.name, count=int((~near).sum())))
        pa_sel = np.flatnonzero(near)
    else:
        pa_sel = np.arange(len(pa_raw))
    progress(0.1)
    crs = choose_crs([(hab_raw, hab_crs), (pa_raw[pa_sel], pa_crs)])
    say(Note(QT_TRANSLATE_NOOP("InputError", "Analysis CRS (equal-area, metres): {crs}"), crs=describe_crs(crs)))
    for name, src in ((habitat.name, hab_crs), (protected.name, pa_crs)):
        if src != crs:
            say(Note(QT_TRANSLATE_NOOP(
                "InputError", "{name}: reprojected from {crs} to the analysis CRS."), name=name, crs=src.name))

    hab, h_idx, rep = clean_polygons_threaded(to_crs(hab_raw, hab_crs, crs))
    say(rep.summary(habitat.name))
    progress(0.5)
    pa, p_idx, rep = clean_polygons_threaded(to_crs(pa_raw[pa_sel], pa_crs, crs))
    say(rep.summary(protected.name))
    ranks: Optional[np.ndarray] = None
    labels: list[str] = []
    if inputs.categories is not None:
        ranks, labels = _rank(inputs.categories[pa_sel][p_idx], breakdown)
    progress(1.0)
    return _Work(hab, inputs.classes[h_idx], pa, inputs.pa_ids[pa_sel][p_idx], ranks, labels, crs, hab_box)


def _units_by_country(work: _Work, countries: Optional[VectorData], codes_all: Optional[np.ndarray],
                      messages: list[str], warnings: list[str], say: Callable[[str], None],
                      progress: Progress) -> _Units:
    """The habitat split at country borders (``core.countries``); without countries, one unit per feature."""
    hab = work.habitat
    country_geoms = np.empty(0, dtype=object)
    country_list = np.empty(0, dtype=object)
    if countries is not None and codes_all is not None and len(hab):
        b = shapely.total_bounds(hab)
        cnear = near_lonlat_box(lonlat_boxes(np.asarray(countries.geometry, dtype=object), as_crs(countries.crs)),
                                work.habitat_box) \
            if work.habitat_box is not None else np.ones(len(countries), bool)
        sub = VectorData(np.asarray(countries.geometry, dtype=object)[cnear],
                         countries.attributes.iloc[np.flatnonzero(cnear)].reset_index(drop=True),
                         countries.crs, countries.name)
        country_geoms, country_list = prepare_countries(sub, codes_all[cnear], work.crs, tuple(b), messages,
                                                        progress.phase(0, 0.3))
        if not len(country_geoms):
            warnings.append(Note(QT_TRANSLATE_NOOP(
                "InputError", "No polygon of '{layer}' overlaps the habitat: country is left empty."),
                layer=countries.name))
    units, unit_src, unit_cidx = split_by_country(hab, country_geoms, progress.phase(0.3, 1.0))
    unit_country = np.full(len(units), None, dtype=object)
    if len(country_list):
        inside = unit_cidx >= 0
        unit_country[inside] = country_list[unit_cidx[inside]]
    if len(country_geoms):
        say(Note(QT_TRANSLATE_NOOP(
            "InputError", "Habitat split by country: {features} features → {units} habitat × country units."),
            features=len(hab), units=len(units)))
    return _Units(units, work.classes[unit_src], unit_country, shapely.area(units))


def _overlay(units: _Units, work: _Work, gaps: bool,
             sink: Optional[Callable[[str, np.ndarray, pd.DataFrame, pyproj.CRS], None]], chunk_size: int,
             progress: Progress) -> _Overlaid:
    """The overlay in chunks, and its pieces in the order of the habitat features (or streamed to ``sink``).

    Chunks are bands of nearby units, so each touches few protected areas: only those are prepared (GEOS
    indexes for fast predicates, ~20 kB per protected area) and released after the chunk. With several
    threads, chunks are overlaid concurrently (each on its own copies of its protected areas) while this
    thread writes the finished ones, in order.
    """
    geoms, pa, ranks, labels, crs = units.geometry, work.protected, work.ranks, work.labels, work.crs
    tree = shapely.STRtree(pa)
    prot_area = np.zeros(len(geoms))
    cat_area = np.zeros((len(geoms), len(labels))) if ranks is not None else None
    prot_cols = list(OUTPUT_FIELDS[:3]) + (["category"] if ranks is not None else []) + ["area_ha"]
    kept: dict[str, list] = {"protected": [], "gaps": []}
    n_pieces = 0

    def emit(kind: str, piece_geoms: np.ndarray, unit_rows: np.ndarray, extra: dict, area_m2: np.ndarray) -> None:
        frame = pd.DataFrame({"habitat": units.habitat[unit_rows], "country": units.country[unit_rows], **extra,
                              "area_ha": area_m2 / 10_000.0})
        if sink is not None:
            if len(piece_geoms):
                sink(kind, piece_geoms, frame, crs)
        else:
            kept[kind].append((unit_rows, piece_geoms, frame))

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

    n_threads = par.worker_threads()
    if n_threads > 1:
        band_rows = _balanced_chunks(geoms, pa, tree, n_threads, chunk_size)
    else:
        n_chunks = max(1, int(np.ceil(len(geoms) / chunk_size)))
        order = _spatial_order(geoms, n_chunks)
        band_rows = [order[k * chunk_size:(k + 1) * chunk_size] for k in range(n_chunks)]
    n_chunks = len(band_rows)
    threaded = n_threads > 1 and n_chunks > 1
    units_distinct = not threaded or par.distinct(geoms)

    def chunk_job(rows: np.ndarray) -> Callable[[], _ChunkResult]:
        """The chunk's inputs, taken here (bounding-box candidates from the shared tree, copies for a worker)."""
        chunk = geoms[rows]
        u, p = tree.query(chunk) if len(pa) and len(chunk) else (np.empty(0, np.int64), np.empty(0, np.int64))
        near, p_local = np.unique(p, return_inverse=True)
        pa_local = par.clone(pa[near]) if threaded else pa[near]
        if threaded and not units_distinct:
            chunk = par.clone(chunk)
        args = (chunk, u, p_local.reshape(-1), pa_local, work.pa_ids[near], None if ranks is None else ranks[near],
                len(labels), gaps, units.area[rows])
        return lambda: _overlay_chunk(*args)

    if not threaded:
        for k, rows in enumerate(band_rows):
            collect(rows, chunk_job(rows)())
            progress((k + 1) / n_chunks)
    else:
        _overlay_concurrently(band_rows, chunk_job, collect, n_threads, lambda k: progress((k + 1) / n_chunks))

    protected_geom, protected_df = _gathered(kept["protected"], prot_cols)
    gap_geom, gaps_df = _gathered(kept["gaps"], list(GAP_FIELDS))
    return _Overlaid(prot_area, cat_area, protected_geom, protected_df, gap_geom, gaps_df, n_pieces)


def _gathered(kept: list, cols: list[str]) -> tuple[np.ndarray, pd.DataFrame]:
    """The kept ``(unit rows, geometries, frame)`` parts of the chunks in the order of the units."""
    parts = [part for part in kept if len(part[1])]
    if not parts:
        return np.empty(0, dtype=object), pd.DataFrame(
            {c: pd.Series(dtype=float if c == "area_ha" else object) for c in cols})
    unit_rows = np.concatenate([part[0] for part in parts])
    back = np.argsort(unit_rows, kind="stable")
    geoms = np.concatenate([part[1] for part in parts])[back]
    frame = pd.concat([part[2] for part in parts], ignore_index=True).iloc[back].reset_index(drop=True)
    return geoms, frame[cols]


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


#: Chunk sizes when chunks run on several threads: about this many chunks per thread (load balance; with 8 the
#: chunks in flight keep the peak memory of one thread), each of at least MIN_CHUNK_WORK vertices of estimated
#: work (every chunk copies and prepares the protected areas it touches); see _balanced_chunks.
CHUNKS_PER_THREAD = 8
MIN_CHUNK_WORK = 100_000


def _overlay_concurrently(band_rows: list, chunk_job: Callable, collect: Callable, n_threads: int,
                          progress: Callable[[int], None]) -> None:
    """Chunks overlaid on ``n_threads`` worker threads, collected in order in the calling thread (which writes
    them while the workers go on): ``core.parallel.run_in_order``."""
    par.run_in_order(band_rows, chunk_job, collect, n_threads, progress, thread_name="neaspec-overlay")


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
                credited[has_prev] = polygonal_part(shapely.difference(new_cum[has_prev],
                                                                       np.asarray(prev[has_prev], dtype=object)),
                                                    copy=False)
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
            gap[single_rows] = par.parallel(shapely.difference, units[single_rows], pa[first[single_rows]])
        if len(multi_rows):
            punched = _punched_gaps(units, clusters) if clusters else {}
            done = np.fromiter(punched, dtype=np.int64, count=len(punched))
            gap[done] = np.array(list(punched.values()), dtype=object)
            overlay_rows = multi_rows[~np.isin(multi_rows, done)]
            gap[overlay_rows] = par.parallel(shapely.difference, units[overlay_rows],
                                         np.asarray(covered[overlay_rows], dtype=object), shared=(True, False))
        changed = np.concatenate([single_rows, multi_rows])
        gap[changed] = polygonal_part(gap[changed], copy=False)
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
            base = polygonal_part(np.array([shapely.difference(base, shapely.multipolygons(parts))], dtype=object),
                                  copy=False)[0]
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


# The name monitoring.py imports from this module (its owner moves the import to core.parallel).
parallel = par.parallel
