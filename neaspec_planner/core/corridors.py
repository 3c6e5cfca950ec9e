"""Least-cost corridors between core areas (Linkage Mapper's method, in pure Python; no qgis import).

Model (the same as GRASS ``r.cost`` without ``-k`` and scikit-image ``MCP_Geometric``)
-------------------------------------------------------------------------------------
* The resistance raster gives the cost of crossing one metre of a cell (cost ≥ 1 by convention; any positive
  value is accepted). Zero and negative cells are refused; NaN and nodata cells are impassable.
* Moves go to the 8 neighbours. A move between two cells costs the **mean of the two cells' resistances ×
  the step length in metres** (cell size for axial moves, cell diagonal for diagonal moves). With square
  cells that is GRASS ``r.cost``'s default (``r.cost`` reports cost × cells; we multiply by the cell size so
  every cost here is in **cost × metres**).
* CWD_A(x): the minimum over 8-neighbour paths from any cell of core A to cell x (core cells are at 0).
  LCD_AB = min over the cells x of B of CWD_A(x). NLCC_AB(x) = CWD_A(x) + CWD_B(x) − LCD_AB; the corridor
  mosaic is the cell-wise minimum over links, kept where NLCC ≤ CORRIDOR_WIDTH (cost × metres).
* The least-cost path is traced back from the cheapest cell of B to A and drawn through the cell centres.

Work, exactness and memory
--------------------------
* One cost-distance run per core (not per pair), reused by all its links, by ``core.cost_distance.search``:
  exact up to N = max over the core's links of (an upper bound of the LCD + CORRIDOR_WIDTH), the most any
  corridor cell or LCD of its links can cost from it. The search runs in a window only when every inner-boundary
  cell of the window costs ≥ N (then the window's values up to N are the whole raster's); otherwise it is
  repeated in the window that is exact by construction (margin N / r_min), or on the whole raster. The argument
  is in ``core/cost_distance.py`` and docs/algorithms/corridors.md.
* Links of which a least-cost path runs through a third core are dropped (``drop_through_cores``).
* Before reading the raster the memory is estimated and the run refused (``InputError``) above the budget.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Union

import numpy as np
import pandas as pd
import pyproj
import shapely

from neaspec_planner.core.cost_distance import MCP_BYTES_PER_CELL, Window, search
from neaspec_planner.core.countries import country_grid
from neaspec_planner.core.crs import analysis_crs, area_ha, as_crs, check_projected_raster, reproject
from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError, Note
from neaspec_planner.core.layers import country_codes
from neaspec_planner.core.progress import Progress, ProgressFn
from neaspec_planner.core.raster_io import RasterData, raster_info, read_raster
from neaspec_planner.core.results import Outcome
from neaspec_planner.core.vector_io import VectorData

DEFAULT_MEMORY_BUDGET = 4 * 1024 ** 3
#: bytes per raster cell held for the whole run: float32 resistance, float32 mosaic, int32 link of the mosaic
GRID_BYTES_PER_CELL = 12
CORRIDOR_NODATA = -9999.0
MIN_MARGIN_CELLS = 10
LINK_FIELDS = ["from_id", "to_id", "lcd", "euclid_m", "path_m", "cwd_to_euclid", "cwd_to_path", "countries",
               "transboundary", "unprotected_m", "rank"]
GAP_FIELDS = ["link", "country", "area_ha"]


# ------------------------------------------------------------------------------------------ results


@dataclass
class CorridorResult(Outcome):
    """Everything ``neaspec:corridors`` writes, in the resistance raster's grid and CRS."""

    links: pd.DataFrame                 # LINK_FIELDS, one row per link
    link_geometry: np.ndarray           # LineString per link (None when the cores are not connected)
    corridors: np.ndarray               # float32 NLCC ≤ width, CORRIDOR_NODATA elsewhere
    corridor_link: np.ndarray           # int32 index into ``links`` of the link owning each corridor cell, -1
    gaps: pd.DataFrame                  # GAP_FIELDS
    gap_geometry: np.ndarray            # polygons (raster CRS)
    transform: tuple
    crs: pyproj.CRS
    messages: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def corridor_mask(self) -> np.ndarray:
        return self.corridor_link >= 0


@dataclass
class _Core:
    ident: object
    geom: shapely.Geometry
    rows: np.ndarray                    # global row / col of its cells
    cols: np.ndarray


@dataclass
class _Link:
    a: int
    b: int
    euclid: float
    lcd: float = math.inf
    path: Optional[np.ndarray] = None   # (n, 2) global rows/cols from a to b


@dataclass
class _Cwd:
    row0: int
    col0: int
    values: np.ndarray                  # float32, inf where not reached


# ------------------------------------------------------------------------------------------- helpers


def _say(log: Optional[Callable[[str], None]], messages: list[str], text: str) -> None:
    messages.append(text)
    if log is not None:
        log(text)


def _cell_centres(rows: np.ndarray, cols: np.ndarray, gt: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    x = gt[0] + (cols + 0.5) * gt[1] + (rows + 0.5) * gt[2]
    y = gt[3] + (cols + 0.5) * gt[4] + (rows + 0.5) * gt[5]
    return x, y


def _to_pixel(x: np.ndarray, y: np.ndarray, gt: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    return (np.asarray(y) - gt[3]) / gt[5], (np.asarray(x) - gt[0]) / gt[1]


def _prepare_cores(cores: VectorData, core_id: str, raster_crs: pyproj.CRS, messages: list[str],
                   log: Optional[Callable[[str], None]]) -> tuple[list[object], np.ndarray]:
    """Ids and geometries (raster CRS) of the cores: features with the same id are one core."""
    if core_id not in cores.attributes.columns:
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "Layer '{layer}' has no field '{field}'. Choose the field that identifies each core area."),
            layer=cores.name, field=core_id)
    geoms = np.asarray(cores.geometry, dtype=object)
    ids = cores.attributes[core_id].to_numpy(dtype=object)
    present = ~shapely.is_missing(geoms)
    present[present] = ~shapely.is_empty(geoms[present])
    null_id = np.array([v is None or (isinstance(v, float) and math.isnan(v)) for v in ids], dtype=bool)
    if (~present).any():
        _say(log, messages, Note(QT_TRANSLATE_NOOP(
            "InputError", "{layer}: {count} features without geometry skipped."),
            layer=cores.name, count=int((~present).sum())))
    if (null_id & present).any():
        _say(log, messages, Note(QT_TRANSLATE_NOOP(
            "InputError", "{layer}: {count} features without a '{core_id}' value skipped."),
            layer=cores.name, count=int((null_id & present).sum()), core_id=core_id))
    keep = present & ~null_id
    geoms, ids = shapely.force_2d(geoms[keep]), ids[keep]
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        geoms[invalid] = shapely.make_valid(geoms[invalid])
        _say(log, messages, Note(QT_TRANSLATE_NOOP(
            "InputError", "{layer}: {count} invalid geometries repaired (make_valid)."),
            layer=cores.name, count=int(invalid.sum())))
    if cores.crs is None:
        as_crs(None, cores.name)
    geoms = reproject(geoms, cores.crs, raster_crs)
    keys = pd.Index(pd.Series(ids, dtype=object).astype(str))
    order, uniques = pd.factorize(keys)
    unique_ids, unique_geoms = [], []
    for k in range(len(uniques)):  # one union per core id (few cores)
        members = np.flatnonzero(order == k)
        unique_ids.append(ids[members[0]])
        unique_geoms.append(geoms[members[0]] if len(members) == 1 else shapely.union_all(geoms[members]))
    return unique_ids, np.array(unique_geoms, dtype=object)


def _core_cells(geom: shapely.Geometry, ident: object, gt: Sequence[float], shape: tuple[int, int],
                crs: pyproj.CRS, passable: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows/cols of the passable cells whose centre lies in the core (or the cell holding a small core)."""
    from neaspec_planner.core.raster_tools import rasterize_on_grid, window_transform

    rows, cols = shape
    xmin, ymin, xmax, ymax = shapely.bounds(geom)
    r_a, c_a = _to_pixel(np.array([xmin, xmax]), np.array([ymax, ymin]), gt)
    r0, r1 = max(int(math.floor(min(r_a))), 0), min(int(math.ceil(max(r_a))) + 1, rows)
    c0, c1 = max(int(math.floor(min(c_a))), 0), min(int(math.ceil(max(c_a))) + 1, cols)
    rr = cc = np.zeros(0, dtype=np.int64)
    if r1 > r0 and c1 > c0:
        burnt = rasterize_on_grid([geom], window_transform(gt, r0, c0), (r1 - r0, c1 - c0), crs,
                                  all_touched=False, burn_values=1, dtype="uint8")
        rr, cc = np.nonzero(burnt)
        rr, cc = rr + r0, cc + c0
    if rr.size == 0:  # smaller than a cell, or a point or thin line: the cell(s) holding it
        pts = shapely.get_coordinates(shapely.point_on_surface(geom)) if shapely.get_type_id(geom) in (3, 6) \
            else shapely.get_coordinates(geom)
        pr, pc = _to_pixel(pts[:, 0], pts[:, 1], gt)
        pr, pc = np.floor(pr).astype(np.int64), np.floor(pc).astype(np.int64)
        inside = (pr >= 0) & (pr < rows) & (pc >= 0) & (pc < cols)
        rr, cc = pr[inside], pc[inside]
    if rr.size == 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "Core '{core}' lies outside the resistance raster. Clip the cores to the raster's extent "
                          "or use a larger raster."), core=ident)
    ok = passable[rr, cc]
    if not ok.any():
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Core '{core}' lies only on nodata (impassable) cells of the "
                                           "resistance raster. Give its cells a cost or move the core."),
                         core=ident)
    return rr[ok], cc[ok]


def _edge_cells(rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """True for the cells of a core with at least one 8-neighbour outside the core."""
    if rows.size == 0:
        return np.zeros(0, dtype=bool)
    r0, c0 = rows.min() - 1, cols.min() - 1
    mask = np.zeros((rows.max() - r0 + 2, cols.max() - c0 + 2), dtype=bool)
    mask[rows - r0, cols - c0] = True
    inner = mask[1:-1, 1:-1].copy()
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            inner &= mask[1 + dr:mask.shape[0] - 1 + dr, 1 + dc:mask.shape[1] - 1 + dc]
    return ~inner[rows - r0 - 1, cols - c0 - 1]


def _straight_path_cost(res: np.ndarray, a: tuple[int, int], b: tuple[int, int],
                        cell: tuple[float, float]) -> float:
    """Cost of the straight 8-neighbour path between two cells: an upper bound of their least-cost distance."""
    n = max(abs(b[0] - a[0]), abs(b[1] - a[1]))
    if n == 0:
        return 0.0
    rr = np.rint(np.linspace(a[0], b[0], n + 1)).astype(np.int64)
    cc = np.rint(np.linspace(a[1], b[1], n + 1)).astype(np.int64)
    vals = res[rr, cc].astype(np.float64)
    steps = np.hypot(np.diff(rr) * cell[0], np.diff(cc) * cell[1])
    return float(np.sum((vals[:-1] + vals[1:]) / 2.0 * steps))


def _nearest_cells(core_a: _Core, core_b: _Core, gt: Sequence[float]) -> tuple[tuple[int, int], tuple[int, int]]:
    line = shapely.shortest_line(core_a.geom, core_b.geom)
    (xa, ya), (xb, yb) = shapely.get_coordinates(line)[[0, -1]]
    out = []
    for core, (x, y) in ((core_a, (xa, ya)), (core_b, (xb, yb))):
        pr, pc = _to_pixel(np.array([x]), np.array([y]), gt)
        k = int(np.argmin((core.rows + 0.5 - pr[0]) ** 2 + (core.cols + 0.5 - pc[0]) ** 2))
        out.append((int(core.rows[k]), int(core.cols[k])))
    return out[0], out[1]


# ----------------------------------------------------------------------------------- planning, memory


def _links_within(geoms: np.ndarray, max_distance: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if len(geoms) < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    tree = shapely.STRtree(geoms)
    left, right = tree.query(geoms, predicate="dwithin", distance=float(max_distance))
    keep = left < right
    left, right = left[keep], right[keep]
    dist = shapely.distance(geoms[left], geoms[right])
    order = np.lexsort((right, left))
    return left[order], right[order], dist[order]


def _windows(geoms: np.ndarray, links: list[_Link], gt: Sequence[float], shape: tuple[int, int]
             ) -> dict[int, tuple[int, int, int, int]]:
    """Pixel window ``(r0, r1, c0, c1)`` per linked core: bbox of it and its partners + half the longest link."""
    cell = min(abs(gt[1]), abs(gt[5]))
    rows, cols = shape
    out: dict[int, tuple[int, int, int, int]] = {}
    members: dict[int, list[int]] = {}
    longest: dict[int, float] = {}
    for link in links:
        for me, other in ((link.a, link.b), (link.b, link.a)):
            members.setdefault(me, [me]).append(other)
            longest[me] = max(longest.get(me, 0.0), link.euclid)
    for core, group in members.items():
        b = shapely.bounds(geoms[group])
        margin = max(0.5 * longest[core], MIN_MARGIN_CELLS * cell)
        xmin, xmax = b[:, 0].min() - margin, b[:, 2].max() + margin
        ymin, ymax = b[:, 1].min() - margin, b[:, 3].max() + margin
        r_a, c_a = _to_pixel(np.array([xmin, xmax]), np.array([ymax, ymin]), gt)
        r0, r1 = max(int(math.floor(min(r_a))), 0), min(int(math.ceil(max(r_a))), rows)
        c0, c1 = max(int(math.floor(min(c_a))), 0), min(int(math.ceil(max(c_a))), cols)
        out[core] = (r0, max(r1, r0 + 1), c0, max(c1, c0 + 1))
    return out


def estimate_memory(shape: tuple[int, int], windows: Sequence[tuple[int, int, int, int]]) -> int:
    """Bytes a corridor run needs: the grids kept for the run + the largest cost-distance window + the stored
    cost distances of every core (float32, at most their windows) + 64 MiB of working space."""
    cells = [(r1 - r0) * (c1 - c0) for r0, r1, c0, c1 in windows]
    grid = int(shape[0]) * int(shape[1]) * GRID_BYTES_PER_CELL
    return int(grid + (max(cells) if cells else 0) * MCP_BYTES_PER_CELL + 4 * sum(cells) + 64 * 1024 ** 2)


def _gib(n: float) -> str:
    return f"{n / 1024 ** 3:.2f} GiB"


# ------------------------------------------------------------------------------------------ resistance


def _load_resistance(resistance: Union[str, Path, RasterData], name: Optional[str] = None
                     ) -> tuple[Optional[str], tuple, tuple[int, int], Optional[pyproj.CRS], Optional[float], str]:
    if isinstance(resistance, RasterData):
        rname = name or resistance.name
        if resistance.crs is None:
            as_crs(None, rname)
        return None, tuple(resistance.transform), resistance.shape, resistance.crs, resistance.nodata, rname
    path = str(resistance)
    rows, cols, gt, crs, nodata, _ = raster_info(path)
    rname = name or Path(path).stem
    if crs is None:
        as_crs(None, rname)
    return path, tuple(gt), (rows, cols), crs, nodata, rname


def validate_resistance(values: np.ndarray, nodata: Optional[float], gt: Sequence[float], name: str,
                        copy: bool = True) -> tuple[np.ndarray, float]:
    """float32 costs with ``inf`` for NaN/nodata (impassable); ``InputError`` on zero or negative cells.

    ``copy=False`` lets a float32 array the caller owns be modified in place (no second copy of the raster).
    """
    res = np.asarray(values, dtype=np.float32)
    if copy and np.shares_memory(res, values):
        res = res.copy()
    invalid = ~np.isfinite(res)
    if nodata is not None and np.isfinite(nodata):
        invalid |= res == np.float32(nodata)
    bad = (res <= 0) & ~invalid
    n_bad = int(np.count_nonzero(bad))
    if n_bad:
        first = int(np.flatnonzero(bad.ravel())[0])
        r, c = divmod(first, res.shape[1])
        x, y = _cell_centres(np.array([r]), np.array([c]), gt)
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "Raster '{name}' has {count} cells with zero or negative cost, e.g. row {row}, column "
                          "{column} (x={x:.1f}, y={y:.1f}) with value {value:g}. Costs must be > 0 (normally ≥ 1); "
                          "set impassable cells to nodata instead."),
            name=name, count=n_bad, row=int(r), column=int(c), x=float(x[0]), y=float(y[0]), value=float(res[r, c]))
    res[invalid] = np.inf
    passable = ~invalid
    if not passable.any():
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Raster '{name}' has no valid cells: every cell is nodata."),
                         name=name)
    return res, float(res[passable].min())


# ------------------------------------------------------------------------------------------ main entry


def run_corridors(cores: VectorData, core_id: str, resistance: Union[str, Path, RasterData],
                  max_distance: float, corridor_width: float, *,
                  countries: Optional[VectorData] = None, country_field: Optional[str] = None,
                  protected: Optional[VectorData] = None, progress: Optional[ProgressFn] = None,
                  memory_budget: int = DEFAULT_MEMORY_BUDGET, log: Optional[Callable[[str], None]] = None,
                  resistance_name: Optional[str] = None, drop_through_cores: bool = True,
                  only_links: Optional[Sequence[tuple[object, object]]] = None) -> CorridorResult:
    """Links, least-cost paths, the corridor mosaic and its unprotected gaps between core areas.

    Parameters
    ----------
    cores : polygons (multi-part and features sharing an id are one core; points and cores smaller than a
        cell use the cell they fall in), any CRS.
    core_id : field identifying the cores.
    resistance : GeoTIFF path or ``RasterData``; projected CRS in metres; cost per metre, > 0; NaN/nodata
        impassable.
    max_distance : link cores whose edges are at most this far apart (metres, Euclidean).
    corridor_width : keep cells whose NLCC ≤ this (cost × metres, the unit of ``lcd``).
    countries, country_field : optional country polygons and ISO3 field (detected when omitted).
    protected : optional protected areas: their cells are not gaps and their length of a path is protected.
    memory_budget : bytes; above the estimate the run is refused before reading the raster.
    drop_through_cores : drop the links of which a least-cost path runs through a third core (Linkage Mapper's
        default): they are redundant with the links to that core.
    only_links : ``(from_id, to_id)`` pairs to keep (``neaspec:compare_options`` keeps the baseline's links in
        every option); given, ``drop_through_cores`` is not applied again.
    """
    prog = Progress(progress)
    messages: list[str] = []
    if not (max_distance > 0):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "The maximum link distance must be positive (got "
                                           "{value} m)."), value=max_distance)
    if not (corridor_width >= 0):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "The corridor width must be zero or positive (got "
                                           "{value})."), value=corridor_width)
    path, gt, shape, raster_crs, nodata, rname = _load_resistance(resistance, resistance_name)
    raster_crs = check_projected_raster(raster_crs, rname)
    if abs(gt[2]) > 0 or abs(gt[4]) > 0:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Raster '{name}' is rotated; warp it to a north-up "
                                           "grid first."), name=rname)
    cell = (abs(gt[5]), abs(gt[1]))  # (row step, column step) in metres

    ids, geoms = _prepare_cores(cores, core_id, raster_crs, messages, log)
    # A core outside the raster's extent is named before anything heavy happens.
    x0, y1 = gt[0], gt[3]
    x1, y0 = gt[0] + shape[1] * gt[1], gt[3] + shape[0] * gt[5]
    extent = shapely.box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    outside = np.flatnonzero(~shapely.intersects(geoms, extent)) if len(geoms) else np.zeros(0, int)
    if outside.size:
        names = ", ".join(f"'{ids[i]}'" for i in outside[:5])
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Core {names} of layer '{layer}' lies outside the "
                                           "resistance raster '{raster}'. Clip the cores to the raster or use a "
                                           "raster covering them."), names=names, layer=cores.name, raster=rname)
    left, right, dist = _links_within(geoms, max_distance)
    links = [_Link(int(a), int(b), float(d)) for a, b, d in zip(left, right, dist)]
    if only_links is not None:
        wanted = {(str(a), str(b)) for a, b in only_links}
        links = [lk for lk in links if (str(ids[lk.a]), str(ids[lk.b])) in wanted]
    if len(geoms) < 2:
        _say(log, messages, Note(QT_TRANSLATE_NOOP(
            "InputError", "Fewer than two cores in '{layer}': no links."), layer=cores.name))
    elif not links:
        _say(log, messages, Note(QT_TRANSLATE_NOOP(
            "InputError", "No pair of cores lies within {max_distance:g} m: no links."), max_distance=max_distance))
    windows = _windows(geoms, links, gt, shape)
    need = estimate_memory(shape, list(windows.values()))
    if need > memory_budget:
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "This run would need about {need} of memory (raster {rows} × {cols} cells, {windows} "
            "core windows), more than the budget of {budget}. Use a coarser resistance raster (larger cells), "
            "clip it to the study area, or lower MAX_DISTANCE."), need=_gib(need), rows=shape[0], cols=shape[1],
            windows=len(windows), budget=_gib(memory_budget))
    stored = 4 * sum((r1 - r0) * (c1 - c0) for r0, r1, c0, c1 in windows.values())
    max_cells = max(int((memory_budget - shape[0] * shape[1] * GRID_BYTES_PER_CELL - stored - 64 * 1024 ** 2)
                        // (MCP_BYTES_PER_CELL + 4)), 0)
    whole_need = estimate_memory(shape, [(0, shape[0], 0, shape[1])] + list(windows.values()))
    _say(log, messages, Note(QT_TRANSLATE_NOOP(
        "InputError", "{cores} cores, {links} links; estimated memory {memory} (up to {whole} if a search must "
                      "cover the whole raster)."),
        cores=len(ids), links=len(links), memory=_gib(need), whole=_gib(whole_need)))

    prog(0.0)
    if path is not None:
        values = read_raster(path).array
        res, r_min = validate_resistance(values, nodata, gt, rname, copy=False)
    else:
        values = resistance.array  # type: ignore[union-attr]
        res, r_min = validate_resistance(values, nodata, gt, rname)
    del values
    passable = np.isfinite(res)
    prog(0.05)

    core_objs: list[_Core] = []
    for i, (ident, geom) in enumerate(zip(ids, geoms)):
        try:
            rr, cc = _core_cells(geom, ident, gt, shape, raster_crs, passable)
        except InputError:
            if i in windows:
                raise
            rr = cc = np.zeros(0, dtype=np.int64)  # an unlinked core only on nodata: nothing runs through it
        core_objs.append(_Core(ident, geom, rr, cc))
    del passable

    cwds: dict[int, _Cwd] = {}
    at_cores: dict[int, np.ndarray] = {}
    linked = sorted(windows)
    coarse = _coarse_grid(res) if links else None
    cwd_prog = prog.phase(0.05, 0.85)
    grown = 0
    for k, core in enumerate(linked):
        r0, r1, c0, c1 = windows[core]
        cwds[core], at_cores[core], runs = _core_run(core, core_objs, links, Window(r0, r1, c0, c1), res, gt,
                                                     cell, corridor_width, r_min, max_cells, coarse)
        if len(runs) > 1:
            grown += 1
            last = runs[-1]
            _say(log, messages, Note(QT_TRANSLATE_NOOP(
                "InputError", "Core '{core}': cheaper routes may leave its first window; searched again in {rows} "
                              "× {cols} cells."),
                core=core_objs[core].ident, rows=last.r1 - last.r0, cols=last.c1 - last.c0))
        cwd_prog((k + 1) / max(len(linked), 1))

    if drop_through_cores and only_links is None:
        dropped = _through_cores(links, core_objs, at_cores, shape)
        for index, third in dropped:
            lk = links[index]
            _say(log, messages, Note(QT_TRANSLATE_NOOP(
                "InputError", "Link {a}-{b} dropped: its least-cost path runs through core '{through}' "
                              "(DROP_THROUGH_CORES)."),
                a=core_objs[lk.a].ident, b=core_objs[lk.b].ident, through=core_objs[third].ident))
        gone = {index for index, _ in dropped}
        links = [lk for i, lk in enumerate(links) if i not in gone]
    del at_cores

    corridors, owner = _mosaic(links, cwds, shape, corridor_width)
    del cwds
    prog(0.9)

    frame, line_geoms = _link_table(links, core_objs, gt, raster_crs, countries, country_field, protected,
                                    messages, log)
    prog(0.95)
    gaps, gap_geoms = _gaps(owner, frame, gt, raster_crs, countries, country_field, protected, messages, log)
    prog(1.0)
    return CorridorResult(frame, line_geoms, corridors, owner, gaps, gap_geoms, gt, raster_crs, messages)


#: cells of the coarse grid on which each core's first cutoff and window are guessed
COARSE_CELLS = 250_000


@dataclass
class _Coarse:
    values: np.ndarray                  # block means of the passable cells (inf: a block without any)
    factor: int


def _coarse_grid(res: np.ndarray) -> Optional[_Coarse]:
    """The raster averaged over f × f blocks (``COARSE_CELLS`` cells in all), or ``None`` when it is already that
    small (its searches are cheap). It only guesses where and how far each exact search goes
    (``cost_distance.search``), never a result."""
    rows, cols = res.shape
    f = int(math.ceil(math.sqrt(rows * cols / COARSE_CELLS)))
    if f < 2:
        return None
    nr, nc = -(-rows // f), -(-cols // f)
    pad = np.full((nr * f, nc * f), np.nan, dtype=np.float32)
    pad[:rows, :cols] = np.where(np.isfinite(res), res, np.nan)
    blocks = pad.reshape(nr, f, nc, f)
    count = np.isfinite(blocks).sum(axis=(1, 3))
    total = np.nansum(blocks, axis=(1, 3), dtype=np.float64)
    del pad, blocks
    values = np.full((nr, nc), np.inf)
    values[count > 0] = total[count > 0] / count[count > 0]
    return _Coarse(values, f)


def _coarse_guess(coarse: Optional[_Coarse], me: _Core, partners: list[_Core], cell: tuple[float, float],
                  shape: tuple[int, int]) -> tuple[list[float], Optional[Callable[[float], Window]]]:
    """A guess of each link's LCD from the coarse grid, and the window (blocks whose coarse cost is within a
    given cutoff × 1.25, plus two blocks) the fine search is expected to need for that cutoff."""
    from neaspec_planner.core.cost_distance import cost_distance

    if coarse is None:
        return [math.inf] * len(partners), None
    f, nc = coarse.factor, coarse.values.shape[1]
    flat = np.unique((me.rows // f) * nc + me.cols // f)
    values, _ = cost_distance(coarse.values, np.column_stack([flat // nc, flat % nc]), (cell[0] * f, cell[1] * f))
    guesses = [float(values.ravel()[np.unique((o.rows // f) * nc + o.cols // f)].min()) for o in partners]

    def window(cutoff: float) -> Window:
        rr, cc = np.nonzero(values <= 1.25 * cutoff)
        if rr.size == 0:
            rr, cc = flat // nc, flat % nc
        return Window(max(int(rr.min() - 2) * f, 0), min(int(rr.max() + 3) * f, shape[0]),
                      max(int(cc.min() - 2) * f, 0), min(int(cc.max() + 3) * f, shape[1]))

    return guesses, window


def _core_run(core: int, cores: list[_Core], links: list[_Link], first: Window, res: np.ndarray,
              gt: Sequence[float], cell: tuple[float, float], width: float, r_min: float,
              max_cells: int, coarse: Optional[_Coarse]) -> tuple[_Cwd, np.ndarray, list[Window]]:
    """One exact cost-distance run for ``core`` (``cost_distance.search``), with the traceback of the links it
    improves. Returns its cost distance cropped to the cells it needs, its values at every core's cells (float64,
    for the through-core test) and the windows it searched."""
    mine = [lk for lk in links if core in (lk.a, lk.b)]
    me = cores[core]
    partners = [cores[lk.b if lk.a == core else lk.a] for lk in mine]
    coarse_lcd, coarse_window = _coarse_guess(coarse, me, partners, cell, (int(res.shape[0]), int(res.shape[1])))
    bounds, guesses = [], []  # an upper bound of each link's LCD (a real path's cost), and a guess of it
    for lk, other, rough in zip(mine, partners, coarse_lcd):
        if math.isfinite(lk.lcd):
            bounds.append(lk.lcd)
        else:
            a, b = _nearest_cells(me, other, gt)
            bounds.append(_straight_path_cost(res, a, b, cell))
        guesses.append(bounds[-1] if math.isfinite(lk.lcd) or not 1.1 * rough < bounds[-1] else 1.1 * rough)

    def need_for(upper: Sequence[float]) -> float:
        # every corridor cell x of a link has CWD(x) ≤ LCD + width ≤ upper bound + width (margin for rounding)
        return (max(upper) + width) * (1 + 1e-6) + 1e-9 if upper else 0.0

    def refine(values: np.ndarray, win: Window) -> float:
        found = []
        for bound, other in zip(bounds, partners):
            inside = (other.rows >= win.r0) & (other.rows < win.r1) & (other.cols >= win.c0) & (other.cols < win.c1)
            reached = values[other.rows[inside] - win.r0, other.cols[inside] - win.c0]
            found.append(min(bound, float(reached.min()) if reached.size else math.inf))
        return need_for(found)

    guess = need_for(guesses)
    if coarse_window is not None:  # where the coarse grid says a search to the guessed cutoff goes
        first = coarse_window(guess)
    surface = search(res, me.rows, me.cols, cell, r_min, need_for(bounds), first, refine=refine,
                     inner=~_edge_cells(me.rows, me.cols), guess=guess, max_cells=max_cells,
                     name=f"core '{me.ident}'")
    for lk, other in zip(mine, partners):
        vals = surface.at(other.rows, other.cols)
        best = int(np.argmin(vals))
        if not np.isfinite(vals[best]) or vals[best] >= lk.lcd:
            continue
        path = surface.trace(int(other.rows[best]), int(other.cols[best]))
        lk.lcd = float(vals[best])
        lk.path = path[::-1] if lk.a != core else path  # always from a to b
    surface.release()
    at_cores = surface.at(np.concatenate([c.rows for c in cores]), np.concatenate([c.cols for c in cores]))
    values, win = surface.values, surface.window
    finite = np.isfinite(values)
    rows_any, cols_any = np.flatnonzero(finite.any(axis=1)), np.flatnonzero(finite.any(axis=0))
    if rows_any.size == 0:
        return _Cwd(win.r0, win.c0, np.zeros((0, 0), dtype=np.float32)), at_cores, surface.runs
    a0, a1, b0, b1 = rows_any[0], rows_any[-1] + 1, cols_any[0], cols_any[-1] + 1
    cwd = _Cwd(win.r0 + int(a0), win.c0 + int(b0), values[a0:a1, b0:b1].astype(np.float32))
    return cwd, at_cores, surface.runs


def _through_cores(links: list[_Link], cores: list[_Core], at_cores: dict[int, np.ndarray],
                   shape: tuple[int, int]) -> list[tuple[int, int]]:
    """``(link index, core index)`` of the links of which a least-cost path runs through a third core.

    A cell x lies on a least-cost path of A–B exactly when CWD_A(x) + CWD_B(x) = LCD_AB; the test is made on the
    float64 values of the two runs at every cell of every other core (cells shared with A or B are not "other"),
    with a relative tolerance of 1e-9 for the different order of the two runs' sums. It does not depend on how
    ties between equal paths are broken in the traceback. ``at_cores[k]``: core k's run at every core's cells,
    in the order of ``cores``.
    """
    flat = np.concatenate([c.rows * shape[1] + c.cols for c in cores]) if cores else np.zeros(0, np.int64)
    label = np.repeat(np.arange(len(cores)), [c.rows.size for c in cores])
    out = []
    for index, lk in enumerate(links):
        if not math.isfinite(lk.lcd):
            continue
        own = flat[(label == lk.a) | (label == lk.b)]
        other = (label != lk.a) & (label != lk.b) & ~np.isin(flat, own)
        total = at_cores[lk.a][other] + at_cores[lk.b][other]
        if total.size:
            k = int(np.argmin(total))
            if total[k] <= lk.lcd * (1 + 1e-9) + 1e-9:
                out.append((index, int(label[other][k])))
    return out


def _mosaic(links: list[_Link], cwds: dict[int, _Cwd], shape: tuple[int, int], width: float
            ) -> tuple[np.ndarray, np.ndarray]:
    """NLCC mosaic (cell-wise minimum over links, the first link on ties), kept where ≤ width; and the link
    owning each cell. Each core's cost distance is exact wherever a corridor of its links can lie."""
    mosaic = np.full(shape, np.inf, dtype=np.float32)
    owner = np.full(shape, -1, dtype=np.int32)
    for index, lk in enumerate(links):
        if not math.isfinite(lk.lcd):
            continue
        ca, cb = cwds[lk.a], cwds[lk.b]
        r0, c0 = max(ca.row0, cb.row0), max(ca.col0, cb.col0)
        r1 = min(ca.row0 + ca.values.shape[0], cb.row0 + cb.values.shape[0])
        c1 = min(ca.col0 + ca.values.shape[1], cb.col0 + cb.values.shape[1])
        if r1 <= r0 or c1 <= c0:
            continue
        step = max(1, 2_000_000 // max(c1 - c0, 1))
        for top in range(r0, r1, step):  # bands of rows keep the float temporaries small
            bot = min(top + step, r1)
            va = ca.values[top - ca.row0:bot - ca.row0, c0 - ca.col0:c1 - ca.col0]
            vb = cb.values[top - cb.row0:bot - cb.row0, c0 - cb.col0:c1 - cb.col0]
            nlcc = va + vb
            nlcc -= np.float32(lk.lcd)
            np.maximum(nlcc, 0, out=nlcc)
            target = mosaic[top:bot, c0:c1]
            better = (nlcc <= width) & (nlcc < target)
            target[better] = nlcc[better]
            owner[top:bot, c0:c1][better] = index
    mosaic[owner < 0] = CORRIDOR_NODATA
    return mosaic, owner


def _link_label(a: object, b: object) -> str:
    return f"{a}-{b}"


def _link_table(links: list[_Link], cores: list[_Core], gt: Sequence[float], crs: pyproj.CRS,
                countries: Optional[VectorData], country_field: Optional[str], protected: Optional[VectorData],
                messages: list[str], log: Optional[Callable[[str], None]]) -> tuple[pd.DataFrame, np.ndarray]:
    n = len(links)
    lines = np.full(n, None, dtype=object)
    for i, lk in enumerate(links):
        if lk.path is not None:
            x, y = _cell_centres(lk.path[:, 0].astype(float), lk.path[:, 1].astype(float), gt)
            coords = np.column_stack([x, y])
            if len(coords) == 1:
                coords = np.vstack([coords, coords])
            lines[i] = shapely.LineString(coords)
        elif n:
            _say(log, messages, Note(QT_TRANSLATE_NOOP(
                "InputError", "Cores '{a}' and '{b}' are not connected through passable cells: the link has "
                              "no least-cost path."), a=cores[lk.a].ident, b=cores[lk.b].ident))
    lcd = np.array([lk.lcd if math.isfinite(lk.lcd) else np.nan for lk in links], dtype=float)
    euclid = np.array([lk.euclid for lk in links], dtype=float)
    has = np.array([g is not None for g in lines], dtype=bool)
    path_m = np.full(n, np.nan)
    if has.any():
        path_m[has] = shapely.length(lines[has])
    with np.errstate(divide="ignore", invalid="ignore"):
        to_euclid = np.where(euclid > 0, lcd / euclid, np.nan)
        to_path = np.where(path_m > 0, lcd / path_m, np.nan)
    crossed = np.full(n, None, dtype=object)
    transboundary = np.zeros(n, dtype=bool)
    if countries is not None and len(countries) and has.any():
        codes = country_codes(countries.attributes, country_field, countries.name)[0]
        cgeoms = reproject(np.asarray(countries.geometry, dtype=object), countries.crs, crs)
        ok = ~shapely.is_missing(cgeoms) & (codes != None)  # noqa: E711
        cgeoms, codes = cgeoms[ok], codes[ok]
        bad = ~shapely.is_valid(cgeoms)
        if bad.any():
            cgeoms[bad] = shapely.make_valid(cgeoms[bad])
        li, ci = shapely.STRtree(cgeoms).query(lines[has], predicate="intersects")
        li = np.flatnonzero(has)[li]
        pieces = shapely.intersection(lines[li], cgeoms[ci])
        start_pts = shapely.get_point(shapely.line_merge(pieces), 0)
        missing = shapely.is_missing(start_pts) | shapely.is_empty(start_pts)
        start_pts[missing] = shapely.point_on_surface(pieces[missing])
        pos = shapely.line_locate_point(lines[li], start_pts)
        table = pd.DataFrame({"link": li, "code": codes[ci], "pos": pos})
        table = table[~shapely.is_empty(pieces)].sort_values(["link", "pos"])
        for link_i, group in table.groupby("link", sort=False):
            seen = list(dict.fromkeys(group["code"]))
            crossed[link_i] = ",".join(seen)
            transboundary[link_i] = len(seen) > 1
    unprotected = path_m.copy()
    if protected is not None and len(protected) and has.any():
        pgeoms = reproject(np.asarray(protected.geometry, dtype=object), protected.crs, crs)
        pgeoms = pgeoms[~shapely.is_missing(pgeoms) & ~shapely.is_empty(pgeoms)]
        bad = ~shapely.is_valid(pgeoms)
        if bad.any():
            pgeoms[bad] = shapely.make_valid(pgeoms[bad])
        li, pi = shapely.STRtree(pgeoms).query(lines[has], predicate="intersects")
        li = np.flatnonzero(has)[li]
        for link_i in np.unique(li):  # per link: its part inside the union of the PAs it meets (no double count)
            inside = shapely.intersection(lines[link_i], shapely.union_all(pgeoms[pi[li == link_i]]))
            unprotected[link_i] = max(path_m[link_i] - shapely.length(inside), 0.0)
    rank = np.full(n, np.nan)
    if n:
        key = np.where(np.isfinite(to_euclid), to_euclid, np.inf)
        order = np.lexsort((np.where(np.isfinite(lcd), lcd, np.inf), key))
        rank[order] = np.arange(1, n + 1)
    frame = pd.DataFrame({
        "from_id": pd.Series([cores[lk.a].ident for lk in links], dtype=object),
        "to_id": pd.Series([cores[lk.b].ident for lk in links], dtype=object),
        "lcd": lcd, "euclid_m": euclid, "path_m": path_m, "cwd_to_euclid": to_euclid, "cwd_to_path": to_path,
        "countries": pd.Series(crossed, dtype=object), "transboundary": transboundary.astype(np.int32),
        "unprotected_m": unprotected, "rank": pd.array(rank, dtype="Int64") if n else pd.array([], "Int64"),
    }, columns=LINK_FIELDS)
    for col in ("from_id", "to_id"):
        if n and all(isinstance(v, (int, np.integer)) for v in frame[col]):
            frame[col] = frame[col].astype(np.int64)
    return frame, lines


def _gaps(owner: np.ndarray, links: pd.DataFrame, gt: Sequence[float], crs: pyproj.CRS,
          countries: Optional[VectorData], country_field: Optional[str], protected: Optional[VectorData],
          messages: list[str], log: Optional[Callable[[str], None]]) -> tuple[pd.DataFrame, np.ndarray]:
    """Corridor cells outside protected areas as polygons, one multipolygon per link and country, with hectares.

    Everything is decided per cell (cell centre in a protected area / in a country), so the per-country areas
    add up exactly to the link's total; the cells are turned into polygons once, by GDAL's Polygonize on a
    key raster (link × country), and grouped into multipolygons without any polygon union.
    """
    from neaspec_planner.core.raster_tools import polygonize_labels, rasterize_on_grid, window_transform

    empty = (pd.DataFrame({"link": pd.Series([], dtype=object), "country": pd.Series([], dtype=object),
                           "area_ha": pd.Series([], dtype=float)}), np.zeros(0, dtype=object))
    mask = owner >= 0
    if not mask.any():
        return empty
    rows_any, cols_any = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    r0, r1, c0, c1 = rows_any[0], rows_any[-1] + 1, cols_any[0], cols_any[-1] + 1
    shape = (int(r1 - r0), int(c1 - c0))
    wgt = window_transform(gt, int(r0), int(c0))
    link_of = owner[r0:r1, c0:c1].astype(np.int64)  # -1 = no corridor
    if protected is not None and len(protected):
        pa = rasterize_on_grid(protected.geometry, wgt, shape, crs, all_touched=False, burn_values=1,
                               dtype="uint8", geoms_crs=protected.crs)
        link_of[pa > 0] = -1
        del pa
    else:
        _say(log, messages, Note(QT_TRANSLATE_NOOP(
            "InputError", "No protected areas given: the whole corridor area is reported as gaps.")))
    if not (link_of >= 0).any():
        return empty
    codes_list, country_of = country_grid(countries, country_field, wgt, shape, crs)
    n_codes = len(codes_list)
    key = np.where(link_of >= 0, link_of * n_codes + country_of + 1, 0).astype(np.int32)
    del link_of, country_of
    cell_count = np.bincount(key.ravel())
    groups, merged = polygonize_labels(key, wgt)
    del key
    link_index = (groups - 1) // n_codes
    country = np.array([codes_list[k] for k in (groups - 1) % n_codes], dtype=object)
    ea = analysis_crs([(merged, crs)])
    areas = area_ha(reproject(merged, crs, ea))
    labels = np.array([_link_label(links["from_id"].iloc[i], links["to_id"].iloc[i]) for i in link_index],
                      dtype=object)
    _say(log, messages, Note(QT_TRANSLATE_NOOP(
        "InputError", "Corridor gaps: {cells} cells, {parts} link × country parts."),
        cells=int(cell_count[1:].sum()), parts=len(groups)))
    frame = pd.DataFrame({"link": pd.Series(labels, dtype=object), "country": pd.Series(country, dtype=object),
                          "area_ha": areas}, columns=GAP_FIELDS)
    return frame, merged
