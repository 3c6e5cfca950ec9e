"""The plugin shell: provider registration and symmetric load/unload."""
from __future__ import annotations

from qgis.core import QgsApplication


def _registered() -> bool:
    return QgsApplication.processingRegistry().providerById("neaspec") is not None


def test_provider_registered(plugin):
    provider = QgsApplication.processingRegistry().providerById("neaspec")
    assert provider is not None
    assert provider.name() == "NEASPEC Planner"
    for alg in provider.algorithms():
        assert alg.id().startswith("neaspec:")
        assert alg.shortHelpString(), f"{alg.id()} has no help text"


def test_load_unload_twice_leaves_nothing(qgis_iface, qgis_processing, plugin):  # noqa: ARG001
    import neaspec_planner

    plugin.unload()
    assert not _registered()
    main = qgis_iface.mainWindow()
    from qgis.PyQt.QtWidgets import QAction, QDockWidget

    def leftovers():
        docks = [d for d in main.findChildren(QDockWidget) if d.objectName() == "NeaspecPlannerDock"]
        actions = [a for a in main.findChildren(QAction) if a.objectName().startswith("NeaspecPlanner")]
        return docks, actions

    for _ in range(2):
        instance = neaspec_planner.classFactory(qgis_iface)
        instance.initGui()
        assert _registered()
        assert instance.dock is not None
        instance.unload()
        QgsApplication.processEvents()
        from qgis.PyQt.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not _registered()
        docks, actions = leftovers()
        assert docks == [] and actions == []
    # leave the session fixture's plugin loaded again for later tests
    plugin.initGui()
    assert _registered()
