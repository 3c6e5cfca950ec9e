"""Plugin setting: the interface language (follow QGIS, or one of the shipped translations)."""
from __future__ import annotations

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from neaspec_planner.i18n import SETTINGS_KEY
from neaspec_planner.languages import LANGUAGES, NATIVE_NAMES

#: Language code → name written in that language (so every user finds their own); "" = follow QGIS.
LANGUAGE_NAMES = {"": None, **{code: NATIVE_NAMES[code] for code in LANGUAGES}}


class LanguageDialog(QDialog):
    """Choose the plugin's interface language; takes effect when the plugin is next loaded."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("LanguageDialog", "NEASPEC Planner language"))
        layout = QVBoxLayout(self)
        label = QLabel(QCoreApplication.translate(
            "LanguageDialog",
            "Interface language of NEASPEC Planner (maps and reports have their own LANGUAGE parameter). "
            "The change applies after restarting QGIS or reloading the plugin."))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.combo = QComboBox(self)
        self.combo.setToolTip(QCoreApplication.translate(
            "LanguageDialog", "'Follow QGIS' uses the language set in QGIS Settings ▸ Options ▸ General"))
        for code, name in LANGUAGE_NAMES.items():
            self.combo.addItem(name or QCoreApplication.translate("LanguageDialog", "Follow QGIS"), code)
        current = QgsSettings().value(SETTINGS_KEY, "", type=str)
        index = self.combo.findData(current)
        self.combo.setCurrentIndex(max(index, 0))
        layout.addWidget(self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def selected_language(self) -> str:
        return self.combo.currentData() or ""

    def accept(self) -> None:
        QgsSettings().setValue(SETTINGS_KEY, self.selected_language())
        super().accept()
