"""Ramsar candidates against independent numbers: pyproj.Geod areas of hand-built lon/lat boxes, criteria and
1 % thresholds computed by hand from the rules in methods.md."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyproj
import pytest
import shapely

from neaspec_planner.core.errors import InputError
from neaspec_planner.core.ramsar import (
    RamsarOptions,
    country_codes,
    find_candidates,
    read_counts,
    wpe_threshold,
)
from neaspec_planner.core.vector_io import VectorData

GEOD = pyproj.Geod(ellps="WGS84")
WGS = pyproj.CRS.from_epsg(4326)


def box(lon0, lat0, lon1, lat1, n=40):
    """A lon/lat box with densified edges (straight-edge vs geodesic differences vanish)."""
    lons, lats = np.linspace(lon0, lon1, n), np.linspace(lat0, lat1, n)
    ring = np.concatenate([
        np.column_stack([lons, np.full(n, lat0)]), np.column_stack([np.full(n, lon1), lats]),
        np.column_stack([lons[::-1], np.full(n, lat1)]), np.column_stack([np.full(n, lon0), lats[::-1]]),
    ])
    return shapely.Polygon(ring)


def geod_ha(geom) -> float:
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e4


def layer(geoms, attrs, name, gtype="Polygon"):
    return VectorData(np.array(geoms, dtype=object), pd.DataFrame(attrs), WGS, name, gtype)


# Three countries meeting near the Tumen mouth (synthetic shapes, not real borders).
CHN = box(129.5, 42.4, 130.6, 43.0)
PRK = box(129.5, 41.8, 130.7, 42.4)
RUS = shapely.union(box(130.6, 42.4, 131.5, 43.0), box(130.7, 41.8, 131.5, 42.4))


def countries(field="ISO_A3", codes=("CHN", "PRK", "RUS")):
    return layer([CHN, PRK, RUS], {field: list(codes), "ADM0_A3": ["CHN", "PRK", "RUS"],
                                    "NAME_EN": ["China", "DPRK", "Russia"]}, "countries")


WETLANDS = {
    "cn_a": box(130.50, 42.42, 130.58, 42.48),
    "kp_a": box(130.55, 42.33, 130.65, 42.38),
    "ru_a": box(130.66, 42.42, 130.75, 42.50),
    "cross": box(130.57, 42.50, 130.63, 42.55),   # straddles the CN–RU line at 130.6°E
    "far": box(129.60, 42.90, 129.65, 42.95),     # isolated, China only
}
LOCAL = {"cn_a": "敬信湿地", "kp_a": "만포 석호", "ru_a": "Туманная", "cross": "边境湿地", "far": "远湿地"}


def wetlands():
    keys = list(WETLANDS)
    return layer([WETLANDS[k] for k in keys], {"site": keys, "name": [k.upper() + " wetland" for k in keys],
                                                "name_local": [LOCAL[k] for k in keys]}, "wetlands")


def ramsar():
    return layer([box(130.60, 42.29, 130.68, 42.335)],
                 {"ramsarid": [2343], "officialname": ["Rason Migratory Bird Reserve"], "iso3": ["PRK"]}, "ramsar")


def counts_table():
    rows = []
    data = {  # season: {site: {species: count}}
        "2019": {"cn_a": {"Red-crowned Crane": 50, "White-naped Crane": 200, "Bean Goose": 13000, "Teal": 2000},
                 "kp_a": {"Bean Goose": 6000}},
        "2020": {"cn_a": {"Red-crowned Crane": 60, "White-naped Crane": 20, "Bean Goose": 12000, "Teal": 2000},
                 "kp_a": {"Bean Goose": 7000}},
        "2021": {"cn_a": {"Red-crowned Crane": 10, "White-naped Crane": 30, "Bean Goose": 7000, "Teal": 2000},
                 "kp_a": {"Bean Goose": 2000}},
    }
    for season, sites in data.items():
        for site, species in sites.items():
            for sp, n in species.items():
                rows.append({"site": site, "species": sp, "season": season, "count": str(n)})
    return pd.DataFrame(rows)


def thresholds_table():
    return pd.DataFrame({"species": ["Red-crowned Crane", "White-naped Crane", "Bean Goose"],
                         "population": ["East Asia (continental)", "East Asia", "East Asia"],
                         "threshold_1pct": ["", "", ""],
                         "estimate": ["4600", "13100", "2500000"]})


def species_table():
    return pd.DataFrame({"species": ["Red-crowned Crane", "White-naped Crane", "Bean Goose", "Teal"],
                         "scientific_name": ["Grus japonensis", "Antigone vipio", "Anser fabalis", "Anas crecca"],
                         "redlist_category": ["VU", "VU", "LC", "LC"]})


def in_tumen(comps: pd.DataFrame) -> np.ndarray:
    """Rows of the candidate that holds the wetland 'cn_a'."""
    cand = comps.loc[comps["members"].str.contains("cn_a"), "candidate"].iloc[0]
    return (comps["candidate"] == cand).to_numpy()


def run(**kw):
    opts = kw.pop("options", RamsarOptions(link_distance=8000, adjacent_distance=10000))
    return find_candidates(wetlands(), countries(), ramsar=kw.pop("ramsar", ramsar()), options=opts, **kw)


# ------------------------------------------------------------------------------------------ thresholds


@pytest.mark.parametrize(("estimate", "expected"), [
    (4_600, 45),        # 46 → nearest 5
    (13_100, 130),      # 131 → nearest 10
    (19_300, 190),      # 193 → nearest 10
    (7_081, 70),        # 70.81 → nearest 5
    (700, 7),           # 7 → nearest 1
    (1_049, 10),        # 10.49 → nearest 1
    (1_080, 10),        # 10.8 → 11–100 band, nearest 5 → 10
    (123_456, 1_200),   # 1,234.56 → nearest 100
    (2_500_000, 20_000),
    (2_000_000, 20_000),
    (1_999_000, 20_000),  # 19,990 → nearest 100 → 20,000
])
def test_wpe_rounding(estimate, expected):
    assert wpe_threshold(estimate) == expected


# ------------------------------------------------------------------------------------------ geometry


def test_tri_border_candidate_split_into_three_parties():
    res = run()
    comps = res.components
    tumen = comps[in_tumen(comps)]
    assert sorted(tumen["party"]) == ["CHN", "PRK", "RUS"]
    assert tumen["candidate"].nunique() == 1
    assert (tumen["extends_abroad"] == 1).all()
    far = comps[comps["members"] == "far"]
    assert list(far["party"]) == ["CHN"] and int(far["extends_abroad"].iloc[0]) == 0
    # ids: ordered west to east, C01 is the far western wetland
    assert far["candidate"].iloc[0] == "C01" and tumen["candidate"].iloc[0] == "C02"
    assert set(res.summary["candidate"]) == {"C01", "C02"}


def test_component_areas_sum_to_union_geodesic():
    res = run()
    comps = res.components
    tumen = in_tumen(comps)
    union = shapely.union_all([WETLANDS[k] for k in ("cn_a", "kp_a", "ru_a", "cross")] + [ramsar().geometry[0]])
    expected = geod_ha(union)
    assert comps.loc[tumen, "area_ha"].sum() == pytest.approx(expected, rel=5e-4)
    # each component's area also matches its own geodesic area (WGS84 output)
    for geom, ha in zip(res.geometry_wgs84[tumen], comps.loc[tumen, "area_ha"]):
        assert geod_ha(geom) == pytest.approx(ha, rel=1e-3)
    # the crossing wetland is split at 130.6°E: the CN part is its western half
    cn = res.geometry_wgs84[tumen & (comps["party"] == "CHN").to_numpy()][0]
    cn_expected = geod_ha(shapely.union(WETLANDS["cn_a"], box(130.57, 42.50, 130.60, 42.55)))
    assert geod_ha(cn) == pytest.approx(cn_expected, rel=1e-3)


def test_components_inside_their_country():
    res = run()
    shapes = {"CHN": CHN, "PRK": PRK, "RUS": RUS}
    for geom, party in zip(res.geometry_wgs84, res.components["party"]):
        outside = shapely.difference(geom, shapes[party])
        assert geod_ha(outside) <= 1e-4 * geod_ha(geom)


def test_centroid_inside_polygon_even_for_a_ring():
    # A U-shaped wetland: its centroid falls outside, a point on the surface is used.
    u = shapely.union_all([box(130.1, 42.6, 130.12, 42.7), box(130.1, 42.6, 130.3, 42.62),
                           box(130.28, 42.6, 130.3, 42.7)])
    wl = layer([u], {"site": ["u"], "name": ["U lake"]}, "wetlands")
    res = find_candidates(wl, countries())
    pt = shapely.Point(res.components["centroid_lon"].iloc[0], res.components["centroid_lat"].iloc[0])
    assert not u.contains(shapely.centroid(u))
    assert u.contains(pt)
    full = run()
    for geom, lat, lon in zip(full.geometry_wgs84, full.components["centroid_lat"], full.components["centroid_lon"]):
        assert geom.buffer(1e-9).contains(shapely.Point(lon, lat))


def test_adjacent_ramsar_across_border_only():
    comps = run().components
    t = comps[in_tumen(comps)]
    by_party = dict(zip(t["party"], t["adjacent_ramsar"]))
    assert "2343" in by_party["CHN"] and "Rason" in by_party["CHN"] and "PRK" in by_party["CHN"]
    assert "2343" in by_party["RUS"]
    assert by_party["PRK"] == ""  # its own Party's site is not "another Party's"
    far = comps[comps["members"] == "far"]
    assert far["adjacent_ramsar"].iloc[0] == ""
    prk = comps[(comps["party"] == "PRK")]
    assert "2343" in prk["includes_ramsar"].iloc[0]


def test_adjacent_distance_limits_adjacency():
    # the CN and RU wetlands lie ≥ 9.4 km (0.085° of latitude) from the Ramsar site → not adjacent within 2 km
    opts = RamsarOptions(link_distance=12000, adjacent_distance=2000)
    comps = run(options=opts).components
    cn = comps[(comps["party"] == "CHN") & in_tumen(comps)]
    assert cn["adjacent_ramsar"].iloc[0] == ""


def test_link_distance_splits_complexes():
    # 3 km: kp_a (4.4 km from cn_a, 0.04° of latitude) is no longer linked; cross–cn_a (2.2 km) and cross–ru_a
    # (2.5 km) still are
    opts = RamsarOptions(link_distance=3000)
    comps = run(options=opts).components
    kp = comps[comps["members"].str.contains("kp_a")]
    assert len(kp) == 1 and kp["extends_abroad"].iloc[0] == 0


def test_closing_adds_area_only_inside_hull_and_land():
    opts = RamsarOptions(link_distance=8000, closing=4000)
    res = run(options=opts)
    base = run()
    t0 = in_tumen(base.components)
    t1 = in_tumen(res.components)
    assert res.components.loc[t1, "area_ha"].sum() > base.components.loc[t0, "area_ha"].sum()
    members = [WETLANDS[k] for k in ("cn_a", "kp_a", "ru_a", "cross")] + [ramsar().geometry[0]]
    hull = shapely.convex_hull(shapely.union_all(members))
    for geom in res.geometry_wgs84[t1]:
        assert geod_ha(shapely.difference(geom, hull)) <= 1e-3 * geod_ha(geom)


def test_country_field_detection_and_natural_earth_minus_99():
    codes, fld = country_codes(pd.DataFrame({"ISO_A3": ["-99", "CHN"], "ADM0_A3": ["PRK", "CHN"]}))
    assert fld == "ISO_A3" and list(codes) == ["PRK", "CHN"]
    res = find_candidates(wetlands(), countries(codes=("CHN", "-99", "RUS")), ramsar=ramsar(),
                          options=RamsarOptions(link_distance=8000))
    assert "PRK" in set(res.components["party"])
    with pytest.raises(InputError, match="COUNTRY_FIELD"):
        country_codes(pd.DataFrame({"name": ["x"]}))


def test_points_rejected_with_clear_message():
    pts = layer([shapely.Point(130.5, 42.5)], {"site": ["p"]}, "wetland points", "Point")
    with pytest.raises(InputError, match="polygons are needed"):
        find_candidates(pts, countries())


# ------------------------------------------------------------------------------------------ criteria


def test_criteria_5_6_2_with_seasons():
    res = run(counts=counts_table(), thresholds=thresholds_table(), species=species_table())
    summary = res.summary.set_index("candidate")
    tumen = summary.loc["C02"]
    # Criterion 5: 21,250 (2019) and 21,080 (2020) of 3 seasons; 2021 only 11,040. Bean Goose (1% = 20,000 from
    # 2.5 million) reaches 19,000 at most.
    # Criterion 6: crane A ≥ 45 in 2019 (50) and 2020 (60) = 2 of 3; crane B ≥ 130 only in 2019 = 1 of 3.
    # Criterion 2: two VU cranes counted.
    assert tumen["criteria"] == "2,5,6"
    assert "2019 (21,250)" in tumen["evidence"] and "2020 (21,080)" in tumen["evidence"]
    crit6 = tumen["evidence"].split("Criterion 6:")[1]
    assert "Grus japonensis" in crit6 and "1% = 45" in crit6 and "2 of 3" in crit6
    assert "Antigone vipio" not in crit6 and "Anser fabalis" not in crit6
    comps = res.components
    cn = comps[(comps["candidate"] == "C02") & (comps["party"] == "CHN")].iloc[0]
    # the Chinese part alone: 15,250 and 14,080 birds → no Criterion 5; crane A still 2 of 3
    assert cn["criteria"] == "2,6" and cn["criteria_all"] == "2,5,6"
    kp = comps[(comps["candidate"] == "C02") & (comps["party"] == "PRK")].iloc[0]
    assert kp["criteria"] == ""
    assert summary.loc["C01", "criteria"] == ""


def test_regularly_needs_three_seasons():
    two = counts_table()
    two = two[two["season"] != "2021"]
    res = run(counts=two, thresholds=thresholds_table(), species=species_table())
    tumen = res.summary.set_index("candidate").loc["C02"]
    assert tumen["criteria"] == "2"  # Criterion 2 needs no "regularly"; 5 and 6 do
    assert "only 2 seasons" in tumen["evidence"]


def test_mean_of_maxima_rule():
    rows = [{"site": "cn_a", "species": "Red-crowned Crane", "season": str(y), "count": c}
            for y, c in zip(range(2015, 2020), (40, 40, 40, 40, 70))]  # mean 46 ≥ 45, met in 1 of 5 seasons
    table = pd.DataFrame(rows)
    mean = run(counts=table, thresholds=thresholds_table(),
               options=RamsarOptions(link_distance=8000, regularly="mean_max"))
    two3 = run(counts=table, thresholds=thresholds_table())
    assert mean.summary.set_index("candidate").loc["C02", "criteria"] == "6"
    assert two3.summary.set_index("candidate").loc["C02", "criteria"] == ""
    short = run(counts=table[table["season"] != "2015"], thresholds=thresholds_table(),
                options=RamsarOptions(link_distance=8000, regularly="mean_max"))
    assert short.summary.set_index("candidate").loc["C02", "criteria"] == ""


def test_given_threshold_beats_estimate():
    th = thresholds_table()
    th.loc[0, "threshold_1pct"] = "100"  # counts 50/60/10 no longer reach it
    res = run(counts=counts_table(), thresholds=th, species=species_table())
    assert "6" not in res.summary.set_index("candidate").loc["C02", "criteria"]


def test_bad_count_rows_rejected_with_line_numbers():
    table = counts_table()
    bad = pd.DataFrame([
        {"site": "cn_a", "species": "Red-crowned Crane", "season": "2019", "count": "abc"},
        {"site": "cn_a", "species": "Red-crowned Crane", "season": "2019", "count": "-5"},
        {"site": "cn_a", "species": "Dodo", "season": "2019", "count": "5"},
        {"site": "nowhere", "species": "Bean Goose", "season": "2019", "count": "5"},
    ])
    table = pd.concat([table.iloc[:3], bad, table.iloc[3:]], ignore_index=True)
    res = run(counts=table, thresholds=thresholds_table(), species=species_table())
    lines = {r.line: r.reason for r in res.rejected}
    # header is line 1, so rows 3..6 (0-based) are lines 5..8
    assert set(lines) == {5, 6, 7, 8}
    assert "not a number" in lines[5] and "negative" in lines[6]
    assert "Dodo" in lines[7] and "nowhere" in lines[8]
    assert any("COUNTS line 5" in msg for msg in res.messages)
    # the good rows are still used: same criteria as without the bad rows
    assert res.summary.set_index("candidate").loc["C02", "criteria"] == "2,5,6"


def test_read_counts_keeps_maximum_of_repeated_visits():
    table = pd.DataFrame({"site": ["a", "a"], "species": ["X", "x "], "season": [2020, 2020], "count": [5, 9]})
    out, rejected = read_counts(table, {"a"}, None, {})
    assert not rejected and list(out["count"]) == [9] and list(out["season"]) == ["2020"]


def test_bad_thresholds_rows_rejected():
    th = pd.DataFrame({"species": ["A", "B", "C"], "estimate": ["1000", "many", "-3"]})
    res = run(thresholds=th)
    assert {r.line for r in res.rejected if r.table == "THRESHOLDS"} == {3, 4}


def test_empty_wetlands_and_no_country_overlap_give_empty_outputs_with_warning():
    empty = layer([], {"site": []}, "wetlands")
    res = find_candidates(empty, countries())
    assert len(res.components) == 0 and len(res.summary) == 0 and res.warnings
    assert list(res.components.columns[:3]) == ["candidate", "party", "area_ha"]
    far_away = layer([box(10.0, 50.0, 10.1, 50.1)], {"site": ["rhine"]}, "wetlands")
    res = find_candidates(far_away, countries())
    assert len(res.components) == 0 and "COUNTRIES" in res.warnings[0]


def test_wdpa_layer_as_ramsar_keeps_only_ramsar_sites():
    wdpa = layer([box(130.60, 42.29, 130.68, 42.335), box(130.45, 42.40, 130.49, 42.45)],
                 {"WDPAID": [555, 777], "NAME": ["Rason Migratory Bird Reserve", "Some nature reserve"],
                  "DESIG_ENG": ["Ramsar Site, Wetland of International Importance", "Nature Reserve"],
                  "ISO3": ["PRK", "CHN"]}, "wdpa")
    res = run(ramsar=wdpa)
    comps = res.components
    assert "Some nature reserve" not in " ".join(comps["comp_name"])
    cn = comps[(comps["party"] == "CHN") & in_tumen(comps)].iloc[0]
    assert "555 Rason" in cn["adjacent_ramsar"]


def test_cancel_raises_and_stops():
    from neaspec_planner.core.errors import Cancelled

    calls = []

    def progress(fraction: float) -> bool:
        calls.append(fraction)
        return fraction < 0.3

    with pytest.raises(Cancelled):
        run(progress=progress)
    assert max(calls) < 0.6


def test_sea_part_goes_to_nearest_country_and_area_is_kept():
    lagoon = box(130.0, 41.75, 130.1, 41.85)  # half of it south of PRK's coast at 41.8°N
    wl = layer([lagoon], {"site": ["lagoon"], "name": ["Lagoon"]}, "wetlands")
    res = find_candidates(wl, countries())
    assert list(res.components["party"]) == ["PRK"]
    assert res.components["area_ha"].iloc[0] == pytest.approx(geod_ha(lagoon), rel=5e-4)
    assert any("nearest country" in msg for msg in res.messages)


def test_outline_pieces_keep_distances():
    from neaspec_planner.core.countries import boundary_chunks as _boundary_chunks

    rng = np.random.default_rng(3)
    ring = shapely.Polygon(np.column_stack([np.cos(np.linspace(0, 2 * np.pi, 500)),
                                            np.sin(np.linspace(0, 2 * np.pi, 500))]) * 1000)
    polys = np.array([ring, shapely.MultiPolygon([box(3000, 0, 3500, 400, n=90), box(4000, 0, 4100, 50, n=3)])],
                     dtype=object)
    lines, owner = _boundary_chunks(polys, size=16)
    assert set(owner) == {0, 1}
    pts = shapely.points(rng.uniform(-3000, 6000, 300), rng.uniform(-3000, 3000, 300))
    for k in (0, 1):
        expected = shapely.distance(pts, shapely.boundary(polys[k]))
        got = np.min(shapely.distance(pts[:, None], lines[owner == k][None, :]), axis=1)
        np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-6)


def test_complex_named_after_site_key_word_shared_across_parties():
    keys = {"cn_a": "tumen_cn", "kp_a": "rason_a", "ru_a": "tumen_ru", "cross": "rason_b", "far": "far_a"}
    wl = layer([WETLANDS[k] for k in keys], {"site": list(keys.values()), "name": [k.upper() for k in keys],
                                              "iso3": ["CHN", "PRK", "RUS", "CHN", "CHN"]}, "wetlands")
    res = find_candidates(wl, countries(), options=RamsarOptions(link_distance=8000))
    names = res.summary.set_index("candidate")["name"]
    # tumen_* (CHN, RUS) and rason_* (PRK, CHN) both span 2 Parties with 2 sites: alphabetical → Rason
    assert names["C02"].startswith("Rason: ")
    assert names["C01"] == "FAR"  # one Party only: no complex word
    wl.attributes.loc[3, "site"] = "jingxin_b"  # now only tumen_* spans two Parties
    res = find_candidates(wl, countries(), options=RamsarOptions(link_distance=8000))
    assert res.summary.set_index("candidate")["name"]["C02"].startswith("Tumen: ")


def test_messy_geometries_and_other_crs():
    """A bow-tie (repaired), a null and an empty geometry (skipped), wetlands in UTM 52N: same areas."""
    bowtie = shapely.Polygon([(130.1, 42.6), (130.2, 42.7), (130.2, 42.6), (130.1, 42.7), (130.1, 42.6)])
    repaired = shapely.make_valid(bowtie)
    utm = pyproj.CRS.from_epsg(32652)
    to_utm = pyproj.Transformer.from_crs(WGS, utm, always_xy=True)
    geoms = np.array([shapely.transform(bowtie, lambda c: np.column_stack(to_utm.transform(c[:, 0], c[:, 1]))),
                      None, shapely.Polygon()], dtype=object)
    wl = VectorData(geoms, pd.DataFrame({"site": ["bowtie", "null", "empty"]}), utm, "wetlands utm", "Polygon")
    res = find_candidates(wl, countries())
    assert len(res.components) == 1 and res.components["party"].iloc[0] == "CHN"
    assert res.components["area_ha"].iloc[0] == pytest.approx(geod_ha(repaired), rel=2e-3)
    assert any("1 invalid geometries repaired" in m and "2 null or empty skipped" in m for m in res.messages)


def test_missing_crs_is_a_clear_error():
    wl = wetlands()
    wl.crs = None
    with pytest.raises(InputError, match="no coordinate reference system"):
        find_candidates(wl, countries())


def test_protected_area_members_bridge_wetlands():
    opts = RamsarOptions(link_distance=3000)
    alone = run(options=opts).components
    assert alone.loc[alone["members"].str.contains("kp_a"), "extends_abroad"].iloc[0] == 0
    reserve = layer([box(130.52, 42.36, 130.60, 42.43)], {"WDPAID": [1], "NAME": ["Border reserve"],
                                                          "ISO3": ["PRK"]}, "protected")
    joined = run(options=opts, protected=reserve).components
    kp = joined[joined["members"].str.contains("kp_a")]
    assert kp["extends_abroad"].iloc[0] == 1
    assert "cn_a" in " ".join(joined.loc[joined["candidate"] == kp["candidate"].iloc[0], "members"])
