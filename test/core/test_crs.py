"""The projection rule against pyproj.Geod geodesic areas (independent of the code under test)."""
from __future__ import annotations

import numpy as np
import pyproj
import pytest
import shapely

from neaspec_planner.core.crs import analysis_crs, area_ha, equal_area_crs, reproject

GEOD = pyproj.Geod(ellps="WGS84")


def dense_box(lon0, lat0, lon1, lat1, n=200):
    """A lon/lat box with densified edges (so straight-edge vs geodesic-edge differences vanish)."""
    lons = np.linspace(lon0, lon1, n)
    lats = np.linspace(lat0, lat1, n)
    ring = np.concatenate([
        np.column_stack([lons, np.full(n, lat0)]),
        np.column_stack([np.full(n, lon1), lats]),
        np.column_stack([lons[::-1], np.full(n, lat1)]),
        np.column_stack([np.full(n, lon0), lats[::-1]]),
    ])
    return shapely.Polygon(ring)


def geodesic_ha(poly):
    area, _ = GEOD.geometry_area_perimeter(poly)
    return abs(area) / 1e4


@pytest.mark.parametrize("box", [
    (85.0, 35.0, 88.0, 37.0), (130.0, 42.0, 131.5, 43.5), (115.0, 49.0, 118.0, 51.0),
    (160.0, 65.0, 170.0, 70.0), (100.0, 50.0, 101.0, 50.5),
])
def test_region_areas_match_geodesic(box):
    polys = np.array([dense_box(*box)], dtype=object)
    crs = analysis_crs([(polys, "EPSG:4326")])
    ours = area_ha(reproject(polys, "EPSG:4326", crs))[0]
    assert ours == pytest.approx(geodesic_ha(polys[0]), rel=5e-4)


def test_whole_region_one_crs():
    boxes = [(85.0, 35.0, 88.0, 37.0), (130.0, 42.0, 131.5, 43.5), (175.0, 64.0, 179.0, 66.0),
             (120.0, 60.0, 122.0, 62.0)]
    polys = np.array([dense_box(*b) for b in boxes], dtype=object)
    crs = analysis_crs([(polys, "EPSG:4326")])
    ours = area_ha(reproject(polys, "EPSG:4326", crs))
    expected = [geodesic_ha(p) for p in polys]
    np.testing.assert_allclose(ours, expected, rtol=5e-4)


def test_antimeridian_split_and_straddling():
    """Chukotka: a polygon split at 180° and one written across it give the geodesic area, no world sliver."""
    west = dense_box(176.0, 64.0, 180.0, 66.0)
    east = dense_box(-180.0, 64.0, -176.0, 66.0)
    split = shapely.MultiPolygon([west, east])
    expected = geodesic_ha(west) + geodesic_ha(east)
    across = dense_box(176.0, 64.0, 184.0, 66.0)  # longitudes > 180
    wrapped = shapely.Polygon([((x + 180) % 360 - 180, y) for x, y in across.exterior.coords])  # jumps at 180
    polys = np.array([split, across, wrapped], dtype=object)
    crs = analysis_crs([(polys, "EPSG:4326")])
    assert abs(crs.to_dict()["lon_0"]) == pytest.approx(180.0, abs=0.2)
    ours = area_ha(reproject(polys, "EPSG:4326", crs))
    np.testing.assert_allclose(ours, [expected] * 3, rtol=5e-4)


def test_equal_area_crs_is_metres_laea():
    crs = equal_area_crs(130.55, 42.4)
    assert crs.to_dict()["proj"] == "laea"
    assert crs.axis_info[0].unit_name == "metre"
