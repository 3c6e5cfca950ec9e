"""The plugin shell: menu, toolbar, dock and Processing provider. ``initGui``/``unload`` are symmetric."""
from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMessageBox

from neaspec_planner.__about__ import __title__
from neaspec_planner.i18n import install_translator, remove_translator
from neaspec_planner.logger import log
from neaspec_planner.paths import resource_path


class NeaspecPlannerPlugin:
    """Created by ``classFactory``; QGIS calls ``initGui`` and ``unload``."""

    MENU = "NEASPEC Planner"

    def __init__(self, iface) -> None:
        self.iface = iface
        self.translator = install_translator()
        self.provider = None
        self.dock = None
        self.actions: list[QAction] = []
        self.toolbar = None

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("NeaspecPlannerPlugin", text)

    # -------------------------------------------------------------------------------------------- load
    def initProcessing(self) -> None:  # noqa: N802 - QGIS calls it for hasProcessingProvider=yes plugins
        if self.provider is None:
            from neaspec_planner.processing.provider import NeaspecProvider

            self.provider = NeaspecProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802
        self.initProcessing()
        icon = QIcon(str(resource_path("icons", "neaspec.svg")))
        self.toolbar = self.iface.addToolBar(self.MENU)
        self.toolbar.setObjectName("NeaspecPlannerToolbar")

        show = QAction(icon, self.tr("NEASPEC Planner panel"), self.iface.mainWindow())
        show.setObjectName("NeaspecPlannerShowDock")
        show.setCheckable(True)
        show.setToolTip(self.tr("Show or hide the NEASPEC Planner panel: layers, overlaps, corridors, "
                                "Ramsar candidates and exports"))
        show.toggled.connect(self._toggle_dock)
        self._add_action(show, toolbar=True)

        deps = QAction(self.tr("Install dependencies…"), self.iface.mainWindow())
        deps.setObjectName("NeaspecPlannerInstallDeps")
        deps.triggered.connect(self.install_dependencies)
        self._add_action(deps)

        language = QAction(self.tr("Language…"), self.iface.mainWindow())
        language.setObjectName("NeaspecPlannerLanguage")
        language.setToolTip(self.tr("Choose the interface language of NEASPEC Planner"))
        language.triggered.connect(self.choose_language)
        self._add_action(language)

        self._create_dock()
        self._check_dependencies()

    def _add_action(self, action: QAction, toolbar: bool = False) -> None:
        self.iface.addPluginToMenu(self.MENU, action)
        if toolbar and self.toolbar is not None:
            self.toolbar.addAction(action)
        self.actions.append(action)

    def _create_dock(self) -> None:
        from neaspec_planner.gui.dock import PlannerDock

        self.dock = PlannerDock(self.iface, self.iface.mainWindow())
        self.dock.setObjectName("NeaspecPlannerDock")
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._sync_action)

    def _toggle_dock(self, visible: bool) -> None:
        if self.dock is not None:
            self.dock.setVisible(visible)

    def _sync_action(self, visible: bool) -> None:
        if self.actions:
            self.actions[0].blockSignals(True)
            self.actions[0].setChecked(visible)
            self.actions[0].blockSignals(False)

    # ------------------------------------------------------------------------------------ dependencies
    def _check_dependencies(self) -> None:
        from neaspec_planner.deps import ensure_on_path, missing_modules

        ensure_on_path()
        missing = missing_modules()
        if missing:
            log(self.tr("Missing Python packages: {}").format(", ".join(missing)), "warning", bar=True)

    def install_dependencies(self, ask: bool = True) -> bool:
        """Build the dependency folder, after asking the user; shows the manual commands on failure."""
        from neaspec_planner.deps import deps_dir, ensure_on_path, install, install_hint, missing_modules

        ensure_on_path()
        missing = missing_modules()
        parent = self.iface.mainWindow()
        if not missing:
            QMessageBox.information(parent, __title__, self.tr("All dependencies are installed."))
            return True
        if ask:
            box = QMessageBox(QMessageBox.Icon.Question, __title__,
                              self.tr("NEASPEC Planner needs these Python packages: {}.\n\nInstall them now into "
                                      "{}? (needs a compiler and GEOS headers on Linux)").format(
                                  ", ".join(missing), deps_dir()), parent=parent)
            box.setDetailedText(install_hint())
            install_btn = box.addButton(self.tr("Install now"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not install_btn:
                return False
        try:
            install()
        except Exception as exc:  # noqa: BLE001 - show the manual route instead of a traceback
            QMessageBox.warning(parent, __title__, self.tr("Installation failed: {}\n\nInstall by hand:\n{}")
                                .format(exc, install_hint()))
            return False
        ensure_on_path()
        log(self.tr("Dependencies installed in {}").format(deps_dir()), "success", bar=True)
        return True

    def choose_language(self) -> None:
        from neaspec_planner.gui.language_dialog import LanguageDialog

        LanguageDialog(self.iface.mainWindow()).exec()

    # ------------------------------------------------------------------------------------------ unload
    def unload(self) -> None:
        for action in self.actions:
            self.iface.removePluginMenu(self.MENU, action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            try:
                action.toggled.disconnect()
            except TypeError:
                pass
            action.deleteLater()
        self.actions = []
        if self.dock is not None:
            try:
                self.dock.visibilityChanged.disconnect(self._sync_action)
            except TypeError:
                pass
            self.dock.close_tasks()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
