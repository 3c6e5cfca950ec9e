"""Candidate transboundary Ramsar sites: wetland complexes split into one component per Party, with the
figures a Ramsar Information Sheet (RIS) asks for and the evidence for Criteria 2, 5 and 6.

Method (docs/algorithms/ramsar_candidates.md):

1. Wetlands (plus existing Ramsar sites, plus protected areas when given) are reprojected to the
   equal-area CRS of the data (``core.crs``) and repaired (``core.geometry.clean_polygons``).
2. A graph links every two polygons closer than ``link_distance`` metres (``STRtree.query(predicate=
   "dwithin")``); its connected components (``scipy.sparse.csgraph``) are the candidate complexes.
3. A complex's boundary is the union of its members, optionally joined across narrow gaps by a closing
   (buffer out, then in, by ``closing`` metres). The closing only ever adds area, never outside the members'
   convex hull (unless ``closing_outside_hull``) and never into the sea (clipped to the union of the countries
   unless ``closing_into_sea``).
4. The boundary is split by the countries into one component per Party (ISO3). Parts outside every country
   polygon (sea, gaps in the country layer) go to the nearest country and are reported.
5. Criteria from waterbird counts: 5 (>= 20,000 waterbirds regularly), 6 (>= 1 % of a population regularly,
   thresholds from Waterbird Population Estimates with their rounding rule), 2 (a VU/EN/CR species occurs).

No QGIS import here.
"""
from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd
import pyproj
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from neaspec_planner.core import layers
from neaspec_planner.core.countries import country_pairs, largest_overlap, make_disjoint, nearest_country
from neaspec_planner.core.crs import WGS84, analysis_crs, area_ha, as_crs, reproject
from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError, Note
from neaspec_planner.core.geometry import clean_polygons, polygonal_part
from neaspec_planner.core.layers import find_field
from neaspec_planner.core.progress import Progress, ProgressFn
from neaspec_planner.core.results import Outcome
from neaspec_planner.core.vector_io import VectorData

#: Rules for "regularly supports" (Ramsar Strategic Framework glossary; wording unverified, see methods.md).
REGULARLY_RULES = ("two_thirds", "mean_max")
#: Red List categories that qualify under Criterion 2.
THREATENED = {"VU": "VU", "EN": "EN", "CR": "CR", "VULNERABLE": "VU", "ENDANGERED": "EN",
              "CRITICALLY ENDANGERED": "CR", "CR(PE)": "CR", "CR (PE)": "CR", "CR(PEW)": "CR"}
#: Parts of a candidate outside every country polygon but within this distance (m) go to the nearest country
#: (12 nautical miles of territorial sea, plus a margin for generalised coastlines); farther parts are left out.
MAX_OFFSHORE = 25_000.0
#: Criterion 5 level (individual waterbirds).
CRITERION5_LEVEL = 20_000
SITE_FIELDS = ("site", "SITE", "name", "NAME")
NAME_FIELDS = ("name", "NAME", "name_en", "NAME_EN", "NAME_ENG", "officialname", "OFFICIALNAME", "site_name")
LOCAL_NAME_FIELDS = ("name_local", "NAME_LOCAL", "ORIG_NAME", "orig_name", "name_loc", "NAME_LOC")
RAMSAR_ID_FIELDS = ("ramsarid", "RAMSARID", "ramsar_id", "RAMSAR_ID", "ramsar_no", "site_no", "WDPAID", "SITE_ID")
RAMSAR_ISO_FIELDS = ("iso3", "ISO3", "PARENT_ISO3", "PARENT_ISO", "PRNT_ISO3", "country_iso3")
#: Output fields of the components (the first nine are the interface contract).
COMPONENT_FIELDS = ("candidate", "party", "area_ha", "centroid_lat", "centroid_lon", "extends_abroad",
                    "adjacent_ramsar", "criteria", "evidence", "name", "comp_name", "name_local", "parties",
                    "n_members", "members", "includes_ramsar", "criteria_all")
SUMMARY_FIELDS = ("candidate", "name", "parties", "n_components", "area_ha", "n_members", "criteria", "evidence")


@dataclass
class RamsarOptions:
    """Settings of the candidate search (distances in metres)."""

    link_distance: float = 5000.0
    closing: float = 0.0
    closing_outside_hull: bool = False
    closing_into_sea: bool = False
    adjacent_distance: float = 5000.0
    regularly: str = "two_thirds"
    min_seasons: int = 3
    min_seasons_mean: int = 5
    regular_fraction: float = 2.0 / 3.0

    def validate(self) -> None:
        if self.regularly not in REGULARLY_RULES:
            raise InputError(QT_TRANSLATE_NOOP("InputError", "REGULARLY must be one of {rules}, not '{value}'."),
                             rules=", ".join(REGULARLY_RULES), value=self.regularly)
        for label, value in (("LINK_DISTANCE", self.link_distance), ("CLOSING", self.closing),
                             ("ADJACENT_DISTANCE", self.adjacent_distance)):
            if not np.isfinite(value) or value < 0:
                raise InputError(QT_TRANSLATE_NOOP("InputError", "{parameter} must be a distance of 0 metres or more "
                                                   "(got {value})."), parameter=label, value=value)
        if self.min_seasons < 1 or self.min_seasons_mean < 1:
            raise InputError(QT_TRANSLATE_NOOP("InputError", "The minimum number of seasons must be at least 1."))


@dataclass
class RejectedRow:
    """A table row that was not used: table name, line (header = line 1) and reason."""

    table: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.table} line {self.line}: {self.reason}"


@dataclass
class RamsarResult(Outcome):
    """Components (one row per candidate × Party), their geometries and the per-candidate summary."""

    components: pd.DataFrame
    geometry: np.ndarray          # in ``crs`` (equal-area, metres)
    geometry_wgs84: np.ndarray    # EPSG:4326, densified so the shape survives the reprojection
    summary: pd.DataFrame
    crs: pyproj.CRS
    messages: list[str] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_FLOAT_FIELDS = ("area_ha", "centroid_lat", "centroid_lon")
_INT_FIELDS = ("extends_abroad", "n_members", "n_components")


def _typed_empty(columns: tuple[str, ...]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=float if c in _FLOAT_FIELDS else "int64" if c in _INT_FIELDS
                                      else object) for c in columns})


def _empty_result(crs: pyproj.CRS, messages: list[str], warning: str) -> RamsarResult:
    """Valid empty outputs and a warning (empty layer, no overlap)."""
    empty = np.empty(0, dtype=object)
    return RamsarResult(_typed_empty(COMPONENT_FIELDS), empty, empty.copy(), _typed_empty(SUMMARY_FIELDS), crs,
                        messages, [], [warning])


# ------------------------------------------------------------------------------------------ thresholds


def wpe_round(one_percent: float | np.ndarray) -> np.ndarray:
    """Round 1 % levels as Waterbird Population Estimates does (1-10 → 1; 11-100 → 5; 101-1,000 → 10; >1,000 → 100).

    >>> wpe_round([46.0, 131.0, 193.0, 70.81, 4.4])
    array([ 45., 130., 190.,  70.,   4.])
    """
    v = np.asarray(one_percent, dtype=float)
    step = np.select([v < 10.5, v < 100.5, v < 1000.5], [1.0, 5.0, 10.0], 100.0)
    rounded = np.floor(v / step + 0.5) * step
    return np.maximum(rounded, 1.0)


def wpe_threshold(estimate: float | np.ndarray) -> np.ndarray:
    """The 1 % threshold of a population estimate: 1 % rounded by ``wpe_round``; estimates >= 2,000,000 → 20,000.

    >>> wpe_threshold([4600, 13100, 19300, 7081, 2_500_000])
    array([   45.,   130.,   190.,    70., 20000.])
    """
    est = np.asarray(estimate, dtype=float)
    return np.where(est >= 2_000_000, 20_000.0, wpe_round(est / 100.0))


# ------------------------------------------------------------------------------------------ tables


def species_key(value: object) -> str:
    """Case- and space-insensitive key of a species name."""
    return " ".join(str(value).strip().lower().split()) if value is not None else ""


def _column(table: pd.DataFrame, names: tuple[str, ...], table_name: str, required: bool = True) -> Optional[str]:
    lower = {str(c).lower(): c for c in table.columns}
    for name in names:
        if name.lower() in lower:
            return lower[name.lower()]
    if required:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Table {table} has no column {wanted} (columns: {columns})."),
                         table=table_name, wanted=" or ".join(repr(n) for n in names),
                         columns=", ".join(map(str, table.columns)) or "none")
    return None


def _numbers(series: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Values as floats and a mask of cells that are present but not numbers ("12a", "n/a")."""
    text = series.astype(object).where(series.notna(), None)
    blank = text.map(lambda v: v is None or (isinstance(v, str) and not v.strip()) or
                     (isinstance(v, float) and math.isnan(v))).to_numpy(bool)
    cleaned = text.map(lambda v: v.strip().replace(",", "").replace("\u00a0", "") if isinstance(v, str) else v)
    values = pd.to_numeric(cleaned, errors="coerce").to_numpy(float)
    bad = ~blank & ~np.isfinite(values)
    return values, bad


def _lines(index: np.ndarray) -> np.ndarray:
    """Line numbers of table rows (header = line 1, first data row = line 2)."""
    return np.asarray(index) + 2


def read_species(table: Optional[pd.DataFrame], name: str = "SPECIES") -> tuple[pd.DataFrame, list[RejectedRow]]:
    """Species table → ``key, species, scientific_name, category`` (category VU/EN/CR or other text)."""
    cols = ["key", "species", "scientific_name", "category"]
    if table is None or not len(table):
        return pd.DataFrame(columns=cols), []
    table = table.reset_index(drop=True)
    sp = _column(table, ("species",), name)
    sci = _column(table, ("scientific_name", "sci_name", "binomial"), name, required=False)
    cat = _column(table, ("redlist_category", "category", "iucn_category", "red_list"), name)
    keys = table[sp].map(species_key)
    missing = (keys == "").to_numpy()
    rejected = [RejectedRow(name, int(line), "no species name") for line in _lines(np.flatnonzero(missing))]
    out = pd.DataFrame({
        "key": keys,
        "species": table[sp].astype(str).str.strip(),
        "scientific_name": table[sci].fillna("").astype(str).str.strip() if sci else "",
        "category": table[cat].fillna("").astype(str).str.strip().str.upper(),
    })[~missing]
    return out.drop_duplicates("key").reset_index(drop=True), rejected


def _aliases(species: pd.DataFrame) -> dict[str, str]:
    """Scientific names → the species key of the species table (counts may use either)."""
    alias = {k: k for k in species["key"]}
    for key, sci in zip(species["key"], species["scientific_name"]):
        if sci:
            alias.setdefault(species_key(sci), key)
    return alias


def read_thresholds(table: Optional[pd.DataFrame], aliases: dict[str, str],
                    name: str = "THRESHOLDS") -> tuple[pd.DataFrame, list[RejectedRow]]:
    """Thresholds table → ``key, species, population, threshold, source`` (one row per population).

    ``threshold_1pct`` is used when given; otherwise the threshold is computed from ``estimate`` with the
    Waterbird Population Estimates rounding rule (``wpe_threshold``).
    """
    cols = ["key", "species", "population", "threshold", "source"]
    if table is None or not len(table):
        return pd.DataFrame(columns=cols), []
    table = table.reset_index(drop=True)
    sp = _column(table, ("species",), name)
    pop = _column(table, ("population", "biogeographic_population"), name, required=False)
    t1 = _column(table, ("threshold_1pct", "threshold", "one_percent", "1pct"), name, required=False)
    est = _column(table, ("estimate", "population_estimate", "pop_estimate"), name, required=False)
    if t1 is None and est is None:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Table {table} needs a 'threshold_1pct' or an 'estimate' "
                                               "column (columns: {columns})."),
                         table=name, columns=", ".join(map(str, table.columns)))
    n = len(table)
    t1v, t1bad = _numbers(table[t1]) if t1 else (np.full(n, np.nan), np.zeros(n, bool))
    estv, estbad = _numbers(table[est]) if est else (np.full(n, np.nan), np.zeros(n, bool))
    keys = table[sp].map(species_key).to_numpy(object)
    reasons = np.full(n, "", dtype=object)
    reasons[estbad] = f"'{est}' is not a number"
    reasons[t1bad] = f"'{t1}' is not a number"
    reasons[np.isfinite(t1v) & (t1v <= 0)] = f"'{t1}' must be greater than 0"
    reasons[~np.isfinite(t1v) & np.isfinite(estv) & (estv <= 0)] = f"'{est}' must be greater than 0"
    reasons[(reasons == "") & ~np.isfinite(t1v) & ~np.isfinite(estv)] = "no threshold_1pct and no estimate"
    reasons[keys == ""] = "no species name"
    ok = reasons == ""
    threshold = np.where(np.isfinite(t1v), t1v, wpe_threshold(np.nan_to_num(estv, nan=1.0)))
    source = np.array(["given" if np.isfinite(t) else f"from estimate {e:,.0f}" if np.isfinite(e) else ""
                       for t, e in zip(t1v, estv)], dtype=object)
    out = pd.DataFrame({
        "key": [aliases.get(k, k) for k in keys],
        "species": table[sp].astype(str).str.strip().to_numpy(),
        "population": table[pop].fillna("").astype(str).str.strip().to_numpy() if pop else "",
        "threshold": threshold,
        "source": source,
    })[ok].reset_index(drop=True)
    rejected = [RejectedRow(name, int(line), str(r)) for line, r in zip(_lines(np.flatnonzero(~ok)), reasons[~ok])]
    return out, rejected


def read_counts(table: Optional[pd.DataFrame], sites: set[str], known_species: Optional[set[str]],
                aliases: dict[str, str], name: str = "COUNTS") -> tuple[pd.DataFrame, list[RejectedRow]]:
    """Counts table → ``site, key, season, count`` with bad rows rejected (text in ``count``, negative counts,
    unknown species, sites not in the wetlands layer, missing season).

    Several rows for the same site, species and season (several visits) keep the maximum.
    """
    cols = ["site", "key", "season", "count"]
    if table is None or not len(table):
        return pd.DataFrame(columns=cols), []
    table = table.reset_index(drop=True)
    site_c = _column(table, ("site",), name)
    sp_c = _column(table, ("species",), name)
    season_c = _column(table, ("season", "year"), name)
    count_c = _column(table, ("count", "individuals", "number"), name)
    n = len(table)
    counts, bad = _numbers(table[count_c])
    site = table[site_c].map(lambda v: "" if v is None or (isinstance(v, float) and math.isnan(v))
                             else str(v).strip()).to_numpy(object)
    season = table[season_c].map(_season_text).to_numpy(object)
    keys = np.array([aliases.get(k, k) for k in table[sp_c].map(species_key)], dtype=object)
    reasons = np.full(n, "", dtype=object)
    reasons[~np.isfinite(counts)] = f"no count in '{count_c}'"
    reasons[np.isfinite(counts) & (counts < 0)] = f"negative count ({count_c})"
    reasons[bad] = [f"'{count_c}' is not a number ({table[count_c].iloc[i]!r})" for i in np.flatnonzero(bad)]
    reasons[season == ""] = f"no season in '{season_c}'"
    if known_species is not None:
        unknown = np.array([k not in known_species for k in keys], dtype=bool) & (keys != "")
        reasons[unknown] = [f"unknown species '{table[sp_c].iloc[i]}' (not in the thresholds or species table)"
                            for i in np.flatnonzero(unknown)]
    reasons[keys == ""] = "no species name"
    not_site = np.array([s not in sites for s in site], dtype=bool)
    reasons[not_site] = [f"site '{site[i]}' is not in the wetlands layer" for i in np.flatnonzero(not_site)]
    ok = reasons == ""
    out = pd.DataFrame({"site": site[ok], "key": keys[ok], "season": season[ok], "count": counts[ok]})
    out = out.groupby(["site", "key", "season"], as_index=False)["count"].max()
    rejected = [RejectedRow(name, int(line), str(r)) for line, r in zip(_lines(np.flatnonzero(~ok)), reasons[~ok])]
    return out, rejected


def _season_text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _season_sort_key(season: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", season))


# ------------------------------------------------------------------------------------------ criteria


@dataclass
class CriteriaTables:
    """Cleaned counts, thresholds and species for criteria evaluation."""

    counts: pd.DataFrame
    thresholds: pd.DataFrame
    species: pd.DataFrame

    @property
    def empty(self) -> bool:
        return not len(self.counts)


def prepare_tables(counts: Optional[pd.DataFrame], thresholds: Optional[pd.DataFrame],
                   species: Optional[pd.DataFrame], sites: set[str]) -> tuple[CriteriaTables, list[RejectedRow]]:
    """Read and check the three optional tables; returns the cleaned tables and the rejected rows."""
    sp, rej_sp = read_species(species)
    aliases = _aliases(sp)
    th, rej_th = read_thresholds(thresholds, aliases)
    known: Optional[set[str]] = None
    if len(th) or len(sp):
        known = set(th["key"]) | set(sp["key"])
    ct, rej_ct = read_counts(counts, sites, known, aliases)
    return CriteriaTables(ct, th, sp), rej_sp + rej_th + rej_ct


def _fmt(value: float) -> str:
    return f"{value:,.0f}"


def _regular(values: np.ndarray, level: float, seasons: list[str], options: RamsarOptions) -> tuple[bool, str]:
    """Whether ``values`` (one per season, in order) regularly reach ``level``; and the evidence clause."""
    n = len(seasons)
    met = values >= level
    met_seasons = [f"{s} ({_fmt(v)})" for s, v, m in zip(seasons, values, met) if m]
    span = f"{seasons[0]}–{seasons[-1]}" if n > 1 else (seasons[0] if n else "")
    if options.regularly == "mean_max":
        mean = float(values.mean()) if n else 0.0
        ok = n >= options.min_seasons_mean and mean >= level
        text = (f"mean of seasonal maxima {_fmt(mean)} over {n} seasons ({span}); "
                f"reached in {', '.join(met_seasons) or 'no season'}")
        if n < options.min_seasons_mean:
            text += f" [only {n} seasons with counts; {options.min_seasons_mean} needed]"
        return ok, text
    count = int(met.sum())
    ok = n >= options.min_seasons and count >= options.regular_fraction * n - 1e-9
    text = f"reached in {', '.join(met_seasons) or 'no season'}: {count} of {n} seasons with counts ({span})"
    if n < options.min_seasons:
        text += f" [only {n} seasons with counts; {options.min_seasons} needed]"
    return ok, text


def _group_tables(counts: pd.DataFrame, groups: dict[str, list[str]]) -> dict[str, dict[str, dict[str, float]]]:
    """group → species key → season → count summed over the group's sites (one vectorised group-by)."""
    membership = pd.DataFrame([(g, site) for g, sites in groups.items() for site in sites], columns=["group", "site"])
    if not len(membership) or not len(counts):
        return {}
    merged = membership.merge(counts, on="site")
    sums = merged.groupby(["group", "key", "season"], sort=False)["count"].sum()
    nested: dict[str, dict[str, dict[str, float]]] = {}
    for (g, k, season), value in zip(sums.index, sums.to_numpy(float)):
        nested.setdefault(g, {}).setdefault(k, {})[season] = value
    return nested


def evaluate_criteria(tables: CriteriaTables, groups: dict[str, list[str]],
                      options: RamsarOptions) -> dict[str, tuple[str, str]]:
    """Criteria met (``"2,5,6"``) and evidence text for each group of sites (key → list of site keys).

    A group's count of a species in a season is the sum over its sites (each site's maximum for that season);
    the seasons considered are those with any count at the group's sites (a species not counted in such a
    season counts 0 there).
    """
    out: dict[str, tuple[str, str]] = {g: ("", "") for g in groups}
    names = _display_names(tables)
    threatened = [(k, THREATENED[c]) for k, c in zip(tables.species["key"], tables.species["category"])
                  if c in THREATENED]
    thresholds = list(zip(tables.thresholds["key"], tables.thresholds["population"],
                          tables.thresholds["threshold"], tables.thresholds["source"]))
    needed = options.min_seasons_mean if options.regularly == "mean_max" else options.min_seasons
    for gkey, table in _group_tables(tables.counts, groups).items():
        seasons = sorted({s for per_season in table.values() for s in per_season}, key=_season_sort_key)
        series = {k: np.array([per_season.get(s, 0.0) for s in seasons]) for k, per_season in table.items()}
        met: list[str] = []
        evidence: list[str] = []
        # Criterion 2: a threatened species was counted.
        present = [(k, cat) for k, cat in threatened if k in series and series[k].max() > 0]
        if present:
            met.append("2")
            evidence.append("Criterion 2: " + "; ".join(
                f"{names.get(k, k)} ({cat}) counted in {', '.join(s for s, v in zip(seasons, series[k]) if v > 0)} "
                f"(max {_fmt(series[k].max())})" for k, cat in present))
        # Criterion 5: total waterbirds per season.
        ok5, text5 = _regular(np.sum(list(series.values()), axis=0), CRITERION5_LEVEL, seasons, options)
        if ok5:
            met.append("5")
            evidence.append(f"Criterion 5: total waterbirds >= {CRITERION5_LEVEL:,} {text5}")
        # Criterion 6: 1 % of a population.
        parts6 = []
        for k, pop, level, source in thresholds:
            if k in series:
                ok6, text6 = _regular(series[k], float(level), seasons, options)
                if ok6:
                    label = names.get(k, k) + (f", population {pop}" if pop else "")
                    parts6.append(f"{label} (1% = {_fmt(level)}, {source}) {text6}")
        if parts6:
            met.append("6")
            evidence.append("Criterion 6: " + "; ".join(parts6))
        if len(seasons) < needed:
            evidence.append(f"Criteria 5 and 6 not assessable: only {len(seasons)} seasons with counts, "
                            f"{needed} needed to show 'regularly'.")
        if not met:
            span = f"{len(seasons)} seasons: {seasons[0]}–{seasons[-1]}" if len(seasons) > 1 else \
                f"1 season: {seasons[0]}"
            evidence.append(f"No criterion met by the counts ({span}).")
        out[gkey] = (",".join(sorted(met, key=int)), " | ".join(evidence))
    return out


def _display_names(tables: CriteriaTables) -> dict[str, str]:
    names: dict[str, str] = {}
    for k, sp, sci in zip(tables.species["key"], tables.species["species"], tables.species["scientific_name"]):
        names[k] = f"{sci} ({sp})" if sci and species_key(sci) != k else sp
    for k, sp in zip(tables.thresholds["key"], tables.thresholds["species"]):
        names.setdefault(k, sp)
    return names


# ------------------------------------------------------------------------------------------ attributes


#: ISO3 code of each country row ("" when missing) and the field used: ``core.layers.country_codes`` with the
#: layer and parameter names of this algorithm.
country_codes = functools.partial(layers.country_codes, layer_name="COUNTRIES", missing="",
                                  parameter="COUNTRY_FIELD")


def _text(attributes: pd.DataFrame, field_name: Optional[str]) -> np.ndarray:
    if not field_name or field_name not in attributes.columns:
        return np.full(len(attributes), "", dtype=object)
    return attributes[field_name].map(lambda v: "" if v is None or (isinstance(v, float) and math.isnan(v))
                                      else str(v).strip()).to_numpy(object)


def _unique(values: Iterable[str]) -> list[str]:
    """Non-empty values, first occurrence kept, duplicates ignoring case removed."""
    seen: dict[str, str] = {}
    for v in values:
        if v and v.casefold() not in seen:
            seen[v.casefold()] = v
    return list(seen.values())


def _join_unique(values: Iterable[str]) -> str:
    return "; ".join(_unique(values))


# ------------------------------------------------------------------------------------------ geometry


@dataclass
class _Members:
    geometry: np.ndarray   # equal-area polygons
    kind: np.ndarray       # "wetland" / "ramsar" / "protected"
    site: np.ndarray       # site key (wetlands) or ""
    name: np.ndarray
    name_local: np.ndarray
    ramsar_id: np.ndarray
    iso3: np.ndarray


def _prepare(data: VectorData, crs: pyproj.CRS, label: str, messages: list[str]) -> tuple[np.ndarray, np.ndarray]:
    geoms = reproject(data.geometry, data.crs, crs)
    clean, index, report = clean_polygons(geoms)
    messages.append(report.summary(label))
    return clean, index


def _check_polygons(data: VectorData, label: str) -> None:
    gtype = (data.geometry_type or "").lower()
    if "point" in gtype or "line" in gtype:
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "Layer {role} ('{layer}') has {geometry} geometries; polygons are needed. Buffer points by "
            "their reported area first (e.g. Vector ▸ Geoprocessing ▸ Buffer)."),
            role=label, layer=data.name, geometry=data.geometry_type)
    if data.crs is None:
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "Layer {role} ('{layer}') has no coordinate reference system. Set it in QGIS (Layer "
            "Properties ▸ Source) and run again."), role=label, layer=data.name)


def _components_of_graph(geoms: np.ndarray, distance: float) -> np.ndarray:
    """Label of each polygon's connected component in the graph of polygons within ``distance`` metres."""
    n = len(geoms)
    tree = shapely.STRtree(geoms)
    if distance > 0:
        pairs = tree.query(geoms, predicate="dwithin", distance=distance)
    else:
        pairs = tree.query(geoms, predicate="intersects")
    graph = coo_matrix((np.ones(pairs.shape[1], dtype=np.int8), (pairs[0], pairs[1])), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    return labels


def _split_by_country(unions: np.ndarray, country_geoms: np.ndarray, country_codes_: np.ndarray,
                      messages: list[str], warnings: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(candidate index, party, geometry) of each national component; sea parts go to the nearest country.

    The steps of ``core.countries`` (``country_pairs``, ``nearest_country``, ``make_disjoint``), with three
    differences from the overlap's ``countries.split_by_country`` that the Ramsar outputs depend on:

    * a candidate inside one country polygon stays whole with the first polygon that contains it, even where
      another (overlapping, disputed) polygon also touches it;
    * pieces are exact intersections with the country polygons (none is dropped as a sliver: border slivers
      are merged into the neighbouring component afterwards and reported, ``_merge_slivers``), and each
      Party's pieces are united into one component;
    * what lies in no country polygon goes to the nearest country within ``MAX_OFFSHORE`` (a Ramsar site
      belongs to a Party), the rest is left out with a warning; overlapping country polygons are made disjoint
      per component, beyond 1 m² (the overlap: per piece, beyond 1e-6 m²).
    """
    pairs = country_pairs(unions, country_geoms)
    inside_c, first = np.unique(pairs.inside_feature, return_index=True)
    inside_k = pairs.inside_country[first]
    cross = ~np.isin(pairs.feature, inside_c)
    cand, ctry = pairs.feature[cross], pairs.country[cross]
    pieces = polygonal_part(shapely.intersection(unions[cand], country_geoms[ctry]))
    frame = pd.concat([pd.DataFrame({"cand": inside_c, "party": country_codes_[inside_k], "geom": unions[inside_c]}),
                       pd.DataFrame({"cand": cand, "party": country_codes_[ctry], "geom": pieces})],
                      ignore_index=True)
    offshore = _offshore_parts(unions, inside_c, frame, country_geoms, country_codes_, messages, warnings)
    frame = pd.concat([frame, offshore], ignore_index=True)
    rows = []
    for (c, party), grp in frame.groupby(["cand", "party"], sort=True):
        geom = shapely.union_all(grp["geom"].to_numpy())
        rows.append((c, party, geom))
    cand_i = np.array([r[0] for r in rows], dtype=int)
    parties = np.array([r[1] for r in rows], dtype=object)
    geoms = np.array([r[2] for r in rows], dtype=object) if rows else np.empty(0, dtype=object)
    geoms = polygonal_part(geoms) if len(geoms) else geoms
    # Overlapping country polygons would count area twice: the first party (alphabetical) keeps it.
    if len(geoms):
        geoms, resolved = make_disjoint(geoms, cand_i, shapely.area(unions), rel_tol=1e-7, abs_tol=1.0)
        for c in resolved:
            messages.append(Note(QT_TRANSLATE_NOOP(
                "InputError", "Country polygons overlap inside candidate {candidate}: the overlap was given to one "
                              "country only (check COUNTRIES)."), candidate=c + 1))
    return cand_i, parties, geoms


def _offshore_parts(unions: np.ndarray, inside_c: np.ndarray, frame: pd.DataFrame, country_geoms: np.ndarray,
                    country_codes_: np.ndarray, messages: list[str], warnings: list[str]) -> pd.DataFrame:
    """The parts of the candidates outside every country polygon (sea, gaps between country polygons) as rows
    ``cand, party, geom``: each goes to the nearest country within ``MAX_OFFSHORE``; farther parts are left out
    with a warning."""
    covered = np.empty(len(unions), dtype=object)
    covered[:] = [shapely.Polygon()] * len(unions)
    for c, grp in frame[np.isin(frame["cand"], inside_c, invert=True)].groupby("cand"):
        covered[c] = shapely.union_all(grp["geom"].to_numpy())
    rest = np.empty(len(unions), dtype=object)
    rest[:] = [shapely.Polygon()] * len(unions)
    todo = np.setdiff1d(np.arange(len(unions)), inside_c)
    rest[todo] = polygonal_part(shapely.difference(unions[todo], covered[todo]))
    rest_area = shapely.area(rest)
    none = pd.DataFrame({"cand": np.empty(0, int), "party": np.empty(0, object), "geom": np.empty(0, object)})
    if not np.any(rest_area > 1.0):
        return none
    parts, owner = shapely.get_parts(rest[rest_area > 1.0], return_index=True)
    owner = np.flatnonzero(rest_area > 1.0)[owner]
    keep = shapely.area(parts) > 0
    parts, owner = parts[keep], owner[keep]
    nearest = nearest_country(parts, country_geoms, MAX_OFFSHORE)
    near = nearest >= 0
    if (~near).any():
        warnings.append(Note(QT_TRANSLATE_NOOP(
            "InputError", "{area:,.1f} ha of the candidates lie more than {km:g} km from every country polygon "
                          "and were left out (check that COUNTRIES covers the wetlands)."),
            area=shapely.area(parts[~near]).sum() / 1e4, km=MAX_OFFSHORE / 1000))
    if near.any():
        messages.append(Note(QT_TRANSLATE_NOOP(
            "InputError", "{area:,.1f} ha of the candidates lie outside every country polygon (sea or gaps in "
                          "COUNTRIES) and were given to the nearest country."),
            area=shapely.area(parts[near]).sum() / 1e4))
    return pd.DataFrame({"cand": owner[near], "party": country_codes_[nearest[near]], "geom": parts[near]})


def _member_pairs(comp: np.ndarray, member_geoms: np.ndarray) -> pd.DataFrame:
    """(component, member, shared area) for members holding at least 1 % of their area in the component."""
    tree = shapely.STRtree(member_geoms)
    ci, mi = tree.query(comp, predicate="intersects")
    inter = shapely.area(shapely.intersection(comp[ci], member_geoms[mi]))
    share = inter / np.maximum(shapely.area(member_geoms[mi]), 1e-12)
    pairs = pd.DataFrame({"comp": ci, "member": mi, "area": inter})
    return pairs[(inter > 0) & (share >= 0.01)]


def _merge_slivers(cand_i: np.ndarray, parties: np.ndarray, geoms: np.ndarray, unions: np.ndarray,
                   member_geoms: np.ndarray, messages: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Border slivers join the largest component of their candidate: components under 0.01 % of the candidate
    that are either under 0.05 ha or hold no member's share of 1 % or more (the edge of a wetland that lies in
    the neighbouring country, drawn a few metres across the border)."""
    areas = shapely.area(geoms)
    total = shapely.area(unions)[cand_i]
    with_members = np.zeros(len(geoms), dtype=bool)
    with_members[_member_pairs(geoms, member_geoms)["comp"].to_numpy()] = True
    sliver = (areas < 1e-4 * total) & ((areas < 500.0) | ~with_members)
    if not sliver.any():
        return cand_i, parties, geoms
    keep = ~sliver
    for i in np.flatnonzero(sliver):
        sel = np.flatnonzero((cand_i == cand_i[i]) & ~sliver)
        if len(sel):
            target = sel[np.argmax(areas[sel])]
            geoms[target] = shapely.union(geoms[target], geoms[i])
        else:
            keep[i] = True
    messages.append(Note(QT_TRANSLATE_NOOP(
        "InputError", "{count} border slivers ({area:,.2f} ha in all) merged into the neighbouring component."),
        count=int((~keep).sum()), area=areas[~keep].sum() / 1e4))
    return cand_i[keep], parties[keep], geoms[keep]


def _centroids(geoms: np.ndarray) -> np.ndarray:
    """Centroid, or a point on the surface where the centroid falls outside the polygon."""
    cents = shapely.centroid(geoms)
    inside = shapely.contains_properly(geoms, cents)
    cents[~inside] = shapely.point_on_surface(geoms[~inside])
    return cents


def find_candidates(wetlands: VectorData, countries: VectorData, site_field: Optional[str] = None,
                    country_field: Optional[str] = None, ramsar: Optional[VectorData] = None,
                    protected: Optional[VectorData] = None, counts: Optional[pd.DataFrame] = None,
                    thresholds: Optional[pd.DataFrame] = None, species: Optional[pd.DataFrame] = None,
                    options: Optional[RamsarOptions] = None,
                    progress: Optional[ProgressFn] = None) -> RamsarResult:
    """Candidate Ramsar complexes, split into national components, with RIS figures and criteria evidence."""
    options = options or RamsarOptions()
    options.validate()
    prog = Progress(progress)
    messages: list[str] = []
    warnings: list[str] = []
    sfield = _check_inputs(wetlands, countries, ramsar, protected, site_field)
    codes, cfield = country_codes(countries.attributes, country_field)
    members_layers = [(wetlands.geometry, wetlands.crs)]
    for extra in (ramsar, protected):
        if extra is not None and len(extra):
            members_layers.append((extra.geometry, extra.crs))
    crs = analysis_crs(members_layers)
    prog(0.02)

    m = _read_members(wetlands, ramsar, protected, sfield, crs, messages)
    if not np.any(m.kind == "wetland"):
        return _empty_result(crs, messages, f"Layer WETLANDS ('{wetlands.name}') has no usable polygons "
                                            f"({messages[0]}): the outputs are empty.")
    prog(0.15)
    cg, ccodes, margin = _countries_near(countries, codes, cfield, m, crs, options, messages)
    if not len(cg):
        return _empty_result(crs, messages, f"Layer COUNTRIES ('{countries.name}') has no polygon within "
                                            f"{margin / 1000:,.0f} km of the wetlands: no national component can be "
                                            "made and the outputs are empty. Check that it covers the wetlands and "
                                            "that both layers have the right CRS.")
    _fill_parties(m, cg, ccodes)
    prog(0.25)
    cx = _complexes(m, options, cg, messages, prog)
    cand_i, parties, comp = _split_by_country(cx.unions, cg, ccodes, messages, warnings)
    cand_i, parties, comp = _merge_slivers(cand_i, parties, comp, cx.unions, m.geometry, messages)
    prog(0.65)
    site_comp, comp_members = _component_members(comp, m)
    cand_name = [_candidate_name(idx, m) for idx in cx.label_members]
    tables, rejected = prepare_tables(counts, thresholds, species, set(v for v in m.site if v))
    for r in rejected:
        messages.append(Note(QT_TRANSLATE_NOOP("InputError", "Rejected {row}"), row=r))
    crit = _criteria(tables, cx.label_members, site_comp, len(comp), m, options)
    prog(0.8)
    frame, summary = _tables(cx, cand_i, parties, comp, comp_members, cand_name, crit, m, crs, options)
    wgs = to_wgs84(comp, crs)
    prog(1.0)
    messages.append(Note(QT_TRANSLATE_NOOP(
        "InputError", "{complexes} candidate complexes, {components} national components (areas in a Lambert azimuthal "
                      "equal-area CRS centred on {centre})."),
        complexes=len(cx.unions), components=len(comp), centre=_centre_text(crs)))
    return RamsarResult(frame, comp, wgs, summary, crs, messages, rejected, warnings)


# ------------------------------------------------------------------------------------------ the phases


def _check_inputs(wetlands: VectorData, countries: VectorData, ramsar: Optional[VectorData],
                  protected: Optional[VectorData], site_field: Optional[str]) -> str:
    """Polygons with a CRS everywhere, and the wetlands' site field (returned)."""
    _check_polygons(wetlands, "WETLANDS")
    _check_polygons(countries, "COUNTRIES")
    if ramsar is not None:
        _check_polygons(ramsar, "RAMSAR")
    if protected is not None:
        _check_polygons(protected, "PROTECTED")
    sfield = site_field or find_field(wetlands.attributes.columns, *SITE_FIELDS)
    if not sfield or sfield not in wetlands.attributes.columns:
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "Layer WETLANDS ('{layer}') has no site field '{field}' (fields: {fields}). Choose it in "
            "SITE_FIELD."), layer=wetlands.name, field=site_field or "site",
            fields=", ".join(map(str, wetlands.attributes.columns)))
    return sfield


def _read_members(wetlands: VectorData, ramsar: Optional[VectorData], protected: Optional[VectorData],
                  sfield: str, crs: pyproj.CRS, messages: list[str]) -> _Members:
    """Wetlands, existing Ramsar sites (only those of a whole WDPA download) and protected areas as members of
    the complexes, in the analysis CRS, repaired, with their names, ids and ISO3 ("" when not given)."""
    parts: list[_Members] = []
    wg, wi = _prepare(wetlands, crs, "WETLANDS", messages)
    wa = wetlands.attributes.iloc[wi].reset_index(drop=True)
    site = _text(wa, sfield)
    name_f = find_field(wa.columns, *NAME_FIELDS)
    local_f = find_field(wa.columns, *LOCAL_NAME_FIELDS)
    names = _text(wa, name_f)
    names = np.where(names == "", site, names)
    parts.append(_Members(wg, np.full(len(wg), "wetland", object), site, names, _text(wa, local_f),
                          np.full(len(wg), "", object), _text(wa, find_field(wa.columns, *RAMSAR_ISO_FIELDS))))
    if ramsar is not None and len(ramsar):
        desig = find_field(ramsar.attributes.columns, "DESIG_ENG", "desig_eng")
        if desig:  # a whole WDPA download: keep its Ramsar sites
            is_ramsar = ramsar.attributes[desig].fillna("").astype(str).str.contains("Ramsar", case=False).to_numpy()
            messages.append(Note(QT_TRANSLATE_NOOP(
                "InputError", "RAMSAR: {ramsar} of {count} features are Ramsar sites ({desig})."),
                ramsar=int(is_ramsar.sum()), count=len(is_ramsar), desig=desig))
            ramsar = VectorData(ramsar.geometry[is_ramsar], ramsar.attributes[is_ramsar].reset_index(drop=True),
                                ramsar.crs, ramsar.name, ramsar.geometry_type)
        rg, ri = _prepare(ramsar, crs, "RAMSAR", messages)
        ra = ramsar.attributes.iloc[ri].reset_index(drop=True)
        rid = _text(ra, find_field(ra.columns, *RAMSAR_ID_FIELDS))
        rid = np.array([v[:-2] if v.endswith(".0") else v for v in rid], dtype=object)
        rname = _text(ra, find_field(ra.columns, "officialname", "OFFICIALNAME", *NAME_FIELDS))
        parts.append(_Members(rg, np.full(len(rg), "ramsar", object), np.full(len(rg), "", object), rname,
                              _text(ra, find_field(ra.columns, *LOCAL_NAME_FIELDS)), rid,
                              _text(ra, find_field(ra.columns, *RAMSAR_ISO_FIELDS))))
    if protected is not None and len(protected):
        pg, pi = _prepare(protected, crs, "PROTECTED", messages)
        pa = protected.attributes.iloc[pi].reset_index(drop=True)
        pname = _text(pa, find_field(pa.columns, "NAME_ENG", *NAME_FIELDS))
        parts.append(_Members(pg, np.full(len(pg), "protected", object), np.full(len(pg), "", object), pname,
                              _text(pa, find_field(pa.columns, *LOCAL_NAME_FIELDS)), np.full(len(pg), "", object),
                              _text(pa, find_field(pa.columns, "ISO3", "iso3", "PARENT_ISO3"))))
    return _Members(*(np.concatenate([getattr(p, f) for p in parts]) for f in _Members.__dataclass_fields__))


def _countries_near(countries: VectorData, codes: np.ndarray, cfield: str, m: _Members, crs: pyproj.CRS,
                    options: RamsarOptions, messages: list[str]) -> tuple[np.ndarray, np.ndarray, float]:
    """Country polygons with a code, clipped to the members' surroundings (and the margin used)."""
    cg = reproject(countries.geometry, countries.crs, crs)
    margin = max(options.link_distance, options.closing, options.adjacent_distance) * 2 + 100_000.0
    x0, y0, x1, y1 = shapely.total_bounds(m.geometry)
    cg = shapely.clip_by_rect(shapely.make_valid(shapely.force_2d(cg)), x0 - margin, y0 - margin,
                              x1 + margin, y1 + margin)
    cg, ci, _ = clean_polygons(cg)
    ccodes = codes[ci]
    valid = ccodes != ""
    if (~valid).any():
        messages.append(Note(QT_TRANSLATE_NOOP(
            "InputError", "{count} country polygons without a code in '{field}' were ignored."),
            count=int((~valid).sum()), field=cfield))
    cg, ccodes = cg[valid], ccodes[valid]
    return cg, ccodes, margin


def _fill_parties(m: _Members, cg: np.ndarray, ccodes: np.ndarray) -> None:
    """Members without an ISO3 attribute get the country holding most of them; codes upper-cased."""
    unknown = np.flatnonzero(m.iso3 == "")
    if len(unknown):
        m.iso3[unknown] = ccodes[largest_overlap(m.geometry[unknown], cg)]
    m.iso3 = np.array([str(v).upper() for v in m.iso3], dtype=object)


@dataclass
class _Complexes:
    """Candidate complexes: their boundaries (closed across narrow gaps), members and ids, west to east."""

    unions: np.ndarray
    label_members: list[np.ndarray]
    cand_ids: np.ndarray


def _complexes(m: _Members, options: RamsarOptions, cg: np.ndarray, messages: list[str],
               prog: Progress) -> _Complexes:
    """Members closer than ``link_distance`` linked into complexes (those holding a wetland, or Ramsar sites of
    two Parties), united, optionally closed, and ordered west to east, then south to north (ids C01, C02, …)."""
    labels = _components_of_graph(m.geometry, options.link_distance)
    groups = pd.DataFrame({"label": labels, "kind": m.kind, "iso3": m.iso3})
    has_wetland = groups.groupby("label")["kind"].apply(lambda k: bool((k == "wetland").any()))
    ramsar_parties = groups[groups["kind"] == "ramsar"].groupby("label")["iso3"].nunique()
    keep_labels = [lab for lab in has_wetland.index if has_wetland[lab] or ramsar_parties.get(lab, 0) >= 2]
    label_members = [np.flatnonzero(labels == lab) for lab in keep_labels]
    unions = np.array([shapely.union_all(m.geometry[idx]) for idx in label_members], dtype=object)
    prog(0.4)
    if options.closing > 0 and len(unions):
        c = options.closing
        closed = shapely.buffer(shapely.buffer(unions, c, quad_segs=8), -c, quad_segs=8)
        if not options.closing_outside_hull:
            closed = shapely.intersection(closed, shapely.convex_hull(unions))
        if not options.closing_into_sea:
            closed = shapely.intersection(closed, shapely.union_all(cg))
        added = polygonal_part(shapely.difference(closed, unions))
        unions = polygonal_part(shapely.union(unions, added))
        messages.append(Note(QT_TRANSLATE_NOOP(
            "InputError", "Closing by {closing:,.0f} m added {area:,.1f} ha across narrow gaps."),
            closing=c, area=shapely.area(added).sum() / 1e4))
    prog(0.5)
    rep = shapely.point_on_surface(unions) if len(unions) else unions
    order = np.lexsort((shapely.get_y(rep), np.round(shapely.get_x(rep), -3))) if len(unions) else np.empty(0, int)
    unions = unions[order]
    label_members = [label_members[i] for i in order]
    width = max(2, len(str(len(unions))))
    cand_ids = np.array([f"C{i + 1:0{width}d}" for i in range(len(unions))], dtype=object)
    return _Complexes(unions, label_members, cand_ids)


def _component_members(comp: np.ndarray, m: _Members) -> tuple[dict, list[np.ndarray]]:
    """Each site's component (the one holding most of it: its counts go there) and each component's members
    (those holding at least 1 % of their area in it, largest share first)."""
    # a member belongs to a component holding at least 1 % of it (not a border sliver of it)
    pairs = _member_pairs(comp, m.geometry)
    # Each site's counts go to the component holding most of it.
    best = pairs.sort_values("area", ascending=False).drop_duplicates("member")
    site_comp = dict(zip(best["member"], best["comp"]))
    by_comp = {int(c): g["member"].to_numpy() for c, g in pairs.sort_values("area", ascending=False).groupby("comp")}
    comp_members = [by_comp.get(i, np.empty(0, dtype=int)) for i in range(len(comp))]
    return site_comp, comp_members



def _candidate_name(idx: np.ndarray, m: _Members) -> str:
    """The complex's name: its members' names, largest first (three at most), after a key word shared by the
    site keys of two or more Parties."""
    ordered = idx[np.argsort(-shapely.area(m.geometry[idx]), kind="stable")]
    nm = _unique(m.name[ordered])
    prefix = _shared_key_word(m.site[idx], m.iso3[idx])
    return (f"{prefix}: " if prefix else "") + " – ".join(nm[:3]) + (f" (+{len(nm) - 3})" if len(nm) > 3 else "")


def _criteria(tables: CriteriaTables, label_members: list[np.ndarray], site_comp: dict, n_comp: int, m: _Members,
              options: RamsarOptions) -> dict[str, tuple[str, str]]:
    """Criteria and evidence of every candidate (``cand<i>``: all its sites) and component (``comp<i>``)."""
    groups_sites: dict[str, list[str]] = {}
    for i, idx in enumerate(label_members):
        groups_sites[f"cand{i}"] = [str(m.site[j]) for j in idx if m.site[j]]
    comp_sites: dict[int, list[str]] = {i: [] for i in range(n_comp)}
    for j, c in site_comp.items():
        if m.site[j]:
            comp_sites[int(c)].append(str(m.site[j]))
    for i in range(n_comp):
        groups_sites[f"comp{i}"] = comp_sites[i]
    return evaluate_criteria(tables, groups_sites, options) if not tables.empty else {}


def _tables(cx: _Complexes, cand_i: np.ndarray, parties: np.ndarray, comp: np.ndarray,
            comp_members: list[np.ndarray], cand_name: list[str], crit: dict[str, tuple[str, str]], m: _Members,
            crs: pyproj.CRS, options: RamsarOptions) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The components table (COMPONENT_FIELDS, one row per candidate × Party) and the candidates' summary."""
    unions, label_members, cand_ids = cx.unions, cx.label_members, cx.cand_ids
    areas = area_ha(comp)
    cents = _centroids(comp) if len(comp) else comp
    to_ll = pyproj.Transformer.from_crs(crs, WGS84, always_xy=True)
    lon, lat = to_ll.transform(shapely.get_x(cents), shapely.get_y(cents)) if len(comp) else ([], [])
    lon = ((np.asarray(lon, float) + 180.0) % 360.0) - 180.0
    n_parties = pd.Series(cand_i).map(pd.Series(cand_i).value_counts()).to_numpy() if len(comp) else []
    parties_of = {c: ",".join(sorted(set(parties[cand_i == c]))) for c in np.unique(cand_i)}

    ramsar_idx = np.flatnonzero(m.kind == "ramsar")
    adjacent = np.full(len(comp), "", dtype=object)
    includes = np.full(len(comp), "", dtype=object)
    if len(ramsar_idx) and len(comp):
        tree_r = shapely.STRtree(m.geometry[ramsar_idx])
        a_c, a_r = tree_r.query(comp, predicate="dwithin", distance=max(options.adjacent_distance, 1e-6))
        for c in range(len(comp)):
            hits = ramsar_idx[a_r[a_c == c]]
            other = [j for j in hits if m.iso3[j] != parties[c]]
            adjacent[c] = "; ".join(f"{m.ramsar_id[j]} {m.name[j]} ({m.iso3[j]})".strip() for j in other)
        for c in range(len(comp)):
            inside = [j for j in comp_members[c] if m.kind[j] == "ramsar" and m.iso3[j] == parties[c]]
            includes[c] = "; ".join(f"{m.ramsar_id[j]} {m.name[j]}".strip() for j in inside)

    rows = []
    for i in range(len(comp)):
        c = int(cand_i[i])
        mem = comp_members[i]
        own = [j for j in mem if m.iso3[j] == parties[i]] or list(mem)
        crit_c, evid_c = crit.get(f"comp{i}", ("", ""))
        crit_all, _ = crit.get(f"cand{c}", ("", ""))
        rows.append({
            "candidate": cand_ids[c],
            "party": parties[i],
            "area_ha": float(areas[i]),
            "centroid_lat": float(lat[i]),
            "centroid_lon": float(lon[i]),
            "extends_abroad": int(n_parties[i] > 1),
            "adjacent_ramsar": adjacent[i],
            "criteria": crit_c,
            "evidence": evid_c,
            "name": cand_name[c],
            "comp_name": _join_unique(m.name[own]),
            "name_local": _join_unique(m.name_local[own]),
            "parties": parties_of[c],
            "n_members": int(len(mem)),
            "members": _join_unique([m.site[j] or m.ramsar_id[j] or m.name[j] for j in mem]),
            "includes_ramsar": includes[i],
            "criteria_all": crit_all,
        })
    frame = pd.DataFrame(rows, columns=list(COMPONENT_FIELDS))
    if len(frame):
        frame["area_ha"] = frame["area_ha"].astype(float)
        frame["extends_abroad"] = frame["extends_abroad"].astype(int)
        frame["n_members"] = frame["n_members"].astype(int)

    summary = pd.DataFrame([{
        "candidate": cand_ids[c],
        "name": cand_name[c],
        "parties": parties_of.get(c, ""),
        "n_components": int((cand_i == c).sum()),
        "area_ha": float(area_ha(unions[c:c + 1])[0]),
        "n_members": int(len(label_members[c])),
        "criteria": crit.get(f"cand{c}", ("", ""))[0],
        "evidence": crit.get(f"cand{c}", ("", ""))[1],
    } for c in range(len(unions)) if (cand_i == c).any()], columns=list(SUMMARY_FIELDS))
    return frame, summary


def _centre_text(crs: pyproj.CRS) -> str:
    op = crs.coordinate_operation
    values = {p.name: p.value for p in op.params} if op is not None else {}
    lon = values.get("Longitude of natural origin", 0.0)
    lat = values.get("Latitude of natural origin", 0.0)
    return f"{lon:g}°E, {lat:g}°N"


def _shared_key_word(sites: np.ndarray, parties: np.ndarray) -> str:
    """The leading word that site keys of two or more Parties share (``tumen_jingxin`` in China and
    ``tumen_tumannaya`` in Russia → ``Tumen``), or "" — a name for the whole complex."""
    words: dict[str, list[str]] = {}
    for site, party in zip(sites, parties):
        word = re.split(r"[_\-\s.]+", str(site).strip())[0].lower() if site else ""
        if len(word) >= 3 and not word.isdigit():
            words.setdefault(word, []).append(str(party))
    # most Parties, then most sites, then alphabetical
    best = sorted((-len(set(p)), -len(p), w) for w, p in words.items() if len(set(p)) >= 2)
    return best[0][2].title() if best else ""


def to_wgs84(geoms: np.ndarray, crs: object, max_segment: float = 1000.0) -> np.ndarray:
    """Equal-area polygons to EPSG:4326, edges densified to ``max_segment`` metres first so that the shape
    (and the area) survive the change of CRS."""
    if not len(geoms):
        return geoms
    dense = shapely.segmentize(geoms, max_segment)
    out = reproject(dense, crs, WGS84)
    return out


def equal_area_of_wgs84(geoms: np.ndarray) -> np.ndarray:
    """Hectares of EPSG:4326 polygons in the equal-area CRS of their own extent."""
    geoms = np.asarray(geoms, dtype=object)
    crs = analysis_crs([(geoms, WGS84)])
    return area_ha(reproject(geoms, WGS84, crs))


__all__ = [
    "RamsarOptions", "RamsarResult", "RejectedRow", "find_candidates", "wpe_threshold", "wpe_round",
    "read_counts", "read_thresholds", "read_species", "prepare_tables", "evaluate_criteria", "country_codes",
    "to_wgs84", "equal_area_of_wgs84", "as_crs",
]


def _largest_overlap(geoms: np.ndarray, countries: np.ndarray, tree: object = None) -> np.ndarray:
    """``countries.largest_overlap`` under the name and arguments connectivity.py still uses (``tree`` is not
    needed); its owner moves the call to core.countries."""
    return largest_overlap(geoms, countries)
