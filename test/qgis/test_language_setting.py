"""The plugin's language override: stored in QGIS settings and read back by the translator set-up."""
from __future__ import annotations

from qgis.core import QgsSettings

from neaspec_planner.i18n import SETTINGS_KEY, ui_language


def test_language_dialog_stores_override_and_follow_qgis(qgis_app):  # noqa: ARG001
    from neaspec_planner.gui.language_dialog import LanguageDialog

    settings = QgsSettings()
    old = settings.value(SETTINGS_KEY, "", type=str)
    try:
        dialog = LanguageDialog()
        dialog.combo.setCurrentIndex(dialog.combo.findData("ru"))
        dialog.accept()
        assert settings.value(SETTINGS_KEY, "", type=str) == "ru"
        assert ui_language() == "ru"
        dialog = LanguageDialog()
        assert dialog.selected_language() == "ru"  # reopened dialog shows the stored choice
        dialog.combo.setCurrentIndex(dialog.combo.findData(""))
        dialog.accept()
        settings.setValue("locale/userLocale", "ko_KR")
        assert ui_language() == "ko"
    finally:
        settings.setValue(SETTINGS_KEY, old)
        settings.remove("locale/userLocale")


def test_plugin_menu_has_language_action(plugin):
    names = [a.objectName() for a in plugin.actions]
    assert "NeaspecPlannerLanguage" in names
