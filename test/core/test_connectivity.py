"""PC, IIC and node importances against hand-worked cases and an independent brute force (dense Floyd–Warshall
on −ln p, node removal recomputed from scratch), written here without the module's graph code."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import shapely

from neaspec_planner.core import connectivity as con
from neaspec_planner.core.errors import InputError
from neaspec_planner.core.vector_io import VectorData

LAEA = "EPSG:3035"

#: every test here runs with each exact connector method forced (test/core/conftest.py)
pytestmark = pytest.mark.usefixtures("connector_method")


def layer(geoms, **cols):
    cols = cols or {"id": list(range(1, len(geoms) + 1))}
    return VectorData(np.array(geoms, dtype=object), pd.DataFrame(cols), LAEA, "patches")


# ------------------------------------------------------------------------------------ brute force


def floyd_warshall(weights: np.ndarray) -> np.ndarray:
    dist = weights.copy()
    for m in range(len(dist)):
        dist = np.minimum(dist, dist[:, m:m + 1] + dist[m:m + 1, :])
    return dist


def brute(a: np.ndarray, dmat: np.ndarray, d: float, p: float, iic_d: float, cut: float = 1e-12):
    """PCnum, IICnum, dPC, dPC parts, dIIC — everything by definition."""
    n = len(a)
    prob = np.exp(dmat * math.log(p) / d)
    w = np.where(prob >= cut, -np.log(prob), np.inf)
    np.fill_diagonal(w, 0.0)
    hops = np.where(dmat <= iic_d, 1.0, np.inf)
    np.fill_diagonal(hops, 0.0)

    def pcnum(keep):
        dist = floyd_warshall(w[np.ix_(keep, keep)])
        return float(a[keep] @ np.exp(-dist) @ a[keep]), dist

    def iicnum(keep):
        nl = floyd_warshall(hops[np.ix_(keep, keep)])
        return float(a[keep] @ (1.0 / (1.0 + nl)) @ a[keep]), nl

    every = np.arange(n)
    pc, dist = pcnum(every)
    iic, nl = iicnum(every)
    d_pc = np.array([100 * (pc - pcnum(np.delete(every, k))[0]) / pc for k in range(n)])
    d_iic = np.array([100 * (iic - iicnum(np.delete(every, k))[0]) / iic for k in range(n)])
    pstar = np.exp(-dist)
    intra = 100 * a * a / pc
    flux = 100 * 2 * a * (pstar @ a - a) / pc
    direct = prob * (np.abs(-np.log(np.maximum(prob, 1e-300)) - dist) <= 1e-9 * np.maximum(dist, 1)) * (w < np.inf)
    np.fill_diagonal(direct, 0.0)
    return {"pc": pc, "iic": iic, "dpc": d_pc, "intra": intra, "flux": flux, "connector": d_pc - intra - flux,
            "diic": d_iic, "direct": float(a @ direct @ a), "pc_intra": float(a @ a)}


def random_patches(seed: int, n: int, extent: float = 20_000.0):
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, extent, (n, 2))
    r = rng.uniform(100, 900, n)
    geoms = shapely.buffer(shapely.points(xy), r, quad_segs=4)
    # a few elongated and multipart ones
    geoms[0] = shapely.union(geoms[0], shapely.box(xy[0, 0] + 2000, xy[0, 1], xy[0, 0] + 2600, xy[0, 1] + 300))
    geoms[1] = shapely.box(xy[1, 0], xy[1, 1], xy[1, 0] + 6000, xy[1, 1] + 200)
    return geoms


# ------------------------------------------------------------------------------------- hand-worked


def test_three_in_a_row_by_hand():
    # 1-ha squares with 100 m gaps; d = 100 m, p = 0.5 → p_AB = p_BC = 0.5, p_AC = 0.125, p*_AC = 0.25 via B
    geoms = [shapely.box(0, 0, 100, 100), shapely.box(200, 0, 300, 100), shapely.box(400, 0, 500, 100)]
    r = con.run_connectivity(layer(geoms), "id", median_distance=100.0, probability=0.5, iic_distance=100.0)
    pc = r.summary.set_index("metric").loc["PC"]
    assert pc.numerator == pytest.approx(5.5)
    assert pc.landscape == pytest.approx(3.0)
    assert pc["index"] == pytest.approx(5.5 / 9)
    assert pc.ec == pytest.approx(math.sqrt(5.5))
    assert pc.intra_pct == pytest.approx(100 * 3 / 5.5)
    assert pc.direct_pct == pytest.approx(100 * 2 / 5.5)
    assert pc.step_pct == pytest.approx(100 * 0.5 / 5.5)
    nodes = r.nodes.set_index("patch_id")
    assert nodes.loc[2, "dPC"] == pytest.approx(100 * (5.5 - 2.25) / 5.5)
    assert nodes.loc[2, "dPCintra"] == pytest.approx(100 / 5.5)
    assert nodes.loc[2, "dPCflux"] == pytest.approx(200 / 5.5)
    assert nodes.loc[2, "dPCconnector"] == pytest.approx(25 / 5.5)
    assert nodes.loc[1, "dPC"] == pytest.approx(100 * 2.5 / 5.5)
    assert nodes.loc[1, "dPCconnector"] == pytest.approx(0.0, abs=1e-12)
    assert nodes.loc[2, "rank"] == 1 and nodes.loc[1, "rank"] == 2 and nodes.loc[3, "rank"] == 2
    # IIC: links AB, BC; nl_AC = 2 → IICnum = 3 + 2 (1/2 + 1/2 + 1/3)
    iic = r.summary.set_index("metric").loc["IIC"]
    assert iic.numerator == pytest.approx(3 + 2 * (1 / 2 + 1 / 2 + 1 / 3))
    without_b = 2.0  # A and C unlinked
    assert nodes.loc[2, "dIIC"] == pytest.approx(100 * (iic.numerator - without_b) / iic.numerator)
    # links: every pair within reach (p ≥ 1e-12), with its distance and p
    links = r.links.set_index(["from_id", "to_id"])
    assert links.loc[(1, 3), "distance_m"] == pytest.approx(300.0)
    assert links.loc[(1, 3), "p"] == pytest.approx(0.125)
    assert r.link_geometry[0].geom_type == "LineString"


def test_four_nodes_stepping_stone_and_touching_patch_by_hand():
    # A (a=4) touches D (a=1, p = 1); S is a stepping stone (a = 0); B (a=1) beyond it
    geoms = [shapely.box(0, 0, 200, 200), shapely.box(200, 0, 300, 100), shapely.box(400, 0, 500, 100),
             shapely.box(600, 0, 700, 100)]
    data = layer(geoms, id=["A", "D", "S", "B"], q=[4.0, 1.0, 0.0, 1.0])
    r = con.run_connectivity(data, "id", attribute="q", median_distance=100.0, probability=0.5)
    pc = r.summary.set_index("metric").loc["PC"]
    assert pc.numerator == pytest.approx(28.5)
    assert pc.direct_pct == pytest.approx(100 * 8 / 28.5)
    assert pc.step_pct == pytest.approx(100 * 2.5 / 28.5)
    n = r.nodes.set_index("patch_id")
    assert n.loc["S", "dPC"] == pytest.approx(100 * (28.5 - 27.25) / 28.5)
    assert n.loc["S", "dPCconnector"] == pytest.approx(n.loc["S", "dPC"])
    assert n.loc["D", "dPC"] == pytest.approx(100 * 10.5 / 28.5)
    assert n.loc["D", "dPCintra"] == pytest.approx(100 / 28.5)
    assert n.loc["D", "dPCflux"] == pytest.approx(100 * 8.5 / 28.5)
    assert n.loc["D", "dPCconnector"] == pytest.approx(100 / 28.5)
    assert n.loc["A", "a"] == 4.0
    # the landscape defaults to the patches' area sum in ha: 4 + 1 + 1 + 1
    assert pc.landscape == pytest.approx(7.0)


# ------------------------------------------------------------------------------------- brute force


@pytest.mark.parametrize(("seed", "mode", "cut"), [(1, "edge", 0.0), (2, "centroid", 0.0), (3, "edge", 0.01),
                                           (4, "edge", 0.0)])
def test_random_layers_match_floyd_warshall(seed, mode, cut):
    n = 30
    geoms = random_patches(seed, n)
    d, p, iic_d = 3000.0, 0.4, 2500.0
    r = con.run_connectivity(layer(list(geoms)), "id", distance=mode, median_distance=d, probability=p,
                             min_probability=cut, iic_distance=iic_d)
    # independent distances: dense shapely.distance over every pair
    node = r.nodes["patch_id"].to_numpy(dtype=int) - 1
    g = geoms[node]
    if mode == "edge":
        dmat = shapely.distance(g[:, None], g[None, :])
    else:
        pts = []
        for geom in g:
            parts = list(getattr(geom, "geoms", [geom]))
            big = max(parts, key=lambda q: q.area)
            c = big.centroid
            pts.append(c if big.intersects(c) else big.point_on_surface())
        xy = np.array([[q.x, q.y] for q in pts])
        dmat = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    a = shapely.area(g) / 1e4
    ref = brute(a, dmat, d, p, iic_d, max(cut, 1e-12))
    s = r.summary.set_index("metric")
    assert s.loc["PC", "numerator"] == pytest.approx(ref["pc"], rel=1e-9)
    assert s.loc["IIC", "numerator"] == pytest.approx(ref["iic"], rel=1e-9)
    np.testing.assert_allclose(r.nodes["dPC"], ref["dpc"], rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose(r.nodes["dPCintra"], ref["intra"], rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(r.nodes["dPCflux"], ref["flux"], rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(r.nodes["dPCconnector"], ref["connector"], rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(r.nodes["dIIC"], ref["diic"], rtol=1e-7, atol=1e-9)
    assert s.loc["PC", "direct_pct"] == pytest.approx(100 * ref["direct"] / ref["pc"], rel=1e-6, abs=1e-9)
    # the fractions add up (methods.md: intra + direct + step = PCnum), and dPC = its three parts
    for metric in ("PC", "IIC"):
        row = s.loc[metric]
        assert row.intra_pct + row.direct_pct + row.step_pct == pytest.approx(100.0)
    parts = r.nodes[["dPCintra", "dPCflux", "dPCconnector"]].sum(axis=1)
    np.testing.assert_allclose(parts, r.nodes["dPC"], rtol=1e-12)
    if mode == "edge":  # centroid distances obey the triangle inequality: a direct link is always best
        assert (r.nodes["dPCconnector"] > 1e-6).any()  # the case exercises the connector


def test_importance_on_a_graph_with_ties_matches_brute_force():
    # a grid of equal squares: many equally short paths (ties), which the connector must not miscount
    geoms = [shapely.box(x * 300, y * 300, x * 300 + 100, y * 300 + 100) for x in range(4) for y in range(3)]
    r = con.run_connectivity(layer(geoms), "id", median_distance=200.0, probability=0.5, iic_distance=200.0)
    g = np.array(geoms, dtype=object)[r.nodes["patch_id"].to_numpy(dtype=int) - 1]
    ref = brute(shapely.area(g) / 1e4, shapely.distance(g[:, None], g[None, :]), 200.0, 0.5, 200.0)
    np.testing.assert_allclose(r.nodes["dPC"], ref["dpc"], rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose(r.nodes["dIIC"], ref["diic"], rtol=1e-7, atol=1e-9)


# -------------------------------------------------------------------------------------- robustness


def test_single_patch_and_no_pair_within_reach():
    one = con.run_connectivity(layer([shapely.box(0, 0, 100, 100)]), "id", median_distance=100.0)
    assert len(one.nodes) == 1 and len(one.links) == 0
    assert one.nodes.loc[0, "dPC"] == pytest.approx(100.0)
    assert one.summary.loc[0, "index"] == pytest.approx(1.0)
    assert any("single patch" in w for w in one.warnings)
    far = con.run_connectivity(layer([shapely.box(0, 0, 100, 100), shapely.box(1e6, 0, 1e6 + 200, 100)]), "id",
                               median_distance=100.0, min_probability=0.01)
    assert len(far.links) == 0
    assert far.summary.loc[0, "step_pct"] == 0 and far.summary.loc[0, "intra_pct"] == pytest.approx(100.0)
    assert far.nodes["dPC"].tolist() == pytest.approx([100 / 5, 400 / 5])
    assert any("No pair" in w for w in far.warnings)


def test_zero_area_invalid_multipart_and_geographic_input():
    bowtie = shapely.Polygon([(0, 0), (100, 100), (100, 0), (0, 100), (0, 0)])  # invalid: repaired, 2 triangles
    multi = shapely.MultiPolygon([shapely.box(300, 0, 400, 100), shapely.box(500, 0, 600, 100)])
    sliver = shapely.Polygon([(700, 0), (800, 0), (900, 0), (700, 0)])  # zero area: skipped and counted
    r = con.run_connectivity(layer([bowtie, multi, sliver, None]), "id", median_distance=100.0)
    assert sorted(r.nodes["patch_id"]) == [1, 2]
    assert r.nodes.set_index("patch_id").loc[2, "a"] == pytest.approx(2.0)
    assert any("repaired" in m and "2 null or empty skipped" in m for m in r.messages), r.messages
    # EPSG:4326: distances in metres in the equal-area CRS, not degrees
    lon = 130.0
    geoms = [shapely.box(lon, 43.0, lon + 0.01, 43.01), shapely.box(lon + 0.02, 43.0, lon + 0.03, 43.01)]
    geo = VectorData(np.array(geoms, dtype=object), pd.DataFrame({"id": [1, 2]}), "EPSG:4326", "geo")
    g = con.run_connectivity(geo, "id", median_distance=1000.0)
    assert g.links.loc[0, "distance_m"] == pytest.approx(0.01 * 111_320 * math.cos(math.radians(43.005)), rel=0.01)
    assert g.nodes["a"].iloc[0] == pytest.approx(0.01 * 111_320 * math.cos(math.radians(43.005)) * 1111.0 / 1e4,
                                                 rel=0.02)


def test_duplicate_ids_form_one_node_and_countries_are_assigned():
    geoms = [shapely.box(0, 0, 100, 100), shapely.box(150, 0, 250, 100), shapely.box(1000, 0, 1100, 100)]
    countries = VectorData(np.array([shapely.box(-500, -500, 600, 500), shapely.box(600, -500, 2000, 500)],
                                    dtype=object), pd.DataFrame({"ISO3": ["CHN", "RUS"]}), LAEA, "countries")
    r = con.run_connectivity(layer(geoms, id=[7, 7, 8]), "id", median_distance=100.0, countries=countries)
    nodes = r.nodes.set_index("patch_id")
    assert nodes.loc[7, "a"] == pytest.approx(2.0)
    assert nodes.loc[7, "country"] == "CHN" and nodes.loc[8, "country"] == "RUS"


def test_bad_input_gives_clear_messages():
    geoms = [shapely.box(0, 0, 100, 100), shapely.box(150, 0, 250, 100)]
    with pytest.raises(InputError, match="no field 'nope'"):
        con.run_connectivity(layer(geoms), "nope")
    with pytest.raises(InputError, match="between 0 and 1"):
        con.run_connectivity(layer(geoms), "id", probability=1.0)
    with pytest.raises(InputError, match="number ≥ 0"):
        con.run_connectivity(layer(geoms, id=[1, 2], q=[1.0, -2.0]), "id", attribute="q")
    pts = VectorData(np.array([shapely.Point(0, 0)], dtype=object), pd.DataFrame({"id": [1]}), LAEA, "pts")
    with pytest.raises(InputError, match="points"):
        con.run_connectivity(pts, "id")


def test_pair_distances_of_large_polygons_are_exact():
    ring = shapely.Point(0, 0).buffer(50_000, quad_segs=1500)  # ~6,000 vertices: clipped before the distance
    small = [shapely.box(60_000 + k * 10_000, k * 3000, 60_500 + k * 10_000, k * 3000 + 500) for k in range(5)]
    geoms = np.array([ring] + small + [shapely.box(-100, -100, 100, 100)], dtype=object)
    i = np.zeros(6, dtype=np.int64)
    j = np.arange(1, 7)
    np.testing.assert_allclose(con.pair_distances(geoms, i, j), shapely.distance(geoms[i], geoms[j]), rtol=1e-12)


def test_pruned_dense_graphs_give_the_same_numbers(monkeypatch):
    """The dense-graph shortcuts (``_prune``; ``sparse_edges`` for EC alone) forced on a small layer."""
    geoms = random_patches(11, 40)
    d, p = 3000.0, 0.4
    full = con.run_connectivity(layer(list(geoms)), "id", median_distance=d, probability=p)
    monkeypatch.setattr(con, "PRUNE_NEIGHBOURS", 2)
    pruned = con.run_connectivity(layer(list(geoms)), "id", median_distance=d, probability=p)
    g = geoms[full.nodes["patch_id"].to_numpy(dtype=int) - 1]
    ref = brute(shapely.area(g) / 1e4, shapely.distance(g[:, None], g[None, :]), d, p, d)
    for r in (full, pruned):
        assert r.summary.numerator[0] == pytest.approx(ref["pc"], rel=1e-9)
        np.testing.assert_allclose(r.nodes["dPC"], ref["dpc"], rtol=1e-7, atol=1e-9)
    reach = con.reach(d, p)
    i, j, dist = con.sparse_edges(g, reach, neighbours=2)
    ai, aj, ad = con.edges_within(g, reach)
    assert len(i) < len(ai)
    lam = -math.log(p) / d
    a = shapely.area(g) / 1e4
    assert con.pc_numerator(len(g), a, i, j, dist * lam) == pytest.approx(ref["pc"], rel=1e-9)
    assert con.pc_numerator(len(g), a, ai, aj, ad * lam) == pytest.approx(ref["pc"], rel=1e-9)


def test_the_forced_methods_really_route(connector_method, monkeypatch):
    """The fixture's two settings each send the connector through their own method (and only it)."""
    calls = {"closures": 0, "records": 0}
    real_dense, real_records = con.removal.connector_losses, con._connector_losses

    def dense(*args, **kwargs):
        calls["closures"] += 1
        return real_dense(*args, **kwargs)

    def records(*args, **kwargs):
        calls["records"] += 1
        return real_records(*args, **kwargs)

    monkeypatch.setattr(con.removal, "connector_losses", dense)
    monkeypatch.setattr(con, "_connector_losses", records)
    geoms = random_patches(5, 25)
    con.run_connectivity(layer(list(geoms)), "id", median_distance=3000.0, probability=0.4, iic_distance=2500.0)
    assert calls[connector_method] > 0
    assert calls["records" if connector_method == "closures" else "closures"] == 0


def test_components_choose_their_method_and_agree_with_brute_force(monkeypatch):
    """Two far-apart clusters: one solved by the closures, the other by records, in one run (cost model forced
    per size), against the dense brute force."""
    left = random_patches(21, 18)
    right = np.array([shapely.transform(g, lambda xy: xy + np.array([1e6, 0.0])) for g in random_patches(22, 30)],
                     dtype=object)
    geoms = np.concatenate([left, right])
    monkeypatch.setattr(con, "DENSE_MAX_NODES", 20)  # the 18-patch cluster may go dense, the 30-patch one not
    monkeypatch.setattr(con, "RECORD_UNIT", math.inf)
    sizes = []
    real_dense = con.removal.connector_losses

    def dense(mat, *args, **kwargs):
        sizes.append(len(mat))
        return real_dense(mat, *args, **kwargs)

    monkeypatch.setattr(con.removal, "connector_losses", dense)
    by_records = []
    real_records = con._connector_losses

    def records(*args, **kwargs):
        by_records.append(int(np.count_nonzero(args[-1])))  # the nodes of the record components
        return real_records(*args, **kwargs)

    monkeypatch.setattr(con, "_connector_losses", records)
    r = con.run_connectivity(layer(list(geoms)), "id", median_distance=3000.0, probability=0.4, iic_distance=2500.0,
                             min_probability=0.001)
    g = geoms[r.nodes["patch_id"].to_numpy(dtype=int) - 1]
    ref = brute(shapely.area(g) / 1e4, shapely.distance(g[:, None], g[None, :]), 3000.0, 0.4, 2500.0, 0.001)
    np.testing.assert_allclose(r.nodes["dPC"], ref["dpc"], rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose(r.nodes["dIIC"], ref["diic"], rtol=1e-7, atol=1e-9)
    assert sizes[0] == 18 and max(sizes) <= 20  # PC: the left cluster by the closures ...
    assert by_records[0] == 30  # ... and the right one by records, in the same run
