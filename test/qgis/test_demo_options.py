"""The demo's wildlife-crossing option matters: resistance + compare_options on the bundled Tumen data, with the
parameters of the demo workshop (resources/demo/workshop_demo.toml, through the pipeline's own plan), lower the
least-cost distance of transboundary links and gain corridor at the overpass."""
from __future__ import annotations

import numpy as np
import shapely
from osgeo import gdal, ogr, osr

from neaspec_planner.core.crs import reproject
from neaspec_planner.core.raster_io import read_raster
from neaspec_planner.core.vector_io import read_vector
from neaspec_planner.paths import resource_path
from neaspec_planner.pipeline import demo_config, load_workshop, plan

GPKG = resource_path("demo", "neaspec_demo.gpkg")


def _countries_of_cores() -> dict[int, str]:
    """Core id → ISO3 of the country holding most of it (computed here, not taken from the algorithm)."""
    cores = read_vector(f"{GPKG}|layername=cores_tumen")
    countries = read_vector(f"{GPKG}|layername=countries")
    out = {}
    for cid, geom in zip(cores.attributes["core_id"].astype(int), cores.geometry):
        shares = shapely.area(shapely.intersection(geom, countries.geometry))
        out[int(cid)] = str(countries.attributes["ISO_A3"].iloc[int(np.argmax(shares))])
    return out


def _burn(geom_wkb: bytes, like: str) -> np.ndarray:
    """Cells of the raster ``like`` touched by a polygon (GDAL ALL_TOUCHED), as a bool mask."""
    src = gdal.Open(like)
    mem = gdal.GetDriverByName("MEM").Create("", src.RasterXSize, src.RasterYSize, 1, gdal.GDT_Byte)
    mem.SetGeoTransform(src.GetGeoTransform())
    mem.SetProjection(src.GetProjection())
    vds = ogr.GetDriverByName("Memory").CreateDataSource("")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(src.GetProjection())
    lyr = vds.CreateLayer("c", srs, ogr.wkbPolygon)
    feat = ogr.Feature(lyr.GetLayerDefn())
    feat.SetGeometry(ogr.CreateGeometryFromWkb(geom_wkb))
    lyr.CreateFeature(feat)
    gdal.RasterizeLayer(mem, [1], lyr, burn_values=[1], options=["ALL_TOUCHED=TRUE"])
    return mem.GetRasterBand(1).ReadAsArray().astype(bool)


def test_demo_crossing_lowers_transboundary_lcd_and_gains_corridor(run_alg, tmp_path):
    from qgis.core import QgsVectorLayer

    ws = load_workshop(demo_config())
    steps = {s.title: s for s in plan(ws, tmp_path)}
    res_step, opt_step = steps["resistance tumen"], steps["options tumen"]
    assert ws.layers["crossings_tumen"] in opt_step.params["OPTIONS"]

    res_params = dict(res_step.params, OUTPUT=str(tmp_path / res_step.outputs["OUTPUT"]))
    (tmp_path / "resistance").mkdir()
    baseline = run_alg("neaspec:resistance", res_params)["OUTPUT"]

    # the option as the pipeline passes it: a layer named like in the workshop file
    crossing = QgsVectorLayer(ws.layers["crossings_tumen"], "crossings_tumen", "ogr")
    assert crossing.isValid()
    params = dict(opt_step.params, BASELINE=baseline, OPTIONS=[crossing],
                  TABLE=str(tmp_path / "options.gpkg"), CHANGES=str(tmp_path / "changes"),
                  # the Jingxin–Russian links run through Hunchun's core: kept here, the crossing is what is tested
                  DROP_THROUGH_CORES=False)
    out = run_alg("neaspec:compare_options", params)

    table = read_vector(out["TABLE"]).attributes
    base = table[table["option"] == "baseline"].set_index("link")
    opt = table[table["option"] == "crossings_tumen"].set_index("link")
    assert list(base.index) == list(opt.index) and len(base) > 0
    change = 100.0 * (opt["lcd"].astype(float) - base["lcd"].astype(float)) / base["lcd"].astype(float)
    np.testing.assert_allclose(opt["lcd_change_pct"].astype(float), change, atol=1e-6)
    assert (change <= 1e-6).all()  # an overpass only lowers costs: no link may get longer

    iso = _countries_of_cores()
    trans = [link for link in change.index if iso[int(link.split("-")[0])] != iso[int(link.split("-")[1])]]
    assert trans, "the demo needs transboundary links"
    best = change[trans].min()
    assert best <= -10.0, f"the crossing changes transboundary LCDs by at most {best:.1f} %"
    # the Jingxin core (south of the Kraskino–Hunchun road, CN) to the Russian cores goes through the overpass
    south_links = [link for link in trans if "6" in link.split("-") and "RUS" in {iso[int(c)] for c in link.split("-")}]
    assert south_links and change[south_links].max() <= -10.0

    changes_tif = str(tmp_path / "changes" / "changes_crossings_tumen.tif")
    changes = read_raster(changes_tif)
    assert (changes.array == 1).sum() > 0  # corridor gained
    # ... at the overpass itself: its cells (burned here with GDAL ALL_TOUCHED) are corridor only with the option
    cross = read_vector(ws.layers["crossings_tumen"])
    footprint = reproject(cross.geometry, cross.crs, changes.crs)[0]
    under = changes.array[_burn(shapely.to_wkb(footprint), changes_tif)]
    assert (under == 1).any()
