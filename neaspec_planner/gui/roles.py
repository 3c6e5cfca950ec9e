"""The dock's side of the layer roles: each role of ``core.roles`` with its label (translated in the dock's
context). The roles themselves, the suggestion and the assignment are ``core.roles``'s (pure Python)."""
from __future__ import annotations

from dataclasses import dataclass

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from neaspec_planner.core import roles as core_roles
from neaspec_planner.core.roles import looks_like_option, suggest_assignment

__all__ = ["LABELS", "ROLES", "LabelledRole", "looks_like_option", "suggest_assignment"]

#: role key → label (``self.tr(label)`` in the dock; marked here so pylupdate5 extracts them)
LABELS = {
    "countries": QT_TRANSLATE_NOOP("PlannerDock", "Countries"),
    "protected": QT_TRANSLATE_NOOP("PlannerDock", "Protected areas"),
    "habitat": QT_TRANSLATE_NOOP("PlannerDock", "Habitat"),
    "barriers": QT_TRANSLATE_NOOP("PlannerDock", "Roads and barriers"),
    "cores": QT_TRANSLATE_NOOP("PlannerDock", "Core areas"),
    "landcover": QT_TRANSLATE_NOOP("PlannerDock", "Land cover"),
    "wetlands": QT_TRANSLATE_NOOP("PlannerDock", "Wetlands"),
    "ramsar": QT_TRANSLATE_NOOP("PlannerDock", "Ramsar sites"),
    "counts": QT_TRANSLATE_NOOP("PlannerDock", "Waterbird counts"),
    "thresholds": QT_TRANSLATE_NOOP("PlannerDock", "1 % thresholds"),
    "stations": QT_TRANSLATE_NOOP("PlannerDock", "Camera-trap stations"),
    "detections": QT_TRANSLATE_NOOP("PlannerDock", "Camera-trap detections"),
    "monitoring_area": QT_TRANSLATE_NOOP("PlannerDock", "Habitat to monitor"),
}


@dataclass(frozen=True)
class LabelledRole:
    """A ``core.roles.Role`` with the label the dock shows."""

    role: core_roles.Role
    label: str

    @property
    def key(self) -> str:
        return self.role.key

    @property
    def kinds(self) -> tuple[str, ...]:
        return self.role.kinds

    @property
    def required_by(self) -> str:
        return self.role.required_by


ROLES: tuple[LabelledRole, ...] = tuple(LabelledRole(r, LABELS[r.key]) for r in core_roles.ROLES)
