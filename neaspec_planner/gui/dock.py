"""The NEASPEC Planner dock (filled in by the desktop-workflow issue)."""
from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QDockWidget, QLabel


class PlannerDock(QDockWidget):
    def __init__(self, iface, parent=None) -> None:
        super().__init__(QCoreApplication.translate("PlannerDock", "NEASPEC Planner"), parent)
        self.iface = iface
        self.setWidget(QLabel(QCoreApplication.translate(
            "PlannerDock", "Use the NEASPEC Planner algorithms from the Processing toolbox.")))

    def close_tasks(self) -> None:
        """Cancel running background tasks (none yet)."""
