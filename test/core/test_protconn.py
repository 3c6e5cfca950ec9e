"""ProtConn against hand-worked layouts: a foreign park touching the border as a stepping stone, a park
straddling the border, touching domestic sites (Contig), an island (the bound correction), the WDPA filters."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import shapely

from neaspec_planner.core import protconn as pcn
from neaspec_planner.core.errors import InputError
from neaspec_planner.core.vector_io import VectorData

LAEA = "EPSG:3035"

#: every test here runs with each exact connector method forced (test/core/conftest.py)
pytestmark = pytest.mark.usefixtures("connector_method")
X0, Y0 = 4_000_000.0, 3_000_000.0  # inside EPSG:3035's area


def box(x0, y0, x1, y1):
    return shapely.box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def countries(with_island=False):
    c = box(0, 0, 10_000, 10_000)
    if with_island:
        c = shapely.MultiPolygon([c, box(0, -5000, 2000, -3000)])
    geoms = [c, box(10_000, 0, 20_000, 10_000), box(0, 50_000, 10_000, 60_000)]
    return VectorData(np.array(geoms, dtype=object), pd.DataFrame({"ISO3": ["AAA", "BBB", "CCC"]}), LAEA, "countries")


def pas(geoms, status=None, desig=None):
    n = len(geoms)
    return VectorData(np.array(geoms, dtype=object), pd.DataFrame({
        "WDPAID": list(range(1, n + 1)), "STATUS": status or ["Designated"] * n,
        "DESIG_ENG": desig or ["National Park"] * n, "ISO3": ["AAA"] * n}), LAEA, "wdpa")


def p(dist):  # d = 1000 m, p = 0.5
    return 0.5 ** (dist / 1000.0)


LAYOUT = [
    box(8000, 0, 8500, 1000), box(8500, 0, 9000, 1000),   # D1 as two touching sites (50 + 50 ha)
    box(8000, 6000, 9000, 7000),                          # D2 (100 ha)
    box(10_000, 0, 10_500, 7000),                         # S: foreign park touching the border
    box(9500, 8000, 10_500, 9000),                        # T: straddles the border (50 ha inside)
]


def expected_numbers(island=False):
    """Every best path written out by hand (p at d = 1000 m is 0.5)."""
    d2_tc = p(math.hypot(500, 1000))
    d1_tc_direct = p(math.hypot(500, 7000))
    # with the stepping stones: D1–D2 via S (0.5 · 0.5); D1–Tc via S (S touches Tc's side: 1000 m, 0.5)
    pairs = {("D1", "D2"): 0.25, ("D2", "Tc"): max(d2_tc, 0.25), ("D1", "Tc"): 0.25}
    a = {"D1": 100.0, "D2": 100.0, "Tc": 50.0}
    num = sum(v * v for v in a.values()) + 2 * sum(a[x] * a[y] * q for (x, y), q in pairs.items())
    # without them: D1–D2 direct (5000 m); D1–Tc the better of direct and via D2
    nf = {("D1", "D2"): p(5000), ("D2", "Tc"): d2_tc, ("D1", "Tc"): max(d1_tc_direct, p(5000) * d2_tc)}
    num_nf = sum(v * v for v in a.values()) + 2 * sum(a[x] * a[y] * q for (x, y), q in nf.items())
    return a, num, num_nf


def test_stepping_stones_touching_and_straddling_the_border_by_hand():
    r = pcn.run_protconn(pas(LAYOUT), countries(), median_distance=1000.0, probability=0.5,
                         transboundary_distance=5000.0, node_importance=True)
    row = r.summary.set_index("country").loc["AAA"]
    a, num, num_nf = expected_numbers()
    land = 10_000.0
    ec, ec_nf = math.sqrt(num), math.sqrt(num_nf)
    assert row.land_ha == pytest.approx(land)
    assert row.prot_ha == pytest.approx(250.0)
    assert row.prot == pytest.approx(2.5)
    assert row.protconn == pytest.approx(100 * ec / land)
    assert row.protunconn == pytest.approx(2.5 - 100 * ec / land)
    assert row.relconn == pytest.approx(100 * (100 * ec / land) / 2.5)
    assert row.n_nodes == 3 and row.n_foreign == 2  # S (touching) and T's outer half (straddling)
    assert row.protconn_trans == pytest.approx(100 * (ec - ec_nf) / ec)
    prot_part = 100 * math.sqrt(100 ** 2 + 100 ** 2 + 50 ** 2) / ec
    within = 100 * math.sqrt(50 ** 2 + 50 ** 2 + 100 ** 2 + 50 ** 2) / ec
    assert row.protconn_prot == pytest.approx(prot_part)
    assert row.protconn_unprot == pytest.approx(100 - prot_part - row.protconn_trans)
    assert row.protconn_within == pytest.approx(within)
    assert row.protconn_contig == pytest.approx(prot_part - within)
    # one mainland: every protected area touches it, so the bound is Σa (fully connected)
    assert row.sea_outland == pytest.approx(max(0.0, 2.5 - 100 * 250 / land), abs=1e-9)
    assert row.protconn_bound == pytest.approx(row.protconn + row.sea_outland)
    assert row.protunconn_design == pytest.approx(2.5 - row.protconn_bound)
    nodes = r.nodes[r.nodes.country == "AAA"]
    assert sorted(nodes.node_country) == ["AAA", "AAA", "AAA", "BBB", "BBB"]
    assert (nodes[nodes.foreign == 1].a == 0).all()
    s_node = nodes[(nodes.foreign == 1)].dPC.max()
    assert s_node > 0  # the stepping stone carries paths
    quick = pcn.run_protconn(pas(LAYOUT), countries(), median_distance=1000.0, probability=0.5,
                             transboundary_distance=5000.0, node_importance=False)
    cols = [c for c in pcn.SUMMARY_FIELDS if c != "country"]
    np.testing.assert_allclose(quick.summary[cols].to_numpy(float), r.summary[cols].to_numpy(float), rtol=1e-9)
    assert quick.nodes.dPC.isna().all() and (quick.nodes["rank"] == 0).all()


def test_bound_correction_with_an_island_by_hand():
    geoms = LAYOUT + [box(500, -4500, 1500, -3500)]  # 100 ha on the island, 3000 m off the mainland
    r = pcn.run_protconn(pas(geoms), countries(with_island=True), median_distance=1000.0, probability=0.5,
                         transboundary_distance=5000.0)
    row = r.summary.set_index("country").loc["AAA"]
    land = 10_400.0
    prot = 100 * 350 / land
    # bound: mainland node links D1, D2, Tc (and the stones) at p = 1; the island node links I; land–land 3000 m
    mainland = 250.0
    num_bound = mainland ** 2 + 100 ** 2 + 2 * mainland * 100 * p(3000)
    assert row.land_ha == pytest.approx(land)
    assert row.prot == pytest.approx(prot)
    assert row.sea_outland == pytest.approx(max(0.0, prot - 100 * math.sqrt(num_bound) / land))
    assert row.sea_outland > 0
    assert row.protconn_bound == pytest.approx(row.protconn + row.sea_outland)
    assert row.protunconn_design == pytest.approx(prot - row.protconn_bound)


def test_wdpa_filters_min_area_and_a_country_without_protected_area():
    geoms = [box(1000, 1000, 2000, 2000), box(3000, 1000, 4000, 2000), box(5000, 1000, 6000, 2000),
             box(7000, 1000, 7050, 1050)]
    data = pas(geoms, status=["Designated", "Proposed", "Not Reported", "Designated"],
               desig=["National Park", "National Park", "National Park", "National Park"])
    data.attributes.loc[0, "DESIG_ENG"] = "UNESCO-MAB Biosphere Reserve"
    data = VectorData(np.array(geoms + [box(8000, 1000, 9000, 2000)], dtype=object),
                      pd.concat([data.attributes, pd.DataFrame({"WDPAID": [9], "STATUS": ["Inscribed"],
                                                                "DESIG_ENG": ["Zapovednik"], "ISO3": ["AAA"]})],
                                ignore_index=True), LAEA, "wdpa")
    r = pcn.run_protconn(data, countries(), country_codes=["AAA", "CCC"], min_area_ha=1.0,
                         median_distance=1000.0)
    s = r.summary.set_index("country")
    assert s.loc["AAA", "prot_ha"] == pytest.approx(100.0)  # only the last site: 0.25 ha one dropped by MIN_AREA
    assert any("'Proposed'" in m and "UNESCO-MAB" in m for m in r.messages)
    assert s.loc["CCC", "prot"] == 0 and s.loc["CCC", "n_nodes"] == 0
    assert pd.isna(s.loc["CCC", "relconn"])
    assert any("CCC" in w for w in r.warnings)
    with pytest.raises(InputError, match="ZZZ"):
        pcn.run_protconn(data, countries(), country_codes=["ZZZ"])


def test_geographic_input_and_default_countries():
    lon, lat = 125.0, 42.0
    dx = 0.05
    cgeo = [shapely.box(lon, lat, lon + 1, lat + 1), shapely.box(lon + 1, lat, lon + 2, lat + 1)]
    cs = VectorData(np.array(cgeo, dtype=object), pd.DataFrame({"ISO_A3": ["CHN", "PRK"]}), "EPSG:4326", "c")
    geoms = [shapely.box(lon + 0.5, lat + 0.5, lon + 0.5 + dx, lat + 0.5 + dx),
             shapely.box(lon + 1.2, lat + 0.5, lon + 1.2 + dx, lat + 0.5 + dx)]
    ps = VectorData(np.array(geoms, dtype=object), pd.DataFrame({"WDPAID": [1, 2]}), "EPSG:4326", "p")
    r = pcn.run_protconn(ps, cs)
    s = r.summary.set_index("country")
    assert list(s.index) == ["CHN", "PRK"]
    km_lon = 111.32 * math.cos(math.radians(42.5))
    assert s.loc["CHN", "land_ha"] == pytest.approx(km_lon * 111.0 * 100, rel=0.01)
    assert s.loc["CHN", "prot_ha"] == pytest.approx(km_lon * dx * 111.0 * dx * 100, rel=0.02)
    # 0.7° apart (~57 km) > 50 km of transboundary distance? the other park is ~ 0.2° from the border: a stone
    assert s.loc["CHN", "n_foreign"] == 1
