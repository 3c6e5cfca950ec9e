"""ProtConn per country (Saura et al. 2017, 2018; the JRC DOPA pipeline), with transboundary stepping stones.

Definitions: ``shared/reference/methods.md`` ("ProtConn"); the graph mathematics is ``core/connectivity.py``.

1. Protected areas are filtered like WDPA analyses: STATUS 'Proposed' and 'Not Reported' and UNESCO-MAB
   Biosphere Reserves are left out (point sites come in as circles of REP_AREA, drawn by the same code as the
   overlap's). Everything is reprojected to the overlap's equal-area CRS (``crs.choose_crs``).
2. The protected areas are split at the country borders by the overlap's own ``countries.split_by_country`` (features
   inside one country stay whole, the others are cut), then dissolved per country and split into single
   parts: the NODES. A park straddling a border gives one node on each side, touching each other.
3. For a country C: its nodes (a = area in ha, parts smaller than MIN_AREA_HA dropped) and, as stepping
   stones with a = 0, the nodes of every other country within TRANSBOUNDARY_DISTANCE of C's border — also
   those touching it (distance 0), which Makurhini drops (its issue #29).
4. EC with edge-to-edge distances; Prot, ProtConn, ProtUnconn, RelConn and the fractions (Trans, Prot,
   Unprot, Within, Contig) as methods.md defines them; the bound correction adds every single-part land
   polygon of C as a node with a = 0.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Callable, Optional

import numpy as np
import pandas as pd
import pyproj
import shapely

from neaspec_planner.core import connectivity as con
from neaspec_planner.core import layers
from neaspec_planner.core.countries import prepare_countries, split_by_country
from neaspec_planner.core.crs import choose_crs, describe_crs, reproject
from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError, Note
from neaspec_planner.core.geometry import clean_polygons, grouped_union
from neaspec_planner.core.layers import check_polygon_layer
from neaspec_planner.core.progress import Progress, ProgressFn
from neaspec_planner.core.results import Outcome
from neaspec_planner.core.vector_io import VectorData

SUMMARY_FIELDS = ["country", "land_ha", "prot_ha", "prot", "protconn", "protunconn", "relconn", "protconn_trans",
                  "protconn_unprot", "protconn_prot", "protconn_within", "protconn_contig", "sea_outland",
                  "protconn_bound", "protunconn_design", "n_nodes", "n_foreign"]
NODE_FIELDS = ["country", "node_country", "a", "foreign", "dPC", "rank"]
#: WDPA STATUS values left out besides 'Proposed' (methods.md: "no Proposed / Not Reported sites").
EXCLUDED_STATUS = ("not reported",)
#: Designation fields tried for UNESCO-MAB Biosphere Reserves (left out, as in WDPA coverage statistics).
DESIG_FIELDS = ("DESIG_ENG", "DESIG", "DESIG_TYPE")


@dataclass
class ProtConnResult(Outcome):
    summary: pd.DataFrame
    node_geometry: np.ndarray
    nodes: pd.DataFrame
    crs: pyproj.CRS
    messages: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def wdpa_mask(attributes: pd.DataFrame, include_proposed: bool = False) -> tuple[np.ndarray, dict[str, int]]:
    """Sites kept for ProtConn: not 'Proposed' (unless ``include_proposed``) or 'Not Reported', not a
    UNESCO-MAB Biosphere Reserve.

    Layers without these fields keep every site.
    """
    names = [str(c) for c in attributes.columns]
    keep = np.ones(len(attributes), dtype=bool)
    counts = {"proposed": 0, "not_reported": 0, "mab": 0}
    status_field = layers.find_field(names, "STATUS")
    if status_field is not None:
        status = attributes[status_field]
        proposed = ~layers.status_mask(status, include_proposed)
        text = status.fillna("").astype(str).str.strip().str.lower()
        unreported = text.isin(EXCLUDED_STATUS).to_numpy()
        counts["proposed"] = int(proposed.sum())
        counts["not_reported"] = int((unreported & ~proposed).sum())
        keep &= ~proposed & ~unreported
    for fname in DESIG_FIELDS:
        desig_field = layers.find_field(names, fname)
        if desig_field is None:
            continue
        text = attributes[desig_field].fillna("").astype(str).str.lower()
        mab = (text.str.contains("unesco-mab", regex=False) | text.str.contains("biosphere reserve", regex=False)
               & text.str.contains("unesco", regex=False)).to_numpy()
        counts["mab"] += int((mab & keep).sum())
        keep &= ~mab
    return keep, counts


def _sum_sq(values: np.ndarray) -> float:
    return float(np.sum(np.asarray(values, dtype=float) ** 2))


def run_protconn(protected: VectorData, countries: VectorData, *, country_field: Optional[str] = None,
                 country_codes: Optional[Sequence[str]] = None, median_distance: float = 10_000.0,
                 probability: float = 0.5, transboundary_distance: float = 50_000.0, min_area_ha: float = 0.0,
                 min_probability: float = 0.0, node_importance: bool = False, include_proposed: bool = False,
                 progress: Optional[ProgressFn] = None,
                 log: Optional[Callable[[str], None]] = None) -> ProtConnResult:
    """ProtConn and its fractions for each country (``neaspec:protconn``).

    Parameters
    ----------
    protected : VectorData
        Protected-area polygons (WDPA / WDPCA or any polygon layer); point sites must already be circles.
    countries : VectorData
        Country (land) polygons with an ISO3 code field (``country_field`` or detected).
    country_codes : sequence of str, optional
        Countries to assess (default: every country holding a protected area).
    median_distance, probability : float
        The dispersal kernel: p_ij = probability^(d_ij / median_distance), d_ij edge to edge (m).
    transboundary_distance : float
        Nodes of other countries within this distance (m) of the country take part with a = 0.
    min_area_ha : float
        Nodes (single parts after the dissolve) smaller than this are dropped.
    min_probability : float
        Pairs with p_ij below it are not linked (0: none; pairs below 1e-12 never are).
    node_importance : bool
        Compute dPC of every node (the NODES' ``dPC`` and ``rank``); off (the default, much faster for large
        countries), ``dPC`` is empty (NaN) and ``rank`` 0.
    include_proposed : bool
        Keep STATUS 'Proposed' sites (left out by default, as the overlap does).
    """
    con.check_kernel(median_distance, probability, min_probability)
    if not (np.isfinite(transboundary_distance) and transboundary_distance >= 0):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "The transboundary distance must be 0 m or more (got "
                                                         "{value})."), value=transboundary_distance)
    messages: list[str] = []
    warnings: list[str] = []

    def say(text: str) -> None:
        messages.append(text)
        if log is not None:
            log(text)

    prog = Progress(progress)
    check_polygon_layer(protected, "protected areas")
    check_polygon_layer(countries, "countries")
    codes_all, used = layers.country_codes(countries.attributes, country_field, countries.name)
    say(layers.codes_from(countries.name, used))
    keep, dropped = wdpa_mask(protected.attributes, include_proposed)
    if dropped["proposed"] or dropped["not_reported"] or dropped["mab"]:
        say(Note(QT_TRANSLATE_NOOP(
            "InputError", "{layer}: left out {proposed} 'Proposed' and {not_reported} 'Not Reported' sites and {mab} "
                          "UNESCO-MAB Biosphere Reserves."),
            layer=protected.name, proposed=dropped['proposed'], not_reported=dropped['not_reported'],
            mab=dropped['mab']))
    pa_crs = layers.ncrs.as_crs(protected.crs, protected.name)
    c_crs = layers.ncrs.as_crs(countries.crs, countries.name)
    pa_raw = np.asarray(protected.geometry, dtype=object)[keep]
    crs = choose_crs([(pa_raw, pa_crs), (np.asarray(countries.geometry, dtype=object), c_crs)])
    say(Note(QT_TRANSLATE_NOOP(
        "InputError", "Areas and distances in {crs} (metres, equal-area)."), crs=describe_crs(crs)))
    report: list[str] = []
    country_geoms, country_code = prepare_countries(countries, codes_all, crs, (-1e13, -1e13, 1e13, 1e13),
                                                     report, prog.phase(0.0, 0.05))
    for line in report:
        say(line)
    has_code = np.array([c is not None for c in country_code.tolist()], dtype=bool)
    country_geoms, country_code = country_geoms[has_code], country_code[has_code].astype(str)
    pa, _, clean = clean_polygons(reproject(pa_raw, pa_crs, crs))
    say(clean.summary(protected.name))
    prog(0.1)
    # ---- split at the borders, dissolve per country, single parts
    units, src, cidx = split_by_country(pa, country_geoms, prog.phase(0.1, 0.3))
    inland = cidx >= 0
    if (~inland).any():
        say(Note(QT_TRANSLATE_NOOP(
            "InputError", "{layer}: {count} piece(s) outside every country polygon (sea, or beyond the countries "
                          "layer) left out."), layer=protected.name, count=int((~inland).sum())))
    units, src, ucode = units[inland], src[inland], country_code[cidx[inland]]
    codes = np.unique(country_code)
    code_no = {c: k for k, c in enumerate(codes.tolist())}
    unit_group = np.array([code_no[c] for c in ucode.tolist()], dtype=np.int64)
    dissolved = grouped_union(units, unit_group, len(codes)) if len(units) else np.full(len(codes), None)
    present = np.flatnonzero(~shapely.is_missing(dissolved))
    parts, owner = shapely.get_parts(dissolved[present], return_index=True)
    parts = np.asarray(parts, dtype=object)
    polys = shapely.get_type_id(parts) == 3
    parts, node_code = parts[polys], codes[present[owner[polys]]]
    node_area = shapely.area(parts) / 10_000.0
    big = node_area >= max(float(min_area_ha), 0.0)
    big &= node_area > 0
    if (~big).any():
        say(Note(QT_TRANSLATE_NOOP(
            "InputError", "{count} protected part(s) smaller than MIN_AREA_HA = {min_area_ha:g} ha dropped."),
            count=int((~big).sum()), min_area_ha=min_area_ha))
    parts, node_code, node_area = parts[big], node_code[big], node_area[big]
    # undissolved areas b_k: each protected area clipped to each country, on kept nodes only
    piece_area = shapely.area(units) / 10_000.0
    b_table = pd.DataFrame({"pa": src, "code": ucode, "area": piece_area})
    if len(parts) and len(units):
        hit_u, hit_n = shapely.STRtree(parts).query(units, predicate="intersects")
        on_kept = np.zeros(len(units), dtype=bool)
        on_kept[hit_u[node_code[hit_n] == ucode[hit_u]]] = True
        b_table = b_table[on_kept]
    else:
        b_table = b_table.iloc[0:0]
    b_by_code = b_table.groupby(["code", "pa"])["area"].sum().pow(2).groupby(level=0).sum()
    land_ha = pd.Series(shapely.area(country_geoms) / 10_000.0).groupby(country_code).sum()
    prog(0.35)
    # ---- which countries
    if country_codes:
        wanted = [str(c).strip().upper() for c in country_codes if str(c).strip()]
        unknown = [c for c in wanted if c not in code_no]
        if unknown:
            raise InputError(QT_TRANSLATE_NOOP("InputError", "Country code(s) {codes} are not in layer "
                                                             "'{layer}' (field '{field}'). Use codes of that "
                                                             "field, e.g. {example}."),
                             codes=", ".join(unknown), layer=countries.name, field=used,
                             example=", ".join(codes[:4].tolist()))
    else:
        wanted = sorted(set(node_code.tolist()))
    if not wanted:
        warnings.append(Note(QT_TRANSLATE_NOOP(
            "InputError", "{layer}: no protected area inside any country; the outputs are empty."),
            layer=protected.name))
    reach = con.reach(median_distance, probability, min_probability)
    lam = -math.log(probability) / median_distance
    tree = shapely.STRtree(parts) if len(parts) else None
    rows, node_rows, node_geo = [], [], []
    for number, code in enumerate(wanted):
        step = prog.phase(0.35 + 0.65 * number / len(wanted), 0.35 + 0.65 * (number + 1) / len(wanted))
        mine = country_code == code
        cgeoms = country_geoms[mine]
        land = float(land_ha.get(code, 0.0))
        dom = np.flatnonzero(node_code == code)
        if tree is not None and len(cgeoms):
            shapely.prepare(cgeoms)
            _, near = tree.query(cgeoms, predicate="dwithin", distance=float(transboundary_distance))
            near = np.unique(near)
            foreign = near[node_code[near] != code]
        else:
            foreign = np.empty(0, dtype=np.int64)
        ids = np.concatenate([dom, foreign]).astype(np.int64)
        geoms = parts[ids]
        a = np.concatenate([node_area[dom], np.zeros(len(foreign))])
        # node removal needs every pair; EC alone only the pairs that can lie on a shortest path
        i, j, d = con.edges_within(geoms, reach) if node_importance else con.sparse_edges(geoms, reach)
        if min_probability > 0:
            ok = con.direct_probability(d, median_distance, probability) >= min_probability
            i, j, d = i[ok], j[ok], d[ok]
        w = d * lam
        imp = con.importance(len(ids), a, i, j, w, nodes=node_importance, progress=step.phase(0.0, 0.8))
        n_dom = len(dom)
        if node_importance or not len(foreign):
            inner = (i < n_dom) & (j < n_dom)
            di, dj, dw = i[inner], j[inner], w[inner]
        else:  # a pair left out because a path through a foreign node was shorter may be needed without it
            di, dj, dd = con.sparse_edges(geoms[:n_dom], reach)
            if min_probability > 0:
                ok = con.direct_probability(dd, median_distance, probability) >= min_probability
                di, dj, dd = di[ok], dj[ok], dd[ok]
            dw = dd * lam
        num_nf = con.pc_numerator(n_dom, a[:n_dom], di, dj, dw)
        # bound: every single-part land polygon of the country as a node with a = 0
        land_parts = shapely.get_parts(cgeoms)
        land_parts = land_parts[shapely.get_type_id(land_parts) == 3]
        bi, bj, bd = _edges_to_land(geoms, land_parts, reach)
        if min_probability > 0:
            ok = con.direct_probability(bd, median_distance, probability) >= min_probability
            bi, bj, bd = bi[ok], bj[ok], bd[ok]
        n_all = len(ids) + len(land_parts)
        num_bound = con.pc_numerator(n_all, np.concatenate([a, np.zeros(len(land_parts))]),
                                     np.concatenate([i, bi]), np.concatenate([j, bj]),
                                     np.concatenate([w, bd * lam]))
        step(0.95)
        rows.append(_summary_row(code, land, a[:n_dom], imp.numerator, num_nf, num_bound,
                                 float(b_by_code.get(code, 0.0)), len(foreign)))
        if not n_dom:
            warnings.append(Note(QT_TRANSLATE_NOOP(
                "InputError", "{code}: no protected area (after the filters and MIN_AREA_HA); Prot = 0, RelConn and "
                              "the fractions are empty."), code=code))
        node_rows.append(pd.DataFrame({"country": code, "node_country": node_code[ids], "a": a,
                                       "foreign": np.r_[np.zeros(n_dom, dtype=int), np.ones(len(foreign), int)],
                                       "dPC": imp.d_total if node_importance else np.full(len(ids), np.nan),
                                       "rank": con.rank_desc(imp.d_total) if node_importance
                                       else np.zeros(len(ids), dtype=np.int64)}))
        node_geo.append(geoms)
        say(Note(QT_TRANSLATE_NOOP(
            "InputError", "{code}: {nodes} node(s), {foreign} foreign stepping stone(s), {pairs} pair(s) within "
                          "reach; ProtConn {protconn:.3f} % of {land:,.0f} ha."),
            code=code, nodes=n_dom, foreign=len(foreign), pairs=len(i), protconn=rows[-1]['protconn'], land=land))
    summary = pd.DataFrame(rows, columns=SUMMARY_FIELDS)
    nodes = pd.concat(node_rows, ignore_index=True) if node_rows else pd.DataFrame(
        {c: pd.Series(dtype=object if c in ("country", "node_country") else float) for c in NODE_FIELDS})
    nodes = nodes[NODE_FIELDS]
    node_geometry = np.concatenate(node_geo) if node_geo else np.empty(0, dtype=object)
    prog(1.0)
    for text in warnings:
        if log is not None:
            log(text)
    return ProtConnResult(summary, np.asarray(node_geometry, dtype=object), nodes, crs, messages, warnings)


def _edges_to_land(nodes: np.ndarray, land: np.ndarray, reach: float
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (node or land part, land part) within ``reach`` with their edge distances; land parts are
    numbered after the nodes. Nodes on or touching a land part are at 0 (prepared ``intersects`` first)."""
    n = len(nodes)
    if not len(land):
        empty = np.empty(0, dtype=np.int64)
        return empty, empty.copy(), np.empty(0)
    allg = np.concatenate([nodes, land])
    tree = shapely.STRtree(land)
    shapely.prepare(land)
    q, l_idx = tree.query(allg, predicate="dwithin", distance=float(reach))
    lnode = l_idx + n
    keep = q != lnode
    keep &= ~((q >= n) & (q > lnode))  # land–land pairs once
    q, lnode, l_idx = q[keep], lnode[keep], l_idx[keep]
    touching = shapely.intersects(land[l_idx], allg[q])
    dist = np.zeros(len(q))
    far = ~touching
    dist[far] = con.pair_distances(allg, q[far], lnode[far])
    ok = dist <= reach
    return q[ok].astype(np.int64), lnode[ok].astype(np.int64), dist[ok]


def _summary_row(code: str, land: float, a: np.ndarray, num: float, num_nf: float, num_bound: float,
                 sum_b2: float, n_foreign: int) -> dict:
    prot_ha = float(a.sum())
    ec, ec_nf, ec_bound = math.sqrt(num), math.sqrt(num_nf), math.sqrt(num_bound)
    prot = 100.0 * prot_ha / land if land > 0 else 0.0
    protconn = 100.0 * ec / land if land > 0 else 0.0
    row = {"country": code, "land_ha": land, "prot_ha": prot_ha, "prot": prot, "protconn": protconn,
           "protunconn": prot - protconn, "n_nodes": int(len(a)), "n_foreign": int(n_foreign)}
    if ec > 0:
        trans = 100.0 * (ec - ec_nf) / ec
        within_dissolved = 100.0 * math.sqrt(_sum_sq(a)) / ec
        within = 100.0 * math.sqrt(sum_b2) / ec
        row.update(relconn=100.0 * protconn / prot if prot > 0 else None, protconn_trans=trans,
                   protconn_prot=within_dissolved, protconn_unprot=100.0 - within_dissolved - trans,
                   protconn_within=within, protconn_contig=within_dissolved - within)
    else:
        row.update(relconn=None, protconn_trans=None, protconn_prot=None, protconn_unprot=None,
                   protconn_within=None, protconn_contig=None)
    sea = max(0.0, prot - 100.0 * ec_bound / land) if land > 0 else 0.0
    row.update(sea_outland=sea, protconn_bound=protconn + sea, protunconn_design=prot - protconn - sea)
    return row
