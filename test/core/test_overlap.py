"""``core.overlap`` against independent numbers: hand-computed square areas in an equal-area CRS, pyproj.Geod
geodesic areas for lon/lat and UTM inputs, and hand-counted raster cells."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyproj
import pytest
import shapely

from neaspec_planner.core.errors import Cancelled, InputError
from neaspec_planner.core.geometry import grouped_union
from neaspec_planner.core.overlap import country_codes, overlap
from neaspec_planner.core.overlap_raster import overlap_raster
from neaspec_planner.core.vector_io import VectorData

GEOD = pyproj.Geod(ellps="WGS84")
KM = 1000.0
LAEA = "EPSG:3035"  # equal-area: a square of 10 km × 10 km is exactly 10,000 ha


def box_km(x0, y0, x1, y1, ox=4_000_000.0, oy=3_000_000.0):
    return shapely.box(ox + x0 * KM, oy + y0 * KM, ox + x1 * KM, oy + y1 * KM)


def layer(geoms, crs=LAEA, name="layer", **columns):
    geoms = np.array(list(geoms), dtype=object)
    frame = pd.DataFrame(columns) if columns else pd.DataFrame(index=range(len(geoms)))
    return VectorData(geoms, frame, pyproj.CRS.from_user_input(crs) if crs else None, name)


def dense_box(lon0, lat0, lon1, lat1, n=100):
    """A lon/lat box with densified edges (straight-edge vs geodesic-edge differences vanish)."""
    lons, lats = np.linspace(lon0, lon1, n), np.linspace(lat0, lat1, n)
    ring = np.concatenate([np.column_stack([lons, np.full(n, lat0)]), np.column_stack([np.full(n, lon1), lats]),
                           np.column_stack([lons[::-1], np.full(n, lat1)]),
                           np.column_stack([np.full(n, lon0), lats[::-1]])])
    return shapely.Polygon(ring)


def geodesic_ha(geom) -> float:
    return sum(abs(GEOD.geometry_area_perimeter(p)[0]) for p in shapely.get_parts(geom)) / 1e4


def assert_index_follows_edits(lyr, at_km: float) -> None:
    """A square added through OGR at (at_km, at_km) is found through the layer's spatial index."""
    from osgeo import ogr

    feat = ogr.Feature(lyr.GetLayerDefn())
    square = shapely.MultiPolygon([box_km(at_km, at_km, at_km + 1, at_km + 1)])
    feat.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(square)))
    lyr.CreateFeature(feat)
    x, y = 4_000_000 + at_km * KM, 3_000_000 + at_km * KM
    lyr.SetSpatialFilterRect(x - 1_000, y - 1_000, x + 2_000, y + 2_000)
    assert lyr.GetFeatureCount() == 1


# habitat 10 × 10 km; PA 1 = west half; PA 2 overlaps PA 1 by 2 × 5 km; PA 3 nested inside PA 1.
HABITAT = box_km(0, 0, 10, 10)
PA_1, PA_2, PA_3 = box_km(0, 0, 5, 10), box_km(3, 0, 8, 5), box_km(1, 1, 2, 2)
# union inside habitat: PA 1 (5,000 ha) + the part of PA 2 east of x = 5 (3 × 5 km = 1,500 ha) = 6,500 ha


def test_overlapping_and_nested_protected_areas_counted_once():
    res = overlap(layer([HABITAT], name="hab", cls=["forest"]),
                  layer([PA_1, PA_2, PA_3], WDPAID=[11, 22, 33]), habitat_field="cls")
    row = res.summary.iloc[0]
    assert list(res.summary.columns) == ["habitat", "country", "habitat_ha", "protected_ha", "protected_pct", "gap_ha"]
    assert row.habitat == "forest" and row.country is None
    assert row.habitat_ha == pytest.approx(10_000.0, rel=1e-9)
    assert row.protected_ha == pytest.approx(6_500.0, rel=1e-9)  # not 5,000 + 2,500 + 100 = 7,600
    assert row.gap_ha == pytest.approx(3_500.0, rel=1e-9)
    assert row.protected_pct == pytest.approx(65.0, rel=1e-9)
    assert list(res.protected.columns) == ["habitat", "country", "pa_ids", "area_ha"]
    assert res.protected.area_ha.sum() == pytest.approx(6_500.0, rel=1e-9)
    assert res.protected.pa_ids.tolist() == ["11,22,33"]
    assert list(res.gaps.columns) == ["habitat", "country", "area_ha"]
    assert res.gaps.area_ha.sum() == pytest.approx(3_500.0, rel=1e-9)
    # the gap really lies outside every protected area
    pas = shapely.union_all([PA_1, PA_2, PA_3])
    assert shapely.area(shapely.intersection(shapely.union_all(res.gap_geometry), pas)) < 1e-3


def test_pa_ids_are_per_habitat_feature_and_untouched_features_are_whole_gaps():
    hab = [box_km(0, 0, 2, 2), box_km(20, 0, 22, 2), box_km(40, 0, 41, 1)]
    pas = [box_km(1, 0, 3, 2), box_km(21, 0, 25, 1)]
    res = overlap(layer(hab, name="h"), layer(pas, SITE_ID=[501, 7]))
    assert sorted(res.protected.pa_ids) == ["501", "7"]
    assert sorted(res.protected.area_ha.round(6)) == [100.0, 200.0]
    assert sorted(res.gaps.area_ha.round(6)) == [100.0, 200.0, 300.0]
    assert res.summary.habitat.tolist() == ["h"]  # no class field: the layer name
    assert res.summary.habitat_ha.iloc[0] == pytest.approx(900.0)


def test_breakdown_credits_the_strictest_category_once():
    pas = layer([PA_1, PA_2, PA_3], WDPAID=[1, 2, 3], IUCN_CAT=["II", "Ia", "Not Reported"])
    res = overlap(layer([HABITAT]), pas, breakdown="iucn")
    row = res.summary.iloc[0]
    assert row.iucn_Ia_ha == pytest.approx(2_500.0, rel=1e-9)  # all of PA 2
    assert row.iucn_II_ha == pytest.approx(4_000.0, rel=1e-9)  # PA 1 minus its overlap with PA 2
    assert row.iucn_other_ha == pytest.approx(0.0, abs=1e-9)  # PA 3 lies inside PA 1 (II)
    assert row.protected_ha == pytest.approx(6_500.0, rel=1e-9)
    cats = res.protected.groupby("category").area_ha.sum()
    assert cats["Ia"] == pytest.approx(2_500.0) and cats["II"] == pytest.approx(4_000.0)
    des = overlap(layer([HABITAT]), layer([PA_1, PA_2], DESIG_TYPE=["International", "National"]),
                  breakdown="designation").summary.iloc[0]
    assert des.national_ha == pytest.approx(2_500.0) and des.international_ha == pytest.approx(4_000.0)


def test_habitat_across_a_border_is_split_and_sums_to_the_whole():
    west, east = box_km(-50, -50, 6, 50), box_km(6, -50, 60, 50)
    res = overlap(layer([HABITAT]), layer([PA_1]),
                  layer([east, west], ISO_A3=["-99", "MNG"], ADM0_A3=["CHN", "MNG"]))
    s = res.summary.set_index("country")
    assert s.loc["MNG", "habitat_ha"] == pytest.approx(6_000.0, rel=1e-9)
    assert s.loc["CHN", "habitat_ha"] == pytest.approx(4_000.0, rel=1e-9)  # -99 fixed through ADM0_A3
    assert s.habitat_ha.sum() == pytest.approx(10_000.0, rel=1e-4)
    assert s.loc["MNG", "protected_ha"] == pytest.approx(5_000.0, rel=1e-9)
    assert s.loc["CHN", "protected_ha"] == pytest.approx(0.0, abs=1e-9)
    assert set(res.gaps.country) == {"MNG", "CHN"}


def test_lonlat_border_case_agrees_with_geodesic_areas():
    hab = dense_box(130.0, 42.0, 131.5, 43.0)
    west, east = dense_box(125.0, 38.0, 130.7, 48.0), dense_box(130.7, 38.0, 136.0, 48.0)
    pa_a, pa_b = dense_box(130.2, 42.2, 130.9, 42.8), dense_box(130.5, 42.5, 131.2, 42.9)
    res = overlap(layer([hab], "EPSG:4326"), layer([pa_a, pa_b], "EPSG:4326"),
                  layer([west, east], "EPSG:4326", ISO3=["CHN", "RUS"]))
    s = res.summary.set_index("country")
    clip = {"CHN": dense_box(130.0, 42.0, 130.7, 43.0), "RUS": dense_box(130.7, 42.0, 131.5, 43.0)}
    union = shapely.union(pa_a, pa_b)  # axis-aligned boxes: their lon/lat union is exact
    for code, part in clip.items():
        assert s.loc[code, "habitat_ha"] == pytest.approx(geodesic_ha(part), rel=1e-3)
        covered = shapely.segmentize(shapely.intersection(part, union), 0.01)
        assert s.loc[code, "protected_ha"] == pytest.approx(geodesic_ha(covered), rel=1e-3)
    assert s.habitat_ha.sum() == pytest.approx(geodesic_ha(hab), rel=1e-3)
    assert res.crs.coordinate_operation.method_name == "Lambert Azimuthal Equal Area"


def test_projected_utm_input_is_measured_on_the_ellipsoid():
    utm = pyproj.CRS.from_epsg(32652)  # UTM 52N is not equal-area: 10 km squares are not 10,000 ha
    sq = shapely.segmentize(shapely.box(300_000, 4_700_000, 340_000, 4_740_000), 500)
    pa = shapely.segmentize(shapely.box(320_000, 4_690_000, 360_000, 4_720_000), 500)
    res = overlap(layer([sq], utm), layer([pa], utm))
    to_ll = pyproj.Transformer.from_crs(utm, "EPSG:4326", always_xy=True)
    ll = lambda g: shapely.transform(g, lambda c: np.column_stack(to_ll.transform(c[:, 0], c[:, 1])))  # noqa: E731
    assert res.summary.habitat_ha.iloc[0] == pytest.approx(geodesic_ha(ll(sq)), rel=1e-4)
    assert res.summary.protected_ha.iloc[0] == pytest.approx(geodesic_ha(ll(shapely.intersection(sq, pa))), rel=1e-4)


def test_mixed_crs_inputs_agree_with_single_crs():
    hab = dense_box(128.0, 44.0, 129.0, 45.0)
    pa = dense_box(128.5, 44.5, 129.5, 45.5)
    base = overlap(layer([hab], "EPSG:4326"), layer([pa], "EPSG:4326")).summary.iloc[0]
    to_utm = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:32652", always_xy=True)
    pa_utm = shapely.transform(pa, lambda c: np.column_stack(to_utm.transform(c[:, 0], c[:, 1])))
    logs: list[str] = []
    mixed = overlap(layer([hab], "EPSG:4326"), layer([pa_utm], "EPSG:32652"), log=logs.append)
    assert mixed.summary.iloc[0].protected_ha == pytest.approx(base.protected_ha, rel=1e-4)
    assert any("reprojected" in line for line in logs)


def test_antimeridian_split_habitat_matches_geodesic():
    west, east = dense_box(178.0, 65.0, 180.0, 66.0), dense_box(-180.0, 65.0, -178.0, 66.0)
    hab = shapely.MultiPolygon([west, east])
    pa = dense_box(179.0, 65.2, 180.0, 65.8)
    res = overlap(layer([hab], "EPSG:4326"), layer([pa], "EPSG:4326"))
    row = res.summary.iloc[0]
    assert row.habitat_ha == pytest.approx(geodesic_ha(west) + geodesic_ha(east), rel=1e-3)
    assert row.protected_ha == pytest.approx(geodesic_ha(pa), rel=1e-3)
    assert row.habitat_ha < 2 * geodesic_ha(west) * 1.01  # no world-wide sliver


def test_invalid_null_empty_and_sliver_geometries_are_cleaned_and_counted():
    bowtie = shapely.Polygon([(0, 0), (10 * KM, 10 * KM), (10 * KM, 0), (0, 10 * KM)])  # two 2,500 ha triangles
    bowtie = shapely.transform(bowtie, lambda c: c + [4_000_000.0, 3_000_000.0])
    sliver = shapely.Polygon([(4_000_000, 3_000_000), (4_001_000, 3_000_000), (4_002_000, 3_000_000)])
    logs: list[str] = []
    res = overlap(layer([bowtie, None, shapely.Polygon(), sliver], name="hab"),
                  layer([box_km(0, 0, 10, 10)]), log=logs.append)
    assert res.summary.habitat_ha.iloc[0] == pytest.approx(5_000.0, rel=1e-9)
    assert res.summary.protected_ha.iloc[0] == pytest.approx(5_000.0, rel=1e-9)
    text = " ".join(logs)
    # the collinear sliver is invalid too: repaired to nothing, then skipped with the null and the empty one
    assert "2 invalid geometries repaired" in text and "3 null or empty skipped" in text


def test_empty_inputs_and_no_overlap_give_valid_empty_outputs_with_warnings():
    none = overlap(layer([], name="hab"), layer([PA_1]))
    assert len(none.protected) == len(none.gaps) == len(none.summary) == 0
    assert list(none.summary.columns)[:6] == ["habitat", "country", "habitat_ha", "protected_ha", "protected_pct",
                                              "gap_ha"]
    assert none.warnings
    far = overlap(layer([HABITAT]), layer([box_km(100, 100, 110, 110)]))
    assert len(far.protected) == 0 and far.gaps.area_ha.sum() == pytest.approx(10_000.0)
    assert far.summary.protected_pct.iloc[0] == 0.0 and far.warnings
    no_pa = overlap(layer([HABITAT]), layer([]))
    assert no_pa.summary.gap_ha.iloc[0] == pytest.approx(10_000.0) and no_pa.warnings


def test_points_as_protected_areas_and_missing_crs_are_clear_errors():
    with pytest.raises(InputError, match="REP_AREA"):
        overlap(layer([HABITAT]), layer([shapely.Point(4_000_000, 3_000_000)], name="wdpa_points"))
    with pytest.raises(InputError, match="no coordinate reference system"):
        overlap(layer([HABITAT], crs=None, name="nocrs"), layer([PA_1]))


def test_chunks_give_the_same_answer_and_cancel_stops():
    rng = np.random.default_rng(3)
    hab = [box_km(x, y, x + 3, y + 3) for x, y in rng.uniform(0, 50, (40, 2))]
    pas = [box_km(x, y, x + 6, y + 4) for x, y in rng.uniform(0, 50, (15, 2))]
    big = overlap(layer(hab), layer(pas))
    small = overlap(layer(hab), layer(pas), chunk_size=3)
    np.testing.assert_allclose(small.summary.protected_ha, big.summary.protected_ha, rtol=1e-12)
    expected = shapely.area(shapely.intersection(shapely.union_all(hab), shapely.union_all(pas))) / 1e4
    # habitat squares overlap each other: protected area is summed per habitat feature, so compare per feature
    per_feature = sum(shapely.area(shapely.intersection(h, shapely.union_all(pas))) for h in hab) / 1e4
    assert big.summary.protected_ha.sum() == pytest.approx(per_feature, rel=1e-9)
    assert per_feature >= expected
    with pytest.raises(Cancelled):
        overlap(layer(hab), layer(pas), chunk_size=3, progress=lambda f: f < 0.5)


def test_grouped_union_matches_union_per_group():
    geoms = np.array([box_km(i, 0, i + 2, 1) for i in range(10)], dtype=object)
    groups = np.array([0, 0, 1, 2, 2, 2, 2, 2, 3, 0])
    out = grouped_union(geoms, groups, 5)
    for g in range(4):
        assert shapely.area(out[g]) == pytest.approx(shapely.area(shapely.union_all(geoms[groups == g])))
    assert out[4] is None


def test_country_codes_detection_and_natural_earth_fix():
    frame = pd.DataFrame({"NAME": ["France", "Norway", "China"], "ISO_A3": ["-99", "-99", "CHN"],
                          "ADM0_A3": ["FRA", "NOR", "CHN"]})
    codes, used = country_codes(frame)
    assert used == "ISO_A3" and codes.tolist() == ["FRA", "NOR", "CHN"]
    with pytest.raises(InputError, match="country code"):
        country_codes(pd.DataFrame({"NAME": ["x"]}))


def test_raster_mode_counts_cells_in_an_equal_area_grid(tmp_path):
    from neaspec_planner.core.raster_io import write_raster

    # 100 m cells in EPSG:3035 (equal-area): each cell is exactly 1 ha.
    arr = np.zeros((40, 60), dtype=np.int16)
    arr[:, :30] = 1
    arr[:, 30:] = 2
    arr[:5, :] = -1  # nodata rows
    x0, y0 = 4_000_000.0, 3_004_000.0
    path = write_raster(tmp_path / "classes.tif", arr, (x0, 100.0, 0.0, y0, 0.0, -100.0), "EPSG:3035", nodata=-1)
    pa = shapely.box(x0 + 1000, y0 - 4000, x0 + 4000, y0 - 2000)  # cols 10..39, rows 20..39
    west = shapely.box(x0 - 1e5, y0 - 1e5, x0 + 2000, y0 + 1e5)  # cols 0..19
    east = shapely.box(x0 + 2000, y0 - 1e5, x0 + 1e5, y0 + 1e5)
    res = overlap_raster(str(path), layer([pa]), layer([west, east], ISO3=["KOR", "PRK"]))
    s = res.summary.set_index(["habitat", "country"])
    rows = 35  # valid rows
    assert s.loc[("1", "KOR"), "habitat_ha"] == pytest.approx(rows * 20, rel=1e-6)
    assert s.loc[("1", "PRK"), "habitat_ha"] == pytest.approx(rows * 10, rel=1e-6)
    assert s.loc[("2", "PRK"), "habitat_ha"] == pytest.approx(rows * 30, rel=1e-6)
    assert s.loc[("1", "KOR"), "protected_ha"] == pytest.approx(20 * 10, rel=1e-6)
    assert s.loc[("1", "PRK"), "protected_ha"] == pytest.approx(20 * 10, rel=1e-6)
    assert s.loc[("2", "PRK"), "protected_ha"] == pytest.approx(20 * 10, rel=1e-6)
    assert s.loc[("2", "PRK"), "gap_ha"] == pytest.approx(rows * 30 - 200, rel=1e-6)
    thr = overlap_raster(str(path), layer([pa]), threshold=2).summary
    assert thr.habitat.tolist() == [">= 2"] and thr.habitat_ha.iloc[0] == pytest.approx(rows * 30, rel=1e-6)


def test_bulk_geopackage_writer_matches_ogr_writer(tmp_path):
    """The SQLite bulk path of write_vector (used for OUTPUT/GAPS) writes what the OGR feature loop writes."""
    from osgeo import ogr

    from neaspec_planner.core.vector_io import read_vector, write_vector

    geoms = np.array([box_km(0, 0, 1, 1), None, shapely.MultiPolygon([box_km(2, 2, 3, 3), box_km(4, 4, 5, 5)]),
                      shapely.Polygon(), box_km(10, 10, 12, 11)], dtype=object)
    frame = pd.DataFrame({"habitat": ["東北虎", None, "Цэн тогоруу", "a", "b"], "n": np.arange(5, dtype=np.int64),
                          "area_ha": [1.5, np.nan, 2.0, 0.0, 200.0]})
    write_vector(tmp_path / "bulk.gpkg", geoms, frame, LAEA, "gaps", "MultiPolygon", bulk=True)
    write_vector(tmp_path / "ogr.gpkg", geoms, frame, LAEA, "gaps", "MultiPolygon")
    a, b = read_vector(str(tmp_path / "bulk.gpkg")), read_vector(str(tmp_path / "ogr.gpkg"))
    pd.testing.assert_frame_equal(a.attributes, b.attributes)
    assert a.crs == b.crs and a.geometry_type == b.geometry_type == "Multi Polygon"
    for ga, gb in zip(a.geometry, b.geometry):
        assert (ga is None and gb is None) or shapely.to_wkt(ga) == shapely.to_wkt(gb)
    ds = ogr.Open(str(tmp_path / "bulk.gpkg"), 1)
    lyr = ds.GetLayer(0)
    reference = ogr.Open(str(tmp_path / "ogr.gpkg"))  # keep the data source alive while its layer is used
    assert lyr.GetFeatureCount() == 5 and lyr.GetExtent() == reference.GetLayer(0).GetExtent()
    lyr.SetSpatialFilterRect(4_009_000, 3_009_000, 4_013_000, 3_012_000)  # uses the R-tree
    assert [f.GetField("n") for f in lyr] == [4]
    lyr.SetSpatialFilter(None)
    lyr.DeleteFeature(1)  # GDAL's own triggers were restored: edits keep the index in step
    assert_index_follows_edits(lyr, 50)
    ds = None


def test_disputed_overlap_counted_once_and_countries_in_several_features():
    # AAA: x < 6 km as two features; BBB: x > 4 km (disputed 4..6 km strip goes to AAA, alphabetically first)
    countries = layer([box_km(-50, -50, 3, 50), box_km(3, -50, 6, 50), box_km(4, -50, 60, 50)],
                      ISO3=["AAA", "AAA", "BBB"])
    res = overlap(layer([HABITAT, box_km(4.5, 20, 5.5, 21)]), layer([PA_2]), countries)
    s = res.summary.set_index("country")
    assert s.loc["AAA", "habitat_ha"] == pytest.approx(6_000.0 + 100.0, rel=1e-9)
    assert s.loc["BBB", "habitat_ha"] == pytest.approx(4_000.0, rel=1e-9)
    assert s.habitat_ha.sum() == pytest.approx(10_100.0, rel=1e-9)  # nothing counted twice
    assert s.loc["AAA", "protected_ha"] == pytest.approx(1_500.0, rel=1e-9)  # PA 2: x 3..6 of y 0..5
    assert s.loc["BBB", "protected_ha"] == pytest.approx(1_000.0, rel=1e-9)  # x 6..8


def test_raster_mode_warps_a_geographic_raster_to_equal_area(tmp_path):
    from neaspec_planner.core.raster_io import write_raster

    arr = np.ones((100, 100), dtype=np.uint8)  # 0.01° cells over 130–131°E, 44–45°N
    arr[:, 80:] = 2
    path = write_raster(tmp_path / "ll.tif", arr, (130.0, 0.01, 0.0, 45.0, 0.0, -0.01), "EPSG:4326", nodata=0)
    pa = dense_box(130.0, 44.0, 130.5, 45.0)
    logs: list[str] = []
    res = overlap_raster(str(path), layer([pa], "EPSG:4326"), log=logs.append)
    s = res.summary.set_index("habitat")
    assert res.crs.coordinate_operation.method_name == "Lambert Azimuthal Equal Area"
    assert any("warped" in line for line in logs)
    # nearest-neighbour cells at the edges: within 1.5 % of the geodesic areas
    assert s.loc["1", "habitat_ha"] == pytest.approx(geodesic_ha(dense_box(130.0, 44.0, 130.8, 45.0)), rel=0.015)
    assert s.loc["2", "habitat_ha"] == pytest.approx(geodesic_ha(dense_box(130.8, 44.0, 131.0, 45.0)), rel=0.015)
    assert s.loc["1", "protected_ha"] == pytest.approx(geodesic_ha(pa), rel=0.015)
    assert s.loc["2", "protected_ha"] == pytest.approx(0.0, abs=1e-9)


def test_raster_mode_errors_are_clear(tmp_path):
    from neaspec_planner.core.raster_io import write_raster

    frac = write_raster(tmp_path / "suit.tif", np.full((10, 10), 0.37, np.float32),
                        (4_000_000.0, 100.0, 0.0, 3_001_000.0, 0.0, -100.0), "EPSG:3035")
    with pytest.raises(InputError, match="threshold"):
        overlap_raster(str(frac), layer([PA_1]))
    assert overlap_raster(str(frac), layer([PA_1]), threshold=0.3).summary.habitat_ha.iloc[0] == pytest.approx(100.0)
    nocrs = write_raster(tmp_path / "nocrs.tif", np.ones((10, 10), np.uint8), (0.0, 1.0, 0.0, 10.0, 0.0, -1.0), None)
    with pytest.raises(InputError, match="nocrs.tif.*coordinate reference system"):
        overlap_raster(str(nocrs), layer([PA_1]))


def test_pieces_and_gaps_partition_each_habitat_feature():
    rng = np.random.default_rng(7)
    hab = [shapely.Point(4_000_000 + x, 3_000_000 + y).buffer(r, quad_segs=6)
           for x, y, r in zip(rng.uniform(0, 40_000, 60), rng.uniform(0, 40_000, 60), rng.uniform(500, 3_000, 60))]
    pas = [shapely.Point(4_000_000 + x, 3_000_000 + y).buffer(r, quad_segs=6)
           for x, y, r in zip(rng.uniform(0, 40_000, 25), rng.uniform(0, 40_000, 25), rng.uniform(1_000, 6_000, 25))]
    res = overlap(layer(hab), layer(pas, WDPAID=np.arange(1, 26)), chunk_size=7)
    np.testing.assert_allclose(shapely.area(res.protected_geometry) / 1e4, res.protected.area_ha, rtol=1e-12)
    np.testing.assert_allclose(shapely.area(res.gap_geometry) / 1e4, res.gaps.area_ha, rtol=1e-12)
    union = shapely.union_all(pas)
    expected = sum(shapely.area(shapely.intersection(h, union)) for h in hab) / 1e4  # per feature, by brute force
    assert res.protected.area_ha.sum() == pytest.approx(expected, rel=1e-9)
    assert res.protected.area_ha.sum() + res.gaps.area_ha.sum() == pytest.approx(sum(h.area for h in hab) / 1e4,
                                                                                  rel=1e-9)
    assert shapely.area(shapely.intersection(shapely.union_all(res.gap_geometry), union)) < 1.0  # m²


@pytest.mark.parametrize("n", [0, 3, 51, 52, 2_700])  # empty, root leaf, full root, two levels, three levels
def test_packed_rtree_answers_window_queries_like_brute_force(tmp_path, n):
    """GpkgStreamWriter(bulk_rtree=True) packs the R-tree in one go: SQLite's own rtreecheck() passes, every
    feature is indexed, window queries (SQLite and OGR's spatial filter) give the brute-force answer, and GDAL's
    restored triggers keep the index in step with later edits."""
    import sqlite3

    from osgeo import ogr

    from neaspec_planner.core.vector_io import GpkgStreamWriter

    rng = np.random.default_rng(n)
    x, y = rng.uniform(0, 500, n), rng.uniform(0, 500, n)
    size = rng.uniform(0.1, 3.0, n)
    geoms = np.array([box_km(a, b, a + s, b + s) for a, b, s in zip(x, y, size)], dtype=object)
    if n:
        geoms[n // 2] = None  # missing geometries are not indexed
    frame = pd.DataFrame({"n": np.arange(n, dtype=np.int64)})
    path = tmp_path / "packed.gpkg"
    with GpkgStreamWriter(path, frame.iloc[:0], LAEA, "gaps", "MultiPolygon", bulk_rtree=True) as writer:
        for start in range(0, n, 1_000):  # streamed in batches, packed at the end
            writer.append(geoms[start:start + 1_000], frame.iloc[start:start + 1_000].reset_index(drop=True))
    present = np.flatnonzero(~shapely.is_missing(geoms))
    con = sqlite3.connect(str(path))
    try:
        assert con.execute("SELECT rtreecheck('rtree_gaps_geom')").fetchone()[0] == "ok"
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert sorted(r[0] for r in con.execute("SELECT id FROM rtree_gaps_geom")) == (present + 1).tolist()
        b = shapely.bounds(geoms)
        for _ in range(25):
            wx, wy = 4_000_000 + rng.uniform(0, 500_000), 3_000_000 + rng.uniform(0, 500_000)
            got = sorted(r[0] for r in con.execute(
                "SELECT id FROM rtree_gaps_geom WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?",
                (wx + 40_000, wx, wy + 40_000, wy)))
            want = present[(b[present, 0] <= wx + 40_000) & (b[present, 2] >= wx) & (b[present, 1] <= wy + 40_000)
                           & (b[present, 3] >= wy)] + 1
            assert got == want.tolist()
    finally:
        con.close()
    ds = ogr.Open(str(path), 1)
    lyr = ds.GetLayer(0)
    lyr.SetSpatialFilterRect(4_000_000, 3_000_000, 4_250_000, 3_250_000)  # through the R-tree
    b = shapely.bounds(geoms)
    want = sorted(frame.n[present[(b[present, 0] <= 4_250_000) & (b[present, 1] <= 3_250_000)]].tolist())
    assert sorted(f.GetField("n") for f in lyr) == want
    lyr.SetSpatialFilter(None)
    assert_index_follows_edits(lyr, 900)
    ds = None


def test_far_protected_areas_left_out_in_a_shared_equal_area_crs():
    """Inputs in one equal-area CRS skip the longitude/latitude boxes: protected areas more than ~2° (222.64 km)
    beyond the habitat's bounds are left out (and said so), nearer ones still count."""
    lines: list[str] = []
    res = overlap(layer([HABITAT], name="hab"),
                  layer([PA_1, box_km(100, 0, 110, 10), box_km(400, 0, 410, 10)], WDPAID=[1, 2, 3]), log=lines.append)
    assert any("1 protected areas far from the habitat left out" in line for line in lines)
    assert res.summary.protected_ha.iloc[0] == pytest.approx(5_000.0, rel=1e-9)
    assert res.crs == pyproj.CRS.from_user_input(LAEA)


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")  # GEOS's FPU flags, also serially
def test_parallel_geos_calls_give_the_single_call_result():
    """parallel() splits an element-wise shapely call over threads (copies where one object appears in several
    slices): same geometries, bit for bit, and a GEOS error in a worker reaches the caller."""
    from neaspec_planner.core.parallel import parallel

    rng = np.random.default_rng(7)
    units = shapely.buffer(shapely.points(rng.uniform(0, 50_000, (600, 2))), 1_500.0, 8)
    pas = shapely.buffer(shapely.points(rng.uniform(0, 50_000, (40, 2))), 6_000.0, 16)
    pair_pa = pas[rng.integers(0, len(pas), len(units))]  # each protected area paired with ~15 units
    for func in (shapely.intersection, shapely.difference):
        want = func(units, pair_pa)
        got = parallel(func, units, pair_pa, threads=3, min_size=1)
        assert (shapely.to_wkb(got) == shapely.to_wkb(want)).all()
    table = np.array([[units[i], units[i + 1], None] for i in range(0, 300, 2)], dtype=object)
    got = parallel(shapely.union_all, table, shared=(False,), threads=2, min_size=1, axis=1)
    assert (shapely.to_wkb(got) == shapely.to_wkb(shapely.union_all(table, axis=1))).all()
    assert parallel(shapely.area, units[:5], threads=4).tolist() == shapely.area(units[:5]).tolist()  # too small
    import threading

    def fails_in_worker(a, b):
        if threading.current_thread() is not threading.main_thread():
            raise shapely.errors.GEOSException("TopologyException in a worker")
        return shapely.intersection(a, b)

    with pytest.raises(shapely.errors.GEOSException, match="in a worker"):
        parallel(fails_in_worker, units, pair_pa, threads=2, min_size=1)


@pytest.mark.parametrize("shared_objects", [False, True])
def test_threaded_cleaning_matches_clean_polygons(monkeypatch, shared_objects):
    """Cleaning split over threads: same repaired geometries, source rows and counts as one clean_polygons call
    (invalid bow-ties, null, empty, Z, points, slivers; also with one object in several rows)."""
    from neaspec_planner.core import parallel as core
    from neaspec_planner.core.geometry import clean_polygons, clean_polygons_threaded

    monkeypatch.setattr(core, "MIN_PARALLEL", 10)
    monkeypatch.setenv("NEASPEC_THREADS", "3")
    bowtie = shapely.from_wkt("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))")
    zbox = shapely.from_wkt("POLYGON Z ((0 0 5, 4 0 5, 4 4 5, 0 4 5, 0 0 5))")
    kinds = [box_km(0, 0, 1, 1), bowtie, None, shapely.Polygon(), zbox, shapely.Point(1, 1),
             shapely.box(0, 0, 5, 0), box_km(3, 3, 4, 5)]
    geoms = np.array([kinds[i % len(kinds)] if shared_objects else shapely.from_wkb(shapely.to_wkb(kinds[i % 8]))
                      if kinds[i % 8] is not None else None for i in range(77)], dtype=object)
    want_geoms, want_rows, want_rep = clean_polygons(geoms)
    got_geoms, got_rows, got_rep = clean_polygons_threaded(geoms)
    assert got_rows.tolist() == want_rows.tolist()
    assert (shapely.to_wkb(got_geoms) == shapely.to_wkb(want_geoms)).all()
    assert got_rep.summary("x") == want_rep.summary("x")
    # repaired: 10 bow-ties + 9 flat boxes (which end empty: 10 null + 10 empty + 9 flat = 29); 9 points
    assert (got_rep.repaired, got_rep.null_or_empty, got_rep.not_polygonal) == (19, 29, 9)


@pytest.mark.parametrize("breakdown", ["none", "iucn"])
def test_threaded_overlay_gives_the_single_threaded_result(monkeypatch, breakdown):
    """Every GEOS step forced through 3 threads (slices of one element up): the same pieces, gaps and summary as
    one thread, on habitat split by two countries and hit by one, several or nested protected areas; totals
    agree with 200 squares of 400 ha and with the covered area of a global union."""
    from neaspec_planner.core import parallel as core

    habitat = layer([box_km(x, y, x + 2, y + 2) for x in range(0, 60, 3) for y in range(0, 30, 3)],
                    cls=[("a", "b")[(x + y) % 2] for x in range(0, 60, 3) for y in range(0, 30, 3)])
    pas = layer([box_km(-1, -1, 11, 11), box_km(5, 5, 25, 12), box_km(1, 1, 2, 2), box_km(40, 10, 70, 40)],
                WDPAID=[1, 2, 3, 4], IUCN_CAT=["II", "Ia", "IV", "V"])
    countries = layer([box_km(-100, -100, 30.5, 100), box_km(30.5, -100, 100, 100)], ISO3=["AAA", "BBB"])

    def run(threads: str):
        monkeypatch.setenv("NEASPEC_THREADS", threads)
        return overlap(habitat, pas, countries, habitat_field="cls", breakdown=breakdown)  # one chunk: slices

    single = run("1")
    real_parallel = core.parallel
    monkeypatch.setattr(core, "MIN_PARALLEL", 1)
    monkeypatch.setattr(core, "parallel", lambda *a, **k: real_parallel(*a, **{**k, "min_size": 1}))
    real_run, splits = core.run_slices, []
    monkeypatch.setattr(core, "run_slices", lambda n, k, job: (splits.append(k), real_run(n, k, job)))
    threaded = run("3")
    assert len(splits) >= 5 and max(splits) == 3  # cleaning ×2, intersection, differences, unions went threaded
    for a, b in ((single.protected_geometry, threaded.protected_geometry), (single.gap_geometry,
                                                                           threaded.gap_geometry)):
        assert len(a) == len(b) and (shapely.to_wkb(a) == shapely.to_wkb(b)).all()
    for a, b in ((single.protected, threaded.protected), (single.gaps, threaded.gaps),
                 (single.summary, threaded.summary)):
        pd.testing.assert_frame_equal(a, b, check_exact=True)
    assert threaded.summary.habitat_ha.sum() == pytest.approx(200 * 400.0, rel=1e-9)
    covered = shapely.area(shapely.intersection(shapely.union_all(habitat.geometry), shapely.union_all(pas.geometry)))
    assert threaded.summary.protected_ha.sum() == pytest.approx(covered / 1e4, rel=1e-9)  # global-union route


@pytest.mark.parametrize("shared_objects", [False, True])
def test_chunks_overlaid_on_threads_give_the_single_threaded_result(monkeypatch, shared_objects):
    """Chunks (bands of units) overlaid concurrently on 3 worker threads, collected in order: the same pieces,
    gaps and summary as one thread, bit for bit (also when one habitat object sits in several rows, so that
    chunks would share it); a cancel stops the workers and raises."""
    import threading

    from neaspec_planner.core import overlap as core

    monkeypatch.setattr(core, "MIN_CHUNK_WORK", 40)
    cells = [(x, y) for x in range(0, 60, 3) for y in range(0, 30, 3)]
    one = box_km(0, 0, 2, 2)
    geoms = [shapely.affinity.translate(one, x * 1000, y * 1000) for x, y in cells]
    if shared_objects:
        geoms[5::9] = [geoms[0]] * len(geoms[5::9])
    habitat = layer(geoms, cls=[("a", "b")[(x + y) % 2] for x, y in cells])
    pas = layer([box_km(-1, -1, 11, 11), box_km(5, 5, 25, 12), box_km(1, 1, 2, 2), box_km(40, 10, 70, 40)],
                WDPAID=[1, 2, 3, 4])

    def run(threads: str, **kw):
        monkeypatch.setenv("NEASPEC_THREADS", threads)
        return overlap(habitat, pas, habitat_field="cls", **kw)

    single = run("1")
    calls = []
    real = core._overlay_concurrently
    monkeypatch.setattr(core, "_overlay_concurrently", lambda *a: (calls.append(len(a[0])), real(*a))[1])
    threaded = run("3")
    assert calls and calls[0] >= 6  # the bands went to the workers
    for a, b in ((single.protected_geometry, threaded.protected_geometry),
                 (single.gap_geometry, threaded.gap_geometry)):
        assert len(a) == len(b) and (shapely.to_wkb(a) == shapely.to_wkb(b)).all()
    for a, b in ((single.protected, threaded.protected), (single.gaps, threaded.gaps),
                 (single.summary, threaded.summary)):
        pd.testing.assert_frame_equal(a, b, check_exact=True)
    before = threading.active_count()
    with pytest.raises(Cancelled):
        run("3", progress=lambda f: f < 0.6)
    assert threading.active_count() == before  # no worker left running


def dense_box_km(x0, y0, x1, y1, n=1_000):
    """A box with n vertices per edge (a "large" habitat polygon, as a species range)."""
    t = np.linspace(0.0, 1.0, n, endpoint=False)
    xs = np.concatenate([x0 + (x1 - x0) * t, np.full(n, x1), x1 - (x1 - x0) * t, np.full(n, x0)])
    ys = np.concatenate([np.full(n, y0), y0 + (y1 - y0) * t, np.full(n, y1), y1 - (y1 - y0) * t])
    return shapely.Polygon(np.column_stack([4_000_000.0 + xs * KM, 3_000_000.0 + ys * KM]))


@pytest.mark.parametrize("threads", ["1", "3"])
@pytest.mark.parametrize("site_in_island", [False, True])
def test_large_ranges_holding_many_sites(monkeypatch, threads, site_in_island):
    """Two overlapping 4,000-vertex ranges holding 31–32 sites each way (disjoint, overlapping, edge-touching,
    nested, a frame of four sites around an unprotected island, one crossing the range's edge, one touching it
    from outside): protected and
    gap hectares as computed by hand; gaps valid, disjoint from every site, and with the pieces tiling each
    range. With ``site_in_island`` a site sits inside the frame's island (a harder case for the gap)."""
    from neaspec_planner.core import overlap as core
    from neaspec_planner.core import parallel as par

    monkeypatch.setenv("NEASPEC_THREADS", threads)
    monkeypatch.setattr(par, "MIN_PARALLEL", 1)
    sites = [box_km(5 + 4 * i, 5, 7 + 4 * i, 7) for i in range(20)]  # 20 × 400 ha
    sites += [box_km(10, 20, 14, 24), box_km(12, 22, 16, 26)]  # overlapping: 2,800 ha
    sites += [box_km(30, 20, 33, 23), box_km(33, 20, 36, 23)]  # touching along an edge: 1,800 ha
    sites += [box_km(50, 50, 60, 52), box_km(50, 58, 60, 60), box_km(50, 52, 52, 58), box_km(58, 52, 60, 58)]  # 6,400
    sites += [box_km(95, 40, 105, 50)]  # crosses range a's east edge: 5,000 ha inside a, 10,000 ha inside b
    sites += [box_km(70, 70, 80, 80), box_km(72, 72, 74, 74)]  # nested: 10,000 ha
    sites += [box_km(-5, 40, 0, 45)]  # touches range a's west edge from outside: 0 ha
    if site_in_island:
        sites += [box_km(54, 54, 56, 56)]  # 400 ha in the frame's island
    ranges = layer([dense_box_km(0, 0, 100, 100), dense_box_km(40, 0, 140, 100)], cls=["a", "b"])
    punched: list = []
    real_punch = core._punch
    monkeypatch.setattr(core, "_punch", lambda *a: punched.append(real_punch(*a)) or punched[-1])
    res = overlap(ranges, layer(sites, WDPAID=list(range(1, len(sites) + 1))), habitat_field="cls")
    # the gaps were punched (a site in the island: left to the overlay, which must give the same numbers)
    assert len(punched) == 2 and all((g is None) == site_in_island for g in punched)
    extra = 400.0 if site_in_island else 0.0
    want = {"a": 8_000 + 2_800 + 1_800 + 6_400 + 5_000 + 10_000 + extra,
            "b": 11 * 400 + 6_400 + 10_000 + 10_000 + extra}
    got = res.summary.set_index("habitat")
    for cls, protected_ha in want.items():
        assert got.loc[cls, "habitat_ha"] == pytest.approx(1_000_000.0, rel=1e-12)
        assert got.loc[cls, "protected_ha"] == pytest.approx(protected_ha, rel=1e-9)
        assert got.loc[cls, "gap_ha"] == pytest.approx(1_000_000.0 - protected_ha, rel=1e-9)
    all_sites = shapely.union_all(np.array(sites, dtype=object))
    assert shapely.is_valid(res.gap_geometry).all() and shapely.is_valid(res.protected_geometry).all()
    for cls, rng_geom in zip(("a", "b"), ranges.geometry):
        gap = res.gap_geometry[(res.gaps.habitat == cls).to_numpy()]
        piece = res.protected_geometry[(res.protected.habitat == cls).to_numpy()]
        assert len(gap) == 1 and len(piece) == 1
        assert shapely.area(shapely.intersection(gap[0], all_sites)) < 1e-3  # m²: nothing protected in the gap
        tiled = shapely.union(gap[0], piece[0])
        assert shapely.area(shapely.symmetric_difference(tiled, rng_geom)) < 1e-3
        assert res.gaps.area_ha[(res.gaps.habitat == cls).to_numpy()].iloc[0] == pytest.approx(
            1_000_000.0 - want[cls], rel=1e-9)
