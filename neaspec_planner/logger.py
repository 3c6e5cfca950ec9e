"""One small logger: QGIS message log (tab "NEASPEC Planner"), the message bar for user-facing messages,
and stderr when there is no QGIS (command line)."""
from __future__ import annotations

import sys

TAG = "NEASPEC Planner"


def log(message: str, level: str = "info", bar: bool = False, duration: int = 6) -> None:
    """Log ``message``; ``level`` is info, warning, critical or success; ``bar`` also shows it in the message bar."""
    try:
        from qgis.core import Qgis, QgsApplication, QgsMessageLog
    except ImportError:
        print(f"[{level}] {message}", file=sys.stderr)
        return
    levels = {
        "info": Qgis.Info,
        "warning": Qgis.Warning,
        "critical": Qgis.Critical,
        "success": Qgis.Success,
    }
    qlevel = levels.get(level, Qgis.Info)
    if QgsApplication.instance() is None:
        print(f"[{level}] {message}", file=sys.stderr)
        return
    QgsMessageLog.logMessage(message, TAG, qlevel, notifyUser=False)
    if bar:
        try:
            from qgis.utils import iface
        except ImportError:
            iface = None
        if iface is not None and hasattr(iface, "messageBar"):
            iface.messageBar().pushMessage(TAG, message, qlevel, duration)
