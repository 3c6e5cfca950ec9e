"""Input readers on small files written with their REAL field names (WDPA, WDPCA, IUCN, GLWD, Natural Earth, GADM),
plus the loading rows of robustness.md. Expected numbers are hand-computed or pyproj.Geod geodesic areas."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyproj
import pytest
import shapely
from osgeo import ogr, osr

from neaspec_planner.core.crs import as_crs
from neaspec_planner.core.errors import Cancelled, InputError
from neaspec_planner.core.geometry import clean_polygons
from neaspec_planner.core.layers import (
    PA_COLUMNS,
    country_codes,
    detect_country_field,
    detect_pa_schema,
    find_field,
    iucn_range_mask,
    normalise_protected_areas,
    read_legend,
)
from neaspec_planner.core.roles import ROLE_COUNTRIES, ROLE_HABITAT
from neaspec_planner.core.roles import schema_role as suggest_role
from neaspec_planner.core.vector_io import read_vector

GEOD = pyproj.Geod(ellps="WGS84")

WDPA_FIELDS = ["WDPAID", "WDPA_PID", "PA_DEF", "NAME", "ORIG_NAME", "DESIG", "DESIG_ENG", "DESIG_TYPE", "IUCN_CAT",
               "INT_CRIT", "MARINE", "REP_M_AREA", "GIS_M_AREA", "REP_AREA", "GIS_AREA", "NO_TAKE", "NO_TK_AREA",
               "STATUS", "STATUS_YR", "GOV_TYPE", "OWN_TYPE", "MANG_AUTH", "MANG_PLAN", "VERIF", "METADATAID",
               "SUB_LOC", "PARENT_ISO3", "ISO3"]
WDPCA_FIELDS = ["SITE_ID", "SITE_PID", "SITE_TYPE", "NAME_ENG", "NAME", "DESIG", "DESIG_ENG", "DESIG_TYPE",
                "IUCN_CAT", "INT_CRIT", "REALM", "REP_M_AREA", "GIS_M_AREA", "REP_AREA", "GIS_AREA", "NO_TAKE",
                "NO_TK_AREA", "STATUS", "STATUS_YR", "GOV_TYPE", "GOVSUBTYPE", "OWN_TYPE", "OWNSUBTYPE", "MANG_AUTH",
                "MANG_PLAN", "VERIF", "METADATAID", "PRNT_ISO3", "ISO3", "SUPP_INFO", "CONS_OBJ", "INLND_WTRS",
                "OECM_ASMT"]
NUMERIC = {"WDPAID", "SITE_ID", "REP_M_AREA", "GIS_M_AREA", "REP_AREA", "GIS_AREA", "NO_TK_AREA", "STATUS_YR",
           "METADATAID", "presence", "origin", "seasonal", "id_no", "GLWD_ID", "AREA_SKM", "yrcompiled"}


def write_ogr(path: Path, driver: str, rows: list[dict], geoms: list, epsg: int | None = 4326,
              gtype: int = ogr.wkbPolygon, layer: str | None = None, fields: list[str] | None = None) -> str:
    """A real file written with OGR (shapefiles cut long names to 10 characters, as GDAL does)."""
    drv = ogr.GetDriverByName(driver)
    ds = ogr.Open(str(path), 1) if path.exists() and driver == "GPKG" else drv.CreateDataSource(str(path))
    srs = None
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    opts = ["ENCODING=UTF-8"] if driver == "ESRI Shapefile" else []
    lyr = ds.CreateLayer(layer or path.stem, srs, gtype, options=opts)
    fields = fields or list(rows[0])
    for f in fields:
        lyr.CreateField(ogr.FieldDefn(f, ogr.OFTReal if f in NUMERIC else ogr.OFTString))
    defn = lyr.GetLayerDefn()
    for row, geom in zip(rows, geoms):
        feat = ogr.Feature(defn)
        for i, f in enumerate(fields):
            value = row.get(f)
            if value is not None:
                feat.SetField(i, value)
        if geom is not None:
            g = ogr.CreateGeometryFromWkt(geom) if isinstance(geom, str) else ogr.CreateGeometryFromWkb(geom.wkb)
            feat.SetGeometry(g)
        lyr.CreateFeature(feat)
    ds = None  # noqa: F841
    return str(path)


def box_ll(lon: float, lat: float, d: float = 0.1, n: int = 40) -> shapely.Polygon:
    """A densified lon/lat square (geodesic and projected areas then agree)."""
    t = np.linspace(0, 1, n)
    x0, x1, y0, y1 = lon - d, lon + d, lat - d, lat + d
    ring = np.concatenate([np.column_stack([x0 + (x1 - x0) * t, np.full(n, y0)]),
                           np.column_stack([np.full(n, x1), y0 + (y1 - y0) * t]),
                           np.column_stack([x1 - (x1 - x0) * t, np.full(n, y1)]),
                           np.column_stack([np.full(n, x0), y1 - (y1 - y0) * t])])
    return shapely.Polygon(ring)


def geodesic_ha(geom) -> float:
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e4


def wdpa_row(pid, name, orig, iso3, status="Designated", rep_area=100.0, parent=None, **kw):
    row = {f: None for f in WDPA_FIELDS}
    row.update(WDPAID=pid, WDPA_PID=str(pid), PA_DEF="1", NAME=name, ORIG_NAME=orig, DESIG="National Park",
               DESIG_ENG="National Park", DESIG_TYPE="National", IUCN_CAT="II", INT_CRIT="Not Applicable",
               MARINE="0", REP_AREA=rep_area, GIS_AREA=rep_area, STATUS=status, STATUS_YR=2012,
               PARENT_ISO3=parent or iso3, ISO3=iso3)
    row.update(kw)
    return row


UTF8_NAMES = [("Земля леопарда", "RUS"), ("珲春东北虎国家级自然保护区", "CHN"), ("Сийлхэмийн нуруу", "MNG"),
              ("라선철새보호구", "PRK")]


# ------------------------------------------------------------------------------------------------ WDPA schemas


@pytest.fixture
def wdpa_shapefile(tmp_path):
    rows = [wdpa_row(555000001 + i, name, name, iso3) for i, (name, iso3) in enumerate(UTF8_NAMES)]
    rows.append(wdpa_row(555000009, "Khasan", "Хасанский природный парк", "RUS", status="Proposed"))
    rows.append(wdpa_row(555000010, "Shared site", "Shared", "", parent="RUS;CHN"))  # ISO3 empty → PARENT_ISO3
    geoms = [box_ll(130 + i * 0.5, 43.0) for i in range(len(rows))]
    folder = tmp_path / "WDPA_Nov2026_Public_shp_0"
    folder.mkdir()
    return write_ogr(folder / "WDPA_Nov2026_Public_shp-polygons.shp", "ESRI Shapefile", rows, geoms)


def test_legacy_wdpa_shapefile_with_truncated_names(wdpa_shapefile):
    fields = list(read_vector(wdpa_shapefile).attributes.columns)
    assert "PARENT_ISO" in fields and "PARENT_ISO3" not in fields  # the real DBF 10-character cut
    assert find_field(fields, "PARENT_ISO3") == "PARENT_ISO"
    assert detect_pa_schema(fields) == "wdpa"
    pa = normalise_protected_areas(read_vector(wdpa_shapefile))
    assert list(pa.attributes.columns[:len(PA_COLUMNS)]) == PA_COLUMNS
    assert len(pa) == 5  # the Proposed site is left out
    assert pa.report.dropped_status == 1
    assert pa.attributes["pa_id"].tolist()[:2] == ["555000001", "555000002"]
    assert pa.attributes["name"].tolist()[:4] == [n for n, _ in UTF8_NAMES]  # UTF-8 kept through the .cpg
    assert pa.attributes["iso3"].tolist() == ["RUS", "CHN", "MNG", "PRK", "RUS;CHN"]
    assert (pa.attributes["rep_area_km2"] == 100.0).all()
    assert not pa.attributes["approximate"].any()
    assert any("Proposed" in line for line in pa.report.lines())


def test_proposed_sites_kept_when_asked(wdpa_shapefile):
    pa = normalise_protected_areas(read_vector(wdpa_shapefile), include_proposed=True)
    assert len(pa) == 6 and "Proposed" in set(pa.attributes["status"])


def test_wdpca_schema_in_geopackage(tmp_path):
    rows = []
    for i, (name, iso3) in enumerate(UTF8_NAMES):
        row = {f: None for f in WDPCA_FIELDS}
        row.update(SITE_ID=900 + i, SITE_PID=str(900 + i), SITE_TYPE="PA", NAME_ENG=f"Site {i}", NAME=name,
                   DESIG_TYPE="National", IUCN_CAT="Ia", REALM="Terrestrial", REP_AREA=50.5, STATUS="Designated",
                   PRNT_ISO3=iso3, ISO3=iso3)
        rows.append(row)
    rows[1]["STATUS"] = "Proposed"
    path = write_ogr(tmp_path / "WDPCA_Jan2026.gpkg", "GPKG", rows, [box_ll(90 + i, 50) for i in range(4)],
                     layer="WDPCA_poly_Jan2026")
    data = read_vector(path)
    assert detect_pa_schema(data.attributes.columns) == "wdpca"
    pa = normalise_protected_areas(read_vector(path))
    assert pa.attributes["pa_id"].tolist() == ["900", "902", "903"]
    assert pa.attributes["name"].tolist() == ["Site 0", "Site 2", "Site 3"]  # NAME_ENG first
    assert pa.attributes["iso3"].tolist() == ["RUS", "MNG", "PRK"]
    assert pa.attributes["iucn_cat"].eq("Ia").all()
    assert pa.report.schema == "wdpca"


def test_not_a_wdpa_layer_is_refused_with_its_name(tmp_path):
    path = write_ogr(tmp_path / "parks.gpkg", "GPKG", [{"nm": "x"}], [box_ll(100, 50)], layer="my_parks")
    with pytest.raises(InputError, match="my_parks"):
        normalise_protected_areas(read_vector(path))


@pytest.fixture
def wdpa_points(tmp_path):
    rows = [wdpa_row(1, "Tsagaan Shuvuut", "Цагаан шувуут", "MNG", rep_area=360.0),
            wdpa_row(2, "Kedrovaya Pad", "Кедровая Падь", "RUS", rep_area=178.97),
            wdpa_row(3, "No area", "无面积", "CHN", rep_area=0.0),
            wdpa_row(4, "Two parts", "Хоёр хэсэг", "MNG", rep_area=200.0)]
    for r in rows:
        r.pop("GIS_AREA")  # WDPA point files have no GIS_AREA
    fields = [f for f in WDPA_FIELDS if f != "GIS_AREA"]
    return write_ogr(tmp_path / "WDPA_Nov2026_Public_shp-points.shp", "ESRI Shapefile", rows,
                     ["MULTIPOINT ((91.2 50.25))", "MULTIPOINT ((131.5 43.083))", "MULTIPOINT ((130 43))",
                      "MULTIPOINT ((100 50), (101 50))"],
                     gtype=ogr.wkbMultiPoint, fields=fields)


def test_wdpa_points_refused_without_the_option(wdpa_points):
    with pytest.raises(InputError, match=r"WDPA_Nov2026_Public_shp-points.*points.*REP_AREA"):
        normalise_protected_areas(read_vector(wdpa_points))


def test_wdpa_points_buffered_to_circles_of_reported_area(wdpa_points):
    pa = normalise_protected_areas(read_vector(wdpa_points), buffer_points=True)
    assert len(pa) == 3 and pa.attributes["approximate"].all()
    assert pa.report.buffered_points == 3 and pa.report.dropped_points_without_area == 1
    assert any("APPROXIMATE" in line for line in pa.report.lines())
    # equal-area circles: geodesic areas equal REP_AREA (km² → ha)
    assert geodesic_ha(pa.geometry[0]) == pytest.approx(36_000.0, rel=0.005)
    assert geodesic_ha(pa.geometry[1]) == pytest.approx(17_897.0, rel=0.005)
    assert shapely.contains(pa.geometry[0], shapely.Point(91.2, 50.25))
    # a two-part multipoint: two circles sharing the reported area
    assert shapely.get_num_geometries(pa.geometry[2]) == 2
    assert geodesic_ha(pa.geometry[2]) == pytest.approx(20_000.0, rel=0.005)
    assert pa.attributes["name"].tolist() == ["Tsagaan Shuvuut", "Kedrovaya Pad", "Two parts"]


def test_progress_cancel_stops(wdpa_shapefile):
    with pytest.raises(Cancelled):
        normalise_protected_areas(read_vector(wdpa_shapefile), progress=lambda f: False)


# ------------------------------------------------------------------------------------------------ IUCN ranges


def test_iucn_range_filters_with_real_fields(tmp_path):
    codes = [(1, 1, 1), (2, 2, 2), (3, 1, 1), (1, 3, 1), (1, 1, 4), (4, 1, 1), (1, 4, 3), (2, 1, 3), (6, 5, 5)]
    rows = [{"id_no": 15955.0, "sci_name": "Panthera tigris", "presence": p, "origin": o, "seasonal": s,
             "compiler": "IUCN", "yrcompiled": 2022.0, "citation": "IUCN (International Union for Conservation "
             "of Nature)", "subspecies": "altaica", "legend": "Extant (resident)", "category": "EN",
             "kingdom": "ANIMALIA", "order_": "CARNIVORA", "terrestria": "true"} for p, o, s in codes]
    path = write_ogr(tmp_path / "data_0.shp", "ESRI Shapefile", rows, [box_ll(131, 43 + i * 0.3) for i in range(9)])
    attrs = read_vector(path).attributes
    assert suggest_role(attrs.columns, "Polygon") == ROLE_HABITAT
    # defaults presence 1-2, origin 1-2, seasonal 1-3: rows 0, 1, 7 by hand
    assert np.flatnonzero(iucn_range_mask(attrs)).tolist() == [0, 1, 7]
    wide = iucn_range_mask(attrs, presence=(1, 2, 3), origin=(1, 2, 3), seasonal=(1, 2, 3, 4))
    assert np.flatnonzero(wide).tolist() == [0, 1, 2, 3, 4, 7]


def test_birdlife_uppercase_fields_and_bad_codes():
    attrs = pd.DataFrame({"SISID": [22697537] * 3, "SCI_NAME": ["Grus monacha"] * 3, "PRESENCE": [1, 1, 5],
                          "ORIGIN": [1, 1, 1], "SEASONAL": [2, 3, 3]})
    assert np.flatnonzero(iucn_range_mask(attrs)).tolist() == [0, 1]
    assert np.flatnonzero(iucn_range_mask(attrs, seasonal=(3,))).tolist() == [1]
    with pytest.raises(InputError, match="PRESENCE codes"):
        iucn_range_mask(attrs, presence=(9,))
    with pytest.raises(InputError, match="'crane'"):
        iucn_range_mask(pd.DataFrame({"x": [1]}), layer_name="crane")


# ------------------------------------------------------------------------------------------------ countries


@pytest.mark.parametrize(("fields", "expected"), [
    (["featurecla", "scalerank", "ADM0_A3", "ISO_A3", "NAME_EN"], "ISO_A3"),  # Natural Earth
    (["GID_0", "COUNTRY"], "GID_0"),  # GADM level 0
    (["iso3", "name"], "iso3"),
    (["WDPAID", "ISO3", "PARENT_ISO"], "ISO3"),
    (["ADM0_A3", "NAME"], "ADM0_A3"),
    (["name", "population"], None),
])
def test_detect_country_field(fields, expected):
    assert detect_country_field(fields) == expected


def test_natural_earth_minus_99_fixed_from_adm0_a3(tmp_path):
    rows = [{"ADM0_A3": "FRA", "ISO_A3": "-99", "NAME_EN": "France"},
            {"ADM0_A3": "NOR", "ISO_A3": "-99", "NAME_EN": "Norway"},
            {"ADM0_A3": "MNG", "ISO_A3": "MNG", "NAME_EN": "Mongolia"},
            {"ADM0_A3": "KOS", "ISO_A3": "-99", "NAME_EN": "Kosovo"}]
    path = write_ogr(tmp_path / "ne_10m_admin_0_countries.shp", "ESRI Shapefile", rows,
                     [box_ll(i * 5, 45) for i in range(4)])
    attrs = read_vector(path).attributes
    assert suggest_role(attrs.columns, "Polygon") == ROLE_COUNTRIES
    assert country_codes(attrs)[0].tolist() == ["FRA", "NOR", "MNG", "KOS"]
    with pytest.raises(InputError, match="country code field"):
        country_codes(pd.DataFrame({"name": ["x"]}))


# ------------------------------------------------------------------------------------------------ GLWD and legends


def test_legends():
    wc = read_legend("esa_worldcover")
    assert wc["code"].tolist() == [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 100]
    assert set(wc.loc[wc["wetland"], "code"]) == {80, 90, 95}
    g2 = read_legend("glwd_v2")
    assert g2["code"].tolist() == list(range(34))
    labels = dict(zip(g2["code"], g2["label"]))  # codes confirmed in region-facts.md §6
    assert labels[1] == "Freshwater lake" and labels[3] == "Reservoir" and labels[5] == "Large estuarine river"
    assert labels[17] == "Palustrine, regularly flooded, non-forested"
    assert labels[22] == "Arctic/boreal peatland, forested" and labels[21] == "Ephemeral, non-forested"
    assert len(read_legend("glwd_v1_level3")) == 12
    with pytest.raises(InputError):
        read_legend("corine")  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------------ UTF-8, CRSs


def test_utf8_names_and_non_ascii_path(tmp_path):
    folder = tmp_path / "保护区_заповедник"
    folder.mkdir()
    rows = [{"name": n, "iso3": i} for n, i in UTF8_NAMES]
    path = write_ogr(folder / "границы.shp", "ESRI Shapefile", rows, [box_ll(100 + i, 45) for i in range(4)])
    assert (folder / "границы.cpg").read_text().strip().upper().replace("-", "") == "UTF8"
    layer = read_vector(path)
    assert layer.attributes["name"].tolist() == [n for n, _ in UTF8_NAMES]
    assert layer.name == "границы"


# ------------------------------------------------------------------------------------------------ robustness.md


def test_invalid_null_empty_and_sliver_geometries_counted(tmp_path):
    rows = [{"name": k} for k in ("bowtie", "good", "null", "empty", "sliver")]
    geoms = ["POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))", box_ll(0.5, 0.5, d=0.5), None, "POLYGON EMPTY",
             "POLYGON ((0 0, 1 1, 2 2, 0 0))"]
    path = write_ogr(tmp_path / "bad.gpkg", "GPKG", rows, geoms, epsg=4326)
    layer = read_vector(path)
    geometry, index, r = clean_polygons(layer.geometry)
    assert layer.attributes["name"].iloc[index].tolist() == ["bowtie", "good"]
    # bow-tie and the collinear "sliver" are invalid (2 repaired); null, empty and the collapsed sliver are skipped
    assert r.repaired == 2 and r.null_or_empty + r.slivers == 3 and r.total == 5
    assert shapely.is_valid(geometry).all()
    # the bow-tie becomes its two triangles: 2 × 0.25 square degrees
    assert shapely.area(geometry[0]) == pytest.approx(0.5)
    assert "invalid geometries repaired" in r.summary("bad")


def test_z_and_multipart_accepted(tmp_path):
    path = write_ogr(tmp_path / "z.gpkg", "GPKG", [{"name": "z"}],
                     ["MULTIPOLYGON Z (((0 0 5, 1 0 5, 1 1 5, 0 1 5, 0 0 5)), ((2 0 1, 3 0 1, 3 1 1, 2 0 1)))"],
                     gtype=ogr.wkbMultiPolygon25D)
    geometry = clean_polygons(read_vector(path).geometry)[0]
    assert not shapely.has_z(geometry).any()
    assert shapely.get_num_geometries(geometry[0]) == 2
    assert shapely.area(geometry[0]) == pytest.approx(1.5)


def test_curved_geopackage_polygon_segmentised(tmp_path):
    wkt = "CURVEPOLYGON (CIRCULARSTRING (0 0, 1000 0, 0 0))"  # a circle of radius 500 m
    path = write_ogr(tmp_path / "curves.gpkg", "GPKG", [{"name": "circle"}], [wkt], epsg=32652,
                     gtype=ogr.wkbCurvePolygon)
    geometry = clean_polygons(read_vector(path).geometry)[0]
    assert geometry[0].geom_type == "Polygon"
    assert shapely.area(geometry[0]) == pytest.approx(np.pi * 500 ** 2, rel=0.01)


def test_missing_crs_names_the_layer(tmp_path):
    path = write_ogr(tmp_path / "no_crs_parks.shp", "ESRI Shapefile", [{"name": "a"}], [box_ll(0, 0)], epsg=None)
    layer = read_vector(path)
    with pytest.raises(InputError, match="no_crs_parks.*coordinate reference system"):
        as_crs(layer.crs, layer.name)


@pytest.mark.parametrize("suffix", [".gpkg", ".shp", ".geojson"])
def test_corrupt_file_names_the_file(tmp_path, suffix):
    path = tmp_path / f"broken_download{suffix}"
    path.write_bytes(b"\x00\x01garbage" * 100)
    with pytest.raises(InputError, match="broken_download"):
        read_vector(str(path))


def test_truncated_geopackage_names_the_file(tmp_path):
    rows = [{"name": f"p{i}"} for i in range(200)]
    full = write_ogr(tmp_path / "full.gpkg", "GPKG", rows, [box_ll(i * 0.01, 0, d=0.004) for i in range(200)])
    data = Path(full).read_bytes()
    cut = tmp_path / "truncated_wdpa.gpkg"
    cut.write_bytes(data[: len(data) // 3])
    with pytest.raises(InputError, match="truncated_wdpa"):
        read_vector(str(cut))


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="nowhere.gpkg"):
        read_vector(str(tmp_path / "nowhere.gpkg"))


def test_input_file_not_modified(wdpa_shapefile):
    before = {p.name: p.read_bytes() for p in Path(wdpa_shapefile).parent.iterdir()}
    normalise_protected_areas(read_vector(wdpa_shapefile), include_proposed=True)
    after = {p.name: p.read_bytes() for p in Path(wdpa_shapefile).parent.iterdir()}
    assert before == after


def test_country_codes_one_rule_for_every_tool():
    """Overlap, corridors and Ramsar read country codes the same way: any detected field (also a shapefile's cut
    name), codes upper-cased and trimmed, "no code" values (-99, -1, empty, NULL) filled from ADM0_A3, then
    ISO_A3_EH, SOV_A3; still missing stays None ("" in the Ramsar tables)."""
    from neaspec_planner.core import overlap, ramsar
    from neaspec_planner.core.layers import country_codes

    frame = pd.DataFrame({"ISO3166_1_": [" chn", "-1", None, "-99", "rus"],
                          "ADM0_A3": ["CHN", "-99", "PRK", None, "RUS"],
                          "SOV_A3": ["CH1", "KOR", "PRK", None, "RUS"]})
    want = ["CHN", "KOR", "PRK", None, "RUS"]
    codes, used = country_codes(frame, "ISO3166_1_")
    assert used == "ISO3166_1_" and codes.tolist() == want
    assert overlap.country_codes(frame, "ISO3166_1_")[0].tolist() == want
    assert ramsar.country_codes(frame, "ISO3166_1_")[0].tolist() == ["" if c is None else c for c in want]
    assert country_codes(frame[["ISO3166_1_", "SOV_A3"]])[1] == "ISO3166_1_"  # detected
    assert country_codes(pd.DataFrame({"PARENT_ISO": ["mng"]}))[0].tolist() == ["MNG"]  # cut PARENT_ISO3
    with pytest.raises(InputError, match="Layer 'borders' has no field 'ISO'"):
        country_codes(frame, "ISO", "borders")
