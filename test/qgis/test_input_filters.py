"""Real WDPA and IUCN range layers through neaspec:overlap: 'Proposed' sites are not counted as protected unless
asked, and range polygons outside the IUCN presence/origin/seasonal codes are not habitat."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely

from neaspec_planner.core.vector_io import read_vector, write_vector

CRS = "EPSG:3035"  # equal-area: the hand-computed hectares are exact


def _square(x0, y0, side):
    return shapely.box(x0, y0, x0 + side, y0 + side)


@pytest.fixture
def wdpa(tmp_path):
    """Two 1 km² protected areas over a 4 km² habitat square: one designated, one proposed (legacy WDPA)."""
    pas = np.array([_square(0, 0, 1000), _square(1000, 0, 1000)], dtype=object)
    attrs = pd.DataFrame({"WDPAID": [1, 2], "NAME": ["Designated park", "Proposed park"],
                          "STATUS": ["Designated", "Proposed"], "DESIG_TYPE": ["National", "National"]})
    write_vector(tmp_path / "wdpa.gpkg", pas, attrs, CRS, "wdpa")
    habitat = np.array([_square(0, 0, 2000)], dtype=object)
    write_vector(tmp_path / "habitat.gpkg", habitat, pd.DataFrame({"habitat": ["forest"]}), CRS, "habitat")
    return tmp_path


def _protected_ha(run_alg, folder, **extra):
    result = run_alg("neaspec:overlap", {"HABITAT": str(folder / "habitat.gpkg"), "HABITAT_FIELD": "habitat",
                                         "PROTECTED": str(folder / "wdpa.gpkg"), "OUTPUT": str(folder / "o.gpkg"),
                                         "GAPS": str(folder / "g.gpkg"), "SUMMARY": str(folder / "s.csv"),
                                         **extra})
    summary = read_vector(result["SUMMARY"]).attributes
    return float(pd.to_numeric(summary["protected_ha"]).sum()), float(pd.to_numeric(summary["habitat_ha"]).sum())


def test_proposed_sites_left_out_by_default(run_alg, wdpa):
    protected, habitat = _protected_ha(run_alg, wdpa)
    assert habitat == pytest.approx(400.0)
    assert protected == pytest.approx(100.0)  # only the designated 1 km²


def test_proposed_sites_counted_when_asked(run_alg, wdpa):
    protected, _ = _protected_ha(run_alg, wdpa, INCLUDE_PROPOSED=True)
    assert protected == pytest.approx(200.0)


def test_iucn_range_codes_filter_habitat(run_alg, tmp_path):
    """An IUCN range layer: extant native resident (kept), possibly extinct (dropped), introduced (dropped)."""
    ranges = np.array([_square(0, 0, 1000), _square(2000, 0, 1000), _square(4000, 0, 1000)], dtype=object)
    attrs = pd.DataFrame({"id_no": [15955] * 3, "sci_name": ["Panthera tigris altaica"] * 3,
                          "presence": [1, 4, 1], "origin": [1, 1, 3], "seasonal": [1, 1, 1]})
    write_vector(tmp_path / "range.gpkg", ranges, attrs, CRS, "range")
    pas = np.array([_square(0, 0, 5000)], dtype=object)
    write_vector(tmp_path / "wdpa.gpkg", pas, pd.DataFrame({"WDPAID": [9], "STATUS": ["Designated"]}), CRS, "wdpa")
    result = run_alg("neaspec:overlap", {"HABITAT": str(tmp_path / "range.gpkg"),
                                         "PROTECTED": str(tmp_path / "wdpa.gpkg"),
                                         "OUTPUT": str(tmp_path / "o.gpkg"), "GAPS": str(tmp_path / "g.gpkg"),
                                         "SUMMARY": str(tmp_path / "s.csv")})
    summary = read_vector(result["SUMMARY"]).attributes
    assert float(pd.to_numeric(summary["habitat_ha"]).sum()) == pytest.approx(100.0)
    unfiltered = run_alg("neaspec:overlap", {"HABITAT": str(tmp_path / "range.gpkg"),
                                             "PROTECTED": str(tmp_path / "wdpa.gpkg"), "RANGE_FILTER": False,
                                             "OUTPUT": str(tmp_path / "o2.gpkg"), "GAPS": str(tmp_path / "g2.gpkg"),
                                             "SUMMARY": str(tmp_path / "s2.csv")})
    summary = read_vector(unfiltered["SUMMARY"]).attributes
    assert float(pd.to_numeric(summary["habitat_ha"]).sum()) == pytest.approx(300.0)
