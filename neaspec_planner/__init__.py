"""NEASPEC Planner QGIS plugin."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """Entry point called by QGIS when the plugin is loaded."""
    from neaspec_planner.deps import ensure_on_path

    ensure_on_path()
    from neaspec_planner.plugin import NeaspecPlannerPlugin

    return NeaspecPlannerPlugin(iface)
