"""The plugin shell: provider registration and symmetric load/unload."""
from __future__ import annotations

import importlib
import pkgutil
import sys

import pytest
from qgis.core import QgsApplication

import neaspec_planner.processing as package
from neaspec_planner.processing.provider import ALGORITHM_MODULES, AlgorithmImportError, algorithm_classes


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


def test_provider_lists_every_algorithm_module():
    """Every module of processing/ that defines ALGORITHM is in the provider's explicit list, and vice versa."""
    defining = set()
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"neaspec_planner.processing.{info.name}")
        if getattr(module, "ALGORITHM", None) is not None:
            defining.add(info.name)
    assert defining == set(ALGORITHM_MODULES)
    assert len(ALGORITHM_MODULES) == len(set(ALGORITHM_MODULES))


def test_provider_fails_loudly_on_a_module_that_does_not_import(tmp_path, monkeypatch):
    """A listed module that raises on import stops the provider with the module's name and the cause."""
    (tmp_path / "broken_alg.py").write_text("import no_such_dependency_of_neaspec\n", encoding="utf-8")
    monkeypatch.setattr(package, "__path__", [*package.__path__, str(tmp_path)])
    monkeypatch.delitem(sys.modules, "neaspec_planner.processing.broken_alg", raising=False)
    with pytest.raises(AlgorithmImportError, match=r"'broken_alg'.*no_such_dependency_of_neaspec"):
        algorithm_classes(("overlap", "broken_alg"))
    (tmp_path / "no_alg.py").write_text("VALUE = 1\n", encoding="utf-8")
    with pytest.raises(AlgorithmImportError, match=r"'no_alg' defines no ALGORITHM"):
        algorithm_classes(("no_alg",))


def test_provider_reports_a_broken_module_in_the_message_log(tmp_path, monkeypatch):
    """A provider whose module list holds a module that does not import does not load with one algorithm fewer:
    ``loadAlgorithms`` raises, and the QGIS message log (tab "NEASPEC Planner") gets the module's name and the
    cause as a critical message."""
    from qgis.core import Qgis

    from neaspec_planner.logger import TAG
    from neaspec_planner.processing.provider import NeaspecProvider

    (tmp_path / "broken_alg2.py").write_text("raise RuntimeError('this module is broken on purpose')\n",
                                             encoding="utf-8")
    monkeypatch.setattr(package, "__path__", [*package.__path__, str(tmp_path)])
    monkeypatch.delitem(sys.modules, "neaspec_planner.processing.broken_alg2", raising=False)
    received: list[tuple[str, str, object]] = []

    def collect(message, tag, level):
        received.append((message, tag, level))

    QgsApplication.messageLog().messageReceived.connect(collect)
    try:
        provider = NeaspecProvider(("overlap", "broken_alg2", "corridors"))
        with pytest.raises(AlgorithmImportError, match="broken on purpose"):
            provider.loadAlgorithms()
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(collect)
    logged = [(m, level) for m, tag, level in received if tag == TAG and "'broken_alg2'" in m]
    assert logged, received
    assert "RuntimeError: this module is broken on purpose" in logged[0][0]
    assert logged[0][1] == Qgis.Critical
    assert NeaspecProvider().modules == ALGORITHM_MODULES


def test_provider_keeps_pool_threads_while_loaded(plugin):
    """Loaded, the provider stops idle pool threads from expiring (see provider.keep_pool_threads); unloaded, it
    gives the pool its previous setting back."""
    from qgis.PyQt.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    assert _registered() and pool.expiryTimeout() < 0
    plugin.unload()
    try:
        assert not _registered()
        assert pool.expiryTimeout() == 30000  # Qt's default, as it was before the provider loaded
    finally:
        plugin.initGui()
    assert _registered() and pool.expiryTimeout() < 0
