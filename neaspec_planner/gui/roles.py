"""Layer roles of the planner and a small heuristic that suggests a role from a layer's name, fields and kind.

A role is what a layer is used for (countries, protected areas, habitat, core areas, land cover …). The
suggestion scores name keywords and characteristic field names (WDPA, Natural Earth, Ramsar, demo schemas) and
never suggests a role whose geometry kind does not fit.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Optional

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Role:
    key: str
    label: str
    kinds: tuple[str, ...]  # polygon, line, point, table, raster
    required_by: str  # the step that needs it ("" = optional everywhere)
    keywords: tuple[str, ...]
    fields: tuple[str, ...]


ROLES: tuple[Role, ...] = (
    Role("countries", QT_TRANSLATE_NOOP("PlannerDock", "Countries"), ("polygon",), "overlap, ramsar",
         ("countr", "admin", "adm0", "boundar", "border"),
         ("iso_a3", "adm0_a3", "iso3", "name_en", "name_local", "sovereignt")),
    Role("protected", QT_TRANSLATE_NOOP("PlannerDock", "Protected areas"), ("polygon",), "overlap",
         ("protected", "wdpa", "wdpca", "reserve", "park"),
         ("wdpaid", "wdpa_pid", "site_id", "site_pid", "desig", "desig_eng", "desig_type", "iucn_cat", "status_yr")),
    Role("habitat", QT_TRANSLATE_NOOP("PlannerDock", "Habitat"), ("polygon",), "overlap",
         ("habitat", "range", "distribution"),
         ("habitat", "binomial", "presence", "seasonal")),
    Role("barriers", QT_TRANSLATE_NOOP("PlannerDock", "Roads and barriers"), ("line",), "",
         ("road", "fence", "rail", "barrier", "highway"),
         ("highway", "railway", "fclass", "cost")),
    Role("cores", QT_TRANSLATE_NOOP("PlannerDock", "Core areas"), ("polygon",), "corridors",
         ("core",),
         ("core_id",)),
    Role("landcover", QT_TRANSLATE_NOOP("PlannerDock", "Land cover"), ("raster",), "corridors",
         ("landcover", "land_cover", "worldcover", "lulc", "globcover"),
         ()),
    Role("wetlands", QT_TRANSLATE_NOOP("PlannerDock", "Wetlands"), ("polygon",), "ramsar",
         ("wetland", "lagoon", "lake", "marsh"),
         ("wetland_type", "site")),
    Role("ramsar", QT_TRANSLATE_NOOP("PlannerDock", "Ramsar sites"), ("polygon", "point"), "",
         ("ramsar",),
         ("ramsarid", "officialname", "area_off")),
    Role("counts", QT_TRANSLATE_NOOP("PlannerDock", "Waterbird counts"), ("table",), "",
         ("count", "census", "waterbird"),
         ("count", "season", "species", "site")),
    Role("thresholds", QT_TRANSLATE_NOOP("PlannerDock", "1 % thresholds"), ("table",), "",
         ("threshold",),
         ("threshold_1pct", "population", "estimate")),
    Role("stations", QT_TRANSLATE_NOOP("PlannerDock", "Camera-trap stations"), ("point",), "monitoring",
         ("camera", "station", "trap"),
         ("station", "effort_days", "start", "end")),
    Role("detections", QT_TRANSLATE_NOOP("PlannerDock", "Camera-trap detections"), ("table", "point"), "",
         ("detection", "capture", "photo"),
         ("station", "species", "individual", "date")),
    Role("monitoring_area", QT_TRANSLATE_NOOP("PlannerDock", "Habitat to monitor"), ("polygon", "raster"), "",
         ("monitoring_area", "monitor", "survey_area", "study_area"),
         ()),
)
ROLE_KEYS = tuple(r.key for r in ROLES)
OPTION_KEYWORDS = ("crossing", "option", "restor", "scenario", "overpass", "underpass", "bridge")


def role(key: str) -> Role:
    return next(r for r in ROLES if r.key == key)


def score(r: Role, name: str, fields: Iterable[str], kind: str) -> int:
    """How well a layer fits role ``r`` (0 = not at all)."""
    if kind not in r.kinds:
        return 0
    lowered = name.lower()
    names = {f.lower() for f in fields}
    points = sum(3 for k in r.keywords if k in lowered)
    points += sum(2 for f in r.fields if f in names)
    return points


def suggest_role(name: str, fields: Sequence[str], kind: str) -> Optional[str]:
    """The best role for a layer, or None when nothing fits."""
    best, best_score = None, 0
    for r in ROLES:
        s = score(r, name, fields, kind)
        if s > best_score:
            best, best_score = r.key, s
    return best


GEOMETRY_NAMES = {"polygon": "Polygon", "line": "LineString", "point": "Point", "table": None, "raster": "Raster"}


def core_suggestion(fields: Sequence[str], kind: str) -> Optional[str]:
    """The role ``neaspec_planner.core.layers.suggest_role`` reads from the fields (schema-aware: WDPA/WDPCA,
    IUCN ranges, GLWD, Natural Earth), or None when it is unsure or the dependencies are missing."""
    try:
        from neaspec_planner.core.layers import suggest_role as from_fields
    except ImportError:
        return None
    key = from_fields(list(fields), GEOMETRY_NAMES.get(kind))
    return key if key in ROLE_KEYS else None


def suggest_assignment(layers: Sequence[tuple[str, str, Sequence[str], str]]) -> dict[str, str]:
    """Role → layer id for ``layers`` given as ``(id, name, fields, kind)``: the best-scoring layer per role
    (the first loaded wins ties); a layer gets at most the one role it fits best. The schema reader of
    ``core.layers`` decides first; the name and field heuristic above ranks the layers and fills in."""
    best: dict[str, tuple[int, str]] = {}
    for layer_id, name, fields, kind in layers:
        schema_key = core_suggestion(fields, kind)
        key = schema_key or suggest_role(name, fields, kind)
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
