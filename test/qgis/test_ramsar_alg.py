"""neaspec:ramsar_candidates and neaspec:ramsar_package run in a real QGIS on files written into tmp_path.

Independent checks: pyproj.Geod areas of the re-read shapefile, GDAL's own reading of .cpg/.dbf/KML, openpyxl for
the XLSX, poppler's pdftotext/pdffonts for the PDFs.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyproj
import pytest
import shapely
from osgeo import ogr

from neaspec_planner.core.vector_io import read_vector, write_table, write_vector

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_ramsar import (  # noqa: E402
    CHN,
    PRK,
    RUS,
    WETLANDS,
    box,
    counts_table,
    species_table,
    thresholds_table,
)

GEOD = pyproj.Geod(ellps="WGS84")
LOCAL = {"cn_a": "敬信湿地", "kp_a": "만포 석호", "ru_a": "Устье реки Туманная", "cross": "边境湿地", "far": "远湿地"}


def geod_ha(geom) -> float:
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e4


def write_inputs(tmp_path: Path) -> dict[str, str]:
    """The synthetic tri-border fixture as files (GeoPackage layers and tables, counts as CSV)."""
    gpkg = tmp_path / "in.gpkg"
    keys = list(WETLANDS)
    write_vector(gpkg, np.array([WETLANDS[k] for k in keys], dtype=object),
                 pd.DataFrame({"site": keys, "name": [k.replace("_", " ").title() + " wetland" for k in keys],
                               "name_local": [LOCAL[k] for k in keys]}), "EPSG:4326", layer_name="wetlands")
    write_vector(gpkg, np.array([CHN, PRK, RUS], dtype=object),
                 pd.DataFrame({"ISO_A3": ["CHN", "-99", "RUS"], "ADM0_A3": ["CHN", "PRK", "RUS"],
                               "NAME_EN": ["China", "North Korea", "Russia"]}),
                 "EPSG:4326", layer_name="countries", append=True)
    write_vector(gpkg, np.array([box(130.60, 42.29, 130.68, 42.335)], dtype=object),
                 pd.DataFrame({"ramsarid": [2343], "officialname": ["Rason Migratory Bird Reserve"],
                               "iso3": ["PRK"]}), "EPSG:4326", layer_name="ramsar", append=True)
    counts = counts_table()
    bad = pd.DataFrame([{"site": "cn_a", "species": "Teal", "season": "2019", "count": "lots"},
                        {"site": "cn_a", "species": "Teal", "season": "2020", "count": "-3"}])
    pd.concat([counts.iloc[:2], bad, counts.iloc[2:]], ignore_index=True).to_csv(tmp_path / "counts.csv", index=False)
    write_table(gpkg, thresholds_table(), layer_name="thresholds", append=True)
    write_table(gpkg, species_table(), layer_name="species", append=True)
    return {"wetlands": f"{gpkg}|layername=wetlands", "countries": f"{gpkg}|layername=countries",
            "ramsar": f"{gpkg}|layername=ramsar", "counts": str(tmp_path / "counts.csv"),
            "thresholds": f"{gpkg}|layername=thresholds", "species": f"{gpkg}|layername=species"}


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, str]:
    return write_inputs(tmp_path)


def run_candidates(run_alg, inputs, tmp_path, **extra):
    params = {"WETLANDS": inputs["wetlands"], "COUNTRIES": inputs["countries"], "RAMSAR": inputs["ramsar"],
              "COUNTS": inputs["counts"], "THRESHOLDS": inputs["thresholds"], "SPECIES": inputs["species"],
              "LINK_DISTANCE": 8000, "ADJACENT_DISTANCE": 10000,
              "OUTPUT": str(tmp_path / "cands.gpkg"), "SUMMARY": str(tmp_path / "summary.gpkg"), **extra}
    return run_alg("neaspec:ramsar_candidates", params)


def test_candidates_algorithm(run_alg, inputs, tmp_path):
    res = run_candidates(run_alg, inputs, tmp_path)
    assert res["N_REJECTED"] == 2 and res["N_CANDIDATES"] == 2 and res["N_COMPONENTS"] == 4
    out = read_vector(res["OUTPUT"])
    assert list(out.attributes.columns[:9]) == ["candidate", "party", "area_ha", "centroid_lat", "centroid_lon",
                                                "extends_abroad", "adjacent_ramsar", "criteria", "evidence"]
    assert out.crs.to_epsg() == 4326
    t = out.attributes[out.attributes["candidate"] == "C02"]
    assert sorted(t["party"]) == ["CHN", "PRK", "RUS"]  # ISO_A3 -99 repaired from ADM0_A3
    geoms = out.geometry[(out.attributes["candidate"] == "C02").to_numpy()]
    expected = geod_ha(shapely.union_all([WETLANDS[k] for k in ("cn_a", "kp_a", "ru_a", "cross")] +
                                         [box(130.60, 42.29, 130.68, 42.335)]))
    assert t["area_ha"].sum() == pytest.approx(expected, rel=5e-4)
    assert sum(geod_ha(g) for g in geoms) == pytest.approx(expected, rel=1e-3)
    cn = t[t["party"] == "CHN"].iloc[0]
    assert "敬信湿地" in cn["name_local"] and "2343" in cn["adjacent_ramsar"]
    assert cn["criteria"] == "2,6" and "2019 (50)" in cn["evidence"]
    from qgis.core import QgsCategorizedSymbolRenderer, QgsVectorLayer

    from neaspec_planner.paths import resource_path

    styled = QgsVectorLayer(res["OUTPUT"], "cands", "ogr")
    assert styled.loadNamedStyle(str(resource_path("styles", "ramsar_candidates.qml")))[1]
    renderer = styled.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "party"
    assert {"CHN", "PRK", "RUS"} <= {c.value() for c in renderer.categories()}
    summary = read_vector(res["SUMMARY"]).attributes.set_index("candidate")
    assert summary.loc["C02", "criteria"] == "2,5,6" and summary.loc["C02", "parties"] == "CHN,PRK,RUS"
    assert int(summary.loc["C02", "n_members"]) == 5


def test_candidates_bad_input_message(run_alg, inputs, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="COUNTRY_FIELD"):
        run_candidates(run_alg, inputs, tmp_path, COUNTRY_FIELD="NAME_EN_X")
    pd.DataFrame({"site": ["cn_a"], "species": ["Teal"], "season": ["2020"]}).to_csv(tmp_path / "c.csv", index=False)
    with pytest.raises(QgsProcessingException, match="COUNTS has no column 'count'"):
        run_candidates(run_alg, inputs, tmp_path, COUNTS=str(tmp_path / "c.csv"))
    assert not (tmp_path / "cands.gpkg").exists()  # nothing written on error


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _pdf_fonts(path: Path) -> list[list[str]]:
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    return [line.split() for line in lines[2:] if line.strip()]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_package(run_alg, inputs, tmp_path):
    cands = run_candidates(run_alg, inputs, tmp_path)["OUTPUT"]
    out = tmp_path / "package out"
    res = run_alg("neaspec:ramsar_package", {"CANDIDATES": cands, "CANDIDATE": "C02", "COUNTRIES": inputs["countries"],
                                             "OUTPUT_FOLDER": str(out)})
    pkg = Path(res["PACKAGE"])
    assert pkg.parent == out and pkg.name.startswith("C02_") and pkg.name.isascii()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary folder left
    components = read_vector(cands).attributes
    for party in ("CHN", "PRK", "RUS"):
        folder = pkg / party
        stem = f"C02_{party}_boundary"
        for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg", ".kml"):
            assert (folder / f"{stem}{ext}").is_file(), f"{stem}{ext}"
        assert (folder / f"{stem}.cpg").read_text().strip().upper() in ("UTF-8", "UTF8")
        shp = read_vector(str(folder / f"{stem}.shp"))
        assert shp.crs.to_epsg() == 4326
        assert all(len(c) <= 10 for c in shp.attributes.columns)
        gis_ha = components.loc[(components["candidate"] == "C02") & (components["party"] == party), "area_ha"].iloc[0]
        assert geod_ha(shp.geometry[0]) == pytest.approx(gis_ha, rel=1e-3)
        assert float(shp.attributes["GIS_HA"].iloc[0]) == pytest.approx(gis_ha, rel=1e-4)
        for name in (f"C02_{party}_map.pdf", f"C02_{party}_RIS_sheet.xlsx", f"C02_{party}_RIS_sheet.html"):
            assert (folder / name).stat().st_size > 1000, name
        for path in folder.iterdir():
            assert path.name.isascii() and not set(path.name) & set('<>:"/\\|?*')
    # non-ASCII names: shapefile (UTF-8 .dbf), KML, XLSX, HTML, PDF
    cn = pkg / "CHN"
    shp = read_vector(str(cn / "C02_CHN_boundary.shp"))
    assert "敬信湿地" in shp.attributes["NAME_LOCAL"].iloc[0]
    ds = ogr.Open(str(cn / "C02_CHN_boundary.kml"))
    kml_text = (cn / "C02_CHN_boundary.kml").read_text(encoding="utf-8")
    assert ds is not None and ds.GetLayer(0).GetFeatureCount() == 1 and "敬信湿地" in kml_text
    ru_kml = (pkg / "RUS" / "C02_RUS_boundary.kml").read_text(encoding="utf-8")
    assert "Устье реки Туманная" in ru_kml
    kp_shp = read_vector(str(pkg / "PRK" / "C02_PRK_boundary.shp"))
    assert "만포 석호" in kp_shp.attributes["NAME_LOCAL"].iloc[0]

    from openpyxl import load_workbook

    ws = load_workbook(cn / "C02_CHN_RIS_sheet.xlsx")["RIS"]
    cells = {str(r[0].value): r[1].value for r in ws.iter_rows(min_row=4) if r[0].value}
    assert any("敬信湿地" in str(v) for v in cells.values())
    gis_key = next(k for k in cells if k.startswith("Area calculated from GIS boundaries"))
    official_key = next(k for k in cells if k.startswith("Official area"))
    assert cells[official_key] in (None, "")
    chn_ha = components.loc[(components["candidate"] == "C02") & (components["party"] == "CHN"), "area_ha"].iloc[0]
    assert float(str(cells[gis_key]).replace(",", "")) == pytest.approx(chn_ha, abs=0.06)
    extends = next(v for k, v in cells.items() if k.startswith("Does the wetland extend"))
    adjacent = next(v for k, v in cells.items() if k.startswith("Is the site adjacent"))
    assert extends.startswith("yes") and "PRK" in extends and "RUS" in extends
    assert adjacent.startswith("yes") and "2343" in adjacent
    assert "中国" in str(cells.get("Contracting Party / 缔约方"))
    html_text = (cn / "C02_CHN_RIS_sheet.html").read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in html_text and "敬信湿地" in html_text and "src=" not in html_text

    for pdf, words in ((cn / "C02_CHN_map.pdf", ["敬信湿地", "C02", "not an official boundary", "km",
                                                 "并非官方边界", "所示边界"]),
                       (pkg / "PRK" / "C02_PRK_map.pdf", ["만포", "조선민주주의인민공화국"]),
                       (pkg / "RUS" / "C02_RUS_map.pdf", ["Туманная", "Российская"]),
                       (pkg / "C02_transboundary_map.pdf", ["中国", "Российская", "조선"])):
        text = _pdf_text(pdf)
        for word in words:
            assert word in text, f"{word!r} not in {pdf.name}"
        fonts = _pdf_fonts(pdf)
        assert fonts, pdf.name
        assert all(row[-5] == "yes" for row in fonts), f"fonts not embedded in {pdf.name}: {fonts}"
        assert any("Noto" in row[0] for row in fonts)


def test_package_unknown_candidate(run_alg, inputs, tmp_path):
    from qgis.core import QgsProcessingException

    cands = run_candidates(run_alg, inputs, tmp_path)["OUTPUT"]
    with pytest.raises(QgsProcessingException, match="C09.*available: C01, C02"):
        run_alg("neaspec:ramsar_package", {"CANDIDATES": cands, "CANDIDATE": "C09",
                                           "OUTPUT_FOLDER": str(tmp_path / "p")})
    assert not (tmp_path / "p").exists() or not any((tmp_path / "p").iterdir())


def test_demo_tumen_estuary_package(run_alg, tmp_path):
    """The bundled demo region: the Tumen estuary complex splits into China, DPRK and Russia, with a complete
    package whose PDFs carry the three scripts."""
    from neaspec_planner.paths import resource_path

    gpkg = resource_path("demo", "neaspec_demo.gpkg")
    assert gpkg.exists(), "demo data missing: run resources/demo/build_demo.py"
    layer = f"{gpkg}|layername="
    res = run_alg("neaspec:ramsar_candidates", {
        "WETLANDS": layer + "wetlands", "COUNTRIES": layer + "countries", "RAMSAR": layer + "ramsar_sites",
        "COUNTS": layer + "waterbird_counts", "THRESHOLDS": layer + "thresholds", "SPECIES": layer + "species",
        "LINK_DISTANCE": 10000, "OUTPUT": str(tmp_path / "c.gpkg"), "SUMMARY": str(tmp_path / "s.gpkg")})
    assert res["N_REJECTED"] == 0
    comps = read_vector(res["OUTPUT"]).attributes
    tumen_id = comps.loc[comps["members"].str.contains("tumen_jingxin"), "candidate"].iloc[0]
    tumen = comps[comps["candidate"] == tumen_id]
    assert sorted(tumen["party"]) == ["CHN", "PRK", "RUS"]
    assert (tumen["extends_abroad"] == 1).all() and (tumen["area_ha"] > 100).all()
    assert "2343" in tumen.loc[tumen["party"] == "RUS", "adjacent_ramsar"].iloc[0]
    assert "2343" in tumen.loc[tumen["party"] == "PRK", "includes_ramsar"].iloc[0]
    pkg = Path(run_alg("neaspec:ramsar_package", {
        "CANDIDATES": res["OUTPUT"], "CANDIDATE": tumen_id, "COUNTRIES": layer + "countries",
        "OUTPUT_FOLDER": str(tmp_path / "pkg")})["PACKAGE"])
    for party, word in (("CHN", "敬信湿地"), ("PRK", "만포"), ("RUS", "Туманн")):
        names = {p.name for p in (pkg / party).iterdir()}
        stem = f"{tumen_id}_{party}"
        assert names == {f"{stem}_boundary{e}" for e in (".shp", ".shx", ".dbf", ".prj", ".cpg", ".kml")} | {
            f"{stem}_map.pdf", f"{stem}_RIS_sheet.xlsx", f"{stem}_RIS_sheet.html"}
        assert word in _pdf_text(pkg / party / f"{stem}_map.pdf")
        assert all(row[-5] == "yes" for row in _pdf_fonts(pkg / party / f"{stem}_map.pdf"))
    combined = _pdf_text(pkg / f"{tumen_id}_transboundary_map.pdf")
    assert all(w in combined for w in ("中国", "조선민주주의인민공화국", "Российская Федерация"))
    assert (pkg / "README.txt").is_file() and (pkg / f"{tumen_id}_components.xlsx").is_file()


def test_candidates_no_overlap_gives_valid_empty_outputs(run_alg, inputs, tmp_path):
    far = tmp_path / "far.gpkg"
    write_vector(far, np.array([box(10.0, 50.0, 10.1, 50.1)], dtype=object), pd.DataFrame({"site": ["rhine"]}),
                 "EPSG:4326", layer_name="wetlands")
    res = run_candidates(run_alg, inputs, tmp_path, WETLANDS=f"{far}|layername=wetlands", COUNTS=None)
    assert res["N_COMPONENTS"] == 0
    out = read_vector(res["OUTPUT"])
    assert len(out) == 0 and "area_ha" in out.attributes.columns
    assert len(read_vector(res["SUMMARY"])) == 0


def test_safe_file_names_and_dbf_text():
    from neaspec_planner.export.ramsar_package import safe_name, truncate_utf8

    assert safe_name("Tumen estuary – 图们江口 / Туманная") == "Tumen_estuary"
    assert safe_name("图们江口", fallback="C04") == "C04"
    assert safe_name("CON") == "_CON" and safe_name("lpt1") == "_lpt1"
    assert safe_name('a<b>c:"d"/e\\f|g?h*i. ') == "a_b_c_d_e_f_g_h_i"
    cut = truncate_utf8("湿" * 100)
    assert len(cut.encode("utf-8")) <= 254 and cut == "湿" * 84


def test_package_language_and_default_countries(run_alg, inputs, tmp_path):
    cands = run_candidates(run_alg, inputs, tmp_path)["OUTPUT"]
    res = run_alg("neaspec:ramsar_package", {"CANDIDATES": cands, "CANDIDATE": "C02", "LANGUAGE": 5,  # 한국어
                                             "OUTPUT_FOLDER": str(tmp_path / "ko")})
    pkg = Path(res["PACKAGE"])
    ris = (pkg / "RUS" / "C02_RUS_RIS_sheet.html").read_text(encoding="utf-8")
    assert "당사국" in ris and "Contracting Party" in ris  # Korean labels forced for every Party, English first
    text = _pdf_text(pkg / "RUS" / "C02_RUS_map.pdf")
    assert "람사르 후보지 C02" in text and "Natural Earth" in text


def test_package_cancel_leaves_nothing(tmp_path):
    from neaspec_planner.core.errors import Cancelled
    from neaspec_planner.export.ramsar_package import build_package

    keys = ["cn_a", "ru_a"]
    attrs = pd.DataFrame({"candidate": ["C01", "C01"], "party": ["CHN", "RUS"], "area_ha": [1.0, 1.0],
                          "name": ["Test", "Test"], "members": keys})
    geoms = np.array([WETLANDS[k] for k in keys], dtype=object)
    out = tmp_path / "out"
    with pytest.raises(Cancelled):
        build_package(geoms, attrs, "C01", out, progress=lambda f: f < 0.4, make_maps=False)
    assert out.exists() and not any(out.iterdir())
    done = build_package(geoms, attrs, "C01", out, make_maps=False)
    assert sorted(p.name for p in done.folder.iterdir()) == ["C01_components.html", "C01_components.xlsx", "CHN",
                                                            "README.txt", "RUS"]


def test_package_from_a_shapefile_copy_of_the_candidates(run_alg, inputs, tmp_path):
    """Candidates saved as a shapefile (field names cut to 10 characters) still give the border answers."""
    res = run_candidates(run_alg, inputs, tmp_path, OUTPUT=str(tmp_path / "cands.shp"))
    shp = read_vector(res["OUTPUT"]).attributes
    assert "adjacent_r" in shp.columns and "extends_ab" in shp.columns
    assert all(len(str(v).encode("utf-8")) <= 254 for v in shp["evidence"])
    assert "敬信湿地" in " ".join(shp["name_local"])
    pkg = Path(run_alg("neaspec:ramsar_package", {"CANDIDATES": res["OUTPUT"], "CANDIDATE": "C02",
                                                  "OUTPUT_FOLDER": str(tmp_path / "p")})["PACKAGE"])
    ris = (pkg / "RUS" / "C02_RUS_RIS_sheet.html").read_text(encoding="utf-8")
    assert "2343 Rason Migratory Bird Reserve" in ris and "Устье реки Туманная" in ris

