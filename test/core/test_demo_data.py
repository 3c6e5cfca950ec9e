"""The bundled demo region honours its contract (/work/demo_contract.md) and the published areas it was built from.

Areas are checked twice, independently: with the projection rule of core/crs.py and with pyproj.Geod geodesic
areas, both against the published figures written here from region-facts.md (not read from the build script).
"""
from __future__ import annotations

import numpy as np
import pyproj
import pytest
import shapely
from osgeo import ogr

from neaspec_planner.core.crs import analysis_crs, area_ha, check_projected_raster, reproject
from neaspec_planner.core.raster_io import read_raster
from neaspec_planner.core.vector_io import read_vector
from neaspec_planner.paths import resource_path

GPKG = resource_path("demo", "neaspec_demo.gpkg")
GEOD = pyproj.Geod(ellps="WGS84")

# Published areas (ha) from /work/shared/reference/region-facts.md, keyed by the WDPA NAME field.
PUBLISHED_PA_HA = {
    "Land of the Leopard": 261_868.0,
    "Kedrovaya Pad": 17_897.0,
    "Northeast China Tiger and Leopard National Park": 1_406_500.0,  # 14,065 km²
    "Hunchun": 108_700.0,
    "Far Eastern Marine": 64_316.3,
    "Khasan": 35_000.0,
    "Rason Migratory Bird Reserve": 3_525.7,
    "Lake Khanka": 310_000.0,
    "Xingkai Lake": 222_488.0,
    "Torey Lakes": 172_500.0,
    "Mongol Daguur": 210_000.0,
    "Dalai Lake": 740_000.0,
    "Sailyugemsky": 118_380.0,
    "Siilkhem Nuruu": 140_000.0,
    "Tsagaan Shuvuut": 36_000.0,  # 360 km²
    "Uvs Nuur": 712_545.0,
}
PUBLISHED_RAMSAR = {2343: 3_525.7, 1155: 222_488.0, 683: 172_500.0, 924: 210_000.0, 1146: 740_000.0}
RASON_LAGOONS_HA = 3_525.7  # the three Rason lagoons together = the Ramsar site
JINGXIN_HA = 5_800.0

CONTRACT = {
    "countries": ["ISO_A3", "ADM0_A3", "NAME_EN", "NAME_LOCAL"],
    "protected_areas": ["WDPAID", "WDPA_PID", "PA_DEF", "NAME", "ORIG_NAME", "DESIG", "DESIG_ENG", "DESIG_TYPE",
                        "IUCN_CAT", "INT_CRIT", "MARINE", "REP_M_AREA", "GIS_M_AREA", "REP_AREA", "GIS_AREA",
                        "STATUS", "STATUS_YR", "GOV_TYPE", "OWN_TYPE", "MANG_AUTH", "ISO3", "PARENT_ISO3"],
    "protected_areas_wdpca": ["SITE_ID", "SITE_PID", "SITE_TYPE", "NAME_ENG", "NAME", "DESIG_ENG", "DESIG_TYPE",
                              "IUCN_CAT", "REALM", "REP_AREA", "GIS_AREA", "STATUS", "ISO3", "PRNT_ISO3"],
    "ramsar_sites": ["ramsarid", "officialname", "iso3", "area_off"],
    "habitat": ["habitat", "name"],
    "wetlands": ["site", "name", "name_local", "iso3", "wetland_type"],
    "cores_tumen": ["core_id", "name"],
    "cores_altai": ["core_id", "name"],
    "roads": ["name", "highway", "cost"],
    "crossings_tumen": ["name", "type", "cost"],
    "waterbird_counts": ["site", "species", "season", "count"],
    "thresholds": ["species", "population", "threshold_1pct", "estimate"],
    "species": ["species", "scientific_name", "redlist_category"],
}


def layer(name: str):
    return read_vector(f"{GPKG}|layername={name}")


def measured_ha(data) -> np.ndarray:
    crs = analysis_crs([(data.geometry, data.crs)])
    return area_ha(reproject(data.geometry, data.crs, crs))


def geodesic_ha(geoms: np.ndarray) -> np.ndarray:
    return np.array([abs(GEOD.geometry_area_perimeter(g)[0]) / 1e4 for g in geoms])


def layer_names(path: str) -> list[str]:
    ds = ogr.Open(path)
    return [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]


def test_gpkg_size_and_layers():
    assert GPKG.exists()
    assert GPKG.stat().st_size < 20 * 1024 * 1024
    assert set(CONTRACT) <= set(layer_names(str(GPKG)))


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_contract_fields_present_and_not_empty(name):
    ds = ogr.Open(str(GPKG))
    lyr = ds.GetLayerByName(name)
    defn = lyr.GetLayerDefn()
    fields = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
    missing = [f for f in CONTRACT[name] if f not in fields]
    assert not missing, f"{name} lacks {missing}"
    assert lyr.GetFeatureCount() > 0


def test_vector_layers_are_wgs84_and_valid():
    for name in ("countries", "protected_areas", "protected_areas_wdpca", "ramsar_sites", "habitat", "wetlands",
                 "cores_tumen", "cores_altai", "roads", "crossings_tumen"):
        data = layer(name)
        assert data.crs is not None and data.crs.to_epsg() == 4326, name
        assert shapely.is_valid(data.geometry).all(), name
        assert not shapely.is_empty(data.geometry).any(), name


def test_protected_areas_match_published_areas_two_ways():
    data = layer("protected_areas")
    names = data.attributes["NAME"].tolist()
    assert sorted(names) == sorted(PUBLISHED_PA_HA)
    published = np.array([PUBLISHED_PA_HA[n] for n in names])
    np.testing.assert_allclose(measured_ha(data), published, rtol=0.01)
    np.testing.assert_allclose(geodesic_ha(data.geometry), published, rtol=0.01)
    # REP_AREA is the published area in km² (WDPA unit)
    np.testing.assert_allclose(data.attributes["REP_AREA"].astype(float), published / 100.0, rtol=1e-6)


def test_wdpca_layer_is_the_same_sites():
    legacy, wdpca = layer("protected_areas"), layer("protected_areas_wdpca")
    assert legacy.attributes["WDPAID"].tolist() == wdpca.attributes["SITE_ID"].tolist()
    assert legacy.attributes["NAME"].tolist() == wdpca.attributes["NAME_ENG"].tolist()
    assert set(wdpca.attributes["REALM"]) <= {"Terrestrial", "Coastal", "Marine"}
    assert "Proposed" in set(legacy.attributes["STATUS"])  # for the STATUS filter


def test_ramsar_sites_match_published_areas():
    data = layer("ramsar_sites")
    ids = data.attributes["ramsarid"].tolist()
    assert {2343, 1155, 683, 924, 1146} <= {int(i) for i in ids if i is not None and not np.isnan(i)}
    area = measured_ha(data)
    geod = geodesic_ha(data.geometry)
    for i, rid in enumerate(ids):
        if rid is not None and not np.isnan(rid):
            assert area[i] == pytest.approx(PUBLISHED_RAMSAR[int(rid)], rel=0.01)
            assert geod[i] == pytest.approx(PUBLISHED_RAMSAR[int(rid)], rel=0.01)
    khanka = data.attributes["officialname"].tolist().index("Lake Khanka")
    assert area[khanka] == pytest.approx(310_000.0, rel=0.01)


def test_wetlands_tumen_complex_areas_and_proximity():
    data = layer("wetlands")
    attrs = data.attributes
    assert attrs["site"].is_unique
    area = measured_ha(data)
    rason = attrs["site"].str.startswith("rason_").to_numpy()
    assert rason.sum() == 3
    assert area[rason].sum() == pytest.approx(RASON_LAGOONS_HA, rel=0.01)
    jingxin = (attrs["site"] == "tumen_jingxin").to_numpy()
    assert area[jingxin][0] == pytest.approx(JINGXIN_HA, rel=0.01)
    # the estuary complex spans three countries within a few km
    tumen = attrs["site"].isin(["tumen_jingxin", "rason_manpho", "tumen_tumannaya"]).to_numpy()
    assert set(attrs["iso3"][tumen]) == {"CHN", "PRK", "RUS"}
    crs = analysis_crs([(data.geometry, data.crs)])
    g = reproject(data.geometry[tumen], data.crs, crs)
    gaps = shapely.distance(g[:, None], g[None, :])
    assert gaps[0, 2] < 5_000 and gaps[1, 2] < 5_000  # CN – RU and DPRK – RU components a few km apart
    # local-script names survive
    assert "敬信湿地" in set(attrs["name_local"])


def test_countries_iso_codes_fixed_and_local_names():
    attrs = layer("countries").attributes
    assert set(attrs["ISO_A3"]) == {"CHN", "RUS", "MNG", "PRK", "KOR", "JPN"}
    assert "-99" not in set(attrs["ISO_A3"])
    assert dict(zip(attrs["ISO_A3"], attrs["NAME_LOCAL"]))["MNG"] == "Монгол Улс"


def test_habitat_crosses_borders():
    hab, countries = layer("habitat"), layer("countries")
    kinds = {"amur_tiger_leopard", "snow_leopard", "crane_wetland", "spoonbill_wetland"}
    assert kinds <= set(hab.attributes["habitat"])
    crs = analysis_crs([(hab.geometry, hab.crs)])
    h = reproject(hab.geometry, hab.crs, crs)
    c = reproject(countries.geometry, countries.crs, crs)
    n_countries = np.array([(area_ha(shapely.intersection(g, c)) > 100).sum() for g in h])
    tiger = (hab.attributes["habitat"] == "amur_tiger_leopard").to_numpy()
    assert (n_countries[tiger] >= 2).any()
    assert (n_countries >= 2).sum() >= 3


def test_habitat_overlaps_the_parks_that_protect_it():
    """The demo's habitat lies partly in the parks of the same landscape (Argut–Sailyugem in Sailyugemsky NP,
    SW Primorye in Land of the Leopard NP, Siilkhem in Siilkhem Nuruu NP), so overlaps are not trivially 0."""
    hab, pas = layer("habitat"), layer("protected_areas")
    crs = analysis_crs([(hab.geometry, hab.crs)])
    h = dict(zip(hab.attributes["name"], reproject(hab.geometry, hab.crs, crs)))
    p = dict(zip(pas.attributes["NAME"], reproject(pas.geometry, pas.crs, crs)))
    for habitat, park in (("Argut – Sailyugem (RU)", "Sailyugemsky"),
                          ("SW Primorye – Hunchun (RU–CN)", "Land of the Leopard"),
                          ("Siilkhem (MN)", "Siilkhem Nuruu")):
        shared = area_ha(np.array([shapely.intersection(h[habitat], p[park])]))[0]
        assert shared > 0.25 * area_ha(np.array([p[park]]))[0], (habitat, park)


def test_kraskino_hunchun_road_crosses_gap_between_parks():
    roads, pas = layer("roads"), layer("protected_areas")
    road = roads.geometry[roads.attributes["name"].str.startswith("Kraskino").to_numpy()][0]
    names = pas.attributes["NAME"]
    lotl = pas.geometry[(names == "Land of the Leopard").to_numpy()][0]
    nctl = pas.geometry[(names == "Northeast China Tiger and Leopard National Park").to_numpy()][0]
    crs = analysis_crs([(pas.geometry, pas.crs)])
    road_m, lotl_m, nctl_m = reproject(np.array([road, lotl, nctl], dtype=object), "EPSG:4326", crs)
    # the road passes between the two parks: within 25 km of both
    assert shapely.distance(road_m, lotl_m) < 25_000 and shapely.distance(road_m, nctl_m) < 25_000
    crossing = layer("crossings_tumen").geometry[0]
    assert shapely.intersects(crossing, road)
    # a core north (Hunchun) and one south (Jingxin) of the road: their link crosses it
    cores = layer("cores_tumen")
    by_id = dict(zip(cores.attributes["core_id"].astype(int), cores.geometry))
    link = shapely.LineString([by_id[3].centroid, by_id[6].centroid])
    assert shapely.intersects(link, road)


def test_crossing_spans_the_road_in_forest_on_its_fenced_segment():
    roads, crossings = layer("roads"), layer("crossings_tumen")
    assert crossings.attributes["type"].tolist() == ["crossing"]
    assert float(crossings.attributes["cost"].iloc[0]) == 1.0
    assert crossings.attributes["name"].iloc[0].startswith("Kraskino")
    names = roads.attributes["name"]
    road = roads.geometry[names.str.startswith("Kraskino").to_numpy()][0]
    fence = roads.geometry[(roads.attributes["highway"] == "fence").to_numpy()]
    assert len(fence) == 1 and float(roads.attributes["cost"][roads.attributes["highway"] == "fence"].iloc[0]) >= 1000
    lc = read_raster(str(resource_path("demo", "landcover_tumen.tif")))
    road_m, fence_m, cross_m = reproject(np.array([road, fence[0], crossings.geometry[0]], dtype=object),
                                         "EPSG:4326", lc.crs)
    # the fence runs on the road, and the crossing sits on the fenced segment
    assert shapely.hausdorff_distance(fence_m, shapely.intersection(road_m, fence_m.buffer(1.0))) < 1.0
    assert shapely.intersects(cross_m, fence_m)
    # it cuts a 500 m wide road band (any BARRIER_WIDTH up to 500 m) in two: it spans the full road width
    band = shapely.intersection(road_m.buffer(250.0), cross_m.buffer(2_000.0))
    assert len(shapely.get_parts(shapely.difference(band, cross_m))) >= 2
    # forest (WorldCover 10, the cheapest class) on both sides: every cell within 800 m of its centre
    x0, dx, _, y0, _, dy = lc.transform
    rows, cols = np.indices(lc.array.shape)
    centre = shapely.centroid(cross_m)
    near = np.hypot(x0 + (cols + 0.5) * dx - centre.x, y0 + (rows + 0.5) * dy - centre.y) < 800.0
    assert near.sum() > 150 and (lc.array[near] == 10).all()


def test_counts_make_criterion_6_cases():
    counts = read_vector(f"{GPKG}|layername=waterbird_counts").attributes
    thr = read_vector(f"{GPKG}|layername=thresholds").attributes
    given = {s: t for s, t in zip(thr["species"], thr["threshold_1pct"]) if t is not None and not np.isnan(t)}
    assert given == {"Black-faced Spoonbill": 70, "Red-crowned Crane": 45, "White-naped Crane": 130,
                     "Hooded Crane": 190}
    estimate_only = thr[thr["threshold_1pct"].isna()]
    assert len(estimate_only) == 1 and float(estimate_only["estimate"].iloc[0]) > 0
    tumen = counts[counts["site"] == "tumen_jingxin"]
    seasons_met = {}
    for sp, rows in tumen.groupby("species"):
        if sp in given:
            seasons_met[sp] = (int((rows["count"].astype(int) >= given[sp]).sum()), rows["season"].nunique())
    assert any(met == 2 and n == 3 for met, n in seasons_met.values())
    assert any(met == 1 and n >= 3 for met, n in seasons_met.values())
    assert counts.groupby(["site", "species"])["season"].nunique().min() >= 3


@pytest.mark.parametrize("name", ["landcover_tumen.tif", "landcover_altai.tif"])
def test_landcover_rasters(name):
    path = resource_path("demo", name)
    assert path.stat().st_size < 5 * 1024 * 1024
    r = read_raster(str(path))
    check_projected_raster(r.crs, name)  # projected, metres
    assert r.crs.to_dict().get("proj") == "laea"
    assert r.cell_size == pytest.approx((100.0, 100.0))
    assert r.nodata == 0
    codes = set(np.unique(r.array).tolist())
    assert codes <= {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 100}
    expected = {10, 40, 50, 80, 90} if "tumen" in name else {10, 30, 60, 70}
    assert expected <= codes


def test_rasters_cover_their_cores():
    for raster, cores in (("landcover_tumen.tif", "cores_tumen"), ("landcover_altai.tif", "cores_altai")):
        r = read_raster(str(resource_path("demo", raster)))
        data = layer(cores)
        g = reproject(data.geometry, data.crs, r.crs)
        x0, y0, x1, y1 = r.bounds()
        assert shapely.covers(shapely.box(x0, y0, x1, y1), g).all(), cores


def test_qgis_project_references_every_layer_by_relative_path():
    import zipfile

    path = resource_path("demo", "neaspec_demo.qgz")
    with zipfile.ZipFile(path) as z:
        qgs = z.read(next(n for n in z.namelist() if n.endswith(".qgs"))).decode("utf-8")
    assert str(resource_path("demo")) not in qgs  # relative paths: the project opens from the installed plugin
    for name in CONTRACT:
        assert f"./neaspec_demo.gpkg|layername={name}" in qgs, name
    for tif in ("landcover_tumen.tif", "landcover_altai.tif"):
        assert f"./{tif}" in qgs
    assert "paletted" in qgs  # land cover styled with the WorldCover palette
