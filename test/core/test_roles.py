"""Layer roles (``core.roles``): the schema reading on real published field lists, the name and field score,
and the assignment of one layer per role. Expected roles are worked out by hand from the rules."""
from __future__ import annotations

import pytest

from neaspec_planner.core.roles import (
    ROLE_BARRIERS,
    ROLE_CORES,
    ROLE_COUNTRIES,
    ROLE_COUNTS,
    ROLE_HABITAT,
    ROLE_LANDCOVER,
    ROLE_PROTECTED,
    ROLE_RAMSAR,
    ROLE_THRESHOLDS,
    ROLE_WETLANDS,
    ROLES,
    looks_like_option,
    name_role,
    schema_role,
    score,
    suggest_assignment,
)
from neaspec_planner.core.roles import role as role_of

suggest_role = schema_role

# the published field lists (as in test_layers.py)
WDPA_FIELDS = ["WDPAID", "WDPA_PID", "PA_DEF", "NAME", "ORIG_NAME", "DESIG", "DESIG_ENG", "DESIG_TYPE", "IUCN_CAT",
               "INT_CRIT", "MARINE", "REP_M_AREA", "GIS_M_AREA", "REP_AREA", "GIS_AREA", "NO_TAKE", "NO_TK_AREA",
               "STATUS", "STATUS_YR", "GOV_TYPE", "OWN_TYPE", "MANG_AUTH", "MANG_PLAN", "VERIF", "METADATAID",
               "SUB_LOC", "PARENT_ISO3", "ISO3"]
WDPCA_FIELDS = ["SITE_ID", "SITE_PID", "SITE_TYPE", "NAME_ENG", "NAME", "DESIG", "DESIG_ENG", "DESIG_TYPE",
                "IUCN_CAT", "INT_CRIT", "REALM", "REP_M_AREA", "GIS_M_AREA", "REP_AREA", "GIS_AREA", "NO_TAKE",
                "NO_TK_AREA", "STATUS", "STATUS_YR", "GOV_TYPE", "GOVSUBTYPE", "OWN_TYPE", "OWNSUBTYPE", "MANG_AUTH",
                "MANG_PLAN", "VERIF", "METADATAID", "PRNT_ISO3", "ISO3", "SUPP_INFO", "CONS_OBJ", "INLND_WTRS",
                "OECM_ASMT"]


@pytest.mark.parametrize(("fields", "gtype", "role"), [
    (WDPA_FIELDS, "MultiPolygon", ROLE_PROTECTED),
    (WDPCA_FIELDS, "Polygon", ROLE_PROTECTED),
    (["ramsarid", "officialname", "country_en", "iso3", "area_off", "v_idris"], "Point", ROLE_RAMSAR),
    (["habitat", "name"], "MultiPolygon", ROLE_HABITAT),
    (["site", "name", "name_local", "iso3", "wetland_type"], "MultiPolygon", ROLE_WETLANDS),
    (["core_id", "name"], "Polygon", ROLE_CORES),
    (["GID_0", "COUNTRY"], "MultiPolygon", ROLE_COUNTRIES),
    (["osm_id", "highway", "name"], "LineString", ROLE_BARRIERS),
    (["name"], "MultiLineString", ROLE_BARRIERS),
    (["site", "species", "season", "count"], None, ROLE_COUNTS),
    (["species", "population", "threshold_1pct", "estimate"], "NoGeometry", ROLE_THRESHOLDS),
    ([], "Raster", ROLE_LANDCOVER),
    (["foo", "bar"], "Polygon", None),
    (["foo"], None, None),
])
def test_schema_role(fields, gtype, role):
    assert suggest_role(fields, gtype) == role


def test_score_counts_name_keywords_and_fields_for_the_right_kind_only():
    protected = role_of(ROLE_PROTECTED)
    # "wdpa" (3) + "protected" (3) in the name; wdpaid and iucn_cat (2 each) in the fields
    assert score(protected, "WDPA_protected_2024", ["WDPAID", "IUCN_CAT", "other"], "polygon") == 10
    assert score(protected, "WDPA_protected_2024", ["WDPAID"], "line") == 0  # wrong kind: never
    assert score(role_of(ROLE_CORES), "tiger cores", [], "polygon") == 3


def test_name_role_best_score_or_none():
    assert name_role("roads_osm", ["highway", "name"], "line") == ROLE_BARRIERS  # road 3 + highway 2
    assert name_role("ramsar sites", [], "point") == ROLE_RAMSAR
    assert name_role("lake", [], "raster") is None  # wetlands are polygons
    assert name_role("xyz", ["abc"], "polygon") is None


def test_suggest_assignment_one_layer_per_role_schema_first():
    layers = [
        ("a", "layer_1", WDPA_FIELDS, "polygon"),               # schema: protected (5 + 7 fields × 2 = 19)
        ("b", "protected_reserves", ["name"], "polygon"),        # name only: protected 6
        ("c", "ne_10m_admin_0", ["ISO_A3", "NAME_EN"], "polygon"),  # schema: countries
        ("d", "worldcover", [], "raster"),                       # schema: land cover
        ("e", "census", ["site", "species", "season", "count"], "table"),  # schema: counts
        ("f", "camera_crossing", [], "line"),                    # barriers by geometry
    ]
    assert suggest_assignment(layers) == {"protected": "a", "countries": "c", "landcover": "d", "counts": "e",
                                          "barriers": "f"}
    # ties: the first layer listed wins
    assert suggest_assignment([("x", "roads", [], "line"), ("y", "roads", [], "line")]) == {"barriers": "x"}


def test_every_role_has_its_kinds_and_options_are_recognised():
    assert len({r.key for r in ROLES}) == len(ROLES)
    assert all(set(r.kinds) <= {"polygon", "line", "point", "table", "raster"} for r in ROLES)
    assert looks_like_option("Wildlife overpass A") and looks_like_option("restoration_2030")
    assert not looks_like_option("protected_areas")
