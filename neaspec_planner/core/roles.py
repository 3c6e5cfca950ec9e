"""Layer roles of the planner and the suggestion of a role for each layer (pure Python, no QGIS).

A role is what a layer is used for (countries, protected areas, habitat, core areas, land cover …). Two readings
decide it: ``schema_role`` knows published schemas from the field names and the geometry (WDPA/WDPCA, IUCN
ranges, GLWD, Natural Earth, Ramsar, camera-trap tables) and answers only when sure; ``name_role`` scores the
layer name's keywords and characteristic field names. ``suggest_assignment`` gives each role its best layer.
A role whose geometry kind does not fit is never suggested. The dock (``gui/roles.py``) adds the labels.

Kinds: ``polygon``, ``line``, ``point``, ``table`` (no geometry), ``raster``.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Optional

from neaspec_planner.core.layers import detect_country_field, detect_pa_schema, find_field, is_glwd_v1, is_iucn_range

ROLE_HABITAT = "habitat"
ROLE_PROTECTED = "protected"
ROLE_WETLANDS = "wetlands"
ROLE_RAMSAR = "ramsar"
ROLE_COUNTRIES = "countries"
ROLE_LANDCOVER = "landcover"
ROLE_BARRIERS = "barriers"
ROLE_CORES = "cores"
ROLE_COUNTS = "counts"
ROLE_THRESHOLDS = "thresholds"
ROLE_STATIONS = "stations"
ROLE_DETECTIONS = "detections"
ROLE_MONITORING_AREA = "monitoring_area"


@dataclass(frozen=True)
class Role:
    key: str
    kinds: tuple[str, ...]  # polygon, line, point, table, raster
    required_by: str  # the steps that need it ("" = optional everywhere)
    keywords: tuple[str, ...]  # in the layer name: 3 points each
    fields: tuple[str, ...]  # field names (lower case): 2 points each


ROLES: tuple[Role, ...] = (
    Role(ROLE_COUNTRIES, ("polygon",), "overlap, ramsar",
         ("countr", "admin", "adm0", "boundar", "border"),
         ("iso_a3", "adm0_a3", "iso3", "name_en", "name_local", "sovereignt")),
    Role(ROLE_PROTECTED, ("polygon",), "overlap",
         ("protected", "wdpa", "wdpca", "reserve", "park"),
         ("wdpaid", "wdpa_pid", "site_id", "site_pid", "desig", "desig_eng", "desig_type", "iucn_cat", "status_yr")),
    Role(ROLE_HABITAT, ("polygon",), "overlap",
         ("habitat", "range", "distribution"),
         ("habitat", "binomial", "presence", "seasonal")),
    Role(ROLE_BARRIERS, ("line",), "",
         ("road", "fence", "rail", "barrier", "highway"),
         ("highway", "railway", "fclass", "cost")),
    Role(ROLE_CORES, ("polygon",), "corridors",
         ("core",),
         ("core_id",)),
    Role(ROLE_LANDCOVER, ("raster",), "corridors",
         ("landcover", "land_cover", "worldcover", "lulc", "globcover"),
         ()),
    Role(ROLE_WETLANDS, ("polygon",), "ramsar",
         ("wetland", "lagoon", "lake", "marsh"),
         ("wetland_type", "site")),
    Role(ROLE_RAMSAR, ("polygon", "point"), "",
         ("ramsar",),
         ("ramsarid", "officialname", "area_off")),
    Role(ROLE_COUNTS, ("table",), "",
         ("count", "census", "waterbird"),
         ("count", "season", "species", "site")),
    Role(ROLE_THRESHOLDS, ("table",), "",
         ("threshold",),
         ("threshold_1pct", "population", "estimate")),
    Role(ROLE_STATIONS, ("point",), "monitoring",
         ("camera", "station", "trap"),
         ("station", "effort_days", "start", "end")),
    Role(ROLE_DETECTIONS, ("table", "point"), "",
         ("detection", "capture", "photo"),
         ("station", "species", "individual", "date")),
    Role(ROLE_MONITORING_AREA, ("polygon", "raster"), "",
         ("monitoring_area", "monitor", "survey_area", "study_area"),
         ()),
)
ROLE_KEYS = tuple(r.key for r in ROLES)
#: words in a layer name that make it a planning option (crossing, restoration, scenario …)
OPTION_KEYWORDS = ("crossing", "option", "restor", "scenario", "overpass", "underpass", "bridge")
#: the role kind → the geometry name ``schema_role`` reads
GEOMETRY_NAMES = {"polygon": "Polygon", "line": "LineString", "point": "Point", "table": None, "raster": "Raster"}


def role(key: str) -> Role:
    return next(r for r in ROLES if r.key == key)


def schema_role(field_names: Iterable[str], geometry_type: Optional[str]) -> Optional[str]:
    """The role a layer plays by its schema (field names and geometry type), or ``None`` if unsure.

    ``geometry_type``: an OGR/QGIS geometry name ("Polygon", "MultiPolygon", "LineString", "Point", …),
    "Raster" for a raster, or ``None`` / "None" / "NoGeometry" for a table.

    >>> schema_role(["WDPAID", "NAME", "STATUS"], "MultiPolygon")
    'protected'
    """
    names = list(field_names)
    gtype = str(geometry_type or "none").lower()
    if "raster" in gtype:
        return ROLE_LANDCOVER
    detection_like = bool(find_field(names, "station") and find_field(names, "species") and find_field(names, "date"))
    if gtype in ("none", "nogeometry", "no geometry", "unknown_table") or gtype == "":
        if detection_like:  # camera-trap detections keyed by station (neaspec:monitoring_grid)
            return ROLE_DETECTIONS
        if find_field(names, "species") and find_field(names, "count") and find_field(names, "site", "season"):
            return ROLE_COUNTS
        if find_field(names, "species") and find_field(names, "threshold_1pct", "estimate", "threshold"):
            return ROLE_THRESHOLDS
        return None
    if "line" in gtype or ("curve" in gtype and "polygon" not in gtype):
        return ROLE_BARRIERS
    if "point" in gtype and find_field(names, "station"):  # camera-trap stations, or detections as points
        return ROLE_DETECTIONS if detection_like else ROLE_STATIONS
    if find_field(names, "ramsarid", "officialname", "ramsar_id", "area_off"):
        return ROLE_RAMSAR
    if detect_pa_schema(names):
        return ROLE_PROTECTED
    if is_glwd_v1(names) or find_field(names, "wetland_type", "wetland", "GLWD_ID"):
        return ROLE_WETLANDS
    if is_iucn_range(names) or find_field(names, "habitat", "suitability"):
        return ROLE_HABITAT
    if find_field(names, "core_id", "core"):
        return ROLE_CORES
    if detect_country_field(names) or find_field(names, "NAME_EN", "ADMIN", "SOVEREIGNT", "NAME_0", "COUNTRY"):
        return ROLE_COUNTRIES
    return None


def score(r: Role, name: str, fields: Iterable[str], kind: str) -> int:
    """How well a layer fits role ``r`` by its name and fields (0 = not at all, or the wrong kind)."""
    if kind not in r.kinds:
        return 0
    lowered = name.lower()
    names = {f.lower() for f in fields}
    points = sum(3 for k in r.keywords if k in lowered)
    points += sum(2 for f in r.fields if f in names)
    return points


def name_role(name: str, fields: Sequence[str], kind: str) -> Optional[str]:
    """The best-scoring role by name and fields, or None when nothing fits."""
    best, best_score = None, 0
    for r in ROLES:
        s = score(r, name, fields, kind)
        if s > best_score:
            best, best_score = r.key, s
    return best


def kind_schema_role(fields: Sequence[str], kind: str) -> Optional[str]:
    """``schema_role`` for a layer of role kind ``kind`` (None for a key that is not a role)."""
    key = schema_role(list(fields), GEOMETRY_NAMES.get(kind))
    return key if key in ROLE_KEYS else None


def suggest_assignment(layers: Sequence[tuple[str, str, Sequence[str], str]]) -> dict[str, str]:
    """Role → layer id for ``layers`` given as ``(id, name, fields, kind)``: the best-scoring layer per role
    (the first one wins ties); a layer gets at most the one role it fits best. The schema decides first (and
    adds 5 points); the name and field score ranks the layers and fills in.

    >>> suggest_assignment([("a", "roads", ["highway"], "line"), ("b", "wdpa_2024", ["WDPAID"], "polygon")])
    {'barriers': 'a', 'protected': 'b'}
    """
    best: dict[str, tuple[int, str]] = {}
    for layer_id, name, fields, kind in layers:
        schema_key = kind_schema_role(fields, kind)
        key = schema_key or name_role(name, fields, kind)
        if key is None or kind not in role(key).kinds:
            continue
        s = score(role(key), name, fields, kind) + (5 if schema_key == key else 0)
        if key not in best or s > best[key][0]:
            best[key] = (s, layer_id)
    return {key: layer_id for key, (_, layer_id) in best.items()}


def looks_like_option(name: str) -> bool:
    """A layer whose name says it is a planning option (crossing, restoration, scenario …)."""
    lowered = name.lower()
    return any(k in lowered for k in OPTION_KEYWORDS)
